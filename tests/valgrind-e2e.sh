#!/bin/sh
# Run end-to-end tests with feedwatch and feedwatchd under valgrind
# (FEEDWATCH_VALGRIND=1, see tests/lib.sh): each test gains a last check
# that fails on a memory error or a definite or indirect leak.
#
# usage: tests/valgrind-e2e.sh BUILD_DIR [TEST...]
#
# BUILD_DIR is a configured build tree without sanitizers (valgrind and
# ASan do not mix).  TESTs are paths like tests/e2e/t1000-daemon-options.sh;
# the default is every daemon test, tests/e2e/t1*.sh and t2*.sh.  Waits are
# scaled by FW_TIME_SCALE (default 4); logs with errors are kept in
# BUILD_DIR/valgrind-logs/.  Slow: run it niced on a shared machine.
set -u
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [TEST...]" >&2; exit 2; }
bdir=$1; shift
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$bdir/Makefile" ] || { echo "$0: $bdir is not a build tree" >&2; exit 2; }
bdir=$(cd "$bdir" && pwd)
command -v valgrind >/dev/null 2>&1 || { echo "$0: valgrind not installed" >&2; exit 2; }
if sed -n 's/^CFLAGS = //p' "$bdir/Makefile" | grep -q 'fsanitize=[a-z,]*address'; then
	echo "$0: $bdir is a sanitizer build; valgrind needs a plain one" >&2
	exit 2
fi
if [ $# -eq 0 ]; then
	set -- $(cd "$root" && ls tests/e2e/t1*.sh tests/e2e/t2*.sh)
fi
FEEDWATCH_VALGRIND=1 FW_TIME_SCALE=${FW_TIME_SCALE:-4} \
    FW_VALGRIND_KEEP=${FW_VALGRIND_KEEP:-$bdir/valgrind-logs} \
    exec make -C "$bdir" check TESTS="$*"
