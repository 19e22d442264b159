# feeds: fetch and parse.
noinst_LIBRARIES += libfwfeeds.a
libfwfeeds_a_SOURCES = feeds/feed.h feeds/parse.h \
	feeds/date.c feeds/date.h feeds/feed.c feeds/url.c feeds/url.h \
	feeds/encoding.c feeds/encoding.h feeds/parse.c feeds/parse_int.h \
	feeds/parse_xml.c feeds/parse_json.c

# Unit tests of the pure building blocks.
FEEDS_UNIT_LIBS = libfwfeeds.a libfwcommon.a $(JANSSON_LIBS) $(CRYPTO_LIBS) $(CMOCKA_LIBS)
check_PROGRAMS += tests/unit/test_date tests/unit/test_url tests/unit/test_feed
TESTS += tests/unit/test_date tests/unit/test_url tests/unit/test_feed
tests_unit_test_date_SOURCES = tests/unit/test_date.c
tests_unit_test_date_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_date_LDADD = $(FEEDS_UNIT_LIBS)
tests_unit_test_url_SOURCES = tests/unit/test_url.c
tests_unit_test_url_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_url_LDADD = $(FEEDS_UNIT_LIBS)
tests_unit_test_feed_SOURCES = tests/unit/test_feed.c
tests_unit_test_feed_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_feed_LDADD = $(FEEDS_UNIT_LIBS)

# Feed parser: unit tests and the feedparser conformance suite.
check_PROGRAMS += tests/unit/test_parse
TESTS += tests/unit/test_parse tests/e2e/t0100-conformance.sh
tests_unit_test_parse_SOURCES = tests/unit/test_parse.c
tests_unit_test_parse_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_parse_LDADD = libfwfeeds.a libfwcommon.a $(XML_LIBS) \
	$(JANSSON_LIBS) $(CRYPTO_LIBS) $(CMOCKA_LIBS)
# The direct JSON writer against jansson, on the conformance corpus too.
check_PROGRAMS += tests/unit/test_feed_json
TESTS += tests/unit/test_feed_json
tests_unit_test_feed_json_SOURCES = tests/unit/test_feed_json.c
tests_unit_test_feed_json_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_feed_json_LDADD = libfwfeeds.a libfwcommon.a $(XML_LIBS) \
	$(JANSSON_LIBS) $(CRYPTO_LIBS) $(CMOCKA_LIBS)
EXTRA_DIST += tests/e2e/t0100-conformance.sh tests/conformance.py \
	tests/conformance-floors.tsv
# The parser's benchmark and fuzz target (built by bench/parse and
# fuzz/build.sh, not by make).
EXTRA_DIST += bench/parse fuzz/fuzz_parse.c
