/*
 * A feed fetch on the transfer loop.
 *
 * curl follows redirects itself (at most 5, http and https only), but the
 * header callback sees every hop's status line, so the fetch notes which
 * URL the leading run of permanent redirects (301/308) led to: that is
 * the URL the scheduler may store.  Headers are reset at each status line
 * so only the final response's validators and Retry-After count.
 *
 * The body goes from curl's write callback to a parse job (parsepool.h):
 * onto a worker thread, or straight into the push parser when there is
 * none; only a 2xx body is parsed (an error page is not a feed).  When
 * the workers fall behind, the pool refuses chunks and the transfer is
 * paused until they catch up.  The fetch ends when both the transfer and
 * the parse have.  The size cap
 * counts decompressed bytes, since curl decodes gzip/deflate/br before the
 * write callback, so a small compressed body cannot blow up past it.
 */
#include "config.h"

#include <curl/curl.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/fetch.h"
#include "daemon/loop.h"
#include "daemon/parsepool.h"
#include "feeds/parse.h"
#include "feeds/url.h"

/* Longest header value kept; longer validators are dropped, not cut. */
#define HEADER_MAX		1024
/* A Retry-After further out than this is read as this. */
#define RETRY_AFTER_MAX		(30L * 24 * 3600)
/* A transfer that still trickles after this long is cut off: the stall
 * timeout alone lets a server drip one byte a second for ever. */
#define TOTAL_TIMEOUT_MIN	300L

static const char accept_types[] = "Accept: application/rss+xml, "
    "application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, "
    "*/*;q=0.5";

struct fetch {
	struct loop		*loop;
	CURL			*easy;
	struct curl_slist	*headers;
	struct pjob		*job;		/* from the first 2xx body byte */
	int			 paused;	/* the pool had no room */
	struct fetch		*pnext;
	int			 transfer_done;
	CURLcode		 rc;
	int			 parse_rc;
	char			 parse_why[256];
	fetch_item_fn		 item_fn;
	fetch_done_fn		 done_fn;
	void			*arg;
	char			*url;
	int			 is_file;
	size_t			 max_body;
	size_t			 max_items;
	int			 keys_only;

	long			 status;	/* of the response being read */
	int			 hops;		/* responses seen, 1xx excluded */
	int			 permanent_run;	/* every redirect so far was 301/308 */
	char			*moved_to;
	char			*etag;
	char			*last_modified;
	char			*content_type;
	double			 retry_after;

	size_t			 body_bytes;
	size_t			 items;
	int			 too_big;
	int			 aborted;	/* by the item callback, or a
						 * redirect refused */
	int			 parse_ended;	/* the parser wanted no more bytes */
	char			 errmsg[256];
	char			 curlerr[CURL_ERROR_SIZE];
};

/*
 * Finished easy handles are kept for the next fetch (curl_easy_reset()
 * drops every option): a poll of a thousand feeds otherwise allocates
 * and tears down a thousand handles with their buffers.  Connections
 * live in the multi handle either way.
 */
#define EASY_POOL	64
static CURL *easy_pool[EASY_POOL];
static size_t neasy_pool;

/* Where bodies are parsed; an inline pool until fetch_set_pool(). */
static struct parsepool *pool;
static void on_parsed(int rc, const char *why, void *arg);
static int pool_own;
/* Transfers paused because the pool was full. */
static struct fetch *paused_head;

static struct parsepool *
pool_get(void)
{
	if (pool == NULL) {
		pool = parsepool_new(NULL, 0, 0);
		pool_own = 1;
	}
	return pool;
}

static void
unpause_all(void *arg)
{
	struct fetch *f, *next;

	f = paused_head;
	paused_head = NULL;
	for (; f != NULL; f = next) {
		next = f->pnext;
		f->paused = 0;
		/* May deliver the held chunk at once, and pause again. */
		curl_easy_pause(f->easy, CURLPAUSE_CONT);
	}
}

