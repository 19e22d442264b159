/*
 * Streaming feed parser: RSS 0.90-0.94, RSS 1.0 (RDF), RSS 2.0, Atom 0.3 and
 * 1.0, JSON Feed 1.0/1.1.  The caller pushes the body in chunks as it
 * arrives; each complete item is handed to a callback and then freed, so
 * memory is bounded by one item, not by the document.
 *
 * Pure: no network, no clock, no globals.  The XML parser never loads a DTD
 * or external entity and bounds entity expansion, depth and text sizes.
 *
 * Bounds: one text field holds at most max_field bytes (cut at a character
 * boundary, counted by feed_parser_truncated); elements nest at most 256
 * deep (deeper stops the parse, bozo); past max_items the parse stops
 * (bozo).  JSON Feed is the exception to streaming: jansson reads whole
 * documents, so a JSON body is buffered up to 8 MiB and refused past that.
 *
 * Malformed but readable documents still yield their items; feed.bozo then
 * names the first problem (XML error, encoding override, invalid bytes
 * repaired, control characters dropped, ...).
 */
#ifndef FW_PARSE_H
#define FW_PARSE_H

#include <stddef.h>

#include "feeds/feed.h"

struct feed_parser;

/* Called once per item, in document order.  The item is valid only during
 * the call; the callee may take its strings by moving them out and setting
 * the fields to NULL (the parser frees what is left).  Return 0 to go on,
 * -1 to stop parsing (feed_parser_push then returns -1). */
typedef int (*feed_item_fn)(const struct feed_item *item, void *arg);

struct feed_parser_opts {
	const char *base_url;		/* document URL, for relative links; may be NULL */
	const char *content_type;	/* HTTP Content-Type (charset) or NULL */
	size_t	 max_items;		/* 0 = default (10000); the parse stops past it */
	size_t	 max_field;		/* cap on one text field, 0 = default (1 MiB) */
	/* Read only what an item's id and content hash are made of (id,
	 * title, link, summary, content: feed_item_derive_id(),
	 * feed_item_content_hash()): dates, authors, categories and
	 * enclosures are left out, in items and feed alike.  For a caller
	 * that only records which items it has seen. */
	int	 keys_only;
};

/* Set up the libraries' global state: once, on the main thread, before
 * parsers run on several threads (each parser on one thread at a time). */
void feed_parser_init(void);
/* New parser; opts may be NULL.  Never fails (allocation failure is fatal). */
struct feed_parser *feed_parser_new(const struct feed_parser_opts *opts,
    feed_item_fn fn, void *arg);
/* Feed the next chunk of the body.  0 ok; -1 when there is no point in
 * pushing more: the callback asked to stop, a cap ended the parse (depth,
 * names, items: see feed.bozo), or the document cannot be read (a JSON
 * body past its cap: see feed_parser_error).  Call feed_parser_finish
 * either way. */
int feed_parser_push(struct feed_parser *p, const char *chunk, size_t len);
/* End of body: flushes the last items.  0 ok, -1 when nothing usable was
 * found (not a feed). */
int feed_parser_finish(struct feed_parser *p);
/* Feed metadata seen so far (complete after finish); owned by the parser. */
const struct feed_info *feed_parser_feed(const struct feed_parser *p);
/* How many text fields were cut at max_field so far. */
size_t feed_parser_truncated(const struct feed_parser *p);
/* Why the last call failed, or NULL. */
const char *feed_parser_error(const struct feed_parser *p);
void feed_parser_free(struct feed_parser *p);

#endif
