/*
 * Logging in the OpenBSD daemon style.  In the foreground (or from the
 * command-line tool) messages go to stderr; as a service they go to
 * syslog(3), which journald collects.  log_warn() appends strerror(errno).
 * fatal()/fatalx() log and exit(3): for "cannot go on", never for bad input.
 */
#ifndef FW_LOG_H
#define FW_LOG_H

#include <stdarg.h>

/* Start logging as `ident`.  to_stderr: 1 = stderr, 0 = syslog.
 * verbose: 0 = info and above, 1 = debug too. */
void log_init(const char *ident, int to_stderr, int verbose);
void log_setverbose(int verbose);
int log_getverbose(void);

void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void fatalx(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void vlog(int pri, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

#endif
