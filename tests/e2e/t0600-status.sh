#!/bin/bash
# feedwatch status: reads a state store (made through the state API by
# test_state_fixture) read-only, alone (--state) or merged with the feeds
# of a config (-c), as a table or as one JSON object.
. "$top_srcdir/tests/lib.sh"

FIXTURE=$top_builddir/tests/unit/test_state_fixture
[ -x "$FEEDWATCH" ] || skip_all "feedwatch not built"
[ -x "$FIXTURE" ] || skip_all "test_state_fixture not built"

DB=$TMPD/state.db
now=$(date +%s)
"$FIXTURE" "$DB" "$now"
ok $? "fixture store written"

out=$("$FEEDWATCH" status --state "$DB")
ok $? "status --state exits 0"
line() { printf '%s\n' "$out" | grep "^$1 "; }

is "$(printf '%s\n' "$out" | head -n1 | tr -s ' ')" \
	"FEED LAST POLL HTTP ITEMS ERRORS NEXT POLL LAST ERROR" "header"
is "$(printf '%s\n' "$out" | sed -n '2,5p' | cut -d' ' -f1 | tr '\n' ' ')" \
	"alpha flaky gone removed-feed " "feeds sorted by name"
expect_last=$(date -d "@$((now - 120))" '+%Y-%m-%d %H:%M:%S')
case "$(line alpha)" in
*"$expect_last"*) ok 0 "last poll in local time" ;;
*) ok 1 "last poll in local time"; diag "$(line alpha)" ;;
esac
is "$(line alpha | awk '{print $4, $5, $6, $7, $8}')" "200 20 0 in 4m" \
	"alpha: status, items, errors, next poll"
is "$(line gone | awk '{print $4, $7}')" "410 disabled" "gone: 410 and disabled"
is "$(line gone | sed 's/.*disabled *//')" "HTTP 410 Gone" "gone: last error"
is "$(line flaky | awk '{print $4, $5, $6, $7, $8}')" "err 2 5 overdue 1h00m" \
	"flaky: transport error, overdue"
is "$(line flaky | sed 's/.*overdue 1h00m *//')" "Connection refused?(injected)" \
	"control characters in the last error are not printed raw"
is "$(line removed-feed | awk '{print $4, $7, $8}')" "304 in 2d03h" \
	"next poll two days away"
is "$(printf '%s\n' "$out" | tail -n1)" \
	"4 feeds, 3 items seen; 0 incidents, 2 alerts; deliveries: 1 pending, 1 failed" \
	"totals"

# --json: one object whose fields a script can rely on.
"$FEEDWATCH" status --state "$DB" --json >"$TMPD/status.json"
ok $? "status --json exits 0"
is "$(wc -l <"$TMPD/status.json")" 1 "one JSON line"
json=$("$PYTHON3" - "$TMPD/status.json" "$now" <<'EOF'
import json, sys, time
d = json.load(open(sys.argv[1]))
now = int(sys.argv[2])
f = {x["name"]: x for x in d["feeds"]}
a, g, fl = f["alpha"], f["gone"], f["flaky"]
ts = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))
checks = [
    d["totals"] == {"feeds": 4, "items": 3, "incidents": 0, "alerts": 2,
                    "pending": 1, "failed": 1},
    d["store"] is True,
    a["last_poll"] == ts(now - 120),
    a["last_status"] == 200 and a["items"] == 20 and a["errors"] == 0,
    abs(a["next_poll_in"] - 270) <= 5 and a["next_poll"] == ts(now + 270),
    a["disabled"] is False and a["last_error"] is None,
    a["url"] == "http://127.0.0.1:1/alpha.xml",
    g["disabled"] is True and g["next_poll_in"] is None,
    fl["last_status"] == -1 and fl["last_error"] == "Connection refused\n(injected)",
    fl["next_poll_in"] == 0 and fl["consecutive_errors"] == 1,
]
print(" ".join("1" if c else "0" for c in checks))
EOF
)
is "$json" "1 1 1 1 1 1 1 1 1 1" "JSON fields"

# With a config: its feeds never polled show as "never"; store feeds it no
# longer names show as removed.
cat >"$TMPD/feedwatch.conf" <<EOF
[daemon]
state = $DB

[feed "alpha"]
url = http://127.0.0.1:1/alpha.xml

[feed "gone"]
url = http://127.0.0.1:1/gone.xml

[feed "flaky"]
url = http://127.0.0.1:1/flaky.xml
enabled = false

[feed "fresh"]
url = http://127.0.0.1:1/fresh.xml

[feed "idle"]
url = http://127.0.0.1:1/idle.xml
enabled = no
EOF
out=$("$FEEDWATCH" status -c "$TMPD/feedwatch.conf")
ok $? "status -c exits 0"
is "$(line fresh | awk '{print $2, $3, $4, $5, $6}')" "never - 0 0 now" \
	"a configured feed never polled"
is "$(line removed-feed | awk '{print $7}')" "removed" \
	"a stored feed the config dropped"
is "$(line alpha | awk '{print $4, $7, $8}')" "200 in 4m" "stored feed in the config"
# A feed the config turns off is not polled: not "overdue" (flaky's stored
# next poll is an hour past), never "now".
is "$(line flaky | awk '{print $4, $7, $8}')" "err off (config)" \
	"a stored feed the config turns off"
is "$(line idle | awk '{print $2, $6, $7}')" "never off (config)" \
	"a feed turned off before its first poll"
