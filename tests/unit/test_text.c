#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "extract/text.h"

static char *
clean(const char *in)
{
	struct text *t = text_new(in, strlen(in));
	char *s = strdup(text_str(t, NULL));

	text_free(t);
	return s;
}

static void
test_html(void **state)
{
	char *s = clean("<html><head><style>p{color:red}</style>"
	    "<script>var x = '<p>not text</p>';</script></head><body>"
	    "<p>Gunmen&nbsp;killed <b>five</b> people &amp; wounded 3.</p>"
	    "<!-- a comment --><div>Police said&#8230; &#x201C;calm&#x201D;"
	    "&eacute;&hellip;</div></body></html>");

	assert_string_equal(s, "Gunmen killed five people & wounded 3.\n\n"
	    "Police said\xe2\x80\xa6 \"calm\"\xc3\xa9\xe2\x80\xa6");
	free(s);
}

static void
test_entities(void **state)
{
	const char *in = "a &lt;b&gt; &#65;&#x42; &bogus; &#0; &amp";
	char *s = text_decode_entities(in, strlen(in));

	assert_string_equal(s, "a <b> AB &bogus; \xef\xbf\xbd &amp");
	free(s);
}

static void
test_invalid_utf8(void **state)
{
	char *s = clean("caf\xc3 ok \xff\xfe end \xe2\x80");

	assert_string_equal(s, "caf\xef\xbf\xbd ok \xef\xbf\xbd\xef\xbf\xbd "
	    "end \xef\xbf\xbd\xef\xbf\xbd");
	free(s);
}

static void
test_boilerplate(void **state)
{
	char *s = clean("Support The Moscow Times!\n\n"
	    "Bomb Kills 3 In City Market\n\n"
	    "A bomb killed three people in a market on Monday, police said.\n\n"
	    "Share this article\n\n"
	    "Supporters of the bill said it would help.\n\n"
	    "Read more\n\n"
	    "Please consider making a donation to us.\n\nMore text.");

	assert_string_equal(s, "Bomb Kills 3 In City Market\n\n"
	    "A bomb killed three people in a market on Monday, police said.\n\n"
	    "Supporters of the bill said it would help.");
	free(s);
}

static void
test_headline_and_masthead(void **state)
{
	const char *in = "NEWS\nWorld\n\nTwo Killed In Attack On Checkpoint\n\n"
	    "Gunmen attacked a checkpoint on Sunday, killing two soldiers.";
	struct text *t = text_new(in, strlen(in));
	const struct text_sentence *h;

	assert_int_equal(text_headline(t), 0);
	h = text_sentence(t, 0);
	assert_memory_equal(text_str(t, NULL) + h->start,
	    "Two Killed In Attack On Checkpoint", h->end - h->start);
	text_free(t);

	/* Running text has no headline. */
	in = "Gunmen attacked a checkpoint on Sunday, killing two soldiers.";
	t = text_new(in, strlen(in));
	assert_int_equal(text_headline(t), -1);
	text_free(t);
}

static void
test_sentences(void **state)
{
	const char *in = "Mr. Smith of the U.S. Army said 3.5 tons were found "
	    "on Jan. 5. Gen. Ali disagreed! \"Why?\" he asked. It ended.";
	struct text *t = text_new(in, strlen(in));
	const char *s = text_str(t, NULL);
	const struct text_sentence *x;

	assert_int_equal(text_nsentences(t), 4);
	x = text_sentence(t, 0);
	assert_memory_equal(s + x->start, "Mr. Smith", 9);
	assert_int_equal(s[x->end - 1], '.');
	assert_int_equal(s[x->end - 2], '5');
	x = text_sentence(t, 1);
	assert_memory_equal(s + x->start, "Gen. Ali disagreed!", 19);
	x = text_sentence(t, 3);
	assert_memory_equal(s + x->start, "It ended.", 9);
	text_free(t);
}

/* Titles, ranks and initials before a name do not end the sentence; a
 * real end after an ordinary word still does. */
static void
test_title_abbrevs(void **state)
{
	static const char *const titles[] = {
		"Lt.", "Col.", "Gen.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Pvt.",
		"Adm.", "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Dr.", "Mr.",
		"Mrs.", "Ms.", "Prof.", "Rev.", "St.", "Mt.", "No.", "Jr.",
		"Sr.", "Insp.", "Supt.", "Det.",
	};
	char in[128];
	struct text *t;
	size_t i;

	for (i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
		snprintf(in, sizeof(in), "Eight people, including %s Onesphore "
		    "Niyonzima, were killed. Police said so.", titles[i]);
		t = text_new(in, strlen(in));
		if (text_nsentences(t) != 2)
			fail_msg("split after \"%s\"", titles[i]);
		text_free(t);
	}
	snprintf(in, sizeof(in), "Eight people, including Lt. Col. Onesphore "
	    "Niyonzima and John F. Kennedy, were killed. Police said so.");
	t = text_new(in, strlen(in));
	assert_int_equal(text_nsentences(t), 2);
	text_free(t);
	snprintf(in, sizeof(in), "The bomb hit a bus. Col. Ali said two "
	    "died. Officials in Kabul. Police said so.");
	t = text_new(in, strlen(in));
	assert_int_equal(text_nsentences(t), 4);
	text_free(t);
}

