#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
	{ "In a scathing attack on the chancellor, the union leader called "
	    "the pension plan an assault on workers.", "other" },
	/* campaign adverts named for their tone, and weapons bought back
	 * from their owners, are politics; a website broken into is a
	 * computer's attack */
	{ "The party launched a series of attack ads on Monday targeting "
	    "the premier's record on health.", "other" },
	{ "The government said owners of assault-style firearms could hand "
	    "them in under a buyback scheme until March.", "other" },
	{ "The ministry's website was hacked on Friday and defaced with a "
	    "slogan; police were investigating the attack.", "cyber" },
	/* a threat names an attack nobody made; a taking the police rule
	 * out did not happen; a trend sums attacks gone by */
	{ "A trader received a letter demanding money and threatening a "
	    "grenade attack on his shop, police said.", "other" },
	{ "The girl reported missing was found at a friend's home, and "
	    "police said there was no abduction.", "other" },
	{ "Hundreds rallied against a rise in hate crimes, including arson "
	    "attacks on places of worship.", "other" },
	{ "A man was stabbed to death outside a bar on Friday amid a rise "
	    "in knife attacks in the city, police said.", NULL },
	{ "The new thriller follows a detective as gunmen storm a hotel and "
	    "take guests hostage, and the plot never lets up.", "other" },
	{ "Prosecutors charged two men with murder over a shooting outside "
	    "a nightclub in 2021.", "trial" },
	/* Vehicle rammings are attacks. */
	{ "A man drove a van into a crowd of shoppers in the city centre on "
	    "Saturday, killing three people, before police detained him.",
	    NULL },
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
	/* the forces of order firing on a protest are no attackers; gunmen
	 * firing on one are */
	{ "Security forces opened fire on demonstrators in the capital on "
	    "Thursday, killing five people, doctors said.",
	    "military_operation" },
	{ "Gunmen opened fire on protesters in the city on Thursday, killing "
	    "five people, doctors said.", NULL },
	{ "Police opened fire on gunmen who had attacked a rally on "
	    "Thursday, after the attackers killed five protesters.", NULL },
	/* an attacker who opens a clause of his own ("... when insurgents
	 * ambushed") acts, whatever the clause before did; the search
	 * after it is no military operation */
	{ "Four soldiers were killed and two wounded when insurgents ambushed "
	    "a patrol near the border on Friday. Troops launched a search "
	    "operation in the area.", NULL },
	{ "Troops killed three insurgents in a search operation near the "
	    "border on Friday, the army said.", "military_operation" },
	/* a quoted word for attackers who act is the source's label; more
	 * violence quoted beside it is a staged scene */
	{ "Nine policemen were killed when dozens of 'bandits' on motorcycles "
	    "attacked a police post on Sunday, the ministry said in a "
	    "statement.", NULL },
	{ "Passengers watched as 'gunmen' stormed the terminal and 'hostages' "
	    "were freed by commandos in a rescue drill on Sunday.", "other" },
	/* "not" or "no" before a violence word or an intent denies it */
	{ "A blast that killed three people at a bakery on Monday was caused "
	    "by a leaking gas cylinder, not a bomb, officials said.",
	    "accident" },
	{ "A bomb, not a gas cylinder, caused the blast that killed three "
	    "people at a bakery on Monday, police said.", NULL },
	{ "Police searched the campus after a hoax call about an active "
	    "shooter; no gunman was found.", "other" },
	{ "A gunman opened fire at the campus on Monday, wounding two "
	    "students; no suspect was found after the search.", NULL },
	{ "The depot blast that killed two workers was caused by heat, not "
	    "sabotage, the company said.", "accident" },
	/* an accidental cause as the subject of the violence explains it */
	{ "Fireworks set fire to the roof of a crowded nightclub, killing "
	    "nine people, officials said.", "accident" },
	{ "A man set fire to the roof of a crowded nightclub with a petrol "
	    "bomb, killing nine people, police said.", NULL },
	/* a relative clause closed by an earlier time tells of an earlier
	 * event */
	{ "A court ordered on Tuesday that a man who stabbed two neighbours "
	    "last year be held in a psychiatric hospital.", "trial" },
	{ "A man who was released from prison last year stabbed two "
	    "neighbours on Tuesday, police said.", NULL },
	/* cue words: slashing, corrosive liquid thrown, a fire lit on
	 * purpose, armed men; and their look-alikes */
	{ "A man slashed four shoppers with a knife at a mall on Friday, "
	    "police said.", NULL },
	{ "The retailer slashed prices at its malls on Friday.", "other" },
	{ "A corrosive substance was thrown at a woman outside a station on "
	    "Friday night, police said.", NULL },
	{ "A corrosive substance leaked from a tanker on the motorway on "
	    "Friday, firefighters said.", "accident" },
	{ "Police said a fire that gutted a mosque overnight was deliberately "
	    "lit.", NULL },
	{ "Fire investigators said the blaze that gutted a warehouse "
	    "overnight was not deliberately lit.", "accident" },
	{ "Armed men attacked a prison before dawn on Friday, killing three "
	    "guards and freeing inmates. The army said it had launched a "
	    "pursuit.", NULL },
	/* fighting between two armed sides is a war's, not an attack */
	{ "Heavy clashes between the army and rebels broke out near the "
	    "border on Monday, with each side blaming the other.",
	    "military_operation" },
	{ "Rebels attacked a village on Monday, killing 12 civilians, before "
	    "clashes between the army and the attackers, officials said.",
	    NULL },
	/* the verb and its day may stand between the battle and its sides */
	{ "Clashes erupted on Thursday between government troops and "
	    "insurgents in the hills, local officials said.",
	    "military_operation" },
	{ "Insurgents raided a market on Thursday, killing six traders, and "
	    "fighting broke out later between troops and the raiders, "
	    "officials said.", NULL },
	/* spans after an earlier attack, denials, risk, testimony, arrests
	 * of its organisers, its victims' families */
	{ "A decade after gunmen killed 20 tourists at the resort, hotels "
	    "report their busiest summer.", "other" },
	{ "Gunmen killed 20 tourists at a resort on Friday, a decade after "
	    "the town's last attack.", NULL },
	{ "Armed officers swept a school after a caller falsely reported an "
	    "active shooter; no gunman was found.", "other" },
	{ "Police denied reports that gunmen had attacked a village, saying "
	    "no attack took place.", "other" },
	{ "Police denied reports that the attackers had escaped, saying "
	    "gunmen killed four villagers on Monday and two were arrested.",
	    NULL },
	{ "Two people were killed when a car was driven at speed into crowds "
	    "at a market on Saturday; police said the driver acted out of a "
	    "personal grievance.", NULL },
	{ "A survivor told a court on Monday how gunmen shot her husband in "
	    "front of her.", "trial" },
	{ "Gunmen shot a man dead outside a court on Monday, police said.",
	    NULL },
	{ "Police arrested the suspected mastermind of the 2021 abduction of "
	    "pupils from a school. Parents of the abducted pupils welcomed "
	    "the arrest.", "trial" },
	{ "Gunmen abducted 30 pupils from a school on Monday; parents of the "
	    "abducted pupils gathered at the gate.", NULL },
	{ "Families of the 40 people killed when gunmen stormed a college "
	    "gathered on Thursday to mark nine years since the massacre.",
	    "memorial" },
	{ "Gunmen stormed a college on Thursday, killing 40 people, while "
	    "families of the students waited at the gate.", NULL },
	{ "The government raised its travel warning for the region, citing a "
	    "high risk of terrorist attacks and kidnapping.", "other" },
	{ "Gunmen kidnapped two tourists in the region on Monday, despite a "
	    "travel warning citing the risk of attacks.", NULL },
	{ "One year after gunmen killed dozens of villagers, survivors "
	    "gathered at a mass grave to mourn.", "memorial" },
	{ "A year after the town's last attack, gunmen killed 12 villagers on "
	    "Monday.", NULL },
	/* a group named only for the attack remembered did nothing new;
	 * a cue of remembering leaves its memorial words counted */
	{ "Survivors of the 2015 college siege, in which 148 people were "
	    "killed by al-Shabaab gunmen, gathered on Thursday for a memorial "
	    "service.", "memorial" },
	{ "Al-Shabaab gunmen stormed a college on Thursday, killing 148 "
	    "people, officials said.", NULL },
	{ "Crowds paid tribute on Sunday to the 30 people killed in the 2015 "
	    "attacks on the city.", "memorial" },
	{ "Gunmen killed 30 people in the city on Sunday; on Monday crowds "
	    "paid tribute to the victims.", NULL },
	/* commentary and explainers keep the reason their words give; an
	 * attack on computers told in a cause's words stays cyber */
	{ "Opinion: The batting collapse was self-inflicted; the selectors "
	    "must stop blaming a hostile bowling attack for the team's defeat "
	    "in the test series.", "sports" },
	{ "Explainer: A DDoS attack floods a website with fake traffic until "
	    "real users cannot reach it; hackers rent botnets to launch them.",
	    "cyber" },
	{ "Floods swept through the valley on Monday, killing 12 people, "
	    "officials said.", "disaster" },
	{ "A brawl broke out in the second half and three players were "
	    "sin-binned for trading punches; the hosts went on to win 27-19.",
	    "sports" },
	{ "The video game lets players storm a hotel and take guests "
	    "hostage; reviewers praised its multiplayer mode.", "other" },
	/* the body's own defences, code that waits to strike, cold and
	 * crowds as causes */
	{ "The immune system attacks healthy tissue in autoimmune diseases "
	    "such as lupus, scientists say.", "medical" },
	{ "A logic bomb planted in the billing software went off on Monday "
	    "and deleted customer records, the company said.", "cyber" },
	{ "At least 20 people have died in a severe cold wave sweeping the "
	    "north, officials said on Saturday.", "disaster" },
	{ "Six fans died in a crush at the gates of a stadium before a "
	    "football match on Sunday, police said.", "accident" },
	/* heatstroke is the weather's when a heatwave is named */
	{ "At least 30 people have died of heatstroke during a heatwave in "
	    "the city, officials said on Tuesday.", "disaster" },
	{ "A runner died of heatstroke after collapsing near the finish line "
	    "of the marathon on Sunday, organisers said.", "medical" },
	{ "City crushed United 4-0 at the stadium on Sunday to go top of the "
	    "league.", "sports" },
	/* police killing criminals is policing; an army's operation stays
	 * one, whoever it fights */
	{ "Police said three suspected armed robbers were killed in a "
	    "shootout with officers at their hideout on Tuesday.", "other" },
	{ "Troops killed three militants in a shootout at their hideout on "
	    "Tuesday, the army said.", "military_operation" },
	{ "Soldiers freed 10 hostages held by a drug gang in a military "
	    "operation on Thursday, the defence ministry said.",
	    "military_operation" },
	/* an outbreak of tornadoes is weather, one of cholera illness */
	{ "A tornado outbreak tore across three states overnight, killing 11 "
	    "people, officials said on Saturday.", "disaster" },
	{ "A cholera outbreak has killed 11 people in the district, health "
	    "officials said on Saturday.", "medical" },
	/* surgery told as the story; a victim's surgery is not */
	{ "Surgeons have removed a bullet lodged in a man's chest since he "
	    "was shot during a robbery in 2003. The operation was a success "
	    "and he is recovering, the hospital said.", "medical" },
	{ "Gunmen shot two guards at a bank on Monday; one underwent surgery "
	    "and is in a stable condition, police said.", NULL },
	/* kabaddi's raiders */
	{ "The raiders launched a blistering attack in the second half as "
	    "the home side won 48-29 in the Pro Kabaddi League on Wednesday, "
	    "with a super raid that wiped out three defenders.", "sports" },
	{ "Armed raiders attacked a village on Wednesday night, killing three "
	    "farmers, police said.", NULL },
	/* a hailstorm; a hail of bullets */
	{ "A severe hailstorm flattened standing wheat on Saturday; two "
	    "people died when a wall collapsed.", "disaster" },
	{ "Gunmen sprayed a bus with a hail of bullets on Saturday, killing "
	    "two passengers, police said.", NULL },
	/* "an accused" arrested for an old blast; "the accused" acting */
	{ "Police on Friday arrested an accused who had been absconding for "
	    "seven years in connection with a 2019 blast that injured several "
	    "people at a market.", "trial" },
	{ "The accused stabbed his neighbour three times on Monday night and "
	    "fled, police said.", NULL },
	/* an army's fire across a ceasefire line; gunmen's heavy fire */
	{ "A soldier was killed when Pakistani troops opened heavy fire on "
	    "Indian posts along the Line of Control on Thursday night, "
	    "violating the ceasefire, a defence spokesman said.",
	    "military_operation" },
	{ "Gunmen opened heavy fire on a police post on Thursday night, "
	    "killing a constable, officials said.", NULL },
	/* a review labelled so; a show attacked on its day */
	{ "Concert review: The band absolutely killed it on the opening night "
	    "of their tour, blasting through a two-hour set that ended with a "
	    "barrage of pyrotechnics.", "other" },
	{ "Concert review: A gunman opened fire at a concert hall on Saturday, "
	    "killing three fans, police said.", NULL },
	/* tourists returning after an attack: a business story */
	{ "Tourists are returning to the lakeside town for the first time "
	    "since last year's attack, and hotels report full occupancy.",
	    "other" },
	{ "Tourists are returning to the lakeside town, where gunmen killed "
	    "12 visitors at a hotel on Saturday, as police stepped up patrols "
	    "on Monday.", NULL },
	/* a basketball blowout told with shooting words */
	{ "The Celtics rode a hot shooting night to a blowout win on Friday, "
	    "their point guard hitting six from three-point range.", "sports" },
	{ "A gunman opened fire on fans outside the arena after a basketball "
	    "game on Friday night, wounding four people, police said.", NULL },
	/* a warrant out for a group's man; the man acting on the day */
	{ "Police obtained an international arrest warrant for a senior "
	    "al-Shabaab figure believed to be hiding abroad, officials said "
	    "on Monday.", "other" },
	{ "An al-Shabaab figure under an international arrest warrant led "
	    "gunmen who stormed a hotel on Monday, killing five guests, "
	    "police said.", NULL },
	/* a car driven into a terrace of diners; one whose brakes failed */
	{ "A man drove into the terrace of a restaurant on Sunday night, "
	    "injuring four diners, after he was refused service, police "
	    "said.", NULL },
	{ "An elderly driver lost control of his car and ploughed into a "
	    "cafe terrace on Sunday, injuring three diners, police said. The "
	    "driver told officers his brakes had failed.", "accident" },
	/* a bill debated after attacks elsewhere; a lawmaker stabbed
	 * during the debate */
	{ "Lawmakers on Tuesday debated a bill that would let police hold "
	    "terrorism suspects for longer. Supporters cited recent knife "
	    "attacks in other countries; critics warned of the cost to civil "
	    "liberties.", "other" },
	{ "A man stabbed a lawmaker outside parliament on Tuesday as deputies "
	    "debated a bill that would toughen anti-terrorism laws, wounding "
	    "him in the neck, police said.", NULL },
	/* an army's word for the attackers in quotes; a quoted metaphor */
	{ "Ten soldiers were killed when \"terrorists\" on motorbikes attacked "
	    "their post on Friday, the army said. Dozens of assailants were "
	    "\"neutralised\" in a counter-offensive backed by helicopters, it "
	    "said.", NULL },
	{ "Troops \"neutralised\" 14 \"terrorists\" in an operation in the "
	    "forest on Friday, the army said. Two soldiers were wounded in the "
	    "exchange of fire.", "military_operation" },
	/* attackers who "were neutralised" died, as "were killed" tells:
	 * the ambush stays the news; an air raid's dead are its own */
	{ "Seven soldiers died when their convoy came under attack by a "
	    "large number of armed men, the army said on state television. "
	    "Several of the attackers were \"neutralised\".", NULL },
	{ "Air force jets struck an insurgent camp in the forest on Monday, "
	    "and the military said dozens of fighters were \"neutralised\" "
	    "in the raids.", "military_operation" },
	{ "The opposition leader on Wednesday accused ministers of \"killing\" "
	    "the farm sector with their budget, and the finance minister "
	    "dismissed the criticism.", "other" },
	/* a group's men killed in an army offensive; its men killing */
	{ "Five suspected members of Abu Sayyaf were killed in a military "
	    "offensive in the hills on Tuesday, the army said. Troops overran "
	    "a camp after a firefight; one soldier was wounded.",
	    "military_operation" },
	{ "Insurgents stormed a village on Sunday, killing 15 civilians, in "
	    "revenge for the deaths of their commanders killed in a military "
	    "operation last month, officials said.", NULL },
	/* a sentence for an old massacre, then a new attack hours later */
	{ "A court on Monday jailed a militia commander for a 2021 massacre "
	    "in which 40 villagers died. Hours later, gunmen attacked a bus "
	    "station in the same town, killing four people, police said.",
	    NULL },
	{ "A court on Monday jailed a militia commander for a 2021 massacre "
	    "in which 40 villagers died. Relatives of the victims welcomed "
	    "the verdict outside the court.", "trial" },
	/* a plant's own work gone wrong; a bomb set off during it */
	{ "An explosion at a refinery injured four workers on Tuesday; the "
	    "company said the blast occurred during maintenance work.",
	    "accident" },
	{ "Militants detonated a bomb at a gas plant during maintenance work "
	    "on Tuesday, killing two guards, police said.", NULL },
	/* a year's count compared in percent; an attack beside one */
	{ "The country recorded 4,100 violent deaths in 2025, down 9 percent "
	    "from the previous year, the ministry said on Monday. Analysts "
	    "said extortion and kidnapping had risen.", "other" },
	{ "Gunmen killed nine people at a bus station on Sunday, police "
	    "said. The city recorded 900 violent deaths in 2025, down 5 "
	    "percent from the year before.", NULL },
	/* a fire lit by hand, probed as a hate crime; graffiti probed so
	 * and fuel poured in a mechanic's mishap */
	{ "Police are investigating a fire set early on Monday at the side "
	    "door of a mosque as a possible hate crime. Video shows a man "
	    "pouring liquid at the door before lighting it. No one was "
	    "hurt.", NULL },
	{ "Police are investigating anti-Muslim graffiti sprayed on the wall "
	    "of a mosque as a possible hate crime. No one was hurt.",
	    "other" },
	{ "A mechanic was pouring fuel on the engine of a truck when it "
	    "caught fire on Monday, injuring him; officials said the blaze "
	    "was accidental.", "accident" },
	/* a game's shooting percentage; attacks on referees counted */
	{ "The visitors shot 55 percent from the field and hit 17 "
	    "three-pointers to win 120-101 on Tuesday night, killing off the "
	    "home side's comeback. Their point guard finished with 31 "
	    "points.", "sports" },
	{ "Assaults on referees rose 20 percent last season, the football "
	    "association said on Monday, with 300 attacks reported at "
	    "matches across the league.", "other" },
	/* a kind of case drilled for is no attack; a "hostage situation"
	 * or a "siege situation" is one, not an abstract object */
	{ "Police held a drill for an active shooter situation at the "
	    "school.", "other" },
	{ "A hostage situation at a bank ended when gunmen shot a guard "
	    "dead.", NULL },
	/* talks halted over violence look back on it; flights halted
	 * after a drone strike are its news */
	{ "Flights suspended after drone attack on airport kills two",
	    NULL },
	/* a job found is no device found */
	{ "Police said he had found a job in the city before gunmen shot "
	    "him.", NULL },
	/* warning shots fired by police do not make a war of the killing
	 * that follows */
	{ "Police fired warning shots before a gunman killed two people at "
	    "the market.", NULL },
	/* a state's weapons test, told by its inert or practice warhead and
	 * its range; a missile fired at people near a range is an attack */
	{ "North Korea said on Thursday it had test-fired a new cruise "
	    "missile whose inert warhead fell inside a test range off its "
	    "east coast.", "other" },
	{ "A hypersonic glide vehicle carrying a practice warhead splashed "
	    "down in the Pacific on Friday after a flight from a base in "
	    "Alaska, the Pentagon said.", "other" },
	{ "A missile fired by militants hit a market near a former test "
	    "range on Thursday, killing three people, police said.", NULL },
	/* harm to the brain as medicine studies it; a beating that leaves
	 * brain damage is still the beating */
	{ "Former artillery gunners develop dementia earlier than other "
	    "veterans, neurologists in Oslo reported on Monday, and their "
	    "scans show shrinking grey matter.", "medical" },
	{ "A man beaten with an iron bar by three attackers outside a bar on "
	    "Tuesday suffered brain damage, police said.", NULL },
	/* a pause in talks prompted by violence looks back on it; violence
	 * that prompts a pause is the news */
	{ "Talks between the government and the rebels resumed on Tuesday "
	    "after a two-month pause prompted by an ambush on a convoy, "
	    "officials said.", "other" },
	{ "Rebels ambushed a convoy on Tuesday, killing six soldiers, "
	    "prompting a pause in talks with the government, officials "
	    "said.", NULL },
	/* a war's leftover, told by its age or its war, goes off by
	 * mistake; one laid or fired by attackers is theirs */
	{ "A woman collecting firewood was killed on Sunday when a landmine "
	    "dating back to the civil war exploded under her feet, officials "
	    "said.", "accident" },
	{ "Rebels planted a landmine on a village road that killed a woman "
	    "collecting firewood on Sunday, officials said.", NULL },
	{ "Two boys herding goats were killed when an old mortar round "
	    "exploded near their village on Sunday, local officials said.",
	    "accident" },
	{ "Militants fired an old mortar round at a police post on Sunday, "
	    "killing two officers, officials said.", NULL },
	/* the agent of a passive of violence acted, whoever tells of it;
	 * soldiers who kill militants are an operation */
	{ "Three herders were killed by masked men near a river on Sunday, "
	    "the army said. The army said troops were searching for the "
	    "killers.", NULL },
	{ "Three militants were killed by soldiers near a river on Sunday, "
	    "the army said.", "military_operation" },
	/* the rest of the captives offered for prisoners; captives seized
	 * and bargained over the same day */
	{ "A rebel group said on Wednesday it would set free the rest of "
	    "its captives if the army frees the fighters it holds, a "
	    "negotiator added.", "other" },
	{ "Gunmen seized 15 passengers from a bus on Sunday and demanded the "
	    "release of jailed comrades in return for the captives, police "
	    "said.", NULL },
	/* what a person is suspected of, dated back, is an earlier deed;
	 * undated, the deed is the news */
	{ "Detectives on Friday arrested a 24-year-old student suspected of "
	    "bombing a railway ticket office in 2022, prosecutors said.",
	    "trial" },
	{ "Police shot dead a man suspected of stabbing two guards at a "
	    "depot on Sunday, officials said.", NULL },
	{ "A man suspected of planting a bomb last year was shot dead by "
	    "police on Sunday after he opened fire on officers, wounding "
	    "two.", NULL },
	/* "the attack" after an attack dated back is the day's when a
	 * source gives its toll */
	{ "Mourners marking the 2015 massacre came under fire at the "
	    "memorial on Sunday. Three were killed in the attack, police "
	    "said.", NULL },
	/* armed groups' drones that drop explosives on a village attack
	 * it; an air force's jets that drop bombs are at war */
	{ "Drones operated by a criminal group dropped explosives on homes "
	    "in the town on Tuesday, injuring three residents, police said.",
	    NULL },
	{ "Air force jets dropped bombs on rebel hideouts in the hills on "
	    "Friday, killing 20 fighters, the military said.",
	    "military_operation" },
	/* dogs that attack are animals at large, a knife is not */
	{ "A jogger was taken to hospital with bite wounds after she was "
	    "attacked by two rottweilers on Saturday morning, police said.",
	    "other" },
	{ "A man was stabbed in the chest by his neighbour on Sunday during "
	    "an argument over the neighbour's pit bulls, police said.", NULL },
	/* a coffin carried and a day of mourning: the killing is earlier */
	{ "Dozens of journalists carried the coffin of a radio host shot "
	    "dead this week to the cemetery on Saturday, and the press union "
	    "declared a day of mourning.", "memorial" },
	{ "Gunmen opened fire on a funeral procession on Saturday, killing "
	    "three mourners and wounding five, prosecutors said.", NULL },
	/* talks broken off over attacks told in general */
	{ "The government suspended peace talks with the rebel group on "
	    "Tuesday, citing a string of attacks on police stations.",
	    "other" },
	{ "Rebels ambushed an army patrol on Sunday, killing four soldiers, "
	    "the defence ministry said. The government suspended peace talks "
	    "with the group last month.", NULL },
	/* a filling station that blows up is an accident */
	{ "A petrol station exploded on Monday while fuel was being offloaded "
	    "from a tanker, injuring six people, the fire service said.",
	    "accident" },
	{ "Boca Juniors' attackers showed a killer instinct on Thursday, "
	    "scoring twice in five minutes to beat Palmeiras and reach the "
	    "Copa Libertadores final.", "sports" },
};

