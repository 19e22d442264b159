/*
 * sd_notify(3) for feedwatchd.  The protocol is one datagram per state
 * change, "KEY=VALUE" lines, sent to the AF_UNIX socket named by
 * $NOTIFY_SOCKET ('@' first means the abstract namespace).  libsystemd
 * does this when the build has it; otherwise notify_send() below does the
 * same, so a --without-systemd build still works as a Type=notify service.
 * NOTIFY_WITHOUT_LIBSYSTEMD builds that variant even where libsystemd is
 * present, which is how the unit tests cover both.
 */
#include "config.h"

#ifdef NOTIFY_WITHOUT_LIBSYSTEMD
#undef HAVE_SYSTEMD
#endif

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <ev.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_SYSTEMD
#include <systemd/sd-daemon.h>
#endif

#include "common/log.h"
#include "daemon/notify.h"

/* Longer STATUS= lines are cut: systemctl shows one line anyway. */
#define NOTIFY_STATUS_MAX	256

static struct ev_timer	 watchdog_timer;
static struct ev_loop	*watchdog_loop;

/* Parse the decimal number s starts with, leaving *rest after it; -1 when
 * s does not start with a digit or the number does not fit. */
static int
parse_ull(const char *s, unsigned long long *out, const char **rest)
{
	char *end;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	*rest = end;
	return 0;
}

#ifdef HAVE_SYSTEMD

static int
notify_send(const char *msg)
{
	int r;

	r = sd_notify(0, msg);
	if (r < 0) {
		errno = -r;
		log_warn("sd_notify");
		return -1;
	}
	return r > 0;
}

unsigned long long
notify_watchdog_usec(void)
{
	uint64_t usec;

	if (sd_watchdog_enabled(0, &usec) <= 0)
		return 0;
	return usec;
}

#else

static int
notify_send(const char *msg)
{
	const char *path = getenv("NOTIFY_SOCKET");
	struct sockaddr_un sun;
	socklen_t sunlen;
	size_t plen;
	ssize_t n;
	int fd;

	if (path == NULL || *path == '\0')
		return 0;
	plen = strlen(path);
	if ((path[0] != '/' && path[0] != '@') || plen >= sizeof(sun.sun_path)) {
		log_warnx("NOTIFY_SOCKET=%s: not a usable AF_UNIX address", path);
		return -1;
	}
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, plen);
	if (path[0] == '@')
		sun.sun_path[0] = '\0';
	/* An abstract name is exactly plen bytes; no terminating NUL counts. */
	sunlen = offsetof(struct sockaddr_un, sun_path) + plen;

	if ((fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1) {
		log_warn("notify socket");
		return -1;
	}
	n = sendto(fd, msg, strlen(msg), MSG_NOSIGNAL,
	    (struct sockaddr *)&sun, sunlen);
	if (n == -1)
		log_warn("notify %s", path);
	close(fd);
	return n == -1 ? -1 : 1;
}

unsigned long long
notify_watchdog_usec(void)
{
	unsigned long long usec, pid;
	const char *s, *rest;

	if (parse_ull(getenv("WATCHDOG_USEC"), &usec, &rest) == -1 ||
	    *rest != '\0' || usec == 0)
		return 0;
	if ((s = getenv("WATCHDOG_PID")) != NULL &&
	    (parse_ull(s, &pid, &rest) == -1 || *rest != '\0' ||
	    pid != (unsigned long long)getpid()))
		return 0;
	return usec;
}

#endif

/* The length of s[0..len) without a UTF-8 sequence cut off at its end:
 * systemd drops a STATUS= that is not valid UTF-8. */
static size_t
utf8_trim(const char *s, size_t len)
{
	size_t i = len, need;
	unsigned char c;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xc0) == 0x80)
		i--;
	if (i == 0 || (c = (unsigned char)s[i - 1]) < 0xc0)
		return len;
	need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
	return len - (i - 1) >= need ? len : i - 1;
}

int
notify_ready(void)
{
	return notify_send("READY=1");
}

int
notify_reloading(void)
{
	struct timespec ts;
	char msg[64];

	if (clock_gettime(CLOCK_MONOTONIC, &ts) == -1) {
		log_warn("clock_gettime");
		return notify_send("RELOADING=1");
	}
	snprintf(msg, sizeof(msg), "RELOADING=1\nMONOTONIC_USEC=%llu",
	    (unsigned long long)ts.tv_sec * 1000000ULL +
	    (unsigned long long)ts.tv_nsec / 1000ULL);
	return notify_send(msg);
}

int
notify_stopping(void)
{
	return notify_send("STOPPING=1");
}

int
notify_status(const char *fmt, ...)
{
	char msg[sizeof("STATUS=") - 1 + NOTIFY_STATUS_MAX];
	const size_t off = sizeof("STATUS=") - 1;
	va_list ap;
	char *p;
	int n;

	memcpy(msg, "STATUS=", off);
	va_start(ap, fmt);
	n = vsnprintf(msg + off, sizeof(msg) - off, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n >= sizeof(msg) - off)
		msg[off + utf8_trim(msg + off, strlen(msg + off))] = '\0';
	/* A newline would start another assignment, e.g. a forged READY=1. */
	for (p = msg; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return notify_send(msg);
}

static void
watchdog_cb(struct ev_loop *loop, struct ev_timer *w, int revents)
{
	notify_send("WATCHDOG=1");
}

void
notify_watchdog_start(struct ev_loop *loop)
{
	unsigned long long usec;

	notify_watchdog_stop(watchdog_loop);
	if ((usec = notify_watchdog_usec()) == 0)
		return;
	/* Half the interval, as sd_watchdog_enabled(3) advises: one late
	 * wakeup must not cost a restart, two missed pings should. */
	ev_timer_init(&watchdog_timer, watchdog_cb, 0., usec / 2e6);
	ev_timer_start(loop, &watchdog_timer);
	/* The pings must not be the reason ev_run() keeps running. */
	ev_unref(loop);
	watchdog_loop = loop;
	log_debug("watchdog: ping every %.3fs", usec / 2e6);
}

void
notify_watchdog_stop(struct ev_loop *loop)
{
	if (loop == NULL || loop != watchdog_loop)
		return;
	ev_ref(loop);
	ev_timer_stop(loop, &watchdog_timer);
	watchdog_loop = NULL;
}

int
notify_stderr_is_journal(void)
{
	unsigned long long dev, ino;
	const char *rest;
	struct stat st;

	if (parse_ull(getenv("JOURNAL_STREAM"), &dev, &rest) == -1 ||
	    *rest != ':' || parse_ull(rest + 1, &ino, &rest) == -1 ||
	    *rest != '\0')
		return 0;
	if (fstat(STDERR_FILENO, &st) == -1)
		return 0;
	return (unsigned long long)st.st_dev == dev &&
	    (unsigned long long)st.st_ino == ino;
}
