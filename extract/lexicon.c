/*
 * Finding the lexicon's phrases in a token stream.  At each token the
 * phrases whose first word it is are a range of lex_table (sorted by
 * bytes; lex_index, generated, finds the range), the one-word phrases
 * first, then the longer ones by their second word, of which only the
 * run of the next token's word can match.  Hits that a caller renews
 * text after text also carry indexes made at run time from the tables
 * (struct lex_fast): first words by their bytes as one number, and runs
 * by their first two words, so that most tokens are told with a probe
 * or two and no phrase string read.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "extract/lexicon.h"
#include "extract/token.h"

/* memcmp(a, b, n) == 0 for the few bytes of a word, without the call. */
static inline int
same(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

#define FNV_BASIS	0x811c9dc5u

/* FNV-1a of w[0..n) continued from h, as fnv1a() in
 * tools/gen-extract-tables from FNV_BASIS. */
static inline uint32_t
fnv(uint32_t h, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)w[i];
		h *= 0x01000193;
	}
	return h;
}

/* Range of entries whose first word is w[0..n), or lo == hi.  Inline:
 * every word of a text asks it. */
static inline void
find_range(const char *w, size_t n, size_t *lo, size_t *hi)
{
	uint32_t h = fnv(FNV_BASIS, w, n);
	size_t i;

	*lo = *hi = 0;
	for (i = h & lex_index_mask; lex_index[i].word != NULL;
	    i = (i + 1) & lex_index_mask) {
		if (lex_index[i].len == n && same(lex_index[i].word, w, n)) {
			*lo = lex_index[i].lo;
			*hi = lex_index[i].hi;
			return;
		}
	}
}

/*
 * Two indexes of the table, made from it at run time once for hits that
 * are renewed text after text (lex_rescan()), which keep them.
 *
 * Words: a first word of sixteen bytes or fewer (nearly all of a
 * text's) is looked up by its bytes as two numbers, one compare where
 * lex_index has a hash of each byte and the word's bytes to compare
 * elsewhere.
 *
 * Pairs: the phrases of two words or more of one first pair ("car
 * bomb", "car bomb attack", "car bombing" not) run in the table,
 * sorted, as [start, end); a hash of the first word's range, the second
 * word's length and its first eight bytes as a number finds the run.  A
 * text's word is the first of a phrase's pair far more often than the
 * pair is in the text: where a search of the first word's phrases took a
 * dozen steps to tell, one probe here mostly finds an empty slot.
 *
 * A first word's runs are found when a text first asks for one of its
 * pairs (word_runs()), not all when the indexes are made: finding them
 * reads every phrase's second word, and a few hundred texts ask for the
 * pairs of a fifth of the first words, which hold a fifth of the
 * phrases.  Every run of a word is in the index before any is looked
 * up, so a lookup finds what it would in an index made whole.
 */
/* The longest first word the words index holds. */
#define FAST_WORD	16

struct lex_word {
	/* pack8() of the word's first eight bytes (0: an empty slot) and
	 * of the rest (0 for a word of eight or fewer) */
	uint64_t word, word2;
	uint32_t lo, hi;	/* its phrases, as find_range() */
	/* What scan_word() would otherwise read from the phrases' strings,
	 * scattered over the binary: where the phrases of two words or
	 * more start (hi when none), the first byte of their first and
	 * last second words, and a bit of each of its pairs' hashes (bit
	 * 63 - x >> 26 of pair hash x), clear for most words a text
	 * follows it with. */
	uint32_t multi;
	unsigned char second_lo, second_hi;
	/* its runs are in the pairs index and their bits in pairs */
	unsigned char runs_made;
	uint64_t pairs;
};

struct lex_pair {
	uint32_t hash;
	uint32_t start, end;	/* end 0: an empty slot */
};

struct lex_fast {
	struct lex_word *words;
	size_t	 words_mask;
	struct lex_pair *pairs;
	size_t	 pairs_mask;
	size_t	 npairs;	/* runs in pairs */
};

/* The n <= 8 bytes at w as a number, in memory order, zero-padded; avail
 * bytes from w may be read.  No word holds a NUL: the number is the
 * word. */
