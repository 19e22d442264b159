/*
 * Rule conditions: a lexer, a recursive-descent parser that type-checks
 * against the field table, and a tree walker.
 *
 * Every field has a static type (number, string, boolean or list of
 * strings), so mistakes such as `killed > "ten"` or `country < 3` are load
 * errors with a column, not rules that silently never fire.  At evaluation a
 * field yields zero or more values: -1 ("null") when the record lacks it,
 * one value for scalars, the elements for lists, and title, summary and
 * content for `text`.  A comparison holds when some pair of values does.
 *
 * `contains` and `~` both run PCRE2 (UTF, UCP, caseless, invalid UTF-8
 * tolerated), JIT-compiled when the library has JIT.  `contains "car bomb"`
 * becomes a pattern with letter/digit look-arounds for the word edges and
 * \s+ between words, so case folding and word boundaries follow Unicode
 * rather than a hand-made table.  A match context caps backtracking so a
 * catastrophic pattern costs a bounded amount of work and counts as no match.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <pcre2.h>

#include "common/buf.h"
#include "common/suggest.h"
#include "common/xmalloc.h"
#include "extract/vocab.h"
#include "rules/rule.h"

#define MAX_SOURCE	65536		/* bytes of one condition */
#define MAX_DEPTH	64		/* nesting of parentheses and not */
#define MAX_ERRORS	20		/* per condition */
#define MATCH_LIMIT	200000		/* pcre2 backtracking steps */
#define DEPTH_LIMIT	2000		/* pcre2 backtracking depth */
#define HEAP_LIMIT	2048		/* KiB of pcre2 backtracking memory */

#define nitems(a)	(sizeof(a) / sizeof((a)[0]))

/* PCRE2 before 10.34 cannot match inside invalid UTF-8; there such a
 * subject fails to match as a whole, which is safe. */
#ifdef PCRE2_MATCH_INVALID_UTF
#define MATCH_INVALID_UTF	PCRE2_MATCH_INVALID_UTF
#else
#define MATCH_INVALID_UTF	0
#endif

enum ftype { T_NUM, T_STR, T_BOOL, T_LIST, T_NULL };

enum fsrc { SRC_INCIDENT, SRC_ITEM, SRC_FEED, SRC_TAGS, SRC_TEXT };

struct field {
	const char	*name;
	enum ftype	 type;
	enum fsrc	 src;
	const char	*path[3];	/* keys from the source object */
};

static const struct field fields[] = {	/* sorted by name */
	{ "at_least", T_BOOL, SRC_INCIDENT, { "at_least", NULL, NULL } },
	{ "author", T_STR, SRC_ITEM, { "author", NULL, NULL } },
	{ "category", T_LIST, SRC_ITEM, { "categories", NULL, NULL } },
	{ "city", T_STR, SRC_INCIDENT, { "location", "city", NULL } },
	{ "content", T_STR, SRC_ITEM, { "content", NULL, NULL } },
	{ "country", T_STR, SRC_INCIDENT, { "location", "country", NULL } },
	{ "country_code", T_STR, SRC_INCIDENT,
	    { "location", "country_code", NULL } },
	{ "date", T_STR, SRC_INCIDENT, { "date", NULL, NULL } },
	{ "feed", T_STR, SRC_FEED, { NULL, NULL, NULL } },
	{ "group", T_STR, SRC_INCIDENT, { "perpetrator", "group", NULL } },
	{ "incident", T_BOOL, SRC_INCIDENT, { "is_incident", NULL, NULL } },
	{ "injured", T_NUM, SRC_INCIDENT, { "injured", NULL, NULL } },
	{ "killed", T_NUM, SRC_INCIDENT, { "killed", NULL, NULL } },
	{ "killed_attackers", T_NUM, SRC_INCIDENT,
	    { "killed_attackers", NULL, NULL } },
	{ "language", T_STR, SRC_INCIDENT, { "language", NULL, NULL } },
	{ "link", T_STR, SRC_ITEM, { "link", NULL, NULL } },
	{ "not_incident", T_STR, SRC_INCIDENT, { "not_incident", NULL, NULL } },
	{ "perpetrator", T_STR, SRC_INCIDENT, { "perpetrator", "name", NULL } },
	{ "region", T_STR, SRC_INCIDENT, { "location", "region", NULL } },
	{ "score", T_NUM, SRC_INCIDENT, { "score", NULL, NULL } },
	{ "suicide", T_BOOL, SRC_INCIDENT, { "suicide", NULL, NULL } },
	{ "summary", T_STR, SRC_ITEM, { "summary", NULL, NULL } },
	{ "tags", T_LIST, SRC_TAGS, { NULL, NULL, NULL } },
	{ "target", T_LIST, SRC_INCIDENT, { "targets", NULL, NULL } },
	{ "text", T_STR, SRC_TEXT, { NULL, NULL, NULL } },
	{ "title", T_STR, SRC_ITEM, { "title", NULL, NULL } },
	{ "type", T_LIST, SRC_INCIDENT, { "types", NULL, NULL } },
	{ "weapon", T_LIST, SRC_INCIDENT, { "weapons", NULL, NULL } },
};

static const char *const type_names[] = {
	"a number", "a string", "a boolean", "a list of strings", "null"
};

/*
 * Tokens.
 */

