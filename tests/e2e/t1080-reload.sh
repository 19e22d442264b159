#!/bin/bash
# SIGHUP: a bad config is refused (every error logged, the old one keeps
# running); a good one is swapped in: new feeds start, removed ones stop,
# state is kept.  SIGTERM and SIGINT stop with status 0.  Keys read only at
# start (state, parse_threads) keep their running values, with a warning
# at every reload that would change them.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
cp "$FIXTURES/atom-two.xml" "$WWW/b.xml"
start_httpd
{ daemon_section; feed_section a /a.xml; } >"$CONF"
start_daemon
WAIT=10 wait_for at_least 1 reqs /a.xml
ok $? "feed a is polled"

# A broken config: two errors.
{ daemon_section; feed_section a /a.xml; printf 'bogus_key = 1\n[feed "c"]\nurl = ftp://example.org/c\n'; } >"$CONF"
n=$(reqs /a.xml)
kill -HUP "$DPID"
WAIT=5 wait_for grep -q "keeping the running config" "$DLOG"
ok $? "a bad config is refused"
grep -q "feedwatch.conf:[0-9]*:[0-9]*: " "$DLOG"; ok $? "its errors are logged as FILE:LINE:COLUMN"
[ "$(grep -c "feedwatch.conf:[0-9]*:[0-9]*: " "$DLOG")" -ge 2 ]; ok $? "every one of them"
WAIT=5 wait_for at_least $((n + 2)) reqs /a.xml
ok $? "the daemon keeps polling with the old config"
daemon_alive; ok $? "and is still running"

# A good config: b is added, a removed.
{ daemon_section; feed_section b /b.xml; } >"$CONF"
kill -HUP "$DPID"
WAIT=8 wait_for at_least 2 reqs /b.xml
ok $? "after a good reload the new feed is polled"
grep -q "feed b: added" "$DLOG"; ok $? "the added feed is logged"
grep -q "feed a: removed" "$DLOG"; ok $? "so is the removed one"
is "$(log_count 'new item: feed="b"')" 2 "the new feed's items are reported"
n=$(reqs /a.xml)
sleep 2
is "$(reqs /a.xml)" "$n" "the removed feed is no longer polled"
is "$(sql "SELECT count(*) FROM feeds WHERE name = 'a'")" 1 "its state is kept"

# a comes back: its items are known, nothing is reported twice.
{ daemon_section; feed_section a /a.xml; feed_section b /b.xml; } >"$CONF"
kill -HUP "$DPID"
WAIT=8 wait_for at_least $((n + 1)) reqs /a.xml
ok $? "a feed put back is polled again"
sleep 1
is "$(log_count 'new item: feed="a"')" 3 "and its items are not reported again"

# b's interval goes from 1 s to 3 s.
{ daemon_section; feed_section a /a.xml; feed_section b /b.xml "interval = 3s"; } >"$CONF"
kill -HUP "$DPID"
WAIT=5 wait_for at_least 4 log_count "reload: "
n=$(reqs /b.xml)
WAIT=10 wait_for at_least $((n + 2)) reqs /b.xml
ok $? "the feed with a new interval goes on being polled"
g=$(req_field /b.xml $((n + 2)) 'r["time"]')
p=$(req_field /b.xml $((n + 1)) 'r["time"]')
"$PYTHON3" -c "import sys; sys.exit(not float('$g') - float('$p') >= 2.9)"
ok $? "at its new interval"

