/*
 * daemon/fetch and daemon/loop without a network: Retry-After parsing,
 * scheme checks, and whole fetches of file:// documents driven by a real
 * libev loop through curl's multi_socket interface.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <ev.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/fetch.h"
#include "daemon/loop.h"
#include "daemon/parsepool.h"
#include "feeds/feed.h"

/* Sun, 06 Nov 1994 08:49:37 GMT */
#define NOW	((time_t)784111777)

static void
test_retry_after_seconds(void **state)
{
	assert_true(fetch_retry_after("120", NOW) == 120);
	assert_true(fetch_retry_after("  5 ", NOW) == 5);
	assert_true(fetch_retry_after("0", NOW) == 0);
	assert_true(fetch_retry_after("99999999999", NOW) == 30 * 24 * 3600);
	assert_true(fetch_retry_after("", NOW) == -1);
	assert_true(fetch_retry_after("soon", NOW) == -1);
	assert_true(fetch_retry_after("-5", NOW) == -1);
}

static void
test_retry_after_date(void **state)
{
	assert_true(fetch_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", NOW) == 10);
	assert_true(fetch_retry_after("Sunday, 06-Nov-94 08:49:47 GMT", NOW) == 10);
	assert_true(fetch_retry_after("Sun Nov  6 08:49:47 1994", NOW) == 10);
	/* In the past: now. */
	assert_true(fetch_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", NOW) == 0);
	/* Far out: capped. */
	assert_true(fetch_retry_after("Sun, 06 Nov 2044 08:49:37 GMT", NOW) ==
	    30 * 24 * 3600);
}

/* URLs in log lines: quoted, escaped, capped on a character boundary. */
static void
test_add_url(void **state)
{
	struct buf b = BUF_INIT;
	char *longurl;
	size_t n = 60000;

	buf_add_quoted(&b, "http://x/a\"b\\c\nd\x7f", FETCH_LOG_URL);
	assert_string_equal(buf_str(&b), "\"http://x/a\\\"b\\\\c\\x0ad\\x7f\"");
	buf_reset(&b);
	buf_add_quoted(&b, NULL, FETCH_LOG_URL);
	assert_string_equal(buf_str(&b), "null");

	longurl = xmalloc(n + 1);
	memset(longurl, 'A', n);
	memcpy(longurl, "http://x/", 9);
	/* A two-byte character across the cut is kept whole. */
	memcpy(longurl + FETCH_LOG_URL - 1, "\xc3\xa9", 2);
	longurl[n] = '\0';
	buf_reset(&b);
	buf_add_quoted(&b, longurl, FETCH_LOG_URL);
	assert_int_equal(b.len, 1 + FETCH_LOG_URL + 1 + 3 + 1);
	assert_memory_equal(b.data + FETCH_LOG_URL, "\xc3\xa9...\"", 6);
	free(longurl);
	buf_release(&b);
}

struct run {
	int		 done;
	int		 items;
	int		 disorder;	/* items not in document order */
	int		 no_hash;
	char		 first_title[64];
	long		 status;
	int		 parsed, too_big;
	char		 error[256];
	struct ev_loop	*ev;
};

static int
on_item(const struct feed_item *it, const char *hash, void *arg)
{
	struct run *r = arg;
	char want[32], h[65];

	snprintf(want, sizeof(want), "item %d", r->items);
	if (it->title == NULL || strcmp(it->title, want) != 0)
		r->disorder++;
	feed_item_content_hash(it, h);
	if (hash == NULL || strcmp(hash, h) != 0)
		r->no_hash++;
	if (r->items++ == 0 && it->title != NULL)
		snprintf(r->first_title, sizeof(r->first_title), "%s", it->title);
	return 0;
}

static void
on_done(const struct fetch_result *res, void *arg)
{
	struct run *r = arg;

	r->done++;
	r->status = res->status;
	r->parsed = res->parsed;
	r->too_big = res->too_big;
	snprintf(r->error, sizeof(r->error), "%s", res->error ? res->error : "");
	ev_break(r->ev, EVBREAK_ALL);
}

static char *
write_feed(int nitems)
{
	char path[] = "/tmp/test_fetch.XXXXXX";
	FILE *fp;
	int fd, i;

	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	fputs("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
	    "<title>t</title><link>http://example.org/</link>", fp);
	for (i = 0; i < nitems; i++)
		fprintf(fp, "<item><title>item %d</title><guid>g%d</guid>"
		    "<description>%s</description></item>\n", i, i,
		    "some text to make the body longer than a few bytes");
	fputs("</channel></rss>\n", fp);
	fclose(fp);
	return xstrdup(path);
}

/* threads < 0: the default inline parse; else a pool of that many
 * workers with max_queued bytes of room. */
static void
fetch_file_pool(const char *path, size_t max_body, int threads,
    size_t max_queued, struct run *r)
{
	struct fetch_req req;
	struct parsepool *pp = NULL;
	struct loop *l;
	char *url;

	memset(r, 0, sizeof(*r));
	r->ev = ev_loop_new(EVFLAG_AUTO);
	l = loop_new(r->ev, 4, 2);
	if (threads >= 0) {
		pp = parsepool_new(r->ev, threads, max_queued);
		fetch_set_pool(pp);
	}
	url = xasprintf("file://%s", path);
	memset(&req, 0, sizeof(req));
	req.url = url;
	req.allow_file = 1;
	req.max_body = max_body;
	req.stall_timeout = 5;
	assert_non_null(fetch_start(l, &req, on_item, on_done, r));
	assert_int_equal(loop_active(l), 1);
	ev_run(r->ev, 0);
	assert_int_equal(loop_active(l), 0);
	loop_free(l);
	if (pp != NULL) {
		fetch_set_pool(NULL);
		parsepool_free(pp);
	}
	ev_loop_destroy(r->ev);
	free(url);
}

static void
fetch_file(const char *path, size_t max_body, struct run *r)
{
	fetch_file_pool(path, max_body, -1, 0, r);
}

static void
test_fetch_file(void **state)
{
	struct run r;
	char *path = write_feed(3);

	fetch_file(path, 0, &r);
	assert_int_equal(r.done, 1);
	assert_int_equal(r.status, 200);
	assert_int_equal(r.parsed, 1);
	assert_int_equal(r.items, 3);
	assert_string_equal(r.first_title, "item 0");
	assert_string_equal(r.error, "");
	unlink(path);
	free(path);
}

/* Worker threads: the same items in the same order with their hashes;
 * with room for a few kilobytes only, the transfer is paused and resumed
 * many times on the way. */
static void
test_fetch_file_threads(void **state)
{
	struct run r;
	char *path = write_feed(3000);
	static const size_t rooms[] = { 0, 4096, 1 };
	size_t i;
	int threads;

	for (threads = 0; threads <= 2; threads++)
		for (i = 0; i < sizeof(rooms) / sizeof(rooms[0]); i++) {
			fetch_file_pool(path, 0, threads, rooms[i], &r);
			assert_int_equal(r.done, 1);
			assert_int_equal(r.status, 200);
			assert_int_equal(r.parsed, 1);
			assert_int_equal(r.items, 3000);
			assert_int_equal(r.disorder, 0);
			assert_int_equal(r.no_hash, 0);
			assert_string_equal(r.error, "");
		}
	unlink(path);
	free(path);
}

static void
test_fetch_file_too_big(void **state)
{
	struct run r;
	char *path = write_feed(200);

	fetch_file(path, 4096, &r);
	assert_int_equal(r.done, 1);
	assert_int_equal(r.too_big, 1);
	assert_int_equal(r.parsed, 0);
	assert_non_null(strstr(r.error, "body larger than 4096 bytes"));
	assert_true(r.items < 200);
	unlink(path);
	free(path);
}

static void
test_schemes_refused(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 2);
	struct fetch_req req;
	struct run r;

	memset(&r, 0, sizeof(r));
	memset(&req, 0, sizeof(req));
	req.url = "file:///etc/passwd";
	assert_null(fetch_start(l, &req, on_item, on_done, &r));
	req.url = "gopher://example.org/feed";
	req.allow_file = 1;
	assert_null(fetch_start(l, &req, on_item, on_done, &r));
	req.url = "ftp://example.org/feed";
	assert_null(fetch_start(l, &req, on_item, on_done, &r));
	assert_int_equal(loop_active(l), 0);
	assert_int_equal(r.done, 0);
	loop_free(l);
	ev_loop_destroy(ev);
}

static void
test_cancel(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 2);
	struct fetch_req req;
	struct fetch *f;
	struct run r;

	memset(&r, 0, sizeof(r));
	memset(&req, 0, sizeof(req));
	/* Nothing listens on port 9 (discard) of a test machine; either way
	 * the fetch is cancelled before the loop runs. */
	req.url = "http://127.0.0.1:9/feed.xml";
	assert_non_null(f = fetch_start(l, &req, on_item, on_done, &r));
	assert_int_equal(loop_active(l), 1);
	fetch_cancel(f);
	assert_int_equal(loop_active(l), 0);
	ev_run(ev, EVRUN_NOWAIT);
	assert_int_equal(r.done, 0);
	loop_free(l);
	ev_loop_destroy(ev);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_retry_after_seconds),
		cmocka_unit_test(test_retry_after_date),
		cmocka_unit_test(test_add_url),
		cmocka_unit_test(test_fetch_file),
		cmocka_unit_test(test_fetch_file_threads),
		cmocka_unit_test(test_fetch_file_too_big),
		cmocka_unit_test(test_schemes_refused),
		cmocka_unit_test(test_cancel),
	};

	log_init("test_fetch", 1, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
