#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tests/unit/shared_data.h"

#include "extract/place.h"

/* The whole text as the attack span. */
static void
run(const char *text, struct place_result *r)
{
	struct span sp = { 0, strlen(text) };

	place_extract(NULL, text, sp.end, &sp, 1, r);
}

/* No attack span: the extractor relies on position alone. */
static void
run_nospan(const char *title, const char *text, struct place_result *r)
{
	place_extract(title, text, strlen(text), NULL, 0, r);
}

#define assert_str_or_null(a, b) do {				\
	if ((b) == NULL)					\
		assert_null(a);					\
	else {							\
		assert_non_null(a);				\
		assert_string_equal((a), (b));			\
	}							\
} while (0)

static void
assert_place(const struct place *p, const char *city, const char *region,
    const char *cc)
{
	assert_str_or_null(p->city, city);
	if (region)
		assert_str_or_null(p->region, region);
	assert_str_or_null(p->country_code, cc);
}

static const char taraz[] =
    "Support The Moscow Times!\n\n"
    "Radical Islamist Kills 7, Self In Deadly Kazakh Rampage\n\n"
    "BISHKEK, Kyrgyzstan \xe2\x80\x94 A radical Islamist killed seven "
    "people, including five law enforcement officers, in a rampage "
    "Saturday in Kazakhstan's southern city of Taraz, authorities said. "
    "The suspect blew himself up as officers moved in to arrest him.\n\n"
    "The shootout and bombing is the latest in a recent string of "
    "Islamist-related attacks in Kazakhstan.\n\n"
    "Most recently, the Jund al-Khilafah militant group claimed "
    "responsibility for two blasts in late October in the western oil "
    "town of Atyrau.\n";

static void
test_taraz(void **state)
{
	struct place_result r;
	const char *lede = strstr(taraz, "BISHKEK");
	struct span sp;

	(void)state;
	sp.start = (size_t)(lede - taraz);
	sp.end = (size_t)(strstr(taraz, "arrest him.") - taraz) + 11;
	place_extract(NULL, taraz, strlen(taraz), &sp, 1, &r);
	assert_place(&r.location, "Taraz", "Zhambyl", "KZ");
	assert_string_equal(r.location.country, "Kazakhstan");
	assert_true(r.location.has_coords);
	assert_true(r.location.lat > 42.5 && r.location.lat < 43.3);
	assert_place(&r.dateline, "Bishkek", NULL, "KG");
	assert_int_equal(r.dateline_span.start, sp.start);
	assert_memory_equal(taraz + r.loc_evidence.start, "Taraz", 5);

	/* without spans the lede still beats the background paragraphs */
	run_nospan("Radical Islamist Kills 7, Self In Deadly Kazakh Rampage",
	    taraz, &r);
	assert_place(&r.location, "Taraz", NULL, "KZ");
	assert_place(&r.dateline, "Bishkek", NULL, "KG");
}

static void
test_taraz_example_file(void **state)
{
	const char *dir = getenv("SHARED_DIR");
	struct place_result r;
	char path[4096], *buf;
	size_t n;
	FILE *f;

	(void)state;
	snprintf(path, sizeof(path), "%s/examples/taraz-attack.txt", dir);
	f = fopen(path, "r");
	assert_non_null(f);
	buf = malloc(1 << 16);
	assert_non_null(buf);
	n = fread(buf, 1, (1 << 16) - 1, f);
	fclose(f);
	buf[n] = '\0';
	run_nospan(NULL, buf, &r);
	assert_place(&r.location, "Taraz", NULL, "KZ");
	assert_place(&r.dateline, "Bishkek", NULL, "KG");
	free(buf);
}

static void
test_datelines(void **state)
{
	struct place_result r;
	const char *t;

	(void)state;
	t = "LAGOS, Nigeria (Reuters) - Gunmen killed 20 people in the "
	    "northeastern Nigerian city of Maiduguri on Friday.";
	run(t, &r);
	assert_place(&r.dateline, "Lagos", NULL, "NG");
	assert_int_equal(r.dateline_span.start, 0);
	assert_memory_equal(t + r.dateline_span.end, "Gunmen", 6);
	assert_place(&r.location, "Maiduguri", "Borno", "NG");

	t = "KABUL (AP) \xe2\x80\x94 A suicide bomber struck a wedding hall, "
	    "killing 63 people, officials said.";
	run(t, &r);
	assert_place(&r.dateline, "Kabul", NULL, "AF");
	assert_memory_equal(t + r.dateline_span.end, "A suicide", 9);
	/* the dateline alone is not where it happened */
	assert_null(r.location.city);

	t = "WASHINGTON \xe2\x80\x94 Gunmen killed five soldiers in northern "
	    "Nigeria, the Pentagon said.";
	run(t, &r);
	assert_place(&r.dateline, "Washington", NULL, "US");
	assert_place(&r.location, NULL, NULL, "NG");

	t = "MOSCOW, Nov. 12 (Reuters) - A bomb went off at a bus stop in "
	    "Nalchik, killing two.";
	run(t, &r);
	assert_place(&r.dateline, "Moscow", NULL, "RU");
	assert_place(&r.location, "Nalchik", NULL, "RU");

	/* the South Asian press ends a dateline with a colon; a town
	 * abroad that is only a small namesake does not outvote it */
	t = "QUETTA: Gunmen killed three labourers near Hub on Monday, "
	    "police said.";
	run(t, &r);
	assert_place(&r.dateline, "Quetta", NULL, "PK");
	assert_memory_equal(t + r.dateline_span.end, "Gunmen", 6);
	assert_string_equal(r.location.country_code, "PK");
	/* a district's name is a dateline when the text names it again */
	t = "MOHMAND: Two soldiers were killed by a roadside bomb on Monday, "
	    "the second attack in Mohmand this week.";
	run(t, &r);
	assert_string_equal(r.dateline.country_code, "PK");
	assert_null(r.location.city);
	/* capitals before a colon that name no place are no dateline */
	t = "UPDATE: Gunmen killed four people in Herat on Tuesday.";
	run(t, &r);
	assert_null(r.dateline.city);
	assert_string_equal(r.location.country_code, "AF");
	/* the dateline's city named again in the text is that city, not
	 * a namesake; a namesake with its own country stays itself */
	t = "SAN MARCOS, Texas (AP) - A gunman opened fire at an outlet mall "
	    "in San Marcos on Saturday, killing eight people.";
	run(t, &r);
	assert_place(&r.location, "San Marcos", "Texas", "US");
	t = "SAN MARCOS, Texas (AP) - Gunmen opened fire at a market in San "
	    "Marcos, Guatemala, on Saturday, killing eight people.";
	run(t, &r);
	assert_string_equal(r.location.country_code, "GT");
	/* a region of the dateline's country that no town there bears is
	 * that region; a town abroad with no namesake there stays abroad */
	t = "KINGSTON, Jamaica - Gunmen shot dead two men in Saint Ann on "
	    "Sunday.";
	run(t, &r);
	assert_place(&r.location, NULL, "Saint Ann", "JM");
	t = "NAIROBI, Kenya - Al-Shabab gunmen stormed a hotel in the southern "
	    "Somali port city of Kismayo on Friday.";
	run(t, &r);
	assert_place(&r.location, "Kismayo", NULL, "SO");

	/* a dateline writes its city under its own name, not under an
	 * alternate name of a larger capital */
	t = "PHILADELPHIA \xe2\x80\x94 Two men were shot outside a store on "
	    "Monday, police said.";
	run(t, &r);
	assert_place(&r.dateline, "Philadelphia", NULL, "US");

	/* a national news service's credit picks among its city's
	 * namesakes; a world agency's does not */
	t = "HASTINGS (RNZ) \xe2\x80\x94 A man was stabbed outside a bar on "
	    "Friday night, police said.";
	run(t, &r);
	assert_place(&r.dateline, "Hastings", NULL, "NZ");
	t = "HASTINGS (AP) \xe2\x80\x94 A man was stabbed outside a bar on "
	    "Friday night, police said.";
	run(t, &r);
	assert_place(&r.dateline, "Hastings", NULL, "GB");

	/* a headline with a comma is not a dateline */
	t = "Radical Islamist Kills 7, Self In Deadly Rampage\n"
	    "A man killed seven people in Taraz.";
	run(t, &r);
	assert_null(r.dateline.city);
	assert_null(r.dateline.country);
	assert_int_equal(r.dateline_span.end, 0);

	/* a hyphenated word is not a dash */
	t = "Well-armed gunmen attacked a village in Borno state, Nigeria.";
	run(t, &r);
	assert_null(r.dateline.country);
	assert_place(&r.location, NULL, "Borno", "NG");

	/* "the state of X", "X, <country>": the state, not a village of
	 * that name in another state (Chiapas has a Sinaloa and a
	 * Tamaulipas); a town that lies in its namesake region, or is
	 * more than a village, stays the town */
	run("Gunmen killed two people in the northern state of Sinaloa.", &r);
	assert_place(&r.location, NULL, "Sinaloa", "MX");
	run("Gunmen killed two people in Tamaulipas, Mexico, on Thursday.", &r);
	assert_place(&r.location, NULL, "Tamaulipas", "MX");
	run("A bomb killed three soldiers in the province of Kandahar.", &r);
	assert_place(&r.location, NULL, "Kandahar", "AF");
	run("A bomb killed three soldiers in Kandahar, Afghanistan.", &r);
	assert_place(&r.location, "Kandah\xc4\x81r", "Kandahar", "AF");
	run("Assailants fired on a convoy in Uruzgan, Afghanistan.", &r);
	assert_place(&r.location, "Uruzg\xc4\x81n", "Oruzgan", "AF");
	run("Rockets hit the State of Israel on Friday, killing two.", &r);
	assert_place(&r.location, NULL, NULL, "IL");
}

