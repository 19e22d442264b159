/*
 * libFuzzer target for feeds/date.c.  Besides "no crash", it checks that
 * whatever the parser accepts comes out as an RFC 3339 string that parses
 * back to itself.
 */
/* fuzz-sources: feeds/date.c common/xmalloc.c common/log.c */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "feeds/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size), *out, *again;

	out = date_normalize(s);
	if (out != NULL) {
		if (strlen(out) != 20 || out[10] != 'T' || out[19] != 'Z')
			abort();
		again = date_normalize(out);
		if (again == NULL || strcmp(again, out) != 0)
			abort();
		free(again);
	}
	free(out);
	free(s);
	return 0;
}
