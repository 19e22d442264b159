#!/bin/bash
# Conditional GET: the second poll sends the validators of the first and
# gets 304; a changed document brings its new item, reported once.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
start_httpd
{ daemon_section; feed_section a /a.xml; } >"$CONF"
start_daemon

WAIT=10 wait_for at_least 2 reqs /a.xml
ok $? "the feed is polled twice"
is "$(req_field /a.xml 1 'r["status"]')" 200 "the first poll gets 200"
is "$(req_field /a.xml 1 '"If-None-Match" in r["headers"]')" False "the first poll is unconditional"
inm=$(req_field /a.xml 2 'r["headers"].get("If-None-Match")')
ims=$(req_field /a.xml 2 'r["headers"].get("If-Modified-Since")')
etag=$(sql "SELECT etag FROM feeds WHERE name = 'a'")
case $inm in '"'?*'"') ok 0 "the second poll sends If-None-Match" ;; *) ok 1 "the second poll sends If-None-Match: '$inm'" ;; esac
is "$inm" "$etag" "which is the ETag kept in the state store"
[ -n "$ims" ] && [ "$ims" != None ]; ok $? "and If-Modified-Since"
is "$(req_field /a.xml 2 'r["status"]')" 304 "and gets 304"
case $(req_field /a.xml 1 'r["headers"].get("Accept-Encoding", "")') in
*gzip*) ok 0 "compressed bodies are accepted" ;; *) ok 1 "compressed bodies are accepted" ;; esac
case $(req_field /a.xml 1 'r["headers"].get("User-Agent", "")') in
feedwatch*) ok 0 "the User-Agent is feedwatch's" ;; *) ok 1 "the User-Agent is feedwatch's" ;; esac

WAIT=5 wait_for sql_is "SELECT last_status FROM feeds WHERE name = 'a'" "304"
ok $? "the state store records the 304"
is "$(sql "SELECT polled_ok, consecutive_errors, items, disabled FROM feeds WHERE name = 'a'")" "1|0|3|0" \
    "and a good poll with three items"
is "$(log_count 'new item: feed="a"')" 3 "each item is reported once, not again on 304"
grep -q 'new item: feed="a" title="Second story" link="http://example.org/three/2"' "$DLOG"
ok $? "the report names feed, title and link"

# A new item: the document changes, so does its ETag.
sed 's|</channel>|<item><title>Fourth story</title><link>http://example.org/three/4</link><guid>three-4</guid></item></channel>|' \
    "$FIXTURES/rss-three.xml" >"$WWW/a.xml.new" && mv "$WWW/a.xml.new" "$WWW/a.xml"
n=$(reqs /a.xml 200)
WAIT=10 wait_for grep -q 'title="Fourth story"' "$DLOG"
ok $? "the new item is reported after the document changed"
WAIT=5 wait_for at_least 2 reqs /a.xml 200
sleep 1.5
is "$(log_count 'new item: feed="a"')" 4 "only the new item, once"
is "$(sql "SELECT count(*) FROM items WHERE feed = $(key a)")" 4 "four items are recorded"

stop_daemon
is "$?" 0 "SIGTERM stops the daemon with status 0"
grep -q "stopped" "$DLOG"; ok $? "and it logs that it stopped"

done_testing
