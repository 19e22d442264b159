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
	/* attacks whose number rises are a trend, none of them told;
	 * a toll that rises is the attack's */
	probe("Attacks on party workers had risen sharply, he said.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("The toll from the bombings rose to 35 on Friday.", &p);
	assert_true(p.violent_kept > 0);
	/* a word of politics inside a person's title sets no scene of
	 * politics: the member of parliament is a person shot */
	probe("A former member of parliament was shot dead on Thursday, "
	    "police said.", &p);
	assert_true(p.violent_kept >= 1);
	probe("Parliament shot down the budget bill on Thursday.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* a figurative compound */
	probe("The designer dropped a fashion bomb in Paris.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* a short phrase in quotes is a figure; a quoted sentence, which
	 * ends inside its quotes, is speech */
	probe("The minister said he had been 'bombed out of office' by his "
	    "party.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("\"Gunmen opened fire,\" a survivor said.", &p);
	assert_true(p.violent_kept >= 2);
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
	/* acts counted with a bare plural of the people they befall are
	 * statistics; a count of people names the victims of one */
	probe("The number of stabbings of teenagers rose last year.", &p);
	assert_int_equal(p.fr.hurt, 0);
	probe("The stabbings of two teenagers on Monday shocked the town.",
	    &p);
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
	/* a plan told in a clause about the people arrested is the
	 * story: nothing happened; a threat in a clause about an attacker
	 * nobody arrested only describes him */
	probe("Police arrested two men who were plotting a bombing at a "
	    "railway station.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_true(p.fr.plot > 0);
	probe("A man who had threatened his neighbours opened fire on them, "
	    "killing two.", &p);
	assert_true(p.violent_kept >= 1);
	/* a clause dated "eight years ago" tells of an earlier event */
	probe("Egyptians held prayers on Friday at the mosque, where gunmen "
	    "killed 300 worshippers eight years ago.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* an attack known by its place's name is an earlier one, unless
	 * its toll is the news */
	probe("Relatives of the 130 people killed in the Paris attacks met "
	    "the president on Wednesday.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("The death toll from the Kabul airport bombing rose to 170 on "
	    "Friday.", &p);
	assert_true(p.violent_kept >= 1);
	probe("Gunmen from the Islamic State attack group killed two "
	    "guards.", &p);
	assert_true(p.violent_kept >= 1);
	/* "ten years to the day after" remembers */
	probe("Families laid wreaths on Sunday, ten years to the day after "
	    "gunmen killed 30 people.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_true(p.fr.retro > 0);
	/* the clause about the man judged is what is judged */
	probe("The man who opened fire on a parade pleaded guilty on Monday.",
	    &p);
	assert_int_equal(p.violent_kept, 0);
	/* "in" before a place name is no clause start: the participle
	 * whose clause "N years ago" closes is dated with it */
	probe("A remembrance Mass was said on Sunday for the 27 villagers "
	    "killed in gunmen's raids on two farming communities in Benue "
	    "state five years ago.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Gunmen killed 21 farmers in raids on two villages in Benue "
	    "state on Sunday, five years after a similar attack.", &p);
	assert_true(p.violent_kept >= 2);
	/* a span closing a headline measures from the event before it;
	 * one opening the sentence dates nothing after its comma */
	probe("Mass held for villagers killed in farm raids, five years "
	    "later.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Five years later, gunmen killed 12 villagers in a raid on the "
	    "same farms.", &p);
	assert_true(p.violent_kept >= 2);
	/* the victim's relative is the story, as "families of the" */
	probe("Shooting victim's father opens a youth centre.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* the tokenizer drops the plural's bare apostrophe */
	probe("Shooting victims' families meet the minister.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Gunmen shot the father of a shooting victim on Sunday.", &p);
	assert_true(p.violent_kept >= 2);
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
	/* a rite of the dead frames the story; the killing before it says
	 * who died */
	probe("Two guards killed in a blast on Monday were cremated with "
	    "state honours on Wednesday.", &p);
	assert_true(p.fr.retro > 0);
	probe("An officer was stabbed at a rally marking the anniversary "
	    "of the massacre.", &p);
	assert_true(p.fr.retro <= 0);
	/* the fighters killed with their commander "in a raid" are its
	 * object, no attackers acting */
	probe("Soldiers killed a rebel commander and five of his fighters in "
	    "a raid on their camp.", &p);
	assert_true(p.fr.nonstate == 0);
	probe("Gunmen opened fire in a market, killing six traders.", &p);
	assert_true(p.fr.nonstate > 0);
	/* a vehicle that rams after the failure told first is the
	 * failure's; one rammed on purpose stays meant */
	probe("Six people were hurt when a van lost its brakes and rammed "
	    "into a shop front.", &p);
	assert_true(p.fr.cause > 0);
	assert_int_equal(p.fr.intent, 0);
	probe("A man rammed his car into a crowd after his brakes had "
	    "failed, witnesses said.", &p);
	assert_true(p.fr.intent > 0);
	/* goods stored against the rules */
	probe("An explosion at a warehouse killed 78 people; investigators "
	    "blamed the illegal storage of hazardous materials.", &p);
	assert_true(p.fr.cause > 0);
	/* ordnance left from a war */
	probe("A landmine left over from the civil war exploded under a "
	    "tractor.", &p);
	assert_true(p.fr.cause > 0);
	probe("Investigators dismissed reports that a bomb had gone off.",
	    &p);
	assert_int_equal(p.violent_kept, 0);
	/* a threat, and what a threat message says, did not happen */
	probe("Schools were evacuated after emails claiming bombs had been "
	    "planted in classrooms.", &p);
	assert_int_equal(p.fr.plot, 1);
	assert_int_equal(p.violent_kept, 0);
	probe("The group threatened to attack polling stations.", &p);
	assert_int_equal(p.fr.plot, 1);
	assert_int_equal(p.violent_kept, 0);
	/* ... but a message claiming responsibility is no threat */
	probe("The group posted a message claiming responsibility for the "
	    "bombing.", &p);
	assert_int_equal(p.fr.plot, 0);
	/* "a bomb plot": the violence is what was planned */
	probe("Police foiled an alleged bomb plot.", &p);
	assert_int_equal(p.violent_kept, 0);
	/* a threat cue in a clause before the main one frames that clause
	 * only; one in a clause after it tells what came before */
	probe("Days after threatening to attack the town, militants stormed "
	    "it and burned dozens of homes.", &p);
	assert_true(p.violent_kept >= 2);
	assert_true(p.fr.nonstate > 0);
	probe("Warning of further attacks, the group said its fighters had "
	    "killed 12 soldiers in an ambush.", &p);
	assert_true(p.violent_kept >= 2);
	probe("A school was set on fire overnight, a week after letters "
	    "warning teachers to close it.", &p);
	assert_int_equal(p.fr.plot, 0);
	assert_true(p.fr.strong > 0);
}

static void
test_agents(void **state)
{
	struct probe p;

	(void)state;
	/* men armed with weapons who attack are attackers; men with
	 * banners who march are not */
	probe("Men armed with machetes attacked a market on Monday.", &p);
	assert_true(p.fr.nonstate > 0);
	probe("Men wielding banners marched through the city on Monday.", &p);
	assert_true(p.fr.nonstate == 0);
	/* the weapon a man carries is no act of his; a headline's
	 * passive without its auxiliary makes him the one shot */
	probe("A man armed with a rifle was shot dead by police.", &p);
	assert_true(p.fr.nonstate == 0);
	probe("A man armed with a rifle shot dead two guards.", &p);
	assert_true(p.fr.nonstate > 0);
	probe("Armed man shot dead by police after siege", &p);
	assert_true(p.fr.nonstate == 0);
	probe("Gunmen shot dead three shopkeepers in Kano.", &p);
	assert_true(p.fr.nonstate > 0);
	/* police named by their kind are still a state's */
	probe("A man was shot by armed police in Leeds on Sunday.", &p);
	assert_true(p.fr.state > 0);
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
	/* the state named as the agent after the strike, or as the owner
	 * of the forces */
	probe("Its forces shot down 40 of 52 drones launched by Russia.",
	    &p);
	assert_true(p.fr.state > 0);
	probe("Ukraine said its forces struck a fuel depot.", &p);
	assert_true(p.fr.state > 0);
	probe("Rockets launched by Hezbollah hit a town.", &p);
	assert_true(p.fr.state == 0);
	/* a place between the strike and its verb */
	probe("The Pentagon said a drone strike in Syria had killed a "
	    "militant leader.", &p);
	assert_true(p.fr.state > 0);
	/* a modifier between a force and its means: "its sea drones" */
	probe("The navy said its sea drones had struck a patrol ship.", &p);
	assert_true(p.fr.state > 0);
	probe("The army said militant drones struck a base.", &p);
	assert_true(p.fr.state == 0);
	/* rockets and artillery fire a country names; trading fire */
	probe("Cambodian rockets and Thai artillery fire killed 12 "
	    "civilians.", &p);
	assert_true(p.fr.state > 0);
	probe("Thai and Cambodian forces traded fire on Friday.", &p);
	assert_true(p.fr.state > 0);
	probe("Rebels fired rockets at a market, killing four.", &p);
	assert_true(p.fr.state == 0);
	/* masked men are attackers, whatever the sentence is about */
	probe("Masked men torched the offices of an opposition party, its "
	    "leader said, accusing the ruling party.", &p);
	assert_true(p.fr.strong > 0);
	assert_true(p.fr.nonstate > 0);
	/* fighters left dead are among the dead; fighters who kill act */
	probe("The two armies exchanged heavy fire overnight, leaving two "
	    "soldiers and several fighters dead.", &p);
	assert_true(p.fr.nonstate == 0);
	probe("Several fighters killed two soldiers overnight.", &p);
	assert_true(p.fr.nonstate > 0);
	/* "heavily armed men" is one noun: its weapon words are no verb
	 * whose object the men would be */
	probe("Heavily armed men attacked a police post on Sunday, killing "
	    "two officers, officials said.", &p);
	assert_true(p.fr.nonstate > 0);
	probe("Soldiers killed three heavily armed men at a checkpoint on "
	    "Sunday, the army said.", &p);
	assert_true(p.fr.nonstate == 0);
}

/* Does the extractor read title + text as an incident (reason NULL) or
 * as a look-alike for that reason? */
static void
check_reading(const char *title, const char *text, const char *reason)
{
	struct extract_input in = { title, text, strlen(text),
	    "2025-06-12T10:00:00Z", 1 };
	json_t *rec = extract_incident(&in);

	print_message("# %s\n", text);
	if (reason == NULL) {
		assert_true(json_is_true(json_object_get(rec, "is_incident")));
	} else {
		assert_true(json_is_false(json_object_get(rec, "is_incident")));
		assert_string_equal(json_string_value(json_object_get(rec,
		    "not_incident")), reason);
	}
	json_decref(rec);
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
	{ "An attack of gout kept the president from the summit on "
	    "Monday, his office said.", "medical" },
	{ "Researchers found malicious code in a software library, in a "
	    "supply-chain attack aimed at stealing passwords.", "cyber" },
	{ "Dozens of schools were evacuated on Monday after emails claiming "
	    "bombs had been planted; police said the threats were a hoax.",
	    "other" },
	{ "Indian and Pakistani troops traded fire across the border on "
	    "Tuesday, killing two civilians, officials said.",
	    "military_operation" },
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
	/* a blade turned on people is meant, whatever illness the
	 * attacker had */
	{ "A man attacked shoppers with a knife on Saturday, injuring four "
	    "people. Police are examining whether he had a psychiatric "
	    "illness.", NULL },
	{ "A man was left with serious burns after a corrosive liquid was "
	    "thrown in his face on a street on Sunday night.", NULL },
	{ "A car bomb exploded outside a police station on Sunday, killing "
	    "five people. The group said in a message claiming "
	    "responsibility that it would carry out more attacks, and "
	    "threatened to strike again.", NULL },
	/* "Man" is a person here, not the Isle of Man striking */
	{ "Man shot dead outside a pub in Leeds as the gunman flees on a "
	    "motorbike, police said on Sunday.", NULL },
	/* the army is the agent of "made safe", not of the bomb */
	{ "A bomb left outside a bank on Friday failed to detonate and was "
	    "made safe by army technical officers, police said.", NULL },
	/* the force named before an attack noun is its target */
	{ "Army Post Attack Kills Four. Gunmen attacked an army post on "
	    "Monday, killing four soldiers.", NULL },
	/* a state's means followed by the attack noun: its strike */
	{ "A Russian missile and drone attack on Odesa overnight injured "
	    "nine people, the regional governor said.",
	    "military_operation" },
	{ "Army kills six rebels in jungle clash. Soldiers killed six "
	    "rebels in a clash in the hills on Monday, the army said.",
	    "military_operation" },
	/* a strike noun owned by a country is the strike itself */
	{ "Syrian government shelling of Idlib wounded eleven civilians on "
	    "Sunday, a monitoring group said.", "military_operation" },
	{ "Militants' mortar shelling of a market in Idlib wounded eleven "
	    "civilians on Sunday, a monitoring group said.", NULL },
	/* a match result makes the violence words the game's */
	{ "Leinster bombed Munster out of the cup, winning 34-10 in "
	    "Dublin on Saturday.", "sports" },
	{ "Gunmen opened fire on fans celebrating after the home side won "
	    "2-1 on Saturday, killing three people.", NULL },
	/* statistics: counts over a period compared in percent */
	{ "Reported carjackings fell 12% in the first half of the year, "
	    "with 3,200 cases recorded, the national police said on "
	    "Monday.", "other" },
	{ "Deaths from drug overdoses rose by 8 percent last year, health "
	    "officials said.", "medical" },
	{ "A bomb exploded outside a bank in the city centre early on "
	    "Tuesday, wounding two guards. The bank's shares fell 3% in "
	    "morning trading.", NULL },
	/* the suspect of earlier attacks, arrested or sought */
	{ "Spanish police arrested a man wanted over a string of arson "
	    "attacks on mosques last year, officials said on Friday.",
	    "other" },
	/* a memorial for those killed long ago */
	{ "Relatives held a memorial service on Sunday for the 40 miners "
	    "killed when rebels attacked their camp twelve years ago.",
	    "memorial" },
	{ "Gunmen opened fire on mourners at a memorial service in a "
	    "village on Sunday, killing six people.", NULL },
	/* police who kill are the story unless they stopped an attacker */
	{ "Police in Lyon shot dead a man who refused to stop at a "
	    "checkpoint on Tuesday; an inquiry into the shooting was "
	    "opened.", "other" },
	{ "A man stabbed two commuters at a tram stop on Tuesday and was "
	    "shot dead by police minutes later.", NULL },
	{ "Police in Lyon shot dead a man who had stabbed two commuters at "
	    "a tram stop on Tuesday.", NULL },
	/* a plural country name as its own adjective names a state */
	{ "Philippine soldiers killed four rebels in a firefight in "
	    "Mindanao on Sunday.", "military_operation" },
	{ "Rebels killed four Philippine soldiers in an ambush in "
	    "Mindanao on Sunday.", NULL },
	/* forces rescuing captives: an operation, unless the abduction
	 * is the news */
	{ "Colombian soldiers freed 12 kidnapped farm workers in an army "
	    "operation in Cauca.", "military_operation" },
	{ "Gunmen abducted 12 farm workers in Cauca on Sunday; soldiers "
	    "later freed five of them.", NULL },
	/* a winning margin makes the violence a figure of sport */
	{ "Leinster slaughtered Munster by 40 points in Dublin on Saturday.",
	    "sports" },
	/* commentary argues about attacks in general */
	{ "Opinion: After each shooting and bombing, the same promises are "
	    "made and forgotten.", "other" },
	{ "Analysis: Gunmen killed nine shoppers at a market in Maiduguri "
	    "on Monday, police said.", NULL },
	/* a label after the word naming its kind; a headline's topic
	 * before a colon is no label */
	{ "Game review: The new tactical shooter asks players to plan raids "
	    "on terrorist compounds, rescue hostages and defuse bombs. A "
	    "single stray shot can kill a hostage.", "other" },
	{ "Hotel attack: Gunmen stormed a hotel and took guests hostage, "
	    "killing five people.", NULL },
	/* a scare that proved harmless, and a blast that was not */
	{ "A bomb scare emptied Lyon station on Monday; the suitcase turned "
	    "out to be harmless.", "other" },
	{ "A bomb exploded in a suitcase at Lyon station on Monday, "
	    "wounding six people.", NULL },
	/* illness that strikes, not an attacker */
	{ "A hospital in Lisbon has been attacked by a superbug that has "
	    "infected 9 patients.", "medical" },
	/* an officer of the court named after the violence is its
	 * target; one who speaks or rules is a trial */
	{ "A grenade was thrown at the home of a judge in Cali on Tuesday "
	    "but did not explode. The judge had presided over gang cases.",
	    NULL },
	{ "A man was jailed for 15 years on Tuesday for stabbing a doorman "
	    "last year. The judge said the attack was cowardly.", "trial" },
	/* a span that closes the sentence dates the event before it */
	{ "Bali nightclub bombings: 20 years on. Survivors laid wreaths in "
	    "Kuta on Wednesday.", "memorial" },
	{ "Twenty years on from the first attack, a bomb exploded at the "
	    "same market in Kabul on Monday, killing 12 people.", NULL },
	/* a final score after the violence word; a range of people is
	 * no score */
	{ "The home side massacred Toronto 138-99 on Tuesday night as their "
	    "guard hit eleven three-pointers.", "sports" },
	{ "Gunmen killed 5-7 soldiers at a checkpoint in the north on "
	    "Monday, officials said.", NULL },
	/* candles and vigils remember the dead */
	{ "Students lit candles on Thursday for the classmates shot dead by "
	    "gunmen on the campus in 2015.", "memorial" },
	/* a state's aircraft and drones, and what they do to a place */
	{ "At least 20 people were killed when a military jet bombed a "
	    "village on Tuesday, residents said.", "military_operation" },
	{ "Naval drones struck a landing ship near the port overnight, the "
	    "military said.", "military_operation" },
	{ "Artillery shelling of a suburb killed four people on Saturday, "
	    "officials said.", "military_operation" },
	{ "A military jet crashed during a training flight on Wednesday, "
	    "killing both pilots.", "accident" },
	/* a kidnapping staged by the one said to be kidnapped */
	{ "A security guard who reported being kidnapped at gunpoint staged "
	    "the abduction himself to extract ransom, police said.", "other" },
	{ "Gunmen staged an attack on a police post on Monday, killing two "
	    "officers.", NULL },
	/* "at the wheel" says where a driver was, not why he died */
	{ "A bus driver was shot dead at the wheel on Monday in what police "
	    "called the latest attack by extortion gangs.", NULL },
	{ "A driver who fell asleep at the wheel ploughed into a bus stop on "
	    "Thursday, killing a woman.", "accident" },
	/* shots fired at people, not into the air */
	{ "A man fired several shots during a council meeting on Tuesday "
	    "evening, wounding two councillors, police said.", NULL },
	{ "A man fired several shots into the air at a wedding on Saturday, "
	    "police said.", "other" },
	/* a charge that says who the victim was; a sentence passed */
	{ "A man accused of stealing a motorbike was beaten and burned to "
	    "death by a crowd on Sunday, police said.", NULL },
	{ "A man accused of killing two police officers was sentenced to "
	    "life in prison on Tuesday.", "trial" },
	/* an opinion piece's victims are its examples */
	{ "Opinion: We must stop calling every knife crime terror. Each time "
	    "someone is stabbed in a public place, commentators rush to call "
	    "it terrorism.", "other" },
	{ "Update: A man stabbed two people at a station on Monday, police "
	    "said.", NULL },
	/* "remembers" frames what follows as remembered */
	{ "Ten years on, the city remembers the victims of the airport "
	    "bombings. The city fell silent on Sunday to mark ten years since "
	    "the suicide bombings that killed 32 people.", "memorial" },
	{ "Gunmen killed five people at a market on Monday, police said, as "
	    "the town remembers a similar attack ten years ago.", NULL },
	/* a game's bomb planted to win a title */
	{ "In the deciding round of the final, the team planted the bomb with "
	    "four seconds left on the clock to clinch the title.", "sports" },
	{ "Militants planted a bomb at the market on Monday that killed four "
	    "people, police said.", NULL },
	/* a passive negation rules out its subject; a denied one does
	 * not */
	{ "A car struck spectators at a parade on Sunday, injuring nine "
	    "people. Police said terrorism had been ruled out and there was "
	    "no evidence that it was a deliberate act. The driver had "
	    "suffered a medical episode at the wheel.", "accident" },
	{ "A car struck spectators at a parade on Sunday, injuring nine "
	    "people. Police said terrorism had not been ruled out and the "
	    "driver had acted deliberately.", NULL },
	/* an illness of the mind tells of the attacker, not the cause */
	{ "A man has died after a knife attack at a bus stop on Monday, "
	    "police said. Four other people were wounded. Police said the "
	    "suspected attacker was suffering from a mental illness.", NULL },
	{ "A car mounted the pavement at a bus stop on Monday, killing two "
	    "people. Police said the driver had suffered a sudden illness at "
	    "the wheel.", "medical" },
	/* a country's two-letter code names a state's forces; an armed
	 * group's acronym does not */
	{ "US special forces killed a senior Islamic State leader in a "
	    "helicopter raid in northern Syria, the Pentagon said on "
	    "Friday.", "military_operation" },
	{ "Gunmen ambushed a US special forces patrol in Niger on Friday, "
	    "killing four soldiers.", NULL },
	{ "IS militants ambushed an army convoy on Friday, killing four "
	    "soldiers.", NULL },
	/* the people among whom violence is counted are no victims */
	{ "Knife crime fell by 8 per cent in the year to March, official "
	    "statistics show. Campaigners said stabbings among teenagers "
	    "remained too high.", "other" },
	{ "Knife crime rose by 5 per cent last year, official statistics "
	    "show. On Monday a man stabbed two teenagers at a bus stop, "
	    "police said.", NULL },
	/* a race's shooting */
	{ "A biathlete hit all 20 targets to win the pursuit on Sunday, "
	    "finishing 18 seconds ahead of his rival. Shooting clean in "
	    "windy conditions made the difference.", "sports" },
	{ "A gunman opened fire at a biathlon race on Sunday, killing two "
	    "spectators, police said.", NULL },
	/* a wartime bomb named again by a definite phrase */
	{ "An unexploded World War II bomb detonated at a construction site "
	    "on Wednesday, killing a digger driver, police said. The "
	    "250-kilogram aerial bomb exploded when it was hit by an "
	    "excavator.", "accident" },
	{ "Bomb disposal experts defused an unexploded World War II bomb in "
	    "the city centre on Sunday. On Monday a car bomb exploded outside "
	    "a police station in the city, killing two officers.", NULL },
	/* a gas cylinder or a leak explains the blast; a bomb made of a
	 * cylinder is still a bomb */
	{ "An LPG cylinder exploded in a small eatery on Tuesday, killing "
	    "four people. Fire officials said a leak in the gas pipe was the "
	    "likely cause.", "accident" },
	{ "A gas cylinder bomb exploded at a crowded market on Monday, "
	    "killing five people, police said.", NULL },
	{ "An unexploded bomb exploded at a building site on Monday, killing "
	    "a worker, police said.", "accident" },
	/* shots fired into the air at a celebration */
	{ "A boy was killed on Friday when he was hit by a stray bullet "
	    "fired into the air during wedding celebrations, police said.",
	    "accident" },
	{ "Gunmen fired into the air to scatter a wedding crowd on Saturday, "
	    "then shot dead the groom's father and two guests, police said.",
	    NULL },
	/* admitting to past acts before a court */
	{ "Former rebel commanders admitted to hundreds of kidnappings at a "
	    "hearing of the transitional court on Thursday.", "trial" },
	{ "Gunmen kidnapped 20 villagers on Monday, police said. Officials "
	    "refused to admit to any security lapse.", NULL },
	/* a score right after the verb; a range of people is no score */
	{ "Samoa slaughtered 52-7 in the Pacific Nations Cup on Saturday.",
	    "sports" },
	{ "Gunmen slaughtered 5-7 villagers in the north on Saturday, "
	    "officials said.", NULL },
	/* a simile */
	{ "Residents said it sounded like a bomb going off when a freight "
	    "train derailed on Wednesday, killing one woman.", "accident" },
	{ "A bomb exploded at a market on Wednesday, killing one woman. "
	    "Residents said it sounded like an earthquake, and police said "
	    "the bomb had been planted under a stall.", NULL },
	/* a phone line or an account is hijacked by fraud; a bus by
	 * gunmen */
	{ "A businessman lost two million shillings after fraudsters "
	    "hijacked his phone line in a SIM-swap attack, police said.",
	    "cyber" },
	{ "Gunmen hijacked a bus on the highway on Monday and abducted 12 "
	    "passengers, police said.", NULL },
	/* an army's offensive on a group's enclaves; a war's fighting */
	{ "Troops of Operation Safe Corridor cleared several insurgent "
	    "enclaves in the forest during a week-long offensive, killing "
	    "scores of insurgents and rescuing 60 captives, the army said on "
	    "Friday.", "military_operation" },
	{ "Scores of insurgents stormed a military base on Friday, killing "
	    "12 soldiers, the army said.", NULL },
	{ "Artillery shelling by paramilitary forces on the besieged city "
	    "killed 15 civilians on Wednesday, residents said, as fighting "
	    "with the army continued.", "military_operation" },
	{ "Militants ambushed a convoy on Wednesday, killing 15 soldiers, "
	    "officials said. The attack sparked fighting with the army that "
	    "lasted several hours.", NULL },
	/* an attack owned by an earlier time, with its relative clause */
	{ "Hotels are reporting full occupancy for the first time since "
	    "last year's terror attack at the meadow, which left 26 people "
	    "dead.", "other" },
	{ "A roadside bomb struck mourners returning from a memorial for "
	    "victims of last year's bombing on Friday, killing four people, "
	    "police said.", NULL },
};

static void
test_decisions(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		check_reading(NULL, cases[i].text, cases[i].reason);
}

static void
test_denial_and_clauses(void **state)
{
	struct probe p;

	(void)state;
	/* "not" or "no" right before violence or intent denies it; before
	 * a casualty word it only counts the harm */
	probe("The blast was caused by a gas cylinder, not a bomb.", &p);
	assert_true(p.fr.cause > 0);
	assert_int_equal(p.fr.strong, 0);
	probe("A bomb, not a gas cylinder, caused the blast.", &p);
	assert_true(p.fr.strong > 0);
	probe("No gunman was found on the campus.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_int_equal(p.fr.attackers, 0);
	probe("The fire was caused by heat, not sabotage.", &p);
	assert_int_equal(p.fr.intent, 0);
	assert_true(p.fr.cause > 0);
	probe("No casualties were reported in the arson attack on the "
	    "depot.", &p);
	assert_true(p.fr.strong > 0);
	/* an accidental cause doing the violence explains it */
	probe("Fireworks set fire to the ceiling of the bar.", &p);
	assert_int_equal(p.fr.intent, 0);
	assert_int_equal(p.fr.strong, 0);
	probe("An arsonist set fire to a fireworks shop.", &p);
	assert_true(p.fr.intent > 0);
	assert_true(p.fr.strong > 0);
	/* a relative clause closed by an earlier time */
	probe("A court ruled that a man who stabbed two neighbours last "
	    "year must stay in hospital.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("A man who was freed last year stabbed two neighbours on "
	    "Monday.", &p);
	assert_true(p.violent_kept >= 1);
	/* a quoted label for attackers who act; a staged scene */
	probe("Twelve soldiers died when 'terrorists' on motorbikes "
	    "attacked a post.", &p);
	assert_true(p.fr.nonstate > 0);
	probe("In the drill, 'gunmen' stormed the station and 'hostages' "
	    "were taken.", &p);
	assert_int_equal(p.fr.nonstate, 0);
	/* attackers opening a clause of their own act */
	probe("Two soldiers were killed when militants ambushed a convoy.",
	    &p);
	assert_true(p.fr.nonstate > 0);
	probe("Troops killed three militants near the border.", &p);
	assert_int_equal(p.fr.nonstate, 0);
	/* forces hunting the attackers are no strike */
	probe("The army said it had launched a pursuit of the attackers.",
	    &p);
	assert_int_equal(p.fr.state, 0);
	probe("The army said it had launched air strikes on the town.", &p);
	assert_true(p.fr.state > 0);
	/* a group named only inside an earlier attack */
	probe("Survivors of the 2015 college siege, in which 148 people were "
	    "killed by al-Shabaab gunmen, gathered on Thursday.", &p);
	assert_int_equal(p.fr.group_past, 1);
	probe("Al-Shabaab gunmen stormed a college on Thursday.", &p);
	assert_int_equal(p.fr.group_past, 0);
	/* a passive negation rules out its subject; a denied negation
	 * rules out nothing */
	probe("Police said sabotage has been ruled out.", &p);
	assert_int_equal(p.fr.intent, 0);
	assert_true(p.fr.cause > 0);
	probe("Police said sabotage has not been ruled out.", &p);
	assert_true(p.fr.intent > 0);
	probe("Police have not ruled out sabotage.", &p);
	assert_true(p.fr.intent > 0);
	probe("There is no evidence that it was a deliberate act.", &p);
	assert_int_equal(p.fr.intent, 0);
	probe("There is evidence that it was a deliberate act.", &p);
	assert_true(p.fr.intent > 0);
}

/* Whole items, headline and text: reason NULL is an incident.  Each rule
 * comes with a text of the same words that must keep its reading. */
static const struct {
	const char *title, *text, *reason;
} news_cases[] = {
	/* military forces that conduct a strike act as a state; a search
	 * after an attack is no strike */
	{ NULL,
	    "The US military said it conducted an air strike against "
	    "Islamic State fighters in eastern Syria on Sunday, killing "
	    "four militants.",
	    "military_operation" },
	{ NULL,
	    "Gunmen attacked an army post on Sunday, killing three "
	    "soldiers, and the army said it conducted a search of the "
	    "area.",
	    NULL },
	/* criminals who are the subject of violence are its attackers;
	 * criminals shot by police are not */
	{ "Armed robbers kill guard in cash-in-transit raid",
	    "Armed robbers opened fire on a cash-in-transit vehicle on "
	    "a motorway on Friday, killing a guard, police said.",
	    NULL },
	{ NULL,
	    "Police shot dead three suspected armed robbers in a "
	    "shootout on Thursday.",
	    "other" },
	/* a ministry named as the place of an attack is its target, not a
	 * force acting */
	{ "Parcel bomb hurts clerk at defence ministry",
	    "A parcel bomb exploded at the defence ministry on Tuesday, "
	    "wounding a clerk, police said.",
	    NULL },
	{ NULL,
	    "The defence ministry said its jets carried out air strikes "
	    "on rebel positions on Thursday.",
	    "military_operation" },
	/* counter-terrorism and terrorist content name policy, not
	 * violence */
	{ "Government sets out counter-terrorism strategy",
	    "The strategy lets regulators order the removal of "
	    "terrorist content within an hour.",
	    "other" },
	{ NULL,
	    "Counter-terrorism police said a man stabbed two people at "
	    "a station on Wednesday.",
	    NULL },
	{ NULL,
	    "The cabinet approved a counter-terrorism strategy on "
	    "Monday that targets terrorist financing and online "
	    "content.",
	    "other" },
	{ NULL,
	    "A terrorist attack on a bus killed four people on Monday, "
	    "police said.",
	    NULL },
	/* email bombing and remote access to a control system are attacks
	 * on computers */
	{ "Email bombing floods council inboxes",
	    "Staff received tens of thousands of junk messages in an "
	    "email bombing on Monday, the council said.",
	    "cyber" },
	{ NULL,
	    "A mail bomb exploded at a post office on Monday, injuring "
	    "two workers, police said.",
	    NULL },
	{ "Attackers reach dam controls",
	    "An intruder gained remote access to the control system of "
	    "a dam and tried to open a sluice, officials said. No one "
	    "was harmed.",
	    "cyber" },
	{ NULL,
	    "An intruder stabbed a guard at a water plant on Monday, "
	    "officials said.",
	    NULL },
	/* headline verbs of a court frame what follows; jails as a place
	 * do not */
	{ "Court jails man over mosque arson",
	    "The judge said he set fire to the prayer hall while 20 "
	    "people were inside.",
	    "trial" },
	{ NULL,
	    "Gunmen who escaped from jails in the north attacked a "
	    "village on Monday, killing five people, police said.",
	    NULL },
	/* what the jury heard, told last, frames the sentence before it */
	{ NULL,
	    "Her brother then took a rifle into the office and shot "
	    "four colleagues, the jury heard.",
	    "trial" },
	{ NULL,
	    "A gunman shot dead six people at a nightclub on Saturday, "
	    "police said.",
	    NULL },
	/* a bomb defused before it could explode did not go off; one that
	 * went off after a warning did */
	{ NULL,
	    "Soldiers defused a roadside bomb before it could explode "
	    "on the main road on Monday; nobody was hurt.",
	    "other" },
	{ "Police defuse parcel bomb before it explodes",
	    "Officers found the package at a post office; nobody was "
	    "hurt.",
	    "other" },
	{ NULL,
	    "A roadside bomb exploded as soldiers tried to defuse it on "
	    "Monday, killing two of them.",
	    NULL },
	{ NULL,
	    "A caller warned police an hour before it exploded outside "
	    "a bank on Monday; no one was hurt.",
	    NULL },
	/* an unsecured gun found by a child is an accident; a loaded
	 * pistol is only a weapon */
	{ NULL,
	    "A six-year-old girl was wounded when her brother fired an "
	    "unsecured handgun he had found in a car, police said.",
	    "accident" },
	{ NULL,
	    "A man shot his neighbour with a loaded pistol on Sunday "
	    "after an argument, police said.",
	    NULL },
	/* missile barrages and air defence are a war's; an armed group's
	 * rocket barrage is an attack */
	{ "Missile barrage on the capital",
	    "Explosions were heard overnight as air defence units fired "
	    "at incoming missiles.",
	    "military_operation" },
	{ NULL,
	    "Militants fired a rocket barrage at an army base on "
	    "Monday, killing two soldiers, officials said.",
	    NULL },
	/* troops who exchange fire fight a war; gunmen who do so attack */
	{ NULL,
	    "Indian and Pakistani troops exchange heavy fire across the "
	    "frontier; three soldiers died, officials said.",
	    "military_operation" },
	{ NULL,
	    "Gunmen exchange gunfire with guards after storming a bank "
	    "on Monday, killing two customers, police said.",
	    NULL },
	/* "shoot dead" in a headline: police who do it act as the state */
	{ "Police shoot dead two suspected drug dealers",
	    "The men fired at officers who tried to stop their car at a "
	    "checkpoint, a spokesman said.",
	    "other" },
	{ "Gunmen shoot dead four people at a bar",
	    "The attackers fled on motorbikes, police said on Saturday.",
	    NULL },
	/* a driver who rams or accelerates into a crowd attacks it, unless
	 * he lost control */
	{ "Van driver rams spectators at cycling race",
	    "Witnesses said the driver accelerated into a crowd of fans "
	    "at the finish line, hurting six.",
	    NULL },
	{ NULL,
	    "A driver lost control of his car and accelerated into a "
	    "crowd of pedestrians on Saturday, injuring nine, police "
	    "said.",
	    "accident" },
	/* gunmen that forces kill as suspects are the quarry of an
	 * operation; gunmen killed after their attack, or who kill, are
	 * attackers */
	{ NULL,
	    "Nigerian soldiers killed four suspected gunmen in a raid "
	    "on a forest camp on Friday, the army said.",
	    "military_operation" },
	{ NULL,
	    "Troops killed two of the gunmen after they attacked a "
	    "checkpoint on Sunday, killing three soldiers, the army "
	    "said.",
	    NULL },
	{ NULL,
	    "Three soldiers were killed by gunmen near the border on "
	    "Sunday, the army said.",
	    NULL },
	/* forensic evidence linking a suspect tells of an old case;
	 * samples taken at a new scene do not */
	{ "Man held years after market bombing",
	    "Detectives said DNA evidence linked him to the bomb that "
	    "went off in a crowded market.",
	    "trial" },
	{ NULL,
	    "A bomb exploded on a commuter bus on Monday, killing 12 "
	    "people; police said forensic teams were collecting DNA "
	    "samples at the scene.",
	    NULL },
	/* raiders of villages attack them; police raids that hurt nobody
	 * do not */
	{ "Cattle rustlers raid villages, 20 dead",
	    "At least 20 villagers were killed overnight, officials "
	    "said.",
	    NULL },
	{ NULL,
	    "Police raid villages in search of stolen cattle; no one "
	    "was hurt, officials said.",
	    "other" },
	/* a court's verdict in a headline frames what follows; convicts
	 * who escaped are people, and a person's earlier verdict told
	 * about him is no trial story */
	{ "Court convicts two over bus ambush that killed nine",
	    "Judges said the men guided the gunmen to the road in 2022.",
	    "trial" },
	{ NULL,
	    "Escaped convicts shot dead two prison guards on Monday, "
	    "police said.",
	    NULL },
	{ NULL,
	    "A man previously found guilty of assault stabbed two "
	    "people at a bus stop on Monday, police said.",
	    NULL },
	/* tornado outbreaks are weather; a cholera outbreak is illness */
	{ "Tornado outbreak flattens homes, four dead",
	    "Twisters touched down in several towns on Tuesday evening, "
	    "emergency officials said.",
	    "disaster" },
	{ "Cholera outbreak kills seven in camp",
	    "Seven people died of cholera in a displacement camp, "
	    "health officials said.",
	    "medical" },
	/* a hack of a crypto exchange is an attack on computers; gunmen at
	 * one attack people */
	{ "Crypto exchange drained in overnight hack",
	    "Thieves took $25 million in digital assets from the "
	    "exchange, investigators said.",
	    "cyber" },
	{ NULL,
	    "Gunmen stormed the office of a cryptocurrency exchange on "
	    "Monday and shot dead a guard, police said.",
	    NULL },
	/* a clinical trial is medicine; a trial for a bombing is a court's */
	{ "Vaccine helps the body attack cancer cells",
	    "A clinical trial found the shot slowed tumour growth in "
	    "half of the volunteers.",
	    "medical" },
	{ NULL,
	    "The trial of two men accused of the 2019 bombing opened on "
	    "Monday; prosecutors said the bomb killed 11 people.",
	    "trial" },
	/* a bus that skidded off a road crashed; one fired on first was
	 * attacked */
	{ "Bus plunges off road, 20 dead",
	    "The overcrowded vehicle plunged into a river in heavy "
	    "rain, police said.",
	    "accident" },
	{ "Militants fire on pilgrim bus",
	    "Gunmen shot at the bus from a hillside and it plunged into "
	    "a ravine, killing seven people, officials said.",
	    NULL },
	/* pyrotechnics that ignite a ceiling are an accident; an arsonist
	 * who ignites petrol is not */
	{ "Nightclub toll rises to 30",
	    "Pyrotechnics ignited soundproofing on the ceiling during a "
	    "concert, officials said.",
	    "accident" },
	{ "Arsonist sets fire to nightclub, killing four",
	    "A man poured petrol at the entrance and ignited it on "
	    "Saturday, police said.",
	    NULL },
	/* a signalling error explains a train crash; a bomb on the tracks
	 * does not */
	{ "Express train hits freight train, 12 killed",
	    "Railway officials blamed a signal failure.",
	    "accident" },
	{ "Bomb derails passenger train",
	    "A bomb planted on the tracks exploded under a passenger "
	    "train on Monday, killing 17 people, police said.",
	    NULL },
	/* hail is weather, whatever the headline calls it */
	{ "Hail 'blitz' flattens orchards",
	    "A hailstorm wrecked apple trees and greenhouses across the "
	    "valley on Sunday, growers said.",
	    "disaster" },
	{ NULL,
	    "Militants attacked a village during a hailstorm on Monday "
	    "night, killing five people, police said.",
	    NULL },
	/* reports said to be false tell of nothing that happened */
	{ "Police deny rumours of planned attack on school",
	    "Social media posts about a planned attack on the school "
	    "were false, police said, and classes went ahead.",
	    "other" },
	{ "Bomb attack outside stadium kills two",
	    "A bomb exploded outside the stadium on Sunday, killing two "
	    "people; police said early reports of a second device were "
	    "false.",
	    NULL },
	{ "Panic at station after false shooting report",
	    "Hundreds of people ran for the exits, but no shots were "
	    "fired, police said.",
	    "other" },
	{ "Gunman opens fire at mall",
	    "A gunman opened fire in a shopping mall on Saturday, "
	    "wounding three people, police said.",
	    NULL },
	/* jailed for an old attack is a trial; a man jailed before who
	 * attacks now is news */
	{ "Man jailed for 15 years over petrol bomb attack",
	    "He threw the device at a mosque in 2023, injuring a "
	    "caretaker.",
	    "trial" },
	{ NULL,
	    "A man who was jailed for theft last year stabbed two "
	    "people at a station on Monday, police said.",
	    NULL },
	/* a country in a headline's place phrase is no agent; a demonym
	 * with his own attack is a person */
	{ "Water Plant In Southern France Targeted By Hackers",
	    "Intruders changed pump settings for an hour, officials "
	    "said.",
	    "cyber" },
	{ NULL,
	    "Israel struck targets in Gaza on Monday, the army said.",
	    "military_operation" },
	{ "Cycling: breakaway win on the final climb",
	    "The Italian launched his attack on the last climb and held "
	    "off the peloton.",
	    "sports" },
	{ NULL,
	    "Russia launched its largest wave of missiles and drones at "
	    "Kyiv overnight, officials said.",
	    "military_operation" },
	/* an animal that bit someone it mistook for prey stays the story;
	 * a crash to avoid an animal is an accident */
	{ "Shark bites surfer; experts blame mistaken identity",
	    "A surfer was bitten on the leg by a shark on Saturday and "
	    "was taken to hospital. Experts said the shark probably "
	    "mistook him for a seal.",
	    "other" },
	{ NULL,
	    "A bus swerved to avoid a dog and crashed into a ravine on "
	    "Sunday, killing five passengers, police said.",
	    "accident" },
	{ "Bus swerves to avoid dog, five killed",
	    "A bus swerved to avoid a dog and crashed into a ravine on "
	    "Sunday, killing five passengers, police said.",
	    "accident" },
	/* forces strike in a headline's present tense; so do gunmen */
	{ "Israeli jets strike arms depot near Damascus",
	    "Secondary explosions shook the area for an hour, residents "
	    "said.",
	    "military_operation" },
	{ "Gunmen strike police post, kill four",
	    "Gunmen attacked a police post overnight, killing four "
	    "officers, officials said.",
	    NULL },
	/* headline verbs in the present tense and nouns for attackers:
	 * stabs, lynches, torches, knifeman; a torch carried or used for
	 * light is none */
	{ "Man Stabs Three At Railway Station",
	    "Police detained the suspect at the scene.",
	    NULL },
	{ "Mob Lynches Man Accused Of Theft",
	    "Police said they had detained six people.",
	    NULL },
	{ "Attackers Torch Church In Village",
	    "Residents said no one was hurt.",
	    NULL },
	{ "Knifeman Wounds Four In Shopping Centre",
	    "Police said the attacker was arrested.",
	    NULL },
	{ "Olympic torch arrives in the capital",
	    "The torch was carried by a former champion on Monday.",
	    "other" },
	{ "Protesters torch effigy of president",
	    "Demonstrators burned an effigy outside parliament; no one "
	    "was hurt.",
	    "other" },
	/* an attack helicopter is a kind of aircraft; attack helicopters
	 * firing on a village are a war's */
	{ "Attack Helicopter Crashes During Training",
	    "Both pilots were killed, the army said.",
	    "accident" },
	{ NULL,
	    "Gunmen fired on an army attack helicopter as it landed at "
	    "a base on Monday, wounding two crew members, officials "
	    "said.",
	    NULL },
	/* threats of attacks are no attack; attacks after a threat are */
	{ "Militants Threaten Attacks Ahead Of Vote",
	    "The group warned voters to stay home.",
	    "other" },
	{ NULL,
	    "Militants who had threatened attacks ahead of the vote "
	    "bombed a polling station on Sunday, killing three people.",
	    NULL },
	/* violence naming whom it is pinned on ("the bombing suspect")
	 * tells of the case, not the attack */
	{ "Bombing Suspect Dies In Police Custody",
	    "His family demanded an inquiry.",
	    "other" },
	{ "Police hunt shooting suspect after gunman kills three at "
	    "mall",
	    "The attacker fled in a grey car, police said.",
	    NULL },
	{ NULL,
	    "A stabbing suspect was arrested on Monday after a man "
	    "attacked two shoppers with a knife, police said.",
	    NULL },
	/* a headline's killing participle with nobody after it is
	 * passive: the country word before it names the one killed; a
	 * country that kills someone named after the verb still acts */
	{ "Former MP shot dead on cafe terrace",
	    "A waiter was slightly hurt by a ricochet.",
	    NULL },
	{ "Israel kills three militants in West Bank raid",
	    "The army said the men had been planning attacks.",
	    "military_operation" },
	/* a capitalised animal in a lowercase sentence is a name */
	{ NULL,
	    "A man was stabbed outside the Red Lion on Saturday night. He "
	    "was taken to hospital and is expected to recover. The suspect "
	    "fled on a bicycle, police said.",
	    NULL },
	{ "Lion mauls keeper at zoo",
	    "A lion attacked a keeper at the city zoo on Saturday, leaving "
	    "him with serious injuries, staff said.",
	    "other" },
	/* shots fired in the passive, or at a house, are an attack; shots
	 * that were not fired are none */
	{ NULL,
	    "Several shots were fired at a house on Elm Street early "
	    "Monday, police said.",
	    NULL },
	{ "Shots fired at mosque overnight",
	    "Nobody was inside the building at the time.",
	    NULL },
	{ "Standoff ends peacefully",
	    "Police said no shots were fired and the man surrendered on "
	    "Monday.",
	    "other" },
	/* a headline about the remembering, naming nobody killed or
	 * attacking, makes the attackers the text retells the earlier
	 * attack's; one that names attackers reports a fresh attack */
	{ "Town marks ten years since market bombing",
	    "Hundreds gathered on Sunday to remember the 14 people killed "
	    "when a bomb exploded in the market in 2016. The bomber "
	    "detonated his device at the busiest stall.",
	    "memorial" },
	{ "Market bombing: town pauses ten years on",
	    "The town paused on Sunday to remember the 14 people killed "
	    "when a bomb exploded in the market in 2016. A bell was tolled "
	    "14 times.",
	    "memorial" },
	{ "Gunmen attack ceremony marking ten years since massacre",
	    "Gunmen opened fire on a ceremony marking ten years since the "
	    "2015 massacre on Sunday, killing four people, police said. "
	    "The attackers fled on motorbikes.",
	    NULL },
	{ "Bomb explodes at memorial service for 2016 attack victims",
	    "A bomb exploded at a memorial service for victims of the 2016 "
	    "attack on Sunday, killing four people. A suicide bomber "
	    "detonated his vest near the stage, police said.",
	    NULL },
	/* years on the run tell of a fugitive, not of remembering */
	{ "Suspect in 2015 bombing arrested after ten years on the run",
	    "Police said on Friday they had arrested a man wanted over a "
	    "2015 bus bombing that killed 9 people.",
	    "trial" },
	/* a getaway ("before speeding off") is no accidental cause;
	 * a car that was speeding is */
	{ "Road-rage shooting leaves driver wounded",
	    "A driver was shot in the arm on Friday after an argument at a "
	    "junction. The shooter fired several rounds into his car before "
	    "speeding off, police said.",
	    NULL },
	{ "Driver killed in crash",
	    "A driver was killed on Friday when his car, which police said "
	    "was speeding, crashed into a wall.",
	    "accident" },
	/* a bomb rumoured or feared is none told; attacks feared after
	 * an attack told leave it one */
	{ "Blast rips through apartment block",
	    "An explosion tore through an apartment building early on "
	    "Monday, killing two people and injuring nine, officials said. "
	    "Rumours of a bomb spread quickly on social media. Officials "
	    "said initial findings pointed to a gas leak in a ground-floor "
	    "flat.",
	    "accident" },
	{ NULL,
	    "Residents who heard explosions called the police, fearing a "
	    "terrorist attack. Police said a film crew had been shooting an "
	    "action scene with a permit. Nobody was hurt.",
	    "other" },
	{ NULL,
	    "Gunmen stormed a village on Monday, killing six people, "
	    "residents said. Fearing further attacks, hundreds of families "
	    "fled to the nearby town.",
	    NULL },
	/* police who kill a man brought in as harming nobody are the
	 * story's agent; police who kill one told of before, or one who
	 * stabbed people, answer an attack */
	{ NULL,
	    "A man was shot and killed by police on Saturday after he "
	    "charged at officers with a knife outside a shop, police said.",
	    "other" },
	{ NULL,
	    "A man stabbed three people at a railway station on Monday, "
	    "police said. He was shot and killed by police minutes later.",
	    NULL },
	{ NULL,
	    "A man who had stabbed two shoppers was shot and killed by "
	    "police on Saturday, police said.",
	    NULL },
	/* a rate of acts befalling a kind of people is statistics; a rate
	 * given after a stabbing of its own day is background */
	{ "Knife crime falls 10%, but stabbings of teenagers rise",
	    "Knife crime in the city fell by 10 per cent last year, police "
	    "figures showed on Thursday, but the number of teenagers "
	    "stabbed rose.",
	    "other" },
	{ "Teenager stabbed to death outside school",
	    "A 16-year-old boy was stabbed to death outside a school on "
	    "Monday, police said. Stabbings of teenagers in the city rose "
	    "by 10 per cent last year.",
	    NULL },
	/* a digest labelled in its headline lists past attacks; a report
	 * of the day under a label stays one */
	{ "Factbox: The country's deadliest attacks",
	    "Here are some of the deadliest attacks in the country. "
	    "December 2014: Gunmen stormed a school in the north, killing "
	    "about 150 people. January 2023: A suicide bomber struck a "
	    "mosque inside a police compound, killing more than 80 people.",
	    "other" },
	{ "Timeline: Gunmen storm school in the north",
	    "Gunmen stormed a school in the north on Monday, killing 12 "
	    "pupils, police said.",
	    NULL },
	/* "lightning" before an attack word tells how fast it came, not
	 * what caused harm; a lightning strike is still weather */
	{ NULL,
	    "The visitors won 2-0 on Sunday; the second goal, a low shot "
	    "after a lightning counter-attack, killed the game with ten "
	    "minutes left.",
	    "sports" },
	{ NULL,
	    "Militants launched lightning attacks on three villages on "
	    "Monday, killing 14 people, officials said.",
	    NULL },
	{ "Lightning kills two farmers",
	    "A lightning strike killed two farmers working in a rice field "
	    "on Monday, officials said.",
	    "disaster" },
	/* military police are police: their raid on a gang is policing;
	 * soldiers who raid one are still a military's */
	{ NULL,
	    "A police raid against a drug gang left six suspected gang "
	    "members dead on Thursday, state military police said.",
	    "other" },
	{ NULL,
	    "Soldiers raided a drug gang hideout on Thursday, killing six "
	    "suspected gang members, the army said.",
	    "military_operation" },
	/* killing off ends a contest; an off-duty officer is a person */
	{ "Striker's late double kills off rivals in title race",
	    "The visitors won 2-0 on Sunday and moved two points clear at "
	    "the top of the league.",
	    "sports" },
	{ "Gunmen kill off-duty officer at his home",
	    "Gunmen killed an off-duty police officer at his home on "
	    "Monday, police said.",
	    NULL },
	/* an attack on computers named over the strike it was taken for
	 * is cyber; a strike that killed beside it is a war's */
	{ "Power cut blamed on cyberattack, not missile strike",
	    "A power outage that left 50,000 homes without electricity on "
	    "Tuesday was caused by a cyberattack on a distribution company "
	    "and not by a missile or drone strike, the energy ministry "
	    "said. Hackers used malware to open circuit breakers remotely.",
	    "cyber" },
	{ "Missile strike kills four as hackers hit power grid",
	    "A Russian missile strike on an energy plant killed four "
	    "workers on Tuesday, officials said. Hackers also launched a "
	    "cyberattack on the grid operator, knocking its website "
	    "offline.",
	    "military_operation" },
	/* the forces of a siege remembered under a remembering headline
	 * are the remembered event's; forces storming a school held by
	 * gunmen today end an attack */
	{ "Town marks siege anniversary",
	    "Mothers returned to the school on Tuesday to mark 20 years "
	    "since the hostage siege in which 300 people were killed. "
	    "Special forces stormed the building on the third day of the "
	    "siege, and soldiers fired tank shells at the gym.",
	    "memorial" },
	{ "Troops storm school held by gunmen",
	    "Special forces stormed a school held by gunmen on Tuesday, and "
	    "soldiers fired tank shells at the gym, officials said. Twelve "
	    "hostages were killed.",
	    NULL },
};

static void
test_news_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(news_cases) / sizeof(news_cases[0]); i++)
		check_reading(news_cases[i].title, news_cases[i].text,
		    news_cases[i].reason);
}

/* The aftermath and background of attacks (memorials, trials, parole,
 * fact checks, accidents, warnings) against fresh attacks told in the
 * same words. */
static const struct {
	const char *title, *text, *reason;
} aftermath_cases[] = {
	/* "no" before a word that only hedges the noun still denies it;
	 * a video said to show a blast shows none of its own */
	{ NULL,
	    "A video claiming to show a bomb blast in the capital on Sunday "
	    "was filmed abroad in 2020. There has been no reported explosion "
	    "in the capital, police said.",
	    "other" },
	{ NULL,
	    "A bomb blast tore through a market in the capital on Sunday, "
	    "killing five people, police said. Videos shared on social media "
	    "showed smoke rising over the square.",
	    NULL },
	{ NULL,
	    "Gunmen opened fire on worshippers at a mosque on Friday, killing "
	    "six people. Militants later released a video claiming to show "
	    "the attack.",
	    NULL },
	/* a headline's forces "killed in" an attack are its dead */
	{ "Five Egyptian soldiers killed in checkpoint attack",
	    "Gunmen attacked an army checkpoint on Thursday, killing five "
	    "soldiers, the army said.",
	    NULL },
	{ "Egyptian soldiers kill five militants in raid",
	    "Soldiers killed five militants in a raid on a hideout on "
	    "Thursday, the army said.",
	    "military_operation" },
	/* a killing by mistake: involuntary manslaughter, sparklers */
	{ NULL,
	    "A 58-year-old man was shot dead on Saturday by a friend he was "
	    "hunting deer with, police said. Prosecutors opened an "
	    "investigation for involuntary manslaughter.",
	    "accident" },
	{ NULL,
	    "A man was shot dead on Saturday by a neighbour after an argument "
	    "over a fence, police said. Prosecutors opened a murder "
	    "investigation.",
	    NULL },
	{ NULL,
	    "Sparklers on champagne bottles set fire to the ceiling of a bar "
	    "on Saturday, killing four people, officials said.",
	    "accident" },
	{ NULL,
	    "A man set fire to a bar on Saturday after being thrown out, "
	    "killing four people, police said.",
	    NULL },
	{ NULL,
	    "A gas cylinder in the kitchen of a restaurant exploded on "
	    "Saturday, killing four people, officials said.",
	    "accident" },
	{ NULL,
	    "A bomb in a parked car exploded on Saturday, killing four "
	    "people, officials said.",
	    NULL },
	/* a warning of attacks is none */
	{ "Embassy warns of possible attacks over the holidays",
	    "The embassy advised its citizens on Friday to avoid crowds and "
	    "stay alert.",
	    "other" },
	{ NULL,
	    "Militants attacked two villages on Sunday, killing nine people, "
	    "officials said. The governor warns of more violence.",
	    NULL },
	/* a ramming owned by last year is an earlier one */
	{ "Barriers go up at markets after last year's ramming",
	    "Cities are installing concrete blocks at markets this winter.",
	    "other" },
	{ NULL,
	    "A car ramming at a market on Saturday killed six people, police "
	    "said.",
	    NULL },
	/* parole for an old bombing; ", killing" after a clause with no
	 * violence goes with the act judged */
	{ "Parole denied for clinic bomber",
	    "A parole board on Tuesday refused to release a man serving a "
	    "life sentence for bombing a clinic in 1997, killing a guard.",
	    "trial" },
	{ NULL,
	    "A man out on parole shot dead two people at a bar on Friday, "
	    "police said.",
	    NULL },
	/* gunfire at a vigil is an attack there; a vigil for the shot is a
	 * memorial */
	{ "Four wounded as gunfire erupts at vigil",
	    "Four people were wounded when gunfire broke out at a candlelight "
	    "vigil on Sunday night, police said. The vigil was held for a "
	    "teenager who was shot dead last week.",
	    NULL },
	{ "Hundreds attend candlelight vigil for bar shooting victims",
	    "Hundreds gathered at a candlelight vigil on Sunday for the four "
	    "people shot dead at a bar last week.",
	    "memorial" },
	/* a headline that tells of people attacked at a memorial reports
	 * a new attack; an attack noun naming the anniversary is the one
	 * remembered */
	{ "Mourners attacked at anniversary ceremony",
	    "Gunmen attacked mourners marking the anniversary of a massacre "
	    "on Sunday, killing four, police said.",
	    NULL },
	{ "Airport attack anniversary: families demand answers",
	    "Relatives of the victims gathered at the airport on Sunday to "
	    "mark ten years since gunmen killed 45 people in the arrivals "
	    "hall.",
	    "memorial" },
	/* a funeral, a minute's silence at a match and a film made for
	 * an anniversary are memorials; a bomb at a funeral is an attack */
	{ "Slain reporter laid to rest",
	    "The funeral of a journalist who was shot dead in the capital "
	    "last month took place on Saturday. Colleagues formed a guard of "
	    "honour.",
	    "memorial" },
	{ NULL,
	    "A suicide bomber blew himself up at a funeral on Sunday, killing "
	    "30 mourners, officials said.",
	    NULL },
	{ "Minute's silence before derby for bombing victims",
	    "Players and fans observed a minute's silence before Saturday's "
	    "match in memory of the victims of last month's bombing. Both "
	    "teams wore black armbands.",
	    "memorial" },
	{ "Documentary marks ten years since concert attack",
	    "A new documentary airing this week to mark the anniversary of "
	    "the attack follows four survivors. The film's director said she "
	    "wanted to show the years after.",
	    "memorial" },
	{ "Review: new thriller about a hostage siege",
	    "The film follows a negotiator during a hostage siege at a bank. "
	    "The director keeps the tension high for two hours.",
	    "other" },
	/* a cue of remembering before a dated attack frames that one;
	 * the clause before it tells of a new one */
	{ NULL,
	    "A bomb exploded on Sunday among marchers commemorating the "
	    "victims of a 2015 massacre, killing three people, police said.",
	    NULL },
	{ NULL,
	    "Survivors of the 2015 attack, in which gunmen killed 30 people, "
	    "gathered on Sunday for a memorial service.",
	    "memorial" },
	/* a headline's stabbing at an anniversary rally is the story;
	 * a headline about a court names the killing it judges */
	{ "Police officer stabbed at anniversary rally",
	    "A police officer was stabbed and seriously wounded on Sunday at "
	    "a rally marking the anniversary of the 2016 attack, police "
	    "said.",
	    NULL },
	{ "Court awards compensation to family of man lynched by mob",
	    "A court on Thursday ordered the state to pay compensation to the "
	    "family of a farmer who was beaten to death by a mob in 2018. "
	    "Five men were convicted of his murder last year.",
	    "trial" },
	/* a span of years opening the sentence dates its main clause */
	{ "Town remembers dead a decade on",
	    "Ten years ago on Sunday, gunmen stormed the town hall and killed "
	    "17 people. Residents gathered on Sunday to lay wreaths.",
	    "memorial" },
	{ NULL,
	    "Two days ago, gunmen stormed the town hall and killed 17 people, "
	    "officials said.",
	    NULL },
	/* pretrial hearings judge an old attack; a man on pretrial
	 * release who shoots is a new one */
	{ "Pretrial hearings resume in embassy bombing case",
	    "Pretrial hearings resumed on Monday for two men accused of "
	    "plotting the 1998 embassy bombings that killed 224 people.",
	    "trial" },
	{ NULL,
	    "A man on pretrial release shot dead two people at a bar on "
	    "Friday, police said.",
	    NULL },
};

static void
test_aftermath_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(aftermath_cases) / sizeof(aftermath_cases[0]);
	    i++)
		check_reading(aftermath_cases[i].title, aftermath_cases[i].text,
		    aftermath_cases[i].reason);
}

/* Attacks told reaction-first and the reports that only use attack
 * words (reactions, hoaxes, accidents, scores, profiles), each rule with
 * a counterpart that keeps its reading. */
static const struct {
	const char *title, *text, *reason;
} reaction_cases[] = {
	/* a winning margin makes the violence words the game's; a bomb at
	 * the ground while a side leads by points is still an attack */
	{ "Raiders' massacre of the Rovers",
	    "The Raiders massacred the Rovers by 42 points in the "
	    "league on Saturday.",
	    "sports" },
	{ NULL,
	    "A bomb exploded outside the stadium on Saturday while the "
	    "home side led by 10 points, killing four fans, police "
	    "said.",
	    NULL },
	/* a live score between two sides ("City 3-0 United") is a match
	 * result; a shooting while it is shown is still an attack */
	{ "LIVE: City v United",
	    "81' City 3-0 United. Diaz shoots low past the keeper and "
	    "that kills it. 90+2' It is all over.",
	    "sports" },
	{ NULL,
	    "A gunman opened fire outside the ground on Sunday as City "
	    "2-0 United was shown on screens, killing two supporters.",
	    NULL },
	/* a standoff that ends in surrender with nobody hurt is no attack;
	 * a gunman who killed before surrendering made one */
	{ NULL,
	    "An armed man who barricaded himself in a house with a "
	    "rifle surrendered to police on Wednesday after a six-hour "
	    "siege. Armed officers had sealed off the street. Nobody "
	    "was injured.",
	    "other" },
	{ NULL,
	    "A gunman who shot dead two people at a bank on Friday "
	    "later surrendered to police negotiators.",
	    NULL },
	/* a hostage held by a relative who gives up, nobody hurt */
	{ NULL,
	    "A woman held her brother hostage at knifepoint in their "
	    "home for two hours before surrendering to police on "
	    "Monday. Neither was hurt.",
	    "other" },
	/* a fake video "claiming" an attack, and "no such incident took
	 * place", tell of none; a genuine video of a real one does not
	 * undo it */
	{ NULL,
	    "Police arrested a man on Tuesday for sharing a fake video "
	    "claiming that gunmen had stormed a hospital. Officers said "
	    "no such incident took place.",
	    "other" },
	{ NULL,
	    "Gunmen stormed a hospital on Tuesday, killing two guards; "
	    "police said a video of the attack shared online was "
	    "genuine.",
	    NULL },
	/* a bomb joke is no bomb; a bomb in luggage that exploded is one */
	{ "Passenger held over bomb joke",
	    "A flight was diverted on Sunday after a passenger told "
	    "crew he had a bomb in his luggage. No explosives were "
	    "found.",
	    "other" },
	{ NULL,
	    "A bomb hidden in a passenger's luggage exploded at the "
	    "airport on Sunday, killing three people.",
	    NULL },
	/* a service that honours the dead of a dated bombing is a memorial;
	 * gunmen firing on a church service make an attack */
	{ "Service honours market bombing dead",
	    "A church service on Sunday honoured the 31 people killed "
	    "in the market bombing of 2018.",
	    "memorial" },
	{ "Gunmen attack church service",
	    "Gunmen opened fire on a church service on Sunday, killing "
	    "five worshippers, police said.",
	    NULL },
	/* trees planted one for each person killed a year ago */
	{ "Village plants trees for bombing victims, one year on",
	    "Villagers planted twelve trees on Saturday, one for each "
	    "person killed in the bombing at the bus station a year "
	    "ago.",
	    "memorial" },
	/* a pileup in fog is a road accident; gunmen firing on cars stuck
	 * in one make an attack */
	{ NULL,
	    "Four people were killed and 30 injured in a pileup of 40 "
	    "vehicles in thick fog on the motorway on Tuesday, police "
	    "said.",
	    "accident" },
	{ NULL,
	    "Gunmen opened fire on cars stuck in a motorway pileup on "
	    "Tuesday, killing four people, police said.",
	    NULL },
	/* a fuel tanker exploding at a station is an accident; a bomb
	 * hidden in a tanker is an attack */
	{ NULL,
	    "Nine people were killed when a fuel tanker exploded at a "
	    "petrol station on Friday, emergency officials said.",
	    "accident" },
	{ NULL,
	    "A bomb hidden in a fuel tanker exploded at a checkpoint on "
	    "Friday, killing nine soldiers.",
	    NULL },
	/* explosives stored at a quarry that go off are an accident;
	 * militants who detonate stored explosives attack */
	{ NULL,
	    "Six miners were killed when explosives stored at a quarry "
	    "detonated on Monday, police said.",
	    "accident" },
	{ NULL,
	    "Militants detonated explosives stored in a car outside a "
	    "police station on Monday, killing six officers.",
	    NULL },
	/* "a year in which attacks killed hundreds" sums up a period; a
	 * clause put before the main one frames that clause only */
	{ NULL,
	    "Ministers agreed on Monday to fund a regional force, after "
	    "a year in which attacks killed hundreds.",
	    "other" },
	{ NULL,
	    "In a year in which attacks have killed hundreds, gunmen on "
	    "Monday shot dead nine villagers in the north, officials "
	    "said.",
	    NULL },
	/* "was once" looks back on a life; a former officer who shoots
	 * makes a new attack */
	{ "Profile: the warlord turned senator",
	    "He was once the most feared commander in the hills, behind "
	    "raids and kidnappings. Now he sits in the senate.",
	    "other" },
	{ NULL,
	    "A man who was once a police officer shot dead three people "
	    "at a bar on Friday.",
	    NULL },
	/* a car driven at a group of fans on purpose is an attack, whatever
	 * the stadium around it; a bus skidding into people is an accident */
	{ NULL,
	    "A car swerved onto the pavement on Saturday, hitting a "
	    "group of fans outside the stadium; police said the driver "
	    "targeted them deliberately. Six people were hurt.",
	    NULL },
	{ NULL,
	    "A bus skidded on ice on Saturday, hitting a group of "
	    "pedestrians; six people were hurt, police said.",
	    "accident" },
	/* a search launched after a grenade attack is its response; troops
	 * who kill in a search make a military operation */
	{ "Search operation launched after grenade attack",
	    "Security forces launched a search operation and cordoned "
	    "off the market on Sunday. Three shoppers were injured when "
	    "a grenade was thrown at a police post on Saturday evening.",
	    NULL },
	{ NULL,
	    "Security forces launched a search operation on Sunday and "
	    "killed two militants in a gunfight, the army said.",
	    "military_operation" },
	/* a vigil or a minute's silence told first is the reaction to an
	 * attack told with a day of its own; one dated back is remembered */
	{ "Vigil planned after church shooting",
	    "Residents planned a vigil for Monday evening. A man opened "
	    "fire during a Sunday service at a church, killing two "
	    "worshippers, police said.",
	    NULL },
	{ "Vigil marks church shooting anniversary",
	    "Residents held a vigil on Sunday. A man opened fire during "
	    "a service at the church in 2019, killing two worshippers.",
	    "memorial" },
	{ "Parliament observes minute's silence",
	    "Lawmakers observed a minute's silence on Tuesday. Nineteen "
	    "people were killed in an overnight raid on a village in "
	    "the north, a local official said.",
	    NULL },
	{ "Parliament observes minute's silence",
	    "Lawmakers observed a minute's silence on Tuesday for the "
	    "19 people killed in a raid on a village in 2020.",
	    "memorial" },
	/* an illness named outright is the story, whatever animal stung;
	 * a stabbing in the clinic that treats it is an attack */
	{ NULL,
	    "A gardener died after suffering anaphylactic shock from "
	    "wasp stings in a park on Tuesday, paramedics said.",
	    "medical" },
	{ NULL,
	    "A man stabbed a nurse who was treating a patient for "
	    "anaphylactic shock at a clinic on Tuesday, killing her, "
	    "police said.",
	    NULL },
	/* a fight in an ice hockey game is the game's; a shooting at the
	 * arena is an attack */
	{ "Hockey brawl leaves player with broken jaw",
	    "A fight during Thursday's game left a defenceman with a "
	    "broken jaw. Both players received five-minute majors.",
	    "sports" },
	{ NULL,
	    "A gunman opened fire outside an ice hockey arena on "
	    "Friday, killing two fans, police said.",
	    NULL },
	/* a compensation fund for the victims of a dated bombing is no
	 * attack; compensation promised after one told of today is */
	{ "Compensation fund for bombing victims opens",
	    "A compensation fund for survivors of the 2023 station "
	    "bombing opened on Monday. Families of the 11 people killed "
	    "will be eligible for lump-sum payments.",
	    "other" },
	{ NULL,
	    "A bomb exploded at a metro station on Monday, killing 11 "
	    "people; the government promised compensation payments to "
	    "the families.",
	    NULL },
	/* police who kill suspected traffickers in a raid police crime, not
	 * a war; soldiers who kill militants in one fight a war */
	{ "Armed police raid warehouse, two suspects shot dead",
	    "Two men suspected of arms trafficking were shot dead by "
	    "police during a raid on a warehouse on Friday. Officers "
	    "said the men had fired first.",
	    "other" },
	{ NULL,
	    "Soldiers shot dead two militants during a raid on a "
	    "compound on Friday, the army said.",
	    "military_operation" },
	/* remembering in both headline and lede outweighs the match it is
	 * held at; ribbons worn at a race leave it a race */
	{ "Minute's silence at ground for bombing dead",
	    "Players and fans held a minute's silence before kick-off "
	    "on Saturday in memory of the supporters killed in a "
	    "bombing outside the ground in 2015.",
	    "memorial" },
	{ "Marathon draws record field years after bombing",
	    "A record 30,000 runners started the city marathon on "
	    "Sunday. Many wore ribbons in memory of the 2013 bombing "
	    "near the finish line. The race was won in two hours and "
	    "seven minutes.",
	    "sports" },
	/* the bare plural of a wartime relic's noun speaks of the kind:
	 * the blast stays the relic's accident; two bombs counted are new */
	{ NULL,
	    "An unexploded wartime bomb went off at a building site on "
	    "Friday, killing a digger driver and injuring two workers, "
	    "police said. Thousands of tonnes of bombs dropped on the "
	    "city during the war are still buried under its streets.",
	    "accident" },
	{ NULL,
	    "An unexploded wartime bomb was removed from a building "
	    "site on Monday. On Friday, two bombs exploded at a busy "
	    "market, killing five people, police said.",
	    NULL },
	/* an appeal for the release of people whom armed men took tells
	 * of an abduction; one for jailed reporters, or a console's
	 * release, tells of none */
	{ "Church appeals for release of aid workers",
	    "The church appealed on Friday for the release of two aid "
	    "workers and their driver. Armed men stopped their car on a "
	    "rural road on Thursday and took all three away, police "
	    "said.",
	    NULL },
	{ NULL,
	    "Rights groups called on Friday for the release of three "
	    "jailed journalists and urged the government to drop the "
	    "case against them.",
	    "trial" },
	{ NULL,
	    "Fans queued overnight for the release of the new console "
	    "on Friday, and some shops ran out of stock within hours.",
	    "other" },
	/* a driver's diabetic attack is an illness at the wheel; a driver
	 * who planned to run people down made an attack */
	{ "Bus crash blamed on driver's diabetic attack",
	    "A city bus mounted a pavement last month after its driver "
	    "suffered a hypoglycaemic attack at the wheel, prosecutors "
	    "said on Friday. Two pedestrians were hurt.",
	    "medical" },
	{ NULL,
	    "A man drove a bus into pedestrians on Friday, killing two "
	    "people; prosecutors said he had planned the attack for "
	    "weeks.",
	    NULL },
	/* the kin of people killed on a day of this week react to a fresh
	 * attack; the kin of those killed in a dated one remember it */
	{ "Families demand answers after village raid",
	    "Relatives of the 14 villagers killed when armed men "
	    "stormed their village on Thursday night demanded more "
	    "protection from the army on Saturday.",
	    NULL },
	{ "Families remember village raid",
	    "Relatives of the 14 villagers killed when armed men "
	    "stormed their village in 2019 gathered on Saturday to lay "
	    "wreaths.",
	    "memorial" },
	/* a music festival is the place of a shooting; a film premiered at a
	 * festival is reviewed */
	{ "Push alert: Shooting at festival",
	    "Police say several people have been shot at a music "
	    "festival in the city park. Officers are at the scene. "
	    "Avoid the area.",
	    NULL },
	{ "Festival review: a thriller about a shooting",
	    "The film, which premiered at the festival on Saturday, "
	    "follows a detective hunting a sniper. The director keeps "
	    "the tension high.",
	    "other" },
	/* a change told as a share ("fell by a third") is a statistic; a
	 * stabbing of its own day told before it is news */
	{ NULL,
	    "Stabbings on the bus network fell by a third last year, "
	    "the transport authority said on Monday, crediting new "
	    "screens and more patrols.",
	    "other" },
	{ NULL,
	    "Three bus drivers were stabbed on Monday, police said, a "
	    "week after figures showed knife attacks had fallen by a "
	    "third.",
	    NULL },
	/* a market's move after an attacker's act of a named day reacts to
	 * an attack; a rate of attacks over a year is a statistic */
	{ "Oil prices jump after pipeline attack",
	    "Oil prices rose 2% on Monday after militants blew up a "
	    "pipeline in the delta on Sunday, cutting output by 100,000 "
	    "barrels a day.",
	    NULL },
	{ "Pipeline attacks fall",
	    "Attacks on oil pipelines fell 40% last year, the energy "
	    "ministry said on Monday, crediting new patrols.",
	    "other" },
	/* the damage of an earlier event owned by its time ("last week's
	 * riots, in which shops were looted") is that event's */
	{ "Insurance claims soar after riots",
	    "Insurers said on Wednesday they had received 3,000 claims "
	    "for damage caused during last week's riots, in which shops "
	    "were looted and cars set on fire.",
	    "other" },
	{ NULL,
	    "Gunmen set fire to a bus on Wednesday, killing four "
	    "passengers, police said. It came a week after last week's "
	    "riots, in which shops were looted.",
	    NULL },
	/* brakes that had failed explain a lorry ploughing into a market;
	 * a driver who did it deliberately attacked */
	{ "Five killed as lorry ploughs into market",
	    "Five people were killed when a lorry whose brakes had "
	    "failed ploughed into a crowded market on Friday, police "
	    "said.",
	    "accident" },
	{ NULL,
	    "A man deliberately ploughed a lorry into a crowded market "
	    "on Friday, killing five people, police said.",
	    NULL },
	/* a count told as changed ("the number of attacks fell to 58") is a
	 * statistic; a fresh attack told before such a report is news;
	 * sales that rose after shootings react to nobody acting */
	{ "Report: attacks fell last year",
	    "The number of terrorist attacks in the region fell to 58 "
	    "last year from 120 the year before, an annual report said "
	    "on Tuesday.",
	    "other" },
	{ NULL,
	    "Gunmen killed six people at a bus station on Tuesday, a "
	    "day after a report said the number of attacks had fallen.",
	    NULL },
	{ "Gun sales rise after shootings",
	    "Gun sales rose 12% last month after several mass "
	    "shootings, industry data show.",
	    "other" },
	/* a surrender ends a hijacking without undoing it */
	{ "Hijacker surrenders",
	    "A man who hijacked a bus with 20 passengers on board and "
	    "threatened to blow it up surrendered to police on Monday. "
	    "All passengers were freed unharmed.",
	    NULL },
	/* fighters left dead are among the dead, not attackers acting */
	{ "Border clash leaves soldiers dead",
	    "Armenian and Azerbaijani forces exchanged heavy fire on "
	    "the border overnight, leaving two Armenian soldiers and "
	    "several Azerbaijani fighters dead, officials on both sides "
	    "said.",
	    "military_operation" },
	{ NULL,
	    "Gunmen left three soldiers dead in an ambush on an army "
	    "convoy on Monday, officials said.",
	    NULL },
	/* "a month after" dates back what follows it, as "a year after" does;
	 * a fresh attack told before it stays one */
	{ "Victims remembered one month on",
	    "A month after a suicide bomber killed 30 people at a "
	    "wedding, families gathered at the hall on Saturday.",
	    "memorial" },
	{ NULL,
	    "Gunmen attacked a church on Sunday, killing three "
	    "worshippers, a month after a bomb hit a mosque in the same "
	    "town.",
	    NULL },
	/* bomb-making equipment found, or a shooting threatened online, is
	 * no attack; a shooting after such a threat, or a bomb that went
	 * off, is one */
	{ "Bomb-making lab found in flat",
	    "Police found bomb-making equipment in a flat on Tuesday "
	    "and arrested two men. No one was hurt.",
	    "other" },
	{ "School shooting threat: teen arrested",
	    "A 15-year-old boy was arrested on Wednesday after "
	    "threatening on social media to shoot pupils at his school. "
	    "Police found no weapons at his home.",
	    "other" },
	{ NULL,
	    "A 15-year-old boy shot two pupils at his school on "
	    "Wednesday, days after threatening on social media to "
	    "attack classmates, police said.",
	    NULL },
	{ NULL,
	    "A bomb made in a flat exploded on Tuesday, killing the two "
	    "men who were building it and wounding a neighbour.",
	    NULL },
	/* a police force named by its remit ("counter-terror police")
	 * raiding homes is the police; gunmen raiding homes attack */
	{ "Counter-terror police raid homes, seize weapons",
	    "Counter-terrorism police raided six homes across the city "
	    "on Tuesday and seized rifles and bomb-making equipment. "
	    "Four men were arrested. No one was hurt.",
	    "other" },
	{ "Gunmen raid homes, kill two",
	    "Gunmen raided six homes in a village on Tuesday night, "
	    "killing two men and seizing cattle, police said.",
	    NULL },
	/* the day a review names is the show's; harm told as news of the
	 * day under such a label is still news */
	{ "TV review: crime drama returns",
	    "In Sunday's episode, a gunman shoots two officers dead in "
	    "the opening scene. The writing is sharp and the cast "
	    "superb.",
	    "other" },
	{ "Concert review: a night cut short",
	    "A man opened fire at the concert hall on Saturday night, "
	    "killing two fans, police said.",
	    NULL },
};

static void
test_reaction_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(reaction_cases) / sizeof(reaction_cases[0]);
	    i++)
		check_reading(reaction_cases[i].title, reaction_cases[i].text,
		    reaction_cases[i].reason);
}


static void
test_aftermath_frames(void **state)
{
	struct probe p;

	(void)state;
	probe("There has been no reported explosion in the city.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("There was no warning before the explosion tore through the "
	    "market.", &p);
	assert_true(p.violent_kept >= 1);
	probe("Five Egyptian soldiers killed in checkpoint attack", &p);
	assert_int_equal(p.fr.state, 0);
	probe("Egyptian soldiers killed five militants in a raid.", &p);
	assert_true(p.fr.state > 0);
	probe("A parole board on Tuesday denied release to a man serving a "
	    "life sentence for bombing a clinic in 1997, killing a guard.",
	    &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Gunmen attacked mourners marking the anniversary of the "
	    "massacre, killing four.", &p);
	assert_true(p.violent_kept >= 2);
	probe("Gunfire broke out at a candlelight vigil on Sunday.", &p);
	assert_int_equal(p.fr.retro, 0);
	probe("A candlelight vigil was held for the victims of the "
	    "shooting.", &p);
	assert_true(p.fr.retro > 0);
	/* an attack noun before a cue of remembering or judging names
	 * what is remembered or judged */
	probe("Airport attack anniversary draws families", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Shooting trial opens in capital", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Shooting at anniversary ceremony leaves two dead", &p);
	assert_true(p.violent_kept >= 1);
	/* violence told before a cue of remembering is the day's, and
	 * the remembering does not frame the lede */
	probe("A bomb exploded among marchers commemorating the victims of "
	    "a 2015 massacre.", &p);
	assert_true(p.violent_kept >= 2);
	assert_int_equal(p.fr.retro, 0);
	probe("Marchers commemorating the victims of a 2015 massacre "
	    "gathered on Sunday.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_true(p.fr.retro > 0);
	probe("Ten years ago on Sunday, gunmen stormed the town hall and "
	    "killed 17 people.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("Two days ago, gunmen stormed the town hall and killed 17 "
	    "people.", &p);
	assert_true(p.violent_kept >= 2);
	/* an accidental cause with a phrase of place before its verb */
	probe("A gas cylinder in the kitchen exploded on Monday.", &p);
	assert_int_equal(p.fr.strong, 0);
	assert_true(p.fr.cause > 0);
	probe("A bomb in the kitchen exploded on Monday.", &p);
	assert_true(p.fr.strong > 0);
}

/* Reports where a charge, a court order, an exercise or a cause frames
 * the violence, and the attacks told in the same words. */
static const struct {
	const char *title, *text, *reason;
} frame_q_cases[] = {
	/* attackers who killed more than their own dead made an attack; the
	 * exchange of fire and the clearance after it answer it, while an
	 * operation counts more of the enemy dead than of its own */
	{ NULL,
	    "Militants with heavy weapons attacked an army checkpoint "
	    "before dawn on Saturday, the military said in a statement. "
	    "Seven soldiers were killed in the ensuing exchange of "
	    "fire, while four of the attackers were also killed. A "
	    "clearance operation was under way to find any other "
	    "militants in the area.",
	    NULL },
	{ NULL,
	    "Security forces killed 12 militants in an "
	    "intelligence-based operation near the border, the military "
	    "said on Saturday. Two soldiers were killed in the exchange "
	    "of fire.",
	    "military_operation" },
	/* a charge that frames the text makes the encounter that caught the
	 * attackers part of what is judged */
	{ "Police charge four over last year's bus ambush",
	    "Police filed a chargesheet against four men over the "
	    "ambush of a bus last June in which nine pilgrims were "
	    "killed. Two of the gunmen were killed in an encounter with "
	    "security forces weeks later. The case will be heard by a "
	    "special court, where the accused are in judicial custody.",
	    "trial" },
	{ NULL,
	    "Gunmen ambushed a bus carrying pilgrims on Sunday, killing "
	    "nine people. Two of the gunmen were killed in an encounter "
	    "with security forces hours later, police said.",
	    NULL },
	/* charged over an attack, in the passive or a headline's count */
	{ "Three men charged over bus ambush",
	    "Three men were charged at a court on Tuesday with "
	    "terrorism offences over the ambush of a bus last month, in "
	    "which four passengers were shot dead. The magistrate "
	    "ordered the suspects held in prison.",
	    "trial" },
	{ NULL,
	    "A man charged over the barrier and stabbed two guards at "
	    "the gate on Monday, police said.",
	    NULL },
	/* a group named beside an attack only dated back did nothing new;
	 * an arrest years after an attack is a case's story */
	{ NULL,
	    "Police arrested a suspected member of the Abu Sayyaf Group "
	    "wanted over the 2019 bombings of a cathedral in a raid on "
	    "Friday.",
	    "trial" },
	{ NULL,
	    "Suspected members of the Abu Sayyaf Group bombed a "
	    "cathedral on Friday, killing five worshippers, police "
	    "said.",
	    NULL },
	/* a building under construction collapsing, or poor materials, is an
	 * accidental cause; a bomb at such a building is not */
	{ "Seven killed as building under construction collapses",
	    "Seven workers were killed when a building under "
	    "construction collapsed on Wednesday, the fire and "
	    "emergency commission said. A spokesman said rescuers "
	    "pulled 12 injured people from the rubble. Authorities "
	    "suspect poor-quality materials.",
	    "accident" },
	{ NULL,
	    "A bomb exploded at a building under construction on "
	    "Wednesday, killing seven workers, police said.",
	    NULL },
	/* an exercise, actors and blank shots stage what follows */
	{ NULL,
	    "Special forces stormed a train on Sunday as part of a "
	    "counter-terrorism exercise in which actors played armed "
	    "men taking passengers hostage.",
	    "other" },
	{ NULL,
	    "Armed men took 20 passengers hostage on a train on Sunday, "
	    "a week after police held a counter-terrorism exercise at "
	    "the station.",
	    NULL },
	/* a court's order frames the stabbing of the man it detains */
	{ "Court orders psychiatric detention for man who stabbed "
	    "teacher",
	    "A court ordered on Friday that a man who stabbed a teacher "
	    "be held in a secure psychiatric unit.",
	    "trial" },
	{ NULL,
	    "A man who had been released from a psychiatric hospital "
	    "stabbed three people at a station on Monday, police said.",
	    NULL },
	/* a place's clause closed by a year tells of an earlier event */
	{ NULL,
	    "On the street where gunmen killed 90 people in 2015, new "
	    "bars are packed on a Friday night.",
	    "other" },
	{ NULL,
	    "Gunmen killed two people on Friday in the square where a "
	    "bomb exploded in 2015, police said.",
	    NULL },
	/* the support named between forces and their strike leaves them
	 * its agent; attackers backed by others still attack */
	{ NULL,
	    "Somali special forces backed by international partners "
	    "killed 30 fighters in a raid on a base, the ministry said on "
	    "Monday.",
	    "military_operation" },
	{ NULL,
	    "Militants backed by foreign fighters attacked an army base on "
	    "Monday, killing 30 soldiers, the ministry said.",
	    NULL },
	/* a lede on a battle with the army as one side tells of a war;
	 * fighting among others, or after an attack told first, does
	 * not */
	{ NULL,
	    "Heavy fighting between the Nigerian army and Boko Haram "
	    "fighters near the town killed dozens of combatants and at "
	    "least eight civilians over the weekend, officials said.",
	    "military_operation" },
	{ NULL,
	    "Boko Haram fighters stormed a village on Saturday, killing "
	    "eight civilians, in fighting between the militants and local "
	    "vigilantes, officials said.",
	    NULL },
	{ NULL,
	    "Boko Haram fighters stormed an army base on Saturday, killing "
	    "eight soldiers, before fighting between the army and the "
	    "militants spread to nearby villages, officials said.",
	    NULL },
	/* a state's forces killing a named group's fighters, and only
	 * them, in words of an operation; an attack they answer stays
	 * one */
	{ NULL,
	    "Somali special forces backed by international partners "
	    "killed 30 al-Shabaab fighters in a raid on a militant base, "
	    "the ministry said on Monday. The operation is part of a "
	    "government offensive to retake villages.",
	    "military_operation" },
	{ NULL,
	    "Al-Shabaab fighters attacked a military base on Monday. "
	    "Kenyan troops repelled the assault and killed 30 of the "
	    "attackers, the army said.",
	    NULL },
	/* "wanted for" in the subject judges the subject's past; the verb
	 * after it is the day's killing */
	{ NULL,
	    "A man wanted for a string of armed robberies shot dead two "
	    "police officers who tried to arrest him at a petrol station "
	    "on Tuesday night, police said.",
	    NULL },
	{ NULL,
	    "A teenager wanted for car theft shot dead a shopkeeper in the "
	    "town centre on Friday morning, police said.",
	    NULL },
	/* ... while a cue after the main verb, or a killing told in its
	 * relative clause, stays the judged past */
	{ NULL,
	    "Police arrested a man wanted over a 2019 market bombing that "
	    "killed nine people, officials said on Monday.",
	    "other" },
	{ NULL,
	    "A man wanted over a 2019 market bombing that killed nine "
	    "people was arrested at a border crossing on Monday.",
	    "other" },
	/* a wounding verb after the cue is the day's act too ... */
	{ NULL,
	    "A woman wanted for unpaid debts stabbed a court bailiff to "
	    "death at her flat on Monday morning, police said.",
	    NULL },
	/* ... but not the verb the cue's preposition governs */
	{ NULL,
	    "A man wanted for stabbing a bailiff to death in 2019 was "
	    "arrested at an airport on Monday, police said.",
	    "other" },
	/* a private person who kills or shoots the state's people
	 * attacks them, named attacker or weapon or not */
	{ NULL,
	    "A man killed two police officers at a roadside cafe on "
	    "Sunday evening, police said.",
	    NULL },
	{ NULL,
	    "A 23-year-old man shot two soldiers at a checkpoint on "
	    "Monday, the army said.",
	    NULL },
	/* ... while one killed by them, or officers killed in a crash,
	 * tell of no attack */
	{ NULL,
	    "A man was killed by police at a roadside cafe on Sunday "
	    "evening.",
	    "other" },
	{ NULL,
	    "Two officers were killed in a crash on the motorway on "
	    "Sunday.",
	    "accident" },
	{ NULL,
	    "A driver killed two police officers when his car skidded on "
	    "ice and crashed into their patrol car on Sunday, police "
	    "said.",
	    "accident" },
	{ NULL,
	    "A man who killed two police officers at a roadside cafe in "
	    "2015 was sentenced to life in prison on Monday.",
	    "trial" },
	/* the periods, penalties and goalies of a hockey game make its
	 * fights the game's ... */
	{ "Goalies trade punches in derby",
	    "Both goaltenders were given game misconducts after they "
	    "skated to centre ice and traded punches in the second period "
	    "of Saturday's game.",
	    "sports" },
	/* ... and no game of a shooting outside the arena */
	{ NULL,
	    "A gunman opened fire on supporters leaving an arena after the "
	    "third period of a hockey game on Saturday night, killing two "
	    "fans, police said.",
	    NULL },
	/* a side that "bombarded the goal" in a match told in twice as
	 * many words of the game plays; troops that bombard positions
	 * by a stadium fight */
	{ "Chile bombard the goal but Ecuador hold on",
	    "Chile bombarded the Ecuadorian goal for the whole second half "
	    "and fired 20 shots, but the goalkeeper made nine saves as "
	    "Ecuador held on for a 1-0 win in Tuesday's World Cup "
	    "qualifier.",
	    "sports" },
	{ NULL,
	    "Government troops bombarded rebel positions around the city's "
	    "football stadium with artillery on Sunday, the army said in a "
	    "statement.",
	    "military_operation" },
	/* armies trade artillery fire; rebels who shell a market and
	 * then trade fire with troops attacked it */
	{ NULL,
	    "Four soldiers were killed on Tuesday as the two countries' "
	    "armies traded artillery and mortar fire along their disputed "
	    "border, the defence ministries said.",
	    "military_operation" },
	{ NULL,
	    "Rebels fired mortar rounds into a crowded market on Saturday, "
	    "killing nine people, and later traded rocket fire with troops "
	    "on the edge of the town, officials said.",
	    NULL },
	/* a temple or harvest festival is a crowd's gathering, no film
	 * festival: its stampede is an accident, its bomb an attack */
	{ "Stampede at temple festival kills 7",
	    "Seven pilgrims were crushed to death and dozens hurt in a "
	    "stampede at a temple festival as crowds surged towards the "
	    "gates.",
	    "accident" },
	{ NULL,
	    "A bomb hidden in a bag exploded among worshippers at a temple "
	    "festival on Sunday evening, killing five people and wounding "
	    "30, police said.",
	    NULL },
	/* "no indication the crash was deliberate" rules out intent as
	 * "no indication that" does; "no indication he had accomplices"
	 * leaves the stabbing told before it */
	{ NULL,
	    "Six guests were killed when a lorry driven by a man said to be "
	    "drunk crashed into a wedding procession on Friday night. "
	    "Police said there was no indication the crash was deliberate.",
	    "accident" },
	{ NULL,
	    "A man stabbed three commuters at a railway station on Monday "
	    "morning before he was detained by officers, police said. "
	    "There was no indication he had accomplices, a spokesman said.",
	    NULL },
};

static void
test_frame_q_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(frame_q_cases) / sizeof(frame_q_cases[0]); i++)
		check_reading(frame_q_cases[i].title, frame_q_cases[i].text,
		    frame_q_cases[i].reason);
}

