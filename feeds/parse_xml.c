/*
 * RSS, RDF and Atom over libxml2's push parser with SAX2 callbacks.
 *
 * DESIGN
 * The reader keeps no tree.  Element names are mapped to a tag through a
 * sorted table keyed "prefix:local", where the prefix is fixed per
 * namespace URI; the core RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 namespaces all
 * map to the empty prefix, so one table serves every format (as feedparser
 * does) and the element's attributes tell the variants apart (an Atom link
 * has href, an RSS link has text).  Text of the one element being read is
 * collected in a buffer capped at max_field; elements nested inside it are
 * serialised back to markup (inline XHTML).  A finished item goes to the
 * callback and is freed, so memory follows the item, not the document.
 *
 * Safety: no DTD is loaded and entities declared in the document are
 * never expanded: there is no getEntity handler, and libxml2 only falls back
 * to its own entity table when userData is the context (it is the reader
 * here), nor is XML_PARSE_NOENT set, so neither billion
 * laughs nor external entities can do anything.  XML_PARSE_HUGE stays off,
 * keeping libxml2's limits on names and text nodes; the push parser does
 * not bound depth, so on_start stops past PARSE_MAX_DEPTH.  HTML named entities, which
 * RSS feeds use without declaring, are rewritten to character references
 * before libxml2 sees the text.  XML_PARSE_RECOVER keeps reading after a
 * well-formedness error; the first error becomes the feed's bozo reason.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/dict.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/utf8.h"
#include "common/xmalloc.h"
#include "feeds/date.h"
#include "feeds/parse_int.h"
#include "feeds/url.h"

enum tag {
	T_NONE, T_ALT_DESCRIPTION, T_ALT_TITLE, T_AUTHOR, T_BODY, T_CATEGORY, T_CHANNEL, T_CONTENT, T_CREATOR,
	T_DESCRIPTION, T_EMAIL, T_ENCLOSURE, T_ENCODED, T_ENTRY, T_FEED,
	T_GUID, T_ID, T_ITEM, T_ITUNES_CATEGORY, T_LANGUAGE, T_LINK, T_MEDIA_CONTENT, T_NAME,
	T_PUBDATE, T_PUBLISHED, T_RDF, T_SKIP, T_SUBJECT, T_SUBTITLE,
	T_SUMMARY, T_TITLE, T_UPDATED, T_URI,
};

static const struct elem {
	const char *name;
	enum tag tag;
} elems[] = {	/* sorted by name (strcasecmp) */
	{ ":author",		T_AUTHOR },
	{ ":body",		T_BODY },
	{ ":category",		T_CATEGORY },
	{ ":channel",		T_CHANNEL },
	{ ":content",		T_CONTENT },
	{ ":contributor",	T_SKIP },
	{ ":created",		T_PUBLISHED },
	{ ":description",	T_DESCRIPTION },
	{ ":email",		T_EMAIL },
	{ ":enclosure",		T_ENCLOSURE },
	{ ":entry",		T_ENTRY },
	{ ":feed",		T_FEED },
	{ ":fullitem",		T_ENCODED },
	{ ":guid",		T_GUID },
	{ ":id",		T_ID },
	{ ":image",		T_SKIP },
	{ ":issued",		T_PUBLISHED },
	{ ":item",		T_ITEM },
	{ ":language",		T_LANGUAGE },
	{ ":lastBuildDate",	T_UPDATED },
	{ ":link",		T_LINK },
	{ ":modified",		T_UPDATED },
	{ ":name",		T_NAME },
	{ ":pubDate",		T_PUBDATE },
	{ ":published",		T_PUBLISHED },
	{ ":source",		T_SKIP },
	{ ":subtitle",		T_SUBTITLE },
	{ ":summary",		T_SUMMARY },
	{ ":tagline",		T_SUBTITLE },
	{ ":textinput",		T_SKIP },
	{ ":title",		T_TITLE },
	{ ":updated",		T_UPDATED },
	{ ":uri",		T_URI },
	{ ":url",		T_URI },
	{ "content:encoded",	T_ENCODED },
	{ "dc:author",		T_CREATOR },
	{ "dc:creator",		T_CREATOR },
	{ "dc:date",		T_UPDATED },
	{ "dc:description",	T_ALT_DESCRIPTION },
	{ "dc:language",	T_LANGUAGE },
	{ "dc:subject",		T_SUBJECT },
	{ "dc:title",		T_ALT_TITLE },
	{ "dcterms:created",	T_PUBLISHED },
	{ "dcterms:issued",	T_PUBLISHED },
	{ "dcterms:modified",	T_UPDATED },
	{ "itunes:author",	T_CREATOR },
	{ "itunes:category",	T_ITUNES_CATEGORY },
	{ "itunes:owner",	T_SKIP },
	{ "itunes:subtitle",	T_SUBTITLE },
	{ "itunes:summary",	T_SUMMARY },
	{ "media:category",	T_SUBJECT },
	{ "media:content",	T_MEDIA_CONTENT },
	{ "media:description",	T_ALT_DESCRIPTION },
	{ "media:title",	T_ALT_TITLE },
	{ "rdf:RDF",		T_RDF },
	{ "xhtml:body",		T_BODY },
};