static inline uint64_t
pack8(const char *w, size_t n, size_t avail)
{
	uint64_t x = 0;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (avail >= 8) {
		memcpy(&x, w, 8);
		return n == 8 ? x : x & (((uint64_t)1 << (8 * n)) - 1);
	}
#else
	(void)avail;
#endif
	memcpy(&x, w, n);
	return x;
}

/* The two numbers of a word of n <= FAST_WORD bytes at w, avail bytes
 * readable; words of one key are the same word. */
static inline void
word_key(const char *w, size_t n, size_t avail, uint64_t *x, uint64_t *x2)
{
	if (n <= 8) {
		*x = pack8(w, n, avail);
		*x2 = 0;
	} else {
		*x = pack8(w, 8, avail);
		*x2 = pack8(w + 8, n - 8, avail - 8);
	}
}

static inline size_t
word_slot(uint64_t x, uint64_t x2, size_t mask)
{
	return (size_t)(((x ^ x2 * 0xc2b2ae3d27d4eb4fULL) *
	    0x9e3779b97f4a7c15ULL) >> 32) & mask;
}

/* Slots for n entries: a third full, so that a probe for what no phrase
 * has ends at once. */
static size_t
slots_for(size_t n)
{
	size_t size = 1;

	while (size < 3 * n)
		size *= 2;
	return size;
}

/* The hash of a pair: the second word w[0..n), avail bytes of w
 * readable, after the first word, which the start of its range in the
 * table stands for.  Its first eight bytes and its length tell most
 * second words apart, and pair_run() compares the rest: no loop over
 * its bytes. */
static inline uint32_t
pair_hash(size_t first, const char *w, size_t n, size_t avail)
{
	uint64_t x = pack8(w, n < 8 ? n : 8, avail);

	/* splitmix64's finish: low bits pick the slot, high ones the bit
	 * of pair_bit() */
	x = (x + n) * 0x9e3779b97f4a7c15ULL ^ (uint64_t)first *
	    0xc2b2ae3d27d4eb4fULL;
	x ^= x >> 29;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 32;
	return (uint32_t)x;
}

/* The bit of a word's pairs that pair hash x sets. */
static inline uint64_t
pair_bit(uint32_t x)
{
	return (uint64_t)1 << (x >> 26);
}

/* Slots of the pairs index to start with: room for the runs of the
 * first words a few hundred texts ask for. */
#define PAIRS_FIRST	4096

/* Put run r in f's pairs index, which has room for it. */
static inline void
pair_put(struct lex_fast *f, const struct lex_pair *r)
{
	size_t x;

	for (x = r->hash & f->pairs_mask; f->pairs[x].end != 0;
	    x = (x + 1) & f->pairs_mask)
		;
	f->pairs[x] = *r;
	f->npairs++;
}

/* Double f's pairs index and put its runs back. */
static void
pairs_grow(struct lex_fast *f)
{
	struct lex_pair *old = f->pairs;
	size_t k, size = f->pairs_mask + 1;

	f->pairs = xcalloc(2 * size, sizeof(*f->pairs));
	f->pairs_mask = 2 * size - 1;
	f->npairs = 0;
	for (k = 0; k < size; k++)
		if (old[k].end != 0)
			pair_put(f, &old[k]);
	free(old);
}

/* Put the runs of the phrases [multi, hi) of two words or more, whose
 * first word is wl bytes and starts the table's range at lo, in f's
 * pairs index, and their bits in wd (NULL for a word the words index
 * does not hold). */
static void
word_runs(struct lex_fast *f, struct lex_word *wd, size_t lo, size_t multi,
    size_t hi, size_t wl)
{
	struct lex_pair r;
	size_t k, b;

	for (k = multi; k < hi; ) {
		const char *p = lex_table[k].phrase + wl + 1;

		r.start = (uint32_t)k;
		for (b = 0; p[b] != ' ' && p[b] != '\0'; b++)
			;
		/* sorted: the run ends where its second word does */
		for (k++; k < hi; k++) {
			const char *q = lex_table[k].phrase + wl + 1;

			if (!same(q, p, b) || (q[b] != ' ' && q[b] != '\0'))
				break;
		}
		r.hash = pair_hash(lo, p, b, b + 1);
		r.end = (uint32_t)k;
		/* a third full at most */
		if (3 * (f->npairs + 1) > f->pairs_mask + 1)
			pairs_grow(f);
		pair_put(f, &r);
		if (wd != NULL)
			wd->pairs |= pair_bit(r.hash);
	}
	if (wd != NULL)
		wd->runs_made = 1;
}

