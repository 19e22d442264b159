#!/bin/bash
# 410 Gone disables the feed: it is never polled again, also after a
# restart, and the state store says why.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
start_httpd
routes '{"/gone.xml": {"status": 410}}'
{ daemon_section; feed_section gone /gone.xml; feed_section a /a.xml; } >"$CONF"
start_daemon

WAIT=10 wait_for at_least 4 reqs /a.xml
ok $? "the other feed is polled every second"
is "$(reqs /gone.xml)" 1 "the 410 feed was polled once only"
is "$(sql "SELECT disabled, last_status FROM feeds WHERE name = 'gone'")" "1|410" \
    "the state store marks it disabled with status 410"
grep -q "feed gone: .*410 Gone; feed disabled" "$DLOG"; ok $? "the daemon logs why"

stop_daemon
is "$?" 0 "the daemon stops"
n=$(reqs /a.xml)
start_daemon
WAIT=10 wait_for at_least $((n + 3)) reqs /a.xml
ok $? "after a restart the other feed is polled again"
is "$(reqs /gone.xml)" 1 "the 410 feed is still not polled"
grep -q "feed gone: disabled after 410 Gone; not polled" "$DLOG"; ok $? "and the daemon says so"
stop_daemon
is "$?" 0 "the daemon stops again"

# Pointing the feed somewhere else in the config gives it a fresh start.
{ daemon_section; feed_section gone /a.xml; } >"$CONF"
n=$(reqs /a.xml)
start_daemon
WAIT=10 wait_for at_least $((n + 1)) reqs /a.xml
ok $? "a disabled feed whose URL changed in the config is polled"
WAIT=5 wait_for sql_is "SELECT disabled, last_status FROM feeds WHERE name = 'gone'" "0|200"
ok $? "and is enabled in the state store"
stop_daemon
done_testing