static const struct ns {
	const char *uri;
	const char *prefix;
} nss[] = {	/* sorted by uri (strcasecmp) */
	{ "http://backend.userland.com/rss",				"" },
	{ "http://backend.userland.com/rss2",				"" },
	{ "http://blogs.law.harvard.edu/tech/rss",			"" },
	{ "http://my.netscape.com/rdf/simple/0.9/",			"" },
	{ "http://purl.org/atom/ns#",					"" },
	{ "http://purl.org/dc/elements/1.1/",				"dc" },
	{ "http://purl.org/dc/terms/",					"dcterms" },
	{ "http://purl.org/net/rss1.1#",				"" },
	{ "http://purl.org/rss/1.0/",					"" },
	{ "http://purl.org/rss/1.0/modules/content/",			"content" },
	{ "http://search.yahoo.com/mrss",				"media" },
	{ "http://search.yahoo.com/mrss/",				"media" },
	{ "http://www.itunes.com/dtds/podcast-1.0.dtd",		"itunes" },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#",		"rdf" },
	{ "http://www.w3.org/1999/xhtml",				"xhtml" },
	{ "http://www.w3.org/2005/Atom",				"" },
};

#define NS_ATOM10	"http://www.w3.org/2005/Atom"
#define NS_ATOM03	"http://purl.org/atom/ns#"
#define NS_RSS090	"http://my.netscape.com/rdf/simple/0.9/"
#define NS_XML		"http://www.w3.org/XML/1998/namespace"
#define NS_RDF		"http://www.w3.org/1999/02/22-rdf-syntax-ns#"

enum ttype { TT_TEXT, TT_HTML, TT_XHTML };

struct frame {
	char	*base;		/* xml:base in effect */
	int	 own_base;
};

#define TAG_CACHE	128

struct tag_cache {
	const xmlChar *local;
	const xmlChar *uri;
	int	 prefixed;
	enum tag tag;
};

struct xml_reader {
	struct feed_parser *p;
	struct tag_cache cache[TAG_CACHE];
	size_t	 ncached;
	xmlParserCtxtPtr ctxt;
	xmlSAXHandler sax;
	struct buf in;		/* text with HTML entities rewritten */
	struct buf held;	/* an entity reference cut by the chunk end */

	int	 depth;
	struct frame frames[PARSE_MAX_DEPTH + 2];
	int	 root;		/* the root element was seen */
	int	 channel_depth;
	int	 item_depth;
	int	 skip_depth;
	int	 is_atom;
	char	*lang;		/* xml:lang of the feed element */
	char	*feed_pubdate;

	struct feed_item item;
	char	*guid_link;
	int	 title_weak, summary_weak;	/* see set_weak */
	int	 feed_title_weak, feed_desc_weak;

	/* the element whose text is being collected */
	int	 cap_depth;
	enum tag cap_tag;
	enum ttype cap_type;
	int	 cap_rss;	/* no type attribute: RSS semantics */
	int	 cap_b64;	/* base64-encoded text */
	int	 cap_div;	/* Atom 1.0 xhtml: drop the wrapper div */
	int	 cap_permalink;
	int	 cap_div_depth;	/* the xhtml wrapper div, not serialised */
	size_t	 cap_open_end;	/* cap.len after the last start tag */
	int	 cap_open_depth;
	struct buf cap;
	int	 cap_trunc;

	/* an Atom person construct */
	int	 author_depth;
	int	 person;
	char	*pname, *pemail;
};

/* Names and namespace URIs match regardless of case, as in feedparser:
 * feeds write <pubdate>, <TITLE> and the iTunes URI in either case. */
static int
elem_cmp(const void *key, const void *e)
{
	return strcasecmp(key, ((const struct elem *)e)->name);
}

static int
ns_cmp(const void *key, const void *e)
{
	return strcasecmp(key, ((const struct ns *)e)->uri);
}

static enum tag
lookup_tag_slow(const xmlChar *uri, const xmlChar *prefix_used,
    const xmlChar *local)
{
	const struct ns *n;
	const struct elem *e;
	const char *prefix = "";
	char key[128];
	size_t pn, ln;

	if (uri) {
		n = bsearch(uri, nss, sizeof(nss) / sizeof(nss[0]),
		    sizeof(nss[0]), ns_cmp);
		/* An unknown default namespace is read as the core one
		 * (feeds invent their own RSS namespaces); an unknown
		 * prefixed one is an extension we do not read. */
		if (n == NULL && prefix_used)
			return T_NONE;
		prefix = n ? n->prefix : "";
	}
	pn = strlen(prefix);
	ln = strlen((const char *)local);
	if (pn + ln + 2 > sizeof(key))
		return T_NONE;
	memcpy(key, prefix, pn);
	key[pn] = ':';
	memcpy(key + pn + 1, local, ln + 1);
	e = bsearch(key, elems, sizeof(elems) / sizeof(elems[0]),
	    sizeof(elems[0]), elem_cmp);
	return e ? e->tag : T_NONE;
}

/*
 * libxml2 interns names in the parser's dictionary, so the same element
 * always comes with the same local-name and URI pointers: a table keyed by
 * those pointers spares the string work for every element but the first
 * of each name in a document.  Open addressing with linear probing, so two
 * names never evict each other (a direct-mapped cache on the pointer bits
 * did: names sit a few bytes apart in the dictionary, and <title> and
 * <link> alternating in one slot missed on most elements); when it fills
 * up it starts over, which only costs lookups again.
 */
