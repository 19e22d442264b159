#!/bin/bash
# The state store does not grow with every alert: at start (and daily)
# the daemon forgets finished deliveries and their alerts older than
# item_retention, and incidents no report can join any more, with their
# reports.  Their items stay known: nothing is alerted again.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

start_httpd
rss_item "Gunman kills 7 in Taraz" a1 "$(attack "Taraz, Kazakhstan" 7)" | write_rss a
{
	daemon_section
	feed_section a /a.xml
	printf '\n[rule "killings"]\nwhen = incident and killed >= 1\noutputs = stdout\n'
} >"$CONF"
start_daemon --once
wait "$DPID"
is "$?" 0 "a first run alerts and exits"
is "$(sql "SELECT count(*) FROM alerts; SELECT count(*) FROM outbox WHERE state = 'sent';
    SELECT count(*) FROM incidents; SELECT count(*) FROM reports" | tr '\n' ' ')" "1 1 1 1 " \
    "its alert, delivery, incident and report are stored"
is "$(log_count '"event":"new"')" 1 "one alert is written"

start_daemon --once
wait "$DPID"
is "$(sql "SELECT count(*) FROM alerts")" 1 "a run soon after forgets nothing"

# Three months later: the delivery is older than item_retention (90 days)
# and the incident has had no report for more than a week.
sql "UPDATE outbox SET created = created - 91 * 86400;
     UPDATE alerts SET created = created - 91 * 86400;
     UPDATE incidents SET created = created - 91 * 86400, updated = updated - 91 * 86400"
start_daemon --once
wait "$DPID"
is "$?" 0 "the next run exits cleanly"
is "$(sql "SELECT count(*) FROM alerts; SELECT count(*) FROM outbox;
    SELECT count(*) FROM incidents; SELECT count(*) FROM reports" | tr '\n' ' ')" "0 0 0 0 " \
    "it has forgotten the alert, its delivery, the incident and its report"
grep -q "state: forgot 1 finished deliveries and 1 alerts older than 90 days, 1 incidents idle for 7 days" "$DLOG"
ok $? "and says so"
is "$(sql "SELECT count(*) FROM items")" 1 "the item is still known"
is "$(log_count '"event":"new"')" 1 "and is not alerted again"
done_testing
