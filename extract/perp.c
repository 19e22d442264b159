/*
 * Each group mention in a reporting sentence scores by what the sentence
 * says about it: a claim of responsibility counts most, an attribution or
 * a "suspected" next, a bare mention in a sentence with attack words
 * least; a denial in the sentence cancels.  The best score wins; ties go
 * to the earlier mention.  Longer aliases hide the shorter ones they
 * contain ("Islamic State West Africa Province" over "Islamic State").
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "extract/lexicon.h"
#include "extract/perp.h"
#include "extract/place.h"
#include "extract/text.h"
#include "extract/token.h"

static int
sentence_claim(const struct lex_hits *h, size_t s, int *deny)
{
	size_t i;
	int best = 0;

	*deny = 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_CLAIM)
			continue;
		if (x->e->arg == CLAIM_DENY)
			*deny = 1;
		else if (x->e->arg == CLAIM_CLAIM && best < 4)
			best = 4;
		else if (x->e->arg == CLAIM_ATTRIB && best < 3)
			best = 3;
	}
	return best;
}

static int
hidden(const struct lex_hits *h, size_t s, const struct lex_hit *x)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *l = &h->v[i];

		if (l != x && l->kind == LEX_GROUP && l->tok <= x->tok &&
		    x->tok + x->ntok <= l->tok + l->ntok && l->ntok > x->ntok)
			return 1;
	}
	return 0;
}

/* Is group hit x a sub-unit named as "the X faction (Y) of Z", with Z a
 * group?  Then Z is reported. */
static int
faction_part(const struct tokens *tk, const struct lex_hits *h, size_t s,
    const struct lex_hit *x)
{
	size_t first = tk->sent_first[s], end = tk->sent_first[s + 1];
	size_t i, j, k, lo = x->tok > first + 8 ? x->tok - 8 : first;
	int fac = 0;

	for (i = lo; i <= x->tok + x->ntok + 3 && i < end && !fac; i++)
		fac = tok_is(tk, i, "faction") || tok_is(tk, i, "wing");
	if (!fac)
		return 0;
	/* "the Northern (Kestrel Liberation Front - KLF) faction of the
	 * Zebu Army" */
	for (j = x->tok + x->ntok; j < end && j < x->tok + x->ntok + 6; j++) {
		if (!tok_is(tk, j, "of"))
			continue;
		k = j + 1;
		if (tok_is(tk, k, "the"))
			k++;
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
			if (h->v[i].kind == LEX_GROUP && h->v[i].tok == k &&
			    &h->v[i] != x)
				return 1;
		return 0;
	}
	return 0;
}

/* Word lists are sorted by strcmp(), for tok_in_sorted(). */

/* Words that make a capitalised run an authority, not an armed group. */
static const char *const authority_words[] = {
	"authorities", "government", "ministry", "officials", "president",
	"sources", "spokesman", "spokesperson", "statement",
};

/* Words that name a state's forces when a country or demonym stands with
 * them ("the Nigerian Army"), and an armed group's otherwise ("the
 * Sindhudesh Revolutionary Army", "the Arakan Army"). */
static const char *const force_words[] = {
	"army", "military", "police",
};

/* Last words of an armed group's name: a name read after "attributed to"
 * must end in one (or carry an acronym) to count as a group. */
static const char *const group_heads[] = {
	"alliance", "army", "battalion", "battalions", "brigade", "brigades",
	"command", "commandos", "council", "defenders", "division", "fighters",
	"force", "forces", "front", "group", "guard", "guards", "jihad",
	"legion", "liberation", "militia", "militias", "mobilization",
	"movement", "mujahideen", "organisation", "organization", "party",
	"resistance", "revolutionaries", "squad", "tigers", "union", "unit",
	"units",
};


#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Is the capitalised run [a, z) an authority ("Kenyan Police", "the
 * Defence Ministry") rather than an armed group? */
