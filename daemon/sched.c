/*
 * The scheduler.
 *
 * Timing: one ev_timer per feed.  libev keeps its timers in a 4-ary heap
 * already, so a timer per feed is the heap, with O(log n) re-arming and
 * nothing of our own to keep in step with the loop's clock; 10,000 feeds
 * cost 10,000 small watchers.
 *
 * Caps: a feed whose timer fires is queued on its host (FIFO).  Hosts
 * that have waiting feeds and a free per-host slot sit on a ready list;
 * dispatch() takes one feed from the host at the head of that list while
 * the global cap allows and puts the host back at the tail, so hosts take
 * turns and a busy host never holds up feeds of another.  Every step is
 * O(1) (but taking a removed feed out of its queue on reload); when a
 * fetch ends, its host and the global count give the slot back and
 * dispatch() runs again.
 *
 * Delays: the next poll comes interval later, or interval * 2^n (capped
 * at max_backoff) after n errors in a row.  Jitter moves it by up to
 * +-jitter * interval: half from a fixed offset per feed name (so feeds
 * keep apart across restarts), half from a seeded PRNG.  A Retry-After on
 * 429/503 is the earliest time of the next poll, whatever the jitter.
 * New or overdue feeds start spread over jitter * interval by the same
 * per-feed offset, so a restart after a long stop does not fire
 * everything at once.  Each result's next poll time is stored, so a
 * restart keeps to backoff and Retry-After.
 *
 * Transactions: items arrive while bodies stream in, many fetches
 * interleaved.  A transaction is opened by the first write and committed
 * by a timer once it is TX_MAX_AGE old (TX_QUIET_AGE while it holds a
 * first poll's records and nothing to report), or sooner when no fetch is
 * in flight: then an ev_idle watcher commits it as soon as an iteration
 * finds nothing left to do (the loop polls without blocking while it is
 * active).  So the write lock is held a bounded time, while the loop
 * sleeps only when fetches are under way, and never once it has nothing
 * more to do.  A commit per loop iteration (or whenever the loop ran dry
 * for a moment, which a busy poll does hundreds of times) wrote the same
 * B-tree pages to the WAL again and again; a transaction per poll would
 * span the transfer, and with fetches overlapping (SQLite has one write
 * transaction per connection) it would never close under load.  New items
 * go through the pipeline (extraction, rules, outbox rows) inside the
 * transaction and are reported after it commits (pipeline_settle), so a
 * failed COMMIT neither loses an item nor reports it twice.
 */
#include "config.h"

#include <ev.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/fetch.h"
#include "daemon/loop.h"
#include "daemon/pipeline.h"
#include "daemon/sched.h"
#include "daemon/state.h"
#include "feeds/date.h"
#include "feeds/feed.h"
#include "feeds/url.h"

#define HOST_BUCKETS	1024
/* WAL frames (pages) after which a checkpoint runs when idle, and
 * whatever the load (see checkpoint()). */
#define WAL_FRAMES_IDLE	1000
#define WAL_FRAMES_BUSY	4000
/* A feed's old items are pruned at most this often. */
#define PRUNE_EVERY	86400.0
/* Shortest item_retention honoured: an item still in its feed must never
 * be forgotten, and its last sighting is known to STATE_ITEM_TOUCH only. */
#define RETENTION_MIN	86400.0
/* Longest wait before reading a feed's unreadable state row again. */
#define UNREAD_RETRY	60.0
/* Seconds a transaction may stay open while fetches are in flight: how
 * late a new item can be reported, and how long another writer may have
 * to wait, for batching commits.  Short enough that the commit left for
 * the end of a poll, when there is nothing else to do, is small. */
#define TX_MAX_AGE	0.05
/* The same for a transaction that records the items of first polls and
 * has nothing to report.  Those items land all over the items table's
 * B-tree, so each commit writes most of its pages to the WAL again (two
 * pwrite() calls a page): 0.25 s halves what a first poll of 1000 feeds
 * writes (about 2000 calls to 950).  Still well under the second another
 * writer waits for the lock (sqlite3_busy_timeout in state.c); the
 * outbox, which does not send while a transaction is open, waits as long
 * for a retry, never for an item of the transaction (tx_reporting()). */
#define TX_QUIET_AGE	0.25

struct sfeed;

struct host {
	char		*name;
	int		 active;
	struct sfeed	*qhead, *qtail;	/* due, waiting for a slot */
	int		 ready;		/* on the ready list */
	struct host	*rnext;
	struct host	*hnext;		/* hash chain */
};

struct sfeed {
	struct sched		*s;
	const struct feed_cfg	*cfg;
	struct feed_state	*fs;
	ev_timer		 timer;
	struct host		*host;		/* while queued or fetching */
	struct fetch		*fetch;
	int			 queued;
	struct sfeed		*qnext;
	/* Its items are recorded, not reported: the first poll of a feed
	 * (never polled_ok) without alert_first_poll.  Decided when the
	 * poll starts, since the parser then reads the items' keys only
	 * (fetch_req.keys_only): a reload that changes alert_first_poll
	 * meanwhile counts from the feed's next poll. */
	int			 record_only;
	long			 new_items;
	int			 once_pending;
	int			 unread;	/* its row could not be read */
	int			 touched;	/* written in the open transaction */
	long			 tx_items;	/* new items in the open transaction */
	int			 lost;		/* part of this poll was not stored */
	double			 pruned_at;	/* its items were last pruned */
	enum { KEEP_NOT, KEEP, KEEP_SCHEDULE } keep;	/* sched_reconcile() */
};