static void
test_paris_texas(void **state)
{
	struct place_result r;

	(void)state;
	run("PARIS, Texas \xe2\x80\x94 A gunman opened fire at a church in "
	    "Paris, Texas, on Sunday, killing two people.", &r);
	assert_place(&r.dateline, "Paris", "Texas", "US");
	assert_place(&r.location, "Paris", "Texas", "US");

	run("A gunman opened fire on a cafe terrace in Paris on Friday, "
	    "killing two people, French police said.", &r);
	assert_place(&r.location, "Paris", NULL, "FR");

	/* the state named in the sentence picks the town */
	run("Two people were shot dead outside a bar in Paris, Kentucky, "
	    "late on Saturday.", &r);
	assert_place(&r.location, "Paris", "Kentucky", "US");

	/* the AP's abbreviation of a state after a county the gazetteer
	 * lacks, and a county before a name two places bear */
	run("COFFEE COUNTY, Ga. \xe2\x80\x94 A man opened fire at a gas "
	    "station on Sunday, killing two people.", &r);
	assert_place(&r.dateline, "COFFEE COUNTY", "Georgia", "US");
	run("FRESNO, Calif. \xe2\x80\x94 A gunman killed two people at a "
	    "bar on Sunday.", &r);
	assert_place(&r.dateline, "Fresno", "California", "US");
	run("COFFEE COUNTY, Georgia \xe2\x80\x94 A man opened fire at a "
	    "gas station on Sunday, killing two people.", &r);
	assert_place(&r.dateline, "COFFEE COUNTY", "Georgia", "US");
	run("GORI, Georgia \xe2\x80\x94 A bomb killed two soldiers at a "
	    "checkpoint on Sunday.", &r);
	assert_place(&r.dateline, "Gori", NULL, "GE");
	/* and in a chain in the text */
	run("A man opened fire in Shelby County, Tenn., on Friday.", &r);
	assert_place(&r.location, "Shelby County", "Tennessee", "US");
	run("A gunman killed two people in Springfield, Ill., on Sunday.", &r);
	assert_place(&r.location, "Springfield", "Illinois", "US");
}

static void
test_georgia(void **state)
{
	struct place_result r;

	(void)state;
	run("TBILISI \xe2\x80\x94 A bomb exploded at a checkpoint in Georgia "
	    "on Sunday, killing two soldiers near the border with Russia.",
	    &r);
	assert_place(&r.location, NULL, NULL, "GE");

	run("A gunman killed three people at a church in Georgia on "
	    "Sunday. Police in Atlanta and the FBI said the suspect was "
	    "arrested hours later in Alabama.", &r);
	assert_non_null(r.location.country_code);
	assert_string_equal(r.location.country_code, "US");
	assert_non_null(r.location.region);
	assert_string_equal(r.location.region, "Georgia");

	/* a sheriff, a county courthouse or "Ga." are the US state's */
	run("A man opened fire outside a county courthouse in Georgia on "
	    "Monday, wounding a bailiff.", &r);
	assert_place(&r.location, NULL, "Georgia", "US");
	run("Two people were stabbed at a fair in Georgia on Saturday, the "
	    "sheriff said.", &r);
	assert_place(&r.location, NULL, "Georgia", "US");
	run("A gunman shot two people in Georgia on Friday before fleeing "
	    "toward Valdosta, Ga., police said.", &r);
	assert_string_equal(r.location.country_code, "US");
	/* "N.H." and "W.Va." are read to their closing period, not as
	 * "N" or "W" alone: the Manchester and the Wheeling of that state */
	run("A gunman shot two people on Friday in Manchester, N.H., police "
	    "said.", &r);
	assert_place(&r.location, "Manchester", "New Hampshire", "US");
	run("A gunman shot two people on Friday in Wheeling, W.Va., "
	    "police said.", &r);
	assert_place(&r.location, "Wheeling", "West Virginia", "US");
}

/* A city names which Georgia a chain ends in; an adjective of the
 * coast places a country as "northern" does. */
static void
test_chain_region_or_country(void **state)
{
	struct place_result r;

	(void)state;
	run("Two students were killed on Tuesday when a gunman opened fire "
	    "at a high school outside Macon, Georgia, officials said.", &r);
	assert_place(&r.location, "Macon", NULL, "US");
	run("A bomb exploded at a checkpoint near Gori, Georgia, on Sunday, "
	    "killing two soldiers.", &r);
	assert_place(&r.location, "Gori", NULL, "GE");
	/* a county the gazetteer lacks as a town, with a sheriff or the
	 * word "county": the US state */
	run("A deputy was shot dead in Coffee County, Georgia, on Monday, the "
	    "sheriff's office said.", &r);
	assert_place(&r.location, "Coffee County", "Georgia", "US");
	run("Two people were shot dead in Fulton County, Georgia, police "
	    "said.", &r);
	assert_place(&r.location, "Fulton County", "Georgia", "US");
	/* and no county word: the country */
	run("Two people were shot dead in Zugdidi district, Georgia, police "
	    "said.", &r);
	assert_string_equal(r.location.country_code, "GE");
	/* a country's name before "state" is a region's, but a
	 * country's "state television" is its own */
	run("A Georgia state senator was shot dead at his home late on "
	    "Saturday, police said.", &r);
	assert_place(&r.location, NULL, "Georgia", "US");
	run("A border guard was shot dead by gunmen on the frontier, "
	    "Georgia state television reported.", &r);
	assert_place(&r.location, NULL, NULL, "GE");
	run("Militants fired on a bus in coastal Kenya on Thursday, killing "
	    "four passengers. The gunmen emerged from the Boni forest.", &r);
	assert_place(&r.location, NULL, NULL, "KE");
	/* a day before the comma is no town in the country after it */
	run("A man stabbed two people at a bus stop on Saturday, Georgia "
	    "state television reported.", &r);
	assert_place(&r.location, NULL, NULL, "GE");
	run("Gunmen killed three traders at a market on Monday, Kenya "
	    "police said.", &r);
	assert_place(&r.location, NULL, NULL, "KE");
	run("Gunmen killed three traders at a market in Garissa, Kenya, on "
	    "Monday.", &r);
	assert_place(&r.location, "Garissa", NULL, "KE");
}

static void
test_jordan(void **state)
{
	struct place_result r;

	(void)state;
	run("Basketball star Michael Jordan condemned the shooting that "
	    "killed 12 people in Chicago on Monday.", &r);
	assert_place(&r.location, "Chicago", NULL, "US");

	run("Former NBA player Michael Jordan said he was saddened by the "
	    "attack.", &r);
	assert_null(r.location.country_code);

	run("A car bomb exploded in Jordan on Tuesday, killing four "
	    "people.", &r);
	assert_place(&r.location, NULL, NULL, "JO");

	run("King Abdullah of Jordan condemned the bombing in Baghdad that "
	    "killed 30 people.", &r);
	assert_place(&r.location, "Baghdad", NULL, "IQ");
}

static void
test_demonyms(void **state)
{
	struct place_result r;
	struct place p;

	(void)state;
	run("Gunmen killed 20 people in the Nigerian city of Maiduguri on "
	    "Friday.", &r);
	assert_place(&r.location, "Maiduguri", "Borno", "NG");

	run("Islamist militants killed eight soldiers in northern Nigeria "
	    "on Friday, the army said.", &r);
	assert_place(&r.location, NULL, NULL, "NG");

	/* a demonym alone still names the country */
	run("French soldiers were wounded when their convoy hit a mine.", &r);
	assert_place(&r.location, NULL, NULL, "FR");

	/* but a demonym describing people does not beat the place */
	run("Two French soldiers were killed when a bomb hit their convoy "
	    "in Menaka, Mali.", &r);
	assert_place(&r.location, "Ménaka", NULL, "ML");

	memset(&p, 0, sizeof(p));
	assert_int_equal(place_country("Nigerian", 8, &p), 0);
	assert_string_equal(p.country_code, "NG");
	assert_string_equal(p.country, "Nigeria");
	assert_int_equal(place_country("KAZAKH", 6, &p), 0);
	assert_string_equal(p.country_code, "KZ");
	assert_int_equal(place_country("Kazakhstan's", 10, &p), 0);
	assert_string_equal(p.country_code, "KZ");
	assert_int_equal(place_country("Klingon", 7, &p), -1);
	assert_int_equal(place_country(NULL, 0, &p), -1);
}