/* A headline (or NULL), a text, and the look-alike reason it must read
 * as (NULL: an attack). */
struct reading {
	const char *title, *text, *reason;
};

/* Headline and text: the headline frames the story. */
static const struct reading headed[] = {
	/* forces who go to a suspect: a warrant served, an exchange of
	 * fire officers are a side of, a border crossing foiled; an
	 * attacker seen killing others before he falls stays an attack */
	{ "Wanted man killed at his farmhouse",
	    "A wanted man who fired at deputies trying to serve a warrant at "
	    "his farmhouse was shot and killed by a SWAT team on Thursday. "
	    "No deputies were hurt.", "military_operation" },
	{ "Robbery suspect killed in exchange of fire with police",
	    "A robbery suspect was killed in an exchange of fire with police "
	    "officers who raided his flat on Monday, prosecutors said.",
	    "other" },
	{ "Troops foil infiltration bid, two intruders killed",
	    "Two intruders were killed as troops foiled an infiltration bid "
	    "along the border on Friday, the army said.",
	    "military_operation" },
	{ "Gunman killed by police after shooting two",
	    "A gunman who had shot dead two shoppers at a mall was killed in "
	    "an exchange of fire with police on Saturday, officials said.",
	    NULL },
	/* a report's toll over a period; a killing of a day that a
	 * report's toll then adds to */
	{ "Report: 900 killed in bandit attacks this year",
	    "At least 900 people have been killed in bandit attacks in the "
	    "state since January, according to a report released by a rights "
	    "group on Tuesday. The group urged the government to act.",
	    "other" },
	{ "Gunmen kill 12 villagers",
	    "Gunmen killed 12 villagers in the district on Sunday, bringing "
	    "to 1,200 the number killed in attacks since January, according "
	    "to a report by a rights group.", NULL },
	/* arrests over an attack of an earlier day; arrests the same day
	 * as a fresh attack */
	{ "Police arrest three suspects over bus attack",
	    "Police have arrested three suspects in connection with Monday's "
	    "attack on a bus in which four passengers were killed, police "
	    "said. The suspects are being held pending arraignment.",
	    "trial" },
	{ "Militants attack police post; four suspects arrested",
	    "Militants attacked a police post on Sunday, wounding two "
	    "officers. Police later arrested four suspects over the attack.",
	    NULL },
	/* a headline that lists the army and another side as fighting;
	 * one that has troops fight off an attack names the attack */
	{ "Army, rebels clash near border town",
	    "The army said on Tuesday it had repelled an assault by rebel "
	    "fighters on its positions near the border town, killing dozens "
	    "of them.", "military_operation" },
	{ "Troops fight off militant attack on base",
	    "Militants attacked an army base in the north on Monday, killing "
	    "two soldiers, the military said.", NULL },
	/* a memorial at a museum; shots fired at a museum's ceremony */
	{ "New memorial to art museum attack victims unveiled",
	    "A memorial bearing the names of the 30 people killed in a 2016 "
	    "attack on the city's art museum was unveiled at the museum on "
	    "Friday. The museum's curator said the memorial was a reminder "
	    "of the lives lost.", "memorial" },
	{ "Gunman opens fire at museum memorial ceremony",
	    "A gunman opened fire at a museum during a memorial ceremony for "
	    "the victims of a 2015 attack on Saturday, wounding three "
	    "people, police said. The museum was closed after the "
	    "shooting.", NULL },
	/* a car driven at speed into a crowd, prosecutors taking over; a
	 * lorry whose brakes failed */
	{ "Driver ploughs into cafe terrace, injuring nine; anti-terror "
	    "prosecutors take over",
	    "Nine people were injured when a car drove at speed into a "
	    "crowded cafe terrace on Sunday evening, police said. The driver "
	    "was arrested, and the anti-terrorism prosecutor's office said "
	    "it had taken charge of the investigation.", NULL },
	{ "Lorry ploughs into market, killing five",
	    "A lorry whose brakes had failed ploughed into a crowded market "
	    "on Sunday, killing five people, police said. Prosecutors opened "
	    "an investigation into the driver.", "accident" },
	/* a headline's passive: the rebels the ones killed; rebels who
	 * killed, and attackers killed after they killed */
	{ "Army bombs rebel camp, seven rebels killed",
	    "The military bombed a rebel camp in the jungle on Thursday, "
	    "killing seven fighters, the defence minister said. The "
	    "operation targeted a faction led by a wanted rebel commander.",
	    "military_operation" },
	{ "Rebels killed seven soldiers in jungle ambush, army says",
	    "Rebels ambushed an army patrol in the jungle on Thursday, "
	    "killing seven soldiers, the defence minister said.", NULL },
	{ "Three militants killed after storming army base, killing 12 "
	    "soldiers",
	    "Militants stormed an army base on Thursday, killing 12 soldiers "
	    "before three of the attackers were shot dead, the army said.",
	    NULL },
	/* a germ that attacks cells is science; health workers fighting
	 * it who are attacked by gunmen are news */
	{ "Study films a virus attacking cells in the nose",
	    "Scientists have recorded a cold virus as it attacks the cells of "
	    "the nose, taking over their machinery and killing them within "
	    "a day, according to a study published on Thursday.", "medical" },
	{ "Ebola team fighting the virus attacked by gunmen; two killed",
	    "Gunmen attacked a team of health workers fighting the Ebola "
	    "virus in eastern Congo on Tuesday, killing two of them, "
	    "officials said.", NULL },
	/* a blow with a hammer or an axe, told as the day's news, is an
	 * attack whatever the charge that follows; one judged years on is
	 * the court's */
	{ "Paramedic hit with hammer on hospital ward",
	    "A paramedic needed surgery for a head wound after a patient hit "
	    "him with a hammer on a hospital ward on Saturday night. Police "
	    "said a 38-year-old man was due in court on a charge of wounding "
	    "with intent.", NULL },
	{ "Man jailed for hammer attack on wife",
	    "A man who struck his wife with a hammer at their home in 2022 "
	    "was jailed for 12 years on Monday, a court heard.", "trial" },
	/* a play about such a blow is the stage's */
	{ "Play about hospital hammer attack opens",
	    "A new play about a nurse who was struck with a hammer by a "
	    "patient opened at the city's main theatre on Saturday, and "
	    "critics praised its cast and its portrait of life in an "
	    "emergency department.", "other" },
	/* a town bombed "during the war" is the past of an old bomb's
	 * blast; the same past beside a market bomb leaves it an attack */
	{ "Wartime bomb explodes at building site, killing builder",
	    "A builder was killed and another was hurt when an unexploded "
	    "Second World War bomb detonated as they dug a trench on "
	    "Tuesday, police said. The town was heavily bombed during the "
	    "war.", "other" },
	{ "Bomb kills two at market",
	    "A bomb hidden in a bag exploded at a busy market on Monday, "
	    "killing two people, police said. The town was heavily bombed "
	    "during the war and has been calm since.", NULL },
	/* a mine that kills a deminer at work; deminers shot by gunmen */
	{ "Deminer killed in minefield blast",
	    "A deminer working for a charity was killed on Sunday when a "
	    "landmine exploded during mine clearance in a field, the group "
	    "said.", "accident" },
	{ "Gunmen kill two deminers",
	    "Gunmen opened fire on a team of deminers on their way to a "
	    "minefield on Sunday, killing two of them, police said.", NULL },
	/* two states' border guards fighting at a disputed border;
	 * militants storming a post on it */
	{ "Border guards clash at disputed frontier, three dead",
	    "Three soldiers were killed on Friday when the two neighbours' "
	    "border guards clashed at a disputed section of the border, "
	    "officials said.", "military_operation" },
	{ "Militants attack border post, killing three",
	    "Militants attacked a border post near the disputed border on "
	    "Friday, killing three guards, officials said.", NULL },
	/* a state's guards corps firing across a border; gunmen killing
	 * two of its members */
	{ "Revolutionary Guards strike militant camps across the border",
	    "The Revolutionary Guards fired missiles and drones at camps of "
	    "an armed opposition group across the border on Tuesday, the "
	    "Guards said. One person was killed, local officials said.",
	    "military_operation" },
	{ "Gunmen kill two Revolutionary Guards members",
	    "Gunmen on a motorcycle shot dead two members of the "
	    "Revolutionary Guards in the south-east on Tuesday, state media "
	    "said.", NULL },
	/* the forces killing the militants they hunt (the police's own
	 * operation is no army's); insurgents killing soldiers, two of
	 * them killed in turn */
	{ "Troops kill six insurgents in hideout raid",
	    "Troops have killed six insurgents in a raid on a farmhouse in "
	    "the hills, the army said on Monday.", "military_operation" },
	{ "Police kill three suspected militants",
	    "Police killed three suspected militants at a roadblock on "
	    "Monday, a police spokesman said.", "other" },
	{ "Insurgents kill six soldiers in raid",
	    "Insurgents killed six soldiers in a raid on an army post in the "
	    "hills on Monday, officials said. Troops killed two of the "
	    "attackers.", NULL },
	/* a bombing dated by a year after its place is an old one; a
	 * year that dates the place ("a school built in 2019") is not */
	{ "Suspect held over mosque bombing",
	    "Officials said on Friday that police had detained a man accused "
	    "of aiding the suicide bombing at a shrine in the old town in "
	    "2021 that killed 35 worshippers.",
	    "trial" },
	{ "Bomb at school kills 12",
	    "A suicide bombing at a school built in 2019 killed 12 pupils on "
	    "Monday, police said.", NULL },
	/* peace talks halted "over" kidnappings, hostages to be freed:
	 * the table's matter; an ambush, then talks suspended over it */
	{ "Talks between government and rebels resume",
	    "Rebel and government negotiators returned to peace talks on "
	    "Thursday, ending a pause of several months over a string of "
	    "abductions. Both delegations said a truce and the freeing of "
	    "captives would top the agenda.", "other" },
	{ "Rebels kill 12 soldiers in ambush; talks suspended",
	    "Rebels killed 12 soldiers in an ambush on an army convoy on "
	    "Monday, officials said. The government suspended talks over "
	    "the attack.", NULL },
	{ "Gunmen seize 30 hostages at hotel",
	    "Gunmen stormed a hotel on Monday and took 30 guests hostage, "
	    "police said. Negotiators were working for the release of the "
	    "hostages.", NULL },
	/* attacks "stepped up" are a trend; an ambush told first, the
	 * trend after it */
	{ NULL,
	    "Deaths from terrorism fell last year, a study released on "
	    "Thursday said. In the south insurgents stepped up bombings and "
	    "raids on police posts.", "other" },
	{ "Militants kill five soldiers in ambush",
	    "Militants ambushed an army patrol in the north-west on Monday, "
	    "killing five soldiers, officials said. Militants have stepped "
	    "up attacks on security forces in the region this year.", NULL },
	/* a device the victims found and handled; a second bomb police
	 * found after a blast */
	{ "Two boys killed as grenade explodes",
	    "Two boys were killed on Monday when a grenade that they had "
	    "found in a field exploded near their home, police said.",
	    "accident" },
	{ "Boy hurt as shell explodes",
	    "A boy was hurt on Monday when a mortar shell he was playing "
	    "with exploded in a field, police said.", "accident" },
	{ "Bomb kills three at market",
	    "A bomb exploded at a market on Monday, killing three people, "
	    "police said. Police said they had found a second device nearby "
	    "and defused it.", NULL },
	/* a season of malaria deaths; gunmen killing its health workers */
	{ "Malaria kills 30 children",
	    "Malaria has killed 30 children in the north since the rainy "
	    "season began, health officials said.", "medical" },
	{ "Gunmen kill three malaria workers",
	    "Gunmen shot dead three health workers on a malaria spraying "
	    "campaign in the north on Monday, police said.", NULL },
	/* a mine laid decades ago, told by a mine action centre; one
	 * rebels laid overnight */
	{ "Old mine kills farmer",
	    "A farmer was killed on Monday when his plough struck an "
	    "anti-tank mine laid decades ago, the national mine action "
	    "centre said.", "accident" },
	{ "Rebels plant mines that kill two",
	    "Two farmers were killed on Monday when a landmine planted by "
	    "rebels overnight exploded on a road, the army said. The mine "
	    "action centre said the group had laid new mines in the area.",
	    NULL },
	/* a warship warned off with shots; a frigate's shots answering
	 * pirates who wounded a crew member */
	{ "Frigate fires warning shots at foreign tanker",
	    "A frigate fired warning shots at a foreign tanker that had "
	    "entered the country's territorial waters on Wednesday, "
	    "officials said. No one was hurt.", "military_operation" },
	{ "Pirates fire on tanker, navy responds",
	    "Pirates fired on a tanker off the coast on Sunday, wounding a "
	    "crew member, before a frigate fired warning shots and the "
	    "attackers fled, the navy said.", NULL },
	/* two states' soldiers clashing, each blaming the other; soldiers
	 * clashing with gang members who attacked their checkpoint */
	{ "Two neighbours' troops clash at border, five dead",
	    "The two neighbours' soldiers clashed near a border town on "
	    "Tuesday, leaving five troops dead, and the two governments "
	    "accused each other of starting the fighting.",
	    "military_operation" },
	{ "Gang members clash with soldiers, six dead",
	    "Six people were killed when gang members attacked an army "
	    "checkpoint on Monday and soldiers clashed with them for an "
	    "hour, police said.", NULL },
	/* a kidnapping gang is the gang's trade; the gang abducting is
	 * an act */
	{ "Kidnapping gang leader sentenced to death",
	    "A court on Tuesday sentenced the leader of a kidnapping gang to "
	    "death for the abduction and killing of two traders in 2021.",
	    "trial" },
	{ "Kidnapping gang abducts three traders",
	    "A kidnapping gang abducted three traders from their cars on "
	    "Monday night and demanded a ransom, police said.", NULL },
	/* a history column's label; an archive building bombed */
	{ "From the archive: the 1927 school bombing",
	    "A century on, the school where a bomb killed dozens of children "
	    "remains a place of pilgrimage. The blast killed more than 40 "
	    "people. No one was ever prosecuted.", "other" },
	{ "Bomb damages city archive",
	    "A bomb exploded outside the city archive on Monday, killing two "
	    "guards, police said.", NULL },
	/* a place's clause dated back inside an opening participle is
	 * where the speaker stands; one of the day is the news */
	{ "Candidate pledges more police at rally",
	    "Speaking in the city where a bomb killed 12 people at a bus "
	    "station last year, the candidate promised to hire 5,000 police "
	    "officers. Rivals accused him of exploiting the victims.",
	    "other" },
	{ "Governor visits market after attack",
	    "Speaking at the market where gunmen killed three traders on "
	    "Monday, the governor promised more police patrols.", NULL },
	/* a caller's claim to the police; a victim's own call */
	{ "Armed police storm home after fake call",
	    "Armed officers surrounded a house on Sunday after a caller rang "
	    "police claiming a man had shot his wife and taken his children "
	    "hostage. The call was a hoax.", "other" },
	{ "Woman calls police after husband shoots her",
	    "A woman called police on Sunday saying her husband had shot "
	    "her. She was taken to hospital with a gunshot wound to the leg "
	    "and the man was arrested.", NULL },
	/* a group named on the fighters killed is the side struck; one
	 * named after "by" did the killing */
	{ "Troops kill four suspected Boko Haram fighters in raid",
	    "Soldiers shot dead four suspected Boko Haram fighters during a "
	    "raid on a hideout on Tuesday, the army said. No soldiers were "
	    "hurt.", "military_operation" },
	{ "Villagers shot dead in raid",
	    "Four villagers were shot dead by suspected Boko Haram fighters "
	    "during a raid on their village on Tuesday, police said.", NULL },
	/* a study's findings about attacks; an attack a report tells */
	{ "Think tank: armed groups turn to cheap drones",
	    "Armed groups have started to fit hobby drones with small "
	    "charges, a study by a think tank says. The authors documented "
	    "30 such cases over two years and found the share of attacks on "
	    "civilians had risen.", "other" },
	{ "Drone attack kills four soldiers",
	    "A drone fitted with explosives struck an army base on Monday, "
	    "killing four soldiers, a report by the army said.", NULL },
	/* "militant attacks" names a kind of attack; such attacks that
	 * kill are an act */
	{ "Envoy summoned over remarks on militant attacks",
	    "The foreign ministry summoned the ambassador on Tuesday after a "
	    "lawmaker praised an armed group in a speech.", "other" },
	{ "Militant attacks kill five soldiers",
	    "Militants attacked two army posts on Monday, killing five "
	    "soldiers, officials said.", NULL },
	/* a hoax that ends in charges is still a hoax; a study of
	 * survivors' health is medical, its attacks the cohort's past */
	{ "Woman accused of faking abduction to extort family",
	    "Police said on Monday a 24-year-old woman had staged her own "
	    "abduction, sending her husband a photo of herself tied to a "
	    "chair and demanding money. She has been charged with "
	    "extortion.", "other" },
	{ "Survivors of terrorist attacks at higher risk of heart disease",
	    "Survivors of terrorist attacks were 30% more likely to develop "
	    "heart disease within ten years, a study of 3,000 people found. "
	    "The researchers said chronic stress was a likely factor. The "
	    "authors called for health monitoring of survivors.",
	    "medical" },
	/* the one arrested between the verb and "over" or "in
	 * connection with" an attack years old; an arrest after the
	 * day's bombing */
	{ "Arrest made over 2005 bus station bombing",
	    "Police said on Tuesday they had arrested a 47-year-old man in "
	    "connection with the bombing of a bus station in 2005 that "
	    "killed seven people.", "trial" },
	{ "Woman held over 1998 bakery fire",
	    "A woman has been detained on suspicion of murder over a 1998 "
	    "arson attack on a bakery in which two brothers died, "
	    "prosecutors said on Thursday.", "trial" },
	{ "Bomb kills seven at bus station",
	    "A bomb exploded at a bus station on Tuesday, killing seven "
	    "people. Police said they had arrested a 47-year-old man in "
	    "connection with the attack.", NULL },
	/* "active shooter situations" trained for; an active shooter
	 * who opens fire */
	{ "Inquest finds delays in response to mall shooting",
	    "An inquest found on Tuesday that paramedics waited too long to "
	    "reach a mall where a gunman shot dead five people in 2022. The "
	    "coroner recommended changes to how crews are trained for "
	    "active shooter situations.", "trial" },
	{ "Active shooter at school",
	    "An active shooter opened fire at a school on Tuesday, killing "
	    "two students and wounding four, police said.", NULL },
	/* a memorial set on fire or blown up is the target; one
	 * vandalised, unveiled or held in a church is remembering */
	{ "Memorial to bombing victims set on fire",
	    "A memorial honouring the victims of a 2010 bombing was set on "
	    "fire overnight, police said on Tuesday. Nobody was hurt.",
	    NULL },
	{ "Memorial plaque blown up",
	    "A memorial plaque to the victims of a massacre was destroyed by "
	    "an explosive device overnight, police said on Tuesday. Nobody "
	    "was hurt.", NULL },
	{ "Memorial to bombing victims vandalised",
	    "A memorial honouring the victims of a 2010 bombing was "
	    "vandalised overnight, police said on Tuesday. Nobody was hurt.",
	    "memorial" },
	{ "Memorial unveiled to victims of station bombing",
	    "A memorial plaque honouring the victims of the 2010 bombing, "
	    "which destroyed the station and killed 14 people, was unveiled "
	    "on Tuesday.", "memorial" },
	{ "Memorial service for fire victims",
	    "A memorial service was held on Tuesday for the 12 people who "
	    "were killed when their building was set on fire in 2019.",
	    "memorial" },
	/* the attack in a memorial's dedication is remembered; one done
	 * to the memorial, or at it, is news */
	{ "Memorial to ferry bombing victims defaced",
	    "A memorial to victims of a ferry bombing a decade ago was "
	    "defaced with paint overnight, police said on Tuesday. No one "
	    "was hurt.", "memorial" },
	{ "Memorial to ferry bombing victims set ablaze",
	    "A memorial to the victims of a 2012 ferry bombing was set on "
	    "fire overnight, police said on Tuesday. No one was hurt.",
	    NULL },
	{ "Memorial to the war dead attacked",
	    "A memorial for the war dead was attacked with a bomb on "
	    "Tuesday, killing two people who had gathered there, police "
	    "said.", NULL },
	{ "Gunmen attack memorial to war victims, killing three",
	    "Gunmen opened fire on people gathered at a memorial to war "
	    "victims on Tuesday, killing three, police said.", NULL },
	/* "set alight" as "set ablaze"; a faulty heater's is an
	 * accident */
	{ "Shop set alight, police treat fire as deliberate",
	    "A shop was set alight overnight after a man was seen pouring "
	    "liquid through its letterbox, police said on Tuesday. Nobody "
	    "was hurt.", NULL },
	{ "House fire caused by faulty heater",
	    "A faulty heater set alight a pile of laundry, causing a house "
	    "fire on Tuesday in which two children were treated for smoke "
	    "inhalation, firefighters said.", "accident" },
	/* "anniversary blast" is the day a new blast fell on; the
	 * anniversary of a bombing is remembering it */
	{ "Bomb hits bazaar on day of remembrance",
	    "A bomb exploded in a busy bazaar in the capital on Thursday, "
	    "killing three vendors and wounding five, police sources said. "
	    "It went off as residents marked the anniversary of a 2015 "
	    "attack on a hotel.", NULL },
	{ "Anniversary-day bombing kills four at bus stop",
	    "A bomb exploded at a bus stop on Tuesday, killing four people, "
	    "police said, on the anniversary of the city's worst attack.",
	    NULL },
	{ "City marks anniversary of market bombing",
	    "The city held a minute's silence on Tuesday to mark the "
	    "anniversary of a market bombing that killed 30 people in 2016.",
	    "memorial" },
	/* cluster munitions are armies' arms: one left from a war is a
	 * relic; a bomb thrown near fields strewn with them is news */
	{ "Cluster bomb kills two farmers clearing olive grove",
	    "Two farmers were killed on Sunday when a cluster bomb left from "
	    "the war went off as they cleared an olive grove, officials "
	    "said.", "accident" },
	{ "Bomb thrown into market kills two farmers",
	    "Gunmen threw a bomb into a market on Sunday, killing two "
	    "farmers, near fields still littered with cluster munitions from "
	    "the war, police said.", NULL },
	/* the lede's device is the one its headline explains; a headline
	 * with no cause leaves it a bomb */
	{ "Leftover mortar round explodes in orchard, killing farmer",
	    "A farmer was killed when he struck an explosive device while "
	    "pruning trees in his orchard on Sunday, police said. The area "
	    "was heavily shelled during the war.", "accident" },
	{ "Bomb explodes at market, killing farmer",
	    "A farmer was killed when an explosive device went off at a "
	    "market on Sunday, police said.", NULL },
	/* only the device is renamed: an ambush the lede tells besides
	 * is an attack */
	{ "Wartime bomb explodes in field, killing shepherd",
	    "A shepherd was killed when an old bomb went off in a field on "
	    "Sunday, and two soldiers sent to clear the area were wounded in "
	    "an ambush minutes later, officials said.", NULL },
	/* "the raid" after a raid dated back retells it; after a new
	 * attack it is the day's */
	{ "Town remembers hotel raid victims",
	    "Relatives of those killed in the 2009 hotel raid lit candles "
	    "outside the hotel on Sunday. Militants shot 40 guests during "
	    "the raid.", "memorial" },
	{ "Militants attack hotel on anniversary of raid",
	    "Militants attacked a hotel on Sunday, ten years after the 2009 "
	    "hotel raid. They shot four guests during the raid, police "
	    "said.", NULL },
	/* captives freed, taken months before or after a time in captivity,
	 * however long: the end of a kidnapping; a kidnapping with a few freed
	 * the same day is news */
	{ "Herders home after eight months in captivity",
	    "A militia released kidnapped herders on Thursday, a local chief "
	    "said. Gunmen had taken them from their camp last summer.",
	    "other" },
	{ "Aid worker freed after nearly three years in captivity",
	    "A French aid worker held by jihadists in Mali was released on "
	    "Tuesday, her family said.", "other" },
	{ NULL, "Bandits freed the abductees from a farming village on "
	    "Monday, according to a village elder. They had been taken from "
	    "their homes in January.", "other" },
	{ "Gunmen kidnap eleven farmers, free two",
	    "Gunmen kidnapped eleven farmers from their fields on Sunday and "
	    "later freed two of them, police said.", NULL },
	/* an "encounter" is the forces' own gunfight, unless attackers are
	 * seen striking first */
	{ "Three Maoists killed in encounter",
	    "Three Maoists were killed in an encounter with a police team in "
	    "the forests of Malkangiri district on Sunday, officials said.",
	    "military_operation" },
	{ "Two rebels killed in Samar encounter",
	    "Two suspected rebels were killed in an encounter with Army troops "
	    "in a village on Samar island on Tuesday, the military said.",
	    "military_operation" },
	{ "Militants ambush patrol, soldier killed",
	    "Militants ambushed a police patrol in the hills on Monday, killing "
	    "one constable, and two attackers died in the encounter that "
	    "followed, officials said.", NULL },
	/* police or soldiers who fall in an encounter or a gunfight with
	 * militants are the ones attacked; militants who fall to the forces
	 * are the operation's */
	{ "Two policemen martyred in Lakki encounter",
	    "Two policemen were martyred in an encounter with terrorists in "
	    "Lakki Marwat late on Sunday, police said.", NULL },
	{ "Two jawans killed in Poonch encounter",
	    "Two jawans were killed in an encounter with terrorists in the "
	    "forests of Poonch on Thursday, the army said.", NULL },
	{ "Two insurgents killed in Tirap",
	    "Two insurgents were killed in a gunfight with troops in Tirap "
	    "district on Thursday, the army said.", "military_operation" },
	/* captives rescued by the forces were taken before */
	{ "Troops rescue kidnapped herders",
	    "Soldiers on Monday rescued 17 kidnapped herders and neutralised "
	    "four bandits in a clearance operation in the forest, the army "
	    "said.", "military_operation" },
	/* an arrest for an attack of weeks ago: the case is the news */
	{ "Police arrest suspect in bus stop bombing",
	    "Police on Monday arrested a 29-year-old man suspected of planting "
	    "a bomb at a bus stop last month, an attack that wounded four "
	    "commuters.", "trial" },
	/* a kicker set off by a bar labels commentary as a colon does */
	{ "ANALYSIS | Why bomb attacks on rail lines keep rising",
	    "Bomb attacks on rail lines have become more common in the "
	    "province. Officials and researchers blame cheap explosives and "
	    "long unguarded tracks.", "other" },
	/* the rites of the dead are the story, the killing told before */
	{ "Slain constables cremated with state honours",
	    "Three constables killed in a landmine blast in Gadchiroli last "
	    "week were cremated with full state honours in their villages on "
	    "Sunday.", "memorial" },
	/* "regained his freedom": a captive's release, however it came */
	{ "Kidnapped surveyor regains his freedom",
	    "A land surveyor kidnapped from his site three weeks ago has "
	    "regained his freedom, his family said on Friday.", "other" },
	/* a report's toll over the first months of a year is the
	 * period's */
	{ "Rights group counts the dead",
	    "Attacks by armed groups killed at least 700 civilians in the "
	    "first half of the year, a rights group said in a report on "
	    "Tuesday.", "other" },
	/* police fire on a party's crowd in the street: force used on a
	 * protest */
	{ "Strike turns violent",
	    "Police fired tear gas at opposition supporters who set tyres "
	    "alight during a strike in Accra on Monday. Several people were "
	    "injured in the clashes.", "military_operation" },
	/* a ransom paid ends a kidnapping told before; one demanded is
	 * part of the day's */
	{ "Engineer freed",
	    "An engineer abducted in Warri last month was released on Friday "
	    "after his employer paid a ransom, police said.", "other" },
	{ "Gunmen seize engineer",
	    "Gunmen abducted an engineer at a building site in Warri on "
	    "Friday and demanded a ransom, police said.", NULL },
	/* a group listed for sanctions over attacks it is blamed for;
	 * a listed group's fighters attacking */
	{ "Sanctions on militia leaders",
	    "The Treasury imposed sanctions on four commanders of a militia "
	    "it blames for attacks on aid convoys, freezing any assets they "
	    "hold abroad.", "other" },
	{ "Militia fighters storm checkpoint",
	    "Fighters of a militia on the UN sanctions list stormed a police "
	    "checkpoint near Goma on Tuesday, killing two officers, officials "
	    "said.", NULL },
	/* a ban on carrying a weapon is policy; a blade used despite one
	 * is an attack */
	{ "Lawmakers debate knife rules",
	    "BERLIN - Lawmakers on Wednesday debated a ban on carrying knives "
	    "at railway stations, drawn up after last year's stabbing on a "
	    "train.", "other" },
	{ "Two stabbed at market",
	    "A man stabbed two people at a market in Graz on Saturday despite "
	    "a ban on knives there, police said.", NULL },
	/* claims counted and compared: statistics; a claim of the day's
	 * attack beside such a count is a claim */
	{ "Claimed attacks double",
	    "The number of attacks claimed by the group in the province has "
	    "doubled this year, analysts said.", "other" },
	{ "Group claims ambush",
	    "The group claimed an ambush on a convoy near Palmyra on Sunday "
	    "that killed six soldiers, as the number of its attacks rose, "
	    "officials said.", NULL },
	/* the cash-in-transit trade is what robbers attack; the
	 * cash-in-transit robbers police shoot are their quarry */
	{ "Cash-in-transit industry seeks army escorts",
	    "The cash-in-transit industry called for soldiers to escort its "
	    "vans after armed robbers ambushed a van near Durban on Friday, "
	    "killing a guard, police said.", NULL },
	{ "Robbers killed in shootout",
	    "Police shot dead three suspected cash-in-transit robbers in a "
	    "shootout near Pretoria on Monday, police said.", "other" },
	/* a courtroom and its people as the scene and the victims of a
	 * shooting of the day; a court's own act after an attack */
	{ "Courtroom shooting",
	    "BOGOTA - A defendant grabbed a guard's pistol and opened fire in "
	    "a courtroom on Wednesday, wounding a judge and a clerk, before he "
	    "was shot dead by police, officials said.", NULL },
	{ "Court orders release of knife attack suspect",
	    "A court in Madrid on Friday ordered the release of a man "
	    "detained after a knife attack that wounded two people, saying "
	    "the evidence against him was weak.", "trial" },
};

