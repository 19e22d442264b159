/*
 * feedwatch test [-c FILE] [--feed NAME] [--title TEXT] FILE|URL|-
 *
 * A dry run of the alerting path: the input is parsed as a feed (or, when
 * it is not one, taken as the text of one article), each item goes
 * through extraction and every rule of the config, and for each rule
 * that fires the exact message of each of its outputs is printed: the
 * syslog line (and RFC 5424 datagram), the stdout JSON line, the webhook
 * request headers and body.  Nothing is sent and no state store is
 * opened, so the delivery ids are those of a first alert.
 *
 * Rules scoped to feeds or tags see the items as coming from the feed
 * named with --feed, or from the configured feed whose url is the URL
 * given; otherwise from no feed, which only unscoped rules accept.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <curl/curl.h>
#include <jansson.h>

#include "alert/format.h"
#include "cli/cmd.h"
#include "common/buf.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/output.h"
#include "extract/extract.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

#define DEFAULT_CONFIG	SYSCONFDIR "/feedwatch/feedwatch.conf"
#define INPUT_MAX	(64 * 1024 * 1024)

struct run {
	const struct config	*cfg;
	const struct feed_cfg	*feed;
	time_t			 now;
	size_t			 items, incidents, fired;
	struct extract_scratch	*scratch;	/* reused by every item */
};

static size_t
on_data(char *p, size_t size, size_t n, void *arg)
{
	return buf_add(arg, p, size * n) == 0 ? size * n : 0;
}

static int
read_url(const char *url, struct buf *b)
{
	char err[CURL_ERROR_SIZE] = "";
	CURL *c;
	CURLcode rc;
	long status = 0;

	if ((c = curl_easy_init()) == NULL)
		return -1;
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "feedwatch/" PACKAGE_VERSION);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, b);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, err);
	rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(c);
	if (rc != CURLE_OK) {
		fprintf(stderr, "feedwatch test: %s: %s\n", url,
		    err[0] ? err : curl_easy_strerror(rc));
		return -1;
	}
	if (status < 200 || status > 299) {
		fprintf(stderr, "feedwatch test: %s: HTTP %ld\n", url, status);
		return -1;
	}
	return 0;
}

static int
read_file(const char *path, struct buf *b)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char chunk[65536];
	size_t n;
	int rc = 0;

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		if (buf_add(b, chunk, n) == -1) {
			fprintf(stderr, "feedwatch test: %s: larger than %d "
			    "bytes\n", path, INPUT_MAX);
			rc = -1;
			break;
		}
	if (ferror(f)) {
		perror(path);
		rc = -1;
	}
	if (f != stdin)
		fclose(f);
	return rc;
}