static void
test_background_country(void **state)
{
	struct place_result r;
	const char *t =
	    "A suicide bomber killed five people at a market in Maiduguri on "
	    "Tuesday, police said.\n\n"
	    "Boko Haram has carried out attacks in Cameroon, Chad and Niger, "
	    "and in Diffa, Niger, last year a bombing killed 30.\n\n"
	    "Cameroon and Chad have sent troops to the border.";
	struct span sp = { 0, (size_t)(strstr(t, "said.") - t) + 5 };

	(void)state;
	place_extract(NULL, t, strlen(t), &sp, 1, &r);
	assert_place(&r.location, "Maiduguri", NULL, "NG");
	run_nospan(NULL, t, &r);
	assert_place(&r.location, "Maiduguri", NULL, "NG");
}

static void
test_triples(void **state)
{
	struct place_result r;

	(void)state;
	run("Assailants threw a grenade at a police camp in Pampore, Jammu "
	    "and Kashmir, India. No one was hurt.", &r);
	assert_place(&r.location, "Pampore", "Jammu and Kashmir", "IN");

	/* a region ends the chain: the town lies in it */
	run("A gunman shot two deputies in Zzyzxd, Kansas, late on Friday.",
	    &r);
	assert_place(&r.location, "Zzyzxd", "Kansas", "US");

	/* a town the gazetteer does not know is read from the text */
	run("Assailants attacked Gwoza district, Borno, Nigeria, killing "
	    "four.", &r);
	assert_place(&r.location, "Gwoza district", "Borno", "NG");
	assert_false(r.location.has_coords);

	run("Gunmen stormed the village of Zzyzxville, Sokoto, Nigeria "
	    "overnight.", &r);
	assert_place(&r.location, "Zzyzxville", "Sokoto", "NG");

	/* a street or a neighbourhood is not the city */
	run("A bomb exploded in al-Khadra neighborhood, Kirkuk city, "
	    "Kirkuk, Iraq.", &r);
	assert_place(&r.location, "Kirkuk", "Kirkuk", "IQ");

	/* a region alone */
	run("Assailants attacked security forces in Takhar, Afghanistan.",
	    &r);
	assert_place(&r.location, NULL, "Takhar", "AF");

	/* a region named "A and B" also goes by "A-B" */
	run("A grenade thrown at a bank in Chaharmahal-Bakhtiari province "
	    "wounded a teller.", &r);
	assert_place(&r.location, NULL, "Chaharmahal and Bakhtiari", "IR");
	run("A shop was firebombed in Newfoundland-Labrador.", &r);
	assert_place(&r.location, NULL, "Newfoundland and Labrador", "CA");

	/* the country after a region that shares its name */
	run("Assailants attacked Kauri, Shiroro district, Niger, Nigeria.",
	    &r);
	assert_place(&r.location, "Kauri", "Niger", "NG");

	/* the first of two villages, "near" a known town */
	run("Soldiers were ambushed between Kuda and Wala, near Chibok, "
	    "Borno, Nigeria.", &r);
	assert_place(&r.location, "Kuda", "Borno", "NG");
}

static void
test_shared_names(void **state)
{
	struct place_result r;

	(void)state;
	/* news calls the Democratic Republic of the Congo "Congo" */
	run("Gunmen killed seven people in eastern Congo's Beni on Sunday, "
	    "officials said.", &r);
	assert_place(&r.location, "Beni", "North Kivu", "CD");
	run("Rebels killed nine people in Congo on Monday.", &r);
	assert_place(&r.location, NULL, NULL, "CD");
	run("Rebels killed 5 people in Beni, DR Congo.", &r);
	assert_place(&r.location, "Beni", NULL, "CD");
	run("Rebels killed 5 people in Beni in the Democratic Republic of "
	    "Congo.", &r);
	assert_place(&r.location, "Beni", NULL, "CD");
	/* and qualifies its neighbour */
	run("Gunmen killed 9 people in the Republic of Congo on Monday.", &r);
	assert_place(&r.location, NULL, NULL, "CG");
	run("Gunmen killed 9 people in the Congo Republic on Monday.", &r);
	assert_place(&r.location, NULL, NULL, "CG");
	run("Gunmen killed 9 people in Brazzaville, Congo-Brazzaville.", &r);
	assert_place(&r.location, "Brazzaville", NULL, "CG");
	/* a bare "Congo" whose towns all lie in the neighbour */
	run("A bomb exploded in Pointe-Noire, Congo, killing 3.", &r);
	assert_place(&r.location, "Pointe-Noire", NULL, "CG");
	/* a country in the possessive */
	run("Gunmen killed 9 people in Nigeria's Borno state on Monday.", &r);
	assert_place(&r.location, NULL, "Borno", "NG");
	run("A bomb killed 4 in Pakistan's Quetta.", &r);
	assert_place(&r.location, "Quetta", NULL, "PK");
	/* a country after "district of", though a town abroad shares its
	 * name; a city of the country's own name stays the city */
	run("Three police officers were killed when their patrol was "
	    "ambushed in a remote district of Peru's jungle.", &r);
	assert_place(&r.location, NULL, NULL, "PE");
	run("A bomb exploded in the city of Djibouti on Monday, killing "
	    "two people.", &r);
	assert_place(&r.location, "Djibouti", NULL, "DJ");
}

static void
test_city_parts(void **state)
{
	struct place_result r;

	(void)state;
	/* a numbered element is a part of the city after it */
	run("Assailants opened fire on a patrol in Sector G-13, Islamabad, "
	    "Islamabad Capital Territory, Pakistan.", &r);
	assert_place(&r.location, "Islamabad", NULL, "PK");
	run("Gunmen attacked a base in PK12 District, Bangui, Central "
	    "African Republic.", &r);
	assert_place(&r.location, "Bangui", NULL, "CF");
	/* a name the gazetteer lacks before a large city and its region */
	run("A bomb exploded in Zzyzxq, Karachi, Sindh, Pakistan.", &r);
	assert_place(&r.location, "Karachi", "Sindh", "PK");
	/* but not before a name that is also the region */
	run("A bomb exploded in Zzyzxq, Kandahar, Afghanistan.", &r);
	assert_place(&r.location, "Zzyzxq", NULL, "AF");
}

static void
test_settlements(void **state)
{
	struct place_result r;

	(void)state;
	/* villages the gazetteer does not know, named by the text */
	run("Gunmen in Burkina Faso killed 100 people in the village of "
	    "Zzyzxa overnight, the government said.", &r);
	assert_place(&r.location, "Zzyzxa", NULL, "BF");
	run("Gunmen attacked Zzyzxb village in Borno state, killing 12.", &r);
	assert_place(&r.location, "Zzyzxb", "Borno", "NG");
	/* a country's adjective before "town" names no town: the one
	 * after "town of" is meant */
	run("Gunmen stormed a police post in the western Iraqi town of "
	    "Zzyzxc overnight, killing four officers.", &r);
	assert_place(&r.location, "Zzyzxc", NULL, "IQ");

	/* "X state" is the state, the town before it the place */
	run("Attackers stormed a church in Owo, in Nigeria's southwestern "
	    "Ondo state, killing at least 50.", &r);
	assert_place(&r.location, "Owo", "Ondo", "NG");

	/* a city opening a sentence still counts */
	run("Bombing kills 12 at Pakistani market. Peshawar police said the "
	    "blast hit a crowded market on Friday.", &r);
	assert_place(&r.location, "Peshawar", NULL, "PK");
}

static void
test_possessives_and_names(void **state)
{
	struct place_result r;

	(void)state;
	/* a possessive place is still the place */
	run("Two rockets hit near the embassy in Baghdad's Green Zone late "
	    "on Sunday, causing no casualties.", &r);
	assert_place(&r.location, "Baghdad", NULL, "IQ");
	run("Maoist rebels blew up a police vehicle in Chhattisgarh's "
	    "Zzyzxe district on Wednesday, killing 10 policemen.", &r);
	assert_place(&r.location, NULL, "Chhattisgarh", "IN");
	/* a demonym before a name still points at the country */
	run("Militants ambushed an army patrol on Tuesday, killing four "
	    "soldiers. The Pakistani Taliban claimed responsibility.", &r);
	assert_place(&r.location, NULL, NULL, "PK");
	/* "X province" reads X as the province, not a city abroad */
	run("Guerrillas attacked a police station in Samar province on "
	    "Tuesday, killing one officer.", &r);
	assert_place(&r.location, NULL, "Samar", "PH");
	/* the kind of division picks between regions of one name */
	run("A mob attacked a family in Punjab province, police said.", &r);
	assert_place(&r.location, NULL, "Punjab", "PK");
	run("A mob attacked a family in Punjab state, police said.", &r);
	assert_place(&r.location, NULL, "Punjab", "IN");
}

