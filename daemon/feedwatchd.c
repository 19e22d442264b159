/*
 * feedwatchd: load the config, open the state store, and run the loop
 * until SIGTERM/SIGINT (or, with --once, until every feed has been polled).
 *
 * A reload (SIGHUP) follows STYLE.md rule 12: the new config is loaded
 * and validated whole; if it fails, every error is logged and the running
 * config stays; if it loads, the scheduler switches to it and only then is
 * the old one freed.
 */
#include "config.h"

#include <sys/file.h>

#include <errno.h>
#include <ev.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common/buf.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "config/config.h"
#include "daemon/alerting.h"
#include "daemon/fetch.h"
#include "daemon/loop.h"
#include "daemon/notify.h"
#include "daemon/parsepool.h"
#include "daemon/output.h"
#include "daemon/pipeline.h"
#include "daemon/sched.h"
#include "daemon/state.h"

#define DEFAULT_CONFIG	SYSCONFDIR "/feedwatch/feedwatch.conf"

enum { EXIT_OK = 0, EXIT_CONFIG = 1, EXIT_USAGE = 2, EXIT_RUNTIME = 3 };

struct daemon {
	struct ev_loop	*ev;
	struct config	*cfg;
	struct state	*st;
	struct loop	*loop;
	struct parsepool *pool;
	struct pipeline	*pipe;
	struct alerting	*al;
	struct outbox	*out;
	struct sched	*sched;
	ev_signal	 sighup, sigterm, sigint;
	int		 stopping;
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: feedwatchd [-c FILE] [-f|--foreground] "
	    "[-n|--check-config]\n"
	    "                  [--once [--force]] [-v] [--help] [--version]\n"
	    "  -c, --config FILE    config file (default %s)\n"
	    "  -f, --foreground     log to stderr instead of syslog\n"
	    "  -n, --check-config   check the config, print every error, exit\n"
	    "      --once           poll every enabled feed once and exit\n"
	    "      --force          with --once, poll feeds that are backing off too\n"
	    "  -v, --verbose        log debug messages too\n",
	    DEFAULT_CONFIG);
}

/* Log each "FILE:LINE:COLUMN: message" line of errors. */
static void
log_lines(const char *text)
{
	const char *p = text, *nl;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		log_warnx("%.*s", (int)(nl ? nl - p : (ptrdiff_t)strlen(p)), p);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/*
 * The keys read only at start keep their running values in the new
 * config: the config in force must say what the daemon does, so that the
 * next reload compares the file with the store actually open (and warns
 * again, every time, until the daemon is restarted) and nothing reads a
 * state path that is not the one in use.  d->cfg holds the running
 * values, as every reload carries them over.
 */
/*
 * One daemon per state store.  A second one on the same store would poll
 * the same feeds, take the items the first has not committed yet for new
 * and raise their alerts again, and deliver the same outbox.  The lock is
 * flock(2) on STATE.lock, held until exit: the kernel drops it when the
 * process dies however it dies, so no stale lock outlives a crash.  The
 * file holds the holder's pid, for the message.  Returns the lock's fd
 * (kept open, close-on-exec), -1 with the reason logged.
 */
static int
lock_store(const char *state)
{
	char *path, pid[32];
	ssize_t n;
	int fd;

	path = xasprintf("%s.lock", state);
	fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd == -1) {
		log_warn("state %s: cannot open its lock %s", state, path);
		free(path);
		return -1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		if (errno == EWOULDBLOCK) {
			n = pread(fd, pid, sizeof(pid) - 1, 0);
			pid[n > 0 ? n : 0] = '\0';
			pid[strcspn(pid, "\n")] = '\0';
			log_warnx("state %s is in use by another feedwatchd%s%s"
			    " (lock file %s); one daemon per state store",
			    state, *pid ? ", pid " : "", pid, path);
		} else
			log_warn("state %s: cannot lock %s", state, path);
		close(fd);
		free(path);
		return -1;
	}
	n = snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) == -1 || pwrite(fd, pid, (size_t)n, 0) != n)
		log_warn("state %s: cannot write the pid to %s", state, path);
	free(path);
	return fd;
}

static void
keep_restart_keys(struct daemon *d, struct config *cfg)
{
	struct daemon_cfg *now = &d->cfg->daemon, *next = &cfg->daemon;

	if (strcmp(next->state, now->state) != 0) {
		log_warnx("reload: a new state path (%s) takes a restart;"
		    " still using %s", next->state, now->state);
		free(next->state);
		next->state = xstrdup(now->state);
	}
	if (next->parse_threads != now->parse_threads) {
		log_warnx("reload: a new parse_threads (%ld) takes a restart;"
		    " still %d", next->parse_threads,
		    parsepool_threads(d->pool));
		next->parse_threads = now->parse_threads;
	}
}

