/*
 * What the feed parser produces: the feed's own metadata and one record per
 * item, as DESIGN.md ("Feed and item") describes them.  All strings are
 * UTF-8, NUL-terminated, heap-owned by the struct; NULL means absent.
 */
#ifndef FW_FEED_H
#define FW_FEED_H

#include <stddef.h>
#include <jansson.h>

#include "common/buf.h"

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

/* The JSON objects of DESIGN.md: {"feed": {...}} and {"item": {...}}, with
 * every key present and null for what is absent.  Invalid UTF-8 in a field
 * is replaced by U+FFFD rather than dropping the field.  New references,
 * owned by the caller. */
json_t *feed_info_json(const struct feed_info *f);
json_t *feed_item_json(const struct feed_item *it);

/* The text json_dumps(feed_*_json(), JSON_COMPACT) gives, byte for byte,
 * appended to b (no newline) without building a json_t: for callers that
 * only print.  with_encoding adds "encoding" (f->encoding) after "bozo".
 * 0, or -1 when b's limit would be passed (nothing is appended then). */
int feed_info_write_json(struct buf *b, const struct feed_info *f,
    int with_encoding);
int feed_item_write_json(struct buf *b, const struct feed_item *it);

/* An item's id by the rule of DESIGN.md: guid (or Atom id) when present and
 * not blank, else link, else "sha256:" and the hex SHA-256 of title, "\n",
 * summary (NULL counts as "").  Surrounding whitespace is trimmed.  New
 * string, owned by the caller. */
char *feed_item_derive_id(const char *guid, const char *link,
    const char *title, const char *summary);
/* feed_item_derive_id() for a parser's item, whose guid (NULL or from
 * malloc) it takes: a guid that is already an id (not blank, nothing to
 * trim) is returned as it is, without a copy; otherwise it is freed and
 * the derived id returned.  New string, owned by the caller. */
char *feed_item_take_id(char *guid, const char *link, const char *title,
    const char *summary);

/* Hex SHA-256 (64 digits and a NUL) of title, link, summary and content
 * joined by NUL bytes: tells a changed item from a feed that re-uses ids. */
void feed_item_content_hash(const struct feed_item *it, char out[65]);

#endif
