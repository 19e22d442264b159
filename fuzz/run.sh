#!/bin/sh
# Run every fuzzer built by fuzz/build.sh for SECONDS each, one after the
# other (one core: the machine is shared), and fail if any of them finds a
# crash, a leak, a timeout or a sanitizer report.
#
# usage: fuzz/run.sh SECONDS [BUILD_DIR]      (BUILD_DIR defaults to fuzz-build)
#
# Seeds for fuzz_NAME come from fuzz/corpus/NAME/ and from the folders its
# source names, relative to the project root, in a comment line:
#     /* fuzz-seeds: ../shared/corpus/feedparser tests/data */
# Seeds are copied (named by content, so repeats cost nothing) into
# BUILD_DIR/corpus/fuzz_NAME/, the working corpus libFuzzer grows across
# runs: the seed folders themselves are only read.  fuzz/NAME.dict is used
# as a dictionary when present.  Crashing inputs land in
# BUILD_DIR/artifacts/; each run's output in BUILD_DIR/fuzz_NAME.log.
set -u

usage() { echo "usage: $0 SECONDS [BUILD_DIR]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
case $1 in ''|*[!0-9]*) usage ;; esac
secs=$1
bdir=${2:-fuzz-build}
root=$(cd "$(dirname "$0")/.." && pwd)

[ -d "$bdir" ] || { echo "fuzz/run.sh: no $bdir: run make fuzz first" >&2; exit 2; }
bdir=$(cd "$bdir" && pwd)

directive() {
	sed -n "s|^[[:space:]]*/\*[[:space:]]*$1:[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*\*/.*|\1|p" "$2" |
	    tr '\n' ' '
}

# Copy the regular files under $1 into $2, named by their SHA-1.
seed_from() {
	[ -d "$1" ] || { echo "fuzz/run.sh: no seed folder $1" >&2; return 0; }
	find "$1" -type f -size -1024k | while IFS= read -r f; do
		sum=$(sha1sum < "$f" | cut -c1-40)
		[ -e "$2/$sum" ] || cp "$f" "$2/$sum"
	done
}

status=0 ran=0
mkdir -p "$bdir/artifacts" "$bdir/corpus"
for bin in "$bdir"/fuzz_*; do
	if [ ! -f "$bin" ] || [ ! -x "$bin" ]; then continue; fi
	name=$(basename "$bin")
	short=${name#fuzz_}
	work=$bdir/corpus/$name
	log=$bdir/$name.log
	mkdir -p "$work"
	[ -d "$root/fuzz/corpus/$short" ] && seed_from "$root/fuzz/corpus/$short" "$work"
	src=$root/fuzz/$name.c
	if [ -f "$src" ]; then
		for d in $(directive fuzz-seeds "$src"); do
			seed_from "$root/$d" "$work"
		done
	fi
	set -- -max_total_time="$secs" -print_final_stats=1 -timeout=10 \
	    -rss_limit_mb=2048 -artifact_prefix="$bdir/artifacts/$name-"
	[ -f "$root/fuzz/$short.dict" ] && set -- "$@" -dict="$root/fuzz/$short.dict"

	"$bin" "$@" "$work" >"$log" 2>&1
	rc=$?
	ran=$((ran + 1))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
	units=$(find "$work" -type f | wc -l)
	if [ "$rc" -eq 0 ]; then
		echo "ok   $name: ${execs:-?} runs, ${rate:-?} exec/s, cov ${cov:-?}, corpus $units"
	else
		status=1
		echo "FAIL $name: exit $rc after ${execs:-?} runs; see $log"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" |
		    head -n 10 | sed 's/^/    /'
	fi
done
[ "$ran" -gt 0 ] || { echo "fuzz/run.sh: no fuzzers in $bdir" >&2; exit 2; }
exit $status
