/*
 * Frames around violence words (see frame.h).  Each check relates a
 * violence word to the words next to it: its object ("killed the
 * measure"), a figurative compound ("fashion bomb"), a cue earlier in the
 * sentence that what follows is remembered, judged, planned or ruled out,
 * a year that dates it ("the 2015 attacks"), and its agent (a state's
 * forces or an attacker).  The word classes come from the lexicon's
 * frame entries; closed classes of grammar words are tables here.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "extract/frame.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/span.h"
#include "extract/token.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The word lists below are sorted in strcmp() order: tok_in_sorted()
 * halves them. */

/* Tokens an object may sit behind: "killed the game off", "shot down a
 * proposal", "an attack on working families". */
static const char *const object_skip[] = {
	"a", "against", "all", "an", "any", "down", "her", "his", "into",
	"its", "my", "off", "on", "our", "out", "that", "the", "their",
	"these", "this", "those", "to", "up", "your",
};

/* Adverbs of degree, which slang puts before a violence word used as a
 * figure ("'totally killed it'"). */
static const char *const degree[] = {
	"absolutely", "completely", "really", "totally", "utterly",
};

static const char *const determiners[] = {
	"a", "an", "her", "his", "its", "the", "their",
};

/* Words after a verb that show it has no direct object. */
static const char *const no_object[] = {
	"across", "after", "against", "and", "as", "at", "before", "by",
	"during", "for", "from", "in", "inside", "into", "near", "of",
	"off", "on", "onto", "outside", "over", "through", "to", "toward",
	"towards", "under", "up", "when", "while", "with", "without",
};

/* Prepositions that place an event at a trial or a memorial, or that
 * tell a person's standing ("a man under an arrest warrant") rather
 * than what the story is about. */
static const char *const setting[] = {
	"at", "during", "inside", "into", "near", "outside", "under",
};

/* People whose office is a court's: "a witness in a corruption trial",
 * "an appeals court judge".  Sorted. */
static const char *const court_roles[] = {
	"attorney", "attorneys", "clerk", "clerks", "investigator",
	"investigators", "judge", "judges", "juror", "jurors", "lawyer",
	"lawyers", "magistrate", "magistrates", "prosecutor", "prosecutors",
	"witness", "witnesses",
};

/* Words of intent that tell only how a vehicle moved: "rammed",
 * "steered into".  Sorted. */
static const char *const driven[] = {
	"rammed", "steered",
};
/* Words of a cause that is a vehicle's failure ("lost its brakes",
 * "brake failure", "lost control"), not a driver's state ("had been
 * drinking"): after one, a vehicle's motion is meant by nobody. */
static const char *const failure[] = {
	"brake", "brakes", "failed", "failure", "fault", "faulty", "lost",
	"malfunction",
};

/* Adverbs that put what a participle tells before the story. */
static const char *const earlier[] = {
	"already", "formerly", "once", "previously",
};

/* Adverbs of how badly people were hurt, between a comma and the
 * participle that tells it: ", seriously injuring two", ", grievously
 * wounding a guard".  Sorted. */
static const char *const severity[] = {
	"badly", "critically", "dangerously", "fatally", "gravely",
	"grievously", "lethally", "lightly", "mildly", "moderately",
	"mortally", "seriously", "severely", "slightly", "superficially",
};

/* The months, which a year may follow ("in April 2015"). */
static const char *const months[] = {
	"april", "august", "december", "february", "january", "july",
	"june", "march", "may", "november", "october", "september",
};

/* Words that open a clause an "N years ago" can date. */
static const char *const clause_open[] = {
	"in", "when", "where", "which", "who",
};

/* Spans of time before "ago". */
static const char *const spans[] = {
	"decade", "decades", "months", "year", "years",
};

/* Nouns for a bomb: the word before one tells what it is made of. */
static const char *const devices[] = {
	"bomb", "bombs", "device", "devices", "ied", "ieds",
};

/* Words that make an illness one of the mind. */
static const char *const mind[] = {
	"mental", "psychiatric", "psychological", "psychotic",
};

/* Verbs that end a getaway: "he was arrested after crashing into a
 * pole", "fled before crashing". */
static const char *const caught[] = {
	"arrested", "caught", "chased", "detained", "fled", "pursued",
	"stopped",
};

/* Verbs of an arrest or a charge. */
static const char *const booked[] = {
	"arrested", "charged", "detained",
};

/* The auxiliaries of the passive voice. */
static const char *const be_forms[] = {
	"are", "been", "is", "was", "were",
};

/* Words that deny the negation after them. */
static const char *const denial[] = {
	"cannot", "never", "not", "yet",
};

/* Words between "no" and the noun it denies: "no reported explosion",
 * "no confirmed attack". */
static const char *const hedge[] = {
	"actual", "confirmed", "credible", "further", "immediate", "known",
	"real", "reported", "verified",
};

/* Words that end a negated clause. */
static const char *const clause_end[] = {
	"and", "but", "said", "saying", "while",
};

/* Things built to remember, which may themselves be attacked. */
static const char *const monuments[] = {
	"memorial", "memorials", "monument", "monuments", "plaque",
	"plaques",
};

/* Auxiliaries between a subject and its verb. */
static const char *const auxiliary[] = {
	"again", "are", "been", "had", "has", "have", "is", "was", "were",
};

/* Words that make a sentence's verb passive or end its clause. */
static const char *const clause_stop[] = {
	"are", "be", "been", "being", "by", "is", "under", "was", "were",
	"which", "who",
};

/* "terrorists may attack with little warning": what they could do, not
 * what they did */
static const char *const modal[] = {
	"can", "could", "may", "might", "should", "will", "would",
};

/* Words between a force and its strike: "said on Friday it had", "a
 * drone strike in Syria killed". */
static const char *const report_words[] = {
	"also", "and", "earlier", "had", "has", "have", "in", "it", "its",
	"later", "near", "on", "overnight", "reportedly", "said", "says",
	"that", "their", "then", "they",
};

/* Participles that name the forces' support before "by": "troops
 * backed by helicopters overran". */
static const char *const backing[] = {
	"aided", "assisted", "backed", "supported",
};

/* Strike verbs that kill. */
static const char *const lethal[] = {
	"gunned", "kill", "killed", "kills", "shoot", "shoots", "shot",
};

/* Nouns after a violence word that make it a group's trade ("a
 * kidnapping gang", "the bombing ring"): the group is named, not an act
 * told. */
static const char *const trade_group[] = {
	"gang", "gangs", "kingpin", "kingpins", "ring", "rings", "syndicate",
	"syndicates",
};

/* Nouns after a violence word that make it a label or a kind of case:
 * "banned terrorist organisations", "designated a terrorist entity"
 * name whom a state lists; "a mass-casualty bomb scenario", "an active
 * shooter drill" name what is prepared for.  Neither tells an act. */
static const char *const label_case[] = {
	"blacklist", "contingencies", "contingency", "designation",
	"designations", "drill", "drills", "entities", "entity",
	"exercise", "exercises", "list", "listing", "lists", "organisation",
	"organisations", "organization", "organizations", "scenario",
	"scenarios", "simulation", "simulations", "watchlist",
};

/* Words that describe attackers whose names are not known, written
 * capitalised in some papers ("Unknown Gunmen stormed the station"):
 * no team's name. */
static const char *const unnamed[] = {
	"armed", "hooded", "masked", "suspected", "unidentified", "unknown",
};

/* Nouns of a number's change: "a rise in stabbings". */
static const char *const change[] = {
	"decline", "declines", "decrease", "decreases", "drop", "drops",
	"fall", "falls", "increase", "increases", "jump", "jumps", "rise",
	"rises", "spike", "spikes", "surge", "surges", "upsurge", "uptick",
};

/* Attacker words that are adjectives too ("militant attacks"), and the
 * plural attack nouns they qualify. */
static const char *const attacker_adj[] = {
	"extremist", "insurgent", "jihadist", "militant", "separatist",
	"terrorist",
};
static const char *const attack_plural[] = {
	"attacks", "bombings", "killings", "raids", "shootings", "stabbings",
};

/* Words before a force that make it the target, not the agent. */
static const char *const target_mark[] = {
	"against", "at", "on", "targeting", "toward", "towards",
};

/* Words that give a statement its source: "police said", "according
 * to officials". */
static const char *const attribution[] = {
	"according", "reported", "said", "says", "told",
};

/* What a word can be as the object of violence. */
#define BEING_PERSON	1	/* a casualty word for people */
#define BEING_ANY	2	/* a person, target, attacker, group, force */

/* The lists that metaphor() and read_sentence() ask most. */
struct frame_words {
	struct tok_wordset auxiliary, object_skip, label_case, trade_group;
};

struct scan {
	const struct tokens *tk;
	const struct lex_hits *h;
	const struct frame_words *words;
	/* Per token: starts has bit a set when a frame hit of arg a
	 * starts there, len[a] the longest such hit's length, ends bit a
	 * when one ends right before it.  The flags: a violence hit starts
	 * there (violent), violence hits starting there are dropped
	 * (drop), it is inside what a negation rules out (negated), inside
	 * an armed group's name (grouped), inside a look-alike phrase
	 * such as "bomb cyclone" (inlook: its reason + 1), a vehicle used
	 * as a weapon
	 * starts there (vehicle), inside a claim of responsibility
	 * (claim), a threat cue starts there (threat), and an attacker
	 * word there is part of a name, a team's or a band's (named). */
	uint16_t *starts;
	uint8_t	 *len[FRAME_N];
	uint16_t *ends;
	unsigned char *violent, *drop, *negated, *grouped, *inlook, *vehicle;
	unsigned char *claim, *threat, *named;
	unsigned char *being;	/* BEING_* bits of what starts there */
	unsigned char *word;	/* WORD_* class of the token itself */
	size_t	 last_num;	/* the last number of the sentence read,
				   or (size_t)-1 */
	int	 head_cause;	/* the headline names an accidental cause
				   of its violence, not ruled out */
};

/* The words that start one of read_sentence()'s loops over every token,
 * classed once per text by frame_read_with(): a sentence with none of a
 * class skips that loop, and a loop tests one byte a token, not its
 * words. */
enum {
	WORD_NEG = 1,		/* "not", "no" */
	WORD_AGO = 2,		/* "ago" */
	WORD_OPENS = 4,		/* "where", "of", a relative pronoun */
	WORD_VIOLENT = 8	/* a violence hit starts there (violent) */
};

/* The kinds of violence words, one bit each: a test per hit, without
 * a branch per kind. */
#define VIOLENCE_KINDS	(1u << LEX_ATTACK | 1u << LEX_TYPE | \
	1u << LEX_WEAPON | 1u << LEX_INSURGENT | 1u << LEX_SUICIDE | \
	1u << LEX_KILL | 1u << LEX_INJURE)

static int
violence_kind(int kind)
{
	return (VIOLENCE_KINDS >> kind) & 1;
}

/* tok_relative(), asked of nearly every word: its pronouns ("that",
 * "which", "who", "whom", "whose") are "t" and four letters or "w" and
 * three to five, so the first letter and the length settle most answers
 * ("the", "to") without the call. */
static inline int
relative_at(const struct tokens *tk, size_t i)
{
	return i < tk->n && ((tk->v[i].c0 == 't' && tk->v[i].len == 4) ||
	    (tk->v[i].c0 == 'w' && tk->v[i].len >= 3 &&
	    tk->v[i].len <= 5)) && tok_relative(tk, i);
}

static inline int
starts(const struct scan *sc, size_t i, int arg)
{
	return i < sc->tk->n && (sc->starts[i] & (1u << arg));
}

/* Tokens [from, to) are a cue of frame arg: the longest cue starting at
 * a token gives its length. */
static void
mark_span(struct scan *sc, size_t arg, size_t from, size_t to)
{
	size_t n = to - from;

	sc->starts[from] |= 1u << arg;
	if (n > sc->len[arg][from])
		sc->len[arg][from] = n > 255 ? 255 : (uint8_t)n;
	if (to <= sc->tk->n)
		sc->ends[to] |= 1u << arg;
}

/* Does a country or demonym name the token ("Russian", "Sudan's")? */
static int
country_word(const struct tokens *tk, size_t i)
{
	char key[GAZ_KEY_MAX];
	size_t len;
	struct gaz_place p;

	if (i >= tk->n || tk->v[i].kind != TOK_WORD ||
	    !(tk->v[i].flags & TOKF_CAP))
		return 0;
	len = tk->v[i].len;
	/* "US forces": a country's two-letter code in capitals, not
	 * inside a run of capitals ("TROOPS IN ...") and not an armed
	 * group's acronym ("IS fighters") */
	if (len == 2 && (tk->v[i].flags & TOKF_UPPER)) {
		/* codes that news uses for something else: "PM" is the
		 * prime minister, "MP" a member of parliament */
		static const char *const other_use[] = {
			"am", "mp", "pm", "tv",
		};
		char cc[3];

		if ((i + 1 < tk->n && (tk->v[i + 1].flags & TOKF_UPPER)) ||
		    (i > 0 && (tk->v[i - 1].flags & TOKF_UPPER)) ||
		    lex_at(tk, i, LEX_GROUP, NULL) > 0 ||
		    tok_in_sorted(tk, i, other_use, NELEM(other_use)))
			return 0;
		cc[0] = tk->lower[tk->v[i].start];
		cc[1] = tk->lower[tk->v[i].start + 1];
		cc[2] = '\0';
		return gaz_country_by_code(cc, &p) == 0;
	}
	if (len > 2 && tk->text[tk->v[i].start + len - 1] == 's' &&
	    tk->text[tk->v[i].start + len - 2] == '\'')
		len -= 2;
	if (gaz_normalize(tk->text + tk->v[i].start, len, key,
	    sizeof(key)) == 0)
		return 0;
	if ((gaz_probe(key) & GAZ_P_COUNTRY) &&
	    gaz_country_find(key, &p) == 0)
		return 1;
	/* A plural country name serves as its own adjective without the
	 * "s" ("Philippine troops", "Maldive islands"). */
	len = strlen(key);
	if (len + 2 > sizeof(key) || len < 4)
		return 0;
	key[len] = 's';
	key[len + 1] = '\0';
	return (gaz_probe(key) & GAZ_P_COUNTRY) &&
	    gaz_country_find(key, &p) == 0;
}

static inline int
possessive(const struct tokens *tk, size_t i)
{
	const char *w = tk->lower + tk->v[i].start;
	size_t n = tk->v[i].len;

	return tk->v[i].kind == TOK_WORD && n > 2 &&
	    ((w[n - 2] == '\'' && w[n - 1] == 's') || w[n - 1] == '\'');
}

/* Do single capital letters and stops ending at k spell a country's
 * code or short name ("U.S.", "U.K.")? */
static int
initialism_country(const struct tokens *tk, size_t first, size_t k)
{
	char key[8];
	size_t n = 0, j = k + 1;
	struct gaz_place p;

	while (j > first && n + 1 < sizeof(key)) {
		const struct token *t = &tk->v[j - 1];

		if (t->kind == TOK_PUNCT && tk->text[t->start] == '.') {
			j--;
			continue;
		}
		if (t->kind != TOK_WORD || t->len != 1 ||
		    !(t->flags & TOKF_CAP))
			break;
		n++;
		j--;
	}
	if (n < 2 || n + 1 > sizeof(key))
		return 0;
	/* the letters in reading order */
	for (n = 0; j <= k; j++)
		if (tk->v[j].kind == TOK_WORD)
			key[n++] = tk->lower[tk->v[j].start];
	key[n] = '\0';
	return gaz_country_by_code(key, &p) == 0 ||
	    gaz_country_find(key, &p) == 0;
}

/* Does the word at i read as a verb: a past or present participle, or
 * an irregular past, and not after an article ("a shooting")? */
static int
verb_like(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const irregular[] = {
		"beat", "blew", "hit", "shot", "struck", "tore",
	};
	const char *w = tk->lower + tk->v[i].start;
	size_t n = tk->v[i].len;

	if (i > first &&
	    tok_in_sorted(tk, i - 1, determiners, NELEM(determiners)))
		return 0;
	return (n > 4 && memcmp(w + n - 2, "ed", 2) == 0) ||
	    (n > 5 && memcmp(w + n - 3, "ing", 3) == 0) ||
	    tok_in_sorted(tk, i, irregular, NELEM(irregular));
}

static int
context_look(int arg)
{
	return arg == LOOK_SPORTS || arg == LOOK_VERBAL ||
	    arg == LOOK_BENIGN || arg == LOOK_REVIEW;
}

/* Is inlook value v (a look-alike reason + 1, or 0) one of a game or of
 * politics, whose cause words are figures ("a lightning
 * counter-attack")?  A hoax or a relic ("unexploded bomb") is not. */
static int
game_look(unsigned v)
{
	return v == LOOK_SPORTS + 1 || v == LOOK_VERBAL + 1;
}

/* What a violence word ending before z is done to: 1 a person, a place,
 * a force or a target ("two farmers", "a police post", "Kabul"), 0
 * something else ("her opponent", "the England attack"), -1 no direct
 * object ("exploded on Monday"). */
static int
object_of(const struct scan *sc, size_t s, size_t z)
{
	const struct tokens *tk = sc->tk;
	size_t j = z, end = tk->sent_first[s + 1];

	while (j < end &&
	    (tok_in_sorted(tk, j, determiners, NELEM(determiners)) ||
	    tk->v[j].kind == TOK_NUM || possessive(tk, j)))
		j++;
	if (j >= end || tk->v[j].kind == TOK_PUNCT ||
	    tok_in_sorted(tk, j, no_object, NELEM(no_object)))
		return -1;
	if (tk->v[j].flags & TOKF_CAP)
		return 1;
	/* the noun may follow one modifier: "a crowded market" */
	return (sc->being[j] & BEING_ANY) ||
	    (j + 1 < end && (sc->being[j + 1] & BEING_ANY));
}

