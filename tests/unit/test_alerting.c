/*
 * Alerting against a real state store, and the outbox drain on a real
 * loop delivering to a unix datagram socket and to stdout.
 */
#include "config.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>

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

#include "alert/format.h"
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
item_at(struct fixture *f, const char *feed, const char *id, const char *title,
    const char *text, const char *published, time_t now)
{
	struct feed_item it;

	memset(&it, 0, sizeof(it));
	it.id = (char *)id;
	it.title = (char *)title;
	it.summary = (char *)text;
	it.published = (char *)published;
	it.link = (char *)"http://example.org/story";
	return alerting_item(f->al, f->cfg, config_feed(f->cfg, feed), &it,
	    now);
}

static int
item(struct fixture *f, const char *feed, const char *id, const char *title,
    const char *text, const char *published)
{
	return item_at(f, feed, id, title, text, published, NOW);
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

#define ALMATY "A suicide bomber blew himself up at a bus station in " \
	"Almaty, Kazakhstan on Monday, killing 12 people, police said."

/* A feed that re-uses one id for every story: a second attack under the
 * same id is a new incident and a new alert, once. */
static void
test_reused_id(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(item(f, "a", "latest", "Gunman kills 7 in Taraz",
	    ATTACK, "2026-11-21T10:00:00Z"), 1);
	assert_int_equal(item(f, "a", "latest", "Bomber kills 12 in Almaty",
	    ALMATY, "2026-11-23T08:00:00Z"), 1);
	assert_int_equal(totals(f).incidents, 2);
	assert_int_equal(totals(f).alerts, 2);
	assert_int_equal(item(f, "a", "latest", "Bomber kills 12 in Almaty",
	    ALMATY, "2026-11-23T08:00:00Z"), 0);
	assert_int_equal(totals(f).alerts, 2);
}

/* An alert carries at most 4096 bytes of an item's summary, cut between
 * two characters and marked, not the whole of it. */
static void
test_long_summary_cut(void **state)
{
	struct fixture *f = *state;
	struct outbox_entry *v;
	struct buf text = BUF_INIT;
	const char *sum;
	json_t *p;
	size_t n, i, len;

	buf_addstr(&text, ATTACK " ");
	for (i = 0; i < 6000; i++)
		buf_addstr(&text, "\xc3\xa9");	/* e acute, two bytes */
	assert_int_equal(item(f, "a", "long", "Gunman kills 7 in Taraz",
	    buf_str(&text), "2026-11-21T10:00:00Z"), 1);
	v = state_outbox_due(f->st, NOW, 10, &n);
	assert_int_equal(n, 1);
	p = json_loads(v[0].payload, 0, NULL);
	assert_non_null(p);
	sum = json_string_value(json_object_get(json_object_get(p, "item"),
	    "summary"));
	assert_non_null(sum);
	len = strlen(sum);
	assert_true(len <= 4096 + 3);
	assert_true(len > 4000);
	assert_memory_equal(sum, ATTACK, strlen(ATTACK));
	assert_string_equal(sum + len - 3, "\xe2\x80\xa6");
	/* The incident was read from the whole text all the same. */
	assert_int_equal(json_integer_value(json_object_get(json_object_get(p,
	    "incident"), "killed")), 7);
	json_decref(p);
	outbox_entry_free_all(v, n);
	buf_release(&text);
}

static void
on_done(void *arg)
{
	ev_break(arg, EVBREAK_ALL);
}

/* The datagram socket the config's syslog output sends to. */
static int
syslog_receiver(struct fixture *f)
{
	struct sockaddr_un sun;
	int fd;

	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", f->sock);
	assert_int_equal(bind(fd, (struct sockaddr *)&sun, sizeof(sun)), 0);
	return fd;
}

static void
test_drain_to_socket(void **state)
{
	struct fixture *f = *state;
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 4);
	struct outbox *o;
	char msg[8192];
	ssize_t r;
	int fd, got = 0;

	fd = syslog_receiver(f);

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

/* An alert queued in a transaction still open is not sent, whatever
 * kicks the outbox, until the transaction commits. */
static void
test_drain_waits_for_commit(void **state)
{
	struct fixture *f = *state;
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 4);
	struct outbox *o;
	char msg[8192];
	int fd;

	fd = syslog_receiver(f);

	assert_int_equal(state_begin(f->st), 0);
	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	o = outbox_new(ev, l, f->st, f->cfg, 1);
	outbox_kick(o);
	ev_run(ev, EVRUN_NOWAIT);
	ev_run(ev, EVRUN_NOWAIT);
	assert_int_equal(outbox_sent(o), 0);
	assert_true(recv(fd, msg, sizeof(msg), 0) < 0);

	assert_int_equal(state_commit(f->st), 0);
	alerting_settle(f->al, 1);
	outbox_finish(o, on_done, ev);
	ev_run(ev, 0);
	assert_int_equal(outbox_sent(o), 1);
	assert_true(recv(fd, msg, sizeof(msg), 0) > 0);
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

	/* Raised now, not at NOW: the outbox reads the clock, and an alert
	 * older than the output's max_age is given up, not retried. */
	assert_int_equal(item_at(f, "a", "1", "Gunman kills 7 in Taraz",
	    ATTACK, "2026-11-21T10:00:00Z", time(NULL)), 1);
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

/* RFC 6587 octet counting over tcp, with the connection made without
 * waiting: the first attempt may find it still connecting and retry. */
static void
test_drain_to_tcp(void **state)
{
	struct fixture *f = *state;
	struct sockaddr_in sin;
	socklen_t slen = sizeof(sin);
	struct ev_loop *ev = ev_loop_new(EVFLAG_AUTO);
	struct loop *l = loop_new(ev, 4, 4);
	struct buf errors = BUF_INIT;
	struct config *cfg;
	struct outbox *o;
	char conf[1024], data[16384];
	size_t got = 0, len, frames = 0;
	ssize_t r;
	int lfd, fd, tries;
	char *p, *end;

	lfd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	assert_int_equal(bind(lfd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	assert_int_equal(listen(lfd, 4), 0);
	assert_int_equal(getsockname(lfd, (struct sockaddr *)&sin, &slen), 0);
	snprintf(conf, sizeof(conf), "[daemon]\nstate = %s\n"
	    "[feed \"a\"]\nurl = http://127.0.0.1:1/a\n"
	    "[output \"remote\"]\ntype = syslog\naddress = tcp:127.0.0.1:%d\n"
	    "[rule \"any\"]\nwhen = incident\noutputs = remote\n", f->db,
	    ntohs(sin.sin_port));
	buf_init(&errors, 1 << 16);
	cfg = config_parse_buffer("tcp.conf", conf, strlen(conf), &errors);
	assert_non_null(cfg);
	buf_release(&errors);
	config_free(f->cfg);
	f->cfg = cfg;

	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	assert_int_equal(item(f, "a", "2", "Gunman kills 4 in Mogadishu",
	    "A gunman opened fire on a police station in Mogadishu, Somalia "
	    "on Saturday, killing 4 people, officials said.",
	    "2026-11-21T10:00:00Z"), 1);
	o = outbox_new(ev, l, f->st, f->cfg, 1);
	for (tries = 0; tries < 5 && outbox_sent(o) < 2; tries++) {
		if (tries > 0)
			sleep(1);
		outbox_finish(o, on_done, ev);
		ev_run(ev, 0);
	}
	assert_int_equal(outbox_sent(o), 2);
	fd = accept(lfd, NULL, NULL);
	assert_true(fd >= 0);
	while (got < sizeof(data) - 1 &&
	    (r = recv(fd, data + got, sizeof(data) - 1 - got, MSG_DONTWAIT)) > 0)
		got += (size_t)r;
	data[got] = '\0';
	for (p = data; p < data + got; p = end + len) {
		len = strtoul(p, &end, 10);
		assert_int_equal(*end, ' ');
		end++;
		assert_true(end + len <= data + got);
		assert_memory_equal(end, "<28>1 ", 6);	/* daemon.warning */
		frames++;
	}
	assert_int_equal(frames, 2);
	outbox_free(o);
	loop_free(l);
	ev_loop_destroy(ev);
	close(fd);
	close(lfd);
}

static const char *
header(const struct output_msg *m, const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < m->nheaders; i++)
		if (strncmp(m->headers[i], name, n) == 0 &&
		    m->headers[i][n] == ':')
			return m->headers[i] + n + 2;
	return NULL;
}

/* What the drain sends is rendered from the stored payload: the webhook
 * body is that payload with the delivery id, signed over exactly the
 * bytes sent. */
static void
test_render_from_payload(void **state)
{
	struct fixture *f = *state;
	struct output_cfg out;
	struct outbox_entry *v;
	struct output_msg m;
	struct alert a;
	json_t *payload, *body;
	char *sig;
	size_t n;

	assert_int_equal(item(f, "a", "1", "Gunman kills 7 in Taraz", ATTACK,
	    "2026-11-21T10:00:00Z"), 1);
	v = state_outbox_due(f->st, NOW, 1, &n);
	assert_int_equal(n, 1);
	payload = json_loads(v[0].payload, 0, NULL);
	assert_int_equal(output_alert_from_json(&a, payload, v[0].delivery_id,
	    v[0].created), 0);
	assert_string_equal(a.rule, "kz");
	assert_int_equal(a.priority, 2);	/* critical is LOG_CRIT */

	memset(&out, 0, sizeof(out));
	out.name = (char *)"ops";
	out.type = OUTPUT_WEBHOOK;
	out.url = (char *)"https://hooks.example.org/x";
	out.secret = (char *)"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
	assert_int_equal(output_render(&out, &a, "ua/1", 1700000000, &m), 0);
	assert_string_equal(header(&m, "Content-Type"), "application/json");
	assert_string_equal(header(&m, "User-Agent"), "ua/1");
	assert_string_equal(header(&m, "webhook-id"), v[0].delivery_id);
	assert_string_equal(header(&m, "webhook-timestamp"), "1700000000");
	sig = alert_signature(out.secret, v[0].delivery_id, 1700000000, m.text,
	    strlen(m.text));
	assert_string_equal(header(&m, "webhook-signature"), sig);
	free(sig);
	body = json_loads(m.text, 0, NULL);
	assert_string_equal(json_string_value(json_object_get(body,
	    "delivery_id")), v[0].delivery_id);
	json_object_del(body, "delivery_id");
	assert_true(json_equal(body, payload));
	json_decref(body);
	output_msg_clear(&m);

	out.format = (char *)"slack";
	out.secret = NULL;
	assert_int_equal(output_render(&out, &a, NULL, 1700000000, &m), 0);
	assert_int_equal(m.nheaders, 2);
	body = json_loads(m.text, 0, NULL);
	assert_non_null(json_object_get(body, "text"));
	json_decref(body);
	output_msg_clear(&m);

	out.type = OUTPUT_SYSLOG;
	out.address = (char *)"udp:127.0.0.1:514";
	assert_int_equal(output_render(&out, &a, NULL, 1700000000, &m), 0);
	assert_non_null(strstr(m.text, "ALERT critical rule=kz killed=7"));
	assert_memory_equal(m.datagram, "<26>1 2023-11-14T22:13:20Z ", 27);
	output_msg_clear(&m);

	assert_int_equal(output_alert_from_json(&a, json_object_get(payload,
	    "item"), "x", 0), -1);
	json_decref(payload);
	outbox_entry_free_all(v, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_update_nothing, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_not_an_attack, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_reused_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_summary_cut, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rewritten_item, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_drain_to_socket, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_drain_waits_for_commit,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_drain_retries_when_nobody_listens,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_drain_to_tcp, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_render_from_payload, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
