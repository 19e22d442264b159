#!/bin/bash
# A file size limit on the state store (RLIMIT_FSIZE, as set by ulimit -f
# or systemd's LimitFSIZE=): writes past it must fail like a full disk,
# not kill the daemon with SIGXFSZ; once the limit is lifted the items
# that came out meanwhile are recorded.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

command -v prlimit >/dev/null 2>&1 || skip_all "prlimit not installed"

start_hostile
{ daemon_section; feed_section good /good.xml; } >"$CONF"
# 400 KiB: room for the schema and a few polls, then the WAL hits it.
(ulimit -S -f 400; exec "$FEEDWATCHD" -f -v -c "$CONF") >>"$DLOG" 2>&1 &
DPID=$!
on_exit "kill -9 $DPID"
WAIT=15 wait_for sql_is "SELECT count(*) >= 2 FROM items WHERE feed = $(key good)" 1
ok $? "items are recorded under the limit"
WAIT=40 wait_for sh -c "grep -qE 'disk is full|disk I/O error' '$DLOG' || ! kill -0 $DPID"
sleep 2
alive=1; daemon_alive && alive=0
ok $alive "the daemon survives a write past the file size limit"
grep -qE "state .*: .*(disk is full|disk I/O error)" "$DLOG"
ok $? "the failed write is logged"
if [ $alive -eq 0 ]; then
	prlimit --pid "$DPID" --fsize=unlimited
	served=$(reqs /good.xml)
	WAIT=15 wait_for sql_is "SELECT count(*) FROM items WHERE feed = $(key good) AND id = $(key good-$served)" 1
	ok $? "once the limit is lifted the items of the meantime are recorded"
	stop_daemon
	ok $? "the daemon stops cleanly"
else
	wait "$DPID"
	diag "the daemon ended with status $? ($((128 + 25)) is SIGXFSZ)"
	ok 1 "once the limit is lifted the items of the meantime are recorded"
	ok 1 "the daemon stops cleanly"
fi
sanitizer_clean "$DLOG"; ok $? "no sanitizer report"
done_testing
