/*
 * feed_item_write_json() and feed_info_write_json() against the jansson
 * path they replace for printing: byte for byte the same text as
 * json_dumps(feed_*_json(), JSON_COMPACT), on hand-made edge cases, on
 * random items, and on every item of the feedparser conformance corpus.
 */
#include "config.h"

#include <ftw.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "tests/unit/shared_data.h"

#include <jansson.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

static char *
dump(json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT);

	assert_non_null(s);
	json_decref(j);
	return s;
}

/* Both ways of writing it; fails the test on the first difference. */
static void
same_item(const struct feed_item *it)
{
	struct buf b = BUF_INIT;
	char *want = dump(feed_item_json(it));

	assert_int_equal(feed_item_write_json(&b, it), 0);
	assert_string_equal(buf_str(&b), want);
	assert_int_equal(b.len, strlen(want));
	buf_release(&b);
	free(want);
}

static void
same_feed(const struct feed_info *f)
{
	struct buf b = BUF_INIT;
	json_t *j;
	char *want;

	want = dump(feed_info_json(f));
	assert_int_equal(feed_info_write_json(&b, f, 0), 0);
	assert_string_equal(buf_str(&b), want);
	free(want);

	/* with "encoding" after "bozo", as feedwatch parse prints it */
	j = feed_info_json(f);
	json_object_set_new(json_object_get(j, "feed"), "encoding",
	    f->encoding ? json_string(f->encoding) : json_null());
	want = dump(j);
	buf_reset(&b);
	assert_int_equal(feed_info_write_json(&b, f, 1), 0);
	assert_string_equal(buf_str(&b), want);
	free(want);
	buf_release(&b);
}

/* Strings that exercise every branch of the escaper. */
static const char *const edge[] = {
	"", "plain", "a \"quoted\" \\ back\\slash / slash",
	"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f",
	"\b\f\n\r\t",
	"Caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80 \xc2\x85 \xef\xbf\xbe",
	"\xe2\x80\xa8\xe2\x80\xa9",	/* U+2028/2029 stay raw in jansson */
	"\xff", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"\xf5\x80\x80\x80", "\x80", "\xbf\xbf", "trail \xe2\x82", "\xc3",
	"\xf0\x9f\x98", "mix \xc3\xa9\xff\"\x01\xe6\x97\xa5\\",
	"12345678\"12345678\\12345678\n1234567\xc3\xa9",
	"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&'"
	"()*+,-./:;<=>?@[]^_`{|}~",
};
#define NEDGE (sizeof(edge) / sizeof(edge[0]))

static void
test_edge_strings(void **state)
{
	struct feed_enclosure enc[3];
	struct feed_item it;
	struct feed_info f;
	char *cats[3];
	size_t i;

	(void)state;
	memset(&it, 0, sizeof(it));
	same_item(&it);		/* all null, no categories, no enclosures */
	memset(&f, 0, sizeof(f));
	same_feed(&f);
	for (i = 0; i < NEDGE; i++) {
		const char *s = edge[i], *t = edge[(i + 1) % NEDGE];

		it.id = it.title = it.link = it.published = (char *)s;
		it.updated = it.author = it.summary = it.content = (char *)t;
		cats[0] = (char *)s;
		cats[1] = (char *)t;
		cats[2] = (char *)"";
		it.categories = cats;
		it.ncategories = 1 + i % 3;
		enc[0].url = (char *)s;
		enc[0].type = NULL;
		enc[0].length = -1;
		enc[1].url = (char *)t;
		enc[1].type = (char *)s;
		enc[1].length = 0;
		enc[2].url = (char *)"https://example.org/a.mp3";
		enc[2].type = (char *)"audio/mpeg";
		enc[2].length = 9223372036854775807LL;
		it.enclosures = enc;
		it.nenclosures = i % 4;
		same_item(&it);

		f.title = f.link = f.id = f.description = (char *)s;
		f.language = f.updated = f.bozo = (char *)t;
		/* an encoding name is ASCII: the decoder's own lower case */
		f.encoding = i % 2 ? (char *)"windows-1252" : NULL;
		f.format = i % 2 ? "rss20" : NULL;
		same_feed(&f);
	}
}

/* Random bytes from an alphabet heavy in what needs care. */
static char *
random_string(unsigned *seed, size_t max)
{
	static const char *const bits[] = {
		"a", "word ", "\"", "\\", "/", "\n", "\t", "\x01", "\x1f", "\x7f",
		"\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80", "\xc2\x85",
		"\xff", "\x80", "\xc3", "\xe6\x97", "\xed\xa0\x80", "0123456789",
	};
	struct buf b = BUF_INIT;
	size_t n = (size_t)rand_r(seed) % (max + 1), i;

	if (n == 0)
		return NULL;	/* a null field */
	for (i = 0; i < n; i++)
		buf_addstr(&b, bits[(size_t)rand_r(seed) %
		    (sizeof(bits) / sizeof(bits[0]))]);
	return buf_detach(&b, NULL);
}