static void
test_wrapped_lines(void **state)
{
	char *s = clean("A car bomb exploded near the market in the town on\n"
	    "Friday, officials said, killing four people.\n\nSecond paragraph.");

	assert_string_equal(s, "A car bomb exploded near the market in the town "
	    "on Friday, officials said, killing four people.\n\nSecond "
	    "paragraph.");
	free(s);
}

static void
test_spaces(void **state)
{
	/* runs of spaces inside and across eight-byte blocks, and at the
	 * end of a block */
	char *s = clean("Bombers  killed   four people at a  checkpoint"
	    " in the town       on Friday, police said.  ");

	assert_string_equal(s, "Bombers killed four people at a checkpoint "
	    "in the town on Friday, police said.");
	free(s);
	s = clean("A bomb\nexploded    \nat  dawn");
	assert_string_equal(s, "A bomb\n\nexploded\n\nat dawn");
	free(s);
}

static void
test_cap(void **state)
{
	size_t n = TEXT_MAX_INPUT * 2, len;
	char *big = malloc(n);
	struct text *t;

	memset(big, 'a', n);
	memcpy(big, "<p>", 3);
	t = text_new(big, n);
	text_str(t, &len);
	assert_true(len <= TEXT_MAX_INPUT);
	text_free(t);
	t = text_new(NULL, 0);
	assert_int_equal(text_nsentences(t), 0);
	text_free(t);
	free(big);
}

/* The text of n bytes repeating unit, NUL-terminated; caller frees. */
static char *
repeat(const char *unit, size_t n)
{
	size_t k = strlen(unit), i;
	char *s = malloc(n + 1);

	for (i = 0; i < n; i++)
		s[i] = unit[i % k];
	s[n] = '\0';
	return s;
}

/* Check that t's sentences are pieces of at most TEXT_MAX_SENTENCE bytes
 * (none shorter than half of it but the last) that follow one another
 * with gap bytes between them and cover its text; return their number. */
static size_t
check_pieces(const struct text *t, size_t gap)
{
	size_t len, i, n = text_nsentences(t);
	const char *s = text_str(t, &len);

	assert_true(n > 1);
	assert_int_equal(text_sentence(t, 0)->start, 0);
	assert_int_equal(text_sentence(t, n - 1)->end, len);
	for (i = 0; i < n; i++) {
		const struct text_sentence *x = text_sentence(t, i);

		assert_true(x->end - x->start <= TEXT_MAX_SENTENCE);
		assert_true(i + 1 == n ||
		    x->end - x->start >= TEXT_MAX_SENTENCE / 2);
		/* never inside a UTF-8 character */
		assert_true(((unsigned char)s[x->start] & 0xc0) != 0x80);
		if (i + 1 < n)
			assert_int_equal(text_sentence(t, i + 1)->start,
			    x->end + gap);
	}
	return n;
}

/* A stretch of text with no sentence end in it (run-on words of a broken
 * or hostile feed) is read as pieces of at most TEXT_MAX_SENTENCE bytes,
 * cut between words where it can be and never inside a character: the
 * extractor weighs a sentence's words against one another, in time that
 * grows with the square of its length, and one such text held the
 * daemon's loop for seconds. */
static void
test_long_sentence(void **state)
{
	char *in = repeat("gunmen opened fire at a market in Kabul ",
	    TEXT_MAX_INPUT);
	struct text *t = text_new(in, TEXT_MAX_INPUT);
	const char *s = text_str(t, NULL);
	size_t i, n;

	/* words: cut at a space, which neither piece keeps */
	n = check_pieces(t, 1);
	assert_true(n >= TEXT_MAX_INPUT / TEXT_MAX_SENTENCE);
	for (i = 0; i + 1 < n; i++)
		assert_int_equal(s[text_sentence(t, i)->end], ' ');
	text_free(t);
	free(in);

	/* words joined by commas: cut after one */
	in = repeat("attack,killed,", TEXT_MAX_INPUT);
	t = text_new(in, TEXT_MAX_INPUT);
	s = text_str(t, NULL);
	n = check_pieces(t, 0);
	for (i = 0; i + 1 < n; i++)
		assert_int_equal(s[text_sentence(t, i)->end - 1], ',');
	text_free(t);
	free(in);

	/* one endless word of two-byte characters: cut between two */
	in = repeat("\xc3\xa9", 20000);
	t = text_new(in, 20000);
	check_pieces(t, 0);
	text_free(t);
	free(in);

	/* a long sentence of real prose is read whole */
	in = repeat("the gunmen who opened fire at a market in Kabul ", 1500);
	in[0] = 'T';
	in[1499] = '.';
	t = text_new(in, 1500);
	assert_int_equal(text_nsentences(t), 1);
	text_free(t);
	free(in);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_boilerplate),
		cmocka_unit_test(test_headline_and_masthead),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_title_abbrevs),
		cmocka_unit_test(test_wrapped_lines),
		cmocka_unit_test(test_spaces),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_long_sentence),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
