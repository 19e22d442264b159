/*
 * Feed dates.  Two readers fill one struct when, and when_time() checks the
 * calendar (no 31 April, no 29 February 2003) and converts by day counts
 * (days_from_civil() and back), not timegm()/gmtime_r(): every item of every
 * poll has a date, and gmtime_r() with snprintf() were more than half the
 * cost of one.
 *
 * - iso_parse() reads ISO 8601 / W3C-DTF strictly: the whole string must be
 *   one date ("2004", "2004-01", "2004-01-05T15:18:01.5+01:00",
 *   "20040105T151801Z", "2004-07-08 23:56:58.0"), so a bare year is a year
 *   and not a stray number.
 * - words_parse() reads RFC 822 and what feeds make of it.  It walks the
 *   string as words, numbers, times and zone offsets and assigns each by its
 *   kind and order, so field order, punctuation, weekdays and zone spellings
 *   may vary ("Sun, 1 Jan 2004", "Jan 1, 2004", asctime, RFC 850 with
 *   dashes, "(EDT)" comments), while any word it does not know, a field
 *   given twice or a missing day, month or year rejects the string.
 *
 * Only ASCII is interpreted, by hand, so the locale never matters.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "common/xmalloc.h"
#include "feeds/date.h"

struct when {
	int	 year, mon, day;	/* mon 1-12 */
	int	 hour, min, sec;
	int	 off;			/* minutes east of UTC */
};

enum wkind { W_MONTH, W_WEEKDAY, W_ZONE, W_AMPM, W_NOISE };

struct word {
	const char *name;
	enum wkind kind;
	int	 val;		/* month 1-12, zone minutes east, 1 for pm */
};

/*
 * Every word a date may contain, sorted by name for bsearch().  Zones are
 * those of RFC 822 plus the abbreviations feeds really use; the military
 * letters keep RFC 822's signs (A = -1 hour), as feedparser does, although
 * RFC 2822 later called them unreliable.  "at" is also a separator
 * ("Jan 5, 2004 at 3:00 PM"); words_parse() decides which.
 */
