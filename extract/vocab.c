/*
 * The record's vocabularies, from the tables extract() writes them from:
 * the lexicon's type, weapon and target names and the not_incident reasons.
 */
#include "config.h"

#include <string.h>

#include "extract/lexicon.h"
#include "extract/vocab.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const not_incident_names[] = {
	"accident", "cyber", "disaster", "medical", "memorial",
	"military_operation", "other", "sports", "trial",
};

const struct vocab vocab_not_incident = {
	not_incident_names, NELEM(not_incident_names)
};

static const struct vocab vocab_types = { lex_type_names, TYPE_N };
static const struct vocab vocab_weapons = { lex_weapon_names, WEAPON_N };
static const struct vocab vocab_targets = { lex_target_names, TARGET_N };

const struct vocab *
extract_vocab(const char *key)
{
	static const struct {
		const char		*key;
		const struct vocab	*v;
	} keys[] = {
		{ "not_incident", &vocab_not_incident },
		{ "targets", &vocab_targets },
		{ "types", &vocab_types },
		{ "weapons", &vocab_weapons },
	};
	size_t i;

	for (i = 0; key != NULL && i < NELEM(keys); i++)
		if (strcmp(key, keys[i].key) == 0)
			return keys[i].v;
	return NULL;
}
