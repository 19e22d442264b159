/*
 * Inside the feed parser: what feeds/parse.c (input, encoding, item hand-off)
 * shares with the format readers feeds/parse_xml.c and feeds/parse_json.c.
 */
#ifndef FW_PARSE_INT_H
#define FW_PARSE_INT_H

#include <stddef.h>

#include "common/buf.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

#define PARSE_MAX_ITEMS		10000
#define PARSE_MAX_FIELD		(1024 * 1024)
#define PARSE_MAX_DEPTH		256
#define PARSE_MAX_NAMES		20000	/* distinct XML names per document */
/* jansson reads whole documents, so a JSON feed is buffered up to this. */
#define PARSE_MAX_JSON		(8 * 1024 * 1024)
#define PARSE_MAX_CATEGORIES	64
#define PARSE_MAX_ENCLOSURES	32

struct xml_reader;

struct feed_parser {
	char	*base_url;
	char	*content_type;
	size_t	 max_items;
	size_t	 max_field;
	int	 keys_only;		/* see feed_parser_opts */
	feed_item_fn fn;
	void	*arg;

	struct decoder *dec;
	struct buf utf8;		/* decoded, not yet parsed */
	enum { MODE_SNIFF, MODE_XML, MODE_JSON } mode;
	struct xml_reader *xml;
	struct buf json;

	struct feed_info info;
	size_t	 nitems;
	size_t	 ntruncated;
	int	 stopped;		/* the callback asked to stop */
	int	 seen_root;		/* a feed root element or object was found */
	char	*error;
};

/* Note a malformed document; the first reason is kept. */
void parser_bozo(struct feed_parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Hand a finished item to the callback (deriving its id first) and clear
 * it.  0 to go on; 1 when the item cap was reached (the item is dropped
 * and reading on is pointless); -1 when the callback asked to stop. */
int parser_emit(struct feed_parser *p, struct feed_item *it);
/* Store s (taking ownership) into *dst unless *dst is already set. */
void parser_set(char **dst, char *s);
/* Trimmed copy of s[0..n); NULL when only white space. */
char *parser_trim(const char *s, size_t n);
/* HTML to plain text: tags dropped, entities decoded; new string. */
char *parser_html_to_text(const char *html);
/* Decoded base64 text (white space ignored) as a string; NULL when it
 * is not base64 or decodes to nothing. */
char *parser_base64(const char *s);
/* html with relative URLs in link attributes (a href, img src, ...)
 * resolved against base; new string, or NULL when nothing changed. */
char *parser_resolve_html(const char *html, const char *base);
/* Item category/enclosure lists, bounded by the caps above. */
void parser_add_category(struct feed_item *it, const char *term);
void parser_add_enclosure(struct feed_item *it, char *url, const char *type,
    const char *length);

struct xml_reader *xml_reader_new(struct feed_parser *p);
/* Parse more UTF-8; -1 when the callback stopped us or a cap ended the
 * parse (the rest of the body need not be pushed). */
int xml_reader_push(struct xml_reader *x, const char *s, size_t n, int final);
void xml_reader_free(struct xml_reader *x);

/* Parse a buffered JSON Feed document; 0, or -1 when it is not one. */
int json_feed_parse(struct feed_parser *p, const char *s, size_t n);

#endif
