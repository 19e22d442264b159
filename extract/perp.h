/*
 * Who did it: an armed group named in the reporting sentences (from the
 * generated group table, data/extract/groups.tsv), weighed by claims and
 * attributions ("claimed responsibility", "attributed to", "blamed on",
 * "suspected X militants") and against denials; a group named only in
 * background sentences (an earlier attack) is not taken.  A named lone
 * attacker ("identified as Kariyev", "the suspect, John Smith,") is
 * reported apart.
 *
 * Naming rules: a sub-unit written as "the X faction (Y) of Z" reports the
 * parent Z, the organisation a reader follows and a rule names.  A group
 * the table does not know is still reported when the text has it claim
 * responsibility in so many words ("The Kestrel Brigade claimed
 * responsibility"): two to six capitalised words, with an acronym in
 * brackets, right before the claim; failing a claim, when the text
 * attributes the attack to one ("blamed the attack on the Kestrel
 * Liberation Front (KLF)") by a name that carries an acronym or ends in a
 * group's head noun ("Front", "Army", "Militia").  A state's forces
 * ("the Kenyan Army") and a group that denies it are not taken.
 */
#ifndef FW_PERP_H
#define FW_PERP_H

#include <stddef.h>

struct tokens;
struct lex_hits;

struct perp {
	const char *group;	/* canonical name (static), a name read from
				 * the text (in group_buf), or NULL */
	size_t	 group_ev[2];	/* byte span of the evidence */
	char	*group_buf;	/* backing store for an unlisted group */
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
