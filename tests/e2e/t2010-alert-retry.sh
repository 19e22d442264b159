#!/bin/bash
# Delivery retries: a receiver that is down, then up, gets every alert,
# none twice; after a 500 the delivery is retried; a 429's Retry-After is
# honoured; a receiver that hangs times out and is tried again.  The same
# delivery keeps its id and signature scheme throughout.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

start_httpd
start_webhookd
port=$HOOK_PORT
stop_webhookd
add kabul "Kabul, Afghanistan" 3
add mogadishu "Mogadishu, Somalia" 4
FW_HOOK_TIMEOUT=1s
{
	daemon_section
	feed_section news /news.xml
	webhook_section ops
	killings_rule
} >"$CONF"
start_daemon
WAIT=15 wait_for sql_is "SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts >= 1" 2
ok $? "while the receiver is down both deliveries fail and stay pending"
sleep 2
start_webhookd "$port"
WAIT=30 wait_for hooks_is 'r["status"] == 200' 2
ok $? "once it is up, both alerts arrive"
sleep 2
is "$(hooks)" 2 "none twice"
is "$(sql "SELECT count(*) FROM outbox WHERE state = 'sent'")" 2 "both are marked sent"

hook_mode 500
add baghdad "Baghdad, Iraq" 5
WAIT=15 wait_for hooks_is 'r["status"] == 500' 1
ok $? "the receiver answers 500"
hook_mode 200
WAIT=20 wait_for city200_is Baghdad 1
ok $? "the delivery is retried and arrives"
is "$(hooks 'b["incident"]["location"]["city"] == "Baghdad"')" 2 "two attempts in all"
is "$("$PYTHON3" -c '
import json, sys
ids = {json.loads(l)["headers"]["webhook-id"] for l in open(sys.argv[1])
       if "Baghdad" in l}
print(len(ids))' "$HOOKLOG")" 1 "both attempts carry the same delivery id"

hook_mode 429 3
add peshawar "Peshawar, Pakistan" 6
WAIT=15 wait_for hooks_is 'r["status"] == 429' 1
ok $? "the receiver answers 429 with Retry-After: 3"
hook_mode 200
WAIT=20 wait_for city200_is Peshawar 1
ok $? "the delivery is retried and arrives"
gap=$("$PYTHON3" -c '
import json, sys
t = [json.loads(l)["time"] for l in open(sys.argv[1]) if "Peshawar" in l]
print("%.1f" % (t[1] - t[0]))' "$HOOKLOG")
"$PYTHON3" -c "import sys; sys.exit(0 if $gap >= 2.5 else 1)"
ok $? "the retry waited for Retry-After (${gap}s)"

hook_mode hang 30
add maiduguri "Maiduguri, Nigeria" 7
WAIT=15 wait_for hooks_is 'r["status"] == 0' 1
ok $? "the receiver hangs"
hook_mode 200
WAIT=20 wait_for city200_is Maiduguri 1
ok $? "the attempt times out and the retry arrives"

is "$(hooks 'r["status"] == 200')" 5 "five alerts delivered"
is "$("$PYTHON3" -c '
import json, sys
ids = {json.loads(l)["headers"]["webhook-id"] for l in open(sys.argv[1])
       if json.loads(l)["status"] == 200}
print(len(ids))' "$HOOKLOG")" 5 "with five distinct delivery ids"
is "$(verify_signatures)" 0 "every attempt is signed"
is "$(sql "SELECT count(*) FROM outbox WHERE state != 'sent'")" 0 "nothing is left pending"
stop_daemon
is "$?" 0 "the daemon stops"
done_testing