/* Does a quote mark open right before token i, or close right after
 * token z - 1?  The tokenizer drops quote marks, so look at the bytes
 * around the words: ' " and the curly quotes (UTF-8 e2 80 98/99/9c/9d). */
static inline int
quote_before(const struct tokens *tk, size_t i)
{
	size_t a = tk->v[i].start;
	const unsigned char *t = (const unsigned char *)tk->text;

	if (a >= 1 && (t[a - 1] == '\'' || t[a - 1] == '"'))
		return 1;
	return a >= 3 && t[a - 3] == 0xe2 && t[a - 2] == 0x80 &&
	    (t[a - 1] == 0x98 || t[a - 1] == 0x9c);
}

static int
quote_after(const struct tokens *tk, size_t z)
{
	size_t b = tk->v[z - 1].start + tk->v[z - 1].len;
	const unsigned char *t = (const unsigned char *)tk->text;

	if (b < tk->len && (t[b] == '\'' || t[b] == '"'))
		/* "the gunman's car" is no quote */
		return !(b + 1 < tk->len && t[b] == '\'' && t[b + 1] == 's');
	return b + 2 < tk->len && t[b] == 0xe2 && t[b + 1] == 0x80 &&
	    (t[b + 2] == 0x99 || t[b + 2] == 0x9d);
}

/* Are the words i..z-1 in quotes, or a short phrase opening with them
 * ("she had been 'stabbed in the back'")?  A quoted sentence ends with
 * its own stop or comma inside the quotes ("'Gunmen opened fire,' he
 * said") and is speech, not a figure.  An adverb of degree may open
 * the quote ("admitted he 'absolutely bombed'"); one of manner tells
 * how a real blow fell ("was 'brutally attacked'"). */
static int
quoted(const struct tokens *tk, size_t i, size_t z, size_t end)
{
	size_t j;

	if (!quote_before(tk, i) && (i <= tk->sent_first[tk->v[i].sent] ||
	    !quote_before(tk, i - 1) ||
	    !tok_in_sorted(tk, i - 1, degree, NELEM(degree))))
		return 0;
	if (quote_after(tk, z))
		return 1;
	for (j = z; j < end && j < z + 4; j++) {
		if (tk->v[j].kind == TOK_PUNCT)
			return 0;
		if (quote_after(tk, j + 1))
			return 1;
	}
	return 0;
}

static int attacker_acts(const struct scan *, size_t, size_t, size_t,
    size_t);

/* Is a violence word of the sentence other than the one at i quoted? */
static int
quoted_beside(const struct scan *sc, size_t first, size_t end, size_t i)
{
	size_t j;

	for (j = first; j < end; j++)
		if (j != i && sc->violent[j] && quote_before(sc->tk, j) &&
		    quote_after(sc->tk, j + 1))
			return 1;
	return 0;
}

/* Are tokens j and j + 1 two numbers joined by a hyphen ("52-7")? */
static int
score_pair(const struct tokens *tk, size_t j)
{
	const struct token *a = &tk->v[j], *b = &tk->v[j + 1];

	return a->kind == TOK_NUM && b->kind == TOK_NUM &&
	    b->start == a->start + a->len + 1 &&
	    tk->text[a->start + a->len] == '-';
}

/* Is token j the first number of a game's score, "138-99" after a
 * team's name or "3-1" before "win"?  A range of people ("5-7 soldiers")
 * is neither. */
static int
scoreline(const struct tokens *tk, size_t j, size_t end)
{
	static const char *const results[] = {
		"defeat", "draw", "lead", "loss", "rout", "victory", "win",
	};
	if (!score_pair(tk, j))
		return 0;
	if (j + 2 < end && tok_in_sorted(tk, j + 2, results, NELEM(results)))
		return 1;
	return j > 0 && tk->v[j - 1].kind == TOK_WORD &&
	    (tk->v[j - 1].flags & TOKF_CAP) &&
	    !(j + 2 < end && lex_at(tk, j + 2, LEX_PERSON, NULL) > 0);
}

/* Is the violence word at i the figure of a simile ("bangs 'like
 * gunshots'", "it sounded like an explosion")?  What a noise is likened
 * to is what it was not.  "Attacks like the one in May" compares like
 * with like, and "it looked like an arson attack" judges what it was,
 * so "like" counts only after a quote mark or a word of noise. */
static int
simile(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const senses[] = {
		"bang", "bangs", "boom", "booms", "crack", "cracks", "noise",
		"noises", "sound", "sounded", "sounds",
	};
	size_t j = i;

	if (j > first && (tok_is(tk, j - 1, "a") || tok_is(tk, j - 1, "an")))
		j--;
	/* "pain like being stabbed": a feeling likened to being hurt,
	 * which only someone who was not says */
	if (j > first + 1 && tok_is(tk, j - 1, "being") &&
	    tok_is(tk, j - 2, "like"))
		return 1;
	if (j <= first || !tok_is(tk, j - 1, "like"))
		return 0;
	return quote_before(tk, j - 1) || (j - 1 > first &&
	    tok_in_sorted(tk, j - 2, senses, NELEM(senses)));
}

/* Does a short quoted phrase holding the violence word i..z-1 follow
 * "what ... called" ("survived what allies called a 'political
 * assassination attempt'")?  The writer keeps the speaker's word at a
 * distance: a label for something else, not an act told. */
static int
distanced_label(const struct tokens *tk, size_t first, size_t end, size_t i,
    size_t z)
{
	static const char *const naming[] = {
		"branded", "call", "called", "calls", "dubbed", "termed",
	};
	size_t o, k;

	for (o = i; o > first && o + 2 >= i && !quote_before(tk, o); o--)
		;
	if (!quote_before(tk, o) || !quoted(tk, o, z, end))
		return 0;
	k = o;
	if (k > first && (tok_is(tk, k - 1, "a") || tok_is(tk, k - 1, "an") ||
	    tok_is(tk, k - 1, "the")))
		k--;
	if (k <= first || !tok_in_sorted(tk, k - 1, naming, NELEM(naming)))
		return 0;
	/* "what" opens the clause a word or three before the verb */
	for (o = k - 1; o > first && o + 4 >= k; o--)
		if (tok_is(tk, o - 1, "what"))
			return 1;
	return 0;
}

/* Words that open a cue of the dead shown: "photos of children
 * killed". */
static const char *const pictures[] = {
	"photo", "photos", "portrait", "portraits",
};

/* Does the clause after the picture word at token i of sentence s name a
 * day of its own, within a few words and before a punctuation mark
 * ("photos of the victims killed on Monday")?  A day further on belongs
 * to the sentence's own verb ("... walked in silence on Sunday"). */
static int
day_after(const struct tokens *tk, const struct lex_hits *h, size_t s,
    size_t i)
{
	size_t k, lim = i + 1, end = tk->sent_first[s + 1];

	while (lim < end && lim < i + 8 && tk->v[lim].kind != TOK_PUNCT)
		lim++;
	for (k = h->sent_first[s]; k < h->sent_first[s + 1]; k++)
		if (h->v[k].kind == LEX_TODAY && h->v[k].tok > i &&
		    h->v[k].tok < lim)
			return 1;
	return 0;
}

/* Words that open a cue of a crackdown: "crack down on", "a clampdown
 * on". */
static const char *const crackdown[] = {
	"clamp", "clampdown", "clamped", "clamping", "clamps", "crack",
	"crackdown", "cracked", "cracking", "cracks",
};

/* The end of the noun phrase after the crackdown cue at i ("knife
 * attacks", "gun crime") when it names a kind of violent act, else i. */
static size_t
crackdown_act(const struct scan *sc, size_t end, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t j = i + sc->len[FRAME_PLOT][i], k;
	int act = 0;

	for (k = j; k < end && k < j + 5; k++) {
		if (tk->v[k].kind == TOK_PUNCT ||
		    tok_in_sorted(tk, k, no_object, NELEM(no_object)) ||
		    tok_in_sorted(tk, k, auxiliary, NELEM(auxiliary)) ||
		    lex_at(tk, k, LEX_KILL, NULL) > 0 ||
		    lex_at(tk, k, LEX_INJURE, NULL) > 0 ||
		    lex_at(tk, k, LEX_TODAY, NULL) > 0)
			break;
		if (sc->violent[k])
			act = 1;
	}
	return act ? k : i;
}

/* Is the violence word at i a shot fired as an opening move: "fired
 * the opening shot", "fires the first shots", with no person shot? */
static int
shot_fired(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const order[] = {
		"first", "latest", "new", "next", "opening",
	};
	static const char *const fire[] = {
		"fire", "fired", "fires", "firing",
	};
	size_t j = i;

	if (!tok_is(tk, i, "shot") && !tok_is(tk, i, "shots"))
		return 0;
	if (j > first && tok_in_sorted(tk, j - 1, order, NELEM(order)))
		j--;
	if (j > first && tok_in_sorted(tk, j - 1, determiners,
	    NELEM(determiners)))
		j--;
	return j > first && tok_in_sorted(tk, j - 1, fire, NELEM(fire));
}

/* Does the phrase [j, k) name people ("pensioners", "working
 * families", "the poor"), though a figure may attack them as a class? */
static int
names_people(const struct tokens *tk, size_t j, size_t k)
{
	static const char *const people[] = {
		"class", "families", "pensioners", "poor",
	};

	for (; j < k; j++)
		if (tok_in_sorted(tk, j, people, NELEM(people)) ||
		    lex_at(tk, j, LEX_PERSON, NULL) > 0)
			return 1;
	return 0;
}

/* Do tokens [k, end) name a day of the event or a count ("on Sunday",
 * "left 20 dead")? */
static int
told_after(const struct tokens *tk, size_t k, size_t end)
{
	for (; k < end; k++)
		if (tk->v[k].kind == TOK_NUM ||
		    lex_at(tk, k, LEX_TODAY, NULL) > 0)
			return 1;
	return 0;
}

/* Is the plural attack noun at i (ntok tokens) the subject of a change
 * in number ("attacks on party workers had risen sharply", "shootings
 * rising in the suburbs")?  A trend counts attacks over a time gone by,
 * none of them told.  The verb must close the noun's own phrase: a
 * clause word or another violence word between ("bombings rocked the
 * city as the toll rose") ends the search, and a toll before the noun
 * ("the death toll from Thursday's bombings rose to 35") is what
 * rises. */
static int
trend_subject(const struct scan *sc, size_t first, size_t i, size_t ntok,
    size_t end)
{
	static const char *const trend[] = {
		"climbed", "declined", "decreased", "doubled", "dropped",
		"fallen", "fell", "increased", "increasing", "risen", "rising",
		"rose", "soared", "soaring", "spiked", "surged", "surging",
		"tripled",
	};
	static const char *const clause[] = {
		"after", "and", "as", "but", "since", "that", "when", "which",
		"while", "who",
	};
	const struct tokens *tk = sc->tk;
	size_t j;

	/* every plural of attack_plural[] ends in "s": most violence
	 * words fail here without a search */
	if (ntok != 1 || tk->lower[tk->v[i].start + tk->v[i].len - 1] != 's' ||
	    !tok_in_sorted(tk, i, attack_plural, NELEM(attack_plural)))
		return 0;
	/* the verb first, a few words on; the toll, anywhere before the
	 * noun, only when there is one */
	for (j = i + 1; j < end && j < i + 10; j++) {
		if (tok_in_sorted(tk, j, trend, NELEM(trend)))
			break;
		if (tk->v[j].kind == TOK_PUNCT || sc->violent[j] ||
		    tok_in_sorted(tk, j, clause, NELEM(clause)))
			return 0;
	}
	if (j >= end || j >= i + 10)
		return 0;
	for (j = first; j < i; j++)
		if (tok_is(tk, j, "toll") || tok_is(tk, j, "tolls"))
			return 0;
	return 1;
}

/* Is the violence word at i figurative: an object no weapon hurts after
 * it, or a compound word before it? */
static int
metaphor(const struct scan *sc, size_t first, size_t end, size_t i,
    size_t z)
{
	static const char *const margins[] = {
		"goals", "innings", "lengths", "points", "runs", "seconds",
		"shots", "strokes", "votes", "wickets",
	};
	const struct tokens *tk = sc->tk;
	size_t j, num, b = i;
	int caps = 0, of = 0;

	/* a word in quotes is a name or a figure: the 'sniper'; but
	 * attackers who act under a quoted word ("'terrorists' on
	 * motorcycles attacked") are real, the word the source's label,
	 * unless more violence is quoted beside them ("'gunmen' stormed
	 * and 'hostages' were taken": a staged scene) */
	if (quoted(tk, i, z, end) &&
	    !(lex_at(tk, i, LEX_ATTACKER, NULL) > 0 &&
	    attacker_acts(sc, first, end, i, z) &&
	    !quoted_beside(sc, first, end, i)))
		return 1;
	if (simile(tk, first, i) || distanced_label(tk, first, end, i, z))
		return 1;
	/* "a hat-trick kills off the visitors", "killed off the plan":
	 * killing off ends a contest or a thing; one kills people, not
	 * off them, though one may kill an off-duty officer */
	if (z < end && tok_is(tk, z, "off") &&
	    !(tk->v[z].flags & TOKF_HYPHEN) && (tok_is(tk, z - 1, "kill") ||
	    tok_is(tk, z - 1, "killed") || tok_is(tk, z - 1, "kills") ||
	    tok_is(tk, z - 1, "killing")))
		return 1;
	/* "a fashion bomb", "shares were slaughtered" */
	while (b > first && b + 3 > i &&
	    tok_in_wordset(tk, b - 1, &sc->words->auxiliary))
		b--;
	if (b > first && (sc->ends[b] & (1u << FRAME_COMPOUND)))
		return 1;
	/* A margin and a score start at a number, which few violence
	 * words have right after them: find the first, unless none
	 * follows in the sentence. */
	if (sc->last_num == (size_t)-1 || sc->last_num < z)
		num = end < z + 7 ? end : z + 7;
	else
		for (num = z; num < end && num < z + 7 &&
		    tk->v[num].kind != TOK_NUM; num++)
			;
	/* "massacred St Kilda by 90 points": a winning margin */
	for (j = num > z ? num - 1 : z; j + 2 < end && j < z + 6; j++)
		if (tok_is(tk, j, "by") && tk->v[j + 1].kind == TOK_NUM &&
		    tok_in_sorted(tk, j + 2, margins, NELEM(margins)))
			return 1;
	/* "massacred Toronto 138-99", "with a 3-1 win": a final score;
	 * "Samoa slaughtered 52-7": one right after the verb */
	for (j = num; j + 1 < end && j < z + 6; j++)
		if (tk->v[j].kind == TOK_NUM && (scoreline(tk, j, end) ||
		    (j == z && score_pair(tk, j) && !(j + 2 < end &&
		    lex_at(tk, j + 2, LEX_PERSON, NULL) > 0))))
			return 1;
	/* "fired the opening shot in a fare war": a shot fired in a war
	 * that is itself a figure of trade or politics (a look-alike
	 * phrase: "price war", "culture war") is the figure's too; drivers
	 * "shot dead in a fare war" are not */
	if (z + 1 < end && tok_is(tk, z, "in") && shot_fired(tk, first, i))
		for (j = z + 1; j < end && j < z + 5 &&
		    tk->v[j].kind != TOK_PUNCT; j++)
			if ((tok_is(tk, j, "war") || tok_is(tk, j, "wars")) &&
			    sc->inlook[j] && context_look(sc->inlook[j] - 1))
				return 1;
	/* "the ruling was a bomb under the industry's merger plans": a
	 * bomb under what no bomb lies beneath shakes it up; one under a
	 * car is real */
	if (z + 1 < end && tok_is(tk, z, "under") &&
	    tok_in_sorted(tk, i, devices, NELEM(devices)))
		for (j = z + 1; j < end && j < z + 6; j++) {
			if (starts(sc, j, FRAME_ABSTRACT))
				return 1;
			if (tok_in_sorted(tk, j, object_skip,
			    NELEM(object_skip)) || possessive(tk, j))
				continue;
			/* a noun before the head: "merger plans" */
			if (j + 1 < end && !sc->violent[j] &&
			    !(tk->v[j].flags & TOKF_CAP) &&
			    starts(sc, j + 1, FRAME_ABSTRACT))
				continue;
			break;
		}
	for (j = z; j < end && j < z + 5; j++) {
		/* "a massacre of jobs": a noun's object after "of" that
		 * ends its phrase; "the bombing of the budget office" is of
		 * an office */
		if (starts(sc, j, FRAME_ABSTRACT)) {
			size_t k = j + sc->len[FRAME_ABSTRACT][j];

			/* "the massacre of pensioners at a care home": people
			 * are massacred at a place, and a day or a count after
			 * the phrase tells an event; "a slow-motion massacre
			 * of the middle class, carried out by zoning rules"
			 * is a figure */
			if (of && (told_after(tk, k, end) ||
			    (names_people(tk, j, k) && k < end &&
			    (tok_is(tk, k, "at") || tok_is(tk, k, "in") ||
			    tok_is(tk, k, "near")))))
				break;
			if (!of || k >= end || tk->v[k].kind == TOK_PUNCT ||
			    tok_in_sorted(tk, k, no_object, NELEM(no_object)) ||
			    tok_in_sorted(tk, k, auxiliary, NELEM(auxiliary)))
				return 1;
			break;
		}
		if (j == z && tok_is(tk, j, "of")) {
			of = 1;
			continue;
		}
		/* "shot up 40%" */
		if (tk->v[j].kind == TOK_NUM && j + 1 < end &&
		    (tok_is(tk, j + 1, "%") || tok_is(tk, j + 1, "percent") ||
		    tok_is(tk, j + 1, "per")))
			return 1;
		if (tok_in_wordset(tk, j, &sc->words->object_skip) ||
		    possessive(tk, j) || tk->v[j].kind == TOK_NUM)
			continue;
		/* "kill thousands of jobs": an amount in words and its
		 * "of" */
		if (lex_at(tk, j, LEX_NUM, NULL) > 0 || (j > z &&
		    tok_is(tk, j, "of") && lex_at(tk, j - 1, LEX_NUM,
		    NULL) > 0))
			continue;
		if ((tk->v[j].flags & TOKF_CAP) && !sc->violent[j] &&
		    caps++ == 0)
			continue;
		break;
	}
	return 0;
}

