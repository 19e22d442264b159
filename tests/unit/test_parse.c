#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include <jansson.h>

#include "common/buf.h"
#include "feeds/encoding.h"
#include "feeds/feed.h"
#include "feeds/parse.h"

/* What one parse produced: the feed object and the items, as JSON text. */
struct result {
	struct buf items;
	char	*feed;
	char	*encoding;
	char	*bozo;
	char	*error;		/* feed_parser_error() after finish */
	int	 nitems;
	int	 finish;
	size_t	 truncated;
	int	 stop_after;	/* callback returns -1 after this many, 0 = never */
};

static int
collect(const struct feed_item *it, void *arg)
{
	struct result *r = arg;
	json_t *j = feed_item_json(it);
	char *s = json_dumps(j, JSON_COMPACT);

	buf_addstr(&r->items, s);
	buf_addch(&r->items, '\n');
	free(s);
	json_decref(j);
	r->nitems++;
	return r->stop_after && r->nitems >= r->stop_after ? -1 : 0;
}

/* Parse doc[0..len) pushed in pieces of `step` bytes (0 = one piece). */
static void
parse_opts(struct result *r, const char *doc, size_t len, size_t step,
    const struct feed_parser_opts *opts)
{
	struct feed_parser *p;
	const struct feed_info *f;
	json_t *j;
	size_t off, n;
	int stop = r->stop_after;

	memset(r, 0, sizeof(*r));
	r->stop_after = stop;
	buf_init(&r->items, 0);
	p = feed_parser_new(opts, collect, r);
	if (step == 0)
		step = len ? len : 1;
	for (off = 0; off < len; off += n) {
		n = len - off < step ? len - off : step;
		if (feed_parser_push(p, doc + off, n) == -1)
			break;
	}
	r->finish = feed_parser_finish(p);
	f = feed_parser_feed(p);
	j = feed_info_json(f);
	r->feed = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	r->encoding = f->encoding ? strdup(f->encoding) : NULL;
	r->bozo = f->bozo ? strdup(f->bozo) : NULL;
	r->error = feed_parser_error(p) ? strdup(feed_parser_error(p)) : NULL;
	r->truncated = feed_parser_truncated(p);
	feed_parser_free(p);
}

static void
parse(struct result *r, const char *doc, size_t len, size_t step,
    const char *content_type, const char *base)
{
	struct feed_parser_opts o;

	memset(&o, 0, sizeof(o));
	o.content_type = content_type;
	o.base_url = base;
	r->stop_after = 0;
	parse_opts(r, doc, len, step, &o);
}

static void
result_free(struct result *r)
{
	buf_release(&r->items);
	free(r->feed);
	free(r->encoding);
	free(r->bozo);
	free(r->error);
}

/* The value of "key" in the n-th item line (0-based), as JSON text. */
static char *
item_field(const struct result *r, int n, const char *key)
{
	const char *line = buf_str(&r->items), *nl;
	json_t *j, *v;
	char *s;

	while (n-- > 0 && (nl = strchr(line, '\n')) != NULL)
		line = nl + 1;
	nl = strchr(line, '\n');
	j = json_loadb(line, nl ? (size_t)(nl - line) : strlen(line), 0, NULL);
	assert_non_null(j);
	v = json_object_get(json_object_get(j, "item"), key);
	s = json_is_string(v) ? strdup(json_string_value(v)) :
	    json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(j);
	return s;
}

static void
assert_item(const struct result *r, int n, const char *key, const char *want)
{
	char *got = item_field(r, n, key);

	assert_string_equal(got, want);
	free(got);
}

static const char rss_latin1[] =
    "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n"
    "<rss version=\"2.0\"><channel><title>Caf\xe9</title>"
    "<item><title>na\xefve</title></item></channel></rss>";

static void
test_declared_encoding(void **state)
{
	struct result r;

	(void)state;
	parse(&r, rss_latin1, sizeof(rss_latin1) - 1, 0, NULL, NULL);
	assert_int_equal(r.finish, 0);
	assert_string_equal(r.encoding, "iso-8859-1");
	assert_null(r.bozo);
	assert_non_null(strstr(r.feed, "\"Caf\xc3\xa9\""));
	assert_item(&r, 0, "title", "na\xc3\xafve");
	result_free(&r);
}

