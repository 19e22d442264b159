/*
 * eval-place: place_extract over GTD incident summaries (one JSON object
 * per line, see ../shared/corpus/gtd/README.md), scored against the coded
 * country and city.  Each summary is one attack span, without its leading
 * "MM/DD/YYYY:" date.
 *
 * usage: eval-place [-v] [FILE] | -t TEXT
 * FILE defaults to $SHARED_DIR/corpus/gtd/incidents-dev.jsonl.
 * -v prints every miss.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "extract/gazetteer.h"
#include "extract/place.h"

static int
same_name(const char *a, const char *b)
{
	char ka[GAZ_KEY_MAX], kb[GAZ_KEY_MAX];

	if (a == NULL || b == NULL)
		return 0;
	if (gaz_normalize(a, strlen(a), ka, sizeof(ka)) == 0 ||
	    gaz_normalize(b, strlen(b), kb, sizeof(kb)) == 0)
		return 0;
	return strcmp(ka, kb) == 0;
}

/* Is the coded city a gazetteer city of the coded country at all? */
static int
known_city(const char *city, const char *cc)
{
	struct gaz_place g[64];
	char k[GAZ_KEY_MAX];
	size_t n, i;

	if (gaz_normalize(city, strlen(city), k, sizeof(k)) == 0)
		return 0;
	n = gaz_city_find(k, g, 64);
	for (i = 0; i < n && i < 64; i++)
		if (cc && strcmp(g[i].cc, cc) == 0)
			return 1;
	return 0;
}

static const char *
str(const char *s)
{
	return s ? s : "-";
}

/* -t TEXT: the result for one text, all of it an attack span */
static int
show(const char *text)
{
	struct place_result r;
	struct span sp = { 0, strlen(text) };

	place_extract(NULL, text, sp.end, &sp, 1, &r);
	printf("location %s / %s / %s (%s) %.4f %.4f evidence [%.*s]\n",
	    str(r.location.city), str(r.location.region),
	    str(r.location.country), str(r.location.country_code),
	    r.location.lat, r.location.lon,
	    (int)(r.loc_evidence.end - r.loc_evidence.start),
	    text + r.loc_evidence.start);
	printf("dateline %s / %s / %s (%s) span [%.*s]\n",
	    str(r.dateline.city), str(r.dateline.region),
	    str(r.dateline.country), str(r.dateline.country_code),
	    (int)(r.dateline_span.end - r.dateline_span.start),
	    text + r.dateline_span.start);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *path = NULL, *shared;
	char def[4096], *line = NULL;
	size_t cap = 0, total = 0, cok = 0, ctot = 0, cityok = 0, absent = 0;
	size_t absent_ok = 0, citytot = 0;
	int verbose = 0, ch;
	ssize_t n;
	FILE *f;

	while ((ch = getopt(argc, argv, "t:v")) != -1) {
		if (ch == 'v')
			verbose = 1;
		else if (ch == 't')
			return show(optarg);
		else {
			fprintf(stderr,
			    "usage: eval-place [-v] [FILE] | -t TEXT\n");
			return 2;
		}
	}
	if (optind < argc)
		path = argv[optind];
	if (path == NULL) {
		shared = getenv("SHARED_DIR");
		snprintf(def, sizeof(def), "%s/corpus/gtd/incidents-dev.jsonl",
		    shared ? shared : "../shared");
		path = def;
	}
	if ((f = fopen(path, "r")) == NULL) {
		perror(path);
		return 1;
	}
	while ((n = getline(&line, &cap, f)) > 0) {
		struct place_result r;
		struct span sp;
		json_error_t err;
		json_t *o;
		const char *sum, *cc, *city, *text;
		int cgood, citygood;

		o = json_loads(line, 0, &err);
		if (o == NULL)
			continue;
		sum = json_string_value(json_object_get(o, "summary"));
		cc = json_string_value(json_object_get(o, "country_code"));
		city = json_string_value(json_object_get(o, "city"));
		if (sum == NULL) {
			json_decref(o);
			continue;
		}
		text = sum;
		if (strlen(text) > 11 && text[2] == '/' && text[5] == '/' &&
		    text[10] == ':')
			text += 11;
		while (*text == ' ')
			text++;
		sp.start = 0;
		sp.end = strlen(text);
		place_extract(NULL, text, sp.end, &sp, 1, &r);
		total++;
		cgood = 0;
		if (cc) {
			ctot++;
			cgood = r.location.country_code &&
			    strcmp(r.location.country_code, cc) == 0;
			cok += cgood;
		}
		citygood = 1;
		if (city) {
			int known = known_city(city, cc);

			citytot++;
			citygood = same_name(r.location.city, city);
			cityok += citygood;
			if (!known) {
				absent++;
				absent_ok += citygood;
			}
		}
		if (verbose && (!cgood || !citygood))
			printf("MISS want %s/%s got %s/%s/%s: %.200s\n",
			    cc ? cc : "-", city ? city : "-",
			    r.location.country_code ? r.location.country_code :
			    "-", r.location.region ? r.location.region : "-",
			    r.location.city ? r.location.city : "-", text);
		json_decref(o);
	}
	free(line);
	fclose(f);
	if (total == 0) {
		fprintf(stderr, "eval-place: no incidents in %s\n", path);
		return 1;
	}
	printf("incidents          %zu\n", total);
	printf("country accuracy   %.1f%% (%zu/%zu)\n",
	    ctot ? 100.0 * cok / ctot : 0.0, cok, ctot);
	printf("city accuracy      %.1f%% (%zu/%zu with a coded city)\n",
	    citytot ? 100.0 * cityok / citytot : 0.0, cityok, citytot);
	printf("city not in gazetteer %zu (%.1f%%), of which right %zu\n",
	    absent, citytot ? 100.0 * absent / citytot : 0.0, absent_ok);
	return 0;
}
