#!/bin/bash
# The demo of `./quickstart.sh demo` runs: demo/run.sh serves the bundled
# feeds, feedwatchd --once reads every item of every format, and the
# status table it prints at the end shows each feed answered.
. "$top_srcdir/tests/lib.sh"

[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"
[ -x "$FEEDWATCH" ] || skip_all "feedwatch not built"

TMPDIR=$TMPD "$top_srcdir/demo/run.sh" "$top_builddir" >"$TMPD/out" 2>&1
ok $? "demo/run.sh exits 0"
for feed in cronica-americas frontier-asia meridian-world morning-desk; do
	is "$(grep "^$feed " "$TMPD/out" | awk '{print $4}')" 200 "$feed answered 200"
done
grep -q "^4 feeds, 27 items seen;" "$TMPD/out"
ok $? "all 27 demo items were read"
is "$(ls "$TMPD" | grep -c feedwatch-demo)" 0 "the demo cleaned up after itself"
if ! grep -q "^4 feeds, 27 items seen;" "$TMPD/out"; then
	sed 's/^/# /' "$TMPD/out"
fi
done_testing
