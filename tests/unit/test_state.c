#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/state.h"

struct fixture {
	char	 dir[64];
	char	*path;
	struct state *st;
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof(*f));

	snprintf(f->dir, sizeof(f->dir), "%s", "/tmp/fwstate.XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->path = xasprintf("%s/state.db", f->dir);
	f->st = state_open(f->path);
	assert_non_null(f->st);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd;

	state_close(f->st);
	cmd = xasprintf("rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		fprintf(stderr, "# could not remove %s\n", f->dir);
	free(cmd);
	free(f->path);
	free(f);
	return 0;
}

static void
reopen(struct fixture *f)
{
	state_close(f->st);
	f->st = state_open(f->path);
	assert_non_null(f->st);
}

static struct feed_state
sample_feed(void)
{
	struct feed_state fs = { 0 };

	fs.name = "moscow-times";
	fs.url = "https://example.org/rss/moved";
	fs.config_url = "https://example.org/rss";
	fs.etag = "\"abc\"";
	fs.last_modified = "Wed, 21 Oct 2015 07:28:00 GMT";
	fs.last_poll = 1700000000;
	fs.last_status = 200;
	fs.last_error = NULL;
	fs.items = 42;
	fs.errors = 3;
	fs.consecutive_errors = 1;
	fs.next_poll = 1700000600;
	fs.disabled = 0;
	fs.polled_ok = 1;
	return fs;
}

/* state_feed_get() that must not fail: the row or NULL. */
static struct feed_state *
feed_get(struct state *st, const char *name, const char *config_url)
{
	struct feed_state *fs = (void *)1;
	int r = state_feed_get(st, name, config_url, &fs);

	assert_true(r == 0 || r == 1);
	assert_true((r == 1) == (fs != NULL));
	return fs;
}

static void
test_feed_round_trip(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *out;

	assert_null(feed_get(f->st, "moscow-times", NULL));
	assert_int_equal(state_feed_put(f->st, &in), 0);
	out = feed_get(f->st, "moscow-times", "https://example.org/rss");
	assert_non_null(out);
	assert_string_equal(out->name, in.name);
	assert_string_equal(out->url, in.url);
	assert_string_equal(out->config_url, in.config_url);
	assert_string_equal(out->etag, in.etag);
	assert_string_equal(out->last_modified, in.last_modified);
	assert_int_equal(out->last_poll, in.last_poll);
	assert_int_equal(out->last_status, 200);
	assert_null(out->last_error);
	assert_int_equal(out->items, 42);
	assert_int_equal(out->errors, 3);
	assert_int_equal(out->consecutive_errors, 1);
	assert_int_equal(out->next_poll, in.next_poll);
	assert_int_equal(out->disabled, 0);
	assert_int_equal(out->polled_ok, 1);
	feed_state_free(out);

	/* Overwrite: a transport error on the next poll. */
	in.last_status = -1;
	in.last_error = "connect timeout";
	in.errors = 4;
	in.disabled = 1;
	assert_int_equal(state_feed_put(f->st, &in), 0);
	out = feed_get(f->st, "moscow-times", NULL);
	assert_non_null(out);
	assert_int_equal(out->last_status, -1);
	assert_string_equal(out->last_error, "connect timeout");
	assert_int_equal(out->errors, 4);
	assert_int_equal(out->disabled, 1);
	feed_state_free(out);
}

/*
 * A row that cannot be read is an error, not "never seen": the caller
 * must not take the feed for a new one and overwrite its row.  The
 * etag column is made unreadable for one feed by turning it into a
 * generated column whose expression fails there (json() of a name).
 */
static void
test_feed_read_error(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *out = (void *)1;
	sqlite3 *db;

	assert_int_equal(state_feed_get(f->st, "moscow-times", NULL, &out), 0);
	assert_null(out);
	assert_int_equal(state_feed_put(f->st, &in), 0);
	in.name = "other";
	assert_int_equal(state_feed_put(f->st, &in), 0);
	state_close(f->st);
	f->st = NULL;

	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	    "ALTER TABLE feeds DROP COLUMN etag;"
	    "ALTER TABLE feeds ADD COLUMN etag TEXT GENERATED ALWAYS AS"
	    " (CASE WHEN name = 'moscow-times' THEN json(name) END) VIRTUAL;",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	f->st = state_open(f->path);
	assert_non_null(f->st);

	out = (void *)1;
	assert_int_equal(state_feed_get(f->st, "moscow-times", NULL, &out), -1);
	assert_null(out);
	/* other rows are still read */
	assert_int_equal(state_feed_get(f->st, "other", NULL, &out), 1);
	assert_non_null(out);
	assert_string_equal(out->url, in.url);
	feed_state_free(out);
	assert_int_equal(state_feed_get(f->st, "never", NULL, &out), 0);
	assert_null(out);
}

static void
test_config_url_change(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *out;

	in.disabled = 1;
	assert_int_equal(state_feed_put(f->st, &in), 0);
	out = feed_get(f->st, "moscow-times", "https://example.net/new.xml");
	assert_non_null(out);
	assert_string_equal(out->url, "https://example.net/new.xml");
	assert_string_equal(out->config_url, "https://example.net/new.xml");
	assert_null(out->etag);
	assert_null(out->last_modified);
	assert_int_equal(out->disabled, 0);
	assert_int_equal(out->polled_ok, 0);
	/* History stays: the counters describe the feed, not the URL. */
	assert_int_equal(out->items, 42);
	assert_int_equal(out->errors, 3);
	feed_state_free(out);

	/* The reset was stored, not only returned. */
	out = feed_get(f->st, "moscow-times", NULL);
	assert_non_null(out);
	assert_string_equal(out->url, "https://example.net/new.xml");
	assert_null(out->etag);
	feed_state_free(out);
}

/* A feed moved in the config (to where it redirected, say) whose items
 * are stored is no new source: its next poll must report what is new,
 * not record everything as a first poll does. */
static void
test_config_url_change_keeps_items(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *out;

	assert_int_equal(state_feed_put(f->st, &in), 0);
	assert_int_equal(state_item_seen(f->st, "moscow-times", "s-1", "h",
	    100), 1);
	out = feed_get(f->st, "moscow-times", "https://example.org/rss/moved");
	assert_non_null(out);
	assert_string_equal(out->config_url, "https://example.org/rss/moved");
	assert_null(out->etag);
	assert_int_equal(out->polled_ok, 1);
	feed_state_free(out);
	out = feed_get(f->st, "moscow-times", NULL);
	assert_int_equal(out->polled_ok, 1);
	feed_state_free(out);
	/* Its items stay known at the new URL. */
	assert_int_equal(state_item_seen(f->st, "moscow-times", "s-1", "h",
	    200), 0);

	/* One never polled with success stays so. */
	in.name = "never-ok";
	in.polled_ok = 0;
	assert_int_equal(state_feed_put(f->st, &in), 0);
	assert_int_equal(state_item_seen(f->st, "never-ok", "s-1", "h", 100),
	    1);
	out = feed_get(f->st, "never-ok", "https://example.net/other.xml");
	assert_int_equal(out->polled_ok, 0);
	feed_state_free(out);
}

static void
test_item_seen(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(state_item_seen(f->st, "a", "id1", "h1", 100), 1);
	assert_int_equal(state_item_seen(f->st, "a", "id1", "h1", 200), 0);
	/* Same id, new content: a feed re-using its ids. */
	assert_int_equal(state_item_seen(f->st, "a", "id1", "h2", 300), 1);
	assert_int_equal(state_item_seen(f->st, "a", "id1", "h2", 300), 0);
	/* Same id in another feed is another item. */
	assert_int_equal(state_item_seen(f->st, "b", "id1", "h1", 300), 1);
	assert_int_equal(state_item_seen(f->st, "a", "id2", NULL, 300), 1);
	assert_int_equal(state_item_seen(f->st, "a", "id2", NULL, 300), 0);
}

static void
test_persistence(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *out;

	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_feed_put(f->st, &in), 0);
	assert_int_equal(state_item_seen(f->st, "moscow-times", "x", "h", 1), 1);
	assert_int_equal(state_commit(f->st), 0);
	reopen(f);
	out = feed_get(f->st, "moscow-times", in.config_url);
	assert_non_null(out);
	assert_string_equal(out->etag, in.etag);
	feed_state_free(out);
	assert_int_equal(state_item_seen(f->st, "moscow-times", "x", "h", 2), 0);
}

