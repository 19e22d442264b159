/*
 * The transfer loop: libcurl's multi_socket interface driven by one libev
 * loop (DESIGN.md "The pipeline", STYLE.md "The loop").  Every HTTP
 * transfer of the daemon, feed fetches and webhook deliveries alike, goes
 * through one struct loop so the connection caps and the connection cache
 * are shared.
 *
 * A caller prepares a curl easy handle, hands it to loop_add() with a
 * completion callback and keeps ownership of the handle: the loop only
 * adds it to the multi handle and removes it again before the callback
 * runs.  CURLOPT_PRIVATE belongs to the loop.
 */
#ifndef FW_LOOP_H
#define FW_LOOP_H

#include <curl/curl.h>
#include <stddef.h>

struct ev_loop;
struct loop;

/* A finished transfer: rc is curl's result.  The handle is no longer in
 * the multi handle, so the callback may free it, reuse it with loop_add()
 * or start other transfers. */
typedef void (*loop_done_fn)(CURL *easy, CURLcode rc, void *arg);

/* New loop on ev (which the caller owns and runs).  max_connections caps
 * open connections in total, per_host those to one host (0 = no cap).
 * Fatal when curl cannot be initialised. */
struct loop *loop_new(struct ev_loop *ev, long max_connections, long per_host);

/* Change the caps (after a config reload); in-flight transfers go on. */
void loop_set_limits(struct loop *l, long max_connections, long per_host);

/* Start easy; done is called exactly once when it ends, unless the
 * transfer is cancelled first.  0, or -1 (logged) when curl refuses it. */
int loop_add(struct loop *l, CURL *easy, loop_done_fn done, void *arg);

/* Stop a transfer started with loop_add() without calling its callback.
 * The caller still owns easy.  Harmless for a handle that is not in. */
void loop_cancel(struct loop *l, CURL *easy);

/* Transfers in progress. */
size_t loop_active(const struct loop *l);

/* Cancel every transfer without callbacks and free the loop (NULL ok).
 * The easy handles stay with their owners. */
void loop_free(struct loop *l);

#endif
