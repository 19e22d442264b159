/*
 * libFuzzer target for feeds/url.c.  The input is a base URL, a newline,
 * and a reference.  Besides "no crash", it checks that an http(s) result
 * is absolute: resolved against anything, it stays itself.
 */
/* fuzz-sources: feeds/url.c common/buf.c common/xmalloc.c common/log.c */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "feeds/url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	char *base, *ref, *out, *host, *again;
	size_t blen = nl ? (size_t)(nl - (const char *)data) : 0;

	base = nl ? xstrndup((const char *)data, blen) : NULL;
	ref = nl ? xstrndup(nl + 1, size - blen - 1) :
	    xstrndup((const char *)data, size);
	out = url_resolve(base, ref);
	if (out == NULL)
		abort();
	host = url_host(out);
	if (url_is_http(out) && host == NULL)
		abort();
	/* Only when out would survive the trimming of a reference. */
	if (url_is_http(out) && !isspace((unsigned char)out[strlen(out) - 1])) {
		again = url_resolve(ref, out);
		if (strcmp(again, out) != 0)
			abort();
		free(again);
	}
	free(host);
	free(url_host(base));
	url_is_http(base);
	free(out);
	free(base);
	free(ref);
	return 0;
}
