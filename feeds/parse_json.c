/*
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).  jansson reads
 * whole documents, so feeds/parse.c buffers the body up to PARSE_MAX_JSON
 * and hands it here at the end.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "common/xmalloc.h"
#include "feeds/date.h"
#include "feeds/parse_int.h"
#include "feeds/url.h"

/* A string member as a new trimmed string (numbers too: 1.0 allowed
 * numeric ids), or NULL. */
static char *
member(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	char num[32];

	if (json_is_string(v))
		return parser_trim(json_string_value(v), json_string_length(v));
	if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		return xstrdup(num);
	}
	return NULL;
}

static char *
member_url(json_t *obj, const char *key, const char *base)
{
	char *v = member(obj, key), *r;

	if (v == NULL)
		return NULL;
	r = url_resolve(base, v);
	free(v);
	return r;
}

static char *
member_date(json_t *obj, const char *key)
{
	char *v = member(obj, key), *d;

	if (v == NULL)
		return NULL;
	d = date_normalize(v);
	free(v);
	return d;
}

static char *
author_name(json_t *obj)
{
	json_t *a = json_object_get(obj, "authors");

	if (json_is_array(a) && json_array_size(a) > 0)
		return member(json_array_get(a, 0), "name");
	return member(json_object_get(obj, "author"), "name");
}

static int
read_item(struct feed_parser *p, json_t *o, const char *base)
{
	struct feed_item it;
	json_t *v, *e;
	size_t i;
	char *s;

	memset(&it, 0, sizeof(it));
	it.id = member(o, "id");
	if ((s = member(o, "title")) != NULL) {
		it.title = parser_html_to_text(s);
		free(s);
	}
	it.link = member_url(o, "url", base);
	if (it.link == NULL)
		it.link = member_url(o, "external_url", base);
	it.published = member_date(o, "date_published");
	it.updated = member_date(o, "date_modified");
	it.author = author_name(o);
	it.content = member(o, "content_html");
	if (it.content == NULL)
		it.content = member(o, "content_text");
	it.summary = member(o, "summary");
	if (it.summary == NULL && it.content)
		it.summary = xstrdup(it.content);
	v = json_object_get(o, "tags");
	json_array_foreach(v, i, e)
		if (json_is_string(e))
			parser_add_category(&it, json_string_value(e));
	v = json_object_get(o, "attachments");
	json_array_foreach(v, i, e) {
		json_t *size = json_object_get(e, "size_in_bytes");
		char len[32] = "";

		if (json_is_integer(size))
			snprintf(len, sizeof(len), "%" JSON_INTEGER_FORMAT,
			    json_integer_value(size));
		s = member(e, "mime_type");
		parser_add_enclosure(&it, member_url(e, "url", base), s, len);
		free(s);
	}
	return parser_emit(p, &it);
}

int
json_feed_parse(struct feed_parser *p, const char *s, size_t n)
{
	struct feed_info *f = &p->info;
	json_error_t err;
	json_t *root, *items, *o;
	const char *version;
	size_t i;
	int r = -1;

	root = json_loadb(s, n, JSON_REJECT_DUPLICATES, &err);
	if (root == NULL) {
		parser_bozo(p, "JSON line %d: %s", err.line, err.text);
		return -1;
	}
	version = json_string_value(json_object_get(root, "version"));
	items = json_object_get(root, "items");
	if (version == NULL || strstr(version, "jsonfeed.org/version/") == NULL ||
	    !json_is_array(items))
		goto out;
	f->format = strstr(version, "version/1.1") ? "json11" : "json10";
	p->seen_root = 1;
	if ((f->title = member(root, "title")) != NULL) {
		char *t = parser_html_to_text(f->title);

		free(f->title);
		f->title = t;
	}
	f->link = member_url(root, "home_page_url", p->base_url);
	f->id = member(root, "feed_url");
	f->description = member(root, "description");
	f->language = member(root, "language");
	r = 0;
	json_array_foreach(items, i, o) {
		if (!json_is_object(o))
			continue;
		if (read_item(p, o, p->base_url) != 0)
			break;
	}
out:
	json_decref(root);
	return r;
}
