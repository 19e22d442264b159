/*
 * Cleanup runs in passes over bounded buffers:
 *
 *   raw -> valid UTF-8 (bad bytes become U+FFFD, controls become spaces)
 *       -> tags stripped if it looks like HTML (script/style bodies
 *          dropped, block tags become paragraph breaks), entities decoded
 *       -> typographic spaces and quotes folded to ASCII
 *       -> lines trimmed and collapsed; boilerplate lines dropped, and a
 *          "Read more"-style marker cuts the rest of the page
 *       -> masthead lines before a headline dropped
 *       -> sentences split, minding abbreviations and decimal numbers.
 *
 * Boilerplate is recognised from a table of phrases (data/extract/
 * boilerplate.tsv, generated into boilerplate_tab.c); a line is only
 * dropped when it is short or when the phrase is one no article sentence
 * uses.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "extract/boilerplate.h"
#include "extract/text.h"

struct text {
	const char *str;	/* out's contents */
	size_t	 len;
	struct text_sentence *sent;
	size_t	 nsent;
	long	 headline;
	/* The buffers and arrays of a cleanup, which text_renew() reuses;
	 * they only grow. */
	struct buf out;
	struct buf a, b;
	size_t	 sentcap;
	struct line *lines;
	size_t	 linecap;
	char	*keep;		/* linecap entries */
	/* The BP_LINE and BP_PREFIX rules a line can meet, by its first
	 * byte (boilerplate_action()); made with the struct. */
	struct bp_hits *bp_first;
	/* The pairs of bytes around a space that a BP_CONTAINS phrase's
	 * first space can have (bp_pairs()); made with the struct. */
	uint64_t *bp_pairs;
};

/* ---- UTF-8 ---------------------------------------------------------- */

