/*
 * The closed vocabularies of the incident record (DESIGN.md, "Incident
 * record"): the values extract() can put in `types`, `weapons`, `targets`
 * and `not_incident`.  The rule language checks string literals compared
 * with those fields against them, so a typo is a load error rather than a
 * rule that never fires.
 */
#ifndef FW_VOCAB_H
#define FW_VOCAB_H

#include <stddef.h>

struct vocab {
	const char *const *names;
	size_t	 n;
};

/* The reasons of `not_incident`, sorted. */
extern const struct vocab vocab_not_incident;

/* The vocabulary of a record key ("types", "weapons", "targets",
 * "not_incident"), or NULL when the key's values are not a closed set. */
const struct vocab *extract_vocab(const char *key);

#endif
