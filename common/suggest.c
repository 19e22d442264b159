/*
 * "Did you mean" hints for names in the config and the rules.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "common/suggest.h"

/* Levenshtein distance, ASCII-caseless, bounded: names are short. */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, d[64], prev, tmp;

	if (la >= sizeof(d) / sizeof(d[0]) || lb >= sizeof(d) / sizeof(d[0]))
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		d[j] = j;
	for (i = 1; i <= la; i++) {
		prev = d[0];
		d[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = d[j];
			d[j] = prev + (tolower((unsigned char)a[i - 1]) !=
			    tolower((unsigned char)b[j - 1]));
			if (d[j - 1] + 1 < d[j])
				d[j] = d[j - 1] + 1;
			if (tmp + 1 < d[j])
				d[j] = tmp + 1;
			prev = tmp;
		}
	}
	return d[lb];
}

static const char *
name_at(const void *cands, size_t i, size_t stride)
{
	return *(const char *const *)(const void *)((const char *)cands +
	    i * stride);
}

const char *
suggest_name(const char *word, const void *cands, size_t n, size_t stride,
    int prefix)
{
	size_t i, best = SIZE_MAX, d, len = strlen(word);
	const char *bestname = NULL, *name;

	for (i = 0; i < n; i++) {
		d = distance(word, name_at(cands, i, stride));
		if (d < best) {
			best = d;
			bestname = name_at(cands, i, stride);
		}
	}
	if (bestname != NULL && best <= 2 && best < len)
		return bestname;
	if (!prefix || len < 3)
		return NULL;
	/* The start of a longer name: secret for secret_file. */
	bestname = NULL;
	for (i = 0; i < n; i++) {
		name = name_at(cands, i, stride);
		if (strncasecmp(name, word, len) != 0)
			continue;
		if (bestname != NULL)
			return NULL;		/* more than one */
		bestname = name;
	}
	return bestname;
}
