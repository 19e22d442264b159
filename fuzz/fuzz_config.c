/*
 * libFuzzer target for config/config.c (and the rule compiler it calls).
 * The input is a config file.  Includes and secret files are refused so
 * the input cannot reach the file system.  Besides "no crash, no leak" it
 * checks the contract: a config comes back exactly when no error was
 * reported, and every error line reads "FILE:LINE:COLUMN: message".
 */
/* fuzz-sources: config/config.c rules/rule.c extract/vocab.c extract/lexicon_tab.c common/buf.c common/suggest.c common/xmalloc.c common/log.c */
/* fuzz-seeds: tests/data/config */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "config/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* "fuzz.conf:LINE:COL: " with LINE >= 1 and COL >= 1. */
static int
well_formed(const char *line)
{
	const char *p = line;
	int part;

	if (strncmp(p, "fuzz.conf:", 10) != 0)
		return 0;
	p += 10;
	for (part = 0; part < 2; part++) {
		if (*p < '1' || *p > '9')
			return 0;
		while (isdigit((unsigned char)*p))
			p++;
		if (*p++ != ':')
			return 0;
	}
	return *p == ' ' && p[1] != '\0' && p[1] != '\n';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf errors = BUF_INIT;
	struct config *c;
	char *line, *nl;

	c = config_parse("fuzz.conf", (const char *)data, size, CONFIG_NOFILES,
	    &errors);
	if ((c == NULL) != (errors.len > 0))
		abort();
	for (line = errors.data; line && *line; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL || !well_formed(line))
			abort();
	}
	config_free(c);
	buf_release(&errors);
	return 0;
}
