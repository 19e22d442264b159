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
# (B-cubed 0.756 / 0.653); it has been a development set since: the rules
# of clustering, event dates and places of 2026-11-27 were written from
# it.  cluster2, written blind at the same time, gave 19, 21 and 5 at
# ca7643b (0.831 / 0.695) and 26, 19 and 0 at 62409f4 (0.975 / 0.757)
# before it was read; the next round of rules (days said beside sequels,
# tolls of other attacks, parts of big cities) was written from both, and
# it is a development set too.  cluster3, written blind after that,
# measures text no rule was written from: 29 of 48 with one alert, 17
# split, 2 swallowed (0.923 / 0.765) at 62409f4, 34, 13 and 1 (0.927 /
# 0.818) with that round.  cluster4 was written blind after that round
# and first measured at 0c5a4b1: 36 of 48 with one alert, 10 split, none
# swallowed (0.957 / 0.868).
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
cluster1 one_alert >= 35
cluster1 swallowed <= 2
cluster1 split <= 8
cluster1 precision >= 0.93
cluster1 junk_new <= 1
cluster2 one_alert >= 38
cluster2 swallowed <= 1
cluster2 split <= 7
cluster2 precision >= 0.96
cluster2 junk_new <= 2
cluster3 one_alert >= 32
cluster3 swallowed <= 2
cluster3 split <= 15
cluster3 precision >= 0.90
cluster3 junk_new <= 2
cluster4 one_alert >= 34
cluster4 swallowed <= 1
cluster4 split <= 12
cluster4 precision >= 0.94
cluster4 junk_new <= 1
FLOORS

done_testing
