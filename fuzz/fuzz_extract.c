/*
 * libFuzzer target for the incident extractor (the extract/ modules).
 * Input up to a 0x01 byte in its first 200 bytes is the title; the rest is
 * the article, passed without a terminating NUL.  Besides "no crash, no
 * hang, bounded memory", it checks that the record has every field and
 * that the counts are consistent.
 */
/* fuzz-sources: extract/extract.c extract/text.c extract/boilerplate_tab.c extract/entity_tab.c extract/token.c extract/lexicon.c extract/lexicon_tab.c extract/number.c extract/casualty.c extract/classify.c extract/frame.c extract/span.c extract/perp.c extract/model.c extract/model_tab.c extract/lang.c extract/lang_tab.c extract/vocab.c extract/place.c extract/gazetteer.c extract/gazetteer_data.c common/xmalloc.c common/log.c common/buf.c */
/* fuzz-libs: jansson -lm */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "common/xmalloc.h"
#include "extract/extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const fields[] = {
	"is_incident", "not_incident", "score", "types", "weapons", "killed",
	"killed_attackers", "injured", "at_least", "suicide", "location",
	"dateline", "date", "perpetrator", "targets", "language", "evidence",
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *sep = memchr(data, 0x01, size < 200 ? size : 200);
	char *title = NULL;
	struct extract_input in;
	json_t *rec, *k, *ka;
	size_t i;

	if (sep != NULL) {
		title = xstrndup((const char *)data, (size_t)(sep - data));
		size -= (size_t)(sep - data) + 1;
		data = sep + 1;
	}
	in.title = title;
	in.text = (const char *)data;	/* not NUL-terminated on purpose */
	in.len = size;
	in.published = (size & 1) ? "2021-03-05T10:00:00Z" : NULL;
	in.rules_only = 0;
	rec = extract_incident(&in);
	if (rec == NULL)
		abort();
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (json_object_get(rec, fields[i]) == NULL)
			abort();
	k = json_object_get(rec, "killed");
	ka = json_object_get(rec, "killed_attackers");
	if (json_is_integer(k) && (json_integer_value(k) < 0 ||
	    (json_is_integer(ka) && json_integer_value(ka) >
	    json_integer_value(k))))
		abort();
	free(json_dumps(rec, 0));
	json_decref(rec);
	free(title);
	return 0;
}
