/*
 * The state store on SQLite.
 *
 * WAL mode lets `feedwatch status` read while the daemon writes, and with
 * synchronous=NORMAL a commit costs no fsync (only checkpoints do): a crash
 * can lose the last transactions but never corrupts the file, and losing a
 * poll's worth of "seen" marks only means its items are looked at again.
 *
 * The schema carries its version in PRAGMA user_version.  migrations[i]
 * brings a store from version i to i + 1; each step runs in its own
 * transaction, so a store is always at some whole version.
 *
 * Every statement is prepared once per struct state, on first use, from
 * the table sql[] indexed by enum stmt.  Errors are logged here with
 * SQLite's message and reported as -1; SQLITE_BUSY and SQLITE_FULL are
 * ordinary failures the caller retries later (the daemon polls again).
 */
#include "config.h"

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/hash.h"
#include "common/log.h"
#include "common/xmalloc.h"
#include "daemon/state.h"

#define STR_(x)		#x
#define STR(x)		STR_(x)
#define HASH_KEPT	STR(STATE_HASH_KEPT)

static const char *const migrations[] = {
	/* 0 -> 1 */
	"CREATE TABLE feeds ("
	"  name TEXT PRIMARY KEY,"
	"  url TEXT,"
	"  config_url TEXT,"
	"  etag TEXT,"
	"  last_modified TEXT,"
	"  last_poll INTEGER NOT NULL DEFAULT 0,"
	"  last_status INTEGER NOT NULL DEFAULT 0,"
	"  last_error TEXT,"
	"  items INTEGER NOT NULL DEFAULT 0,"
	"  errors INTEGER NOT NULL DEFAULT 0,"
	"  consecutive_errors INTEGER NOT NULL DEFAULT 0,"
	"  next_poll INTEGER NOT NULL DEFAULT 0,"
	"  disabled INTEGER NOT NULL DEFAULT 0,"
	"  polled_ok INTEGER NOT NULL DEFAULT 0);"
	/* The primary key starts with feed, so it is also the index by feed. */
	"CREATE TABLE items ("
	"  feed TEXT NOT NULL,"
	"  item_id TEXT NOT NULL,"
	"  content_hash TEXT NOT NULL,"
	"  first_seen INTEGER NOT NULL,"
	"  PRIMARY KEY (feed, item_id, content_hash)) WITHOUT ROWID;"
	"CREATE TABLE incidents ("
	"  id INTEGER PRIMARY KEY,"
	"  created INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL,"
	"  country_code TEXT,"
	"  city TEXT,"
	"  killed INTEGER,"
	"  injured INTEGER,"
	"  group_name TEXT,"
	"  record TEXT NOT NULL);"
	"CREATE INDEX incidents_place ON incidents (country_code, updated);"
	"CREATE TABLE reports ("
	"  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
	"  feed TEXT NOT NULL,"
	"  item_id TEXT NOT NULL,"
	"  link TEXT,"
	"  title TEXT,"
	"  published INTEGER,"
	"  PRIMARY KEY (incident_id, feed, item_id));"
	"CREATE INDEX reports_item ON reports (feed, item_id);"
	/* One alert per rule and report: the key of "alerted at most once". */
	"CREATE TABLE alerts ("
	"  id INTEGER PRIMARY KEY,"
	"  rule TEXT NOT NULL,"
	"  incident_id INTEGER REFERENCES incidents (id) ON DELETE SET NULL,"
	"  feed TEXT NOT NULL,"
	"  item_id TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('new', 'update')),"
	"  created INTEGER NOT NULL,"
	"  payload TEXT NOT NULL,"
	"  UNIQUE (rule, feed, item_id));"
	"CREATE INDEX alerts_incident ON alerts (incident_id);"
	"CREATE TABLE outbox ("
	"  delivery_id TEXT PRIMARY KEY,"
	"  alert_id INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,"
	"  output TEXT NOT NULL,"
	"  state TEXT NOT NULL DEFAULT 'pending'"
	"    CHECK (state IN ('pending', 'sent', 'failed')),"
	"  attempts INTEGER NOT NULL DEFAULT 0,"
	"  next_attempt INTEGER NOT NULL,"
	"  created INTEGER NOT NULL,"
	"  last_error TEXT);"
	"CREATE INDEX outbox_due ON outbox (state, next_attempt);"
	"CREATE INDEX outbox_alert ON outbox (alert_id);",
	/* 1 -> 2: when an item was last in its feed, for pruning. */
	"ALTER TABLE items ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0;"
	"UPDATE items SET last_seen = first_seen;",
	/* 2 -> 3: content hashes cut to STATE_HASH_KEPT hex digits.  Two
	 * versions of an item that agree on those are one item: REPLACE
	 * keeps one of them. */
	"UPDATE OR REPLACE items"
	"  SET content_hash = substr(content_hash, 1, " HASH_KEPT ")"
	"  WHERE length(content_hash) > " HASH_KEPT ";",
	/* 3 -> 4: an item's row holds 64-bit keys of its feed's name, its id
	 * and its content hash (state_key()), not the strings: under 50
	 * bytes a row rather than 110 with short ids (more with URLs), and
	 * a fifth fewer instructions to write.  Rows whose keys agree are
	 * one item, seen first and last when the first and last of them
	 * were. */
	"CREATE TABLE items4 ("
	"  feed INTEGER NOT NULL,"
	"  id INTEGER NOT NULL,"
	"  content INTEGER NOT NULL,"
	"  first_seen INTEGER NOT NULL,"
	"  last_seen INTEGER NOT NULL,"
	"  PRIMARY KEY (feed, id, content)) WITHOUT ROWID;"
	"INSERT INTO items4 SELECT feedwatch_key(feed), feedwatch_key(item_id),"
	"  feedwatch_key(substr(content_hash, 1, " HASH_KEPT ")), min(first_seen),"
	"  max(last_seen) FROM items GROUP BY 1, 2, 3;"
	"DROP TABLE items;"
	"ALTER TABLE items4 RENAME TO items;",
};
#define SCHEMA_VERSION	((int)(sizeof(migrations) / sizeof(migrations[0])))

