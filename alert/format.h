/*
 * What an alert looks like on each output (issue 5, DESIGN.md "State and
 * delivery"): the syslog line people read in journalctl, an RFC 5424 line
 * with structured data, journald fields, the webhook JSON body, a
 * Slack-compatible body, and the Standard Webhooks signature.
 *
 * Pure: everything is built from the struct alert and the arguments; the
 * time is passed in, nothing is sent, nothing is read from the clock.
 * Returned strings are NUL-terminated, on the heap, owned by the caller.
 */
#ifndef FW_ALERT_FORMAT_H
#define FW_ALERT_FORMAT_H

#include <stddef.h>
#include <time.h>

#include <jansson.h>

struct alert {
	const char	*event;		/* "new" or "update" */
	const char	*rule;		/* rule name */
	const char	*severity;	/* rule severity, e.g. "critical" */
	int		 priority;	/* the same as a syslog LOG_* priority */
	const char	*delivery_id;	/* stable across retries and restarts */
	const char	*feed;		/* feed name; may be NULL */
	long long	 incident_id;	/* 0 when not stored */
	json_t		*incident;	/* DESIGN.md incident record; may be NULL */
	json_t		*item;		/* DESIGN.md item object; may be NULL */
	/* For updates: what changed, {"FIELD": {"old": V, "new": V}, ...}
	 * with FIELD a record key ("killed", "perpetrator.group", ...);
	 * NULL for new alerts. */
	json_t		*changes;
	time_t		 time;		/* when the alert was raised */
};

/* The one-line summary for syslog(3) and people:
 *   ALERT critical rule=central-asia-attacks killed=8 injured=? Taraz,
 *   Kazakhstan — "Radical Islamist Kills 7 in Taraz" <https://...>
 * ("UPDATE ..." with " [killed 7→8]" for updates).  Unknown counts are
 * "?", lower bounds "12+"; the title is cut at 80 characters with "…";
 * control characters become spaces. */
char *alert_format_line(const struct alert *a);

/* An RFC 5424 syslog message: "<PRI>1 TIMESTAMP HOST APP PROCID MSGID
 * [feedwatch@32473 ...] BOM line" with rule, severity, event, delivery,
 * incident, feed, counts, place and link as structured data (null values
 * left out).  facility is a LOG_* facility from <syslog.h> (already
 * shifted, e.g. LOG_DAEMON); now is the message time; host and app are
 * sanitised to printable ASCII ("-" when empty); pid <= 0 gives "-". */
char *alert_format_rfc5424(const struct alert *a, int facility,
    const char *host, const char *app, long pid, time_t now);

/* journald fields for sd_journal_sendv(): "MESSAGE=...", "PRIORITY=N",
 * "MESSAGE_ID=...", "SYSLOG_IDENTIFIER=feedwatch", "FEEDWATCH_RULE=...",
 * "FEEDWATCH_EVENT=...", "FEEDWATCH_SEVERITY=...", "FEEDWATCH_DELIVERY=...",
 * "FEEDWATCH_INCIDENT=...", "FEEDWATCH_FEED=...", "FEEDWATCH_LINK=...",
 * "FEEDWATCH_KILLED=...", "FEEDWATCH_INJURED=...", "FEEDWATCH_COUNTRY=...",
 * "FEEDWATCH_CITY=..." (absent values left out).  Returns the count and
 * sets *fields to an array of strings; free with alert_fields_free(). */
size_t alert_journal_fields(const struct alert *a, char ***fields);
void alert_fields_free(char **fields, size_t n);

/* MESSAGE_ID of new and update alerts in the journal (journalctl
 * MESSAGE_ID=...). */
#define ALERT_MESSAGE_ID_NEW	"1b61bf8fb0214cfb810f2420494a5ebb"
#define ALERT_MESSAGE_ID_UPDATE	"7cd00fe0fc8d4552836c58fe142b2168"

/* The webhook (format = json) and stdout body:
 *   {"event", "delivery_id", "time", "rule": {"name", "severity"}, "feed",
 *    "incident_id", "incident", "item", "changes"?, "summary"}
 * "summary" is alert_format_line().  alert_json returns a new reference;
 * alert_json_body the compact one-line text. */
json_t *alert_json(const struct alert *a);
char *alert_json_body(const struct alert *a);

/* A Slack-compatible incoming-webhook body (format = slack): "text" with
 * the summary, one attachment with title, link, colour by severity and
 * fields for counts, place, type, weapon and group. */
char *alert_slack_body(const struct alert *a);

/* The Standard Webhooks signature header value
 * "v1,<base64 HMAC-SHA256(key, "ID.TIMESTAMP.BODY")>".  secret is
 * "whsec_" followed by the base64 key, or else taken as the key bytes
 * themselves.  NULL when a "whsec_" secret is not valid base64. */
char *alert_signature(const char *secret, const char *id, long long timestamp,
    const char *body, size_t len);

/* A stable delivery id for (rule, report, output): "fw_" and 32 hex digits
 * of SHA-256, the same across restarts, so receivers can drop repeats. */
char *alert_delivery_id(const char *rule, const char *feed,
    const char *item_id, const char *event, const char *output);

#endif
