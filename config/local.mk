# config: the config file.
noinst_LIBRARIES += libfwconfig.a
# config.o compiles rule conditions: libfwrules.a follows it in FW_LIBS.
libfwconfig_a_SOURCES = config/config.c config/config.h

dist_noinst_DATA += config/feedwatch.conf.example config/keys.md

check_PROGRAMS += tests/unit/test_config
TESTS += tests/unit/test_config
tests_unit_test_config_SOURCES = tests/unit/test_config.c
tests_unit_test_config_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_config_LDADD = libfwconfig.a libfwrules.a libfwextract.a \
	libfwcommon.a $(JANSSON_LIBS) $(PCRE2_LIBS) $(CMOCKA_LIBS)
EXTRA_DIST += \
	tests/data/config/bad-address.conf \
	tests/data/config/bad-bool.conf \
	tests/data/config/bad-bracket.conf \
	tests/data/config/bad-daemon-named.conf \
	tests/data/config/bad-dup-feed.conf \
	tests/data/config/bad-dup-key.conf \
	tests/data/config/bad-duration.conf \
	tests/data/config/bad-escape.conf \
	tests/data/config/bad-feed-no-url.conf \
	tests/data/config/bad-feed-unnamed.conf \
	tests/data/config/bad-file-url.conf \
	tests/data/config/bad-format.conf \
	tests/data/config/bad-include-cycle.conf \
	tests/data/config/bad-include-missing.conf \
	tests/data/config/bad-indented-line.conf \
	tests/data/config/bad-interval-short.conf \
	tests/data/config/bad-interval-zero.conf \
	tests/data/config/bad-jitter.conf \
	tests/data/config/bad-key-outside.conf \
	tests/data/config/bad-max-connections.conf \
	tests/data/config/bad-no-equals.conf \
	tests/data/config/bad-output-type.conf \
	tests/data/config/bad-rule-feeds.conf \
	tests/data/config/bad-rule-field.conf \
	tests/data/config/bad-rule-no-when.conf \
	tests/data/config/bad-rule-regex.conf \
	tests/data/config/bad-rule-type.conf \
	tests/data/config/bad-rule-unknown-output.conf \
	tests/data/config/bad-rule-vocab.conf \
	tests/data/config/bad-secret-missing.conf \
	tests/data/config/bad-severity.conf \
	tests/data/config/bad-size.conf \
	tests/data/config/bad-timeout-short.conf \
	tests/data/config/bad-type-key.conf \
	tests/data/config/bad-unknown-key.conf \
	tests/data/config/bad-unknown-section.conf \
	tests/data/config/bad-unterminated.conf \
	tests/data/config/bad-url-scheme.conf \
	tests/data/config/bad-utf8-name.conf \
	tests/data/config/bad-utf8-value.conf \
	tests/data/config/bad-webhook-no-url.conf \
	tests/data/config/good-full.conf \
	tests/data/config/good.secret \
	tests/data/config/include/conf.d/10-first.conf \
	tests/data/config/include/conf.d/20-second.conf \
	tests/data/config/include/conf.d/ignored.txt \
	tests/data/config/include/main.conf

TESTS += tests/e2e/t0800-check-config.sh
dist_noinst_SCRIPTS += tests/e2e/t0800-check-config.sh
