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
is "$(sql "SELECT count(*) FROM items WHERE feed = 'r'")" 3 "three items are in the state store"
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
is "$(sql "SELECT count(*) FROM items WHERE feed = 'r'")" 5 "five items are in the state store"
stop_daemon
is "$?" 0 "the daemon stops again"

# A third run with nothing new reports nothing.
n=$(reqs /r.xml)
start_daemon
WAIT=10 wait_for at_least $((n + 2)) reqs /r.xml
stop_daemon
is "$(log_count 'new item:')" 2 "a third run reports nothing more"
done_testing
