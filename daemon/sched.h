/*
 * The scheduler (DESIGN.md "Polling manners", STYLE.md rule 11): decides
 * when each configured feed is polled, starts its fetch within the global
 * and per-host caps, and turns each result into state: validators, status,
 * error counts, backoff, Retry-After, disabling on 410, the new URL after
 * a permanent redirect, and the next poll time, which is persisted so a
 * restart keeps to it.  New items go to the pipeline.
 */
#ifndef FW_SCHED_H
#define FW_SCHED_H

#include <stdint.h>

struct config;
struct ev_loop;
struct loop;
struct pipeline;
struct sched;
struct state;

/* Called in --once mode when every feed has been polled. */
typedef void (*sched_idle_fn)(void *arg);

/* sched_new() modes. */
enum sched_mode {
	SCHED_DAEMON,		/* poll for ever, each feed on its schedule */
	SCHED_ONCE,		/* poll every feed once, now, except those
				 * backing off (errors, Retry-After) */
	SCHED_ONCE_FORCE,	/* poll every feed once, now, backing off or not */
};

/* New scheduler for the feeds of cfg, polling on l and recording in st.
 * seed seeds the random part of the jitter.  In the SCHED_ONCE modes idle
 * is called when every feed polled has finished (idle may be NULL
 * otherwise); a feed skipped for its backoff is logged.  cfg must outlive
 * the scheduler or be replaced with sched_reconcile().  Allocation failure
 * is fatal. */
struct sched *sched_new(struct ev_loop *ev, struct loop *l, struct state *st,
    struct pipeline *p, const struct config *cfg, uint64_t seed,
    enum sched_mode mode, sched_idle_fn idle, void *arg);

/* Switch to a new config: feeds that appeared are scheduled, feeds that
 * went away are stopped (an unfinished fetch is abandoned), feeds whose
 * URL changed are polled again from their new URL, feeds whose interval
 * changed are rescheduled; state is kept throughout.  After the call the
 * old config is no longer referenced. */
void sched_reconcile(struct sched *s, const struct config *cfg);

/* Abandon unfinished fetches, stop every timer and commit what was
 * recorded.  The scheduler may then only be freed. */
void sched_stop(struct sched *s);

/* Writes to the state store that failed so far (each logged where it
 * failed); --once turns any into exit status 3. */
size_t sched_state_errors(const struct sched *s);

/* Fetches in flight; feeds due but held back by the connection caps. */
size_t sched_active(const struct sched *s);
size_t sched_waiting(const struct sched *s);

/* Feeds a SCHED_ONCE run left alone because they were backing off. */
size_t sched_skipped(const struct sched *s);
/* With --once: the polls that ended, and how many of them failed. */
size_t sched_polled(const struct sched *s);
size_t sched_failed(const struct sched *s);

void sched_free(struct sched *s);

#endif
