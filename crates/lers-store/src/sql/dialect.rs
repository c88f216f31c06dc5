//! The one place that knows which database is in use: the URL scheme, pool set-up,
//! migrations, row locking and advisory locks per dialect, and how a multi-row insert
//! writes its parameters. Everything else speaks the SQL both understand.

use sha2::{Digest, Sha256};
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

use super::conn::Conn;
use std::str::FromStr;
use std::time::Duration;

use crate::error::{ConfigError, StoreError};

/// Every SQLite connection's settings (the pool's and the inline writer's). WAL lets
/// readers run beside the writer; synchronous=FULL makes every acknowledged commit
/// survive power loss; the busy timeout makes a second process wait instead of
/// failing; secure_delete zeroes what a write deletes or replaces, so a value sealed
/// over its clear text does not linger in free space.
pub(crate) const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Self::Postgres)
        } else {
            Err(ConfigError::UnsupportedDatabaseUrl(redact(url)).into())
        }
    }
}

/// Run on the connection PostgreSQL migrations use: LERS' schema is the first schema
/// of the operator's search path (the role's, database's or URL's) that exists, is
/// not `pg_catalog` or the temporary one, is owned by LERS' role itself (or, for
/// `pg_database_owner`'s `public`, LERS' role owns the database), and in which no
/// other role may create objects; the path becomes that schema (where the
/// migrations create their tables), then `pg_catalog`, then `pg_temp`. A schema
/// someone else owns or may create in would put their functions before the built-in
/// ones (sqlx's migrator calls `current_database()` unqualified), so it is passed
/// over — the default path's `"$user"` is such a schema when another role made it,
/// and a role merely *including* LERS' is not enough, as whoever administers that
/// role can add LERS to it. Every name in the statement is qualified, operators
/// included, and it names no type, as it runs under the path it replaces (attack
/// reviews of 6 December 2026, helper-107 to -110).
const POSTGRES_MIGRATION_PATH: &str = "SELECT pg_catalog.set_config('search_path', \
     pg_catalog.concat_ws(', ', \
       (SELECT pg_catalog.quote_ident(n.nspname) \
        FROM pg_catalog.unnest(pg_catalog.current_schemas(false)) WITH ORDINALITY AS path(given, place) \
        JOIN pg_catalog.pg_namespace n ON n.nspname OPERATOR(pg_catalog.=) path.given \
        CROSS JOIN LATERAL (SELECT CASE WHEN pg_catalog.nameeq(pg_catalog.pg_get_userbyid(n.nspowner), 'pg_database_owner') \
            THEN (SELECT d.datdba FROM pg_catalog.pg_database d \
                  WHERE d.datname OPERATOR(pg_catalog.=) pg_catalog.current_database()) \
            ELSE n.nspowner END AS role) AS owner \
        WHERE NOT pg_catalog.starts_with(path.given, 'pg_temp') \
          AND NOT pg_catalog.nameeq(path.given, 'pg_catalog') \
          AND pg_catalog.nameeq(pg_catalog.pg_get_userbyid(owner.role), CURRENT_USER) \
          AND NOT EXISTS (SELECT FROM pg_catalog.aclexplode(n.nspacl) AS granted \
            WHERE pg_catalog.texteq(granted.privilege_type, 'CREATE') \
              AND NOT pg_catalog.oideq(granted.grantee, n.nspowner) \
              AND NOT pg_catalog.oideq(granted.grantee, owner.role)) \
        ORDER BY path.place LIMIT 1), \
       'pg_catalog', 'pg_temp'), false)";

/// Run on every other PostgreSQL connection with the path `pg_catalog, <LERS' schema>,
/// pg_temp`: built-in operators and functions first, temporary objects last, and no
/// other schema of the operator's path. PostgreSQL searches `pg_catalog` first only
/// when the path does not name it, and `pg_temp` first for tables unless the path
/// places it, so someone able to set a role's or database's path, or to make a server
/// session create a temporary view (a trigger can), could otherwise have `audit_log`,
/// `>=` or `LIKE` mean something of theirs to the console and not to `lers audit
/// verify`, which reads through fresh connections.
const POSTGRES_SET_PATH: &str = "SELECT pg_catalog.set_config('search_path', $1, false)";