static const struct word words[] = {
	{ "a",		W_ZONE,	-60 },
	{ "acdt",	W_ZONE,	630 },
	{ "acst",	W_ZONE,	570 },
	{ "adt",	W_ZONE,	-180 },
	{ "aedt",	W_ZONE,	660 },
	{ "aest",	W_ZONE,	600 },
	{ "akdt",	W_ZONE,	-480 },
	{ "akst",	W_ZONE,	-540 },
	{ "am",		W_AMPM,	0 },
	{ "apr",	W_MONTH, 4 },
	{ "april",	W_MONTH, 4 },
	{ "ast",	W_ZONE,	-240 },
	{ "at",		W_ZONE,	-240 },
	{ "aug",	W_MONTH, 8 },
	{ "august",	W_MONTH, 8 },
	{ "awst",	W_ZONE,	480 },
	{ "b",		W_ZONE,	-120 },
	{ "bst",	W_ZONE,	60 },
	{ "c",		W_ZONE,	-180 },
	{ "cat",	W_ZONE,	120 },
	{ "cdt",	W_ZONE,	-300 },
	{ "cest",	W_ZONE,	120 },
	{ "cet",	W_ZONE,	60 },
	{ "cst",	W_ZONE,	-360 },
	{ "ct",		W_ZONE,	-360 },
	{ "d",		W_ZONE,	-240 },
	{ "dec",	W_MONTH, 12 },
	{ "december",	W_MONTH, 12 },
	{ "e",		W_ZONE,	-300 },
	{ "eat",	W_ZONE,	180 },
	{ "edt",	W_ZONE,	-240 },
	{ "eest",	W_ZONE,	180 },
	{ "eet",	W_ZONE,	120 },
	{ "est",	W_ZONE,	-300 },
	{ "et",		W_ZONE,	-300 },
	{ "etc",	W_NOISE, 0 },	/* "Etc/GMT" */
	{ "f",		W_ZONE,	-360 },
	{ "feb",	W_MONTH, 2 },
	{ "february",	W_MONTH, 2 },
	{ "fri",	W_WEEKDAY, 5 },
	{ "friday",	W_WEEKDAY, 5 },
	{ "g",		W_ZONE,	-420 },
	{ "gmt",	W_ZONE,	0 },
	{ "h",		W_ZONE,	-480 },
	{ "hdt",	W_ZONE,	-540 },
	{ "hkt",	W_ZONE,	480 },
	{ "hst",	W_ZONE,	-600 },
	{ "i",		W_ZONE,	-540 },
	{ "idt",	W_ZONE,	180 },
	{ "ist",	W_ZONE,	330 },
	{ "jan",	W_MONTH, 1 },
	{ "january",	W_MONTH, 1 },
	{ "jst",	W_ZONE,	540 },
	{ "jul",	W_MONTH, 7 },
	{ "july",	W_MONTH, 7 },
	{ "jun",	W_MONTH, 6 },
	{ "june",	W_MONTH, 6 },
	{ "k",		W_ZONE,	-600 },
	{ "kst",	W_ZONE,	540 },
	{ "l",		W_ZONE,	-660 },
	{ "m",		W_ZONE,	-720 },
	{ "mar",	W_MONTH, 3 },
	{ "march",	W_MONTH, 3 },
	{ "may",	W_MONTH, 5 },
	{ "mdt",	W_ZONE,	-360 },
	{ "mest",	W_ZONE,	120 },
	{ "met",	W_ZONE,	60 },
	{ "mon",	W_WEEKDAY, 1 },
	{ "monday",	W_WEEKDAY, 1 },
	{ "msk",	W_ZONE,	180 },
	{ "mst",	W_ZONE,	-420 },
	{ "mt",		W_ZONE,	-420 },
	{ "n",		W_ZONE,	60 },
	{ "nov",	W_MONTH, 11 },
	{ "november",	W_MONTH, 11 },
	{ "nzdt",	W_ZONE,	780 },
	{ "nzst",	W_ZONE,	720 },
	{ "o",		W_ZONE,	120 },
	{ "oct",	W_MONTH, 10 },
	{ "october",	W_MONTH, 10 },
	{ "p",		W_ZONE,	180 },
	{ "pdt",	W_ZONE,	-420 },
	{ "pht",	W_ZONE,	480 },
	{ "pm",		W_AMPM,	1 },
	{ "pst",	W_ZONE,	-480 },
	{ "pt",		W_ZONE,	-480 },
	{ "q",		W_ZONE,	240 },
	{ "r",		W_ZONE,	300 },
	{ "s",		W_ZONE,	360 },
	{ "sast",	W_ZONE,	120 },
	{ "sat",	W_WEEKDAY, 6 },
	{ "saturday",	W_WEEKDAY, 6 },
	{ "sep",	W_MONTH, 9 },
	{ "sept",	W_MONTH, 9 },
	{ "september",	W_MONTH, 9 },
	{ "sgt",	W_ZONE,	480 },
	{ "sun",	W_WEEKDAY, 0 },
	{ "sunday",	W_WEEKDAY, 0 },
	{ "t",		W_ZONE,	420 },
	{ "thu",	W_WEEKDAY, 4 },
	{ "thur",	W_WEEKDAY, 4 },
	{ "thurs",	W_WEEKDAY, 4 },
	{ "thursday",	W_WEEKDAY, 4 },
	{ "tue",	W_WEEKDAY, 2 },
	{ "tues",	W_WEEKDAY, 2 },
	{ "tuesday",	W_WEEKDAY, 2 },
	{ "u",		W_ZONE,	480 },
	{ "ut",		W_ZONE,	0 },
	{ "utc",	W_ZONE,	0 },
	{ "v",		W_ZONE,	540 },
	{ "w",		W_ZONE,	600 },
	{ "wat",	W_ZONE,	60 },
	{ "wed",	W_WEEKDAY, 3 },
	{ "wednesday",	W_WEEKDAY, 3 },
	{ "west",	W_ZONE,	60 },
	{ "wet",	W_ZONE,	0 },
	{ "wib",	W_ZONE,	420 },
	{ "x",		W_ZONE,	660 },
	{ "y",		W_ZONE,	720 },
	{ "z",		W_ZONE,	0 },
};

#define WORD_MAX	16	/* longer than any entry: such a word is unknown */

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static int
to_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static const char *
skip_space(const char *p)
{
	while (is_space((unsigned char)*p))
		p++;
	return p;
}