static void
test_bom_utf16(void **state)
{
	static const char ascii[] = "<?xml version=\"1.0\" encoding=\"utf-16\"?>"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
	    "<entry><title>E</title><id>urn:x:1</id></entry></feed>";
	char doc[2 * sizeof(ascii) + 2];
	size_t i, n = 0;
	struct result r;

	(void)state;
	doc[n++] = (char)0xff;
	doc[n++] = (char)0xfe;
	for (i = 0; i < sizeof(ascii) - 1; i++) {
		doc[n++] = ascii[i];
		doc[n++] = 0;
	}
	parse(&r, doc, n, 3, NULL, NULL);
	assert_int_equal(r.finish, 0);
	assert_string_equal(r.encoding, "utf-16le");
	assert_null(r.bozo);
	assert_int_equal(r.nitems, 1);
	assert_item(&r, 0, "id", "urn:x:1");
	assert_non_null(strstr(r.feed, "\"format\":\"atom10\""));
	result_free(&r);

	/* A UTF-8 BOM is dropped, not read as text. */
	parse(&r, "\xef\xbb\xbf<rss><channel><title>B</title></channel></rss>",
	    49, 0, NULL, NULL);
	assert_string_equal(r.encoding, "utf-8");
	assert_null(r.bozo);
	assert_non_null(strstr(r.feed, "\"title\":\"B\""));
	result_free(&r);
}

static void
test_http_charset(void **state)
{
	static const char doc[] = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
	    "<rss version=\"2.0\"><channel><title>\xe9t\xe9</title></channel></rss>";
	struct result r;

	(void)state;
	/* RFC 3023: the HTTP charset beats the declaration. */
	parse(&r, doc, sizeof(doc) - 1, 0,
	    "application/rss+xml; charset=\"ISO-8859-1\"", NULL);
	assert_string_equal(r.encoding, "iso-8859-1");
	assert_null(r.bozo);
	assert_non_null(strstr(r.feed, "\"\xc3\xa9t\xc3\xa9\""));
	result_free(&r);

	/* text/xml without charset means us-ascii: these bytes are not,
	 * nor are they the declared UTF-8, so windows-1252 reads them and
	 * the feed is bozo. */
	parse(&r, doc, sizeof(doc) - 1, 0, "text/xml", NULL);
	assert_non_null(r.bozo);
	assert_string_equal(r.encoding, "windows-1252");
	result_free(&r);

	/* ... and pure ASCII under text/xml is fine. */
	parse(&r, "<rss><channel><title>a</title></channel></rss>", 46, 0,
	    "text/xml", NULL);
	assert_string_equal(r.encoding, "us-ascii");
	assert_null(r.bozo);
	result_free(&r);

	/* Not an XML media type. */
	parse(&r, "<rss><channel><title>a</title></channel></rss>", 46, 0,
	    "text/plain", NULL);
	assert_non_null(r.bozo);
	result_free(&r);
}

static void
test_undeclared_cp1252(void **state)
{
	/* No declaration: UTF-8 is assumed; the 0x92 byte is not UTF-8 and
	 * is read as windows-1252 (right single quote). */
	static const char doc[] = "<rss version=\"2.0\"><channel><item>"
	    "<title>caf\xc3\xa9 don\x92t</title></item></channel></rss>";
	struct result r;

	(void)state;
	parse(&r, doc, sizeof(doc) - 1, 0, NULL, NULL);
	assert_int_equal(r.finish, 0);
	assert_non_null(r.bozo);
	assert_item(&r, 0, "title", "caf\xc3\xa9 don\xe2\x80\x99t");
	result_free(&r);

	/* A document entirely in windows-1252, undeclared: the first bad
	 * byte comes while all before it was ASCII, so windows-1252 takes
	 * over for the rest. */
	parse(&r, "<rss><channel><item><title>\x93q\x94 \xe9</title></item>"
	    "</channel></rss>", 60, 0, NULL, NULL);
	assert_string_equal(r.encoding, "windows-1252");
	assert_item(&r, 0, "title", "\xe2\x80\x9cq\xe2\x80\x9d \xc3\xa9");
	result_free(&r);
}

/*
 * Decode doc pushed in pieces of `step` bytes, handing on each push's text
 * as the parser does; the whole output, with the bozo reason after a NUL.
 * *copies counts the pushes whose text did not come straight from the
 * chunk.
 */
