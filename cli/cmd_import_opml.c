/*
 * feedwatch import-opml FILE|-
 *
 * Reads an OPML 1.0/2.0 subscription list and prints one config section
 * per feed:
 *
 *	# Moscow Times
 *	[feed "moscow-times"]
 *	url = "https://www.themoscowtimes.com/rss/news"
 *	tags = "russia", "news"
 *
 * Every outline with an xmlUrl is a feed; an outline without one is a
 * folder whose title becomes a tag of the feeds inside it, as does each
 * part of an OPML 2.0 `category` attribute ("/World/Asia,/Security").  A
 * feed listed twice (in two folders) is printed once with the tags of
 * both.  Names and tags are slugs (lower case, '-' between words, UTF-8
 * letters kept); names are made unique with -2, -3...  Values are quoted
 * and single-line.  Outlines whose xmlUrl is not http(s) are skipped with
 * a warning ("feed://" is read as "http://").
 *
 * The file is untrusted: no network, no DTD or external entity loading, no
 * entity declarations at all (OPML has no use for them; expansion bombs
 * do), bounded size and depth.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlerror.h>

#include "cli/cmd.h"
#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "feeds/url.h"

#define MAX_FILE	(16u << 20)
#define MAX_DEPTH	64		/* nested folders */
#define MAX_FEEDS	100000
#define MAX_SLUG	64		/* bytes of a generated name or tag */
#define MAX_XML_ERRORS	10

/* libxml2 2.12 made the structured error const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *xml_error_t;
#else
typedef xmlErrorPtr xml_error_t;
#endif

struct opml_feed {
	char	*url;
	char	*title;		/* NULL when the outline has none */
	char	*name;
	char	**tags;
	size_t	 ntags;
};

struct import {
	const char *file;
	struct opml_feed *feeds;
	size_t	 nfeeds;
	xmlHashTablePtr by_url;		/* url -> index + 1 */
	xmlHashTablePtr names;		/* names given out */
	xmlHashTablePtr next_suffix;	/* slug -> last -N given out */
	const char *folders[MAX_DEPTH];
	size_t	 depth;
	int	 entity_decl;
	int	 nxml_errors;
};

/* Nothing outside the document is ever loaded: no DTD, no entity. */
static xmlParserInputPtr
no_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	return NULL;
}

/* SAX entityDecl: a declaration alone stops the parse (see above). */
static void
refuse_entity(void *ctx, const xmlChar *name, int type,
    const xmlChar *public_id, const xmlChar *system_id, xmlChar *content)
{
	xmlParserCtxtPtr ctxt = ctx;
	struct import *im = ctxt->_private;

	im->entity_decl = 1;
	xmlStopParser(ctxt);
}

static void
xml_error(void *arg, xml_error_t e)
{
	struct import *im = arg;
	size_t n;

	if (e == NULL || e->level == XML_ERR_NONE)
		return;
	if (++im->nxml_errors > MAX_XML_ERRORS)
		return;
	n = e->message ? strlen(e->message) : 0;
	while (n > 0 && (e->message[n - 1] == '\n' || e->message[n - 1] == ' '))
		n--;
	fprintf(stderr, "feedwatch: %s:%d: %.*s\n", im->file, e->line,
	    (int)n, e->message ? e->message : "XML error");
}

static int
read_all(const char *file, struct buf *b)
{
	char chunk[65536];
	ssize_t n;
	int fd, rc = -1;

	if (strcmp(file, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(file, O_RDONLY)) == -1) {
		fprintf(stderr, "feedwatch: %s: %s\n", file, strerror(errno));
		return -1;
	}
	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			fprintf(stderr, "feedwatch: %s: %s\n", file,
			    strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		if (buf_add(b, chunk, (size_t)n) == -1) {
			fprintf(stderr, "feedwatch: %s: larger than %u MiB\n",
			    file, MAX_FILE >> 20);
			goto out;
		}
	}
	rc = 0;
out:
	if (fd != STDIN_FILENO)
		close(fd);
	return rc;
}

/* Attribute name of node, ASCII case-insensitively (exporters write xmlUrl,
 * xmlurl and xmlURL); a new string or NULL. */