static size_t
digit_span(const char *p)
{
	size_t n = 0;

	while (is_digit((unsigned char)p[n]))
		n++;
	return n;
}

/* Value of the n (<= 9) digits at p. */
static int
digits_val(const char *p, size_t n)
{
	int v = 0;

	while (n--)
		v = v * 10 + (*p++ - '0');
	return v;
}

static int
word_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const struct word *)elem)->name);
}

/* Look up the letters at p[0..n) case-insensitively; NULL when unknown. */
static const struct word *
word_find(const char *p, size_t n)
{
	char w[WORD_MAX];
	size_t i;

	if (n == 0 || n >= sizeof(w))
		return NULL;
	for (i = 0; i < n; i++)
		w[i] = (char)to_lower((unsigned char)p[i]);
	w[n] = '\0';
	return bsearch(w, words, sizeof(words) / sizeof(words[0]),
	    sizeof(words[0]), word_cmp);
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/* RFC 2822 section 4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx;
 * three-digit years count from 1900. */
static int
year_widen(int y, size_t ndigits)
{
	if (ndigits <= 2)
		return y < 50 ? 2000 + y : 1900 + y;
	if (ndigits == 3)
		return 1900 + y;
	return y;
}

/*
 * A zone offset after its sign: "hh", "h", "hhmm" or "hh:mm".  *pp is left
 * after it.  Offsets of 24 hours or more are not zones but garbage.
 */
static int
offset_parse(const char **pp, int *off)
{
	const char *p = *pp;
	int sign, h, m = 0;
	size_t n;

	sign = *p++ == '-' ? -1 : 1;
	n = digit_span(p);
	if (n == 4) {
		h = digits_val(p, 2);
		m = digits_val(p + 2, 2);
		p += 4;
	} else if (n == 1 || n == 2) {
		h = digits_val(p, n);
		p += n;
		if (*p == ':') {
			if (digit_span(p + 1) != 2)
				return -1;
			m = digits_val(p + 1, 2);
			p += 3;
		}
	} else
		return -1;
	if (h > 23 || m > 59)
		return -1;
	*off = sign * (h * 60 + m);
	*pp = p;
	return 0;
}

/* Skip ".123" or ",5" after seconds: the output has whole seconds. */
static const char *
skip_fraction(const char *p)
{
	if ((*p == '.' || *p == ',') && is_digit((unsigned char)p[1])) {
		p++;
		while (is_digit((unsigned char)*p))
			p++;
	}
	return p;
}

/*
 * Days since 1970-01-01 of a proleptic Gregorian date and back (H. Hinnant's
 * algorithms: exact for every year, no tables, no libc).  A 400-year era
 * has 146097 days; March-based years put the leap day last.
 */
static long long
days_from_civil(long long y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long long z, long long *y, int *m, int *d)
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* The seconds of 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: RFC 3339
 * has four-digit years. */
#define YEAR0_SECS	(-62167219200LL)
#define YEAR10K_SECS	(253402300800LL)

static int
when_time(const struct when *w, time_t *out)
{
	long long t;

	if (w->year < 0 || w->year > 9999 || w->mon < 1 || w->mon > 12 ||
	    w->day < 1 || w->day > month_days(w->year, w->mon))
		return -1;
	/* 24:00:00 is the end of the day, as ISO 8601 allows. */
	if (w->hour == 24 ? (w->min || w->sec) : w->hour > 23)
		return -1;
	if (w->hour < 0 || w->min < 0 || w->min > 59 || w->sec < 0 || w->sec > 60)
		return -1;
	/* A leap second (:60) and 24:00 run on into the next minute or
	 * day, as timegm() has them. */
	t = days_from_civil(w->year, w->mon, w->day) * 86400 +
	    w->hour * 3600 + w->min * 60 + w->sec;
	t -= (long long)w->off * 60;
	/* The result must still print as a four-digit RFC 3339 year. */
	if (t < YEAR0_SECS || t >= YEAR10K_SECS)
		return -1;
	*out = (time_t)t;
	return 0;
}

/* Day of year (1-366) to month and day. */
static int
ordinal_date(struct when *w, int yday)
{
	int m;

	if (yday < 1 || yday > (is_leap(w->year) ? 366 : 365))
		return -1;
	for (m = 1; yday > month_days(w->year, m); m++)
		yday -= month_days(w->year, m);
	w->mon = m;
	w->day = yday;
	return 0;
}

/* The zone after an ISO time: "Z", an offset, or a zone word optionally
 * followed by an offset ("UTC", "GMT+01:00"). */
static int
iso_zone(const char **pp, int *off)
{
	const char *p = skip_space(*pp);
	const struct word *wd;
	size_t n;

	*off = 0;
	if (*p == '+' || *p == '-') {
		if (offset_parse(&p, off) == -1)
			return -1;
	} else if (is_alpha((unsigned char)*p)) {
		for (n = 0; is_alpha((unsigned char)p[n]); n++)
			;
		wd = word_find(p, n);
		if (wd == NULL || wd->kind != W_ZONE)
			return -1;
		*off = wd->val;
		p += n;
		if ((*p == '+' || *p == '-') && offset_parse(&p, off) == -1)
			return -1;
	}
	*pp = p;
	return 0;
}

static int
iso_parse(const char *s, struct when *w)
{
	const char *p = skip_space(s);
	size_t n;
	int basic;

	memset(w, 0, sizeof(*w));
	w->mon = w->day = 1;
	n = digit_span(p);
	basic = n != 4;
	if (n == 4) {
		w->year = digits_val(p, 4);
		p += 4;
		if (*p == '-') {
			p++;
			n = digit_span(p);
			if (n == 3 && p[3] != '-') {
				if (ordinal_date(w, digits_val(p, 3)) == -1)
					return -1;
			} else if (n == 1 || n == 2 || (n == 3 && p[0] == '0')) {
				/* "2003-012-31" is a known generator bug. */
				w->mon = digits_val(p, n);
				if (p[n] == '-') {
					p += n + 1;
					n = digit_span(p);
					if (n != 1 && n != 2)
						return -1;
					w->day = digits_val(p, n);
				}
			} else
				return -1;
			p += n;
		}
	} else if (n == 8) {
		w->year = digits_val(p, 4);
		w->mon = digits_val(p + 4, 2);
		w->day = digits_val(p + 6, 2);
		p += 8;
	} else if (n == 7) {
		w->year = digits_val(p, 4);
		if (ordinal_date(w, digits_val(p + 4, 3)) == -1)
			return -1;
		p += 7;
	} else
		return -1;

	if (*skip_space(p) == '\0')
		return 0;
	if (*p == 'T' || *p == 't')
		p++;
	else if (is_space((unsigned char)*p))
		p = skip_space(p);
	else
		return -1;

	n = digit_span(p);
	if ((n == 1 || n == 2) && p[n] == ':') {
		w->hour = digits_val(p, n);
		p += n + 1;
		if (digit_span(p) != 2)
			return -1;
		w->min = digits_val(p, 2);
		p += 2;
		if (*p == ':') {
			if (digit_span(p + 1) != 2)
				return -1;
			w->sec = digits_val(p + 1, 2);
			p += 3;
		}
	} else if (n == 4 || n == 6) {
		/* "T151801" belongs to the basic format only. */
		if (!basic)
			return -1;
		w->hour = digits_val(p, 2);
		w->min = digits_val(p + 2, 2);
		w->sec = n == 6 ? digits_val(p + 4, 2) : 0;
		p += n;
	} else
		return -1;
	p = skip_fraction(p);
	if (*p == 'Z' || *p == 'z')
		p++;
	else if (iso_zone(&p, &w->off) == -1)
		return -1;
	return *skip_space(p) == '\0' ? 0 : -1;
}

/* What words_parse() has seen so far. */
struct seen {
	unsigned day:1, mon:1, year:1, time:1;
	unsigned zone_word:1, zone_num:1, ampm:1, pm:1;
	const char *zone_end;	/* just after the last zone word */
};

/* "h:m", "h:m:s", "h:m:s.frac" at p; *pp is left after it. */
static int
time_parse(const char **pp, struct when *w)
{
	const char *p = *pp;
	int part[3] = { 0, 0, 0 };
	size_t i, n;

	for (i = 0; i < 3; i++) {
		n = digit_span(p);
		if (n < 1 || n > 2)
			return -1;
		part[i] = digits_val(p, n);
		p += n;
		if (*p != ':' || !is_digit((unsigned char)p[1]))
			break;
		p++;
	}
	if (i == 3)		/* a fourth part: "1:2:3:4" */
		return -1;
	w->hour = part[0];
	w->min = part[1];
	w->sec = part[2];
	*pp = skip_fraction(p);
	return 0;
}

/*
 * An all-numeric date at p: "2006/09/15", "2006-09-15", "15.09.2006",
 * "09/15/2006".  Year first is Y-M-D; year last with dots is D.M.Y; year
 * last with slashes or dashes is D/M/Y when the first field cannot be a
 * month and the US M/D/Y otherwise, the commoner reading in feeds.
 */
static int
numeric_date(const char **pp, struct when *w)
{
	const char *p = *pp;
	int v[3];
	size_t len[3], i;
	char sep = p[digit_span(p)];

	for (i = 0; i < 3; i++) {
		len[i] = digit_span(p);
		if (len[i] < 1 || len[i] > 4)
			return -1;
		v[i] = digits_val(p, len[i]);
		p += len[i];
		if (i < 2) {
			if (*p != sep)
				return -1;
			p++;
		}
	}
	if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) {
		w->year = v[0];
		w->mon = v[1];
		w->day = v[2];
	} else if (len[2] == 4 && len[0] <= 2 && len[1] <= 2) {
		w->year = v[2];
		if (sep == '.' || v[0] > 12) {
			w->day = v[0];
			w->mon = v[1];
		} else {
			w->mon = v[0];
			w->day = v[1];
		}
	} else
		return -1;
	*pp = p;
	return 0;
}

