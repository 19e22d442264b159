/*
 * Cutting UTF-8 text at a byte count without splitting a character: a
 * cut string stays valid UTF-8 for JSON, logs and journald.
 */
#ifndef FW_UTF8_H
#define FW_UTF8_H

#include <stddef.h>

/* n moved back to the first byte of the character that s[n] is part of
 * (no further than 0): the length of the longest prefix of s, at most n
 * bytes, that splits no character.  s[n] must be readable. */
static inline size_t
utf8_cut(const char *s, size_t n)
{
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return n;
}

#endif
