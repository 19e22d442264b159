/*
 * The second opinion's reader (see model.h): the same features as
 * tools/gen-model computes when it trains, hashed the same way.
 *
 * Words are runs of ASCII letters, digits and apostrophes, lowercased;
 * any other byte (UTF-8 included) ends a word.  The features of a text
 * are "u:" and each word of the title, a "|" that stands between title
 * and text, and the words of the first MODEL_BODY_BYTES bytes of the
 * text; "b:" and each pair of neighbouring words ("b:shot dead") along
 * that sequence; "t:" and each word of the title.  Each feature is
 * hashed with 32-bit FNV-1a into one of MODEL_BUCKETS buckets and each
 * bucket counts once, whatever number of features fall in it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "extract/model.h"

/* A title is cut at this many bytes (extract/text.c does the same) */
#define TITLE_MAX	1000
/* The most features of a text: 3 a title word and 2 a text word, a word
 * in two bytes at most, and 2 for "|" */
#define MAX_FEATS	(3 * (TITLE_MAX / 2 + 1) + \
	    2 * (MODEL_BODY_BYTES / 2 + 1) + 2)
/* Slots of the set of buckets seen: room for them all, under half full
 * for most texts */
#define SET_SLOTS	4096
/* The set only grows while under half full: every feature must fit, or
 * an insert into a full set would never end. */
_Static_assert(MAX_FEATS < SET_SLOTS, "SET_SLOTS holds every feature");

#define FNV_BASIS	0x811c9dc5u
#define FNV_PRIME	0x01000193u

/* The set of buckets seen: open addressing, bucket + 1 in a slot (0 is
 * empty), never more than half full.  It starts small and doubles as
 * buckets come: clearing a table sized for the most words a text could
 * have cost more than reading the text.  The buckets in the order they
 * came (seen) refill a doubled table; the set, and so the sum, is the
 * same whatever its size. */
struct feats {
	uint32_t *slot;
	uint32_t mask;
	uint32_t *seen;
	uint32_t n;
	int64_t	 sum;		/* of the weights of the buckets */
};

/* 1 for the bytes of a word: ASCII letters, digits and the
 * apostrophe. */
#define W2(c)	[c] = 1, [c + 1] = 1
#define W4(c)	W2(c), W2(c + 2)
#define W8(c)	W4(c), W4(c + 4)
static const unsigned char word_byte[256] = {
	['\''] = 1,
	W8('0'), W2('8'),
	W8('A'), W8('I'), W8('Q'), W2('Y'),
	W8('a'), W8('i'), W8('q'), W2('y'),
};

/* One byte into a hash.  A word's bytes (ASCII letters, digits, the
 * apostrophe) and the constants' ("u:", " ", "|") lowercase by setting
 * bit 0x20, which all but the capitals have set already. */
static inline uint32_t
fnv_byte(uint32_t h, unsigned char c)
{
	return (h ^ (c | 0x20)) * FNV_PRIME;
}

static uint32_t
fnv(uint32_t h, const char *s)
{
	while (*s != '\0')
		h = fnv_byte(h, (unsigned char)*s++);
	return h;
}

/* Put bucket b in f's table, which has room for it. */
static inline int
insert(struct feats *f, uint32_t b)
{
	uint32_t i = b & f->mask;

	/* probed from the bucket, not the hash: two features of one
	 * bucket meet and count once */
	while (f->slot[i] != 0) {
		if (f->slot[i] == b + 1)
			return 0;
		i = (i + 1) & f->mask;
	}
	f->slot[i] = b + 1;
	return 1;
}

/* Double f's table and put its buckets back. */
static void
grow(struct feats *f)
{
	uint32_t k;

	f->mask = 2 * f->mask + 1;
	memset(f->slot, 0, (f->mask + 1) * sizeof(f->slot[0]));
	for (k = 0; k < f->n; k++)
		insert(f, f->seen[k]);
}

