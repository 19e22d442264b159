#!/bin/bash
# A feed's URL edited in the config: when the feed has items stored (the
# user points it where it moved to), the next poll reports only what is
# really new, instead of recording it all as a first poll would; a feed
# with nothing stored starts over with a silent first poll.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

# stories N: an RSS feed of stories 0 .. N-1.
stories() {
	"$PYTHON3" - "$1" <<'PY'
import sys
print('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
      '<link>http://example.org/</link><description>d</description>')
for i in range(int(sys.argv[1])):
    print('<item><title>story %d</title><link>http://example.org/s/%d</link>'
          '<guid>s-%d</guid><description>story %d text</description></item>'
          % (i, i, i, i))
print('</channel></rss>')
PY
}

stories 3 >"$WWW/new.xml"
stories 2 >"$WWW/other.xml"
start_httpd
routes '{"/old.xml": {"status": 301, "location": "/new.xml"},
 "/broken.xml": {"status": 404}}'
# An hour's interval: nothing is polled between the edit and the reload.
config() {
	FW_INTERVAL=1h FW_ALERT_FIRST=no daemon_section
	feed_section a "$1"
	feed_section b "$2"
	printf '\n[rule "r"]\nwhen = title contains "story"\noutputs = stdout\n'
}
config /old.xml /broken.xml >"$CONF"
start_daemon
WAIT=10 wait_for grep -q "feed a: moved permanently" "$DLOG"
ok $? "the feed's move is logged"
WAIT=5 wait_for sql_is "SELECT count(*) FROM items" 3
ok $? "its first poll records its three items"
is "$(log_count 'alert new: rule=r')" 0 "without alerting"

# The user follows the move and the feed has two new stories; b's URL is
# fixed.
stories 5 >"$WWW/new.xml"
config /new.xml /other.xml >"$CONF"
kill -HUP "$DPID"
WAIT=10 wait_for sql_is "SELECT count(*) FROM items" 7
ok $? "after the reload both feeds are polled at their new URLs"
WAIT=5 wait_for at_least 2 log_count 'alert new: rule=r'
ok $? "the two new stories of the moved feed are reported"
sleep 1
is "$(log_count 'alert new: rule=r incident=0 feed=a')" 2 "and nothing it had before"
is "$(log_count 'feed=b')" 0 "the feed that had nothing stored has a silent first poll"
is "$(sql "SELECT url, polled_ok FROM feeds WHERE name = 'a'")" "$BASE/new.xml|1" \
    "the moved feed's row has its new URL"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
