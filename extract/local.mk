# extract
noinst_LIBRARIES += libfwextract.a
libfwextract_a_SOURCES =

# place: gazetteer (generated tables, tools/gen-gazetteer) and places in text
libfwextract_a_SOURCES += extract/gazetteer.c extract/gazetteer.h \
	extract/gazetteer_data.c extract/gazetteer_data.h \
	extract/place.c extract/place.h
EXTRA_DIST += tools/gen-gazetteer data/SOURCES.md

check_PROGRAMS += tests/unit/test_gazetteer tests/unit/test_place
TESTS += tests/unit/test_gazetteer tests/unit/test_place
tests_unit_test_gazetteer_SOURCES = tests/unit/test_gazetteer.c
tests_unit_test_gazetteer_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_gazetteer_LDADD = libfwextract.a libfwcommon.a $(CMOCKA_LIBS) -lm
tests_unit_test_place_SOURCES = tests/unit/test_place.c
tests_unit_test_place_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_place_LDADD = libfwextract.a libfwcommon.a $(CMOCKA_LIBS) -lm
TESTS += tests/e2e/t0420-place-regression.sh \
	tests/e2e/t0430-no-corpus-text.sh tests/e2e/t0440-model.sh \
	tests/e2e/t0450-word-lists-sorted.sh
EXTRA_DIST += tests/e2e/t0420-place-regression.sh \
	tests/e2e/t0430-no-corpus-text.sh tests/e2e/t0440-model.sh \
	tests/e2e/t0450-word-lists-sorted.sh

# incident extraction: text cleanup, lexicon (generated tables,
# tools/gen-extract-tables), numbers, casualties, classification, perpetrator
libfwextract_a_SOURCES += extract/extract.c extract/extract.h \
	extract/text.c extract/text.h extract/entity_tab.c \
	extract/boilerplate.h extract/boilerplate_tab.c \
	extract/token.c extract/token.h extract/cclass.h \
	extract/lexicon.c extract/lexicon.h extract/lexicon_tab.c \
	extract/number.c extract/number.h \
	extract/casualty.c extract/casualty.h \
	extract/classify.c extract/classify.h \
	extract/frame.c extract/frame.h extract/span.c extract/span.h \
	extract/perp.c extract/perp.h \
	extract/model.c extract/model.h extract/model_tab.c \
	extract/lang.c extract/lang.h extract/lang_tab.c \
	extract/vocab.c extract/vocab.h
EXTRA_DIST += tools/gen-extract-tables tools/gen-lang data/extract/lexicon.tsv \
	data/extract/groups.tsv data/extract/boilerplate.tsv \
	data/extract/areas.tsv tools/gen-model data/extract/model-sets.txt

EXTRACT_TEST_LIBS = libfwextract.a libfwcommon.a $(CMOCKA_LIBS) -lm
check_PROGRAMS += tests/unit/test_text tests/unit/test_number \
	tests/unit/test_casualty tests/unit/test_classify
TESTS += tests/unit/test_text tests/unit/test_number \
	tests/unit/test_casualty tests/unit/test_classify \
	tests/e2e/t0400-extract-example.sh tests/e2e/t0410-extract-regression.sh
# The whole folder of hand-written sets: t0410 reads every one of them.
EXTRA_DIST += tests/e2e/t0400-extract-example.sh \
	tests/e2e/t0410-extract-regression.sh tests/data/extract
tests_unit_test_text_SOURCES = tests/unit/test_text.c
tests_unit_test_text_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_text_LDADD = $(EXTRACT_TEST_LIBS)
tests_unit_test_number_SOURCES = tests/unit/test_number.c
tests_unit_test_number_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_number_LDADD = $(EXTRACT_TEST_LIBS)
tests_unit_test_casualty_SOURCES = tests/unit/test_casualty.c
tests_unit_test_casualty_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_casualty_LDADD = libfwextract.a libfwcommon.a \
	$(JANSSON_LIBS) $(CMOCKA_LIBS) -lm
check_PROGRAMS += tests/unit/test_lang
TESTS += tests/unit/test_lang
tests_unit_test_lang_SOURCES = tests/unit/test_lang.c
tests_unit_test_lang_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_lang_LDADD = libfwextract.a libfwcommon.a \
	$(JANSSON_LIBS) $(CMOCKA_LIBS) -lm
check_PROGRAMS += tests/unit/test_frame
TESTS += tests/unit/test_frame
tests_unit_test_frame_SOURCES = tests/unit/test_frame.c
tests_unit_test_frame_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_frame_LDADD = libfwextract.a libfwcommon.a \
	$(JANSSON_LIBS) $(CMOCKA_LIBS) -lm
tests_unit_test_classify_SOURCES = tests/unit/test_classify.c
tests_unit_test_classify_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_classify_LDADD = libfwextract.a libfwcommon.a \
	$(JANSSON_LIBS) $(CMOCKA_LIBS) -lm
