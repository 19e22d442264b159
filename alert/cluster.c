#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "alert/cluster.h"
#include "common/geo.h"
#include "extract/gazetteer.h"

/* Evidence entries kept on an incident: enough to say why, bounded so a
 * story reported a thousand times stays small. */
#define EVIDENCE_MAX	32

/* Death tolls lo <= hi are the same attack when hi <= lo * TOLL_FACTOR +
 * TOLL_SLACK: tolls rise as the wounded die and bodies are found, but a
 * report of 2 dead and one of 50 are two events. */
#define TOLL_FACTOR	3
#define TOLL_SLACK	10

/* Two named places this close (km) may be one attack's. */
#define NEAR_KM		30

static json_t *
jget(json_t *o, const char *k1, const char *k2)
{
	o = json_is_object(o) ? json_object_get(o, k1) : NULL;
	if (k2 != NULL)
		o = json_is_object(o) ? json_object_get(o, k2) : NULL;
	return o;
}

static const char *
jstr(json_t *o, const char *k1, const char *k2)
{
	const char *s = json_string_value(jget(o, k1, k2));

	return s != NULL && *s != '\0' ? s : NULL;
}

/* A count, or -1 when absent or not a number. */
static long long
jcount(json_t *o, const char *k)
{
	json_t *v = jget(o, k, NULL);

	if (json_is_integer(v))
		return json_integer_value(v);
	if (json_is_real(v)) {
		double d = json_real_value(v);

		/* A count from a record we did not write may be any double:
		 * only whole-number range values convert without UB. */
		if (!(d >= 0 && d < 9.2e18))
			return -1;
		return (long long)d;
	}
	return -1;
}

/* Days since 1970-01-01 of "YYYY-MM-DD" (H. Hinnant's days_from_civil),
 * or 0 with *ok = 0 when s is not such a date. */
