/*
 * Incident clustering (DESIGN.md "State and delivery"): several items, from
 * one outlet or many, that report the same attack become one incident.
 * Later reports are merged into it, and the changes that matter to a
 * reader (a rising death toll, a perpetrator named) are listed so they can
 * be sent as an `update` alert.
 *
 * Two records describe the same attack when
 *   - they are in the same place: the same country, and the same city
 *     (names compared as gazetteer keys: "Jamundi" is "Jamundí") or two
 *     cities within 30 km of each other, or no city on one side and the
 *     same region (or no region) on both, or a named area and a region
 *     it spans ("Mindanao" and Cotabato City's region); a village without
 *     coordinates counts as its region only, and only for a town's
 *     record of the same day, and an incident of such a village that
 *     takes in a town with coordinates becomes the town's;
 *     a record with neither country nor city is never clustered;
 *   - their dates are at most CLUSTER_DAYS apart, and they do not each say
 *     a different day (a "date" entry in their evidence);
 *   - their facts do not contradict: the attack types share a kind of
 *     violence (bombing, assault, abduction; or one side names none), and
 *     the death tolls are within a plausible rise of each other (7 and 8
 *     are the same attack, 2 and 50 are not).
 * A named perpetrator group only breaks ties between incidents that fit.
 *
 * Pure: JSON in, JSON out, no clock, no I/O.  A record's date is its
 * "date" field, or the fallback date the caller passes (the publication
 * day of the report).
 */
#ifndef FW_CLUSTER_H
#define FW_CLUSTER_H

#include <stddef.h>

#include <jansson.h>

/* Reports at most this many days apart may be one attack. */
#define CLUSTER_DAYS	2

/* 1 when report (an incident record; its date or else report_date,
 * "YYYY-MM-DD" or NULL) and incident (a merged incident record) describe
 * the same attack, else 0. */
int cluster_same(json_t *report, const char *report_date, json_t *incident);

/* Among n candidate incidents (newest first), the index of the one report
 * belongs to, or -1 for none.  When several fit, the closest in place and
 * then in time wins. */
int cluster_pick(json_t *report, const char *report_date,
    json_t *const *candidates, size_t n);

/* A new incident from its first report: a copy of report whose date is
 * filled from report_date when the text gave none.  New reference. */
json_t *cluster_start(json_t *report, const char *report_date);

/* Merge report into incident (modified in place): the higher death toll
 * and injured count (with the report's at_least when its toll is taken),
 * a perpetrator, place details and date the incident lacked (a town with
 * coordinates in place of a village without, not listed), and the union
 * of types, weapons and targets.  Returns the material changes as a new
 * object {"killed": {"old": 7, "new": 8}, "perpetrator.group": {...}, ...},
 * empty when nothing a reader needs to hear about changed. */
json_t *cluster_merge(json_t *incident, json_t *report,
    const char *report_date);

#endif
