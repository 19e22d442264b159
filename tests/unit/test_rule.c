#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include <jansson.h>

#include "common/buf.h"
#include "rules/rule.h"

/* An attack report in the shape of DESIGN.md's incident record. */
static const char incident_json[] =
    "{\"is_incident\": true, \"not_incident\": null, \"score\": 0.94,"
    " \"types\": [\"armed_assault\", \"bombing\"],"
    " \"weapons\": [\"firearms\", \"explosives\"],"
    " \"killed\": 8, \"killed_attackers\": 1, \"injured\": null,"
    " \"at_least\": false, \"suicide\": true,"
    " \"location\": {\"city\": \"Taraz\", \"region\": \"Zhambyl\","
    "   \"country\": \"Kazakhstan\", \"country_code\": \"KZ\"},"
    " \"date\": \"2011-11-12\","
    " \"perpetrator\": {\"group\": null, \"name\": \"Kariyev\"},"
    " \"targets\": [\"police\", \"business\"], \"language\": \"en\"}";

static const char item_json[] =
    "{\"id\": \"1\", \"title\": \"Radical Islamist Kills 7 in Taraz\","
    " \"link\": \"https://example.org/news/1\","
    " \"summary\": \"<p>A gunman attacked police in TARAZ, Kazakhstan.</p>\","
    " \"content\": \"Officials in Zürich said the car\\n  bomb was a"
    " one-off; the attacks began at noon.\","
    " \"categories\": [\"World\", \"Asia\"]}";

static const char *const tags[] = { "central-asia", "russia" };

struct fixture {
	json_t		*incident, *item;
	struct rule_env	 env;
};

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));

	fx->incident = json_loads(incident_json, 0, NULL);
	fx->item = json_loads(item_json, 0, NULL);
	assert_non_null(fx->incident);
	assert_non_null(fx->item);
	fx->env.incident = fx->incident;
	fx->env.item = fx->item;
	fx->env.feed = "moscow-times";
	fx->env.tags = tags;
	fx->env.ntags = 2;
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

/* Compile (failing the test on errors) and evaluate. */
static int
ev(const struct rule_env *env, const char *src)
{
	struct buf e = BUF_INIT;
	struct rule *r = rule_compile(src, "t", 1, 1, &e);
	int v;

	if (r == NULL)
		fail_msg("'%s' did not compile: %s", src, buf_str(&e));
	v = rule_eval(r, env);
	rule_free(r);
	buf_release(&e);
	return v;
}

/* The errors compiling src (must fail). */
static char *
errs(const char *src)
{
	struct buf e = BUF_INIT;
	struct rule *r = rule_compile(src, "f.conf", 3, 8, &e);

	if (r != NULL)
		fail_msg("'%s' compiled", src);
	return buf_detach(&e, NULL);
}

static void
check_err(const char *src, const char *want)
{
	char *got = errs(src);

	if (strcmp(got, want) != 0)
		fail_msg("'%s':\n  want %s  got  %s", src, want, got);
	free(got);
}

static void
test_numbers(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;

	assert_int_equal(ev(env, "killed == 8"), 1);
	assert_int_equal(ev(env, "killed != 8"), 0);
	assert_int_equal(ev(env, "killed >= 8"), 1);
	assert_int_equal(ev(env, "killed > 8"), 0);
	assert_int_equal(ev(env, "killed <= 8"), 1);
	assert_int_equal(ev(env, "killed < 8"), 0);
	assert_int_equal(ev(env, "killed < 8.5"), 1);
	assert_int_equal(ev(env, "8 <= killed"), 1);
	assert_int_equal(ev(env, "killed > killed_attackers"), 1);
	assert_int_equal(ev(env, "killed > -1"), 1);
	assert_int_equal(ev(env, "score >= 0.9 and score < 0.95"), 1);
	/* A literal equals the same number read from JSON. */
	json_object_set_new(fx->incident, "score", json_real(0.3));
	assert_int_equal(ev(env, "score == 0.3"), 1);
	assert_int_equal(ev(env, "score >= 0.3 and score <= 0.3"), 1);
	json_object_set_new(fx->incident, "score", json_real(0.07));
	assert_int_equal(ev(env, "score == 0.07"), 1);
	assert_int_equal(ev(env, "killed in (1, 8, 20)"), 1);
	assert_int_equal(ev(env, "killed not in (1, 2)"), 1);
	assert_int_equal(ev(env, "killed"), 1);
}

