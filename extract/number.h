/*
 * Counts written in news English: numerals ("12", "1,200"), number words
 * ("seven", "twenty-three", "one hundred and five", "a dozen"), vague
 * amounts ("dozens" is at least 24, "hundreds" at least 200; "several" and
 * "an unknown number of" have no value) and bounds ("at least 12", "more
 * than 20", "over 30" and a range, "5-7", are lower bounds; "nearly 40",
 * "about 50" are not).
 */
#ifndef FW_NUMBER_H
#define FW_NUMBER_H

#include <stddef.h>

struct tokens;

struct number {
	long	 value;		/* -1 when the amount has no value */
	int	 at_least;	/* a lower bound */
	int	 approx;	/* "nearly", "about" */
	size_t	 ntok;		/* tokens read */
};

/* Read a count starting at token i; 1 and *out filled, or 0. */
int number_at(const struct tokens *tk, size_t i, struct number *out);

/* Read a count at the start of the NUL-terminated string s (for tests and
 * callers without tokens); 1 and *out filled, or 0. */
int number_parse(const char *s, struct number *out);

#endif
