#!/bin/bash
# Disk full for the state store (SQLITE_FULL): the state lives on a small
# tmpfs that is then filled up.  The daemon keeps running and polling,
# logs the failed writes, and once space is back records (and reports) the
# items that came out while it could not write, each reported once.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

small_state_fs 2m

start_hostile
{ daemon_section; feed_section good /good.xml; } >"$CONF"
start_daemon
WAIT=15 wait_for sql_is "SELECT count(*) >= 3 FROM items WHERE feed = $(key good)" 1
ok $? "items are recorded while there is space"

dd if=/dev/zero of="$MNT/fill" bs=4k >/dev/null 2>&1
full_from=$(reqs /good.xml)
diag "disk full after poll $full_from: $(df -k "$MNT" | tail -1)"
WAIT=30 wait_for grep -q "database or disk is full" "$DLOG"
ok $? "the failed write is logged (SQLITE_FULL)"
sleep 4
daemon_alive; ok $? "the daemon keeps running on a full disk"
full_to=$(reqs /good.xml)
[ "$full_to" -ge $((full_from + 3)) ]
ok $? "and keeps polling (polls $full_from to $full_to)"
# stored_items N: which of good-1 ... good-N are in the store, as "1 2 ...".
stored_items() {
	"$PYTHON3" - "$STATE" "$1" <<'END'
import os, sqlite3, sys
sys.path.insert(0, os.path.join(os.environ["top_srcdir"], "tests"))
from statekey import key
db = sqlite3.connect(sys.argv[1])
have = {r[0] for r in db.execute("SELECT id FROM items WHERE feed = ?", (key("good"),))}
print(" ".join(str(i) for i in range(1, int(sys.argv[2]) + 1) if key("good-%d" % i) in have))
END
}
have=$(stored_items "$full_to" | awk '{ print $NF }')
[ "${have:-0}" -lt "$full_to" ]
ok $? "items of the full period are not in the store yet (newest stored: good-$have, served: good-$full_to)"

rm -f "$MNT/fill"
WAIT=20 wait_for sql_is "SELECT count(*) FROM items WHERE feed = $(key good) AND id = $(key good-$full_to)" 1
ok $? "once space is back the items of the full period are recorded"
missing=$(comm -13 <(stored_items "$full_to" | tr ' ' '\n' | sort) <(seq 1 "$full_to" | sort) | sed 's/^/good-/' | tr '\n' ' ')
is "$missing" "" "no item is lost (every item up to good-$full_to is stored)"
grep -q "new item: feed=\"good\" title=\"good item $full_to\"" "$DLOG"
ok $? "and reported"
dups=$(grep -o 'new item: feed="good" title="good item [0-9]*"' "$DLOG" | sort | uniq -d | sed 's/.* //; s/"//' | tr '\n' ' ')
[ -z "$dups" ]
ok $? "each item is reported once (again: $dups)"
WAIT=10 wait_for sql_is "SELECT last_status || '|' || (last_error IS NULL) FROM feeds WHERE name = 'good'" "200|1"
ok $? "the feed's row is written again"

stop_daemon
is "$?" 0 "the daemon stops cleanly"
sanitizer_clean "$DLOG"; ok $? "no sanitizer report"
done_testing
