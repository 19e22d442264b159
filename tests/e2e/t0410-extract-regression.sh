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
killed 85.0
killed_attackers 85.5
injured 64.0
injured_gtd_convention 87.0
country 98.5
city 90.0
group 79.0
types_f1 0.73
weapons_f1 0.77
set_precision 0.97
set_recall 0.95
set_reason 95.0
FLOORS

done_testing
