#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common/buf.h"
#include "common/xmalloc.h"
#include "feeds/encoding.h"

/* Bytes held back to read the BOM and the XML declaration. */
#define SNIFF_MAX	1024
#define NAME_MAX_LEN	48
#define MAX_CANDS	6

enum dec_kind { DK_UTF8, DK_ASCII, DK_LATIN1, DK_CP1252, DK_ICONV };

struct decoder {
	int	 sniffing;
	int	 from_http;
	char	 ctype[128];
	char	 http_charset[NAME_MAX_LEN];
	struct buf in;			/* sniffed or not yet decodable bytes */
	char	 cands[MAX_CANDS][NAME_MAX_LEN];
	size_t	 ncands, cur;
	int	 wide;			/* UTF-16/32: never switch mid-stream */
	size_t	 skip;			/* BOM bytes still to drop */
	enum dec_kind kind;
	iconv_t	 cd;
	int	 nonascii;		/* decoded something past ASCII */
	const char *bozo;
};

/* windows-1252 0x80-0x9f; the five holes map to the C1 controls, as the
 * WHATWG encoding standard does, so every byte has a reading. */
static const unsigned short cp1252_high[32] = {
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
};

static const struct alias {
	const char *name;
	const char *canon;
} aliases[] = {	/* sorted by name */
	{ "ascii",		"us-ascii" },
	{ "cp1252",		"windows-1252" },
	{ "gb2312",		"gb18030" },
	{ "iso-8859-1",		"iso-8859-1" },
	{ "iso8859-1",		"iso-8859-1" },
	{ "iso_8859-1",		"iso-8859-1" },
	{ "l1",			"iso-8859-1" },
	{ "latin-1",		"iso-8859-1" },
	{ "latin1",		"iso-8859-1" },
	{ "u16",		"utf-16" },
	{ "u8",			"utf-8" },
	{ "us-ascii",		"us-ascii" },
	{ "utf-16",		"utf-16" },
	{ "utf-32",		"utf-32" },
	{ "utf-8",		"utf-8" },
	{ "utf16",		"utf-16" },
	{ "utf32",		"utf-32" },
	{ "utf8",		"utf-8" },
	{ "utf_16",		"utf-16" },
	{ "utf_32",		"utf-32" },
	{ "utf_8",		"utf-8" },
	{ "windows-1252",	"windows-1252" },
};

static const char *const xml_app_types[] = {
	"application/xml", "application/xml-dtd",
	"application/xml-external-parsed-entity",
};
static const char *const xml_text_types[] = {
	"text/xml", "text/xml-external-parsed-entity",
};

static int
alias_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct alias *)elem)->name);
}

/* Lower-case name into out and fold the aliases we treat specially. */
static void
canon_name(const char *name, char *out, size_t outsz)
{
	const struct alias *a;
	size_t i;

	for (i = 0; name[i] && i + 1 < outsz; i++)
		out[i] = (char)tolower((unsigned char)name[i]);
	out[i] = '\0';
	a = bsearch(out, aliases, sizeof(aliases) / sizeof(aliases[0]),
	    sizeof(aliases[0]), alias_cmp);
	if (a)
		snprintf(out, outsz, "%s", a->canon);
}

static int
in_list(const char *s, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strcmp(s, list[i]))
			return 1;
	return 0;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

int
encoding_parse_content_type(const char *value, char *type, size_t typesz,
    char *charset, size_t charsetsz)
{
	const char *p, *q;
	size_t n;

	if (typesz)
		type[0] = '\0';
	if (charsetsz)
		charset[0] = '\0';
	if (value == NULL)
		return -1;
	while (isspace((unsigned char)*value))
		value++;
	if (*value == '\0')
		return -1;
	for (p = value; *p && *p != ';' && !isspace((unsigned char)*p); p++)
		;
	for (n = 0; value + n < p && n + 1 < typesz; n++)
		type[n] = (char)tolower((unsigned char)value[n]);
	if (typesz)
		type[n] = '\0';
	while ((p = strchr(p, ';')) != NULL) {
		p++;
		while (isspace((unsigned char)*p))
			p++;
		if (strncasecmp(p, "charset", 7))
			continue;
		p += 7;
		while (isspace((unsigned char)*p))
			p++;
		if (*p != '=')
			continue;
		p++;
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '"' || *p == '\'') {
			q = strchr(p + 1, *p);
			p++;
			if (q == NULL)
				q = p + strlen(p);
		} else {
			for (q = p; *q && *q != ';' && !isspace((unsigned char)*q); q++)
				;
		}
		for (n = 0; p + n < q && n + 1 < charsetsz; n++)
			charset[n] = (char)tolower((unsigned char)p[n]);
		if (charsetsz)
			charset[n] = '\0';
		break;
	}
	return 0;
}

