/*
 * Where an attack happened, read from news text.
 *
 * DESIGN
 *
 * The text is cut into word tokens.  Every run of up to PLACE_MAXWORDS
 * words that starts with a capital is looked up in the gazetteer (longest
 * match first) and becomes a mention: a country (or demonym), a region,
 * a city, or several of these at once ("Georgia", "Djibouti").
 *
 * Two kinds of evidence then compete:
 *
 *  - chains: "in Pampore, Jammu and Kashmir, India", "Paris, Texas".  A
 *    comma-separated list ending in a country (or a region) is how wire
 *    copy names a place; its first element is the city even when the
 *    gazetteer has never heard of it, and the element before the country
 *    is checked against that country's regions.
 *  - settlements the text names but the gazetteer lacks: "the village of
 *    X", "X village"; they take their country from the other evidence.
 *  - single mentions, scored by what surrounds them: a locative preposition
 *    ("in", "near", "in northern"), a feature noun ("the city of",
 *    "Kazakhstan's southern city of"), whether the mention lies in the
 *    sentences the caller marked as reporting the attack, and whether it
 *    looks like part of a person's name ("Michael Jordan", "President
 *    Chad ...") or a capitalised common word ("Reading", "Police") outside
 *    any place pattern.
 *
 * The country is chosen first by summing the scores of all evidence per
 * country (so a country named only in background paragraphs loses to the
 * one the attack sentences point at; a country or demonym used as an
 * adjective, "French soldiers", counts little), then the best scored place
 * in that country is the location, a town preferred to a region or the
 * country when it is nearly as well supported.  Ambiguous city names are
 * resolved by the countries and regions named elsewhere in the text, then
 * by population and administrative rank, a place that bears the name
 * before one it is only an alternate name of.  A region name is the
 * region that a town named elsewhere in the text lies in.
 *
 * A chain's first element that is a part of a city (a street, a
 * neighbourhood, anything numbered: "Sector G-13", "PK12 District"), or a
 * name the gazetteer lacks right before a large city that a region then
 * follows ("Kampani, Kabul, Kabul, Afghanistan"), gives way to the city.
 * So does a name the text ties to a large city as its part ("the X
 * locality of Bogota"), one the city's police or mayor speak of while
 * its namesakes lie far off and are much smaller, and a far, smaller
 * town named in a sentence about the city's quarters ("on Chicago's
 * South Side").
 *
 * A district's name (GeoNames admin2) is a mention only where the text
 * calls it a division ("Reasi district"); bare, after "in", it places
 * the attack in its region only when nothing else in the text names a
 * place ("a police station in Lakki Marwat").  Some words around a name
 * say which countries it lies in: "County Kerry" and "Co. Antrim" are
 * how Britain and Ireland write a county, a tehsil is Pakistan's or
 * India's; readings elsewhere are dropped.
 *
 * A country name two states share ("Congo") takes the state news means by
 * the bare name, unless the text qualifies it or places the attack in the
 * other.
 *
 * The dateline ("BISHKEK, Kyrgyzstan —", "KABUL (AP) —", and "PESHAWAR:" as
 * the South Asian press writes it) is read from the start of one of the
 * first lines and never counts as the location, whether a dash or a colon
 * ends it: a town is the place only when the text names it again.  An
 * American dateline abbreviates the state the AP's way ("Ga.", "N.H.").  A
 * report is mostly filed from where it happened, and names local places
 * the gazetteer lacks; a namesake abroad that is only a weak hint (a small
 * town, another place's alternate name, a facility's name, a people
 * named as an adjective) does not carry the text against the dateline's
 * country or against stronger evidence for another country.
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/geo.h"
#include "common/xmalloc.h"
#include "extract/gazetteer.h"
#include "extract/place.h"
#include "extract/cclass.h"

#define PLACE_MAXWORDS	5	/* "Dera Ismail Khan" */
#define PLACE_MAXTOKENS	20000	/* bounds the work on an overlong text */
/* Places read in one text, in the order they are named: a news report
 * names a few dozen, and several of the checks compare mentions in pairs
 * (a city's parts, shared countries, seats), so a crafted list of
 * thousands of names would otherwise cost seconds. */
#define PLACE_MAXMENTIONS	1000
#define PLACE_NCITY	24	/* city candidates kept per mention */
#define PLACE_NREGION	8
#define PLACE_MAXCHAIN	5	/* elements before the anchor of a chain */
#define PLACE_MAXRCTX	32	/* regions remembered as context */
#define PLACE_MAXFORCE	4	/* police forces counted as evidence */
/* A chain ("Pampore, Jammu and Kashmir, India") states a place outright;
 * a single mention only hints at one. */
#define CHAIN_SCORE	9
/* How much weaker a town may be than a region or country and still be
 * taken as the more precise answer. */
#define CITY_MARGIN	6
#define DATELINE_VOTE	4	/* the dateline's country's vote */
/* Towns smaller than this are many, and share names with the places a
 * report names that the gazetteer lacks. */
#define SMALL_TOWN_POP	50000
/* A village: "X, <country>" with X also a region of that country names
 * the region rather than a village of that name elsewhere in it. */
#define VILLAGE_POP	5000
/* A city this large is known by its English name and names what is in
 * it ("Bombay", "a Lagos mosque"). */
#define WORLD_CITY_POP	2000000
/* A city this large has named parts that the gazetteer lacks. */
#define CITY_PARTS_POP	300000

/* token flags */
#define T_CAP		0x01	/* starts with a capital */
#define T_UPPER		0x02	/* no lowercase letters */
#define T_SENT		0x04	/* first word of a sentence or line */
#define T_POSS		0x08	/* followed by 's */
#define T_COMMA		0x10	/* a comma follows */
#define T_STOP		0x20	/* sentence punctuation or a line end follows */
#define T_BASED		0x40	/* "Lagos-based": the suffix is cut off */
#define T_TITLE		0x80	/* in the title or its copy in the text */
#define T_ATTACK	0x100	/* in a sentence that reports the attack */

struct token {
	size_t	 start, end;	/* bytes of the word in its buffer */
	int	 flags;
	int	 title;		/* 1 when the token is in the title buffer */
	int	 sentence;	/* index of its sentence in its buffer */
	uint32_t lists;		/* the word lists it is in: word_lists_of() */
	/* The first and the last mention that cover it, or -1: mentions
	 * start in the order they are pushed, and only a shared country
	 * name reaches back over the words of one before it. */
	int	 men_first, men_last;
};

struct mention {
	size_t	 tok, ntok;	/* tokens [tok, tok + ntok) */
	int	 has_country;
	struct gaz_place country;
	size_t	 ncity;
	size_t	 nregion;
	int	 common;	/* key is also an English word */
	double	 score;		/* strength as the attack's place */
	int	 excluded;	/* part of a person's or organisation's name */
	int	 strong;	/* after "city of" and the like */
	int	 regional;	/* before "state", "province" */
	int	 chained;	/* used inside a chain */
	int	 adjective;	/* a country named as people or a state */
	int	 town_region;	/* region[] a town named elsewhere is in */
	int	 named_for;	/* opens a longer name ("X Hospital") */
	int	 division;	/* division_named() */
	int	 county;	/* after "County" or "Co.": county_before() */
	int	 city_hint;	/* score_mentions(): as a large city, added
				 * 0.5 to city[0]'s country's cctx */
	int	 vote_cid;	/* decide(): the country it votes for, or -1 */
	int	 vote_weak;	/* decide(): the vote is a weak hint */
	uint32_t name_hash;	/* mention_hash() */
	const struct shared_name *shared;	/* bare shared name, see below */
	/* Last, so that a mention is cleared and copied only as far as
	 * the candidates it holds (a few of the 32 slots). */
	struct gaz_place city[PLACE_NCITY];
	struct gaz_place region[PLACE_NREGION];
};

#define MENTION_HEAD	offsetof(struct mention, city)

/* A place built from a chain: "Labu-Labu, Shariff Aguak, Maguindanao,
 * Philippines". */
struct chainplace {
	int	 anycountry;	/* "the village of X": country from elsewhere */
	const struct gaz_place *city;	/* gazetteer city, or NULL */
	size_t	 name_start, name_end;	/* city text when city is NULL */
	int	 name_title;
	const struct gaz_place *region;
	struct gaz_place country;
	size_t	 start, end;	/* evidence */
	int	 ev_title;
	double	 score;
	int	 keyed;		/* chain_corefs(): the name has a key */
	uint32_t key_hash;	/* ... and this is key_hash() of it */
};

/* A region that a city candidate of a mention lies in, and which name
 * named it. */
struct town_in {
	int	 region_id;
	uint32_t name;		/* the mention's name_hash */
};

/* A word of fewer than 32 bytes, ASCII capitals lowered, NUL-padded:
 * the form in which the word set compares words, eight bytes at a
 * time. */
struct word_key {
	uint64_t w[4];
};

/* A word of the word lists below and the lists it is in, as bits
 * 1 << L_* (and W_*): the word set every token is looked up in. */
struct word_slot {
	struct word_key key;	/* all zero: a free slot */
	uint32_t lists;
};
/* Four times the words, so that a search mostly ends at its first slot;
 * word_slot() gives 10 bits. */
#define WORD_SLOTS	1024

/* place_extract()'s arrays, which only grow, for the next call. */
struct place_scratch {
	struct token *tok;
	size_t	 tokcap;
	struct mention *men;
	size_t	 mencap;
	struct chainplace *chains;
	size_t	 chaincap;
	double	*cvote, *cctx;	/* gaz_ncountries() each */
	int	*voted;
	size_t	 votedcap;
	struct town_in *towns;
	size_t	 towncap;
	struct word_slot *words;	/* WORD_SLOTS, built once */
};

struct ctx {
	struct place_scratch *ps;
	const char *title;
	size_t	 tlen;
	const char *text;
	size_t	 len;
	const struct span *attack;
	size_t	 nattack;
	struct span skip;	/* the dateline */
	int	 caseless;	/* all-caps or all-lowercase text */
	struct token *tok;
	size_t	 ntok, tokcap;
	struct mention *men;
	size_t	 nmen, mencap;
	struct chainplace *chains;
	size_t	 nchains, chaincap;
	const struct word_slot *words;	/* the word set, ps->words */
	uint32_t lists_any;	/* the lists some token is in */
	double	*cvote;		/* per country: attack evidence */
	double	*cctx;		/* per country: any mention at all */
	int	 lede;		/* sentence index of the first text sentence */
	int	 rctx[PLACE_MAXRCTX];	/* regions named in chains */
	size_t	 nrctx;
	size_t	 headcopy;	/* end of the title's copy in the text */
	int	 dl_cid;	/* the dateline's country id, or -1 */
	int	 dl_world;	/* its credit is a world agency's ("(AP)") */
	int	 dl_said;	/* it says which namesake ("Paris, Texas") */
	int	 fcid[PLACE_MAXFORCE];	/* countries police forces name */
	double	 fscore[PLACE_MAXFORCE];
	size_t	 nforce;
	int	 ocid[PLACE_MAXFORCE];	/* countries office words name */
	size_t	 noffice;
	struct gaz_place dhint;	/* district_hint(): the region */
	size_t	 dhint_start, dhint_end;	/* its first naming */
	int	 dhint_title;
	int	 ndhint;	/* 0 none, 1 one region, -1 several */
};

/* Sorted word lists, searched with bsearch on the lowercased token. */
static const char *const locatives[] = {
	"across", "along", "around", "at", "between", "in", "inside", "into",
	"near", "off", "outside", "throughout", "within",
};
static const char *const directions[] = {
	"central", "coastal", "east", "eastern", "far", "mountainous",
	"north", "north-east", "north-eastern", "north-west",
	"north-western", "northeast", "northeastern", "northern",
	"northwest", "northwestern", "remote", "restive", "rural", "south",
	"south-east", "south-eastern",
	"south-west", "south-western", "southeast", "southeastern",
	"southern", "southwest", "southwestern", "the", "troubled", "volatile",
	"west", "western",
};
static const char *const features[] = {
	"area", "capital", "city", "community", "county", "department",
	"district", "governorate", "hamlet", "municipality", "oblast",
	"outskirts", "port", "province", "region", "settlement", "state",
	"subdistrict", "suburb", "suburbs", "tehsil", "town", "township",
	"village", "ward",
};
/* A national force named for its country ("Fiji Police", "Kenya
 * Police"): the name before it is that country, not a person's.  Forces
 * of a state or city ("Victoria Police") do not say which of the places
 * of that name is meant. */
static const char *const forces[] = {
	"constabulary", "gendarmerie", "police",
};
/* Forces whose name says their country without naming it: a local
 * report names the force that investigates, and it works only at home.
 * second: a word that must follow, or NULL.  weak: the name is not its
 * country's alone, or the force also serves abroad (Moldova has
 * carabinieri too, and Italy's train police missions), so it only helps
 * choose among the places a report names.  Sorted by word. */
static const struct force_name {
	const char *word;
	const char *second;
	const char *cc;
	int	 weak;
} force_names[] = {
	{ "carabinieri", NULL, "IT", 1 },
	{ "ertzaintza", NULL, "ES", 0 },
	{ "gardai", NULL, "IE", 0 },
	{ "garda\xc3\xad", NULL, "IE", 0 },
	{ "guardia", "civil", "ES", 0 },
	{ "lapd", NULL, "US", 0 },
	{ "met", "police", "GB", 0 },
	{ "metropolitan", "police", "GB", 1 },
	{ "mossos", NULL, "ES", 0 },
	{ "nypd", NULL, "US", 0 },
	{ "psni", NULL, "GB", 0 },
	{ "rcmp", NULL, "CA", 0 },
	{ "saps", NULL, "ZA", 0 },
};
/* What follows "Metropolitan Police" in other cities' force names. */
static const char *const force_units[] = {
	"bureau", "department",
};
/* Locatives that place a thing inside, not beside, the next place. */
static const char *const within[] = {
	"at", "in", "inside", "into", "within",
};
/* Parts of a city or a province. */
static const char *const districtwords[] = {
	"district", "subdistrict", "township", "ward",
};
/* Nouns that call a name a division of a region: "Reasi district",
 * "the district of Kurram", "Orakzai agency", "Gwoza local government
 * area"; the words gen-gazetteer strips from districts' names. */
static const char *const divisions[] = {
	"agency", "county", "department", "district", "division", "lga",
	"local", "municipality", "prefecture", "province", "raion", "rayon",
	"regency", "subdistrict", "tehsil", "zone",
};
/* Nouns after a settlement's name: "Isey village" is Isey. */
static const char *const settlements[] = {
	"city", "hamlet", "municipality", "town", "township", "village",
};
/* Nouns after a place's name that are not part of the name, "Anyom
 * community" is Anyom; "the LGBTQ community in" is no settlement, so
 * "community" is only cut off. */
static const char *const name_suffixes[] = {
	"city", "community", "hamlet", "municipality", "town", "township",
	"village",
};
/* Nouns after a region's name: "Borno state", "Helmand province". */
static const char *const regionwords[] = {
	"county", "department", "governorate", "oblast", "prefecture",
	"province", "region", "state",
};
/* Parts of a place below the city that a chain may start with; the city
 * is the element after them ("al-Khadra neighborhood, Kirkuk city"). */
static const char *const subcity[] = {
	"airport", "area", "avenue", "base", "block", "border", "bridge",
	"bypass", "camp", "checkpoint", "church", "colony", "compound",
	"crossing", "dam", "forest", "highway", "hospital", "intersection",
	"lake", "market", "mosque", "mountain", "mountains", "neighborhood",
	"neighbourhood", "park", "police", "precinct", "prison", "quarter",
	"reservation", "reserve", "river", "road", "roundabout", "school",
	"square", "station", "street", "university", "valley",
};
/* Lowercase words that may sit inside a place name. */
static const char *const connectors[] = {
	"ad", "al", "an", "and", "ar", "as", "ash", "at", "az", "bin", "da",
	"das", "de", "del", "der", "des", "di", "do", "dos", "du", "e", "el",
	"i", "la", "le", "les", "los", "of", "sur", "ul", "van", "von", "y",
};
/* Capitalised words that do not begin a place name: function words at a
 * sentence start, months and days. */
static const char *const funcwords[] = {
	"a", "about", "after", "against", "also", "among", "an", "and",
	"april", "as", "at", "august", "before", "between", "but", "by",
	"december", "during", "february", "for", "friday", "from", "he",
	"her", "his", "however", "if", "in", "it", "its", "january", "july",
	"june", "march", "meanwhile", "monday", "near", "november", "october",
	"of", "on", "or", "saturday", "september", "she", "since", "sunday",
	"the", "their", "they", "this", "thursday", "to", "today", "tuesday",
	"was", "we", "wednesday", "when", "where", "while", "with",
	"yesterday",
};
/* Days: "on Saturday, Georgia state television said" puts no town named
 * Saturday in Georgia. */
static const char *const weekdays[] = {
	"friday", "monday", "saturday", "sunday", "thursday", "tuesday",
	"wednesday",
};
/* Titles: a capitalised word after one of these is a person. */
static const char *const titles[] = {
	"capt", "captain", "chancellor", "coach", "col", "colonel", "dr",
	"gen", "general", "gov", "governor", "judge", "justice", "king",
	"lady", "lord", "lt", "mayor", "minister", "miss", "mr", "mrs", "ms",
	"pope", "president", "prince", "princess", "queen", "rep", "sen",
	"senator", "sergeant", "sgt", "sheikh", "sir",
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Country names two states share.  News English gives the bare name to
 * one of them and qualifies the other: AP and most wires write "Congo" for
 * the Democratic Republic of the Congo and "Republic of Congo", "Congo
 * Republic" or "Congo-Brazzaville" for its neighbour, while ISO 3166 gives
 * the bare short name to the latter.  The bare name takes cc unless it is
 * qualified, or every other place in the text lies in alt_cc.
 */
struct shared_name {
	const char *key;	/* normalised bare name */
	const char *cc;		/* the bare name */
	const char *alt_cc;	/* "Republic of X", "X Republic" */
};
static const struct shared_name shared_names[] = {
	{ "congo", "CD", "CG" },
};

static inline const char *
tok_text(const struct ctx *c, const struct token *t)
{
	return (t->title ? c->title : c->text) + t->start;
}

/* Lowercased ASCII copy of token t in buf; "" when it does not fit.
 * Tokens carry no trailing period, so "Mr." reads as "mr". */
static const char *
tok_lower(const struct ctx *c, const struct token *t, char *buf, size_t sz)
{
	const char *s = tok_text(c, t);
	size_t n = t->end - t->start, i;

	if (n >= sz) {
		buf[0] = '\0';
		return buf;
	}
	for (i = 0; i < n; i++)
		buf[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	buf[n] = '\0';
	return buf;
}

static int
tok_digits(const struct ctx *c, size_t i)
{
	const char *s = tok_text(c, &c->tok[i]);
	size_t k, n = c->tok[i].end - c->tok[i].start;

	for (k = 0; k < n; k++)
		if (s[k] < '0' || s[k] > '9')
			return 0;
	return n > 0;
}

/* "PK12", "Sector G-13", "Purok 5": towns have no numbers in their
 * names; streets, sectors and camps do. */
static int
tok_has_digit(const struct ctx *c, size_t i)
{
	const char *s = tok_text(c, &c->tok[i]);
	size_t k, n = c->tok[i].end - c->tok[i].start;

	for (k = 0; k < n; k++)
		if (s[k] >= '0' && s[k] <= '9')
			return 1;
	return 0;
}

/* strcmp(lowercased s[0..n), w) without making the copy. */
static int
lower_cmp(const unsigned char *s, size_t n, const char *w)
{
	size_t k;

	for (k = 0; k < n; k++) {
		unsigned char a = s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k];
		unsigned char b = (unsigned char)w[k];

		if (a != b || b == '\0')
			return (int)a - (int)b;
	}
	return w[n] == '\0' ? 0 : -1;
}

/* Is token i, lowercased, in the sorted list?  Tokens of 32 bytes or
 * more read as "" (as tok_lower gives them). */
static int
tok_in_search(const struct ctx *c, size_t i, const char *const *list,
    size_t n)
{
	const unsigned char *s;
	size_t len, lo = 0, hi = n;
	unsigned char c0;

	s = (const unsigned char *)tok_text(c, &c->tok[i]);
	len = c->tok[i].end - c->tok[i].start;
	if (len >= 32)
		len = 0;
	/* the first letter settles most steps without the loop, and
	 * most words without a step: the list is sorted */
	c0 = len == 0 ? 0 : s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32 : s[0];
	if (n == 0 || c0 < (unsigned char)list[0][0] ||
	    c0 > (unsigned char)list[n - 1][0])
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned char w0 = (unsigned char)list[mid][0];
		int r = c0 != w0 ? (int)c0 - (int)w0 :
		    lower_cmp(s, len, list[mid]);

		if (r == 0)
			return 1;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* The word lists by number, for the bits of token.lists. */
enum {
	L_locatives, L_directions, L_features, L_within, L_districtwords,
	L_settlements, L_name_suffixes, L_regionwords, L_subcity,
	L_connectors, L_funcwords, L_weekdays, L_titles, L_forces,
	L_divisions, L_N,
	/* the words of tables with more to say of a word than that it is
	 * one, looked up with the lists: office_words, force_names; and
	 * two words asked about often */
	W_office = L_N, W_force_name, W_of, W_and
};

static const struct {
	const char *const *v;
	size_t	 n;
} word_lists[L_N] = {
	[L_locatives] = { locatives, NELEM(locatives) },
	[L_directions] = { directions, NELEM(directions) },
	[L_features] = { features, NELEM(features) },
	[L_within] = { within, NELEM(within) },
	[L_districtwords] = { districtwords, NELEM(districtwords) },
	[L_settlements] = { settlements, NELEM(settlements) },
	[L_name_suffixes] = { name_suffixes, NELEM(name_suffixes) },
	[L_regionwords] = { regionwords, NELEM(regionwords) },
	[L_subcity] = { subcity, NELEM(subcity) },
	[L_connectors] = { connectors, NELEM(connectors) },
	[L_funcwords] = { funcwords, NELEM(funcwords) },
	[L_weekdays] = { weekdays, NELEM(weekdays) },
	[L_titles] = { titles, NELEM(titles) },
	[L_forces] = { forces, NELEM(forces) },
	[L_divisions] = { divisions, NELEM(divisions) },
};

/* The key of the 0 < n < 32 bytes at s. */
static void
word_key(const unsigned char *s, size_t n, struct word_key *k)
{
	unsigned char b[sizeof(k->w)] = { 0 };
	size_t i;

	memcpy(b, s, n);
	memcpy(k->w, b, sizeof(k->w));
	for (i = 0; i < 4; i++)
		k->w[i] = cclass_lower8(k->w[i]);
}

/* The first 0 < r <= 8 bytes of the eight in v, the rest zero. */
static inline uint64_t
first_bytes(uint64_t v, size_t r)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return v & ~0ULL << (8 * (8 - r));
#else
	return v & ~0ULL >> (8 * (8 - r));
#endif
}

/* The slot where the search for a key whose eight-byte words mix to h
 * starts. */
static inline uint32_t
word_slot_of(uint64_t h)
{
	return (uint32_t)((h * 0x9E3779B97F4A7C15ULL) >> (64 - 10));
}

/* The slot where the search for key k starts: for a word of eight
 * bytes or fewer, word_slot_of() its first eight. */
static inline uint32_t
word_slot(const struct word_key *k)
{
	return word_slot_of(k->w[0] ^ k->w[1] * 0xC2B2AE3D27D4EB4FULL ^
	    k->w[2] * 0x165667B19E3779F9ULL ^ k->w[3] * 0x85EBCA77C2B2AE63ULL);
}

static inline int
word_key_eq(const struct word_key *a, const struct word_key *b)
{
	return a->w[0] == b->w[0] && a->w[1] == b->w[1] &&
	    a->w[2] == b->w[2] && a->w[3] == b->w[3];
}

/* The lists the n bytes at s (avail of which may be read) are in, as
 * bits 1 << L_* and W_*: one lookup in the word set, which holds what
 * tok_in_search() would find in each list (every list is sorted, so its
 * binary search finds exactly its members; a word, like a token, has no
 * NUL byte, so the padding tells lengths apart).  Tokens of 32 bytes or
 * more read as "", in no list. */
static uint32_t
word_lists_of(const struct word_slot *words, const unsigned char *s,
    size_t n, size_t avail)
{
	const struct word_slot *w;
	struct word_key k;
	uint32_t h;
	uint64_t v;

	if (n == 0 || n >= 32)
		return 0;
	if (n <= 8 && avail >= 8) {
		/* most tokens: the key is their first eight bytes, read
		 * at once, those past the token masked off; a word of the
		 * set is as short when its second eight are zero */
		memcpy(&v, s, 8);
		v = cclass_lower8(first_bytes(v, n));
		for (h = word_slot_of(v); (w = &words[h])->key.w[0] != 0;
		    h = (h + 1) & (WORD_SLOTS - 1))
			if (w->key.w[0] == v && w->key.w[1] == 0)
				return w->lists;
		return 0;
	}
	if (n <= 16 && avail >= 16) {
		/* nine to sixteen bytes (n > 8 here): two words read at
		 * once, the second masked */
		memcpy(k.w, s, 16);
		k.w[0] = cclass_lower8(k.w[0]);
		k.w[1] = cclass_lower8(first_bytes(k.w[1], n - 8));
		k.w[2] = k.w[3] = 0;
	} else
		word_key(s, n, &k);
	for (h = word_slot(&k); (w = &words[h])->key.w[0] != 0;
	    h = (h + 1) & (WORD_SLOTS - 1))
		if (word_key_eq(&w->key, &k))
			return w->lists;
	return 0;
}

/* Is token i in word list l (or table W_*)?  Every token is looked up
 * once, as the text is cut up: the same tokens are asked about many
 * lists many times over, each mention looking at its neighbours, and
 * some passes ask every token. */
static inline int
tok_in(const struct ctx *c, size_t i, int l)
{
	return i < c->ntok && (c->tok[i].lists >> l & 1);
}

#define TOK_IN(c, i, list)	tok_in((c), (i), L_##list)

/* Byte-level classes.  Bytes of multibyte UTF-8 count as letters except
 * for the punctuation checked by punct_len(). */
static inline size_t
punct_len(const unsigned char *s, size_t len)
{
	/* U+2013 U+2014 dashes, U+2018/2019/201C/201D quotes, U+2026 */
	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x93 || s[2] == 0x94 || s[2] == 0x98 || s[2] == 0x99 ||
	    s[2] == 0x9C || s[2] == 0x9D || s[2] == 0xA6))
		return 3;
	/* U+00A0 no-break space, U+00AB/U+00BB guillemets */
	if (len >= 2 && s[0] == 0xC2 &&
	    (s[1] == 0xA0 || s[1] == 0xAB || s[1] == 0xBB))
		return 2;
	return 0;
}

