#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "extract/extract.h"
#include "extract/text.h"
#include "feeds/date.h"

/* Articles past the extractor's cap are cut there anyway; read a little
 * more so the cap, not the reader, decides. */
#define READ_MAX	(TEXT_MAX_INPUT + 4096)

static int
read_all(FILE *f, struct buf *b)
{
	char chunk[8192];
	size_t n;

	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		size_t room = READ_MAX - b->len;

		if (buf_add(b, chunk, n < room ? n : room) == -1 || n >= room)
			break;
	}
	return ferror(f) ? -1 : 0;
}

/* feedwatch extract [--title TEXT] [--published RFC3339] FILE|- */
int
cmd_extract(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "title", required_argument, NULL, 't' },
		{ "published", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct extract_input in = { NULL, NULL, 0, NULL, 0 };
	struct buf b = BUF_INIT;
	FILE *f;
	json_t *rec;
	char *published = NULL;
	int c, rc = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "t:p:h", opts, NULL)) != -1) {
		switch (c) {
		case 't':
			in.title = optarg;
			break;
		case 'p':
			in.published = optarg;
			break;
		case 'h':
			return cmd_help(argv[0]);
		default:
			cmd_usage(argv[0]);
			return 2;
		}
	}
	if (optind != argc - 1) {
		cmd_usage(argv[0]);
		return 2;
	}
	/* Read the date as the daemon reads an item's, and hand it on in
	 * UTC as the daemon does; the extractor itself would drop a date it
	 * cannot read without a word. */
	if (in.published != NULL &&
	    (published = date_normalize(in.published)) == NULL) {
		fprintf(stderr, "feedwatch: --published '%s': not a date; "
		    "expected RFC 3339, e.g. 2011-11-12T10:00:00Z\n",
		    in.published);
		return 2;
	}
	in.published = published;
	if (strcmp(argv[optind], "-") == 0) {
		f = stdin;
	} else if ((f = fopen(argv[optind], "rb")) == NULL) {
		fprintf(stderr, "feedwatch: %s: %s\n", argv[optind],
		    strerror(errno));
		free(published);
		return 1;
	}
	buf_init(&b, READ_MAX);
	if (read_all(f, &b) == -1) {
		fprintf(stderr, "feedwatch: %s: read error\n", argv[optind]);
		rc = 1;
		goto out;
	}
	in.text = buf_str(&b);
	in.len = b.len;
	/* Without --title, the extractor takes a headline-like first line
	 * after the masthead as the title. */
	rec = extract_incident(&in);
	if (json_dumpf(rec, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(6)) == -1 || fputc('\n', stdout) == EOF) {
		rc = 3;
	}
	json_decref(rec);
out:
	if (f != stdin)
		fclose(f);
	buf_release(&b);
	free(published);
	return rc;
}
