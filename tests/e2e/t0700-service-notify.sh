#!/bin/bash
# feedwatchd run the way systemd runs feedwatch.service: the unit's
# ExecStart arguments, $NOTIFY_SOCKET on a datagram socket read here,
# $WATCHDOG_USEC and $WATCHDOG_PID set.  Checks what systemd relies on:
# READY=1 from the main process, WATCHDOG=1 pings at half the interval,
# RELOADING=1 then READY=1 on SIGHUP, STOPPING=1 and a clean exit on
# SIGTERM.
. "$top_srcdir/tests/lib.sh"

UNIT_IN=$top_srcdir/systemd/feedwatch.service.in
LOG=$TMPD/notify.log
SOCK=$TMPD/notify

[ -x "$FEEDWATCHD" ] || skip_all "feedwatchd not built"

# The unit's ExecStart, with feedwatchd taken from the build tree.
exec_start=$(sed -n 's/^ExecStart=//p' "$UNIT_IN")
set -- $exec_start
is "$1" "@sbindir@/feedwatchd" "unit starts @sbindir@/feedwatchd"
shift
unit_args=("$@")
diag "ExecStart arguments: ${unit_args[*]}"

mkdir -p "$TMPD/feeds"
cat >"$TMPD/feeds/local.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>local</title>
<link>http://localhost/</link><description>t0700</description>
<item><title>Market opens</title><guid>t0700-1</guid>
<description>Nothing happened.</description></item>
</channel></rss>
EOF
cat >"$TMPD/feedwatch.conf" <<EOF
[daemon]
state = $TMPD/state.db
interval = 10m

[feed "local"]
url = file://$TMPD/feeds/local.xml
EOF

# ExecReload runs --check-config before the signal.
"$FEEDWATCHD" --check-config -c "$TMPD/feedwatch.conf" >"$TMPD/check.out" 2>&1
ok $? "--check-config accepts the test config (ExecReload's first step)"

# The service manager's end of the socket: one line per datagram with
# the time and the sender's pid (SO_PASSCRED), as systemd sees them.
"$PYTHON3" - "$SOCK" "$LOG" <<'EOF' &
import socket, struct, sys, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
s.bind(sys.argv[1])
out = open(sys.argv[2], "a", buffering=1)
while True:
    msg, anc, _, _ = s.recvmsg(4096, socket.CMSG_SPACE(12))
    pid = 0
    for level, kind, data in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
            pid = struct.unpack("iII", data[:12])[0]
    text = msg.decode("utf-8", "replace").replace("\n", " ")
    out.write("%.3f %d %s\n" % (time.monotonic(), pid, text))
EOF
listener=$!
on_exit "kill $listener"
WAIT=5 wait_for test -S "$SOCK"
ok $? "notify socket is listening"

# WATCHDOG_PID is the pid that execs feedwatchd, as systemd sets it.
env -u JOURNAL_STREAM NOTIFY_SOCKET="$SOCK" WATCHDOG_USEC=2000000 \
	sh -c 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$@"' sh \
	"$FEEDWATCHD" "${unit_args[@]}" -c "$TMPD/feedwatch.conf" \
	>"$TMPD/daemon.out" 2>&1 &
daemon=$!
on_exit "kill -9 $daemon"

msgs() { awk -v pat="$1" '{ $1 = ""; $2 = ""; sub(/^  /, "") } $0 ~ pat' "$LOG"; }
count() { msgs "$1" | wc -l; }
has() { [ "$(count "$1")" -ge "$2" ]; }
# Wait up to SECONDS for N messages matching PATTERN; give up early once
# the daemon is gone.
wait_msg() {	# wait_msg PATTERN N SECONDS
	local i=0
	while ! has "$1" "$2"; do
		if ! kill -0 $daemon 2>/dev/null; then
			sleep 0.2
			has "$1" "$2"
			return
		fi
		i=$((i + 1))
		[ $i -gt $(($3 * 10)) ] && return 1
		sleep 0.1
	done
}

wait_msg '^READY=1$' 1 15
ok $? "READY=1 after start"
kill -0 $daemon 2>/dev/null
ok $? "daemon still running after READY=1"
pids=$(awk '{ print $2 }' "$LOG" | sort -u)
is "$pids" "$daemon" "every message comes from the main process (NotifyAccess=main)"

# WATCHDOG_USEC=2s: a ping each second.  Watch for 3.5 seconds.
sleep 3.5
n=$(count '^WATCHDOG=1$')
[ "$n" -ge 3 ] && [ "$n" -le 6 ]
ok $? "WATCHDOG=1 about once a second ($n pings in 3.5s)"
gap=$(awk '$3 == "WATCHDOG=1" { if (t) { d = $1 - t; if (d > m) m = d } t = $1 }
	END { printf "%.2f", m }' "$LOG")
awk -v g="$gap" 'BEGIN { exit !(g > 0 && g <= 1.5) }'
ok $? "no gap between pings over 1.5s (longest ${gap}s)"

before=$(wc -l <"$LOG")
kill -HUP $daemon 2>/dev/null
wait_msg '^RELOADING=1 MONOTONIC_USEC=[0-9]+$' 1 10
ok $? "RELOADING=1 with MONOTONIC_USEC= on SIGHUP"
wait_msg '^READY=1$' 2 10
ok $? "READY=1 again after the reload"
after=$(tail -n +$((before + 1)) "$LOG" | awk '$3 != "WATCHDOG=1" { print $3 }' |
	grep -v '^STATUS=' | tr '\n' ' ')
is "$after" "RELOADING=1 READY=1 " "reload sends RELOADING=1 before READY=1"
kill -0 $daemon 2>/dev/null
ok $? "daemon still running after the reload"

# A refused reload must still end with READY=1, or systemd would wait in
# "reloading" until its timeout and then kill the service.
cp "$TMPD/feedwatch.conf" "$TMPD/feedwatch.conf.good"
printf '[feed "broken"\n' >>"$TMPD/feedwatch.conf"
"$FEEDWATCHD" --check-config -c "$TMPD/feedwatch.conf" >/dev/null 2>&1
is "$?" 1 "--check-config refuses a broken config (ExecReload fails)"
kill -HUP $daemon 2>/dev/null
wait_msg '^RELOADING=1 ' 2 10
ok $? "RELOADING=1 on SIGHUP with a broken config"
wait_msg '^READY=1$' 3 10
ok $? "READY=1 after the refused reload"
kill -0 $daemon 2>/dev/null
ok $? "daemon still running after the refused reload"
cp "$TMPD/feedwatch.conf.good" "$TMPD/feedwatch.conf"

kill -TERM $daemon 2>/dev/null
wait_msg '^STOPPING=1$' 1 15
ok $? "STOPPING=1 on SIGTERM"
WAIT=30 wait_for sh -c "! kill -0 $daemon 2>/dev/null"
ok $? "daemon exits after SIGTERM"
wait $daemon
is "$?" 0 "exit status 0 after SIGTERM"
last=$(awk '$3 != "WATCHDOG=1" && $3 !~ /^STATUS=/ { l = $3 } END { print l }' "$LOG")
is "$last" "STOPPING=1" "STOPPING=1 is the last state sent"

if [ "$_tap_failed" -ne 0 ]; then
	diag "notify log:"; sed 's/^/#   /' "$LOG"
	diag "daemon output:"; tail -n 20 "$TMPD/daemon.out" | sed 's/^/#   /'
fi
done_testing
