/*
 * The state store (DESIGN.md "State and delivery"): one SQLite file in WAL
 * mode holding, per feed, its HTTP validators and poll status; per item a
 * key so nothing is reported twice across restarts; and (for alerting)
 * incidents, alerts and the delivery outbox.
 *
 * All calls are synchronous but short (indexed single-row statements on a
 * local file, prepared once); the daemon calls them from the loop.
 */
#ifndef FW_STATE_H
#define FW_STATE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct state;
struct feed_item;

struct feed_state {
	char	*name;
	char	*url;		/* current URL (after permanent redirects) */
	char	*config_url;	/* URL as written in the config when first seen */
	char	*etag;
	char	*last_modified;
	time_t	 last_poll;	/* 0 = never */
	int	 last_status;	/* HTTP status, 0 = none, -1 = transport error */
	char	*last_error;	/* NULL or a short message */
	long	 items;		/* items seen in total */
	long	 errors;	/* errors in total */
	int	 consecutive_errors;
	time_t	 next_poll;	/* 0 = as soon as possible */
	int	 disabled;	/* 410 Gone: never polled again */
	int	 polled_ok;	/* at least one successful poll (first-poll rule) */
};

/* Open (creating if needed) the store at path; NULL with the reason logged.
 * Brings an older schema up to date; refuses a newer one. */
struct state *state_open(const char *path);
/* Open an existing store read-only (for `feedwatch status`): never writes,
 * never waits for the daemon's write lock, never migrates.  NULL with the
 * reason logged when the file is missing or is not a store of this
 * schema version. */
struct state *state_open_readonly(const char *path);
void state_close(struct state *st);

/* Read the feed's row into *out: 1 when found, 0 when the feed was never
 * seen (*out NULL), -1 when it could not be read (logged; *out NULL): then
 * the caller knows nothing about the feed and must not overwrite its row.
 * When config_url differs from the stored config_url (the user edited the
 * config), the stored redirect URL and validators are dropped; polled_ok
 * is kept only while items of the feed are stored, so the next poll
 * reports what is new at the new URL rather than recording it as a first
 * poll would.  Caller frees with feed_state_free. */
int state_feed_get(struct state *st, const char *name, const char *config_url,
    struct feed_state **out);
/* Insert or update the whole row; 0 or -1. */
int state_feed_put(struct state *st, const struct feed_state *fs);
/* All feeds, sorted by name; *n set.  Caller frees with feed_state_free_all. */
struct feed_state *state_feed_list(struct state *st, size_t *n);
void feed_state_free(struct feed_state *fs);
void feed_state_free_all(struct feed_state *v, size_t n);

/* Record an item of a feed seen at now.  Returns 1 when it is new (first
 * time this feed + id + content hash is seen), 0 when already known, -1 on
 * error.  A known id with a different content hash counts as new (feeds
 * that re-use ids), but an item whose content changed only in an update
 * of the same story is the caller's business (clustering).  The row
 * holds 64-bit keys of the three (state_key()), not the strings; of the
 * hash only the first STATE_HASH_KEPT characters count.  A known item
 * is marked as seen at now when its mark is older than STATE_ITEM_TOUCH
 * seconds, so its last sighting is known to that precision. */
int state_item_seen(struct state *st, const char *feed, const char *item_id,
    const char *content_hash, time_t now);
#define STATE_ITEM_TOUCH	3600
#define STATE_HASH_KEPT		32

/* The key stored in an item's row for its feed's name, its id or (its
 * first STATE_HASH_KEPT characters) its content hash: 64 bits of
 * FNV-1a, mixed by splitmix64's finaliser.  Two different strings of one
 * feed share a key with odds of 2^-64; a feed that crafted such a pair
 * could only hide an item of its own, which it could as well leave out.
 * Also SQL's feedwatch_key() on the store's own connection. */
int64_t state_key(const char *p, size_t n);

/* Record n (at most STATE_BATCH) items of feed seen at now, as n calls
 * of state_item_seen() in order would: isnew[i] is 1 when the i-th is
 * new, else 0.  0, or -1 on error (then isnew says nothing).  While the
 * feed has no item stored, as on its first poll, one statement writes
 * them all, for about a third less work per item. */
int state_items_seen(struct state *st, const char *feed,
    const char *const *ids, const char *const *hashes, size_t n,
    time_t now, int *isnew);
#define STATE_BATCH		32

/* Forget the items of feed last seen before `before`, except the keep
 * most recently seen: the rows deleted, or -1.  An item forgotten and
 * then met again is new once more, so before must lie well beyond the
 * time an item can stay out of its feed and come back, and beyond
 * STATE_ITEM_TOUCH. */
long state_items_prune(struct state *st, const char *feed, time_t before,
    long keep);

/* Forget a feed: its row and all its items (a feed long gone from the
 * config).  The items deleted, or -1. */
long state_feed_forget(struct state *st, const char *feed);

/* What state_sweep() deleted. */
struct state_swept {
	long	 deliveries, alerts, incidents;
};
/* Forget what alerting keeps only for the record, so the store does not
 * grow with every alert: finished deliveries (sent or failed) queued
 * before delivered_before; the alerts raised before it that have no
 * delivery left (an alert with a pending delivery is kept, whatever its
 * age); and the incidents not updated since idle_before, with their
 * reports.  *out holds the counts; 0, or -1 (then *out says nothing). */
int state_sweep(struct state *st, time_t delivered_before,
    time_t idle_before, struct state_swept *out);