static struct lex_fast *
fast_make(void)
{
	struct lex_fast *f = xcalloc(1, sizeof(*f));
	size_t j, n = 0, x, size;

	for (j = 0; j <= lex_index_mask; j++)
		n += lex_index[j].word != NULL &&
		    lex_index[j].len <= FAST_WORD;
	size = slots_for(n);
	f->words = xcalloc(size, sizeof(*f->words));
	f->words_mask = size - 1;
	f->pairs = xcalloc(PAIRS_FIRST, sizeof(*f->pairs));
	f->pairs_mask = PAIRS_FIRST - 1;
	/* Each first word's range and where its phrases of two words
	 * start: the first word's bytes and its range are the index's,
	 * so only the ends of its one-word phrases are read. */
	for (j = 0; j <= lex_index_mask; j++) {
		const struct lex_index *e = &lex_index[j];
		struct lex_word *wd;
		size_t wl = e->len, multi;
		uint64_t w, w2;

		if (e->word == NULL)
			continue;
		for (multi = e->lo; multi < e->hi &&
		    lex_table[multi].phrase[wl] == '\0'; multi++)
			;
		if (wl > FAST_WORD) {
			/* none of its own to mark whether they are made:
			 * the few such words' runs are made now */
			word_runs(f, NULL, e->lo, multi, e->hi, wl);
			continue;
		}
		word_key(e->word, wl, wl + 1, &w, &w2);
		for (x = word_slot(w, w2, f->words_mask);
		    f->words[x].word != 0; x = (x + 1) & f->words_mask)
			;
		wd = &f->words[x];
		wd->word = w;
		wd->word2 = w2;
		wd->lo = e->lo;
		wd->hi = e->hi;
		wd->multi = (uint32_t)multi;
		if (multi < e->hi) {
			wd->second_lo = (unsigned char)
			    lex_table[multi].phrase[wl + 1];
			wd->second_hi = (unsigned char)
			    lex_table[e->hi - 1].phrase[wl + 1];
		}
	}
	return f;
}

static void
fast_free(struct lex_fast *f)
{
	if (f == NULL)
		return;
	free(f->words);
	free(f->pairs);
	free(f);
}

/* The entry of the first word w[0..n), n <= FAST_WORD, avail bytes of
 * w readable; NULL when no phrase starts with it. */
static inline struct lex_word *
word_range(const struct lex_fast *f, const char *w, size_t n, size_t avail)
{
	uint64_t x, x2;
	size_t k;

	word_key(w, n, avail, &x, &x2);
	for (k = word_slot(x, x2, f->words_mask); f->words[k].word != 0;
	    k = (k + 1) & f->words_mask)
		if (f->words[k].word == x && f->words[k].word2 == x2)
			return &f->words[k];
	return NULL;
}

/* The run [*start, *end) of the phrases in [lo, hi), those of a first
 * word of wl bytes, whose second word is w[0..n), of pair hash x:
 * *start == *end when none. */
static inline void
pair_run(const struct lex_fast *f, uint32_t x, size_t wl, size_t lo,
    size_t hi, const char *w, size_t n, size_t *start, size_t *end)
{
	size_t k;

	*start = *end = 0;
	for (k = x & f->pairs_mask; f->pairs[k].end != 0;
	    k = (k + 1) & f->pairs_mask) {
		const struct lex_pair *r = &f->pairs[k];
		const char *q = lex_table[r->start].phrase + wl + 1;

		if (r->hash == x && r->start >= lo && r->start < hi &&
		    same(q, w, n) && (q[n] == ' ' || q[n] == '\0')) {
			*start = r->start;
			*end = r->end;
			return;
		}
	}
}

/* Does token t match the phrase word at w (ended by ' ' or NUL)?  The
 * phrase's last word may carry a possessive "'s" in the text ("Taliban's").
 * *wl gets the word's length when the token matches, and when it does
 * not, the number of bytes of w before the one that told. */