static void
test_case_and_accents(void **state)
{
	struct place_result r;

	(void)state;
	run("gunmen killed 12 people in maiduguri, nigeria on sunday.", &r);
	assert_place(&r.location, "Maiduguri", NULL, "NG");
	run("GUNMEN KILLED 12 PEOPLE IN MAIDUGURI, NIGERIA ON SUNDAY.", &r);
	assert_place(&r.location, "Maiduguri", NULL, "NG");

	run("A car bomb exploded in Bogotá, Colombia, killing three.", &r);
	assert_place(&r.location, "Bogotá", NULL, "CO");
	run("A car bomb exploded in Bogota, Colombia, killing three.", &r);
	assert_place(&r.location, "Bogotá", NULL, "CO");

	run("A bomb exploded near a bus station in Dera Ismail Khan on "
	    "Monday, killing four.", &r);
	assert_place(&r.location, "Dera Ismail Khan", NULL, "PK");

	/* capitals beyond Latin-1 start names too */
	run("A man was stabbed outside a bar in \xc5\x81\xc3\xb3" "d\xc5\xba on "
	    "Friday night, police said.", &r);
	assert_string_equal(r.location.country_code, "PL");
	run("Two people were stabbed in \xc5\x9e" "anl\xc4\xb1urfa on Monday.",
	    &r);
	assert_string_equal(r.location.country_code, "TR");

	/* an exonym keeps the text's spelling */
	run("A bomb exploded near the railway station in Kiev on Monday.",
	    &r);
	assert_place(&r.location, "Kiev", NULL, "UA");

	/* the gazetteer's own name, however the text spells it */
	run("Gunmen killed two people in Cox's Bazar, Bangladesh.", &r);
	assert_place(&r.location, "Cox\xe2\x80\x99s B\xc4\x81z\xc4\x81r", NULL,
	    "BD");
}

static void
test_common_words(void **state)
{
	struct place_result r;

	(void)state;
	run("Police said the attacker was arrested. Reading a statement, "
	    "the mayor said Nice weather had nothing to do with it. Mobile "
	    "phones were seized.", &r);
	assert_null(r.location.city);
	assert_null(r.location.country_code);
	/* few capitals, but every sentence starts with one: mixed case,
	 * so "capital" is no region's name */
	run("Security forces said gunmen had stormed a hotel in the capital "
	    "overnight and held the guests for hours. Three guards were "
	    "killed in the assault, according to a statement.", &r);
	assert_null(r.location.country_code);

	run("Reading the statement, the governor said the bombing in Quetta "
	    "killed 12.", &r);
	assert_place(&r.location, "Quetta", NULL, "PK");

	/* in a place pattern the town is meant */
	run("A man was stabbed in the town of Reading on Saturday, British "
	    "police said.", &r);
	assert_place(&r.location, "Reading", NULL, "GB");

	/* initials in capitals are an agency's, though a town shares
	 * them; the town written as a name is the town */
	run("Gunmen killed a guard at a fuel depot on Sunday, TASS "
	    "reported.", &r);
	assert_null(r.location.city);
	assert_null(r.location.country_code);
	run("Gunmen killed a guard at a fuel depot in Mena, Ukraine, on "
	    "Sunday, KUNA reported.", &r);
	assert_place(&r.location, "Mena", NULL, "UA");
	/* a city in capitals opening the text is a dateline's, with a
	 * colon as with a dash: not where it happened, unless the text
	 * names it again */
	run("KARACHI: Gunmen killed a guard at a fuel depot on Sunday, "
	    "police said.", &r);
	assert_place(&r.dateline, "Karachi", NULL, "PK");
	assert_null(r.location.city);
	run("KARACHI - Gunmen killed a guard at a fuel depot on Sunday, "
	    "police said.", &r);
	assert_place(&r.dateline, "Karachi", NULL, "PK");
	assert_null(r.location.city);
	run("KARACHI: Gunmen killed a guard at a fuel depot in Karachi's "
	    "Korangi area on Sunday, police said.", &r);
	assert_place(&r.location, "Karachi", NULL, "PK");
}

static void
test_title_only(void **state)
{
	struct place_result r;
	const char *t =
	    "Seven people were killed and 20 wounded, officials said.";

	(void)state;
	place_extract("Car bomb kills seven in Mogadishu", t, strlen(t), NULL,
	    0, &r);
	assert_place(&r.location, "Mogadishu", NULL, "SO");
	/* evidence points into the text, never into the title */
	assert_int_equal(r.loc_evidence.end, 0);
	/* the title's capitals hide a longer name that the text shows;
	 * a place the text does not run on into a name stays a place */
	t = "Boko Haram fighters killed eight fishermen on an island on "
	    "Monday, a local official said.";
	place_extract("Boko Haram Fighters Kill Eight Fishermen", t,
	    strlen(t), NULL, 0, &r);
	assert_null(r.location.city);
	t = "Seven people were killed when a car bomb exploded at a market "
	    "in the city on Monday.";
	place_extract("Car Bomb Kills Seven In Mogadishu Market", t,
	    strlen(t), NULL, 0, &r);
	assert_place(&r.location, "Mogadishu", NULL, "SO");
	/* the text's copy of the headline is read as the headline: a
	 * name the text shows longer is that longer name */
	t = "Two men stabbed outside Oakwood Tavern\n\nTwo men were stabbed "
	    "outside the Oakwood Tavern late on Friday. Police said a man "
	    "was arrested.";
	place_extract("Two men stabbed outside Oakwood Tavern", t, strlen(t),
	    NULL, 0, &r);
	assert_null(r.location.country_code);
	/* a large city that opens a longer name still hints at itself */
	run("Gunmen stormed Kabul University on Monday, killing 22 "
	    "students.", &r);
	assert_string_equal(r.location.country_code, "AF");
	/* a title word the text writes in lowercase is a common noun; one
	 * it capitalises is a name */
	t = "MELBOURNE \xe2\x80\x94 Two people were taken to hospital with "
	    "stab wounds after a man attacked them at a shopping centre on "
	    "Sunday.";
	place_extract("Two Stabbed At Suburban Shopping Centre", t, strlen(t),
	    NULL, 0, &r);
	assert_null(r.location.city);
	t = "Two people were stabbed at a bus stop in Mobile on Sunday, "
	    "police said.";
	place_extract("Two Stabbed At Bus Stop In Mobile", t, strlen(t), NULL,
	    0, &r);
	assert_place(&r.location, "Mobile", "Alabama", "US");
}

static void
test_headline_copy(void **state)
{
	struct place_result r;
	const char *t;

	(void)state;
	/* the text repeats the headline: its first word is capitalised
	 * there only because it opens the headline */
	t = "Man dies after being shot outside gym\n"
	    "A man has died after being shot outside a gym on Tuesday.";
	place_extract("Man dies after being shot outside gym", t, strlen(t),
	    NULL, 0, &r);
	assert_null(r.location.country);
	t = "Man dies after being shot outside gym\n"
	    "A man has died after being shot outside a gym in Douglas, Isle "
	    "of Man, on Tuesday.";
	place_extract("Man dies after being shot outside gym", t, strlen(t),
	    NULL, 0, &r);
	assert_string_equal(r.location.country_code, "IM");
	t = "Bomb kills two in Kabul\n"
	    "A bomb killed two people on Tuesday, police said.";
	place_extract("Bomb kills two in Kabul", t, strlen(t), NULL, 0, &r);
	assert_place(&r.location, "Kabul", "Kabul", "AF");
}

static void
test_police_forces(void **state)
{
	struct place_result r;

	(void)state;
	run("Uganda Police said two officers were shot dead at a checkpoint "
	    "overnight.", &r);
	assert_string_equal(r.location.country_code, "UG");
	run_nospan("Man With Machete Kills Two",
	    "Fiji Police said the suspect also injured three people.", &r);
	assert_string_equal(r.location.country_code, "FJ");
	/* a state's force does not say which place of that name is meant */
	run("Three people were shot dead on Monday, Victoria Police said.",
	    &r);
	assert_null(r.location.country);
	/* a capitalised word after the name that is no force keeps it a
	 * person's name */
	run("Chad Smith said two officers were shot dead at a checkpoint "
	    "overnight.", &r);
	assert_null(r.location.country);
}

/* Forces that name no place and still say the country; a force named
 * for a city, or abroad next to a stated place, does not move it. */
