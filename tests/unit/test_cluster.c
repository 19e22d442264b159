#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <jansson.h>

#include "alert/cluster.h"

static json_t *
rec(const char *text)
{
	json_error_t err;
	json_t *j = json_loads(text, 0, &err);

	if (j == NULL)
		fail_msg("bad test JSON: %s", err.text);
	return j;
}

#define TARAZ \
	"{\"is_incident\": true, \"types\": [\"armed_assault\"]," \
	" \"weapons\": [\"firearms\"], \"killed\": 7, \"injured\": null," \
	" \"at_least\": false, \"suicide\": null," \
	" \"location\": {\"city\": \"Taraz\", \"region\": \"Zhambyl\"," \
	"   \"country\": \"Kazakhstan\", \"country_code\": \"KZ\"}," \
	" \"date\": \"2011-11-12\", \"perpetrator\": {\"group\": null," \
	"   \"name\": null}, \"targets\": [\"police\"], \"score\": 0.8," \
	" \"evidence\": [{\"field\": \"killed\", \"text\": \"killed seven\"}]}"

static void
test_same_city_close_dates(void **state)
{
	json_t *a = rec(TARAZ), *b = rec(TARAZ);

	json_object_set_new(b, "date", json_string("2011-11-13"));
	json_object_set_new(b, "killed", json_integer(8));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(b, "date", json_string("2011-11-15"));
	assert_int_equal(cluster_same(b, NULL, a), 0);	/* three days */
	/* No date in the text: the caller's publication day stands in. */
	json_object_set_new(b, "date", json_null());
	assert_int_equal(cluster_same(b, "2011-11-14", a), 1);
	assert_int_equal(cluster_same(b, "2011-11-20", a), 0);
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_decref(a);
	json_decref(b);
}

static void
said_day(json_t *r, const char *date, const char *word)
{
	json_object_set_new(r, "date", json_string(date));
	json_array_append_new(json_object_get(r, "evidence"),
	    json_pack("{s:s, s:s}", "field", "date", "text", word));
}

/* Two reports that each say their day and say different days are two
 * attacks (a second bombing in the city the next day); a day not said is
 * the day of publication and may trail the attack. */