static size_t
tag_slot(const xmlChar *uri, const xmlChar *local, int prefixed)
{
	uint64_t h;

	h = ((uint64_t)(uintptr_t)local ^ ((uint64_t)(uintptr_t)uri << 1) ^
	    (uint64_t)prefixed) * 0x9e3779b97f4a7c15ULL;
	return (size_t)(h >> 32) % TAG_CACHE;
}

static enum tag
lookup_tag(struct xml_reader *x, const xmlChar *uri,
    const xmlChar *prefix_used, const xmlChar *local)
{
	struct tag_cache *c;
	int prefixed = prefix_used != NULL;
	size_t i;

	for (i = tag_slot(uri, local, prefixed);; i = (i + 1) % TAG_CACHE) {
		c = &x->cache[i];
		if (c->local == NULL)
			break;
		if (c->local == local && c->uri == uri && c->prefixed == prefixed)
			return c->tag;
	}
	if (x->ncached >= TAG_CACHE * 3 / 4) {
		memset(x->cache, 0, sizeof(x->cache));
		x->ncached = 0;
		for (i = tag_slot(uri, local, prefixed);
		    x->cache[i].local != NULL; i = (i + 1) % TAG_CACHE)
			;
		c = &x->cache[i];
	}
	x->ncached++;
	c->local = local;
	c->uri = uri;
	c->prefixed = prefixed;
	c->tag = lookup_tag_slow(uri, prefix_used, local);
	return c->tag;
}

/*
 * An attribute value as libxml2 hands it over.  Without entity
 * substitution it writes every '&' in an attribute as "&#38;" (for a later
 * tree builder to re-parse); nothing else produces that sequence, so it is
 * turned back into '&' here.  New string.
 */
static char *
attr_value(const xmlChar **a)
{
	const char *s = (const char *)a[3], *end = (const char *)a[4], *amp;
	struct buf b;

	if ((amp = memmem(s, (size_t)(end - s), "&#38;", 5)) == NULL)
		return xstrndup(s, (size_t)(end - s));
	buf_init(&b, 0);
	for (; amp != NULL; amp = memmem(s, (size_t)(end - s), "&#38;", 5)) {
		buf_add(&b, s, (size_t)(amp - s));
		buf_addch(&b, '&');
		s = amp + 5;
	}
	buf_add(&b, s, (size_t)(end - s));
	return buf_detach(&b, NULL);
}

/* Value of attribute `name` (in namespace uri, or none); new string. */
static char *
attr_get(const xmlChar **attrs, int nb, const char *name, const char *uri)
{
	int i;

	for (i = 0; i < nb; i++, attrs += 5) {
		if (strcmp((const char *)attrs[0], name))
			continue;
		if (uri ? (attrs[2] == NULL || strcmp((const char *)attrs[2], uri))
		    : attrs[2] != NULL)
			continue;
		return attr_value(attrs);
	}
	return NULL;
}

/* Attribute `name` (in no namespace) is there and its value is `value`,
 * ignoring case, as attr_get() would return it; nothing is copied.  A
 * value is told apart before it is decoded: the "&#38;" that decoding
 * turns into '&' is in no value this is asked about. */
static int
attr_is(const xmlChar **attrs, int nb, const char *name, const char *value)
{
	size_t n = strlen(value);
	int i;

	for (i = 0; i < nb; i++, attrs += 5) {
		if (strcmp((const char *)attrs[0], name) || attrs[2] != NULL)
			continue;
		return (size_t)(attrs[4] - attrs[3]) == n &&
		    strncasecmp((const char *)attrs[3], value, n) == 0;
	}
	return 0;
}

static const char *
cur_base(const struct xml_reader *x)
{
	int d = x->depth < PARSE_MAX_DEPTH ? x->depth : PARSE_MAX_DEPTH;

	return x->frames[d].base;
}

/* ref resolved against the base in effect; NULL when ref is NULL or
 * blank.  url_resolve() trims the white space itself. */
static char *
resolve(const struct xml_reader *x, const char *ref)
{
	const char *s = ref;

	if (s == NULL)
		return NULL;
	while (isspace((unsigned char)*s))
		s++;
	return *s ? url_resolve(cur_base(x), ref) : NULL;
}

static void
cap_add(struct xml_reader *x, const char *s, size_t n)
{
	if (x->cap_trunc)
		return;
	if (buf_add(&x->cap, s, n) == -1) {
		size_t room = x->cap.limit - x->cap.len;

		/* keep what fits, cut at a character boundary */
		if (room < n)
			room = utf8_cut(s, room);
		buf_add(&x->cap, s, room);
		x->cap_trunc = 1;
		x->p->ntruncated++;
	}
}

static void
cap_add_escaped(struct xml_reader *x, const char *s, size_t n, int attr)
{
	size_t i, start = 0;
	const char *rep;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '&':
			rep = "&amp;";
			break;
		case '"':
			rep = attr ? "&quot;" : NULL;
			break;
		default:
			rep = NULL;
		}
		if (rep == NULL)
			continue;
		cap_add(x, s + start, i - start);
		cap_add(x, rep, strlen(rep));
		start = i + 1;
	}
	cap_add(x, s + start, n - start);
}

/*
 * How an element's text is to be read: Atom 1.0 type="text|html|xhtml",
 * Atom 0.3 MIME types with mode="escaped|xml|base64", and for RSS
 * (no attributes) HTML in descriptions and text elsewhere.  Atom 1.0
 * text construct with any other MIME type is base64 (RFC 4287 4.1.3.3).
 */
