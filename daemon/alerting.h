/*
 * From a new item to queued alerts (DESIGN.md "State and delivery"): the
 * item's text goes through incident extraction, every watch rule in scope
 * is evaluated, an attack is clustered into the incidents of the state
 * store, and each rule that fires gets one alert with one outbox row per
 * output, committed before anything is sent.
 *
 * An alert is at most once per (rule, report): the report key is the
 * feed and item id, so a restart or a reload never alerts twice on the
 * same item.  A report that joins an incident the rule already alerted on
 * raises an `update` when it changed the incident materially (a higher
 * death toll, a perpetrator named) and nothing otherwise.  An item a feed
 * rewrites (same id, new content) is a new report of its incident.  One
 * that re-uses an id the rule alerted on for another incident, or outside
 * any, is a new item (the state store knows items by id and content) and
 * is keyed by id and content: it alerts as new, once.
 */
#ifndef FW_ALERTING_H
#define FW_ALERTING_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

/* Incidents updated this long ago are still candidates for a new report
 * to join; older ones are only kept for the record (and swept). */
#define ALERTING_CANDIDATE_AGE	(7 * 86400)

struct alerting;
struct config;
struct extract_scratch;
struct feed_cfg;
struct feed_item;
struct rule_cfg;
struct state;

/* New alerting stage writing to st (which must outlive it).  Allocation
 * failure is fatal. */
struct alerting *alerting_new(struct state *st);
void alerting_free(struct alerting *a);

/* Handle one new item of feed (not NULL) under cfg at time now: extract,
 * evaluate, cluster, and queue alerts in the outbox, all in one
 * transaction (nested in the caller's when one is open).
 * Returns the number of alerts queued (0 when no rule fired or each had
 * alerted on this report already), or -1 on a state error (logged; no
 * alert of the item is kept). */
int alerting_item(struct alerting *a, const struct config *cfg,
    const struct feed_cfg *feed, const struct feed_item *item, time_t now);

/* The transaction alerting_item() wrote in when it was nested in the
 * caller's has ended: committed or not.  The cooldowns the item started
 * and its count take effect only once committed, so an alert whose rows
 * were rolled back does not hold back the retry of the same item.  When
 * alerting_item() ran in a transaction of its own this is done for it. */
void alerting_settle(struct alerting *a, int committed);

/* Alerts queued (committed) so far. */
size_t alerting_count(const struct alerting *a);

/* The incident record of an item: extract_incident_with() over its title
 * and its content (or summary when it has no content), anchored at its
 * publication date, reusing sc (may be NULL) for its working memory.
 * New reference. */
json_t *alerting_extract(const struct feed_item *item,
    struct extract_scratch *sc);

/* Whether rule r fires for an item of feed (NULL: no configured feed)
 * with incident record `incident` and item object `item` (the inner
 * object of feed_item_json()): the rule's feed and tag scope, then its
 * condition.  Cooldowns are the caller's business. */
int alerting_rule_fires(const struct rule_cfg *r, const struct feed_cfg *feed,
    json_t *incident, json_t *item);

/* Cut the summary and the content of item_json (the inner object of
 * feed_item_json()) in place to the 4096 bytes an alert carries of each,
 * on a character boundary and ending in U+2026 when cut.  Alerts are
 * stored with their payload until delivered and for item_retention
 * after; whole, an item could make each as large as its feed. */
void alerting_cut_item(json_t *item_json);

/* The calendar day "YYYY-MM-DD" an item stands for when its text gives
 * no date: its publication day, else the day of now (UTC). */
void alerting_item_day(const struct feed_item *item, time_t now,
    char out[11]);

#endif
