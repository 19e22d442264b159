#!/usr/bin/env bash
# feedwatch quick start.
#   ./quickstart.sh demo   install dependencies, build, run the daemon once on
#                          the bundled demo feeds (served on 127.0.0.1) and
#                          print the alerts on the terminal
#   ./quickstart.sh test   install dependencies, build, run the whole test
#                          suite (normal build, then ASan+UBSan build)
#   ./quickstart.sh deps   only install the Debian packages
set -euo pipefail
cd "$(dirname "$0")"
top=$PWD
jobs=$(nproc 2>/dev/null || echo 2)

# Build and test dependencies, as Debian package names.
mapfile -t DEPS < <(sed 's/#.*//' tools/debian-deps.txt | tr -s ' 	' '
' | sed '/^$/d')

deps() {
	local missing=()
	for p in "${DEPS[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	echo "quickstart: installing ${missing[*]}"
	local sudo=
	[ "$(id -u)" -ne 0 ] && sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build DIR [CONFIGURE-ARGS...]: configure out of tree in DIR and make.
build() {
	local dir=$1; shift
	[ -x configure ] || autoreconf -fi
	mkdir -p "$dir"
	(cd "$dir" && { [ -f Makefile ] || ../configure -q --enable-werror "$@"; } && make -s -j"$jobs")
}

# check DIR: make check in DIR; prints the totals of its test-suite.log.
check() {
	local dir=$1 rc=0
	(cd "$dir" && make -s -j"$jobs" check) || rc=$?
	[ -f "$dir/test-suite.log" ] || { echo "quickstart: $dir: no test-suite.log" >&2; return 1; }
	return $rc
}

totals() {	# sum PASS/SKIP/FAIL/ERROR/XPASS over the given test-suite.logs
	awk '/^# PASS:/ {p += $3} /^# SKIP:/ {s += $3} /^# XFAIL:/ {p += $3}
	     /^# (FAIL|ERROR|XPASS):/ {f += $3}
	     END {printf "%d passed, %d failed, %d skipped\n", p, f, s}' "$@"
}

case "${1:-}" in
deps)
	deps ;;
demo)
	deps
	build build
	exec demo/run.sh "$top/build"
	;;
test)
	deps
	rc=0
	build build || exit 1
	check build || rc=1
	build build-asan --enable-sanitizers || exit 1
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 check build-asan || rc=1
	echo "normal build:   $(totals build/test-suite.log)"
	echo "ASan+UBSan:     $(totals build-asan/test-suite.log)"
	echo "total:          $(totals build/test-suite.log build-asan/test-suite.log)"
	exit $rc
	;;
*)
	sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac
