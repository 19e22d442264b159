/*
 * The config parser.  A hand-written line parser rather than inih because
 * every error must carry FILE:LINE:COLUMN, all errors must be collected,
 * rule conditions keep their quotes, and git-style `[feed "name"]` headers
 * and `include = GLOB` need their own handling anyway.
 *
 * Each section kind has a sorted table of keys; a key's type says how its
 * value is checked and where it is stored (offsetof into the section's
 * struct).  Parsing fills the structs and remembers which keys were set and
 * where; a second pass applies inheritance ([daemon] may come after the
 * feeds, or in another file) and cross-checks (outputs named by rules exist,
 * per-type required keys), so every message can point at the right place.
 *
 * Line continuation: a backslash at the end of a key line joins the next
 * line.  The newline is kept in the logical line so that positions inside
 * a value (rule conditions especially) still map to the physical line.
 */
/* <config.h>: the autoconf header; "config.h" would be this folder's. */
#include <config.h>

#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/suggest.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "rules/rule.h"

#define MAX_FILE_SIZE	(4u << 20)	/* one config file */
#define MAX_SECRET_SIZE	4096
#define MAX_DEPTH	10		/* include nesting */
#define MAX_ERRORS	200
#define MAX_NAME	200		/* section names */
#define MAX_KEYS	32		/* keys per section kind */
#define MAX_MESSAGE	400		/* bytes of one error message */

/* Set by the build (configure, AM_CPPFLAGS); fuzz builds compile the file
 * on its own. */
#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION	"0"
#endif
#ifndef LOCALSTATEDIR
#define LOCALSTATEDIR	"/var"
#endif

#define DEFAULT_USER_AGENT \
	"feedwatch/" PACKAGE_VERSION " (+https://github.com/feedwatch)"

enum ktype {
	K_STR,
	K_DURATION,		/* double seconds, >= min milliseconds */
	K_SIZE,			/* size_t bytes, > 0 */
	K_INT,			/* long in [min, max] */
	K_BOOL,			/* int 0/1 */
	K_FRACTION,		/* double in [0, 1] */
	K_LIST,			/* char ** at off, size_t count at off2 */
	K_ENUM,			/* char *, one of values */
	K_OUTTYPE,		/* enum output_type */
	K_FEEDURL,		/* char *, http/https/file */
	K_HTTPURL,		/* char *, http/https */
	K_ADDRESS,		/* char *, udp:H:P | tcp:H:P | unix:/path */
	K_SECRET,		/* read the named file into char * */
	K_RULE,			/* char * source, compiled into rule_cfg.expr */
};

/* Which output types a key applies to (bit per enum output_type). */
#define T_SYSLOG	(1u << OUTPUT_SYSLOG)
#define T_WEBHOOK	(1u << OUTPUT_WEBHOOK)
#define T_STDOUT	(1u << OUTPUT_STDOUT)
#define T_ALL		(T_SYSLOG | T_WEBHOOK | T_STDOUT)

struct key {
	const char		*name;
	enum ktype		 type;
	size_t			 off;
	size_t			 off2;
	const char *const	*values;
	long			 min, max;	/* K_INT range; K_DURATION
						 * minimum in ms */
	unsigned		 types;
};

/*
 * Duration minimums, in milliseconds.  A positive duration can still make
 * no sense: an interval of 1ms polls a feed hundreds of times a second, and
 * libcurl takes a timeout of 0 ms (what a sub-millisecond one truncates
 * to) as no timeout at all.  Whatever is a period between polls, retries
 * or alerts is at least a second; a timeout handed to libcurl in
 * milliseconds is at least 1ms; stall_timeout is at least 1s because
 * libcurl counts a stalled transfer in whole seconds.
 */
#define MIN_PERIOD	1000
#define MIN_TIMEOUT	1

static const char *const formats[] = { "json", "slack", NULL };
static const char *const severities[] = {
	"emergency", "alert", "critical", "error", "warning", "notice",
	"info", "debug", NULL	/* index = syslog priority */
};

#define D(f)	offsetof(struct daemon_cfg, f)
static const struct key daemon_keys[] = {
	{ "alert_first_poll", K_BOOL, D(alert_first_poll), 0, NULL, 0, 0, 0 },
	{ "connect_timeout", K_DURATION, D(connect_timeout), 0, NULL, MIN_TIMEOUT,
	    0, 0 },
	{ "interval", K_DURATION, D(interval), 0, NULL, MIN_PERIOD, 0, 0 },
	{ "item_keep", K_INT, D(item_keep), 0, NULL, 1, 100000000, 0 },
	{ "item_retention", K_DURATION, D(item_retention), 0, NULL, MIN_PERIOD,
	    0, 0 },
	{ "jitter", K_FRACTION, D(jitter), 0, NULL, 0, 0, 0 },
	{ "max_backoff", K_DURATION, D(max_backoff), 0, NULL, MIN_PERIOD, 0, 0 },
	{ "max_body", K_SIZE, D(max_body), 0, NULL, 0, 0, 0 },
	{ "max_connections", K_INT, D(max_connections), 0, NULL, 1, 100000, 0 },
	{ "max_items", K_SIZE, D(max_items), 0, NULL, 0, 0, 0 },
	{ "parse_threads", K_INT, D(parse_threads), 0, NULL, 0, 64, 0 },
	{ "per_host", K_INT, D(per_host), 0, NULL, 1, 1000, 0 },
	{ "stall_timeout", K_DURATION, D(stall_timeout), 0, NULL, MIN_PERIOD,
	    0, 0 },
	{ "state", K_STR, D(state), 0, NULL, 0, 0, 0 },
	{ "user_agent", K_STR, D(user_agent), 0, NULL, 0, 0, 0 },
};
#undef D

#define F(f)	offsetof(struct feed_cfg, f)
static const struct key feed_keys[] = {
	{ "alert_first_poll", K_BOOL, F(alert_first_poll), 0, NULL, 0, 0, 0 },
	{ "enabled", K_BOOL, F(enabled), 0, NULL, 0, 0, 0 },
	{ "interval", K_DURATION, F(interval), 0, NULL, MIN_PERIOD, 0, 0 },
	{ "max_body", K_SIZE, F(max_body), 0, NULL, 0, 0, 0 },
	{ "max_items", K_SIZE, F(max_items), 0, NULL, 0, 0, 0 },
	{ "tags", K_LIST, F(tags), F(ntags), NULL, 0, 0, 0 },
	{ "url", K_FEEDURL, F(url), 0, NULL, 0, 0, 0 },
};
#undef F

#define O(f)	offsetof(struct output_cfg, f)
static const struct key output_keys[] = {
	{ "address", K_ADDRESS, O(address), 0, NULL, 0, 0, T_SYSLOG },
	{ "format", K_ENUM, O(format), 0, formats, 0, 0, T_WEBHOOK },
	{ "max_age", K_DURATION, O(max_age), 0, NULL, MIN_PERIOD, 0,
	    T_WEBHOOK },
	{ "secret_file", K_SECRET, O(secret), 0, NULL, 0, 0, T_WEBHOOK },
	{ "timeout", K_DURATION, O(timeout), 0, NULL, MIN_TIMEOUT, 0,
	    T_WEBHOOK },
	{ "type", K_OUTTYPE, O(type), 0, NULL, 0, 0, T_ALL },
	{ "url", K_HTTPURL, O(url), 0, NULL, 0, 0, T_WEBHOOK },
};
#undef O

#define R(f)	offsetof(struct rule_cfg, f)
static const struct key rule_keys[] = {
	{ "cooldown", K_DURATION, R(cooldown), 0, NULL, MIN_PERIOD, 0, 0 },
	{ "feeds", K_LIST, R(feeds), R(nfeeds), NULL, 0, 0, 0 },
	{ "outputs", K_LIST, R(outputs), R(noutputs), NULL, 0, 0, 0 },
	{ "severity", K_ENUM, R(severity), 0, severities, 0, 0, 0 },
	{ "tags", K_LIST, R(tags), R(ntags), NULL, 0, 0, 0 },
	{ "when", K_RULE, R(when), 0, NULL, 0, 0, 0 },
};
#undef R

enum kind { S_DAEMON, S_FEED, S_OUTPUT, S_RULE, S_NONE, S_SKIP };

