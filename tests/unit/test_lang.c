/*
 * The record's "language": short news sentences in each language told,
 * written for these tests; English headlines and text that must stay
 * "en"; mixed text; hostile input.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "extract/extract.h"
#include "extract/lang.h"
#include "extract/text.h"
#include "extract/token.h"

struct lcase {
	const char *want;	/* NULL: language null */
	const char *title;
	const char *text;
};

/* The record's language of title and text, "null" for null; the caller
 * frees. */
static char *
record_language(const char *title, const char *text, size_t len)
{
	struct extract_input in = { title, text, len, "2024-03-16T10:00:00Z",
	    1 };
	json_t *rec = extract_incident(&in);
	json_t *l = json_object_get(rec, "language");
	char *got = strdup(json_is_string(l) ? json_string_value(l) :
	    json_is_null(l) ? "null" : "(missing)");

	json_decref(rec);
	return got;
}

static void
check(const struct lcase *c, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *got = record_language(c[i].title, c[i].text,
		    strlen(c[i].text));

		print_message("# want %s: %s | %.60s\n", c[i].want ?
		    c[i].want : "null", c[i].title ? c[i].title : "",
		    c[i].text);
		assert_string_equal(got, c[i].want ? c[i].want : "null");
		free(got);
	}
}

static const struct lcase latin[] = {
	{ "fr", NULL, "Au moins douze personnes ont été tuées mardi dans une "
	    "attaque contre un marché du nord du pays, selon les autorités "
	    "locales." },
	{ "es", NULL, "Al menos cinco personas murieron y otras diez "
	    "resultaron heridas el domingo por la explosión de un coche bomba "
	    "en el centro de la ciudad." },
	{ "pt", NULL, "Pelo menos três pessoas morreram e outras sete ficaram "
	    "feridas num ataque a uma esquadra da polícia, segundo as "
	    "autoridades." },
	{ "de", NULL, "Bei einem Anschlag auf einen Markt im Norden des "
	    "Landes sind am Dienstag mindestens zwölf Menschen getötet "
	    "worden, teilte die Polizei mit." },
	{ "it", NULL, "Almeno sei persone sono state uccise e altre dieci "
	    "ferite in un attacco contro una stazione di polizia nel nord del "
	    "paese, secondo le autorità." },
	{ "nl", NULL, "Bij een aanslag op een markt in het noorden van het "
	    "land zijn dinsdag zeker twaalf mensen om het leven gekomen, "
	    "meldt de politie." },
	{ "tr", NULL, "Ülkenin kuzeyinde bir pazar yerine düzenlenen "
	    "saldırıda en az on iki kişi hayatını kaybetti. Polis, saldırı "
	    "için bir grubu suçladı ve olayla ilgili bir soruşturma "
	    "başlattı." },
	{ "id", NULL, "Sedikitnya dua belas orang tewas dalam serangan bom di "
	    "sebuah pasar di bagian utara negara itu pada hari Selasa, kata "
	    "polisi." },
	{ "sw", NULL, "Watu kumi na wawili wameuawa katika shambulio la bomu "
	    "kwenye soko moja kaskazini mwa nchi hiyo siku ya Jumanne, polisi "
	    "walisema." },
	{ "pl", NULL, "Co najmniej dwanaście osób zginęło we wtorek w "
	    "zamachu bombowym na targowisku na północy kraju. Policja nie "
	    "podała, kto stoi za atakiem." },
	{ "ro", NULL, "Cel puțin doisprezece oameni au fost uciși marți într-un "
	    "atac cu bombă asupra unei piețe din nordul țării, a anunțat "
	    "poliția." },
	{ "sv", NULL, "Minst tolv personer dödades på tisdagen i ett "
	    "bombattentat mot en marknad i norra delen av landet, meddelar "
	    "polisen." },
	{ "da", NULL, "Mindst tolv mennesker blev dræbt tirsdag ved et "
	    "bombeangreb mod et marked i den nordlige del af landet, oplyser "
	    "politiet." },
	{ "fi", NULL, "Ainakin kaksitoista ihmistä sai surmansa tiistaina "
	    "pommi-iskussa torilla maan pohjoisosassa. Poliisi kertoi, että "
	    "iskun takana on ääriryhmä, joka on iskenyt alueella ennenkin, "
	    "ja että tutkinta jatkuu." },
	{ "cs", NULL, "Nejméně dvanáct lidí zahynulo v úterý při bombovém "
	    "útoku na tržiště na severu země, uvedla policie." },
	{ "hu", NULL, "Legalább tizenkét ember meghalt kedden egy piacon "
	    "elkövetett bombatámadásban. A rendőrség szerint a támadás mögött "
	    "egy fegyveres csoport áll, és nem tudni, hogy hányan sérültek "
	    "meg." },
	{ "vi", NULL, "Ít nhất mười hai người đã thiệt mạng trong một vụ đánh "
	    "bom tại một khu chợ ở miền bắc nước này vào thứ Ba, cảnh sát cho "
	    "biết." },
	{ "so", NULL, "Ugu yaraan laba iyo toban qof ayaa ku dhintay qarax ka "
	    "dhacay suuq ku yaal waqooyiga dalka, sida ay sheegtay "
	    "booliska." },
	{ "ha", NULL, "Akalla mutane goma sha biyu ne suka mutu a wani harin "
	    "bam da aka kai kasuwa a arewacin kasar ranar Talata." },
	{ "tl", NULL, "Hindi bababa sa labindalawang tao ang nasawi sa "
	    "pagsabog ng bomba sa isang palengke sa hilagang bahagi ng bansa "
	    "noong Martes, ayon sa pulisya." },
	{ "ca", NULL, "Almenys dotze persones han mort aquest dimarts en un "
	    "atemptat amb bomba contra un mercat del nord del país, segons la "
	    "policia." },
	/* headlines with their teaser */
	{ "fr", "À Marseille, deux morts par balles dans une cité",
	    "Deux jeunes hommes ont été tués mercredi soir au pied d'un "
	    "immeuble." },
	{ "es", "Ataque armado en un bar deja seis muertos",
	    "Seis hombres fueron asesinados este jueves por un grupo armado." },
	{ "pt", "Quadrilha ataca agências bancárias; dois mortos",
	    "Um grupo fortemente armado atacou duas agências no centro da "
	    "cidade." },
	{ "de", "Zwei Tote nach Messerangriff in der Innenstadt",
	    "Ein Mann hat am Dienstagabend mehrere Menschen mit einem Messer "
	    "angegriffen." },
	/* elided articles, in the ASCII and the typographic apostrophe */
	{ "fr", NULL, "L'attaque d'un convoi de l'armée près d'Oicha a fait "
	    "quinze morts." },
	{ "fr", NULL, "L’attaque d’un convoi de l’armée près d’Oicha a fait "
	    "quinze morts." },
};