static inline void
add(struct feats *f, uint32_t h)
{
	uint32_t b = h & (MODEL_BUCKETS - 1);

	if (2 * (f->n + 1) > f->mask + 1 && f->mask + 1 < SET_SLOTS)
		grow(f);
	if (insert(f, b)) {
		f->seen[f->n++] = b;
		f->sum += model_weights[b];
	}
}

/* Where the features of the next word start: the FNV states after
 * "u:", "b:", "t:" and, once there is a word before, after "b:", that
 * word and a space. */
struct prefix {
	uint32_t u, b, t, pair;
	int	 have_pair;
};

/* Add the features of a word whose bytes took the states of pre to hu,
 * hb (the pair), hn (the next pair's start) and ht (in the title). */
static inline void
add_word(struct feats *f, struct prefix *pre, uint32_t hu, uint32_t hb,
    uint32_t hn, uint32_t ht, int in_title)
{
	add(f, hu);
	if (pre->have_pair)
		add(f, hb);
	if (in_title)
		add(f, ht);
	pre->pair = fnv_byte(hn, ' ');
	pre->have_pair = 1;
}

/* Add the features of the words of s[0..n).  A word's bytes are hashed
 * as they are read, in one pass: "t:" only in the title, where a text
 * word would hash it for nothing. */
static void
add_words(struct feats *fp, const char *s, size_t n, struct prefix *prep,
    int in_title)
{
	const unsigned char *p = (const unsigned char *)s;
	/* local copies, which the compiler keeps in registers between
	 * the rare calls to grow(): through the caller's pointers, each
	 * store to the table could have changed them */
	struct feats feats = *fp, *f = &feats;
	struct prefix prefix = *prep, *pre = &prefix;
	uint32_t hu, hb, hn, ht;
	size_t i = 0;

	while (i < n) {
		if (!word_byte[p[i]]) {
			i++;
			continue;
		}
		hu = pre->u;
		hb = pre->pair;
		hn = pre->b;
		ht = pre->t;
		if (in_title)
			for (; i < n && word_byte[p[i]]; i++) {
				hu = fnv_byte(hu, p[i]);
				hb = fnv_byte(hb, p[i]);
				hn = fnv_byte(hn, p[i]);
				ht = fnv_byte(ht, p[i]);
			}
		else
			for (; i < n && word_byte[p[i]]; i++) {
				hu = fnv_byte(hu, p[i]);
				hb = fnv_byte(hb, p[i]);
				hn = fnv_byte(hn, p[i]);
			}
		add_word(f, pre, hu, hb, hn, ht, in_title);
	}
	*fp = feats;
	*prep = prefix;
}

double
model_prob(const char *title, size_t tlen, const char *text, size_t len)
{
	uint32_t slots[SET_SLOTS], seen[MAX_FEATS];
	struct prefix pre;
	struct feats f;
	double z;

	pre.u = fnv(FNV_BASIS, "u:");
	pre.b = fnv(FNV_BASIS, "b:");
	pre.t = fnv(FNV_BASIS, "t:");
	pre.pair = 0;
	pre.have_pair = 0;
	if (title == NULL)
		tlen = 0;
	if (tlen > TITLE_MAX)
		tlen = TITLE_MAX;
	if (len > MODEL_BODY_BYTES)
		len = MODEL_BODY_BYTES;
	/* a title and a lede of the usual length fit without doubling */
	memset(slots, 0, 256 * sizeof(slots[0]));
	f.slot = slots;
	f.mask = 256 - 1;
	f.seen = seen;
	f.n = 0;
	f.sum = 0;
	if (tlen > 0)
		add_words(&f, title, tlen, &pre, 1);
	/* "|" between title and text, a word of its own */
	add_word(&f, &pre, fnv_byte(pre.u, '|'), fnv_byte(pre.pair, '|'),
	    fnv_byte(pre.b, '|'), 0, 0);
	add_words(&f, text, len, &pre, 0);
	z = model_bias + (double)f.sum / model_scale;
	if (z < -30)
		z = -30;
	if (z > 30)
		z = 30;
	return 1.0 / (1.0 + exp(-z));
}
