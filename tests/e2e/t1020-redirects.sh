#!/bin/bash
# Redirects: 301 and 308 move the stored URL, 302 and 307 do not; in a
# chain only the leading permanent hops count; a redirect to file:// is
# refused, and so is one to a URL longer than 2048 bytes.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/three.xml"
cp "$FIXTURES/atom-two.xml" "$WWW/two.xml"
start_httpd
routes '{
 "/p301.xml": {"status": 301, "location": "/n301.xml"},
 "/n301.xml": {"file": "three.xml"},
 "/t302.xml": {"status": 302, "location": "/n302.xml"},
 "/n302.xml": {"file": "two.xml"},
 "/p308.xml": {"status": 308, "location": "'"$BASE"'/n308.xml"},
 "/n308.xml": {"file": "three.xml"},
 "/t307.xml": {"status": 307, "location": "/n307.xml"},
 "/n307.xml": {"file": "two.xml"},
 "/chain-a.xml": {"status": 301, "location": "/chain-b.xml"},
 "/chain-b.xml": {"status": 302, "location": "/chain-c.xml"},
 "/chain-c.xml": {"file": "three.xml"},
 "/tofile.xml": {"status": 301, "location": "file:///etc/passwd"},
 "/long.xml": {"status": 301, "location": "/n301.xml?'"$(printf 'A%.0s' $(seq 60000))"'"},
 "/rlong.xml": {"status": 301, "location": "/long-ok.xml?'"$(printf 'B%.0s' $(seq 1900))"'"},
 "/long-ok.xml": {"file": "three.xml"}
}'
{
	daemon_section
	feed_section p301 /p301.xml
	feed_section t302 /t302.xml
	feed_section p308 /p308.xml
	feed_section t307 /t307.xml
	feed_section chain /chain-a.xml
	feed_section tofile /tofile.xml
	feed_section long /long.xml
	feed_section rlong /rlong.xml
} >"$CONF"
start_daemon

WAIT=12 wait_for at_least 3 reqs /n301.xml &&
WAIT=5 wait_for at_least 3 reqs /n302.xml &&
WAIT=5 wait_for at_least 3 reqs /chain-c.xml
ok $? "every redirected feed is polled three times"

is "$(reqs /p301.xml)" 1 "after a 301 the old URL is not asked again"
is "$(sql "SELECT url FROM feeds WHERE name = 'p301'")" "$BASE/n301.xml" "the 301 target is stored"
is "$(sql "SELECT config_url FROM feeds WHERE name = 'p301'")" "$BASE/p301.xml" "next to the URL of the config"
is "$(reqs /n301.xml 200)" 1 "the moved feed keeps its validators (one 200, then 304s)"
grep -qF "feed p301: moved permanently from \"$BASE/p301.xml\" to \"$BASE/n301.xml\"" "$DLOG"
ok $? "the move is logged"

is "$(reqs /p308.xml)" 1 "a 308 moves the feed too"
is "$(sql "SELECT url FROM feeds WHERE name = 'p308'")" "$BASE/n308.xml" "to its target"

[ "$(reqs /t302.xml)" -ge 3 ]; ok $? "after a 302 the old URL is asked every time"
is "$(sql "SELECT url FROM feeds WHERE name = 't302'")" "$BASE/t302.xml" "and stays the stored URL"
[ "$(reqs /t307.xml)" -ge 2 ]; ok $? "a 307 does not move the feed"
is "$(sql "SELECT url FROM feeds WHERE name = 't307'")" "$BASE/t307.xml" "its URL stays"

is "$(reqs /chain-a.xml)" 1 "301 then 302: the first URL is left"
is "$(sql "SELECT url FROM feeds WHERE name = 'chain'")" "$BASE/chain-b.xml" "for the end of the permanent part"
[ "$(reqs /chain-b.xml)" -ge 3 ]; ok $? "which is asked from then on"

is "$(sql "SELECT url, polled_ok FROM feeds WHERE name = 'tofile'")" "$BASE/tofile.xml|0" \
    "a redirect to file:// is not followed"
[ "$(sql "SELECT errors FROM feeds WHERE name = 'tofile'")" -ge 1 ]; ok $? "and counts as an error"
grep -q "root:" "$DLOG"; ok $((!$?)) "nothing of the file is read"

# A 60 KB Location would become the stored URL and go whole into every
# log line about the feed.
is "$(sql "SELECT url, polled_ok FROM feeds WHERE name = 'long'")" "$BASE/long.xml|0" \
    "a redirect to a URL of 60 KB is not followed"
is "$(sql "SELECT errors > 0, last_error FROM feeds WHERE name = 'long'")" \
    "1|redirected to a URL of 60010 bytes; more than 2048 are refused" \
    "and counts as an error that says why"
[ "$(grep -c "A\{2049\}" "$REQLOG")" = 0 ]; ok $? "the long URL is never requested"
is "$(sql "SELECT length(url) FROM feeds WHERE name = 'rlong'")" "$(( ${#BASE} + 1913 ))" \
    "a redirect to a URL under the cap still moves the feed"
longest=$(awk '{ print length($0) }' "$DLOG" | sort -n | tail -1)
[ "$longest" -le 1000 ]; ok $? "no log line is longer than 1000 bytes ($longest)"

stop_daemon
is "$?" 0 "the daemon stops cleanly"
done_testing
