/*
 * The drain runs from an ev_prepare watcher at the lowest priority, and
 * not while the scheduler's transaction is open: an outbox row must be
 * committed before its first attempt.  A drain held back stays armed and
 * runs at the first prepare after the commit, before the loop next
 * waits.  Timers and finished transfers only set the drain going; they
 * never send themselves.
 *
 * Rows due now are read oldest first, skipping those in flight.  syslog
 * and stdout rows are written on the spot, inside the drain.  A webhook
 * attempt starts only when curl will run it at once (see webhook_room):
 * rows of a webhook with no slot left are skipped, not waited for, so a
 * slow or hanging receiver holds back neither the local outputs nor the
 * other webhooks, and those of a full webhook are left out of the read.
 *
 * A receiver that answers 2xx again makes its other waiting rows due at
 * once, and so do a start and a reload for all: after an outage the
 * backoff, up to BACKOFF_MAX, would otherwise hold them about as long
 * again.  The outbox remembers which outputs have rows waiting since, so
 * that a success looks for them only then.
 */
#include "config.h"

#include <sys/socket.h>
#include <sys/un.h>

#include <errno.h>
#include <ev.h>
#include <math.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <jansson.h>
#ifdef HAVE_SYSTEMD
#include <systemd/sd-journal.h>
#endif

#include "alert/format.h"
#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/fetch.h"
#include "daemon/loop.h"
#include "daemon/output.h"
#include "daemon/state.h"

#define MAX_IN_FLIGHT	32		/* webhook attempts at once */
#define DUE_BATCH	64		/* rows read per drain pass */
#define RESPONSE_MAX	(64 * 1024)	/* response bytes looked at */
#define BACKOFF_BASE	1.0		/* seconds before the first retry */
#define BACKOFF_MAX	300.0		/* longest wait between attempts: a
					 * lone delivery waits that long after
					 * its receiver is back */
#define JOURNAL_SOCKET	"/run/systemd/journal/socket"

struct attempt {
	struct outbox	*o;
	char		*id;
	char		*output;
	size_t		 host;		/* its index in o->hosts */
	time_t		 created;
	int		 attempts;
	CURL		*easy;
	struct curl_slist *hdr;
	char		*body;
	size_t		 response;	/* bytes received */
	char		 retry_after[64];
	struct attempt	*next;
};

/* A host the webhooks post to, as curl counts connections per host. */
struct host {
	char	*key;		/* host:port */
	size_t	 nflight;	/* attempts to it in flight */
};

#define NO_HOST	((size_t)-1)

/* A connected datagram socket per syslog address. */
struct sock {
	char	*address;
	int	 fd;
	int	 stream;	/* tcp */
	int	 connected;
	struct buf pending;	/* tcp: unsent tail of a message */
};

struct outbox {
	struct ev_loop		*ev;
	struct loop		*loop;
	struct state		*st;
	const struct config	*cfg;
	ev_prepare		 prepare;
	ev_timer		 timer;
	struct attempt		*flight;
	size_t			 nflight;
	struct host		*hosts;		/* of the webhooks and of the
						 * attempts in flight */
	size_t			 nhosts;
	size_t			*out_host;	/* per cfg->outputs[i]: its
						 * index in hosts, or NO_HOST */
	struct sock		*socks;
	size_t			 nsocks;
	char			**waiting;	/* outputs with rows backing off */
	size_t			 nwaiting;
	uint64_t		 rng;
	int			 stopping;
	void			(*done)(void *);
	void			*done_arg;
	size_t			 nsent, nfailed;
};

/* Sorted for bsearch: severity names of the config to syslog priorities. */
static const struct severity {
	const char *name;
	int	 priority;
} severities[] = {
	{ "alert",	LOG_ALERT },
	{ "critical",	LOG_CRIT },
	{ "debug",	LOG_DEBUG },
	{ "emergency",	LOG_EMERG },
	{ "error",	LOG_ERR },
	{ "info",	LOG_INFO },
	{ "notice",	LOG_NOTICE },
	{ "warning",	LOG_WARNING },
};

static int
cmp_severity(const void *key, const void *elem)
{
	return strcmp(key, ((const struct severity *)elem)->name);
}

static int
severity_priority(const char *name)
{
	const struct severity *s = NULL;

	if (name != NULL)
		s = bsearch(name, severities, sizeof(severities) /
		    sizeof(severities[0]), sizeof(severities[0]), cmp_severity);
	return s != NULL ? s->priority : LOG_WARNING;
}

static const char *
jstr(json_t *o, const char *k1, const char *k2)
{
	o = json_object_get(o, k1);
	if (k2 != NULL)
		o = json_object_get(o, k2);
	return json_string_value(o);
}

