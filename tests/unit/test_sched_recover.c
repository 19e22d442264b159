/*
 * daemon/sched after a commit that fails (the disk full, say): what the
 * scheduler does to recover must not leave a transaction open while the
 * loop sleeps, or it holds the store's write lock (other writers get
 * SQLITE_BUSY, checkpoints stop) until something wakes the loop.  The
 * failure is injected by linking with -Wl,--wrap=state_commit.
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

/* A new feed's first row is written at start; its commit fails. */
static void
test_no_open_tx_after_failed_commit(void **state)
{
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct buf errors;
	struct config *cfg;
	struct state *st;
	struct loop *l;
	struct pipeline *pl;
	struct sched *s;
	struct probe p;
	ev_timer probe;
	char dir[] = "/tmp/fw-recover.XXXXXX", db[64], conf[256];

	assert_non_null(mkdtemp(dir));
	snprintf(db, sizeof(db), "%s/state.db", dir);
	snprintf(conf, sizeof(conf), "[daemon]\nstate = %s\ninterval = 1h\n"
	    "[feed \"a\"]\nurl = http://127.0.0.1:1/a\nenabled = no\n", db);
	buf_init(&errors, 0);
	cfg = config_parse_buffer("t.conf", conf, strlen(conf), &errors);
	assert_non_null(cfg);
	assert_non_null(st = state_open(db));
	l = loop_new(ev, 8, 4);
	pl = pipeline_new();
	commits = 0;
	fail_commits = 1;
	s = sched_new(ev, l, st, pl, cfg, 1, SCHED_DAEMON, NULL, NULL);
	assert_non_null(s);
	memset(&p, 0, sizeof(p));
	p.st = st;
	p.in_tx = -1;
	ev_timer_init(&probe, on_probe, 0.2, 0.);
	probe.data = &p;
	ev_timer_start(ev, &probe);
	ev_run(ev, 0);
	assert_true(commits >= 1);
	assert_int_equal(fail_commits, 0);
	assert_int_equal(p.in_tx, 0);
	sched_free(s);
	pipeline_free(pl);
	loop_free(l);
	state_close(st);
	config_free(cfg);
	buf_release(&errors);
	unlink(db);
	snprintf(conf, sizeof(conf), "%s-wal", db);
	unlink(conf);
	snprintf(conf, sizeof(conf), "%s-shm", db);
	unlink(conf);
	rmdir(dir);
	ev_loop_destroy(ev);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_open_tx_after_failed_commit),
	};

	log_init("test_sched_recover", 0, 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