static void
test_transactions(void **state)
{
	struct fixture *f = *state;
	struct state_totals t;

	/* Nested: only the outermost commit ends the transaction. */
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "a", "1", "h", 1), 1);
	assert_int_equal(state_commit(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "a", "2", "h", 1), 1);
	assert_int_equal(state_commit(f->st), 0);
	assert_int_equal(state_commit(f->st), -1);	/* unbalanced */

	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "a", "3", "h", 1), 1);
	state_rollback(f->st);
	reopen(f);
	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.items, 2);
	assert_int_equal(state_item_seen(f->st, "a", "3", "h", 1), 1);
}

static void
test_totals_and_list(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *v;
	struct state_totals t;
	size_t n;

	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.feeds, 0);
	assert_int_equal(t.items, 0);
	v = state_feed_list(f->st, &n);
	assert_non_null(v);
	assert_int_equal(n, 0);
	feed_state_free_all(v, n);

	in.name = "zeta";
	assert_int_equal(state_feed_put(f->st, &in), 0);
	in.name = "alpha";
	assert_int_equal(state_feed_put(f->st, &in), 0);
	assert_int_equal(state_item_seen(f->st, "zeta", "1", "h", 1), 1);
	assert_int_equal(state_item_seen(f->st, "zeta", "2", "h", 1), 1);
	assert_int_equal(state_item_seen(f->st, "alpha", "1", "h", 1), 1);
	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.feeds, 2);
	assert_int_equal(t.items, 3);
	assert_int_equal(t.incidents, 0);
	assert_int_equal(t.alerts, 0);
	v = state_feed_list(f->st, &n);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].name, "alpha");
	assert_string_equal(v[1].name, "zeta");
	assert_string_equal(v[1].etag, in.etag);
	feed_state_free_all(v, n);
}

