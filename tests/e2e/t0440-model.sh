#!/bin/bash
# The extractor's second opinion (extract/model.h): the committed table is
# what tools/gen-model makes from the sets data/extract/model-sets.txt
# lists, that list names no set kept unseen, and the C reader gives the
# trainer's probability on every text of a set (the features, hashing and
# sums agree).
. "$top_srcdir/tests/lib.sh"

DRIVER="$top_builddir/bench/eval_driver"
[ -x "$DRIVER" ] || skip_all "bench/eval_driver not built"
GEN="$top_srcdir/tools/gen-model"

"$PYTHON3" "$GEN" --srcdir "$top_srcdir" -o "$TMPD/model_tab.c"
ok $? "tools/gen-model runs"
cmp -s "$TMPD/model_tab.c" "$top_srcdir/extract/model_tab.c"
ok $? "extract/model_tab.c is what tools/gen-model makes"

# The sets that measure text the rules and the model were not made from
# (tests/e2e/t0410's floors) must stay out of the training.
unseen=$(sed -n '/^while read -r set field floor/,/^FLOORS$/p' \
	"$top_srcdir/tests/e2e/t0410-extract-regression.sh" |
	awk 'NF == 3 && $1 ~ /^holdout/ { print $1 }' | sort -u)
[ -n "$unseen" ]
ok $? "t0410 lists the unseen sets"
listed=$(sed 's/#.*//' "$top_srcdir/data/extract/model-sets.txt" | tr -s ' \t' '\n\n' | grep . | sort -u)
both=$(comm -12 <(echo "$unseen") <(echo "$listed"))
[ -z "$both" ]
ok $? "no unseen set is in the training${both:+: $both}"

for set in lookalikes2 holdout56; do
	f="$top_srcdir/tests/data/extract/$set.jsonl"
	"$PYTHON3" "$GEN" --srcdir "$top_srcdir" --score "$f" >"$TMPD/py.$set"
	"$DRIVER" --model "$f" >"$TMPD/c.$set"
	"$PYTHON3" - "$TMPD/py.$set" "$TMPD/c.$set" >"$TMPD/diff.$set" <<'PY'
import json, sys
py = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
c = [json.loads(l) for l in open(sys.argv[2])]
if len(py) != len(c) or not py:
    print("# %d texts scored by the trainer, %d by the reader" % (len(py), len(c)))
    sys.exit(1)
bad = [(i, float(p), o["model"]) for (i, p), o in zip(py, c)
       if o["id"] != i or abs(float(p) - o["model"]) > 1e-6]
for b in bad[:5]:
    print("# %s: trainer %.9f, reader %.9f" % b)
sys.exit(1 if bad else 0)
PY
	ok $? "reader and trainer agree on $set ($(wc -l <"$TMPD/c.$set") texts)"
	cat "$TMPD/diff.$set"
done

done_testing
