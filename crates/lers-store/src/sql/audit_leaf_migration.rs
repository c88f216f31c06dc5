//! The second half of migration 0039, which stores each audit entry as its leaf data:
//! the migration keeps the old table as `audit_log_before_leaf`, and this rebuilds
//! every entry's leaf data from its old columns with the very code that hashed them,
//! so a log that verified before verifies after, byte for byte. One transaction: a
//! start cut off half-way copies nothing and the next start does it all.
//!
//! Evidence survives the copy: an entry altered before it is copied as it stands, so
//! `verify` still names it — details that are not JSON are kept as a JSON string, and
//! a row marked pruned that still holds content keeps it.

use lers_domain::audit::LeafColumns;
use serde::de::IgnoredAny;
use sqlx::AnyPool;

use super::audit_entry::pruned_leaf;
use super::dialect::Backend;
use super::Conn;
use crate::error::StoreError;

const OLD_TABLE: &str = "audit_log_before_leaf";

/// Rows copied per statement (6 parameters each).
const BATCH: usize = 500;

/// An entry as the old table holds it.
type OldRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    Option<i64>,
);

/// Copies the old table's entries into `audit_log` and drops it; the number copied
/// (0 when there is nothing left to migrate).
pub(super) async fn finish(pool: &AnyPool, backend: Backend) -> Result<u64, StoreError> {
    let mut tx = pool.begin().await?;
    let mut conn = Conn::from(&mut tx);
    // Nodes starting together: one copies, the others then find the table gone.
    backend.lock_key(&mut conn, OLD_TABLE).await?;
    if !backend.has_table(&mut conn, OLD_TABLE).await? {
        return Ok(0);
    }
    let mut copied = 0u64;
    let mut from = i64::MIN;
    loop {
        let rows: Vec<OldRow> = sqlx::query_as(&format!(
            "SELECT idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, \
             signature, pruned_at FROM {OLD_TABLE} WHERE idx >= $1 ORDER BY idx LIMIT $2"
        ))
        .bind(from)
        .bind(BATCH as i64)
        .fetch_all(&mut conn)
        .await?;
        let Some(last) = rows.last().map(|row| row.0) else {
            break;
        };
        copy(&mut conn, backend, &rows).await?;
        copied += rows.len() as u64;
        match last.checked_add(1) {
            Some(next) if rows.len() == BATCH => from = next,
            _ => break,
        }
    }
    sqlx::query(&format!("DROP TABLE {OLD_TABLE}"))
        .execute(&mut conn)
        .await?;
    tx.commit().await?;
    Ok(copied)
}

async fn copy(conn: &mut Conn<'_>, backend: Backend, rows: &[OldRow]) -> Result<(), StoreError> {
    let sql = format!(
        "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature, pruned_at) VALUES {}",
        backend.value_rows(rows.len(), 6)
    );
    let mut insert = sqlx::query(&sql);
    for row in rows {
        insert = insert
            .bind(row.0)
            .bind(leaf_data(row))
            .bind(row.8.as_str())
            .bind(row.9.as_str())
            .bind(row.10.as_str())
            .bind(row.11);
    }
    insert.execute(&mut *conn).await?;
    Ok(())
}

/// The leaf data of an old row: what its leaf hash was taken of, or its pruned form.
fn leaf_data(row: &OldRow) -> String {
    let (index, at, actor, action, subject, ip, outcome, details) =
        (row.0, row.1, &row.2, &row.3, &row.4, &row.5, &row.6, &row.7);
    // An index below 0 was never written by LERS: `verify` reports the row as such.
    let index = u64::try_from(index).unwrap_or(0);
    let as_pruned =
        actor == "pruned" && subject.is_none() && ip.is_none() && details.as_str() == "{}";
    let columns = if row.11.is_some() && as_pruned {
        pruned_leaf(at, action, outcome)
    } else {
        LeafColumns {
            at,
            actor,
            action,
            subject: subject.as_deref(),
            ip: ip.as_deref(),
            outcome,
            details,
        }
    };
    // Details that are not one JSON value would make the whole not JSON, which the
    // derived columns cannot be read from: kept as a JSON string instead.
    let quoted;
    let columns = if serde_json::from_str::<IgnoredAny>(columns.details).is_ok() {
        columns
    } else {
        quoted = serde_json::Value::String(details.clone()).to_string();
        LeafColumns {
            details: &quoted,
            ..columns
        }
    };
    let mut data = Vec::with_capacity(256);
    columns.write_leaf(index, &mut data);
    // Written from UTF-8 text and ASCII.
    String::from_utf8_lossy(&data).into_owned()
}
