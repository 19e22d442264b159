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
	/* attackers among the subsets after an active verb's count, and in
	 * a list of subsets after a phrase */
	{ "Gunmen killed 10 people, including two attackers, at a market.",
	    10, 2, -1, 0 },
	{ "At least 67 people were killed, including 27 soldiers and 40 "
	    "assailants, over a day.", 67, 40, -1, 1 },
	{ "Five people were killed in the clash, including two officers, "
	    "two assailants, and one civilian.", 5, 2, -1, 0 },
	/* a passive with no subject of its own takes the subject of the
	 * clause it is joined to, the attacker when that one attacked */
	{ "A man stabbed three people before being shot dead by police.",
	    1, 1, 3, 0 },
	{ "An assailant attempted to abduct a trader near the market but was "
	    "killed when guards opened fire.", 1, 1, -1, 0 },
	{ "The assailant, who was riding the bike, was killed and five others "
	    "were injured in the blast.", 1, 1, 5, 0 },
	{ "A man killed two people before he was shot dead by police.", 3, 1,
	    -1, 0 },
	{ "Gunmen abducted two police officers. The two officers were tied up "
	    "and taken to a farm before being shot and killed a short time "
	    "later.", 2, 0, -1, 0 },
	/* those stabbed are wounded, less the dead among them */
	{ "A man stabbed three people at a station, killing one.", 1, 0, 2,
	    0 },
	{ "A man killed two people and stabbed three others.", 2, 0, 3, 0 },
	{ "A man stabbed four people. One of the victims was seriously hurt.",
	    0, 0, 4, 0 },
	/* deaths told without a count: the wounded figure stands */
	{ "A man stabbed five people at a station, killing several of them. "
	    "Two others were injured.", -1, -1, 2, 0 },
	/* the object before "to death" is the dead, not the subject; a
	 * death sentence is no death */
	{ "An attacker stabbed a teacher to death and wounded three other "
	    "people.", 1, 0, 3, 0 },
	{ "A man wielding a machete hacked three traders to death and wounded "
	    "four others.", 3, 0, 4, 0 },
	{ "A court sentenced seven militants to death on Monday.", -1, -1, -1,
	    0 },
	/* bodies are the dead, not the wounded, wherever they are taken */
	{ "Gunmen killed a farmer. His body was taken to the hospital.", 1, 0,
	    -1, 0 },
	{ "Gunmen attacked a bus. The bodies of five passengers were taken to "
	    "hospital.", 5, 0, -1, 0 },
	{ "Assailants abducted a township secretary. Kyaw's body was "
	    "discovered five days later.", 1, 0, -1, 0 },
	{ "Police said the bomber had explosives strapped to her body.", -1,
	    -1, -1, 0 },
	/* "the remaining", "two more", "two other" add to the sentences
	 * before */
	{ "Gunmen abducted 35 people. One person was killed and 17 hostages "
	    "were released. The bodies of the remaining seventeen hostages "
	    "were discovered in June.", 18, 0, -1, 0 },
	{ "An assailant stabbed and injured a police officer. Two more "
	    "officers were injured before the assailant was shot and killed.",
	    1, 1, 3, 0 },
	{ "Assailants shot and killed a party official. Two other family "
	    "members were killed in the attack.", 3, 0, -1, 0 },
	/* a dateline ends before the clause: its place names are no
	 * people */
	{ "ABIDJAN, Ivory Coast (Reuters) - An attack on a checkpoint in the "
	    "north left eleven officers dead, the ministry said.", 11, 0, -1,
	    0 },
	/* the attacker among the dead after an active count */
	{ "A suicide bomber blew himself up in a tea shop, killing nine "
	    "people including himself and wounding 14 others.", 9, 1, 14, 0 },
	{ "An explosion ripped through a mosque, killing seven people, "
	    "including the suspected suicide bomber, and wounding 35.", 7, 1,
	    35, 0 },
	{ "At least 20 people were killed, including the attacker, and more "
	    "than 40 wounded when a bomber attacked a mosque.", 20, 1, 40, 1 },
	/* more objects of one active verb */
	{ "Rebels blew up a vehicle, killing eight commandos and their "
	    "civilian driver.", 9, 0, -1, 0 },
	{ "A bomb exploded as a patrol passed, killing two rangers and "
	    "wounding another.", 2, 0, 1, 0 },
	{ "Security forces ended the siege, killing all four attackers. "
	    "Eleven civilians and two soldiers also died.", 17, 4, -1, 0 },
	/* lists of names with appositions: "and" inside an apposition
	 * joins no one; an attacker noun is a person, not an attack */
	{ "Assailants shot and killed Danilo Galindo, a social leader and an "
	    "official of the mayor's office, and his son in Fortul.", 2, 0,
	    -1, 0 },
	{ "Gunmen shot and killed First Lieutenant Ali Kizawi, a brigade "
	    "officer, and another officer on a road.", 2, 0, -1, 0 },
	{ "Gunmen killed Hussein Al-Najm and Alaa Al-Smadi in Tal Shihab.", 2,
	    0, -1, 0 },
	{ "Gunmen shot and killed a military prosecutor between Goma and "
	    "Rutshuru.", 1, 0, -1, 0 },
	{ "Father Carlassare, a Bishop-elect and Combonian missionary, and a "
	    "nun were injured in the assault.", 0, 0, 2, 0 },
	{ "Former district governor Abdul Noori, a security chief, and one "
	    "soldier were killed in the blast.", 2, 0, -1, 0 },
	{ "Jan Mohammad, a tribal elder, and one assailant were killed in the "
	    "attack.", 2, 1, -1, 0 },
	{ "The district police chief and four assailants were killed in the "
	    "clash.", 5, 4, -1, 0 },
	{ "Gunmen shot and killed a National Directorate of Security (NDS) "
	    "officer and his son, a ministry employee, in Kabul.", 2, 0, -1,
	    0 },
	/* "the hostages", "the victims": the people last counted as the
	 * object of a violent verb */
	{ "Assailants abducted three civilians in Tamboral. The hostages were "
	    "shot and killed shortly after.", 3, 0, -1, 0 },
	{ "Assailants assaulted two teenagers in Brooklyn. The victims were "
	    "injured in the attack.", 0, 0, 2, 0 },
	{ "Gunmen opened fire on a bus carrying 40 passengers. The victims "
	    "were injured.", 0, 0, -1, 0 },
	{ "Assailants attacked a man and his two sons at their house. The "
	    "victims were tortured before being shot and killed.", 3, 0, 0,
	    0 },
	{ "Assailants abducted two people in Babonga. The hostages were "
	    "brought back to their village and publicly executed.", 2, 0, -1,
	    0 },
	{ "Four soldiers were killed and four others were abducted. One of "
	    "the hostages managed to escape but was injured.", 4, 0, 1, 0 },
	/* an attacker wounded as he is stopped is not counted wounded */
	{ "A teenager attacked passers-by with an axe, injuring three people, "
	    "before being shot and wounded by police.", 0, 0, 3, 0 },
	/* an adverb between the auxiliary and the participle */
	{ "Eleven people were summarily executed in the attack.", 11, 0, -1,
	    0 },
	{ "Two soldiers were fatally shot at a checkpoint.", 2, 0, -1, 0 },
	/* "killed or injured" is neither count */
	{ "At least 100 people were killed or injured in the attacks.", -1,
	    -1, -1, 0 },
	/* "a couple" is two people */
	{ "Gunmen shot and killed a couple at their farm.", 2, 0, -1, 0 },
	/* "two of whom": the relative clause's subject; the wounded who
	 * died are counted dead, and a part named in passing adds none */
	{ "Three civilians were injured in the blast, two of whom were later "
	    "shot and killed.", 2, 0, 1, 0 },
	{ "Five people were wounded, two of whom later died.", 2, 0, 3, 0 },
	{ "At least eight people, three of whom had been held hostage, were "
	    "killed in the attack.", 8, 0, -1, 1 },
	/* "30 others" in a sentence that also gives the toll adds nothing
	 * to the sentences before */
	{ "Police say at least five people were killed. The death toll has "
	    "risen to 19, with 30 others wounded.", 19, 0, 30, 0 },
	/* the one "who" stands for; the agent after "by" is the attacker
	 * only while the dead so far are victims */
	{ "A police officer was stabbed to death at a station by a man who was "
	    "then shot dead by officers.", 2, 1, -1, 0 },
	{ "A man attacked a police station, killing two constables before "
	    "being shot dead by a third officer, who was wounded.", 3, 1, 1,
	    0 },
	/* a total "including the attackers" takes in those counted
	 * elsewhere */
	{ "Three gunmen were killed. Five people, including the attackers, "
	    "were killed.", 5, 3, -1, 0 },
	/* "the dead" names no count but says there were deaths */
	{ "A bomb exploded in the market. The dead and injured were taken to "
	    "hospital.", -1, -1, -1, 0 },
	/* a range in words is its low end, a lower bound */
	{ "One official was killed and one to two others were injured.", 1,
	    0, 1, 1 },
	{ "The death toll rose from 12 to 20 on Saturday.", 20, 0, -1, 0 },
	/* an attacker shooting himself */
	{ "A student opened fire at a school, killing a teacher and a "
	    "classmate before shooting himself dead.", 3, 1, -1, 0 },
	/* a toll is the figure it rose to; an earlier toll is revised */
	{ "The toll from an attack by hundreds of gunmen on a village in "
	    "western Niger has risen to forty-four, the government said.", 44,
	    0, -1, 0 },
	{ "Bandits killed twenty-seven villagers in a raid, police said, "
	    "raising an earlier toll of nine.", 27, 0, -1, 0 },
	/* the object read is not the subject of a later verb */
	{ "Masked gunmen shot dead a journalist outside his home on Monday "
	    "night, the commissioner said, the third reporter killed this "
	    "year.", 1, 0, -1, 0 },
	/* "a dozen" is one count, not a person and a count; "a" before
	 * a person is still one */
	{ "A dozen people were killed when a gunman opened fire in a "
	    "supermarket.", 12, 0, -1, 0 },
	{ "A teacher was killed and a dozen pupils were injured in the "
	    "attack.", 1, 0, 12, 0 },
	/* an age between "a" and the person word */
	{ "A 40-year-old man died after being stabbed on a tram on "
	    "Saturday.", 1, 0, -1, 0 },
	{ "A bomb killed 40 people and wounded a 12-year-old boy.", 40, 0, 1,
	    0 },
	/* the one who speaks is not counted with what is said */
	{ "A community leader said 19 bodies had been recovered after "
	    "gunmen raided the village.", 19, 0, -1, 0 },
	{ "Gunmen raided the village. Two people, police said, were "
	    "killed.", 2, 0, -1, 0 },
	/* "a man who attacked ...": the attacker, not those he attacked */
	{ "A man who attacked two police officers with a knife was shot "
	    "dead by police. Both officers were wounded.", 1, 1, 2, 0 },
	{ "A man who stabbed four people at a shopping centre, killing one, "
	    "was shot dead by police.", 2, 1, 3, 0 },
	{ "A man who was riding a motorbike was shot dead by gunmen on "
	    "Sunday.", 1, 0, -1, 0 },
	/* "the injured" after a verb is a noun; a label's number no count */
	{ "Six policemen were martyred and nine others injured when a "
	    "bomber struck. Rescue 1122 shifted the injured to hospital.", 6,
	    0, 9, 0 },
	/* "two of them" with a noun of its own is a part of the subject */
	{ "Three foreign tourists, two of them German nationals, were shot "
	    "dead by gunmen.", 3, 0, -1, 0 },
	{ "Eight people, three of whom had been held hostage, were killed.",
	    8, 0, -1, 0 },
	/* wounds told by where they are; the agent of a wounding is no
	 * subject of a later death */
	{ "An opposition politician was shot in the leg by gunmen outside "
	    "his home.", 0, 0, 1, 0 },
	{ "A man was shot in the leg by gunmen and later died in hospital.",
	    1, 0, 0, 0 },
	{ "A man was wounded by gunmen on Sunday and later died in "
	    "hospital.", 1, 0, 0, 0 },
	{ "A man was killed and his wife was hospitalised after gunmen "
	    "attacked their home.", 1, 0, 1, 0 },
	{ "A woman suffered serious burns after a man threw acid at her.", 0,
	    0, 1, 0 },
	{ "A man was lynched by a mob over theft rumours.", 1, 0, -1, 0 },
	{ "A pupil died and two others were injured in a stabbing at a "
	    "school.", 1, 0, 2, 0 },
	/* the longer casualty phrase at a token decides: dead, not hurt */
	{ "A man was beaten to death by a mob on Sunday, police said.", 1, 0,
	    -1, 0 },
	{ "A man was badly beaten by a mob on Sunday, police said.", 0, 0, 1,
	    0 },
	/* a death joined to the wounding just told: the wounded died */
	{ "A man was beaten and burned to death by a crowd on Sunday.", 1, 0,
	    0, 0 },
	/* candles lit for the dead are no head count */
	{ "Students lit 148 candles for the students shot dead by gunmen on "
	    "the campus.", -1, -1, -1, 0 },
	/* a toll is the total, the deaths that raised it in it; a count
	 * for the year is no toll of this attack */
	{ "Gunmen attacked a market on Friday. Four more victims died in "
	    "hospital on Saturday, raising the death toll to 23.", 23, 0, -1,
	    0 },
	{ "Three men were shot dead at a bar on Friday, pushing the country's "
	    "murder toll past 400 for the year.", 3, 0, -1, 0 },
	/* a suicide bomber is added to a count of victims, not to a toll */
	{ "The death toll from the suicide bombing at the hotel rose to 19, "
	    "officials said.", 19, 0, -1, 0 },
	{ "A suicide bomber killed 12 people at a market on Friday.", 13, 1,
	    -1, 0 },
	/* a comma ends the object before a list of sources */
	{ "Gunmen shot dead a dozen people, residents and a local official "
	    "said.", 12, 0, -1, 0 },
	{ "Gunmen killed eight pupils and a security guard on Monday.", 9, 0,
	    -1, 0 },
	/* care that tells of wounds */
	{ "A woman is in hospital with serious burns after a man threw acid "
	    "in her face.", 0, 0, 1, 0 },
	{ "A bomb went off near a checkpoint. Two constables died at the "
	    "scene and four passers-by were taken to the civil hospital.", 2,
	    0, 4, 0 },
	{ "Three people were killed in a shooting at a school. Two others "
	    "were being treated in hospital for gunshot wounds.", 3, 0, 2, 0 },
	{ "The mayor was shot and wounded as he left the town hall on "
	    "Sunday.", 0, 0, 1, 0 },
	{ "A gunman killed four co-workers at a warehouse before turning the "
	    "gun on himself.", 5, 1, -1, 0 },
	{ "Six jawans were killed and two injured when Maoists triggered an "
	    "IED blast.", 6, 0, 2, 0 },
	/* "their" before one person; a plural head is no count */
	{ "Armed men abducted three aid workers on Friday and shot dead "
	    "their driver.", 1, 0, -1, 0 },
	{ "Gunmen shot dead their children on Friday.", -1, -1, -1, 0 },
	/* the dead found, the wounded who got away */
	{ "Five members of one family were found shot dead inside their home "
	    "on Saturday.", 5, 0, -1, 0 },
	{ "Gunmen killed 14 farmers on Thursday. Two other men escaped with "
	    "gunshot wounds and are receiving treatment in hospital.", 14, 0,
	    2, 0 },
	{ "Separatists abducted four councillors. The body of one of them "
	    "was found on Monday, officials said.", 1, 0, -1, 0 },
	/* "him" joined to the people with him */
	{ "A roadside bomb struck the car of the deputy governor, killing "
	    "him and two of his guards.", 3, 0, -1, 0 },
	{ "Gunmen ambushed the judge on Tuesday, killing her and her "
	    "driver.", 2, 0, -1, 0 },
	{ "Gunmen shot the judge on Tuesday, injuring her and wounding two "
	    "guards.", 0, 0, 3, 0 },
	/* hit by gunfire is hurt */
	{ "A candidate was shot dead at a campaign event. Two supporters "
	    "were also hit and taken to hospital.", 1, 0, 2, 0 },
	/* a phrase between commas after a counted subject names them
	 * again; a list with counts of its own adds up */
	{ "Two suicide bombers attacked the gate. Both bombers, a married "
	    "couple, died.", 2, 2, -1, 0 },
	{ "Gunmen attacked the gate. Two guards, a father and son, died.", 2,
	    0, -1, 0 },
	{ "Gunmen attacked the gate. Two guards, a cook and a driver were "
	    "killed.", 4, 0, -1, 0 },
	/* a stabbing participle right after the people stabbed; the
	 * attackers before an active verb are not the ones hurt */
	{ "A woman was among four people stabbed at a supermarket on "
	    "Saturday, police said.", 0, 0, 4, 0 },
	{ "Two gunmen wounded three guards on Saturday.", 0, 0, 3, 0 },
	/* "in X, Y,": the name after the comma goes on with the place */
	{ "Six road workers in Kinda, Northern Province, were shot dead by "
	    "rebels.", 6, 0, -1, 0 },
	{ "Two soldiers, Subedar Yousaf and Sepoy Hazrat Ali, were killed "
	    "in Kurram.", 2, 0, -1, 0 },
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
