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
		cmocka_unit_test(test_denial_and_clauses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