is "$(printf '%s\n' "$out" | tail -n1 | cut -d';' -f1)" "6 feeds, 3 items seen" \
	"totals count the config's feeds too"
"$FEEDWATCH" status -c "$TMPD/feedwatch.conf" --json >"$TMPD/c.json"
is "$("$PYTHON3" -c '
import json, sys
d = json.load(open(sys.argv[1]))
f = {x["name"]: x for x in d["feeds"]}
print(f["fresh"]["last_poll"], f["fresh"]["in_config"], f["removed-feed"]["in_config"],
      f["alpha"]["in_config"])' "$TMPD/c.json")" "None True False True" \
	"JSON: in_config and never-polled feeds"
is "$("$PYTHON3" -c '
import json, sys
f = {x["name"]: x for x in json.load(open(sys.argv[1]))["feeds"]}
print(*[(n, f[n]["enabled"], f[n]["next_poll_in"] is None, f[n]["disabled"])
        for n in ("flaky", "idle", "alpha", "fresh", "gone", "removed-feed")])' "$TMPD/c.json")" \
	"('flaky', False, True, False) ('idle', False, True, False) ('alpha', True, False, False) ('fresh', True, False, False) ('gone', True, True, True) ('removed-feed', True, True, False)" \
	"JSON: enabled, and no next poll for a feed turned off"

# A config whose store the daemon has not created yet: every feed "never".
sed "s|^state = .*|state = $TMPD/not-yet.db|" "$TMPD/feedwatch.conf" >"$TMPD/new.conf"
out=$("$FEEDWATCH" status -c "$TMPD/new.conf")
ok $? "status before the daemon ever ran exits 0"
is "$(printf '%s\n' "$out" | grep -c ' never ')" 5 "all five feeds never polled"
check "status did not create the store" test ! -e "$TMPD/not-yet.db"
printf '%s\n' "$out" | grep -qF "no state store yet at $TMPD/not-yet.db: the daemon has not run with this path (a new path takes a restart)"
ok $? "says which store it looked for"
# --state overrides the config's store.
out=$("$FEEDWATCH" status -c "$TMPD/new.conf" --state "$DB")
is "$(line alpha | awk '{print $4}')" 200 "--state overrides the config's path"

# Read-only: a writer holding an open write transaction does not block
# status, which sees the last committed data.
"$PYTHON3" - "$DB" "$TMPD/locked" <<'EOF' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE feeds SET items = 999 WHERE name = 'alpha'")
open(sys.argv[2], "w").close()
time.sleep(4)
db.execute("ROLLBACK")
EOF
writer=$!
on_exit "kill $writer"
wait_for test -e "$TMPD/locked"
start=$(date +%s%N)
out=$(timeout 3 "$FEEDWATCH" status --state "$DB")
rc=$?
ms=$((($(date +%s%N) - start) / 1000000))
ok $rc "status while the daemon holds a write transaction"
ok $((ms > 1000)) "status did not wait for the writer (${ms} ms)"
is "$(line alpha | awk '{print $5}')" 20 "status sees committed data only"
wait $writer
check "the store is unchanged on disk" test "$("$FEEDWATCH" status --state "$DB" | grep '^alpha ' | awk '{print $5}')" = 20

# Errors: exit codes of DESIGN.md.
"$FEEDWATCH" status --state "$TMPD/missing.db" >/dev/null 2>"$TMPD/err"
is $? 3 "a missing store is a runtime failure"
check "says so" grep -q "no state store at $TMPD/missing.db" "$TMPD/err"
check "missing store not created" test ! -e "$TMPD/missing.db"
: >"$TMPD/empty.db"
"$FEEDWATCH" status --state "$TMPD/empty.db" >/dev/null 2>"$TMPD/err"
is $? 3 "a file that is not a store"
check "says why" grep -q "not a feedwatch state store" "$TMPD/err"
# A store the user cannot read (the unit's, under /var/lib/private):
# said so, with the way out.  Root reads everything, so root runs this
# one as nobody.
mkdir "$TMPD/private"
cp "$DB" "$TMPD/private/state.db"
chmod 000 "$TMPD/private"
as_user=
[ "$(id -u)" -eq 0 ] && as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
if { [ -z "$as_user" ] || command -v setpriv >/dev/null; } &&
    $as_user "$FEEDWATCH" --version >/dev/null 2>&1; then
	$as_user "$FEEDWATCH" status --state "$TMPD/private/state.db" \
	    >/dev/null 2>"$TMPD/err"
	is $? 3 "an unreadable store is a runtime failure"
	check "says it cannot be read, and to use sudo" grep -q \
	    "cannot read the state store $TMPD/private/state.db: Permission denied (.*sudo)" "$TMPD/err"
else
	ok 0 "# SKIP feedwatch cannot run as another user here"
	ok 0 "# SKIP feedwatch cannot run as another user here"
fi
chmod 700 "$TMPD/private"

printf '[daemon]\nbogus_key = 1\n' >"$TMPD/bad.conf"
"$FEEDWATCH" status -c "$TMPD/bad.conf" >/dev/null 2>"$TMPD/err"
is $? 1 "a bad config exits 1"
check "the error names the file and line" grep -q "bad.conf:2" "$TMPD/err"
"$FEEDWATCH" status --bogus >/dev/null 2>&1
is $? 2 "unknown option is a usage error"
"$FEEDWATCH" status --state "$DB" extra >/dev/null 2>&1
is $? 2 "stray argument is a usage error"

done_testing