static void
test_latin(void **state)
{
	(void)state;
	check(latin, sizeof(latin) / sizeof(latin[0]));
}

static const struct lcase scripts[] = {
	{ "ru", NULL, "По меньшей мере двенадцать человек погибли во вторник "
	    "в результате взрыва на рынке на севере страны. Полиция заявила, "
	    "что за нападением стоит вооружённая группа." },
	{ "uk", NULL, "Щонайменше дванадцять людей загинули у вівторок "
	    "внаслідок вибуху на ринку на півночі країни. Поліція заявила, що "
	    "за нападом стоїть збройне угруповання." },
	{ "bg", NULL, "Най-малко дванадесет души са загинали във вторник при "
	    "взрив на пазар в северната част на страната, съобщи "
	    "полицията." },
	{ "ar", NULL, "قتل اثنا عشر شخصا على الأقل يوم الثلاثاء في هجوم بسيارة "
	    "مفخخة استهدف سوقا في شمال البلاد، حسبما أفادت الشرطة." },
	{ "fa", NULL, "دست کم دوازده نفر روز سه‌شنبه در انفجار یک خودروی "
	    "بمب‌گذاری شده در بازاری در شمال کشور کشته شدند و پلیس این را "
	    "اعلام کرد." },
	{ "ur", NULL, "منگل کے روز ملک کے شمال میں ایک بازار میں بم دھماکے کے "
	    "نتیجے میں کم از کم بارہ افراد ہلاک ہو گئے، پولیس نے بتایا۔" },
	{ "el", NULL, "Τουλάχιστον δώδεκα άνθρωποι σκοτώθηκαν την Τρίτη σε "
	    "βομβιστική επίθεση σε αγορά στα βόρεια της χώρας." },
	{ "he", NULL, "לפחות שנים עשר בני אדם נהרגו ביום שלישי בפיגוע בשוק "
	    "בצפון המדינה, כך מסרה המשטרה." },
	{ "hi", NULL, "मंगलवार को देश के उत्तर में एक बाजार में हुए बम विस्फोट में "
	    "कम से कम बारह लोगों की मौत हो गई, पुलिस ने बताया।" },
	{ "bn", NULL, "মঙ্গলবার দেশের উত্তরাঞ্চলের একটি বাজারে বোমা বিস্ফোরণে "
	    "অন্তত বারোজন নিহত হয়েছেন, পুলিশ জানিয়েছে।" },
	{ "ta", NULL, "செவ்வாய்க்கிழமை நாட்டின் வடக்கில் உள்ள சந்தையில் நடந்த "
	    "குண்டுவெடிப்பில் குறைந்தது பன்னிரண்டு பேர் கொல்லப்பட்டனர்." },
	{ "zh", NULL, "周二，该国北部一个市场发生炸弹袭击，造成至少十二人死亡，"
	    "警方表示。" },
	{ "ja", NULL, "火曜日、同国北部の市場で爆弾テロがあり、少なくとも12人が"
	    "死亡したと警察が発表した。" },
	{ "ko", NULL, "화요일 북부의 한 시장에서 폭탄 테러가 발생해 최소 12명이 "
	    "숨졌다고 경찰이 밝혔다." },
	{ "th", NULL, "ตำรวจเปิดเผยว่ามีผู้เสียชีวิตอย่างน้อย 12 "
	    "คนจากเหตุระเบิดที่ตลาดแห่งหนึ่งทางภาคเหนือของประเทศ" },
	{ "ka", NULL, "სამშაბათს ქვეყნის ჩრდილოეთში ბაზარზე აფეთქების "
	    "შედეგად სულ მცირე თორმეტი ადამიანი დაიღუპა." },
	{ "am", NULL, "ማክሰኞ በሀገሪቱ ሰሜናዊ ክፍል በሚገኝ ገበያ ላይ በደረሰ የቦምብ ጥቃት "
	    "ቢያንስ አስራ ሁለት ሰዎች ተገድለዋል።" },
	/* a title in Latin letters does not outweigh the text's script */
	{ "ru", "Kyiv: explosion", "По меньшей мере двенадцать человек "
	    "погибли во вторник в результате взрыва на рынке." },
};