struct section {
	const char	*name;
	enum kind	 kind;
	int		 named;
	const struct key *keys;
	size_t		 nkeys;
};

#define nitems(a)	(sizeof(a) / sizeof((a)[0]))

static const struct section sections[] = {	/* sorted by name */
	{ "daemon", S_DAEMON, 0, daemon_keys, nitems(daemon_keys) },
	{ "feed", S_FEED, 1, feed_keys, nitems(feed_keys) },
	{ "output", S_OUTPUT, 1, output_keys, nitems(output_keys) },
	{ "rule", S_RULE, 1, rule_keys, nitems(rule_keys) },
};

static const char *const output_types[] = { "syslog", "webhook", "stdout" };

struct pos {
	const char	*file;		/* owned by parser.files */
	int		 line, col;
};

/* What the parser remembers about one section instance. */
struct secinfo {
	struct pos	 at;		/* the header */
	uint32_t	 set;		/* bit per key index */
	struct pos	 keyat[MAX_KEYS];	/* value positions */
	struct pos	*elemat[MAX_KEYS];	/* list keys: each element's */
};

struct parser {
	struct config	*c;
	struct buf	*errors;
	int		 nerrors;
	char		**files;	/* every file name read, for positions */
	size_t		 nfiles;
	char		*stack[MAX_DEPTH + 1];	/* real paths being read */
	int		 depth;
	struct secinfo	 daemon;
	struct secinfo	*info[3];	/* feeds, outputs, rules */
	size_t		 infocap[3];
	size_t		 ninfo[3];	/* sections read, of each kind */
	int		 flags;		/* CONFIG_* */
	enum kind	 cur;
	size_t		 curidx;
	const struct section *cursec;
};

/* A logical line: physical lines joined by continuation. */
struct line {
	struct buf	 text;
	size_t		*segstart;	/* where each physical line starts */
	int		*segline;
	size_t		 nseg, segcap;
	const char	*file;
};

static void perrorf(struct parser *, const struct pos *, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
perrorf(struct parser *p, const struct pos *at, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int n, i;

	p->nerrors++;
	if (p->nerrors > MAX_ERRORS)
		return;
	va_start(ap, fmt);
	n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		abort();
	/* One line per error, of sane length, whatever the values quoted
	 * in it contain. */
	for (i = 0; msg[i]; i++)
		if ((unsigned char)msg[i] < 0x20 || msg[i] == 0x7f)
			msg[i] = '?';
	if (n > MAX_MESSAGE)
		memcpy(msg + MAX_MESSAGE - 3, "...", 4);
	if (p->nerrors == MAX_ERRORS)
		buf_printf(p->errors, "%s:%d:%d: too many errors; stopping\n",
		    at->file, at->line, at->col);
	else
		buf_printf(p->errors, "%s:%d:%d: %s\n", at->file, at->line,
		    at->col, msg);
	free(msg);
}

static struct pos
line_pos(const struct line *l, size_t off)
{
	struct pos at;
	size_t i = l->nseg - 1;

	while (i > 0 && l->segstart[i] > off)
		i--;
	at.file = l->file;
	at.line = l->segline[i];
	at.col = (int)(off - l->segstart[i]) + 1;
	return at;
}

/* " (did you mean 'x'?)" or "", for names off by a typo or two. */
static void
suggest(char *out, size_t outsz, const char *word, const char *const *cands,
    size_t n, size_t stride)
{
	const char *name = suggest_name(word, cands, n, stride, 1);

	out[0] = '\0';
	if (name != NULL)
		snprintf(out, outsz, " (did you mean '%s'?)", name);
}

/* "; keys of [feed] are a, b and c" */
static void
list_keys(char *out, size_t outsz, const struct section *sec)
{
	size_t i, len;

	snprintf(out, outsz, "; keys of [%s] are ", sec->name);
	for (i = 0; i < sec->nkeys; i++) {
		len = strlen(out);
		snprintf(out + len, outsz - len, "%s%s", sec->keys[i].name,
		    i + 2 < sec->nkeys ? ", " : i + 1 < sec->nkeys ?
		    " and " : "");
	}
}

static int
cmp_section(const void *k, const void *e)
{
	return strcasecmp(k, ((const struct section *)e)->name);
}

static int
cmp_key(const void *k, const void *e)
{
	return strcasecmp(k, ((const struct key *)e)->name);
}

static void *
section_base(struct parser *p)
{
	switch (p->cur) {
	case S_DAEMON:
		return &p->c->daemon;
	case S_FEED:
		return &p->c->feeds[p->curidx];
	case S_OUTPUT:
		return &p->c->outputs[p->curidx];
	case S_RULE:
		return &p->c->rules[p->curidx];
	default:
		return NULL;
	}
}

static struct secinfo *
section_info(struct parser *p, enum kind k, size_t idx)
{
	return k == S_DAEMON ? &p->daemon : &p->info[k - S_FEED][idx];
}

static const char *
section_label(struct parser *p, char *out, size_t outsz)
{
	const char *name = NULL;

	switch (p->cur) {
	case S_FEED:
		name = p->c->feeds[p->curidx].name;
		break;
	case S_OUTPUT:
		name = p->c->outputs[p->curidx].name;
		break;
	case S_RULE:
		name = p->c->rules[p->curidx].name;
		break;
	default:
		break;
	}
	if (name)
		snprintf(out, outsz, "[%s \"%s\"]", p->cursec->name, name);
	else
		snprintf(out, outsz, "[%s]", p->cursec->name);
	return out;
}

/*
 * Values.
 */

static int
is_ws(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

/* s[0..n) as a plain string: unquoted and unescaped when it starts with
 * '"', else with whitespace runs that span a continuation collapsed.
 * NULL after reporting an error. */
static char *
unquote(struct parser *p, const struct line *l, size_t off, size_t n)
{
	const char *s = l->text.data + off;
	struct buf b = BUF_INIT;
	struct pos at;
	size_t i;

	if (n == 0 || s[0] != '"') {
		/* One line, as most values are: nothing to collapse. */
		if (memchr(s, '\n', n) == NULL)
			return xstrndup(s, n);
		for (i = 0; i < n; i++) {
			if (s[i] == '\n') {
				while (b.len && is_ws(b.data[b.len - 1]))
					b.len--;
				while (i + 1 < n && is_ws(s[i + 1]))
					i++;
				buf_addch(&b, ' ');
			} else
				buf_addch(&b, s[i]);
		}
		buf_addstr(&b, "");
		return buf_detach(&b, NULL);
	}
	for (i = 1; i < n && s[i] != '"'; i++) {
		if (s[i] != '\\') {
			buf_addch(&b, s[i]);
			continue;
		}
		if (++i == n)
			break;
		switch (s[i]) {
		case '\\':
		case '"':
		case '#':
		case ';':
			buf_addch(&b, s[i]);
			break;
		case 'n':
			buf_addch(&b, '\n');
			break;
		case 't':
			buf_addch(&b, '\t');
			break;
		default:
			at = line_pos(l, off + i - 1);
			perrorf(p, &at, "unknown escape '\\%c' in string; "
			    "expected \\\\, \\\", \\n or \\t", s[i]);
			buf_release(&b);
			return NULL;
		}
	}
	if (i >= n) {
		at = line_pos(l, off + n);
		perrorf(p, &at, "expected '\"' to close the string");
		buf_release(&b);
		return NULL;
	}
	if (i + 1 < n) {
		at = line_pos(l, off + i + 1);
		perrorf(p, &at, "unexpected text after closing '\"'");
		buf_release(&b);
		return NULL;
	}
	buf_addstr(&b, "");
	return buf_detach(&b, NULL);
}

int
config_parse_duration(const char *s, double *out)
{
	static const struct { char unit[3]; double secs; } units[] = {
		{ "d", 86400 }, { "h", 3600 }, { "m", 60 }, { "ms", 0.001 },
		{ "s", 1 }, { "w", 604800 },
	};
	double total = 0, v, scale;
	const char *p = s;
	size_t i, ulen;
	int parts = 0, found;

	while (*p) {
		if (!isdigit((unsigned char)*p))
			return -1;
		v = 0;
		while (isdigit((unsigned char)*p)) {
			v = v * 10 + (*p++ - '0');
			if (v > 1e12)
				return -1;
		}
		if (*p == '.') {
			p++;
			if (!isdigit((unsigned char)*p))
				return -1;
			for (scale = 0.1; isdigit((unsigned char)*p);
			    scale /= 10)
				v += (*p++ - '0') * scale;
		}
		parts++;
		if (*p == '\0' && parts == 1) {
			total = v;		/* bare number: seconds */
			break;
		}
		for (ulen = 0; isalpha((unsigned char)p[ulen]); ulen++)
			;
		found = 0;
		for (i = 0; i < nitems(units); i++) {
			if (strlen(units[i].unit) == ulen &&
			    strncmp(p, units[i].unit, ulen) == 0) {
				total += v * units[i].secs;
				found = 1;
				break;
			}
		}
		if (!found)
			return -1;
		p += ulen;
	}
	if (parts == 0 || total > 10 * 366 * 86400.0)
		return -1;
	*out = total;
	return 0;
}

/*
 * d seconds rounded up to whole milliseconds, the finest unit the config
 * and libcurl know: a timeout handed on as (long)(seconds * 1000) is then
 * never cut to 0 (no timeout at all to libcurl).  The slack keeps values
 * like 0.25 (250.00000000000003 ms in binary) from going up a step.
 */
static double
whole_ms(double d)
{
	double ms = d * 1000 - 1e-6;
	long long n = (long long)ms;

	if ((double)n < ms)
		n++;
	return (double)n / 1000;
}

int
config_parse_size(const char *s, size_t *out)
{
	unsigned long long v = 0, mult = 1;
	const char *p = s;

	if (!isdigit((unsigned char)*p))
		return -1;
	while (isdigit((unsigned char)*p)) {
		v = v * 10 + (unsigned long long)(*p++ - '0');
		if (v > (1ull << 50))
			return -1;
	}
	switch (*p) {
	case '\0':
		break;
	case 'k': case 'K':
		mult = 1ull << 10;
		p++;
		break;
	case 'm': case 'M':
		mult = 1ull << 20;
		p++;
		break;
	case 'g': case 'G':
		mult = 1ull << 30;
		p++;
		break;
	default:
		return -1;
	}
	if (mult > 1 && (strcmp(p, "B") == 0 || strcmp(p, "iB") == 0))
		p += strlen(p);
	if (*p != '\0' || v > SIZE_MAX / mult)
		return -1;
	*out = (size_t)(v * mult);
	return 0;
}

static int
parse_bool(const char *s, int *out)
{
	static const struct { const char *word; int v; } words[] = {
		{ "0", 0 }, { "1", 1 }, { "false", 0 }, { "no", 0 },
		{ "off", 0 }, { "on", 1 }, { "true", 1 }, { "yes", 1 },
	};
	size_t i;

	for (i = 0; i < nitems(words); i++) {
		if (strcasecmp(s, words[i].word) == 0) {
			*out = words[i].v;
			return 0;
		}
	}
	return -1;
}

static int
parse_long(const char *s, long *out)
{
	char *end;
	long v;

	if (!isdigit((unsigned char)*s) && *s != '-')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

static int
parse_fraction(const char *s, double *out)
{
	double v = 0, scale;
	const char *p = s;

	if (!isdigit((unsigned char)*p))
		return -1;
	while (isdigit((unsigned char)*p)) {
		v = v * 10 + (*p++ - '0');
		if (v > 1)
			return -1;
	}
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return -1;
		for (scale = 0.1; isdigit((unsigned char)*p); scale /= 10)
			v += (*p++ - '0') * scale;
	}
	if (*p != '\0' || v > 1)
		return -1;
	*out = v;
	return 0;
}

/* The scheme of url, lowercased into out; -1 when there is none. */
static int
url_scheme(const char *url, char *out, size_t outsz)
{
	size_t i;

	for (i = 0; url[i] && url[i] != ':'; i++) {
		if (!(isalnum((unsigned char)url[i]) || url[i] == '+' ||
		    url[i] == '-' || url[i] == '.') || i + 1 >= outsz)
			return -1;
		out[i] = (char)tolower((unsigned char)url[i]);
	}
	if (i == 0 || url[i] != ':')
		return -1;
	out[i] = '\0';
	return 0;
}

/* The length of the longest prefix of s[0..n) that is valid UTF-8 (no
 * overlong forms, surrogates or code points past U+10FFFF); n when all of
 * it is.  Names and values end up in JSON, which takes nothing else. */
static size_t
utf8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k, len;
	unsigned long cp;

	while (i < n) {
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		if (u[i] >= 0xc2 && u[i] <= 0xdf) {
			len = 2;
			cp = u[i] & 0x1f;
		} else if (u[i] >= 0xe0 && u[i] <= 0xef) {
			len = 3;
			cp = u[i] & 0x0f;
		} else if (u[i] >= 0xf0 && u[i] <= 0xf4) {
			len = 4;
			cp = u[i] & 0x07;
		} else
			return i;
		if (n - i < len)
			return i;
		for (k = 1; k < len; k++) {
			if ((u[i + k] & 0xc0) != 0x80)
				return i;
			cp = cp << 6 | (u[i + k] & 0x3f);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 ||
		    cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
			return i;
		i += len;
	}
	return n;
}

static int
has_ctl(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

/* Standard base64 with padding, as a "whsec_" secret carries its key. */
static int
is_base64(const char *s)
{
	size_t len = strlen(s), i;

	if (len == 0 || len % 4 != 0)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] == '=') {
			if (i < len - 2 || (i == len - 2 && s[i + 1] != '='))
				return 0;
		} else if (!isalnum((unsigned char)s[i]) && s[i] != '+' &&
		    s[i] != '/')
			return 0;
	}
	return 1;
}