/* Accidents, disasters and remembering told in an attack's words, and
 * attacks told beside them. */
static const struct {
	const char *title, *text, *reason;
} disaster_cases[] = {
	/* mudflows are weather's, whatever committee reports them */
	{ "Mudflows kill eight in mountain valley",
	    "Eight people were killed when mudflows swept through villages "
	    "overnight. The committee said rescuers were still searching for "
	    "two missing people.",
	    "disaster" },
	{ "Gunmen kill four villagers clearing mudflow debris",
	    "Gunmen opened fire on villagers clearing debris left by mudflows "
	    "in the valley on Monday, killing four people, police said.",
	    NULL },
	/* "like a bomb" is a simile; an attack a witness likens to
	 * nothing keeps its words */
	{ "Tornado tears through town, five dead",
	    "A tornado tore through a small town on Friday night, killing "
	    "five people and injuring dozens, officials said. \"It looks "
	    "like a bomb went off,\" the mayor said.",
	    "disaster" },
	{ "Two killed in bar shooting",
	    "A gunman opened fire at a bar on Friday night, killing two "
	    "people. Police said it looked like a targeted attack.",
	    NULL },
	{ "Mosque fire treated as arson",
	    "A fire that gutted a mosque on Sunday looked like an arson "
	    "attack, police said. Nobody was hurt.",
	    NULL },
	/* a headline's "rule out" in the present rules out as "ruled
	 * out" does; ruling out an accident leaves the bomb */
	{ "Investigators rule out foul play in hotel fire that killed six",
	    "Police said on Friday the fire that killed six guests at a hotel "
	    "earlier this week was caused by faulty wiring. Nine people were "
	    "injured.",
	    "accident" },
	{ "Investigators rule out gas leak in cafe blast that killed six",
	    "Investigators on Monday ruled out a gas leak as the cause of an "
	    "explosion that killed six people at a cafe. Police said a bomb "
	    "had been planted under a table.",
	    NULL },
	/* a cause handled ("used during a concert") still explains the
	 * fire it set; one hurled at people is a weapon */
	{ "Nightclub fire kills 14",
	    "Fourteen people were killed and more than 50 injured when "
	    "sparklers used during a concert set fire to the ceiling of a "
	    "nightclub, officials said.",
	    "accident" },
	{ "Fireworks hurled at police set van ablaze",
	    "Fireworks hurled at police by masked youths set fire to a police "
	    "van during riots on Saturday night, injuring two officers.",
	    NULL },
	/* the dead hung on a rate by "with" are a period's tally; an
	 * event joined to a rate is still told */
	{ "Shootings fall 12% in the city, police figures show",
	    "Shootings in the city fell by 12% last year, with 340 people "
	    "wounded and 61 killed, according to police figures.",
	    "other" },
	{ "Digest: copper output, metro station bombing",
	    "Copper output fell 3% in the quarter, and two people were "
	    "killed when a bomb exploded outside a metro station, police "
	    "said.",
	    NULL },
	{ "Digest: copper output, metro station shooting",
	    "Copper output fell 3% in the quarter; a gunman fired on people "
	    "outside a metro station, killing one man, police said.",
	    NULL },
	/* a car "driven into" a crowd had a driver who meant it; the crash
	 * that ends his getaway causes none of it, while a driver who
	 * lost control is still an accident's */
	{ "Pickup driven into crowd outside nightclub",
	    "Two people died and nine were hurt when a pickup truck was "
	    "driven into a crowd waiting outside a nightclub early Sunday, "
	    "police said. He was arrested after crashing into a pole.",
	    NULL },
	{ "Car hits crowd outside stadium",
	    "A car was driven into a crowd outside a stadium on Saturday "
	    "after the driver lost control on a wet road, injuring five "
	    "fans, police said.",
	    "accident" },
	{ "Car ploughs into bus stop",
	    "A driver lost control of his car and ploughed into a bus stop on "
	    "Sunday, injuring four people. He was arrested after crashing "
	    "into a wall.",
	    "accident" },
	/* rescue crews attacked at a blaze: fireworks thrown are weapons,
	 * and a fire set to lure them makes the blaze a scene; crews hurt
	 * by a fire's own blast stay an accident's */
	{ "Firefighters ambushed with fireworks at blaze",
	    "Three firefighters were injured when they were pelted with "
	    "stones and fireworks while putting out a car fire on New Year's "
	    "Eve, the fire brigade said. Police said the car had been set "
	    "alight to lure rescue crews into the street.",
	    NULL },
	{ "Crews attacked at bin fire",
	    "Youths attacked firefighters with fireworks and bottles while "
	    "they tackled a bin fire on New Year's Eve, the fire brigade "
	    "said. Two crew members were hurt.",
	    NULL },
	{ "Firefighters hurt as burning car explodes",
	    "Three firefighters were injured when a burning car exploded as "
	    "they tried to put out the blaze on New Year's Eve, the fire "
	    "brigade said.",
	    "accident" },
	/* "PM" is the prime minister, not a country's code acting */
	{ "PM launches blistering attack on opposition leader",
	    "The prime minister launched a blistering attack on the "
	    "opposition leader in parliament on Wednesday.",
	    "other" },
	{ "US launches air strikes on militant camps",
	    "American warplanes struck militant camps overnight, killing 20 "
	    "fighters, officials said.",
	    "military_operation" },
	/* a relic made safe is no accident; one that went off as a farmer
	 * ploughed is */
	{ "Bomb squad carries out controlled explosion on old shell",
	    "Army bomb disposal experts carried out a controlled explosion on "
	    "Thursday of a First World War artillery shell found by a farmer "
	    "in a field. No one was hurt.",
	    "other" },
	{ "Farmer killed as old shell explodes",
	    "A farmer was killed on Tuesday when a First World War artillery "
	    "shell exploded as he was ploughing a field, police said.",
	    "accident" },
	/* an exercise staged at a stadium is the exercise's story */
	{ "Emergency services stage mock terror attack at stadium",
	    "Hundreds of police officers, paramedics and firefighters took "
	    "part in an exercise at a stadium on Sunday simulating a terror "
	    "attack. Volunteers played wounded fans.",
	    "other" },
	{ "Gunman opens fire outside stadium",
	    "A gunman opened fire on fans outside a stadium on Sunday, "
	    "wounding three people, police said.",
	    NULL },
	/* an arrest years after an attack is the case's story, not a
	 * memorial's; an arrest for a plan is a foiled plot's, and one
	 * hours after a bombing is part of its news */
	{ "Suspect arrested 11 years after shrine bombing",
	    "Police said on Wednesday they had arrested a suspect in the 2015 "
	    "bombing of a shrine that killed 20 people. He was detained "
	    "abroad.",
	    "trial" },
	{ "Suspect arrested over concert bomb plot",
	    "Police arrested a suspected member of a cell planning a bomb "
	    "attack on a concert, officials said on Thursday. No one was "
	    "hurt.",
	    "other" },
	{ "Shrine bomb kills 20; suspect arrested",
	    "A bomb exploded at a crowded shrine on Wednesday evening, killing "
	    "20 people, and police arrested a suspect hours later, officials "
	    "said.",
	    NULL },
	/* a relative clause after a noun dated "years ago" tells of that
	 * earlier event; a main clause after it is the day's */
	{ "Arrest made in 2017 nightclub arson",
	    "Police said on Monday they had arrested a man in connection with "
	    "an arson attack on a nightclub nine years ago that killed 11 "
	    "people.",
	    "trial" },
	{ "Gunmen attack village",
	    "Gunmen attacked the village where a bomb exploded two years ago "
	    "that killed nine people, killing four residents on Monday, "
	    "police said.",
	    NULL },
	/* an animal as the agent of a killing is the story, whatever
	 * overturned; a car that killed a man walking his dog is a crash */
	{ "Crocodile kills fisherman in lagoon",
	    "A fisherman was killed by a saltwater crocodile while fishing in "
	    "a lagoon on Sunday night, police said. Villagers found his canoe "
	    "overturned.",
	    "other" },
	{ "Man killed by car while walking dog",
	    "A man was killed by a car while walking his dog on a country road "
	    "on Sunday, police said. The driver lost control on a bend.",
	    "accident" },
	/* an illness named more strongly than the show it cut short; a
	 * film about an illness stays a review */
	{ "Singer cancels tour after suffering minor stroke",
	    "The singer has cancelled the remaining dates of his tour after "
	    "suffering what doctors described as a minor stroke backstage. "
	    "His management said he would make a full recovery.",
	    "medical" },
	{ "Review: a quiet film about a heart attack",
	    "The film follows a retired teacher who suffers a heart attack; "
	    "the director keeps the drama small and the cast is superb.",
	    "other" },
};

