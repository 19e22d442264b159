/*
 * Scope first: a sentence is background when it carries a cue of an
 * earlier time ("last year", "most recently", a month or year other than
 * the publication's), when it follows such a sentence in the same
 * paragraph without a cue of its own day, or when it comes after the
 * article turns to context ("the latest in a string of attacks"): wire
 * stories put the new event first and history after.
 *
 * Then detection.  Attack evidence is summed over the reporting sentences;
 * look-alike cues anywhere in the text are summed per reason.  Phrase hits
 * inside a look-alike phrase ("attack" in "heart attack") do not count as
 * attack evidence.  Text with little violent evidence is not an incident;
 * with some, the strongest look-alike reason wins only when it outweighs
 * the attack evidence.  A state military operation is told from an
 * insurgent attack on soldiers by who acts: air strikes, offensives and
 * "militants were killed" against ambushes, bombs and claims.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/casualty.h"
#include "extract/classify.h"
#include "extract/frame.h"
#include "extract/lexicon.h"
#include "extract/token.h"

static inline long
num_value(const struct tokens *tk, size_t i)
{
	if (i >= tk->n || tk->v[i].kind != TOK_NUM || tk->v[i].len > 4)
		return -1;
	return strtol(tk->text + tk->v[i].start, NULL, 10);
}

/* Does the sentence name a time other than the publication's? */
static int
other_time(const struct tokens *tk, size_t s, const struct date *pub)
{
	size_t i;

	if (pub->year == 0)
		return 0;
	for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++) {
		long y;
		int m;

		/* A later date ("released on July 5", "died in May") tells
		 * how this event ended, not of an earlier one.  A number is
		 * never a month name. */
		if (tk->v[i].kind == TOK_NUM) {
			/* a year has four digits: no strtol() for a count */
			y = tk->v[i].len == 4 ? num_value(tk, i) : -1;
			if (y >= 1900 && y <= 2100 && y < pub->year &&
			    !(y == pub->year - 1 && pub->month == 1))
				return 1;
			continue;
		}
		/* tok_month() reads only capitalised words: no call for
		 * the rest */
		if (!(tk->v[i].flags & TOKF_CAP) ||
		    (m = tok_month(tk, i)) == 0 || m >= pub->month)
			continue;
		/* "on October 30" close to a November publication is recent;
		 * "in October" or a date weeks back is not. */
		if (i > tk->sent_first[s] && (tok_is(tk, i - 1, "in") ||
		    tok_is(tk, i - 1, "late") || tok_is(tk, i - 1, "early") ||
		    tok_is(tk, i - 1, "mid") || tok_is(tk, i - 1, "since") ||
		    tok_is(tk, i - 1, "last")))
			return 1;
		{
			long d = num_value(tk, i + 1);
			int prev = (m % 12) + 1 == pub->month;

			if (d >= 1 && d <= 31 && !(prev && pub->day - 1 +
			    31 - d < 7))
				return 1;
		}
	}
	return 0;
}

/* Does sentence s anchor itself to the reported day?  A weekday after a
 * capitalised word inside the sentence names a day of the calendar
 * ("Easter Sunday", "Good Friday", "Bloody Sunday"), not the day of the
 * event ("on Sunday"); one after "ago" is the day a span is counted
 * back from. */
static int
today_told(const struct tokens *tk, const struct lex_hits *h, size_t s)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_TODAY)
			continue;
		if (x->ntok == 1 && x->tok > tk->sent_first[s] + 1 &&
		    tk->v[x->tok - 1].kind == TOK_WORD &&
		    (tk->v[x->tok - 1].flags & TOKF_CAP) &&
		    lex_at(tk, x->tok - 1, LEX_TODAY, NULL) == 0)
			continue;
		/* "ten years ago on Sunday", "a year ago today": the day
		 * the span is counted back from */
		if ((x->tok > tk->sent_first[s] &&
		    tok_is(tk, x->tok - 1, "ago")) ||
		    (x->tok > tk->sent_first[s] + 1 &&
		    tok_is(tk, x->tok - 1, "on") &&
		    tok_is(tk, x->tok - 2, "ago")))
			continue;
		return 1;
	}
	return 0;
}

/* Does sentence s open with a turn to a later event of the same day
 * ("But hours later, gunmen ...", "Later that day, ...")? */
static int
later_turn(const struct tokens *tk, size_t s)
{
	static const char *const lead[] = {
		"and", "but", "just", "only", "then",
	};
	size_t i = tk->sent_first[s], end = tk->sent_first[s + 1];

	while (i < end && tok_in_sorted(tk, i, lead,
	    sizeof(lead) / sizeof(lead[0])))
		i++;
	if (i + 1 < end && (tok_is(tk, i, "hours") ||
	    tok_is(tk, i, "minutes")) && tok_is(tk, i + 1, "later"))
		return 1;
	return i + 2 < end && tok_is(tk, i, "later") &&
	    (tok_is(tk, i + 1, "that") || tok_is(tk, i + 1, "the")) &&
	    (tok_is(tk, i + 2, "day") || tok_is(tk, i + 2, "same"));
}

/* Does sentence s open with words of nobody killed or hurt ("No one was
 * hurt", "Nobody was injured") and go on with no second main clause?
 * "No one was hurt, but last week gunmen killed four" turns at "but" (or
 * a semicolon, or ", and") to a clause of its own, whose time is its
 * own. */
static int
zero_opens(const struct tokens *tk, const struct lex_hits *h, size_t s)
{
	size_t i, k, end = tk->sent_first[s + 1];

	for (i = h->sent_first[s]; i < h->sent_first[s + 1] &&
	    h->v[i].tok == tk->sent_first[s]; i++)
		if (h->v[i].kind == LEX_ZERO)
			break;
	if (i == h->sent_first[s + 1] || h->v[i].tok != tk->sent_first[s] ||
	    h->v[i].kind != LEX_ZERO)
		return 0;
	for (k = h->v[i].tok + h->v[i].ntok; k < end; k++)
		if (tok_is(tk, k, "but") || tok_is(tk, k, ";") ||
		    (tok_is(tk, k, ",") && k + 1 < end &&
		    tok_is(tk, k + 1, "and")))
			return 0;
	return 1;
}

/* Does sentence s tell that the attack was claimed ("was claimed by
 * the TTP", "X claimed responsibility"), not that nobody did or that
 * someone is blamed, before its first words of a wider campaign? */
static int
claim_before_pivot(const struct tokens *tk, const struct lex_hits *h,
    size_t s)
{
	static const char *const neg[] = {
		"never", "no", "nobody", "none", "not", "yet",
	};
	size_t i, k, from = tk->sent_first[s];
	int claim = 0, negated;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind == LEX_PIVOT)
			return claim;
		if (x->kind != LEX_CLAIM || x->e->arg != CLAIM_CLAIM)
			continue;
		negated = 0;
		for (k = x->tok > from + 4 ? x->tok - 4 : from; k < x->tok;
		    k++)
			if (tok_in_sorted(tk, k, neg,
			    sizeof(neg) / sizeof(neg[0])) ||
			    (tk->v[k].len > 3 && memcmp(tk->lower +
			    tk->v[k].start + tk->v[k].len - 3, "n't", 3) == 0))
				negated = 1;
		if (!negated)
			claim = 1;
	}
	return 0;
}

void
classify_scope(const struct tokens *tk, const struct lex_hits *h,
    const struct date *published, long head, unsigned char *use)
{
	size_t s, first = head == 0 ? 1 : 0;
	int pivoted = 0, carry = 0, turn = 0;

	/* A lede dated back to an earlier year ("sentenced ... for a 2019
	 * raid in which six died") is the background of a story that
	 * turns to a new event hours later. */
	for (s = first + 1; s < tk->nsent && !turn; s++)
		turn = later_turn(tk, s);

	for (s = 0; s < tk->nsent; s++) {
		unsigned kinds = 0;
		size_t i;
		int past, today;

		use[s] = 1;
		if ((long)s == head)
			continue;
		if (turn && s == first && other_time(tk, s, published)) {
			use[s] = 0;
			continue;
		}
		if (s > 0 && tk->para[s] != tk->para[s - 1])
			carry = 0;
		if (pivoted) {
			use[s] = 0;
			continue;
		}
		/* the kinds of the sentence's hits, read once for the
		 * tests below */
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
			kinds |= 1u << h->v[i].kind;
		/* the lede's own "the latest in a string of killings"
		 * tells what its event belongs to, not a turn away.  A
		 * sentence that names who claimed the attack before it
		 * turns ("was claimed by the TTP, which has stepped up
		 * attacks this year") still tells of the day's event; the
		 * turn is taken from the next sentence on. */
		if (s > first && (kinds & 1u << LEX_PIVOT)) {
			pivoted = 1;
			if (!claim_before_pivot(tk, h, s))
				use[s] = 0;
			continue;
		}
		/* A sentence that names its own day is news whatever else it
		 * names, so the costlier tests of an earlier time are made
		 * only without one.  "Nobody was injured, as the clinic had
		 * closed early last week": a sentence that opens by counting
		 * nobody hurt counts the event at hand; the earlier time is
		 * its reason's. */
		today = (kinds & 1u << LEX_TODAY) && today_told(tk, h, s);
		past = !today && ((s > first && (kinds & 1u << LEX_PAST)) ||
		    other_time(tk, s, published)) &&
		    !((kinds & 1u << LEX_ZERO) && zero_opens(tk, h, s));
		/* The lede reports the news unless it names another year or
		 * month; a sentence right after a background one continues it
		 * unless it names its own day or speaks of responsibility. */
		if (past)
			use[s] = 0, carry = 1;
		else if (carry && !today && !(kinds & 1u << LEX_CLAIM))
			use[s] = 0, carry = 0;
		else
			carry = 0;
	}
}

/* ---- detection ------------------------------------------------------- */

static const char *const reason_names[LOOK_N] = {
	"medical", "cyber", "sports", "other", "memorial", "trial",
	"accident", "disaster", "other", "other", "other",
};

/* Is hit x inside a look-alike phrase of the same sentence?  Here and
 * below, hits are ordered by their first token, so the phrases that can
 * hold x all come before any that starts after it; multi has bit k set
 * when the sentence has a hit of kind k of two tokens or more, which
 * most sentences lack. */
static int
inside_look(const struct lex_hits *h, size_t s, unsigned multi,
    const struct lex_hit *x)
{
	size_t i;

	if (!(multi & 1u << LEX_LOOK))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l->tok > x->tok)
			break;
		if (l->kind == LEX_LOOK && l->ntok > 1 &&
		    x->tok + x->ntok <= l->tok + l->ntok)
			return 1;
	}
	return 0;
}

/* Is look-alike hit x a manner of words ("verbally attacked") in a
 * sentence that also tells of harm done ("and then punched ...,
 * suffering a broken nose")?  The blows, not the words, are the news. */
static int
words_then_blows(const struct tokens *tk, const struct lex_hits *h,
    size_t s, const struct lex_hit *x)
{
	size_t i;

	if (x->e->arg != LOOK_VERBAL)
		return 0;
	for (i = x->tok; i < x->tok + x->ntok; i++)
		if (tok_is(tk, i, "verbally"))
			break;
	if (i == x->tok + x->ntok)
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if ((h->v[i].kind == LEX_INJURE || h->v[i].kind == LEX_KILL) &&
		    (h->v[i].tok >= x->tok + x->ntok ||
		    h->v[i].tok + h->v[i].ntok <= x->tok))
			return 1;
	return 0;
}

/* Is hit x covered by a longer hit of the same kind? */
static inline int
covered(const struct lex_hits *h, size_t s, unsigned multi,
    const struct lex_hit *x)
{
	size_t i;

	if (!(multi & 1u << x->kind))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l->tok > x->tok)
			break;
		if (l != x && l->kind == x->kind && l->ntok > x->ntok &&
		    x->tok + x->ntok <= l->tok + l->ntok)
			return 1;
	}
	return 0;
}

/* Is look-alike hit x part of a longer phrase of another kind ("hacked"
 * in "hacked to death")?  A cue of remembering or judging only marks
 * what follows it: "tribute" in "paid tribute" stays a memorial's
 * word. */
static int
covered_other(const struct lex_hits *h, size_t s, unsigned multi,
    const struct lex_hit *x)
{
	size_t i;

	if (!(multi & ~(1u << LEX_LOOK)))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l->tok > x->tok)
			break;
		if (l->kind != LEX_LOOK && !(l->kind == LEX_FRAME &&
		    l->e->arg == FRAME_RETRO) && l->ntok > x->ntok &&
		    x->tok + x->ntok <= l->tok + l->ntok)
			return 1;
	}
	return 0;
}

/* Is animal hit x a capitalised word inside a sentence written in
 * lowercase ("outside the Red Lion", "the Tigers' coach")?  Then it is
 * part of a name, of a pub, a team or a firm, and no animal. */
static int
animal_name(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	size_t i, first = tk->sent_first[s], end = tk->sent_first[s + 1];
	size_t words = 0, lower = 0;

	if (x->e->arg != LOOK_ANIMAL || x->tok == first ||
	    !(tk->v[x->tok].flags & TOKF_CAP))
		return 0;
	for (i = first; i < end; i++)
		if (tk->v[i].kind == TOK_WORD) {
			words++;
			lower += !(tk->v[i].flags & TOKF_CAP);
		}
	return 2 * lower > words;
}

/* Is trial hit x the victim or the sequel of the violence its sentence
 * reports ("prosecutor targeted with explosive", "man charged after
 * truck rams pedestrians")?  Then it is no trial story: the charge or
 * the court official is part of the fresh attack. */
static int
trial_aside(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	static const char *const struck[] = {
		"abducted", "ambushed", "attacked", "kidnapped", "shot",
		"stabbed", "targeted", "wounded",
	};
	size_t i, z = x->tok + x->ntok;

	if (x->e->arg != LOOK_TRIAL || z >= tk->sent_first[s + 1])
		return 0;
	for (i = 0; i < sizeof(struck) / sizeof(struck[0]); i++)
		if (tok_is(tk, z, struck[i]))
			return 1;
	/* "a grenade thrown at the home of a judge": an officer of the
	 * court named after the violence of its sentence, and nothing
	 * judicial done in it, is the target */
	if (x->ntok == 1 && (tok_is(tk, x->tok, "judge") ||
	    tok_is(tk, x->tok, "prosecutor"))) {
		int violence = 0, judged = 0;

		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *v = &h->v[i];

			if (v->kind == LEX_LOOK && v != x)
				judged = 1;
			/* the violence told first, its target after: not
			 * "the judge said the attack was senseless" */
			if (v->tok < x->tok && (v->kind == LEX_WEAPON ||
			    v->kind == LEX_TYPE || (v->kind == LEX_ATTACK &&
			    v->e->weight >= 2)))
				violence = 1;
		}
		if (violence && !judged)
			return 1;
	}
	/* "a man who was jailed for theft stabbed two people": a charge
	 * or sentence in a relative clause describes the attacker */
	for (i = x->tok; i > tk->sent_first[s] && i + 4 > x->tok; i--) {
		if (tok_is(tk, i - 1, "who") || tok_is(tk, i - 1, "whom"))
			return 1;
		if (!tok_is(tk, i - 1, "was") && !tok_is(tk, i - 1, "were") &&
		    !tok_is(tk, i - 1, "had") && !tok_is(tk, i - 1, "has") &&
		    !tok_is(tk, i - 1, "been"))
			break;
	}
	/* "A man accused of stealing a motorbike was beaten to death":
	 * the charge describes the person the violence was done to */
	if (x->tok > tk->sent_first[s] &&
	    lex_at(tk, x->tok - 1, LEX_PERSON, NULL) > 0)
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *v = &h->v[i];

			if (v->tok > z && (v->kind == LEX_KILL ||
			    v->kind == LEX_INJURE) && v->e->arg == CAS_PASSIVE)
				return 1;
		}
	if (!tok_is(tk, z, "after") && !tok_is(tk, z, "over"))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];

		if (v->tok > z && (v->kind == LEX_KILL ||
		    v->kind == LEX_INJURE || v->kind == LEX_TYPE ||
		    (v->kind == LEX_ATTACK && v->e->weight >= 2)))
			return 1;
	}
	return 0;
}

