//! SQLite's group-commit writer connection, run on the calling thread.
//!
//! sqlx runs each SQLite connection on a worker thread of its own: every statement is
//! two cross-thread hand-offs, and under load each cost about 90 µs of waiting. The
//! writer's turn is the serial part of every write, so those waits capped durable
//! submissions far below what the disk allows. This connection (rusqlite, on the same
//! `libsqlite3-sys` as sqlx) runs the statements of a batch where its writer runs,
//! and speaks sqlx's `Any` types, so store code runs on it unchanged (`Conn`).
//!
//! Only statements that cannot wait run here: inside an open batch the connection
//! holds SQLite's write lock, and nothing it does waits on another connection.
//! `BEGIN IMMEDIATE` (which waits for the lock) and `COMMIT` (which waits for the
//! disk) run on a blocking thread (`group_commit.rs`).

use std::borrow::Cow;
use std::sync::Arc;

use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{ErrorCode, OpenFlags};
use sqlx::error::{DatabaseError, ErrorKind};
use sqlx::Either;
use sqlx_core::any::{
    AnyArguments, AnyColumn, AnyQueryResult, AnyRow, AnyTypeInfo, AnyTypeInfoKind, AnyValue,
    AnyValueKind,
};
use sqlx_core::ext::ustr::UStr;

use super::sqlite_file::SqliteFile;
/// Statements kept prepared; a batch's writers repeat a few dozen.
const STATEMENT_CACHE: usize = 256;

/// What one statement produced, in sqlx's order: its rows, then its result.
pub(crate) type Steps = Vec<Either<AnyQueryResult, AnyRow>>;

/// How much of a statement to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wanted {
    /// Every statement of the query to its end.
    Everything,
    /// Up to its first row (sqlx's `fetch_optional` stops there too).
    FirstRow,
}

pub(crate) struct InlineSqlite {
    conn: rusqlite::Connection,
}

impl std::fmt::Debug for InlineSqlite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InlineSqlite")
    }
}

impl InlineSqlite {
    /// Opens `file` (which the pool has created and migrated) with `flags`, then
    /// `pragmas`, and the URL's options.
    pub(crate) fn open(
        file: &SqliteFile,
        flags: OpenFlags,
        pragmas: &str,
    ) -> Result<Self, sqlx::Error> {
        let conn = file.open(flags).map_err(database_error)?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        conn.execute_batch(pragmas).map_err(database_error)?;
        Ok(Self { conn })
    }

    /// [`Self::run`] for a statement of the batch, which must find the batch's
    /// transaction open: SQLite rolls a transaction back by itself on some errors (a
    /// full disk, an I/O error), and a statement run after that would otherwise be
    /// committed on its own, outside the batch that then fails.
    pub(crate) fn run_in_batch(
        &mut self,
        sql: &str,
        arguments: Option<AnyArguments<'_>>,
        wanted: Wanted,
    ) -> Result<Steps, sqlx::Error> {
        if self.conn.is_autocommit() {
            return Err(protocol(
                "the batch's transaction is gone (SQLite rolled it back); nothing more runs in it"
                    .into(),
            ));
        }
        self.run(sql, arguments, wanted)
    }

    /// Whether no transaction is open on this connection.
    pub(crate) fn in_autocommit(&self) -> bool {
        self.conn.is_autocommit()
    }

    /// Runs `sql` (one statement or several, as sqlx runs them) with `arguments`.
    pub(crate) fn run(
        &mut self,
        sql: &str,
        arguments: Option<AnyArguments<'_>>,
        wanted: Wanted,
    ) -> Result<Steps, sqlx::Error> {
        tracing::trace!(target: "sqlx::query", statement = sql, "inline");
        let values = arguments.map(|a| a.values.0).unwrap_or_default();
        let mut steps = Vec::new();
        if may_hold_several(sql) {
            // SQLite parses one statement at a time (a prepared statement would
            // silently drop the rest); these are the savepoint hand-overs, not cached.
            let mut next = 0;
            for statement in rusqlite::Batch::new(&self.conn, sql) {
                let mut statement = statement.map_err(database_error)?;
                next = bind(&mut statement, &values, next)?;
                if self.step(&mut statement, &mut steps, wanted)? {
                    break;
                }
            }
        } else {
            let mut statement = self.conn.prepare_cached(sql).map_err(database_error)?;
            bind(&mut statement, &values, 0)?;
            self.step(&mut statement, &mut steps, wanted)?;
        }
        Ok(steps)
    }

