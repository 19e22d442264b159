#!/bin/bash
# Connection caps: per_host bounds concurrent transfers to one host, the
# global cap bounds them all; below the caps fetches do run in parallel.
# --once polls every feed once and exits 0.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/rss-three.xml" "$WWW/a.xml"
start_httpd
routes='{'
for i in 1 2 3 4 5 6; do routes="$routes\"/s$i.xml\": {\"file\": \"a.xml\", \"delay\": 0.6},"; done
routes "${routes%,}}"
feeds() { for i in 1 2 3 4 5 6; do feed_section "s$i" "$1/s$i.xml"; done; }
max_concurrent() {
	"$PYTHON3" - "$REQLOG" <<'END'
import json, sys
print(max([json.loads(l)["concurrent"] for l in open(sys.argv[1])] or [0]))
END
}
run_once() {
	: >"$REQLOG"
	rm -f "$STATE"*
	start_daemon --once
	WAIT=15 wait_for sh -c "! kill -0 $DPID"
	wait "$DPID"
}

FW_PER_HOST=1
{ daemon_section; feeds "$BASE"; } >"$CONF"
run_once
is "$?" 0 "--once exits 0"
is "$(wc -l <"$REQLOG")" 6 "every feed is polled exactly once"
is "$(max_concurrent)" 1 "per_host = 1: one transfer at a time"

FW_PER_HOST=4
{ daemon_section; feeds "$BASE"; } >"$CONF"
run_once
c=$(max_concurrent)
[ "$c" -gt 1 ] && [ "$c" -le 4 ]; ok $? "per_host = 4: parallel, at most 4 at a time ($c)"

FW_PER_HOST=4 FW_MAX_CONNECTIONS=2
{ daemon_section; feeds "$BASE"; } >"$CONF"
run_once
is "$(max_concurrent)" 2 "max_connections = 2 caps all transfers at 2"
is "$(wc -l <"$REQLOG")" 6 "and every feed is still polled"
done_testing