/* Group several writes into one transaction (one fsync per poll, not per
 * item).  Nested calls are counted; the outermost commit writes.  When a
 * write inside failed in a way that made SQLite roll the transaction back
 * (SQLITE_FULL, I/O error), the outermost commit returns -1 too, so the
 * caller knows none of it was kept.  state_rollback drops everything since
 * the outermost begin. */
int state_begin(struct state *st);
int state_commit(struct state *st);
void state_rollback(struct state *st);
/* Whether a transaction begun with state_begin is open. */
int state_in_transaction(const struct state *st);

/* WAL checkpoints are left to the caller: the frames in the WAL after the
 * last commit, and a passive checkpoint (copy what no reader needs into
 * the database; never waits), 0 or -1 (also inside a transaction).  The
 * WAL is not checkpointed when the store is closed either: the next open
 * reads it. */
int state_wal_frames(const struct state *st);
int state_checkpoint(struct state *st);

/* Totals for `feedwatch status`. */
struct state_totals {
	long	 feeds, items, incidents, alerts, pending, failed;
};
int state_totals(struct state *st, struct state_totals *t);

/*
 * Incidents: one row per attack, with the reports (items) clustered into
 * it.  The columns are what clustering searches by; record holds the full
 * incident record (JSON) as last merged.
 */
struct incident_row {
	long long id;
	time_t	 created;
	time_t	 updated;
	char	*country_code;	/* NULL when unknown */
	char	*city;
	char	*group_name;	/* perpetrator group */
	long	 killed;	/* -1 = not stated */
	long	 injured;	/* -1 = not stated */
	char	*record;	/* JSON text */
};

/* Insert a new incident (r->id, created and updated are ignored; now is
 * used).  Returns its id (> 0) or -1. */
long long state_incident_add(struct state *st, const struct incident_row *r,
    time_t now);
/* Overwrite the incident r->id with r's columns, updated = now.  0, or -1
 * (also when no such incident). */
int state_incident_update(struct state *st, const struct incident_row *r,
    time_t now);
/* Incidents in country_code (NULL: those without one) updated at or after
 * since, newest first, at most max; *n set.  The candidates a new report
 * may belong to.  Caller frees with incident_row_free_all. */
struct incident_row *state_incident_recent(struct state *st,
    const char *country_code, time_t since, size_t max, size_t *n);
void incident_row_free_all(struct incident_row *v, size_t n);
/* Attach the report (feed, item_id) to an incident.  1 added, 0 already
 * attached, -1 on error. */
int state_report_add(struct state *st, long long incident_id,
    const char *feed, const char *item_id, const char *link,
    const char *title, time_t published);

/*
 * Alerts and the delivery outbox (DESIGN.md "State and delivery").  An
 * alert is written, with one outbox row per output, before the first
 * delivery attempt; the sender then marks each row sent, retried or failed.
 * A restart finds unfinished rows with state_outbox_due.
 */

/* Record the alert that rule raised for the report (feed, item_id) of an
 * incident.  kind is "new" or "update"; payload is JSON text.  Returns the
 * alert id (> 0), 0 when this rule already alerted on this report (nothing
 * written), -1 on error. */
long long state_alert_add(struct state *st, const char *rule,
    long long incident_id, const char *feed, const char *item_id,
    const char *kind, const char *payload, time_t now);

/* Queue the delivery of an alert to an output under a stable delivery id
 * (receivers drop duplicates by it).  1 queued, 0 when the id is already
 * queued, -1 on error. */
int state_outbox_add(struct state *st, const char *delivery_id,
    long long alert_id, const char *output, time_t now);

struct outbox_entry {
	char	*delivery_id;
	long long alert_id;
	char	*output;
	char	*rule;
	char	*kind;
	char	*payload;	/* the alert's JSON */
	int	 attempts;
	time_t	 created;
	time_t	 next_attempt;
};

/* Pending deliveries whose next attempt is due at now, oldest first, at
 * most max; *n set.  Caller frees with outbox_entry_free_all. */
struct outbox_entry *state_outbox_due(struct state *st, time_t now,
    size_t max, size_t *n);
/* The same, leaving out the deliveries to the nskip outputs named in skip
 * (those with no attempt to spare). */
struct outbox_entry *state_outbox_due_except(struct state *st, time_t now,
    const char *const *skip, size_t nskip, size_t max, size_t *n);
void outbox_entry_free_all(struct outbox_entry *v, size_t n);
/* Seconds until the next pending delivery is due (0 if one is due now),
 * -1 when none is pending, -2 on error. */
long state_outbox_next(struct state *st, time_t now);
/* The same, leaving out the deliveries to the nskip outputs named in skip
 * and the nids deliveries named in ids: rows in flight or held for a slot,
 * which the attempt's end looks at again, so that they arm no timer. */
long state_outbox_next_except(struct state *st, time_t now,
    const char *const *skip, size_t nskip,
    const char *const *ids, size_t nids);

/* Outcome of one attempt: delivered; failed and to be retried at
 * next_attempt; or given up.  error may be NULL.  0 or -1. */
int state_outbox_sent(struct state *st, const char *delivery_id);
int state_outbox_retry(struct state *st, const char *delivery_id,
    time_t next_attempt, const char *error);
int state_outbox_failed(struct state *st, const char *delivery_id,
    const char *error);
/* Make the pending deliveries to output (to every output when NULL) that
 * wait for a later attempt due at now: their receiver answers again, or
 * the config was reloaded.  The count moved, or -1. */
int state_outbox_hurry(struct state *st, const char *output, time_t now);

#endif
