/*
 * libFuzzer target for `feedwatch import-opml` (cli/cmd_import_opml.c),
 * driven through its command entry point: the input is the OPML file.
 * The file is handed over as /proc/self/fd/N of a memory file, so nothing
 * touches the disk; the generated config goes to /dev/null and so do the
 * command's own warnings (libFuzzer and the sanitizers keep their own
 * stderr, taken before LLVMFuzzerInitialize runs).  Checks: the exit
 * code is one the command documents.
 */
/* fuzz-sources: cli/cmd_import_opml.c feeds/url.c common/buf.c common/xmalloc.c common/log.c */
/* fuzz-libs: libxml-2.0 */
/* fuzz-seeds: tests/data/opml */
#include "config.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cli/cmd.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int memfd = -1;
static char path[64];

/* feedwatch.c, which holds the real ones, has main(); the target only
 * ever passes a file name, so neither is reached. */
void
cmd_usage(const char *name)
{
	(void)name;
	abort();
}

int
cmd_help(const char *name)
{
	(void)name;
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	FILE *null;

	(void)argc;
	(void)argv;
	if ((memfd = memfd_create("opml", 0)) == -1)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", memfd);
	if ((null = fopen("/dev/null", "w")) == NULL ||
	    freopen("/dev/null", "w", stdout) == NULL)
		abort();
	stderr = null;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char name[] = "import-opml";
	char *argv[] = { name, path, NULL };
	int rc;

	if (ftruncate(memfd, 0) == -1 ||
	    (size > 0 && pwrite(memfd, data, size, 0) != (ssize_t)size))
		abort();
	rc = cmd_import_opml(2, argv);
	if (rc != 0 && rc != 1 && rc != 3)
		abort();
	return 0;
}
