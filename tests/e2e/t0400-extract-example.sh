#!/bin/bash
# feedwatch extract on the shared example article gives every field its
# expected record lists, and none of the things it must not say.
. "$top_srcdir/tests/lib.sh"

EX="$SHARED_DIR/examples/taraz-attack.txt"
WANT="$SHARED_DIR/examples/taraz-attack.expected.json"
[ -r "$EX" ] && [ -r "$WANT" ] || skip_all "example not found under $SHARED_DIR"

"$FEEDWATCH" extract "$EX" >"$TMPD/out.json" 2>"$TMPD/err"
ok $? "extract exits 0"

# Compare field by field so a failure names the field.
"$PYTHON3" - "$TMPD/out.json" "$WANT" >"$TMPD/cmp" <<'PY'
import json, sys
got = json.load(open(sys.argv[1]))
want = json.load(open(sys.argv[2]))
for k, v in want.items():
    if k.startswith("_") or k == "must_not":
        continue
    if k == "targets_include":
        print(k, all(t in got["targets"] for t in v), got["targets"])
    elif isinstance(v, dict):
        sub = got.get(k) or {}
        print(k, all(sub.get(a) == b for a, b in v.items()), sub)
    elif isinstance(v, list):
        print(k, sorted(got.get(k) or []) == sorted(v), got.get(k))
    else:
        print(k, got.get(k) == v, got.get(k))
ev = " ".join(e["text"] for e in got["evidence"])
print("must_not_dateline_city", (got["location"] or {}).get("city") != "Bishkek", got["location"])
print("must_not_background_group", got["perpetrator"]["group"] is None, got["perpetrator"])
print("must_not_boilerplate", "donation" not in ev and "journalism" not in ev, ev)
print("evidence_killed", any(e["field"] == "killed" for e in got["evidence"]), ev)
PY
while read -r field res rest; do
	is "$res" True "$field ($rest)"
done <"$TMPD/cmp"

# The same article with its title given and a publication date: the
# headline is not read twice, and "Saturday" dates the attack.
tail -n +4 "$EX" >"$TMPD/body.txt"
"$FEEDWATCH" extract --title "Radical Islamist Kills 7, Self In Deadly Kazakh Rampage" \
	--published 2011-11-13T09:00:00Z "$TMPD/body.txt" >"$TMPD/out2.json"
ok $? "extract with --title and --published exits 0"
got=$("$PYTHON3" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["date"], d["killed"], d["killed_attackers"], d["is_incident"])' "$TMPD/out2.json")
is "$got" "2011-11-12 8 1 True" "date from 'Saturday' before publication; counts unchanged"

# --published is read as a feed's date is, in any zone or as RFC 822, and
# an unreadable one is refused rather than ignored.
"$FEEDWATCH" extract --published "Sun, 13 Nov 2011 14:00:00 +0500" \
	"$TMPD/body.txt" >"$TMPD/out3.json"
ok $? "extract with an RFC 822 --published exits 0"
got=$("$PYTHON3" -c 'import json,sys; print(json.load(open(sys.argv[1]))["date"])' "$TMPD/out3.json")
is "$got" "2011-11-12" "and reads it as the same publication date"
"$FEEDWATCH" extract --published yesterday "$TMPD/body.txt" >"$TMPD/out4.json" 2>"$TMPD/err4"
is $? 2 "an unreadable --published is a usage error"
grep -q "published 'yesterday': not a date" "$TMPD/err4"; ok $? "which names the value"
[ ! -s "$TMPD/out4.json" ]; ok $? "and prints no record"

# Standard input, and usage errors.
"$FEEDWATCH" extract - <"$EX" | "$PYTHON3" -c 'import json,sys; sys.exit(0 if json.load(sys.stdin)["killed"] == 8 else 1)'
ok $? "reads standard input"
"$FEEDWATCH" extract >/dev/null 2>&1
is $? 2 "no file is a usage error"
"$FEEDWATCH" extract "$TMPD/does-not-exist" >/dev/null 2>&1
is $? 1 "missing file is bad input"

done_testing
