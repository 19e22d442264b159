#!/bin/bash
# Bodies: gzip is decoded and parsed, relative links resolved against the
# document URL, the HTTP charset is honoured, oversized bodies (counted
# after decompression) are aborted with a log line, file:// works when the
# config names it.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

cp "$FIXTURES/atom-two.xml" "$WWW/two.xml"
cp "$FIXTURES/rss-latin1.xml" "$WWW/latin1.xml"
cp "$FIXTURES/rss-three.xml" "$WWW/local.xml"
start_httpd
routes '{
 "/gz.xml": {"file": "two.xml", "gzip": true, "content_type": "application/atom+xml"},
 "/latin1.xml": {"content_type": "application/rss+xml; charset=iso-8859-1"},
 "/big.xml": {"generate": {"items": 600, "pad": 200}},
 "/bigz.xml": {"generate": {"items": 600, "pad": 200}, "gzip": true}
}'
FW_MAX_BODY=64k
{
	daemon_section
	feed_section gz /gz.xml
	feed_section latin1 /latin1.xml
	feed_section big /big.xml
	feed_section bigz /bigz.xml
	feed_section local "file://$WWW/local.xml"
	feed_section capped /local.xml "max_items = 2"
} >"$CONF"
start_daemon --once
WAIT=15 wait_for sh -c "! kill -0 $DPID"
wait "$DPID"
is "$?" 0 "--once polls every feed and exits 0"

grep -q "new item: feed=\"gz\" title=\"Atom alpha\" link=\"$BASE/alpha\"" "$DLOG"
ok $? "a gzip body is decoded and parsed, its relative link resolved"
is "$(log_count 'new item: feed="gz"')" 2 "both of its entries are reported"
case $(req_field /gz.xml 1 'r["headers"].get("Accept-Encoding", "")') in
*gzip*) ok 0 "gzip was asked for" ;; *) ok 1 "gzip was asked for" ;; esac

grep -q 'new item: feed="latin1" title="Café crème"' "$DLOG"
ok $? "the charset of the Content-Type is honoured"

grep -q "big.xml\": body larger than 65536 bytes, transfer aborted" "$DLOG"
ok $? "an oversized body is aborted with a log line"
grep -q "bigz.xml\": body larger than 65536 bytes, transfer aborted" "$DLOG"
ok $? "a gzip body is capped after decompression"
csize=$("$PYTHON3" -B -c "import gzip,sys; sys.path.insert(0, '$top_srcdir/tests'); import httpd; print(len(gzip.compress(httpd.generated_rss(600, 200))))")
"$PYTHON3" -c "import sys; sys.exit(not $csize < 65536)"; ok $? "though it was $csize bytes compressed"
row=$(sql "SELECT polled_ok, errors, last_error LIKE 'body larger than%' FROM feeds WHERE name = 'big'")
is "$row" "0|1|1" "the state store records the oversized body as an error"
is "$(sql "SELECT count(*) FROM items WHERE feed IN ($(key big), $(key bigz))")" \
   "$(grep -c 'new item: feed="big' "$DLOG")" "items read before the cut are recorded as reported"

is "$(log_count 'new item: feed="local"')" 3 "a file:// feed named in the config is read"
is "$(sql "SELECT last_status FROM feeds WHERE name = 'local'")" 200 "and recorded as 200"
is "$(log_count 'new item: feed="capped"')" 2 "max_items = 2: two items of three are read"
is "$(sql "SELECT polled_ok, errors FROM feeds WHERE name = 'capped'")" "1|0" "and the poll still counts as good"
done_testing
