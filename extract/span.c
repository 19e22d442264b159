/*
 * The clause a span of days opens ("a day after a bombing killed
 * seven"), written once for casualty counting and attack types: each
 * calls it for its own sentences (span.h).
 */
#include "config.h"

#include "extract/lexicon.h"
#include "extract/span.h"
#include "extract/token.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Words for a span of days ("a day after", "less than 48 hours after",
 * "two weeks after").  Sorted. */
static const char *const near_spans[] = {
	"day", "days", "hour", "hours", "week", "weeks",
};

/* Words that open a phrase naming what was told before: the day's own
 * attack come back ("died two days after the bombing", "hours after he
 * stabbed four people", "a day after being shot").  Sorted. */
static const char *const told_before[] = {
	"being", "he", "her", "his", "it", "its", "she", "that", "the",
	"their", "them", "these", "they", "this", "those",
};

/* Does a phrase of one of the kinds (bits of enum lex_kind) start in
 * tokens [from, to), cut at the end of the sentence of token from? */
static int
kind_in(const struct tokens *tk, size_t from, size_t to, unsigned kinds)
{
	size_t j, end;
	int kind;

	if (from >= tk->n)
		return 0;
	end = tk->sent_first[tk->v[from].sent + 1];
	for (j = from; j < to && j < end; j++)
		for (kind = 0; kinds >> kind != 0; kind++)
			if ((kinds >> kind & 1) && lex_at(tk, j, kind, NULL) > 0)
				return 1;
	return 0;
}

int
span_adds_to_toll(const struct tokens *tk, size_t from, size_t to)
{
	size_t k;

	for (k = from; k < to; k++)
		if ((tok_is(tk, k, "more") && !tok_is(tk, k + 1, "than")) ||
		    (tok_is(tk, k, "another") && !kind_in(tk, k + 1, k + 3,
		    1u << LEX_ATTACK | 1u << LEX_TYPE | 1u << LEX_ATTACKER)) ||
		    (lex_at(tk, k, LEX_ORDINAL, NULL) > 0 && kind_in(tk, k + 1,
		    k + 3, 1u << LEX_PERSON | 1u << LEX_KILL |
		    1u << LEX_INJURE)))
			return 1;
	return 0;
}

int
span_days_after(const struct tokens *tk, size_t first, size_t last,
    size_t i)
{
	if (!tok_is(tk, i, "after") || i + 1 >= last ||
	    !tok_in_sorted(tk, i - 1, near_spans, NELEM(near_spans)) ||
	    (tk->v[i + 1].kind != TOK_WORD && tk->v[i + 1].kind != TOK_NUM) ||
	    tok_in_sorted(tk, i + 1, told_before, NELEM(told_before)) ||
	    tok_ing(tk, i + 1))
		return 0;
	return !span_adds_to_toll(tk, first, i);
}

/* Does a word of killing or wounding start at token i? */
static int
harm_at(const struct tokens *tk, size_t i)
{
	return lex_at(tk, i, LEX_KILL, NULL) > 0 ||
	    lex_at(tk, i, LEX_INJURE, NULL) > 0;
}

size_t
span_clause_end(const struct tokens *tk, size_t i, size_t last)
{
	size_t z;

	for (z = i + 1; z < last; z++)
		if ((tok_is(tk, z, ",") || tok_is(tk, z, ";")) &&
		    !(z + 1 < last && tok_ing(tk, z + 1) && harm_at(tk, z + 1)))
			break;
	return z;
}