int
output_alert_from_json(struct alert *a, json_t *payload,
    const char *delivery_id, time_t time)
{
	json_t *v;

	memset(a, 0, sizeof(*a));
	if (!json_is_object(payload) || jstr(payload, "rule", "name") == NULL)
		return -1;
	a->event = jstr(payload, "event", NULL);
	a->rule = jstr(payload, "rule", "name");
	a->severity = jstr(payload, "rule", "severity");
	a->priority = severity_priority(a->severity);
	a->delivery_id = delivery_id;
	a->feed = jstr(payload, "feed", NULL);
	a->incident_id = json_integer_value(json_object_get(payload,
	    "incident_id"));
	v = json_object_get(payload, "incident");
	a->incident = json_is_object(v) ? v : NULL;
	v = json_object_get(payload, "item");
	a->item = json_is_object(v) ? v : NULL;
	v = json_object_get(payload, "changes");
	a->changes = json_is_object(v) ? v : NULL;
	a->time = time;
	return 0;
}

static void
add_header(struct output_msg *m, const char *name, const char *v)
{
	m->headers = xreallocarray(m->headers, m->nheaders + 1,
	    sizeof(*m->headers));
	m->headers[m->nheaders++] = xasprintf("%s: %s", name, v);
}

int
output_render(const struct output_cfg *o, const struct alert *a,
    const char *user_agent, time_t now, struct output_msg *m)
{
	char host[256], ts[32], *sig;

	memset(m, 0, sizeof(*m));
	switch (o->type) {
	case OUTPUT_SYSLOG:
		m->text = alert_format_line(a);
		if (o->address != NULL) {
			if (gethostname(host, sizeof(host)) == -1)
				host[0] = '\0';
			host[sizeof(host) - 1] = '\0';
			m->datagram = alert_format_rfc5424(a, LOG_DAEMON, host,
			    "feedwatch", (long)getpid(), now);
		}
		return 0;
	case OUTPUT_STDOUT:
		m->text = alert_json_body(a);
		return 0;
	case OUTPUT_WEBHOOK:
		m->text = o->format != NULL && strcmp(o->format, "slack") == 0 ?
		    alert_slack_body(a) : alert_json_body(a);
		add_header(m, "Content-Type", "application/json");
		add_header(m, "User-Agent", user_agent != NULL ?
		    user_agent : "feedwatch/" PACKAGE_VERSION);
		if (o->secret == NULL)
			return 0;
		snprintf(ts, sizeof(ts), "%lld", (long long)now);
		sig = alert_signature(o->secret, a->delivery_id, (long long)now,
		    m->text, strlen(m->text));
		if (sig == NULL) {
			log_warnx("output %s: the secret is not valid base64",
			    o->name);
			output_msg_clear(m);
			return -1;
		}
		add_header(m, "webhook-id", a->delivery_id);
		add_header(m, "webhook-timestamp", ts);
		add_header(m, "webhook-signature", sig);
		free(sig);
		return 0;
	}
	return -1;
}

void
output_msg_clear(struct output_msg *m)
{
	size_t i;

	free(m->text);
	free(m->datagram);
	for (i = 0; i < m->nheaders; i++)
		free(m->headers[i]);
	free(m->headers);
	memset(m, 0, sizeof(*m));
}

/*
 * syslog
 */

/* A non-blocking socket for "unix:/PATH" (datagrams), "udp:HOST:PORT"
 * or "tcp:HOST:PORT", connected or (tcp) connecting; -1 with errno set.
 * A HOST that is a name is resolved here, synchronously: use an address
 * literal to keep the loop free of DNS waits. */