enum stmt {
	S_BEGIN,
	S_COMMIT,
	S_ROLLBACK,
	S_FEED_GET,
	S_FEED_RESET_URL,
	S_FEED_PUT,
	S_FEED_LIST,
	S_ITEM_ADD,
	S_ITEM_ANY,
	S_ITEM_TOUCH,
	S_ITEM_PRUNE,
	S_FEED_FORGET_ITEMS,
	S_FEED_FORGET,
	S_SWEEP_OUTBOX,
	S_SWEEP_ALERTS,
	S_SWEEP_INCIDENTS,
	S_COUNT_FEEDS,
	S_COUNT_ITEMS,
	S_COUNT_INCIDENTS,
	S_COUNT_ALERTS,
	S_COUNT_PENDING,
	S_COUNT_FAILED,
	S_INCIDENT_ADD,
	S_INCIDENT_UPDATE,
	S_INCIDENT_RECENT,
	S_REPORT_ADD,
	S_ALERT_ADD,
	S_OUTBOX_ADD,
	S_OUTBOX_DUE,
	S_OUTBOX_NEXT,
	S_OUTBOX_SENT,
	S_OUTBOX_RETRY,
	S_OUTBOX_FAILED,
	S_OUTBOX_HURRY,
	S_NSTMT
};

#define FEED_COLUMNS "name, url, config_url, etag, last_modified, last_poll," \
	" last_status, last_error, items, errors, consecutive_errors," \
	" next_poll, disabled, polled_ok"

static const char *const sql[S_NSTMT] = {
	/* IMMEDIATE takes the write lock up front: a deferred transaction that
	 * later upgrades can fail with SQLITE_BUSY without waiting. */
	[S_BEGIN] = "BEGIN IMMEDIATE",
	[S_COMMIT] = "COMMIT",
	[S_ROLLBACK] = "ROLLBACK",
	[S_FEED_GET] = "SELECT " FEED_COLUMNS " FROM feeds WHERE name = ?1",
	/* A new URL in the config: forget where the old one redirected to,
	 * its validators and its fate.  Whether its next poll counts as a
	 * first poll is ?3 (see state_feed_get). */
	[S_FEED_RESET_URL] = "UPDATE feeds SET url = ?2, config_url = ?2,"
	    " etag = NULL, last_modified = NULL, consecutive_errors = 0,"
	    " next_poll = 0, disabled = 0, polled_ok = ?3 WHERE name = ?1",
	[S_FEED_PUT] = "INSERT OR REPLACE INTO feeds (" FEED_COLUMNS ")"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
	[S_FEED_LIST] = "SELECT " FEED_COLUMNS " FROM feeds ORDER BY name",
	/* ON CONFLICT, not OR IGNORE: only the key may collide quietly, a
	 * broken NOT NULL or CHECK must still fail. */
	[S_ITEM_ADD] = "INSERT INTO items"
	    " (feed, id, content, first_seen, last_seen)"
	    " VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT DO NOTHING",
	[S_ITEM_ANY] = "SELECT 1 FROM items WHERE feed = ?1 LIMIT 1",
	/* Written at most once per ITEM_TOUCH: last_seen needs no more
	 * precision than pruning (days), and a poll should not rewrite
	 * every row of its feed. */
	[S_ITEM_TOUCH] = "UPDATE items SET last_seen = ?4"
	    " WHERE feed = ?1 AND id = ?2 AND content = ?3 AND last_seen < ?5",
	[S_ITEM_PRUNE] = "DELETE FROM items WHERE feed = ?1 AND last_seen < ?2"
	    " AND (id, content) NOT IN (SELECT id, content"
	    " FROM items WHERE feed = ?1"
	    " ORDER BY last_seen DESC, first_seen DESC LIMIT ?3)",
	[S_FEED_FORGET_ITEMS] = "DELETE FROM items WHERE feed = ?1",
	[S_FEED_FORGET] = "DELETE FROM feeds WHERE name = ?1",
	/* See state_sweep().  A pending delivery keeps its alert: the
	 * outbox's ON DELETE CASCADE would take it along. */
	[S_SWEEP_OUTBOX] = "DELETE FROM outbox"
	    " WHERE state IN ('sent', 'failed') AND created < ?1",
	[S_SWEEP_ALERTS] = "DELETE FROM alerts WHERE created < ?1"
	    " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.alert_id = alerts.id)",
	/* Reports go with their incident (ON DELETE CASCADE); alerts that
	 * are kept lose the link (ON DELETE SET NULL), not their payload. */
	[S_SWEEP_INCIDENTS] = "DELETE FROM incidents WHERE updated < ?1",
	[S_COUNT_FEEDS] = "SELECT count(*) FROM feeds",
	[S_COUNT_ITEMS] = "SELECT count(*) FROM items",
	[S_COUNT_INCIDENTS] = "SELECT count(*) FROM incidents",
	[S_COUNT_ALERTS] = "SELECT count(*) FROM alerts",
	[S_COUNT_PENDING] = "SELECT count(*) FROM outbox WHERE state = 'pending'",
	[S_COUNT_FAILED] = "SELECT count(*) FROM outbox WHERE state = 'failed'",
	[S_INCIDENT_ADD] = "INSERT INTO incidents (created, updated,"
	    " country_code, city, killed, injured, group_name, record)"
	    " VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[S_INCIDENT_UPDATE] = "UPDATE incidents SET updated = ?2,"
	    " country_code = ?3, city = ?4, killed = ?5, injured = ?6,"
	    " group_name = ?7, record = ?8 WHERE id = ?1",
	[S_INCIDENT_RECENT] = "SELECT id, created, updated, country_code, city,"
	    " killed, injured, group_name, record FROM incidents"
	    " WHERE country_code IS ?1 AND updated >= ?2"
	    " ORDER BY updated DESC LIMIT ?3",
	[S_REPORT_ADD] = "INSERT INTO reports (incident_id, feed, item_id,"
	    " link, title, published) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
	    " ON CONFLICT DO NOTHING",
	[S_ALERT_ADD] = "INSERT INTO alerts"
	    " (rule, incident_id, feed, item_id, kind, created, payload)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
	    " ON CONFLICT (rule, feed, item_id) DO NOTHING",
	[S_OUTBOX_ADD] = "INSERT INTO outbox"
	    " (delivery_id, alert_id, output, next_attempt, created)"
	    " VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (delivery_id) DO NOTHING",
	[S_OUTBOX_DUE] = "SELECT o.delivery_id, o.alert_id, o.output, a.rule,"
	    " a.kind, a.payload, o.attempts, o.created, o.next_attempt"
	    " FROM outbox o JOIN alerts a ON a.id = o.alert_id"
	    " WHERE o.state = 'pending' AND o.next_attempt <= ?1"
	    " AND o.output NOT IN (SELECT value FROM json_each(?3))"
	    " ORDER BY o.next_attempt, o.created LIMIT ?2",
	[S_OUTBOX_NEXT] = "SELECT min(next_attempt) FROM outbox"
	    " WHERE state = 'pending'"
	    " AND output NOT IN (SELECT value FROM json_each(?1))"
	    " AND delivery_id NOT IN (SELECT value FROM json_each(?2))",
	[S_OUTBOX_SENT] = "UPDATE outbox SET state = 'sent',"
	    " attempts = attempts + 1, last_error = NULL WHERE delivery_id = ?1",
	[S_OUTBOX_RETRY] = "UPDATE outbox SET attempts = attempts + 1,"
	    " next_attempt = ?2, last_error = ?3 WHERE delivery_id = ?1",
	[S_OUTBOX_FAILED] = "UPDATE outbox SET state = 'failed',"
	    " attempts = attempts + 1, last_error = ?2 WHERE delivery_id = ?1",
	[S_OUTBOX_HURRY] = "UPDATE outbox SET next_attempt = ?2"
	    " WHERE state = 'pending' AND next_attempt > ?2"
	    " AND (?1 IS NULL OR output = ?1)",
};

