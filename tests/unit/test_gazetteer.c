#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "extract/gazetteer.h"

static const char *
norm(const char *s)
{
	static char buf[GAZ_KEY_MAX];

	if (gaz_normalize(s, strlen(s), buf, sizeof(buf)) == 0)
		return "";
	return buf;
}

static void
test_normalize(void **state)
{
	char small[4];

	(void)state;
	assert_string_equal(norm("Bogotá"), "bogota");
	assert_string_equal(norm("  Beir al-Abd "), "beir al abd");
	assert_string_equal(norm("Ma'rib"), "marib");
	assert_string_equal(norm("Ma\xe2\x80\x99" "rib"), "marib");
	assert_string_equal(norm("DERA ISMAIL KHAN"), "dera ismail khan");
	assert_string_equal(norm("Łódź"), "lodz");
	assert_string_equal(norm("Straße"), "strasse");
	assert_string_equal(norm("St. Louis"), "st louis");
	assert_string_equal(norm("--"), "");
	assert_int_equal(gaz_normalize("Maiduguri", 9, small, sizeof(small)),
	    0);
	/* a malformed byte separates, it does not crash or merge */
	assert_string_equal(norm("Ka\xff" "bul"), "ka bul");
}

static void
test_city(void **state)
{
	struct gaz_place g[32];
	size_t n, i;
	int fr = 0, us_tx = 0;

	(void)state;
	n = gaz_city_find("taraz", g, 32);
	assert_true(n >= 1);
	assert_string_equal(g[0].cc, "KZ");
	assert_string_equal(g[0].country, "Kazakhstan");
	assert_string_equal(g[0].region, "Zhambyl");
	assert_true(g[0].lat > 42.5 && g[0].lat < 43.2);
	assert_true(g[0].lon > 71.0 && g[0].lon < 71.7);

	n = gaz_city_find("paris", g, 32);
	assert_true(n >= 5);
	/* most populous first */
	assert_string_equal(g[0].cc, "FR");
	assert_true(g[0].flags & GAZ_F_CAPITAL);
	for (i = 0; i < n && i < 32; i++) {
		fr += strcmp(g[i].cc, "FR") == 0;
		us_tx += strcmp(g[i].cc, "US") == 0 && g[i].region &&
		    strcmp(g[i].region, "Texas") == 0;
	}
	assert_true(fr >= 1);
	assert_int_equal(us_tx, 1);
	for (i = 1; i < n && i < 32; i++)
		assert_true(g[i - 1].pop >= g[i].pop);

	n = gaz_city_find("bogota", g, 32);
	assert_true(n >= 1);
	assert_string_equal(g[0].name, "Bogotá");
	assert_string_equal(g[0].cc, "CO");

	n = gaz_city_find("dera ismail khan", g, 32);
	assert_true(n >= 1);
	assert_string_equal(g[0].cc, "PK");

	assert_int_equal(gaz_city_find("no such place anywhere", g, 32), 0);

	/* phrase extension: some name goes on after these words */
	assert_true(gaz_has_longer("dera"));
	assert_true(gaz_has_longer("dera ismail"));
	assert_false(gaz_has_longer("dera ismail khan"));
	assert_true(gaz_has_longer("coxs"));
	assert_true(gaz_has_longer("bosnia"));	/* Bosnia and Herzegovina */
	assert_false(gaz_has_longer("assailants"));
}

static void
test_city_aliases(void **state)
{
	struct gaz_place a[8], b[8];

	(void)state;
	/* exonyms from GeoNames alternate names */
	assert_true(gaz_city_find("kiev", a, 8) >= 1);
	assert_true(gaz_city_find("kyiv", b, 8) >= 1);
	assert_string_equal(a[0].name, b[0].name);
	assert_string_equal(a[0].cc, "UA");
	assert_true(gaz_city_find("mogadishu", a, 8) >= 1);
	assert_string_equal(a[0].cc, "SO");
	/* a small town's name in a later GeoNames dump, as an alternate
	 * name of the town */
	assert_int_equal(gaz_city_find("shopian", a, 8), 1);
	assert_int_equal(gaz_city_find("shupiyan", b, 8), 1);
	assert_string_equal(a[0].name, b[0].name);
	assert_string_equal(a[0].cc, "IN");
	assert_true(a[0].flags & GAZ_F_ALIAS);
	/* a small town's alternate name that respells its name, but not
	 * one of other words ("South Side" for Southside, Arkansas), nor
	 * one that a district bears ("Kech" stays the district) */
	assert_int_equal(gaz_city_find("qalandiyah", a, 8), 1);
	assert_string_equal(a[0].cc, "PS");
	assert_true(a[0].flags & GAZ_F_ALIAS);
	assert_int_equal(gaz_city_find("south side", a, 8), 0);
	/* nor one that a part of a city abroad bears: Bondy, France is
	 * also spelt Bondi, as Sydney's beach suburb is */
	assert_int_equal(gaz_city_find("bondi", a, 8), 0);
	assert_int_equal(gaz_city_find("kech", a, 8), 0);
}

