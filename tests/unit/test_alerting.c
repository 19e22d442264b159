/*
 * Alerting against a real state store, and the outbox drain on a real
 * loop delivering to a unix datagram socket and to stdout.
 */
#include "config.h"

#include <sys/socket.h>
#include <sys/un.h>

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
#include <jansson.h>

#include "common/buf.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/loop.h"
#include "daemon/output.h"
#include "daemon/state.h"
#include "feeds/feed.h"

#define NOW	1795600000	/* 2026-11-25 */

struct fixture {
	char		 dir[64];
	char		 db[96], sock[96], conf[4096];
	struct state	*st;
	struct config	*cfg;
	struct alerting	*al;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct buf errors = BUF_INIT;

	snprintf(f->dir, sizeof(f->dir), "/tmp/fwalert.XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->db, sizeof(f->db), "%s/state.db", f->dir);
	snprintf(f->sock, sizeof(f->sock), "%s/log.sock", f->dir);
	snprintf(f->conf, sizeof(f->conf),
	    "[daemon]\nstate = %s\n"
	    "[feed \"a\"]\nurl = http://127.0.0.1:1/a\n"
	    "[feed \"b\"]\nurl = http://127.0.0.1:1/b\ntags = asia\n"
	    "[output \"local\"]\ntype = syslog\naddress = unix:%s\n"
	    "[rule \"kz\"]\nwhen = incident and killed >= 1 and "
	    "country == \"Kazakhstan\"\noutputs = local\nseverity = critical\n"
	    "[rule \"asia-only\"]\nwhen = incident\ntags = asia\n"
	    "outputs = local\n", f->db, f->sock);
	buf_init(&errors, 1 << 16);
	f->cfg = config_parse_buffer("test.conf", f->conf, strlen(f->conf),
	    &errors);
	if (f->cfg == NULL) {
		fprintf(stderr, "%s", buf_str(&errors));
		return -1;
	}
	buf_release(&errors);
	if ((f->st = state_open(f->db)) == NULL)
		return -1;
	f->al = alerting_new(f->st);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[256];

	alerting_free(f->al);
	state_close(f->st);
	config_free(f->cfg);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

static int
item(struct fixture *f, const char *feed, const char *id, const char *title,
    const char *text, const char *published)
{
	struct feed_item it;

	memset(&it, 0, sizeof(it));
	it.id = (char *)id;
	it.title = (char *)title;
	it.summary = (char *)text;
	it.published = (char *)published;
	it.link = (char *)"http://example.org/story";
	return alerting_item(f->al, f->cfg, config_feed(f->cfg, feed), &it,
	    NOW);
}

#define ATTACK "A gunman opened fire on a police station in Taraz, " \
	"Kazakhstan on Saturday, killing seven people, officials said."
#define AGAIN "Seven people were killed on Saturday when a gunman opened " \
	"fire on a police station in Taraz, Kazakhstan, police said."
#define RISING "The death toll from Saturday's shooting at a police " \
	"station in Taraz, Kazakhstan rose to nine, officials said. The " \
	"Jund al-Khilafah group claimed responsibility."
#define HEART "A 54-year-old man died of a heart attack in Taraz, " \
	"Kazakhstan on Saturday."

static struct state_totals
totals(struct fixture *f)
{
	struct state_totals t;

	assert_int_equal(state_totals(f->st, &t), 0);
	return t;
}

static void
test_new_update_nothing(void **state)
{
	struct fixture *f = *state;
	struct outbox_entry *v;
	json_t *p, *ch;
	size_t n;

	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	assert_int_equal(totals(f).incidents, 1);
	assert_int_equal(totals(f).pending, 1);
	/* The same item again (a restart, a reload) alerts no more. */
	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 0);
	/* Another outlet, the same facts: one incident, no alert. */
	assert_int_equal(item(f, "a", "2", "Seven killed in Taraz attack",
	    AGAIN, "2026-11-21T12:00:00Z"), 0);
	assert_int_equal(totals(f).incidents, 1);
	assert_int_equal(totals(f).alerts, 1);
	/* A rising toll and a group named: an update for kz, and a first
	 * alert for asia-only, which sees feed b only. */
	assert_int_equal(item(f, "b", "3", "Taraz shooting toll rises to 9",
	    RISING, "2026-11-22T09:00:00Z"), 2);
	assert_int_equal(totals(f).incidents, 1);
	assert_int_equal(totals(f).alerts, 3);

	v = state_outbox_due(f->st, NOW, 10, &n);
	assert_int_equal(n, 3);
	p = json_loads(v[1].payload, 0, NULL);
	assert_non_null(p);
	assert_string_equal(v[1].kind, "update");
	assert_string_equal(json_string_value(json_object_get(p, "event")),
	    "update");
	ch = json_object_get(p, "changes");
	assert_int_equal(json_integer_value(json_object_get(
	    json_object_get(ch, "killed"), "old")), 7);
	assert_int_equal(json_integer_value(json_object_get(
	    json_object_get(ch, "killed"), "new")), 9);
	assert_non_null(json_object_get(ch, "perpetrator.group"));
	assert_int_equal(json_integer_value(json_object_get(json_object_get(p,
	    "incident"), "killed")), 9);
	/* Bookkeeping stays in the store. */
	assert_null(json_object_get(json_object_get(p, "incident"),
	    "feedwatch_alerted"));
	assert_string_equal(v[2].kind, "new");
	assert_string_equal(v[2].rule, "asia-only");
	assert_string_not_equal(v[0].delivery_id, v[1].delivery_id);
	json_decref(p);
	outbox_entry_free_all(v, n);
}

static void
test_not_an_attack(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(item(f, "a", "h", "Man dies of heart attack in Taraz",
	    HEART, "2026-11-21T10:00:00Z"), 0);
	assert_int_equal(totals(f).incidents, 0);
	assert_int_equal(totals(f).alerts, 0);
	/* Out of the rule's scope: feed a carries no tag asia. */
	assert_int_equal(item(f, "a", "x", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
}

static void
test_rewritten_item(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	/* The outlet edits its story in place with the new toll. */
	assert_int_equal(item(f, "a", "1", "Taraz shooting toll rises to 9",
	    RISING, "2026-11-21T10:00:00Z"), 1);
	assert_int_equal(totals(f).alerts, 2);
	assert_int_equal(totals(f).incidents, 1);
}

static void
on_done(void *arg)
{
	ev_break(arg, EVBREAK_ALL);
}

static void
test_drain_to_socket(void **state)
{
	struct fixture *f = *state;
	struct sockaddr_un sun;
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 4);
	struct outbox *o;
	char msg[8192];
	ssize_t r;
	int fd, got = 0;

	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", f->sock);
	assert_int_equal(bind(fd, (struct sockaddr *)&sun, sizeof(sun)), 0);

	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	assert_int_equal(item(f, "b", "3", "Taraz shooting toll rises to 9",
	    RISING, "2026-11-22T09:00:00Z"), 2);
	o = outbox_new(ev, l, f->st, f->cfg, 1);
	outbox_finish(o, on_done, ev);
	ev_run(ev, 0);
	assert_int_equal(outbox_sent(o), 3);
	while ((r = recv(fd, msg, sizeof(msg) - 1, 0)) > 0) {
		msg[r] = '\0';
		assert_non_null(strstr(msg, "[feedwatch@32473 rule="));
		got++;
	}
	assert_int_equal(got, 3);
	assert_int_equal(totals(f).pending, 0);

	/* Nothing pending: a second run sends nothing. */
	outbox_finish(o, on_done, ev);
	ev_run(ev, 0);
	assert_int_equal(outbox_sent(o), 3);
	outbox_free(o);
	loop_free(l);
	ev_loop_destroy(ev);
	close(fd);
}

static void
test_drain_retries_when_nobody_listens(void **state)
{
	struct fixture *f = *state;
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 4);
	struct outbox *o;
	struct outbox_entry *v;
	size_t n;

	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	o = outbox_new(ev, l, f->st, f->cfg, 1);
	outbox_finish(o, on_done, ev);
	ev_run(ev, 0);
	assert_int_equal(outbox_sent(o), 0);
	assert_int_equal(totals(f).pending, 1);
	/* Rescheduled, with the error kept. */
	v = state_outbox_due(f->st, time(NULL) + 3, 10, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].attempts, 1);
	assert_true(v[0].next_attempt > time(NULL) - 1);
	outbox_entry_free_all(v, n);
	outbox_free(o);
	loop_free(l);
	ev_loop_destroy(ev);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_update_nothing, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_not_an_attack, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rewritten_item, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_drain_to_socket, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_drain_retries_when_nobody_listens,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
