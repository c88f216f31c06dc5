//! One piece of the audit log checked on its own: `verify` splits the log into pieces
//! of [`PIECE`] entries, each a perfect subtree of the whole tree, so that pieces are
//! read and checked side by side and only their roots are joined in order
//! (`audit_verify.rs`). A piece hashes each entry's leaf data, builds
//! its own subtree and compares the stored subtree roots inside it; what needs the
//! entries before it — the tree heads and the roots above it — is left to the join.

use lers_domain::audit_tree::{Frontier, Hash, NodeId};

use super::audit_entry::{lower_hex, EntryRow};

/// What is wrong with the log, and the first entry it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditProblem {
    pub index: u64,
    pub reason: String,
}

pub(super) fn problem(index: u64, reason: String) -> AuditProblem {
    AuditProblem { index, reason }
}

/// Entry `expected` is not where the next stored row is.
pub(super) fn missing(expected: u64, next: i64) -> AuditProblem {
    problem(
        expected,
        format!(
            "entry {expected} is missing (the next stored entry is {next}): entries were deleted or inserted"
        ),
    )
}

/// log₂ of [`PIECE`].
pub(super) const PIECE_LEVEL: u32 = 13;

/// Entries per piece: a power of two, so a piece's interior nodes are nodes of the
/// whole tree; memory stays flat for any log size.
pub(super) const PIECE: u64 = 1 << PIECE_LEVEL;

/// A stored subtree root as read: its hex text, or zeros when it is not 64 bytes long
/// (which then matches nothing).
pub(super) type NodeText = [u8; 64];

pub(super) fn node_text(text: &[u8]) -> NodeText {
    NodeText::try_from(text).unwrap_or([0; 64])
}

/// The stored subtree roots a piece completes, as read from `audit_nodes`.
#[derive(Default)]
pub(super) struct StoredNodes {
    /// Levels 1 to [`PIECE_LEVEL`]: `(index, hash)` in index order.
    pub(super) inside: Vec<Vec<(u64, NodeText)>>,
    /// Above the piece: completed by its last entry together with earlier pieces.
    pub(super) above: Vec<((u32, u64), NodeText)>,
}

impl StoredNodes {
    pub(super) fn add(&mut self, level: u32, index: u64, hash: NodeText) {
        if level > PIECE_LEVEL {
            self.above.push(((level, index), hash));
            return;
        }
        let level = level as usize;
        if self.inside.len() <= level {
            self.inside.resize_with(level + 1, Vec::new);
        }
        self.inside[level].push((index, hash));
    }
}

/// A signature as stored: 128 hex digits.
pub(super) type SignatureText = [u8; 128];

/// Outside [`Heads::Every`], one checkpoint in this many (drawn at random at each
/// run) has its tree head compared, besides the last one, which always is.
pub(super) const SAMPLE_ONE_IN: u32 = 512;

/// Which stored tree heads a piece recomputes the root of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Heads {
    /// A random [`SAMPLE_ONE_IN`]th of them (the join adds the last one).
    Sample,
    Every,
}

impl Heads {
    fn compares_next(self) -> bool {
        self == Self::Every || rand::Rng::gen_ratio(&mut rand::thread_rng(), 1, SAMPLE_ONE_IN)
    }
}

/// A checkpoint of the piece, for the join to compare with the whole tree's root.
pub(super) struct PieceCheckpoint {
    pub(super) index: u64,
    /// The root of the piece's entries up to this one (the right-hand part of the
    /// whole tree's root at this size), when this head is to be compared.
    pub(super) piece_root: Option<Hash>,
    /// The stored root's text when it is 64 bytes long.
    pub(super) root_text: Option<NodeText>,
    /// The stored signature's text, when it is 64 bytes of hex (decoded only when
    /// it is checked).
    pub(super) signature: Option<SignatureText>,
}