static void
test_strings_and_bools(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;

	assert_int_equal(ev(env, "country == \"Kazakhstan\""), 1);
	assert_int_equal(ev(env, "country == \"kazakhstan\""), 1);
	assert_int_equal(ev(env, "country != \"Russia\""), 1);
	assert_int_equal(ev(env, "country in (\"Kyrgyzstan\", \"Kazakhstan\")"),
	    1);
	assert_int_equal(ev(env, "country not in (\"Kazakhstan\")"), 0);
	assert_int_equal(ev(env, "city == \"Taraz\" and region == \"Zhambyl\""),
	    1);
	assert_int_equal(ev(env, "country_code == \"KZ\""), 1);
	assert_int_equal(ev(env, "perpetrator == \"Kariyev\""), 1);
	assert_int_equal(ev(env, "feed == \"moscow-times\""), 1);
	assert_int_equal(ev(env, "link ~ \"^https://example\\.org/\""), 1);
	assert_int_equal(ev(env, "date == \"2011-11-12\""), 1);
	assert_int_equal(ev(env, "incident"), 1);
	assert_int_equal(ev(env, "suicide"), 1);
	assert_int_equal(ev(env, "suicide == true"), 1);
	assert_int_equal(ev(env, "at_least"), 0);
	assert_int_equal(ev(env, "at_least == false"), 1);
	assert_int_equal(ev(env, "not at_least"), 1);
	assert_int_equal(ev(env, "true"), 1);
	assert_int_equal(ev(env, "false"), 0);
	assert_int_equal(ev(env, "language == \"en\""), 1);
}

static void
test_precedence(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;
	static const struct { const char *src, *canon; } cases[] = {
		{ "incident or killed > 1 and suicide",
		  "incident or (killed > 1 and suicide)" },
		{ "not incident and suicide", "not incident and suicide" },
		{ "not (incident and suicide)", "not (incident and suicide)" },
		{ "a_least == 1", NULL },
		{ "(incident or false) and not not suicide",
		  "(incident or false) and not not suicide" },
		{ "killed>=1 AND country In(\"A\",\"B\")",
		  "killed >= 1 and country in (\"A\", \"B\")" },
		{ "title contains \"say \\\"hi\\\"\" or title !~ \"\\d+\"",
		  "title contains \"say \\\"hi\\\"\" or title !~ \"\\d+\"" },
		{ "incident and killed >= 1 or injured >= 5 and not suicide",
		  "(incident and killed >= 1) or (injured >= 5 and not "
		  "suicide)" },
		{ "a_b", NULL },
		{ "((incident and suicide) and (killed and injured)) or false",
		  "(incident and suicide and (killed and injured)) or false" },
		{ "killed == 08.50 or title contains \"a\\\\\"",
		  "killed == 08.50 or title contains \"a\\\\\"" },
	};
	struct buf e = BUF_INIT;
	struct rule *r;
	char *s;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_reset(&e);
		r = rule_compile(cases[i].src, "t", 1, 1, &e);
		if (cases[i].canon == NULL) {
			assert_null(r);
			continue;
		}
		if (r == NULL)
			fail_msg("%s: %s", cases[i].src, buf_str(&e));
		s = rule_explain(r);
		assert_string_equal(s, cases[i].canon);
		free(s);
		rule_free(r);
	}
	buf_release(&e);
	/* and binds tighter than or: false and X or true == true */
	assert_int_equal(ev(env, "false and incident or true"), 1);
	assert_int_equal(ev(env, "false and (incident or true)"), 0);
	/* not binds tighter than and */
	assert_int_equal(ev(env, "not false and false"), 0);
	assert_int_equal(ev(env, "not (false and false)"), 1);
}