/* The year of a dated attack noun ("the November 2015 attacks", "a 2023
 * shooting", "the bombing in 2019"), or (size_t)-1. */
static size_t
dated_event(const struct scan *sc, size_t first, size_t end, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t j, z = i + sc->len[FRAME_EVENT][i];

	for (j = i; j > first && j + 5 > i; j--) {
		size_t k = j - 1;

		if (tok_is_year(tk, k))
			return k;
		if (tk->v[k].kind == TOK_PUNCT && !tok_is(tk, k, ",") &&
		    !tok_is(tk, k, "."))
			break;
	}
	if (z + 1 < end && tok_is(tk, z, "in") && tok_is_year(tk, z + 1))
		return z + 1;
	/* "the bombing at a mosque in the city's old quarter in 2023": the
	 * year may close a phrase of place; a verb or a clause opening
	 * before it ("at a school built in 2019") dates something else */
	if (z < end && (tok_is(tk, z, "at") || tok_is(tk, z, "on") ||
	    tok_is(tk, z, "in") || tok_is(tk, z, "near") ||
	    tok_is(tk, z, "outside") || tok_is(tk, z, "inside")))
		for (j = z + 1; j + 1 < end && j < z + 9; j++) {
			if (tk->v[j].kind == TOK_PUNCT || sc->violent[j] ||
			    verb_like(tk, first, j) || relative_at(tk, j) ||
			    tok_is(tk, j, "when") || tok_is(tk, j, "where"))
				break;
			if (tok_is(tk, j, "in") && tok_is_year(tk, j + 1))
				return j + 1;
		}
	return (size_t)-1;
}

/* The year of "in 2021" or "in March 2021" closing the clause of a
 * violence verb ending before z ("attacked a bus in 2021"), or end.  A
 * clause of "when" right after the verb tells its time ("died when
 * rebels shelled the town in May 2008"), and is read to its end. */
static size_t
verb_year(const struct tokens *tk, size_t z, size_t end)
{
	size_t j, lim = z + 6;

	if (z < end && tok_is(tk, z, "when"))
		lim = z + 14;
	for (j = z; j + 1 < end && j < lim; j++) {
		if (tk->v[j].kind == TOK_PUNCT ||
		    (j > z && relative_at(tk, j)))
			break;
		if (!tok_is(tk, j, "in"))
			continue;
		if (tok_is_year(tk, j + 1))
			return j + 1;
		if (j + 2 < end && tok_in_sorted(tk, j + 1, months,
		    NELEM(months)) && tok_is_year(tk, j + 2))
			return j + 2;
	}
	return end;
}

/* The first word of the name of an attack known by its place ("the
 * Paris attacks", "the Manchester Arena bombing"), or (size_t)-1.  A
 * new attack is told as "an attack in Paris" or "Monday's attack"; an
 * armed group's attack ("the Taliban attack") is no name.  Two names
 * may share the plural noun ("the Madrid and London bombings"). */
static size_t
named_event(const struct scan *sc, size_t first, size_t i)
{
	static const char *const days[] = {
		"friday", "monday", "saturday", "sunday", "thursday",
		"tuesday", "wednesday",
	};
	const struct tokens *tk = sc->tk;
	size_t k = i, z = i;

	for (;;) {
		while (k > first && tk->v[k - 1].kind == TOK_WORD &&
		    (tk->v[k - 1].flags & TOKF_CAP) &&
		    !tok_is(tk, k - 1, "the")) {
			if (sc->grouped[k - 1] || sc->violent[k - 1] ||
			    tok_in_sorted(tk, k - 1, days, NELEM(days)) ||
			    z - k >= 3)
				return (size_t)-1;
			k--;
		}
		/* the first name of two, before "and": only with a
		 * plural noun, and only once */
		if (z != i || k == z || k < first + 3 ||
		    !tok_is(tk, k - 1, "and") ||
		    tk->lower[tk->v[i].start + tk->v[i].len - 1] != 's' ||
		    tk->v[k - 2].kind != TOK_WORD ||
		    !(tk->v[k - 2].flags & TOKF_CAP))
			break;
		z = --k;
	}
	if (k == z || k == first || !tok_is(tk, k - 1, "the"))
		return (size_t)-1;
	return k;
}

/* Is token v, after a clause ending at z, a verb in the past or one of
 * harm that can be the main clause's ("died", "was", "fled"), not a noun
 * after a preposition or an article? */
static int
main_verb(const struct tokens *tk, size_t z, size_t v)
{
	const char *w = tk->lower + tk->v[v].start;
	size_t n = tk->v[v].len;

	if (v == z || tk->v[v].kind != TOK_WORD ||
	    (tk->v[v].flags & TOKF_CAP) ||
	    tok_in_sorted(tk, v - 1, determiners, NELEM(determiners)) ||
	    tok_in_sorted(tk, v - 1, no_object, NELEM(no_object)))
		return 0;
	return lex_at(tk, v, LEX_KILL, NULL) > 0 ||
	    lex_at(tk, v, LEX_INJURE, NULL) > 0 ||
	    (n > 3 && memcmp(w + n - 2, "ed", 2) == 0);
}

/* "A nurse who survived a 2011 bombing at the hospital was stabbed
 * on Monday": an attack dated at [a, z) inside a relative
 * clause about a person tells the person's past; the clause ends where
 * the main verb, "was" or another ("died on Wednesday"), follows a
 * phrase of place, and the main clause, when it names a day of its own,
 * tells the news.  The first token of
 * the clause, its end in *zp; end when the sentence is not so built
 * (a clause about the attack after it, "in which gunmen killed 20",
 * keeps it all the past's). */
static size_t
person_past(const struct scan *sc, size_t s, size_t a, size_t z,
    size_t *zp)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t first = tk->sent_first[s], end = tk->sent_first[s + 1];
	size_t j, k, v;

	for (j = a; j > first && j + 8 > a; j--) {
		if (tk->v[j - 1].kind == TOK_PUNCT)
			return end;
		if (tok_is(tk, j - 1, "who") || tok_is(tk, j - 1, "whom"))
			break;
	}
	if (j <= first + 1 || j + 8 <= a || !(tok_is(tk, j - 1, "who") ||
	    tok_is(tk, j - 1, "whom")) ||
	    (lex_at(tk, j - 2, LEX_PERSON, NULL) == 0 &&
	    lex_at(tk, j - 2, LEX_VIP, NULL) == 0))
		return end;
	for (v = z; v < end && v < z + 8; v++) {
		if (tok_in_sorted(tk, v, be_forms, NELEM(be_forms)) ||
		    main_verb(tk, z, v))
			break;
		if (tk->v[v].kind == TOK_PUNCT || sc->violent[v] ||
		    relative_at(tk, v))
			return end;
	}
	if (v == end || v == z + 8)
		return end;
	for (k = h->sent_first[s]; k < h->sent_first[s + 1]; k++)
		if (h->v[k].kind == LEX_TODAY && h->v[k].tok > v) {
			*zp = v;
			return j - 1;
		}
	return end;
}

/* Is the attacker word at a the subject of an act of violence ("gunmen
 * opened fire", "militants fired on")? */
static int
attacker_acts(const struct scan *sc, size_t first, size_t end, size_t a,
    size_t z)
{
	/* Words that open a clause of their own: "were injured when
	 * militants ambushed", the attacker the new clause's subject. */
	static const char *const subordinator[] = {
		"after", "as", "because", "before", "since", "until", "when",
		"where", "while",
	};
	/* the state a violent act left people in */
	static const char *const left_state[] = {
		"dead", "hurt", "injured", "wounded",
	};
	/* words that may follow a headline's passive ("seven rebels
	 * killed in air strike") */
	static const char *const passive_next[] = {
		"after", "as", "by", "during", "in", "near", "on", "while",
	};
	const struct tokens *tk = sc->tk;
	size_t j, lim;

	/* "doctors suspect food poisoning": a verb after its subject */
	if (a > first && tok_is(tk, a, "suspect") &&
	    (sc->being[a - 1] & BEING_ANY))
		return 0;
	/* "two herders were killed by masked men": the agent of a
	 * passive of violence is the one who did it */
	if (a > first + 1 && tok_is(tk, a - 1, "by") && sc->violent[a - 2] &&
	    !sc->drop[a - 2])
		return 1;
	/* "killed three militants": the object; "heavily armed men" is
	 * one noun, its weapon words no verb before it.  A group's name
	 * and "suspected" before the noun ("shot dead two suspected
	 * al-Shabaab militants") belong to it and widen the look back. */
	for (j = a, lim = 3; j > first && j + lim > a; j--) {
		if (tok_in_sorted(tk, j - 1, subordinator, NELEM(subordinator)))
			break;
		if (sc->violent[j - 1] &&
		    j - 1 + lex_at(tk, j - 1, LEX_WEAPON, NULL) <= a)
			return 0;
		if ((sc->grouped[j - 1] || tok_is(tk, j - 1, "suspected") ||
		    tok_is(tk, j - 1, "alleged")) && lim < 7)
			lim++;
	}
	/* "a man armed with a rifle has been shot dead": the weapon he
	 * carries belongs to the noun; his act, if any, comes after it */
	if (z > a && z < end && (tok_is(tk, z - 1, "with") ||
	    tok_is(tk, z - 1, "wielding"))) {
		size_t w;

		if (tok_in_sorted(tk, z, determiners, NELEM(determiners)))
			z++;
		if (z < end && (w = lex_at(tk, z, LEX_WEAPON, NULL)) > 0)
			z += w;
	}
	for (j = z; j < end && j < z + 3; j++) {
		if (tk->v[j].kind == TOK_PUNCT ||
		    tok_in_sorted(tk, j, clause_stop, NELEM(clause_stop)) ||
		    tok_in_sorted(tk, j, modal, NELEM(modal)))
			return 0;
		/* "leaving three soldiers and several fighters dead": the
		 * attackers are among those left dead */
		if (sc->violent[j] && tok_in_sorted(tk, j, left_state,
		    NELEM(left_state)))
			return 0;
		/* "army bombs camp, seven rebels killed", "armed man shot
		 * dead by police": a headline's passive, no auxiliary, the
		 * attackers the ones killed */
		if (j == z && (tok_is(tk, j, "killed") ||
		    (tok_is(tk, j, "shot") && j + 1 < end &&
		    tok_is(tk, j + 1, "dead")))) {
			size_t n = j + (tok_is(tk, j, "shot") ? 2 : 1);

			if (n >= end || tk->v[n].kind == TOK_PUNCT ||
			    tok_in_sorted(tk, n, passive_next,
			    NELEM(passive_next)))
				return 0;
		}
		/* "killed a commander and four of his fighters in a raid",
		 * "shoot armed man after siege": an attack noun after "in",
		 * "during" or "after" is the setting of the phrase, no verb
		 * of the attackers' */
		if (tok_is(tk, j, "in") || tok_is(tk, j, "during") ||
		    tok_is(tk, j, "after")) {
			size_t k = j + 1;

			if (k < end && (tok_is(tk, k, "a") ||
			    tok_is(tk, k, "an") || tok_is(tk, k, "the")))
				k++;
			if (k < end && sc->violent[k])
				return 0;
			/* "militants in Kupwara fired": a place */
			continue;
		}
		/* "comments on militant attacks": a singular attacker
		 * word before a plural attack noun qualifies it; only a
		 * verb after the noun ("militant attacks kill five") tells
		 * an act */
		if (j == z && tok_in_sorted(tk, j, attack_plural,
		    NELEM(attack_plural)) && tok_in_sorted(tk, a,
		    attacker_adj, NELEM(attacker_adj)))
			continue;
		if (sc->violent[j] && !sc->drop[j])
			return 1;
	}
	return 0;
}

/* Is what forces strike at z the attackers of the event ("the army
 * said it killed 30 attackers"), or the hunt for them?  Then they
 * fight back, and the event is still the attack.  Gunmen the forces
 * call suspects ("killed four suspected gunmen") are the quarry
 * of their own operation. */
static int
strikes_back(const struct scan *sc, size_t end, size_t z)
{
	static const char *const assailants[] = {
		"assailant", "assailants", "attacker", "attackers", "gunman",
		"gunmen", "raiders",
	};
	/* "the army said it had launched a pursuit": the hunt for them */
	static const char *const hunt[] = {
		"hunt", "manhunt", "pursuit", "search",
	};
	size_t j;

	for (j = z; j < end && j < z + 4; j++) {
		if (tok_is(sc->tk, j, "suspected"))
			return 0;
		if (tok_in_sorted(sc->tk, j, assailants, NELEM(assailants)) ||
		    tok_in_sorted(sc->tk, j, hunt, NELEM(hunt)))
			return 1;
	}
	return 0;
}

/* Is the word before strike verb v a country that opens its clause
 * ("- North Korea fired", "Israel struck")?  Not "gunmen in northern
 * Nigeria attacked", where the country is a place, nor a headline's
 * "Plant In Southern France Targeted", whose capitals hide the same
 * preposition; and not "the Italian launched his attack": a strike
 * of his or her own is a person's. */
static int
country_strikes(const struct scan *sc, size_t first, size_t v)
{
	const struct tokens *tk = sc->tk;
	size_t b, z;

	/* the gazetteer's look-up last: it costs the most */
	if (v == first || sc->grouped[v - 1] ||
	    (sc->being[v - 1] & BEING_PERSON) || !country_word(tk, v - 1))
		return 0;
	z = v + (sc->len[FRAME_STRIKE][v] > 0 ? sc->len[FRAME_STRIKE][v] : 1);
	if (tok_is(tk, z, "his") || tok_is(tk, z, "her"))
		return 0;
	/* "Former MP shot dead on café terrace", "Briton killed in
	 * crash": a headline's killing participle with nobody after it
	 * is passive, and the country word names the one killed */
	if (tok_in_sorted(tk, v, lethal, NELEM(lethal)) &&
	    verb_like(tk, first, v) && object_of(sc, tk->v[v].sent, z) < 0)
		return 0;
	b = v - 1;
	while (b > first && (tk->v[b - 1].flags & TOKF_CAP) &&
	    tk->v[b - 1].kind == TOK_WORD) {
		if (tok_in_sorted(tk, b - 1, no_object, NELEM(no_object)))
			return 0;
		b--;
	}
	return b == first || tk->v[b - 1].kind == TOK_PUNCT;
}

/* Does the rest of the sentence from i tell of harm done to people
 * ("shot dead a man who had stabbed two shoppers")?  Then whom the
 * police killed was the attacker. */
static int
harm_after(const struct scan *sc, size_t i, size_t end)
{
	const struct lex_hits *h = sc->h;
	size_t k;

	for (k = 0; k < h->n; k++) {
		const struct lex_hit *x = &h->v[k];

		if (x->tok < i || x->tok >= end || sc->drop[x->tok])
			continue;
		if ((x->kind == LEX_ATTACK && x->e->weight >= 2) ||
		    x->kind == LEX_KILL || x->kind == LEX_INJURE ||
		    (x->kind == LEX_FRAME && x->e->arg == FRAME_HUMAN))
			return 1;
	}
	return 0;
}

/* Does "by" at by close a killing done to someone who hurt nobody ("a
 * man was shot and killed by police after he charged at officers")?
 * Police who kill him are the story's agent.  "The attacker was shot
 * dead by police", or a man who had stabbed two, answers an attack. */
static int
police_kill(const struct scan *sc, size_t first, size_t end, size_t by,
    size_t z)
{
	const struct tokens *tk = sc->tk;
	size_t v = by, i;
	int lethal_verb = 0, indefinite = 0;

	while (v > first && (tok_in_sorted(tk, v - 1, lethal,
	    NELEM(lethal)) || tok_is(tk, v - 1, "dead") ||
	    tok_is(tk, v - 1, "and") || tok_is(tk, v - 1, "fatally"))) {
		lethal_verb |= tok_in_sorted(tk, v - 1, lethal, NELEM(lethal));
		v--;
	}
	if (!lethal_verb || v == first ||
	    !tok_in_sorted(tk, v - 1, be_forms, NELEM(be_forms)))
		return 0;
	/* the hits of the passive itself may start at its "was"; the one
	 * killed is brought in here ("a man"), not one told of before
	 * ("he", "the man"), who may have done the harm */
	for (i = first; i + 1 < v; i++) {
		if (sc->violent[i] || lex_at(tk, i, LEX_ATTACKER, NULL) > 0)
			return 0;
		indefinite |= tok_is(tk, i, "a") || tok_is(tk, i, "an");
	}
	return indefinite && !harm_after(sc, z, end);
}

/* Is the force named at f (ntok tokens) a state's, and the agent of a
 * strike ("Russian missiles struck", "the army said it had bombed", "an
 * air strike by Myanmar's military")? */
