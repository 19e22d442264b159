/*
 * Incident extraction (DESIGN.md "Incident record"): from an article's
 * title, text and publication date to the incident record.  Pure: buffers
 * in, record out; no clock, no network, no globals that change.
 */
#ifndef FW_EXTRACT_H
#define FW_EXTRACT_H

#include <stddef.h>
#include <jansson.h>

struct extract_input {
	const char *title;	/* may be NULL */
	const char *text;	/* article text or HTML; need not be NUL-terminated */
	size_t	 len;
	const char *published;	/* RFC 3339 or NULL; anchors relative dates */
	int	 rules_only;	/* the rules' reading alone, without the
				 * second opinion (model.h): tests of rules */
};

/* The incident record as a new JSON object (caller owns the reference),
 * with every field of DESIGN.md present (null where unknown).  Never fails
 * on bad input: text that is not an attack gives is_incident false. */
json_t *extract_incident(const struct extract_input *in);

/* Memory that extract_incident_with() reuses from call to call, for a
 * caller that extracts from many texts in turn; not for two calls at
 * once.  Never fails; extract_scratch_free() accepts NULL. */
struct extract_scratch;
struct extract_scratch *extract_scratch_new(void);
void extract_scratch_free(struct extract_scratch *sc);

/* extract_incident() using sc's memory; sc may be NULL.  The record
 * shares nothing with sc. */
json_t *extract_incident_with(const struct extract_input *in,
    struct extract_scratch *sc);

/* The second opinion alone (extract/model.h): the probability that in
 * reports an attack by the model the rules are checked against, for
 * evaluation; sc may be NULL. */
double extract_second_opinion(const struct extract_input *in,
    struct extract_scratch *sc);

#endif
