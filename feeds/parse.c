/*
 * Front of the feed parser.  Bytes go through the decoder (feeds/encoding.c)
 * to UTF-8; the first non-blank character picks the reader: '{' means JSON
 * Feed (buffered, capped at PARSE_MAX_JSON since jansson does not stream),
 * anything else goes to the streaming XML reader (feeds/parse_xml.c), which
 * keeps one item at a time.
 */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "feeds/encoding.h"
#include "feeds/parse.h"
#include "feeds/parse_int.h"
#include "feeds/url.h"

void
feed_parser_init(void)
{
	/* libxml2 sets up its globals on first use, which two threads must
	 * not race to do; jansson picks its hash seed likewise. */
	xmlInitParser();
	json_object_seed(0);
}

struct feed_parser *
feed_parser_new(const struct feed_parser_opts *opts, feed_item_fn fn, void *arg)
{
	struct feed_parser *p = xcalloc(1, sizeof(*p));

	p->max_items = PARSE_MAX_ITEMS;
	p->max_field = PARSE_MAX_FIELD;
	if (opts) {
		if (opts->base_url)
			p->base_url = xstrdup(opts->base_url);
		if (opts->content_type)
			p->content_type = xstrdup(opts->content_type);
		if (opts->max_items)
			p->max_items = opts->max_items;
		if (opts->max_field)
			p->max_field = opts->max_field;
		p->keys_only = opts->keys_only;
	}
	p->fn = fn;
	p->arg = arg;
	p->dec = decoder_new(p->content_type);
	buf_init(&p->utf8, 0);
	buf_init(&p->json, PARSE_MAX_JSON);
	p->mode = MODE_SNIFF;
	return p;
}

void
feed_parser_free(struct feed_parser *p)
{
	if (p == NULL)
		return;
	xml_reader_free(p->xml);
	decoder_free(p->dec);
	buf_release(&p->utf8);
	buf_release(&p->json);
	feed_info_clear(&p->info);
	free(p->base_url);
	free(p->content_type);
	free(p->error);
	free(p);
}

const struct feed_info *
feed_parser_feed(const struct feed_parser *p)
{
	return &p->info;
}

const char *
feed_parser_error(const struct feed_parser *p)
{
	return p->error;
}

size_t
feed_parser_truncated(const struct feed_parser *p)
{
	return p->ntruncated;
}

static void
set_error(struct feed_parser *p, const char *msg)
{
	free(p->error);
	p->error = xstrdup(msg);
}

void
parser_bozo(struct feed_parser *p, const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	size_t n;

	if (p->info.bozo)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	n = strlen(msg);
	while (n && isspace((unsigned char)msg[n - 1]))
		msg[--n] = '\0';
	p->info.bozo = xstrdup(msg);
}

void
parser_set(char **dst, char *s)
{
	if (*dst == NULL)
		*dst = s;
	else
		free(s);
}

char *
parser_trim(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return n ? xstrndup(s, n) : NULL;
}

/* One character reference at s ("&...;"); its length, 0 when s is not one. */
static size_t
decode_ref(const char *s, struct buf *out)
{
	const htmlEntityDesc *e;
	char name[33];
	unsigned long cp;
	char *end;
	size_t n;

	if (s[1] == '#') {
		if (s[2] == 'x' || s[2] == 'X')
			cp = strtoul(s + 3, &end, 16);
		else
			cp = strtoul(s + 2, &end, 10);
		if (end == s + 2 || (end == s + 3 && s[2] != '0' &&
		    (s[2] == 'x' || s[2] == 'X')))
			return 0;
		buf_add_utf8(out, cp);
		return (size_t)(end - s) + (*end == ';');
	}
	for (n = 0; n < sizeof(name) - 1 && isalnum((unsigned char)s[1 + n]); n++)
		name[n] = s[1 + n];
	name[n] = '\0';
	if (n == 0 || s[1 + n] != ';')
		return 0;
	if ((e = htmlEntityLookup((const xmlChar *)name)) == NULL)
		return 0;
	buf_add_utf8(out, e->value);
	return n + 2;
}

char *
parser_html_to_text(const char *html)
{
	struct buf b;
	const char *s = html;
	char *text;
	size_t n;

	buf_init(&b, 0);
	while (*s) {
		if (*s == '<' && (isalpha((unsigned char)s[1]) || s[1] == '/' ||
		    s[1] == '!' || s[1] == '?')) {
			const char *gt = strchr(s, '>');

			if (gt == NULL)
				break;
			s = gt + 1;
			continue;
		}
		if (*s == '&' && (n = decode_ref(s, &b)) > 0) {
			s += n;
			continue;
		}
		buf_addch(&b, *s++);
	}
	text = parser_trim(buf_str(&b), b.len);
	buf_release(&b);
	return text;
}

