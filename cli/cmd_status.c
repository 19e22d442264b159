/*
 * feedwatch status: what the daemon knows about each feed, read from the
 * state store.  The store is opened read-only, so status never takes a
 * lock the daemon waits for (WAL readers do not block the writer), and
 * works on a store the daemon has open.
 *
 * With a config, its feeds are listed even when the daemon has not polled
 * them yet ("never"); feeds the store knows but the config no longer names
 * are listed as removed, and feeds it turns off (enabled = false) as off,
 * whatever their stored next poll says: the daemon does not poll them.
 * With --state only, the store's feeds are listed.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/state.h"

/* Where the daemon looks by default, so both read the same file. */
#define DEFAULT_CONFIG	SYSCONFDIR "/feedwatch/feedwatch.conf"

/* One line of the report: the store's row, whether the config has it,
 * and whether the config lets the daemon poll it. */
struct row {
	const char	*name;
	const char	*url;
	const struct feed_state *fs;	/* NULL: never polled */
	int		 in_config;
	int		 enabled;	/* 0: enabled = false in the config */
};

static int
row_cmp(const void *a, const void *b)
{
	return strcmp(((const struct row *)a)->name,
	    ((const struct row *)b)->name);
}

static int
fs_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct feed_state *)elem)->name);
}

/*
 * Merge the config's feeds with the store's (both unique by name).  The
 * store's list is sorted by name, so config feeds find their row with
 * bsearch.
 */
static struct row *
merge(const struct config *cf, const struct feed_state *fs, size_t nfs,
    size_t *nrows)
{
	struct row *rows;
	const struct feed_state *hit;
	size_t n = 0, i, ncf = cf ? cf->nfeeds : 0;
	char *listed;

	rows = xcalloc(ncf + nfs + 1, sizeof(*rows));
	listed = xcalloc(nfs + 1, 1);
	for (i = 0; i < ncf; i++) {
		hit = nfs ? bsearch(cf->feeds[i].name, fs, nfs, sizeof(*fs),
		    fs_cmp) : NULL;
		rows[n].name = cf->feeds[i].name;
		rows[n].url = hit && hit->url ? hit->url : cf->feeds[i].url;
		rows[n].fs = hit;
		rows[n].in_config = 1;
		rows[n].enabled = cf->feeds[i].enabled;
		if (hit)
			listed[hit - fs] = 1;
		n++;
	}
	for (i = 0; i < nfs; i++) {
		if (listed[i])
			continue;
		rows[n].name = fs[i].name;
		rows[n].url = fs[i].url;
		rows[n].fs = &fs[i];
		rows[n].in_config = cf == NULL;
		/* Without a config nothing says the feed is off. */
		rows[n].enabled = 1;
		n++;
	}
	free(listed);
	qsort(rows, n, sizeof(*rows), row_cmp);
	*nrows = n;
	return rows;
}

static void
fmt_local(char *out, size_t outsz, time_t t)
{
	struct tm tm;

	if (t == 0 || localtime_r(&t, &tm) == NULL)
		snprintf(out, outsz, "never");
	else
		strftime(out, outsz, "%Y-%m-%d %H:%M:%S", &tm);
}