static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t need, i;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		need = 2, cp = c & 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		need = 3, cp = c & 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 4, cp = c & 0x07;
	else
		return 0;
	if (n < need)
		return 0;
	for (i = 1; i < need; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((need == 3 && cp < 0x800) || (need == 4 && (cp < 0x10000 ||
	    cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return need;
}

/*
 * Skip 8 bytes at a time from i while all are printable ASCII (tabs == 0:
 * 0x20..0x7f) or ASCII other than a tab (tabs == 1); the caller finishes
 * byte by byte.  The tests tell exactly whether a block holds such a byte.
 */
static size_t
ascii_run(const unsigned char *s, size_t i, size_t len, int tabs)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;

	for (; i + 8 <= len; i += 8) {
		uint64_t v, x, bad;

		memcpy(&v, s + i, 8);
		bad = v & highs;
		if (tabs) {
			x = v ^ (ones * '\t');
			bad |= (x - ones) & ~x & highs;	/* a zero byte */
		} else {
			bad |= (v - ones * 0x20) & ~v & highs;	/* < 0x20 */
		}
		if (bad)
			break;
	}
	return i;
}

static void
repair_utf8(struct buf *out, const char *raw, size_t len)
{
	const unsigned char *s = (const unsigned char *)raw;
	size_t i = 0, n;

	while (i < len) {
		size_t run = i;

		run = ascii_run(s, run, len, 0);
		while (run < len && s[run] >= 0x20 && s[run] < 0x80)
			run++;
		if (run > i) {
			buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		if (s[i] == '\r') {
			buf_addch(out, '\n');
			i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
			continue;
		}
		if (s[i] < 0x20 && s[i] != '\n') {
			buf_addch(out, ' ');
			i++;
			continue;
		}
		n = utf8_seq(s + i, len - i);
		if (n == 0) {
			buf_add_utf8(out, 0xfffd);
			i++;
			continue;
		}
		buf_add(out, s + i, n);
		i += n;
	}
}

/* ---- entities -------------------------------------------------------- */

static int
entity_cmp(const void *key, const void *elem)
{
	const struct text_entity *e = elem;

	return strcmp(key, e->name);
}

/* Decode one reference at s[0] == '&'; returns bytes consumed or 0. */
static size_t
decode_ref(struct buf *out, const char *s, size_t n)
{
	char name[40];
	const struct text_entity *e;
	uint32_t cp = 0;
	size_t i;

	if (n >= 3 && s[1] == '#') {
		int hex = (s[2] == 'x' || s[2] == 'X');

		i = hex ? 3 : 2;
		if (i >= n)
			return 0;
		for (; i < n && i < 12; i++) {
			int c = (unsigned char)s[i];

			if (hex && isxdigit(c))
				cp = cp * 16 + (uint32_t)(isdigit(c) ? c - '0' :
				    tolower(c) - 'a' + 10);
			else if (!hex && isdigit(c))
				cp = cp * 10 + (uint32_t)(c - '0');
			else
				break;
		}
		if (i == (hex ? 3u : 2u) || i >= n || s[i] != ';')
			return 0;
		/* Windows-1252 numbers that pages emit for quotes and dashes. */
		if (cp >= 0x80 && cp <= 0x9f) {
			static const uint16_t cp1252[32] = {
				0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026,
				0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
				0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018,
				0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
				0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd,
				0x017e, 0x0178 };
			cp = cp1252[cp - 0x80];
		}
		buf_add_utf8(out, cp);
		return i + 1;
	}
	for (i = 1; i < n && i < sizeof(name); i++) {
		if (s[i] == ';')
			break;
		if (!isalnum((unsigned char)s[i]))
			return 0;
		name[i - 1] = s[i];
	}
	if (i >= n || i >= sizeof(name) || s[i] != ';' || i == 1)
		return 0;
	name[i - 1] = '\0';
	e = bsearch(name, text_entities, text_nentities, sizeof(*e),
	    entity_cmp);
	if (e == NULL)
		return 0;
	buf_addstr(out, e->value);
	return i + 1;
}

static void
decode_into(struct buf *out, const char *s, size_t len)
{
	size_t i = 0, used;
	const char *amp;

	while (i < len) {
		amp = memchr(s + i, '&', len - i);
		if (amp == NULL) {
			buf_add(out, s + i, len - i);
			return;
		}
		buf_add(out, s + i, (size_t)(amp - (s + i)));
		i = (size_t)(amp - s);
		used = decode_ref(out, s + i, len - i);
		if (used == 0) {
			buf_addch(out, '&');
			i++;
		} else {
			i += used;
		}
	}
}

char *
text_decode_entities(const char *s, size_t len)
{
	struct buf b = BUF_INIT;

	buf_init(&b, 4 * len + 16);
	decode_into(&b, s, len);
	buf_addch(&b, '\0');
	return buf_detach(&b, NULL);
}

/* ---- HTML ------------------------------------------------------------ */

/* Tags that end a block of text; sorted for bsearch. */
static const char *const block_tags[] = {
	"address", "article", "aside", "blockquote", "br", "caption", "dd",
	"div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1",
	"h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
	"ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
};

/* Tags whose content is not article text. */
static const char *const skip_tags[] = {
	"iframe", "noscript", "object", "script", "select", "style", "svg",
	"template", "textarea",
};

static int
str_cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int
looks_like_html(const char *s, size_t len)
{
	size_t i, tags = 0;

	for (i = 0; i + 1 < len && tags < 2; i++) {
		const char *lt = memchr(s + i, '<', len - 1 - i);

		if (lt == NULL)
			break;
		i = (size_t)(lt - s);
		if (isalpha((unsigned char)s[i + 1]) ||
		    s[i + 1] == '/' || s[i + 1] == '!')
			tags++;
	}
	return tags >= 2 || (tags == 1 && memchr(s, '>', len) != NULL);
}

static void
strip_html(struct buf *out, const char *s, size_t len)
{
	char name[16];
	const char *end;
	size_t i = 0, j, k, start = 0;
	int closing;

	while (i < len) {
		if (s[i] != '<') {
			i++;
			continue;
		}
		decode_into(out, s + start, i - start);
		if (i + 3 < len && strncmp(s + i, "<!--", 4) == 0) {
			end = memmem(s + i + 4, len - i - 4, "-->", 3);
			i = end ? (size_t)(end - s) + 3 : len;
			start = i;
			continue;
		}
		j = i + 1;
		closing = (j < len && s[j] == '/');
		if (closing)
			j++;
		for (k = 0; j < len && k < sizeof(name) - 1 &&
		    isalnum((unsigned char)s[j]); j++)
			name[k++] = (char)tolower((unsigned char)s[j]);
		name[k] = '\0';
		if (k == 0 && !(j < len && (s[j] == '!' || s[j] == '?'))) {
			/* A bare '<' in text, not a tag. */
			i++;
			decode_into(out, "<", 1);
			start = i;
			continue;
		}
		end = memchr(s + j, '>', len - j);
		i = end ? (size_t)(end - s) + 1 : len;
		start = i;
		if (k == 0)
			continue;
		if (!closing && bsearch(name, skip_tags, sizeof(skip_tags) /
		    sizeof(skip_tags[0]), sizeof(skip_tags[0]), str_cmp)) {
			char close[24];
			size_t cl = (size_t)snprintf(close, sizeof(close),
			    "</%s", name);
			const char *p = s + i;

			/* Case-insensitive search for the closing tag. */
			for (; p + cl <= s + len; p++)
				if (p[0] == '<' && strncasecmp(p, close, cl) == 0)
					break;
			if (p + cl > s + len) {
				i = start = len;
				continue;
			}
			end = memchr(p, '>', (size_t)(s + len - p));
			i = start = end ? (size_t)(end - s) + 1 : len;
			continue;
		}
		if (bsearch(name, block_tags, sizeof(block_tags) /
		    sizeof(block_tags[0]), sizeof(block_tags[0]), str_cmp))
			buf_addstr(out, strcmp(name, "br") == 0 ? "\n" : "\n\n");
		else if (strcmp(name, "img") == 0 || strcmp(name, "span") == 0)
			buf_addch(out, ' ');
	}
	decode_into(out, s + start, len - start);
}

/* ---- character folding ----------------------------------------------- */

/* Multi-byte sequences folded to ASCII (or dropped) so the later passes
 * and the lexicon see one spelling of spaces and quotes. */
static const struct {
	const char *from;
	const char *to;
} folds[] = {
	{ "\xc2\xa0", " " },		/* no-break space */
	{ "\xe2\x80\x80", " " }, { "\xe2\x80\x81", " " },
	{ "\xe2\x80\x82", " " }, { "\xe2\x80\x83", " " },
	{ "\xe2\x80\x84", " " }, { "\xe2\x80\x85", " " },
	{ "\xe2\x80\x86", " " }, { "\xe2\x80\x87", " " },
	{ "\xe2\x80\x88", " " }, { "\xe2\x80\x89", " " },
	{ "\xe2\x80\x8a", " " },
	{ "\xe2\x80\x8b", "" }, { "\xe2\x80\x8c", "" }, { "\xe2\x80\x8d", "" },
	{ "\xe2\x80\x98", "'" }, { "\xe2\x80\x99", "'" },
	{ "\xe2\x80\x9c", "\"" }, { "\xe2\x80\x9d", "\"" },
	{ "\xe2\x80\xa8", "\n" }, { "\xe2\x80\xa9", "\n\n" },
	{ "\xe2\x80\xaf", " " }, { "\xe2\x81\xa0", "" },
	{ "\xef\xbb\xbf", "" },
};

static void
fold_chars(struct buf *out, const char *s, size_t len)
{
	size_t i = 0, f, fl;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t run = i;

		run = ascii_run((const unsigned char *)s, run, len, 1);
		while (run < len && (unsigned char)s[run] < 0x80 &&
		    s[run] != '\t')
			run++;
		if (run > i) {
			buf_add(out, s + i, run - i);
			i = run;
			continue;
		}
		if (c == '\t') {
			buf_addch(out, ' ');
			i++;
			continue;
		}
		if (c < 0x80) {
			buf_addch(out, c);
			i++;
			continue;
		}
		for (f = 0; f < sizeof(folds) / sizeof(folds[0]); f++) {
			fl = strlen(folds[f].from);
			if (fl <= len - i && memcmp(s + i, folds[f].from, fl) == 0)
				break;
		}
		if (f < sizeof(folds) / sizeof(folds[0])) {
			buf_addstr(out, folds[f].to);
			i += fl;
		} else {
			buf_addch(out, c);
			i++;
		}
	}
}

/* ---- lines and boilerplate ------------------------------------------ */

/* Each byte with ASCII A-Z lowered: a load where a compare and a
 * conditional add cost four instructions, at every space of every line
 * (bp_at_space()). */
#define ID4(c)	(c), (c) + 1, (c) + 2, (c) + 3
#define ID16(c)	ID4(c), ID4((c) + 4), ID4((c) + 8), ID4((c) + 12)
static const unsigned char lower_tab[256] = {
	ID16(0x00), ID16(0x10), ID16(0x20), ID16(0x30),
	'@', ID4('a'), ID4('e'), ID4('i'), 'm', 'n', 'o',
	ID4('p'), ID4('t'), 'x', 'y', 'z', ID4('['), '_',
	ID16(0x60), ID16(0x70), ID16(0x80), ID16(0x90), ID16(0xa0),
	ID16(0xb0), ID16(0xc0), ID16(0xd0), ID16(0xe0), ID16(0xf0),
};

static inline unsigned char
ascii_lower(unsigned char c)
{
	return lower_tab[c];
}

/* Does l[0..n) start with phrase p (lowercase), ignoring case? */
static int
prefix_is(const char *l, size_t n, const char *p)
{
	size_t k;

	for (k = 0; p[k] != '\0'; k++)
		if (k >= n || ascii_lower((unsigned char)l[k]) !=
		    (unsigned char)p[k])
			return 0;
	return 1;
}

/* Which BP_CONTAINS rules occur in a line: a bit per rule. */
struct bp_hits {
	uint64_t bits[BP_MAXRULES / 64];
};

#define BP_HIT(h, i)	((h)->bits[(i) >> 6] >> ((i) & 63) & 1)
#define BP_SET(h, i)	((h)->bits[(i) >> 6] |= (uint64_t)1 << ((i) & 63))

/* Bit 8k+7 set where byte k of v is a space (exact, no carries). */
static inline uint64_t
space_bits(uint64_t v)
{
	const uint64_t sevens = 0x7f7f7f7f7f7f7f7fULL;
	uint64_t x = v ^ 0x2020202020202020ULL, t;

	t = (x & sevens) + sevens;
	return ~(t | x | sevens);
}

/* Does l[0..n) equal p[0..n) (lowercase), ignoring case? */
static inline int
icase_eq(const char *l, const char *p, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (ascii_lower((unsigned char)l[k]) != (unsigned char)p[k])
			return 0;
	return 1;
}

/* The phrases with key k whose first space is at l[q]. */
static void
bp_match(const char *l, size_t n, size_t q, uint32_t k, struct bp_hits *hit)
{
	size_t i;

	for (i = 0; i < bp_nspaced; i++) {
		const struct bp_phrase *bp = &bp_spaced[i];

		if (bp->key == k && q >= bp->off &&
		    q - bp->off + bp->len <= n && icase_eq(l + q - bp->off,
		    bp_rules[bp->rule].phrase, bp->len))
			BP_SET(hit, bp->rule);
	}
}

/* Bits of the pairs of bytes, as a line has them, around the spaces
 * bp_spaced[] has the first space of its phrase at: bit 256 b + a for
 * the byte b before the space and a after it, in either case. */
#define BP_PAIRS_WORDS	(256 * 256 / 64)

static void
bp_pairs(uint64_t *pairs)
{
	size_t i, x, y;

	for (i = 0; i < bp_nspaced; i++) {
		unsigned char b = (unsigned char)(bp_spaced[i].key & 0xff);
		unsigned char a = (unsigned char)(bp_spaced[i].key >> 8 & 0xff);
		unsigned char bs[2] = { b, b }, as[2] = { a, a };

		/* the bytes lower_tab[] takes to each (the phrases are
		 * lowercase) */
		if (b >= 'a' && b <= 'z')
			bs[1] = (unsigned char)(b - ('a' - 'A'));
		if (a >= 'a' && a <= 'z')
			as[1] = (unsigned char)(a - ('a' - 'A'));
		for (x = 0; x < 2; x++)
			for (y = 0; y < 2; y++) {
				size_t k = 256 * (size_t)bs[x] + as[y];

				pairs[k >> 6] |= (uint64_t)1 << (k & 63);
			}
	}
}

/* Inline: it runs at every space of every line, and the filters pass
 * over nearly all of them: first the bytes on either side as they are,
 * in a table of bits (pairs, from bp_pairs()), which a phrase found
 * here has among its own. */
static inline void
bp_at_space(const uint64_t *pairs, const char *l, size_t n, size_t q,
    struct bp_hits *hit)
{
	const unsigned char *u = (const unsigned char *)l;
	uint32_t k;
	unsigned h;
	size_t x;

	if (q == 0 || q + 2 >= n)
		return;
	x = 256 * (size_t)u[q - 1] + u[q + 1];
	if (!(pairs[x >> 6] >> (x & 63) & 1))
		return;
	k = bp_key(ascii_lower(u[q - 1]), ascii_lower(u[q + 1]),
	    ascii_lower(u[q + 2]));
	h = bp_key_hash(k);
	if (bp_bits[h >> 6] & ((uint64_t)1 << (h & 63)))
		bp_match(l, n, q, k, hit);
}

/* Does p (lowercase) occur in l[0..n), ignoring case? */
static int
icase_find(const char *l, size_t n, const char *p, size_t pl)
{
	size_t i;

	for (i = 0; i + pl <= n; i++)
		if (icase_eq(l + i, p, pl))
			return 1;
	return 0;
}

/* The BP_CONTAINS rules whose phrase occurs in l[0..n), ignoring case;
 * pairs from bp_pairs(). */
static void
bp_contains(const uint64_t *pairs, const char *l, size_t n,
    struct bp_hits *hit)
{
	size_t p, i;

	memset(hit, 0, sizeof(*hit));
	for (i = 0; i < bp_nplain; i++) {
		const struct bp_rule *b = &bp_rules[bp_plain[i]];

		if (!(b->maxlen && n > b->maxlen) &&
		    icase_find(l, n, b->phrase, b->len))
			BP_SET(hit, bp_plain[i]);
	}
	for (p = 0; p + 8 <= n; p += 8) {
		uint64_t v, m;

		memcpy(&v, l + p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		v = __builtin_bswap64(v);	/* byte k at bits 8k..8k+7 */
#endif
		for (m = space_bits(v); m != 0; m &= m - 1)
			bp_at_space(pairs, l, n,
			    p + (size_t)__builtin_ctzll(m) / 8, hit);
	}
	for (; p < n; p++)
		if (l[p] == ' ')
			bp_at_space(pairs, l, n, p, hit);
}

/* For each first byte of a line, the BP_LINE and BP_PREFIX rules whose
 * phrase starts with it, ignoring case (every byte's, for an empty
 * phrase): no other can apply to the line.  first has 256 entries,
 * cleared. */
static void
bp_index(struct bp_hits *first)
{
	size_t i, c;

	for (i = 0; i < bp_nrules; i++) {
		const struct bp_rule *b = &bp_rules[i];
		unsigned char p = (unsigned char)b->phrase[0];

		if (b->match == BP_CONTAINS)
			continue;
		if (p == '\0') {
			for (c = 0; c < 256; c++)
				BP_SET(&first[c], i);
			continue;
		}
		/* the bytes c that lower_tab[c] takes to p */
		if (lower_tab[p] == p)
			BP_SET(&first[p], i);
		if (p >= 'a' && p <= 'z')
			BP_SET(&first[p - ('a' - 'A')], i);
	}
}

/* -1: keep; else the action.  The rules a line can meet are those of
 * its first byte (first, from bp_index()) and the BP_CONTAINS ones
 * whose phrase it holds (pairs from bp_pairs()); they are read in the
 * rules' order, as all of them were, so the first that applies decides
 * as before. */
static int
boilerplate_action(const struct bp_hits *first, const uint64_t *pairs,
    const char *l, size_t n)
{
	struct bp_hits hit;
	size_t i, k, tn = n;
	uint64_t m;

	/* BP_LINE compares the line without its trailing punctuation. */
	while (tn > 0 && strchr(" .:!>|-", l[tn - 1]) != NULL)
		tn--;
	bp_contains(pairs, l, n, &hit);
	for (k = 0; k < BP_MAXRULES / 64; k++) {
		m = hit.bits[k] |
		    first[n > 0 ? lower_tab[(unsigned char)l[0]] : 0].bits[k];
		for (; m != 0; m &= m - 1) {
			const struct bp_rule *b;
			int h = 0;

			i = 64 * k + (size_t)__builtin_ctzll(m);
			b = &bp_rules[i];
			if (b->maxlen && n > b->maxlen)
				continue;
			switch (b->match) {
			case BP_LINE:
				h = tn == b->len && icase_eq(l, b->phrase, tn);
				break;
			case BP_PREFIX:
				h = prefix_is(l, n, b->phrase);
				break;
			case BP_CONTAINS:
				h = 1;
				break;
			}
			if (h)
				return (int)b->action;
		}
	}
	return -1;
}

struct line {
	size_t	 start, len;	/* in the folded buffer */
	int	 blank_before;	/* a blank line precedes it */
};

/* Words in s[0..n), counting stopped past max. */
static size_t
count_words(const char *s, size_t n, size_t *capitalised, size_t max)
{
	size_t i, words = 0, caps = 0;
	int in = 0;

	for (i = 0; i < n && words <= max; i++) {
		if (s[i] == ' ') {
			in = 0;
		} else if (!in) {
			in = 1;
			words++;
			if (isupper((unsigned char)s[i]) ||
			    isdigit((unsigned char)s[i]))
				caps++;
		}
	}
	if (capitalised)
		*capitalised = caps;
	return words;
}

/* A headline: a few words, no sentence end, mostly capitalised or
 * followed by a real paragraph. */
static int
looks_like_headline(const char *s, size_t n, size_t next_len)
{
	size_t caps, words;

	if (n > 250 || s[n - 1] == '.' || s[n - 1] == ':' || s[n - 1] == ',')
		return 0;
	words = count_words(s, n, &caps, 30);
	if (words < 3 || words > 30)
		return 0;
	return caps * 2 >= words || next_len > n;
}

/* ---- sentences ------------------------------------------------------- */

/* Words that take a period and rarely end a sentence; lowercase, sorted. */
static const char *const abbrevs[] = {
	"adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp",
	"cpl", "dec", "dept", "det", "dr", "e.g", "etc", "feb", "fig", "ft",
	"gen", "gov", "i.e", "inc", "insp", "jan", "jr", "jul", "jun", "lt",
	"ltd", "maj", "mar", "mr", "mrs", "ms", "mt", "no", "nov", "oct",
	"pres", "prof", "pvt", "rep", "rev", "sen", "sep", "sept", "sgt",
	"sr", "st", "supt", "vs",
};
/* The longest of abbrevs[], and of "U.S"-like forms is_abbrev() takes. */
#define ABBREV_MAXLEN	4

static int
is_abbrev(const char *s, size_t dot)
{
	char w[ABBREV_MAXLEN + 1];
	size_t b = dot, k;

	/* a word longer than any of them is read no further */
	while (b > 0 && dot - b <= ABBREV_MAXLEN &&
	    (isalpha((unsigned char)s[b - 1]) || s[b - 1] == '.'))
		b--;
	if (dot - b == 1)
		return 1;	/* an initial: "J. Smith", "U.S." */
	/* most sentences end in a longer word than any of abbrevs[] */
	if (dot - b > ABBREV_MAXLEN)
		return 0;
	for (k = 0; b + k < dot; k++)
		w[k] = (char)tolower((unsigned char)s[b + k]);
	w[k] = '\0';
	if (strchr(w, '.') != NULL)
		return 1;	/* "U.S", "U.N" */
	return bsearch(w, abbrevs, sizeof(abbrevs) / sizeof(abbrevs[0]),
	    sizeof(abbrevs[0]), str_cmp) != NULL;
}

int
text_is_abbrev(const char *s, size_t dot)
{
	return is_abbrev(s, dot);
}

/* Where a piece of a sentence too long to read whole, starting at s[start]
 * and longer than TEXT_MAX_SENTENCE, ends: after the last space within
 * the limit, else after the last ASCII byte that is neither letter nor
 * digit ("attack,attack,..."), else before the last character that
 * starts within it (one endless word).  Looking back half the limit at
 * most keeps every piece at least that long, so the cutting is linear in
 * the text. */
static size_t
sentence_cut(const char *s, size_t start)
{
	size_t lim = start + TEXT_MAX_SENTENCE;
	size_t low = lim - TEXT_MAX_SENTENCE / 2, k;

	for (k = lim; k > low; k--)
		if (s[k - 1] == ' ')
			return k;
	for (k = lim; k > low; k--)
		if ((unsigned char)s[k - 1] < 0x80 &&
		    !isalnum((unsigned char)s[k - 1]))
			return k;
	for (k = lim; ((unsigned char)s[k] & 0xc0) == 0x80; k--)
		;
	return k;
}

static void
push_sentence(struct text *t, size_t start, size_t end, unsigned para)
{
	while (start < end && t->str[start] == ' ')
		start++;
	while (end > start && t->str[end - 1] == ' ')
		end--;
	if (start >= end)
		return;
	if (t->nsent == t->sentcap) {
		t->sentcap = t->sentcap ? t->sentcap * 2 : 32;
		t->sent = xreallocarray(t->sent, t->sentcap, sizeof(*t->sent));
	}
	t->sent[t->nsent].start = start;
	t->sent[t->nsent].end = end;
	t->sent[t->nsent].para = para;
	t->nsent++;
}

/* The span s[start..end) as one sentence, or as pieces of at most
 * TEXT_MAX_SENTENCE bytes when it is longer.  The extractor weighs the
 * words of a sentence against one another, in time that grows with the
 * square of its length: a text with no sentence end in it (run-on words
 * of a broken or hostile feed) took seconds of the daemon's one loop.
 * Pieces bound that work, so that any text costs time linear in its
 * length.  No sentence of the evaluation sets comes near the limit. */
static void
add_sentence(struct text *t, size_t start, size_t end, unsigned para)
{
	while (start < end && t->str[start] == ' ')
		start++;
	while (end - start > TEXT_MAX_SENTENCE) {
		size_t cut = sentence_cut(t->str, start);

		push_sentence(t, start, cut, para);
		start = cut;
	}
	push_sentence(t, start, end, para);
}

/* "The bank held rates; a grenade killed two guests at a wedding;
 * exports rose": a sentence of three or more clauses joined by semicolons
 * is a list of separate items (a roundup or a ticker), each read as its
 * own sentence; one semicolon joins two halves of one report. */
static void
add_items(struct text *t, size_t start, size_t end, unsigned para)
{
	const char *s = t->str, *q;
	size_t i, n = 0;

	/* most sentences hold no semicolon, which memchr() tells fast */
	for (i = start; n < 2 && i + 1 < end &&
	    (q = memchr(s + i, ';', end - 1 - i)) != NULL;
	    i = (size_t)(q - s) + 1)
		if (q[1] == ' ')
			n++;
	if (n < 2) {
		add_sentence(t, start, end, para);
		return;
	}
	for (i = start; i + 1 < end; i++)
		if (s[i] == ';' && s[i + 1] == ' ') {
			add_sentence(t, start, i + 1, para);
			start = i + 1;
		}
	add_sentence(t, start, end, para);
}

static void
split_sentences(struct text *t)
{
	const char *s = t->str;
	size_t i, start = 0, j;
	unsigned para = 0;

	for (i = 0; i < t->len; i++) {
		/* the text holds no NUL, so strcspn stops at the end */
		i += strcspn(s + i, "\n.!?");
		if (i >= t->len)
			break;
		if (s[i] == '\0')
			continue;
		if (s[i] == '\n') {
			add_sentence(t, start, i, para);
			if (i + 1 < t->len && s[i + 1] == '\n')
				i++;
			para++;
			start = i + 1;
			continue;
		}
		if (s[i] != '.' && s[i] != '!' && s[i] != '?')
			continue;
		j = i + 1;
		while (j < t->len && (s[j] == '"' || s[j] == '\'' ||
		    s[j] == ')'))
			j++;
		if (j >= t->len || s[j] != ' ')
			continue;
		while (j < t->len && s[j] == ' ')
			j++;
		if (j >= t->len || !(isupper((unsigned char)s[j]) ||
		    isdigit((unsigned char)s[j]) || s[j] == '"' ||
		    s[j] == '\'' || (unsigned char)s[j] >= 0x80))
			continue;
		if (s[i] == '.' && is_abbrev(s, i))
			continue;
		add_items(t, start, i + 1, para);
		start = j;
		i = j - 1;
	}
	add_items(t, start, t->len, para);
}

/* ---- assembling ------------------------------------------------------ */

/* The lines of s in t->lines (with t->keep as large), *n of them. */
static void
collect_lines(struct text *t, const char *s, size_t len, size_t *n)
{
	struct line **lines = &t->lines;
	size_t i = 0, cap = 0, a, e;
	int blank = 1;

	*n = 0;
	/* One line more than there are line ends: sized once, and small
	 * for the usual few lines. */
	for (a = 0; a < len; a++) {
		const char *nl = memchr(s + a, '\n', len - a);

		if (nl == NULL)
			break;
		a = (size_t)(nl - s);
		cap++;
	}
	cap++;
	if (t->linecap < cap) {
		free(t->lines);
		free(t->keep);
		t->lines = xreallocarray(NULL, cap, sizeof(*t->lines));
		t->keep = xmalloc(cap);
		t->linecap = cap;
	}
	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - s) : len;

		a = i;
		e = end;
		while (a < e && s[a] == ' ')
			a++;
		while (e > a && s[e - 1] == ' ')
			e--;
		if (a == e) {
			blank = 1;
		} else {
			(*lines)[*n].start = a;
			(*lines)[*n].len = e - a;
			(*lines)[*n].blank_before = blank;
			(*n)++;
			blank = 0;
		}
		i = end + 1;
	}
}

/* Offset of the first space in s[0..n) that another space or the end
 * follows, or n: the end of a stretch with single spaces.  Eight bytes
 * at a time, as most lines have no such space before their end. */
static size_t
run_end(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 9 <= n; i += 8) {
		uint64_t a, b, m;

		memcpy(&a, s + i, 8);
		memcpy(&b, s + i + 1, 8);
		m = space_bits(a) & space_bits(b);
		if (m != 0)
			return i + (size_t)__builtin_ctzll(m) / 8;
	}
	for (; i < n; i++)
		if (s[i] == ' ' && (i + 1 == n || s[i + 1] == ' '))
			return i;
	return n;
}