struct sched {
	struct ev_loop		*ev;
	struct loop		*loop;
	struct state		*st;
	struct pipeline		*pipe;
	const struct config	*cfg;
	struct sfeed		**feeds;	/* sorted by name */
	size_t			 nfeeds;
	struct host		*hosts[HOST_BUCKETS];
	struct host		*rhead, *rtail;
	size_t			 active, waiting;
	uint64_t		 rng;
	int			 once;
	int			 force;		/* --once polls feeds in backoff too */
	size_t			 once_left;
	size_t			 once_skipped;	/* backing off, not polled */
	size_t			 once_polled;	/* polls that ended */
	size_t			 once_failed;	/* of them, with an error */
	sched_idle_fn		 idle;
	void			*idle_arg;
	ev_timer		 idle_timer;
	ev_timer		 sweep;		/* forget removed feeds, old alerts */
	ev_idle			 commit_idle;	/* commit once the loop runs dry */
	ev_timer		 commit_aged;	/* or once TX_MAX_AGE has passed */
	int			 in_tx;
	ev_tstamp		 tx_started;	/* ev_now() at tx_begin() */
	int			 tx_records;	/* ... holds first-poll records */
	int			 tx_reports;	/* ... and items to report */
	struct sfeed		**touched;	/* written in the open transaction */
	size_t			 ntouched, touched_cap;
	/* Items of batch_feed waiting for write_batch(): their ids and
	 * hashes, each NUL-terminated. */
	struct sfeed		*batch_feed;
	struct buf		 batch;
	size_t			 nbatch;
	int			 stopping;
	size_t			 state_errors;
};

static void dispatch(struct sched *s);
static void write_batch(struct sched *s);
static void schedule(struct sfeed *f);
static void load_state(struct sfeed *f, int put);
static double unread_retry(const struct sfeed *f);
static void recover(struct sfeed *f);

/* xorshift64*: jitter needs spread, not secrecy. */
static double
rand01(struct sched *s)
{
	s->rng ^= s->rng >> 12;
	s->rng ^= s->rng << 25;
	s->rng ^= s->rng >> 27;
	return (double)((s->rng * 0x2545F4914F6CDD1DULL) >> 11) / 9007199254740992.0;
}

/* A fixed number in [0, 1) for a feed name. */
static double
phase(const char *name)
{
	return (double)(fnv1a64(name, strlen(name)) >> 11) / 9007199254740992.0;
}

static double
jittered(struct sched *s, const struct sfeed *f, double base)
{
	double j = s->cfg->daemon.jitter, fixed, r, d = base;

	if (j > 0) {
		fixed = 2 * phase(f->cfg->name) - 1;
		r = 2 * rand01(s) - 1;
		d += j * f->cfg->interval * (fixed + r) / 2;
	}
	/* A feed is never polled twice within a second, whatever the jitter
	 * (the config refuses an interval under 1s, but jitter = 1 can bring
	 * the delay down to 0): a delay near 0 would poll in a loop. */
	return d < 1 ? 1 : d;
}

static double
backoff(const struct sched *s, const struct sfeed *f)
{
	double d = f->cfg->interval, cap = s->cfg->daemon.max_backoff;
	int n = f->fs->consecutive_errors;

	if (cap < d)
		cap = d;
	d *= ldexp(1.0, n > 30 ? 30 : n);
	return d > cap ? cap : d;
}

/*
 * WAL checkpoints (copying committed pages into the database file, two
 * fsyncs) run past WAL_FRAMES_IDLE frames when no transfer is in flight,
 * so they do not hold up bodies being parsed, and past WAL_FRAMES_BUSY
 * whatever the load, so the WAL stays bounded.  A --once run is busy
 * until it ends: below WAL_FRAMES_BUSY it leaves its WAL to the next run,
 * which reads it on open.
 */
static void
checkpoint(struct sched *s)
{
	int frames = state_wal_frames(s->st);

	if (frames >= WAL_FRAMES_BUSY ||
	    (frames >= WAL_FRAMES_IDLE && !s->once && s->active == 0))
		state_checkpoint(s->st);
}

static void
tx_end(struct sched *s)
{
	struct sfeed **v;
	size_t i, n;
	int ok;

	if (!s->in_tx)
		return;
	write_batch(s);
	if (!(ok = state_commit(s->st) == 0))
		s->state_errors++;
	s->in_tx = 0;
	ev_idle_stop(s->ev, &s->commit_idle);
	ev_timer_stop(s->ev, &s->commit_aged);
	/* Only now are the new items of the transaction reported: one that
	 * did not commit is not recorded as seen and comes again. */
	pipeline_settle(s->pipe, ok);
	/* Detached first: recovering a feed may write it again, in a new
	 * transaction with a list of its own. */
	v = s->touched;
	n = s->ntouched;
	s->touched = NULL;
	s->ntouched = s->touched_cap = 0;
	for (i = 0; i < n; i++) {
		v[i]->touched = 0;
		if (!ok)
			recover(v[i]);
		else {
			v[i]->tx_items = 0;
			/* A finished poll's count is in the committed row. */
			if (v[i]->fetch == NULL)
				v[i]->new_items = 0;
		}
	}
	free(v);
	checkpoint(s);
}

/* With no fetch in flight, nothing more is on its way: the open
 * transaction is committed once the loop has handled what is pending. */
