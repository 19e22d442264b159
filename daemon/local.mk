# daemon: feedwatchd, the loop, scheduler, state store.
noinst_LIBRARIES += libfwdaemon.a
libfwdaemon_a_SOURCES = daemon/state.c daemon/state.h

sbin_PROGRAMS += feedwatchd
feedwatchd_SOURCES = daemon/feedwatchd.c
feedwatchd_LDADD = $(FW_LIBS)

check_PROGRAMS += tests/unit/test_state
TESTS += tests/unit/test_state
tests_unit_test_state_SOURCES = tests/unit/test_state.c
tests_unit_test_state_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_state_LDADD = libfwdaemon.a libfwcommon.a $(SQLITE_LIBS) $(CMOCKA_LIBS)
# A store with known contents for the tests of `feedwatch status`.
check_PROGRAMS += tests/unit/test_state_fixture
tests_unit_test_state_fixture_SOURCES = tests/unit/test_state_fixture.c
tests_unit_test_state_fixture_LDADD = libfwdaemon.a libfwcommon.a $(SQLITE_LIBS)
TESTS += tests/e2e/t0600-status.sh tests/e2e/t0601-status-daemon.sh
EXTRA_DIST += tests/e2e/t0600-status.sh tests/e2e/t0601-status-daemon.sh

# sd_notify readiness and watchdog (daemon/notify.h).
libfwdaemon_a_SOURCES += daemon/notify.c daemon/notify.h
check_PROGRAMS += tests/unit/test_notify tests/unit/test_notify_nolib
TESTS += tests/unit/test_notify tests/unit/test_notify_nolib
tests_unit_test_notify_SOURCES = tests/unit/test_notify.c
tests_unit_test_notify_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_notify_LDADD = libfwdaemon.a libfwcommon.a $(SYSTEMD_LIBS) $(EV_LIBS) $(CMOCKA_LIBS)
# The same tests against the sender used by builds without libsystemd.
tests_unit_test_notify_nolib_SOURCES = tests/unit/test_notify.c daemon/notify.c
tests_unit_test_notify_nolib_CPPFLAGS = $(AM_CPPFLAGS) -DNOTIFY_WITHOUT_LIBSYSTEMD
tests_unit_test_notify_nolib_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_notify_nolib_LDADD = libfwcommon.a $(EV_LIBS) $(CMOCKA_LIBS)

# The loop, fetch, scheduler and the new-item seam (daemon/loop.h etc.).
libfwdaemon_a_SOURCES += daemon/loop.c daemon/loop.h daemon/fetch.c \
	daemon/fetch.h daemon/sched.c daemon/sched.h daemon/pipeline.c \
	daemon/pipeline.h daemon/parsepool.c daemon/parsepool.h
check_PROGRAMS += tests/unit/test_fetch
TESTS += tests/unit/test_fetch
tests_unit_test_fetch_SOURCES = tests/unit/test_fetch.c
tests_unit_test_fetch_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_fetch_LDADD = $(FW_TEST_LIBS)
check_PROGRAMS += tests/unit/test_parsepool
TESTS += tests/unit/test_parsepool
tests_unit_test_parsepool_SOURCES = tests/unit/test_parsepool.c
tests_unit_test_parsepool_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_parsepool_LDADD = $(FW_TEST_LIBS)
# New items reach the pipeline's report and alerts only once committed.
check_PROGRAMS += tests/unit/test_sched_pipeline
TESTS += tests/unit/test_sched_pipeline
tests_unit_test_sched_pipeline_SOURCES = tests/unit/test_sched_pipeline.c
tests_unit_test_sched_pipeline_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_sched_pipeline_LDADD = $(FW_TEST_LIBS)
# End-to-end: the real feedwatchd against tests/httpd.py.
FW_E2E_DAEMON = tests/e2e/t1000-daemon-options.sh \
	tests/e2e/t1005-single-instance.sh \
	tests/e2e/t1010-conditional-get.sh tests/e2e/t1020-redirects.sh \
	tests/e2e/t1030-retry-after.sh tests/e2e/t1040-gone.sh \
	tests/e2e/t1050-errors.sh tests/e2e/t1060-stall.sh \
	tests/e2e/t1070-body.sh tests/e2e/t1080-reload.sh \
	tests/e2e/t1090-restart.sh tests/e2e/t1100-caps.sh
TESTS += $(FW_E2E_DAEMON)
EXTRA_DIST += $(FW_E2E_DAEMON) tests/httpd.py tests/e2e/daemon-lib.sh \
	tests/data/feeds/rss-three.xml tests/data/feeds/atom-two.xml \
	tests/data/feeds/rss-latin1.xml

# Alerting: items to incidents and queued alerts, outputs and the outbox
# drain (daemon/alerting.h, daemon/output.h).
libfwdaemon_a_SOURCES += daemon/alerting.c daemon/alerting.h \
	daemon/output.c daemon/output.h
check_PROGRAMS += tests/unit/test_alerting
TESTS += tests/unit/test_alerting
tests_unit_test_alerting_SOURCES = tests/unit/test_alerting.c
tests_unit_test_alerting_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_alerting_LDADD = $(FW_TEST_LIBS)
# End-to-end: alerts from the real feedwatchd to tests/webhookd.py and a
# syslog socket.
FW_E2E_ALERT = tests/e2e/t2000-alert-webhook.sh tests/e2e/t2010-alert-retry.sh \
	tests/e2e/t2020-alert-crash.sh tests/e2e/t2030-alert-update.sh \
	tests/e2e/t2040-alert-reload.sh tests/e2e/t2050-check-config.sh \
	tests/e2e/t2060-test-command.sh tests/e2e/t2070-alert-slow-webhook.sh \
	tests/e2e/t2080-alert-recovery.sh tests/e2e/t2090-cluster.sh
TESTS += $(FW_E2E_ALERT)
EXTRA_DIST += $(FW_E2E_ALERT) tests/e2e/alert-lib.sh tests/webhookd.py \
	tests/data/cluster

check_PROGRAMS += tests/unit/test_sched_recover
TESTS += tests/unit/test_sched_recover
tests_unit_test_sched_recover_SOURCES = tests/unit/test_sched_recover.c
tests_unit_test_sched_recover_CFLAGS = $(FW_TEST_CFLAGS)
tests_unit_test_sched_recover_LDFLAGS = -Wl,--wrap=state_commit
tests_unit_test_sched_recover_LDADD = $(FW_TEST_LIBS)

# The state store over time: a feed moved in the config, items
# re-using ids, and the sweep of old alerts, deliveries and incidents.
FW_E2E_STATE = tests/e2e/t1115-url-edit.sh tests/e2e/t2091-alert-reused-id.sh \
	tests/e2e/t2092-state-sweep.sh
TESTS += $(FW_E2E_STATE)
EXTRA_DIST += $(FW_E2E_STATE)