static void
test_outbox(void **state)
{
	struct fixture *f = *state;
	struct outbox_entry *v;
	struct state_totals t;
	long long id;
	size_t n;

	id = state_alert_add(f->st, "r1", 0, "feed", "item", "new",
	    "{\"x\":1}", 1000);
	assert_true(id > 0);
	/* The same rule never alerts twice on one report. */
	assert_int_equal(state_alert_add(f->st, "r1", 0, "feed", "item", "new",
	    "{}", 1001), 0);
	assert_true(state_alert_add(f->st, "r2", 0, "feed", "item", "new",
	    "{}", 1001) > 0);
	assert_int_equal(state_alert_add(f->st, "r3", 0, "feed", "item", "bogus",
	    "{}", 1001), -1);

	assert_int_equal(state_outbox_add(f->st, "d1", id, "ops", 1000), 1);
	assert_int_equal(state_outbox_add(f->st, "d1", id, "ops", 1000), 0);
	assert_int_equal(state_outbox_add(f->st, "d2", id, "syslog", 1000), 1);
	/* An outbox row needs its alert (foreign keys are on). */
	assert_int_equal(state_outbox_add(f->st, "d3", 9999, "ops", 1000), -1);
	assert_int_equal(state_outbox_next(f->st, 900), 100);

	v = state_outbox_due(f->st, 999, 10, &n);
	assert_non_null(v);
	assert_int_equal(n, 0);
	outbox_entry_free_all(v, n);
	v = state_outbox_due(f->st, 1000, 10, &n);
	assert_int_equal(n, 2);
	assert_string_equal(v[0].rule, "r1");
	assert_string_equal(v[0].kind, "new");
	assert_string_equal(v[0].payload, "{\"x\":1}");
	assert_int_equal(v[0].attempts, 0);
	outbox_entry_free_all(v, n);

	assert_int_equal(state_outbox_retry(f->st, "d1", 1060, "HTTP 500"), 0);
	assert_int_equal(state_outbox_sent(f->st, "d2"), 0);
	v = state_outbox_due(f->st, 1000, 10, &n);
	assert_int_equal(n, 0);
	outbox_entry_free_all(v, n);
	assert_int_equal(state_outbox_next(f->st, 1000), 60);
	reopen(f);	/* a restart resumes pending deliveries */
	v = state_outbox_due(f->st, 1060, 10, &n);
	assert_int_equal(n, 1);
	assert_string_equal(v[0].delivery_id, "d1");
	assert_int_equal(v[0].attempts, 1);
	outbox_entry_free_all(v, n);

	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.alerts, 2);
	assert_int_equal(t.pending, 1);
	assert_int_equal(t.failed, 0);
	assert_int_equal(state_outbox_failed(f->st, "d1", "gave up"), 0);
	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.pending, 0);
	assert_int_equal(t.failed, 1);
	assert_int_equal(state_outbox_next(f->st, 1000), -1);
}

/* The next-due time leaves out the rows in flight and the rows of full
 * outputs: they are due, but the drain has nothing to start for them, and
 * counting them armed its timer every second while a webhook hung. */
static void
test_outbox_next_except(void **state)
{
	struct fixture *f = *state;
	const char *full[] = { "hook" }, *flight[] = { "d1" };
	long long id;

	id = state_alert_add(f->st, "r1", 0, "feed", "item", "new", "{}", 1000);
	assert_true(id > 0);
	assert_int_equal(state_outbox_add(f->st, "d1", id, "ops", 1000), 1);
	assert_int_equal(state_outbox_add(f->st, "d2", id, "hook", 1000), 1);
	assert_int_equal(state_outbox_add(f->st, "d3", id, "syslog", 1000), 1);
	assert_int_equal(state_outbox_retry(f->st, "d3", 1090, "down"), 0);

	assert_int_equal(state_outbox_next(f->st, 1010), 0);
	assert_int_equal(state_outbox_next_except(f->st, 1010, full, 1,
	    flight, 1), 80);
	assert_int_equal(state_outbox_next_except(f->st, 1010, full, 1,
	    NULL, 0), 0);
	assert_int_equal(state_outbox_next_except(f->st, 1010, NULL, 0,
	    flight, 1), 0);
	assert_int_equal(state_outbox_sent(f->st, "d3"), 0);
	assert_int_equal(state_outbox_next_except(f->st, 1010, full, 1,
	    flight, 1), -1);
}

/* How many rows of table (a fixed name) the store holds. */
static long
rows(struct fixture *f, const char *table)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *q = xasprintf("SELECT count(*) FROM %s", table);
	long n = -1;

	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	free(q);
	return n;
}

/*
 * The sweep forgets finished deliveries and their alerts past the age
 * given, keeps an alert whose delivery is still pending however old, and
 * forgets idle incidents with their reports.
 */
