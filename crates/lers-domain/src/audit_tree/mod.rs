//! The audit log's Merkle tree: RFC 6962 hashing, inclusion proofs, a compact
//! append-only frontier and signed checkpoints (DESIGN.md §3 "Audit").
//!
//! Everything here works on *leaf hashes*: callers hash an audit record once with
//! [`leaf_hash`] and hand the result around. That keeps the tree independent of how
//! records are serialised and lets the store keep only 32 bytes per entry.
//!
//! Why RFC 6962 and not a home-made chain: the 0x00 / 0x01 domain separation makes a
//! leaf impossible to pass off as an interior node (second-preimage attacks), and the
//! proofs are the ones Certificate Transparency tooling already knows how to check,
//! so an agency can verify a checkpoint we hand them without trusting our code.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A SHA-256 digest: a leaf hash, an interior node hash or a root.
pub type Hash = [u8; 32];

/// The root of a perfect subtree: level `level` (0 is a leaf) covering the leaves
/// `index · 2^level .. (index + 1) · 2^level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId {
    pub level: u32,
    pub index: u64,
}

impl NodeId {
    /// The perfect subtree of `size` leaves (a power of two) starting at `first`.
    pub(crate) fn covering(first: u64, size: u64) -> Self {
        let level = size.trailing_zeros();
        Self {
            level,
            index: first >> level,
        }
    }
}

/// Domain prefix of the bytes a checkpoint signature covers. Versioned so a future
/// format can never be confused with, or replayed as, an old signature.
const CHECKPOINT_PREFIX: &str = "lers-audit-checkpoint-v1\n";

/// Everything that can go wrong building, proving or checking the tree.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TreeError {
    #[error("leaf index {index} is out of range for a tree of {tree_size} leaves")]
    IndexOutOfRange { index: u64, tree_size: u64 },
    #[error(
        "inclusion proof for leaf {index} of a tree of {tree_size} leaves must have \
         {expected} hashes, it has {got}"
    )]
    WrongPathLength {
        index: u64,
        tree_size: u64,
        expected: usize,
        got: usize,
    },
    #[error("inclusion proof does not lead to the expected root hash")]
    RootMismatch,
    #[error("checkpoint signature does not verify")]
    BadSignature,
    #[error("malformed frontier text: {0}")]
    MalformedFrontier(String),
    #[error("the tree already holds the maximum number of leaves (2^64 - 1)")]
    TreeFull,
    #[error("a perfect subtree of 2^{level} leaves cannot follow {size} leaves: its start must be a multiple of its size")]
    Misaligned { size: u64, level: u32 },
}

/// `SHA-256(0x00 || data)`: the hash of one log entry (RFC 6962 §2.1).
pub fn leaf_hash(data: &[u8]) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0x00]);
    hasher.update(data);
    hasher.finalize().into()
}

/// `SHA-256(0x01 || left || right)`: the hash of an interior node (RFC 6962 §2.1).
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0x01]);
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

/// The root of the empty tree: SHA-256 of the empty string (RFC 6962 §2.1).
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// Largest power of two strictly below `n`; callers guarantee `n >= 2`.
fn split_point(n: usize) -> usize {
    // n - 1 >= 1, so its highest set bit exists and the subtraction cannot wrap.
    1 << (usize::BITS - 1 - (n - 1).leading_zeros())
}

/// `MTH(D[n])` of RFC 6962 §2.1 over entries that are already leaf hashes.
///
/// Written straight from the RFC's recursive definition (rather than through
/// [`Frontier`]) so the two can be tested against each other.
pub fn root_of(leaves: &[Hash]) -> Hash {
    match leaves {
        [] => empty_root(),
        [only] => *only,
        _ => {
            // split_point(n) < n, so split_at cannot panic.
            let (left, right) = leaves.split_at(split_point(leaves.len()));
            node_hash(&root_of(left), &root_of(right))
        }
    }
}

/// `PATH(m, D[n])` of RFC 6962 §2.1.1: the sibling hashes from leaf `index` up to the
/// root, nearest first, over entries that are already leaf hashes.
pub fn inclusion_proof(leaves: &[Hash], index: u64) -> Result<Vec<Hash>, TreeError> {
    let out_of_range = || TreeError::IndexOutOfRange {
        index,
        tree_size: u64::try_from(leaves.len()).unwrap_or(u64::MAX),
    };
    let m = usize::try_from(index).map_err(|_| out_of_range())?;
    if m >= leaves.len() {
        return Err(out_of_range());
    }
    let mut path = Vec::new();
    push_path(m, leaves, &mut path);
    Ok(path)
}

