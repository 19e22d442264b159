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
#include "extract/span.h"
#include "extract/text.h"
#include "extract/token.h"

#define BACK_WINDOW	30
#define FWD_WINDOW	6
#define TOLL_WINDOW	24	/* "the toll from ... has risen to 44" */

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
/* Every word list below is sorted by strcmp(), for tok_in_sorted(). */
#define KIND(k)		(1ul << (k))
/* Hits that make the subject of their clause the one who attacks. */
#define VIOLENT_VERBS	(KIND(LEX_ATTACK) | KIND(LEX_TYPE))

struct count {
	long	 victims;	/* -1 unknown */
	long	 attackers;	/* -1 unknown */
	int	 mentioned;
	int	 at_least;
	long	 sub_attackers;	/* attackers named as a subset of victims */
	int	 sub_all;	/* "including the attackers": all of them */
};

struct scan {
	const struct tokens *tk;
	const struct lex_hits *h;
	size_t	 first, last;	/* token range of the sentence */
};

/* A sentence's hits run in token order (lexicon.h): the searches of
 * them below start at the first hit of their tokens (lex_hit_from())
 * and stop at the first hit past them. */
static int
has_hit(const struct scan *sc, size_t from, size_t to, int kind)
{
	size_t i, s = sc->tk->v[sc->first].sent;
	size_t end = sc->h->sent_first[s + 1];

	for (i = lex_hit_from(sc->h, s, from); i < end; i++) {
		const struct lex_hit *x = &sc->h->v[i];

		if (x->tok >= to)
			break;
		if (x->kind == kind)
			return 1;
	}
	return 0;
}

/* Is token i the period of an abbreviation or an initial? */
static int
abbrev_dot(const struct tokens *tk, size_t i)
{
	return tk->v[i].kind == TOK_PUNCT && tk->lower[tk->v[i].start] == '.' &&
	    text_is_abbrev(tk->text, tk->v[i].start);
}

static int
hit_starts_at(const struct scan *sc, size_t tok, int kind)
{
	size_t i, s = sc->tk->v[sc->first].sent;
	size_t end = sc->h->sent_first[s + 1];

	for (i = lex_hit_from(sc->h, s, tok); i < end &&
	    sc->h->v[i].tok == tok; i++)
		if (sc->h->v[i].kind == kind)
			return 1;
	return 0;
}

/* The kinds of the hits that start in tokens [from, to), as bits;
 * with nouns_only, leaving out the attack words that are nouns for the
 * attackers ("one assailant" names a person, not an attack). */
static unsigned long
kinds_in(const struct scan *sc, size_t from, size_t to, int nouns_only)
{
	size_t i, s = sc->tk->v[sc->first].sent;
	size_t end = sc->h->sent_first[s + 1];
	unsigned long m = 0;

	for (i = lex_hit_from(sc->h, s, from); i < end; i++) {
		const struct lex_hit *x = &sc->h->v[i];

		if (x->tok >= to)
			break;
		if (nouns_only && (x->kind == LEX_ATTACK ||
		    x->kind == LEX_TYPE || x->kind == LEX_WEAPON) &&
		    lex_at(sc->tk, x->tok, LEX_ATTACKER, NULL) >= x->ntok)
			continue;
		m |= 1ul << x->kind;
	}
	return m;
}

static unsigned long
hit_kinds(const struct scan *sc, size_t from, size_t to)
{
	return kinds_in(sc, from, to, 0);
}

static unsigned long
noun_kinds(const struct scan *sc, size_t from, size_t to)
{
	return kinds_in(sc, from, to, 1);
}

/* hit_kinds() over tokens [from, to) of the sentence of token from,
 * which may be another sentence than the one scanned. */
static unsigned long
hit_kinds_at(const struct scan *sc, size_t from, size_t to)
{
	struct scan other = *sc;
	size_t s = sc->tk->v[from].sent;

	other.first = sc->tk->sent_first[s];
	other.last = sc->tk->sent_first[s + 1];
	return hit_kinds(&other, from, to);
}

/* A hit of `kind` ending exactly at token `end`. */
static int
hit_ends_at(const struct scan *sc, size_t end, int kind)
{
	size_t i, s = sc->tk->v[sc->first].sent;

	for (i = sc->h->sent_first[s]; i < sc->h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &sc->h->v[i];

		if (x->tok >= end)
			break;
		if (x->kind == kind && x->tok + x->ntok == end)
			return 1;
	}
	return 0;
}

/* Words after a number that show it is not a head count: units of time
 * and distance, things and animals, what a budget cuts ("slashed 300
 * jobs") and parts of one body ("lost two fingers", "broke three ribs").
 * Sorted: unit_word() is asked after every number read. */
static const char *const not_people[] = {
	"am", "animals", "attacks", "boats", "bombs", "buildings",
	"bullets", "camels", "candles", "cars", "cattle", "cows",
	"day", "days", "districts", "donkeys", "fingers", "flowers",
	"goats", "grenades", "head", "homes", "horses", "hour",
	"hours", "houses", "incidents", "jobs", "kilometers",
	"kilometres", "km", "limbs", "livestock", "meters", "metres",
	"miles", "minutes", "month", "months", "mortars", "o'clock",
	"percent", "pm", "positions", "posts", "provinces", "ribs",
	"rockets", "rounds", "sheep", "shells", "shops", "teeth",
	"times", "toes", "trucks", "vehicles", "villages", "week",
	"weeks", "wreaths", "yards", "year", "years",
};

