/*
 * Runs extract_incident() in-process over JSON Lines, for bench/eval-extract
 * and bench/extract.  Each input line is an object with either "summary"
 * (a GTD-style summary whose leading "MM/DD/YYYY:" date is stripped and
 * passed as the publication date) or "text" (with optional "title" and
 * "published").  Prints {"id": ..., "record": {...}} per line.
 *
 *   eval_driver [--bench N] [FILE]
 *
 * --bench N: run the whole file N times, print nothing but the bytes of
 * article text per second on one core to stdout.
 * --join K: join every K consecutive texts into one article (blank lines
 * between), to measure on article-sized input rather than summaries.
 * --model: print {"id": ..., "model": P} per line, the second opinion's
 * probability alone (tests/e2e/t0440 compares it with tools/gen-model).
 * --rules-only: records of the rules alone, without the second opinion.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "extract/extract.h"

struct item {
	char	*id;
	char	*title;
	char	*text;
	size_t	 len;
	char	*published;
};

static char *
dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* Strip "MM/DD/YYYY:" (and its typo variants) into an RFC 3339 date. */
static const char *
strip_date(const char *s, char *pub, size_t publen)
{
	int m, d, y, n = 0;

	pub[0] = '\0';
	if (sscanf(s, "%d/%d/%4d%*d%n", &m, &d, &y, &n) >= 3 && n > 0) {
		;
	} else if (sscanf(s, "%d/%d/%4d%n", &m, &d, &y, &n) < 3) {
		return s;
	}
	s += n;
	while (*s == ' ' || *s == ':')
		s++;
	if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
		snprintf(pub, publen, "%04d-%02d-%02dT12:00:00Z", y, m, d);
	else if (m >= 1 && m <= 12)
		snprintf(pub, publen, "%04d-%02d-15T12:00:00Z", y, m);
	return s;
}

static int
read_item(json_t *o, struct item *it)
{
	const char *sum = json_string_value(json_object_get(o, "summary"));
	const char *text = json_string_value(json_object_get(o, "text"));
	json_t *id = json_object_get(o, "id");
	char pub[32];

	memset(it, 0, sizeof(*it));
	if (json_is_string(id))
		it->id = strdup(json_string_value(id));
	else if (json_is_integer(id))
		it->id = NULL;
	if (sum != NULL) {
		const char *body = strip_date(sum, pub, sizeof(pub));

		it->text = strdup(body);
		it->published = pub[0] ? strdup(pub) : NULL;
	} else if (text != NULL) {
		it->text = strdup(text);
		it->title = dup_or_null(json_string_value(json_object_get(o,
		    "title")));
		it->published = dup_or_null(json_string_value(
		    json_object_get(o, "published")));
	} else {
		return -1;
	}
	it->len = strlen(it->text);
	return 0;
}

static void
free_item(struct item *it)
{
	free(it->id);
	free(it->title);
	free(it->text);
	free(it->published);
}

int
main(int argc, char **argv)
{
	FILE *f = stdin;
	char *line = NULL;
	size_t cap = 0, n = 0, i, total = 0;
	ssize_t len;
	struct item *items = NULL;
	struct extract_scratch *sc;
	long rounds = 0, r;
	int a = 1;

	long join = 1;
	int model = 0, rules_only = 0;

	for (;;) {
		if (a + 1 < argc && strcmp(argv[a], "--bench") == 0)
			rounds = strtol(argv[a + 1], NULL, 10);
		else if (a + 1 < argc && strcmp(argv[a], "--join") == 0)
			join = strtol(argv[a + 1], NULL, 10);
		else if (a < argc && strcmp(argv[a], "--model") == 0) {
			model = 1;
			a++;
			continue;
		} else if (a < argc && strcmp(argv[a], "--rules-only") == 0) {
			rules_only = 1;
			a++;
			continue;
		} else
			break;
		a += 2;
	}
	if (a < argc && (f = fopen(argv[a], "r")) == NULL) {
		perror(argv[a]);
		return 1;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		json_error_t err;
		json_t *o = json_loadb(line, (size_t)len, 0, &err);

		if (o == NULL)
			continue;
		items = realloc(items, (n + 1) * sizeof(*items));
		if (items == NULL)
			return 3;
		if (read_item(o, &items[n]) == 0) {
			total += items[n].len;
			n++;
		}
		json_decref(o);
	}
	free(line);
	if (f != stdin)
		fclose(f);
	if (join > 1) {
		size_t k, m = 0;

		for (i = 0; i < n; i += (size_t)join) {
			struct item it = items[i];

			for (k = i + 1; k < n && k < i + (size_t)join; k++) {
				size_t l2 = it.len + 2 + items[k].len;
				char *t = malloc(l2 + 1);

				if (t == NULL)
					return 3;
				memcpy(t, it.text, it.len);
				memcpy(t + it.len, "\n\n", 2);
				memcpy(t + it.len + 2, items[k].text,
				    items[k].len + 1);
				free(it.text);
				it.text = t;
				it.len = l2;
				free_item(&items[k]);
			}
			items[m++] = it;
		}
		n = m;
	}

	sc = extract_scratch_new();
	if (rounds > 0) {
		struct timespec t0, t1;
		double secs;

		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
		for (r = 0; r < rounds; r++)
			for (i = 0; i < n; i++) {
				struct extract_input in = { items[i].title,
				    items[i].text, items[i].len,
				    items[i].published, rules_only };

				json_decref(extract_incident_with(&in, sc));
			}
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
		secs = (double)(t1.tv_sec - t0.tv_sec) +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
		printf("%zu items, %.1f MB in %.2f s CPU: %.1f MB/s per core\n",
		    n, (double)total * (double)rounds / 1e6, secs,
		    (double)total * (double)rounds / 1e6 / secs);
	} else {
		for (i = 0; i < n; i++) {
			struct extract_input in = { items[i].title,
			    items[i].text, items[i].len, items[i].published,
			    rules_only };
			json_t *out = json_object();

			json_object_set_new(out, "id", items[i].id ?
			    json_string(items[i].id) : json_integer((json_int_t)i));
			if (model)
				json_object_set_new(out, "model", json_real(
				    extract_second_opinion(&in, sc)));
			else
				json_object_set_new(out, "record",
				    extract_incident_with(&in, sc));
			json_dumpf(out, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
			fputc('\n', stdout);
			json_decref(out);
		}
	}
	extract_scratch_free(sc);
	for (i = 0; i < n; i++)
		free_item(&items[i]);
	free(items);
	return 0;
}
