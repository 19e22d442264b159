#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "extract/extract.h"

/* reason NULL: an incident. */
static const struct {
	const char *text;
	const char *reason;
} cases[] = {
	{ "The former mayor died of a heart attack at his home on Sunday, his "
	    "family said.", "medical" },
	{ "She suffered a panic attack on stage and was taken to hospital.",
	    "medical" },
	{ "A ransomware attack shut down the hospital's computer systems; the "
	    "hackers demanded a payment.", "cyber" },
	{ "The club signed an attacking midfielder who scored 12 goals in "
	    "the league last season.", "sports" },
	{ "The opposition leader attacked the government's budget plan in a "
	    "speech, and the minister dismissed the criticism.", "other" },
	{ "Families laid wreaths to mark the 10th anniversary of the bombing "
	    "that killed 30 people in 2014.", "memorial" },
	{ "A jury convicted the man of murder and the judge sentenced him to "
	    "life in prison for the 2019 shooting.", "trial" },
	{ "Air strikes on militant hideouts killed 25 fighters, the army said, "
	    "as the military operation continued.", "military_operation" },
	{ "A bus crashed into a ravine, killing 12 passengers, after the "
	    "driver lost control on a bend.", "accident" },
	{ "A magnitude 6.1 earthquake killed 40 people and destroyed homes in "
	    "the mountains.", "disaster" },
	{ "A surfer was killed in a shark attack off the coast on Tuesday.",
	    "other" },
	{ "The film retells the hotel siege with a strong cast; the director "
	    "spent years on the screenplay.", "other" },
	{ "The central bank raised interest rates on Thursday.", "other" },
	/* Attacks, including insurgent attacks on soldiers. */
	{ "Militants ambushed an army convoy in the north on Monday, killing "
	    "six soldiers, officials said.", NULL },
	{ "A suicide bomber blew himself up at a checkpoint, killing four "
	    "police officers.", NULL },
	{ "Gunmen abducted 20 students from a school overnight, police said.",
	    NULL },
	{ "Assailants set fire to a church and shot two worshippers in the "
	    "village.", NULL },
	{ "A man stabbed three people at a station before police arrested "
	    "him.", NULL },
};

static void
test_lookalikes(void **state)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct extract_input in = { NULL, cases[i].text,
		    strlen(cases[i].text), "2024-03-16T10:00:00Z" };
		json_t *rec = extract_incident(&in);
		json_t *r = json_object_get(rec, "not_incident");

		print_message("# %s\n", cases[i].text);
		if (cases[i].reason == NULL) {
			assert_true(json_is_true(json_object_get(rec,
			    "is_incident")));
			assert_true(json_is_null(r));
		} else {
			assert_true(json_is_false(json_object_get(rec,
			    "is_incident")));
			assert_string_equal(json_string_value(r),
			    cases[i].reason);
		}
		json_decref(rec);
	}
}

static void
test_types_and_group(void **state)
{
	const char *text = "Boko Haram fighters detonated a bomb and opened "
	    "fire on a market, killing 9 people. The group claimed "
	    "responsibility. In 2014, al-Shabaab attacked a mall.";
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z" };
	json_t *rec = extract_incident(&in);
	json_t *types = json_object_get(rec, "types");
	json_t *weapons = json_object_get(rec, "weapons");
	json_t *perp = json_object_get(rec, "perpetrator");

	assert_int_equal(json_array_size(types), 2);
	assert_int_equal(json_array_size(weapons), 2);
	assert_string_equal(json_string_value(json_object_get(perp, "group")),
	    "Boko Haram");
	assert_string_equal(json_string_value(json_object_get(rec,
	    "language")), "en");
	json_decref(rec);
}

static const char *
perp_field(const char *text, const char *field)
{
	static char out[64];
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z" };
	json_t *rec = extract_incident(&in);
	const char *v = json_string_value(json_object_get(json_object_get(rec,
	    "perpetrator"), field));

	snprintf(out, sizeof(out), "%s", v ? v : "(null)");
	json_decref(rec);
	return out;
}

static void
test_perpetrator(void **state)
{
	/* A group named only for an earlier attack is not the perpetrator. */
	assert_string_equal(perp_field("A gunman killed two guards at a bank "
	    "on Monday. Last year, Boko Haram claimed responsibility for an "
	    "attack in the town.", "group"), "(null)");
	assert_string_equal(perp_field("Gunmen attacked a checkpoint on "
	    "Monday. Sources attributed the attack to the Taliban.", "group"),
	    "Taliban");
	assert_string_equal(perp_field("Suspected ISWAP fighters ambushed a "
	    "convoy on Monday, killing four soldiers.", "group"),
	    "Islamic State West Africa Province");
	/* "IS" is an acronym only in capitals. */
	assert_string_equal(perp_field("The attack is under investigation; a "
	    "bomb killed two people on Monday.", "group"), "(null)");
	assert_string_equal(perp_field("The suspect, John Smith, opened fire "
	    "at a bar on Monday, killing two people.", "name"), "John Smith");
	assert_string_equal(perp_field("Police said the attacker, identified "
	    "as Ali Kareem, stabbed a guard.", "name"), "Ali Kareem");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookalikes),
		cmocka_unit_test(test_types_and_group),
		cmocka_unit_test(test_perpetrator),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