static void
test_common_words(void **state)
{
	struct gaz_place g[8];

	(void)state;
	assert_true(gaz_city_find("reading", g, 8) >= 1);
	assert_true(g[0].flags & GAZ_F_COMMON);
	assert_true(gaz_city_find("mobile", g, 8) >= 1);
	assert_true(g[0].flags & GAZ_F_COMMON);
	assert_true(gaz_city_find("maiduguri", g, 8) >= 1);
	assert_false(g[0].flags & GAZ_F_COMMON);
}

static void
test_probe(void **state)
{
	(void)state;
	assert_int_equal(gaz_probe("maiduguri"), GAZ_P_CITY);
	/* "dera" starts "dera ismail khan" */
	assert_true(gaz_probe("dera") & GAZ_P_LONGER);
	assert_true(gaz_probe("dera ismail") & GAZ_P_LONGER);
	assert_true(gaz_probe("dera ismail khan") & GAZ_P_CITY);
	assert_true(gaz_probe("nigeria") & GAZ_P_COUNTRY);
	assert_true(gaz_probe("nigerian") & GAZ_P_COUNTRY);
	assert_true(gaz_probe("borno") & GAZ_P_REGION);
	assert_int_equal(gaz_probe("xqzzy"), 0);
	/* a prefix of a word is no prefix of a name */
	assert_int_equal(gaz_probe("maidug"), 0);
	assert_int_equal(gaz_probe(""), 0);
	/* every probe agrees with the lookups it stands for */
	{
		static const char *const keys[] = {
			"paris", "georgia", "kabul", "new york", "new",
			"san", "sao paulo", "jordan", "reading", "al",
		};
		struct gaz_place g[4], c;
		size_t i;

		for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
			int p = gaz_probe(keys[i]);

			assert_int_equal(!!(p & GAZ_P_CITY),
			    gaz_city_find(keys[i], g, 4) > 0);
			assert_int_equal(!!(p & GAZ_P_REGION),
			    gaz_region_find(keys[i], g, 4) > 0);
			assert_int_equal(!!(p & GAZ_P_COUNTRY),
			    gaz_country_find(keys[i], &c) == 0);
			assert_int_equal(!!(p & GAZ_P_LONGER),
			    gaz_has_longer(keys[i]));
		}
	}
}

static void
test_country(void **state)
{
	struct gaz_place g;

	(void)state;
	assert_int_equal(gaz_country_find("nigeria", &g), 0);
	assert_string_equal(g.cc, "NG");
	assert_false(g.flags & GAZ_F_DEMONYM);
	assert_int_equal(gaz_country_find("nigerian", &g), 0);
	assert_string_equal(g.cc, "NG");
	assert_true(g.flags & GAZ_F_DEMONYM);
	assert_int_equal(gaz_country_find("kazakh", &g), 0);
	assert_string_equal(g.cc, "KZ");
	assert_string_equal(g.country, "Kazakhstan");
	assert_int_equal(gaz_country_find("afghan", &g), 0);
	assert_string_equal(g.cc, "AF");
	/* official and alternative names */
	assert_int_equal(gaz_country_find("russian federation", &g), 0);
	assert_string_equal(g.cc, "RU");
	assert_string_equal(g.country, "Russia");
	assert_int_equal(gaz_country_find("republic of kazakhstan", &g), 0);
	assert_string_equal(g.cc, "KZ");
	assert_int_equal(gaz_country_find("democratic republic of the congo",
	    &g), 0);
	assert_string_equal(g.cc, "CD");
	assert_int_equal(gaz_country_find("gambia", &g), 0);
	assert_string_equal(g.cc, "GM");
	assert_int_equal(gaz_country_find("usa", &g), 0);
	assert_string_equal(g.cc, "US");
	assert_int_equal(gaz_country_find("american", &g), 0);
	assert_string_equal(g.cc, "US");
	assert_int_equal(gaz_country_find("syria", &g), 0);
	assert_string_equal(g.cc, "SY");
	assert_int_equal(gaz_country_find("iran", &g), 0);
	assert_string_equal(g.cc, "IR");
	assert_int_equal(gaz_country_find("atlantis", &g), -1);

	assert_int_equal(gaz_country_by_code("kg", &g), 0);
	assert_string_equal(g.country, "Kyrgyzstan");
	assert_int_equal(gaz_country_by_code("XX", &g), -1);
	assert_int_equal(gaz_country_by_code("KGZ", &g), -1);
	assert_int_equal(gaz_country_by_id(-1, &g), -1);
	assert_int_equal(gaz_country_by_id((int)gaz_ncountries(), &g), -1);
}

