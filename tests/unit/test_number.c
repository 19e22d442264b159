#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "extract/number.h"

static const struct {
	const char *in;
	long	 value;
	int	 at_least, approx;
	size_t	 ntok;
} cases[] = {
	{ "seven people", 7, 0, 0, 1 },
	{ "twenty-three soldiers", 23, 0, 0, 2 },
	{ "one hundred and five", 105, 0, 0, 4 },
	{ "a hundred villagers", 100, 0, 0, 2 },
	{ "a dozen", 12, 0, 0, 2 },
	{ "dozens of people", 24, 1, 0, 2 },
	{ "hundreds", 200, 1, 0, 1 },
	{ "at least 12 people", 12, 1, 0, 3 },
	{ "more than 20", 20, 1, 0, 3 },
	{ "over 30 civilians", 30, 1, 0, 2 },
	{ "nearly 40", 40, 0, 1, 2 },
	{ "about fifty", 50, 0, 1, 2 },
	{ "1,200 homes", 1200, 0, 0, 1 },
	{ "three people", 3, 0, 0, 1 },
	{ "both officers", 2, 0, 0, 1 },
	{ "3 million", 3000000, 0, 0, 2 },
	{ "at least eleven", 11, 1, 0, 3 },
	{ "an unknown number of people", -1, 0, 0, 4 },
	{ "several soldiers", -1, 0, 0, 1 },
	/* a range is at least its low end */
	{ "5-7 soldiers", 5, 1, 0, 2 },
	{ "at least 10-15 people", 10, 1, 0, 4 },
	/* "2021-22" is no range: the second is not larger */
	{ "12-3", 12, 0, 0, 1 },
	/* ranges in words */
	{ "one to two others", 1, 1, 0, 3 },
	{ "5 to 7 soldiers", 5, 1, 0, 3 },
	{ "between 10 and 15 people", 10, 1, 0, 4 },
	{ "between ten and fifteen", 10, 1, 0, 4 },
	{ "2 to 1", 2, 0, 0, 1 },
};

static void
test_counts(void **state)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct number n;

		print_message("# %s\n", cases[i].in);
		assert_int_equal(number_parse(cases[i].in, &n), 1);
		assert_int_equal(n.value, cases[i].value);
		assert_int_equal(n.at_least, cases[i].at_least);
		assert_int_equal(n.approx, cases[i].approx);
		assert_int_equal(n.ntok, cases[i].ntok);
	}
}

static void
test_not_numbers(void **state)
{
	struct number n;

	assert_int_equal(number_parse("3.5 tons", &n), 0);
	assert_int_equal(number_parse("people", &n), 0);
	assert_int_equal(number_parse("over the weekend", &n), 0);
	assert_int_equal(number_parse("", &n), 0);
	assert_int_equal(number_parse("99999999999999999999", &n), 0);
	assert_int_equal(number_parse("between the two", &n), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_not_numbers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