static int
unit_word(const struct tokens *tk, size_t i)
{
	if (i >= tk->n)
		return 0;
	if (tk->v[i].kind == TOK_PUNCT)
		return tk->lower[tk->v[i].start] == ':' ||
		    tk->lower[tk->v[i].start] == '%';
	return tok_in_sorted(tk, i, not_people, NELEM(not_people));
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

/* Nouns a person word can qualify ("a passenger bus"): no person. */
static const char *const carriers[] = {
	"boat", "bus", "car", "coach", "convoy", "ferry", "jet", "lorry",
	"plane", "ship", "train", "truck", "van", "vehicle",
};

/* Does a word for a person end right before token z ("the shop
 * assistant", "a pump attendant")?  Its phrase may be of several words,
 * so it is looked for at each start that would end there. */
static int
person_ends(const struct tokens *tk, size_t z)
{
	size_t k;

	for (k = z; k > 0 && z - k < 4; k--)
		if (lex_at(tk, k - 1, LEX_PERSON, NULL) == z - (k - 1))
			return 1;
	return 0;
}

/* Is the number at token j an age ("both aged 14", "aged between 20 and
 * 68", "ages 15 to 17")? */
static int
age_before(const struct tokens *tk, size_t j)
{
	size_t k;

	/* "Luis Ortega, 47, was shot dead", "the cyclist, 63, died": a
	 * bare figure set off by commas after a name or a word for a
	 * person is that person's age */
	if (tk->v[j].kind == TOK_NUM && j >= 2 && j + 1 < tk->n &&
	    tk->v[j - 1].kind == TOK_PUNCT &&
	    tk->lower[tk->v[j - 1].start] == ',' &&
	    tk->v[j - 2].kind == TOK_WORD &&
	    ((tk->v[j - 2].flags & TOKF_CAP) ||
	    person_ends(tk, j - 1)) &&
	    tk->v[j + 1].kind == TOK_PUNCT &&
	    tk->lower[tk->v[j + 1].start] == ',')
		return 1;
	/* "the injured pupils, both 15, are stable": "both" has already
	 * counted them, and the bare figure after it is their age */
	if (tk->v[j].kind == TOK_NUM && j >= 1 && tok_is(tk, j - 1, "both") &&
	    (j + 1 >= tk->n || tk->v[j + 1].kind == TOK_PUNCT))
		return 1;
	for (k = j; k > 0 && j - k < 4; k--) {
		if (tok_is(tk, k - 1, "aged") || tok_is(tk, k - 1, "ages"))
			return 1;
		if (!(tk->v[k - 1].kind == TOK_NUM || tok_is(tk, k - 1,
		    "between") || tok_is(tk, k - 1, "from") ||
		    tok_is(tk, k - 1, "and") || tok_is(tk, k - 1, "to") ||
		    lex_at(tk, k - 1, LEX_NUM, NULL) > 0))
			return 0;
	}
	return 0;
}

/* "a 40-year-old man", "a six-month-old baby": the tokens of an age set
 * before a person word at token k, or 0. */
static size_t
age_len(const struct tokens *tk, size_t k)
{
	static const char *const spans[] = { "day", "month", "week", "year" };
	struct number n;
	size_t j;

	if (k >= tk->n || !number_at(tk, k, &n) || n.value <= 0)
		return 0;
	j = k + n.ntok;
	if (!tok_in_sorted(tk, j, spans, NELEM(spans)) ||
	    !tok_is(tk, j + 1, "old"))
		return 0;
	return j + 2 - k;
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

/* Plural person nouns not ending in -s. */
static const char *const plural_people[] = {
	"children", "folk", "people", "personnel", "police", "staff",
};

static int
plural_word(const struct tokens *tk, size_t k)
{
	const char *w = tk->lower + tk->v[k].start;
	size_t n = tk->v[k].len;

	/* "boss", "witness", "actress": -ss is singular */
	if (n > 1 && w[n - 1] == 's')
		return !(n > 2 && w[n - 2] == 's');
	/* "women", "gunmen", "policemen"; not "chairman" */
	if (n >= 3 && memcmp(w + n - 3, "men", 3) == 0)
		return 1;
	return tok_in_sorted(tk, k, plural_people, NELEM(plural_people));
}

/* Is there a singular person word within two tokens of j ("police
 * chief", "informer")? */
static int
singular_person(const struct scan *sc, size_t j, size_t limit)
{
	size_t k, n;

	for (k = j; k < j + 4 && k < limit; k++) {
		const struct token *t = &sc->tk->v[k];

		if (t->kind != TOK_WORD)
			return 0;
		/* the last word of "police officers" tells the number */
		if ((n = lex_at(sc->tk, k, LEX_PERSON, NULL)) > 0 ||
		    (n = lex_at(sc->tk, k, LEX_VIP, NULL)) > 0 ||
		    (n = lex_at(sc->tk, k, LEX_ATTACKER, NULL)) > 0)
			return !plural_word(sc->tk, k + n - 1);
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
	static const char *const stops[] = {	/* sorted */
		"across", "after", "against", "along", "among", "and",
		"around", "as", "at", "before", "behind", "between", "by",
		"during", "from", "in", "inside", "into", "near", "on",
		"outside", "through", "toward", "towards", "when", "while",
		"who", "with",
	};

	if (tk->v[k].kind == TOK_PUNCT)
		return 1;
	return tok_in_sorted(tk, k, stops, NELEM(stops));
}

/* "farm union leader Ramon Ortega": lowercase words ending in a singular
 * person word, then a name. */
static int
role_before_name(const struct scan *sc, size_t k)
{
	const struct tokens *tk = sc->tk;
	size_t p, n;

	for (p = k; p < k + 3 && p + 1 < sc->last; p++) {
		if (tk->v[p].kind != TOK_WORD || (tk->v[p].flags & TOKF_CAP) ||
		    np_stop(tk, p))
			return 0;
		if ((n = lex_at(tk, p, LEX_PERSON, NULL)) == 0)
			n = lex_at(tk, p, LEX_VIP, NULL);
		if (n > 0 && singular_person(sc, p, p + 1))
			return p + n < sc->last &&
			    (tk->v[p + n].flags & TOKF_CAP) != 0;
	}
	return 0;
}

/* Is the sentence in title case, as headlines are ("Gunmen Kill Six
 * At Roadside Bar")?  Every word of four letters or more starts with a
 * capital, or nearly every one and a preposition inside the sentence
 * does too; running text, however many names it has, writes its
 * prepositions in lowercase. */
static int
title_case(const struct scan *sc)
{
	static const char *const preps[] = {
		"after", "as", "at", "for", "from", "in", "into", "near", "of",
		"on", "over", "with",
	};
	const struct tokens *tk = sc->tk;
	size_t k, words = 0, caps = 0;
	int prep = 0;

	for (k = sc->first; k < sc->last; k++) {
		if (tk->v[k].kind != TOK_WORD)
			continue;
		if (k > sc->first && (tk->v[k].flags & TOKF_CAP) &&
		    tok_in_sorted(tk, k, preps, NELEM(preps)))
			prep = 1;
		if (tk->v[k].len < 4)
			continue;
		words++;
		if (tk->v[k].flags & TOKF_CAP)
			caps++;
	}
	return (words >= 4 && caps == words) ||
	    (words >= 3 && prep && caps * 5 >= words * 4);
}

/* Capitalised words that open a clause, not a name. */
static const char *const not_names[] = {
	"after", "also", "at", "before", "besides", "during", "earlier",
	"elsewhere", "however", "in", "later", "meanwhile", "on", "overall",
	"then", "this", "when", "while",
};

/*
 * "Mateo Rincon, a youth coach and a member of the parish council, and
 * his son": after a name, a phrase set off by commas that starts with
 * a determiner or a lowercase word is an apposition, "and" inside it
 * joining no one; it is closed by ", and" before the next person.  k is
 * the token after the name.  Returns the closing comma, or 0.
 */
static size_t
apposition_end(const struct scan *sc, size_t k, size_t limit)
{
	const struct tokens *tk = sc->tk;
	size_t q;
	int depth = 0;

	if (k + 2 >= limit || tk->v[k].kind != TOK_PUNCT ||
	    tk->lower[tk->v[k].start] != ',' ||
	    tk->v[k + 1].kind != TOK_WORD || tok_is(tk, k + 1, "and") ||
	    ((tk->v[k + 1].flags & TOKF_CAP) && !tok_is(tk, k + 1, "a") &&
	    !tok_is(tk, k + 1, "an") && !tok_is(tk, k + 1, "the")))
		return 0;
	for (q = k + 1; q + 1 < limit && q < k + 18; q++) {
		char ch = tk->lower[tk->v[q].start];

		if (tk->v[q].kind != TOK_PUNCT)
			continue;
		if (ch == '(')
			depth++;
		else if (ch == ')' && depth > 0)
			depth--;
		else if (ch == ',' && depth == 0)
			return tok_is(tk, q + 1, "and") ? q : 0;
		else if (depth == 0 && ch != '/' && !abbrev_dot(tk, q))
			return 0;
	}
	return 0;
}

/* Count noun phrases like "the owner and a customer" after an active verb:
 * each singular determiner and noun is one person. */
/* "his", "her", "their" at token k */
static int
possessive_det(const struct tokens *tk, size_t k)
{
	return tok_is(tk, k, "his") || tok_is(tk, k, "her") ||
	    tok_is(tk, k, "their");
}

static long
singular_objects(const struct scan *sc, size_t j, int *attacker,
    size_t *endp)
{
	const struct tokens *tk = sc->tk;
	long n = 0;
	size_t k = j;
	int att;
	struct number num;

	*attacker = 0;
	while (k < sc->last && k < j + 20) {
		/* "his 19-year-old son" is one person whatever the age:
		 * the number of an age counts nobody */
		if (possessive_det(tk, k) && number_at(tk, k + 1, &num) &&
		    num.value > 0 && age_len(tk, k + 1) == 0 &&
		    people_after(sc, k + 1 + num.ntok, sc->last, &att)) {
			/* "a farmer and his two sons" */
			n += num.value;
			k += 1 + num.ntok;
			while (k < sc->last && tk->v[k].kind == TOK_WORD &&
			    !np_stop(tk, k))
				k++;
			if (k < sc->last && tok_is(tk, k, "and"))
				k++;
			else
				break;
		} else if (tok_is(tk, k, "a") || tok_is(tk, k, "an") ||
		    tok_is(tk, k, "the") || tok_is(tk, k, "his") ||
		    tok_is(tk, k, "her") || tok_is(tk, k, "their") ||
		    (n > 0 && tok_is(tk, k, "another"))) {
			size_t w = k + 1, headw, of = 0;
			const char *hw;

			while (w < sc->last && w < k + 12) {
				/* "a member of the Elite Forces": the head
				 * comes before "of" */
				if (tok_is(tk, w, "of") && of == 0)
					of = w;
				/* "a Coastal Defence Forces (CDF)
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
			headw = of > k + 1 ? of - 1 : w - 1;
			hw = tk->lower + tk->v[headw].start;
			/* A plural noun is a group of unknown size
			 * ("their children", "the gunmen"). */
			if ((tk->v[headw].len > 3 &&
			    hw[tk->v[headw].len - 1] == 's' &&
			    hw[tk->v[headw].len - 2] != 's') ||
			    tok_in_sorted(tk, headw, plural_people,
			    NELEM(plural_people)) ||
			    (lex_at(tk, headw, LEX_PERSON, NULL) > 0 &&
			    plural_word(tk, headw)))
				break;
			/* "a couple" is two people, "a family of five"
			 * five */
			if (of > k + 1 && tok_is(tk, headw, "family") &&
			    number_at(tk, of + 1, &num) && num.value > 1 &&
			    of + 1 + num.ntok == w)
				n += num.value;
			else
				n += tok_is(tk, headw, "couple") ? 2 : 1;
			if (people_after(sc, k + 1, w, &att))
				*attacker |= att;
			k = w;
			if (k < sc->last && tok_is(tk, k, "and"))
				k++;
			else
				break;
		} else if (singular_person(sc, k, k + 1) ||
		    (k == j && role_before_name(sc, k))) {
			/* "killed mayor Okonjo", "killed nurse and her
			 * husband" */
			n++;
			k++;
			while (k < sc->last && k < j + 20 &&
			    (tk->v[k].flags & TOKF_CAP))
				k++;
			if (k < sc->last && tok_is(tk, k, "and"))
				k++;
			else
				break;
		} else if (n > 0 && number_at(tk, k, &num) && num.value > 0 &&
		    people_after(sc, k + num.ntok, sc->last, &att)) {
			/* "the owner of a shop and two people working for
			 * him" */
			n += num.value;
			break;
		} else if ((k == j || (n > 0 && tok_is(tk, k - 1, "and"))) &&
		    ((tk->v[k].flags & TOKF_CAP) ||
		    ((tok_is(tk, k, "al") || tok_is(tk, k, "el")) &&
		    (tk->v[k].flags & TOKF_HYPHEN) && k + 1 < sc->last &&
		    (tk->v[k + 1].flags & TOKF_CAP))) &&
		    !has_hit(sc, k, k + 1, LEX_TODAY) &&
		    !has_hit(sc, k, k + 1, LEX_GROUP) &&
		    /* "Shot Dead In Northwest Pakistan": a headline's
		     * capitals */
		    !tok_in_sorted(tk, k, not_names, NELEM(not_names)) &&
		    !title_case(sc)) {
			size_t q;

			/* a named person, and who else is named after it
			 * and its apposition: "Mateo Rincon, a youth coach
			 * and a council member, and his son" */
			n++;
			for (k++; k < sc->last && k < j + 20 &&
			    tk->v[k].kind == TOK_WORD &&
			    ((tk->v[k].flags & TOKF_CAP) || tok_is(tk, k, "al") ||
			    tok_is(tk, k, "el") || tok_is(tk, k, "bin")); k++)
				;
			if ((q = apposition_end(sc, k, sc->last)) > 0)
				k = q + 2;
			else if (k < sc->last && tok_is(tk, k, "and") &&
			    k + 1 < sc->last && (tk->v[k + 1].flags & TOKF_CAP))
				k++;
			else
				break;
		} else {
			break;
		}
	}
	*endp = k;
	return n;
}

/* Words before "number" that leave the count unknown. */
static const char *const unknown_words[] = {
	"undetermined", "unknown", "unspecified", "untold",
};

/* "an unknown number of people": said outright that nobody knows how
 * many.  Returns the token after "number", or 0. */
static size_t
unknown_number(const struct tokens *tk, size_t k, size_t last)
{
	if (k < last && (tok_is(tk, k, "an") || tok_is(tk, k, "a")))
		k++;
	if (k + 1 < last && tok_in_sorted(tk, k, unknown_words,
	    NELEM(unknown_words)) && tok_is(tk, k + 1, "number"))
		return k + 2;
	return 0;
}

/* "the bomber", "the suspected suicide bomber": one attacker named with a
 * determiner at token k.  Returns the token after the noun, or 0. */
static size_t
one_attacker(const struct scan *sc, size_t k)
{
	const struct tokens *tk = sc->tk;
	size_t w, n;

	if (!(tok_is(tk, k, "the") || tok_is(tk, k, "a") ||
	    tok_is(tk, k, "an")))
		return 0;
	for (w = k + 1; w < sc->last && w < k + 4; w++) {
		if (tk->v[w].kind != TOK_WORD || np_stop(tk, w))
			return 0;
		if ((n = lex_at(tk, w, LEX_ATTACKER, NULL)) > 0)
			return singular_person(sc, w, w + n) ? w + n : 0;
	}
	return 0;
}

/* Prepositions of a short phrase between a count and its subsets. */
static const char *const subset_preps[] = {
	"at", "during", "in", "inside", "near", "on", "outside",
};

/* Past a short phrase of place or time and its comma after a count ("were
 * killed in the firefight, ..."), or the comma alone: where what the
 * count goes on with starts. */
static size_t
skip_setting(const struct scan *sc, size_t k)
{
	const struct tokens *tk = sc->tk;
	size_t e;

	if (k < sc->last && tok_in_sorted(tk, k, subset_preps,
	    NELEM(subset_preps)))
		for (e = k + 1; e + 1 < sc->last && e < k + 6 &&
		    tk->v[e].kind == TOK_WORD; e++)
			if (tk->v[e + 1].kind == TOK_PUNCT &&
			    tk->lower[tk->v[e + 1].start] == ',') {
				k = e + 1;
				break;
			}
	if (k < sc->last && tk->v[k].kind == TOK_PUNCT &&
	    tk->lower[tk->v[k].start] == ',')
		k++;
	return k;
}

/* "were killed, including 40 attackers", "killed 10 people, including
 * two attackers", "including 27 troops and 40 attackers": attackers
 * named in a list of subsets after the count are among the dead already
 * counted.  Returns the token after the list when it names any, or 0. */
static size_t
subset_after(const struct scan *sc, size_t k, struct count *c)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	long att_n = 0;
	size_t after = 0, e;
	int att;

	/* "were killed in the firefight, including ..." */
	k = skip_setting(sc, k);
	/* "eight people were killed, a toll that included the bomber" */
	if (k + 4 < sc->last && tok_is(tk, k, "a") && (tok_is(tk, k + 1,
	    "toll") || tok_is(tk, k + 1, "figure") || tok_is(tk, k + 1,
	    "total")) && tok_is(tk, k + 2, "that") && (tok_is(tk, k + 3,
	    "included") || tok_is(tk, k + 3, "includes")))
		k += 3;
	if (k >= sc->last || !(tok_is(tk, k, "including") ||
	    tok_is(tk, k, "included") || tok_is(tk, k, "includes")))
		return 0;
	k++;
	for (;;) {
		if (number_at(tk, k, &n) && n.value > 0 &&
		    !unit_word(tk, k + n.ntok)) {
			/* the noun phrase of the number, its people in it
			 * ("40 wounded when a bomber ..." names none) */
			for (e = k + n.ntok; e < sc->last &&
			    tk->v[e].kind == TOK_WORD && !np_stop(tk, e); e++)
				;
			if (!people_after(sc, k + n.ntok, e, &att))
				break;
			if (att)
				att_n += n.value, after = e;
		} else if (tok_is(tk, k, "himself") ||
		    tok_is(tk, k, "herself")) {
			/* "killing nine people including himself" */
			att_n++;
			e = after = k + 1;
		} else if ((e = one_attacker(sc, k)) > 0) {
			/* "including the (suspected suicide) bomber" */
			att_n++;
			after = e;
		} else {
			break;
		}
		/* the next conjunct: ", ", " and ", ", and " */
		k = e;
		if (k < sc->last && tk->v[k].kind == TOK_PUNCT &&
		    tk->lower[tk->v[k].start] == ',')
			k++;
		if (k < sc->last && tok_is(tk, k, "and"))
			k++;
		if (k == e)
			break;
	}
	if (att_n == 0)
		return 0;
	c->sub_attackers += att_n;
	return after;
}

/*
 * "12 civilians were killed, along with all five attackers", "two
 * soldiers were killed in the raid along with a civilian": people joined
 * by "along with" or "together with" after a passive casualty verb (and
 * a short phrase of place) took the same harm.  k is the token after
 * the verb; their count goes to c, as attackers when the noun names
 * them.  Attackers listed after them ("along with all five attackers,
 * including the suicide bomber") are among them already.  Returns the
 * token after what was read, or 0.
 */
static size_t
along_after(const struct scan *sc, size_t k, struct count *c)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	struct count among;
	size_t e, q, s;
	int att = 0;

	k = skip_setting(sc, k);
	if (k + 2 >= sc->last || !(tok_is(tk, k, "along") ||
	    tok_is(tk, k, "together")) || !tok_is(tk, k + 1, "with"))
		return 0;
	k += 2;
	q = (tok_is(tk, k, "all") || tok_is(tk, k, "the") ||
	    possessive_det(tk, k)) && number_at(tk, k + 1, &n) ? k + 1 : k;
	if (number_at(tk, q, &n) && n.value > 0 && !unit_word(tk, q + n.ntok) &&
	    people_after(sc, q + n.ntok, sc->last, &att)) {
		add(c, n.value, att, n.at_least);
		e = q + n.ntok;
	} else if ((tok_is(tk, k, "a") || tok_is(tk, k, "an") ||
	    tok_is(tk, k, "the") || possessive_det(tk, k)) &&
	    singular_person(sc, k + 1, sc->last)) {
		people_after(sc, k + 1, k + 2, &att);
		add(c, 1, att, 0);
		e = k + 1;
	} else {
		return 0;
	}
	while (e < sc->last && tk->v[e].kind == TOK_WORD && !np_stop(tk, e))
		e++;
	among = *c;
	if (att && (s = subset_after(sc, e, &among)) > 0)
		e = s;
	return e;
}

/* Does a clause of its own start with the people from token k on, its
 * verb within a few words ("killed three people and a guard was
 * wounded", "and two soldiers died later")?  Then they are no second
 * object of the verb before.  A relative clause ("and a guard who was
 * on duty") leaves them one. */
static int
new_clause_at(const struct scan *sc, size_t k)
{
	static const char *const verbs[] = {
		"are", "died", "had", "has", "have", "is", "remain",
		"remained", "remains", "suffered", "sustained", "was", "were",
	};
	size_t p;

	for (p = k; p < sc->last && p < k + 5; p++) {
		if (sc->tk->v[p].kind != TOK_WORD ||
		    tok_relative(sc->tk, p))
			return 0;
		if (tok_in_sorted(sc->tk, p, verbs, NELEM(verbs)))
			return 1;
	}
	return 0;
}

/* Tokens of a conjunction joining two counted objects at token k ("and",
 * "as well as", "along with": "killing six soldiers along with all five
 * attackers"), or 0. */
static size_t
conj_len(const struct tokens *tk, size_t k)
{
	if (tok_is(tk, k, "and"))
		return 1;
	if (tok_is(tk, k, "as") && tok_is(tk, k + 1, "well") &&
	    tok_is(tk, k + 2, "as"))
		return 3;
	if ((tok_is(tk, k, "along") || tok_is(tk, k, "together")) &&
	    tok_is(tk, k + 1, "with"))
		return 2;
	return 0;
}

/* Continue the look for a conjunction after counted people from token k,
 * through words that go on qualifying them, up to token `limit`: the
 * token of the conjunction, or k when a comma, a clause word or the
 * limit comes first. */
static size_t
modifier_end(const struct scan *sc, size_t k, size_t limit)
{
	static const char *const clause[] = {
		"after", "although", "as", "because", "before", "but", "if",
		"since", "that", "then", "though", "until", "when", "where",
		"whereas", "which", "while", "who", "whom", "whose",
	};
	size_t p;

	for (p = k; p < sc->last && p < limit; p++) {
		if (conj_len(sc->tk, p) > 0)
			return p;
		if (sc->tk->v[p].kind != TOK_WORD ||
		    tok_in_sorted(sc->tk, p, clause, NELEM(clause)))
			return k;
	}
	return k;
}

/* Active form: count after the verb. */
/* Parts of the body a wound is told by. */
static const char *const body_parts[] = {
	"abdomen", "arm", "arms", "back", "chest", "eye", "eyes", "face",
	"foot", "hand", "hands", "head", "leg", "legs", "neck", "shoulder",
	"stomach", "thigh",
};

static int
count_forward(const struct scan *sc, size_t j, struct count *c, size_t *endp)
{
	struct number n;
	size_t k0, far;
	int att;
	long v;

	if (j < sc->last && (tok_is(sc->tk, j, "a") &&
	    tok_is(sc->tk, j + 1, "total") && tok_is(sc->tk, j + 2, "of")))
		j += 3;
	/* "killing all four attackers": the whole of a raiding party
	 * ("all 19 people on board" is a crash's toll, left alone) */
	if (j + 1 < sc->last && tok_is(sc->tk, j, "all") &&
	    number_at(sc->tk, j + 1, &n) && n.value > 0 &&
	    people_after(sc, j + 1 + n.ntok, sc->last, &att) && att)
		j++;
	/* "killing two rangers and wounding another" */
	if (j < sc->last && tok_is(sc->tk, j, "another") &&
	    (j + 1 == sc->last || np_stop(sc->tk, j + 1) ||
	    singular_person(sc, j + 1, j + 2))) {
		add(c, 1, people_after(sc, j + 1, j + 2, &att) && att, 0);
		*endp = j + 1;
		return 1;
	}
	if ((k0 = unknown_number(sc->tk, j, sc->last)) > 0) {
		c->mentioned = 1;
		*endp = k0;
		return 1;
	}
	if (j < sc->last && number_at(sc->tk, j, &n) &&
	    !unit_word(sc->tk, j + n.ntok)) {
		size_t k = j + n.ntok;
		/* the words after the count that may name the people
		 * counted before a subset or a second group */
		size_t np_end = k + 4;
		struct number m;

		if (!people_after(sc, k, sc->last, &att))
			att = 0;
		/* "killed six villagers, beheading four of them": some of
		 * those already counted ("abducted ten and killed three of
		 * them" counts the three) */
		if (k + 1 < sc->last && tok_is(sc->tk, k, "of") &&
		    (tok_is(sc->tk, k + 1, "them") ||
		    tok_is(sc->tk, k + 1, "whom")) && c->victims >= n.value) {
			c->mentioned = 1;
			*endp = k + 2;
			return 1;
		}
		add(c, n.value, att, n.at_least);
		/* "killed 10 people, including two attackers" */
		for (k0 = k; k0 < sc->last && k0 < np_end &&
		    sc->tk->v[k0].kind == TOK_WORD && !np_stop(sc->tk, k0) &&
		    !tok_is(sc->tk, k0, "including"); k0++)
			;
		if (!att && (k0 = subset_after(sc, k0, c)) > 0) {
			*endp = k0;
			return 1;
		}
		/* "eight pupils and a security guard", "two soldiers and
		 * three civilians", "eight commandos and their driver",
		 * "six fighters as well as the bomber" */
		/* a comma not before the conjunction ends the object:
		 * "shot dead a dozen people, residents and a local
		 * official said" */
		while (k < sc->last && k < np_end &&
		    conj_len(sc->tk, k) == 0 &&
		    !(sc->tk->v[k].kind == TOK_PUNCT &&
		    conj_len(sc->tk, k + 1) == 0))
			k++;
		/* a phrase that qualifies the people counted may stand
		 * between: "four engineers employed by a road company and
		 * a security guard", "two teachers of the village school
		 * and a pupil"; it is words only, and no clause starts in
		 * it.  What follows the conjunction must still be people. */
		far = sc->last;
		if (k == np_end) {
			k = modifier_end(sc, k, j + n.ntok + 10);
			/* after a long phrase, only a conjunct whose
			 * head is a person within two words: not "in a
			 * bombing in Oslo and a shooting at a youth camp" */
			far = k + 4 < sc->last ? k + 4 : sc->last;
		}
		*endp = j + n.ntok + 1;
		if (k < sc->last && (k0 = conj_len(sc->tk, k)) > 0) {
			size_t q;

			k += k0 - 1;
			/* "and a guard was wounded": the clause after
			 * counts its own */
			if (new_clause_at(sc, k + 1))
				return 1;
			/* "along with all five attackers", "and the three
			 * gunmen": the count after the word */
			q = (tok_is(sc->tk, k + 1, "all") ||
			    tok_is(sc->tk, k + 1, "the") ||
			    possessive_det(sc->tk, k + 1)) &&
			    number_at(sc->tk, k + 2, &m) ? k + 2 : k + 1;
			if (number_at(sc->tk, q, &m) && m.value > 0 &&
			    people_after(sc, q + m.ntok,
			    far < sc->last ? far + m.ntok - 1 : far, &att)) {
				add(c, m.value, att, m.at_least);
				*endp = q + m.ntok + 1;
			} else if ((tok_is(sc->tk, k + 1, "a") ||
			    tok_is(sc->tk, k + 1, "an")) &&
			    !unknown_number(sc->tk, k + 1, sc->last) &&
			    people_after(sc, k + 2, far, &att)) {
				add(c, 1, att, 0);
				*endp = k + 3;
			} else if (sc->tk->v[k - 1].kind == TOK_WORD &&
			    (tok_is(sc->tk, k + 1, "the") ||
			    tok_is(sc->tk, k + 1, "his") ||
			    tok_is(sc->tk, k + 1, "her") ||
			    tok_is(sc->tk, k + 1, "their"))) {
				size_t p = k + 2;

				/* "and their Afghan guide": one word may
				 * qualify the person */
				if (p + 1 < sc->last &&
				    sc->tk->v[p].kind == TOK_WORD &&
				    !singular_person(sc, p, sc->last) &&
				    singular_person(sc, p + 1, sc->last))
					p++;
				if (people_after(sc, p, sc->last, &att) &&
				    singular_person(sc, p, sc->last)) {
					add(c, 1, att, 0);
					*endp = p + 1;
				}
			}
		}
		return 1;
	}
	/* "injuring her hands and face": one person hurt in the body */
	if (j + 1 < sc->last && (tok_is(sc->tk, j, "his") ||
	    tok_is(sc->tk, j, "her")) && tok_in_sorted(sc->tk, j + 1,
	    body_parts, NELEM(body_parts))) {
		add(c, 1, 0, 0);
		*endp = j + 2;
		return 1;
	}
	/* "hit her in the head, injuring her" */
	if (j < sc->last && (tok_is(sc->tk, j, "him") || tok_is(sc->tk, j,
	    "her")) && (j + 1 == sc->last || np_stop(sc->tk, j + 1))) {
		add(c, 1, 0, 0);
		*endp = j + 1;
		/* "killing him and two of his guards", "killing her and
		 * her driver" */
		k0 = j + 2;
		if (!tok_is(sc->tk, j + 1, "and") || k0 >= sc->last)
			return 1;
		if (number_at(sc->tk, k0, &n) && n.value > 0 &&
		    tok_is(sc->tk, k0 + n.ntok, "of") &&
		    possessive_det(sc->tk, k0 + n.ntok + 1) &&
		    people_after(sc, k0 + n.ntok + 2, sc->last, &att)) {
			add(c, n.value, att, n.at_least);
			*endp = k0 + n.ntok + 3;
		} else if (possessive_det(sc->tk, k0) &&
		    singular_person(sc, k0 + 1, sc->last)) {
			add(c, 1, 0, 0);
			*endp = k0 + 2;
		}
		return 1;
	}
	v = singular_objects(sc, j, &att, &k0);
	if (v > 0) {
		add(c, v, att, 0);
		/* the object read is no subject of a later verb */
		*endp = k0 > j ? k0 : j + 1;
		return 1;
	}
	return 0;
}

/* "Leila and her cousin were killed", "Nasir Gul, a shopkeeper, and one
 * assailant": a name opening the clause and followed by
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

/* "Al-Rawi and al-Hassan were killed": a region of nothing but names
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

/* Words after which a noun phrase's head has been read: "a member of the
 * Elite Forces" is one member. */
static const char *const head_stops[] = {
	"at", "for", "from", "guarding", "in", "inside", "near", "of", "on",
	"outside", "who", "with",
};

/* Nouns that a number names without saying who: "Two people, a nurse
 * and a shopkeeper" lists the two. */
static const char *const generic_people[] = {
	"individuals", "others", "people", "persons", "victims",
};

enum { CJ_NONE, CJ_NUM, CJ_DET, CJ_BARE, CJ_NAME, CJ_ONE };

struct conj {
	int	 kind;		/* CJ_* */
	long	 n;
	int	 attacker;
	int	 person;	/* names a person outright */
	int	 generic;	/* CJ_NUM with a generic noun */
	int	 after_comma;	/* a bare comma before it, no "and" */
	int	 no_noun;	/* CJ_NUM with no person word after it */
	int	 place_end;	/* ends "in" a name: "workers in Kinda" */
};

/* Do tokens [a, b) end with a preposition of place and a name ("six
 * workers in Kinda")?  The name after the next comma is then the rest
 * of the place ("in Kinda, Northern Province,"), no person. */
static int
ends_in_place(const struct tokens *tk, size_t a, size_t b)
{
	static const char *const preps[] = {
		"at", "from", "in", "near", "outside",
	};
	/* "in Yahukimo regency, Highland Papua,": a name with the kind
	 * of place after it */
	static const char *const units[] = {
		"area", "city", "county", "department", "district",
		"municipality", "province", "regency", "region", "state",
		"subdistrict", "tehsil", "town", "township", "village",
	};
	size_t k = b;

	if (k > a + 2 && tok_in_sorted(tk, k - 1, units, NELEM(units)) &&
	    (tk->v[k - 2].flags & TOKF_CAP))
		b = --k;
	while (k > a && tk->v[k - 1].kind == TOK_WORD &&
	    (tk->v[k - 1].flags & TOKF_CAP))
		k--;
	return k < b && k > a && tok_in_sorted(tk, k - 1, preps, NELEM(preps));
}

/* Read one conjunct of tokens [a, b); 0 when it is none. */
static int
conj_read(const struct scan *sc, size_t a, size_t b, struct conj *cj)
{
	const struct tokens *tk = sc->tk;
	struct number num;
	size_t k, head;
	const char *hw;
	unsigned long kinds;
	int det, att;

	kinds = noun_kinds(sc, a, b);
	cj->kind = CJ_NONE;
	cj->n = 0;
	cj->no_noun = 0;
	cj->person = (kinds & (KIND(LEX_PERSON) | KIND(LEX_ATTACKER) |
	    KIND(LEX_VIP))) != 0;
	cj->attacker = (kinds & KIND(LEX_ATTACKER)) &&
	    region_attacker(sc, a, b);
	cj->generic = 0;
	/* "The vest detonated, and two people were injured": a clause,
	 * not a person. */
	if (a >= b || (kinds & (KIND(LEX_SUBSET) | KIND(LEX_GROUP) |
	    KIND(LEX_ATTACK) | KIND(LEX_WEAPON) | KIND(LEX_KILL) |
	    KIND(LEX_INJURE) | KIND(LEX_TYPE))))
		return 0;
	/* "another", "a second", "the other", "one other", and "another
	 * man" */
	if ((b - a == 1 && tok_is(tk, a, "another")) || (b - a == 2 &&
	    ((tok_is(tk, a, "a") && (tok_is(tk, a + 1, "second") ||
	    tok_is(tk, a + 1, "third"))) || (tok_is(tk, a + 1, "other") &&
	    (tok_is(tk, a, "the") || tok_is(tk, a, "one"))) ||
	    (tok_is(tk, a, "another") && singular_person(sc, a + 1, b))))) {
		cj->kind = CJ_ONE;
		cj->n = 1;
		cj->person = 1;
		return 1;
	}
	if (possessive_det(tk, a)) {
		cj->person = 1;		/* "his driver", "their mother" */
		if (number_at(tk, a + 1, &num) && num.value > 0) {
			cj->kind = CJ_NUM;
			cj->n = num.value;
			return !unit_word(tk, a + 1 + num.ntok);
		}
	}
	/* "two policemen and the three gunmen": the count after "the" */
	if (tok_is(tk, a, "the") && number_at(tk, a + 1, &num) &&
	    num.value > 0 && people_after(sc, a + 1 + num.ntok, b, &att)) {
		cj->kind = CJ_NUM;
		cj->n = num.value;
		cj->person = 1;
		return !unit_word(tk, a + 1 + num.ntok);
	}
	if (number_at(tk, a, &num)) {
		if (num.value <= 0 || unit_word(tk, a + num.ntok))
			return 0;
		cj->kind = CJ_NUM;
		cj->n = num.value;
		cj->no_noun = !people_after(sc, a + num.ntok, b, &att);
		cj->generic = a + num.ntok < b && tok_in_sorted(tk, a + num.ntok,
		    generic_people, NELEM(generic_people));
		cj->person |= tok_is(tk, a + num.ntok, "others") ||
		    (tok_is(tk, a + num.ntok, "of") && a + num.ntok + 1 < b);
		return 1;
	}
	det = tok_is(tk, a, "a") || tok_is(tk, a, "an") ||
	    tok_is(tk, a, "the") || tok_is(tk, a, "his") ||
	    tok_is(tk, a, "her") || tok_is(tk, a, "their");
	if (det || (tk->v[a].kind == TOK_WORD &&
	    !(tk->v[a].flags & TOKF_CAP))) {
		head = det ? a + 1 : a;
		for (k = head; k < b; k++) {
			if (tk->v[k].kind == TOK_PUNCT || tok_in_sorted(tk, k,
			    head_stops, NELEM(head_stops)))
				break;
			head = k;
		}
		/* without a determiner only a person word makes one:
		 * "the soldier and civilian", not "identified as Ali" */
		if (head >= b || tk->v[head].kind != TOK_WORD ||
		    (!det && !singular_person(sc, head, head + 1)))
			return 0;
		hw = tk->lower + tk->v[head].start;
		/* "the soldiers" is a group of unknown size */
		if (tk->v[head].len > 3 && hw[tk->v[head].len - 1] == 's' &&
		    hw[tk->v[head].len - 2] != 's')
			return 0;
		cj->kind = det ? CJ_DET : CJ_BARE;
		cj->n = 1;
		return 1;
	}
	/* "Former provincial governor Habib Rahimi": a title with a
	 * person word, then a name */
	for (k = b; k > a && tk->v[k - 1].kind == TOK_WORD &&
	    (tk->v[k - 1].flags & TOKF_CAP); k--)
		;
	if (k > a + 1 && k < b && (kinds & (KIND(LEX_PERSON) |
	    KIND(LEX_VIP)))) {
		for (head = a; head < k && tk->v[head].kind == TOK_WORD; head++)
			;
		if (head == k && hit_kinds(sc, a, k) & (KIND(LEX_PERSON) |
		    KIND(LEX_VIP))) {
			cj->kind = CJ_NAME;
			cj->n = 1;
			cj->person = 1;
			return 1;
		}
	}
	/* A name, "Okafor", "Al-Hassan", or a name's relative, "Mensah's
	 * wife"; a headline in title case names nobody by its capitals
	 * ("Gunmen Storm Market, 14 Dead"). */
	hw = tk->lower + tk->v[a].start;
	if (!(tk->v[a].flags & TOKF_CAP) || tok_in_sorted(tk, a, not_names,
	    NELEM(not_names)) || has_hit(sc, a, a + 1, LEX_TODAY) ||
	    lex_at(tk, a, LEX_NUM, NULL) > 0 || (tk->v[a].len > 4 &&
	    hw[tk->v[a].len - 2] == 'l' && hw[tk->v[a].len - 1] == 'y') ||
	    title_case(sc))
		return 0;	/* "Additionally," */
	for (k = a; k < b; k++) {
		const struct token *t = &tk->v[k];

		if ((t->kind == TOK_WORD && ((t->flags & TOKF_CAP) ||
		    tok_is(tk, k, "al") || tok_is(tk, k, "el") ||
		    tok_is(tk, k, "bin") || tok_is(tk, k, "de"))) ||
		    (k > a && abbrev_dot(tk, k)))
			continue;
		if (k > a && t->kind == TOK_WORD && t->len > 2 &&
		    t[-1].len > 2 &&
		    tk->lower[t[-1].start + t[-1].len - 1] == 's' &&
		    tk->lower[t[-1].start + t[-1].len - 2] == '\'' &&
		    singular_person(sc, k, k + 1)) {
			cj->person = 1;
			k = b;
			break;
		}
		return 0;
	}
	cj->kind = CJ_NAME;
	cj->n = 1;
	return 1;
}

#define CONJ_MAX	8

/*
 * The subject of a passive casualty verb read as a list of conjuncts:
 * "Okafor and his driver", "the scholar and two others", "Moreno, the ward
 * clerk, and his wife", "and another" (the verb left out).  A
 * conjunct is a number with its noun, or one person: a determiner and a
 * singular noun, a name, "another", "a second".  A determiner's conjunct
 * set off by a bare comma after a name, or a name after a determiner's,
 * is an apposition and adds nobody; people listed after a number with a
 * generic noun that they add up to are its breakdown.  Returns 0 when the
 * region is no such list or names nobody for sure.
 */
static int
conjuncts(const struct scan *sc, size_t from, size_t v, int singular,
    long *victims, long *attackers)
{
	const struct tokens *tk = sc->tk;
	struct conj cj[CONJ_MAX];
	size_t a = from, k, ncj = 0, i, q;
	int comma = 0, person = 0, depth = 0, names = 1, skipped = 0;
	int ands = 0;
	long rest = 0;

	*victims = *attackers = 0;
	while (a < v && (tok_is(tk, a, "and") || (tk->v[a].kind == TOK_PUNCT &&
	    tk->lower[tk->v[a].start] == ',')))
		a++;
	/* one conjunct, and not "another": nothing to read (the common
	 * case, so checked first) */
	if (v - a > 2) {
		for (k = a; k < v; k++)
			if (tok_is(tk, k, "and") || (tk->v[k].kind ==
			    TOK_PUNCT && tk->lower[tk->v[k].start] == ','))
				break;
		if (k == v)
			return 0;
	}
	/* "Six people were killed, including two officers of the town guard
	 * and three people were injured": the subset belongs to the clause
	 * before; this one's subject follows its last "and". */
	if (a < v && (tok_is(tk, a, "including") || hit_starts_at(sc, a,
	    LEX_SUBSET))) {
		for (k = v; k > a && !tok_is(tk, k - 1, "and"); k--)
			;
		if (k == a)
			return 0;
		a = k;
		skipped = 1;
	}
	for (k = a; k <= v; k++) {
		int sep = k == v;
		struct number num;

		/* "one hundred and five" is one conjunct */
		if (k == a && k < v && number_at(tk, k, &num) && num.ntok > 1)
			k += num.ntok - 1;

		if (k < v && tk->v[k].kind == TOK_PUNCT) {
			char ch = tk->lower[tk->v[k].start];

			if (ch == '(')
				depth++;
			else if (ch == ')' && depth > 0)
				depth--;
			else if (ch == ',' && depth == 0)
				sep = 1;
			else if (depth == 0 && !abbrev_dot(tk, k))
				return 0;
		} else if (k < v && depth == 0 && tok_is(tk, k, "and")) {
			sep = 1;
			ands++;
		}
		if (!sep)
			continue;
		if (k > a) {
			size_t b = k;

			/* a parenthesis ends the conjunct it explains */
			for (i = a; i < k; i++)
				if (tk->v[i].kind == TOK_PUNCT &&
				    tk->lower[tk->v[i].start] == '(') {
					b = i;
					break;
				}
			if (ncj == CONJ_MAX || !conj_read(sc, a, b, &cj[ncj]))
				return 0;
			cj[ncj].place_end = ends_in_place(tk, a, b);
			cj[ncj].after_comma = comma;
			ncj++;
			comma = 0;
			/* "Father Moretti, a parish priest and teacher,
			 * and a nun" */
			if (cj[ncj - 1].kind == CJ_NAME && k < v &&
			    (q = apposition_end(sc, k, v)) > 0) {
				k = q;
				comma = 1;
				a = q + 1;
				continue;
			}
		}
		if (k < v && tk->v[k].kind == TOK_PUNCT)
			comma = 1;
		else if (k < v)
			comma = 0;	/* "and", or ", and" */
		a = k + 1;
	}
	/* a singular verb takes one subject: "Ruiz, the harbour master
	 * and treasurer of the guild, was injured" */
	if (ncj == 0 || (ncj == 1 && cj[0].kind != CJ_ONE && !skipped) ||
	    (singular && cj[0].kind != CJ_ONE))
		return 0;
	for (i = 0; i < ncj; i++) {
		/* "in Kinda, Northern Province,": the place goes on */
		if (i > 0 && cj[i].kind == CJ_NAME && cj[i].after_comma &&
		    cj[i - 1].place_end) {
			cj[i].n = 0;
			cj[i].place_end = 1;
			continue;
		}
		person |= cj[i].person;
		/* "A fourth colleague, the driver, survived": people
		 * set off by commas with no "and" are one person named
		 * twice; a list joins its last with "and" */
		if (i > 0 && ((cj[i].after_comma &&
		    ((cj[i].kind == CJ_DET && cj[i - 1].kind == CJ_NAME) ||
		    (cj[i].kind == CJ_NAME && cj[i - 1].kind == CJ_DET) ||
		    (cj[i].kind == CJ_DET && cj[i - 1].kind == CJ_DET &&
		    ands == 0) ||
		    (cj[i].kind == CJ_NUM && cj[i].no_noun))) ||
		    (cj[i].kind == CJ_BARE && cj[i - 1].n == 0))) {
			/* an apposition ("Smith, 45,", "both in their
			 * 60s"), and "the speaker and former president"
			 * goes on with it */
			cj[i].n = 0;
			continue;
		}
		if (i > 0) {
			rest += cj[i].n;
			names &= cj[i].kind == CJ_NAME;
		}
	}
	/* the subject of "were injured" is people, but one word alone
	 * ("Additionally", "Police") may be anything */
	if (!person && ncj < 2)
		return 0;
	/* "Two people, a nurse and a shopkeeper", "Two soldiers,
	 * Havildar Rana and Sepoy Imtiaz Khan" */
	if (cj[0].kind == CJ_NUM && (cj[0].generic || names) && ncj > 1 &&
	    cj[1].after_comma && rest == cj[0].n) {
		*victims = cj[0].n;
		return 1;
	}
	for (i = 0; i < ncj; i++)
		*(cj[i].attacker ? attackers : victims) += cj[i].n;
	return *victims + *attackers > 0;
}

static int clause_subject(const struct scan *, size_t, size_t,
    struct count *);
static size_t of_whom(const struct scan *, size_t, size_t, struct number *);
static size_t clause_start(const struct scan *, size_t, size_t);

/* Words that join a second verb to the subject of the first ("stabbed
 * three people before being shot dead", "tried to flee but was killed"). */
static const char *const shared_subject[] = {
	"after", "before", "but",
};

/* "beaten", "attacked": a word that can be a passive participle. */
static int
participle(const struct tokens *tk, size_t k)
{
	const char *w = tk->lower + tk->v[k].start;
	size_t n = tk->v[k].len;

	return tk->v[k].kind == TOK_WORD &&
	    ((n > 3 && w[n - 2] == 'e' && (w[n - 1] == 'd' ||
	    w[n - 1] == 'n')) ||
	    tok_is(tk, k, "shot") || tok_is(tk, k, "hit") ||
	    tok_is(tk, k, "struck"));
}

/* Passive or noun form: counts in the clause before the verb. */
static void
count_backward_list(const struct scan *sc, size_t from, size_t v,
    int singular_verb, struct count *c)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t j, age, noun_end;
	int att, opens, any = 0, depth = 0, in_subset = 0, subset_list = 0;
	long extra_single = 0, extra_att = 0;
	/* hit_ends_at() walks the sentence's hits for each word below: a
	 * sentence with no subset phrase needs none of those walks */
	int subsets = lex_sentence_has(sc->h, tk->v[sc->first].sent,
	    LEX_SUBSET);

	for (j = from; j < v; j++) {
		if (tk->v[j].kind == TOK_PUNCT) {
			char ch = tk->lower[tk->v[j].start];

			depth += ch == '(' ? 1 : (ch == ')' && depth > 0 ? -1 : 0);
			/* "16 members, including a commander, and 10
			 * assailants": ", and" closes the subset, unless it
			 * ends a list of the subset's own ("including 12
			 * officers, six civilians, and one journalist"). */
			if (ch == ',' && tok_is(tk, j + 1, "and")) {
				if (!subset_list)
					in_subset = 0;
				subset_list = 0;
			} else if (ch == ',' && in_subset && depth == 0 &&
			    !tok_is(tk, j - 1, "including"))
				subset_list = 1;
			continue;
		}
		if (depth > 0)
			continue;
		if (tok_is(tk, j, "including") || (subsets &&
		    hit_ends_at(sc, j + 1, LEX_SUBSET))) {
			in_subset = 1;
			subset_list = 0;
		}
		/* "three people, including the bomber", "including the
		 * suspected shooter": an attacker among the dead already
		 * counted. */
		if (in_subset && (noun_end = one_attacker(sc, j)) > 0 &&
		    noun_end <= v) {
			c->sub_attackers++;
			continue;
		}
		/* "five people including the attackers": all of them,
		 * however many were counted ("including three of the
		 * attackers" counts three, read with its number) */
		if (in_subset && tok_is(tk, j, "the") && j + 1 < v &&
		    lex_at(tk, j + 1, LEX_ATTACKER, NULL) > 0 &&
		    plural_word(tk, j + 1) && !(j > from &&
		    tok_is(tk, j - 1, "of"))) {
			c->sub_all = 1;
			continue;
		}
		/* "a doctor and two guards", "the mayor and one of his
		 * aides", "their mother": a singular person counts one;
		 * "a dozen people" is a count, read below as a number;
		 * "a 40-year-old man" is one person whatever the age. */
		age = 0;
		/* read only where a reading below uses it: after a
		 * determiner, or at the clause's start (named_then_more()) */
		if (tok_is(tk, j, "a") || tok_is(tk, j, "an") ||
		    tok_is(tk, j, "the") || possessive_det(tk, j) || j == from)
			age = age_len(tk, j + 1);
		/* "Two men were shot; a 25-year-old died at the scene": an
		 * age right before the verb stands for one person */
		if (age > 0 && j + 1 + age == v && !in_subset &&
		    (tok_is(tk, j, "a") || tok_is(tk, j, "an") ||
		    tok_is(tk, j, "the")) && !(j > from &&
		    (tok_is(tk, j - 1, "of") || tk->v[j - 1].kind == TOK_PUNCT))) {
			extra_single++;
			j = v - 1;
			continue;
		}
		if ((((tok_is(tk, j, "a") || tok_is(tk, j, "an")) &&
		    lex_at(tk, j, LEX_NUM, NULL) == 0) ||
		    ((tok_is(tk, j, "the") || possessive_det(tk, j)) &&
		    singular_person(sc, j + 1 + age, v)) ||
		    named_then_more(sc, from, j, v)) &&
		    !in_subset && !(j > from && tk->v[j - 1].kind == TOK_PUNCT &&
		    tk->lower[tk->v[j - 1].start] == ',') &&
		    !(j > from && tok_is(tk, j - 1, "of")) &&
		    people_after(sc, j + 1 + age, j + 3 + age < v ? j + 3 + age :
		    v, &att) &&
		    !(j + 2 < v && tok_is(tk, j + 1, "number")) &&
		    !(j + 2 + age < v && tok_in_sorted(tk, j + 2 + age,
		    carriers, NELEM(carriers))) &&
		    /* "A guard was the only person hurt": the one
		     * counted, named again */
		    !(tok_is(tk, j + 1, "only") && (any ||
		    extra_single > 0))) {
			extra_single++;
			extra_att += att;
			continue;
		}
		if (!number_at(tk, j, &n))
			continue;
		/* "Police District 4", "Camp 15": a label, not a count;
		 * in a headline in title case ("Market Attack Leaves 8 Dead")
		 * the capital tells nothing */
		if (tk->v[j].kind == TOK_NUM && j > sc->first &&
		    tk->v[j - 1].kind == TOK_WORD &&
		    (tk->v[j - 1].flags & TOKF_CAP) &&
		    lex_at(tk, j - 1, LEX_QUANT, NULL) == 0 &&
		    j - 1 > sc->first && !title_case(sc)) {
			j += n.ntok - 1;
			continue;
		}
		if ((in_subset || subset_before(sc, j)) && n.value > 0 &&
		    people_after(sc, j + n.ntok, v, &att) && att) {
			/* "53 people, including 35 assailants": the attackers
			 * are among the dead already counted. */
			c->sub_attackers += n.value;
			j += n.ntok - 1;
			continue;
		}
		/* "who was due to testify against eleven gang members":
		 * the count after "against" is whom the act was aimed at,
		 * and the one after "beaten by" who did it ("was beaten
		 * by three men and suffered a broken nose"), not the
		 * subject of the verb; "The bomber was the only one
		 * killed": "the only one" after a subject counted is that
		 * subject again */
		if (unit_word(tk, j + n.ntok) || in_subset ||
		    subset_before(sc, j) || age_before(tk, j) ||
		    (j > 0 && tok_is(tk, j - 1, "of") && !tok_is(tk, j + n.ntok,
		    "them")) || (j > from && tok_is(tk, j - 1, "against")) ||
		    (j > sc->first + 1 && tok_is(tk, j - 1, "by") &&
		    participle(tk, j - 2)) || (j > from + 1 &&
		    tok_is(tk, j - 1, "only") && tok_is(tk, j - 2, "the") &&
		    (any || extra_single > 0))) {
			j += n.ntok - 1;
			continue;
		}
		/* "two of them", "two of whom": the subject when it opens
		 * the clause; "eight people, three of whom had been held
		 * hostage, were killed" and "three tourists, two of them
		 * German nationals," name a part, with or without a noun */
		opens = j == from || (j == from + 1 &&
		    (tk->v[from].kind == TOK_PUNCT || tok_is(tk, from, "and")));
		if (tok_is(tk, j + n.ntok, "of") && (tok_is(tk, j + n.ntok + 1,
		    "them") || tok_is(tk, j + n.ntok + 1, "whom")) &&
		    (!opens || !people_after(sc, j + n.ntok, v, &att))) {
			if (opens) {
				add(c, n.value, region_attacker(sc, from, v),
				    n.at_least);
				any = 1;
			}
			j += n.ntok + 1;
			continue;
		}
		if (!people_after(sc, j + n.ntok, v, &att)) {
			/* "who signed the 2016 peace accord was shot dead",
			 * "who joined the force in 2019 was killed": four
			 * digits of a year, no person word after them, date
			 * the clause before the verb and count nobody */
			if (j + n.ntok + 2 < v || tok_is_year(tk, j)) {
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
		struct count subj = { -1, -1, 0, 0, 0, 0 };

		att = has_hit(sc, sc->first, from, LEX_ATTACKER);
		/* "A man killed two people before he was shot dead": the
		 * one who attacked */
		if (!att && from > sc->first + 1 && tok_in_sorted(tk, from - 1,
		    shared_subject, NELEM(shared_subject)))
			att = clause_subject(sc, clause_start(sc, from - 1,
			    sc->first), from - 1, &subj) && subj.attackers == 1;
		add(c, 1, att, 0);
		return;
	}
	/* "Nine workers who had been reported missing on Sunday were found
	 * shot dead": a relative clause names no subject of its own, and
	 * the plural one before "who" is read */
	if ((singular_verb || has_hit(sc, from, v, LEX_SINGULAR)) &&
	    !(from > sc->first + 1 && tok_is(tk, from - 1, "who") &&
	    plural_word(tk, from - 2))) {
		int person = has_hit(sc, from, v, LEX_PERSON) ||
		    has_hit(sc, from, v, LEX_ATTACKER);

		/* "where an elderly couple was burnt to death": a couple
		 * is two people, as the object of an active verb is; "a
		 * couple of hours later" is a span of time */
		for (j = from; j + 1 < v && j < from + 3; j++)
			if (tok_is(tk, j + 1, "couple") &&
			    !tok_is(tk, j + 2, "of") && (tok_is(tk, from,
			    "a") || tok_is(tk, from, "an"))) {
				add(c, 2, 0, 0);
				return;
			}
		/* "A witness who was due to testify ... was found shot
		 * dead": "who" with a clause of its own before the verb
		 * stands for one person, whatever the noun; "one driver
		 * who was beaten" is the one counted before */
		if (from > sc->first + 1 && tok_is(tk, from - 1, "who") &&
		    tk->v[from - 2].kind == TOK_WORD && v >= from + 3 &&
		    (tok_is(tk, from, "was") || tok_is(tk, from, "is") ||
		    tok_is(tk, from, "had") || tok_is(tk, from, "has") ||
		    participle(tk, from)))
			person = 1;
		/* "one was killed and another was wounded": "another" and
		 * "the other" stand for one more person; so does "a
		 * fourth" after three counted */
		for (j = from; j < v && !person; j++)
			if ((tk->v[j].flags & TOKF_CAP) ||
			    tok_is(tk, j, "another") || (tok_is(tk, j, "other") &&
			    j > from && tok_is(tk, j - 1, "the")) ||
			    (j > from && tok_is(tk, j - 1, "a") &&
			    lex_at(tk, j, LEX_ORDINAL, NULL) > 0))
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

/* Is the casualty noun x a count set against another ("more than the 11
 * deaths acknowledged by the authorities", "higher than the official
 * toll of 40")?  "than the" with a count of its own names the same dead
 * counted by another, not more of them; "more than 11 deaths", with no
 * article, is a count. */
static int
compared_count(const struct scan *sc, const struct lex_hit *x)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t k;

	if (x->e->arg != CAS_NOUN)
		return 0;
	for (k = x->tok; k > sc->first + 2 && x->tok - k < 4; k--) {
		if (tk->v[k - 1].kind == TOK_PUNCT)
			return 0;
		if (number_at(tk, k - 1, &n) && n.value > 0)
			return tok_is(tk, k - 2, "the") &&
			    tok_is(tk, k - 3, "than");
	}
	return 0;
}

/* Nouns that refer back to the people an attack was done to. */
static const char *const victim_refs[] = {
	"abductees", "captives", "hostages", "victims",
};

/* Tokens read back for the people a reference names. */
#define REF_WINDOW	60

/* "Assailants abducted four boys. The boys were killed shortly
 * thereafter.": a definite plural subject counted in an earlier sentence
 * of the text ("four boys", "two police officers") has that count.
 * Returns it, or -1. */
static long
counted_before(const struct scan *sc, size_t from, size_t v)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t a = from, head, k, j;

	if (a < v && (tok_is(tk, a, "and") || tk->v[a].kind == TOK_PUNCT))
		a++;
	if (a + 2 > v || !(tok_is(tk, a, "the") || tok_is(tk, a, "these") ||
	    tok_is(tk, a, "those")))
		return -1;
	head = v - 1;
	for (k = a + 1; k <= head; k++)
		if (tk->v[k].kind != TOK_WORD || (k > a + 1 &&
		    (tk->v[k].flags & TOKF_CAP)))
			return -1;
	if (head > a + 3 || !plural_word(tk, head) ||
	    !(lex_at(tk, head, LEX_PERSON, NULL) > 0 ||
	    lex_at(tk, head - 1, LEX_PERSON, NULL) > 0 ||
	    lex_at(tk, head, LEX_ATTACKER, NULL) > 0))
		return -1;
	for (k = sc->first; k-- > 0; ) {
		if (tk->v[k].len != tk->v[head].len || memcmp(tk->lower +
		    tk->v[k].start, tk->lower + tk->v[head].start,
		    tk->v[k].len) != 0)
			continue;
		/* the number may stand up to two words before the noun */
		for (j = k; j-- > 0 && j + 3 >= k; ) {
			if (number_at(tk, j, &n) && j + n.ntok <= k &&
			    n.value > 0)
				return n.value;
			if (tk->v[j].kind != TOK_WORD)
				break;
		}
	}
	/* "Assailants abducted three civilians. The hostages were shot":
	 * the victims are the people last counted as the object of a
	 * violent verb ("abducted", "assaulted") */
	if (!tok_in_sorted(tk, head, victim_refs, NELEM(victim_refs)))
		return -1;
	for (k = sc->first; k-- > 0 && k + REF_WINDOW > sc->first; ) {
		struct count obj = { -1, -1, 0, 0, 0, 0 };
		struct scan other = *sc;
		size_t len, e;

		if (!(hit_kinds_at(sc, k, k + 1) & VIOLENT_VERBS))
			continue;
		if ((len = lex_at(tk, k, LEX_TYPE, NULL)) == 0)
			len = lex_at(tk, k, LEX_ATTACK, NULL);
		other.first = tk->sent_first[tk->v[k].sent];
		other.last = tk->sent_first[tk->v[k].sent + 1];
		if (len > 0 && count_forward(&other, k + len, &obj, &e) &&
		    obj.victims > 0 && obj.attackers < 0)
			return obj.victims;
	}
	return -1;
}

/* "Two guards, a father and son, died": the comma after a counted
 * subject when a phrase opened by "a" or "an", with no count and no
 * attacker of its own, follows it up to the verb; 0 when there is
 * none. */
static size_t
counted_apposition(const struct scan *sc, size_t from, size_t v)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t k, c = 0, e;
	int counted = 0, att;
	long head = 0, parts = 0, counts = 0;

	if (v < from + 4 || tk->v[v - 1].kind != TOK_PUNCT ||
	    tk->lower[tk->v[v - 1].start] != ',')
		return 0;
	for (k = from; k + 1 < v; k++) {
		if (tk->v[k].kind == TOK_PUNCT) {
			if (c > 0 || tk->lower[tk->v[k].start] != ',')
				return 0;
			c = k;
			continue;
		}
		if (c > 0 && (tok_is(tk, k, "a") || tok_is(tk, k, "an")))
			parts++;
		if (!number_at(tk, k, &n) || n.value <= 0)
			continue;
		/* "a 23-year-old" is no count */
		if (c > 0 && (e = age_len(tk, k)) > 0) {
			k += e - 1;
			continue;
		}
		/* "three victims, two women and a teenager": the counts
		 * after the comma may only break down the one before it */
		if (c > 0) {
			if (!people_after(sc, k + n.ntok, v - 1, &att) || att)
				return 0;
			parts += n.value;
			counts++;
			k += n.ntok - 1;
			continue;
		}
		if (people_after(sc, k + n.ntok, v, &att)) {
			counted = 1;
			if (head == 0)
				head = n.value;
		}
		k += n.ntok - 1;
	}
	if (counts > 0)
		return counted && c > from && parts == head &&
		    !has_hit(sc, c + 1, v, LEX_ATTACKER) ? c : 0;
	/* "The victim, a 23-year-old, died": one person named twice */
	if (!counted && c > from + 1 && c <= from + 3 &&
	    (tok_is(tk, from, "the") || tok_is(tk, from, "his") ||
	    tok_is(tk, from, "her")) && !plural_word(tk, c - 1) &&
	    lex_at(tk, c - 1, LEX_PERSON, NULL) > 0)
		counted = 1;
	/* "a married couple", "a father and son"; not "the bomber" */
	if (!counted || c <= from || !(tok_is(tk, c + 1, "a") ||
	    tok_is(tk, c + 1, "an")) || has_hit(sc, c + 1, v, LEX_ATTACKER))
		return 0;
	return c;
}

/*
 * "Two of the three men killed in the shooting were cousins": a count of
 * a counted group ("N of the M") right before the casualty word at v is
 * one number of the dead, not two.  A participle after the group tells
 * what befell the whole group (three); a verb of its own tells what
 * befell the part ("Two of the three men were killed": two).  Adds the
 * count to *c and returns 1, or 0 when [from, v) holds no such phrase.
 */
static int
part_of_count(const struct scan *sc, size_t from, size_t v,
    struct count *c)
{
	const struct tokens *tk = sc->tk;
	struct number part, whole;
	size_t k, w;

	for (k = from; k + 3 < v && k < from + 3; k++) {
		if (!number_at(tk, k, &part) || part.value <= 0 ||
		    !tok_is(tk, k + part.ntok, "of"))
			continue;
		w = k + part.ntok + 1;
		if (!tok_is(tk, w, "the") && !tok_is(tk, w, "those"))
			return 0;
		if (!number_at(tk, w + 1, &whole) || whole.value <= part.value)
			return 0;
		/* the group's noun, then the casualty word */
		if (w + 1 + whole.ntok + 2 < v ||
		    !(hit_kinds(sc, w + 1 + whole.ntok, v) & KIND(LEX_PERSON)))
			return 0;
		if (participle(tk, v))
			add(c, whole.value, 0, 0);
		else
			add(c, part.value, 0, 0);
		return 1;
	}
	return 0;
}

/* The clause before the verb read word by word, or as a list of
 * conjuncts when it is one. */
static void
count_backward(const struct scan *sc, size_t from, size_t v,
    int singular_verb, struct count *c)
{
	struct count tmp = { -1, -1, 0, 0, 0, 0 };
	long lv, la;
	size_t k, e;
	struct number n;

	/* "Three civilians, two of whom were later killed": the relative
	 * clause's own subject */
	if ((k = of_whom(sc, from, v, &n)) > 0)
		from = k;
	if (part_of_count(sc, from, v, c))
		return;
	/* "Both bombers, a married couple, died": a phrase set off by
	 * commas after a counted subject names the same people again */
	if ((k = counted_apposition(sc, from, v)) > 0)
		v = k;
	/* "Two officers were among 12 people killed": the subject is some
	 * of the count after "among" */
	for (k = from; k + 1 < v; k++)
		if (tok_is(sc->tk, k, "among") &&
		    number_at(sc->tk, k + 1, &n) && n.value > 0) {
			from = k + 1;
			break;
		}
	/* "an unknown number of people were injured": no count, and none
	 * from a clause further back ("Gunmen abducted 12 people and an
	 * unknown number ...").  Joined to people counted in the same
	 * subject ("two guards and an unknown number of attackers") it
	 * leaves their count, before it or after it ("an unknown number
	 * of attackers and five guards"). */
	for (k = from; k < v; k++)
		if ((e = unknown_number(sc->tk, k, v)) > 0) {
			size_t a = from;

			while (a < k && (tok_is(sc->tk, a, "and") ||
			    sc->tk->v[a].kind == TOK_PUNCT))
				a++;
			if (a != k && !(hit_kinds(sc, from, k) &
			    (KIND(LEX_ATTACK) | KIND(LEX_TYPE) |
			    KIND(LEX_KILL) | KIND(LEX_INJURE))))
				break;
			from = k;
			for (a = e; a < v; a++)
				if (number_at(sc->tk, a, &n) && n.value > 0)
					break;
			if (a == v) {
				c->mentioned = 1;
				return;
			}
			break;
		}
	count_backward_list(sc, from, v, singular_verb, &tmp);
	if (conjuncts(sc, from, v, singular_verb ||
	    has_hit(sc, from, v, LEX_SINGULAR), &lv, &la)) {
		tmp.victims = lv > 0 ? lv : -1;
		tmp.attackers = la > 0 ? la : -1;
		tmp.sub_attackers = 0;
	} else if (tmp.victims < 0 && tmp.attackers < 0 &&
	    (lv = counted_before(sc, from, v)) > 0) {
		tmp.victims = lv;
		tmp.attackers = -1;
		if (region_attacker(sc, from, v))
			tmp.attackers = lv, tmp.victims = -1;
	}
	if (tmp.victims >= 0)
		add(c, tmp.victims, 0, tmp.at_least);
	if (tmp.attackers >= 0)
		add(c, tmp.attackers, 1, tmp.at_least);
	c->mentioned |= tmp.mentioned;
	c->sub_attackers += tmp.sub_attackers;
	c->sub_all |= tmp.sub_all;
}

/* Do tokens [a, b) name someone who could be a subject: a number, a
 * determiner, a pronoun, a person word or a name ("one hostage", not
 * "later")? */
static int
has_subject(const struct scan *sc, size_t a, size_t b)
{
	static const char *const heads[] = {
		"a", "an", "another", "he", "her", "his", "its", "one", "she",
		"the", "their", "they",
	};
	const struct tokens *tk = sc->tk;
	size_t k;

	for (k = a; k < b; k++)
		if (tk->v[k].kind == TOK_NUM || (tk->v[k].flags & TOKF_CAP) ||
		    tok_in_sorted(tk, k, heads, NELEM(heads)) ||
		    lex_at(tk, k, LEX_NUM, NULL) > 0 ||
		    lex_at(tk, k, LEX_PERSON, NULL) > 0 ||
		    lex_at(tk, k, LEX_ATTACKER, NULL) > 0)
			return 1;
	return 0;
}

/* Is there a "was" or "were" among the few words before token k, past
 * floor?  A casualty phrase ending right at k ("injured before
 * succumbing") also shares its subject. */
static int
passive_before(const struct tokens *tk, size_t k, size_t floor)
{
	size_t i;

	if (k <= floor)
		return 1;
	for (i = k; i > floor && i + 4 > k; i--)
		if (tok_is(tk, i - 1, "was") || tok_is(tk, i - 1, "were"))
			return 1;
	return 0;
}

/* Does a dash end a dateline right before token j ("LAGOS -", "(Reuters)
 * —")?  A plain hyphen between spaces is no token, so the text is read. */
static int
dateline_dash(const struct tokens *tk, size_t j)
{
	const struct token *p;
	size_t a, b;

	if (j < 2)
		return 0;
	p = &tk->v[j - 1];
	if (p->kind == TOK_PUNCT && (unsigned char)tk->text[p->start] == 0xe2) {
		j--;		/* "—", "–" */
		p = &tk->v[j - 1];
	} else {
		b = tk->v[j].start;
		for (a = p->start + p->len; a + 1 < b; a++)
			if (tk->text[a] == '-' && tk->text[a - 1] == ' ' &&
			    tk->text[a + 1] == ' ')
				break;
		if (a + 1 >= b)
			return 0;
	}
	if ((p->kind == TOK_PUNCT && tk->lower[p->start] == ')') ||
	    (p->flags & TOKF_UPPER))
		return 1;
	/* "BANGUED, Abra —", "ISULAN, Sultan Kudarat —": the province
	 * after the city in capitals, as Philippine and other regional
	 * papers write the dateline */
	for (a = j - 1; a > 0 && j - a <= 3 && tk->v[a].kind == TOK_WORD &&
	    (tk->v[a].flags & TOKF_CAP); a--)
		;
	return a < j - 1 && a >= 1 && tok_is(tk, a, ",") &&
	    (tk->v[a - 1].flags & TOKF_UPPER);
}

/* "four people stabbed at a supermarket": the count of the people
 * right before the participle at token v, or -1; *n the number read.
 * Attackers ("two gunmen wounded ...") are the ones who act. */
static long
participle_count(const struct scan *sc, size_t v, struct number *n)
{
	const struct tokens *tk = sc->tk;
	size_t j, k;

	/* "Three Stabbed On Metro Train": a headline leaves the people
	 * out as well as the auxiliary */
	if (v > sc->first && title_case(sc))
		for (j = v - 1; j >= sc->first && j + 3 > v; j--) {
			if (number_at(tk, j, n) && n->value > 0 &&
			    j + n->ntok == v)
				return n->value;
			if (j == 0)
				break;
		}
	if (v < sc->first + 2 || lex_at(tk, v - 1, LEX_PERSON, NULL) == 0 ||
	    lex_at(tk, v - 1, LEX_ATTACKER, NULL) > 0 ||
	    !plural_word(tk, v - 1))
		return -1;
	for (j = v - 2; j >= sc->first && j + 4 > v; j--) {
		if (number_at(tk, j, n) && n->value > 0 && j + n->ntok < v) {
			for (k = j + n->ntok; k < v; k++)
				if (tk->v[k].kind != TOK_WORD)
					return -1;
			return n->value;
		}
		if (tk->v[j].kind != TOK_WORD || j == 0)
			break;
	}
	return -1;
}

/* Verbs of speech that end the clause of the one speaking ("a leader
 * said 19 bodies had been recovered"). */
static const char *const speech_verbs[] = {
	"added", "announced", "confirmed", "said", "says", "stated",
};

/* Verbs of telling that end it only before a listener and "that" ("a
 * resident told reporters that ..."); the speech verbs do so too ("said
 * on Sunday that"). */
static const char *const telling_verbs[] = {
	"explained", "narrated", "recounted", "reported", "tells", "told",
};

/* Does token k end the clause of someone speaking: a verb of speech, or
 * the "that" of what a speaker told, a verb of speech or telling a few
 * words before it, its listener between?  The one speaking is no subject
 * of what is said. */
static int
speaker_ends(const struct tokens *tk, size_t k, size_t floor)
{
	size_t i;

	if (tok_in_sorted(tk, k, speech_verbs, NELEM(speech_verbs)))
		return 1;
	if (!tok_is(tk, k, "that"))
		return 0;
	for (i = k; i > floor && i + 5 > k; i--) {
		if (tk->v[i - 1].kind != TOK_WORD)
			return 0;
		if (tok_in_sorted(tk, i - 1, speech_verbs,
		    NELEM(speech_verbs)) ||
		    tok_in_sorted(tk, i - 1, telling_verbs,
		    NELEM(telling_verbs)))
			return 1;
	}
	return 0;
}

/* Does token j - 1 end the clause that runs back from token v?  The
 * words that do are told apart by their first letter: a token of any
 * other first letter (most of them) costs one test. */
static int
ends_clause(const struct scan *sc, size_t j, size_t v, size_t floor)
{
	const struct tokens *tk = sc->tk;

	switch (tk->v[j - 1].c0) {
	case ',':
		/* "Two men were shot, one died": a passive's comma */
		return tk->v[j - 1].kind == TOK_PUNCT && j >= floor + 3 &&
		    (tok_is(tk, j - 3, "were") || tok_is(tk, j - 3, "was"));
	case 'a':
		/* "were blindfolded before being shot": a gerund after
		 * "before" or "after" a passive has the same subject (after
		 * an active verb its object is between: "stabbed three
		 * people before being shot"). */
		if (tok_is(tk, j - 1, "after"))
			return !(tok_ing(tk, j) && passive_before(tk, j - 1,
			    floor));
		/* "Ten hostages were freed and one hostage was beheaded":
		 * a passive verb before "and" ends the clause when a
		 * subject of its own follows. */
		if (tok_is(tk, j - 1, "and"))
			return j >= floor + 4 && has_subject(sc, j, v) &&
			    (tok_is(tk, j - 3, "were") ||
			    tok_is(tk, j - 3, "was") ||
			    tok_is(tk, j - 4, "were") ||
			    tok_is(tk, j - 4, "was"));
		if (tok_is(tk, j - 1, "although"))
			return 1;
		break;
	case 'b':
		if (tok_is(tk, j - 1, "before"))
			return !(tok_ing(tk, j) && passive_before(tk, j - 1,
			    floor));
		return tok_is(tk, j - 1, "but");
	case 't':
		if (tok_is(tk, j - 1, "though"))
			return 1;
		break;
	case 'u':
		return tok_is(tk, j - 1, "until");
	case 'w':
		if (tok_is(tk, j - 1, "while") || tok_is(tk, j - 1, "when") ||
		    tok_is(tk, j - 1, "whereas") ||
		    tok_is(tk, j - 1, "which") || tok_is(tk, j - 1, "who"))
			return 1;
		/* "Dozens protested outside the mosque where the imam was
		 * shot dead": the place's clause has its own subject */
		if (tok_is(tk, j - 1, "where"))
			return has_subject(sc, j, v);
		break;
	}
	/* "A community leader said 19 bodies had been recovered", "A
	 * resident told reporters that one man was shot dead": the speaker
	 * is no subject of what is said ("two people, police said, were
	 * killed" keeps the one before).  speech_verbs[] and "that" start
	 * with 'a', 'c', 's' or 't'. */
	switch (tk->v[j - 1].c0) {
	case 'a': case 'c': case 's': case 't':
		return speaker_ends(tk, j - 1, floor) && has_subject(sc, j, v);
	}
	return 0;
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

		/* "ABIDJAN, Ivory Coast (Reuters) - An attack ...": a
		 * dateline's dash */
		if (dateline_dash(tk, j))
			break;
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

		/* "Lt. Col. Barankitse": a period inside a sentence that ends
		 * a title or an initial ends no clause. */
		if (t->kind == TOK_PUNCT && (ch == ';' || ch == ':' ||
		    ch == '?' || (ch == '.' && !abbrev_dot(tk, j - 1))))
			break;
		if (ends_clause(sc, j, v, floor))
			break;
		j--;
	}
	/* "Dr. Mensah and his driver": titles opening the clause are read
	 * as part of the name after them. */
	while (j + 2 < v && tk->v[j].kind == TOK_WORD &&
	    abbrev_dot(tk, j + 1))
		j += 2;
	return j;
}

/* Auxiliaries of the passive voice. */
static const char *const passive_aux[] = {
	"be", "been", "being", "is", "was", "were",
};

/* Words that open a verb phrase with no subject of its own. */
static const char *const vp_openers[] = {
	"being", "eventually", "later", "subsequently", "then", "was", "were",
};

/* Verbs and auxiliaries that may follow an age standing alone for a
 * person ("The 58-year-old was taken to hospital"); any other word after
 * the age is what the age describes ("the 100-year-old church"). */
static const char *const age_verbs[] = {
	"died", "dies", "had", "has", "is", "remained", "remains",
	"suffered", "survived", "was", "were",
};

/* Words opening a phrase set before a clause's subject ("During the
 * attack, a bomber ..."). */
static const char *const lead_preps[] = {
	"after", "at", "before", "during", "in", "later", "on",
};

/* Add the count a clause's subject stands for to c; agent: the subject
 * did the violence, so the people it counts are the attackers. */
static void
add_subject(struct count *c, struct count *subj, int agent)
{
	if (agent) {
		subj->attackers = subj->victims;
		subj->victims = -1;
	}
	if (subj->victims >= 0)
		add(c, subj->victims, 0, 0);
	if (subj->attackers >= 0)
		add(c, subj->attackers, 1, 0);
}

/*
 * The subject of the clause starting at token a and ending before b: a
 * number and its people, a determiner and a person word, or a name.  Its
 * count goes to *c; it reads as the attacker when it names one or when
 * its own verb is an attack ("A man stabbed three people ...").  Returns
 * 1 when it named someone.
 */
static int
clause_subject(const struct scan *sc, size_t a, size_t b, struct count *c)
{
	const struct tokens *tk = sc->tk;
	struct count tmp = { -1, -1, 0, 0, 0, 0 };
	size_t k, e = 0, n;
	int agent;

	if (a < b && tok_in_sorted(tk, a, lead_preps, NELEM(lead_preps)))
		for (k = a + 1; k < b && k < a + 8; k++)
			if (tk->v[k].kind == TOK_PUNCT) {
				if (tk->lower[tk->v[k].start] == ',')
					a = k + 1;
				break;
			}
	/* "The 58-year-old was taken to hospital but died": an age
	 * that ends the clause or has a verb next stands for one person */
	if (a + 1 < b && (tok_is(tk, a, "the") || tok_is(tk, a, "a") ||
	    tok_is(tk, a, "an")) && (n = age_len(tk, a + 1)) > 0 &&
	    (k = a + 1 + n) <= b && (k == b ||
	    tok_in_sorted(tk, k, age_verbs, NELEM(age_verbs)))) {
		add(c, 1, 0, 0);
		return 1;
	}
	for (k = a; k < b && k < a + 6; k++) {
		if (tk->v[k].kind != TOK_WORD && tk->v[k].kind != TOK_NUM)
			return 0;
		if ((n = lex_at(tk, k, LEX_PERSON, NULL)) > 0 ||
		    (n = lex_at(tk, k, LEX_ATTACKER, NULL)) > 0 ||
		    (n = lex_at(tk, k, LEX_VIP, NULL)) > 0) {
			e = k + n;
			break;
		}
		/* "A teenager attacked ...": one person, whatever the noun,
		 * when a violent verb follows it */
		if (k > a && (tok_is(tk, a, "a") || tok_is(tk, a, "an") ||
		    tok_is(tk, a, "the")) && !plural_word(tk, k - 1) &&
		    (hit_kinds(sc, k, k + 1) & VIOLENT_VERBS)) {
			add(c, 1, 1, 0);
			return 1;
		}
		/* a name ends the search, a nationality before the noun
		 * does not ("A Palestinian assailant stabbed ...") */
		if (tk->v[k].flags & TOKF_CAP && k > a &&
		    lex_at(tk, k + 1, LEX_ATTACKER, NULL) == 0 &&
		    lex_at(tk, k + 1, LEX_PERSON, NULL) == 0)
			return 0;
	}
	if (e == 0 || e > b)
		return 0;
	count_backward(sc, a, e, 0, &tmp);
	if (tmp.victims < 0 && tmp.attackers < 0)
		return 0;
	/* an active clause with a violent verb: "A man stabbed ...",
	 * "attempted to abduct"; not "were tied up" */
	agent = !tok_in_sorted(tk, e, passive_aux, NELEM(passive_aux)) &&
	    (hit_kinds(sc, e, b) & VIOLENT_VERBS) != 0;
	add_subject(c, &tmp, agent && tmp.victims > 0);
	return 1;
}

/* "A man who attacked two officers ... was shot dead": the clause at
 * token a, right after "who", opens with a violent verb, so those it
 * counts are its objects, and "who" the one who attacked. */
static int
relative_violence(const struct scan *sc, size_t a)
{
	return a > sc->first && tok_is(sc->tk, a - 1, "who") &&
	    (hit_kinds(sc, a, a + 1) & VIOLENT_VERBS) != 0;
}

/*
 * A passive casualty verb with no subject of its own takes the subject of
 * the clause it is joined to: "A man stabbed three people before being
 * shot dead", "An assailant tried to abduct a man but was killed",
 * "The attacker, who was driving the van, was killed".  from is where
 * the verb's own clause starts and v the verb.  Returns 1 when it read
 * one.
 */
static int
shared_subject_count(const struct scan *sc, size_t from, size_t v,
    int by_agent, struct count *c)
{
	const struct tokens *tk = sc->tk;
	size_t k, a;

	if (from <= sc->first + 1)
		return 0;
	/* "A man who stabbed four people, killing one, was shot dead":
	 * past a phrase set off by commas, to the relative clause */
	for (k = from; k < v && tk->v[k].kind == TOK_PUNCT; k++)
		;
	if (k == v && (a = clause_start(sc, from, sc->first)) > sc->first &&
	    a < from && tok_is(tk, a - 1, "who") && relative_violence(sc, a))
		from = a;
	/* "X, who ..., was killed", "by a man who was then shot dead":
	 * the one "who" stands for */
	if (tok_is(tk, from - 1, "who")) {
		struct count who = { -1, -1, 0, 0, 0, 0 };
		size_t e = from - 1;

		if (tk->v[e - 1].kind == TOK_PUNCT &&
		    tk->lower[tk->v[e - 1].start] == ',')
			e--;
		for (k = e; k > sc->first && e - k < 5 &&
		    tk->v[k - 1].kind == TOK_WORD; k--)
			if (tok_is(tk, k - 1, "the") || tok_is(tk, k - 1, "a") ||
			    tok_is(tk, k - 1, "an") ||
			    tok_is(tk, k - 1, "his") || tok_is(tk, k - 1, "her") ||
			    lex_at(tk, k - 1, LEX_NUM, NULL) > 0) {
				k--;
				break;
			}
		/* "injuring one driver who was beaten": the object of a
		 * casualty word, counted there already */
		if (k > sc->first && (hit_ends_at(sc, k, LEX_INJURE) ||
		    hit_ends_at(sc, k, LEX_KILL)))
			return 1;
		if (!clause_subject(sc, k, from - 1, &who))
			return 0;
		/* "stabbed to death ... by a man who": the agent of the
		 * violence is the attacker; so is "a man who attacked" */
		add_subject(c, &who, who.victims > 0 && who.attackers < 0 &&
		    ((by_agent && k > sc->first && tok_is(tk, k - 1, "by")) ||
		    relative_violence(sc, from)));
		return 1;
	}
	/* the clause may start on the conjunction when a casualty phrase
	 * ends right before it */
	if (from < v && tok_in_sorted(tk, from, shared_subject,
	    NELEM(shared_subject)))
		from++;
	if (!tok_in_sorted(tk, from - 1, shared_subject,
	    NELEM(shared_subject)) ||
	    (from < v && !tok_in_sorted(tk, from, vp_openers,
	    NELEM(vp_openers))) || has_subject(sc, from, v))
		return 0;
	/* "were blindfolded and driven to a quarry before being shot": back
	 * over verb phrases joined by "and" to the one with the subject */
	for (k = from - 1; k > sc->first; k = a - 1) {
		a = clause_start(sc, k, sc->first);
		if (clause_subject(sc, a, k, c))
			return 1;
		if (a == sc->first || !tok_is(tk, a - 1, "and"))
			break;
	}
	return 0;
}

#define BODY_MAX	2	/* body words kept per sentence */
#define LEAVE_MAX	2	/* forms of "leave" kept per sentence */
#define AFTER_MAX	4	/* "after", "since" kept per sentence */

/* Nouns for the dead: "his body was found", "the bodies of 17 hostages". */
static const char *const body_words[] = {
	"bodies", "body", "corpse", "corpses",
};

struct sentence_counts {
	struct count killed, injured;
	struct count struck;	/* "stabbed three people": the dead included */
	int	 struck_other;	/* "stabbed three others": the dead not */
	int	 zero_killed, zero_injured, also;
	int	 remaining_injured;	/* "the two remaining injured" */
	int	 also_killed, also_injured;	/* "two more", one class */
	int	 toll;		/* the dead counted by a toll */
	int	 running;	/* a running toll dropped */
	int	 self;		/* attackers' own deaths told ("blew himself
				   up") */
	int	 total;		/* "in all", "in total": every death told */
	size_t	 fatally;	/* token of "one fatally," closing a list */
	size_t	 more;		/* token of "more", "other(s)" after a count */
	size_t	 kev[2], iev[2], sev[2];
	size_t	 body[BODY_MAX];	/* tokens of "body", "bodies" */
	size_t	 nbody;
	size_t	 leave[LEAVE_MAX];	/* tokens of "leaving", "left" */
	size_t	 nleave;
	size_t	 with[LEAVE_MAX];	/* tokens of "with" */
	size_t	 nwith;
	/* tokens of "after" and "since" from the sentence's third, for
	 * span_after(); nafter AFTER_MAX + 1 when some went unkept */
	size_t	 after[AFTER_MAX];
	size_t	 nafter;
};

/*
 * Statements that nobody was hurt, in the open forms the fixed phrases of
 * the lexicon cannot list: "no" or "without" with words between it and
 * the noun ("there were no other reported casualties", "exploded without
 * causing any injuries"), and "no one" or "nobody" before a casualty verb
 * ("no one else was seriously hurt").  A report of no reports ("no
 * immediate word of casualties") is no statement and is not read.
 */
struct negated {
	const char *word;
	int	 what;		/* ZERO_* */
};

/* Forms of "leave" that can leave people with wounds. */
static const char *const leave_verbs[] = {
	"leave", "leaves", "leaving", "left",
};

/* "No injuries" rules out deaths as well, as the lexicon's "no one was
 * hurt" does: a report that names no injured names no dead. */
static const struct negated negated_nouns[] = {
	{ "casualties", ZERO_BOTH }, { "casualty", ZERO_BOTH },
	{ "deaths", ZERO_KILLED }, { "fatalities", ZERO_KILLED },
	{ "injuries", ZERO_BOTH }, { "injured", ZERO_BOTH },
	{ "wounded", ZERO_BOTH },
};

/* Words that may stand between "no" and the noun. */
static const char *const negated_mods[] = {
	"additional", "any", "causing", "civilian", "confirmed", "further",
	"human", "known", "major", "other", "reported", "resulting",
	"serious",
};

/* Casualty verbs after "no one was" ("harmed" rules out deaths too). */
static const struct negated negated_verbs[] = {
	{ "died", ZERO_KILLED }, { "killed", ZERO_KILLED },
	{ "harmed", ZERO_BOTH }, { "hit", ZERO_BOTH }, { "hurt", ZERO_BOTH },
	{ "injured", ZERO_BOTH }, { "lost", ZERO_KILLED },
	{ "wounded", ZERO_BOTH },
};

static const char *const negated_verb_mods[] = {
	"been", "else", "got", "has", "have", "other", "reported",
	"reportedly", "seriously", "was", "were",
};

static int
negated_at(const struct tokens *tk, size_t i, const struct negated *list,
    size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (tok_is(tk, i, list[k].word))
			return (int)list[k].what;
	return -1;
}

#define NEG_MAX		4	/* negated phrases kept per sentence */

/* A negated casualty phrase at token i ("no other casualties", "nobody
 * was hurt"): its ZERO_* reading and *endp past it, or -1. */
static int
negation_at(const struct tokens *tk, size_t i, size_t last, size_t *endp)
{
	const struct negated *list = NULL;
	size_t j = i, n = 0;
	int what = -1, also, no = tok_is(tk, i, "no");
	int nobody = !no && tok_is(tk, i, "nobody");

	if (!no && !nobody && !tok_is(tk, i, "without"))
		return -1;
	if (!nobody) {
		for (j = i + 1; j < last && j < i + 4 &&
		    tok_in_sorted(tk, j, negated_mods, NELEM(negated_mods)); j++)
			;
		if (j < last)
			what = negated_at(tk, j, negated_nouns,
			    NELEM(negated_nouns));
	}
	if (what >= 0)
		list = negated_nouns, n = NELEM(negated_nouns);
	if (what < 0 && ((no && tok_is(tk, i + 1, "one")) || nobody)) {
		j = i + (no ? 2 : 1);
		while (j < last && j < i + 6 && tok_in_sorted(tk, j,
		    negated_verb_mods, NELEM(negated_verb_mods)))
			j++;
		if (j < last)
			what = negated_at(tk, j, negated_verbs,
			    NELEM(negated_verbs));
		list = negated_verbs, n = NELEM(negated_verbs);
		/* "no one lost their life": "lost" only with a life */
		if (what >= 0 && tok_is(tk, j, "lost")) {
			if (j + 2 < last && (tok_is(tk, j + 2, "life") ||
			    tok_is(tk, j + 2, "lives")))
				j += 2;
			else
				what = -1;
		}
	}
	if (what < 0)
		return -1;
	/* "no one was killed or injured", "no deaths or injuries": the
	 * negation carries over "or" to the second word, and rules out
	 * both when the two differ */
	if (j + 2 < last && (tok_is(tk, j + 1, "or") ||
	    tok_is(tk, j + 1, "and")) &&
	    (also = negated_at(tk, j + 2, list, n)) >= 0) {
		if (also != what)
			what = ZERO_BOTH;
		j += 2;
	}
	*endp = j + 1;
	return what;
}

/* Does the "remaining" at token i name the wounded still alive ("the two
 * remaining injured", "the remaining three wounded")? */
static int
remaining_hurt(const struct tokens *tk, size_t i, size_t last)
{
	static const char *const hurt[] = {
		"injured", "survivors", "wounded",
	};
	size_t k;

	for (k = i + 1; k < last && k < i + 3; k++) {
		if (tok_in_sorted(tk, k, hurt, NELEM(hurt)))
			return 1;
		if (tk->v[k].kind != TOK_NUM && lex_at(tk, k, LEX_NUM,
		    NULL) <= 0)
			return 0;
	}
	return 0;
}

/* Keep token i, an "after" or a "since" of the sentence from token
 * first, for span_after(), which reads them from the third token on. */
static void
note_after(struct sentence_counts *out, size_t i, size_t first)
{
	if (i < first + 2 || out->nafter > AFTER_MAX)
		return;
	if (out->nafter == AFTER_MAX)
		out->nafter = AFTER_MAX + 1;
	else
		out->after[out->nafter++] = i;
}

/* What a sentence's words say before its casualty phrases are read: where
 * its talk of another event starts ("in retaliation for"), whether it adds
 * to the sentences before ("also", "another", "In addition,"), and its
 * negated casualty phrases (their token ranges kept in neg[], at most
 * NEG_MAX, so that their nouns are not read as counts).  One pass, as
 * every sentence is read. */
static size_t
sentence_marks(const struct tokens *tk, size_t first, size_t last,
    size_t *cutoff, struct sentence_counts *out, size_t neg[][2])
{
	size_t i, end, nneg = 0;
	int what;

	for (i = first; i < last; i++) {
		switch (tk->v[i].c0) {
		case 'r':
			if (*cutoff == (size_t)-1 && (tok_is(tk, i,
			    "retaliation") || tok_is(tk, i, "revenge") ||
			    (tok_is(tk, i, "response") && tok_is(tk, i + 1,
			    "to"))))
				*cutoff = i;
			/* "the remaining 17 hostages" add to those freed;
			 * "the two remaining injured", after some of the
			 * wounded died, are what is left of those counted
			 * before: the wounded now */
			if (tok_is(tk, i, "remaining")) {
				if (remaining_hurt(tk, i, last))
					out->remaining_injured = 1;
				else
					out->also = 1;
			}
			break;
		case 'm':
		case 'o':
			/* "two more officers", "two other family members" */
			if (i > first && out->more == 0 &&
			    (tok_is(tk, i, "more") ||
			    tok_is(tk, i, "other") || tok_is(tk, i, "others")) &&
			    (tk->v[i - 1].kind == TOK_NUM ||
			    lex_at(tk, i - 1, LEX_NUM, NULL) > 0))
				out->more = i;
			break;
		case 'a':
			if (*cutoff == (size_t)-1 && tok_is(tk, i, "avenge"))
				*cutoff = i;
			if (tok_is(tk, i, "after"))
				note_after(out, i, first);
			/* "In addition," and "additionally" add too; "in
			 * addition to the bomber" does not. */
			if (tok_is(tk, i, "also") || tok_is(tk, i, "another") ||
			    tok_is(tk, i, "additional") ||
			    tok_is(tk, i, "additionally") || (tok_is(tk, i,
			    "addition") && i + 1 < last &&
			    tk->v[i + 1].kind == TOK_PUNCT))
				out->also = 1;
			break;
		case 's':
		case 't':
			/* "A second officer suffered minor injuries": one
			 * more than those told before */
			if (i > first && tok_is(tk, i - 1, "a") &&
			    (tok_is(tk, i, "second") ||
			    tok_is(tk, i, "third")) &&
			    (lex_at(tk, i + 1, LEX_PERSON, NULL) > 0 ||
			    (i + 2 < last && lex_at(tk, i + 2, LEX_PERSON,
			    NULL) > 0)))
				out->also = 1;
			if (tok_is(tk, i, "since"))
				note_after(out, i, first);
			break;
		case 'f':
			/* "shot three people, one fatally" */
			if (i > first + 2 && tok_is(tk, i, "fatally") &&
			    (i + 1 >= last || tk->v[i + 1].kind == TOK_PUNCT))
				out->fatally = i;
			break;
		case 'i':
			/* "Six people were killed in all." */
			if (tok_is(tk, i, "in") && i + 1 < last &&
			    (tok_is(tk, i + 1, "all") ||
			    tok_is(tk, i + 1, "total")) && (i + 2 >= last ||
			    tk->v[i + 2].kind == TOK_PUNCT))
				out->total = 1;
			break;
		case 'b':
		case 'c':
			if (out->nbody < BODY_MAX && tok_in_sorted(tk, i,
			    body_words, NELEM(body_words)))
				out->body[out->nbody++] = i;
			break;
		case 'l':
			/* "leaving her with severe burns": read after the
			 * casualty words (left_with()) */
			if (out->nleave < LEAVE_MAX && i + 2 < last &&
			    tok_in_sorted(tk, i, leave_verbs,
			    NELEM(leave_verbs)))
				out->leave[out->nleave++] = i;
			break;
		case 'n':
		case 'w':
			/* "were taken to hospital with gunshot wounds":
			 * read after the casualty words (cared_with()) */
			if (out->nwith < LEAVE_MAX && tok_is(tk, i, "with") &&
			    i + 1 < last)
				out->with[out->nwith++] = i;
			if ((what = negation_at(tk, i, last, &end)) < 0)
				break;
			if (what != ZERO_INJURED)
				out->zero_killed = 1;
			if (what != ZERO_KILLED)
				out->zero_injured = 1;
			if (nneg < NEG_MAX) {
				neg[nneg][0] = i;
				neg[nneg][1] = end;
				nneg++;
			}
			/* the words passed over are not looked at for
			 * span_after() */
			out->nafter = AFTER_MAX + 1;
			i = end - 1;
			break;
		}
	}
	return nneg;
}

/* Does the sentence set the day's attack after the span at "after" token
 * i ("The blast came less than a day after militants stormed a
 * restaurant, killing 12"): an attack word, then "came" or "comes" just
 * before the span? */
static int
attack_came(const struct scan *sc, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t k;

	for (k = i - 1; k > sc->first && i - k < 6; k--)
		if (tok_is(tk, k - 1, "came") || tok_is(tk, k - 1, "comes"))
			return has_hit(sc, sc->first, k - 1, LEX_ATTACK) ||
			    has_hit(sc, sc->first, k - 1, LEX_TYPE);
	return 0;
}

/* "Rebels killed four traders on Monday, five years after a raid on
 * the town left 60 dead": a span of time and "after" or "since",
 * told after the sentence's own casualty word, turns to the earlier
 * event it measures from, whose dead are not the day's.  The turn runs
 * to the clause's end, span_clause_end(): the next comma or semicolon
 * ("two months after they returned, and injured three" goes back to the
 * day's attack); a participle of harm after the comma ("after militants
 * stormed a hotel, killing 12") is still the earlier event's.  A span
 * of days is span_days_after()'s (extract/span.h).
 * The tokens [*zp_from, *zp_to) of the first such clause that holds a
 * casualty word of its own; 0 when none does.  A span opening the
 * sentence ("Two years after the siege, gunmen killed five") dates the
 * day's event and cuts nothing, unless it is a span of days to another
 * attack's dead.  This reads the "after" or "since" at token i; 0 when it
 * is none or opens no such clause. */
static int
span_after_at(const struct scan *sc, size_t i, size_t *zp_from,
    size_t *zp_to)
{
	static const char *const span_words[] = {
		"decade", "decades", "month", "months", "year", "years",
	};
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t k, z, s = tk->v[sc->first].sent;
	size_t lo = h->sent_first[s], hi = h->sent_first[s + 1];
	int near, opener;

	if (!tok_is(tk, i, "after") && !tok_is(tk, i, "since"))
		return 0;
	near = span_days_after(tk, sc->first, sc->last, i);
	if (!near && !tok_in_sorted(tk, i - 1, span_words,
	    NELEM(span_words)))
		return 0;
	for (k = lo; k < hi && h->v[k].tok < i - 1; k++)
		if (h->v[k].kind == LEX_KILL ||
		    h->v[k].kind == LEX_INJURE)
			break;
	opener = 0;
	if (k == hi || h->v[k].tok >= i - 1) {
		if (near && i - sc->first <= 4)
			opener = 1;
		else if (!(near && attack_came(sc, i)))
			return 0;
	}
	z = span_clause_end(tk, i, sc->last);
	if (!(hit_kinds(sc, i + 1, z) & (KIND(LEX_KILL) |
	    KIND(LEX_INJURE))))
		return 0;
	/* "A day after three farmers were gunned down, a mob burned
	 * homes, killing a couple": the opening clause is the
	 * earlier attack's when the rest tells dead of its own */
	if (opener) {
		if (!tok_is(tk, z, ",") || span_adds_to_toll(tk, z,
		    sc->last) || !(hit_kinds(sc, z, sc->last) &
		    (KIND(LEX_KILL) | KIND(LEX_INJURE))))
			return 0;
		*zp_from = sc->first;
	} else
		*zp_from = i - 1;
	*zp_to = z;
	return 1;
}

/* span_after_at() at each "after" or "since" from the sentence's third
 * token, the first that finds a span: those sentence_marks() kept in
 * marks, or, when it could not keep them all, those of every token. */
static int
span_after(const struct scan *sc, const struct sentence_counts *marks,
    size_t *zp_from, size_t *zp_to)
{
	size_t i;

	if (marks->nafter <= AFTER_MAX) {
		for (i = 0; i < marks->nafter; i++)
			if (span_after_at(sc, marks->after[i], zp_from, zp_to))
				return 1;
		return 0;
	}
	for (i = sc->first + 2; i < sc->last; i++)
		if (span_after_at(sc, i, zp_from, zp_to))
			return 1;
	return 0;
}

/*
 * A running toll: "ethnic violence that has killed hundreds since 2023",
 * "the insurgency has killed 3,400 people over the past 18 months",
 * "attacks that have left 40 dead this year", "a war that has killed tens
 * of thousands".  News writes the dead of a conflict, a campaign or a
 * period in the perfect, which counts up to now, with the span they were
 * counted over or the conflict they belong to; the day's attack it tells
 * in the past tense, or in a perfect with no span or one that starts
 * that day ("five have died since Tuesday's blast").  Such a toll is
 * background: added to the day's dead, it would make one ambush the alert
 * of a war.  A span that measures the day's attack against others ("the
 * deadliest attack since 2019") is no span of a toll.
 */

/* Nouns of a conflict that runs for months or years, whose dead are a
 * running toll however they are told.  Sorted. */
static const char *const conflict_nouns[] = {
	"campaign", "conflict", "conflicts", "crackdown", "feud",
	"insurgencies", "insurgency", "militancy", "rebellion", "uprising",
	"war", "wars",
};

/* Words after such a noun that leave it the head of its phrase ("the war
 * in Sudan, which", "the insurgency has"), not a modifier ("the conflict
 * zone").  Sorted. */
static const char *const conflict_next[] = {
	"against", "between", "had", "has", "have", "in", "of", "on",
	"over", "that", "which", "with",
};

/* Words that open a phrase naming a conflict, and the prepositions before
 * one.  Sorted. */
static const char *const conflict_dets[] = {
	"a", "an", "its", "the", "their", "this",
};
static const char *const conflict_preps[] = {
	"amid", "during", "from", "in", "of", "to",
};

/* Has the token i an owner's "'s" ("Htet's", "officers'")? */
static int
possessive(const struct tokens *tk, size_t i)
{
	const char *w = tk->lower + tk->v[i].start;
	size_t n = tk->v[i].len;

	return tk->v[i].kind == TOK_WORD && n > 2 && (w[n - 1] == '\'' ||
	    (w[n - 1] == 's' && w[n - 2] == '\''));
}

/* Does word token q open a noun phrase: a determiner or a possessive
 * ("Sudan's civil war", "the rebels' insurgency")? */
static int
np_opener(const struct tokens *tk, size_t q)
{
	return tok_in_sorted(tk, q, conflict_dets, NELEM(conflict_dets)) ||
	    possessive(tk, q);
}

/* Is token q where a phrase naming a conflict may stand: the clause's
 * start, or after punctuation or a preposition ("in a war that ...")? */
static int
conflict_place(const struct scan *sc, size_t q)
{
	return q == sc->first || sc->tk->v[q - 1].kind == TOK_PUNCT ||
	    tok_in_sorted(sc->tk, q - 1, conflict_preps, NELEM(conflict_preps));
}

/* Is token k the head noun of a phrase naming a conflict ("a war that
 * ...", "killed in the insurgency", "years of war")?  Not when the
 * phrase is a verb's object: "rebels waging a war against the state have
 * killed ..." tells who killed, not over what span. */
static int
conflict_at(const struct scan *sc, size_t k)
{
	const struct tokens *tk = sc->tk;
	size_t p;

	if (!tok_in_sorted(tk, k, conflict_nouns, NELEM(conflict_nouns)) ||
	    (tk->v[k].flags & TOKF_HYPHEN))
		return 0;
	if (k + 1 < sc->last && tk->v[k + 1].kind != TOK_PUNCT &&
	    !tok_in_sorted(tk, k + 1, conflict_next, NELEM(conflict_next)))
		return 0;
	if (conflict_place(sc, k))
		return 1;
	for (p = k; p > sc->first && k - p < 4; p--) {
		if (tk->v[p - 1].kind != TOK_WORD)
			return 0;
		if (np_opener(tk, p - 1))
			return conflict_place(sc, p - 1);
	}
	return 0;
}

/* Is "since" at token k counted from the start of a conflict ("since
 * the war began", "since the start of the year", "since it began"), not
 * an event of the day ("since Tuesday's blast", "since the attack")?
 * tok_period_span() reads the times of the calendar ("since 2023"). */
static int
since_conflict(const struct scan *sc, size_t k)
{
	static const char *const starts[] = {
		"beginning", "end", "launch", "onset", "outbreak", "start",
	};
	const struct tokens *tk = sc->tk;
	size_t a = k + 1;

	if (a >= sc->last)
		return 0;
	/* "since it began", "since they started" */
	if ((tok_is(tk, a, "it") || tok_is(tk, a, "they")) &&
	    (tok_is(tk, a + 1, "began") || tok_is(tk, a + 1, "started") ||
	    tok_is(tk, a + 1, "erupted")))
		return 1;
	return tok_in_sorted(tk, a, conflict_dets, NELEM(conflict_dets)) &&
	    (tok_is_year(tk, a + 1) ||
	    tok_in_sorted(tk, a + 1, starts, NELEM(starts)) ||
	    tok_in_sorted(tk, a + 1, conflict_nouns, NELEM(conflict_nouns)));
}

/* Does a span of a running toll start at token k: a span of a period
 * ("since 2023", "this year", "over the past 18 months", "to date") or
 * the start of a conflict ("since the war began")? */
static int
period_at(const struct scan *sc, size_t k)
{
	if (tok_period_span(sc->tk, k, sc->last, PERIOD_RUNNING))
		return 1;
	return tok_is(sc->tk, k, "since") && since_conflict(sc, k);
}

/* Words that make a span after them a measure of the day's attack ("the
 * deadliest attack since 2019", "the worst this year").  Sorted. */
static const char *const superlatives[] = {
	"bloodiest", "deadliest", "first", "heaviest", "highest", "largest",
	"most", "worst",
};

/* A span of a running toll in tokens [from, to), not one that a
 * superlative before it makes a measure of the day's attack. */
static int
period_in(const struct scan *sc, size_t from, size_t to)
{
	size_t k, p;

	for (k = from; k < to; k++) {
		if (!period_at(sc, k))
			continue;
		for (p = k; p > from && k - p < 3; p--)
			if (tok_in_sorted(sc->tk, p - 1, superlatives,
			    NELEM(superlatives)))
				break;
		if (!(p > from && k - p < 3))
			return 1;
	}
	return 0;
}

/* Does token k bound the clause of a running toll: punctuation, a
 * relative pronoun or another casualty phrase? */
static int
toll_bound(const struct tokens *tk, size_t k)
{
	return tk->v[k].kind == TOK_PUNCT || tok_relative(tk, k) ||
	    lex_at(tk, k, LEX_KILL, NULL) > 0 ||
	    lex_at(tk, k, LEX_INJURE, NULL) > 0;
}

/* Is the clause at token start, with its perfect's auxiliary at aux, a
 * "where" clause after a comma that tells of the place ("in a village
 * in the state, where clashes between farmers and herders have killed
 * thousands")?  A place's dead told in the perfect are counted over its
 * history; the day's attack news tells in the past ("the market, where
 * a bomb killed 12"), and a clause that names the day was let go
 * before. */
static int
where_perfect(const struct scan *sc, size_t start, size_t aux)
{
	const struct tokens *tk = sc->tk;

	return aux != (size_t)-1 && start > sc->first &&
	    tok_is(tk, start, "where") && tok_is(tk, start - 1, ",");
}

/*
 * Is the casualty phrase x a running toll?  Its clause, from the bound
 * before it to the punctuation after it, must be in the perfect (or name
 * a toll) and tell a period, or name a conflict: as its subject, as the
 * noun a relative clause hangs on ("a war that has killed", "the war in
 * Sudan, which has killed") or after the phrase ("have been killed in
 * the insurgency").  A period fronted before a comma that opens the
 * sentence counts too ("So far this year, 45 civilians have been
 * killed").  A clause that names a conflict but also the day is the
 * day's.  *endp is set to the end of the clause, whose casualty words are
 * the toll's.
 */
static int
running_toll(const struct scan *sc, const struct lex_hit *x, size_t *endp)
{
	const struct tokens *tk = sc->tk;
	size_t lo, hi, k, start, aux = (size_t)-1, bound;

	if (x->kind != LEX_KILL && x->kind != LEX_INJURE &&
	    x->kind != LEX_TOLL)
		return 0;
	/* the perfect's auxiliary, in the phrase ("has died") or a few
	 * words before it ("has killed", "have been killed", "has caused
	 * more than 1,000 deaths") */
	for (k = x->tok + 1; k > sc->first && x->tok + 1 - k < 7; k--) {
		if (tk->v[k - 1].kind == TOK_PUNCT)
			break;
		if (tok_is(tk, k - 1, "has") || tok_is(tk, k - 1, "have") ||
		    tok_is(tk, k - 1, "had")) {
			aux = k - 1;
			break;
		}
	}
	if (aux == (size_t)-1 && x->kind != LEX_TOLL)
		return 0;
	lo = aux < x->tok ? aux : x->tok;
	for (hi = x->tok + x->ntok; hi < sc->last && hi < x->tok + 24 &&
	    tk->v[hi].kind != TOK_PUNCT; hi++)
		;
	/* the clause's subject, back to its bound */
	for (start = lo; start > sc->first && lo - start < 8 &&
	    !toll_bound(tk, start - 1); start--)
		;
	if (period_in(sc, start, hi))
		goto toll;
	/* a clause that names the day tells of the day's attack, in
	 * whatever conflict ("fighting in the war have killed 14
	 * soldiers on Monday") */
	if (has_hit(sc, start, hi, LEX_TODAY))
		return 0;
	if (where_perfect(sc, start, aux))
		goto toll;
	for (k = start; k < lo; k++)
		if (conflict_at(sc, k))
			goto toll;
	for (k = x->tok + x->ntok; k < hi; k++)
		if (conflict_at(sc, k))
			goto toll;
	if (start == sc->first)
		return 0;
	bound = start - 1;
	/* the noun "that" or ", which" hangs on */
	if (tok_relative(tk, bound)) {
		if (bound > sc->first && tok_is(tk, bound - 1, ","))
			bound--;
		for (k = bound; k > sc->first && bound - k < 5 &&
		    tk->v[k - 1].kind != TOK_PUNCT; k--)
			if (conflict_at(sc, k - 1))
				goto toll;
		return 0;
	}
	/* a period before a comma that opens the sentence */
	if (!tok_is(tk, bound, ","))
		return 0;
	for (k = bound; k > sc->first && bound - k < 8 &&
	    !toll_bound(tk, k - 1); k--)
		;
	if (k == sc->first && period_in(sc, k, bound))
		goto toll;
	return 0;
toll:
	*endp = hi;
	return 1;
}

/* Nouns after "death" that make it no casualty. */
static const char *const not_deaths[] = {
	"anniversary", "penalty", "row", "sentence", "sentences", "squad",
	"squads", "threat", "threats", "toll",
};

/* Words before "toll" that make it a figure since revised. */
static const char *const old_toll[] = {
	"earlier", "initial", "original", "previous",
};

/* "A fifth person has died": the ordinal is the toll. */
static const struct {
	const char *word;
	long	 value;
} ordinals[] = {
	{ "second", 2 }, { "third", 3 }, { "fourth", 4 }, { "fifth", 5 },
	{ "sixth", 6 }, { "seventh", 7 }, { "eighth", 8 }, { "ninth", 9 },
	{ "tenth", 10 }, { "eleventh", 11 }, { "twelfth", 12 },
};

/* "A fourth person, a 12-year-old boy, died", "A third police officer
 * injured in Wednesday's attack died on Thursday": the sentence opens
 * with the ordinal and a person, and what stands between them and the
 * death verb x (a phrase naming him again, a participle's clause) has no
 * verb of harm or clause of its own.  The ordinal is the toll; 0 when
 * the sentence is not so told. */
static long
ordinal_subject(const struct scan *sc, const struct lex_hit *x)
{
	const struct tokens *tk = sc->tk;
	size_t k, o, f = sc->first;

	if (x->tok < f + 4 || x->tok > f + 30 || (!tok_is(tk, f, "a") &&
	    !tok_is(tk, f, "the")))
		return 0;
	for (o = 0; o < NELEM(ordinals); o++)
		if (tok_is(tk, f + 1, ordinals[o].word))
			break;
	if (o == NELEM(ordinals) || !(hit_kinds(sc, f + 2, f + 5) &
	    KIND(LEX_PERSON)))
		return 0;
	for (k = f + 2; k < x->tok; k++)
		if (tok_is(tk, k, "and") || tok_is(tk, k, "but") ||
		    tok_is(tk, k, ";") || tok_relative(tk, k) ||
		    has_hit(sc, k, k + 1, LEX_KILL))
			return 0;
	return ordinals[o].value;
}

/* The toll told before the death verb x by "a fifth person has died" or
 * "the third victim died"; 0 when none. */
static long
ordinal_toll(const struct scan *sc, const struct lex_hit *x)
{
	const struct tokens *tk = sc->tk;
	size_t k, o;

	if (strcmp(x->e->phrase, "died") != 0 &&
	    strcmp(x->e->phrase, "has died") != 0 &&
	    strcmp(x->e->phrase, "had died") != 0 &&
	    strcmp(x->e->phrase, "dies") != 0)
		return 0;
	for (k = x->tok; k > sc->first + 1 && x->tok - k < 3; k--) {
		if (tk->v[k - 1].kind != TOK_WORD)
			break;
		if (!tok_is(tk, k - 2, "a") && !tok_is(tk, k - 2, "the"))
			continue;
		for (o = 0; o < NELEM(ordinals); o++)
			if (tok_is(tk, k - 1, ordinals[o].word))
				return k < x->tok ? ordinals[o].value : 0;
	}
	return ordinal_subject(sc, x);
}

/* Does a wound told as a participle on the subject end right before
 * token from ("A policeman injured in the attack died in hospital", "a
 * soldier wounded on Monday succumbed")?  The death verb after it is
 * that one's: the wounded who died. */
static int
wounded_subject(const struct scan *sc, size_t from)
{
	const struct tokens *tk = sc->tk;
	size_t k;

	for (k = from; k > sc->first + 1 && from - k < 12; k--)
		if (has_hit(sc, k - 1, k, LEX_INJURE))
			return participle(tk, k - 1) &&
			    lex_at(tk, k - 2, LEX_PERSON, NULL) > 0;
	return 0;
}

/* Death verbs that can follow a wound in one clause. */
static const char *const died_verbs[] = {
	"died", "dying", "succumbed", "succumbing",
};

/* Participles before "dead" that tell a death found at a hospital or
 * the scene: "was declared dead on arrival". */
static const char *const declared_words[] = {
	"confirmed", "declared", "pronounced",
};

/* Is the death verb x joined to the wounding just before it, with no
 * subject of its own ("was wounded in the explosion and later died of his
 * wounds", "sustained gunshot wounds and was declared dead on arrival")?
 * from is where its own subject would start. */
static int
later_died(const struct scan *sc, const struct lex_hit *x, size_t from)
{
	const struct tokens *tk = sc->tk;
	size_t k;
	int and = 0;

	if (!tok_in_sorted(tk, x->tok, died_verbs, NELEM(died_verbs)) &&
	    !(tok_is(tk, x->tok, "dead") && x->tok > from &&
	    tok_in_sorted(tk, x->tok - 1, declared_words,
	    NELEM(declared_words))))
		return 0;
	for (k = from; k < x->tok; k++) {
		/* "injured before succumbing to his wounds" */
		if (tok_is(tk, k, "and") || tok_is(tk, k, "before"))
			and = 1;
		/* "was wounded by gunmen and later died", "was beaten and
		 * set alight by a mob and died": the agent of the wounding
		 * is no subject of the death */
		else if (tok_is(tk, k, "by"))
			while (k + 1 < x->tok && !tok_is(tk, k + 1, "and") &&
			    !tok_is(tk, k + 1, "before") &&
			    tk->v[k + 1].kind != TOK_PUNCT)
				k++;
		else if (tk->v[k].kind == TOK_NUM ||
		    lex_at(tk, k, LEX_NUM, NULL) > 0 ||
		    lex_at(tk, k, LEX_PERSON, NULL) > 0 ||
		    lex_at(tk, k, LEX_ATTACKER, NULL) > 0 ||
		    tok_is(tk, k, "he") || tok_is(tk, k, "she") ||
		    tok_is(tk, k, "they"))
			return 0;
	}
	return and || wounded_subject(sc, from);
}

/* Auxiliaries that give a gapped wound's second person a verb of its own
 * ("and a woman was hurt in the crush"). */
static const char *const gap_aux[] = {
	"had", "has", "is", "was", "were",
};

/* Does word token i look like a verb's participle or past, -ed or -ing? */
static int
verb_form(const struct tokens *tk, size_t i)
{
	const char *w = tk->lower + tk->v[i].start;
	size_t n = tk->v[i].len;

	return tk->v[i].kind == TOK_WORD &&
	    ((n > 4 && memcmp(w + n - 2, "ed", 2) == 0) ||
	    (n > 5 && memcmp(w + n - 3, "ing", 3) == 0));
}

/* "A boy was hit in the leg and a 16-year-old in the arm": after a wound
 * told by the part of the body, a second person with the verb left out,
 * wounded in another part.  x is the wound's hit, which ends at end.
 * Returns the token after the second part, or 0. */
static size_t
gapped_wound(const struct scan *sc, const struct lex_hit *x, size_t end)
{
	const struct tokens *tk = sc->tk;
	size_t k;

	if (!tok_in_sorted(tk, x->tok + x->ntok - 1, body_parts,
	    NELEM(body_parts)) || end + 4 >= sc->last ||
	    !tok_is(tk, end, "and"))
		return 0;
	k = end + 1;
	if (tok_is(tk, k, "the") && tok_is(tk, k + 1, "other"))
		k += 2;
	else if (tok_is(tk, k, "a") || tok_is(tk, k, "an") ||
	    tok_is(tk, k, "another"))
		k++;
	else
		return 0;
	/* the person: an age, a noun or both, and no verb of its own */
	for (; k < sc->last && k < end + 8 && !tok_is(tk, k, "in"); k++)
		if (tk->v[k].kind == TOK_PUNCT ||
		    (hit_kinds(sc, k, k + 1) & VIOLENT_VERBS) ||
		    tok_in_sorted(tk, k, gap_aux, NELEM(gap_aux)) ||
		    verb_form(tk, k))
			return 0;
	if (k + 2 >= sc->last || !tok_is(tk, k, "in") ||
	    !(tok_is(tk, k + 1, "the") || tok_is(tk, k + 1, "his") ||
	    tok_is(tk, k + 1, "her")) ||
	    !tok_in_sorted(tk, k + 2, body_parts, NELEM(body_parts)))
		return 0;
	return k + 3;
}

/* Verbs whose "to death" is a sentence passed, not a killing. */
static const char *const sentence_verbs[] = {
	"condemned", "condemning", "condemns", "sentence", "sentenced",
	"sentences", "sentencing",
};

/* "stabbed a teacher to death": after an active verb ending at token j,
 * an object then "to death".  Returns the token of "to", or 0. */
static size_t
to_death_after(const struct scan *sc, size_t j)
{
	const struct tokens *tk = sc->tk;
	size_t k;

	for (k = j; k + 1 < sc->last && k < j + 8; k++) {
		if (tok_is(tk, k, "to") && tok_is(tk, k + 1, "death"))
			return k > j ? k : 0;
		if (np_stop(tk, k))
			return 0;
	}
	return 0;
}

/* "hacked three traders to death": the object of the verb before the
 * "to" at token to starts with a number or a determiner right after a
 * lowercase word, the verb.  Returns its first token, 0 when there is
 * none, or -1 when the verb passes a sentence ("sentenced two men to
 * death"). */
static long
object_before_to(const struct scan *sc, size_t to, size_t floor)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t q, k;

	for (q = to; q > floor + 1 && q + 6 > to; q--) {
		size_t o = q - 1;

		if (tk->v[o].kind == TOK_PUNCT)
			return 0;
		/* "beat a 32-year-old man to death": an age is no
		 * count, the object starts before it */
		if (!(tok_is(tk, o, "a") || tok_is(tk, o, "an") ||
		    tok_is(tk, o, "the") || tok_is(tk, o, "his") ||
		    tok_is(tk, o, "her") || tok_is(tk, o, "their") ||
		    tok_is(tk, o, "them") || tok_is(tk, o, "him") ||
		    (number_at(tk, o, &n) && n.value > 0 && o + n.ntok <= to &&
		    age_len(tk, o) == 0)))
			continue;
		if (tk->v[o - 1].kind != TOK_WORD ||
		    (tk->v[o - 1].flags & TOKF_CAP) ||
		    lex_at(tk, o - 1, LEX_NUM, NULL) > 0 ||
		    lex_at(tk, o - 1, LEX_QUANT, NULL) > 0)
			continue;
		for (k = o - 1; k < to; k++)
			if (tok_in_sorted(tk, k, sentence_verbs,
			    NELEM(sentence_verbs)))
				return -1;
		/* "of a man": a preposition, not the verb */
		if (np_stop(tk, o - 1) || tok_is(tk, o - 1, "of") ||
		    tok_is(tk, o - 1, "for") || tok_is(tk, o - 1, "to"))
			return 0;
		if (tok_in_sorted(tk, o - 1, passive_aux, NELEM(passive_aux)))
			return 0;
		return (long)o;
	}
	return 0;
}

