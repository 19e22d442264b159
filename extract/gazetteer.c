/*
 * Gazetteer lookups over the generated tables in gazetteer_data.c.
 *
 * The normaliser here must agree byte for byte with norm() in
 * tools/gen-gazetteer; the Latin fold table both use is generated from
 * Python's Unicode database so the two cannot drift apart.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/cclass.h"
#include "extract/gazetteer.h"
#include "extract/gazetteer_data.h"

/* Decode one UTF-8 sequence; returns its length and the code point in *cp,
 * or length 1 and cp -1 for a malformed byte. */
static size_t
utf8_decode(const unsigned char *s, size_t len, long *cp)
{
	unsigned char c = s[0];
	size_t n, i;
	long v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		v = c & 0x07;
	} else {
		*cp = -1;
		return 1;
	}
	if (n > len) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	*cp = v;
	return n;
}

static int
is_apostrophe(long cp)
{
	return cp == '\'' || cp == '`' || cp == 0x2019 || cp == 0x2018 ||
	    cp == 0x02BC || cp == 0x02BB || cp == 0x00B4;
}

/* ASCII for a Latin letter with diacritics, or NULL. */
static const char *
fold(long cp)
{
	const char *f = NULL;

	if (cp >= GZ_FOLD_FIRST && cp < GZ_FOLD_FIRST + GZ_FOLD_N)
		f = gz_fold[cp - GZ_FOLD_FIRST];
	else if (cp >= GZ_FOLD2_FIRST && cp < GZ_FOLD2_FIRST + GZ_FOLD2_N)
		f = gz_fold2[cp - GZ_FOLD2_FIRST];
	return f && f[0] ? f : NULL;
}

/* The tokenizer's table: one load rather than three range tests, on
 * every byte of every phrase the place reader probes. */
static inline int
ascii_alnum(unsigned char c)
{
	return (tok_cclass[c] & (C_DIGIT | C_ALPHA)) != 0;
}

size_t
gaz_normalize(const char *str, size_t len, char *out, size_t outsz)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, o = 0, n, k;
	const char *add;
	char one[2];
	int sep = 0;
	long cp;

	if (outsz == 0)
		return 0;
	while (i < len) {
		/* A run of ASCII letters and digits, the bulk of any key,
		 * goes straight through. */
		if (ascii_alnum(s[i])) {
			if (sep && o > 0) {
				if (o + 1 >= outsz)
					return 0;
				out[o++] = ' ';
			}
			sep = 0;
			do {
				if (o + 1 >= outsz)
					return 0;
				/* lowercase for a letter, the same for a
				 * digit */
				out[o++] = (char)(s[i] | 0x20);
				i++;
			} while (i < len && ascii_alnum(s[i]));
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		add = NULL;
		k = 0;
		if (cp >= 0 && cp < 0x80 &&
		    ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))) {
			one[0] = (char)cp;
			add = one;
			k = 1;
		} else if (cp >= 'A' && cp <= 'Z') {
			one[0] = (char)(cp - 'A' + 'a');
			add = one;
			k = 1;
		} else if (is_apostrophe(cp) ||
		    (cp >= 0x300 && cp <= 0x36F)) {
			i += n;
			continue;
		} else if ((add = fold(cp)) != NULL) {
			k = strlen(add);
		} else if (cp >= 0x370 && !(cp >= 0x2000 && cp <= 0x2BFF) &&
		    !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFEFF) {
			/* a letter of another script: kept raw so the key
			 * cannot match a shorter Latin name by accident */
			add = (const char *)s + i;
			k = n;
		}
		i += n;
		if (add == NULL) {
			sep = 1;
			continue;
		}
		if (sep && o > 0) {
			if (o + 1 >= outsz)
				return 0;
			out[o++] = ' ';
		}
		sep = 0;
		if (o + k >= outsz)
			return 0;
		memcpy(out + o, add, k);
		o += k;
	}
	out[o] = '\0';
	return o;
}

/* The first four bytes of key as a big-endian number, NUL-padded, as
 * key_prefix() in tools/gen-gazetteer. */
static uint32_t
gz_key_prefix(const char *key)
{
	const unsigned char *u = (const unsigned char *)key;
	uint32_t p = 0;
	size_t i;

	for (i = 0; i < 4; i++) {
		p = p << 8 | u[i];
		if (u[i] == '\0') {
			p <<= 8 * (3 - i);
			break;
		}
	}
	return p;
}