static int
sock_open(const char *address, int *stream)
{
	struct sockaddr_un sun;
	struct addrinfo hints, *res = NULL, *ai;
	const char *colon;
	char *host;
	int fd = -1, e;

	*stream = 0;
	if (strncmp(address, "unix:", 5) == 0) {
		memset(&sun, 0, sizeof(sun));
		sun.sun_family = AF_UNIX;
		if (strlen(address + 5) >= sizeof(sun.sun_path)) {
			errno = ENAMETOOLONG;
			return -1;
		}
		memcpy(sun.sun_path, address + 5, strlen(address + 5));
		fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
		if (fd == -1)
			return -1;
		if (connect(fd, (struct sockaddr *)&sun, sizeof(sun)) == -1) {
			e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		return fd;
	}
	if (strncmp(address, "tcp:", 4) == 0)
		*stream = 1;
	else if (strncmp(address, "udp:", 4) != 0) {
		errno = EPROTONOSUPPORT;
		return -1;
	}
	if ((colon = strrchr(address + 4, ':')) == NULL) {
		errno = EINVAL;
		return -1;
	}
	host = xstrndup(address + 4, (size_t)(colon - (address + 4)));
	if (host[0] == '[' && host[strlen(host) - 1] == ']') {
		memmove(host, host + 1, strlen(host));
		host[strlen(host) - 1] = '\0';
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = *stream ? SOCK_STREAM : SOCK_DGRAM;
	hints.ai_flags = AI_NUMERICSERV;
	e = getaddrinfo(host, colon + 1, &hints, &res);
	free(host);
	if (e != 0) {
		errno = EHOSTUNREACH;
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK |
		    SOCK_CLOEXEC, ai->ai_protocol);
		if (fd == -1)
			continue;
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ||
		    (*stream && errno == EINPROGRESS))
			break;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	return fd;
}

static void
sock_close(struct sock *s)
{
	if (s->fd != -1)
		close(s->fd);
	s->fd = -1;
	s->connected = 0;
	buf_reset(&s->pending);
}

static void
socks_close(struct outbox *o)
{
	size_t i;

	for (i = 0; i < o->nsocks; i++) {
		sock_close(&o->socks[i]);
		buf_release(&o->socks[i].pending);
		free(o->socks[i].address);
	}
	free(o->socks);
	o->socks = NULL;
	o->nsocks = 0;
}

static struct sock *
sock_for(struct outbox *o, const char *address)
{
	struct sock *s;
	size_t i;

	for (i = 0; i < o->nsocks; i++)
		if (strcmp(o->socks[i].address, address) == 0)
			return &o->socks[i];
	o->socks = xreallocarray(o->socks, o->nsocks + 1, sizeof(*o->socks));
	s = &o->socks[o->nsocks++];
	memset(s, 0, sizeof(*s));
	s->address = xstrdup(address);
	s->fd = -1;
	return s;
}

/* Write what is left of an earlier message; 0 when nothing is left. */
static int
flush_pending(struct sock *s)
{
	ssize_t n;

	while (s->pending.len > 0) {
		n = send(s->fd, s->pending.data, s->pending.len, MSG_NOSIGNAL);
		if (n <= 0)
			return -1;
		memmove(s->pending.data, s->pending.data + n,
		    s->pending.len - (size_t)n);
		s->pending.len -= (size_t)n;
		s->pending.data[s->pending.len] = '\0';
	}
	return 0;
}

/*
 * Nothing here waits.  A datagram is sent whole or not at all.  On tcp
 * (RFC 6587 octet counting) a connection still being made, or a full
 * socket buffer, fails the attempt, to be retried like any other; the
 * unsent tail of a message cut by a short write is kept and written
 * first next time, so the stream stays framed, and the message itself is
 * sent again then (a repeat with the same delivery id, never a loss).
 */
static int
send_syslog_socket(struct outbox *o, const char *address, const char *msg,
    char *err, size_t errsz)
{
	struct sock *s = sock_for(o, address);
	struct pollfd pfd;
	size_t len = strlen(msg);
	char head[32];
	int e = 0;
	socklen_t elen = sizeof(e);

	if (s->fd == -1) {
		if ((s->fd = sock_open(address, &s->stream)) == -1)
			goto fail;
		s->connected = !s->stream;
	}
	if (!s->connected) {
		pfd.fd = s->fd;
		pfd.events = POLLOUT;
		if (poll(&pfd, 1, 0) == 0) {
			snprintf(err, errsz, "%s: still connecting", address);
			return -1;
		}
		if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &e, &elen) == -1 ||
		    e != 0) {
			errno = e ? e : errno;
			goto fail;
		}
		s->connected = 1;
	}
	if (!s->stream) {
		if (send(s->fd, msg, len, MSG_NOSIGNAL) == -1)
			goto fail;
		return 0;
	}
	if (flush_pending(s) == -1) {
		if (errno == EAGAIN || errno == EWOULDBLOCK) {
			snprintf(err, errsz, "%s: busy", address);
			return -1;
		}
		goto fail;
	}
	snprintf(head, sizeof(head), "%zu ", len);
	buf_addstr(&s->pending, head);
	buf_add(&s->pending, msg, len);
	if (flush_pending(s) == 0)
		return 0;
	if (errno != EAGAIN && errno != EWOULDBLOCK)
		goto fail;
	snprintf(err, errsz, "%s: short write", address);
	return -1;
