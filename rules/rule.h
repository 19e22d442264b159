/*
 * Watch-rule conditions (DESIGN.md "Config file"): a small boolean language
 * over the incident record, the item and the feed, compiled once when the
 * config is loaded and evaluated for every extracted item.
 *
 *   expr    := or
 *   or      := and ( "or" and )*
 *   and     := not ( "and" not )*
 *   not     := "not" not | primary
 *   primary := "(" expr ")" | compare
 *   compare := value [ op value | "in" "(" value ( "," value )* ")"
 *                    | "contains" STRING | "~" STRING ]
 *   op      := "==" | "!=" | "<" | "<=" | ">" | ">="
 *   value   := FIELD | STRING | NUMBER | "true" | "false" | "null"
 *
 * A field alone is a truth test (`incident`, `suicide`, `killed`).  Array
 * fields (type, weapon, target, tags) match when any element matches; `!=`
 * and `not in` hold when no element matches.  A null or absent field makes
 * every comparison false except `== null` (and `!= null`, which is its
 * negation).
 * `contains` matches whole words case-insensitively (Unicode letters and
 * digits, simple case folding), so "attack" does not match "attacks".
 * `contains` and `~` see item summary and content without HTML tags.
 * Regexes are PCRE2 (UTF, caseless unless the pattern says otherwise),
 * JIT-compiled when available, with match and depth limits: a pattern that
 * hits a limit counts as no match.
 *
 * The module is pure: no globals, no clock, no I/O.
 */
#ifndef FW_RULE_H
#define FW_RULE_H

#include <stddef.h>
#include <jansson.h>

struct buf;
struct rule;

/* What a rule is evaluated against.  Any pointer may be NULL. */
struct rule_env {
	json_t			*incident;	/* DESIGN.md "Incident record" */
	json_t			*item;		/* DESIGN.md item object */
	const char		*feed;		/* feed name from the config */
	const char *const	*tags;		/* the feed's tags */
	size_t			 ntags;
};

/* Compile src.  file, line and col say where src starts (col counts from
 * 1; a newline in src moves to the next line, column 1).  Returns the
 * rule (free with rule_free), or NULL after appending one
 * "FILE:LINE:COLUMN: message\n" line per problem to errors. */
struct rule *rule_compile(const char *src, const char *file, int line,
    int col, struct buf *errors);

/* 1 when the rule holds for env, else 0. */
int rule_eval(const struct rule *r, const struct rule_env *env);

/* A canonical rendering of r, with parentheses around every group but a
 * chain of one operator: "a or (b and c)"; caller frees.  It compiles
 * back to the same rule unless the extra parentheses pass the nesting
 * limit. */
char *rule_explain(const struct rule *r);

void rule_free(struct rule *r);

#endif
