/*
 * A span of days back to another attack: "killing four, a day after a
 * suicide bombing killed seven officers", "less than 48 hours after 10
 * people were killed at a tavern".  News that reports two attacks days
 * apart tells the earlier one as new, with "a", a count or a bare plural;
 * the day's own attack it takes up again with "the" or a pronoun ("died
 * two days after the attack", "hours after he stabbed four"), and a
 * sentence that adds to a toll told before ("two more bodies were found a
 * day after gunmen killed 12", "another victim died") measures from the
 * same attack.  The clause the span opens is the earlier attack's:
 * extract/casualty.c drops its dead and extract/frame.c its violence
 * words, each reading the clause here.
 */
#ifndef FW_SPAN_H
#define FW_SPAN_H

#include <stddef.h>

struct tokens;

/* Is the "after" at token i, i > first, of the sentence's tokens
 * [first, last) a span of days back to an attack told as new: "day",
 * "hours", "weeks" before it, no "the", pronoun or word in -ing after
 * it, and nothing before it in the sentence adding to a toll
 * (span_adds_to_toll())?  Reads the lexicon through lex_at(). */
int span_days_after(const struct tokens *tk, size_t first, size_t last,
    size_t i);

/* Do tokens [from, to) add to a toll told before: "two more bodies" (not
 * "more than a dozen"), "another victim" (not "another suicide bomber"
 * or another attack), "a third officer died", "a fourth was wounded"
 * (not "the country's third-largest city")?  Looks up to two words past
 * a token, within its sentence. */
int span_adds_to_toll(const struct tokens *tk, size_t from, size_t to);

/* The end of the clause that the span word at token i opens, in a
 * sentence ending at last: the next comma or semicolon ("two months
 * after they returned, and injured three" goes back to the day's
 * attack), unless a participle of harm follows it ("after militants
 * stormed a hotel, killing 12" is still the earlier attack's); last
 * when none comes.  An "and" does not end it: "a day after militants
 * stormed a checkpoint and killed four soldiers" tells the earlier
 * attack's dead. */
size_t span_clause_end(const struct tokens *tk, size_t i, size_t last);

#endif
