#include "config.h"

#include <stdio.h>

#include "cli/cmd.h"

/* Placeholder until the test command lands; exits with "runtime failure". */
int
cmd_test(int argc, char **argv)
{
	fprintf(stderr, "feedwatch: %s is not built yet\n", argv[0]);
	return 3;
}
