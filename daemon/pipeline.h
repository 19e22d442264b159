/*
 * The hand-off from polling to processing (DESIGN.md "The pipeline"): the
 * scheduler calls pipeline_new_item() once for each item the state store
 * has not seen before.  It reports the item in the log and, when alerting
 * is attached, hands it to extraction, rules and the outbox; with several
 * instances this is where new items would be published instead.
 */
#ifndef FW_PIPELINE_H
#define FW_PIPELINE_H

#include <stddef.h>

struct alerting;
struct config;
struct feed_cfg;
struct feed_item;
struct outbox;
struct pipeline;

/* New pipeline; allocation failure is fatal. */
struct pipeline *pipeline_new(void);
void pipeline_free(struct pipeline *p);

/* Send new items through al under cfg and kick out when they queued
 * alerts.  All three must outlive the pipeline or be replaced by another
 * call (after a reload, with the new config). */
void pipeline_set_alerting(struct pipeline *p, struct alerting *al,
    struct outbox *out, const struct config *cfg);

/* Handle one new item of feed.  Both are valid during the call only.
 * 0, or -1 when the item could not be handled (logged); the item stays
 * recorded as seen either way. */
int pipeline_new_item(struct pipeline *p, const struct feed_cfg *feed,
    const struct feed_item *item);

/* Items handled so far. */
size_t pipeline_count(const struct pipeline *p);

#endif
