/*
 * Reference resolution: every example of RFC 3986 section 5.4 (normal and
 * abnormal) against its base "http://a/b/c/d;p?q", then what feeds add:
 * xml:base chains, whitespace around links, missing bases.  Then the scheme
 * and host helpers.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "feeds/url.h"

struct resolve_case {
	const char *base;
	const char *ref;
	const char *want;
};

#define RFC_BASE "http://a/b/c/d;p?q"

static const struct resolve_case rfc_normal[] = {
	{ RFC_BASE, "g:h",	"g:h" },
	{ RFC_BASE, "g",	"http://a/b/c/g" },
	{ RFC_BASE, "./g",	"http://a/b/c/g" },
	{ RFC_BASE, "g/",	"http://a/b/c/g/" },
	{ RFC_BASE, "/g",	"http://a/g" },
	{ RFC_BASE, "//g",	"http://g" },
	{ RFC_BASE, "?y",	"http://a/b/c/d;p?y" },
	{ RFC_BASE, "g?y",	"http://a/b/c/g?y" },
	{ RFC_BASE, "#s",	"http://a/b/c/d;p?q#s" },
	{ RFC_BASE, "g#s",	"http://a/b/c/g#s" },
	{ RFC_BASE, "g?y#s",	"http://a/b/c/g?y#s" },
	{ RFC_BASE, ";x",	"http://a/b/c/;x" },
	{ RFC_BASE, "g;x",	"http://a/b/c/g;x" },
	{ RFC_BASE, "g;x?y#s",	"http://a/b/c/g;x?y#s" },
	{ RFC_BASE, "",		"http://a/b/c/d;p?q" },
	{ RFC_BASE, ".",	"http://a/b/c/" },
	{ RFC_BASE, "./",	"http://a/b/c/" },
	{ RFC_BASE, "..",	"http://a/b/" },
	{ RFC_BASE, "../",	"http://a/b/" },
	{ RFC_BASE, "../g",	"http://a/b/g" },
	{ RFC_BASE, "../..",	"http://a/" },
	{ RFC_BASE, "../../",	"http://a/" },
	{ RFC_BASE, "../../g",	"http://a/g" },
};

static const struct resolve_case rfc_abnormal[] = {
	{ RFC_BASE, "../../../g",	"http://a/g" },
	{ RFC_BASE, "../../../../g",	"http://a/g" },
	{ RFC_BASE, "/./g",		"http://a/g" },
	{ RFC_BASE, "/../g",		"http://a/g" },
	{ RFC_BASE, "g.",		"http://a/b/c/g." },
	{ RFC_BASE, ".g",		"http://a/b/c/.g" },
	{ RFC_BASE, "g..",		"http://a/b/c/g.." },
	{ RFC_BASE, "..g",		"http://a/b/c/..g" },
	{ RFC_BASE, "./../g",		"http://a/b/g" },
	{ RFC_BASE, "./g/.",		"http://a/b/c/g/" },
	{ RFC_BASE, "g/./h",		"http://a/b/c/g/h" },
	{ RFC_BASE, "g/../h",		"http://a/b/c/h" },
	{ RFC_BASE, "g;x=1/./y",	"http://a/b/c/g;x=1/y" },
	{ RFC_BASE, "g;x=1/../y",	"http://a/b/c/y" },
	{ RFC_BASE, "g?y/./x",		"http://a/b/c/g?y/./x" },
	{ RFC_BASE, "g?y/../x",		"http://a/b/c/g?y/../x" },
	{ RFC_BASE, "g#s/./x",		"http://a/b/c/g#s/./x" },
	{ RFC_BASE, "g#s/../x",		"http://a/b/c/g#s/../x" },
	{ RFC_BASE, "http:g",		"http:g" },	/* strict parser */
};

