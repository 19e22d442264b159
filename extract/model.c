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

/* The set of buckets seen: open addressing, bucket + 1 in a slot (0 is
 * empty), sized to the text so that it is never more than half full */
struct feats {
	uint32_t *slot;
	uint32_t mask;
	int64_t	 sum;		/* of the weights of the buckets */
};

static int
word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '\'';
}

static uint32_t
fnv_byte(uint32_t h, unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	return (h ^ c) * FNV_PRIME;
}

static uint32_t
fnv(uint32_t h, const char *s)
{
	while (*s != '\0')
		h = fnv_byte(h, (unsigned char)*s++);
	return h;
}

static void
add(struct feats *f, uint32_t h)
{
	uint32_t b = h & (MODEL_BUCKETS - 1), i = b & f->mask;

	/* probed from the bucket, not the hash: two features of one
	 * bucket meet and count once */
	while (f->slot[i] != 0) {
		if (f->slot[i] == b + 1)
			return;
		i = (i + 1) & f->mask;
	}
	f->slot[i] = b + 1;
	f->sum += model_weights[b];
}

/* Where the features of the next word start: the FNV states after
 * "u:", "b:", "t:" and, once there is a word before, after "b:", that
 * word and a space. */
struct prefix {
	uint32_t u, b, t, pair;
	int	 have_pair;
};

/* Add the features of the word p[0..n). */
static void
add_word(struct feats *f, const unsigned char *p, size_t n,
    struct prefix *pre, int in_title)
{
	uint32_t hu = pre->u, hb = pre->pair, hn = pre->b, ht = pre->t;
	size_t i;

	for (i = 0; i < n; i++) {
		hu = fnv_byte(hu, p[i]);
		hb = fnv_byte(hb, p[i]);
		hn = fnv_byte(hn, p[i]);
		ht = fnv_byte(ht, p[i]);
	}
	add(f, hu);
	if (pre->have_pair)
		add(f, hb);
	if (in_title)
		add(f, ht);
	pre->pair = fnv_byte(hn, ' ');
	pre->have_pair = 1;
}

/* Add the features of the words of s[0..n). */
static void
add_words(struct feats *f, const char *s, size_t n, struct prefix *pre,
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
		add_word(f, p + a, i - a, pre, in_title);
	}
}

/* Words of s[0..n): at most one in two bytes. */
static size_t
max_words(size_t n)
{
	return n / 2 + 1;
}

double
model_prob(const char *title, size_t tlen, const char *text, size_t len)
{
	uint32_t slots[SET_SLOTS], size = 64;
	struct prefix pre;
	struct feats f;
	size_t most;
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
	/* three features a title word, two a text word, two for "|" */
	most = 3 * max_words(tlen) + 2 * max_words(len) + 2;
	while (size < 2 * most && size < SET_SLOTS)
		size *= 2;
	memset(slots, 0, size * sizeof(slots[0]));
	f.slot = slots;
	f.mask = size - 1;
	f.sum = 0;
	if (tlen > 0)
		add_words(&f, title, tlen, &pre, 1);
	/* "|" between title and text, a word of its own */
	add_word(&f, (const unsigned char *)"|", 1, &pre, 0);
	add_words(&f, text, len, &pre, 0);
	z = model_bias + (double)f.sum / model_scale;
	if (z < -30)
		z = -30;
	if (z > 30)
		z = 30;
	return 1.0 / (1.0 + exp(-z));
}
