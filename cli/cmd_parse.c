/*
 * feedwatch parse [--url URL] [--content-type TYPE] [--max-items N] [--quiet]
 *     FILE|URL|-
 *
 * --quiet parses everything but prints only the feed line: a check of a
 * feed (format, encoding, bozo) without its items.
 * Streams the body through the push parser in 64 KiB chunks (files and
 * stdin with read(2), http/https with libcurl's write callback) and prints
 * {"feed": ...} and then one {"item": ...} per line.
 *
 * The feed line goes first but its metadata (and the bozo flag) is only
 * complete at the end, so item lines are held back until then, up to
 * HOLD_MAX bytes.  Past that the feed line is printed as known at that
 * point and the rest streams; a bozo reason found later goes to stderr.
 * Channel metadata precedes the items in practice, so only a malformation
 * late in a very large document is reported that way.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "feeds/feed.h"
#include "feeds/parse.h"
#include "feeds/url.h"

#define CHUNK		(64 * 1024)
#define HOLD_MAX	(1024 * 1024)
#define MAX_BODY	(64LL * 1024 * 1024)
#define MAX_REDIRS	5L
#define OUTBUF		(256 * 1024)

static char outbuf[OUTBUF];

struct out {
	struct feed_parser *p;
	struct feed_parser_opts opts;
	struct buf held;		/* item lines not printed yet */
	struct buf line;		/* the item line being written */
	int	 feed_printed;
	int	 write_error;
	int	 quiet;			/* items are parsed, not printed */
	/* http */
	CURL	*curl;
	long long body;
	int	 too_big;
};

static void print_feed(struct out *);

/* Write o->line (one JSON object and its newline) to stdout, or hold it
 * back while the feed line is not out yet. */
static int
put_line(struct out *o)
{
	if (!o->feed_printed && buf_add(&o->held, o->line.data, o->line.len) == 0)
		return 0;
	if (!o->feed_printed)
		print_feed(o);
	if (fwrite(o->line.data, 1, o->line.len, stdout) != o->line.len)
		o->write_error = 1;
	return o->write_error ? -1 : 0;
}

static void
print_feed(struct out *o)
{
	struct buf line = BUF_INIT;

	if (feed_info_write_json(&line, feed_parser_feed(o->p), 1) == -1 ||
	    buf_addch(&line, '\n') == -1)
		fatalx("feed line: out of memory");
	if (fwrite(line.data, 1, line.len, stdout) != line.len)
		o->write_error = 1;
	buf_release(&line);
	if (o->held.len && fwrite(o->held.data, 1, o->held.len, stdout) !=
	    o->held.len)
		o->write_error = 1;
	buf_reset(&o->held);
	o->feed_printed = 1;
}

static int
on_item(const struct feed_item *it, void *arg)
{
	struct out *o = arg;

	if (o->quiet)
		return 0;
	buf_reset(&o->line);
	if (feed_item_write_json(&o->line, it) == -1 ||
	    buf_addch(&o->line, '\n') == -1)
		fatalx("item line: out of memory");
	return put_line(o);
}

static void
start_parser(struct out *o)
{
	if (o->p == NULL)
		o->p = feed_parser_new(&o->opts, on_item, o);
}

static int
read_fd(struct out *o, int fd, const char *name)
{
	char *chunk = xmalloc(CHUNK);
	ssize_t n;
	int r = 0;

	start_parser(o);
	for (;;) {
		n = read(fd, chunk, CHUNK);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			log_warn("%s", name);
			r = -1;
			break;
		}
		if (n == 0)
			break;
		if (feed_parser_push(o->p, chunk, (size_t)n) == -1)
			break;
	}
	free(chunk);
	return r;
}

static size_t
curl_write(char *data, size_t size, size_t nmemb, void *arg)
{
	struct out *o = arg;
	size_t n = size * nmemb;
	char *eff = NULL, *ct = NULL;

	if (o->p == NULL) {
		curl_easy_getinfo(o->curl, CURLINFO_EFFECTIVE_URL, &eff);
		curl_easy_getinfo(o->curl, CURLINFO_CONTENT_TYPE, &ct);
		if (o->opts.base_url == NULL)
			o->opts.base_url = eff;
		if (o->opts.content_type == NULL)
			o->opts.content_type = ct ? ct : "";
		start_parser(o);
	}
	o->body += (long long)n;
	if (o->body > MAX_BODY) {
		o->too_big = 1;
		return 0;
	}
	if (feed_parser_push(o->p, data, n) == -1)
		return 0;
	return n;
}