static inline int
is_wordbyte(const unsigned char *s, size_t len)
{
	if (s[0] >= 0x80)
		return punct_len(s, len) == 0;
	return (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z') ||
	    (s[0] >= '0' && s[0] <= '9');
}

static inline int
is_apos(const unsigned char *s, size_t len, size_t *n)
{
	if (s[0] == '\'') {
		*n = 1;
		return 1;
	}
	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99) {
		*n = 3;
		return 1;
	}
	return 0;
}

/* Capital first letter: ASCII or Latin-1 (U+00C0..U+00DE). */
static inline int
cap_at(const unsigned char *s, size_t n)
{
	if (n == 0)
		return 0;
	if (s[0] >= 'A' && s[0] <= 'Z')
		return 1;
	if (n >= 2 && s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E &&
	    s[1] != 0x97)
		return 1;
	/* Latin Extended-A pairs each capital with its small letter, the
	 * capital first, so which of a pair is the capital changes where
	 * an unpaired letter breaks the run: "Ōtara", "Łódź", "İzmir",
	 * "Şanlıurfa", "Čakovec" */
	if (n >= 2 && (s[0] == 0xC4 || s[0] == 0xC5) && s[1] >= 0x80 &&
	    s[1] <= 0xBF) {
		unsigned cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);

		if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
			return 0;	/* small letters of no pair */
		if (cp == 0x178)
			return 1;	/* Y with diaeresis */
		if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
			return cp % 2 == 1;
		return cp % 2 == 0;
	}
	return 0;
}

/* A word that starts with a capital, or with a prefix such as "al-" or
 * "d'" before one ("al-Abd", "d'Azur"). */
static int
word_is_cap(const unsigned char *s, size_t n)
{
	size_t i;

	if (cap_at(s, n))
		return 1;
	for (i = 0; i < n && i < 4; i++) {
		if (s[i] == '-' || s[i] == '\'')
			return i >= 1 && cap_at(s + i + 1, n - i - 1);
		if (!(s[i] >= 'a' && s[i] <= 'z'))
			return 0;
	}
	return 0;
}

/* Does the period at s[i] close an abbreviation ("St. Albert",
 * "Mr. Smith") rather than a sentence?  p: the last token read from
 * this buffer, or NULL. */
static int
is_abbrev(const struct token *p, const unsigned char *s, size_t i,
    size_t len)
{
	return p != NULL && p->end == i &&
	    p->end - p->start <= 3 && (p->flags & T_CAP) &&
	    !(p->flags & T_UPPER) && i + 2 < len && s[i + 1] == ' ' &&
	    s[i + 2] >= 'A' && s[i + 2] <= 'Z';
}

/*
 * "Rotterdam-Zuid", "Amsterdam-Noord": a city's part named by a compass
 * point after a hyphen is in that city.  Returns the length of the word
 * s[0, n) to read: the city's, when the whole is no place the gazetteer
 * knows and the part before the hyphen is a city.
 */
static size_t
city_part_end(const unsigned char *s, size_t n)
{
	static const char *const compass[] = {
		"east", "est", "noord", "nord", "north", "oost", "ost",
		"ouest", "south", "sud", "west", "zuid",
	};
	char key[GAZ_KEY_MAX];
	size_t h, k;

	for (h = n; h > 0 && s[h - 1] != '-'; h--)
		;
	if (h < 2)
		return n;
	for (k = 0; k < NELEM(compass); k++)
		if (strlen(compass[k]) == n - h &&
		    strncasecmp((const char *)s + h, compass[k], n - h) == 0)
			break;
	if (k == NELEM(compass))
		return n;
	if (gaz_normalize((const char *)s, n, key, sizeof(key)) == 0 ||
	    gaz_probe(key) != 0)
		return n;
	if (gaz_normalize((const char *)s, h - 1, key, sizeof(key)) == 0 ||
	    !(gaz_probe(key) & GAZ_P_CITY))
		return n;
	return h - 1;
}

/* Does a road's noun follow the hyphenated word that starts at s[a] and
 * goes on at s[i] ("Kano-Maiduguri highway"), the word naming no place as a
 * whole ("the Saint-Denis road")?  Then it names the two places the road
 * joins, each a name of its own. */
static int
route_follows(const unsigned char *s, size_t a, size_t i, size_t len)
{
	static const char *const roads[] = {
		"expressway", "highway", "motorway", "railway", "road",
	};
	char key[GAZ_KEY_MAX];
	size_t k, e;

	while (i < len && (is_wordbyte(s + i, len - i) || s[i] == '-'))
		i++;
	if (i >= len || s[i] != ' ')
		return 0;
	e = ++i;
	while (e < len && ((s[e] >= 'a' && s[e] <= 'z') ||
	    (s[e] >= 'A' && s[e] <= 'Z')))
		e++;
	for (k = 0; k < NELEM(roads); k++)
		if (lower_cmp(s + i, e - i, roads[k]) == 0)
			break;
	return k < NELEM(roads) && (gaz_normalize((const char *)s + a,
	    i - 1 - a, key, sizeof(key)) == 0 || !(gaz_probe(key) &
	    (GAZ_P_CITY | GAZ_P_REGION | GAZ_P_COUNTRY)));
}

/*
 * How many of the eight bytes at s, from the first, are ASCII lowercase
 * letters: the tokenizer steps over the lowercase rest of a word at
 * once, as a byte at a time would, class C_LOWER each.  The per-byte
 * range test of count_range8(), below; no sum can carry into the next
 * byte.
 */
static inline size_t
lower_run8(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
	uint64_t v, h, ge, gt, out;

	memcpy(&v, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);	/* the first byte lowest */
#endif
	h = v & (ones * 0x7f);
	ge = h + ones * (0x80 - 'a');	/* high bit: >= 'a' */
	gt = h + ones * (0x7f - 'z');	/* high bit: > 'z' */
	out = ~(ge & ~gt & ~v) & highs;	/* high bit: no lowercase letter */
	return out == 0 ? 8 : (size_t)__builtin_ctzll(out) / 8;
}

static void
tokenize_buf(struct ctx *c, const char *buf, size_t len, int title)
{
	const unsigned char *s = (const unsigned char *)buf;
	/* c's token array in locals: a store to a token could alias c's
	 * fields, which the compiler would read again after each */
	struct token *tok = c->tok, *t, *last;
	size_t ntok = c->ntok, cap = c->tokcap;
	/* words before this offset are T_TITLE: all of the title, and the
	 * text's copy of the headline, capitalised as the headline is, so
	 * that its words are read as the title's */
	size_t headcopy = title ? len : c->headcopy;
	const struct word_slot *words = c->words;
	uint32_t lists_any = c->lists_any;
	size_t i = 0, j, k, an, run;
	int sent = 1, lower, upper, inner, nsent = -1;
	unsigned cases;

	/* the last token if it is this buffer's, which a comma or a full
	 * stop marks */
	last = ntok > 0 && tok[ntok - 1].title == title ? &tok[ntok - 1] :
	    NULL;
	while (i < len && ntok < PLACE_MAXTOKENS) {
		/* the commonest byte between words, and it marks nothing */
		if (s[i] == ' ') {
			i++;
			continue;
		}
		if (!is_wordbyte(s + i, len - i)) {
			k = punct_len(s + i, len - i);
			if (s[i] == '.' && is_abbrev(last, s, i, len)) {
				i++;
				continue;
			}
			if (s[i] == '.' || s[i] == '!' || s[i] == '?' ||
			    s[i] == '\n' || s[i] == ':' || s[i] == ';') {
				sent = 1;
				if (last != NULL)
					last->flags |= T_STOP;
			} else if (s[i] == ',' && last != NULL) {
				last->flags |= T_COMMA;
			} else if ((s[i] == '(' || s[i] == ')' || (k == 3 &&
			    (s[i + 2] == 0x93 || s[i + 2] == 0x94))) &&
			    last != NULL) {
				/* brackets and dashes end a name */
				last->flags |= T_STOP;
			}
			i += k ? k : 1;
			continue;
		}
		j = i;
		cases = 0;
		inner = 0;
		while (j < len) {
			unsigned cl = tok_cclass[s[j]] & (C_DIGIT | C_ALPHA);

			/* ASCII letters and digits, their case classes
			 * coming along */
			if (cl != 0) {
				cases |= cl;
				j++;
				if (j + 8 <= len &&
				    (run = lower_run8(s + j)) > 0) {
					cases |= C_LOWER;
					j += run;
				}
				continue;
			}
			/* the commonest end of a word, and none of the
			 * cases below */
			if (s[j] == ' ')
				break;
			if (s[j] >= 0x80 && is_wordbyte(s + j, len - j)) {
				j++;
				continue;
			}
			/* "the Kano-Maiduguri highway" joins two places */
			if (j + 1 < len && s[j] == '-' && cap_at(s + i,
			    j - i) && cap_at(s + j + 1, len - j - 1) &&
			    route_follows(s, i, j + 1, len))
				break;
			/* inner hyphen or apostrophe: "al-Abd", "Ma'rib" */
			if (j + 1 < len && s[j] == '-' &&
			    is_wordbyte(s + j + 1, len - j - 1)) {
				inner = 1;
				j++;
				continue;
			}
			if (is_apos(s + j, len - j, &an) && j + an < len &&
			    is_wordbyte(s + j + an, len - j - an) &&
			    !((s[j + an] == 's' || s[j + an] == 'S') &&
			    (j + an + 1 >= len ||
			    !is_wordbyte(s + j + an + 1, len - j - an - 1)))) {
				inner = 1;
				j += an;
				continue;
			}
			break;
		}
		lower = (cases & C_LOWER) != 0;
		upper = (cases & C_UPPER) != 0;
		if (ntok == cap) {
			cap = cap ? cap * 2 : 256;
			tok = xreallocarray(tok, cap, sizeof(*tok));
		}
		t = &tok[ntok++];
		t->start = i;
		t->end = j;
		t->title = title;
		t->flags = (sent ? T_SENT : 0) | (i < headcopy ? T_TITLE : 0);
		if (sent)
			nsent++;
		t->sentence = nsent;
		if (j - i > 6 && s[j - 6] == '-' &&
		    strncasecmp((const char *)s + j - 6, "-based",
		    6) == 0) {
			t->end = j - 6;
			t->flags |= T_BASED;
		}
		if (inner)
			t->end = city_part_end(s + i, t->end - i) + i;
		/* without an inner '-' or '\'' only the first letter
		 * counts */
		if (inner ? word_is_cap(s + i, t->end - i) :
		    cap_at(s + i, t->end - i))
			t->flags |= T_CAP;
		if (t->end != j) {
			/* the token is shorter than the word scanned */
			lower = upper = 0;
			for (k = i; k < t->end; k++) {
				lower |= s[k] >= 'a' && s[k] <= 'z';
				upper |= s[k] >= 'A' && s[k] <= 'Z';
			}
		}
		if (upper && !lower)
			t->flags |= T_UPPER;
		t->lists = word_lists_of(words, s + i, t->end - i, len - i);
		lists_any |= t->lists;
		t->men_first = t->men_last = -1;
		sent = 0;
		if (j < len && s[j] != ' ' && is_apos(s + j, len - j, &an) &&
		    j + an < len &&
		    (s[j + an] == 's' || s[j + an] == 'S')) {
			t->flags |= T_POSS;
			j += an + 1;
		}
		last = t;
		i = j;
	}
	if (last != NULL)
		last->flags |= T_STOP;
	c->tok = tok;
	c->ntok = ntok;
	c->tokcap = cap;
	c->lists_any = lists_any;
}

/* Only spaces between tokens a and a+1 (one name may span them). */
static inline int
tok_adjacent(const struct ctx *c, size_t a)
{
	const struct token *x = &c->tok[a], *y = &c->tok[a + 1];
	const char *s = tok_text(c, x);
	size_t i, n;

	if (x->title != y->title || (x->flags & (T_COMMA | T_STOP)))
		return 0;
	n = y->start - x->end;
	if (x->flags & T_POSS) {
		/* "Cox's Bazar", "Lee's Summit" */
		s += x->end - x->start;
		return (n == 3 && s[0] == '\'' && s[2] == ' ') ||
		    (n == 5 && s[0] == '\xe2' && s[4] == ' ');
	}
	if (n == 2 && s[x->end - x->start] == '.' &&
	    s[x->end - x->start + 1] == ' ' && x->end - x->start <= 3 &&
	    (x->flags & T_CAP))
		return 1;	/* "St. Albert" */
	if (n == 0 || n > 3)
		return 0;
	for (i = 0; i < n; i++)
		if (s[x->end - x->start + i] != ' ')
			return 0;
	return 1;
}

static size_t
span_key(const struct ctx *c, size_t a, size_t n, char *key, size_t ksz)
{
	const struct token *x = &c->tok[a], *y = &c->tok[a + n - 1];

	return gaz_normalize(tok_text(c, x), y->end - x->start, key, ksz);
}

static int
in_attack(const struct token *t)
{
	return (t->flags & T_ATTACK) != 0;
}

/*
 * Flag the text's tokens that lie inside an attack sentence, for
 * in_attack().  The text's tokens follow the title's and run in text
 * order, their ends too, so those inside a span are the run from the
 * first that starts in it to the last that ends in it.
 */
