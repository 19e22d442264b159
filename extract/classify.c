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

#include <stdlib.h>
#include <string.h>

#include "extract/casualty.h"
#include "extract/classify.h"
#include "extract/lexicon.h"
#include "extract/token.h"

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

static int
month_at(const struct tokens *tk, size_t i)
{
	int m;

	if (!(tk->v[i].flags & TOKF_CAP))
		return 0;
	for (m = 0; m < 12; m++) {
		size_t n = strlen(months[m]);

		if ((tk->v[i].len == n || (tk->v[i].len == 3 && m != 4)) &&
		    strncmp(tk->lower + tk->v[i].start, months[m],
		    tk->v[i].len) == 0)
			return m + 1;
	}
	return 0;
}

static long
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
		long y = num_value(tk, i);
		int m;

		/* A later date ("released on July 5", "died in May") tells
		 * how this event ended, not of an earlier one. */
		if (y >= 1900 && y <= 2100 && tk->v[i].len == 4 &&
		    y < pub->year && !(y == pub->year - 1 && pub->month == 1))
			return 1;
		if ((m = month_at(tk, i)) == 0 || m >= pub->month)
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

static int
sentence_has(const struct lex_hits *h, size_t s, int kind)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if (h->v[i].kind == kind)
			return 1;
	return 0;
}

void
classify_scope(const struct tokens *tk, const struct lex_hits *h,
    const struct date *published, long head, unsigned char *use)
{
	size_t s, first = head == 0 ? 1 : 0;
	int pivoted = 0, carry = 0;

	for (s = 0; s < tk->nsent; s++) {
		int past, today;

		use[s] = 1;
		if ((long)s == head)
			continue;
		if (s > 0 && tk->para[s] != tk->para[s - 1])
			carry = 0;
		if (pivoted) {
			use[s] = 0;
			continue;
		}
		if (s > 0 && sentence_has(h, s, LEX_PIVOT)) {
			pivoted = 1;
			use[s] = 0;
			continue;
		}
		past = (s > first && sentence_has(h, s, LEX_PAST)) ||
		    other_time(tk, s, published);
		today = sentence_has(h, s, LEX_TODAY);
		/* The lede reports the news unless it names another year or
		 * month; a sentence right after a background one continues it
		 * unless it names its own day or speaks of responsibility. */
		if (past && !today)
			use[s] = 0, carry = 1;
		else if (carry && !today && !sentence_has(h, s, LEX_CLAIM))
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

/* Is hit x inside a look-alike phrase of the same sentence? */
static int
inside_look(const struct lex_hits *h, size_t s, const struct lex_hit *x)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l->kind == LEX_LOOK && l->ntok > 1 && l->tok <= x->tok &&
		    x->tok + x->ntok <= l->tok + l->ntok)
			return 1;
	}
	return 0;
}

/* Is hit x covered by a longer hit of the same kind? */
static int
covered(const struct lex_hits *h, size_t s, const struct lex_hit *x)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l != x && l->kind == x->kind && l->ntok > x->ntok &&
		    l->tok <= x->tok && x->tok + x->ntok <= l->tok + l->ntok)
			return 1;
	}
	return 0;
}

/* Is look-alike hit x part of a longer phrase of another kind ("hacked"
 * in "hacked to death")? */
static int
covered_other(const struct lex_hits *h, size_t s, const struct lex_hit *x)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l->kind != LEX_LOOK && l->ntok > x->ntok &&
		    l->tok <= x->tok && x->tok + x->ntok <= l->tok + l->ntok)
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
	int	 vip;		/* the attack aims at a prominent person */
};

/* Is the sentence someone's statement ("police said")?  Then a title in
 * it names the source, not the target. */