impl Backend {
    /// Serialises transactions on one key until the transaction ends: SQLite already
    /// runs one writer at a time; PostgreSQL takes a transaction-scoped advisory lock
    /// (a 64-bit digest of the key; a collision only serialises two keys needlessly).
    pub(crate) async fn lock_key(self, conn: &mut Conn<'_>, key: &str) -> Result<(), StoreError> {
        if self != Self::Postgres {
            return Ok(());
        }
        let digest = Sha256::digest(key.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(i64::from_be_bytes(first))
            .execute(conn)
            .await?;
        Ok(())
    }

    /// Whether `name` resolves to a table, through the search path.
    pub(crate) async fn has_table(
        self,
        conn: &mut Conn<'_>,
        name: &str,
    ) -> Result<bool, StoreError> {
        let sql = match self {
            Self::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
            Self::Postgres => {
                // Resolved as every query resolves it: the current schema is
                // `pg_catalog` on a pinned connection.
                "SELECT COUNT(*) FROM pg_class WHERE oid = to_regclass($1) AND relkind = 'r'"
            }
        };
        let count: i64 = sqlx::query_scalar(sql).bind(name).fetch_one(conn).await?;
        Ok(count > 0)
    }

    /// Connection options for `url`; a SQLite file is created on first start.
    pub(crate) fn connect_options(self, url: &str) -> Result<AnyConnectOptions, StoreError> {
        let url = match self {
            Self::Sqlite if !url.contains("mode=") => {
                format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
            }
            _ => url.to_owned(),
        };
        // Statements are logged at TRACE (`LERS_LOG=sqlx::query=trace` shows each one,
        // as the query benchmark counts them) and slow ones at WARN.
        Ok(AnyConnectOptions::from_str(&url)?
            .log_statements(log::LevelFilter::Trace)
            .log_slow_statements(log::LevelFilter::Warn, Duration::from_secs(1)))
    }

    /// What makes every read of a transaction see one snapshot, run first in it:
    /// PostgreSQL reads each statement's own snapshot otherwise; a SQLite read
    /// transaction keeps the snapshot of its first read anyway.
    pub(crate) fn snapshot_reads(self) -> Option<&'static str> {
        match self {
            Self::Sqlite => None,
            Self::Postgres => Some("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
        }
    }

    /// The pool, with pending migrations applied: SQLite in WAL mode with durable
    /// commits (`SQLITE_PRAGMAS`); PostgreSQL wider, every connection's search path
    /// pinned to LERS' schema ([`POSTGRES_SET_PATH`]).
    pub(crate) async fn open_pool(
        self,
        options: &AnyConnectOptions,
    ) -> Result<AnyPool, StoreError> {
        let pool_options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(15));
        match self {
            Self::Sqlite => {
                // A SQLite connection is a local file: a ping before each use (two
                // hand-offs to its worker thread) finds nothing to repair.
                let pool = pool_options
                    .max_connections(8)
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            conn.execute(SQLITE_PRAGMAS).await?;
                            Ok(())
                        })
                    })
                    .connect_with(options.clone())
                    .await?;
                sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
                Ok(pool)
            }
            Self::Postgres => {
                let path = format!("pg_catalog, {}, pg_temp", migrate_postgres(options).await?);
                Ok(pool_options
                    .max_connections(16)
                    .after_connect(move |conn, _| {
                        let path = path.clone();
                        Box::pin(async move {
                            sqlx::query(POSTGRES_SET_PATH)
                                .bind(path)
                                .execute(conn)
                                .await?;
                            Ok(())
                        })
                    })
                    .connect_with(options.clone())
                    .await?)
            }
        }
    }
}

/// Applies PostgreSQL's pending migrations in LERS' schema ([`POSTGRES_MIGRATION_PATH`])
/// and returns the schema's name, quoted as an identifier. A pool of its own rather
/// than a bare connection: `Migrator::run` on `&mut AnyConnection` makes callers'
/// futures not `Send`.
async fn migrate_postgres(options: &AnyConnectOptions) -> Result<String, StoreError> {
    let pool = AnyPoolOptions::new()
        .max_connections(1)
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(POSTGRES_MIGRATION_PATH).await?;
                Ok(())
            })
        })
        .connect_with(options.clone())
        .await?;
    let migrated = async {
        let schema: String =
            sqlx::query_scalar("SELECT pg_catalog.quote_ident(pg_catalog.current_schema())")
                .fetch_one(&pool)
                .await?;
        if schema == "pg_catalog" {
            return Err(ConfigError::NoPostgresSchema.into());
        }
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(schema)
    }
    .await;
    pool.close().await;
    migrated
}

impl Backend {
    /// Lets concurrent job workers pass over rows another worker has locked
    /// (PostgreSQL); SQLite has a single writer, so there is nothing to skip.
    pub(crate) fn skip_locked(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }

    /// Pins the queue to its index (`requests_queue`, migration 0027). SQLite without
    /// `ANALYZE` statistics takes an `IN` over `requests_status` for selective and
    /// sorts every open request; PostgreSQL's planner (statistics kept by autovacuum)
    /// walks the index for a `LIMIT` on its own.
    pub(crate) fn queue_index(self) -> &'static str {
        match self {
            Self::Sqlite => " INDEXED BY requests_queue",
            Self::Postgres => "",
        }
    }

    /// The dialect of the connection a statement is about to run on.
    pub(crate) fn of(conn: &Conn<'_>) -> Self {
        // sqlx names its drivers. A name it might add later is taken as PostgreSQL,
        // whose numbered parameters SQLite reads too.
        let Conn::Any(conn) = conn else {
            return Self::Sqlite;
        };
        if conn.backend_name() == "SQLite" {
            Self::Sqlite
        } else {
            Self::Postgres
        }
    }

    /// The VALUES of `count` rows of `width` columns, for inserting many rows in one
    /// statement whose only parameters these are. PostgreSQL numbers them:
    /// `($1, …, $width), ($width+1, …)`. SQLite gets anonymous `?`s, bound in order:
    /// it finds a named (`$n`) parameter by walking the statement's list of names,
    /// when parsing and again at each bind (sqlx asks every parameter's name), so n
    /// named parameters cost n² steps. A 200-row audit insert (2,200 parameters) took
    /// 7.9 ms that way and takes 1.5 ms with `?`s.
    pub(crate) fn value_rows(self, count: usize, width: usize) -> String {
        let rows: Vec<String> = match self {
            Self::Sqlite => vec![format!("({})", vec!["?"; width].join(", ")); count],
            Self::Postgres => (0..count)
                .map(|n| format!("({})", super::rows::placeholders(n * width + 1, width)))
                .collect(),
        };
        rows.join(", ")
    }
}

