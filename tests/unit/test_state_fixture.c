/*
 * test_state_fixture PATH [NOW]: write a state store with a known mix of
 * feeds, items, alerts and deliveries through the state API, for the
 * shell tests of `feedwatch status`.  Times are relative to NOW (default:
 * the clock), so the test knows what "next poll" must read.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "common/log.h"
#include "daemon/state.h"

static int
put(struct state *st, const char *name, const char *url, int status,
    time_t last, time_t next, long items, long errors, int disabled,
    const char *error)
{
	struct feed_state fs = { 0 };

	fs.name = (char *)name;
	fs.url = fs.config_url = (char *)url;
	fs.etag = "\"v1\"";
	fs.last_poll = last;
	fs.last_status = status;
	fs.last_error = (char *)error;
	fs.items = items;
	fs.errors = errors;
	fs.consecutive_errors = errors ? 1 : 0;
	fs.next_poll = next;
	fs.disabled = disabled;
	fs.polled_ok = status == 200;
	return state_feed_put(st, &fs);
}

int
main(int argc, char **argv)
{
	struct state *st;
	time_t now;
	long long a1, a2;
	int rc = 1;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: test_state_fixture PATH [NOW]\n");
		return 2;
	}
	log_init("test_state_fixture", 1, 0);
	now = argc == 3 ? (time_t)strtoll(argv[2], NULL, 10) : time(NULL);
	if ((st = state_open(argv[1])) == NULL)
		return 1;
	if (state_begin(st) == -1)
		goto out;
	if (put(st, "alpha", "http://127.0.0.1:1/alpha.xml", 200, now - 120,
	    now + 270, 20, 0, 0, NULL) == -1 ||
	    put(st, "gone", "http://127.0.0.1:1/gone.xml", 410, now - 600,
	    0, 7, 1, 1, "HTTP 410 Gone") == -1 ||
	    put(st, "flaky", "http://127.0.0.1:1/flaky.xml", -1, now - 7200,
	    now - 3600, 2, 5, 0, "Connection refused\n(injected)") == -1 ||
	    /* half an hour past 2d03h: status, run seconds later on a slow
	     * (sanitizer) build, must still round down to 2d03h */
	    put(st, "removed-feed", "http://127.0.0.1:1/old.xml", 304,
	    now - 86400, now + 2 * 86400 + 3 * 3600 + 1800, 1, 0, 0,
	    NULL) == -1)
		goto out;
	if (state_item_seen(st, "alpha", "a1", "h", now) != 1 ||
	    state_item_seen(st, "alpha", "a2", "h", now) != 1 ||
	    state_item_seen(st, "gone", "g1", "h", now) != 1)
		goto out;
	if ((a1 = state_alert_add(st, "r", 0, "alpha", "a1", "new", "{}",
	    now)) <= 0 ||
	    (a2 = state_alert_add(st, "r", 0, "alpha", "a2", "new", "{}",
	    now)) <= 0 ||
	    state_outbox_add(st, "d-pending", a1, "ops", now) != 1 ||
	    state_outbox_add(st, "d-sent", a1, "log", now) != 1 ||
	    state_outbox_add(st, "d-failed", a2, "ops", now) != 1 ||
	    state_outbox_sent(st, "d-sent") == -1 ||
	    state_outbox_failed(st, "d-failed", "HTTP 500") == -1)
		goto out;
	if (state_commit(st) == -1)
		goto out;
	rc = 0;
out:
	if (rc)
		state_rollback(st);
	state_close(st);
	return rc;
}