static enum ttype
text_type(struct xml_reader *x, const xmlChar **attrs, int nb, enum tag tag)
{
	char *type = attr_get(attrs, nb, "type", NULL);
	char *mode = attr_get(attrs, nb, "mode", NULL);
	enum ttype t;

	x->cap_rss = type == NULL && mode == NULL;
	x->cap_b64 = 0;
	x->cap_div = type && !strcmp(type, "xhtml");
	if (type == NULL)
		t = (tag == T_DESCRIPTION || tag == T_ENCODED) ? TT_HTML :
		    tag == T_BODY ? TT_XHTML : TT_TEXT;
	else if (!strcmp(type, "html") || !strcmp(type, "text/html"))
		t = TT_HTML;
	else if (!strcmp(type, "xhtml") || !strcmp(type, "application/xhtml+xml"))
		t = TT_XHTML;
	else {
		t = TT_TEXT;
		if (strchr(type, '/') &&
		    strncmp(type, "text/", 5) && !strstr(type, "xml") &&
		    mode == NULL)
			x->cap_b64 = 1;
	}
	if (mode && !strcmp(mode, "escaped") && t == TT_XHTML)
		t = TT_HTML;
	else if (mode && !strcmp(mode, "xml") && t == TT_HTML)
		t = TT_XHTML;
	else if (mode && !strcmp(mode, "base64"))
		x->cap_b64 = 1;
	free(type);
	free(mode);
	return t;
}

static void
cap_begin(struct xml_reader *x, enum tag tag, const xmlChar **attrs, int nb)
{
	x->cap_depth = x->depth;
	x->cap_tag = tag;
	x->cap_type = text_type(x, attrs, nb, tag);
	x->cap_div_depth = -1;
	x->cap_open_depth = -1;
	x->cap_trunc = 0;
	/* Most items have a guid, and many say isPermaLink="false". */
	x->cap_permalink = !(tag == T_GUID &&
	    attr_is(attrs, nb, "isPermaLink", "false"));
	buf_reset(&x->cap);
}

/* Only white space collected so far. */
static int
cap_blank(const struct xml_reader *x)
{
	size_t i;

	for (i = 0; i < x->cap.len; i++)
		if (!isspace((unsigned char)x->cap.data[i]))
			return 0;
	return 1;
}

static void
cap_child_start(struct xml_reader *x, const xmlChar *local,
    const xmlChar *uri, const xmlChar **attrs, int nb)
{
	char *v;
	int i;

	if (x->cap_div && x->depth == x->cap_depth + 1 &&
	    x->cap_div_depth == -1 && !strcmp((const char *)local, "div") &&
	    uri && !strcmp((const char *)uri, "http://www.w3.org/1999/xhtml") &&
	    cap_blank(x)) {
		x->cap_div_depth = x->depth;
		buf_reset(&x->cap);
		return;
	}
	cap_add(x, "<", 1);
	cap_add(x, (const char *)local, strlen((const char *)local));
	for (i = 0; i < nb; i++, attrs += 5) {
		cap_add(x, " ", 1);
		if (attrs[1]) {
			cap_add(x, (const char *)attrs[1], strlen((const char *)attrs[1]));
			cap_add(x, ":", 1);
		}
		cap_add(x, (const char *)attrs[0], strlen((const char *)attrs[0]));
		cap_add(x, "=\"", 2);
		v = attr_value(attrs);
		cap_add_escaped(x, v, strlen(v), 1);
		free(v);
		cap_add(x, "\"", 1);
	}
	cap_add(x, ">", 1);
	x->cap_open_end = x->cap.len;
	x->cap_open_depth = x->depth;
}

static void
cap_child_end(struct xml_reader *x, const xmlChar *local)
{
	if (x->depth == x->cap_div_depth) {
		x->cap_div_depth = -2;	/* only the first div is a wrapper */
		return;
	}
	if (x->cap_open_depth == x->depth && x->cap.len == x->cap_open_end &&
	    !x->cap_trunc) {
		x->cap.len--;
		x->cap.data[x->cap.len] = '\0';
		cap_add(x, " />", 3);
		x->cap_open_depth = -1;
		return;
	}
	x->cap_open_depth = -1;
	cap_add(x, "</", 2);
	cap_add(x, (const char *)local, strlen((const char *)local));
	cap_add(x, ">", 1);
}

/* An HTML tag in a field RSS declares as plain text. */
static int
looks_like_html(const char *s)
{
	for (; (s = strchr(s, '<')) != NULL; s++)
		if (isalpha((unsigned char)s[1]) || s[1] == '/')
			return 1;
	return 0;
}

/* A later date element of the same kind replaces an earlier one, as in
 * feedparser (Atom 0.3 issued, then published). */
static void
set_date(char **dst, const char *text)
{
	char *d;

	if (text && (d = date_normalize(text)) != NULL) {
		free(*dst);
		*dst = d;
	}
}

static void
apply_feed_defaults(struct xml_reader *x)
{
	struct feed_info *f = &x->p->info;
	char *t;

	if (f->language == NULL && x->lang) {
		f->language = xstrdup(x->lang);
		for (t = f->language; *t; t++)
			if (*t == '_')
				*t = '-';
	}
	if (f->updated == NULL && x->feed_pubdate)
		f->updated = xstrdup(x->feed_pubdate);
}

/*
 * Extension elements (dc:title, media:title, media:description) fill a
 * field only until the core element (title, description) shows up, in
 * whatever order they come.
 */
