/*
 * A growing byte buffer (after git's strbuf) with a hard size limit, for
 * anything whose size a feed or the network decides.  The contents are
 * always NUL-terminated so text can be used as a C string.
 */
#ifndef FW_BUF_H
#define FW_BUF_H

#include <stddef.h>

struct buf {
	char	*data;		/* NUL-terminated; NULL until first append */
	size_t	 len;
	size_t	 cap;
	size_t	 limit;		/* 0 = no limit */
};

#define BUF_INIT { NULL, 0, 0, 0 }

/* Set the size limit; appends that would pass it fail with -1. */
void buf_init(struct buf *b, size_t limit);
/* Append bytes; 0, or -1 (nothing appended) when the limit would be passed. */
int buf_add(struct buf *b, const void *p, size_t n);
int buf_addstr(struct buf *b, const char *s);
int buf_addch(struct buf *b, int c);
/* Append code point cp as UTF-8; NUL, surrogates and values past U+10FFFF
 * become U+FFFD.  0 or -1 as buf_add. */
int buf_add_utf8(struct buf *b, unsigned long cp);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append s as a log field: in double quotes, with '"', '\\' and control
 * characters escaped, and cut with "..." at the first UTF-8 character
 * boundary from max bytes on, so that text from a feed or the network
 * cannot make a log line long or split it.  NULL gives null. */
void buf_add_quoted(struct buf *b, const char *s, size_t max);
/* Empty the buffer, keeping its memory. */
void buf_reset(struct buf *b);
/* The contents as a C string ("" when empty); owned by the buffer. */
const char *buf_str(const struct buf *b);
/* Hand the contents to the caller (who frees them) and reset. */
char *buf_detach(struct buf *b, size_t *len);
void buf_release(struct buf *b);

#endif
