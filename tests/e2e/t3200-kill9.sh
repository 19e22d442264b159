#!/bin/bash
# kill -9 at random moments, KILL9_ROUNDS times (default 20): the daemon
# polls two feeds whose items change between rounds (new attacks, and
# follow-up reports raising a death toll, which make `update` alerts) and
# delivers to a webhook that answers slowly, so kills land in polls,
# commits and deliveries alike.  After every round: the state db passes
# PRAGMA integrity_check, no delivery id was sent with two bodies, no
# (rule, item) got two delivery ids, no delivery was sent that the db does
# not know, and no alert is without its outbox row.  After a last clean
# run: every published report got exactly one alert and every alert was
# delivered.  KILL9_SEED makes the kill moments repeatable.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/daemon-lib.sh"
. "$top_srcdir/tests/e2e/alert-lib.sh"

rounds=${KILL9_ROUNDS:-20}
RANDOM=${KILL9_SEED:-$$}
diag "rounds $rounds, seed ${KILL9_SEED:-$$}"

# Stories are told apart by city and by death toll: tolls of 1, 40, 200
# and 1000 are never one attack (alert/cluster.c), and two follow-ups
# adding one death each keep a story inside its class.
cities=("Kabul, Afghanistan" "Mogadishu, Somalia" "Baghdad, Iraq"
    "Peshawar, Pakistan" "Maiduguri, Nigeria" "Quetta, Pakistan"
    "Mosul, Iraq" "Aden, Yemen" "Kano, Nigeria" "Jalalabad, Afghanistan"
    "Taraz, Kazakhstan" "Bamako, Mali" "Damascus, Syria" "Kismayo, Somalia"
    "Karachi, Pakistan" "Kirkuk, Iraq" "Ouagadougou, Burkina Faso"
    "Niamey, Niger" "Sanaa, Yemen" "Lahore, Pakistan" "Kandahar, Afghanistan")
tolls=(1 40 200 1000)
PUB=$TMPD/published		# guid per published report
: >"$PUB"
: >"$WWW/a.items"
: >"$WWW/b.items"
nstories=0 nreports=0
story_place=() story_toll=() story_feed=() story_follow=()

publish() {	# publish FEED GUID TITLE TEXT
	rss_item "$3" "$2" "$4" >>"$WWW/$1.items"
	write_rss "$1" <"$WWW/$1.items"
	echo "$2" >>"$PUB"
	nreports=$((nreports + 1))
}