static void
test_force_names(void **state)
{
	struct place_result r;

	(void)state;
	run("A man was stabbed in a street in Newtown on Friday, Police "
	    "Scotland said.", &r);
	assert_string_equal(r.location.country_code, "GB");
	run("Shots were fired at a house in Springfield early on Monday, "
	    "the RCMP said.", &r);
	assert_string_equal(r.location.country_code, "CA");
	run("Two men were shot dead at a tavern in Mayfield on Saturday, "
	    "KwaZulu-Natal police said.", &r);
	assert_string_equal(r.location.country_code, "ZA");
	run("A man was stabbed at a bus stop in Perth on Tuesday, Tokyo "
	    "Metropolitan Police said.", &r);
	assert_string_not_equal(r.location.country_code, "GB");
	/* the Metropolitan Police Departments are American cities' */
	run("A man was stabbed at a bus stop in Perth on Tuesday, the "
	    "Metropolitan Police Department said.", &r);
	assert_string_not_equal(r.location.country_code, "GB");
	run("A man was stabbed at a bus stop in Perth on Tuesday, the "
	    "Metropolitan Police Bureau said.", &r);
	assert_string_not_equal(r.location.country_code, "GB");
	run("Met Police officers helped Spanish police after a man was "
	    "stabbed in Malaga, Spain, on Tuesday.", &r);
	assert_string_equal(r.location.country_code, "ES");
	/* a nation's police say which Valencia is meant, but may work with
	 * the police of the country where it happened */
	run("A man was stabbed outside a nightclub in Valencia early on "
	    "Sunday, Spanish police said.", &r);
	assert_place(&r.location, "Valencia", NULL, "ES");
	run("Two people were stabbed in Caracas over the weekend; Spanish "
	    "police arrested a suspect on Monday.", &r);
	assert_string_equal(r.location.country_code, "VE");
	/* "West Midlands" is not the Midlands of another country */
	run("Two men were stabbed overnight, West Midlands Police said.", &r);
	assert_null(r.location.country_code);
}

/* Local news names the neighbourhood, then its city: a name before a
 * large city is a part of it; a region or country still ends a chain,
 * and a list of cities is no chain. */
static void
test_local_chains(void **state)
{
	struct place_result r;

	(void)state;
	run("A man was stabbed in Kingston, Queens, on Tuesday night, police "
	    "said.", &r);
	assert_place(&r.location, "Kingston", "New York", "US");
	run("A man was stabbed in Hamilton, Ontario, on Tuesday night, "
	    "police said.", &r);
	assert_place(&r.location, "Hamilton", "Ontario", "CA");
	run("Bombs exploded in Tokyo, Lima and Bogota on Tuesday night, "
	    "police said.", &r);
	assert_string_equal(r.location.country_code, "JP");
	/* a region that is two of one country's divisions is one place */
	run("A man was shot dead in Zzyzxq, Lima, on Monday, police said.",
	    &r);
	assert_place(&r.location, "Zzyzxq", "Lima", "PE");
	run("A man was shot dead in Zzyzxq, Punjab, on Monday, police said.",
	    &r);
	assert_place(&r.location, NULL, "Punjab", "IN");
	/* "X, in southern Spain": a compass point makes it a place */
	run("Two people were stabbed in Cordoba, in southern Spain, on "
	    "Saturday night, police said.", &r);
	assert_place(&r.location, "C\xc3\xb3rdoba", "Andalusia", "ES");
	run("Two people were stabbed in Cordoba, in central Argentina, on "
	    "Saturday night, police said.", &r);
	assert_string_equal(r.location.country_code, "AR");
	/* "X, east of Lyon": near a large city that is a region too */
	run("A man stabbed two people in Saint-Paul, east of Lyon, on "
	    "Sunday, police said.", &r);
	assert_string_equal(r.location.country_code, "FR");
	/* a town whose namesakes all lie abroad, before a region */
	run("Gunmen killed three police officers near Toledo, Zacatecas, on "
	    "Monday, officials said.", &r);
	assert_place(&r.location, "Toledo", "Zacatecas", "MX");
	run("Gunmen killed three police officers near Fresnillo, Zacatecas, "
	    "on Monday, officials said.", &r);
	assert_place(&r.location, "Fresnillo", "Zacatecas", "MX");
	/* "X-Noord" is a part of X; a region so named stays the region */
	run("Shots were fired at a cafe in Amsterdam-Noord early on Sunday, "
	    "police said.", &r);
	assert_place(&r.location, "Amsterdam", NULL, "NL");
	run("Gunmen killed four soldiers in the Sud-Ouest region on Sunday, "
	    "the army said.", &r);
	assert_place(&r.location, NULL, "Sud-Ouest", "BF");
	/* a region that is no town's name ends a chain even when a town
	 * elsewhere in the country bears the first name */
	run("An IED blast killed nine security personnel in Bijapur, "
	    "Chhattisgarh, on Tuesday.", &r);
	assert_place(&r.location, "Bijapur", "Chhattisgarh", "IN");
	assert_false(r.location.has_coords);
	/* so does a region in the possessive before the name */
	run("An IED blast targeted a vehicle carrying security personnel "
	    "in Chhattisgarh's Bijapur district on Tuesday.", &r);
	assert_place(&r.location, NULL, "Chhattisgarh", "IN");
	run("Gunmen killed nine people in Borno's Gwoza on Tuesday.", &r);
	assert_place(&r.location, "Gwoza", "Borno", "NG");
	/* a named area in the possessive holds the towns of the regions
	 * it spans, whose region is never the area itself */
	run("Gunmen killed nine people in Darfur's El Fasher on Tuesday, "
	    "witnesses said.", &r);
	assert_place(&r.location, "El Fasher", "Northern Darfur", "SD");
	assert_true(r.location.has_coords);
	run("A bomb killed four soldiers in Mindanao's Marawi on Sunday, "
	    "the army said.", &r);
	assert_place(&r.location, "Marawi", "Autonomous Region in Muslim "
	    "Mindanao", "PH");
	run("A Russian missile strike killed six people in Donbas's "
	    "Kostiantynivka on Monday, officials said.", &r);
	assert_place(&r.location, "Kostiantynivka", "Donetsk", "UA");
}

/* A neighbourhood in a report filed from a city is that city's, not a
 * town abroad; a bureau's report on a neighbouring country keeps the
 * places it names there. */
static void
test_dateline_parts(void **state)
{
	struct place_result r;

	(void)state;
	run("SEVILLE, Spain \xe2\x80\x94 One man died when a man opened fire "
	    "in a bar in the Delicias neighbourhood early on Sunday, police "
	    "said.", &r);
	/* nothing else places it: the record takes the dateline's */
	assert_null(r.location.country_code);
	assert_string_equal(r.dateline.country_code, "ES");
	run("NAIROBI \xe2\x80\x94 Gunmen killed four people in the Mogadishu "
	    "neighbourhood of Hodan on Sunday, police said.", &r);
	assert_string_equal(r.location.country_code, "SO");
	run("NAIROBI \xe2\x80\x94 Gunmen killed four people in the Afgoye "
	    "area on Sunday, police said.", &r);
	assert_string_equal(r.location.country_code, "SO");
}

/* A name that goes on past a gazetteer name is another place: its
 * country comes from the rest of the text. */
static void
test_longer_names(void **state)
{
	struct place_result r;

	(void)state;
	run("QUITO \xe2\x80\x94 A man was shot dead in San Juan de Calderon "
	    "on Monday, police said.", &r);
	assert_place(&r.location, "San Juan de Calderon", NULL, "EC");
	run("A man was shot dead in San Juan on Monday, police said.", &r);
	assert_string_equal(r.location.country_code, "PR");
	/* the end of the name may be the town it belongs to */
	run("BOGOTA \xe2\x80\x94 Gunmen killed three farmers in San Jos"
	    "\xc3\xa9 de Apartad\xc3\xb3 on Monday, the army said.", &r);
	assert_string_equal(r.location.country_code, "CO");
	/* a region's name with a part after it is still the region's */
	run("A grenade blast wounded six people in Lanao del Sur on Monday, "
	    "police said.", &r);
	assert_place(&r.location, NULL, "Lanao del Sur", "PH");
}

/* The dateline's country, when the text points there too, outweighs a
 * country named for who the victims were; alone it elects nothing, and a
 * country named as the scene still wins. */