static void
test_sweep(void **state)
{
	struct fixture *f = *state;
	struct incident_row r = { 0 };
	struct state_swept n;
	long long old_inc, new_inc, sent, failed, pending, fresh;

	r.killed = r.injured = -1;
	r.record = "{}";
	old_inc = state_incident_add(f->st, &r, 1000);
	new_inc = state_incident_add(f->st, &r, 5000);
	assert_int_equal(state_report_add(f->st, old_inc, "feed", "i1", NULL,
	    NULL, 0), 1);
	assert_int_equal(state_report_add(f->st, new_inc, "feed", "i5", NULL,
	    NULL, 0), 1);
	sent = state_alert_add(f->st, "r", old_inc, "feed", "i1", "new", "{}",
	    1000);
	failed = state_alert_add(f->st, "r", old_inc, "feed", "i2", "new",
	    "{}", 1000);
	pending = state_alert_add(f->st, "r", old_inc, "feed", "i3", "new",
	    "{}", 1000);
	fresh = state_alert_add(f->st, "r", new_inc, "feed", "i5", "new",
	    "{}", 5000);
	assert_int_equal(state_outbox_add(f->st, "d1", sent, "ops", 1000), 1);
	assert_int_equal(state_outbox_add(f->st, "d1s", sent, "syslog", 1000),
	    1);
	assert_int_equal(state_outbox_add(f->st, "d2", failed, "ops", 1000), 1);
	assert_int_equal(state_outbox_add(f->st, "d3", pending, "ops", 1000),
	    1);
	assert_int_equal(state_outbox_add(f->st, "d5", fresh, "ops", 5000), 1);
	assert_int_equal(state_outbox_sent(f->st, "d1"), 0);
	assert_int_equal(state_outbox_sent(f->st, "d1s"), 0);
	assert_int_equal(state_outbox_failed(f->st, "d2", "gave up"), 0);
	assert_int_equal(state_outbox_sent(f->st, "d5"), 0);

	/* Nothing is old enough yet. */
	assert_int_equal(state_sweep(f->st, 1000, 1000, &n), 0);
	assert_int_equal(n.deliveries + n.alerts + n.incidents, 0);

	assert_int_equal(state_sweep(f->st, 2000, 2000, &n), 0);
	assert_int_equal(n.deliveries, 3);
	assert_int_equal(n.alerts, 2);
	assert_int_equal(n.incidents, 1);
	assert_int_equal(rows(f, "outbox"), 2);
	assert_int_equal(rows(f, "alerts"), 2);
	assert_int_equal(rows(f, "incidents"), 1);
	assert_int_equal(rows(f, "reports"), 1);
	/* The pending delivery and its alert stay, without their incident. */
	assert_int_equal(rows(f, "outbox WHERE delivery_id = 'd3'"), 1);
	assert_int_equal(rows(f, "alerts WHERE id = 3 AND incident_id IS NULL"),
	    1);
	/* Once delivered it goes too. */
	assert_int_equal(state_outbox_sent(f->st, "d3"), 0);
	assert_int_equal(state_sweep(f->st, 2000, 2000, &n), 0);
	assert_int_equal(n.deliveries, 1);
	assert_int_equal(n.alerts, 1);
	assert_int_equal(rows(f, "alerts"), 1);
}

static void
test_incidents(void **state)
{
	struct fixture *f = *state;
	struct incident_row r = { 0 }, *v;
	struct state_totals t;
	long long id, other;
	size_t n;

	r.country_code = "KZ";
	r.city = "Taraz";
	r.killed = 7;
	r.injured = -1;
	r.record = "{\"killed\":7}";
	id = state_incident_add(f->st, &r, 1000);
	assert_true(id > 0);
	r.country_code = NULL;
	r.city = NULL;
	other = state_incident_add(f->st, &r, 1100);
	assert_true(other > id);

	v = state_incident_recent(f->st, "KZ", 900, 10, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].id, id);
	assert_string_equal(v[0].city, "Taraz");
	assert_int_equal(v[0].killed, 7);
	assert_int_equal(v[0].injured, -1);	/* not stated stays so */
	assert_null(v[0].group_name);
	incident_row_free_all(v, n);
	v = state_incident_recent(f->st, "KZ", 1001, 10, &n);
	assert_int_equal(n, 0);
	incident_row_free_all(v, n);
	v = state_incident_recent(f->st, NULL, 0, 10, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].id, other);
	incident_row_free_all(v, n);

	/* A later report raises the toll. */
	r.id = id;
	r.country_code = "KZ";
	r.city = "Taraz";
	r.killed = 8;
	r.injured = 3;
	r.group_name = "Jund al-Khilafah";
	assert_int_equal(state_incident_update(f->st, &r, 2000), 0);
	v = state_incident_recent(f->st, "KZ", 2000, 10, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].killed, 8);
	assert_int_equal(v[0].injured, 3);
	assert_int_equal(v[0].created, 1000);
	assert_int_equal(v[0].updated, 2000);
	assert_string_equal(v[0].group_name, "Jund al-Khilafah");
	incident_row_free_all(v, n);
	r.id = 12345;
	assert_int_equal(state_incident_update(f->st, &r, 2000), -1);

	assert_int_equal(state_report_add(f->st, id, "a", "1", "http://x/1",
	    "Attack in Taraz", 990), 1);
	assert_int_equal(state_report_add(f->st, id, "a", "1", "http://x/1",
	    "Attack in Taraz", 990), 0);
	assert_int_equal(state_report_add(f->st, id, "b", "9", NULL, NULL, 0), 1);
	assert_int_equal(state_report_add(f->st, 999, "b", "9", NULL, NULL, 0),
	    -1);	/* no such incident */
	assert_true(state_alert_add(f->st, "r", id, "a", "1", "new", "{}",
	    1000) > 0);
	assert_true(state_alert_add(f->st, "r", id, "b", "9", "update", "{}",
	    2000) > 0);
	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.incidents, 2);
	assert_int_equal(t.alerts, 2);
}

