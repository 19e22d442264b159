#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <cmocka.h>

#include <jansson.h>

#include "alert/format.h"

static const char incident_json[] =
    "{\"is_incident\": true, \"types\": [\"armed_assault\", \"bombing\"],"
    " \"weapons\": [\"firearms\"], \"killed\": 8, \"killed_attackers\": 1,"
    " \"injured\": null, \"at_least\": false, \"suicide\": true,"
    " \"location\": {\"city\": \"Taraz\", \"region\": \"Zhambyl\","
    "   \"country\": \"Kazakhstan\", \"country_code\": \"KZ\"},"
    " \"perpetrator\": {\"group\": null, \"name\": \"Kariyev\"}}";
static const char item_json[] =
    "{\"id\": \"i-1\", \"title\": \"Radical Islamist Kills 7 in Taraz\","
    " \"link\": \"https://example.org/news/1?a=1&b=<2>\"}";

struct fixture {
	json_t		*incident, *item;
	struct alert	 a;
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	fx->incident = json_loads(incident_json, 0, NULL);
	fx->item = json_loads(item_json, 0, NULL);
	assert_non_null(fx->incident);
	assert_non_null(fx->item);
	fx->a.event = "new";
	fx->a.rule = "central-asia-attacks";
	fx->a.severity = "critical";
	fx->a.priority = LOG_CRIT;
	fx->a.delivery_id = "fw_0123";
	fx->a.feed = "moscow-times";
	fx->a.incident_id = 42;
	fx->a.incident = fx->incident;
	fx->a.item = fx->item;
	fx->a.time = 1321092000;	/* 2011-11-12T10:00:00Z */
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	json_decref(fx->incident);
	json_decref(fx->item);
	free(fx);
	return 0;
}

static void
test_line(void **state)
{
	struct fixture *fx = *state;
	char *s;

	s = alert_format_line(&fx->a);
	assert_string_equal(s, "ALERT critical rule=central-asia-attacks "
	    "killed=8 injured=? Taraz, Kazakhstan — \"Radical Islamist Kills 7 "
	    "in Taraz\" <https://example.org/news/1?a=1&b=<2>>");
	free(s);

	/* Lower bounds, no city, no item. */
	json_object_set_new(fx->incident, "at_least", json_true());
	json_object_set_new(fx->incident, "injured", json_integer(30));
	json_object_del(json_object_get(fx->incident, "location"), "city");
	fx->a.item = NULL;
	s = alert_format_line(&fx->a);
	assert_string_equal(s, "ALERT critical rule=central-asia-attacks "
	    "killed=8+ injured=30+ Zhambyl, Kazakhstan");
	free(s);

	fx->a.incident = NULL;
	s = alert_format_line(&fx->a);
	assert_string_equal(s, "ALERT critical rule=central-asia-attacks "
	    "killed=? injured=? place unknown");
	free(s);
}

static void
test_line_update(void **state)
{
	struct fixture *fx = *state;
	json_t *changes = json_loads("{\"killed\": {\"old\": 7, \"new\": 8},"
	    " \"perpetrator.group\": {\"old\": null, \"new\": \"Jund\\nal-Khilafah\"}}",
	    0, NULL);
	char *s;

	fx->a.event = "update";
	fx->a.changes = changes;
	s = alert_format_line(&fx->a);
	assert_string_equal(s, "UPDATE critical rule=central-asia-attacks "
	    "killed=8 injured=? Taraz, Kazakhstan — \"Radical Islamist Kills 7 "
	    "in Taraz\" <https://example.org/news/1?a=1&b=<2>> [killed 7→8; "
	    "perpetrator.group ?→Jund al-Khilafah]");
	free(s);
	json_decref(changes);
}

