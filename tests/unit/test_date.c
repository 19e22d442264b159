/*
 * Date forms seen in real feeds, each with the RFC 3339 UTC string it must
 * become, and strings that must be refused.  One TAP line per case, named
 * by its input, so a failure says which form broke.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "common/xmalloc.h"
#include "feeds/date.h"

struct date_case {
	const char *in;
	const char *want;	/* NULL: must be rejected */
};

static const struct date_case cases[] = {
	/* RFC 822 / RFC 2822 as written */
	{ "Thu, 01 Jan 2004 19:48:21 GMT",	"2004-01-01T19:48:21Z" },
	{ "Sat, 07 Sep 2002 00:00:01 GMT",	"2002-09-07T00:00:01Z" },
	{ "Sat, 07 Sep 2002 00:00:01 UT",	"2002-09-07T00:00:01Z" },
	{ "Sat, 07 Sep 2002 00:00:01 Z",	"2002-09-07T00:00:01Z" },
	{ "Sat, 07 Sep 2002 00:00:01 UTC",	"2002-09-07T00:00:01Z" },
	{ "Sun, 06 Nov 1994 08:49:37 +0000",	"1994-11-06T08:49:37Z" },
	{ "Mon, 05 Jan 2004 15:18:01 +0530",	"2004-01-05T09:48:01Z" },
	{ "Mon, 05 Jan 2004 15:18:01 -0800",	"2004-01-05T23:18:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 EST",	"2003-06-10T14:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 EDT",	"2003-06-10T13:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 CST",	"2003-06-10T15:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 CDT",	"2003-06-10T14:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 MST",	"2003-06-10T16:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 MDT",	"2003-06-10T15:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 PST",	"2003-06-10T17:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 PDT",	"2003-06-10T16:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 A",	"2003-06-10T10:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 N",	"2003-06-10T08:41:01Z" },
	{ "Tue, 10 Jun 2003 09:41:01 Y",	"2003-06-09T21:41:01Z" },
	{ "Thu, 30 Apr 2015 08:57:00 MET",	"2015-04-30T07:57:00Z" },
	{ "Thu, 30 Apr 2015 08:57:00 MEST",	"2015-04-30T06:57:00Z" },
	{ "Thu, 30 Apr 2015 08:57:00 CEST",	"2015-04-30T06:57:00Z" },
	{ "Sat, 07 Sep 2002 00:00:01 EEST",	"2002-09-06T21:00:01Z" },
	{ "Thu, 01 Jan 2004 09:00:00 JST",	"2004-01-01T00:00:00Z" },
	{ "Thu, 01 Jan 2004 09:00:00 AEST",	"2003-12-31T23:00:00Z" },
	/* real-world variants of RFC 822 */
	{ "Thu, 01 Jan 04 19:48:21 GMT",	"2004-01-01T19:48:21Z" },
	{ "Thu, 01 Jan 99 19:48:21 GMT",	"1999-01-01T19:48:21Z" },
	{ "01 Jan 2004 19:48:21 GMT",		"2004-01-01T19:48:21Z" },
	{ "Thu, 01 Jan 2004 19:48 GMT",		"2004-01-01T19:48:00Z" },
	{ "Thu, 01 Jan 2004",			"2004-01-01T00:00:00Z" },
	{ "Thu,  5 Apr 2012 10:00:00 GMT",	"2012-04-05T10:00:00Z" },
	{ "Sun, 1 Jan 2006 9:05:07 GMT",	"2006-01-01T09:05:07Z" },
	{ "thu, 01 jan 2004 19:48:21 gmt",	"2004-01-01T19:48:21Z" },
	{ "THU, 01 JAN 2004 19:48:21 GMT",	"2004-01-01T19:48:21Z" },
	{ "Sun,06 Nov 1994 08:49:37 GMT",	"1994-11-06T08:49:37Z" },
	{ "Thu. 01 Jan. 2004 19:48:21 GMT",	"2004-01-01T19:48:21Z" },
	{ "Mon, 13 Feb, 2012 06:28:00 UTC",	"2012-02-13T06:28:00Z" },
	{ "Thursday, 01 January 2004 19:48:21 GMT", "2004-01-01T19:48:21Z" },
	{ "Mon, 26 January 2004 16:31:00 AT",	"2004-01-26T20:31:00Z" },
	{ "Mon, 26 January 2004 16:31:00 ET",	"2004-01-26T21:31:00Z" },
	{ "Mon, 26 January 2004 16:31:00 CT",	"2004-01-26T22:31:00Z" },
	{ "Mon, 26 January 2004 16:31:00 MT",	"2004-01-26T23:31:00Z" },
	{ "Mon, 26 January 2004 16:31:00 PT",	"2004-01-27T00:31:00Z" },
	{ "Tue, 10 Sept 2013 10:00:00 GMT",	"2013-09-10T10:00:00Z" },
	{ "Tues, 10 Sep 2013 10:00:00 GMT",	"2013-09-10T10:00:00Z" },
	{ "Wed, 19 Feb 2012 22:40:00 -01:01",	"2012-02-19T23:41:00Z" },
	{ "Wed, 19 Feb 2012 22:40:00 GMT-01:01", "2012-02-19T23:41:00Z" },
	{ "Wed, 19 Feb 2012 22:40:00 GMT+1",	"2012-02-19T21:40:00Z" },
	{ "Wed, 19 Feb 2012 22:40:00 UTC+05:30", "2012-02-19T17:10:00Z" },
	{ "Thu, 01 Jan 2004 19:48:21 +01",	"2004-01-01T18:48:21Z" },
	{ "Wed, 19 Aug 2009 18:28:00 Etc/GMT",	"2009-08-19T18:28:00Z" },
	{ "Tue, 10 Jun 2003 09:41:01 -0400 (EDT)", "2003-06-10T13:41:01Z" },
	{ "Thu, 01 Jan 2004 00:00:00 +0000 GMT", "2004-01-01T00:00:00Z" },
	{ "Thu, 01 Jan 2004 05:00:00 EST -0500", "2004-01-01T10:00:00Z" },
	{ "Tue, 10 Jun 2003 09:41:01.000 GMT",	"2003-06-10T09:41:01Z" },
	{ "Thu, 01 Jan 0100 00:00:01 +0100",	"0099-12-31T23:00:01Z" },
	/* day and month swapped, asctime, RFC 850, US prose */
	{ "Thu Aug 30 2012 17:26:16 +0200",	"2012-08-30T15:26:16Z" },
	{ "Sun Jan  4 16:29:06 2004",		"2004-01-04T16:29:06Z" },
	{ "Sun Jul 15 01:16:00 +0000 2012",	"2012-07-15T01:16:00Z" },
	{ "Jan 1 2004",				"2004-01-01T00:00:00Z" },
	{ "Jan 1, 2004 10:00 GMT",		"2004-01-01T10:00:00Z" },
	{ "5 January 2004",			"2004-01-05T00:00:00Z" },
	{ "Sunday, 06-Nov-94 08:49:37 GMT",	"1994-11-06T08:49:37Z" },
	{ "Thu, 01-Jan-2004 00:00:00 GMT",	"2004-01-01T00:00:00Z" },
	{ "Thursday, January 1, 2004 10:00:00 AM", "2004-01-01T10:00:00Z" },
	{ "Thursday, January 1, 2004 12:30:00 AM", "2004-01-01T00:30:00Z" },
	{ "Mon, 5 Jan 2004 3:18 pm",		"2004-01-05T15:18:00Z" },
	{ "Mon, 05 Jan 2004 15:18:01 PM",	"2004-01-05T15:18:01Z" },
	{ "January 5th, 2004 at 3:04 PM EST",	"2004-01-05T20:04:00Z" },
	{ "Nov 6, 1994, 8:49 am",		"1994-11-06T08:49:00Z" },
	{ "Fri, 2006/09/15 08:19:53 EDT",	"2006-09-15T12:19:53Z" },
	{ "15.09.2006 08:19",			"2006-09-15T08:19:00Z" },
	{ "09/15/2006 08:19:53 PM",		"2006-09-15T20:19:53Z" },
	{ "15/09/2006",				"2006-09-15T00:00:00Z" },
	/* ISO 8601 / W3C-DTF / RFC 3339 */
	{ "2003-12-31T10:14:55Z",		"2003-12-31T10:14:55Z" },
	{ "2003-12-31T10:14:55z",		"2003-12-31T10:14:55Z" },
	{ "2003-12-31t10:14:55Z",		"2003-12-31T10:14:55Z" },
	{ "2003-12-31T10:14:55-08:00",		"2003-12-31T18:14:55Z" },
	{ "2003-12-31T18:14:55+08:00",		"2003-12-31T10:14:55Z" },
	{ "2003-12-31T18:14:55+0800",		"2003-12-31T10:14:55Z" },
	{ "2003-12-31T18:14:55+08",		"2003-12-31T10:14:55Z" },
	{ "2003-12-31T10:14:55.1234Z",		"2003-12-31T10:14:55Z" },
	{ "2007-04-23T23:25:47.538+10:00",	"2007-04-23T13:25:47Z" },
	{ "2002-09-07T00:00:01,5+05:30",	"2002-09-06T18:30:01Z" },
	{ "2003-12-31T10:14Z",			"2003-12-31T10:14:00Z" },
	{ "2003-12-31T10:14",			"2003-12-31T10:14:00Z" },
	{ "2003-12-31T10:14:55",		"2003-12-31T10:14:55Z" },
	{ "2004-07-13T9:15-05:00",		"2004-07-13T14:15:00Z" },
	{ "2003-12-31",				"2003-12-31T00:00:00Z" },
	{ "2003-12",				"2003-12-01T00:00:00Z" },
	{ "2003",				"2003-01-01T00:00:00Z" },
	{ "2004-1-5",				"2004-01-05T00:00:00Z" },
	{ "2003-012-31T10:14:55+00:00",		"2003-12-31T10:14:55Z" },
	{ "2004-060",				"2004-02-29T00:00:00Z" },
	{ "20040105T151801Z",			"2004-01-05T15:18:01Z" },
	{ "20040105T1518+0100",			"2004-01-05T14:18:00Z" },
	{ "20040105",				"2004-01-05T00:00:00Z" },
	{ "2004-07-08 23:56:58",		"2004-07-08T23:56:58Z" },
	{ "2004-07-08 23:56:58.0",		"2004-07-08T23:56:58Z" },
	{ "2004-07-08 23:56:58 -00:20",		"2004-07-09T00:16:58Z" },
	{ "2004-07-08 23:56:58 UTC",		"2004-07-08T23:56:58Z" },
	{ "2004-07-08T23:56:58 GMT+01:00",	"2004-07-08T22:56:58Z" },
	{ "  2004-07-08T23:56:58Z\n",		"2004-07-08T23:56:58Z" },
	{ "2004-01-05T24:00:00Z",		"2004-01-06T00:00:00Z" },
	/* calendar edges and the offset carrying across them */
	{ "2004-02-28T18:14:55-08:00",		"2004-02-29T02:14:55Z" },
	{ "2003-02-28T18:14:55-08:00",		"2003-03-01T02:14:55Z" },
	{ "2000-02-28T18:14:55-08:00",		"2000-02-29T02:14:55Z" },
	{ "2004-02-29",				"2004-02-29T00:00:00Z" },
	{ "1970-01-01T00:00:00Z",		"1970-01-01T00:00:00Z" },
	{ "Wed, 31 Dec 1969 23:59:59 GMT",	"1969-12-31T23:59:59Z" },
	{ "9999-12-31T23:59:59Z",		"9999-12-31T23:59:59Z" },

	/* refused */
	{ "", NULL },
	{ "   ", NULL },
	{ "yesterday", NULL },
	{ "Jan 2004", NULL },
	{ "Sun, 16 Dec 2012 1:2:3:4 GMT", NULL },	/* four time parts */
	{ "Sun, 16 zzz 2012 11:47:32 GMT", NULL },	/* no such month */
	{ "Sun, Dec x 2012 11:47:32 GMT", NULL },	/* no day */
	{ "Sun, 16 Dec zz 11:47:32 GMT", NULL },	/* no year */
	{ "Sun, 16 Dec 2012 11:47:32 +zz:00", NULL },
	{ "Sun, 16 Dec 2012 11:47:32 +00:zz", NULL },
	{ "Sun, 99 Jun 2009 12:00:00 GMT", NULL },	/* day 99 */
	{ "Sun, 31 Dec 9999 23:59:59 -9999", NULL },	/* offset 99 hours */
	{ "Thu, 31 Apr 2004 10:00:00 GMT", NULL },
	{ "Thu, 01 Jan 2004 00:00:00 GMT GMT", NULL },	/* two zones */
	{ "Thu, 01 Jan 2004 00:00:00 +0000 +0100", NULL },
	{ "Thu, 01 Jan Feb 2004", NULL },		/* two months */
	{ "Mon, 26 Jan 2004 16:31:00 ABC", NULL },
	{ "Thu, 01 Jan 2004 25:00:00 GMT", NULL },
	{ "Thu, 01 Jan 2004 10:60:00 GMT", NULL },
	{ "Thu, 01 Jan 2004 10:00 PM 11:00", NULL },	/* two times */
	{ "Thu, 01 Jan 2004 10:00:00 +053", NULL },
	{ "2003-02-29", NULL },
	{ "2003-366", NULL },
	{ "2003-13-01", NULL },
	{ "2003-00-10", NULL },
	{ "2003-12-00", NULL },
	{ "2003-12-31T25:14:55Z", NULL },
	{ "2003-12-31T10:61:55Z", NULL },
	{ "2003-12-31T10:14:61Z", NULL },
	{ "2003-12-31T24:00:01Z", NULL },
	{ "2004-01-05T15:18:01+24:00", NULL },
	{ "9999-12-31T23:59:59-99:99", NULL },
	{ "9999-12-31T23:59:59-01:00", NULL },	/* year 10000 */
	{ "0000-01-01T00:00:00+00:01", NULL },	/* year -1 */
	{ "22013", NULL },
	{ "013", NULL },
	{ "2013-01-27-01", NULL },
	{ "2013-01-28T11:30:00-06:00Textra", NULL },
	{ "2013-xx-27", NULL },
	{ "2013-01-28T09:xx:00Z", NULL },
	{ "2013-01-28T09:00:00+00:xx", NULL },
	{ "2013-01-28T09Z", NULL },
	{ "1234567890", NULL },
	{ "Thu, 01 Jan 2004 19:48:21 \xce\x95\xce\xa3\xce\xa4", NULL },
	{ "Thu, 01 Jan 2004 (unterminated comment", "2004-01-01T00:00:00Z" },
};