static char *
pragma(const char *path, const char *q)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *v = NULL;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, q, -1, &s, NULL), SQLITE_OK);
	if (sqlite3_step(s) == SQLITE_ROW)
		v = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

/* SELECT what FROM the items of feed: the rows hold its name's key. */
static char *
items_of(struct fixture *f, const char *feed, const char *what)
{
	char q[256];

	snprintf(q, sizeof(q), "SELECT %s FROM items WHERE feed = %lld", what,
	    (long long)state_key(feed, strlen(feed)));
	return pragma(f->path, q);
}

/*
 * Turn the store into one of an older schema version whose items table
 * held the strings themselves (with last_seen from version 2 on), with
 * the rows given as SQL values; the other tables are the same.
 */
static void
old_store(struct fixture *f, int version, const char *rows)
{
	char q[1024];
	char *v;

	state_close(f->st);
	f->st = NULL;
	free(pragma(f->path, "DROP TABLE items"));
	snprintf(q, sizeof(q), "CREATE TABLE items (feed TEXT NOT NULL,"
	    " item_id TEXT NOT NULL, content_hash TEXT NOT NULL,"
	    " first_seen INTEGER NOT NULL,%s"
	    " PRIMARY KEY (feed, item_id, content_hash)) WITHOUT ROWID",
	    version >= 2 ? " last_seen INTEGER NOT NULL DEFAULT 0," : "");
	free(pragma(f->path, q));
	snprintf(q, sizeof(q), "INSERT INTO items VALUES %s", rows);
	free(pragma(f->path, q));
	snprintf(q, sizeof(q), "PRAGMA user_version = %d", version);
	free(pragma(f->path, q));
	v = pragma(f->path, "SELECT count(*) FROM items");
	assert_non_null(v);
	free(v);
}

/* Another writer holds the lock: calls fail (after a short wait) instead
 * of hanging, and work again once it is gone. */
static void
test_busy(void **state)
{
	struct fixture *f = *state;
	sqlite3 *db;

	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READWRITE,
	    NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_equal(state_begin(f->st), -1);
	assert_int_equal(state_item_seen(f->st, "a", "1", "h", 1), -1);
	assert_int_equal(state_commit(f->st), -1);	/* nothing was begun */
	assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);

	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "a", "1", "h", 1), 1);
	assert_int_equal(state_commit(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "a", "1", "h", 1), 0);
}

static off_t
file_size(const char *dir, const char *name)
{
	struct stat sb;
	char *p = xasprintf("%s/%s", dir, name);
	off_t n = stat(p, &sb) == 0 ? sb.st_size : 0;

	free(p);
	return n;
}

/* A disk that fills up during a poll: the commit fails, nothing of the
 * transaction is kept, the store stays usable.  RLIMIT_FSIZE stands in
 * for the full disk (writes past it fail as they would with ENOSPC). */
static void
test_disk_full(void **state)
{
	struct fixture *f = *state;
	struct state_totals t;
	struct rlimit saved, lim;
	char id[256];
	off_t big;
	int i, rc;

	assert_int_equal(state_item_seen(f->st, "a", "kept", "h", 1), 1);
	big = file_size(f->dir, "state.db");
	if (file_size(f->dir, "state.db-wal") > big)
		big = file_size(f->dir, "state.db-wal");
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved), 0);
	lim = saved;
	lim.rlim_cur = big + 8192;
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);

	rc = state_begin(f->st);
	for (i = 0; rc == 0 && i < 5000; i++) {
		snprintf(id, sizeof(id), "%0200d", i);
		rc = state_item_seen(f->st, "a", id, "h", 2) == 1 ? 0 : -1;
	}
	if (rc == 0)
		rc = state_commit(f->st);
	else
		state_rollback(f->st);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved), 0);
	signal(SIGXFSZ, SIG_DFL);
	assert_int_equal(rc, -1);

	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.items, 1);
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "a", "after", "h", 3), 1);
	assert_int_equal(state_commit(f->st), 0);
	reopen(f);
	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.items, 2);
	assert_int_equal(state_item_seen(f->st, "a", "kept", "h", 4), 0);
}

/*
 * Several items at once are what as many state_item_seen() calls would
 * make of them: written together while the feed has none stored (a
 * repeat within the call is one row, and the cut of the hash holds),
 * one by one once it has some.
 */