static int
body_singular(const struct tokens *tk, size_t i)
{
	return tok_is(tk, i, "body") || tok_is(tk, i, "corpse");
}

/* The first body word of the sentence in tokens [from, to), or -1. */
static long
body_in(const struct sentence_counts *sc, size_t from, size_t to)
{
	size_t k;

	for (k = 0; k < sc->nbody; k++)
		if (sc->body[k] >= from && sc->body[k] < to)
			return (long)sc->body[k];
	return -1;
}

/* Verbs that tell of a body found or moved. */
static const char *const body_verbs[] = {
	"buried", "discovered", "dumped", "exhumed", "found", "handed",
	"identified", "pulled", "recovered", "retrieved", "taken",
};

/*
 * The dead counted by a body word at token b: "the bodies of (the
 * remaining) 17 hostages" is 17; "Htet's body was discovered", "found his
 * body", "the body of the priest was found" and "a dead body" are one.
 * Returns the count, or -1 ("the body of the car", "strapped to her
 * body").
 */
static long
body_count(const struct scan *sc, size_t b, int *at_least)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t k, lo, hi;
	int att;

	*at_least = 0;
	if (!body_singular(tk, b)) {
		if (b + 2 >= sc->last || !tok_is(tk, b + 1, "of"))
			return -1;
		for (k = b + 2; k < sc->last && k < b + 5; k++) {
			if (number_at(tk, k, &n) && n.value > 0 &&
			    people_after(sc, k + n.ntok, sc->last, &att)) {
				*at_least = n.at_least;
				return n.value;
			}
			if (tk->v[k].kind != TOK_WORD)
				break;
		}
		return -1;
	}
	if (b > sc->first && tok_is(tk, b - 1, "dead"))
		return 1;
	if (!(b > sc->first && (tok_is(tk, b - 1, "his") ||
	    tok_is(tk, b - 1, "her") || possessive(tk, b - 1))) &&
	    !(b > sc->first && tok_is(tk, b - 1, "the") &&
	    tok_is(tk, b + 1, "of") && b + 2 < sc->last &&
	    (people_after(sc, b + 2, sc->last, &att) ||
	    (tok_is(tk, b + 2, "one") && tok_is(tk, b + 3, "of")) ||
	    (tk->v[b + 2].flags & TOKF_CAP) ||
	    (b + 3 < sc->last && (tk->v[b + 3].flags & TOKF_CAP)))))
		return -1;
	lo = b > sc->first + 3 ? b - 3 : sc->first;
	hi = b + 7 < sc->last ? b + 7 : sc->last;
	for (k = lo; k < hi; k++)
		if (tok_in_sorted(tk, k, body_verbs, NELEM(body_verbs)))
			return 1;
	return -1;
}