static void
test_arrays(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;

	assert_int_equal(ev(env, "type == \"bombing\""), 1);
	assert_int_equal(ev(env, "type == \"kidnapping\""), 0);
	assert_int_equal(ev(env, "type != \"kidnapping\""), 1);
	assert_int_equal(ev(env, "type != \"bombing\""), 0);	/* none */
	assert_int_equal(ev(env, "type in (\"hijacking\", \"armed_assault\")"),
	    1);
	assert_int_equal(ev(env, "type not in (\"hijacking\", \"bombing\")"),
	    0);
	assert_int_equal(ev(env, "weapon ~ \"^explo\""), 1);
	assert_int_equal(ev(env, "weapon !~ \"^explo\""), 0);
	assert_int_equal(ev(env, "weapon contains \"firearms\""), 1);
	assert_int_equal(ev(env, "target == \"police\""), 1);
	assert_int_equal(ev(env, "tags == \"russia\""), 1);
	assert_int_equal(ev(env, "tags contains \"central\""), 1);
	assert_int_equal(ev(env, "tags == \"asia\""), 0);
	assert_int_equal(ev(env, "category == \"asia\""), 1);
	assert_int_equal(ev(env, "type"), 1);
	assert_int_equal(ev(env, "type == null"), 0);
}

static void
test_nulls(void **state)
{
	struct fixture *fx = *state;
	struct rule_env empty = { NULL, NULL, NULL, NULL, 0 };
	const struct rule_env *env = &fx->env;
	json_t *inc;

	/* injured is null; group is null; dateline absent. */
	assert_int_equal(ev(env, "injured > 0"), 0);
	assert_int_equal(ev(env, "injured <= 0"), 0);
	assert_int_equal(ev(env, "injured == 0"), 0);
	assert_int_equal(ev(env, "injured != 0"), 0);
	assert_int_equal(ev(env, "injured == null"), 1);
	assert_int_equal(ev(env, "null == injured"), 1);
	assert_int_equal(ev(env, "injured != null"), 0);
	assert_int_equal(ev(env, "killed != null"), 1);
	assert_int_equal(ev(env, "not injured > 0"), 1);
	assert_int_equal(ev(env, "injured"), 0);
	assert_int_equal(ev(env, "injured in (0, 1)"), 0);
	assert_int_equal(ev(env, "injured not in (0, 1)"), 0);
	assert_int_equal(ev(env, "group == null"), 1);
	assert_int_equal(ev(env, "group ~ \".\""), 0);
	assert_int_equal(ev(env, "group !~ \".\""), 0);
	assert_int_equal(ev(env, "group contains \"isis\""), 0);
	assert_int_equal(ev(env, "not_incident == null"), 1);
	assert_int_equal(ev(env, "killed > injured"), 0);

	/* No incident, no item, no feed at all. */
	assert_int_equal(ev(&empty, "incident"), 0);
	assert_int_equal(ev(&empty, "not incident"), 1);
	assert_int_equal(ev(&empty, "killed == null and title == null"), 1);
	assert_int_equal(ev(&empty, "text contains \"x\""), 0);
	assert_int_equal(ev(&empty, "feed == null"), 1);
	assert_int_equal(ev(&empty, "tags"), 0);
	assert_int_equal(ev(&empty, "tags != \"x\""), 1);

	/* A field of the wrong JSON type counts as no value. */
	inc = json_pack("{s:s, s:s, s:i}", "killed", "eight", "types",
	    "bombing", "suicide", 1);
	empty.incident = inc;
	assert_int_equal(ev(&empty, "killed >= 0"), 0);
	assert_int_equal(ev(&empty, "type == \"bombing\""), 0);
	assert_int_equal(ev(&empty, "suicide"), 0);
	json_decref(inc);
}