static void
reload(struct daemon *d)
{
	struct config *cfg;
	struct buf errors = BUF_INIT;

	notify_reloading();
	buf_init(&errors, 1 << 20);
	if ((cfg = config_load(d->cfg->path, &errors)) == NULL) {
		log_warnx("reload: %s has errors; keeping the running config",
		    d->cfg->path);
		log_lines(buf_str(&errors));
		buf_release(&errors);
		notify_ready();
		return;
	}
	buf_release(&errors);
	keep_restart_keys(d, cfg);
	loop_set_limits(d->loop, cfg->daemon.max_connections,
	    cfg->daemon.per_host);
	sched_reconcile(d->sched, cfg);
	pipeline_set_alerting(d->pipe, d->al, d->out, cfg);
	outbox_set_config(d->out, cfg);
	config_free(d->cfg);
	d->cfg = cfg;
	log_info("reload: %s loaded, %zu feeds", cfg->path, cfg->nfeeds);
	notify_status("%zu feeds", cfg->nfeeds);
	notify_ready();
}

static void
on_signal(struct ev_loop *ev, ev_signal *w, int revents)
{
	struct daemon *d = w->data;

	if (w->signum == SIGHUP) {
		reload(d);
		return;
	}
	log_info("signal %d: stopping", w->signum);
	d->stopping = 1;
	notify_stopping();
	/* Deliveries in flight are abandoned at exit and stay pending in
	 * the outbox; the next start resumes them. */
	outbox_stop(d->out);
	ev_break(ev, EVBREAK_ALL);
}

static void
on_delivered(void *arg)
{
	struct daemon *d = arg;

	ev_break(d->ev, EVBREAK_ALL);
}

/* --once: every feed is polled; exit once each alert has had its
 * delivery attempt (failures stay queued for the next run). */
static void
on_once_done(void *arg)
{
	struct daemon *d = arg;

	outbox_finish(d->out, on_delivered, d);
}

static int
check_config(const char *path)
{
	struct config *cfg;
	struct buf errors = BUF_INIT;

	buf_init(&errors, 1 << 20);
	if ((cfg = config_load(path, &errors)) == NULL) {
		fputs(buf_str(&errors), stderr);
		if (errors.len > 0 && errors.data[errors.len - 1] != '\n')
			fputc('\n', stderr);
		buf_release(&errors);
		return EXIT_CONFIG;
	}
	buf_release(&errors);
	printf("%s: ok, %zu feeds, %zu outputs, %zu rules\n", path,
	    cfg->nfeeds, cfg->noutputs, cfg->nrules);
	config_free(cfg);
	return EXIT_OK;
}

