# tests: shared helpers for shell tests.

# Hostile feeds and faults (issue 7): the real daemon and parser against
# tests/hostile_httpd.py.
FW_E2E_HOSTILE = tests/e2e/t3000-hostile-feeds.sh tests/e2e/t3010-hostile-parse.sh \
	tests/e2e/t3020-faults-network.sh tests/e2e/t3030-faults-disk-full.sh \
	tests/e2e/t3035-faults-disk-full-validators.sh \
	tests/e2e/t3040-faults-disk-full-alerts.sh tests/e2e/t3050-faults-file-size.sh
TESTS += $(FW_E2E_HOSTILE)
EXTRA_DIST += $(FW_E2E_HOSTILE) tests/hostile_httpd.py tests/e2e/hostile-lib.sh

# kill -9 at random moments of polling and delivery (issue 7), and the
# valgrind runner for the end-to-end tests (tests/valgrind-e2e.sh BUILD_DIR).
TESTS += tests/e2e/t3200-kill9.sh
EXTRA_DIST += tests/e2e/t3200-kill9.sh tests/valgrind-e2e.sh tests/valgrind.supp