struct tally {
	double	 attack, insurgent, mil, weapon_any;
	double	 look[LOOK_N];
	double	 type[TYPE_N], weapon[WEAPON_N], target[TARGET_N];
	const struct lex_hit *type_first[TYPE_N];
	int	 suicide;
	int	 suicide_attack;	/* ... told as an attack, not a death */
	int	 vip;		/* the attack aims at a prominent person */
	int	 aimed;		/* ... and the text says so ("targeting") */
	int	 struck;	/* ... named as the one killed or hurt */
	int	 police_kill;	/* police kill the militants they hunt */
};

/* Is the sentence someone's statement ("police said")?  Then a title in
 * it names the source, not the target. */
static int
attributed_speech(const struct tokens *tk, size_t s)
{
	size_t i;

	/* "Omar Said Bakari": a capitalised word inside the sentence is
	 * a name */
	for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
		if ((i == tk->sent_first[s] || !(tk->v[i].flags & TOKF_CAP)) &&
		    (tok_is(tk, i, "said") ||
		    tok_is(tk, i, "told") || tok_is(tk, i, "says") ||
		    tok_is(tk, i, "according")))
			return 1;
	return 0;
}

/* "the vehicle of Colonel X", "the house of NAME": aimed at a person. */
static int
aimed_at_named(const struct tokens *tk, size_t s)
{
	static const char *const things[] = {
		"car", "convoy", "home", "house", "motorcade", "office",
		"residence", "vehicle",
	};
	size_t i, k;

	for (i = tk->sent_first[s]; i + 2 < tk->sent_first[s + 1]; i++) {
		if (!tok_is(tk, i + 1, "of") ||
		    !(tk->v[i + 2].flags & TOKF_CAP))
			continue;
		for (k = 0; k < sizeof(things) / sizeof(things[0]); k++)
			if (tok_is(tk, i, things[k]))
				return 1;
	}
	return 0;
}

/* Does the sentence say the attack aimed at a prominent person or at
 * a named person's car or home ("targeting the vehicle of Farid
 * Bakari", "targeting a senior army officer")? */
static int
targets_person(const struct tokens *tk, size_t s)
{
	static const char *const aim[] = {
		"aimed", "target", "targeted", "targeting",
	};
	static const char *const things[] = {
		"car", "convoy", "home", "house", "motorcade", "residence",
		"vehicle",
	};
	size_t i, j, k, end = tk->sent_first[s + 1];

	for (i = tk->sent_first[s]; i < end; i++) {
		for (k = 0; k < sizeof(aim) / sizeof(aim[0]); k++)
			if (tok_is(tk, i, aim[k]))
				break;
		if (k == sizeof(aim) / sizeof(aim[0]))
			continue;
		for (j = i + 1; j < end && j < i + 8; j++) {
			if (tk->v[j].kind == TOK_PUNCT)
				break;
			if (lex_at(tk, j, LEX_VIP, NULL) > 0)
				return 1;
			for (k = 0; k < sizeof(things) / sizeof(things[0]); k++)
				if (tok_is(tk, j, things[k]) && j + 2 < end &&
				    tok_is(tk, j + 1, "of") &&
				    (tk->v[j + 2].flags & TOKF_CAP))
					return 1;
		}
	}
	return 0;
}

/* Is the prominent person at token k one of a list of victims ("eight
 * people, including a journalist and two traffic wardens, were hurt")?
 * Then the attack was not aimed at them. */
static int
listed_among(const struct tokens *tk, size_t s, size_t k)
{
	size_t i, first = tk->sent_first[s];

	for (i = k; i > first && i + 6 > k; i--) {
		const struct token *t = &tk->v[i - 1];

		if (t->kind == TOK_PUNCT && tk->lower[t->start] != ',')
			return 0;
		if (tok_is(tk, i - 1, "including") ||
		    tok_is(tk, i - 1, "among"))
			return 1;
	}
	return 0;
}

/* Is the prominent person at token k named through someone close to
 * them ("the driver of the defence minister", "the father of a judge",
 * "an adviser to the president")?  Then that person was the one
 * attacked. */
static int
relation_of(const struct tokens *tk, size_t s, size_t k)
{
	static const char *const kin[] = {
		"adviser", "advisers", "advisor", "advisors", "aid", "aide",
		"aides", "assistant", "bodyguard", "bodyguards", "brother",
		"cousin", "daughter", "daughters", "driver", "family",
		"father", "guards", "husband", "manager", "mother", "nephew",
		"relative", "relatives", "secretary", "sister", "son", "sons",
		"supporters", "wife",
	};
	size_t i, j, first = tk->sent_first[s];

	/* back over what qualifies the title: "of the Afghan Minister",
	 * "to a local administrator", "of former president" */
	for (i = k; i > first && i + 5 > k; i--) {
		if (tk->v[i - 1].kind == TOK_PUNCT)
			return 0;
		if (!tok_is(tk, i - 1, "of") && !tok_is(tk, i - 1, "to"))
			continue;
		if (i - 1 == first)
			return 0;
		for (j = 0; j < sizeof(kin) / sizeof(kin[0]); j++)
			if (tok_is(tk, i - 2, kin[j]))
				return 1;
		return 0;
	}
	return 0;
}

/* Words for the forces of order, whose fire in a report is the response
 * to an attack, not its means: "forces", "guards", "officers", "police",
 * "policemen", "soldiers", "troops". */
static inline __attribute__((always_inline)) int
tok_responder(const struct tokens *tk, size_t i)
{
	/* Asked of every word of a report, inline in its loop: most fail
	 * on the lengths (6 to 9) of the words, and the first letter leaves
	 * one or two to compare. */
	if (i >= tk->n || tk->v[i].len < 6 || tk->v[i].len > 9)
		return 0;
	switch (tk->v[i].c0) {
	case 'f':
		return tok_is(tk, i, "forces");
	case 'g':
		return tok_is(tk, i, "guards");
	case 'o':
		return tok_is(tk, i, "officers");
	case 'p':
		return tok_is(tk, i, "police") || tok_is(tk, i, "policemen");
	case 's':
		return tok_is(tk, i, "soldiers");
	case 't':
		return tok_is(tk, i, "troops");
	}
	return 0;
}

/* The same, or one of them ("by a soldier"); not before "opened fire",
 * where one officer firing on his colleagues is the attack. */
static int
tok_responder1(const struct tokens *tk, size_t i)
{
	return tok_responder(tk, i) || tok_is(tk, i, "soldier") ||
	    tok_is(tk, i, "officer") || tok_is(tk, i, "policeman") ||
	    tok_is(tk, i, "guard");
}

/* Do the forces of order fire on a protest in sentence s ("security
 * forces opened fire on demonstrators", "police fired tear gas and live
 * rounds at protesters")?  That is a state's force used on its people,
 * not an attack. */
static int
fire_on_protest(const struct tokens *tk, size_t s)
{
	static const char *const fire[] = {
		"fired", "firing", "killed", "opened", "shot",
	};
	static const char *const protest[] = {
		"demonstrators", "demonstration", "marchers", "protest",
		"protesters", "protestors", "rally", "rioters",
	};
	size_t i, j, k, first = tk->sent_first[s], end = tk->sent_first[s + 1];

	for (i = first; i + 1 < end; i++) {
		if (!tok_responder(tk, i) || (i > first &&
		    (tok_is(tk, i - 1, "on") || tok_is(tk, i - 1, "at") ||
		    tok_is(tk, i - 1, "against"))))
			continue;
		for (k = 0; k < sizeof(fire) / sizeof(fire[0]); k++)
			if (tok_is(tk, i + 1, fire[k]))
				break;
		if (k == sizeof(fire) / sizeof(fire[0]))
			continue;
		/* "police shot the gunman who killed five protesters":
		 * the attacker is who fired on the protest */
		for (j = i + 2; j < end && j < i + 16; j++) {
			if (lex_at(tk, j, LEX_ATTACKER, NULL) > 0)
				break;
			for (k = 0; k < sizeof(protest) / sizeof(protest[0]);
			    k++)
				if (tok_is(tk, j, protest[k]))
					return 1;
			/* "fired tear gas at opposition supporters": a
			 * party's crowd in the street is a protest */
			if ((tok_is(tk, j, "supporters") ||
			    tok_is(tk, j, "activists")) && (tok_is(tk, j - 1,
			    "opposition") || tok_is(tk, j - 1, "party")))
				return 1;
		}
	}
	return 0;
}

/* Does sentence s tell people killed in an "encounter" ("ten Maoists
 * were killed in an encounter with a joint team", "3 rebels killed in
 * Negros encounter", "shot dead in an encounter with police"), not one
 * with attackers ("two soldiers killed in an encounter with
 * militants")?  In South
 * Asian and Philippine news English an encounter is a gunfight that the
 * police or the army start in an operation of their own; the caller
 * counts it as one only when no attacker is seen acting first. */
static int
encounter_kill(const struct tokens *tk, const struct lex_hits *h, size_t s)
{
	size_t i, j, first = tk->sent_first[s], end = tk->sent_first[s + 1];

	if (!lex_sentence_has(h, s, LEX_KILL))
		return 0;
	for (i = first + 1; i < end; i++) {
		if (!tok_is(tk, i, "encounter") && !tok_is(tk, i, "encounters"))
			continue;
		/* "an encounter with militants": the forces were met by
		 * the attackers, whoever died; "with a joint team", "with
		 * police": the forces' */
		if (i + 1 < end && tok_is(tk, i + 1, "with")) {
			for (j = i + 2; j < end && j < i + 5; j++)
				if (lex_at(tk, j, LEX_ATTACKER, NULL) > 0)
					return 0;
			return 1;
		}
		/* "in an encounter", "in a fierce encounter", "in Negros
		 * encounter": "in", then up to two words of its kind or
		 * place */
		for (j = i; j > first && j + 4 > i; j--)
			if (tok_is(tk, j - 1, "in"))
				return 1;
	}
	return 0;
}

/* Are the forces of order the dead or the wounded of an encounter or a
 * gunfight with attackers in sentence s ("two policemen were martyred in
 * an encounter with terrorists", "three soldiers were killed in a
 * gunfight with militants")?  The token of the fight word, or -1.  The
 * forces' own operation is told by the militants it kills ("militants
 * were killed in an encounter with security forces"); police or soldiers
 * who fall to militants, gunmen or terrorists are the victims of an
 * attack, whoever fired first. */
static long
forces_fell_to_attackers(const struct tokens *tk, const struct lex_hits *h,
    size_t s)
{
	static const char *const fight[] = {
		"encounter", "encounters", "firefight", "gunbattle",
		"gunfight", "shootout",
	};
	static const char *const be[] = {
		"are", "been", "is", "was", "were",
	};
	size_t i, k, j, end = tk->sent_first[s + 1];

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];
		size_t z = v->tok + v->ntok, f, w;
		int forces = 0;

		if ((v->kind != LEX_KILL && v->kind != LEX_INJURE) ||
		    (v->e->arg != CAS_PASSIVE && !(v->e->arg == CAS_ACTIVE &&
		    v->tok > tk->sent_first[s] && tok_in_sorted(tk, v->tok - 1,
		    be, sizeof(be) / sizeof(be[0])))))
			continue;
		/* the subject: police or soldiers named just before, no
		 * attacker among them ("two militants and a soldier") */
		for (k = lex_hit_from(h, s, v->tok > 8 ? v->tok - 8 : 0);
		    k < i; k++) {
			const struct lex_hit *y = &h->v[k];

			if (y->kind == LEX_ATTACKER) {
				forces = 0;
				break;
			}
			if (y->kind == LEX_TARGET &&
			    (y->e->arg == TARGET_POLICE ||
			    y->e->arg == TARGET_MILITARY))
				forces = 1;
		}
		if (!forces)
			continue;
		/* "in an encounter with", "in a fierce gunfight with",
		 * "in a gun battle with", "in an exchange of fire with" */
		for (f = z; f < end && f < z + 5; f++)
			if (tok_in_sorted(tk, f, fight,
			    sizeof(fight) / sizeof(fight[0])) ||
			    (f + 1 < end && tok_is(tk, f, "gun") &&
			    tok_is(tk, f + 1, "battle")) ||
			    (f + 2 < end && tok_is(tk, f, "exchange") &&
			    tok_is(tk, f + 1, "of") && tok_is(tk, f + 2, "fire")))
				break;
		if (f >= end || f >= z + 5)
			continue;
		for (w = f + 1; w < end && w < f + 4; w++)
			if (tok_is(tk, w, "with"))
				break;
		if (w >= end || w >= f + 4)
			continue;
		for (j = w + 1; j < end && j < w + 4; j++)
			if (lex_at(tk, j, LEX_ATTACKER, NULL) > 0)
				return (long)f;
	}
	return -1;
}

/* Is gunfire hit x the response: "police opened fire", "shot dead by
 * security forces"? */
static int
responder_fire(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	size_t first = tk->sent_first[s], end = tk->sent_first[s + 1];
	size_t i, z = x->tok + x->ntok;

	/* "police opened fire"; but "two officers shot dead" are victims */
	if (x->tok > first && tok_responder(tk, x->tok - 1) &&
	    (tok_is(tk, x->tok, "opened") || tok_is(tk, x->tok, "fired") ||
	    tok_is(tk, x->tok, "returned")))
		return 1;
	/* "soldiers shot and killed the assailant", "police shot him",
	 * "another officer shot him dead" */
	if (x->tok > first && tok_responder1(tk, x->tok - 1) &&
	    tok_is(tk, x->tok, "shot"))
		for (i = x->tok + 1; i < end && i < x->tok + 5; i++)
			if (tok_is(tk, i, "him") || tok_is(tk, i, "her") ||
			    tok_is(tk, i, "assailant") ||
			    tok_is(tk, i, "attacker") ||
			    tok_is(tk, i, "gunman") || tok_is(tk, i, "suspect"))
				return 1;
	for (i = z; i < end && i < z + 3; i++)
		if (tok_is(tk, i, "by")) {
			if (i + 1 < end && (tok_is(tk, i + 1, "the") ||
			    tok_is(tk, i + 1, "a") ||
			    tok_is(tk, i + 1, "another")))
				i++;
			return i + 1 < end && (tok_responder1(tk, i + 1) ||
			    (i + 2 < end && tok_responder1(tk, i + 2)));
		}
	return 0;
}