/* Append a line with runs of spaces collapsed (a leading run becomes one
 * space, a trailing one goes). */
static void
add_collapsed(struct buf *out, const char *s, size_t n)
{
	size_t i, j;
	int sp = 0;

	if (out->limit && out->len + n > out->limit) {
		/* Near the limit, append word by word so that what fits is
		 * kept exactly as far as it goes. */
		for (i = 0; i < n; ) {
			size_t run = i;

			if (s[i] == ' ') {
				sp = 1;
				i++;
				continue;
			}
			if (sp)
				buf_addch(out, ' ');
			sp = 0;
			while (run < n && s[run] != ' ')
				run++;
			buf_add(out, s + i, run - i);
			i = run;
		}
		return;
	}
	/* Whole stretches with single spaces in one append. */
	i = 0;
	while (i < n && s[i] == ' ')
		i++;
	if (i > 0 && i < n)
		buf_addch(out, ' ');
	while (i < n) {
		j = i + run_end(s + i, n - i);
		buf_add(out, s + i, j - i);
		while (j < n && s[j] == ' ')
			j++;
		if (j < n)
			buf_addch(out, ' ');
		i = j;
	}
}

static int
ends_sentence(const char *s, size_t n)
{
	char c = s[n - 1];

	return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' ||
	    c == '\'';
}