static int
read_url(struct out *o, const char *url)
{
	char errbuf[CURL_ERROR_SIZE] = "";
	CURLcode rc;
	long status = 0;
	int r = -1;

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0)
		fatalx("curl_global_init failed");
	if ((o->curl = curl_easy_init()) == NULL)
		fatalx("curl_easy_init failed");
	curl_easy_setopt(o->curl, CURLOPT_URL, url);
	curl_easy_setopt(o->curl, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(o->curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(o->curl, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(o->curl, CURLOPT_MAXREDIRS, MAX_REDIRS);
	curl_easy_setopt(o->curl, CURLOPT_CONNECTTIMEOUT, 15L);
	curl_easy_setopt(o->curl, CURLOPT_TIMEOUT, 120L);
	curl_easy_setopt(o->curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(o->curl, CURLOPT_LOW_SPEED_TIME, 30L);
	curl_easy_setopt(o->curl, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(o->curl, CURLOPT_FAILONERROR, 1L);
	curl_easy_setopt(o->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(o->curl, CURLOPT_USERAGENT, PACKAGE_NAME "/" PACKAGE_VERSION);
	curl_easy_setopt(o->curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(o->curl, CURLOPT_WRITEFUNCTION, curl_write);
	curl_easy_setopt(o->curl, CURLOPT_WRITEDATA, o);
	rc = curl_easy_perform(o->curl);
	curl_easy_getinfo(o->curl, CURLINFO_RESPONSE_CODE, &status);
	/* a write error without too_big: the parser wanted no more */
	if (rc == CURLE_OK || (rc == CURLE_WRITE_ERROR && o->p && !o->too_big))
		r = 0;
	else if (o->too_big)
		log_warnx("%s: body larger than %lld bytes", url, MAX_BODY);
	else
		log_warnx("%s: %s", url, *errbuf ? errbuf : curl_easy_strerror(rc));
	if (r == 0 && o->p == NULL)
		start_parser(o);	/* empty body */
	/* the parser keeps its own copies of the options */
	o->opts.base_url = NULL;
	o->opts.content_type = NULL;
	curl_easy_cleanup(o->curl);
	curl_global_cleanup();
	(void)status;
	return r;
}

int
cmd_parse(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "url",		required_argument, NULL, 'u' },
		{ "content-type",	required_argument, NULL, 't' },
		{ "max-items",		required_argument, NULL, 'm' },
		{ "quiet",		no_argument,	   NULL, 'q' },
		{ "help",		no_argument,	   NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct out o;
	const char *src, *err;
	char *end;
	int ch, fd, rv = 0;

	memset(&o, 0, sizeof(o));
	buf_init(&o.held, HOLD_MAX);
	buf_init(&o.line, 0);
	optind = 1;
	while ((ch = getopt_long(argc, argv, "u:t:m:qh", longopts, NULL)) != -1) {
		switch (ch) {
		case 'q':
			o.quiet = 1;
			break;
		case 'm':
			o.opts.max_items = strtoul(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || o.opts.max_items == 0) {
				log_warnx("--max-items: expected a positive number");
				return 2;
			}
			break;
		case 'u':
			o.opts.base_url = optarg;
			break;
		case 't':
			o.opts.content_type = optarg;
			break;
		case 'h':
			return cmd_help(argv[0]);
		default:
			cmd_usage(argv[0]);
			return 2;
		}
	}
	if (argc - optind != 1) {
		cmd_usage(argv[0]);
		return 2;
	}
	src = argv[optind];
	/* Lines are small and many: with stdio's default 4 KiB buffer one
	 * write(2) per few items showed in profiles.  A terminal keeps its
	 * line buffering. */
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	if (url_is_http(src)) {
		if (read_url(&o, src) == -1) {
			rv = 1;
			goto out;
		}
	} else if (!strcmp(src, "-")) {
		if (read_fd(&o, STDIN_FILENO, "stdin") == -1) {
			rv = 1;
			goto out;
		}
	} else {
		if ((fd = open(src, O_RDONLY)) == -1) {
			log_warn("%s", src);
			rv = 1;
			goto out;
		}
		ch = read_fd(&o, fd, src);
		close(fd);
		if (ch == -1) {
			rv = 1;
			goto out;
		}
	}
	if (o.write_error) {
		rv = 3;
		goto out;
	}
	if (feed_parser_finish(o.p) == -1 && !o.write_error) {
		err = feed_parser_error(o.p);
		log_warnx("%s: %s", src, err ? err : "not a feed");
		rv = 1;
		goto out;
	}
	if (!o.feed_printed)
		print_feed(&o);
	else if (feed_parser_feed(o.p)->bozo)
		log_warnx("%s: malformed: %s", src, feed_parser_feed(o.p)->bozo);
	if (feed_parser_truncated(o.p))
		log_warnx("%s: %zu text fields cut at the size limit", src,
		    feed_parser_truncated(o.p));
	if (fflush(stdout) == EOF || o.write_error) {
		log_warn("stdout");
		rv = 3;
	}
out:
	feed_parser_free(o.p);
	buf_release(&o.held);
	buf_release(&o.line);
	return rv;
}