/* Does the sentence tell of captives killed or hurt ("the hostages
 * were killed", "he was shot dead two days later", "their bodies were
 * found", "injured and later released", "killed shortly thereafter")
 * rather than of people killed in the raid itself?  People "abducted
 * and killed" were killed as captives: the killing is what the
 * kidnappers did with them. */
static int
captive_death(const struct tokens *tk, size_t s)
{
	static const char *const cues[] = {
		"after", "afterwards", "bodies", "body", "captive",
		"captives", "following", "found", "hostage", "hostages",
		"later", "next", "released", "rescued", "subsequently",
		"thereafter",
	};
	static const char *const seized[] = {
		"abducted", "abducting", "captured", "kidnapped",
		"kidnapping", "seized",
	};
	size_t i, k, end = tk->sent_first[s + 1];

	for (i = tk->sent_first[s]; i < end; i++) {
		for (k = 0; k < sizeof(cues) / sizeof(cues[0]); k++)
			if (tok_is(tk, i, cues[k]))
				return 1;
		if (i + 2 < end && tok_is(tk, i + 1, "and") &&
		    tok_in_sorted(tk, i, seized,
		    sizeof(seized) / sizeof(seized[0])) &&
		    lex_at(tk, i + 2, LEX_KILL, NULL) > 0)
			return 1;
	}
	return 0;
}

/* Is firing hit x the launch of a rocket, missile, mortar or drone
 * ("fired 10 rockets", "rockets were fired at", "opened fire with armed
 * drones"), or an interception ("shot down a drone"), not gunfire? */
static int
projectile_fire(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	static const char *const launched[] = {
		"drone", "drones", "missile", "missiles", "mortar", "mortars",
		"projectile", "projectiles", "rocket", "rockets", "rpg",
		"rpgs", "shell", "shells",
	};
	size_t i, j, k, z = x->tok + x->ntok;

	if (tok_is(tk, z - 1, "shot") && z < tk->sent_first[s + 1] &&
	    tok_is(tk, z, "down"))
		return 1;
	/* Only the verbs of firing; "machine guns" are guns anywhere. */
	if (!tok_is(tk, x->tok, "fired") && !tok_is(tk, x->tok, "firing") &&
	    !tok_is(tk, x->tok, "opened") && !tok_is(tk, x->tok, "open") &&
	    !tok_is(tk, x->tok, "opening"))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];
		size_t a, b;

		if (l->kind != LEX_WEAPON || l->e->arg != WEAPON_EXPLOSIVES)
			continue;
		if (l->tok >= z)
			a = z, b = l->tok;
		else if (l->tok + l->ntok <= x->tok)
			a = l->tok + l->ntok, b = x->tok;
		else
			continue;
		if (b - a > 3)
			continue;
		/* "fired mortars and opened fire": two means. */
		for (j = a; j < b; j++)
			if (tok_is(tk, j, "and") || tok_is(tk, j, "then") ||
			    tk->v[j].kind == TOK_PUNCT)
				break;
		if (j < b)
			continue;
		for (k = 0; k < sizeof(launched) / sizeof(launched[0]); k++)
			if (tok_is(tk, l->tok + l->ntok - 1, launched[k]))
				return 1;
	}
	return 0;
}

/* Were people of kind (LEX_KILL or LEX_INJURE) hurt in the raid itself,
 * i.e. does some reporting sentence tell of them without being about
 * captives? */
static int
raid_casualties(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, int kind)
{
	size_t s;

	for (s = 0; s < tk->nsent; s++)
		if (sentence_told(use, head, s) && lex_sentence_has(h, s, kind) &&
		    !captive_death(tk, s))
			return 1;
	return 0;
}

/* Is there gunfire or another armed-assault cue outside the sentences
 * about captives? */
static int
assault_beyond_captives(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head)
{
	size_t s, i;

	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
			if (h->v[i].kind == LEX_TYPE &&
			    h->v[i].e->arg == TYPE_ARMED_ASSAULT)
				break;
		if (i < h->sent_first[s + 1] && !captive_death(tk, s))
			return 1;
	}
	return 0;
}

/* Words naming criminals, sorted for tok_in_sorted(). */
static const char *const criminals[] = {
	"criminal", "criminals", "dealer", "dealers", "gang", "gangs",
	"gangster", "gangsters", "kidnapper", "kidnappers", "robber",
	"robbers", "robbery",
	"smuggler", "smugglers", "smuggling", "trafficker", "traffickers",
	"trafficking",
};

/* "several attackers were \"neutralised\"": the army's word inside a
 * passive casualty phrase tells the attackers' deaths, as "were killed"
 * does, not an operation (which "troops neutralised 14 militants"
 * names). */
static int
passive_death(const struct lex_hits *h, size_t s, const struct lex_hit *x)
{
	size_t i;

	if (x->ntok != 1 || (strcmp(x->e->phrase, "neutralised") != 0 &&
	    strcmp(x->e->phrase, "neutralized") != 0))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if (h->v[i].kind == LEX_KILL && h->v[i].e->arg == CAS_PASSIVE &&
		    h->v[i].tok < x->tok &&
		    h->v[i].tok + h->v[i].ntok == x->tok + 1)
			return 1;
	return 0;
}

/* Is the military cue x the place something was done at ("a parcel bomb
 * went off at the defence ministry")?  A ministry or a command told
 * as the setting is the target, not the agent of a strike. */
static int
mil_setting(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	static const char *const at[] = {
		"at", "inside", "into", "near", "outside",
	};
	size_t j = x->tok, first = tk->sent_first[s];

	while (j > first && (tok_is(tk, j - 1, "the") ||
	    (tk->v[j - 1].kind == TOK_WORD && (tk->v[j - 1].flags & TOKF_CAP) &&
	    j - 1 > first)))
		j--;
	return j > first && tok_in_sorted(tk, j - 1, at,
	    sizeof(at) / sizeof(at[0]));
}

/* Is the military cue x a recapture of people who escaped ("recaptured
 * some of the escapees")?  Catching prisoners freed in a raid answers
 * the raid; it takes no ground. */
static int
recapture(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	static const char *const escaped[] = {
		"convicts", "detainees", "escapees", "fugitives", "inmates",
		"prisoners",
	};
	size_t j, z = x->tok + x->ntok, end = tk->sent_first[s + 1];

	if (!tok_is(tk, x->tok, "recaptured") && !tok_is(tk, x->tok, "retook"))
		return 0;
	for (j = z; j < end && j < z + 5; j++)
		if (tok_in_sorted(tk, j, escaped,
		    sizeof(escaped) / sizeof(escaped[0])))
			return 1;
	return 0;
}

/* Are the criminals that military cue x names the subject of a violent
 * verb right after it ("armed robbers opened fire on a cash van",
 * "robbers kill a guard")?  Then they are the attackers, not the quarry
 * of policing ("police shot dead three suspected robbers"). */
static int
crime_acts(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	size_t i, z = x->tok + x->ntok;

	if (!tok_in_sorted(tk, z - 1, criminals,
	    sizeof(criminals) / sizeof(criminals[0])))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];

		if (v->tok > z)
			break;
		if (v->tok == z && (v->kind == LEX_ATTACK ||
		    (v->kind == LEX_KILL && v->e->arg == CAS_ACTIVE)))
			return 1;
	}
	return 0;
}

/* Is hit x the object of an active verb of killing (or, with injure, of
 * wounding) that ends at most four words before it, with no punctuation
 * and none of the n words of stops between? */
static int
verb_object(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x, int injure, const char *const *stops, size_t n)
{
	size_t i, j;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];
		size_t z = v->tok + v->ntok;

		if (v->tok >= x->tok)
			break;
		if ((v->kind != LEX_KILL && (!injure || v->kind != LEX_INJURE)) ||
		    v->e->arg != CAS_ACTIVE || z > x->tok || z + 4 < x->tok)
			continue;
		for (j = z; j < x->tok; j++)
			if (tk->v[j].kind == TOK_PUNCT ||
			    tok_in_list(tk, j, stops, n))
				break;
		if (j == x->tok)
			return 1;
	}
	return 0;
}

/* Are the attackers named at x the object of a killing verb a few words
 * before ("soldiers killed four suspected gunmen")?  Then they died
 * and are no evidence that anyone attacked; "killed by gunmen" names
 * the agent. */
static int
killed_object(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	static const char *const stops[] = {
		"by", "and", "who", "when", "as",
	};

	return verb_object(tk, h, s, x, 0, stops,
	    sizeof(stops) / sizeof(stops[0]));
}

/* Do the forces of order kill the attackers named at x ("police killed
 * four suspected militants in a raid", "troops have killed six
 * insurgents")?  The forces act as a state's do in an operation; the
 * dead are the ones they hunted.  2 when the police do it, 1 for other
 * forces, 0 when neither. */
static int
forces_kill(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	/* the armed groups an operation hunts, sorted; a gunman or a
	 * suspect shot by police is a crime's end */
	static const char *const hunted[] = {
		"extremists", "fighters", "guerrillas", "insurgents",
		"jihadists", "militants", "rebels", "terrorists",
	};
	size_t i, j, first = tk->sent_first[s];

	if (!tok_in_sorted(tk, x->tok + x->ntok - 1, hunted,
	    sizeof(hunted) / sizeof(hunted[0])) ||
	    !killed_object(tk, h, s, x))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];

		if (v->tok >= x->tok)
			break;
		if (v->kind != LEX_KILL || v->e->arg != CAS_ACTIVE ||
		    v->tok + v->ntok + 4 < x->tok || v->tok == first)
			continue;
		j = v->tok - 1;
		if (j > first && (tok_is(tk, j, "have") ||
		    tok_is(tk, j, "had") || tok_is(tk, j, "has")))
			j--;
		if (tok_responder1(tk, j))
			return tok_is(tk, j, "police") ||
			    tok_is(tk, j, "policemen") ||
			    tok_is(tk, j, "officers") ? 2 : 1;
	}
	return 0;
}

/* Is the prominent person of hit x the object of a verb of killing or
 * wounding just before it ("killed a member of parliament and two of his
 * bodyguards")?  Then the report names them as the one struck. */
static int
vip_struck(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	static const char *const stops[] = { "and" };

	return verb_object(tk, h, s, x, 1, stops,
	    sizeof(stops) / sizeof(stops[0]));
}

/* Is the forces' or officials' target x struck by a private person who
 * opens the sentence ("A man killed two police officers", "a teenager
 * shot a soldier")?  One who turns on the state's people attacks them,
 * whether or not the text calls them an attacker or names a weapon;
 * "a man was killed by police" and "officers were killed in a crash"
 * have no such subject. */
static int
person_strikes_forces(const struct tokens *tk, const struct lex_hits *h,
    size_t s, const struct lex_hit *x)
{
	static const char *const lead[] = {
		"a", "an", "armed", "local", "lone", "the", "young",
	};
	static const char *const people[] = {
		"boy", "driver", "farmer", "man", "motorist", "passenger",
		"prisoner", "resident", "student", "suspect", "teen",
		"teenager", "villager", "woman", "youth",
	};
	static const char *const be[] = {
		"are", "be", "been", "being", "is", "was", "were",
	};
	size_t i, j, first = tk->sent_first[s], who;

	if (x->e->arg != TARGET_POLICE && x->e->arg != TARGET_MILITARY &&
	    x->e->arg != TARGET_GOVERNMENT)
		return 0;
	for (who = first; who < x->tok && who < first + 3; who++)
		if (tk->v[who].kind != TOK_NUM && !tok_in_sorted(tk, who, lead,
		    sizeof(lead) / sizeof(lead[0])) && !(tk->v[who].len > 8 &&
		    memcmp(tk->lower + tk->v[who].start + tk->v[who].len - 8,
		    "year-old", 8) == 0))
			break;
	if (who >= x->tok || !tok_in_sorted(tk, who, people,
	    sizeof(people) / sizeof(people[0])))
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];
		size_t z = v->tok + v->ntok;

		if (v->tok <= who)
			continue;
		if (v->tok >= x->tok || v->tok > who + 6)
			return 0;
		if ((v->kind != LEX_KILL && v->kind != LEX_INJURE) ||
		    v->e->arg != CAS_ACTIVE || z > x->tok || z + 4 < x->tok ||
		    tok_in_sorted(tk, v->tok - 1, be,
		    sizeof(be) / sizeof(be[0])))
			continue;
		for (j = who + 1; j < x->tok; j++)
			if (tk->v[j].kind == TOK_PUNCT || tok_is(tk, j, "by"))
				return 0;
		return 1;
	}
	return 0;
}

/* Is the title of hit x no person: the start of a place's name ("in
 * Sheikh Zuweid", "near General Santos"), or "general" and "major" read
 * as adjectives ("the general administration office", "a major road",
 * "Al Amal General Hospital")?  A capitalised title after a word of
 * place and before a capitalised word names a town or a district. */
static int
title_in_place(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	static const char *const at[] = {
		"between", "in", "near", "outside",
	};
	static const char *const things[] = {
		"administration", "assembly", "attack", "attacks", "blow",
		"city", "election", "elections", "highway", "hospital",
		"offensive", "operation", "population", "public", "road",
		"roads", "strike",
	};
	size_t z = x->tok + x->ntok;

	if (z >= tk->sent_first[s + 1])
		return 0;
	if (x->ntok == 1 && (tok_is(tk, x->tok, "general") ||
	    tok_is(tk, x->tok, "major")) && tok_in_sorted(tk, z, things,
	    sizeof(things) / sizeof(things[0])))
		return 1;
	return x->tok > tk->sent_first[s] &&
	    (tk->v[x->tok].flags & TOKF_CAP) &&
	    tk->v[z].kind == TOK_WORD && (tk->v[z].flags & TOKF_CAP) &&
	    tok_in_sorted(tk, x->tok - 1, at, sizeof(at) / sizeof(at[0]));
}

/* Words for people set on fire: "set fire to him", "set a man on
 * fire", "burned two villagers alive".  Not one who owns what burned
 * ("a man's house", "the villagers' homes"), nor "them", which names
 * the trucks as often as their drivers. */
static int
burned_one(const struct tokens *tk, size_t i)
{
	static const char *const pron[] = {
		"her", "herself", "him", "himself",
	};
	const char *w = tk->lower + tk->v[i].start;
	size_t n = tk->v[i].len;

	if ((n >= 2 && w[n - 1] == '\'') ||
	    (n >= 3 && w[n - 2] == '\'' && w[n - 1] == 's') ||
	    (i + 1 < tk->n && tk->lower[tk->v[i].start + n] == '\''))
		return 0;
	return tok_in_sorted(tk, i, pron, sizeof(pron) / sizeof(pron[0])) ||
	    lex_at(tk, i, LEX_PERSON, NULL) > 0;
}

/* Words that may stand before the person: "to a young man", "to two
 * of the passengers". */
static int
person_lead(const struct tokens *tk, size_t i)
{
	static const char *const lead[] = {
		"a", "an", "elderly", "his", "local", "of", "one", "several",
		"the", "their", "two", "young",
	};

	return tk->v[i].kind == TOK_NUM || tok_in_sorted(tk, i, lead,
	    sizeof(lead) / sizeof(lead[0]));
}

