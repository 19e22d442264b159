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
/* Slots of the set of buckets seen: at most 3 features a title word and
 * 2 a text word, under half of them used */
#define SET_SLOTS	4096

#define FNV_BASIS	0x811c9dc5u
#define FNV_PRIME	0x01000193u

struct word {
	const unsigned char *p;
	size_t	 n;
};

struct feats {
	uint32_t slot[SET_SLOTS];	/* bucket + 1; 0 is empty */
	int64_t	 sum;			/* of the weights of the buckets */
};

static int
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '\'';
}

static uint32_t
fnv(uint32_t h, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = p[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		h = (h ^ c) * FNV_PRIME;
	}
	return h;
}

static void
add(struct feats *f, uint32_t h)
{
	uint32_t b = h & (MODEL_BUCKETS - 1), i = b & (SET_SLOTS - 1);

	/* probed from the bucket, not the hash: two features of one
	 * bucket meet and count once */

	while (f->slot[i] != 0) {
		if (f->slot[i] == b + 1)
			return;
		i = (i + 1) & (SET_SLOTS - 1);
	}
	f->slot[i] = b + 1;
	f->sum += model_weights[b];
}

/* The features that word w brings, after prev (prev.p NULL: none). */
static void
add_word(struct feats *f, struct word prev, struct word w, int in_title)
{
	add(f, fnv(fnv(FNV_BASIS, (const unsigned char *)"u:", 2), w.p, w.n));
	if (prev.p != NULL)
		add(f, fnv(fnv(fnv(fnv(FNV_BASIS, (const unsigned char *)"b:",
		    2), prev.p, prev.n), (const unsigned char *)" ", 1),
		    w.p, w.n));
	if (in_title)
		add(f, fnv(fnv(FNV_BASIS, (const unsigned char *)"t:", 2),
		    w.p, w.n));
}

/* Add the words of s[0..n); *prev is the word before them and is left
 * at the last of them. */
static void
add_words(struct feats *f, const char *s, size_t n, struct word *prev,
    int in_title)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, a;

	while (i < n) {
		if (!word_byte(p[i])) {
			i++;
			continue;
		}
		for (a = i; i < n && word_byte(p[i]); i++)
			;
		{
			struct word w = { p + a, i - a };

			add_word(f, *prev, w, in_title);
			*prev = w;
		}
	}
}

double
model_prob(const char *title, size_t tlen, const char *text, size_t len)
{
	struct feats f;
	struct word prev = { NULL, 0 }, bar = {
	    (const unsigned char *)"|", 1 };
	double z;

	memset(&f, 0, sizeof(f));
	if (title != NULL)
		add_words(&f, title, tlen < TITLE_MAX ? tlen : TITLE_MAX,
		    &prev, 1);
	add_word(&f, prev, bar, 0);
	prev = bar;
	add_words(&f, text, len < MODEL_BODY_BYTES ? len : MODEL_BODY_BYTES,
	    &prev, 0);
	z = model_bias + (double)f.sum / model_scale;
	if (z < -30)
		z = -30;
	if (z > 30)
		z = 30;
	return 1.0 / (1.0 + exp(-z));
}
