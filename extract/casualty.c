/*
 * Each casualty word in a reporting sentence is an event.  Its count is
 * read forward for active forms ("killed seven people") and backward, over
 * the clause before it, for passive and noun forms ("seven people were
 * killed", "left 5 dead").  A number counts only when it names people
 * (a person word follows) or sits right before the verb, which keeps
 * years, ages, distances and vehicle counts out.  Numbers after
 * "including" are subsets and are skipped.
 *
 * Within a sentence, events of one class add up ("two soldiers and three
 * civilians were killed").  Across sentences the largest figure wins, since
 * news repeats and revises tolls; a sentence saying "also" or "another"
 * adds to it instead.
 */
#include "config.h"

#include <string.h>

#include "extract/casualty.h"
#include "extract/lexicon.h"
#include "extract/number.h"
#include "extract/token.h"

#define BACK_WINDOW	30
#define FWD_WINDOW	6

struct count {
	long	 victims;	/* -1 unknown */
	long	 attackers;	/* -1 unknown */
	int	 mentioned;
	int	 at_least;
	long	 sub_attackers;	/* attackers named as a subset of victims */
};

struct scan {
	const struct tokens *tk;
	const struct lex_hits *h;
	size_t	 first, last;	/* token range of the sentence */
};

static int
has_hit(const struct scan *sc, size_t from, size_t to, int kind)
{
	size_t i, s = sc->tk->v[sc->first].sent;

	for (i = sc->h->sent_first[s]; i < sc->h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &sc->h->v[i];

		if (x->kind == kind && x->tok >= from && x->tok < to)
			return 1;
	}
	return 0;
}

/* A hit of `kind` ending exactly at token `end`. */
static int
hit_ends_at(const struct scan *sc, size_t end, int kind)
{
	size_t i, s = sc->tk->v[sc->first].sent;

	for (i = sc->h->sent_first[s]; i < sc->h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &sc->h->v[i];

		if (x->kind == kind && x->tok + x->ntok == end)
			return 1;
	}
	return 0;
}

/* Words after a number that show it is not a head count. */
static const char *const not_people[] = {
	"am", "bullets", "days", "day", "hour", "hours", "km", "kilometers",
	"kilometres", "meters", "metres", "miles", "minutes", "month",
	"months", "o'clock", "percent", "pm", "rounds", "times", "week",
	"weeks", "year", "years", "yards", "vehicles", "houses", "homes",
	"shops", "villages", "buildings", "rockets", "mortars", "shells",
	"bombs", "grenades", "cars", "trucks", "boats", "attacks", "incidents",
	"districts", "provinces", "cows", "cattle", "goats", "sheep", "camels",
	"livestock", "animals", "head", "donkeys", "horses",
};

static int
unit_word(const struct tokens *tk, size_t i)
{
	size_t k;

	if (i >= tk->n)
		return 0;
	if (tk->v[i].kind == TOK_PUNCT)
		return tk->lower[tk->v[i].start] == ':' ||
		    tk->lower[tk->v[i].start] == '%';
	for (k = 0; k < sizeof(not_people) / sizeof(not_people[0]); k++)
		if (tok_is(tk, i, not_people[k]))
			return 1;
	return 0;
}

/* Is there a person word (or an attacker word) within a few tokens after
 * token j?  *attacker is set when the people named are attackers. */
static int
people_after(const struct scan *sc, size_t j, size_t limit, int *attacker)
{
	size_t k, end = j + 5 < limit ? j + 5 : limit;

	*attacker = 0;
	for (k = j; k < end; k++) {
		const struct lex_entry *e;

		if (sc->tk->v[k].kind == TOK_PUNCT &&
		    sc->tk->lower[sc->tk->v[k].start] == '(') {
			while (k < limit && !(sc->tk->v[k].kind == TOK_PUNCT &&
			    sc->tk->lower[sc->tk->v[k].start] == ')'))
				k++;
			end = k + 3 < limit ? k + 3 : limit;
			continue;
		}
		if (sc->tk->v[k].kind == TOK_PUNCT)
			break;
		if (lex_at(sc->tk, k, LEX_ATTACKER, &e) > 0) {
			*attacker = 1;
			return 1;
		}
		if (lex_at(sc->tk, k, LEX_PERSON, &e) > 0 ||
		    lex_at(sc->tk, k, LEX_VIP, &e) > 0)
			return 1;
	}
	return 0;
}