static void
commit_when_idle(struct sched *s)
{
	if (s->in_tx && s->active == 0)
		ev_idle_start(s->ev, &s->commit_idle);
}

static void
tx_begin(struct sched *s)
{
	if (s->in_tx)
		return;
	if (state_begin(s->st) == -1) {
		s->state_errors++;
		return;
	}
	s->in_tx = 1;
	s->tx_started = ev_now(s->ev);
	s->tx_records = s->tx_reports = 0;
	ev_timer_set(&s->commit_aged, TX_MAX_AGE, 0.);
	ev_timer_start(s->ev, &s->commit_aged);
	commit_when_idle(s);
}

/* Commit the open transaction age seconds after it began. */
static void
tx_commit_at(struct sched *s, double age)
{
	double left = s->tx_started + age - ev_now(s->ev);

	ev_timer_stop(s->ev, &s->commit_aged);
	ev_timer_set(&s->commit_aged, left > 0 ? left : 0., 0.);
	ev_timer_start(s->ev, &s->commit_aged);
}

/* The open transaction now records a first poll's items: unless it has
 * items to report, it may stay open TX_QUIET_AGE. */
static void
tx_recording(struct sched *s)
{
	if (!s->in_tx || s->tx_records)
		return;
	s->tx_records = 1;
	if (!s->tx_reports)
		tx_commit_at(s, TX_QUIET_AGE);
}

/* The open transaction now holds an item to report: it is committed
 * TX_MAX_AGE after it began. */
static void
tx_reporting(struct sched *s)
{
	if (!s->in_tx || s->tx_reports)
		return;
	s->tx_reports = 1;
	if (s->tx_records)
		tx_commit_at(s, TX_MAX_AGE);
}

/* About to write f's row or items: open the transaction and remember f,
 * so a transaction that fails can put f back as the store has it. */
static void
touch(struct sfeed *f)
{
	struct sched *s = f->s;

	tx_begin(s);
	if (!s->in_tx || f->touched)
		return;
	if (s->ntouched == s->touched_cap) {
		s->touched_cap = s->touched_cap ? s->touched_cap * 2 : 64;
		s->touched = xreallocarray(s->touched, s->touched_cap,
		    sizeof(*s->touched));
	}
	s->touched[s->ntouched++] = f;
	f->touched = 1;
}

/*
 * The transaction that wrote f failed: nothing of it is in the store.  The
 * row in memory goes back to the stored one, or the next poll would send
 * the validators of a response whose items were never recorded, get a 304
 * and lose them.  Items of f's poll that earlier transactions committed
 * stay counted.  A poll still in flight ends without taking its new
 * validators (f->lost).  Nothing is written here: the store has just
 * refused a commit, and a write would only open the next transaction to
 * fail the same way; the next poll's row carries what changed in memory.
 */
static void
recover(struct sfeed *f)
{
	struct sched *s = f->s;
	long committed = f->new_items - f->tx_items;

	f->tx_items = 0;
	if (s->stopping)
		return;
	load_state(f, 0);
	if (f->fetch != NULL) {
		f->new_items = committed;
		f->lost = 1;
		return;
	}
	f->new_items = 0;
	if (committed > 0 && !f->unread)
		f->fs->items += committed;
	/* A poll that ended the feed (410) left no timer; the store
	 * does not say it is disabled, so it goes back on the schedule. */
	if (!s->once && !ev_is_active(&f->timer) && !f->queued)
		schedule(f);
}

/* f is going away: no transaction may come back to it. */
static void
untouch(struct sfeed *f)
{
	struct sched *s = f->s;
	size_t i;

	if (!f->touched)
		return;
	for (i = 0; i < s->ntouched; i++)
		if (s->touched[i] == f) {
			s->touched[i] = s->touched[--s->ntouched];
			break;
		}
	f->touched = 0;
}

static void
on_commit_idle(struct ev_loop *ev, ev_idle *w, int revents)
{
	tx_end(w->data);
}

static void
on_commit_aged(struct ev_loop *ev, ev_timer *w, int revents)
{
	tx_end(w->data);
}

static void
on_idle(struct ev_loop *ev, ev_timer *w, int revents)
{
	struct sched *s = w->data;

	/* The last polls' alerts go to the outbox before it is told to
	 * finish, or --once would exit without delivering them. */
	tx_end(s);
	if (s->idle != NULL)
		s->idle(s->idle_arg);
}

static void
once_done(struct sfeed *f)
{
	struct sched *s = f->s;

	if (!f->once_pending)
		return;
	f->once_pending = 0;
	/* From a zero timer, so the callback runs inside ev_run. */
	if (--s->once_left == 0)
		ev_timer_start(s->ev, &s->idle_timer);
}

static struct host *
host_get(struct sched *s, const char *url)
{
	struct host *h;
	char *name;
	size_t b;

	if ((name = url_host(url)) == NULL)
		name = xstrdup("");
	b = fnv1a64(name, strlen(name)) % HOST_BUCKETS;
	for (h = s->hosts[b]; h != NULL; h = h->hnext)
		if (!strcmp(h->name, name)) {
			free(name);
			return h;
		}
	h = xcalloc(1, sizeof(*h));
	h->name = name;
	h->hnext = s->hosts[b];
	s->hosts[b] = h;
	return h;
}

