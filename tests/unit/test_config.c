#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <cmocka.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "rules/rule.h"

static char *datadir;		/* tests/data/config in the source tree */
static char *srcdir;

static struct config *
parse(const char *text, struct buf *errors)
{
	return config_parse_buffer("test.conf", text, strlen(text), errors);
}

/* Parse text that must fail; returns the errors (caller frees). */
static char *
parse_bad(const char *text)
{
	struct buf e = BUF_INIT;
	struct config *c = parse(text, &e);

	assert_null(c);
	assert_true(e.len > 0);
	return buf_detach(&e, NULL);
}

static void
test_defaults(void **state)
{
	struct buf e = BUF_INIT;
	struct config *c = parse("", &e);
	const struct output_cfg *o;

	assert_non_null(c);
	assert_string_equal(buf_str(&e), "");
	assert_string_equal(c->daemon.state,
	    LOCALSTATEDIR "/lib/feedwatch/state.db");
	assert_true(c->daemon.interval == 600);
	assert_true(c->daemon.jitter == 0.1);
	assert_int_equal(c->daemon.max_connections, 64);
	assert_int_equal(c->daemon.per_host, 4);
	assert_string_equal(c->daemon.user_agent,
	    "feedwatch/" PACKAGE_VERSION " (+https://github.com/feedwatch)");
	assert_true(c->daemon.connect_timeout == 10);
	assert_true(c->daemon.stall_timeout == 30);
	assert_true(c->daemon.max_backoff == 6 * 3600);
	assert_int_equal(c->daemon.max_body, 10 * 1024 * 1024);
	assert_int_equal(c->daemon.max_items, 10000);
	assert_int_equal(c->daemon.alert_first_poll, 0);
	assert_int_equal(c->nfeeds, 0);
	assert_int_equal(c->nrules, 0);
	/* The built-in outputs. */
	assert_int_equal(c->noutputs, 2);
	o = config_output(c, "syslog");
	assert_non_null(o);
	assert_int_equal(o->type, OUTPUT_SYSLOG);
	assert_null(o->address);
	o = config_output(c, "stdout");
	assert_non_null(o);
	assert_int_equal(o->type, OUTPUT_STDOUT);
	assert_null(config_output(c, "ops"));
	config_free(c);
	buf_release(&e);
}

