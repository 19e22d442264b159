#!/bin/bash
# Extraction accuracy on a fixed sample of the GTD dev corpus (every 5th
# line) and on the look-alike set must not fall below the floors reached.
# Raise a floor when the extractor improves; never lower one to pass.
. "$top_srcdir/tests/lib.sh"

GTD="$SHARED_DIR/corpus/gtd/incidents-dev.jsonl"
[ -r "$GTD" ] || skip_all "GTD dev corpus not found under $SHARED_DIR"
DRIVER="$top_builddir/bench/eval_driver"
[ -x "$DRIVER" ] || skip_all "bench/eval_driver not built"

"$PYTHON3" "$top_srcdir/bench/eval-extract" --driver "$DRIVER" --gtd "$GTD" \
	--every 5 --json >"$TMPD/res.json"
ok $? "eval-extract runs"

# field floor (percent, or F1 / precision as a fraction)
while read -r field floor; do
	got=$("$PYTHON3" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$TMPD/res.json" "$field")
	"$PYTHON3" -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$got" "$floor"
	ok $? "$field $got >= $floor"
done <<'FLOORS'
detected 99.0
killed 89.5
killed_attackers 90.5
injured 67.0
injured_gtd_convention 91.0
country 99.0
city 91.5
group 85.5
types_f1 0.81
weapons_f1 0.845
set_precision 0.97
set_recall 0.97
set_reason 97.0
set_fields 93.5
FLOORS

# The later hand-written sets, each first measured without tuning
# (holdout4: precision 0.852 before the rules it then informed).
for set in holdout holdout2 holdout3 holdout4; do
	"$PYTHON3" "$top_srcdir/bench/eval-extract" --driver "$DRIVER" \
		--gtd "$GTD" --every 50 \
		--set "$top_srcdir/tests/data/extract/$set.jsonl" \
		--json >"$TMPD/$set.json"
	ok $? "eval-extract runs on $set"
	for field in set_precision set_recall; do
		got=$("$PYTHON3" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$TMPD/$set.json" "$field")
		"$PYTHON3" -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= 0.95 else 1)' "$got"
		ok $? "$set $field $got >= 0.95"
	done
done

done_testing