fail:
	snprintf(err, errsz, "%s: %s", address, strerror(errno));
	/* The receiver may have gone and come back: reconnect. */
	sock_close(s);
	return -1;
}

/* Whether this process is a systemd service whose journal is running. */
static int
journal_present(void)
{
	return getenv("INVOCATION_ID") != NULL &&
	    access(JOURNAL_SOCKET, W_OK) == 0;
}

static int
send_syslog(struct outbox *o, const struct output_cfg *out,
    const struct alert *a, const struct output_msg *m, char *err,
    size_t errsz)
{
#ifdef HAVE_SYSTEMD
	struct iovec *iov;
	char **fields;
	size_t n, i;
	int r;
#endif

	if (out->address != NULL)
		return send_syslog_socket(o, out->address, m->datagram, err,
		    errsz);
#ifdef HAVE_SYSTEMD
	if (journal_present()) {
		n = alert_journal_fields(a, &fields);
		iov = xcalloc(n ? n : 1, sizeof(*iov));
		for (i = 0; i < n; i++) {
			iov[i].iov_base = fields[i];
			iov[i].iov_len = strlen(fields[i]);
		}
		r = sd_journal_sendv(iov, (int)n);
		free(iov);
		alert_fields_free(fields, n);
		if (r < 0) {
			snprintf(err, errsz, "journal: %s", strerror(-r));
			return -1;
		}
		return 0;
	}
#endif
	syslog(LOG_DAEMON | a->priority, "%s", m->text);
	return 0;
}

static int
send_stdout(const struct output_msg *m, char *err, size_t errsz)
{
	if (fputs(m->text, stdout) == EOF || fputc('\n', stdout) == EOF ||
	    fflush(stdout) == EOF) {
		snprintf(err, errsz, "stdout: %s", strerror(errno));
		clearerr(stdout);
		return -1;
	}
	return 0;
}

/*
 * Outcomes
 */

static double
rand01(struct outbox *o)
{
	/* xorshift64*: jitter only, nothing to guess. */
	o->rng ^= o->rng >> 12;
	o->rng ^= o->rng << 25;
	o->rng ^= o->rng >> 27;
	return (double)((o->rng * 2685821657736338717ULL) >> 11) /
	    (double)(1ULL << 53);
}

/* Remember that output has deliveries waiting for a later attempt. */
static void
waiting_add(struct outbox *o, const char *output)
{
	size_t i;

	for (i = 0; i < o->nwaiting; i++)
		if (strcmp(o->waiting[i], output) == 0)
			return;
	o->waiting = xreallocarray(o->waiting, o->nwaiting + 1,
	    sizeof(*o->waiting));
	o->waiting[o->nwaiting++] = xstrdup(output);
}

/* Forget output's waiting deliveries; whether there were any. */
static int
waiting_take(struct outbox *o, const char *output)
{
	size_t i;

	for (i = 0; i < o->nwaiting; i++)
		if (strcmp(o->waiting[i], output) == 0) {
			free(o->waiting[i]);
			o->waiting[i] = o->waiting[--o->nwaiting];
			return 1;
		}
	return 0;
}

/* Make every waiting delivery due now (a start, a reload). */
static void
hurry_all(struct outbox *o)
{
	while (o->nwaiting > 0)
		free(o->waiting[--o->nwaiting]);
	state_outbox_hurry(o->st, NULL, time(NULL));
}

static void
outcome(struct outbox *o, const char *id, const char *output, time_t created,
    int attempts, const char *error, double retry_after)
{
	const struct output_cfg *out = config_output(o->cfg, output);
	double delay, max_age = out != NULL ? out->max_age : 86400;
	time_t now = time(NULL);

	if (error == NULL) {
		if (state_outbox_sent(o->st, id) == 0)
			o->nsent++;
		log_debug("delivery %s to %s: sent", id, output);
		/* The output works: what waits out a backoff from its
		 * failures goes now, not up to BACKOFF_MAX later. */
		if (waiting_take(o, output) &&
		    state_outbox_hurry(o->st, output, now) > 0)
			log_info("output %s delivers again: retrying its "
			    "waiting deliveries now", output);
		return;
	}
	if (retry_after >= 0)
		delay = retry_after < 1 ? 1 : retry_after;
	else {
		delay = BACKOFF_BASE * pow(2, attempts < 30 ? attempts : 30);
		if (delay > BACKOFF_MAX)
			delay = BACKOFF_MAX;
		delay *= 0.5 + 0.5 * rand01(o);
	}
	delay = ceil(delay);
	if ((double)(now - created) + delay > max_age) {
		log_warnx("delivery %s to %s failed after %d attempts, giving "
		    "up: %s", id, output, attempts + 1, error);
		if (state_outbox_failed(o->st, id, error) == 0)
			o->nfailed++;
		return;
	}
	if (attempts == 0)
		log_warnx("delivery %s to %s failed, will retry: %s", id,
		    output, error);
	else
		log_debug("delivery %s to %s: attempt %d failed, retry in "
		    "%.0fs: %s", id, output, attempts + 1, delay, error);
	state_outbox_retry(o->st, id, now + (time_t)delay, error);
	waiting_add(o, output);
}

