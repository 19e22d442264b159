/*
 * URL references, after RFC 3986: split by the regular expression of
 * appendix B, resolve by the algorithm of section 5.2 (strict: a reference
 * with a scheme is absolute even when it is the base's scheme), recompose
 * by section 5.3.  Nothing is percent-decoded or otherwise normalised, so a
 * link comes out as the feed wrote it, only made absolute.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "feeds/url.h"

struct part {
	const char *p;
	size_t	 n;
	int	 set;		/* "?" with an empty query is still a query */
};

struct uri {
	struct part scheme, auth, path, query, frag;
};

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_scheme_char(int c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
	    c == '.';
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static int
to_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static void
part_set(struct part *pt, const char *p, size_t n)
{
	pt->p = p;
	pt->n = n;
	pt->set = 1;
}

/* ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))? over s[0..n),
 * where a scheme must also be ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). */
static void
uri_split(const char *s, size_t n, struct uri *u)
{
	const char *p = s, *end = s + n, *q;

	memset(u, 0, sizeof(*u));
	if (p < end && is_alpha((unsigned char)*p)) {
		for (q = p + 1; q < end && is_scheme_char((unsigned char)*q); q++)
			;
		if (q < end && *q == ':') {
			part_set(&u->scheme, p, (size_t)(q - p));
			p = q + 1;
		}
	}
	if (end - p >= 2 && p[0] == '/' && p[1] == '/') {
		p += 2;
		for (q = p; q < end && *q != '/' && *q != '?' && *q != '#'; q++)
			;
		part_set(&u->auth, p, (size_t)(q - p));
		p = q;
	}
	for (q = p; q < end && *q != '?' && *q != '#'; q++)
		;
	part_set(&u->path, p, (size_t)(q - p));
	p = q;
	if (p < end && *p == '?') {
		for (q = ++p; q < end && *q != '#'; q++)
			;
		part_set(&u->query, p, (size_t)(q - p));
		p = q;
	}
	if (p < end && *p == '#') {
		p++;
		part_set(&u->frag, p, (size_t)(end - p));
	}
}

/* Drop the last segment and its "/" from out, not before start. */
static void
pop_segment(struct buf *out, size_t start)
{
	size_t len = out->len;

	while (len > start && out->data[len - 1] != '/')
		len--;
	if (len > start)
		len--;
	out->len = len;
	if (out->data)
		out->data[len] = '\0';
}

static int
has_prefix(const char *p, size_t n, const char *pfx)
{
	size_t k = strlen(pfx);

	return n >= k && memcmp(p, pfx, k) == 0;
}

static int
is_exactly(const char *p, size_t n, const char *s)
{
	return n == strlen(s) && memcmp(p, s, n) == 0;
}

/* RFC 3986 section 5.2.4, appending the result to out. */
static void
remove_dot_segments(const char *p, size_t n, struct buf *out)
{
	size_t start = out->len, k;

	while (n > 0) {
		if (has_prefix(p, n, "../")) {
			p += 3; n -= 3;
		} else if (has_prefix(p, n, "./")) {
			p += 2; n -= 2;
		} else if (has_prefix(p, n, "/./")) {
			p += 2; n -= 2;
		} else if (is_exactly(p, n, "/.")) {
			buf_addch(out, '/');
			n = 0;
		} else if (has_prefix(p, n, "/../") || is_exactly(p, n, "/..")) {
			pop_segment(out, start);
			if (n == 3) {
				buf_addch(out, '/');
				n = 0;
			} else {
				p += 3; n -= 3;
			}
		} else if (is_exactly(p, n, ".") || is_exactly(p, n, "..")) {
			n = 0;
		} else {
			k = *p == '/' ? 1 : 0;
			while (k < n && p[k] != '/')
				k++;
			buf_add(out, p, k);
			p += k; n -= k;
		}
	}
}

/* RFC 3986 section 5.2.3, then 5.2.4. */
static void
merge_paths(const struct uri *base, const struct uri *ref, struct buf *out)
{
	struct buf tmp = BUF_INIT;
	size_t i;

	if (base->auth.set && base->path.n == 0) {
		buf_addch(&tmp, '/');
	} else {
		for (i = base->path.n; i > 0 && base->path.p[i - 1] != '/'; i--)
			;
		buf_add(&tmp, base->path.p, i);
	}
	buf_add(&tmp, ref->path.p, ref->path.n);
	remove_dot_segments(buf_str(&tmp), tmp.len, out);
	buf_release(&tmp);
}

static void
add_part(struct buf *b, const char *pre, const struct part *pt, const char *post)
{
	if (!pt->set)
		return;
	buf_addstr(b, pre);
	buf_add(b, pt->p, pt->n);
	buf_addstr(b, post);
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && is_space((unsigned char)**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && is_space((unsigned char)(*s)[*n - 1]))
		(*n)--;
}

char *
url_resolve(const char *base, const char *ref)
{
	struct uri b, r;
	struct part auth, query;
	const struct part *scheme;
	struct buf out = BUF_INIT, path = BUF_INIT;
	size_t bn, rn;

	if (ref == NULL)
		return base ? xstrdup(base) : NULL;
	rn = strlen(ref);
	trim(&ref, &rn);
	uri_split(ref, rn, &r);
	if (base == NULL || r.scheme.set)
		return xstrndup(ref, rn);
	bn = strlen(base);
	trim(&base, &bn);
	uri_split(base, bn, &b);

	scheme = &b.scheme;
	if (r.auth.set) {
		auth = r.auth;
		remove_dot_segments(r.path.p, r.path.n, &path);
		query = r.query;
	} else {
		auth = b.auth;
		if (r.path.n == 0) {
			buf_add(&path, b.path.p, b.path.n);
			query = r.query.set ? r.query : b.query;
		} else {
			if (r.path.p[0] == '/')
				remove_dot_segments(r.path.p, r.path.n, &path);
			else
				merge_paths(&b, &r, &path);
			query = r.query;
		}
	}

	add_part(&out, "", scheme, ":");
	add_part(&out, "//", &auth, "");
	buf_add(&out, buf_str(&path), path.len);
	add_part(&out, "?", &query, "");
	add_part(&out, "#", &r.frag, "");
	buf_release(&path);
	return buf_detach(&out, NULL);
}

/* The host inside an authority: no userinfo, no port, no IPv6 brackets. */
static int
auth_host(const struct part *auth, const char **host, size_t *n)
{
	const char *p = auth->p, *end = auth->p + auth->n, *q;

	for (q = end; q > p; q--)
		if (q[-1] == '@') {
			p = q;
			break;
		}
	if (p < end && *p == '[') {
		for (q = ++p; q < end && *q != ']'; q++)
			;
		if (q == end)
			return -1;
	} else {
		for (q = p; q < end && *q != ':'; q++)
			;
	}
	if (q == p)
		return -1;
	*host = p;
	*n = (size_t)(q - p);
	return 0;
}

static int
scheme_is(const struct part *s, const char *name)
{
	size_t i;

	if (!s->set || s->n != strlen(name))
		return 0;
	for (i = 0; i < s->n; i++)
		if (to_lower((unsigned char)s->p[i]) != name[i])
			return 0;
	return 1;
}

int
url_is_http(const char *url)
{
	struct uri u;
	const char *host;
	size_t n;

	if (url == NULL)
		return 0;
	uri_split(url, strlen(url), &u);
	if (!scheme_is(&u.scheme, "http") && !scheme_is(&u.scheme, "https"))
		return 0;
	return u.auth.set && auth_host(&u.auth, &host, &n) == 0;
}

char *
url_host(const char *url)
{
	struct uri u;
	const char *host;
	char *s;
	size_t n, i;

	if (url == NULL)
		return NULL;
	uri_split(url, strlen(url), &u);
	if (!u.auth.set || auth_host(&u.auth, &host, &n) == -1)
		return NULL;
	s = xstrndup(host, n);
	for (i = 0; i < n; i++)
		s[i] = (char)to_lower((unsigned char)s[i]);
	return s;
}
