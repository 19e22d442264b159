/*
 * The extraction lexicon: phrases of news English with the role each plays
 * (attack evidence, attack type, weapon, target, look-alike cue, casualty
 * word, number word, armed group, ...).  The table is generated from
 * the files in data/extract by tools/gen-extract-tables into lexicon_tab.c, sorted
 * by phrase; lex_scan() finds every phrase in a token stream.
 */
#ifndef FW_LEXICON_H
#define FW_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "extract/token.h"

/* Order must match KINDS in tools/gen-extract-tables. */
enum lex_kind {
	LEX_ATTACK, LEX_TYPE, LEX_WEAPON, LEX_TARGET, LEX_LOOK, LEX_MIL,
	LEX_INSURGENT, LEX_KILL, LEX_INJURE, LEX_ZERO, LEX_TOLL, LEX_ATTACKER,
	LEX_SELF, LEX_SUICIDE, LEX_PAST, LEX_PIVOT, LEX_TODAY, LEX_CLAIM,
	LEX_SUBSET, LEX_QUANT, LEX_NUM, LEX_ORDINAL, LEX_PERSON, LEX_SINGULAR,
	LEX_PLURAL, LEX_GROUP, LEX_VIP, LEX_FRAME, LEX_NKINDS
};

/* Arguments of some kinds (same order as ARGS in the generator). */
enum { CAS_ACTIVE, CAS_PASSIVE, CAS_NOUN };
enum { ZERO_BOTH, ZERO_KILLED, ZERO_INJURED };
enum { CLAIM_CLAIM, CLAIM_ATTRIB, CLAIM_DENY };
enum { QUANT_AT_LEAST, QUANT_APPROX };
enum { NUM_PLAIN, NUM_TENS, NUM_MULT, NUM_VAGUE, NUM_UNKNOWN };

enum { TYPE_ASSASSINATION, TYPE_ARMED_ASSAULT, TYPE_BOMBING, TYPE_HIJACKING,
	TYPE_HOSTAGE_TAKING, TYPE_KIDNAPPING, TYPE_FACILITY_ATTACK,
	TYPE_UNARMED_ASSAULT, TYPE_UNKNOWN, TYPE_N };
enum { WEAPON_FIREARMS, WEAPON_EXPLOSIVES, WEAPON_INCENDIARY, WEAPON_MELEE,
	WEAPON_VEHICLE, WEAPON_CHEMICAL, WEAPON_BIOLOGICAL, WEAPON_RADIOLOGICAL,
	WEAPON_NUCLEAR, WEAPON_FAKE, WEAPON_SABOTAGE, WEAPON_OTHER,
	WEAPON_UNKNOWN, WEAPON_N };
enum { TARGET_POLICE, TARGET_MILITARY, TARGET_GOVERNMENT, TARGET_BUSINESS,
	TARGET_PRIVATE, TARGET_RELIGIOUS, TARGET_EDUCATIONAL,
	TARGET_JOURNALISTS, TARGET_TRANSPORTATION, TARGET_UTILITIES,
	TARGET_TELECOM, TARGET_TOURISTS, TARGET_DIPLOMATIC, TARGET_NGO,
	TARGET_MARITIME, TARGET_FOOD_WATER, TARGET_PARTY, TARGET_TERRORISTS,
	TARGET_OTHER, TARGET_UNKNOWN, TARGET_N };
enum { LOOK_MEDICAL, LOOK_CYBER, LOOK_SPORTS, LOOK_VERBAL, LOOK_MEMORIAL,
	LOOK_TRIAL, LOOK_ACCIDENT, LOOK_DISASTER, LOOK_ANIMAL, LOOK_REVIEW,
	LOOK_BENIGN, LOOK_N };

struct lex_entry {
	const char *phrase;	/* lowercase words separated by one space */
	const char *exact;	/* case-exact spelling to check, or NULL */
	int	 kind;		/* enum lex_kind */
	int	 arg;		/* vocabulary index / sub-kind */
	int	 weight;	/* strength, numeric value, or alias length */
};

/* First word of the phrases -> their range in lex_table (generated
 * open-addressing hash, FNV-1a, linear probing; empty slots have NULL). */