static void
host_ready(struct sched *s, struct host *h)
{
	if (h->ready || h->qhead == NULL ||
	    h->active >= s->cfg->daemon.per_host)
		return;
	h->ready = 1;
	h->rnext = NULL;
	if (s->rtail)
		s->rtail->rnext = h;
	else
		s->rhead = h;
	s->rtail = h;
}

static void
arm(struct sfeed *f, double delay)
{
	struct sched *s = f->s;

	/* A timer counts from ev_now(), the time the loop last woke; the
	 * work of this iteration since then (a response read, parsed and
	 * recorded, other callbacks) would bring the poll that much early,
	 * and a server's Retry-After is a minimum.  A clock read (vDSO) a
	 * poll. */
	if (delay > 0)
		ev_now_update(s->ev);
	ev_timer_stop(s->ev, &f->timer);
	ev_timer_set(&f->timer, delay > 0 ? delay : 0., 0.);
	ev_timer_start(s->ev, &f->timer);
}

/* Queue f on its host; dispatch() starts it when the caps allow. */
static void
make_due(struct sfeed *f)
{
	struct sched *s = f->s;
	struct host *h;

	if (f->fetch != NULL || f->queued)
		return;
	h = f->host = host_get(s, f->fs->url);
	f->qnext = NULL;
	if (h->qtail)
		h->qtail->qnext = f;
	else
		h->qhead = f;
	h->qtail = f;
	f->queued = 1;
	s->waiting++;
	host_ready(s, h);
}

static void
unqueue(struct sfeed *f)
{
	struct host *h = f->host;
	struct sfeed **pp, *prev = NULL;

	if (!f->queued)
		return;
	for (pp = &h->qhead; *pp != NULL; prev = *pp, pp = &(*pp)->qnext)
		if (*pp == f) {
			*pp = f->qnext;
			if (h->qtail == f)
				h->qtail = prev;
			break;
		}
	f->queued = 0;
	f->s->waiting--;
}

static void
on_timer(struct ev_loop *ev, ev_timer *w, int revents)
{
	struct sfeed *f = w->data;

	if (f->unread) {
		load_state(f, 1);
		if (!f->unread)
			log_info("feed %s: its state could be read again",
			    f->cfg->name);
		schedule(f);
		return;
	}
	make_due(f);
	dispatch(f->s);
}

static void
set_str(char **slot, const char *v)
{
	if (*slot == v)
		return;
	free(*slot);
	*slot = v != NULL ? xstrdup(v) : NULL;
}

/*
 * The items of a feed's first poll are only recorded, and while the feed
 * has none stored, state_items_seen() writes many in one statement, for
 * about a third less work each.  They wait in one batch, of one feed at
 * a time, until it is full, another feed's item comes, the feed's poll
 * ends (its count of new items must be whole) or the transaction does:
 * they are written in the transaction that would have had them.
 */
static void
write_batch(struct sched *s)
{
	const char *ids[STATE_BATCH], *hashes[STATE_BATCH], *p;
	struct sfeed *f = s->batch_feed;
	int isnew[STATE_BATCH];
	size_t i, n = s->nbatch;

	if (f == NULL)
		return;
	s->batch_feed = NULL;
	s->nbatch = 0;
	p = s->batch.data;
	for (i = 0; i < n; i++) {
		ids[i] = p;
		p += strlen(p) + 1;
		hashes[i] = p;
		p += strlen(p) + 1;
	}
	if (state_items_seen(s->st, f->cfg->name, ids, hashes, n, time(NULL),
	    isnew) == -1)
		s->state_errors += n;
	else
		for (i = 0; i < n; i++)
			if (isnew[i]) {
				f->new_items++;
				if (s->in_tx)
					f->tx_items++;
			}
	buf_reset(&s->batch);
}

static int
on_item(const struct feed_item *item, const char *hash, void *arg)
{
	struct sfeed *f = arg;
	struct sched *s = f->s;
	const char *h = hash ? hash : "";
	int r;

	if (item->id == NULL)
		return 0;
	touch(f);
	/* Recorded, not reported: it can wait for the rest of the batch. */
	if (s->in_tx && f->record_only) {
		tx_recording(s);
		if (s->batch_feed != f)
			write_batch(s);
		s->batch_feed = f;
		buf_add(&s->batch, item->id, strlen(item->id) + 1);
		buf_add(&s->batch, h, strlen(h) + 1);
		if (++s->nbatch == STATE_BATCH)
			write_batch(s);
		return 0;
	}
	r = state_item_seen(s->st, f->cfg->name, item->id, hash, time(NULL));
	if (r == -1)
		s->state_errors++;
	else if (r == 1) {
		f->new_items++;
		if (s->in_tx)
			f->tx_items++;
		if (!f->record_only) {
			tx_reporting(s);
			pipeline_new_item(s->pipe, f->cfg, item);
			/* Without a transaction (BEGIN failed) the row
			 * is already committed. */
			if (!s->in_tx)
				pipeline_settle(s->pipe, 1);
		}
	}
	return 0;
}

/* Turn a result into state; the delay to the next poll, -1 for never. */
static double
record(struct sfeed *f, const struct fetch_result *res)
{
	struct sched *s = f->s;
	struct feed_state *fs = f->fs;
	const char *name = f->cfg->name;
	double now = ev_time(), delay;
	/* URLs go into log lines quoted and capped (buf_add_quoted), formatted
	 * only by the branches that log them: most polls log none. */
	struct buf url = BUF_INIT, to = BUF_INIT;