static void
test_disaster_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(disaster_cases) / sizeof(disaster_cases[0]);
	    i++)
		check_reading(disaster_cases[i].title, disaster_cases[i].text,
		    disaster_cases[i].reason);
}

/* Title + text readings.  A roundup's items are separate news: the
 * attack one of them tells is read alone, whatever a storm, a crash or a
 * trial beside it says; a list of three or more clauses joined by
 * semicolons is such a list; "press briefing" and the verb "round up"
 * label no roundup. */
static const struct {
	const char *title, *text, *reason;
} form_cases[] = {
	{ "Morning briefing: coalition deal, hotel blast", "Two parties agreed "
	    "a coalition deal on Monday. Armed separatists shot dead two "
	    "road workers in the highlands, police said. A boiler explosion "
	    "at a hotel injured six staff. The central bank held rates at "
	    "4%.", NULL },
	{ "Opinion: A week of headlines", "A court suspended the lithium "
	    "deal. The president declared a state of emergency over maize "
	    "shortages. A 16-year-old opened fire in a secondary school in "
	    "the capital, wounding three classmates before being detained. "
	    "The government approved a plan to build two reactors by 2040.",
	    NULL },
	{ "Evening round-up", "A court sentenced a driver to four years for a "
	    "crash that killed three cyclists; an explosive device went off "
	    "outside a police station in a southern town overnight, causing "
	    "heavy damage; nobody was injured; the cricket board named a new "
	    "coach.", NULL },
	{ "Evening round-up", "A court sentenced a driver to four years for a "
	    "crash that killed three cyclists; floods killed six people in "
	    "the south; the cricket board named a new coach; a jury "
	    "convicted a man over a 2019 bombing that killed nine.",
	    "disaster" },
	{ "Press briefing: Man charged over 2018 bar bombing", "Police have "
	    "charged a 48-year-old man with murder over a bar bombing eight "
	    "years ago that killed three people. Detectives say new forensic "
	    "tests linked him to the device. He will appear in court on "
	    "Friday.", "trial" },
	{ "Police round up 20 suspects after market bombing", "Police "
	    "detained 20 people overnight after a bomb killed four traders at "
	    "a market on Monday. Officers searched houses in three districts. "
	    "Two of those held are brothers, a spokesman said. The market "
	    "reopened on Tuesday.", NULL },
	/* "its long-range drones": the country the sentence opens with
	 * owns them; militants' drones are no state's */
	{ NULL, "Ukraine said its long-range drones hit an oil refinery in a "
	    "Russian region overnight, causing a large fire.",
	    "military_operation" },
	{ NULL, "Militants said their drones hit an army post overnight, "
	    "wounding three soldiers.", NULL },
	/* what follows "after" a warning or a plan happened and prompted
	 * it; a plan's own "after" names only its time */
	{ "Travel alert: advice updated after market blast", "The government "
	    "has updated its travel advice for the country after an "
	    "explosive device went off at a market in the port city on "
	    "Saturday, killing three people and wounding 19.", NULL },
	{ NULL, "Two men were arrested on Monday on suspicion of planning to "
	    "bomb a church after Sunday mass, police said.", "other" },
	{ NULL, "The embassy issued a travel warning after the elections, "
	    "citing the risk of attacks on hotels and markets.", "other" },
	/* a weapon that went off before its time or in drill went off by
	 * mistake; attackers who strike a drill meant it */
	{ NULL, "A soldier was killed and two others were injured when a "
	    "grenade detonated prematurely during a training exercise at a "
	    "range, the army said.", "accident" },
	{ NULL, "Militants attacked soldiers during a training exercise at a "
	    "range on Monday, killing two, the army said.", NULL },
	/* what attackers may or could do is a risk told, not an act */
	{ "Travel advisory raised to highest level", "The government raised "
	    "its travel advisory for the country to the highest level. The "
	    "advisory notes that terrorists may attack with little or no "
	    "warning, targeting hotels and places of worship.", "other" },
	{ NULL, "Gunmen attacked a hotel on Monday, killing four guests; "
	    "police said more attacks may follow.", NULL },
	/* a blast measured in yards, a result after its score, a match's
	 * clock: a game; a blast at the ground that kills fans is none */
	{ "Late blast kills off United's hopes", "A 25-yard blast from the "
	    "substitute gave City a 2-1 win on Sunday and all but killed off "
	    "United's hopes of catching the leaders.", "sports" },
	{ NULL, "A late strike gave City a 2-1 win on Sunday and all but "
	    "killed off United's hopes of catching the leaders.", "sports" },
	{ NULL, "A bomb blast at the stadium gates killed two fans before the "
	    "match on Sunday, police said.", NULL },
	/* those playing gunmen in a drill are no gunmen; gunmen posing as
	 * police are */
	{ "Police stage airport drill", "Hundreds of officers took part in an "
	    "overnight exercise at the airport in which actors playing "
	    "gunmen stormed a terminal and took hostages.", "other" },
	{ NULL, "Gunmen posing as police officers stormed a hotel on Monday "
	    "and took 20 guests hostage.", NULL },
	/* "told a Crown court": the court named inside the phrase still
	 * judges what the witness tells; one told to reporters is news */
	{ "Court hears gunman laughed as he opened fire in bar", "A witness "
	    "told a Crown court on Wednesday that the gunman laughed as he "
	    "walked into a bar and opened fire in 2024, killing two people. "
	    "The accused, who denies murder, sat still as she described "
	    "hiding under a table.", "trial" },
	{ NULL, "A witness told reporters that the gunman smiled as he opened "
	    "fire in a cafe on Wednesday, killing two people.", NULL },
	/* the act told by its doer ("arsonists burned"); arsonists ruled
	 * out are no attack */
	{ NULL, "Arsonists burned two trucks and a rural chapel overnight and "
	    "left pamphlets demanding land.", NULL },
	{ NULL, "Investigators ruled out arsonists and said the forest fire "
	    "that destroyed 40 homes was caused by lightning.", "disaster" },
	/* a strike noun the army owns is the state's strike, its verb
	 * however far; shelling after militants' mortars is theirs */
	{ NULL, "Army shelling of residential areas in the city killed 15 "
	    "civilians on Sunday, a medics' group said.",
	    "military_operation" },
	{ NULL, "Militants fired mortars at an army base on Sunday, and "
	    "shelling of residential areas around it killed 15 civilians, "
	    "medics said.", NULL },
	/* an account taken over and used for scam links is a cyber
	 * story; a bus hijacked by gunmen is an attack */
	{ NULL, "The bank's social media account was hijacked overnight and "
	    "used to post scam links, officials said.", "cyber" },
	{ NULL, "Gunmen hijacked a bus carrying 30 passengers on Monday and "
	    "drove it into the hills, police said.", NULL },
	/* a fire weapon thrown is thrown by someone; a cylinder that
	 * exploded went off by itself */
	{ NULL, "A firebomb was thrown through a window of a temple "
	    "overnight; the blaze was put out and no one was hurt.", NULL },
	{ NULL, "A gas cylinder exploded in a temple kitchen overnight; the "
	    "blaze was put out and no one was hurt.", "accident" },
	/* a car driven into an audience is driven into a crowd; one that
	 * rolled there after its brakes failed is an accident */
	{ NULL, "The driver who ploughed a car into the audience at a street "
	    "festival on Sunday, injuring nine, had left a note at home, "
	    "police said.", NULL },
	{ NULL, "A delivery van rolled into the audience at a street festival "
	    "on Sunday after its brakes failed, injuring nine, police said.",
	    "accident" },
};