enum tok {
	TK_END, TK_IDENT, TK_STRING, TK_NUMBER, TK_LPAREN, TK_RPAREN,
	TK_COMMA, TK_EQ, TK_NE, TK_LT, TK_LE, TK_GT, TK_GE, TK_MATCH,
	TK_NOMATCH, TK_AND, TK_OR, TK_NOT, TK_IN, TK_CONTAINS, TK_TRUE,
	TK_FALSE, TK_NULL, TK_ERROR
};

struct keyword {
	const char	*word;
	enum tok	 tok;
};

static const struct keyword keywords[] = {	/* sorted */
	{ "and", TK_AND }, { "contains", TK_CONTAINS }, { "false", TK_FALSE },
	{ "in", TK_IN }, { "not", TK_NOT }, { "null", TK_NULL },
	{ "or", TK_OR }, { "true", TK_TRUE },
};

static const char *const op_names[] = {
	[TK_EQ] = "==", [TK_NE] = "!=", [TK_LT] = "<", [TK_LE] = "<=",
	[TK_GT] = ">", [TK_GE] = ">=", [TK_MATCH] = "~", [TK_NOMATCH] = "!~",
};

struct token {
	enum tok	 tok;
	int		 line, col;
	const char	*start;
	size_t		 len;
	char		*str;		/* TK_STRING: unescaped, owned */
	double		 num;
};

struct val {
	enum ftype	 type;
	double		 num;
	const char	*s;
	size_t		 len;
	int		 b;
};

struct operand {
	const struct field *f;		/* NULL: a literal */
	struct val	 lit;		/* lit.s owned */
	char		*num;		/* a number literal as written, owned */
	int		 bad;		/* unknown field, already reported */
};

enum ntype { N_OR, N_AND, N_NOT, N_TRUTH, N_CMP, N_IN, N_CONTAINS, N_MATCH };

struct node {
	enum ntype	 type;
	enum tok	 op;		/* N_CMP, N_MATCH (~ or !~) */
	int		 negate;	/* N_IN: "not in" */
	struct node	*a, *b;
	struct operand	 l, r;
	struct operand	*set;		/* N_IN */
	size_t		 nset;
	char		*text;		/* N_CONTAINS word, N_MATCH pattern */
	pcre2_code	*re;
	pcre2_match_context *mctx;
};

struct rule {
	struct node	*root;
};

struct parser {
	const char	*src, *p;
	const char	*file;
	int		 line, col;	/* of p */
	struct token	 t;		/* current token */
	struct buf	*errors;
	int		 nerrors;
	int		 depth;
};

static void perr(struct parser *, int, int, const char *, ...)
    __attribute__((format(printf, 4, 5)));

static void
perr(struct parser *ps, int line, int col, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (++ps->nerrors > MAX_ERRORS)
		return;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		abort();
	va_end(ap);
	buf_printf(ps->errors, "%s:%d:%d: %s\n", ps->file, line, col, msg);
	free(msg);
}

static void
advance(struct parser *ps, size_t n)
{
	while (n-- > 0 && *ps->p) {
		if (*ps->p == '\n') {
			ps->line++;
			ps->col = 1;
		} else
			ps->col++;	/* bytes, as the config parser counts */
		ps->p++;
	}
}

static int
cmp_keyword(const void *k, const void *e)
{
	const struct token *t = k;
	const char *w = ((const struct keyword *)e)->word;
	int r = strncasecmp(t->start, w, t->len);

	return r ? r : (w[t->len] ? -1 : 0);
}

/* A short, printable rendering of the current token for messages. */
static const char *
tokstr(const struct token *t, char *out, size_t outsz)
{
	size_t n = t->len > 30 ? 30 : t->len, i;

	if (t->tok == TK_END)
		return "end of condition";
	for (i = 0; i < n; i++)
		if ((unsigned char)t->start[i] < 0x20)
			n = i;
	snprintf(out, outsz, "'%.*s%s'", (int)n, t->start,
	    n < t->len ? "..." : "");
	return out;
}

/* "expected ... but found TOKEN", unless the lexer already reported the
 * token itself. */
static void
unexpected(struct parser *ps, const char *what)
{
	char tb[48];

	if (ps->t.tok != TK_ERROR)
		perr(ps, ps->t.line, ps->t.col, "expected %s but found %s",
		    what, tokstr(&ps->t, tb, sizeof(tb)));
}

static void
lex_string(struct parser *ps)
{
	struct buf b = BUF_INIT;
	const char *s = ps->p + 1;
	int line = ps->t.line, col = ps->t.col;

	for (; *s && *s != '"'; s++) {
		/* Only \" and \\ are escapes; anything else after a
		 * backslash stays, so regexes like "\bfoo\d" read as
		 * written. */
		if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
			s++;
		buf_addch(&b, *s);
	}
	if (*s != '"') {
		perr(ps, line, col, "unterminated string; expected '\"'");
		buf_release(&b);
		ps->t.tok = TK_ERROR;
		return;
	}
	buf_addstr(&b, "");
	ps->t.str = buf_detach(&b, NULL);
	ps->t.tok = TK_STRING;
	ps->t.len = (size_t)(s + 1 - ps->p);
}

