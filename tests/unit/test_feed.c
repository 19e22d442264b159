/*
 * Feed and item records: the exact JSON shape of DESIGN.md (every key, in
 * order, null for absent), id derivation and the content hash.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "common/xmalloc.h"
#include "feeds/feed.h"

static char *
dump(json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);

	assert_non_null(s);
	json_decref(j);
	return s;
}

static void
test_feed_json_empty(void **state)
{
	struct feed_info f;
	char *s;

	memset(&f, 0, sizeof(f));
	s = dump(feed_info_json(&f));
	assert_string_equal(s, "{\"feed\":{\"title\":null,\"link\":null,"
	    "\"id\":null,\"description\":null,\"language\":null,"
	    "\"updated\":null,\"format\":null,\"bozo\":null}}");
	free(s);
}

static void
test_feed_json_full(void **state)
{
	struct feed_info f;
	char *s;

	memset(&f, 0, sizeof(f));
	f.title = xstrdup("Caf\xc3\xa9 \"news\"");
	f.link = xstrdup("https://example.org/");
	f.id = xstrdup("urn:uuid:1");
	f.description = xstrdup("<p>desc</p>");
	f.language = xstrdup("en");
	f.updated = xstrdup("2011-11-12T10:00:00Z");
	f.format = "rss20";
	f.bozo = xstrdup("mismatched tag");
	f.encoding = xstrdup("utf-8");
	s = dump(feed_info_json(&f));
	assert_string_equal(s, "{\"feed\":{\"title\":\"Caf\xc3\xa9 \\\"news\\\"\","
	    "\"link\":\"https://example.org/\",\"id\":\"urn:uuid:1\","
	    "\"description\":\"<p>desc</p>\",\"language\":\"en\","
	    "\"updated\":\"2011-11-12T10:00:00Z\",\"format\":\"rss20\","
	    "\"bozo\":\"mismatched tag\"}}");
	free(s);
	feed_info_clear(&f);
	assert_null(f.title);
	assert_null(f.encoding);
	assert_null(f.format);
	feed_info_clear(NULL);
}

static void
test_item_json_empty(void **state)
{
	struct feed_item it;
	char *s;

	memset(&it, 0, sizeof(it));
	s = dump(feed_item_json(&it));
	assert_string_equal(s, "{\"item\":{\"id\":null,\"title\":null,"
	    "\"link\":null,\"published\":null,\"updated\":null,"
	    "\"author\":null,\"summary\":null,\"content\":null,"
	    "\"categories\":[],\"enclosures\":[]}}");
	free(s);
}

static void
test_item_json_full(void **state)
{
	struct feed_item it;
	char *s;

	memset(&it, 0, sizeof(it));
	it.id = xstrdup("https://example.org/1");
	it.title = xstrdup("Attack in Taraz");
	it.link = xstrdup("https://example.org/1");
	it.published = xstrdup("2011-11-12T10:00:00Z");
	it.author = xstrdup("Ed");
	it.summary = xstrdup("<b>seven</b> killed");
	it.ncategories = 2;
	it.categories = xcalloc(2, sizeof(char *));
	it.categories[0] = xstrdup("world");
	it.categories[1] = xstrdup("asia");
	it.nenclosures = 2;
	it.enclosures = xcalloc(2, sizeof(*it.enclosures));
	it.enclosures[0].url = xstrdup("https://example.org/a.mp3");
	it.enclosures[0].type = xstrdup("audio/mpeg");
	it.enclosures[0].length = 12345678901LL;
	it.enclosures[1].url = xstrdup("https://example.org/b.jpg");
	it.enclosures[1].length = -1;
	s = dump(feed_item_json(&it));
	assert_string_equal(s, "{\"item\":{\"id\":\"https://example.org/1\","
	    "\"title\":\"Attack in Taraz\",\"link\":\"https://example.org/1\","
	    "\"published\":\"2011-11-12T10:00:00Z\",\"updated\":null,"
	    "\"author\":\"Ed\",\"summary\":\"<b>seven</b> killed\","
	    "\"content\":null,\"categories\":[\"world\",\"asia\"],"
	    "\"enclosures\":[{\"url\":\"https://example.org/a.mp3\","
	    "\"type\":\"audio/mpeg\",\"length\":12345678901},"
	    "{\"url\":\"https://example.org/b.jpg\",\"type\":null,"
	    "\"length\":null}]}}");
	free(s);
	feed_item_clear(&it);
	assert_null(it.categories);
	assert_int_equal(it.ncategories, 0);
	assert_int_equal(it.nenclosures, 0);
	feed_item_clear(NULL);
}

static void
test_item_json_bad_utf8(void **state)
{
	struct feed_item it;
	char *s;

	memset(&it, 0, sizeof(it));
	/* a stray Latin-1 byte, an overlong "/", a surrogate */
	it.title = xstrdup("caf\xe9 \xc0\xaf \xed\xa0\x80!");
	s = dump(feed_item_json(&it));
	assert_non_null(strstr(s, "\"title\":\"caf\xef\xbf\xbd "
	    "\xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd!\""));
	free(s);
	feed_item_clear(&it);
}