static char *
decode_all(const char *doc, size_t len, size_t step, const char *ctype,
    int *copies)
{
	struct decoder *d = decoder_new(ctype);
	struct buf out = BUF_INIT, all = BUF_INIT;
	const char *text, *why;
	size_t off, n, tn;

	*copies = 0;
	for (off = 0; off < len; off += n) {
		n = len - off < step ? len - off : step;
		text = decoder_push(d, doc + off, n, &out, &tn);
		if (tn && text == out.data)
			(*copies)++;
		buf_add(&all, text, tn);
		buf_reset(&out);
	}
	decoder_finish(d, &out);
	buf_add(&all, out.data, out.len);
	buf_addch(&all, '\0');
	why = decoder_bozo(d);
	buf_addstr(&all, why ? why : "-");
	decoder_free(d);
	buf_release(&out);
	return buf_detach(&all, NULL);
}

/* Output and bozo reason of decode_all, as one comparable string. */
static void
assert_decoded(const char *got, const char *text, const char *bozo)
{
	assert_string_equal(got, text);
	assert_string_equal(got + strlen(got) + 1, bozo ? bozo : "-");
}

static void
test_decoder_in_place(void **state)
{
	/* two-, three- and four-byte sequences, a tab and a newline */
	static const char utf8[] = "<?xml version=\"1.0\"?><rss>\t"
	    "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xc2\xa0\n</rss>";
	static const char *const bad[][3] = {	/* doc, text, bozo */
		{ "<rss>a\x01" "b</rss>", "<rss>ab</rss>",
		    "control character removed" },
		{ "<rss>\xc3\xa9\xc2\x93q\xc2\x94</rss>",
		    "<rss>\xc3\xa9\xe2\x80\x9cq\xe2\x80\x9d</rss>", NULL },
		{ "<rss>\xc3\xa9 \x92 \xed\xa0\x80</rss>",
		    "<rss>\xc3\xa9 \xe2\x80\x99 \xc3\xad\xc2\xa0\xe2\x82\xac</rss>",
		    "invalid byte sequence repaired" },
		{ "<rss>\xef\xbf\xbe \xe2\x82</rss>",
		    "<rss>\xc3\xaf\xc2\xbf\xc2\xbe \xc3\xa2\xe2\x80\x9a</rss>",
		    "document is not in its declared encoding" },
		{ "<rss>x \xf0\x9f\x98", "<rss>x \xc3\xb0\xc5\xb8\xcb\x9c",
		    "document is not in its declared encoding" },
	};
	size_t step, i, len = sizeof(utf8) - 1;
	char *got, doc[sizeof(utf8) + 3];
	int copies;

	(void)state;
	/* Valid UTF-8 comes back as the caller's own bytes. */
	got = decode_all(utf8, len, len, NULL, &copies);
	assert_decoded(got, utf8, NULL);
	assert_int_equal(copies, 0);
	free(got);
	/* Cut anywhere, a sequence split by the cut waits for its end; only
	 * the push that completes it needs a copy. */
	for (step = 1; step <= len; step++) {
		got = decode_all(utf8, len, step, NULL, &copies);
		assert_decoded(got, utf8, NULL);
		free(got);
	}
	got = decode_all(utf8, len, strchr(utf8, '\xe2') - utf8 + 1, NULL,
	    &copies);
	assert_int_equal(copies, 1);
	free(got);
	/* A BOM is skipped in place too. */
	memcpy(doc, "\xef\xbb\xbf", 3);
	memcpy(doc + 3, utf8, len);
	for (step = 1; step <= len + 3; step += 5) {
		got = decode_all(doc, len + 3, step, NULL, &copies);
		assert_decoded(got, utf8, NULL);
		free(got);
	}
	/* Whatever needs repair is repaired the same way at every cut. */
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		for (step = 1; step <= strlen(bad[i][0]); step++) {
			got = decode_all(bad[i][0], strlen(bad[i][0]), step,
			    NULL, &copies);
			assert_decoded(got, bad[i][1], bad[i][2]);
			free(got);
		}
	/* us-ascii (text/xml) in place, until a byte that is not ASCII */
	got = decode_all("<rss>plain</rss>", 16, 16, "text/xml", &copies);
	assert_decoded(got, "<rss>plain</rss>", NULL);
	assert_int_equal(copies, 0);
	free(got);
	got = decode_all("<rss>caf\xc3\xa9</rss>", 17, 4, "text/xml", &copies);
	assert_decoded(got, "<rss>caf\xc3\xa9</rss>",
	    "document is not in its declared encoding");
	free(got);
}