char *
parser_base64(const char *s)
{
	static const char alphabet[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	struct buf b;
	unsigned long acc = 0;
	int bits = 0;
	const char *c;

	buf_init(&b, 0);
	for (; *s && *s != '='; s++) {
		if (isspace((unsigned char)*s))
			continue;
		if ((c = strchr(alphabet, *s)) == NULL) {
			buf_release(&b);
			return NULL;
		}
		acc = (acc << 6) | (unsigned long)(c - alphabet);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_addch(&b, (int)((acc >> bits) & 0xff));
		}
	}
	/* must still be text: an embedded NUL would cut it short */
	if (b.len == 0 || memchr(b.data, '\0', b.len)) {
		buf_release(&b);
		return NULL;
	}
	return buf_detach(&b, NULL);
}

/* HTML attributes holding a URL, after feedparser's list. */
static const char *const url_attrs[] = {	/* sorted */
	"a href", "applet codebase", "area href", "audio src",
	"blockquote cite", "body background", "del cite", "form action",
	"frame longdesc", "frame src", "head profile", "iframe longdesc",
	"iframe src", "img longdesc", "img src", "img usemap", "input src",
	"input usemap", "ins cite", "link href", "object classid",
	"object codebase", "object data", "object usemap", "q cite",
	"script src", "source src", "video poster", "video src",
};

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(a, *(const char *const *)b);
}

static size_t
span_name(const char *s)
{
	size_t n = 0;

	while (s[n] && !isspace((unsigned char)s[n]) && s[n] != '=' &&
	    s[n] != '>' && s[n] != '/' && s[n] != '<')
		n++;
	return n;
}

char *
parser_resolve_html(const char *html, const char *base)
{
	struct buf out;
	const char *s = html, *lt, *v, *ve;
	char tag[16], key[48], *val, *abs;
	size_t n, an;
	int changed = 0;
	char q;

	if (base == NULL || strchr(html, '<') == NULL)
		return NULL;
	buf_init(&out, 0);
	while ((lt = strchr(s, '<')) != NULL) {
		buf_add(&out, s, (size_t)(lt - s));
		s = lt + 1;
		buf_addch(&out, '<');
		if (!isalpha((unsigned char)*s))
			continue;
		n = span_name(s);
		snprintf(tag, sizeof(tag), "%.*s", (int)n, s);
		for (an = 0; tag[an]; an++)
			tag[an] = (char)tolower((unsigned char)tag[an]);
		buf_add(&out, s, n);
		s += n;
		for (;;) {
			while (isspace((unsigned char)*s) || *s == '/')
				buf_addch(&out, *s++);
			if (*s == '\0' || *s == '>' || *s == '<')
				break;
			an = span_name(s);
			if (an == 0) {
				buf_addch(&out, *s++);
				continue;
			}
			snprintf(key, sizeof(key), "%s %.*s", tag, (int)an, s);
			buf_add(&out, s, an);
			s += an;
			while (isspace((unsigned char)*s))
				buf_addch(&out, *s++);
			if (*s != '=')
				continue;
			buf_addch(&out, *s++);
			while (isspace((unsigned char)*s))
				buf_addch(&out, *s++);
			q = (*s == '"' || *s == '\'') ? *s : 0;
			v = q ? s + 1 : s;
			if (q)
				ve = strchr(v, q);
			else
				for (ve = v; *ve && !isspace((unsigned char)*ve) &&
				    *ve != '>'; ve++)
					;
			if (ve == NULL)
				ve = v + strlen(v);
			for (an = 0; key[an]; an++)
				key[an] = (char)tolower((unsigned char)key[an]);
			abs = NULL;
			if (bsearch(key, url_attrs, sizeof(url_attrs) /
			    sizeof(url_attrs[0]), sizeof(url_attrs[0]), str_cmp)) {
				val = parser_trim(v, (size_t)(ve - v));
				if (val && strchr(val, q ? q : '"') == NULL)
					abs = url_resolve(base, val);
				free(val);
			}
			if (abs && (size_t)(ve - v) == strlen(abs) &&
			    !memcmp(abs, v, strlen(abs))) {
				free(abs);
				abs = NULL;
			}
			if (q)
				buf_addch(&out, q);
			if (abs) {
				buf_addstr(&out, abs);
				changed = 1;
				free(abs);
			} else {
				buf_add(&out, v, (size_t)(ve - v));
			}
			s = ve;
			if (q && *s == q)
				buf_addch(&out, *s++);
		}
	}
	buf_addstr(&out, s);
	if (!changed) {
		buf_release(&out);
		return NULL;
	}
	return buf_detach(&out, NULL);
}