static int
ordinal_suffix(const char *p)
{
	static const char *const sfx[] = { "st", "nd", "rd", "th" };
	size_t i;

	for (i = 0; i < sizeof(sfx) / sizeof(sfx[0]); i++)
		if (to_lower((unsigned char)p[0]) == sfx[i][0] &&
		    to_lower((unsigned char)p[1]) == sfx[i][1] &&
		    !is_alpha((unsigned char)p[2]))
			return 1;
	return 0;
}

/* A run of digits in free text; *pp is left after what was taken. */
static int
words_number(const char **pp, struct when *w, struct seen *sn)
{
	const char *p = *pp;
	size_t n = digit_span(p);
	char next = p[n];
	int v;

	if (next == ':' && is_digit((unsigned char)p[n + 1])) {
		if (sn->time || time_parse(pp, w) == -1)
			return -1;
		sn->time = 1;
		return 0;
	}
	if ((next == '-' || next == '/' || next == '.') &&
	    is_digit((unsigned char)p[n + 1])) {
		if (sn->day || sn->mon || sn->year || numeric_date(pp, w) == -1)
			return -1;
		sn->day = sn->mon = sn->year = 1;
		return 0;
	}
	if (n > 4)
		return -1;
	v = digits_val(p, n);
	p += n;
	if (n <= 2 && ordinal_suffix(p)) {
		if (sn->day)
			return -1;
		p += 2;
		w->day = v;
		sn->day = 1;
	} else if (n <= 2 && !sn->day && v >= 1 && v <= 31) {
		w->day = v;
		sn->day = 1;
	} else if (!sn->year) {
		w->year = year_widen(v, n);
		sn->year = 1;
	} else
		return -1;
	*pp = p;
	return 0;
}

