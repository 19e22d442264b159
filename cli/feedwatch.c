/*
 * feedwatch: the user's tool.  One binary, subcommands in a sorted table,
 * each implemented in cli/cmd_NAME.c with the signature of cmd_fn.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "common/log.h"

static const struct cmd {
	const char *name;
	cmd_fn	 fn;
	const char *usage;
} cmds[] = {	/* sorted by name */
	{ "extract",	 cmd_extract,	"extract [--title TEXT] [--published RFC3339] FILE|-" },
	{ "import-opml", cmd_import_opml, "import-opml FILE" },
	{ "parse",	 cmd_parse,	"parse [--url URL] [--content-type TYPE] [--max-items N] [--quiet] FILE|URL|-" },
	{ "status",	 cmd_status,	"status [-c FILE] [--state PATH] [--json]" },
	{ "test",	 cmd_test,	"test [-c FILE] [--feed NAME] [--title TEXT] "
	    "FILE|URL|-" },
};

static int
cmd_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct cmd *)elem)->name);
}

static void
usage(FILE *fp)
{
	size_t i;

	fprintf(fp, "usage: feedwatch COMMAND [ARGS]\n\ncommands:\n");
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		fprintf(fp, "  feedwatch %s\n", cmds[i].usage);
	fprintf(fp, "\nfeedwatch --help | --version\n");
}

static void
print_cmd_usage(FILE *fp, const char *name)
{
	const struct cmd *c = bsearch(name, cmds, sizeof(cmds) / sizeof(cmds[0]),
	    sizeof(cmds[0]), cmd_cmp);

	if (c)
		fprintf(fp, "usage: feedwatch %s\n", c->usage);
}

void
cmd_usage(const char *name)
{
	print_cmd_usage(stderr, name);
}

int
cmd_help(const char *name)
{
	print_cmd_usage(stdout, name);
	return fflush(stdout) == EOF ? 3 : 0;
}

int
main(int argc, char **argv)
{
	const struct cmd *c;

	log_init("feedwatch", 1, getenv("FEEDWATCH_DEBUG") != NULL);
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("feedwatch %s\n", PACKAGE_VERSION);
		return 0;
	}
	c = bsearch(argv[1], cmds, sizeof(cmds) / sizeof(cmds[0]),
	    sizeof(cmds[0]), cmd_cmp);
	if (c == NULL) {
		fprintf(stderr, "feedwatch: unknown command '%s'\n", argv[1]);
		usage(stderr);
		return 2;
	}
	return c->fn(argc - 1, argv + 1);
}