static const struct resolve_case feeds[] = {
	/* base without a path: the merge inserts "/" */
	{ "http://example.org", "item/1", "http://example.org/item/1" },
	{ "http://example.org?x", "item", "http://example.org/item" },
	/* xml:base resolved first, then the link against it */
	{ "http://example.org/feeds/main.xml", "../archive/", "http://example.org/archive/" },
	{ "http://example.org/archive/", "2004/01/post.html",
	  "http://example.org/archive/2004/01/post.html" },
	{ "https://example.org/a/b", "//cdn.example.net/x.mp3", "https://cdn.example.net/x.mp3" },
	{ "https://example.org/a/b", "HTTP://Example.ORG/Y", "HTTP://Example.ORG/Y" },
	{ "https://user:pw@example.org:8443/a/b?q#f", "c", "https://user:pw@example.org:8443/a/c" },
	{ "http://example.org/a/b", "\n  /entry?id=7  \n", "http://example.org/entry?id=7" },
	{ "  http://example.org/a/b\t", "c", "http://example.org/a/c" },
	{ "http://example.org/a/b", "mailto:ed@example.org", "mailto:ed@example.org" },
	{ "http://example.org/a/b", "#", "http://example.org/a/b#" },
	{ "http://example.org/a/b", "?", "http://example.org/a/b?" },
	{ "http://example.org/a/b", "1:x", "http://example.org/a/1:x" },	/* not a scheme */
	{ "http://example.org/%7Eed/", "%E2%82%AC", "http://example.org/%7Eed/%E2%82%AC" },
	{ "http://example.org/a/b/c", "../../../../../x", "http://example.org/x" },
	{ "urn:x-feed:1", "rel", "urn:rel" },
	{ "/relative/base", "x", "/relative/x" },
	{ NULL, "rel/x", "rel/x" },
	{ NULL, " http://example.org/ ", "http://example.org/" },
	{ "http://example.org/", NULL, "http://example.org/" },
};

static void
check_table(const struct resolve_case *t, size_t n)
{
	size_t i;
	char *got;

	for (i = 0; i < n; i++) {
		got = url_resolve(t[i].base, t[i].ref);
		if (got == NULL || strcmp(got, t[i].want) != 0)
			fail_msg("resolve(\"%s\", \"%s\"): got \"%s\", want \"%s\"",
			    t[i].base ? t[i].base : "(null)",
			    t[i].ref ? t[i].ref : "(null)",
			    got ? got : "(null)", t[i].want);
		free(got);
	}
}

#define CHECK_TABLE(t) check_table((t), sizeof(t) / sizeof((t)[0]))

static void
test_rfc3986_normal(void **state)
{
	CHECK_TABLE(rfc_normal);
}

static void
test_rfc3986_abnormal(void **state)
{
	CHECK_TABLE(rfc_abnormal);
}

static void
test_feed_links(void **state)
{
	CHECK_TABLE(feeds);
	assert_null(url_resolve(NULL, NULL));
}

static void
test_is_http(void **state)
{
	assert_true(url_is_http("http://example.org/feed"));
	assert_true(url_is_http("https://example.org"));
	assert_true(url_is_http("HTTPS://Example.org/x"));
	assert_true(url_is_http("http://[::1]:8080/"));
	assert_false(url_is_http("file:///etc/passwd"));
	assert_false(url_is_http("ftp://example.org/"));
	assert_false(url_is_http("gopher://example.org/"));
	assert_false(url_is_http("javascript:alert(1)"));
	assert_false(url_is_http("http:/example.org"));
	assert_false(url_is_http("http://"));
	assert_false(url_is_http("http://user@:80/"));
	assert_false(url_is_http("httpx://example.org"));
	assert_false(url_is_http("//example.org/"));
	assert_false(url_is_http(""));
	assert_false(url_is_http(NULL));
}

static void
expect_host(const char *url, const char *want)
{
	char *got = url_host(url);
	const char *shown = url ? url : "(null)";

	if (want == NULL) {
		if (got != NULL)
			fail_msg("url_host(\"%s\") = \"%s\", want NULL", shown, got);
		return;
	}
	if (got == NULL || strcmp(got, want) != 0)
		fail_msg("url_host(\"%s\") = \"%s\", want \"%s\"", shown,
		    got ? got : "(null)", want);
	free(got);
}

static void
test_host(void **state)
{
	expect_host("http://Example.ORG/feed", "example.org");
	expect_host("https://news.example.org:8443/rss?x=1", "news.example.org");
	expect_host("http://user:pa:ss@host.example:81/", "host.example");
	expect_host("http://a@b@host.example/", "host.example");
	expect_host("http://[2001:DB8::1]:8080/x", "2001:db8::1");
	expect_host("http://example.org#frag", "example.org");
	expect_host("http://example.org?q", "example.org");
	expect_host("file:///etc/passwd", NULL);
	expect_host("mailto:ed@example.org", NULL);
	expect_host("http://[::1/", NULL);
	expect_host("http://:80/", NULL);
	expect_host("relative/path", NULL);
	expect_host(NULL, NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc3986_normal),
		cmocka_unit_test(test_rfc3986_abnormal),
		cmocka_unit_test(test_feed_links),
		cmocka_unit_test(test_is_http),
		cmocka_unit_test(test_host),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