static void
test_items_seen(void **state)
{
	struct fixture *f = *state;
	const char *ids[] = { "i1", "i2", "i1", "i3", "i1" };
	const char *hashes[] = { "0123456789abcdef0123456789abcdef00",
	    NULL, "0123456789abcdef0123456789abcdef11", "h", "other" };
	const char *more_ids[] = { "i3", "i4" };
	const char *more_hashes[] = { "h", "h" };
	const char *many[STATE_BATCH + 1];
	int isnew[STATE_BATCH + 1], i;
	char *v;

	assert_int_equal(state_items_seen(f->st, "a", ids, hashes, 5, 100,
	    isnew), 0);
	assert_int_equal(isnew[0], 1);
	assert_int_equal(isnew[1], 1);
	assert_int_equal(isnew[2], 0);
	assert_int_equal(isnew[3], 1);
	assert_int_equal(isnew[4], 1);
	v = items_of(f, "a", "count(*) || ' ' || min(first_seen) || ' '"
	    " || max(last_seen)");
	assert_string_equal(v, "4 100 100");
	free(v);
	assert_int_equal(state_item_seen(f->st, "a", "i2", NULL, 200), 0);
	assert_int_equal(state_item_seen(f->st, "a", "i1", "other", 200), 0);
	assert_int_equal(state_item_seen(f->st, "a", "i1",
	    "0123456789abcdef0123456789abcdef", 200), 0);

	/* the feed has items now: one by one, known ones touched */
	assert_int_equal(state_items_seen(f->st, "a", more_ids, more_hashes, 2,
	    101 + STATE_ITEM_TOUCH, isnew), 0);
	assert_int_equal(isnew[0], 0);
	assert_int_equal(isnew[1], 1);
	assert_int_equal(state_items_prune(f->st, "a", 101, 0), 3);

	for (i = 0; i <= STATE_BATCH; i++)
		many[i] = "x";
	assert_int_equal(state_items_seen(f->st, "b", many, many,
	    STATE_BATCH + 1, 100, isnew), -1);
	assert_int_equal(state_items_seen(f->st, "b", many, many, 0, 100,
	    isnew), 0);
}

static void
test_wal_and_version(void **state)
{
	struct fixture *f = *state;
	char *v;

	v = pragma(f->path, "PRAGMA journal_mode");
	assert_string_equal(v, "wal");
	free(v);
	v = pragma(f->path, "PRAGMA user_version");
	assert_string_equal(v, "4");
	free(v);

	/* A store from a newer feedwatch is refused, not scribbled on. */
	state_close(f->st);
	f->st = NULL;
	free(pragma(f->path, "PRAGMA user_version = 99"));
	assert_null(state_open(f->path));
	assert_null(state_open_readonly(f->path));
	free(pragma(f->path, "PRAGMA user_version = 4"));
	f->st = state_open(f->path);
	assert_non_null(f->st);
}

/*
 * Checkpoints are the caller's: commits only grow the WAL, closing leaves
 * it for the next open (nothing committed is lost), and state_checkpoint
 * copies it into the database outside a transaction.
 */
static void
test_checkpoint(void **state)
{
	struct fixture *f = *state;
	struct stat sb;
	char *wal = xasprintf("%s-wal", f->path), id[16];
	int i, frames;

	assert_int_equal(state_begin(f->st), 0);
	for (i = 0; i < 2000; i++) {
		snprintf(id, sizeof(id), "item-%d", i);
		assert_int_equal(state_item_seen(f->st, "a", id,
		    "0123456789abcdef0123456789abcdef", 1), 1);
	}
	assert_int_equal(state_checkpoint(f->st), -1);	/* in a transaction */
	assert_int_equal(state_commit(f->st), 0);
	frames = state_wal_frames(f->st);
	assert_true(frames > 10);
	/* closed without a checkpoint: the WAL stays, and holds the rows */
	reopen(f);
	assert_int_equal(stat(wal, &sb), 0);
	assert_true(sb.st_size >= (off_t)frames * 4096);
	assert_int_equal(state_item_seen(f->st, "a", "item-1999",
	    "0123456789abcdef0123456789abcdef", 2), 0);
	assert_int_equal(state_checkpoint(f->st), 0);
	assert_int_equal(state_wal_frames(f->st), 0);
	/* a commit after a checkpoint starts the WAL over */
	assert_int_equal(state_item_seen(f->st, "a", "new", "h", 3), 1);
	assert_true(state_wal_frames(f->st) > 0);
	assert_true(state_wal_frames(f->st) < frames);
	free(wal);
}

/* A version 1 store (items without last_seen) is brought up to date:
 * every item keeps its key and counts as last seen when first seen. */
static void
test_migrate_1_to_2(void **state)
{
	struct fixture *f = *state;

	old_store(f, 1, "('a', 'old', 'h', 1000)");
	f->st = state_open(f->path);
	assert_non_null(f->st);
	assert_int_equal(state_item_seen(f->st, "a", "old", "h", 2000), 0);
	/* last_seen came from first_seen: exactly 1000, not the default 0 */
	assert_int_equal(state_items_prune(f->st, "a", 1000, 0), 0);
	assert_int_equal(state_items_prune(f->st, "a", 1001, 0), 1);
}

/*
 * A version 2 store (whole SHA-256 hashes) is brought up to date: its
 * items stay known under their full hash, and two rows that the cut makes
 * one do not stop the migration.
 */
