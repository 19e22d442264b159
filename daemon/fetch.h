/*
 * One feed fetch (DESIGN.md "Polling manners"): a conditional GET on the
 * shared transfer loop whose body is pushed, chunk by chunk as it
 * arrives, into the streaming feed parser.  Items are handed to the
 * caller while the body is still coming in; the result (status,
 * validators, redirects, Retry-After) when the transfer ends.
 *
 * The fetch decides nothing about scheduling or state: it reports what
 * happened and the scheduler acts on it.
 */
#ifndef FW_FETCH_H
#define FW_FETCH_H

#include <stddef.h>
#include <time.h>

struct feed_item;
struct loop;
struct fetch;

/* The longest URL a redirect may lead to.  The target becomes the feed's
 * stored URL and goes into log lines; a server that answers with a longer
 * Location (60 KB were seen) fails the poll instead. */
#define FETCH_URL_MAX	2048

struct fetch_req {
	const char	*url;
	const char	*etag;		/* sent as If-None-Match, or NULL */
	const char	*last_modified;	/* sent as If-Modified-Since, or NULL */
	int		 allow_file;	/* url may be file:// (named so in the config) */
	const char	*user_agent;
	double		 connect_timeout;	/* seconds */
	double		 stall_timeout;		/* seconds without a byte */
	size_t		 max_body;	/* bytes after decompression, 0 = no cap */
	size_t		 max_items;	/* items read per document, 0 = the parser's default */
	/* The caller only records which items it has seen: items come with
	 * their id alone (feed_parser_opts.keys_only). */
	int		 keys_only;
};

struct fetch_result {
	long		 status;	/* final HTTP status; 200 for a file; 0 = none */
	int		 transport_error;	/* no usable response (curl failed) */
	const char	*error;		/* why the fetch failed, NULL when it did not */
	const char	*etag;		/* validators of the final response, or NULL */
	const char	*last_modified;
	const char	*content_type;
	/* The URL reached through the leading run of permanent redirects
	 * (301/308) when the final response was usable (2xx or 304); NULL
	 * when there was none.  A temporary hop ends the run, so
	 * A -301-> B -302-> C gives B.  At most FETCH_URL_MAX bytes. */
	const char	*moved_to;
	double		 retry_after;	/* seconds to wait from now, -1 = none */
	size_t		 body_bytes;	/* after decompression */
	size_t		 items;		/* items handed to the item callback */
	int		 too_big;	/* aborted past max_body */
	int		 parsed;	/* the body was read to its end as a feed */
};

/* Called for each item of a 2xx body, in document order, while the body
 * arrives (or, when it is parsed on a worker thread, soon after), with
 * its content hash (feed_item_content_hash); both are valid during the
 * call only.  Return 0 to go on, -1 to abort the transfer. */
typedef int (*fetch_item_fn)(const struct feed_item *item, const char *hash,
    void *arg);
/* Called once when the fetch ends (not after fetch_cancel).  res and its
 * strings are valid during the call only; the fetch is freed after it. */
typedef void (*fetch_done_fn)(const struct fetch_result *res, void *arg);

/* Start fetching req->url on l.  The request strings are copied.  NULL
 * (reason logged) when the URL's scheme is not allowed or curl refuses
 * the transfer; then no callback is ever called. */
struct fetch *fetch_start(struct loop *l, const struct fetch_req *req,
    fetch_item_fn item, fetch_done_fn done, void *arg);

/* Abort an unfinished fetch without calling its callbacks and free it.
 * Not from within its own item callback: with inline parsing that runs
 * inside curl's write callback, where the transfer cannot be removed. */
void fetch_cancel(struct fetch *f);

/* Parse bodies in pp (parsepool.h) from now on; NULL: inline, on the
 * calling thread (the default).  The pool must outlive every fetch. */
struct parsepool;
void fetch_set_pool(struct parsepool *pp);
/* Free the curl handles kept for later fetches (at exit, after the last
 * fetch has ended). */
void fetch_cleanup(void);

/* Parse a Retry-After value (delta seconds or HTTP date) received at now:
 * the seconds to wait, or -1 when it cannot be read.  A date in the past
 * gives 0; anything past 30 days is read as 30 days. */
double fetch_retry_after(const char *value, time_t now);

/* Bytes of a URL shown in a log line (buf_add_quoted): a URL from a feed
 * or a redirect cannot make a log line long. */
#define FETCH_LOG_URL	300

#endif
