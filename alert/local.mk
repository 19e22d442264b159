# alert: how alerts look on each output (pure formatting and signing).
noinst_LIBRARIES += libfwalert.a
libfwalert_a_SOURCES = alert/format.c alert/format.h
dist_noinst_DATA += alert/formats.md

check_PROGRAMS += tests/unit/test_alert_format
TESTS += tests/unit/test_alert_format
tests_unit_test_alert_format_SOURCES = tests/unit/test_alert_format.c
tests_unit_test_alert_format_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_alert_format_LDADD = libfwalert.a libfwcommon.a \
	$(JANSSON_LIBS) $(CRYPTO_LIBS) $(CMOCKA_LIBS) -lm

# Incident clustering (alert/cluster.h).
libfwalert_a_SOURCES += alert/cluster.c alert/cluster.h
check_PROGRAMS += tests/unit/test_cluster
TESTS += tests/unit/test_cluster
tests_unit_test_cluster_SOURCES = tests/unit/test_cluster.c
tests_unit_test_cluster_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_cluster_LDADD = libfwalert.a libfwextract.a libfwcommon.a \
	$(JANSSON_LIBS) $(CMOCKA_LIBS) -lm
