/*
 * Word tokens over cleaned article text (extract/text.h), with a lowercase
 * copy of the text at the same offsets so that tables compare bytes.
 * Hyphens split words ("al-Shabaab" is "al" "shabaab"); an apostrophe
 * inside a word stays in it ("people's"); digits with "," or "." between
 * them are one number ("1,200", "3.5").  The struct is visible because the
 * extractor's inner loops walk it directly.
 */
#ifndef FW_TOKEN_H
#define FW_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct text;
struct lex_hits;

enum tok_kind { TOK_WORD, TOK_NUM, TOK_PUNCT };

#define TOKF_CAP	0x01	/* starts with an uppercase letter */
#define TOKF_UPPER	0x02	/* all letters uppercase, at least two */
#define TOKF_HYPHEN	0x04	/* joined to the next token by a hyphen */

struct token {
	uint32_t start;
	uint16_t len;
	uint8_t	 kind;
	uint8_t	 flags;
	uint32_t sent;		/* sentence index in the text */
	/* The first byte in lower: tok_is() is asked millions of times
	 * and most answers are settled here without reaching the text. */
	unsigned char c0;
};

struct tokens {
	const char *text;	/* the cleaned text */
	char	*lower;		/* ASCII-lowercased copy, same offsets */
	size_t	 len;
	struct token *v;
	size_t	 n;
	size_t	*sent_first;	/* first token of each sentence; [nsent] = n */
	size_t	 nsent;
	unsigned *para;		/* paragraph of each sentence */
	/* lexicon.c's memo of each token's range of phrases: [2i] first,
	 * [2i + 1] end; first is UINT32_MAX until looked up.  A cache, so
	 * written through const pointers.  It lives in v's block, after
	 * vcap tokens, and is NULL until the first lookup without hits
	 * clears it: the hits answer lex_at() in the extractor, which
	 * never needs it. */
	uint32_t *lexr;
	/* lex_scan()'s hits while they live, so that lex_at() reads them
	 * instead of matching the lexicon again; also a cache. */
	const struct lex_hits *hits;
	/* Bytes in this struct's block and tokens v has room for, kept so
	 * that tokens_renew() can reuse both. */
	size_t	 blkcap;
	size_t	 vcap;
};

/* Three lowercase letters as one number, for a switch. */
#define TOK_LETTERS3(a, b, c) \
	((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))

/* The month whose name starts with the three bytes at w ("jan" ... "dec"
 * in lowercase), else 0. */
static inline int
tok_month3(const unsigned char *w)
{
	switch (TOK_LETTERS3(w[0], w[1], w[2])) {
	case TOK_LETTERS3('j', 'a', 'n'): return 1;
	case TOK_LETTERS3('f', 'e', 'b'): return 2;
	case TOK_LETTERS3('m', 'a', 'r'): return 3;
	case TOK_LETTERS3('a', 'p', 'r'): return 4;
	case TOK_LETTERS3('m', 'a', 'y'): return 5;
	case TOK_LETTERS3('j', 'u', 'n'): return 6;
	case TOK_LETTERS3('j', 'u', 'l'): return 7;
	case TOK_LETTERS3('a', 'u', 'g'): return 8;
	case TOK_LETTERS3('s', 'e', 'p'): return 9;
	case TOK_LETTERS3('o', 'c', 't'): return 10;
	case TOK_LETTERS3('n', 'o', 'v'): return 11;
	case TOK_LETTERS3('d', 'e', 'c'): return 12;
	default: return 0;
	}
}

/* m when word token i, of four to nine bytes, is month m's full name,
 * given that it starts as m's does; else 0. */
int tok_month_read(const struct tokens *tk, size_t i, int m);

/* 1-12 when word token i is a month's name or its first three letters,
 * capitalised ("Nov", "May"; not the verb "may"), else 0.  Inline: the
 * date readers ask it of every capitalised token of a sentence, and the
 * flags, the length and the first three letters settle nearly all
 * without a call. */
static inline int
tok_month(const struct tokens *tk, size_t i)
{
	const struct token *t = &tk->v[i];
	int m;

	/* "May" to "September", or three letters */
	if (!(t->flags & TOKF_CAP) || t->len < 3 || t->len > 9 ||
	    (m = tok_month3((const unsigned char *)tk->lower +
	    t->start)) == 0)
		return 0;
	return t->len == 3 ? m : tok_month_read(tk, i, m);
}