static void
test_news_forms(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(form_cases) / sizeof(form_cases[0]); i++)
		check_reading(form_cases[i].title, form_cases[i].text,
		    form_cases[i].reason);
}

/* An amount in words before the object ("kill thousands of jobs") leaves
 * the object to judge the verb; what attackers may do is not done. */
static void
test_news_form_frames(void **state)
{
	struct probe p;

	(void)state;
	probe("The plan would kill thousands of jobs, the union said.", &p);
	assert_true(p.fr.harm == 0);
	probe("The bomb killed thousands of people, officials said.", &p);
	assert_true(p.fr.harm > 0);
	probe("Terrorists may attack hotels with little or no warning.", &p);
	assert_true(p.fr.attackers == 0 && p.violent_kept == 0);
	probe("Terrorists attacked two hotels on Monday.", &p);
	assert_true(p.fr.attackers > 0 && p.fr.nonstate > 0);
}

/* An item read alone is never split into items again: here the label
 * opens the attack item, and the sentences going on with it run to the
 * end, so the item's text is the whole roundup's. */
/* A court word that names a person's office ("an appeals court judge",
 * "a witness in a murder trial") tells who was attacked, not that the
 * attack is judged; a witness's testimony and a judge's sentence still
 * frame what they tell.  A candidate beaten by men is assaulted; a side
 * beaten by goals lost a match. */