static void
signal_watch(struct daemon *d, ev_signal *w, int signum)
{
	/* A shell starts background jobs with SIGINT ignored; an ignored
	 * signal is dropped before libev could see it. */
	signal(signum, SIG_DFL);
	ev_signal_init(w, on_signal, signum);
	w->data = d;
	ev_signal_start(d->ev, w);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "config",		required_argument, NULL, 'c' },
		{ "foreground",		no_argument,	   NULL, 'f' },
		{ "check-config",	no_argument,	   NULL, 'n' },
		{ "once",		no_argument,	   NULL, 'o' },
		{ "force",		no_argument,	   NULL, 'F' },
		{ "verbose",		no_argument,	   NULL, 'v' },
		{ "help",		no_argument,	   NULL, 'h' },
		{ "version",		no_argument,	   NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct daemon d;
	struct buf errors = BUF_INIT;
	const char *path = DEFAULT_CONFIG;
	int ch, foreground = 0, check = 0, once = 0, force = 0, verbose = 0;
	int rc = EXIT_RUNTIME, lockfd;
	uint64_t seed;

	while ((ch = getopt_long(argc, argv, "c:fnvhV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c': path = optarg; break;
		case 'f': foreground = 1; break;
		case 'n': check = 1; break;
		case 'o': once = 1; break;
		case 'F': force = 1; break;
		case 'v': verbose = 1; break;
		case 'h': usage(stdout); return EXIT_OK;
		case 'V': printf("feedwatchd %s\n", PACKAGE_VERSION); return EXIT_OK;
		default: usage(stderr); return EXIT_USAGE;
		}
	}
	if (optind != argc || (force && !once)) {
		if (optind != argc)
			fprintf(stderr, "feedwatchd: unexpected argument "
			    "'%s'\n", argv[optind]);
		else
			fprintf(stderr, "feedwatchd: --force needs --once\n");
		usage(stderr);
		return EXIT_USAGE;
	}
	if (check)
		return check_config(path);

	/* Under systemd with --foreground, stderr is the journal's stream:
	 * syslog(3) keeps each message's priority there.  --once is run by
	 * hand or from cron: its messages (a feed skipped while backing
	 * off, new items) go to stderr as with --foreground. */
	log_init("feedwatchd", (foreground || once) &&
	    !notify_stderr_is_journal(), verbose);

	memset(&d, 0, sizeof(d));
	buf_init(&errors, 1 << 20);
	if ((d.cfg = config_load(path, &errors)) == NULL) {
		log_lines(buf_str(&errors));
		buf_release(&errors);
		return EXIT_CONFIG;
	}
	buf_release(&errors);
	if ((lockfd = lock_store(d.cfg->daemon.state)) == -1 ||
	    (d.st = state_open(d.cfg->daemon.state)) == NULL) {
		if (lockfd != -1)
			close(lockfd);
		config_free(d.cfg);
		return EXIT_RUNTIME;
	}

	d.ev = ev_default_loop(EVFLAG_AUTO);
	if (d.ev == NULL)
		fatalx("cannot start the event loop");
	d.loop = loop_new(d.ev, d.cfg->daemon.max_connections,
	    d.cfg->daemon.per_host);
	d.pool = parsepool_new(d.ev, (int)d.cfg->daemon.parse_threads, 0);
	fetch_set_pool(d.pool);
	d.pipe = pipeline_new();
	seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
	d.al = alerting_new(d.st);
	d.out = outbox_new(d.ev, d.loop, d.st, d.cfg, seed);
	pipeline_set_alerting(d.pipe, d.al, d.out, d.cfg);
	signal_watch(&d, &d.sighup, SIGHUP);
	signal_watch(&d, &d.sigterm, SIGTERM);
	signal_watch(&d, &d.sigint, SIGINT);
	/* A write to a closed socket or past RLIMIT_FSIZE (LimitFSIZE=) must
	 * fail with an error the caller handles, not kill the daemon. */
	signal(SIGPIPE, SIG_IGN);
	signal(SIGXFSZ, SIG_IGN);

	d.sched = sched_new(d.ev, d.loop, d.st, d.pipe, d.cfg, seed,
	    !once ? SCHED_DAEMON : force ? SCHED_ONCE_FORCE : SCHED_ONCE,
	    once ? on_once_done : NULL, &d);
	log_info("started: %s, %zu feeds, state %s%s", d.cfg->path,
	    d.cfg->nfeeds, d.cfg->daemon.state, once ? ", once" : "");
	notify_status("%zu feeds", d.cfg->nfeeds);
	notify_ready();
	notify_watchdog_start(d.ev);

	ev_run(d.ev, 0);

	notify_watchdog_stop(d.ev);
	outbox_stop(d.out);
	sched_stop(d.sched);
	rc = EXIT_OK;
	if (once && sched_state_errors(d.sched) > 0) {
		log_warnx("%zu writes to the state store failed",
		    sched_state_errors(d.sched));
		rc = EXIT_RUNTIME;
	}
	/* A cron job must be able to tell a run that reached no feed. */
	if (once && !d.stopping && sched_failed(d.sched) > 0 &&
	    sched_failed(d.sched) == sched_polled(d.sched)) {
		log_warnx("every poll failed (%zu of %zu)",
		    sched_failed(d.sched), sched_polled(d.sched));
		rc = EXIT_RUNTIME;
	}
	if (!once || d.stopping)
		log_info("stopped: %zu new items reported",
		    pipeline_count(d.pipe));
	else
		log_info("stopped: %zu new items reported, %zu feeds polled,"
		    " %zu of them failed%s", pipeline_count(d.pipe),
		    sched_polled(d.sched), sched_failed(d.sched),
		    sched_skipped(d.sched) > 0 ?
		    ", the others backing off" : "");
	log_info("alerts: %zu raised, %zu delivered, %zu given up, "
	    "%zu in flight left pending", alerting_count(d.al),
	    outbox_sent(d.out), outbox_failed(d.out), outbox_in_flight(d.out));

	ev_signal_stop(d.ev, &d.sighup);
	ev_signal_stop(d.ev, &d.sigterm);
	ev_signal_stop(d.ev, &d.sigint);
	sched_free(d.sched);
	outbox_free(d.out);
	fetch_set_pool(NULL);
	parsepool_free(d.pool);
	fetch_cleanup();
	loop_free(d.loop);
	pipeline_free(d.pipe);
	alerting_free(d.al);
	state_close(d.st);
	config_free(d.cfg);
	ev_loop_destroy(d.ev);
	close(lockfd);
	return rc;
}
