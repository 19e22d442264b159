/*
 * What the feed parser produces: the feed's own metadata and one record per
 * item, as DESIGN.md ("Feed and item") describes them.  All strings are
 * UTF-8, NUL-terminated, heap-owned by the struct; NULL means absent.
 */
#ifndef FW_FEED_H
#define FW_FEED_H

#include <stddef.h>
#include <jansson.h>

struct feed_enclosure {
	char	*url;		/* absolute */
	char	*type;		/* MIME type or NULL */
	long long length;	/* bytes, -1 when unknown */
};

struct feed_info {
	char	*title;		/* plain text */
	char	*link;		/* absolute */
	char	*id;
	char	*description;
	char	*language;
	char	*updated;	/* RFC 3339 UTC */
	const char *format;	/* "rss20", "atom10", ... static string */
	char	*bozo;		/* NULL, or a short reason the document is malformed */
	char	*encoding;	/* encoding the document was read in, lower case */
};

struct feed_item {
	char	*id;		/* guid/id, else link, else hash of title+summary */
	char	*title;		/* plain text */
	char	*link;		/* absolute */
	char	*published;	/* RFC 3339 UTC or NULL */
	char	*updated;	/* RFC 3339 UTC or NULL */
	char	*author;
	char	*summary;	/* HTML as given */
	char	*content;	/* HTML as given */
	char	**categories;
	size_t	 ncategories;
	struct feed_enclosure *enclosures;
	size_t	 nenclosures;
};

/* Release everything a feed_info / feed_item owns (not the struct itself). */
void feed_info_clear(struct feed_info *f);
void feed_item_clear(struct feed_item *it);

/* The JSON objects of DESIGN.md: {"feed": {...}} and {"item": {...}}.
 * New references, owned by the caller. */
json_t *feed_info_json(const struct feed_info *f);
json_t *feed_item_json(const struct feed_item *it);

#endif