static void
test_content_type_parsing(void **state)
{
	char type[64], cs[64];

	(void)state;
	assert_int_equal(encoding_parse_content_type("Text/XML; Charset = 'UTF-8'",
	    type, sizeof(type), cs, sizeof(cs)), 0);
	assert_string_equal(type, "text/xml");
	assert_string_equal(cs, "utf-8");
	encoding_parse_content_type("text/xml; charset:iso-8859-1", type,
	    sizeof(type), cs, sizeof(cs));
	assert_string_equal(cs, "");
	encoding_parse_content_type("application/atom+xml;charset=\"gb2312\";x=1",
	    type, sizeof(type), cs, sizeof(cs));
	assert_string_equal(type, "application/atom+xml");
	assert_string_equal(cs, "gb2312");
	assert_int_equal(encoding_parse_content_type("", type, sizeof(type),
	    cs, sizeof(cs)), -1);
}

static const char atom_doc[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://ex.org/a/\""
    " xml:lang=\"en\">\n"
    " <title type=\"html\">Caf&amp;eacute; &lt;b&gt;news&lt;/b&gt;</title>\n"
    " <link rel=\"alternate\" href=\"index.html\"/>\n"
    " <updated>2011-11-12T10:00:00+02:00</updated>\n"
    " <entry xml:base=\"sub/\">\n"
    "  <id>tag:ex.org,2011:1</id>\n"
    "  <title>First &amp; best</title>\n"
    "  <link href=\"one.html\"/>\n"
    "  <link rel=\"enclosure\" type=\"audio/mpeg\" length=\"1234\" href=\"/m/one.mp3\"/>\n"
    "  <author><name>Ann</name><email>ann@ex.org</email></author>\n"
    "  <category term=\"world\"/>\n"
    "  <published>2011-11-12T09:00:00Z</published>\n"
    "  <summary type=\"html\">&lt;a href=\"rel.html\"&gt;x&lt;/a&gt;</summary>\n"
    "  <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
    "<p>Hi <b>there</b> 1 &lt; 2<br/></p></div></content>\n"
    " </entry>\n"
    " <entry>\n"
    "  <title>Second</title>\n"
    "  <link href=\"http://other.example/2\"/>\n"
    " </entry>\n"
    "</feed>\n";

static void
test_atom_and_xml_base(void **state)
{
	struct result r;

	(void)state;
	parse(&r, atom_doc, sizeof(atom_doc) - 1, 0, NULL, "http://ignored/");
	assert_int_equal(r.finish, 0);
	assert_null(r.bozo);
	assert_int_equal(r.nitems, 2);
	assert_non_null(strstr(r.feed, "\"title\":\"Caf\xc3\xa9 news\""));
	assert_non_null(strstr(r.feed, "\"link\":\"http://ex.org/a/index.html\""));
	assert_non_null(strstr(r.feed, "\"updated\":\"2011-11-12T08:00:00Z\""));
	assert_non_null(strstr(r.feed, "\"language\":\"en\""));
	assert_non_null(strstr(r.feed, "\"format\":\"atom10\""));
	assert_item(&r, 0, "id", "tag:ex.org,2011:1");
	assert_item(&r, 0, "title", "First & best");
	assert_item(&r, 0, "link", "http://ex.org/a/sub/one.html");
	assert_item(&r, 0, "author", "Ann (ann@ex.org)");
	assert_item(&r, 0, "categories", "[\"world\"]");
	assert_item(&r, 0, "published", "2011-11-12T09:00:00Z");
	assert_item(&r, 0, "enclosures", "[{\"url\":\"http://ex.org/m/one.mp3\","
	    "\"type\":\"audio/mpeg\",\"length\":1234}]");
	assert_item(&r, 0, "summary",
	    "<a href=\"http://ex.org/a/sub/rel.html\">x</a>");
	assert_item(&r, 0, "content", "<p>Hi <b>there</b> 1 &lt; 2<br /></p>");
	assert_item(&r, 1, "link", "http://other.example/2");
	result_free(&r);
}

static void
test_rss_relative_to_document(void **state)
{
	static const char doc[] = "<rss version=\"2.0\"><channel>"
	    "<title>T</title><link>/</link>"
	    "<item><title>a &nbsp;&eacute;&mdash;</title><link>items/1</link>"
	    "<guid isPermaLink=\"false\">42</guid>"
	    "<description><![CDATA[<p>x & y</p>]]></description>"
	    "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
	    "&lt;p&gt;full&lt;/p&gt;</content:encoded>"
	    "<enclosure url=\"a.mp3\" length=\"10\" type=\"audio/mpeg\"/>"
	    "<pubDate>Sat, 12 Nov 2011 10:00:00 GMT</pubDate>"
	    "</item>"
	    /* A guid is a link unless it says isPermaLink="false", in
	     * any case. */
	    "<item><guid isPermaLink=\"False\">http://ex.org/g/1</guid></item>"
	    "<item><guid isPermaLink=\"falsey\">http://ex.org/g/2</guid></item>"
	    "<item><guid isPermaLink=\"fals\">http://ex.org/g/3</guid></item>"
	    "</channel></rss>";
	struct result r;

	(void)state;
	parse(&r, doc, sizeof(doc) - 1, 0, NULL, "http://ex.org/feeds/rss.xml");
	assert_item(&r, 1, "id", "http://ex.org/g/1");
	assert_item(&r, 1, "link", "null");
	assert_item(&r, 2, "link", "http://ex.org/g/2");
	assert_item(&r, 3, "link", "http://ex.org/g/3");
	assert_null(r.bozo);
	assert_non_null(strstr(r.feed, "\"link\":\"http://ex.org/\""));
	assert_item(&r, 0, "title", "a \xc2\xa0\xc3\xa9\xe2\x80\x94");
	assert_item(&r, 0, "link", "http://ex.org/feeds/items/1");
	assert_item(&r, 0, "id", "42");
	assert_item(&r, 0, "summary", "<p>x & y</p>");
	assert_item(&r, 0, "content", "<p>full</p>");
	assert_item(&r, 0, "published", "2011-11-12T10:00:00Z");
	assert_item(&r, 0, "enclosures", "[{\"url\":\"http://ex.org/feeds/a.mp3\","
	    "\"type\":\"audio/mpeg\",\"length\":10}]");
	result_free(&r);
}

static const char rss_utf8[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<rss version=\"2.0\"><channel><title>Caf\xc3\xa9 \xe2\x82\xac</title>"
    "<item><title>\xf0\x9f\x98\x80 \xc2\x93q\xc2\x94</title>"
    "<description>a\xe2\x80\x94" "b \xff c</description></item>"
    "</channel></rss>";

static void
test_chunking_is_invisible(void **state)
{
	static const size_t steps[] = { 1, 2, 3, 7, 64, 0 };
	struct result whole, part;
	size_t i;

	(void)state;
	parse(&whole, atom_doc, sizeof(atom_doc) - 1, 0, NULL, NULL);
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		parse(&part, atom_doc, sizeof(atom_doc) - 1, steps[i], NULL, NULL);
		assert_string_equal(buf_str(&part.items), buf_str(&whole.items));
		assert_string_equal(part.feed, whole.feed);
		result_free(&part);
	}
	result_free(&whole);

	/* an entity reference and a multi-byte sequence split everywhere */
	parse(&whole, rss_latin1, sizeof(rss_latin1) - 1, 0, NULL, NULL);
	parse(&part, rss_latin1, sizeof(rss_latin1) - 1, 1, NULL, NULL);
	assert_string_equal(buf_str(&part.items), buf_str(&whole.items));
	assert_string_equal(part.feed, whole.feed);
	result_free(&part);
	result_free(&whole);

	/* UTF-8 read in place: every cut, through sequences of every length,
	 * a C1 control and a byte that needs repair */
	parse(&whole, rss_utf8, sizeof(rss_utf8) - 1, 0, NULL, NULL);
	assert_item(&whole, 0, "title",
	    "\xf0\x9f\x98\x80 \xe2\x80\x9cq\xe2\x80\x9d");
	assert_item(&whole, 0, "summary", "a\xe2\x80\x94" "b \xc3\xbf c");
	assert_string_equal(whole.bozo, "invalid byte sequence repaired");
	for (i = 1; i < sizeof(rss_utf8) - 1; i++) {
		parse(&part, rss_utf8, sizeof(rss_utf8) - 1, i, NULL, NULL);
		assert_string_equal(buf_str(&part.items), buf_str(&whole.items));
		assert_string_equal(part.feed, whole.feed);
		result_free(&part);
	}
	result_free(&whole);
}

static void
test_bozo_recovery(void **state)
{
	static const char doc[] = "<rss version=\"2.0\"><channel><title>T</title>"
	    "<item><title>one</title></item>"
	    "<item><title>two</tite></item>"
	    "<item><title>three & four</title></item>";
	struct result r;
	size_t i;

	(void)state;
	parse(&r, doc, sizeof(doc) - 1, 5, NULL, NULL);
	assert_int_equal(r.finish, 0);
	assert_non_null(r.bozo);
	assert_true(r.nitems >= 1);
	assert_item(&r, 0, "title", "one");
	result_free(&r);

	/* not a feed at all */
	parse(&r, "<html><body>hi</body></html>", 28, 0, NULL, NULL);
	assert_int_equal(r.finish, -1);
	assert_int_equal(r.nitems, 0);
	result_free(&r);
	parse(&r, "", 0, 0, NULL, NULL);
	assert_int_equal(r.finish, -1);
	result_free(&r);

	/* An XML feed cut short says so, not libxml2's "Extra content at
	 * the end of the document", whatever the pieces it came in; extra
	 * content after the root still says that. */
	for (i = 0; i < 3; i++) {
		static const char cut[] = "<rss version=\"2.0\"><channel>"
		    "<title>T</title>\n<item><title>one</title></item>\n"
		    "<item><title>two</title>";
		static const size_t steps[] = { 0, 1, 7 };

		parse(&r, cut, sizeof(cut) - 1, steps[i], NULL, NULL);
		assert_int_equal(r.nitems, 2);
		assert_string_equal(r.bozo,
		    "line 3: document ends inside an element");
		result_free(&r);
	}
	parse(&r, "<rss version=\"2.0\"><channel/></rss>\n<rss>", 41, 0,
	    NULL, NULL);
	assert_non_null(r.bozo);
	assert_non_null(strstr(r.bozo, "Extra content"));
	result_free(&r);

	/* A JSON feed cut short: the error says where it broke. */
	parse(&r, "{\"version\":\"https://jsonfeed.org/version/1.1\","
	    "\"items\":[{\"id\":\"1\"}", 65, 0, NULL, NULL);
	assert_int_equal(r.finish, -1);
	assert_non_null(r.error);
	assert_true(strncmp(r.error, "not a JSON feed: JSON line 1: ",
	    30) == 0);
	result_free(&r);
	/* JSON that is no JSON Feed has no more to say. */
	parse(&r, "{\"a\": 1}", 8, 0, NULL, NULL);
	assert_int_equal(r.finish, -1);
	assert_string_equal(r.error, "not a JSON feed");
	result_free(&r);
}

static void
test_billion_laughs(void **state)
{
	struct buf doc;
	struct result r;
	char c;
	clock_t t0 = clock();

	(void)state;
	buf_init(&doc, 0);
	buf_addstr(&doc, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
	    "<!ENTITY l0 \"ha\">\n");
	for (c = '1'; c <= '9'; c++)
		buf_printf(&doc, "<!ENTITY l%c \"&l%c;&l%c;&l%c;&l%c;&l%c;&l%c;"
		    "&l%c;&l%c;&l%c;&l%c;\">\n", c, c - 1, c - 1, c - 1, c - 1,
		    c - 1, c - 1, c - 1, c - 1, c - 1, c - 1);
	buf_addstr(&doc, "]>\n<rss version=\"2.0\"><channel><title>&l9;</title>"
	    "<item><title>x&l9;y</title></item></channel></rss>");
	parse(&r, doc.data, doc.len, 0, NULL, NULL);
	assert_int_equal(r.nitems, 1);
	assert_item(&r, 0, "title", "xy");
	assert_true(strlen(r.feed) < 1000);
	assert_true((clock() - t0) / CLOCKS_PER_SEC < 5);
	result_free(&r);
	buf_release(&doc);
}

static void
test_external_entity_not_read(void **state)
{
	static const char doc[] = "<?xml version=\"1.0\"?>\n"
	    "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
	    "<!ENTITY % pe SYSTEM \"file:///etc/hostname\"> %pe;]>\n"
	    "<rss version=\"2.0\"><channel><title>a&xxe;b</title>"
	    "<item><title>t</title><description>&xxe;</description></item>"
	    "</channel></rss>";
	struct result r;

	(void)state;
	parse(&r, doc, sizeof(doc) - 1, 0, NULL, NULL);
	assert_int_equal(r.nitems, 1);
	assert_null(strstr(r.feed, "root:"));
	assert_null(strstr(buf_str(&r.items), "root:"));
	assert_non_null(strstr(r.feed, "\"title\":\"ab\""));
	result_free(&r);
}

static void
test_deep_nesting(void **state)
{
	struct buf doc;
	struct result r;
	int i;

	(void)state;
	buf_init(&doc, 0);
	buf_addstr(&doc, "<rss><channel><item><title>ok</title></item>");
	for (i = 0; i < 100000; i++)
		buf_addstr(&doc, "<x>");
	parse(&r, doc.data, doc.len, 4096, NULL, NULL);
	assert_int_equal(r.nitems, 1);
	assert_non_null(r.bozo);
	assert_non_null(strstr(r.bozo, "nested"));
	result_free(&r);
	buf_release(&doc);
}

static void
test_many_names(void **state)
{
	struct buf doc;
	struct result r;
	clock_t t0 = clock();
	int i;

	(void)state;
	buf_init(&doc, 0);
	buf_addstr(&doc, "<rss><channel><item><title>ok</title></item>");
	for (i = 0; i < 200000; i++)
		buf_printf(&doc, "<item><x%d a%d=\"1\"/></item>", i, i);
	buf_addstr(&doc, "</channel></rss>");
	parse(&r, doc.data, doc.len, 65536, NULL, NULL);
	assert_non_null(r.bozo);
	assert_non_null(strstr(r.bozo, "distinct"));
	assert_item(&r, 0, "title", "ok");
	/* without the cap libxml2 takes seconds on this */
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 2.0);
	result_free(&r);
	buf_release(&doc);
}