static void
set_weak(char **dst, char *text, int *weak, int is_weak)
{
	if (*dst == NULL || (*weak && !is_weak)) {
		free(*dst);
		*dst = text;
		*weak = is_weak;
	} else {
		free(text);
	}
}

static void
cap_end(struct xml_reader *x)
{
	struct feed_info *f = &x->p->info;
	struct feed_item *it = &x->item;
	int in_item = x->item_depth >= 0, weak;
	char *text = parser_trim(buf_str(&x->cap), x->cap.len), *t;

	x->cap_depth = -1;
	if (text && x->cap_b64) {
		t = parser_base64(text);
		free(text);
		text = t;
		if (text && looks_like_html(text))
			x->cap_type = TT_HTML;
	}
	if (text && x->cap_type != TT_TEXT && x->cap_tag != T_TITLE &&
	    x->cap_tag != T_ALT_TITLE &&
	    (t = parser_resolve_html(text, cur_base(x))) != NULL) {
		free(text);
		text = t;
	}
	if (text && (x->cap_tag == T_TITLE || x->cap_tag == T_ALT_TITLE) &&
	    (x->cap_type != TT_TEXT ||
	    (x->cap_rss && looks_like_html(text)))) {
		t = parser_html_to_text(text);
		free(text);
		text = t;
	}
	if (text == NULL)
		return;
	switch (x->cap_tag) {
	case T_TITLE:
	case T_ALT_TITLE:
		set_weak(in_item ? &it->title : &f->title, text,
		    in_item ? &x->title_weak : &x->feed_title_weak,
		    x->cap_tag == T_ALT_TITLE);
		return;
	case T_LINK:
		parser_set(in_item ? &it->link : &f->link, resolve(x, text));
		break;
	case T_DESCRIPTION:
	case T_SUMMARY:
	case T_SUBTITLE:
	case T_ALT_DESCRIPTION:
		weak = x->cap_tag == T_ALT_DESCRIPTION;
		if (!in_item)
			set_weak(&f->description, text, &x->feed_desc_weak, weak);
		else if (it->summary == NULL || (x->summary_weak && !weak))
			set_weak(&it->summary, text, &x->summary_weak, weak);
		else if (!weak)	/* a second summary is content (feedparser) */
			parser_set(&it->content, text);
		else
			free(text);
		return;
	case T_CONTENT:
	case T_ENCODED:
	case T_BODY:
		if (in_item) {
			parser_set(&it->content, text);
			return;
		}
		break;
	case T_GUID:
		if (x->cap_permalink && x->guid_link == NULL &&
		    strstr(text, "://"))
			x->guid_link = resolve(x, text);
		/* FALLTHROUGH */
	case T_ID:
		parser_set(in_item ? &it->id : &f->id, text);
		return;
	case T_PUBDATE:
		if (!in_item) {
			set_date(&x->feed_pubdate, text);
			break;
		}
		/* FALLTHROUGH */
	case T_PUBLISHED:
		set_date(in_item ? &it->published : &x->feed_pubdate, text);
		break;
	case T_UPDATED:
		set_date(in_item ? &it->updated : &f->updated, text);
		break;
	case T_AUTHOR:
	case T_CREATOR:
		if (in_item && !x->p->keys_only) {
			parser_set(&it->author, text);
			return;
		}
		break;
	case T_CATEGORY:
	case T_SUBJECT:
		if (in_item)
			parser_add_category(it, text);
		break;
	case T_LANGUAGE:
		if (!in_item) {
			for (t = text; *t; t++)
				if (*t == '_')
					*t = '-';
			parser_set(&f->language, text);
			return;
		}
		break;
	case T_NAME:
		parser_set(&x->pname, text);
		return;
	case T_EMAIL:
		parser_set(&x->pemail, text);
		return;
	default:
		break;
	}
	free(text);
}

static void
atom_link(struct xml_reader *x, const xmlChar **attrs, int nb, char *href)
{
	char *rel = attr_get(attrs, nb, "rel", NULL);
	char *type = attr_get(attrs, nb, "type", NULL);
	char *length = attr_get(attrs, nb, "length", NULL);
	char *url = resolve(x, href);
	int in_item = x->item_depth >= 0;

	if (url == NULL)
		goto out;
	if (rel == NULL || !strcmp(rel, "alternate")) {
		if (in_item && x->item.link == NULL)
			x->item.link = url, url = NULL;
		else if (!in_item && x->p->info.link == NULL)
			x->p->info.link = url, url = NULL;
	} else if (!strcmp(rel, "enclosure") && in_item && !x->p->keys_only) {
		parser_add_enclosure(&x->item, url, type, length);
		url = NULL;
	}
out:
	free(url);
	free(rel);
	free(type);
	free(length);
}

static void
item_begin(struct xml_reader *x)
{
	apply_feed_defaults(x);
	feed_item_clear(&x->item);
	memset(&x->item, 0, sizeof(x->item));
	free(x->guid_link);
	x->guid_link = NULL;
	x->title_weak = x->summary_weak = 0;
	x->item_depth = x->depth;
}

static void
item_end(struct xml_reader *x)
{
	struct feed_item *it = &x->item;

	x->item_depth = -1;
	if (it->link == NULL && x->guid_link) {
		it->link = x->guid_link;
		x->guid_link = NULL;
	}
	if (it->summary == NULL && it->content)
		it->summary = xstrdup(it->content);
	if (it->published == NULL && it->updated)
		it->published = xstrdup(it->updated);
	if (parser_emit(x->p, it) != 0)
		xmlStopParser(x->ctxt);
}