/* Is arson hit x fire set to people ("set fire to a man", "set him on
 * fire", "burned three villagers alive") rather than to a building or a
 * car? */
static int
fire_on_person(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	size_t i, first = tk->sent_first[s], end = tk->sent_first[s + 1];
	size_t z = x->tok + x->ntok;

	/* "set fire to ...", "set alight to ..." */
	if (z < end && tok_is(tk, z, "to") && (tok_is(tk, z - 1, "fire") ||
	    tok_is(tk, z - 1, "alight") || tok_is(tk, z - 1, "ablaze"))) {
		for (i = z + 1; i < end && i < z + 5; i++) {
			if (burned_one(tk, i))
				return 1;
			if (!person_lead(tk, i))
				return 0;
		}
		return 0;
	}
	/* "set him on fire", "set a guard alight" */
	if ((x->ntok == 2 && tok_is(tk, x->tok, "on")) ||
	    (x->ntok == 1 && (tok_is(tk, x->tok, "alight") ||
	    tok_is(tk, x->tok, "ablaze")))) {
		for (i = x->tok; i > first && i + 4 > x->tok; i--) {
			if (tok_is(tk, i - 1, "set") ||
			    tok_is(tk, i - 1, "sets") ||
			    tok_is(tk, i - 1, "setting"))
				break;
			if (!burned_one(tk, i - 1) && !person_lead(tk, i - 1))
				return 0;
		}
		return i > first && i < x->tok && burned_one(tk, x->tok - 1);
	}
	/* "burned two villagers alive" */
	if (tok_is(tk, x->tok, "burned") || tok_is(tk, x->tok, "burnt"))
		for (i = z; i < end && i < z + 5; i++) {
			if (tok_is(tk, i, "alive"))
				return i > z && burned_one(tk, i - 1);
			if (!burned_one(tk, i) && !person_lead(tk, i))
				return 0;
		}
	return 0;
}

/* Are the "bombers" of hit x people, not aircraft: "suicide bombers",
 * and "the two bombers" of a text that names suicide attackers? */
static int
bombers_people(const struct tokens *tk, const struct lex_hits *h,
    const struct lex_hit *x)
{
	size_t i;

	if (x->ntok != 1 || !tok_is(tk, x->tok, "bombers"))
		return 0;
	for (i = 0; i < h->n; i++)
		if (h->v[i].kind == LEX_SUICIDE)
			return 1;
	return 0;
}

/* Does suicide hit x of sentence s tell a suicide attack?  Its phrases
 * do ("suicide bomber", "blew himself up"), and so does the bare word
 * before a word of attack or weapon ("suicide attacker", "suicide
 * blast", "suicide truck bomb"); alone it is a death by one's own hand
 * ("shot three worshippers before committing suicide"). */
static int
suicide_attack(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	static const char *const vehicles[] = {
		"bike", "car", "lorry", "motorbike", "motorcycle", "tanker",
		"truck", "van", "vehicle",
	};
	size_t i = x->tok + 1, end = tk->sent_first[s + 1];

	if (x->ntok > 1 || !tok_is(tk, x->tok, "suicide"))
		return 1;
	if (i < end && tok_in_sorted(tk, i, vehicles,
	    sizeof(vehicles) / sizeof(vehicles[0])))
		i++;
	return i < end && (lex_at(tk, i, LEX_ATTACK, NULL) > 0 ||
	    lex_at(tk, i, LEX_TYPE, NULL) > 0 ||
	    lex_at(tk, i, LEX_WEAPON, NULL) > 0 ||
	    lex_at(tk, i, LEX_ATTACKER, NULL) > 0);
}

/* Is token i "anniversary" (or "anniversary-day") right before an attack
 * word of sentence s? */
static int
anniversary_attack(const struct tokens *tk, const struct lex_hits *h,
    size_t s, size_t i)
{
	size_t j = i + 1, k;

	if (!tok_is(tk, i, "anniversary"))
		return 0;
	if (j < tk->n && tok_is(tk, j, "day"))
		j++;
	for (k = h->sent_first[s]; k < h->sent_first[s + 1]; k++)
		if (h->v[k].tok == j && h->v[k].kind == LEX_ATTACK)
			return 1;
	return 0;
}

static void
tally_sentence(const struct tokens *tk, const struct lex_hits *h, size_t s,
    int reporting, struct tally *t)
{
	size_t i;
	double sent_attack = 0;
	int vip = 0, violent = 0, struck = 0, monument = 0;
	unsigned multi = 0, kinds = 0;
	long fell;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		kinds |= 1u << h->v[i].kind;
		if (h->v[i].ntok > 1)
			multi |= 1u << h->v[i].kind;
	}
	/* forces fall only to a word of killing or wounding */
	fell = reporting && (kinds & (1u << LEX_KILL | 1u << LEX_INJURE)) ?
	    forces_fell_to_attackers(tk, h, s) : -1;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];
		const struct lex_entry *e = x->e;

		if (x->kind == LEX_LOOK) {
			/* a memorial set on fire or blown up is what the
			 * day's attack struck, not a remembering */
			if (e->arg == LOOK_MEMORIAL && frame_monument_struck(tk,
			    x->tok + x->ntok - 1, tk->sent_first[s + 1])) {
				monument = 1;
				continue;
			}
			/* "Anniversary blast rocks market": the day the
			 * attack fell on */
			if (e->arg == LOOK_MEMORIAL && x->ntok == 1 &&
			    anniversary_attack(tk, h, s, x->tok))
				continue;
			if (!covered(h, s, multi, x) &&
			    !covered_other(h, s, multi, x) &&
			    !trial_aside(tk, h, s, x) &&
			    !animal_name(tk, s, x) &&
			    !words_then_blows(tk, h, s, x))
				t->look[e->arg] += e->weight;
			continue;
		}
		if (!reporting)
			continue;
		if (inside_look(h, s, multi, x))
			continue;
		switch (x->kind) {
		case LEX_ATTACK:
			if (covered(h, s, multi, x))
				break;
			sent_attack += e->weight;
			break;
		case LEX_TYPE:
			if (covered(h, s, multi, x))
				break;
			/* the forces' fire that answers an attack is not
			 * its kind */
			if (e->arg == TYPE_ARMED_ASSAULT &&
			    (projectile_fire(tk, h, s, x) ||
			    responder_fire(tk, s, x)))
				break;
			/* fire set to people is used on them, not on
			 * property */
			if (e->arg == TYPE_FACILITY_ATTACK &&
			    fire_on_person(tk, s, x)) {
				t->type[TYPE_ARMED_ASSAULT] += e->weight;
				if (t->type_first[TYPE_ARMED_ASSAULT] == NULL)
					t->type_first[TYPE_ARMED_ASSAULT] = x;
				break;
			}
			t->type[e->arg] += e->weight;
			if (t->type_first[e->arg] == NULL)
				t->type_first[e->arg] = x;
			break;
		case LEX_WEAPON:
			if (covered(h, s, multi, x))
				break;
			if (e->arg == WEAPON_FIREARMS &&
			    (responder_fire(tk, s, x) ||
			    projectile_fire(tk, h, s, x)))
				break;
			t->weapon[e->arg] += e->weight;
			t->weapon_any += 1;
			break;
		case LEX_TARGET:
			if (covered(h, s, multi, x))
				break;
			t->target[e->arg] += e->weight;
			if (person_strikes_forces(tk, h, s, x))
				sent_attack += 2;
			break;
		case LEX_MIL:
			if (mil_setting(tk, s, x) || bombers_people(tk, h, x) ||
			    recapture(tk, s, x) || passive_death(h, s, x))
				break;
			/* "killed in an encounter" names no operation when
			 * the forces are the ones who fell to militants */
			if (fell >= 0 && x->tok <= (size_t)fell &&
			    (size_t)fell < x->tok + x->ntok)
				break;
			/* "launched a search operation and cordoned off the
			 * market": a search in which nobody is killed or hurt
			 * answers an attack; it fights nobody */
			if (strstr(e->phrase, "search") != NULL &&
			    !lex_sentence_has(h, s, LEX_KILL) &&
			    !lex_sentence_has(h, s, LEX_INJURE))
				break;
			if (crime_acts(tk, h, s, x)) {
				t->insurgent += e->weight;
				break;
			}
			t->mil += e->weight;
			break;
		case LEX_ATTACKER:
			switch (forces_kill(tk, h, s, x)) {
			case 2:
				t->police_kill = 1;
				/* FALLTHROUGH */
			case 1:
				t->mil += 2;
				break;
			}
			break;
		case LEX_INSURGENT:
			if (!covered(h, s, multi, x) && !killed_object(tk, h, s, x))
				t->insurgent += e->weight;
			break;
		case LEX_SUICIDE:
			t->suicide = 1;
			if (suicide_attack(tk, s, x))
				t->suicide_attack = 1;
			break;
		case LEX_VIP:
			if (!listed_among(tk, s, x->tok) &&
			    !relation_of(tk, s, x->tok) &&
			    !title_in_place(tk, s, x)) {
				vip = 1;
				if (vip_struck(tk, h, s, x))
					struck = 1;
			}
			break;
		case LEX_KILL:
		case LEX_INJURE:
			violent = 1;
			break;
		}
	}
	if (reporting && (sent_attack > 0 || violent) &&
	    (vip || aimed_at_named(tk, s)) && !attributed_speech(tk, s)) {
		t->vip = 1;
		if (targets_person(tk, s))
			t->aimed = 1;
		if (struck)
			t->struck = 1;
	}
	/* "blown up" and "destroyed by an explosive device" strike the
	 * monument as a bomb word would */
	if (reporting && monument && sent_attack < 3)
		sent_attack = 3;
	/* One long sentence should not outweigh a whole article. */
	t->attack += sent_attack > 8 ? 8 : sent_attack;
	/* police or soldiers who fell to militants: attackers acted */
	if (fell >= 0)
		t->insurgent += 2;
}

/* Look-alike reasons that are settings, not causes: sports, politics,
 * films and books, markets. */
static int
context_reason(int reason)
{
	return reason == LOOK_SPORTS || reason == LOOK_VERBAL ||
	    reason == LOOK_REVIEW || reason == LOOK_BENIGN;
}

/* The kind of cause a text without an attacker names: illness,
 * nature, or an accident (the default). */
static int
natural_cause(const struct tally *t)
{
	if (t->look[LOOK_MEDICAL] > t->look[LOOK_ACCIDENT] &&
	    t->look[LOOK_MEDICAL] >= t->look[LOOK_DISASTER])
		return LOOK_MEDICAL;
	if (t->look[LOOK_DISASTER] > t->look[LOOK_ACCIDENT])
		return LOOK_DISASTER;
	return LOOK_ACCIDENT;
}

static unsigned
pick(const double *score, int n, double floor, double share, int max)
{
	unsigned set = 0, pos = 0, rest;
	double top = 0;
	int i, k, count = 0;

	for (i = 0; i < n; i++) {
		if (score[i] > top)
			top = score[i];
		if (score[i] > 0)
			pos |= 1u << i;
	}
	if (top <= 0)
		return 0;
	for (k = 0; k < max; k++) {
		int best = -1;

		/* the scores above zero not yet picked, in index order */
		for (rest = pos & ~set; rest != 0; rest &= rest - 1) {
			i = __builtin_ctz(rest);
			if (best < 0 || score[i] > score[best])
				best = i;
		}
		if (best < 0 || (count > 0 && (score[best] < floor ||
		    score[best] < share * top)))
			break;
		set |= 1u << best;
		count++;
	}
	return set;
}

/* Does a reporting sentence tell of a blast: something exploding, a
 * bomb or a bomber?  Mortars and guns that assailants are armed with or
 * fire ("armed with mortars and machine guns attacked the village")
 * make an armed assault (GTD codebook), not a bombing. */
static int
blast_told(const struct tokens *tk, const unsigned char *use, long head)
{
	static const char *const blast[] = {
		"blast", "blasts", "blew", "bomb", "bomber", "bombers",
		"bombing", "bombings", "bombs", "detonated", "detonating",
		"detonation", "exploded", "explosion", "explosions", "ied",
		"ieds", "landmine", "suicide",
	};
	size_t s, i;

	/* Every word of every reporting sentence is asked: the first
	 * letters and lengths of blast[], constants to tok_in_sorted(),
	 * turn most of them away before the list is read. */
	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
			if (tok_in_sorted(tk, i, blast,
			    sizeof(blast) / sizeof(blast[0])))
				return 1;
	}
	return 0;
}

/* Does a reporting sentence tell of an exchange of gunfire ("a gun
 * battle", "exchanged fire with", "caught in the crossfire")? */
static int
gunfight_told(const struct tokens *tk, const unsigned char *use, long head)
{
	static const char *const battle[] = {
		"battle", "battles", "fight", "fights",
	};
	size_t s, i, end;

	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		end = tk->sent_first[s + 1];
		for (i = tk->sent_first[s]; i < end; i++) {
			/* every word read first below starts with "c", "e"
			 * or "g": the others are passed at once */
			if (tk->v[i].c0 != 'c' && tk->v[i].c0 != 'e' &&
			    tk->v[i].c0 != 'g')
				continue;
			if (tok_is(tk, i, "crossfire") ||
			    tok_is(tk, i, "gunbattle") ||
			    tok_is(tk, i, "gunbattles"))
				return 1;
			if (i + 1 < end && tok_is(tk, i, "gun") &&
			    tok_in_sorted(tk, i + 1, battle,
			    sizeof(battle) / sizeof(battle[0])))
				return 1;
			/* "exchange of fire", "exchanged heavy fire",
			 * "exchanging fire" */
			if ((tok_is(tk, i, "exchange") ||
			    tok_is(tk, i, "exchanged") ||
			    tok_is(tk, i, "exchanging")) && i + 1 < end &&
			    (tok_is(tk, i + 1, "fire") || (i + 2 < end &&
			    (tok_is(tk, i + 1, "of") ||
			    tok_is(tk, i + 1, "heavy")) &&
			    tok_is(tk, i + 2, "fire"))))
				return 1;
		}
	}
	return 0;
}

/* Is a state's armed force the object of blame in a reporting sentence
 * ("They blamed the federal military", "accused the army of")? */
static int
forces_blamed(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head)
{
	size_t s, i, j;

	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *x = &h->v[i];

			if (x->kind != LEX_CLAIM || x->e->arg != CLAIM_ATTRIB ||
			    x->e->weight != 2)
				continue;
			for (j = i + 1; j < h->sent_first[s + 1] &&
			    h->v[j].tok <= x->tok + x->ntok + 3; j++)
				if (h->v[j].kind == LEX_FRAME &&
				    h->v[j].e->arg == FRAME_FORCE &&
				    h->v[j].e->weight == 2)
					return 1;
		}
	}
	return 0;
}

/* Does a headline list a state's army and another side as the subject
 * of a battle ("Army, rebels clash in the north", "Troops and militants
 * battle for the town")?  Headlines drop the "between" of the lede's
 * "fighting between the army and rebels"; the comma or the "and" that
 * joins the two sides is what is left of it.  "Troops fight off an
 * attack" names one side only. */