static void
test_contains(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;

	/* Whole words: "attack" is not "attacks" nor "attacked". */
	assert_int_equal(ev(env, "text contains \"attack\""), 0);
	assert_int_equal(ev(env, "text contains \"attacks\""), 1);
	assert_int_equal(ev(env, "summary contains \"attacked\""), 1);
	/* Case-insensitive, punctuation and markup are boundaries. */
	assert_int_equal(ev(env, "summary contains \"taraz\""), 1);
	assert_int_equal(ev(env, "title contains \"TARAZ\""), 1);
	assert_int_equal(ev(env, "title contains \"Tara\""), 0);
	assert_int_equal(ev(env, "text contains \"one-off\""), 1);
	assert_int_equal(ev(env, "text contains \"one\""), 1);
	/* A phrase matches across any whitespace, newlines too. */
	assert_int_equal(ev(env, "content contains \"car bomb\""), 1);
	assert_int_equal(ev(env, "content contains \"car  bomb was\""), 1);
	assert_int_equal(ev(env, "content contains \"carbomb\""), 0);
	/* Unicode: case folding beyond ASCII, letters as word parts. */
	assert_int_equal(ev(env, "content contains \"ZÜRICH\""), 1);
	assert_int_equal(ev(env, "content contains \"zürich\""), 1);
	assert_int_equal(ev(env, "content contains \"Zu\""), 0);
	assert_int_equal(ev(env, "content contains \"Z\""), 0);
	/* text is title, summary and content. */
	assert_int_equal(ev(env, "text contains \"Islamist\""), 1);
	assert_int_equal(ev(env, "text contains \"noon\""), 1);
	assert_int_equal(ev(env, "title contains \"noon\""), 0);
	/* Markup in summary and content is not text. */
	assert_int_equal(ev(env, "summary contains \"p\""), 0);
	assert_int_equal(ev(env, "text contains \"p\""), 0);
	assert_int_equal(ev(env, "summary ~ \"^<p>\""), 0);
	assert_int_equal(ev(env, "summary ~ \"^ A gunman\""), 1);
	assert_int_equal(ev(env, "summary == \"x\""), 0);
	/* Regex metacharacters in a word are literal. */
	assert_int_equal(ev(env, "text contains \"7.in\""), 0);
	assert_int_equal(ev(env, "text contains \"(p)\""), 0);
}

static void
test_unicode(void **state)
{
	json_t *item = json_pack("{s:s, s:s}",
	    "title", "ТАРАЗ: взрыв у здания полиции, Şanlıurfa ÉVÉNEMENT",
	    "summary", "bombé attentat, Taraz");
	struct rule_env env = { NULL, item, NULL, NULL, 0 };

	assert_int_equal(ev(&env, "title contains \"тараз\""), 1);
	assert_int_equal(ev(&env, "title contains \"Взрыв\""), 1);
	assert_int_equal(ev(&env, "title contains \"взр\""), 0);
	assert_int_equal(ev(&env, "title contains \"événement\""), 1);
	assert_int_equal(ev(&env, "title contains \"şanlıurfa\""), 1);
	assert_int_equal(ev(&env, "title ~ \"^тараз\""), 1);
	assert_non_null(item);
	assert_int_equal(ev(&env, "summary contains \"bomb\""), 0);
	assert_int_equal(ev(&env, "summary contains \"bombé\""), 1);
	json_decref(item);

	/* Invalid UTF-8 reaches the matcher through a raw string. */
	item = json_object();
	json_object_set_new(item, "title",
	    json_string_nocheck("Taraz \xc3\x28 bomb \xff attack"));
	env.item = item;
	assert_int_equal(ev(&env, "title contains \"bomb\""), 1);
	assert_int_equal(ev(&env, "title contains \"attack\""), 1);
	assert_int_equal(ev(&env, "title ~ \"attack$\""), 1);
	/* Invalid sequences match nothing, not even '.'. */
	assert_int_equal(ev(&env, "title ~ \"taraz.*attack\""), 0);
	json_decref(item);
}