static int
attributed_speech(const struct tokens *tk, size_t s)
{
	size_t i;

	for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
		if (tok_is(tk, i, "said") || tok_is(tk, i, "told") ||
		    tok_is(tk, i, "says") || tok_is(tk, i, "according"))
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

/* Words for the forces of order, whose fire in a report is the response
 * to an attack, not its means. */
static const char *const responders[] = {
	"forces", "guards", "officers", "police", "policemen", "soldiers",
	"troops",
};

static int
tok_responder(const struct tokens *tk, size_t i)
{
	size_t k;

	for (k = 0; k < sizeof(responders) / sizeof(responders[0]); k++)
		if (tok_is(tk, i, responders[k]))
			return 1;
	return 0;
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
	for (i = z; i < end && i < z + 3; i++)
		if (tok_is(tk, i, "by")) {
			if (i + 1 < end && tok_is(tk, i + 1, "the"))
				i++;
			return i + 1 < end && (tok_responder(tk, i + 1) ||
			    (i + 2 < end && tok_responder(tk, i + 2)));
		}
	return 0;
}

static void
tally_sentence(const struct tokens *tk, const struct lex_hits *h, size_t s,
    int reporting, struct tally *t)
{
	size_t i;
	double sent_attack = 0;
	int vip = 0, violent = 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];
		const struct lex_entry *e = x->e;

		if (x->kind == LEX_LOOK) {
			if (!covered(h, s, x) && !covered_other(h, s, x))
				t->look[e->arg] += e->weight;
			continue;
		}
		if (!reporting)
			continue;
		if (inside_look(h, s, x))
			continue;
		switch (x->kind) {
		case LEX_ATTACK:
			if (covered(h, s, x))
				break;
			sent_attack += e->weight;
			break;
		case LEX_TYPE:
			if (covered(h, s, x))
				break;
			t->type[e->arg] += e->weight;
			if (t->type_first[e->arg] == NULL)
				t->type_first[e->arg] = x;
			break;
		case LEX_WEAPON:
			if (covered(h, s, x))
				break;
			if (e->arg == WEAPON_FIREARMS &&
			    responder_fire(tk, s, x))
				break;
			t->weapon[e->arg] += e->weight;
			t->weapon_any += 1;
			break;
		case LEX_TARGET:
			if (covered(h, s, x))
				break;
			t->target[e->arg] += e->weight;
			break;
		case LEX_MIL:
			t->mil += e->weight;
			break;
		case LEX_INSURGENT:
			if (!covered(h, s, x))
				t->insurgent += e->weight;
			break;
		case LEX_SUICIDE:
			t->suicide = 1;
			break;
		case LEX_VIP:
			vip = 1;
			break;
		case LEX_KILL:
		case LEX_INJURE:
			violent = 1;
			break;
		}
	}
	if (reporting && (sent_attack > 0 || violent) &&
	    (vip || aimed_at_named(tk, s)) && !attributed_speech(tk, s))
		t->vip = 1;
	/* One long sentence should not outweigh a whole article. */
	t->attack += sent_attack > 8 ? 8 : sent_attack;
}

static unsigned
pick(const double *score, int n, double floor, double share, int max)
{
	unsigned set = 0;
	double top = 0;
	int i, k, count = 0;

	for (i = 0; i < n; i++)
		if (score[i] > top)
			top = score[i];
	if (top <= 0)
		return 0;
	for (k = 0; k < max; k++) {
		int best = -1;

		for (i = 0; i < n; i++)
			if (!(set & (1u << i)) && score[i] > 0 &&
			    (best < 0 || score[i] > score[best]))
				best = i;
		if (best < 0 || (count > 0 && (score[best] < floor ||
		    score[best] < share * top)))
			break;
		set |= 1u << best;
		count++;
	}
	return set;
}