/// Appends `PATH(m, leaves)`; `m < leaves.len()` is checked by the caller.
fn push_path(m: usize, leaves: &[Hash], path: &mut Vec<Hash>) {
    if leaves.len() < 2 {
        return; // PATH(0, D[1]) is empty.
    }
    let (left, right) = leaves.split_at(split_point(leaves.len()));
    // The deeper part of the path comes first, so recurse before pushing the sibling.
    if m < left.len() {
        push_path(m, left, path);
        path.push(root_of(right));
    } else {
        push_path(m - left.len(), right, path);
        path.push(root_of(left));
    }
}

/// How many hashes an inclusion proof of leaf `index` in a tree of `tree_size` leaves
/// has: one per level below the point where the leaf's path and the tree's right
/// edge diverge, plus one per left-hand perfect subtree above it.
fn inclusion_path_len(index: u64, tree_size: u64) -> Result<usize, TreeError> {
    if index >= tree_size {
        return Err(TreeError::IndexOutOfRange { index, tree_size });
    }
    // tree_size > index >= 0, so tree_size - 1 cannot wrap.
    let inner = u64::BITS - (index ^ (tree_size - 1)).leading_zeros();
    // `inner` may be 64, where a plain shift would overflow; nothing is left then.
    let border = index.checked_shr(inner).unwrap_or(0).count_ones();
    // Both are at most 64, so the sum fits any usize.
    Ok((inner + border) as usize)
}

/// Checks an inclusion proof with the algorithm of RFC 9162 §2.1.3.2.
///
/// `leaf` is the entry's leaf hash ([`leaf_hash`] of the record), not the record.
/// Note that a root does not commit to the tree size on its own — the same path can
/// fit two sizes whose trees have the same shape around the leaf — which is why a
/// [`Checkpoint`] signs the size together with the root.
pub fn verify_inclusion(
    leaf: &Hash,
    index: u64,
    tree_size: u64,
    path: &[Hash],
    root: &Hash,
) -> Result<(), TreeError> {
    let expected = inclusion_path_len(index, tree_size)?;
    let wrong_length = TreeError::WrongPathLength {
        index,
        tree_size,
        expected,
        got: path.len(),
    };
    if path.len() != expected {
        return Err(wrong_length);
    }
    let mut fnode = index;
    let mut snode = tree_size - 1; // index < tree_size was checked above.
    let mut r = *leaf;
    for p in path {
        // The length check above makes these RFC checks redundant; they stay so the
        // loop is the RFC's algorithm verbatim and safe on its own.
        if snode == 0 {
            return Err(wrong_length);
        }
        if fnode & 1 == 1 || fnode == snode {
            r = node_hash(p, &r);
            // On the right edge, skip the levels where this node has no sibling.
            while fnode & 1 == 0 && fnode != 0 {
                fnode >>= 1;
                snode >>= 1;
            }
        } else {
            r = node_hash(&r, p);
        }
        fnode >>= 1;
        snode >>= 1;
    }
    if snode != 0 {
        return Err(wrong_length);
    }
    // Roots are public values, so a plain comparison leaks nothing worth hiding.
    if r == *root {
        Ok(())
    } else {
        Err(TreeError::RootMismatch)
    }
}

/// Parses exactly 64 lowercase hex digits. One spelling only, so a hash has a single
/// text form and stored text can be compared byte for byte.
fn parse_hash(text: &str) -> Option<Hash> {
    if text.len() != 64 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).ok()?;
    Some(out)
}

/// MTH hangs each smaller perfect subtree under the right of the larger ones, so the
/// root folds from the smallest peak leftwards.
fn fold_left_of(peaks: &[Hash], right: Hash) -> Hash {
    peaks
        .iter()
        .rev()
        .fold(right, |right, left| node_hash(left, &right))
}

/// Compact append-only state: the roots of the perfect subtrees that make up a tree
/// of `size` leaves (at most 64 of them). Lets the log append a leaf and get the new
/// root in O(log n) without reading old leaves. Serializable so the store can keep it
/// in one row.
///
/// Serialised as its [`to_text`](Self::to_text) string, and deserialised through
/// [`from_text`](Self::from_text), so a stored frontier is validated on the way in.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Frontier {
    size: u64,
    /// Roots of the perfect subtrees, largest (leftmost) first: one per set bit of
    /// `size`, from the highest bit down. Private so that invariant always holds.
    peaks: Vec<Hash>,
}

