#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include <jansson.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "alert/format.h"
#include "common/buf.h"
#include "common/xmalloc.h"

#define TITLE_CHARS	80		/* of the title in the summary line */
#define VALUE_CHARS	60		/* of a changed value */
/* Of the item's link in the summary line, and of each RFC 5424
 * structured-data value.  The feed sets the link: whole, a 100 KB link
 * made a 100 KB syslog line, and a datagram larger than UDP or a unix
 * socket carries, which failed every attempt until max_age.  Article
 * links are far shorter; the webhook and stdout JSON keep it whole. */
#define LINK_CHARS	512
/* 15 digits: 0.94 stays 0.94, not 0.93999999999999995. */
#define JSON_BODY_FLAGS	(JSON_COMPACT | JSON_ENSURE_ASCII | \
	JSON_REAL_PRECISION(15))
#define SD_ID		"feedwatch@32473"	/* RFC 5612 example number */

static json_t *
jget(json_t *o, const char *k1, const char *k2)
{
	o = json_is_object(o) ? json_object_get(o, k1) : NULL;
	if (k2)
		o = json_is_object(o) ? json_object_get(o, k2) : NULL;
	return o;
}

static const char *
jstr(json_t *o, const char *k1, const char *k2)
{
	const char *s = json_string_value(jget(o, k1, k2));

	return s && *s ? s : NULL;
}

/* Length of the UTF-8 sequence starting with byte c (1 for stray bytes). */
static size_t
u8len(unsigned char c)
{
	if (c >= 0xf0 && c < 0xf8)
		return 4;
	if (c >= 0xe0)
		return c < 0xf0 ? 3 : 1;
	if (c >= 0xc0)
		return 2;
	return 1;
}

static int
more_text(const unsigned char *p)
{
	for (; *p; p++)
		if (*p > 0x20 && *p != 0x7f)
			return 1;
	return 0;
}

/* Append s as one line of at most max characters (0: no limit):
 * whitespace and control characters collapse to single spaces, and a cut
 * ends with "…". */