/* strcmp()'s order of row r's key and key, whose prefix is kp. */
static int
key_cmp(const struct gz_key *r, const char *key, uint32_t kp)
{
	if (r->prefix != kp)
		return r->prefix < kp ? -1 : 1;
	return strcmp(gz_pool + r->key, key);
}

/* Index of the first key of tab not below key (key order is strcmp's).
 * The city table is big; its two-byte index narrows the search to one
 * bucket, which holds the lower bound since keys outside it differ from
 * key in their first two bytes. */
static size_t
lower_bound(const struct gz_key *tab, size_t n, const char *key)
{
	const unsigned char *u = (const unsigned char *)key;
	size_t lo = 0, hi = n, mid, v;
	uint32_t kp = gz_key_prefix(key);

	if (tab == gz_city_keys) {
		v = (size_t)u[0] << 8 | (u[0] ? u[1] : 0);
		lo = gz_city_idx[v];
		hi = gz_city_idx[v + 1];
	}
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (key_cmp(&tab[mid], key, kp) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The run of rows in tab sharing key, as [*first, *first + count). */
static size_t
key_range(const struct gz_key *tab, size_t n, const char *key,
    const struct gz_key **first)
{
	size_t lo = lower_bound(tab, n, key), hi = lo;

	*first = tab + lo;
	if (lo == n || key_cmp(&tab[lo], key, gz_key_prefix(key)) != 0)
		return 0;
	while (hi < n && tab[hi].key == tab[lo].key)
		hi++;
	return hi - lo;
}

static void
fill_country(int id, struct gaz_place *p)
{
	const struct gz_country *c = &gz_countries[id];

	p->country = gz_pool + c->name;
	p->cc = c->cc;
	p->country_id = id;
}

static void
fill_city(const struct gz_city *c, struct gaz_place *p)
{
	memset(p, 0, sizeof(*p));
	p->kind = GAZ_CITY;
	p->name = gz_pool + c->name;
	fill_country(c->country, p);
	p->region_id = -1;
	if (c->region != GZ_NO_REGION) {
		p->region = gz_pool + gz_regions[c->region].name;
		p->region_id = c->region;
	}
	p->lat = c->lat / 1e4;
	p->lon = c->lon / 1e4;
	p->pop = c->pop;
	p->flags = c->flags & (GAZ_F_CAPITAL | GAZ_F_ADMIN1 | GAZ_F_ADMIN2);
}

size_t
gaz_city_find(const char *key, struct gaz_place *out, size_t max)
{
	const struct gz_key *k;
	size_t n, i;

	n = key_range(gz_city_keys, gz_ncity_keys, key, &k);
	for (i = 0; i < n && i < max; i++) {
		fill_city(&gz_cities[k[i].ref & GZ_REF_MASK], &out[i]);
		if (k[i].ref & GZ_COMMON)
			out[i].flags |= GAZ_F_COMMON;
		if (k[i].ref & GZ_ALIAS)
			out[i].flags |= GAZ_F_ALIAS;
	}
	return n;
}

size_t
gaz_region_find(const char *key, struct gaz_place *out, size_t max)
{
	const struct gz_key *k;
	const struct gz_region *r;
	size_t n, i;

	n = key_range(gz_region_keys, gz_nregion_keys, key, &k);
	for (i = 0; i < n && i < max; i++) {
		r = &gz_regions[k[i].ref & GZ_REF_MASK];
		memset(&out[i], 0, sizeof(out[i]));
		out[i].kind = GAZ_REGION;
		out[i].name = gz_pool + r->name;
		out[i].region = out[i].name;
		out[i].region_id = (int)(k[i].ref & GZ_REF_MASK);
		out[i].region_type = gz_pool + r->type;
		fill_country(r->country, &out[i]);
		if (k[i].ref & GZ_COMMON)
			out[i].flags |= GAZ_F_COMMON;
		if (k[i].ref & GZ_DISTRICT)
			out[i].flags |= GAZ_F_DISTRICT;
		if (k[i].ref & GZ_SECTION)
			out[i].flags |= GAZ_F_SECTION;
	}
	return n;
}

int
gaz_country_by_id(int id, struct gaz_place *out)
{
	const struct gz_country *c;

	if (id < 0 || (size_t)id >= gz_ncountries)
		return -1;
	c = &gz_countries[id];
	memset(out, 0, sizeof(*out));
	out->kind = GAZ_COUNTRY;
	fill_country(id, out);
	out->name = out->country;
	out->region_id = -1;
	out->lat = c->lat / 1e4;
	out->lon = c->lon / 1e4;
	return 0;
}

int
gaz_country_find(const char *key, struct gaz_place *out)
{
	const struct gz_key *k;

	if (key_range(gz_country_keys, gz_ncountry_keys, key, &k) == 0)
		return -1;
	if (gaz_country_by_id((int)(k->ref & GZ_REF_MASK), out) == -1)
		return -1;
	if (k->ref & GZ_DEMONYM)
		out->flags |= GAZ_F_DEMONYM;
	return 0;
}

static int
cc_cmp(const void *k, const void *e)
{
	const char *key = k;
	const struct gz_country *c = e;

	return strncmp(key, c->cc, 2);
}

int
gaz_country_by_code(const char *cc, struct gaz_place *out)
{
	const struct gz_country *c;
	char up[3];

	if (cc == NULL || strlen(cc) != 2)
		return -1;
	up[0] = (char)(cc[0] >= 'a' && cc[0] <= 'z' ? cc[0] - 32 : cc[0]);
	up[1] = (char)(cc[1] >= 'a' && cc[1] <= 'z' ? cc[1] - 32 : cc[1]);
	up[2] = '\0';
	c = bsearch(up, gz_countries, gz_ncountries, sizeof(*c), cc_cmp);
	if (c == NULL)
		return -1;
	return gaz_country_by_id((int)(c - gz_countries), out);
}

size_t
gaz_ncountries(void)
{
	return gz_ncountries;
}

/* 32-bit FNV-1a, as fnv1a() in tools/gen-gazetteer. */
static uint32_t
gz_hash_key(const char *key, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)key[i];
		h *= 16777619u;
	}
	return h;
}

