#!/bin/bash
# feedwatchd's command line: --help, --version, usage errors, --check-config.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"

out=$("$FEEDWATCHD" --help 2>&1); rc=$?
is "$rc" 0 "--help exits 0"
case $out in *--check-config*--once*) ok 0 "--help lists the options" ;; *) ok 1 "--help lists the options" ;; esac

out=$("$FEEDWATCHD" --version); rc=$?
is "$rc" 0 "--version exits 0"
case $out in "feedwatchd "[0-9]*) ok 0 "--version prints the version" ;; *) ok 1 "--version prints the version: $out" ;; esac

"$FEEDWATCHD" --no-such-option >/dev/null 2>&1
is "$?" 2 "an unknown option is a usage error (2)"
"$FEEDWATCHD" extra-argument >/dev/null 2>"$TMPD/err"
is "$?" 2 "a stray argument is a usage error (2)"
grep -q "unexpected argument 'extra-argument'" "$TMPD/err"; ok $? "which names the argument"
"$FEEDWATCHD" --force >/dev/null 2>"$TMPD/err"
is "$?" 2 "--force without --once is a usage error (2)"
grep -q -- "--force needs --once" "$TMPD/err"; ok $? "which says so"

BASE=http://127.0.0.1:9
{ daemon_section; feed_section a /a.xml; } >"$CONF"
out=$("$FEEDWATCHD" --check-config -c "$CONF" 2>&1); rc=$?
is "$rc" 0 "--check-config on a good config exits 0"
case $out in *"$CONF"*ok*) ok 0 "and says it is ok" ;; *) ok 1 "and says it is ok: $out" ;; esac

cat >"$TMPD/bad.conf" <<END
[daemon]
state = $STATE
no_such_key = 1
interval = soon

[feed "x"]
url = gopher://example.org/feed
END
out=$("$FEEDWATCHD" -n -c "$TMPD/bad.conf" 2>&1); rc=$?
is "$rc" 1 "--check-config on a broken config exits 1"
echo "$out" | grep -q "^$TMPD/bad.conf:3:[0-9]*: "; ok $? "the unknown key is reported as FILE:3:COLUMN"
echo "$out" | grep -q "^$TMPD/bad.conf:4:[0-9]*: "; ok $? "the bad duration is reported as FILE:4:COLUMN"
echo "$out" | grep -q "^$TMPD/bad.conf:7:[0-9]*: "; ok $? "the bad URL scheme is reported as FILE:7:COLUMN"
[ "$(echo "$out" | grep -c "^$TMPD/bad.conf:")" -ge 3 ]; ok $? "every error is printed, not only the first"
[ -e "$STATE" ]; ok $((!$?)) "--check-config creates no state store"

"$FEEDWATCHD" -f -c "$TMPD/bad.conf" --once >"$TMPD/run.out" 2>&1
is "$?" 1 "starting with a broken config exits 1"
grep -q "bad.conf:3:" "$TMPD/run.out"; ok $? "and logs the errors"

"$FEEDWATCHD" -f -c "$TMPD/does-not-exist.conf" --once >/dev/null 2>&1
is "$?" 1 "a missing config file exits 1"

done_testing