/* A run of letters in free text; *pp is left after it. */
static int
words_word(const char **pp, struct when *w, struct seen *sn)
{
	const char *p = *pp;
	const struct word *wd;
	size_t n;

	for (n = 0; is_alpha((unsigned char)p[n]); n++)
		;
	*pp = p + n;
	/* The "T" of "2004-01-05T10:00" separates date and time. */
	if (n == 1 && (*p == 'T' || *p == 't') && sn->day &&
	    is_digit((unsigned char)p[1]))
		return 0;
	if ((wd = word_find(p, n)) == NULL)
		return -1;
	switch (wd->kind) {
	case W_MONTH:
		if (sn->mon)
			return -1;
		w->mon = wd->val;
		sn->mon = 1;
		break;
	case W_WEEKDAY:
	case W_NOISE:
		break;
	case W_AMPM:
		if (sn->ampm)
			return -1;
		sn->ampm = 1;
		sn->pm = wd->val;
		break;
	case W_ZONE:
		if (!sn->time && !strcmp(wd->name, "at"))
			break;		/* "Jan 5 at 3:00" */
		if (sn->zone_word)
			return -1;
		sn->zone_word = 1;
		sn->zone_end = *pp;
		/* "-0400 EDT": the number is the more precise of the two. */
		if (!sn->zone_num)
			w->off = wd->val;
		break;
	}
	return 0;
}