int
gaz_probe(const char *key)
{
	return gaz_probe_n(key, strlen(key));
}

int
gaz_probe_n(const char *key, size_t n)
{
	uint32_t h, v, tag;
	const char *k;

	h = gz_hash_key(key, n);
	tag = GZ_HASH_TAG(h);
	for (h &= GZ_HASH_N - 1; (v = gz_hash[h]) != 0;
	    h = (h + 1) & (GZ_HASH_N - 1)) {
		if ((v & GZ_HASH_TAGS) != tag)
			continue;
		k = gz_pool + (v & GZ_HASH_OFF);
		if (strncmp(k, key, n) == 0 && (k[n] == '\0' || k[n] == ' '))
			return (int)(v >> 28);
	}
	return 0;
}

/* Does any key of tab start with prefix? */
static int
has_prefix(const struct gz_key *tab, size_t n, const char *prefix,
    size_t plen)
{
	size_t lo = lower_bound(tab, n, prefix);

	return lo < n && strncmp(gz_pool + tab[lo].key, prefix, plen) == 0;
}

int
gaz_has_longer(const char *key)
{
	char buf[GAZ_KEY_MAX + 1];
	size_t n = strlen(key);

	if (n + 2 > sizeof(buf))
		return 0;
	memcpy(buf, key, n);
	buf[n] = ' ';
	buf[n + 1] = '\0';
	return has_prefix(gz_city_keys, gz_ncity_keys, buf, n + 1) ||
	    has_prefix(gz_region_keys, gz_nregion_keys, buf, n + 1) ||
	    has_prefix(gz_country_keys, gz_ncountry_keys, buf, n + 1);
}

/* The pairs are sorted: a binary search. */
int
gaz_region_within(int inner_id, int outer_id)
{
	size_t lo = 0, hi = gz_narea_spans, mid;
	const uint32_t *p;

	if (inner_id < 0 || outer_id < 0)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		p = gz_area_spans[mid];
		if (p[0] == (uint32_t)outer_id && p[1] == (uint32_t)inner_id)
			return 1;
		if (p[0] < (uint32_t)outer_id || (p[0] == (uint32_t)outer_id &&
		    p[1] < (uint32_t)inner_id))
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* gen-gazetteer picked each seat: the most populous city flagged as
 * such, as a country may list a former capital too. */
int
gaz_seat(int country_id, int region_id, struct gaz_place *out)
{
	uint32_t row;

	if (country_id < 0 || (size_t)country_id >= gz_ncountries ||
	    (region_id >= 0 && (size_t)region_id >= gz_nregions))
		return -1;
	row = region_id < 0 ? gz_country_seat[country_id] :
	    gz_region_seat[region_id];
	if (row == GZ_NO_CITY || gz_cities[row].country != country_id)
		return -1;
	fill_city(&gz_cities[row], out);
	return 0;
}
