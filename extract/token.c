#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "extract/text.h"
#include "extract/token.h"

static int
wordch(unsigned char c)
{
	return isalnum(c) || c >= 0x80;
}

/* Length of a non-ASCII punctuation mark at s (dashes, ellipsis, and the
 * rest of U+2000..U+206F; guillemets), or 0. */
static size_t
upunct(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 3 && u[0] == 0xe2 && (u[1] == 0x80 || u[1] == 0x81))
		return 3;
	if (n >= 2 && u[0] == 0xc2 && (u[1] == 0xab || u[1] == 0xbb ||
	    u[1] == 0xb7))
		return 2;
	return 0;
}

static void
push(struct tokens *tk, size_t *cap, size_t start, size_t len, int kind,
    uint32_t sent)
{
	struct token *t;

	if (len > UINT16_MAX)
		len = UINT16_MAX;
	if (tk->n == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		tk->v = xreallocarray(tk->v, *cap, sizeof(*tk->v));
	}
	t = &tk->v[tk->n++];
	t->start = (uint32_t)start;
	t->len = (uint16_t)len;
	t->kind = (uint8_t)kind;
	t->flags = 0;
	t->sent = sent;
}

static void
set_flags(struct tokens *tk, struct token *t)
{
	const char *s = tk->text + t->start;
	size_t i, letters = 0, upper = 0;

	if (isupper((unsigned char)s[0]))
		t->flags |= TOKF_CAP;
	for (i = 0; i < t->len; i++) {
		if (isalpha((unsigned char)s[i])) {
			letters++;
			if (isupper((unsigned char)s[i]))
				upper++;
		}
	}
	if (letters >= 2 && upper == letters)
		t->flags |= TOKF_UPPER;
	if (t->start + t->len + 1 < tk->len && s[t->len] == '-' &&
	    wordch((unsigned char)s[t->len + 1]))
		t->flags |= TOKF_HYPHEN;
}

static void
tokenize(struct tokens *tk, size_t from, size_t to, uint32_t sent,
    size_t *cap)
{
	const char *s = tk->text;
	size_t i = from, j;

	while (i < to) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || c == '-' || c == '\n') {
			i++;
			continue;
		}
		if ((j = upunct(s + i, to - i)) > 0) {
			push(tk, cap, i, j, TOK_PUNCT, sent);
			i += j;
			continue;
		}
		if (isdigit(c)) {
			j = i + 1;
			while (j < to && (isdigit((unsigned char)s[j]) ||
			    ((s[j] == ',' || s[j] == '.') && j + 1 < to &&
			    isdigit((unsigned char)s[j + 1]))))
				j++;
			/* "1990s", "12th": a word, not a count. */
			if (j < to && isalpha((unsigned char)s[j])) {
				while (j < to && wordch((unsigned char)s[j]))
					j++;
				push(tk, cap, i, j - i, TOK_WORD, sent);
			} else {
				push(tk, cap, i, j - i, TOK_NUM, sent);
			}
			i = j;
			continue;
		}
		if (wordch(c)) {
			j = i + 1;
			while (j < to && ((wordch((unsigned char)s[j]) &&
			    upunct(s + j, to - j) == 0) ||
			    (s[j] == '\'' && j + 1 < to &&
			    isalpha((unsigned char)s[j + 1]))))
				j++;
			push(tk, cap, i, j - i, TOK_WORD, sent);
			set_flags(tk, &tk->v[tk->n - 1]);
			i = j;
			continue;
		}
		if (c == '\'' ) {
			i++;
			continue;
		}
		push(tk, cap, i, 1, TOK_PUNCT, sent);
		i++;
	}
}

struct tokens *
tokens_new(const struct text *t)
{
	struct tokens *tk = xcalloc(1, sizeof(*tk));
	size_t i, cap = 0, ns = text_nsentences(t);

	tk->text = text_str(t, &tk->len);
	tk->lower = xmalloc(tk->len + 1);
	for (i = 0; i < tk->len; i++)
		tk->lower[i] = (char)tolower((unsigned char)tk->text[i]);
	tk->lower[tk->len] = '\0';
	tk->nsent = ns;
	tk->sent_first = xcalloc(ns + 1, sizeof(*tk->sent_first));
	tk->para = xcalloc(ns + 1, sizeof(*tk->para));
	for (i = 0; i < ns; i++) {
		const struct text_sentence *s = text_sentence(t, i);

		tk->sent_first[i] = tk->n;
		tk->para[i] = s->para;
		tokenize(tk, s->start, s->end, (uint32_t)i, &cap);
	}
	tk->sent_first[ns] = tk->n;
	return tk;
}

void
tokens_free(struct tokens *tk)
{
	if (tk == NULL)
		return;
	free(tk->lower);
	free(tk->v);
	free(tk->sent_first);
	free(tk->para);
	free(tk);
}

int
tok_is(const struct tokens *tk, size_t i, const char *word)
{
	const char *s;
	size_t n;

	if (i >= tk->n)
		return 0;
	s = tk->lower + tk->v[i].start;
	/* Most calls fail on the first byte; test it before strlen. */
	if (s[0] != word[0])
		return 0;
	n = strlen(word);
	return tk->v[i].len == n && memcmp(s, word, n) == 0;
}