struct decoder *
decoder_new(const char *content_type)
{
	struct decoder *d = xcalloc(1, sizeof(*d));

	d->sniffing = 1;
	d->cd = (iconv_t)-1;
	buf_init(&d->in, 0);
	if (content_type) {
		d->from_http = 1;
		encoding_parse_content_type(content_type, d->ctype,
		    sizeof(d->ctype), d->http_charset, sizeof(d->http_charset));
	}
	return d;
}

void
decoder_free(struct decoder *d)
{
	if (d == NULL)
		return;
	if (d->cd != (iconv_t)-1)
		iconv_close(d->cd);
	buf_release(&d->in);
	free(d);
}

const char *
decoder_encoding(const struct decoder *d)
{
	if (d->sniffing || d->cur >= d->ncands)
		return NULL;
	return d->cands[d->cur];
}

const char *
decoder_bozo(const struct decoder *d)
{
	return d->bozo;
}

static void
set_bozo(struct decoder *d, const char *why)
{
	if (d->bozo == NULL)
		d->bozo = why;
}

/* Byte-order mark or the first bytes of "<?xml" in a wide encoding. */
static const char *
sniff_bom(const unsigned char *s, size_t n, size_t *bomlen)
{
	*bomlen = 0;
	if (n >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf) {
		*bomlen = 3;
		return "utf-8";
	}
	if (n >= 4 && !memcmp(s, "\xff\xfe\0\0", 4)) {
		*bomlen = 4;
		return "utf-32le";
	}
	if (n >= 4 && !memcmp(s, "\0\0\xfe\xff", 4)) {
		*bomlen = 4;
		return "utf-32be";
	}
	if (n >= 2 && s[0] == 0xff && s[1] == 0xfe) {
		*bomlen = 2;
		return "utf-16le";
	}
	if (n >= 2 && s[0] == 0xfe && s[1] == 0xff) {
		*bomlen = 2;
		return "utf-16be";
	}
	if (n >= 4 && !memcmp(s, "\0\0\0<", 4))
		return "utf-32be";
	if (n >= 4 && !memcmp(s, "<\0\0\0", 4))
		return "utf-32le";
	if (n >= 4 && !memcmp(s, "\0<\0?", 4))
		return "utf-16be";
	if (n >= 4 && !memcmp(s, "<\0?\0", 4))
		return "utf-16le";
	return NULL;
}

/* The encoding="..." of an XML declaration at the start of s, read in
 * steps of `step` bytes from byte `off` (the ASCII view of UTF-16/32). */
static int
sniff_decl(const unsigned char *s, size_t n, size_t step, size_t off,
    char *out, size_t outsz)
{
	char view[SNIFF_MAX + 1], *p, *end, q;
	size_t i, m = 0;

	for (i = off; i < n && m < SNIFF_MAX; i += step) {
		view[m++] = (char)s[i];
		/* the declaration ends at the first "?>": the rest is not read */
		if (m >= 2 && view[m - 2] == '?' && view[m - 1] == '>')
			break;
	}
	view[m] = '\0';
	if (m < 5 || memcmp(view, "<?xml", 5))
		return -1;
	if ((end = strstr(view, "?>")) != NULL)
		*end = '\0';
	if ((p = strstr(view, "encoding")) == NULL)
		return -1;
	p += 8;
	while (isspace((unsigned char)*p))
		p++;
	if (*p++ != '=')
		return -1;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '"' && *p != '\'')
		return -1;
	q = *p++;
	if ((end = strchr(p, q)) == NULL || end == p)
		return -1;
	*end = '\0';
	canon_name(p, out, outsz);
	return 0;
}