static void
test_html(void **state)
{
	json_t *item = json_pack("{s:s, s:s, s:s}",
	    "title", "<strong> in a title is text",
	    "summary", "<div class=\"strong\"><strong>Blast</strong> at the"
	    " <a href=\"https://x/bomb\">station</a><br/>kills 3; 2 < 3 > 1",
	    "content", "<!-- bomb -->strong<br>explosion");
	struct rule_env env = { NULL, item, NULL, NULL, 0 };

	assert_int_equal(ev(&env, "summary contains \"strong\""), 0);
	assert_int_equal(ev(&env, "summary contains \"class\""), 0);
	assert_int_equal(ev(&env, "summary contains \"bomb\""), 0);
	assert_int_equal(ev(&env, "summary contains \"blast at the station\""),
	    1);
	assert_int_equal(ev(&env, "summary contains \"2\""), 1);
	assert_int_equal(ev(&env, "summary ~ \"2 < 3 > 1$\""), 1);
	assert_int_equal(ev(&env, "content contains \"strong explosion\""), 1);
	assert_int_equal(ev(&env, "text contains \"bomb\""), 0);
	assert_int_equal(ev(&env, "title contains \"strong\""), 1);
	assert_int_equal(ev(&env, "text contains \"strong\""), 1);
	json_decref(item);
}