/* title (may be NULL) and text read as an attack (reason NULL) or as a
 * look-alike for reason.  The tests of this file read with the rules
 * alone (rules_only): the second opinion that may overrule them
 * (extract/model.h) is a statistical model, measured over the sets by
 * t0410 and t0440, not case by case. */
static void
expect_reading(const char *title, const char *text, const char *reason)
{
	struct extract_input in = { title, text, strlen(text),
	    "2024-03-16T10:00:00Z", 1 };
	json_t *rec = extract_incident(&in);
	json_t *r = json_object_get(rec, "not_incident");

	print_message("# %s\n", title ? title : text);
	if (reason == NULL) {
		assert_true(json_is_true(json_object_get(rec, "is_incident")));
		assert_true(json_is_null(r));
	} else {
		assert_true(json_is_false(json_object_get(rec,
		    "is_incident")));
		assert_string_equal(json_string_value(r), reason);
	}
	json_decref(rec);
}

static void
test_lookalikes(void **state)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		expect_reading(NULL, cases[i].text, cases[i].reason);
	(void)state;
}

static void
expect_readings(const struct reading *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		expect_reading(r[i].title, r[i].text, r[i].reason);
}

static void
test_headed_lookalikes(void **state)
{
	expect_readings(headed, sizeof(headed) / sizeof(headed[0]));
	(void)state;
}

