//! How `verify` reads the log: batches of entries with the stored subtree roots they
//! complete, then the head row and the count of stored roots, all from one snapshot,
//! so entries appended while it walks are neither half seen nor counted against the
//! head. On PostgreSQL one repeatable-read transaction; on a SQLite file one read
//! transaction stepped on a thread of its own (each batch read while the one before
//! is hashed) — sqlx's SQLite driver hands every row across threads and converts
//! every column, which cost more than hashing it.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{OpenFlags, OptionalExtension};
use sqlx::{Any, AnyPool, Transaction};
use tokio::sync::mpsc;

use super::audit_entry::{Columns, StoredEntry, SELECT_COLUMNS};
use super::audit_log::to_i64;
use super::dialect::Backend;
use crate::error::StoreError;

/// Entries read per batch: memory stays flat for any log size.
const BATCH: i64 = 8_192;

/// One batch as read: the entries, and the stored subtree roots they complete.
pub(super) struct Batch {
    pub(super) entries: Vec<StoredEntry>,
    pub(super) nodes: HashMap<(u32, u64), String>,
}

/// What the checks at the end compare the walk with.
pub(super) struct Tail {
    /// Rows in `audit_nodes`.
    pub(super) stored_nodes: i64,
    /// The head row's frontier text.
    pub(super) head: String,
}

/// Where the batches come from.
pub(super) enum Reader {
    Pool {
        tx: Transaction<'static, Any>,
        /// The index of the last entry handed out (−1 before the first).
        after: i64,
        /// Entries handed out so far.
        read: u64,
    },
    File(mpsc::Receiver<Result<Item, StoreError>>),
}

/// What the file reader hands over: batches, then the tail.
pub(super) enum Item {
    Batch(Batch),
    Tail(Tail),
}

impl Reader {
    /// Starts reading: a SQLite file's own thread, or a read transaction.
    pub(super) async fn start(
        pool: &AnyPool,
        backend: Backend,
        file: Option<&Path>,
    ) -> Result<Self, StoreError> {
        Ok(match file {
            Some(file) => {
                let (sender, receiver) = mpsc::channel(2);
                let file = file.to_owned();
                std::thread::spawn(move || {
                    if let Err(e) = read_file(&file, &sender) {
                        // The walk reports it; a walk that stopped early no longer listens.
                        let _ = sender.blocking_send(Err(e));
                    }
                });
                Self::File(receiver)
            }
            None => {
                let mut tx = pool.begin().await?;
                if let Some(snapshot) = backend.snapshot_reads() {
                    sqlx::query(snapshot).execute(&mut *tx).await?;
                }
                Self::Pool {
                    tx,
                    after: -1,
                    read: 0,
                }
            }
        })
    }

