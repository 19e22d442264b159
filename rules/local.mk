# rules: the watch-rule condition language.  rule.c checks values against
# the record's vocabularies (extract/vocab.h): libfwextract.a follows it.
noinst_LIBRARIES += libfwrules.a
libfwrules_a_SOURCES = rules/rule.c rules/rule.h

check_PROGRAMS += tests/unit/test_rule
TESTS += tests/unit/test_rule
tests_unit_test_rule_SOURCES = tests/unit/test_rule.c
tests_unit_test_rule_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_rule_LDADD = libfwrules.a libfwextract.a libfwcommon.a $(JANSSON_LIBS) \
	$(PCRE2_LIBS) $(CMOCKA_LIBS)