static void
test_random_items(void **state)
{
	struct feed_item it;
	unsigned seed = 20241125;
	int round;
	size_t i;

	(void)state;
	for (round = 0; round < 3000; round++) {
		memset(&it, 0, sizeof(it));
		it.id = random_string(&seed, 4);
		it.title = random_string(&seed, 12);
		it.link = random_string(&seed, 3);
		it.published = random_string(&seed, 2);
		it.updated = random_string(&seed, 2);
		it.author = random_string(&seed, 3);
		it.summary = random_string(&seed, 40);
		it.content = random_string(&seed, 200);
		it.ncategories = (size_t)rand_r(&seed) % 4;
		it.categories = xcalloc(it.ncategories + 1, sizeof(char *));
		for (i = 0; i < it.ncategories; i++)
			if ((it.categories[i] = random_string(&seed, 3)) == NULL)
				it.categories[i] = xstrdup("");
		it.nenclosures = (size_t)rand_r(&seed) % 3;
		it.enclosures = xcalloc(it.nenclosures + 1,
		    sizeof(*it.enclosures));
		for (i = 0; i < it.nenclosures; i++) {
			if ((it.enclosures[i].url = random_string(&seed, 3)) == NULL)
				it.enclosures[i].url = xstrdup("u");
			it.enclosures[i].type = random_string(&seed, 2);
			it.enclosures[i].length = (long long)rand_r(&seed) - 100;
		}
		same_item(&it);
		feed_item_clear(&it);
	}
}

/* A buffer whose limit is passed gets nothing appended. */
static void
test_limit(void **state)
{
	struct feed_item it;
	struct feed_info f;
	struct buf b;
	size_t full, lim;
	char *want;

	(void)state;
	memset(&it, 0, sizeof(it));
	it.title = (char *)"title \"with\" escapes\n";
	it.content = (char *)"<p>some content</p>";
	want = dump(feed_item_json(&it));
	full = strlen(want);
	for (lim = 1; lim <= full + 4; lim++) {
		buf_init(&b, lim + 3);
		assert_int_equal(buf_addstr(&b, "x: "), 0);
		if (lim < full) {
			assert_int_equal(feed_item_write_json(&b, &it), -1);
			assert_string_equal(buf_str(&b), "x: ");
			assert_int_equal(b.len, 3);
		} else {
			assert_int_equal(feed_item_write_json(&b, &it), 0);
			assert_string_equal(buf_str(&b) + 3, want);
		}
		buf_release(&b);
	}
	free(want);
	memset(&f, 0, sizeof(f));
	buf_init(&b, 10);
	assert_int_equal(feed_info_write_json(&b, &f, 1), -1);
	assert_int_equal(b.len, 0);
	buf_release(&b);
}

/* The conformance corpus, every file, every item. */
static size_t corpus_files, corpus_items;

static int
compare_item(const struct feed_item *it, void *arg)
{
	(void)arg;
	same_item(it);
	corpus_items++;
	return 0;
}

static int
compare_file(const char *path, const struct stat *st, int type,
    struct FTW *ftw)
{
	struct feed_parser *p;
	char chunk[4096];
	FILE *fp;
	size_t n;

	(void)st;
	(void)ftw;
	if (type != FTW_F)
		return 0;
	n = strlen(path);
	if ((n > 4 && !strcmp(path + n - 4, ".tsv")) ||
	    (n > 3 && !strcmp(path + n - 3, ".md")) ||
	    (n > 7 && !strcmp(path + n - 7, "LICENSE")))
		return 0;
	if ((fp = fopen(path, "rb")) == NULL)
		fail_msg("%s: cannot open", path);
	p = feed_parser_new(NULL, compare_item, NULL);
	/* small pieces, so strings also cross chunk boundaries */
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		if (feed_parser_push(p, chunk, n) == -1)
			break;
	fclose(fp);
	feed_parser_finish(p);
	same_feed(feed_parser_feed(p));
	feed_parser_free(p);
	corpus_files++;
	return 0;
}

static void
test_corpus(void **state)
{
	const char *shared = getenv("SHARED_DIR");
	char dir[4096];

	(void)state;
	if (shared == NULL)
		fail_msg("SHARED_DIR is not set (make check sets it)");
	snprintf(dir, sizeof(dir), "%s/corpus/feedparser", shared);
	assert_int_equal(nftw(dir, compare_file, 16, FTW_PHYS), 0);
	print_message("corpus: %zu files, %zu items compared\n", corpus_files,
	    corpus_items);
	/* the corpus has about 2000 files; an empty walk is a failure */
	assert_true(corpus_files > 1000);
	assert_true(corpus_items > 1000);
}

int
main(void)
{
	struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edge_strings),
		cmocka_unit_test(test_random_items),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_corpus),
	};
	size_t n = sizeof(tests) / sizeof(tests[0]);

	/* The last test reads $SHARED_DIR/corpus/feedparser. */
	if (!shared_data_present("corpus/feedparser"))
		n--;
	return _cmocka_run_group_tests("tests", tests, n, NULL, NULL);
}