/* Do the people named in tokens [from, to) read as the attackers only? */
static int
region_attacker(const struct scan *sc, size_t from, size_t to)
{
	size_t k;
	int attacker = 0, victim = 0;

	for (k = from; k < to; k++) {
		if (lex_at(sc->tk, k, LEX_ATTACKER, NULL) > 0)
			attacker = 1;
		else if (lex_at(sc->tk, k, LEX_PERSON, NULL) > 0)
			victim = 1;
	}
	return attacker && !victim;
}

/* Is there a singular person word within two tokens of j ("police
 * chief", "informer")? */
static int
singular_person(const struct scan *sc, size_t j, size_t limit)
{
	size_t k;

	for (k = j; k < j + 4 && k < limit; k++) {
		const struct token *t = &sc->tk->v[k];

		if (t->kind != TOK_WORD)
			return 0;
		if (lex_at(sc->tk, k, LEX_PERSON, NULL) > 0 ||
		    lex_at(sc->tk, k, LEX_VIP, NULL) > 0 ||
		    lex_at(sc->tk, k, LEX_ATTACKER, NULL) > 0)
			return sc->tk->lower[t->start + t->len - 1] != 's' ||
			    tok_is(sc->tk, k, "boss");
	}
	return 0;
}

static void
add(struct count *c, long v, int attacker, int at_least)
{
	long *p = attacker ? &c->attackers : &c->victims;

	c->mentioned = 1;
	if (v < 0)
		return;
	*p = (*p < 0 ? 0 : *p) + v;
	c->at_least |= at_least;
}

static int
subset_before(const struct scan *sc, size_t j)
{
	return (j > sc->first && hit_ends_at(sc, j, LEX_SUBSET)) ||
	    (j > sc->first + 1 && tok_is(sc->tk, j - 2, "including"));
}

/* Words that end a noun phrase after an active verb. */
static int
np_stop(const struct tokens *tk, size_t k)
{
	static const char *const stops[] = {
		"and", "as", "at", "after", "before", "by", "during", "from",
		"in", "inside", "near", "on", "outside", "when", "while", "who",
		"with",
	};
	size_t i;

	if (tk->v[k].kind == TOK_PUNCT)
		return 1;
	for (i = 0; i < sizeof(stops) / sizeof(stops[0]); i++)
		if (tok_is(tk, k, stops[i]))
			return 1;
	return 0;
}

/* Count noun phrases like "the owner and a customer" after an active verb:
 * each singular determiner and noun is one person. */
static long
singular_objects(const struct scan *sc, size_t j, int *attacker)
{
	const struct tokens *tk = sc->tk;
	long n = 0;
	size_t k = j;
	int att;
	struct number num;

	*attacker = 0;
	while (k < sc->last && k < j + 12) {
		if (tok_is(tk, k, "a") || tok_is(tk, k, "an") ||
		    tok_is(tk, k, "the") || tok_is(tk, k, "his") ||
		    tok_is(tk, k, "her")) {
			size_t w = k + 1, headw;
			const char *hw;

			while (w < sc->last && w < k + 8) {
				/* "a Popular Mobilization Forces (PMF)
				 * member" */
				if (tk->v[w].kind == TOK_PUNCT &&
				    tk->lower[tk->v[w].start] == '(') {
					while (w < sc->last &&
					    !(tk->v[w].kind == TOK_PUNCT &&
					    tk->lower[tk->v[w].start] == ')'))
						w++;
					if (w < sc->last)
						w++;
					continue;
				}
				if (np_stop(tk, w))
					break;
				w++;
			}
			if (w == k + 1)
				break;
			headw = w - 1;
			hw = tk->lower + tk->v[headw].start;
			/* A plural noun is a group of unknown size. */
			if (tk->v[headw].len > 3 &&
			    hw[tk->v[headw].len - 1] == 's' &&
			    hw[tk->v[headw].len - 2] != 's')
				break;
			n++;
			if (people_after(sc, k + 1, w, &att))
				*attacker |= att;
			k = w;
			if (k < sc->last && tok_is(tk, k, "and"))
				k++;
			else
				break;
		} else if (singular_person(sc, k, k + 1)) {
			/* "killed mayor Faisal", "killed teacher and her
			 * husband" */
			n++;
			k++;
			while (k < sc->last && k < j + 12 &&
			    (tk->v[k].flags & TOKF_CAP))
				k++;
			if (k < sc->last && tok_is(tk, k, "and"))
				k++;
			else
				break;
		} else if (n > 0 && number_at(tk, k, &num) && num.value > 0 &&
		    people_after(sc, k + num.ntok, sc->last, &att)) {
			/* "the head of a village and two people close to
			 * him" */
			n += num.value;
			break;
		} else if (k == j && (tk->v[k].flags & TOKF_CAP) &&
		    !has_hit(sc, k, k + 1, LEX_TODAY) &&
		    !has_hit(sc, k, k + 1, LEX_GROUP)) {
			return 1;	/* a named person */
		} else {
			break;
		}
	}
	return n;
}

