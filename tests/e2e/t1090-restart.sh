#!/bin/bash
# Restart: the first poll of a new feed records its items without
# reporting them (alert_first_poll = no); after a restart only items added
# meanwhile are reported, each once.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

item() { printf '<item><title>%s</title><link>http://example.org/r/%s</link><guid>r-%s</guid></item>\n' "$1" "$2" "$2"; }
write_feed() {	# write_feed N: items 1..N
	{
		echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>r</title><link>http://example.org/r/</link><description>r</description>'
		for i in $(seq "$1" -1 1); do item "Story number $i" "$i"; done
		echo '</channel></rss>'
	} >"$WWW/r.xml.tmp" && mv "$WWW/r.xml.tmp" "$WWW/r.xml"
}
write_feed 3
start_httpd
FW_ALERT_FIRST=no
{ daemon_section; feed_section r /r.xml; } >"$CONF"
start_daemon
WAIT=10 wait_for sql_is "SELECT polled_ok FROM feeds WHERE name = 'r'" "1"
ok $? "the first poll succeeds"
sleep 1.2
is "$(log_count 'new item:')" 0 "its items are recorded, not reported"
is "$(sql "SELECT count(*) FROM items WHERE feed = $(key r)")" 3 "three items are in the state store"
stop_daemon
is "$?" 0 "the daemon stops"

write_feed 5
n=$(reqs /r.xml)
start_daemon
WAIT=10 wait_for at_least $((n + 2)) reqs /r.xml
ok $? "after the restart the feed is polled again"
sleep 1.2
is "$(log_count 'new item:')" 2 "only the two new items are reported"
is "$(log_count 'title="Story number 4"')" 1 "item 4 once"
is "$(log_count 'title="Story number 5"')" 1 "item 5 once"
is "$(sql "SELECT count(*) FROM items WHERE feed = $(key r)")" 5 "five items are in the state store"
stop_daemon
is "$?" 0 "the daemon stops again"

# A third run with nothing new reports nothing.
n=$(reqs /r.xml)
start_daemon
WAIT=10 wait_for at_least $((n + 2)) reqs /r.xml
stop_daemon
is "$(log_count 'new item:')" 2 "a third run reports nothing more"

# A feed whose row cannot be read is not taken for a new feed: the
# daemon says so, leaves the row alone, polls the others and reads the
# row again until it can.  Its etag column is made to fail for that one
# row (a generated column whose json() fails on the name).
cp "$FIXTURES/atom-two.xml" "$WWW/u.xml"
{ daemon_section; feed_section r /r.xml; feed_section u /u.xml; } >"$CONF"
start_daemon
WAIT=10 wait_for sql_is "SELECT polled_ok FROM feeds WHERE name = 'u'" "1"
stop_daemon
u_row=$(sql "SELECT url, last_poll, polled_ok FROM feeds WHERE name = 'u'")
sql "ALTER TABLE feeds DROP COLUMN etag; ALTER TABLE feeds ADD COLUMN etag TEXT GENERATED ALWAYS AS (CASE WHEN name = 'u' THEN json(name) END) VIRTUAL"
nu=$(reqs /u.xml); nr=$(reqs /r.xml)
start_daemon
WAIT=10 wait_for at_least $((nr + 2)) reqs /r.xml
ok $? "with one feed's state unreadable the others are polled"
grep -q "feed u: its state cannot be read; not polled until it can" "$DLOG"
ok $? "the unreadable one is logged"
is "$(reqs /u.xml)" "$nu" "and not polled"
is "$(sql "SELECT url, last_poll, polled_ok FROM feeds WHERE name = 'u'")" "$u_row" "its row is left as it was"
daemon_alive; ok $? "the daemon keeps running"
sqlite3 -batch -cmd ".timeout 5000" "$STATE" "ALTER TABLE feeds DROP COLUMN etag; ALTER TABLE feeds ADD COLUMN etag TEXT"
WAIT=10 wait_for at_least $((nu + 1)) reqs /u.xml
ok $? "once the row can be read again the feed is polled"
grep -q "feed u: its state could be read again" "$DLOG"
ok $? "which is logged"
stop_daemon
is "$?" 0 "the daemon stops"