static void
author_end(struct xml_reader *x)
{
	char *a = NULL;

	if (x->pname && x->pemail)
		a = xasprintf("%s (%s)", x->pname, x->pemail);
	else if (x->pname || x->pemail)
		a = xstrdup(x->pname ? x->pname : x->pemail);
	if (a && x->item_depth >= 0 && !x->p->keys_only)
		parser_set(&x->item.author, a);
	else
		free(a);
	free(x->pname);
	free(x->pemail);
	x->pname = x->pemail = NULL;
	x->author_depth = -1;
	x->person = 0;
}

static void
root_start(struct xml_reader *x, enum tag tag, const xmlChar *local,
    const xmlChar *uri, const xmlChar **attrs, int nb, int nb_ns,
    const xmlChar **ns)
{
	int i;

	struct feed_info *f = &x->p->info;
	char *v;

	x->root = 1;
	if (!strcmp((const char *)local, "rss")) {
		v = attr_get(attrs, nb, "version", NULL);
		if (v && !strcmp(v, "0.90"))
			f->format = "rss090";
		else if (v && !strcmp(v, "0.91"))
			f->format = "rss091";
		else if (v && !strcmp(v, "0.92"))
			f->format = "rss092";
		else if (v && !strcmp(v, "0.93"))
			f->format = "rss093";
		else if (v && !strcmp(v, "0.94"))
			f->format = "rss094";
		else
			f->format = "rss20";
		free(v);
		x->p->seen_root = 1;
	} else if (tag == T_RDF) {
		f->format = "rss10";
		for (i = 0; i < nb_ns; i++)
			if (ns[2 * i] == NULL && ns[2 * i + 1] &&
			    !strcmp((const char *)ns[2 * i + 1], NS_RSS090))
				f->format = "rss090";
		x->p->seen_root = 1;
	} else if (tag == T_FEED) {
		v = attr_get(attrs, nb, "version", NULL);
		if ((uri && !strcmp((const char *)uri, NS_ATOM03)) ||
		    (uri == NULL && v && !strcmp(v, "0.3")))
			f->format = "atom03";
		else
			f->format = "atom10";
		free(v);
		x->is_atom = 1;
		x->channel_depth = x->depth;
		x->p->seen_root = 1;
	} else if (tag == T_CHANNEL) {
		f->format = "rss20";
		x->channel_depth = x->depth;
		x->p->seen_root = 1;
	}
	if (x->p->seen_root && (v = attr_get(attrs, nb, "lang", NS_XML))) {
		free(x->lang);
		x->lang = parser_trim(v, strlen(v));
		free(v);
	}
}

/* An element whose text keys_only still collects: everything but the
 * dates (whose parsing is most of what keys_only saves), creators and
 * categories.  An author is still read, though not kept: the end of an
 * Atom person construct's name decides where the author's later children
 * go. */
static int
keys_field(enum tag tag)
{
	switch (tag) {
	case T_PUBDATE:
	case T_PUBLISHED:
	case T_UPDATED:
	case T_CREATOR:
	case T_CATEGORY:
	case T_SUBJECT:
		return 0;
	default:
		return 1;
	}
}

