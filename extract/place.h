/*
 * Places in news text: the dateline ("BISHKEK, Kyrgyzstan —"), and where an
 * attack happened, from a gazetteer of cities, regions and countries with
 * demonyms ("Kazakh" -> Kazakhstan).  Pure; the tables are generated data
 * (see tools/ and data/), read-only after start.
 *
 * The input text is already cleaned (plain UTF-8, HTML stripped, boilerplate
 * cut; see extract/text.h).  The caller passes the byte ranges of the
 * sentences that describe the attack, so a place named near the attack wins
 * over a country mentioned only as background.
 */
#ifndef FW_PLACE_H
#define FW_PLACE_H

#include <stddef.h>

struct place {
	const char *city;	/* static strings from the gazetteer, or NULL */
	const char *region;
	const char *country;
	const char *country_code;	/* ISO 3166-1 alpha-2 */
	double	 lat, lon;
	int	 has_coords;
};

struct span {
	size_t	 start, end;	/* byte offsets into the text */
};

struct place_result {
	struct place location;	/* where it happened; all NULL when unknown */
	struct place dateline;	/* dateline place; all NULL when none */
	struct span loc_evidence;	/* text the location came from */
	struct span dateline_span;	/* the dateline itself, to skip when reading */
	/* Backing store for a city read from the text that the gazetteer
	 * does not know ("in Gwoza district, Borno, Nigeria"): location.city
	 * or dateline.city may point here, so they live as long as *out. */
	char	 loc_name[96];
	char	 dateline_name[96];
};

/* Find the dateline and the attack's location.  title may be NULL.
 * attack, nattack: sentences that report the attack (may be 0).
 * Fills *out; never fails. */
void place_extract(const char *title, const char *text, size_t len,
    const struct span *attack, size_t nattack, struct place_result *out);

/* Arrays that place_extract_with() reuses from call to call; they only
 * grow.  Never fails; place_scratch_free() accepts NULL. */
struct place_scratch;
struct place_scratch *place_scratch_new(void);
void place_scratch_free(struct place_scratch *ps);

/* place_extract() using ps's memory (ps may be NULL), so that a caller
 * reading many texts allocates almost never. */
void place_extract_with(const char *title, const char *text, size_t len,
    const struct span *attack, size_t nattack, struct place_result *out,
    struct place_scratch *ps);

/* Country for a demonym or country name ("Nigerian", "Nigeria"),
 * case-insensitive; fills out->country/country_code; 0 or -1. */
int place_country(const char *word, size_t len, struct place *out);

#endif
