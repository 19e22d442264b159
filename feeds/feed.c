/*
 * Feed and item records: release, JSON as DESIGN.md shows it, item ids and
 * content hashes.
 */
#include "config.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "feeds/feed.h"

void
feed_info_clear(struct feed_info *f)
{
	if (f == NULL)
		return;
	free(f->title);
	free(f->link);
	free(f->id);
	free(f->description);
	free(f->language);
	free(f->updated);
	free(f->bozo);
	free(f->encoding);
	memset(f, 0, sizeof(*f));
}

void
feed_item_clear(struct feed_item *it)
{
	size_t i;

	if (it == NULL)
		return;
	free(it->id);
	free(it->title);
	free(it->link);
	free(it->published);
	free(it->updated);
	free(it->author);
	free(it->summary);
	free(it->content);
	for (i = 0; i < it->ncategories; i++)
		free(it->categories[i]);
	free(it->categories);
	for (i = 0; i < it->nenclosures; i++) {
		free(it->enclosures[i].url);
		free(it->enclosures[i].type);
	}
	free(it->enclosures);
	memset(it, 0, sizeof(*it));
}

/* Length of the valid UTF-8 sequence at s (RFC 3629: no overlongs, no
 * surrogates, nothing past U+10FFFF), or 0 when it is not one. */
static size_t
utf8_seq(const unsigned char *s)
{
	unsigned char c = s[0];
	size_t n, i;
	unsigned long cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

/* A JSON string for s; null when s is NULL. */
static json_t *
jstr(const char *s)
{
	struct buf b = BUF_INIT;
	const unsigned char *p;
	json_t *j;
	size_t n;

	if (s == NULL)
		return json_null();
	if ((j = json_string(s)) != NULL)
		return j;
	/* jansson refuses invalid UTF-8; keep the field, mark the damage. */
	for (p = (const unsigned char *)s; *p; p += n) {
		if ((n = utf8_seq(p)) == 0) {
			buf_addstr(&b, "\xef\xbf\xbd");
			n = 1;
		} else
			buf_add(&b, p, n);
	}
	j = json_string(buf_str(&b));
	buf_release(&b);
	if (j == NULL)
		fatalx("json_string: out of memory");
	return j;
}

static void
jset(json_t *o, const char *key, json_t *v)
{
	if (v == NULL || json_object_set_new(o, key, v) == -1)
		fatalx("json: cannot set %s", key);
}

static json_t *
wrap(const char *key, json_t *o)
{
	json_t *w = json_object();

	if (w == NULL)
		fatalx("json_object: out of memory");
	jset(w, key, o);
	return w;
}

json_t *
feed_info_json(const struct feed_info *f)
{
	json_t *o = json_object();

	if (o == NULL)
		fatalx("json_object: out of memory");
	jset(o, "title", jstr(f->title));
	jset(o, "link", jstr(f->link));
	jset(o, "id", jstr(f->id));
	jset(o, "description", jstr(f->description));
	jset(o, "language", jstr(f->language));
	jset(o, "updated", jstr(f->updated));
	jset(o, "format", jstr(f->format));
	jset(o, "bozo", jstr(f->bozo));
	return wrap("feed", o);
}

json_t *
feed_item_json(const struct feed_item *it)
{
	json_t *o = json_object(), *cats = json_array(), *encs = json_array();
	json_t *e;
	size_t i;

	if (o == NULL || cats == NULL || encs == NULL)
		fatalx("json: out of memory");
	jset(o, "id", jstr(it->id));
	jset(o, "title", jstr(it->title));
	jset(o, "link", jstr(it->link));
	jset(o, "published", jstr(it->published));
	jset(o, "updated", jstr(it->updated));
	jset(o, "author", jstr(it->author));
	jset(o, "summary", jstr(it->summary));
	jset(o, "content", jstr(it->content));
	for (i = 0; i < it->ncategories; i++)
		if (json_array_append_new(cats, jstr(it->categories[i])) == -1)
			fatalx("json: out of memory");
	jset(o, "categories", cats);
	for (i = 0; i < it->nenclosures; i++) {
		const struct feed_enclosure *en = &it->enclosures[i];

		if ((e = json_object()) == NULL)
			fatalx("json: out of memory");
		jset(e, "url", jstr(en->url));
		jset(e, "type", jstr(en->type));
		jset(e, "length", en->length >= 0 ?
		    json_integer((json_int_t)en->length) : json_null());
		if (json_array_append_new(encs, e) == -1)
			fatalx("json: out of memory");
	}
	jset(o, "enclosures", encs);
	return wrap("item", o);
}

/*
 * The same JSON text, written straight into a buffer: `feedwatch parse`
 * prints one line per item, and building a json_t tree for each only to
 * serialise it at once cost more than parsing the XML.  The output must
 * stay byte-identical to json_dumps(feed_*_json(), JSON_COMPACT): same key
 * order, no spaces, the escapes jansson writes (\" \\ \b \f \n \r \t, other
 * C0 controls as \u00XX in upper case, '/' and non-ASCII as they are), and
 * invalid UTF-8 replaced byte by byte with U+FFFD as jstr() does.
 * tests/unit/test_feed_json checks that on the whole conformance corpus.
 */

/* Give up a partly written object: drop what was appended since `mark`. */
static int
json_undo(struct buf *b, size_t mark)
{
	b->len = mark;
	if (b->data)
		b->data[mark] = '\0';
	return -1;
}

/*
 * Length of the run at the start of s[0..n) that JSON takes as it is
 * (ASCII from 0x20 up, not '"' or '\\'), eight bytes at a time: most of an
 * item is such text.  It may stop early; the caller's byte loop goes on.
 */
static size_t
json_plain_run(const unsigned char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
	uint64_t w, q, bs;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		q = w ^ (ones * '"');
		bs = w ^ (ones * '\\');
		/* high bit set, a byte below 0x20, a '"' or a '\\' */
		if ((w | ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
		    ((bs - ones) & ~bs)) & highs)
			break;
	}
	return i;
}