    /// Steps `statement` to its end (its rows, then its result), or to its first row;
    /// returns whether it stopped there.
    fn step(
        &self,
        statement: &mut rusqlite::Statement<'_>,
        steps: &mut Steps,
        wanted: Wanted,
    ) -> Result<bool, sqlx::Error> {
        let names: Vec<String> = statement
            .column_names()
            .into_iter()
            .map(str::to_owned)
            .collect();
        let index: Arc<sqlx_core::HashMap<UStr, usize>> = Arc::new(
            names
                .iter()
                .enumerate()
                .map(|(i, name)| (UStr::new(name), i))
                .collect(),
        );
        let mut rows = statement.raw_query();
        while let Some(row) = rows.next().map_err(database_error)? {
            let mut values = Vec::with_capacity(names.len());
            for i in 0..names.len() {
                values.push(any_value(row.get_ref(i).map_err(database_error)?, i)?);
            }
            let columns = names
                .iter()
                .zip(&values)
                .enumerate()
                .map(|(ordinal, (name, value))| AnyColumn {
                    ordinal,
                    name: UStr::new(name),
                    type_info: AnyTypeInfo {
                        kind: kind_of(&value.kind),
                    },
                })
                .collect();
            steps.push(Either::Right(AnyRow {
                column_names: index.clone(),
                columns,
                values,
            }));
            if wanted == Wanted::FirstRow {
                return Ok(true);
            }
        }
        drop(rows);
        steps.push(Either::Left(self.result()));
        Ok(false)
    }

    fn result(&self) -> AnyQueryResult {
        AnyQueryResult {
            rows_affected: self.conn.changes(),
            last_insert_id: Some(self.conn.last_insert_rowid()),
        }
    }
}

/// Whether `sql` may be more than one statement: a `;` before its end. A `;` inside
/// a quoted literal only sends the statement the slower, uncached way.
fn may_hold_several(sql: &str) -> bool {
    sql.trim_end().trim_end_matches(';').contains(';')
}

/// Binds the arguments as sqlx does: `$N` and `?N` take the N-th, a bare `?` the
/// next after the previous bare one (`next`: the bare ones bound by earlier
/// statements of the same query); returns the new `next`. One difference: a
/// parameter without its argument is an error here, as on PostgreSQL, where sqlx's
/// SQLite driver would quietly bind NULL.
fn bind(
    statement: &mut rusqlite::Statement<'_>,
    values: &[AnyValueKind<'_>],
    mut next: usize,
) -> Result<usize, sqlx::Error> {
    for slot in 1..=statement.parameter_count() {
        let number = match statement.parameter_name(slot) {
            None => {
                next += 1;
                next
            }
            Some(name) => name
                .get(1..)
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|_| name.starts_with('$') || name.starts_with('?'))
                .ok_or_else(|| protocol(format!("unsupported parameter {name}")))?,
        };
        let value = number
            .checked_sub(1)
            .and_then(|i| values.get(i))
            .ok_or_else(|| protocol(format!("no argument for parameter {number}")))?;
        statement
            .raw_bind_parameter(slot, sql_value(value)?)
            .map_err(database_error)?;
    }
    Ok(next)
}