static void
next(struct parser *ps)
{
	static const struct { const char *s; enum tok tok; } ops[] = {
		{ "!=", TK_NE }, { "!~", TK_NOMATCH }, { "<=", TK_LE },
		{ "==", TK_EQ }, { ">=", TK_GE }, { "(", TK_LPAREN },
		{ ")", TK_RPAREN }, { ",", TK_COMMA }, { "<", TK_LT },
		{ ">", TK_GT }, { "~", TK_MATCH },
	};
	const struct keyword *kw;
	const char *s;
	double mant, scale;
	size_t i, n;

	free(ps->t.str);
	ps->t.str = NULL;
	advance(ps, ps->t.len);
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' ||
	    *ps->p == '\r')
		advance(ps, 1);
	ps->t.line = ps->line;
	ps->t.col = ps->col;
	ps->t.start = s = ps->p;
	ps->t.len = 0;
	if (*s == '\0') {
		ps->t.tok = TK_END;
		return;
	}
	if (isalpha((unsigned char)*s) || *s == '_') {
		for (n = 0; isalnum((unsigned char)s[n]) || s[n] == '_'; n++)
			;
		ps->t.len = n;
		ps->t.tok = TK_IDENT;
		kw = bsearch(&ps->t, keywords, nitems(keywords),
		    sizeof(keywords[0]), cmp_keyword);
		if (kw)
			ps->t.tok = kw->tok;
		return;
	}
	if (isdigit((unsigned char)*s) || (*s == '-' &&
	    isdigit((unsigned char)s[1]))) {
		/* By hand: strtod would take hex, exponents and the
		 * locale's decimal point.  Digits / 10^k rounds once, so
		 * 0.3 here equals 0.3 read by jansson. */
		n = *s == '-';
		for (mant = 0; isdigit((unsigned char)s[n]); n++)
			mant = mant * 10 + (s[n] - '0');
		scale = 1;
		if (s[n] == '.' && isdigit((unsigned char)s[n + 1]))
			for (n++; isdigit((unsigned char)s[n]); n++) {
				mant = mant * 10 + (s[n] - '0');
				scale *= 10;
			}
		ps->t.num = (*s == '-' ? -mant : mant) / scale;
		ps->t.len = n;
		ps->t.tok = TK_NUMBER;
		if (isalnum((unsigned char)s[n]) || s[n] == '_' ||
		    s[n] == '.') {
			perr(ps, ps->t.line, ps->t.col, "invalid number");
			ps->t.tok = TK_ERROR;
		}
		return;
	}
	if (*s == '"') {
		lex_string(ps);
		return;
	}
	for (i = 0; i < nitems(ops); i++) {
		n = strlen(ops[i].s);
		if (strncmp(s, ops[i].s, n) == 0) {
			ps->t.tok = ops[i].tok;
			ps->t.len = n;
			return;
		}
	}
	ps->t.tok = TK_ERROR;
	ps->t.len = 1;
	if (*s == '=')
		perr(ps, ps->t.line, ps->t.col, "expected '==' ('=' alone is "
		    "not a comparison)");
	else if (*s == '&' || *s == '|' || *s == '!')
		perr(ps, ps->t.line, ps->t.col, "unexpected '%c'; use 'and', "
		    "'or' or 'not'", *s);
	else if (*s == '\'')
		perr(ps, ps->t.line, ps->t.col, "strings take double quotes");
	else if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7f)
		perr(ps, ps->t.line, ps->t.col, "unexpected '%c'", *s);
	else
		perr(ps, ps->t.line, ps->t.col, "unexpected byte 0x%02x",
		    (unsigned char)*s);
}

/*
 * Nodes.
 */

static void
operand_release(struct operand *o)
{
	free((char *)o->lit.s);
	free(o->num);
}

static void
node_free(struct node *n)
{
	size_t i;

	if (n == NULL)
		return;
	node_free(n->a);
	node_free(n->b);
	operand_release(&n->l);
	operand_release(&n->r);
	for (i = 0; i < n->nset; i++)
		operand_release(&n->set[i]);
	free(n->set);
	free(n->text);
	pcre2_code_free(n->re);
	pcre2_match_context_free(n->mctx);
	free(n);
}

static struct node *
node_new(enum ntype type)
{
	struct node *n = xcalloc(1, sizeof(*n));

	n->type = type;
	return n;
}

static int
cmp_field(const void *k, const void *e)
{
	return strcmp(k, ((const struct field *)e)->name);
}

static const struct field *
field_lookup(const char *name)
{
	return bsearch(name, fields, nitems(fields), sizeof(fields[0]),
	    cmp_field);
}

/*
 * The record's closed fields (type, weapon, target, not_incident) take only
 * the values extract() writes (extract/vocab.h): a literal compared with
 * one that is not among them is a typo that would never match, so it is an
 * error naming the nearest value, or the values when none is near.  The
 * comparison is ASCII-caseless, as val_cmp()'s is.
 */
static void
check_vocab(struct parser *ps, const struct field *f, const char *s,
    size_t len, int line, int col)
{
	const struct vocab *v;
	const char *what, *best = NULL;
	char word[64];
	size_t i, n;
	struct buf b = BUF_INIT, q = BUF_INIT;
	char *lit;

	if (f == NULL || f->src != SRC_INCIDENT ||
	    (v = extract_vocab(f->path[0])) == NULL)
		return;
	for (i = 0; i < v->n; i++)
		if (strlen(v->names[i]) == len &&
		    strncasecmp(v->names[i], s, len) == 0)
			return;
	what = f->type == T_LIST ? f->name : "not_incident reason";
	n = len < sizeof(word) ? len : sizeof(word) - 1;
	for (i = 0; i < n; i++)
		word[i] = (char)tolower((unsigned char)s[i]);
	word[n] = '\0';
	if (len < sizeof(word))
		best = suggest_name(word, v->names, v->n, sizeof(v->names[0]),
		    1);
	/* The value as written, quoted with its control characters
	 * escaped: a message is one line. */
	lit = xstrndup(s, len);
	buf_add_quoted(&q, lit, 60);
	free(lit);
	if (best != NULL) {
		perr(ps, line, col, "%s is not a %s; did you mean '%s'?",
		    buf_str(&q), what, best);
		buf_release(&q);
		return;
	}
	for (i = 0; i < v->n; i++)
		buf_printf(&b, "%s%s", i == 0 ? "" : i + 1 < v->n ? ", " :
		    " and ", v->names[i]);
	perr(ps, line, col, "%s is not a %s; %ss are %s", buf_str(&q), what,
	    what, buf_str(&b));
	buf_release(&q);
	buf_release(&b);
}