static int
words_parse(const char *s, struct when *w)
{
	struct seen sn;
	const char *p = s;
	int depth, off;

	memset(w, 0, sizeof(*w));
	memset(&sn, 0, sizeof(sn));
	while (*p) {
		unsigned char c = (unsigned char)*p;

		if (is_space(c) || c == ',' || c == '.' || c == '/') {
			p++;
			continue;
		}
		if (c == '(') {		/* "(EDT)": a comment, as in RFC 822 */
			for (depth = 0; *p; p++) {
				if (*p == '(')
					depth++;
				else if (*p == ')' && --depth == 0) {
					p++;
					break;
				}
			}
			continue;
		}
		if (c == '+' || c == '-') {
			/*
			 * A sign starts a zone offset when it follows a space
			 * or a zone word ("GMT-01:01"); a dash inside
			 * "06-Nov-94" only separates.
			 */
			if (c == '+' || p == s || is_space((unsigned char)p[-1]) ||
			    sn.zone_end == p) {
				if (!is_digit((unsigned char)p[1])) {
					if (c == '+')
						return -1;
					p++;
					continue;
				}
				if (sn.zone_num || offset_parse(&p, &off) == -1)
					return -1;
				w->off = off;
				sn.zone_num = 1;
				continue;
			}
			p++;
			continue;
		}
		if (is_digit(c)) {
			if (words_number(&p, w, &sn) == -1)
				return -1;
			continue;
		}
		if (is_alpha(c)) {
			if (words_word(&p, w, &sn) == -1)
				return -1;
			continue;
		}
		return -1;
	}
	if (!sn.day || !sn.mon || !sn.year)
		return -1;
	/* "15:18 PM" happens: a 24-hour time ignores the marker. */
	if (sn.ampm) {
		if (!sn.time)
			return -1;
		if (w->hour >= 1 && w->hour <= 12)
			w->hour = w->hour % 12 + (sn.pm ? 12 : 0);
	}
	return 0;
}

/*
 * The one form nearly every RSS feed writes, RFC 822 as RFC 2822 tidied
 * it: "Tue, 15 Nov 2026 10:00:00 GMT" (weekday optional, a one- or
 * two-digit day, "GMT", "UT", "UTC", "Z" or a four-digit offset), read in
 * one pass without words_parse()'s word search, which cost ten times as
 * much and is a tenth of a feed's parse.  Anything else, or anything in
 * doubt, returns -1 and goes the general way, which reads these strings to
 * the same fields.
 */