/* Crime-desk look-alikes, each beside a text in the same words that
 * keeps its reading. */
static const struct reading crime_desk[] = {
	/* a blood disorder named; a sickle used as a blade */
	{ "Sickle cell attacks leave children in pain",
	    "Children with sickle cell disease suffer repeated painful "
	    "attacks, and a sickle cell crisis can strike without warning, "
	    "doctors told a conference on Tuesday.", "medical" },
	{ NULL, "A farmer was attacked with a sickle in his field on Monday "
	    "and died of his wounds, police said.", NULL },
	/* a pain likened to being stabbed; someone seen being stabbed */
	{ NULL, "Patients described the pain as like being stabbed from the "
	    "inside, a hospital report said on Tuesday.", "other" },
	{ NULL, "The man was seen being stabbed outside a bar on Monday "
	    "night and died in hospital, police said.", NULL },
	/* a shooter video game's final; a shooting at a game tournament */
	{ NULL, "A team of outsiders stormed the bomb site with two seconds "
	    "left to take the deciding map on Saturday.", "sports" },
	{ NULL, "A gunman opened fire at a video game tournament in a "
	    "shopping centre on Sunday, killing two players and wounding "
	    "nine before shooting himself, police said.", NULL },
	/* pupils who faint together; pupils who faint at a shooting */
	{ NULL, "Dozens of pupils fainted during a school assembly on Monday "
	    "and were taken to hospital. Officials said the heat and poor "
	    "ventilation were to blame and all were discharged.",
	    "medical" },
	{ NULL, "A gunman opened fire at a school on Monday, wounding three "
	    "students, police said. Several pupils fainted as classmates "
	    "fled.", NULL },
	/* fireworks set off at a door to intimidate; fireworks that
	 * went off by accident */
	{ NULL, "An explosive device was set off at the door of a shop on "
	    "Tuesday night. Police believe criminals are using heavy "
	    "fireworks to intimidate business owners.", NULL },
	{ NULL, "A box of fireworks exploded in a garage on Tuesday, "
	    "injuring two men who were preparing a display; police said it "
	    "was an accident.", "accident" },
	/* two armies at their border; gunmen at a border post */
	{ NULL, "Two soldiers were killed in a border clash between the "
	    "armies of the two neighbours on Friday, the defence ministries "
	    "said.", "military_operation" },
	{ NULL, "Gunmen attacked a border post on Friday, killing two "
	    "soldiers, the defence ministry said.", NULL },
	/* police video of an earlier shooting released; footage of a
	 * shooting of the day to be reviewed */
	{ NULL, "The sheriff's office on Thursday released body camera "
	    "footage of the fatal shooting in January of a man who had aimed "
	    "a rifle at deputies.", "other" },
	{ NULL, "A gunman opened fire on two officers during a traffic stop "
	    "on Monday night, wounding both, police said. Body camera "
	    "footage of the shooting will be reviewed.", NULL },
	/* a shouting match; a stabbing after one */
	{ NULL, "Police were called after a dispute between neighbours "
	    "escalated into a shouting match on Sunday. Nobody was hurt.",
	    "other" },
	{ NULL, "A man was stabbed after a shouting match between "
	    "neighbours escalated on Sunday, police said.", NULL },
	/* a business trend after a wave of shootings; a wave of bombings
	 * of the day */
	{ "Guard companies thrive as extortion shootings spread",
	    "Demand for armed guards has doubled this year, security firms "
	    "say, as shop owners react to a wave of extortion and shootings. "
	    "Trade figures suggest the industry now has more staff than the "
	    "police force.", "other" },
	{ NULL, "A wave of bombings hit the capital on Tuesday, killing 50 "
	    "people, officials said.", NULL },
	/* the police's appeal for information; a convict's appeal; an
	 * appeal for witnesses to a stabbing of the day */
	{ "Police renew appeal over 2003 murder of pharmacist",
	    "Police have renewed their appeal for information about the "
	    "2003 murder of a pharmacist who was found beaten to death at "
	    "his home, publishing a photo of a car seen in the street.",
	    "other" },
	{ NULL, "A man lost his appeal on Monday against his conviction "
	    "for a 2019 stabbing at a nightclub, the court ruled.",
	    "trial" },
	{ NULL, "A man was stabbed outside a nightclub early on Sunday and "
	    "is in a serious condition. Police appealed for witnesses.",
	    NULL },
};