/* The spans tok_period_span() reads: those of a report's tally, or the
 * wider set of a running toll told in the perfect. */
#define PERIOD_REPORT	0
#define PERIOD_RUNNING	1

/* Does a span of a period start at token i, before end: "since May",
 * "this year", "in (or over, during) the past six months"?  PERIOD_REPORT
 * also reads "the first nine months", "the first half"; PERIOD_RUNNING
 * also reads "since 2023", "since late 2022", "so far this month", "so
 * far in 2024", "this decade", "to date", "in 2023", "in recent years",
 * "within the last few years".  A "since" with a conflict or its start
 * after it ("since the war began") is the caller's to read. */
int tok_period_span(const struct tokens *tk, size_t i, size_t end,
    int kind);

/* Tokenize the cleaned text; never fails. */
struct tokens *tokens_new(const struct text *t);
/* tokens_new() in the memory of old (from tokens_new() or tokens_renew(),
 * or NULL), which only grows: a caller tokenizing many texts allocates
 * almost never.  old is invalid afterwards; free the result. */
struct tokens *tokens_renew(struct tokens *old, const struct text *t);
void tokens_free(struct tokens *tk);

/* Does token i read word (lowercase) exactly?  Inline because the
 * extractor asks it millions of times per megabyte, mostly with a literal
 * word whose length the compiler knows; always, since a call costs more
 * than the first-byte test that settles most answers. */
static inline __attribute__((always_inline)) int
tok_is(const struct tokens *tk, size_t i, const char *word)
{
	size_t n;

	if (i >= tk->n || tk->v[i].c0 != (unsigned char)word[0])
		return 0;
	n = strlen(word);
	return tk->v[i].len == n &&
	    memcmp(tk->lower + tk->v[i].start, word, n) == 0;
}

/* Is token i a word in -ing of five letters or more ("being",
 * "killing"; not "sing")? */
static inline int
tok_ing(const struct tokens *tk, size_t i)
{
	const struct token *t;

	if (i >= tk->n)
		return 0;
	t = &tk->v[i];
	return t->kind == TOK_WORD && t->len > 4 &&
	    memcmp(tk->lower + t->start + t->len - 3, "ing", 3) == 0;
}

/* Does token i read one of the n words of an unsorted list? */
static inline int
tok_in_list(const struct tokens *tk, size_t i, const char *const *list,
    size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (tok_is(tk, i, list[k]))
			return 1;
	return 0;
}

/* strcmp()'s order between s[0..n) and w. */
static inline int
tok_word_cmp(const char *s, size_t n, const char *w)
{
	size_t k;

	for (k = 0; k < n; k++) {
		unsigned char a = (unsigned char)s[k], b = (unsigned char)w[k];

		if (a != b || b == '\0')
			return (int)a - (int)b;
	}
	return w[n] == '\0' ? 0 : -1;
}

/* Does s[0..n) read w?  tok_word_cmp() == 0, as the text holds no NUL;
 * where w is a constant of the code, so is its length, and the bytes
 * are compared as a few numbers. */
