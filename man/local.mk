# man: the manual pages, written by hand in mdoc(7).
dist_man_MANS += man/feedwatch.1 man/feedwatch.conf.5 man/feedwatchd.8

# The manual against the config and rule parsers.
TESTS += tests/e2e/t0702-man-examples.sh
EXTRA_DIST += tests/e2e/t0702-man-examples.sh
