/*
 * libFuzzer target for the feed parser: the input is a feed body, pushed
 * in chunks whose size the first byte picks (so chunk boundaries fall
 * everywhere), with a Content-Type the second byte picks (so every
 * encoding-decision path runs).  Each item is turned into JSON, as the
 * daemon and `feedwatch parse` do.
 */
/* fuzz-sources: feeds/parse.c feeds/parse_xml.c feeds/parse_json.c feeds/encoding.c feeds/feed.c feeds/date.c feeds/url.c common/buf.c common/xmalloc.c common/log.c */
/* fuzz-libs: libxml-2.0 jansson libcrypto */
/* fuzz-seeds: ../shared/corpus/feedparser */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <jansson.h>

#include "feeds/feed.h"
#include "feeds/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const content_types[] = {
	NULL, "application/rss+xml", "text/xml", "text/xml; charset=utf-8",
	"application/atom+xml; charset=iso-8859-1", "text/plain",
	"application/xml; charset=utf-16", "application/feed+json", "",
};

static int
on_item(const struct feed_item *it, void *arg)
{
	json_t *j = feed_item_json(it);
	char *s = json_dumps(j, JSON_COMPACT);

	(void)arg;
	free(s);
	json_decref(j);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed_parser_opts opts = { 0 };
	struct feed_parser *p;
	size_t step, off, n;
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
	p = feed_parser_new(&opts, on_item, NULL);
	for (off = 0; off < size; off += n) {
		n = size - off < step ? size - off : step;
		if (feed_parser_push(p, (const char *)data + off, n) == -1)
			break;
	}
	feed_parser_finish(p);
	j = feed_info_json(feed_parser_feed(p));
	json_decref(j);
	feed_parser_free(p);
	return 0;
}
