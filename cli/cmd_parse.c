#include "config.h"

#include <stdio.h>

#include "cli/cmd.h"

/* Placeholder until the parse command lands; exits with "runtime failure". */
int
cmd_parse(int argc, char **argv)
{
	fprintf(stderr, "feedwatch: %s is not built yet\n", argv[0]);
	return 3;
}