impl Frontier {
    /// The frontier of the empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of leaves pushed so far.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Appends a leaf hash.
    ///
    /// A tree of `u64::MAX` leaves cannot grow; `push` then leaves the frontier
    /// unchanged (visible as `size()` not moving). Use [`try_push`](Self::try_push)
    /// to get that as an error instead.
    pub fn push(&mut self, leaf: Hash) {
        // The only failure is TreeFull, documented above; 2^64 appends cannot happen
        // in practice, only through a hand-made frontier text.
        let _ = self.try_push(leaf);
    }

    /// Appends a leaf hash, or fails with [`TreeError::TreeFull`] at `u64::MAX` leaves.
    pub fn try_push(&mut self, leaf: Hash) -> Result<(), TreeError> {
        self.push_completing(leaf).map(|_| ())
    }

    /// Appends a leaf hash and returns the interior nodes it completes: the roots of
    /// the perfect subtrees (level 1 and up) that end with this leaf. A store that
    /// keeps them can build any inclusion proof from O(log n) reads
    /// ([`crate::audit_nodes`]).
    pub fn push_completing(&mut self, leaf: Hash) -> Result<Vec<(NodeId, Hash)>, TreeError> {
        let mut completed = Vec::new();
        self.push_collecting(leaf, &mut completed)?;
        Ok(completed)
    }

    /// [`push_completing`](Self::push_completing) adding the nodes to `completed`
    /// (one buffer for many leaves: `verify` pushes every leaf of the log).
    pub fn push_collecting(
        &mut self,
        leaf: Hash,
        completed: &mut Vec<(NodeId, Hash)>,
    ) -> Result<(), TreeError> {
        self.push_subtree(0, leaf, completed)
    }

    /// Appends the leaves of `right` (a tree of its own, built from empty), returning
    /// the interior nodes above `right`'s own peaks that they complete. `right`'s
    /// perfect subtrees must start on a multiple of their size here, so that they
    /// are subtrees of the whole tree too: `self` holds a multiple of the largest.
    /// This is how the tree is built from pieces hashed side by side.
    pub fn append(&mut self, right: &Frontier) -> Result<Vec<(NodeId, Hash)>, TreeError> {
        let mut completed = Vec::new();
        let levels = (0..u64::BITS)
            .rev()
            .filter(|level| right.size >> level & 1 == 1);
        for (level, peak) in levels.zip(&right.peaks) {
            self.push_subtree(level, *peak, &mut completed)?;
        }
        Ok(completed)
    }

    /// Appends the root of a perfect subtree of 2^`level` leaves.
    fn push_subtree(
        &mut self,
        level: u32,
        root: Hash,
        completed: &mut Vec<(NodeId, Hash)>,
    ) -> Result<(), TreeError> {
        let size = self.size;
        let width = 1u64.checked_shl(level).ok_or(TreeError::TreeFull)?;
        if !size.is_multiple_of(width) {
            return Err(TreeError::Misaligned { size, level });
        }
        let new_size = size.checked_add(width).ok_or(TreeError::TreeFull)?;
        // Adding 2^level to `size` clears its run of one bits from `level` up: each
        // of those perfect subtrees merges with the new one, smallest first, like a
        // binary carry.
        let merges = (size >> level).trailing_ones() as usize;
        let keep = self.peaks.len().saturating_sub(merges);
        let merged = self.peaks.split_off(keep);
        let mut carry = root;
        for (level, left) in (level + 1..).zip(merged.iter().rev()) {
            carry = node_hash(left, &carry);
            completed.push((
                NodeId {
                    level,
                    index: size >> level,
                },
                carry,
            ));
        }
        self.peaks.push(carry);
        self.size = new_size;
        Ok(())
    }

    /// The tree root: equals [`root_of`] all leaves pushed, [`empty_root`] when empty.
    pub fn root(&self) -> Hash {
        match self.peaks.split_last() {
            None => empty_root(),
            Some((last, larger)) => fold_left_of(larger, *last),
        }
    }