/* Check an URL; "" when fine, else what is wrong. */
static const char *
check_url(const char *url, int allow_file)
{
	char scheme[16];
	size_t skip;

	if (has_ctl(url) || strchr(url, ' '))
		return "URL contains spaces or control characters";
	if (url_scheme(url, scheme, sizeof(scheme)) == -1)
		return allow_file ? "expected an URL starting with http://, "
		    "https:// or file://" : "expected an URL starting with "
		    "http:// or https://";
	if (strcmp(scheme, "file") == 0 && allow_file)
		return strncmp(url, "file:///", 8) == 0 ? "" :
		    "expected file:///ABSOLUTE/PATH";
	if (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0)
		return allow_file ? "URL scheme must be http, https or file" :
		    "URL scheme must be http or https";
	skip = strlen(scheme) + 1;
	if (strncmp(url + skip, "//", 2) != 0 || url[skip + 2] == '\0' ||
	    url[skip + 2] == '/')
		return "expected a host after '//'";
	return "";
}

static const char *
check_address(const char *a)
{
	const char *colon;
	char *end;
	long port;

	if (has_ctl(a))
		return "address contains control characters";
	if (strncmp(a, "unix:", 5) == 0)
		return a[5] == '/' ? "" : "expected unix:/ABSOLUTE/PATH";
	if (strncmp(a, "udp:", 4) != 0 && strncmp(a, "tcp:", 4) != 0)
		return "expected udp:HOST:PORT, tcp:HOST:PORT or unix:/PATH";
	colon = strrchr(a + 4, ':');
	if (colon == NULL || colon == a + 4)
		return "expected udp:HOST:PORT, tcp:HOST:PORT or unix:/PATH";
	errno = 0;
	port = strtol(colon + 1, &end, 10);
	if (errno || *end || colon[1] == '\0' || port < 1 || port > 65535)
		return "expected a port number 1-65535 after the last ':'";
	return "";
}

/* The directory part of file, with glob metacharacters escaped, plus '/';
 * "" for a bare file name. */
static char *
glob_dir(const char *file)
{
	const char *slash = strrchr(file, '/');
	struct buf b = BUF_INIT;
	const char *s;

	if (slash == NULL)
		return xstrdup("");
	for (s = file; s <= slash; s++) {
		if (strchr("*?[]\\", *s))
			buf_addch(&b, '\\');
		buf_addch(&b, *s);
	}
	return buf_detach(&b, NULL);
}

static char *
resolve_path(const char *from, const char *path)
{
	const char *slash = strrchr(from, '/');

	if (path[0] == '/' || slash == NULL)
		return xstrdup(path);
	return xasprintf("%.*s/%s", (int)(slash - from), from, path);
}