static void
test_namesakes(void **state)
{
	struct place_result r;

	(void)state;
	/* a name two large cities bear adds no weight to its larger one,
	 * so the country the text names picks the city */
	run("A man stabbed two people near a market in Valencia on Friday "
	    "before Spanish police arrested him.", &r);
	assert_place(&r.location, "Valencia", NULL, "ES");
	/* a bare dateline does not say which of two large namesakes it
	 * is; a police force named for its country does */
	run("VALENCIA \xe2\x80\x94 A man stabbed a taxi driver in Valencia "
	    "on Friday, the Guardia Civil said.", &r);
	assert_place(&r.location, "Valencia", NULL, "ES");
	run("VALENCIA \xe2\x80\x94 A man stabbed a taxi driver in Valencia "
	    "on Friday, police in Carabobo state said.", &r);
	assert_place(&r.location, "Valencia", NULL, "VE");
	/* a region's name says its country only when no larger town
	 * abroad bears it: "Hamilton" is a parish of Bermuda and a
	 * village there, and cities of New Zealand and Canada */
	run("Shots were fired at a house in Hamilton on Friday night, "
	    "police said. Nobody was hurt in the Hamilton shooting.", &r);
	assert_non_null(r.location.country_code);
	assert_string_not_equal(r.location.country_code, "BM");
	run("A petrol bomb was thrown at a shop in Hamilton on Friday, and "
	    "Waikato police said the owner was hurt.", &r);
	assert_place(&r.location, "Hamilton", "Waikato", "NZ");
	/* a city is first the place of its own name, then a place the
	 * name is an alternate name of */
	run("Two men were stabbed in Manchester city centre on Friday night.",
	    &r);
	assert_place(&r.location, "Manchester", NULL, "GB");
	/* a place and its country without the comma are no person's
	 * name */
	run("Gunmen burned a police station in Awka, Anambra Nigeria, on "
	    "Sunday.", &r);
	assert_string_equal(r.location.country_code, "NG");
	/* a road's name joins the two places it links; a hyphenated
	 * place's name stays whole */
	run("Gunmen ambushed a convoy on the Kano-Maiduguri highway on "
	    "Monday, police said.", &r);
	assert_string_equal(r.location.country_code, "NG");
	run("A bomb exploded on the Saint-Denis road on Monday.", &r);
	assert_non_null(r.location.city);
	assert_string_equal(r.location.city, "Saint-Denis");
	/* a region that bears the name before a city it is only an
	 * alternate name of */
	run("Troops clashed with rebels in Samar on Friday, killing three, "
	    "the army said.", &r);
	assert_place(&r.location, NULL, "Samar", "PH");
	/* a region two countries name is the one a town the text names
	 * lies in */
	run("Gunmen torched a church in Plateau overnight; two of the "
	    "wounded died later at a clinic in Riyom.", &r);
	assert_string_equal(r.location.country_code, "NG");
	run("The governor of Punjab condemned the bombing, which killed six "
	    "people at a market in Multan.", &r);
	assert_place(&r.location, "Multan", "Punjab", "PK");
	/* but a city of the region's name stays the city */
	run("Gunmen killed two people in Kabul, police in Kabul province "
	    "said.", &r);
	assert_place(&r.location, "Kabul", NULL, "AF");
}

static void
test_dateline_vote(void **state)
{
	struct place_result r;

	(void)state;
	run("DUSHANBE \xe2\x80\x94 Two Chinese engineers working for a mining "
	    "company were killed when armed men fired on their camp near the "
	    "Afghan border, Tajikistan's border service said.", &r);
	assert_string_equal(r.location.country_code, "TJ");
	run("NAIROBI \xe2\x80\x94 Al Shabaab fighters attacked a military base "
	    "in Somalia's Lower Shabelle region on Monday, killing 11 "
	    "soldiers, officials said.", &r);
	assert_string_equal(r.location.country_code, "SO");
	/* what the text says against the dateline is only weak hints: a
	 * small town or an alternate name abroad, a facility named for a
	 * place, a people named as an adjective */
	run("WELLINGTON \xe2\x80\x94 Two men were stabbed outside a bar in "
	    "Newtown on Friday night, police said.", &r);
	assert_string_equal(r.location.country_code, "NZ");
	run("LIMA \xe2\x80\x94 A bomb exploded outside a Chinese restaurant "
	    "on Monday, injuring two guards, police said.", &r);
	assert_string_equal(r.location.country_code, "PE");
	run("LAGOS \xe2\x80\x94 Gunmen opened fire near Bristol hotel on "
	    "Sunday, killing two guards, police said.", &r);
	assert_string_equal(r.location.country_code, "NG");
	/* a region named by an English word ("North", "South") with no
	 * feature noun, and a district the gazetteer knows only as a
	 * town's alternate name abroad, are weak hints too */
	run("KOLKATA \xe2\x80\x94 Two men were shot at a tea stall in South "
	    "24 Parganas on Friday, police said.", &r);
	assert_string_equal(r.location.country_code, "IN");
	run("PATNA \xe2\x80\x94 A bomb went off outside a school in Saran "
	    "district on Friday, injuring two guards, police said.", &r);
	assert_string_equal(r.location.country_code, "IN");
	/* "the West End", "the East Side": a city's quarter, not the
	 * town or district of that name abroad (West End, Anguilla) */
	run("Police said a man was shot dead in the West End of Glasgow on "
	    "Friday.", &r);
	assert_string_equal(r.location.country_code, "GB");
	run("WINNIPEG \xe2\x80\x94 A man was stabbed in the West End on "
	    "Saturday night, Winnipeg police said.", &r);
	assert_string_equal(r.location.country_code, "CA");
	run("A man was shot dead in West End, Anguilla, on Friday, police "
	    "said.", &r);
	assert_string_equal(r.location.country_code, "AI");
	/* two weak hints of different names that agree are more than a
	 * namesake's chance */
	run("BANGKOK \xe2\x80\x94 Myanmar troops shelled villages near "
	    "Myawadi on Sunday, killing three, residents said.", &r);
	assert_string_equal(r.location.country_code, "MM");
	/* a bureau's report on a large city abroad stays abroad */
	run("NAIROBI \xe2\x80\x94 Gunmen killed five people in Mogadishu on "
	    "Friday, officials said.", &r);
	assert_place(&r.location, "Mogadishu", NULL, "SO");
}

/* A district (GeoNames admin2) that no town is named after places the
 * attack in its region and country, but only where the text calls it a
 * division: small districts share their names with people and words. */
static void
test_district_names(void **state)
{
	struct place_result r;

	(void)state;
	run("Gunmen killed three policemen in Orakzai district on Sunday, "
	    "officials said.", &r);
	assert_place(&r.location, NULL, "Khyber Pakhtunkhwa", "PK");
	run("A bomb killed two soldiers in the district of Kech on Sunday, "
	    "officials said.", &r);
	assert_place(&r.location, NULL, "Balochistan", "PK");
	run("Gunmen killed twelve villagers in Oruk Anam local government "
	    "area on Sunday.", &r);
	assert_place(&r.location, NULL, "Akwa Ibom", "NG");
	/* a region named after a district "of" it is the one of the
	 * district's country; a local government area is Nigeria's */
	run("Gunmen killed twelve villagers in Mangu local government area "
	    "of Plateau on Sunday.", &r);
	assert_place(&r.location, "Mangu", "Plateau", "NG");
	run("Gunmen killed four farmers in the Riyom area of Plateau on "
	    "Sunday.", &r);
	assert_place(&r.location, "Riyom", "Plateau", "NG");
	/* Pakistan's former tribal agencies: "X tribal district" */
	run("A bomb killed two soldiers in Orakzai tribal district on "
	    "Sunday, officials said.", &r);
	assert_place(&r.location, NULL, "Khyber Pakhtunkhwa", "PK");
	/* the bare name, with nothing that calls it a district, is a
	 * hint after a locative when the text names no other place */
	run("Gunmen killed four people in Orakzai on Sunday.", &r);
	assert_place(&r.location, NULL, "Khyber Pakhtunkhwa", "PK");
	run("Militants attacked a police station in Lakki Marwat, killing "
	    "three officers.", &r);
	assert_place(&r.location, NULL, "Khyber Pakhtunkhwa", "PK");
	run("Orakzai elders said gunmen killed four people on Sunday.", &r);
	assert_place(&r.location, NULL, NULL, NULL);
	run("Gunmen killed four people in Orakzai and in Kabul on Sunday.",
	    &r);
	assert_place(&r.location, "Kabul", NULL, "AF");
	/* a division that only some countries have keeps a name's
	 * readings there: no Bara of Nigeria */
	run("Militants opened fire on a patrol in Bara tehsil overnight, "
	    "officials said.", &r);
	assert_null(r.location.country_code);
	run("Gunmen killed a man in Kotli tehsil on Sunday.", &r);
	assert_place(&r.location, "Kotli", NULL, "PK");
	/* a district's name before a place's part is still a hint */
	run_nospan("Three Police Officers Killed In Ambush Near Khyber "
	    "Checkpoint", "Militants opened fire on a patrol in Bara tehsil "
	    "overnight, officials said.", &r);
	assert_place(&r.location, NULL, "Khyber Pakhtunkhwa", "PK");
	/* a town GeoNames has renamed since cities500 */
	run("Three soldiers were killed in an encounter with militants in "
	    "Shopian district on Tuesday, police said.", &r);
	assert_place(&r.location, "Shopian", "Jammu and Kashmir", "IN");
	/* a vowel respelling before "town" ("Rajauri"), not of any word;
	 * a district whose respelling is a place abroad is no hint */
	run("A grenade attack in Rajouri town wounded five people.", &r);
	assert_place(&r.location, NULL, "Jammu and Kashmir", "IN");
	run("The virus killed two patients, a study published in Nature "
	    "said.", &r);
	assert_null(r.location.country_code);
	run("Militants attacked an army post in Poonch on Sunday, killing "
	    "two soldiers.", &r);
	assert_null(r.location.country_code);
	/* a Jamaican district named like a part of London */
	run("A bus driver was punched in Peckham on Sunday.", &r);
	assert_place(&r.location, NULL, NULL, NULL);
	/* "Haram" is a district in Norway, "Nahi" one in Bhutan */
	run("Boko Haram fighters killed five farmers on Sunday, residents "
	    "said.", &r);
	assert_place(&r.location, NULL, NULL, NULL);
	run("Gunmen shot Entisar Nahi, a paramedic, on Sunday.", &r);
	assert_place(&r.location, NULL, NULL, NULL);
}