static int
headline_sides(const struct tokens *tk, size_t s, const char *const *army,
    size_t narmy)
{
	static const char *const verb[] = {
		"battle", "battles", "clash", "clashes", "fight",
	};
	size_t i, j, first = tk->sent_first[s], end = tk->sent_first[s + 1];
	int joined;

	for (i = first + 1; i < end; i++) {
		if (!tok_in_sorted(tk, i, verb, sizeof(verb) / sizeof(verb[0])) ||
		    (i + 1 < end && (tok_is(tk, i + 1, "off") ||
		    tok_is(tk, i + 1, "to"))))
			continue;
		joined = 0;
		for (j = i; j-- > first && j + 6 > i;) {
			if (tok_is(tk, j, ",") || tok_is(tk, j, "and"))
				joined = 1;
			else if (joined && tok_in_sorted(tk, j, army, narmy))
				return 1;
		}
	}
	return 0;
}

/* Does the headline or the lede name a state's army as one side of a
 * battle ("fighting between the army and rebels", "clashes between
 * troops and militants"), with no attack told before it?  The other
 * side, named or not, is a party to a war, not an attacker of that
 * day; "militants stormed a base before fighting between the army and
 * the militants spread" tells of the attack first. */
static int
battle_sides(const struct tokens *tk, const struct lex_hits *h, long head)
{
	static const char *const battle[] = {
		"battles", "clashes", "fighting",
	};
	static const char *const army[] = {
		"armed", "army", "military", "soldiers", "troops",
	};
	size_t s, i, j, k, b, end, lede = head >= 0 ? (size_t)head + 2 : 1;

	for (s = 0; s < tk->nsent && s < lede; s++) {
		end = tk->sent_first[s + 1];
		if (head >= 0 && s <= (size_t)head && headline_sides(tk, s, army,
		    sizeof(army) / sizeof(army[0])))
			return 1;
		for (i = tk->sent_first[s]; i + 1 < end; i++) {
			if (!tok_in_sorted(tk, i, battle,
			    sizeof(battle) / sizeof(battle[0])))
				continue;
			/* "fighting broke out on Tuesday between the army
			 * and rebels": the verb and its day may stand
			 * between the battle and its sides */
			for (b = i + 1; b < end && b < i + 6 &&
			    tk->v[b].kind == TOK_WORD &&
			    !tok_is(tk, b, "between"); b++)
				;
			if (b >= end || !tok_is(tk, b, "between"))
				continue;
			for (k = h->sent_first[s]; k < h->sent_first[s + 1] &&
			    h->v[k].tok < i; k++)
				if (h->v[k].kind == LEX_ATTACK &&
				    h->v[k].e->weight >= 2)
					return 0;
			/* the army before the "and" that joins the sides */
			for (j = b + 1; j < end && j < b + 6 &&
			    !tok_is(tk, j, "and"); j++)
				if (tok_in_sorted(tk, j, army,
				    sizeof(army) / sizeof(army[0])))
					return 1;
		}
	}
	return 0;
}

/* Is something thrown at the forces of order or at their post ("threw
 * a petrol bomb at a police party", "hurled fire bombs at soldiers
 * guarding the bridge")?  Not at their vehicles. */
static int
thrown_at_forces(const struct tokens *tk, const unsigned char *use,
    long head)
{
	static const char *const thrown[] = {
		"hurled", "hurling", "lobbed", "lobbing", "threw", "throwing",
		"thrown",
	};
	static const char *const cars[] = {
		"bus", "buses", "car", "cars", "jeep", "jeeps", "truck",
		"trucks", "van", "vans", "vehicle", "vehicles",
	};
	size_t s, i, j, k, end;

	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		end = tk->sent_first[s + 1];
		for (i = tk->sent_first[s]; i < end; i++) {
			if (!tok_in_sorted(tk, i, thrown,
			    sizeof(thrown) / sizeof(thrown[0])))
				continue;
			for (j = i + 1; j < end && j < i + 8 &&
			    !tok_is(tk, j, "at"); j++)
				;
			if (j >= end || j == i + 8)
				continue;
			for (k = j + 1; k < end && k < j + 5; k++) {
				if (tk->v[k].kind == TOK_PUNCT)
					break;
				if (!tok_responder1(tk, k) &&
				    !tok_is(tk, k, "security") &&
				    !tok_is(tk, k, "army"))
					continue;
				if (k + 1 < end && tok_in_sorted(tk, k + 1,
				    cars, sizeof(cars) / sizeof(cars[0])))
					break;
				return 1;
			}
		}
	}
	return 0;
}

/* Does a reporting sentence tell of an assault after the first act:
 * "the ensuing clash", "a clash ensued", "and then attacked the
 * patrol", "detonated a bomb and stormed the base"? */
static int
second_assault(const struct tokens *tk, const unsigned char *use, long head)
{
	static const char *const assault[] = {
		"ambushed", "attacked", "raided", "stormed",
	};
	size_t s, i, end;

	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		end = tk->sent_first[s + 1];
		for (i = tk->sent_first[s]; i < end; i++) {
			if (tok_is(tk, i, "clash") || tok_is(tk, i, "clashes")) {
				if ((i > tk->sent_first[s] &&
				    tok_is(tk, i - 1, "ensuing")) ||
				    (i + 1 < end && tok_is(tk, i + 1, "ensued")))
					return 1;
				continue;
			}
			if (i == tk->sent_first[s] || (!tok_is(tk, i, "and") &&
			    !tok_is(tk, i, "then")))
				continue;
			if (i + 1 < end && tok_is(tk, i + 1, "then"))
				i++;
			if (i + 1 < end && tok_in_sorted(tk, i + 1, assault,
			    sizeof(assault) / sizeof(assault[0])))
				return 1;
		}
	}
	return 0;
}

/* Are the explosives of the reporting sentences all thrown by hand
 * (grenades, "threw an explosive device", rocket-propelled grenades)?
 * The GTD codebook counts such explosives, used together with guns,
 * as part of an armed assault rather than a bombing. */
static int
thrown_explosives(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head)
{
	static const char *const neutral[] = {
		"blast", "blasts", "detonated", "explosion", "explosions",
		"exploded", "explosive", "explosives", "explosive device",
		"explosive devices",
	};
	size_t s, i, j, k;
	int thrown = 0;

	for (s = 0; s < tk->nsent; s++) {
		if (!sentence_told(use, head, s))
			continue;
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *l = &h->v[i];
			const char *p = l->e->phrase;
			size_t z = l->tok + l->ntok;

			if (l->kind == LEX_SUICIDE)
				return 0;
			if (l->kind != LEX_WEAPON ||
			    l->e->arg != WEAPON_EXPLOSIVES)
				continue;
			if (strncmp(p, "grenade", 7) == 0 ||
			    strcmp(p, "rpg") == 0 ||
			    (z < tk->sent_first[s + 1] &&
			    tok_is(tk, z, "propelled"))) {
				/* "rocket-propelled grenade" */
				thrown = 1;
				continue;
			}
			for (k = 0; k < sizeof(neutral) / sizeof(neutral[0]);
			    k++)
				if (strcmp(p, neutral[k]) == 0)
					break;
			if (k == sizeof(neutral) / sizeof(neutral[0]))
				return 0;
			/* "threw an explosive device", "explosives were
			 * hurled" */
			for (j = l->tok > tk->sent_first[s] + 4 ?
			    l->tok - 4 : tk->sent_first[s];
			    j < z + 3 && j < tk->sent_first[s + 1]; j++)
				if (tok_is(tk, j, "threw") ||
				    tok_is(tk, j, "thrown") ||
				    tok_is(tk, j, "throwing") ||
				    tok_is(tk, j, "hurled") ||
				    tok_is(tk, j, "lobbed"))
					thrown = 1;
		}
	}
	return thrown;
}

/* Is the number pair at i a score ("31-12")? */
static inline int
score_at(const struct tokens *tk, size_t i, size_t end)
{
	long a, b;

	/* Asked of every token: the tests of kind and place settle most
	 * before strtol() is called. */
	if (i + 1 >= end || tk->v[i].kind != TOK_NUM ||
	    tk->v[i + 1].kind != TOK_NUM ||
	    tk->v[i + 1].start != tk->v[i].start + tk->v[i].len + 1 ||
	    tk->text[tk->v[i].start + tk->v[i].len] != '-')
		return 0;
	a = num_value(tk, i);
	b = num_value(tk, i + 1);
	return a >= 0 && a <= 200 && b >= 0 && b <= 200;
}

/* Does sentence s give a match result: a score after a word of winning
 * or losing ("won 31-12", "beat them 3-1"), a run of set scores
 * ("6-2, 6-1"), or a winning margin ("by 90 points", "by 6 wickets")?
 * Violence words around it are the game's. */
static int
match_score(const struct tokens *tk, size_t s)
{
	static const char *const result[] = {
		"beat", "beating", "crushed", "crushing", "defeat",
		"defeated", "drew", "edged", "lost", "losing", "thrashed",
		"victory", "win", "winning", "wins", "won",
	};
	static const char *const margin[] = {
		"goals", "points", "runs", "strokes", "wickets",
	};
	static const char *const after_score[] = {
		"defeat", "draw", "home", "lead", "loss", "thrashing", "triumph",
		"victory", "win",
	};
	size_t i, j, k, num, first = tk->sent_first[s];
	size_t end = tk->sent_first[s + 1];

	/* A margin and a score start at a number: most sentences have few,
	 * and the loops start at the first. */
	for (num = first; num < end && tk->v[num].kind != TOK_NUM; num++)
		;
	for (i = num > first ? num - 1 : first; i + 2 < end; i++)
		if (tok_is(tk, i, "by") && num_value(tk, i + 1) >= 0 &&
		    tok_in_sorted(tk, i + 2, margin,
		    sizeof(margin) / sizeof(margin[0])))
			return 1;
	for (i = num; i + 1 < end; i++) {
		if (!score_at(tk, i, end))
			continue;
		if (i + 4 < end && tok_is(tk, i + 2, ",") &&
		    score_at(tk, i + 3, end))
			return 1;
		/* "a 2-1 win", "a 3-0 lead": the result after its score */
		if (i + 2 < end && tok_in_sorted(tk, i + 2, after_score,
		    sizeof(after_score) / sizeof(after_score[0])))
			return 1;
		/* "Arsenal 3-0 Newcastle": a live score between two sides */
		if (i > first && i + 2 < end &&
		    tk->v[i - 1].kind == TOK_WORD &&
		    (tk->v[i - 1].flags & TOKF_CAP) &&
		    tk->v[i + 2].kind == TOK_WORD &&
		    (tk->v[i + 2].flags & TOKF_CAP))
			return 1;
		for (j = i > first + 3 ? i - 3 : first; j < i; j++)
			for (k = 0; k < sizeof(result) / sizeof(result[0]); k++)
				if (tok_is(tk, j, result[k]))
					return 1;
	}
	return 0;
}

/* Does sentence s move after attackers acted ("Oil prices rose 2% on
 * Monday after militants blew up a pipeline")?  "Attacks fell 40% after
 * patrols began" and "sales rose 12% after several mass shootings" tell
 * of nobody acting. */
static int
after_act(const struct tokens *tk, const struct lex_hits *fh, size_t s)
{
	size_t i, after = (size_t)-1, agent = (size_t)-1;

	for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
		if (tok_is(tk, i, "after")) {
			after = i;
			break;
		}
	if (after == (size_t)-1)
		return 0;
	for (i = fh->sent_first[s]; i < fh->sent_first[s + 1]; i++) {
		if (fh->v[i].tok <= after)
			continue;
		if (fh->v[i].kind == LEX_ATTACKER && agent == (size_t)-1)
			agent = fh->v[i].tok;
		if (agent != (size_t)-1 && fh->v[i].tok > agent &&
		    ((fh->v[i].kind == LEX_ATTACK &&
		    fh->v[i].e->weight >= 2) || fh->v[i].kind == LEX_TYPE))
			return 1;
	}
	return 0;
}

/* Does sentence s tell how a count changed ("the number of attacks fell
 * to 58 from 120")? */
static int
count_change(const struct tokens *tk, size_t s)
{
	static const char *const change[] = {
		"climbed", "declined", "decreased", "doubled", "dropped",
		"fell", "halved", "increased", "rose", "tripled",
	};
	size_t i, first = tk->sent_first[s], end = tk->sent_first[s + 1];
	int number = 0;

	for (i = first; i + 1 < end; i++) {
		if (tok_is(tk, i, "number") && tok_is(tk, i + 1, "of"))
			number = 1;
		else if (number && tok_in_sorted(tk, i, change,
		    sizeof(change) / sizeof(change[0])))
			return 1;
	}
	return 0;
}

/* Are all the claims of the text inside the counts it compares ("the
 * number of attacks claimed by the group has doubled")?  Such a claim
 * is what is counted, not a claim of an attack of the day. */
static int
claims_counted(const struct tokens *tk, const struct lex_hits *h)
{
	size_t i, j;
	int any = 0;

	for (i = 0; i < h->n; i++) {
		const struct lex_hit *x = &h->v[i];
		size_t s = tk->v[x->tok].sent, first = tk->sent_first[s];

		if (x->kind != LEX_CLAIM)
			continue;
		if (!count_change(tk, s))
			return 0;
		/* "the number of attacks claimed": the count's noun
		 * phrase runs up to the claim */
		for (j = x->tok; j > first + 1 && j + 4 > x->tok; j--)
			if (tok_is(tk, j - 2, "number") &&
			    tok_is(tk, j - 1, "of"))
				break;
		if (!(j > first + 1 && j + 4 > x->tok))
			return 0;
		any = 1;
	}
	return any;
}

/* Is token i a change told as a share ("fell by a third")?  "By half"
 * is left out: "by half-time" is a match's clock. */
static int
share_at(const struct tokens *tk, size_t i)
{
	static const char *const share[] = {
		"fifth", "quarter", "third",
	};

	if (!tok_is(tk, i, "by") || i + 2 >= tk->n)
		return 0;
	return tok_is(tk, i + 1, "a") &&
	    tok_in_sorted(tk, i + 2, share, sizeof(share) / sizeof(share[0]));
}

/* Is token i a rate: "%", "percent", "per cent" or a share? */
static int
rate_at(const struct tokens *tk, size_t i)
{
	return tok_is(tk, i, "%") || tok_is(tk, i, "percent") ||
	    (tok_is(tk, i, "per") && i + 1 < tk->n &&
	    tok_is(tk, i + 1, "cent")) || share_at(tk, i);
}

/* Does the lede give a rate ("up 4%", "fell by 15 percent", "fell by a
 * third", "the number of attacks fell to 58")?  Counts
 * over a period compared in percent are statistics, not the report of
 * one attack. */
static long
rate_told(const struct tokens *tk, long head)
{
	size_t s, i, lede = 3 + (head >= 0 ? 1 : 0);

	for (s = 0; s < tk->nsent && s < lede; s++) {
		for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
			if (rate_at(tk, i))
				return (long)s;
		if (count_change(tk, s))
			return (long)s;
	}
	return -1;
}

/* The sentence that holds text offset off: the last one to start at or
 * before it, else 0 (also when there is none: callers check nsent). */
