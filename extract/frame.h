/*
 * Frames around violence words: who acts, on what, and whether the act
 * happened.  An attack report tells of violence that happened, done by a
 * non-state or unknown agent to people or places.  The same words appear
 * in other frames: used as metaphors ("killed the game off", "shares shot
 * up 40%", "a fashion bomb"), remembered or judged ("marking ten years
 * since the bombing", "sentenced for the 2023 shooting"), planned but not
 * done ("suspected of planning a bomb attack"), denied ("ruling out
 * sabotage"), explained by an accident ("caused by a gas leak"), or done
 * by a state's forces ("Russian missiles struck", "the army bombed").
 * The cue words are the lexicon's "frame" entries (data/extract/lexicon.tsv);
 * this module holds the logic that relates them to the violence words.
 */
#ifndef FW_FRAME_H
#define FW_FRAME_H

#include <stddef.h>

struct tokens;
struct lex_hit;
struct lex_hits;

/* Arguments of the lexicon's frame entries (FRAMES in
 * tools/gen-extract-tables). */
enum {
	FRAME_ABSTRACT,	/* what no weapon hurts: game, proposal */
	FRAME_COMPOUND,	/* makes the violence noun after it figurative */
	FRAME_RETRO,	/* what follows is remembered, judged, staged */
	FRAME_PLOT,	/* what follows was planned, not done */
	FRAME_CAUSE,	/* an accidental or natural cause */
	FRAME_INTENT,	/* someone meant it */
	FRAME_NEGATE,	/* what follows is ruled out */
	FRAME_FORCE,	/* a state's armed forces or their means */
	FRAME_STRIKE,	/* what forces do to a place or people */
	FRAME_EVENT,	/* an attack noun a year can date */
	FRAME_HUMAN,	/* people, besides the casualty words */
	FRAME_N
};

/* What frame_read found; counts are over the whole text unless said. */
struct frames {
	double	 state;		/* a state's forces acting */
	double	 nonstate;	/* an attacker acting */
	int	 police;	/* sentences where police are the state */
	int	 cause;		/* causes named and not ruled out */
	int	 intent;	/* intent named and not ruled out */
	int	 plot;		/* plans, threats and foiled attempts told
				   in the lede (reporting) */
	int	 retro;		/* the same cues in the first two sentences */
	int	 hurt;		/* violence done to a person named after it */
	int	 claimed;	/* claims of responsibility */
	int	 strong;	/* kept bomb, blade or arson words */
	int	 attackers;	/* attacker nouns (reporting) */
	int	 harm;		/* kept casualty words (reporting) */
	int	 dropped;	/* violence hits read in another frame */
	int	 group_past;	/* armed groups are named in the reporting
				   sentences only inside what is remembered
				   or dated back */
};

/* The hits of h that are evidence of violence happening: hits of
 * violence words read as metaphors, or inside what is remembered,
 * judged, planned or ruled out, are left out; all other hits are kept
 * in order.  use and head tell the reporting sentences (as for
 * classify_incident), which alone count towards fr's agent evidence.
 * Never fails; free the result with lex_hits_free(). */
struct lex_hits *frame_read(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct frames *fr);

/* Is token i a thing built to remember ("memorial", "plaque") that a
 * fire, a blast or an attack told in the tokens before end struck ("was
 * set on fire", "was destroyed by an explosive device", "blown up", "was
 * attacked with a bomb")?  Then its words of remembering name the
 * target, not the story. */
int frame_monument_struck(const struct tokens *tk, size_t i, size_t end);

/* Does hit x (of a lex_scan() on tk) tell an attack as new: a word of
 * the attack or its attackers, a weapon, or an active verb of harm
 * ("gunmen killed two guards"), not in the passive ("were attacked")?
 * "The bodies of five officers were found" tells none. */
int frame_hit_attack(const struct tokens *tk, const struct lex_hit *x);

/* What frame_read_with() reuses from call to call; it only grows.  Never
 * fails; frame_scratch_free() accepts NULL. */
struct frame_scratch;
struct frame_scratch *frame_scratch_new(void);
void frame_scratch_free(struct frame_scratch *fs);

/* frame_read() in fs's memory.  With fs not NULL the result is fs's, valid
 * until its next use: do not free it.  With NULL, as frame_read(). */
struct lex_hits *frame_read_with(const struct tokens *tk,
    const struct lex_hits *h, const unsigned char *use, long head,
    struct frames *fr, struct frame_scratch *fs);

#endif