/* "publicly", "summarily": a word in -ly. */
static int
adverb(const struct tokens *tk, size_t i)
{
	const struct token *t = &tk->v[i];

	return t->kind == TOK_WORD && t->len > 4 &&
	    memcmp(tk->lower + t->start + t->len - 2, "ly", 2) == 0;
}

/* Adverbs between "and" and a participle ("and later killed"). */
static const char *const join_adverbs[] = {
	"eventually", "later", "subsequently", "then",
};

/* "were tied up and (later) executed": the "was" or "were" of the passive
 * that the participle at token x is joined to by "and", in its clause
 * after floor; 0 when there is none. */
static size_t
joined_passive(const struct scan *sc, size_t x, size_t floor)
{
	const struct tokens *tk = sc->tk;
	size_t k = x, from;

	while (k > floor + 1 && (tok_in_sorted(tk, k - 1, join_adverbs,
	    NELEM(join_adverbs)) || adverb(tk, k - 1)))
		k--;
	if (k <= floor + 1 || !tok_is(tk, k - 1, "and"))
		return 0;
	from = clause_start(sc, k - 1, floor);
	for (k -= 1; k > from; k--)
		if (tok_is(tk, k - 1, "was") || tok_is(tk, k - 1, "were"))
			return k - 1 > from ? k - 1 : 0;
	return 0;
}