	fs->last_poll = (time_t)now;
	fs->last_status = res->transport_error ? -1 : (int)res->status;
	fs->items += f->new_items;
	if (s->once) {
		s->once_polled++;
		if (res->error != NULL || (!res->transport_error &&
		    res->status == 410))
			s->once_failed++;
	}

	if (!res->transport_error && res->status == 410) {
		fs->disabled = 1;
		fs->next_poll = 0;
		set_str(&fs->last_error, "410 Gone: feed disabled");
		buf_add_quoted(&url, fs->url, FETCH_LOG_URL);
		log_warnx("feed %s: %s answered 410 Gone; feed disabled",
		    name, buf_str(&url));
		buf_release(&url);
		return -1;
	}
	if (res->error == NULL) {
		fs->consecutive_errors = 0;
		set_str(&fs->last_error, NULL);
		if (f->lost) {
			/* Some of its items are not in the store: without the
			 * new validators the next poll reads them again, and
			 * a first poll stays one. */
			log_warnx("feed %s: not all items of this poll could be"
			    " stored; they are read again at the next poll",
			    name);
		} else if (res->status != 304) {
			set_str(&fs->etag, res->etag);
			set_str(&fs->last_modified, res->last_modified);
		} else {
			if (res->etag != NULL)
				set_str(&fs->etag, res->etag);
			if (res->last_modified != NULL)
				set_str(&fs->last_modified, res->last_modified);
		}
		if (!f->lost)
			fs->polled_ok = 1;
		if (res->moved_to != NULL) {
			buf_add_quoted(&url, fs->url, FETCH_LOG_URL);
			buf_add_quoted(&to, res->moved_to, FETCH_LOG_URL);
			log_info("feed %s: moved permanently from %s to %s",
			    name, buf_str(&url), buf_str(&to));
			set_str(&fs->url, res->moved_to);
		}
		delay = jittered(s, f, f->cfg->interval);
		log_debug("feed %s: HTTP %ld, %zu bytes, %zu items, %ld new,"
		    " next poll in %.1fs", name, res->status, res->body_bytes,
		    res->items, f->new_items, delay);
	} else {
		fs->errors++;
		fs->consecutive_errors++;
		set_str(&fs->last_error, res->error);
		delay = jittered(s, f, backoff(s, f));
		if ((res->status == 429 || res->status == 503) &&
		    res->retry_after >= 0 && delay < res->retry_after)
			delay = res->retry_after;
		buf_add_quoted(&url, fs->url, FETCH_LOG_URL);
		log_warnx("feed %s: %s: %s (%d in a row), next poll in %.1fs",
		    name, buf_str(&url), res->error, fs->consecutive_errors,
		    delay);
	}
	buf_release(&url);
	buf_release(&to);
	/* Rounded up: a restart must not come back before the delay. */
	fs->next_poll = (time_t)ceil(now + delay);
	return delay;
}

/*
 * Forget the items that dropped out of the feed more than item_retention
 * ago, beyond the newest item_keep.  Right after a full read of the feed,
 * when every item still in it has just been marked as seen; skipped while
 * the feed cannot have more than item_keep rows (its count of items ever
 * recorded is no higher), so most polls cost nothing.
 */
static void
prune(struct sfeed *f, double now)
{
	struct sched *s = f->s;
	const struct daemon_cfg *d = &s->cfg->daemon;
	double keep_for = d->item_retention;
	long n;

	if (f->fs->items <= d->item_keep ||
	    (f->pruned_at != 0 && now - f->pruned_at < PRUNE_EVERY))
		return;
	f->pruned_at = now;
	if (keep_for < RETENTION_MIN)
		keep_for = RETENTION_MIN;
	touch(f);
	if ((n = state_items_prune(s->st, f->cfg->name,
	    (time_t)(now - keep_for), d->item_keep)) == -1)
		s->state_errors++;
	else if (n > 0)
		log_info("feed %s: forgot %ld items out of the feed for more"
		    " than %.0f days", f->cfg->name, n, keep_for / 86400);
}

/* counted: the fetch held a slot that is now given back. */
static void
finish(struct sfeed *f, const struct fetch_result *res, int counted)
{
	struct sched *s = f->s;
	double delay;

	if (s->batch_feed == f)
		write_batch(s);
	delay = record(f, res);
	f->lost = 0;
	/* A row that could not be read is never written (load_state). */
	if (!f->unread) {
		touch(f);
		if (state_feed_put(s->st, f->fs) == -1)
			s->state_errors++;
	}
	if (res->parsed && res->error == NULL)
		prune(f, ev_time());
	if (counted) {
		f->host->active--;
		s->active--;
		host_ready(s, f->host);
	}
	if (f->once_pending)
		once_done(f);
	else if (!s->once && delay >= 0)
		arm(f, delay);
	if (counted)
		dispatch(s);
}

static void
on_done(const struct fetch_result *res, void *arg)
{
	struct sfeed *f = arg;

	f->fetch = NULL;
	finish(f, res, 1);
}

