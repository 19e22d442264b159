/*
 * Casualty counts: how many were killed and injured, and how many of the
 * dead were attackers, read from the sentences that report the attack.
 * Active and passive voice ("killed 3 and wounded 14", "three people were
 * killed", "left 5 dead", "claimed the lives of"), revised tolls ("the death
 * toll rose to 31": the largest figure wins), attackers' own deaths ("blew
 * himself up", "the gunman was shot dead"), subjects listed one by one
 * ("Okafor and his driver", "the scholar and two others"), people counted in
 * an earlier sentence ("abducted four boys ... The boys were killed"), the
 * wounded who later died (counted dead), and statements of no casualties
 * ("there were no other reported casualties", "no one else was hurt").
 * A verb with no subject of its own takes the one of the clause it joins
 * ("stabbed three people before being shot dead": the attacker; "The
 * attacker, who was driving the van, was killed"); attackers listed
 * among the dead after either voice are moved, not added ("killed 10
 * people, including two attackers"); bodies are the dead wherever they
 * are taken; those stabbed are wounded less the dead among them.
 */
#ifndef FW_CASUALTY_H
#define FW_CASUALTY_H

#include <stddef.h>

struct tokens;
struct lex_hits;

struct casualty {
	long	 killed;	/* all deaths, attackers included; -1 unknown */
	long	 killed_attackers;	/* -1 unknown */
	long	 injured;	/* -1 unknown */
	int	 at_least;	/* a count is a lower bound */
	size_t	 killed_ev[2];	/* byte span the killed count came from */
	size_t	 injured_ev[2];
	int	 attacker_died;	/* an attacker's death is reported */
	int	 toll;		/* killed is a toll ("the death toll rose to
				 * 55"): a total that may take in the
				 * attackers without saying so */
};

/* Read the counts.  use[s] nonzero marks sentence s as one that reports the
 * attack (others are background and ignored); head is the headline's
 * sentence index or -1, read only when the body gives no figure. */
void casualty_extract(const struct tokens *tk, const struct lex_hits *h,
    const unsigned char *use, long head, struct casualty *out);

#endif
