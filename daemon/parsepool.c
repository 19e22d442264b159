/*
 * Worker threads for the feed parser (see parsepool.h).
 *
 * One mutex guards the pool: the ready list (jobs with input or an end
 * a worker has not seen), the out list (jobs with items or a result the
 * loop thread has not seen), every job's queued chunks, items and flags.
 * The parser of a job is touched only by the one worker holding the job
 * (busy) or, with no workers, by the loop thread; the lock is never held
 * while parsing or while a callback runs.
 *
 * A cancelled job that a worker holds is freed by that worker when it
 * lets go; otherwise pjob_cancel() frees it at once.
 */
#include "config.h"

#include <ev.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/parsepool.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

#define MAX_QUEUED_DEFAULT	(16u << 20)
#define WHY_MAX			256
#define SIGNAL_BYTES		(256u << 10)
/* Items handed on after which an idle worker is woken to free them. */
#define GARBAGE_MAX		256
/* Items a worker keeps for reuse once handed on and cleared. */
#define SPARE_MAX		1024
/* At most 15 bytes: Linux keeps 16 with the NUL. */
#define THREAD_NAME		"feedwatch-parse"

struct chunk {
	struct chunk	*next;
	size_t		 n;
	char		 data[];
};

struct pitem {
	struct pitem	*next;
	struct feed_item item;
	char		 hash[65];
};

/*
 * A worker's items for reuse: an item handed on comes back to a worker
 * (garbage) and is cleared there; rather than freed, it is kept, up to
 * SPARE_MAX, for the next item that worker parses.  Freed and allocated
 * in bursts of hundreds, items of one size overflowed malloc's per-thread
 * cache and took its slow paths both ways.
 */
struct spares {
	struct pitem	*head;
	size_t		 n;
};

struct pjob {
	struct parsepool *pp;
	struct feed_parser *parser;
	char		*base_url;		/* opts strings, copied */
	char		*content_type;
	pjob_item_fn	 item_fn;
	pjob_done_fn	 done_fn;
	void		*arg;
	int		 keys_only;	/* opts->keys_only */

	/* Under pp->mu. */
	struct chunk	*in_head, *in_tail;
	size_t		 in_bytes;
	struct pitem	*out_head, *out_tail;
	int		 ended;		/* pjob_end() was called */
	int		 cut;		/* ... on a body that did not end */
	int		 stopped;	/* the parser wants no more input */
	int		 finished;	/* a worker ran feed_parser_finish() */
	int		 rc;
	char		 why[WHY_MAX];
	int		 busy;		/* a worker holds the job */
	int		 on_ready, on_out;
	int		 cancelled;
	int		 delivering;	/* drain() is handing on its items */
	struct pjob	*rnext, *onext;

	/* The holder's only (worker, or the loop thread inline). */
	struct pitem	*w_head, *w_tail;
	struct spares	*spares;	/* the holding worker's; NULL inline */

	/* Loop thread only. */
	int		 dropping;	/* the item callback said -1 */
};

struct parsepool {
	struct ev_loop	*ev;
	ev_async	 async;
	ev_prepare	 prepare;
	ev_check	 check;
	int		 waiting;	/* the loop thread may block: wake it */
	int		 unsignalled;	/* ready jobs no worker was woken for */
	struct pitem	*garbage;	/* handed on, for a worker to free */
	size_t		 ngarbage;
	size_t		 queued_at_signal;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	pthread_t	*threads;
	int		 nthreads;
	int		 quit;
	struct pjob	*ready_head, *ready_tail;
	struct pjob	*out_head, *out_tail;
	size_t		 queued, max_queued;
	int		 want_room;
	parsepool_room_fn room_fn;
	void		*room_arg;
};

static void
lock(struct parsepool *pp)
{
	if (pthread_mutex_lock(&pp->mu) != 0)
		fatalx("parsepool: cannot lock");
}

static void
unlock(struct parsepool *pp)
{
	pthread_mutex_unlock(&pp->mu);
}

static void
items_free(struct pitem *it)
{
	struct pitem *next;

	for (; it != NULL; it = next) {
		next = it->next;
		feed_item_clear(&it->item);
		free(it);
	}
}

/* Clear handed-on items and keep them for reuse, as many as fit. */
static void
items_spare(struct spares *sp, struct pitem *it)
{
	struct pitem *next;

	for (; it != NULL; it = next) {
		next = it->next;
		feed_item_clear(&it->item);
		if (sp->n >= SPARE_MAX) {
			free(it);
			continue;
		}
		it->next = sp->head;
		sp->head = it;
		sp->n++;
	}
}