static enum ftype
operand_type(const struct operand *o)
{
	return o->f ? o->f->type : o->lit.type;
}

/* A field or a literal; 0, or -1 when the token is neither.  value_side:
 * the operand is compared against (right of an operator, or in a list),
 * where an unknown word is most often text that lost its quotes. */
static int
parse_operand(struct parser *ps, struct operand *o, int *line, int *col,
    int value_side)
{
	char name[64], tb[48];
	size_t i;
	const char *bestname = NULL;

	memset(o, 0, sizeof(*o));
	*line = ps->t.line;
	*col = ps->t.col;
	switch (ps->t.tok) {
	case TK_IDENT:
		snprintf(name, sizeof(name), "%.*s", (int)ps->t.len,
		    ps->t.start);
		for (i = 0; name[i]; i++)
			name[i] = (char)tolower((unsigned char)name[i]);
		o->f = field_lookup(name);
		if (o->f == NULL) {
			bestname = suggest_name(name, fields,
			    nitems(fields), sizeof(fields[0]), 0);
			if (bestname != NULL)
				perr(ps, *line, *col, "unknown field '%s' "
				    "(did you mean '%s'?)", name, bestname);
			else if (value_side)
				perr(ps, *line, *col, "unknown field '%s'; "
				    "text to compare with goes in double "
				    "quotes: \"%.*s\"", name,
				    (int)(ps->t.len > 60 ? 60 : ps->t.len),
				    ps->t.start);
			else
				perr(ps, *line, *col, "unknown field '%s'; "
				    "fields are incident, killed, injured, "
				    "type, weapon, country, city, region, "
				    "group, suicide, title, text, feed, tags "
				    "and others (see the manual)", name);
			o->bad = 1;	/* keep checking the rest */
		}
		break;
	case TK_STRING:
		o->lit.type = T_STR;
		o->lit.s = ps->t.str;
		o->lit.len = strlen(ps->t.str);
		ps->t.str = NULL;
		break;
	case TK_NUMBER:
		o->lit.type = T_NUM;
		o->lit.num = ps->t.num;
		o->num = xstrndup(ps->t.start, ps->t.len);
		break;
	case TK_TRUE:
	case TK_FALSE:
		o->lit.type = T_BOOL;
		o->lit.b = ps->t.tok == TK_TRUE;
		break;
	case TK_NULL:
		o->lit.type = T_NULL;
		break;
	case TK_ERROR:
		return -1;
	default:
		perr(ps, *line, *col, "expected a field, a value or '(' but "
		    "found %s", tokstr(&ps->t, tb, sizeof(tb)));
		return -1;
	}
	next(ps);
	return 0;
}

static int
types_compatible(enum ftype a, enum ftype b)
{
	if (a == T_LIST)
		a = T_STR;
	if (b == T_LIST)
		b = T_STR;
	return a == b;
}

static const char *
operand_name(const struct operand *o, char *out, size_t outsz)
{
	if (o->f)
		snprintf(out, outsz, "'%s' is %s", o->f->name,
		    type_names[o->f->type]);
	else
		snprintf(out, outsz, "the value is %s",
		    type_names[o->lit.type]);
	return out;
}

/* A regex node for `contains WORD` or `~ PATTERN`; the node keeps the
 * compiled code or reports why there is none. */