static void
add_clean(struct buf *b, const char *s, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t chars = 0, n, i;
	int space = 0;

	while (*p == ' ' || (*p < 0x20 && *p) || *p == 0x7f)
		p++;
	while (*p) {
		if (*p <= 0x20 || *p == 0x7f) {
			space = 1;
			p++;
			continue;
		}
		n = u8len(*p);
		for (i = 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				break;
		if (i < n)
			n = 1;	/* broken sequence: keep the byte alone */
		/* The max-th character is written only if it is the last. */
		if (max && chars + space + 1 >= max &&
		    (chars + space + 1 > max || more_text(p + n))) {
			buf_addstr(b, "…");
			return;
		}
		if (space) {
			buf_addch(b, ' ');
			chars++;
			space = 0;
		}
		buf_add(b, p, n);
		p += n;
		chars++;
	}
}

/* "8", "12+", or "?" for a count from the record. */
static void
add_count(struct buf *b, json_t *v, int at_least)
{
	if (!json_is_number(v)) {
		buf_addch(b, '?');
		return;
	}
	buf_printf(b, "%.0f%s", json_number_value(v), at_least ? "+" : "");
}

/* "Taraz, Kazakhstan", or "" when the record names no place. */
static void
add_place(struct buf *b, json_t *inc)
{
	const char *city = jstr(inc, "location", "city");
	const char *region = jstr(inc, "location", "region");
	const char *country = jstr(inc, "location", "country");
	const char *first = city ? city : region;

	if (first)
		add_clean(b, first, 60);
	if (first && country)
		buf_addstr(b, ", ");
	if (country)
		add_clean(b, country, 60);
}

static void
add_value(struct buf *b, json_t *v)
{
	char *s;

	if (v == NULL || json_is_null(v))
		buf_addch(b, '?');
	else if (json_is_string(v))
		add_clean(b, json_string_value(v), VALUE_CHARS);
	else if (json_is_integer(v))
		buf_printf(b, "%lld", (long long)json_integer_value(v));
	else if (json_is_real(v))
		buf_printf(b, "%g", json_real_value(v));
	else {
		s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
		add_clean(b, s ? s : "?", VALUE_CHARS);
		free(s);
	}
}

static void
add_changes(struct buf *b, json_t *changes)
{
	const char *key;
	json_t *v;
	int first = 1;

	if (!json_is_object(changes) || json_object_size(changes) == 0)
		return;
	buf_addstr(b, " [");
	json_object_foreach(changes, key, v) {
		if (!first)
			buf_addstr(b, "; ");
		first = 0;
		add_clean(b, key, 40);
		buf_addch(b, ' ');
		add_value(b, json_object_get(v, "old"));
		buf_addstr(b, "→");
		add_value(b, json_object_get(v, "new"));
	}
	buf_addch(b, ']');
}

static int
is_update(const struct alert *a)
{
	return a->event && strcmp(a->event, "update") == 0;
}

static void
add_line(struct buf *b, const struct alert *a)
{
	int at_least = json_is_true(jget(a->incident, "at_least", NULL));
	const char *title = jstr(a->item, "title", NULL);
	const char *link = jstr(a->item, "link", NULL);
	size_t before;

	buf_printf(b, "%s ", is_update(a) ? "UPDATE" : "ALERT");
	add_clean(b, a->severity ? a->severity : "warning", 20);
	buf_addstr(b, " rule=");
	add_clean(b, a->rule ? a->rule : "?", 100);
	buf_addstr(b, " killed=");
	add_count(b, jget(a->incident, "killed", NULL), at_least);
	buf_addstr(b, " injured=");
	add_count(b, jget(a->incident, "injured", NULL), at_least);
	buf_addch(b, ' ');
	before = b->len;
	add_place(b, a->incident);
	if (b->len == before)
		buf_addstr(b, "place unknown");
	if (title) {
		buf_addstr(b, " — \"");
		add_clean(b, title, TITLE_CHARS);
		buf_addch(b, '"');
	}
	if (link) {
		buf_addstr(b, " <");
		add_clean(b, link, LINK_CHARS);
		buf_addch(b, '>');
	}
	add_changes(b, a->changes);
}

char *
alert_format_line(const struct alert *a)
{
	struct buf b = BUF_INIT;

	add_line(&b, a);
	return buf_detach(&b, NULL);
}

static void
rfc3339(char *out, size_t outsz, time_t t)
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(out, outsz, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(out, outsz, "1970-01-01T00:00:00Z");
}

/* An RFC 5424 header field: printable ASCII, no spaces, at most max. */
static void
add_header_field(struct buf *b, const char *s, size_t max)
{
	size_t n = 0;

	for (; s && *s && n < max; s++, n++)
		buf_addch(b, *s > 0x20 && *s < 0x7f ? *s : '_');
	if (n == 0)
		buf_addch(b, '-');
}

/* PARAM-NAME="VALUE" with '"', '\' and ']' escaped (RFC 5424 6.3.3),
 * VALUE cut at LINK_CHARS. */
static void
add_sd_param(struct buf *b, const char *name, const char *value)
{
	struct buf clean = BUF_INIT;
	const char *s;

	if (value == NULL)
		return;
	add_clean(&clean, value, LINK_CHARS);
	buf_printf(b, " %s=\"", name);
	for (s = buf_str(&clean); *s; s++) {
		if (*s == '"' || *s == '\\' || *s == ']')
			buf_addch(b, '\\');
		buf_addch(b, *s);
	}
	buf_addch(b, '"');
	buf_release(&clean);
}

/* A count as text for structured fields; NULL when unknown. */
static char *
count_text(json_t *v)
{
	if (!json_is_number(v))
		return NULL;
	return xasprintf("%.0f", json_number_value(v));
}

char *
alert_format_rfc5424(const struct alert *a, int facility, const char *host,
    const char *app, long pid, time_t now)
{
	struct buf b = BUF_INIT;
	char ts[32], *killed, *injured, *incident = NULL;

	rfc3339(ts, sizeof(ts), now);
	buf_printf(&b, "<%d>1 %s ", (facility & LOG_FACMASK) |
	    (a->priority & LOG_PRIMASK), ts);
	add_header_field(&b, host, 255);
	buf_addch(&b, ' ');
	add_header_field(&b, app, 48);
	if (pid > 0)
		buf_printf(&b, " %ld ", pid);
	else
		buf_addstr(&b, " - ");
	buf_addstr(&b, is_update(a) ? "UPDATE" : "ALERT");
	buf_addstr(&b, " [" SD_ID);
	killed = count_text(jget(a->incident, "killed", NULL));
	injured = count_text(jget(a->incident, "injured", NULL));
	if (a->incident_id > 0)
		incident = xasprintf("%lld", a->incident_id);
	add_sd_param(&b, "rule", a->rule);
	add_sd_param(&b, "severity", a->severity);
	add_sd_param(&b, "event", a->event);
	add_sd_param(&b, "delivery", a->delivery_id);
	add_sd_param(&b, "incident", incident);
	add_sd_param(&b, "feed", a->feed);
	add_sd_param(&b, "killed", killed);
	add_sd_param(&b, "injured", injured);
	add_sd_param(&b, "country", jstr(a->incident, "location", "country"));
	add_sd_param(&b, "country_code", jstr(a->incident, "location",
	    "country_code"));
	add_sd_param(&b, "city", jstr(a->incident, "location", "city"));
	add_sd_param(&b, "link", jstr(a->item, "link", NULL));
	buf_addstr(&b, "] \xef\xbb\xbf");	/* BOM: the MSG is UTF-8 */
	add_line(&b, a);
	free(killed);
	free(injured);
	free(incident);
	return buf_detach(&b, NULL);
}

static void
add_field(char ***v, size_t *n, const char *name, const char *value)
{
	struct buf b = BUF_INIT;

	if (value == NULL)
		return;
	buf_printf(&b, "%s=", name);
	add_clean(&b, value, 0);
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[(*n)++] = buf_detach(&b, NULL);
}

size_t
alert_journal_fields(const struct alert *a, char ***fields)
{
	char **v = NULL, *line, num[32], *killed, *injured;
	size_t n = 0;

	line = alert_format_line(a);
	add_field(&v, &n, "MESSAGE", line);
	free(line);
	snprintf(num, sizeof(num), "%d", a->priority & LOG_PRIMASK);
	add_field(&v, &n, "PRIORITY", num);
	add_field(&v, &n, "MESSAGE_ID", is_update(a) ?
	    ALERT_MESSAGE_ID_UPDATE : ALERT_MESSAGE_ID_NEW);
	add_field(&v, &n, "SYSLOG_IDENTIFIER", "feedwatch");
	add_field(&v, &n, "FEEDWATCH_RULE", a->rule);
	add_field(&v, &n, "FEEDWATCH_EVENT", a->event);
	add_field(&v, &n, "FEEDWATCH_SEVERITY", a->severity);
	add_field(&v, &n, "FEEDWATCH_DELIVERY", a->delivery_id);
	if (a->incident_id > 0) {
		snprintf(num, sizeof(num), "%lld", a->incident_id);
		add_field(&v, &n, "FEEDWATCH_INCIDENT", num);
	}
	add_field(&v, &n, "FEEDWATCH_FEED", a->feed);
	add_field(&v, &n, "FEEDWATCH_LINK", jstr(a->item, "link", NULL));
	killed = count_text(jget(a->incident, "killed", NULL));
	injured = count_text(jget(a->incident, "injured", NULL));
	add_field(&v, &n, "FEEDWATCH_KILLED", killed);
	add_field(&v, &n, "FEEDWATCH_INJURED", injured);
	free(killed);
	free(injured);
	add_field(&v, &n, "FEEDWATCH_COUNTRY",
	    jstr(a->incident, "location", "country"));
	add_field(&v, &n, "FEEDWATCH_CITY", jstr(a->incident, "location",
	    "city"));
	*fields = v;
	return n;
}

void
alert_fields_free(char **fields, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(fields[i]);
	free(fields);
}

static json_t *
copy_or_null(json_t *v)
{
	return v ? json_incref(v) : json_null();
}

json_t *
alert_json(const struct alert *a)
{
	char ts[32], *line;
	json_t *o;

	rfc3339(ts, sizeof(ts), a->time);
	line = alert_format_line(a);
	o = json_pack("{s:s, s:s?, s:s, s:{s:s?, s:s?}, s:s?, s:o, s:o, s:o}",
	    "event", a->event ? a->event : "new",
	    "delivery_id", a->delivery_id,
	    "time", ts,
	    "rule", "name", a->rule, "severity", a->severity,
	    "feed", a->feed,
	    "incident_id", a->incident_id > 0 ?
		json_integer(a->incident_id) : json_null(),
	    "incident", copy_or_null(a->incident),
	    "item", copy_or_null(a->item));
	if (o == NULL)
		abort();	/* only a bad format string gets here */
	if (a->changes)
		json_object_set(o, "changes", a->changes);
	json_object_set_new(o, "summary", json_string(line));
	free(line);
	return o;
}

char *
alert_json_body(const struct alert *a)
{
	json_t *o = alert_json(a);
	char *s = json_dumps(o, JSON_BODY_FLAGS);

	json_decref(o);
	if (s == NULL)
		abort();
	return s;
}

/* Slack text: only &, < and > are markup. */
static json_t *
slack_text(const char *s)
{
	struct buf b = BUF_INIT;
	json_t *j;

	for (; *s; s++) {
		if (*s == '&')
			buf_addstr(&b, "&amp;");
		else if (*s == '<')
			buf_addstr(&b, "&lt;");
		else if (*s == '>')
			buf_addstr(&b, "&gt;");
		else
			buf_addch(&b, *s);
	}
	j = json_stringn(buf_str(&b), b.len);
	buf_release(&b);
	return j ? j : json_string("?");
}

static void
slack_field(json_t *fields, const char *title, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	json_array_append_new(fields, json_pack("{s:s, s:o, s:b}", "title",
	    title, "value", slack_text(value), "short", 1));
}

/* The strings of a JSON array, joined with ", "; NULL when none. */
static char *
join_strings(json_t *arr)
{
	struct buf b = BUF_INIT;
	json_t *v;
	size_t i;

	json_array_foreach(arr, i, v) {
		if (!json_is_string(v))
			continue;
		if (b.len)
			buf_addstr(&b, ", ");
		add_clean(&b, json_string_value(v), 40);
	}
	return b.len ? buf_detach(&b, NULL) : NULL;
}

char *
alert_slack_body(const struct alert *a)
{
	struct buf tmp = BUF_INIT;
	json_t *o, *att, *fields;
	const char *color, *title, *link;
	char *line, *s;
	int at_least = json_is_true(jget(a->incident, "at_least", NULL));

	if (a->priority <= LOG_CRIT)
		color = "#d00000";
	else if (a->priority == LOG_ERR)
		color = "#e01e5a";
	else if (a->priority == LOG_WARNING)
		color = "#ecb22e";
	else
		color = "#439fe0";
	fields = json_array();
	add_count(&tmp, jget(a->incident, "killed", NULL), at_least);
	slack_field(fields, "Killed", buf_str(&tmp));
	buf_reset(&tmp);
	add_count(&tmp, jget(a->incident, "injured", NULL), at_least);
	slack_field(fields, "Injured", buf_str(&tmp));
	buf_reset(&tmp);
	add_place(&tmp, a->incident);
	slack_field(fields, "Place", buf_str(&tmp));
	s = join_strings(jget(a->incident, "types", NULL));
	slack_field(fields, "Type", s);
	free(s);
	s = join_strings(jget(a->incident, "weapons", NULL));
	slack_field(fields, "Weapon", s);
	free(s);
	slack_field(fields, "Group", jstr(a->incident, "perpetrator", "group"));
	slack_field(fields, "Perpetrator", jstr(a->incident, "perpetrator",
	    "name"));
	buf_reset(&tmp);
	add_changes(&tmp, a->changes);
	slack_field(fields, "Changes", tmp.len > 2 ? buf_str(&tmp) + 1 : NULL);
	buf_release(&tmp);

	title = jstr(a->item, "title", NULL);
	link = jstr(a->item, "link", NULL);
	att = json_pack("{s:s, s:o, s:o}", "color", color, "fields", fields,
	    "footer", json_sprintf("feedwatch · rule %s%s%s", a->rule ?
	    a->rule : "?", a->feed ? " · feed " : "", a->feed ? a->feed : ""));
	if (title) {
		buf_init(&tmp, 0);
		add_clean(&tmp, title, 0);
		json_object_set_new(att, "title", json_string(buf_str(&tmp)));
		buf_release(&tmp);
	}
	if (link && (strncmp(link, "http://", 7) == 0 ||
	    strncmp(link, "https://", 8) == 0))
		json_object_set_new(att, "title_link", json_string(link));
	json_object_set_new(att, "ts", json_integer((json_int_t)a->time));
	line = alert_format_line(a);
	o = json_pack("{s:o, s:[o]}", "text", slack_text(line),
	    "attachments", att);
	free(line);
	if (o == NULL)
		abort();
	s = json_dumps(o, JSON_BODY_FLAGS);
	json_decref(o);
	if (s == NULL)
		abort();
	return s;
}

/* Decode standard base64 (with padding) into a new buffer; -1 when s is
 * not base64. */
static int
base64_decode(const char *s, unsigned char **out, size_t *outlen)
{
	size_t len = strlen(s), pad = 0, i;
	unsigned char *buf;
	int n;

	if (len == 0 || len % 4 != 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] == '=') {
			if (i < len - 2)
				return -1;
			pad++;
		} else if (pad || !(isalnum((unsigned char)s[i]) ||
		    s[i] == '+' || s[i] == '/'))
			return -1;
	}
	buf = xmalloc(len / 4 * 3 + 1);
	n = EVP_DecodeBlock(buf, (const unsigned char *)s, (int)len);
	if (n < 0 || (size_t)n < pad) {
		free(buf);
		return -1;
	}
	*out = buf;
	*outlen = (size_t)n - pad;	/* DecodeBlock counts the padding */
	return 0;
}

