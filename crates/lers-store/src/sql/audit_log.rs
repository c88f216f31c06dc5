//! The append-only audit log on disk: each entry is a leaf of an RFC 6962 Merkle tree
//! and carries the signed tree head after it, so `verify` (`audit_verify.rs`) can name
//! the first entry that was altered, deleted, inserted or moved.

use crate::sql::Conn;
use lers_domain::audit_nodes::NodeId;
use lers_domain::audit_tree::{Frontier, Hash};
use sqlx::{AnyPool, Row};

use super::audit_entry::parse_leaf;
use super::dialect::Backend;
use crate::error::StoreError;

/// Stores completed subtree roots in one statement; `on_conflict` is empty when
/// appending (a duplicate would be a bug) and `ON CONFLICT DO NOTHING` when filling in.
pub(super) async fn insert_nodes(
    conn: &mut Conn<'_>,
    nodes: &[(NodeId, Hash)],
    on_conflict: &str,
) -> Result<(), StoreError> {
    if nodes.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO audit_nodes (level, idx, hash) VALUES {} {on_conflict}",
        Backend::of(conn).value_rows(nodes.len(), 3)
    );
    let mut query = sqlx::query(&sql);
    for (id, hash) in nodes {
        query = query
            .bind(i64::from(id.level))
            .bind(to_i64(id.index)?)
            .bind(hex::encode(hash));
    }
    query.execute(&mut *conn).await?;
    Ok(())
}

/// Leaves read per round trip while filling in the subtree roots of an older log.
const FILL_BATCH: i64 = 10_000;
/// Nodes per insert statement while filling in (3 parameters each, well under the
/// parameter limits of both databases).
const FILL_INSERT: usize = 300;

/// Logs written before subtree roots were stored get them once, at start: the leaves
/// are read in batches (memory stays flat) under the head's lock, so appends by other
/// servers wait instead of racing the fill.
pub(crate) async fn fill_missing_nodes(conn: &mut Conn<'_>) -> Result<u64, StoreError> {
    sqlx::query("UPDATE audit_head SET frontier = frontier WHERE id = 1")
        .execute(&mut *conn)
        .await?;
    let text: String = sqlx::query_scalar("SELECT frontier FROM audit_head WHERE id = 1")
        .fetch_one(&mut *conn)
        .await?;
    let size = parse_frontier(&text)?.size();
    // Complete when every node the log completes is there: rows of the right levels
    // and indices, as many as the log completes (extra rows are `verify`'s to report).
    let present: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_nodes WHERE level BETWEEN 1 AND 63 AND idx >= 0 \
         AND idx < ($1 >> CAST(level AS INTEGER))",
    )
    .bind(to_i64(size)?)
    .fetch_one(&mut *conn)
    .await?;
    let expected = size - u64::from(size.count_ones());
    if u64::try_from(present).ok() == Some(expected) {
        return Ok(0);
    }
    let mut frontier = Frontier::new();
    let mut pending = Vec::new();
    let mut after: i64 = -1;
    loop {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT idx, leaf_hash FROM audit_log WHERE idx > $1 ORDER BY idx LIMIT $2",
        )
        .bind(after)
        .bind(FILL_BATCH)
        .fetch_all(&mut *conn)
        .await?;
        if rows.is_empty() {
            break;
        }
        for (index, text) in rows {
            let leaf = parse_leaf(index, &text)?;
            let completed = frontier
                .push_completing(leaf)
                .map_err(|e| StoreError::Corrupt(format!("audit log: {e}")))?;
            pending.extend(completed);
            if pending.len() >= FILL_INSERT {
                insert_nodes(conn, &pending, "ON CONFLICT DO NOTHING").await?;
                pending.clear();
            }
            after = index;
        }
    }
    insert_nodes(conn, &pending, "ON CONFLICT DO NOTHING").await?;
    Ok(frontier.size())
}

pub(super) fn parse_frontier(text: &str) -> Result<Frontier, StoreError> {
    if text.is_empty() {
        Ok(Frontier::new())
    } else {
        Frontier::from_text(text).map_err(|e| StoreError::Corrupt(format!("audit head: {e}")))
    }
}

pub(super) fn to_i64(n: u64) -> Result<i64, StoreError> {
    i64::try_from(n).map_err(|_| StoreError::Corrupt("audit index out of range".into()))
}

/// The signed tree head after the last checkpoint (the last entry: every transaction
/// ends with one), for publishing outside the database
/// (e.g. to agencies); a later `verify` against it detects a truncated or rewritten log.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignedHead {
    pub tree_size: u64,
    pub root: String,
    pub signature: String,
}

pub(crate) async fn head(pool: &AnyPool) -> Result<Option<SignedHead>, StoreError> {
    let row =
        sqlx::query("SELECT idx, root_hash, signature FROM audit_log WHERE signature <> '' ORDER BY idx DESC LIMIT 1")
            .fetch_optional(pool)
            .await?;
    row.map(|row| {
        let index: i64 = row.try_get("idx")?;
        Ok(SignedHead {
            tree_size: u64::try_from(index).unwrap_or(0) + 1,
            root: row.try_get("root_hash")?,
            signature: row.try_get("signature")?,
        })
    })
    .transpose()
}

/// The root over the first `size` stored leaves, recomputed from the leaves that
/// `verify` checks (never from the proof cache in `audit_nodes`, which a forger who
/// rewrote the log could leave untouched), in batches so memory stays flat.
pub(crate) async fn root_at(pool: &AnyPool, size: u64) -> Result<Option<Hash>, StoreError> {
    let mut frontier = Frontier::new();
    let mut after: i64 = -1;
    while frontier.size() < size {
        let want =
            i64::try_from((size - frontier.size()).min(FILL_BATCH as u64)).unwrap_or(FILL_BATCH);
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT idx, leaf_hash FROM audit_log WHERE idx > $1 ORDER BY idx LIMIT $2",
        )
        .bind(after)
        .bind(want)
        .fetch_all(pool)
        .await?;
        if rows.is_empty() {
            return Ok(None);
        }
        for (index, text) in rows {
            frontier.push(parse_leaf(index, &text)?);
            after = index;
        }
    }
    Ok(Some(frontier.root()))
}