static int
json_put_str(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	const unsigned char *p, *run, *end;
	char esc[6];
	size_t n, elen;

	if (s == NULL)
		return buf_add(b, "null", 4);
	if (buf_addch(b, '"') == -1)
		return -1;
	run = p = (const unsigned char *)s;
	end = p + strlen(s);
	while (p < end) {
		/* plain ASCII and valid UTF-8 are copied in runs */
		p += json_plain_run(p, (size_t)(end - p));
		if (p == end)
			break;
		if (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') {
			p++;
			continue;
		}
		if (*p >= 0x80 && (n = utf8_seq(p)) > 0) {
			p += n;
			continue;
		}
		if (p > run && buf_add(b, run, (size_t)(p - run)) == -1)
			return -1;
		elen = 2;
		esc[0] = '\\';
		switch (*p) {
		case '"':	esc[1] = '"'; break;
		case '\\':	esc[1] = '\\'; break;
		case '\b':	esc[1] = 'b'; break;
		case '\f':	esc[1] = 'f'; break;
		case '\n':	esc[1] = 'n'; break;
		case '\r':	esc[1] = 'r'; break;
		case '\t':	esc[1] = 't'; break;
		default:
			if (*p >= 0x80) {	/* not valid UTF-8 */
				memcpy(esc, "\xef\xbf\xbd", 3);
				elen = 3;
			} else {
				memcpy(esc + 1, "u00", 3);
				esc[4] = hex[*p >> 4];
				esc[5] = hex[*p & 0xf];
				elen = 6;
			}
			break;
		}
		if (buf_add(b, esc, elen) == -1)
			return -1;
		run = ++p;
	}
	if (p > run && buf_add(b, run, (size_t)(p - run)) == -1)
		return -1;
	return buf_addch(b, '"');
}

