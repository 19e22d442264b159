#!/bin/bash
# `feedwatch parse` on the hostile documents, from files and from the
# server (the streamed ones: gzip bombs, bad gzip, endless body and
# headers, a million items, and the redirects): it exits 0 or 1 within a
# timeout, never crashes, stays within bounded memory, prints only valid
# JSON lines and nothing that an entity would have pulled in.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

[ -x /usr/bin/time ] || skip_all "/usr/bin/time not installed"
start_hostile
marker=$(passwd_marker)
LIMIT=${FW_PARSE_TIMEOUT:-60}

# json_lines FILE: every line is a JSON object (so valid UTF-8 too).
json_lines() {
	"$PYTHON3" - "$1" <<'EOF'
import json, sys
for line in open(sys.argv[1], "rb"):
    json.loads(line.decode("utf-8"))
EOF
}

# run_parse NAME SOURCE: parse SOURCE with a timeout, check how it ended.
run_parse() {
	local name=$1 src=$2 out=$TMPD/$1.out err=$TMPD/$1.err rc kb
	/usr/bin/time -o "$TMPD/$name.time" -f "%M" \
	    timeout -s KILL "$LIMIT" "$FEEDWATCH" parse "$src" >"$out" 2>"$err"
	rc=$?
	kb=$(tail -1 "$TMPD/$name.time")
	[ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]
	ok $? "$name: exits 0 or 1 within ${LIMIT}s (rc=$rc, $(wc -l <"$out") lines, ${kb} kB)"
	[ "$rc" -eq 1 ] && diag "$name: $(head -c 200 "$err")"
	[ -n "$kb" ] && [ "$kb" -lt "$MEM_LIMIT_KB" ]
	ok $? "$name: peak memory ${kb} kB is under $MEM_LIMIT_KB kB"
	json_lines "$out"; ok $? "$name: prints only JSON lines"
	! grep -aqF -e "$marker" -e LEAKED-BY-ENTITY -e lollollol -e xxxxxxxxxx "$out" "$err"
	ok $? "$name: no entity was expanded or fetched"
	sanitizer_clean "$err"; ok $? "$name: no sanitizer report"
}

for f in "$DOCS"/*; do
	run_parse "file-$(basename "$f")" "$f"
done
for p in gzip-bomb.xml gzip-bomb2.xml bad-gzip.xml endless.xml million.xml endless-headers.xml \
    endless-100.xml redirect-file.xml \
    redirect-to/gopher redirect-to/ftp redirect-loop.xml loop-a.xml; do
	run_parse "url-${p//\//-}" "$BASE/$p"
done

is "$(reqs_prefix /leak)" 0 "the parser never requested the network entity, DTD or XInclude"
is "$(reqs canary)" 0 "no redirect reached the other schemes' port"
grep -q '"id":"deep-1"' "$TMPD/file-deep.xml.out"
ok $? "the item before the deep nesting is printed"
grep -q '"bozo":"[^"]' "$TMPD/file-deep.xml.out"
ok $? "and the feed is flagged bozo"
is "$(grep -c '"item"' "$TMPD/url-million.xml.out")" 10000 \
    "10^6 items: the default cap of 10,000 is printed"
grep -q 'larger than' "$TMPD/url-gzip-bomb.xml.err"
ok $? "the gzip bomb is cut at the body cap after decompression"
done_testing
