#!/bin/bash
# feedwatchd --check-config on the broken configs of tests/data/config:
# each must be refused (exit 1) with the "# expect:" line of the file as
# the first message, FILE:LINE:COLUMN first; good configs pass (exit 0).
. "$top_srcdir/tests/lib.sh"

data=$top_srcdir/tests/data/config
[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"

cd "$data" || exit 1
n=0
for f in bad-*.conf; do
	want=$(sed -n '1s/^# expect: //p' "$f")
	got=$("$FEEDWATCHD" --check-config -c "$f" 2>&1 </dev/null)
	rc=$?
	is "$rc" 1 "$f: refused"
	is "$(printf '%s\n' "$got" | head -n 1)" "$want" "$f: first message"
	n=$((n + 1))
done
[ "$n" -ge 30 ]
ok $? "at least 30 broken configs ($n)"

"$FEEDWATCHD" --check-config -c good-full.conf >"$TMPD/out" 2>&1
ok $? "good-full.conf passes"
"$FEEDWATCHD" --check-config -c include/main.conf >"$TMPD/out" 2>&1
ok $? "include/main.conf (with conf.d/*.conf) passes"
"$FEEDWATCHD" --check-config -c "$top_srcdir/config/feedwatch.conf.example" \
    >"$TMPD/out" 2>&1
ok $? "config/feedwatch.conf.example passes"

# Every problem is reported, not just the first.
cat >"$TMPD/many.conf" <<'CONF'
[daemon]
intervall = 5m
[feed "a"]
url = gopher://example.org/
[output "o"]
type = webhook
[rule "r"]
when = incident and kiled > 1
outputs = o, nowhere
CONF
"$FEEDWATCHD" --check-config -c "$TMPD/many.conf" >"$TMPD/out" 2>&1
is "$?" 1 "a config with five problems is refused"
for want in \
    "$TMPD/many.conf:2:1: unknown key 'intervall' in [daemon] (did you mean 'interval'?)" \
    "$TMPD/many.conf:4:7: invalid url 'gopher://example.org/': URL scheme must be http, https or file" \
    "$TMPD/many.conf:8:21: unknown field 'kiled' (did you mean 'killed'?)" \
    "$TMPD/many.conf:5:1: [output \"o\"] of type webhook has no url; expected url = https://..." \
    "$TMPD/many.conf:9:14: unknown output 'nowhere'; define [output \"nowhere\"] or use syslog or stdout"; do
	grep -qxF -- "$want" "$TMPD/out"
	ok $? "reports: ${want#"$TMPD"/}"
done

# A missing file is a problem too, not a crash.
"$FEEDWATCHD" --check-config -c "$TMPD/nonexistent.conf" >"$TMPD/out" 2>&1
is "$?" 1 "a missing config file is refused"

done_testing