/* Active form: count after the verb. */
static int
count_forward(const struct scan *sc, size_t j, struct count *c, size_t *endp)
{
	struct number n;
	int att;
	long v;

	if (j < sc->last && (tok_is(sc->tk, j, "a") &&
	    tok_is(sc->tk, j + 1, "total") && tok_is(sc->tk, j + 2, "of")))
		j += 3;
	if (j < sc->last && number_at(sc->tk, j, &n) &&
	    !unit_word(sc->tk, j + n.ntok)) {
		size_t k = j + n.ntok;
		struct number m;

		if (!people_after(sc, k, sc->last, &att))
			att = 0;
		add(c, n.value, att, n.at_least);
		/* "eight pupils and a security guard", "two soldiers and
		 * three civilians" */
		while (k < sc->last && k < j + n.ntok + 4 &&
		    !tok_is(sc->tk, k, "and"))
			k++;
		*endp = j + n.ntok + 1;
		if (k < sc->last && tok_is(sc->tk, k, "and")) {
			if (number_at(sc->tk, k + 1, &m) && m.value > 0 &&
			    people_after(sc, k + 1 + m.ntok, sc->last, &att)) {
				add(c, m.value, att, m.at_least);
				*endp = k + 1 + m.ntok + 1;
			} else if ((tok_is(sc->tk, k + 1, "a") ||
			    tok_is(sc->tk, k + 1, "an")) &&
			    people_after(sc, k + 2, sc->last, &att)) {
				add(c, 1, att, 0);
				*endp = k + 3;
			}
		}
		return 1;
	}
	v = singular_objects(sc, j, &att);
	if (v > 0) {
		add(c, v, att, 0);
		*endp = j + 1;
		return 1;
	}
	return 0;
}

/* "Tabish and her sister-in-law were killed", "Jan Mohammad, a tribal
 * elder, and one assailant": a name opening the clause and followed by
 * "and" or a comma is one person. */
static int
named_then_more(const struct scan *sc, size_t from, size_t j, size_t v)
{
	const struct tokens *tk = sc->tk;
	size_t k = j;

	if (j != from || !(tk->v[j].flags & TOKF_CAP) ||
	    lex_at(tk, j, LEX_PERSON, NULL) > 0 ||
	    lex_at(tk, j, LEX_ATTACKER, NULL) > 0 ||
	    lex_at(tk, j, LEX_GROUP, NULL) > 0 ||
	    lex_at(tk, j, LEX_NUM, NULL) > 0 ||
	    lex_at(tk, j, LEX_VIP, NULL) > 0 ||
	    lex_at(tk, j, LEX_TARGET, NULL) > 0)
		return 0;
	while (k < v && k < j + 4 && tk->v[k].kind == TOK_WORD &&
	    (tk->v[k].flags & TOKF_CAP))
		k++;
	return k < v && (tok_is(tk, k, "and") || (tk->v[k].kind == TOK_PUNCT &&
	    tk->lower[tk->v[k].start] == ','));
}

/* "Al-Hermas and al-Khidr were killed": a region of nothing but names
 * joined by "and" or commas counts one per name; 0 otherwise. */