static const struct {
	const char *title, *text, *reason;
} court_role_cases[] = {
	{ "Judge wounded in gun attack",
	    "An appeals court judge was wounded on Monday when gunmen fired "
	    "on his car outside his home, police said.", NULL },
	{ NULL,
	    "A witness in a murder trial was injured on Tuesday when a parcel "
	    "bomb exploded at his home, police said.", NULL },
	{ "Trial witness shot dead",
	    "A witness who was due to testify against three gang members was "
	    "found shot dead in his car on Sunday, police said.", NULL },
	{ NULL,
	    "A judge sentenced a man on Tuesday to 20 years in prison for a "
	    "bomb attack on a market that wounded 12 people in 2021.",
	    "trial" },
	{ NULL,
	    "A witness told the court on Tuesday that the gunman opened fire "
	    "on the crowd, killing three people.", "trial" },
	{ NULL,
	    "A candidate was beaten by four men while putting up posters on "
	    "Friday and needed surgery for a broken jaw, police said.", NULL },
	{ NULL,
	    "The home side were beaten by three goals to one on Saturday as "
	    "their striker was sent off in the first half of the league "
	    "match.", "sports" },
};

/* Rites and things made to remember ("a mass in memory of", "a memorial
 * garden was opened"), verdicts that clear someone, and arrests for an
 * old attack frame the story; a bomb at such a rite, or an attack told
 * before a later arrest, stays an attack.  An attack on a gathering held
 * to mark an earlier one kills today: the remembered event is only the
 * gathering's purpose. */
