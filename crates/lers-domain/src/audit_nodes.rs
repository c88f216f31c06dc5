//! Inclusion proofs from stored subtree roots, in O(log n).
//!
//! Rebuilding a proof from every leaf costs time and memory in the size of the log
//! (about 2.7 GB at a million entries), and any requester can ask for one with each
//! manifest download. Instead the store keeps the root of every perfect subtree as
//! it is completed ([`crate::audit_tree::Frontier::push_completing`]: one per leaf on
//! average) and a proof becomes a *plan* of at most about 2·log₂ n node look-ups,
//! assembled here without I/O.

pub use crate::audit_tree::NodeId;
use crate::audit_tree::{node_hash, Hash, TreeError};

/// The node look-ups an inclusion proof needs: one group per hash of the proof,
/// nearest the leaf first. A group is the perfect subtrees, left to right, whose
/// RFC 6962 hash is that proof element (more than one only on the tree's right
/// edge, where the sibling is not a perfect subtree).
pub fn inclusion_plan(index: u64, tree_size: u64) -> Result<Vec<Vec<NodeId>>, TreeError> {
    if index >= tree_size {
        return Err(TreeError::IndexOutOfRange { index, tree_size });
    }
    let mut plan = Vec::new();
    plan_path(index, 0, tree_size, &mut plan);
    Ok(plan)
}

/// `PATH(m, D[start..end])` of RFC 6962 §2.1.1 as node look-ups.
fn plan_path(m: u64, start: u64, end: u64, plan: &mut Vec<Vec<NodeId>>) {
    let n = end - start;
    if n < 2 {
        return;
    }
    let k = split_point(n);
    // The deeper part of the path comes first, so recurse before adding the sibling.
    if m - start < k {
        plan_path(m, start, start + k, plan);
        plan.push(perfect_parts(start + k, end));
    } else {
        plan_path(m, start + k, end, plan);
        plan.push(vec![NodeId::covering(start, k)]);
    }
}

/// `MTH(D[start..end])` split into the perfect subtrees it is made of, left to right:
/// the binary digits of its size, largest first. `start` is always aligned to the
/// first of them where this is called, so each part is a stored node.
fn perfect_parts(start: u64, end: u64) -> Vec<NodeId> {
    let mut parts = Vec::new();
    let mut at = start;
    while at < end {
        let size = 1u64 << (u64::BITS - 1 - (end - at).leading_zeros());
        parts.push(NodeId::covering(at, size));
        at += size;
    }
    parts
}

/// Largest power of two strictly below `n`; callers guarantee `n >= 2`.
fn split_point(n: u64) -> u64 {
    1 << (u64::BITS - 1 - (n - 1).leading_zeros())
}

/// Folds one group of perfect subtrees into the hash of their union, as MTH hangs
/// each smaller subtree under the right of the larger ones.
fn fold_group(group: &[NodeId], lookup: &impl Fn(NodeId) -> Option<Hash>) -> Result<Hash, NodeId> {
    let mut hashes = group.iter().rev().map(|id| lookup(*id).ok_or(*id));
    let last = match hashes.next() {
        Some(hash) => hash?,
        None => return Ok(crate::audit_tree::empty_root()),
    };
    hashes.try_fold(last, |right, left| Ok(node_hash(&left?, &right)))
}

/// Turns a plan into the proof's hashes; `Err` names a node the store lacks.
pub fn assemble(
    plan: &[Vec<NodeId>],
    lookup: impl Fn(NodeId) -> Option<Hash>,
) -> Result<Vec<Hash>, NodeId> {
    plan.iter()
        .map(|group| fold_group(group, &lookup))
        .collect()
}

/// Every distinct node a plan reads, in a stable order (for one batched query).
pub fn nodes_of(plan: &[Vec<NodeId>]) -> Vec<NodeId> {
    let mut nodes: Vec<NodeId> = plan.iter().flatten().copied().collect();
    nodes.sort_unstable();
    nodes.dedup();
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit_tree::{inclusion_proof, leaf_hash, root_of, verify_inclusion, Frontier};
    use std::collections::HashMap;

    /// The nodes a store would hold after appending `n` leaves.
    fn stored(n: u64) -> (Vec<Hash>, HashMap<NodeId, Hash>) {
        let mut frontier = Frontier::new();
        let mut leaves = Vec::new();
        let mut nodes = HashMap::new();
        for i in 0..n {
            let leaf = leaf_hash(&i.to_be_bytes());
            leaves.push(leaf);
            nodes.insert(NodeId { level: 0, index: i }, leaf);
            for (id, hash) in frontier.push_completing(leaf).unwrap_or_default() {
                nodes.insert(id, hash);
            }
        }
        (leaves, nodes)
    }

    #[test]
    fn plans_give_the_rfc_proof_for_every_leaf_of_every_small_tree() {
        for n in 1..=70u64 {
            let (leaves, nodes) = stored(n);
            let lookup = |id: NodeId| nodes.get(&id).copied();
            for m in 0..n {
                let plan = inclusion_plan(m, n).unwrap_or_default();
                let proof = assemble(&plan, lookup);
                assert_eq!(
                    proof.ok(),
                    inclusion_proof(&leaves, m).ok(),
                    "leaf {m} of {n}"
                );
            }
        }
    }

    #[test]
    fn a_store_holds_one_interior_node_per_leaf_minus_its_peaks() {
        for n in [1u64, 2, 3, 7, 8, 100, 1023, 1024] {
            let (_, nodes) = stored(n);
            let interior = nodes.keys().filter(|id| id.level > 0).count() as u64;
            assert_eq!(interior, n - u64::from(n.count_ones()), "{n}");
        }
    }

    #[test]
    fn plans_stay_logarithmic_at_the_largest_sizes() {
        let n = (1u64 << 40) + 12_345;
        for m in [0, 1, n / 2, n - 2, n - 1] {
            let plan = inclusion_plan(m, n).unwrap_or_default();
            assert!(nodes_of(&plan).len() <= 2 * 41, "{m}");
        }
        assert!(inclusion_plan(n, n).is_err());
    }

    #[test]
    fn a_missing_node_is_named() {
        let (leaves, mut nodes) = stored(6);
        nodes.remove(&NodeId { level: 1, index: 2 });
        let plan = inclusion_plan(0, 6).unwrap_or_default();
        let result = assemble(&plan, |id| nodes.get(&id).copied());
        assert_eq!(result, Err(NodeId { level: 1, index: 2 }));
        // The path still verifies once the node is there again.
        let (_, nodes) = stored(6);
        let path = assemble(&plan, |id| nodes.get(&id).copied()).unwrap_or_default();
        assert!(verify_inclusion(&leaves[0], 0, 6, &path, &root_of(&leaves)).is_ok());
    }
}
