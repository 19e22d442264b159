/*
 * libcurl multi_socket on libev, after curl's docs/examples/evhiperfifo.c.
 *
 * curl tells us which sockets to watch (CURLMOPT_SOCKETFUNCTION: one
 * ev_io per socket, attached with curl_multi_assign) and when it next
 * needs a timeout (CURLMOPT_TIMERFUNCTION: one ev_timer).  Readiness and
 * timeouts are reported back with curl_multi_socket_action(), after which
 * finished transfers are collected from curl_multi_info_read().
 *
 * curl must not be re-entered from its own callbacks, so the timer
 * callback only (re)arms the ev_timer: a timeout of 0 becomes a zero
 * timer that fires on the next loop iteration rather than a direct call.
 * Completion callbacks run from check_done(), outside any curl callback,
 * where starting and cancelling transfers is allowed.
 */
#include "config.h"

#include <ev.h>
#include <stdlib.h>

#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/loop.h"

struct xfer {
	CURL		*easy;
	loop_done_fn	 done;
	void		*arg;
	struct xfer	*prev, *next;
};

struct sock {
	curl_socket_t	 fd;
	ev_io		 io;
	struct loop	*l;
	struct sock	*prev, *next;
};

struct loop {
	struct ev_loop	*ev;
	CURLM		*multi;
	ev_timer	 timer;
	int		 running;	/* curl's count of running transfers */
	struct xfer	*xfers;
	size_t		 nxfers;
	struct sock	*socks;
};

static void check_done(struct loop *l);

static void
xfer_unlink(struct loop *l, struct xfer *x)
{
	if (x->prev)
		x->prev->next = x->next;
	else
		l->xfers = x->next;
	if (x->next)
		x->next->prev = x->prev;
	l->nxfers--;
	curl_easy_setopt(x->easy, CURLOPT_PRIVATE, NULL);
}

static void
socket_action(struct loop *l, curl_socket_t fd, int mask)
{
	CURLMcode mc;

	mc = curl_multi_socket_action(l->multi, fd, mask, &l->running);
	if (mc != CURLM_OK)
		log_warnx("curl_multi_socket_action: %s", curl_multi_strerror(mc));
	check_done(l);
}

static void
on_timer(struct ev_loop *ev, ev_timer *w, int revents)
{
	socket_action(w->data, CURL_SOCKET_TIMEOUT, 0);
}

static void
on_io(struct ev_loop *ev, ev_io *w, int revents)
{
	struct sock *s = w->data;
	int mask = 0;

	if (revents & EV_READ)
		mask |= CURL_CSELECT_IN;
	if (revents & EV_WRITE)
		mask |= CURL_CSELECT_OUT;
	if (revents & EV_ERROR)
		mask |= CURL_CSELECT_ERR;
	socket_action(s->l, s->fd, mask);
}

static void
sock_free(struct loop *l, struct sock *s)
{
	ev_io_stop(l->ev, &s->io);
	if (s->prev)
		s->prev->next = s->next;
	else
		l->socks = s->next;
	if (s->next)
		s->next->prev = s->prev;
	free(s);
}

static int
on_socket(CURL *easy, curl_socket_t fd, int what, void *userp, void *socketp)
{
	struct loop *l = userp;
	struct sock *s = socketp;
	int events = 0;

	if (what == CURL_POLL_REMOVE) {
		if (s != NULL) {
			curl_multi_assign(l->multi, fd, NULL);
			sock_free(l, s);
		}
		return 0;
	}
	if (s == NULL) {
		s = xcalloc(1, sizeof(*s));
		s->fd = fd;
		s->l = l;
		s->next = l->socks;
		if (l->socks)
			l->socks->prev = s;
		l->socks = s;
		curl_multi_assign(l->multi, fd, s);
	} else
		ev_io_stop(l->ev, &s->io);
	if (what & CURL_POLL_IN)
		events |= EV_READ;
	if (what & CURL_POLL_OUT)
		events |= EV_WRITE;
	ev_io_init(&s->io, on_io, fd, events);
	s->io.data = s;
	ev_io_start(l->ev, &s->io);
	return 0;
}

