/*
 * daemon/sched's transactions: how long one stays open, and what the
 * scheduler does after a commit that fails (the disk full, say).  A
 * transaction left open holds the store's write lock (other writers get
 * SQLITE_BUSY, checkpoints stop), so it must end once the loop has
 * nothing more to do, and within a bounded time while fetches are in
 * flight.  Commits are counted, and failures injected, by linking with
 * -Wl,--wrap=state_commit.
 */
#include "config.h"

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>

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
#include "config/config.h"
#include "daemon/loop.h"
#include "daemon/pipeline.h"
#include "daemon/sched.h"
#include "daemon/state.h"

int __real_state_commit(struct state *st);
int __wrap_state_commit(struct state *st);

static int commits, fail_commits;

int
__wrap_state_commit(struct state *st)
{
	commits++;
	if (fail_commits > 0) {
		fail_commits--;
		state_rollback(st);
		return -1;
	}
	return __real_state_commit(st);
}

struct probe {
	struct state *st;
	int	 in_tx;
};

static void
on_probe(struct ev_loop *ev, ev_timer *w, int revents)
{
	struct probe *p = w->data;

	/* Timers run after the loop has slept. */
	p->in_tx = state_in_transaction(p->st);
	ev_break(ev, EVBREAK_ALL);
}

struct fixture {
	struct ev_loop	*ev;
	struct config	*cfg, *cfg2;
	struct state	*st;
	struct loop	*l;
	struct pipeline	*pl;
	struct buf	 errors;
	char		 dir[32], db[64];
};

/* A config of the store and feeds that are never polled: a new one's row
 * is written when the scheduler first sees it, and that is the only
 * write.  With url, also a feed "z" that is polled from it. */
static struct config *
feeds_config(struct fixture *fx, const char *names, const char *url)
{
	struct config *cfg;
	char conf[512];
	size_t n;

	n = (size_t)snprintf(conf, sizeof(conf),
	    "[daemon]\nstate = %s\ninterval = 1h\n", fx->db);
	for (; *names != '\0'; names++)
		n += (size_t)snprintf(conf + n, sizeof(conf) - n,
		    "[feed \"%c\"]\nurl = http://127.0.0.1:1/%c\n"
		    "enabled = no\n", *names, *names);
	if (url != NULL)
		n += (size_t)snprintf(conf + n, sizeof(conf) - n,
		    "[feed \"z\"]\nurl = %s\n", url);
	assert_true(n < sizeof(conf));
	cfg = config_parse_buffer("t.conf", conf, n, &fx->errors);
	assert_non_null(cfg);
	return cfg;
}

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	assert_non_null(fx);
	fx->ev = ev_loop_new(EVFLAG_AUTO);
	snprintf(fx->dir, sizeof(fx->dir), "/tmp/fw-recover.XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	snprintf(fx->db, sizeof(fx->db), "%s/state.db", fx->dir);
	buf_init(&fx->errors, 0);
	fx->cfg = feeds_config(fx, "a", NULL);
	assert_non_null(fx->st = state_open(fx->db));
	fx->l = loop_new(fx->ev, 8, 4);
	fx->pl = pipeline_new();
	commits = 0;
	fail_commits = 0;
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	char path[80];

	pipeline_free(fx->pl);
	loop_free(fx->l);
	state_close(fx->st);
	config_free(fx->cfg);
	config_free(fx->cfg2);
	buf_release(&fx->errors);
	unlink(fx->db);
	snprintf(path, sizeof(path), "%s-wal", fx->db);
	unlink(path);
	snprintf(path, sizeof(path), "%s-shm", fx->db);
	unlink(path);
	rmdir(fx->dir);
	ev_loop_destroy(fx->ev);
	free(fx);
	return 0;
}

/* A new feed's first row is written at start; its commit fails. */
static void
test_no_open_tx_after_failed_commit(void **state)
{
	struct fixture *fx = *state;
	struct sched *s;
	struct probe p;
	ev_timer probe;

	fail_commits = 1;
	s = sched_new(fx->ev, fx->l, fx->st, fx->pl, fx->cfg, 1, SCHED_DAEMON,
	    NULL, NULL);
	assert_non_null(s);
	memset(&p, 0, sizeof(p));
	p.st = fx->st;
	p.in_tx = -1;
	ev_timer_init(&probe, on_probe, 0.2, 0.);
	probe.data = &p;
	ev_timer_start(fx->ev, &probe);
	ev_run(fx->ev, 0);
	assert_true(commits >= 1);
	assert_int_equal(fail_commits, 0);
	assert_int_equal(p.in_tx, 0);
	sched_free(s);
}

/* Run the loop until no transaction is open; false after 5 s. */
static int
run_to_commit(struct fixture *fx)
{
	ev_tstamp t0 = ev_time();

	while (state_in_transaction(fx->st) && ev_time() - t0 < 5)
		ev_run(fx->ev, EVRUN_ONCE);
	return !state_in_transaction(fx->st);
}

static void
on_readable(struct ev_loop *ev, ev_io *w, int revents)
{
	(*(int *)w->data)++;
}

static void
on_guard(struct ev_loop *ev, ev_timer *w, int revents)
{
}

/*
 * While every iteration has events to handle (here a pipe that stays
 * readable), the transaction stays open across iterations, and is
 * committed within a bounded time all the same; with no fetch in flight,
 * once the loop has nothing left to do, what is open is committed before
 * it could sleep.
 */
