/*
 * Tests that read the evaluation data in ../shared (feedparser corpus,
 * examples) run only where it is present.  cmocka 1.1's skip() prints
 * "not ok # SKIP", which TAP drivers count as a failure, so such a test
 * is left out of the group instead, with a diagnostic saying why.
 */
#ifndef FW_TEST_SHARED_DATA_H
#define FW_TEST_SHARED_DATA_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* 1 when $SHARED_DIR/rel exists; else prints a TAP diagnostic, returns 0. */
static inline int
shared_data_present(const char *rel)
{
	const char *dir = getenv("SHARED_DIR");
	char path[4096];

	if (dir != NULL) {
		snprintf(path, sizeof(path), "%s/%s", dir, rel);
		if (access(path, R_OK) == 0)
			return 1;
	}
	printf("# %s/%s not found: tests reading it are left out\n",
	    dir ? dir : "$SHARED_DIR", rel);
	return 0;
}

#endif