static long
named_people(const struct scan *sc, size_t from, size_t v)
{
	const struct tokens *tk = sc->tk;
	size_t k;
	long n = 0;
	int in_name = 0;

	for (k = from; k < v; k++) {
		const struct token *t = &tk->v[k];

		if (t->kind == TOK_WORD && ((t->flags & TOKF_CAP) ||
		    (in_name && (tok_is(tk, k, "al") || tok_is(tk, k, "el") ||
		    tok_is(tk, k, "bin") || tok_is(tk, k, "de"))))) {
			if (!in_name)
				n++;
			in_name = 1;
		} else if (tok_is(tk, k, "and") || (t->kind == TOK_PUNCT &&
		    tk->lower[t->start] == ',')) {
			in_name = 0;
		} else if (tok_is(tk, k, "al") || tok_is(tk, k, "el")) {
			if (!in_name)
				n++;
			in_name = 1;
		} else {
			return 0;
		}
	}
	return n;
}

/* Passive or noun form: counts in the clause before the verb. */
static void
count_backward(const struct scan *sc, size_t from, size_t v,
    int singular_verb, struct count *c)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t j;
	int att, any = 0, depth = 0, in_subset = 0;
	long extra_single = 0, extra_att = 0;


	for (j = from; j < v; j++) {
		if (tk->v[j].kind == TOK_PUNCT) {
			char ch = tk->lower[tk->v[j].start];

			depth += ch == '(' ? 1 : (ch == ')' && depth > 0 ? -1 : 0);
			/* "16 members, including a commander, and 10
			 * assailants": ", and" closes the subset. */
			if (ch == ',' && tok_is(tk, j + 1, "and"))
				in_subset = 0;
			continue;
		}
		if (depth > 0)
			continue;
		if (tok_is(tk, j, "including") || hit_ends_at(sc, j + 1,
		    LEX_SUBSET))
			in_subset = 1;
		/* "three people, including the bomber": an attacker among
		 * the dead already counted. */
		if (in_subset && (tok_is(tk, j, "the") || tok_is(tk, j, "a") ||
		    tok_is(tk, j, "an")) && j + 1 < v &&
		    lex_at(tk, j + 1, LEX_ATTACKER, NULL) > 0 &&
		    singular_person(sc, j + 1, j + 3 < v ? j + 3 : v)) {
			c->sub_attackers++;
			continue;
		}
		/* "a doctor and two guards", "the police chief and one of
		 * his bodyguards": a singular person counts one. */
		if ((tok_is(tk, j, "a") || tok_is(tk, j, "an") ||
		    ((tok_is(tk, j, "the") || tok_is(tk, j, "his") ||
		    tok_is(tk, j, "her")) && singular_person(sc, j + 1, v)) ||
		    named_then_more(sc, from, j, v)) &&
		    !in_subset && !(j > from && tk->v[j - 1].kind == TOK_PUNCT &&
		    tk->lower[tk->v[j - 1].start] == ',') &&
		    !(j > from && tok_is(tk, j - 1, "of")) &&
		    people_after(sc, j + 1, j + 3 < v ? j + 3 : v, &att) &&
		    !(j + 2 < v && tok_is(tk, j + 1, "number"))) {
			extra_single++;
			extra_att += att;
			continue;
		}
		if (!number_at(tk, j, &n))
			continue;
		if ((in_subset || subset_before(sc, j)) && n.value > 0 &&
		    people_after(sc, j + n.ntok, v, &att) && att) {
			/* "53 people, including 35 assailants": the attackers
			 * are among the dead already counted. */
			c->sub_attackers += n.value;
			j += n.ntok - 1;
			continue;
		}
		if (unit_word(tk, j + n.ntok) || in_subset ||
		    subset_before(sc, j) ||
		    (j > 0 && tok_is(tk, j - 1, "of") && !tok_is(tk, j + n.ntok,
		    "them"))) {
			j += n.ntok - 1;
			continue;
		}
		if (!people_after(sc, j + n.ntok, v, &att)) {
			if (j + n.ntok + 2 < v) {
				j += n.ntok - 1;
				continue;
			}
			att = region_attacker(sc, from, v);
		}
		add(c, n.value, att, n.at_least);
		any = 1;
		j += n.ntok - 1;
	}
	if (!any && extra_single == 0 && !singular_verb &&
	    !has_hit(sc, from, v, LEX_SINGULAR)) {
		long names = named_people(sc, from, v);

		if (names >= 2) {
			add(c, names, region_attacker(sc, from, v), 0);
			return;
		}
	}
	if (any || extra_single > 0) {
		if (extra_single > extra_att)
			add(c, extra_single - extra_att, 0, 0);
		if (extra_att > 0)
			add(c, extra_att, 1, 0);
		return;
	}
	/* "..., before he was shot dead": the pronoun is the attacker when
	 * the sentence has named one before. */
	if (v > from && (tok_is(tk, from, "he") || tok_is(tk, from, "she")) &&
	    v - from <= 3) {
		add(c, 1, has_hit(sc, sc->first, from, LEX_ATTACKER), 0);
		return;
	}
	if (singular_verb || has_hit(sc, from, v, LEX_SINGULAR)) {
		int person = has_hit(sc, from, v, LEX_PERSON) ||
		    has_hit(sc, from, v, LEX_ATTACKER);

		/* "one was killed and another was wounded": "another" and
		 * "the other" stand for one more person */
		for (j = from; j < v && !person; j++)
			if ((tk->v[j].flags & TOKF_CAP) ||
			    tok_is(tk, j, "another") || (tok_is(tk, j, "other") &&
			    j > from && tok_is(tk, j - 1, "the")))
				person = 1;
		if (person) {
			add(c, 1, region_attacker(sc, from, v), 0);
			return;
		}
	}
	if (has_hit(sc, from, v, LEX_PERSON) ||
	    has_hit(sc, from, v, LEX_ATTACKER) ||
	    has_hit(sc, from, v, LEX_NUM))
		c->mentioned = 1;
}