static void
test_line_cleaning(void **state)
{
	struct fixture *fx = *state;
	char *s, *title;
	size_t chars;
	const char *p;

	/* 100 Cyrillic letters: cut to 80 characters, not bytes. */
	title = calloc(1, 2 * 100 + 1);
	for (chars = 0; chars < 100; chars++)
		memcpy(title + 2 * chars, "ж", 2);
	json_object_set_new(fx->item, "title", json_string(title));
	s = alert_format_line(&fx->a);
	p = strstr(s, "\"ж");
	assert_non_null(p);
	for (chars = 0, p++; *p != '"'; chars++)
		p += (*p & 0x80) ? ((*p & 0xe0) == 0xc0 ? 2 : 3) : 1;
	assert_int_equal(chars, 80);	/* 79 letters and "…" */
	assert_non_null(strstr(s, "жж…\""));
	free(s);
	/* Exactly 80 letters fit without a cut. */
	title[160] = '\0';
	json_object_set_new(fx->item, "title", json_string(title));
	s = alert_format_line(&fx->a);
	assert_non_null(strstr(s, "жж\" <"));
	assert_null(strstr(s, "…"));
	free(s);
	free(title);

	/* Newlines and tabs cannot split the line. */
	json_object_set_new(fx->item, "title",
	    json_string("  Blast\n\n\tin\r\nTaraz  "));
	s = alert_format_line(&fx->a);
	assert_non_null(strstr(s, "— \"Blast in Taraz\" <"));
	assert_null(strchr(s, '\n'));
	free(s);
}

