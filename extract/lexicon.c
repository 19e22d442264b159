#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "extract/lexicon.h"
#include "extract/token.h"

/* Range of entries whose first word is w[0..n), or lo == hi. */
static void
find_range(const char *w, size_t n, size_t *lo, size_t *hi)
{
	uint32_t h = 0x811c9dc5;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)w[i];
		h *= 0x01000193;
	}
	*lo = *hi = 0;
	for (i = h & lex_index_mask; lex_index[i].word != NULL;
	    i = (i + 1) & lex_index_mask) {
		if (lex_index[i].len == n &&
		    memcmp(lex_index[i].word, w, n) == 0) {
			*lo = lex_index[i].lo;
			*hi = lex_index[i].hi;
			return;
		}
	}
}

/* Does the token match word[0..wl)?  The phrase's last word may carry a
 * possessive "'s" in the text ("Taliban's"). */
static int
tok_matches(const struct tokens *tk, size_t i, const char *w, size_t wl,
    int last)
{
	const struct token *t = &tk->v[i];
	const char *s = tk->lower + t->start;

	if (t->kind == TOK_PUNCT)
		return wl == 1 && s[0] == w[0];
	if (t->len == wl && memcmp(s, w, wl) == 0)
		return 1;
	return last && t->len == wl + 2 && memcmp(s, w, wl) == 0 &&
	    s[wl] == '\'' && s[wl + 1] == 's';
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

/* Tokens matched by entry e at token i, or 0.  The first wl bytes of the
 * phrase (its first word) are known to match token i already. */
static size_t
match_entry(const struct tokens *tk, size_t i, const struct lex_entry *e,
    size_t wl)
{
	const char *p = e->phrase + wl;
	size_t k = 1, sent = tk->v[i].sent;

	if (*p == '\0') {
		/* A possessive token matches a one-word phrase only by its
		 * stem; the full token matched when lengths agree. */
		if (e->exact && !exact_matches(tk, i, 1, e->exact))
			return 0;
		return 1;
	}
	p++;
	while (*p) {
		size_t n = strcspn(p, " ");

		if (i + k >= tk->n || tk->v[i + k].sent != sent ||
		    !tok_matches(tk, i + k, p, n, p[n] == '\0'))
			return 0;
		k++;
		p += n;
		if (*p == ' ')
			p++;
	}
	if (e->exact && !exact_matches(tk, i, k, e->exact))
		return 0;
	return k;
}

static void
add_hit(struct lex_hits *h, size_t *cap, size_t tok, size_t ntok,
    const struct lex_entry *e)
{
	if (h->n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		h->v = xreallocarray(h->v, *cap, sizeof(*h->v));
	}
	h->v[h->n].tok = (uint32_t)tok;
	h->v[h->n].ntok = (uint16_t)ntok;
	h->v[h->n].kind = (uint16_t)e->kind;
	h->v[h->n].e = e;
	h->n++;
}

static void
scan_word(const struct tokens *tk, size_t i, size_t wl, int kind,
    struct lex_hits *h, size_t *cap, size_t *best,
    const struct lex_entry **beste)
{
	const char *w = tk->lower + tk->v[i].start;
	size_t j, k, lo, hi;

	find_range(w, wl, &lo, &hi);
	for (j = lo; j < hi; j++) {
		const struct lex_entry *e = &lex_table[j];

		if (kind >= 0 && e->kind != kind)
			continue;
		if ((k = match_entry(tk, i, e, wl)) == 0)
			continue;
		if (h)
			add_hit(h, cap, i, k, e);
		if (best && k > *best) {
			*best = k;
			*beste = e;
		}
	}
}

/* Phrases at token i; a possessive ("Taliban's") also finds its stem's. */
static void
scan_at(const struct tokens *tk, size_t i, int kind, struct lex_hits *h,
    size_t *cap, size_t *best, const struct lex_entry **beste)
{
	const char *w = tk->lower + tk->v[i].start;
	size_t wl = tk->v[i].len;

	scan_word(tk, i, wl, kind, h, cap, best, beste);
	if (wl > 2 && w[wl - 2] == '\'' && w[wl - 1] == 's')
		scan_word(tk, i, wl - 2, kind, h, cap, best, beste);
}

struct lex_hits *
lex_scan(const struct tokens *tk)
{
	struct lex_hits *h = xcalloc(1, sizeof(*h));
	size_t i, cap = 0, s = 0;

	h->sent_first = xcalloc(tk->nsent + 1, sizeof(*h->sent_first));
	for (i = 0; i < tk->n; i++) {
		while (s < tk->nsent && tk->sent_first[s] <= i)
			h->sent_first[s++] = h->n;
		if (tk->v[i].kind != TOK_PUNCT)
			scan_at(tk, i, -1, h, &cap, NULL, NULL);
	}
	while (s <= tk->nsent)
		h->sent_first[s++] = h->n;
	return h;
}

void
lex_hits_free(struct lex_hits *h)
{
	if (h == NULL)
		return;
	free(h->v);
	free(h->sent_first);
	free(h);
}

size_t
lex_at(const struct tokens *tk, size_t i, int kind,
    const struct lex_entry **e)
{
	size_t best = 0;
	const struct lex_entry *be = NULL;

	if (i >= tk->n || tk->v[i].kind == TOK_PUNCT)
		return 0;
	scan_at(tk, i, kind, NULL, NULL, &best, &be);
	if (e)
		*e = be;
	return best;
}