static void
test_caps(void **state)
{
	struct feed_parser_opts o;
	struct buf doc;
	struct result r;
	int i;

	(void)state;
	buf_init(&doc, 0);
	buf_addstr(&doc, "<rss><channel>");
	for (i = 0; i < 20; i++)
		buf_printf(&doc, "<item><title>item %d with a long title</title>"
		    "</item>", i);
	buf_addstr(&doc, "</channel></rss>");
	memset(&o, 0, sizeof(o));
	o.max_items = 5;
	o.max_field = 8;
	r.stop_after = 0;
	parse_opts(&r, doc.data, doc.len, 0, &o);
	/* parsing stops at the first item past the cap */
	assert_int_equal(r.nitems, 5);
	assert_int_equal(r.truncated, 6);
	assert_item(&r, 0, "title", "item 0 w");
	assert_non_null(r.bozo);
	result_free(&r);

	/* the callback can stop the parse */
	memset(&r, 0, sizeof(r));
	r.stop_after = 2;
	parse_opts(&r, doc.data, doc.len, 0, NULL);
	assert_int_equal(r.nitems, 2);
	assert_int_equal(r.finish, -1);
	result_free(&r);
	buf_release(&doc);
}

static void
test_formats(void **state)
{
	static const struct {
		const char *doc;
		const char *format;
	} cases[] = {
		{ "<rss version=\"0.91\"><channel><title>x</title></channel></rss>", "rss091" },
		{ "<rss version=\"0.92\"><channel><title>x</title></channel></rss>", "rss092" },
		{ "<rss version=\"2.0\"><channel><title>x</title></channel></rss>", "rss20" },
		{ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
		  "xmlns=\"http://purl.org/rss/1.0/\"><channel><title>x</title></channel>"
		  "<item rdf:about=\"http://ex.org/1\"><title>i</title></item></rdf:RDF>", "rss10" },
		{ "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
		  "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>x"
		  "</title></channel></rdf:RDF>", "rss090" },
		{ "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>x"
		  "</title></feed>", "atom03" },
		{ "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", "atom10" },
		{ "{\"version\":\"https://jsonfeed.org/version/1\",\"title\":\"x\",\"items\":"
		  "[{\"id\":\"1\",\"content_text\":\"t\"}]}", "json10" },
		{ "  {\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"x\","
		  "\"items\":[]}", "json11" },
	};
	char want[64];
	struct result r;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		parse(&r, cases[i].doc, strlen(cases[i].doc), 0, NULL, NULL);
		snprintf(want, sizeof(want), "\"format\":\"%s\"", cases[i].format);
		assert_int_equal(r.finish, 0);
		if (strstr(r.feed, want) == NULL)
			fail_msg("case %zu: %s", i, r.feed);
		assert_non_null(strstr(r.feed, "\"title\":\"x\""));
		result_free(&r);
	}
	parse(&r, cases[3].doc, strlen(cases[3].doc), 0, NULL, NULL);
	assert_item(&r, 0, "id", "http://ex.org/1");
	result_free(&r);
}


