# cli: feedwatch(1), one file per subcommand.
bin_PROGRAMS += feedwatch
feedwatch_SOURCES = cli/feedwatch.c cli/cmd.h cli/cmd_extract.c \
	cli/cmd_import_opml.c cli/cmd_parse.c cli/cmd_status.c cli/cmd_test.c
feedwatch_LDADD = $(FW_LIBS)

TESTS += tests/e2e/t0110-cli-usage.sh tests/e2e/t0500-import-opml.sh
EXTRA_DIST += tests/e2e/t0110-cli-usage.sh tests/e2e/t0500-import-opml.sh \
	tests/data/opml