# One change to the feeds: mostly a new story, sometimes a follow-up.
change_feeds() {
	local r=$((RANDOM % 10)) s f k c
	if [ $r -lt 3 ] && [ $nstories -gt 0 ]; then
		s=$((RANDOM % nstories))
		if [ "${story_follow[s]}" -lt 2 ]; then
			story_follow[s]=$((story_follow[s] + 1))
			k=$((story_toll[s] + story_follow[s]))
			c=${story_place[s]}
			publish "${story_feed[s]}" "story-$s-up${story_follow[s]}" \
			    "Toll rises to $k in ${c%%,*}" "$(attack "$c" "$k")"
			return
		fi
	fi
	[ $r -ge 9 ] && return		# a round with nothing new
	[ $nstories -ge $((${#cities[@]} * ${#tolls[@]})) ] && return
	s=$nstories
	c=${cities[s % ${#cities[@]}]}
	k=${tolls[s / ${#cities[@]}]}
	f=$([ $((s % 2)) -eq 0 ] && echo a || echo b)
	story_place[s]=$c story_toll[s]=$k story_feed[s]=$f story_follow[s]=0
	nstories=$((nstories + 1))
	publish "$f" "story-$s" "Gunman kills $k in ${c%%,*}" "$(attack "$c" "$k")"
}

# check_state MODE: the invariants over the receiver's log and the db,
# MODE "round" after a kill or "final" after the clean run.  Prints the
# problems found, one per line, and a last line of totals.
check_state() {
	"$PYTHON3" - "$HOOKLOG" "$STATE" "$PUB" "$1" <<'EOF'
import json, sqlite3, sys
hooklog, state, pub, mode = sys.argv[1:]
bad = []
db = sqlite3.connect("file:%s?mode=ro" % state, uri=True)
outbox = {r[0]: r[1:] for r in db.execute(
    "SELECT o.delivery_id, o.state, a.rule, a.feed, a.item_id, a.kind "
    "FROM outbox o JOIN alerts a ON a.id = o.alert_id")}
orphans = db.execute("SELECT count(*) FROM alerts WHERE id NOT IN "
                     "(SELECT alert_id FROM outbox)").fetchone()[0]
if orphans:
    bad.append("%d alerts have no outbox row" % orphans)
bodies, ids_of, ok_ids, reqs = {}, {}, set(), 0
for line in open(hooklog):
    r = json.loads(line)
    reqs += 1
    i = r["headers"].get("webhook-id")
    if i in bodies and bodies[i] != r["body"]:
        bad.append("delivery %s sent with two bodies" % i)
    bodies[i] = r["body"]
    if i not in outbox:
        bad.append("delivery %s sent but not in the outbox" % i)
    try:
        b = json.loads(r["body"])
        key = (b["rule"]["name"], b["feed"], b["item"]["id"])
    except (ValueError, KeyError, TypeError):
        bad.append("delivery %s has an unreadable body" % i)
        continue
    ids_of.setdefault(key, set()).add(i)
    if r["status"] == 200:
        ok_ids.add(i)
for key, ids in ids_of.items():
    if len(ids) > 1:
        bad.append("%s alerted %d times: %s" % (key, len(ids), " ".join(sorted(ids))))
alerts = {}
for rule, feed, item in db.execute("SELECT rule, feed, item_id FROM alerts"):
    alerts[item] = alerts.get(item, 0) + 1
if mode == "final":
    for guid in open(pub).read().split():
        if alerts.get(guid, 0) != 1:
            bad.append("report %s has %d alerts" % (guid, alerts.get(guid, 0)))
    for i, (st, rule, feed, item, kind) in outbox.items():
        if st != "sent" or i not in ok_ids:
            bad.append("delivery %s (%s %s) is %s, received: %s" % (
                i, item, kind, st, i in ok_ids))
for b in bad[:20]:
    print(b)
kinds = {}
for st, rule, feed, item, kind in outbox.values():
    kinds[kind] = kinds.get(kind, 0) + 1
print("alerts %d (new %d, update %d), deliveries sent %d of %d, "
      "requests %d, repeats %d, problems %d" % (
          sum(alerts.values()), kinds.get("new", 0), kinds.get("update", 0),
          sum(1 for v in outbox.values() if v[0] == "sent"), len(outbox),
          reqs, reqs - len(bodies), len(bad)))
EOF
}

start_httpd
start_webhookd
change_feeds
change_feeds
{
	FW_MAX_BODY=1m daemon_section
	feed_section a /a.xml
	feed_section b /b.xml
	FW_HOOK_TIMEOUT=2s webhook_section ops
	killings_rule
} >"$CONF"
# Slow answers keep deliveries in flight when the kill comes.
hook_mode 200 after=0.3

scale=${FW_TIME_SCALE:-1}
t0=$SECONDS
kills=0 round_bad=0
for ((round = 1; round <= rounds; round++)); do
	change_feeds
	start_daemon
	# 0.03 to 1.2 s: before the first poll, mid-poll, mid-delivery, idle.
	ms=$(( (30 + RANDOM % 1170) * scale ))
	sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
	if daemon_alive; then
		kill -9 "$DPID"
		kills=$((kills + 1))
	fi
	wait "$DPID" 2>/dev/null
	integ=$(sql "PRAGMA integrity_check" 2>&1)
	out=$(check_state round)
	problems=$(printf '%s\n' "$out" | sed '$d')
	if [ "$integ" = ok ] && [ -z "$problems" ]; then
		ok 0 "round $round (killed after ${ms}ms): db intact, no delivery or alert twice, none unknown"
	else
		ok 1 "round $round (killed after ${ms}ms): db intact, no delivery or alert twice, none unknown"
		round_bad=$((round_bad + 1))
		diag "integrity_check: $integ"
		printf '%s\n' "$problems" | sed 's/^/#   /'
	fi
done
diag "$kills kills in $rounds rounds, $((SECONDS - t0))s; $(check_state round | tail -n 1)"

# The clean run: every report alerted once, every alert delivered.
hook_mode 200
start_daemon
all_done() {
	[ "$(sql "SELECT count(*) FROM alerts")" = "$(wc -l <"$PUB")" ] &&
	    [ "$(sql "SELECT count(*) FROM outbox WHERE state <> 'sent'")" = 0 ]
}
WAIT=60 wait_for all_done
ok $? "a clean run catches up: $nreports reports ($nstories stories), all alerted and delivered"
stop_daemon
is "$?" 0 "the daemon stops cleanly after the last run"
is "$(sql "PRAGMA integrity_check")" ok "the state db passes integrity_check at the end"
out=$(check_state final)
problems=$(printf '%s\n' "$out" | sed '$d')
is "$problems" "" "every report has exactly one alert, every alert was delivered, no delivery twice with two bodies"
diag "totals: rounds $rounds, kills $kills, reports $nreports; $(printf '%s\n' "$out" | tail -n 1)"
is "$(verify_signatures)" 0 "every request is signed"
done_testing
