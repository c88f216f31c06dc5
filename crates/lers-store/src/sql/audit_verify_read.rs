//! How `verify` reads the log: pieces of [`PIECE`] entries with the stored subtree
//! roots they complete, checked as they are read, and the tail it compares the whole
//! with (head row, count of stored roots, lowest index), all from one snapshot, so
//! entries appended meanwhile are neither half seen nor counted against the head.
//!
//! A SQLite file is read by one thread per core, each with a connection of its own
//! taking every n-th piece: the connections start their read transactions while a
//! write lock is held, so they share one snapshot, and they map the file into memory
//! (reading pages through `read` calls did not scale past one thread). Each row is
//! checked where it lies, without copying a column. PostgreSQL reads the pieces in one
//! `REPEATABLE READ, READ ONLY` transaction and checks each on a blocking thread while
//! the next is read.

use std::collections::VecDeque;
use std::time::Duration;

use rusqlite::{OpenFlags, OptionalExtension};
use sqlx::{Any, AnyPool, FromRow, Row, Transaction};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::audit_entry::{EntryRow, Shown, LEAF_COLUMNS, SHOWN_COLUMNS};
use super::audit_log::to_i64;
use super::audit_verify_piece::{node_text, Heads, PieceCheck, PieceChecker, StoredNodes, PIECE};
use super::dialect::Backend;
use super::sqlite_file::SqliteFile;
use super::{audit_schema, audit_schema_postgres};
use crate::error::StoreError;

/// At most this many SQLite readers (each a connection and a mapping of the file),
/// however many cores.
const MAX_READERS: usize = 8;

/// What the checks at the end compare the walk with.
pub(super) struct Tail {
    /// Rows in `audit_nodes`.
    pub(super) stored_nodes: i64,
    /// The head row's frontier text (`None`: the row is gone).
    pub(super) head: Option<String>,
    /// The lowest stored index (pieces start at 0, so a row below it is read by none).
    pub(super) lowest: Option<i64>,
    /// The leaf data of the newest entry not pruned, found by its shown time (`None`:
    /// there is none).
    pub(super) newest_intact: Option<String>,
    /// What is wrong with the schema the shown columns depend on
    /// (`audit_schema.rs`), read in the same snapshot.
    pub(super) schema_problem: Option<String>,
}

const ENTRIES: &str = "FROM audit_log WHERE idx >= $1 ORDER BY idx LIMIT $2";
const NODES: &str =
    "SELECT level, idx, hash FROM audit_nodes WHERE level = $1 AND idx BETWEEN $2 AND $3 ORDER BY idx";
const TAIL: [&str; 4] = [
    "SELECT COUNT(*) FROM audit_nodes",
    "SELECT frontier FROM audit_head WHERE id = 1",
    "SELECT MIN(idx) FROM audit_log",
    // Read by the index on `at`, from the newest end.
    "SELECT leaf FROM audit_log WHERE pruned_at IS NULL ORDER BY at DESC LIMIT 1",
];

/// The checked pieces, in order.
pub(super) enum Pieces {
    /// One thread per connection; thread `i` of `n` checks pieces `i`, `i + n`, …
    File {
        workers: Vec<mpsc::Receiver<Result<PieceCheck, StoreError>>>,
        next: usize,
    },
    Pool {
        tx: Transaction<'static, Any>,
        heads: Heads,
        next_start: u64,
        /// Pieces read and being checked, oldest first.
        checking: VecDeque<JoinHandle<PieceCheck>>,
        read_all: bool,
    },
}

