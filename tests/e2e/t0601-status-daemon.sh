#!/bin/bash
# feedwatch status on a store written by the real daemon: after a --once
# poll, and while the daemon runs and keeps writing (read-only, never in
# its way).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

[ -x "$FEEDWATCH" ] || skip_all "feedwatch not built"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
cp "$FIXTURES/atom-two.xml" "$WWW/b.xml"
start_httpd
routes '{"/gone.xml": {"status": 410}, "/a.xml": {"etag": true}}'
# A port nobody listens on: bound, then closed again.
dead=$("$PYTHON3" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
{
	FW_INTERVAL=1h daemon_section
	feed_section a /a.xml
	feed_section b /b.xml
	feed_section gone /gone.xml
	feed_section down "http://127.0.0.1:$dead/x.xml"
	feed_section off /b.xml 'enabled = false'
} >"$CONF"

"$FEEDWATCHD" -f -c "$CONF" --once >"$DLOG" 2>&1
ok $? "feedwatchd --once"
# A feed added to the config after the poll: never polled.
feed_section fresh /a.xml >>"$CONF"
# A feed polled, then turned off in the config, its next poll long past:
# the daemon will not poll it, so it is neither due nor overdue.
sed -i '/^\[feed "b"\]/a enabled = false' "$CONF"
sql "UPDATE feeds SET next_poll = next_poll - 7200, last_poll = last_poll - 7200 WHERE name = 'b'"

out=$("$FEEDWATCH" status -c "$CONF")
ok $? "status -c exits 0"
line() { printf '%s\n' "$out" | grep "^$1 "; }
is "$(line a | awk '{print $4, $5, $6}')" "200 3 0" "a: 200, 3 items, no errors"
is "$(line b | awk '{print $4, $5, $6, $7, $8}')" "200 2 0 off (config)" \
	"b: 200, 2 items, turned off in the config"
is "$(line off | awk '{print $2, $6, $7}')" "never off (config)" \
	"off: never polled, off in the config"
is "$(reqs /b.xml)" 1 "the daemon polled b once, and never for off"
is "$(line gone | awk '{print $4, $7}')" "410 disabled" "gone: 410, disabled"
is "$(line down | awk '{print $4, $6}')" "err 1" "down: transport error counted"
test -n "$(line down | sed 's/.*\(now\|in [0-9hms]*\|overdue [0-9hms]*\) *//')"
ok $? "down: the last error is shown"
is "$(line fresh | awk '{print $2, $3, $6}')" "never - now" "fresh: never polled"
is "$(printf '%s\n' "$out" | tail -n1)" \
	"6 feeds, 5 items seen; 0 incidents, 0 alerts; deliveries: 0 pending, 0 failed" \
	"totals"

# The JSON agrees with the store (read here with the sqlite3 tool).
"$FEEDWATCH" status -c "$CONF" --json >"$TMPD/s.json"
ok $? "status --json exits 0"
want=$(sql "SELECT name, last_poll, last_status, items, errors, next_poll, disabled
	FROM feeds WHERE last_poll > 0 ORDER BY name" | tr '\n' ' ')
got=$("$PYTHON3" - "$TMPD/s.json" <<'EOF'
import calendar, json, sys, time
d = json.load(open(sys.argv[1]))
ts = lambda s: 0 if s is None else calendar.timegm(time.strptime(s, "%Y-%m-%dT%H:%M:%SZ"))
print(" ".join("%s|%d|%d|%d|%d|%d|%d" % (f["name"], ts(f["last_poll"]), f["last_status"],
      f["items"], f["errors"], ts(f["next_poll"]), f["disabled"])
      for f in d["feeds"] if f["last_poll"]), end=" ")
EOF
)
is "$got" "$want" "JSON matches the store row for row"
is "$("$PYTHON3" -c '
import json, sys
f = {x["name"]: x for x in json.load(open(sys.argv[1]))["feeds"]}
print(*[(n, f[n]["enabled"], f[n]["next_poll_in"]) for n in ("b", "off", "fresh")])' \
    "$TMPD/s.json")" "('b', False, None) ('off', False, None) ('fresh', True, 0)" \
	"JSON: enabled false and no next poll for the feeds turned off"

# While the daemon runs and writes every second, status keeps answering
# at once; the daemon is not disturbed.  (A store of its own: the one
# above says the next poll of a is an hour away.)
STATE=$TMPD/live.db
{
	FW_INTERVAL=1s daemon_section
	feed_section a /a.xml
} >"$CONF"
n=$(reqs /a.xml)
start_daemon
WAIT=10 wait_for at_least $((n + 2)) reqs /a.xml
ok $? "the daemon polls every second"
fails=0 slow=0
for i in $(seq 20); do
	start=$(date +%s%N)
	timeout 5 "$FEEDWATCH" status -c "$CONF" >/dev/null 2>>"$TMPD/status.err" || fails=$((fails + 1))
	[ $((($(date +%s%N) - start) / 1000000)) -lt 1000 ] || slow=$((slow + 1))
	sleep 0.1
done
is "$fails" 0 "20 status runs during polling all succeed"
is "$slow" 0 "none waited on the daemon"
n=$(reqs /a.xml)
WAIT=10 wait_for at_least $((n + 2)) reqs /a.xml
ok $? "the daemon keeps polling"
daemon_alive
ok $? "the daemon is still running"
stop_daemon
is "$?" 0 "the daemon stops cleanly"
grep -q "database is locked\|busy" "$DLOG"
ok $((! $?)) "the daemon never found the store locked"

done_testing