static void
test_case(void **state)
{
	const struct date_case *c = *state;
	char *got = date_normalize(c->in);

	if (c->want == NULL)
		assert_null(got);
	else {
		assert_non_null(got);
		assert_string_equal(got, c->want);
	}
	free(got);
}

static void
test_format(void **state)
{
	char out[32];
	time_t t = 0;

	date_format(1321092000, out, sizeof(out));
	assert_string_equal(out, "2011-11-12T10:00:00Z");
	date_format(1321092000, out, 10);	/* too small: empty, not cut */
	assert_string_equal(out, "");
	assert_int_equal(date_parse("2011-11-12T10:00:00Z", &t), 0);
	assert_int_equal(t, 1321092000);
	assert_int_equal(date_parse(NULL, &t), -1);
	assert_null(date_normalize(NULL));
}

/* The reference: what date_format() printed when it used libc. */
static void
libc_format(time_t t, char *out, size_t outsz)
{
	struct tm tm;

	out[0] = '\0';
	if (gmtime_r(&t, &tm) != NULL)
		snprintf(out, outsz, "%04d-%02d-%02dT%02d:%02d:%02dZ",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
		    tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* The hand-written calendar against gmtime_r() and timegm() over the
 * whole four-digit range: a step that is not a multiple of a day or a
 * year lands on every hour, minute, day and month, leap days included. */
static void
test_calendar_matches_libc(void **state)
{
	const long long lo = -62167219200LL, hi = 253402300800LL;
	char got[32], want[96], in[96];
	long long t;
	time_t back;
	struct tm tm;

	for (t = lo; t < hi; t += 7777777) {
		date_format((time_t)t, got, sizeof(got));
		libc_format((time_t)t, want, sizeof(want));
		assert_string_equal(got, want);
		/* and back through the parser, with a zone offset */
		gmtime_r(&(time_t){ (time_t)t }, &tm);
		snprintf(in, sizeof(in), "%04d-%02d-%02dT%02d:%02d:%02d+01:30",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
		    tm.tm_hour, tm.tm_min, tm.tm_sec);
		if (t - 5400 >= lo) {
			assert_int_equal(date_parse(in, &back), 0);
			assert_true((long long)back == t - 5400);
		} else
			assert_int_equal(date_parse(in, &back), -1);
	}
	date_format((time_t)lo, got, sizeof(got));
	assert_string_equal(got, "0000-01-01T00:00:00Z");
	date_format((time_t)(hi - 1), got, sizeof(got));
	assert_string_equal(got, "9999-12-31T23:59:59Z");
	/* past the four-digit years there is no RFC 3339 form */
	date_format((time_t)hi, got, sizeof(got));
	assert_string_equal(got, "");
	date_format((time_t)(lo - 1), got, sizeof(got));
	assert_string_equal(got, "");
	/* 24:00 and a leap second run on, as timegm() has them */
	assert_int_equal(date_parse("2004-02-28T24:00:00Z", &back), 0);
	date_format(back, got, sizeof(got));
	assert_string_equal(got, "2004-02-29T00:00:00Z");
	assert_int_equal(date_parse("2016-12-31T23:59:60Z", &back), 0);
	date_format(back, got, sizeof(got));
	assert_string_equal(got, "2017-01-01T00:00:00Z");
}

/* RFC 822 dates as feeds write them, over a long range of instants and
 * zones, against timegm(): the one-pass reader of this form must agree
 * with the calendar, and impossible days (31 April, 29 February of a
 * common year) must still be refused. */
static void
test_rfc822_matches_libc(void **state)
{
	static const char *const wd[] = { "Sun", "Mon", "Tue", "Wed", "Thu",
	    "Fri", "Sat" };
	static const char *const mon[] = { "Jan", "feb", "MAR", "Apr", "May",
	    "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	static const char *const zone[] = { "GMT", "UT", "UTC", "Z", "gmt",
	    "+0000", "+0530", "-0800", "+1400", "-1200" };
	static const int zoff[] = { 0, 0, 0, 0, 0, 0, 330, -480, 840, -720 };
	char in[96];
	long long t;
	time_t got, want;
	struct tm tm;
	size_t k = 0;
	int d;

	(void)state;
	for (t = 0; t < 4102444800LL; t += 3333331, k++) {
		size_t z = k % (sizeof(zone) / sizeof(zone[0]));

		gmtime_r(&(time_t){ (time_t)t }, &tm);
		snprintf(in, sizeof(in), "%s%s%0*d %s %04d %02d:%02d:%02d %s",
		    k % 3 ? wd[tm.tm_wday] : "", k % 3 ? ", " : "",
		    k % 2 ? 2 : 1, tm.tm_mday, mon[tm.tm_mon],
		    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec,
		    zone[z]);
		assert_int_equal(date_parse(in, &got), 0);
		assert_true((long long)got == t - zoff[z] * 60LL);
	}
	/* every day number 1-31 of every month of a leap and a common year */
	for (k = 0; k < 24; k++) {
		for (d = 1; d <= 31; d++) {
			int y = k < 12 ? 2024 : 2025;

			snprintf(in, sizeof(in), "Mon, %02d %s %d 12:00:00 GMT",
			    d, mon[k % 12], y);
			memset(&tm, 0, sizeof(tm));
			tm.tm_year = y - 1900;
			tm.tm_mon = (int)(k % 12);
			tm.tm_mday = d;
			tm.tm_hour = 12;
			want = timegm(&tm);
			if (tm.tm_mday != d)	/* timegm() ran on: no such day */
				assert_int_equal(date_parse(in, &got), -1);
			else {
				assert_int_equal(date_parse(in, &got), 0);
				assert_true(got == want);
			}
		}
	}
	/* near misses of the form still read the general way */
	assert_int_equal(date_parse("Mon, 5 Jan 2004 10:00:00 EST", &got), 0);
	assert_true((long long)got == 1073314800LL);
	assert_int_equal(date_parse("Mon, 5 Jan 2004 10:00 GMT", &got), 0);
	assert_true((long long)got == 1073296800LL);
	assert_int_equal(date_parse("Mon, 05 Jan 2004 10:00:00 +01:00", &got), 0);
	assert_true((long long)got == 1073293200LL);
	assert_int_equal(date_parse("Xyz, 05 Jan 2004 10:00:00 GMT", &got), -1);
	assert_int_equal(date_parse("Mon, 05 Jan 2004 10:00:00 GMT x", &got), -1);
	assert_int_equal(date_parse("Mon, 32 Jan 2004 10:00:00 GMT", &got), -1);
	assert_int_equal(date_parse("Mon, 05 Jan 2004 25:00:00 GMT", &got), -1);
	assert_int_equal(date_parse("Mon, 05 Jan 2004 10:00:00 +2400", &got), -1);
}

/* A TAP-safe test name: the input quoted, control and non-ASCII bytes as \xNN. */
static char *
case_name(const char *in)
{
	char *name = xmalloc(strlen(in) * 4 + 3), *q = name;
	const unsigned char *p;

	*q++ = '"';
	for (p = (const unsigned char *)in; *p; p++) {
		if (*p < 0x20 || *p >= 0x7f || *p == '#')
			q += snprintf(q, 5, "\\x%02x", *p);
		else
			*q++ = (char)*p;
	}
	*q++ = '"';
	*q = '\0';
	return name;
}

int
main(void)
{
	size_t n = sizeof(cases) / sizeof(cases[0]), i;
	struct CMUnitTest *tests = xcalloc(n + 3, sizeof(*tests));
	int rc;

	for (i = 0; i < n; i++) {
		tests[i].name = case_name(cases[i].in);
		tests[i].test_func = test_case;
		tests[i].initial_state = (void *)&cases[i];
	}
	tests[n].name = "date_format";
	tests[n].test_func = test_format;
	tests[n + 1].name = "calendar matches libc";
	tests[n + 1].test_func = test_calendar_matches_libc;
	tests[n + 2].name = "RFC 822 matches libc";
	tests[n + 2].test_func = test_rfc822_matches_libc;
	rc = _cmocka_run_group_tests("date", tests, n + 3, NULL, NULL);
	for (i = 0; i < n; i++)
		free((char *)tests[i].name);
	free(tests);
	return rc;
}
