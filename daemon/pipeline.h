/*
 * The hand-off from polling to processing (DESIGN.md "The pipeline"): the
 * scheduler calls pipeline_new_item() once for each item the state store
 * has not seen before, inside the transaction that records it, and
 * pipeline_settle() when that transaction has ended.  With alerting
 * attached, extraction, rules and the outbox rows are written in that same
 * transaction; the item is reported (logged, counted, the outbox woken)
 * only once it commits.  A transaction that fails takes the item's "seen"
 * mark and its alerts with it, so the next poll finds the item new again
 * and it is reported once, then.  With several instances this is where new
 * items would be published instead.
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

/* Handle one new item of feed inside the caller's open transaction.
 * Both are valid during the call only.  0, or -1 when its alerting failed
 * (logged); the item stays recorded as seen either way.  It is reported
 * by the next pipeline_settle(). */
int pipeline_new_item(struct pipeline *p, const struct feed_cfg *feed,
    const struct feed_item *item);

/* The transaction of the items handled since the last call ended:
 * committed, they are reported; not, they are dropped (their rows are
 * gone, so they come back as new). */
void pipeline_settle(struct pipeline *p, int committed);

/* Items reported so far. */
size_t pipeline_count(const struct pipeline *p);

#endif
