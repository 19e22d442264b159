/*
 * Byte classes of ASCII text, one table shared by the tokenizer
 * (token.c, which defines it) and the place reader's own tokenizer.
 */
#ifndef FW_CCLASS_H
#define FW_CCLASS_H

#include <stdint.h>

/* Byte classes for the tokenizer (ASCII as the C locale's ctype sees it;
 * every byte from 0x80 is part of a word unless it starts one of the
 * punctuation marks upunct() knows). */
#define C_DIGIT	0x01
#define C_UPPER	0x02
#define C_LOWER	0x04
#define C_HIGH	0x08
#define C_ALPHA	(C_UPPER | C_LOWER)
#define C_WORD	(C_DIGIT | C_ALPHA | C_HIGH)

extern const uint8_t tok_cclass[256];

#endif