static void
compile_regex(struct parser *ps, struct node *n, const char *pattern,
    int line, int col, int is_word)
{
	const uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS |
	    MATCH_INVALID_UTF;
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE erroff;
	int errcode;

	n->re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    opts, &errcode, &erroff, NULL);
	if (n->re == NULL) {
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		if (is_word)
			perr(ps, line, col, "cannot use this word: %s", msg);
		else
			perr(ps, line, col + 1 + (int)erroff, "invalid regex: "
			    "%s", msg);
		return;
	}
	/* No JIT on this platform is fine: the interpreter honours the
	 * same limits. */
	(void)pcre2_jit_compile(n->re, PCRE2_JIT_COMPLETE);
	n->mctx = pcre2_match_context_create(NULL);
	if (n->mctx == NULL)
		abort();
	pcre2_set_match_limit(n->mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(n->mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(n->mctx, HEAP_LIMIT);
}

/* The pattern for a whole word (or phrase): letters, digits and marks on
 * either side end a word; whitespace inside the phrase matches any run. */
static char *
word_pattern(const char *word)
{
	struct buf b = BUF_INIT;
	const unsigned char *s;

	buf_addstr(&b, "(?<![\\p{L}\\p{N}\\p{M}_])");
	for (s = (const unsigned char *)word; *s; s++) {
		if (isspace(*s)) {
			while (isspace(s[1]))
				s++;
			buf_addstr(&b, "\\s+");
		} else if (*s < 0x80 && !isalnum(*s)) {
			buf_addch(&b, '\\');
			buf_addch(&b, *s);
		} else
			buf_addch(&b, *s);
	}
	buf_addstr(&b, "(?![\\p{L}\\p{N}\\p{M}_])");
	return buf_detach(&b, NULL);
}

static struct node *parse_or(struct parser *);

static struct node *
parse_compare(struct parser *ps)
{
	struct node *n;
	struct operand l;
	int line, col, rline, rcol, negate = 0;
	char a[64], b[64], *pat;
	enum tok op;

	if (parse_operand(ps, &l, &line, &col, 0) == -1)
		return NULL;
	if (ps->t.tok == TK_NOT) {
		next(ps);
		if (ps->t.tok != TK_IN) {
			unexpected(ps, "'in' after 'not'");
			operand_release(&l);
			return NULL;
		}
		negate = 1;
	}
	switch (ps->t.tok) {
	case TK_EQ: case TK_NE: case TK_LT: case TK_LE: case TK_GT: case TK_GE:
		op = ps->t.tok;
		n = node_new(N_CMP);
		n->op = op;
		n->l = l;
		next(ps);
		if (parse_operand(ps, &n->r, &rline, &rcol, 1) == -1) {
			node_free(n);
			return NULL;
		}
		if (n->l.bad || n->r.bad)
			return n;
		if (operand_type(&n->l) == T_NULL ||
		    operand_type(&n->r) == T_NULL) {
			if (op != TK_EQ && op != TK_NE)
				perr(ps, rline, rcol, "only == and != "
				    "compare with null");
		} else if (!types_compatible(operand_type(&n->l),
		    operand_type(&n->r)))
			perr(ps, rline, rcol, "cannot compare: %s but %s",
			    operand_name(&n->l, a, sizeof(a)),
			    operand_name(&n->r, b, sizeof(b)));
		else if (op != TK_EQ && op != TK_NE &&
		    operand_type(&n->l) != T_NUM)
			perr(ps, line, col, "'%s' needs numbers but %s",
			    op_names[op], operand_name(&n->l, a, sizeof(a)));
		else if (n->r.f == NULL && n->r.lit.type == T_STR)
			check_vocab(ps, n->l.f, n->r.lit.s, n->r.lit.len,
			    rline, rcol);
		else if (n->l.f == NULL && n->l.lit.type == T_STR)
			check_vocab(ps, n->r.f, n->l.lit.s, n->l.lit.len,
			    line, col);
		return n;
	case TK_IN:
		n = node_new(N_IN);
		n->l = l;
		n->negate = negate;
		next(ps);
		if (ps->t.tok != TK_LPAREN) {
			unexpected(ps, "'(' after 'in'");
			node_free(n);
			return NULL;
		}
		next(ps);
		for (;;) {
			struct operand v;

			if (parse_operand(ps, &v, &rline, &rcol, 1) == -1) {
				node_free(n);
				return NULL;
			}
			n->set = xreallocarray(n->set, n->nset + 1,
			    sizeof(*n->set));
			n->set[n->nset++] = v;
			if (v.bad)
				;	/* reported */
			else if (v.f)
				perr(ps, rline, rcol, "expected a value in "
				    "the list, not the field '%s'", v.f->name);
			else if (!l.bad && operand_type(&l) != T_NULL &&
			    !types_compatible(operand_type(&l),
			    v.lit.type))
				perr(ps, rline, rcol, "cannot compare: %s but "
				    "%s", operand_name(&l, a, sizeof(a)),
				    operand_name(&v, b, sizeof(b)));
			else if (!l.bad && v.lit.type == T_STR)
				check_vocab(ps, l.f, v.lit.s, v.lit.len, rline,
				    rcol);
			if (ps->t.tok == TK_COMMA) {
				next(ps);
				continue;
			}
			if (ps->t.tok == TK_RPAREN)
				break;
			unexpected(ps, "',' or ')'");
			node_free(n);
			return NULL;
		}
		next(ps);
		return n;
	case TK_CONTAINS:
	case TK_MATCH:
	case TK_NOMATCH:
		op = ps->t.tok;
		n = node_new(op == TK_CONTAINS ? N_CONTAINS : N_MATCH);
		n->op = op;
		n->l = l;
		next(ps);
		if (ps->t.tok != TK_STRING) {
			unexpected(ps, op == TK_CONTAINS ? "a string after "
			    "'contains'" : "a string after the regex operator");
			node_free(n);
			return NULL;
		}
		n->text = ps->t.str;
		ps->t.str = NULL;
		rline = ps->t.line;
		rcol = ps->t.col;
		if (l.bad) {
			next(ps);
			return n;
		}
		if (l.f == NULL)
			perr(ps, line, col, "expected a field before '%s'",
			    op == TK_CONTAINS ? "contains" : op_names[op]);
		else if (l.f->type != T_STR && l.f->type != T_LIST)
			perr(ps, line, col, "'%s' needs text but %s",
			    op == TK_CONTAINS ? "contains" : op_names[op],
			    operand_name(&l, a, sizeof(a)));
		else if (op == TK_CONTAINS) {
			const char *w = n->text;

			while (isspace((unsigned char)*w))
				w++;
			if (*w == '\0')
				perr(ps, rline, rcol, "expected a word after "
				    "'contains', not an empty string");
			else {
				size_t wl = strlen(w);

				while (wl > 0 &&
				    isspace((unsigned char)w[wl - 1]))
					wl--;
				check_vocab(ps, l.f, w, wl, rline, rcol);
				pat = word_pattern(n->text);
				compile_regex(ps, n, pat, rline, rcol, 1);
				free(pat);
			}
		} else
			compile_regex(ps, n, n->text, rline, rcol, 0);
		next(ps);
		return n;
	default:
		if (l.f == NULL && !l.bad && l.lit.type != T_BOOL &&
		    l.lit.type != T_NULL)
			perr(ps, line, col, "a %s alone is not a condition; "
			    "expected a comparison", l.lit.type == T_STR ?
			    "string" : "number");
		n = node_new(N_TRUTH);
		n->l = l;
		return n;
	}
}

static struct node *
parse_primary(struct parser *ps)
{
	struct node *n;
	char tb[48];
	int line = ps->t.line, col = ps->t.col;

	if (ps->t.tok != TK_LPAREN)
		return parse_compare(ps);
	if (++ps->depth > MAX_DEPTH) {
		perr(ps, line, col, "condition nested more than %d deep",
		    MAX_DEPTH);
		return NULL;
	}
	next(ps);
	n = parse_or(ps);
	ps->depth--;
	if (n == NULL)
		return NULL;
	if (ps->t.tok != TK_RPAREN) {
		if (ps->t.tok != TK_ERROR)
			perr(ps, ps->t.line, ps->t.col, "expected ')' to close "
			    "the '(' at column %d but found %s", col,
			    tokstr(&ps->t, tb, sizeof(tb)));
		node_free(n);
		return NULL;
	}
	next(ps);
	return n;
}

static struct node *
parse_not(struct parser *ps)
{
	struct node *n;

	if (ps->t.tok != TK_NOT)
		return parse_primary(ps);
	if (++ps->depth > MAX_DEPTH) {
		perr(ps, ps->t.line, ps->t.col, "condition nested more than "
		    "%d deep", MAX_DEPTH);
		return NULL;
	}
	next(ps);
	n = node_new(N_NOT);
	n->a = parse_not(ps);
	ps->depth--;
	if (n->a == NULL) {
		node_free(n);
		return NULL;
	}
	return n;
}

static struct node *
parse_binary(struct parser *ps, enum tok tok, enum ntype type,
    struct node *(*sub)(struct parser *))
{
	struct node *l, *n;

	if ((l = sub(ps)) == NULL)
		return NULL;
	while (ps->t.tok == tok) {
		next(ps);
		n = node_new(type);
		n->a = l;
		if ((n->b = sub(ps)) == NULL) {
			node_free(n);
			return NULL;
		}
		l = n;
	}
	return l;
}

static struct node *
parse_and(struct parser *ps)
{
	return parse_binary(ps, TK_AND, N_AND, parse_not);
}

static struct node *
parse_or(struct parser *ps)
{
	return parse_binary(ps, TK_OR, N_OR, parse_and);
}

struct rule *
rule_compile(const char *src, const char *file, int line, int col,
    struct buf *errors)
{
	struct parser ps;
	struct rule *r;
	struct node *root;
	char tb[48];

	memset(&ps, 0, sizeof(ps));
	ps.src = ps.p = src;
	ps.file = file ? file : "(rule)";
	ps.line = line;
	ps.col = col;
	ps.errors = errors;
	if (strlen(src) > MAX_SOURCE) {
		perr(&ps, line, col, "condition longer than %d bytes",
		    MAX_SOURCE);
		return NULL;
	}
	ps.t.tok = TK_END;
	next(&ps);
	if (ps.t.tok == TK_END) {
		perr(&ps, line, col, "expected a condition");
		return NULL;
	}
	root = parse_or(&ps);
	if (root && ps.t.tok != TK_END && ps.t.tok != TK_ERROR) {
		perr(&ps, ps.t.line, ps.t.col, "expected 'and', 'or' or the "
		    "end of the condition but found %s", tokstr(&ps.t, tb,
		    sizeof(tb)));
	}
	free(ps.t.str);
	if (ps.nerrors > MAX_ERRORS)
		buf_printf(errors, "%s:%d:%d: too many errors in this "
		    "condition\n", ps.file, line, col);
	if (ps.nerrors || root == NULL) {
		node_free(root);
		return NULL;
	}
	r = xcalloc(1, sizeof(*r));
	r->root = root;
	return r;
}

void
rule_free(struct rule *r)
{
	if (r == NULL)
		return;
	node_free(r->root);
	free(r);
}

/*
 * Evaluation.
 */

static json_t *
json_path(json_t *o, const char *const *path)
{
	size_t i;

	for (i = 0; i < 3 && path[i] && o; i++)
		o = json_is_object(o) ? json_object_get(o, path[i]) : NULL;
	return o;
}

/* How many values a field has in env: -1 for null/absent. */
static long
field_count(const struct field *f, const struct rule_env *env)
{
	json_t *j;

	switch (f->src) {
	case SRC_FEED:
		return env->feed ? 1 : -1;
	case SRC_TAGS:
		return env->tags ? (long)env->ntags : 0;
	case SRC_TEXT:
		return json_is_object(env->item) ? 3 : -1;
	case SRC_INCIDENT:
		j = json_path(env->incident, f->path);
		break;
	case SRC_ITEM:
	default:
		j = json_path(env->item, f->path);
		break;
	}
	if (j == NULL || json_is_null(j))
		return -1;
	if (f->type == T_LIST)
		return json_is_array(j) ? (long)json_array_size(j) : -1;
	return 1;
}

static int
json_val(json_t *j, enum ftype want, struct val *v)
{
	switch (want) {
	case T_NUM:
		if (!json_is_number(j))
			return -1;
		v->type = T_NUM;
		v->num = json_number_value(j);
		return 0;
	case T_BOOL:
		if (!json_is_boolean(j))
			return -1;
		v->type = T_BOOL;
		v->b = json_is_true(j);
		return 0;
	case T_STR:
	case T_LIST:
		if (!json_is_string(j))
			return -1;
		v->type = T_STR;
		v->s = json_string_value(j);
		v->len = json_string_length(j);
		return 0;
	default:
		return -1;
	}
}

/* Value i of a field (0 <= i < field_count); -1 when it has the wrong
 * JSON type or is missing. */
static int
field_get(const struct field *f, const struct rule_env *env, long i,
    struct val *v)
{
	static const char *const text_keys[] = { "title", "summary",
	    "content" };
	json_t *j;

	switch (f->src) {
	case SRC_FEED:
		v->type = T_STR;
		v->s = env->feed;
		v->len = strlen(env->feed);
		return 0;
	case SRC_TAGS:
		if (env->tags[i] == NULL)
			return -1;
		v->type = T_STR;
		v->s = env->tags[i];
		v->len = strlen(env->tags[i]);
		return 0;
	case SRC_TEXT:
		j = json_object_get(env->item, text_keys[i]);
		return j ? json_val(j, T_STR, v) : -1;
	case SRC_INCIDENT:
		j = json_path(env->incident, f->path);
		break;
	case SRC_ITEM:
	default:
		j = json_path(env->item, f->path);
		break;
	}
	if (f->type == T_LIST)
		j = json_array_get(j, (size_t)i);
	return j ? json_val(j, f->type, v) : -1;
}

static long
operand_count(const struct operand *o, const struct rule_env *env)
{
	if (o->f)
		return field_count(o->f, env);
	return o->lit.type == T_NULL ? -1 : 1;
}

static int
operand_get(const struct operand *o, const struct rule_env *env, long i,
    struct val *v)
{
	if (o->f)
		return field_get(o->f, env, i, v);
	*v = o->lit;
	return 0;
}

static int
val_cmp(enum tok op, const struct val *a, const struct val *b)
{
	int c;

	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case T_NUM:
		c = a->num < b->num ? -1 : a->num > b->num;
		break;
	case T_BOOL:
		c = a->b != b->b;
		break;
	case T_STR:
		/* ASCII-caseless: "kazakhstan" names Kazakhstan. */
		c = a->len != b->len || strncasecmp(a->s, b->s, a->len) != 0;
		break;
	default:
		return 0;
	}
	switch (op) {
	case TK_EQ:
		return c == 0;
	case TK_LT:
		return c < 0;
	case TK_LE:
		return c <= 0;
	case TK_GT:
		return c > 0;
	case TK_GE:
		return c >= 0;
	default:
		return 0;
	}
}