static int
authority_run(const struct tokens *tk, size_t a, size_t z)
{
	size_t k;
	int force = 0, country = 0;
	struct place pl;

	for (k = a; k < z; k++) {
		if (tok_in_sorted(tk, k, authority_words,
		    NELEM(authority_words)))
			return 1;
		if (tok_in_sorted(tk, k, force_words, NELEM(force_words)))
			force = 1;
		else if (tk->v[k].kind == TOK_WORD &&
		    place_country(tk->text + tk->v[k].start, tk->v[k].len,
		    &pl) == 0)
			country = 1;
	}
	return force && (country || z - a < 2);
}

/* "The Kestrel Brigade claimed responsibility": the capitalised run that
 * ends right before token c (the claim), with an optional "(ABC)" after
 * it.  Returns its first token and count through *a, *n. */
static int
is_joiner(const struct tokens *tk, size_t i)
{
	static const char *const joiners[] = {	/* sorted */
		"ad", "al", "an", "and", "ar", "as", "at", "bin", "de", "del",
		"el", "for", "in", "of", "the", "ul", "wal",
	};

	if (tk->v[i].kind == TOK_PUNCT)
		return tk->lower[tk->v[i].start] == '-';
	/* "Tehreek-e-Labbaik", "Lashkar-e-Taiba" */
	if (i > 0 && (tk->v[i - 1].flags & TOKF_HYPHEN) &&
	    (tk->v[i].flags & TOKF_HYPHEN))
		return 1;
	return tok_in_sorted(tk, i, joiners, NELEM(joiners));
}

/* Can the capitalised run [i, z) be an armed group's name: no authority
 * ("the Defence Ministry"), no day, no listed group inside, and not
 * people ("Militants in North Waziristan")? */
static int
run_ok(const struct tokens *tk, size_t i, size_t z)
{
	size_t k;

	if (authority_run(tk, i, z) || lex_at(tk, i, LEX_PERSON, NULL) > 0 ||
	    lex_at(tk, i, LEX_ATTACKER, NULL) > 0)
		return 0;
	for (k = i; k < z; k++)
		if (lex_at(tk, k, LEX_TODAY, NULL) > 0 ||
		    lex_at(tk, k, LEX_GROUP, NULL) > 0)
			return 0;
	return 1;
}

static int
claimant_before(const struct tokens *tk, size_t first, size_t c, size_t *a,
    size_t *n)
{
	size_t z = c, i, caps = 0;

	if (z >= first + 3 && tk->v[z - 1].kind == TOK_PUNCT &&
	    tk->lower[tk->v[z - 1].start] == ')' &&
	    (tk->v[z - 2].flags & TOKF_UPPER) &&
	    tk->v[z - 3].kind == TOK_PUNCT &&
	    tk->lower[tk->v[z - 3].start] == '(')
		z -= 3;
	for (i = z; i > first && z - i < 8; i--) {
		const struct token *t = &tk->v[i - 1];

		if (t->kind == TOK_WORD && (t->flags & TOKF_CAP))
			caps++;
		else if (!is_joiner(tk, i - 1))
			break;
	}
	/* the run starts at a capitalised word, not at a joiner */
	while (i < z && !(tk->v[i].flags & TOKF_CAP))
		i++;
	if (i < z && tok_is(tk, i, "the"))
		i++;
	if (caps < 2 || z - i < 2 || !(tk->v[z - 1].flags & TOKF_CAP) ||
	    !run_ok(tk, i, z))
		return 0;
	*a = i;
	*n = c - i;
	return 1;
}

/* "attributed the attack to the Kestrel Liberation Front (KLF)": the
 * capitalised run from token i, which names an armed group only with an
 * acronym after it or a group's head noun at its end ("Front", "Army").
 * Returns its first token and count through *a, *n. */