struct state {
	sqlite3		*db;
	char		*path;
	sqlite3_stmt	*stmt[S_NSTMT];
	sqlite3_stmt	*batch[STATE_BATCH + 1];	/* by row count */
	int		 depth;		/* nesting of state_begin */
	int		 aborted;	/* SQLite rolled the transaction back */
	int		 wal_frames;	/* in the WAL after the last commit */
};

static void
db_error(struct state *st, const char *what)
{
	log_warnx("state %s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
}

/*
 * After a failed write inside a transaction SQLite may have rolled the
 * whole transaction back by itself (SQLITE_FULL, SQLITE_IOERR, ...); note
 * it so the outermost commit fails instead of pretending.
 */
static void
check_aborted(struct state *st)
{
	if (st->depth > 0 && sqlite3_get_autocommit(st->db))
		st->aborted = 1;
}

/* The cached statement, reset and with bindings cleared; NULL on error. */
static sqlite3_stmt *
prepared(struct state *st, enum stmt which)
{
	sqlite3_stmt *s = st->stmt[which];

	if (s == NULL) {
		if (sqlite3_prepare_v3(st->db, sql[which], -1,
		    SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
			db_error(st, "prepare");
			return NULL;
		}
		st->stmt[which] = s;
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

/* Step a statement that returns no row; 0 or -1. */
static int
run(struct state *st, sqlite3_stmt *s, const char *what)
{
	int rc;

	/* Once SQLite has rolled the transaction back, later writes would
	 * each commit on their own: refuse them until the caller ends it. */
	if (st->aborted)
		return -1;
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		db_error(st, what);
		check_aborted(st);
		return -1;
	}
	return 0;
}

static int
run_stmt(struct state *st, enum stmt which, const char *what)
{
	sqlite3_stmt *s = prepared(st, which);

	return s ? run(st, s, what) : -1;
}

static void
bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, i);
}

int64_t
state_key(const char *p, size_t n)
{
	uint64_t h = fnv1a64(p, n);

	h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
	h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return (int64_t)h;
}

static int64_t
str_key(const char *s)
{
	return state_key(s, strlen(s));
}

/* The key of an item's content hash: of its first STATE_HASH_KEPT
 * characters, as stores before version 4 kept them. */
static int64_t
hash_key(const char *hash)
{
	hash = hash ? hash : "";
	return state_key(hash, strnlen(hash, STATE_HASH_KEPT));
}

/* feedwatch_key(TEXT): state_key() in SQL, for the migration to keys. */
static void
sql_key(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *v = sqlite3_value_text(argv[0]);
	int n = sqlite3_value_bytes(argv[0]);

	(void)argc;
	if (v == NULL)
		v = (const unsigned char *)"";
	sqlite3_result_int64(ctx, state_key((const char *)v, (size_t)n));
}

static char *
col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *v = sqlite3_column_text(s, i);

	return v ? xstrdup((const char *)v) : NULL;
}

static int
exec(struct state *st, const char *q, const char *what)
{
	if (sqlite3_exec(st->db, q, NULL, NULL, NULL) != SQLITE_OK) {
		db_error(st, what);
		return -1;
	}
	return 0;
}

static int
user_version(struct state *st, int *v)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s,
	    NULL) != SQLITE_OK) {
		db_error(st, "read schema version");
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW) {
		db_error(st, "read schema version");
		return -1;
	}
	return 0;
}

/* A store with more than a quarter of its pages free is copied into a
 * file of its size when it is opened: after an upgrade that rewrote its
 * rows smaller, or the pruning of many items.  Decided from the file, not
 * from what this start did, so a compaction that a stop, a crash or a
 * full disk cut short is done by the next start. */
#define COMPACT_FREE_DIV	4
/* Past this many free pages (1 MB of 4 KB pages) the compaction is
 * worth telling the log about. */
#define COMPACT_LOG_PAGES	256

static int
pragma_int(struct state *st, const char *q, long *v)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, q, -1, &s, NULL) != SQLITE_OK) {
		db_error(st, q);
		return -1;
	}
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*v = (long)sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW) {
		db_error(st, q);
		return -1;
	}
	return 0;
}

/* Copy the store into a file of its size and empty the WAL, when enough
 * of it is free pages.  A failure (no room for the copy) leaves the store
 * as it is, whole and usable. */