fn sql_value<'a>(value: &'a AnyValueKind<'_>) -> Result<ToSqlOutput<'a>, sqlx::Error> {
    Ok(match value {
        AnyValueKind::Null(_) => ToSqlOutput::Owned(Value::Null),
        AnyValueKind::Bool(b) => ToSqlOutput::Owned(Value::Integer(i64::from(*b))),
        AnyValueKind::SmallInt(i) => ToSqlOutput::Owned(Value::Integer(i64::from(*i))),
        AnyValueKind::Integer(i) => ToSqlOutput::Owned(Value::Integer(i64::from(*i))),
        AnyValueKind::BigInt(i) => ToSqlOutput::Owned(Value::Integer(*i)),
        AnyValueKind::Real(r) => ToSqlOutput::Owned(Value::Real(f64::from(*r))),
        AnyValueKind::Double(d) => ToSqlOutput::Owned(Value::Real(*d)),
        AnyValueKind::Text(t) => ToSqlOutput::Borrowed(ValueRef::Text(t.as_bytes())),
        AnyValueKind::Blob(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        other => return Err(protocol(format!("unsupported argument {other:?}"))),
    })
}

/// A stored value as sqlx's SQLite driver hands it to `Any`: by the value's own type.
fn any_value(value: ValueRef<'_>, column: usize) -> Result<AnyValue, sqlx::Error> {
    let kind = match value {
        ValueRef::Null => AnyValueKind::Null(AnyTypeInfoKind::Null),
        ValueRef::Integer(i) => AnyValueKind::BigInt(i),
        ValueRef::Real(r) => AnyValueKind::Double(r),
        ValueRef::Text(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => AnyValueKind::Text(Cow::Owned(text.to_owned())),
            Err(e) => {
                return Err(sqlx::Error::ColumnDecode {
                    index: column.to_string(),
                    source: Box::new(e),
                })
            }
        },
        ValueRef::Blob(bytes) => AnyValueKind::Blob(Cow::Owned(bytes.to_vec())),
    };
    Ok(AnyValue { kind })
}

fn kind_of(value: &AnyValueKind<'_>) -> AnyTypeInfoKind {
    match value {
        AnyValueKind::BigInt(_) => AnyTypeInfoKind::BigInt,
        AnyValueKind::Double(_) => AnyTypeInfoKind::Double,
        AnyValueKind::Text(_) => AnyTypeInfoKind::Text,
        AnyValueKind::Blob(_) => AnyTypeInfoKind::Blob,
        _ => AnyTypeInfoKind::Null,
    }
}

fn protocol(why: String) -> sqlx::Error {
    sqlx::Error::Protocol(why)
}

/// A rusqlite error as sqlx reports SQLite's: a database error whose kind tells
/// constraint violations apart (the store relies on unique violations), and an I/O
/// failure as `Io` (a database that cannot be used right now).
pub(crate) fn database_error(error: rusqlite::Error) -> sqlx::Error {
    match error {
        rusqlite::Error::SqliteFailure(failure, message) => {
            let kind = match failure.extended_code {
                // SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY
                2067 | 1555 => ErrorKind::UniqueViolation,
                787 => ErrorKind::ForeignKeyViolation,
                1299 => ErrorKind::NotNullViolation,
                275 => ErrorKind::CheckViolation,
                _ => ErrorKind::Other,
            };
            if failure.code == ErrorCode::CannotOpen {
                return sqlx::Error::Io(std::io::Error::other(failure.to_string()));
            }
            sqlx::Error::Database(Box::new(SqliteFailure {
                code: failure.extended_code.to_string(),
                message: message.unwrap_or_else(|| failure.to_string()),
                kind,
            }))
        }
        other => sqlx::Error::Protocol(other.to_string()),
    }
}

#[derive(Debug, thiserror::Error)]
#[error("(code: {code}) {message}")]
struct SqliteFailure {
    code: String,
    message: String,
    kind: ErrorKind,
}

impl DatabaseError for SqliteFailure {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(&self.code))
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> ErrorKind {
        match self.kind {
            ErrorKind::UniqueViolation => ErrorKind::UniqueViolation,
            ErrorKind::ForeignKeyViolation => ErrorKind::ForeignKeyViolation,
            ErrorKind::NotNullViolation => ErrorKind::NotNullViolation,
            ErrorKind::CheckViolation => ErrorKind::CheckViolation,
            _ => ErrorKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::{Executor, Row};

    use crate::error::StoreError;
    use crate::sql::Conn;

    /// A writer on a new database file (removed when the guard is dropped), after
    /// `setup` ran on it outside any batch.
    fn writer(setup: &str) -> Result<(InlineSqlite, Removed), StoreError> {
        let file = std::env::temp_dir().join(format!("lers-inline-{}.db", rand::random::<u64>()));
        let removed = Removed(file.clone());
        rusqlite::Connection::open(&file).map_err(|e| StoreError::Database(database_error(e)))?;
        let sqlite = SqliteFile::of_url(&format!("sqlite://{}", file.display()))?;
        let mut conn = InlineSqlite::open(
            &sqlite,
            OpenFlags::SQLITE_OPEN_READ_WRITE,
            super::super::dialect::SQLITE_PRAGMAS,
        )?;
        conn.run(setup, None, Wanted::Everything)?;
        Ok((conn, removed))
    }

    struct Removed(std::path::PathBuf);

    /// The rows in table `t`, read outside any batch.
    fn rows_of_t(inline: &mut InlineSqlite) -> Result<i64, StoreError> {
        let counted = inline.run("SELECT COUNT(*) FROM t", None, Wanted::Everything)?;
        match counted.first() {
            Some(Either::Right(row)) => Ok(row.try_get(0)?),
            _ => Err(StoreError::Corrupt("a count without a row".into())),
        }
    }

    impl Drop for Removed {
        fn drop(&mut self) {
            for suffix in ["", "-wal", "-shm"] {
                let mut path = self.0.clone().into_os_string();
                path.push(suffix);
                let _ = std::fs::remove_file(path);
            }
        }
    }

    /// A hand-over is two statements in one string: both must run (a prepared
    /// statement keeps only the first, and the next writer's savepoint went missing).
    #[tokio::test]
    async fn every_statement_of_a_query_runs() -> Result<(), StoreError> {
        let (mut inline, _removed) =
            writer("CREATE TABLE t (n INTEGER); BEGIN IMMEDIATE; SAVEPOINT w1")?;
        let mut conn = Conn::Inline(&mut inline);
        conn.re()
            .execute("INSERT INTO t (n) VALUES (1); RELEASE SAVEPOINT w1; SAVEPOINT w2")
            .await?;
        // w2 exists: releasing it succeeds, and the insert before it stays.
        conn.re().execute("RELEASE SAVEPOINT w2; COMMIT").await?;
        assert_eq!(rows_of_t(&mut inline)?, 1);
        Ok(())
    }

    /// Once the batch's transaction is gone (here committed; SQLite also rolls one back
    /// by itself on a full disk), a statement of the batch is refused rather than run,
    /// and committed, on its own.
    #[tokio::test]
    async fn nothing_runs_outside_the_batch_transaction() -> Result<(), StoreError> {
        let (mut inline, _removed) = writer("CREATE TABLE t (n INTEGER); BEGIN IMMEDIATE")?;
        let mut conn = Conn::Inline(&mut inline);
        conn.re()
            .execute("INSERT INTO t (n) VALUES (1); COMMIT")
            .await?;
        let outside = conn.re().execute("INSERT INTO t (n) VALUES (2)").await;
        assert!(outside.is_err(), "refused outside the transaction");
        assert_eq!(rows_of_t(&mut inline)?, 1, "the refused insert did not run");
        Ok(())
    }

    /// A long batch lets the other tasks of its async worker run: every inline
    /// statement is ready at once, so without spending the task's budget the loop
    /// below would never yield and the other task would not run until it ended.
    #[tokio::test(flavor = "current_thread")]
    async fn a_long_batch_yields_its_worker() -> Result<(), StoreError> {
        let (mut inline, _removed) = writer("CREATE TABLE t (n INTEGER); BEGIN IMMEDIATE")?;
        let other_ran = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = other_ran.clone();
        tokio::spawn(async move { flag.store(true, std::sync::atomic::Ordering::SeqCst) });
        let mut conn = Conn::Inline(&mut inline);
        let mut statements_before_it_ran = None;
        for n in 0..1_000_i64 {
            sqlx::query("INSERT INTO t (n) VALUES ($1)")
                .bind(n)
                .execute(conn.re())
                .await?;
            if other_ran.load(std::sync::atomic::Ordering::SeqCst) {
                statements_before_it_ran = Some(n);
                break;
            }
        }
        assert!(
            statements_before_it_ran.is_some(),
            "the other task ran only after 1,000 statements"
        );
        Ok(())
    }

    /// `fetch_optional` runs its statement only to the first row, as sqlx does: here
    /// the second row would fail (abs() of the smallest integer overflows).
    #[tokio::test]
    async fn fetch_optional_stops_at_the_first_row() -> Result<(), StoreError> {
        let (mut inline, _removed) = writer("BEGIN IMMEDIATE")?;
        let mut conn = Conn::Inline(&mut inline);
        let sql = "SELECT 1 AS n UNION ALL SELECT abs(-9223372036854775807 - 1)";
        let first: Option<i64> = sqlx::query_scalar(sql).fetch_optional(conn.re()).await?;
        assert_eq!(first, Some(1));
        let all = sqlx::query_scalar::<_, i64>(sql).fetch_all(conn.re()).await;
        assert!(all.is_err(), "the second row overflows: {all:?}");
        Ok(())
    }

    /// Arguments are bound as sqlx binds them, values come back as its SQLite driver
    /// hands them to `Any`, and a unique violation is told apart.
    #[tokio::test]
    async fn values_and_errors_read_as_through_sqlx() -> Result<(), StoreError> {
        let (mut inline, _removed) = writer(
            "CREATE TABLE v (k TEXT PRIMARY KEY, i INTEGER, r REAL, b BLOB, t TEXT); BEGIN IMMEDIATE",
        )?;
        let mut conn = Conn::Inline(&mut inline);
        let inserted = sqlx::query(
            "INSERT INTO v (k, i, r, b, t) VALUES ($1, $2, $3, $4, $5), ($6, $2, $3, $4, NULL)",
        )
        .bind("a")
        .bind(7_i64)
        .bind(0.5_f64)
        .bind(vec![0_u8, 255])
        .bind("ünïcode")
        .bind("b")
        .execute(conn.re())
        .await?;
        assert_eq!(inserted.rows_affected(), 2);
        let row = sqlx::query("SELECT k, i, r, b, t FROM v WHERE k = ?")
            .bind("a")
            .fetch_one(conn.re())
            .await?;
        assert_eq!(row.try_get::<String, _>("k")?, "a");
        assert_eq!(row.try_get::<i64, _>("i")?, 7);
        assert_eq!(row.try_get::<f64, _>("r")?, 0.5);
        assert_eq!(row.try_get::<Vec<u8>, _>("b")?, vec![0, 255]);
        assert_eq!(row.try_get::<String, _>("t")?, "ünïcode");
        let missing: Option<String> = sqlx::query_scalar("SELECT t FROM v WHERE k = 'b'")
            .fetch_one(conn.re())
            .await?;
        assert_eq!(missing, None);
        let none = sqlx::query("SELECT k FROM v WHERE k = 'c'")
            .fetch_optional(conn.re())
            .await?;
        assert!(none.is_none());

        let duplicate = sqlx::query("INSERT INTO v (k) VALUES ($1)")
            .bind("a")
            .execute(conn.re())
            .await;
        let Err(sqlx::Error::Database(error)) = duplicate else {
            panic!("a duplicate key is a database error: {duplicate:?}");
        };
        assert!(error.is_unique_violation(), "{error}");
        let unbound = sqlx::query("SELECT $2")
            .bind(1_i64)
            .fetch_one(conn.re())
            .await;
        assert!(
            unbound.is_err(),
            "a parameter without its argument is an error"
        );
        Ok(())
    }
}