void
parser_add_category(struct feed_item *it, const char *term)
{
	if (term == NULL || *term == '\0' ||
	    it->ncategories >= PARSE_MAX_CATEGORIES)
		return;
	it->categories = xreallocarray(it->categories, it->ncategories + 1,
	    sizeof(*it->categories));
	it->categories[it->ncategories++] = xstrdup(term);
}

void
parser_add_enclosure(struct feed_item *it, char *url, const char *type,
    const char *length)
{
	struct feed_enclosure *e;
	char *end;
	size_t i;

	if (url == NULL)
		return;
	for (i = 0; i < it->nenclosures; i++)
		if (!strcmp(it->enclosures[i].url, url))
			break;
	if (i < it->nenclosures || it->nenclosures >= PARSE_MAX_ENCLOSURES) {
		free(url);
		return;
	}
	it->enclosures = xreallocarray(it->enclosures, it->nenclosures + 1,
	    sizeof(*it->enclosures));
	e = &it->enclosures[it->nenclosures++];
	e->url = url;
	e->type = type && *type ? xstrdup(type) : NULL;
	e->length = -1;
	if (length && *length) {
		long long v = strtoll(length, &end, 10);

		if (end != length && v >= 0)
			e->length = v;
	}
}

int
parser_emit(struct feed_parser *p, struct feed_item *it)
{
	int r = 0;

	if (p->stopped)
		goto out;
	if (p->nitems >= p->max_items) {
		parser_bozo(p, "more than %zu items, the rest ignored",
		    p->max_items);
		r = 1;
		goto out;
	}
	p->nitems++;
	it->id = feed_item_take_id(it->id, it->link, it->title, it->summary);
	if (p->fn && p->fn(it, p->arg) == -1) {
		p->stopped = 1;
		set_error(p, "stopped by the item callback");
		r = -1;
	}
out:
	feed_item_clear(it);
	memset(it, 0, sizeof(*it));
	return p->stopped ? -1 : r;
}

/* Hand decoded text to the reader the document turned out to need. */
static int
consume(struct feed_parser *p, const char *s, size_t n, int final)
{
	size_t i;
	int r = 0;

	if (p->mode == MODE_SNIFF) {
		for (i = 0; i < n && isspace((unsigned char)s[i]); i++)
			;
		if (i == n && !final) {
			if (s != p->utf8.data)	/* text straight from the chunk */
				buf_add(&p->utf8, s, n);
			return 0;
		}
		if (i < n && (s[i] == '{' || s[i] == '[')) {
			p->mode = MODE_JSON;
		} else {
			p->mode = MODE_XML;
			p->xml = xml_reader_new(p);
		}
	}
	if (p->mode == MODE_JSON) {
		if (buf_add(&p->json, s, n) == -1) {
			set_error(p, "JSON feed larger than the JSON size cap");
			r = -1;
		}
	} else {
		r = xml_reader_push(p->xml, s, n, final);
	}
	buf_reset(&p->utf8);
	return r;
}

static void
note_encoding(struct feed_parser *p)
{
	const char *enc, *why;

	if (p->info.encoding == NULL && (enc = decoder_encoding(p->dec)))
		p->info.encoding = xstrdup(enc);
	if ((why = decoder_bozo(p->dec)) != NULL)
		parser_bozo(p, "%s", why);
}

int
feed_parser_push(struct feed_parser *p, const char *chunk, size_t len)
{
	const char *text;
	size_t n;

	if (p->stopped || p->error)
		return -1;
	text = decoder_push(p->dec, chunk, len, &p->utf8, &n);
	note_encoding(p);
	if (n == 0)
		return 0;
	return consume(p, text, n, 0);
}

int
feed_parser_finish(struct feed_parser *p)
{
	if (p->stopped)
		return -1;
	if (p->error)
		return -1;
	decoder_finish(p->dec, &p->utf8);
	note_encoding(p);
	if (consume(p, buf_str(&p->utf8), p->utf8.len, 1) == -1)
		return -1;
	if (p->mode == MODE_JSON &&
	    json_feed_parse(p, p->json.data ? p->json.data : "", p->json.len) == -1) {
		/* Say where the JSON broke (the bozo), not only that it
		 * did: a feed cut short reads the same as one that never
		 * was JSON otherwise. */
		if (p->info.bozo != NULL) {
			char *msg = xasprintf("not a JSON feed: %s",
			    p->info.bozo);

			set_error(p, msg);
			free(msg);
		} else
			set_error(p, "not a JSON feed");
		return -1;
	}
	if (!p->seen_root) {
		if (p->info.bozo == NULL)
			parser_bozo(p, "empty document");
		set_error(p, p->mode == MODE_XML ? "not a feed (no RSS, RDF or "
		    "Atom root element)" : "not a feed");
		return -1;
	}
	return 0;
}