static int
suspect_after(const struct tokens *tk, size_t i, size_t end, size_t *a,
    size_t *n)
{
	size_t j, k, z, caps = 0;
	int acronym = 0;

	if (i < end && tok_is(tk, i, "the"))
		i++;
	/* "Union of Herders for a Free and Zebu Kestrel"; but "the UHZK
	 * and the Kestrel Hills Militia" are two */
	for (k = i; k < end && k < i + 10; k++) {
		if (tk->v[k].kind == TOK_WORD && (tk->v[k].flags & TOKF_CAP))
			caps++;
		else if (tok_is(tk, k, "and") || tok_is(tk, k, "a")) {
			if (k + 1 >= end || !(tk->v[k + 1].flags & TOKF_CAP))
				break;
		} else if (!is_joiner(tk, k))
			break;
	}
	while (k > i && !(tk->v[k - 1].flags & TOKF_CAP))
		k--;		/* ends at a capitalised word */
	z = k;
	if (caps < 2 || z - i < 2 || !(tk->v[i].flags & TOKF_CAP))
		return 0;
	/* "the Rocky Faction of the KLF" names the parent */
	for (j = i; j + 1 < k; j++)
		if ((tok_is(tk, j, "faction") || tok_is(tk, j, "wing")) &&
		    tok_is(tk, j + 1, "of")) {
			i = j + 2;
			if (i < k && tok_is(tk, i, "the"))
				i++;
			if (k - i < 2)
				return 0;
			break;
		}
	/* "(KLF)", "(KLF-EN)" */
	if (z + 2 < end && tk->v[z].kind == TOK_PUNCT &&
	    tk->lower[tk->v[z].start] == '(') {
		for (j = z + 1; j < end && j < z + 4 &&
		    (tk->v[j].flags & TOKF_UPPER); j++)
			;
		if (j > z + 1 && j < end && tk->v[j].kind == TOK_PUNCT &&
		    tk->lower[tk->v[j].start] == ')') {
			acronym = 1;
			z = j + 1;
		}
	}
	if (!acronym && !tok_in_sorted(tk, k - 1, group_heads,
	    NELEM(group_heads)))
		return 0;
	if (!run_ok(tk, i, k))
		return 0;
	*a = i;
	*n = z - i;
	return 1;
}

/* An unlisted group that claims the attack in sentence s, into out; with
 * attrib, one the sentence attributes it to ("blamed the attack on the
 * X Front", "suspected the involvement of the X Army"). */
static int
unlisted_claim(const struct tokens *tk, const struct lex_hits *h, size_t s,
    int attrib, struct perp *out)
{
	size_t i, a, n, e, j, end = tk->sent_first[s + 1];
	int deny;

	if (attrib) {
		sentence_claim(h, s, &deny);
		if (deny)
			return 0;
	}
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_CLAIM)
			continue;
		if (!attrib) {
			/* "The X Army (XA) has claimed responsibility" */
			j = x->tok;
			if (j > tk->sent_first[s] && (tok_is(tk, j - 1, "has") ||
			    tok_is(tk, j - 1, "have") || tok_is(tk, j - 1, "had")))
				j--;
			if (x->e->arg != CLAIM_CLAIM ||
			    !tok_is(tk, x->tok, "claimed") ||
			    !claimant_before(tk, tk->sent_first[s], j, &a, &n))
				continue;
		} else {
			if (x->e->arg != CLAIM_ATTRIB ||
			    !(tok_is(tk, x->tok, "attributed") ||
			    tok_is(tk, x->tok, "blamed") ||
			    tok_is(tk, x->tok, "suspected")))
				continue;
			/* "attributed the attack to", "blamed on",
			 * "suspected the involvement of" */
			for (j = x->tok + 1; j < end && j < x->tok + 6; j++)
				if (tok_is(tk, j, "to") || tok_is(tk, j, "on") ||
				    tok_is(tk, j, "of"))
					break;
			if (j >= end || j == x->tok + 6 ||
			    !suspect_after(tk, j + 1, end, &a, &n))
				continue;
		}
		e = tk->v[a + n - 1].start + tk->v[a + n - 1].len;
		free(out->group_buf);
		out->group_buf = xstrndup(tk->text + tk->v[a].start,
		    e - tk->v[a].start);
		out->group = out->group_buf;
		out->group_ev[0] = tk->v[a].start;
		out->group_ev[1] = e;
		return 1;
	}
	return 0;
}