/* Read a whole regular file, at most max bytes.  NULL with errno set. */
static char *
read_file(const char *path, size_t max, size_t *lenp)
{
	struct stat st;
	struct buf b;
	char chunk[8192];
	ssize_t n;
	int fd, saved;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) == -1)
		return NULL;
	if (fstat(fd, &st) == -1)
		goto fail;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		errno = EINVAL;
		goto fail;
	}
	buf_init(&b, max);
	for (;;) {
		n = read(fd, chunk, sizeof(chunk));
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			buf_release(&b);
			goto fail;
		}
		if (n == 0)
			break;
		if (buf_add(&b, chunk, (size_t)n) == -1) {
			buf_release(&b);
			errno = EFBIG;
			goto fail;
		}
	}
	close(fd);
	buf_addstr(&b, "");
	return buf_detach(&b, lenp);
fail:
	saved = errno;
	close(fd);
	errno = saved;
	return NULL;
}

static void
free_list(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Split a list value on commas (outside quotes); each element may be
 * quoted.  Returns 0, or -1 after reporting. */
static int
parse_list(struct parser *p, const struct line *l, size_t off, size_t n,
    char ***vp, size_t *np, struct pos **posp)
{
	const char *s = l->text.data;
	struct pos *where = NULL;
	char **v = NULL, *elem;
	size_t nv = 0, i = off, start, end;
	struct pos at;
	int inq;

	while (i <= off + n) {
		while (i < off + n && is_ws(s[i]))
			i++;
		start = i;
		inq = 0;
		while (i < off + n && (inq || s[i] != ',')) {
			if (s[i] == '\\' && inq && i + 1 < off + n)
				i++;
			else if (s[i] == '"')
				inq = !inq;
			i++;
		}
		end = i;
		while (end > start && is_ws(s[end - 1]))
			end--;
		if (end == start) {
			at = line_pos(l, start);
			perrorf(p, &at, "expected a list element before '%s'",
			    i < off + n ? "," : "end of line");
			goto fail;
		}
		if ((elem = unquote(p, l, start, end - start)) == NULL)
			goto fail;
		v = xreallocarray(v, nv + 1, sizeof(*v));
		where = xreallocarray(where, nv + 1, sizeof(*where));
		where[nv] = line_pos(l, start);
		v[nv++] = elem;
		i++;		/* past ',' or the end */
	}
	*vp = v;
	*np = nv;
	*posp = where;
	return 0;
fail:
	free_list(v, nv);
	free(where);
	return -1;
}

/* Store one value of key k (in the current section) from l[off..off+n). */
static void
set_value(struct parser *p, const struct key *k, const struct line *l,
    size_t off, size_t n)
{
	char *base = section_base(p), *s = NULL, scheme[16];
	struct pos at = line_pos(l, off);
	const char *why, *const *v;
	struct secinfo *si;
	char ***listp;
	size_t *countp, sz;
	double d;
	long i;
	int b;

	if (k->type == K_LIST) {
		listp = (char ***)(void *)(base + k->off);
		countp = (size_t *)(void *)(base + k->off2);
		free_list(*listp, *countp);
		*listp = NULL;
		*countp = 0;
		si = section_info(p, p->cur, p->curidx);
		parse_list(p, l, off, n, listp, countp,
		    &si->elemat[k - p->cursec->keys]);
		return;
	}
	if (k->type == K_RULE) {
		struct rule_cfg *r = (struct rule_cfg *)(void *)base;
		size_t before = p->errors->len;
		const char *e;

		free(r->when);
		r->when = xstrndup(l->text.data + off, n);
		rule_free(r->expr);
		r->expr = NULL;
		if (p->nerrors >= MAX_ERRORS)
			return;
		r->expr = rule_compile(r->when, at.file, at.line, at.col,
		    p->errors);
		if (r->expr == NULL) {
			for (e = p->errors->data ? p->errors->data + before :
			    ""; *e; e++)
				if (*e == '\n')
					p->nerrors++;
			if (p->errors->len == before)
				perrorf(p, &at, "invalid condition");
		}
		return;
	}
	if ((s = unquote(p, l, off, n)) == NULL)
		return;
	switch (k->type) {
	case K_STR:
		if (has_ctl(s)) {
			perrorf(p, &at, "value of '%s' contains control "
			    "characters", k->name);
			break;
		}
		free(*(char **)(void *)(base + k->off));
		*(char **)(void *)(base + k->off) = s;
		return;
	case K_DURATION:
		if (config_parse_duration(s, &d) == -1)
			perrorf(p, &at, "invalid duration '%s' for '%s'; "
			    "expected a number with unit ms, s, m, h, d or w "
			    "(e.g. 90s, 10m, 1h30m)", s, k->name);
		else if (d * 1000 < (double)k->min)
			perrorf(p, &at, "'%s' must be at least %ld%s, not '%s'",
			    k->name, k->min % 1000 ? k->min : k->min / 1000,
			    k->min % 1000 ? "ms" : "s", s);
		else
			*(double *)(void *)(base + k->off) = whole_ms(d);
		break;
	case K_SIZE:
		if (config_parse_size(s, &sz) == -1)
			perrorf(p, &at, "invalid size '%s' for '%s'; expected "
			    "a number with optional unit k, M or G (e.g. "
			    "512k, 10M)", s, k->name);
		else if (sz == 0)
			perrorf(p, &at, "'%s' must be greater than zero, "
			    "not '%s'", k->name, s);
		else
			*(size_t *)(void *)(base + k->off) = sz;
		break;
	case K_INT:
		if (parse_long(s, &i) == -1)
			perrorf(p, &at, "invalid number '%s' for '%s'; "
			    "expected an integer", s, k->name);
		else if (i < k->min || i > k->max)
			perrorf(p, &at, "'%s' must be between %ld and %ld, "
			    "not '%s'", k->name, k->min, k->max, s);
		else
			*(long *)(void *)(base + k->off) = i;
		break;
	case K_BOOL:
		if (parse_bool(s, &b) == -1)
			perrorf(p, &at, "invalid boolean '%s' for '%s'; "
			    "expected true or false", s, k->name);
		else
			*(int *)(void *)(base + k->off) = b;
		break;
	case K_FRACTION:
		if (parse_fraction(s, &d) == -1)
			perrorf(p, &at, "invalid value '%s' for '%s'; "
			    "expected a number from 0 to 1", s, k->name);
		else
			*(double *)(void *)(base + k->off) = d;
		break;
	case K_ENUM:
		for (v = k->values; *v; v++)
			if (strcasecmp(s, *v) == 0)
				break;
		if (*v == NULL) {
			struct buf alt = BUF_INIT;

			for (v = k->values; *v; v++)
				buf_printf(&alt, "%s%s", v == k->values ?
				    "" : v[1] ? ", " : " or ", *v);
			perrorf(p, &at, "invalid %s '%s'; expected %s",
			    k->name, s, buf_str(&alt));
			buf_release(&alt);
			break;
		}
		free(*(char **)(void *)(base + k->off));
		*(char **)(void *)(base + k->off) = xstrdup(*v);
		break;
	case K_OUTTYPE:
		for (i = 0; i < (long)nitems(output_types); i++)
			if (strcasecmp(s, output_types[i]) == 0)
				break;
		if (i == (long)nitems(output_types))
			perrorf(p, &at, "invalid type '%s'; expected syslog, "
			    "webhook or stdout", s);
		else
			*(enum output_type *)(void *)(base + k->off) =
			    (enum output_type)i;
		break;
	case K_FEEDURL:
	case K_HTTPURL:
		why = check_url(s, k->type == K_FEEDURL);
		if (*why) {
			perrorf(p, &at, "invalid url '%s': %s", s, why);
			break;
		}
		if (k->type == K_FEEDURL)
			((struct feed_cfg *)(void *)base)->allow_file =
			    url_scheme(s, scheme, sizeof(scheme)) == 0 &&
			    strcmp(scheme, "file") == 0;
		free(*(char **)(void *)(base + k->off));
		*(char **)(void *)(base + k->off) = s;
		return;
	case K_ADDRESS:
		why = check_address(s);
		if (*why) {
			perrorf(p, &at, "invalid address '%s': %s", s, why);
			break;
		}
		free(*(char **)(void *)(base + k->off));
		*(char **)(void *)(base + k->off) = s;
		return;
	case K_SECRET: {
		char *path, *data;
		size_t len;

		if (p->flags & CONFIG_NOFILES) {
			perrorf(p, &at, "secret_file is not allowed here");
			break;
		}
		path = resolve_path(at.file, s);
		data = read_file(path, MAX_SECRET_SIZE, &len);
		if (data == NULL) {
			perrorf(p, &at, "cannot read secret_file '%s': %s",
			    path, strerror(errno));
			free(path);
			break;
		}
		free(path);
		while (len > 0 && is_ws(data[len - 1]))
			data[--len] = '\0';
		if (len == 0 || strlen(data) != len) {
			perrorf(p, &at, "secret_file '%s' is empty or binary; "
			    "expected one line of text", s);
			free(data);
			break;
		}
		if (strncmp(data, "whsec_", 6) == 0 && !is_base64(data + 6)) {
			perrorf(p, &at, "secret_file '%s' holds a whsec_ "
			    "secret that is not base64", s);
			explicit_bzero(data, len);
			free(data);
			break;
		}
		free(*(char **)(void *)(base + k->off));
		*(char **)(void *)(base + k->off) = data;
		break;
	}
	default:
		break;
	}
	free(s);
}

/*
 * Lines and files.
 */

static void parse_buffer(struct parser *, const char *, const char *, size_t);

static int
on_stack(struct parser *p, const char *real)
{
	int i;

	for (i = 0; i < p->depth; i++)
		if (strcmp(p->stack[i], real) == 0)
			return 1;
	return 0;
}

static const char *
intern_file(struct parser *p, const char *name)
{
	p->files = xreallocarray(p->files, p->nfiles + 1, sizeof(*p->files));
	p->files[p->nfiles] = xstrdup(name);
	return p->files[p->nfiles++];
}

static void
include_file(struct parser *p, const struct pos *at, const char *path)
{
	char *real, *data;
	size_t len;
	enum kind cur = p->cur;
	size_t curidx = p->curidx;
	const struct section *cursec = p->cursec;

	if (p->depth >= MAX_DEPTH) {
		perrorf(p, at, "cannot include '%s': includes nested more "
		    "than %d deep", path, MAX_DEPTH);
		return;
	}
	if ((real = realpath(path, NULL)) == NULL) {
		perrorf(p, at, "cannot include '%s': %s", path,
		    strerror(errno));
		return;
	}
	if (on_stack(p, real)) {
		perrorf(p, at, "cannot include '%s': include cycle", path);
		free(real);
		return;
	}
	if ((data = read_file(path, MAX_FILE_SIZE, &len)) == NULL) {
		perrorf(p, at, "cannot include '%s': %s", path,
		    strerror(errno));
		free(real);
		return;
	}
	p->stack[p->depth++] = real;
	p->cur = S_NONE;
	parse_buffer(p, intern_file(p, path), data, len);
	p->depth--;
	free(real);
	free(data);
	p->cur = cur;
	p->curidx = curidx;
	p->cursec = cursec;
}

static void
do_include(struct parser *p, const struct line *l, size_t off, size_t n)
{
	struct pos at = line_pos(l, off);
	char *pat, *dir, *full;
	glob_t g;
	size_t i;
	int rc;

	if (p->flags & CONFIG_NOFILES) {
		perrorf(p, &at, "include is not allowed here");
		return;
	}
	if ((pat = unquote(p, l, off, n)) == NULL)
		return;
	if (pat[0] == '/')
		full = xstrdup(pat);
	else {
		dir = glob_dir(at.file);
		full = xasprintf("%s%s", dir, pat);
		free(dir);
	}
	memset(&g, 0, sizeof(g));
	rc = glob(full, 0, NULL, &g);
	if (rc == GLOB_NOMATCH) {
		/* An empty rules.d is fine; a named file that is missing
		 * is a mistake. */
		if (strpbrk(pat, "*?[") == NULL)
			perrorf(p, &at, "cannot include '%s': %s", full,
			    strerror(ENOENT));
	} else if (rc != 0)
		perrorf(p, &at, "cannot include '%s': %s", full,
		    rc == GLOB_NOSPACE ? "out of memory" : "read error");
	else
		for (i = 0; i < g.gl_pathc; i++)
			include_file(p, &at, g.gl_pathv[i]);
	globfree(&g);
	free(full);
	free(pat);
}

static void
new_section(struct parser *p, const struct section *sec, char *name,
    const struct pos *at)
{
	struct config *c = p->c;
	struct secinfo *si;
	size_t idx = 0, k;

	switch (sec->kind) {
	case S_DAEMON:
		free(name);
		p->cur = S_DAEMON;
		p->cursec = sec;
		if (p->daemon.at.file == NULL)
			p->daemon.at = *at;
		return;
	case S_FEED:
		c->feeds = xreallocarray(c->feeds, c->nfeeds + 1,
		    sizeof(*c->feeds));
		idx = c->nfeeds++;
		memset(&c->feeds[idx], 0, sizeof(c->feeds[idx]));
		c->feeds[idx].name = name;
		c->feeds[idx].file = xstrdup(at->file);
		c->feeds[idx].line = at->line;
		c->feeds[idx].enabled = 1;
		break;
	case S_OUTPUT:
		c->outputs = xreallocarray(c->outputs, c->noutputs + 1,
		    sizeof(*c->outputs));
		idx = c->noutputs++;
		memset(&c->outputs[idx], 0, sizeof(c->outputs[idx]));
		c->outputs[idx].name = name;
		c->outputs[idx].file = xstrdup(at->file);
		c->outputs[idx].line = at->line;
		c->outputs[idx].type = (enum output_type)-1;
		break;
	case S_RULE:
		c->rules = xreallocarray(c->rules, c->nrules + 1,
		    sizeof(*c->rules));
		idx = c->nrules++;
		memset(&c->rules[idx], 0, sizeof(c->rules[idx]));
		c->rules[idx].name = name;
		c->rules[idx].file = xstrdup(at->file);
		c->rules[idx].line = at->line;
		break;
	default:
		free(name);
		return;
	}
	k = sec->kind - S_FEED;
	if (idx >= p->infocap[k]) {
		p->infocap[k] = p->infocap[k] ? p->infocap[k] * 2 : 16;
		p->info[k] = xreallocarray(p->info[k], p->infocap[k],
		    sizeof(*p->info[k]));
	}
	si = &p->info[k][idx];
	memset(si, 0, sizeof(*si));
	p->ninfo[k] = idx + 1;
	si->at = *at;
	p->cur = sec->kind;
	p->curidx = idx;
	p->cursec = sec;
}

static void
parse_header(struct parser *p, const struct line *l, size_t i)
{
	const char *s = l->text.data;
	size_t len = l->text.len, start, bad;
	const struct section *sec;
	struct pos at = line_pos(l, i), nat;
	struct buf name = BUF_INIT;
	char word[32], hint[64];
	int named = 0;

	p->cur = S_SKIP;	/* until the header is known good */
	i++;
	while (i < len && is_ws(s[i]))
		i++;
	start = i;
	while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '_' ||
	    s[i] == '-'))
		i++;
	if (i == start) {
		nat = line_pos(l, i);
		perrorf(p, &nat, "expected a section name after '['");
		return;
	}
	snprintf(word, sizeof(word), "%.*s", (int)(i - start), s + start);
	while (i < len && is_ws(s[i]))
		i++;
	nat = line_pos(l, i);
	if (i < len && s[i] == '"') {
		named = 1;
		for (i++; i < len && s[i] != '"'; i++) {
			if (s[i] == '\\' && i + 1 < len)
				i++;
			buf_addch(&name, s[i]);
		}
		if (i >= len) {
			at = line_pos(l, i);
			perrorf(p, &at, "expected '\"' to close the section "
			    "name");
			goto out;
		}
		i++;
		while (i < len && is_ws(s[i]))
			i++;
	}
	if (i >= len || s[i] != ']') {
		at = line_pos(l, i);
		perrorf(p, &at, "expected ']'");
		goto out;
	}
	i++;
	while (i < len && is_ws(s[i]))
		i++;
	if (i < len && s[i] != '#' && s[i] != ';') {
		at = line_pos(l, i);
		perrorf(p, &at, "unexpected text after ']'");
		goto out;
	}
	sec = bsearch(word, sections, nitems(sections), sizeof(sections[0]),
	    cmp_section);
	if (sec == NULL) {
		nat = line_pos(l, start);
		suggest(hint, sizeof(hint), word, &sections[0].name,
		    nitems(sections), sizeof(sections[0]));
		perrorf(p, &nat, "unknown section '%s'%s; expected daemon, "
		    "feed, output or rule", word, hint);
		goto out;
	}
	if (sec->named && !named) {
		nat = line_pos(l, start);
		perrorf(p, &nat, "expected a name: [%s \"NAME\"]", sec->name);
		goto out;
	}
	if (!sec->named && named) {
		perrorf(p, &nat, "[%s] takes no name", sec->name);
		goto out;
	}
	if (named && (name.len == 0 || name.len > MAX_NAME ||
	    has_ctl(buf_str(&name)) || strlen(buf_str(&name)) != name.len)) {
		perrorf(p, &nat, "expected a name of 1 to %d printable "
		    "characters", MAX_NAME);
		goto out;
	}
	if (named && (bad = utf8_valid_prefix(name.data, name.len)) <
	    name.len) {
		perrorf(p, &nat, "invalid UTF-8 (byte 0x%02x) in the name of "
		    "[%s]; the file must be UTF-8",
		    (unsigned char)name.data[bad], sec->name);
		goto out;
	}
	buf_addstr(&name, "");
	new_section(p, sec, buf_detach(&name, NULL), &at);
	return;
