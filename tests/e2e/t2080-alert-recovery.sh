#!/bin/bash
# After an outage a delivery does not wait out its backoff: once the
# receiver answers another delivery 2xx, the deliveries waiting to retry
# go at once; a reload (SIGHUP) sends them at once too.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

# arrived CITY: when the receiver answered CITY's alert 200 (epoch seconds).
arrived() {
	"$PYTHON3" - "$HOOKLOG" "$1" <<'PY'
import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["status"] == 200 and json.loads(r["body"])["incident"]["location"]["city"] == sys.argv[2]:
        print(int(r["time"]))
        break
PY
}
# waiting: when the one pending delivery is next due, once it has failed
# five times (the backoff is then 8 to 16 seconds).
waiting() {
	WAIT=40 wait_for sql_is "SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts >= 5" 1 &&
	    sql "SELECT next_attempt FROM outbox WHERE state = 'pending'"
}

start_httpd
start_webhookd
port=$HOOK_PORT
stop_webhookd
add kabul "Kabul, Afghanistan" 3
FW_HOOK_TIMEOUT=1s
{
	daemon_section
	feed_section news /news.xml
	webhook_section ops
	killings_rule
} >"$CONF"
start_daemon
due=$(waiting)
ok $? "while the receiver is down the delivery fails and backs off (due in $((due - $(date +%s)))s)"
start_webhookd "$port"
add mogadishu "Mogadishu, Somalia" 4
WAIT=20 wait_for city200_is Mogadishu 1
ok $? "once the receiver is up, a new alert arrives"
WAIT=20 wait_for city200_is Kabul 1
ok $? "and so does the one that waited"
got=$(arrived Kabul)
[ -n "$got" ] && [ "$got" -lt $((due - 2)) ]
ok $? "at once, not at its next retry ($((due - ${got:-0}))s early)"

hook_mode 500
add baghdad "Baghdad, Iraq" 5
due=$(waiting)
ok $? "a receiver answering 500: the delivery backs off (due in $((due - $(date +%s)))s)"
hook_mode 200
kill -HUP "$DPID"
WAIT=20 wait_for city200_is Baghdad 1
ok $? "after a reload it arrives"
got=$(arrived Baghdad)
[ -n "$got" ] && [ "$got" -lt $((due - 2)) ]
ok $? "at once, not at its next retry ($((due - ${got:-0}))s early)"
is "$(sql "SELECT count(*) FROM outbox WHERE state != 'sent'")" 0 "nothing is left pending"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
