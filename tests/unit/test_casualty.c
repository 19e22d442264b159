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
	/* Statements that nobody (else) was hurt, in open forms. */
	{ "A gunman opened fire on soldiers. The gunman was killed and "
	    "there were no other casualties.", 1, 1, 0, 0 },
	{ "Five police officers were killed in the ambush. No one else was "
	    "seriously hurt.", 5, 0, 0, 0 },
	{ "A bomb exploded outside a bank overnight, causing damage but no "
	    "injuries.", 0, 0, 0, 0 },
	{ "The grenade exploded without causing any casualties.", 0, 0, 0,
	    0 },
	/* A report of no reports is no statement. */
	{ "A bomb exploded at the market. There were no immediate reports "
	    "of casualties.", -1, -1, -1, 0 },
	/* Subjects listed as conjuncts: names, determiners, numbers. */
	{ "Gazi and his driver were injured in the attack.", 0, 0, 2, 0 },
	{ "The scholar and two others were wounded in the blast.", 0, 0, 3,
	    0 },
	{ "Two children and their mother were injured.", 0, 0, 3, 0 },
	{ "Myint, the village administrator, and his wife were injured.",
	    0, 0, 2, 0 },
	/* an apposition or a breakdown adds nobody */
	{ "Two people, a police officer and a tribal leader, were injured "
	    "in the blast.", 0, 0, 2, 0 },
	{ "Two soldiers, Subedar Yousaf and Sepoy Hazrat Ali, were injured "
	    "in the blast.", 0, 0, 2, 0 },
	{ "Apura, the village captain and president of the council, was "
	    "injured in the attack.", 0, 0, 1, 0 },
	/* ages and "both ..." set off by commas are appositions */
	{ "John Smith, 45, and his wife, 42, were killed when gunmen opened "
	    "fire on their car.", 2, 0, -1, 0 },
	{ "Smith and his wife, both in their 60s, were killed in the attack.",
	    2, 0, -1, 0 },
	{ "A police officer, a soldier and two civilians were killed in the "
	    "blast.", 4, 0, -1, 0 },
	/* the verb left out after the first clause */
	{ "One security guard was killed and another injured in the attack.",
	    1, 0, 1, 0 },
	{ "One militia member was killed and a second was injured.", 1, 0,
	    1, 0 },
	/* "Six people were killed, including ..." ends at the last "and" */
	{ "Six people were killed, including two members of the VDP and "
	    "three people were injured in the attack.", 6, 0, 3, 0 },
	/* the wounded who later died are among the dead */
	{ "One soldier was injured in the blast and later died of his "
	    "injuries.", 1, 0, 0, 0 },
	/* a range is its low end, a lower bound */
	{ "At least 5-7 soldiers were injured in the attack.", 0, 0, 5, 1 },
	/* a definite plural subject counted in an earlier sentence */
	{ "Assailants abducted four boys in the village. The boys were "
	    "killed shortly thereafter.", 4, 0, -1, 0 },
	{ "Assailants shot and killed a member of the Shabwah Elite Forces "
	    "in Mayfaa.", 1, 0, -1, 0 },
	{ "Gunmen shot and killed labor union leader Dandy Miguel.", 1, 0,
	    -1, 0 },
	{ "Assailants dropped a stone and hit her in the head, injuring "
	    "her.", 0, 0, 1, 0 },
	/* a label is no count; "death threats" are no deaths */
	{ "The commander of Police District 4 was killed in the attack.",
	    1, 0, -1, 0 },
	{ "Gunmen shot and killed a journalist. He had been receiving death "
	    "threats.", 1, 0, -1, 0 },
	/* "In addition," adds to the sentence before */
	{ "Gunmen opened fire on the convoy; one of the guards was injured. "
	    "In addition, one assailant was killed and two were injured.",
	    1, 1, 3, 0 },
	/* a period ending a rank or an initial does not end the clause */
	{ "Eight people, including Lt. Col. Onesphore Ntagara, were killed "
	    "in the ambush.", 8, 0, -1, 0 },
	{ "Three guards, including Maj. J. Okello, were injured in the "
	    "attack.", 0, 0, 3, 0 },
	{ "Five soldiers were killed, including Capt. A. Khan, and two were "
	    "wounded.", 5, 0, 2, 0 },
	{ "Gazi and Dr. Ahmed were killed in the attack.", 2, 0, -1, 0 },
	{ "Dr. Ahmed and his driver were killed in the attack.", 2, 0, -1,
	    0 },
	/* "before" joins a second verb of the same subject */
	{ "Two farmers were tied up before being shot and killed by "
	    "assailants.", 2, 0, -1, 0 },
	{ "One police officer was injured before succumbing to his wounds.",
	    1, 0, 0, 0 },
	/* a clause with a verb of its own is not the subject */
	{ "Ten hostages were released and one hostage was beheaded by the "
	    "assailants.", 1, 0, -1, 0 },
	/* attackers named as a subset after the verb */
	{ "At least 67 people were killed, including 40 assailants, in the "
	    "raid.", 67, 40, -1, 1 },
	/* a breakdown after "including" does not add to its total */
	{ "19 people, including 12 police officers, six civilians, and one "
	    "journalist, were injured in the blast.", 0, 0, 19, 0 },
	/* an unknown number is null, not the count of the clause before */
	{ "Gunmen abducted 12 people and an unknown number of people were "
	    "injured.", 0, 0, -1, 0 },
	{ "The blast killed two people, and an unknown number of people were "
	    "injured.", 2, 0, -1, 0 },
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
