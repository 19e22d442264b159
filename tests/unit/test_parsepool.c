/*
 * daemon/parsepool: documents parsed on worker threads come back whole and
 * in order, with their content hashes; the cap on queued bytes refuses
 * chunks and says when there is room again; a cancelled job calls nothing;
 * a parse that stops early (max_items) says so to the pusher.  Run with
 * 0 (inline), 1 and 3 workers.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <ev.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/parsepool.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

struct run {
	struct pjob *job;
	int	 cancel_at;	/* the item callback cancels its job here */
	int	 items;
	int	 disorder;
	int	 bad_hash;
	int	 done;
	int	 rc;
	int	 room;
	int	 after_done;
};

static char *
feed_doc(int nitems, size_t *len)
{
	struct buf b;
	char *s;
	int i;

	buf_init(&b, 0);
	buf_addstr(&b, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
	    "<title>t</title><link>http://example.org/</link>\n");
	for (i = 0; i < nitems; i++)
		buf_printf(&b, "<item><title>item %d</title><guid>g%d</guid>"
		    "<description>text of item %d, long enough to span"
		    " chunks</description></item>\n", i, i, i);
	buf_addstr(&b, "</channel></rss>\n");
	s = buf_detach(&b, len);
	return s;
}

static int
on_item(struct feed_item *it, const char *hash, void *arg)
{
	struct run *r = arg;
	char want[32], h[65];

	if (r->done)
		r->after_done++;
	snprintf(want, sizeof(want), "item %d", r->items);
	if (it->title == NULL || strcmp(it->title, want) != 0)
		r->disorder++;
	feed_item_content_hash(it, h);
	if (strcmp(hash, h) != 0)
		r->bad_hash++;
	/* Taking a string is allowed. */
	free(it->title);
	it->title = NULL;
	r->items++;
	if (r->cancel_at > 0 && r->items == r->cancel_at) {
		pjob_cancel(r->job);
		r->done = 1;	/* any item or end from now on is a fault */
	}
	return 0;
}

static void
on_done(int rc, const char *why, void *arg)
{
	struct run *r = arg;

	r->done++;
	r->rc = rc;
}

static void
on_room(void *arg)
{
	struct run *r = arg;

	r->room++;
}

static void
run_doc(int threads, size_t room, size_t chunk)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct parsepool *pp = parsepool_new(ev, threads, room);
	struct run r;
	struct pjob *j;
	size_t len, off = 0, n;
	char *doc = feed_doc(2000, &len);
	int refused = 0, rooms, rc;

	memset(&r, 0, sizeof(r));
	parsepool_set_room(pp, on_room, &r);
	j = pjob_new(pp, NULL, on_item, on_done, &r);
	while (off < len) {
		n = len - off < chunk ? len - off : chunk;
		rc = pjob_push(j, doc + off, n, 1);
		assert_true(rc == 0 || rc == 1);
		if (rc == 1) {
			assert_true(threads > 0);
			refused++;
			rooms = r.room;
			while (r.room == rooms)
				ev_run(ev, EVRUN_ONCE);
			continue;
		}
		off += n;
	}
	pjob_end(j, 1);
	while (!r.done)
		ev_run(ev, EVRUN_ONCE);
	assert_int_equal(r.done, 1);
	assert_int_equal(r.rc, 0);
	assert_int_equal(r.items, 2000);
	assert_int_equal(r.disorder, 0);
	assert_int_equal(r.bad_hash, 0);
	if (threads > 0 && room != 0 && room < len / 4)
		assert_true(refused > 0);
	parsepool_free(pp);
	ev_loop_destroy(ev);
	free(doc);
}

static void
test_whole_and_in_order(void **state)
{
	run_doc(0, 0, 1000);
	run_doc(1, 0, 1000);
	run_doc(3, 0, 777);
	run_doc(1, 0, 1);
}

static void
test_room(void **state)
{
	run_doc(1, 4096, 1000);
	run_doc(3, 2000, 1500);
	/* A cap smaller than a chunk still takes one chunk at a time. */
	run_doc(1, 10, 700);
}

static void
on_cancel_timer(struct ev_loop *ev, ev_timer *w, int revents)
{
	struct run *r = w->data;

	pjob_cancel(r->job);
}

static void
on_watchdog(struct ev_loop *ev, ev_timer *w, int revents)
{
	int *fired = w->data;

	*fired = 1;
}

/* Transfers wait on the cap while a worker parses a large job; the job
 * is cancelled under the worker.  Freeing it makes room, and the loop,
 * asleep with nothing else to do, must be woken to say so. */
static void
test_cancel_makes_room(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct parsepool *pp = parsepool_new(ev, 1, 1 << 20);
	struct run big, small;
	struct pjob *waiting;
	ev_timer cancel, watchdog;
	size_t len;
	char *doc = feed_doc(200000, &len);
	struct feed_parser_opts all = { 0 };
	int fired = 0;

	/* Every item, so the worker is still parsing when it is cancelled. */
	all.max_items = 1000000;
	memset(&big, 0, sizeof(big));
	memset(&small, 0, sizeof(small));
	parsepool_set_room(pp, on_room, &small);
	big.job = pjob_new(pp, &all, on_item, on_done, &big);
	waiting = pjob_new(pp, NULL, on_item, on_done, &small);
	assert_int_equal(pjob_push(big.job, doc, len, 1), 0);
	assert_int_equal(pjob_push(waiting, doc, 100, 1), 1);
	ev_timer_init(&cancel, on_cancel_timer, 0.01, 0.);
	cancel.data = &big;
	ev_timer_start(ev, &cancel);
	ev_timer_init(&watchdog, on_watchdog, 30., 0.);
	watchdog.data = &fired;
	ev_timer_start(ev, &watchdog);
	while (small.room == 0 && !fired)
		ev_run(ev, EVRUN_ONCE);
	assert_int_equal(fired, 0);
	assert_int_equal(small.room, 1);
	ev_timer_stop(ev, &watchdog);
	pjob_cancel(waiting);
	parsepool_free(pp);
	ev_loop_destroy(ev);
	free(doc);
}