static void
mark_attack(struct ctx *c)
{
	size_t first = 0, s, lo, hi, mid, k;

	while (first < c->ntok && c->tok[first].title)
		first++;
	for (s = 0; s < c->nattack; s++) {
		lo = first;
		hi = c->ntok;
		while (lo < hi) {
			mid = lo + (hi - lo) / 2;
			if (c->tok[mid].start < c->attack[s].start)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (k = lo; k < c->ntok && c->tok[k].end <= c->attack[s].end;
		    k++)
			c->tok[k].flags |= T_ATTACK;
	}
}

static int
in_skip(const struct ctx *c, const struct token *t)
{
	return !t->title && t->start >= c->skip.start &&
	    t->end <= c->skip.end && c->skip.end > c->skip.start;
}

static int
is_cap_tok(const struct ctx *c, size_t i)
{
	return c->caseless || (c->tok[i].flags & T_CAP);
}

/* gaz_probe() of the n bytes of key, which ends with token t.  A
 * possessive token may be part of a longer name ("Cox's Bazar" has the
 * key "coxs bazar"). */
static int
probe_key(const struct ctx *c, size_t t, char *key, size_t n)
{
	int r;

	r = gaz_probe_n(key, n);
	if ((r & GAZ_P_LONGER) || !(c->tok[t].flags & T_POSS) ||
	    n + 2 > GAZ_KEY_MAX)
		return r;
	key[n] = 's';
	key[n + 1] = '\0';
	r |= gaz_probe_n(key, n + 1) & GAZ_P_LONGER;
	key[n] = '\0';
	return r;
}

static int
tok_word_is(const struct ctx *c, size_t i, const char *w)
{
	char buf[16];

	return i < c->ntok && strcmp(tok_lower(c, &c->tok[i], buf,
	    sizeof(buf)), w) == 0;
}

static void index_token(struct ctx *c, size_t k);

/* A shared country name at tokens [i, i + n): the qualified reading when
 * "Republic of (the)" comes before or "Republic" after, and then the
 * mention covers those words; else the bare one, which resolve_shared()
 * may still turn. */
static void
shared_country(struct ctx *c, size_t i, size_t n, const char *key,
    struct mention *m)
{
	const struct shared_name *sn = NULL;
	size_t k, a = i, z = i + n;

	for (k = 0; k < NELEM(shared_names); k++)
		if (strcmp(key, shared_names[k].key) == 0)
			sn = &shared_names[k];
	if (sn == NULL)
		return;
	if (i >= 2 && tok_word_is(c, i - 1, "of") &&
	    tok_word_is(c, i - 2, "republic"))
		a = i - 2;
	else if (i >= 3 && tok_word_is(c, i - 1, "the") &&
	    tok_word_is(c, i - 2, "of") && tok_word_is(c, i - 3, "republic"))
		a = i - 3;
	else if (z < c->ntok && tok_adjacent(c, z - 1) &&
	    tok_word_is(c, z, "republic"))
		z++;
	if (gaz_country_by_code(a < i || z > i + n ? sn->alt_cc : sn->cc,
	    &m->country) != 0)
		return;
	if (a == i && z == i + n) {
		m->shared = sn;
		return;
	}
	/* "Republic" alone is a town in Missouri: not here. */
	while (c->nmen > 0 && c->men[c->nmen - 1].tok >= a) {
		const struct mention *p = &c->men[--c->nmen];

		for (k = p->tok; k < p->tok + p->ntok; k++)
			index_token(c, k);
	}
	m->tok = a;
	m->ntok = z - a;
}

/* A bare shared name takes the other state when the cities and regions
 * named in the text lie in it and none in the default one
 * ("Pointe-Noire, Congo"). */
static void
resolve_shared(struct ctx *c)
{
	size_t i, j, k;

	for (i = 0; i < c->nmen; i++) {
		struct mention *m = &c->men[i];
		int in_alt = 0, in_def = 0;

		if (m->shared == NULL)
			continue;
		for (j = 0; j < c->nmen; j++) {
			const struct mention *o = &c->men[j];

			if (o->shared || (o->has_country && o->ncity == 0 &&
			    o->nregion == 0))
				continue;
			if (o->has_country) {
				in_alt |= strcmp(o->country.cc,
				    m->shared->alt_cc) == 0;
				in_def |= strcmp(o->country.cc,
				    m->shared->cc) == 0;
			}
			for (k = 0; k < o->ncity; k++) {
				in_alt |= strcmp(o->city[k].cc,
				    m->shared->alt_cc) == 0;
				in_def |= strcmp(o->city[k].cc,
				    m->shared->cc) == 0;
			}
			for (k = 0; k < o->nregion; k++) {
				in_alt |= strcmp(o->region[k].cc,
				    m->shared->alt_cc) == 0;
				in_def |= strcmp(o->region[k].cc,
				    m->shared->cc) == 0;
			}
		}
		if (in_alt && !in_def)
			gaz_country_by_code(m->shared->alt_cc, &m->country);
	}
}

/* Is mention m introduced by a noun of word list l ("the city of X",
 * "the district of X": 2) or followed by one ("X village", "X
 * district": 1; a capitalised noun only if cap_ok, "X District")?  0
 * when neither. */
static int
noun_of(const struct ctx *c, const struct mention *m, int l, int cap_ok)
{
	size_t a = m->tok, z = m->tok + m->ntok - 1;

	if (a >= 2 && !(c->tok[a - 2].flags & (T_STOP | T_COMMA)) &&
	    tok_in(c, a - 1, W_of) && tok_in(c, a - 2, l))
		return 2;
	if (z + 1 < c->ntok && tok_adjacent(c, z) && tok_in(c, z + 1, l) &&
	    (cap_ok || !(c->tok[z + 1].flags & T_CAP)))
		return 1;
	return 0;
}

/* Does the text call mention m a division: "Reasi district", "the
 * district of Kurram", "South Waziristan Agency", "Bajaur tribal
 * district" (Pakistan's former tribal agencies)? */
static int
division_named(const struct ctx *c, const struct mention *m)
{
	size_t z = m->tok + m->ntok - 1;

	return (m->ntok > 1 && TOK_IN(c, z, divisions)) ||
	    noun_of(c, m, L_divisions, 1) != 0 || (z + 2 < c->ntok &&
	    tok_adjacent(c, z) && tok_adjacent(c, z + 1) &&
	    tok_word_is(c, z + 1, "tribal") && TOK_IN(c, z + 2, divisions));
}

/* Is mention m a district's name (one region, GAZ_F_DISTRICT)? */
static int
district_of(const struct mention *m)
{
	return m->nregion == 1 && (m->region[0].flags & GAZ_F_DISTRICT);
}

/* A hash of mention m's words, ASCII letters folded: two mentions of
 * one name share it. */
static uint32_t
mention_hash(const struct ctx *c, const struct mention *m)
{
	const unsigned char *s = (const unsigned char *)tok_text(c,
	    &c->tok[m->tok]);
	size_t i, n = c->tok[m->tok + m->ntok - 1].end - c->tok[m->tok].start;
	uint32_t h = 2166136261u;

	for (i = 0; i < n; i++)
		h = (h ^ (s[i] | 0x20)) * 16777619u;
	return h;
}

static int after_locative(const struct ctx *c, size_t a);
static int in_person_name(const struct ctx *c, const struct mention *m);

/*
 * Divisions that only some countries' news names: a Nigerian (or an
 * Australian) local government area, a South Asian tehsil, a
 * Bangladeshi upazila, an Indonesian regency, a Philippine barangay, an
 * Ethiopian woreda.  Sorted by word; "local government area" is read as
 * "lga".
 */
static const struct division_home {
	const char *word;
	const char *cc[2];
} division_homes[] = {
	{ "barangay", { "PH", NULL } }, { "lga", { "NG", "AU" } },
	{ "regency", { "ID", NULL } }, { "tehsil", { "PK", "IN" } },
	{ "upazila", { "BD", NULL } }, { "woreda", { "ET", NULL } },
};

static int
division_home_cmp(const void *word, const void *elt)
{
	const struct division_home *d = elt;

	return strcmp(word, d->word);
}

/* The homes of the division word after mention m ("Bara tehsil",
 * "Gwoza local government area"), or NULL. */
static const struct division_home *
division_after(const struct ctx *c, const struct mention *m)
{
	size_t z = m->tok + m->ntok;
	char buf[16];
	const char *w;

	if (z >= c->ntok || !tok_adjacent(c, z - 1))
		return NULL;
	w = tok_lower(c, &c->tok[z], buf, sizeof(buf));
	if (strcmp(w, "local") == 0 && z + 2 < c->ntok &&
	    tok_word_is(c, z + 1, "government") &&
	    tok_word_is(c, z + 2, "area"))
		w = "lga";
	return bsearch(w, division_homes, NELEM(division_homes),
	    sizeof(division_homes[0]), division_home_cmp);
}

static int
in_countries(const struct gaz_place *g, const char *const *ccs, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (strcmp(g->cc, ccs[j]) == 0)
			return 1;
	return 0;
}

/* Keep mention m's city and region readings in the n countries ccs
 * (ISO codes) and drop its country reading; 0 when no reading is
 * left. */
static int
keep_readings(struct mention *m, const char *const *ccs, size_t n)
{
	size_t k, kept;

	for (k = kept = 0; k < m->ncity; k++)
		if (in_countries(&m->city[k], ccs, n))
			m->city[kept++] = m->city[k];
	m->ncity = kept;
	for (k = kept = 0; k < m->nregion; k++)
		if (in_countries(&m->region[k], ccs, n))
			m->region[kept++] = m->region[k];
	m->nregion = kept;
	m->has_country = 0;
	return m->ncity > 0 || m->nregion > 0;
}

/* "Bara tehsil": a division that only some countries have names a place
 * in one of them.  Keep mention m's readings there; 0 when none is left
 * (a town the gazetteer lacks, not Bara in Nigeria). */
static int
home_readings(struct mention *m, const struct division_home *d)
{
	return keep_readings(m, d->cc, d->cc[1] ? 2 : 1);
}

/*
 * "County Kerry", "Co. Antrim": the word before the name is how Britain
 * and Ireland write a county (America writes "Kerry County").  Such a
 * name is read only in those countries, and as the county where one of
 * them has a division of that name ("County Clare", not Clare, Suffolk);
 * a name with no reading there is none ("County Tyrone" is no town in
 * Pennsylvania).
 */
static const char *const county_cc[] = { "GB", "IE" };

/* Does "County" or "Co." (a capital, a period or none) come right before
 * token i? */
static int
county_before(const struct ctx *c, size_t i)
{
	const struct token *p;
	const char *s;

	if (i == 0)
		return 0;
	p = &c->tok[i - 1];
	if (p->title != c->tok[i].title || !(p->flags & T_CAP) ||
	    (p->flags & T_UPPER))
		return 0;
	s = tok_text(c, p);
	if (p->end - p->start == 6)
		return lower_cmp((const unsigned char *)s, 6, "county") == 0 &&
		    tok_adjacent(c, i - 1);
	return p->end - p->start == 2 && s[0] == 'C' && s[1] == 'o' &&
	    (tok_adjacent(c, i - 1) || (c->tok[i].start == p->end + 2 &&
	    s[2] == '.' && s[3] == ' '));
}

/* Keep mention m's readings in the countries that write "County X",
 * the counties before the towns: a town is kept only where no county
 * is.  0 when none is left. */
static int
county_readings(struct mention *m)
{
	keep_readings(m, county_cc, NELEM(county_cc));
	if (m->nregion > 0)
		m->ncity = 0;
	m->county = 1;
	return m->ncity > 0 || m->nregion > 0;
}

/*
 * The same South Asian name is romanised several ways ("Rajouri",
 * "Rajauri"; "Poonch", "Punch"): vowels above all.  A word the gazetteer
 * lacks before "town" or "district", whose vowel respellings name towns
 * or districts of one country only, is a hint as a district's name is
 * (district_hint()), taken only when nothing else in the text names a
 * place.  A district's name whose respelling names a place in another
 * country is no hint.  Sorted by what is replaced.
 */
static const struct vowel_spelling {
	const char *from, *to;
} vowel_spellings[] = {
	{ "au", "ou" }, { "ee", "i" }, { "o", "u" }, { "oo", "u" },
	{ "ou", "au" }, { "u", "o" },
};

/* The place that the vowel respellings of key (klen bytes, one word)
 * name, into *hint: 1, 0 when they name none, -1 when they name places
 * of more than one country or a country. */
static int
respelled(const char *key, size_t klen, struct gaz_place *hint)
{
	struct gaz_place g[PLACE_NCITY], r[PLACE_NREGION];
	char v[GAZ_KEY_MAX];
	size_t k, at, fl, tl, n, j;
	int p, found = 0;

	for (k = 0; k < NELEM(vowel_spellings); k++) {
		fl = strlen(vowel_spellings[k].from);
		tl = strlen(vowel_spellings[k].to);
		for (at = 1; at + fl <= klen; at++) {
			if (memcmp(key + at, vowel_spellings[k].from, fl) != 0 ||
			    klen - fl + tl >= sizeof(v))
				continue;
			memcpy(v, key, at);
			memcpy(v + at, vowel_spellings[k].to, tl);
			memcpy(v + at + tl, key + at + fl, klen - at - fl + 1);
			p = gaz_probe(v);
			if (p & GAZ_P_COUNTRY)
				return -1;
			n = (p & GAZ_P_CITY) ? gaz_city_find(v, g,
			    PLACE_NCITY) : 0;
			for (j = 0; j < n && j < PLACE_NCITY; j++) {
				if (found && g[j].country_id !=
				    hint->country_id)
					return -1;
				if (!found || g[j].pop > hint->pop)
					*hint = g[j];
				found = 1;
			}
			n = (p & GAZ_P_REGION) ? gaz_region_find(v, r,
			    PLACE_NREGION) : 0;
			for (j = 0; j < n && j < PLACE_NREGION; j++) {
				if (found && r[j].country_id !=
				    hint->country_id)
					return -1;
				if (!found)
					*hint = r[j];
				found = 1;
			}
		}
	}
	return found;
}

/* Take g, named by tokens a to z, as the district hint; a second hint
 * in another region than the first's cancels both for the text. */
static void
set_dhint(struct ctx *c, const struct gaz_place *g, const struct token *a,
    const struct token *z)
{
	if (c->ndhint > 0) {
		if (c->dhint.region_id != g->region_id)
			c->ndhint = -1;
		return;
	}
	c->dhint = *g;
	c->dhint_start = a->start;
	c->dhint_end = z->end;
	c->dhint_title = a->title;
	c->ndhint = 1;
}

/*
 * A district's name that the text does not call a division ("attacked a
 * police station in Lakki Marwat") is no mention: small districts share
 * their names with people and words.  After a locative and as no part
 * of a longer name (but for a place's part: "near Khyber checkpoint") it
 * is still a hint, taken only when nothing else in
 * the text names a place (decide()) and when every such hint names the
 * same region.  A name that a part of a city abroad bears ("in Peckham":
 * London's, and a Jamaican district's) is no hint.
 */
static void
district_hint(struct ctx *c, const struct mention *m)
{
	const struct token *a = &c->tok[m->tok];
	const struct token *z = &c->tok[m->tok + m->ntok - 1];
	struct gaz_place g;
	char key[GAZ_KEY_MAX];
	int k;

	if (c->ndhint < 0 || (m->region[0].flags & GAZ_F_SECTION) ||
	    !after_locative(c, m->tok))
		return;
	/* "Near Khyber Checkpoint" in a title: a place's part, no
	 * longer name */
	if ((k = in_person_name(c, m)) != 0 && !(k == 2 &&
	    TOK_IN(c, m->tok + m->ntok, subcity)))
		return;
	/* "Poonch" is Pakistan's district and, as "Punch", India's */
	if (m->ntok == 1 && span_key(c, m->tok, 1, key, sizeof(key)) > 0 &&
	    ((k = respelled(key, strlen(key), &g)) < 0 || (k == 1 &&
	    g.country_id != m->region[0].country_id)))
		return;
	set_dhint(c, &m->region[0], a, z);
}

/* Token k's men_first and men_last, from the mentions there are. */
static void
index_token(struct ctx *c, size_t k)
{
	size_t i;

	c->tok[k].men_first = c->tok[k].men_last = -1;
	for (i = 0; i < c->nmen; i++)
		if (c->men[i].tok <= k && k < c->men[i].tok + c->men[i].ntok) {
			if (c->tok[k].men_first < 0)
				c->tok[k].men_first = (int)i;
			c->tok[k].men_last = (int)i;
		}
}

static void
push_mention(struct ctx *c, struct mention *m)
{
	struct mention *d;
	size_t k;

	if (c->nmen == PLACE_MAXMENTIONS)
		return;
	if (c->nmen == c->mencap) {
		/* a mention is large: most texts name fewer places than
		 * this, so no growth and no copy */
		c->mencap = c->mencap ? c->mencap * 2 : 16;
		c->men = xreallocarray(c->men, c->mencap, sizeof(*c->men));
	}
	m->name_hash = mention_hash(c, m);
	d = &c->men[c->nmen++];
	memcpy(d, m, MENTION_HEAD);
	memcpy(d->city, m->city, m->ncity * sizeof(m->city[0]));
	memcpy(d->region, m->region, m->nregion * sizeof(m->region[0]));
	for (k = m->tok; k < m->tok + m->ntok; k++) {
		if (c->tok[k].men_first < 0)
			c->tok[k].men_first = (int)(c->nmen - 1);
		c->tok[k].men_last = (int)(c->nmen - 1);
	}
}

static int us_state(const char *key, struct gaz_place *out);

/* "Valdosta, Ga.", "Concord, N.H.": the AP's abbreviation of a US state
 * with its period, after a comma that ends a capitalised name, is that
 * state; the chain it ends says where.  The tokenizer splits "N.H." at
 * its inner period, so the key is read from the span up to the closing
 * period, as dateline_at() reads it ("n h").  1 when token i begins one,
 * as mention *m over its tokens. */
static int
state_mention(const struct ctx *c, size_t i, struct mention *m)
{
	const struct token *t = &c->tok[i], *p;
	const char *buf;
	size_t blen, j;
	char key[GAZ_KEY_MAX];

	if (i == 0 || !(t->flags & T_CAP) || t->end - t->start > 5)
		return 0;
	p = &c->tok[i - 1];
	buf = t->title ? c->title : c->text;
	blen = t->title ? c->tlen : c->len;
	if (p->title != t->title || !(p->flags & T_COMMA) ||
	    !(p->flags & T_CAP) || t->end >= blen || buf[t->end] != '.')
		return 0;
	/* "N.H.", "W.Va.": the letters after each inner period, up to
	 * the period that closes the abbreviation */
	for (j = i; j + 1 < c->ntok && c->tok[j + 1].title == t->title &&
	    c->tok[j + 1].start == c->tok[j].end + 1 &&
	    (c->tok[j + 1].flags & T_CAP) && c->tok[j + 1].end < blen &&
	    buf[c->tok[j + 1].end] == '.'; j++)
		;
	/* a word in capitals is no abbreviation, but the "N" of "N.H." is
	 * one letter in capitals */
	if ((t->flags & T_UPPER) && (j == i || t->end - t->start > 1))
		return 0;
	if (span_key(c, i, j - i + 1, key, sizeof(key)) == 0)
		return 0;
	memset(m, 0, MENTION_HEAD);
	if (us_state(key, &m->region[0]) != 0)
		return 0;
	m->tok = i;
	m->ntok = j - i + 1;
	m->nregion = 1;
	return 1;
}

/* Could variant_hint() read token i, whatever its key?  "in Rajouri
 * town", "Rajouri district": with the noun only, as a word respelled is
 * often another word ("published in Nature" is no Natore). */
static int
hint_context(const struct ctx *c, size_t i)
{
	return c->ndhint >= 0 && !c->caseless &&
	    !(c->tok[i].flags & (T_UPPER | T_SENT | T_TITLE)) &&
	    i + 1 < c->ntok && tok_adjacent(c, i) &&
	    !(c->tok[i + 1].flags & T_CAP) && (TOK_IN(c, i + 1, settlements) ||
	    TOK_IN(c, i + 1, divisions));
}

static void
variant_hint(struct ctx *c, size_t i, const char *key, size_t klen)
{
	const struct token *t = &c->tok[i];
	struct gaz_place hint;

	if (klen < 5 || strchr(key, ' ') || !hint_context(c, i))
		return;
	if (respelled(key, klen, &hint) != 1 || hint.region == NULL)
		return;
	set_dhint(c, &hint, t, t);
}

/*
 * Keeps those of the n readings in g that lie in one of owner's
 * regions: in that region itself or, when the owner is a named area, in
 * a region the area spans (gaz_region_within(): "Darfur's El Fasher" is
 * in Northern Darfur, which never bears Darfur's own id).  Returns how
 * many are kept, at the front of g.
 */
static size_t
keep_owned(const struct mention *owner, struct gaz_place *g, size_t n)
{
	size_t k, r, kept;

	for (k = kept = 0; k < n; k++)
		for (r = 0; r < owner->nregion; r++)
			if (g[k].region_id == owner->region[r].region_id ||
			    gaz_region_within(g[k].region_id,
			    owner->region[r].region_id)) {
				g[kept++] = g[k];
				break;
			}
	return kept;
}

/*
 * "Chhattisgarh's Bijapur district", "Borno's Gwoza", "Darfur's El
 * Fasher": a region in the possessive right before a name says the name
 * lies in it.  Readings elsewhere (a Bijapur in Karnataka) are dropped;
 * a name with none left is a place the gazetteer lacks there, and the
 * region is what the text says of it.  Returns 0 when m has no reading
 * left.
 */
static int
owner_readings(const struct ctx *c, struct mention *m)
{
	const struct mention *p;

	if (c->nmen == 0 || m->has_country)
		return 1;
	p = &c->men[c->nmen - 1];
	if (p->tok + p->ntok != m->tok || p->nregion == 0 ||
	    p->has_country || !(c->tok[m->tok - 1].flags & T_POSS) ||
	    !tok_adjacent(c, m->tok - 1))
		return 1;
	m->ncity = keep_owned(p, m->city, m->ncity);
	m->nregion = keep_owned(p, m->region, m->nregion);
	return m->ncity > 0 || m->nregion > 0;
}

/*
 * "Petion-Ville" for Pétionville, "Port-Bouet" for Port-Bouët is how
 * they are written too: French and Creole town names are hyphenated or
 * joined by usage, and the gazetteer has one form.  The key of word i
 * with its hyphens dropped ("petionville"), when it has one and the
 * gazetteer knows that key and not the hyphenated one; else the
 * hyphenated key is left in key and 0 returned (the caller asks only
 * for a word that matched nothing).
 */
static size_t
hyphen_joined(const struct ctx *c, size_t i, char *key, size_t ksz)
{
	const struct token *t = &c->tok[i];
	const char *s = tok_text(c, t);
	char buf[GAZ_KEY_MAX], jkey[GAZ_KEY_MAX];
	size_t k, o = 0, n;

	if (t->end - t->start >= sizeof(buf) || memchr(s, '-',
	    t->end - t->start) == NULL)
		return 0;
	for (k = 0; k < t->end - t->start; k++)
		if (s[k] != '-')
			buf[o++] = s[k];
	n = gaz_normalize(buf, o, jkey, sizeof(jkey));
	if (n == 0 || n >= ksz || !(gaz_probe_n(jkey, n) & (GAZ_P_CITY |
	    GAZ_P_REGION)))
		return 0;
	memcpy(key, jkey, n + 1);
	return n;
}

/* Look every capitalised run of words up in the gazetteer. */
static void
find_mentions(struct ctx *c)
{
	struct mention m;
	const struct division_home *home;
	char keys[PLACE_MAXWORDS + 1][GAZ_KEY_MAX], *key;
	size_t klen[PLACE_MAXWORDS + 1];
	int pr[PLACE_MAXWORDS + 1];
	size_t i, n, nmax, jlen;

	for (i = 0; i < c->ntok; i++) {
		if (!is_cap_tok(c, i) || in_skip(c, &c->tok[i]))
			continue;
		if (state_mention(c, i, &m)) {
			push_mention(c, &m);
			i = m.tok + m.ntok - 1;
			continue;
		}
		/* A function word begins no name (below): all its lookups
		 * could do is give variant_hint() its key, and they are
		 * skipped where that reads none. */
		if (!(c->tok[i].flags & T_UPPER) && TOK_IN(c, i, funcwords) &&
		    !hint_context(c, i))
			continue;
		/* the longest run of words that some name could still
		 * cover; most capitalised words start none, and one probe
		 * per run tells which runs are worth a full lookup */
		for (n = 1; ; n++) {
			pr[n] = 0;
			klen[n] = span_key(c, i, n, keys[n], sizeof(keys[n]));
			if (klen[n] > 0)
				pr[n] = probe_key(c, i + n - 1, keys[n],
				    klen[n]);
			nmax = n;
			if (n >= PLACE_MAXWORDS || i + n >= c->ntok ||
			    !tok_adjacent(c, i + n - 1) ||
			    !(pr[n] & GAZ_P_LONGER))
				break;
		}
		/* A function word begins no name.  The word list is asked
		 * only about a run that names a place: most runs name none,
		 * and the probes cost less than the search. */
		for (n = nmax; n > 0 && !(pr[n] & (GAZ_P_CITY | GAZ_P_REGION |
		    GAZ_P_COUNTRY)); n--)
			;
		if (n == 0 && nmax == 1 && klen[1] > 0 &&
		    (jlen = hyphen_joined(c, i, keys[1],
		    sizeof(keys[1]))) > 0) {
			klen[1] = jlen;
			pr[1] = gaz_probe_n(keys[1], jlen) & ~GAZ_P_LONGER;
			n = 1;
		}
		if (n == 0 && nmax == 1 && klen[1] > 0)
			variant_hint(c, i, keys[1], klen[1]);
		if (n == 0 || (!(c->tok[i].flags & T_UPPER) &&
		    TOK_IN(c, i, funcwords)))
			continue;
		for (n = nmax; n > 0; n--) {
			if (!is_cap_tok(c, i + n - 1) || !(pr[n] &
			    (GAZ_P_CITY | GAZ_P_REGION | GAZ_P_COUNTRY)))
				continue;
			/* the keys of the first loop, not made twice */
			if (klen[n] == 0)
				continue;
			key = keys[n];
			memset(&m, 0, MENTION_HEAD);
			m.has_country = (pr[n] & GAZ_P_COUNTRY) &&
			    gaz_country_find(key, &m.country) == 0;
			m.tok = i;
			m.ntok = n;
			if (m.has_country)
				shared_country(c, i, n, key, &m);
			if (pr[n] & GAZ_P_CITY)
				m.ncity = gaz_city_find(key, m.city,
				    PLACE_NCITY);
			if (m.ncity > PLACE_NCITY)
				m.ncity = PLACE_NCITY;
			if (pr[n] & GAZ_P_REGION)
				m.nregion = gaz_region_find(key, m.region,
				    PLACE_NREGION);
			if (m.nregion > PLACE_NREGION)
				m.nregion = PLACE_NREGION;
			if (!m.has_country && m.ncity == 0 && m.nregion == 0)
				continue;
			if (county_before(c, i) && !county_readings(&m))
				continue;
			if ((home = division_after(c, &m)) != NULL &&
			    !home_readings(&m, home))
				continue;
			if (!owner_readings(c, &m))
				continue;
			/* "Boko Haram", "Nahi, a paramedic", "Lakki Marwat"
			 * (a district, and Lakki a town): a name that only
			 * a district has is a place only where the text
			 * calls it a division; else a shorter name may be
			 * (gen-gazetteer gives a district's key no other
			 * reading) */
			m.division = division_named(c, &m);
			if (district_of(&m) && !m.division) {
				district_hint(c, &m);
				continue;
			}
			m.common = (m.ncity &&
			    (m.city[0].flags & GAZ_F_COMMON)) ||
			    (m.nregion && (m.region[0].flags & GAZ_F_COMMON));
			push_mention(c, &m);
			i = m.tok + m.ntok - 1;
			break;
		}
	}
}

static struct mention *
mention_at(struct ctx *c, size_t tok)
{
	int k;

	/* one that starts at tok is the last to cover it: those pushed
	 * after it start later */
	if (tok >= c->ntok || (k = c->tok[tok].men_last) < 0 ||
	    c->men[k].tok != tok)
		return NULL;
	return &c->men[k];
}

/* The mention that covers token tok, or NULL. */
static const struct mention *
mention_over(const struct ctx *c, size_t tok)
{
	if (tok >= c->ntok || c->tok[tok].men_first < 0)
		return NULL;
	return &c->men[c->tok[tok].men_first];
}

static int
mention_has_country(const struct ctx *c, size_t tok)
{
	const struct mention *m = mention_over(c, tok);

	return m != NULL ? m->has_country : 0;
}

/* Is p a town or region of country mention k's country: "Anambra
 * Nigeria", a chain written without its comma? */
static int
place_of_country(const struct mention *p, const struct mention *k)
{
	size_t i;

	if (p == NULL || k == NULL || !k->has_country ||
	    (k->country.flags & GAZ_F_DEMONYM) || p->has_country)
		return 0;
	for (i = 0; i < p->ncity; i++)
		if (p->city[i].country_id == k->country.country_id)
			return 1;
	for (i = 0; i < p->nregion; i++)
		if (p->region[i].country_id == k->country.country_id)
			return 1;
	return 0;
}

/* Do the words of the title tokens [a, z] and the one after them come
 * again in the text, the next one capitalised there ("Boko Haram
 * Fighters Kill ..." and "Boko Haram fighters killed")?  The title's
 * capitals hide what the text shows: a longer name. */
static int
title_name_in_text(const struct ctx *c, size_t a, size_t z)
{
	char w[32], x[32];
	size_t i, k, n = z - a + 2;

	/* the text's copy of a headline is as capitalised as the title:
	 * only a word in lowercase after the name shows running text */
	for (i = 0; i + n < c->ntok; i++) {
		const char *after = tok_text(c, &c->tok[i + n]);

		if (c->tok[i].title || c->tok[i].start < c->headcopy ||
		    !(c->tok[i + n - 1].flags & T_CAP) ||
		    !tok_adjacent(c, i + n - 2) ||
		    !tok_adjacent(c, i + n - 1) || after[0] < 'a' ||
		    after[0] > 'z')
			continue;
		for (k = 0; k < n; k++)
			if (strcmp(tok_lower(c, &c->tok[a + k], w, sizeof(w)),
			    tok_lower(c, &c->tok[i + k], x, sizeof(x))) != 0 ||
			    w[0] == '\0')
				break;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Is a one-word title mention written in lowercase in the text, and
 * never capitalised there ("... at Dandenong Shopping Centre" and "at a
 * shopping centre")?  The title's capitals made a common noun look like
 * a name. */
static int
title_word_lowercase(const struct ctx *c, const struct mention *m)
{
	char w[32], x[32];
	size_t i;
	int lower = 0;

	if (m->ntok != 1 || tok_lower(c, &c->tok[m->tok], w,
	    sizeof(w))[0] == '\0')
		return 0;
	for (i = 0; i < c->ntok; i++) {
		const char *s = tok_text(c, &c->tok[i]);

		if (c->tok[i].title || c->tok[i].start < c->headcopy ||
		    strcmp(w, tok_lower(c, &c->tok[i], x, sizeof(x))) != 0)
			continue;
		if (s[0] >= 'a' && s[0] <= 'z')
			lower = 1;
		else if (!(c->tok[i].flags & T_SENT))
			return 0;
	}
	return lower;
}

/* Is the mention part of a longer proper name: "Michael Jordan",
 * "President Chad Smith" (1), "Paris Hilton", "Washington Post" (2, the
 * mention opens it)? */
static int
in_person_name(const struct ctx *c, const struct mention *m)
{
	size_t a = m->tok, z = m->tok + m->ntok - 1;

	/* "County Kerry" is no Mr Kerry */
	if (m->county)
		return 0;
	if (!c->caseless && (c->tok[a].flags & T_TITLE)) {
		if (title_word_lowercase(c, m))
			return 1;
		if (z + 1 < c->ntok && (c->tok[z + 1].flags & T_TITLE) &&
		    tok_adjacent(c, z) && !(c->tok[z].flags & T_POSS) &&
		    !TOK_IN(c, z + 1, features) &&
		    title_name_in_text(c, a, z))
			return 2;
	}
	if (c->caseless || (c->tok[a].flags & T_TITLE))
		return 0;
	if (a > 0 && tok_adjacent(c, a - 1) &&
	    !(c->tok[a - 1].flags & T_POSS)) {
		/* "Chhattisgarh's Dantewada" is no person */
		if (TOK_IN(c, a - 1, titles))
			return 1;
		if ((c->tok[a - 1].flags & T_CAP) &&
		    !(c->tok[a - 1].flags & T_UPPER) &&
		    !TOK_IN(c, a - 1, funcwords) &&
		    !TOK_IN(c, a - 1, directions) &&
		    !mention_has_country(c, a - 1) &&
		    !place_of_country(mention_over(c, a - 1), m) &&
		    !(c->tok[a - 1].flags & T_SENT && TOK_IN(c, a - 1,
		    locatives)))
			return 1;
	}
	/* "Baghdad's Green Zone" and "Pakistani Taliban" are still the
	 * city and the country */
	if (z + 1 < c->ntok && tok_adjacent(c, z) &&
	    !(c->tok[z].flags & T_POSS) &&
	    !(m->has_country && (m->country.flags & GAZ_F_DEMONYM) &&
	    m->ncity == 0 && m->nregion == 0) &&
	    (c->tok[z + 1].flags & T_CAP) && !TOK_IN(c, z + 1, funcwords) &&
	    !TOK_IN(c, z + 1, features) &&
	    !(m->has_country && TOK_IN(c, z + 1, forces)) &&
	    !(c->tok[z + 1].flags & T_UPPER) &&
	    !place_of_country(m, mention_over(c, z + 1)))
		return 2;
	return 0;
}

/* Locative context before token a: "in", "near", "in northern",
 * "in the restive". */
static int
after_locative(const struct ctx *c, size_t a)
{
	size_t k, i = a;

	for (k = 0; k < 3 && i > 0; k++) {
		i--;
		if (c->tok[i].flags & (T_STOP | T_COMMA))
			return 0;
		if (TOK_IN(c, i, locatives))
			return 1;
		if (!TOK_IN(c, i, directions))
			return 0;
	}
	return 0;
}

/* "the city of X", "Kazakhstan's southern city of X", "the Nigerian town
 * of X": 2; "X city", "X province": 1; else 0. */
static int
after_feature(const struct ctx *c, const struct mention *m)
{
	return noun_of(c, m, L_features, 0);
}

/* Country named just before a feature noun: "Kazakhstan's southern city
 * of", "the Nigerian city of": -1 when none. */
static int
feature_country(struct ctx *c, const struct mention *m)
{
	struct mention *p;
	size_t i, k;

	if (m->tok < 2)
		return -1;
	i = m->tok - 2;		/* the feature noun */
	for (k = 0; k < 3 && i > 0; k++) {
		i--;
		if (c->tok[i].flags & (T_STOP | T_COMMA))
			break;
		/* the one that starts at i, else the last that covers it */
		p = c->tok[i].men_last < 0 ? NULL : &c->men[c->tok[i].men_last];
		if (p && p->has_country)
			return p->country.country_id;
		if (!TOK_IN(c, i, directions))
			break;
	}
	return -1;
}

/* Chains set the context that ambiguous names are read in. */
static void
note_context(struct ctx *c, int cid, const struct gaz_place *region)
{
	c->cctx[cid] += 3;
	if (region && region->region_id >= 0 && c->nrctx < PLACE_MAXRCTX)
		c->rctx[c->nrctx++] = region->region_id;
}

static int
region_named(const struct ctx *c, int rid)
{
	size_t i;

	for (i = 0; i < c->nrctx; i++)
		if (c->rctx[i] == rid)
			return 1;
	return 0;
}

static double
city_rank(const struct ctx *c, const struct gaz_place *g, int want_country,
    int want_region)
{
	double r = log10((double)g->pop + 10.0);

	if (g->flags & GAZ_F_CAPITAL)
		r += 2.0;
	else if (g->flags & GAZ_F_ADMIN1)
		r += 1.0;
	/* a name is first the place that bears it, then a place it is
	 * an alternate name of (a town's name may be listed as an old
	 * name of a state capital) */
	if (g->flags & GAZ_F_ALIAS)
		r -= 1.0;
	if (want_country >= 0 && g->country_id == want_country)
		r += 20.0;
	if (want_region >= 0 && g->region_id == want_region)
		r += 10.0;
	/* the more the text points to a country, the likelier its town:
	 * enough to outweigh a namesake abroad twice or three times its
	 * size ("VALENCIA - ... the Guardia Civil said") */
	if (c->cctx[g->country_id] > 0)
		r += 3.0 + (c->cctx[g->country_id] > 3 ? 2.0 : 0.0) +
		    0.5 * (c->cctx[g->country_id] < 4 ?
		    c->cctx[g->country_id] : 4);
	if (g->region_id >= 0 && region_named(c, g->region_id))
		r += 8.0;
	return r;
}

static const struct gaz_place *
best_city(const struct ctx *c, const struct mention *m, int want_country,
    int want_region, int require)
{
	const struct gaz_place *best = NULL;
	double r, br = -1e9;
	size_t i;

	for (i = 0; i < m->ncity; i++) {
		if (require && want_country >= 0 &&
		    m->city[i].country_id != want_country)
			continue;
		r = city_rank(c, &m->city[i], want_country, want_region);
		if (r > br) {
			br = r;
			best = &m->city[i];
		}
	}
	return best;
}

static const struct gaz_place *
region_in(const struct mention *m, int country_id)
{
	size_t i;

	if (m == NULL)
		return NULL;
	for (i = 0; i < m->nregion; i++)
		if (m->region[i].country_id == country_id)
			return &m->region[i];
	return NULL;
}

/* The one country all of m's regions lie in, or -1. */
static int
region_country(const struct mention *m)
{
	size_t k;

	if (m->nregion == 0)
		return -1;
	for (k = 1; k < m->nregion; k++)
		if (m->region[k].country_id != m->region[0].country_id)
			return -1;
	return m->region[0].country_id;
}

/* Has mention m a city or region reading in country cid? */
static int
reads_in(const struct mention *m, int cid)
{
	size_t k;

	for (k = 0; k < m->ncity; k++)
		if (m->city[k].country_id == cid)
			return 1;
	return region_in(m, cid) != NULL;
}

/* "Bokkos local government area of Plateau", "Kurram district of
 * Khyber Pakhtunkhwa", "the Riyom area of Plateau": the country whose
 * Y mention m is, when a division noun (or "area") and "of" come
 * before it; -1 when none.  A division that only some countries have
 * says which of them; else the district named before the noun does,
 * when m has a reading in its country: a place is named as a part of
 * what lies around it. */
static int
division_country(const struct ctx *c, const struct mention *m)
{
	const struct division_home *d;
	const struct mention *x;
	struct gaz_place co;
	char buf[16];
	size_t i, k, j;
	const char *w;

	if (m->tok < 3 || !tok_word_is(c, m->tok - 1, "of") ||
	    (c->tok[m->tok - 2].flags & (T_STOP | T_COMMA)))
		return -1;
	i = m->tok - 2;		/* the division noun */
	w = tok_lower(c, &c->tok[i], buf, sizeof(buf));
	if (strcmp(w, "area") == 0 && i >= 2 &&
	    tok_word_is(c, i - 1, "government") &&
	    tok_word_is(c, i - 2, "local")) {
		w = "lga";
		i -= 2;
	} else if (!TOK_IN(c, i, divisions) && !TOK_IN(c, i, districtwords) &&
	    strcmp(w, "area") != 0)
		return -1;
	d = bsearch(w, division_homes, NELEM(division_homes),
	    sizeof(division_homes[0]), division_home_cmp);
	for (k = 0; d != NULL && k < 2 && d->cc[k]; k++)
		if (gaz_country_by_code(d->cc[k], &co) == 0 &&
		    reads_in(m, co.country_id))
			return co.country_id;
	if (i == 0 || (x = mention_over(c, i - 1)) == NULL ||
	    x->tok + x->ntok != i || x == m)
		return -1;
	for (j = 0; j < x->ncity; j++)
		if (reads_in(m, x->city[j].country_id))
			return x->city[j].country_id;
	for (j = 0; j < x->nregion; j++)
		if (reads_in(m, x->region[j].country_id))
			return x->region[j].country_id;
	return -1;
}

/* Is there one mention covering tokens [a, z] exactly? */
static int
mention_spans(struct ctx *c, size_t a, size_t z)
{
	struct mention *m = mention_at(c, a);

	return m != NULL && m->tok + m->ntok == z + 1;
}

/* The token that ends the element before the one starting at a, or -1:
 * "X, a" | "X, near a" | "X village in a". */
static long
element_before(struct ctx *c, size_t a)
{
	if (a == 0 || c->tok[a - 1].title != c->tok[a].title)
		return -1;
	if (c->tok[a - 1].flags & T_COMMA)
		return (long)a - 1;
	/* "Hays, south of Al Hudaydah" */
	if (a >= 3 && tok_in(c, a - 1, W_of) && TOK_IN(c, a - 2, directions) &&
	    !(c->tok[a - 2].flags & T_CAP) && (c->tok[a - 3].flags & T_COMMA))
		return (long)a - 3;
	/* "Cartagena, in south-eastern Spain": a compass point says the
	 * place lies within what follows, as a person or a building in a
	 * country would not be described */
	if (a >= 3 && !(c->tok[a - 1].flags & T_CAP) &&
	    TOK_IN(c, a - 1, directions) && !tok_word_is(c, a - 1, "the") &&
	    TOK_IN(c, a - 2, within) && !(c->tok[a - 2].flags & T_CAP) &&
	    (c->tok[a - 3].flags & T_COMMA) && tok_adjacent(c, a - 2) &&
	    tok_adjacent(c, a - 1))
		return (long)a - 3;
	if (a < 2 || (c->tok[a - 1].flags & T_CAP) ||
	    !TOK_IN(c, a - 1, locatives) || (c->tok[a - 2].flags & T_STOP))
		return -1;
	/* "X, near a" names X near a, but "X, in a" is mostly a person
	 * or a building in a */
	if (((c->tok[a - 2].flags & T_COMMA) && !TOK_IN(c, a - 1, within)) ||
	    TOK_IN(c, a - 2, settlements))
		return (long)a - 2;
	return -1;
}

/* Walk back from the anchor at token a (in country cid, or -1) over
 * ", Element" pieces; fills starts/ends (token ranges, first element
 * first); returns the count. */
static size_t
chain_elements(struct ctx *c, size_t a, size_t *es, size_t *ee, int cid)
{
	size_t n = 0, i, first, k, end;
	long eb;

	while (n < PLACE_MAXCHAIN && (eb = element_before(c, a)) >= 0) {
		end = (size_t)eb;
		i = end;
		first = end + 1;
		for (k = 0; k < 6; k++) {
			if (!(c->tok[i].flags & T_CAP) && !c->caseless &&
			    !TOK_IN(c, i, connectors) &&
			    !TOK_IN(c, i, features) && !TOK_IN(c, i, subcity) &&
			    !(k == 0 && tok_digits(c, i)))
				break;
			if (k > 0 && (c->tok[i].flags & (T_STOP | T_COMMA)))
				break;
			/* "At Tuhayta" inside a sentence is a name */
			if ((TOK_IN(c, i, locatives) && !(c->tok[i].flags &
			    T_CAP)) || ((c->tok[i].flags & T_SENT) &&
			    TOK_IN(c, i, funcwords)))
				break;
			if (c->caseless && !(c->tok[i].flags & T_CAP) &&
			    TOK_IN(c, i, directions))
				break;
			if (k > 0 && !tok_adjacent(c, i))
				break;
			/* "the Shamiyah area of Nasiriyah": the element is
			 * what follows "of", unless the whole is one name
			 * ("District of Columbia") */
			if (k > 0 && i > 0 && !(c->tok[i].flags & T_CAP) &&
			    tok_in(c, i, W_of) && (TOK_IN(c, i - 1, subcity) ||
			    TOK_IN(c, i - 1, features)) &&
			    !mention_spans(c, i - 1, end))
				break;
			first = i;
			if ((c->tok[i].flags & T_SENT) || i == 0)
				break;
			i--;
		}
		/* an element starts with a capital, not with "district" */
		while (first <= end && !is_cap_tok(c, first))
			first++;
		if (first > end || in_skip(c, &c->tok[first]) ||
		    (first == end && TOK_IN(c, first, weekdays)))
			break;
		if (c->caseless && end - first >= 3)
			break;
		/* "attacks in Cameroon, Chad and Niger": a list of
		 * countries is no chain */
		{
			struct mention *em = mention_at(c, first);

			if (em && em->has_country && em->ntok == end - first +
			    1 && (cid < 0 || region_in(em, cid) == NULL))
				break;
		}
		/* "a critic of Hezbollah, near Addousiyeh": only a place
		 * stands before "near" */
		if ((c->tok[end].flags & T_COMMA) && end + 2 == a) {
			if (mention_at(c, first) == NULL && (first == 0 ||
			    (!TOK_IN(c, first - 1, locatives) &&
			    !TOK_IN(c, first - 1, features) &&
			    !TOK_IN(c, first - 1, settlements))))
				break;
		}
		memmove(es + 1, es, n * sizeof(*es));
		memmove(ee + 1, ee, n * sizeof(*ee));
		es[0] = first;
		ee[0] = end;
		n++;
		a = first;
	}
	return n;
}

static int
is_subcity(struct ctx *c, size_t first, size_t last)
{
	size_t i;

	for (i = first; i <= last; i++)
		if (TOK_IN(c, i, subcity) || tok_has_digit(c, i))
			return 1;
	return 0;
}

static void
add_chain(struct ctx *c, const struct chainplace *cp)
{
	if (c->nchains == c->chaincap) {
		c->chaincap = c->chaincap ? c->chaincap * 2 : 16;
		c->chains = xreallocarray(c->chains, c->chaincap,
		    sizeof(*c->chains));
	}
	c->chains[c->nchains++] = *cp;
}

static double
context_bonus(struct ctx *c, size_t tok)
{
	const struct token *t = &c->tok[tok];
	double s = 0;

	if (t->title)
		return 2;
	/* without attack sentences from the caller, the lede stands in
	 * for them */
	if (c->nattack > 0 ? in_attack(t) : t->sentence == c->lede)
		s += 10;
	/* the lede names the place of the news; later sentences add
	 * background */
	if (t->sentence == c->lede)
		s += 5;
	else if (t->sentence == c->lede + 1)
		s += 2;
	return s;
}

/* Mark the mentions covering tokens [a, z] as used by a chain. */
static void
mark_chained(struct ctx *c, size_t a, size_t z)
{
	size_t i;

	for (i = 0; i < c->nmen; i++)
		if (c->men[i].tok >= a && c->men[i].tok <= z)
			c->men[i].chained = 1;
}

/* Region of country cid named by tokens [a, z]: "Borno", "Borno state",
 * "Menaka region". */
static const struct gaz_place *
element_region(struct ctx *c, size_t a, size_t z, int cid)
{
	struct mention *em = mention_at(c, a);
	size_t n = z - a + 1;

	if (em == NULL)
		return NULL;
	if (em->ntok == n || (em->ntok + 1 == n && TOK_IN(c, z, regionwords)))
		return region_in(em, cid);
	return NULL;
}

/* Gazetteer city of country cid named exactly by tokens [a, z]. */
static const struct gaz_place *
element_city(struct ctx *c, size_t a, size_t z, int cid, int rid)
{
	struct mention *em = mention_at(c, a);

	if (em == NULL || em->ntok != z - a + 1)
		return NULL;
	return best_city(c, em, cid, rid, 1);
}

/* Is the city named exactly by tokens [a, e] one of the gazetteer's in
 * a region that mention m names? */
static int
city_in_region(struct ctx *c, const struct mention *m, size_t a, size_t e)
{
	struct mention *em = mention_at(c, a);
	size_t r, k;

	if (em == NULL || em->ntok != e - a + 1)
		return 0;
	for (r = 0; r < m->nregion; r++)
		for (k = 0; k < em->ncity; k++)
			if (em->city[k].region_id == m->region[r].region_id)
				return 1;
	return 0;
}

/* A chain that ends in a region: "Paris, Texas", "in Beit Iksa, West
 * Bank".  The city [a, e] must lie in that region; a town the gazetteer
 * does not know is taken when a locative introduces it and the region
 * names one country.  1 when a chain was added. */
static int
region_chain(struct ctx *c, struct mention *m, size_t a, size_t e, size_t z)
{
	const struct gaz_place *g = NULL;
	struct chainplace cp;
	struct mention *em, *next;
	size_t r, k;

	/* "Hudaydah, Al Hudaydah, Yemen": the country ends the chain */
	if ((c->tok[z].flags & T_COMMA) &&
	    (next = mention_at(c, z + 1)) != NULL && next->has_country)
		return 0;
	memset(&cp, 0, sizeof(cp));
	cp.start = c->tok[a].start;
	cp.end = c->tok[z].end;
	cp.ev_title = c->tok[z].title;
	cp.name_start = c->tok[a].start;
	cp.name_end = c->tok[e].end;
	cp.name_title = c->tok[a].title;
	em = mention_at(c, a);
	if (em != NULL && em->ntok != e - a + 1)
		em = NULL;
	for (r = 0; em != NULL && r < m->nregion && g == NULL; r++)
		for (k = 0; k < em->ncity && g == NULL; k++)
			if (em->city[k].region_id == m->region[r].region_id)
				g = &em->city[k];
	/* "near Jerez, Zacatecas": a name whose gazetteer towns all lie
	 * abroad is a town the gazetteer lacks; one in the region's
	 * country elsewhere makes a list ("Lagos, Kano"), unless the
	 * second name is no town's ("Bijapur, Chhattisgarh": a town the
	 * gazetteer lacks, not Karnataka's Bijapur) */
	for (k = 0; em != NULL && g == NULL && m->ncity > 0 &&
	    k < em->ncity; k++)
		if (em->city[k].country_id == m->region[0].country_id)
			return 0;
	if (g == NULL) {
		/* "Lima" is both a region and a province of Peru: one
		 * country all the same */
		if (region_country(m) < 0 || !after_locative(c, a) ||
		    !(c->tok[z].flags & (T_STOP | T_COMMA)) ||
		    mention_at(c, z + 1) != NULL || is_subcity(c, a, e))
			return 0;
		cp.region = &m->region[0];
		gaz_country_by_id(m->region[0].country_id, &cp.country);
		cp.score = CHAIN_SCORE + 4 + context_bonus(c, a);
	} else {
		cp.city = g;
		cp.region = g;
		gaz_country_by_id(g->country_id, &cp.country);
		cp.score = CHAIN_SCORE + context_bonus(c, a) +
		    (after_locative(c, a) ? 4 : 0);
	}
	mark_chained(c, a, z);
	add_chain(c, &cp);
	note_context(c, cp.country.country_id, cp.region);
	return 1;
}

/* Is mention m a piece of a longer name the gazetteer lacks: 2 for a
 * town whose name goes on ("San Juan de Lurigancho"), 1 for the end of
 * a name ("Mocimboa da Praia" is not Praia), else 0.  A region's name
 * with a part after it is still that region's ("Maguindanao del Sur"). */
static int
name_goes_on(const struct ctx *c, const struct mention *m)
{
	static const char *const links[] = {
		"da", "das", "de", "del", "della", "des", "di", "do", "dos",
		"du",
	};
	size_t a = m->tok, z = m->tok + m->ntok - 1;

	if (c->caseless)
		return 0;
	/* the end of a name may be the town it belongs to ("San Jose de
	 * Apartado" is in Apartado), when that town is in the dateline's
	 * country */
	if (a >= 2 && tok_adjacent(c, a - 2) && tok_adjacent(c, a - 1) &&
	    !(c->tok[a - 1].flags & T_CAP) &&
	    (c->tok[a - 2].flags & T_CAP) &&
	    tok_in_search(c, a - 1, links, NELEM(links))) {
		size_t k;

		for (k = 0; k < m->ncity && c->dl_cid >= 0; k++)
			if (m->city[k].country_id == c->dl_cid)
				return 0;
		return 1;
	}
	return 2 * (m->ncity > 0 && !m->has_country &&
	    z + 2 < c->ntok && tok_adjacent(c, z) &&
	    tok_adjacent(c, z + 1) && !(c->tok[z + 1].flags & T_CAP) &&
	    (c->tok[z + 2].flags & T_CAP) &&
	    tok_in_search(c, z + 1, links, NELEM(links)));
}

/*
 * A chain that ends in a large city: "in Richmond Hill, Queens", "in
 * Kasokoso, Kira".  Local news names the neighbourhood and then its
 * city, as wire copy names the city and then its country; a name before
 * a city this large is a part of it, whatever town abroad shares that
 * name, and a town of the same name in the city's region is the place.
 * Elements [es[k], ee[k]] for k < n precede the city mention m ending
 * at token z.
 */
static void
city_chain(struct ctx *c, struct mention *m, const size_t *es,
    const size_t *ee, size_t n, size_t z)
{
	const struct gaz_place *g, *h = NULL;
	struct chainplace cp;
	struct mention *em, *next;
	size_t a = es[n - 1], e = ee[n - 1];
	/* "Saint-Denis, north of Paris": near the city, not a part of it */
	int near = e + 3 == m->tok && tok_word_is(c, m->tok - 1, "of");

	if (!(c->tok[e].flags & T_COMMA) || (e + 1 != m->tok && !near) ||
	    name_goes_on(c, m) ||
	    (!after_locative(c, es[0]) && !is_subcity(c, es[0], ee[0])))
		return;
	/* "Queens, New York", "Calamba district, Laguna": the chain goes
	 * on to what the city lies in */
	if ((c->tok[z].flags & T_COMMA) && z + 1 < c->ntok &&
	    ((c->tok[z + 1].flags & T_CAP) || ((next = mention_at(c,
	    z + 1)) != NULL && (next->has_country || next->nregion > 0))))
		return;
	if (!(c->tok[z].flags & (T_COMMA | T_STOP)) && TOK_IN(c, z + 1,
	    features))
		return;
	g = best_city(c, m, -1, -1, 0);
	if (g == NULL || g->pop < CITY_PARTS_POP)
		return;
	em = mention_at(c, a);
	if (em != NULL && em->ntok == e - a + 1) {
		/* "Kabul, Kandahar and Herat", "in Nigeria, Lagos": a
		 * list of places is no chain */
		if (em->has_country || (em->nregion > 0 && em->ncity == 0))
			return;
		h = best_city(c, em, g->country_id, g->region_id, 1);
		if (h != NULL && (h->region_id != g->region_id ||
		    g->region_id < 0))
			h = NULL;
		if (h == NULL && em->ncity > 0 && em->city[0].pop >= g->pop)
			return;	/* "in Tokyo, Lima and Bogota" */
	} else if (em != NULL)
		return;
	memset(&cp, 0, sizeof(cp));
	cp.city = h ? h : near ? NULL : g;
	cp.region = cp.city && cp.city->region ? cp.city : g->region ? g :
	    NULL;
	if (cp.city == NULL) {
		cp.name_start = c->tok[a].start;
		cp.name_end = c->tok[e].end;
		cp.name_title = c->tok[a].title;
	}
	gaz_country_by_id(g->country_id, &cp.country);
	cp.start = c->tok[es[0]].start;
	cp.end = c->tok[z].end;
	cp.ev_title = c->tok[z].title;
	cp.score = CHAIN_SCORE + context_bonus(c, es[0]) +
	    (after_locative(c, es[0]) ? 4 : 0);
	mark_chained(c, es[0], z);
	add_chain(c, &cp);
	note_context(c, cp.country.country_id, cp.region);
}


static int office_named(const struct ctx *c, int cid);
static void
find_chains(struct ctx *c)
{
	size_t es[PLACE_MAXCHAIN], ee[PLACE_MAXCHAIN];
	size_t mi, n, e, z;
	struct chainplace cp;
	struct mention *m;
	const struct gaz_place *g, *r;
	int cid;

	for (mi = 0; mi < c->nmen; mi++) {
		m = &c->men[mi];
		z = m->tok + m->ntok - 1;
		/* "Nigeria's", "Nigerian" end no chain */
		if (c->tok[z].flags & (T_POSS | T_BASED))
			continue;
		if (!(c->tok[z].flags & (T_STOP | T_COMMA)) &&
		    z + 1 < c->ntok &&
		    (c->tok[z + 1].flags & T_CAP) && !c->caseless &&
		    c->tok[z + 1].title == c->tok[z].title)
			continue;
		n = chain_elements(c, m->tok, es, ee, m->has_country &&
		    !(m->country.flags & GAZ_F_DEMONYM) ?
		    m->country.country_id : -1);
		if (n == 0)
			continue;
		/* "Macon, Georgia": a name that is a country's and a
		 * region's ends a chain as the region when the city before
		 * it lies in that region and not in the country, or when
		 * the text names the offices of the region's country
		 * ("Fulton County, Georgia", "the sheriff said") */
		if (m->has_country && !(m->country.flags & GAZ_F_DEMONYM) &&
		    m->nregion > 0 && n == 1 && element_city(c, es[0], ee[0],
		    m->country.country_id, -1) == NULL &&
		    (city_in_region(c, m, es[0], ee[0]) ||
		    (region_country(m) >= 0 &&
		    region_country(m) != m->country.country_id &&
		    office_named(c, region_country(m))))) {
			region_chain(c, m, es[0], ee[0], z);
			continue;
		}
		memset(&cp, 0, sizeof(cp));
		cp.start = c->tok[es[0]].start;
		cp.end = c->tok[z].end;
		cp.ev_title = c->tok[z].title;
		if (m->has_country && !(m->country.flags & GAZ_F_DEMONYM)) {
			struct mention *next;

			/* "Niger, Nigeria": the last country ends the chain */
			if ((c->tok[z].flags & T_COMMA) &&
			    (next = mention_at(c, z + 1)) != NULL &&
			    next->has_country &&
			    !(next->country.flags & GAZ_F_DEMONYM))
				continue;
			cp.country = m->country;
			cid = m->country.country_id;
			/* the last element may be the region */
			if (n > 1)
				cp.region = element_region(c, es[n - 1],
				    ee[n - 1], cid);
		} else {
			/* "Saint-Denis, north of Paris": Paris is a
			 * region too, but not Saint-Denis's */
			if ((m->nregion == 0 || !region_chain(c, m, es[0],
			    ee[0], z)) && !m->has_country && m->ncity > 0)
				city_chain(c, m, es, ee, n, z);
			continue;
		}
		/* the city is the first element that is not a part of a
		 * city (a street, a neighbourhood) */
		e = 0;
		while (e + 1 < n && is_subcity(c, es[e], ee[e]))
			e++;
		if (is_subcity(c, es[e], ee[e]))
			continue;
		/* "Craiter district, Aden, Adan": a district of a city named
		 * next is in that city */
		if (e + 2 < n && TOK_IN(c, ee[e], districtwords) &&
		    (g = element_city(c, es[e + 1], ee[e + 1], cid, -1)) !=
		    NULL && g->pop >= 100000)
			e++;
		/* "Kampani, Kabul, Afghanistan": a name the gazetteer does
		 * not know before a large city is a part of that city */
		else if (e + 2 < n && !TOK_IN(c, ee[e], name_suffixes) &&
		    !TOK_IN(c, ee[e], features) &&
		    element_city(c, es[e], ee[e], cid, -1) == NULL &&
		    (g = element_city(c, es[e + 1], ee[e + 1], cid, -1)) !=
		    NULL && g->pop >= CITY_PARTS_POP)
			e++;
		/* "Takhar, Afghanistan", "Menaka region, Mali", and
		 * "Sinaloa, Mexico" (not the village of that name in
		 * Chiapas): a region of the country, unless the town that
		 * bears its name lies in it ("Kandahar, Afghanistan"), is
		 * more than a village ("Uruzgan, Afghanistan") or is some
		 * region's seat; a district's town is taken to lie in it */
		if (n - e == 1 && (r = element_region(c, es[e], ee[e],
		    cid)) != NULL && ((g = element_city(c, es[e], ee[e], cid,
		    -1)) == NULL || (g->region_id != r->region_id &&
		    !(r->flags & GAZ_F_DISTRICT) &&
		    !(g->flags & (GAZ_F_CAPITAL | GAZ_F_ADMIN1)) &&
		    g->pop < VILLAGE_POP))) {
			cp.region = r;
		} else {
			size_t last = ee[e];

			/* "Kirkuk city" is Kirkuk, "Isey village" Isey */
			if (last > es[e] && TOK_IN(c, last, name_suffixes))
				last--;
			/* "between Pandan and Pilar": the first of two */
			if (element_city(c, es[e], last, cid, -1) == NULL) {
				size_t k;

				for (k = es[e] + 1; k < last; k++)
					if (tok_in(c, k, W_and)) {
						last = k - 1;
						break;
					}
			}
			cp.city = element_city(c, es[e], last, cid,
			    cp.region ? cp.region->region_id : -1);
			if (cp.city && cp.region && n - e == 1 &&
			    cp.city->region_id != cp.region->region_id)
				cp.city = NULL;
			if (cp.city && cp.region == NULL && cp.city->region)
				cp.region = cp.city;
			cp.name_start = c->tok[es[e]].start;
			cp.name_end = c->tok[last].end;
			cp.name_title = c->tok[es[e]].title;
		}
		cp.score = CHAIN_SCORE + context_bonus(c, es[0]);
		if (after_locative(c, es[0]))
			cp.score += 4;
		mark_chained(c, es[0], z);
		add_chain(c, &cp);
		note_context(c, cid, cp.region);
	}
}

static int
in_chain(const struct ctx *c, const struct token *t)
{
	size_t i;

	for (i = 0; i < c->nchains; i++)
		if (c->chains[i].ev_title == t->title &&
		    t->start >= c->chains[i].start &&
		    t->end <= c->chains[i].end)
			return 1;
	return 0;
}

/* Capitalised words from token a that may form a settlement's name;
 * returns the last token, or a - 1 when there is none. */
static size_t
name_run(struct ctx *c, size_t a)
{
	size_t z = a, k;

	if (a >= c->ntok || !(c->tok[a].flags & T_CAP) ||
	    TOK_IN(c, a, funcwords))
		return a - 1;
	for (k = 1; k < 4 && z + 1 < c->ntok && tok_adjacent(c, z); k++) {
		if (!(c->tok[z + 1].flags & T_CAP) &&
		    !TOK_IN(c, z + 1, connectors))
			break;
		z++;
	}
	while (z > a && !(c->tok[z].flags & T_CAP))
		z--;
	return z;
}

/* Does token i read "of" in any case? */
static int
tok_is_of(const struct ctx *c, size_t i)
{
	return tok_in(c, i, W_of);
}

/*
 * "the main city of Cameroon's English-speaking North-West region": the
 * words after a settlement noun are no settlement's name when they open
 * with a country's possessive (the rest then says where in that country
 * the town is, as "Kazakhstan's southern city of Taraz" does), when a
 * division word ends them ("the capital of Kwara State") or when they
 * are a name the gazetteer knows only as a region's; a region's name
 * must not become a town's.  "Cox's Bazar" stays a name: Cox is no
 * country.
 */
static int
region_phrase(struct ctx *c, size_t a, size_t z)
{
	const struct mention *m;

	/* "the main city of Indian-administered Kashmir": a name that is
	 * only a region's (or an area's) is no town's either */
	if ((m = mention_over(c, a)) != NULL && m->tok == a &&
	    m->tok + m->ntok == z + 1 && m->nregion > 0 && m->ncity == 0 &&
	    !m->has_country)
		return 1;
	return ((c->tok[a].flags & T_POSS) && mention_has_country(c, a)) ||
	    (z + 1 < c->ntok && tok_adjacent(c, z) &&
	    TOK_IN(c, z + 1, regionwords));
}

/* "the village of Solhan", "Kuda village": a settlement the gazetteer
 * does not know, named by the text.  Its country comes from the rest of
 * the evidence. */
static void
find_settlements(struct ctx *c)
{
	struct chainplace cp;
	size_t i, a, z;

	for (i = 0; i + 2 < c->ntok; i++) {
		/* a settlement noun, first or third, is in either reading */
		if ((c->tok[i].flags & T_CAP) || !(TOK_IN(c, i, settlements) ||
		    TOK_IN(c, i + 2, settlements)))
			continue;
		a = z = 0;
		/* "of" first: most words are asked here, few precede it */
		if (tok_is_of(c, i + 1) && TOK_IN(c, i, settlements) &&
		    tok_adjacent(c, i) && tok_adjacent(c, i + 1)) {
			a = i + 2;
			z = name_run(c, a);
		} else if (!(c->tok[i + 2].flags & T_CAP) &&
		    !(c->tok[i].flags & (T_COMMA | T_STOP)) &&
		    (c->tok[i + 1].flags & T_CAP) &&
		    TOK_IN(c, i + 2, settlements)) {
			/* "attacked Kuda village": one or two words */
			a = i + 1;
			z = name_run(c, a);
			if (z + 1 != i + 2 || !tok_adjacent(c, z))
				continue;
			/* "the Iranian town of X": a country's adjective
			 * before the noun names no town */
			if (z == a && mention_has_country(c, a))
				continue;
		}
		/* a known name gets its own, better candidate from its
		 * mention; this one stands in when that lies abroad */
		if (a == 0 || z < a || in_skip(c, &c->tok[a]) ||
		    in_chain(c, &c->tok[a]) || region_phrase(c, a, z))
			continue;
		memset(&cp, 0, sizeof(cp));
		cp.anycountry = 1;
		cp.name_start = c->tok[a].start;
		cp.name_end = c->tok[z].end;
		cp.name_title = c->tok[a].title;
		cp.start = c->tok[a].start;
		cp.end = c->tok[z].end;
		cp.ev_title = c->tok[a].title;
		cp.score = 2 + context_bonus(c, a) +
		    (a == i + 2 ? 6 : 2) + (after_locative(c, i) ||
		    after_locative(c, a) ? 4 : 0);
		add_chain(c, &cp);
	}
}

/* A later "the town of Palma" is the Palma of "in Palma, Cabo Delgado,
 * Mozambique", whatever else the gazetteer calls Palma. */
static uint32_t
key_hash(const char *key)
{
	uint32_t h = 2166136261u;

	while (*key != '\0')
		h = (h ^ (unsigned char)*key++) * 16777619u;
	return h;
}

static void
chain_corefs(struct ctx *c)
{
	char a[GAZ_KEY_MAX], b[GAZ_KEY_MAX];
	struct chainplace *cp;
	const struct token *t, *u;
	size_t i, j;
	uint32_t h;
	int keyed = 0;

	for (i = 0; i < c->nmen; i++) {
		if (c->men[i].chained)
			continue;
		t = &c->tok[c->men[i].tok];
		u = &c->tok[c->men[i].tok + c->men[i].ntok - 1];
		if (gaz_normalize(tok_text(c, t), u->end - t->start, a,
		    sizeof(a)) == 0)
			continue;
		/* each chain's name is normalised once, when first asked
		 * about, and only a name whose key hashes alike is compared
		 * with a mention's, as before */
		for (j = 0; !keyed && j < c->nchains; j++) {
			cp = &c->chains[j];
			cp->keyed = cp->name_end > cp->name_start &&
			    !cp->anycountry && gaz_normalize((cp->name_title ?
			    c->title : c->text) + cp->name_start,
			    cp->name_end - cp->name_start, b, sizeof(b)) > 0;
			cp->key_hash = cp->keyed ? key_hash(b) : 0;
		}
		keyed = 1;
		h = key_hash(a);
		for (j = 0; j < c->nchains; j++) {
			cp = &c->chains[j];
			if (!cp->keyed || cp->key_hash != h)
				continue;
			if (gaz_normalize((cp->name_title ? c->title :
			    c->text) + cp->name_start, cp->name_end -
			    cp->name_start, b, sizeof(b)) > 0 &&
			    strcmp(a, b) == 0) {
				c->men[i].chained = 1;
				break;
			}
		}
	}
}

/* "ZARAGOZA, Spain -- ... in the Delicias neighbourhood": a part of a
 * city named in a report filed from a city is a part of that city, not
 * a namesake town abroad.
 * Is m such a part, with no place of its name in the dateline's
 * country? */
static int
part_of_dateline_city(const struct ctx *c, const struct mention *m)
{
	/* "the Afgoye area" may be a district of another country */
	static const char *const parts[] = {
		"neighborhood", "neighbourhood", "quarter",
	};
	size_t z = m->tok + m->ntok - 1, k;

	if (c->dl_cid < 0 || m->has_country || c->tok[z].title ||
	    z + 1 >= c->ntok || !tok_adjacent(c, z) ||
	    (c->tok[z + 1].flags & T_CAP) ||
	    !tok_in_search(c, z + 1, parts, NELEM(parts)))
		return 0;
	/* a capital or a large city is itself ("NAIROBI -- ... in the
	 * Mogadishu market area"): bureaus report on the region */
	for (k = 0; k < m->ncity; k++)
		if (m->city[k].country_id == c->dl_cid ||
		    (m->city[k].flags & (GAZ_F_CAPITAL | GAZ_F_ADMIN1)) ||
		    m->city[k].pop >= CITY_PARTS_POP)
			return 0;
	for (k = 0; k < m->nregion; k++)
		if (m->region[k].country_id == c->dl_cid)
			return 0;
	return 1;
}

/* "San Juan de Lurigancho": a town the gazetteer lacks, whose name
 * goes on past mention m, takes its country from the other evidence. */
static void
add_longer_name(struct ctx *c, const struct mention *m)
{
	struct chainplace cp;
	size_t a = m->tok, z = m->tok + m->ntok - 1, e;

	e = name_run(c, z + 2);
	if (e < z + 2)
		return;
	memset(&cp, 0, sizeof(cp));
	cp.anycountry = 1;
	cp.name_start = cp.start = c->tok[a].start;
	cp.name_end = cp.end = c->tok[e].end;
	cp.name_title = cp.ev_title = c->tok[a].title;
	cp.score = 2 + context_bonus(c, a) + (after_locative(c, a) ? 4 : 0);
	add_chain(c, &cp);
}

/* Has city k of mention m a namesake in another country of a tenth of
 * its size or more ("Cordoba": Argentina's and Spain's)?  Then the name
 * says nothing about the country by itself, and the context it would add
 * would only pick its own largest namesake when the rest of the text is
 * read.  An alternate name of a place is no rival. */
static int
namesake_of(const struct mention *m, size_t k)
{
	size_t j;

	for (j = 0; j < m->ncity; j++)
		if (m->city[j].country_id != m->city[k].country_id &&
		    !(m->city[j].flags & GAZ_F_ALIAS) &&
		    m->city[j].pop >= m->city[k].pop / 10)
			return 1;
	return 0;
}

static int
town_in_cmp(const void *a, const void *b)
{
	const struct town_in *x = a, *y = b;

	return x->region_id < y->region_id ? -1 : x->region_id > y->region_id;
}

/*
 * "The governor of Punjab ... a market in Multan": a region
 * that a town named elsewhere in the text lies in is the region meant,
 * rather than a namesake region or town in another country.  Sets each
 * mention's town_region from the regions the other names' city
 * candidates lie in, kept sorted so that a long text costs a search per
 * region candidate.
 */
static void
find_town_regions(struct ctx *c)
{
	struct place_scratch *ps = c->ps;
	struct town_in key, *t;
	size_t i, k, n = 0, lo, hi, mid;
	uint32_t h;

	for (i = 0; i < c->nmen; i++) {
		c->men[i].town_region = -1;
		if (!c->men[i].excluded)
			n += c->men[i].ncity;
	}
	if (n == 0)
		return;
	if (ps->towncap < n) {
		free(ps->towns);
		ps->towns = xreallocarray(NULL, n, sizeof(*ps->towns));
		ps->towncap = n;
	}
	n = 0;
	for (i = 0; i < c->nmen; i++) {
		if (c->men[i].excluded)
			continue;
		h = c->men[i].name_hash;
		for (k = 0; k < c->men[i].ncity; k++)
			if (c->men[i].city[k].region_id >= 0) {
				ps->towns[n].region_id =
				    c->men[i].city[k].region_id;
				ps->towns[n++].name = h;
			}
	}
	qsort(ps->towns, n, sizeof(*ps->towns), town_in_cmp);
	for (i = 0; i < c->nmen; i++) {
		struct mention *m = &c->men[i];

		if (m->excluded || m->nregion == 0)
			continue;
		h = m->name_hash;
		for (k = 0; k < m->nregion && m->town_region < 0; k++) {
			key.region_id = m->region[k].region_id;
			/* the first entry of the region */
			lo = 0;
			hi = n;
			while (lo < hi) {
				mid = lo + (hi - lo) / 2;
				if (ps->towns[mid].region_id < key.region_id)
					lo = mid + 1;
				else
					hi = mid;
			}
			/* a town of the region's own name is no other
			 * name's town ("Kabul" in Kabul province) */
			for (t = ps->towns + lo; t < ps->towns + n &&
			    t->region_id == key.region_id; t++)
				if (t->name != h) {
					m->town_region = (int)k;
					break;
				}
		}
	}
}

/* Does a town abroad that bears mention m's name outweigh country cid's
 * own: a town of some size, ten times the largest of cid's towns of the
 * name?  "Hamilton" is a parish and a village of Bermuda, and a city
 * of New Zealand and of Canada; "Valencia" is a province and a city of
 * Spain, and a larger city of Venezuela. */
static int
towns_abroad(const struct mention *m, int cid)
{
	unsigned long own = 0, abroad = 0;
	size_t k;

	for (k = 0; k < m->ncity; k++)
		if (m->city[k].country_id == cid) {
			if (m->city[k].pop > own)
				own = m->city[k].pop;
		} else if (m->city[k].pop > abroad)
			abroad = m->city[k].pop;
	return abroad >= SMALL_TOWN_POP && abroad / 10 >= own;
}

/*
 * "died at Civil Hospital Karachi", "flown to Jinnah Hospital Lahore":
 * South Asian and African names of institutions often end in their
 * city.  A large city after a capitalised facility noun is then no
 * person's surname (in_person_name() reads "Hospital Karachi" as
 * "Michael Jordan") but a hint of where the news is, as "Kabul
 * University" is: weak, since the wounded are often taken far from the
 * scene, but the place when the text names none the gazetteer knows
 * ("a grenade attack in Lyari").
 */
static int
facility_city(const struct ctx *c, const struct mention *m)
{
	static const char *const facilities[] = {
		"airport", "college", "hospital", "prison", "stadium",
		"university",
	};
	size_t a = m->tok;

	return a > 0 && !c->caseless && tok_adjacent(c, a - 1) &&
	    (c->tok[a - 1].flags & T_CAP) &&
	    !(c->tok[a - 1].flags & T_POSS) &&
	    tok_in_search(c, a - 1, facilities, NELEM(facilities)) &&
	    !m->has_country && !m->common && m->ncity > 0 &&
	    (m->city[0].pop >= CITY_PARTS_POP ||
	    (m->city[0].flags & GAZ_F_CAPITAL));
}

/*
 * "the University of Maiduguri", "Bank of Kigali", "Hospital of Saint
 * ...": a capitalised common word followed by "of" and a capitalised name
 * opens an institution's name.  A town that is also an English word
 * ("University", Florida; "Hospital", Ireland) is named so only by its
 * own place pattern ("the town of Reading"), never as the head of an "X
 * of Y" name, whose Y is the place if any.
 */
static int
institution_head(const struct ctx *c, const struct mention *m)
{
	size_t z = m->tok + m->ntok - 1;

	return m->common && !m->has_country && z + 2 < c->ntok &&
	    tok_adjacent(c, z) && tok_adjacent(c, z + 1) &&
	    tok_is_of(c, z + 1) && (c->tok[z + 2].flags & T_CAP) &&
	    !c->caseless;
}

/* "the capital of Borno state": a feature noun before a name and a
 * division word after it call it a region, not a town abroad that
 * shares the name (Borno, Italy). */
static int
capital_of_region(const struct ctx *c, const struct mention *m, int feat)
{
	return feat == 2 && !m->has_country && m->nregion > 0 &&
	    TOK_IN(c, m->tok + m->ntok, regionwords) &&
	    tok_adjacent(c, m->tok + m->ntok - 1);
}

/*
 * "in Petion-Ville, an upscale suburb of Port-au-Prince": the city after
 * "suburb of" in an apposition describes the town named before it,
 * which is the place; it is not "the city of Y" that the feature noun
 * makes of a name elsewhere.  Is m such a city?
 */
static int
suburb_of(const struct ctx *c, const struct mention *m)
{
	static const char *const parts[] = {
		"district", "neighborhood", "neighbourhood", "quarter",
		"suburb",
	};
	const struct mention *x;
	size_t a = m->tok, k;

	if (a < 4 || !tok_in_search(c, a - 2, parts, NELEM(parts)))
		return 0;
	/* back over a few lowercase words to the article */
	for (k = a - 3; k > 0 && a - k <= 5; k--) {
		if (c->tok[k].title != c->tok[a].title ||
		    (c->tok[k].flags & (T_CAP | T_STOP | T_COMMA)))
			return 0;
		if (tok_word_is(c, k, "a") || tok_word_is(c, k, "an"))
			break;
	}
	if (k == 0 || a - k > 5 || !(tok_word_is(c, k, "a") ||
	    tok_word_is(c, k, "an")) || !(c->tok[k - 1].flags & T_COMMA))
		return 0;
	x = mention_over(c, k - 1);
	return x != NULL && x->ncity > 0 && !x->has_country &&
	    x->tok + x->ntok == k;
}

/*
 * "in a Kaduna community", "a Borno village": a village is named by its
 * own name, so a region's name before the noun says which region the
 * village is in, though a city (here the region's seat) bears it too.
 * Reports of one attack name the village, its district or its region;
 * the seat, often far away, is none of them.
 */
static int
region_settlement(const struct ctx *c, const struct mention *m)
{
	static const char *const villages[] = {
		"communities", "community", "hamlet", "village", "villages",
	};
	size_t z = m->tok + m->ntok;

	return m->nregion > 0 && !m->has_country && z < c->ntok &&
	    tok_adjacent(c, z - 1) && !(c->tok[z].flags & T_CAP) &&
	    tok_in_search(c, z, villages, NELEM(villages));
}

/* Score each mention as the attack's place and fill country context. */
static void
score_mentions(struct ctx *c)
{
	struct mention *m;
	size_t i;
	int sent_start, loc, feat, k;
	double w;

	for (i = 0; i < c->nmen; i++) {
		m = &c->men[i];
		if (facility_city(c, m)) {
			m->named_for = 1;
			m->score = 1 + context_bonus(c, m->tok) / 5;
			continue;
		}
		if ((k = in_person_name(c, m)) != 0) {
			/* "Kabul University", "Lagos General Hospital": a
			 * large city's name that opens a longer name names
			 * most often something in that city; a weak hint.
			 * A police force's name is find_forces()' to read
			 * ("Victoria Police" may be the state's). */
			if (k == 2 && !m->has_country && !m->common &&
			    !TOK_IN(c, m->tok + m->ntok, forces) &&
			    m->ncity > 0 && (m->city[0].pop >= CITY_PARTS_POP ||
			    (m->city[0].flags & GAZ_F_CAPITAL))) {
				m->named_for = 1;
				m->score = 1 + context_bonus(c, m->tok) / 5;
				continue;
			}
			m->excluded = 1;
			continue;
		}
		if (part_of_dateline_city(c, m) || institution_head(c, m)) {
			m->excluded = 1;
			continue;
		}
		if ((k = name_goes_on(c, m)) != 0) {
			m->excluded = 1;
			if (k == 2)
				add_longer_name(c, m);
			continue;
		}
		sent_start = (c->tok[m->tok].flags & T_SENT) != 0;
		/* "in County Kerry" */
		loc = after_locative(c, m->tok - (size_t)m->county);
		feat = after_feature(c, m);
		/* "Police district": a common word stays one unless a
		 * feature noun introduces it ("the town of Reading") */
		if (m->common && feat == 1)
			feat = 0;
		/* "a district of Chad's east": a country's name after
		 * "district of" is the country, not a town abroad that
		 * shares it */
		if (feat == 2 && m->has_country &&
		    !(m->country.flags & GAZ_F_DEMONYM) && m->ncity > 0 &&
		    m->city[0].country_id != m->country.country_id)
			feat = 0;
		/* "the capital of Mexico's northwestern Sinaloa state": a
		 * country in the possessive after "capital of" owns what the
		 * noun is of; it is not the capital's name (Mexico City) */
		if (feat == 2 && m->has_country &&
		    (c->tok[m->tok + m->ntok - 1].flags & T_POSS))
			feat = 0;
		/* "IRNA said": a word of four capitals or more, in
		 * mixed-case text, inside a sentence and out of any place
		 * pattern, is an agency's or a party's initials; a town is
		 * written so only in a dateline, which opens its line
		 * ("BENGALURU: A man ...") */
		if (!c->caseless && !m->has_country && !loc && !feat &&
		    m->ntok == 1 && (c->tok[m->tok].flags & T_UPPER) &&
		    !(c->tok[m->tok].flags & (T_TITLE | T_SENT)) &&
		    c->tok[m->tok].end - c->tok[m->tok].start >= 4) {
			m->excluded = 1;
			continue;
		}
		if (feat == 2 && suburb_of(c, m))
			feat = 0;
		m->strong = feat == 2;
		/* "Ondo state", and "the state of Sinaloa" (not a village
		 * of that name); a country's own name after "the state
		 * of" stays the country ("the State of Qatar") */
		m->regional = (feat == 1 && TOK_IN(c, m->tok + m->ntok,
		    regionwords)) || (feat == 2 && !m->has_country &&
		    TOK_IN(c, m->tok - 2, regionwords)) ||
		    capital_of_region(c, m, feat) || region_settlement(c, m);
		w = 1.0;
		if (m->has_country)
			c->cctx[m->country.country_id] += w;
		/* a region's name says its country, unless larger towns
		 * abroad bear it */
		if (m->nregion == 1 && !m->has_country &&
		    !towns_abroad(m, m->region[0].country_id))
			c->cctx[m->region[0].country_id] += 0.5;
		/* a large city says which country the text is about */
		m->city_hint = !m->has_country && m->ncity > 0 &&
		    !m->common && m->city[0].pop >= 100000 &&
		    !namesake_of(m, 0);
		if (m->city_hint)
			c->cctx[m->city[0].country_id] += 0.5;
		if ((c->tok[m->tok + m->ntok - 1].flags & T_BASED)) {
			m->score = 1;
			continue;
		}
		/* "French soldiers", "a Kazakh man", "United States
		 * troops", "Nigeria said": people and states, not places; a
		 * weak hint of the country */
		if (m->has_country && ((m->country.flags & GAZ_F_DEMONYM) ||
		    (!loc && !feat))) {
			m->adjective = 1;
			m->score = 1 + context_bonus(c, m->tok) / 5;
			continue;
		}
		if (!m->has_country && !loc && !feat &&
		    (m->common || c->caseless)) {
			m->excluded = 1;
			continue;
		}
		m->score = (m->ncity || m->nregion ? 2 : 1) +
		    context_bonus(c, m->tok);
		/* "Peshawar police said": a name opening a sentence is
		 * less likely the scene than one after "in" */
		if (sent_start && !loc)
			m->score -= 1;
		if (loc)
			m->score += 4;
		if (feat == 2)
			m->score += 6;
		else if (feat == 1)
			m->score += 2;
	}
}

/* The entry of force_names that token i starts, or NULL. */
static const struct force_name *
force_at(const struct ctx *c, size_t i)
{
	const unsigned char *s = (const unsigned char *)tok_text(c,
	    &c->tok[i]);
	const struct force_name *f;
	size_t len = c->tok[i].end - c->tok[i].start, lo = 0, mid;
	size_t hi = NELEM(force_names);
	unsigned char c0;
	int r;

	if (len >= 32 || len == 0)
		return NULL;
	c0 = s[0] >= 'A' && s[0] <= 'Z' ? s[0] + 32 : s[0];
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		f = &force_names[mid];
		/* the first letter settles most steps without the loop */
		r = c0 != (unsigned char)f->word[0] ?
		    (int)c0 - (int)(unsigned char)f->word[0] :
		    lower_cmp(s, len, f->word);
		if (r < 0)
			hi = mid;
		else if (r > 0)
			lo = mid + 1;
		else if (f->second == NULL)
			return f;
		else if (i + 1 < c->ntok && tok_adjacent(c, i) &&
		    lower_cmp((const unsigned char *)tok_text(c,
		    &c->tok[i + 1]), c->tok[i + 1].end - c->tok[i + 1].start,
		    f->second) == 0)
			return f;
		else
			return NULL;
	}
	return NULL;
}

/* A force named for its nation's people ("Spanish police") may work
 * abroad with the local police; weak, it mostly says which of the
 * places of a name is meant. */
static void
add_force(struct ctx *c, int cid, size_t tok, int weak)
{
	if (cid < 0 || c->nforce == PLACE_MAXFORCE)
		return;
	c->fcid[c->nforce] = cid;
	c->fscore[c->nforce++] = (CHAIN_SCORE + context_bonus(c, tok)) /
	    (weak ? 2 : 1);
	c->cctx[cid] += 3;
}

/*
 * Police forces that name their country: "the PSNI said", "Police
 * Scotland", "Western Cape police", "Kenya Police".  A local report
 * names the force that investigates, and a force works at home, so it
 * places the attack in its country even when the streets and suburbs
 * the report names are unknown or have namesakes abroad.  A force named
 * for a city ("Phoenix police") says no more than the city does.
 */
static void
find_forces(struct ctx *c)
{
	const struct force_name *f;
	struct gaz_place g;
	struct mention *m;
	size_t i, a, z;
	int cid;

	/* the word set says whether any token begins a force's name */
	for (i = c->lists_any & (uint32_t)1 << W_force_name ? 0 : c->ntok;
	    i < c->ntok && c->nforce < PLACE_MAXFORCE; i++) {
		if (!(c->tok[i].flags & T_CAP) || !tok_in(c, i, W_force_name) ||
		    in_skip(c, &c->tok[i]) || (f = force_at(c, i)) == NULL)
			continue;
		/* "Tokyo Metropolitan Police" is that city's */
		if (f->second && i > 0 && tok_adjacent(c, i - 1) &&
		    (c->tok[i - 1].flags & T_CAP) &&
		    !TOK_IN(c, i - 1, funcwords))
			continue;
		/* "Metropolitan Police Department" is an American city's
		 * (Washington, Las Vegas, Nashville), "Metropolitan Police
		 * Bureau" Bangkok's */
		if (f->second && i + 2 < c->ntok && tok_adjacent(c, i + 1) &&
		    tok_in_search(c, i + 2, force_units, NELEM(force_units)))
			continue;
		if (gaz_country_by_code(f->cc, &g) == 0)
			add_force(c, g.country_id, i, f->weak);
	}
	for (i = 0; i < c->nmen && c->nforce < PLACE_MAXFORCE; i++) {
		m = &c->men[i];
		a = m->tok;
		z = a + m->ntok - 1;
		/* "Police Scotland" reads as a person's name to
		 * in_person_name(), so excluded mentions count here */
		if ((c->tok[z].flags & (T_POSS | T_BASED)) ||
		    (m->nregion == 0 && !m->has_country))
			continue;
		if (a > 0 && tok_adjacent(c, a - 1) &&
		    (c->tok[a - 1].flags & T_CAP) && TOK_IN(c, a - 1, forces))
			;	/* "Police Scotland" */
		else if (z + 1 < c->ntok && tok_adjacent(c, z) &&
		    TOK_IN(c, z + 1, forces)) {
			/* "Western Cape police"; but "West Midlands Police"
			 * is not the Midlands', and a region that is also a
			 * town's name may be a town's force */
			if (!m->has_country && (m->ncity > 0 || (a > 0 &&
			    tok_adjacent(c, a - 1) &&
			    (c->tok[a - 1].flags & T_CAP) &&
			    !TOK_IN(c, a - 1, funcwords))))
				continue;
		} else
			continue;
		/* "Georgia police" may be the US state's */
		cid = region_country(m);
		if (m->has_country)
			cid = m->nregion == 0 || cid ==
			    m->country.country_id ? m->country.country_id : -1;
		add_force(c, cid, a, m->has_country &&
		    (m->country.flags & GAZ_F_DEMONYM));
	}
}

/*
 * Offices of one country's local government that its news names: a
 * sheriff and a county courthouse are American, and "Ga." is how its
 * press writes Georgia.  They place no attack; they say which of a
 * country and a region of the same name the text means ("a county
 * courthouse in south Georgia").  Sorted by word.
 */
static const struct office_word {
	const char *word;
	const char *cc;
} office_words[] = {
	{ "county", "US" }, { "courthouse", "US" }, { "ga", "US" },
	{ "sheriff", "US" }, { "sheriffs", "US" },
};

/* The index in office_words of the n bytes at s, in any case, or
 * NELEM(office_words). */
static size_t
office_word(const unsigned char *s, size_t n)
{
	size_t k;

	for (k = 0; k < NELEM(office_words); k++)
		if (lower_cmp(s, n, office_words[k].word) == 0)
			break;
	return k;
}

static void
find_offices(struct ctx *c)
{
	struct gaz_place g;
	size_t i, k, j;

	/* the word set says which tokens are office words */
	if (!(c->lists_any & (uint32_t)1 << W_office))
		return;
	for (i = 0; i < c->ntok; i++) {
		const struct token *t = &c->tok[i];
		const char *buf = t->title ? c->title : c->text;
		const unsigned char *s = (const unsigned char *)buf + t->start;
		size_t blen = t->title ? c->tlen : c->len;

		if (!tok_in(c, i, W_office))
			continue;
		k = office_word(s, t->end - t->start);
		if (k == NELEM(office_words))
			continue;
		/* "Ga." is the abbreviation only with its capital and
		 * its period */
		if (strcmp(office_words[k].word, "ga") == 0 &&
		    (!(t->flags & T_CAP) || (t->flags & T_UPPER) ||
		    t->end >= blen || buf[t->end] != '.'))
			continue;
		if (gaz_country_by_code(office_words[k].cc, &g) != 0)
			continue;
		for (j = 0; j < c->noffice; j++)
			if (c->ocid[j] == g.country_id)
				break;
		if (j == c->noffice && c->noffice < PLACE_MAXFORCE)
			c->ocid[c->noffice++] = g.country_id;
	}
}

/* Does the text name an office of country cid's local government? */
static int
office_named(const struct ctx *c, int cid)
{
	size_t j;

	for (j = 0; j < c->noffice; j++)
		if (c->ocid[j] == cid)
			return 1;
	return 0;
}

/* Is token i what a country's own state runs ("state media", "state
 * television")?  Then the "state" before it is the country's. */
static int
state_organ(const struct ctx *c, size_t i)
{
	static const char *const organs[] = {
		"agency", "broadcaster", "department", "media", "news",
		"radio", "television", "tv",
	};

	return i < c->ntok && tok_in_search(c, i, organs, NELEM(organs));
}

/* Are all of m's cities places it is only an alternate name of?  Then a
 * region that bears the name is read first (a province's name may be
 * listed as an old name of a city abroad). */
static int
only_aliases(const struct mention *m)
{
	size_t k;

	for (k = 0; k < m->ncity; k++)
		if (!(m->city[k].flags & GAZ_F_ALIAS))
			return 0;
	return 1;
}

/* The region reading of mention m, in country cid unless it is -1, that
 * the rest of the text supports best; NULL when it has none. */
static const struct gaz_place *
region_supported(const struct ctx *c, const struct mention *m, int cid)
{
	const struct gaz_place *best = NULL;
	size_t k;

	for (k = 0; k < m->nregion; k++) {
		if (cid >= 0 && m->region[k].country_id != cid)
			continue;
		if (best == NULL || c->cctx[m->region[k].country_id] >
		    c->cctx[best->country_id])
			best = &m->region[k];
	}
	return best;
}

/* Place from mention m, preferring country cid (-1: any). */
static int
mention_place(struct ctx *c, struct mention *m, int cid,
    const struct gaz_place **city, const struct gaz_place **region,
    struct gaz_place *country)
{
	const struct gaz_place *g;
	int fc;

	*city = *region = NULL;
	/* a name that is a country is the country ("Djibouti"), unless a
	 * feature noun says it is a city ("the city of Djibouti") or a
	 * region ("a Georgia state senator", "Niger state"): no country
	 * is called a state or a province, though its media are "state
	 * media" */
	if (m->has_country && !m->strong && !(m->regional &&
	    m->nregion > 0 && !state_organ(c, m->tok + m->ntok + 1))) {
		size_t k;

		/* "Georgia" the US state when the rest of the text is about
		 * the US (the mention itself counted 1 for the country), or
		 * names the offices of its counties */
		for (k = 0; k < m->nregion && cid < 0; k++)
			if (m->region[k].country_id != m->country.country_id &&
			    (c->cctx[m->region[k].country_id] >
			    c->cctx[m->country.country_id] - 1 ||
			    office_named(c, m->region[k].country_id))) {
				*region = &m->region[k];
				gaz_country_by_id(m->region[k].country_id,
				    country);
				return 0;
			}
		if (cid >= 0 && m->country.country_id != cid) {
			/* "Georgia" the US state when the US is meant */
			if ((g = region_in(m, cid)) != NULL) {
				*region = g;
				gaz_country_by_id(cid, country);
				return 0;
			}
			return -1;
		}
		*country = m->country;
		return 0;
	}
	fc = feature_country(c, m);
	if (fc < 0)
		fc = division_country(c, m);
	if (fc >= 0 && cid < 0)
		cid = fc;
	/* "Ondo state" is the state, not the town of Ondo; "Punjab
	 * province" the one of the two Punjabs that is a province */
	if (m->regional && m->nregion > 0) {
		const struct gaz_place *r = NULL;
		char kind[16];
		size_t k;

		tok_lower(c, &c->tok[TOK_IN(c, m->tok + m->ntok,
		    regionwords) ? m->tok + m->ntok : m->tok >= 2 ?
		    m->tok - 2 : m->tok], kind, sizeof(kind));
		for (k = 0; k < m->nregion && r == NULL; k++)
			if ((cid < 0 || m->region[k].country_id == cid) &&
			    strcmp(m->region[k].region_type, kind) == 0)
				r = &m->region[k];
		for (k = 0; k < m->nregion && r == NULL; k++)
			if (cid < 0 || m->region[k].country_id == cid)
				r = &m->region[k];
		if (r) {
			*region = r;
			gaz_country_by_id(r->country_id, country);
			return 0;
		}
	}
	/* see find_town_regions(); a town of the region's country that
	 * bears the name stays the town */
	if (m->town_region >= 0 && !m->strong && (cid < 0 ||
	    m->region[m->town_region].country_id == cid)) {
		const struct gaz_place *r = &m->region[m->town_region];

		g = m->ncity > 0 ? best_city(c, m, r->country_id, -1, 1) :
		    NULL;
		if (g == NULL) {
			*region = r;
			gaz_country_by_id(r->country_id, country);
			return 0;
		}
	}
	/* "MONTEGO BAY - ... in Salt Spring, St James": a region of the
	 * dateline's country that no town there is named after is that
	 * region, not a town abroad */
	if (m->ncity > 0 && cid < 0 && c->dl_cid >= 0 &&
	    (g = region_in(m, c->dl_cid)) != NULL) {
		size_t k;

		for (k = 0; k < m->ncity; k++)
			if (m->city[k].country_id == c->dl_cid)
				break;
		if (k == m->ncity) {
			*region = g;
			gaz_country_by_id(g->country_id, country);
			return 0;
		}
	}
	if (m->ncity > 0 && !(only_aliases(m) && (cid < 0 ?
	    m->nregion > 0 : region_in(m, cid) != NULL))) {
		g = best_city(c, m, cid, -1, cid >= 0);
		if (g) {
			/* a bare region name that is also a small town
			 * elsewhere is the region ("Borno") */
			const struct gaz_place *r = region_in(m,
			    g->country_id);

			/* ... and so is one that is a small town abroad
			 * when nothing else in the text chose a country
			 * ("Kasai", "Corsica") */
			if (r == NULL && cid < 0)
				r = region_supported(c, m, -1);
			if (r && !m->strong && !(g->flags & (GAZ_F_CAPITAL |
			    GAZ_F_ADMIN1)) && g->pop < 100000) {
				*region = r;
				gaz_country_by_id(r->country_id, country);
				return 0;
			}
			*city = g;
			gaz_country_by_id(g->country_id, country);
			return 0;
		}
	}
	if ((g = region_supported(c, m, cid)) != NULL) {
		*region = g;
		gaz_country_by_id(g->country_id, country);
		return 0;
	}
	if (m->has_country && (cid < 0 || m->country.country_id == cid)) {
		*country = m->country;
		return 0;
	}
	return -1;
}

static void
set_place(struct place *p, const struct gaz_place *city,
    const struct gaz_place *region, const struct gaz_place *country)
{
	memset(p, 0, sizeof(*p));
	if (city) {
		p->city = city->name;
		p->lat = city->lat;
		p->lon = city->lon;
		p->has_coords = 1;
	}
	if (region)
		p->region = region->region;
	if (country) {
		p->country = country->country;
		p->country_code = country->cc;
	}
}

static void
copy_name(char *dst, size_t dsz, const char *src, size_t n)
{
	if (n >= dsz)
		n = dsz - 1;
	/* do not cut a UTF-8 sequence in half */
	while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80 && n < dsz - 1)
		n--;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Does one of nouns follow mention m: "Bristol hotel", "X and Y
 * hospitals"? */
static int
noun_after(const struct ctx *c, const struct mention *m,
    const char *const *nouns, size_t nnouns)
{
	size_t k = m->tok + m->ntok;

	if (k >= c->ntok || !tok_adjacent(c, k - 1))
		return 0;
	if (tok_word_is(c, k, "and") && k + 1 < c->ntok &&
	    tok_adjacent(c, k) && (c->tok[k + 1].flags & T_CAP)) {
		for (k++; k + 1 < c->ntok && tok_adjacent(c, k) &&
		    (c->tok[k + 1].flags & T_CAP); k++)
			;
		if (k + 1 >= c->ntok || !tok_adjacent(c, k))
			return 0;
		k++;
	}
	return !(c->tok[k].flags & T_CAP) &&
	    tok_in_search(c, k, nouns, nnouns);
}

/* Is mention m's text a spelling of city's own name: do the two begin
 * with the same four letters ("Afgoye", "Afgooye")?  Three would make
 * a different name one ("Bonn" is also listed under a shorter name). */
static int
respelling(const struct ctx *c, const struct mention *m,
    const struct gaz_place *city)
{
	char a[GAZ_KEY_MAX], b[GAZ_KEY_MAX];
	const struct token *ta = &c->tok[m->tok];
	const struct token *tz = &c->tok[m->tok + m->ntok - 1];

	if (gaz_normalize(tok_text(c, ta), tz->end - ta->start, a,
	    sizeof(a)) < 4 || gaz_normalize(city->name, strlen(city->name),
	    b, sizeof(b)) < 4)
		return 0;
	return memcmp(a, b, 4) == 0;
}

/*
 * Is mention m, read as city/region/country, a weak hint only: a country
 * named as its people or its state ("a Chinese restaurant"), or beside a
 * border; a name that is a town there only as another place's alternate
 * name or as a small town; a name given to a facility ("Bristol hotel":
 * hotels, beaches and hospitals are named for places far away).  A
 * report names its scene in its own country; these are how it names a
 * local place the gazetteer lacks through a namesake abroad.
 */
/* Is mention m, in a world agency's report, a place with no namesake
 * in the dateline's country?  Then it is where the bureau reports from
 * its neighbours' ("BEIRUT (AP) - ... in Azaz"), not a poor reading. */
static int
bureau_abroad(const struct ctx *c, const struct mention *m)
{
	size_t k;

	if (!c->dl_world || c->dl_cid < 0)
		return 0;
	for (k = 0; k < m->ncity; k++)
		if (m->city[k].country_id == c->dl_cid)
			return 0;
	return region_in(m, c->dl_cid) == NULL;
}

/* Is mention m "the" and a compass point with one more word ("the West
 * End", "the East Side", "the North Shore")?  English-speaking cities
 * name their quarters so; a town or district abroad of that name (West
 * End in Anguilla) is a namesake's. */
static int
city_quarter(const struct ctx *c, const struct mention *m)
{
	static const char *const points[] = {
		"east", "north", "south", "west",
	};

	return m->ntok == 2 && m->tok > 0 &&
	    c->tok[m->tok - 1].title == c->tok[m->tok].title &&
	    tok_word_is(c, m->tok - 1, "the") &&
	    tok_in_search(c, m->tok, points, NELEM(points));
}

static int
weak_hint(struct ctx *c, const struct mention *m,
    const struct gaz_place *city, const struct gaz_place *region)
{
	static const char *const facilities[] = {
		"airport", "beach", "bridge", "church", "hospital",
		"hospitals", "hotel", "market", "metro", "monument", "mosque",
		"prison", "school", "stadium", "station",
	};
	/* "near the Niger border" may be on either side of it */
	static const char *const borders[] = {
		"border", "borders", "frontier",
	};

	if (m->named_for)
		return 1;
	if (city_quarter(c, m))
		return 1;
	/* a region whose name is an English word ("South", "Centre",
	 * "Plateau") and that no feature noun calls one may be any
	 * country's: "in South 24 Parganas" */
	if (city == NULL)
		return region == NULL ? m->adjective ||
		    noun_after(c, m, borders, NELEM(borders)) :
		    m->common && !m->strong && !m->regional;
	/* "the Syrian town of X": the text says whose town it is */
	if (m->strong && feature_country(c, m) == city->country_id)
		return 0;
	/* a name the text calls a division ("Saran district"), here or
	 * where it names it again, that the gazetteer knows only as
	 * another town's alternate name ("Saran" for Saransk) is a
	 * namesake's */
	if ((city->flags & GAZ_F_ALIAS) && !(city->flags & GAZ_F_CAPITAL)) {
		size_t i;

		for (i = 0; i < c->nmen; i++)
			if (c->men[i].name_hash == m->name_hash &&
			    c->men[i].division)
				return 1;
	}
	/* a name the gazetteer lists as another place's alternate name
	 * ("Newtown" for Tallahassee) is a poor reading of it, unless it is
	 * only a spelling of that place's name ("Afgoye" for Afgooye) or
	 * the exonym of a world city ("Kiev",
	 * "Bombay"), which is how English news names it */
	if ((city->flags & GAZ_F_ALIAS) && !(city->flags & GAZ_F_CAPITAL) &&
	    city->pop < WORLD_CITY_POP && !respelling(c, m, city) &&
	    !bureau_abroad(c, m))
		return 1;
	if (m->strong)
		return 0;
	/* "SANTIAGO - ... in San Bernardino ..., Chile's judiciary said":
	 * a report filed from a country the text names outright, of a
	 * town that has no namesake there and whose own country nothing
	 * in the text points to, tells of a local place the gazetteer
	 * lacks, not of the namesake abroad; the 0.5 that m as a large
	 * city gave its own country is m's own hint, not the text's */
	if (c->dl_cid >= 0 && city->country_id != c->dl_cid &&
	    c->cctx[c->dl_cid] >= 3 && !reads_in(m, c->dl_cid) &&
	    c->cctx[city->country_id] <= (m->city_hint ? 0.5 : 0))
		return 1;
	/* a facility is named for a world city or a capital it is in
	 * ("a Lagos mosque"), for a lesser place as often from afar */
	if (city->pop < WORLD_CITY_POP && !(city->flags & GAZ_F_CAPITAL) &&
	    noun_after(c, m, facilities, NELEM(facilities)))
		return 1;
	/* the seat of a small province is a small town too, but a name
	 * that is also its province's names the province */
	return city->pop < SMALL_TOWN_POP && !(city->flags & GAZ_F_CAPITAL) &&
	    region_in(m, city->country_id) == NULL && !bureau_abroad(c, m);
}

/* Does a weak hint of another name point to m's country too ("Myanmar
 * troops ... near <a Myanmar town>")?  Two names that agree are more
 * than a namesake's chance. */
static int
weak_hints_agree(const struct ctx *c, const struct mention *m)
{
	size_t i;

	for (i = 0; i < c->nmen; i++)
		if (c->men[i].vote_cid == m->vote_cid &&
		    c->men[i].vote_weak && c->men[i].name_hash != m->name_hash)
			return 1;
	return 0;
}

/*
 * "Chicago's South Side", "Nairobi's eastern suburbs", "Baghdad's
 * outskirts": a large city in the possessive, then a compass point or a
 * noun for its parts.  A sentence that says so speaks of the city's
 * quarters, and the other names in it are most likely quarters too.
 */
static int
quarter_of(const struct ctx *c, const struct mention *l)
{
	static const char *const quarters[] = {
		"districts", "east", "eastern", "neighborhoods",
		"neighbourhoods", "north", "northern", "outskirts", "south",
		"southern", "suburbs", "west", "western",
	};
	size_t z = l->tok + l->ntok - 1;

	return (c->tok[z].flags & T_POSS) && z + 1 < c->ntok &&
	    tok_adjacent(c, z) &&
	    tok_in_search(c, z + 1, quarters, NELEM(quarters));
}

/* A part of a city this far from it is no part of it. */
#define CITY_PART_KM	100

/*
 * "a party in Englewood late Saturday, Chicago police said", "a store in
 * the Austin neighborhood, Chicago police said": local news names the
 * neighbourhood of a large city and the city beside it, and the
 * gazetteer lacks the neighbourhood but knows towns of its name
 * elsewhere.  When m, the place decide() chose, is only small towns in
 * country cid whose regions the text does not name (namesakes abroad
 * do not matter once the country is chosen), none of them near a large
 * city of cid that a sentence naming m names too, nor in that city's
 * region (where it may be a town of its own), m is a part of that city:
 * the city is the place.  A noun that calls m a neighbourhood says so
 * of a town of any size in any region, as long as it lies far from the
 * city; a sentence that speaks of the city's quarters ("a bus stop in
 * Chatham ... on Chicago's South Side", quarter_of()) says so of any
 * town smaller than the city.  Returns the large city's mention, or m.
 */
static struct mention *
city_of_part(struct ctx *c, struct mention *m, int cid)
{
	static const char *const parts[] = {
		"neighborhood", "neighbourhood", "suburb",
	};
	const struct mention *n;
	struct mention *l;
	const struct gaz_place *g;
	size_t i, j, k;
	int part, small = 1, lpart;

	if (m->strong || m->regional || m->has_country || m->ncity == 0 ||
	    c->caseless)
		return m;
	part = noun_after(c, m, parts, NELEM(parts));
	for (k = 0; k < m->ncity && !part; k++)
		if (m->city[k].country_id == cid &&
		    (m->city[k].pop >= SMALL_TOWN_POP ||
		    (m->city[k].flags & (GAZ_F_CAPITAL | GAZ_F_ADMIN1)) ||
		    (m->city[k].region_id >= 0 &&
		    region_named(c, m->city[k].region_id))))
			small = 0;
	for (i = 0; i < c->nmen; i++) {
		l = &c->men[i];
		if (l == m || l->excluded || l->chained || l->score <= 0 ||
		    l->has_country || l->common || l->ncity == 0 ||
		    l->name_hash == m->name_hash)
			continue;
		g = &l->city[0];
		if (g->pop < CITY_PARTS_POP || g->country_id != cid)
			continue;
		lpart = part || quarter_of(c, l);
		if (!lpart && !small)
			continue;
		for (k = 0; k < m->ncity; k++)
			if ((!lpart && g->region_id >= 0 &&
			    m->city[k].region_id == g->region_id) ||
			    (lpart && !part && m->city[k].country_id == cid &&
			    m->city[k].pop >= g->pop) ||
			    geo_km(g->lat, g->lon, m->city[k].lat,
			    m->city[k].lon) < CITY_PART_KM)
				break;
		if (k < m->ncity)
			continue;
		/* named in one sentence with m, or with m named again */
		for (j = 0; j < c->nmen; j++) {
			n = &c->men[j];
			if (n->name_hash == m->name_hash &&
			    c->tok[n->tok].title == c->tok[l->tok].title &&
			    c->tok[n->tok].sentence == c->tok[l->tok].sentence)
				return l;
		}
	}
	return m;
}

/* Mark every mention of m's name as standing aside for a city. */
static void
stand_aside(struct ctx *c, const struct mention *m)
{
	uint32_t h = m->name_hash;
	size_t j;

	for (j = 0; j < c->nmen; j++)
		if (c->men[j].name_hash == h)
			c->men[j].excluded = 1;
}

/* Does large city l speak as an authority: "Bogota police said",
 * "Bogota's mayor's office"? */
static int
city_authority(const struct ctx *c, const struct mention *l)
{
	static const char *const offices[] = {
		"mayor", "police",
	};
	size_t z = l->tok + l->ntok - 1;

	return z + 1 < c->ntok && tok_adjacent(c, z) &&
	    tok_in_search(c, z + 1, offices, NELEM(offices));
}

/* A town abroad this many times smaller than a city whose authority
 * speaks of it may be that city's part. */
#define PART_ABROAD_RATIO	4

/*
 * "the Ciudad Bolivar locality of Bogota", "the Hodan district of
 * Mogadishu": a noun for a part of a city between a name and a large
 * city says outright that the name is that city's part, whatever towns
 * abroad bear it (a Ciudad Bolívar in Venezuela).  So does a large
 * city's police or mayor speaking, in the sentence that names it, of a
 * name whose every reading is a far smaller town abroad or a small one
 * at home, far from the city ("an attack ... in Ciudad Bolivar, Bogota
 * police said"; a Ciudad Bolívar in Venezuela, a village of that name
 * 250 km away in Colombia's Antioquia): a city's police and mayor
 * speak of what happens in the city, and the namesake abroad would
 * outvote the city in a text that names the quarter more often.  A
 * name that is also a region's is left alone: a city's police speak of
 * the region around it too.  Every mention of the name then stands
 * aside, in the title too, so that it votes for no country; the large
 * city is the place.
 */
static void
mark_city_parts(struct ctx *c)
{
	static const char *const parts[] = {
		"district", "locality", "neighborhood", "neighbourhood",
		"quarter", "suburb",
	};
	const struct mention *l;
	struct mention *m;
	size_t i, j, k;

	for (i = 0; i < c->nmen; i++) {
		m = &c->men[i];
		k = m->tok + m->ntok;
		if (m->excluded || m->has_country || m->regional)
			continue;
		if (k + 2 < c->ntok && tok_adjacent(c, k - 1) &&
		    tok_adjacent(c, k) && tok_adjacent(c, k + 1) &&
		    !(c->tok[k].flags & T_CAP) && tok_is_of(c, k + 1) &&
		    tok_in_search(c, k, parts, NELEM(parts))) {
			l = mention_at(c, k + 2);
			/* "the Lima district of San Juan de Lurigancho"
			 * names the part last: the larger city owns the
			 * smaller */
			if (l != NULL && !l->has_country && !l->regional &&
			    l->ncity > 0 && l->city[0].pop >= CITY_PARTS_POP &&
			    l->name_hash != m->name_hash &&
			    (m->ncity == 0 || m->city[0].pop < l->city[0].pop)) {
				stand_aside(c, m);
				continue;
			}
		}
		if (m->ncity == 0 || m->nregion > 0)
			continue;
		for (j = 0; j < c->nmen; j++) {
			l = &c->men[j];
			if (l == m || l->excluded || l->has_country ||
			    l->ncity == 0 || l->city[0].pop < CITY_PARTS_POP ||
			    c->tok[l->tok].title != c->tok[m->tok].title ||
			    c->tok[l->tok].sentence !=
			    c->tok[m->tok].sentence || !city_authority(c, l))
				continue;
			for (k = 0; k < m->ncity; k++)
				if ((m->city[k].country_id ==
				    l->city[0].country_id ?
				    m->city[k].pop >= SMALL_TOWN_POP :
				    m->city[k].pop * PART_ABROAD_RATIO >=
				    l->city[0].pop) ||
				    geo_km(l->city[0].lat, l->city[0].lon,
				    m->city[k].lat, m->city[k].lon) <
				    CITY_PART_KM)
					break;
			if (k == m->ncity) {
				stand_aside(c, m);
				break;
			}
		}
	}
}

/* The one region of country cid that the text names, or -1: what "the
 * provincial capital" is the capital of. */
static int
sole_region(const struct ctx *c, int cid)
{
	const struct gaz_place *re;
	size_t i;
	int rid = -1;

	for (i = 0; i < c->nmen; i++) {
		if (c->men[i].excluded || c->men[i].has_country ||
		    (re = region_in(&c->men[i], cid)) == NULL)
			continue;
		if (rid >= 0 && re->region_id != rid)
			return -1;
		rid = re->region_id;
	}
	return rid;
}

/* Whose seat the word "capital" at token i names, in country cid: -1
 * for the country's, a region id, or -2 for none.  *s is set to the
 * first token of the phrase. */
static int
seat_owner(struct ctx *c, size_t i, int cid, size_t *s)
{
	const struct mention *m;
	const struct gaz_place *re;
	size_t j = i - 1;
	int rid;

	*s = j;
	/* "the capital of Borno state", "the capital of Somalia" */
	if (i + 2 < c->ntok && tok_adjacent(c, i) && tok_is_of(c, i + 1) &&
	    tok_adjacent(c, i + 1) && (m = mention_at(c, i + 2)) != NULL &&
	    !m->excluded && !(c->tok[m->tok + m->ntok - 1].flags & T_POSS)) {
		while (*s > 0 && tok_adjacent(c, *s - 1) &&
		    (TOK_IN(c, *s, regionwords) ||
		    tok_word_is(c, *s, "provincial")))
			(*s)--;
		if (!tok_word_is(c, *s, "the"))
			*s = i;
		if (m->has_country)
			return m->country.country_id == cid &&
			    !(m->country.flags & GAZ_F_DEMONYM) ? -1 : -2;
		re = region_in(m, cid);
		return re ? re->region_id : -2;
	}
	m = mention_over(c, j);
	if (m == NULL && (TOK_IN(c, j, regionwords) ||
	    tok_word_is(c, j, "provincial")) && j > 0 &&
	    tok_adjacent(c, j - 1)) {
		/* "the Borno state capital"; "the provincial capital" of
		 * the one province the text names */
		*s = j - 1;
		if (tok_word_is(c, j - 1, "the"))
			return (rid = sole_region(c, cid)) >= 0 ? rid : -2;
		m = mention_over(c, j - 1);
		if (m == NULL || m->has_country || m->excluded ||
		    (re = region_in(m, cid)) == NULL)
			return -2;
		*s = m->tok;
		return re->region_id;
	}
	if (m == NULL || m->excluded || m->tok + m->ntok - 1 != j)
		return -2;
	*s = m->tok;
	if (m->has_country)
		/* "Afghanistan's capital", "the Afghan capital" */
		return m->country.country_id == cid &&
		    ((c->tok[j].flags & T_POSS) || (m->tok > 0 &&
		    tok_word_is(c, m->tok - 1, "the"))) ? -1 : -2;
	/* "the Punjab capital" */
	if ((re = region_in(m, cid)) != NULL && m->tok > 0 &&
	    tok_word_is(c, m->tok - 1, "the"))
		return re->region_id;
	return -2;
}

/*
 * "a mosque in Afghanistan's capital", "the Somali capital", "a market
 * in the Borno state capital", "Borno state's capital": the text names
 * the town by what it is, the seat of a country or region it names.
 * Read only when nothing else names the town (decide()), and only in
 * the sentences about the attack, so that "Kabul, the Afghan capital"
 * keeps its own name and a capital named in the background does not
 * stand for the scene; "150 km north of the capital" places the attack
 * elsewhere.  Stores the seat in *seat and the phrase's tokens in *a,
 * *z; returns 0, or -1 when the text has no such phrase for country
 * cid.
 */
static int
seat_named(struct ctx *c, int cid, struct gaz_place *seat, size_t *a,
    size_t *z)
{
	static const char *const away[] = {
		"away", "east", "from", "near", "north", "outside", "south",
		"west",
	};
	size_t i, s;
	int rid;

	for (i = 1; i < c->ntok; i++) {
		if ((c->tok[i].flags & T_CAP) || !tok_word_is(c, i,
		    "capital") || !tok_adjacent(c, i - 1))
			continue;
		if ((rid = seat_owner(c, i, cid, &s)) == -2)
			continue;
		if (s > 0 && s < i && tok_word_is(c, s - 1, "the"))
			s--;
		if (context_bonus(c, i) < 2 || (s > 0 &&
		    (tok_in_search(c, s - 1, away, NELEM(away)) ||
		    (s > 1 && tok_is_of(c, s - 1) &&
		    tok_in_search(c, s - 2, away, NELEM(away))))))
			continue;
		if (gaz_seat(cid, rid, seat) == -1)
			continue;
		*a = s;
		*z = i;
		return 0;
	}
	return -1;
}

/*
 * "Sticky bomb kills two in Baghdad's Sadr City" and, below, "in Sadr
 * City, east of Baghdad": a name the gazetteer lacks that the text, here
 * or in its title, gives a large city in the possessive is a part of
 * that city, which is the place the reports of the attack agree on.
 * Returns the large city's mention for chain cp's unknown town, or NULL.
 */
static struct mention *
city_owning(struct ctx *c, const struct chainplace *cp, int cid)
{
	const char *name = (cp->name_title ? c->title : c->text) +
	    cp->name_start;
	size_t n = cp->name_end - cp->name_start, i, z;
	struct mention *l;

	if (cp->city != NULL || n == 0)
		return NULL;
	for (i = 0; i < c->nmen; i++) {
		l = &c->men[i];
		z = l->tok + l->ntok - 1;
		if (!(c->tok[z].flags & T_POSS) || l->has_country ||
		    l->common || l->ncity == 0 || l->excluded ||
		    l->city[0].country_id != cid ||
		    l->city[0].pop < CITY_PARTS_POP || z + 1 >= c->ntok ||
		    !tok_adjacent(c, z) || c->tok[z + 1].start + n >
		    (c->tok[z + 1].title ? c->tlen : c->len))
			continue;
		/* the name, and not a longer one ("Sadr Citys") */
		if (strncasecmp(tok_text(c, &c->tok[z + 1]), name, n) == 0 &&
		    (c->tok[z + 1].start + n == (c->tok[z + 1].title ?
		    c->tlen : c->len) || !is_wordbyte((const unsigned char *)
		    tok_text(c, &c->tok[z + 1]) + n, 1)))
			return l;
	}
	return NULL;
}

/*
 * "the town of Jamundi near Colombia's third-largest city Cali": a
 * settlement phrase stands in for its name whatever the gazetteer
 * knows of it, as the name may be a village's that the gazetteer lacks
 * and a namesake's abroad.  Once the country is chosen, a town of that
 * name in it is the town the text means: its region and coordinates
 * then come with it, as they would for "in Jamundi", and every report
 * of the town names it alike.  Only when the choice is clear: the one
 * town of that name in the country, or the one in a region the text
 * names; a common name ("San Jose") of several towns and no region
 * stays the text's village.  Returns the town or NULL.
 */
static const struct gaz_place *
settlement_town(const struct ctx *c, const struct chainplace *cp, int cid)
{
	const struct gaz_place *g, *town = NULL;
	const struct mention *m;
	size_t i, k, n = 0, nnamed = 0;

	if (!cp->anycountry || cp->name_end <= cp->name_start)
		return NULL;
	for (i = 0; i < c->nmen; i++) {
		m = &c->men[i];
		if (c->tok[m->tok].title != cp->name_title ||
		    c->tok[m->tok].start != cp->name_start ||
		    c->tok[m->tok + m->ntok - 1].end != cp->name_end)
			continue;
		for (k = 0; k < m->ncity; k++) {
			g = &m->city[k];
			if (g->country_id != cid)
				continue;
			n++;
			if (g->region_id >= 0 && region_named(c, g->region_id)) {
				nnamed++;
				town = g;
			} else if (nnamed == 0)
				town = g;
		}
		break;
	}
	return n == 1 || nnamed == 1 ? town : NULL;
}

static void
decide(struct ctx *c, struct place_result *out)
{
	const struct gaz_place *city, *region;
	struct gaz_place country;
	struct mention *m, *citym;
	struct chainplace *cp, *citycp;
	double best = -1, bestcity;
	int cid = -1, have = 0, *voted, pass, strong, overruled = 0;
	size_t i, nvoted = 0;

	/* country votes: every piece of evidence for its country; only the
	 * countries voted for are scanned for the best */
	if (c->ps->votedcap < c->nchains + c->nmen + c->nforce + 1) {
		c->ps->votedcap = c->nchains + c->nmen + c->nforce + 1;
		free(c->ps->voted);
		c->ps->voted = xreallocarray(NULL, c->ps->votedcap,
		    sizeof(*voted));
	}
	voted = c->ps->voted;
	for (i = 0; i < c->nchains; i++)
		if (!c->chains[i].anycountry) {
			c->cvote[c->chains[i].country.country_id] +=
			    c->chains[i].score;
			voted[nvoted++] = c->chains[i].country.country_id;
		}
	for (i = 0; i < c->nforce; i++) {
		c->cvote[c->fcid[i]] += c->fscore[i];
		voted[nvoted++] = c->fcid[i];
	}
	strong = nvoted > 0;
	for (i = 0; i < c->nmen; i++) {
		m = &c->men[i];
		m->vote_cid = -1;
		if (m->excluded || m->chained || m->score <= 0 ||
		    mention_place(c, m, -1, &city, &region, &country) == -1)
			continue;
		m->vote_cid = country.country_id;
		m->vote_weak = weak_hint(c, m, city, region);
	}
	/* weak hints (see weak_hint()) vote second: one counts for a
	 * country that stronger evidence or the dateline names, or that
	 * another weak hint of another name names too, but alone it does
	 * not make its own country the answer against them */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < c->nmen; i++) {
			m = &c->men[i];
			if (m->vote_cid < 0 || m->vote_weak != pass)
				continue;
			if (pass && m->vote_cid != c->dl_cid &&
			    c->cvote[m->vote_cid] <= 0 &&
			    (strong || c->dl_cid >= 0) &&
			    !weak_hints_agree(c, m)) {
				overruled = 1;
				continue;
			}
			/* a town abroad that nothing else points to */
			c->cvote[m->vote_cid] += m->score * (!m->has_country &&
			    c->cctx[m->vote_cid] <= 0 ? 0.5 : 1.0);
			voted[nvoted++] = m->vote_cid;
			strong |= !pass;
		}
	/* a report is most often filed from the country it is about: when
	 * the text points there too ("DUSHANBE - ... Tajikistan's border
	 * service said"), the dateline's country outweighs a namesake
	 * abroad ("a Chinese company's camp"); a dateline alone elects no
	 * country, as its city may have namesakes itself, unless all the
	 * text says against it is weak hints ("LAGOS - ... near Bristol
	 * hotel" is no hotel in England) */
	if (c->dl_cid >= 0 && (c->cvote[c->dl_cid] > 0 || overruled)) {
		if (c->cvote[c->dl_cid] <= 0)
			voted[nvoted++] = c->dl_cid;
		c->cvote[c->dl_cid] += DATELINE_VOTE;
	}
	/* the most votes; the lowest id among equals */
	for (i = 0; i < nvoted; i++) {
		double v = c->cvote[voted[i]];

		if (v > 0 && (v > best || (v == best && voted[i] < cid))) {
			best = v;
			cid = voted[i];
		}
	}
	/* a town the gazetteer lacks, in a report filed from a country
	 * that nothing else contradicts, is in that country */
	if (cid < 0 && c->dl_cid >= 0)
		for (i = 0; i < c->nchains && cid < 0; i++)
			if (c->chains[i].anycountry)
				cid = c->dl_cid;
	/* nothing else names a place: a district's name is one, unless a
	 * dateline places the report in another country */
	if (cid < 0 && c->ndhint > 0 && (c->dl_cid < 0 ||
	    c->dl_cid == c->dhint.country_id) &&
	    gaz_country_by_id(c->dhint.country_id, &country) == 0) {
		set_place(&out->location, NULL, &c->dhint, &country);
		if (!c->dhint_title) {
			out->loc_evidence.start = c->dhint_start;
			out->loc_evidence.end = c->dhint_end;
		}
		return;
	}
	if (cid < 0)
		return;

	/* the best evidence within that country; a town named almost as
	 * strongly as the best region or country is more precise, so it
	 * wins ("Kuda village in Borno state") */
	best = bestcity = -1e9;
	cp = citycp = NULL;
	m = citym = NULL;
	for (i = 0; i < c->nchains; i++) {
		struct chainplace *x = &c->chains[i];

		if (!x->anycountry && x->country.country_id != cid)
			continue;
		if (x->score > best) {
			best = x->score;
			cp = x;
		}
		if ((x->city || x->name_end > x->name_start) &&
		    x->score > bestcity) {
			bestcity = x->score;
			citycp = x;
		}
	}
	for (i = 0; i < c->nmen; i++) {
		const struct gaz_place *ci, *re;
		struct gaz_place co;
		double s;

		if (c->men[i].excluded || c->men[i].chained ||
		    c->men[i].score <= 0)
			continue;
		if (mention_place(c, &c->men[i], cid, &ci, &re, &co) == -1)
			continue;
		/* a city beats a region beats a country at equal strength */
		s = c->men[i].score + (ci ? 2 : re ? 1 : 0);
		if (s > best) {
			best = s;
			m = &c->men[i];
			cp = NULL;
		}
		if (ci && s > bestcity) {
			bestcity = s;
			citym = &c->men[i];
			citycp = NULL;
		}
	}
	if ((citycp || citym) && bestcity >= best - CITY_MARGIN) {
		cp = citycp;
		m = citym;
	}
	if (cp == NULL && m != NULL)
		m = city_of_part(c, m, cid);
	else if (cp != NULL && (citym = city_owning(c, cp, cid)) != NULL) {
		cp = NULL;
		m = citym;
	}
	if (cp) {
		city = cp->city;
		region = cp->region;
		if (city == NULL && (city = settlement_town(c, cp, cid)) != NULL)
			region = city;
		gaz_country_by_id(cid, &country);
		set_place(&out->location, city, region, &country);
		/* the text's spelling, unless it is the gazetteer's own name
		 * ("Kiev" stays Kiev, "Bogota" becomes Bogotá) */
		if ((city == NULL || (city->flags & GAZ_F_ALIAS)) &&
		    cp->name_end > cp->name_start) {
			copy_name(out->loc_name, sizeof(out->loc_name),
			    (cp->name_title ? c->title : c->text) +
			    cp->name_start, cp->name_end - cp->name_start);
			out->location.city = out->loc_name;
		}
		if (!cp->ev_title) {
			out->loc_evidence.start = cp->start;
			out->loc_evidence.end = cp->end;
		}
		have = 1;
	} else if (m && mention_place(c, m, cid, &city, &region,
	    &country) == 0) {
		set_place(&out->location, city, region ? region : city,
		    &country);
		if (city && (city->flags & GAZ_F_ALIAS)) {
			const struct token *ta = &c->tok[m->tok];
			const struct token *tz = &c->tok[m->tok + m->ntok - 1];

			copy_name(out->loc_name, sizeof(out->loc_name),
			    tok_text(c, ta), tz->end - ta->start);
			out->location.city = out->loc_name;
		}
		if (!c->tok[m->tok].title) {
			out->loc_evidence.start = c->tok[m->tok].start;
			out->loc_evidence.end =
			    c->tok[m->tok + m->ntok - 1].end;
		}
		have = 1;
	}
	if (!have && gaz_country_by_id(cid, &country) == 0)
		set_place(&out->location, NULL, NULL, &country);
	/* "a market in the Borno state capital": the seat, when nothing
	 * names the town and the region chosen, if any, is the seat's */
	if (out->location.city == NULL) {
		struct gaz_place seat;
		size_t a, z;

		if (seat_named(c, cid, &seat, &a, &z) == 0 &&
		    (out->location.region == NULL || (seat.region &&
		    strcmp(seat.region, out->location.region) == 0)) &&
		    gaz_country_by_id(cid, &country) == 0) {
			set_place(&out->location, &seat, &seat, &country);
			if (!c->tok[a].title) {
				out->loc_evidence.start = c->tok[a].start;
				out->loc_evidence.end = c->tok[z].end;
			}
		}
	}
	/* a town the gazetteer does not know takes the region the text
	 * names ("Wala village in Borno state") */
	if (out->location.region == NULL && !out->location.has_coords) {
		const struct gaz_place *re = NULL;

		best = -1;
		for (i = 0; i < c->nmen; i++) {
			const struct gaz_place *ci, *r;
			struct gaz_place co;

			if (c->men[i].excluded || c->men[i].score <= best ||
			    mention_place(c, &c->men[i], cid, &ci, &r,
			    &co) == -1 || ci != NULL || r == NULL)
				continue;
			best = c->men[i].score;
			re = r;
		}
		if (re)
			out->location.region = re->region;
	}
}

/*
 * Datelines
 */

static int
dash_at(const unsigned char *s, size_t len, size_t *n)
{
	if (len >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x93 || s[2] == 0x94)) {
		*n = 3;
		return 1;
	}
	if (len >= 2 && s[0] == '-' && s[1] == '-') {
		*n = 2;
		return 1;
	}
	if (s[0] == '-' || s[0] == ':') {
		*n = 1;
		return 1;
	}
	return 0;
}

/* A name segment of a dateline: letters, spaces, periods, hyphens,
 * apostrophes, every word starting with a capital.  Returns its end, or
 * i when there is none; sets *upper when it has no lowercase letter,
 * *cap to 0 when a word does not start with a capital. */
static size_t
dl_segment(const unsigned char *s, size_t i, size_t len, int *upper,
    int *cap)
{
	size_t start = i, words = 0;
	int lower = 0, atword = 1;

	*cap = 1;
	while (i < len && i - start < 40) {
		unsigned char ch = s[i];

		/* "PESHAWAR:", the colon of the South Asian press, ends
		 * the name as a dash does */
		if (ch == ',' || ch == '(' || ch == '\n' || ch == ':')
			break;
		if (ch == ' ' || ch == '.' || ch == '-' || ch == '\'') {
			if (ch == '-' && (i + 1 >= len || s[i + 1] == ' ' ||
			    s[i + 1] == '-'))
				break;
			atword = ch == ' ';
			i++;
			continue;
		}
		if (ch >= 0x80 && punct_len(s + i, len - i))
			break;
		if (!(ch >= 0x80 || (ch >= 'a' && ch <= 'z') ||
		    (ch >= 'A' && ch <= 'Z')))
			return start;
		if (atword) {
			/* more words than a place name has: no segment,
			 * whatever follows */
			if (++words > 5)
				return start;
			/* the callers want no such segment: the rest of
			 * a sentence need not be read */
			if (!cap_at(s + i, len - i)) {
				*cap = 0;
				return start;
			}
		}
		atword = 0;
		lower |= ch >= 'a' && ch <= 'z';
		i++;
	}
	*upper = !lower;
	if (words == 0 || words > 5)
		return start;
	while (i > start && (s[i - 1] == ' '))
		i--;
	return i;
}

static size_t
skip_space(const unsigned char *s, size_t i, size_t len)
{
	while (i < len && (s[i] == ' ' || s[i] == '\t' ||
	    (i + 1 < len && s[i] == 0xC2 && s[i + 1] == 0xA0))) {
		i += s[i] == 0xC2 ? 2 : 1;
	}
	return i;
}

/*
 * National news services that report mostly from home: the credit in a
 * dateline ("HASTINGS (RNZ) -") says which of the namesakes of its city
 * is meant.  World agencies (AP, Reuters, AFP, Xinhua) file from
 * anywhere and say nothing.  Sorted by name.
 */
static const struct news_service {
	const char *name;
	const char *cc;
} news_services[] = {
	{ "aap", "AU" }, { "antara", "ID" }, { "app", "PK" },
	{ "bernama", "MY" }, { "cbc", "CA" }, { "ians", "IN" },
	{ "pna", "PH" }, { "pti", "IN" }, { "rnz", "NZ" }, { "rte", "IE" },
	{ "tvnz", "NZ" },
};

/* World agencies: their bureaus report on the countries around them
 * ("BEIRUT (AP) -" on Syria).  Sorted. */
static const char *const world_agencies[] = {
	"afp", "ansa", "ap", "dpa", "efe", "reuters", "upi", "xinhua",
};

/* Do the n bytes at s name a world agency? */
static int
world_agency(const unsigned char *s, size_t n)
{
	size_t k;

	for (k = 0; k < NELEM(world_agencies); k++)
		if (lower_cmp(s, n, world_agencies[k]) == 0)
			return 1;
	return 0;
}

/* Country id of the news service named by the n bytes at s, or -1. */
static int
service_home(const unsigned char *s, size_t n)
{
	struct gaz_place g;
	size_t lo = 0, hi = NELEM(news_services), mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = lower_cmp(s, n, news_services[mid].name);
		if (r < 0)
			hi = mid;
		else if (r > 0)
			lo = mid + 1;
		else
			return gaz_country_by_code(news_services[mid].cc,
			    &g) == 0 ? g.country_id : -1;
	}
	return -1;
}