static int
is_wide(const char *name)
{
	return !strncmp(name, "utf-16", 6) || !strncmp(name, "utf-32", 6);
}

static int
known_encoding(const char *name)
{
	iconv_t cd;

	if (!strcmp(name, "utf-8") || !strcmp(name, "us-ascii") ||
	    !strcmp(name, "iso-8859-1") || !strcmp(name, "windows-1252"))
		return 1;
	if ((cd = iconv_open("UTF-8", name)) == (iconv_t)-1)
		return 0;
	iconv_close(cd);
	return 1;
}

static void
add_cand(struct decoder *d, const char *name)
{
	size_t i;

	if (name == NULL || *name == '\0' || d->ncands == MAX_CANDS)
		return;
	for (i = 0; i < d->ncands; i++)
		if (!strcmp(d->cands[i], name))
			return;
	snprintf(d->cands[d->ncands++], NAME_MAX_LEN, "%s", name);
}

/* Make cands[cur] the active decoder; -1 when no candidate is left. */
static int
select_cand(struct decoder *d)
{
	const char *name;

	if (d->cd != (iconv_t)-1) {
		iconv_close(d->cd);
		d->cd = (iconv_t)-1;
	}
	for (; d->cur < d->ncands; d->cur++) {
		name = d->cands[d->cur];
		if (!known_encoding(name))
			continue;
		d->wide = is_wide(name);
		if (!strcmp(name, "utf-8"))
			d->kind = DK_UTF8;
		else if (!strcmp(name, "us-ascii"))
			d->kind = DK_ASCII;
		else if (!strcmp(name, "iso-8859-1"))
			d->kind = DK_LATIN1;
		else if (!strcmp(name, "windows-1252"))
			d->kind = DK_CP1252;
		else {
			d->kind = DK_ICONV;
			d->cd = iconv_open("UTF-8", name);
		}
		return 0;
	}
	return -1;
}

/* Pick the candidates from the first bytes of the body, s[0..n). */
static void
decide(struct decoder *d, const unsigned char *s, size_t n)
{
	size_t bomlen, step = 1, off = 0;
	const char *bom, *rfc3023 = NULL;
	char xml[NAME_MAX_LEN] = "";
	int acceptable = 0;

	bom = sniff_bom(s, n, &bomlen);
	if (bom && !strcmp(bom, "utf-16le"))
		step = 2;
	else if (bom && !strcmp(bom, "utf-16be"))
		step = 2, off = 1;
	else if (bom && !strcmp(bom, "utf-32le"))
		step = 4;
	else if (bom && !strcmp(bom, "utf-32be"))
		step = 4, off = 3;
	if (n > bomlen)
		sniff_decl(s + bomlen, n - bomlen, step, off, xml, sizeof(xml));
	if (bom && (is_wide(xml) || (!strcmp(bom, "utf-8") && *xml)))
		snprintf(xml, sizeof(xml), "%s", bom);
	else if (!strcmp(xml, "utf-16") || !strcmp(xml, "utf-32"))
		xml[0] = '\0';	/* a wide encoding without its BOM: unusable */

	if (!d->from_http) {
		rfc3023 = *xml ? xml : "utf-8";
		acceptable = 1;
	} else if (in_list(d->ctype, xml_app_types, 3) ||
	    (!strncmp(d->ctype, "application/", 12) && ends_with(d->ctype, "+xml"))) {
		acceptable = 1;
		rfc3023 = *d->http_charset ? d->http_charset : *xml ? xml : "utf-8";
	} else if (in_list(d->ctype, xml_text_types, 2) ||
	    (!strncmp(d->ctype, "text/", 5) && ends_with(d->ctype, "+xml"))) {
		acceptable = 1;
		rfc3023 = *d->http_charset ? d->http_charset : "us-ascii";
	} else if (strstr(d->ctype, "json")) {
		acceptable = 1;
		rfc3023 = *d->http_charset ? d->http_charset : "utf-8";
	} else if (!strncmp(d->ctype, "text/", 5)) {
		rfc3023 = *d->http_charset ? d->http_charset : "us-ascii";
	} else if (*d->ctype == '\0') {
		rfc3023 = *xml ? xml : "iso-8859-1";
	} else {
		rfc3023 = *xml ? xml : "utf-8";
	}
	if (!acceptable)
		set_bozo(d, *d->ctype ? "not an XML media type" :
		    "no Content-Type");

	/* A wide BOM settles it: those bytes read as nothing sensible in an
	 * ASCII-based encoding, whatever the header says. */
	if (bom && is_wide(bom))
		add_cand(d, bom);
	{
		char c[NAME_MAX_LEN];

		canon_name(rfc3023, c, sizeof(c));
		add_cand(d, c);
	}
	add_cand(d, xml);
	add_cand(d, bom);
	add_cand(d, "utf-8");
	add_cand(d, "windows-1252");
	d->cur = 0;
	select_cand(d);
	if (d->cur != 0 && !(bom && is_wide(bom) && d->cur == 1))
		set_bozo(d, "declared encoding unknown, read as another");
	d->skip = bomlen;
	d->sniffing = 0;
}