static void
test_regex(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;
	struct timespec t0, t1;
	json_t *item;
	struct rule_env env2 = { NULL, NULL, NULL, NULL, 0 };
	char subject[64];
	double secs;

	assert_int_equal(ev(env, "title ~ \"^radical\""), 1);
	assert_int_equal(ev(env, "title ~ \"(?-i)^radical\""), 0);
	assert_int_equal(ev(env, "title ~ \"kills \\d+\""), 1);
	assert_int_equal(ev(env, "title ~ \"\\bkill\\b\""), 0);
	assert_int_equal(ev(env, "title !~ \"hostage\""), 1);

	/* Catastrophic backtracking: bounded, and no match. */
	memset(subject, 'a', 40);
	memcpy(subject + 40, "!", 2);
	item = json_pack("{s:s}", "title", subject);
	env2.item = item;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(ev(&env2, "title ~ \"^(a+)+$\""), 0);
	assert_int_equal(ev(&env2, "title ~ \"^(a|a)*$\""), 0);
	assert_int_equal(ev(&env2, "title ~ \"^((a*)*)*b\""), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	assert_true(secs < 2.0);
	/* A pattern that needs no backtracking still matches. */
	assert_int_equal(ev(&env2, "title ~ \"^a+!$\""), 1);
	json_decref(item);
}

static void
test_errors(void **state)
{
	check_err("kiled >= 1",
	    "f.conf:3:8: unknown field 'kiled' (did you mean 'killed'?)\n");
	check_err("incident and\n  contry == \"x\" or bogus",
	    "f.conf:4:3: unknown field 'contry' (did you mean 'country'?)\n"
	    "f.conf:4:20: unknown field 'bogus'; fields are incident, killed, "
	    "injured, type, weapon, country, city, region, group, suicide, "
	    "title, text, feed, tags and others (see the manual)\n");
	/* A word where a value goes is text without its quotes. */
	check_err("country == Kenya",
	    "f.conf:3:19: unknown field 'kenya'; text to compare with goes in "
	    "double quotes: \"Kenya\"\n");
	check_err("country in (\"Mali\", Niger)",
	    "f.conf:3:28: unknown field 'niger'; text to compare with goes in "
	    "double quotes: \"Niger\"\n");
	check_err("killed >", "f.conf:3:16: expected a field, a value or '(' "
	    "but found end of condition\n");
	check_err("(killed > 1", "f.conf:3:19: expected ')' to close the '(' "
	    "at column 8 but found end of condition\n");
	check_err("killed > 1)", "f.conf:3:18: expected 'and', 'or' or the end "
	    "of the condition but found ')'\n");
	check_err("country = \"x\"", "f.conf:3:16: expected '==' ('=' alone "
	    "is not a comparison)\n");
	check_err("incident && suicide", "f.conf:3:17: unexpected '&'; use "
	    "'and', 'or' or 'not'\n");
	check_err("country == 'x'", "f.conf:3:19: strings take double "
	    "quotes\n");
	check_err("title contains \"abc", "f.conf:3:23: unterminated string; "
	    "expected '\"'\n");
	check_err("killed > \"ten\"", "f.conf:3:17: cannot compare: 'killed' is "
	    "a number but the value is a string\n");
	check_err("country < 3", "f.conf:3:18: cannot compare: 'country' is a "
	    "string but the value is a number\n");
	check_err("country < \"B\"", "f.conf:3:8: '<' needs numbers but "
	    "'country' is a string\n");
	check_err("killed < null", "f.conf:3:17: only == and != compare with "
	    "null\n");
	check_err("killed contains \"x\"", "f.conf:3:8: 'contains' needs text "
	    "but 'killed' is a number\n");
	check_err("title contains \"  \"", "f.conf:3:23: expected a word after "
	    "'contains', not an empty string\n");
	check_err("title contains text", "f.conf:3:23: expected a string after "
	    "'contains' but found 'text'\n");
	check_err("title ~ \"a(b\"", "f.conf:3:20: invalid regex: missing "
	    "closing parenthesis\n");
	check_err("country in \"x\"", "f.conf:3:19: expected '(' after 'in' "
	    "but found '\"x\"'\n");
	check_err("country in (\"x\" \"y\")", "f.conf:3:24: expected ',' or ')' "
	    "but found '\"y\"'\n");
	check_err("country in (city)", "f.conf:3:20: expected a value in the "
	    "list, not the field 'city'\n");
	check_err("killed in (1, \"2\")", "f.conf:3:22: cannot compare: "
	    "'killed' is a number but the value is a string\n");
	check_err("country not \"x\"", "f.conf:3:20: expected 'in' after 'not' "
	    "but found '\"x\"'\n");
	check_err("\"Taraz\"", "f.conf:3:8: a string alone is not a condition; "
	    "expected a comparison\n");
	check_err("killed > 1x", "f.conf:3:17: invalid number\n");
	check_err("", "f.conf:3:8: expected a condition\n");
	check_err("   ", "f.conf:3:8: expected a condition\n");
	check_err("\"x\" ~ \"y\"", "f.conf:3:8: expected a field before '~'\n");
	check_err("killed > 1 and", "f.conf:3:22: expected a field, a value or "
	    "'(' but found end of condition\n");
	check_err("killed $ 1", "f.conf:3:15: unexpected '$'\n");
	check_err("killed \x01", "f.conf:3:15: unexpected byte 0x01\n");
}

/* Values compared with the record's closed fields must be in their
 * vocabularies (extract/vocab.h): a typo would never match. */
static void
test_vocab(void **state)
{
	struct fixture *fx = *state;
	const struct rule_env *env = &fx->env;

	check_err("type == \"bombin\"", "f.conf:3:16: \"bombin\" is not a "
	    "type; did you mean 'bombing'?\n");
	check_err("weapon in (\"explosives\", \"gun\")", "f.conf:3:33: \"gun\" "
	    "is not a weapon; weapons are firearms, explosives, incendiary, "
	    "melee, vehicle, chemical, biological, radiological, nuclear, "
	    "fake_weapons, sabotage_equipment, other and unknown\n");
	check_err("target != \"polce\"", "f.conf:3:18: \"polce\" is not a "
	    "target; did you mean 'police'?\n");
	check_err("not_incident == \"crime\"", "f.conf:3:24: \"crime\" is not "
	    "a not_incident reason; not_incident reasons are accident, cyber, "
	    "disaster, medical, memorial, military_operation, other, sports "
	    "and trial\n");
	/* The literal on either side, `contains`, a unique prefix. */
	check_err("\"Bomb\" == type", "f.conf:3:8: \"Bomb\" is not a type; did "
	    "you mean 'bombing'?\n");
	check_err("type contains \"armed assault\"", "f.conf:3:22: \"armed "
	    "assault\" is not a type; did you mean 'armed_assault'?\n");
	check_err("weapon not in (\"firearm\")", "f.conf:3:23: \"firearm\" is "
	    "not a weapon; did you mean 'firearms'?\n");
	/* A message is one line, whatever the value holds. */
	check_err("type == \"bomb\ting\"", "f.conf:3:16: \"bomb\\x09ing\" is "
	    "not a type; did you mean 'bombing'?\n");
	/* Valid values pass, caseless like the comparison; regexes and
	 * other fields stay free-form. */
	assert_int_equal(ev(env, "type == \"BOMBING\""), 1);
	assert_int_equal(ev(env, "weapon in (\"firearms\", \"melee\")"), 1);
	assert_int_equal(ev(env, "target contains \"Police\""), 1);
	assert_int_equal(ev(env, "not_incident == \"military_operation\""),
	    0);
	assert_int_equal(ev(env, "weapon ~ \"gun\""), 0);
	assert_int_equal(ev(env, "tags == \"bombin\""), 0);
}

static void
test_nesting_limit(void **state)
{
	struct buf src = BUF_INIT, e = BUF_INIT;
	struct fixture *fx = *state;
	struct rule *r;
	int i;

	for (i = 0; i < 60; i++)
		buf_addstr(&src, "(not ");
	buf_addstr(&src, "incident");
	for (i = 0; i < 60; i++)
		buf_addch(&src, ')');
	/* 120 levels of ( and not together: too deep. */
	assert_null(rule_compile(buf_str(&src), "t", 1, 1, &e));
	assert_non_null(strstr(buf_str(&e), "nested more than 64 deep"));

	buf_reset(&src);
	buf_reset(&e);
	for (i = 0; i < 30; i++)
		buf_addch(&src, '(');
	buf_addstr(&src, "incident");
	for (i = 0; i < 30; i++)
		buf_addch(&src, ')');
	r = rule_compile(buf_str(&src), "t", 1, 1, &e);
	assert_non_null(r);
	assert_int_equal(rule_eval(r, &fx->env), 1);
	rule_free(r);

	/* Long flat chains are not recursion-bound. */
	buf_reset(&src);
	for (i = 0; i < 5000; i++)
		buf_addstr(&src, "false or ");
	buf_addstr(&src, "incident");
	r = rule_compile(buf_str(&src), "t", 1, 1, &e);
	assert_non_null(r);
	assert_int_equal(rule_eval(r, &fx->env), 1);
	rule_free(r);
	buf_release(&src);
	buf_release(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_numbers, setup, teardown),
		cmocka_unit_test_setup_teardown(test_strings_and_bools, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_precedence, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_arrays, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nulls, setup, teardown),
		cmocka_unit_test_setup_teardown(test_contains, setup, teardown),
		cmocka_unit_test(test_unicode),
		cmocka_unit_test(test_html),
		cmocka_unit_test_setup_teardown(test_regex, setup, teardown),
		cmocka_unit_test(test_errors),
		cmocka_unit_test_setup_teardown(test_vocab, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nesting_limit, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