static void
poll_start(struct sfeed *f)
{
	struct sched *s = f->s;
	const struct daemon_cfg *d = &s->cfg->daemon;
	struct fetch_req req;
	struct fetch_result res;

	memset(&req, 0, sizeof(req));
	req.url = f->fs->url;
	req.etag = f->fs->etag;
	req.last_modified = f->fs->last_modified;
	req.allow_file = f->cfg->allow_file;
	req.user_agent = d->user_agent;
	req.connect_timeout = d->connect_timeout;
	req.stall_timeout = d->stall_timeout;
	req.max_body = f->cfg->max_body;
	req.max_items = f->cfg->max_items;
	f->record_only = !f->fs->polled_ok && !f->cfg->alert_first_poll;
	req.keys_only = f->record_only;
	f->new_items = 0;
	if (log_getverbose() > 0) {
		struct buf url = BUF_INIT;

		buf_add_quoted(&url, req.url, FETCH_LOG_URL);
		log_debug("feed %s: polling %s", f->cfg->name, buf_str(&url));
		buf_release(&url);
	}
	if ((f->fetch = fetch_start(s->loop, &req, on_item, on_done, f)) == NULL) {
		memset(&res, 0, sizeof(res));
		res.transport_error = 1;
		res.retry_after = -1;
		res.error = "transfer not started";
		finish(f, &res, 0);
		return;
	}
	f->host->active++;
	s->active++;
}

static void
dispatch(struct sched *s)
{
	long max = s->cfg->daemon.max_connections;
	struct host *h;
	struct sfeed *f;

	while (s->rhead != NULL && (max <= 0 || s->active < (size_t)max)) {
		h = s->rhead;
		s->rhead = h->rnext;
		if (s->rhead == NULL)
			s->rtail = NULL;
		h->ready = 0;
		if ((f = h->qhead) == NULL ||
		    h->active >= s->cfg->daemon.per_host)
			continue;
		h->qhead = f->qnext;
		if (h->qhead == NULL)
			h->qtail = NULL;
		f->queued = 0;
		s->waiting--;
		poll_start(f);
		host_ready(s, h);
	}
	commit_when_idle(s);
}

/*
 * The last poll plus the feed's interval when the stored next poll is
 * later than that plus slack (the interval was shortened since), else 0.
 * A feed backing off keeps its time: that is Retry-After or the backoff.
 */
static time_t
sooner_due(const struct sfeed *f, double slack)
{
	const struct feed_state *fs = f->fs;
	time_t due;

	if (fs->last_poll == 0 || fs->consecutive_errors > 0)
		return 0;
	due = fs->last_poll + (time_t)ceil(f->cfg->interval);
	return (double)fs->next_poll > (double)due + slack ? due : 0;
}

/* Put a feed on the schedule it should have now. */
static void
schedule(struct sfeed *f)
{
	struct sched *s = f->s;
	double now = ev_time();
	time_t due;

	if (!f->cfg->enabled) {
		log_debug("feed %s: not enabled", f->cfg->name);
		return;
	}
	if (f->unread) {
		if (s->once)
			log_warnx("feed %s: state unreadable; not polled",
			    f->cfg->name);
		else
			arm(f, unread_retry(f));
		return;
	}
	if (f->fs->disabled) {
		log_info("feed %s: disabled after 410 Gone; not polled",
		    f->cfg->name);
		return;
	}
	if (s->once) {
		/* A feed backing off after errors or told to wait by
		 * Retry-After is left alone by a one-off run too: running
		 * --once from cron must not hammer a server that asked
		 * for a pause.  A feed merely not due yet is polled. */
		if (!s->force && f->fs->consecutive_errors > 0 &&
		    f->fs->next_poll > now) {
			char until[32];

			date_format(f->fs->next_poll, until, sizeof(until));
			log_warnx("feed %s: backing off after %d error%s"
			    " (last: %s) until %s; not polled (--force polls"
			    " it)", f->cfg->name, f->fs->consecutive_errors,
			    f->fs->consecutive_errors == 1 ? "" : "s",
			    f->fs->last_error ? f->fs->last_error : "none",
			    until);
			s->once_skipped++;
			return;
		}
		f->once_pending = 1;
		s->once_left++;
		make_due(f);
		return;
	}
	/* A restart under a config with a shorter interval; jitter alone
	 * can put the stored time past the interval by jitter * interval. */
	if ((due = sooner_due(f, s->cfg->daemon.jitter * f->cfg->interval +
	    1)) != 0)
		f->fs->next_poll = due;
	if (f->fs->next_poll > now)
		arm(f, (double)f->fs->next_poll - now);
	else
		arm(f, phase(f->cfg->name) * s->cfg->daemon.jitter *
		    f->cfg->interval);
}

/*
 * The feed's stored state, or a new row for a feed never seen (written
 * now when put is set, else with the feed's next row).  When the
 * row cannot be read, f->unread is set and f->fs is a stand-in that is
 * never written: polling the feed without its state could undo a 410, a
 * Retry-After or the first-poll rule, and writing the stand-in would
 * overwrite the row.  Such a feed is not polled; its timer retries the
 * read (on_timer) and the feed is scheduled once it succeeds.
 */
static void
load_state(struct sfeed *f, int put)
{
	struct sched *s = f->s;
	const struct feed_cfg *c = f->cfg;
	struct feed_state *fs;
	int r;

	feed_state_free(f->fs);
	f->fs = NULL;
	if ((r = state_feed_get(s->st, c->name, c->url, &fs)) == 1) {
		f->fs = fs;
		f->unread = 0;
		return;
	}
	fs = xcalloc(1, sizeof(*fs));
	fs->name = xstrdup(c->name);
	fs->url = xstrdup(c->url);
	fs->config_url = xstrdup(c->url);
	f->fs = fs;
	if (r == -1) {
		s->state_errors++;
		if (!f->unread)
			log_warnx("feed %s: its state cannot be read; not"
			    " polled until it can", c->name);
		f->unread = 1;
		return;
	}
	f->unread = 0;
	if (!put)
		return;
	touch(f);
	if (state_feed_put(s->st, fs) == -1)
		s->state_errors++;
}