/* Is the casualty word x, ending at token end, joined by "or" to one of
 * the other class ("killed or injured", "dead or wounded")? */
static int
either_or(const struct scan *sc, const struct lex_hit *x, size_t end)
{
	int other = x->kind == LEX_KILL ? LEX_INJURE : LEX_KILL;

	return end + 1 < sc->last && tok_is(sc->tk, end, "or") &&
	    lex_at(sc->tk, end + 1, other, NULL) > 0;
}

/* Is the participle at token x passive: "were killed", "were summarily
 * executed", "was later shot dead"? */
static int
aux_before(const struct tokens *tk, size_t x, size_t first)
{
	if (x <= first)
		return 0;
	if (tok_in_sorted(tk, x - 1, passive_aux, NELEM(passive_aux)))
		return 1;
	return x > first + 1 && (adverb(tk, x - 1) || tok_in_sorted(tk, x - 1,
	    join_adverbs, NELEM(join_adverbs))) &&
	    tok_in_sorted(tk, x - 2, passive_aux, NELEM(passive_aux));
}

/* "two of whom (were later)", "two of them" right before the verb at v,
 * after from: its first token and its count in *n, or 0. */
static size_t
of_whom(const struct scan *sc, size_t from, size_t v, struct number *n)
{
	const struct tokens *tk = sc->tk;
	size_t k = v, j;

	/* back over "were later", "subsequently" to "whom" */
	while (k > from && (tok_in_sorted(tk, k - 1, passive_aux,
	    NELEM(passive_aux)) || tok_in_sorted(tk, k - 1, join_adverbs,
	    NELEM(join_adverbs)) || adverb(tk, k - 1)))
		k--;
	if (k < from + 3 || !(tok_is(tk, k - 1, "whom") ||
	    tok_is(tk, k - 1, "them")) || !tok_is(tk, k - 2, "of"))
		return 0;
	/* the longest count ending there: "at least seven of them" */
	for (j = k > from + 6 ? k - 5 : from + 1; j < k - 1; j++)
		if (number_at(tk, j - 1, n) && j - 1 + n->ntok == k - 2)
			return n->value > 0 ? j - 1 : 0;
	return 0;
}