static char *
attr(xmlNode *node, const char *name)
{
	xmlAttr *a;
	xmlChar *v;
	char *s;

	for (a = node->properties; a != NULL; a = a->next) {
		if (a->ns != NULL || strcasecmp((const char *)a->name, name) != 0)
			continue;
		if ((v = xmlNodeListGetString(node->doc, a->children, 1)) == NULL)
			return NULL;
		s = xstrdup((const char *)v);
		xmlFree(v);
		return s;
	}
	return NULL;
}

/* s on one line: control characters dropped, whitespace runs as one space,
 * trimmed.  New string, or NULL when nothing is left. */
static char *
one_line(const char *s)
{
	struct buf b = BUF_INIT;
	const unsigned char *p;
	int space = 0;

	if (s == NULL)
		return NULL;
	for (p = (const unsigned char *)s; *p; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = b.len > 0;
			continue;
		}
		if (*p < 0x20 || *p == 0x7f)
			continue;
		if (space)
			buf_addch(&b, ' ');
		space = 0;
		buf_addch(&b, *p);
	}
	if (b.len == 0)
		return NULL;
	return buf_detach(&b, NULL);
}

/* Code point of the UTF-8 sequence at p and its length in *len (1 and the
 * byte itself when the sequence is broken: libxml2 hands out valid UTF-8). */
static unsigned long
utf8_cp(const unsigned char *p, size_t *len)
{
	unsigned long cp;
	size_t n, i;

	if (p[0] < 0xc0)
		n = 1;
	else if (p[0] < 0xe0)
		n = 2;
	else if (p[0] < 0xf0)
		n = 3;
	else
		n = 4;
	cp = n == 1 ? p[0] : p[0] & (0x7f >> n);
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*len = 1;
			return p[0];
		}
		cp = cp << 6 | (p[i] & 0x3f);
	}
	*len = n;
	return cp;
}

/* Non-ASCII characters that separate words like ASCII punctuation does:
 * Latin-1 punctuation and signs (no-break space, guillemets), general
 * punctuation (dashes, curly quotes), arrows and symbols, CJK punctuation. */
static int
is_uni_punct(unsigned long cp)
{
	return (cp >= 0x80 && cp <= 0xbf) || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x3000 && cp <= 0x303f) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff01 && cp <= 0xff0f);
}

/*
 * Upper to lower case for the scripts feed titles mostly use (Latin-1,
 * Latin Extended-A, Greek, Cyrillic), so "Überblick" and "überblick" give
 * one slug without depending on the locale.  `alternate` ranges pair each
 * capital with the code point after it.
 */
static const struct lower_range {
	unsigned long lo, hi;
	long	 delta;
	int	 alternate;
} lower_ranges[] = {
	{ 0x41, 0x5a, 32, 0 },
	{ 0xc0, 0xd6, 32, 0 },
	{ 0xd8, 0xde, 32, 0 },
	{ 0x100, 0x12f, 1, 1 },
	{ 0x132, 0x137, 1, 1 },
	{ 0x139, 0x148, 1, 1 },
	{ 0x14a, 0x177, 1, 1 },
	{ 0x178, 0x178, 0xff - 0x178, 0 },
	{ 0x179, 0x17e, 1, 1 },
	{ 0x386, 0x386, 38, 0 },
	{ 0x388, 0x38a, 37, 0 },
	{ 0x38c, 0x38c, 64, 0 },
	{ 0x38e, 0x38f, 63, 0 },
	{ 0x391, 0x3a1, 32, 0 },
	{ 0x3a3, 0x3ab, 32, 0 },
	{ 0x400, 0x40f, 80, 0 },
	{ 0x410, 0x42f, 32, 0 },
};

static unsigned long
lower_cp(unsigned long cp)
{
	size_t i;

	for (i = 0; i < sizeof(lower_ranges) / sizeof(lower_ranges[0]); i++) {
		const struct lower_range *r = &lower_ranges[i];

		if (cp >= r->lo && cp <= r->hi) {
			if (r->alternate && (cp - r->lo) % 2 != 0)
				return cp;
			return (unsigned long)((long)cp + r->delta);
		}
	}
	return cp;
}

/* Append code point cp (< 0x800, all lower_cp() can return besides the
 * input itself) as UTF-8. */
static void
put_cp2(struct buf *b, unsigned long cp)
{
	if (cp < 0x80) {
		buf_addch(b, (int)cp);
	} else {
		buf_addch(b, (int)(0xc0 | (cp >> 6)));
		buf_addch(b, (int)(0x80 | (cp & 0x3f)));
	}
}

