//! Point reads: the few small reads that run on nearly every call (an API token and
//! its account, a session, a directory entry, a request by its id or reference).
//!
//! On SQLite they run inline, on a read-only connection of their own, where the
//! calling task runs. Through sqlx's pool each cost three hand-offs to a
//! connection's worker thread (a ping when taken, the statement, a ping when given
//! back), and under load those waits and wake-ups cost more than the reads. A point
//! read touches a handful of rows by an index, and a reader in WAL mode never waits
//! for the writer, so running it inline holds the async worker for microseconds.
//! Reads that may scan (reports, exports, lists) stay on the pool.
//!
//! On PostgreSQL a point read is an ordinary pool query.

use std::sync::Mutex;

use rusqlite::OpenFlags;
use sqlx::any::AnyArguments;

use super::inline_sqlite::{InlineSqlite, Steps, Wanted};
use super::sqlite_file::SqliteFile;

/// Readers kept open between reads: one per core is enough (one per async worker),
/// since a reader is held only while a statement runs, which never waits.
fn idle_readers() -> usize {
    std::thread::available_parallelism().map_or(4, |n| n.get())
}

/// A reader waits this long at most for a lock, rather than the writer's 10 s: it
/// waits on an async worker, and a WAL reader only meets one during recovery.
const READER_PRAGMAS: &str = "PRAGMA busy_timeout = 1000;";

/// SQLite's read-only connections for point reads.
pub(crate) struct InlineReaders {
    file: SqliteFile,
    idle: Mutex<Vec<InlineSqlite>>,
    /// How many idle readers are kept.
    keep: usize,
}

impl std::fmt::Debug for InlineReaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InlineReaders")
    }
}

impl InlineReaders {
    pub(crate) fn new(file: SqliteFile) -> Self {
        Self {
            file,
            idle: Mutex::new(Vec::new()),
            keep: idle_readers(),
        }
    }

    /// Runs one read on an idle reader, or on a new one. A reader whose statement
    /// failed is closed rather than kept: whatever failed stays with it; so is one
    /// left inside a transaction, which would hold its snapshot and stop checkpoints.
    pub(crate) fn run(
        &self,
        sql: &str,
        arguments: Option<AnyArguments<'_>>,
        wanted: Wanted,
    ) -> Result<Steps, sqlx::Error> {
        let idle = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let mut reader = match idle {
            Some(reader) => reader,
            None => {
                InlineSqlite::open(&self.file, OpenFlags::SQLITE_OPEN_READ_ONLY, READER_PRAGMAS)?
            }
        };
        let ran = reader.run(sql, arguments, wanted)?;
        if reader.in_autocommit() {
            if let Ok(mut idle) = self.idle.lock() {
                if idle.len() < self.keep {
                    idle.push(reader);
                }
            }
        }
        Ok(ran)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::StoreError;
    use crate::sql::Conn;
    use sqlx::Executor;

    fn failed(error: rusqlite::Error) -> StoreError {
        StoreError::Database(super::super::inline_sqlite::database_error(error))
    }

    /// A WAL database file with a table `t` holding one committed row (removed when
    /// the guard is dropped), and a writer connection to it.
    fn database() -> Result<(SqliteFile, rusqlite::Connection, tempfile::TempDir), StoreError> {
        let dir = tempfile::tempdir().map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let path = dir.path().join("reads.db");
        let writer = rusqlite::Connection::open(&path).map_err(failed)?;
        writer
            .execute_batch(
                "PRAGMA journal_mode = WAL; CREATE TABLE t (name TEXT); INSERT INTO t VALUES ('kept')",
            )
            .map_err(failed)?;
        let file = SqliteFile::of_url(&format!("sqlite://{}", path.display()))?;
        Ok((file, writer, dir))
    }

    async fn names(readers: &InlineReaders) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar("SELECT name FROM t ORDER BY name")
            .fetch_all(Conn::Reader(readers))
            .await?)
    }

    /// A point read sees what is committed, at once, while the writer holds a write
    /// transaction open, and never what that transaction has not committed.
    #[tokio::test]
    async fn a_point_read_does_not_wait_for_the_writer() -> Result<(), StoreError> {
        let (file, writer, _dir) = database()?;
        let readers = InlineReaders::new(file);
        writer
            .execute_batch("BEGIN IMMEDIATE; INSERT INTO t VALUES ('pending')")
            .map_err(failed)?;
        let read = tokio::time::timeout(std::time::Duration::from_secs(5), names(&readers)).await;
        assert_eq!(read.ok().transpose()?, Some(vec!["kept".to_owned()]));
        writer.execute_batch("COMMIT").map_err(failed)?;
        assert_eq!(names(&readers).await?, ["kept", "pending"]);
        Ok(())
    }

    /// A reader cannot write, and one whose statement failed is not kept.
    #[tokio::test]
    async fn a_reader_cannot_write() -> Result<(), StoreError> {
        let (file, _writer, _dir) = database()?;
        let readers = InlineReaders::new(file);
        names(&readers).await?;
        let idle =
            |readers: &InlineReaders| readers.idle.lock().map(|idle| idle.len()).unwrap_or(0);
        assert_eq!(idle(&readers), 1);
        let written = Conn::Reader(&readers)
            .execute("INSERT INTO t VALUES ('written')")
            .await;
        assert!(written.is_err(), "a reader is read-only: {written:?}");
        assert_eq!(idle(&readers), 0, "the failed reader was closed");
        assert_eq!(names(&readers).await?, ["kept"]);
        // One left inside a transaction would hold its snapshot: it is closed too.
        Conn::Reader(&readers).execute("BEGIN").await?;
        assert_eq!(
            idle(&readers),
            0,
            "the reader left in a transaction was closed"
        );
        Ok(())
    }

    /// A read that stops at its first row ends its read transaction: a reader left
    /// holding one would keep the writer's checkpoints from ever finishing, and the
    /// WAL file would grow without end.
    #[tokio::test]
    async fn a_first_row_read_lets_checkpoints_finish() -> Result<(), StoreError> {
        let (file, writer, _dir) = database()?;
        let readers = InlineReaders::new(file);
        writer
            .execute_batch("INSERT INTO t VALUES ('second')")
            .map_err(failed)?;
        let first: Option<String> = sqlx::query_scalar("SELECT name FROM t ORDER BY name")
            .fetch_optional(Conn::Reader(&readers))
            .await?;
        assert_eq!(first.as_deref(), Some("kept"));
        writer
            .execute_batch("INSERT INTO t VALUES ('third')")
            .map_err(failed)?;
        let blocked: i64 = writer
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))
            .map_err(failed)?;
        assert_eq!(blocked, 0, "no reader holds the checkpoint back");
        Ok(())
    }
}