static size_t
sent_at(const struct tokens *tk, size_t off)
{
	size_t s;

	for (s = 0; s + 1 < tk->nsent && tk->sent_first[s + 1] < tk->n &&
	    tk->v[tk->sent_first[s + 1]].start <= off; s++)
		;
	return s;
}

/* "At least 1,200 people have been killed in attacks since January, a
 * rights group says in a report released on Monday": a toll that a
 * report counts over a period ("since January", "this year", "in the
 * first nine months of the year") is the period's, not one attack's.  It must be the first casualty the body
 * tells: a killing of the day before it ("killed 12 on Sunday,
 * bringing to 1,200 the number killed since January") is an attack's
 * toll the report only adds up. */
static int
report_period_toll(const struct tokens *tk, const struct lex_hits *h,
    const struct casualty *cas, long head)
{
	static const char *const docs[] = {
		"data", "figures", "report", "study", "survey", "tally",
	};
	static const char *const many[] = {
		"attacks", "bombings", "clashes", "killings", "raids",
		"shootings", "violence",
	};
	size_t s, i, ev, end = 0, sent_end;
	int period = 0, doc = 0, plural = 0;

	if (cas->killed <= 0)
		return 0;
	ev = cas->killed_ev[0];
	s = sent_at(tk, ev);
	if (s >= tk->nsent || (head >= 0 && s <= (size_t)head))
		return 0;
	sent_end = tk->sent_first[s + 1];
	/* the period follows the toll, right after it or after the
	 * attacks in the plural it sums ("killed in attacks by gunmen
	 * since January"); "the deadliest attack this year" ranks one */
	for (i = tk->sent_first[s]; i < sent_end; i++) {
		if (tok_in_sorted(tk, i, docs, sizeof(docs) / sizeof(docs[0])))
			doc = 1;
		if (tk->v[i].start < cas->killed_ev[1])
			continue;
		if (end == 0)
			end = i;
		if (tok_in_sorted(tk, i, many, sizeof(many) / sizeof(many[0])))
			plural = 1;
		if (tok_period_span(tk, i, sent_end, PERIOD_REPORT) &&
		    (plural || i < end + 2) && period == 0)
			period = (int)(i - tk->sent_first[s]) + 1;
	}
	if (!period || !doc)
		return 0;
	/* a day named before the period is the day of a killing the
	 * toll then adds to ("killed 12 on Sunday, bringing to 1,200 the
	 * number killed since January") */
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if (h->v[i].kind == LEX_TODAY && h->v[i].tok <
		    tk->sent_first[s] + (size_t)period - 1)
			return 0;
	for (i = 0; i < h->n; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_KILL && x->kind != LEX_INJURE)
			continue;
		if (tk->v[x->tok].start >= ev)
			break;
		if (head < 0 || tk->v[x->tok].sent > (size_t)head)
			return 0;
	}
	return 1;
}

/* Does a document count in tokens first..end-1 ("the report counted",
 * "the index recorded", "figures documented")? */
static int
document_counts(const struct tokens *tk, size_t first, size_t end)
{
	static const char *const docs[] = {
		"data", "database", "figures", "index", "report", "statistics",
		"study", "survey", "tally",
	};
	static const char *const counts[] = {
		"counted", "documented", "logged", "recorded", "registered",
		"tallied",
	};
	size_t i, j;

	for (i = first + 1; i < end; i++) {
		if (!tok_in_sorted(tk, i, counts,
		    sizeof(counts) / sizeof(counts[0])))
			continue;
		for (j = i; j > first && j + 3 > i; j--)
			if (tok_in_sorted(tk, j - 1, docs,
			    sizeof(docs) / sizeof(docs[0])))
				return 1;
	}
	return 0;
}

/* "recorded 6,210 violent deaths in 2025, down 12 percent from the
 * previous year": a count over a named year, compared up or down in a
 * rate, is that year's tally whatever day it is announced on.  ev: the
 * end of the count's evidence in the sentence of tokens first..end-1. */
static int
year_compared(const struct tokens *tk, size_t first, size_t end, size_t ev)
{
	size_t i, k;

	for (i = first; i < end && tk->v[i].start < ev; i++)
		;
	for (k = i; k < end && k < i + 3; k++)
		if (tok_is(tk, k, "in") && k + 1 < end &&
		    tok_is_year(tk, k + 1))
			break;
	if (k >= end || k >= i + 3)
		return 0;
	for (k += 2; k + 2 < end; k++)
		if ((tok_is(tk, k, "up") || tok_is(tk, k, "down")) &&
		    num_value(tk, k + 1) >= 0 && rate_at(tk, k + 2))
			return 1;
	return 0;
}

/* "Knife crime fell by 8% in the year to June, with 262 people killed
 * in stabbings": the dead and hurt counted after a rate, in its
 * sentence, which names a period and no day, are the period's tally,
 * not the toll of an attack. */
static int
period_tally(const struct tokens *tk, const struct lex_hits *h,
    const struct casualty *cas)
{
	static const char *const periods[] = {
		"annual", "decade", "month", "months", "quarter", "year",
		"years",
	};
	size_t s, i, first, end, from, hi;
	size_t ev = cas->killed > 0 ? cas->killed_ev[1] : cas->injured_ev[1];
	int period = 0, with;

	s = sent_at(tk, ev);
	if (s < tk->nsent && year_compared(tk, tk->sent_first[s],
	    tk->sent_first[s + 1], ev))
		return 1;
	if (s >= tk->nsent || lex_sentence_has(h, s, LEX_TODAY))
		return 0;
	first = tk->sent_first[s];
	end = tk->sent_first[s + 1];
	/* "The report counted more than 6,000 people killed in terror
	 * attacks": the dead a document counts are its tally */
	if (document_counts(tk, first, end))
		return 1;
	for (i = first, from = end; i < end; i++) {
		if (from == end && rate_at(tk, i))
			from = i;
		if (tok_in_sorted(tk, i, periods,
		    sizeof(periods) / sizeof(periods[0])))
			period = 1;
	}
	if (from == end || !period)
		return 0;
	/* "output fell 3% in the quarter; a gunman shot two people": a
	 * digest's next item, its attacker acting.  The tally hangs on
	 * the rate by "with" ("..., with 262 people killed"); "and two
	 * people were killed when a bomb exploded" tells an event. */
	for (i = from, with = 0; i < end; i++) {
		if (tok_is(tk, i, ";") || lex_at(tk, i, LEX_ATTACKER, NULL) > 0)
			return 0;
		if (tok_is(tk, i, "with") && tk->v[i].start < ev)
			with = 1;
	}
	if (!with)
		return 0;
	/* an evidence span may open with the sentence's subject: its end
	 * is the casualty word */
	hi = end < tk->n ? tk->v[end].start : tk->len;
	if (cas->killed > 0 && !(cas->killed_ev[1] > tk->v[from].start &&
	    cas->killed_ev[1] <= hi))
		return 0;
	if (cas->injured > 0 && !(cas->injured_ev[1] > tk->v[from].start &&
	    cas->injured_ev[1] <= hi))
		return 0;
	return 1;
}

/* Does the text name criminals ("suspected armed robbers", "gang
 * members", "drug traffickers") and neither the fighters nor the armies
 * of a war?  Police force used on them is policing, not a military
 * operation. */
static int
crime_told(const struct tokens *tk)
{
	static const char *const war[] = {
		"army", "extremist", "extremists", "guerrilla", "guerrillas",
		"insurgent", "insurgents", "jihadist", "jihadists", "militant",
		"militants", "military", "rebel", "rebels", "separatist",
		"separatists", "soldiers", "terrorist", "terrorists", "troops",
	};
	size_t i, k;
	int crime = 0;

	for (i = 0; i < tk->n; i++) {
		/* "the state military police": a police force, which
		 * several countries call military */
		if (tok_is(tk, i, "military") && i + 1 < tk->n &&
		    tok_is(tk, i + 1, "police"))
			continue;
		for (k = 0; k < sizeof(war) / sizeof(war[0]); k++)
			if (tok_is(tk, i, war[k]))
				return 0;
		for (k = 0; k < sizeof(criminals) / sizeof(criminals[0]); k++)
			if (tok_is(tk, i, criminals[k]))
				crime = 1;
	}
	return crime;
}

/* Does an animal do the harm ("bitten by a shark", "mauled", "killed by
 * a crocodile")?  Words only animals do, or an animal as the agent, so
 * that a crash to avoid a dog stays a crash. */
static int
animal_acts(const struct tokens *tk)
{
	static const char *const acts[] = {
		"bit", "bites", "bitten", "gored", "mauled", "mauling",
		"stung", "trampled",
	};
	static const char *const harmed[] = {
		"attacked", "dragged", "injured", "killed", "savaged",
	};
	const struct lex_entry *e;
	size_t i, j;

	for (i = 0; i < tk->n; i++) {
		if (tok_in_sorted(tk, i, acts, sizeof(acts) / sizeof(acts[0])))
			return 1;
		/* "was killed by a saltwater crocodile": the animal is
		 * the agent */
		if (!tok_is(tk, i, "by") || i == 0 || !tok_in_sorted(tk, i - 1,
		    harmed, sizeof(harmed) / sizeof(harmed[0])))
			continue;
		for (j = i + 1; j < tk->n && j < i + 4; j++)
			if (lex_at(tk, j, LEX_LOOK, &e) > 0 &&
			    e->arg == LOOK_ANIMAL)
				return 1;
	}
	return 0;
}

/* Are the animals of an animal look-alike only where it happened ("a
 * keeper was stabbed near the elephant house")?  A blade was used on
 * someone and no animal is said to bite, maul or gore. */
static int
animal_setting(const struct tokens *tk, const struct tally *t,
    const struct frames *fr, int reason)
{
	return reason == LOOK_ANIMAL && fr->strong > 0 &&
	    t->weapon[WEAPON_MELEE] > 0 && !animal_acts(tk);
}

/* Is the headline about the remembering ("City marks ten years since
 * shooting", "Bombing: city pauses nine years on"), naming nobody killed,
 * hurt or attacking?  Then the attack the text retells, attackers and
 * all, is the one remembered.  One that tells of an attack outside what
 * it remembers ("Mourners attacked at anniversary ceremony") reports a
 * new one; fh holds the hits read as violence happening. */
static int
memorial_head(const struct lex_hits *h, const struct lex_hits *fh,
    long head)
{
	size_t i;
	int look = 0;

	if (head < 0)
		return 0;
	for (i = fh->sent_first[head]; i < fh->sent_first[head + 1]; i++)
		if (fh->v[i].kind == LEX_ATTACK && fh->v[i].e->weight >= 2)
			return 0;
	for (i = h->sent_first[head]; i < h->sent_first[head + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind == LEX_KILL || x->kind == LEX_INJURE ||
		    x->kind == LEX_ATTACKER)
			return 0;
		if (x->kind == LEX_LOOK && x->e->arg == LOOK_MEMORIAL)
			look = 1;
	}
	return look;
}

/* Does the headline tell of people killed or hurt, in a verb read as
 * harm happening ("Officer stabbed at rally", "Gunmen kill five"),
 * before any look-alike word?  "Court awards compensation to family of
 * man lynched" is about the court. */
static int
head_harm(const struct lex_hits *fh, long head)
{
	size_t i;

	if (head < 0)
		return 0;
	for (i = fh->sent_first[head]; i < fh->sent_first[head + 1]; i++) {
		if (fh->v[i].kind == LEX_LOOK)
			return 0;
		if ((fh->v[i].kind == LEX_KILL ||
		    fh->v[i].kind == LEX_INJURE) &&
		    fh->v[i].e->arg != CAS_NOUN)
			return 1;
	}
	return 0;
}

/* Tokens [*from, *to) of sentence s that tell of an earlier event the
 * sentence's own attack is set against: from after the first attack
 * word kept as today's to the last one read as remembered ("a device
 * went off among mourners gathered to mark the anniversary of a 2019
 * siege, killing nine").  Empty when no such pair is found. */
static void
remembered_span(const struct lex_hits *h, const struct lex_hits *fh,
    size_t s, size_t *from, size_t *to)
{
	size_t i, j, kept = (size_t)-1;

	*from = *to = 0;
	for (i = fh->sent_first[s]; i < fh->sent_first[s + 1]; i++)
		if (fh->v[i].kind == LEX_ATTACK) {
			kept = fh->v[i].tok;
			break;
		}
	if (kept == (size_t)-1)
		return;
	/* one sentence's hits: few */
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_ATTACK || x->tok <= kept)
			continue;
		for (j = fh->sent_first[s]; j < fh->sent_first[s + 1]; j++)
			if (fh->v[j].tok == x->tok && fh->v[j].e == x->e)
				break;
		if (j < fh->sent_first[s + 1])
			continue;
		*from = kept + 1;
		*to = x->tok + x->ntok;
	}
}

/* Are the words of the courts in sentence s only the scene of its
 * violence and the people in it ("opened fire in a courtroom, wounding
 * a judge", "a device exploded in the court premises, injuring two
 * lawyers", "a defendant grabbed a guard's gun and opened fire")?  They
 * are when each is a court, a courtroom or one of its people, named
 * after a violence word or as the subject that does it, and the
 * sentence names no act of justice (a charge, a trial, a verdict):
 * then harm told with its day is news of that day.  "A court on Monday
 * convicted the man who killed three" judges; "A court ordered his
 * release after a knife attack" names the court before the violence. */
static int
court_scene(const struct tokens *tk, const struct lex_hits *h, size_t s)
{
	static const char *const places[] = {
		"court", "courthouse", "courtroom", "courts", "defendant",
		"defendants", "judge", "judges", "prosecutor",
	};
	size_t i, j, k, first = tk->sent_first[s];
	size_t violence = (size_t)-1;
	int any = 0, accused_acts;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if ((x->kind == LEX_ATTACK && x->e->weight >= 2) ||
		    x->kind == LEX_WEAPON || x->kind == LEX_TYPE) {
			if (violence == (size_t)-1)
				violence = x->tok;
			continue;
		}
		if (x->kind != LEX_LOOK || x->e->arg != LOOK_TRIAL)
			continue;
		if (x->ntok != 1 || !tok_in_sorted(tk, x->tok, places,
		    sizeof(places) / sizeof(places[0])))
			return 0;
		/* the accused as the subject that acts ("A defendant
		 * opened fire"), after a dateline of capitalised words
		 * ("SANTIAGO - A defendant ..."); "A court ordered" is
		 * the court's own act */
		j = x->tok;
		if (j > first && (tok_is(tk, j - 1, "a") ||
		    tok_is(tk, j - 1, "the")))
			j--;
		for (k = first; k < j; k++)
			if (tk->v[k].kind == TOK_WORD &&
			    !(tk->v[k].flags & TOKF_CAP))
				break;
		accused_acts = k == j && (tok_is(tk, x->tok, "defendant") ||
		    tok_is(tk, x->tok, "defendants"));
		if (!accused_acts &&
		    (violence == (size_t)-1 || x->tok < violence))
			return 0;
		any = 1;
	}
	return any && violence != (size_t)-1;
}

