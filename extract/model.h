/*
 * A second opinion on "is this an attack report?": a logistic regression
 * over the words and word pairs of the title and the start of the text,
 * trained by tools/gen-model on the project's hand-written development
 * sets (data/extract/model-sets.txt) and shipped as a table of hashed
 * weights (extract/model_tab.c).  The rules decide; a text they call an
 * attack that this model finds very unlikely to be one is not called one
 * (extract/extract.c).  Pure: no state, no allocation.
 */
#ifndef FW_MODEL_H
#define FW_MODEL_H

#include <stddef.h>
#include <stdint.h>

#define MODEL_BITS		18
#define MODEL_BUCKETS		(1u << MODEL_BITS)
/* How much of the text is read: the lede, where a report says what
 * happened (tools/gen-model's BODY_BYTES). */
#define MODEL_BODY_BYTES	700

extern const double model_bias;
extern const double model_scale;
extern const int16_t model_weights[MODEL_BUCKETS];

/* The probability that title[0..tlen) with text[0..len) reports an
 * attack: both plain UTF-8 as extract/text.c leaves them (title may be
 * NULL). */
double model_prob(const char *title, size_t tlen, const char *text,
    size_t len);

#endif
