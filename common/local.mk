# common: logging, allocation wrappers, bounded buffers, map distance,
# name suggestions.
noinst_LIBRARIES += libfwcommon.a
libfwcommon_a_SOURCES = common/log.c common/log.h common/xmalloc.c \
	common/xmalloc.h common/buf.c common/buf.h common/geo.h \
	common/hash.h common/suggest.c common/suggest.h common/utf8.h

check_PROGRAMS += tests/unit/test_buf
TESTS += tests/unit/test_buf
tests_unit_test_buf_SOURCES = tests/unit/test_buf.c
tests_unit_test_buf_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_buf_LDADD = libfwcommon.a $(CMOCKA_LIBS)
