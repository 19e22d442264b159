#!/bin/bash
# Network faults: a host name that does not resolve, a port where nothing
# listens, a server that accepts and never answers.  Each is logged with
# its reason and backs off (interval * 2^n up to max_backoff) while the
# loop goes on: a good feed keeps its 1 s schedule the whole time.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

start_hostile
FW_STALL=3s FW_MAX_BACKOFF=4s
{
	daemon_section
	feed_section good /good.xml
	feed_section dns http://nonexistent.invalid/feed.xml
	feed_section refused "http://127.0.0.1:$CLOSED_PORT/feed.xml"
	feed_section silent "http://127.0.0.1:$SILENT_PORT/feed.xml"
} >"$CONF"
start_daemon
RUN=${FW_FAULT_RUN:-16}
sleep "$RUN"
daemon_alive; ok $? "the daemon is alive"

gaps=$("$PYTHON3" - "$REQLOG" <<'END'
import json, sys
ts = [json.loads(l)["time"] for l in open(sys.argv[1]) if json.loads(l)["path"] == "/good.xml"]
print(max(b - a for a, b in zip(ts, ts[1:])) if len(ts) > 1 else 99)
END
)
n=$(reqs /good.xml)
diag "good feed: $n polls, longest gap ${gaps}s"
[ "$n" -ge $((RUN / 2)) ]; ok $? "the good feed is polled throughout ($n polls in ${RUN}s)"
"$PYTHON3" -c "import sys; sys.exit(not $gaps < 2.5)"
ok $? "no gap between its polls is longer than 2.5s (${gaps}s): nothing blocks the loop"
grep -q "new item: feed=\"good\" title=\"good item $((n - 1))\"" "$DLOG"
ok $? "its new items are logged"

# delays NAME: the "next poll in" delays logged for a feed's errors.
delays() { grep -oE "feed $1: .* in a row\), next poll in [0-9.]+s" "$DLOG" | sed 's/.*next poll in //; s/s$//' | tr '\n' ' '; }
# fault NAME ERE DESCRIPTION
fault() {
	local row d
	row=$(sql "SELECT last_status, errors >= 2, polled_ok FROM feeds WHERE name = '$1'")
	is "$row" "-1|1|0" "$1: $3 is a transport error, counted"
	err=$(sql "SELECT last_error FROM feeds WHERE name = '$1'")
	printf '%s\n' "$err" | grep -qE "$2"; ok $? "$1: the state store says why ($err)"
	grep -qE "feed $1: .*($2).* in a row" "$DLOG"; ok $? "$1: the daemon logs it"
	d=$(delays "$1")
	"$PYTHON3" -c "import sys; d = [float(x) for x in '$d'.split()]; sys.exit(not (len(d) >= 2 and 1.9 <= d[0] <= 2.1 and all(3.9 <= x <= 4.1 for x in d[1:])))"
	ok $? "$1: backs off 2s then max_backoff 4s (delays: $d)"
}
fault dns "[Rr]esolve|[Hh]ost" "a name that does not resolve"
fault refused "[Cc]onnect|[Rr]efused" "a port where nothing listens"
fault silent "too slow|[Tt]ime.*out" "a server that never answers"

stop_daemon
is "$?" 0 "the daemon stops cleanly"
sanitizer_clean "$DLOG"; ok $? "no sanitizer report"
done_testing