/* Do the title or the text after the dateline name the words of
 * [a, e) of the text again, as a whole word in any case? */
static int
named_again(const struct ctx *c, size_t a, size_t e)
{
	const char *bufs[2] = { c->title, c->text };
	size_t lens[2] = { c->tlen, c->len }, n = e - a, b, i;

	for (b = 0; b < 2; b++) {
		const unsigned char *s = (const unsigned char *)bufs[b];

		for (i = 0; bufs[b] != NULL && i + n <= lens[b]; i++) {
			if (b == 1 && i < e)
				i = e;
			if (i + n > lens[b])
				break;
			if (strncasecmp((const char *)s + i, c->text + a,
			    n) == 0 && (i == 0 || !is_wordbyte(s + i - 1,
			    1)) && (i + n == lens[b] || !is_wordbyte(s + i + n,
			    lens[b] - i - n)))
				return 1;
		}
	}
	return 0;
}

/* The first of the nr regions that lies in the country whose local
 * government the last word of s[a, e) names ("COFFEE COUNTY"), or nr. */
static size_t
dl_office_region(const unsigned char *s, size_t a, size_t e,
    const struct gaz_place *regions, size_t nr)
{
	struct gaz_place g;
	size_t w = e, k, j;

	while (w > a && s[w - 1] != ' ')
		w--;
	k = office_word(s + w, e - w);
	if (k == NELEM(office_words) ||
	    gaz_country_by_code(office_words[k].cc, &g) != 0)
		return nr;
	for (j = 0; j < nr; j++)
		if (regions[j].country_id == g.country_id)
			break;
	return j;
}

