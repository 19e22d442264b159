/*
 * Layout of the generated boilerplate tables (extract/boilerplate_tab.c,
 * made by tools/gen-extract-tables from data/extract/boilerplate.tsv).
 * Only extract/text.c reads them.
 *
 * Which BP_CONTAINS phrases occur in a line is found in one pass over its
 * spaces rather than one search per phrase.  An occurrence of a phrase
 * with a space in it has its first space at a space of the line, with the
 * bytes around it (one before, two after) equal to the phrase's; a bit per
 * hash of those three bytes (bp_key_hash()) filters the spaces worth
 * comparing.  Phrases without such a space are searched for one by one.
 */
#ifndef FW_BOILERPLATE_H
#define FW_BOILERPLATE_H

#include <stddef.h>
#include <stdint.h>

enum bp_match { BP_LINE, BP_PREFIX, BP_CONTAINS };
enum bp_action { BP_DROP, BP_CUT };

/* One rule, in the file's order: the first that applies decides. */
struct bp_rule {
	const char *phrase;	/* lowercase ASCII */
	size_t	 len;		/* strlen(phrase) */
	enum bp_match match;
	enum bp_action action;
	size_t	 maxlen;	/* applies only to lines up to this long (0: any) */
};

/* A BP_CONTAINS phrase with a space, as the filter finds it. */
struct bp_phrase {
	uint32_t key;	/* bytes around the first space, bp_key() */
	uint8_t	 rule;	/* index in bp_rules[] */
	uint8_t	 off;	/* offset of the first space */
	uint8_t	 len;
};

/* The generator keeps rule indices below this. */
#define BP_MAXRULES	256

extern const struct bp_rule bp_rules[];
extern const size_t bp_nrules;
extern const uint64_t bp_bits[16];	/* bit bp_key_hash(key) per phrase */
extern const struct bp_phrase bp_spaced[];
extern const size_t bp_nspaced;
extern const uint8_t bp_plain[];	/* the other BP_CONTAINS rules */
extern const size_t bp_nplain;

static inline uint32_t
bp_key(unsigned char before, unsigned char a1, unsigned char a2)
{
	return (uint32_t)before | (uint32_t)a1 << 8 | (uint32_t)a2 << 16;
}

/* 10 bits; the generator computes the same. */
static inline unsigned
bp_key_hash(uint32_t k)
{
	return (unsigned)((k * 2654435761u) >> 22);
}

#endif