impl Pieces {
    /// Opens the snapshot, reads the tail and starts checking pieces.
    pub(super) async fn start(
        pool: &AnyPool,
        backend: Backend,
        file: Option<&SqliteFile>,
        heads: Heads,
    ) -> Result<(Self, Tail), StoreError> {
        if let Some(file) = file {
            let file = file.clone();
            let workers = std::thread::available_parallelism()
                .map_or(1, usize::from)
                .min(MAX_READERS);
            let (readers, tail) =
                tokio::task::spawn_blocking(move || open_snapshot(&file, workers))
                    .await
                    .map_err(|e| joined(&e.to_string()))??;
            let step = readers.len() as u64;
            let workers = (0u64..)
                .zip(readers)
                .map(|(first, conn)| {
                    let (sender, receiver) = mpsc::channel(2);
                    std::thread::spawn(move || {
                        check_file_pieces(&conn, (first, step), heads, &sender);
                    });
                    receiver
                })
                .collect();
            return Ok((Self::File { workers, next: 0 }, tail));
        }
        let mut tx = pool.begin().await?;
        if let Some(snapshot) = backend.snapshot_reads() {
            sqlx::query(snapshot).execute(&mut *tx).await?;
        }
        let tail = Tail {
            stored_nodes: sqlx::query_scalar(TAIL[0]).fetch_one(&mut *tx).await?,
            head: sqlx::query_scalar(TAIL[1]).fetch_optional(&mut *tx).await?,
            lowest: sqlx::query_scalar(TAIL[2]).fetch_one(&mut *tx).await?,
            newest_intact: sqlx::query_scalar(TAIL[3]).fetch_optional(&mut *tx).await?,
            schema_problem: audit_schema_postgres::problem(&mut tx).await?,
        };
        let pieces = Self::Pool {
            tx,
            heads,
            next_start: 0,
            checking: VecDeque::new(),
            read_all: false,
        };
        Ok((pieces, tail))
    }

    /// The next piece, checked; `None` after the last. The caller stops at the first
    /// piece that is short or has a problem.
    pub(super) async fn next(&mut self) -> Result<Option<PieceCheck>, StoreError> {
        match self {
            Self::File { workers, next } => {
                let count = workers.len();
                let Some(worker) = workers.get_mut(*next % count.max(1)) else {
                    return Ok(None);
                };
                *next += 1;
                match worker.recv().await {
                    Some(piece) => piece.map(Some),
                    None => Err(joined("an audit log reader stopped before the end")),
                }
            }
            Self::Pool {
                tx,
                heads,
                next_start,
                checking,
                read_all,
            } => {
                // One piece checked while the next is read.
                while checking.len() < 2 && !*read_all {
                    let (mut entries, nodes) = read_pool_piece(tx, *next_start).await?;
                    *read_all = entries.len() < PIECE as usize;
                    let after = (entries.len() > PIECE as usize).then(|| entries.pop());
                    let (start, heads) = (*next_start, *heads);
                    checking.push_back(tokio::task::spawn_blocking(move || {
                        let mut checker = PieceChecker::new(start, heads);
                        let whole = entries.iter().all(|entry| checker.entry(&entry.row()));
                        if let (true, Some(Some(after))) = (whole, after) {
                            checker.row_after(after.index);
                        }
                        checker.finish(nodes)
                    }));
                    *next_start += PIECE;
                }
                match checking.pop_front() {
                    Some(piece) => piece.await.map(Some).map_err(|e| joined(&e.to_string())),
                    None => Ok(None),
                }
            }
        }
    }
}

fn joined(what: &str) -> StoreError {
    StoreError::Io {
        context: "audit verification".into(),
        source: std::io::Error::other(what.to_owned()),
    }
}

/// The stored subtree roots completed by leaves `start..end`: node (level, j) is
/// completed by leaf (j + 1)·2^level − 1, so one index range per level.
fn node_ranges(start: u64, end: u64) -> Vec<(u32, u64, u64)> {
    (1..64u32)
        .take_while(|level| 1u64 << level <= end)
        .filter_map(|level| {
            let low = (start + 1).div_ceil(1 << level) - 1;
            let high = (end >> level).checked_sub(1)?;
            (low <= high).then_some((level, low, high))
        })
        .collect()
}

/// An entry as a pool reads it, with the shown columns to compare.
struct PoolEntry {
    index: i64,
    leaf: String,
    leaf_hash: String,
    root_hash: String,
    signature: String,
    pruned: bool,
    shown: Shown,
}