/// What checking a piece found.
pub(super) struct PieceCheck {
    /// Its first entry's index (a multiple of [`PIECE`]).
    pub(super) start: u64,
    /// Rows read: fewer than [`PIECE`] only for the log's last piece (or past a
    /// problem).
    pub(super) rows: usize,
    /// Its entries up to the first problem, as a tree of their own.
    pub(super) tree: Frontier,
    /// The checkpoints the join needs: those whose head is compared, those not well
    /// formed (named in order), and the piece's last (which may be the log's last,
    /// always checked).
    pub(super) checkpoints: Vec<PieceCheckpoint>,
    /// The other checkpoints, well formed and not compared: only counted.
    pub(super) passed: u64,
    /// The first entry wrong in itself (missing, moved, altered); nothing after it
    /// was checked.
    pub(super) problem: Option<AuditProblem>,
    /// The first stored subtree root inside the piece that is missing or wrong.
    pub(super) bad_node: Option<AuditProblem>,
    /// The stored roots above the piece, for the join.
    pub(super) above: Vec<((u32, u64), NodeText)>,
    pub(super) pruned: u64,
    /// The newest pruned entry, with the time it keeps.
    pub(super) newest_pruned: Option<(u64, i64)>,
}

/// Checks a piece's entries one by one, in index order.
pub(super) struct PieceChecker {
    check: PieceCheck,
    heads: Heads,
    /// The nodes the piece completes, per level, in index order.
    computed: Vec<Vec<Hash>>,
    /// The nodes the last entry completed.
    completed: Vec<(NodeId, Hash)>,
    /// The latest well-formed checkpoint not compared, kept back in case it is the
    /// piece's last.
    held: Option<PieceCheckpoint>,
    scratch: Vec<u8>,
}

impl PieceChecker {
    pub(super) fn new(start: u64, heads: Heads) -> Self {
        Self {
            heads,
            check: PieceCheck {
                start,
                rows: 0,
                tree: Frontier::new(),
                checkpoints: Vec::new(),
                passed: 0,
                problem: None,
                bad_node: None,
                above: Vec::new(),
                pruned: 0,
                newest_pruned: None,
            },
            computed: vec![Vec::new(); PIECE_LEVEL as usize + 1],
            completed: Vec::with_capacity(PIECE_LEVEL as usize),
            held: None,
            scratch: Vec::with_capacity(512),
        }
    }

    /// Checks the next row; `false` once a problem ends the piece.
    pub(super) fn entry(&mut self, entry: &EntryRow<'_>) -> bool {
        let check = &mut self.check;
        check.rows += 1;
        let expected = check.start + check.tree.size();
        if u64::try_from(entry.index).ok() != Some(expected) {
            check.problem = Some(missing(expected, entry.index));
            return false;
        }
        let leaf = match entry.checked_leaf(expected, &mut self.scratch) {
            Ok(leaf) => leaf,
            Err(reason) => {
                check.problem = Some(problem(expected, reason));
                return false;
            }
        };
        if let Some(at) = leaf.pruned_at {
            check.pruned += 1;
            check.newest_pruned = Some((expected, at));
        }
        self.completed.clear();
        match check.tree.push_collecting(leaf.hash, &mut self.completed) {
            Ok(()) => {
                for (id, hash) in &self.completed {
                    self.computed[id.level as usize].push(*hash);
                }
            }
            Err(e) => {
                check.problem = Some(problem(expected, format!("entry {expected}: {e}")));
                return false;
            }
        }
        if entry.is_checkpoint() {
            let checkpoint = PieceCheckpoint {
                index: expected,
                piece_root: self.heads.compares_next().then(|| check.tree.root()),
                root_text: NodeText::try_from(entry.root_hash).ok(),
                signature: signature_text(entry.signature),
            };
            // Half a million checkpoints a million entries: the ones the join would
            // only count are counted here.
            check.passed += u64::from(self.held.take().is_some());
            let passes = checkpoint.piece_root.is_none()
                && checkpoint.root_text.is_some()
                && checkpoint.signature.is_some();
            if passes {
                self.held = Some(checkpoint);
            } else {
                check.checkpoints.push(checkpoint);
            }
        }
        true
    }

    /// The row after a full piece, read to see that it is the next piece's first:
    /// one with an index inside this piece is a second row for an entry (the table's
    /// key was dropped), which no piece would otherwise read.
    pub(super) fn row_after(&mut self, index: i64) {
        let check = &mut self.check;
        if check.problem.is_some() {
            return;
        }
        if let Ok(index) = u64::try_from(index) {
            if index < check.start + PIECE {
                check.problem = Some(problem(
                    index,
                    format!("entry {index} is stored twice: rows were inserted"),
                ));
            }
        }
    }