/* Start of the clause that ends at token v. */
static size_t
clause_start(const struct scan *sc, size_t v, size_t floor)
{
	const struct tokens *tk = sc->tk;
	size_t j = v;

	size_t window = BACK_WINDOW;

	while (j > floor && j + window > v) {
		const struct token *t = &tk->v[j - 1];
		char ch = tk->lower[t->start];

		/* A parenthesis ("three soldiers (names) were killed") does
		 * not use up the window. */
		if (t->kind == TOK_PUNCT && ch == ')') {
			size_t k = j - 1;

			while (k > floor && !(tk->v[k - 1].kind == TOK_PUNCT &&
			    tk->lower[tk->v[k - 1].start] == '('))
				k--;
			if (k > floor) {
				window += j - (k - 1);
				j = k - 1;
				continue;
			}
		}

		if (t->kind == TOK_PUNCT && (ch == ';' || ch == ':' ||
		    ch == '.' || ch == '?'))
			break;
		if (tok_is(tk, j - 1, "while") || tok_is(tk, j - 1, "but") ||
		    tok_is(tk, j - 1, "before") || tok_is(tk, j - 1, "after") ||
		    tok_is(tk, j - 1, "until") ||
		    (t->kind == TOK_PUNCT && ch == ',' && j >= floor + 3 &&
		    (tok_is(tk, j - 3, "were") || tok_is(tk, j - 3, "was"))) ||
		    tok_is(tk, j - 1, "when") || tok_is(tk, j - 1, "whereas") ||
		    tok_is(tk, j - 1, "which") || tok_is(tk, j - 1, "who"))
			break;
		j--;
	}
	return j;
}

struct sentence_counts {
	struct count killed, injured;
	int	 zero_killed, zero_injured, also;
	size_t	 kev[2], iev[2];
};

static void
span_of(const struct scan *sc, size_t a, size_t b, size_t *ev)
{
	ev[0] = sc->tk->v[a].start;
	ev[1] = sc->tk->v[b - 1].start + sc->tk->v[b - 1].len;
}

static void
read_sentence(const struct tokens *tk, const struct lex_hits *h, size_t s,
    struct sentence_counts *sc_out)
{
	struct scan sc = { tk, h, tk->sent_first[s], tk->sent_first[s + 1] };
	size_t i, covered = 0, floor = sc.first, cutoff = (size_t)-1;