static void
test_region(void **state)
{
	struct gaz_place g[8];
	size_t n, i;
	int us = 0;

	(void)state;
	n = gaz_region_find("borno", g, 8);
	assert_true(n >= 1);
	assert_string_equal(g[0].cc, "NG");
	/* administrative suffixes are optional */
	n = gaz_region_find("zhambyl", g, 8);
	assert_true(n >= 1);
	assert_string_equal(g[0].cc, "KZ");
	n = gaz_region_find("texas", g, 8);
	assert_true(n >= 1);
	assert_string_equal(g[0].cc, "US");
	n = gaz_region_find("georgia", g, 8);
	for (i = 0; i < n && i < 8; i++)
		us += strcmp(g[i].cc, "US") == 0;
	assert_int_equal(us, 1);
	n = gaz_region_find("helmand", g, 8);
	assert_true(n >= 1);
	assert_string_equal(g[0].cc, "AF");
	assert_string_equal(g[0].region_type, "province");
	/* second-level ISO subdivisions: Philippine provinces */
	n = gaz_region_find("samar", g, 8);
	for (i = 0, us = 0; i < n && i < 8; i++)
		us += strcmp(g[i].cc, "PH") == 0;
	assert_int_equal(us, 1);
	/* districts' names; one that a part of a city abroad bears (a
	 * London district's, and a Jamaican one's) says so */
	n = gaz_region_find("orakzai", g, 8);
	assert_int_equal(n, 1);
	assert_true(g[0].flags & GAZ_F_DISTRICT);
	assert_false(g[0].flags & GAZ_F_SECTION);
	n = gaz_region_find("peckham", g, 8);
	assert_int_equal(n, 1);
	assert_string_equal(g[0].cc, "JM");
	assert_true(g[0].flags & GAZ_F_SECTION);
}

/* The seat tables gen-gazetteer writes: a country's capital, a region's
 * seat, none for a region of another country. */
static void
test_seat(void **state)
{
	struct gaz_place co, r[8], seat;
	size_t n;

	(void)state;
	assert_int_equal(gaz_country_find("somalia", &co), 0);
	assert_int_equal(gaz_seat(co.country_id, -1, &seat), 0);
	assert_string_equal(seat.name, "Mogadishu");
	assert_true(seat.flags & GAZ_F_CAPITAL);
	n = gaz_region_find("borno", r, 8);
	assert_true(n >= 1);
	assert_int_equal(gaz_seat(r[0].country_id, r[0].region_id, &seat),
	    0);
	assert_string_equal(seat.name, "Maiduguri");
	assert_string_equal(seat.cc, "NG");
	assert_int_equal(gaz_seat(co.country_id, r[0].region_id, &seat), -1);
}

/* A named area that spans regions (data/extract/areas.tsv) holds them,
 * and only them. */
static void
test_area_spans(void **state)
{
	struct gaz_place area, r[8];

	(void)state;
	assert_int_equal(gaz_region_find("mindanao", &area, 1), 1);
	assert_int_equal(gaz_region_find(
	    "autonomous region in muslim mindanao", r, 8), 1);
	assert_true(gaz_region_within(r[0].region_id, area.region_id));
	assert_false(gaz_region_within(area.region_id, r[0].region_id));
	assert_true(gaz_region_find("central visayas", r, 8) >= 1);
	assert_false(gaz_region_within(r[0].region_id, area.region_id));
	assert_false(gaz_region_within(-1, area.region_id));
	/* an ISO 3166-2 province and its parent region */
	assert_int_equal(gaz_region_find("soum", r, 8), 1);
	assert_int_equal(gaz_region_find("sahel", &area, 1), 1);
	assert_true(gaz_region_within(r[0].region_id, area.region_id));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normalize),
		cmocka_unit_test(test_city),
		cmocka_unit_test(test_city_aliases),
		cmocka_unit_test(test_common_words),
		cmocka_unit_test(test_probe),
		cmocka_unit_test(test_country),
		cmocka_unit_test(test_region),
		cmocka_unit_test(test_seat),
		cmocka_unit_test(test_area_spans),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