static void
test_migrate_2_to_3(void **state)
{
	struct fixture *f = *state;
	const char *h1 = "0123456789abcdef0123456789abcdef"
	    "00000000000000000000000000000000";
	const char *h2 = "0123456789abcdef0123456789abcdef"
	    "11111111111111111111111111111111";
	char *v;

	old_store(f, 2, "('a', 'one', '0123456789abcdef0123456789abcdef"
	    "00000000000000000000000000000000', 1000, 1000),"
	    " ('a', 'one', '0123456789abcdef0123456789abcdef"
	    "11111111111111111111111111111111', 1000, 1000),"
	    " ('a', 'two', 'short', 1000, 1000)");
	f->st = state_open(f->path);
	assert_non_null(f->st);
	v = pragma(f->path, "SELECT count(*) FROM items");
	assert_string_equal(v, "2");
	free(v);
	assert_int_equal(state_item_seen(f->st, "a", "one", h1, 2000), 0);
	assert_int_equal(state_item_seen(f->st, "a", "one", h2, 2000), 0);
	assert_int_equal(state_item_seen(f->st, "a", "two", "short", 2000), 0);
	assert_int_equal(state_item_seen(f->st, "a", "one",
	    "fedcba9876543210fedcba9876543210", 2000), 1);
}

/*
 * A version 3 store (the strings in each row) is brought up to date:
 * every item of every feed stays known, with its first and last
 * sightings, and the rows hold the keys the daemon looks up.
 */
static void
test_migrate_3_to_4(void **state)
{
	struct fixture *f = *state;
	char *v;

	old_store(f, 3, "('a', 'one', 'h1', 1000, 5000),"
	    " ('a', 'two', 'h2', 2000, 2000), ('b', 'one', 'h1', 3000, 3000),"
	    " ('b', 'http://x.example/caf\xc3\xa9', '', 4000, 4000)");
	f->st = state_open(f->path);
	assert_non_null(f->st);
	v = pragma(f->path, "SELECT count(*) || ' ' || typeof(feed) || ' '"
	    " || typeof(id) || ' ' || typeof(content) FROM items");
	assert_string_equal(v, "4 integer integer integer");
	free(v);
	/* the old table's pages are not left in the file beyond what
	 * compaction tolerates (test_compact_on_open) */
	v = pragma(f->path, "SELECT freelist_count * 4 <= page_count"
	    " FROM pragma_freelist_count, pragma_page_count");
	assert_string_equal(v, "1");
	free(v);
	v = items_of(f, "a", "min(first_seen) || ' ' || max(last_seen)");
	assert_string_equal(v, "1000 5000");
	free(v);
	assert_int_equal(state_item_seen(f->st, "a", "one", "h1", 6000), 0);
	assert_int_equal(state_item_seen(f->st, "a", "two", "h2", 6000), 0);
	assert_int_equal(state_item_seen(f->st, "b", "one", "h1", 6000), 0);
	assert_int_equal(state_item_seen(f->st, "b",
	    "http://x.example/caf\xc3\xa9", NULL, 6000), 0);
	/* keys are per feed, id and content */
	assert_int_equal(state_item_seen(f->st, "b", "two", "h2", 6000), 1);
	assert_int_equal(state_item_seen(f->st, "a", "one", "h2", 6000), 1);
	/* pruning goes by the sightings the migration carried over: b's
	 * "one" was last seen at 3000 (too recently to be touched at 6000),
	 * a's "one" at 5000, a's "two" at 2000 and touched now */
	assert_int_equal(state_items_prune(f->st, "b", 3500, 0), 1);
	assert_int_equal(state_items_prune(f->st, "a", 5500, 0), 1);
	assert_int_equal(state_item_seen(f->st, "a", "two", "h2", 6000), 0);
	assert_int_equal(state_item_seen(f->st, "a", "one", "h1", 6000), 1);
}

/*
 * Pruning: only items of the feed last seen before the cutoff go, and
 * never the `keep` most recently seen; an item seen again is marked (to
 * STATE_ITEM_TOUCH precision) and so survives.
 */
static void
test_item_prune(void **state)
{
	struct fixture *f = *state;
	const time_t day = 86400, t0 = 1700000000;
	struct state_totals t;
	char id[16];
	int i;

	for (i = 0; i < 10; i++) {
		snprintf(id, sizeof(id), "i%d", i);
		/* i0 first seen 10 days before t0, i9 one day before */
		assert_int_equal(state_item_seen(f->st, "a", id, "h",
		    t0 - (10 - i) * day), 1);
	}
	assert_int_equal(state_item_seen(f->st, "b", "i0", "h", t0 - 100 * day), 1);
	/* i0 and i1 are still in the feed at t0: marked again */
	assert_int_equal(state_item_seen(f->st, "a", "i0", "h", t0), 0);
	assert_int_equal(state_item_seen(f->st, "a", "i1", "h", t0), 0);
	/* seen again within STATE_ITEM_TOUCH: not written (nothing to see
	 * here but that it stays known) */
	assert_int_equal(state_item_seen(f->st, "a", "i1", "h",
	    t0 + STATE_ITEM_TOUCH - 1), 0);

	/* Cutoff 5 days before t0, keep 3: out go i2, i3, i4 (last seen 8,
	 * 7, 6 days before); i5, seen exactly at the cutoff, stays, and so
	 * do i0 and i1, seen again at t0, though first seen long before. */
	assert_int_equal(state_items_prune(f->st, "a", t0 - 5 * day, 3), 3);
	assert_int_equal(state_item_seen(f->st, "a", "i2", "h", t0), 1);
	assert_int_equal(state_item_seen(f->st, "a", "i5", "h", t0), 0);
	assert_int_equal(state_item_seen(f->st, "a", "i0", "h", t0), 0);
	/* keep wins over age: everything old, keep the newest 4 */
	assert_int_equal(state_items_prune(f->st, "a", t0 + day, 4), 4);
	assert_int_equal(state_totals(f->st, &t), 0);
	assert_int_equal(t.items, 4 + 1);
	/* other feeds are untouched */
	assert_int_equal(state_item_seen(f->st, "b", "i0", "h", t0), 0);
	assert_int_equal(state_items_prune(f->st, "nothing", t0, 0), 0);
}