/*
 * Webhooks
 */

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct attempt *t = arg;

	/* Nothing of the response is kept; past the cap it is not even
	 * counted, the transfer's timeout bounds an endless one. */
	if (t->response < RESPONSE_MAX)
		t->response += size * n;
	(void)p;
	return size * n;
}

static size_t
on_header(char *p, size_t size, size_t n, void *arg)
{
	struct attempt *t = arg;
	size_t len = size * n, k = sizeof("Retry-After:") - 1, v;

	if (len > k && strncasecmp(p, "Retry-After:", k) == 0) {
		p += k;
		len -= k;
		while (len > 0 && (*p == ' ' || *p == '\t')) {
			p++;
			len--;
		}
		while (len > 0 && (p[len - 1] == '\r' || p[len - 1] == '\n' ||
		    p[len - 1] == ' '))
			len--;
		v = len < sizeof(t->retry_after) - 1 ? len :
		    sizeof(t->retry_after) - 1;
		memcpy(t->retry_after, p, v);
		t->retry_after[v] = '\0';
	}
	return size * n;
}

static void
attempt_free(struct attempt *t)
{
	if (t->easy != NULL)
		curl_easy_cleanup(t->easy);
	curl_slist_free_all(t->hdr);
	free(t->body);
	free(t->id);
	free(t->output);
	free(t);
}

static void
attempt_unlink(struct outbox *o, struct attempt *t)
{
	struct attempt **pp;

	for (pp = &o->flight; *pp != NULL; pp = &(*pp)->next)
		if (*pp == t) {
			*pp = t->next;
			o->nflight--;
			o->hosts[t->host].nflight--;
			return;
		}
}

static void
on_webhook_done(CURL *easy, CURLcode rc, void *arg)
{
	struct attempt *t = arg;
	struct outbox *o = t->o;
	char err[CURL_ERROR_SIZE + 64];
	double retry_after = -1;
	long status = 0;

	curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
	attempt_unlink(o, t);
	if (rc != CURLE_OK)
		snprintf(err, sizeof(err), "%s", curl_easy_strerror(rc));
	else if (status < 200 || status > 299)
		snprintf(err, sizeof(err), "HTTP %ld", status);
	if (rc == CURLE_OK && t->retry_after[0] != '\0' &&
	    (status == 429 || status == 503))
		retry_after = fetch_retry_after(t->retry_after, time(NULL));
	outcome(o, t->id, t->output, t->created, t->attempts,
	    rc == CURLE_OK && status >= 200 && status <= 299 ? NULL : err,
	    retry_after);
	attempt_free(t);
	outbox_kick(o);
}

/* "host:port" of url, as curl counts connections per host; the url
 * itself when curl cannot parse it (the transfer will fail anyway). */
static char *
host_key(const char *url)
{
	CURLU *u;
	char *host = NULL, *port = NULL, *key;

	if ((u = curl_url()) == NULL)
		fatalx("curl_url failed");
	if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) ==
	    CURLUE_OK)
		key = xasprintf("%s:%s", host, port);
	else
		key = xstrdup(url);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return key;
}

/* The index of key in hosts, added when missing. */
static size_t
host_find(struct host **hosts, size_t *n, const char *key)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*hosts)[i].key, key) == 0)
			return i;
	*hosts = xreallocarray(*hosts, *n + 1, sizeof(**hosts));
	(*hosts)[*n].key = xstrdup(key);
	(*hosts)[*n].nflight = 0;
	return (*n)++;
}

/*
 * The host of each webhook of o->cfg, parsed once per config rather than
 * at each look of the drain, and the attempts in flight counted per host.
 * An attempt started under the config before keeps counting against its
 * host, which may be one no output names any more.
 */
