# Shared helpers for shell tests.  Tests print TAP (ok / not ok lines) and
# end with done_testing.  Source with: . "$top_srcdir/tests/lib.sh"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${top_builddir:=$top_srcdir}"
: "${SHARED_DIR:=$top_srcdir/../shared}"
: "${PYTHON3:=python3}"
FEEDWATCH="$top_builddir/feedwatch"
FEEDWATCHD="$top_builddir/feedwatchd"

_tap_n=0
_tap_failed=0
_cleanup_cmds=()

ok() {		# ok CONDITION-EXIT-STATUS DESCRIPTION
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_tap_n - $2"
	else
		echo "not ok $_tap_n - $2"
		_tap_failed=$((_tap_failed + 1))
	fi
}

check() {	# check DESCRIPTION COMMAND...
	local desc=$1; shift
	"$@" >/dev/null 2>&1
	ok $? "$desc"
}

is() {		# is GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then ok 0 "$3"; else
		ok 1 "$3"; echo "#   got:  '$1'"; echo "#   want: '$2'"; fi
}

diag() { echo "# $*"; }

skip_all() { echo "1..0 # SKIP $*"; exit 0; }

done_testing() { echo "1..$_tap_n"; }

on_exit() { _cleanup_cmds+=("$*"); }
_run_cleanup() {
	local i
	for ((i = ${#_cleanup_cmds[@]} - 1; i >= 0; i--)); do eval "${_cleanup_cmds[i]}" >/dev/null 2>&1; done
}
trap _run_cleanup EXIT

# A scratch directory removed at exit.
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/fwtest.XXXXXX")
on_exit "rm -rf '$TMPD'"

# Wait until COMMAND succeeds, up to SECONDS (default 10) times
# FW_TIME_SCALE (a whole number, for slow runs such as under valgrind).
wait_for() {
	local secs=$((${WAIT:-10} * ${FW_TIME_SCALE:-1})) i=0
	while ! "$@" >/dev/null 2>&1; do
		i=$((i + 1))
		[ $i -gt $((secs * 10)) ] && return 1
		sleep 0.1
	done
	return 0
}

# FEEDWATCH_VALGRIND=1: feedwatch and feedwatchd run under valgrind, one
# log per process in $TMPD/valgrind/; done_testing adds a test that fails
# when a log holds an error or a definite or indirect leak.  Waits are
# scaled by FW_TIME_SCALE (default 4 here).  tests/valgrind.supp holds
# suppressions for library noise; FW_VALGRIND_ARGS adds options and
# FW_VALGRIND_KEEP names a folder that keeps the logs with errors.
if [ "${FEEDWATCH_VALGRIND:-0}" = 1 ]; then
	: "${FW_TIME_SCALE:=4}"
	command -v valgrind >/dev/null 2>&1 || skip_all "FEEDWATCH_VALGRIND=1 but valgrind is not installed"
	_vg_dir=$TMPD/valgrind
	mkdir -p "$_vg_dir"
	for _vg_var in FEEDWATCH FEEDWATCHD; do
		_vg_real=${!_vg_var}
		[ -x "$_vg_real" ] || continue
		_vg_wrap=$_vg_dir/${_vg_real##*/}
		# exec keeps the pid: tests signal and wait for it as before.
		printf '#!/bin/sh\nexec valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=99 --suppressions="%s" --log-file="%s.%%p.log" ${FW_VALGRIND_ARGS:-} "%s" "$@"\n' \
		    "$top_srcdir/tests/valgrind.supp" "$_vg_wrap" "$_vg_real" >"$_vg_wrap"
		chmod +x "$_vg_wrap"
		printf -v "$_vg_var" '%s' "$_vg_wrap"
	done
	# A process killed before its summary still shows the errors it had.
	_vg_check() {
		local f bad=0 n=0 done=0
		for f in "$_vg_dir"/*.log; do
			[ -f "$f" ] || continue
			n=$((n + 1))
			grep -q '== ERROR SUMMARY:' "$f" && done=$((done + 1))
			grep -Eq '== ERROR SUMMARY: [1-9]|== (Invalid (read|write|free)|Conditional jump|Use of uninitialised|Syscall param|Mismatched free|Source and destination overlap)' "$f" || continue
			bad=$((bad + 1))
			echo "# valgrind: ${f##*/}:"
			grep -E '^==[0-9]+== +[^ ]' "$f" | grep -vE '== (Memcheck|Copyright|Using Valgrind|Command|Parent PID|HEAP SUMMARY|LEAK SUMMARY|For lists|For counts|To see them|Rerun with|Use --track-origins|   (in use at|total heap|still reach|possibly|suppressed|of which))' |
			    head -n 80 | sed 's/^/#   /'
			if [ -n "${FW_VALGRIND_KEEP:-}" ]; then
				mkdir -p "$FW_VALGRIND_KEEP"
				cp "$f" "$FW_VALGRIND_KEEP/${0##*/}.${f##*/}"
			fi
		done
		echo "# valgrind: $n process logs, $done of them to the exit summary (the others were killed)"
		ok $bad "valgrind: no memory error or definite leak"
	}
	eval "_vg_done_testing() $(declare -f done_testing | tail -n +2)"
	done_testing() { _vg_check; _vg_done_testing; }
fi
