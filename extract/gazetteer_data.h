/*
 * Layout of the generated gazetteer tables (extract/gazetteer_data.c, made
 * by tools/gen-gazetteer).  Only extract/gazetteer.c reads them.
 *
 * Strings live in one pool and are referenced by offset, which keeps the
 * tables free of relocations and small.  Key tables are sorted by their
 * normalised key (strcmp order) for bsearch; rows sharing a key are
 * adjacent.  Coordinates are in 1e-4 degrees.
 */
#ifndef FW_GAZETTEER_DATA_H
#define FW_GAZETTEER_DATA_H

#include <stddef.h>
#include <stdint.h>

#define GZ_FOLD_FIRST	0xC0	/* Latin-1 Supplement, Latin Extended-A/B */
#define GZ_FOLD_N	(0x250 - 0xC0)
#define GZ_FOLD2_FIRST	0x1E00	/* Latin Extended Additional */
#define GZ_FOLD2_N	0x100

#define GZ_REF_MASK	0x00ffffffu
#define GZ_COMMON	(1u << 30)	/* city/region key: an English word */
#define GZ_DEMONYM	(1u << 30)	/* country key: a demonym */
#define GZ_ALIAS	(1u << 29)	/* city key: an alternate name */
#define GZ_DISTRICT	(1u << 29)	/* region key: a district's (admin2) name */
#define GZ_SECTION	(1u << 28)	/* district key: also a city's part abroad */

#define GZ_CAPITAL	1
#define GZ_ADMIN1	2	/* seat of a first-level division */
#define GZ_ADMIN2	4

#define GZ_NO_REGION	0xffff

struct gz_country {
	uint32_t name;
	char	 cc[3];
	int32_t	 lat, lon;
};

struct gz_region {
	uint32_t name;
	uint32_t type;	/* "province", "state", ... or "" */
	uint16_t country;
};

struct gz_city {
	uint32_t name;
	uint32_t pop;
	int32_t	 lat, lon;
	uint16_t region;
	uint8_t	 country;
	uint8_t	 flags;
};

struct gz_key {
	/* The key's first four bytes as a big-endian number (NUL-padded):
	 * it orders keys as strcmp does as far as it goes, so a search
	 * reads the pool only among keys that share it. */
	uint32_t prefix;
	uint32_t key;	/* pool offset of the normalised key; rows of one key
			 * share it */
	uint32_t ref;	/* row index | GZ_COMMON / GZ_DEMONYM */
};

extern const char gz_fold[GZ_FOLD_N][3];
extern const char gz_fold2[GZ_FOLD2_N][3];
extern const struct gz_country gz_countries[];
extern const size_t gz_ncountries;
extern const struct gz_region gz_regions[];
extern const size_t gz_nregions;
extern const struct gz_city gz_cities[];
extern const size_t gz_ncities;
/* gz_country_seat[country], gz_region_seat[region]: the row of
 * gz_cities that is the country's capital or the region's seat (the
 * most populous city flagged GZ_CAPITAL, or GZ_ADMIN1 | GZ_CAPITAL in
 * the region), or GZ_NO_CITY. */
#define GZ_NO_CITY	0xffffffffu
extern const uint32_t gz_country_seat[];
extern const uint32_t gz_region_seat[];
/* gz_area_spans[i] = { outer, inner }: a named area that is a region of
 * its own (data/extract/areas.tsv) and a first-level region it spans, or
 * an ISO 3166-2 subdivision's parent and the subdivision; sorted. */
extern const uint32_t gz_area_spans[][2];
extern const size_t gz_narea_spans;
extern const struct gz_key gz_city_keys[];
extern const size_t gz_ncity_keys;
/* gz_city_idx[v]: first row of gz_city_keys whose key's first two bytes,
 * as (b0 << 8 | b1), are >= v; GZ_IDX_N + 1 entries. */
#define GZ_IDX_N	65536
extern const uint32_t gz_city_idx[];
/* Every key and word prefix of a key, hashed (32-bit FNV-1a of its bytes,
 * open addressing, linear probing): slot = pool offset of a key that
 * starts with it (low 23 bits) | the top 5 bits of its hash (GZ_HASH_TAG)
 * | its GAZ_P_* bits << 28; 0 is empty.  The tag spares a probe the look
 * into the pool at most slots of other keys on its path. */
#define GZ_HASH_N	(1u << 20)
#define GZ_HASH_OFF	0x007fffffu
#define GZ_HASH_TAGS	0x0f800000u
#define GZ_HASH_TAG(h)	(((uint32_t)(h) >> 27) << 23)
extern const uint32_t gz_hash[];
extern const struct gz_key gz_region_keys[];
extern const size_t gz_nregion_keys;
extern const struct gz_key gz_country_keys[];
extern const size_t gz_ncountry_keys;
extern const char gz_pool[];
extern const size_t gz_pool_size;

#endif