static inline int
tok_word_eq(const char *s, size_t n, const char *w)
{
	if (!__builtin_constant_p(strlen(w)))
		return tok_word_cmp(s, n, w) == 0;
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* One of 64 bits for x, a word's first byte or its length: the bits of
 * a list's words hold those of each of its words. */
static inline uint64_t
tok_bit(size_t x)
{
	return (uint64_t)1 << (x & 63);
}

/* tok_in_sorted() of word token i, of s[0..len), len > 0, whose first
 * byte is within the list's first and last words'. */
static inline int
tok_sorted_search(const char *s, size_t len, const char *const *list,
    size_t n)
{
	size_t k, lo = 0, hi = n;

	/* A short list is read in order, its first letters then constants
	 * of the code; a later first letter ends the reading. */
	if (n <= 8) {
#pragma GCC unroll 8
		for (k = 0; k < n; k++) {
			unsigned char b = (unsigned char)list[k][0];

			if ((unsigned char)s[0] < b)
				return 0;
			if ((unsigned char)s[0] == b &&
			    tok_word_eq(s, len, list[k]))
				return 1;
		}
		return 0;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned char a = (unsigned char)s[0];
		unsigned char b = (unsigned char)list[mid][0];
		/* the first letter settles most steps */
		int r = a != b ? (int)a - (int)b :
		    tok_word_cmp(s, len, list[mid]);

		if (r == 0)
			return 1;
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Is word token i (lowercase) one of the n words of a list sorted by
 * strcmp()?  Inline: the extractor asks it a few times for every
 * violence word; always, as only a copy inlined where the list is known
 * has the list's bits (below) as constants. */
static inline __attribute__((always_inline)) int
tok_in_sorted(const struct tokens *tk, size_t i, const char *const *list,
    size_t n)
{
	const struct token *t;
	uint64_t firsts = 0, lens = 0;
	size_t k;

	if (i >= tk->n || tk->v[i].kind != TOK_WORD || n == 0)
		return 0;
	t = &tk->v[i];
	/* Most words start with a letter outside the list's first and last
	 * words' and need no search. */
	if (t->c0 < (unsigned char)list[0][0] ||
	    t->c0 > (unsigned char)list[n - 1][0] || t->len == 0)
		return 0;
	/* The bits of the list's first bytes and lengths: where the
	 * compiler knows the list, as it does where the extractor asks,
	 * they are constants of the code, and a word whose first byte or
	 * length no word of the list has, most of those the test above
	 * lets by, is told without reading the list.  Elsewhere they are
	 * not used, and not computed. */
#pragma GCC unroll 64
	for (k = 0; k < n; k++) {
		firsts |= tok_bit((unsigned char)list[k][0]);
		lens |= tok_bit(strlen(list[k]));
	}
	if (__builtin_constant_p(firsts) && __builtin_constant_p(lens) &&
	    (!(firsts & tok_bit(t->c0)) || !(lens & tok_bit(t->len))))
		return 0;
	return tok_sorted_search(tk->lower + t->start, t->len, list, n);
}

/*
 * A sorted word list asked at nearly every word of a text, with the first
 * bytes and lengths of its words: bit n of lens[c] is set when a word of n
 * bytes starts with byte c.  Most words asked are of a length or an
 * initial no word of the list has, and need no search
 * (tok_in_wordset()).  tok_in_sorted() alone screens a literal list the
 * compiler sees with no table, but by first byte and length apart, which
 * lets more words through to the search: a list asked at nearly every
 * word is faster with the table.
 */
struct tok_wordset {
	const char *const *w;
	size_t	 n;
	uint16_t lens[256];
};

/* ws over the n sorted words of w, which must outlive it. */
void tok_wordset_init(struct tok_wordset *ws, const char *const *w,
    size_t n);

/* tok_in_sorted() over ws's list.  A token of 16 bytes or more is
 * always searched, as no bit tells its length.  Always inline: a call
 * costs more than the screen that settles most answers. */
static inline __attribute__((always_inline)) int
tok_in_wordset(const struct tokens *tk, size_t i,
    const struct tok_wordset *ws)
{
	if (i >= tk->n || (tk->v[i].len < 16 &&
	    !(ws->lens[tk->v[i].c0] >> tk->v[i].len & 1)))
		return 0;
	return tok_in_sorted(tk, i, ws->w, ws->n);
}

/* Is word token i a relative pronoun: "that", "which", "who", "whom",
 * "whose"?  Inline: the clause readers ask it of most tokens, and the
 * first byte settles nearly all. */
static inline int
tok_relative(const struct tokens *tk, size_t i)
{
	if (i >= tk->n)
		return 0;
	if (tk->v[i].c0 == 't')
		return tok_is(tk, i, "that");
	if (tk->v[i].c0 != 'w')
		return 0;
	return tok_is(tk, i, "which") || tok_is(tk, i, "who") ||
	    tok_is(tk, i, "whom") || tok_is(tk, i, "whose");
}

/* Is token i a year of four digits (1900-2100)? */
static inline int
tok_is_year(const struct tokens *tk, size_t i)
{
	long y;

	if (i >= tk->n || tk->v[i].kind != TOK_NUM || tk->v[i].len != 4)
		return 0;
	y = strtol(tk->text + tk->v[i].start, NULL, 10);
	return y >= 1900 && y <= 2100;
}

/* Does sentence s tell the event at hand: one that classify_scope() kept
 * in use[], or the headline (sentence head; -1 when there is none)? */
static inline int
sentence_told(const unsigned char *use, long head, size_t s)
{
	return use[s] || (long)s == head;
}

#endif
