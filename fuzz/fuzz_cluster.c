/*
 * libFuzzer target for alert/cluster.c.  The input is up to three JSON
 * texts one after the other: a report, an incident and a fallback date
 * (a string; anything else means none), e.g.
 *     {"location":{"country":"Iraq"},"killed":3} {"killed":2} "2024-05-01"
 * A missing incident is started from the report.  Records may have any
 * shape: the clustering must cope with wrong types.  Checks: cluster_pick
 * answers an index in range and agrees with cluster_same on a single
 * candidate; a merge returns an object, never lowers the death toll, and
 * merging the same report again changes nothing a reader needs to hear.
 */
/* fuzz-sources: alert/cluster.c extract/gazetteer.c extract/gazetteer_data.c extract/token.c extract/text.c extract/boilerplate_tab.c extract/entity_tab.c common/buf.c common/log.c common/xmalloc.c */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alert/cluster.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NVALUES	3

/* Up to NVALUES JSON texts from data; returns how many were read. */
static size_t
split_values(const uint8_t *data, size_t size, json_t **v)
{
	json_error_t err;
	size_t n = 0, off = 0;

	while (n < NVALUES && off < size) {
		while (off < size && strchr(" \t\r\n", data[off]) != NULL &&
		    data[off] != '\0')
			off++;
		if (off == size)
			break;
		v[n] = json_loadb((const char *)data + off, size - off,
		    JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &err);
		if (v[n] == NULL || err.position <= 0)
			break;
		off += (size_t)err.position;
		n++;
	}
	if (n < NVALUES && v[n] != NULL) {
		json_decref(v[n]);
		v[n] = NULL;
	}
	return n;
}

/* The death toll as cluster.c reads it, or -1. */
static long long
toll(json_t *r)
{
	json_t *k = json_object_get(r, "killed");

	if (json_is_integer(k))
		return json_integer_value(k);
	return -1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_t *v[NVALUES] = { NULL, NULL, NULL };
	json_t *report, *incident, *changes, *again, *cands[2];
	const char *date;
	long long before, after;
	size_t n, i;
	int same, pick;

	if ((n = split_values(data, size, v)) == 0)
		return 0;
	report = v[0];
	date = n > 2 ? json_string_value(v[2]) : NULL;
	incident = n > 1 ? cluster_start(v[1], date) :
	    cluster_start(report, date);
	if (!json_is_object(incident))
		abort();

	same = cluster_same(report, date, incident);
	if (same != 0 && same != 1)
		abort();
	cands[0] = incident;
	pick = cluster_pick(report, date, cands, 1);
	if (pick != (same ? 0 : -1))
		abort();
	cands[1] = cluster_start(report, date);
	pick = cluster_pick(report, date, cands, 2);
	if (pick < -1 || pick > 1)
		abort();

	before = toll(incident);
	changes = cluster_merge(incident, report, date);
	if (!json_is_object(changes))
		abort();
	after = toll(incident);
	if (before >= 0 && after >= 0 && after < before)
		abort();
	again = cluster_merge(incident, report, date);
	if (!json_is_object(again) || json_object_size(again) != 0)
		abort();
	/* The merged incident must still serialize (no cycle, valid UTF-8). */
	free(json_dumps(incident, JSON_COMPACT));

	json_decref(again);
	json_decref(changes);
	json_decref(cands[1]);
	json_decref(incident);
	for (i = 0; i < n; i++)
		json_decref(v[i]);
	return 0;
}
