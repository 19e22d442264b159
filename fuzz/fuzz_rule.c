/*
 * libFuzzer target for rules/rule.c.  The input is a rule condition; it is
 * compiled and evaluated against a fixed incident, item and feed.  The
 * oracle: the canonical rendering of a compiled rule (rule_explain)
 * compiles again (unless its parentheses pass the nesting limit), renders
 * the same, and evaluates the same.
 */
/* fuzz-sources: rules/rule.c extract/vocab.c extract/lexicon_tab.c common/buf.c common/suggest.c common/xmalloc.c common/log.c */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "common/buf.h"
#include "common/xmalloc.h"
#include "rules/rule.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char incident_json[] =
    "{\"is_incident\": true, \"score\": 0.9, \"types\": [\"bombing\"],"
    " \"weapons\": [\"explosives\", \"firearms\"], \"killed\": 8,"
    " \"killed_attackers\": 1, \"injured\": null, \"at_least\": true,"
    " \"suicide\": false, \"location\": {\"city\": \"Taraz\","
    " \"country\": \"Kazakhstan\", \"country_code\": \"KZ\"},"
    " \"perpetrator\": {\"group\": null, \"name\": \"Kariyev\"},"
    " \"targets\": [\"police\"], \"language\": \"en\"}";
static const char item_json[] =
    "{\"title\": \"Gunman kills 7 in Taraz\", \"summary\": \"<p>Attack on"
    " police, ТАРАЗ.</p>\", \"content\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaa!\","
    " \"link\": \"https://example.org/1\", \"categories\": [\"World\"]}";
static const char *const tags[] = { "central-asia", "news" };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static json_t *incident, *item;
	struct rule_env env;
	struct buf errors = BUF_INIT;
	struct rule *r, *r2;
	char *src, *e1, *e2;
	int v;

	if (incident == NULL) {
		incident = json_loads(incident_json, 0, NULL);
		item = json_loads(item_json, 0, NULL);
		if (incident == NULL || item == NULL)
			abort();
	}
	env.incident = incident;
	env.item = item;
	env.feed = "moscow-times";
	env.tags = tags;
	env.ntags = 2;

	src = xstrndup((const char *)data, size);
	r = rule_compile(src, "fuzz", 1, 1, &errors);
	if ((r == NULL) != (errors.len > 0))
		abort();
	if (r != NULL) {
		v = rule_eval(r, &env);
		e1 = rule_explain(r);
		buf_reset(&errors);
		r2 = rule_compile(e1, "explained", 1, 1, &errors);
		if (r2 == NULL) {
			/* The rendering's parentheses may pass the nesting
			 * limit (rule.h); nothing else may fail. */
			if (strstr(buf_str(&errors), "nested more than") == NULL)
				abort();
			goto out;
		}
		e2 = rule_explain(r2);
		if (strcmp(e1, e2) != 0 || rule_eval(r2, &env) != v)
			abort();
		free(e2);
		rule_free(r2);
out:
		free(e1);
	}
	rule_free(r);
	free(src);
	buf_release(&errors);
	return 0;
}