static void
test_full(void **state)
{
	struct buf e = BUF_INIT;
	char *path = xasprintf("%s/good-full.conf", datadir);
	struct config *c = config_load(path, &e);
	const struct feed_cfg *f;
	const struct output_cfg *o;
	const struct rule_cfg *r;

	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_string_equal(c->daemon.state, "/tmp/feedwatch-test/state.db");
	assert_true(c->daemon.interval == 300);
	assert_true(c->daemon.jitter == 0.25);
	assert_int_equal(c->daemon.max_connections, 128);
	assert_int_equal(c->daemon.per_host, 2);
	assert_string_equal(c->daemon.user_agent,
	    "test agent \"quoted\" # not a comment");
	assert_true(c->daemon.connect_timeout == 1.5);
	assert_true(c->daemon.stall_timeout == 90);
	assert_true(c->daemon.max_backoff == 86400);
	assert_int_equal(c->daemon.max_body, 512 * 1024);
	assert_int_equal(c->daemon.max_items, 500);
	assert_int_equal(c->daemon.alert_first_poll, 1);

	assert_int_equal(c->nfeeds, 2);
	f = config_feed(c, "moscow-times");
	assert_non_null(f);
	assert_string_equal(f->url, "https://www.themoscowtimes.com/rss/news");
	assert_true(f->interval == 3600);
	assert_int_equal(f->ntags, 3);
	assert_string_equal(f->tags[0], "russia");
	assert_string_equal(f->tags[1], "central asia");
	assert_string_equal(f->tags[2], "news");
	assert_int_equal(f->alert_first_poll, 1);	/* inherited */
	assert_int_equal(f->allow_file, 0);
	assert_int_equal(f->enabled, 1);
	assert_int_equal(f->max_body, 512 * 1024);	/* inherited */
	assert_int_equal(f->line, 16);
	assert_string_equal(f->file, path);

	f = config_feed(c, "local");
	assert_non_null(f);
	assert_int_equal(f->allow_file, 1);
	assert_int_equal(f->alert_first_poll, 0);	/* overridden */
	assert_true(f->interval == 300);		/* inherited */
	assert_int_equal(f->enabled, 0);
	assert_int_equal(f->max_body, 1024 * 1024);
	assert_int_equal(f->max_items, 500);
	assert_null(config_feed(c, "nope"));

	o = config_output(c, "ops");
	assert_non_null(o);
	assert_int_equal(o->type, OUTPUT_WEBHOOK);
	assert_string_equal(o->url, "https://hooks.example.org/feedwatch");
	assert_string_equal(o->secret, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
	assert_string_equal(o->format, "slack");
	assert_true(o->timeout == 5);
	assert_true(o->max_age == 7200);
	o = config_output(c, "remote-log");
	assert_non_null(o);
	assert_int_equal(o->type, OUTPUT_SYSLOG);
	assert_string_equal(o->address, "udp:127.0.0.1:5514");
	assert_non_null(config_output(c, "syslog"));
	assert_int_equal(c->noutputs, 4);

	assert_int_equal(c->nrules, 2);
	r = &c->rules[0];
	assert_string_equal(r->name, "central-asia-attacks");
	assert_non_null(r->expr);
	assert_int_equal(r->noutputs, 2);
	assert_string_equal(r->outputs[0], "remote-log");
	assert_string_equal(r->outputs[1], "ops");
	assert_string_equal(r->severity, "critical");
	assert_int_equal(r->priority, LOG_CRIT);
	assert_true(r->cooldown == 1800);
	assert_int_equal(r->nfeeds, 1);
	assert_string_equal(r->feeds[0], "moscow-times");
	assert_int_equal(r->ntags, 1);
	assert_string_equal(r->tags[0], "news");
	r = &c->rules[1];
	assert_string_equal(r->severity, "warning");
	assert_int_equal(r->priority, LOG_WARNING);
	assert_int_equal(r->noutputs, 1);
	assert_string_equal(r->outputs[0], "syslog");
	assert_true(r->cooldown == 0);
	config_free(c);
	free(path);
	buf_release(&e);
}

static void
test_include_glob(void **state)
{
	struct buf e = BUF_INIT;
	char *path = xasprintf("%s/include/main.conf", datadir);
	char *first = xasprintf("%s/include/conf.d/10-first.conf", datadir);
	struct config *c = config_load(path, &e);

	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	/* Sorted: 10-first before 20-second, both before the section
	 * after the include line. */
	assert_int_equal(c->nfeeds, 3);
	assert_string_equal(c->feeds[0].name, "first");
	assert_string_equal(c->feeds[0].file, first);
	assert_int_equal(c->feeds[0].line, 3);
	assert_string_equal(c->feeds[1].name, "second");
	assert_string_equal(c->feeds[2].name, "main");
	/* [daemon] interval from the including file applies to all. */
	assert_true(c->feeds[0].interval == 30);
	assert_true(c->feeds[1].interval == 120);
	assert_true(c->feeds[2].interval == 120);
	/* The rule in 20-second names the output from 10-first. */
	assert_int_equal(c->nrules, 1);
	assert_int_equal(config_output(c, "ops")->type, OUTPUT_STDOUT);
	config_free(c);
	free(first);
	free(path);
	buf_release(&e);
}

static void
test_include_depth(void **state)
{
	char dir[] = "/tmp/fwcfgXXXXXX", *p, *msg;
	struct buf e = BUF_INIT;
	struct config *c;
	FILE *f;
	int i;

	assert_non_null(mkdtemp(dir));
	for (i = 0; i < 12; i++) {
		p = xasprintf("%s/%d.conf", dir, i);
		f = fopen(p, "w");
		assert_non_null(f);
		fprintf(f, "include = %d.conf\n", i + 1);
		fclose(f);
		free(p);
	}
	p = xasprintf("%s/12.conf", dir);
	f = fopen(p, "w");
	fprintf(f, "[feed \"deep\"]\nurl = https://example.org/\n");
	fclose(f);
	free(p);

	p = xasprintf("%s/3.conf", dir);	/* 3 -> ... -> 12: 9 deep */
	c = config_load(p, &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_non_null(config_feed(c, "deep"));
	config_free(c);
	free(p);

	p = xasprintf("%s/0.conf", dir);	/* 0 -> ... -> 12: too deep */
	c = config_load(p, &e);
	assert_null(c);
	msg = xasprintf("%s/9.conf:1:11: cannot include '%s/10.conf': "
	    "includes nested more than 10 deep\n", dir, dir);
	assert_string_equal(buf_str(&e), msg);
	free(msg);
	free(p);
	for (i = 0; i <= 12; i++) {
		p = xasprintf("%s/%d.conf", dir, i);
		unlink(p);
		free(p);
	}
	rmdir(dir);
	buf_release(&e);
}

static void
test_include_duplicate(void **state)
{
	char dir[] = "/tmp/fwcfgXXXXXX", *main, *other, *want;
	struct buf e = BUF_INIT;
	FILE *f;

	assert_non_null(mkdtemp(dir));
	main = xasprintf("%s/main.conf", dir);
	other = xasprintf("%s/other.conf", dir);
	f = fopen(main, "w");
	fputs("[daemon]\ninterval = 1m\ninclude = other.conf\n", f);
	fclose(f);
	f = fopen(other, "w");
	fputs("[daemon]\ninterval = 2m\n", f);
	fclose(f);
	assert_null(config_load(main, &e));
	want = xasprintf("%s:2:1: duplicate key 'interval' in [daemon] (first "
	    "set at %s:2)\n", other, main);
	assert_string_equal(buf_str(&e), want);
	free(want);
	unlink(main);
	unlink(other);
	rmdir(dir);
	free(main);
	free(other);
	buf_release(&e);
}

/* Every tests/data/config/bad-*.conf starts with "# expect: MESSAGE":
 * the first error line config_load must print for it. */
static void
test_broken_configs(void **state)
{
	struct buf e = BUF_INIT;
	char line[1024], *nl, *cwd;
	struct config *c;
	struct dirent *de;
	DIR *d;
	FILE *f;
	int n = 0;

	cwd = getcwd(NULL, 0);
	assert_int_equal(chdir(datadir), 0);
	d = opendir(".");
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "bad-", 4) != 0 ||
		    strstr(de->d_name, ".conf") == NULL)
			continue;
		f = fopen(de->d_name, "r");
		assert_non_null(f);
		assert_non_null(fgets(line, sizeof(line), f));
		fclose(f);
		assert_int_equal(strncmp(line, "# expect: ", 10), 0);
		buf_reset(&e);
		c = config_load(de->d_name, &e);
		if (c != NULL || (nl = strchr(e.data, '\n')) == NULL ||
		    strncmp(e.data, line + 10, (size_t)(nl - e.data) + 1)) {
			print_error("%s:\n  expected: %s  got:      %s\n",
			    de->d_name, line + 10, buf_str(&e));
			fail();
		}
		config_free(c);
		n++;
	}
	closedir(d);
	assert_int_equal(chdir(cwd), 0);
	free(cwd);
	assert_true(n >= 30);
	buf_release(&e);
}