/* Items' ids and content hashes, a line each, and how many items had a
 * date, a creator, a category or an enclosure: for test_keys_only. */
struct keys {
	struct buf lines;
	int	 extras;
};

static int
collect_keys(const struct feed_item *it, void *arg)
{
	struct keys *k = arg;
	char hash[65];

	feed_item_content_hash(it, hash);
	buf_printf(&k->lines, "%s %s\n", it->id ? it->id : "(null)", hash);
	if (it->published || it->updated || it->author || it->ncategories ||
	    it->nenclosures)
		k->extras++;
	return 0;
}

static void
keys_of(struct keys *k, const char *doc, int keys_only, size_t step)
{
	struct feed_parser_opts o;
	struct feed_parser *p;
	size_t off, n, len = strlen(doc);

	memset(&o, 0, sizeof(o));
	o.base_url = "http://ex.org/feed/";
	o.keys_only = keys_only;
	buf_init(&k->lines, 0);
	k->extras = 0;
	p = feed_parser_new(&o, collect_keys, k);
	for (off = 0; off < len; off += n) {
		n = len - off < step ? len - off : step;
		if (feed_parser_push(p, doc + off, n) == -1)
			break;
	}
	assert_int_equal(feed_parser_finish(p), 0);
	feed_parser_free(p);
}