/* Whether s is valid UTF-8 (no sequence cut in two). */
static int
valid_utf8(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n, i;

	while (*p) {
		n = *p < 0x80 ? 1 : (*p & 0xe0) == 0xc0 ? 2 :
		    (*p & 0xf0) == 0xe0 ? 3 : (*p & 0xf8) == 0xf0 ? 4 : 0;
		if (n == 0)
			return 0;
		for (i = 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}

/* The feed sets the link: a 100 KB one is cut at 512 characters, on a
 * character boundary, with "…", in the line and in the RFC 5424 field. */
static void
test_long_link(void **state)
{
	struct fixture *fx = *state;
	char *link, *s, *p;
	size_t i, len = 0;

	link = malloc(20 + 490 + 2 * 50000 + 1);
	memcpy(link, "https://example.org/", 20);
	len = 20;
	memset(link + len, 'a', 490);
	len += 490;
	for (i = 0; i < 50000; i++, len += 2)
		memcpy(link + len, "é", 2);	/* from the 511th character */
	link[len] = '\0';
	json_object_set_new(fx->item, "link", json_string(link));

	s = alert_format_line(&fx->a);
	assert_true(strlen(s) < 1024);
	assert_true(valid_utf8(s));
	p = strstr(s, " <https://example.org/aaa");
	assert_non_null(p);
	/* 20 + 490 ASCII, one "é" (the 511th character), then "…". */
	assert_string_equal(p + 2 + 510, "é…>");
	free(s);

	s = alert_format_rfc5424(&fx->a, LOG_DAEMON, "h", "feedwatchd", 1,
	    1321092005);
	assert_true(strlen(s) < 2048);
	assert_true(valid_utf8(s));
	assert_non_null(strstr(s, "aé…\"] "));
	free(s);

	/* 512 characters fit whole. */
	link[514] = '\0';
	json_object_set_new(fx->item, "link", json_string(link));
	s = alert_format_line(&fx->a);
	assert_null(strstr(s, "…"));
	assert_non_null(strstr(s, "aéé>"));
	free(s);
	free(link);
}

static void
test_rfc5424(void **state)
{
	struct fixture *fx = *state;
	char *s;

	s = alert_format_rfc5424(&fx->a, LOG_DAEMON, "host one", "feedwatchd",
	    1234, 1321092005);
	/* PRI = daemon (3) * 8 + crit (2) = 26. */
	assert_string_equal(s, "<26>1 2011-11-12T10:00:05Z host_one feedwatchd "
	    "1234 ALERT [feedwatch@32473 rule=\"central-asia-attacks\" "
	    "severity=\"critical\" event=\"new\" delivery=\"fw_0123\" "
	    "incident=\"42\" feed=\"moscow-times\" killed=\"8\" "
	    "country=\"Kazakhstan\" country_code=\"KZ\" city=\"Taraz\" "
	    "link=\"https://example.org/news/1?a=1&b=<2>\"] \xef\xbb\xbf"
	    "ALERT critical rule=central-asia-attacks killed=8 injured=? Taraz, "
	    "Kazakhstan — \"Radical Islamist Kills 7 in Taraz\" "
	    "<https://example.org/news/1?a=1&b=<2>>");
	free(s);

	/* Escapes in PARAM-VALUE; nil host, pid. */
	fx->a.rule = "a \"b\" [c] \\d";
	fx->a.incident_id = 0;
	fx->a.priority = LOG_INFO;
	s = alert_format_rfc5424(&fx->a, LOG_LOCAL3, "", NULL, 0, 0);
	assert_non_null(strstr(s, "<158>1 1970-01-01T00:00:00Z - - - ALERT "));
	assert_non_null(strstr(s, " rule=\"a \\\"b\\\" [c\\] \\\\d\" "));
	assert_null(strstr(s, "incident="));
	free(s);
}

static void
test_journal(void **state)
{
	struct fixture *fx = *state;
	char **f;
	size_t n, i;
	int seen = 0;

	n = alert_journal_fields(&fx->a, &f);
	assert_true(n >= 10);
	for (i = 0; i < n; i++) {
		if (strcmp(f[i], "PRIORITY=2") == 0 ||
		    strcmp(f[i], "MESSAGE_ID=" ALERT_MESSAGE_ID_NEW) == 0 ||
		    strcmp(f[i], "FEEDWATCH_RULE=central-asia-attacks") == 0 ||
		    strcmp(f[i], "FEEDWATCH_INCIDENT=42") == 0 ||
		    strcmp(f[i], "FEEDWATCH_KILLED=8") == 0 ||
		    strncmp(f[i], "MESSAGE=ALERT critical rule=", 28) == 0)
			seen++;
		assert_null(strstr(f[i], "FEEDWATCH_INJURED"));
	}
	assert_int_equal(seen, 6);
	alert_fields_free(f, n);
}

static void
test_json_body(void **state)
{
	struct fixture *fx = *state;
	json_t *o, *changes;
	char *s;

	json_object_set_new(fx->incident, "score", json_real(0.94));
	s = alert_json_body(&fx->a);
	assert_null(strchr(s, '\n'));
	assert_non_null(strstr(s, "\"score\":0.94}"));
	o = json_loads(s, 0, NULL);
	assert_non_null(o);
	assert_string_equal(json_string_value(json_object_get(o, "event")),
	    "new");
	assert_string_equal(json_string_value(json_object_get(o,
	    "delivery_id")), "fw_0123");
	assert_string_equal(json_string_value(json_object_get(o, "time")),
	    "2011-11-12T10:00:00Z");
	assert_string_equal(json_string_value(json_object_get(
	    json_object_get(o, "rule"), "name")), "central-asia-attacks");
	assert_string_equal(json_string_value(json_object_get(
	    json_object_get(o, "rule"), "severity")), "critical");
	assert_int_equal(json_integer_value(json_object_get(o, "incident_id")),
	    42);
	assert_true(json_equal(json_object_get(o, "incident"), fx->incident));
	assert_true(json_equal(json_object_get(o, "item"), fx->item));
	assert_null(json_object_get(o, "changes"));
	assert_non_null(strstr(json_string_value(json_object_get(o,
	    "summary")), "rule=central-asia-attacks"));
	json_decref(o);
	free(s);

	changes = json_pack("{s:{s:i, s:i}}", "killed", "old", 7, "new", 8);
	fx->a.event = "update";
	fx->a.changes = changes;
	fx->a.item = NULL;
	o = alert_json(&fx->a);
	assert_string_equal(json_string_value(json_object_get(o, "event")),
	    "update");
	assert_true(json_equal(json_object_get(o, "changes"), changes));
	assert_true(json_is_null(json_object_get(o, "item")));
	json_decref(o);
	json_decref(changes);
}

static void
test_slack_body(void **state)
{
	struct fixture *fx = *state;
	json_t *o, *att, *fields, *f;
	char *s;
	size_t i;
	int killed = 0, place = 0, group = 0;

	s = alert_slack_body(&fx->a);
	o = json_loads(s, 0, NULL);
	assert_non_null(o);
	/* Slack markup characters are escaped in text. */
	assert_null(strstr(json_string_value(json_object_get(o, "text")),
	    "<https"));
	assert_non_null(strstr(json_string_value(json_object_get(o, "text")),
	    "&lt;https://example.org/news/1?a=1&amp;b=&lt;2&gt;&gt;"));
	att = json_array_get(json_object_get(o, "attachments"), 0);
	assert_non_null(att);
	assert_string_equal(json_string_value(json_object_get(att, "color")),
	    "#d00000");
	assert_string_equal(json_string_value(json_object_get(att, "title")),
	    "Radical Islamist Kills 7 in Taraz");
	assert_string_equal(json_string_value(json_object_get(att,
	    "title_link")), "https://example.org/news/1?a=1&b=<2>");
	assert_int_equal(json_integer_value(json_object_get(att, "ts")),
	    1321092000);
	fields = json_object_get(att, "fields");
	json_array_foreach(fields, i, f) {
		const char *t = json_string_value(json_object_get(f, "title"));
		const char *v = json_string_value(json_object_get(f, "value"));

		if (strcmp(t, "Killed") == 0 && strcmp(v, "8") == 0)
			killed = 1;
		if (strcmp(t, "Place") == 0 &&
		    strcmp(v, "Taraz, Kazakhstan") == 0)
			place = 1;
		if (strcmp(t, "Perpetrator") == 0 &&
		    strcmp(v, "Kariyev") == 0)
			group = 1;
		if (strcmp(t, "Group") == 0)
			fail_msg("Group field for a null group");
	}
	assert_true(killed && place && group);
	json_decref(o);
	free(s);
}

/*
 * The first vector is the Standard Webhooks specification's example; both
 * were checked independently with
 *   python3 -c 'import hmac, hashlib, base64;
 *     k = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
 *     m = b"msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{\"test\": 2432232314}";
 *     print(base64.b64encode(hmac.new(k, m, hashlib.sha256).digest()))'
 *   -> g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
 * and, for a secret without "whsec_" (used as raw bytes),
 *   hmac.new(b"plain secret", b"dlv_1.1700000000.{}", hashlib.sha256)
 *   -> pYG63GBBBM03EnzlbtQzWoki9zbs7WI1eJhPDrJivOo=
 */
static void
test_signature(void **state)
{
	const char *body = "{\"test\": 2432232314}";
	char *s;

	s = alert_signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
	    "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body, strlen(body));
	assert_string_equal(s, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	free(s);
	s = alert_signature("plain secret", "dlv_1", 1700000000, "{}", 2);
	assert_string_equal(s, "v1,pYG63GBBBM03EnzlbtQzWoki9zbs7WI1eJhPDrJivOo=");
	free(s);
	/* A different body, id or time changes the signature. */
	s = alert_signature("plain secret", "dlv_1", 1700000001, "{}", 2);
	assert_string_not_equal(s,
	    "v1,pYG63GBBBM03EnzlbtQzWoki9zbs7WI1eJhPDrJivOo=");
	free(s);
	assert_null(alert_signature("whsec_not base64!", "x", 1, "", 0));
	assert_null(alert_signature("whsec_abc", "x", 1, "", 0));
	assert_null(alert_signature("whsec_", "x", 1, "", 0));
	assert_null(alert_signature("whsec_a=bc", "x", 1, "", 0));
}

static void
test_delivery_id(void **state)
{
	char *a = alert_delivery_id("r", "f", "item", "new", "ops");
	char *b = alert_delivery_id("r", "f", "item", "new", "ops");
	char *c = alert_delivery_id("r", "f", "item", "new", "syslog");
	char *d = alert_delivery_id("r", "fi", "tem", "new", "ops");
	size_t i;

	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
	assert_string_not_equal(a, d);
	assert_int_equal(strlen(a), 35);
	assert_memory_equal(a, "fw_", 3);
	for (i = 3; i < 35; i++)
		assert_non_null(strchr("0123456789abcdef", a[i]));
	free(a);
	free(b);
	free(c);
	free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_line_update, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_line_cleaning, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_long_link, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_rfc5424, setup, teardown),
		cmocka_unit_test_setup_teardown(test_journal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_body, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_slack_body, setup,
		    teardown),
		cmocka_unit_test(test_signature),
		cmocka_unit_test(test_delivery_id),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
