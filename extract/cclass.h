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

/* The eight bytes of v with their ASCII capitals lowered, the rest as
 * they were: a byte's high bit, once its low seven bits are added to,
 * says >= 'A' and > 'Z' (no carry between bytes: each sum stays below
 * 0x100), and 0x80 >> 2 is the bit that lowers a capital. */
static inline uint64_t
cclass_lower8(uint64_t v)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
	uint64_t h = v & (ones * 0x7f);
	uint64_t ge_a = h + ones * (0x80 - 'A');
	uint64_t gt_z = h + ones * (0x80 - 'Z' - 1);

	return v | ((ge_a & ~gt_z & ~v & highs) >> 2);
}

#endif