static int
state_acts(const struct scan *sc, size_t first, size_t end, size_t f,
    size_t z, int weight)
{
	static const char *const remit[] = {
		"anti", "anti-terror", "anti-terrorism", "counter",
		"counter-terror", "counter-terrorism", "counterterrorism",
		"terror", "terrorism",
	};
	static const char *const state_owner[] = {
		"army", "government", "junta", "military", "navy", "regime",
	};
	const struct tokens *tk = sc->tk;
	size_t j, b = f, backed = 0;
	int state = weight >= 2, named = 0, owned = 0;

	/* Walk back over the force's modifiers: "Nigerian Air Force",
	 * "Colombia's armed forces", "the U.S. Africa Command". */
	while (b > first && b + 4 > f) {
		size_t k = b - 1;

		if (country_word(tk, k) || initialism_country(tk, first, k)) {
			state = named = 1;
			b = k;
			continue;
		}
		/* "Russian artillery shelling", "Syrian government
		 * shelling": the means or the state before the strike */
		if (weight >= 3 && ((sc->ends[k + 1] & (1u << FRAME_FORCE)) ||
		    tok_is(tk, k, "government") || tok_is(tk, k, "regime"))) {
			/* "Army shelling of residential areas killed 15":
			 * the state's own strike, however far its verb */
			if (tok_in_sorted(tk, k, state_owner,
			    NELEM(state_owner)))
				owned = 1;
			b = k;
			continue;
		}
		if ((tk->v[k].flags & TOKF_CAP) || tok_is(tk, k, ".") ||
		    tok_is(tk, k, "the") || tok_is(tk, k, "a") ||
		    tok_is(tk, k, "an") || tok_is(tk, k, "and")) {
			b = k;
			continue;
		}
		/* "counter-terrorism police", "anti-terror police": the
		 * force's remit */
		if (tok_in_sorted(tk, k, remit, NELEM(remit)) ||
		    (tok_is(tk, k, "-") && k > first &&
		    tok_in_sorted(tk, k - 1, remit, NELEM(remit)))) {
			b = k;
			continue;
		}
		break;
	}
	/* a command named by its region: "Africa Command"; other named
	 * forces may be armed groups ("Allied Democratic Forces") */
	if (!state && tok_is(tk, f, "command") &&
	    (tk->v[f].flags & TOKF_CAP) && f > first &&
	    (tk->v[f - 1].flags & TOKF_CAP))
		state = 1;
	if (sc->grouped[f])
		return 0;
	/* "drones launched by Russia": the agent named after the strike */
	if (!state && z < end && starts(sc, z, FRAME_STRIKE) &&
	    z + sc->len[FRAME_STRIKE][z] + 1 < end &&
	    tok_is(tk, z + sc->len[FRAME_STRIKE][z], "by") &&
	    country_word(tk, z + sc->len[FRAME_STRIKE][z] + 1))
		return 1;
	/* "Ukraine said its forces had struck": the country the sentence
	 * opens with owns them */
	if (!state && b > first) {
		size_t o = b;

		/* "its long-range drones": words that qualify the force
		 * may stand between */
		while (o > first && b - o < 4 && !tok_is(tk, o - 1, "its") &&
		    !tok_is(tk, o - 1, "their") && (tok_is(tk, o - 1, "-") ||
		    (tk->v[o - 1].kind == TOK_WORD &&
		    !(tk->v[o - 1].flags & TOKF_CAP) && !sc->violent[o - 1])))
			o--;
		if (o > first && (tok_is(tk, o - 1, "its") ||
		    tok_is(tk, o - 1, "their")) && (country_word(tk, first) ||
		    (first + 1 < end && country_word(tk, first + 1))))
			state = 1;
	}
	if (!state)
		return 0;
	if (b > first) {
		size_t k = b - 1;

		/* "the attacker was shot dead by police": the answer to an
		 * attack, not an operation of its own */
		if (tok_is(tk, k, "by") && tok_is(tk, z - 1, "police"))
			return police_kill(sc, first, end, k, z);
		if (tok_is(tk, k, "by")) {
			/* the agent of a passive or of a strike noun */
			for (j = k; j > first && j + 5 > k; j--) {
				if (tok_is(tk, j - 1, "and") ||
				    tok_is(tk, j - 1, "but") ||
				    tk->v[j - 1].kind == TOK_PUNCT)
					break;
				if (sc->violent[j - 1] ||
				    starts(sc, j - 1, FRAME_FORCE))
					return 1;
			}
			return 0;
		}
		if (sc->violent[k] ||
		    tok_in_sorted(tk, k, target_mark, NELEM(target_mark)))
			return 0;
	}
	/* "Russian artillery shelling of Kherson wounded six": a strike
	 * noun owned by a country is the strike itself. */
	if ((named || owned) && weight >= 3)
		return !strikes_back(sc, end, z);
	/* The strike must follow the force in its own clause: "the army
	 * said on Friday it had bombed"; "an army base and killed" names
	 * the army as what was hit. */
	for (j = z; j < end && j < z + 8 + (backed != 0 ? 5 : 0); j++) {
		/* the support named between the forces and their strike
		 * ("special forces backed by international partners
		 * killed") is no part of the clause's verb */
		if (backed == 0 && j + 1 < end && tok_in_sorted(tk, j,
		    backing, NELEM(backing)) && tok_is(tk, j + 1, "by")) {
			backed = j + 6;
			j++;
			continue;
		}
		if (j < backed && !starts(sc, j, FRAME_STRIKE) &&
		    tk->v[j].kind != TOK_PUNCT)
			continue;
		/* Police who fire to stop an attacker answer the attack;
		 * only police who kill are the story's agent. */
		if (starts(sc, j, FRAME_STRIKE) && tok_is(tk, z - 1, "police") &&
		    (!tok_in_sorted(tk, j, lethal, NELEM(lethal)) ||
		    harm_after(sc, j + sc->len[FRAME_STRIKE][j], end)))
			return 0;
		/* "Five Egyptian soldiers killed in Sinai attack": a
		 * headline's killing participle right after the force,
		 * with nobody after it, is passive; the forces are the
		 * dead */
		if (j == z && starts(sc, j, FRAME_STRIKE) &&
		    (tok_is(tk, j, "killed") || tok_is(tk, j, "gunned")) &&
		    object_of(sc, tk->v[j].sent,
		    j + sc->len[FRAME_STRIKE][j]) < 0)
			return 0;
		if (starts(sc, j, FRAME_STRIKE))
			return !strikes_back(sc, end,
			    j + sc->len[FRAME_STRIKE][j]);
		if (starts(sc, j, FRAME_FORCE)) {
			j += sc->len[FRAME_FORCE][j] - 1;
			continue;
		}
		/* a modifier of the force's own means: "its sea drones",
		 * "its attack helicopters" */
		if (tk->v[j].kind == TOK_WORD && !sc->being[j] &&
		    !sc->grouped[j] && starts(sc, j + 1, FRAME_FORCE))
			continue;
		/* "a Russian missile and drone attack on Kyiv": the attack
		 * noun right after the means names the strike */
		if (state && starts(sc, j, FRAME_EVENT) &&
		    (sc->ends[j] & (1u << FRAME_FORCE)))
			return !strikes_back(sc, end,
			    j + sc->len[FRAME_EVENT][j]);
		/* "Army Post Attack Kills Four": an attack noun between
		 * makes the force part of its target's name */
		if (sc->violent[j])
			return 0;
		if (!(tk->v[j].flags & TOKF_CAP) &&
		    tk->v[j].kind != TOK_NUM &&
		    !tok_in_sorted(tk, j, report_words, NELEM(report_words)))
			return 0;
	}
	return 0;
}

/* Is a person named right after violence hit x ("stabbed a referee",
 * "shot two commuters")? */
static int
victim_after(const struct scan *sc, size_t s, const struct lex_hit *x)
{
	const struct tokens *tk = sc->tk;
	size_t i, j, z = x->tok + x->ntok, stop = tk->sent_first[s + 1];
	const struct token *w = &tk->v[z - 1];

	/* "stabbings of teenagers rise", "stabbings involving teenagers
	 * remained high": acts counted, and a bare plural of the people
	 * they befall; "the killings of two farmers" names the victims of
	 * one */
	if (w->len > 5 && memcmp(tk->lower + w->start + w->len - 4, "ings",
	    4) == 0 && z + 1 < stop && (tok_is(tk, z, "of") ||
	    tok_is(tk, z, "involving")) &&
	    tk->v[z + 1].kind == TOK_WORD &&
	    !tok_in_sorted(tk, z + 1, determiners, NELEM(determiners)) &&
	    lex_at(tk, z + 1, LEX_NUM, NULL) == 0)
		return 0;
	for (j = z; j < stop && j < z + 4; j++) {
		/* "stabbings among teenagers": the people counted in, not
		 * the victims of one act */
		if (tk->v[j].kind == TOK_PUNCT || tok_is(tk, j, "among"))
			break;
		/* "bandits free abducted villagers": the people after a cue
		 * of remembering or of an earlier taking are framed by it */
		if (starts(sc, j, FRAME_RETRO))
			break;
		/* "the judge's ruling": the person only owns the object */
		if (possessive(tk, j))
			return 0;
		if (starts(sc, j, FRAME_HUMAN))
			return 1;
	}
	for (i = z; i < j; i++)
		if (sc->being[i] & BEING_PERSON)
			return 1;
	return 0;
}

/* Does the cue at i name the kin of people whose loss the same phrase
 * dates to this week ("Relatives of the 14 villagers killed when gunmen
 * stormed their village on Thursday night demanded ...")?  They react to
 * a fresh attack; "relatives of the victims of the 2015 bombing" and
 * "families of those killed ten years ago" remember one. */
static int
kin_of_fresh_dead(const struct scan *sc, size_t i)
{
	static const char *const kin[] = {
		"families", "parents", "relatives", "survivors", "widows",
	};
	const struct tokens *tk = sc->tk;
	size_t j, s, end;
	int day = 0;

	for (s = 0; s + 1 < tk->nsent && tk->sent_first[s + 1] <= i; s++)
		;
	end = tk->sent_first[s + 1];
	if (!tok_in_sorted(tk, i, kin, NELEM(kin)) || i + 3 >= end ||
	    !tok_is(tk, i + 1, "of") || !tok_is(tk, i + 2, "the"))
		return 0;
	/* "... gathered on Thursday to mark nine years since the
	 * massacre": any time counted back, or another cue of
	 * remembering, in the sentence */
	for (j = i + 3; j < end; j++) {
		if (tok_is_year(tk, j) || lex_at(tk, j, LEX_PAST, NULL) > 0 ||
		    starts(sc, j, FRAME_RETRO))
			return 0;
		if (j < i + 18 && lex_at(tk, j, LEX_TODAY, NULL) > 0)
			day = 1;
	}
	return day;
}

/* Does the court cue at i only name a person's office ("a witness in a
 * corruption trial", "an appeals court judge", "a prosecution
 * witness")?  Violence done to that person is news of its own day;
 * the trial is who the victim is, not what the sentence tells. */
static int
court_role(const struct scan *sc, size_t first, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t j = i + sc->len[FRAME_RETRO][i], k;
	size_t end = tk->sent_first[tk->v[i].sent + 1];

	if (!starts(sc, i, FRAME_RETRO))
		return 0;
	/* "appeals court judge": one more noun before the office */
	if (j + 1 < end && tk->v[j].kind == TOK_WORD &&
	    !tok_in_sorted(tk, j, court_roles, NELEM(court_roles)) &&
	    !(tk->v[j].flags & TOKF_CAP) &&
	    tok_in_sorted(tk, j + 1, court_roles, NELEM(court_roles)))
		j++;
	if (j < end && tk->v[j].kind == TOK_WORD &&
	    tok_in_sorted(tk, j, court_roles, NELEM(court_roles)))
		return 1;
	/* "a witness in a corruption trial": the office, "in", then the
	 * trial's noun phrase */
	for (k = i; k > first + 1 && k + 4 > i; k--) {
		if (tk->v[k - 1].kind != TOK_WORD)
			return 0;
		if (tok_is(tk, k - 1, "in"))
			return tok_in_sorted(tk, k - 2, court_roles,
			    NELEM(court_roles));
	}
	return 0;
}

/* Are tokens i and j the same word, but for a plural -s ("bombing",
 * "bombings", "Bombers", "Bomber")? */
static int
same_stem(const struct tokens *tk, size_t i, size_t j)
{
	const char *a = tk->lower + tk->v[i].start;
	const char *b = tk->lower + tk->v[j].start;
	size_t m = tk->v[i].len, n = tk->v[j].len;

	if (m > 1 && a[m - 1] == 's')
		m--;
	if (n > 1 && b[n - 1] == 's')
		n--;
	return m == n && memcmp(a, b, m) == 0;
}

/* Is j the noun that i, a noun in -ing, is made from ("bombing", "a
 * parcel bomb"), but for a plural -s?  A headline's act may be named by
 * its device in the text: "Ferry bombing" told as "a bomb killed 40". */
static int
made_from(const struct tokens *tk, size_t i, size_t j)
{
	const char *a = tk->lower + tk->v[i].start;
	const char *b = tk->lower + tk->v[j].start;
	size_t m = tk->v[i].len, n = tk->v[j].len;

	if (m > 1 && a[m - 1] == 's')
		m--;
	if (n > 1 && b[n - 1] == 's')
		n--;
	return m > 6 && memcmp(a + m - 3, "ing", 3) == 0 && n == m - 3 &&
	    memcmp(a, b, n) == 0;
}

/* Does sentence s name a year or an earlier time ("in 2015", "in recent
 * months")?  A violence word dropped there was dropped as earlier, not
 * as a likeness ("looked like an arson attack"). */
static int
sentence_dated(const struct tokens *tk, size_t s)
{
	size_t i;

	for (i = tk->sent_first[s]; i < tk->sent_first[s + 1]; i++)
		if (tok_is_year(tk, i) || lex_at(tk, i, LEX_PAST, NULL) > 0)
			return 1;
	return 0;
}

/* Does sentence s tell an act of violence before token c and name a
 * day ("two teenagers were knifed in separate attacks on Friday night
 * amid a spike in stabbings")?  That act is the day's event, whatever
 * trend it is set against. */
static int
day_event_before(const struct scan *sc, size_t s, size_t c)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t k;

	for (k = tk->sent_first[s]; k < c; k++)
		if (sc->violent[k] && !sc->drop[k])
			break;
	if (k == c)
		return 0;
	return lex_sentence_has(h, s, LEX_TODAY);
}

/* Is plural attack noun i of sentence s counted by a change in its
 * number ("a rise in stabbings", "an increase in knife attacks")?  A
 * change is a trend, whatever day the sentence names (the day a council
 * acts on it or a report comes out): a rise is never itself one event.
 * A sentence that counts dead or hurt of its own ("a surge in shootings
 * left four wounded") tells them as news. */
static int
change_before(const struct scan *sc, size_t s, size_t i)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t first = tk->sent_first[s], k;

	for (k = h->sent_first[s]; k < h->sent_first[s + 1]; k++)
		if ((h->v[k].kind == LEX_KILL || h->v[k].kind == LEX_INJURE) &&
		    h->v[k].tok != i)
			return 0;
	for (k = i; k > first + 1 && k + 3 > i; k--) {
		if (tk->v[k - 1].kind == TOK_PUNCT)
			return 0;
		if (tok_is(tk, k - 1, "in"))
			return tok_in_sorted(tk, k - 2, change,
			    NELEM(change)) && !day_event_before(sc, s, k - 2);
	}
	return 0;
}

/* Is one of hits [from, to) a word of sport? */
static int
sports_between(const struct lex_hits *h, size_t from, size_t to)
{
	size_t k;

	for (k = from; k < to; k++)
		if (h->v[k].kind == LEX_LOOK && h->v[k].e->arg == LOOK_SPORTS)
			return 1;
	return 0;
}

/* Is attacker word i capitalised inside a sentence of a game (a score
 * or a word of sport in it) written in lowercase (no headline in title
 * case), after another capitalised word that does not open it and is
 * no armed group's nor a word for the unknown ("the Essendon Bombers
 * thrashed", "the Las Vegas Raiders won 24-17")?  Then it ends a
 * team's name and names no attacker. */
static int
name_part(const struct scan *sc, size_t first, size_t end, size_t i)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t j, s = tk->v[i].sent;
	int game;

	if (i < first + 2 || !(tk->v[i].flags & TOKF_CAP) ||
	    tk->v[i - 1].kind != TOK_WORD ||
	    !(tk->v[i - 1].flags & TOKF_CAP) || sc->grouped[i - 1] ||
	    tok_in_sorted(tk, i - 1, unnamed, NELEM(unnamed)) ||
	    lex_at(tk, i, LEX_ATTACKER, NULL) == 0)
		return 0;
	/* the sentence tells a game: a score or a word of sport */
	for (j = first; j + 1 < end && !score_pair(tk, j); j++)
		;
	game = j + 1 < end;
	if (!game)
		game = sports_between(h, h->sent_first[s],
		    h->sent_first[s + 1]);
	if (!game)
		return 0;
	/* a headline in title case leaves only its short words and its
	 * prepositions in lowercase: "Suicide Bombers Strike in Kabul" */
	for (j = first; j < end; j++)
		if (tk->v[j].kind == TOK_WORD && tk->v[j].len >= 4 &&
		    !(tk->v[j].flags & TOKF_CAP) &&
		    !tok_in_sorted(tk, j, no_object, NELEM(no_object)))
			return 1;
	return 0;
}

/* "businesses respond to a wave of extortion and shootings": acts in the
 * plural a few words after "a wave of", "a spate of", in a sentence that
 * names no day, are a trend the sentence speaks of, not an event it
 * tells ("a wave of bombings hit the capital on Tuesday" tells one).
 * i is the plural noun of sentence s, one that reports: in background
 * ("the latest in a wave of attacks") the trend is already set aside. */
static int
trend_before(const struct scan *sc, size_t s, size_t i)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t first = tk->sent_first[s], k, j, n;

	for (k = i > first + 6 ? i - 6 : first; k < i; k++) {
		if ((n = lex_at(tk, k, LEX_PIVOT, NULL)) == 0 ||
		    k + n > i || i - (k + n) > 3)
			continue;
		for (j = k + n; j < i && tk->v[j].kind != TOK_PUNCT; j++)
			;
		if (j < i)
			continue;
		return !lex_sentence_has(h, s, LEX_TODAY);
	}
	return 0;
}

