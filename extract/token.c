#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "extract/cclass.h"
#include "extract/text.h"
#include "extract/token.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

#define H4	C_HIGH, C_HIGH, C_HIGH, C_HIGH
#define H32	H4, H4, H4, H4, H4, H4, H4, H4

const uint8_t tok_cclass[256] = {
	['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
	['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
	['8'] = C_DIGIT, ['9'] = C_DIGIT,
	['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER,
	['E'] = C_UPPER, ['F'] = C_UPPER, ['G'] = C_UPPER, ['H'] = C_UPPER,
	['I'] = C_UPPER, ['J'] = C_UPPER, ['K'] = C_UPPER, ['L'] = C_UPPER,
	['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER, ['P'] = C_UPPER,
	['Q'] = C_UPPER, ['R'] = C_UPPER, ['S'] = C_UPPER, ['T'] = C_UPPER,
	['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER,
	['Y'] = C_UPPER, ['Z'] = C_UPPER,
	['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER,
	['e'] = C_LOWER, ['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER,
	['i'] = C_LOWER, ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER,
	['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER, ['p'] = C_LOWER,
	['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
	['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
	['y'] = C_LOWER, ['z'] = C_LOWER,
	[0x80] = H32, H32, H32, H32,	/* to 0xff */
};

#define IS(c, cl)	(tok_cclass[(unsigned char)(c)] & (cl))

/* What a byte adds to a word's count of letters (low 32 bits) and of
 * capitals (high 32 bits). */
#define L1	1ULL
#define U1	(1ULL | 1ULL << 32)

static const uint64_t ccount[256] = {
	['A'] = U1, ['B'] = U1, ['C'] = U1, ['D'] = U1, ['E'] = U1,
	['F'] = U1, ['G'] = U1, ['H'] = U1, ['I'] = U1, ['J'] = U1,
	['K'] = U1, ['L'] = U1, ['M'] = U1, ['N'] = U1, ['O'] = U1,
	['P'] = U1, ['Q'] = U1, ['R'] = U1, ['S'] = U1, ['T'] = U1,
	['U'] = U1, ['V'] = U1, ['W'] = U1, ['X'] = U1, ['Y'] = U1,
	['Z'] = U1,
	['a'] = L1, ['b'] = L1, ['c'] = L1, ['d'] = L1, ['e'] = L1,
	['f'] = L1, ['g'] = L1, ['h'] = L1, ['i'] = L1, ['j'] = L1,
	['k'] = L1, ['l'] = L1, ['m'] = L1, ['n'] = L1, ['o'] = L1,
	['p'] = L1, ['q'] = L1, ['r'] = L1, ['s'] = L1, ['t'] = L1,
	['u'] = L1, ['v'] = L1, ['w'] = L1, ['x'] = L1, ['y'] = L1,
	['z'] = L1,
};

/* Length of a non-ASCII punctuation mark at s (dashes, ellipsis, and the
 * rest of U+2000..U+206F; guillemets), or 0. */
static inline size_t
upunct(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 3 && u[0] == 0xe2 && (u[1] == 0x80 || u[1] == 0x81))
		return 3;
	if (n >= 2 && u[0] == 0xc2 && (u[1] == 0xab || u[1] == 0xbb ||
	    u[1] == 0xb7))
		return 2;
	return 0;
}

/* v's block holds its cap tokens and, after them, lexr's 2 * cap + 1
 * entries: cap + 1 times this many bytes cover both. */
#define TOKEN_BYTES	(sizeof(struct token) + 2 * sizeof(uint32_t))

static inline struct token *
push(struct tokens *tk, size_t *cap, size_t start, size_t len, int kind,
    uint32_t sent)
{
	struct token *t;

	if (len > UINT16_MAX)
		len = UINT16_MAX;
	if (tk->n == *cap) {
		*cap *= 2;
		tk->v = xreallocarray(tk->v, *cap + 1, TOKEN_BYTES);
	}
	t = &tk->v[tk->n++];
	t->start = (uint32_t)start;
	t->c0 = (unsigned char)tk->lower[start];
	t->len = (uint16_t)len;
	t->kind = (uint8_t)kind;
	t->flags = 0;
	t->sent = sent;
	return t;
}

static void
set_flags(struct tokens *tk, struct token *t)
{
	const char *s = tk->text + t->start;
	size_t i, letters = 0, upper = 0;

	if (IS(s[0], C_UPPER))
		t->flags |= TOKF_CAP;
	for (i = 0; i < t->len; i++) {
		unsigned cl = tok_cclass[(unsigned char)s[i]];

		letters += (cl & C_ALPHA) != 0;
		upper += (cl & C_UPPER) != 0;
	}
	if (letters >= 2 && upper == letters)
		t->flags |= TOKF_UPPER;
	if (t->start + t->len + 1 < tk->len && s[t->len] == '-' &&
	    IS(s[t->len + 1], C_WORD))
		t->flags |= TOKF_HYPHEN;
}

/* set_flags() for a token whose letters the caller counted. */
static inline void
set_flags_counted(struct tokens *tk, struct token *t, size_t letters,
    size_t upper)
{
	const char *s = tk->text + t->start;

	if (IS(s[0], C_UPPER))
		t->flags |= TOKF_CAP;
	if (letters >= 2 && upper == letters)
		t->flags |= TOKF_UPPER;
	if (t->start + t->len + 1 < tk->len && s[t->len] == '-' &&
	    IS(s[t->len + 1], C_WORD))
		t->flags |= TOKF_HYPHEN;
}

/* The word token that starts with s[i], a letter or a byte from 0x80,
 * in [i, to); where it ends.  Always inline: tokenize() reads most
 * tokens here, and a call cost more than its own tests. */
static inline __attribute__((always_inline)) size_t
read_word(struct tokens *tk, size_t *cap, size_t i, size_t to, uint32_t sent)
{
	const char *s = tk->text;
	struct token *t;
	/* letters in the low half, capitals in the high */
	uint64_t count = ccount[(unsigned char)s[i]];
	size_t letters, upper, j;

	for (j = i + 1; j < to; j++) {
		unsigned cl;

		/* ASCII letters and digits, the bulk of a word, in a loop
		 * of their own: with the rarer cases in it, the compiler
		 * kept count in memory and jumped twice a byte */
		while (((cl = tok_cclass[(unsigned char)s[j]]) &
		    (C_DIGIT | C_ALPHA)) != 0) {
			count += ccount[(unsigned char)s[j]];
			if (++j == to)
				break;
		}
		if (j == to)
			break;
		if ((cl & C_HIGH) && upunct(s + j, to - j) == 0)
			continue;
		if (s[j] == '\'' && j + 1 < to && IS(s[j + 1], C_ALPHA))
			continue;
		break;
	}
	letters = (size_t)(count & 0xffffffffu);
	upper = (size_t)(count >> 32);
	t = push(tk, cap, i, j - i, TOK_WORD, sent);
	if (j - i > UINT16_MAX)	/* flags of the cut token */
		set_flags(tk, t);
	else
		set_flags_counted(tk, t, letters, upper);
	return j;
}

static void
tokenize(struct tokens *tk, size_t from, size_t to, uint32_t sent,
    size_t *cap)
{
	const char *s = tk->text;
	size_t i = from, j, unquote = to;

	while (i < to) {
		unsigned char c = (unsigned char)s[i];

		/* A letter, the first byte of most tokens, starts a word:
		 * none of the tests below holds for it. */
		if (IS(c, C_ALPHA)) {
			i = read_word(tk, cap, i, to, sent);
			continue;
		}
		if (c == ' ' || c == '-' || c == '\n' || i == unquote) {
			i++;
			continue;
		}
		/* Quotes around one word ("terrorists", "neutralised") mark
		 * an official's term, not speech: the word keeps its place
		 * in the phrase around it. */
		if (c == '"') {
			for (j = i + 1; j < to && j < i + 40 &&
			    (IS(s[j], C_WORD) || s[j] == '-'); j++)
				;
			if (j > i + 1 && j < to && s[j] == '"') {
				unquote = j;
				i++;
				continue;
			}
		}
		if (c >= 0x80 && (j = upunct(s + i, to - i)) > 0) {
			push(tk, cap, i, j, TOK_PUNCT, sent);
			i += j;
			continue;
		}
		if (IS(c, C_DIGIT)) {
			j = i + 1;
			while (j < to && (IS(s[j], C_DIGIT) ||
			    ((s[j] == ',' || s[j] == '.') && j + 1 < to &&
			    IS(s[j + 1], C_DIGIT))))
				j++;
			/* "1990s", "12th": a word, not a count. */
			if (j < to && IS(s[j], C_ALPHA)) {
				while (j < to && IS(s[j], C_WORD))
					j++;
				push(tk, cap, i, j - i, TOK_WORD, sent);
			} else {
				push(tk, cap, i, j - i, TOK_NUM, sent);
			}
			i = j;
			continue;
		}
		if (IS(c, C_WORD)) {
			i = read_word(tk, cap, i, to, sent);
			continue;
		}
		if (c == '\'' ) {
			i++;
			continue;
		}
		push(tk, cap, i, 1, TOK_PUNCT, sent);
		i++;
	}
}

struct tokens *
tokens_new(const struct text *t)
{
	return tokens_renew(NULL, t);
}

struct tokens *
tokens_renew(struct tokens *old, const struct text *t)
{
	struct tokens *tk = old;
	struct token *v = old ? old->v : NULL;
	size_t vcap = old ? old->vcap : 0, i, len, ns = text_nsentences(t);
	const char *text = text_str(t, &len);
	/* The struct, sent_first, para and lower share one block, sized
	 * before tokenizing: the allocations, not the bytes, cost. */
	size_t blk = sizeof(*tk) + (ns + 1) * (sizeof(*tk->sent_first) +
	    sizeof(*tk->para)) + len + 1;
	/* text has a token for every four bytes or more: few grow v */
	size_t cap = len / 4 + 16;

	if (tk == NULL || tk->blkcap < blk) {
		free(tk);
		tk = xmalloc(blk);
	} else {
		blk = tk->blkcap;
	}
	if (vcap < cap) {
		free(v);
		v = xreallocarray(NULL, cap + 1, TOKEN_BYTES);
	} else {
		cap = vcap;
	}
	memset(tk, 0, sizeof(*tk));
	tk->blkcap = blk;
	tk->text = text;
	tk->len = len;
	tk->nsent = ns;
	tk->sent_first = (size_t *)(void *)(tk + 1);
	tk->para = (unsigned *)(void *)(tk->sent_first + ns + 1);
	tk->lower = (char *)(tk->para + ns + 1);
	for (i = 0; i + 8 <= tk->len; i += 8) {
		uint64_t w;

		memcpy(&w, tk->text + i, 8);
		w = cclass_lower8(w);
		memcpy(tk->lower + i, &w, 8);
	}
	for (; i < tk->len; i++) {
		unsigned char c = (unsigned char)tk->text[i];

		tk->lower[i] = (char)(IS(c, C_UPPER) ? c + ('a' - 'A') : c);
	}
	tk->lower[tk->len] = '\0';
	tk->v = v;
	for (i = 0; i < ns; i++) {
		const struct text_sentence *s = text_sentence(t, i);

		tk->sent_first[i] = tk->n;
		tk->para[i] = s->para;
		tokenize(tk, s->start, s->end, (uint32_t)i, &cap);
	}
	tk->sent_first[ns] = tk->n;
	tk->vcap = cap;
	return tk;
}

void
tokens_free(struct tokens *tk)
{
	if (tk == NULL)
		return;
	free(tk->v);
	free(tk);
}

void
tok_wordset_init(struct tok_wordset *ws, const char *const *w, size_t n)
{
	size_t k, len;

	memset(ws, 0, sizeof(*ws));
	ws->w = w;
	ws->n = n;
	for (k = 0; k < n; k++)
		if ((len = strlen(w[k])) < 16)
			ws->lens[(unsigned char)w[k][0]] |= 1u << len;
}

static const char *const month_names[13] = {
	"", "january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

int
tok_month_read(const struct tokens *tk, size_t i, int m)
{
	const struct token *t = &tk->v[i];
	const char *name = month_names[m];

	/* the first three letters are m's already */
	return strlen(name) == t->len &&
	    memcmp(tk->lower + t->start + 3, name + 3, t->len - 3) == 0 ?
	    m : 0;
}

/* Units of a span counted back from now or from a period's start.  A
 * report's tally counts parts of a year ("the first half"); a running
 * toll no days or a week, in which the day's attack is told with what
 * followed it.  Sorted. */
static const char *const report_units[] = {
	"decade", "half", "months", "quarter", "weeks", "year", "years",
};
static const char *const running_units[] = {
	"decade", "decades", "month", "months", "weeks", "year", "years",
};

/* Words after "since" that name a time of the calendar.  Sorted. */
static const char *const since_times[] = {
	"early", "independence", "last", "late", "mid", "records", "then",
};

int
tok_period_span(const struct tokens *tk, size_t i, size_t end, int kind)
{
	int running = kind == PERIOD_RUNNING;
	const char *const *units = running ? running_units : report_units;
	size_t nunits = running ? NELEM(running_units) : NELEM(report_units);
	size_t k, lim;

	if (tok_is(tk, i, "since"))
		return i + 1 < end && (tok_month(tk, i + 1) || (running &&
		    (tok_is_year(tk, i + 1) ||
		    tok_in_sorted(tk, i + 1, since_times, NELEM(since_times)))));
	/* not a bare "so far", which a day's toll says while it is still
	 * counted */
	if (running && tok_is(tk, i, "so") && tok_is(tk, i + 1, "far")) {
		if (tok_is(tk, i + 2, "in"))
			return tok_is_year(tk, i + 3);
		i += 2;
	}
	if (tok_is(tk, i, "this"))
		return i + 1 < end && (tok_is(tk, i + 1, "year") ||
		    (running && (tok_is(tk, i + 1, "month") ||
		    tok_is(tk, i + 1, "decade"))));
	if (!running) {
		if (i + 3 >= end || !(tok_is(tk, i, "in") ||
		    tok_is(tk, i, "over") || tok_is(tk, i, "during")) ||
		    !tok_is(tk, i + 1, "the") || !(tok_is(tk, i + 2, "first") ||
		    tok_is(tk, i + 2, "past")))
			return 0;
		/* a count may come between: "the first nine months" */
		lim = i + 5;
	} else {
		if (tok_is(tk, i, "to"))
			return tok_is(tk, i + 1, "date");
		if (!tok_is(tk, i, "in") && !tok_is(tk, i, "over") &&
		    !tok_is(tk, i, "during") && !tok_is(tk, i, "within"))
			return 0;
		if (tok_is(tk, i, "in") && tok_is_year(tk, i + 1))
			return 1;
		if (tok_is(tk, i + 1, "recent"))
			return tok_in_sorted(tk, i + 2, units, nunits);
		if (!tok_is(tk, i + 1, "the") || !(tok_is(tk, i + 2, "past") ||
		    tok_is(tk, i + 2, "last")))
			return 0;
		/* "the past 18 months", "the last few years" */
		lim = i + 6;
	}
	for (k = i + 3; k < end && k < lim; k++)
		if (tok_in_sorted(tk, k, units, nunits))
			return 1;
	return 0;
}
