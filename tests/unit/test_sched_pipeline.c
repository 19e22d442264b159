/*
 * The hand-off from the scheduler's transaction to the pipeline
 * (daemon/pipeline.h): an item is reported, counted and its alerts take
 * effect only when the transaction that records it commits.  A failed
 * COMMIT (disk full) drops them, so the retry at the next poll is handled
 * afresh: reported once, alerted once, and not held back by the cooldown
 * the lost alert had started.
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

#include "common/buf.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/pipeline.h"
#include "daemon/state.h"
#include "feeds/feed.h"

struct fixture {
	char		 dir[64];
	char		 db[96], conf[1024];
	struct state	*st;
	struct config	*cfg;
	struct alerting	*al;
	struct pipeline	*p;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct buf errors = BUF_INIT;

	if (f == NULL)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/fwpipe.XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->db, sizeof(f->db), "%s/state.db", f->dir);
	snprintf(f->conf, sizeof(f->conf),
	    "[daemon]\nstate = %s\n"
	    "[feed \"a\"]\nurl = http://127.0.0.1:1/a\n"
	    "[output \"out\"]\ntype = stdout\n"
	    "[rule \"every\"]\nwhen = title contains \"good\"\n"
	    "outputs = out\ncooldown = 1h\n", f->db);
	buf_init(&errors, 1 << 16);
	f->cfg = config_parse_buffer("test.conf", f->conf, strlen(f->conf),
	    &errors);
	if (f->cfg == NULL) {
		fprintf(stderr, "# %s", buf_str(&errors));
		return -1;
	}
	buf_release(&errors);
	if ((f->st = state_open(f->db)) == NULL)
		return -1;
	f->al = alerting_new(f->st);
	f->p = pipeline_new();
	pipeline_set_alerting(f->p, f->al, NULL, f->cfg);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[128];

	pipeline_free(f->p);
	alerting_free(f->al);
	state_close(f->st);
	config_free(f->cfg);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

/* What the scheduler does for one item in its open transaction. */
static int
poll_item(struct fixture *f, const char *id, const char *title)
{
	struct feed_item it;
	char hash[65];
	int r;

	memset(&it, 0, sizeof(it));
	it.id = (char *)id;
	it.title = (char *)title;
	it.link = (char *)"http://example.org/story";
	it.summary = (char *)"A story.";
	feed_item_content_hash(&it, hash);
	if ((r = state_item_seen(f->st, "a", id, hash, 1795600000)) == 1)
		assert_int_equal(pipeline_new_item(f->p,
		    config_feed(f->cfg, "a"), &it), 0);
	return r;
}

static long
alerts(struct fixture *f)
{
	struct state_totals t;

	assert_int_equal(state_totals(f->st, &t), 0);
	return t.alerts;
}

static void
test_reported_after_commit(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(poll_item(f, "1", "good news"), 1);
	/* handled, not reported until the transaction ends */
	assert_int_equal(pipeline_count(f->p), 0);
	assert_int_equal(alerting_count(f->al), 0);
	assert_int_equal(state_commit(f->st), 0);
	pipeline_settle(f->p, 1);
	assert_int_equal(pipeline_count(f->p), 1);
	assert_int_equal(alerting_count(f->al), 1);
	assert_int_equal(alerts(f), 1);
	/* a settle with nothing pending changes nothing */
	pipeline_settle(f->p, 1);
	assert_int_equal(pipeline_count(f->p), 1);
}

static void
test_failed_commit_retried_once(void **state)
{
	struct fixture *f = *state;

	/* The poll's transaction does not commit (as after SQLITE_FULL). */
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(poll_item(f, "1", "good news"), 1);
	state_rollback(f->st);
	pipeline_settle(f->p, 0);
	assert_int_equal(pipeline_count(f->p), 0);
	assert_int_equal(alerting_count(f->al), 0);
	assert_int_equal(alerts(f), 0);

	/* The next poll finds the item new again and handles it afresh:
	 * the rolled-back alert's cooldown does not hold this one back. */
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(poll_item(f, "1", "good news"), 1);
	assert_int_equal(state_commit(f->st), 0);
	pipeline_settle(f->p, 1);
	assert_int_equal(pipeline_count(f->p), 1);
	assert_int_equal(alerting_count(f->al), 1);
	assert_int_equal(alerts(f), 1);

	/* A committed alert's cooldown holds: the next item is reported
	 * but not alerted. */
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(poll_item(f, "2", "more good news"), 1);
	assert_int_equal(poll_item(f, "1", "good news"), 0);
	assert_int_equal(state_commit(f->st), 0);
	pipeline_settle(f->p, 1);
	assert_int_equal(pipeline_count(f->p), 2);
	assert_int_equal(alerting_count(f->al), 1);
	assert_int_equal(alerts(f), 1);
}

/* Two items of one transaction: the first one's pending cooldown already
 * holds back the second, as a committed one would. */
static void
test_cooldown_within_transaction(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(poll_item(f, "1", "good news"), 1);
	assert_int_equal(poll_item(f, "2", "more good news"), 1);
	assert_int_equal(state_commit(f->st), 0);
	pipeline_settle(f->p, 1);
	assert_int_equal(pipeline_count(f->p), 2);
	assert_int_equal(alerts(f), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_reported_after_commit,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_commit_retried_once,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cooldown_within_transaction,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
