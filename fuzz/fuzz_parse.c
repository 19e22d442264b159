/*
 * libFuzzer target for the feed parser: the input is a feed body, pushed
 * in chunks whose size the first byte picks (so chunk boundaries fall
 * everywhere), with a Content-Type the second byte picks (so every
 * encoding-decision path runs).  Each item is turned into JSON, as the
 * daemon and `feedwatch parse` do.  The body is parsed again with
 * keys_only, which must give every item the same id and content hash.
 */
/* fuzz-sources: feeds/parse.c feeds/parse_xml.c feeds/parse_json.c feeds/encoding.c feeds/feed.c feeds/date.c feeds/url.c common/buf.c common/xmalloc.c common/log.c */
/* fuzz-libs: libxml-2.0 jansson libcrypto */
/* fuzz-seeds: ../shared/corpus/feedparser */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "common/buf.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const content_types[] = {
	NULL, "application/rss+xml", "text/xml", "text/xml; charset=utf-8",
	"application/atom+xml; charset=iso-8859-1", "text/plain",
	"application/xml; charset=utf-16", "application/feed+json", "",
};

/* An item's id and content hash, each NUL-terminated, onto keys. */
static void
add_keys(const struct feed_item *it, struct buf *keys)
{
	char hash[65];

	feed_item_content_hash(it, hash);
	buf_add(keys, it->id ? it->id : "", strlen(it->id ? it->id : "") + 1);
	buf_add(keys, hash, sizeof(hash));
}

static int
on_item(const struct feed_item *it, void *arg)
{
	json_t *j = feed_item_json(it);
	char *s = json_dumps(j, JSON_COMPACT);

	free(s);
	json_decref(j);
	add_keys(it, arg);
	return 0;
}

static int
on_keys(const struct feed_item *it, void *arg)
{
	add_keys(it, arg);
	return 0;
}

/* Parse data in chunks of step bytes; the items' keys go to keys. */
static struct feed_parser *
parse(const struct feed_parser_opts *opts, feed_item_fn fn,
    struct buf *keys, const uint8_t *data, size_t size, size_t step)
{
	struct feed_parser *p;
	size_t off, n;

	p = feed_parser_new(opts, fn, keys);
	for (off = 0; off < size; off += n) {
		n = size - off < step ? size - off : step;
		if (feed_parser_push(p, (const char *)data + off, n) == -1)
			break;
	}
	feed_parser_finish(p);
	return p;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed_parser_opts opts = { 0 };
	struct feed_parser *p;
	struct buf full = BUF_INIT, lean = BUF_INIT;
	size_t step;
	json_t *j;

	if (size < 2)
		return 0;
	step = (size_t)data[0] * 7 + 1;
	opts.content_type = content_types[data[1] % (sizeof(content_types) /
	    sizeof(content_types[0]))];
	opts.base_url = data[1] & 0x80 ? "http://example.org/feeds/a.xml" : NULL;
	opts.max_field = 4096;
	data += 2;
	size -= 2;
	p = parse(&opts, on_item, &full, data, size, step);
	j = feed_info_json(feed_parser_feed(p));
	json_decref(j);
	feed_parser_free(p);
	opts.keys_only = 1;
	feed_parser_free(parse(&opts, on_keys, &lean, data, size, step));
	if (full.len != lean.len || memcmp(buf_str(&full), buf_str(&lean),
	    full.len) != 0)
		abort();
	buf_release(&full);
	buf_release(&lean);
	return 0;
}