static size_t
chunks_free(struct chunk *c)
{
	struct chunk *next;
	size_t n = 0;

	for (; c != NULL; c = next) {
		next = c->next;
		n += c->n;
		free(c);
	}
	return n;
}

static void
job_free(struct pjob *j)
{
	feed_parser_free(j->parser);
	chunks_free(j->in_head);
	items_free(j->out_head);
	items_free(j->w_head);
	free(j->base_url);
	free(j->content_type);
	free(j);
}

/*
 * The parser's item callback, on the holder's thread: the item's strings
 * move into a queued copy (the parser clears what is left, nothing) with
 * the content hash, the costly part of taking an item, computed here.
 * A caller that wants only the keys gets the id alone: the other strings
 * are freed here, while they are still in this thread's cache, rather
 * than handed to the loop thread and back untouched.
 */
static int
on_parsed(const struct feed_item *item, void *arg)
{
	struct pjob *j = arg;
	struct feed_item *src = (struct feed_item *)item;
	struct pitem *it;
	char *id;

	if (j->spares != NULL && (it = j->spares->head) != NULL) {
		j->spares->head = it->next;
		j->spares->n--;
		memset(it, 0, sizeof(*it));
	} else
		it = xcalloc(1, sizeof(*it));
	it->item = *src;
	memset(src, 0, sizeof(*src));
	feed_item_content_hash(&it->item, it->hash);
	if (j->keys_only) {
		id = it->item.id;
		it->item.id = NULL;
		feed_item_clear(&it->item);
		it->item.id = id;
	}
	if (j->w_tail != NULL)
		j->w_tail->next = it;
	else
		j->w_head = it;
	j->w_tail = it;
	return 0;
}

/* Hand items to the caller on the loop thread.  The list is returned
 * for freeing; its last element in *tail. */
static struct pitem *
deliver(struct pjob *j, struct pitem *items, struct pitem **tail)
{
	struct pitem *it;

	*tail = NULL;
	for (it = items; it != NULL; it = it->next) {
		if (!j->dropping && !j->cancelled &&
		    j->item_fn(&it->item, it->hash, j->arg) == -1)
			j->dropping = 1;
		*tail = it;
	}
	return items;
}

static void
ready_push(struct parsepool *pp, struct pjob *j)
{
	if (j->on_ready || j->busy)
		return;
	j->on_ready = 1;
	j->rnext = NULL;
	if (pp->ready_tail != NULL)
		pp->ready_tail->rnext = j;
	else
		pp->ready_head = j;
	pp->ready_tail = j;
	pp->unsignalled = 1;
}

/*
 * Wake a worker for the jobs made ready since the last wake-up.  The loop
 * thread does so before it blocks and, within a long iteration, once
 * SIGNAL_BYTES have been queued: a wake-up per chunk costs more than
 * parsing a small chunk does.
 */
static void
wake_workers(struct parsepool *pp)
{
	if (!pp->unsignalled)
		return;
	pp->unsignalled = 0;
	pp->queued_at_signal = pp->queued;
	pthread_cond_broadcast(&pp->cv);
}

static void
ready_remove(struct parsepool *pp, struct pjob *j)
{
	struct pjob **pp_, *prev = NULL;

	if (!j->on_ready)
		return;
	for (pp_ = &pp->ready_head; *pp_ != NULL; prev = *pp_,
	    pp_ = &(*pp_)->rnext)
		if (*pp_ == j) {
			*pp_ = j->rnext;
			if (pp->ready_tail == j)
				pp->ready_tail = prev;
			break;
		}
	j->on_ready = 0;
}

static void
out_push(struct parsepool *pp, struct pjob *j)
{
	if (j->on_out)
		return;
	j->on_out = 1;
	j->onext = NULL;
	if (pp->out_tail != NULL)
		pp->out_tail->onext = j;
	else
		pp->out_head = j;
	pp->out_tail = j;
}

static void
out_remove(struct parsepool *pp, struct pjob *j)
{
	struct pjob **pp_, *prev = NULL;

	if (!j->on_out)
		return;
	for (pp_ = &pp->out_head; *pp_ != NULL; prev = *pp_,
	    pp_ = &(*pp_)->onext)
		if (*pp_ == j) {
			*pp_ = j->onext;
			if (pp->out_tail == j)
				pp->out_tail = prev;
			break;
		}
	j->on_out = 0;
}

static int
room_back(const struct parsepool *pp)
{
	return pp->want_room && pp->queued <= pp->max_queued / 2;
}