static void
test_scripts(void **state)
{
	(void)state;
	check(scripts, sizeof(scripts) / sizeof(scripts[0]));
}

/* English as it was told before lang.c, and text that only looked
 * English to that test ("a" in a Spanish headline). */
static const struct lcase english[] = {
	{ "en", "Gunmen kill 5 in attack on church in Nigeria", "" },
	{ "en", "Car bomb kills 12 at market in northern Mali", "" },
	{ "en", "Al-Shabaab militants storm hotel in Mogadishu", "" },
	{ "en", "Sticky bomb kills two in Baghdad's Sadr City", "Two people "
	    "were killed on Monday evening when a sticky bomb attached to "
	    "their car exploded in Sadr City, east of Baghdad." },
	{ "en", "Two killed in shooting in Paris 18th", "Two men were shot "
	    "dead in the early hours of Sunday outside a bar on Boulevard de "
	    "la Chapelle in the 18th arrondissement, police said." },
	{ "en", "Police arrest three suspected Los Lobos members",
	    "Police arrested three alleged members of the Los Lobos gang over "
	    "the massacre at the Socio Vivienda estate in Guayaquil." },
	{ "en", NULL, "01/03/2021: Assailants attacked a checkpoint in "
	    "Diffa, Niger. Three soldiers were killed in the attack." },
	/* what English words did not tell stays untold */
	{ NULL, "Floods sweep away homes, 40 dead", "Flash floods triggered "
	    "by monsoon rains killed 40 people in Pakistan's Swat valley." },
	{ NULL, "Gun sales rise after shootings", "Gun sales rose 12% last "
	    "month after several mass shootings, industry data show." },
	{ "en", "Van der Merwe shot dead in Cape Town", "" },
	{ "en", "El Salvador gang members arrested after shooting in San Miguel",
	    "" },
	{ "es", "Un muerto y cinco heridos en un ataque a una mezquita", "" },
	{ "it", "Sparatoria in una scuola: tre feriti, arrestato il killer",
	    "" },
};