static const struct {
	const char *title, *text, *reason;
} remember_cases[] = {
	{ "Church holds mass for bombing victims",
	    "A church held a special mass in memory of the worshippers killed "
	    "in the bombings of 2019, and families lit candles after the "
	    "service on Sunday.", "memorial" },
	{ "Bomb hits church service",
	    "A bomb exploded outside a church during a mass in memory of a "
	    "local priest on Sunday, killing three worshippers, police said.",
	    NULL },
	{ "Memorial garden opens at school",
	    "A memorial garden was opened on Saturday at the school where a "
	    "gunman shot dead six pupils five years ago.", "memorial" },
	{ "Gunman kills two pupils",
	    "A gunman shot dead two pupils at a school on Saturday, police "
	    "said. A memorial plaque at the school gate was damaged in the "
	    "shooting.", NULL },
	{ "Officer cleared of murder over tram shooting",
	    "A police officer who shot dead a knife attacker on a tram in "
	    "2023 was cleared of murder by a judge who ruled he had acted in "
	    "self-defence.", "trial" },
	{ "Knife attacker wounds two on tram",
	    "A man wounded two passengers with a knife on a tram on Monday "
	    "before police shot him dead, officials said.", NULL },
	{ "Police arrest suspect in 2018 temple bombing",
	    "Police said on Thursday they had arrested a man suspected of "
	    "building the bomb that killed five worshippers at a temple in "
	    "2018. He will be produced before a magistrate on Friday.",
	    "trial" },
	{ "Police arrest suspect after temple bombing kills five",
	    "A bomb exploded at a temple on Thursday, killing five "
	    "worshippers, police said. Officers arrested a suspect hours "
	    "later.", NULL },
	{ "Blast hits anniversary ceremony",
	    "An explosive device went off among mourners gathered on Thursday "
	    "to mark the anniversary of a 2019 market bombing, killing six "
	    "people, police said.", NULL },
	{ "Mourners mark market bombing anniversary",
	    "Mourners gathered on Thursday to mark the anniversary of a 2019 "
	    "market bombing that killed six people.", "memorial" },
	/* a grenade thrown into a crowd was thrown by someone; grenades
	 * soldiers throw at rebels are the army's operation */
	{ NULL,
	    "A grenade was thrown into a crowd at a market on Friday, "
	    "wounding seven people, police said.", NULL },
	{ NULL,
	    "Soldiers threw grenades into rebel positions in the hills on "
	    "Friday, killing six fighters, the army said.",
	    "military_operation" },
	/* a headline's attack noun that the body dates back is the earlier
	 * event; one the body tells as news stays */
	{ "Hospital that treated bombing victims opens new wing",
	    "A hospital that treated hundreds of victims of the 2015 market "
	    "bombings opened a new trauma wing on Monday.", "other" },
	{ "Hospital treats bombing victims",
	    "A bomb exploded at a market on Monday, killing four people, "
	    "police said. The city hospital treated dozens of bombing "
	    "victims.", NULL },
	/* the names of the dead carved in stone are remembered; names
	 * released by police after a shooting of the day are news */
	{ "Names of bombing victims engraved on monument",
	    "The names of 40 people killed in a 2016 bombing at a stadium "
	    "were engraved on a new monument unveiled on Sunday. Relatives "
	    "attended the ceremony.", "memorial" },
	{ "Gunmen kill 12 at market",
	    "The names of the 12 people killed when gunmen opened fire at a "
	    "market on Sunday were released by police on Monday. Officers are "
	    "searching for the attackers.", NULL },
	/* the dead of raids dated back, the place named inside the
	 * clause; "to remember" the dead is a memorial's purpose */
	{ "Mass held for villagers killed in farm raids, five years later",
	    "A remembrance Mass was said in the state capital on Sunday for "
	    "the 27 villagers killed in gunmen's raids on two farming "
	    "communities in Benue state five years ago. Many families never "
	    "returned.", "memorial" },
	{ "A year on, villagers mourn victims of church massacre",
	    "Residents of a farming village gathered on Sunday at the "
	    "cemetery to remember 22 worshippers killed when gunmen attacked "
	    "the church last year. Many families have since moved away.",
	    "memorial" },
	{ "Gunmen attack villagers gathered to remember massacre victims",
	    "Gunmen opened fire on residents of a farming village who had "
	    "gathered on Sunday at the cemetery to remember victims of a "
	    "massacre, killing five, police said.", NULL },
	/* a victim's relative is the story of a headline naming them */
	{ "Shooting victim's father now helps on trauma ward",
	    "A man whose son was shot dead in 2014 now spends two evenings "
	    "a week on the trauma ward where surgeons fought for the boy's "
	    "life, talking with teenagers admitted with stab wounds.",
	    "other" },
	{ "Stabbing victim's mother stabbed in street",
	    "A woman whose son was killed in a knife attack last year was "
	    "stabbed in the street on Sunday, police said.", NULL },
	/* a gun that goes off, left where a child finds it, is an
	 * accident; one left behind by a gunman is his */
	{ "Boy, 6, dies after father's pistol goes off",
	    "A six-year-old boy died on Sunday after a loaded pistol left "
	    "under a car seat went off while his father was shopping, police "
	    "said.", "accident" },
	{ NULL,
	    "A gunman shot dead a shopkeeper on Saturday and fled on foot, "
	    "police said. A pistol left on the counter was recovered by "
	    "officers.", NULL },
};