impl PoolEntry {
    fn decode(row: &sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
        Ok(Self {
            index: row.try_get(0)?,
            leaf: row.try_get(1)?,
            leaf_hash: row.try_get(2)?,
            root_hash: row.try_get(3)?,
            signature: row.try_get(4)?,
            pruned: row.try_get::<Option<i64>, _>(5)?.is_some(),
            shown: Shown::from_row(row)?,
        })
    }

    fn row(&self) -> EntryRow<'_> {
        EntryRow {
            index: self.index,
            leaf: self.leaf.as_bytes(),
            leaf_hash: self.leaf_hash.as_bytes(),
            root_hash: self.root_hash.as_bytes(),
            signature: self.signature.as_bytes(),
            pruned: self.pruned,
            shown: Some(&self.shown),
        }
    }
}

/// Reads the entries of the piece at `start` and the stored subtree roots they complete.
async fn read_pool_piece(
    tx: &mut Transaction<'static, Any>,
    start: u64,
) -> Result<(Vec<PoolEntry>, StoredNodes), StoreError> {
    // One row more than a piece: the next piece's first, to see that it is.
    let entries = sqlx::query(&format!("SELECT {LEAF_COLUMNS}, {SHOWN_COLUMNS} {ENTRIES}"))
        .bind(to_i64(start)?)
        .bind(to_i64(PIECE + 1)?)
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(PoolEntry::decode)
        .collect::<Result<Vec<_>, _>>()?;
    let mut nodes = StoredNodes::default();
    let read = entries.len().min(PIECE as usize) as u64;
    for (level, low, high) in node_ranges(start, start + read) {
        let rows = sqlx::query_as::<_, (i64, i64, String)>(NODES)
            .bind(i64::from(level))
            .bind(to_i64(low)?)
            .bind(to_i64(high)?)
            .fetch_all(&mut **tx)
            .await?;
        for (_, index, hash) in rows {
            nodes.add(level, index_of(index), node_text(hash.as_bytes()));
        }
    }
    Ok((entries, nodes))
}

fn index_of(stored: i64) -> u64 {
    // A negative index matches no node.
    u64::try_from(stored).unwrap_or(u64::MAX)
}