/* With pp locked, after a worker let go of a job: a loop thread that is
 * running takes the items (out) or resumes paused transfers (room) at
 * its next iteration; only one about to block needs waking. */
static void
wake_loop(struct parsepool *pp, int out)
{
	if ((out || room_back(pp)) && pp->waiting) {
		pp->waiting = 0;
		ev_async_send(pp->ev, &pp->async);
	}
}

static void *
worker(void *arg)
{
	struct parsepool *pp = arg;
	struct pjob *j;
	struct chunk *c, *in;
	struct pitem *old;
	struct spares sp = { NULL, 0 };
	size_t bytes;
	int ended, cut, stop, rc = 0;
	char why[WHY_MAX];
	const char *w;

#ifdef HAVE_PTHREAD_SETNAME_NP
	/* Only a name for top -H, perf and gdb: a failure changes nothing. */
	(void)pthread_setname_np(pthread_self(), THREAD_NAME);
#endif
	lock(pp);
	for (;;) {
		while (!pp->quit && pp->ready_head == NULL &&
		    pp->ngarbage < GARBAGE_MAX)
			pthread_cond_wait(&pp->cv, &pp->mu);
		if (pp->quit)
			break;
		if (pp->ready_head == NULL) {
			old = pp->garbage;
			pp->garbage = NULL;
			pp->ngarbage = 0;
			unlock(pp);
			items_spare(&sp, old);
			lock(pp);
			continue;
		}
		j = pp->ready_head;
		pp->ready_head = j->rnext;
		if (pp->ready_head == NULL)
			pp->ready_tail = NULL;
		j->on_ready = 0;
		j->busy = 1;
		old = pp->garbage;
		pp->garbage = NULL;
		pp->ngarbage = 0;
		in = j->in_head;
		bytes = j->in_bytes;
		j->in_head = j->in_tail = NULL;
		j->in_bytes = 0;
		ended = j->ended;
		cut = j->cut;
		stop = j->stopped;
		unlock(pp);

		items_spare(&sp, old);
		j->spares = &sp;
		for (c = in; c != NULL; c = c->next)
			if (!stop && feed_parser_push(j->parser, c->data,
			    c->n) == -1)
				stop = 1;
		chunks_free(in);
		if (ended) {
			rc = cut ? -1 : feed_parser_finish(j->parser);
			w = cut ? NULL : feed_parser_error(j->parser);
			snprintf(why, sizeof(why), "%s", w != NULL ? w : "");
			/* Freed here, by the thread that allocated it: on
			 * the loop thread a parser's many blocks cost more
			 * to free than its items cost to record. */
			feed_parser_free(j->parser);
			j->parser = NULL;
		}
		j->spares = NULL;

		lock(pp);
		pp->queued -= bytes;
		if (pp->queued_at_signal > pp->queued)
			pp->queued_at_signal = pp->queued;
		j->busy = 0;
		if (j->cancelled) {
			/* The loop thread may be handing on its earlier
			 * items; then it frees the job when done. */
			if (!j->delivering) {
				unlock(pp);
				job_free(j);
				lock(pp);
			}
			/* Its bytes may have been what kept paused
			 * transfers waiting. */
			wake_loop(pp, 0);
			continue;
		}
		if (j->w_head != NULL) {
			if (j->out_tail != NULL)
				j->out_tail->next = j->w_head;
			else
				j->out_head = j->w_head;
			j->out_tail = j->w_tail;
			j->w_head = j->w_tail = NULL;
			out_push(pp, j);
		}
		if (stop)
			j->stopped = 1;
		if (ended) {
			j->finished = 1;
			j->rc = rc;
			memcpy(j->why, why, sizeof(why));
			out_push(pp, j);
		} else if (j->in_head != NULL || (j->ended && !j->finished))
			ready_push(pp, j);
		wake_loop(pp, j->on_out);
	}
	unlock(pp);
	items_free(sp.head);
	return NULL;
}

/* On the loop thread: hand on what the workers produced, one job at a
 * time, so a callback that cancels another job finds the lists whole. */