void
classify_incident(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, const struct casualty *cas,
    int has_group, struct classification *out)
{
	struct tally t;
	double attack, evidence, look_max = 0;
	int s, reason = -1, r, dated = 0;

	memset(&t, 0, sizeof(t));
	memset(out, 0, sizeof(*out));
	for (s = 0; s < (int)tk->nsent; s++)
		tally_sentence(tk, h, (size_t)s, use[s] || s == head, &t);

	for (s = 0; s < (int)tk->nsent; s++)
		if (sentence_has(h, (size_t)s, LEX_TODAY))
			dated = 1;
	for (r = 0; r < LOOK_N; r++)
		if (t.look[r] > look_max) {
			look_max = t.look[r];
			reason = r;
		}

	/* Attack evidence proper: what people did, with what, and who. */
	attack = t.attack + (t.weapon_any > 0 ? 2 : 0) + (has_group ? 3 : 0) +
	    t.insurgent;
	evidence = attack + ((cas->killed > 0 || cas->injured > 0) ? 2 : 0);
	out->score = evidence / (evidence + 6 + look_max);

	if (t.mil >= 4 && t.mil > 1.5 * (t.insurgent + (has_group ? 3 : 0)))
		out->not_incident = "military_operation";
	else if (cas->killed > 0 && cas->killed_attackers == cas->killed &&
	    t.insurgent == 0 && !has_group && t.mil > 0)
		/* Only militants died, in a text with cues of a military
		 * operation, and nobody is said to have attacked. */
		out->not_incident = "military_operation";
	else if (t.look[LOOK_REVIEW] >= 4 && !dated &&
	    t.look[LOOK_REVIEW] >= 0.4 * attack)
		/* A film, book or game about an attack, told with no day of
		 * its own: news names the day it happened. */
		out->not_incident = reason_names[LOOK_REVIEW];
	else if (attack < 3)
		out->not_incident = reason >= 0 && look_max >= 2 ?
		    reason_names[reason] : "other";
	else if (reason >= 0 && look_max >= 4 && (reason == LOOK_MEMORIAL ||
	    reason == LOOK_TRIAL) && look_max >= 0.4 * attack)
		/* Remembering or judging an attack frames the whole text. */
		out->not_incident = reason_names[reason];
	else if (reason >= 0 && look_max >= 4 && look_max >= 0.8 * attack)
		out->not_incident = reason_names[reason];
	out->is_incident = out->not_incident == NULL;
	if (!out->is_incident && out->score > 0.45)
		out->score = 0.45;
	if (out->is_incident && out->score < 0.5)
		out->score = 0.5 + out->score / 10;

	out->targets = pick(t.target, TARGET_N, 2, 0, 4);
	out->types = pick(t.type, TYPE_N, 2, 0.5, 2);
	/* GTD codes an attack aimed at one prominent person as an
	 * assassination, whatever the means. */
	if (t.vip && cas->killed < 5 && !(out->types &
	    ((1u << TYPE_KIDNAPPING) | (1u << TYPE_HIJACKING))))
		out->types = 1u << TYPE_ASSASSINATION;
	out->weapons = pick(t.weapon, WEAPON_N, 2, 0, 3);
	/* People killed or hurt while buildings burn, or in a raid in
	 * which others are abducted, were also assaulted; hostages killed
	 * later are part of the kidnapping. */
	if (!(out->types & ((1u << TYPE_BOMBING) |
	    (1u << TYPE_ASSASSINATION))) && (((out->types &
	    (1u << TYPE_FACILITY_ATTACK)) && (cas->killed > 0 ||
	    cas->injured > 0)) || ((out->types & (1u << TYPE_KIDNAPPING)) &&
	    t.type[TYPE_ARMED_ASSAULT] > 0 && (cas->killed > 0 ||
	    cas->injured > 0))))
		out->types |= 1u << TYPE_ARMED_ASSAULT;
	/* Fire does not kill the people of an attack that burns buildings;
	 * the guns that come with it do. */
	if (out->weapons == (1u << WEAPON_INCENDIARY) && cas->killed > 0 &&
	    !(out->types & (1u << TYPE_BOMBING)))
		out->weapons |= 1u << WEAPON_FIREARMS;
	/* An attack on a village or on civilians that kills or wounds, with
	 * no other means named, is a raid by armed men. */
	if (out->types == 0 && (out->targets & (1u << TARGET_PRIVATE))) {
		out->types = 1u << TYPE_ARMED_ASSAULT;
		if (out->weapons == 0)
			out->weapons = 1u << WEAPON_FIREARMS;
	}
	/* Gunmen who open fire alongside a bomb make a second attack
	 * type, however many words the blast gets. */
	if ((out->types & (1u << TYPE_BOMBING)) &&
	    !(out->types & (1u << TYPE_ASSASSINATION)) &&
	    t.type[TYPE_ARMED_ASSAULT] >= 2 &&
	    (out->weapons & (1u << WEAPON_FIREARMS)))
		out->types |= 1u << TYPE_ARMED_ASSAULT;
	/* What a bomb destroys is the bombing's damage, not a second
	 * attack on property; burning it is one. */
	if ((out->types & (1u << TYPE_BOMBING)) &&
	    !(out->weapons & (1u << WEAPON_INCENDIARY)))
		out->types &= ~(1u << TYPE_FACILITY_ATTACK);
	/* The means an attack type is defined by, when the text names no
	 * other: a bombing is done with explosives, an armed assault
	 * with guns. */
	if (out->weapons == 0 && (out->types & (1u << TYPE_BOMBING)))
		out->weapons = 1u << WEAPON_EXPLOSIVES;
	else if (out->weapons == 0 &&
	    (out->types & (1u << TYPE_ARMED_ASSAULT)))
		out->weapons = 1u << WEAPON_FIREARMS;
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
}