static void
test_crime_desk(void **state)
{
	expect_readings(crime_desk, sizeof(crime_desk) / sizeof(crime_desk[0]));
	(void)state;
}

/* Remembrance and accident desks: each rule's look-alike beside a text
 * in the same words that keeps its reading. */
static const struct reading remembrance_desk[] = {
	/* a headline's "stabs" and ", critically wounding two" (any adverb
	 * of how badly) tell harm done at a ceremony; the harm a ceremony
	 * remembers stays past */
	{ "Intruder stabs priest at bombing memorial",
	    "An intruder lunged at the altar with a knife during a service "
	    "for those killed in the 2016 stadium bombing on Saturday, gravely "
	    "wounding a priest.", NULL },
	{ NULL, "A gunman fired into a group of pilgrims gathered to "
	    "remember the 2009 mosque bombing on Friday, superficially "
	    "wounding three.", NULL },
	{ NULL, "A man opened fire on a crowd at a rally marking the "
	    "anniversary of the 2010 massacre on Sunday, critically wounding "
	    "two, police said.", NULL },
	{ "Vigil marks anniversary of theatre siege",
	    "Hundreds held a vigil on Sunday marking the fifth anniversary of "
	    "the 2018 theatre siege, in which gunmen killed 12 people and "
	    "wounded dozens, seriously injuring many.", "memorial" },
	/* one firework that went astray; one thrown at a home */
	{ "Boy killed by stray firework at street party",
	    "A 10-year-old boy died on Sunday after a firework hit him in the "
	    "chest during a street party, officials said.", "accident" },
	{ NULL, "Masked men hurled a lit firework through the window of a "
	    "family home on Sunday night, injuring a woman, in what police "
	    "called a deliberate attack.", NULL },
	{ "Teenagers throw firework into kebab shop",
	    "Teenagers threw a lit firework into a kebab shop on Saturday "
	    "night and then punched the owner, police said.", NULL },
	/* a shell left from a war long over; a bomb left by militants */
	{ NULL, "Two fishermen died on Tuesday when a mortar shell left from "
	    "the 1990s war exploded as they pulled their nets ashore, local "
	    "officials said.", "accident" },
	{ NULL, "Two scrap collectors died on Tuesday when a rusty artillery "
	    "round went off as they cut it open, police said.", "accident" },
	{ NULL, "Militants left a bomb in a bag at a bus station on Tuesday; "
	    "it exploded an hour later, killing four people, police said.",
	    NULL },
	/* the headline's bomb is the text's unexploded one; a bomb
	 * planted beside an unexploded second one */
	{ "Old bomb kills two farmers",
	    "Two farmers were killed on Monday when an unexploded bomb dropped "
	    "during the war went off under their plough, police said.",
	    "accident" },
	{ "Bomb kills two farmers at cattle market",
	    "A bomb hidden in a sack exploded at a cattle market on Monday, "
	    "killing two farmers, police said. A second, unexploded bomb was "
	    "found nearby and defused.", NULL },
	/* an inquiry's or a coroner's findings about violence gone by; a
	 * stabbing on the day an inquiry opens */
	{ "Inquiry finds hospital ignored threats before stabbing",
	    "A public inquiry has found that hospital managers ignored "
	    "repeated threats before a patient stabbed two nurses on a ward "
	    "in 2019.", "trial" },
	{ NULL, "The coroner has ruled that police could have stopped a "
	    "gunman who shot dead four people at a supermarket in 2021.",
	    "trial" },
	{ "Nurse stabbed on ward as staffing inquiry opens",
	    "A patient stabbed a nurse on a hospital ward on Monday, hours "
	    "before a public inquiry into staffing opened in the city, "
	    "police said.", NULL },
	/* "the 2017 killing of": a killing dated; one under
	 * investigation today */
	{ "Soldiers to face trial over campaigner's death",
	    "Two former soldiers must answer for the 2019 killing of an "
	    "environmental campaigner, a judge in Tegucigalpa ruled on "
	    "Wednesday.", "trial" },
	{ NULL, "Police are investigating the killing of a trade unionist "
	    "who was shot dead outside his office on Tuesday, officials "
	    "said.", NULL },
	/* two named attacks sharing one noun; attacks in two cities */
	{ NULL, "The government on Monday announced new money for victim "
	    "support services, a promise first made after the Leeds and "
	    "Bristol bombings.", "other" },
	{ NULL, "Gunmen attacked churches in Leeds and Bristol on Sunday, "
	    "killing six worshippers, police said.", NULL },
	/* a survivor's past in a clause about her; her killing the news */
	{ "Hotel attack survivor killed in car",
	    "A nurse who survived the 2008 hotel attack in the capital was "
	    "shot dead in her car at a junction on Friday, relatives said.",
	    NULL },
	{ NULL, "A teacher who survived a 2015 school siege in which gunmen "
	    "killed 20 pupils spoke at a memorial service on Tuesday.",
	    "memorial" },
	/* the clause ends at the main verb, whatever it is */
	{ "Survivor of 2012 church bombing killed",
	    "A shopkeeper who survived a 2012 church bombing in Jos collapsed "
	    "on Monday after gunmen shot him at his stall, residents said.",
	    NULL },
	/* a headline's "bombing" is the text's remembered bomb; the
	 * bomb of the day */
	{ "Concert hall bombing: wreaths for 27 dead",
	    "Survivors and families laid wreaths at the concert hall on "
	    "Saturday, 12 years after a bomb tore through the audience and "
	    "left 27 people dead.", "memorial" },
	{ "Ferry bombing: toll rises to 40",
	    "A bomb exploded on a ferry in the port city on Sunday, killing "
	    "40 passengers, officials said.", NULL },
	/* the headline's "bombing" is the "bomb" the text dates back */
	{ "Market bombing: traders mark ten years",
	    "Traders in the old market laid wreaths on Saturday, ten years "
	    "after a bomb tore through their stalls and killed 12 people.",
	    "memorial" },
	/* "killed when gunmen stormed the market in March 2014"; a raid
	 * of the day set against one of that month */
	{ "Traders remembered ten years on",
	    "Residents held prayers on Friday for the 31 traders killed when "
	    "gunmen stormed the market in March 2014.", "memorial" },
	{ NULL, "Thirty-one traders were killed when gunmen raided the market "
	    "on Friday, ten years after a similar raid in March 2014, police "
	    "said.", NULL },
	/* a team's name; suicide bombers; attackers in a paper's
	 * capitals, with no word of sport */
	{ "Bombers edge Falcons in overtime",
	    "Jake Morris kicked a late field goal as the Bombers edged the "
	    "Falcons 23-20 in overtime on Friday night.", "sports" },
	{ "Bombers attack police station",
	    "Two suicide bombers attacked a police station in the north on "
	    "Saturday, killing five officers, police said.", NULL },
	{ NULL, "Three people were killed on Sunday night as Suspected Armed "
	    "Bandits struck the village again, residents said.", NULL },
};

static void
test_remembrance_desk(void **state)
{
	expect_readings(remembrance_desk,
	    sizeof(remembrance_desk) / sizeof(remembrance_desk[0]));
	(void)state;
}

/* News-desk look-alikes, each beside an attack report in the same words
 * that keeps its reading. */