/* ,"key":"value" (the comma unless first) */
static int
json_put_field(struct buf *b, const char *key, const char *val, int first)
{
	if (!first && buf_addch(b, ',') == -1)
		return -1;
	if (buf_addch(b, '"') == -1 || buf_addstr(b, key) == -1 ||
	    buf_add(b, "\":", 2) == -1)
		return -1;
	return json_put_str(b, val);
}

int
feed_info_write_json(struct buf *b, const struct feed_info *f,
    int with_encoding)
{
	size_t mark = b->len;

	if (buf_addstr(b, "{\"feed\":{") == -1 ||
	    json_put_field(b, "title", f->title, 1) == -1 ||
	    json_put_field(b, "link", f->link, 0) == -1 ||
	    json_put_field(b, "id", f->id, 0) == -1 ||
	    json_put_field(b, "description", f->description, 0) == -1 ||
	    json_put_field(b, "language", f->language, 0) == -1 ||
	    json_put_field(b, "updated", f->updated, 0) == -1 ||
	    json_put_field(b, "format", f->format, 0) == -1 ||
	    json_put_field(b, "bozo", f->bozo, 0) == -1 ||
	    (with_encoding &&
	    json_put_field(b, "encoding", f->encoding, 0) == -1) ||
	    buf_add(b, "}}", 2) == -1)
		return json_undo(b, mark);
	return 0;
}