/*
 * The AP's abbreviations of the US states, as a dateline writes them
 * after a town or a county ("COFFEE COUNTY, Ga. -", "FRESNO, Calif.
 * -") or after a town in a sentence ("Concord, N.H., police said"),
 * keyed as gaz_normalize() reads the span of the abbreviation up to its
 * closing period ("N.H" is "n h"; the tokenizer alone reads "N" and "H").
 * Sorted by key.  The states the AP spells out are region names already.
 */
static const struct state_abbrev {
	const char *key;
	const char *state;
} state_abbrevs[] = {
	{ "ala", "alabama" }, { "ariz", "arizona" }, { "ark", "arkansas" },
	{ "calif", "california" }, { "colo", "colorado" },
	{ "conn", "connecticut" }, { "d c", "district of columbia" },
	{ "del", "delaware" }, { "fla", "florida" }, { "ga", "georgia" },
	{ "ill", "illinois" }, { "ind", "indiana" }, { "kan", "kansas" },
	{ "ky", "kentucky" }, { "la", "louisiana" }, { "mass", "massachusetts" },
	{ "md", "maryland" }, { "mich", "michigan" }, { "minn", "minnesota" },
	{ "miss", "mississippi" }, { "mo", "missouri" }, { "mont", "montana" },
	{ "n c", "north carolina" }, { "n d", "north dakota" },
	{ "n h", "new hampshire" }, { "n j", "new jersey" },
	{ "n m", "new mexico" }, { "n y", "new york" }, { "neb", "nebraska" },
	{ "nev", "nevada" }, { "okla", "oklahoma" }, { "ore", "oregon" },
	{ "pa", "pennsylvania" }, { "r i", "rhode island" },
	{ "s c", "south carolina" }, { "s d", "south dakota" },
	{ "tenn", "tennessee" }, { "va", "virginia" }, { "vt", "vermont" },
	{ "w va", "west virginia" }, { "wash", "washington" },
	{ "wis", "wisconsin" }, { "wyo", "wyoming" },
};

