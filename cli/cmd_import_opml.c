#include "config.h"

#include <stdio.h>

#include "cli/cmd.h"

/* Placeholder until the import_opml command lands; exits with "runtime failure". */
int
cmd_import_opml(int argc, char **argv)
{
	fprintf(stderr, "feedwatch: %s is not built yet\n", argv[0]);
	return 3;
}
