#!/bin/bash
# Errors back off exponentially (interval * 2^n, capped at max_backoff),
# are counted in the state store and are forgotten after a good poll.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
start_httpd
routes '{"/err.xml": {"status": 500, "body": "oops"}}'
FW_MAX_BACKOFF=4s
{
	daemon_section
	feed_section err /err.xml
	feed_section refused http://127.0.0.1:1/feed.xml
	feed_section notfeed /notfeed.txt
} >"$CONF"
echo "this is not a feed" >"$WWW/notfeed.txt"
start_daemon

WAIT=12 wait_for at_least 4 reqs /err.xml
ok $? "the failing feed is polled again"
gaps=$("$PYTHON3" - "$REQLOG" <<'END'
import json, sys
ts = [json.loads(l)["time"] for l in open(sys.argv[1]) if json.loads(l)["path"] == "/err.xml"]
print(" ".join("%.1f" % (b - a) for a, b in zip(ts, ts[1:])))
END
)
diag "gaps between polls of the failing feed: $gaps"
set -- $gaps
"$PYTHON3" -c "import sys; g = [float(x) for x in '$gaps'.split()]; sys.exit(not (1.9 <= g[0] < 3.5 and 3.9 <= g[1] < 5.5 and 3.9 <= g[2] < 5.5))"
ok $? "the gaps grow 2 s, 4 s and stay at max_backoff (4 s)"
row=$(sql "SELECT last_status, errors >= 3, consecutive_errors >= 3, last_error IS NOT NULL, next_poll > last_poll FROM feeds WHERE name = 'err'")
is "$row" "500|1|1|1|1" "the state store counts the errors and keeps a later next poll"
grep -q "feed err: .*HTTP status 500" "$DLOG"; ok $? "the error is logged"

row=$(sql "SELECT last_status, errors >= 1, polled_ok FROM feeds WHERE name = 'refused'")
is "$row" "-1|1|0" "a refused connection is a transport error (status -1)"
row=$(sql "SELECT last_status, errors >= 1, last_error LIKE 'not a%feed%' FROM feeds WHERE name = 'notfeed'")
is "$row" "200|1|1" "a 200 that is not a feed is an error too"

# The server recovers: the next poll succeeds and the count of errors in
# a row goes back to 0 (the total stays).
routes '{"/err.xml": {"file": "a.xml"}}'
WAIT=8 wait_for sql_is "SELECT last_status FROM feeds WHERE name = 'err'" "200"
ok $? "the feed recovers"
row=$(sql "SELECT consecutive_errors, errors >= 3, last_error IS NULL FROM feeds WHERE name = 'err'")
is "$row" "0|1|1" "errors in a row are reset, the total is kept"
n=$(reqs /err.xml)
sleep 2.5
[ "$(reqs /err.xml)" -ge $((n + 2)) ]; ok $? "and it is polled at its interval again"

stop_daemon
is "$?" 0 "the daemon stops"
done_testing