static int
state_abbrev_cmp(const void *key, const void *elt)
{
	const struct state_abbrev *a = elt;

	return strcmp(key, a->key);
}

/* The US state that the normalised key abbreviates, into *out; 0, or -1
 * when key is no state's abbreviation. */
static int
us_state(const char *key, struct gaz_place *out)
{
	const struct state_abbrev *a;
	struct gaz_place r[PLACE_NREGION];
	size_t n, k;

	a = bsearch(key, state_abbrevs, NELEM(state_abbrevs),
	    sizeof(state_abbrevs[0]), state_abbrev_cmp);
	if (a == NULL)
		return -1;
	n = gaz_region_find(a->state, r, PLACE_NREGION);
	for (k = 0; k < n && k < PLACE_NREGION; k++)
		if (strcmp(r[k].cc, "US") == 0) {
			*out = r[k];
			return 0;
		}
	return -1;
}

static int
dateline_at(struct ctx *c, size_t at, struct place_result *out)
{
	const unsigned char *s = (const unsigned char *)c->text;
	size_t len = c->len, i, a1, e1, a2 = 0, e2 = 0, n, k;
	int up1, cap1, up2 = 0, cap2 = 0, resolved = 0;
	char key[GAZ_KEY_MAX];
	struct gaz_place cities[PLACE_NCITY], regions[PLACE_NREGION], co, co2;
	size_t nc, nr, j;
	const struct gaz_place *g = NULL;
	int have_co2 = 0, have_region2 = 0, home = -1, colon;

	/* what an earlier line that was no dateline set */
	c->dl_world = 0;
	c->dl_said = 0;
	a1 = at;
	e1 = dl_segment(s, a1, len, &up1, &cap1);
	if (e1 == a1 || !cap1)
		return 0;
	i = e1;
	if (i < len && s[i] == ',') {
		a2 = skip_space(s, i + 1, len);
		e2 = dl_segment(s, a2, len, &up2, &cap2);
		if (e2 == a2 || !cap2) {
			/* "MOSCOW, Nov. 12 (Reuters) -": no place after
			 * the comma, only a date */
			if (!up1)
				return 0;
			a2 = e2 = 0;
			i = e1;
		} else {
			i = e2;
		}
		/* ", Nov. 12" and other trailers before the dash */
		if (i < len && s[i] == ',') {
			k = i + 1;
			while (k < len && k - i < 24 && s[k] != '\n' &&
			    !dash_at(s + k, len - k, &n) && s[k] != '(')
				k++;
			i = k;
		}
	}
	i = skip_space(s, i, len);
	if (i < len && s[i] == '(') {
		k = i;
		while (k < len && s[k] != ')' && s[k] != '\n' && k - i < 40)
			k++;
		if (k >= len || s[k] != ')')
			return 0;
		home = service_home(s + i + 1, k - i - 1);
		c->dl_world = world_agency(s + i + 1, k - i - 1);
		i = skip_space(s, k + 1, len);
	}
	if (i >= len || !dash_at(s + i, len - i, &n))
		return 0;
	/* a one-byte '-' must stand alone: "LAGOS - " not "well-known" */
	if (n == 1 && s[i] == '-' && (i == 0 || s[i - 1] != ' '))
		return 0;
	colon = s[i] == ':';
	/* the first segment is in capitals, or a place followed by its
	 * country or state ("Paris, Texas —") */
	if (!up1 && e2 == 0)
		return 0;
	i += n;

	if (gaz_normalize(c->text + a1, e1 - a1, key, sizeof(key)) == 0)
		return 0;
	nc = gaz_city_find(key, cities, PLACE_NCITY);
	if (nc > PLACE_NCITY)
		nc = PLACE_NCITY;
	if (e2 > a2 && gaz_normalize(c->text + a2, e2 - a2, key,
	    sizeof(key)) > 0) {
		have_co2 = gaz_country_find(key, &co2) == 0;
		nr = gaz_region_find(key, regions, PLACE_NREGION);
		if (nr > PLACE_NREGION)
			nr = PLACE_NREGION;
		/* "Ga.": an abbreviation is written with its period */
		if (!have_co2 && nr == 0 && memchr(c->text + a2, '.',
		    e2 - a2) != NULL && us_state(key, &regions[0]) == 0)
			nr = 1;
		have_region2 = nr > 0;
		for (j = 0; j < nc && g == NULL; j++) {
			if (have_co2 && cities[j].country_id ==
			    co2.country_id)
				g = &cities[j];
			for (k = 0; k < nr && g == NULL; k++)
				if (cities[j].region_id == regions[k].region_id)
					g = &cities[j];
		}
		if (g) {
			set_place(&out->dateline, g, g, NULL);
			gaz_country_by_id(g->country_id, &co);
			out->dateline.country = co.country;
			out->dateline.country_code = co.cc;
			resolved = 1;
			c->dl_said = 1;
		} else if (have_co2 || have_region2) {
			/* "COFFEE COUNTY, Georgia -": a county is the US
			 * state's, as in a chain */
			if (have_co2 && have_region2 && (j = dl_office_region(s,
			    a1, e1, regions, nr)) < nr &&
			    regions[j].country_id != co2.country_id) {
				have_co2 = 0;
				regions[0] = regions[j];
			}
			copy_name(out->dateline_name,
			    sizeof(out->dateline_name), c->text + a1, e1 - a1);
			memset(&out->dateline, 0, sizeof(out->dateline));
			out->dateline.city = out->dateline_name;
			if (!have_co2) {
				out->dateline.region = regions[0].region;
				gaz_country_by_id(regions[0].country_id, &co2);
			}
			out->dateline.country = co2.country;
			out->dateline.country_code = co2.cc;
			resolved = 1;
		} else if (!up1) {
			return 0;
		}
	}
	if (!resolved) {
		double br = -1, r;
		int own = 0;

		/* a dateline writes its city under the city's own name:
		 * it is not a capital that once bore the name */
		for (j = 0; j < nc; j++)
			own |= !(cities[j].flags & GAZ_F_ALIAS);
		/* "HASTINGS (RNZ) -": a national news service files
		 * from home, so its country picks among the namesakes */
		for (j = 0; j < nc && home >= 0; j++)
			if (cities[j].country_id == home && !(own &&
			    (cities[j].flags & GAZ_F_ALIAS)))
				break;
		if (j == nc)
			home = -1;
		c->dl_said = home >= 0;
		for (j = 0; j < nc; j++) {
			if (own && (cities[j].flags & GAZ_F_ALIAS))
				continue;
			if (home >= 0 && cities[j].country_id != home)
				continue;
			r = log10((double)cities[j].pop + 10.0) +
			    ((cities[j].flags & GAZ_F_CAPITAL) ? 3 : 0);
			if (r > br) {
				br = r;
				g = &cities[j];
			}
		}
		/* "POLICE:" opens a statement, not a dateline */
		if (g && colon && (g->flags & GAZ_F_COMMON))
			return 0;
		if (g) {
			set_place(&out->dateline, g, g, NULL);
			gaz_country_by_id(g->country_id, &co);
			out->dateline.country = co.country;
			out->dateline.country_code = co.cc;
		} else if (gaz_country_find(key, &co) == 0 &&
		    !(co.flags & GAZ_F_DEMONYM)) {
			set_place(&out->dateline, NULL, NULL, &co);
		} else {
			/* "BAJAUR:", "KURRAM -": a district or a region
			 * that only one country has says the country the
			 * report is filed from */
			nr = gaz_region_find(key, regions, PLACE_NREGION);
			if (nr > PLACE_NREGION)
				nr = PLACE_NREGION;
			for (j = 1; j < nr; j++)
				if (regions[j].country_id !=
				    regions[0].country_id)
					break;
			/* a name that only a district bears is one only
			 * where the text names it again ("BAJAUR: ...",
			 * "... martyred in Bajaur"); a namesake abroad
			 * is as likely as not */
			if (nr > 0 && j == nr &&
			    (regions[0].flags & GAZ_F_DISTRICT) &&
			    !named_again(c, a1, e1))
				nr = 0;
			/* "UPDATE:", "WATCH:": a colon after capitals is
			 * a dateline only when they name a place */
			if (colon && (nr == 0 || j < nr))
				return 0;
			copy_name(out->dateline_name,
			    sizeof(out->dateline_name), c->text + a1, e1 - a1);
			memset(&out->dateline, 0, sizeof(out->dateline));
			out->dateline.city = out->dateline_name;
			if (nr > 0 && j == nr &&
			    gaz_country_by_id(regions[0].country_id,
			    &co) == 0) {
				out->dateline.region = regions[0].region;
				out->dateline.country = co.country;
				out->dateline.country_code = co.cc;
			}
		}
	}
	out->dateline_span.start = at;
	out->dateline_span.end = skip_space(s, i, len);
	return 1;
}