static void
span_of(const struct scan *sc, size_t a, size_t b, size_t *ev)
{
	ev[0] = sc->tk->v[a].start;
	ev[1] = sc->tk->v[b - 1].start + sc->tk->v[b - 1].len;
}

/* May "by X who ..." make X the attacker?  Only while the sentence has
 * counted victims and no attacker: "a police officer was stabbed to death
 * by a man who was then shot dead", not "the attacker was shot dead by an
 * officer, who was wounded". */
static int
by_agent(const struct sentence_counts *sc)
{
	return sc->killed.attackers < 0 && sc->injured.attackers < 0 &&
	    (sc->killed.victims > 0 || sc->injured.victims > 0);
}

/* "shot three people, one fatally", "Four were stabbed, two of them
 * fatally": of those struck, the number before "fatally" died and the
 * rest were wounded.  f is the token of "fatally". */
static void
fatally_of(const struct scan *sc, size_t f, struct sentence_counts *out)
{
	const struct tokens *tk = sc->tk;
	struct number dead, all;
	size_t k = f, j;
	int att;

	if (tok_is(tk, k - 1, "them") && tok_is(tk, k - 2, "of"))
		k -= 2;
	for (j = k - 1; j > sc->first && k - j < 4 &&
	    tk->v[j].kind != TOK_PUNCT; j--)
		;
	if (j <= sc->first || tk->lower[tk->v[j].start] != ',' ||
	    !number_at(tk, j + 1, &dead) || j + 1 + dead.ntok != k ||
	    dead.value <= 0)
		return;
	/* the count of all struck: the last figure before the comma */
	for (k = j; k > sc->first && j - k < 8; k--)
		if (number_at(tk, k - 1, &all) && k - 1 + all.ntok <= j &&
		    tk->v[k - 1].kind != TOK_PUNCT)
			break;
	if (k == sc->first || j - k >= 8 || all.value <= dead.value ||
	    !people_after(sc, k - 1 + all.ntok, j, &att) || att)
		return;
	if (out->killed.victims < dead.value) {
		out->killed.victims = dead.value;
		span_of(sc, j + 1, f + 1, out->kev);
	}
	out->killed.mentioned = 1;
	if (out->injured.victims < all.value - dead.value) {
		out->injured.victims = all.value - dead.value;
		span_of(sc, k - 1, j, out->iev);
	}
	out->injured.mentioned = 1;
	out->struck.victims = -1;
}

/* The people counted nearest before token v in its sentence ("attacked
 * three people ..., injuring them"), victims only; 0 when none. */
static long
them_count(const struct scan *sc, size_t v)
{
	struct number n;
	size_t k;
	int att;

	for (k = v; k > sc->first && v - k < 16; k--) {
		if (!number_at(sc->tk, k - 1, &n) || n.value <= 0 ||
		    k - 1 + n.ntok >= v)
			continue;
		if (!people_after(sc, k - 1 + n.ntok, v, &att) || att ||
		    age_before(sc->tk, k - 1))
			return 0;
		return n.value;
	}
	return 0;
}

/* Head nouns of wounds a person is left with.  Sorted. */
static const char *const wound_nouns[] = {
	"bruises", "burns", "cuts", "fractures", "injuries", "injury",
	"lacerations", "wound", "wounds",
};

/* Is there a wound told after the "with" at token w ("with severe
 * burns", "with a gunshot wound to the chest", "with life-threatening
 * injuries")?  Only words that qualify it may stand before its noun,
 * and none of them negates it ("with no injuries").  Returns the token
 * after the noun, or 0. */
static size_t
wound_after(const struct scan *sc, size_t w)
{
	const struct tokens *tk = sc->tk;
	size_t k;

	for (k = w + 1; k < sc->last && k < w + 6; k++) {
		if (tk->v[k].kind != TOK_WORD || (tk->v[k].flags & TOKF_CAP) ||
		    tok_is(tk, k, "no") || tok_is(tk, k, "few") ||
		    tok_is(tk, k, "minimal"))
			return 0;
		if (tok_in_sorted(tk, k, wound_nouns, NELEM(wound_nouns)))
			return k + 1;
	}
	return 0;
}

/* The people named between a form of "leave" and "with", tokens
 * [j, w): "her", "both", "three passengers", "a security guard",
 * "Mr Okafor"; "them" are those counted before the verb at v.  -1 when
 * the words name no people ("left the scene with injuries": who left
 * was hurt, not the scene). */
static long
left_object(const struct scan *sc, size_t v, size_t j, size_t w,
    int *at_least)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t k, d;
	int att;

	*at_least = 0;
	if (j >= w || w - j > 5)
		return -1;
	for (k = j; k < w; k++)
		if (tk->v[k].kind == TOK_PUNCT)
			return -1;
	if (w == j + 1) {
		if (tok_is(tk, j, "him") || tok_is(tk, j, "her"))
			return 1;
		if (tok_is(tk, j, "both"))
			return 2;
		if (tok_is(tk, j, "them"))
			return (n.value = them_count(sc, v)) > 0 ? n.value : -1;
	}
	d = (tok_is(tk, j, "the") || possessive_det(tk, j)) ? j + 1 : j;
	/* "leaving 14 with burns", "leaving the two guards with cuts" */
	if (number_at(tk, d, &n) && n.value > 0 &&
	    !unit_word(tk, d + n.ntok) && (d + n.ntok == w ||
	    people_after(sc, d + n.ntok, w, &att))) {
		*at_least = n.at_least;
		return n.value;
	}
	/* after a determiner: "leaving the 40-year-old with a stab
	 * wound", "left a 17-year-old with a gunshot wound", an age that
	 * stands for the person; "leaving a security guard with cuts",
	 * one person */
	if (d > j || tok_is(tk, j, "a") || tok_is(tk, j, "an")) {
		if ((k = age_len(tk, j + 1)) > 0 && j + 1 + k == w)
			return 1;
		if (people_after(sc, j + 1, w, &att) && !plural_word(tk, w - 1))
			return 1;
	}
	/* "leaving Ahmed Khan with burns": a name */
	for (k = j; k < w && (tk->v[k].flags & TOKF_CAP); k++)
		;
	return k == w && w - j <= 3 && !title_case(sc) ? 1 : -1;
}

