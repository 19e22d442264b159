#!/bin/bash
# feedwatch's command line: `feedwatch --help` and `feedwatch CMD --help`
# agree, print on stdout and exit 0; a usage error prints on stderr and
# exits 2.
. "$top_srcdir/tests/lib.sh"

out=$("$FEEDWATCH" --help); rc=$?
is "$rc" 0 "feedwatch --help exits 0"

for cmd in extract import-opml parse status test; do
	line=$(printf '%s\n' "$out" | sed -n "s/^  feedwatch \\($cmd .*\\)/\\1/p")
	[ -n "$line" ]; ok $? "feedwatch --help lists $cmd"
	for opt in --help -h; do
		got=$("$FEEDWATCH" "$cmd" "$opt" 2>"$TMPD/err"); rc=$?
		is "$rc" 0 "feedwatch $cmd $opt exits 0"
		is "$got" "usage: feedwatch $line" \
		    "feedwatch $cmd $opt prints the line of feedwatch --help on stdout"
		[ ! -s "$TMPD/err" ]; ok $? "feedwatch $cmd $opt writes nothing on stderr"
	done
	"$FEEDWATCH" "$cmd" --no-such-option >"$TMPD/out" 2>"$TMPD/err"
	is "$?" 2 "feedwatch $cmd --no-such-option is a usage error (2)"
	grep -q "^usage: feedwatch $cmd " "$TMPD/err"; ok $? "with the usage line on stderr"
	[ ! -s "$TMPD/out" ]; ok $? "and nothing on stdout"
done

# Every option a subcommand's usage line names is one it accepts.
for cmd in extract parse status test; do
	line=$("$FEEDWATCH" "$cmd" --help)
	for opt in $(printf '%s\n' "$line" | grep -o -- '--[a-z-]*'); do
		"$FEEDWATCH" "$cmd" "$opt" 2>&1 | grep -q "unrecognized option\|invalid option"
		ok $((! $?)) "feedwatch $cmd accepts $opt"
	done
done

done_testing
