/*
 * Feed bodies parsed off the loop thread.  The loop thread receives a
 * body chunk by chunk from curl and queues each chunk on the fetch's job;
 * worker threads run the streaming parser over it and queue the items
 * back, with their content hash already computed; the loop thread hands
 * them on, in document order, from an ev_async watcher.  Parsing and
 * hashing are most of the CPU of a poll besides the state store, and the
 * store (SQLite) stays on the loop thread, so on a machine with a spare
 * core a poll takes about the time of its loop-thread work alone.
 *
 * Memory stays bounded: the chunks queued over all jobs are capped; past
 * the cap pjob_push() refuses a chunk and the caller pauses its transfer
 * until the room callback says the workers have caught up.  Each job's
 * items wait only until the next loop iteration.
 *
 * With no worker threads everything runs inline on the caller's thread:
 * a chunk is parsed inside pjob_push() and its items handed on before it
 * returns, and pjob_end() calls the done callback before it returns.
 *
 * Only the loop thread calls these functions and only it runs the
 * callbacks.
 */
#ifndef FW_PARSEPOOL_H
#define FW_PARSEPOOL_H

#include <stddef.h>

struct ev_loop;
struct feed_item;
struct feed_parser_opts;
struct parsepool;
struct pjob;

/* One item, in document order.  hash is its content hash
 * (feed_item_content_hash).  With opts->keys_only the item holds its id
 * alone: the rest was freed, on the worker, once hashed.  The callee may take the item's strings by
 * moving them out and setting the fields to NULL; whatever is left is
 * freed after the call.  Return 0, or -1 to have the job's remaining
 * items dropped. */
typedef int (*pjob_item_fn)(struct feed_item *item, const char *hash,
    void *arg);
/* The job is over: pjob_end() was called and every item handed on.  rc
 * and why are what feed_parser_finish() and feed_parser_error() said
 * (-1 and NULL for a body cut short).
 * The job is freed when the callback returns. */
typedef void (*pjob_done_fn)(int rc, const char *why, void *arg);
/* The queued chunks fell under half the cap after a refusal. */
typedef void (*parsepool_room_fn)(void *arg);

/* A pool of threads worker threads (0: parse inline) on ev; max_queued
 * caps the bytes of chunks waiting over all jobs (0 = 16 MiB).  Fatal
 * when a thread cannot be started. */
struct parsepool *parsepool_new(struct ev_loop *ev, int threads,
    size_t max_queued);
/* Called (on the loop thread) when room is back after pjob_push() said 1. */
void parsepool_set_room(struct parsepool *pp, parsepool_room_fn fn,
    void *arg);
int parsepool_threads(const struct parsepool *pp);
/* Stop the workers and free the pool; every job must be over or
 * cancelled. */
void parsepool_free(struct parsepool *pp);

/* A new job for one document, parsed with opts (copied). */
struct pjob *pjob_new(struct parsepool *pp,
    const struct feed_parser_opts *opts, pjob_item_fn item,
    pjob_done_fn done, void *arg);
/* Queue the next chunk (copied): 0 taken; 1 not taken, the pool is full
 * (push it again after the room callback; only when may_wait, else the
 * chunk is taken past the cap); -1 the parse has ended (a cap, an error,
 * or the item callback said -1): push no more, call pjob_end(). */
int pjob_push(struct pjob *j, const char *data, size_t n, int may_wait);
/* No more input.  whole: the body is complete and the parser finishes
 * it (feed_parser_finish); else it was cut short (a cap, a transfer
 * error) and only the items parsed so far count, rc -1.  The done
 * callback follows, once every item has been handed on (inline: before
 * this returns). */
void pjob_end(struct pjob *j, int whole);
/* Drop the job: no callback is called for it any more (also from within
 * its own item callback; then pjob_push() returns -1). */
void pjob_cancel(struct pjob *j);

#endif
