#!/bin/bash
# Hostile feeds (DESIGN.md "Hostile input", "Polling manners"): the daemon
# polls every document of tests/hostile_httpd.py at once, next to a good
# feed that gains an item on every poll.  Each hostile feed ends within
# its cap with a log line and a state row saying why; nothing is expanded,
# fetched or followed that the design forbids; the good feed goes on being
# polled; memory stays bounded; the daemon stops cleanly.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

start_hostile
FW_MAX_BODY=2M FW_STALL=3s FW_MAX_BACKOFF=4s FW_MAX_CONNECTIONS=32 FW_PER_HOST=32
# name path
feeds='good good.xml
xxe-file xxe-file.xml
xxe-net xxe-net.xml
billion-laughs billion-laughs.xml
quadratic quadratic.xml
gzip-bomb gzip-bomb.xml
gzip-bomb2 gzip-bomb2.xml
bad-gzip bad-gzip.xml
endless endless.xml
slowloris slowloris.xml
slow-headers slow-headers.xml
deep-xml deep.xml
deep-text deep-text.xml
deep-json deep.json
bad-utf8 bad-utf8.xml
nul nul.xml
million million.xml
big-title big-title.xml
log-forge log-forge.xml
endless-headers endless-headers.xml
endless-100 endless-100.xml
redirect-loop redirect-loop.xml
loop-ab loop-a.xml
to-file redirect-file.xml
to-gopher redirect-to/gopher
to-ftp redirect-to/ftp
to-dict redirect-to/dict
to-telnet redirect-to/telnet'
{
	daemon_section
	echo "max_items = 1000"
	while read -r name path; do feed_section "$name" "/$path"; done <<<"$feeds"
} >"$CONF"
start_daemon

RUN=${FW_HOSTILE_RUN:-20}
sleep "$RUN"
daemon_alive; ok $? "the daemon is alive after ${RUN}s of hostile feeds"
hwm=$(hwm_kb "$DPID")
diag "VmHWM ${hwm} kB (limit $MEM_LIMIT_KB kB, sanitized=$SANITIZED)"
[ -n "$hwm" ] && [ "$hwm" -lt "$MEM_LIMIT_KB" ]
ok $? "peak memory stays bounded (${hwm} kB)"

# The good feed: polled on its interval throughout, every new item logged.
n=$(reqs /good.xml)
[ "$n" -ge $((RUN / 3)) ]; ok $? "the good feed is polled again and again ($n polls in ${RUN}s)"
k=$((n - 1))
grep -q "new item: feed=\"good\" title=\"good item $k\"" "$DLOG"
ok $? "its new items are logged (item $k of $n)"
is "$(sql "SELECT count(*) >= $k, last_error IS NULL FROM items, feeds WHERE items.feed = $(key good) AND feeds.name = 'good'")" \
    "1|1" "and recorded in the state store"

# state NAME: "last_status|last_error" of a feed.
state() { sql "SELECT last_status || '|' || coalesce(last_error, '') FROM feeds WHERE name = '$1'"; }
# expect_error NAME ERE DESCRIPTION: the state row and a log line name it.
expect_error() {
	local row
	row=$(state "$1")
	printf '%s\n' "$row" | grep -qE "\|.*($2)"
	ok $? "$1: $3 (state: $row)"
	grep -qE "feed $1: .*($2).* in a row" "$DLOG"
	ok $? "$1: the daemon logs why"
}
# expect_read NAME ITEM-ID: the feed was read safely, its item recorded.
expect_read() {
	is "$(sql "SELECT f.last_status, f.last_error IS NULL, count(i.id) FROM feeds f
	    LEFT JOIN items i ON i.feed = $(key "$1") AND i.id = $(key "$2") WHERE f.name = '$1'")" \
	    "200|1|1" "$1: read without harm, item $2 recorded"
	grep -qE "feed $1: HTTP 200, [0-9]+ bytes" "$DLOG"
	ok $? "$1: the daemon logs the poll"
}