static void
test_said_days(void **state)
{
	json_t *a = rec(TARAZ), *b = rec(TARAZ), *ch;

	said_day(a, "2011-11-12", "Saturday");
	said_day(b, "2011-11-13", "Sunday");
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(b, "date", json_string("2011-11-12"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_decref(b);

	/* The incident's day was its first report's publication day; a
	 * report that says the day moves it there. */
	b = rec(TARAZ);
	json_decref(a);
	a = rec(TARAZ);
	json_object_set_new(a, "date", json_string("2011-11-13"));
	said_day(b, "2011-11-12", "Saturday");
	assert_int_equal(cluster_same(b, NULL, a), 1);
	ch = cluster_merge(a, b, NULL);
	json_decref(ch);
	assert_string_equal(json_string_value(json_object_get(a, "date")),
	    "2011-11-12");
	json_decref(b);
	/* ... and from then on the incident's day counts as said. */
	b = rec(TARAZ);
	said_day(b, "2011-11-13", "Sunday");
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_decref(a);
	json_decref(b);
}

static void
test_place(void **state)
{
	json_t *a = rec(TARAZ), *b = rec(TARAZ), *loc;

	loc = json_object_get(b, "location");
	json_object_set_new(loc, "city", json_string("Almaty"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	/* One town spelt with and without its accents, or in other case. */
	json_object_set_new(json_object_get(a, "location"), "city",
	    json_string("Jamund\xc3\xad"));
	json_object_set_new(loc, "city", json_string("JAMUNDI"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(loc, "city", json_string("Jamundi Norte"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(json_object_get(a, "location"), "city",
	    json_string("Taraz"));
	/* No city on one side, the same region: one place. */
	json_object_set_new(loc, "city", json_null());
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(loc, "region", json_string("Almaty Region"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	/* a named area and a region it spans are one place */
	json_object_set_new(json_object_get(a, "location"), "region",
	    json_string("Autonomous Region in Muslim Mindanao"));
	json_object_set_new(json_object_get(a, "location"), "country_code",
	    json_string("PH"));
	json_object_set_new(loc, "country_code", json_string("PH"));
	json_object_set_new(loc, "region", json_string("Mindanao"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	assert_int_equal(cluster_same(a, NULL, b), 1);
	json_object_set_new(loc, "region", json_string("Visayas"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	/* and an ISO 3166-2 province and its region */
	json_object_set_new(json_object_get(a, "location"), "region",
	    json_string("Sahel"));
	json_object_set_new(json_object_get(a, "location"), "country_code",
	    json_string("BF"));
	json_object_set_new(loc, "country_code", json_string("BF"));
	json_object_set_new(loc, "region", json_string("Soum"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(json_object_get(a, "location"), "region",
	    json_string("Zhambyl"));
	json_object_set_new(json_object_get(a, "location"), "country_code",
	    json_string("KZ"));
	json_object_set_new(loc, "region", json_null());
	json_object_set_new(loc, "country_code", json_string("KG"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	/* Nowhere at all is never one place. */
	json_object_set_new(a, "location", json_null());
	json_object_set_new(b, "location", json_null());
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_decref(a);
	json_decref(b);
}

static void
test_facts(void **state)
{
	json_t *a = rec(TARAZ), *b = rec(TARAZ);

	json_object_set_new(b, "killed", json_integer(50));
	assert_int_equal(cluster_same(b, NULL, a), 0);	/* 7 vs 50 */
	json_object_set_new(b, "killed", json_integer(20));
	assert_int_equal(cluster_same(b, NULL, a), 1);	/* toll rises */
	json_object_set_new(b, "killed", json_integer(31));
	assert_int_equal(cluster_same(b, NULL, a), 1);	/* 7 * 3 + 10 */
	json_object_set_new(b, "killed", json_integer(32));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	/* tolls near LLONG_MAX from a crafted record: compared without
	 * overflow (UBSan in the sanitizer build) */
	json_object_set_new(a, "killed", json_integer(LLONG_MAX / 2));
	json_object_set_new(b, "killed", json_integer(LLONG_MAX));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(a, "killed", json_integer(7));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(b, "killed", json_null());
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(b, "types", rec("[\"kidnapping\"]"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(b, "types", rec("[\"unknown\"]"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(b, "types", rec("[\"bombing\", \"armed_assault\"]"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	/* what was hit, not how: an assassination by bomb is a bombing */
	json_object_set_new(a, "types", rec("[\"bombing\"]"));
	json_object_set_new(b, "types", rec("[\"assassination\"]"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(b, "types",
	    rec("[\"assassination\", \"armed_assault\"]"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(b, "types", rec("[\"bombing\"]"));
	/* Groups are a hint (one report names the claimant, another an
	 * affiliate or the authority that spoke), not a test. */
	json_object_set_new(json_object_get(a, "perpetrator"), "group",
	    json_string("Jund al-Khilafah"));
	json_object_set_new(json_object_get(b, "perpetrator"), "group",
	    json_string("Other Front"));
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_decref(a);
	json_decref(b);
}

/* A district and its city are one place; two towns far apart are not. */
static void
test_near_places(void **state)
{
	json_t *a = rec(TARAZ), *b = rec(TARAZ);
	json_t *la = json_object_get(a, "location");
	json_t *lb = json_object_get(b, "location");

	json_object_set_new(la, "lat", json_real(42.90));
	json_object_set_new(la, "lon", json_real(71.37));
	json_object_set_new(lb, "city", json_string("Suburb"));
	/* a village the gazetteer lacks (no coordinates) says only its
	 * region: the same region is one place, another is not */
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(lb, "region", json_string("Almaty Region"));
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(lb, "region", json_null());
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(lb, "region", json_string("Zhambyl"));
	/* nor do two names that both lack coordinates */
	json_object_del(la, "lat");
	json_object_del(la, "lon");
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_object_set_new(la, "lat", json_real(42.90));
	json_object_set_new(la, "lon", json_real(71.37));
	json_object_set_new(lb, "lat", json_real(42.95));
	json_object_set_new(lb, "lon", json_real(71.50));	/* ~12 km */
	assert_int_equal(cluster_same(b, NULL, a), 1);
	json_object_set_new(lb, "lon", json_real(72.00));	/* ~51 km */
	assert_int_equal(cluster_same(b, NULL, a), 0);
	json_decref(a);
	json_decref(b);
}

/* r's place: town in region of country cc, at ll (latitude, longitude)
 * when the gazetteer knows the town, else without coordinates. */
static void
place_at(json_t *r, const char *cc, const char *town, const char *region,
    const double *ll)
{
	json_t *loc = json_pack("{s:s, s:s, s:s}", "country_code", cc,
	    "city", town, "region", region);

	if (ll != NULL) {
		json_object_set_new(loc, "lat", json_real(ll[0]));
		json_object_set_new(loc, "lon", json_real(ll[1]));
	}
	json_object_set_new(r, "location", loc);
}

static const double gwoza[] = { 11.0831, 13.6960 };
static const double monguno[] = { 12.6744, 13.6069 };	/* 177 km N */

/* A village without coordinates met a town of its region and the
 * incident took the town: from then on it is the town's, held to 30 km
 * of it, and does not take in another town of the region. */
static void
test_village_takes_town(void **state)
{
	json_t *v = rec(TARAZ), *t = rec(TARAZ), *far = rec(TARAZ);
	json_t *inc, *ch;
	json_t *loc;

	place_at(v, "NG", "Kwatandashi", "Borno", NULL);
	json_object_set_new(v, "killed", json_integer(12));
	said_day(v, "2026-11-27", "Friday");
	place_at(t, "NG", "Gwoza", "Borno", gwoza);
	json_object_set_new(t, "killed", json_integer(9));
	said_day(t, "2026-11-27", "Friday");
	place_at(far, "NG", "Monguno", "Borno", monguno);
	json_object_set_new(far, "killed", json_integer(20));
	said_day(far, "2026-11-27", "Friday");

	inc = cluster_start(v, NULL);
	assert_int_equal(cluster_same(t, NULL, inc), 1);
	ch = cluster_merge(inc, t, NULL);
	assert_null(json_object_get(ch, "location.city"));
	json_decref(ch);
	loc = json_object_get(inc, "location");
	assert_string_equal(json_string_value(json_object_get(loc, "city")),
	    "Gwoza");
	assert_true(json_is_number(json_object_get(loc, "lat")));
	assert_true(json_is_number(json_object_get(loc, "lon")));
	/* the town's name again is no change, nor is the village's */
	ch = cluster_merge(inc, t, NULL);
	assert_int_equal(json_object_size(ch), 0);
	json_decref(ch);
	ch = cluster_merge(inc, v, NULL);
	assert_int_equal(json_object_size(ch), 0);
	json_decref(ch);
	assert_string_equal(json_string_value(json_object_get(loc, "city")),
	    "Gwoza");
	assert_int_equal(cluster_same(far, NULL, inc), 0);
	assert_int_equal(cluster_pick(far, NULL, &inc, 1), -1);
	json_decref(inc);
	json_decref(v);
	json_decref(t);
	json_decref(far);
}

static const double beni[] = { 0.4911, 29.4731 };
static const double jos[] = { 9.9285, 8.8921 };

/* A village without coordinates and a town of its region are one attack
 * only when they give the same day: Kwatandashi (26 November) is not
 * Gwoza's attack of the 27th, nor Monguno's; Kalitsi and Beni of one
 * Thursday night, Gyel and Jos of one Monday, are one. */
static void
test_village_same_day(void **state)
{
	json_t *v = rec(TARAZ), *t = rec(TARAZ), *far = rec(TARAZ);
	json_t *inc, *ch;

	(void)state;
	place_at(v, "NG", "Kwatandashi", "Borno", NULL);
	json_object_set_new(v, "killed", json_integer(12));
	said_day(v, "2026-11-26", "Thursday");
	place_at(t, "NG", "Gwoza", "Borno", gwoza);
	json_object_set_new(t, "killed", json_integer(9));
	said_day(t, "2026-11-27", "Friday");
	place_at(far, "NG", "Monguno", "Borno", monguno);
	json_object_set_new(far, "killed", json_integer(20));
	said_day(far, "2026-11-27", "Friday");
	inc = cluster_start(v, NULL);
	assert_int_equal(cluster_same(t, NULL, inc), 0);
	assert_int_equal(cluster_same(far, NULL, inc), 0);
	/* nor a day of publication the next day */
	json_array_clear(json_object_get(t, "evidence"));
	json_object_set_new(t, "date", json_null());
	assert_int_equal(cluster_same(t, "2026-11-27", inc), 0);
	assert_int_equal(cluster_same(t, "2026-11-26", inc), 1);
	json_decref(inc);
	/* the other way round: the town's incident, the village's report,
	 * which says no day and was published on the 26th */
	inc = cluster_start(far, NULL);
	json_array_clear(json_object_get(v, "evidence"));
	json_object_set_new(v, "date", json_null());
	assert_int_equal(cluster_same(v, "2026-11-26", inc), 0);
	assert_int_equal(cluster_same(v, "2026-11-27", inc), 1);
	json_decref(inc);
	json_decref(v);
	json_decref(t);
	json_decref(far);

	/* "Kalitsi village, Beni territory": the same Thursday */
	v = rec(TARAZ);
	t = rec(TARAZ);
	place_at(v, "CD", "Kalitsi", "North Kivu", NULL);
	json_object_set_new(v, "killed", json_integer(15));
	said_day(v, "2026-11-12", "Thursday");
	place_at(t, "CD", "Beni", "North Kivu", beni);
	json_object_set_new(t, "killed", json_integer(22));
	said_day(t, "2026-11-12", "Thursday");
	inc = cluster_start(v, NULL);
	assert_int_equal(cluster_same(t, NULL, inc), 1);
	ch = cluster_merge(inc, t, NULL);
	json_decref(ch);
	/* and a later report of the toll in Beni meets the town */
	json_decref(t);
	t = rec(TARAZ);
	place_at(t, "CD", "Beni", "North Kivu", beni);
	json_object_set_new(t, "killed", json_integer(26));
	json_object_set_new(t, "date", json_null());
	assert_int_equal(cluster_same(t, "2026-11-14", inc), 1);
	json_decref(inc);
	json_decref(v);
	json_decref(t);

	/* "Gyel village in Jos South": the same Monday, whichever first */
	v = rec(TARAZ);
	t = rec(TARAZ);
	place_at(v, "NG", "Gyel", "Plateau", NULL);
	json_object_set_new(v, "killed", json_integer(11));
	said_day(v, "2026-11-16", "Monday");
	place_at(t, "NG", "Jos", "Plateau", jos);
	json_object_set_new(t, "killed", json_integer(11));
	said_day(t, "2026-11-16", "Monday");
	inc = cluster_start(v, NULL);
	assert_int_equal(cluster_same(t, NULL, inc), 1);
	json_decref(inc);
	inc = cluster_start(t, NULL);
	assert_int_equal(cluster_same(v, NULL, inc), 1);
	json_decref(inc);
	/* a shooting at a bar in Jos, in a report of Tuesday's that says
	 * no day, is not the village's */
	inc = cluster_start(v, NULL);
	json_array_clear(json_object_get(t, "evidence"));
	json_object_set_new(t, "date", json_null());
	json_object_set_new(t, "killed", json_integer(5));
	assert_int_equal(cluster_same(t, "2026-11-17", inc), 0);
	json_decref(inc);
	json_decref(v);
	json_decref(t);
}

/* Of two incidents that fit as well, the one whose group the report
 * names. */
static void
test_pick_prefers_group(void **state)
{
	json_t *rep = rec(TARAZ), *c[2];

	c[0] = rec(TARAZ);
	c[1] = rec(TARAZ);
	json_object_set_new(json_object_get(c[1], "perpetrator"), "group",
	    json_string("Jund al-Khilafah"));
	assert_int_equal(cluster_pick(rep, NULL, c, 2), 0);
	json_object_set_new(json_object_get(rep, "perpetrator"), "group",
	    json_string("Jund al-Khilafah"));
	assert_int_equal(cluster_pick(rep, NULL, c, 2), 1);
	json_decref(rep);
	json_decref(c[0]);
	json_decref(c[1]);
}

static void
test_pick_prefers_city_then_date(void **state)
{
	json_t *rep = rec(TARAZ), *c[3];

	c[0] = rec(TARAZ);	/* newest: region only, same date */
	json_object_set_new(json_object_get(c[0], "location"), "city",
	    json_null());
	c[1] = rec(TARAZ);	/* same city, two days off */
	json_object_set_new(c[1], "date", json_string("2011-11-10"));
	c[2] = rec(TARAZ);	/* same city, one day off */
	json_object_set_new(c[2], "date", json_string("2011-11-11"));
	assert_int_equal(cluster_pick(rep, NULL, c, 3), 2);
	assert_int_equal(cluster_pick(rep, NULL, c, 1), 0);
	json_object_set_new(rep, "date", json_string("2012-01-01"));
	assert_int_equal(cluster_pick(rep, NULL, c, 3), -1);
	json_decref(rep);
	json_decref(c[0]);
	json_decref(c[1]);
	json_decref(c[2]);
}

static void
test_merge_rising_toll(void **state)
{
	json_t *inc = rec(TARAZ), *rep = rec(TARAZ), *ch;

	json_object_set_new(rep, "killed", json_integer(8));
	json_object_set_new(rep, "injured", json_integer(3));
	ch = cluster_merge(inc, rep, NULL);
	assert_int_equal(json_integer_value(json_object_get(inc, "killed")), 8);
	assert_int_equal(json_integer_value(json_object_get(inc, "injured")), 3);
	assert_int_equal(json_integer_value(
	    json_object_get(json_object_get(ch, "killed"), "old")), 7);
	assert_int_equal(json_integer_value(
	    json_object_get(json_object_get(ch, "killed"), "new")), 8);
	assert_true(json_is_null(
	    json_object_get(json_object_get(ch, "injured"), "old")));
	json_decref(ch);

	/* A lower, older count changes nothing. */
	json_object_set_new(rep, "killed", json_integer(5));
	json_object_set_new(rep, "injured", json_null());
	ch = cluster_merge(inc, rep, NULL);
	assert_int_equal(json_object_size(ch), 0);
	assert_int_equal(json_integer_value(json_object_get(inc, "killed")), 8);
	json_decref(ch);
	json_decref(inc);
	json_decref(rep);
}

static void
test_merge_at_least(void **state)
{
	json_t *inc = rec(TARAZ), *rep = rec(TARAZ), *ch;

	json_object_set_new(inc, "killed", json_integer(12));
	json_object_set_new(inc, "at_least", json_true());
	/* "at least 12", then exactly 12: the bound becomes a figure, which
	 * is not news. */
	json_object_set_new(rep, "killed", json_integer(12));
	ch = cluster_merge(inc, rep, NULL);
	assert_int_equal(json_object_size(ch), 0);
	assert_true(json_is_false(json_object_get(inc, "at_least")));
	json_decref(ch);
	/* "more than 20" takes over with its bound. */
	json_object_set_new(rep, "killed", json_integer(20));
	json_object_set_new(rep, "at_least", json_true());
	ch = cluster_merge(inc, rep, NULL);
	assert_int_equal(json_object_size(ch), 1);
	assert_true(json_is_true(json_object_get(inc, "at_least")));
	json_decref(ch);
	json_decref(inc);
	json_decref(rep);
}

static void
test_merge_fills_perpetrator_and_lists(void **state)
{
	json_t *inc = rec(TARAZ), *rep = rec(TARAZ), *ch, *types;

	json_object_set_new(json_object_get(rep, "perpetrator"), "group",
	    json_string("Jund al-Khilafah"));
	json_object_set_new(rep, "types", rec("[\"bombing\", \"unknown\"]"));
	json_object_set_new(rep, "evidence",
	    rec("[{\"field\": \"perpetrator\", \"text\": \"claimed by\"},"
	    " {\"field\": \"killed\", \"text\": \"killed seven\"}]"));
	ch = cluster_merge(inc, rep, NULL);
	assert_int_equal(json_object_size(ch), 1);
	assert_string_equal(json_string_value(json_object_get(
	    json_object_get(ch, "perpetrator.group"), "new")),
	    "Jund al-Khilafah");
	assert_string_equal(json_string_value(json_object_get(
	    json_object_get(inc, "perpetrator"), "group")), "Jund al-Khilafah");
	types = json_object_get(inc, "types");
	assert_int_equal(json_array_size(types), 2);	/* no "unknown" */
	assert_int_equal(json_array_size(json_object_get(inc, "evidence")), 2);
	json_decref(ch);
	/* The same report again is no change at all. */
	ch = cluster_merge(inc, rep, NULL);
	assert_int_equal(json_object_size(ch), 0);
	json_decref(ch);
	json_decref(inc);
	json_decref(rep);
}

static void
test_start_fills_date(void **state)
{
	json_t *r = rec(TARAZ), *inc;

	json_object_set_new(r, "date", json_null());
	inc = cluster_start(r, "2011-11-13");
	assert_string_equal(json_string_value(json_object_get(inc, "date")),
	    "2011-11-13");
	assert_true(json_is_null(json_object_get(r, "date")));
	json_decref(inc);
	json_decref(r);
	inc = cluster_start(NULL, NULL);
	assert_true(json_is_object(inc));
	json_decref(inc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_city_close_dates),
		cmocka_unit_test(test_said_days),
		cmocka_unit_test(test_place),
		cmocka_unit_test(test_facts),
		cmocka_unit_test(test_pick_prefers_city_then_date),
		cmocka_unit_test(test_near_places),
		cmocka_unit_test(test_village_takes_town),
		cmocka_unit_test(test_village_same_day),
		cmocka_unit_test(test_pick_prefers_group),
		cmocka_unit_test(test_merge_rising_toll),
		cmocka_unit_test(test_merge_at_least),
		cmocka_unit_test(test_merge_fills_perpetrator_and_lists),
		cmocka_unit_test(test_start_fills_date),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