static void
put_cp(struct buf *out, unsigned cp)
{
	char u[4];

	if (cp < 0x80) {
		u[0] = (char)cp;
		buf_add(out, u, 1);
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		buf_add(out, u, 2);
	} else {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		buf_add(out, u, 3);
	}
}

static unsigned
cp1252(unsigned char c)
{
	return c >= 0x80 && c < 0xa0 ? cp1252_high[c - 0x80] : c;
}

/* XML 1.0 forbids these; dropping them keeps the parser going. */
static int
bad_control(unsigned char c)
{
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/*
 * Length of the run of plain ASCII (no byte >= 0x80, none below 0x20) at
 * the start of s, sixteen bytes at a time: most of a feed is such text.
 * With SSE2 (every x86-64) one signed comparison with 0x20 finds both
 * kinds of byte at once, as a byte >= 0x80 is negative, and the mask
 * gives the first of them; elsewhere two 64-bit words are tested and the
 * block a run ends in is finished byte by byte.  Either way the caller's
 * loop goes on right at the byte that ended the run (often a newline or a
 * tab).
 */
static size_t
ascii_run(const unsigned char *s, size_t n)
{
	size_t i = 0;
#ifdef __SSE2__
	const __m128i space = _mm_set1_epi8(0x20);
	unsigned m;

	for (; i + 16 <= n; i += 16) {
		m = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
		    _mm_loadu_si128((const __m128i *)(const void *)(s + i)),
		    space));
		if (m != 0)
			return i + (size_t)__builtin_ctz(m);
	}
#else
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	uint64_t w[2];

	for (; i + 16 <= n; i += 16) {
		memcpy(w, s + i, 16);
		/* high bit set, or a byte below 0x20, in either word */
		if ((w[0] | ((w[0] - ones * 0x20) & ~w[0]) |
		    w[1] | ((w[1] - ones * 0x20) & ~w[1])) & highs)
			break;
	}
#endif
	while (i < n && s[i] >= 0x20 && s[i] < 0x80)
		i++;
	return i;
}

/* Length of a valid UTF-8 sequence at s (a non-ASCII lead byte), 0 when
 * invalid, -1 when it may be valid but is cut off at the end of s. */
static int
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	int len, i;
	unsigned lo = 0x80, hi = 0xbf;

	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		if (c == 0xe0)
			lo = 0xa0;
		else if (c == 0xed)
			hi = 0x9f;	/* no surrogates */
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		if (c == 0xf0)
			lo = 0x90;
		else if (c == 0xf4)
			hi = 0x8f;
	} else
		return 0;
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return -1;
		if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xbf))
			return 0;
	}
	/* U+FFFE and U+FFFF are not XML characters either. */
	if (len == 3 && c == 0xef && s[1] == 0xbf && s[2] >= 0xbe)
		return 0;
	return len;
}

/* A byte the active encoding cannot read.  While all output so far was
 * ASCII, the next ASCII-based candidate can take over from here exactly;
 * returns 1 then.  Otherwise the byte is read as windows-1252: 0. */
