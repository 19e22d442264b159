#!/bin/bash
# Disk full while a feed with an ETag changes: the poll that brought the
# new items could not be stored, so its validators must not be used either.
# Sent on the next poll, they would get a 304 and the items that never
# reached the store would be lost for good.  The feed's counters must not
# count the items of the lost transaction either.  A feed that answers
# 410 Gone while the disk is full is not lost either: the store does not
# say it is disabled, so it must stay on the schedule until that is
# recorded.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

small_state_fs 2m

# feed N: an RSS document with items v-1 .. v-N.
feed() {
	local i
	printf '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
	printf '<title>v</title><link>http://example.org/</link><description>v</description>\n'
	for ((i = 1; i <= $1; i++)); do
		printf '<item><title>v item %d</title><link>http://example.org/v/%d</link><guid>v-%d</guid></item>\n' \
		    "$i" "$i" "$i"
	done
	printf '</channel></rss>\n'
}
feed 3 >"$WWW/v.xml"
feed 1 >"$WWW/g.xml"
start_httpd
{ daemon_section; feed_section v /v.xml; feed_section g /g.xml; } >"$CONF"
start_daemon
WAIT=15 wait_for sql_is "SELECT items || '|' || last_status FROM feeds WHERE name = 'v'" "3|304"
ok $? "three items recorded, then 304 with the stored ETag"
WAIT=15 wait_for sql_is "SELECT last_status FROM feeds WHERE name = 'g'" 304
ok $? "feed g polled"
old_etag=$(sql "SELECT etag FROM feeds WHERE name = 'v'")

dd if=/dev/zero of="$MNT/fill" bs=4k >/dev/null 2>&1
sleep 1.5
feed 6 >"$WWW/v.xml.new" && mv "$WWW/v.xml.new" "$WWW/v.xml"
n=$(wc -l <"$REQLOG")
routes '{"/g.xml": {"status": 410}}'
WAIT=30 wait_for grep -q "database or disk is full" "$DLOG"
ok $? "the failed write is logged (SQLITE_FULL)"
gone_seen() { grep '"path": "/g.xml"' "$REQLOG" | grep -q '"status": 410'; }
WAIT=15 wait_for gone_seen
ok $? "feed g answers 410 while the disk is full"
# Let a few polls pass on the full disk.
polls_since() { [ "$(wc -l <"$REQLOG")" -ge $(($1 + $2)) ]; }
WAIT=15 wait_for polls_since "$n" 4
ok $? "the feed is polled while the disk is full"
after=$("$PYTHON3" - "$REQLOG" "$n" <<'END'
import json, sys
rs = [json.loads(l) for l in open(sys.argv[1])][int(sys.argv[2]):]
print(" ".join(str(r["status"]) for r in rs if r["path"] == "/v.xml"))
END
)
case " $after " in
*" 304 "*) ok 1 "no 304 while the new items are not stored (statuses: $after)" ;;
*) ok 0 "no 304 while the new items are not stored (statuses: $after)" ;;
esac
inm=$(req_field /v.xml "$(reqs /v.xml)" 'r["headers"].get("If-None-Match")')
is "$inm" "$old_etag" "the ETag sent is still the stored one"

rm -f "$MNT/fill"
WAIT=20 wait_for sql_is "SELECT count(*) FROM items WHERE feed = $(key v)" 6
ok $? "once space is back the new items are recorded"
for i in 4 5 6; do
	is "$(log_count "new item: feed=\"v\" title=\"v item $i\"")" 1 "v item $i is reported once"
done
WAIT=10 wait_for sql_is "SELECT last_status FROM feeds WHERE name = 'v'" 304
ok $? "the feed is back to 304"
WAIT=20 wait_for sql_is "SELECT last_status || '|' || disabled FROM feeds WHERE name = 'g'" "410|1"
ok $? "feed g's 410 is recorded once space is back: disabled"
g410=$(grep '"path": "/g.xml"' "$REQLOG" | grep -c '"status": 410')
sleep 2.5
is "$(grep '"path": "/g.xml"' "$REQLOG" | grep -c '"status": 410')" "$g410" \
	"and feed g is not polled after that"
is "$(sql "SELECT items FROM feeds WHERE name = 'v'")" 6 "its count of items is six, as many as are stored"

stop_daemon
is "$?" 0 "the daemon stops cleanly"
sanitizer_clean "$DLOG"; ok $? "no sanitizer report"
done_testing
