/*
 * Who did it: an armed group named in the reporting sentences (from the
 * generated group table, data/extract/groups.tsv), weighed by claims and
 * attributions ("claimed responsibility", "attributed to", "blamed on",
 * "suspected X militants") and against denials; a group named only in
 * background sentences (an earlier attack) is not taken.  A named lone
 * attacker ("identified as Kariyev", "the suspect, John Smith,") is
 * reported apart.
 */
#ifndef FW_PERP_H
#define FW_PERP_H

#include <stddef.h>

struct tokens;
struct lex_hits;

struct perp {
	const char *group;	/* canonical name (static), or NULL */
	size_t	 group_ev[2];	/* byte span of the evidence */
	char	*name;		/* attacker's name (caller frees), or NULL */
	size_t	 name_ev[2];
};

void perp_extract(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct perp *out);
void perp_clear(struct perp *p);

/* Canonical group for a name or alias (case-insensitive; "ISIS" gives
 * "Islamic State"), or NULL. */
const char *perp_group_lookup(const char *name);

#endif