static void
compact(struct state *st)
{
	long pages, free_pages;

	if (pragma_int(st, "PRAGMA page_count", &pages) == -1 ||
	    pragma_int(st, "PRAGMA freelist_count", &free_pages) == -1 ||
	    free_pages == 0 || free_pages <= pages / COMPACT_FREE_DIV)
		return;
	if (free_pages >= COMPACT_LOG_PAGES)
		log_info("state %s: compacting the store (%ld of its %ld "
		    "pages free)", st->path, free_pages, pages);
	if (exec(st, "VACUUM", "compact the store") == 0)
		exec(st, "PRAGMA wal_checkpoint(TRUNCATE)", "empty the WAL");
}

static int
migrate(struct state *st)
{
	char q[64];
	int v;

	if (user_version(st, &v) == -1)
		return -1;
	if (v > SCHEMA_VERSION) {
		log_warnx("state %s: schema version %d is newer than this "
		    "program's %d", st->path, v, SCHEMA_VERSION);
		return -1;
	}
	for (; v < SCHEMA_VERSION; v++) {
		if (exec(st, "BEGIN IMMEDIATE", "begin migration") == -1)
			return -1;
		snprintf(q, sizeof(q), "PRAGMA user_version = %d", v + 1);
		if (exec(st, migrations[v], "migrate schema") == -1 ||
		    exec(st, q, "set schema version") == -1 ||
		    exec(st, "COMMIT", "commit migration") == -1) {
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		log_debug("state %s: schema now at version %d", st->path, v + 1);
	}
	return 0;
}

/* Replaces SQLite's own checkpoint after any commit that leaves 1000
 * frames: the caller checkpoints when it is idle (state_checkpoint). */
static int
on_wal_commit(void *arg, sqlite3 *db, const char *name, int frames)
{
	struct state *st = arg;

	st->wal_frames = frames;
	return SQLITE_OK;
}

int
state_wal_frames(const struct state *st)
{
	return st->wal_frames;
}

int
state_checkpoint(struct state *st)
{
	int logged = 0, done = 0;

	if (st->depth > 0)
		return -1;
	if (sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_PASSIVE,
	    &logged, &done) != SQLITE_OK) {
		db_error(st, "checkpoint");
		return -1;
	}
	log_debug("state %s: checkpoint: %d of %d WAL frames copied",
	    st->path, done, logged);
	/* Copied frames are reused by the next commit that finds no reader
	 * in them; until then the WAL keeps its length. */
	if (done == logged)
		st->wal_frames = 0;
	return 0;
}

/* A WAL grown past this many bytes (an upgrade rewrites every row in one
 * transaction) is cut back to it once a checkpoint has copied it all:
 * twice what the daemon's own checkpoints let it reach. */
#define WAL_SIZE_LIMIT	"33554432"

static struct state *
open_db(const char *path, int readonly)
{
	struct state *st = xcalloc(1, sizeof(*st));
	int flags, v;

	st->path = xstrdup(path);
	/* Memory statistics nobody reads would take SQLite's global mutex
	 * on every allocation, several per recorded item.  Only possible
	 * before SQLite's first use; later calls change nothing. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	flags = readonly ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &st->db, flags | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK) {
		if (st->db == NULL)
			log_warnx("state %s: cannot open", path);
		else
			db_error(st, "open");
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	/* Readers never wait for the writer in WAL mode; this is for another
	 * writer (a second daemon by mistake, an admin's sqlite3 shell).  The
	 * daemon calls from its loop, so it waits briefly, then the call
	 * fails with SQLITE_BUSY and the work is retried on a later poll. */
	sqlite3_busy_timeout(st->db, readonly ? 5000 : 1000);
	if (readonly) {
		if (user_version(st, &v) == -1)
			goto fail;
		if (v != SCHEMA_VERSION) {
			log_warnx("state %s: %s (schema version %d, expected %d)",
			    path, v == 0 ? "not a feedwatch state store" :
			    v < SCHEMA_VERSION ? "written by an older feedwatch;"
			    " feedwatchd upgrades it when it starts" :
			    "written by a newer version of feedwatch",
			    v, SCHEMA_VERSION);
			goto fail;
		}
		return st;
	}
	/* The last connection to close would copy the whole WAL into the
	 * database and sync both (for --once, every poll's pages written
	 * twice and two fsyncs at exit).  The WAL holds the same committed
	 * transactions and the next open reads it back.  Checkpoints are
	 * the caller's (state_checkpoint), when it has nothing else to do,
	 * not SQLite's inside whichever commit passes 1000 frames. */
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	if (sqlite3_create_function(st->db, "feedwatch_key", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
	    sql_key, NULL, NULL) != SQLITE_OK) {
		db_error(st, "register feedwatch_key()");
		goto fail;
	}
	sqlite3_wal_hook(st->db, on_wal_commit, st);
	/* synchronous first: switching a new file to WAL then syncs less. */
	if (exec(st, "PRAGMA synchronous = NORMAL", "set synchronous") == -1 ||
	    exec(st, "PRAGMA journal_mode = WAL", "set WAL mode") == -1 ||
	    exec(st, "PRAGMA foreign_keys = ON", "enable foreign keys") == -1 ||
	    exec(st, "PRAGMA journal_size_limit = " WAL_SIZE_LIMIT,
	    "limit the WAL's size") == -1 ||
	    migrate(st) == -1)
		goto fail;
	compact(st);
	return st;
fail:
	state_close(st);
	return NULL;
}

struct state *
state_open(const char *path)
{
	return open_db(path, 0);
}

struct state *
state_open_readonly(const char *path)
{
	return open_db(path, 1);
}