/* "SAN MARCOS, Texas (AP) - ... at an outlet mall in San Marcos": a
 * name in the text that the dateline's city bears is that city, the
 * dateline having said which of its namesakes is meant. */
static void
dateline_city_named(struct ctx *c, const struct place *dl)
{
	size_t i, k;

	if (dl->city == NULL || !dl->has_coords)
		return;
	for (i = 0; i < c->nmen; i++) {
		struct mention *m = &c->men[i];

		for (k = 0; k < m->ncity; k++)
			if (m->city[k].name == dl->city &&
			    m->city[k].lat == dl->lat &&
			    m->city[k].lon == dl->lon)
				break;
		if (k == m->ncity || m->ncity == 1)
			continue;
		/* "VALENCIA -" alone does not say whether Spain's or
		 * Venezuela's: the text's other names do */
		if (!c->dl_said && namesake_of(m, k))
			continue;
		m->city[0] = m->city[k];
		m->ncity = 1;
		m->nregion = 0;
		m->has_country = 0;
	}
}

/* The dateline opens one of the first lines of the text (a masthead or
 * the headline may come first). */
static void
find_dateline(struct ctx *c, struct place_result *out)
{
	const unsigned char *s = (const unsigned char *)c->text;
	size_t i = 0, lines = 0;

	while (i < c->len && i < 1500 && lines < 6) {
		i = skip_space(s, i, c->len);
		if (i < c->len && s[i] != '\n') {
			if (dateline_at(c, i, out))
				return;
			lines++;
		}
		if (i < c->len) {
			const unsigned char *nl = memchr(s + i, '\n',
			    c->len - i);

			i = nl ? (size_t)(nl - s) : c->len;
		}
		if (i < c->len)
			i++;
	}
}