static const struct reading news_desk[] = {
	/* a violence word before a noun of a label or of a kind of case names a
	 * state's list or a plan, not an act; gunmen of a listed group act */
	{ NULL, "Canada on Wednesday listed a neo-Nazi chat group as a "
	    "terrorist entity, which lets banks seize its funds; according to "
	    "ministers, its members swapped plans for attacks on synagogues.",
	    "other" },
	{ NULL, "Every hospital in Manitoba must now plan for a mass "
	    "shooting scenario, the province's health department said on "
	    "Thursday.", "other" },
	{ NULL, "Gunmen from a group that Australia lists as a terrorist "
	    "organisation opened fire on a mosque in Sydney on Monday, "
	    "wounding three worshippers, police said.", NULL },
	/* a bomb joked about is the joke's; one set off by a man who joked
	 * is real */
	{ NULL, "A theatre in Leeds was emptied on Tuesday evening after a "
	    "pensioner joked that his umbrella was a bomb.", "other" },
	{ NULL, "A man who had joked with staff minutes earlier detonated a "
	    "bomb in a bar in Glasgow on Friday, injuring six people, "
	    "police said.", NULL },
	/* a rise in stabbings is a trend, whatever day a council acts on it,
	 * and so is the headline's word for it; a rise that leaves dead of its
	 * own tells them */
	{ "Council funds extra patrols after a year of stabbings",
	    "The city council approved funding for extra patrols on "
	    "Wednesday, pointing to a rise in stabbings across the city "
	    "centre.", "other" },
	{ NULL, "A surge in shootings over the weekend left six people dead "
	    "across Chicago, police said on Monday.", NULL },
	/* a man knifed on a day, set against a rise in stabbings */
	{ "Rise in stabbings as man knifed outside pub",
	    "A man was knifed outside a pub in Croydon on Saturday night amid "
	    "a rise in stabbings in the borough, police said.", NULL },
	/* an attacker word that ends a team's name, in the body and so in the
	 * headline, names no attacker */
	{ "Bombers thrash Cats to go top",
	    "The Essendon Bombers thrashed the Geelong Cats by 40 points on "
	    "Saturday night to go top of the ladder.", "sports" },
	{ "Bombers kill 12 at market",
	    "Suicide bombers struck a crowded market in Maiduguri on "
	    "Saturday, killing 12 people, police said.", NULL },
	/* robbers who blow open a security truck use explosives; a title
	 * race is blown open only in play */
	{ NULL, "Two guards were wounded on Wednesday when a gang blew open "
	    "the doors of an armoured security truck near Pretoria, police "
	    "said.", NULL },
	{ NULL, "The striker's late double blew open the title race on "
	    "Sunday as the hosts won 3-1.", "sports" },
	/* a massacre of jobs is a figure; the bombing of an office is not */
	{ NULL, "The union called the factory closures a massacre of jobs "
	    "and a slow death of the town's economy.", "other" },
	{ NULL, "The bombing of the budget office in Kabul on Monday killed "
	    "five staff, officials said.", NULL },
	/* a massacre of people, at a place or on a day, is one */
	{ NULL, "Residents blamed a militia for the massacre of pensioners "
	    "in a village near Beni on Saturday.", NULL },
	/* verbal abuse is no blow; a stabbing that follows it is one */
	{ NULL, "Taxi drivers in Lisbon are verbally assaulted by drunk fares "
	    "most weekends, a city council report said on Monday.", "other" },
	{ NULL, "A nurse was verbally abused and then stabbed by a "
	    "patient's relative at a hospital in Leeds on Tuesday, police "
	    "said.", NULL },
	{ NULL, "A shop worker was verbally abused and then kicked by a "
	    "customer in Bristol on Saturday, leaving her with bruised ribs, "
	    "police said.", NULL },
	/* the dead in portraits held up at a protest are remembered */
	{ NULL, "Outside the courthouse on Thursday, mothers held up "
	    "portraits of sons killed in gang shootings and demanded a "
	    "stricter gun law.", "other" },
	{ NULL, "A gunman opened fire at a school in Ottawa on Sunday, "
	    "killing two children, and police later released photos of the "
	    "suspect.", NULL },
	/* photos of the living, of attackers or suspects, frame nothing */
	{ NULL, "Police issued photos of two men who shot dead a shopkeeper "
	    "in Kumasi on Thursday, and asked the public for help.", NULL },
	{ "Photos of tram stop bomb suspect released",
	    "Detectives released photos of a woman they believe left a bomb "
	    "that went off at a tram stop in Oslo on Friday, wounding five "
	    "people.", NULL },
	/* a shot in a price or tariff war and an attack on a firm's margins
	 * or takings are trade */
	{ NULL, "The airline fired the opening shot in a fare war on "
	    "Monday, and rivals called the cuts an attack on their market "
	    "share.", "other" },
	{ NULL, "Two mobile operators slashed data prices on Monday, the "
	    "latest shots in a tariff war that one chief executive called an "
	    "attack on his firm's profit margins.", "other" },
	{ NULL, "The bank's rivals on Friday called its zero-fee accounts an "
	    "attack on their revenues.", "other" },
	{ NULL, "Shots were fired at the home of a grocery chain boss in "
	    "Sydney on Monday amid a bitter price war, and a neighbour was "
	    "wounded, police said.", NULL },
	/* drivers shot dead in a fare war between taxi ranks are dead */
	{ NULL, "A minibus owner and his driver were shot dead in a fare war "
	    "between two taxi ranks in Soweto on Thursday night.", NULL },
	/* booster shots are vaccines */
	{ NULL, "Pharmacies in Quebec will offer booster shots from next "
	    "week as covid cases rise, health officials said.", "medical" },
	{ NULL, "A pharmacist was shot and wounded during a robbery in "
	    "Quebec City on Tuesday, police said.", NULL },
	/* a crackdown on attacks and harsher penalties name a kind of act;
	 * the attack after a pledge happened */
	{ NULL, "The interior minister pledged on Monday to crack down on "
	    "knife attacks, and proposed harsher penalties for carrying "
	    "blades in public.", "other" },
	{ NULL, "A man attacked shoppers with a knife in Hamburg on Monday, "
	    "wounding four, hours after the minister pledged to crack down "
	    "on knife crime.", NULL },
	/* a crackdown on a march names no act; what its troops do that
	 * day happened */
	{ NULL, "Soldiers cracking down on a march in Bamako fired live "
	    "rounds on Thursday, killing three protesters, rights groups "
	    "said.", NULL },
	/* what detectives investigate when they charge someone is the case;
	 * a stabbing told first is the news */
	{ NULL, "Detectives investigating an arson attack on a restaurant "
	    "in Leeds earlier this month have charged two men, West "
	    "Yorkshire Police said.", "trial" },
	{ NULL, "Two people were stabbed in Leeds on Saturday. Detectives "
	    "investigating the attack have arrested a 19-year-old man, "
	    "police said.", NULL },
	/* a case of a recent day, told before the arrest, is the news */
	{ NULL, "Detectives investigating the killing of a delivery rider "
	    "who was stabbed in Hackney on Sunday have arrested three "
	    "teenagers.", NULL },
};

static void
test_news_desk(void **state)
{
	expect_readings(news_desk, sizeof(news_desk) / sizeof(news_desk[0]));
	(void)state;
}

/* A text, its publication (NULL: a Sunday, 2026-11-22, 13:00 UTC), the
 * attack's day the extractor should read and the words it should quote
 * for it (NULL: none, the day is the publication's). */
struct date_case {
	const char *title, *text, *published, *date, *said;
};

static void
expect_dates(const struct date_case *dates, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		struct extract_input in = { dates[i].title, dates[i].text,
		    strlen(dates[i].text), dates[i].published ?
		    dates[i].published : "2026-11-22T13:00:00Z", 1 };
		json_t *rec = extract_incident(&in), *ev, *said = NULL;

		print_message("# %s\n", dates[i].text);
		assert_string_equal(json_string_value(json_object_get(rec,
		    "date")), dates[i].date);
		ev = json_object_get(rec, "evidence");
		for (k = 0; k < json_array_size(ev); k++)
			if (strcmp(json_string_value(json_object_get(
			    json_array_get(ev, k), "field")), "date") == 0)
				said = json_object_get(json_array_get(ev, k),
				    "text");
		if (dates[i].said == NULL)
			assert_null(said);
		else
			assert_string_equal(json_string_value(said),
			    dates[i].said);
		json_decref(rec);
	}
}

/* The attack's day: what the text says of it, counted from the
 * publication, with the words as evidence; a day that dates a telling, a
 * sequel or a name is not it. */
static void
test_event_date(void **state)
{
	static const struct date_case dates[] = {
		{ NULL, "Gunmen killed five people in Kabul on Friday, police "
		  "said.", NULL, "2026-11-20", "Friday" },
		{ NULL, "A bomb killed three people in a Kabul market, police "
		  "said Saturday.", NULL, "2026-11-22", NULL },
		{ NULL, "Al-Shabaab on Sunday claimed Saturday's suicide "
		  "bombing at a checkpoint in Mogadishu, which killed seven.",
		  NULL, "2026-11-21", "Saturday's" },
		{ NULL, "A bomb exploded at Monday Market in Maiduguri, "
		  "killing five people.", NULL, "2026-11-22", NULL },
		{ NULL, "Families on Saturday began burying the victims of the "
		  "car bomb that killed nine people in Mogadishu.", NULL,
		  "2026-11-22", NULL },
		{ NULL, "The toll from the bombing in Kabul rose to 12 on "
		  "Saturday, officials said.", NULL, "2026-11-22", NULL },
		{ NULL, "A parcel bomb killed two people in Kyiv on Nov. 21, "
		  "police said.", NULL, "2026-11-21", "Nov. 21" },
		{ NULL, "Gunmen killed three people in Jos on 20 November.",
		  NULL, "2026-11-20", "20 November" },
		{ NULL, "Gunmen killed three people in Jos on May 20.", NULL,
		  "2026-11-22", NULL },
		/* published late on the UTC Sunday from a zone ahead of UTC,
		 * where it is Monday already */
		{ NULL, "A gunman killed two people in Manila on Monday, "
		  "police said.", "2026-11-22T23:30:00Z", "2026-11-23",
		  "Monday" },
		/* early in the UTC Sunday it is Monday nowhere: the Monday
		 * is the one before */
		{ NULL, "A gunman killed two people in Manila on Monday, "
		  "police said.", "2026-11-22T06:30:00Z", "2026-11-16",
		  "Monday" },
		{ NULL, "Gunmen killed two people in Manila yesterday.", NULL,
		  "2026-11-21", "yesterday" },
		/* in the headline, which leads with the text's first line */
		{ "Gunmen claim Friday's attack on Jos market",
		  "Gunmen killed three people at a market in Jos, police said "
		  "on Saturday.", NULL, "2026-11-20", "Friday's" },
	};

	expect_dates(dates, sizeof(dates) / sizeof(dates[0]));
	(void)state;
}

/* A follow-up report tells what came after the attack (a death, a
 * funeral, a reward) on its own day; the attack's day is the one it says
 * of the attack. */
static void
test_event_date_sequels(void **state)
{
	static const struct date_case dates[] = {
		/* a part of the day before the possessive */
		{ NULL, "A fourth person died on Saturday from wounds "
		  "sustained in Friday evening's grenade attack on a bar in "
		  "Goma.", NULL, "2026-11-20", "Friday evening's" },
		{ NULL, "Police offered a reward on Sunday over Thursday "
		  "night's shooting at a bar in Culiacan that killed five.",
		  NULL, "2026-11-19", "Thursday night's" },
		/* two days in a sentence: the earlier is the attack's, the
		 * later the sequel's */
		{ NULL, "Police offered a reward on Saturday for information "
		  "on the man who threw a grenade at a market in Marawi on "
		  "Thursday, killing two people.", NULL, "2026-11-19",
		  "Thursday" },
		{ NULL, "Authorities set up new checkpoints in Mosul on "
		  "Saturday after a car bomb on Thursday killed six people.",
		  NULL, "2026-11-19", "Thursday" },
		{ NULL, "Traders kept their shops closed on Saturday, two days "
		  "after gunmen killed four people near the market on "
		  "Thursday afternoon.", NULL, "2026-11-19", "Thursday" },
		{ NULL, "A fourth victim, a teenager, died in hospital on "
		  "Saturday following the bomb attack in Tumaco on Friday, "
		  "the mayor said.", NULL, "2026-11-20", "Friday" },
		{ NULL, "Thousands of mourners attended the funeral in the "
		  "northern city of Kano on Saturday of the imam shot dead "
		  "outside his mosque on Friday night.", NULL, "2026-11-20",
		  "Friday" },
		/* the later day said of a killing: a second attack after
		 * the first */
		{ NULL, "Five people were shot dead at a bar in Leon on "
		  "Saturday night, a day after six men were killed at a car "
		  "wash on Friday.", NULL, "2026-11-21", "Saturday" },
		/* a day of a name is no earlier event's */
		{ NULL, "A bomb exploded at a market in Maiduguri on Saturday "
		  "as traders prepared for the Black Friday sales.", NULL,
		  "2026-11-21", "Saturday" },
		/* counted from the publication, a weekday named after the
		 * first day may lie after it */
		{ NULL, "Gunmen killed seven people in a village on Friday, "
		  "officials told a meeting held in the capital on Sunday.",
		  NULL, "2026-11-20", "Friday" },
		/* a day of the sequel, and how long after the attack */
		{ NULL, "Twelve people wounded in the market bombing in Kano "
		  "were still in hospital on Saturday, doctors said, a day "
		  "after the attack that killed nine.", NULL, "2026-11-20",
		  "Saturday, doctors said, a day after" },
		{ NULL, "Hundreds of villagers fled to the town on Saturday, "
		  "two days after the massacre in which gunmen killed 30 "
		  "people.", NULL, "2026-11-19",
		  "Saturday, two days after" },
		{ NULL, "Hundreds of villagers fled to the town on Saturday, "
		  "2 days after the massacre in which gunmen killed 30 "
		  "people.", NULL, "2026-11-19", "Saturday, 2 days after" },
		{ NULL, "The bodies of five police officers were found on "
		  "Saturday, a day after gunmen ambushed their patrol in "
		  "Zacatecas state, authorities said.", NULL, "2026-11-20",
		  "Saturday, a day after" },
		/* an attack told as new before the "after": the day is its
		 * own, the attack after the "after" another */
		{ NULL, "A bomb exploded near a school in Quetta on Thursday, "
		  "a day after the attack on the police station in Turbat.",
		  "2026-11-27T12:00:00Z", "2026-11-26", "Thursday" },
		{ NULL, "Gunmen opened fire on worshippers at a mosque in Kano "
		  "on Thursday, a day after the attack on a church in "
		  "Kaduna.", "2026-11-27T12:00:00Z", "2026-11-26",
		  "Thursday" },
		/* a day said of a killing is an attack's own */
		{ NULL, "Gunmen killed five people in Jos on Saturday, a day "
		  "after the bombing of a church in the city.", NULL,
		  "2026-11-21", "Saturday" },
		{ NULL, "A bomb exploded in a crowded market in Peshawar on "
		  "Saturday, killing eight people, police said, a day after "
		  "militants killed two policemen at a checkpoint.", NULL,
		  "2026-11-21", "Saturday" },
		/* the later day said of an attack told as new before the
		 * "after": the earlier day is another attack's */
		{ NULL, "A suicide bomber struck a mosque in Peshawar on "
		  "Thursday, a day after militants stormed a police station "
		  "in Bannu on Wednesday.", "2026-11-27T12:00:00Z",
		  "2026-11-26", "Thursday" },
		{ NULL, "A car bomb exploded near a market in Mogadishu on "
		  "Thursday, two days after the government announced a new "
		  "offensive on Tuesday.", "2026-11-27T12:00:00Z",
		  "2026-11-26", "Thursday" },
		{ NULL, "On Thursday, gunmen shot dead two policemen in "
		  "Quetta, a day after a bomb killed five soldiers on "
		  "Wednesday.",
		  "2026-11-27T12:00:00Z", "2026-11-26", "Thursday" },
		/* nothing told as new before the "after": the earlier day */
		{ NULL, "Shops stayed closed on Thursday, two days after "
		  "gunmen killed six on Tuesday.", "2026-11-27T12:00:00Z",
		  "2026-11-24", "Tuesday" },
		{ NULL, "A fourth person died on Thursday following the attack "
		  "on Wednesday.", "2026-11-27T12:00:00Z", "2026-11-25",
		  "Wednesday" },
		/* the day of an earlier attack the text turns back to */
		{ NULL, "A bomber killed five people at a bus station in "
		  "Maiduguri, officials say. The attack on the edge of the "
		  "city follows another suicide bombing at a market on "
		  "Thursday.", NULL, "2026-11-22", NULL },
		{ NULL, "Gunmen shot dead four people at a bar in Culiacan, "
		  "police say. The attack came a day after gunmen killed six "
		  "men at a car wash in the city on Friday.", NULL,
		  "2026-11-22", NULL },
		/* the verb of a sequel some words before its day */
		{ NULL, "The state governor visited the wounded in the main "
		  "hospital on Saturday after three suicide bombers killed 19 "
		  "people at a fish market.", NULL, "2026-11-22", NULL },
		{ NULL, "The death toll from a car bomb that tore through a "
		  "crowded market in Baghdad rose to 23 in the hospitals on "
		  "Saturday as more of the wounded died.", NULL, "2026-11-22",
		  NULL },
		{ NULL, "The toll of the rebel attack on the village has risen "
		  "to 26 after volunteers found more bodies in nearby fields "
		  "on Saturday, the administrator said.", NULL, "2026-11-22",
		  NULL },
		/* unless an attack or a killing between them is what the
		 * day dates */
		{ NULL, "Police arrested a man who shot dead two on Saturday "
		  "at a bar in the city.", NULL, "2026-11-21", "Saturday" },
		{ NULL, "Police arrested two after gunmen opened fire on "
		  "Saturday at a bar in the city, killing two people.", NULL,
		  "2026-11-21", "Saturday" },
	};

	expect_dates(dates, sizeof(dates) / sizeof(dates[0]));
	(void)state;
}

