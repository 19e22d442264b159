#!/bin/bash
# A server that stalls mid-body is cut off after stall_timeout while the
# other feeds go on being polled; SIGTERM with a transfer in flight still
# stops the daemon at once with status 0.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
start_httpd
routes '{"/stall.xml": {"file": "a.xml", "stall": {"after": 120, "sleep": 30}}}'
FW_STALL=2s
{ daemon_section; feed_section stall /stall.xml; feed_section a /a.xml; } >"$CONF"
start_daemon

WAIT=10 wait_for grep -q "feed stall: .* in a row" "$DLOG"
ok $? "the stalled transfer ends with an error"
t0=$(req_field /stall.xml 1 'r["time"]')
during=$("$PYTHON3" - "$REQLOG" "$t0" <<'END'
import json, sys
t0 = float(sys.argv[2])
print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["path"] == "/a.xml" and t0 < json.loads(l)["time"] < t0 + 2))
END
)
[ "$during" -ge 1 ]; ok $? "the other feed is polled while the first one stalls ($during polls)"
row=$(sql "SELECT last_status, errors, polled_ok FROM feeds WHERE name = 'stall'")
is "$row" "-1|1|0" "the stall is recorded as a transport error"
err=$(sql "SELECT last_error FROM feeds WHERE name = 'stall'")
case $err in *[Tt]oo\ slow*|*[Tt]ime*out*) ok 0 "with curl's reason: $err" ;; *) ok 1 "with curl's reason: $err" ;; esac

# Stop with the next stalled transfer in flight.
WAIT=10 wait_for at_least 2 reqs /stall.xml
ok $? "the stalled feed is tried again after its backoff"
start=$(date +%s.%N)
stop_daemon
rc=$?
took=$("$PYTHON3" -c "import time; print('%.1f' % (time.time() - $start))")
is "$rc" 0 "SIGTERM during a stalled transfer exits 0"
"$PYTHON3" -c "import sys; sys.exit(not $took < 2)"; ok $? "without waiting for the transfer (${took}s)"
done_testing
