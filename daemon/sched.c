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
 * interleaved.  A transaction is opened by the first write of a loop
 * iteration and committed by an ev_prepare watcher just before the loop
 * waits again: every poll's writes of one iteration (its items and its
 * feed row at the end) commit together, and no transaction stays open
 * while the loop sleeps.  A transaction per poll would span the
 * transfer, and with fetches overlapping (SQLite has one write
 * transaction per connection) it would never close under load.
 */
#include "config.h"

#include <ev.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/fetch.h"
#include "daemon/loop.h"
#include "daemon/pipeline.h"
#include "daemon/sched.h"
#include "daemon/state.h"
#include "feeds/feed.h"
#include "feeds/url.h"

#define HOST_BUCKETS	1024

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
	int			 first_poll;	/* items are recorded, not reported */
	long			 new_items;
	int			 once_pending;
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
	size_t			 once_left;
	sched_idle_fn		 idle;
	void			*idle_arg;
	ev_timer		 idle_timer;
	ev_prepare		 commit;
	int			 in_tx;
	size_t			 state_errors;
};

static void dispatch(struct sched *s);

static uint64_t
fnv1a(const char *p)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (; *p; p++) {
		h ^= (unsigned char)*p;
		h *= 0x100000001b3ULL;
	}
	return h;
}

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
	return (double)(fnv1a(name) >> 11) / 9007199254740992.0;
}

