/*
 * libFuzzer target for alert/format.c.  The input is JSON text, an
 * incident record and an item as {"incident": ..., "item": ...,
 * "changes": ...} (any shape: the formatters must cope with wrong types).
 * Checks: the summary and the RFC 5424 line are single lines, the JSON
 * and Slack bodies parse back, and signing is deterministic.
 */
/* fuzz-sources: alert/format.c common/buf.c common/xmalloc.c common/log.c */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include <jansson.h>

#include "alert/format.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_one_line(const char *s)
{
	if (strchr(s, '\n') || strchr(s, '\r'))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct alert a;
	json_t *in, *back;
	char *s, *s2, **fields;
	size_t n, i;

	in = json_loadb((const char *)data, size, JSON_DECODE_ANY, NULL);
	if (in == NULL)
		return 0;
	memset(&a, 0, sizeof(a));
	a.event = json_object_get(in, "changes") ? "update" : "new";
	a.rule = "fuzz \"rule\" ]";
	a.severity = "critical";
	a.priority = LOG_CRIT;
	a.delivery_id = "fw_fuzz";
	a.feed = "feed";
	a.incident_id = 7;
	a.incident = json_object_get(in, "incident");
	a.item = json_object_get(in, "item");
	a.changes = json_object_get(in, "changes");
	a.time = 1700000000;

	s = alert_format_line(&a);
	check_one_line(s);
	free(s);
	s = alert_format_rfc5424(&a, LOG_DAEMON, "host", "feedwatch", 1, 0);
	check_one_line(s);
	free(s);
	n = alert_journal_fields(&a, &fields);
	for (i = 0; i < n; i++)
		check_one_line(fields[i]);
	alert_fields_free(fields, n);
	s = alert_json_body(&a);
	if ((back = json_loads(s, 0, NULL)) == NULL)
		abort();
	json_decref(back);
	free(s);
	s = alert_slack_body(&a);
	if ((back = json_loads(s, 0, NULL)) == NULL)
		abort();
	json_decref(back);
	s2 = alert_signature("whsec_c2VjcmV0", "id", 1, s, strlen(s));
	free(s);
	s = alert_signature("whsec_c2VjcmV0", "id", 1, (const char *)data,
	    size);
	if (s2 == NULL || s == NULL)
		abort();
	free(s2);
	s2 = alert_signature("whsec_c2VjcmV0", "id", 1, (const char *)data,
	    size);
	if (strcmp(s, s2) != 0)
		abort();
	free(s);
	free(s2);
	json_decref(in);
	return 0;
}