/* Whether some value of l and some value of r satisfy op (never "!="). */
static int
any_pair(enum tok op, const struct operand *l, long nl,
    const struct operand *r, long nr, const struct rule_env *env)
{
	struct val a, b;
	long i, j;

	for (i = 0; i < nl; i++) {
		if (operand_get(l, env, i, &a) == -1)
			continue;
		for (j = 0; j < nr; j++)
			if (operand_get(r, env, j, &b) == 0 &&
			    val_cmp(op, &a, &b))
				return 1;
	}
	return 0;
}

/* Whether value i of field f is item HTML (summary, content, and those
 * parts of text): words are matched in the text, not in the markup. */
static int
is_html(const struct field *f, long i)
{
	if (f == NULL)
		return 0;
	if (f->src == SRC_TEXT)
		return i > 0;
	return f->src == SRC_ITEM && (strcmp(f->path[0], "summary") == 0 ||
	    strcmp(f->path[0], "content") == 0);
}

/* s without its tags, each replaced by a space so that "a<br>b" stays
 * two words.  A '<' that does not open a tag is text. */
static void
strip_tags(struct buf *b, const char *s, size_t len)
{
	const char *end = s + len, *gt;

	while (s < end) {
		if (*s == '<' && s + 1 < end && (isalpha((unsigned char)s[1]) ||
		    s[1] == '/' || s[1] == '!' || s[1] == '?') &&
		    (gt = memchr(s, '>', (size_t)(end - s))) != NULL) {
			buf_addch(b, ' ');
			s = gt + 1;
			continue;
		}
		buf_addch(b, *s++);
	}
	buf_addstr(b, "");
}