static void
on_start(void *ctx, const xmlChar *local, const xmlChar *prefix,
    const xmlChar *uri, int nb_ns, const xmlChar **ns, int nb,
    int nb_def, const xmlChar **attrs)
{
	struct xml_reader *x = ctx;
	struct frame *fr;
	enum tag tag;
	char *v;
	int in_item;

	(void)nb_def;
	/* libxml2's push parser does not enforce its own depth limit, and
	 * its name stacks grow with the depth: stop here. */
	if (++x->depth > PARSE_MAX_DEPTH) {
		parser_bozo(x->p, "elements nested deeper than %d",
		    PARSE_MAX_DEPTH);
		xmlStopParser(x->ctxt);
		return;
	}
	/* libxml2 2.9 slows down quadratically as its name dictionary
	 * fills (300,000 made-up element names take 18 s); real feeds use a
	 * few hundred names. */
	if (xmlDictSize(x->ctxt->dict) > PARSE_MAX_NAMES) {
		parser_bozo(x->p, "more than %d distinct element and "
		    "attribute names", PARSE_MAX_NAMES);
		xmlStopParser(x->ctxt);
		return;
	}
	fr = &x->frames[x->depth];
	fr->base = x->frames[x->depth - 1].base;
	fr->own_base = 0;
	if ((v = attr_get(attrs, nb, "base", NS_XML)) != NULL) {
		fr->base = resolve(x, v);
		fr->own_base = fr->base != NULL;
		if (fr->base == NULL)
			fr->base = x->frames[x->depth - 1].base;
		free(v);
	}
	tag = lookup_tag(x, uri, prefix, local);
	if (x->cap_depth >= 0) {
		if (x->author_depth >= 0 && x->depth == x->author_depth + 1 &&
		    (tag == T_NAME || tag == T_EMAIL || tag == T_URI)) {
			x->person = 1;
			cap_begin(x, tag, attrs, nb);
			return;
		}
		cap_child_start(x, local, uri, attrs, nb);
		return;
	}
	if (x->skip_depth >= 0)
		return;
	if (!x->root) {
		root_start(x, tag, local, uri, attrs, nb, nb_ns, ns);
		if (!x->p->seen_root)
			x->skip_depth = x->depth;
		return;
	}
	in_item = x->item_depth >= 0;
	if (x->author_depth >= 0 && x->depth == x->author_depth + 1 &&
	    (tag == T_NAME || tag == T_EMAIL || tag == T_URI)) {
		cap_begin(x, tag, attrs, nb);
		return;
	}
	switch (tag) {
	case T_CHANNEL:
		if (x->channel_depth < 0 && !in_item) {
			x->channel_depth = x->depth;
			if (uri && !strcmp((const char *)uri, NS_RSS090))
				x->p->info.format = "rss090";
			if ((v = attr_get(attrs, nb, "lang", NS_XML))) {
				free(x->lang);
				x->lang = parser_trim(v, strlen(v));
				free(v);
			}
		}
		return;
	case T_ITEM:
	case T_ENTRY:
		if (!in_item) {
			item_begin(x);
			x->item.id = attr_get(attrs, nb, "about", NS_RDF);
		}
		return;
	case T_ITUNES_CATEGORY:
		if (in_item && !x->p->keys_only &&
		    (v = attr_get(attrs, nb, "text", NULL)) != NULL) {
			parser_add_category(&x->item, v);
			free(v);
		}
		return;
	case T_SKIP:
		x->skip_depth = x->depth;
		return;
	case T_LINK:
		if ((v = attr_get(attrs, nb, "href", NULL)) != NULL) {
			if (in_item || x->depth == x->channel_depth + 1)
				atom_link(x, attrs, nb, v);
			free(v);
			x->skip_depth = x->depth;
			return;
		}
		break;
	case T_CATEGORY:
		if (in_item && !x->p->keys_only &&
		    (v = attr_get(attrs, nb, "term", NULL)) != NULL) {
			char *t = parser_trim(v, strlen(v));

			parser_add_category(&x->item, t);
			free(t);
			free(v);
			x->skip_depth = x->depth;
			return;
		}
		break;
	case T_ENCLOSURE:
	case T_MEDIA_CONTENT:
		/* Not skipped with keys_only: media:content holds
		 * media:title and media:description, which are read. */
		if (in_item && !x->p->keys_only) {
			char *type = attr_get(attrs, nb, "type", NULL);
			char *len = attr_get(attrs, nb, tag == T_ENCLOSURE ?
			    "length" : "fileSize", NULL);

			v = attr_get(attrs, nb, "url", NULL);
			parser_add_enclosure(&x->item, resolve(x, v), type, len);
			free(v);
			free(type);
			free(len);
		}
		return;
	case T_AUTHOR:
		if (in_item) {
			x->author_depth = x->depth;
			x->person = 0;
		}
		break;
	case T_NONE:
	case T_FEED:
	case T_RDF:
	case T_NAME:
	case T_EMAIL:
	case T_URI:
		return;
	default:
		break;
	}
	/* Feed metadata is read only from the channel's own children. */
	if (!in_item && x->depth != x->channel_depth + 1)
		return;
	/* What is inside a collected element only goes into its text, so
	 * skipping the element instead changes nothing else. */
	if (x->p->keys_only && !keys_field(tag)) {
		x->skip_depth = x->depth;
		return;
	}
	cap_begin(x, tag, attrs, nb);
}

static void
on_end(void *ctx, const xmlChar *local, const xmlChar *prefix,
    const xmlChar *uri)
{
	struct xml_reader *x = ctx;
	struct frame *fr;

	(void)prefix;
	(void)uri;
	if (x->depth > PARSE_MAX_DEPTH) {
		x->depth--;
		return;
	}
	if (x->cap_depth >= 0) {
		if (x->depth == x->cap_depth) {
			cap_end(x);
			if (x->person && x->depth == x->author_depth + 1)
				x->cap_depth = -1;
		} else {
			cap_child_end(x, local);
		}
	}
	if (x->depth == x->author_depth && x->cap_depth < 0) {
		if (x->person) {
			author_end(x);
		} else {
			x->author_depth = -1;
		}
	}
	if (x->depth == x->skip_depth)
		x->skip_depth = -1;
	else if (x->depth == x->item_depth && x->cap_depth < 0)
		item_end(x);
	else if (x->depth == x->channel_depth)
		apply_feed_defaults(x);
	fr = &x->frames[x->depth];
	if (fr->own_base)
		free(fr->base);
	fr->own_base = 0;
	fr->base = NULL;
	x->depth--;
}

static void
on_chars(void *ctx, const xmlChar *s, int len)
{
	struct xml_reader *x = ctx;

	if (x->cap_depth < 0 || len <= 0 || x->depth > PARSE_MAX_DEPTH)
		return;
	if (x->person && x->cap_tag == T_AUTHOR)
		return;
	if (x->cap_type == TT_XHTML)
		cap_add_escaped(x, (const char *)s, (size_t)len, 0);
	else
		cap_add(x, (const char *)s, (size_t)len);
}

static void
on_error(void *ctx, xmlErrorPtr err)
{
	struct xml_reader *x = ctx;

	if (err == NULL || err->level < XML_ERR_ERROR)
		return;
	/* libxml2 says "Extra content at the end of the document" when the
	 * input stops before the root closes; that is a feed cut short. */
	if (err->code == XML_ERR_DOCUMENT_END && x->depth > 0) {
		parser_bozo(x->p, "line %d: document ends inside an element",
		    err->line);
		return;
	}
	parser_bozo(x->p, "line %d: %s", err->line,
	    err->message ? err->message : "XML error");
}