/* "Council debates knife arches after stabbings", "Hospital that treated
 * bombing victims opens new wing": an attack noun of the headline that
 * the body names only as an earlier event ("after a string of stabbings
 * in recent months", "victims of the 2015 market bombings") is that
 * event.  One the body also tells as news stays. */
static void
headline_echo(struct scan *sc, size_t head)
{
	const struct tokens *tk = sc->tk;
	size_t i, j, hf = tk->sent_first[head], he = tk->sent_first[head + 1];
	int past, fresh;

	for (i = hf; i < he; i++) {
		if (!starts(sc, i, FRAME_EVENT) || !sc->violent[i] ||
		    sc->drop[i])
			continue;
		past = fresh = 0;
		for (j = 0; j < tk->n && !fresh; j++) {
			if (j == hf) {
				j = he - 1;
				continue;
			}
			if (!sc->violent[j] || !(same_stem(tk, i, j) ||
			    made_from(tk, i, j)))
				continue;
			if (!sc->drop[j])
				fresh = 1;
			else if (sentence_dated(tk, tk->v[j].sent) ||
			    change_before(sc, tk->v[j].sent, j))
				past = 1;
		}
		if (past && !fresh)
			sc->drop[i] = 1;
	}
}

/* Is token i, in a text with words of sport, a capitalised plural word
 * of attack or of attackers ending a team's name ("the Riverside Raiders
 * beat the Bulls")?  Without words of sport the capitals may only be a
 * paper's style ("Unknown Gunmen", "Armed Bandits").  A word of an armed
 * group's known name stays its own; a word in capitals throughout is a
 * dateline's or a heading's. */
static int
team_word(const struct scan *sc, size_t first, size_t end, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t n = tk->v[i].len;

	if (i < first + 2 || !sc->violent[i] || sc->grouped[i] ||
	    tk->v[i].kind != TOK_WORD || !(tk->v[i].flags & TOKF_CAP) ||
	    tk->lower[tk->v[i].start + n - 1] != 's' ||
	    tk->v[i - 1].kind != TOK_WORD ||
	    !(tk->v[i - 1].flags & TOKF_CAP) || sc->grouped[i - 1] ||
	    (i + 1 < end && tk->v[i + 1].kind == TOK_WORD &&
	    (tk->v[i + 1].flags & TOKF_CAP)))
		return 0;
	if (lex_at(tk, i, LEX_ATTACK, NULL) == 0 &&
	    lex_at(tk, i, LEX_ATTACKER, NULL) == 0)
		return 0;
	return n < 2 || !(tk->text[tk->v[i].start + 1] >= 'A' &&
	    tk->text[tk->v[i].start + 1] <= 'Z');
}

/* Mark the words of violence that are part of a team's name: in a
 * sentence that tells a game (name_part), or in a text with words of
 * sport (team_word); and a headline's word that the body writes only as
 * part of one ("Bombers thrash Cats" over "the Essendon Bombers
 * thrashed").  The word is dropped, and so is the military cue on it
 * ("bombers" are aircraft too). */
static void
team_names(struct scan *sc, long head)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t i, j, k, s, hf, he;
	int name, other, sport;

	sport = sports_between(h, 0, h->n);
	/* both kinds of name end in a word of violence or of attackers:
	 * only the tokens where such a hit starts are asked */
	for (k = 0; k < h->n; k++) {
		size_t first, end;

		if (!((VIOLENCE_KINDS | 1u << LEX_ATTACKER) >> h->v[k].kind & 1))
			continue;
		i = h->v[k].tok;
		if (sc->named[i])
			continue;
		s = tk->v[i].sent;
		first = tk->sent_first[s];
		end = tk->sent_first[s + 1];
		if (name_part(sc, first, end, i) || (sport &&
		    (long)s != head && team_word(sc, first, end, i)))
			sc->named[i] = sc->drop[i] = 1;
	}
	if (head < 0 || (size_t)head >= tk->nsent)
		return;
	hf = tk->sent_first[head];
	he = tk->sent_first[head + 1];
	for (i = hf; i < he; i++) {
		if (sc->named[i] || (!sc->violent[i] &&
		    lex_at(tk, i, LEX_ATTACKER, NULL) == 0))
			continue;
		name = other = 0;
		for (j = 0; j < tk->n && !other; j++) {
			if (j == hf) {
				j = he - 1;
				continue;
			}
			if (same_stem(tk, i, j))
				*(sc->named[j] ? &name : &other) = 1;
		}
		if (name && !other)
			sc->named[i] = sc->drop[i] = 1;
	}
}

/* Is the "that" at i the one after a verb or a noun of saying ("police
 * advised that the threat of an attack was high", "a tip-off that they
 * were planning an attack")?  It opens what was said, the sentence's
 * own news, not a clause about a thing named before it. */
static int
said_that(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const saying[] = {
		"added", "advised", "announced", "believe", "believed",
		"claim", "claims", "confirmed", "estimated", "fear", "feared",
		"information", "insisted", "intelligence", "report", "reports",
		"said", "say", "says", "stated", "tip", "tipoff", "warn",
		"warned", "warning", "warns",
	};

	if (i <= first || !tok_is(tk, i, "that"))
		return 0;
	/* "a tip-off that": the noun before its hyphened particle */
	if (i - 1 > first && tok_is(tk, i - 1, "off") &&
	    (tk->v[i - 2].flags & TOKF_HYPHEN))
		i--;
	return tok_in_sorted(tk, i - 1, saying, NELEM(saying));
}

/* Is the plot cue at i, in a relative clause opened at rel, the plan
 * of people the sentence has arrested ("police arrested two teenagers
 * who were planning a shooting", "detained three men who plotted to
 * bomb a church")?  Then the plan is the story: the arrest stopped it
 * and nothing happened.  A plan or threat told of an attacker in a
 * clause of a sentence with no arrest ("a man who had threatened his
 * wife shot three people") only describes him. */
static int
plan_of_arrested(const struct scan *sc, size_t first, size_t rel, size_t i)
{
	static const char *const arrest[] = {
		"apprehended", "arrest", "arrested", "arrests", "detain",
		"detained", "detains", "nabbed",
	};
	const struct tokens *tk = sc->tk;
	size_t j;

	if (!starts(sc, i, FRAME_PLOT) || starts(sc, i, FRAME_RETRO))
		return 0;
	/* the arrest comes close before the persons the clause is about */
	for (j = rel; j > first && j + 8 > rel; j--)
		if (tok_in_sorted(tk, j - 1, arrest, NELEM(arrest)))
			return 1;
	return 0;
}

/* Is the cue at i only the setting of the sentence's event ("during the
 * trial", "at a memorial service") or a clause about a person ("a man
 * who had been convicted of assault")? */
static int
cue_is_setting(const struct scan *sc, size_t first, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t j = i;

	/* "at a vigil", "at Sunday's vigil", "at Memphis vigil", and the
	 * "vigil" inside "at a candlelight vigil": a name or a longer cue
	 * opening the noun phrase */
	while (j > first && j + 4 > i &&
	    (tok_in_sorted(tk, j - 1, determiners, NELEM(determiners)) ||
	    (tk->v[j - 1].kind == TOK_WORD &&
	    (tk->v[j - 1].flags & TOKF_CAP) && j - 1 > first &&
	    !tok_in_sorted(tk, j - 1, setting, NELEM(setting))) ||
	    (starts(sc, j - 1, FRAME_RETRO) &&
	    j - 1 + sc->len[FRAME_RETRO][j - 1] > i)))
		j--;
	if (j > first && tok_in_sorted(tk, j - 1, setting, NELEM(setting)))
		return 1;
	for (j = i; j > first && j + 4 > i; j--)
		if (relative_at(tk, j - 1) &&
		    !said_that(tk, first, j - 1) &&
		    !plan_of_arrested(sc, first, j - 1, i))
			return 1;
	if (kin_of_fresh_dead(sc, i))
		return 1;
	if (court_role(sc, first, i))
		return 1;
	/* "Anniversary blast rocks market", "an anniversary-day
	 * bombing": the day the attack fell on, not what is remembered */
	if (tok_is(tk, i, "anniversary")) {
		size_t end = tk->sent_first[tk->v[i].sent + 1];

		j = i + 1;
		if (j < end && tok_is(tk, j, "day"))
			j++;
		if (j < end && sc->violent[j])
			return 1;
	}
	/* "a man previously found guilty of assault": a person's past
	 * told about him, not the story */
	return i > first + 1 && tok_in_sorted(tk, i - 1, earlier,
	    NELEM(earlier)) && lex_at(tk, i - 2, LEX_PERSON, NULL) > 0;
}

/* Does the sentence open with a participle whose clause, holding the
 * word at i, ends at a comma before the main one ("Addressing supporters
 * in the town where ..., the candidate promised")? */
static int
participle_opens(const struct scan *sc, size_t first, size_t end, size_t i)
{
	const struct tokens *tk = sc->tk;
	const struct token *t = &tk->v[first];
	size_t j;

	if (first >= end || t->kind != TOK_WORD || t->len < 5 ||
	    sc->violent[first] ||
	    memcmp(tk->lower + t->start + t->len - 3, "ing", 3) != 0)
		return 0;
	for (j = first + 1; j < i; j++)
		if (tk->v[j].kind == TOK_PUNCT)
			return 0;
	for (j = i + 1; j + 1 < end; j++)
		if (tok_is(tk, j, ","))
			return 1;
	return 0;
}

/* Does the sentence open with a clause that ends before its main one
 * ("After ...,", "Two days after ...,", "Despite ...,", "Warning of
 * further attacks, ..."), with the cue at i inside it? */
static int
fronted(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const opener[] = {
		"after", "ahead", "before", "despite", "following", "having",
		"since",
	};
	size_t j;
	/* "Twenty years on from ...,": a span of time counted at the
	 * start opens the clause as "After" does */
	int opens = i == first || (i <= first + 2 &&
	    tok_in_sorted(tk, i, spans, NELEM(spans)));

	for (j = first; j < i; j++) {
		if (tk->v[j].kind == TOK_PUNCT)
			return 0;
		if (j < first + 3 &&
		    tok_in_sorted(tk, j, opener, NELEM(opener)))
			opens = 1;
	}
	return opens;
}

/* Is the cue at i inside a clause that follows the main one and
 * tells what came before it ("..., a week after letters warning")? */
static int
trailing_after(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const before[] = {
		"after", "following", "since",
	};
	size_t j;
	int after = 0;

	for (j = i; j > first; j--) {
		if (tok_is(tk, j - 1, ","))
			return after;
		if (tok_in_sorted(tk, j - 1, before, NELEM(before)))
			after = 1;
	}
	return 0;
}

/* Are the tokens from..end-1 punctuation only: does a cue close its
 * sentence? */
static int
only_punct(const struct tokens *tk, size_t from, size_t end)
{
	size_t j;

	for (j = from; j < end; j++)
		if (tk->v[j].kind != TOK_PUNCT)
			return 0;
	return 1;
}

/* Does the cue at i (n tokens) count a span of time ("30 years on",
 * "a decade since") and close the sentence after the event it is
 * measured from? */
static int
span_closes(const struct tokens *tk, size_t first, size_t end, size_t i,
    size_t n)
{
	static const char *const after[] = {
		"later", "on", "since",
	};
	static const char *const counts[] = {
		"a", "eight", "fifteen", "fifty", "five", "forty", "four",
		"nine", "one", "seven", "six", "ten", "thirty", "three",
		"twenty", "two",
	};

	if (i <= first + 1 || !tok_in_sorted(tk, i, spans, NELEM(spans)) ||
	    n != 2 || !tok_in_sorted(tk, i + 1, after, NELEM(after)))
		return 0;
	return (tk->v[i - 1].kind == TOK_NUM ||
	    tok_in_sorted(tk, i - 1, counts, NELEM(counts))) &&
	    only_punct(tk, i + n, end);
}

/* Does the cue at i (n tokens) close the sentence after a comma ("...
 * and shot four colleagues, the jury heard")?  Words of a trial
 * or a memorial put last frame all that the sentence told before. */
static int
attribution_closes(const struct tokens *tk, size_t first, size_t end,
    size_t i, size_t n)
{
	return i > first + 1 && tok_is(tk, i - 1, ",") &&
	    only_punct(tk, i + n, end);
}

/* Is the plot cue at i the message of a claim ("a statement claiming
 * responsibility"), not of a threat ("emails claiming bombs had been
 * planted")? */
static int
plot_is_claim(const struct scan *sc, size_t i)
{
	size_t j;

	for (j = i; j < i + sc->len[FRAME_PLOT][i] && j < sc->tk->n; j++)
		if (sc->claim[j])
			return 1;
	return 0;
}

/* The start of a phrase of place or time ("on champagne bottles", "in
 * the kitchen", "during a concert") or of a participle that tells how
 * the thing was handled ("sparklers used during a concert", "a heater
 * left on overnight") that a cause ends right before, and that runs up
 * to the verb at b; else b.  Participles of aiming ("fireworks hurled
 * at police") make a weapon of the cause and are not among them. */
static size_t
cause_before_phrase(const struct scan *sc, size_t first, size_t b)
{
	static const char *const place_prep[] = {
		"at", "during", "in", "inside", "near", "on",
	};
	static const char *const handled[] = {
		"kept", "left", "lit", "stored", "used",
	};
	const struct tokens *tk = sc->tk;
	size_t p;

	for (p = b - 1; p > first && p + 7 > b; p--) {
		if (tk->v[p].kind != TOK_WORD || sc->violent[p])
			return b;
		if ((tok_in_sorted(tk, p, place_prep, NELEM(place_prep)) ||
		    tok_in_sorted(tk, p, handled, NELEM(handled))) &&
		    (sc->ends[p] & (1u << FRAME_CAUSE)))
			return p;
	}
	return b;
}

/* Is the cause at token i the end of a getaway: right after "after" or
 * "before" in a clause that tells of the attacker caught or fleeing
 * ("he was arrested after crashing into a pole")? */
static int
getaway_end(const struct tokens *tk, size_t first, size_t i)
{
	size_t j;

	if (i < first + 2 || !(tok_is(tk, i - 1, "after") ||
	    tok_is(tk, i - 1, "before")))
		return 0;
	for (j = i - 1; j > first && j + 8 > i; j--) {
		if (tk->v[j - 1].kind == TOK_PUNCT)
			return 0;
		if (tok_in_sorted(tk, j - 1, caught, NELEM(caught)))
			return 1;
	}
	return 0;
}

/* Is the cause at token i a thing wielded, the object of "with" after
 * a violence word ("ambushed with fireworks", "pelted with stones and
 * fireworks"), or a thing thrown ("threw a lit firework into a shop",
 * "a firework was hurled at officers"), which someone threw? */
static int
wielded(const struct scan *sc, size_t first, size_t i)
{
	static const char *const throwing[] = {
		"hurl", "hurled", "hurling", "hurls", "lobbed", "lobbing",
		"threw", "throw", "throwing", "thrown", "throws", "tossed",
		"tossing",
	};
	const struct tokens *tk = sc->tk;
	size_t j, end = tk->sent_first[tk->v[i].sent + 1];

	for (j = i; j > first && j + 4 > i; j--) {
		if (tk->v[j - 1].kind == TOK_PUNCT)
			break;
		if (tok_in_sorted(tk, j - 1, throwing, NELEM(throwing)))
			return 1;
	}
	if (i + 2 < end && tok_in_sorted(tk, i + 1, be_forms,
	    NELEM(be_forms)) && tok_in_sorted(tk, i + 2, throwing,
	    NELEM(throwing)))
		return 1;
	for (j = i; j > first + 1 && j + 5 > i; j--) {
		if (tk->v[j - 1].kind == TOK_PUNCT)
			return 0;
		if (!tok_is(tk, j - 1, "with"))
			continue;
		/* "attacked firefighters with fireworks": the verb may
		 * have its object before "with" */
		for (j--; j > first && j + 4 > i; j--) {
			if (tk->v[j - 1].kind == TOK_PUNCT)
				return 0;
			if (sc->violent[j - 1])
				return 1;
		}
		return 0;
	}
	return 0;
}

/* Is a violence word kept before token z of the sentence? */
static int
violent_before(const struct scan *sc, size_t first, size_t z)
{
	size_t j;

	for (j = first; j < z; j++)
		if (sc->violent[j] && !sc->drop[j])
			return 1;
	return 0;
}

/* Does a casualty phrase of sentence s longer than violence hit x start
 * with it ("shot dead", "stabbed to death")?  Such a phrase tells harm
 * done to people, never a figure of a game or of politics; the bare verb
 * ("stabbing him in the back") may be one. */
static int
casualty_at(const struct lex_hits *h, size_t s, const struct lex_hit *x)
{
	size_t k;

	for (k = h->sent_first[s]; k < h->sent_first[s + 1]; k++)
		if (h->v[k].tok == x->tok && h->v[k].ntok > x->ntok &&
		    (h->v[k].kind == LEX_KILL || h->v[k].kind == LEX_INJURE))
			return 1;
	return 0;
}

/* "A memorial honouring the bombing victims was set on fire", "Memorial
 * plaque in memory of massacre victims blown up": a thing built to
 * remember heads the sentence's subject, the cue only describes it, and
 * the fire or blast that struck it is the day's news.  The token of that
 * verb, or end when none follows. */