void
state_close(struct state *st)
{
	int i;

	if (st == NULL)
		return;
	if (st->depth > 0 && st->db && !sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	for (i = 0; i < S_NSTMT; i++)
		sqlite3_finalize(st->stmt[i]);
	for (i = 0; i <= STATE_BATCH; i++)
		sqlite3_finalize(st->batch[i]);
	if (st->db && sqlite3_close(st->db) != SQLITE_OK)
		db_error(st, "close");
	free(st->path);
	free(st);
}

int
state_begin(struct state *st)
{
	if (st->depth++ > 0)
		return 0;
	st->aborted = 0;
	if (run_stmt(st, S_BEGIN, "begin transaction") == -1) {
		st->depth = 0;
		st->aborted = 0;
		return -1;
	}
	return 0;
}

int
state_commit(struct state *st)
{
	if (st->depth == 0) {
		log_warnx("state %s: commit without begin", st->path);
		return -1;
	}
	if (--st->depth > 0)
		return 0;
	if (st->aborted) {
		log_warnx("state %s: transaction was rolled back after an "
		    "error; nothing of it was kept", st->path);
		st->aborted = 0;
		return -1;
	}
	if (run_stmt(st, S_COMMIT, "commit") == -1) {
		/* A failed COMMIT may leave the transaction open; close it so
		 * the next begin starts clean. */
		if (!sqlite3_get_autocommit(st->db))
			run_stmt(st, S_ROLLBACK, "roll back");
		return -1;
	}
	return 0;
}

int
state_in_transaction(const struct state *st)
{
	return st->depth > 0;
}

void
state_rollback(struct state *st)
{
	if (st->depth == 0)
		return;
	st->depth = 0;
	st->aborted = 0;
	if (!sqlite3_get_autocommit(st->db))
		run_stmt(st, S_ROLLBACK, "roll back");
}

static void
feed_row(sqlite3_stmt *s, struct feed_state *fs)
{
	fs->name = col_text(s, 0);
	fs->url = col_text(s, 1);
	fs->config_url = col_text(s, 2);
	fs->etag = col_text(s, 3);
	fs->last_modified = col_text(s, 4);
	fs->last_poll = sqlite3_column_int64(s, 5);
	fs->last_status = sqlite3_column_int(s, 6);
	fs->last_error = col_text(s, 7);
	fs->items = sqlite3_column_int64(s, 8);
	fs->errors = sqlite3_column_int64(s, 9);
	fs->consecutive_errors = sqlite3_column_int(s, 10);
	fs->next_poll = sqlite3_column_int64(s, 11);
	fs->disabled = sqlite3_column_int(s, 12);
	fs->polled_ok = sqlite3_column_int(s, 13);
}

static void
feed_state_clear(struct feed_state *fs)
{
	free(fs->name);
	free(fs->url);
	free(fs->config_url);
	free(fs->etag);
	free(fs->last_modified);
	free(fs->last_error);
}

void
feed_state_free(struct feed_state *fs)
{
	if (fs == NULL)
		return;
	feed_state_clear(fs);
	free(fs);
}

void
feed_state_free_all(struct feed_state *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		feed_state_clear(&v[i]);
	free(v);
}

int
state_feed_get(struct state *st, const char *name, const char *config_url,
    struct feed_state **out)
{
	struct feed_state *fs;
	sqlite3_stmt *s;
	int rc;

	*out = NULL;
	if ((s = prepared(st, S_FEED_GET)) == NULL)
		return -1;
	bind_text(s, 1, name);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		if (rc != SQLITE_DONE) {
			db_error(st, "read feed");
			check_aborted(st);
		}
		sqlite3_reset(s);
		return rc == SQLITE_DONE ? 0 : -1;
	}
	fs = xcalloc(1, sizeof(*fs));
	feed_row(s, fs);
	sqlite3_reset(s);
	if (config_url == NULL ||
	    (fs->config_url && !strcmp(fs->config_url, config_url))) {
		*out = fs;
		return 1;
	}

	/*
	 * The user moved the feed (most often to where it redirected, or
	 * from http to https).  While items of the feed are stored, the next
	 * poll is not a first poll: the items it already had are known by
	 * their ids and content, and the ones that are really new must be
	 * reported, not swallowed by the first-poll rule.  Only a feed with
	 * nothing stored (its old URL never worked, or it was never polled)
	 * starts over with a first poll.
	 */
	if (fs->polled_ok) {
		if ((s = prepared(st, S_ITEM_ANY)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, str_key(name));
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
			db_error(st, "look for items");
			check_aborted(st);
			goto fail;
		}
		fs->polled_ok = rc == SQLITE_ROW;
	}
	if ((s = prepared(st, S_FEED_RESET_URL)) == NULL)
		goto fail;
	bind_text(s, 1, name);
	bind_text(s, 2, config_url);
	sqlite3_bind_int(s, 3, fs->polled_ok);
	if (run(st, s, "reset feed URL") == -1)
		goto fail;
	free(fs->url);
	free(fs->config_url);
	free(fs->etag);
	free(fs->last_modified);
	fs->url = xstrdup(config_url);
	fs->config_url = xstrdup(config_url);
	fs->etag = fs->last_modified = NULL;
	fs->consecutive_errors = 0;
	fs->next_poll = 0;
	fs->disabled = 0;
	*out = fs;
	return 1;
fail:
	feed_state_free(fs);
	return -1;
}

int
state_feed_put(struct state *st, const struct feed_state *fs)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_FEED_PUT)) == NULL)
		return -1;
	bind_text(s, 1, fs->name);
	bind_text(s, 2, fs->url);
	bind_text(s, 3, fs->config_url);
	bind_text(s, 4, fs->etag);
	bind_text(s, 5, fs->last_modified);
	sqlite3_bind_int64(s, 6, fs->last_poll);
	sqlite3_bind_int(s, 7, fs->last_status);
	bind_text(s, 8, fs->last_error);
	sqlite3_bind_int64(s, 9, fs->items);
	sqlite3_bind_int64(s, 10, fs->errors);
	sqlite3_bind_int(s, 11, fs->consecutive_errors);
	sqlite3_bind_int64(s, 12, fs->next_poll);
	sqlite3_bind_int(s, 13, fs->disabled);
	sqlite3_bind_int(s, 14, fs->polled_ok);
	return run(st, s, "write feed");
}

struct feed_state *
state_feed_list(struct state *st, size_t *n)
{
	struct feed_state *v = NULL;
	size_t cap = 0;
	sqlite3_stmt *s;
	int rc;

	*n = 0;
	if ((s = prepared(st, S_FEED_LIST)) == NULL)
		return NULL;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			v = xreallocarray(v, cap, sizeof(*v));
		}
		memset(&v[*n], 0, sizeof(v[*n]));
		feed_row(s, &v[(*n)++]);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		db_error(st, "list feeds");
		feed_state_free_all(v, *n);
		*n = 0;
		return NULL;
	}
	if (v == NULL)		/* no feeds is not an error */
		v = xcalloc(1, sizeof(*v));
	return v;
}