static inline int
tok_matches(const struct tokens *tk, const struct token *t, const char *w,
    size_t *wl)
{
	const char *s = tk->lower + t->start;
	size_t n;

	/* Most words of a phrase differ from the text at the first byte. */
	if (s[0] != w[0]) {
		*wl = 0;
		return 0;
	}
	if (t->kind == TOK_PUNCT) {
		*wl = 1;
		return w[1] == ' ' || w[1] == '\0';
	}
	for (n = 1; n < t->len && w[n] == s[n] && w[n] != ' ' && w[n] != '\0';
	    n++)
		;
	if (n == t->len && (w[n] == ' ' || w[n] == '\0')) {
		*wl = n;
		return 1;
	}
	/* possessive: the word ends where the token has "'s" left */
	if (w[n] == '\0' && t->len == n + 2 && s[n] == '\'' &&
	    s[n + 1] == 's') {
		*wl = n;
		return 1;
	}
	*wl = n;
	return 0;
}

/* Case-exact check of an alias ("IS", "NPA"), word by word. */
static int
exact_matches(const struct tokens *tk, size_t i, size_t ntok,
    const char *exact)
{
	const char *p = exact;
	size_t k;

	for (k = 0; k < ntok; k++) {
		const struct token *t = &tk->v[i + k];
		size_t wl = strcspn(p, " -");

		if (t->len < wl || memcmp(tk->text + t->start, p, wl) != 0)
			return 0;
		p += wl;
		p += strspn(p, " -");
	}
	return 1;
}

/* Tokens matched by entry e at token i, or 0.  The first off bytes of
 * the phrase, its first k words, are known to match tokens [i, i + k)
 * already.  On 0, *told is the length of the phrase's first bytes that
 * decided it (any phrase that starts with them fails too), or 0 when
 * more did.  Always inline: scan_entry() asks it of every phrase longer
 * than the words known to match, and its call's register saves cost a
 * third as much as its answer. */
static inline __attribute__((always_inline)) size_t
match_entry(const struct tokens *tk, size_t i, const struct lex_entry *e,
    size_t off, size_t k, size_t *told)
{
	const char *p = e->phrase + off;
	size_t sent = tk->v[i].sent;

	*told = 0;
	if (*p == '\0') {
		/* A possessive token matches a one-word phrase only by its
		 * stem; the full token matched when lengths agree. */
		if (e->exact && !exact_matches(tk, i, k, e->exact))
			return 0;
		return k;
	}
	p++;
	while (*p) {
		size_t n;

		if (i + k >= tk->n || tk->v[i + k].sent != sent) {
			*told = (size_t)(p - e->phrase);
			return 0;
		}
		if (!tok_matches(tk, &tk->v[i + k], p, &n)) {
			*told = (size_t)(p - e->phrase) + n + 1;
			return 0;
		}
		k++;
		p += n;
		if (*p == ' ')
			p++;
	}
	if (e->exact && !exact_matches(tk, i, k, e->exact))
		return 0;
	return k;
}

/* Inline: a text has a hit for every other token. */
static inline void
add_hit(struct lex_hits *h, size_t *cap, size_t tok, size_t ntok,
    const struct lex_entry *e)
{
	if (h->n == *cap) {
		*cap *= 2;
		h->v = xreallocarray(h->v, *cap, sizeof(*h->v));
	}
	h->v[h->n].tok = (uint32_t)tok;
	h->v[h->n].ntok = (uint16_t)ntok;
	h->v[h->n].kind = (uint16_t)e->kind;
	h->v[h->n].e = e;
	h->n++;
	h->tok_kinds[tok] |= (uint32_t)1 << e->kind;
}

/* First entry in [lo, hi) whose phrase from byte at is not below the
 * word w[0..n) in the table's byte order (one that goes on past w is
 * not below it). */
static size_t
word_from(size_t lo, size_t hi, size_t at, const char *w, size_t n)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, k;
		const unsigned char *q =
		    (const unsigned char *)lex_table[mid].phrase + at;

		for (k = 0; k < n && q[k] == (unsigned char)w[k]; k++)
			;
		if (k < n && q[k] < (unsigned char)w[k])
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The first entry past j, below hi, whose phrase does not start with
 * the first told bytes of entry j's; all of them up to hi share its first
 * wl bytes.  Sorted, those that do follow j in a run, which a gallop
 * finds the end of: "the incident" fails the many "the inquest ..." and
 * "the inquiry ..." phrases all at their "q". */