static void
hosts_build(struct outbox *o)
{
	const struct config *cfg = o->cfg;
	struct host *hosts = NULL;
	struct attempt *t;
	size_t n = 0, i;
	char *key;

	free(o->out_host);
	o->out_host = xcalloc(cfg->noutputs ? cfg->noutputs : 1,
	    sizeof(*o->out_host));
	for (i = 0; i < cfg->noutputs; i++) {
		o->out_host[i] = NO_HOST;
		if (cfg->outputs[i].type != OUTPUT_WEBHOOK)
			continue;
		key = host_key(cfg->outputs[i].url);
		o->out_host[i] = host_find(&hosts, &n, key);
		free(key);
	}
	for (t = o->flight; t != NULL; t = t->next) {
		t->host = host_find(&hosts, &n, o->hosts[t->host].key);
		hosts[t->host].nflight++;
	}
	for (i = 0; i < o->nhosts; i++)
		free(o->hosts[i].key);
	free(o->hosts);
	o->hosts = hosts;
	o->nhosts = n;
}

/* The index in o->hosts of the webhook out of o->cfg. */
static size_t
webhook_host(const struct outbox *o, const struct output_cfg *out)
{
	return o->out_host[out - o->cfg->outputs];
}

/*
 * How many more webhook attempts to host may start now.  curl runs at
 * most per_host transfers to one host and max_connections in all, and
 * queues the rest with their CURLOPT_TIMEOUT_MS already running: 32
 * attempts to a receiver taking 3 s each timed out in that queue without
 * ever reaching it, counted as failures of a receiver that answered
 * every request.  So no more start than curl runs at once, and at most
 * MAX_IN_FLIGHT in all.  (A feed fetched from the same host may still
 * take a slot; the attempt's timeout then covers that wait too.)
 */
static size_t
webhook_room(const struct outbox *o, size_t host)
{
	size_t total = MAX_IN_FLIGHT, per_host = MAX_IN_FLIGHT;
	size_t on_host = o->hosts[host].nflight;

	if (o->cfg->daemon.max_connections > 0 &&
	    (size_t)o->cfg->daemon.max_connections < total)
		total = (size_t)o->cfg->daemon.max_connections;
	if (o->cfg->daemon.per_host > 0 &&
	    (size_t)o->cfg->daemon.per_host < per_host)
		per_host = (size_t)o->cfg->daemon.per_host;
	if (o->nflight >= total)
		return 0;
	if (on_host >= per_host)
		return 0;
	return per_host - on_host < total - o->nflight ?
	    per_host - on_host : total - o->nflight;
}