static void
expect_id(const char *guid, const char *link, const char *title,
    const char *summary, const char *want)
{
	char *id = feed_item_derive_id(guid, link, title, summary), *g;

	assert_non_null(id);
	assert_string_equal(id, want);
	free(id);
	/* The parsers' way: the guid taken, and kept when it is an id. */
	g = guid != NULL ? xstrdup(guid) : NULL;
	id = feed_item_take_id(g, link, title, summary);
	assert_non_null(id);
	assert_string_equal(id, want);
	if (g != NULL && strcmp(guid, want) == 0)
		assert_ptr_equal(id, g);
	free(id);
}

/* sha256("Title\nSummary") and sha256("\n"), from sha256sum(1). */
#define H_TITLE_SUMMARY "sha256:" \
	"b416a5a04123b64c247715bc41c97452257694d04641a3d91fc59d7e91a43f80"
#define H_EMPTY "sha256:" \
	"01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b"

static void
test_derive_id(void **state)
{
	expect_id("guid-1", "https://example.org/1", "T", "S", "guid-1");
	expect_id("  urn:x:1\n", NULL, NULL, NULL, "urn:x:1");
	expect_id("", "https://example.org/1", "T", "S", "https://example.org/1");
	expect_id(" \t\n", "\n https://example.org/2 ", "T", "S",
	    "https://example.org/2");
	expect_id(NULL, "https://example.org/3", NULL, NULL,
	    "https://example.org/3");
	expect_id(NULL, NULL, "Title", "Summary", H_TITLE_SUMMARY);
	expect_id("", "  ", "Title", "Summary", H_TITLE_SUMMARY);
	expect_id(NULL, NULL, NULL, NULL, H_EMPTY);
	expect_id(NULL, NULL, "", "", H_EMPTY);
}

static void
test_derive_id_separates_fields(void **state)
{
	char *a = feed_item_derive_id(NULL, NULL, "ab", "c");
	char *b = feed_item_derive_id(NULL, NULL, "a", "bc");

	assert_string_not_equal(a, b);
	free(a);
	free(b);
}

static void
test_content_hash(void **state)
{
	struct feed_item a, b;
	char ha[65], hb[65];

	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	feed_item_content_hash(&a, ha);
	assert_int_equal(strlen(ha), 64);
	/* sha256 of three NUL bytes: four empty fields */
	assert_string_equal(ha,
	    "709e80c88487a2411e1ee4dfb9f22a861492d20c4765150c0c794abd70f8147c");

	a.title = "same id, new text";
	a.link = "https://example.org/1";
	b.title = "same id, new text";
	b.link = "https://example.org/1";
	feed_item_content_hash(&a, ha);
	feed_item_content_hash(&b, hb);
	assert_string_equal(ha, hb);
	/* the id does not enter the hash; the text does */
	b.id = "other";
	feed_item_content_hash(&b, hb);
	assert_string_equal(ha, hb);
	b.summary = "changed";
	feed_item_content_hash(&b, hb);
	assert_string_not_equal(ha, hb);
	/* fields cannot slide into each other */
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	a.title = "ab";
	b.title = "a";
	b.link = "b";
	feed_item_content_hash(&a, ha);
	feed_item_content_hash(&b, hb);
	assert_string_not_equal(ha, hb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_feed_json_empty),
		cmocka_unit_test(test_feed_json_full),
		cmocka_unit_test(test_item_json_empty),
		cmocka_unit_test(test_item_json_full),
		cmocka_unit_test(test_item_json_bad_utf8),
		cmocka_unit_test(test_derive_id),
		cmocka_unit_test(test_derive_id_separates_fields),
		cmocka_unit_test(test_content_hash),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