static int
rfc822_fast(const char *p, struct when *w)
{
	/*
	 * The months and weekdays are spelt a second time here, beside
	 * words[], on purpose.  words[] is sorted by name for bsearch(),
	 * so a month's number is had from it only by a search, and that
	 * search is the cost this reader exists to avoid.  Here the months
	 * are in the calendar's order, so that the place of a match is the
	 * month's number, found by a few memcmp()s of three bytes.  A month
	 * out of its place here gives wrong dates, which
	 * test_rfc822_matches_libc (every month and weekday, against
	 * timegm()) catches; a name missing or misspelt here only sends its
	 * dates the general way, through words[], to the same answer.
	 */
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	static const char days[] = "monsuntuewedthufrisat";
	char lc[3];
	size_t i, n;

	memset(w, 0, sizeof(*w));
	if (is_alpha((unsigned char)p[0])) {
		if (p[1] == '\0' || p[2] == '\0' || p[3] != ',' || p[4] != ' ')
			return -1;
		for (i = 0; i < 3; i++)
			lc[i] = (char)to_lower((unsigned char)p[i]);
		for (i = 0; i + 3 <= sizeof(days) - 1; i += 3)
			if (memcmp(lc, days + i, 3) == 0)
				break;
		if (i + 3 > sizeof(days) - 1)
			return -1;
		p += 5;
	}
	n = digit_span(p);
	if ((n != 1 && n != 2) || p[n] != ' ')
		return -1;
	w->day = digits_val(p, n);
	if (w->day < 1 || w->day > 31)
		return -1;
	p += n + 1;
	if (p[0] == '\0' || p[1] == '\0' || p[2] == '\0' || p[3] != ' ')
		return -1;
	for (i = 0; i < 3; i++)
		lc[i] = (char)to_lower((unsigned char)p[i]);
	for (i = 0; i + 3 <= sizeof(months) - 1; i += 3)
		if (memcmp(lc, months + i, 3) == 0)
			break;
	if (i + 3 > sizeof(months) - 1)
		return -1;
	w->mon = (int)(i / 3) + 1;
	p += 4;
	if (digit_span(p) != 4 || p[4] != ' ')
		return -1;
	w->year = digits_val(p, 4);
	p += 5;
	if (digit_span(p) != 2 || p[2] != ':' || digit_span(p + 3) != 2 ||
	    p[5] != ':' || digit_span(p + 6) != 2 || p[8] != ' ')
		return -1;
	w->hour = digits_val(p, 2);
	w->min = digits_val(p + 3, 2);
	w->sec = digits_val(p + 6, 2);
	p += 9;
	if (*p == '+' || *p == '-') {
		if (digit_span(p + 1) != 4 || p[5] != '\0' ||
		    offset_parse(&p, &w->off) == -1)
			return -1;
		return 0;
	}
	for (n = 0; is_alpha((unsigned char)p[n]); n++)
		;
	if (p[n] != '\0')
		return -1;
	if ((n == 3 && to_lower((unsigned char)p[0]) == 'g' &&
	    to_lower((unsigned char)p[1]) == 'm' &&
	    to_lower((unsigned char)p[2]) == 't') ||
	    (n == 3 && to_lower((unsigned char)p[0]) == 'u' &&
	    to_lower((unsigned char)p[1]) == 't' &&
	    to_lower((unsigned char)p[2]) == 'c') ||
	    (n == 2 && to_lower((unsigned char)p[0]) == 'u' &&
	    to_lower((unsigned char)p[1]) == 't') ||
	    (n == 1 && to_lower((unsigned char)p[0]) == 'z'))
		return 0;
	return -1;
}

int
date_parse(const char *s, time_t *out)
{
	struct when w;

	if (s == NULL)
		return -1;
	if (rfc822_fast(s, &w) == 0)
		return when_time(&w, out);
	if (iso_parse(s, &w) == 0 && when_time(&w, out) == 0)
		return 0;
	if (words_parse(s, &w) == 0 && when_time(&w, out) == 0)
		return 0;
	return -1;
}

static void
put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10);
	p[1] = (char)('0' + v % 10);
}

void
date_format(time_t t, char *out, size_t outsz)
{
	long long days, secs, y;
	int m, d;

	if (outsz == 0)
		return;
	out[0] = '\0';
	/* Outside four-digit years there is no RFC 3339 form. */
	if ((long long)t < YEAR0_SECS || (long long)t >= YEAR10K_SECS ||
	    outsz < sizeof("YYYY-MM-DDTHH:MM:SSZ"))
		return;
	days = (long long)t / 86400;
	secs = (long long)t % 86400;
	if (secs < 0) {
		secs += 86400;
		days--;
	}
	civil_from_days(days, &y, &m, &d);
	put2(out, (int)(y / 100));
	put2(out + 2, (int)(y % 100));
	out[4] = '-';
	put2(out + 5, m);
	out[7] = '-';
	put2(out + 8, d);
	out[10] = 'T';
	put2(out + 11, (int)(secs / 3600));
	out[13] = ':';
	put2(out + 14, (int)(secs / 60 % 60));
	out[16] = ':';
	put2(out + 17, (int)(secs % 60));
	out[19] = 'Z';
	out[20] = '\0';
}

char *
date_normalize(const char *s)
{
	char buf[32];
	time_t t;

	if (date_parse(s, &t) == -1)
		return NULL;
	date_format(t, buf, sizeof(buf));
	if (buf[0] == '\0')
		return NULL;
	return xstrdup(buf);
}
