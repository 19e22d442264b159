#ifndef FEEDWATCH_COMMON_SUGGEST_H
#define FEEDWATCH_COMMON_SUGGEST_H

#include <stddef.h>

/*
 * The name a mistyped word was meant to be, for "did you mean" hints:
 * among n names (each a const char * at the start of an element stride
 * bytes long, from cands on), the first nearest to word by edits,
 * ASCII-caseless, when it is at most two edits away and fewer than word
 * has bytes; failing that, with prefix set, the one name word (of three
 * bytes or more) starts, if only one does.  NULL when none is near.
 */
const char *suggest_name(const char *word, const void *cands, size_t n,
    size_t stride, int prefix);

#endif