	memset(sc_out, 0, sizeof(*sc_out));
	sc_out->killed.victims = sc_out->killed.attackers = -1;
	sc_out->injured.victims = sc_out->injured.attackers = -1;
	if (sc.first == sc.last)
		return;
	for (i = sc.first; i < sc.last && cutoff == (size_t)-1; i++)
		if (tok_is(tk, i, "retaliation") || tok_is(tk, i, "revenge") ||
		    tok_is(tk, i, "avenge") || (tok_is(tk, i, "response") &&
		    tok_is(tk, i + 1, "to")))
			cutoff = i;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];
		size_t j, end, ntok = x->ntok;
		unsigned mask = 0;
		struct count *c;
		size_t *ev;
		int done = 0;

		if (x->kind == LEX_ZERO) {
			if (x->e->arg != ZERO_INJURED)
				sc_out->zero_killed = 1;
			if (x->e->arg != ZERO_KILLED)
				sc_out->zero_injured = 1;
			if (x->tok + ntok > covered)
				covered = x->tok + ntok;
			continue;
		}
		if (x->kind != LEX_KILL && x->kind != LEX_INJURE &&
		    x->kind != LEX_SELF && x->kind != LEX_TOLL)
			continue;
		if (x->tok < covered)
			continue;
		/* "... in retaliation for the killing of 20": the rest of the
		 * sentence is about another event. */
		if (x->tok >= cutoff)
			break;
		/* "killing himself" is the attacker's own death, read by
		 * its LEX_SELF hit at the same token. */
		if (x->kind != LEX_SELF) {
			for (j = h->sent_first[s]; j < h->sent_first[s + 1]; j++)
				if (h->v[j].tok == x->tok &&
				    h->v[j].kind == LEX_SELF)
					break;
			if (j < h->sent_first[s + 1])
				continue;
		}
		/* The longest casualty phrase at this token, with every
		 * reading (active, passive, noun) it has at that length. */
		for (j = i; j < h->sent_first[s + 1] && h->v[j].tok == x->tok;
		    j++)
			if (h->v[j].kind == x->kind && h->v[j].ntok > ntok)
				ntok = h->v[j].ntok;
		for (j = i; j < h->sent_first[s + 1] && h->v[j].tok == x->tok;
		    j++)
			if (h->v[j].kind == x->kind && h->v[j].ntok == ntok)
				mask |= 1u << h->v[j].e->arg;
		end = x->tok + ntok;
		covered = end;
		if (strcmp(x->e->phrase, "casualties") == 0)
			continue;

		if (x->kind == LEX_SELF) {
			struct count tmp = { -1, -1, 0, 0, 0 };

			count_backward(&sc, clause_start(&sc, x->tok, floor),
			    x->tok, 0, &tmp);
			tmp.attackers = tmp.attackers > 0 ? tmp.attackers :
			    (tmp.victims > 0 ? tmp.victims : 1);
			tmp.victims = -1;
			add(&sc_out->killed, tmp.attackers, 1, 0);
			span_of(&sc, x->tok, end, sc_out->kev);
			floor = end;
			continue;
		}
		if (x->kind == LEX_TOLL) {
			struct number n;

			/* "the death toll from Friday's bombing rose to 55" */
			for (j = end; j < sc.last && j < end + 16; j++)
				if ((j < end + 8 || tok_is(tk, j - 1, "to") ||
				    tok_is(tk, j - 1, "at") ||
				    tok_is(tk, j - 1, "reached")) &&
				    number_at(tk, j, &n) &&
				    !unit_word(tk, j + n.ntok))
					break;
			if (j < sc.last && j < end + 16) {
				add(&sc_out->killed, n.value, 0, n.at_least);
				span_of(&sc, x->tok, j + n.ntok, sc_out->kev);
				covered = j + n.ntok;
				if (lex_at(tk, covered, LEX_KILL, NULL) > 0)
					covered++;
				floor = covered;
			}
			continue;
		}
		c = x->kind == LEX_KILL ? &sc_out->killed : &sc_out->injured;
		ev = x->kind == LEX_KILL ? sc_out->kev : sc_out->iev;
		/* "the injured", "the dead": a noun, not a count. */
		if (x->tok > sc.first && tok_is(tk, x->tok - 1, "the") &&
		    ntok == 1 && !(mask & (1u << CAS_ACTIVE)))
			continue;
		if (mask & (1u << CAS_ACTIVE)) {
			struct count tmp = *c;
			size_t fend = end;

			if (count_forward(&sc, end, &tmp, &fend)) {
				*c = tmp;
				span_of(&sc, x->tok, end + 3 < sc.last ?
				    end + 3 : sc.last, ev);
				done = 1;
				/* The object counted is not the subject of
				 * a later verb. */
				if (fend > end)
					end = fend < sc.last ? fend : sc.last;
			}
		}
		if (!done && (mask & ((1u << CAS_PASSIVE) | (1u << CAS_NOUN)))) {
			size_t from = clause_start(&sc, x->tok, floor);
			struct count tmp = *c;
			int sing = strncmp(x->e->phrase, "was ", 4) == 0;

			count_backward(&sc, from, x->tok, sing, &tmp);
			if (tmp.victims != c->victims ||
			    tmp.attackers != c->attackers)
				span_of(&sc, from, end, ev);
			*c = tmp;
		}
		c->mentioned = 1;
		floor = end;
	}
	for (i = sc.first; i < sc.last; i++)
		if (tok_is(tk, i, "also") || tok_is(tk, i, "another") ||
		    tok_is(tk, i, "additional"))
			sc_out->also = 1;
}

