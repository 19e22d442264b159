/*
 * Which rules have alerted on an incident is kept in the incident's
 * stored record under ALERTED_KEY (rule names), next to the merged facts
 * it is decided from, so "new or update" survives restarts and is
 * written in the same transaction as the alert.  The key never leaves the
 * store: alerts carry the record without it.
 *
 * Cooldowns are kept in memory: after a restart a rule may fire once
 * before its cooldown is known again.  A cooldown an alert starts is
 * pending until the transaction holding the alert commits (see
 * alerting_settle): it already holds back later items of the same
 * transaction, but a rollback forgets it.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "alert/cluster.h"
#include "alert/format.h"
#include "common/log.h"
#include "common/utf8.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/state.h"
#include "extract/extract.h"
#include "feeds/feed.h"
#include "rules/rule.h"

#define ALERTED_KEY	"feedwatch_alerted"
/* Bytes of an item's summary and of its content an alert carries.  The
 * payload is stored with the alert and sent as is: whole, a feed's item
 * could make every alert on it as large as the feed (max_body).  The
 * incident record quotes what the alert is based on; the link leads to
 * the rest. */
#define ITEM_TEXT_MAX	4096
#define CUT_MARK	"\xe2\x80\xa6"	/* U+2026, after a cut text */
#define CANDIDATES_MAX	32

struct cooldown {
	char	*rule;
	time_t	 last;		/* committed */
	time_t	 pending;	/* started in the open transaction, 0 = none */
};

struct alerting {
	struct state	*st;
	struct cooldown	*cool;
	size_t		 ncool;
	size_t		 count;
	size_t		 pending;	/* queued in the open transaction */
	struct extract_scratch *scratch;
};

/* What clustering made of a report. */
struct placed {
	long long id;		/* incident id, 0 when not an incident */
	json_t	*record;	/* merged record, with ALERTED_KEY */
	json_t	*changes;	/* material changes; empty for a new incident */
	int	 created;	/* the report started the incident */
	int	 dirty;		/* record must be written back */
	int	 revised;	/* this item was already a report of it */
};

struct alerting *
alerting_new(struct state *st)
{
	struct alerting *a = xcalloc(1, sizeof(*a));

	a->st = st;
	a->scratch = extract_scratch_new();
	return a;
}

void
alerting_free(struct alerting *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->ncool; i++)
		free(a->cool[i].rule);
	free(a->cool);
	extract_scratch_free(a->scratch);
	free(a);
}

size_t
alerting_count(const struct alerting *a)
{
	return a->count;
}

void
alerting_settle(struct alerting *a, int committed)
{
	size_t i;

	for (i = 0; i < a->ncool; i++) {
		if (committed && a->cool[i].pending != 0)
			a->cool[i].last = a->cool[i].pending;
		a->cool[i].pending = 0;
	}
	if (committed)
		a->count += a->pending;
	a->pending = 0;
}

json_t *
alerting_extract(const struct feed_item *item, struct extract_scratch *sc)
{
	struct extract_input in;
	const char *text;

	text = item->content != NULL && *item->content != '\0' ?
	    item->content : item->summary;
	memset(&in, 0, sizeof(in));
	in.title = item->title;
	in.text = text != NULL ? text : "";
	in.len = strlen(in.text);
	in.published = item->published;
	return extract_incident_with(&in, sc);
}

int
alerting_rule_fires(const struct rule_cfg *r, const struct feed_cfg *feed,
    json_t *incident, json_t *item)
{
	struct rule_env env;

	if (!config_rule_applies(r, feed) || r->expr == NULL)
		return 0;
	memset(&env, 0, sizeof(env));
	env.incident = incident;
	env.item = item;
	if (feed != NULL) {
		env.feed = feed->name;
		env.tags = (const char *const *)feed->tags;
		env.ntags = feed->ntags;
	}
	return rule_eval(r->expr, &env);
}

