#!/bin/bash
# Disk full for the state store while alerts are being raised (issue 7:
# "keep running, keep alerts in memory until it can write"): a rule
# matches every item of a feed that gains one item per poll, the store's
# tmpfs fills up for a few polls and is freed again.  No alert may be
# lost, and no item may be alerted under two delivery ids.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"
. "$top_srcdir/tests/e2e/hostile-lib.sh"

small_state_fs 2m

start_hostile
start_webhookd
{
	daemon_section
	feed_section good /good.xml
	webhook_section ops
	cat <<EOF

[rule "every-good-item"]
when = title contains "good"
outputs = ops
EOF
} >"$CONF"
start_daemon
WAIT=15 wait_for hooks_is True 3
ok $? "alerts are delivered while there is space"

dd if=/dev/zero of="$MNT/fill" bs=4k >/dev/null 2>&1
full_from=$(reqs /good.xml)
WAIT=30 wait_for grep -q "database or disk is full" "$DLOG"
ok $? "the failed write is logged (SQLITE_FULL)"
sleep 4
daemon_alive; ok $? "the daemon keeps running on a full disk"
full_to=$(reqs /good.xml)
diag "disk full from poll $full_from to poll $full_to"
rm -f "$MNT/fill"

WAIT=25 wait_for hooks_is "b['item']['title'] == 'good item $full_to'" 1
ok $? "once space is back the alert for the last item of the full period arrives"
sleep 2
# per_item: "K:DISTINCT-DELIVERY-IDS" for each item K up to full_to.
report=$("$PYTHON3" - "$HOOKLOG" "$full_to" <<'END'
import json, sys
ids = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    try:
        b = json.loads(r["body"])
        ids.setdefault(b["item"]["title"], set()).add(b["delivery_id"])
    except (ValueError, KeyError, TypeError):
        pass
n = int(sys.argv[2])
lost = [k for k in range(1, n + 1) if "good item %d" % k not in ids]
twice = [k for k in range(1, n + 1) if len(ids.get("good item %d" % k, ())) > 1]
print("lost=%s twice=%s" % (",".join(map(str, lost)), ",".join(map(str, twice))))
END
)
diag "$report"
case $report in lost=\ *) ok 0 "no alert is lost" ;; *) ok 1 "no alert is lost ($report)" ;; esac
case $report in *twice=) r=0 ;; *) r=1 ;; esac
ok $r "no item is alerted under two delivery ids ($report)"
is "$(sql "SELECT count(*) FROM alerts WHERE item_id = 'good-$full_to'")" 1 \
    "the store holds one alert per item"

stop_daemon
is "$?" 0 "the daemon stops cleanly"
sanitizer_clean "$DLOG"; ok $? "no sanitizer report"
done_testing
