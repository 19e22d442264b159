#!/bin/bash
# feedwatch import-opml: OPML 1.0/2.0 subscription lists to [feed] sections
# (folders and categories as tags, unique slug names, quoted single-line
# values), and hostile or broken lists refused or read as far as they go.
. "$top_srcdir/tests/lib.sh"

[ -x "$FEEDWATCH" ] || skip_all "feedwatch not built"
D=$top_srcdir/tests/data/opml

import() {	# import FILE: output in $TMPD/out, stderr in $TMPD/err, status in $rc
	"$FEEDWATCH" import-opml "$@" >"$TMPD/out" 2>"$TMPD/err"
	rc=$?
}

# Every output line is a comment, a section header, a quoted url, a list of
# quoted tags or empty: nothing from the file can break out of its value.
well_shaped() {
	! grep -Ev '^(# [^[:cntrl:]]*|\[feed "[^"\\[:cntrl:]]+"\]|url = "([^"\\[:cntrl:]]|\\["\\])*"|tags = "[^"\\[:cntrl:]]+"(, "[^"\\[:cntrl:]]+")*|)$' "$1"
}

import "$D/nested.opml"
is "$rc" 0 "nested OPML 2.0: exit 0"
diff -u "$D/nested.expected.conf" "$TMPD/out" >"$TMPD/diff"
ok $? "nested OPML 2.0: folders and categories as tags, duplicates merged, names unique, values quoted"
[ -s "$TMPD/diff" ] && sed 's/^/# /' "$TMPD/diff"
grep -q 'nested.opml:28: skipping outline: xmlUrl "file:///etc/passwd" is not an http(s) URL' "$TMPD/err"
ok $? "a file:// xmlUrl is skipped with FILE:LINE on stderr"
check "output lines are well shaped" well_shaped "$TMPD/out"

"$FEEDWATCH" import-opml - <"$D/nested.opml" >"$TMPD/stdin.out" 2>/dev/null
ok $? "reads standard input as -"
check "same sections from standard input" cmp "$TMPD/stdin.out" "$D/nested.expected.conf"

import "$D/opml1.opml"
is "$rc" 0 "OPML 1.0 in ISO-8859-1: exit 0"
is "$(grep '^\[' "$TMPD/out" | tr '\n' ' ')" \
	'[feed "café-society"] [feed "le-monde-international"] ' \
	"character references decoded; a dash between words is one '-'"
is "$(sed -n 1p "$TMPD/out")" "# Café society" "title comment in UTF-8"

import "$D/latin1.opml"
is "$rc$(sed -n 2p "$TMPD/out")" '0[feed "café-latin-1"]' "raw Latin-1 bytes converted to UTF-8"

import "$D/malformed.opml"
is "$rc" 0 "a bare '&' in a title: recovered, exit 0"
is "$(grep -c '^\[feed' "$TMPD/out")" 2 "both feeds of the malformed list read"
grep -q 'malformed.opml:4:' "$TMPD/err"
ok $? "the XML error is reported with its line"

import "$D/entities.opml"
is "$rc" 1 "entity declarations (billion laughs): exit 1"
grep -q 'entity declarations are not allowed' "$TMPD/err"
ok $? "the refusal says why"
is "$(wc -c <"$TMPD/out")" 0 "nothing printed for a refused list"

import "$D/xxe.opml"
is "$rc" 1 "external entity (XXE): exit 1"
! grep -q 'root:' "$TMPD/out" "$TMPD/err"
ok $? "the external file is never read"

import "$D/not-opml.xml"
is "$rc" 1 "an RSS document is not OPML: exit 1"
grep -q 'not OPML (root element <rss>)' "$TMPD/err"
ok $? "says what it found instead"

import "$D/empty.opml"
is "$rc" 1 "no feeds at all: exit 1"

printf 'not xml at all' >"$TMPD/junk.opml"
import "$TMPD/junk.opml"
is "$rc" 1 "not XML: exit 1"

import "$TMPD/does-not-exist.opml"
is "$rc" 1 "missing file: exit 1"
grep -q 'does-not-exist.opml: No such file' "$TMPD/err"
ok $? "missing file named on stderr"

"$FEEDWATCH" import-opml >/dev/null 2>&1
is "$?" 2 "no FILE: usage, exit 2"
"$FEEDWATCH" import-opml a b >/dev/null 2>&1
is "$?" 2 "two FILEs: usage, exit 2"

# Many feeds with one title, and titles made of what slugs leave out.
{
	echo '<opml version="2.0"><body>'
	for i in $(seq 1 40); do
		echo "<outline text=\"Breaking News\" xmlUrl=\"https://n$i.example.org/rss\"/>"
	done
	echo '<outline text="Breaking News 2" xmlUrl="https://x.example.org/rss"/>'
	echo '<outline text="!!! ???" xmlUrl="https://only-punct.example.org/rss"/>'
	echo '<outline text="&#9;&#10; " xmlUrl="https://[2001:db8::1]:8080/rss"/>'
	echo '<outline text="Новости МИРА: Ελλάδα ΣΉΜΕΡΑ" xmlUrl="https://ru.example.org/rss"/>'
	long=$(printf 'Überlange Schlagzeile %.0s' $(seq 1 20))
	echo "<outline text=\"$long\" xmlUrl=\"https://long.example.org/rss\"/>"
	echo '</body></opml>'
} >"$TMPD/many.opml"
import "$TMPD/many.opml"
is "$rc" 0 "generated list: exit 0"
is "$(grep -c '^\[feed' "$TMPD/out")" 45 "one section per distinct xmlUrl"
is "$(grep '^\[feed' "$TMPD/out" | sort | uniq -d | wc -l)" 0 "section names are unique"
is "$(grep -c '^\[feed "breaking-news-[0-9]*"\]' "$TMPD/out")" 39 "clashes get -2, -3, ..."
grep -q '^\[feed "breaking-news-2-2"\]' "$TMPD/out"
ok $? "a title whose slug is already taken gets a suffix too"
grep -q '^\[feed "only-punct-example-org"\]' "$TMPD/out"
ok $? "a title with no letters falls back to the host"
grep -q '^\[feed "2001-db8-1"\]' "$TMPD/out"
ok $? "a blank title falls back to the host"
name=$(sed -n 's/^\[feed "\(überlange[^"]*\)"\]$/\1/p' "$TMPD/out")
[ -n "$name" ] && [ "$(printf %s "$name" | wc -c)" -le 64 ] &&
	printf %s "$name" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1
ok $? "long names are cut to 64 bytes between characters"
grep -q '^\[feed "новости-мира-ελλάδα-σήμερα"\]$' "$TMPD/out"
ok $? "Cyrillic and Greek capitals lower-cased in names"
check "generated output lines are well shaped" well_shaped "$TMPD/out"

# The output is a config the daemon accepts.
if [ -x "$FEEDWATCHD" ]; then
	for f in "$D/nested.opml" "$TMPD/many.opml"; do
		import "$f"
		{ printf '[daemon]\nstate = %s/state.db\n\n' "$TMPD"; cat "$TMPD/out"; } >"$TMPD/feedwatch.conf"
		"$FEEDWATCHD" --check-config -c "$TMPD/feedwatch.conf" >"$TMPD/check" 2>&1
		rc=$?
		ok $rc "feedwatchd --check-config accepts the sections from $(basename "$f")"
		[ $rc -eq 0 ] || sed 's/^/# /' "$TMPD/check"
	done
fi

done_testing
