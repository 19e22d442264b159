#!/bin/bash
# kill -9 in the middle of deliveries, then a restart: every alert
# arrives, none is raised twice, and a repeated request carries the same
# delivery id (and the same body) as the first.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

start_httpd
start_webhookd
n=2
for c in "Kabul, Afghanistan" "Mogadishu, Somalia" "Baghdad, Iraq" \
    "Peshawar, Pakistan" "Maiduguri, Nigeria" "Quetta, Pakistan" \
    "Mosul, Iraq" "Aden, Yemen" "Kano, Nigeria" "Jalalabad, Afghanistan"; do
	n=$((n + 1))
	rss_item "Gunman kills $n in ${c%%,*}" "story-$n" "$(attack "$c" "$n")"
done | write_rss news
# Two deliveries at a time, each answered after 0.4s: about two seconds
# of deliveries to interrupt.
FW_PER_HOST=2
{
	daemon_section
	feed_section news /news.xml
	webhook_section ops
	killings_rule
} >"$CONF"
hook_mode 200 after=0.4
start_daemon
WAIT=15 wait_for at_least 3 hooks
ok $? "deliveries have begun"
kill -9 "$DPID"
wait "$DPID" 2>/dev/null
before=$(hooks)
diag "$before requests before the kill"
is "$(sql "SELECT count(*) FROM alerts")" 10 "all ten alerts were committed before the crash"
pending=$(sql "SELECT count(*) FROM outbox WHERE state = 'pending'")
ok $([ "$pending" -gt 0 ] && echo 0 || echo 1) "some deliveries were left unfinished ($pending)"

hook_mode 200
start_daemon
WAIT=30 wait_for sql_is "SELECT count(*) FROM outbox WHERE state = 'sent'" 10
ok $? "after the restart every delivery is made"
sleep 1
is "$(sql "SELECT count(*) FROM alerts")" 10 "no alert is raised twice"
ids=$(sql "SELECT delivery_id FROM outbox ORDER BY 1" | tr '\n' ' ')
check=$("$PYTHON3" - "$HOOKLOG" "$ids" <<'EOF'
import json, sys
want = set(sys.argv[2].split())
bodies = {}
bad = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    i = r["headers"].get("webhook-id")
    if i not in want:
        bad += 1
    elif i in bodies and bodies[i] != r["body"]:
        bad += 1
    bodies[i] = r["body"]
print("%d %d" % (len(set(bodies) & want), bad))
EOF
)
is "$check" "10 0" "all ten delivery ids arrived; every repeat has a known id and the same body"
is "$(verify_signatures)" 0 "every request is signed"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
