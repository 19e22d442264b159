/*
 * Feed dates: RFC 822 in all its real-world variants, ISO 8601 / W3C-DTF,
 * and common broken forms, to seconds since the epoch (UTC).  Pure.
 */
#ifndef FW_DATE_H
#define FW_DATE_H

#include <stddef.h>
#include <time.h>

/* Parse s; 0 and *out set, or -1 when s is not a date we can read.
 * A date without a zone is taken as UTC. */
int date_parse(const char *s, time_t *out);

/* Format t as RFC 3339 UTC ("2011-11-12T10:00:00Z") into out (>= 21 bytes). */
void date_format(time_t t, char *out, size_t outsz);

/* date_parse then date_format into a new heap string; NULL when unreadable. */
char *date_normalize(const char *s);

#endif
