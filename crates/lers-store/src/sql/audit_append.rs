//! The writer side of the audit log: the entries a write transaction appends are
//! kept in memory while it runs and written when it commits, in one statement, with
//! only the LAST of them signed (a checkpoint: `root_hash` and `signature` of the tree
//! head after it). Every other entry stores `''` in both columns. So the newest stored
//! entry is always a signed head, one signature and one insert serve a whole
//! transaction, and the head row is read once per transaction instead of twice per
//! entry. On SQLite a group commit goes further: its writers hand their entries to
//! the batch ([`PendingAudit::absorb`]), which writes them all, signed once, just
//! before its `COMMIT` (`group_commit.rs`).

use crate::sql::Conn;
use lers_domain::audit::AuditEvent;
use lers_domain::audit_nodes::NodeId;
use lers_domain::audit_tree::{self, Checkpoint, Frontier, Hash};

use super::audit_log::{insert_nodes, parse_frontier, to_i64};
use super::audit_signer::AuditSigner;
use super::dialect::Backend;
use crate::error::StoreError;

/// Entries per insert statement (5 parameters each: well under both databases' limits).
const ROWS_PER_INSERT: usize = 200;
/// Subtree roots per insert statement (3 parameters each).
const NODES_PER_INSERT: usize = 300;

/// Reads the head and takes its write lock (PostgreSQL row lock; SQLite's group commit
/// already holds the database's write lock), so concurrent appends queue up instead of
/// forking the tree; fails if the head is not the tree `signer` last signed.
pub(crate) async fn lock_head(
    conn: &mut Conn<'_>,
    signer: &AuditSigner,
) -> Result<Frontier, StoreError> {
    let text: String = sqlx::query_scalar(
        "UPDATE audit_head SET frontier = frontier WHERE id = 1 RETURNING frontier",
    )
    .fetch_one(&mut *conn)
    .await?;
    // A head row that is not a tree at all is no signed head either.
    let frontier = parse_frontier(&text).map_err(|_| StoreError::AuditHeadUnsigned)?;
    signer.check_head(conn, &frontier).await?;
    Ok(frontier)
}

/// Stores the head after the entries written (inside the same transaction).
pub(crate) async fn write_head(conn: &mut Conn<'_>, frontier: &Frontier) -> Result<(), StoreError> {
    sqlx::query("UPDATE audit_head SET frontier = $1 WHERE id = 1")
        .bind(frontier.to_text())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

struct Entry {
    index: u64,
    /// Its leaf data, stored as it is hashed (the shown columns derive from it).
    data: String,
    leaf: Hash,
}

/// What one write transaction has appended and not yet written.
#[derive(Default)]
pub(crate) struct PendingAudit {
    /// The tree after this transaction's entries; `None` until the first append.
    frontier: Option<Frontier>,
    entries: Vec<Entry>,
    nodes: Vec<(NodeId, Hash)>,
}

impl PendingAudit {
    /// Whether the first append still needs the head (`start`).
    /// The tree after the entries appended so far (`None`: none yet).
    pub(crate) fn frontier(&self) -> Option<&Frontier> {
        self.frontier.as_ref()
    }

    /// Takes over `later`'s entries, which were appended after this one's (from the
    /// tree this one leaves), so both are written as one.
    pub(crate) fn absorb(&mut self, later: PendingAudit) {
        let Some(frontier) = later.frontier else {
            return;
        };
        self.frontier = Some(frontier);
        self.entries.extend(later.entries);
        self.nodes.extend(later.nodes);
    }

    pub(crate) fn needs_head(&self) -> bool {
        self.frontier.is_none()
    }

    /// Appends `event` to the tree that `start` (the head this transaction found)
    /// describes, the first time, and to the entries already appended afterwards;
    /// returns its index.
    pub(crate) fn push(
        &mut self,
        start: Option<Frontier>,
        event: AuditEvent,
    ) -> Result<u64, StoreError> {
        let frontier = self
            .frontier
            .get_or_insert_with(|| start.unwrap_or_default());
        let index = frontier.size();
        // serde_json writes UTF-8.
        let data = String::from_utf8(event.leaf_bytes(index))
            .map_err(|e| StoreError::Corrupt(format!("audit entry {index}: {e}")))?;
        let leaf = audit_tree::leaf_hash(data.as_bytes());
        let completed = frontier
            .push_completing(leaf)
            .map_err(|e| StoreError::Corrupt(format!("audit head: {e}")))?;
        self.nodes.extend(completed);
        self.entries.push(Entry { index, data, leaf });
        Ok(index)
    }

    /// Writes the entries (the last one signed) and the subtree roots they complete;
    /// returns the tree after them, for the head row, or `None` when nothing was
    /// appended.
    pub(crate) async fn write(
        self,
        conn: &mut Conn<'_>,
        signer: &AuditSigner,
    ) -> Result<Option<Frontier>, StoreError> {
        let Some(frontier) = self.frontier else {
            return Ok(None);
        };
        let checkpoint = Checkpoint {
            tree_size: frontier.size(),
            root: frontier.root(),
        };
        let root = hex::encode(checkpoint.root);
        let signature = hex::encode(signer.sign(&checkpoint).to_bytes());
        let last = self.entries.len().saturating_sub(1);
        for (chunk_no, chunk) in self.entries.chunks(ROWS_PER_INSERT).enumerate() {
            let sql = format!(
                "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature) VALUES {}",
                Backend::of(conn).value_rows(chunk.len(), 5)
            );
            let mut insert = sqlx::query(&sql);
            for (i, entry) in chunk.iter().enumerate() {
                let signed = chunk_no * ROWS_PER_INSERT + i == last;
                insert = insert
                    .bind(to_i64(entry.index)?)
                    .bind(entry.data.as_str())
                    .bind(hex::encode(entry.leaf))
                    .bind(if signed { root.clone() } else { String::new() })
                    .bind(if signed {
                        signature.clone()
                    } else {
                        String::new()
                    });
            }
            insert.execute(&mut *conn).await?;
        }
        for nodes in self.nodes.chunks(NODES_PER_INSERT) {
            insert_nodes(conn, nodes, "").await?;
        }
        Ok(Some(frontier))
    }
}