static void
merge(long *total, long v, int also)
{
	if (v < 0)
		return;
	if (*total < 0)
		*total = v;
	else if (also)
		*total += v;
	else if (v > *total)
		*total = v;
}

void
casualty_extract(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct casualty *out)
{
	long victims = -1, attackers = -1, injured = -1;
	long bv = -1;
	int zero_k = 0, zero_i = 0, at_least = 0, pass, kill_mentioned = 0;
	int injury_mentioned = 0;
	size_t s;

	memset(out, 0, sizeof(*out));
	for (pass = 0; pass < 2; pass++) {
		for (s = 0; s < tk->nsent; s++) {
			struct sentence_counts c;
			long before = victims;

			if (pass == 0 && (!use[s] || (long)s == head))
				continue;
			if (pass == 1 && (long)s != head)
				continue;
			read_sentence(tk, h, s, &c);
			if (c.killed.sub_attackers > 0 &&
			    c.killed.attackers < 0 && c.killed.victims >=
			    c.killed.sub_attackers) {
				/* Keep the total; move the named attackers. */
				c.killed.victims -= c.killed.sub_attackers;
				c.killed.attackers = c.killed.sub_attackers;
			}
			merge(&victims, c.killed.victims, c.also);
			merge(&attackers, c.killed.attackers, 0);
			merge(&injured, c.injured.victims < 0 &&
			    c.injured.attackers < 0 ? -1 :
			    (c.injured.victims > 0 ? c.injured.victims : 0) +
			    (c.injured.attackers > 0 ? c.injured.attackers : 0),
			    c.also);
			zero_k |= c.zero_killed;
			kill_mentioned |= c.killed.mentioned;
			injury_mentioned |= c.injured.mentioned;
			zero_i |= c.zero_injured;
			if (victims != before || (c.killed.attackers >= 0 &&
			    out->killed_ev[1] == 0)) {
				if (c.killed.victims > bv || victims != before)
					memcpy(out->killed_ev, c.kev,
					    sizeof(c.kev));
				bv = victims;
				at_least = c.killed.at_least;
			}
			if (c.injured.victims >= 0 && c.iev[1] > 0 &&
			    injured == c.injured.victims)
				memcpy(out->injured_ev, c.iev, sizeof(c.iev));
			if (c.injured.at_least)
				at_least = 1;
		}
		/* The headline is read only when the body gave nothing. */
		if (victims >= 0 || attackers >= 0 || injured >= 0 || zero_k ||
		    zero_i)
			break;
	}
	/* Deaths are the first fact a report gives: injuries stated with no
	 * death mean nobody died.  Injuries are often left out, so the
	 * converse does not hold. */
	if (victims < 0 && attackers < 0 && (injured >= 0 || injury_mentioned) &&
	    !kill_mentioned)
		zero_k = 1;
	out->attacker_died = attackers > 0;
	if (victims >= 0 || attackers >= 0) {
		out->killed = (victims > 0 ? victims : 0) +
		    (attackers > 0 ? attackers : 0);
		out->killed_attackers = attackers > 0 ? attackers : 0;
	} else if (zero_k) {
		out->killed = 0;
		out->killed_attackers = 0;
	} else {
		out->killed = -1;
		out->killed_attackers = -1;
	}
	out->injured = injured >= 0 ? injured : (zero_i ? 0 : -1);
	out->at_least = at_least;
}
