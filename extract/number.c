#include "config.h"

#include <ctype.h>
#include <string.h>

#include "extract/lexicon.h"
#include "extract/number.h"
#include "extract/text.h"
#include "extract/token.h"

#define NUMBER_MAX	100000000L	/* larger figures are not casualties */

static long
numeral(const struct tokens *tk, size_t i)
{
	const char *s = tk->text + tk->v[i].start;
	size_t k, n = tk->v[i].len;
	long v = 0;

	for (k = 0; k < n; k++) {
		if (s[k] == ',')
			continue;
		if (s[k] == '.')
			return -1;	/* a decimal is never a head count */
		v = v * 10 + (s[k] - '0');
		if (v > NUMBER_MAX)
			return -1;
	}
	return v;
}

/* Number words: "twenty three", "one hundred and five", "a dozen". */
static int
words_at(const struct tokens *tk, size_t i, struct number *out)
{
	const struct lex_entry *e;
	size_t j = i, k;
	long total = 0, cur = 0;
	int any = 0;

	if (j < tk->n && (tok_is(tk, j, "a") || tok_is(tk, j, "an")) &&
	    (lex_at(tk, j + 1, LEX_NUM, &e) > 0) && e->arg == NUM_MULT)
		j++, cur = 1, any = 1;	/* "a hundred" */
	while (j < tk->n) {
		k = lex_at(tk, j, LEX_NUM, &e);
		if (k == 0) {
			if (any && tok_is(tk, j, "and") &&
			    lex_at(tk, j + 1, LEX_NUM, &e) > 0 &&
			    (e->arg == NUM_PLAIN || e->arg == NUM_TENS) &&
			    total + cur >= 100) {
				j++;
				continue;
			}
			break;
		}
		if (e->arg == NUM_VAGUE || e->arg == NUM_UNKNOWN) {
			if (any)
				break;
			out->value = e->arg == NUM_VAGUE ? e->weight : -1;
			out->at_least = e->arg == NUM_VAGUE;
			j += k;
			if (tok_is(tk, j, "of"))
				j++;
			out->ntok = j - i;
			return 1;
		}
		if (e->arg == NUM_MULT) {
			if (!any)
				cur = 1;
			cur *= e->weight;
			if (e->weight >= 1000) {
				total += cur;
				cur = 0;
			}
		} else if (e->arg == NUM_TENS) {
			if (any && cur % 100 != 0)
				break;
			cur += e->weight;
		} else {
			if (any && cur % 10 != 0)
				break;
			if (any && e->weight >= 10 && cur % 100 != 0)
				break;
			cur += e->weight;
		}
		any = 1;
		j += k;
		if (total + cur > NUMBER_MAX)
			break;
	}
	if (!any)
		return 0;
	out->value = total + cur;
	out->ntok = j - i;
	return 1;
}

/* A count at token i without a range after it. */
static int
number_one(const struct tokens *tk, size_t i, struct number *out)
{
	const struct lex_entry *e;
	size_t q;
	struct number n;

	memset(out, 0, sizeof(*out));
	out->value = -1;
	if (i >= tk->n)
		return 0;
	q = lex_at(tk, i, LEX_QUANT, &e);
	if (q > 0 && i + q < tk->n && number_at(tk, i + q, &n) &&
	    n.value >= 0) {
		*out = n;
		out->ntok += q;
		if (e->arg == QUANT_AT_LEAST)
			out->at_least = 1;
		else
			out->approx = 1;
		return 1;
	}
	if (tk->v[i].kind == TOK_NUM) {
		long v = numeral(tk, i);

		if (v < 0)
			return 0;
		out->value = v;
		out->ntok = 1;
		/* "12 dozen" and "3 million" scale the numeral. */
		if (lex_at(tk, i + 1, LEX_NUM, &e) > 0 && e->arg == NUM_MULT &&
		    v * e->weight <= NUMBER_MAX) {
			out->value = v * e->weight;
			out->ntok = 2;
		} else if (i + 1 < tk->n && tk->v[i + 1].kind == TOK_NUM &&
		    tk->v[i + 1].start == tk->v[i].start + tk->v[i].len + 1 &&
		    tk->text[tk->v[i].start + tk->v[i].len] == '-' &&
		    numeral(tk, i + 1) > v) {
			/* A range, "5-7 soldiers": at least the low end. */
			out->at_least = 1;
			out->ntok = 2;
		}
		return 1;
	}
	return words_at(tk, i, out);
}

/*
 * A range in words is at least its low end, as "5-7" is: "one to two
 * others", "between 10 and 15 people".  "from 12 to 20" is a change, not
 * a range, and is left to the caller; so is a second figure no larger
 * than the first ("2 to 1").
 */
int
number_at(const struct tokens *tk, size_t i, struct number *out)
{
	struct number m;
	size_t j;

	/* Most tokens open no count, and the rules ask at every word: a
	 * word that starts no number or quantifier phrase of the lexicon
	 * and is not "between", nor an "a" or "an" before a number word
	 * ("a hundred"), (or a punctuation mark, or no token) fails every
	 * reading below, as number_one() would, having cleared *out. */
	if (i >= tk->n || (tk->v[i].kind != TOK_NUM &&
	    lex_at(tk, i, LEX_NUM, NULL) == 0 &&
	    lex_at(tk, i, LEX_QUANT, NULL) == 0 &&
	    !((tok_is(tk, i, "a") || tok_is(tk, i, "an")) &&
	    lex_at(tk, i + 1, LEX_NUM, NULL) > 0) &&
	    !tok_is(tk, i, "between"))) {
		memset(out, 0, sizeof(*out));
		out->value = -1;
		return 0;
	}
	if (tok_is(tk, i, "between") &&
	    number_one(tk, i + 1, out) && out->value >= 0 &&
	    tok_is(tk, (j = i + 1 + out->ntok), "and") &&
	    number_one(tk, j + 1, &m) && m.value > out->value) {
		out->at_least = 1;
		out->ntok = j + 1 + m.ntok - i;
		return 1;
	}
	if (!number_one(tk, i, out))
		return 0;
	j = i + out->ntok;
	if (out->value >= 0 && tok_is(tk, j, "to") &&
	    !(i > 0 && tok_is(tk, i - 1, "from")) &&
	    number_one(tk, j + 1, &m) && m.value > out->value &&
	    !m.at_least && !m.approx) {
		out->at_least = 1;
		out->ntok += 1 + m.ntok;
	}
	return 1;
}

int
number_parse(const char *s, struct number *out)
{
	struct text *t = text_new(s, strlen(s));
	struct tokens *tk = tokens_new(t);
	int r = number_at(tk, 0, out);

	tokens_free(tk);
	text_free(t);
	return r;
}
