#!/bin/bash
# Several reports of one attack make one incident: a second outlet's
# report that adds the perpetrator sends an update, not a new alert; one
# that adds nothing sends nothing; a rising death toll sends an update
# with the new count.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

FIRST="A gunman opened fire on a police station in Taraz, Kazakhstan on Saturday, killing 7 people, officials said."
SAME="Seven people were killed on Saturday when a gunman opened fire on a police station in Taraz, Kazakhstan, police said."
CLAIM="Seven people were killed on Saturday when a gunman opened fire on a police station in Taraz, Kazakhstan. The Jund al-Khilafah group claimed responsibility."
RISING="The death toll from the shooting on Saturday at a police station in Taraz, Kazakhstan rose to nine, officials said."

start_httpd
start_webhookd
rss_item "Gunman kills 7 in Taraz" a1 "$FIRST" | write_rss a
write_rss b </dev/null
{
	daemon_section
	feed_section a /a.xml
	feed_section b /b.xml
	webhook_section ops
	killings_rule
} >"$CONF"
start_daemon
WAIT=15 wait_for hooks_is 'b["event"] == "new"' 1
ok $? "the first report raises a new alert"

rss_item "Seven killed in Taraz attack" b1 "$SAME" | write_rss b
WAIT=10 wait_for sql_is "SELECT count(*) FROM reports" 2
ok $? "a second outlet's report joins the incident"
n=$(reqs /b.xml)
WAIT=10 wait_for at_least $((n + 2)) reqs /b.xml
is "$(hooks)" 1 "a report that adds nothing sends nothing"

{ rss_item "Seven killed in Taraz attack" b1 "$SAME"
  rss_item "Group claims Taraz attack" b2 "$CLAIM"; } | write_rss b
WAIT=15 wait_for hooks_is 'b["event"] == "update"' 1
ok $? "a report that names the perpetrator sends an update"
is "$(hooks 'b["event"] == "update" and b["changes"]["perpetrator.group"]["new"] == "Jund al-Khilafah" and b["incident"]["perpetrator"]["group"] == "Jund al-Khilafah"')" 1 \
    "the update says what changed"
is "$(hooks 'b["event"] == "new"')" 1 "and no second new alert"

{ rss_item "Gunman kills 7 in Taraz" a1 "$FIRST"
  rss_item "Taraz shooting toll rises to 9" a2 "$RISING"; } | write_rss a
WAIT=15 wait_for hooks_is 'b["event"] == "update"' 2
ok $? "a rising death toll sends an update"
is "$(hooks 'b["event"] == "update" and b["changes"]["killed"] == {"old": 7, "new": 9} and b["incident"]["killed"] == 9')" 1 \
    "with the old and the new count"
is "$(hooks 'b["incident_id"] == 1')" 3 "all three alerts are about incident 1"
is "$(sql "SELECT count(*) FROM incidents")" 1 "one incident"
is "$(sql "SELECT count(*) FROM reports WHERE incident_id = 1")" 4 "with four reports"
is "$(verify_signatures)" 0 "every request is signed"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