/* Is group hit x only the side of a person killed ("killed a senior
 * Islamic State commander", "shot dead two suspected al-Shabaab
 * militants")?  The group lost its men; whoever killed them is named,
 * if at all, elsewhere.  One named after "by" did the killing. */
static int
victim_side(const struct tokens *tk, size_t s, const struct lex_hit *x)
{
	static const char *const kill[] = {
		"dead", "eliminated", "kill", "killed", "killing", "kills",
		"neutralised", "neutralized",
	};
	static const char *const ranks[] = {
		"chief", "commander", "commanders", "emir", "fighters",
		"insurgents", "leader", "leaders", "members", "militants",
	};
	size_t j, first = tk->sent_first[s], z = x->tok + x->ntok;

	if (z >= tk->sent_first[s + 1] ||
	    !tok_in_sorted(tk, z, ranks, NELEM(ranks)))
		return 0;
	for (j = x->tok; j > first && j + 4 > x->tok; j--) {
		if (tk->v[j - 1].kind == TOK_PUNCT || tok_is(tk, j - 1, "by"))
			return 0;
		if (tok_in_sorted(tk, j - 1, kill, NELEM(kill)))
			return 1;
	}
	return 0;
}

/* Capitalised words from token i: a personal name. */
static size_t
name_at(const struct tokens *tk, size_t i, size_t end)
{
	size_t k = i;

	while (k < end && k < i + 4 && tk->v[k].kind == TOK_WORD &&
	    (tk->v[k].flags & TOKF_CAP) && !(tk->v[k].flags & TOKF_UPPER))
		k++;
	if (k == i)
		return 0;
	/* Not a group, a weekday or a sentence-initial common word. */
	if (lex_at(tk, i, LEX_GROUP, NULL) > 0 ||
	    lex_at(tk, i, LEX_TODAY, NULL) > 0 ||
	    lex_at(tk, i, LEX_PERSON, NULL) > 0 ||
	    lex_at(tk, i, LEX_ATTACKER, NULL) > 0)
		return 0;
	return k - i;
}

/* A name told of an attacker in sentence s, whose attacker words start
 * at tokens afirst to alast: every reading below asks for one at the
 * word or up to three words before it, so the words from afirst to
 * three after alast are read. */
static void
find_name(const struct tokens *tk, size_t s, size_t afirst, size_t alast,
    struct perp *out)
{
	size_t i, first = tk->sent_first[s], end = tk->sent_first[s + 1], n;
	size_t stop = alast + 4 < end ? alast + 4 : end;

	for (i = afirst; i < stop && out->name == NULL; i++) {
		size_t at = 0;

		/* "identified (only) as NAME", "named as NAME" */
		if ((tok_is(tk, i, "identified") || tok_is(tk, i, "named")) &&
		    i + 1 < end) {
			size_t j = i + 1;

			if (tok_is(tk, j, "only"))
				j++;
			if (tok_is(tk, j, "him") || tok_is(tk, j, "her"))
				j++;
			if (tok_is(tk, j, "as"))
				at = j + 1;
		}
		/* "the suspect, NAME," "the gunman, NAME," */
		if (at == 0 && i + 1 < end && tk->v[i + 1].kind == TOK_PUNCT &&
		    tk->v[i + 1].c0 == ',' &&
		    lex_at(tk, i, LEX_ATTACKER, NULL) > 0)
			at = i + 2;
		if (at == 0 || at >= end)
			continue;
		/* Only when the sentence is about an attacker. */
		if (!(lex_at(tk, i, LEX_ATTACKER, NULL) > 0) &&
		    !(i > first && lex_at(tk, i - 1, LEX_ATTACKER, NULL) > 0) &&
		    !(i > first + 1 && tk->v[i - 1].kind == TOK_PUNCT &&
		    lex_at(tk, i - 2, LEX_ATTACKER, NULL) > 0) &&
		    !(i > first + 2 && lex_at(tk, i - 3, LEX_ATTACKER, NULL) > 0))
			continue;
		if ((n = name_at(tk, at, end)) == 0)
			continue;
		out->name_ev[0] = tk->v[at].start;
		out->name_ev[1] = tk->v[at + n - 1].start + tk->v[at + n - 1].len;
		out->name = xstrndup(tk->text + out->name_ev[0],
		    out->name_ev[1] - out->name_ev[0]);
	}
}