static void
test_english(void **state)
{
	(void)state;
	check(english, sizeof(english) / sizeof(english[0]));
}

/* The opening tells: a quote in another language does not. */
static const struct lcase mixed[] = {
	{ "en", NULL, "The mayor condemned the attack on the market. \"C'est "
	    "une tragédie pour toute la ville\", he told reporters on "
	    "Tuesday, adding that the victims would be buried on Friday." },
	{ "fr", NULL, "Le maire a condamné l'attaque contre le marché. « It "
	    "was a terrible day », a déclaré un témoin à la presse, selon "
	    "qui les tirs ont duré plusieurs minutes." },
	{ "es", "Bomb blast in Cali", "Una fuerte explosión se registró este "
	    "viernes en el norte de Cali, cerca de la base aérea, y dejó al "
	    "menos dos muertos y una veintena de heridos." },
};

static void
test_mixed(void **state)
{
	(void)state;
	check(mixed, sizeof(mixed) / sizeof(mixed[0]));
}

static void
test_hostile(void **state)
{
	static const char bad[] = "\xff\xfe Au moins \xc3\x28 douze "
	    "personnes \xe2\x82 ont été tuées \xf0\x90\x80 dans une attaque "
	    "contre \xc0\xaf un marché du nord du pays \xed\xa0\x80.";
	size_t big = 1024 * 1024, i;
	char *buf = malloc(big + 1), *got;

	(void)state;
	assert_non_null(buf);
	got = record_language(NULL, bad, sizeof(bad) - 1);
	assert_string_equal(got, "fr");
	free(got);
	/* nothing tells */
	got = record_language(NULL, "", 0);
	assert_string_equal(got, "null");
	free(got);
	got = record_language("2024", "12 34 5,600 - 7.5 / 2", 21);
	assert_string_equal(got, "null");
	free(got);
	/* a megabyte of one letter, ASCII, two bytes and Cyrillic */
	memset(buf, 'a', big);
	got = record_language(NULL, buf, big);
	assert_string_equal(got, "null");
	free(got);
	for (i = 0; i + 1 < big; i += 2)
		memcpy(buf + i, "\xc3\xa9", 2);
	got = record_language(NULL, buf, big);
	assert_string_equal(got, "null");
	free(got);
	for (i = 0; i + 1 < big; i += 2)
		memcpy(buf + i, "\xd1\x8f", 2);
	got = record_language(NULL, buf, big);
	assert_string_equal(got, "ru");
	free(got);
	/* bytes that are no UTF-8 at all */
	for (i = 0; i < big; i++)
		buf[i] = (char)(0x80 + i % 0x7f);
	got = record_language(NULL, buf, big);
	assert_string_equal(got, "null");
	free(got);
	free(buf);
}