/* Record one item by its keys; 1 new, 0 known, -1 on error. */
static int
item_seen(struct state *st, int64_t feed, int64_t id, int64_t content,
    time_t now)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_ITEM_ADD)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_int64(s, 3, content);
	sqlite3_bind_int64(s, 4, now);
	if (run(st, s, "record item") == -1)
		return -1;
	if (sqlite3_changes(st->db) > 0)
		return 1;
	/* Known: note that it is still in the feed. */
	if ((s = prepared(st, S_ITEM_TOUCH)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, feed);
	sqlite3_bind_int64(s, 2, id);
	sqlite3_bind_int64(s, 3, content);
	sqlite3_bind_int64(s, 4, now);
	sqlite3_bind_int64(s, 5, now - STATE_ITEM_TOUCH);
	if (run(st, s, "touch item") == -1)
		return -1;
	return 0;
}

int
state_item_seen(struct state *st, const char *feed, const char *item_id,
    const char *content_hash, time_t now)
{
	return item_seen(st, str_key(feed), str_key(item_id),
	    hash_key(content_hash), now);
}

/* The statement recording n items of one feed (?1) first seen at ?2,
 * the i-th item's keys in ?(2i + 3) and ?(2i + 4); prepared on first
 * use for each n.  NULL on error. */
static sqlite3_stmt *
batch_stmt(struct state *st, size_t n)
{
	sqlite3_stmt *s = st->batch[n];
	struct buf q = BUF_INIT;
	size_t i;

	if (s == NULL) {
		buf_init(&q, 0);
		/* OR IGNORE, not ON CONFLICT as in S_ITEM_ADD: every value
		 * is a bound integer, so no NOT NULL can fail, and a row
		 * another writer stored first still shows in the count of
		 * changes; SQLite codes it with fewer steps a row. */
		buf_addstr(&q, "INSERT OR IGNORE INTO items"
		    " (feed, id, content, first_seen, last_seen) VALUES ");
		for (i = 0; i < n; i++)
			buf_printf(&q, "%s(?1, ?%zu, ?%zu, ?2, ?2)",
			    i > 0 ? ", " : "", 2 * i + 3, 2 * i + 4);
		if (sqlite3_prepare_v3(st->db, buf_str(&q), -1,
		    SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
			db_error(st, "prepare");
			buf_release(&q);
			return NULL;
		}
		buf_release(&q);
		st->batch[n] = s;
	}
	/* No sqlite3_clear_bindings(): the caller binds every one of
	 * the 2n + 2 parameters before each use. */
	sqlite3_reset(s);
	return s;
}

/* An item's keys, in the order of the table's primary key. */
struct item_key {
	int64_t	id, content;
};

static int
key_cmp(const struct item_key *a, const struct item_key *b)
{
	if (a->id != b->id)
		return a->id < b->id ? -1 : 1;
	if (a->content != b->content)
		return a->content < b->content ? -1 : 1;
	return 0;
}

int
state_items_seen(struct state *st, const char *feed,
    const char *const *ids, const char *const *hashes, size_t n,
    time_t now, int *isnew)
{
	struct item_key keys[STATE_BATCH];
	sqlite3_stmt *s;
	size_t order[STATE_BATCH], i, k, m = 0;
	int64_t fkey = str_key(feed);
	int rc, r, one_by_one = 1;

	if (n > STATE_BATCH) {
		log_warnx("state %s: %zu items at once, more than %d",
		    st->path, n, STATE_BATCH);
		return -1;
	}
	for (i = 0; i < n; i++) {
		keys[i].id = str_key(ids[i]);
		keys[i].content = hash_key(hashes[i]);
	}
	/* One item gains nothing from the look. */
	if (n > 1) {
		if (st->aborted || (s = prepared(st, S_ITEM_ANY)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, fkey);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
			db_error(st, "look for items");
			check_aborted(st);
			return -1;
		}
		one_by_one = rc == SQLITE_ROW;
	}
	if (one_by_one) {
		for (i = 0; i < n; i++) {
			if ((r = item_seen(st, fkey, keys[i].id,
			    keys[i].content, now)) == -1)
				return -1;
			isnew[i] = r;
		}
		return 0;
	}
	/* None stored: every item is new but for repeats within the call,
	 * and one statement writes them all.  In key order: each row then
	 * goes in next to the one before, in a B-tree page already at
	 * hand, and a repeat comes right behind the first of its kind (the
	 * sort is stable), where one comparison finds it. */
	for (i = 0; i < n; i++) {
		for (k = i; k > 0 && key_cmp(&keys[order[k - 1]], &keys[i]) > 0;
		    k--)
			order[k] = order[k - 1];
		order[k] = i;
	}
	for (k = 0; k < n; k++) {
		i = order[k];
		if ((isnew[i] = k == 0 ||
		    key_cmp(&keys[order[k - 1]], &keys[i]) != 0))
			m++;
	}
	if ((s = batch_stmt(st, m)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, fkey);
	sqlite3_bind_int64(s, 2, now);
	for (k = 0, m = 0; k < n; k++) {
		i = order[k];
		if (!isnew[i])
			continue;
		sqlite3_bind_int64(s, (int)(2 * m + 3), keys[i].id);
		sqlite3_bind_int64(s, (int)(2 * m + 4), keys[i].content);
		m++;
	}
	if (run(st, s, "record items") == -1)
		return -1;
	/* Only another writer between the look and the write (outside a
	 * transaction) could have stored some of them first. */
	if ((size_t)sqlite3_changes(st->db) != m) {
		log_warnx("state %s: items of feed %s were written meanwhile",
		    st->path, feed);
		return -1;
	}
	return 0;
}

long
state_items_prune(struct state *st, const char *feed, time_t before,
    long keep)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_ITEM_PRUNE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, str_key(feed));
	sqlite3_bind_int64(s, 2, before);
	sqlite3_bind_int64(s, 3, keep < 0 ? 0 : keep);
	if (run(st, s, "prune items") == -1)
		return -1;
	return (long)sqlite3_changes(st->db);
}