static void
test_types_and_group(void **state)
{
	const char *text = "Boko Haram fighters detonated a bomb and opened "
	    "fire on a market, killing 9 people. The group claimed "
	    "responsibility. In 2014, al-Shabaab attacked a mall.";
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z", 1 };
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

/* types or weapons of text, as "a,b" in the order emitted. */
static const char *
list_field(const char *text, const char *field)
{
	static char out[128];
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z", 1 };
	json_t *rec = extract_incident(&in);
	json_t *a = json_object_get(rec, field);
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < json_array_size(a) && o < sizeof(out); i++)
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s",
		    i ? "," : "", json_string_value(json_array_get(a, i)));
	json_decref(rec);
	return out;
}

static void
test_type_rules(void **state)
{
	(void)state;
	/* Hostages killed later belong to the kidnapping. */
	assert_string_equal(list_field("Assailants abducted a pastor in Delta "
	    "state on Monday. He was found dead two days later.", "types"),
	    "kidnapping");
	/* What a bomb destroys is the bombing's damage. */
	assert_string_equal(list_field("A car bomb exploded outside a police "
	    "station in Mosul on Monday, killing three people and destroying "
	    "two shops.", "types"), "bombing");
	/* A bombing names its means even when no weapon word is there. */
	assert_string_equal(list_field("A suicide bomber blew himself up at "
	    "a checkpoint in Kabul on Monday, killing four guards.",
	    "weapons"), "explosives");
	/* A suicide attack with no gun or blade named is a bombing; with
	 * guns it is an armed assault. */
	assert_string_equal(list_field("A suicide attack on an army base "
	    "killed nine soldiers on Monday.", "types"), "bombing");
	assert_string_equal(list_field("Suicide attackers armed with rifles "
	    "stormed a hotel on Monday, killing 12 guests.", "types"),
	    "armed_assault");
	/* "suicide" alone is a death by one's own hand, not a suicide
	 * attack; before a word of attack it is one */
	assert_string_equal(list_field("An attacker killed three worshippers "
	    "at a mosque in Kano on Friday before committing suicide.",
	    "types"), "unknown");
	assert_string_equal(list_field("A suicide blast at a mosque in Kano "
	    "killed three worshippers on Friday.", "types"), "bombing");
	assert_string_equal(list_field("A suicide truck bomb struck an army "
	    "base in Kano on Friday, killing three soldiers.", "types"),
	    "bombing");
	/* The bomb of another attack a span of days back is not the
	 * day's; the attack that bodies found are found after is. */
	assert_string_equal(list_field("Gunmen on a motorcycle killed two "
	    "policemen guarding health workers on Tuesday, a day after a "
	    "suicide bombing killed seven officers at a police station.",
	    "types"), "armed_assault");
	assert_string_equal(list_field("The bodies of four police officers "
	    "were found on Monday, a day after gunmen ambushed their patrol "
	    "on a highway.", "types"), "armed_assault");
	assert_string_equal(list_field("Gunmen shot dead two policemen on "
	    "Tuesday, a day after militants stormed a checkpoint and killed "
	    "four soldiers with a bomb.", "types"), "armed_assault");
	/* The police's return fire is not the attacker's weapon. */
	assert_string_equal(list_field("A man stabbed two people at a station "
	    "in Hamburg on Monday before he was shot dead by police.",
	    "weapons"), "melee");
	/* Nothing said about the means: unknown, not a guess. */
	assert_string_equal(list_field("Assailants attacked an army post in "
	    "Borno on Monday. Two soldiers were killed.", "weapons"),
	    "unknown");
	/* Grenades thrown alongside gunfire are part of the armed
	 * assault (GTD codebook); a grenade alone is a bombing. */
	assert_string_equal(list_field("Militants opened fire and threw a "
	    "grenade at a police checkpoint in Pulwama on Monday, wounding two "
	    "officers.", "types"), "armed_assault");
	assert_string_equal(list_field("Attackers threw a grenade into a "
	    "crowded bar in Bujumbura on Monday, wounding nine people.",
	    "types"), "bombing");
	/* Rockets are fired, but they are not guns. */
	assert_string_equal(list_field("Militants fired two rockets that "
	    "struck a house in Sderot on Monday, wounding one person.",
	    "weapons"), "explosives");
	assert_string_equal(list_field("Troops shot down an explosives-laden "
	    "drone near the airport on Monday; nobody was hurt.", "weapons"),
	    "explosives");
	/* People killed in the raid in which others are abducted were
	 * assaulted too. */
	assert_string_equal(list_field("Gunmen attacked a village in Zamfara "
	    "on Monday. Three villagers were killed and 20 others were "
	    "abducted.", "types"), "armed_assault,kidnapping");
	/* Looting is an attack on property. */
	assert_string_equal(list_field("Assailants attacked a market in "
	    "Kolofata on Monday and looted shops; nobody was hurt.",
	    "types"), "facility_attack");
	/* A vehicle or poison makes an unarmed assault, a blade an armed
	 * one. */
	assert_string_equal(list_field("A man rammed a car into a crowd at "
	    "a market in Magdeburg on Friday, injuring 40 people.", "types"),
	    "unarmed_assault");
	assert_string_equal(list_field("A man armed with a knife attacked "
	    "people at a festival in Solingen on Friday, wounding eight.",
	    "types"), "armed_assault");
	/* Burning a prominent person's house with nobody hurt is an attack
	 * on property. */
	assert_string_equal(list_field("Assailants set fire to the house of "
	    "the district governor in Kanama on Monday. No casualties were "
	    "reported.", "types"), "facility_attack");
	/* The soldiers who shoot the attacker are not the attack. */
	assert_string_equal(list_field("An assailant attempted to stab "
	    "soldiers at a checkpoint in Hebron on Monday. The soldiers shot "
	    "and injured the assailant.", "weapons"), "melee");
	assert_string_equal(list_field("A suicide car bomber struck a "
	    "checkpoint in Bannu on Monday, killing five soldiers.",
	    "weapons"), "explosives");
	assert_string_equal(list_field("Assailants attacked a clinic in Oicha on "
	    "Monday, setting fire to the wards.", "weapons"), "incendiary");
	/* A journalist or local chief shot is the aim of the attack; one
	 * listed among the victims of a blast is not. */
	assert_string_equal(list_field("Gunmen shot and killed a local "
	    "journalist outside his home in Karak on Monday.", "types"),
	    "assassination");
	assert_string_equal(list_field("A bomb exploded near a roundabout in "
	    "Tarin Kot on Monday. Eight people, including a journalist and "
	    "two traffic wardens, were hurt in the explosion.", "types"),
	    "bombing");
	/* A beheading is done with a blade. */
	assert_string_equal(list_field("Militants captured and decapitated "
	    "seven villagers in Ituri on Monday.", "weapons"), "melee");
	/* Someone close to a prominent person is the one attacked; a name
	 * that reads "Said" is no statement. */
	assert_string_equal(list_field("Gunmen shot and killed the driver of "
	    "the defence minister in Kabul on Monday.", "types"),
	    "armed_assault");
	assert_string_equal(list_field("Gunmen shot and killed Ahmed Said "
	    "Noor, a town councillor, in Cotabato on Monday.", "types"),
	    "assassination");
	/* A blast aimed at a prominent person's car is an assassination
	 * however many bystanders die. */
	assert_string_equal(list_field("A bomb exploded targeting the vehicle "
	    "of a provincial governor in Kapisa on Monday, killing six "
	    "civilians.", "types"), "assassination");
	/* Masts and power lines damaged with nobody hurt: a facility
	 * attack; homes burned in a raid for captives: two acts. */
	assert_string_equal(list_field("Assailants attacked a telecom mast in "
	    "Mandera on Monday. No casualties were reported.", "types"),
	    "facility_attack");
	assert_string_equal(list_field("Gunmen abducted 12 farmers in "
	    "Kaduna on Monday and set fire to their homes; the kidnappers "
	    "demanded a ransom for the farmers.", "types"),
	    "kidnapping,facility_attack");
	/* Artillery is explosive. */
	assert_string_equal(list_field("Assailants fired artillery into a "
	    "village in Taiz on Monday.", "types"), "bombing");
}

/* Types and weapons read from how the attack is told: captives killed,
 * prominent people, blades and guns named by kind. */
