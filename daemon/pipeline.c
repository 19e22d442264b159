/*
 * A new item is alerted on, then logged once its transaction commits:
 * the log lines wait in one buffer, NUL-separated.  Everything in a log
 * line comes from the feed, so it is quoted and control characters are
 * escaped: a title must not be able to forge a second log line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/output.h"
#include "daemon/pipeline.h"
#include "feeds/feed.h"

/* Bytes of a field shown in the log; longer ones end in "...". */
#define FIELD_MAX	300

struct pipeline {
	size_t	 count;
	struct buf line;
	struct buf pending;	/* log lines of items not yet committed */
	size_t	 npending;
	int	 kick;		/* alerts were queued with them */
	struct alerting		*al;
	struct outbox		*out;
	const struct config	*cfg;
};

struct pipeline *
pipeline_new(void)
{
	struct pipeline *p;

	p = xcalloc(1, sizeof(*p));
	buf_init(&p->line, 0);
	buf_init(&p->pending, 0);
	return p;
}

void
pipeline_free(struct pipeline *p)
{
	if (p == NULL)
		return;
	buf_release(&p->line);
	buf_release(&p->pending);
	free(p);
}

void
pipeline_set_alerting(struct pipeline *p, struct alerting *al,
    struct outbox *out, const struct config *cfg)
{
	p->al = al;
	p->out = out;
	p->cfg = cfg;
}

int
pipeline_new_item(struct pipeline *p, const struct feed_cfg *feed,
    const struct feed_item *item)
{
	struct buf *b = &p->line;
	int queued;

	buf_reset(b);
	buf_addstr(b, "new item: feed=");
	buf_add_quoted(b, feed->name, FIELD_MAX);
	buf_addstr(b, " title=");
	buf_add_quoted(b, item->title, FIELD_MAX);
	buf_addstr(b, " link=");
	buf_add_quoted(b, item->link, FIELD_MAX);
	buf_addstr(b, " id=");
	buf_add_quoted(b, item->id, FIELD_MAX);
	buf_add(&p->pending, b->data, b->len + 1);
	p->npending++;
	if (p->al == NULL)
		return 0;
	if ((queued = alerting_item(p->al, p->cfg, feed, item, time(NULL))) > 0)
		p->kick = 1;
	return queued == -1 ? -1 : 0;
}

void
pipeline_settle(struct pipeline *p, int committed)
{
	const char *line, *end;

	if (p->al != NULL)
		alerting_settle(p->al, committed);
	if (p->npending == 0)
		goto out;
	if (!committed) {
		log_warnx("%zu new items were not recorded; the next poll"
		    " handles them again", p->npending);
		goto out;
	}
	line = p->pending.data;
	end = line + p->pending.len;
	for (; line < end; line += strlen(line) + 1)
		log_info("%s", line);
	p->count += p->npending;
	if (p->kick && p->out != NULL)
		outbox_kick_committed(p->out);
out:
	buf_reset(&p->pending);
	p->npending = 0;
	p->kick = 0;
}

size_t
pipeline_count(const struct pipeline *p)
{
	return p->count;
}
