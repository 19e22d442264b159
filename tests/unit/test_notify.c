/*
 * daemon/notify.c against a real datagram socket standing in for the
 * service manager.  Built twice: once with libsystemd (when configure
 * found it) and once with NOTIFY_WITHOUT_LIBSYSTEMD, the hand-written
 * sender.
 */
#include "config.h"

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <ev.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "daemon/notify.h"

struct listener {
	char	dir[64];
	char	path[128];
	int	fd;
};

static int
listener_bind(struct listener *l, int abstract)
{
	struct sockaddr_un sun;
	socklen_t len;
	size_t plen;

	snprintf(l->dir, sizeof(l->dir), "%s/fwnotify.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(l->dir) == NULL)
		return -1;
	if (abstract)
		snprintf(l->path, sizeof(l->path), "@fwnotify-test/%ld/%s",
		    (long)getpid(), strrchr(l->dir, '.') + 1);
	else
		snprintf(l->path, sizeof(l->path), "%s/notify", l->dir);
	plen = strlen(l->path);
	if (plen >= sizeof(sun.sun_path))
		return -1;
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, l->path, plen);
	if (abstract)
		sun.sun_path[0] = '\0';
	len = offsetof(struct sockaddr_un, sun_path) + plen;
	if ((l->fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1)
		return -1;
	if (bind(l->fd, (struct sockaddr *)&sun, len) == -1)
		return -1;
	return setenv("NOTIFY_SOCKET", l->path, 1);
}

static int
setup(void **state)
{
	struct listener *l = calloc(1, sizeof(*l));

	if (l == NULL || listener_bind(l, 0) == -1)
		return -1;
	*state = l;
	return 0;
}

static int
setup_abstract(void **state)
{
	struct listener *l = calloc(1, sizeof(*l));

	if (l == NULL || listener_bind(l, 1) == -1)
		return -1;
	*state = l;
	return 0;
}

static int
teardown(void **state)
{
	struct listener *l = *state;

	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	unsetenv("WATCHDOG_PID");
	close(l->fd);
	if (l->path[0] == '/')
		unlink(l->path);
	rmdir(l->dir);
	free(l);
	return 0;
}

/* The next datagram, or "" when none is waiting. */
static const char *
next_msg(struct listener *l)
{
	static char msg[1024];
	ssize_t n;

	n = recv(l->fd, msg, sizeof(msg) - 1, MSG_DONTWAIT);
	msg[n < 0 ? 0 : n] = '\0';
	return msg;
}

static int
count_msgs(struct listener *l, const char *want)
{
	const char *m;
	int n = 0;

	while (*(m = next_msg(l)) != '\0')
		n += strcmp(m, want) == 0;
	return n;
}

static unsigned long long
now_usec(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000ULL + ts.tv_nsec / 1000;
}

static void
test_no_socket(void **state)
{
	unsetenv("NOTIFY_SOCKET");
	assert_int_equal(notify_ready(), 0);
	assert_int_equal(notify_reloading(), 0);
	assert_int_equal(notify_stopping(), 0);
	assert_int_equal(notify_status("polling %d feeds", 3), 0);
}

static void
test_states(void **state)
{
	struct listener *l = *state;

	assert_int_equal(notify_ready(), 1);
	assert_string_equal(next_msg(l), "READY=1");
	assert_int_equal(notify_stopping(), 1);
	assert_string_equal(next_msg(l), "STOPPING=1");
	assert_string_equal(next_msg(l), "");
}

static void
test_reloading(void **state)
{
	struct listener *l = *state;
	unsigned long long before, after, stamp;
	const char *m;

	before = now_usec();
	assert_int_equal(notify_reloading(), 1);
	after = now_usec();
	m = next_msg(l);
	assert_int_equal(strncmp(m, "RELOADING=1\nMONOTONIC_USEC=", 27), 0);
	stamp = strtoull(m + 27, NULL, 10);
	assert_true(stamp >= before && stamp <= after);
	assert_int_equal(notify_ready(), 1);
	assert_string_equal(next_msg(l), "READY=1");
}

/* prefix, then unit as many times as fits in size with its NUL. */
static void
fill(char *buf, size_t size, const char *prefix, const char *unit)
{
	size_t len = strlen(prefix), ulen = strlen(unit);

	memcpy(buf, prefix, len);
	for (; len + ulen < size; len += ulen)
		memcpy(buf + len, unit, ulen);
	buf[len] = '\0';
}

static void
test_status(void **state)
{
	struct listener *l = *state;
	char big[600];
	const char *m;

	assert_int_equal(notify_status("polling %d feeds, %s", 12, "3 failing"), 1);
	assert_string_equal(next_msg(l), "STATUS=polling 12 feeds, 3 failing");
	/* A feed title in a status must not smuggle in a state change. */
	assert_int_equal(notify_status("%s", "evil\nREADY=1"), 1);
	assert_string_equal(next_msg(l), "STATUS=evil READY=1");
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_int_equal(notify_status("%s", big), 1);
	m = next_msg(l);
	assert_int_equal(strncmp(m, "STATUS=xxx", 10), 0);
	assert_int_equal(strlen(m), strlen("STATUS=") + 255);
	/* 2-byte characters: the cut at 255 would split the last one. */
	fill(big, sizeof(big), "", "\xc3\xa9");
	assert_int_equal(notify_status("%s", big), 1);
	m = next_msg(l);
	assert_int_equal(strlen(m), strlen("STATUS=") + 254);
	assert_int_equal(strncmp(m + strlen(m) - 2, "\xc3\xa9", 2), 0);
	/* 3-byte characters after one ASCII byte: 1 + 3 * 84 = 253. */
	fill(big, sizeof(big), "x", "\xe2\x80\x94");
	assert_int_equal(notify_status("%s", big), 1);
	m = next_msg(l);
	assert_int_equal(strlen(m), strlen("STATUS=") + 253);
}

static void
test_abstract(void **state)
{
	struct listener *l = *state;

	assert_int_equal(l->path[0], '@');
	assert_int_equal(notify_ready(), 1);
	assert_string_equal(next_msg(l), "READY=1");
}

static void
test_unreachable(void **state)
{
	struct listener *l = *state;
	char gone[192];

	snprintf(gone, sizeof(gone), "%s/nobody-listens", l->dir);
	setenv("NOTIFY_SOCKET", gone, 1);
	assert_int_equal(notify_ready(), -1);
	setenv("NOTIFY_SOCKET", "relative/path", 1);
	assert_int_equal(notify_ready(), -1);
	setenv("NOTIFY_SOCKET", l->path, 1);
	assert_int_equal(notify_ready(), 1);
	assert_string_equal(next_msg(l), "READY=1");
}

static void
test_watchdog_env(void **state)
{
	char pid[32];

	unsetenv("WATCHDOG_USEC");
	unsetenv("WATCHDOG_PID");
	assert_int_equal(notify_watchdog_usec(), 0);
	setenv("WATCHDOG_USEC", "30000000", 1);
	assert_int_equal(notify_watchdog_usec(), 30000000);
	snprintf(pid, sizeof(pid), "%ld", (long)getpid());
	setenv("WATCHDOG_PID", pid, 1);
	assert_int_equal(notify_watchdog_usec(), 30000000);
	/* Inherited by a child that is not the service's main process. */
	snprintf(pid, sizeof(pid), "%ld", (long)getpid() + 1);
	setenv("WATCHDOG_PID", pid, 1);
	assert_int_equal(notify_watchdog_usec(), 0);
	unsetenv("WATCHDOG_PID");
	setenv("WATCHDOG_USEC", "30s", 1);
	assert_int_equal(notify_watchdog_usec(), 0);
	setenv("WATCHDOG_USEC", "0", 1);
	assert_int_equal(notify_watchdog_usec(), 0);
	unsetenv("WATCHDOG_USEC");
}

static void
stop_cb(struct ev_loop *loop, struct ev_timer *w, int revents)
{
	ev_break(loop, EVBREAK_ALL);
}

/* Run loop for secs with the watchdog started; the number of pings. */
static int
run_watchdog(struct listener *l, double secs)
{
	struct ev_loop *loop = ev_loop_new(EVFLAG_AUTO);
	struct ev_timer stop;
	int n;

	notify_watchdog_start(loop);
	ev_timer_init(&stop, stop_cb, secs, 0.);
	ev_timer_start(loop, &stop);
	ev_run(loop, 0);
	notify_watchdog_stop(loop);
	ev_loop_destroy(loop);
	n = count_msgs(l, "WATCHDOG=1");
	return n;
}

static void
test_watchdog_pings(void **state)
{
	struct listener *l = *state;
	int n;

	/* 100 ms asked for: a ping at once, then every 50 ms. */
	setenv("WATCHDOG_USEC", "100000", 1);
	n = run_watchdog(l, 0.32);
	assert_in_range(n, 3, 8);
}

static void
test_watchdog_other_pid(void **state)
{
	struct listener *l = *state;
	char pid[32];

	setenv("WATCHDOG_USEC", "100000", 1);
	snprintf(pid, sizeof(pid), "%ld", (long)getpid() + 1);
	setenv("WATCHDOG_PID", pid, 1);
	assert_int_equal(run_watchdog(l, 0.2), 0);
	unsetenv("WATCHDOG_PID");
	assert_int_equal(run_watchdog(l, 0.2) > 0, 1);
}

/* The timer alone must not keep ev_run() from returning, or a daemon
 * that ends its loop when the work is done would hang under systemd. */
static void
test_watchdog_unref(void **state)
{
	struct listener *l = *state;
	struct ev_loop *loop = ev_loop_new(EVFLAG_AUTO);
	unsigned long long t0;

	setenv("WATCHDOG_USEC", "100000", 1);
	notify_watchdog_start(loop);
	t0 = now_usec();
	ev_run(loop, 0);
	assert_true(now_usec() - t0 < 50000);
	notify_watchdog_stop(loop);
	notify_watchdog_stop(loop);
	ev_loop_destroy(loop);
	count_msgs(l, "WATCHDOG=1");
}

static void
test_journal_stream(void **state)
{
	struct stat st;
	char v[64];

	unsetenv("JOURNAL_STREAM");
	assert_int_equal(notify_stderr_is_journal(), 0);
	assert_int_equal(fstat(STDERR_FILENO, &st), 0);
	snprintf(v, sizeof(v), "%llu:%llu", (unsigned long long)st.st_dev,
	    (unsigned long long)st.st_ino);
	setenv("JOURNAL_STREAM", v, 1);
	assert_int_equal(notify_stderr_is_journal(), 1);
	snprintf(v, sizeof(v), "%llu:%llu", (unsigned long long)st.st_dev,
	    (unsigned long long)st.st_ino + 1);
	setenv("JOURNAL_STREAM", v, 1);
	assert_int_equal(notify_stderr_is_journal(), 0);
	setenv("JOURNAL_STREAM", "garbage", 1);
	assert_int_equal(notify_stderr_is_journal(), 0);
	unsetenv("JOURNAL_STREAM");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_socket),
		cmocka_unit_test_setup_teardown(test_states, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reloading, setup, teardown),
		cmocka_unit_test_setup_teardown(test_status, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abstract, setup_abstract, teardown),
		cmocka_unit_test_setup_teardown(test_unreachable, setup, teardown),
		cmocka_unit_test(test_watchdog_env),
		cmocka_unit_test_setup_teardown(test_watchdog_pings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_watchdog_other_pid, setup, teardown),
		cmocka_unit_test_setup_teardown(test_watchdog_unref, setup, teardown),
		cmocka_unit_test(test_journal_stream),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
