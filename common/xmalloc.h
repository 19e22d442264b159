/*
 * Allocation wrappers: running out of memory is fatal (STYLE.md rule 9),
 * so callers never thread an ENOMEM path through their code.
 */
#ifndef FW_XMALLOC_H
#define FW_XMALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
/* Copy of s[0..n), NUL-terminated. */
char *xstrndup(const char *s, size_t n);
/* Formatted string on the heap; caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