static size_t
monument_struck(const struct tokens *tk, size_t cue, size_t end)
{
	size_t i, j;

	for (i = cue + 1; i + 1 < end; i++) {
		if (relative_at(tk, i) &&
		    !tok_is(tk, i, "that"))
			return end;
		/* "set on fire", "set ablaze", "set alight", "blown up" */
		if ((tok_is(tk, i, "set") && (tok_is(tk, i + 1, "ablaze") ||
		    tok_is(tk, i + 1, "alight") || (tok_is(tk, i + 1, "on") &&
		    i + 2 < end && tok_is(tk, i + 2, "fire")))) ||
		    (tok_is(tk, i, "blown") && tok_is(tk, i + 1, "up")) ||
		    tok_is(tk, i, "torched") || tok_is(tk, i, "firebombed"))
			return i;
		/* "was attacked with a bomb", "Memorial to the war dead
		 * bombed": a verb of attack right after the subject */
		if ((tok_is(tk, i - 1, "was") || tok_is(tk, i - 1, "were") ||
		    tok_is(tk, i - 1, "been") || tok_is(tk, i - 1, "victims") ||
		    tok_is(tk, i - 1, "dead")) &&
		    lex_at(tk, i, LEX_ATTACK, NULL) > 0)
			return i;
		/* "destroyed by an explosive device", "damaged in a
		 * blast": the means named right after */
		if (!(tok_is(tk, i, "destroyed") || tok_is(tk, i, "damaged")) ||
		    !(tok_is(tk, i - 1, "was") || tok_is(tk, i - 1, "were") ||
		    tok_is(tk, i - 1, "been")) ||
		    !(tok_is(tk, i + 1, "by") || tok_is(tk, i + 1, "in")))
			continue;
		for (j = i + 2; j < end && j < i + 5; j++)
			if (lex_at(tk, j, LEX_ATTACK, NULL) > 0)
				return i;
		return end;
	}
	return end;
}

int
frame_monument_struck(const struct tokens *tk, size_t i, size_t end)
{
	return tok_in_sorted(tk, i, monuments, NELEM(monuments)) &&
	    monument_struck(tk, i, end) != end;
}

/* Is the cue at i a rite of the dead ("were cremated", "last rites",
 * "laid to rest")?  The killing told before it ("two guards killed in
 * a blast on Monday were cremated") says who died, and the rite is the
 * story. */
static int
rite_cue(const struct scan *sc, size_t i)
{
	static const char *const rites[] = {
		"cremated", "remains", "rest", "rites",
	};
	size_t j;

	for (j = i; j < i + sc->len[FRAME_RETRO][i]; j++)
		if (tok_in_sorted(sc->tk, j, rites, NELEM(rites)))
			return 1;
	return 0;
}

/* "A man wanted for a string of robberies shot dead two officers": a
 * cue of judging inside the sentence's short subject frames its own
 * phrase, and the killing verb after it is the day's news.  The token
 * of that verb, or end when the cue frames the rest ("police arrested a
 * man wanted over a bombing that killed nine"). */
static size_t
subject_cue_end(const struct tokens *tk, const struct lex_hits *h, size_t s,
    size_t first, size_t end, size_t cue)
{
	size_t i, j;

	for (i = first; i <= first + 2 && i <= cue; i++)
		if (tok_in_sorted(tk, i, monuments, NELEM(monuments)) &&
		    cue <= i + 3)
			return monument_struck(tk, cue, end);
	if (cue == first || cue > first + 2 || !tok_is(tk, cue, "wanted"))
		return end;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *v = &h->v[i];

		/* "stabbed a bailiff to death": a wounding verb is the
		 * act as much as a killing one */
		if (v->tok <= cue || (v->kind != LEX_KILL &&
		    v->kind != LEX_INJURE) || v->e->arg != CAS_ACTIVE)
			continue;
		/* "wanted for stabbing a bailiff": the verb right after
		 * the cue's preposition is what the subject is wanted for */
		if (tok_is(tk, v->tok - 1, "for") ||
		    tok_is(tk, v->tok - 1, "over") ||
		    tok_is(tk, v->tok - 1, "of"))
			return end;
		for (j = cue + 1; j < v->tok; j++)
			if (tk->v[j].kind == TOK_PUNCT || relative_at(tk, j))
				return end;
		return v->tok;
	}
	return end;
}

int
frame_hit_attack(const struct tokens *tk, const struct lex_hit *x)
{
	if (x->kind == LEX_TYPE || x->kind == LEX_WEAPON ||
	    x->kind == LEX_ATTACKER || x->kind == LEX_INSURGENT ||
	    x->kind == LEX_SUICIDE)
		return 1;
	/* "killed" is attack evidence too: not in the passive */
	return (x->kind == LEX_ATTACK || ((x->kind == LEX_KILL ||
	    x->kind == LEX_INJURE) && x->e->arg == CAS_ACTIVE)) &&
	    !(x->tok > 0 && tok_in_sorted(tk, x->tok - 1, be_forms,
	    NELEM(be_forms)));
}

/* Does sentence s tell an attack of its own before token to: a word of
 * the attack or its attackers, or an active verb of harm ("Gunmen
 * killed two guards")?  "The bodies of five officers were found, a day
 * after gunmen ambushed their patrol" tells only what followed the
 * attack the span goes back to. */
static int
attack_before(const struct scan *sc, size_t s, size_t to)
{
	const struct lex_hits *h = sc->h;
	size_t i;

	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->tok >= to)
			break;
		if (!sc->drop[x->tok] && frame_hit_attack(sc->tk, x))
			return 1;
	}
	return 0;
}

/*
 * "A bomb killed four people on Sunday, two days after a suicide
 * bombing at a mosque killed 11", "The blast came less than a day after
 * militants stormed a hotel, killing 12", "A day after three farmers
 * were gunned down, a mob burned homes": a span of days back to an
 * attack told as new (extract/span.h) measures the day's attack from
 * another one, whose violence words, to the clause's end
 * (span_clause_end(): a participle of harm after its comma is still
 * the clause's), are that attack's: its bomb does not make a shooting a
 * bombing.  extract/casualty.c drops the same clause's dead.
 */
static void
days_after(struct scan *sc, size_t s, size_t first, size_t end)
{
	const struct tokens *tk = sc->tk;
	size_t i, j, k, z;

	for (i = first + 2; i < end; i++) {
		int before, told = 0, opener = i - first <= 4;

		/* span_days_after() reads an "after" only: the test here
		 * spares the call at every other word */
		if (!tok_is(tk, i, "after") ||
		    !span_days_after(tk, first, end, i))
			continue;
		before = attack_before(sc, s, i - 1);
		if (!before && !opener)
			continue;
		z = span_clause_end(tk, i, end);
		for (k = i + 1; k < z; k++)
			told |= sc->violent[k];
		if (!told)
			continue;
		/* an opening span cuts only when the rest tells violence
		 * of its own, and adds to no toll */
		if (!before) {
			int rest = 0;

			if (z >= end || !tok_is(tk, z, ",") ||
			    span_adds_to_toll(tk, z + 1, end))
				continue;
			for (k = z + 1; k < end; k++)
				rest |= sc->violent[k];
			if (!rest)
				continue;
		}
		for (j = before ? i - 1 : first; j < z; j++)
			sc->drop[j] = 1;
		return;
	}
}

