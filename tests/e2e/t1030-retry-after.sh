#!/bin/bash
# Retry-After on 429 (seconds) and 503 (HTTP date) is the earliest next
# poll, also across a restart of the daemon.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
start_httpd
until_epoch=$(( $(date +%s) + 4 ))
http_date=$(LC_ALL=C date -u -d "@$until_epoch" '+%a, %d %b %Y %H:%M:%S GMT')
routes '{
 "/busy.xml": {"status": 429, "retry_after": "3"},
 "/down.xml": {"status": 503, "retry_after": "'"$http_date"'"},
 "/later.xml": {"status": 429, "retry_after": "6"}
}'
FW_MAX_BACKOFF=2s
{
	daemon_section
	feed_section busy /busy.xml
	feed_section down /down.xml
	feed_section later /later.xml
	feed_section a /a.xml
} >"$CONF"
start_daemon

WAIT=12 wait_for at_least 3 reqs /busy.xml
ok $? "the 429 feed is polled again"
gap() {	# gap PATH N: seconds between request N and N+1
	"$PYTHON3" - "$REQLOG" "$1" "$2" <<'END'
import json, sys
ts = [json.loads(l)["time"] for l in open(sys.argv[1]) if json.loads(l)["path"] == sys.argv[2]]
n = int(sys.argv[3])
print("%.3f" % (ts[n] - ts[n - 1]) if len(ts) > n else "none")
END
}
g1=$(gap /busy.xml 1); g2=$(gap /busy.xml 2)
"$PYTHON3" -c "import sys; sys.exit(not (float('$g1') >= 3 and float('$g2') >= 3))"
ok $? "never before Retry-After: 3 s (gaps $g1 s, $g2 s), though max_backoff is 2 s"
[ "$(reqs /a.xml)" -ge 5 ]; ok $? "other feeds keep their 1 s interval meanwhile"

WAIT=6 wait_for at_least 2 reqs /down.xml
t2=$(req_field /down.xml 2 'r["time"]')
"$PYTHON3" -c "import sys; sys.exit(not (float('$t2') >= $until_epoch))"
ok $? "the 503 feed waits for the date in Retry-After"

row=$(sql "SELECT last_status, errors >= 1, next_poll >= last_poll + 3 FROM feeds WHERE name = 'busy'")
is "$row" "429|1|1" "the state store keeps the status, the error and the later next poll"

# A restart keeps to the stored Retry-After of "later" (6 s).
WAIT=5 wait_for at_least 1 reqs /later.xml
stop_daemon
is "$?" 0 "the daemon stops"
t1=$(req_field /later.xml 1 'r["time"]')
n_before=$(reqs /later.xml)
start_daemon
WAIT=10 wait_for at_least $((n_before + 1)) reqs /later.xml
ok $? "after the restart the 429 feed is polled again"
tn=$(req_field /later.xml $((n_before + 1)) 'r["time"]')
tp=$(req_field /later.xml "$n_before" 'r["time"]')
"$PYTHON3" -c "import sys; sys.exit(not (float('$tn') - float('$tp') >= 6))"
ok $? "but not before its Retry-After, restart or not"
stop_daemon
is "$?" 0 "and stops again"

# --once keeps to it too, unless --force.  "later" has just answered 429
# with Retry-After: 6 (the poll above); "a" is merely not due yet.
n_later=$(reqs /later.xml); n_a=$(reqs /a.xml)
"$FEEDWATCHD" -c "$CONF" --once >"$TMPD/once.out" 2>&1
is "$?" 0 "--once exits 0"
is "$(reqs /later.xml)" "$n_later" "--once does not poll a feed before its Retry-After"
is "$(reqs /a.xml)" "$((n_a + 1))" "but polls the feed that is only not due yet"
grep -q 'feed later: backing off after .* until .*; not polled (--force polls it)' "$TMPD/once.out"
ok $? "and says so on standard error"
"$FEEDWATCHD" -c "$CONF" --once --force >"$TMPD/force.out" 2>&1
is "$?" 0 "--once --force exits 0"
is "$(reqs /later.xml)" "$((n_later + 1))" "--once --force polls it anyway"
! grep -q 'not polled' "$TMPD/force.out"
ok $? "without skipping anything"
"$FEEDWATCHD" -c "$CONF" --force >/dev/null 2>&1
is "$?" 2 "--force without --once is a usage error"
done_testing