/*
 * A store with more than a quarter of its pages free (many items pruned,
 * or an upgrade whose compaction a crash cut short) is compacted when it
 * is opened, and keeps every item it still has.
 */
static void
test_compact_on_open(void **state)
{
	struct fixture *f = *state;
	char id[32], *v;
	long free_pages;
	int i;

	assert_int_equal(state_begin(f->st), 0);
	for (i = 0; i < 4000; i++) {
		snprintf(id, sizeof(id), "http://x.example/item/%d", i);
		assert_int_equal(state_item_seen(f->st, i < 100 ? "kept" :
		    "pruned", id, "h", 1000), 1);
	}
	assert_int_equal(state_commit(f->st), 0);
	assert_int_equal(state_items_prune(f->st, "pruned", 2000, 0), 3900);
	state_close(f->st);
	f->st = NULL;
	v = pragma(f->path, "PRAGMA freelist_count");
	free_pages = atol(v);
	free(v);
	v = pragma(f->path, "PRAGMA page_count");
	assert_true(free_pages > atol(v) / 4);
	free(v);

	f->st = state_open(f->path);
	assert_non_null(f->st);
	v = pragma(f->path, "PRAGMA freelist_count");
	assert_string_equal(v, "0");
	free(v);
	assert_int_equal(state_item_seen(f->st, "kept",
	    "http://x.example/item/99", "h", 3000), 0);
	assert_int_equal(state_item_seen(f->st, "pruned",
	    "http://x.example/item/100", "h", 3000), 1);
}

static void
test_readonly(void **state)
{
	struct fixture *f = *state;
	struct feed_state in = sample_feed(), *v;
	struct state *ro;
	struct state_totals t;
	char *other;
	size_t n;

	assert_int_equal(state_feed_put(f->st, &in), 0);
	/* Readers do not wait for the writer's open transaction (WAL). */
	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(state_item_seen(f->st, "moscow-times", "1", "h", 1), 1);
	ro = state_open_readonly(f->path);
	assert_non_null(ro);
	v = state_feed_list(ro, &n);
	assert_int_equal(n, 1);
	feed_state_free_all(v, n);
	assert_int_equal(state_totals(ro, &t), 0);
	assert_int_equal(t.items, 0);	/* not committed yet */
	assert_int_equal(state_commit(f->st), 0);
	assert_int_equal(state_totals(ro, &t), 0);
	assert_int_equal(t.items, 1);
	assert_int_equal(state_item_seen(ro, "moscow-times", "2", "h", 1), -1);
	state_close(ro);

	other = xasprintf("%s/missing.db", f->dir);
	assert_null(state_open_readonly(other));
	assert_int_equal(access(other, F_OK), -1);	/* not created */
	free(other);
	other = xasprintf("%s/empty.db", f->dir);
	{
		FILE *fp = fopen(other, "w");
		assert_non_null(fp);
		fclose(fp);
	}
	assert_null(state_open_readonly(other));
	free(other);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_feed_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_config_url_change, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sweep, setup, teardown),
		cmocka_unit_test_setup_teardown(test_config_url_change_keeps_items,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_feed_read_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_item_seen, setup, teardown),
		cmocka_unit_test_setup_teardown(test_items_seen, setup, teardown),
		cmocka_unit_test_setup_teardown(test_persistence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_transactions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_totals_and_list, setup, teardown),
		cmocka_unit_test_setup_teardown(test_outbox, setup, teardown),
		cmocka_unit_test_setup_teardown(test_outbox_next_except, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_incidents, setup, teardown),
		cmocka_unit_test_setup_teardown(test_busy, setup, teardown),
		cmocka_unit_test_setup_teardown(test_disk_full, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wal_and_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_1_to_2, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_2_to_3, setup, teardown),
		cmocka_unit_test_setup_teardown(test_migrate_3_to_4, setup, teardown),
		cmocka_unit_test_setup_teardown(test_checkpoint, setup, teardown),
		cmocka_unit_test_setup_teardown(test_item_prune, setup, teardown),
		cmocka_unit_test_setup_teardown(test_compact_on_open, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly, setup, teardown),
	};

	log_init("test_state", 1, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