static int
on_curl_timer(CURLM *multi, long timeout_ms, void *userp)
{
	struct loop *l = userp;

	ev_timer_stop(l->ev, &l->timer);
	if (timeout_ms >= 0) {
		ev_timer_set(&l->timer, timeout_ms / 1000.0, 0.);
		ev_timer_start(l->ev, &l->timer);
	}
	return 0;
}

static void
check_done(struct loop *l)
{
	struct xfer *x;
	CURLMsg *msg;
	CURL *easy;
	CURLcode rc;
	int left;

	while ((msg = curl_multi_info_read(l->multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		easy = msg->easy_handle;
		rc = msg->data.result;
		x = NULL;
		curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&x);
		curl_multi_remove_handle(l->multi, easy);
		if (x == NULL)
			continue;
		xfer_unlink(l, x);
		x->done(easy, rc, x->arg);
		free(x);
	}
}

struct loop *
loop_new(struct ev_loop *ev, long max_connections, long per_host)
{
	struct loop *l;

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		fatalx("curl_global_init failed");
	l = xcalloc(1, sizeof(*l));
	l->ev = ev;
	if ((l->multi = curl_multi_init()) == NULL)
		fatalx("curl_multi_init failed");
	ev_timer_init(&l->timer, on_timer, 0., 0.);
	l->timer.data = l;
	curl_multi_setopt(l->multi, CURLMOPT_SOCKETFUNCTION, on_socket);
	curl_multi_setopt(l->multi, CURLMOPT_SOCKETDATA, l);
	curl_multi_setopt(l->multi, CURLMOPT_TIMERFUNCTION, on_curl_timer);
	curl_multi_setopt(l->multi, CURLMOPT_TIMERDATA, l);
	loop_set_limits(l, max_connections, per_host);
	return l;
}

void
loop_set_limits(struct loop *l, long max_connections, long per_host)
{
	curl_multi_setopt(l->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    max_connections > 0 ? max_connections : 0L);
	curl_multi_setopt(l->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
	    per_host > 0 ? per_host : 0L);
	/* The idle cache need not outgrow what may be open at once. */
	if (max_connections > 0)
		curl_multi_setopt(l->multi, CURLMOPT_MAXCONNECTS,
		    max_connections);
}

int
loop_add(struct loop *l, CURL *easy, loop_done_fn done, void *arg)
{
	struct xfer *x;
	CURLMcode mc;

	x = xcalloc(1, sizeof(*x));
	x->easy = easy;
	x->done = done;
	x->arg = arg;
	curl_easy_setopt(easy, CURLOPT_PRIVATE, x);
	if ((mc = curl_multi_add_handle(l->multi, easy)) != CURLM_OK) {
		log_warnx("curl_multi_add_handle: %s", curl_multi_strerror(mc));
		curl_easy_setopt(easy, CURLOPT_PRIVATE, NULL);
		free(x);
		return -1;
	}
	x->next = l->xfers;
	if (l->xfers)
		l->xfers->prev = x;
	l->xfers = x;
	l->nxfers++;
	return 0;
}

void
loop_cancel(struct loop *l, CURL *easy)
{
	struct xfer *x = NULL;

	curl_easy_getinfo(easy, CURLINFO_PRIVATE, (char **)&x);
	if (x == NULL)
		return;
	curl_multi_remove_handle(l->multi, easy);
	xfer_unlink(l, x);
	free(x);
}

size_t
loop_active(const struct loop *l)
{
	return l->nxfers;
}

void
loop_free(struct loop *l)
{
	if (l == NULL)
		return;
	while (l->xfers != NULL)
		loop_cancel(l, l->xfers->easy);
	/* Closing the cached connections must not call back into a loop
	 * that is going away; the watchers are dropped below instead. */
	curl_multi_setopt(l->multi, CURLMOPT_SOCKETFUNCTION, NULL);
	curl_multi_setopt(l->multi, CURLMOPT_TIMERFUNCTION, NULL);
	ev_timer_stop(l->ev, &l->timer);
	curl_multi_cleanup(l->multi);
	while (l->socks != NULL)
		sock_free(l, l->socks);
	free(l);
	curl_global_cleanup();
}