    /// The root of this tree followed by a non-empty tree whose subtrees are all
    /// smaller than this one's and whose own root is `right`: that of `self` with
    /// [`append`](Self::append)ed leaves, for the price of one hash per peak here.
    pub fn root_above(&self, right: &Hash) -> Hash {
        fold_left_of(&self.peaks, *right)
    }

    /// The signed-tree-head payload for the current state.
    pub fn checkpoint(&self) -> Checkpoint {
        Checkpoint {
            tree_size: self.size,
            root: self.root(),
        }
    }

    /// Compact text form: `size:peak,peak,...` with the peaks in lowercase hex,
    /// largest subtree first; the empty tree is `0:`.
    pub fn to_text(&self) -> String {
        let peaks: Vec<String> = self.peaks.iter().map(hex::encode).collect();
        format!("{}:{}", self.size, peaks.join(","))
    }

    /// Parses [`to_text`](Self::to_text) output. Only that exact spelling is
    /// accepted, and the number of peaks must equal the number of set bits of the
    /// size, since anything else cannot be the frontier of any tree.
    pub fn from_text(s: &str) -> Result<Self, TreeError> {
        let malformed = |why: String| TreeError::MalformedFrontier(why);
        let (size_text, peaks_text) = s
            .split_once(':')
            .ok_or_else(|| malformed("expected \"size:peak,peak,...\"".into()))?;
        let canonical_number = !size_text.is_empty()
            && size_text.bytes().all(|b| b.is_ascii_digit())
            && (size_text == "0" || !size_text.starts_with('0'));
        if !canonical_number {
            return Err(malformed(format!(
                "size {size_text:?} is not a decimal number without sign or leading zeros"
            )));
        }
        let size: u64 = size_text
            .parse()
            .map_err(|_| malformed(format!("size {size_text} does not fit in 64 bits")))?;
        let peaks: Vec<Hash> = if peaks_text.is_empty() {
            Vec::new()
        } else {
            peaks_text
                .split(',')
                .enumerate()
                .map(|(i, text)| {
                    parse_hash(text).ok_or_else(|| {
                        malformed(format!("peak {i} is not 64 lowercase hex digits"))
                    })
                })
                .collect::<Result<_, _>>()?
        };
        let expected = size.count_ones() as usize;
        if peaks.len() != expected {
            return Err(malformed(format!(
                "a tree of {size} leaves has {expected} peaks, the text has {}",
                peaks.len()
            )));
        }
        Ok(Self { size, peaks })
    }
}

impl From<Frontier> for String {
    fn from(frontier: Frontier) -> Self {
        frontier.to_text()
    }
}

impl TryFrom<String> for Frontier {
    type Error = TreeError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::from_text(&text)
    }
}

/// A signed tree head: what the log commits to at one moment, handed to agencies
/// with their productions so history cannot be rewritten unseen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub tree_size: u64,
    #[serde(with = "hex_hash")]
    pub root: Hash,
}

impl Checkpoint {
    /// The exact bytes that are signed:
    /// `b"lers-audit-checkpoint-v1\n" + tree_size in decimal + "\n" + hex(root) + "\n"`.
    /// Versioned so a format change can never be confused with an old signature.
    pub fn signed_bytes(&self) -> Vec<u8> {
        format!(
            "{CHECKPOINT_PREFIX}{}\n{}\n",
            self.tree_size,
            hex::encode(self.root)
        )
        .into_bytes()
    }

    /// Signs [`signed_bytes`](Self::signed_bytes) with the log's key.
    pub fn sign(&self, key: &SigningKey) -> Signature {
        key.sign(&self.signed_bytes())
    }

    /// Checks a signature over this checkpoint.
    ///
    /// Uses `verify_strict`, which also rejects weak public keys and non-canonical
    /// signatures, so one checkpoint cannot carry two different valid signatures.
    pub fn verify(&self, key: &VerifyingKey, signature: &Signature) -> Result<(), TreeError> {
        key.verify_strict(&self.signed_bytes(), signature)
            .map_err(|_| TreeError::BadSignature)
    }
}

/// Serde for a [`Hash`] as 64 lowercase hex digits, the same text as in
/// [`Checkpoint::signed_bytes`], so what a person reads is what was signed.
mod hex_hash {
    use super::{parse_hash, Hash};
    use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(hash: &Hash, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&hex::encode(hash))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Hash, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_hash(&text).ok_or_else(|| D::Error::custom("expected 64 lowercase hex digits"))
    }
}

#[cfg(test)]
mod tests;
