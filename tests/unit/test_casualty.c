#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "extract/extract.h"

/* Expected counts; -1 stands for null. */
static const struct {
	const char *text;
	long	 killed, killed_attackers, injured;
	int	 at_least;
} cases[] = {
	{ "Gunmen killed 3 and wounded 14 at a checkpoint on Monday.",
	    3, 0, 14, 0 },
	{ "Three people were killed when a bomb exploded in a market.",
	    3, 0, -1, 0 },
	{ "The attack left 5 dead, police said.", 5, 0, -1, 0 },
	{ "A bomb exploded in the market on Friday. The death toll rose to "
	    "31 on Saturday, officials said.", 31, 0, -1, 0 },
	{ "The bombing claimed the lives of twelve people.", 12, 0, -1, 0 },
	{ "A gunman shot dead two police officers at a checkpoint.",
	    2, 0, -1, 0 },
	{ "A man killed seven people before blowing himself up in the "
	    "square.", 8, 1, -1, 0 },
	{ "Militants attacked the base; the attacker was killed by guards.",
	    1, 1, -1, 0 },
	{ "Gunmen opened fire on the bus. The gunman was shot dead by "
	    "police. Four passengers were wounded.", 1, 1, 4, 0 },
	{ "A grenade was thrown at the police station. No one was hurt.",
	    0, 0, 0, 0 },
	{ "Rockets struck the base. There were no casualties.", 0, 0, 0, 0 },
	{ "At least 12 people were killed and dozens injured in the blast.",
	    12, 0, 24, 1 },
	{ "Two soldiers and three civilians were killed in the ambush.",
	    5, 0, -1, 0 },
	{ "Seven people, including two children, were killed in the attack.",
	    7, 0, -1, 0 },
	{ "Assailants shot and killed a police officer in Kandahar.",
	    1, 0, -1, 0 },
	/* Injuries of unknown number, and no death reported: nobody died
	 * (a report gives deaths first), injured stays unknown. */
	{ "An unknown number of people were injured in the attack.",
	    0, 0, -1, 0 },
	{ "Gunmen attacked the village; the number of casualties is not "
	    "known.", -1, -1, -1, 0 },
	{ "Two suicide bombers blew themselves up at the gate, killing "
	    "three guards.", 5, 2, -1, 0 },
	{ "The suspect, John Smith, killed two people and wounded five.",
	    2, 0, 5, 0 },
	{ "A bomb wounded three soldiers in Kirkuk on Sunday.", 0, 0, 3, 0 },
	/* An earlier attack's toll is background, not this one's. */
	{ "Gunmen killed two guards at a bank on Monday. Last year, an attack "
	    "in the same town killed 40 people.", 2, 0, -1, 0 },
	/* "another" stands for one more person. */
	{ "One soldier was killed and another was injured in the attack.",
	    1, 0, 1, 0 },
	{ "A gunman killed two men in a bar, wounded a woman and then "
	    "killed himself.", 3, 1, 1, 0 },
	/* "twin" describes the bombings, not the toll. */
	{ "The death toll from the twin bombings at the market rose to 35 "
	    "on Saturday, officials said.", 35, 0, -1, 0 },
	/* A 25-year-old is one person, not 25. */
	{ "A 25-year-old man was killed in the shooting.", 1, 0, -1, 0 },
};

static long
count(json_t *rec, const char *k)
{
	json_t *v = json_object_get(rec, k);

	return json_is_integer(v) ? (long)json_integer_value(v) : -1;
}

static void
test_counts(void **state)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct extract_input in = { NULL, cases[i].text,
		    strlen(cases[i].text), "2024-03-16T10:00:00Z" };
		json_t *rec = extract_incident(&in);

		print_message("# %s\n", cases[i].text);
		assert_int_equal(count(rec, "killed"), cases[i].killed);
		assert_int_equal(count(rec, "killed_attackers"),
		    cases[i].killed_attackers);
		assert_int_equal(count(rec, "injured"), cases[i].injured);
		assert_int_equal(json_is_true(json_object_get(rec, "at_least")),
		    cases[i].at_least);
		json_decref(rec);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