static int
bad_byte(struct decoder *d, unsigned char c, struct buf *out)
{
	size_t next, save = d->cur;

	if (!d->nonascii && !d->wide) {
		for (next = d->cur + 1; next < d->ncands; next++)
			if (!is_wide(d->cands[next]))
				break;
		if (next < d->ncands) {
			d->cur = next;
			if (select_cand(d) == 0) {
				set_bozo(d, "document is not in its declared encoding");
				return 1;
			}
			d->cur = save;
			select_cand(d);
		}
	}
	set_bozo(d, "invalid byte sequence repaired");
	put_cp(out, cp1252(c));
	d->nonascii = 1;
	return 0;
}

/*
 * Length of the longest run at the start of s that a byte-oriented decoder
 * copies unchanged: ASCII but forbidden controls, and, when reading UTF-8,
 * valid sequences but C1 controls.  Back to ascii_run() after each byte it
 * stops at (a newline, a tab, a non-ASCII character) so the rest is not
 * crawled byte by byte.
 */
static size_t
unchanged_run(struct decoder *d, const unsigned char *s, size_t n)
{
	size_t i = 0;
	int len;

	for (;;) {
		i += ascii_run(s + i, n - i);
		if (i == n)
			break;
		if (s[i] < 0x80) {
			if (bad_control(s[i]))
				break;
			i++;
			continue;
		}
		if (d->kind != DK_UTF8)
			break;
		len = utf8_seq(s + i, n - i);
		if (len <= 0 || (len == 2 && s[i] == 0xc2 && s[i + 1] < 0xa0))
			break;
		d->nonascii = 1;
		i += (size_t)len;
	}
	return i;
}

/* Decode s[0..n) with a byte-oriented decoder; returns bytes consumed
 * (less than n only before an incomplete UTF-8 sequence when !final, or
 * when the decoder changed and the caller must go on with the new one). */
static size_t
run_bytes(struct decoder *d, const unsigned char *s, size_t n, struct buf *out,
    int final)
{
	size_t i = 0, start;
	enum dec_kind kind = d->kind;
	int len;

	while (i < n) {
		start = i;
		i += unchanged_run(d, s + i, n - i);
		if (i > start)
			buf_add(out, s + start, i - start);
		if (i == n)
			break;
		if (s[i] < 0x80) {	/* forbidden control */
			set_bozo(d, "control character removed");
			i++;
			continue;
		}
		switch (kind) {
		case DK_UTF8:
			len = utf8_seq(s + i, n - i);
			if (len == -1 && !final)
				return i;
			if (len == 2 && s[i] == 0xc2 && s[i + 1] < 0xa0) {
				/* C1 controls in text are windows-1252
				 * read as latin-1 somewhere upstream */
				put_cp(out, cp1252(s[i + 1]));
				d->nonascii = 1;
				i += 2;
				continue;
			}
			if (len > 0) {
				buf_add(out, s + i, (size_t)len);
				d->nonascii = 1;
				i += (size_t)len;
				continue;
			}
			break;
		case DK_LATIN1:	/* as browsers do: latin-1 means windows-1252 */
			put_cp(out, cp1252(s[i++]));
			d->nonascii = 1;
			continue;
		case DK_CP1252:
			put_cp(out, cp1252(s[i++]));
			d->nonascii = 1;
			continue;
		default:
			break;
		}
		if (bad_byte(d, s[i], out))
			return i;
		i++;
	}
	return n;
}

