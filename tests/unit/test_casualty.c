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
	{ "Assailants shot and killed a traffic policeman in Kandahar.",
	    1, 0, -1, 0 },
	/* Injuries of unknown number, and no death reported: nobody died
	 * (a report gives deaths first), injured stays unknown. */
	{ "An unknown number of people were hurt in the explosion.",
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
	{ "One guard was killed and another was hurt at the depot.",
	    1, 0, 1, 0 },
	{ "A gunman killed two men in a bar, wounded a woman and then "
	    "killed himself.", 3, 1, 1, 0 },
	/* "twin" describes the bombings, not the toll. */
	{ "The death toll from the twin bombings at the market rose to 35 "
	    "on Saturday, officials said.", 35, 0, -1, 0 },
	/* A dateline of city and province ends at its dash; the subject
	 * after it is read whole. */
	{ "DIPOLOG, Zamboanga Norte — A town treasurer and his nephew were "
	    "killed when gunmen opened fire on their jeep on Monday.",
	    2, 0, -1, 0 },
	{ "CALBAYOG, Samar — A radio commentator and his companion were shot "
	    "dead by gunmen on Sunday.", 2, 0, -1, 0 },
	/* "a former rebel who surrendered ... was shot dead": "who" and a
	 * clause of its own stand for one person, whatever the noun */
	{ "A former rebel who surrendered to the army was shot dead at his "
	    "farm on Sunday.", 1, 0, -1, 0 },
	/* "associates": the people with a victim, as "companions" */
	{ "A trader was shot dead at his shop on Monday. Two of his "
	    "associates escaped with injuries.", 1, 0, 2, 0 },
	/* "martyring": the active of South Asian English's "martyred" */
	{ "Militants attacked a checkpost on Sunday, martyring three "
	    "soldiers and injuring two.", 3, 0, 2, 0 },
	/* A year in the clause before the verb dates it; it counts nobody. */
	{ "A teacher who joined the school in 2019 was shot dead in her "
	    "classroom on Monday.", 1, 0, -1, 0 },
	{ "A trader who survived the 2017 market bombing was killed by a "
	    "grenade at his stall on Tuesday.", 1, 0, -1, 0 },
	/* A 25-year-old is one person, not 25. */
	{ "A 25-year-old man was killed in the shooting.", 1, 0, -1, 0 },
	/* Statements that nobody (else) was hurt, in open forms. */
	{ "A gunman opened fire on guards. The gunman was shot dead and "
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
	{ "Okafor and his driver were injured in the ambush.", 0, 0, 2, 0 },
	{ "The scholar and two others were wounded in the explosion.", 0, 0,
	    3, 0 },
	{ "Two children and their mother were injured.", 0, 0, 3, 0 },
	{ "Moreno, the ward clerk, and his wife were injured.",
	    0, 0, 2, 0 },
	/* an apposition or a breakdown adds nobody */
	{ "Two people, a nurse and a shopkeeper, were injured in the "
	    "explosion.", 0, 0, 2, 0 },
	{ "Two soldiers, Havildar Rana and Sepoy Imtiaz Khan, were injured "
	    "in the explosion.", 0, 0, 2, 0 },
	{ "Ruiz, the harbour master and treasurer of the guild, was "
	    "injured in the attack.", 0, 0, 1, 0 },
	/* "the remaining injured" are those left of the wounded counted
	 * before: the count now when some died, never one more */
	{ "Eight people were shot dead and three wounded at a tavern on "
	    "Saturday. On Sunday, police said a ninth victim had died and "
	    "that the two remaining injured were in a critical condition.",
	    9, 0, 2, 0 },
	{ "Five people were wounded in the attack on Monday. Two were "
	    "discharged and the remaining three injured are stable.",
	    0, 0, 5, 0 },
	/* the one who tells what happened is no victim of it */
	{ "Bandits stormed the mosque on Tuesday. A resident told reporters "
	    "that one man was shot dead while trying to escape.", 1, 0, -1,
	    0 },
	{ "Gunmen attacked the village on Monday. The chief told the BBC that "
	    "two farmers were killed.", 2, 0, -1, 0 },
	/* "them" before "to death" is the people counted before it */
	{ "A mob beat two men and burned them to death in the square on "
	    "Sunday.", 2, 0, -1, 0 },
	{ "Gunmen abducted three farmers and hacked them to death on "
	    "Monday.", 3, 0, -1, 0 },
	/* the number of an age after "his" or "her" counts nobody; a
	 * count there does */
	{ "Gunmen shot dead a community leader and his 19-year-old son at "
	    "their home on Saturday.", 2, 0, -1, 0 },
	{ "Gunmen shot dead a farmer and his two sons at their home on "
	    "Saturday.", 3, 0, -1, 0 },
	/* ages and "both ..." set off by commas are appositions */
	{ "John Smith, 45, and his wife, 42, were killed when gunmen opened "
	    "fire on their car.", 2, 0, -1, 0 },
	{ "Smith and his wife, both in their 60s, were killed in the attack.",
	    2, 0, -1, 0 },
	{ "A police officer, a soldier and two civilians were killed in the "
	    "blast.", 4, 0, -1, 0 },
	/* the verb left out after the first clause */
	{ "One night watchman was killed and another injured at the "
	    "warehouse.", 1, 0, 1, 0 },
	{ "One ranger was killed and a second was injured.", 1, 0,
	    1, 0 },
	/* "Six people were killed, including ..." ends at the last "and" */
	{ "Six people were killed, including two officers of the town guard "
	    "and three people were injured in the raid.", 6, 0, 3, 0 },
	/* the wounded who later died are among the dead */
	{ "One constable was wounded in the explosion and later died of his "
	    "wounds.", 1, 0, 0, 0 },
	/* a range is its low end, a lower bound */
	{ "At least 5-7 soldiers were injured in the attack.", 0, 0, 5, 1 },
	/* a definite plural subject counted in an earlier sentence */
	{ "Assailants abducted four boys in the village. The boys were "
	    "killed shortly thereafter.", 4, 0, -1, 0 },
	{ "Gunmen shot and killed a member of the Coastal Defence Forces "
	    "in Port Loko.", 1, 0, -1, 0 },
	{ "Gunmen shot and killed farm union leader Ramon Ortega.", 1, 0,
	    -1, 0 },
	{ "Assailants dropped a stone and hit her in the head, injuring "
	    "her.", 0, 0, 1, 0 },
	/* a label is no count; "death threats" are no deaths */
	{ "The commander of Police Precinct 4 was killed in the ambush.",
	    1, 0, -1, 0 },
	{ "Gunmen shot and killed a journalist. He had been receiving death "
	    "threats.", 1, 0, -1, 0 },
	/* "In addition," adds to the sentence before */
	{ "Gunmen opened fire on the convoy; one of the guards was hurt. "
	    "In addition, one attacker was killed and two were wounded.",
	    1, 1, 3, 0 },
	/* a period ending a rank or an initial does not end the clause */
	{ "Eight people, including Lt. Col. Emile Barankitse, were killed "
	    "in the ambush.", 8, 0, -1, 0 },
	{ "Three guards, including Maj. J. Okello, were injured in the "
	    "attack.", 0, 0, 3, 0 },
	{ "Five soldiers were killed, including Capt. A. Khan, and two were "
	    "wounded.", 5, 0, 2, 0 },
	{ "Osei and Dr. Mensah were killed in the attack.", 2, 0, -1, 0 },
	{ "Dr. Mensah and his driver were killed in the shooting.", 2, 0, -1,
	    0 },
	/* "before" joins a second verb of the same subject */
	{ "Two farmers were blindfolded before being shot and killed by "
	    "assailants.", 2, 0, -1, 0 },
	{ "One police officer was injured before succumbing to his wounds.",
	    1, 0, 0, 0 },
	/* a clause with a verb of its own is not the subject */
	{ "Ten hostages were freed and one hostage was beheaded by the "
	    "kidnappers.", 1, 0, -1, 0 },
	/* attackers named as a subset after the verb */
	{ "At least 67 people were killed, including 40 attackers, during "
	    "the raid.", 67, 40, -1, 1 },
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
	{ "At least 67 persons were killed, including 27 troops and 40 "
	    "attackers, over a day.", 67, 40, -1, 1 },
	{ "Five people were killed in the firefight, including two guards, "
	    "two gunmen, and one bystander.", 5, 2, -1, 0 },
	/* a passive with no subject of its own takes the subject of the
	 * clause it is joined to, the attacker when that one attacked */
	{ "A man stabbed three people before being shot dead by police.",
	    1, 1, 3, 0 },
	{ "An assailant attempted to abduct a trader near the market but was "
	    "killed when guards opened fire.", 1, 1, -1, 0 },
	{ "The attacker, who was driving the van, was killed and five others "
	    "were hurt in the explosion.", 1, 1, 5, 0 },
	{ "A man killed two people before he was shot dead by police.", 3, 1,
	    -1, 0 },
	{ "Gunmen seized two police officers. The two officers were "
	    "blindfolded and driven to a quarry before being shot and killed "
	    "an hour later.", 2, 0, -1, 0 },
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
	{ "Assailants abducted a village clerk. Htet's body was "
	    "discovered three days later.", 1, 0, -1, 0 },
	{ "Police said the bomber had explosives strapped to her body.", -1,
	    -1, -1, 0 },
	/* "the remaining", "two more", "two other" add to the sentences
	 * before */
	{ "Gunmen kidnapped 35 travellers. One man was killed and 17 "
	    "hostages were freed. The bodies of the remaining seventeen "
	    "hostages turned up in a forest in June.", 18, 0, -1, 0 },
	{ "An attacker stabbed and injured a police officer. Two more "
	    "officers were hurt before the attacker was shot and killed.",
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
	{ "Assailants shot and killed Mateo Rincon, a youth coach and a "
	    "member of the parish council, and his son in the town square.",
	    2, 0, -1, 0 },
	{ "Gunmen shot and killed First Lieutenant Omar Haddad, a battalion "
	    "officer, and another officer at a checkpoint.", 2, 0, -1, 0 },
	{ "Gunmen killed Karim Al-Hassan and Samir Al-Rawi in Jasim.", 2,
	    0, -1, 0 },
	{ "Gunmen shot and killed a military judge between Bukavu and "
	    "Uvira.", 1, 0, -1, 0 },
	{ "Father Moretti, a parish priest and Jesuit teacher, and a "
	    "nun were hurt in the raid.", 0, 0, 2, 0 },
	{ "Former provincial governor Habib Rahimi, a police chief, and one "
	    "soldier were killed in the explosion.", 2, 0, -1, 0 },
	{ "Nasir Gul, a shopkeeper, and one assailant were killed in the "
	    "shootout.", 2, 1, -1, 0 },
	{ "The deputy police commander and four assailants were killed in "
	    "the gunfight.", 5, 4, -1, 0 },
	{ "Gunmen shot and killed a Directorate of Customs (DOC) officer "
	    "and his son, a bank clerk, in Herat.", 2, 0, -1, 0 },
	/* "the hostages", "the victims": the people last counted as the
	 * object of a violent verb */
	{ "Assailants abducted three traders near the river. The hostages "
	    "were shot and killed soon afterwards.", 3, 0, -1, 0 },
	{ "Assailants assaulted two teenagers in Leeds. The victims were "
	    "hurt in the assault.", 0, 0, 2, 0 },
	{ "Gunmen opened fire on a bus carrying 40 passengers. The victims "
	    "were injured.", 0, 0, -1, 0 },
	{ "Assailants attacked a farmer and his two sons in their field. The "
	    "victims were beaten before being shot and killed.", 3, 0, 0,
	    0 },
	{ "Assailants abducted two people near Likati. The hostages were "
	    "taken back to their camp and publicly executed.", 2, 0, -1,
	    0 },
	{ "Four guards were killed and four others were kidnapped. One of "
	    "the hostages escaped but was wounded.", 4, 0, 1, 0 },
	/* an attacker wounded as he is stopped is not counted wounded */
	{ "A teenager attacked passers-by with an axe, injuring three people, "
	    "before being shot and wounded by police.", 0, 0, 3, 0 },
	/* an adverb between the auxiliary and the participle */
	{ "Eleven people were summarily executed in the attack.", 11, 0, -1,
	    0 },
	{ "Two soldiers were fatally shot at a checkpoint.", 2, 0, -1, 0 },
	/* "killed or injured" is neither count */
	{ "At least 100 civilians were killed or injured in the bombings.",
	    -1, -1, -1, 0 },
	/* "a couple" is two people */
	{ "Gunmen shot and killed a couple at their shop.", 2, 0, -1, 0 },
	/* "two of whom": the relative clause's subject; the wounded who
	 * died are counted dead, and a part named in passing adds none */
	{ "Three civilians were wounded in the explosion, two of whom were "
	    "later shot dead.", 2, 0, 1, 0 },
	{ "Five people were wounded, two of whom later died.", 2, 0, 3, 0 },
	{ "At least eight villagers, three of whom had been kidnapped, were "
	    "killed in the raid.", 8, 0, -1, 1 },
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
	{ "One clerk was shot dead and one to two others were hurt.", 1,
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
	/* ... also when the agent follows a second wounding verb */
	{ "A man accused of theft was beaten and set alight by a crowd of "
	    "residents on Sunday and died at the scene.", 1, 0, 0, 0 },
	/* a death with a subject of its own is not the wounded one's */
	{ "A guard was beaten and tied up by robbers on Sunday and two "
	    "customers died in the fire they set.", 2, 0, 1, 0 },
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
	/* a phrase that qualifies the people counted before the second
	 * conjunct; a conjunct that is no person after it counts nobody */
	{ "Three gunmen stormed a guesthouse, killing four engineers employed "
	    "by a road construction company and a security guard.", 5, 0,
	    -1, 0 },
	{ "Militants killed six members of a family in Kunar and two police "
	    "officers.", 8, 0, -1, 0 },
	{ "An extremist killed 77 people in a bombing in the capital and a "
	    "shooting at a youth camp.", 77, 0, -1, 0 },
	{ "Gunmen killed two teachers at the school and a horse.", 2, 0, -1,
	    0 },
	/* people after "and" with a verb of their own start a clause */
	{ "Gunmen killed three people and a guard was wounded.", 3, 0, 1, 0 },
	{ "Gunmen killed three villagers and two soldiers were wounded in "
	    "the attack.", 3, 0, 2, 0 },
	{ "Gunmen killed three people and a guard who was on duty.", 4, 0,
	    -1, 0 },
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
	/* the count after "hit by" is who struck, not who died */
	{ "A man was hit by two men and later died in hospital, police "
	    "said on Sunday.", 1, 0, -1, 0 },
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
	{ "Two soldiers, Havildar Rana and Sepoy Imtiaz Khan, were killed "
	    "in Kohat.", 2, 0, -1, 0 },
	/* a negation carries over "or" to a second casualty word */
	{ "A grenade was thrown at a police station on Monday. No one was "
	    "killed or injured.", 0, 0, 0, 0 },
	{ "A bomb exploded at a market on Monday. No deaths or injuries "
	    "were reported.", 0, 0, 0, 0 },
	{ "A bomb exploded at a market on Monday, killing two people. No one "
	    "else was injured.", 2, 0, 0, 0 },
	/* "lives" counts the dead only after a number */
	{ "A grenade exploded outside a block of flats on Monday. Police "
	    "said a relative of a gang leader lives in the building.",
	    -1, -1, -1, 0 },
	{ "A bomb exploded at the market on Monday. The blast claimed 12 "
	    "lives, police said.", 12, 0, -1, 0 },
	/* the toll of a whole conflict is background */
	{ "Gunmen killed at least 30 civilians in a village on Saturday, "
	    "officials said. Attacks by armed groups have killed thousands of "
	    "people in the region.", 30, 0, -1, 1 },
	{ "Gunmen have killed 30 civilians in a village attack, officials "
	    "said on Saturday.", 30, 0, -1, 0 },
	/* attackers counted before a toll in its sentence are in it */
	{ "Gunmen stormed a hotel on Friday. Fourteen civilians were killed, "
	    "and security forces shot dead all four attackers, bringing the "
	    "overall death toll to 18.", 18, 4, -1, 0 },
	{ "Gunmen stormed a hotel on Friday. Four more victims died in "
	    "hospital on Saturday, bringing the death toll to 18.",
	    18, 0, -1, 0 },
	/* a name with the kind of place after it, then the rest of the
	 * place after a comma; people listed after a district */
	{ "Two construction workers in Yahukimo regency, Highland Papua, "
	    "were shot dead by an armed group on Thursday.", 2, 0, -1, 0 },
	{ "Two guards in Kinda district, a driver and a cook were shot dead "
	    "by rebels.", 4, 0, -1, 0 },
	/* the subject of the act dies by his own hand, not its object */
	{ "A student beat his teacher and then turned the gun on himself "
	    "inside a classroom on Thursday, police said.", 1, 1, -1, 0 },
	{ "Two gunmen opened fire on worshippers and then blew themselves "
	    "up.", 2, 2, -1, 0 },
	/* a person after "their" may have one word before it; a beast
	 * is no person */
	{ "Gunmen opened fire on tourists on Friday, killing two tourists "
	    "and their Afghan guide.", 3, 0, -1, 0 },
	{ "Gunmen opened fire on tourists on Friday, killing two tourists "
	    "and their pack horses.", 2, 0, -1, 0 },
	/* those still in hospital, or taken there, were hurt; bodies taken
	 * there are the dead */
	{ "A gunman killed three people at a mall on Saturday. Seven other "
	    "people remain hospitalized.", 3, 0, 7, 0 },
	{ "Gunmen stormed a mall on Saturday; at least four people have been "
	    "killed and 12 taken to hospital, the Red Cross said.",
	    4, 0, 12, 1 },
	{ "Gunmen stormed a mall on Saturday; the bodies of four people were "
	    "taken to hospital.", 4, 0, -1, 0 },
	/* wounds told by the body: one person; people after "her" are
	 * counted as they are */
	{ "A parcel bomb exploded on Monday as an employee opened it, "
	    "injuring her hands and face.", 0, 0, 1, 0 },
	{ "A parcel bomb exploded on Monday, injuring her husband and two "
	    "children.", 0, 0, 3, 0 },
	/* shot in a part of the body and not said to die: one wounded;
	 * one who died of it is dead, not also wounded */
	{ "A man was shot in the chest outside a bar on Friday, police "
	    "said.", 0, 0, 1, 0 },
	{ "A man was shot in the chest outside a bar on Friday and died at "
	    "the scene, police said.", 1, 0, 0, 0 },
	/* ... in the perfect tense a lead is written in */
	{ "A man has been shot in the leg outside his home, police said.",
	    0, 0, 1, 0 },
	{ "Two men have been shot in the legs outside a gym on Tuesday.",
	    0, 0, 2, 0 },
	/* a total of the year so far is background; the day's attack
	 * called the year's deadliest is not */
	{ "Gunmen shot dead a bus driver on Monday, police said. Transport "
	    "unions said more than 30 drivers had been killed this year.",
	    1, 0, -1, 0 },
	{ "A bomb killed 12 people at a market on Monday, the deadliest "
	    "attack this year, police said.", 12, 0, -1, 0 },
	/* a running toll, in the perfect with the span it counts over or
	 * the conflict it belongs to, is background, in the lede's own
	 * sentence too; a toll since the day's attack, or a span that
	 * measures that attack against others, is the day's */
	{ "Gunmen killed three farmers in a village on Tuesday, police said, "
	    "in the latest flare-up of ethnic violence that has killed "
	    "hundreds since 2023.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers in a village on Tuesday, the "
	    "deadliest of 12 attacks that have killed 50 people so far this "
	    "month.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers on Tuesday; 45 people have been "
	    "killed in such attacks this year.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers in a village on Tuesday. Clashes "
	    "between the two communities have left 40 dead since March.",
	    3, 0, -1, 0 },
	{ "Gunmen killed three farmers in a village on Tuesday. Bandits have "
	    "killed 50 people in the state so far in 2024.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers on Tuesday. Since March, 45 people "
	    "have been killed in the district.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers in a village on Tuesday. The conflict "
	    "has killed more than 200 people since it began.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers on Tuesday in the latest attack in a "
	    "war that has killed 12,000 people.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers on Tuesday. The war in the north, "
	    "which has killed 12,000 people, shows no sign of ending.",
	    3, 0, -1, 0 },
	{ "Gunmen killed three farmers on Tuesday. More than 300 people have "
	    "died in the insurgency, officials said.", 3, 0, -1, 0 },
	{ "A roadside bomb wounded five soldiers on Monday in an insurgency "
	    "that has killed 2,000 people since 2019.", 0, 0, 5, 0 },
	{ "Gunmen from a group that has killed hundreds since 2019 attacked "
	    "a village on Tuesday, killing five.", 5, 0, -1, 0 },
	/* a "where" clause in the perfect tells a place's dead over its
	 * history; the day's attack there is told in the past */
	{ "Gunmen killed 11 people late Monday in a village in the north of "
	    "the state, where clashes between farmers and herders have "
	    "killed thousands, a local official said.", 11, 0, -1, 0 },
	{ "Police cordoned off the market, where a bomb killed 12 people "
	    "on Monday.", 12, 0, -1, 0 },
	/* a toll is running by the same signs: a period or a conflict */
	{ "Gunmen killed three farmers on Tuesday, raising the number of "
	    "people killed in the district this year to 45.", 3, 0, -1, 0 },
	{ "Gunmen killed three farmers on Tuesday. The death toll from the "
	    "conflict has risen to 5,000.", 3, 0, -1, 0 },
	{ "A bomb killed five people at a market on Monday. The death toll "
	    "has risen to 12 since Tuesday's blast.", 12, 0, -1, 0 },
	{ "Gunmen have killed 30 people in the deadliest attack since 2019, "
	    "police said on Tuesday.", 30, 0, -1, 0 },
	{ "Militants fighting in the war have killed 14 soldiers on Monday, "
	    "the army said.", 14, 0, -1, 0 },
	/* a story that tells no other count keeps its running toll, for
	 * the classifier to tell it a period's tally */
	{ "Militants have killed at least 45 civilians in the province since "
	    "January, officials said on Tuesday.", 45, 0, -1, 1 },
	/* a casualty word the reading drops ("a death sentence") is no
	 * count of the day that would make the running toll background */
	{ "Militants have killed at least 45 civilians in the province since "
	    "January, officials said on Tuesday. The group's leader faces a "
	    "death sentence.", 45, 0, -1, 1 },
	/* an aide is a person counted like a bodyguard */
	{ "A candidate was shot dead on Wednesday; an aide was also "
	    "wounded.", 1, 0, 1, 0 },
	{ "A candidate was shot dead on Wednesday; a bodyguard was also "
	    "wounded.", 1, 0, 1, 0 },
	/* a weekday inside the name of a day ("Easter Sunday") does not
	 * bring an earlier year's attack into the story; "on Sunday" does
	 * anchor a sentence that also names an earlier year */
	{ "Unidentified men threw a petrol bomb at a church on Saturday, "
	    "police said. No one was injured. The church lies near a "
	    "cathedral where dozens were killed in the 2019 Easter Sunday "
	    "bombings.", 0, 0, 0, 0 },
	{ "A bomb planted by militants in 2019 exploded at a church on "
	    "Sunday, killing two people.", 2, 0, -1, 0 },
	/* the day after "ago" is the one a span is counted back from */
	{ "Gunmen stormed a village on Monday, killing two people. Ten "
	    "years ago on Monday, a bomb in the same village killed 40.",
	    2, 0, -1, 0 },
	/* "no one had died" in any tense */
	{ "A man attacked shoppers with a knife on Saturday, injuring four, "
	    "police said. Police said no one had died.", 0, 0, 4, 0 },
	/* "neither was hurt" rules out harm to both people named; "neither
	 * was seriously hurt" counts them wounded */
	{ "Gunmen fired at two guards outside the bank on Monday; neither "
	    "was hurt, police said.", 0, 0, 0, 0 },
	{ "Two men were stabbed outside a bar on Saturday; neither was "
	    "seriously hurt, police said.", 0, 0, 2, 0 },
	{ "Two passengers were stabbed on a train on Wednesday; neither was "
	    "killed, police said.", 0, 0, 2, 0 },
	/* a toll revised "from" a figure leaves that figure behind */
	{ "At least 38 people were killed when gunmen raided a village on "
	    "Sunday night, the army said, revising the toll from 21 given "
	    "earlier.", 38, 0, -1, 1 },
	{ "Gunmen raided a village on Sunday night. The death toll rose "
	    "from 21 to 38 on Monday, the army said.", 38, 0, -1, 0 },
	/* a case "treated as" arson hurts nobody; people "being treated"
	 * are the wounded */
	{ "A fire was started at the door of a temple overnight. Police said "
	    "it was being treated as arson. No one was injured.",
	    0, 0, 0, 0 },
	{ "A petrol bomb was thrown into a temple overnight. Two worshippers "
	    "were being treated in hospital, police said.", 0, 0, 2, 0 },
	/* a toll told with "also" is the total, not more dead; "also"
	 * without a toll adds */
	{ "Gunmen stormed a police station, killing six officers. Three "
	    "attackers were also killed, raising the death toll to nine.",
	    9, 3, -1, 0 },
	{ "Gunmen stormed a police station, killing six officers. Three "
	    "attackers were also killed when reinforcements arrived.",
	    9, 3, -1, 0 },
	/* "in all" is every death, the attackers told before included;
	 * "in all the fighting" is no total */
	{ "Gunmen killed two officers at a post before four of the attackers "
	    "were shot dead. Six people were killed in all.", 6, 4, -1, 0 },
	{ "Gunmen killed two officers at a post. Four attackers were shot "
	    "dead in all the confusion.", 6, 4, -1, 0 },
	/* a vague amount gives way to a figure from another sentence;
	 * alone it stands */
	{ "An army commander said 11 soldiers were killed and 15 wounded. "
	    "The group said in a statement that it had killed dozens of "
	    "soldiers.", 11, 0, 15, 0 },
	{ "Dozens of people were killed when gunmen raided a village on "
	    "Sunday.", 24, 0, -1, 1 },
	{ "The army said dozens of rebels had been killed in its operations "
	    "since the start of the month. But the rebels struck back "
	    "overnight, hacking to death at least 22 civilians in a village.",
	    22, 0, -1, 1 },
	{ "Militants attacked an army base on Monday. Dozens of attackers "
	    "were killed when troops repelled the assault.", 24, 24, -1, 1 },
	/* "hacking to death", "fatally shooting": the dead come after */
	{ "Rebels raided the village overnight, hacking to death at least 22 "
	    "civilians with machetes.", 22, 0, -1, 1 },
	{ "Bandits attacked a school, fatally shooting a teacher and "
	    "injuring two pupils.", 1, 0, 2, 0 },
	{ "A student opened fire in a hallway, killing a teacher and "
	    "wounding two classmates before fatally shooting himself.",
	    2, 1, 2, 0 },
	/* a nationality before the noun is part of the subject, which
	 * "before being shot dead" shares; the victim of a passive stays
	 * a victim */
	{ "A Palestinian assailant stabbed two men at a bus stop on Sunday "
	    "before being shot dead by a passing police officer.",
	    1, 1, 2, 0 },
	{ "A Somali soldier was shot dead at a checkpoint on Sunday by "
	    "gunmen who fled.", 1, 0, -1, 0 },
	/* "a toll that included the bomber": the attackers are in it */
	{ "A suicide bomber blew himself up at a restaurant and a gunman "
	    "opened fire. Police said at least eight people were killed, a "
	    "toll that included the bomber and the gunman.", 8, 2, -1, 1 },
	{ "Gunmen opened fire at a market. Police said at least eight people "
	    "were killed, a toll that included two children.", 8, 0, -1, 1 },
	/* "a fifth person has died" is a toll of five; "a second man was
	 * wounded" is no death */
	{ "Gunfire erupted at a block party late on Saturday. A fifth person "
	    "has died, police said on Monday. Twelve other people were "
	    "wounded.", 5, 0, 12, 0 },
	{ "A gunman killed one man outside a bar on Saturday. A second man "
	    "was wounded.", 1, 0, 1, 0 },
	/* "three people, one fatally": one dead, two wounded */
	{ "A gunman shot three people, one fatally, outside a gym on "
	    "Tuesday night.", 1, 0, 2, 0 },
	{ "Four people were stabbed, two of them fatally, at a bus stop.",
	    2, 0, 2, 0 },
	{ "A gunman fatally shot one man and wounded two others outside a "
	    "gym.", 1, 0, 2, 0 },
	/* "four of them" after a count is some of those counted; after
	 * another act it is the count */
	{ "Insurgents killed six villagers, beheading at least four of them, "
	    "in a raid over the weekend.", 6, 0, -1, 0 },
	{ "Gunmen abducted ten farmers and killed three of them on Sunday.",
	    3, 0, -1, 0 },
	/* a number after "aged" is an age, not a count */
	{ "A pupil stabbed two classmates on Tuesday. The victims, both aged "
	    "14, were taken to hospital; one is seriously injured.",
	    0, 0, 2, 0 },
	/* a bare figure after "both" is their age; "both" before a noun
	 * still leaves the count told */
	{ "A student fired a handgun in a school corridor on Thursday, "
	    "wounding two classmates. The injured pupils, both 15, are in "
	    "stable condition.", 0, 0, 2, 0 },
	{ "Gunmen attacked a village on Thursday, killing 15 people. Both "
	    "15-year-old twins survived.", 15, 0, -1, 0 },
	{ "A man stabbed four passengers on a train. The victims, aged "
	    "between 20 and 68, were taken to hospital.", 0, 0, 4, 0 },
	{ "A bomb exploded at a market on Friday. Fourteen people were "
	    "taken to hospital.", 0, 0, 14, 0 },
	/* those "not hurt" are unharmed, those "not seriously hurt" are
	 * wounded; a wound told by where the bullet struck */
	{ "Gunmen fired at a home early Monday. A man was struck in the leg; "
	    "four other family members inside were not hurt.", 0, 0, 1, 0 },
	{ "Gunmen shot a councillor dead at his home on Tuesday. His wife "
	    "was grazed by a bullet.", 1, 0, 1, 0 },
	{ "Two men were stabbed outside a bar on Saturday; they were not "
	    "seriously hurt.", 0, 0, 2, 0 },
	/* a relative clause between the subject and its verb: the count
	 * is the subject's, a day's name in it no person */
	{ "Nine mine workers who had been reported missing on Sunday were "
	    "found shot dead in a tunnel on Tuesday, police said.",
	    9, 0, -1, 0 },
	{ "A guard who had been on duty since Monday was shot dead at the "
	    "gate.", 1, 0, -1, 0 },
	{ "An Indigenous land defender who had campaigned against logging "
	    "in the state of Maranhao has been shot dead by gunmen near his "
	    "village.", 1, 0, -1, 0 },
	/* "burned to death" with no object: its subject died */
	{ "Two passengers burned to death and five were injured after men "
	    "threw petrol bombs into a moving bus.", 2, 0, 5, 0 },
	{ "Attackers burned to death five villagers in their homes on "
	    "Sunday.", 5, 0, -1, 0 },
	/* "The victim, a 23-year-old, died": one person told twice; a
	 * count before an apposition stays the count */
	{ "A gunman opened fire near a metro station on Wednesday night. The "
	    "victim, a 23-year-old, died at the scene.", 1, 0, -1, 0 },
	{ "Gunmen attacked a wedding on Monday. Two guests, a 40-year-old "
	    "man and his son, were killed.", 2, 0, -1, 0 },
	/* "a second officer" is one more than those told before; "a
	 * second day" adds no one */
	{ "A man stabbed a police officer outside parliament on Monday, "
	    "wounding him in the neck. A second officer who helped subdue "
	    "the assailant suffered minor injuries.", 0, 0, 2, 0 },
	{ "A man stabbed two people at a school on Wednesday, killing one. A "
	    "second man suffered a hand injury.", 1, 0, 2, 0 },
	{ "A gunman wounded two guards at a bank on Monday. For a second day "
	    "on Tuesday, two guards were treated in hospital.", 0, 0, 2, 0 },
	/* care and wounds told in more words */
	{ "A teacher was stabbed at a school on Wednesday. Another member of "
	    "staff was treated at the scene for a hand injury.", 0, 0, 2, 0 },
	{ "A man was attacked with acid at a bus stop. Two passers-by were "
	    "treated for minor burns.", 0, 0, 2, 0 },
	/* "another man" is one more person, wounded with the verb left
	 * out; "another man was arrested" is no casualty */
	{ "A man was shot dead and another man wounded on a square on "
	    "Sunday evening, police said.", 1, 0, 1, 0 },
	{ "A man was shot dead on a square on Sunday evening, and another "
	    "man was arrested at the scene, police said.", 1, 0, -1, 0 },
	/* "a passenger bus" is a bus, "a passenger" a person */
	{ "Militants stopped a passenger bus on Monday and shot seven "
	    "passengers dead.", 7, 0, -1, 0 },
	{ "Gunmen stopped the bus on Monday and shot seven people dead. A "
	    "passenger was also shot dead.", 8, 0, -1, 0 },
	/* an age between "the" and the person; "a passer-by" is one */
	{ "A man threw acid at a woman at her home on Sunday night. The "
	    "27-year-old woman suffered burns to her face.", 0, 0, 1, 0 },
	{ "A man threw acid at a woman at her home on Sunday night. The "
	    "woman suffered burns to her face.", 0, 0, 1, 0 },
	{ "A bomb went off at a jeweller's shop overnight; a passer-by was "
	    "lightly injured.", 0, 0, 1, 0 },
	/* "them" after a casualty verb is the people counted before it */
	{ "A man armed with a knife attacked three people inside a church on "
	    "Friday evening, injuring them, none seriously.", 0, 0, 3, 0 },
	{ "Gunmen stopped a bus carrying 30 passengers and fired at them, "
	    "wounding two of them.", 0, 0, 2, 0 },
	/* "were among 12 people killed": the subject is in the twelve */
	{ "Two police officers were among 12 people killed when a bomb "
	    "exploded at a market.", 12, 0, -1, 0 },
	{ "A woman and her two daughters were among six people injured when "
	    "a man threw acid at them.", 0, 0, 6, 0 },
	{ "Two police officers and 12 civilians were killed when a bomb "
	    "exploded at a market.", 14, 0, -1, 0 },
	/* admitted to a hospital the text names */
	{ "Gunmen raided a homestead before dawn, killing four people. Three "
	    "others were admitted to Marsabit Referral Hospital.", 4, 0, 3, 0 },
	{ "Gunmen raided a village on Monday, killing four people. The "
	    "suspect was admitted to bail on Tuesday.", 4, 0, -1, 0 },
	/* after a semicolon, "the teacher" is one of the victims counted;
	 * "the driver was also hurt" is one more */
	{ "A student attacked a teacher and two classmates with a knife. The "
	    "three victims were taken to hospital; the teacher suffered "
	    "serious injuries.", 0, 0, 3, 0 },
	{ "A gunman attacked a bus on Monday. Three passengers were injured; "
	    "the driver was also hurt.", 0, 0, 4, 0 },
	/* "suspected members" of a group killed are its fighters; the
	 * people they kill are not */
	{ "Five suspected members of an armed group were killed in a "
	    "shootout with troops on Tuesday.", 5, 5, -1, 0 },
	{ "Suspected members of a separatist group shot dead four police "
	    "officers at a checkpoint on Monday.", 4, 0, -1, 0 },
	/* a lede about a sentence for an earlier year's massacre, then a
	 * new attack hours later: the new attack's dead; a lede of the
	 * day's own attack keeps its count */
	{ "A court on Monday jailed a militia commander for a 2021 massacre "
	    "in which 40 villagers died. Hours later, gunmen attacked a bus "
	    "station in the same town, killing four people and wounding "
	    "nine, police said.", 4, 0, 9, 0 },
	{ "Gunmen killed five people at a market on Monday. Hours later, a "
	    "bomb wounded three police officers nearby, police said.",
	    5, 0, 3, 0 },
	/* "a family of five" is five people; "a father of five" one */
	{ "Gunmen killed a family of five in a village on Monday, residents "
	    "said.", 5, 0, -1, 0 },
	{ "Gunmen killed a father of five in a village on Monday, residents "
	    "said.", 1, 0, -1, 0 },
	{ "Gunmen killed the head of a family of six in a village on Monday, "
	    "residents said.", 1, 0, -1, 0 },
	/* critical or life-threatening harm is an injury unless the victim
	 * died of it */
	{ "A woman suffered critical burns after a man threw acid at her at "
	    "a bus stop on Monday, police said.", 0, 0, 1, 0 },
	{ "A man stabbed a shopkeeper on Monday, police said. The victim "
	    "suffered life-threatening injuries and died in hospital on "
	    "Tuesday.", 1, 0, 0, 0 },
	/* counts set off by commas that break down the count before them
	 * are the same people; a list of counts is a sum */
	{ "A man stabbed four people on Monday, and one of them died. The "
	    "other three victims, two women and a teenager, are in stable "
	    "condition.", 1, 0, 3, 0 },
	{ "Three soldiers, two civilians and a child were killed when a bomb "
	    "exploded on Monday.", 6, 0, -1, 0 },
	/* "stabbing four people" counts those stabbed; "a stabbing" is
	 * the event */
	{ "A man went on a rampage on Monday, stabbing four people.",
	    0, 0, 4, 0 },
	{ "A man was arrested on Monday after stabbing four people at a bus "
	    "stop.", 0, 0, 4, 0 },
	{ "A stabbing at a bar on Monday left three people injured, police "
	    "said.", 0, 0, 3, 0 },
	/* a bare figure between commas after a name is an age; after a
	 * common noun ("The attack killed dozens, 14, ...") it is no
	 * name's */
	{ "Radio presenter Mark Vane, 52, was shot dead outside his home on "
	    "Tuesday.", 1, 0, -1, 0 },
	{ "Gunmen opened fire on a bus on Monday. In all, 14 people were "
	    "killed, police said.", 14, 0, -1, 0 },
	/* "no one lost their life" rules out deaths; lives lost count */
	{ "A car bomb exploded outside a police post on Monday, injuring two "
	    "officers. No one lost their life, the commander said.",
	    0, 0, 2, 0 },
	{ "Two officers lost their lives when a car bomb exploded outside a "
	    "police post on Monday.", 2, 0, -1, 0 },
	/* a participle after an attacker's death tells it again; a second
	 * attacker's own verb is a second death */
	{ "A man blew himself up at the gate of a police station on Monday, "
	    "killing himself and wounding six officers.", 1, 1, 6, 0 },
	{ "One bomber blew himself up at the gate and a second bomber "
	    "killed himself inside the hall on Monday.", 2, 2, -1, 0 },
	/* those after "killing himself and" died with the attacker */
	{ "A suicide bomber struck a police post on Thursday, killing "
	    "himself and three other people.", 4, 1, -1, 0 },
	{ "A suicide bomber blew himself up near a police post on Thursday, "
	    "killing himself and one other person.", 2, 1, -1, 0 },
	{ "A suicide bomber blew himself up near a police post on Thursday, "
	    "killing three people.", 4, 1, -1, 0 },
	/* "no one was hit": nobody struck by the shots fired; one hit by
	 * a bullet is wounded */
	{ "Gunmen fired at least 15 rounds at a police station overnight; "
	    "no one was hit.", 0, 0, 0, 0 },
	{ "Gunmen fired at a police station overnight. An officer was hit "
	    "by a stray bullet.", 0, 0, 1, 0 },
	/* people burned are hurt, those burned alive dead; houses burned
	 * are no casualty */
	{ "Gang members set fire to a minibus on Monday; the driver died and "
	    "three passengers were burned.", 1, 0, 3, 0 },
	{ "Two men accused of theft were burned alive by a mob on Sunday, "
	    "police said.", 2, 0, -1, 0 },
	{ "Attackers set fire to a market on Monday and two houses were "
	    "burned, police said.", -1, -1, -1, 0 },
	/* "a fourth was wounded" after three counted is one more; "a
	 * fourth attack" is no person */
	{ "Three aid workers were killed and a fourth was wounded when "
	    "gunmen ambushed their vehicle on Monday.", 3, 0, 1, 0 },
	{ "Gunmen attacked a bus on Monday, killing two people; a fourth "
	    "attack this month was reported in the same district.",
	    2, 0, -1, 0 },
	/* those still under treatment are the wounded */
	{ "A bomb exploded at a market on Thursday. The death toll rose to "
	    "31 on Saturday, officials said. More than 60 people remain "
	    "under treatment.", 31, 0, 60, 1 },
	/* a toll takes in the bomber whose death another sentence tells;
	 * one told as "also" dead is one more */
	{ "The number of people killed in Friday's explosion at a mosque has "
	    "risen to 31, officials said on Saturday. Witnesses said a man "
	    "wearing a suicide vest blew himself up during prayers.",
	    31, 1, -1, 0 },
	{ "A bomb exploded at a mosque during prayers on Friday. The death "
	    "toll has risen to 31, officials said. The bomber also died in "
	    "the blast.", 32, 1, -1, 0 },
	{ "A suicide bomber blew himself up at a mosque on Friday, killing 31 "
	    "worshippers.", 32, 1, -1, 0 },
	/* "who" after the object of a casualty word is that person again;
	 * after a person not yet counted it is one more */
	{ "Armed men set fire to six trucks on Wednesday, injuring one driver "
	    "who was beaten before the vehicles were set alight.",
	    0, 0, 1, 0 },
	{ "Gunmen attacked a bus on Wednesday, killing a passenger, and a "
	    "driver who was shot in the leg was taken to hospital.",
	    1, 0, 1, 0 },
	/* "their mother" is one person, as "his mother" is; "their two
	 * sons" keeps its count */
	{ "A fire that killed two children at a house on Thursday was "
	    "deliberately lit, police said. Their mother escaped through a "
	    "window and is being treated for burns.", 2, 0, 1, 0 },
	{ "A fire that killed two children at a house on Thursday was "
	    "deliberately lit, police said. Their two sons were taken to "
	    "hospital.", 2, 0, 2, 0 },
	/* "who" with a clause of its own is one person, and -ss is no
	 * plural; the count after "against" is the act's object, not its
	 * subject.  A plural before "who" keeps its count. */
	{ "A witness who was due to testify against three gang members was "
	    "found shot dead in his car on Sunday, police said.",
	    1, 0, -1, 0 },
	{ "Three men who had been abducted on Friday were found shot dead "
	    "on Sunday, police said.", 3, 0, -1, 0 },
	/* fingers lost are no people hurt */
	{ "A man was injured when a parcel exploded at his home on Tuesday, "
	    "police said. He lost two fingers and was taken to hospital.",
	    0, 0, 1, 0 },
	{ "A parcel exploded at a post office on Tuesday, police said. Two "
	    "clerks were taken to hospital.", 0, 0, 2, 0 },
	/* the wounded "still being treated" are counted; a market that
	 * "remained closed" is nobody */
	{ "A bomb killed 31 people at a market on Saturday, officials said. "
	    "More than 50 others are still being treated.", 31, 0, 50, 1 },
	{ "A bomb killed 31 people at a market on Saturday, officials said. "
	    "The market remained closed on Sunday.", 31, 0, -1, 0 },
	/* the count after "beaten by" is who did it */
	{ "A housing activist was beaten by three men outside his flat late "
	    "on Saturday and suffered a broken nose, police said.",
	    0, 0, 1, 0 },
	/* bones broken by blows count one hurt */
	{ "A man was left with a broken jaw after being set upon by a "
	    "group of youths outside a bar on Saturday, police said.",
	    0, 0, 1, 0 },
	{ "A driver suffered a broken nose when he was punched by a "
	    "passenger on Tuesday night, police said.", 0, 0, 1, 0 },
	/* wounds told by what made them */
	{ "Two teenagers were struck by gunfire on Tuesday evening when "
	    "someone in a passing car opened fire on a group, police said.",
	    0, 0, 2, 0 },
	{ "Gunmen fired at a supermarket on Monday. A cashier was cut by "
	    "flying glass and treated at the scene.", 0, 0, 1, 0 },
	{ "A 16-year-old boy was slashed on the face during an assault on "
	    "Saturday night, police said.", 0, 0, 1, 0 },
	{ "A man was attacked with a machete outside a shop on Wednesday "
	    "night, police said.", 0, 0, 1, 0 },
	{ "Four people are admitted at the county hospital after a gang "
	    "armed with machetes raided homes on Wednesday night.",
	    0, 0, 4, 0 },
	{ "A student was shot in a hallway at a high school on Thursday, "
	    "police said. The injured student was flown to a hospital.",
	    0, 0, 1, 0 },
	/* prices slashed hurt nobody */
	{ "Prices were slashed across the store on Saturday as the sale "
	    "began.", -1, -1, -1, 0 },
	/* an attacker with a word before the noun among the dead counted;
	 * a victim with the same word is no attacker */
	{ "Four people, including the suspected shooter, were killed at a "
	    "high school on Wednesday. Three students were killed before "
	    "the suspect turned the gun on himself.", 4, 1, -1, 0 },
	{ "Four people, including a suspected informant, were killed by "
	    "gunmen on Wednesday, police said.", 4, 0, -1, 0 },
	/* a clinic's staff and visitors are people a verb's count names */
	{ "Three nurses were killed and a pharmacist injured when gunmen "
	    "raided a health centre on Thursday.", 3, 0, 1, 0 },
	{ "A porter was shot dead and a patient wounded when armed men "
	    "burst into the hospital on Friday.", 1, 0, 1, 0 },
	/* ... and "a" before a word of no person stays no count */
	{ "Three nurses were killed and a pharmacy damaged when gunmen "
	    "raided a health centre on Thursday.", 3, 0, -1, 0 },
	/* a blade drawn across people wounds them, counted once; a
	 * budget slashed cuts jobs, nobody hurt */
	{ "A man slashed two women with a box cutter at a bus stop on "
	    "Monday, police said.", 0, 0, 2, 0 },
	{ "Four passengers were injured when a man slashed them with a "
	    "knife on a train on Monday.", 0, 0, 4, 0 },
	{ "The retailer slashed 300 jobs and cut prices on Monday.",
	    -1, -1, -1, 0 },
	/* care named with where or by whom it was given counts the
	 * people treated */
	{ "Someone set fire to the entrance of a temple on Saturday night. "
	    "Three worshippers asleep upstairs were treated by paramedics "
	    "for smoke inhalation.", 0, 0, 3, 0 },
	{ "Attackers hurled a firebomb into a flat on Sunday night. A man "
	    "and his daughter were treated in hospital for smoke "
	    "inhalation.", 0, 0, 2, 0 },
	/* a protester is a person who dies; protesters who speak count
	 * nobody */
	{ "A protester died in hospital on Tuesday after gunmen opened "
	    "fire on a march. Two other marchers were wounded.", 1, 0, 2,
	    0 },
	{ "Gunmen opened fire on a march on Tuesday. Protesters said two "
	    "people were wounded.", 0, 0, 2, 0 },
	/* the dead of the earlier attack a span of years measures from,
	 * told after the day's own; a span that opens the sentence only
	 * dates the day's */
	{ "Gunmen killed six herders in a raid on Sunday, three years after "
	    "an attack on the same village left 80 dead, officials said.",
	    6, 0, -1, 0 },
	{ "Three years after the siege of the town, gunmen killed six "
	    "herders in a raid on Sunday, officials said.", 6, 0, -1, 0 },
	/* a span of days back to another attack told as new ("a", a
	 * count, a bare plural): its dead are not the day's, after the
	 * day's own casualty word, after "the blast came", or in a clause
	 * that opens the sentence */
	{ "A bomb ripped through a minibus on Sunday, killing four people, "
	    "police said, two days after a bombing at a mosque in the same "
	    "district killed at least 11.", 4, 0, -1, 0 },
	{ "Three people were killed at a bus stop on Sunday night, less than "
	    "24 hours after a shooting at a house party left four dead.",
	    3, 0, -1, 0 },
	{ "A motorcycle bomb killed three people near the country's "
	    "third-largest city on Wednesday, hours after an explosion at a "
	    "police post in the capital killed two officers.", 3, 0, -1, 0 },
	{ "A suicide bomber blew himself up at a checkpoint on Wednesday, "
	    "killing six people. The blast came less than a day after "
	    "militants stormed a restaurant in the city, killing 12.",
	    7, 1, -1, 0 },
	{ "A day after three farmers were gunned down in the district, an "
	    "armed mob set fire to 15 houses in a village overnight, killing "
	    "an elderly couple.", 2, 0, -1, 0 },
	/* an "and" does not end the clause of the earlier attack */
	{ "Gunmen shot dead two policemen on Tuesday, a day after militants "
	    "stormed a checkpoint and killed four soldiers with a bomb.",
	    2, 0, -1, 0 },
	/* a crowd at a funeral or a protest is not the dead: the one
	 * named after "of" again after a comma, and the subject of a
	 * "where" clause, are */
	{ "Thousands attended the funeral in the city on Tuesday of a "
	    "cleric, the imam shot dead outside his mosque on Monday night.",
	    1, 0, -1, 0 },
	{ "Dozens of people protested outside the mosque where the imam was "
	    "shot dead on Monday.", 1, 0, -1, 0 },
	{ "Gunmen attacked houses in the village, where two brothers were "
	    "shot dead.", 2, 0, -1, 0 },
	/* "a couple" is two people, before a verb as after one */
	{ "Gunmen attacked houses in the village, where an elderly couple "
	    "was shot dead.", 2, 0, -1, 0 },
	{ "An elderly couple was burnt to death in the village.",
	    2, 0, -1, 0 },
	/* "a couple of hours" is a span of time, not two people */
	{ "A couple of hours later, a man was shot dead in Kabul.",
	    1, 0, -1, 0 },
	/* "more than a dozen" is a count, and adds no dead to a toll */
	{ "Three people were killed and more than a dozen wounded when a "
	    "bomb went off at a market on Tuesday, a security official said, "
	    "a day after a sticky bomb killed two in the same area.",
	    3, 0, 12, 1 },
	/* the ordinal that opens the sentence is the toll, whatever names
	 * the person again or tells how he was hurt before "died" */
	{ "A fourth person, a 12-year-old boy, died in hospital on Thursday "
	    "following the bomb attack on Wednesday, the mayor said.",
	    4, 0, -1, 0 },
	{ "A third police officer injured in Wednesday's bomb attack on the "
	    "police post died on Thursday, police said.", 3, 0, 0, 0 },
	{ "A third suspect, who police said fired at officers, was arrested "
	    "and later died in custody.", 1, 0, -1, 0 },
	/* "N of the M": the whole group after a participle, the part
	 * before a verb of its own; one number either way */
	{ "Two of the three men killed in a drive-by shooting on Sunday "
	    "night were cousins, relatives said.", 3, 0, -1, 0 },
	{ "Two of the three men were killed in a drive-by shooting on "
	    "Sunday night.", 2, 0, -1, 0 },
	{ "Two of the five people wounded in the attack remain in critical "
	    "condition.", 0, 0, 5, 0 },
	/* a count set against another with "than the" is the same dead
	 * counted by another; "more than 11" is a count */
	{ "Hospital sources said 15 bodies had been brought in after the "
	    "explosion at the mosque, more than the 11 deaths acknowledged by "
	    "the authorities.", 15, 0, -1, 0 },
	{ "More than 11 deaths were reported after the explosion at the "
	    "mosque.", 11, 0, -1, 1 },
	/* a toll of one kind of victim is a toll */
	{ "A constable injured in the attack on the police checkpost "
	    "succumbed to his injuries in hospital, raising the number of "
	    "policemen martyred to four.", 4, 0, 0, 0 },
	/* the wound a participle on the subject tells, then its death
	 * verb: the wounded who died */
	{ "A policeman injured in the attack on the checkpost died in "
	    "hospital on Monday.", 1, 0, 0, 0 },
	/* a constable is a person, counted before a verb of harm */
	{ "Two police constables escorting a vaccination team were shot dead "
	    "by gunmen on Tuesday morning. The vaccinators escaped unhurt.",
	    2, 0, 0, 0 },
	/* "the killing of" counts the people after "of" when a number
	 * does; one named again or a cause given counts no one more */
	{ "The mission condemned the killing of at least 26 civilians in "
	    "the village on Tuesday night.", 26, 0, -1, 1 },
	{ "Gunmen shot dead a farm leader on a rural road on Monday, and "
	    "police opened an investigation into the killing of the "
	    "44-year-old.", 1, 0, -1, 0 },
	/* the day's own attack taken up again, or dead added to it */
	{ "A policeman died in hospital on Tuesday, two days after he was "
	    "shot by gunmen.", 1, 0, -1, 0 },
	{ "A third victim died on Tuesday, two days after a bomb killed two "
	    "people at the market.", 3, 0, -1, 0 },
	{ "Two more bodies were found on Tuesday, a day after gunmen killed "
	    "12 villagers.", 14, 0, -1, 0 },
	/* the span's clause ends at its comma: the day's attack goes on
	 * after it, and a clause with no casualty word of its own cuts
	 * nothing */
	{ "Raiders shot dead three villagers on Friday, a year after the "
	    "families fled the fighting, and wounded seven more, officials "
	    "said.", 3, 0, 7, 0 },
	/* nobody hurt, with a reason set in an earlier time; the earlier
	 * time's own attack */
	{ "Arsonists set fire to a mosque on Tuesday night. Nobody was hurt, "
	    "as the building had been closed since last year.", 0, 0, 0, 0 },
	{ "Arsonists set fire to a mosque on Tuesday night. Last year, an "
	    "arson attack on the same mosque injured four worshippers.",
	    -1, -1, -1, 0 },
	/* after "but" a clause of its own, with an earlier time of its
	 * own, tells the earlier attack */
	{ "A mob torched a church on Saturday night. Nobody was injured in "
	    "the fire, but in 2019 a bomb at the church killed six people.",
	    -1, -1, -1, 0 },
	/* a bare figure between commas after a word for a person is the
	 * person's age; a count set off by commas is still a count */
	{ "A shopkeeper was stabbed in his store on Monday. The shopkeeper, "
	    "61, was seriously injured, police said.", 0, 0, 1, 0 },
	{ "Gunmen opened fire on a minibus on Monday. The passengers, 9 men "
	    "and 4 women, were wounded.", 0, 0, 13, 0 },
	/* a word for a person may be of two words */
	{ "A pump attendant, 58, was stabbed during a raid on a petrol "
	    "station on Monday, police said.", 0, 0, 1, 0 },
	/* a limb broken in an assault is a wound */
	{ "A bus driver suffered a broken arm when a passenger attacked him "
	    "with a bat on Friday.", 0, 0, 1, 0 },
	/* friends named as victims are people hurt; friends questioned are
	 * not */
	{ "A man was stabbed to death outside a bar on Friday, and two of "
	    "his friends were also injured.", 1, 0, 2, 0 },
	{ "A man was stabbed to death outside a bar on Friday. Two friends "
	    "who were with him were questioned by police.", 1, 0, -1, 0 },
	/* one expected to survive was hurt, counter staff (a clerk, a
	 * postmaster, shop workers) as much as a guard; the man arrested after
	 * a killing was not */
	{ "Robbers raided a post office on Tuesday and shot a counter clerk "
	    "in the leg; doctors said she was expected to pull through.", 0, 0,
	    1, 0 },
	{ "Gunmen shot a postmaster and two shop workers during a raid on a "
	    "village post office on Monday. All three are expected to "
	    "recover.", 0, 0, 3, 0 },
	{ "Two men were shot outside a bar on Saturday. Both are expected "
	    "to survive.", 0, 0, 2, 0 },
	{ "A man was shot dead outside a bar on Saturday. A second man was "
	    "arrested.", 1, 0, -1, 0 },
	/* wounds told of one declared dead are how he was killed */
	{ "A mayor was shot dead on Sunday. He sustained gunshot wounds and "
	    "was declared dead on arrival at hospital.", 1, 0, -1, 0 },
	{ "A man was shot in the leg in the attack in Kano and was "
	    "pronounced dead at a clinic.", 1, 0, -1, 0 },
	/* a bare "one" after people counted wounded is one of them */
	{ "Four customers were wounded when a grenade hit the bar, and one "
	    "remains in critical condition.", 0, 0, 4, 0 },
	{ "Three commuters were stabbed at a bus stop and one is in a "
	    "serious condition.", 0, 0, 3, 0 },
	/* how bad or how many the wounds were, and what made them, before
	 * their noun */
	{ "A guard sustained multiple stab wounds when robbers attacked "
	    "him.", 0, 0, 1, 0 },
	{ "A trader received gunshot wounds when gunmen fired on his "
	    "shop.", 0, 0, 1, 0 },
	{ "Two farmers suffered machete wounds when herders attacked "
	    "them.", 0, 0, 2, 0 },
	/* people a form of "leave" leaves with wounds were hurt: the
	 * object counts, or the subject of "was left"; a place left is
	 * no one */
	{ "Two men threw acid at a nurse on her way to work, leaving her "
	    "with severe burns.", 0, 0, 1, 0 },
	{ "A man threw acid at two sisters outside their school, leaving "
	    "both with serious facial burns.", 0, 0, 2, 0 },
	{ "Gunmen fired on a bus and left six passengers with gunshot "
	    "wounds.", 0, 0, 6, 0 },
	{ "Gunmen attacked three herders, leaving them with machete "
	    "wounds.", 0, 0, 3, 0 },
	{ "Gunmen shot dead a trader and left his son with gunshot wounds.",
	    1, 0, 1, 0 },
	{ "A guard was left with life-changing injuries after robbers shot "
	    "him.", 0, 0, 1, 0 },
	{ "The driver left the scene with minor injuries after gunmen fired "
	    "on his car.", 0, 0, 1, 0 },
	{ "A mob attacked the mayor, leaving him with no injuries but "
	    "shaken.", 0, 0, 0, 0 },
	/* the subject of a verb of care in the passive, a wound told
	 * after it, was hurt, whatever hospital it names; counted once
	 * with the sentence's other phrases of it */
	{ "Gunmen fired on a bar. Two other people were taken to the "
	    "Santa Rosa hospital with gunshot wounds.", 0, 0, 2, 0 },
	{ "A guard was shot. He was rushed to Kenyatta National Hospital "
	    "with a wound to the chest and is in a stable condition.", 0, 0,
	    1, 0 },
	{ "A man was shot outside a shop. He is at the district hospital "
	    "in critical but stable condition.", 0, 0, 1, 0 },
	/* the wounded after the dead in one object; an age for a
	 * person */
	{ "Gunmen fired on a wedding party, leaving three people dead and "
	    "12 with gunshot wounds.", 3, 0, 12, 0 },
	{ "The shooting left a 17-year-old with a gunshot wound to the "
	    "leg.", 0, 0, 1, 0 },
	/* a participle right after a noun phrase tells that phrase's dead,
	 * not the crowd the clause counts */
	{ "About 300 nurses lined the road as the coffin of a colleague shot "
	    "dead in a clinic raid was carried past.", 1, 0, -1, 0 },
	{ "Dozens of relatives of a pharmacist shot dead in a robbery "
	    "marched to the police station.", 1, 0, -1, 0 },
	{ "Some 200 drivers blocked the road beside the body of a shift "
	    "supervisor killed at the rank.", 1, 0, -1, 0 },
	/* ... but a list, or a group the dead belonged to, is read whole */
	{ "Two policemen and a teacher shot dead in the raid were buried on "
	    "Monday.", 3, 0, -1, 0 },
	{ "Five members of a family killed in the raid were buried on "
	    "Monday.", 5, 0, -1, 0 },
	/* the number of an age counts nobody: the one aged is who died */
	{ "A 15-year-old boy was stabbed in the chest and died in "
	    "hospital.", 1, 0, -1, 0 },
	{ "Two men were shot outside a bar; a 27-year-old died at the "
	    "scene.", 1, 0, -1, 0 },
	{ "A mob beat a 32-year-old man to death on Tuesday, police said.",
	    1, 0, -1, 0 },
	{ "A man was stabbed at a bus stop on Friday. The 23-year-old victim "
	    "later died in hospital.", 1, 0, 0, 0 },
	/* people joined to the dead "along with" or "together with" died
	 * with them; "the three gunmen" are three */
	{ "Militants stormed a base, killing six soldiers along with all "
	    "five attackers.", 11, 5, -1, 0 },
	{ "Police said 12 civilians were killed in the siege, along with "
	    "all four attackers, including the suicide bomber.", 16, 4, -1,
	    0 },
	{ "Two soldiers were killed along with a civilian in the ambush.",
	    3, 0, -1, 0 },
	{ "Gunmen attacked a checkpoint; two policemen and the three gunmen "
	    "were killed.", 5, 3, -1, 0 },
	{ "Officials said nine soldiers were killed, along with six "
	    "attackers, and 20 people were wounded.", 15, 6, 20, 0 },
	/* attackers "neutralised" in numbers were killed; a lone one
	 * "neutralised" was stopped, dead or alive; a bomb, defused */
	{ "Three soldiers were killed in the ambush, and the army said 12 "
	    "attackers were 'neutralised' in the fighting.", 15, 12, -1, 0 },
	{ "Gunmen fired on a police post; two assailants were neutralized "
	    "by security forces.", 2, 2, -1, 0 },
	{ "A gunman killed two people in a market before he was "
	    "\"neutralised\" by police.", 2, 0, -1, 0 },
	{ "Gunmen killed a guard at the gate, and a second bomb was "
	    "neutralised by army experts.", 1, 0, -1, 0 },
	/* "including three of the attackers" is three of them, not all */
	{ "At least 14 people, including three of the attackers, were "
	    "killed in the raid.", 14, 3, -1, 1 },
	/* "the only one" after the one counted names him again */
	{ "A suicide bomber blew himself up at the gate, wounding nine "
	    "people. The bomber was the only one killed.", 1, 1, 9, 0 },
	{ "A grenade hit the bank. A guard was the only person hurt.", 0, 0,
	    1, 0 },
	/* a wound told by how bad, then where */
	{ "A boy was stabbed outside his school and died later. A second "
	    "pupil suffered a minor hand injury.", 1, 0, 1, 0 },
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
		    strlen(cases[i].text), "2024-03-16T10:00:00Z", 1 };
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

/* Headline and a short body: the headline fills in only the counts
 * the body leaves out, and a headline drops the auxiliary of its
 * passive ("Four Shot Dead").  -1 stands for null. */
static const struct {
	const char *title, *text;
	long	 killed, injured;
} titled[] = {
	/* the headline fills in the dead a short body leaves out */
	{ "Gunmen Kill Six At Roadside Bar",
	    "Witnesses say two men on a motorbike fired into the crowd "
	    "late on Friday; three others were wounded.", 6, 3 },
	/* the headline's count of those stabbed is all the wounded when
	 * the body tells only of some of them; a body count of those
	 * stabbed stands */
	{ "Three passengers stabbed on tram in city centre",
	    "A man armed with a knife lunged at passengers on a tram on "
	    "Thursday evening. Nobody was killed; two of the victims remain "
	    "in hospital.", 0, 3 },
	{ "Three passengers stabbed on tram in city centre",
	    "A man stabbed four passengers on a tram on Thursday evening. "
	    "Nobody was killed.", 0, 4 },
	/* a headline leaves out the people with the auxiliary */
	{ "Valencia: Three Stabbed On Metro Train",
	    "A man lunged at passengers with a knife between two stations; "
	    "one victim is in serious condition.", 0, 3 },
	{ "Three Stabbed On Metro Train",
	    "A man stabbed four passengers with a knife between two "
	    "stations.", 0, 4 },
	/* the body's own figure stands */
	{ "Gunmen Kill Six At Roadside Bar",
	    "Gunmen killed seven people at a roadside bar on Friday, "
	    "police said; three others were wounded.", 7, 3 },
	{ "Bomb Kills 9, Wounds 30 At Bus Station",
	    "A bomb exploded at a bus station on Monday, killing nine "
	    "people, police said.", 9, 30 },
	/* "no one was killed" says nothing of the wounded */
	{ "Three Pupils Wounded In Campus Shooting",
	    "A student was detained after shots rang out near the "
	    "library, the university said. No one was killed.", 0, 3 },
	{ NULL,
	    "A bomb exploded at a checkpoint on Monday. No one was "
	    "hurt, police said.", 0, 0 },
	/* a headline's passive without its auxiliary */
	{ "Five Shot Dead At Taxi Rank",
	    "Witnesses said two gunmen got out of a car and fired at "
	    "drivers waiting for fares.", 5, -1 },
	{ NULL,
	    "Gunmen shot dead four people at a bar on Saturday.", 4, -1 },
	/* title case is no label: "Leaves 8 Dead" is a count */
	{ "Market Attack Leaves 8 Dead",
	    "Armed men opened fire on traders at a cattle market on "
	    "Sunday, officials said.", 8, -1 },
	/* nor a name: "Killed As Gunmen Raid" names nobody; a name in
	 * running text is one person */
	{ "Two Guards Killed As Gunmen Raid Border Post",
	    "Attackers seized rifles and fled, officials said.", 2, -1 },
	{ NULL, "Gunmen killed Ramon Ortega, a local councillor, at his home "
	    "on Friday, police said.", 1, -1 },
	{ "Raiders Torch Village Market, 11 Dead",
	    "Residents said the attackers came at dawn.", 11, -1 },
	{ NULL, "Ramon Ortega and his son were shot dead outside their shop "
	    "on Monday.", 2, -1 },
	/* wounds told by where or how they were treated */
	{ NULL,
	    "A police officer was shot three times in the shoulder "
	    "during a patrol on Wednesday.", 0, 1 },
	{ NULL,
	    "Gunmen opened fire at a petrol station on Tuesday. A "
	    "customer suffered a gunshot wound.", 0, 1 },
	{ NULL,
	    "Attackers threw a firebomb into a house on Saturday. Two "
	    "children were treated for smoke inhalation.", 0, 2 },
	{ NULL,
	    "A grenade went off outside a cafe on Monday. One customer "
	    "was moderately injured.", 0, 1 },
	{ NULL,
	    "A crowd attacked a farmer on Sunday. His son was also "
	    "beaten but fled.", 0, 1 },
	/* one told dead after "also" is no wounded */
	{ NULL,
	    "A man was shot dead and his brother was also beaten to "
	    "death by the mob on Sunday.", 2, -1 },
	/* people of a congregation count */
	{ NULL,
	    "A gunman opened fire at a church, wounding a pastor and "
	    "four parishioners.", 0, 5 },
	/* victims expected to survive are alive, and were hurt */
	{ NULL,
	    "A gunman fired into a crowded bar on Friday; all three "
	    "victims are expected to survive.", 0, 3 },
	/* the people present, counted, none of them hurt; nobody of the
	 * group shot at hit; one person spared says nothing of the others
	 * ("were shot" alone gives no count) */
	{ NULL,
	    "Gunmen fired several rounds into a flat on Saturday evening. "
	    "The four people at home, including two children, were not "
	    "hurt.", 0, 0 },
	{ NULL,
	    "Shots were fired at police officers outside a railway station "
	    "on Thursday. No officers were hit and the shooters fled.", 0, 0 },
	{ NULL,
	    "Shots were fired at police officers outside a railway station "
	    "on Thursday. Two officers were hit and taken to hospital.", 0, 2 },
	{ NULL,
	    "Two officers were shot outside the station on Tuesday. A third "
	    "officer was not hurt.", -1, -1 },
	/* one person named twice between commas; a list joined by "and" */
	{ NULL,
	    "Three aid workers were killed when gunmen ambushed their "
	    "vehicle on Thursday. A colleague, the driver, survived with "
	    "gunshot wounds.", 3, 1 },
	{ NULL,
	    "Gunmen attacked a clinic on Thursday. A nurse, a driver and a "
	    "guard suffered gunshot wounds.", 0, 3 },
	/* an age for the person, who was wounded and then died; one
	 * who lived */
	{ NULL,
	    "Two robbers shot a pharmacist behind his counter on Wednesday "
	    "evening. The 61-year-old was rushed to hospital but later died "
	    "of his wounds, officers said.", 1, 0 },
	{ NULL,
	    "Robbers shot a taxi driver on Wednesday. The 47-year-old was "
	    "rushed to hospital with wounds to his arm.", 0, 1 },
	/* an age before a noun describes the thing, and counts nobody */
	{ NULL,
	    "The 100-year-old church was attacked and set on fire; nobody "
	    "was hurt.", 0, 0 },
	/* a second person wounded with the verb left out; a second
	 * clause with a verb of its own */
	{ NULL,
	    "A gunman opened fire on a bus on Monday. One passenger was shot "
	    "in the leg and another in the arm.", 0, 2 },
	{ NULL,
	    "A gunman opened fire on a bus on Monday. One passenger was shot "
	    "in the leg and another was arrested in the station.", 0, 1 },
};

static void
test_headline_counts(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(titled) / sizeof(titled[0]); i++) {
		struct extract_input in = { titled[i].title, titled[i].text,
		    strlen(titled[i].text), "2024-03-16T10:00:00Z", 1 };
		json_t *rec = extract_incident(&in);

		print_message("# %s | %s\n", titled[i].title ?
		    titled[i].title : "", titled[i].text);
		assert_int_equal(count(rec, "killed"), titled[i].killed);
		assert_int_equal(count(rec, "injured"), titled[i].injured);
		json_decref(rec);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_headline_counts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