static void
test_type_weapon_cues(void **state)
{
	(void)state;
	/* People abducted and killed were killed as captives: a kidnapping;
	 * people killed in the raid beside those taken were assaulted. */
	assert_string_equal(list_field("Gunmen abducted and killed a cattle "
	    "trader near Lafia on Monday.", "types"), "kidnapping");
	assert_string_equal(list_field("Gunmen killed a cattle trader and "
	    "abducted his two sons near Lafia on Monday.", "types"),
	    "armed_assault,kidnapping");
	assert_string_equal(list_field("Militants abducted three lorry drivers "
	    "near Gwoza on Monday. The drivers were killed shortly "
	    "thereafter.", "types"), "kidnapping");
	assert_string_equal(list_field("Militants abducted three lorry drivers "
	    "near Gwoza on Monday. Two guards were killed in the raid.",
	    "types"), "armed_assault,kidnapping");
	/* A prominent person taken and killed in captivity was the aim;
	 * one released alive was kidnapped. */
	assert_string_equal(list_field("Kidnappers seized a district council "
	    "chairman near Gusau on Monday. The chairman was killed two days "
	    "later, police said.", "types"), "assassination");
	assert_string_equal(list_field("Kidnappers seized a district council "
	    "chairman near Gusau on Monday. He was released unharmed hours "
	    "later, police said.", "types"), "kidnapping");
	/* An officer of rank is a prominent person; a patrolman is not. */
	assert_string_equal(list_field("Gunmen shot and killed a senior "
	    "intelligence officer outside a bakery in Basra on Tuesday.",
	    "types"), "assassination");
	assert_string_equal(list_field("Gunmen shot and killed a police "
	    "officer outside a bakery in Basra on Tuesday.", "types"),
	    "armed_assault");
	/* Blades named by their kind, and armed attackers, name the
	 * weapon; attackers alone do not. */
	assert_string_equal(list_field("Raiders attacked herders with "
	    "sharp-edged weapons near Makurdi on Sunday, killing three.",
	    "weapons"), "melee");
	assert_string_equal(list_field("Armed attackers stormed a farm near "
	    "Jos on Sunday, wounding four workers.", "weapons"), "firearms");
	assert_string_equal(list_field("Attackers stormed a farm near Jos on "
	    "Sunday, wounding four workers.", "weapons"), "unknown");
	/* A gun battle or an exchange of fire is fought with guns. */
	assert_string_equal(list_field("Militants raided a border post near "
	    "Gao on Sunday; three guards died in a gun battle that lasted "
	    "two hours.", "weapons"), "firearms");
	assert_string_equal(list_field("Rebels attacked a ranger station in "
	    "the park on Sunday and exchanged fire with the rangers for an "
	    "hour.", "weapons"), "firearms");
	assert_string_equal(list_field("Militants raided a border post near "
	    "Gao on Sunday; three guards died.", "weapons"), "unknown");
	assert_string_equal(list_field("A roadside bomb struck an army convoy "
	    "near Gao on Monday before militants hiding nearby began opening "
	    "fire on the troops.", "weapons"), "firearms,explosives");
	assert_string_equal(list_field("A roadside bomb struck an army convoy "
	    "near Gao on Monday, wounding two soldiers.", "weapons"),
	    "explosives");
	/* A blast that wounds scores outside an official's office struck a
	 * crowd; one under the official's car, or aimed at him, is an
	 * assassination. */
	assert_string_equal(list_field("A car bomb exploded outside the "
	    "mayor's office in Corinto on Monday, wounding 43 people.",
	    "types"), "bombing");
	assert_string_equal(list_field("A bomb exploded under the car of the "
	    "mayor in Corinto on Monday, wounding the mayor and his driver.",
	    "types"), "assassination");
	assert_string_equal(list_field("A car bomb targeting the mayor "
	    "exploded in Corinto on Monday, wounding 43 people.", "types"),
	    "assassination");
	assert_string_equal(list_field("A car bomb killed a member of "
	    "parliament and two of his bodyguards in Tripoli on Tuesday and "
	    "wounded 11 passers-by.", "types"), "assassination");
	assert_string_equal(list_field("A car bomb killed two bodyguards in "
	    "Tripoli on Tuesday and wounded 11 passers-by, among them a "
	    "member of parliament.", "types"), "bombing");
	/* A car driven at soldiers is the attack, their fire the answer;
	 * a car driven to a border is no attack. */
	assert_string_equal(list_field("A man drove his car towards soldiers "
	    "at a checkpoint near Hebron on Friday before troops opened fire "
	    "on the vehicle.", "types"), "unarmed_assault");
	assert_string_equal(list_field("A man drove his car towards soldiers "
	    "at a checkpoint near Hebron on Friday before troops opened fire "
	    "on the vehicle.", "weapons"), "vehicle");
	assert_string_equal(list_field("A man drove his car towards the "
	    "border crossing near Hebron on Friday.", "types"), "");
	/* Fire bombs thrown at the forces of order are used on people;
	 * thrown at a van or a house they attack property. */
	assert_string_equal(list_field("Youths threw petrol bombs at a police "
	    "patrol in Derry on Monday night; nobody was hurt.", "types"),
	    "armed_assault");
	assert_string_equal(list_field("Youths threw petrol bombs at a police "
	    "van in Derry on Monday night; nobody was hurt.", "types"),
	    "facility_attack");
	assert_string_equal(list_field("Youths threw petrol bombs at a house "
	    "in Derry on Monday night; nobody was hurt.", "types"),
	    "facility_attack");
	assert_string_equal(list_field("Masked men hurled fire bombs at "
	    "soldiers guarding a bridge near Jenin on Monday; no one was "
	    "injured.", "weapons"), "incendiary");
	/* Fire set to people is an assault on them; fire set to what
	 * they own is an attack on property. */
	assert_string_equal(list_field("Attackers set fire to a man in a park "
	    "in Tukums on Monday, killing him.", "types"), "armed_assault");
	assert_string_equal(list_field("Militants burned two villagers alive "
	    "near Beni on Monday.", "types"), "armed_assault");
	assert_string_equal(list_field("Two attackers doused a preacher with "
	    "petrol and set him on fire outside a market in Sokoto on "
	    "Friday.", "types"), "armed_assault");
	assert_string_equal(list_field("Attackers set fire to a man's house "
	    "in Tukums on Monday.", "types"), "facility_attack");
	assert_string_equal(list_field("Attackers set fire to the homes of "
	    "villagers near Beni on Monday.", "types"), "facility_attack");
	assert_string_equal(list_field("Raiders stopped two lorries near "
	    "Ercilla on Monday and set them on fire.", "types"),
	    "facility_attack");
	/* A blast or a fire followed by an assault the text names no
	 * weapon for: the second weapon is unknown. */
	assert_string_equal(list_field("Militants detonated a car bomb at the "
	    "gate of an army base near Kidal on Monday and then stormed the "
	    "base; four soldiers were killed.", "weapons"),
	    "explosives,unknown");
	assert_string_equal(list_field("Militants detonated a car bomb at the "
	    "gate of an army base near Kidal on Monday, killing four "
	    "soldiers.", "weapons"), "explosives");
	assert_string_equal(list_field("Raiders set fire to a police post "
	    "near Gao on Monday; two officers were killed in the ensuing "
	    "clash.", "weapons"), "incendiary,unknown");
	assert_string_equal(list_field("Raiders set fire to a police post "
	    "near Gao on Monday; nobody was hurt.", "weapons"), "incendiary");
	assert_string_equal(list_field("A bomb exploded near a market in Kano "
	    "on Monday, and police then cordoned off the area.", "weapons"),
	    "explosives");
	/* A parang is a blade; the officer who shot the attacker dead
	 * answered the attack.  An officer who shoots a shopkeeper is the
	 * attacker. */
	assert_string_equal(list_field("A man armed with a parang attacked a "
	    "police post in Kedah on Thursday, killing a constable, before "
	    "another officer shot him dead.", "weapons"), "melee");
	assert_string_equal(list_field("A man armed with a parang attacked a "
	    "police post in Kedah on Thursday, killing a constable, before "
	    "another officer shot him dead.", "types"), "armed_assault");
	assert_string_equal(list_field("An off-duty officer shot a shopkeeper "
	    "dead in Kedah on Thursday.", "weapons"), "firearms");
	/* A title that begins a place's name names no person. */
	assert_string_equal(list_field("A roadside bomb hit an army patrol in "
	    "Sheikh Zuweid on Monday, killing one soldier.", "types"),
	    "bombing");
	assert_string_equal(list_field("Gunmen shot dead two farmers near "
	    "General Santos on Monday.", "types"), "armed_assault");
	assert_string_equal(list_field("Gunmen shot dead Sheikh Hamid Nour, a "
	    "tribal leader, in Amarah on Monday.", "types"), "assassination");
	/* "General" and "major" before a thing are adjectives. */
	assert_string_equal(list_field("A bomb exploded outside the general "
	    "administration office in Kalay on Monday; nobody was hurt.",
	    "types"), "bombing");
	assert_string_equal(list_field("A rocket struck near Al Amal General "
	    "Hospital in Jazan on Monday, wounding two guards.", "types"),
	    "bombing");
	assert_string_equal(list_field("Gunmen shot dead a retired army "
	    "general outside his home in Kirkuk on Monday.", "types"),
	    "assassination");
}

/* A count field of text, or -1 when it is null. */
static long
count_field(const char *text, const char *field)
{
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z", 1 };
	json_t *rec = extract_incident(&in);
	json_t *v = json_object_get(rec, field);
	long n = json_is_integer(v) ? (long)json_integer_value(v) : -1;

	json_decref(rec);
	return n;
}

/* Casualty words of the lexicon: people nouns, adverbs between the
 * auxiliary and the verb, injuries by beating, beheadings. */
static void
test_casualty_words(void **state)
{
	(void)state;
	assert_int_equal(count_field("Gunmen shot dead a chief in Lau on "
	    "Monday. His wife and child were also injured by the gunfire.",
	    "injured"), 2);
	assert_int_equal(count_field("A bomb hit a bus in Quetta on Monday. "
	    "A bus cleaner and one passenger were wounded in the blast.",
	    "injured"), 2);
	assert_int_equal(count_field("Gunmen opened fire on a church in Rumbek "
	    "on Monday. A priest and two nuns were injured in the assault.",
	    "injured"), 3);
	assert_int_equal(count_field("Gunmen abducted two farmers in Gumma on "
	    "Monday. One hostage was beaten before being released.",
	    "injured"), 1);
	assert_int_equal(count_field("Militants captured and decapitated "
	    "seven villagers in Ituri on Monday.", "killed"), 7);
	assert_int_equal(count_field("Gunmen attacked a police patrol in "
	    "Islamabad on Monday. Two inspectors suffered gunshot wounds.",
	    "injured"), 2);
	assert_int_equal(count_field("A bomb exploded at a market in Kano on "
	    "Monday. Four people were rushed to hospital.", "injured"), 4);
}

static const char *
perp_field(const char *text, const char *field)
{
	static char out[64];
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z", 1 };
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
	/* A faction is reported as the organisation it belongs to. */
	assert_string_equal(perp_field("Gunmen killed six soldiers near Marte "
	    "on Monday. The Lake Chad faction (Islamic State West Africa "
	    "Province) of Boko Haram claimed responsibility for the ambush.",
	    "group"), "Boko Haram");
	/* A group the table lacks, claiming the attack in so many words. */
	assert_string_equal(perp_field("A roadside bomb hit a supply convoy "
	    "near Fallujah on Monday. The Sabiqun Resistance Brigade claimed "
	    "responsibility for the attack.", "group"),
	    "Sabiqun Resistance Brigade");
	assert_string_equal(perp_field("A bomb exploded near a convoy on "
	    "Monday. The Interior Ministry claimed responsibility for "
	    "security failures.", "group"), "(null)");
	assert_string_equal(perp_field("The suspect, John Smith, opened fire "
	    "at a bar on Monday, killing two people.", "name"), "John Smith");
	assert_string_equal(perp_field("Police said the attacker, identified "
	    "as Ali Kareem, stabbed a guard.", "name"), "Ali Kareem");
	/* A group whose commander was killed is the side struck; one that
	 * claims his killing, or whose fighters kill, is the attacker. */
	assert_string_equal(perp_field("Gunmen killed a senior Taliban "
	    "commander at a mosque on Friday.", "group"), "(null)");
	assert_string_equal(perp_field("A bomb killed a senior Taliban "
	    "commander on Friday; the Islamic State claimed responsibility.",
	    "group"), "Islamic State");
	assert_string_equal(perp_field("Taliban fighters killed a district "
	    "commander at a checkpoint on Friday.", "group"), "Taliban");
	/* A claim told before the sentence turns to the group's campaign
	 * is the day's; one denied, or only a blame for the campaign, is
	 * not. */
	assert_string_equal(perp_field("Gunmen killed four people at a market "
	    "on Monday. The attack was claimed by Boko Haram, which has "
	    "stepped up attacks this year.", "group"), "Boko Haram");
	assert_string_equal(perp_field("Gunmen killed four people at a market "
	    "on Monday. No group has claimed responsibility, but Boko Haram "
	    "has stepped up attacks this year.", "group"), "(null)");
	assert_string_equal(perp_field("Gunmen killed four people at a market "
	    "on Monday. Boko Haram hasn't claimed the attack, the latest in a "
	    "string of killings.", "group"), "(null)");
	assert_string_equal(perp_field("Gunmen killed four people at a market "
	    "on Monday. Officials have blamed Boko Haram for a string of "
	    "raids in the state this year.", "group"), "(null)");
}

/* The record's location: "city,country_code", "(null)" for none. */
static const char *
location_of(const char *text)
{
	static char out[128];
	struct extract_input in = { NULL, text, strlen(text),
	    "2024-03-16T10:00:00Z", 1 };
	json_t *rec = extract_incident(&in);
	json_t *loc = json_object_get(rec, "location");

	snprintf(out, sizeof(out), "%s,%s",
	    json_is_object(loc) && json_string_value(json_object_get(loc,
	    "city")) ? json_string_value(json_object_get(loc, "city")) :
	    "(null)",
	    json_is_object(loc) && json_string_value(json_object_get(loc,
	    "country_code")) ? json_string_value(json_object_get(loc,
	    "country_code")) : "(null)");
	json_decref(rec);
	return out;
}

static void
test_dateline_country(void **state)
{
	(void)state;
	/* an attack with no other place named: the dateline's country,
	 * never its city */
	assert_string_equal(location_of("TEGUCIGALPA \xe2\x80\x94 Eight men "
	    "were shot dead when gunmen burst into a bar on Saturday, police "
	    "said."), "(null),HN");
	/* a place named in the report wins over the dateline */
	assert_string_equal(location_of("WASHINGTON \xe2\x80\x94 Gunmen "
	    "killed five soldiers in northern Nigeria on Monday, the "
	    "Pentagon said."), "(null),NG");
	/* no attack, no place taken from the dateline */
	assert_string_equal(location_of("TEGUCIGALPA \xe2\x80\x94 The "
	    "city council approved a new budget for street lighting on "
	    "Monday."), "(null),(null)");
}

/* A scratch carried from text to text, long and short, gives the records
 * that fresh memory gives. */
static void
test_scratch_reuse(void **state)
{
	static const char *const extra[] = {
		"<p>Gunmen killed <b>three</b> people &amp; wounded 2 in "
		    "Kabul, Afghanistan.</p><p>Read more</p>",
		"",
		"KABUL \xe2\x80\x94 A suicide bomber killed 12 people at a "
		    "mosque in Kabul on Friday, officials said.",
	};
	struct extract_scratch *sc = extract_scratch_new();
	char *all = NULL;
	size_t i, n = sizeof(cases) / sizeof(cases[0]), len = 0;

	(void)state;
	for (i = 0; i < n; i++) {
		size_t l = strlen(cases[i].text);

		all = realloc(all, len + l + 3);
		assert_non_null(all);
		memcpy(all + len, cases[i].text, l);
		memcpy(all + len + l, "\n\n", 3);
		len += l + 2;
	}
	for (i = 0; i < 2 * n + 2 * 3 + 2; i++) {
		struct extract_input in = { NULL, NULL, 0,
		    "2024-03-16T10:00:00Z", 1 };
		json_t *a, *b;
		char *sa, *sb;

		if (i % (n + 4) == 0) {
			in.text = all;
			in.len = len;
		} else if (i % (n + 4) <= 3) {
			in.text = extra[i % (n + 4) - 1];
			in.len = strlen(in.text);
			in.title = i > n ? "Bomb kills 12 in Kabul" : NULL;
		} else {
			in.text = cases[i % (n + 4) - 4].text;
			in.len = strlen(in.text);
		}
		a = extract_incident(&in);
		b = extract_incident_with(&in, sc);
		sa = json_dumps(a, JSON_COMPACT | JSON_PRESERVE_ORDER);
		sb = json_dumps(b, JSON_COMPACT | JSON_PRESERVE_ORDER);
		assert_string_equal(sa, sb);
		free(sa);
		free(sb);
		json_decref(a);
		json_decref(b);
	}
	free(all);
	extract_scratch_free(sc);
	extract_scratch_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lookalikes),
		cmocka_unit_test(test_headed_lookalikes),
		cmocka_unit_test(test_crime_desk),
		cmocka_unit_test(test_remembrance_desk),
		cmocka_unit_test(test_news_desk),
		cmocka_unit_test(test_event_date),
		cmocka_unit_test(test_event_date_sequels),
		cmocka_unit_test(test_types_and_group),
		cmocka_unit_test(test_perpetrator),
		cmocka_unit_test(test_type_rules),
		cmocka_unit_test(test_type_weapon_cues),
		cmocka_unit_test(test_casualty_words),
		cmocka_unit_test(test_dateline_country),
		cmocka_unit_test(test_scratch_reuse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