/*
 * "Attackers threw acid at two women, leaving both with severe burns",
 * "shot him twice and left him with gunshot wounds", "The guard was left
 * with serious injuries": people a form of "leave" at token v leaves
 * with wounds were hurt, however the text counts them; no casualty word
 * says so.  The object between the verb and "with" is read as a count,
 * or in the passive the subject before "was left".  Returns 1 with the
 * count in *n, the "with" in *with and the token after the wound in
 * *endp; 0 when it is no such phrase.
 */
static int
left_with(const struct scan *sc, size_t v, long *n, int *at_least,
    size_t *with, size_t *endp)
{
	const struct tokens *tk = sc->tk;
	size_t w, aux = 0, e, k;

	*at_least = 0;
	if (tok_is(tk, v, "left") && v > sc->first + 1) {
		if (tok_is(tk, v - 1, "was") || tok_is(tk, v - 1, "were"))
			aux = v - 1;
		else if (tok_is(tk, v - 1, "been") && v > sc->first + 2 &&
		    (tok_is(tk, v - 2, "has") || tok_is(tk, v - 2, "have") ||
		    tok_is(tk, v - 2, "had")))
			aux = v - 2;
	}
	for (w = v + 1; w < sc->last && w < v + 7 && !tok_is(tk, w, "with");
	    w++)
		;
	if (w >= sc->last || !tok_is(tk, w, "with") ||
	    (e = wound_after(sc, w)) == 0)
		return 0;
	/* "leaving three dead and 12 with gunshot wounds": the dead are
	 * read as such; the wounded are those after "and" */
	for (k = w; k > v + 1; k--)
		if (tok_is(tk, k - 1, "and") && has_hit(sc, v + 1, k - 1,
		    LEX_KILL)) {
			v = k - 1;
			aux = 0;
			break;
		}
	if (aux > 0) {
		struct count subj = { -1, -1, 0, 0, 0, 0 };

		if (w != v + 1)
			return 0;
		count_backward(sc, clause_start(sc, aux, sc->first), aux,
		    tok_is(tk, aux, "was"), &subj);
		*n = (subj.victims > 0 ? subj.victims : 0) +
		    (subj.attackers > 0 ? subj.attackers : 0);
		*at_least = subj.at_least;
	} else {
		*n = left_object(sc, v, v + 1, w, at_least);
	}
	if (*n <= 0)
		return 0;
	*with = w;
	*endp = e;
	return 1;
}

/* Verbs of the care the wounded are given. */
static const char *const care_verbs[] = {
	"admitted", "airlifted", "brought", "evacuated", "flown", "rushed",
	"taken",
};

/*
 * "Two other people were taken to the Mario Rivas hospital with gunshot
 * wounds", "were rushed to a clinic in Gusau with burns": the subject of
 * a verb of care in the passive, with a wound told after it, was hurt,
 * wherever it was taken (the lexicon's "taken to hospital" names only the
 * plain places).  w is the token of "with".  Returns 1 with the count in
 * *n, the verb's auxiliary in *auxp and the token after the wound in
 * *endp; 0 when it is no such phrase, or a casualty phrase between the
 * verb and "with" has counted the subject already.
 */
static int
cared_with(const struct scan *sc, size_t w, long *n, int *at_least,
    size_t *auxp, size_t *endp)
{
	const struct tokens *tk = sc->tk;
	struct count subj = { -1, -1, 0, 0, 0, 0 };
	size_t k, aux, e;

	if ((e = wound_after(sc, w)) == 0)
		return 0;
	for (k = w; k > sc->first + 1 && w - k < 12; k--) {
		if (tk->v[k - 1].kind == TOK_PUNCT)
			return 0;
		if (tok_in_sorted(tk, k - 1, care_verbs, NELEM(care_verbs)))
			break;
	}
	if (k <= sc->first + 1 || w - k >= 12)
		return 0;
	aux = k - 2;
	if (!tok_is(tk, aux, "was") && !tok_is(tk, aux, "were"))
		return 0;
	if (has_hit(sc, aux, w, LEX_INJURE))
		return 0;
	count_backward(sc, clause_start(sc, aux, sc->first), aux,
	    tok_is(tk, aux, "was"), &subj);
	*n = (subj.victims > 0 ? subj.victims : 0) +
	    (subj.attackers > 0 ? subj.attackers : 0);
	*at_least = subj.at_least;
	*auxp = aux;
	*endp = e;
	return *n > 0;
}

/* Auxiliaries of the perfect, and others that make a participle after
 * them a verb: "had killed", "are killed". */
static const char *const perfect_aux[] = {
	"are", "had", "has", "have", "not",
};

/* Does the casualty phrase x end in "neutralised"? */
static int
neutralised(const struct tokens *tk, const struct lex_hit *x)
{
	size_t k = x->tok + x->ntok - 1;

	return tok_is(tk, k, "neutralised") || tok_is(tk, k, "neutralized");
}

/* Words that open a noun phrase of people ("those killed" counts none:
 * "a shepherd was among those killed" is the shepherd's).  Sorted. */
static const char *const np_dets[] = {
	"a", "an", "her", "his", "its", "the", "their",
};

/*
 * The start of the noun phrase that ends right before token v, at its
 * determiner or count ("a colleague", "three farmers", "the 58-year-old
 * driver"), looked for in a few words after floor; 0 when a preposition,
 * a comma or "of" comes first, or nothing opens the phrase.
 */
static size_t
np_start(const struct scan *sc, size_t floor, size_t v)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t k;

	for (k = v; k > floor && v - k < 6; k--) {
		if (tk->v[k - 1].kind == TOK_PUNCT || np_stop(tk, k - 1) ||
		    tok_is(tk, k - 1, "of"))
			break;
		if (tok_in_sorted(tk, k - 1, np_dets, NELEM(np_dets)))
			return k - 1;
	}
	return k < v && k > floor && number_at(tk, k, &n) && n.value > 0 &&
	    !tok_is_year(tk, k) ? k : 0;
}

/* Does the comma at token c end a phrase after "of" or "for" ("the
 * funeral of the cleric, the imam shot dead on Monday", "a vigil for a
 * teacher, the woman stabbed at the gate")?  The phrase after the comma
 * names that one again, and is no item of a list of the dead with the
 * clause's subject ("Thousands attended ..."). */
static int
named_before(const struct scan *sc, size_t from, size_t c)
{
	const struct tokens *tk = sc->tk;
	size_t k;

	for (k = c; k > from && c - k < 5 && tk->v[k - 1].kind == TOK_WORD;
	    k--)
		if (tok_is(tk, k - 1, "of") || tok_is(tk, k - 1, "for"))
			return k < c;
	return 0;
}

/*
 * "Hundreds of bus drivers escorted the coffin of a colleague shot dead",
 * "police found the remains of three farmers killed near the border": a
 * participle right after a noun, with no auxiliary, is a relative clause
 * cut short on the noun phrase it follows, and its dead are that
 * phrase's, not the subject's of the clause.  A vehicle is not who was
 * killed: "the driver of a truck shot dead" is the driver.  The phrase
 * takes in a count of which it is a part ("two of the guards", "dozens
 * of soldiers").  Returns where the phrase starts when it starts after
 * from, else from: also when it is one of a list ("two policemen and a
 * teacher shot dead", "including a child killed ..."), or has no
 * determiner or count to open it ("escorted colleagues killed ...").
 */
static size_t
reduced_relative(const struct scan *sc, size_t from, size_t v)
{
	const struct tokens *tk = sc->tk;
	struct number n;
	size_t k, q;

	/* a participle, not a verb of its own ("died") nor a noun, right
	 * after a noun: not after an auxiliary or an adverb ("had
	 * killed", "was unlawfully killed") */
	if (v < from + 2 || !participle(tk, v) ||
	    tok_in_sorted(tk, v, died_verbs, NELEM(died_verbs)) ||
	    tk->v[v - 1].kind != TOK_WORD || (tk->v[v - 1].flags & TOKF_CAP) ||
	    number_at(tk, v - 1, &n) || adverb(tk, v - 1) ||
	    tok_in_sorted(tk, v - 1, passive_aux, NELEM(passive_aux)) ||
	    tok_in_sorted(tk, v - 1, perfect_aux, NELEM(perfect_aux)) ||
	    (k = np_start(sc, from, v)) == 0)
		return from;
	if (tok_in_sorted(tk, v - 1, carriers, NELEM(carriers))) {
		if (k < from + 3 || !tok_is(tk, k - 1, "of") ||
		    !person_ends(tk, k - 1) ||
		    (k = np_start(sc, from, k - 1)) == 0)
			return from;
	}
	/* "dozens of soldiers", "two of the guards": the count before
	 * "of" is the phrase's.  After a count with a noun of its own,
	 * a person named after "of" is who died ("dozens of relatives of
	 * a pharmacist shot dead"), a group is what the dead belonged to
	 * ("five members of a family killed ...": the clause's count
	 * stands). */
	if (k > from + 1 && tok_is(tk, k - 1, "of")) {
		for (q = k - 1; q > from && k - q <= 3; q--)
			if (number_at(tk, q - 1, &n) && n.value > 0)
				break;
		if (q > from && k - q <= 3) {
			if (q - 1 + n.ntok >= k - 1)
				k = q - 1;
			else if (!person_ends(tk, v))
				return from;
		}
	}
	if (k <= from || tok_is(tk, k - 1, "and") || tok_is(tk, k - 1, "or") ||
	    tok_is(tk, k - 1, "including") || hit_ends_at(sc, k, LEX_SUBSET) ||
	    (tk->v[k - 1].kind == TOK_PUNCT &&
	    tk->lower[tk->v[k - 1].start] == ',' && !named_before(sc, from,
	    k - 1)))
		return from;
	return k;
}