long
state_feed_forget(struct state *st, const char *feed)
{
	sqlite3_stmt *s;
	long n;

	if ((s = prepared(st, S_FEED_FORGET_ITEMS)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, str_key(feed));
	if (run(st, s, "forget items") == -1)
		return -1;
	n = (long)sqlite3_changes(st->db);
	if ((s = prepared(st, S_FEED_FORGET)) == NULL)
		return -1;
	bind_text(s, 1, feed);
	if (run(st, s, "forget feed") == -1)
		return -1;
	return n;
}

/* Run one sweep statement with ?1 = before; the rows deleted, or -1. */
static long
sweep_stmt(struct state *st, enum stmt which, time_t before, const char *what)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, which)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, before);
	if (run(st, s, what) == -1)
		return -1;
	return (long)sqlite3_changes(st->db);
}

/*
 * Nothing here is needed for "alerted at most once": an item reaches
 * alerting only when its feed, id and content are new to the items table,
 * which keeps its row while the item is in its feed and item_retention
 * after.  An alert row only picks the key of a later alert on the same id
 * (daemon/alerting.c), and an incident is a candidate for new reports
 * only while it is younger than the clustering's candidate age.
 */
int
state_sweep(struct state *st, time_t delivered_before, time_t idle_before,
    struct state_swept *out)
{
	memset(out, 0, sizeof(*out));
	if ((out->deliveries = sweep_stmt(st, S_SWEEP_OUTBOX,
	    delivered_before, "forget finished deliveries")) == -1 ||
	    (out->alerts = sweep_stmt(st, S_SWEEP_ALERTS, delivered_before,
	    "forget old alerts")) == -1 ||
	    (out->incidents = sweep_stmt(st, S_SWEEP_INCIDENTS, idle_before,
	    "forget idle incidents")) == -1)
		return -1;
	return 0;
}

static int
count(struct state *st, enum stmt which, long *out)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = prepared(st, which)) == NULL)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW) {
		db_error(st, "count");
		return -1;
	}
	return 0;
}

int
state_totals(struct state *st, struct state_totals *t)
{
	memset(t, 0, sizeof(*t));
	if (count(st, S_COUNT_FEEDS, &t->feeds) == -1 ||
	    count(st, S_COUNT_ITEMS, &t->items) == -1 ||
	    count(st, S_COUNT_INCIDENTS, &t->incidents) == -1 ||
	    count(st, S_COUNT_ALERTS, &t->alerts) == -1 ||
	    count(st, S_COUNT_PENDING, &t->pending) == -1 ||
	    count(st, S_COUNT_FAILED, &t->failed) == -1)
		return -1;
	return 0;
}

/* A count that may be "not stated" (-1) as an SQL NULL. */
static void
bind_count(sqlite3_stmt *s, int i, long v)
{
	if (v < 0)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int64(s, i, v);
}

static long
col_count(sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return -1;
	return (long)sqlite3_column_int64(s, i);
}

long long
state_incident_add(struct state *st, const struct incident_row *r,
    time_t now)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_INCIDENT_ADD)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, now);
	bind_text(s, 2, r->country_code);
	bind_text(s, 3, r->city);
	bind_count(s, 4, r->killed);
	bind_count(s, 5, r->injured);
	bind_text(s, 6, r->group_name);
	bind_text(s, 7, r->record ? r->record : "{}");
	if (run(st, s, "record incident") == -1)
		return -1;
	return sqlite3_last_insert_rowid(st->db);
}

int
state_incident_update(struct state *st, const struct incident_row *r,
    time_t now)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_INCIDENT_UPDATE)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, r->id);
	sqlite3_bind_int64(s, 2, now);
	bind_text(s, 3, r->country_code);
	bind_text(s, 4, r->city);
	bind_count(s, 5, r->killed);
	bind_count(s, 6, r->injured);
	bind_text(s, 7, r->group_name);
	bind_text(s, 8, r->record ? r->record : "{}");
	if (run(st, s, "update incident") == -1)
		return -1;
	if (sqlite3_changes(st->db) == 0) {
		log_warnx("state %s: update incident: no incident %lld",
		    st->path, r->id);
		return -1;
	}
	return 0;
}

void
incident_row_free_all(struct incident_row *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].country_code);
		free(v[i].city);
		free(v[i].group_name);
		free(v[i].record);
	}
	free(v);
}

struct incident_row *
state_incident_recent(struct state *st, const char *country_code,
    time_t since, size_t max, size_t *n)
{
	struct incident_row *v, *r;
	sqlite3_stmt *s;
	int rc = SQLITE_DONE;

	*n = 0;
	if ((s = prepared(st, S_INCIDENT_RECENT)) == NULL)
		return NULL;
	bind_text(s, 1, country_code);
	sqlite3_bind_int64(s, 2, since);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)max);
	v = xcalloc(max ? max : 1, sizeof(*v));
	while (*n < max && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		r = &v[(*n)++];
		r->id = sqlite3_column_int64(s, 0);
		r->created = sqlite3_column_int64(s, 1);
		r->updated = sqlite3_column_int64(s, 2);
		r->country_code = col_text(s, 3);
		r->city = col_text(s, 4);
		r->killed = col_count(s, 5);
		r->injured = col_count(s, 6);
		r->group_name = col_text(s, 7);
		r->record = col_text(s, 8);
	}
	if (*n < max && rc != SQLITE_DONE) {
		db_error(st, "list recent incidents");
		sqlite3_reset(s);
		incident_row_free_all(v, *n);
		*n = 0;
		return NULL;
	}
	sqlite3_reset(s);
	return v;
}

int
state_report_add(struct state *st, long long incident_id, const char *feed,
    const char *item_id, const char *link, const char *title,
    time_t published)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_REPORT_ADD)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, incident_id);
	bind_text(s, 2, feed);
	bind_text(s, 3, item_id);
	bind_text(s, 4, link);
	bind_text(s, 5, title);
	if (published)
		sqlite3_bind_int64(s, 6, published);
	if (run(st, s, "record report") == -1)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