static void
test_cancel(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct parsepool *pp;
	struct run r;
	struct pjob *j;
	size_t len, off, k;
	char *doc = feed_doc(3000, &len);
	int threads;

	for (threads = 0; threads <= 3; threads += 3)
		for (k = 0; k < 20; k++) {
			pp = parsepool_new(ev, threads, 0);
			memset(&r, 0, sizeof(r));
			j = pjob_new(pp, NULL, on_item, on_done, &r);
			/* Cut at a different point of the document each time. */
			for (off = 0; off < len / 20 * k; off += 512)
				pjob_push(j, doc + off,
				    len - off < 512 ? len - off : 512, 1);
			if (k % 2)
				ev_run(ev, EVRUN_NOWAIT);
			pjob_cancel(j);
			r.done = 1;	/* any item from now on is a fault */
			ev_run(ev, EVRUN_NOWAIT);
			parsepool_free(pp);
			assert_int_equal(r.after_done, 0);
			assert_int_equal(r.done, 1);
		}
	ev_loop_destroy(ev);
	free(doc);
}

/* A body cut short: the items parsed before the cut are handed on, the
 * same ones whether parsed inline or on workers, and rc is -1. */
static void
test_cut(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct parsepool *pp;
	struct run r;
	struct pjob *j;
	size_t len, off;
	char *doc = feed_doc(1000, &len);
	int threads, inline_items = -1;

	for (threads = 0; threads <= 3; threads++) {
		pp = parsepool_new(ev, threads, 0);
		memset(&r, 0, sizeof(r));
		j = pjob_new(pp, NULL, on_item, on_done, &r);
		for (off = 0; off < len / 2; off += 1000)
			assert_int_equal(pjob_push(j, doc + off, 1000, 1), 0);
		pjob_end(j, 0);
		while (!r.done)
			ev_run(ev, EVRUN_ONCE);
		assert_int_equal(r.rc, -1);
		assert_int_equal(r.disorder, 0);
		assert_true(r.items > 400 && r.items < 600);
		if (inline_items < 0)
			inline_items = r.items;
		assert_int_equal(r.items, inline_items);
		parsepool_free(pp);
	}
	ev_loop_destroy(ev);
	free(doc);
}

/* The item callback cancels its own job. */
static void
test_cancel_from_callback(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct parsepool *pp;
	struct run r;
	size_t len, off;
	char *doc = feed_doc(400, &len);
	int threads, k;

	for (threads = 0; threads <= 2; threads++)
		for (k = 1; k <= 300; k += 37) {
			pp = parsepool_new(ev, threads, 0);
			memset(&r, 0, sizeof(r));
			r.cancel_at = k;
			r.job = pjob_new(pp, NULL, on_item, on_done, &r);
			for (off = 0; off < len && !r.done; off += 700) {
				if (pjob_push(r.job, doc + off, len - off < 700 ?
				    len - off : 700, 1) == -1)
					break;
				ev_run(ev, EVRUN_NOWAIT);
			}
			/* Threads: let the workers finish what they hold. */
			while (threads > 0 && !r.done)
				ev_run(ev, EVRUN_ONCE);
			parsepool_free(pp);
			assert_int_equal(r.items, k);
			assert_int_equal(r.after_done, 0);
			assert_int_equal(r.done, 1);	/* no end after it */
		}
	ev_loop_destroy(ev);
	free(doc);
}

static void
test_stopped(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct feed_parser_opts opts;
	struct parsepool *pp;
	struct run r;
	struct pjob *j;
	size_t len, off;
	char *doc = feed_doc(500, &len);
	int threads, rc = 0;

	memset(&opts, 0, sizeof(opts));
	opts.max_items = 10;
	for (threads = 0; threads <= 1; threads++) {
		pp = parsepool_new(ev, threads, 0);
		memset(&r, 0, sizeof(r));
		j = pjob_new(pp, &opts, on_item, on_done, &r);
		/* The parse stops at the cap; the pusher hears of it. */
		for (off = 0; off < len; off += 256) {
			rc = pjob_push(j, doc + off,
			    len - off < 256 ? len - off : 256, 1);
			if (rc == -1)
				break;
			ev_run(ev, EVRUN_NOWAIT);
		}
		pjob_end(j, 1);
		while (!r.done)
			ev_run(ev, EVRUN_ONCE);
		assert_int_equal(r.items, 10);
		assert_int_equal(r.disorder, 0);
		parsepool_free(pp);
	}
	ev_loop_destroy(ev);
	free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_and_in_order),
		cmocka_unit_test(test_room),
		cmocka_unit_test(test_cancel),
		cmocka_unit_test(test_cancel_makes_room),
		cmocka_unit_test(test_cancel_from_callback),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_stopped),
	};

	log_init("test_parsepool", 1, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
