#!/bin/bash
# A feed that re-uses one item id ("latest") for every story: a second,
# different attack under the same id is a new item, a new incident and a
# new alert; the same story seen again alerts no more.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

TARAZ="A gunman opened fire on a police station in Taraz, Kazakhstan on Saturday, killing 7 people, officials said."
KABUL="A suicide bomber blew himself up in a crowded market in Kabul, Afghanistan on Monday, killing 13 people, police said."

start_httpd
start_webhookd
rss_item "Gunman kills 7 in Taraz" latest "$TARAZ" | write_rss a
{
	daemon_section
	feed_section a /a.xml
	webhook_section ops
	killings_rule
} >"$CONF"
start_daemon
WAIT=15 wait_for hooks_is 'b["event"] == "new"' 1
ok $? "the first story raises a new alert"

rss_item "Suicide bomber kills 13 in Kabul market" latest "$KABUL" | write_rss a
WAIT=15 wait_for hooks_is 'b["event"] == "new"' 2
ok $? "another attack under the same id raises a new alert too"
is "$(hooks 'b["event"] == "new" and b["incident"]["location"]["city"] == "Kabul" and b["incident_id"] == 2')" 1 \
    "about the second attack, a new incident"
is "$(sql "SELECT count(*) FROM incidents")" 2 "two incidents"
is "$(hooks 'b["item"]["id"] == "latest"')" 2 "both alerts carry the feed's id"
n=$(reqs /a.xml)
WAIT=10 wait_for at_least $((n + 2)) reqs /a.xml
is "$(hooks)" 2 "the same story polled again alerts no more"
is "$(log_count 'new item: feed="a"')" 2 "and is no new item"
stop_daemon
is "$?" 0 "the daemon stops"
is "$(verify_signatures)" 0 "every request is signed"
done_testing
