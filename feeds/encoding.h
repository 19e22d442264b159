/*
 * Character encoding of a feed body, decided the way feedparser does it
 * (RFC 3023 plus real-world fallbacks), and a streaming converter to UTF-8.
 *
 * Candidates, in order: the encoding RFC 3023 gives for the HTTP
 * Content-Type (its charset; for text/ types without one us-ascii; for a
 * body not fetched over HTTP the XML declaration, else UTF-8), the XML
 * declaration, the byte-order mark or first-bytes pattern, UTF-8 and
 * windows-1252.  Since the body streams, a candidate can be dropped only
 * while everything decoded so far was ASCII (then every later candidate
 * reads those bytes the same way); past that point a byte that does not
 * decode is read as windows-1252, and the document is marked bozo.
 *
 * The output is UTF-8 without BOM, without the C0 controls XML forbids, so
 * the XML parser downstream never stops on a bad byte.  Pure.
 */
#ifndef FW_ENCODING_H
#define FW_ENCODING_H

#include <stddef.h>

#include "common/buf.h"

struct decoder;

/* New decoder.  content_type is the HTTP Content-Type header value, or NULL
 * when the body did not come over HTTP.  Never fails. */
struct decoder *decoder_new(const char *content_type);
/* Convert the next chunk and return the UTF-8 text ready so far, its
 * length in *outlen.  When out is empty and the chunk needs no change, the
 * text is part of in itself (no copy); otherwise it is appended to out
 * (which should have no limit: output is at most 3 bytes per input byte)
 * and the text is all of out.  Valid until in, out or d change. */
const char *decoder_push(struct decoder *d, const char *in, size_t len,
    struct buf *out, size_t *outlen);
/* End of input: flushes bytes held back for sniffing or an incomplete
 * sequence. */
void decoder_finish(struct decoder *d, struct buf *out);
/* The encoding the body is being read in (lower case, e.g. "utf-8",
 * "iso-8859-1", "utf-16le"), or NULL while still sniffing. */
const char *decoder_encoding(const struct decoder *d);
/* Why the encoding is suspect (static string), or NULL. */
const char *decoder_bozo(const struct decoder *d);
void decoder_free(struct decoder *d);

/* Split a Content-Type value into its lower-cased media type and charset
 * parameter (quotes removed).  Either output may be empty.  0, or -1 when
 * value is NULL or empty. */
int encoding_parse_content_type(const char *value, char *type, size_t typesz,
    char *charset, size_t charsetsz);

#endif
