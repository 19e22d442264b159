/*
 * Gazetteer: cities, first-level regions and countries of the world, with
 * alternative names and demonyms, from generated tables (tools/gen-gazetteer,
 * data/SOURCES.md).  Read-only static data: gaz_probe() is one hash lookup,
 * the *_find() calls a binary search on a normalised key (narrowed by a
 * two-byte index for cities), so the module has no state and needs no
 * init.
 *
 * Keys are normalised by gaz_normalize(): Latin letters folded to lowercase
 * ASCII ("Bogotá" -> "bogota"), apostrophes dropped ("Ma'rib" -> "marib"),
 * other punctuation and spaces collapsed to one space ("Beir al-Abd" ->
 * "beir al abd").
 */
#ifndef FW_GAZETTEER_H
#define FW_GAZETTEER_H

#include <stddef.h>

enum gaz_kind { GAZ_CITY, GAZ_REGION, GAZ_COUNTRY };

#define GAZ_F_CAPITAL	1	/* national capital */
#define GAZ_F_ADMIN1	2	/* seat of a first-level region */
#define GAZ_F_ADMIN2	4	/* seat of a second-level division */
#define GAZ_F_COMMON	8	/* the key is also a common English word */
#define GAZ_F_DEMONYM	16	/* the key was a demonym ("Nigerian") */
#define GAZ_F_ALIAS	32	/* the key is an alternate name ("Kiev") */
#define GAZ_F_DISTRICT	64	/* a region found by one of its districts */
#define GAZ_F_SECTION	128	/* ... whose name a city's part abroad bears */

/* One gazetteer entry.  Strings are static; region is NULL when unknown. */
struct gaz_place {
	enum gaz_kind kind;
	const char *name;	/* the city, region or country */
	const char *region;
	const char *country;
	const char *cc;		/* ISO 3166-1 alpha-2 */
	double	 lat, lon;
	unsigned long pop;	/* cities only */
	int	 flags;
	int	 country_id;	/* equal ids mean the same country */
	int	 region_id;	/* -1 when none */
	const char *region_type;	/* regions: "province", "state" or "" */
};

/* Longest key gaz_normalize produces that can match. */
#define GAZ_KEY_MAX	96

/* Normalise len bytes of UTF-8 into out (NUL-terminated, at most outsz-1
 * bytes).  Returns the key's length, or 0 when it is empty or does not fit. */
size_t gaz_normalize(const char *s, size_t len, char *out, size_t outsz);

/* Does some name continue key with more words ("dera" -> "dera ismail
 * khan")?  Lets a caller stop extending a phrase early. */
int gaz_has_longer(const char *key);

#define GAZ_P_CITY	1	/* key names a city */
#define GAZ_P_REGION	2	/* ... a first-level region */
#define GAZ_P_COUNTRY	4	/* ... a country or demonym */
#define GAZ_P_LONGER	8	/* some name continues key with more words */

/* What key is, as GAZ_P_* bits, in one search per table: the cheap test
 * before the *_find calls, for a caller that tries many phrases. */
int gaz_probe(const char *key);
/* gaz_probe() of the n bytes of key, which key[n] ends (NUL), for a
 * caller that knows n. */
int gaz_probe_n(const char *key, size_t n);

/* Cities named by the normalised key, most populous first; fills at most
 * max entries and returns how many exist (may exceed max). */
size_t gaz_city_find(const char *key, struct gaz_place *out, size_t max);

/* First-level regions named by key (several countries may have one). */
size_t gaz_region_find(const char *key, struct gaz_place *out, size_t max);

/* Country by name, alternative name or demonym; 0, or -1 if none. */
int gaz_country_find(const char *key, struct gaz_place *out);

/* Country by ISO 3166-1 alpha-2 code (any case); 0 or -1. */
int gaz_country_by_code(const char *cc, struct gaz_place *out);

/* The capital of country country_id when region_id is -1, else the seat
 * of that first-level region (the most populous city flagged as such):
 * "the Somali capital", "the Borno state capital".  One lookup in seat
 * tables that gen-gazetteer writes.  0, or -1 if none is known. */
int gaz_seat(int country_id, int region_id, struct gaz_place *out);

/* 1 when region outer_id holds region inner_id: a named area and a
 * region it spans ("Mindanao" and the Autonomous Region in Muslim
 * Mindanao), or an ISO 3166-2 subdivision's parent and the subdivision
 * ("Sahel" and Soum province); else 0.  Ids are gaz_place region_id
 * values. */
int gaz_region_within(int inner_id, int outer_id);

/* Number of countries; ids run from 0 to this minus one. */
size_t gaz_ncountries(void);

/* Country by the id found in a gaz_place; 0 or -1. */
int gaz_country_by_id(int id, struct gaz_place *out);

#endif