/* A name or tag from free text: letters lower-cased (see lower_ranges),
 * apostrophes dropped, any run of other characters one '-'.  At most about MAX_SLUG bytes, cut between characters.  "" when
 * nothing is left. */
static char *
slug(const char *s)
{
	struct buf b = BUF_INIT;
	const unsigned char *p;
	unsigned long cp;
	size_t n;
	int dash = 0;

	for (p = (const unsigned char *)s; *p; p += n) {
		cp = utf8_cp(p, &n);
		if (cp == '\'' || cp == 0x2019)	/* "Reuters' world" */
			continue;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
		    (cp >= 'A' && cp <= 'Z') || (cp >= 0x80 && !is_uni_punct(cp))) {
			if (b.len + n + (dash && b.len > 0) > MAX_SLUG)
				break;
			if (dash && b.len > 0)
				buf_addch(&b, '-');
			dash = 0;
			if (lower_cp(cp) != cp)
				put_cp2(&b, lower_cp(cp));
			else
				buf_add(&b, p, n);
		} else
			dash = 1;
	}
	return buf_detach(&b, NULL);
}

static void
add_tag(struct opml_feed *f, const char *text)
{
	char *t = slug(text);
	size_t i;

	for (i = 0; i < f->ntags; i++)
		if (strcmp(f->tags[i], t) == 0)
			break;
	if (*t == '\0' || i < f->ntags) {
		free(t);
		return;
	}
	f->tags = xreallocarray(f->tags, f->ntags + 1, sizeof(*f->tags));
	f->tags[f->ntags++] = t;
}

/* Tags from an OPML 2.0 category attribute: comma-separated,
 * slash-delimited category paths; every part is a tag. */
static void
add_categories(struct opml_feed *f, const char *cats)
{
	char *copy = xstrdup(cats), *s = copy, *part;

	while ((part = strsep(&s, ",/")) != NULL)
		add_tag(f, part);
	free(copy);
}

/*
 * The xmlUrl as the config wants it: one line, "feed://host/x" and
 * "feed:https://host/x" (http(s) URLs in disguise) unwrapped, the scheme in
 * lower case, inner spaces as %20 (the config refuses spaces in URLs).
 */
static char *
feed_url(const char *raw)
{
	struct buf b = BUF_INIT;
	char *u = one_line(raw);
	const char *p;
	size_t i;

	if (u == NULL)
		return NULL;
	p = u;
	if (strncasecmp(p, "feed:", 5) == 0) {
		p += 5;
		if (strncmp(p, "//", 2) == 0)
			buf_addstr(&b, "http:");
	}
	for (i = 0; p[i]; i++) {
		if (p[i] == ' ')
			buf_addstr(&b, "%20");
		else
			buf_addch(&b, p[i]);
	}
	free(u);
	for (i = 0; i < b.len && b.data[i] != ':'; i++)
		if (b.data[i] >= 'A' && b.data[i] <= 'Z')
			b.data[i] = (char)(b.data[i] - 'A' + 'a');
	return buf_detach(&b, NULL);
}

static void
outline_feed(struct import *im, xmlNode *node, char *url)
{
	struct opml_feed *f;
	char *cats, *title;
	size_t i;
	void *ix;

	if ((ix = xmlHashLookup(im->by_url, (const xmlChar *)url)) != NULL) {
		f = &im->feeds[(uintptr_t)ix - 1];
		free(url);
	} else {
		if (im->nfeeds >= MAX_FEEDS) {
			if (im->nfeeds == MAX_FEEDS)
				fprintf(stderr, "feedwatch: %s: more than %d "
				    "feeds, the rest ignored\n", im->file,
				    MAX_FEEDS);
			free(url);
			return;
		}
		im->feeds = xreallocarray(im->feeds, im->nfeeds + 1,
		    sizeof(*im->feeds));
		f = &im->feeds[im->nfeeds++];
		memset(f, 0, sizeof(*f));
		f->url = url;
		if (xmlHashAddEntry(im->by_url, (const xmlChar *)url,
		    (void *)(uintptr_t)im->nfeeds) == -1)
			fatalx("xmlHashAddEntry failed");
		if ((title = attr(node, "title")) == NULL)
			title = attr(node, "text");
		f->title = one_line(title);
		free(title);
	}
	for (i = 0; i < im->depth; i++)
		add_tag(f, im->folders[i]);
	if ((cats = attr(node, "category")) != NULL) {
		add_categories(f, cats);
		free(cats);
	}
}