static void
read_sentence(const struct tokens *tk, const struct lex_hits *h, size_t s,
    int keep_tolls, struct sentence_counts *sc_out)
{
	struct scan sc = { tk, h, tk->sent_first[s], tk->sent_first[s + 1] };
	size_t i, k, covered = 0, floor = sc.first, cutoff = (size_t)-1;
	size_t hend = h->sent_first[s + 1];
	size_t neg[NEG_MAX][2], nneg, after_from, after_to;
	size_t left_span[LEAVE_MAX][3], nleft = 0;	/* verb, with, end */
	/* (the people "left" or "taken" with wounds, at most LEAVE_MAX) */
	long last_injured = 0, injured_before, moved = 0, obj;
	long last_struck = 0, struck_before;
	long left_n[LEAVE_MAX];
	int left_al[LEAVE_MAX];
	size_t death_end = 0;
	struct number num;
	int counted = 0, self_told = 0, fatal_wounds = 0;

	memset(sc_out, 0, sizeof(*sc_out));
	sc_out->killed.victims = sc_out->killed.attackers = -1;
	sc_out->injured.victims = sc_out->injured.attackers = -1;
	sc_out->struck.victims = sc_out->struck.attackers = -1;
	if (sc.first == sc.last)
		return;
	nneg = sentence_marks(tk, sc.first, sc.last, &cutoff, sc_out, neg);
	/* "leaving both with severe burns": the count is the object's, and
	 * a casualty word in the wound ("gunshot wounds") is none */
	for (k = 0; k < sc_out->nleave; k++) {
		size_t *ls = left_span[nleft];

		if (sc_out->leave[k] < cutoff && left_with(&sc,
		    sc_out->leave[k], &left_n[nleft], &left_al[nleft], &ls[1],
		    &ls[2])) {
			ls[0] = sc_out->leave[k];
			nleft++;
		}
	}
	for (k = 0; k < sc_out->nwith && nleft < LEAVE_MAX; k++) {
		size_t *ls = left_span[nleft];

		if (sc_out->with[k] >= cutoff || (nleft > 0 &&
		    left_span[nleft - 1][1] == sc_out->with[k]))
			continue;
		if (cared_with(&sc, sc_out->with[k], &left_n[nleft],
		    &left_al[nleft], &ls[0], &ls[2])) {
			ls[1] = sc_out->with[k];
			nleft++;
		}
	}
	if (!span_after(&sc, sc_out, &after_from, &after_to))
		after_from = after_to = 0;
	for (i = h->sent_first[s]; i < hend; i++) {
		const struct lex_hit *x = &h->v[i];
		size_t j, end, ntok = x->ntok;
		unsigned mask = 0;
		struct count *c;
		size_t *ev;
		int done = 0;

		/* most hits are of kinds read elsewhere: one test */
		if (!(KIND(x->kind) & (KIND(LEX_ZERO) | KIND(LEX_KILL) |
		    KIND(LEX_INJURE) | KIND(LEX_SELF) | KIND(LEX_TOLL))))
			continue;
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
		/* "has risen to 23 after four more victims died": the
		 * deaths told after a toll are in it */
		if (x->kind == LEX_KILL && sc_out->toll)
			continue;
		for (k = 0; k < nneg; k++)
			if (x->tok >= neg[k][0] && x->tok < neg[k][1])
				break;
		if (k < nneg)
			continue;
		for (k = 0; k < nleft; k++)
			if (x->tok >= left_span[k][1] &&
			    x->tok < left_span[k][2])
				break;
		if (k < nleft)
			continue;
		/* "in a war that has killed tens of thousands": the
		 * conflict's dead, to the clause's end */
		if (!keep_tolls && running_toll(&sc, x, &k)) {
			sc_out->running = 1;
			if (k > covered)
				covered = k;
			if (k > floor)
				floor = k;
			continue;
		}
		/* "..., five years after a raid left 60 dead": the earlier
		 * event's casualty words */
		if (x->tok >= after_from && x->tok < after_to)
			continue;
		/* "... in retaliation for the killing of 20": the rest of the
		 * sentence is about another event. */
		if (x->tok >= cutoff)
			break;
		/* "killing himself", "fatally shooting himself" are the
		 * attacker's own death, read by the LEX_SELF hit inside. */
		if (x->kind != LEX_SELF) {
			for (j = lex_hit_from(h, s, x->tok); j < hend &&
			    h->v[j].tok < x->tok + ntok; j++)
				if (h->v[j].kind == LEX_SELF)
					break;
			if (j < hend && h->v[j].tok < x->tok + ntok)
				continue;
		}
		/* "was beaten to death" outreads "was beaten": the longest
		 * casualty phrase at a token tells dead from wounded */
		if (x->kind == LEX_KILL || x->kind == LEX_INJURE) {
			for (j = lex_hit_from(h, s, x->tok); j < hend &&
			    h->v[j].tok == x->tok; j++)
				if ((h->v[j].kind == LEX_KILL ||
				    h->v[j].kind == LEX_INJURE) &&
				    h->v[j].kind != x->kind &&
				    h->v[j].ntok > x->ntok)
					break;
			if (j < hend && h->v[j].tok == x->tok)
				continue;
		}
		/* The longest casualty phrase at this token, with every
		 * reading (active, passive, noun) it has at that length. */
		for (j = i; j < hend && h->v[j].tok == x->tok; j++)
			if (h->v[j].kind == x->kind && h->v[j].ntok > ntok)
				ntok = h->v[j].ntok;
		for (j = i; j < hend && h->v[j].tok == x->tok; j++)
			if (h->v[j].kind == x->kind && h->v[j].ntok == ntok)
				mask |= 1u << h->v[j].e->arg;
		end = x->tok + ntok;
		covered = end;
		if (strcmp(x->e->phrase, "casualties") == 0)
			continue;
		/* "15 bodies were brought in, more than the 11 deaths
		 * acknowledged": the same dead counted by another */
		if ((x->kind == LEX_KILL || x->kind == LEX_INJURE) &&
		    compared_count(&sc, x))
			continue;
		/* "four other family members were not hurt": those named
		 * came to no harm ("not seriously hurt" were hurt) */
		if ((x->kind == LEX_KILL || x->kind == LEX_INJURE) &&
		    x->tok > sc.first && (tok_is(tk, x->tok - 1, "not") ||
		    tok_is(tk, x->tok - 1, "never")))
			continue;
		/* "A fifth person has died": the toll, the deaths told
		 * before it in it */
		if (x->kind == LEX_KILL && (obj = ordinal_toll(&sc, x)) > 0) {
			sc_out->killed.victims = -1;
			add(&sc_out->killed, obj, 0, 0);
			sc_out->toll = 1;
			/* "A third officer injured in the attack died": the
			 * one hurt is the one dead (the GTD writes 0
			 * wounded) */
			if (sc_out->injured.victims == 1 &&
			    sc_out->iev[1] > sc_out->iev[0] &&
			    sc_out->iev[0] >= tk->v[sc.first].start &&
			    sc_out->iev[1] <= tk->v[x->tok].start)
				sc_out->injured.victims = 0;
			span_of(&sc, x->tok, end, sc_out->kev);
			floor = end;
			continue;
		}
		/* "the fire was being treated as arson": a case handled as
		 * something, no one treated for wounds */
		if (x->kind == LEX_INJURE && end < sc.last &&
		    tok_is(tk, end - 1, "treated") && (tok_is(tk, end, "as") ||
		    tok_is(tk, end, "like")))
			continue;
		/* "admitted to Kenyatta National Hospital": a hospital
		 * named; "admitted to bail" is none */
		if (x->kind == LEX_INJURE && ntok > 1 &&
		    tok_is(tk, end - 1, "to") && tok_is(tk, end - 2,
		    "admitted") && !(end < sc.last &&
		    (tk->v[end].flags & TOKF_CAP)))
			continue;
		/* "death threats", "the death penalty": no one died */
		if (x->kind == LEX_KILL && ntok == 1 && end < sc.last &&
		    tok_in_sorted(tk, end, not_deaths, NELEM(not_deaths)))
			continue;
		/* "a relative of the owner lives in the building": "lives"
		 * counts the dead only after a number ("took 12 lives",
		 * "many lives were lost"); else it is the verb */
		if (x->kind == LEX_KILL && ntok == 1 &&
		    tok_is(tk, x->tok, "lives") && !(x->tok > sc.first &&
		    (tk->v[x->tok - 1].kind == TOK_NUM ||
		    lex_at(tk, x->tok - 1, LEX_NUM, NULL) > 0)))
			continue;

		if (x->kind == LEX_SELF) {
			struct count tmp = { -1, -1, 0, 0, 0, 0 };
			size_t from = clause_start(&sc, x->tok, floor), to;

			/* "killing himself and three others": those after
			 * "and" died with him */
			if (tok_is(tk, x->tok, "killing") && end + 1 < sc.last &&
			    tok_is(tk, end, "and")) {
				struct count more = { -1, -1, 0, 0, 0, 0 };
				size_t e = end + 1;

				if (count_forward(&sc, end + 1, &more, &e) &&
				    more.victims > 0) {
					add(&sc_out->killed, more.victims, 0,
					    more.at_least);
					covered = e;
				}
			}
			/* "blew himself up at the gate, killing himself and
			 * wounding six": the participle tells the same
			 * death again */
			if (self_told && tok_ing(tk, x->tok)) {
				floor = end;
				continue;
			}
			self_told = 1;

			/* "a student shot his teacher and then turned the
			 * gun on himself": the subject, before the verb,
			 * died, not the one it was done to */
			for (to = from; to < x->tok; to++)
				if (lex_at(tk, to, LEX_TYPE, NULL) > 0 ||
				    lex_at(tk, to, LEX_KILL, NULL) > 0 ||
				    lex_at(tk, to, LEX_INJURE, NULL) > 0)
					break;
			count_backward(&sc, from, to, 0, &tmp);
			tmp.attackers = tmp.attackers > 0 ? tmp.attackers :
			    (tmp.victims > 0 ? tmp.victims : 1);
			tmp.victims = -1;
			add(&sc_out->killed, tmp.attackers, 1, 0);
			sc_out->self = 1;
			span_of(&sc, x->tok, end, sc_out->kev);
			floor = end;
			continue;
		}
		if (x->kind == LEX_TOLL) {
			struct number n;
			size_t first = 0;
			int att;

			/* "raising an earlier toll of nine": the figure
			 * revised, not the toll */
			if (x->tok > sc.first && tok_in_sorted(tk, x->tok - 1,
			    old_toll, NELEM(old_toll)))
				continue;
			/* "a toll that included two children": who is in
			 * it, not what it is */
			if (end + 1 < sc.last && tok_is(tk, end, "that") &&
			    (tok_is(tk, end + 1, "included") ||
			    tok_is(tk, end + 1, "includes")))
				continue;
			/* "the death toll from Friday's bombing rose to 55":
			 * the figure the toll rose to, else the first one
			 * near it that counts no attackers ("the toll from an
			 * attack by hundreds of gunmen has risen to 44") */
			for (j = end; j < sc.last && j < end + TOLL_WINDOW; j++) {
				if (!number_at(tk, j, &n) ||
				    unit_word(tk, j + n.ntok))
					continue;
				if (tok_is(tk, j - 1, "to") ||
				    tok_is(tk, j - 1, "at") ||
				    tok_is(tk, j - 1, "reached"))
					break;
				/* "revising the toll from 21": the figure
				 * left behind */
				if (tok_is(tk, j - 1, "from")) {
					j += n.ntok - 1;
					continue;
				}
				if (first == 0 && j < end + 8 &&
				    !(people_after(&sc, j + n.ntok, sc.last,
				    &att) && att))
					first = j;
				j += n.ntok - 1;
			}
			if (j >= sc.last || j >= end + TOLL_WINDOW) {
				j = first > 0 ? first : sc.last;
				if (j < sc.last)
					number_at(tk, j, &n);
			}
			/* "the country's murder toll past 400 for the
			 * year": a count of many events, not this one's */
			if (j < sc.last && j < end + TOLL_WINDOW &&
			    ((tok_is(tk, j + n.ntok, "for") &&
			    tok_is(tk, j + n.ntok + 2, "year")) ||
			    (tok_is(tk, j + n.ntok, "this") &&
			    tok_is(tk, j + n.ntok + 1, "year")) ||
			    (tok_is(tk, j + n.ntok, "so") &&
			    tok_is(tk, j + n.ntok + 1, "far"))))
				continue;
			if (j < sc.last && j < end + TOLL_WINDOW) {
				/* a toll is the total: "four more died,
				 * raising the toll to 23" is 23; attackers
				 * counted before it in its sentence are in
				 * it ("shot dead all four attackers,
				 * bringing the toll to 18") */
				sc_out->killed.victims = -1;
				add(&sc_out->killed, n.value -
				    (sc_out->killed.attackers > 0 &&
				    sc_out->killed.attackers < n.value ?
				    sc_out->killed.attackers : 0), 0,
				    n.at_least);
				sc_out->toll = 1;
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
		injured_before = sc_out->injured.victims > 0 ?
		    sc_out->injured.victims : 0;
		struck_before = sc_out->struck.victims > 0 ?
		    sc_out->struck.victims : 0;
		/* "stabbed a teacher to death": the wounding verb's object
		 * is dead */
		if (x->kind == LEX_INJURE && (mask & (1u << CAS_ACTIVE)) &&
		    (k = to_death_after(&sc, end)) > 0) {
			c = &sc_out->killed;
			ev = sc_out->kev;
			death_end = k + 2;
		} else if (x->kind == LEX_INJURE && x->e->weight == 2) {
			c = &sc_out->struck;
			ev = sc_out->sev;
			for (k = end; k < sc.last && k < end + 6 &&
			    !np_stop(tk, k); k++)
				if (tok_is(tk, k, "other") ||
				    tok_is(tk, k, "others") ||
				    tok_is(tk, k, "more"))
					sc_out->struck_other = 1;
		}
		/* "hacked three traders to death", "trampled two farmers to
		 * death": the object before "to death", not the subject */
		if (x->kind == LEX_KILL && ntok == 1 && x->tok > floor + 1 &&
		    tok_is(tk, x->tok, "death") &&
		    tok_is(tk, x->tok - 1, "to") &&
		    (obj = object_before_to(&sc, x->tok - 1, floor)) != 0) {
			struct count tmp = *c;
			size_t fend;

			if (obj < 0)
				continue;	/* a death sentence */
			k = (size_t)obj;
			/* "beat two men and burned them to death": the
			 * pronoun is the people counted just before */
			if (tok_is(tk, k, "them") &&
			    (obj = them_count(&sc, k - 1)) > 0) {
				add(c, obj, 0, 0);
				span_of(&sc, k, end, ev);
			} else if (count_forward(&sc, k, &tmp, &fend)) {
				*c = tmp;
				span_of(&sc, k, end, ev);
			}
			c->mentioned = 1;
			last_injured = last_struck = 0;
			floor = end;
			continue;
		}
		/* "100 people were killed or injured": the dead and the
		 * wounded together, neither count */
		if (either_or(&sc, x, end)) {
			c->mentioned = 1;
			covered = end + 2;
			floor = end;
			continue;
		}
		/* "the injured", "the dead": a noun, not a count, but a
		 * sign that there were some ("shifted the injured to
		 * hospital": a participle after "the" is no verb; "the
		 * killing of two guards" is read as a verb) */
		if (x->tok > sc.first && tok_is(tk, x->tok - 1, "the") &&
		    ntok == 1 && (!(mask & (1u << CAS_ACTIVE)) ||
		    !tok_ing(tk, x->tok))) {
			c->mentioned = 1;
			continue;
		}
		/* "before being shot and killed an hour later": an
		 * active form after a passive auxiliary has no object. */
		if ((mask & (1u << CAS_ACTIVE)) && x->tok > sc.first &&
		    !tok_ing(tk, x->tok) &&
		    aux_before(tk, x->tok, sc.first))
			mask = (mask & ~(1u << CAS_ACTIVE)) | 1u << CAS_PASSIVE;
		/* "attacked three people, injuring them": the pronoun is
		 * the people counted just before */
		if ((mask & (1u << CAS_ACTIVE)) && end < sc.last &&
		    tok_is(tk, end, "them") && (obj = them_count(&sc,
		    x->tok)) > 0) {
			add(c, obj, 0, 0);
			span_of(&sc, x->tok, end + 1, ev);
			done = 1;
		}
		if (!done && (mask & (1u << CAS_ACTIVE))) {
			struct count tmp = *c;
			size_t fend = end, from_of = end;

			/* "condemned the killing of at least 26 civilians":
			 * the noun's people come after "of", when counted
			 * ("the killing of the 44-year-old" names one told
			 * before, "the killing of a militia member" is most
			 * often a cause given) */
			if (x->tok > sc.first && tok_is(tk, x->tok - 1, "the") &&
			    tok_ing(tk, x->tok) && tok_is(tk, end, "of") &&
			    (number_at(tk, end + 1, &num) ||
			    has_hit(&sc, end + 1, end + 2, LEX_QUANT)))
				from_of = end + 1;
			if (count_forward(&sc, from_of, &tmp, &fend)) {
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
		/* "was among four people stabbed at a supermarket": a
		 * participle right after the people it was done to */
		if (!done && x->kind == LEX_INJURE && x->e->weight == 2 &&
		    (obj = participle_count(&sc, x->tok, &num)) > 0) {
			add(c, obj, 0, num.at_least);
			span_of(&sc, x->tok >= sc.first + 2 ? x->tok - 2 :
			    sc.first, end, ev);
			done = 1;
		}
		/* "before being shot and killed by assailants": an active
		 * phrase after a passive auxiliary reads as a passive. */
		if (!done && !(mask & ((1u << CAS_PASSIVE) |
		    (1u << CAS_NOUN))) && x->tok > sc.first &&
		    aux_before(tk, x->tok, sc.first))
			mask |= 1u << CAS_PASSIVE;
		/* "was beaten and burned to death": a death joined to the
		 * wounding just told has its subject; the wounded died */
		if (!done && x->kind == LEX_KILL && last_injured > 0 &&
		    x->tok == floor + 1 && tok_is(tk, floor, "and")) {
			moved = last_injured;
			done = 1;
		}
		/* "The hostages were taken back to their camp and
		 * publicly executed": a participle joined to a passive has
		 * its subject */
		if (!done && !(mask & ((1u << CAS_PASSIVE) |
		    (1u << CAS_NOUN))) && !tok_ing(tk, x->tok) &&
		    (k = joined_passive(&sc, x->tok, floor)) > 0) {
			size_t from = clause_start(&sc, k, floor);
			struct count tmp = *c;

			count_backward(&sc, from, k, tok_is(tk, k, "was"),
			    &tmp);
			if (tmp.victims != c->victims ||
			    tmp.attackers != c->attackers)
				span_of(&sc, from, end, ev);
			*c = tmp;
			done = 1;
		}
		if (!done && (mask & ((1u << CAS_PASSIVE) | (1u << CAS_NOUN)))) {
			size_t from = clause_start(&sc, x->tok, floor);
			struct count tmp;

			int sing = strncmp(x->e->phrase, "was ", 4) == 0;
			long body = body_in(sc_out, from, x->tok);

			/* "his body was taken to hospital": the dead */
			if (x->kind == LEX_INJURE && body >= 0) {
				c = &sc_out->killed;
				ev = sc_out->kev;
			}
			/* "The three victims were taken to hospital; the
			 * teacher suffered serious injuries": one of those
			 * counted before the semicolon; so is a bare "one"
			 * after two or more ("Four customers suffered
			 * shrapnel wounds, and one remains in serious
			 * condition") */
			if (c->victims > 0 && !sc_out->also &&
			    from > sc.first + 1 &&
			    ((tk->v[from - 1].kind == TOK_PUNCT &&
			    tk->lower[tk->v[from - 1].start] == ';' &&
			    tok_is(tk, from, "the") &&
			    singular_person(&sc, from + 1, x->tok)) ||
			    (c->victims > 1 && x->kind == LEX_INJURE &&
			    x->tok >= from + 1 && tok_is(tk, x->tok - 1, "one") &&
			    (x->tok - 1 == from || tok_is(tk, x->tok - 2, "and") ||
			    tok_is(tk, x->tok - 2, "but") ||
			    tk->v[x->tok - 2].kind == TOK_PUNCT)))) {
				c->mentioned = 1;
				floor = end;
				continue;
			}
			tmp = *c;
			/* "was wounded in the blast in Quetta and was
			 * pronounced dead": a death joined to the wounding
			 * with no subject of its own names no one, whatever
			 * names a place before it */
			if (!relative_violence(&sc, from) && !(x->kind ==
			    LEX_KILL && (last_injured > 0 || last_struck > 0) &&
			    later_died(&sc, x, from)))
				count_backward(&sc, from, x->tok, sing, &tmp);
			/* "Hundreds of bus drivers escorted the coffin of a
			 * colleague shot dead": the crowd the clause counts
			 * is not who died, the phrase the participle follows
			 * is.  Read only to correct a count: a death named in
			 * passing in another noun's phrase, the clause
			 * counting nobody ("relatives of a nurse killed in the
			 * attack demanded justice"), is the story's
			 * background, as before. */
			if (x->kind == LEX_KILL && (tmp.victims != c->victims ||
			    tmp.attackers != c->attackers) &&
			    (k = reduced_relative(&sc, from, x->tok)) > from) {
				from = k;
				tmp = *c;
				count_backward(&sc, from, x->tok, sing, &tmp);
				/* "the funeral of a shift supervisor stabbed
				 * to death": one, whatever the noun */
				if (tmp.victims == c->victims &&
				    tmp.attackers == c->attackers &&
				    (tok_is(tk, from, "a") || tok_is(tk, from,
				    "an")) && !plural_word(tk, x->tok - 1))
					add(&tmp, 1, 0, 0);
			}
			if (x->kind == LEX_INJURE && body >= 0 &&
			    tmp.victims == c->victims &&
			    body_singular(tk, (size_t)body))
				add(&tmp, 1, 0, 0);
			/* "Five people were wounded, two of whom later died":
			 * the wounded who died are counted dead */
			if (x->kind == LEX_KILL && last_injured > 0 &&
			    of_whom(&sc, from, x->tok, &num) > 0) {
				tmp = *c;
				moved = num.value < last_injured ? num.value :
				    last_injured;
			}
			/* "12 attackers were neutralised", "two assailants
			 * were neutralized by security forces": a word said
			 * of attackers only, whatever their noun, the army's
			 * and the police's for those they killed.  Of a bomb
			 * or a threat it tells no death at all, and of a lone
			 * attacker ("the shooter has been neutralised") that
			 * he was stopped, dead or alive. */
			if (x->kind == LEX_KILL && neutralised(tk, x)) {
				long nv = tmp.victims - (c->victims > 0 ?
				    c->victims : 0);
				long na = tmp.attackers - (c->attackers > 0 ?
				    c->attackers : 0);

				if (tmp.victims < 0)
					nv = 0;
				if (tmp.attackers < 0)
					na = 0;
				if ((nv + na == 0 && !has_hit(&sc, from, x->tok,
				    LEX_ATTACKER)) || nv + na == 1) {
					floor = end;
					continue;
				}
				if (nv > 0) {
					add(&tmp, nv, 1, 0);
					tmp.victims = c->victims;
				}
			}
			if (x->kind == LEX_KILL && tmp.victims == c->victims &&
			    tmp.attackers == c->attackers && moved == 0 &&
			    !((last_injured > 0 || last_struck > 0) &&
			    later_died(&sc, x, from))) {
				struct count subj = tmp;

				/* "were beaten before being shot and
				 * killed": the wounded are the dead */
				if (shared_subject_count(&sc, from, x->tok,
				    by_agent(sc_out), &subj)) {
					if (last_injured > 0 &&
					    subj.attackers == tmp.attackers)
						moved = last_injured;
					else
						tmp = subj;
				}
			}
			/* "One of the hostages escaped but was
			 * wounded"; an attacker wounded as he is stopped is
			 * left out, as reports leave him out of the wounded */
			if (x->kind == LEX_INJURE && c == &sc_out->injured &&
			    tmp.victims == c->victims &&
			    tmp.attackers == c->attackers) {
				struct count subj = tmp;

				if (shared_subject_count(&sc, from, x->tok,
				    by_agent(sc_out), &subj) &&
				    subj.attackers == tmp.attackers)
					tmp = subj;
			}
			if (tmp.victims != c->victims ||
			    tmp.attackers != c->attackers) {
				span_of(&sc, from, end, ev);
				if (x->kind == LEX_KILL &&
				    (k = along_after(&sc, end, &tmp)) > 0)
					end = k;
				else if (x->kind == LEX_KILL &&
				    tmp.attackers < 0 &&
				    (k = subset_after(&sc, end, &tmp)) > 0)
					end = k;
			}
			else if (x->kind == LEX_KILL && last_injured > 0 &&
			    later_died(&sc, x, from)) {
				moved = last_injured;
				fatal_wounds = tok_is(tk, x->tok, "dead");
			}
			/* "A 15-year-old boy was stabbed in the chest and
			 * died in hospital": those struck died; none of them
			 * is left to count among the wounded */
			else if (x->kind == LEX_KILL && last_struck > 0 &&
			    later_died(&sc, x, from)) {
				sc_out->struck.victims -= last_struck;
				if (sc_out->struck.victims <= 0)
					sc_out->struck.victims = -1;
				add(&tmp, last_struck, 0, 0);
			}
			*c = tmp;
			if (x->kind == LEX_INJURE && c->victims > 0 &&
			    (k = gapped_wound(&sc, x, end)) > 0) {
				add(c, 1, 0, 0);
				covered = end = k;
			}
		}
		if (moved > 0) {
			/* "One constable was wounded in the explosion and
			 * later died": the wounded are among the dead (none
			 * left, the GTD writes 0 wounded).  Wounds told of
			 * one found dead ("sustained gunshot wounds and was
			 * declared dead on arrival") are how he was killed:
			 * they count no wounded at all. */
			sc_out->injured.victims -= moved;
			if (sc_out->injured.victims == 0 && fatal_wounds)
				sc_out->injured.victims = -1;
			fatal_wounds = 0;
			add(&sc_out->killed, moved, 0, 0);
			moved = 0;
		}
		/* "Two other family members were killed": the first count
		 * of the sentence, said to be more, adds to the ones
		 * before; "killing 5 and wounding 30 others" does not */
		if (sc_out->more > 0 && sc_out->more < end && !counted &&
		    (c->victims >= 0 || c->attackers >= 0)) {
			if (c == &sc_out->killed)
				sc_out->also_killed = 1;
			else if (c == &sc_out->injured)
				sc_out->also_injured = 1;
		}
		counted |= sc_out->killed.victims >= 0 ||
		    sc_out->killed.attackers >= 0 ||
		    sc_out->injured.victims >= 0 ||
		    sc_out->injured.attackers >= 0;
		last_injured = c == &sc_out->injured ?
		    (c->victims > 0 ? c->victims : 0) - injured_before : 0;
		last_struck = c == &sc_out->struck ?
		    (c->victims > 0 ? c->victims : 0) - struck_before : 0;
		c->mentioned = 1;
		if (death_end > end)
			covered = end = death_end;
		death_end = 0;
		floor = end;
	}
	for (k = 0; k < nleft; k++) {
		/* the subject taken with wounds is the sentence's own,
		 * which another phrase of it may count too ("was taken to
		 * hospital with a wound and is in a stable condition"):
		 * the larger count stands; those left with wounds are
		 * objects of their own and add up */
		if (!tok_in_sorted(tk, left_span[k][0], leave_verbs,
		    NELEM(leave_verbs))) {
			if (sc_out->injured.victims >= left_n[k])
				continue;
			sc_out->injured.victims = -1;
		}
		add(&sc_out->injured, left_n[k], 0, left_al[k]);
		span_of(&sc, left_span[k][0], left_span[k][2], sc_out->iev);
	}
	/* the dead told by their bodies, when no count said more */
	for (k = 0; k < sc_out->nbody && sc_out->body[k] < cutoff; k++) {
		int at_least;
		long n = body_count(&sc, sc_out->body[k], &at_least);

		if (n > 0 && n > sc_out->killed.victims) {
			sc_out->killed.victims = n;
			sc_out->killed.at_least = at_least;
			span_of(&sc, sc_out->body[k], sc_out->body[k] + 1,
			    sc_out->kev);
		}
		if (n > 0)
			sc_out->killed.mentioned = 1;
	}
	if (sc_out->fatally > 0)
		fatally_of(&sc, sc_out->fatally, sc_out);
}

/* Forget the headline's counts of what the body already told: a
 * headline fills in only what a short body leaves out ("Gunmen Kill
 * Six" over "three others were wounded"). */
static void
keep_unsaid(struct sentence_counts *c, int body_killed, int body_injured,
    int body_struck)
{
	if (body_killed) {
		c->killed.victims = c->killed.attackers = -1;
		c->killed.sub_attackers = 0;
		c->killed.sub_all = 0;
		c->zero_killed = c->also_killed = 0;
	}
	if (body_injured) {
		c->injured.victims = c->injured.attackers = -1;
		if (body_struck)
			c->struck.victims = -1;
		c->zero_injured = c->also_injured = 0;
	}
}

/* Is v, a count read from sentence s, a vague amount ("dozens of
 * soldiers") rather than a figure? */
static int
vague_count(const struct lex_hits *h, size_t s, long v)
{
	size_t i;

	if (v <= 0)
		return 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if (h->v[i].kind == LEX_NUM && h->v[i].e->arg == NUM_VAGUE &&
		    h->v[i].e->weight == v)
			return 1;
	return 0;
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

/*
 * casualty_extract() with running tolls dropped (keep_tolls 0) or read as
 * any count.  Returns 1 when it dropped a running toll and the body (the
 * sentences in use but the headline) told no other casualty: no death,
 * wound or "no one was hurt".
 */
static int
read_article(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, int keep_tolls,
    struct casualty *out)
{
	long victims = -1, attackers = -1, injured = -1, struck = -1;
	long bv = -1;
	int zero_k = 0, zero_i = 0, at_least = 0, pass, kill_mentioned = 0;
	int injury_mentioned = 0, struck_other = 0, toll = 0, self_apart = 0;
	int body_killed = 0, body_injured = 0, body_told = 0, running = 0;
	long incl_total = -1;
	int vague = 0, vague_att = 0;
	size_t s, struck_ev[2] = { 0, 0 };

	memset(out, 0, sizeof(*out));
	for (pass = 0; pass < 2; pass++) {
		for (s = 0; s < tk->nsent; s++) {
			struct sentence_counts c;
			long before = victims;

			if (pass == 0 && (!use[s] || (long)s == head))
				continue;
			if (pass == 1 && (long)s != head)
				continue;
			read_sentence(tk, h, s, keep_tolls, &c);
			running |= c.running;
			if (pass == 1)
				keep_unsaid(&c, body_killed, body_injured,
				    struck >= 0);
			if (c.killed.sub_attackers > 0 && c.killed.victims >=
			    c.killed.sub_attackers) {
				/* Keep the total; move the named attackers
				 * ("blew himself up, killing nine people
				 * including himself": the one death told
				 * twice). */
				c.killed.victims -= c.killed.sub_attackers;
				if (c.killed.attackers < c.killed.sub_attackers)
					c.killed.attackers =
					    c.killed.sub_attackers;
			}
			/* A vague amount ("the army said dozens of rebels
			 * had been killed", "the group said it killed dozens
			 * of soldiers") gives way to a figure told in
			 * another sentence, whichever comes first. */
			if (c.killed.victims > 0 && !c.also &&
			    !c.also_killed) {
				int v = vague_count(h, s, c.killed.victims);

				if (v && victims > 0 && !vague)
					c.killed.victims = -1;
				else if (!v && vague)
					victims = -1;
				if (c.killed.victims > 0)
					vague = v;
			}
			/* the same for attackers told only vaguely ("dozens
			 * of rebels had been killed in the operations") */
			if (c.killed.attackers > 0 && vague_count(h, s,
			    c.killed.attackers) && attackers < 0) {
				if (victims > 0 || c.killed.victims > 0)
					c.killed.attackers = -1;
				else
					vague_att = 1;
			} else if (vague_att && c.killed.victims > 0 &&
			    !vague_count(h, s, c.killed.victims)) {
				attackers = -1;
				vague_att = 0;
			}
			/* "three attackers were also killed, raising the
			 * toll to nine": a toll is the total, never a sum */
			merge(&victims, c.killed.victims, (c.also ||
			    c.also_killed) && !c.toll);
			if ((c.killed.sub_all || c.total) &&
			    c.killed.victims == victims)
				incl_total = victims;
			merge(&attackers, c.killed.attackers, 0);
			/* an attacker's own death told in a sentence of its
			 * own, not as one more ("also") */
			if (c.self && !c.toll && c.killed.victims < 0 &&
			    !c.also && !c.also_killed)
				self_apart = 1;
			/* "A teacher was stabbed ... A second teacher suffered
			 * a hand injury": more than those struck before */
			if ((c.also || c.also_injured) && injured < 0 &&
			    struck > 0 && c.injured.victims > 0 &&
			    !(kill_mentioned && victims < 0))
				injured = struck - (!struck_other &&
				    victims > 0 && victims < struck ?
				    victims : 0);
			/* the wounded left after some died, told with the
			 * death ("a ninth victim died and the two remaining
			 * injured are critical"), are the count now, not
			 * one more; those left after some went home are
			 * not */
			if (c.remaining_injured && c.injured.victims > 0 &&
			    c.killed.mentioned && injured > c.injured.victims)
				injured = -1;
			merge(&injured, c.injured.victims < 0 &&
			    c.injured.attackers < 0 ? -1 :
			    (c.injured.victims > 0 ? c.injured.victims : 0) +
			    (c.injured.attackers > 0 ? c.injured.attackers : 0),
			    c.also || c.also_injured);
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
				toll = c.toll;
			}
			if (c.injured.victims >= 0 && c.iev[1] > 0 &&
			    injured == c.injured.victims)
				memcpy(out->injured_ev, c.iev, sizeof(c.iev));
			if (c.injured.at_least)
				at_least = 1;
			if (c.struck.victims > struck) {
				struck = c.struck.victims;
				struck_other = c.struck_other;
				memcpy(struck_ev, c.sev, sizeof(c.sev));
			}
		}
		/* The headline is read only for what the body left out. */
		body_killed = victims >= 0 || attackers >= 0 || zero_k;
		body_injured = injured >= 0 || zero_i || struck >= 0;
		if (pass == 0)
			body_told = body_killed || body_injured ||
			    kill_mentioned || injury_mentioned;
		/* "Three Stabbed On Metro Train" over "one victim is in
		 * serious condition": the headline's count of those stabbed
		 * is read even when the body tells of some of them */
		if (body_killed && body_injured && (struck >= 0 || zero_i))
			break;
	}
	/* "stabbed three people": those struck, less the dead among them,
	 * were wounded ("stabbed three others" leaves the dead out);
	 * a larger figure stated for the wounded stands. */
	if (struck >= 0) {
		long w = struck - (!struck_other && victims > 0 ? victims : 0);

		/* deaths told but not counted: how many of those struck
		 * died is unknown, and a figure for the wounded stands */
		if (victims < 0 && attackers < 0 && kill_mentioned &&
		    injured >= 0)
			w = -1;
		if (w > injured) {
			injured = w;
			memcpy(out->injured_ev, struck_ev, sizeof(struck_ev));
		}
		injury_mentioned = 1;
	}
	/* "In all, five people including the attackers were killed", "six
	 * people were killed in all": the attackers counted elsewhere are
	 * in that total */
	if (incl_total > 0 && victims == incl_total && attackers > 0 &&
	    victims > attackers)
		victims -= attackers;
	/* "The number of people killed has risen to 31 ... a man wearing a
	 * suicide vest blew himself up": a toll is a total that may take
	 * in the bomber whose death another sentence tells, as extract.c
	 * reads a suicide bomber's death the toll leaves unsaid */
	else if (toll && self_apart && attackers > 0 && victims > attackers)
		victims -= attackers;
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
	out->toll = toll && out->killed >= 0;
	return running && !body_told;
}

/*
 * A running toll is background to the day's attack, and dropped.  A
 * body that tells no casualty but the running toll ("Attacks have killed
 * 1,200 people since January, a rights group said") gives it as the only
 * count, read as before for what the story is: the classifier tells a
 * period's tally from an attack by it.  Whether the body told one is
 * known only once its sentences are read, with what the reading leaves
 * out ("a death sentence"), so such a body, which is rare, is read
 * again keeping the toll.
 */
void
casualty_extract(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct casualty *out)
{
	if (read_article(tk, h, use, head, 0, out))
		(void)read_article(tk, h, use, head, 1, out);
}