struct xml_reader *
xml_reader_new(struct feed_parser *p)
{
	struct xml_reader *x = xcalloc(1, sizeof(*x));

	x->p = p;
	x->channel_depth = x->item_depth = x->skip_depth = -1;
	x->cap_depth = x->author_depth = -1;
	x->frames[0].base = p->base_url;
	buf_init(&x->in, 0);
	buf_init(&x->held, 0);
	buf_init(&x->cap, p->max_field);
	x->sax.initialized = XML_SAX2_MAGIC;
	x->sax.startElementNs = on_start;
	x->sax.endElementNs = on_end;
	x->sax.characters = on_chars;
	x->sax.ignorableWhitespace = on_chars;
	x->sax.serror = on_error;
	x->ctxt = xmlCreatePushParserCtxt(&x->sax, x, NULL, 0, p->base_url);
	if (x->ctxt == NULL)
		fatalx("cannot create the XML parser");
	xmlCtxtUseOptions(x->ctxt, XML_PARSE_RECOVER | XML_PARSE_NONET |
	    XML_PARSE_IGNORE_ENC | XML_PARSE_NOCDATA);
	return x;
}

void
xml_reader_free(struct xml_reader *x)
{
	int d;

	if (x == NULL)
		return;
	if (x->ctxt) {
		/* libxml2 records DTD entity declarations in a stand-in
		 * document even in SAX mode ("expat compatibility"); they
		 * are never looked up (see on_start), only freed here. */
		if (x->ctxt->myDoc)
			xmlFreeDoc(x->ctxt->myDoc);
		xmlFreeParserCtxt(x->ctxt);
	}
	for (d = 1; d <= PARSE_MAX_DEPTH; d++)
		if (x->frames[d].own_base)
			free(x->frames[d].base);
	feed_item_clear(&x->item);
	free(x->guid_link);
	free(x->lang);
	free(x->feed_pubdate);
	free(x->pname);
	free(x->pemail);
	buf_release(&x->in);
	buf_release(&x->held);
	buf_release(&x->cap);
	free(x);
}

/*
 * Turn "&name;" for an HTML entity XML does not predefine into "&#N;".  A
 * reference cut by the end of s is held back for the next call unless
 * final.  Returns the text to parse: s itself when nothing changed (the
 * common case, no copy), else x->in.
 */
static const char *
rewrite_entities(struct xml_reader *x, const char *s, size_t n, int final,
    size_t *outlen)
{
	const htmlEntityDesc *e;
	const char *amp, *end = s + n, *q, *start = s, *from = s;
	char name[40], ref[24];
	int copying = 0;
	size_t k;

	buf_reset(&x->in);
	while (s < end && (amp = memchr(s, '&', (size_t)(end - s))) != NULL) {
		for (q = amp + 1, k = 0; q < end && k < sizeof(name) - 1 &&
		    isalnum((unsigned char)*q); q++)
			name[k++] = *q;
		name[k] = '\0';
		if (q == end && !final && k < sizeof(name) - 1) {
			buf_add(&x->in, from, (size_t)(amp - from));
			buf_add(&x->held, amp, (size_t)(end - amp));
			*outlen = x->in.len;
			return x->in.data ? x->in.data : "";
		}
		s = amp + 1;
		if (k == 0 || q == end || *q != ';' ||
		    !isalpha((unsigned char)name[0]) || !strcmp(name, "amp") ||
		    !strcmp(name, "lt") || !strcmp(name, "gt") ||
		    !strcmp(name, "quot") || !strcmp(name, "apos") ||
		    (e = htmlEntityLookup((const xmlChar *)name)) == NULL)
			continue;
		copying = 1;
		buf_add(&x->in, from, (size_t)(amp - from));
		snprintf(ref, sizeof(ref), "&#%u;", e->value);
		buf_addstr(&x->in, ref);
		s = from = q + 1;
	}
	if (!copying) {
		*outlen = n;
		return start;
	}
	buf_add(&x->in, from, (size_t)(end - from));
	*outlen = x->in.len;
	return x->in.data;
}

int
xml_reader_push(struct xml_reader *x, const char *s, size_t n, int final)
{
	struct buf held = x->held;
	const char *text;
	size_t len;

	/* stopped at a cap (depth, names, items): the rest is not read */
	if (x->ctxt->instate == XML_PARSER_EOF && !final)
		return -1;

	if (held.len) {
		buf_init(&x->held, 0);
		buf_add(&held, s, n);
		text = rewrite_entities(x, held.data, held.len, final, &len);
		if (text == held.data) {	/* parse before held goes away */
			buf_reset(&x->in);
			buf_add(&x->in, held.data, held.len);
			text = x->in.data;
		}
		buf_release(&held);
	} else {
		text = rewrite_entities(x, s, n, final, &len);
	}
	xmlParseChunk(x->ctxt, text, (int)len, final);
	if (x->p->stopped)
		return -1;
	if (final && x->depth > 0 && x->p->seen_root)
		parser_bozo(x->p, "document ends inside an element");
	if (final && x->item_depth >= 0 && x->p->seen_root) {
		/* a truncated document: keep the item read so far */
		if (x->cap_depth >= 0)
			cap_end(x);
		item_end(x);
	}
	if (final)
		apply_feed_defaults(x);
	if (x->p->stopped || (!final && x->ctxt->instate == XML_PARSER_EOF))
		return -1;
	return 0;
}