/* keys_only skips dates, creators, categories and enclosures, and nothing
 * that an item's id or content hash is made of: not the media:title inside
 * media:content, nor a title that follows an Atom author's name. */
static void
test_keys_only(void **state)
{
	static const char *const docs[] = {
		"<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
		" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>c"
		"</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>"
		"<item><title>One</title><link>a/1</link><guid>g1</guid>"
		"<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><category>x"
		"<b>y</b></category><dc:creator>me</dc:creator><description>"
		"&lt;a href=\"rel\"&gt;s&lt;/a&gt;</description><enclosure"
		" url=\"e.mp3\" length=\"1\" type=\"audio/mpeg\"/></item>"
		"<item><dc:date>2003-06-10T04:00:00Z</dc:date><media:content"
		" url=\"m.jpg\"><media:title>From media</media:title>"
		"<media:description>md</media:description></media:content>"
		"<description>d2</description></item>"
		"<item><guid isPermaLink=\"true\">http://ex.org/p/3</guid>"
		"<dc:title>weak</dc:title><title>strong</title></item>"
		"</channel></rss>",
		"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>f</title>"
		"<updated>2003-12-13T18:30:02Z</updated>"
		"<entry><id>e1</id><author><name>N</name><title>T after name"
		"</title></author><updated>2003-12-13T18:30:02Z</updated>"
		"<published>2003-12-13T08:29:29-04:00</published><category"
		" term=\"t\"/><link rel=\"enclosure\" href=\"x.mp3\"/>"
		"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
		"<p>c</p></div></content></entry>"
		"<entry><title type=\"html\">&lt;b&gt;h&lt;/b&gt;</title><summary>s"
		"</summary><link href=\"/e2\"/></entry></feed>",
	};
	struct keys full, lean;
	size_t i, step;

	(void)state;
	for (i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		for (step = 1; step <= 4096; step *= 64) {
			keys_of(&full, docs[i], 0, step);
			keys_of(&lean, docs[i], 1, step);
			assert_true(full.extras > 0);
			assert_int_equal(lean.extras, 0);
			assert_string_equal(buf_str(&lean.lines),
			    buf_str(&full.lines));
			buf_release(&full.lines);
			buf_release(&lean.lines);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_declared_encoding),
		cmocka_unit_test(test_bom_utf16),
		cmocka_unit_test(test_http_charset),
		cmocka_unit_test(test_undeclared_cp1252),
		cmocka_unit_test(test_decoder_in_place),
		cmocka_unit_test(test_content_type_parsing),
		cmocka_unit_test(test_atom_and_xml_base),
		cmocka_unit_test(test_rss_relative_to_document),
		cmocka_unit_test(test_chunking_is_invisible),
		cmocka_unit_test(test_bozo_recovery),
		cmocka_unit_test(test_billion_laughs),
		cmocka_unit_test(test_external_entity_not_read),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_many_names),
		cmocka_unit_test(test_caps),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_keys_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