static void
read_sentence(struct scan *sc, size_t s, int reporting, long head,
    struct frames *fr)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t first = tk->sent_first[s], end = tk->sent_first[s + 1];
	size_t i, j, aux, cue = end, cue_end = end, year = end, title_end = 0;
	size_t p, rcue, past = end, past_end = end;
	int state = 0, nonstate = 0, context = 0, attackers = 0, toll = 0;
	int verb_dated = 0, failed = 0;
	int denied = 0, passive, fig = 0;
	size_t fig_tok = (size_t)-1, fig_ntok = 0;
	unsigned any = 0, words = 0;

	/* Most sentences start no frame at all, and many have no word of
	 * a class (WORD_*): the loops below that look for one run only
	 * where the sentence has it. */
	sc->last_num = (size_t)-1;
	for (i = first; i < end; i++) {
		any |= sc->starts[i];
		words |= sc->word[i];
		if (tk->v[i].kind == TOK_NUM)
			sc->last_num = i;
	}
	/* Negations rule out what follows: "ruling out sabotage",
	 * "dismissing reports that a bomb had gone off". */
	for (i = first; i < end && (any & (1u << FRAME_NEGATE)); i++) {
		if (!starts(sc, i, FRAME_NEGATE))
			continue;
		/* "police have not ruled out terrorism": a negation
		 * denied leaves what follows open */
		if (i > first && tok_in_sorted(tk, i - 1, denial,
		    NELEM(denial)))
			continue;
		/* "terrorism had been ruled out": a passive negation rules
		 * out its subject, the words before its auxiliaries */
		for (j = i, passive = 0; j > first &&
		    tok_in_sorted(tk, j - 1, auxiliary, NELEM(auxiliary)); j--)
			passive |= tok_in_sorted(tk, j - 1, be_forms,
			    NELEM(be_forms));
		/* "sabotage has not been ruled out" */
		if (j > first && tok_in_sorted(tk, j - 1, denial,
		    NELEM(denial)))
			continue;
		if (passive)
			for (aux = j; j > first && j + 4 > aux; j--) {
				if (tk->v[j - 1].kind == TOK_PUNCT ||
				    relative_at(tk, j - 1) ||
				    tok_in_sorted(tk, j - 1, clause_end,
				    NELEM(clause_end)))
					break;
				sc->negated[j - 1] = 1;
				denied = 1;
			}
		for (j = i + sc->len[FRAME_NEGATE][i]; j < end && j < i + 10;
		    j++) {
			/* "ruled out a gas leak and said ...": the negation
			 * ends with its clause */
			if (tk->v[j].kind == TOK_PUNCT ||
			    tok_in_sorted(tk, j, clause_end, NELEM(clause_end)))
				break;
			sc->negated[j] = 1;
		}
	}
	/* "caused by a gas cylinder, not a bomb", "no gunman was found",
	 * "heat, not sabotage": a violence word or a word of intent right
	 * after "not" or "no" is denied with its clause.  "No casualties
	 * were reported in the arson" only counts the harm: the casualty
	 * words' own rules read it. */
	for (i = first; i + 1 < end && (words & WORD_NEG); i++) {
		size_t v = i + 1;

		if (!(sc->word[i] & WORD_NEG))
			continue;
		if (v + 1 < end && (tok_is(tk, v, "a") || tok_is(tk, v, "an")))
			v++;
		/* "there has been no reported explosion": a word that
		 * only hedges the noun leaves it denied */
		if (v + 1 < end && tok_in_sorted(tk, v, hedge, NELEM(hedge)))
			v++;
		if ((!sc->violent[v] && !starts(sc, v, FRAME_INTENT)) ||
		    lex_at(tk, v, LEX_KILL, NULL) > 0 ||
		    lex_at(tk, v, LEX_INJURE, NULL) > 0)
			continue;
		for (j = v; j < end && j < v + 10; j++) {
			if (tk->v[j].kind == TOK_PUNCT || tok_in_sorted(tk, j,
			    clause_end, NELEM(clause_end)))
				break;
			sc->negated[j] = 1;
			denied = 1;
		}
	}
	/* Read back from each violence word, which few tokens are:
	 * "terrorists may attack with little or no warning", "could strike
	 * again": what may be done is not done, and its subject does
	 * nothing yet; "actors playing gunmen stormed the terminal",
	 * "volunteers posing as attackers": a role in a drill or a show,
	 * no attacker. */
	for (i = first + 2; i < end && (words & WORD_VIOLENT); i++) {
		size_t k = i - 1;

		if (!sc->violent[i])
			continue;
		if (k > first + 1 && (tok_is(tk, k, "also") ||
		    tok_is(tk, k, "again") || tok_is(tk, k, "well")))
			k--;
		if (tok_in_sorted(tk, k, modal, NELEM(modal)) &&
		    lex_at(tk, i, LEX_KILL, NULL) == 0 &&
		    lex_at(tk, i, LEX_INJURE, NULL) == 0) {
			sc->drop[i] = 1;
			if (lex_at(tk, k - 1, LEX_ATTACKER, NULL) > 0)
				sc->drop[k - 1] = 1;
			continue;
		}
		if (lex_at(tk, i, LEX_ATTACKER, NULL) == 0 &&
		    lex_at(tk, i, LEX_INSURGENT, NULL) == 0)
			continue;
		k = i - 1;
		if (k > first && (tok_is(tk, k, "the") || tok_is(tk, k, "a") ||
		    tok_is(tk, k, "an") || tok_is(tk, k, "armed") ||
		    tok_is(tk, k, "masked")))
			k--;
		if (k > first && tok_is(tk, k, "as"))
			k--;
		if (tok_is(tk, k, "playing") || tok_is(tk, k, "posing") ||
		    tok_is(tk, k, "portraying") || tok_is(tk, k, "acting") ||
		    tok_is(tk, k, "dressed"))
			sc->drop[i] = 1;
	}
	/* "indoor fireworks set fire to the ceiling", "a faulty boiler
	 * exploded": violence done by an accidental cause is explained by
	 * it, as a negated intent is.  The dead and hurt it leaves ("a
	 * mystery illness has killed 17") are still the harm told. */
	for (i = first + 1; i < end && (any & (1u << FRAME_CAUSE)); i++) {
		size_t b = i;

		if (!sc->violent[i] || lex_at(tk, i, LEX_ATTACKER, NULL) > 0 ||
		    lex_at(tk, i, LEX_KILL, NULL) > 0 ||
		    lex_at(tk, i, LEX_INJURE, NULL) > 0)
			continue;
		while (b > first + 1 && tok_in_sorted(tk, b - 1, auxiliary,
		    NELEM(auxiliary)))
			b--;
		/* "sparklers on champagne bottles set fire", "a gas
		 * cylinder in the kitchen exploded": the cause may carry a
		 * short phrase of place before its verb */
		if (!(sc->ends[b] & (1u << FRAME_CAUSE)))
			b = cause_before_phrase(sc, first, b);
		/* "caused by a bomb" names what did it; "a gas cylinder
		 * bomb" names what the bomb was made of; "lightning
		 * attacks" how fast they came */
		if (!(sc->ends[b] & (1u << FRAME_CAUSE)) ||
		    game_look(sc->inlook[b - 1]) || tok_is(tk, b - 1, "by") ||
		    tok_in_sorted(tk, b - 1, determiners, NELEM(determiners)) ||
		    (b == i && tok_in_sorted(tk, i, devices, NELEM(devices))))
			continue;
		sc->negated[i] = 1;
		denied = 1;
	}
	/* A cue of remembering, judging or plotting frames the rest of the
	 * sentence; the words before it may still tell of a new attack. */
	for (i = first; i < end && cue == end &&
	    (any & (1u << FRAME_RETRO | 1u << FRAME_PLOT)); i++)
		if ((starts(sc, i, FRAME_RETRO) || (starts(sc, i,
		    FRAME_PLOT) && !plot_is_claim(sc, i))) &&
		    !cue_is_setting(sc, first, i)) {
			/* the dead shown in photos died on the day the
			 * clause names: news */
			if (starts(sc, i, FRAME_RETRO) &&
			    tok_in_sorted(tk, i, pictures, NELEM(pictures)) &&
			    day_after(tk, h, s, i))
				continue;
			/* "crack down on knife attacks" frames the kind of
			 * act after "on", nothing more; a crackdown on a
			 * protest names no act, and what its police do
			 * that day happened */
			if (!starts(sc, i, FRAME_RETRO) &&
			    tok_in_sorted(tk, i, crackdown, NELEM(crackdown))) {
				size_t ce = crackdown_act(sc, end, i);

				if (ce == i)
					continue;
				cue_end = ce;
			}
			cue = i;
			/* A threat story says so in its lede; a later
			 * "threatened to strike again", or "..., a week
			 * after letters warning teachers", tells what came
			 * around an attack told first. */
			if (starts(sc, i, FRAME_PLOT) && reporting &&
			    (!sc->threat[i] || ((long)s < 2 + (head >= 0) &&
			    !trailing_after(tk, first, i))))
				fr->plot++;
			if (starts(sc, i, FRAME_RETRO) &&
			    (cue_end = subject_cue_end(tk, h, s, first, end,
			    i)) != end)
				break;
			/* a trial or memorial story says so at its start;
			 * a later "pleaded guilty" is a follow-up */
			if (starts(sc, i, FRAME_RETRO) && s < 2)
				fr->retro++;
		}
	rcue = cue != end && starts(sc, cue, FRAME_RETRO) ? cue : end;
	/* "Days after threatening to attack the town, militants stormed
	 * it": a cue inside a clause put before the main one frames that
	 * clause only. */
	if (cue != end && fronted(tk, first, cue))
		for (i = cue + 1; i < end; i++)
			if (tok_is(tk, i, ",")) {
				cue_end = i;
				break;
			}
	/* "updated its travel advice after a bomb went off at a market":
	 * what follows "after" happened, and prompted the warning or the
	 * plan; "eased its travel advice a decade after a gunman killed
	 * 38": a span of years before "after" measures from an earlier
	 * event, which prompted nothing new */
	if (cue != end && cue_end == end && starts(sc, cue, FRAME_PLOT) &&
	    !starts(sc, cue, FRAME_RETRO))
		for (i = cue + sc->len[FRAME_PLOT][cue]; i < end; i++)
			if (tok_is(tk, i, "after") ||
			    tok_is(tk, i, "following")) {
				if (!tok_in_sorted(tk, i - 1, spans,
				    NELEM(spans)))
					cue_end = i;
				break;
			}
	/* "The Oklahoma City bombing: 30 years on", "the massacre, a
	 * decade later": a span of time closing the sentence measures it
	 * from the event before, which is then an earlier one. */
	if (cue != end && starts(sc, cue, FRAME_RETRO) &&
	    (span_closes(tk, first, end, cue, sc->len[FRAME_RETRO][cue]) ||
	    attribution_closes(tk, first, end, cue,
	    sc->len[FRAME_RETRO][cue])))
		for (i = first; i < cue; i++)
			sc->drop[i] = 1;
	/* "after a series of stabbings in recent years", "attacks last
	 * month": acts counted in the plural and placed in an earlier
	 * time are earlier events, not the story's */
	for (i = first; i < end && (any & (1u << FRAME_EVENT)); i++) {
		size_t z;

		if (!starts(sc, i, FRAME_EVENT) || !sc->violent[i])
			continue;
		z = i + sc->len[FRAME_EVENT][i];
		if (z < end && tk->lower[tk->v[z - 1].start +
		    tk->v[z - 1].len - 1] == 's' &&
		    lex_at(tk, z, LEX_PAST, NULL) > 0)
			sc->drop[i] = 1;
		/* "a rise in stabbings": a trend */
		else if (tk->lower[tk->v[z - 1].start + tk->v[z - 1].len -
		    1] == 's' && change_before(sc, s, i))
			sc->drop[i] = 1;
		else if (reporting && tk->lower[tk->v[z - 1].start +
		    tk->v[z - 1].len - 1] == 's' &&
		    trend_before(sc, s, i))
			sc->drop[i] = 1;
	}
	/* "... at the mosque, where gunmen killed 300 worshippers eight
	 * years ago": the clause dated back tells of an earlier event. */
	for (i = first + 1; i < end && (words & WORD_AGO); i++)
		if ((sc->word[i] & WORD_AGO) && tok_in_sorted(tk, i - 1, spans,
		    NELEM(spans))) {
			/* "in" before a name is the place of the clause
			 * ("killed in attacks on villages in Kano state
			 * ten years ago"), not its start; a participle of harm
			 * the clause's "in" follows is dated with it */
			for (j = i; j > first; j--)
				if (tok_in_sorted(tk, j - 1, clause_open,
				    NELEM(clause_open)) && !(tok_is(tk, j - 1,
				    "in") && (tk->v[j].flags & TOKF_CAP)))
					break;
			if (j > first + 1 && tok_is(tk, j - 1, "in") &&
			    (lex_at(tk, j - 2, LEX_KILL, NULL) > 0 ||
			    lex_at(tk, j - 2, LEX_INJURE, NULL) > 0))
				j -= 2;
			for (; j > first && j < i; j++)
				sc->drop[j] = 1;
			/* "Ten years ago on Sunday, gunmen stormed the
			 * hall": a span opening the sentence dates its
			 * main clause */
			if (j == first && fronted(tk, first, i - 1))
				for (j = first; j < end; j++)
					sc->drop[j] = 1;
			/* "an arson attack on a nightclub nine years ago
			 * that killed 11 people": the relative clause after
			 * the dated noun tells of the same earlier event */
			if (i + 1 < end && relative_at(tk, i + 1))
				for (j = i + 1; j < end &&
				    tk->v[j].kind != TOK_PUNCT; j++)
					sc->drop[j] = 1;
		}
	/* "since last year's attack at the meadow, which left 26 dead":
	 * an attack owned by an earlier time is an earlier one, with its
	 * relative clause; the main clause may still tell of a new one
	 * ("struck mourners of last year's bombing on Friday, killing
	 * four") */
	for (i = first + 1; i < end && (any & (1u << FRAME_EVENT)); i++) {
		if (!possessive(tk, i) ||
		    lex_at(tk, i - 1, LEX_PAST, NULL) != 2)
			continue;
		for (j = i + 1; j < end && j < i + 5; j++)
			if (starts(sc, j, FRAME_EVENT))
				break;
		if (j == end || j == i + 5)
			continue;
		/* "last week's riots, in which shops were looted": a
		 * relative clause after a preposition is the event's too */
		for (j = i - 1; j < end; j++) {
			if (tok_is(tk, j, ",") && !(j + 1 < end &&
			    relative_at(tk, j + 1)) && !(j + 2 < end &&
			    (tok_is(tk, j + 1, "in") ||
			    tok_is(tk, j + 1, "during")) &&
			    relative_at(tk, j + 2)))
				break;
			sc->drop[j] = 1;
		}
	}
	/* "a teenager who stabbed three classmates last year", "the man
	 * who shot two officers in 2019": a relative clause closed by an
	 * earlier time tells of an earlier event; so does one about a
	 * place closed by a year ("the street where gunmen killed 90
	 * people in 2015").  A place's clause closed by "last year" may
	 * still name what the story is about ("the nightclub where a
	 * fire killed dozens last year"), unless it sits in an opening
	 * clause of what someone is doing there ("Addressing supporters
	 * in the town where a bomb killed 16 last year, the candidate
	 * ..."): the main clause after it is the story.  What a person
	 * is "suspected of" or "accused of" is told as such a clause is
	 * ("held a woman accused of bombing a depot last month in a blast
	 * that wounded nine"): dated back, the deed is an earlier one, with
	 * the attack that a phrase after the date places it in, and the
	 * arrest is the news.  A participle after the
	 * people it befell is a relative clause cut short ("nine miners
	 * kidnapped from a quarry last year were freed"): dated back and
	 * followed by the sentence's own verb, it tells of an earlier
	 * event, the participle with it. */
	for (i = first; i < end && (words & (WORD_VIOLENT | WORD_OPENS));
	    i++) {
		int place, suspect, reduced;

		/* only "where", "of", a relative pronoun (WORD_OPENS) or a
		 * violence word opens such a clause: the other words are
		 * passed at once */
		if (!(sc->word[i] & (WORD_VIOLENT | WORD_OPENS)))
			continue;
		place = tok_is(tk, i, "where");
		suspect = i > first && tok_is(tk, i, "of") &&
		    (tok_is(tk, i - 1, "suspected") ||
		    tok_is(tk, i - 1, "accused"));
		reduced = i > first && sc->violent[i] &&
		    (sc->being[i - 1] & BEING_PERSON) && tk->v[i].len > 3 &&
		    memcmp(tk->lower + tk->v[i].start + tk->v[i].len - 2,
		    "ed", 2) == 0;
		if (!place && !suspect && !reduced &&
		    !relative_at(tk, i))
			continue;
		if (place && participle_opens(sc, first, end, i))
			place = 0;
		for (j = i + 1; j < end && j < i + 16; j++) {
			size_t k, n;

			if (tk->v[j].kind == TOK_PUNCT)
				break;
			n = tok_is_year(tk, j) && tok_is(tk, j - 1, "in") ? 1 :
			    place ? 0 : lex_at(tk, j, LEX_PAST, NULL);
			if (n == 0)
				continue;
			if (reduced && (j + n >= end || !tok_in_sorted(tk,
			    j + n, auxiliary, NELEM(auxiliary))))
				break;
			for (k = reduced ? i : i + 1; k < j + n && k < end; k++)
				sc->drop[k] = 1;
			/* "... last month in a blast that wounded nine": the
			 * deed's own place or occasion */
			if (suspect && k < end && (tok_is(tk, k, "in") ||
			    tok_is(tk, k, "during")))
				for (; k < end && tk->v[k].kind != TOK_PUNCT;
				    k++)
					sc->drop[k] = 1;
			break;
		}
	}
	/* "The man who opened fire on a parade ... pleaded guilty": the
	 * relative clause before a judging verb tells what is judged. */
	if (cue != end && starts(sc, cue, FRAME_RETRO))
		for (i = first; i < cue; i++)
			if (relative_at(tk, i)) {
				for (j = i + 1; j < cue; j++)
					sc->drop[j] = 1;
				break;
			}
	/* a death toll rising is news of the named attack */
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++)
		if (h->v[i].kind == LEX_TOLL)
			toll = 1;
	/* the first attack noun dated or named is the one read; the
	 * person's past is taken from it alone */
	for (i = first; i < end && (any & (1u << FRAME_EVENT)); i++)
		if (starts(sc, i, FRAME_EVENT)) {
			size_t y = dated_event(sc, first, end, i);

			if (y == (size_t)-1 && !toll)
				y = named_event(sc, first, i);
			if (y == (size_t)-1)
				continue;
			year = y;
			past = person_past(sc, s, y < i ? y : i,
			    i + sc->len[FRAME_EVENT][i] > y + 1 ?
			    i + sc->len[FRAME_EVENT][i] : y + 1, &past_end);
			break;
		}
	/* "killed when gunmen attacked a bus in 2021": the sentence's first
	 * violence verb dated to a year in its own clause tells an earlier
	 * event, its attackers with it; a later one dated ("attacked a bus
	 * where they attacked one in 2021") is a comparison */
	for (i = h->sent_first[s]; i < h->sent_first[s + 1] && year == end;
	    i++) {
		const struct lex_hit *x = &h->v[i];

		if (x->kind != LEX_ATTACK || sc->drop[x->tok] ||
		    !verb_like(tk, first, x->tok))
			continue;
		if ((year = verb_year(tk, x->tok + x->ntok, end)) != end)
			verb_dated = 1;
		break;
	}
	/* Without a cue or a negation nothing is dropped here. */
	if (cue == end && !denied && !(any & (1u << FRAME_NEGATE |
	    1u << FRAME_CAUSE | 1u << FRAME_INTENT | 1u << FRAME_EVENT)))
		i = end;
	else
		i = first;
	for (; i < end; i++) {
		/* With no cue open, only a negated word or the start of a
		 * cue of cause, intent or event has anything to do below
		 * (cue_end is then end, or passed) */
		if (cue == end && !sc->negated[i] &&
		    !(sc->starts[i] & (1u << FRAME_CAUSE |
		    1u << FRAME_INTENT | 1u << FRAME_EVENT)))
			continue;
		if (i == cue_end)
			cue = end;
		/* ", killing nine people" goes back to the main clause when
		 * that tells of violence ("gunmen attacked mourners marking
		 * the anniversary, killing four"); after a main clause with
		 * none ("a board denied parole to a man who bombed a clinic
		 * in 1997, killing a guard") it goes with the act framed;
		 * an adverb of degree may come between (", seriously
		 * injuring two") */
		if (i > cue && tok_is(tk, i, ",") && i + 1 < end &&
		    (p = i + 1 + (i + 2 < end && tok_in_sorted(tk, i + 1,
		    severity, NELEM(severity)))) < end && sc->violent[p] &&
		    tk->v[p].len > 3 && memcmp(tk->lower + tk->v[p].start +
		    tk->v[p].len - 3, "ing", 3) == 0 &&
		    violent_before(sc, first, cue))
			cue = end;
		/* a cue that opens on the violence noun ("stabbing
		 * victim's mother") frames that noun too */
		if (sc->negated[i] || i > cue || (i == cue &&
		    starts(sc, i, FRAME_RETRO)))
			sc->drop[i] = 1;
		/* a cause inside what is remembered explains that; an
		 * illness of the mind ("suffering from a mental illness")
		 * tells of the attacker, and causes no harm itself; nor
		 * does a getaway ("before speeding off"), nor a cause word
		 * in a phrase of sports or politics ("a lightning
		 * counter-attack") or in a court's name ("a fatal accident
		 * inquiry") */
		if (starts(sc, i, FRAME_CAUSE) && !(i > cue) && !(i > first &&
		    tok_in_sorted(tk, i - 1, mind, NELEM(mind))) &&
		    !(i + 1 < end && (tok_is(tk, i + 1, "off") ||
		    tok_is(tk, i + 1, "away"))) && !getaway_end(tk, first, i) &&
		    !wielded(sc, first, i) && !game_look(sc->inlook[i]) &&
		    sc->inlook[i] != LOOK_TRIAL + 1) {
			*(sc->negated[i] ? &fr->intent : &fr->cause) += 1;
			for (j = i; j < end && j < i + 3 && !sc->negated[i];
			    j++)
				failed |= tok_in_sorted(tk, j, failure,
				    NELEM(failure));
			/* the headline's blast, explained by the cause
			 * that comes first ("Leftover mortar round explodes
			 * in orchard") */
			if ((long)s == head && !sc->negated[i])
				for (j = i; j < end; j++)
					if (sc->violent[j]) {
						sc->head_cause = 1;
						break;
					}
		}
		/* "ruling out an attack" speaks for an accident; "not
		 * treating it as terrorism" is no negation here and leaves
		 * the cause open */
		/* "a lorry lost its brakes and rammed into market
		 * stalls": a vehicle's motion after the failure that the
		 * sentence names first is the failure's, meant by nobody */
		if (starts(sc, i, FRAME_INTENT) && !sc->negated[i] &&
		    !(failed && tok_in_sorted(tk, i, driven, NELEM(driven))))
			fr->intent++;
		if ((starts(sc, i, FRAME_INTENT) ||
		    starts(sc, i, FRAME_EVENT)) && sc->negated[i])
			fr->cause++;
	}
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		/* "a member of parliament was shot dead": a word of
		 * politics inside a person's title names the person */
		if (x->kind == LEX_VIP && x->tok + x->ntok > title_end)
			title_end = x->tok + x->ntok;
		if (x->kind == LEX_LOOK && context_look(x->e->arg) &&
		    x->tok >= title_end)
			context = 1;
		/* "assailants stormed a football stadium" */
		if (x->kind == LEX_ATTACKER && !sc->drop[x->tok])
			attackers = 1;
	}
	if (attackers)
		context = 0;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (!violence_kind(x->kind) || sc->drop[x->tok])
			continue;
		/* In a sentence about a game, a market or politics, violence
		 * done to something that is no person, place or force is a
		 * figure of speech too. */
		/* "a bomb plot", "the attack plan": the violence names
		 * what was planned; "the bombing suspect": whom it is
		 * pinned on, a story of the hunt or the case; "airport
		 * attack anniversary", "shooting trial": what is
		 * remembered or judged.  "A kidnapping gang" is the gang's
		 * trade, not a kidnapping told.  All of these read the
		 * words alone, so several hits on the same words ("killed"
		 * is a killing and an attack) get one answer: the hits run
		 * in token order, and nothing is dropped until one of them
		 * is. */
		if (x->tok != fig_tok || x->ntok != fig_ntok) {
			size_t z = x->tok + x->ntok;

			fig_tok = x->tok;
			fig_ntok = x->ntok;
			fig = metaphor(sc, first, end, x->tok, z) ||
			    trend_subject(sc, first, x->tok, x->ntok, end) ||
			    (z < end && (starts(sc, z, FRAME_PLOT) ||
			    (starts(sc, x->tok, FRAME_EVENT) &&
			    starts(sc, z, FRAME_RETRO)) ||
			    tok_is(tk, z, "suspect") ||
			    tok_is(tk, z, "suspects") ||
			    tok_in_wordset(tk, z, &sc->words->trade_group) ||
			    tok_in_wordset(tk, z, &sc->words->label_case)));
		}
		if (fig ||
		    (context && x->kind != LEX_KILL && x->kind != LEX_INJURE &&
		    verb_like(tk, first, x->tok) &&
		    !casualty_at(h, s, x) &&
		    object_of(sc, s, x->tok + x->ntok) == 0))
			sc->drop[x->tok] = 1;
	}
	days_after(sc, s, first, end);
	/* An attack dated to a year is an earlier one, and so is what the
	 * sentence tells around it, unless an attacker acts before it. */
	if (year != end) {
		int acts = 0;

		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *x = &h->v[i];

			if (x->kind == LEX_ATTACKER && x->tok < year &&
			    attacker_acts(sc, first, end, x->tok,
			    x->tok + x->ntok))
				acts = 1;
		}
		/* "A bomb exploded among marchers commemorating the
		 * victims of a 2015 massacre": a cue of remembering before
		 * the dated attack frames it to the sentence's end; the
		 * clause before the cue is the day's */
		if ((!acts || verb_dated) &&
		    !(rcue != end && rcue < year && cue_end == end)) {
			/* only the person's past, when the attack dated is
			 * a noun of it */
			if (verb_dated || past == end)
				past = first, past_end = end;
			for (i = past; i < past_end; i++)
				sc->drop[i] = 1;
		}
	}
	/* "An officer was stabbed at a rally marking the anniversary", "a
	 * bomb exploded among marchers commemorating": harm or violence
	 * told before the cue is the story, the remembering its setting */
	if (rcue != end && s < 2 && !rite_cue(sc, rcue))
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *x = &h->v[i];

			if (x->tok >= rcue)
				break;
			if ((x->kind == LEX_KILL || x->kind == LEX_INJURE ||
			    (x->kind == LEX_ATTACK &&
			    verb_like(tk, first, x->tok))) &&
			    !sc->drop[x->tok]) {
				fr->retro--;
				break;
			}
		}
	if (!reporting)
		return;
	for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
		const struct lex_hit *x = &h->v[i];

		if (sc->drop[x->tok])
			continue;
		if (x->kind == LEX_ATTACK && x->e->weight >= 2 &&
		    victim_after(sc, s, x))
			fr->hurt++;
		if (x->kind == LEX_ATTACKER)
			fr->attackers++;
		if (x->kind == LEX_ATTACKER && !nonstate &&
		    attacker_acts(sc, first, end, x->tok, x->tok + x->ntok))
			nonstate = 1;
		if (x->kind == LEX_FRAME && x->e->arg == FRAME_FORCE &&
		    !state && state_acts(sc, first, end, x->tok,
		    x->tok + x->ntok, x->e->weight)) {
			state = 1;
			if (tok_is(tk, x->tok + x->ntok - 1, "police"))
				fr->police++;
		}
		if (x->kind == LEX_FRAME && x->e->arg == FRAME_STRIKE &&
		    !state && country_strikes(sc, first, x->tok))
			state = 1;
	}
	fr->state += state ? 4 : 0;
	fr->nonstate += nonstate ? 3 : 0;
}