static long
day_number(const char *s, int *ok)
{
	int y, m, d, n = 0;
	long era, yoe, doy, doe;

	*ok = 0;
	if (s == NULL || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
	    n != 10 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	*ok = 1;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static const char *
record_date(json_t *r, const char *fallback)
{
	const char *d = jstr(r, "date", NULL);

	return d != NULL ? d : fallback;
}

/* The "date" evidence entry of r: present when the text said the day
 * ("on Tuesday") rather than the date being the day of publication. */
static json_t *
date_evidence(json_t *r)
{
	json_t *ev = jget(r, "evidence", NULL), *v;
	const char *f;
	size_t i;

	for (i = 0; i < json_array_size(ev); i++) {
		v = json_array_get(ev, i);
		f = json_string_value(json_object_get(v, "field"));
		if (f != NULL && strcmp(f, "date") == 0)
			return v;
	}
	return NULL;
}

static int
same_text(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcasecmp(a, b) == 0;
}

/* Whether two place names are one name: equal but for case, or for the
 * accents, apostrophes and punctuation the gazetteer's keys ignore, as
 * outlets spell a town ("Jamundi", "Jamundí"; "Ma'rib", "Marib"). */
static int
same_name(const char *a, const char *b)
{
	char ka[GAZ_KEY_MAX], kb[GAZ_KEY_MAX];
	size_t na, nb;

	if (same_text(a, b))
		return 1;
	if (a == NULL || b == NULL)
		return 0;
	na = gaz_normalize(a, strlen(a), ka, sizeof(ka));
	nb = gaz_normalize(b, strlen(b), kb, sizeof(kb));
	return na > 0 && na == nb && memcmp(ka, kb, na) == 0;
}

/* Whether two records' places lie within NEAR_KM of each other: a
 * district and its city ("Sadr City" and Baghdad), a suburb and its
 * town, named by different reports of one attack. */
static int
near(json_t *a, json_t *b)
{
	json_t *la = jget(a, "location", "lat"), *oa = jget(a, "location", "lon");
	json_t *lb = jget(b, "location", "lat"), *ob = jget(b, "location", "lon");

	if (!json_is_number(la) || !json_is_number(oa) ||
	    !json_is_number(lb) || !json_is_number(ob))
		return 0;
	/* NaN compares false: a crafted coordinate is not near */
	return geo_km(json_number_value(la), json_number_value(oa),
	    json_number_value(lb), json_number_value(ob)) <= NEAR_KM;
}

static int
located(json_t *r)
{
	return json_is_number(jget(r, "location", "lat")) &&
	    json_is_number(jget(r, "location", "lon"));
}

/* Whether report (its date, or else report_date) and incident give the
 * same day: the day the text says, or where it says none the day of
 * publication. */
static int
same_day(json_t *report, const char *report_date, json_t *incident)
{
	long dr, di;
	int okr, oki;

	dr = day_number(record_date(report, report_date), &okr);
	di = day_number(jstr(incident, "date", NULL), &oki);
	return okr && oki && dr == di;
}

/*
 * Whether one record's town is one the gazetteer lacks (no coordinates:
 * a village, "Kalitsi village, Beni territory, North Kivu") in the region
 * of the other's town, and both give the same day: a report names the
 * village, another the town it lies near or the district it is in
 * ("about 20 km from the city of Beni").  Where the village lies is not
 * known, so it says no more than its region, and a region holds many
 * towns and, within CLUSTER_DAYS, more than one attack: a village raided
 * on the 26th and a town hit on the 27th (Kwatandashi and Gwoza, Borno)
 * are two.  So the village and the town must give one day, where two
 * towns may be CLUSTER_DAYS apart.  Two towns that both lack
 * coordinates are two names, not a village and its town.
 */
static int
village_in_region(json_t *report, const char *report_date, json_t *incident)
{
	const char *r = jstr(report, "location", "region");

	return located(report) != located(incident) && r != NULL &&
	    same_text(r, jstr(incident, "location", "region")) &&
	    same_day(report, report_date, incident);
}

/* Whether two region names of country cc are one region and another
 * that lies in it (gaz_region_within()), either way round: "Mindanao" in
 * one report, "Autonomous Region in Muslim Mindanao" (Cotabato City's)
 * in another; Soum province and the Sahel region. */
static int
regions_nest(const char *cc, const char *ra, const char *rb)
{
	struct gaz_place a[4], b[4];
	char ka[GAZ_KEY_MAX], kb[GAZ_KEY_MAX];
	size_t na, nb, i, j;

	if (cc == NULL ||
	    gaz_normalize(ra, strlen(ra), ka, sizeof(ka)) == 0 ||
	    gaz_normalize(rb, strlen(rb), kb, sizeof(kb)) == 0)
		return 0;
	na = gaz_region_find(ka, a, 4);
	nb = gaz_region_find(kb, b, 4);
	for (i = 0; i < na && i < 4; i++)
		for (j = 0; j < nb && j < 4; j++)
			if (same_text(a[i].cc, cc) && same_text(b[j].cc, cc) &&
			    (gaz_region_within(a[i].region_id, b[j].region_id) ||
			    gaz_region_within(b[j].region_id, a[i].region_id)))
				return 1;
	return 0;
}

/* How well report a (its date or else report_date) and incident b agree
 * on the place: 0 not the same place, 1 the same country or region
 * without a city on one side, or two cities near each other, or a
 * village and a town of its region (village_in_region()), 2 the same
 * city. */
static int
place_score(json_t *a, const char *report_date, json_t *b)
{
	const char *ca = jstr(a, "location", "country_code");
	const char *cb = jstr(b, "location", "country_code");
	const char *na = jstr(a, "location", "country");
	const char *nb = jstr(b, "location", "country");
	const char *ta = jstr(a, "location", "city");
	const char *tb = jstr(b, "location", "city");
	const char *ra = jstr(a, "location", "region");
	const char *rb = jstr(b, "location", "region");

	if (ca != NULL || cb != NULL) {
		if (!same_text(ca, cb))
			return 0;
	} else if (na != NULL || nb != NULL) {
		if (!same_text(na, nb))
			return 0;
	} else if (ta == NULL || tb == NULL)
		return 0;	/* nowhere known: nothing to go by */
	if (ta != NULL && tb != NULL)
		return same_name(ta, tb) ? 2 :
		    near(a, b) || village_in_region(a, report_date, b) ? 1 : 0;
	if (ra != NULL && rb != NULL && !same_text(ra, rb) &&
	    !regions_nest(ca, ra, rb))
		return 0;
	return 1;
}

/* The kind of violence an attack type says, as a bit; 0 for types that
 * say what was hit or that nothing is known (an assassination is a
 * bombing or a shooting of someone of note, a facility attack one on a
 * building).  Reports of one attack tell it differently: a ramming is an
 * armed or an unarmed assault, a raid that takes hostages a kidnapping or
 * a hostage-taking; they agree on the kind. */
static unsigned
type_kind(const char *s)
{
	static const struct { const char *type; unsigned kind; } kinds[] = {
		{ "armed_assault", 2 },
		{ "bombing", 1 },
		{ "hijacking", 4 },
		{ "hostage_taking", 4 },
		{ "kidnapping", 4 },
		{ "unarmed_assault", 2 },
	};
	size_t i;

	for (i = 0; s != NULL && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(s, kinds[i].type) == 0)
			return kinds[i].kind;
	return 0;
}

static unsigned
kinds_of(json_t *types)
{
	unsigned k = 0;
	size_t i;

	for (i = 0; i < json_array_size(types); i++)
		k |= type_kind(json_string_value(json_array_get(types, i)));
	return k;
}

/* Whether two lists of attack types agree: they share a kind of
 * violence, or one of them names none. */
static int
types_agree(json_t *a, json_t *b)
{
	unsigned ka = kinds_of(a), kb = kinds_of(b);

	return ka == 0 || kb == 0 || (ka & kb) != 0;
}

static int
tolls_agree(long long a, long long b)
{
	long long lo = a < b ? a : b, hi = a < b ? b : a;

	if (a < 0 || b < 0)
		return 1;
	/* divided, not multiplied: a crafted toll near LLONG_MAX must not
	 * overflow */
	return hi <= TOLL_SLACK || (hi - TOLL_SLACK - 1) / TOLL_FACTOR < lo;
}

/* -1 when not the same attack, else the distance in days. */
static long
distance(json_t *report, const char *report_date, json_t *incident)
{
	long dr, di, gap;
	int okr, oki;

	dr = day_number(record_date(report, report_date), &okr);
	di = day_number(jstr(incident, "date", NULL), &oki);
	if (!okr || !oki)
		return -1;
	gap = dr > di ? dr - di : di - dr;
	if (gap > CLUSTER_DAYS)
		return -1;
	/* Two reports that each say the day ("on Monday", "on Tuesday")
	 * and say different days tell of two attacks: the second bombing
	 * in a city the next day is news, not an update.  A day not said
	 * is the day of publication, which may trail the attack. */
	if (gap > 0 && date_evidence(report) != NULL &&
	    date_evidence(incident) != NULL)
		return -1;
	if (!types_agree(jget(report, "types", NULL),
	    jget(incident, "types", NULL)))
		return -1;
	if (!tolls_agree(jcount(report, "killed"), jcount(incident, "killed")))
		return -1;
	return gap;
}

int
cluster_same(json_t *report, const char *report_date, json_t *incident)
{
	return place_score(report, report_date, incident) > 0 &&
	    distance(report, report_date, incident) >= 0;
}

int
cluster_pick(json_t *report, const char *report_date,
    json_t *const *candidates, size_t n)
{
	int best = -1, best_place = 0, place, best_group = 0, group;
	long best_gap = 0, gap;
	const char *g = jstr(report, "perpetrator", "group");
	size_t i;

	for (i = 0; i < n; i++) {
		if ((place = place_score(report, report_date,
		    candidates[i])) == 0)
			continue;
		if ((gap = distance(report, report_date, candidates[i])) < 0)
			continue;
		/* A group named on both sides is a hint, not a test: a
		 * report names the claimant, another an affiliate or the
		 * authority that spoke. */
		group = same_text(g, jstr(candidates[i], "perpetrator",
		    "group"));
		if (best == -1 || place > best_place ||
		    (place == best_place && (group > best_group ||
		    (group == best_group && gap < best_gap)))) {
			best = (int)i;
			best_place = place;
			best_group = group;
			best_gap = gap;
		}
	}
	return best;
}

json_t *
cluster_start(json_t *report, const char *report_date)
{
	json_t *inc = json_deep_copy(report);

	if (inc == NULL || !json_is_object(inc)) {
		json_decref(inc);
		inc = json_object();
	}
	if (jstr(inc, "date", NULL) == NULL && report_date != NULL)
		json_object_set_new(inc, "date", json_string(report_date));
	return inc;
}

static void
change(json_t *changes, const char *field, json_t *old, json_t *now)
{
	json_object_set_new(changes, field, json_pack("{s:O, s:O}",
	    "old", old ? old : json_null(), "new", now ? now : json_null()));
}

/* Set obj[key] = v (borrowed) and record the change as field. */
static void
set_tracked(json_t *changes, const char *field, json_t *obj, const char *key,
    json_t *v)
{
	json_t *old = json_object_get(obj, key);

	if (old != NULL)
		json_incref(old);
	if (changes != NULL)
		change(changes, field, old, v);
	json_object_set(obj, key, v);
	json_decref(old);
}

/* An object member of incident, created when missing or null. */
static json_t *
sub_object(json_t *incident, const char *key)
{
	json_t *o = json_object_get(incident, key);

	if (!json_is_object(o)) {
		o = json_object();
		json_object_set_new(incident, key, o);
	}
	return o;
}

static void
merge_counts(json_t *inc, json_t *rep, json_t *changes)
{
	long long ri = jcount(rep, "killed"), ii = jcount(inc, "killed");
	int rep_at_least = json_is_true(jget(rep, "at_least", NULL));

	if (ri >= 0 && (ii < 0 || ri > ii)) {
		set_tracked(changes, "killed", inc, "killed",
		    jget(rep, "killed", NULL));
		json_object_set_new(inc, "at_least",
		    json_boolean(rep_at_least));
	} else if (ri >= 0 && ri == ii && !rep_at_least)
		json_object_set_new(inc, "at_least", json_false());

	ri = jcount(rep, "injured");
	ii = jcount(inc, "injured");
	if (ri >= 0 && (ii < 0 || ri > ii))
		set_tracked(changes, "injured", inc, "injured",
		    jget(rep, "injured", NULL));

	ri = jcount(rep, "killed_attackers");
	ii = jcount(inc, "killed_attackers");
	if (ri >= 0 && (ii < 0 || ri > ii))
		set_tracked(NULL, NULL, inc, "killed_attackers",
		    jget(rep, "killed_attackers", NULL));
}

static void
merge_perpetrator(json_t *inc, json_t *rep, json_t *changes)
{
	static const struct { const char *key, *field; } keys[] = {
		{ "group", "perpetrator.group" },
		{ "name", "perpetrator.name" },
	};
	json_t *perp;
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (jstr(rep, "perpetrator", keys[i].key) == NULL ||
		    jstr(inc, "perpetrator", keys[i].key) != NULL)
			continue;
		perp = sub_object(inc, "perpetrator");
		set_tracked(changes, keys[i].field, perp, keys[i].key,
		    jget(rep, "perpetrator", keys[i].key));
	}
}

/*
 * The report's town, region and coordinates when the incident has no
 * town, or has one without coordinates (a village, village_in_region())
 * and the report's town has them.  The village's incident takes the town:
 * else every later report in the region would meet the village's
 * incident by its region alone and chain on (Kwatandashi, then Gwoza,
 * then Monguno 180 km off); with the town's coordinates it is held to
 * NEAR_KM of the town.  That a village's place becomes its town's is no
 * news to a reader: not a change listed.
 */
static void
merge_location(json_t *inc, json_t *rep, json_t *changes)
{
	static const char *const fill[] = { "region", "lat", "lon" };
	json_t *loc, *v;
	size_t i;

	if (jstr(rep, "location", "city") == NULL)
		return;
	if (jstr(inc, "location", "city") != NULL) {
		if (located(inc) || !located(rep))
			return;
		changes = NULL;
	}
	loc = sub_object(inc, "location");
	set_tracked(changes, "location.city", loc, "city",
	    jget(rep, "location", "city"));
	for (i = 0; i < sizeof(fill) / sizeof(fill[0]); i++) {
		v = jget(rep, "location", fill[i]);
		if (v != NULL && !json_is_null(v))
			json_object_set(loc, fill[i], v);
	}
}

/* incident[key] becomes the union of both arrays, without "unknown" once
 * something is known. */
static void
merge_list(json_t *inc, json_t *rep, const char *key)
{
	json_t *a = jget(inc, key, NULL), *b = jget(rep, key, NULL);
	json_t *out = json_array(), *v;
	json_t *src[2] = { a, b };
	size_t i, j, k;
	int known = 0, dup;

	for (k = 0; k < 2; k++)
		for (i = 0; i < json_array_size(src[k]); i++) {
			const char *s = json_string_value(json_array_get(src[k], i));

			if (s != NULL && strcmp(s, "unknown") != 0)
				known = 1;
		}
	for (k = 0; k < 2; k++)
		for (i = 0; i < json_array_size(src[k]); i++) {
			v = json_array_get(src[k], i);
			if (!json_is_string(v) || (known &&
			    strcmp(json_string_value(v), "unknown") == 0))
				continue;
			for (dup = 0, j = 0; j < json_array_size(out); j++)
				if (json_equal(json_array_get(out, j), v))
					dup = 1;
			if (!dup)
				json_array_append(out, v);
		}
	json_object_set_new(inc, key, out);
}

static void
merge_evidence(json_t *inc, json_t *rep)
{
	json_t *ev = json_object_get(inc, "evidence"), *add, *v;
	size_t i, j;
	int dup;

	if (!json_is_array(ev)) {
		ev = json_array();
		json_object_set_new(inc, "evidence", ev);
	}
	add = jget(rep, "evidence", NULL);
	for (i = 0; i < json_array_size(add); i++) {
		if (json_array_size(ev) >= EVIDENCE_MAX)
			break;
		v = json_array_get(add, i);
		for (dup = 0, j = 0; j < json_array_size(ev); j++)
			if (json_equal(json_array_get(ev, j), v))
				dup = 1;
		if (!dup)
			json_array_append(ev, v);
	}
}

json_t *
cluster_merge(json_t *incident, json_t *report, const char *report_date)
{
	json_t *changes = json_object(), *said;
	const char *d;
	double rs, is;
	int inc_said;

	if (!json_is_object(incident) || !json_is_object(report))
		return changes;
	inc_said = date_evidence(incident) != NULL;
	merge_counts(incident, report, changes);
	merge_perpetrator(incident, report, changes);
	merge_location(incident, report, changes);
	merge_list(incident, report, "types");
	merge_list(incident, report, "weapons");
	merge_list(incident, report, "targets");
	merge_evidence(incident, report);
	if (json_is_true(jget(report, "suicide", NULL)))
		json_object_set_new(incident, "suicide", json_true());
	if (json_is_true(jget(report, "is_incident", NULL)))
		json_object_set_new(incident, "is_incident", json_true());
	/* The day a report says wins over a day of publication; the
	 * incident keeps the evidence so that it is known as said even
	 * when the list is full. */
	if ((said = date_evidence(report)) != NULL && !inc_said &&
	    (d = jstr(report, "date", NULL)) != NULL) {
		json_object_set_new(incident, "date", json_string(d));
		if (date_evidence(incident) == NULL)
			json_array_append(json_object_get(incident,
			    "evidence"), said);
	}
	if (jstr(incident, "date", NULL) == NULL &&
	    (d = record_date(report, report_date)) != NULL)
		json_object_set_new(incident, "date", json_string(d));
	rs = json_number_value(jget(report, "score", NULL));
	is = json_number_value(jget(incident, "score", NULL));
	if (rs > is)
		json_object_set(incident, "score", jget(report, "score", NULL));
	return changes;
}