/* Seconds between attempts to read an unreadable feed row. */
static double
unread_retry(const struct sfeed *f)
{
	return f->cfg->interval < UNREAD_RETRY ? f->cfg->interval : UNREAD_RETRY;
}

static struct sfeed *
sfeed_new(struct sched *s, const struct feed_cfg *c)
{
	struct sfeed *f;

	f = xcalloc(1, sizeof(*f));
	f->s = s;
	f->cfg = c;
	/* --once polls a new enabled feed right away and writes its row
	 * when the poll ends; writing it now as well would write a
	 * thousand new feeds twice. */
	load_state(f, !s->once || !c->enabled);
	ev_timer_init(&f->timer, on_timer, 0., 0.);
	f->timer.data = f;
	return f;
}

/* Take f off every list; an unfinished fetch is abandoned. */
static void
sfeed_halt(struct sfeed *f)
{
	struct sched *s = f->s;

	ev_timer_stop(s->ev, &f->timer);
	unqueue(f);
	if (f->fetch != NULL) {
		fetch_cancel(f->fetch);
		f->fetch = NULL;
		f->host->active--;
		s->active--;
		host_ready(s, f->host);
	}
	once_done(f);
}

static void
sfeed_free(struct sfeed *f)
{
	if (f == NULL)
		return;
	sfeed_halt(f);
	if (f->s->batch_feed == f)
		write_batch(f->s);
	untouch(f);
	feed_state_free(f->fs);
	free(f);
}

static int
cmp_sfeed(const void *a, const void *b)
{
	const struct sfeed *const *x = a, *const *y = b;

	return strcmp((*x)->cfg->name, (*y)->cfg->name);
}