static void
drain(struct parsepool *pp)
{
	struct pjob *j;
	struct pitem *items, *tail;
	int finished, room, cancelled, busy;

	for (;;) {
		lock(pp);
		if ((j = pp->out_head) == NULL) {
			room = room_back(pp);
			if (room)
				pp->want_room = 0;
			unlock(pp);
			break;
		}
		pp->out_head = j->onext;
		if (pp->out_head == NULL)
			pp->out_tail = NULL;
		j->on_out = 0;
		items = j->out_head;
		j->out_head = j->out_tail = NULL;
		finished = j->finished;
		j->delivering = 1;
		unlock(pp);

		items = deliver(j, items, &tail);
		lock(pp);
		/* The worker that allocated the items frees them: a free
		 * into another thread's malloc arena costs a lock there. */
		if (tail != NULL) {
			tail->next = pp->garbage;
			pp->garbage = items;
			for (; items != tail; items = items->next)
				pp->ngarbage++;
			if (++pp->ngarbage >= GARBAGE_MAX)
				pthread_cond_signal(&pp->cv);
		}
		j->delivering = 0;
		cancelled = j->cancelled;
		busy = j->busy;
		unlock(pp);
		if (cancelled) {
			/* A worker holding it frees it when it lets go. */
			if (!busy)
				job_free(j);
			continue;
		}
		if (finished) {
			j->done_fn(j->rc, j->why[0] ? j->why : NULL, j->arg);
			job_free(j);
		}
	}
	if (room && pp->room_fn != NULL)
		pp->room_fn(pp->room_arg);
}

/*
 * The loop thread takes what the workers produced at every iteration
 * (check, after it wakes).  Only when it is about to block (prepare) does
 * it ask to be woken (waiting), so a busy poll costs no wake-up per parsed
 * chunk.  What is already there when it is about to block is not taken in
 * prepare: the item callbacks open a transaction whose commit is itself a
 * prepare watcher, which would then wait for the next wake-up.  The loop
 * wakes itself instead, and takes the items after the poll.
 */
static void
on_prepare(struct ev_loop *ev, ev_prepare *w, int revents)
{
	struct parsepool *pp = w->data;

	lock(pp);
	wake_workers(pp);
	if (pp->out_head != NULL || room_back(pp))
		ev_async_send(pp->ev, &pp->async);
	else
		pp->waiting = 1;
	unlock(pp);
}

static void
on_check(struct ev_loop *ev, ev_check *w, int revents)
{
	struct parsepool *pp = w->data;

	lock(pp);
	pp->waiting = 0;
	unlock(pp);
	drain(pp);
}

static void
on_async(struct ev_loop *ev, ev_async *w, int revents)
{
	drain(w->data);
}

struct parsepool *
parsepool_new(struct ev_loop *ev, int threads, size_t max_queued)
{
	struct parsepool *pp;
	int i;

	pp = xcalloc(1, sizeof(*pp));
	pp->ev = ev;
	pp->max_queued = max_queued ? max_queued : MAX_QUEUED_DEFAULT;
	if (threads <= 0)
		return pp;
	feed_parser_init();
	if (pthread_mutex_init(&pp->mu, NULL) != 0 ||
	    pthread_cond_init(&pp->cv, NULL) != 0)
		fatalx("parsepool: cannot initialise a lock");
	ev_async_init(&pp->async, on_async);
	pp->async.data = pp;
	ev_async_start(ev, &pp->async);
	ev_prepare_init(&pp->prepare, on_prepare);
	pp->prepare.data = pp;
	ev_prepare_start(ev, &pp->prepare);
	ev_check_init(&pp->check, on_check);
	pp->check.data = pp;
	ev_check_start(ev, &pp->check);
	/* These two run around every poll; they keep nothing alive. */
	ev_unref(ev);
	ev_unref(ev);
	pp->threads = xreallocarray(NULL, (size_t)threads,
	    sizeof(*pp->threads));
	for (i = 0; i < threads; i++) {
		if (pthread_create(&pp->threads[i], NULL, worker, pp) != 0)
			fatalx("parsepool: cannot start a thread");
		pp->nthreads++;
	}
	return pp;
}

void
parsepool_set_room(struct parsepool *pp, parsepool_room_fn fn, void *arg)
{
	pp->room_fn = fn;
	pp->room_arg = arg;
}

int
parsepool_threads(const struct parsepool *pp)
{
	return pp->nthreads;
}

void
parsepool_free(struct parsepool *pp)
{
	int i;

	if (pp == NULL)
		return;
	if (pp->nthreads > 0) {
		lock(pp);
		pp->quit = 1;
		pthread_cond_broadcast(&pp->cv);
		unlock(pp);
		for (i = 0; i < pp->nthreads; i++)
			pthread_join(pp->threads[i], NULL);
		ev_ref(pp->ev);
		ev_ref(pp->ev);
		ev_prepare_stop(pp->ev, &pp->prepare);
		ev_check_stop(pp->ev, &pp->check);
		ev_async_stop(pp->ev, &pp->async);
		pthread_cond_destroy(&pp->cv);
		pthread_mutex_destroy(&pp->mu);
	}
	items_free(pp->garbage);
	free(pp->threads);
	free(pp);
}