static int walk(struct import *im, xmlNode *node);

static int
outline(struct import *im, xmlNode *node)
{
	char *raw, *url, *folder = NULL;
	int rc, pushed = 0;

	if ((raw = attr(node, "xmlUrl")) != NULL) {
		url = feed_url(raw);
		free(raw);
		if (url == NULL || !url_is_http(url)) {
			fprintf(stderr, "feedwatch: %s:%ld: skipping outline: "
			    "xmlUrl \"%s\" is not an http(s) URL\n", im->file,
			    xmlGetLineNo(node), url ? url : "");
			free(url);
		} else
			outline_feed(im, node, url);
	} else if (node->children != NULL) {
		if ((raw = attr(node, "title")) == NULL)
			raw = attr(node, "text");
		folder = one_line(raw);
		free(raw);
		if (folder != NULL) {
			if (im->depth == MAX_DEPTH) {
				fprintf(stderr, "feedwatch: %s:%ld: outlines "
				    "nested deeper than %d\n", im->file,
				    xmlGetLineNo(node), MAX_DEPTH);
				free(folder);
				return -1;
			}
			im->folders[im->depth++] = folder;
			pushed = 1;
		}
	}
	rc = walk(im, node->children);
	if (pushed)
		im->depth--;
	free(folder);
	return rc;
}

static int
walk(struct import *im, xmlNode *node)
{
	for (; node != NULL; node = node->next) {
		if (node->type != XML_ELEMENT_NODE)
			continue;
		if (strcasecmp((const char *)node->name, "outline") == 0 &&
		    outline(im, node) == -1)
			return -1;
	}
	return 0;
}

/* A unique section name for f: the slug of its title, else of its host. */
static void
name_feed(struct import *im, struct opml_feed *f)
{
	char *base = f->title ? slug(f->title) : xstrdup(""), *host, *name;
	uintptr_t n;

	if (*base == '\0') {
		free(base);
		host = url_host(f->url);
		base = slug(host ? host : "");
		free(host);
	}
	if (*base == '\0') {
		free(base);
		base = xstrdup("feed");
	}
	name = xstrdup(base);
	n = (uintptr_t)xmlHashLookup(im->next_suffix, (const xmlChar *)base);
	while (xmlHashLookup(im->names, (const xmlChar *)name) != NULL) {
		free(name);
		n = n ? n + 1 : 2;
		name = xasprintf("%s-%lu", base, (unsigned long)n);
	}
	if (n)
		xmlHashUpdateEntry(im->next_suffix, (const xmlChar *)base,
		    (void *)n, NULL);
	if (xmlHashAddEntry(im->names, (const xmlChar *)name, f) == -1)
		fatalx("xmlHashAddEntry failed");
	f->name = name;
	free(base);
}

/* s as a quoted config value. */
static void
put_quoted(struct buf *b, const char *s)
{
	buf_addch(b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			buf_addch(b, '\\');
		buf_addch(b, *s);
	}
	buf_addch(b, '"');
}

static int
print_feeds(struct import *im)
{
	struct buf b = BUF_INIT;
	size_t i, j;
	int rc = 0;

	for (i = 0; i < im->nfeeds; i++) {
		struct opml_feed *f = &im->feeds[i];

		name_feed(im, f);
		buf_reset(&b);
		if (i > 0)
			buf_addch(&b, '\n');
		if (f->title)
			buf_printf(&b, "# %s\n", f->title);
		buf_printf(&b, "[feed \"%s\"]\nurl = ", f->name);
		put_quoted(&b, f->url);
		buf_addch(&b, '\n');
		if (f->ntags) {
			buf_addstr(&b, "tags = ");
			for (j = 0; j < f->ntags; j++) {
				if (j)
					buf_addstr(&b, ", ");
				put_quoted(&b, f->tags[j]);
			}
			buf_addch(&b, '\n');
		}
		if (fwrite(b.data, 1, b.len, stdout) != b.len) {
			rc = -1;
			break;
		}
	}
	buf_release(&b);
	if (fflush(stdout) == EOF)
		rc = -1;
	return rc;
}