static int
re_any(const struct node *n, const struct rule_env *env)
{
	pcre2_match_data *md;
	struct buf text = BUF_INIT;
	struct val v;
	long i, cnt = operand_count(&n->l, env);
	int rc, hit = 0;

	if (cnt <= 0 || n->re == NULL)
		return 0;
	md = pcre2_match_data_create(1, NULL);
	if (md == NULL)
		abort();
	for (i = 0; i < cnt && !hit; i++) {
		if (operand_get(&n->l, env, i, &v) == -1 || v.type != T_STR)
			continue;
		if (is_html(n->l.f, i) && memchr(v.s, '<', v.len)) {
			buf_reset(&text);
			strip_tags(&text, v.s, v.len);
			v.s = buf_str(&text);
			v.len = text.len;
		}
		rc = pcre2_match(n->re, (PCRE2_SPTR)v.s, v.len, 0, 0, md,
		    n->mctx);
		/* A limit hit (or any other failure) is no match. */
		hit = rc >= 0;
	}
	pcre2_match_data_free(md);
	buf_release(&text);
	return hit;
}

static int
truth(const struct operand *o, const struct rule_env *env)
{
	struct val v;
	long cnt = operand_count(o, env);

	if (cnt < 0)
		return 0;
	if (o->f && o->f->type == T_LIST)
		return cnt > 0;
	if (operand_get(o, env, 0, &v) == -1)
		return 0;
	switch (v.type) {
	case T_BOOL:
		return v.b;
	case T_NUM:
		return v.num != 0;
	case T_STR:
		return v.len > 0;
	default:
		return 0;
	}
}