static struct sfeed *
find_feed(struct sfeed **v, size_t n, const char *name)
{
	size_t lo = 0, hi = n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = strcmp(name, v[mid]->cfg->name)) == 0)
			return v[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/*
 * A feed removed from the config keeps its row and items for
 * item_retention after its last poll, so putting it back (a typo fixed,
 * a feed commented out for a while) neither re-reports its items nor
 * makes its first poll silent again.  After that it is forgotten: back in
 * the config later, it starts as a new feed.  Runs at start, at reload
 * and daily.
 */
static void
forget_removed(struct sched *s)
{
	const struct daemon_cfg *d = &s->cfg->daemon;
	struct feed_state *v;
	double keep_for = d->item_retention;
	time_t before;
	size_t i, n;
	long items;

	if (keep_for < RETENTION_MIN)
		keep_for = RETENTION_MIN;
	before = (time_t)(ev_time() - keep_for);
	if ((v = state_feed_list(s->st, &n)) == NULL)
		return;
	for (i = 0; i < n; i++) {
		if (v[i].last_poll >= before ||
		    find_feed(s->feeds, s->nfeeds, v[i].name) != NULL)
			continue;
		tx_begin(s);
		if ((items = state_feed_forget(s->st, v[i].name)) == -1) {
			s->state_errors++;
			break;
		}
		log_info("feed %s: not in the config for more than %.0f days;"
		    " its state and %ld items forgotten", v[i].name,
		    keep_for / 86400, items);
	}
	feed_state_free_all(v, n);
}

/*
 * Alerts, their deliveries and incidents would otherwise stay in the store
 * for ever, each alert with its whole payload.  Finished deliveries and
 * their alerts go item_retention after they were raised, as items do after
 * they left their feed; incidents go once they are past the age at which
 * a report can still join them, with their reports.  Runs at start and
 * daily.
 */
static void
forget_old(struct sched *s)
{
	double keep_for = s->cfg->daemon.item_retention, now = ev_time();
	struct state_swept n;

	if (keep_for < RETENTION_MIN)
		keep_for = RETENTION_MIN;
	tx_begin(s);
	if (state_sweep(s->st, (time_t)(now - keep_for),
	    (time_t)now - ALERTING_CANDIDATE_AGE, &n) == -1) {
		s->state_errors++;
		return;
	}
	if (n.deliveries > 0 || n.alerts > 0 || n.incidents > 0)
		log_info("state: forgot %ld finished deliveries and %ld alerts"
		    " older than %.0f days, %ld incidents idle for %d days",
		    n.deliveries, n.alerts, keep_for / 86400, n.incidents,
		    ALERTING_CANDIDATE_AGE / 86400);
}

static void
on_sweep(struct ev_loop *ev, ev_timer *w, int revents)
{
	forget_removed(w->data);
	forget_old(w->data);
}

struct sched *
sched_new(struct ev_loop *ev, struct loop *l, struct state *st,
    struct pipeline *p, const struct config *cfg, uint64_t seed,
    enum sched_mode mode, sched_idle_fn idle, void *arg)
{
	struct sched *s;
	int once = mode != SCHED_DAEMON;
	size_t i;

	s = xcalloc(1, sizeof(*s));
	s->ev = ev;
	s->loop = l;
	s->st = st;
	s->pipe = p;
	s->cfg = cfg;
	s->rng = seed != 0 ? seed : 0x9e3779b97f4a7c15ULL;
	buf_init(&s->batch, 0);
	s->once = once;
	s->force = mode == SCHED_ONCE_FORCE;
	s->idle = idle;
	s->idle_arg = arg;
	ev_idle_init(&s->commit_idle, on_commit_idle);
	s->commit_idle.data = s;
	ev_timer_init(&s->commit_aged, on_commit_aged, 0., 0.);
	s->commit_aged.data = s;
	ev_timer_init(&s->idle_timer, on_idle, 0., 0.);
	s->idle_timer.data = s;
	ev_timer_init(&s->sweep, on_sweep, PRUNE_EVERY, PRUNE_EVERY);
	s->sweep.data = s;

	s->feeds = xreallocarray(NULL, cfg->nfeeds + 1, sizeof(*s->feeds));
	/* One transaction for every feed's state row: read one by one in
	 * autocommit mode, each took and dropped SQLite's WAL read lock
	 * (three system calls a feed).  Committed before the loop first
	 * waits, like any other. */
	tx_begin(s);
	for (i = 0; i < cfg->nfeeds; i++)
		s->feeds[s->nfeeds++] = sfeed_new(s, &cfg->feeds[i]);
	qsort(s->feeds, s->nfeeds, sizeof(*s->feeds), cmp_sfeed);
	forget_removed(s);
	forget_old(s);
	if (!once)
		ev_timer_start(ev, &s->sweep);
	for (i = 0; i < s->nfeeds; i++)
		schedule(s->feeds[i]);
	if (once && s->once_left == 0)
		ev_timer_start(ev, &s->idle_timer);
	dispatch(s);
	return s;
}

void
sched_reconcile(struct sched *s, const struct config *cfg)
{
	struct sfeed **nv, *f;
	const struct feed_cfg *c;
	size_t i, n = 0;
	double old_interval, now = ev_time();
	time_t due;

	for (i = 0; i < s->nfeeds; i++)
		s->feeds[i]->keep = KEEP_NOT;
	nv = xreallocarray(NULL, cfg->nfeeds + 1, sizeof(*nv));
	for (i = 0; i < cfg->nfeeds; i++) {
		c = &cfg->feeds[i];
		if ((f = find_feed(s->feeds, s->nfeeds, c->name)) == NULL) {
			log_info("feed %s: added", c->name);
			nv[n++] = f = sfeed_new(s, c);
			f->keep = KEEP_SCHEDULE;
			continue;
		}
		nv[n++] = f;
		old_interval = f->cfg->interval;
		if (strcmp(f->cfg->url, c->url) != 0 ||
		    f->cfg->enabled != c->enabled) {
			log_info("feed %s: %s changed", c->name,
			    f->cfg->enabled != c->enabled ? "enabled" : "url");
			sfeed_halt(f);
			f->cfg = c;
			load_state(f, 1);
			f->keep = KEEP_SCHEDULE;
			continue;
		}
		f->cfg = c;
		f->keep = KEEP;
		/* A feed waiting on its timer whose interval shrank comes due
		 * the new interval after its last poll, if that is sooner; a
		 * longer interval starts with the poll after the one already
		 * scheduled.  One in flight or queued picks the new interval
		 * up when it finishes. */
		if (old_interval != c->interval && ev_is_active(&f->timer) &&
		    (due = sooner_due(f, 0)) != 0) {
			f->fs->next_poll = due;
			arm(f, (double)due - now);
			touch(f);
			if (state_feed_put(s->st, f->fs) == -1)
				s->state_errors++;
		}
	}
	for (i = 0; i < s->nfeeds; i++) {
		if (s->feeds[i]->keep != KEEP_NOT)
			continue;
		log_info("feed %s: removed", s->feeds[i]->cfg->name);
		sfeed_free(s->feeds[i]);
	}
	free(s->feeds);
	s->feeds = nv;
	s->nfeeds = n;
	s->cfg = cfg;
	qsort(s->feeds, s->nfeeds, sizeof(*s->feeds), cmp_sfeed);
	forget_removed(s);
	for (i = 0; i < s->nfeeds; i++)
		if (s->feeds[i]->keep == KEEP_SCHEDULE)
			schedule(s->feeds[i]);
	dispatch(s);
}

void
sched_stop(struct sched *s)
{
	size_t i;

	s->stopping = 1;
	for (i = 0; i < s->nfeeds; i++)
		sfeed_halt(s->feeds[i]);
	ev_timer_stop(s->ev, &s->idle_timer);
	ev_timer_stop(s->ev, &s->sweep);
	tx_end(s);
}

size_t
sched_state_errors(const struct sched *s)
{
	return s->state_errors;
}

size_t
sched_active(const struct sched *s)
{
	return s->active;
}

size_t
sched_skipped(const struct sched *s)
{
	return s->once_skipped;
}

size_t
sched_polled(const struct sched *s)
{
	return s->once_polled;
}

size_t
sched_failed(const struct sched *s)
{
	return s->once_failed;
}

size_t
sched_waiting(const struct sched *s)
{
	return s->waiting;
}

void
sched_free(struct sched *s)
{
	struct host *h, *next;
	size_t i;

	if (s == NULL)
		return;
	sched_stop(s);
	for (i = 0; i < s->nfeeds; i++)
		sfeed_free(s->feeds[i]);
	free(s->feeds);
	free(s->touched);
	buf_release(&s->batch);
	for (i = 0; i < HOST_BUCKETS; i++)
		for (h = s->hosts[i]; h != NULL; h = next) {
			next = h->hnext;
			free(h->name);
			free(h);
		}
	free(s);
}
