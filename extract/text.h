/*
 * Article text cleanup: from what a feed or a web page gives (HTML or plain
 * text, any bytes) to plain UTF-8 split into paragraphs and sentences, with
 * the site's boilerplate (masthead, "Read more", donation appeals, share and
 * subscribe lines) cut.  The input is capped at TEXT_MAX_INPUT bytes, a
 * sentence at TEXT_MAX_SENTENCE.
 */
#ifndef FW_TEXT_H
#define FW_TEXT_H

#include <stddef.h>

#define TEXT_MAX_INPUT	(256 * 1024)
/* The most bytes of one sentence: a longer stretch without a sentence
 * end is read as pieces of at most this many bytes, cut between words
 * where it can be, so that extraction costs time linear in the text. */
#define TEXT_MAX_SENTENCE	2048

struct text;

struct text_sentence {
	size_t	 start, end;	/* byte offsets into text_str() */
	unsigned para;		/* paragraph number, from 0 */
};

/* HTML named character reference (generated table, sorted by name). */
struct text_entity {
	const char *name;	/* without '&' and ';' */
	const char *value;	/* UTF-8 */
};
extern const struct text_entity text_entities[];
extern const size_t text_nentities;

/* Clean raw[0..len) (need not be NUL-terminated).  Never fails. */
struct text *text_new(const char *raw, size_t len);
/* The same with a separate title (plain text, may be NULL), which becomes
 * the first paragraph and the headline, in the memory of old (from
 * text_new() or text_renew(), or NULL), which only grows: a caller
 * cleaning many texts allocates almost never.  old is invalid afterwards;
 * free the result. */
struct text *text_renew(struct text *old, const char *title, const char *raw,
    size_t len);
void text_free(struct text *t);

/* The cleaned text, NUL-terminated, owned by t; *len gets its length. */
const char *text_str(const struct text *t, size_t *len);

/* Does the period at s[dot] end an abbreviation or an initial ("Lt.",
 * "J.", "U.S.") rather than a sentence? */
int text_is_abbrev(const char *s, size_t dot);

size_t text_nsentences(const struct text *t);
const struct text_sentence *text_sentence(const struct text *t, size_t i);

/* Index of the sentence that is the article's headline (a title-like first
 * line after the masthead), or -1 when there is none. */
long text_headline(const struct text *t);

/* Decode HTML character references in s[0..len) into a new NUL-terminated
 * string (caller frees); unknown references are kept as written. */
char *text_decode_entities(const char *s, size_t len);

#endif