/* "County X", "Co. X": a county of Britain or Ireland, never a town of
 * that name abroad. */
static void
test_british_counties(void **state)
{
	struct place_result r;

	(void)state;
	run("A man was shot dead in County Kerry on Monday.", &r);
	assert_place(&r.location, NULL, "Kerry", "IE");
	run("A man was shot dead in County Clare on Monday.", &r);
	assert_place(&r.location, NULL, "Clare", "IE");
	run("A man was shot dead in Co. Antrim on Monday.", &r);
	assert_string_equal(r.location.country_code, "GB");
	run("An inmate attacked two prison officers at HMP Frankland in "
	    "County Durham on Monday.", &r);
	assert_place(&r.location, NULL, "Durham", "GB");
	/* no such county there: no place rather than a US town */
	run("A man was shot dead in County Tyrone on Monday.", &r);
	assert_null(r.location.country_code);
	/* America writes the county after the name */
	run("Fulton County Sheriff Pat Labat said two deputies were shot in "
	    "Atlanta.", &r);
	assert_place(&r.location, "Atlanta", NULL, "US");
}

/* A world agency's bureau reports on its neighbours: a town with no
 * namesake in the dateline's country is where it happened. */
static void
test_bureau_datelines(void **state)
{
	struct place_result r;

	(void)state;
	run("NAIROBI (Reuters) - Gunmen killed six traders at a market in "
	    "Beledweyne on Tuesday, a local official said.", &r);
	assert_string_equal(r.location.country_code, "SO");
	run("BANGKOK (AFP) - Shells fired across the river killed three "
	    "villagers near Myawadi on Sunday, residents said.", &r);
	assert_string_equal(r.location.country_code, "MM");
}

/* Areas that are no administrative division (data/extract/areas.tsv):
 * an island, a historic region, a de facto state, a valley. */
static void
test_named_areas(void **state)
{
	struct place_result r;

	(void)state;
	run("Gunmen killed four farmers on Mindanao on Sunday, the army "
	    "said.", &r);
	assert_place(&r.location, NULL, "Mindanao", "PH");
	run("Militants ambushed a convoy in North Waziristan on Monday, "
	    "killing two soldiers.", &r);
	assert_place(&r.location, NULL, "Khyber Pakhtunkhwa", "PK");
	run("Three police officers were shot dead in Ingushetia on Friday.",
	    &r);
	assert_place(&r.location, NULL, NULL, "RU");
	/* a region's bare name that is also a small town abroad, with
	 * nothing else in the text, is the region */
	run("Gunmen killed three people in Kasai on Sunday, police said.", &r);
	assert_place(&r.location, NULL, "Kasai", "CD");
	run("Masked men set fire to two holiday homes in Corsica overnight.",
	    &r);
	assert_place(&r.location, NULL, "Corsica", "FR");
	/* a town the text names still wins over the area around it */
	run("A car bomb killed six people in Garowe, in Puntland, on "
	    "Saturday.", &r);
	assert_place(&r.location, "Garowe", NULL, "SO");
}

static void
test_hostile_input(void **state)
{
	struct place_result r;
	char *big;
	size_t i, n = 1 << 20;
	unsigned char junk[512];

	(void)state;
	place_extract(NULL, NULL, 0, NULL, 0, &r);
	assert_null(r.location.country);
	place_extract(NULL, "", 0, NULL, 0, &r);
	assert_null(r.location.country);
	for (i = 0; i < sizeof(junk); i++)
		junk[i] = (unsigned char)(i * 37 + 11);
	junk[sizeof(junk) - 1] = '\0';	/* the title is a C string */
	place_extract((const char *)junk + 500, (const char *)junk,
	    sizeof(junk) - 20, NULL, 0, &r);
	/* a span past the end is ignored rather than read */
	{
		struct span bad = { 10, 1000000 };

		place_extract(NULL, "in Kabul, Afghanistan", 21, &bad, 1, &r);
		assert_place(&r.location, "Kabul", NULL, "AF");
	}
	big = malloc(n + 1);
	assert_non_null(big);
	for (i = 0; i < n; i++)
		big[i] = "Kabul, Afghanistan, Paris, "[i % 27];
	big[n] = '\0';
	place_extract(NULL, big, n, NULL, 0, &r);
	assert_non_null(r.location.country_code);
	free(big);
	/* A report followed by a list of thousands of names: the places
	 * read stop at PLACE_MAXMENTIONS, and the first-named place is
	 * still the attack's. */
	{
		static const char head[] = "Gunmen killed five people in "
		    "Maiduguri, Nigeria, on Monday. Police in ";
		static const char town[] = "Kano, Zaria, Bauchi, Gombe, ";
		size_t hl = sizeof(head) - 1, tl = sizeof(town) - 1;

		n = hl + 3000 * tl + 1;
		big = malloc(n + 1);
		assert_non_null(big);
		memcpy(big, head, hl);
		for (i = 0; i < 3000; i++)
			memcpy(big + hl + i * tl, town, tl);
		big[n - 1] = '.';
		big[n] = '\0';
		run(big, &r);
		assert_place(&r.location, "Maiduguri", "Borno", "NG");
		free(big);
	}
}

/* "the University of X Teaching Hospital": a common word that opens an
 * institution's name is no town of that name. */
static void
test_institutions(void **state)
{
	struct place_result r;

	(void)state;
	run("Victims of the bombing are receiving treatment at the "
	    "University of Ilorin Teaching Hospital, officials said.", &r);
	assert_true(r.location.country_code == NULL ||
	    strcmp(r.location.country_code, "US") != 0);
	assert_true(r.location.city == NULL ||
	    strcmp(r.location.city, "University") != 0);
}

/* "X, the main city of <country>'s ... region": the words after "city
 * of" are where the town lies, not a town's name. */
static void
test_region_phrases(void **state)
{
	struct place_result r;

	(void)state;
	run("Gunmen killed four people in Kumba, a city of Cameroon's "
	    "Anglophone South-West region, officials say.", &r);
	assert_place(&r.location, "Kumba", "South-West", "CM");
	run("Gunmen killed four people in Gombe, the main city of "
	    "Nigeria's northeastern Gombe State, officials say.", &r);
	assert_place(&r.location, "Gombe", "Gombe", "NG");
	/* a name only a region (an area) bears is no town's */
	run("Suspected militants shot dead a migrant worker in the main "
	    "city of Indian-administered Kashmir, police said on Friday.",
	    &r);
	assert_place(&r.location, NULL, "Jammu and Kashmir", "IN");
}

/* A neighbourhood of a large city the gazetteer lacks, named beside the
 * city, is not a small namesake town far away. */
static void
test_city_neighbourhoods(void **state)
{
	struct place_result r;

	(void)state;
	run("Two men were shot dead outside a bar in Roseland late Friday, "
	    "Chicago police said.", &r);
	assert_place(&r.location, "Chicago", "Illinois", "US");
	run("Three people were killed when gunmen opened fire at a house in "
	    "the Woodlawn neighborhood, Chicago police said.", &r);
	assert_place(&r.location, "Chicago", "Illinois", "US");
	/* a town the text places in its state stays that town */
	run("Two men were shot dead outside a bar in Roseland, New Jersey, "
	    "late Friday, police said.", &r);
	assert_place(&r.location, "Roseland", "New Jersey", "US");
	/* a sentence about the city's quarters ("Chicago's South Side")
	 * makes the towns it names its quarters, if far and smaller */
	run("Three people were killed at a bus stop in Chatham on Sunday "
	    "night, less than 24 hours after a shooting at a house party "
	    "left four dead, on Chicago's South Side.", &r);
	assert_place(&r.location, "Chicago", "Illinois", "US");
	run("Two men were killed in a drive-by shooting in Austin on "
	    "Chicago's West Side late Saturday, police said.", &r);
	assert_place(&r.location, "Chicago", "Illinois", "US");
	run("Two men were shot dead in Evanston on Saturday, hours after a "
	    "shooting on Chicago's North Side, police said.", &r);
	assert_place(&r.location, "Evanston", "Illinois", "US");
	/* "the X locality of <large city>" says that X is the city's,
	 * whatever large town abroad bears the name */
	run("Two police officers were killed when an explosive device went "
	    "off at a police post in the Ciudad Bolivar locality of Bogota "
	    "early on Wednesday, police said.", &r);
	assert_place(&r.location, "Bogot\xc3\xa1", NULL, "CO");
	/* a large city's police speaking of a far smaller town abroad
	 * speak of a part of their city */
	run("A police officer injured in Wednesday's attack on a police "
	    "post in Ciudad Bolivar died on Thursday, Bogota police said.",
	    &r);
	assert_place(&r.location, "Bogot\xc3\xa1", NULL, "CO");
	run("A woman was shot dead in Ciudad Bolivar on Thursday, police "
	    "said.", &r);
	assert_place(&r.location, "Ciudad Bol\xc3\xadvar", NULL, "VE");
	/* the larger city owns the smaller */
	run("A bus driver was shot dead by a man posing as a passenger in "
	    "the Lima district of San Juan de Lurigancho on Wednesday, "
	    "police said.", &r);
	assert_place(&r.location, "Lima", NULL, "PE");
}

