#!/bin/bash
# Fuzz smoke run: build every fuzz/fuzz_*.c with libFuzzer (fuzz/build.sh,
# which keeps binaries that are up to date), run each for FUZZ_SECONDS
# (default 10) from its seeds (fuzz/run.sh), and replay every input under
# fuzz/regress/NAME/ through fuzz_NAME.  Any crash, sanitizer report, leak
# or timeout fails.  A regression input named todo-* is a known bug not
# fixed yet: it is reported as a TAP TODO, and once it passes the harness
# reports an unexpected pass, so the file is renamed when the fix lands.
#
# The fuzzers are always built with ASan and UBSan of their own, whatever
# the configure flags, so under an --enable-sanitizers build this test
# would repeat the plain build's run exactly: it skips there, unless
# FUZZ_FORCE=1.  FUZZ_BUILD_DIR chooses where the fuzzers are built
# (default: fuzz-build/ of the build tree, shared with `make fuzz`).
. "$top_srcdir/tests/lib.sh"

secs=${FUZZ_SECONDS:-10}
case $secs in ''|*[!0-9]*|0) echo "Bail out! FUZZ_SECONDS must be a positive number"; exit 1 ;; esac
cc=${FUZZ_CC:-clang}
command -v "$cc" >/dev/null 2>&1 || skip_all "$cc not installed"
if [ "${FUZZ_FORCE:-0}" != 1 ] && [ -f "$top_builddir/Makefile" ] &&
    sed -n 's/^CFLAGS = //p' "$top_builddir/Makefile" | grep -q 'fsanitize=[a-z,]*address'; then
	skip_all "sanitizer build: the fuzzers carry their own ASan+UBSan and run in the plain build (FUZZ_FORCE=1 runs them here too)"
fi
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);\nint LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }\n' >"$TMPD/probe.c"
"$cc" -fsanitize=fuzzer,address -o "$TMPD/probe" "$TMPD/probe.c" >"$TMPD/probe.log" 2>&1 ||
    skip_all "$cc cannot link libFuzzer programs: $(head -n 1 "$TMPD/probe.log")"

bdir=${FUZZ_BUILD_DIR:-$top_builddir/fuzz-build}
# Nice: the fuzzers keep a core busy for the whole run.
nice -n 10 sh "$top_srcdir/fuzz/build.sh" "$bdir" "$top_builddir" >"$TMPD/build.log" 2>&1
ok $? "fuzzers build ($(tail -n 1 "$TMPD/build.log"))"
[ -d "$bdir" ] || { done_testing; exit 0; }
bdir=$(cd "$bdir" && pwd)

for src in "$top_srcdir"/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c)
	[ -x "$bdir/$name" ] && continue
	ok 1 "$name: built"
	sed 's/^/#   /' "$bdir/$name.build.log" 2>/dev/null | tail -n 20
done

# Regression inputs first: they are quick, and a known crash should not
# wait behind minutes of fuzzing.
for dir in "$top_srcdir"/fuzz/regress/*/; do
	[ -d "$dir" ] || continue
	short=$(basename "$dir")
	bin=$bdir/fuzz_$short
	for f in "$dir"*; do
		[ -f "$f" ] || continue
		base=$(basename "$f")
		todo=
		case $base in todo-*) todo=" # TODO known bug, not fixed yet" ;; esac
		if [ ! -x "$bin" ]; then
			ok 1 "regress/$short/$base: no fuzz_$short to replay it"
			continue
		fi
		"$bin" -runs=1 -timeout=10 "$f" >"$TMPD/replay.log" 2>&1
		rc=$?
		ok $rc "regress/$short/$base replays cleanly$todo"
		[ $rc -eq 0 ] || grep -E 'ERROR|SUMMARY|runtime error|Test unit' "$TMPD/replay.log" |
		    head -n 5 | sed 's/^/#   /'
	done
done

# fuzz/run.sh runs each fuzzer in turn and prints one "ok"/"FAIL" line
# per fuzzer; every such line becomes a TAP line.
nice -n 10 sh "$top_srcdir/fuzz/run.sh" "$secs" "$bdir" >"$TMPD/run.log" 2>&1
run_rc=$?
n=0 fails=0
while IFS= read -r line; do
	case $line in
	"ok   fuzz_"*)
		name=${line#ok   }; name=${name%%:*}
		ok 0 "$name: ${secs}s from its seeds, no crash, leak or timeout"
		diag "${line#ok   }" ;;
	"FAIL fuzz_"*)
		name=${line#FAIL }; name=${name%%:*}
		ok 1 "$name: ${secs}s from its seeds, no crash, leak or timeout"
		fails=$((fails + 1))
		diag "${line#FAIL }" ;;
	"    "*)
		diag "$line"; continue ;;
	*)	continue ;;
	esac
	n=$((n + 1))
done <"$TMPD/run.log"
if [ "$n" -eq 0 ] || { [ "$run_rc" -ne 0 ] && [ "$fails" -eq 0 ]; }; then
	ok 1 "fuzz/run.sh ran the fuzzers (exit $run_rc)"
	sed 's/^/#   /' "$TMPD/run.log" | tail -n 20
fi
diag "crashing inputs go to $bdir/artifacts/: commit each under fuzz/regress/NAME/"
done_testing
