/*
 * URL handling for feeds: resolving relative references (RFC 3986 section 5)
 * against xml:base and the document URL, and the scheme checks of
 * DESIGN.md "Polling manners".  Pure.
 */
#ifndef FW_URL_H
#define FW_URL_H

/* Resolve ref against base (either may be NULL), after trimming the
 * whitespace feeds leave around links.  Returns a new string the caller
 * frees: when base is NULL or ref is absolute, a copy of ref; when ref is
 * NULL, a copy of base; NULL only when both are. */
char *url_resolve(const char *base, const char *ref);

/* 1 when url is http:// or https:// (case-insensitive scheme) with a
 * non-empty host, else 0. */
int url_is_http(const char *url);

/* Host part of an absolute URL, lower-cased, without port; new string or
 * NULL when there is none. */
char *url_host(const char *url);

#endif
