/*
 * 64-bit FNV-1a: a fast hash of short strings for table buckets, jitter
 * and (finalised, see state_key()) the state store's item keys.  Not for
 * anything an attacker may want to collide on purpose.
 */
#ifndef FW_HASH_H
#define FW_HASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t
fnv1a64(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

#endif