/// Opens up to `workers` read connections in one snapshot (one if the write lock
/// cannot be had: a connection alone is its own snapshot; as many as could be opened
/// if the process runs out of files), and reads the tail from it.
fn open_snapshot(
    file: &SqliteFile,
    workers: usize,
) -> Result<(Vec<rusqlite::Connection>, Tail), StoreError> {
    let lock = file
        .open(OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(sqlite)?;
    lock.busy_timeout(Duration::from_secs(10)).map_err(sqlite)?;
    // Nothing commits while the lock is held, so every reader starting meanwhile sees
    // the same last commit.
    let held = lock.execute_batch("BEGIN IMMEDIATE").is_ok();
    let first = open_reader(file)?;
    let others: Vec<_> = if held {
        (1..workers).map_while(|_| open_reader(file).ok()).collect()
    } else {
        Vec::new()
    };
    if held {
        lock.execute_batch("ROLLBACK").map_err(sqlite)?;
    }
    let tail = Tail {
        stored_nodes: first
            .query_row(TAIL[0], [], |row| row.get(0))
            .map_err(sqlite)?,
        head: first
            .query_row(TAIL[1], [], |row| row.get(0))
            .optional()
            .map_err(sqlite)?,
        lowest: first
            .query_row(TAIL[2], [], |row| row.get(0))
            .map_err(sqlite)?,
        newest_intact: first
            .query_row(TAIL[3], [], |row| row.get(0))
            .optional()
            .map_err(sqlite)?,
        schema_problem: audit_schema::sqlite_problem(
            &audit_schema::sqlite_objects(&first).map_err(sqlite)?,
        )?,
    };
    Ok((std::iter::once(first).chain(others).collect(), tail))
}

/// A read-only connection with its read transaction started (its snapshot taken).
fn open_reader(file: &SqliteFile) -> Result<rusqlite::Connection, StoreError> {
    let conn = file
        .open(OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(sqlite)?;
    conn.busy_timeout(Duration::from_secs(10)).map_err(sqlite)?;
    // Up to 4 GiB of the file mapped (SQLite caps it at its own build limit); past
    // that, pages are read as usual.
    conn.execute_batch("PRAGMA mmap_size = 4294967296; BEGIN")
        .map_err(sqlite)?;
    conn.query_row("SELECT COUNT(*) FROM audit_head", [], |row| {
        row.get::<_, i64>(0)
    })
    .map_err(sqlite)?;
    Ok(conn)
}

/// Checks pieces `first`, `first + step`, … of a SQLite file (recomputing the roots
/// of the tree heads `heads` says), handing each over (two
/// at most waiting: memory stays flat), until the last or a problem.
fn check_file_pieces(
    conn: &rusqlite::Connection,
    (first, step): (u64, u64),
    heads: Heads,
    sender: &mpsc::Sender<Result<PieceCheck, StoreError>>,
) {
    let run = || -> Result<(), StoreError> {
        let sql = format!("SELECT {LEAF_COLUMNS} {ENTRIES}").replace('$', "?");
        let mut entries = conn.prepare(&sql).map_err(sqlite)?;
        let mut nodes = conn.prepare(&NODES.replace('$', "?")).map_err(sqlite)?;
        let mut piece = first;
        loop {
            let start = piece
                .checked_mul(PIECE)
                .ok_or_else(|| joined("too many pieces"))?;
            let mut checker = PieceChecker::new(start, heads);
            let mut rows = entries
                .query((to_i64(start)?, to_i64(PIECE + 1)?))
                .map_err(sqlite)?;
            let mut read = 0u64;
            while let Some(row) = rows.next().map_err(sqlite)? {
                if read == PIECE {
                    checker.row_after(row.get(0).map_err(sqlite)?);
                    break;
                }
                read += 1;
                if !checker.entry(&entry_row(row).map_err(sqlite)?) {
                    break;
                }
            }
            let mut stored = StoredNodes::default();
            for (level, low, high) in node_ranges(start, start + read) {
                let mut rows = nodes
                    .query((i64::from(level), to_i64(low)?, to_i64(high)?))
                    .map_err(sqlite)?;
                while let Some(row) = rows.next().map_err(sqlite)? {
                    let index = index_of(row.get(1).map_err(sqlite)?);
                    let hash = row.get_ref(2).map_err(sqlite)?.as_bytes().unwrap_or(b"");
                    stored.add(level, index, node_text(hash));
                }
            }
            let check = checker.finish(stored);
            let last = check.rows < PIECE as usize || check.problem.is_some();
            if sender.blocking_send(Ok(check)).is_err() || last {
                return Ok(()); // the join stopped early, or this was the end
            }
            piece += step;
        }
    };
    if let Err(e) = run() {
        // The join reports it; one that stopped early no longer listens.
        let _ = sender.blocking_send(Err(e));
    }
}

/// A row of [`LEAF_COLUMNS`], borrowed from the row: the text columns as their bytes
/// (hashed and compared as bytes, so never checked to be UTF-8).
fn entry_row<'r>(row: &'r rusqlite::Row<'_>) -> rusqlite::Result<EntryRow<'r>> {
    let bytes = |i: usize| -> rusqlite::Result<&'r [u8]> {
        row.get_ref(i)?.as_bytes().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
        })
    };
    // Leaf data stored as a blob (which SQLite's JSON functions read as JSONB) is not
    // what LERS writes: read as no data, it hashes to nothing stored.
    let leaf = match row.get_ref(1)? {
        rusqlite::types::ValueRef::Text(text) => text,
        _ => b"",
    };
    Ok(EntryRow {
        index: row.get(0)?,
        leaf,
        leaf_hash: bytes(2)?,
        root_hash: bytes(3)?,
        signature: bytes(4)?,
        pruned: row.get::<_, Option<i64>>(5)?.is_some(),
        shown: None,
    })
}

fn sqlite(e: rusqlite::Error) -> StoreError {
    StoreError::Io {
        context: "reading the audit log".into(),
        source: std::io::Error::other(e),
    }
}
