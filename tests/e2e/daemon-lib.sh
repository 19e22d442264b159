# Helpers for end-to-end tests of feedwatchd against tests/httpd.py.
# Source after tests/lib.sh:  . "$top_srcdir/tests/e2e/daemon-lib.sh"
#
# Layout under $TMPD: www/ (served files), routes.json, requests.log (one
# JSON line per request), state.db, feedwatch.conf, daemon.log.

WWW=$TMPD/www
ROUTES=$TMPD/routes.json
REQLOG=$TMPD/requests.log
STATE=$TMPD/state.db
CONF=$TMPD/feedwatch.conf
DLOG=$TMPD/daemon.log
FIXTURES=$top_srcdir/tests/data/feeds
mkdir -p "$WWW"
: >"$REQLOG"
echo '{}' >"$ROUTES"

command -v sqlite3 >/dev/null 2>&1 || skip_all "sqlite3 command not installed"
[ "$PYTHON3" != no ] && command -v "$PYTHON3" >/dev/null 2>&1 || skip_all "python3 not installed"
[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"

# Start the server; sets PORT and BASE.
start_httpd() {
	"$PYTHON3" "$top_srcdir/tests/httpd.py" --root "$WWW" --routes "$ROUTES" \
	    --log "$REQLOG" --port-file "$TMPD/port" >"$TMPD/httpd.err" 2>&1 &
	HTTPD_PID=$!
	on_exit "kill $HTTPD_PID"
	WAIT=10 wait_for test -s "$TMPD/port" || { diag "httpd did not start"; cat "$TMPD/httpd.err"; exit 1; }
	PORT=$(cat "$TMPD/port")
	BASE=http://127.0.0.1:$PORT
}

# routes JSON: replace the route table (atomically, the server re-reads it).
routes() {
	printf '%s\n' "$1" >"$ROUTES.tmp" && mv "$ROUTES.tmp" "$ROUTES"
}

# daemon_section: a [daemon] section with short test timings; a test
# changes one by setting its FW_* variable first.
daemon_section() {
	cat <<EOF
[daemon]
state = $STATE
interval = ${FW_INTERVAL:-1s}
jitter = 0
max_connections = ${FW_MAX_CONNECTIONS:-8}
per_host = ${FW_PER_HOST:-4}
connect_timeout = 2s
stall_timeout = ${FW_STALL:-2s}
max_backoff = ${FW_MAX_BACKOFF:-8s}
max_body = ${FW_MAX_BODY:-64k}
alert_first_poll = ${FW_ALERT_FIRST:-yes}
EOF
}

# feed_section NAME PATH-OR-URL [extra lines]
feed_section() {
	local url=$2
	case $url in /*) url=$BASE$url ;; esac
	printf '\n[feed "%s"]\nurl = %s\n' "$1" "$url"
	[ $# -gt 2 ] && printf '%s\n' "$3"
	return 0
}

# Start feedwatchd in the foreground with the config in $CONF; sets DPID.
start_daemon() {
	_dstarts=$(grep -c 'started: ' "$DLOG" 2>/dev/null)
	"$FEEDWATCHD" -f -v -c "$CONF" "$@" >>"$DLOG" 2>&1 &
	DPID=$!
	on_exit "kill -9 $DPID"
}

# Send SIGTERM and wait; returns the daemon's exit status.
stop_daemon() {
	local rc
	# A SIGTERM that lands before the daemon has set up its signal
	# watchers kills it outright; wait for its "started:" line first.
	WAIT=10 wait_for _daemon_started
	kill -TERM "$DPID" 2>/dev/null
	wait "$DPID"
	rc=$?
	return $rc
}

_daemon_started() {
	! kill -0 "$DPID" 2>/dev/null ||
	    [ "$(grep -c 'started: ' "$DLOG" 2>/dev/null)" -gt "${_dstarts:-0}" ]
}

daemon_alive() { kill -0 "$DPID" 2>/dev/null; }

# reqs PATH [STATUS]: how many requests for PATH (with that status) the
# server logged.
reqs() {
	"$PYTHON3" - "$REQLOG" "$1" "${2:-}" <<'EOF'
import json, sys
n = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["path"] == sys.argv[2] and (not sys.argv[3] or r["status"] == int(sys.argv[3])):
        n += 1
print(n)
EOF
}

# req_field PATH N EXPR: a Python expression over the N-th (1-based)
# request r for PATH, e.g. 'r["headers"].get("If-None-Match")'.
req_field() {
	"$PYTHON3" - "$REQLOG" "$1" "$2" "$3" <<'EOF'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])]
rs = [r for r in rs if r["path"] == sys.argv[2]]
n = int(sys.argv[3])
if len(rs) >= n:
    r = rs[n - 1]
    print(eval(sys.argv[4]))
EOF
}

# at_least N COMMAND...: true when COMMAND prints a number >= N.
at_least() {
	local want=$1 got; shift
	got=$("$@") && [ "${got:-0}" -ge "$want" ]
}

sql() { sqlite3 -batch -noheader "$STATE" "$1"; }

# key STRING: the key an item's row holds for a feed's name or an item's
# id (tests/statekey.py), as in "SELECT ... FROM items WHERE feed = $(key a)".
key() { "$PYTHON3" "$top_srcdir/tests/statekey.py" "$1"; }

# grep_log PATTERN: count of daemon log lines matching PATTERN (fixed string).
log_count() { grep -cF -- "$1" "$DLOG"; }

# sql_is QUERY WANT: for wait_for, which must re-run the query each time.
sql_is() { [ "$(sql "$1" 2>/dev/null)" = "$2" ]; }
