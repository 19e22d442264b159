#!/bin/bash
# Many outlets' reports of one attack make one alert, and two attacks in
# one city a day apart make two: bench/cluster runs the hand-written sets
# of tests/data/cluster/ (each report labelled with its attack) through
# the real feedwatchd, an hour of publication per poll, and counts the
# "new" alerts each attack raised.  Floors under what was reached; raise
# them when clustering or the place reader improves, never lower one to
# pass.
#
# cluster1 was written blind; at ca7643b 16 of 44 attacks found raised
# one alert, 21 were split, 7 swallowed into another attack's incident
# (B-cubed 0.756 / 0.653); it has been a development set since: the day's
# rules of clustering, event dates and places were written from it.
# cluster2, written blind at the same time, has never been read: at
# ca7643b 19 of 45 with one alert, 21 split, 5 swallowed (B-cubed
# precision 0.831, recall 0.695); at e71f855 26, 19 and 0 (0.975, 0.757).
. "$top_srcdir/tests/lib.sh"

BENCH="$top_srcdir/bench/cluster"
[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"

while read -r set field cmp floor; do
	[ -f "$TMPD/$set.json" ] ||
	"$PYTHON3" "$BENCH" --json \
		--set "$top_srcdir/tests/data/cluster/$set.jsonl" \
		"$top_builddir" >"$TMPD/$set.json" ||
		{ ok 1 "bench/cluster runs on $set"; continue; }
	got=$("$PYTHON3" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$TMPD/$set.json" "$field")
	"$PYTHON3" -c 'import sys; g, f = float(sys.argv[1]), float(sys.argv[3]); sys.exit(0 if (g >= f if sys.argv[2] == ">=" else g <= f) else 1)' "$got" "$cmp" "$floor"
	ok $? "$set $field $got $cmp $floor"
done <<'FLOORS'
cluster1 one_alert >= 29
cluster1 swallowed <= 2
cluster1 split <= 14
cluster1 precision >= 0.92
cluster1 junk_new <= 1
cluster2 one_alert >= 24
cluster2 swallowed <= 1
cluster2 split <= 21
cluster2 precision >= 0.95
cluster2 junk_new <= 2
FLOORS

done_testing