void
perp_extract(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct perp *out)
{
	size_t s, i, cfirst = tk->nsent, clast = 0;
	int best = 0;

	memset(out, 0, sizeof(*out));
	for (s = 0; s < tk->nsent; s++) {
		int claim = 0, deny = 0, attack = 0, attacker = 0, groups = 0;
		size_t afirst = 0, alast = 0;

		if (!sentence_told(use, head, s))
			continue;
		/* One pass for what sentence_claim() and sentence_attack()
		 * tell and for the kinds the rest looks for: most sentences
		 * name no group and claim nothing. */
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *x = &h->v[i];

			switch (x->kind) {
			case LEX_CLAIM:
				if (cfirst == tk->nsent)
					cfirst = s;
				clast = s;
				if (x->e->arg == CLAIM_DENY)
					deny = 1;
				else if (x->e->arg == CLAIM_CLAIM)
					claim = 4;
				else if (x->e->arg == CLAIM_ATTRIB &&
				    claim < 3)
					claim = 3;
				break;
			case LEX_ATTACK:
			case LEX_INSURGENT:
			case LEX_TYPE:
			case LEX_WEAPON:
			case LEX_KILL:
			case LEX_INJURE:
				attack = 1;
				break;
			case LEX_ATTACKER:
				if (!attacker)
					afirst = x->tok;
				alast = x->tok;
				attacker = 1;
				break;
			case LEX_GROUP:
				groups = 1;
				break;
			}
		}
		for (i = h->sent_first[s]; groups &&
		    i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *x = &h->v[i];
			int score;

			if (x->kind != LEX_GROUP || hidden(h, s, x) ||
			    faction_part(tk, h, s, x) || victim_side(tk, s, x))
				continue;
			score = claim ? claim : (attack ? 2 : 1);
			if (deny && claim < 4)
				score = 0;
			if (score > best) {
				best = score;
				out->group = lex_group_names[x->e->arg];
				out->group_ev[0] = tk->v[x->tok].start;
				out->group_ev[1] = tk->v[x->tok + x->ntok -
				    1].start + tk->v[x->tok + x->ntok - 1].len;
			}
		}
		/* a name is read only beside an attacker word */
		if (out->name == NULL && attacker)
			find_name(tk, s, afirst, alast, out);
	}
	if (best < 2)
		out->group = NULL;
	/* an unlisted group is read only from a claim's words: from the
	 * sentences [cfirst, clast] */
	for (i = 0; i < 2 && out->group == NULL; i++)
		for (s = cfirst; out->group == NULL && s <= clast &&
		    s < tk->nsent; s++)
			if (sentence_told(use, head, s) &&
			    unlisted_claim(tk, h, s, (int)i, out))
				break;
}

void
perp_clear(struct perp *p)
{
	free(p->name);
	free(p->group_buf);
	memset(p, 0, sizeof(*p));
}

const char *
perp_group_lookup(const char *name)
{
	struct text *t = text_new(name, strlen(name));
	struct tokens *tk = tokens_new(t);
	const struct lex_entry *e = NULL;
	const char *g = NULL;
	size_t i, n;

	for (i = 0; i < tk->n && g == NULL; i++)
		if ((n = lex_at(tk, i, LEX_GROUP, &e)) > 0)
			g = lex_group_names[e->arg];
	tokens_free(tk);
	text_free(t);
	return g;
}
