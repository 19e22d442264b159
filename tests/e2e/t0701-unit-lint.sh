#!/bin/bash
# feedwatch.service as systemd itself judges it: `systemd-analyze verify`
# finds nothing to say, and `systemd-analyze security` rates its sandbox
# at 2.0 or better, so a loosened unit fails here rather than in review.
. "$top_srcdir/tests/lib.sh"

command -v systemd-analyze >/dev/null || skip_all "systemd-analyze not installed"
systemd-analyze security --help 2>/dev/null | grep -q -- --offline ||
	skip_all "systemd-analyze has no --offline (systemd < 250)"
[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"

# verify checks that ExecStart= names an executable: point it at the build.
UNIT=$TMPD/feedwatch.service
sed "s|@sbindir@|$top_builddir|g" "$top_srcdir/systemd/feedwatch.service.in" >"$UNIT"

# Documentation= names man pages; let man(1) find ours.
man_opt=--man=no
if command -v man >/dev/null; then
	for page in "$top_srcdir"/man/*.[158]; do
		sec=${page##*.}
		mkdir -p "$TMPD/man/man$sec"
		ln -s "$page" "$TMPD/man/man$sec/"
	done
	man_opt=--man=yes
fi
out=$(MANPATH=$TMPD/man systemd-analyze verify $man_opt "$UNIT" 2>&1)
ok $? "systemd-analyze verify exits 0"
is "$out" "" "systemd-analyze verify has nothing to say"

out=$(systemd-analyze security --offline=yes "$UNIT" 2>&1)
ok $? "systemd-analyze security --offline=yes runs"
score=$(printf '%s\n' "$out" | sed -n 's/.*Overall exposure level for feedwatch.service: \([0-9.]*\).*/\1/p')
diag "exposure level: ${score:-none}"
awk -v s="$score" 'BEGIN { exit !(s != "" && s + 0 <= 2.0) }'
ok $? "exposure level ${score:-?} is 2.0 or lower"
printf '%s\n' "$out" | grep -q '✗ User=/DynamicUser=' 
ok $((! $?)) "does not run as root"

done_testing