static void
test_all_errors_collected(void **state)
{
	char *err = parse_bad(
	    "[daemon]\n"
	    "interval = soon\n"
	    "per_host = many\n"
	    "[feed \"a\"]\n"
	    "url = gopher://x\n"
	    "[rule \"r\"]\n"
	    "when = killed > 1 and bogus and title ~ \"[\"\n"
	    "outputs = nowhere\n");
	const char *expect =
	    "test.conf:2:12: invalid duration 'soon' for 'interval'; "
	    "expected a number with unit ms, s, m, h, d or w (e.g. 90s, 10m, "
	    "1h30m)\n"
	    "test.conf:3:12: invalid number 'many' for 'per_host'; "
	    "expected an integer\n"
	    "test.conf:5:7: invalid url 'gopher://x': URL scheme must be "
	    "http, https or file\n"
	    "test.conf:7:23: unknown field 'bogus'; fields are incident, "
	    "killed, injured, type, weapon, country, city, region, group, "
	    "suicide, title, text, feed, tags and others (see the manual)\n"
	    "test.conf:7:43: invalid regex: missing terminating ] for "
	    "character class\n"
	    "test.conf:8:11: unknown output 'nowhere'; define "
	    "[output \"nowhere\"] or use syslog or stdout\n";

	assert_string_equal(err, expect);
	free(err);
}

