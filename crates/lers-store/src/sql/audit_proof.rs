//! Inclusion proofs of audit entries, built from the stored subtree roots (a pruned
//! entry's content is gone, so it is named as pruned instead of proved).

use ed25519_dalek::VerifyingKey;
use lers_domain::audit::InclusionProofDoc;
use lers_domain::audit_nodes::{self, NodeId};
use lers_domain::audit_tree::{self, Hash};
use sqlx::AnyPool;
use std::collections::HashMap;

use super::audit_entry::parse_leaf;
use super::audit_log::{head, to_i64};
use crate::error::{Refusal, StoreError};

/// An inclusion proof of entry `index` in the current tree, with its signed head:
/// the head row, the entry and at most about 2·log₂ n stored nodes, so the cost does
/// not grow with the log.
pub(crate) async fn prove(
    pool: &AnyPool,
    index: u64,
    public_key: &VerifyingKey,
) -> Result<InclusionProofDoc, StoreError> {
    let head = head(pool).await?.ok_or(StoreError::NotFound)?;
    if index >= head.tree_size {
        return Err(StoreError::NotFound);
    }
    let (leaf, pruned): (String, Option<i64>) =
        sqlx::query_as("SELECT leaf, pruned_at FROM audit_log WHERE idx = $1")
            .bind(to_i64(index)?)
            .fetch_optional(pool)
            .await?
            .ok_or(StoreError::NotFound)?;
    if pruned.is_some() {
        return Err(Refusal::AuditEntryPruned { index }.into());
    }
    let plan = audit_nodes::inclusion_plan(index, head.tree_size)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let nodes = read_nodes(pool, &audit_nodes::nodes_of(&plan)).await?;
    let path = audit_nodes::assemble(&plan, |id| nodes.get(&id).copied()).map_err(missing_node)?;
    // The nodes are a cache beside the signed log: a proof that does not lead to the
    // signed root is never handed out (`lers audit verify` names the bad node).
    let root = hex::decode(&head.root)
        .ok()
        .and_then(|bytes| Hash::try_from(bytes).ok())
        .ok_or_else(|| {
            StoreError::Corrupt("the signed head's root is not 32 bytes of hex".into())
        })?;
    let leaf_hash = audit_tree::leaf_hash(leaf.as_bytes());
    audit_tree::verify_inclusion(&leaf_hash, index, head.tree_size, &path, &root).map_err(|_| {
        StoreError::Corrupt(
            "the stored audit subtree roots do not lead to the signed head; run `lers audit verify` to find the altered entry or node".into(),
        )
    })?;
    Ok(InclusionProofDoc::of_leaf(
        index,
        leaf,
        &path,
        head.tree_size,
        &head.root,
        &head.signature,
        public_key,
    ))
}

/// Reads the hashes of `nodes`: leaves from the log, interior nodes from
/// `audit_nodes`, each with one batched query.
async fn read_nodes(pool: &AnyPool, nodes: &[NodeId]) -> Result<HashMap<NodeId, Hash>, StoreError> {
    let mut found = HashMap::with_capacity(nodes.len());
    let (leaves, interior): (Vec<NodeId>, Vec<NodeId>) = nodes.iter().partition(|id| id.level == 0);
    if !leaves.is_empty() {
        let sql = format!(
            "SELECT idx, leaf_hash FROM audit_log WHERE idx IN ({})",
            super::rows::placeholders(1, leaves.len())
        );
        let mut query = sqlx::query_as::<_, (i64, String)>(&sql);
        for id in &leaves {
            query = query.bind(to_i64(id.index)?);
        }
        for (index, text) in query.fetch_all(pool).await? {
            let id = NodeId {
                level: 0,
                index: u64::try_from(index).unwrap_or(u64::MAX),
            };
            found.insert(id, parse_leaf(index, &text)?);
        }
    }
    if !interior.is_empty() {
        let conditions: Vec<String> = (0..interior.len())
            .map(|i| format!("(level = ${} AND idx = ${})", 2 * i + 1, 2 * i + 2))
            .collect();
        let sql = format!(
            "SELECT level, idx, hash FROM audit_nodes WHERE {}",
            conditions.join(" OR ")
        );
        let mut query = sqlx::query_as::<_, (i64, i64, String)>(&sql);
        for id in &interior {
            query = query.bind(i64::from(id.level)).bind(to_i64(id.index)?);
        }
        for (level, index, text) in query.fetch_all(pool).await? {
            let id = NodeId {
                level: u32::try_from(level).unwrap_or(u32::MAX),
                index: u64::try_from(index).unwrap_or(u64::MAX),
            };
            found.insert(id, parse_leaf(index, &text)?);
        }
    }
    Ok(found)
}

fn missing_node(id: NodeId) -> StoreError {
    StoreError::Corrupt(format!(
        "audit subtree root at level {} index {} is missing; restart the server to fill it in, then run `lers audit verify`",
        id.level, id.index
    ))
}