struct lex_index {
	const char *word;
	unsigned len;
	unsigned lo, hi;
};

extern const struct lex_entry lex_table[];
extern const struct lex_index lex_index[];
extern const size_t lex_index_mask;
extern const size_t lex_ntable;
extern const char *const lex_type_names[];
extern const char *const lex_weapon_names[];
extern const char *const lex_target_names[];
extern const char *const lex_look_names[];
extern const char *const lex_group_names[];
extern const size_t lex_ngroups;

struct lex_hit {
	uint32_t tok;		/* first token */
	uint16_t ntok;		/* tokens covered */
	uint16_t kind;
	const struct lex_entry *e;
};

struct lex_hits {
	struct lex_hit *v;	/* ordered by tok, then longer first */
	size_t	 n;
	size_t	*sent_first;	/* first hit of each sentence; [nsent] = n */
	size_t	*tok_first;	/* lex_scan()'s: first hit of each token;
				 * [tk->n] = n.  NULL in a copy. */
	uint32_t *tok_kinds;	/* lex_scan()'s: bit k set when a hit of
				 * kind k starts at the token.  NULL in a
				 * copy. */
	const struct tokens *tk;	/* lex_scan()'s tokens, or NULL */
	/* Hits v has room for and bytes in this struct's block, kept so
	 * that lex_rescan() can reuse both. */
	size_t	 vcap;
	size_t	 blkcap;
	/* lexicon.c's indexes of the table, made once for hits that
	 * lex_rescan() renews; kept with v. */
	struct lex_fast *fast;
};

/* Hits with no entries yet, in the memory of old (or NULL), which only
 * grows: sent_first has nsent + 1 + extra entries, not cleared; v is old's
 * (NULL without old), with room for vcap hits.  old is invalid afterwards.
 * Never fails; lex_hits_free() frees it and v. */
struct lex_hits *lex_hits_renew(struct lex_hits *old, size_t nsent,
    size_t extra);

/* Every phrase occurrence in tk; never fails.  Until they are freed,
 * lex_at() on tk reads the hits: free them before tk. */
struct lex_hits *lex_scan(const struct tokens *tk);
/* lex_scan() in the memory of old (from lex_scan() or lex_rescan(), or
 * NULL), which only grows; old is invalid afterwards.  Renew or free the
 * tokens old was scanned from first: their link to old is not cleared. */
struct lex_hits *lex_rescan(struct lex_hits *old, const struct tokens *tk);
void lex_hits_free(struct lex_hits *h);

/* lex_at() read from the hits or the lexicon; lex_at() calls it. */
size_t lex_at_read(const struct tokens *tk, size_t i, int kind,
    const struct lex_entry **e);

/* Phrases of one kind starting exactly at token i: the longest match's
 * token count, and its entry in *e; 0 when none.  Inline: the rules ask
 * it a hundred times a text, mostly of a kind that starts no phrase
 * there, which the hits' kinds at the token tell without a call. */
static inline size_t
lex_at(const struct tokens *tk, size_t i, int kind,
    const struct lex_entry **e)
{
	if (i >= tk->n || tk->v[i].kind == TOK_PUNCT)
		return 0;
	if (kind >= 0 && tk->hits != NULL &&
	    !(tk->hits->tok_kinds[i] >> kind & 1)) {
		if (e)
			*e = NULL;
		return 0;
	}
	return lex_at_read(tk, i, kind, e);
}

/* Index of the first hit of sentence s of h that starts at token tok or
 * after it (h->sent_first[s + 1] when none does).  The hits run in token
 * order, so a search of the few tokens around a word starts here rather
 * than walking from the sentence's start, which made reading a sentence
 * cost the square of its length. */
static inline size_t
lex_hit_from(const struct lex_hits *h, size_t s, size_t tok)
{
	size_t lo = h->sent_first[s], hi = h->sent_first[s + 1];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (h->v[mid].tok < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does sentence s of h hold a hit of kind? */
static inline int
lex_sentence_has(const struct lex_hits *h, size_t s, int kind)
{
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if (h->v[i].kind == kind)
			return 1;
	return 0;
}

#endif