static void
fmt_utc(char *out, size_t outsz, time_t t)
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL)
		snprintf(out, outsz, "?");
	else
		strftime(out, outsz, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* "4m", "2h5m", "3d": the two largest units are enough to plan by. */
static void
fmt_span(char *out, size_t outsz, long s)
{
	if (s < 60)
		snprintf(out, outsz, "%lds", s);
	else if (s < 3600)
		snprintf(out, outsz, "%ldm", s / 60);
	else if (s < 86400)
		snprintf(out, outsz, "%ldh%02ldm", s / 3600, s % 3600 / 60);
	else
		snprintf(out, outsz, "%ldd%02ldh", s / 86400, s % 86400 / 3600);
}

static void
fmt_next(char *out, size_t outsz, const struct row *r, time_t now)
{
	char span[32];

	if (!r->in_config)
		snprintf(out, outsz, "removed");
	else if (!r->enabled)
		snprintf(out, outsz, "off (config)");
	else if (r->fs && r->fs->disabled)
		snprintf(out, outsz, "disabled");
	else if (r->fs == NULL || r->fs->next_poll == 0 ||
	    r->fs->next_poll <= now + 1) {
		/* A due time far in the past means nobody is polling. */
		if (r->fs && r->fs->next_poll && now - r->fs->next_poll >= 60) {
			fmt_span(span, sizeof(span), now - r->fs->next_poll);
			snprintf(out, outsz, "overdue %s", span);
		} else
			snprintf(out, outsz, "now");
	} else {
		fmt_span(span, sizeof(span), r->fs->next_poll - now);
		snprintf(out, outsz, "in %s", span);
	}
}

static void
fmt_status(char *out, size_t outsz, const struct feed_state *fs)
{
	if (fs == NULL || fs->last_status == 0)
		snprintf(out, outsz, "-");
	else if (fs->last_status < 0)
		snprintf(out, outsz, "err");
	else
		snprintf(out, outsz, "%d", fs->last_status);
}

/* The last error came from the network: keep the terminal safe. */
static void
put_safe(const char *s)
{
	for (; *s; s++)
		putchar((unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s);
}

static void
print_text(const char *path, const struct row *rows, size_t n,
    const struct state_totals *t, int have_store, time_t now)
{
	char last[32], status[16], next[48];
	int w = 4;
	size_t i;

	for (i = 0; i < n; i++)
		if ((int)strlen(rows[i].name) > w)
			w = (int)strlen(rows[i].name);
	if (w > 40)
		w = 40;
	printf("%-*s  %-19s  %4s  %7s  %6s  %-13s  %s\n", w, "FEED",
	    "LAST POLL", "HTTP", "ITEMS", "ERRORS", "NEXT POLL", "LAST ERROR");
	for (i = 0; i < n; i++) {
		const struct feed_state *fs = rows[i].fs;

		fmt_local(last, sizeof(last), fs ? fs->last_poll : 0);
		fmt_status(status, sizeof(status), fs);
		fmt_next(next, sizeof(next), &rows[i], now);
		printf("%-*.*s  %-19s  %4s  %7ld  %6ld  ", w, w,
		    rows[i].name, last, status, fs ? fs->items : 0,
		    fs ? fs->errors : 0);
		if (fs && fs->last_error) {
			printf("%-13s  ", next);
			put_safe(fs->last_error);
			putchar('\n');
		} else
			printf("%s\n", next);
	}
	/* A daemon started with another path keeps it across reloads. */
	if (!have_store)
		printf("\nno state store yet at %s: the daemon has not run with "
		    "this path (a new path takes a restart)\n", path);
	printf("\n%zu feeds, %ld items seen; %ld incidents, %ld alerts; "
	    "deliveries: %ld pending, %ld failed\n", n, t->items,
	    t->incidents, t->alerts, t->pending, t->failed);
}

static json_t *
json_time(time_t t)
{
	char s[32];

	if (t == 0)
		return json_null();
	fmt_utc(s, sizeof(s), t);
	return json_string(s);
}

static json_t *
json_str(const char *s)
{
	json_t *j;

	if (s == NULL)
		return json_null();
	/* Invalid UTF-8 from the network must not make the output vanish. */
	j = json_string(s);
	return j ? j : json_string("(invalid UTF-8)");
}

static int
print_json(const char *path, const struct row *rows, size_t n,
    const struct state_totals *t, int have_store, time_t now)
{
	json_t *root, *feeds, *f;
	size_t i;
	int rc;

	feeds = json_array();
	for (i = 0; i < n; i++) {
		const struct feed_state *fs = rows[i].fs;
		json_t *in = json_null();

		/* null: no poll is coming (removed, off, or 410). */
		if (!rows[i].in_config || !rows[i].enabled)
			;
		else if (fs && !fs->disabled)
			in = json_integer(fs->next_poll > now ?
			    (json_int_t)(fs->next_poll - now) : 0);
		else if (fs == NULL)
			in = json_integer(0);
		f = json_pack("{s:s, s:o, s:o, s:o, s:I, s:I, s:i, s:o, s:o,"
		    " s:b, s:b, s:o, s:b}",
		    "name", rows[i].name,
		    "url", json_str(rows[i].url),
		    "last_poll", json_time(fs ? fs->last_poll : 0),
		    "last_status", fs && fs->last_status ?
			json_integer(fs->last_status) : json_null(),
		    "items", (json_int_t)(fs ? fs->items : 0),
		    "errors", (json_int_t)(fs ? fs->errors : 0),
		    "consecutive_errors", fs ? fs->consecutive_errors : 0,
		    "next_poll", json_time(fs ? fs->next_poll : 0),
		    "next_poll_in", in,
		    "disabled", fs ? fs->disabled : 0,
		    "enabled", rows[i].enabled,
		    "last_error", json_str(fs ? fs->last_error : NULL),
		    "in_config", rows[i].in_config);
		json_array_append_new(feeds, f);
	}
	root = json_pack("{s:s, s:b, s:o, s:o, s:{s:I, s:I, s:I, s:I, s:I, s:I}}",
	    "state", path, "store", have_store, "now", json_time(now),
	    "feeds", feeds, "totals",
	    "feeds", (json_int_t)n, "items", (json_int_t)t->items,
	    "incidents", (json_int_t)t->incidents,
	    "alerts", (json_int_t)t->alerts,
	    "pending", (json_int_t)t->pending,
	    "failed", (json_int_t)t->failed);
	if (root == NULL) {
		fprintf(stderr, "feedwatch status: cannot build the JSON report\n");
		return -1;
	}
	rc = json_dumpf(root, stdout, JSON_COMPACT);
	putchar('\n');
	json_decref(root);
	return rc;
}

int
cmd_status(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config",	required_argument,	NULL, 'c' },
		{ "json",	no_argument,		NULL, 'j' },
		{ "state",	required_argument,	NULL, 's' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 },
	};
	struct buf errors = BUF_INIT;
	struct config *cf = NULL;
	struct state *st = NULL;
	struct feed_state *fs = NULL;
	struct state_totals t = { 0 };
	struct row *rows = NULL;
	const char *conf = NULL, *path = NULL;
	size_t nfs = 0, nrows;
	int ch, json = 0, have_store = 0, ret = 3;
	time_t now;

	while ((ch = getopt_long(argc, argv, "c:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			conf = optarg;
			break;
		case 'j':
			json = 1;
			break;
		case 's':
			path = optarg;
			break;
		case 'h':
			return cmd_help("status");
		default:
			cmd_usage("status");
			return 2;
		}
	}
	if (optind != argc) {
		cmd_usage("status");
		return 2;
	}
	/* --state alone reads the store as it is; with -c too, the config
	 * names the feeds and --state overrides where the store lives. */
	if (conf != NULL || path == NULL) {
		if (conf == NULL)
			conf = DEFAULT_CONFIG;
		if ((cf = config_load(conf, &errors)) == NULL) {
			fputs(buf_str(&errors), stderr);
			if (errors.len && errors.data[errors.len - 1] != '\n')
				fputc('\n', stderr);
			ret = 1;
			goto out;
		}
		if (path == NULL)
			path = cf->daemon.state;
	}
	if (path == NULL || *path == '\0') {
		fprintf(stderr, "feedwatch status: %s names no state store\n",
		    conf);
		ret = 1;
		goto out;
	}

	/* A configured store the daemon has not created yet is not an
	 * error: every feed is simply "never" polled. */
	if (cf != NULL && access(path, F_OK) == -1 && errno == ENOENT) {
		have_store = 0;
	} else if (access(path, F_OK) == -1 && errno == ENOENT) {
		/* SQLite's own words for it are "unable to open database
		 * file". */
		fprintf(stderr, "feedwatch status: no state store at %s\n",
		    path);
		goto out;
	} else if (access(path, R_OK) == -1) {
		/* Under the unit's DynamicUser= the store lives in
		 * /var/lib/private, which only root may enter. */
		fprintf(stderr, "feedwatch status: cannot read the state "
		    "store %s: %s%s\n", path, strerror(errno),
		    errno == EACCES ? " (the daemon's store is readable by "
		    "root only: run it with sudo)" : "");
		goto out;
	} else {
		if ((st = state_open_readonly(path)) == NULL)
			goto out;
		have_store = 1;
		if ((fs = state_feed_list(st, &nfs)) == NULL ||
		    state_totals(st, &t) == -1)
			goto out;
	}

	now = time(NULL);
	rows = merge(cf, fs, nfs, &nrows);
	if (json) {
		if (print_json(path, rows, nrows, &t, have_store, now) == -1)
			goto out;
	} else
		print_text(path, rows, nrows, &t, have_store, now);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "feedwatch status: cannot write the report\n");
		goto out;
	}
	ret = 0;
out:
	free(rows);
	feed_state_free_all(fs, nfs);
	state_close(st);
	config_free(cf);
	buf_release(&errors);
	return ret;
}