static void
test_commit_when_idle_or_aged(void **state)
{
	struct fixture *fx = *state;
	struct sched *s;
	ev_io busy;
	ev_timer guard;
	ev_tstamp t0;
	int fds[2], ticks = 0;

	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], "x", 1), 1);
	ev_io_init(&busy, on_readable, fds[0], EV_READ);
	busy.data = &ticks;
	ev_io_start(fx->ev, &busy);
	s = sched_new(fx->ev, fx->l, fx->st, fx->pl, fx->cfg, 1, SCHED_DAEMON,
	    NULL, NULL);
	assert_non_null(s);
	assert_true(state_in_transaction(fx->st));
	t0 = ev_time();
	while (ticks < 3)
		ev_run(fx->ev, EVRUN_ONCE);
	if (ev_time() - t0 < 0.02) {
		assert_true(state_in_transaction(fx->st));
		assert_int_equal(commits, 0);
	}
	assert_true(run_to_commit(fx));
	assert_int_equal(commits, 1);

	/* Nothing pending: the next iteration commits, without sleeping
	 * (the guard only ends the iteration should it sleep). */
	ev_io_stop(fx->ev, &busy);
	fx->cfg2 = feeds_config(fx, "ab", NULL);
	sched_reconcile(s, fx->cfg2);
	assert_true(state_in_transaction(fx->st));
	ev_timer_init(&guard, on_guard, 2., 0.);
	ev_timer_start(fx->ev, &guard);
	t0 = ev_time();
	ev_run(fx->ev, EVRUN_ONCE);
	assert_false(state_in_transaction(fx->st));
	assert_int_equal(commits, 2);
	assert_true(ev_time() - t0 < 1);
	ev_timer_stop(fx->ev, &guard);
	sched_free(s);
	close(fds[0]);
	close(fds[1]);
}

/*
 * A fetch in flight (to a server that never answers): a write then is
 * not committed when the loop first runs out of events and sleeps, so
 * the items of many iterations share one commit, but within a bounded
 * time all the same.
 */
static void
test_commit_aged_while_fetching(void **state)
{
	struct fixture *fx = *state;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);
	struct sched *s;
	ev_timer guard;
	ev_tstamp t0;
	char url[64];
	int fd;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(fd >= 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	assert_int_equal(listen(fd, 4), 0);
	assert_int_equal(getsockname(fd, (struct sockaddr *)&sin, &len), 0);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/z", ntohs(sin.sin_port));
	config_free(fx->cfg);
	fx->cfg = feeds_config(fx, "a", url);
	s = sched_new(fx->ev, fx->l, fx->st, fx->pl, fx->cfg, 1, SCHED_ONCE,
	    NULL, NULL);
	assert_non_null(s);
	assert_int_equal(sched_active(s), 1);
	assert_true(run_to_commit(fx));
	commits = 0;

	fx->cfg2 = feeds_config(fx, "ab", url);
	t0 = ev_time();
	sched_reconcile(s, fx->cfg2);
	assert_true(state_in_transaction(fx->st));
	ev_timer_init(&guard, on_guard, 0.01, 0.);
	ev_timer_start(fx->ev, &guard);
	while (ev_is_active(&guard))
		ev_run(fx->ev, EVRUN_ONCE);
	assert_int_equal(sched_active(s), 1);
	if (ev_time() - t0 < 0.03) {
		assert_true(state_in_transaction(fx->st));
		assert_int_equal(commits, 0);
	}
	assert_true(run_to_commit(fx));
	assert_int_equal(commits, 1);
	assert_true(ev_time() - t0 < 2);
	sched_free(s);
	close(fd);
}

static void
on_stop(struct ev_loop *ev, ev_timer *w, int revents)
{
	ev_break(ev, EVBREAK_ALL);
}

/*
 * A feed is not polled twice within a second, even with no jitter and an
 * interval under a second (the config refuses one; the scheduler must not
 * rely on that): each poll of the file feed here ends in a commit, so
 * 1.5 s of polling every millisecond would be hundreds of them.
 */
static void
test_poll_delay_floor(void **state)
{
	struct fixture *fx = *state;
	struct feed_cfg *z;
	struct sched *s;
	ev_timer stop;
	char path[64], url[80];
	FILE *f;

	snprintf(path, sizeof(path), "%s/z.xml", fx->dir);
	assert_non_null(f = fopen(path, "w"));
	fputs("<rss version=\"2.0\"><channel><title>z</title><item>"
	    "<guid>1</guid><title>one</title></item></channel></rss>\n", f);
	assert_int_equal(fclose(f), 0);
	snprintf(url, sizeof(url), "file://%s", path);
	config_free(fx->cfg);
	fx->cfg = feeds_config(fx, "", url);
	fx->cfg->daemon.jitter = 0;
	z = (struct feed_cfg *)config_feed(fx->cfg, "z");
	z->interval = 0.001;
	s = sched_new(fx->ev, fx->l, fx->st, fx->pl, fx->cfg, 1, SCHED_DAEMON,
	    NULL, NULL);
	assert_non_null(s);
	ev_timer_init(&stop, on_stop, 1.5, 0.);
	ev_timer_start(fx->ev, &stop);
	ev_run(fx->ev, 0);
	sched_free(s);
	unlink(path);
	if (commits > 4)
		fail_msg("%d commits in 1.5 s", commits);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_no_open_tx_after_failed_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_commit_when_idle_or_aged, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_commit_aged_while_fetching, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_poll_delay_floor, setup, teardown),
	};

	log_init("test_sched_recover", 0, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