/* Animals named where a blade was used on a keeper are the setting;
 * an animal that mauls or gores is the story.  "Bombers" in a text of
 * suicide attackers are people; bombers that fly are a state's.  The
 * dead a report counts after a rate are its tally; a shooting of the
 * day told beside a rate is news. */
static const struct {
	const char *title, *text, *reason;
} setting_cases[] = {
	{ "Keeper stabbed at city zoo",
	    "A keeper at the city zoo was stabbed by a visitor near the lion "
	    "enclosure on Sunday, police said. She is in a stable condition.",
	    NULL },
	{ "Keeper mauled at city zoo",
	    "A keeper at the city zoo was mauled by a lion in its enclosure "
	    "on Sunday and taken to hospital with deep cuts, the zoo said.",
	    "other" },
	{ "Farmer gored by elephant",
	    "A farmer was gored by an elephant that strayed into his field on "
	    "Sunday; villagers later drove the animal off with sticks and "
	    "knives.", "other" },
	{ "Suicide bombers hit church",
	    "Two suicide bombers blew themselves up at the gate of a church "
	    "on Sunday, wounding 14 people, police said. The two bombers were "
	    "the only people killed.", NULL },
	{ "Bombers strike city",
	    "Russian bombers struck the city on Monday, killing five "
	    "civilians, local officials said. The bombers flew in from the "
	    "north.", "military_operation" },
	{ "Deaths from terror attacks fall, report finds",
	    "Deaths from terror attacks in the region fell by 15% last year, "
	    "according to an annual report published on Tuesday. The report "
	    "counted more than 900 people killed in attacks across the "
	    "region.", "other" },
	{ "Gunman kills two on bus",
	    "A gunman killed two passengers on a bus in the city centre on "
	    "Monday, police said. Attacks on buses rose by 20% last year, and "
	    "the police report recorded five people wounded on Monday.",
	    NULL },
	/* acts counted in the plural and placed in an earlier time are
	 * the background of a debate; a series of the day is news */
	{ "Ministers debate ban on carrying knives",
	    "Interior ministers discussed on Monday whether to ban carrying "
	    "large knives in public after a series of stabbings in recent "
	    "years. Some favour weapon-free zones around stations.", "other" },
	{ "Series of stabbings leaves four hurt",
	    "A series of stabbings in the city centre on Saturday night left "
	    "four people wounded, police said. A man was arrested.", NULL },
	{ "Man stabbed in city centre",
	    "A man was stabbed in the city centre on Saturday, police said, "
	    "the latest in a string of stabbings in recent months.", NULL },
};

/* Police who kill kidnappers in a raid answer a crime, not a war;
 * kidnappers who kill attack.  A brawl's "players" and "games" in a
 * match report are the game's, a video game's its review's.  A fatal
 * accident inquiry is a hearing; an accident beside one stays an
 * accident. */
static const struct {
	const char *title, *text, *reason;
} reason_cases[] = {
	{ "Police kill three suspected kidnappers",
	    "Police shot dead three suspected kidnappers during a raid on "
	    "their forest hideout on Tuesday, police said. A woman held for "
	    "ransom was rescued unhurt.", "other" },
	{ "Kidnappers kill two villagers",
	    "Kidnappers shot dead two villagers and abducted a woman in a "
	    "raid on a village on Tuesday, police said.", NULL },
	{ "Hockey brawl leaves two players suspended",
	    "Two players were suspended for five games each after a fight "
	    "broke out in the third period of a hockey match on Saturday. One "
	    "player was taken off the ice with a cut.", "sports" },
	{ "Game review: city under siege",
	    "The new video game lets players fight through five levels of a "
	    "war-torn city, and reviewers praised its graphics and its "
	    "gripping storyline.", "other" },
	{ "Police fired eight shots at bridge attacker, inquiry told",
	    "Police officers fired eight shots at a man who stabbed two people "
	    "on a bridge in 2024, killing one, a fatal accident inquiry has "
	    "heard.", "trial" },
	{ "Worker killed in factory accident",
	    "A worker was killed in an accident at a factory on Monday when a "
	    "machine collapsed, officials said. A fatal accident inquiry will "
	    "be held.", "accident" },
	/* a drone strike that witnesses blame on the army is the army's;
	 * gunmen or militants blamed on an army that failed to stop them
	 * attacked */
	{ "Drone strike on market kills 12, witnesses say",
	    "At least 12 people were killed when a drone struck a busy market "
	    "in the north of the country on Thursday, witnesses said. They "
	    "blamed the military, which is fighting rebels in the region.",
	    "military_operation" },
	{ "Gunmen kill 12 at market",
	    "Gunmen killed 12 people at a busy market in the north of the "
	    "country on Thursday, witnesses said. Residents blamed the army "
	    "for failing to protect them.", NULL },
	{ "Drone attack on market kills 12",
	    "At least 12 people were killed when militants flew an "
	    "explosive-laden drone into a busy market on Thursday, police "
	    "said. Officials blamed the army for failing to shoot it down.",
	    NULL },
	/* escapees recaptured after a prison raid are its aftermath;
	 * a town recaptured from rebels is the army's war */
	{ "Jail stormed, three warders killed, prisoners freed",
	    "Gunmen stormed a jail in the east early on Saturday, shooting "
	    "dead three warders and releasing about 150 prisoners, officials "
	    "said. Soldiers had recaptured several of the escapees by "
	    "evening, the army said.", NULL },
	{ "Army retakes town from rebels after heavy fighting",
	    "Soldiers recaptured the town from rebels on Sunday after heavy "
	    "fighting that killed 14 fighters, the army said. Troops also "
	    "freed prisoners held by the rebels.", "military_operation" },
	/* a motive of hatred examined means someone meant it; one ruled
	 * out beside a driver who lost control leaves an accident */
	{ "Car hits worshippers outside synagogue",
	    "Three people were injured, one seriously, after a car was "
	    "driven onto a pavement outside a synagogue as worshippers left "
	    "a service on Saturday, police said. The driver was arrested and "
	    "police said a hate motivation was being examined.", NULL },
	{ "Car hits worshippers outside synagogue",
	    "Three people were injured after a car mounted a pavement "
	    "outside a synagogue on Saturday when its elderly driver lost "
	    "control, police said. Police said there was no sign the crash "
	    "was hate-motivated.", "accident" },
};

