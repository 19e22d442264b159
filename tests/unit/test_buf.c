#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "common/buf.h"
#include "common/utf8.h"

static void
test_append_and_limit(void **state)
{
	struct buf b;

	buf_init(&b, 8);
	assert_string_equal(buf_str(&b), "");
	assert_int_equal(buf_addstr(&b, "abcd"), 0);
	assert_int_equal(buf_printf(&b, "%d", 123), 0);
	assert_string_equal(buf_str(&b), "abcd123");
	assert_int_equal(buf_addstr(&b, "xy"), -1);	/* would pass 8 */
	assert_string_equal(buf_str(&b), "abcd123");
	assert_int_equal(buf_addch(&b, 'z'), 0);
	assert_int_equal(b.len, 8);
	assert_int_equal(buf_addch(&b, 'z'), -1);
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(buf_str(&b), "");
	buf_release(&b);
}

static void
test_detach(void **state)
{
	struct buf b = BUF_INIT;
	size_t len;
	char *s;

	assert_int_equal(buf_add(&b, "a\0b", 3), 0);
	s = buf_detach(&b, &len);
	assert_int_equal(len, 3);
	assert_memory_equal(s, "a\0b", 3);
	assert_null(b.data);
	free(s);
}

static void
test_utf8(void **state)
{
	struct buf b = BUF_INIT;

	buf_add_utf8(&b, 'A');
	buf_add_utf8(&b, 0xe9);		/* é */
	buf_add_utf8(&b, 0x20ac);	/* € */
	buf_add_utf8(&b, 0x1f600);	/* 😀 */
	assert_string_equal(buf_str(&b), "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
	buf_reset(&b);
	buf_add_utf8(&b, 0xd800);	/* lone surrogate */
	buf_add_utf8(&b, 0x110000);	/* past Unicode */
	buf_add_utf8(&b, 0);
	assert_string_equal(buf_str(&b), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
	buf_release(&b);
}

/* A log field: quoted, escaped, cut at the first character boundary
 * from max bytes on. */
static void
test_add_quoted(void **state)
{
	struct buf b = BUF_INIT;

	buf_add_quoted(&b, "a\"b\\c\td\x7f", 100);
	assert_string_equal(buf_str(&b), "\"a\\\"b\\\\c\\x09d\\x7f\"");
	buf_reset(&b);
	buf_add_quoted(&b, NULL, 100);
	assert_string_equal(buf_str(&b), "null");
	buf_reset(&b);
	buf_add_quoted(&b, "abcd", 4);
	assert_string_equal(buf_str(&b), "\"abcd\"");
	buf_reset(&b);
	buf_add_quoted(&b, "abcde", 4);
	assert_string_equal(buf_str(&b), "\"abcd...\"");
	buf_reset(&b);
	/* é across the cut is kept whole. */
	buf_add_quoted(&b, "abc\xc3\xa9" "f", 4);
	assert_string_equal(buf_str(&b), "\"abc\xc3\xa9...\"");
	buf_release(&b);
}

/* A cut backs up to the first byte of the character it falls in. */
static void
test_utf8_cut(void **state)
{
	const char *s = "ab\xc3\xa9" "c\xe2\x82\xac";

	assert_int_equal(utf8_cut(s, 2), 2);
	assert_int_equal(utf8_cut(s, 3), 2);
	assert_int_equal(utf8_cut(s, 4), 4);
	assert_int_equal(utf8_cut(s, 6), 5);
	assert_int_equal(utf8_cut(s, 7), 5);
	assert_int_equal(utf8_cut(s, 8), 8);
	assert_int_equal(utf8_cut("\x80\x80", 1), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_append_and_limit),
		cmocka_unit_test(test_detach),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_add_quoted),
		cmocka_unit_test(test_utf8_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
