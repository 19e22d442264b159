#!/usr/bin/env bash
# demo/run.sh BUILD_DIR: run feedwatchd once over the bundled demo feeds.
#
# Serves demo/feeds on a free 127.0.0.1 port, writes demo/feedwatch.conf
# with that port and a fresh state file into a scratch directory, polls
# every feed once with BUILD_DIR/feedwatchd --once, shows the alerts and
# what the state store now holds, and removes everything it started.
# KEEP=1 keeps the scratch directory for a look afterwards.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -x "$1/feedwatchd" ]; then
	echo "usage: demo/run.sh BUILD_DIR   (BUILD_DIR holds a built feedwatchd)" >&2
	exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON3:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/feedwatch-demo.XXXXXX")
server=

cleanup() {
	local rc=$?
	set +e
	if [ -n "$server" ]; then
		kill "$server" 2>/dev/null
		wait "$server" 2>/dev/null
	fi
	if [ "${KEEP:-0}" = 1 ]; then
		echo "demo: files kept in $tmp"
	else
		rm -rf "$tmp"
	fi
	exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Port 0: the kernel picks a free port, and the server says which.
"$python" -u -m http.server 0 --bind 127.0.0.1 --directory "$here/feeds" \
	>"$tmp/httpd.out" 2>"$tmp/httpd.log" &
server=$!
port=
for _ in $(seq 100); do
	port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$tmp/httpd.out" | head -n1)
	[ -n "$port" ] && break
	kill -0 "$server" 2>/dev/null || break
	sleep 0.1
done
if [ -z "$port" ]; then
	echo "demo: the HTTP server did not start:" >&2
	cat "$tmp/httpd.log" >&2
	exit 3
fi

sed -e "s|@PORT@|$port|g" -e "s|@STATE@|$tmp/state.db|g" \
	"$here/feedwatch.conf" >"$tmp/feedwatch.conf"

echo "== feeds served on http://127.0.0.1:$port/ from demo/feeds:"
(cd "$here/feeds" && ls -1 | sed 's/^/   /')
echo "== feedwatchd -c $tmp/feedwatch.conf --foreground --once"
# Its log (stderr) goes to the terminal as it comes; alerts (stdout) to a
# file, summarised below.
set +o pipefail
"$build/feedwatchd" -c "$tmp/feedwatch.conf" --foreground --once \
	2>&1 >"$tmp/alerts.jsonl" | tee "$tmp/daemon.log"
rc=${PIPESTATUS[0]}
set -o pipefail

echo
echo "== alerts written to the stdout output (one JSON object a line):"
if [ -s "$tmp/alerts.jsonl" ]; then
	# A one-line summary per alert, whatever fields the payload carries.
	"$python" - "$tmp/alerts.jsonl" <<'EOF'
import json, sys

def pick(d, *path):
    for k in path:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d

n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line:
        continue
    n += 1
    try:
        a = json.loads(line)
    except ValueError:
        print("   (not JSON) " + line[:200])
        continue
    rule = pick(a, "rule", "name") or pick(a, "rule") or "?"
    sev = pick(a, "rule", "severity") or pick(a, "severity") or ""
    title = pick(a, "item", "title") or pick(a, "title") or ""
    inc = pick(a, "incident") or {}
    killed = inc.get("killed") if isinstance(inc, dict) else None
    injured = inc.get("injured") if isinstance(inc, dict) else None
    place = ", ".join(x for x in (pick(inc, "location", "city"),
                                   pick(inc, "location", "country")) if x)
    print(f"   [{sev or '-'}] {rule}: killed={killed if killed is not None else '?'}"
          f" injured={injured if injured is not None else '?'}"
          f"{' ' + place if place else ''} — {title}")
print(f"   {n} alert(s); raw JSON lines in alerts.jsonl")
EOF
else
	echo "   (none)"
fi

echo
echo "== feedwatch status -c $tmp/feedwatch.conf"
"$build/feedwatch" status -c "$tmp/feedwatch.conf" || true

echo
echo "== requests the HTTP server answered:"
grep -c '"GET ' "$tmp/httpd.log" | sed 's/^/   /'
[ $rc -eq 0 ] || echo "demo: feedwatchd exited with status $rc" >&2
exit $rc