/// The database URL with its password hidden, for messages and logs: the password of
/// the user info (`postgres://u:p@h/db`) and any query parameter libpq reads a password
/// from (`password=`, `sslpassword=`; a percent-encoded name is hidden too, as libpq
/// decodes it). The one redaction every message about a database URL goes through.
pub fn redact(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let mut redacted = match base.find("://") {
        Some(scheme_end) => {
            let rest = &base[scheme_end + 3..];
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            match authority.rfind('@') {
                Some(at) => match authority[..at].split_once(':') {
                    Some((user, _)) => {
                        let host = &authority[at + 1..];
                        format!("{}://{user}:***@{host}{path}", &base[..scheme_end])
                    }
                    None => base.to_owned(),
                },
                None => base.to_owned(),
            }
        }
        None => base.to_owned(),
    };
    if let Some(query) = query {
        let pairs: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, _))
                    if key.contains('%') || key.to_ascii_lowercase().ends_with("password") =>
                {
                    format!("{key}=***")
                }
                _ => pair.to_owned(),
            })
            .collect();
        redacted.push('?');
        redacted.push_str(&pairs.join("&"));
    }
    redacted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_numbers_the_values_of_many_rows() {
        assert_eq!(
            Backend::Postgres.value_rows(2, 3),
            "($1, $2, $3), ($4, $5, $6)"
        );
    }

    /// SQLite's anonymous parameters are bound in order, row after row, through the
    /// same driver the store uses.
    #[tokio::test]
    async fn sqlite_binds_the_values_of_many_rows_in_order() -> Result<(), StoreError> {
        sqlx::any::install_default_drivers();
        let mut conn =
            <sqlx::AnyConnection as sqlx::Connection>::connect("sqlite::memory:").await?;
        let backend = Backend::of(&Conn::Any(&mut conn));
        assert_eq!(backend, Backend::Sqlite);
        assert_eq!(backend.value_rows(2, 2), "(?, ?), (?, ?)");
        conn.execute("CREATE TABLE pairs (a INTEGER, b TEXT)")
            .await?;
        let sql = format!(
            "INSERT INTO pairs (a, b) VALUES {}",
            backend.value_rows(3, 2)
        );
        let mut insert = sqlx::query(&sql);
        for (a, b) in [(1_i64, "one"), (2, "two"), (3, "three")] {
            insert = insert.bind(a).bind(b);
        }
        insert.execute(&mut conn).await?;
        let rows: Vec<(i64, String)> = sqlx::query_as("SELECT a, b FROM pairs ORDER BY rowid")
            .fetch_all(&mut conn)
            .await?;
        assert_eq!(
            rows,
            [(1, "one".into()), (2, "two".into()), (3, "three".into())]
        );
        Ok(())
    }

    #[test]
    fn backend_follows_the_url_scheme() {
        assert_eq!(
            Backend::from_url("sqlite://data/lers.db").ok(),
            Some(Backend::Sqlite)
        );
        assert_eq!(
            Backend::from_url("postgres://u:p@h/db").ok(),
            Some(Backend::Postgres)
        );
        assert!(Backend::from_url("mysql://u:p@h/db").is_err());
    }

    #[test]
    fn passwords_are_redacted_from_messages() {
        assert_eq!(
            redact("postgres://lers:secret@127.0.0.1/db"),
            "postgres://lers:***@127.0.0.1/db"
        );
        assert_eq!(redact("sqlite://data/lers.db"), "sqlite://data/lers.db");
        assert_eq!(
            redact("postgres://u@h/db?password=s3cret"),
            "postgres://u@h/db?password=***"
        );
        assert_eq!(
            redact("postgres://u:p@h/db?sslmode=require&PASSWORD=x&sslpassword=y&pass%77ord=z"),
            "postgres://u:***@h/db?sslmode=require&PASSWORD=***&sslpassword=***&pass%77ord=***"
        );
        // An `@` after the host (in the path or the query) is not user info.
        assert_eq!(
            redact("postgres:///lers?host=/var/run/postgresql&user=a@b&password=pw"),
            "postgres:///lers?host=/var/run/postgresql&user=a@b&password=***"
        );
    }
}