/* Bytes of v in [a, z] (ASCII, 0 < a <= z). */
static unsigned
count_range8(uint64_t v, unsigned char a, unsigned char z)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
	uint64_t h = v & (ones * 0x7f);
	uint64_t ge = h + ones * (0x80 - a);	/* high bit: >= a */
	uint64_t gt = h + ones * (0x7f - z);	/* high bit: > z */

	/* one bit per byte at 0x80: shifted down, the multiply sums the
	 * bytes into the top one */
	return (unsigned)((((ge & ~gt & ~v & highs) >> 7) * ones) >> 56);
}

/* Do most sentences of the n bytes at s start with a capital?  Then the
 * text is written in mixed case, however few names it holds ("Security
 * forces said they had freed the guests.  Three guests were killed."). */
static int
sentences_capitalised(const char *s, size_t n)
{
	size_t i, starts = 0, caps = 0;
	int at_start = 1;

	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];

		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
			if (at_start) {
				starts++;
				caps += ch <= 'Z';
			}
			at_start = 0;
		} else if (ch == '\n')
			at_start = 1;	/* a paragraph starts */
		else if (ch == '.' || ch == '!' || ch == '?')
			at_start = i + 1 < n && (s[i + 1] == ' ' ||
			    s[i + 1] == '\n');
	}
	return starts > 0 && caps * 2 > starts;
}

/* All capitals or all lowercase: capitalisation says nothing. */
static int
text_caseless(const char *s, size_t len)
{
	size_t i = 0, up = 0, lo = 0, n = len < 20000 ? len : 20000;

	for (; i + 8 <= n; i += 8) {
		uint64_t v;

		/* Settled once each case keeps its share even if all the
		 * rest were of the other. */
		if (i % 64 == 0 && up + lo >= 8 && up * 49 >= lo + (n - i) &&
		    lo * 9 >= up + (n - i))
			return 0;
		memcpy(&v, s + i, 8);
		up += count_range8(v, 'A', 'Z');
		lo += count_range8(v, 'a', 'z');
	}
	for (; i < n; i++) {
		up += s[i] >= 'A' && s[i] <= 'Z';
		lo += s[i] >= 'a' && s[i] <= 'z';
	}
	if (up + lo < 8)
		return 0;
	if (lo * 10 < up + lo)
		return 1;
	return up * 50 < up + lo && !sentences_capitalised(s, n);
}

/* Put word into the word set ws, in list (or table) bit. */
static size_t
words_add(struct word_slot *ws, const char *word, int bit)
{
	struct word_slot *w;
	struct word_key k;
	uint32_t h;
	size_t added;

	/* a word of 32 bytes or more would match no token, as in
	 * tok_in_search() */
	if (strlen(word) >= 32)
		return 0;
	word_key((const unsigned char *)word, strlen(word), &k);
	for (h = word_slot(&k); (w = &ws[h])->key.w[0] != 0 &&
	    !word_key_eq(&w->key, &k); h = (h + 1) & (WORD_SLOTS - 1))
		;
	added = w->key.w[0] == 0;
	w->key = k;
	w->lists |= (uint32_t)1 << bit;
	return added;
}

/* Fill the word set ws, WORD_SLOTS zeroed slots: every word of
 * word_lists with the lists it is in, and the words of office_words and
 * force_names. */
static void
words_build(struct word_slot *ws)
{
	size_t l, k, n = 0;

	for (l = 0; l < L_N; l++)
		for (k = 0; k < word_lists[l].n; k++)
			n += words_add(ws, word_lists[l].v[k], (int)l);
	for (k = 0; k < NELEM(office_words); k++)
		n += words_add(ws, office_words[k].word, W_office);
	for (k = 0; k < NELEM(force_names); k++)
		n += words_add(ws, force_names[k].word, W_force_name);
	n += words_add(ws, "of", W_of);
	n += words_add(ws, "and", W_and);
	/* The lists are constants: a set more than half full (its probes
	 * grow long, and a full one would never end a lookup) is a table
	 * grown past WORD_SLOTS, which every test run stops at. */
	if (n > WORD_SLOTS / 2)
		abort();
}

struct place_scratch *
place_scratch_new(void)
{
	return xcalloc(1, sizeof(struct place_scratch));
}

static void
scratch_release(struct place_scratch *ps)
{
	free(ps->tok);
	free(ps->men);
	free(ps->chains);
	free(ps->cvote);
	free(ps->cctx);
	free(ps->voted);
	free(ps->towns);
	free(ps->words);
}

void
place_scratch_free(struct place_scratch *ps)
{
	if (ps == NULL)
		return;
	scratch_release(ps);
	free(ps);
}

void
place_extract(const char *title, const char *text, size_t len,
    const struct span *attack, size_t nattack, struct place_result *out)
{
	place_extract_with(title, text, len, attack, nattack, out, NULL);
}

void
place_extract_with(const char *title, const char *text, size_t len,
    const struct span *attack, size_t nattack, struct place_result *out,
    struct place_scratch *ps)
{
	struct place_scratch own;
	struct ctx c;
	size_t n;

	if (ps == NULL) {
		memset(&own, 0, sizeof(own));
		ps = &own;
	}
	memset(out, 0, sizeof(*out));
	memset(&c, 0, sizeof(c));
	c.ps = ps;
	c.tok = ps->tok;
	c.tokcap = ps->tokcap;
	c.men = ps->men;
	c.mencap = ps->mencap;
	c.chains = ps->chains;
	c.chaincap = ps->chaincap;
	c.title = title;
	c.tlen = title ? strlen(title) : 0;
	c.text = text ? text : "";
	c.len = text ? len : 0;
	c.attack = attack;
	c.nattack = attack ? nattack : 0;
	c.caseless = text_caseless(c.text, c.len);
	c.dl_cid = -1;
	if (c.tlen > 0 && c.tlen <= c.len &&
	    memcmp(c.text, c.title, c.tlen) == 0)
		c.headcopy = c.tlen;

	find_dateline(&c, out);
	c.skip = out->dateline_span;

	if (ps->words == NULL) {
		ps->words = xcalloc(WORD_SLOTS, sizeof(*ps->words));
		words_build(ps->words);
	}
	c.words = ps->words;
	if (c.tlen > 0)
		tokenize_buf(&c, c.title, c.tlen, 1);
	tokenize_buf(&c, c.text, c.len, 0);
	mark_attack(&c);
	c.lede = -1;
	for (n = 0; n < c.ntok; n++)
		if (!c.tok[n].title && c.tok[n].start >= c.skip.end) {
			c.lede = c.tok[n].sentence;
			break;
		}
	find_mentions(&c);
	resolve_shared(&c);
	dateline_city_named(&c, &out->dateline);

	n = gaz_ncountries();
	if (ps->cvote == NULL) {
		ps->cvote = xreallocarray(NULL, n, sizeof(*ps->cvote));
		ps->cctx = xreallocarray(NULL, n, sizeof(*ps->cctx));
	}
	memset(ps->cvote, 0, n * sizeof(*ps->cvote));
	memset(ps->cctx, 0, n * sizeof(*ps->cctx));
	c.cvote = ps->cvote;
	c.cctx = ps->cctx;
	if (out->dateline.country_code) {
		struct gaz_place d;

		if (gaz_country_by_code(out->dateline.country_code, &d) == 0) {
			c.cctx[d.country_id] += 0.5;
			c.dl_cid = d.country_id;
		}
	}
	score_mentions(&c);
	mark_city_parts(&c);
	find_town_regions(&c);
	find_forces(&c);
	find_offices(&c);
	find_chains(&c);
	find_settlements(&c);
	chain_corefs(&c);
	decide(&c, out);

	ps->tok = c.tok;
	ps->tokcap = c.tokcap;
	ps->men = c.men;
	ps->mencap = c.mencap;
	ps->chains = c.chains;
	ps->chaincap = c.chaincap;
	if (ps == &own)
		scratch_release(&own);
}

int
place_country(const char *word, size_t len, struct place *out)
{
	char key[GAZ_KEY_MAX];
	struct gaz_place g;

	if (word == NULL || gaz_normalize(word, len, key, sizeof(key)) == 0)
		return -1;
	if (gaz_country_find(key, &g) == -1)
		return -1;
	out->country = g.country;
	out->country_code = g.cc;
	return 0;
}