void
fetch_set_pool(struct parsepool *pp)
{
	if (pool_own)
		parsepool_free(pool);
	pool = pp;
	pool_own = 0;
	if (pp != NULL)
		parsepool_set_room(pp, unpause_all, NULL);
}

static void
pause_remove(struct fetch *f)
{
	struct fetch **pp;

	if (!f->paused)
		return;
	for (pp = &paused_head; *pp != NULL; pp = &(*pp)->pnext)
		if (*pp == f) {
			*pp = f->pnext;
			break;
		}
	f->paused = 0;
}

static CURL *
easy_get(void)
{
	CURL *e;

	if (neasy_pool > 0)
		return easy_pool[--neasy_pool];
	if ((e = curl_easy_init()) == NULL)
		fatalx("curl_easy_init failed");
	return e;
}

static void
easy_put(CURL *e)
{
	if (neasy_pool == EASY_POOL) {
		curl_easy_cleanup(e);
		return;
	}
	curl_easy_reset(e);
	easy_pool[neasy_pool++] = e;
}

void
fetch_cleanup(void)
{
	if (pool_own) {
		parsepool_free(pool);
		pool = NULL;
		pool_own = 0;
	}
	while (neasy_pool > 0)
		curl_easy_cleanup(easy_pool[--neasy_pool]);
}

static void
fetch_free(struct fetch *f)
{
	if (f == NULL)
		return;
	if (f->easy != NULL) {
		loop_cancel(f->loop, f->easy);
		easy_put(f->easy);
	}
	curl_slist_free_all(f->headers);
	pause_remove(f);
	pjob_cancel(f->job);
	free(f->url);
	free(f->moved_to);
	free(f->etag);
	free(f->last_modified);
	free(f->content_type);
	free(f);
}

/* "URL: why" as a warning, the URL capped and quoted. */
static void
log_url_warnx(const char *url, const char *why)
{
	struct buf b = BUF_INIT;

	buf_add_quoted(&b, url, FETCH_LOG_URL);
	log_warnx("%s: %s", buf_str(&b), why);
	buf_release(&b);
}

double
fetch_retry_after(const char *value, time_t now)
{
	const char *p;
	time_t t;
	long secs;

	while (*value == ' ' || *value == '\t')
		value++;
	if (*value == '\0')
		return -1;
	for (p = value; isdigit((unsigned char)*p); p++)
		;
	if (p != value && (*p == '\0' || *p == ' ' || *p == '\t')) {
		if (p - value > 9)
			return RETRY_AFTER_MAX;
		secs = strtol(value, NULL, 10);
		return secs > RETRY_AFTER_MAX ? RETRY_AFTER_MAX : secs;
	}
	/* A date has whole seconds and now is truncated to them: the wait
	 * comes out up to a second long, never short. */
	if ((t = curl_getdate(value, NULL)) == -1)
		return -1;
	if (t <= now)
		return 0;
	if (t - now > RETRY_AFTER_MAX)
		return RETRY_AFTER_MAX;
	return (double)(t - now);
}

static void
set_header(char **slot, const char *v, size_t n)
{
	size_t i;

	free(*slot);
	*slot = NULL;
	if (n == 0 || n > HEADER_MAX)
		return;
	for (i = 0; i < n; i++)
		if (iscntrl((unsigned char)v[i]) && v[i] != '\t')
			return;
	*slot = xstrndup(v, n);
}

/* Refuse a redirect to a URL of len bytes: the poll fails with a message
 * that says why (without the URL, which is what is too long).  Returns 0,
 * which makes curl abort the transfer from the header callback. */
static size_t
refuse_redirect(struct fetch *f, size_t len)
{
	f->aborted = 1;
	snprintf(f->errmsg, sizeof(f->errmsg), "redirected to a URL of %zu "
	    "bytes; more than %d are refused", len, FETCH_URL_MAX);
	return 0;
}

/* 0 when the redirect this response follows leads to a URL too long to
 * keep (see FETCH_URL_MAX), else 1. */