static int
eval(const struct node *n, const struct rule_env *env)
{
	long nl, nr;
	size_t i;

	switch (n->type) {
	case N_OR:
		return eval(n->a, env) || eval(n->b, env);
	case N_AND:
		return eval(n->a, env) && eval(n->b, env);
	case N_NOT:
		return !eval(n->a, env);
	case N_TRUTH:
		return truth(&n->l, env);
	case N_CMP:
		nl = operand_count(&n->l, env);
		nr = operand_count(&n->r, env);
		if (!n->r.f && n->r.lit.type == T_NULL)
			return (nl < 0) == (n->op == TK_EQ);
		if (!n->l.f && n->l.lit.type == T_NULL)
			return (nr < 0) == (n->op == TK_EQ);
		if (nl < 0 || nr < 0)
			return 0;
		if (n->op == TK_NE)
			return !any_pair(TK_EQ, &n->l, nl, &n->r, nr, env);
		return any_pair(n->op, &n->l, nl, &n->r, nr, env);
	case N_IN:
		nl = operand_count(&n->l, env);
		if (nl < 0)
			return 0;
		for (i = 0; i < n->nset; i++)
			if (any_pair(TK_EQ, &n->l, nl, &n->set[i], 1, env))
				return !n->negate;
		return n->negate;
	case N_CONTAINS:
		return re_any(n, env);
	case N_MATCH:
		if (n->op == TK_NOMATCH)
			return operand_count(&n->l, env) >= 0 &&
			    !re_any(n, env);
		return re_any(n, env);
	}
	return 0;
}

int
rule_eval(const struct rule *r, const struct rule_env *env)
{
	if (r == NULL || r->root == NULL)
		return 0;
	return eval(r->root, env);
}

/*
 * Explanation: a canonical rendering, fully parenthesised.
 */

static void
explain_string(struct buf *b, const char *s)
{
	buf_addch(b, '"');
	for (; *s; s++) {
		/* The lexer's rule read backwards: a backslash before a
		 * quote, a backslash or the end needs escaping. */
		if (*s == '"' || (*s == '\\' && (s[1] == '"' ||
		    s[1] == '\\' || s[1] == '\0')))
			buf_addch(b, '\\');
		buf_addch(b, *s);
	}
	buf_addch(b, '"');
}

static void
explain_operand(struct buf *b, const struct operand *o)
{
	if (o->f) {
		buf_addstr(b, o->f->name);
		return;
	}
	switch (o->lit.type) {
	case T_NUM:
		buf_addstr(b, o->num);
		break;
	case T_BOOL:
		buf_addstr(b, o->lit.b ? "true" : "false");
		break;
	case T_STR:
		explain_string(b, o->lit.s);
		break;
	default:
		buf_addstr(b, "null");
		break;
	}
}

static void explain(struct buf *, const struct node *);

/* Child c of a parent node: a chain of one operator reads flat ("a and b
 * and c"); any other group gets parentheses, also an "and" inside an "or"
 * where precedence would not need them, so the grouping is visible. */
static void
explain_child(struct buf *b, const struct node *c, enum ntype parent,
    int left)
{
	int paren = (c->type == N_OR || c->type == N_AND) &&
	    (c->type != parent || !left);

	if (paren)
		buf_addch(b, '(');
	explain(b, c);
	if (paren)
		buf_addch(b, ')');
}

static void
explain(struct buf *b, const struct node *n)
{
	size_t i;

	switch (n->type) {
	case N_OR:
	case N_AND:
		explain_child(b, n->a, n->type, 1);
		buf_addstr(b, n->type == N_OR ? " or " : " and ");
		explain_child(b, n->b, n->type, 0);
		break;
	case N_NOT:
		buf_addstr(b, "not ");
		explain_child(b, n->a, N_NOT, 0);
		break;
	case N_TRUTH:
		explain_operand(b, &n->l);
		break;
	case N_CMP:
		explain_operand(b, &n->l);
		buf_printf(b, " %s ", op_names[n->op]);
		explain_operand(b, &n->r);
		break;
	case N_IN:
		explain_operand(b, &n->l);
		buf_addstr(b, n->negate ? " not in (" : " in (");
		for (i = 0; i < n->nset; i++) {
			if (i)
				buf_addstr(b, ", ");
			explain_operand(b, &n->set[i]);
		}
		buf_addch(b, ')');
		break;
	case N_CONTAINS:
	case N_MATCH:
		explain_operand(b, &n->l);
		buf_printf(b, " %s ", n->type == N_CONTAINS ? "contains" :
		    op_names[n->op]);
		explain_string(b, n->text);
		break;
	}
}

char *
rule_explain(const struct rule *r)
{
	struct buf b = BUF_INIT;

	if (r && r->root)
		explain(&b, r->root);
	buf_addstr(&b, "");
	return buf_detach(&b, NULL);
}