static void
test_syntax(void **state)
{
	struct buf e = BUF_INIT;
	struct config *c;
	char *err;

	/* Comments: '#' and ';' lines, after values only after
	 * whitespace; inside quotes they are text. */
	c = parse("# top\n ; indented\n[daemon] # after header\n"
	    "state = /x#y/state.db   # comment\n"
	    "user_agent = \"a ; b\" ; comment\n"
	    "\n\t\r\n"
	    "[feed \"we\\\"ird name\"]\r\n"
	    "URL = https://example.org/?a=1;b=2\r\n"
	    "TAGS = a,b , c\n", &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_string_equal(c->daemon.state, "/x#y/state.db");
	assert_string_equal(c->daemon.user_agent, "a ; b");
	assert_string_equal(c->feeds[0].name, "we\"ird name");
	assert_string_equal(c->feeds[0].url, "https://example.org/?a=1;b=2");
	assert_int_equal(c->feeds[0].ntags, 3);
	assert_string_equal(c->feeds[0].tags[2], "c");
	config_free(c);

	/* Continuation joins lines; a value's later errors point at the
	 * physical line. */
	c = parse("[daemon]\nuser_agent = one \\\n   two\n", &e);
	assert_non_null(c);
	assert_string_equal(c->daemon.user_agent, "one two");
	config_free(c);

	err = parse_bad("[rule \"r\"]\nwhen = incident and \\\n  killed >= \"x\"\n");
	assert_string_equal(err, "test.conf:3:13: cannot compare: 'killed' "
	    "is a number but the value is a string\n");
	free(err);

	err = parse_bad("[output \"o\"]\ntype = webhook\nurl = http://x\n"
	    "timeot = 5s\n");
	assert_string_equal(err, "test.conf:4:1: unknown key 'timeot' in "
	    "[output \"o\"] (did you mean 'timeout'?)\n");
	free(err);

	err = parse_bad("[output \"o\"]\ntype = stdout\ninterval = 5m\n"
	    "[rule \"r\"]\nwhen = true\nurl = http://x/\n");
	assert_string_equal(err, "test.conf:3:1: unknown key 'interval' in "
	    "[output \"o\"] (a key of [daemon] and [feed])\n"
	    "test.conf:6:1: unknown key 'url' in [rule \"r\"] (a key of "
	    "[feed] and [output])\n");
	free(err);

	/* Neither a typo nor another section's key: the keys it may be. */
	err = parse_bad("[daemon]\nwhatever = 1\n");
	assert_string_equal(err, "test.conf:2:1: unknown key 'whatever' in "
	    "[daemon]; keys of [daemon] are alert_first_poll, "
	    "connect_timeout, interval, item_keep, item_retention, jitter, "
	    "max_backoff, max_body, max_connections, max_items, "
	    "parse_threads, per_host, stall_timeout, state and user_agent\n");
	free(err);
	err = parse_bad("[output \"o\"]\ntype = stdout\nretries = 3\n");
	assert_string_equal(err, "test.conf:3:1: unknown key 'retries' in "
	    "[output \"o\"]; keys of [output] are address, format, max_age, "
	    "secret_file, timeout, type and url\n");
	free(err);
	/* The start of a key's name, when only one key starts so. */
	err = parse_bad("[output \"o\"]\ntype = webhook\nurl = http://x\n"
	    "secret = s\n");
	assert_string_equal(err, "test.conf:4:1: unknown key 'secret' in "
	    "[output \"o\"] (did you mean 'secret_file'?)\n");
	free(err);
	err = parse_bad("[daemon]\nmax = 1\n");
	assert_non_null(strstr(err, "unknown key 'max' in [daemon]; keys of"));
	free(err);

	err = parse_bad("[daemon]\nstate =\n");
	assert_string_equal(err, "test.conf:2:8: expected a value after "
	    "'state ='\n");
	free(err);

	err = parse_bad("[daemon] x\n");
	assert_string_equal(err, "test.conf:1:10: unexpected text after ']'\n");
	free(err);

	err = parse_bad("[feed \"x\"\n");
	assert_string_equal(err, "test.conf:1:10: expected ']'\n");
	free(err);

	err = parse_bad("[feed \"x]\n");
	assert_string_equal(err, "test.conf:1:10: expected '\"' to close the "
	    "section name\n");
	free(err);

	err = parse_bad("[daemon]\nstate = \"a\" b\n");
	assert_string_equal(err, "test.conf:2:12: unexpected text after "
	    "closing '\"'\n");
	free(err);

	err = parse_bad("[feed \"x\"]\nurl = https://x/\ntags = a,,b\n");
	assert_string_equal(err, "test.conf:3:10: expected a list element "
	    "before ','\n");
	free(err);

	assert_null(config_parse_buffer("nul.conf", "[daemon]\nstate = a\0b\n",
	    20, &e));
	assert_string_equal(buf_str(&e), "nul.conf:2:10: NUL byte in config "
	    "file\n");
	buf_reset(&e);

	/* Control characters in quoted values stay out of messages. */
	err = parse_bad("[daemon]\ninterval = \"1\\n2\"\n");
	assert_string_equal(err, "test.conf:2:12: invalid duration '1?2' for "
	    "'interval'; expected a number with unit ms, s, m, h, d or w "
	    "(e.g. 90s, 10m, 1h30m)\n");
	free(err);

	/* A byte order mark is not part of the first line. */
	err = parse_bad("\xef\xbb\xbf[daemon]\nstate = /x\n[bad\n");
	assert_string_equal(err, "test.conf:3:5: expected ']'\n");
	free(err);
	err = parse_bad("\xef\xbb\xbf[bogus]\n");
	assert_string_equal(err, "test.conf:1:2: unknown section 'bogus'; "
	    "expected daemon, feed, output or rule\n");
	free(err);

	/* Keys of an unknown section are not reported again. */
	err = parse_bad("[bogus]\na = 1\nb = 2\n");
	assert_string_equal(err, "test.conf:1:2: unknown section 'bogus'; "
	    "expected daemon, feed, output or rule\n");
	free(err);
	buf_release(&e);
}

static void
test_outputs(void **state)
{
	struct buf e = BUF_INIT;
	struct config *c;
	char *err;

	/* Redefining a built-in output replaces it. */
	c = parse("[output \"syslog\"]\ntype = syslog\n"
	    "address = unix:/dev/log\n"
	    "[output \"hook\"]\ntype = webhook\nurl = http://127.0.0.1:9/x\n",
	    &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_int_equal(c->noutputs, 3);
	assert_string_equal(config_output(c, "syslog")->address,
	    "unix:/dev/log");
	assert_string_equal(config_output(c, "hook")->format, "json");
	assert_true(config_output(c, "hook")->timeout == 10);
	assert_true(config_output(c, "hook")->max_age == 86400);
	assert_null(config_output(c, "hook")->secret);
	config_free(c);

	err = parse_bad("[output \"x\"]\nurl = https://h/\n");
	assert_string_equal(err, "test.conf:1:1: [output \"x\"] has no type; "
	    "expected type = syslog, webhook or stdout\n");
	free(err);

	err = parse_bad("[output \"x\"]\ntype = webhook\n"
	    "url = file:///etc/passwd\n");
	assert_string_equal(err, "test.conf:3:7: invalid url "
	    "'file:///etc/passwd': URL scheme must be http or https\n");
	free(err);

	err = parse_bad("[output \"x\"]\ntype = syslog\n"
	    "address = tcp:host:99999\n");
	assert_string_equal(err, "test.conf:3:11: invalid address "
	    "'tcp:host:99999': expected a port number 1-65535 after the "
	    "last ':'\n");
	free(err);

	err = parse_bad("[output \"a\"]\ntype = stdout\n"
	    "[output \"a\"]\ntype = stdout\n");
	assert_string_equal(err, "test.conf:3:1: duplicate [output \"a\"] "
	    "(first defined at test.conf:1)\n");
	free(err);
	buf_release(&e);
}

static void
test_secret_file(void **state)
{
	char dir[] = "/tmp/fwcfgXXXXXX", *p, *s, *err;
	struct buf e = BUF_INIT;
	struct config *c;
	FILE *f;

	assert_non_null(mkdtemp(dir));
	s = xasprintf("%s/empty.secret", dir);
	f = fopen(s, "w");
	fputs("\n\n", f);
	fclose(f);
	p = xasprintf("%s/x.conf", dir);
	f = fopen(p, "w");
	fputs("[output \"o\"]\ntype = webhook\nurl = https://h/\n"
	    "secret_file = empty.secret\n", f);
	fclose(f);
	c = config_load(p, &e);
	assert_null(c);
	err = xasprintf("%s:4:15: secret_file 'empty.secret' is empty or "
	    "binary; expected one line of text\n", p);
	assert_string_equal(buf_str(&e), err);
	free(err);
	buf_reset(&e);

	f = fopen(s, "w");
	fputs("whsec_abc=def\n", f);
	fclose(f);
	c = config_load(p, &e);
	assert_null(c);
	err = xasprintf("%s:4:15: secret_file 'empty.secret' holds a whsec_ "
	    "secret that is not base64\n", p);
	assert_string_equal(buf_str(&e), err);
	free(err);
	buf_reset(&e);

	f = fopen(s, "w");
	fputs("whsec_c2VjcmV0\n", f);
	fclose(f);
	c = config_load(p, &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_string_equal(config_output(c, "o")->secret, "whsec_c2VjcmV0");
	config_free(c);

	unlink(s);
	unlink(p);
	rmdir(dir);
	free(s);
	free(p);
	buf_release(&e);
}

static void
test_rules_scoping(void **state)
{
	struct buf e = BUF_INIT;
	struct config *c;

	c = parse("[feed \"a\"]\nurl = https://a/\ntags = y\n"
	    "[feed \"b\"]\nurl = https://b/\ntags = x\n"
	    "[feed \"c\"]\nurl = https://c/\n"
	    "[rule \"r\"]\nwhen = incident and killed >= 1\n"
	    "feeds = a, c\ntags = x, y\nseverity = EMERGENCY\n"
	    "cooldown = 90\noutputs = stdout\n"
	    "[rule \"t\"]\nwhen = true\ntags = x\n"
	    "[rule \"all\"]\nwhen = true\n", &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	/* feeds and tags both narrow. */
	assert_int_equal(config_rule_applies(&c->rules[0],
	    config_feed(c, "a")), 1);
	assert_int_equal(config_rule_applies(&c->rules[0],
	    config_feed(c, "b")), 0);	/* not in feeds */
	assert_int_equal(config_rule_applies(&c->rules[0],
	    config_feed(c, "c")), 0);	/* no tag */
	assert_int_equal(config_rule_applies(&c->rules[0], NULL), 0);
	assert_int_equal(config_rule_applies(&c->rules[1],
	    config_feed(c, "b")), 1);
	assert_int_equal(config_rule_applies(&c->rules[1],
	    config_feed(c, "a")), 0);
	assert_int_equal(config_rule_applies(&c->rules[2],
	    config_feed(c, "c")), 1);
	assert_int_equal(config_rule_applies(&c->rules[2], NULL), 1);
	assert_string_equal(c->rules[0].severity, "emergency");
	assert_int_equal(c->rules[0].priority, LOG_EMERG);
	assert_true(c->rules[0].cooldown == 90);
	assert_string_equal(c->rules[0].when, "incident and killed >= 1");
	assert_non_null(c->rules[0].expr);
	config_free(c);
	buf_release(&e);
}

static void
test_durations_and_sizes(void **state)
{
	static const struct { const char *s; double v; } good[] = {
		{ "90", 90 }, { "90s", 90 }, { "10m", 600 }, { "2h", 7200 },
		{ "1d", 86400 }, { "1w", 604800 }, { "1h30m", 5400 },
		{ "250ms", 0.25 }, { "1.5h", 5400 }, { "0", 0 },
	};
	static const char *const bad[] = {
		"", "s", "10x", "10 m", "-5", "1.h", "10m5", "1e3", "m10",
		"99999999999999d",
	};
	static const struct { const char *s; size_t v; } goods[] = {
		{ "1000", 1000 }, { "512k", 524288 }, { "512K", 524288 },
		{ "10M", 10485760 }, { "1G", 1073741824 }, { "2MB", 2097152 },
		{ "3KiB", 3072 },
	};
	static const char *const bads[] = {
		"", "k", "1T", "1.5M", "-1", "10 M", "1Mx",
		"99999999999999999999",
	};
	double d;
	size_t i, z;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		assert_int_equal(config_parse_duration(good[i].s, &d), 0);
		assert_true(d > good[i].v - 1e-9 && d < good[i].v + 1e-9);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (config_parse_duration(bad[i], &d) != -1)
			fail_msg("duration '%s' accepted", bad[i]);
	for (i = 0; i < sizeof(goods) / sizeof(goods[0]); i++) {
		assert_int_equal(config_parse_size(goods[i].s, &z), 0);
		assert_int_equal(z, goods[i].v);
	}
	for (i = 0; i < sizeof(bads) / sizeof(bads[0]); i++)
		if (config_parse_size(bads[i], &z) != -1)
			fail_msg("size '%s' accepted", bads[i]);
}

/* Each duration key has a minimum that makes sense for it (a period
 * between polls, retries or alerts: 1s; a timeout: 1ms), and durations
 * are kept in whole milliseconds, rounded up. */
/* A number or size out of its key's range is named in the message, as a
 * duration under its minimum is. */
static void
test_range_errors(void **state)
{
	char *err;

	err = parse_bad("[daemon]\nper_host = -3\n");
	assert_string_equal(err, "test.conf:2:12: 'per_host' must be between "
	    "1 and 1000, not '-3'\n");
	free(err);
	err = parse_bad("[daemon]\nparse_threads = 65\n");
	assert_string_equal(err, "test.conf:2:17: 'parse_threads' must be "
	    "between 0 and 64, not '65'\n");
	free(err);
	err = parse_bad("[feed \"f\"]\nurl = https://f/\nmax_body = 0k\n");
	assert_string_equal(err, "test.conf:3:12: 'max_body' must be greater "
	    "than zero, not '0k'\n");
	free(err);
}

/* Names and values go into JSON, which takes UTF-8 only: text in another
 * encoding is refused where it stands, valid UTF-8 of any length is kept. */
static void
test_utf8(void **state)
{
	static const char *const bad[] = {
		"caf\xe9",		/* Latin-1 */
		"\xc0\xaf",		/* overlong '/' */
		"\xed\xa0\x80",	/* a surrogate */
		"\xf4\x90\x80\x80",	/* past U+10FFFF */
		"ab\xe2\x82",		/* cut short */
	};
	struct buf e = BUF_INIT;
	struct config *c;
	char *text, *err, *want;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		text = xasprintf("[daemon]\nuser_agent = x%s\n", bad[i]);
		err = parse_bad(text);
		want = xasprintf("test.conf:2:%zu: invalid UTF-8 (byte 0x%02x) "
		    "in the value of 'user_agent'; the file must be UTF-8\n",
		    (size_t)15 + (i == 0 ? 3 : i == 4 ? 2 : 0),
		    (unsigned char)bad[i][i == 0 ? 3 : i == 4 ? 2 : 0]);
		assert_string_equal(err, want);
		free(want);
		free(err);
		free(text);
	}
	c = parse("[daemon]\nuser_agent = caf\xc3\xa9 \xe2\x82\xac "
	    "\xf0\x9f\x98\x80\n[feed \"\xd0\xbc\xd0\xb8\xd1\x80\"]\n"
	    "url = https://e/\n", &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_string_equal(c->daemon.user_agent,
	    "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
	assert_string_equal(c->feeds[0].name, "\xd0\xbc\xd0\xb8\xd1\x80");
	config_free(c);
	buf_release(&e);
}

static void
test_duration_minimums(void **state)
{
	static const struct { const char *sec, *key, *low, *min; } keys[] = {
		{ "[daemon]", "interval", "999ms", "1s" },
		{ "[daemon]", "max_backoff", "0.5", "1s" },
		{ "[daemon]", "item_retention", "10ms", "1s" },
		{ "[daemon]", "stall_timeout", "500ms", "1s" },
		{ "[daemon]", "connect_timeout", "0.9ms", "1ms" },
		{ "[feed \"f\"]\nurl = https://f/", "interval", "1ms", "1s" },
		{ "[output \"w\"]\ntype = webhook\nurl = https://w/",
		    "timeout", "0.0001", "1ms" },
		{ "[output \"w\"]\ntype = webhook\nurl = https://w/",
		    "max_age", "999ms", "1s" },
		{ "[rule \"r\"]\nwhen = true", "cooldown", "0.1s", "1s" },
	};
	struct buf e = BUF_INIT;
	struct config *c;
	char *text, *err, *want;
	size_t i;
	int line;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		text = xasprintf("%s\n%s = %s\n", keys[i].sec, keys[i].key,
		    keys[i].low);
		line = 2 + (strstr(keys[i].sec, "url") != NULL) +
		    (strstr(keys[i].sec, "type") != NULL) +
		    (strstr(keys[i].sec, "when") != NULL);
		err = parse_bad(text);
		want = xasprintf("test.conf:%d:%zu: '%s' must be at least %s, "
		    "not '%s'\n", line, strlen(keys[i].key) + 4,
		    keys[i].key, keys[i].min, keys[i].low);
		assert_string_equal(err, want);
		free(want);
		free(err);
		free(text);
		/* The minimum itself is fine. */
		text = xasprintf("%s\n%s = %s\n", keys[i].sec, keys[i].key,
		    keys[i].min);
		c = parse(text, &e);
		assert_string_equal(buf_str(&e), "");
		assert_non_null(c);
		config_free(c);
		free(text);
	}

	c = parse("[daemon]\nconnect_timeout = 250ms\ninterval = 1.0001s\n"
	    "[output \"w\"]\ntype = webhook\nurl = https://w/\n"
	    "timeout = 1.2ms\n", &e);
	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_true(c->daemon.connect_timeout == 0.25);	/* not 0.251 */
	assert_true(c->daemon.interval == 1.001);
	assert_true(config_output(c, "w")->timeout == 0.002);
	/* What libcurl is given is never the 0 that means no timeout. */
	assert_int_equal((long)(config_output(c, "w")->timeout * 1000), 2);
	config_free(c);
	buf_release(&e);
}

static void
test_example_config(void **state)
{
	struct buf e = BUF_INIT;
	char *path = xasprintf("%s/config/feedwatch.conf.example", srcdir);
	struct config *c = config_load(path, &e);

	assert_string_equal(buf_str(&e), "");
	assert_non_null(c);
	assert_true(c->nfeeds >= 3);
	assert_true(c->nrules >= 5);
	config_free(c);
	free(path);
	buf_release(&e);
}

/* The example's commented-out [output] templates are valid once
 * uncommented (but for the secret file, which is not there). */
static void
test_example_templates(void **state)
{
	char *path = xasprintf("%s/config/feedwatch.conf.example", srcdir);
	char line[512], *nl;
	struct buf text = BUF_INIT, e = BUF_INIT;
	struct config *c;
	int in_template = 0, templates = 0;
	FILE *f = fopen(path, "r");

	assert_non_null(f);
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "# [output ", 10) == 0) {
			in_template = 1;
			templates++;
		} else if (strcmp(line, "#\n") == 0 || line[0] != '#')
			in_template = 0;
		buf_addstr(&text, in_template ? line + 2 : line);
	}
	fclose(f);
	assert_int_equal(templates, 3);
	c = config_parse_buffer(path, text.data, text.len, &e);
	if (c == NULL) {
		/* Only the missing secret may be reported. */
		nl = strchr(e.data, '\n');
		assert_non_null(strstr(e.data, "cannot read secret_file "
		    "'/etc/feedwatch/ops.secret'"));
		assert_string_equal(nl + 1, "");
	} else {
		assert_int_equal(config_output(c, "chat")->type,
		    OUTPUT_WEBHOOK);
		assert_non_null(config_output(c, "siem")->address);
	}
	config_free(c);
	free(path);
	buf_release(&text);
	buf_release(&e);
}

static void
test_unreadable(void **state)
{
	struct buf e = BUF_INIT;

	assert_null(config_load("/nonexistent/feedwatch.conf", &e));
	assert_string_equal(buf_str(&e), "/nonexistent/feedwatch.conf:0:0: "
	    "cannot read config: No such file or directory\n");
	buf_reset(&e);
	assert_null(config_load("/", &e));
	assert_string_equal(buf_str(&e), "/:0:0: cannot read config: "
	    "Is a directory\n");
	buf_release(&e);
}

static void
test_error_cap(void **state)
{
	struct buf text = BUF_INIT, e = BUF_INIT;
	size_t lines = 0, i;
	const char *s;

	buf_addstr(&text, "[daemon]\n");
	for (i = 0; i < 1000; i++)
		buf_addstr(&text, "bogus = 1\n");
	assert_null(config_parse_buffer("t", text.data, text.len, &e));
	for (s = buf_str(&e); *s; s++)
		lines += *s == '\n';
	assert_true(lines <= 200);
	assert_non_null(strstr(buf_str(&e), "too many errors"));
	buf_release(&text);
	buf_release(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_full),
		cmocka_unit_test(test_include_glob),
		cmocka_unit_test(test_include_depth),
		cmocka_unit_test(test_include_duplicate),
		cmocka_unit_test(test_broken_configs),
		cmocka_unit_test(test_all_errors_collected),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_outputs),
		cmocka_unit_test(test_secret_file),
		cmocka_unit_test(test_rules_scoping),
		cmocka_unit_test(test_durations_and_sizes),
		cmocka_unit_test(test_range_errors),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_duration_minimums),
		cmocka_unit_test(test_example_config),
		cmocka_unit_test(test_example_templates),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_error_cap),
	};
	const char *top = getenv("top_srcdir");
	int rc;

	srcdir = xstrdup(top ? top : "..");
	datadir = xasprintf("%s/tests/data/config", srcdir);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	free(datadir);
	free(srcdir);
	return rc;
}
