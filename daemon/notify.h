/*
 * The service manager's readiness protocol (sd_notify(3)): tell systemd
 * when feedwatchd is ready, reloading or stopping, and ping its watchdog
 * from inside the event loop so a loop that hangs gets restarted.
 *
 * Every function is a no-op returning 0 when $NOTIFY_SOCKET is unset, so
 * the daemon calls them unconditionally, in the foreground and under any
 * service manager.  With libsystemd (HAVE_SYSTEMD) the messages go through
 * sd_notify(); without it the same datagrams are sent by hand.
 */
#ifndef FW_NOTIFY_H
#define FW_NOTIFY_H

struct ev_loop;

/* READY=1: the config is loaded and the loop runs.  Also ends a reload
 * announced by notify_reloading().  Returns 1 when sent, 0 when there is
 * no service manager to tell, -1 on error (logged). */
int notify_ready(void);

/* RELOADING=1 with MONOTONIC_USEC=, which Type=notify-reload (systemd 253
 * and later) requires and older versions ignore.  Follow it with
 * notify_ready() once the new config is in place or has been refused.
 * Returns as notify_ready(). */
int notify_reloading(void);

/* STOPPING=1: shutdown has begun.  Returns as notify_ready(). */
int notify_stopping(void);

/* STATUS=...: one line shown by `systemctl status`.  Newlines in the
 * formatted text become spaces, and it is cut to at most 255 bytes, never
 * inside a UTF-8 character.  Returns as notify_ready(). */
int notify_status(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* When the service manager asked for a watchdog ($WATCHDOG_USEC, and
 * $WATCHDOG_PID is unset or names this process), start a timer on loop
 * that sends WATCHDOG=1 every half interval.  The timer does not keep
 * ev_run() alive on its own.  Calling it again restarts the timer. */
void notify_watchdog_start(struct ev_loop *loop);

/* Stop the timer of notify_watchdog_start(); harmless if none runs. */
void notify_watchdog_stop(struct ev_loop *loop);

/* The watchdog interval asked for, in microseconds, or 0 when none (or
 * when it is meant for another process). */
unsigned long long notify_watchdog_usec(void);

/* 1 when stderr is the journal's stream ($JOURNAL_STREAM names its device
 * and inode, see systemd.exec(5)), else 0.  A daemon started with
 * --foreground by the unit uses this to log through syslog(3), so journald
 * keeps each message's priority instead of filing all of stderr at one. */
int notify_stderr_is_journal(void);

#endif
