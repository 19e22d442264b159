# demo: `./quickstart.sh demo` runs demo/run.sh on these feeds.
EXTRA_DIST += demo/run.sh demo/feedwatch.conf demo/feeds/world.xml \
	demo/feeds/frontier.atom demo/feeds/sport-health.json \
	demo/feeds/americas.xml
TESTS += tests/e2e/t0610-demo.sh
EXTRA_DIST += tests/e2e/t0610-demo.sh
