#!/bin/bash
# A matching attack item gives exactly one signed webhook, one syslog
# line and one JSON line on stdout; an item about something else and a
# heart-attack look-alike give nothing.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

start_httpd
start_webhookd
start_syslog
{
	rss_item "Gunman kills 7 in Taraz" taraz "$(attack 'Taraz, Kazakhstan' 7)"
	rss_item "Kazakh wheat harvest sets a record" wheat \
	    "Farmers in Kazakhstan brought in a record wheat harvest this year, the ministry said."
	rss_item "Man dies of heart attack in Almaty" heart \
	    "A 54-year-old man died of a heart attack in Almaty, Kazakhstan on Saturday."
} | write_rss news
{
	daemon_section
	feed_section news /news.xml
	webhook_section ops
	syslog_section
	cat <<EOF

[rule "central-asia"]
when = incident and killed >= 1 and country in ("Kazakhstan", "Kyrgyzstan")
outputs = ops, local, stdout
severity = critical
EOF
} >"$CONF"
start_daemon
WAIT=15 wait_for hooks_is True 1
ok $? "a webhook arrives"
WAIT=10 wait_for sql_is "SELECT count(*) FROM outbox WHERE state = 'sent'" 3
ok $? "the three deliveries are marked sent"
n=$(reqs /news.xml)
WAIT=10 wait_for at_least $((n + 2)) reqs /news.xml
sleep 0.5
is "$(hooks)" 1 "exactly one webhook, also after more polls"
is "$(verify_signatures)" 0 "its signature verifies and webhook-id is the body's delivery_id"
is "$(hooks 'b["event"] == "new" and b["rule"]["name"] == "central-asia" and b["rule"]["severity"] == "critical" and b["feed"] == "news"')" 1 \
    "the body is a new alert of the rule"
is "$(hooks 'b["incident"]["killed"] == 7 and b["incident"]["location"]["city"] == "Taraz" and b["item"]["title"] == "Gunman kills 7 in Taraz" and b["incident_id"] > 0')" 1 \
    "it carries the incident record and the item"
is "$(hooks 'r["headers"]["content-type"] == "application/json" and r["headers"]["user-agent"].startswith("feedwatch/")')" 1 \
    "content type and user agent"
is "$(syslog_lines)" 1 "exactly one syslog line"
is "$(syslog_lines 'ALERT critical rule=central-asia killed=7 injured=? Taraz, Kazakhstan')" 1 \
    "the syslog line names severity, rule, toll and place"
is "$(syslog_lines '^<26>1 .*\[feedwatch@32473 rule="central-asia"')" 1 \
    "it is RFC 5424, facility daemon, priority crit, with structured data"
is "$(grep -c '^{"event":"new","delivery_id":"fw_[0-9a-f]*",.*"rule":{"name":"central-asia"' "$DLOG")" 1 \
    "exactly one JSON line on stdout"
is "$(sql "SELECT count(*) FROM alerts")" 1 "one alert: none for the harvest or the heart attack"
is "$(sql "SELECT count(*) FROM incidents")" 1 "one incident: the heart attack is not one"
stop_daemon
is "$?" 0 "the daemon stops"

# --once delivers before it exits; with the receiver down it does not
# wait for it, and the delivery stays queued for the next run.
{
	rss_item "Gunman kills 7 in Taraz" taraz "$(attack 'Taraz, Kazakhstan' 7)"
	rss_item "Gunman kills 3 in Kabul" kabul "$(attack 'Kabul, Afghanistan' 3)"
} | write_rss news
printf '\n[rule "anywhere"]\nwhen = incident and killed >= 1\noutputs = ops\n' >>"$CONF"
timeout 30 "$FEEDWATCHD" -f -c "$CONF" --once >>"$DLOG" 2>&1
is "$?" 0 "--once polls, delivers and exits"
is "$(hooks 'b["rule"]["name"] == "anywhere" and b["incident"]["location"]["city"] == "Kabul"')" 1 \
    "the new item's alert was delivered before it exited"
is "$(hooks)" 2 "and nothing else"
stop_webhookd
{
	rss_item "Gunman kills 3 in Kabul" kabul "$(attack 'Kabul, Afghanistan' 3)"
	rss_item "Gunman kills 4 in Mogadishu" mogadishu "$(attack 'Mogadishu, Somalia' 4)"
} | write_rss news
timeout 30 "$FEEDWATCHD" -f -c "$CONF" --once >>"$DLOG" 2>&1
is "$?" 0 "--once with the receiver down exits"
is "$(sql "SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts = 1")" 1 \
    "after one attempt, leaving the delivery queued"
done_testing