# Pruning (item_retention, item_keep): an item out of its feed for longer
# than the retention and beyond the newest item_keep is forgotten; one
# out for less is still known when it comes back.
write_extra() {	# write_extra N EXTRA...: items 1..N and the extra ones
	local n=$1 i
	shift
	{
		echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>r</title><link>http://example.org/r/</link><description>r</description>'
		for i in "$@"; do item "Story number $i" "$i"; done
		for i in $(seq "$n" -1 1); do item "Story number $i" "$i"; done
		echo '</channel></rss>'
	} >"$WWW/r.xml.tmp" && mv "$WWW/r.xml.tmp" "$WWW/r.xml"
}
once() { "$FEEDWATCHD" -c "$CONF" --once >"$TMPD/once.out" 2>&1; }
{ daemon_section; echo "item_keep = 3"; feed_section r /r.xml; } >"$CONF"
write_extra 6 98 99
once; is "$?" 0 "--once with items 98 and 99"
is "$(grep -c 'new item: feed="r"' "$TMPD/once.out")" 3 "item 6, 98 and 99 are new"
write_feed 6
once; is "$?" 0 "--once with 98 and 99 gone from the feed"
sql "UPDATE items SET last_seen = 1000000000 WHERE feed = $(key r) AND id = $(key r-98); UPDATE items SET last_seen = strftime('%s', 'now') - 10 * 86400 WHERE feed = $(key r) AND id = $(key r-99)"
write_feed 7
once; is "$?" 0 "--once when 98 has been gone for years, 99 for ten days"
grep -q 'feed r: forgot 1 items out of the feed for more than 90 days' "$TMPD/once.out"
ok $? "one item is forgotten"
is "$(sql "SELECT (SELECT count(*) FROM items WHERE feed = $(key r) AND id = $(key r-1)) || (SELECT count(*) FROM items WHERE feed = $(key r) AND id = $(key r-98)) || (SELECT count(*) FROM items WHERE feed = $(key r) AND id = $(key r-99))")" "101" \
    "item 98 is gone from the store; 99 (within the retention) and 1 (in the feed, older than the newest 3) stay"
write_extra 7 98 99
once; is "$?" 0 "--once with 98 and 99 back"
grep -q 'new item: feed="r" title="Story number 98"' "$TMPD/once.out"
ok $? "the forgotten item is new again"
! grep -q 'title="Story number 99"' "$TMPD/once.out"
ok $? "the one out for ten days is not reported again"
# A feed removed from the config keeps its row and items for
# item_retention after its last poll, then both are forgotten.
{ daemon_section; feed_section s /r.xml; } >"$CONF"
nr=$(sql "SELECT count(*) FROM items WHERE feed = $(key r)")
once; is "$?" 0 "--once without feed r in the config"
is "$(sql "SELECT count(*) FROM items WHERE feed = $(key r)")" "$nr" "r, polled just now, keeps its $nr items"
is "$(sql "SELECT count(*) FROM feeds WHERE name = 'r'")" 1 "and its row"
sql "UPDATE feeds SET last_poll = strftime('%s', 'now') - 91 * 86400 WHERE name = 'r'; UPDATE feeds SET last_poll = strftime('%s', 'now') - 10 * 86400 WHERE name = 'u'"
once; is "$?" 0 "--once when r was last polled 91 days ago, u 10 days ago"
grep -q "feed r: not in the config for more than 90 days; its state and $nr items forgotten" "$TMPD/once.out"
ok $? "r is forgotten, which is logged"
is "$(sql "SELECT count(*) FROM items WHERE feed = $(key r)") $(sql "SELECT count(*) FROM feeds WHERE name = 'r'")" "0 0" \
    "its items and row are gone"
is "$(sql "SELECT count(*) FROM feeds WHERE name = 'u'")" 1 "u, removed 10 days ago, is kept"
! grep -q "feed u:" "$TMPD/once.out"
ok $? "and not mentioned"
is "$(sql "SELECT count(*) > 0 FROM items WHERE feed = $(key s)")" 1 "the feed in the config keeps its items"
done_testing
