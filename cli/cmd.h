/*
 * Subcommands of feedwatch(1).  Each gets argv with argv[0] = its own name
 * and returns the exit code of DESIGN.md: 0 ok, 1 bad input or config,
 * 2 usage, 3 runtime failure.
 */
#ifndef FW_CMD_H
#define FW_CMD_H

typedef int (*cmd_fn)(int argc, char **argv);

int cmd_extract(int argc, char **argv);
int cmd_import_opml(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_test(int argc, char **argv);

/* Print the usage line of a subcommand to stderr. */
void cmd_usage(const char *name);
/* --help: the usage line of a subcommand on stdout; returns the exit code
 * (0, or 3 when stdout cannot be written). */
int cmd_help(const char *name);

#endif