static size_t
run_iconv(struct decoder *d, const unsigned char *s, size_t n, struct buf *out,
    int final)
{
	char block[8192], *ip = (char *)s, *op;
	size_t il = n, ol, r, k;
	int err;

	while (il > 0) {
		op = block;
		ol = sizeof(block);
		r = iconv(d->cd, &ip, &il, &op, &ol);
		err = r == (size_t)-1 ? errno : 0;
		for (k = 0; k < (size_t)(op - block); k++) {
			if ((unsigned char)block[k] >= 0x80)
				d->nonascii = 1;
			else if (bad_control((unsigned char)block[k])) {
				set_bozo(d, "control character removed");
				buf_add(out, block, k);
				memmove(block, block + k + 1, (size_t)(op - block) - k - 1);
				op--;
				k--;
			}
		}
		buf_add(out, block, (size_t)(op - block));
		if (err == E2BIG || err == 0)
			continue;
		if (err == EINVAL && !final)
			break;
		/* EILSEQ, or a sequence cut off by the end of the body */
		if (bad_byte(d, (unsigned char)*ip, out))
			return (size_t)((const unsigned char *)ip - s);
		ip++;
		il--;
		iconv(d->cd, NULL, NULL, NULL, NULL);
	}
	return (size_t)((const unsigned char *)ip - s);
}

static size_t
skip_bom(struct decoder *d, size_t n)
{
	size_t k = d->skip < n ? d->skip : n;

	d->skip -= k;
	return k;
}

/* Decode s[0..n) into out; returns the bytes consumed (the rest is an
 * incomplete sequence that waits for more input). */
static size_t
decode(struct decoder *d, const unsigned char *s, size_t n, struct buf *out,
    int final)
{
	size_t pos, before;

	pos = skip_bom(d, n);
	while (pos < n) {
		before = d->cur;
		if (d->kind == DK_ICONV)
			pos += run_iconv(d, s + pos, n - pos, out, final);
		else
			pos += run_bytes(d, s + pos, n - pos, out, final);
		if (d->cur == before)
			break;	/* all read, or an incomplete sequence waits */
	}
	return pos;
}

/* Decode the bytes held back in d->in, keeping what must wait. */
static void
drain(struct decoder *d, struct buf *out, int final)
{
	size_t n = d->in.len, pos;

	pos = decode(d, (const unsigned char *)d->in.data, n, out, final);
	if (pos) {
		memmove(d->in.data, d->in.data + pos, n - pos);
		d->in.len = n - pos;
		d->in.data[d->in.len] = '\0';
	}
}

/* Whether s[0..n), the start of the body, is enough to decide on. */
static int
sniff_done(const char *s, size_t n)
{
	size_t i;

	if (n >= SNIFF_MAX)
		return 1;
	if (n < 8)
		return 0;
	/* The declaration ends at the first '>' in any of the encodings. */
	for (i = 0; i < n; i++)
		if (s[i] == '>')
			return 1;
	return 0;
}

const char *
decoder_push(struct decoder *d, const char *in, size_t len, struct buf *out,
    size_t *outlen)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t pos, k;

	if (d->in.len || (d->sniffing && !sniff_done(in, len))) {
		buf_add(&d->in, in, len);
		if (d->sniffing) {
			if (!sniff_done(d->in.data, d->in.len))
				goto out;
			decide(d, (const unsigned char *)d->in.data, d->in.len);
		}
		drain(d, out, 0);
		goto out;
	}
	if (d->sniffing)
		decide(d, s, len);
	pos = skip_bom(d, len);
	/*
	 * Most bodies are UTF-8 or ASCII that needs no change: validated in
	 * place and handed on without a copy, but for an incomplete sequence
	 * at the end, which waits in d->in for the next chunk.
	 */
	if (d->kind != DK_ICONV) {
		k = unchanged_run(d, s + pos, len - pos);
		if (out->len == 0 && (pos + k == len || (d->kind == DK_UTF8 &&
		    utf8_seq(s + pos + k, len - pos - k) == -1))) {
			buf_add(&d->in, in + pos + k, len - pos - k);
			*outlen = k;
			return in + pos;
		}
		buf_add(out, in + pos, k);
		pos += k;
	}
	pos += decode(d, s + pos, len - pos, out, 0);
	buf_add(&d->in, in + pos, len - pos);
out:
	*outlen = out->len;
	return buf_str(out);
}

void
decoder_finish(struct decoder *d, struct buf *out)
{
	if (d->sniffing)
		decide(d, (const unsigned char *)d->in.data, d->in.len);
	drain(d, out, 1);
	if (d->in.len) {	/* only when no decoder is left at all */
		set_bozo(d, "undecodable bytes dropped");
		buf_reset(&d->in);
	}
}