/* Is token i inside a frame cue of kind arg? */
static int
inside_frame(const struct scan *sc, size_t i, int arg)
{
	size_t j;

	for (j = i + 1; j > 0 && j + 4 > i; j--)
		if (starts(sc, j - 1, arg) && j - 1 + sc->len[arg][j - 1] > i)
			return 1;
	return 0;
}

/* Does a definite article open the noun phrase that ends with the word
 * at i ("the 250-kilogram aerial bomb")? */
static int
definite(const struct tokens *tk, size_t first, size_t i)
{
	static const char *const article[] = {
		"that", "the", "this",
	};
	size_t j;

	for (j = i; j > first && j + 5 > i; j--) {
		if (tk->v[j - 1].kind == TOK_PUNCT)
			return 0;
		if (tok_in_sorted(tk, j - 1, article, NELEM(article)))
			return 1;
	}
	return 0;
}

/* Is hit x the bare plural of the relic's noun, which speaks of the
 * kind ("an unexploded wartime bomb ... Allied bombs dropped on the
 * city remain buried")?  A count or an article before it names new
 * ones ("two bombs exploded"). */
static int
kind_of_relic(const struct tokens *tk, const struct lex_hit *x,
    const struct lex_entry *relic)
{
	static const char *const counted[] = {
		"more", "other", "several", "some", "the", "these", "those",
		"two",
	};
	size_t n;

	if (relic == NULL || x->ntok != 1 || x->tok == 0)
		return 0;
	n = strlen(relic->phrase);
	if (strlen(x->e->phrase) != n + 1 ||
	    strncmp(x->e->phrase, relic->phrase, n) != 0 ||
	    x->e->phrase[n] != 's')
		return 0;
	return tk->v[x->tok - 1].kind == TOK_WORD &&
	    lex_at(tk, x->tok - 1, LEX_NUM, NULL) == 0 &&
	    !tok_in_sorted(tk, x->tok - 1, counted, NELEM(counted));
}

/* "Relatives of those killed in the 2009 hotel raid lit candles on
 * Sunday.  Militants shot 40 guests during the raid.": a sentence with
 * no day of its own that sets its violence in "the" attack, after a
 * text that has so far told only of an attack dated back, retells that
 * attack.  One violence word kept before it ("Militants attacked a
 * hotel on Sunday, ten years after the 2009 raid") makes the raid that
 * follows the day's.  Called before sentence s is read (after == 0),
 * with what the sentences before it left in *past (an attack dated
 * back) and *kept (violence kept), and after it is read, to add its
 * own. */
static void
remembered_echo(struct scan *sc, size_t s, long head, int *past, int *kept,
    int after)
{
	const struct tokens *tk = sc->tk;
	const struct lex_hits *h = sc->h;
	size_t i, first = tk->sent_first[s], end = tk->sent_first[s + 1];

	if (after) {
		/* once a violence word is kept, nothing after is dropped */
		for (i = first; i < end && !*kept; i++) {
			if (!sc->violent[i])
				continue;
			if (!sc->drop[i])
				*kept = 1;
			else if (starts(sc, i, FRAME_EVENT) &&
			    sentence_dated(tk, s))
				*past = 1;
		}
		return;
	}
	if ((long)s == head || !*past || *kept)
		return;
	if (lex_sentence_has(h, s, LEX_TODAY))
		return;
	/* history is the writer's to retell; a toll a source gives ("three
	 * were killed in the attack, police said") is news */
	for (i = first; i < end; i++)
		if (tok_in_sorted(tk, i, attribution, NELEM(attribution)))
			return;
	for (i = first; i < end; i++)
		if (starts(sc, i, FRAME_EVENT) && sc->violent[i] &&
		    definite(tk, first, i))
			break;
	if (i == end)
		return;
	for (i = first; i < end; i++)
		sc->drop[i] = 1;
}

/* "a witness told the High Court that the gunman opened fire":
 * "told the court" with the court's place or name inside it, at the
 * word "court" i */
static void
court_told(struct scan *sc, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t k = i;

	if (i < 3 || !tok_is(tk, i, "court"))
		return;
	while (k > 2 && i - k < 3 && tk->v[k - 1].kind == TOK_WORD &&
	    (tk->v[k - 1].flags & TOKF_CAP))
		k--;
	if (k == i || !(tok_is(tk, k - 1, "a") ||
	    tok_is(tk, k - 1, "the")) || !(tok_is(tk, k - 2, "told") ||
	    tok_is(tk, k - 2, "tells") || tok_is(tk, k - 2, "telling")))
		return;
	mark_span(sc, FRAME_RETRO, k - 2, i + 1);
}

/* "arrested a 52-year-old man over the bombing", "detained two men on
 * suspicion of murder over the fire": the one arrested put between the
 * verb at i and its cause, as "was arrested over" reads */
static void
arrest_over(struct scan *sc, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t k, end;

	if (i + 2 >= tk->n ||
	    (!tok_is(tk, i, "arrested") && !tok_is(tk, i, "detained")))
		return;
	end = tk->sent_first[tk->v[i].sent + 1];
	for (k = i + 2; k < end && k < i + 7 &&
	    tk->v[k - 1].kind != TOK_PUNCT; k++)
		if (tok_is(tk, k, "over") || (k + 2 < end &&
		    tok_is(tk, k, "in") &&
		    tok_is(tk, k + 1, "connection") &&
		    tok_is(tk, k + 2, "with")))
			break;
	if (k >= end || k >= i + 7 ||
	    tk->v[k - 1].kind == TOK_PUNCT ||
	    (sc->starts[i] & (1u << FRAME_RETRO)))
		return;
	mark_span(sc, FRAME_RETRO, i, k + (tok_is(tk, k, "over") ? 1 : 3));
}

/* "Detectives investigating an arson attack on a restaurant last month
 * have charged two men": the case the investigators work on, told
 * between them (the word "investigating" at i) and the charge that is
 * the news, reads as "two men charged over" it */
static void
investigators_charge(struct scan *sc, size_t i)
{
	const struct tokens *tk = sc->tk;
	size_t k, m, end;

	if (i < 1 || i + 2 >= tk->n || !tok_is(tk, i, "investigating") ||
	    i == tk->sent_first[tk->v[i].sent] ||
	    tk->v[i - 1].kind != TOK_WORD)
		return;
	end = tk->sent_first[tk->v[i].sent + 1];
	for (k = i + 2; k + 1 < end && k < i + 16 &&
	    tk->v[k - 1].kind != TOK_PUNCT; k++)
		if ((tok_is(tk, k, "have") || tok_is(tk, k, "has") ||
		    tok_is(tk, k, "had")) && tok_in_sorted(tk, k + 1,
		    booked, NELEM(booked)))
			break;
	if (k + 1 >= end || k >= i + 16 ||
	    tk->v[k - 1].kind == TOK_PUNCT)
		return;
	/* only a case dated back ("last month", a year, "earlier this
	 * month"); one of a recent day ("stabbed on Saturday night have
	 * arrested two men") is the next day's news */
	for (m = i + 1; m < k; m++)
		if (tok_is_year(tk, m) || lex_at(tk, m, LEX_PAST, NULL) > 0)
			break;
	if (m == k)
		return;
	mark_span(sc, FRAME_RETRO, i, k + 2);
}

struct frame_scratch {
	unsigned char *block;	/* the per-token tables */
	size_t	 blockcap;
	struct lex_hits *out;
	struct frame_words words;
	int	 words_made;
};

static void
frame_words_init(struct frame_words *fw)
{
	tok_wordset_init(&fw->auxiliary, auxiliary, NELEM(auxiliary));
	tok_wordset_init(&fw->object_skip, object_skip, NELEM(object_skip));
	tok_wordset_init(&fw->label_case, label_case, NELEM(label_case));
	tok_wordset_init(&fw->trade_group, trade_group, NELEM(trade_group));
}

struct frame_scratch *
frame_scratch_new(void)
{
	return xcalloc(1, sizeof(struct frame_scratch));
}

void
frame_scratch_free(struct frame_scratch *fs)
{
	if (fs == NULL)
		return;
	free(fs->block);
	lex_hits_free(fs->out);
	free(fs);
}

struct lex_hits *
frame_read(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct frames *fr)
{
	return frame_read_with(tk, h, use, head, fr, NULL);
}

struct lex_hits *
frame_read_with(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct frames *fr,
    struct frame_scratch *fs)
{
	struct scan sc;
	struct frame_words own_words;
	struct lex_hits *out;
	size_t i, s, a, groups[2] = { 0, 0 };	/* named in kept, dropped text */
	const struct lex_entry *relic = NULL, *head_relic = NULL;
	const struct lex_entry *lede_relic = NULL;
	unsigned char *block;
	int past = 0, kept = 0;
	/* one block for the per-token tables, all zeroed */
	size_t blen = (tk->n + 1) * (2 * sizeof(uint16_t) + FRAME_N + 11);

	memset(fr, 0, sizeof(*fr));
	memset(&sc, 0, sizeof(sc));
	sc.tk = tk;
	sc.h = h;
	if (fs == NULL) {
		frame_words_init(&own_words);
		sc.words = &own_words;
		block = xcalloc(1, blen);
	} else {
		if (!fs->words_made) {
			frame_words_init(&fs->words);
			fs->words_made = 1;
		}
		sc.words = &fs->words;
		if (fs->blockcap < blen) {
			free(fs->block);
			fs->block = xmalloc(blen);
			fs->blockcap = blen;
		}
		block = fs->block;
		memset(block, 0, blen);
	}
	sc.starts = (uint16_t *)(void *)block;
	sc.ends = sc.starts + tk->n + 1;
	for (a = 0; a < FRAME_N; a++)
		sc.len[a] = (uint8_t *)(sc.ends + tk->n + 1) + a * (tk->n + 1);
	sc.violent = sc.len[FRAME_N - 1] + tk->n + 1;
	sc.drop = sc.violent + tk->n + 1;
	sc.negated = sc.drop + tk->n + 1;
	sc.grouped = sc.negated + tk->n + 1;
	sc.inlook = sc.grouped + tk->n + 1;
	sc.vehicle = sc.inlook + tk->n + 1;
	sc.being = sc.vehicle + tk->n + 1;
	sc.claim = sc.being + tk->n + 1;
	sc.threat = sc.claim + tk->n + 1;
	sc.named = sc.threat + tk->n + 1;
	sc.word = sc.named + tk->n + 1;
	for (i = 0; i < h->n; i++) {
		const struct lex_hit *x = &h->v[i];
		size_t z = x->tok + x->ntok;

		if (violence_kind(x->kind)) {
			sc.violent[x->tok] = 1;
			sc.word[x->tok] |= WORD_VIOLENT;
		}
		if (x->kind == LEX_GROUP)
			memset(sc.grouped + x->tok, 1, x->ntok);
		if (x->kind == LEX_LOOK && x->ntok > 1)
			memset(sc.inlook + x->tok, x->e->arg + 1, x->ntok);
		if (x->kind == LEX_WEAPON && x->e->arg == WEAPON_VEHICLE)
			sc.vehicle[x->tok] = 1;
		if (x->kind == LEX_PERSON)
			sc.being[x->tok] |= BEING_PERSON | BEING_ANY;
		if (x->kind == LEX_TARGET || x->kind == LEX_ATTACKER ||
		    x->kind == LEX_GROUP || (x->kind == LEX_FRAME &&
		    (x->e->arg == FRAME_HUMAN || x->e->arg == FRAME_FORCE)))
			sc.being[x->tok] |= BEING_ANY;
		if (x->kind == LEX_CLAIM && x->e->arg == CLAIM_CLAIM) {
			fr->claimed++;
			memset(sc.claim + x->tok, 1, x->ntok);
		}
		if (x->kind != LEX_FRAME || x->e->arg < 0 ||
		    x->e->arg >= FRAME_N)
			continue;
		a = (size_t)x->e->arg;
		mark_span(&sc, a, x->tok, z);
		if (a == FRAME_PLOT && x->e->weight >= 2)
			sc.threat[x->tok] = 1;
	}
	/* The cues read from a word and its neighbours, each of a word
	 * of its own first letter, and the word classes: one pass asks only
	 * those words. */
	for (i = 0; i < tk->n; i++)
		switch (tk->v[i].c0) {
		case 'c':
			court_told(&sc, i);
			break;
		case 'a':
			if (tok_is(tk, i, "ago"))
				sc.word[i] |= WORD_AGO;
			/* FALLTHROUGH */
		case 'd':
			arrest_over(&sc, i);
			break;
		case 'i':
			investigators_charge(&sc, i);
			break;
		case 'n':
			if (tok_is(tk, i, "not") || tok_is(tk, i, "no"))
				sc.word[i] |= WORD_NEG;
			break;
		case 'o':
			if (tok_is(tk, i, "of"))
				sc.word[i] |= WORD_OPENS;
			break;
		case 't':
		case 'w':
			if (tok_is(tk, i, "where") || relative_at(tk, i))
				sc.word[i] |= WORD_OPENS;
			break;
		}
	/* "Memorial to bus bombing victims vandalised", "A plaque for the
	 * victims of the 2004 attack was stolen": the attack named in a
	 * monument's dedication, at the head of the sentence, is the one
	 * remembered */
	for (s = 0; s < tk->nsent; s++) {
		size_t m = tk->sent_first[s], k, end = tk->sent_first[s + 1];

		if (m + 1 < end && (tok_is(tk, m, "a") || tok_is(tk, m, "an") ||
		    tok_is(tk, m, "the")))
			m++;
		if (m + 2 < end && tok_in_sorted(tk, m + 1, monuments,
		    NELEM(monuments)))
			m++;
		if (m + 2 >= end || !tok_in_sorted(tk, m, monuments,
		    NELEM(monuments)) || !(tok_is(tk, m + 1, "to") ||
		    tok_is(tk, m + 1, "for")))
			continue;
		for (k = m + 2; k < end && k < m + 8 &&
		    tk->v[k].kind != TOK_PUNCT; k++)
			if (tok_is(tk, k, "victims") || tok_is(tk, k, "dead"))
				break;
		if (k >= end || k >= m + 8 || tk->v[k].kind == TOK_PUNCT)
			continue;
		mark_span(&sc, FRAME_RETRO, m, k + 1);
	}
	team_names(&sc, head);
	for (s = 0; s < tk->nsent; s++) {
		remembered_echo(&sc, s, head, &past, &kept, 0);
		read_sentence(&sc, s, sentence_told(use, head, s), head, fr);
		remembered_echo(&sc, s, head, &past, &kept, 1);
	}
	if (head >= 0 && (size_t)head < tk->nsent)
		headline_echo(&sc, (size_t)head);

	out = lex_hits_renew(fs ? fs->out : NULL, tk->nsent, 0);
	if (out->vcap < h->n + 1) {
		free(out->v);
		out->vcap = h->n + 1;
		out->v = xreallocarray(NULL, out->vcap, sizeof(*out->v));
	}
	if (fs != NULL)
		fs->out = out;
	/* "Wartime shell kills farmer": a headline drops its articles,
	 * and names the relic its text calls unexploded as the same
	 * thing */
	if (head >= 0 && (size_t)head < tk->nsent)
		for (i = h->sent_first[head + 1]; i < h->n &&
		    head_relic == NULL; i++)
			if (h->v[i].kind == LEX_ATTACK &&
			    h->v[i].e->weight >= 3 && sc.inlook[h->v[i].tok] &&
			    inside_frame(&sc, h->v[i].tok, FRAME_CAUSE))
				head_relic = h->v[i].e;
	for (s = 0, i = 0; s < tk->nsent; s++) {
		out->sent_first[s] = out->n;
		for (i = h->sent_first[s]; i < h->sent_first[s + 1]; i++) {
			const struct lex_hit *x = &h->v[i];

			if (x->kind == LEX_GROUP && sentence_told(use, head, s))
				groups[sc.drop[x->tok] ? 1 : 0]++;
			/* the name of a team is no force and no attacker */
			if (sc.named[x->tok]) {
				fr->dropped += violence_kind(x->kind);
				continue;
			}
			if (violence_kind(x->kind) && sc.drop[x->tok]) {
				fr->dropped++;
				continue;
			}
			if ((x->kind == LEX_KILL || x->kind == LEX_INJURE) &&
			    sentence_told(use, head, s))
				fr->harm++;
			/* the strongest attack words: bombs, stabbings, arson;
			 * a vehicle driven into people may be an accident.
			 * One first named as an accidental cause ("an
			 * unexploded wartime bomb") is the same thing when a
			 * definite phrase names it again ("the aerial bomb
			 * exploded"). */
			if (x->kind == LEX_ATTACK && x->e->weight >= 3 &&
			    sc.inlook[x->tok] && relic == NULL &&
			    inside_frame(&sc, x->tok, FRAME_CAUSE))
				relic = x->e;
			/* The lede names again, in other words, the device
			 * its headline explained ("Leftover mortar round
			 * explodes ...": "struck an explosive device while
			 * pruning"). */
			if (x->kind == LEX_ATTACK && x->e->weight >= 3 &&
			    !sc.inlook[x->tok] && !sc.vehicle[x->tok] &&
			    !(x->e == relic && definite(tk, tk->sent_first[s],
			    x->tok)) && !kind_of_relic(tk, x, relic) &&
			    !((long)s == head && x->e == head_relic)) {
				/* only the lede's first such noun is the device
				 * renamed; what else it tells keeps its weight */
				if (sc.head_cause && head >= 0 &&
				    (long)s == head + 1 &&
				    !verb_like(tk, tk->sent_first[s], x->tok) &&
				    (lede_relic == NULL || x->e == lede_relic))
					lede_relic = x->e;
				else
					fr->strong++;
			}
			out->v[out->n++] = *x;
		}
	}
	out->sent_first[tk->nsent] = out->n;
	fr->group_past = groups[1] > 0 && groups[0] == 0;
	if (fs == NULL)
		free(block);
	return out;
}