static char *
base64_encode(const unsigned char *p, size_t n)
{
	char *out = xmalloc(4 * ((n + 2) / 3) + 1);

	EVP_EncodeBlock((unsigned char *)out, p, (int)n);
	return out;
}

char *
alert_signature(const char *secret, const char *id, long long timestamp,
    const char *body, size_t len)
{
	unsigned char *key, mac[EVP_MAX_MD_SIZE];
	unsigned int maclen = 0;
	struct buf msg = BUF_INIT;
	size_t keylen;
	char *b64, *sig;

	if (strncmp(secret, "whsec_", 6) == 0) {
		if (base64_decode(secret + 6, &key, &keylen) == -1)
			return NULL;
	} else {
		keylen = strlen(secret);
		key = (unsigned char *)xstrndup(secret, keylen);
	}
	buf_printf(&msg, "%s.%lld.", id, timestamp);
	buf_add(&msg, body, len);
	if (HMAC(EVP_sha256(), key, (int)keylen,
	    (const unsigned char *)msg.data, msg.len, mac, &maclen) == NULL)
		abort();
	OPENSSL_cleanse(key, keylen);
	free(key);
	buf_release(&msg);
	b64 = base64_encode(mac, maclen);
	sig = xasprintf("v1,%s", b64);
	free(b64);
	return sig;
}

char *
alert_delivery_id(const char *rule, const char *feed, const char *item_id,
    const char *event, const char *output)
{
	const char *parts[] = { rule, feed, item_id, event, output };
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;
	struct buf b = BUF_INIT;
	char *id;

	/* NUL separators: ("a", "bc") and ("ab", "c") differ. */
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		buf_add(&b, parts[i] ? parts[i] : "", parts[i] ?
		    strlen(parts[i]) + 1 : 1);
	if (!EVP_Digest(b.data, b.len, md, &mdlen, EVP_sha256(), NULL))
		abort();
	buf_release(&b);
	id = xmalloc(3 + 32 + 1);
	memcpy(id, "fw_", 3);
	for (i = 0; i < 16; i++)
		snprintf(id + 3 + 2 * i, 3, "%02x", md[i]);
	return id;
}