# Entities are never expanded nor fetched.
expect_read xxe-file xxe-file-1
expect_read xxe-net xxe-net-1
is "$(reqs_prefix /leak)" 0 "the parser never requested the network entity, DTD or XInclude"
expect_read billion-laughs laughs-1
grep -q "lollollol" "$DLOG"; ok $((!$?)) "billion laughs: nothing was expanded"
expect_read quadratic quadratic-1
grep -q "xxxxxxxxxx" "$DLOG"; ok $((!$?)) "quadratic blowup: nothing was expanded"
[ "$(reqs /billion-laughs.xml)" -ge 3 ] && [ "$(reqs /quadratic.xml)" -ge 3 ]
ok $? "both are polled again on their interval (no time lost expanding)"

# Size caps count decompressed bytes.
expect_error gzip-bomb "body larger than 2097152 bytes" "the gzip bomb is cut at max_body"
expect_error gzip-bomb2 "body larger than 2097152 bytes" "a gzip bomb gzipped twice is cut at max_body"
expect_error bad-gzip "[Uu]nencoding|[Dd]ecod|gzip|deflate" "a body that is not the gzip it claims is refused"
expect_error endless "body larger than 2097152 bytes" "the endless body is cut at max_body"
expect_error endless-headers "[Hh]eader" "endless header lines are cut off"
expect_error endless-100 "[Hh]eader" "endless 100 Continue responses are cut off"
is "$(sql "SELECT count(*) FROM items WHERE feed = $(key million)")" 1000 \
    "10^6 items: exactly max_items (1000) are taken"
[ "$(state million)" != "" ]; ok $? "million: the feed ends with a state row ($(state million))"

# Slow servers are cut off by the stall timeout and tried again.
expect_error slowloris "too slow|[Tt]ime.*out" "a body dripping one byte every 2s is cut off"
expect_error slow-headers "too slow|[Tt]ime.*out" "headers dripping one byte every 2s are cut off"
[ "$(reqs /slowloris.xml)" -ge 2 ]; ok $? "the slow feed is tried again after its backoff"

# Nesting is bounded: the items before the deep part are kept.
expect_read deep-xml deep-1
expect_read deep-text deep-text-1
expect_error deep-json "not a feed|JSON|nest|deep" "nesting 10^5 deep in JSON is refused"

# Bytes that are not text are repaired or dropped before they reach logs.
expect_read bad-utf8 utf8-2
expect_read nul nul-2
clean_text "$DLOG"; ok $? "the daemon's log is valid UTF-8 without NUL bytes"
line=$(grep -a 'new item: feed="big-title"' "$DLOG" | head -1)
[ -n "$line" ] && [ ${#line} -lt 1000 ]; ok $? "a 1 MiB title is logged cut short (${#line} bytes)"
expect_read big-title bigtitle-1
expect_read log-forge forge-1
grep -aq "^feedwatchd: feed good: FORGED" "$DLOG"; ok $((!$?)) "a title cannot forge a log line"

# Redirects: loops end, other schemes are refused and never contacted.
expect_error redirect-loop "[Rr]edirect" "a redirect to itself ends"
expect_error loop-ab "[Rr]edirect" "a two-step 301 loop ends"
is "$(sql "SELECT url FROM feeds WHERE name = 'loop-ab'")" "$BASE/loop-a.xml" \
    "the 301 loop does not move the stored URL"
for s in file gopher ftp dict telnet; do
	expect_error "to-$s" "[Pp]rotocol|scheme|not allowed" "a redirect to $s:// is refused"
done
is "$(reqs canary)" 0 "no redirect reached the other schemes' port"

# Nothing of /etc/passwd anywhere.
marker=$(passwd_marker)
grep -aqF "$marker" "$DLOG"; ok $((!$?)) "no line of /etc/passwd in the log"
sqlite3 "$STATE" .dump | grep -aqF "$marker"; ok $((!$?)) "no line of /etc/passwd in the state store"

stop_daemon
is "$?" 0 "the daemon stops cleanly"
sanitizer_clean "$DLOG"; ok $? "no sanitizer report"
done_testing