static int
start_webhook(struct outbox *o, const struct output_cfg *out,
    const struct outbox_entry *e, const struct output_msg *m)
{
	struct attempt *t;
	size_t i;
	long timeout_ms = (long)(out->timeout * 1000);
	long connect_ms = (long)(o->cfg->daemon.connect_timeout * 1000);

	t = xcalloc(1, sizeof(*t));
	t->o = o;
	t->id = xstrdup(e->delivery_id);
	t->output = xstrdup(e->output);
	t->host = webhook_host(o, out);
	t->created = e->created;
	t->attempts = e->attempts;
	t->body = xstrdup(m->text);
	for (i = 0; i < m->nheaders; i++)
		t->hdr = curl_slist_append(t->hdr, m->headers[i]);
	/* libcurl would send "Expect: 100-continue" for larger bodies and
	 * wait for an answer some receivers never give. */
	t->hdr = curl_slist_append(t->hdr, "Expect:");
	if ((t->easy = curl_easy_init()) == NULL)
		fatalx("curl_easy_init failed");
	curl_easy_setopt(t->easy, CURLOPT_URL, out->url);
	curl_easy_setopt(t->easy, CURLOPT_POST, 1L);
	curl_easy_setopt(t->easy, CURLOPT_POSTFIELDS, t->body);
	curl_easy_setopt(t->easy, CURLOPT_POSTFIELDSIZE, (long)strlen(t->body));
	curl_easy_setopt(t->easy, CURLOPT_HTTPHEADER, t->hdr);
	curl_easy_setopt(t->easy, CURLOPT_TIMEOUT_MS, timeout_ms);
	if (connect_ms > 0 && connect_ms < timeout_ms)
		curl_easy_setopt(t->easy, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
	curl_easy_setopt(t->easy, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(t->easy, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(t->easy, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(t->easy, CURLOPT_HEADERDATA, t);
	curl_easy_setopt(t->easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(t->easy, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(t->easy, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(t->easy, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(t->easy, CURLOPT_PROTOCOLS_STR, "http,https");
	if (loop_add(o->loop, t->easy, on_webhook_done, t) == -1) {
		attempt_free(t);
		return -1;
	}
	t->next = o->flight;
	o->flight = t;
	o->nflight++;
	o->hosts[t->host].nflight++;
	return 0;
}

/*
 * The drain
 */

static int
in_flight(const struct outbox *o, const char *id)
{
	const struct attempt *t;

	for (t = o->flight; t != NULL; t = t->next)
		if (strcmp(t->id, id) == 0)
			return 1;
	return 0;
}

/* One delivery attempt of e; immediate outputs finish here. */
static void
deliver(struct outbox *o, const struct outbox_entry *e, time_t now)
{
	const struct output_cfg *out = config_output(o->cfg, e->output);
	struct output_msg m;
	struct alert a;
	json_t *payload = NULL;
	char err[512];
	int r;

	if (out == NULL) {
		log_warnx("delivery %s: no output named %s any more; dropped",
		    e->delivery_id, e->output);
		if (state_outbox_failed(o->st, e->delivery_id,
		    "output removed from the config") == 0)
			o->nfailed++;
		return;
	}
	payload = json_loads(e->payload != NULL ? e->payload : "", 0, NULL);
	if (output_alert_from_json(&a, payload, e->delivery_id,
	    e->created) == -1 ||
	    output_render(out, &a, o->cfg->daemon.user_agent, now, &m) == -1) {
		log_warnx("delivery %s: the alert cannot be rendered; dropped",
		    e->delivery_id);
		if (state_outbox_failed(o->st, e->delivery_id,
		    "alert cannot be rendered") == 0)
			o->nfailed++;
		json_decref(payload);
		return;
	}
	switch (out->type) {
	case OUTPUT_WEBHOOK:
		if (start_webhook(o, out, e, &m) == -1)
			outcome(o, e->delivery_id, e->output, e->created,
			    e->attempts, "transfer refused", -1);
		break;
	case OUTPUT_SYSLOG:
		r = send_syslog(o, out, &a, &m, err, sizeof(err));
		outcome(o, e->delivery_id, e->output, e->created, e->attempts,
		    r == 0 ? NULL : err, -1);
		break;
	case OUTPUT_STDOUT:
		r = send_stdout(&m, err, sizeof(err));
		outcome(o, e->delivery_id, e->output, e->created, e->attempts,
		    r == 0 ? NULL : err, -1);
		break;
	}
	output_msg_clear(&m);
	json_decref(payload);
}

static void
arm(struct outbox *o, double after)
{
	ev_timer_stop(o->ev, &o->timer);
	ev_timer_set(&o->timer, after, 0.);
	ev_timer_start(o->ev, &o->timer);
}

/* Whether a row of output may be delivered now: always, but for a
 * webhook whose host has no attempt to spare. */
static int
may_start(const struct outbox *o, const char *output)
{
	const struct output_cfg *out = config_output(o->cfg, output);

	if (out == NULL || out->type != OUTPUT_WEBHOOK)
		return 1;
	return webhook_room(o, webhook_host(o, out)) > 0;
}

/* The webhook outputs that may start no attempt now, for the read to
 * leave out: their rows would fill the batch and hide the others. */
static const char **
full_outputs(const struct outbox *o, size_t *n)
{
	const char **v;
	size_t i;

	*n = 0;
	v = xcalloc(o->cfg->noutputs ? o->cfg->noutputs : 1, sizeof(*v));
	for (i = 0; i < o->cfg->noutputs; i++)
		if (o->out_host[i] != NO_HOST &&
		    webhook_room(o, o->out_host[i]) == 0)
			v[(*n)++] = o->cfg->outputs[i].name;
	return v;
}

/*
 * Seconds until a row falls due that nothing else will start, as
 * state_outbox_next().  Rows in flight, and rows of webhooks with no
 * attempt to spare, stay pending with next_attempt past; a finished
 * attempt kicks the drain for them.  Counting them would make the timer
 * fire every second while a webhook hangs, so they are left out, and the
 * timer waits for the rows of other outputs that fall due meanwhile.
 */
static long
next_due(const struct outbox *o, time_t now)
{
	const struct attempt *t;
	const char **full, **ids;
	size_t nfull, nids = 0;
	long next;

	full = full_outputs(o, &nfull);
	ids = xcalloc(o->nflight ? o->nflight : 1, sizeof(*ids));
	for (t = o->flight; t != NULL; t = t->next)
		ids[nids++] = t->id;
	next = state_outbox_next_except(o->st, now, full, nfull, ids, nids);
	free(ids);
	free(full);
	return next;
}

static void
drain(struct outbox *o)
{
	struct outbox_entry *v;
	const char **full;
	size_t n = 0, i, nfull, want, tried = 0, held = 0;
	time_t now = time(NULL);
	long next;

	if (o->stopping)
		return;
	full = full_outputs(o, &nfull);
	want = o->nflight + DUE_BATCH;
	v = state_outbox_due_except(o->st, now, full, nfull, want, &n);
	free(full);
	for (i = 0; v != NULL && i < n && !o->stopping; i++) {
		if (in_flight(o, v[i].delivery_id))
			continue;
		if (!may_start(o, v[i].output)) {
			/* Its host is full now: the rows behind it go on,
			 * a finished attempt kicks the drain for it. */
			held++;
			continue;
		}
		deliver(o, &v[i], now);
		tried++;
	}
	outbox_entry_free_all(v, n);
	/* More rows than one batch.  A pass that only held rows back made
	 * their outputs full, left out of the next read: no loop. */
	if (n == want && (tried > 0 || held > 0)) {
		outbox_kick(o);
		return;
	}
	next = next_due(o, now);
	if (next > 0)
		arm(o, (double)next);
	else if (next == 0) {
		/* A row due that this pass neither started nor held: its
		 * outcome could not be stored.  Try again soon. */
		arm(o, 1.);
	} else if (next == -2)
		arm(o, 5.);
	else
		ev_timer_stop(o->ev, &o->timer);
	if (o->done != NULL && o->nflight == 0 && next != 0) {
		void (*done)(void *) = o->done;

		o->done = NULL;
		done(o->done_arg);
	}
}

static void
on_prepare(struct ev_loop *ev, ev_prepare *w, int revents)
{
	struct outbox *o = w->data;

	if (state_in_transaction(o->st))
		return;
	ev_prepare_stop(ev, w);
	drain(o);
}

static void
on_timer(struct ev_loop *ev, ev_timer *w, int revents)
{
	outbox_kick(w->data);
}

struct outbox *
outbox_new(struct ev_loop *ev, struct loop *l, struct state *st,
    const struct config *cfg, unsigned long long seed)
{
	struct outbox *o = xcalloc(1, sizeof(*o));

	o->ev = ev;
	o->loop = l;
	o->st = st;
	o->cfg = cfg;
	o->rng = seed ? seed : 0x9e3779b97f4a7c15ULL;
	ev_prepare_init(&o->prepare, on_prepare);
	ev_set_priority(&o->prepare, EV_MINPRI);
	o->prepare.data = o;
	ev_timer_init(&o->timer, on_timer, 0., 0.);
	o->timer.data = o;
	hosts_build(o);
	/* Deliveries left waiting by an earlier run: a start, like a
	 * reload, is the user's "try again now". */
	hurry_all(o);
	outbox_kick(o);
	return o;
}

void
outbox_set_config(struct outbox *o, const struct config *cfg)
{
	o->cfg = cfg;
	hosts_build(o);
	socks_close(o);		/* addresses may have changed */
	/* A reload is the user's "try again now" (a receiver fixed, a URL
	 * corrected): what waits out a backoff goes at once. */
	hurry_all(o);
	outbox_kick(o);
}

void
outbox_kick(struct outbox *o)
{
	if (!o->stopping)
		ev_prepare_start(o->ev, &o->prepare);
}

void
outbox_kick_committed(struct outbox *o)
{
	if (o->stopping)
		return;
	/* The commit ran from a watcher of this round (the scheduler's
	 * idle watcher or timer), after the round's prepare watchers;
	 * feeding the event queues ours in the same round. */
	ev_prepare_start(o->ev, &o->prepare);
	ev_feed_event(o->ev, &o->prepare, EV_PREPARE);
}

void
outbox_finish(struct outbox *o, void (*done)(void *), void *arg)
{
	o->done = done;
	o->done_arg = arg;
	outbox_kick(o);
}

void
outbox_stop(struct outbox *o)
{
	o->stopping = 1;
	ev_prepare_stop(o->ev, &o->prepare);
	ev_timer_stop(o->ev, &o->timer);
}

size_t
outbox_in_flight(const struct outbox *o)
{
	return o->nflight;
}

size_t
outbox_sent(const struct outbox *o)
{
	return o->nsent;
}

size_t
outbox_failed(const struct outbox *o)
{
	return o->nfailed;
}

void
outbox_free(struct outbox *o)
{
	struct attempt *t, *next;

	if (o == NULL)
		return;
	outbox_stop(o);
	for (t = o->flight; t != NULL; t = next) {
		next = t->next;
		loop_cancel(o->loop, t->easy);
		attempt_free(t);
	}
	socks_close(o);
	while (o->nwaiting > 0)
		free(o->waiting[--o->nwaiting]);
	free(o->waiting);
	while (o->nhosts > 0)
		free(o->hosts[--o->nhosts].key);
	free(o->hosts);
	free(o->out_host);
	free(o);
}