static void
test_reason_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(reason_cases) / sizeof(reason_cases[0]); i++)
		check_reading(reason_cases[i].title, reason_cases[i].text,
		    reason_cases[i].reason);
}

static void
test_setting_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(setting_cases) / sizeof(setting_cases[0]); i++)
		check_reading(setting_cases[i].title, setting_cases[i].text,
		    setting_cases[i].reason);
}

static void
test_remember_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(remember_cases) / sizeof(remember_cases[0]);
	    i++)
		check_reading(remember_cases[i].title, remember_cases[i].text,
		    remember_cases[i].reason);
}

static void
test_court_role_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(court_role_cases) / sizeof(court_role_cases[0]);
	    i++)
		check_reading(court_role_cases[i].title,
		    court_role_cases[i].text, court_role_cases[i].reason);
}

static void
test_roundup_item_is_whole_text(void **state)
{
	(void)state;
	check_reading(NULL, "News in brief: gunmen killed five people at a "
	    "bar. One more died later. Two were hurt. Police are searching.",
	    NULL);
	check_reading("Top stories", "Top stories: a gunman shot dead a "
	    "guard at a bank. One more died later. Two were hurt. Four "
	    "were held.", NULL);
}

/* Local news: blows and fires of the street beside what only looks like
 * them.  reason NULL: an incident. */
static const struct {
	const char *title, *text, *reason;
} street_cases[] = {
	/* a casualty phrase ("shot dead") is harm done to a person, what
	 * the campaign or the game around it says; a bare verb in a
	 * sentence about politics may be a figure */
	{ NULL, "A mayoral candidate was shot dead at a campaign rally in "
	    "the town on Sunday, police said.", NULL },
	{ NULL, "The candidate attacked her rival's campaign in a speech on "
	    "Monday, calling it a disgrace.", "other" },
	/* blows struck at a person, told in the passive or as a pair;
	 * the keeper's punch and a passenger put off a flight are none */
	{ NULL, "A bus driver was punched in the face by a passenger on a "
	    "late-night route on Friday and taken to hospital, police "
	    "said.", NULL },
	{ NULL, "A man was left with a broken jaw after being set upon by a "
	    "group of youths outside a bar on Saturday, police said.", NULL },
	{ NULL, "The goalkeeper punched the ball clear and was kicked in the "
	    "head by a striker in the second half of the match on "
	    "Saturday.", "sports" },
	{ NULL, "Two passengers were kicked off the flight on Monday after "
	    "an argument with the crew, the airline said.", "other" },
	{ NULL, "The boxer suffered a broken jaw in the third round of the "
	    "title fight on Saturday.", "sports" },
	/* an accelerant poured is a fire set; faulty wiring, no accelerant
	 * used, sets none */
	{ NULL, "A shop was badly damaged by fire overnight, and "
	    "investigators said an accelerant had been poured through the "
	    "letterbox.", NULL },
	{ NULL, "A shop was badly damaged by fire overnight; investigators "
	    "said no accelerant had been used and the fire was caused by "
	    "faulty wiring.", "other" },
	/* a car driven deliberately into people; one that veered there
	 * when its driver was taken ill is an accident */
	{ NULL, "A man drove his car deliberately into a group of people "
	    "outside a bar on Sunday, injuring four, police said.", NULL },
	{ NULL, "A car veered into a group of pedestrians on Sunday after "
	    "the driver suffered a medical episode, injuring four, police "
	    "said.", "accident" },
	/* bangs "like gunshots" were no gunshots; a battery that caught
	 * fire is an accident's cause */
	{ NULL, "A woman died in a house fire on Sunday caused by an e-bike "
	    "battery charging in the hallway. Neighbours heard bangs like "
	    "gunshots before flames engulfed the house.", "accident" },
	{ NULL, "Residents heard gunshots before gunmen set fire to the "
	    "house on Sunday, killing a woman, police said.", NULL },
	/* cows that trample a walker are animals; cattle raided are loot */
	{ NULL, "A walker was trampled and seriously injured by cows in a "
	    "field on Saturday.", "other" },
	{ NULL, "Armed cattle raiders killed six herders and drove away "
	    "hundreds of cows on Saturday, officials said.", NULL },
	/* accounts hijacked to ask for money are a scam online */
	{ NULL, "Police warned of a wave of WhatsApp account hijackings in "
	    "which criminals pose as children asking for money.", "cyber" },
	/* "gunned down" is a shooting; a horse caught on the line is not
	 * shot */
	{ NULL, "The head of a regional electoral commission was gunned down "
	    "outside his office on Monday; police said they were pursuing "
	    "two suspects.", NULL },
	{ NULL, "The favourite was gunned down on the line by a "
	    "late-finishing rival in the sprint final on Sunday, the team "
	    "said.", "sports" },
	/* a speaker's word kept at a distance in quotes after "what ...
	 * called" is a label; police naming an attack they saw is not */
	{ NULL, "The prime minister survived what allies called a 'political "
	    "assassination attempt' on Tuesday as a leadership challenge "
	    "fell apart.", "other" },
	{ NULL, "A gunman opened fire at a rally on Sunday in what police "
	    "called a 'targeted attack', killing two people.", NULL },
	/* acts counted "involving" a bare plural are a trend; two acts
	 * that wounded three boys are news */
	{ NULL, "Police recorded 8% fewer knife offences in the year to "
	    "June, official figures showed on Thursday, though stabbings "
	    "involving teenagers remained stubbornly high.", "other" },
	{ NULL, "Two stabbings involving teenagers left three boys wounded "
	    "in the city centre on Saturday night, police said.", NULL },
	/* "that" after a word of saying opens what was said, so a threat
	 * or a plan in it frames the attack; "police said that gunmen
	 * attacked" still tells one */
	{ NULL, "Councillors debated new barriers around the market on "
	    "Thursday. Police advised that the threat of a vehicle-ramming "
	    "attack was substantial.", "other" },
	{ NULL, "Two teenagers were arrested on Tuesday after police received "
	    "a tip-off that they were planning an attack on their school. "
	    "No one was hurt.", "other" },
	{ NULL, "Police said that gunmen attacked a bank on Monday, killing "
	    "two guards.", NULL },
	/* a search that found nothing ends a scare; after a shooting it
	 * is only the hunt */
	{ NULL, "Pupils were locked in classrooms for two hours on Monday "
	    "after a report of a man with a gun near the school. Armed "
	    "police searched the grounds but found nothing.", "other" },
	{ NULL, "A gunman opened fire outside a school on Monday, wounding "
	    "two pupils. Armed police searched the grounds but found "
	    "nothing.", NULL },
	/* artillery is an army's gun; militants who fire it attack */
	{ NULL, "A soldier whose unit came under heavy artillery bombardment "
	    "last month is home on leave. Two members of his unit were "
	    "killed in the shelling.", "military_operation" },
	{ NULL, "Militants fired artillery at a police post on Monday, "
	    "killing two officers.", NULL },
	/* an illness and its clinic; a nurse stabbed there is attacked */
	{ NULL, "A dedicated migraine clinic has opened at the county "
	    "hospital, aimed at patients who suffer more than eight attacks "
	    "a month.", "medical" },
	{ NULL, "Sepsis killed her mother two days after a routine operation, "
	    "and she is now calling for posters in every waiting room.",
	    "medical" },
	{ NULL, "A man stabbed a nurse at a migraine clinic in the county "
	    "hospital on Monday, police said.", NULL },
	/* bots that flood a ticket site attack it online */
	{ NULL, "The club's online ticket sales collapsed within minutes on "
	    "Tuesday after the site was hit by a bot attack.", "cyber" },
	{ NULL, "Gunmen attacked a ticket office at the railway station on "
	    "Tuesday, wounding two staff, police said.", NULL },
	/* animals that maul nobody in a game's report are its sides */
	{ NULL, "Wolves ran in six tries against Sharks on Saturday as their "
	    "relentless attack tore the visitors' defence apart in a 41-12 "
	    "win.", "sports" },
	{ NULL, "A fan was stabbed outside the stadium before the Wolves "
	    "match on Saturday, police said.", NULL },
	/* a hostage's stories of the day's siege follow news told first */
	{ NULL, "A gunman held three people hostage in a bank for 14 hours on "
	    "Wednesday before a negotiator talked him down, police said. One "
	    "hostage shared stories from the ordeal with reporters.", NULL },
	/* the first violence verb of a sentence dated "in 2021" tells an
	 * earlier event, its gunmen with it; a later one compares */
	{ NULL, "The names of 14 passengers killed when gunmen attacked a bus "
	    "in 2021 were read out at a ceremony in the town square on "
	    "Sunday.", "memorial" },
	{ NULL, "Four passengers were killed on Sunday when gunmen attacked a "
	    "bus in the same place they attacked one in 2021.", NULL },
	{ NULL, "Gunmen who attacked a bus in 2021 struck again on Sunday, "
	    "killing four passengers, police said.", NULL },
	/* a forces' command tells its strike on a group's commander; it
	 * also tells of militants who attacked its base */
	{ NULL, "US Central Command said a drone strike in north-west Syria "
	    "had killed a senior Islamic State commander.",
	    "military_operation" },
	{ NULL, "US Central Command said militants attacked a base in Syria on "
	    "Monday, wounding four soldiers.", NULL },
};

static void
test_street_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(street_cases) / sizeof(street_cases[0]); i++)
		check_reading(street_cases[i].title, street_cases[i].text,
		    street_cases[i].reason);
}

/* Violence words in business, travel and arts news: each rule with a
 * report that keeps its old reading. */
static const struct {
	const char *title, *text, *reason;
} loose_cases[] = {
	/* a span of years before "after" measures from an earlier attack,
	 * which prompted no new advice; "after" alone, or hours after,
	 * tells what prompted it */
	{ NULL, "The government eased its travel advice for the coast on "
	    "Tuesday, a decade after a gunman killed 38 tourists on a "
	    "beach.", "other" },
	{ NULL, "The ministry updated its travel advice after a bomb went off "
	    "at a market on Monday, killing four people.", NULL },
	{ NULL, "The ministry updated its travel advice hours after a bomb "
	    "went off at a market on Monday, killing four people.", NULL },
	/* archive footage is of what happened long ago; footage of a blast
	 * in a fresh report is evidence */
	{ "Documentary on 1970s bombing campaign wins top prize",
	    "A documentary about a bombing campaign in the 1970s won the top "
	    "prize at an awards ceremony in London on Monday. The film "
	    "combines archive footage of blasts with interviews with former "
	    "militants and police officers.", "other" },
	{ NULL, "Footage of the blast showed two men leaving a bag at the "
	    "market gate before it exploded on Monday, killing three "
	    "people.", NULL },
	/* "kidnaps" is the headline's present tense */
	{ "Gang kidnaps six aid workers", "Six aid workers were taken from "
	    "their car on the road to the airport on Tuesday, officials "
	    "said.", NULL },
	{ "Thriller in which a gang kidnaps a banker's daughter premieres",
	    "The new series, starring two first-time actors, premiered on "
	    "Friday to strong reviews from critics.", "other" },
	/* a bomb under plans shakes them up, one under a car is real */
	{ "Regulator kills the deal", "The authority killed the proposed "
	    "merger of the two largest brewers on Wednesday. Analysts said "
	    "the ruling was a bomb under the industry's consolidation "
	    "plans.", "other" },
	{ NULL, "A bomb planted under the car of a judge exploded on "
	    "Wednesday, wounding his driver, police said.", NULL },
	/* slang quoted behind an adverb of degree; attackers quoted so
	 * still act */
	{ NULL, "The comedian admitted he 'absolutely bombed' on the first "
	    "night of his tour.", "other" },
	{ NULL, "A witness said the gunmen 'really attacked' the crowd outside "
	    "the mosque on Friday, killing three people.", NULL },
	/* the names of the dead read out remember them; after a fresh
	 * attack told first they are its follow-up */
	{ NULL, "Commuters at the main station paused on Wednesday as the "
	    "names of the 193 victims of the 2004 train bombings were read "
	    "aloud.", "memorial" },
	{ NULL, "A bomb exploded at a market on Monday, killing four people. "
	    "Their names were read out at a vigil on Tuesday.", NULL },
	/* an arrest for an attack of long ago is a story of the case; an
	 * arrest after a fresh one follows it */
	{ "Suspect arrested 22 years after market bombing",
	    "Counter-terrorism police have arrested a man suspected of "
	    "assembling a bomb that exploded at a market 22 years ago, "
	    "killing nine people. The 51-year-old had been living under a "
	    "false name, police said on Thursday.", "trial" },
	{ "Market bomb kills four", "A bomb exploded at a crowded market on "
	    "Monday, killing four people and wounding 11, police said. "
	    "Officers arrested a man suspected of planting the device near "
	    "the scene.", NULL },
};

static void
test_loose_cases(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(loose_cases) / sizeof(loose_cases[0]); i++)
		check_reading(loose_cases[i].title, loose_cases[i].text,
		    loose_cases[i].reason);
}

static void
test_crime_desk_frames(void **state)
{
	struct probe p;

	(void)state;
	/* a pain likened to being stabbed; someone seen being stabbed */
	probe("Patients described pain like being stabbed from the "
	    "inside.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("The man was seen being stabbed outside a bar on Monday.", &p);
	assert_true(p.violent_kept >= 1);
	/* a blood disorder, not a blade */
	probe("Children with sickle cell disease need screening.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("A farmer was attacked with a sickle on Monday.", &p);
	assert_true(p.violent_kept >= 2);
	/* what a rumour says happened is not told as done */
	probe("Rumours spread on social media that the farm labourers had "
	    "been poisoned.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_true(p.fr.plot > 0);
	probe("Police said the workers had been poisoned on Monday.", &p);
	assert_true(p.violent_kept >= 1);
	/* a device set off to intimidate is meant; fireworks that went
	 * off have a cause */
	probe("Police believe the device was set off to intimidate the "
	    "owner.", &p);
	assert_true(p.fr.intent > 0);
	probe("A box of fireworks exploded in a garage on Tuesday.", &p);
	assert_int_equal(p.fr.intent, 0);
	assert_true(p.fr.cause > 0);
	/* police video of a shooting released is looked back on */
	probe("Police released body camera footage of the shooting on "
	    "Wednesday.", &p);
	assert_int_equal(p.violent_kept, 0);
	assert_true(p.fr.retro > 0);
	probe("A gunman shot two officers on Monday, police said after "
	    "reviewing body camera footage.", &p);
	assert_true(p.violent_kept >= 2);
	assert_int_equal(p.fr.retro, 0);
	/* acts in the plural after "a wave of" are a trend, unless the
	 * sentence names their day */
	probe("Shopkeepers react to a wave of extortion and shootings.", &p);
	assert_int_equal(p.violent_kept, 0);
	probe("A wave of shootings hit the city on Saturday.", &p);
	assert_true(p.violent_kept >= 1);
	probe("Gunmen killed two guards in a wave of attacks on farms on "
	    "Monday.", &p);
	assert_true(p.violent_kept >= 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_metaphor),
		cmocka_unit_test(test_crime_desk_frames),
		cmocka_unit_test(test_retro_and_dated),
		cmocka_unit_test(test_plot_cause_intent),
		cmocka_unit_test(test_agents),
		cmocka_unit_test(test_decisions),
		cmocka_unit_test(test_denial_and_clauses),
		cmocka_unit_test(test_news_cases),
		cmocka_unit_test(test_aftermath_cases),
		cmocka_unit_test(test_aftermath_frames),
		cmocka_unit_test(test_reaction_cases),
		cmocka_unit_test(test_frame_q_cases),
		cmocka_unit_test(test_disaster_cases),
		cmocka_unit_test(test_news_forms),
		cmocka_unit_test(test_news_form_frames),
		cmocka_unit_test(test_roundup_item_is_whole_text),
		cmocka_unit_test(test_street_cases),
		cmocka_unit_test(test_court_role_cases),
		cmocka_unit_test(test_remember_cases),
		cmocka_unit_test(test_setting_cases),
		cmocka_unit_test(test_reason_cases),
		cmocka_unit_test(test_loose_cases),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
