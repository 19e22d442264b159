/*
 * Is this text a report of a violent attack, and what kind?  Evidence is
 * weighed from the lexicon (extract/lexicon.h): attack verbs and nouns,
 * weapons, casualty figures, a named perpetrator, an insurgent actor,
 * against look-alike cues (medical, cyber, sports, verbal, memorial, trial,
 * accident, disaster, animal, review) and cues of a state military
 * operation.  Also decides which sentences report the attack at hand and
 * which are background about earlier events.
 */
#ifndef FW_CLASSIFY_H
#define FW_CLASSIFY_H

#include <stddef.h>

struct tokens;
struct lex_hits;
struct casualty;
struct frame_scratch;

struct date {
	int	 year, month, day;	/* 0 when unknown */
	int	 hour;			/* UTC hour of a publication, -1 unknown */
};

struct classification {
	int	 is_incident;
	const char *not_incident;	/* reason, or NULL */
	double	 score;			/* 0..1 */
	unsigned types, weapons, targets;	/* bit sets (lexicon.h enums) */
	int	 suicide;
	size_t	 type_ev[2];		/* byte span of the main type cue */
};

/* Mark use[s] = 1 for each sentence that reports the event at hand, 0 for
 * background (earlier events, context after "the latest in a string of").
 * published may have zero fields. */
void classify_scope(const struct tokens *tk, const struct lex_hits *h,
    const struct date *published, long head, unsigned char *use);

/* Decide and type the incident; has_group: a perpetrator group was found.
 * fs (may be NULL): memory for frame_read_with(). */
void classify_incident(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, const struct casualty *cas,
    int has_group, struct frame_scratch *fs, struct classification *out);

#endif