void
alerting_item_day(const struct feed_item *item, time_t now, char out[11])
{
	struct tm tm;
	const char *p = item != NULL ? item->published : NULL;

	if (p != NULL && strlen(p) >= 10 && p[4] == '-' && p[7] == '-') {
		memcpy(out, p, 10);
		out[10] = '\0';
		return;
	}
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

static time_t
published_time(const char *s)
{
	struct tm tm;
	const char *end;

	if (s == NULL)
		return 0;
	memset(&tm, 0, sizeof(tm));
	end = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	return end != NULL ? timegm(&tm) : 0;
}

static struct cooldown *
cooldown_of(struct alerting *a, const char *rule)
{
	size_t i;

	for (i = 0; i < a->ncool; i++)
		if (strcmp(a->cool[i].rule, rule) == 0)
			return &a->cool[i];
	a->cool = xreallocarray(a->cool, a->ncool + 1, sizeof(*a->cool));
	a->cool[a->ncool].rule = xstrdup(rule);
	a->cool[a->ncool].last = 0;
	a->cool[a->ncool].pending = 0;
	return &a->cool[a->ncool++];
}

static int
cooling(struct alerting *a, const struct rule_cfg *r, time_t now)
{
	struct cooldown *c;

	if (r->cooldown <= 0)
		return 0;
	c = cooldown_of(a, r->name);
	if (c->pending != 0 && (double)(now - c->pending) < r->cooldown)
		return 1;
	return c->last != 0 && (double)(now - c->last) < r->cooldown;
}

static const char *
jstr(json_t *o, const char *k1, const char *k2)
{
	const char *s;

	o = json_object_get(o, k1);
	if (k2 != NULL)
		o = json_object_get(o, k2);
	s = json_string_value(o);
	return s != NULL && *s != '\0' ? s : NULL;
}

static long
jcount(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return json_is_number(v) ? (long)json_number_value(v) : -1;
}

static void
row_from(struct incident_row *row, long long id, json_t *record)
{
	memset(row, 0, sizeof(*row));
	row->id = id;
	row->country_code = (char *)jstr(record, "location", "country_code");
	row->city = (char *)jstr(record, "location", "city");
	row->group_name = (char *)jstr(record, "perpetrator", "group");
	row->killed = jcount(record, "killed");
	row->injured = jcount(record, "injured");
}

/* Find or start the incident of report; 0 or -1. */
static int
place_report(struct alerting *a, const struct feed_cfg *feed,
    const struct feed_item *item, json_t *report, time_t now,
    struct placed *p)
{
	struct incident_row *rows, row;
	json_t **cands = NULL, *merged;
	size_t n = 0, i;
	char day[11], *text = NULL;
	int pick, r, rc = -1;

	alerting_item_day(item, now, day);
	rows = state_incident_recent(a->st,
	    jstr(report, "location", "country_code"),
	    now - ALERTING_CANDIDATE_AGE, CANDIDATES_MAX, &n);
	if (rows == NULL)
		return -1;
	cands = xcalloc(n ? n : 1, sizeof(*cands));
	for (i = 0; i < n; i++) {
		cands[i] = json_loads(rows[i].record, 0, NULL);
		if (!json_is_object(cands[i])) {
			json_decref(cands[i]);
			cands[i] = json_object();
		}
	}
	pick = cluster_pick(report, day, cands, n);
	if (pick >= 0) {
		merged = json_incref(cands[pick]);
		p->id = rows[pick].id;
		p->changes = cluster_merge(merged, report, day);
		p->dirty = 1;
	} else {
		merged = cluster_start(report, day);
		json_object_set_new(merged, ALERTED_KEY, json_array());
		p->changes = json_object();
		p->created = 1;
	}
	p->record = merged;
	if (p->created) {
		text = json_dumps(merged, JSON_COMPACT);
		row_from(&row, 0, merged);
		row.record = text;
		if ((p->id = state_incident_add(a->st, &row, now)) == -1)
			goto out;
	}
	r = state_report_add(a->st, p->id, feed->name, item->id, item->link,
	    item->title, published_time(item->published));
	if (r == -1)
		goto out;
	p->revised = r == 0;
	rc = 0;
out:
	free(text);
	for (i = 0; i < n; i++)
		json_decref(cands[i]);
	free(cands);
	incident_row_free_all(rows, n);
	return rc;
}

static int
has_alerted(json_t *record, const char *rule)
{
	json_t *v = json_object_get(record, ALERTED_KEY);
	const char *name;
	size_t i;

	for (i = 0; i < json_array_size(v); i++)
		if ((name = json_string_value(json_array_get(v, i))) != NULL &&
		    strcmp(name, rule) == 0)
			return 1;
	return 0;
}

static void
mark_alerted(json_t *record, const char *rule)
{
	json_t *v = json_object_get(record, ALERTED_KEY);

	if (!json_is_array(v)) {
		v = json_array();
		json_object_set_new(record, ALERTED_KEY, v);
	}
	json_array_append_new(v, json_string(rule));
}

/* Cut the string item_json[key] to ITEM_TEXT_MAX bytes, on a UTF-8
 * character boundary, marked as cut. */
static void
cut_text(json_t *item_json, const char *key)
{
	json_t *v = json_object_get(item_json, key);
	const char *s = json_string_value(v);
	size_t n;
	char *cut;

	if (s == NULL || json_string_length(v) <= ITEM_TEXT_MAX)
		return;
	n = utf8_cut(s, ITEM_TEXT_MAX);
	cut = xasprintf("%.*s" CUT_MARK, (int)n, s);
	json_object_set_new(item_json, key, json_string(cut));
	free(cut);
}

void
alerting_cut_item(json_t *item_json)
{
	cut_text(item_json, "summary");
	cut_text(item_json, "content");
}

/* Queue rule's alert; 1 queued, 0 already alerted on this report, -1. */
static int
queue(struct alerting *a, const struct rule_cfg *r,
    const struct feed_cfg *feed, const char *report_key, const char *kind, struct placed *p,
    json_t *incident, json_t *item_json, time_t now)
{
	struct alert al;
	json_t *body;
	char *payload, *id;
	long long alert_id;
	size_t i;
	int rc;

	memset(&al, 0, sizeof(al));
	al.event = kind;
	al.rule = r->name;
	al.severity = r->severity;
	al.priority = r->priority;
	al.feed = feed->name;
	al.incident_id = p->id;
	al.incident = incident;
	al.item = item_json;
	al.changes = strcmp(kind, "update") == 0 ? p->changes : NULL;
	al.time = now;
	body = alert_json(&al);
	/* Each output's delivery carries its own id, set when it is sent. */
	json_object_del(body, "delivery_id");
	payload = json_dumps(body, JSON_COMPACT);
	json_decref(body);
	if (payload == NULL)
		fatalx("alert payload: cannot encode");
	alert_id = state_alert_add(a->st, r->name, p->id, feed->name,
	    report_key, kind, payload, now);
	free(payload);
	if (alert_id <= 0)
		return (int)alert_id;
	for (i = 0; i < r->noutputs; i++) {
		id = alert_delivery_id(r->name, feed->name, report_key, kind,
		    r->outputs[i]);
		rc = state_outbox_add(a->st, id, alert_id, r->outputs[i], now);
		free(id);
		if (rc == -1)
			return -1;
	}
	/* The item id comes from the feed; the pipeline has logged it
	 * quoted just before. */
	log_info("alert %s: rule=%s incident=%lld feed=%s", kind, r->name,
	    p->id, feed->name);
	return 1;
}

int
alerting_item(struct alerting *a, const struct config *cfg,
    const struct feed_cfg *feed, const struct feed_item *item, time_t now)
{
	struct placed p;
	struct incident_row row;
	json_t *report = NULL, *wrap = NULL, *item_json, *incident = NULL;
	const struct rule_cfg **fire = NULL;
	const char *kind;
	char hash[65], *key = NULL, *hashed = NULL, *text = NULL;
	size_t i, nfire = 0;
	int queued = 0, r, rc = -1;

	memset(&p, 0, sizeof(p));
	if (item->id == NULL)
		return 0;
	report = alerting_extract(item, a->scratch);
	wrap = feed_item_json(item);
	item_json = json_object_get(wrap, "item");
	fire = xcalloc(cfg->nrules ? cfg->nrules : 1, sizeof(*fire));
	for (i = 0; i < cfg->nrules; i++)
		if (alerting_rule_fires(&cfg->rules[i], feed, report, item_json) &&
		    !cooling(a, &cfg->rules[i], now))
			fire[nfire++] = &cfg->rules[i];

	/* The rules have seen the whole item; the alerts get it cut. */
	alerting_cut_item(item_json);

	if (state_begin(a->st) == -1)
		goto out;
	if (json_is_true(json_object_get(report, "is_incident")) &&
	    place_report(a, feed, item, report, now, &p) == -1)
		goto fail;
	if (p.record != NULL) {
		incident = json_deep_copy(p.record);
		json_object_del(incident, ALERTED_KEY);
	} else
		incident = json_incref(report);

	/* A rewritten item is a new report of the same incident. */
	feed_item_content_hash(item, hash);
	key = p.revised ? xasprintf("%s#%.16s", item->id, hash) :
	    xstrdup(item->id);
	for (i = 0; i < nfire; i++) {
		kind = "new";
		if (p.id > 0 && has_alerted(p.record, fire[i]->name)) {
			if (json_object_size(p.changes) == 0)
				continue;
			kind = "update";
		}
		if ((r = queue(a, fire[i], feed, key, kind, &p, incident,
		    item_json, now)) == -1)
			goto fail;
		/*
		 * The rule has alerted on this id before, but this item is no
		 * report of that alert's incident (it would be revised): the
		 * feed re-uses its ids ("latest", a slot number) for another
		 * story, which the state store took for a new item by its
		 * content.  Keyed by id alone the alert would be dropped as
		 * already sent; keyed by id and content it is this story's
		 * own, and still at most once.
		 */
		if (r == 0 && !p.revised) {
			if (hashed == NULL)
				hashed = xasprintf("%s#%.16s", item->id, hash);
			if ((r = queue(a, fire[i], feed, hashed, kind, &p,
			    incident, item_json, now)) == -1)
				goto fail;
		}
		if (r == 0) {
			log_debug("alert %s: rule=%s feed=%s: already sent for "
			    "this item", kind, fire[i]->name, feed->name);
			continue;
		}
		queued++;
		if (fire[i]->cooldown > 0)
			cooldown_of(a, fire[i]->name)->pending = now;
		if (p.id > 0 && !has_alerted(p.record, fire[i]->name)) {
			mark_alerted(p.record, fire[i]->name);
			p.dirty = 1;
		}
	}
	if (p.dirty) {
		text = json_dumps(p.record, JSON_COMPACT);
		row_from(&row, p.id, p.record);
		row.record = text;
		if (state_incident_update(a->st, &row, now) == -1)
			goto fail;
	}
	a->pending += queued;
	r = state_commit(a->st);
	if (!state_in_transaction(a->st))
		alerting_settle(a, r == 0);
	if (r == -1)
		goto out;
	rc = queued;
	goto out;
fail:
	/* Inside the scheduler's transaction a rollback would drop the other
	 * items of the poll too; the failed statement itself left nothing,
	 * and what came before it (an incident, a report) is harmless. */
	a->pending += queued;
	r = state_commit(a->st);
	if (!state_in_transaction(a->st))
		alerting_settle(a, r == 0);
out:
	free(text);
	free(key);
	free(hashed);
	free(fire);
	json_decref(incident);
	json_decref(p.record);
	json_decref(p.changes);
	json_decref(wrap);
	json_decref(report);
	return rc;
}