/* "a Kaduna community": a village in the state, not the state's seat
 * that bears its name. */
static void
test_region_settlements(void **state)
{
	struct place_result r;

	(void)state;
	run_nospan("Bandits abduct 40, kill three in Kaduna community",
	    "Armed bandits on Saturday invaded Maro community in Kajuru "
	    "Local Government Area of Kaduna State, killing three "
	    "residents.", &r);
	assert_place(&r.location, NULL, "Kaduna", "NG");
	run("Gunmen killed three residents in a Kaduna community on "
	    "Saturday, police said.", &r);
	assert_place(&r.location, NULL, "Kaduna", "NG");
	/* a city's own name before another noun stays the city */
	run("Gunmen killed three people at a Kaduna mosque on Saturday, "
	    "police said.", &r);
	assert_place(&r.location, "Kaduna", "Kaduna", "NG");
}

/* A hyphenated town name the gazetteer writes as one word. */
static void
test_hyphen_joined(void **state)
{
	struct place_result r;

	(void)state;
	run("Gunmen opened fire near the market in Petion-Ville on Tuesday "
	    "afternoon, killing at least four people, police sources said.",
	    &r);
	assert_place(&r.location, "P\xc3\xa9tionville", "Ouest", "HT");
	/* "X, an upscale suburb of Y": X, which Y only describes */
	run("Gunmen killed six people near the market in Petion-Ville, an "
	    "upscale suburb of Port-au-Prince, police said Wednesday.", &r);
	assert_place(&r.location, "P\xc3\xa9tionville", "Ouest", "HT");
	run("Gunmen killed six people near the market in Pikine, a densely "
	    "populated suburb of Dakar, police said Wednesday.", &r);
	assert_place(&r.location, "Pikine", NULL, "SN");
	run("Gunmen killed six people near a market in a suburb of Dakar, "
	    "police said Wednesday.", &r);
	assert_place(&r.location, "Dakar", NULL, "SN");
	/* the hyphenated key first: "Port-au-Prince" is the gazetteer's */
	run("Gunmen killed four people in Port-au-Prince on Tuesday, "
	    "police said.", &r);
	assert_place(&r.location, "Port-au-Prince", "Ouest", "HT");
}

/* "the Metropolitan Police" is London's, and many other cities' force:
 * it does not outvote the city the text names. */
static void
test_metropolitan_police(void **state)
{
	struct place_result r;

	(void)state;
	run("A bomb killed two officers at a police post in Bogota on "
	    "Wednesday, the Metropolitan Police said.", &r);
	assert_place(&r.location, "Bogot\xc3\xa1", NULL, "CO");
	run("A man was stabbed to death at a bus stop in Walthamstow on "
	    "Friday, the Metropolitan Police said.", &r);
	assert_place(&r.location, "Walthamstow", NULL, "GB");
}

/* "the town of X": a town the gazetteer knows in the country chosen is
 * that town, with its region and coordinates; a village it lacks stays
 * the text's name. */
static void
test_settlement_towns(void **state)
{
	struct place_result r;

	(void)state;
	run("A motorcycle bomb killed three people in the town of Jamundi "
	    "near Colombia's third-largest city Cali on Wednesday.", &r);
	assert_place(&r.location, "Jamund\xc3\xad", "Valle del Cauca", "CO");
	assert_true(r.location.has_coords);
	run("Gunmen killed nine people in the village of Kpakpara in "
	    "Nigeria's Benue state, police said.", &r);
	assert_place(&r.location, "Kpakpara", "Benue", "NG");
	assert_false(r.location.has_coords);
}

/* "the Somali capital", "the Punjab capital", "Kwara state's capital":
 * the seat of the country or region named, when no town is named. */
static void
test_capitals(void **state)
{
	struct place_result r;

	(void)state;
	run("A suicide bomber killed six people at a checkpoint in the "
	    "Somali capital on Sunday, police said.", &r);
	assert_place(&r.location, "Mogadishu", NULL, "SO");
	run("Gunmen killed five people in the Punjab capital on Sunday, "
	    "police in Pakistan said.", &r);
	assert_place(&r.location, "Lahore", "Punjab", "PK");
	run("Gunmen killed five people at a market in Kwara state's "
	    "capital, officials in Nigeria said.", &r);
	assert_place(&r.location, "Ilorin", "Kwara", "NG");
	/* the capital as a landmark places the attack elsewhere */
	run("A suicide bomber killed six people at a checkpoint 30 km "
	    "north of the Somali capital on Sunday, police said.", &r);
	assert_null(r.location.city);
	run("A bomb killed six people in Kandahar province on Sunday, "
	    "police said. The Afghan capital was calm.", &r);
	assert_place(&r.location, NULL, "Kandahar", "AF");
	/* "the capital of X state", "the provincial capital" of the one
	 * province named */
	run("A bomb killed five people at a market in the capital of Borno "
	    "state on Sunday, officials said.", &r);
	assert_place(&r.location, "Maiduguri", "Borno", "NG");
	run("A bomb killed five people at a market in the provincial "
	    "capital on Sunday, officials in Helmand province said.", &r);
	assert_place(&r.location, "Lashkar Gāh", "Helmand", "AF");
	/* "the capital of <country>'s ... state" is the state's */
	run("Gunmen shot dead six workers at a bar in Hermosillo, the "
	    "capital of Mexico's northern Sonora state, on Thursday.", &r);
	assert_place(&r.location, "Hermosillo", "Sonora", "MX");
}

/* "Civil Hospital Karachi": a large city that ends an institution's
 * name is a hint of the place, not a surname. */
static void
test_facility_cities(void **state)
{
	struct place_result r;

	(void)state;
	run("A grenade killed one man at a shop in Malir on Monday. A second "
	    "victim died at Jinnah Hospital Lahore.", &r);
	assert_place(&r.location, "Lahore", "Punjab", "PK");
	/* a scene the text names outweighs where the wounded were taken */
	run("Gunmen killed five people in Mandera town on Monday. The "
	    "wounded were flown to Kenyatta Hospital Nairobi.", &r);
	assert_place(&r.location, "Mandera", NULL, "KE");
}

/* "Karachi's Orangi Town" in the title: the unknown name of a chain
 * below is a part of that city. */
static void
test_possessive_city_parts(void **state)
{
	struct place_result r;

	(void)state;
	run_nospan("Gunmen kill three in Karachi's Orangi Town",
	    "Three people were shot dead in Orangi Town, west of Karachi, "
	    "police said.", &r);
	assert_place(&r.location, "Karachi", "Sindh", "PK");
	/* without the possessive the text's own name stands */
	run_nospan("Gunmen kill three in Pakistan",
	    "Three people were shot dead in Orangi Town, west of Karachi, "
	    "police said.", &r);
	assert_place(&r.location, "Orangi Town", "Sindh", "PK");
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_taraz),
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_paris_texas),
		cmocka_unit_test(test_georgia),
		cmocka_unit_test(test_jordan),
		cmocka_unit_test(test_chain_region_or_country),
		cmocka_unit_test(test_demonyms),
		cmocka_unit_test(test_background_country),
		cmocka_unit_test(test_triples),
		cmocka_unit_test(test_settlements),
		cmocka_unit_test(test_shared_names),
		cmocka_unit_test(test_city_parts),
		cmocka_unit_test(test_possessives_and_names),
		cmocka_unit_test(test_case_and_accents),
		cmocka_unit_test(test_common_words),
		cmocka_unit_test(test_title_only),
		cmocka_unit_test(test_police_forces),
		cmocka_unit_test(test_force_names),
		cmocka_unit_test(test_local_chains),
		cmocka_unit_test(test_longer_names),
		cmocka_unit_test(test_dateline_parts),
		cmocka_unit_test(test_namesakes),
		cmocka_unit_test(test_dateline_vote),
		cmocka_unit_test(test_headline_copy),
		cmocka_unit_test(test_district_names),
		cmocka_unit_test(test_named_areas),
		cmocka_unit_test(test_bureau_datelines),
		cmocka_unit_test(test_institutions),
		cmocka_unit_test(test_region_phrases),
		cmocka_unit_test(test_city_neighbourhoods),
		cmocka_unit_test(test_metropolitan_police),
		cmocka_unit_test(test_hyphen_joined),
		cmocka_unit_test(test_region_settlements),
		cmocka_unit_test(test_settlement_towns),
		cmocka_unit_test(test_capitals),
		cmocka_unit_test(test_facility_cities),
		cmocka_unit_test(test_possessive_city_parts),
		cmocka_unit_test(test_british_counties),
		cmocka_unit_test(test_hostile_input),
		cmocka_unit_test(test_taraz_example_file),
	};
	size_t n = sizeof(tests) / sizeof(tests[0]);

	/* The last test reads $SHARED_DIR/examples/taraz-attack.txt. */
	if (!shared_data_present("examples/taraz-attack.txt"))
		n--;
	return _cmocka_run_group_tests("tests", tests, n, NULL, NULL);
}