static size_t
run_end(size_t j, size_t hi, size_t wl, size_t told)
{
	const char *p = lex_table[j].phrase + wl;
	size_t n = told - wl, lo = j, step = 1, mid;

	while (lo + step < hi && same(lex_table[lo + step].phrase + wl, p, n)) {
		lo += step;
		step *= 2;
	}
	if (lo + step < hi)
		hi = lo + step;
	for (lo++; lo < hi; ) {
		mid = lo + (hi - lo) / 2;
		if (same(lex_table[mid].phrase + wl, p, n))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* find_range() of token i's whole word, remembered in tk->lexr, which
 * the first call clears (see token.h). */
static inline void
token_range(const struct tokens *tk, size_t i, size_t *lo, size_t *hi)
{
	uint32_t *r = tk->lexr;

	if (r == NULL) {
		r = (uint32_t *)(void *)(tk->v + tk->vcap);
		memset(r, 0xff, 2 * tk->n * sizeof(*r));
		((struct tokens *)(uintptr_t)tk)->lexr = r;
	}
	r += 2 * i;
	if (r[0] != UINT32_MAX) {
		*lo = r[0];
		*hi = r[1];
		return;
	}
	find_range(tk->lower + tk->v[i].start, tk->v[i].len, lo, hi);
	r[0] = (uint32_t)*lo;
	r[1] = (uint32_t)*hi;
}

/* Does entry j match at token i (its first off bytes, k0 words, known
 * to, as they are of every entry up to hi), and is it of kind (any when
 * kind < 0)?  Then it is added to h and *best.  *j moves on past the
 * entries that fail as it did.  Always inline: scan_word() asks it of
 * every phrase it reads, and the call cost as much as a one-word
 * phrase's answer. */
static inline __attribute__((always_inline)) void
scan_entry(const struct tokens *tk, size_t i, size_t off, size_t k0,
    int ends, size_t *j, size_t hi, int kind, struct lex_hits *h,
    size_t *cap, size_t *best, const struct lex_entry **beste)
{
	const struct lex_entry *e = &lex_table[*j];
	size_t k, told;

	if (kind >= 0 && e->kind != kind)
		return;
	/* a phrase that ends with the words known to match, most of
	 * them, needs no call (ends: it is known to) */
	if ((ends || e->phrase[off] == '\0') && e->exact == NULL)
		k = k0;
	else if ((k = match_entry(tk, i, e, off, k0, &told)) == 0) {
		/* what failed this one fails the phrases that start as
		 * it does */
		if (told > 0)
			*j = run_end(*j, hi, off, told) - 1;
		return;
	}
	if (h)
		add_hit(h, cap, i, k, e);
	if (best && k > *best) {
		*best = k;
		*beste = e;
	}
}

/*
 * Phrases at token i whose first word is the token's first wl bytes,
 * which are the entries [lo, hi), lo < hi.  Sorted by bytes, they hold
 * the one-word phrases first, then the longer ones in the order of
 * their second word.  Only two runs of those can match: the phrases
 * whose second word is the next token's word, and the phrases that end
 * with its stem when it is a possessive ("the Taliban's").  The stem's
 * run comes first, as the table orders them.  The pairs index finds the
 * first run when the hits have it, a search of [lo, hi) otherwise;
 * reading the phrases of a common first word ("the", "police") in turn
 * cost most of the scan.  Always inline: its call saved and restored
 * a dozen registers for each word that starts a phrase, a twentieth
 * of the scan.
 */
static inline __attribute__((always_inline)) void
scan_word(const struct tokens *tk, size_t i, size_t wl, size_t lo, size_t hi,
    struct lex_word *wd, int kind, struct lex_hits *h, size_t *cap,
    size_t *best, const struct lex_entry **beste)
{
	const struct token *nt;
	const char *w, *q;
	size_t j, n, end, first = lo;
	unsigned char second_lo, second_hi;
	uint32_t x;

	if (wd != NULL) {
		/* one-word phrases, none of whose strings need reading */
		for (j = lo; j < wd->multi; j++)
			scan_entry(tk, i, wl, 1, 1, &j, hi, kind, h, cap, best,
			    beste);
	} else {
		for (j = lo; j < hi && lex_table[j].phrase[wl] == '\0'; j++)
			scan_entry(tk, i, wl, 1, 0, &j, hi, kind, h, cap,
			    best, beste);
	}
	if (j == hi || i + 1 >= tk->n || tk->v[i + 1].sent != tk->v[i].sent)
		return;
	nt = &tk->v[i + 1];
	w = tk->lower + nt->start;
	/* tok_matches() reads a mark by its first byte */
	n = nt->kind == TOK_PUNCT ? 1 : nt->len;
	lo = j;
	/* Second words outside the first and last phrases' first bytes
	 * (a mark, a number, a late letter) start no run: no search. */
	second_lo = wd ? wd->second_lo :
	    (unsigned char)lex_table[lo].phrase[wl + 1];
	second_hi = wd ? wd->second_hi :
	    (unsigned char)lex_table[hi - 1].phrase[wl + 1];
	if ((unsigned char)w[0] < second_lo || (unsigned char)w[0] > second_hi)
		return;
	if (nt->kind != TOK_PUNCT && n > 2 && w[n - 2] == '\'' &&
	    w[n - 1] == 's')
		for (j = word_from(lo, hi, wl + 1, w, n - 2); j < hi; j++) {
			q = lex_table[j].phrase + wl + 1;
			if (!same(q, w, n - 2) || q[n - 2] != '\0')
				break;
			scan_entry(tk, i, wl, 1, 0, &j, hi, kind, h, cap,
			    best, beste);
		}
	/* the run's first two words match: its phrases are read on from
	 * their third */
	if (h != NULL && h->fast != NULL) {
		if (wd != NULL && !wd->runs_made)
			word_runs(h->fast, wd, first, wd->multi, hi, wl);
		x = pair_hash(first, w, n, tk->len + 1 - nt->start);
		if (wd != NULL && !(wd->pairs & pair_bit(x)))
			return;
		pair_run(h->fast, x, wl, first, hi, w, n, &j, &end);
		for (; j < end; j++)
			scan_entry(tk, i, wl + 1 + n, 2, 0, &j, end, kind, h,
			    cap, best, beste);
		return;
	}
	for (j = word_from(lo, hi, wl + 1, w, n); j < hi; j++) {
		q = lex_table[j].phrase + wl + 1;
		if (!same(q, w, n) || (q[n] != ' ' && q[n] != '\0'))
			break;
		scan_entry(tk, i, wl, 1, 0, &j, hi, kind, h, cap, best,
		    beste);
	}
}

/* Phrases at token i; a possessive ("Taliban's") also finds its stem's.
 * Always inline: lex_rescan() asks it of every word, and the registers a
 * call saves cost as much as a word that starts no phrase. */
static inline __attribute__((always_inline)) void
scan_at(const struct tokens *tk, size_t i, int kind, struct lex_hits *h,
    size_t *cap, size_t *best, const struct lex_entry **beste)
{
	const char *w = tk->lower + tk->v[i].start;
	size_t wl = tk->v[i].len, lo, hi;
	/* the lowercase text's bytes from w, with its NUL */
	size_t avail = tk->len + 1 - tk->v[i].start;
	struct lex_word *wd = NULL;

	/* A third of the words start no phrase: no call for them.  The
	 * hits lex_rescan() makes answer lex_at() while they live, so only
	 * a search without them keeps the range for the next. */
	if (h != NULL && h->fast != NULL && wl <= FAST_WORD) {
		wd = word_range(h->fast, w, wl, avail);
		lo = wd ? wd->lo : 0;
		hi = wd ? wd->hi : 0;
	} else if (h != NULL) {
		find_range(w, wl, &lo, &hi);
	} else {
		token_range(tk, i, &lo, &hi);
	}
	if (lo < hi)
		scan_word(tk, i, wl, lo, hi, wd, kind, h, cap, best, beste);
	if (wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's') {
		wd = NULL;
		if (h != NULL && h->fast != NULL && wl - 2 <= FAST_WORD) {
			wd = word_range(h->fast, w, wl - 2, avail);
			lo = wd ? wd->lo : 0;
			hi = wd ? wd->hi : 0;
		} else {
			find_range(w, wl - 2, &lo, &hi);
		}
		if (lo < hi)
			scan_word(tk, i, wl - 2, lo, hi, wd, kind, h, cap,
			    best, beste);
	}
}

/* lex_at() without the hits: scan_at() out of line, so that the common
 * answer from the hits saves no registers for it. */
static __attribute__((noinline)) void
lex_at_scan(const struct tokens *tk, size_t i, int kind, size_t *best,
    const struct lex_entry **beste)
{
	scan_at(tk, i, kind, NULL, NULL, best, beste);
}

struct lex_hits *
lex_scan(const struct tokens *tk)
{
	return lex_rescan(NULL, tk);
}

struct lex_hits *
lex_hits_renew(struct lex_hits *old, size_t nsent, size_t extra)
{
	struct lex_hits *h = old;
	struct lex_hit *v = old ? old->v : NULL;
	struct lex_fast *fast = old ? old->fast : NULL;
	size_t vcap = old ? old->vcap : 0;
	/* sent_first (and what the caller keeps after it) lives in the
	 * struct's block: one allocation, and one free */
	size_t blk = sizeof(*h) + (nsent + 1 + extra) * sizeof(*h->sent_first);

	if (h == NULL || h->blkcap < blk) {
		free(h);
		h = xreallocarray(NULL, 1, blk);
	} else {
		blk = h->blkcap;
	}
	memset(h, 0, sizeof(*h));
	h->v = v;
	h->vcap = vcap;
	h->fast = fast;
	h->blkcap = blk;
	h->sent_first = (size_t *)(void *)(h + 1);
	return h;
}

_Static_assert(LEX_NKINDS <= 32, "tok_kinds has a bit for every kind");

struct lex_hits *
lex_rescan(struct lex_hits *old, const struct tokens *tk)
{
	/* tok_first's tk->n + 1 entries, then room for tok_kinds' tk->n
	 * in whole size_t units, whatever the width of a size_t */
	/* hits renewed are renewed again: the indexes pay for
	 * themselves */
	int renewed = old != NULL;
	struct lex_hits *h = lex_hits_renew(old, tk->nsent, tk->n + 1 +
	    (tk->n * sizeof(uint32_t) + sizeof(size_t) - 1) / sizeof(size_t));
	/* a text has about one hit for every two tokens */
	size_t i, cap = tk->n / 2 + 16, s;

	if (renewed && h->fast == NULL)
		h->fast = fast_make();
	if (h->vcap < cap) {
		free(h->v);
		h->v = xreallocarray(NULL, cap, sizeof(*h->v));
	} else {
		cap = h->vcap;
	}
	h->tok_first = h->sent_first + tk->nsent + 1;
	h->tok_kinds = (uint32_t *)(void *)(h->tok_first + tk->n + 1);
	for (s = 0; s < tk->nsent; s++) {
		h->sent_first[s] = h->n;
		for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++) {
			h->tok_first[i] = h->n;
			h->tok_kinds[i] = 0;
			if (tk->v[i].kind != TOK_PUNCT)
				scan_at(tk, i, -1, h, &cap, NULL, NULL);
		}
	}
	h->sent_first[tk->nsent] = h->n;
	h->tok_first[tk->n] = h->n;
	h->vcap = cap;
	/* Every match at every token is here now, in the order scan_at()
	 * finds them: lex_at() answers from them while they live. */
	h->tk = tk;
	((struct tokens *)(uintptr_t)tk)->hits = h;
	return h;
}

void
lex_hits_free(struct lex_hits *h)
{
	if (h == NULL)
		return;
	if (h->tk != NULL && h->tk->hits == h)
		((struct tokens *)(uintptr_t)h->tk)->hits = NULL;
	free(h->v);
	fast_free(h->fast);
	free(h);
}

size_t
lex_at_read(const struct tokens *tk, size_t i, int kind,
    const struct lex_entry **e)
{
	size_t best = 0;
	const struct lex_entry *be = NULL;

	if (i >= tk->n || tk->v[i].kind == TOK_PUNCT)
		return 0;
	if (tk->hits != NULL) {
		/* The hits at token i, in scan_at()'s order, so the first
		 * longest is the one scan_at() would pick. */
		const struct lex_hits *h = tk->hits;
		size_t j;

		/* most asks are of a kind that starts no phrase there */
		if (kind < 0 || (h->tok_kinds[i] >> kind & 1))
			for (j = h->tok_first[i]; j < h->tok_first[i + 1];
			    j++) {
				const struct lex_hit *x = &h->v[j];

				if ((kind < 0 || x->e->kind == kind) &&
				    x->ntok > best) {
					best = x->ntok;
					be = x->e;
				}
			}
	} else {
		lex_at_scan(tk, i, kind, &best, &be);
	}
	if (e)
		*e = be;
	return best;
}
