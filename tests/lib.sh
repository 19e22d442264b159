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

# Wait until COMMAND succeeds, up to SECONDS (default 10).
wait_for() {
	local secs=${WAIT:-10} i=0
	while ! "$@" >/dev/null 2>&1; do
		i=$((i + 1))
		[ $i -gt $((secs * 10)) ] && return 1
		sleep 0.1
	done
	return 0
}