static double
jittered(struct sched *s, const struct sfeed *f, double base)
{
	double j = s->cfg->daemon.jitter, fixed, r, d;

	if (j <= 0)
		return base;
	fixed = 2 * phase(f->cfg->name) - 1;
	r = 2 * rand01(s) - 1;
	d = base + j * f->cfg->interval * (fixed + r) / 2;
	/* jitter = 1 could otherwise come out at 0 and poll in a loop. */
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

static void
tx_end(struct sched *s)
{
	if (!s->in_tx)
		return;
	if (state_commit(s->st) == -1)
		s->state_errors++;
	s->in_tx = 0;
	ev_prepare_stop(s->ev, &s->commit);
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
	ev_prepare_start(s->ev, &s->commit);
}

static void
on_prepare(struct ev_loop *ev, ev_prepare *w, int revents)
{
	tx_end(w->data);
}

static void
on_idle(struct ev_loop *ev, ev_timer *w, int revents)
{
	struct sched *s = w->data;

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
	b = fnv1a(name) % HOST_BUCKETS;
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

static int
on_item(const struct feed_item *item, void *arg)
{
	struct sfeed *f = arg;
	struct sched *s = f->s;
	char hash[65];
	int r;

	if (item->id == NULL)
		return 0;
	feed_item_content_hash(item, hash);
	tx_begin(s);
	r = state_item_seen(s->st, f->cfg->name, item->id, hash, time(NULL));
	if (r == -1)
		s->state_errors++;
	else if (r == 1) {
		f->new_items++;
		if (!f->first_poll || f->cfg->alert_first_poll)
			pipeline_new_item(s->pipe, f->cfg, item);
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

	fs->last_poll = (time_t)now;
	fs->last_status = res->transport_error ? -1 : (int)res->status;
	fs->items += f->new_items;

	if (!res->transport_error && res->status == 410) {
		fs->disabled = 1;
		fs->next_poll = 0;
		set_str(&fs->last_error, "410 Gone: feed disabled");
		log_warnx("feed %s: %s answered 410 Gone; feed disabled",
		    name, fs->url);
		return -1;
	}
	if (res->error == NULL) {
		fs->consecutive_errors = 0;
		fs->polled_ok = 1;
		set_str(&fs->last_error, NULL);
		if (res->status != 304) {
			set_str(&fs->etag, res->etag);
			set_str(&fs->last_modified, res->last_modified);
		} else {
			if (res->etag != NULL)
				set_str(&fs->etag, res->etag);
			if (res->last_modified != NULL)
				set_str(&fs->last_modified, res->last_modified);
		}
		if (res->moved_to != NULL) {
			log_info("feed %s: moved permanently from %s to %s",
			    name, fs->url, res->moved_to);
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
		log_warnx("feed %s: %s: %s (%d in a row), next poll in %.1fs",
		    name, fs->url, res->error, fs->consecutive_errors, delay);
	}
	/* Rounded up: a restart must not come back before the delay. */
	fs->next_poll = (time_t)ceil(now + delay);
	return delay;
}

/* counted: the fetch held a slot that is now given back. */
static void
finish(struct sfeed *f, const struct fetch_result *res, int counted)
{
	struct sched *s = f->s;
	double delay;

	delay = record(f, res);
	tx_begin(s);
	if (state_feed_put(s->st, f->fs) == -1)
		s->state_errors++;
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
	f->first_poll = !f->fs->polled_ok;
	f->new_items = 0;
	log_debug("feed %s: polling %s", f->cfg->name, req.url);
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
}

/* Put a feed on the schedule it should have now. */
static void
schedule(struct sfeed *f)
{
	struct sched *s = f->s;
	double now = ev_time();

	if (!f->cfg->enabled) {
		log_debug("feed %s: not enabled", f->cfg->name);
		return;
	}
	if (f->fs->disabled) {
		log_info("feed %s: disabled after 410 Gone; not polled",
		    f->cfg->name);
		return;
	}
	if (s->once) {
		f->once_pending = 1;
		s->once_left++;
		make_due(f);
	} else if (f->fs->next_poll > now)
		arm(f, (double)f->fs->next_poll - now);
	else
		arm(f, phase(f->cfg->name) * s->cfg->daemon.jitter *
		    f->cfg->interval);
}

static struct feed_state *
load_state(struct sched *s, const struct feed_cfg *c)
{
	struct feed_state *fs;

	if ((fs = state_feed_get(s->st, c->name, c->url)) != NULL)
		return fs;
	fs = xcalloc(1, sizeof(*fs));
	fs->name = xstrdup(c->name);
	fs->url = xstrdup(c->url);
	fs->config_url = xstrdup(c->url);
	tx_begin(s);
	if (state_feed_put(s->st, fs) == -1)
		s->state_errors++;
	return fs;
}

static struct sfeed *
sfeed_new(struct sched *s, const struct feed_cfg *c)
{
	struct sfeed *f;

	f = xcalloc(1, sizeof(*f));
	f->s = s;
	f->cfg = c;
	f->fs = load_state(s, c);
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

struct sched *
sched_new(struct ev_loop *ev, struct loop *l, struct state *st,
    struct pipeline *p, const struct config *cfg, uint64_t seed, int once,
    sched_idle_fn idle, void *arg)
{
	struct sched *s;
	size_t i;

	s = xcalloc(1, sizeof(*s));
	s->ev = ev;
	s->loop = l;
	s->st = st;
	s->pipe = p;
	s->cfg = cfg;
	s->rng = seed != 0 ? seed : 0x9e3779b97f4a7c15ULL;
	s->once = once;
	s->idle = idle;
	s->idle_arg = arg;
	ev_prepare_init(&s->commit, on_prepare);
	s->commit.data = s;
	ev_timer_init(&s->idle_timer, on_idle, 0., 0.);
	s->idle_timer.data = s;

	s->feeds = xreallocarray(NULL, cfg->nfeeds + 1, sizeof(*s->feeds));
	/* One transaction for every feed's state row: read one by one in
	 * autocommit mode, each took and dropped SQLite's WAL read lock
	 * (three system calls a feed).  Committed before the loop first
	 * waits, like any other. */
	tx_begin(s);
	for (i = 0; i < cfg->nfeeds; i++)
		s->feeds[s->nfeeds++] = sfeed_new(s, &cfg->feeds[i]);
	qsort(s->feeds, s->nfeeds, sizeof(*s->feeds), cmp_sfeed);
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
			feed_state_free(f->fs);
			f->cfg = c;
			f->fs = load_state(s, c);
			f->keep = KEEP_SCHEDULE;
			continue;
		}
		f->cfg = c;
		f->keep = KEEP;
		/* A feed waiting on its timer comes due interval after its
		 * last poll under the new interval; one in flight or queued
		 * picks the new interval up when it finishes. */
		if (old_interval != c->interval && ev_is_active(&f->timer) &&
		    f->fs->last_poll != 0 && f->fs->consecutive_errors == 0) {
			f->fs->next_poll = f->fs->last_poll + (time_t)c->interval;
			arm(f, (double)f->fs->next_poll - now);
			tx_begin(s);
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
	for (i = 0; i < s->nfeeds; i++)
		if (s->feeds[i]->keep == KEEP_SCHEDULE)
			schedule(s->feeds[i]);
	dispatch(s);
}

void
sched_stop(struct sched *s)
{
	size_t i;

	for (i = 0; i < s->nfeeds; i++)
		sfeed_halt(s->feeds[i]);
	ev_timer_stop(s->ev, &s->idle_timer);
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
	for (i = 0; i < HOST_BUCKETS; i++)
		for (h = s->hosts[i]; h != NULL; h = next) {
			next = h->hnext;
			free(h->name);
			free(h);
		}
	free(s);
}