static void
print_indented(const char *prefix, const char *text)
{
	const char *p = text, *nl;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		printf("%s%.*s\n", prefix, (int)(nl ? nl - p : (long)strlen(p)),
		    p);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

static const char *
type_name(enum output_type t)
{
	static const char *const names[] = {
		[OUTPUT_SYSLOG] = "syslog", [OUTPUT_WEBHOOK] = "webhook",
		[OUTPUT_STDOUT] = "stdout",
	};

	return names[t];
}

static void
show_output(const struct run *r, const struct rule_cfg *rule,
    const struct output_cfg *o, const struct feed_item *it, json_t *record,
    json_t *item)
{
	struct output_msg m;
	struct alert a;
	char *id;
	size_t i;

	id = alert_delivery_id(rule->name, r->feed ? r->feed->name : "",
	    it->id, "new", o->name);
	memset(&a, 0, sizeof(a));
	a.event = "new";
	a.rule = rule->name;
	a.severity = rule->severity;
	a.priority = rule->priority;
	a.delivery_id = id;
	a.feed = r->feed ? r->feed->name : NULL;
	a.incident = record;
	/* What the daemon would store and send: the item's texts cut. */
	a.item = item = json_deep_copy(item);
	alerting_cut_item(item);
	a.time = r->now;
	printf("    output %s (%s", o->name, type_name(o->type));
	if (o->type == OUTPUT_WEBHOOK)
		printf(" POST %s", o->url);
	else if (o->type == OUTPUT_SYSLOG && o->address)
		printf(" to %s", o->address);
	printf("):\n");
	if (output_render(o, &a, r->cfg->daemon.user_agent, r->now, &m) == -1) {
		printf("      (cannot be rendered)\n");
		json_decref(item);
		free(id);
		return;
	}
	for (i = 0; i < m.nheaders; i++)
		print_indented("      ", m.headers[i]);
	if (m.nheaders > 0)
		printf("\n");
	print_indented("      ", m.text);
	if (m.datagram != NULL)
		print_indented("      ", m.datagram);
	output_msg_clear(&m);
	json_decref(item);
	free(id);
}

/* An output named twice in a rule's outputs gets one delivery from the
 * daemon (its delivery id is the same), so it is shown once. */
static int
listed_before(char *const *names, size_t j)
{
	size_t k;

	for (k = 0; k < j; k++)
		if (strcmp(names[k], names[j]) == 0)
			return 1;
	return 0;
}

static int
on_item(const struct feed_item *it, void *arg)
{
	struct run *r = arg;
	json_t *record, *wrap, *item;
	const struct rule_cfg *rule;
	const struct output_cfg *o;
	const char *why;
	size_t i, j;

	r->items++;
	record = alerting_extract(it, r->scratch);
	wrap = feed_item_json(it);
	item = json_object_get(wrap, "item");
	printf("item %zu: %s\n", r->items, it->title ? it->title : "(untitled)");
	if (it->link)
		printf("  link: %s\n", it->link);
	if (json_is_true(json_object_get(record, "is_incident"))) {
		/* The precision of the alert bodies: 0.76 stays 0.76,
		 * not 0.76000000000000001. */
		char *s = json_dumps(record, JSON_COMPACT |
		    JSON_REAL_PRECISION(15));

		r->incidents++;
		printf("  incident: %s\n", s);
		free(s);
	} else {
		why = json_string_value(json_object_get(record, "not_incident"));
		printf("  not an incident%s%s\n", why ? ": " : "",
		    why ? why : "");
	}
	for (i = 0; i < r->cfg->nrules; i++) {
		rule = &r->cfg->rules[i];
		if (!alerting_rule_fires(rule, r->feed, record, item)) {
			printf("  rule %s: no match\n", rule->name);
			continue;
		}
		r->fired++;
		printf("  rule %s: MATCH (severity %s)\n", rule->name,
		    rule->severity);
		for (j = 0; j < rule->noutputs; j++)
			if (!listed_before(rule->outputs, j) &&
			    (o = config_output(r->cfg,
			    rule->outputs[j])) != NULL)
				show_output(r, rule, o, it, record, item);
	}
	printf("\n");
	json_decref(wrap);
	json_decref(record);
	return 0;
}

static const struct feed_cfg *
feed_by_url(const struct config *cfg, const char *url)
{
	size_t i;

	for (i = 0; i < cfg->nfeeds; i++)
		if (cfg->feeds[i].url && strcmp(cfg->feeds[i].url, url) == 0)
			return &cfg->feeds[i];
	return NULL;
}

int
cmd_test(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "feed", required_argument, NULL, 'f' },
		{ "title", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = DEFAULT_CONFIG, *feed = NULL, *title = NULL, *in;
	struct buf b = BUF_INIT, errors = BUF_INIT;
	struct feed_parser_opts popts;
	struct feed_parser *p = NULL;
	struct feed_item article;
	struct config *cfg = NULL;
	struct run r = { 0 };
	int c, is_url, rc = 1, parsed;

	optind = 1;
	while ((c = getopt_long(argc, argv, "c:f:t:h", opts, NULL)) != -1) {
		switch (c) {
		case 'c': path = optarg; break;
		case 'f': feed = optarg; break;
		case 't': title = optarg; break;
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
	in = argv[optind];
	buf_init(&errors, 1 << 20);
	if ((cfg = config_load(path, &errors)) == NULL) {
		fputs(buf_str(&errors), stderr);
		goto out;
	}
	memset(&r, 0, sizeof(r));
	r.cfg = cfg;
	r.now = time(NULL);
	r.scratch = extract_scratch_new();
	is_url = strncmp(in, "http://", 7) == 0 || strncmp(in, "https://", 8) == 0;
	if (feed != NULL && (r.feed = config_feed(cfg, feed)) == NULL) {
		fprintf(stderr, "feedwatch test: no feed named %s in %s\n",
		    feed, path);
		goto out;
	}
	if (r.feed == NULL && is_url)
		r.feed = feed_by_url(cfg, in);

	buf_init(&b, INPUT_MAX);
	if ((is_url ? read_url(in, &b) : read_file(in, &b)) == -1)
		goto out;
	memset(&popts, 0, sizeof(popts));
	popts.base_url = is_url ? in : NULL;
	p = feed_parser_new(&popts, on_item, &r);
	parsed = feed_parser_push(p, b.data ? b.data : "", b.len) == 0;
	parsed = feed_parser_finish(p) == 0 && parsed;
	if (!parsed && r.items == 0) {
		/* Not a feed: the text of one article. */
		memset(&article, 0, sizeof(article));
		article.id = (char *)in;
		article.title = (char *)title;
		article.content = (char *)buf_str(&b);
		on_item(&article, &r);
	}
	printf("%zu items, %zu incidents, %zu rule matches; nothing sent\n",
	    r.items, r.incidents, r.fired);
	rc = fflush(stdout) == 0 ? 0 : 3;
out:
	feed_parser_free(p);
	extract_scratch_free(r.scratch);
	config_free(cfg);
	buf_release(&b);
	buf_release(&errors);
	return rc;
}
