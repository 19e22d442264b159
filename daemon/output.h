/*
 * Outputs and the delivery outbox (DESIGN.md "State and delivery", issue 5
 * "Outputs"): every alert reaches its outputs through the outbox rows
 * that alerting committed, so a crash between commit and write loses
 * nothing.
 *
 *   syslog   one line through syslog(3) at the rule's priority; as a
 *            systemd service with journald, through sd_journal_sendv()
 *            with FEEDWATCH_* fields instead (journald forwards to syslog
 *            daemons itself); with `address`, an RFC 5424 message to
 *            udp:HOST:PORT, unix:/PATH (datagrams) or tcp:HOST:PORT
 *            (RFC 6587 octet counting) instead.
 *   stdout   one JSON line per alert, flushed.
 *   webhook  an HTTP POST of the alert JSON (or a Slack body) on the
 *            daemon's transfer loop, signed after Standard Webhooks when
 *            the output has a secret.
 *
 * The drain sends due rows, marks them sent on success (2xx for a
 * webhook), and otherwise schedules a retry with exponential backoff and
 * jitter, or at the receiver's Retry-After, until the output's max_age,
 * when the row is marked failed and logged.  One delivery never has two
 * attempts in flight.
 */
#ifndef FW_OUTPUT_H
#define FW_OUTPUT_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

struct alert;
struct config;
struct ev_loop;
struct loop;
struct output_cfg;
struct outbox;
struct state;

/* What one output would send for one alert. */
struct output_msg {
	char	*text;		/* syslog: the line; stdout: the JSON line;
				 * webhook: the body */
	char	*datagram;	/* syslog with address: the RFC 5424 message */
	char	**headers;	/* webhook: "Name: value" request headers */
	size_t	 nheaders;
};

/* Render alert a (whose delivery_id is set) as output o would send it at
 * now, with user_agent for webhooks.  0, or -1 when it cannot be rendered
 * (a secret that is not valid base64; logged).  Clear m with
 * output_msg_clear(). */
int output_render(const struct output_cfg *o, const struct alert *a,
    const char *user_agent, time_t now, struct output_msg *m);
void output_msg_clear(struct output_msg *m);

/* Fill a from a stored alert payload (alert_json() without delivery_id):
 * a's strings and JSON point into payload, which must outlive a.  The
 * syslog priority comes from the severity name.  0, or -1 when payload
 * is not an alert. */
int output_alert_from_json(struct alert *a, json_t *payload,
    const char *delivery_id, time_t time);

/* A drain of st's outbox on ev, sending webhooks through l, for the
 * outputs of cfg (which must outlive it or be replaced with
 * outbox_set_config).  It looks for due rows at once (deliveries left
 * pending by an earlier run resume).  Allocation failure is fatal. */
struct outbox *outbox_new(struct ev_loop *ev, struct loop *l,
    struct state *st, const struct config *cfg, unsigned long long seed);

/* Switch to a reloaded config; attempts in flight go on. */
void outbox_set_config(struct outbox *o, const struct config *cfg);

/* New rows were queued, or may be due: look for them once no
 * transaction is open. */
void outbox_kick(struct outbox *o);

/* New rows were committed by the scheduler's transaction, from inside the
 * watcher that commits it: look for them in this round, not when the loop
 * next wakes up. */
void outbox_kick_committed(struct outbox *o);

/* Call done(arg) once nothing is in flight and nothing pending is due
 * (for --once: each delivery has had its attempt; failures stay queued
 * for the next run). */
void outbox_finish(struct outbox *o, void (*done)(void *), void *arg);

/* Start no more attempts (shutdown).  Attempts in flight stay pending in
 * the store when the outbox is freed before they end. */
void outbox_stop(struct outbox *o);

/* Attempts in flight; deliveries made (sent) and given up so far. */
size_t outbox_in_flight(const struct outbox *o);
size_t outbox_sent(const struct outbox *o);
size_t outbox_failed(const struct outbox *o);

/* Cancel attempts in flight (they stay pending) and free (NULL ok). */
void outbox_free(struct outbox *o);

#endif