struct pjob *
pjob_new(struct parsepool *pp, const struct feed_parser_opts *opts,
    pjob_item_fn item, pjob_done_fn done, void *arg)
{
	struct feed_parser_opts o;
	struct pjob *j;

	j = xcalloc(1, sizeof(*j));
	j->pp = pp;
	j->item_fn = item;
	j->done_fn = done;
	j->arg = arg;
	memset(&o, 0, sizeof(o));
	if (opts != NULL) {
		o = *opts;
		j->base_url = opts->base_url ? xstrdup(opts->base_url) : NULL;
		j->content_type = opts->content_type ?
		    xstrdup(opts->content_type) : NULL;
		o.base_url = j->base_url;
		o.content_type = j->content_type;
		j->keys_only = opts->keys_only;
	}
	j->parser = feed_parser_new(&o, on_parsed, j);
	return j;
}

/* Inline: parse now and hand the items on before returning. */
static int
push_inline(struct pjob *j, const char *data, size_t n)
{
	struct pitem *items, *tail;

	if (j->stopped)
		return -1;
	if (feed_parser_push(j->parser, data, n) == -1)
		j->stopped = 1;
	items = j->w_head;
	j->w_head = j->w_tail = NULL;
	j->delivering = 1;
	items_free(deliver(j, items, &tail));
	j->delivering = 0;
	if (j->cancelled) {	/* by an item callback */
		job_free(j);
		return -1;
	}
	return j->stopped ? -1 : 0;
}

int
pjob_push(struct pjob *j, const char *data, size_t n, int may_wait)
{
	struct parsepool *pp = j->pp;
	struct chunk *c;

	if (pp->nthreads == 0)
		return push_inline(j, data, n);
	c = xmalloc(sizeof(*c) + n);
	c->next = NULL;
	c->n = n;
	memcpy(c->data, data, n);
	lock(pp);
	if (j->stopped) {
		unlock(pp);
		free(c);
		return -1;
	}
	/* One chunk always fits, so a transfer is never paused for ever
	 * behind a cap smaller than its chunks. */
	if (may_wait && pp->queued > 0 && pp->queued + n > pp->max_queued) {
		pp->want_room = 1;
		wake_workers(pp);
		unlock(pp);
		free(c);
		return 1;
	}
	if (j->in_tail != NULL)
		j->in_tail->next = c;
	else
		j->in_head = c;
	j->in_tail = c;
	j->in_bytes += n;
	pp->queued += n;
	ready_push(pp, j);
	if (pp->queued > pp->queued_at_signal + SIGNAL_BYTES)
		wake_workers(pp);
	unlock(pp);
	return 0;
}

void
pjob_end(struct pjob *j, int whole)
{
	struct parsepool *pp = j->pp;
	struct pitem *items, *tail;
	const char *why = NULL;
	int rc = -1;

	if (pp->nthreads == 0) {
		if (whole)
			rc = feed_parser_finish(j->parser);
		items = j->w_head;
		j->w_head = j->w_tail = NULL;
		j->delivering = 1;
		items_free(deliver(j, items, &tail));
		j->delivering = 0;
		if (!j->cancelled) {
			if (whole)
				why = feed_parser_error(j->parser);
			j->done_fn(rc, why, j->arg);
		}
		job_free(j);
		return;
	}
	lock(pp);
	j->ended = 1;
	j->cut = !whole;
	ready_push(pp, j);
	unlock(pp);
}

void
pjob_cancel(struct pjob *j)
{
	struct parsepool *pp;
	int busy;

	if (j == NULL)
		return;
	pp = j->pp;
	if (pp->nthreads == 0) {
		/* From an item callback: freed once the items are handed on. */
		if (j->delivering)
			j->cancelled = 1;
		else
			job_free(j);
		return;
	}
	lock(pp);
	j->cancelled = 1;
	ready_remove(pp, j);
	out_remove(pp, j);
	pp->queued -= chunks_free(j->in_head);
	j->in_head = j->in_tail = NULL;
	j->in_bytes = 0;
	busy = j->busy || j->delivering;
	unlock(pp);
	/* A worker holding it frees it when it lets go; drain() frees one
	 * whose items are being handed on. */
	if (!busy)
		job_free(j);
}