    /// The next batch (the one after it already on its way), or the tail once the
    /// log is read.
    pub(super) async fn next(&mut self) -> Result<Item, StoreError> {
        match self {
            Self::File(receiver) => receiver
                .recv()
                .await
                .unwrap_or_else(|| Err(joined("the audit log reader stopped before the end"))),
            Self::Pool { tx, after, read } => {
                let batch = read_batch(tx, *after, *read).await?;
                let Some(last) = batch.entries.last() else {
                    return Ok(Item::Tail(pool_tail(tx).await?));
                };
                *after = last.index;
                *read += batch.entries.len() as u64;
                Ok(Item::Batch(batch))
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

/// Reads the entries after `after` and the stored subtree roots that entries
/// `start..` complete.
async fn read_batch(
    tx: &mut Transaction<'static, Any>,
    after: i64,
    start: u64,
) -> Result<Batch, StoreError> {
    let sql =
        format!("SELECT {SELECT_COLUMNS} FROM audit_log WHERE idx > $1 ORDER BY idx LIMIT $2");
    let entries = sqlx::query_as::<_, Columns>(&sql)
        .bind(after)
        .bind(BATCH)
        .fetch_all(&mut **tx)
        .await?;
    let nodes = pool_nodes(tx, start, start + BATCH as u64).await?;
    Ok(Batch {
        entries: entries.into_iter().map(StoredEntry::from).collect(),
        nodes,
    })
}

async fn pool_tail(tx: &mut Transaction<'static, Any>) -> Result<Tail, StoreError> {
    Ok(Tail {
        stored_nodes: sqlx::query_scalar("SELECT COUNT(*) FROM audit_nodes")
            .fetch_one(&mut **tx)
            .await?,
        head: sqlx::query_scalar("SELECT frontier FROM audit_head WHERE id = 1")
            .fetch_one(&mut **tx)
            .await?,
    })
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

fn node_key(level: i64, index: i64) -> (u32, u64) {
    (
        u32::try_from(level).unwrap_or(u32::MAX),
        u64::try_from(index).unwrap_or(u64::MAX),
    )
}

async fn pool_nodes(
    tx: &mut Transaction<'static, Any>,
    start: u64,
    end: u64,
) -> Result<HashMap<(u32, u64), String>, StoreError> {
    let ranges = node_ranges(start, end);
    if ranges.is_empty() {
        return Ok(HashMap::new());
    }
    let conditions: Vec<String> = (0..ranges.len())
        .map(|i| {
            format!(
                "(level = ${} AND idx BETWEEN ${} AND ${})",
                3 * i + 1,
                3 * i + 2,
                3 * i + 3
            )
        })
        .collect();
    let sql = format!(
        "SELECT level, idx, hash FROM audit_nodes WHERE {}",
        conditions.join(" OR ")
    );
    let mut query = sqlx::query_as::<_, (i64, i64, String)>(&sql);
    for (level, low, high) in &ranges {
        query = query
            .bind(i64::from(*level))
            .bind(to_i64(*low)?)
            .bind(to_i64(*high)?);
    }
    Ok(query
        .fetch_all(&mut **tx)
        .await?
        .into_iter()
        .map(|(level, index, hash)| (node_key(level, index), hash))
        .collect())
}

/// The whole log of a SQLite file, in one read transaction, handed over a batch at a
/// time (two at most waiting: memory stays flat).
fn read_file(
    file: &Path,
    sender: &mpsc::Sender<Result<Item, StoreError>>,
) -> Result<(), StoreError> {
    let conn = rusqlite::Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sqlite)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(sqlite)?;
    // One snapshot: a writer appending meanwhile is neither half seen nor counted.
    conn.execute_batch("BEGIN").map_err(sqlite)?;
    let mut entries = conn
        .prepare(&format!(
            "SELECT {SELECT_COLUMNS} FROM audit_log ORDER BY idx"
        ))
        .map_err(sqlite)?;
    let mut nodes = conn
        .prepare("SELECT idx, hash FROM audit_nodes WHERE level = ?1 AND idx BETWEEN ?2 AND ?3")
        .map_err(sqlite)?;
    let mut rows = entries.query([]).map_err(sqlite)?;
    let mut read = 0u64;
    loop {
        let mut batch = Vec::with_capacity(BATCH as usize);
        while batch.len() < BATCH as usize {
            let Some(row) = rows.next().map_err(sqlite)? else {
                break;
            };
            batch.push(StoredEntry::from(columns(row).map_err(sqlite)?));
        }
        if batch.is_empty() {
            break;
        }
        let start = read;
        read += batch.len() as u64;
        let mut completed = HashMap::new();
        for (level, low, high) in node_ranges(start, start + BATCH as u64) {
            let found = nodes
                .query_map((i64::from(level), to_i64(low)?, to_i64(high)?), |row| {
                    Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
                })
                .map_err(sqlite)?;
            for node in found {
                let (index, hash) = node.map_err(sqlite)?;
                completed.insert(node_key(i64::from(level), index), hash);
            }
        }
        let batch = Batch {
            entries: batch,
            nodes: completed,
        };
        if sender.blocking_send(Ok(Item::Batch(batch))).is_err() {
            return Ok(()); // the walk stopped at a problem
        }
    }
    let stored_nodes = conn
        .query_row("SELECT COUNT(*) FROM audit_nodes", [], |row| row.get(0))
        .map_err(sqlite)?;
    let head = conn
        .query_row("SELECT frontier FROM audit_head WHERE id = 1", [], |row| {
            row.get(0)
        })
        .optional()
        .map_err(sqlite)?
        .unwrap_or_default();
    let _ = sender.blocking_send(Ok(Item::Tail(Tail { stored_nodes, head })));
    Ok(())
}

fn columns(row: &rusqlite::Row<'_>) -> rusqlite::Result<Columns> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
        row.get(8)?,
        row.get(9)?,
        row.get(10)?,
        row.get(11)?,
    ))
}

fn sqlite(e: rusqlite::Error) -> StoreError {
    StoreError::Io {
        context: "reading the audit log".into(),
        source: std::io::Error::other(e),
    }
}