out:
	buf_release(&name);
}

/* " (a key of [feed] and [daemon])" when word belongs elsewhere. */
static void
other_sections(char *out, size_t outsz, const char *word,
    const struct section *here)
{
	const char *names[nitems(sections)];
	size_t i, n = 0, len;

	for (i = 0; i < nitems(sections); i++)
		if (&sections[i] != here && bsearch(word, sections[i].keys,
		    sections[i].nkeys, sizeof(sections[i].keys[0]), cmp_key))
			names[n++] = sections[i].name;
	out[0] = '\0';
	for (i = 0; i < n; i++) {
		len = strlen(out);
		snprintf(out + len, outsz - len, "%s[%s]%s", i == 0 ?
		    " (a key of " : i + 1 == n ? " and " : ", ", names[i],
		    i + 1 == n ? ")" : "");
	}
}

/* Reports a value that is not UTF-8 (a file saved as Latin-1); 1 when it
 * did. */
static int
bad_utf8(struct parser *p, const struct line *l, size_t vstart, size_t vend,
    const char *key)
{
	const char *s = l->text.data;
	size_t bad = utf8_valid_prefix(s + vstart, vend - vstart);
	struct pos at;

	if (bad == vend - vstart)
		return 0;
	at = line_pos(l, vstart + bad);
	perrorf(p, &at, "invalid UTF-8 (byte 0x%02x) in the value of '%s'; "
	    "the file must be UTF-8", (unsigned char)s[vstart + bad], key);
	return 1;
}

