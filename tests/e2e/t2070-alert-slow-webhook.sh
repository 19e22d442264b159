#!/bin/bash
# A slow or hanging webhook holds back nothing else: the syslog alerts of
# the same rule are written at once while every webhook attempt hangs.
# Attempts start only as curl runs them (per_host at once to one host), so
# a receiver slower than one attempt's timeout allows for a queue in curl
# is never counted as failed.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

syslog_is() { [ "$(syslog_lines)" = "$1" ]; }

start_httpd
start_webhookd
start_syslog
routes '{"/g.xml": {"generate": {"items": 60}}}'
hook_mode hang 30
FW_HOOK_TIMEOUT=20s
{
	daemon_section
	feed_section gen /g.xml
	webhook_section ops
	syslog_section
	printf '\n[rule "all"]\nwhen = title contains "generated"\noutputs = ops, local\n'
} >"$CONF"
start_daemon
WAIT=5 wait_for syslog_is 60
ok $? "all 60 syslog alerts are written while the webhook hangs ($(syslog_lines))"
is "$(sql "SELECT count(*) FROM outbox WHERE output = 'ops' AND state = 'pending'")" 60 \
    "the 60 webhook deliveries wait, pending"
stop_daemon
is "$?" 0 "the daemon stops with attempts in flight"

rm -f "$STATE" "$STATE-wal" "$STATE-shm"
: >"$DLOG"
: >"$HOOKLOG"
routes '{"/g.xml": {"generate": {"items": 16}}}'
hook_mode 200 after=1.5
FW_HOOK_TIMEOUT=4s
{
	daemon_section
	feed_section gen /g.xml
	webhook_section ops
	printf '\n[rule "all"]\nwhen = title contains "generated"\noutputs = ops\n'
} >"$CONF"
start_daemon
WAIT=20 wait_for hooks_is 'r["status"] == 200' 16
ok $? "a receiver taking 1.5s a request gets all 16 alerts"
is "$(log_count 'failed, will retry')" 0 \
    "no attempt times out waiting for a connection (4s each, 4 at once)"
is "$(hooks)" 16 "each is sent once"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
