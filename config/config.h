/*
 * The configuration (DESIGN.md "Config file"): INI with git-style named
 * sections, `include = GLOB`, per-feed overrides.  Loaded whole, validated
 * whole, then immutable: a reload builds a new one and swaps it in.
 */
#ifndef FW_CONFIG_H
#define FW_CONFIG_H

#include <stddef.h>

struct buf;
struct rule;

struct daemon_cfg {
	char	*state;			/* SQLite state file */
	double	 interval;		/* default poll interval, seconds */
	double	 jitter;		/* fraction of the interval, 0..1 */
	long	 max_connections;	/* global cap on transfers */
	long	 per_host;		/* transfers per host */
	char	*user_agent;
	double	 connect_timeout;	/* seconds */
	double	 stall_timeout;		/* seconds without progress */
	double	 max_backoff;		/* seconds, cap of error backoff */
	size_t	 max_body;		/* bytes after decompression */
	size_t	 max_items;		/* items read per document */
	int	 alert_first_poll;	/* 0: first poll of a new feed only records */
	double	 item_retention;	/* seconds an item out of its feed is kept */
	long	 item_keep;		/* newest items kept per feed, any age */
	long	 parse_threads;		/* feed parsing threads, 0 = the loop's */
};

struct feed_cfg {
	char	*name;
	char	*url;
	double	 interval;		/* seconds; inherited from [daemon] */
	char	**tags;
	size_t	 ntags;
	int	 alert_first_poll;	/* inherited from [daemon] */
	int	 allow_file;		/* url is file:// (only allowed from the config) */
	int	 enabled;		/* 0: keep the feed's state but do not poll it */
	size_t	 max_body;		/* inherited from [daemon] */
	size_t	 max_items;		/* inherited from [daemon] */
	char	*file;			/* where the section was defined */
	int	 line;
};

enum output_type { OUTPUT_SYSLOG, OUTPUT_WEBHOOK, OUTPUT_STDOUT };

struct output_cfg {
	char	*name;
	enum output_type type;
	char	*url;			/* webhook */
	char	*secret;		/* webhook signing secret (read from secret_file) */
	char	*format;		/* "json" | "slack" */
	char	*address;		/* syslog: "udp:HOST:PORT" | "tcp:HOST:PORT" | "unix:/path" | NULL = local */
	double	 timeout;		/* seconds per attempt */
	double	 max_age;		/* seconds before a delivery is given up */
	char	*file;
	int	 line;
};

struct rule_cfg {
	char	*name;
	char	*when;			/* source text of the condition */
	struct rule *expr;		/* compiled condition (rules/rule.h) */
	char	**outputs;
	size_t	 noutputs;
	char	*severity;		/* "info" | "warning" | "critical" ... */
	int	 priority;		/* severity as a syslog(3) LOG_* priority */
	double	 cooldown;		/* seconds, 0 = none */
	char	**feeds;		/* scope: feed names, empty = all */
	size_t	 nfeeds;
	char	**tags;			/* scope: feed tags, empty = all */
	size_t	 ntags;
	char	*file;
	int	 line;
};

struct config {
	char	*path;
	struct daemon_cfg daemon;
	struct feed_cfg *feeds;
	size_t	 nfeeds;
	struct output_cfg *outputs;
	size_t	 noutputs;
	struct rule_cfg *rules;
	size_t	 nrules;
	size_t	*feed_index;		/* feeds sorted by name, for lookups */
	size_t	*output_index;
};

/* Load and validate path and the files it includes.  Returns the config,
 * or NULL with one "FILE:LINE:COLUMN: message" line per problem appended
 * to errors (all problems, not just the first). */
struct config *config_load(const char *path, struct buf *errors);

/* The same for a config held in memory; name stands for its path (in
 * messages and for resolving relative includes and secret files). */
struct config *config_parse_buffer(const char *name, const char *data,
    size_t len, struct buf *errors);

/* config_parse_buffer() with flags: CONFIG_NOFILES refuses `include`
 * and `secret_file` (for text that must not reach the file system, such
 * as fuzz input). */
#define CONFIG_NOFILES	0x1
struct config *config_parse(const char *name, const char *data, size_t len,
    int flags, struct buf *errors);

/* A config with the [daemon] defaults and no feeds, outputs or rules
 * (not even the built-in outputs, which loading adds). */
struct config *config_default(void);

/* Lookup by name; NULL when absent.  In a loaded config the outputs
 * "syslog" (local syslog) and "stdout" always exist (defined by the file
 * or built in, with file "(built-in)"). */
const struct feed_cfg *config_feed(const struct config *c, const char *name);
const struct output_cfg *config_output(const struct config *c, const char *name);

/* Whether rule r looks at items of feed f: f is among r->feeds (when
 * that list is not empty) and carries one of r->tags (when that list is
 * not empty).  f NULL (an item from no configured feed, as in `feedwatch
 * test FILE`) passes only a rule without scoping. */
int config_rule_applies(const struct rule_cfg *r, const struct feed_cfg *f);

void config_free(struct config *c);

/* Parse a duration such as "90", "90s", "10m", "2h", "1d"; 0 or -1. */
int config_parse_duration(const char *s, double *out);
/* Parse a size such as "5M", "512k", "1G", "1000"; 0 or -1. */
int config_parse_size(const char *s, size_t *out);

#endif
