#!/bin/bash
# feedwatchd --check-config on broken configs prints each problem as
# FILE:LINE:COLUMN and exits 1; a good config exits 0.
. "$top_srcdir/tests/lib.sh"
[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"

cd "$TMPD" || exit 1
mkdir -p rules.d
# expect FILE WANT...: --check-config exits 1 and prints each WANT line.
expect() {
	local f=$1 out rc w; shift
	out=$("$FEEDWATCHD" --check-config -c "$f" 2>&1)
	rc=$?
	is "$rc" 1 "$f is refused"
	for w in "$@"; do
		printf '%s\n' "$out" | grep -qF -- "$w"
		ok $? "$f: $w"
	done
}

printf '[daemon]\nstate = %s/s.db\n\n[feed "a"]\nurl = http://127.0.0.1/a\nintervall = 5m\n' "$TMPD" >key.conf
expect key.conf "key.conf:6:1: unknown key 'intervall'"

printf '[rule "r"]\nwhen = incident and\n\n[rule "q"]\nwhen = killed > "ten"\noutputs = nowhere\n' >rule.conf
expect rule.conf "rule.conf:2:20:" "rule.conf:5:17:" "rule.conf:6:11: unknown output 'nowhere'"

printf 'include = rules.d/*.conf\n' >inc.conf
printf '# rules\n\n[rule "x"]\nwhen = country ~ "("\n' >rules.d/bad.conf
expect inc.conf "rules.d/bad.conf:4:20: invalid regex"

printf '[output "o"]\ntype = webhook\nformat = json\n' >hook.conf
expect hook.conf "hook.conf:1:1:"

printf '[output "o"]\ntype = webhook\nurl = http://127.0.0.1/h\nsecret_file = missing.secret\n' >secret.conf
expect secret.conf "secret.conf:4:"

printf '[rule "r"]\nwhen = incident\nseverity = catastrophic\n' >sev.conf
expect sev.conf "sev.conf:3:"

rm rules.d/bad.conf
printf '[daemon]\nstate = %s/s.db\n[rule "r"]\nwhen = incident and killed >= 1\n' "$TMPD" >good.conf
out=$("$FEEDWATCHD" --check-config -c good.conf 2>&1)
is "$?" 0 "a good config passes"
printf '%s\n' "$out" | grep -q "ok"
ok $? "and says so"
done_testing
