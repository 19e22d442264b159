# bench: sources, programs and tests of this folder.

# eval-place: place extraction against GTD summaries (quick check; see
# bench/eval-extract for every field)
noinst_PROGRAMS += bench/eval-place
bench_eval_place_SOURCES = bench/eval-place.c
bench_eval_place_LDADD = libfwextract.a libfwcommon.a $(JANSSON_LIBS) -lm

# parse and poll: feedwatch parse next to xmllint and sfeed; feedwatchd
# --once against nginx, next to curl --parallel.
EXTRA_DIST += bench/poll bench/parse

# eval-extract and extract: the incident extractor against the GTD dev
# summaries and the look-alike set, and its throughput; both drive
# bench/eval_driver (extract_incident in-process over JSON Lines).
noinst_PROGRAMS += bench/eval_driver
bench_eval_driver_SOURCES = bench/eval_driver.c
bench_eval_driver_LDADD = libfwextract.a libfwcommon.a $(JANSSON_LIBS) -lm
EXTRA_DIST += bench/eval-extract bench/extract

# compare and soak: feedwatch next to sfeed, newsboat and feedparser, and
# feedwatchd for minutes against changing feeds (see bench/README.md).
EXTRA_DIST += bench/README.md bench/lib.sh bench/compare bench/soak bench/cluster \
	bench/feedgen.py bench/procrun.py bench/feedparser-poll.py