static int
begin_response(struct fetch *f, long status)
{
	char *url = NULL;

	f->status = status;
	if (status < 200)
		return 1;
	free(f->etag);
	free(f->last_modified);
	free(f->content_type);
	f->etag = f->last_modified = f->content_type = NULL;
	f->retry_after = -1;
	/* Each response's body is capped on its own; only the last one's
	 * is parsed. */
	f->body_bytes = 0;

	/* curl has moved its effective URL to the hop being answered.  A
	 * relative Location resolved against a long URL can come out longer
	 * than the Location itself, so the resolved URL is checked too. */
	if (f->hops++ > 0) {
		curl_easy_getinfo(f->easy, CURLINFO_EFFECTIVE_URL, &url);
		if (url != NULL && strlen(url) > FETCH_URL_MAX) {
			refuse_redirect(f, strlen(url));
			return 0;
		}
		if (url != NULL && f->permanent_run) {
			free(f->moved_to);
			f->moved_to = xstrdup(url);
		}
	}
	switch (status) {
	case 301: case 308:
		break;
	case 302: case 303: case 307:
		f->permanent_run = 0;
		break;
	}
	return 1;
}

static size_t
on_header(char *line, size_t size, size_t nitems, void *arg)
{
	struct fetch *f = arg;
	size_t n = size * nitems, namelen;
	const char *v, *end;
	long status;

	end = line + n;
	while (end > line && (end[-1] == '\r' || end[-1] == '\n'))
		end--;
	if (n > 5 && !strncmp(line, "HTTP/", 5)) {
		v = memchr(line, ' ', end - line);
		if (v != NULL && end - v >= 4 && isdigit((unsigned char)v[1]) &&
		    isdigit((unsigned char)v[2]) && isdigit((unsigned char)v[3])) {
			status = (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
			if (!begin_response(f, status))
				return 0;
		}
		return n;
	}
	if ((v = memchr(line, ':', end - line)) == NULL)
		return n;
	namelen = v - line;
	for (v++; v < end && (*v == ' ' || *v == '\t'); v++)
		;
	while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
		end--;

#define IS(name) (namelen == sizeof(name) - 1 && !strncasecmp(line, name, namelen))
	if (IS("ETag"))
		set_header(&f->etag, v, end - v);
	else if (IS("Last-Modified"))
		set_header(&f->last_modified, v, end - v);
	else if (IS("Content-Type"))
		set_header(&f->content_type, v, end - v);
	/* Refused before curl follows it, rather than requested first. */
	else if (IS("Location") && f->status >= 300 && f->status <= 399 &&
	    (size_t)(end - v) > FETCH_URL_MAX)
		return refuse_redirect(f, (size_t)(end - v));
	else if (IS("Retry-After") && end - v < 64) {
		char tmp[64];

		memcpy(tmp, v, end - v);
		tmp[end - v] = '\0';
		f->retry_after = fetch_retry_after(tmp, time(NULL));
	}
#undef IS
	return n;
}

static int
on_item(struct feed_item *item, const char *hash, void *arg)
{
	struct fetch *f = arg;

	f->items++;
	if (f->item_fn(item, hash, f->arg) == -1) {
		f->aborted = 1;
		snprintf(f->errmsg, sizeof(f->errmsg), "stopped by the caller");
		return -1;
	}
	return 0;
}

/* The parser starts with the final response's body, when the URL it
 * came from (for relative links) and its Content-Type are known.  It
 * reads at most max_items items and ignores the rest. */
static void
parser_start(struct fetch *f)
{
	struct feed_parser_opts opts;
	char *url = NULL;

	if (f->job != NULL)
		return;
	curl_easy_getinfo(f->easy, CURLINFO_EFFECTIVE_URL, &url);
	memset(&opts, 0, sizeof(opts));
	opts.base_url = url != NULL ? url : f->url;
	opts.content_type = f->content_type;
	opts.max_items = f->max_items;
	opts.keys_only = f->keys_only;
	f->job = pjob_new(pool_get(), &opts, on_item, on_parsed, f);
}

static size_t
on_body(char *data, size_t size, size_t nmemb, void *arg)
{
	struct fetch *f = arg;
	size_t n = size * nmemb;
	int r;

	if (f->aborted)
		return 0;
	if (f->max_body > 0 && f->body_bytes + n > f->max_body) {
		f->body_bytes += n;
		f->too_big = 1;
		snprintf(f->errmsg, sizeof(f->errmsg),
		    "body larger than %zu bytes, transfer aborted", f->max_body);
		log_url_warnx(f->url, f->errmsg);
		return 0;
	}
	if (f->status < 200 || f->status > 299) {
		f->body_bytes += n;
		return n;
	}
	parser_start(f);
	/* curl cannot pause a file:// transfer (a local file, named so in
	 * the config), so its chunks are taken past the cap. */
	if ((r = pjob_push(f->job, data, n, !f->is_file)) == 1) {
		/* curl keeps the chunk and hands it over again on unpause. */
		f->paused = 1;
		f->pnext = paused_head;
		paused_head = f;
		return CURL_WRITEFUNC_PAUSE;
	}
	f->body_bytes += n;
	/* -1: a cap or an error ended the parse, or the item callback asked
	 * to stop; the rest of the body is not worth reading either way.
	 * feed_parser_finish() at the end of the parse tells which. */
	if (r == -1) {
		f->parse_ended = 1;
		return 0;
	}
	return n;
}

/* Both the transfer and the parse are over: report and free. */
static void
complete(struct fetch *f)
{
	struct fetch_result res;

	memset(&res, 0, sizeof(res));
	res.retry_after = -1;
	res.status = f->status;
	res.body_bytes = f->body_bytes;
	res.too_big = f->too_big;

	if (f->too_big || f->aborted)
		res.error = f->errmsg;
	else if (f->rc != CURLE_OK && !f->parse_ended) {
		res.transport_error = 1;
		snprintf(f->errmsg, sizeof(f->errmsg), "%s",
		    f->curlerr[0] ? f->curlerr : curl_easy_strerror(f->rc));
		res.error = f->errmsg;
	} else if (f->status >= 200 && f->status <= 299) {
		if (f->parse_rc == -1) {
			snprintf(f->errmsg, sizeof(f->errmsg), "not a feed: %.200s",
			    f->parse_why[0] ? f->parse_why :
			    "nothing usable found");
			res.error = f->errmsg;
		} else
			res.parsed = 1;
	} else if (f->status != 304) {
		snprintf(f->errmsg, sizeof(f->errmsg), "HTTP status %ld",
		    f->status);
		res.error = f->errmsg;
	}
	res.items = f->items;
	if (!res.transport_error) {
		res.etag = f->etag;
		res.last_modified = f->last_modified;
		res.content_type = f->content_type;
		res.retry_after = f->retry_after;
	}
	if (f->moved_to != NULL && !res.transport_error && !f->too_big &&
	    ((f->status >= 200 && f->status <= 299) || f->status == 304) &&
	    strcmp(f->moved_to, f->url) != 0)
		res.moved_to = f->moved_to;

	f->done_fn(&res, f->arg);
	fetch_free(f);
}

/* The parse job is over (its items were handed on); the pool frees it. */
static void
on_parsed(int rc, const char *why, void *arg)
{
	struct fetch *f = arg;

	f->job = NULL;
	f->parse_rc = rc;
	snprintf(f->parse_why, sizeof(f->parse_why), "%s", why ? why : "");
	if (f->transfer_done)
		complete(f);
}

static void
on_done(CURL *easy, CURLcode rc, void *arg)
{
	struct fetch *f = arg;
	long code = 0;
	int usable;

	if (!f->is_file) {
		curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
		if (code != 0)
			f->status = code;
	}
	f->rc = rc;
	f->transfer_done = 1;
	pause_remove(f);
	/* A usable 2xx body is read to its end by the parser first; with no
	 * body at all the parser still says it is not a feed.  A body cut
	 * short still hands on the items parsed before the cut, as they
	 * would have been had it been parsed on this thread. */
	usable = !f->too_big && !f->aborted &&
	    (rc == CURLE_OK || f->parse_ended) &&
	    f->status >= 200 && f->status <= 299;
	if (usable)
		parser_start(f);
	if (f->job != NULL) {
		pjob_end(f->job, usable);
		return;
	}
	complete(f);
}

static int
scheme_is_file(const char *url)
{
	return !strncasecmp(url, "file://", 7);
}

struct fetch *
fetch_start(struct loop *l, const struct fetch_req *req,
    fetch_item_fn item, fetch_done_fn done, void *arg)
{
	struct fetch *f;
	char *h;
	long stall;

	if (!url_is_http(req->url) &&
	    !(req->allow_file && scheme_is_file(req->url))) {
		log_url_warnx(req->url, "only http and https URLs are fetched");
		return NULL;
	}
	f = xcalloc(1, sizeof(*f));
	f->loop = l;
	f->item_fn = item;
	f->done_fn = done;
	f->arg = arg;
	f->url = xstrdup(req->url);
	f->is_file = scheme_is_file(req->url);
	f->max_body = req->max_body;
	f->max_items = req->max_items;
	f->keys_only = req->keys_only;
	f->permanent_run = 1;
	f->retry_after = -1;
	if (f->is_file)
		f->status = 200;
	f->easy = easy_get();

	f->headers = curl_slist_append(f->headers, accept_types);
	if (req->etag != NULL) {
		h = xasprintf("If-None-Match: %s", req->etag);
		f->headers = curl_slist_append(f->headers, h);
		free(h);
	}
	if (req->last_modified != NULL) {
		h = xasprintf("If-Modified-Since: %s", req->last_modified);
		f->headers = curl_slist_append(f->headers, h);
		free(h);
	}
	if (f->headers == NULL)
		fatalx("curl_slist_append failed");

	curl_easy_setopt(f->easy, CURLOPT_URL, f->url);
	curl_easy_setopt(f->easy, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(f->easy, CURLOPT_ERRORBUFFER, f->curlerr);
	curl_easy_setopt(f->easy, CURLOPT_PROTOCOLS_STR,
	    f->is_file ? "file" : "http,https");
	curl_easy_setopt(f->easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(f->easy, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(f->easy, CURLOPT_MAXREDIRS, 5L);
	curl_easy_setopt(f->easy, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(f->easy, CURLOPT_HTTPHEADER, f->headers);
	if (req->user_agent != NULL)
		curl_easy_setopt(f->easy, CURLOPT_USERAGENT, req->user_agent);
	if (req->connect_timeout > 0)
		curl_easy_setopt(f->easy, CURLOPT_CONNECTTIMEOUT_MS,
		    (long)(req->connect_timeout * 1000.0));
	if (req->stall_timeout > 0) {
		stall = (long)ceil(req->stall_timeout);
		curl_easy_setopt(f->easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
		curl_easy_setopt(f->easy, CURLOPT_LOW_SPEED_TIME, stall);
		curl_easy_setopt(f->easy, CURLOPT_TIMEOUT,
		    stall * 10 > TOTAL_TIMEOUT_MIN ? stall * 10 : TOTAL_TIMEOUT_MIN);
	}
	curl_easy_setopt(f->easy, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(f->easy, CURLOPT_HEADERDATA, f);
	curl_easy_setopt(f->easy, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(f->easy, CURLOPT_WRITEDATA, f);

	if (loop_add(l, f->easy, on_done, f) == -1) {
		fetch_free(f);
		return NULL;
	}
	return f;
}

void
fetch_cancel(struct fetch *f)
{
	fetch_free(f);
}
