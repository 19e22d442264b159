#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "extract/extract.h"
#include "extract/frame.h"
#include "extract/lexicon.h"
#include "extract/text.h"
#include "extract/token.h"

/* Frame evidence and the hits kept, for one sentence-level check. */
struct probe {
	struct frames fr;
	size_t	 violent_kept;	/* attack, type and weapon hits kept */
};

static void
probe(const char *s, struct probe *p)
{
	struct text *t = text_new(s, strlen(s));
	struct tokens *tk = tokens_new(t);
	struct lex_hits *h = lex_scan(tk), *fh;
	unsigned char use[64];
	size_t i;

	assert_true(tk->nsent <= sizeof(use));
	memset(use, 1, sizeof(use));
	memset(p, 0, sizeof(*p));
	fh = frame_read(tk, h, use, 0, &p->fr);
	for (i = 0; i < fh->n; i++)
		if (fh->v[i].kind == LEX_ATTACK ||
		    fh->v[i].kind == LEX_TYPE || fh->v[i].kind == LEX_WEAPON)
			p->violent_kept++;
	assert_true(fh->n + (size_t)p->fr.dropped == h->n);
	lex_hits_free(fh);
	lex_hits_free(h);
	tokens_free(tk);
	text_free(t);
}

static void
test_metaphor(void **state)
{
	struct probe p;

	(void)state;
	/* a violence verb whose object no weapon hurts */
	probe("The striker killed the game off with a header.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Senators shot down the proposal on Thursday.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Shares of the firm shot up 30% on Monday.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* a figurative compound */
	probe("The designer dropped a fashion bomb in Paris.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* people and places are real objects */
	probe("Gunmen killed three farmers in the village.", &p);
	assert_true(p.violent_kept >= 2);
	probe("Militants bombed a market on Monday.", &p);
	assert_true(p.violent_kept >= 1);
	/* "the judge's ruling": the owner is no victim */
	probe("The senator launched an attack on the judge's ruling.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_int_equal(p.fr.hurt, 0);
	probe("A man stabbed a referee during the match.", &p);
	assert_true(p.fr.hurt > 0);
	/* in a sentence about a game, violence done to no person, place
	 * or force is a figure of speech; nouns and people are not */
	probe("The champion destroyed her opponent in the third round on "
	    "court.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("A bomb hidden in a football stadium exploded during a match, "
	    "killing six spectators.", &p);
	assert_true(p.violent_kept >= 2);
}

static void
test_retro_and_dated(void **state)
{
	struct probe p;

	(void)state;
	/* what follows the cue is remembered */
	probe("Families gathered on Sunday marking ten years since gunmen "
	    "killed 30 people at the hotel.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_true(p.fr.retro > 0);
	/* ... but an attacker acting before it is news */
	probe("Gunmen attacked a ceremony marking the anniversary of the "
	    "town's founding on Sunday, killing nine people.", &p);
	assert_true(p.violent_kept >= 2);
	assert_true(p.fr.nonstate > 0);
	/* an attack dated to a year is an earlier one */
	probe("Relatives read the names of those killed in the 2001 attacks "
	    "at a ceremony on Thursday.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("A court sentenced the man for a shooting at a bar that "
	    "killed two people.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* a trial or memorial as the place of a new attack, and a clause
	 * about the attacker's past, frame nothing */
	probe("Gunmen burst into a courtroom during the trial of a gang "
	    "leader and opened fire, killing two guards.", &p);
	assert_true(p.violent_kept >= 2);
	probe("A man who had been convicted of assault stabbed three people "
	    "at a bus stop.", &p);
	assert_true(p.violent_kept >= 1);
	/* a clause dated "eight years ago" tells of an earlier event */
	probe("Egyptians held prayers on Friday at the mosque, where gunmen "
	    "killed 300 worshippers eight years ago.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* the clause about the man judged is what is judged */
	probe("The man who opened fire on a parade pleaded guilty on Monday.",
	    &p);
	assert_int_equal(p.violent_kept, 0);
}

static void
test_plot_cause_intent(void **state)
{
	struct probe p;

	(void)state;
	probe("Police arrested two men suspected of plotting a bomb attack "
	    "on a stadium.", &p);
	assert_int_equal(p.fr.plot, 1);
	assert_int_equal(p.violent_kept, 0);
	probe("The explosion at the restaurant was caused by a gas leak, "
	    "police said.", &p);
	assert_true(p.fr.cause > 0);
	assert_int_equal(p.fr.intent, 0);
	/* a cause ruled out speaks for intent, intent ruled out for
	 * neither */
	probe("Police ruled out a gas leak and said the blast was "
	    "deliberate.", &p);
	assert_int_equal(p.fr.cause, 0);
	assert_true(p.fr.intent > 0);
	probe("Officials said the blast was caused by a pressure build-up, "
	    "ruling out sabotage.", &p);
	assert_true(p.fr.cause > 0);
	assert_int_equal(p.fr.intent, 0);
	probe("Investigators dismissed reports that a bomb had gone off.",
	    &p);
	assert_int_equal(p.violent_kept, 0);
}

static void
test_agents(void **state)
{
	struct probe p;

	(void)state;
	probe("Russian missiles struck the city overnight, killing 12.", &p);
	assert_true(p.fr.state > 0);
	probe("The army said on Friday it had bombed a rebel camp.", &p);
	assert_true(p.fr.state > 0);
	probe("An air strike by Myanmar's military hit a village.", &p);
	assert_true(p.fr.state > 0);
	/* the army as the target, a named armed group, an interception */
	probe("Militants attacked an army base and killed 17 soldiers.", &p);
	assert_true(p.fr.state == 0);
	assert_true(p.fr.nonstate > 0);
	probe("Fighters of the Allied Democratic Forces killed 40 "
	    "villagers.", &p);
	assert_true(p.fr.state == 0);
	probe("Saudi air defence forces intercepted a drone.", &p);
	assert_true(p.fr.state == 0);
	/* "U.S." is a country too */
	probe("Somali and U.S. forces killed 30 fighters near Jilib.", &p);
	assert_true(p.fr.state > 0);
	/* soldiers fighting back against an attack are no operation */
	probe("The army said it killed 30 attackers in the fighting.", &p);
	assert_true(p.fr.state == 0);
	/* a country opening its clause acts; one named as a place does
	 * not */
	probe("SEOUL - North Korea fired two missiles on Thursday.", &p);
	assert_true(p.fr.state > 0);
	probe("Gunmen in northern Nigeria attacked a village.", &p);
	assert_true(p.fr.state == 0);
	probe("Militants fired on an army vehicle on Sunday.", &p);
	assert_true(p.fr.nonstate > 0);
}

/* reason NULL: an incident. */
static const struct {
	const char *text;
	const char *reason;
} cases[] = {
	{ "The forward fired his side into the final and then killed the "
	    "tie off with a second-half header as the hosts won 2-0.",
	    "sports" },
	{ "Wall Street suffered a massacre on Tuesday as the Nasdaq fell "
	    "4%, with traders describing carnage in chip stocks.", "other" },
	{ "Lawmakers shot down the budget bill on Thursday, killing the "
	    "measure in a 52-48 vote.", "other" },
	{ "Survivors gathered on Monday to mark twenty years since suicide "
	    "bombers killed 52 people on the underground.", "memorial" },
	{ "An appeals court on Tuesday upheld the sentence of a man who "
	    "stabbed three people at a station in 2023.", "trial" },
	{ "Israeli warplanes pounded targets in southern Lebanon overnight, "
	    "killing three people, the military said.",
	    "military_operation" },
	{ "A boiler exploded at a factory on Tuesday, killing six workers; "
	    "officials said it was caused by poor maintenance and ruled out "
	    "sabotage.", "accident" },
	{ "Police arrested three men suspected of planning a bomb attack on "
	    "a Christmas market, seizing a detonator. No one was hurt.",
	    "other" },
	{ "A cholera outbreak has killed 31 people in the region, health "
	    "officials said on Friday.", "medical" },
	{ "A former striker died after suffering a heart attack during a "
	    "charity match on Sunday.", "medical" },
	/* positives in the same words */
	{ "A man drove a van into pedestrians on a shopping street on "
	    "Saturday, killing two people. Prosecutors said he acted "
	    "deliberately.", NULL },
	{ "Militants fired on an army vehicle in Poonch on Sunday, killing "
	    "two soldiers, the army said. Troops launched a search "
	    "operation.", NULL },
	{ "Gunmen opened fire on fans leaving a stadium after a league "
	    "match on Sunday, killing four people.", NULL },
	{ "A man stabbed a referee and two players during an amateur "
	    "football match on Sunday, police said.", NULL },
	{ "Gunmen attacked a ceremony marking the anniversary of the "
	    "town's founding on Saturday, killing nine people.", NULL },
	{ "An explosion tore through a market on Tuesday, killing 14 "
	    "people; police said a suicide bomber had detonated explosives, "
	    "ruling out a gas explosion.", NULL },
};

static void
test_decisions(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct extract_input in = { NULL, cases[i].text,
		    strlen(cases[i].text), "2025-06-12T10:00:00Z" };
		json_t *rec = extract_incident(&in);
		json_t *r = json_object_get(rec, "not_incident");

		print_message("# %s\n", cases[i].text);
		if (cases[i].reason == NULL) {
			assert_true(json_is_true(json_object_get(rec,
			    "is_incident")));
		} else {
			assert_true(json_is_false(json_object_get(rec,
			    "is_incident")));
			assert_string_equal(json_string_value(r),
			    cases[i].reason);
		}
		json_decref(rec);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_metaphor),
		cmocka_unit_test(test_retro_and_dated),
		cmocka_unit_test(test_plot_cause_intent),
		cmocka_unit_test(test_agents),
		cmocka_unit_test(test_decisions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
