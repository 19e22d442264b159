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

/* New scheduler for the feeds of cfg, polling on l and recording in st.
 * seed seeds the random part of the jitter.  With once set, every enabled
 * feed is polled once, now, and idle is called when all have finished
 * (idle may be NULL otherwise).  cfg must outlive the scheduler or be
 * replaced with sched_reconcile().  Allocation failure is fatal. */
struct sched *sched_new(struct ev_loop *ev, struct loop *l, struct state *st,
    struct pipeline *p, const struct config *cfg, uint64_t seed, int once,
    sched_idle_fn idle, void *arg);

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

void sched_free(struct sched *s);

#endif