static void
parse_keyline(struct parser *p, const struct line *l, size_t i)
{
	const char *s = l->text.data;
	size_t len = l->text.len, kstart, kend, vstart, vend;
	const struct key *k;
	struct secinfo *si;
	struct pos at = line_pos(l, i), vat;
	const struct pos *first;
	char word[64], label[MAX_NAME + 32], hint[320];
	int inq = 0;

	kstart = i;
	while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '_' ||
	    s[i] == '-'))
		i++;
	kend = i;
	if (kend == kstart) {
		perrorf(p, &at, "expected a key name or '['");
		return;
	}
	while (i < len && is_ws(s[i]))
		i++;
	if (i >= len || s[i] != '=') {
		vat = line_pos(l, i);
		/* An indented line is most often meant to go on with the
		 * value above, as in git's config or Python's. */
		perrorf(p, &vat, "expected '=' after '%.*s'%s",
		    (int)(kend - kstart > 40 ? 40 : kend - kstart), s + kstart,
		    kstart > 0 ? " (to continue the value of the line "
		    "above, end that line with a backslash)" : "");
		return;
	}
	i++;
	while (i < len && is_ws(s[i]))
		i++;
	vstart = i;
	/* A comment starts at '#' or ';' after whitespace, outside quotes. */
	for (vend = i; vend < len; vend++) {
		if (s[vend] == '\\' && inq && vend + 1 < len)
			vend++;
		else if (s[vend] == '"')
			inq = !inq;
		else if (!inq && (s[vend] == '#' || s[vend] == ';') &&
		    is_ws(s[vend - 1]))
			break;
	}
	while (vend > vstart && is_ws(s[vend - 1]))
		vend--;
	snprintf(word, sizeof(word), "%.*s", (int)(kend - kstart), s + kstart);
	vat = line_pos(l, vstart);
	if (vend == vstart) {
		perrorf(p, &vat, "expected a value after '%s ='", word);
		return;
	}
	if (strcasecmp(word, "include") == 0) {
		if (!bad_utf8(p, l, vstart, vend, word))
			do_include(p, l, vstart, vend - vstart);
		return;
	}
	if (p->cur == S_SKIP)
		return;
	if (p->cur == S_NONE) {
		perrorf(p, &at, "key '%s' outside of a section; expected "
		    "'[daemon]', '[feed \"NAME\"]', '[output \"NAME\"]' or "
		    "'[rule \"NAME\"]' first", word);
		return;
	}
	k = bsearch(word, p->cursec->keys, p->cursec->nkeys,
	    sizeof(p->cursec->keys[0]), cmp_key);
	if (k == NULL) {
		suggest(hint, sizeof(hint), word, &p->cursec->keys[0].name,
		    p->cursec->nkeys, sizeof(p->cursec->keys[0]));
		if (hint[0] == '\0')
			other_sections(hint, sizeof(hint), word, p->cursec);
		if (hint[0] == '\0')
			list_keys(hint, sizeof(hint), p->cursec);
		perrorf(p, &at, "unknown key '%s' in %s%s", word,
		    section_label(p, label, sizeof(label)), hint);
		return;
	}
	si = section_info(p, p->cur, p->curidx);
	if (si->set & (1u << (k - p->cursec->keys))) {
		first = &si->keyat[k - p->cursec->keys];
		section_label(p, label, sizeof(label));
		if (strcmp(first->file, at.file) == 0)
			perrorf(p, &at, "duplicate key '%s' in %s (first set "
			    "at line %d)", k->name, label, first->line);
		else
			perrorf(p, &at, "duplicate key '%s' in %s (first set "
			    "at %s:%d)", k->name, label, first->file,
			    first->line);
		return;
	}
	si->set |= 1u << (k - p->cursec->keys);
	si->keyat[k - p->cursec->keys] = vat;
	if (!bad_utf8(p, l, vstart, vend, word))
		set_value(p, k, l, vstart, vend - vstart);
}

static void
line_addseg(struct line *l, int lineno)
{
	if (l->nseg == l->segcap) {
		l->segcap = l->segcap ? l->segcap * 2 : 4;
		l->segstart = xreallocarray(l->segstart, l->segcap,
		    sizeof(*l->segstart));
		l->segline = xreallocarray(l->segline, l->segcap,
		    sizeof(*l->segline));
	}
	l->segstart[l->nseg] = l->text.len;
	l->segline[l->nseg++] = lineno;
}

static void
parse_buffer(struct parser *p, const char *file, const char *data, size_t len)
{
	struct line l;
	size_t pos = 0, eol, end, i;
	int lineno = 0;
	struct pos at;

	memset(&l, 0, sizeof(l));
	l.file = file;
	/* Some editors start UTF-8 files with a byte order mark. */
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	while (pos < len && p->nerrors < MAX_ERRORS) {
		buf_reset(&l.text);
		l.nseg = 0;
		for (;;) {
			lineno++;
			eol = pos;
			while (eol < len && data[eol] != '\n')
				eol++;
			end = eol;
			if (end > pos && data[end - 1] == '\r')
				end--;
			if (memchr(data + pos, '\0', end - pos)) {
				at.file = file;
				at.line = lineno;
				at.col = (int)((const char *)memchr(data + pos,
				    '\0', end - pos) - (data + pos)) + 1;
				perrorf(p, &at, "NUL byte in config file");
				end = pos;
			}
			line_addseg(&l, lineno);
			buf_add(&l.text, data + pos, end - pos);
			pos = eol < len ? eol + 1 : eol;
			for (i = 0; i < l.text.len &&
			    is_ws(l.text.data[i]); i++)
				;
			/* Continuation only on key lines, not comments or
			 * headers. */
			if (l.text.len == 0 || i == l.text.len ||
			    strchr("#;[", l.text.data[i]) ||
			    l.text.data[l.text.len - 1] != '\\' || pos >= len)
				break;
			l.text.data[l.text.len - 1] = ' ';
			buf_addch(&l.text, '\n');
		}
		buf_addstr(&l.text, "");
		for (i = 0; i < l.text.len && is_ws(l.text.data[i]); i++)
			;
		if (i == l.text.len || l.text.data[i] == '#' ||
		    l.text.data[i] == ';')
			continue;
		if (l.text.data[i] == '[')
			parse_header(p, &l, i);
		else
			parse_keyline(p, &l, i);
	}
	buf_release(&l.text);
	free(l.segstart);
	free(l.segline);
}