/* The letters outside ASCII of a text are decoded up to a cap (8 KB),
 * which holds inside a word too: a CJK run with no spaces is one word
 * per 2 KB piece of a sentence (text.c).  A megabyte of such a run,
 * 2,730 Han letters (8,190 bytes) and then kana, is Chinese only when
 * the decoding stops within two bytes of the kana: the piece that
 * crosses the cap holds 680 kana, a fifth of what is read with it, and
 * Japanese asks a tenth. */
static void
test_decode_cap(void **state)
{
	size_t han = 2730 * 3, big = 1024 * 1024, i;
	char *buf = malloc(big + 1), *got;

	(void)state;
	assert_non_null(buf);
	for (i = 0; i + 3 <= han; i += 3)
		memcpy(buf + i, "\xe4\xb8\xad", 3);		/* 中 */
	for (; i + 3 <= big; i += 3)
		memcpy(buf + i, "\xe3\x81\x8b", 3);		/* か */
	got = record_language(NULL, buf, i);
	assert_string_equal(got, "zh");
	free(got);
	free(buf);
}

/* The table and the enum agree, and words are found as lang.c reads
 * them: lowercase, a capital that opens a sentence lowered. */
static void
test_table(void **state)
{
	static const struct {
		const char *word;
		int	 lang;
	} w[] = {
		{ "the", LANG_EN }, { "les", LANG_FR }, { "los", LANG_ES },
		{ "não", LANG_PT }, { "und", LANG_DE }, { "della", LANG_IT },
		{ "het", LANG_NL }, { "için", LANG_TR }, { "yang", LANG_ID },
		{ "katika", LANG_SW }, { "się", LANG_PL }, { "să", LANG_RO },
		{ "och", LANG_SV }, { "ikke", LANG_DA }, { "että", LANG_FI },
		{ "jsou", LANG_CS }, { "hogy", LANG_HU }, { "của", LANG_VI },
		{ "waa", LANG_SO }, { "kuma", LANG_HA }, { "mga", LANG_TL },
		{ "amb", LANG_CA }, { "что", LANG_RU }, { "що", LANG_UK },
		{ "че", LANG_BG }, { "التي", LANG_AR }, { "است", LANG_FA },
		{ "ہے", LANG_UR }, { "À", LANG_FR }, { "Что", LANG_RU },
	};
	static const char *const codes[LANG_N] = {
		"en", "fr", "es", "pt", "de", "it", "nl", "tr", "id", "sw",
		"pl", "ro", "sv", "da", "fi", "cs", "hu", "vi", "so", "ha",
		"tl", "ca", "ru", "uk", "bg", "ar", "fa", "ur",
	};
	size_t i;

	(void)state;
	for (i = 0; i < LANG_N; i++)
		assert_string_equal(lang_codes[i], codes[i]);
	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		print_message("# %s\n", w[i].word);
		assert_true(lang_word_langs(w[i].word, strlen(w[i].word)) &
		    1u << w[i].lang);
	}
	/* no English stopword is another language's word */
	assert_int_equal(lang_word_langs("in", 2), 1u << LANG_EN);
	assert_int_equal(lang_word_langs("a", 1), 1u << LANG_EN);
	assert_int_equal(lang_word_langs("attacked", 8), 0);
	assert_int_equal(lang_word_langs("longerthan8", 11), 0);
	assert_int_equal(lang_word_langs("", 0), 0);
}

/* lang_detect() on tokens alone: the extractor's caller is not needed. */
static void
test_detect(void **state)
{
	static const char s[] = "Seis hombres fueron asesinados este jueves "
	    "por un grupo armado que irrumpió en un autolavado.";
	struct text *t = text_new(s, sizeof(s) - 1);
	struct tokens *tk = tokens_new(t);

	(void)state;
	assert_string_equal(lang_detect(tk), "es");
	tokens_free(tk);
	text_free(t);
	t = text_new("", 0);
	tk = tokens_new(t);
	assert_null(lang_detect(tk));
	tokens_free(tk);
	text_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_latin),
		cmocka_unit_test(test_scripts),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_mixed),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_decode_cap),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_detect),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