/* Is the harm counted told as an act of its own day: does the sentence
 * the count comes from keep a violence word of the attack and name the
 * day, with no other time, no word of a look-alike and none of
 * remembering in it ("A man
 * opened fire during a Sunday morning service, killing three", "27 were
 * killed in an overnight raid on a village")?  A vigil or a minute's
 * silence told before it is the reaction to it; "killed by a shark on
 * Tuesday" and "went on trial on Tuesday" say what they are. */
static int
fresh_harm(const struct tokens *tk, const struct lex_hits *h,
    const struct lex_hits *fh, const struct casualty *cas)
{
	size_t s, i, ev, from, to;
	int scene;

	/* a death the text tells without a span of its own (an
	 * attacker's, read from "before being shot dead") leaves the
	 * wounded to place the harm */
	if (cas->killed > 0 && cas->killed_ev[1] > cas->killed_ev[0])
		ev = cas->killed_ev[0];
	else if (cas->injured > 0)
		ev = cas->injured_ev[0];
	else if (cas->killed > 0)
		ev = cas->killed_ev[0];
	else
		return 0;
	s = sent_at(tk, ev);
	if (s >= tk->nsent || !today_told(tk, fh, s))
		return 0;
	/* fans or lawmakers among the victims are only the setting, and
	 * a label ("Concert review:") only files the story; the cues and
	 * the year of an earlier event the attack is set against are
	 * that event's */
	remembered_span(h, fh, s, &from, &to);
	scene = court_scene(tk, h, s);
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if ((h->v[i].tok < from || h->v[i].tok >= to) &&
		    ((h->v[i].kind == LEX_LOOK &&
		    h->v[i].e->arg != LOOK_SPORTS &&
		    h->v[i].e->arg != LOOK_VERBAL &&
		    !(scene && h->v[i].e->arg == LOOK_TRIAL) &&
		    !tok_is(tk, h->v[i].tok + h->v[i].ntok, ":")) ||
		    h->v[i].kind == LEX_PAST || (h->v[i].kind == LEX_FRAME &&
		    h->v[i].e->arg == FRAME_RETRO)))
			return 0;
	/* "a bomb that killed two in 2013, the ministry said on Friday":
	 * the day is the statement's */
	for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
		if ((i < from || i >= to) && tok_is_year(tk, i))
			return 0;
	for (i = fh->sent_first[s]; i < fh->sent_first[s + 1]; i++)
		if (fh->v[i].kind == LEX_ATTACK && fh->v[i].e->weight >= 2)
			return 1;
	return 0;
}

/* Do the text's words of the courts tell only of an arrest ("suspect
 * arrested", "arrested a suspected member", "prosecutors said"), no
 * charge, trial or verdict? */
static int
arrest_only(const struct lex_hits *h)
{
	size_t i;
	int any = 0;

	for (i = 0; i < h->n; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_LOOK || x->e->arg != LOOK_TRIAL)
			continue;
		/* the prosecutors of a plot speak for the arrest */
		if (strstr(x->e->phrase, "arrest") == NULL &&
		    strstr(x->e->phrase, "detained") == NULL &&
		    strstr(x->e->phrase, "prosecut") == NULL)
			return 0;
		any = 1;
	}
	return any;
}

/* Does token i end a label before a headline: "Analysis:", or the bar
 * of South Asian and other outlets' kickers ("ANALYSIS | Why ...")? */
static int
label_mark(const struct tokens *tk, size_t i)
{
	return tok_is(tk, i, ":") || tok_is(tk, i, "|");
}

/* Is the piece labelled as commentary ("Opinion: ...", "Analysis:")
 * or as a digest of past events ("Factbox:", "Timeline:", "Fact
 * check:") in its headline or at the start of its text?  Such a piece
 * argues about attacks or lists them; it reports one only when it tells
 * of harm of its own day.  2: the label is a review's ("Concert
 * review:"). */
static int
commentary(const struct tokens *tk, long head)
{
	static const char *const label[] = {
		"analysis", "archive", "archives", "check", "column",
		"comment", "commentary", "editorial", "explainer", "factbox",
		"factfile", "letters", "opinion", "review", "timeline",
		"viewpoint",
	};
	size_t s, i, k;

	for (s = 0; s < tk->nsent && s < 1 + (head >= 0 ? 1u : 0u); s++) {
		i = tk->sent_first[s];
		/* "Film review:", "News analysis:": the label after the
		 * word that names its kind; "From the archive:", a
		 * history column reprinting old news */
		if (i + 3 < tk->sent_first[s + 1] && tok_is(tk, i, "from") &&
		    tok_is(tk, i + 1, "the") && label_mark(tk, i + 3))
			i += 2;
		else if (i + 2 < tk->sent_first[s + 1] &&
		    label_mark(tk, i + 2))
			i++;
		if (i + 1 >= tk->sent_first[s + 1] || !label_mark(tk, i + 1))
			continue;
		for (k = 0; k < sizeof(label) / sizeof(label[0]); k++)
			if (tok_is(tk, i, label[k]))
				return tok_is(tk, i, "review") ? 2 : 1;
	}
	return 0;
}