/* Printable ASCII and line ends, with no character reference and no
 * tag: text that repair_utf8(), decode_into() and fold_chars() leave as
 * it is. */
static int
is_plain(const char *raw, size_t len)
{
	const unsigned char *s = (const unsigned char *)raw;
	size_t i = 0;

	while ((i = ascii_run(s, i, len, 0)) < len) {
		if (s[i] != '\n' && (s[i] < 0x20 || s[i] >= 0x80))
			return 0;
		i++;
	}
	return memchr(raw, '&', len) == NULL && !looks_like_html(raw, len);
}

/* Make room for n bytes in b at once: buf.h has no call to reserve
 * space, so add n bytes (any n will do) and take them off again. */
static void
buf_prime(struct buf *b, const char *any, size_t n)
{
	if (n > 0 && buf_add(b, any, n) == 0)
		buf_reset(b);
}

struct text *
text_new(const char *raw, size_t len)
{
	return text_renew(NULL, NULL, raw, len);
}

struct text *
text_renew(struct text *t, const char *title, const char *raw, size_t len)
{
	struct line *lines;
	size_t nlines, i, first = 0, kept = 0, srclen;
	const char *src;
	char *keep;
	long head = -1;

	if (raw == NULL) {
		raw = "";
		len = 0;
	}
	if (len > TEXT_MAX_INPUT)
		len = TEXT_MAX_INPUT;
	if (t == NULL) {
		t = xcalloc(1, sizeof(*t));
		t->bp_first = xcalloc(256, sizeof(*t->bp_first));
		bp_index(t->bp_first);
		t->bp_pairs = xcalloc(BP_PAIRS_WORDS, sizeof(*t->bp_pairs));
		bp_pairs(t->bp_pairs);
		/* Decoding can grow text; bound every stage all the same. */
		buf_init(&t->a, 3 * (size_t)TEXT_MAX_INPUT);
		buf_init(&t->b, 3 * (size_t)TEXT_MAX_INPUT);
		buf_init(&t->out, 3 * (size_t)TEXT_MAX_INPUT);
	}
	buf_reset(&t->a);
	buf_reset(&t->b);
	buf_reset(&t->out);
	t->nsent = 0;

	if (is_plain(raw, len)) {
		/* every pass up to here would copy it unchanged */
		src = raw;
		srclen = len;
	} else {
		/* Each stage's output is about its input's size: allocate
		 * that once rather than grow from nothing. */
		buf_prime(&t->a, raw, len);
		repair_utf8(&t->a, raw, len);
		buf_prime(&t->b, buf_str(&t->a), t->a.len);
		if (looks_like_html(buf_str(&t->a), t->a.len))
			strip_html(&t->b, buf_str(&t->a), t->a.len);
		else
			decode_into(&t->b, buf_str(&t->a), t->a.len);
		buf_reset(&t->a);
		fold_chars(&t->a, buf_str(&t->b), t->b.len);
		src = buf_str(&t->a);
		srclen = t->a.len;
	}
	buf_prime(&t->out, src, srclen);

	collect_lines(t, src, srclen, &nlines);
	lines = t->lines;
	/* each line's entry is written before it is read */
	keep = t->keep;
	for (i = 0; i < nlines; i++) {
		int act = boilerplate_action(t->bp_first, t->bp_pairs, src +
		    lines[i].start, lines[i].len);

		if (act == BP_CUT)
			break;
		keep[i] = (act != BP_DROP);
	}
	nlines = i;

	/* Masthead: short lines before a headline among the first few. */
	for (i = 0; i < nlines && kept < 6; i++) {
		const char *l = src + lines[i].start;
		size_t next = 0, j;

		if (!keep[i])
			continue;
		kept++;
		for (j = i + 1; j < nlines; j++)
			if (keep[j]) {
				next = lines[j].len;
				break;
			}
		if (looks_like_headline(l, lines[i].len, next)) {
			size_t k;

			for (k = first; k < i; k++)
				keep[k] = 0;
			head = (long)i;
			break;
		}
		if (count_words(l, lines[i].len, NULL, 6) > 6)
			break;
	}

	if (title != NULL && *title != '\0') {
		struct buf tb = BUF_INIT, tf = BUF_INIT;
		size_t tl = strlen(title);

		if (tl > 1000)
			tl = 1000;
		buf_init(&tb, 8 * tl + 16);
		buf_init(&tf, 8 * tl + 16);
		repair_utf8(&tb, title, tl);
		{
			char *d = text_decode_entities(buf_str(&tb), tb.len);

			fold_chars(&tf, d, strlen(d));
			free(d);
		}
		for (i = 0; i < tf.len; i++)
			if (tf.data[i] == '\n')
				tf.data[i] = ' ';
		/* The page's own copy of the headline is not read twice. */
		if (head >= 0 && lines[head].len == tf.len &&
		    strncasecmp(src + lines[head].start, buf_str(&tf),
		    tf.len) == 0)
			keep[head] = 0;
		add_collapsed(&t->out, buf_str(&tf), tf.len);
		buf_addstr(&t->out, "\n\n");
		buf_release(&tb);
		buf_release(&tf);
		head = -2;	/* offset 0 */
	}

	/* Wrapped lines of one paragraph join with a space; anything else
	 * becomes its own paragraph. */
	{
		int any = 0;
		size_t prev = 0;

		for (i = 0; i < nlines; i++) {
			const char *l = src + lines[i].start;

			if (!keep[i])
				continue;
			if (any) {
				const char *p = src + lines[prev].start;

				if (!lines[i].blank_before &&
				    (head < 0 || (long)prev != head) &&
				    lines[prev].len >= 50 &&
				    !ends_sentence(p, lines[prev].len))
					buf_addch(&t->out, ' ');
				else
					buf_addstr(&t->out, "\n\n");
			}
			/* remember the offset */
			if (head >= 0 && (long)i == head)
				head = -2 - (long)t->out.len;
			add_collapsed(&t->out, l, lines[i].len);
			any = 1;
			prev = i;
		}
	}
	t->str = buf_str(&t->out);
	t->len = t->out.len;
	split_sentences(t);
	t->headline = -1;
	if (head <= -2) {
		size_t off = (size_t)(-2 - head);

		for (i = 0; i < t->nsent; i++)
			if (t->sent[i].start == off) {
				t->headline = (long)i;
				break;
			}
	}
	return t;
}

void
text_free(struct text *t)
{
	if (t == NULL)
		return;
	buf_release(&t->out);
	buf_release(&t->a);
	buf_release(&t->b);
	free(t->sent);
	free(t->lines);
	free(t->keep);
	free(t->bp_first);
	free(t->bp_pairs);
	free(t);
}

const char *
text_str(const struct text *t, size_t *len)
{
	if (len)
		*len = t->len;
	return t->str;
}

size_t
text_nsentences(const struct text *t)
{
	return t->nsent;
}

const struct text_sentence *
text_sentence(const struct text *t, size_t i)
{
	return i < t->nsent ? &t->sent[i] : NULL;
}

long
text_headline(const struct text *t)
{
	return t->headline;
}