/*
 * Validation after everything is read.
 */

static int
cmp_names(const void *a, const void *b, void *arg)
{
	const char *const *names = arg;

	return strcmp(names[*(const size_t *)a], names[*(const size_t *)b]);
}

/* Sorted index of names; reports duplicates of the same kind. */
static size_t *
sort_names(struct parser *p, const char *kind, const char **names, size_t n,
    struct secinfo *info)
{
	size_t *ix = xreallocarray(NULL, n ? n : 1, sizeof(*ix)), i, first,
	    later;

	for (i = 0; i < n; i++)
		ix[i] = i;
	qsort_r(ix, n, sizeof(*ix), cmp_names, names);
	for (i = 1; i < n; i++) {
		if (strcmp(names[ix[i - 1]], names[ix[i]]) != 0)
			continue;
		/* qsort is not stable: report the later definition. */
		first = ix[i - 1] < ix[i] ? ix[i - 1] : ix[i];
		later = ix[i - 1] < ix[i] ? ix[i] : ix[i - 1];
		if (info)
			perrorf(p, &info[later].at, "duplicate [%s \"%s\"] "
			    "(first defined at %s:%d)", kind, names[later],
			    info[first].at.file, info[first].at.line);
	}
	return ix;
}

static const char **
names_of(const void *arr, size_t n, size_t stride)
{
	const char **v = xreallocarray(NULL, n ? n : 1, sizeof(*v));
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = *(char *const *)(const void *)((const char *)arr +
		    i * stride);
	return v;
}

static int
key_set(const struct secinfo *si, const struct key *keys, size_t nkeys,
    const char *name, struct pos *at)
{
	size_t i;

	for (i = 0; i < nkeys; i++) {
		if (strcmp(keys[i].name, name) == 0 &&
		    (si->set & (1u << i))) {
			if (at)
				*at = si->keyat[i];
			return 1;
		}
	}
	return 0;
}

static void
check_feeds(struct parser *p)
{
	struct config *c = p->c;
	struct secinfo *si;
	size_t i;

	for (i = 0; i < c->nfeeds; i++) {
		si = &p->info[0][i];
		if (c->feeds[i].url == NULL && !key_set(si, feed_keys,
		    nitems(feed_keys), "url", NULL))
			perrorf(p, &si->at, "[feed \"%s\"] has no url; "
			    "expected url = https://...", c->feeds[i].name);
		if (!key_set(si, feed_keys, nitems(feed_keys), "interval",
		    NULL))
			c->feeds[i].interval = c->daemon.interval;
		if (!key_set(si, feed_keys, nitems(feed_keys),
		    "alert_first_poll", NULL))
			c->feeds[i].alert_first_poll =
			    c->daemon.alert_first_poll;
		if (!key_set(si, feed_keys, nitems(feed_keys), "max_body",
		    NULL))
			c->feeds[i].max_body = c->daemon.max_body;
		if (!key_set(si, feed_keys, nitems(feed_keys), "max_items",
		    NULL))
			c->feeds[i].max_items = c->daemon.max_items;
	}
}

static void
check_outputs(struct parser *p)
{
	struct config *c = p->c;
	struct output_cfg *o;
	struct secinfo *si;
	struct pos at;
	size_t i, k;

	for (i = 0; i < c->noutputs; i++) {
		o = &c->outputs[i];
		si = &p->info[1][i];
		if (!key_set(si, output_keys, nitems(output_keys), "type",
		    NULL)) {
			perrorf(p, &si->at, "[output \"%s\"] has no type; "
			    "expected type = syslog, webhook or stdout",
			    o->name);
			continue;
		}
		if ((unsigned)o->type >= nitems(output_types))
			continue;	/* bad type, already reported */
		for (k = 0; k < nitems(output_keys); k++) {
			if ((si->set & (1u << k)) &&
			    !(output_keys[k].types & (1u << o->type)))
				perrorf(p, &si->keyat[k], "'%s' does not "
				    "apply to outputs of type %s",
				    output_keys[k].name, output_types[o->type]);
		}
		if (o->type == OUTPUT_WEBHOOK && !key_set(si, output_keys,
		    nitems(output_keys), "url", &at))
			perrorf(p, &si->at, "[output \"%s\"] of type webhook "
			    "has no url; expected url = https://...", o->name);
		if (o->format == NULL)
			o->format = xstrdup("json");
		if (o->timeout == 0)
			o->timeout = 10;
		if (o->max_age == 0)
			o->max_age = 86400;
	}
}

static void
add_builtin_output(struct config *c, enum output_type type)
{
	struct output_cfg *o;

	c->outputs = xreallocarray(c->outputs, c->noutputs + 1,
	    sizeof(*c->outputs));
	o = &c->outputs[c->noutputs++];
	memset(o, 0, sizeof(*o));
	o->name = xstrdup(output_types[type]);
	o->type = type;
	o->format = xstrdup("json");
	o->timeout = 10;
	o->max_age = 86400;
	o->file = xstrdup("(built-in)");
}

static int
cmp_str_bs(const void *k, const void *e, void *names)
{
	return strcmp(k, ((const char *const *)names)[*(const size_t *)e]);
}