void
classify_incident(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, const struct casualty *cas,
    int has_group, struct frame_scratch *fs, struct classification *out)
{
	struct tally t;
	struct frames fr;
	struct lex_hits *fh;
	double attack, evidence, look_max = 0;
	int s, reason = -1, r, dated = 0, victims, fresh, battle;
	long rate;

	memset(&t, 0, sizeof(t));
	memset(out, 0, sizeof(*out));
	/* Violence words used as metaphors, or about what is remembered,
	 * judged, planned or ruled out, are no evidence of an attack. */
	fh = frame_read_with(tk, h, use, head, &fr, fs);
	/* A group named only for the earlier attack a text remembers did
	 * nothing in this one. */
	if (fr.group_past)
		has_group = 0;
	for (s = 0; s < (int)tk->nsent; s++) {
		tally_sentence(tk, fh, (size_t)s, sentence_told(use, head, (size_t)s),
		    &t);
		if (match_score(tk, (size_t)s))
			t.look[LOOK_SPORTS] += 2;
	}
	t.mil += fr.state;
	for (s = 0; s < (int)tk->nsent; s++)
		if (sentence_told(use, head, (size_t)s) &&
		    fire_on_protest(tk, (size_t)s)) {
			t.mil += 4;
			break;
		}
	battle = battle_sides(tk, fh, head);
	if (battle)
		t.mil += 4;
	/* An encounter is the forces' own operation unless attackers are
	 * seen acting or claim it ("militants attacked a patrol, and three
	 * were killed in the encounter that followed"). */
	if (t.insurgent == 0 && fr.nonstate == 0 && fr.claimed == 0)
		for (s = 0; s < (int)tk->nsent; s++)
			if (sentence_told(use, head, (size_t)s) &&
			    encounter_kill(tk, fh, (size_t)s)) {
				t.mil += 4;
				break;
			}
	/* A strike by a state's means that witnesses blame on its army,
	 * no attacker seen acting, is the army's. */
	if (t.mil >= 2 && fr.nonstate == 0 && t.insurgent == 0 &&
	    forces_blamed(tk, fh, use, head))
		t.mil += 2;
	t.insurgent += fr.nonstate;

	for (s = 0; s < (int)tk->nsent; s++)
		if (lex_sentence_has(h, (size_t)s, LEX_TODAY))
			dated = 1;
	for (r = 0; r < LOOK_N; r++)
		if (t.look[r] > look_max) {
			look_max = t.look[r];
			reason = r;
		}
	/* An illness named outright is the story even when it strikes a
	 * player during a match. */
	if (t.look[LOOK_MEDICAL] >= 4 && reason != LOOK_MEDICAL &&
	    reason != LOOK_CYBER)
		reason = LOOK_MEDICAL;
	/* Animals that bite, maul or kill nobody, in a text of a game, are
	 * the names of its sides ("Wolves' relentless attack sinks
	 * Sharks"). */
	if (reason == LOOK_ANIMAL && t.look[LOOK_SPORTS] >= 4 &&
	    !animal_acts(tk))
		reason = LOOK_SPORTS;
	/* Remembering framed in both the headline and the lede is the
	 * story when its words are as many as those of the match or the
	 * debate it is held at ("a minute's silence before kick-off");
	 * ribbons worn in memory at a race are the race's. */
	if (reason >= 0 && context_reason(reason) && fr.retro >= 2 &&
	    t.look[LOOK_MEMORIAL] >= 4 && t.look[LOOK_MEMORIAL] >= look_max)
		reason = LOOK_MEMORIAL;
	/* A memorial that a headline announces, with no attack of its own
	 * in it, is the story wherever it stands: the museum, the
	 * exhibits or the ceremony hall repeated in the text are only its
	 * setting ("memorial to museum attack victims unveiled"). */
	if (reason == LOOK_BENIGN && t.look[LOOK_MEMORIAL] >= 4 &&
	    2 * t.look[LOOK_MEMORIAL] >= look_max &&
	    memorial_head(h, fh, head)) {
		reason = LOOK_MEMORIAL;
		look_max = t.look[LOOK_MEMORIAL];
	}
	/* A scare or hoax named outright is the story wherever it
	 * happened: a stadium or a concert hall is only its setting. */
	if (t.look[LOOK_BENIGN] >= 4 && reason >= 0 &&
	    reason != LOOK_BENIGN && context_reason(reason))
		reason = LOOK_BENIGN;
	/* So is a hoax that ends in charges, nobody hurt: the charges are
	 * its sequel ("staged his own kidnapping ... charged with
	 * extortion"). */
	if (reason == LOOK_TRIAL && t.look[LOOK_BENIGN] >= 4 &&
	    t.look[LOOK_BENIGN] >= 0.5 * look_max && cas->killed <= 0 &&
	    cas->injured <= 0 && fr.hurt == 0)
		reason = LOOK_BENIGN;
	/* Counted casualties, told in words that are not metaphors. */
	victims = (cas->killed > 0 || cas->injured > 0) && fr.harm > 0;
	fresh = victims && fresh_harm(tk, h, fh, cas);

	/* Attack evidence proper: what people did, with what, and who. */
	attack = t.attack + (t.weapon_any > 0 ? 2 : 0) + (has_group ? 3 : 0) +
	    t.insurgent + (fr.intent > 0 && victims ? 2 : 0) +
	    (fr.hurt > 0 && (victims || t.weapon_any > 0) ? 2 : 0);
	evidence = attack + ((cas->killed > 0 || cas->injured > 0) ? 2 : 0);
	out->score = evidence / (evidence + 6 + look_max);

	/* A text about an attack on computers that names the strike it
	 * was first taken for ("blamed on a cyberattack, not a missile
	 * strike"), or about remembering an attack, as its headline says,
	 * whose forces and accidents are the remembered event's, is
	 * neither a war's nor an accident's. */
	if ((reason == LOOK_CYBER && look_max >= 8 && look_max >= 2 * t.mil &&
	    !victims && fr.hurt == 0) || (reason == LOOK_MEMORIAL &&
	    look_max >= 4 && fr.retro > 0 && look_max >= t.mil &&
	    look_max >= 0.4 * attack && memorial_head(h, fh, head) &&
	    !(victims && fresh)))
		out->not_incident = reason_names[reason];
	/* A group named where a state's forces are seen striking, no
	 * attacker acts and nobody claims an attack is the side struck;
	 * one named as a side of a battle with the army is a party to
	 * the war. */
	else if (t.mil >= 4 && t.mil > 1.5 * (t.insurgent + (has_group &&
	    !(fr.state > 0 && fr.nonstate == 0 && fr.claimed == 0) &&
	    !battle ? 3 : 0)) &&
	    !(fr.state == 0 && fr.nonstate > 0 && cas->killed_attackers > 0 &&
	    cas->killed - cas->killed_attackers > cas->killed_attackers) &&
	    !(reason == LOOK_TRIAL && fr.retro > 0 && look_max > t.mil &&
	    !(victims && fresh)) &&
	    !(context_reason(reason) && reason != LOOK_BENIGN &&
	    look_max >= 2 * t.mil && !victims && fr.hurt == 0))
		/* Attackers seen acting who killed more than their own
		 * dead made an attack; the shootout, the clearance
		 * operation and the counter-offensive that follow are the
		 * response to it.  An operation counts more of the enemy
		 * dead than of its own ("killed 12 militants; two soldiers
		 * died in the exchange of fire").  A charge or a trial
		 * that frames the text makes the operation that caught
		 * the attackers part of what is judged.
		 *
		 * Police who kill in their own operation, or who kill
		 * criminals, are no army at war; the text is still no
		 * attack.  A match or a debate told in twice as many words
		 * of its own, nobody hurt, is "bombarded" only in play
		 * ("bombarded the goal in the second half"). */
		out->not_incident = (fr.police > 0 && t.mil - fr.state < 4) ||
		    t.police_kill || crime_told(tk) ? "other" :
		    "military_operation";
	else if (cas->killed > 0 && cas->killed_attackers == cas->killed &&
	    ((t.insurgent == 0 && !has_group) || (fr.state >= 4 &&
	    fr.claimed == 0 && t.attack < t.mil)) && t.mil > 0)
		/* Only militants died, in a text with cues of a military
		 * operation, and nobody is said to have attacked, or a
		 * state's forces are seen killing them with fewer words
		 * of attack than of the operation. */
		out->not_incident = t.police_kill || crime_told(tk) ?
		    "other" : "military_operation";
	else if (t.look[LOOK_REVIEW] >= 4 && !dated &&
	    t.look[LOOK_REVIEW] >= 0.4 * attack &&
	    t.look[LOOK_REVIEW] >= 0.5 * look_max &&
	    !(reason == LOOK_SPORTS && look_max > t.look[LOOK_REVIEW]) &&
	    !(reason == LOOK_MEMORIAL && fr.retro > 0) &&
	    !(reason == LOOK_MEDICAL && t.look[LOOK_MEDICAL] >
	    t.look[LOOK_REVIEW]))
		/* A film, book or game about an attack, told with no day of
		 * its own: news names the day it happened.  The "players"
		 * and "games" of a match report whose sports words
		 * outnumber them are the game's.  A film made to mark an
		 * anniversary, its
		 * words of remembering the stronger, is a memorial's; a
		 * singer's stroke on tour, named more strongly than the
		 * show, is an illness's. */
		out->not_incident = reason_names[LOOK_REVIEW];
	else if ((!dated || !fresh) && fr.claimed == 0 &&
	    commentary(tk, head) == 2)
		/* A show, a game or a book reviewed: its explosions and
		 * its killing are the show's, whatever caused them.  The
		 * day a review names is the show's ("in Sunday's episode")
		 * unless harm is told as news of that day. */
		out->not_incident = reason_names[LOOK_REVIEW];
	else if (fr.plot > 0 && fr.retro == 0 && !victims &&
	    fr.nonstate == 0 && fr.dropped > 0)
		/* Arrests for a plan, a foiled plot, a threat: nothing
		 * happened.  A warning of no violence ("warned of a phishing
		 * campaign") leaves the reason to the other cues; the
		 * prosecutors of a plot do not make it a trial; a risk
		 * named beside an illness is a risk to health ("at higher
		 * risk of heart disease"). */
		out->not_incident = reason >= 0 && (look_max >= 4 ||
		    reason == LOOK_MEDICAL) &&
		    reason != LOOK_TRIAL && reason != LOOK_MEMORIAL ?
		    reason_names[reason] : "other";
	else if (fr.cause > 0 && fr.intent == 0 && fr.strong == 0 &&
	    t.insurgent == 0 && (!has_group || fr.claimed == 0) &&
	    (victims || t.attack > 0) &&
	    !(fr.hurt > 0 && t.weapon[WEAPON_MELEE] > 0))
		/* Harm or a blast with an accidental or natural cause named,
		 * nobody meaning harm, no bomb or blade, and no claim.  A
		 * blade or club turned on people ("attacked shoppers with a
		 * knife") is meant, whatever else the text names (the
		 * attacker's illness); a gun may go off by mistake.  An
		 * attack on computers told in such words ("flood a website
		 * with traffic") stays cyber, and an animal that bit or
		 * mauled someone it mistook for prey stays the story.  An
		 * old shell or a scare made safe, nobody hurt ("carried out
		 * a controlled explosion of a wartime shell"), is no
		 * accident: nothing went wrong. */
		out->not_incident = (reason == LOOK_CYBER ||
		    (reason == LOOK_ANIMAL && animal_acts(tk)) ||
		    (reason == LOOK_BENIGN && !victims)) &&
		    look_max >= 4 ? reason_names[reason] :
		    reason_names[natural_cause(&t)];
	else if (fr.hurt == 0 && (fr.claimed == 0 || claims_counted(tk, h)) &&
	    (!victims || period_tally(tk, h, cas)) &&
	    (rate = rate_told(tk, head)) >= 0 &&
	    !after_act(tk, fh, (size_t)rate) && (rate <= head + 1 ||
	    !(dated && fr.strong > 0)))
		/* Statistics: attacks counted and compared over a period,
		 * nobody hurt but in the period's tally.  The rate leads
		 * such a story; one given
		 * after a bomb or arson of a named day is background to
		 * it, and a market's move ("oil rose 2% after militants
		 * blew up a pipeline") is the reaction to an attack.  A
		 * game's shooting percentages, its words twice those of
		 * violence, are the game's. */
		out->not_incident = reason >= 0 && look_max >= 2 &&
		    (!context_reason(reason) || (reason == LOOK_SPORTS &&
		    look_max >= 4 && look_max >= 2 * attack)) ?
		    reason_names[reason] : "other";
	else if (fr.claimed == 0 && report_period_toll(tk, h, cas, head))
		/* A report's toll over a period: statistics, told with a
		 * count and no rate. */
		out->not_incident = "other";
	else if (!dated && fr.claimed == 0 && commentary(tk, head))
		/* An argument about attacks in general, no attack of its
		 * own day told; the victims it names ("each time someone
		 * is stabbed") are its examples.  A piece on a game or on
		 * computer attacks says so in its words. */
		out->not_incident = reason >= 0 && look_max >= 4 ?
		    reason_names[reason] : "other";
	else if (!dated && !victims && fr.claimed == 0 &&
	    reason == LOOK_BENIGN && look_max >= 4 && look_max >= 0.5 * attack)
		/* A study's findings, a scare or a market told with no day
		 * of its own and nobody counted hurt: the attacks it names
		 * are its subject matter ("the share of attacks targeting
		 * civilians had risen, the report found"). */
		out->not_incident = reason_names[reason];
	else if (attack < 3 || (!victims && fr.hurt == 0 && fr.strong == 0 &&
	    fr.attackers == 0 && t.insurgent == 0 && t.weapon_any == 0 &&
	    !has_group) || (t.attack == 0 && !victims && fr.hurt == 0 &&
	    fr.strong == 0 && t.insurgent == 0 && t.weapon_any == 0 &&
	    fr.retro > 0))
		/* Little violence, or violent words with nobody hurt, no
		 * attacker, no weapon and no group: no attack told.  A
		 * group named beside an attack that is only remembered or
		 * judged ("a member of the group wanted over the 2019
		 * bombings was arrested"), with no violence word of the
		 * day kept, did nothing in this one.  An arrest for a plan
		 * told in the lede is a foiled plot's story, not a case
		 * about an attack. */
		out->not_incident = reason >= 0 && look_max >= 2 &&
		    !(reason == LOOK_TRIAL && fr.plot > 0 && !victims &&
		    arrest_only(h)) ? reason_names[reason] : "other";
	else if (reason >= 0 && look_max >= 4 && !victims &&
	    !(fr.hurt > 0 && t.weapon_any > 0) &&
	    !has_group && t.insurgent == 0 && fr.intent == 0 &&
	    look_max >= 0.5 * attack)
		/* Sports, markets, politics or fashion told in violent
		 * words, with nobody hurt and nobody attacking. */
		out->not_incident = reason_names[reason];
	else if (reason >= 0 && look_max >= 4 && (reason == LOOK_MEMORIAL ||
	    reason == LOOK_TRIAL) && look_max >= 0.4 * attack && fr.retro > 0 &&
	    (fr.nonstate == 0 || (reason == LOOK_MEMORIAL &&
	    memorial_head(h, fh, head)) || (reason == LOOK_TRIAL &&
	    !victims)) && !(victims && fresh))
		/* Remembering or judging an attack frames the whole text,
		 * unless attackers are seen acting in it outside what a
		 * remembering headline announces.  Arrests over an attack
		 * dated back ("arrested five suspects over Wednesday's
		 * bombing"), nobody counted hurt in the text's own day,
		 * follow it: the attackers acted in the earlier story. */
		out->not_incident = reason_names[reason];
	else if (reason >= 0 && look_max >= 4 && look_max >= 0.8 * attack &&
	    !((context_reason(reason) || animal_setting(tk, &t, &fr,
	    reason)) && victims && (fr.strong > 0 ||
	    fr.nonstate > 0 || fr.hurt > 0)) && !(victims && fresh) &&
	    !((reason == LOOK_MEMORIAL || reason == LOOK_TRIAL) &&
	    fr.retro == 0 && victims && fr.strong > 0 &&
	    head_harm(fh, head)) &&
	    !(reason == LOOK_ACCIDENT && victims && fr.cause == 0 &&
	    ((fr.intent > 0 && fr.strong > 0) || fr.hurt > 0)))
		/* Sports or market words around a bomb that killed, or an
		 * attacker who shot, do not make it a game; words of
		 * remembering that frame no lede do not make a memorial of
		 * a headline's killing or wounding ("Officer stabbed at
		 * anniversary rally").  A blaze and its firefighters, with
		 * no cause named, are the scene of the people hurt there
		 * when the fire is said to be set ("firefighters were
		 * pelted with stones at a car set alight to lure them") or
		 * someone is seen attacking them ("youths attacked
		 * firefighters with fireworks"). */
		out->not_incident = reason_names[reason];
	out->is_incident = out->not_incident == NULL;
	if (!out->is_incident && out->score > 0.45)
		out->score = 0.45;
	if (out->is_incident && out->score < 0.5)
		out->score = 0.5 + out->score / 10;

	out->targets = pick(t.target, TARGET_N, 2, 0, 4);
	out->types = pick(t.type, TYPE_N, 2, 0.5, 2);
	/* GTD codes an attack aimed at one prominent person as an
	 * assassination, whatever the means.  One that kills five or
	 * wounds ten struck a crowd, not a person, unless the text says
	 * whom it aimed at or, of the wounding, names the person first
	 * among those it killed. */
	/* Burning a prominent person's house or car while nobody is hurt is
	 * an attack on property, not on the person. */
	if (t.vip && ((cas->killed < 5 && (cas->injured < 10 || t.struck)) ||
	    t.aimed) &&
	    !(out->types & ((1u << TYPE_KIDNAPPING) |
	    (1u << TYPE_HIJACKING))) &&
	    !(out->types == (1u << TYPE_FACILITY_ATTACK) &&
	    cas->killed <= 0 && cas->injured <= 0))
		out->types = 1u << TYPE_ASSASSINATION;
	out->weapons = pick(t.weapon, WEAPON_N, 2, 0, 3);
	/* A gun battle is fought with guns, whoever fired first.  Told
	 * here and not as attack evidence: forces and rebels trade fire
	 * in operations too. */
	if (out->is_incident && !(out->weapons & (1u << WEAPON_FIREARMS)) &&
	    gunfight_told(tk, use, head))
		out->weapons |= 1u << WEAPON_FIREARMS;
	/* People killed or hurt while buildings burn, or in a raid in
	 * which others are abducted, were also assaulted; hostages killed
	 * later are part of the kidnapping. */
	if ((out->types & (1u << TYPE_KIDNAPPING)) &&
	    (out->types & (1u << TYPE_ARMED_ASSAULT)) &&
	    !assault_beyond_captives(tk, h, use, head))
		out->types &= ~(1u << TYPE_ARMED_ASSAULT);
	if (!(out->types & ((1u << TYPE_BOMBING) |
	    (1u << TYPE_ASSASSINATION))) && (((out->types &
	    (1u << TYPE_FACILITY_ATTACK)) && (cas->killed > 0 ||
	    cas->injured > 0)) || ((out->types & (1u << TYPE_KIDNAPPING)) &&
	    ((cas->injured > 0 && raid_casualties(tk, h, use, head,
	    LEX_INJURE)) || (cas->killed > 0 && raid_casualties(tk, h, use,
	    head, LEX_KILL))))))
		out->types |= 1u << TYPE_ARMED_ASSAULT;
	/* A prominent person taken and then killed in captivity, with
	 * nobody killed in the taking, was seized to be killed: the GTD
	 * codebook's assassination.  One released alive stays a
	 * kidnapping. */
	if (t.vip && out->types == (1u << TYPE_KIDNAPPING) &&
	    cas->killed > 0 && cas->killed < 5)
		out->types = 1u << TYPE_ASSASSINATION;
	/* The GTD codebook counts harm done with a vehicle, poison or other
	 * chemical or biological means as an unarmed assault, and guns or
	 * blades used on people as an armed assault. */
	if (out->types == 0 && out->weapons != 0 && !(out->weapons &
	    ~((1u << WEAPON_VEHICLE) | (1u << WEAPON_CHEMICAL) |
	    (1u << WEAPON_BIOLOGICAL) | (1u << WEAPON_RADIOLOGICAL))))
		out->types = 1u << TYPE_UNARMED_ASSAULT;
	if (out->types == 0 && (out->weapons & ((1u << WEAPON_FIREARMS) |
	    (1u << WEAPON_MELEE))) && (cas->killed > 0 || cas->injured > 0))
		out->types = 1u << TYPE_ARMED_ASSAULT;
	/* Fire bombs thrown at the forces of order, at their post or at
	 * them in person, are used on people: the GTD codebook's armed
	 * assault with incendiary weapons.  Their parked cars are
	 * property. */
	if (out->types == (1u << TYPE_FACILITY_ATTACK) &&
	    out->weapons == (1u << WEAPON_INCENDIARY) &&
	    thrown_at_forces(tk, use, head))
		out->types = 1u << TYPE_ARMED_ASSAULT;
	/* Homes burned or goods looted in a raid in which people are
	 * abducted are a second act, however many words the abduction
	 * gets. */
	if ((out->types & (1u << TYPE_KIDNAPPING)) &&
	    t.type[TYPE_FACILITY_ATTACK] >= 2)
		out->types |= 1u << TYPE_FACILITY_ATTACK;
	/* A suicide attack with no gun, blade or vehicle named is a suicide
	 * bombing: the attacker dies by his own charge ("condemned
	 * Thursday's suicide attack on a mosque that killed 14"), and
	 * reports of the same attack name the bomb.  Read as an assault
	 * on the civilians it struck, it parted them. */
	if (out->types == 0 && t.suicide_attack && !(out->weapons &
	    ((1u << WEAPON_FIREARMS) | (1u << WEAPON_MELEE) |
	    (1u << WEAPON_VEHICLE))))
		out->types = 1u << TYPE_BOMBING;
	/* An attack on power lines, pipelines or masts that hurts nobody
	 * aims at the thing itself: the GTD codebook's facility attack. */
	if (out->types == 0 && cas->killed <= 0 && cas->injured <= 0 &&
	    (out->targets & ((1u << TARGET_UTILITIES) |
	    (1u << TARGET_TELECOM))))
		out->types = 1u << TYPE_FACILITY_ATTACK;
	/* An attack on a village or on civilians that kills or wounds, with
	 * no other means named, is an assault; the weapon stays unknown, as
	 * the text names none. */
	if (out->types == 0 && (out->targets & (1u << TARGET_PRIVATE)))
		out->types = 1u << TYPE_ARMED_ASSAULT;
	/* Gunmen who open fire alongside a bomb make a second attack
	 * type, however many words the blast gets. */
	if ((out->types & (1u << TYPE_BOMBING)) &&
	    !(out->types & (1u << TYPE_ASSASSINATION)) &&
	    t.type[TYPE_ARMED_ASSAULT] >= 2 &&
	    (out->weapons & (1u << WEAPON_FIREARMS)))
		out->types |= 1u << TYPE_ARMED_ASSAULT;
	if ((out->types & (1u << TYPE_BOMBING)) &&
	    (out->weapons & (1u << WEAPON_FIREARMS)) &&
	    (thrown_explosives(tk, h, use, head) ||
	    !blast_told(tk, use, head))) {
		out->types &= ~(1u << TYPE_BOMBING);
		if (!(out->types & (1u << TYPE_ASSASSINATION)))
			out->types |= 1u << TYPE_ARMED_ASSAULT;
	}
	/* What a bomb destroys is the bombing's damage, not a second
	 * attack on property; burning it is one. */
	if ((out->types & (1u << TYPE_BOMBING)) &&
	    !(out->weapons & (1u << WEAPON_INCENDIARY)))
		out->types &= ~(1u << TYPE_FACILITY_ATTACK);
	/* A bombing is done with explosives by definition.  An armed
	 * assault may be done with guns, blades or fire, so its weapon
	 * stays unknown unless the text names one. */
	if (out->weapons == 0 && (out->types & (1u << TYPE_BOMBING)))
		out->weapons = 1u << WEAPON_EXPLOSIVES;
	/* A blast followed by an assault ("detonated a car bomb and
	 * attacked the base", "killed in the blast and ensuing clash")
	 * is two acts; the second's weapon, which the text does not name,
	 * is unknown rather than the bomb's. */
	if ((out->weapons == (1u << WEAPON_EXPLOSIVES) ||
	    out->weapons == (1u << WEAPON_INCENDIARY)) &&
	    second_assault(tk, use, head))
		out->weapons |= 1u << WEAPON_UNKNOWN;
	if (out->types == 0)
		out->types = 1u << TYPE_UNKNOWN;
	if (out->weapons == 0)
		out->weapons = 1u << WEAPON_UNKNOWN;
	if (out->targets == 0)
		out->targets = 1u << TARGET_UNKNOWN;
	out->suicide = t.suicide;
	for (r = 0; r < TYPE_N; r++) {
		const struct lex_hit *x = t.type_first[r];

		if ((out->types & (1u << r)) && x != NULL) {
			out->type_ev[0] = tk->v[x->tok].start;
			out->type_ev[1] = tk->v[x->tok + x->ntok - 1].start +
			    tk->v[x->tok + x->ntok - 1].len;
			break;
		}
	}
	if (fs == NULL)
		lex_hits_free(fh);
}