    /// Compares the stored subtree roots inside the piece with the ones computed.
    pub(super) fn finish(mut self, mut stored: StoredNodes) -> PieceCheck {
        self.check.checkpoints.extend(self.held.take());
        let start = self.check.start;
        for level in &mut stored.inside {
            // In index order whatever order the rows came in (already sorted: cheap).
            level.sort_unstable();
        }
        for (level, computed) in (0u32..).zip(&self.computed).skip(1) {
            let first = start >> level;
            let stored = stored
                .inside
                .get(level as usize)
                .map_or(&[][..], Vec::as_slice);
            let wrong = computed.iter().zip(0u64..).find(|(hash, offset)| {
                stored.get(*offset as usize) != Some(&(first + offset, lower_hex(hash)))
            });
            if let Some((_, offset)) = wrong {
                let bad = bad_node(level, first + offset);
                if self
                    .check
                    .bad_node
                    .as_ref()
                    .is_none_or(|b| bad.index < b.index)
                {
                    self.check.bad_node = Some(bad);
                }
            }
        }
        self.check.above = stored.above;
        self.check
    }
}

/// The node `(level, index)` is missing or does not match: named after the entry
/// that completes it, (index + 1)·2^level − 1.
pub(super) fn bad_node(level: u32, index: u64) -> AuditProblem {
    let entry = ((index + 1) << level) - 1;
    problem(
        entry,
        format!(
            "the stored subtree root at level {level} index {index} (completed by entry {entry}) is missing or does not match the log: proofs would be built from it"
        ),
    )
}

fn signature_text(text: &[u8]) -> Option<SignatureText> {
    let text = SignatureText::try_from(text).ok()?;
    // Every digit looked at (no early exit), which the compiler can vectorise.
    let hex = text
        .iter()
        .fold(true, |hex, digit| hex & digit.is_ascii_hexdigit());
    hex.then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lers_domain::audit::LeafColumns;
    use lers_domain::audit_tree::leaf_hash;

    /// Entry `index` of a test piece: its leaf data.
    fn leaf_data(index: u64) -> Vec<u8> {
        let mut data = Vec::new();
        LeafColumns {
            at: 1_700_000_000_000,
            actor: "acct_0001",
            action: "login.succeeded",
            subject: None,
            ip: Some("192.0.2.7"),
            outcome: "success",
            details: "{}",
        }
        .write_leaf(index, &mut data);
        data
    }

    fn leaf_of(index: u64) -> Hash {
        leaf_hash(&leaf_data(index))
    }

    fn row<'a>(index: u64, leaf: &'a [u8], leaf_hash: &'a str) -> EntryRow<'a> {
        EntryRow {
            index: i64::try_from(index).unwrap_or(i64::MAX),
            leaf,
            leaf_hash: leaf_hash.as_bytes(),
            root_hash: b"",
            signature: b"",
            pruned: false,
            shown: None,
        }
    }

    /// A piece of 8 entries checked, with its stored subtree roots given in reverse
    /// order (PostgreSQL returns rows in any order a plan yields) and `wrong` altered.
    fn checked(wrong: Option<(u32, u64)>) -> PieceCheck {
        let leaves: Vec<String> = (0..8).map(|i| hex::encode(leaf_of(i))).collect();
        let data: Vec<Vec<u8>> = (0..8).map(leaf_data).collect();
        let mut checker = PieceChecker::new(0, Heads::Every);
        let mut tree = Frontier::new();
        let mut nodes = Vec::new();
        for ((index, leaf), data) in (0..).zip(&leaves).zip(&data) {
            assert!(checker.entry(&row(index, data, leaf)), "entry {index}");
            let completed = tree.push_completing(leaf_of(index));
            nodes.extend(completed.unwrap_or_default());
        }
        let mut stored = StoredNodes::default();
        for (id, hash) in nodes.iter().rev() {
            let text = if wrong == Some((id.level, id.index)) {
                [b'0'; 64]
            } else {
                lower_hex(hash)
            };
            stored.add(id.level, id.index, text);
        }
        checker.finish(stored)
    }

    #[test]
    fn stored_roots_are_compared_by_index_whatever_order_they_come_in() {
        let check = checked(None);
        assert_eq!(check.problem, None);
        assert_eq!(check.bad_node, None);
        assert_eq!(check.tree.size(), 8);

        let check = checked(Some((1, 2)));
        let bad = check.bad_node.map(|bad| bad.index);
        assert_eq!(
            bad,
            Some(5),
            "the root of leaves 4 and 5 is completed by entry 5"
        );
    }
}