static const size_t *
find_name(const char *name, const size_t *ix, const char **names, size_t n)
{
	size_t lo = 0, hi = n, mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = cmp_str_bs(name, &ix[mid], names);
		if (r == 0)
			return &ix[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Where element j of the rule list key name was written. */
static const struct pos *
elem_pos(const struct secinfo *si, const char *name, size_t j)
{
	const struct key *k = bsearch(name, rule_keys, nitems(rule_keys),
	    sizeof(rule_keys[0]), cmp_key);
	size_t i = (size_t)(k - rule_keys);

	if (si->elemat[i])
		return &si->elemat[i][j];
	return si->keyat[i].file ? &si->keyat[i] : &si->at;
}

static void
check_rules(struct parser *p)
{
	struct config *c = p->c;
	struct rule_cfg *r;
	struct secinfo *si;
	const char **onames, **fnames;
	size_t i, j, *oix, *fix;

	onames = names_of(c->outputs, c->noutputs, sizeof(c->outputs[0]));
	oix = sort_names(p, "output", onames, c->noutputs, NULL);
	fnames = names_of(c->feeds, c->nfeeds, sizeof(c->feeds[0]));
	fix = sort_names(p, "feed", fnames, c->nfeeds, NULL);
	for (i = 0; i < c->nrules; i++) {
		r = &c->rules[i];
		si = &p->info[2][i];
		if (!key_set(si, rule_keys, nitems(rule_keys), "when", NULL))
			perrorf(p, &si->at, "[rule \"%s\"] has no condition; "
			    "expected when = ...", r->name);
		if (r->noutputs == 0 && !key_set(si, rule_keys,
		    nitems(rule_keys), "outputs", NULL)) {
			r->outputs = xreallocarray(NULL, 1, sizeof(char *));
			r->outputs[0] = xstrdup("syslog");
			r->noutputs = 1;
		}
		for (j = 0; j < r->noutputs; j++)
			if (!find_name(r->outputs[j], oix, onames,
			    c->noutputs))
				perrorf(p, elem_pos(si, "outputs", j),
				    "unknown output '%s'; define [output "
				    "\"%s\"] or use syslog or stdout",
				    r->outputs[j], r->outputs[j]);
		for (j = 0; j < r->nfeeds; j++)
			if (!find_name(r->feeds[j], fix, fnames, c->nfeeds))
				perrorf(p, elem_pos(si, "feeds", j),
				    "unknown feed '%s' in feeds", r->feeds[j]);
		if (r->severity == NULL)
			r->severity = xstrdup("warning");
		for (j = 0; severities[j]; j++)
			if (strcmp(severities[j], r->severity) == 0)
				r->priority = (int)j;
	}
	free(onames);
	free(oix);
	free(fnames);
	free(fix);
}

static void
validate(struct parser *p)
{
	struct config *c = p->c;
	const char **names;
	size_t *ix;
	int have_syslog = 0, have_stdout = 0;
	size_t i;

	check_feeds(p);
	check_outputs(p);
	for (i = 0; i < c->noutputs; i++) {
		have_syslog |= strcmp(c->outputs[i].name, "syslog") == 0;
		have_stdout |= strcmp(c->outputs[i].name, "stdout") == 0;
	}
	if (!have_syslog)
		add_builtin_output(c, OUTPUT_SYSLOG);
	if (!have_stdout)
		add_builtin_output(c, OUTPUT_STDOUT);
	check_rules(p);

	names = names_of(c->feeds, c->nfeeds, sizeof(c->feeds[0]));
	c->feed_index = sort_names(p, "feed", names, c->nfeeds, p->info[0]);
	free(names);
	names = names_of(c->outputs, c->noutputs, sizeof(c->outputs[0]));
	c->output_index = sort_names(p, "output", names, c->noutputs,
	    p->info[1]);
	free(names);
	names = names_of(c->rules, c->nrules, sizeof(c->rules[0]));
	ix = sort_names(p, "rule", names, c->nrules, p->info[2]);
	free(ix);
	free(names);
}

/*
 * Public interface.
 */

struct config *
config_default(void)
{
	struct config *c = xcalloc(1, sizeof(*c));

	c->daemon.state = xstrdup(LOCALSTATEDIR "/lib/feedwatch/state.db");
	c->daemon.interval = 600;
	c->daemon.jitter = 0.1;
	c->daemon.max_connections = 64;
	c->daemon.per_host = 4;
	c->daemon.user_agent = xstrdup(DEFAULT_USER_AGENT);
	c->daemon.connect_timeout = 10;
	c->daemon.stall_timeout = 30;
	c->daemon.max_backoff = 6 * 3600;
	c->daemon.max_body = 10u << 20;
	c->daemon.max_items = 10000;
	c->daemon.alert_first_poll = 0;
	c->daemon.item_retention = 90 * 86400;
	c->daemon.item_keep = 1000;
	c->daemon.parse_threads = 1;
	return c;
}

static void
free_info(struct secinfo *v, size_t n)
{
	size_t i, k;

	for (i = 0; v && i < n; i++)
		for (k = 0; k < MAX_KEYS; k++)
			free(v[i].elemat[k]);
}

struct config *
config_parse(const char *name, const char *data, size_t len, int flags,
    struct buf *errors)
{
	struct parser p;
	struct config *c;
	char *real;
	size_t i;

	memset(&p, 0, sizeof(p));
	p.c = c = config_default();
	p.errors = errors;
	p.flags = flags;
	p.cur = S_NONE;
	c->path = xstrdup(name);
	/* A buffer need not exist as a file; then only its name guards
	 * against including itself. */
	real = realpath(name, NULL);
	p.stack[p.depth++] = real ? real : xstrdup(name);
	parse_buffer(&p, intern_file(&p, name), data, len);
	if (p.nerrors < MAX_ERRORS)
		validate(&p);
	free(p.stack[0]);
	for (i = 0; i < p.nfiles; i++)
		free(p.files[i]);
	free(p.files);
	free_info(&p.daemon, 1);
	for (i = 0; i < 3; i++)
		free_info(p.info[i], p.ninfo[i]);
	for (i = 0; i < 3; i++)
		free(p.info[i]);
	if (p.nerrors) {
		config_free(c);
		return NULL;
	}
	return c;
}

struct config *
config_parse_buffer(const char *name, const char *data, size_t len,
    struct buf *errors)
{
	return config_parse(name, data, len, 0, errors);
}

struct config *
config_load(const char *path, struct buf *errors)
{
	struct config *c;
	char *data;
	size_t len;

	if ((data = read_file(path, MAX_FILE_SIZE, &len)) == NULL) {
		buf_printf(errors, "%s:0:0: cannot read config: %s\n", path,
		    strerror(errno));
		return NULL;
	}
	c = config_parse(path, data, len, 0, errors);
	free(data);
	return c;
}

static int
cmp_feed_ix(const void *k, const void *e, void *arg)
{
	const struct config *c = arg;

	return strcmp(k, c->feeds[*(const size_t *)e].name);
}

static int
cmp_output_ix(const void *k, const void *e, void *arg)
{
	const struct config *c = arg;

	return strcmp(k, c->outputs[*(const size_t *)e].name);
}

static const size_t *
bsearch_ix(const char *name, const size_t *ix, size_t n,
    int (*cmp)(const void *, const void *, void *), const void *arg)
{
	size_t lo = 0, hi = n, mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = cmp(name, &ix[mid], (void *)(uintptr_t)arg);
		if (r == 0)
			return &ix[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const struct feed_cfg *
config_feed(const struct config *c, const char *name)
{
	const size_t *i;
	size_t k;

	if (c->feed_index == NULL) {
		for (k = 0; k < c->nfeeds; k++)
			if (strcmp(c->feeds[k].name, name) == 0)
				return &c->feeds[k];
		return NULL;
	}
	i = bsearch_ix(name, c->feed_index, c->nfeeds, cmp_feed_ix, c);
	return i ? &c->feeds[*i] : NULL;
}

const struct output_cfg *
config_output(const struct config *c, const char *name)
{
	const size_t *i;
	size_t k;

	if (c->output_index == NULL) {
		for (k = 0; k < c->noutputs; k++)
			if (strcmp(c->outputs[k].name, name) == 0)
				return &c->outputs[k];
		return NULL;
	}
	i = bsearch_ix(name, c->output_index, c->noutputs, cmp_output_ix, c);
	return i ? &c->outputs[*i] : NULL;
}

int
config_rule_applies(const struct rule_cfg *r, const struct feed_cfg *f)
{
	size_t i, j;
	int hit;

	if (r->nfeeds) {
		if (f == NULL)
			return 0;
		for (i = 0, hit = 0; i < r->nfeeds && !hit; i++)
			hit = strcmp(r->feeds[i], f->name) == 0;
		if (!hit)
			return 0;
	}
	if (r->ntags) {
		if (f == NULL)
			return 0;
		for (i = 0, hit = 0; i < r->ntags && !hit; i++)
			for (j = 0; j < f->ntags && !hit; j++)
				hit = strcmp(r->tags[i], f->tags[j]) == 0;
		if (!hit)
			return 0;
	}
	return 1;
}

void
config_free(struct config *c)
{
	size_t i;

	if (c == NULL)
		return;
	free(c->path);
	free(c->daemon.state);
	free(c->daemon.user_agent);
	for (i = 0; i < c->nfeeds; i++) {
		free(c->feeds[i].name);
		free(c->feeds[i].url);
		free_list(c->feeds[i].tags, c->feeds[i].ntags);
		free(c->feeds[i].file);
	}
	free(c->feeds);
	for (i = 0; i < c->noutputs; i++) {
		free(c->outputs[i].name);
		free(c->outputs[i].url);
		if (c->outputs[i].secret)
			explicit_bzero(c->outputs[i].secret,
			    strlen(c->outputs[i].secret));
		free(c->outputs[i].secret);
		free(c->outputs[i].format);
		free(c->outputs[i].address);
		free(c->outputs[i].file);
	}
	free(c->outputs);
	for (i = 0; i < c->nrules; i++) {
		free(c->rules[i].name);
		free(c->rules[i].when);
		rule_free(c->rules[i].expr);
		free_list(c->rules[i].outputs, c->rules[i].noutputs);
		free(c->rules[i].severity);
		free_list(c->rules[i].feeds, c->rules[i].nfeeds);
		free_list(c->rules[i].tags, c->rules[i].ntags);
		free(c->rules[i].file);
	}
	free(c->rules);
	free(c->feed_index);
	free(c->output_index);
	free(c);
}
