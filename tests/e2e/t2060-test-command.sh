#!/bin/bash
# feedwatch test: a dry run prints which rules match each item and the
# exact message of each output, and sends nothing, writes no state.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"
[ -x "$FEEDWATCH" ] || skip_all "feedwatch not built"

start_httpd
start_webhookd
{
	rss_item "Gunman kills 7 in Taraz" taraz "$(attack 'Taraz, Kazakhstan' 7)"
	rss_item "Man dies of heart attack in Almaty" heart \
	    "A 54-year-old man died of a heart attack in Almaty, Kazakhstan on Saturday."
} | write_rss news
{
	daemon_section
	feed_section news /news.xml "tags = asia"
	webhook_section ops
	syslog_section
	cat <<EOF

[rule "central-asia"]
when = incident and killed >= 1 and country in ("Kazakhstan", "Kyrgyzstan")
outputs = ops, local
severity = critical

[rule "asia-tagged"]
when = incident
tags = asia
outputs = stdout

[rule "french"]
when = language == "fr"
outputs = stdout
EOF
} >"$CONF"

out=$("$FEEDWATCH" test -c "$CONF" "$WWW/news.xml")
is "$?" 0 "a feed file is tested"
printf '%s\n' "$out" >"$TMPD/out1"
is "$(grep -c '^item ' "$TMPD/out1")" 2 "both items are shown"
is "$(grep -c 'rule central-asia: MATCH' "$TMPD/out1")" 1 "the attack matches the rule"
is "$(grep -c 'rule central-asia: no match' "$TMPD/out1")" 1 "the heart attack does not"
is "$(grep -c 'not an incident: medical' "$TMPD/out1")" 1 "and says why"
grep '^  incident: ' "$TMPD/out1" | grep -q '"score":0\.[0-9]\{1,3\}[,}]'
ok $? "the incident's score is printed as the alert has it, not as 0.76000000000000001"
is "$(grep -c '^      ALERT critical rule=central-asia killed=7 injured=? Taraz, Kazakhstan' "$TMPD/out1")" 1 \
    "the syslog line is shown"
is "$(grep -c '^      <26>1 .*feedwatch@32473' "$TMPD/out1")" 1 "and the RFC 5424 datagram"
is "$(grep -c "webhook POST $HOOK_URL" "$TMPD/out1")" 1 "the webhook is shown with its URL"
grep -q '^      webhook-signature: v1,' "$TMPD/out1"
ok $? "with its signature header"
is "$(grep -c 'rule asia-tagged: MATCH' "$TMPD/out1")" 0 "a tag-scoped rule needs the item's feed"

out=$("$FEEDWATCH" test -c "$CONF" "$BASE/news.xml")
is "$?" 0 "a feed URL is tested"
printf '%s\n' "$out" | grep -q 'rule asia-tagged: MATCH'
ok $? "the configured feed with that URL gives the scope"
"$FEEDWATCH" test -c "$CONF" --feed news "$WWW/news.xml" | grep -q 'rule asia-tagged: MATCH'
ok $? "so does --feed NAME"

attack 'Taraz, Kazakhstan' 7 >"$TMPD/article.txt"
out=$("$FEEDWATCH" test -c "$CONF" --title "Gunman kills 7 in Taraz" "$TMPD/article.txt")
is "$?" 0 "an article text is tested"
printf '%s\n' "$out" | grep -q 'rule central-asia: MATCH'
ok $? "as one item"

is "$(grep -c 'rule french: no match' "$TMPD/out1")" 2 \
    "a rule on the language passes over English items"
printf '%s\n' "Au moins douze civils ont été tués mardi dans une attaque" \
    "contre un marché du nord du pays, selon les autorités locales." \
    >"$TMPD/fr.txt"
out=$("$FEEDWATCH" test -c "$CONF" --title "Burkina : douze civils tués" \
    "$TMPD/fr.txt")
is "$?" 0 "a French article is tested"
printf '%s\n' "$out" | grep -q 'rule french: MATCH'
ok $? "and matches the rule on its language"

# An output named twice is delivered once by the daemon, and shown once.
sed 's/^outputs = stdout$/outputs = stdout, stdout/' "$CONF" >"$TMPD/twice.conf"
out=$("$FEEDWATCH" test -c "$TMPD/twice.conf" --feed news "$WWW/news.xml")
is "$(printf '%s\n' "$out" | sed -n '/rule asia-tagged: MATCH/,/rule french/p' |
    grep -c '^    output stdout ')" 1 "an output named twice in a rule is shown once"

sleep 0.5
is "$(hooks)" 0 "nothing was sent"
test ! -e "$STATE"
ok $? "no state store was created"
"$FEEDWATCH" test -c "$TMPD/missing.conf" "$TMPD/article.txt" >/dev/null 2>&1
is "$?" 1 "a missing config is an error"
"$FEEDWATCH" test >/dev/null 2>&1
is "$?" 2 "no input is a usage error"
done_testing
