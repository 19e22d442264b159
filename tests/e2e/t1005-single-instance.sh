#!/bin/bash
# One feedwatchd per state store: a second daemon, or a --once run, on the
# store of a running daemon refuses to start (exit 3, naming the holder's
# pid) and leaves the first running; the lock goes with the process, so a
# daemon killed with SIGKILL does not block the next start.  A --once run
# whose every poll fails exits 3, so that cron can tell.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

start_httpd
cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
FW_INTERVAL=1h FW_ALERT_FIRST=no
{ daemon_section; feed_section a /a.xml; } >"$CONF"

start_daemon
WAIT=10 wait_for _daemon_started
first=$DPID
WAIT=10 wait_for test -s "$STATE.lock"
is "$(cat "$STATE.lock" 2>/dev/null)" "$first" "the lock file holds the daemon's pid"

"$FEEDWATCHD" -f -c "$CONF" >"$TMPD/second.log" 2>&1 &
second=$!
on_exit "kill -9 $second"
gone() { ! kill -0 "$1" 2>/dev/null; }
WAIT=10 wait_for gone "$second"
ok $? "a second daemon on the same store stops at once"
kill -9 "$second" 2>/dev/null
wait "$second"
is "$?" 3 "with exit status 3"
grep -q "in use by another feedwatchd, pid $first" "$TMPD/second.log"
ok $? "and names the pid that holds the store"
grep -q "started: " "$TMPD/second.log"; ok $((!$?)) "and polls nothing"

timeout 20 "$FEEDWATCHD" -f -c "$CONF" --once >"$TMPD/once.log" 2>&1
is "$?" 3 "a --once run on the store of a running daemon exits 3"
daemon_alive; ok $? "the first daemon is still running"
is "$(reqs /a.xml)" 1 "the feed was polled once, by the first daemon"

kill -9 "$first"; wait "$first" 2>/dev/null
"$FEEDWATCHD" -f -c "$CONF" --once >"$TMPD/after.log" 2>&1
is "$?" 0 "after the daemon was killed (SIGKILL), a --once run starts"
grep -q "1 feeds polled, 0 of them failed" "$TMPD/after.log"
ok $? "and says how many feeds it polled"

# Every poll failing: a port nothing listens on, and a 500.
routes '{"/broken.xml": {"status": 500}}'
rm -f "$STATE" "$STATE-wal" "$STATE-shm"
{ daemon_section; feed_section down http://127.0.0.1:9/x.xml
  feed_section broken /broken.xml; } >"$CONF"
"$FEEDWATCHD" -f -c "$CONF" --once >"$TMPD/fail.log" 2>&1
is "$?" 3 "a --once run whose every poll fails exits 3"
grep -q "every poll failed (2 of 2)" "$TMPD/fail.log"; ok $? "and says so"

{ daemon_section; feed_section down http://127.0.0.1:9/x.xml
  feed_section a /a.xml; } >"$CONF"
"$FEEDWATCHD" -f -c "$CONF" --once --force >"$TMPD/part.log" 2>&1
is "$?" 0 "one feed of two failing is not a failed run"
grep -q "2 feeds polled, 1 of them failed" "$TMPD/part.log"; ok $? "and the count says so"

done_testing