int
feed_item_write_json(struct buf *b, const struct feed_item *it)
{
	const struct feed_enclosure *en;
	size_t mark = b->len, i;
	char num[32];
	int n;

	if (buf_addstr(b, "{\"item\":{") == -1 ||
	    json_put_field(b, "id", it->id, 1) == -1 ||
	    json_put_field(b, "title", it->title, 0) == -1 ||
	    json_put_field(b, "link", it->link, 0) == -1 ||
	    json_put_field(b, "published", it->published, 0) == -1 ||
	    json_put_field(b, "updated", it->updated, 0) == -1 ||
	    json_put_field(b, "author", it->author, 0) == -1 ||
	    json_put_field(b, "summary", it->summary, 0) == -1 ||
	    json_put_field(b, "content", it->content, 0) == -1 ||
	    buf_addstr(b, ",\"categories\":[") == -1)
		return json_undo(b, mark);
	for (i = 0; i < it->ncategories; i++)
		if ((i && buf_addch(b, ',') == -1) ||
		    json_put_str(b, it->categories[i]) == -1)
			return json_undo(b, mark);
	if (buf_addstr(b, "],\"enclosures\":[") == -1)
		return json_undo(b, mark);
	for (i = 0; i < it->nenclosures; i++) {
		en = &it->enclosures[i];
		if (en->length >= 0)
			n = snprintf(num, sizeof(num), "%lld", en->length);
		else
			n = snprintf(num, sizeof(num), "null");
		if ((i && buf_addch(b, ',') == -1) ||
		    buf_addch(b, '{') == -1 ||
		    json_put_field(b, "url", en->url, 1) == -1 ||
		    json_put_field(b, "type", en->type, 0) == -1 ||
		    buf_addstr(b, ",\"length\":") == -1 ||
		    buf_add(b, num, (size_t)n) == -1 ||
		    buf_addch(b, '}') == -1)
			return json_undo(b, mark);
	}
	if (buf_add(b, "]}}", 3) == -1)
		return json_undo(b, mark);
	return 0;
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* s without surrounding whitespace, or NULL when nothing is left. */
static char *
trimmed(const char *s)
{
	size_t n;

	if (s == NULL)
		return NULL;
	while (is_space((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n > 0 && is_space((unsigned char)s[n - 1]))
		n--;
	return n ? xstrndup(s, n) : NULL;
}

/*
 * SHA-256 runs for every item of every poll (the content hash).  With
 * OpenSSL 3, EVP_sha256() in EVP_DigestInit_ex() fetches the algorithm
 * from the provider on each call, under a lock, and a context was
 * allocated each time: more work than hashing a typical item.  The
 * algorithm is fetched once and each thread keeps one context, reset for
 * every hash (the daemon parses on worker threads) and freed when the
 * thread ends.
 */
static pthread_once_t sha256_once = PTHREAD_ONCE_INIT;
static pthread_key_t sha256_key;
static const EVP_MD *sha256_md;

static const EVP_MD *
sha256_fetch(void)
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
	return EVP_MD_fetch(NULL, "SHA256", NULL);
#else
	return EVP_sha256();
#endif
}

static void
sha256_ctx_free(void *ctx)
{
	EVP_MD_CTX_free(ctx);
}

static void
sha256_setup(void)
{
	if ((sha256_md = sha256_fetch()) == NULL)
		fatalx("sha256: not available");
	if (pthread_key_create(&sha256_key, sha256_ctx_free) != 0)
		fatalx("sha256: no thread key");
}

static void
sha256_hex(const char *const *parts, const size_t *lens, size_t nparts,
    char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;
	EVP_MD_CTX *sha256_ctx;
	size_t k;

	if (pthread_once(&sha256_once, sha256_setup) != 0)
		fatalx("sha256: cannot set up");
	if ((sha256_ctx = pthread_getspecific(sha256_key)) == NULL) {
		if ((sha256_ctx = EVP_MD_CTX_new()) == NULL ||
		    pthread_setspecific(sha256_key, sha256_ctx) != 0)
			fatalx("sha256: out of memory");
	}
	if (EVP_DigestInit_ex(sha256_ctx, sha256_md, NULL) != 1)
		fatalx("sha256: cannot initialise");
	for (k = 0; k < nparts; k++)
		if (EVP_DigestUpdate(sha256_ctx, parts[k], lens[k]) != 1)
			fatalx("sha256: update failed");
	if (EVP_DigestFinal_ex(sha256_ctx, md, &mdlen) != 1 || mdlen != 32)
		fatalx("sha256: final failed");
	for (i = 0; i < mdlen; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 0xf];
	}
	out[64] = '\0';
}

char *
feed_item_derive_id(const char *guid, const char *link, const char *title,
    const char *summary)
{
	const char *parts[3];
	size_t lens[3];
	char hex[65];
	char *s;

	if ((s = trimmed(guid)) != NULL || (s = trimmed(link)) != NULL)
		return s;
	parts[0] = title ? title : "";
	parts[1] = "\n";
	parts[2] = summary ? summary : "";
	lens[0] = strlen(parts[0]);
	lens[1] = 1;
	lens[2] = strlen(parts[2]);
	sha256_hex(parts, lens, 3, hex);
	return xasprintf("sha256:%s", hex);
}

char *
feed_item_take_id(char *guid, const char *link, const char *title,
    const char *summary)
{
	size_t n;
	char *id;

	if (guid != NULL && (n = strlen(guid)) > 0 &&
	    !is_space((unsigned char)guid[0]) &&
	    !is_space((unsigned char)guid[n - 1]))
		return guid;
	id = feed_item_derive_id(guid, link, title, summary);
	free(guid);
	return id;
}

void
feed_item_content_hash(const struct feed_item *it, char out[65])
{
	const char *parts[7];
	size_t lens[7], k;
	const char *fields[4];

	fields[0] = it->title;
	fields[1] = it->link;
	fields[2] = it->summary;
	fields[3] = it->content;
	for (k = 0; k < 4; k++) {
		parts[2 * k] = fields[k] ? fields[k] : "";
		lens[2 * k] = strlen(parts[2 * k]);
		if (k < 3) {
			/* the separator is the NUL that ends the string */
			parts[2 * k + 1] = "";
			lens[2 * k + 1] = 1;
		}
	}
	sha256_hex(parts, lens, 7, out);
}
