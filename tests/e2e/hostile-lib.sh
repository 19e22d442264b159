# Helpers for the hostile-input and fault tests: tests/hostile_httpd.py,
# memory and sanitizer checks.  Source after tests/e2e/daemon-lib.sh.
#
# Layout under $TMPD (besides daemon-lib.sh's): hostile.port (HTTP port),
# hostile.aux ("CANARY SILENT CLOSED" ports), docs/ (the finite documents).

DOCS=$TMPD/docs

# Under ASan the shadow memory and the quarantine count in the resident
# set, so the bound on memory is looser there.
if grep -q __asan_init "$FEEDWATCHD" 2>/dev/null; then
	SANITIZED=1
	MEM_LIMIT_KB=${FW_MEM_LIMIT_KB:-307200}
else
	SANITIZED=0
	MEM_LIMIT_KB=${FW_MEM_LIMIT_KB:-102400}
fi
# A small quarantine keeps the peak under ASan near the real one.  It is
# appended (the last setting wins) so options the caller set are kept.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:quarantine_size_mb=32"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

# Start the hostile server; sets PORT, BASE, CANARY_PORT, SILENT_PORT,
# CLOSED_PORT.  Extra arguments go to the server.
start_hostile() {
	"$PYTHON3" "$top_srcdir/tests/hostile_httpd.py" --log "$REQLOG" \
	    --port-file "$TMPD/hostile.port" --aux-file "$TMPD/hostile.aux" \
	    --write-docs "$DOCS" "$@" >"$TMPD/hostile.err" 2>&1 &
	HOSTILE_PID=$!
	on_exit "kill $HOSTILE_PID"
	WAIT=20 wait_for test -s "$TMPD/hostile.port" || {
		diag "hostile_httpd did not start"; cat "$TMPD/hostile.err"; exit 1; }
	PORT=$(cat "$TMPD/hostile.port")
	BASE=http://127.0.0.1:$PORT
	read -r CANARY_PORT SILENT_PORT CLOSED_PORT <"$TMPD/hostile.aux"
}

# Peak resident set of a live process, in kB.
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null; }

# Requests whose path starts with PREFIX.
reqs_prefix() {
	"$PYTHON3" - "$REQLOG" "$1" <<'EOF'
import json, sys
print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["path"].startswith(sys.argv[2])))
EOF
}

# True when FILE is valid UTF-8 and has no NUL byte.
clean_text() {
	"$PYTHON3" - "$1" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
data.decode("utf-8")
sys.exit(b"\0" in data)
EOF
}

# small_state_fs SIZE: put the state store on a tmpfs of SIZE, to be
# filled up by the test; skips the test where tmpfs cannot be mounted
# (not root).  Sets MNT and STATE.
small_state_fs() {
	MNT=$TMPD/db
	mkdir -p "$MNT"
	mount -t tmpfs -o size="$1" tmpfs "$MNT" 2>/dev/null ||
	    skip_all "cannot mount a tmpfs here (needs root)"
	on_exit "umount -l '$MNT'"
	STATE=$MNT/state.db
}

# True when FILE has no sanitizer report.
sanitizer_clean() {
	! grep -qE "ERROR: (Address|Leak)Sanitizer|runtime error:|SUMMARY: (Address|Undefined)" "$1"
}

# The first lines of /etc/passwd that would show a leak.
passwd_marker() { head -1 /etc/passwd | cut -d: -f1-3; }

# ok_todo STATUS DESCRIPTION REASON: a check known to fail because of a
# bug elsewhere; it fails as TAP TODO (an expected failure) until fixed.
ok_todo() {
	_tap_n=$((_tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $_tap_n - $2"
	else
		echo "not ok $_tap_n - $2 # TODO $3"
	fi
}