# b's interval goes from 3 s to 1 h, then to 2 s: the longer one keeps the
# poll already scheduled (no later than it was), the shorter one brings the
# next poll forward to its last poll + 2 s, not the stored hour.
# The requests are counted before the reload: the poll already scheduled
# (at most 3 s on) may come while the reload is read, and counted after it
# would leave only the next hour's to wait for.
{ daemon_section; feed_section a /a.xml; feed_section b /b.xml "interval = 1h"; } >"$CONF"
n=$(reqs /b.xml)
kill -HUP "$DPID"
WAIT=5 wait_for at_least 5 log_count "reload: "
WAIT=6 wait_for at_least $((n + 1)) reqs /b.xml
ok $? "a longer interval keeps the poll already scheduled"
WAIT=3 wait_for sql_is "SELECT next_poll - last_poll >= 3000 FROM feeds WHERE name = 'b'" 1
ok $? "after which the feed is scheduled an hour on"
n=$(reqs /b.xml)
last=$(sql "SELECT last_poll FROM feeds WHERE name = 'b'")
{ daemon_section; feed_section a /a.xml; feed_section b /b.xml "interval = 2s"; } >"$CONF"
kill -HUP "$DPID"
WAIT=8 wait_for at_least $((n + 1)) reqs /b.xml
ok $? "a shorter interval is applied at once, not after the stored next poll"
t=$(req_field /b.xml $((n + 1)) 'r["time"]')
"$PYTHON3" -c "import sys; sys.exit(not float('$t') >= $last + 2 - 0.01)"
ok $? "at the last poll + the new interval"

# The same across a restart: stopped with b an hour away, started with a
# config that polls it every 2 s.
{ daemon_section; feed_section a /a.xml; feed_section b /b.xml "interval = 1h"; } >"$CONF"
kill -HUP "$DPID"
WAIT=5 wait_for at_least 6 log_count "reload: "
WAIT=6 wait_for sql_is "SELECT next_poll - last_poll >= 3000 FROM feeds WHERE name = 'b'" 1
ok $? "b is scheduled an hour on"
stop_daemon
is "$?" 0 "SIGTERM: exit status 0"
n=$(reqs /b.xml)
{ daemon_section; feed_section a /a.xml; feed_section b /b.xml "interval = 2s"; } >"$CONF"
start_daemon
WAIT=6 wait_for at_least $((n + 1)) reqs /b.xml
ok $? "a restart with a shorter interval does not wait for the stored next poll"
stop_daemon
is "$?" 0 "and stops"

start_daemon
WAIT=5 wait_for at_least 3 log_count "started:"
kill -INT "$DPID"
wait "$DPID"
is "$?" 0 "SIGINT: exit status 0"

# A new state path or parse_threads takes a restart.  The running config
# keeps the running values, so a second reload warns again, instead of
# taking the file's path for the one in use, and the daemon goes on
# writing the store it opened.
restart_conf() {
	{ STATE=$1 daemon_section; printf 'parse_threads = %s\n' "$2"
	  feed_section a /a.xml; } >"$CONF"
}
restart_conf "$STATE" 1
start_daemon
WAIT=5 wait_for at_least 4 log_count "started:"
# hup: reload and wait until it is done.
hup() {
	local n; n=$(log_count " loaded, ")
	kill -HUP "$DPID"
	WAIT=5 wait_for at_least $((n + 1)) log_count " loaded, "
}
restart_conf "$TMPD/other.db" 2
hup
hup
is "$(log_count "reload: a new state path")" 2 \
	"each reload with a new state path warns that it takes a restart"
is "$(log_count "reload: a new parse_threads")" 2 \
	"so does each with a new parse_threads"
grep -qF "reload: a new state path ($TMPD/other.db) takes a restart; still using $STATE" "$DLOG" &&
grep -qF "reload: a new parse_threads (2) takes a restart; still 1" "$DLOG"
ok $? "the warnings name the new and the running values"
last=$(sql "SELECT last_poll FROM feeds WHERE name = 'a'")
n=$(reqs /a.xml)
WAIT=8 wait_for at_least $((n + 2)) reqs /a.xml
WAIT=3 wait_for sql_is "SELECT last_poll > $last FROM feeds WHERE name = 'a'" 1
ok $? "the daemon goes on writing the store it opened"
check "and never opens the new one" test ! -e "$TMPD/other.db"
restart_conf "$STATE" 1
hup
is "$(log_count "takes a restart")" 4 "the running values back in the file: no warning"
stop_daemon
is "$?" 0 "and stops"
done_testing