static xmlDocPtr
parse_opml(struct import *im, const struct buf *b)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc = NULL;
	int well_formed;

	xmlSetExternalEntityLoader(no_loader);
	xmlSetStructuredErrorFunc(im, xml_error);
	if (b->len > INT32_MAX ||
	    (ctxt = xmlCreateMemoryParserCtxt(b->data ? b->data : "",
	    (int)b->len)) == NULL) {
		xmlSetStructuredErrorFunc(NULL, NULL);
		fprintf(stderr, "feedwatch: %s: cannot parse\n", im->file);
		return NULL;
	}
	/* RECOVER: hand-edited lists often carry a bare '&' in a title. */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_RECOVER |
	    XML_PARSE_NOWARNING);
	ctxt->sax->entityDecl = refuse_entity;
	ctxt->_private = im;
	xmlParseDocument(ctxt);
	doc = ctxt->myDoc;
	ctxt->myDoc = NULL;
	well_formed = ctxt->wellFormed;
	xmlFreeParserCtxt(ctxt);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (im->entity_decl) {
		fprintf(stderr, "feedwatch: %s: entity declarations are not "
		    "allowed in OPML\n", im->file);
		xmlFreeDoc(doc);
		return NULL;
	}
	if (doc == NULL || xmlDocGetRootElement(doc) == NULL) {
		fprintf(stderr, "feedwatch: %s: not an XML document\n",
		    im->file);
		xmlFreeDoc(doc);
		return NULL;
	}
	if (!well_formed)
		fprintf(stderr, "feedwatch: %s: malformed XML, reading what "
		    "can be read\n", im->file);
	return doc;
}

static void
import_free(struct import *im)
{
	size_t i, j;

	for (i = 0; i < im->nfeeds; i++) {
		free(im->feeds[i].url);
		free(im->feeds[i].title);
		free(im->feeds[i].name);
		for (j = 0; j < im->feeds[i].ntags; j++)
			free(im->feeds[i].tags[j]);
		free(im->feeds[i].tags);
	}
	free(im->feeds);
	xmlHashFree(im->by_url, NULL);
	xmlHashFree(im->names, NULL);
	xmlHashFree(im->next_suffix, NULL);
}

int
cmd_import_opml(int argc, char **argv)
{
	struct import im;
	struct buf in;
	xmlDocPtr doc = NULL;
	xmlNode *root, *n;
	int rc = 1;

	if (argc == 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0))
		return cmd_help(argv[0]);
	if (argc != 2 || (argv[1][0] == '-' && argv[1][1] != '\0')) {
		cmd_usage(argv[0]);
		return 2;
	}
	memset(&im, 0, sizeof(im));
	im.file = argv[1];
	im.by_url = xmlHashCreate(64);
	im.names = xmlHashCreate(64);
	im.next_suffix = xmlHashCreate(64);
	if (im.by_url == NULL || im.names == NULL || im.next_suffix == NULL)
		fatalx("xmlHashCreate failed");
	buf_init(&in, MAX_FILE);
	if (read_all(im.file, &in) == -1)
		goto out;
	if (in.len == 0) {
		fprintf(stderr, "feedwatch: %s: empty file\n", im.file);
		goto out;
	}
	if ((doc = parse_opml(&im, &in)) == NULL)
		goto out;
	root = xmlDocGetRootElement(doc);
	if (strcasecmp((const char *)root->name, "opml") != 0) {
		fprintf(stderr, "feedwatch: %s: not OPML (root element <%s>)\n",
		    im.file, (const char *)root->name);
		goto out;
	}
	for (n = root->children; n != NULL; n = n->next)
		if (n->type == XML_ELEMENT_NODE &&
		    strcasecmp((const char *)n->name, "body") == 0 &&
		    walk(&im, n->children) == -1)
			goto out;
	if (im.nfeeds == 0) {
		fprintf(stderr, "feedwatch: %s: no feed outlines (with an "
		    "http(s) xmlUrl) found\n", im.file);
		goto out;
	}
	if (print_feeds(&im) == -1) {
		fprintf(stderr, "feedwatch: writing the output: %s\n",
		    strerror(errno));
		rc = 3;
		goto out;
	}
	rc = 0;
out:
	xmlFreeDoc(doc);
	buf_release(&in);
	import_free(&im);
	return rc;
}
