# Helpers for end-to-end tests of alerting: a webhook receiver
# (tests/webhookd.py), a syslog listener on a unix datagram socket, and
# RSS feeds written between polls.  Source after tests/e2e/daemon-lib.sh.
#
# Layout under $TMPD: hooks.log (one JSON line per webhook request),
# hook.mode (how the receiver answers), syslog.sock / syslog.log (one
# line per datagram), hook.secret, items (the items of the feed "news"
# that add publishes).

HOOKLOG=$TMPD/hooks.log
HOOKMODE=$TMPD/hook.mode
SYSLOG_SOCK=$TMPD/syslog.sock
SYSLOG_LOG=$TMPD/syslog.log
SECRET_FILE=$TMPD/hook.secret
SECRET="whsec_$(printf 'e2e-signing-key-0123456789' | base64)"
printf '%s\n' "$SECRET" >"$SECRET_FILE"
: >"$HOOKLOG"
: >"$SYSLOG_LOG"
echo 200 >"$HOOKMODE"

# start_webhookd [PORT]: start the receiver (on PORT to come back after
# being down); sets HOOK_PID, HOOK_PORT and HOOK_URL.
start_webhookd() {
	rm -f "$TMPD/hook.port"
	"$PYTHON3" "$top_srcdir/tests/webhookd.py" --log "$HOOKLOG" \
	    --mode "$HOOKMODE" --port-file "$TMPD/hook.port" \
	    ${1:+--port "$1"} >"$TMPD/webhookd.err" 2>&1 &
	HOOK_PID=$!
	on_exit "kill $HOOK_PID"
	WAIT=10 wait_for test -s "$TMPD/hook.port" || {
		diag "webhookd did not start"; cat "$TMPD/webhookd.err"; exit 1; }
	HOOK_PORT=$(cat "$TMPD/hook.port")
	HOOK_URL=http://127.0.0.1:$HOOK_PORT/hook
}

stop_webhookd() { kill "$HOOK_PID" 2>/dev/null; wait "$HOOK_PID" 2>/dev/null; }

hook_mode() { printf '%s\n' "$*" >"$HOOKMODE.tmp" && mv "$HOOKMODE.tmp" "$HOOKMODE"; }

# start_syslog: a listener on $SYSLOG_SOCK writing one line per datagram.
start_syslog() {
	"$PYTHON3" - "$SYSLOG_SOCK" "$SYSLOG_LOG" <<'EOF' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
while True:
    d = s.recv(65536)
    with open(sys.argv[2], "ab") as fp:
        fp.write(d.replace(b"\n", b" ") + b"\n")
EOF
	SYSLOG_PID=$!
	on_exit "kill $SYSLOG_PID"
	WAIT=5 wait_for test -S "$SYSLOG_SOCK"
}

# hooks [EXPR]: how many logged webhook requests r satisfy the Python
# expression (default: all); b is the parsed body.  An expression that
# raises (a key the body lacks) counts as false.
hooks() {
	"$PYTHON3" - "$HOOKLOG" "${1:-True}" <<'EOF'
import json, sys
n = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    try:
        b = json.loads(r["body"])
    except ValueError:
        b = None
    try:
        n += 1 if eval(sys.argv[2]) else 0
    except (KeyError, TypeError, IndexError):
        pass
print(n)
EOF
}

# hooks_is EXPR N: for wait_for.
hooks_is() { [ "$(hooks "$1")" = "$2" ]; }

# verify_signatures: every request is signed with $SECRET after Standard
# Webhooks, and its webhook-id is the body's delivery_id.  Prints the
# number of requests that fail.
verify_signatures() {
	"$PYTHON3" - "$HOOKLOG" "$SECRET" <<'EOF'
import base64, hashlib, hmac, json, sys
key = base64.b64decode(sys.argv[2][len("whsec_"):])
bad = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    h = r["headers"]
    msg_id, ts = h.get("webhook-id", ""), h.get("webhook-timestamp", "")
    mac = hmac.new(key, ("%s.%s.%s" % (msg_id, ts, r["body"])).encode(),
                   hashlib.sha256).digest()
    want = "v1," + base64.b64encode(mac).decode()
    sigs = h.get("webhook-signature", "").split()
    try:
        same_id = json.loads(r["body"]).get("delivery_id") == msg_id
    except ValueError:
        same_id = False
    if want not in sigs or not same_id:
        bad += 1
print(bad)
EOF
}

# rss_item TITLE GUID TEXT: one RSS item published now.
rss_item() {
	printf '<item><title>%s</title><link>http://example.org/n/%s</link><guid>%s</guid><pubDate>%s</pubDate><description>%s</description></item>\n' \
	    "$1" "$2" "$2" "$(date -u -R)" "$3"
}

# write_rss NAME < items: publish $WWW/NAME.xml atomically.
write_rss() {
	{
		echo '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>news</title><link>http://example.org/</link><description>news</description>'
		cat
		echo '</channel></rss>'
	} >"$WWW/$1.tmp" && mv "$WWW/$1.tmp" "$WWW/$1.xml"
}

# attack CITY-COUNTRY KILLED: article text the extractor reads as an
# attack with that place and toll.
attack() {
	printf 'A gunman opened fire on a police station in %s on Saturday, killing %s people, officials said.' "$1" "$2"
}

# add GUID CITY-COUNTRY KILLED: append an attack to the items of the feed
# "news" ($ITEMS) and publish it.
ITEMS=$TMPD/items
: >"$ITEMS"
add() { rss_item "Gunman kills $3 in ${2%%,*}" "$1" "$(attack "$2" "$3")" >>"$ITEMS"; write_rss news <"$ITEMS"; }

# city200 CITY: how many alerts for CITY the receiver answered 200.
city200() { hooks "r[\"status\"] == 200 and b[\"incident\"][\"location\"][\"city\"] == \"$1\""; }
# city200_is CITY N: for wait_for.
city200_is() { [ "$(city200 "$1")" = "$2" ]; }

# webhook_section NAME [extra lines]
webhook_section() {
	printf '\n[output "%s"]\ntype = webhook\nurl = %s\nsecret_file = %s\ntimeout = %s\nmax_age = %s\n' \
	    "$1" "$HOOK_URL" "$SECRET_FILE" "${FW_HOOK_TIMEOUT:-3s}" "${FW_MAX_AGE:-1h}"
	[ $# -gt 1 ] && printf '%s\n' "$2"
	return 0
}

# The rule most tests use: every attack with a death, to the output ops.
killings_rule() {
	printf '\n[rule "killings"]\nwhen = incident and killed >= 1\noutputs = ops\n'
}

syslog_section() {
	printf '\n[output "local"]\ntype = syslog\naddress = unix:%s\n' "$SYSLOG_SOCK"
}

syslog_lines() { grep -c "${1:-.}" "$SYSLOG_LOG"; }