long long
state_alert_add(struct state *st, const char *rule, long long incident_id,
    const char *feed, const char *item_id, const char *kind,
    const char *payload, time_t now)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_ALERT_ADD)) == NULL)
		return -1;
	bind_text(s, 1, rule);
	if (incident_id > 0)
		sqlite3_bind_int64(s, 2, incident_id);
	bind_text(s, 3, feed);
	bind_text(s, 4, item_id);
	bind_text(s, 5, kind);
	sqlite3_bind_int64(s, 6, now);
	bind_text(s, 7, payload);
	if (run(st, s, "record alert") == -1)
		return -1;
	if (sqlite3_changes(st->db) == 0)
		return 0;
	return sqlite3_last_insert_rowid(st->db);
}

int
state_outbox_add(struct state *st, const char *delivery_id,
    long long alert_id, const char *output, time_t now)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_OUTBOX_ADD)) == NULL)
		return -1;
	bind_text(s, 1, delivery_id);
	sqlite3_bind_int64(s, 2, alert_id);
	bind_text(s, 3, output);
	sqlite3_bind_int64(s, 4, now);
	if (run(st, s, "queue delivery") == -1)
		return -1;
	return sqlite3_changes(st->db) > 0;
}

void
outbox_entry_free_all(struct outbox_entry *v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(v[i].delivery_id);
		free(v[i].output);
		free(v[i].rule);
		free(v[i].kind);
		free(v[i].payload);
	}
	free(v);
}

struct outbox_entry *
state_outbox_due(struct state *st, time_t now, size_t max, size_t *n)
{
	return state_outbox_due_except(st, now, NULL, 0, max, n);
}

/* names as a JSON array of strings, for json_each(). */
static void
json_names(struct buf *b, const char *const *names, size_t n)
{
	const unsigned char *p;
	size_t i;

	buf_addch(b, '[');
	for (i = 0; i < n; i++) {
		buf_addstr(b, i ? ",\"" : "\"");
		for (p = (const unsigned char *)names[i]; *p; p++) {
			if (*p == '"' || *p == '\\')
				buf_printf(b, "\\%c", *p);
			else if (*p < 0x20)
				buf_printf(b, "\\u%04x", *p);
			else
				buf_addch(b, (char)*p);
		}
		buf_addch(b, '"');
	}
	buf_addch(b, ']');
}

struct outbox_entry *
state_outbox_due_except(struct state *st, time_t now,
    const char *const *skip, size_t nskip, size_t max, size_t *n)
{
	struct outbox_entry *v, *e;
	struct buf names = BUF_INIT;
	sqlite3_stmt *s;
	int rc = SQLITE_DONE;

	*n = 0;
	if ((s = prepared(st, S_OUTBOX_DUE)) == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)max);
	if (nskip > 0) {
		json_names(&names, skip, nskip);
		sqlite3_bind_text(s, 3, buf_str(&names), (int)names.len,
		    SQLITE_TRANSIENT);
		buf_release(&names);
	}
	v = xcalloc(max ? max : 1, sizeof(*v));
	while (*n < max && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		e = &v[(*n)++];
		e->delivery_id = col_text(s, 0);
		e->alert_id = sqlite3_column_int64(s, 1);
		e->output = col_text(s, 2);
		e->rule = col_text(s, 3);
		e->kind = col_text(s, 4);
		e->payload = col_text(s, 5);
		e->attempts = sqlite3_column_int(s, 6);
		e->created = sqlite3_column_int64(s, 7);
		e->next_attempt = sqlite3_column_int64(s, 8);
	}
	if (*n < max && rc != SQLITE_DONE) {
		db_error(st, "list due deliveries");
		sqlite3_reset(s);
		outbox_entry_free_all(v, *n);
		*n = 0;
		return NULL;
	}
	sqlite3_reset(s);
	return v;
}

long
state_outbox_next(struct state *st, time_t now)
{
	return state_outbox_next_except(st, now, NULL, 0, NULL, 0);
}

long
state_outbox_next_except(struct state *st, time_t now,
    const char *const *skip, size_t nskip,
    const char *const *ids, size_t nids)
{
	struct buf names = BUF_INIT;
	sqlite3_stmt *s;
	long ret;
	int rc;

	if ((s = prepared(st, S_OUTBOX_NEXT)) == NULL)
		return -2;
	if (nskip > 0) {
		json_names(&names, skip, nskip);
		sqlite3_bind_text(s, 1, buf_str(&names), (int)names.len,
		    SQLITE_TRANSIENT);
		buf_release(&names);
	}
	if (nids > 0) {
		json_names(&names, ids, nids);
		sqlite3_bind_text(s, 2, buf_str(&names), (int)names.len,
		    SQLITE_TRANSIENT);
		buf_release(&names);
	}
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		db_error(st, "next delivery");
		sqlite3_reset(s);
		return -2;
	}
	if (sqlite3_column_type(s, 0) == SQLITE_NULL)
		ret = -1;
	else {
		sqlite3_int64 t = sqlite3_column_int64(s, 0);
		ret = t <= now ? 0 : (long)(t - now);
	}
	sqlite3_reset(s);
	return ret;
}

int
state_outbox_sent(struct state *st, const char *delivery_id)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_OUTBOX_SENT)) == NULL)
		return -1;
	bind_text(s, 1, delivery_id);
	return run(st, s, "mark delivery sent");
}

int
state_outbox_retry(struct state *st, const char *delivery_id,
    time_t next_attempt, const char *error)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_OUTBOX_RETRY)) == NULL)
		return -1;
	bind_text(s, 1, delivery_id);
	sqlite3_bind_int64(s, 2, next_attempt);
	bind_text(s, 3, error);
	return run(st, s, "reschedule delivery");
}

int
state_outbox_failed(struct state *st, const char *delivery_id,
    const char *error)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_OUTBOX_FAILED)) == NULL)
		return -1;
	bind_text(s, 1, delivery_id);
	bind_text(s, 2, error);
	return run(st, s, "mark delivery failed");
}

int
state_outbox_hurry(struct state *st, const char *output, time_t now)
{
	sqlite3_stmt *s;

	if ((s = prepared(st, S_OUTBOX_HURRY)) == NULL)
		return -1;
	bind_text(s, 1, output);
	sqlite3_bind_int64(s, 2, now);
	if (run(st, s, "hurry deliveries") == -1)
		return -1;
	return sqlite3_changes(st->db);
}
