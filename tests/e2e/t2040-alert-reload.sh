#!/bin/bash
# A bad config on SIGHUP is refused, the daemon keeps alerting with the
# old one; a good one is taken, with its new rule.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

config() {
	daemon_section
	feed_section news /news.xml
	webhook_section ops
	killings_rule
}

start_httpd
start_webhookd
add kabul "Kabul, Afghanistan" 3
config >"$CONF"
start_daemon
WAIT=15 wait_for hooks_is True 1
ok $? "the first alert arrives"

{ config; printf 'bogus_key = 1\n'; } >"$CONF"
kill -HUP "$DPID"
WAIT=10 wait_for grep -q "keeping the running config" "$DLOG"
ok $? "the bad config is refused"
is "$(grep -c "$CONF:[0-9]*:1: unknown key 'bogus_key'" "$DLOG")" 1 "its error is logged with FILE:LINE"
daemon_alive
ok $? "the daemon keeps running"
add mogadishu "Mogadishu, Somalia" 4
WAIT=15 wait_for hooks_is True 2
ok $? "and keeps alerting"

{ config; printf '\n[rule "somalia"]\nwhen = country == "Somalia"\noutputs = ops\n'; } >"$CONF"
kill -HUP "$DPID"
WAIT=10 wait_for grep -q "reload: .* loaded" "$DLOG"
ok $? "a good config is loaded"
add baidoa "Kismayo, Somalia" 5
WAIT=15 wait_for hooks_is 'b["rule"]["name"] == "somalia"' 1
ok $? "its new rule fires"
is "$(hooks 'b["rule"]["name"] == "killings"')" 3 "the old rule goes on"
is "$(hooks 'b["rule"]["name"] == "somalia" and "Mogadishu" in r["body"]')" 0 \
    "an item alerted before the reload is not alerted again"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
