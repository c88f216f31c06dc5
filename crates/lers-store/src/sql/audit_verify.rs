//! `lers audit verify`: every leaf recomputed from the stored content, every tree head
//! the log stores compared with the recomputed root, signatures checked at signed
//! checkpoints, the stored subtree roots and the head row compared — in batches read
//! ahead of the hashing, the leaves of each batch hashed on every core.
//!
//! Checkpoints (the reader side of the contract with `append`): an entry whose
//! `root_hash` and `signature` are both empty is not a checkpoint; the last entry must
//! be one. See DESIGN.md "The audit log" for why a sample of the signatures before the
//! last one is enough.

use ed25519_dalek::{Signature, VerifyingKey};
use lers_domain::audit_tree::{Checkpoint, Frontier, Hash};
use lers_domain::clock::Duration;
use lers_domain::retention::MIN_AUDIT_DAYS;
use sqlx::AnyPool;
use std::collections::HashMap;
use std::path::Path;

use super::audit_entry::StoredEntry;
use super::audit_log::parse_frontier;
use super::audit_verify_read::{Batch, Item, Reader, Tail};
use super::dialect::Backend;
use crate::error::StoreError;

/// Outside [`Signatures::Every`], one checkpoint in this many (chosen at random at
/// each run) has its signature checked, besides the last one, which always is.
const SAMPLE_ONE_IN: u32 = 64;

/// Which checkpoint signatures `verify` checks. Every stored tree head is compared
/// with the recomputed root either way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Signatures {
    /// The last checkpoint's, and a random sample of the others.
    #[default]
    Sample,
    /// Every checkpoint's.
    Every,
}

/// The result of checking the whole log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditVerification {
    pub entries: u64,
    /// Hex root of the whole tree as recomputed.
    pub root: String,
    /// The first bad entry, if any.
    pub problem: Option<AuditProblem>,
    /// Entries whose content was pruned at the end of its retention (their hashes
    /// were checked; their content cannot be).
    pub pruned: u64,
    /// Entries carrying a signed tree head, each compared with the recomputed root.
    pub checkpoints: u64,
    /// Checkpoint signatures checked against the public key.
    pub signatures_checked: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditProblem {
    pub index: u64,
    pub reason: String,
}

fn problem(index: u64, reason: String) -> AuditProblem {
    AuditProblem { index, reason }
}

/// A checkpoint whose signature is to be checked.
struct Signed {
    index: u64,
    checkpoint: Checkpoint,
    signature: Signature,
    /// Checked even when it turns out not to be the last.
    sampled: bool,
}

/// What the walk has established so far.
struct Walk {
    key: VerifyingKey,
    signatures: Signatures,
    frontier: Frontier,
    pruned: u64,
    checkpoints: u64,
    signatures_checked: u64,
    /// The latest checkpoint, until its signature is checked.
    last: Option<Signed>,
    /// The newest entry's time, and the newest pruned entry: content younger than
    /// the shortest retention anyone may set was not pruned by LERS.
    newest_at: i64,
    newest_pruned: Option<(u64, i64)>,
}

/// Recomputes every leaf hash and every stored tree head, and checks signatures as
/// `signatures` says; a SQLite store's `file` is read directly.
pub(crate) async fn verify(
    (pool, backend, file): (&AnyPool, Backend, Option<&Path>),
    key: &VerifyingKey,
    signatures: Signatures,
) -> Result<AuditVerification, StoreError> {
    let mut walk = Walk {
        key: *key,
        signatures,
        frontier: Frontier::new(),
        pruned: 0,
        checkpoints: 0,
        signatures_checked: 0,
        last: None,
        newest_at: i64::MIN,
        newest_pruned: None,
    };
    let mut reader = Reader::start(pool, backend, file).await?;
    loop {
        let batch = match reader.next().await? {
            Item::Batch(batch) => batch,
            Item::Tail(tail) => {
                let found = walk.finish(&tail)?;
                return Ok(walk.report(found));
            }
        };
        let (back, found) = tokio::task::spawn_blocking(move || {
            let found = walk.check_batch(&batch);
            (walk, found)
        })
        .await
        .map_err(|e| StoreError::Io {
            context: "audit verification task".into(),
            source: std::io::Error::other(e.to_string()),
        })?;
        walk = back;
        if let Some(found) = found {
            return Ok(walk.report(Some(found)));
        }
    }
}

impl Walk {
    /// Checks one batch; the first problem in it, if any.
    fn check_batch(&mut self, batch: &Batch) -> Option<AuditProblem> {
        let start = self.frontier.size();
        let leaves = leaves_in_parallel(&batch.entries, start);
        let mut to_sign = Vec::new();
        let mut found = None;
        // A stored subtree root that does not match is named after the batch, so an
        // altered entry is named by the signed head that no longer fits, as before.
        let mut bad_node = None;
        for ((entry, leaf), expected) in batch.entries.iter().zip(leaves).zip(start..) {
            let nodes = (&batch.nodes, &mut bad_node);
            if let Some(reason) = self.check_entry(entry, leaf, expected, nodes, &mut to_sign) {
                found = Some(problem(expected, reason));
                to_sign.extend(self.last.take().filter(|last| last.sampled));
                break;
            }
        }
        // A bad signature before the first other problem is the first problem.
        self.signatures_checked += to_sign.len() as u64;
        first_bad_signature(&self.key, &to_sign)
            .or(found)
            .or(bad_node)
    }

    fn check_entry(
        &mut self,
        entry: &StoredEntry,
        leaf: Result<Hash, String>,
        expected: u64,
        (nodes, bad_node): (&HashMap<(u32, u64), String>, &mut Option<AuditProblem>),
        to_sign: &mut Vec<Signed>,
    ) -> Option<String> {
        if u64::try_from(entry.index).ok() != Some(expected) {
            return Some(format!(
                "entry {expected} is missing (the next stored entry is {}): entries were deleted or inserted",
                entry.index
            ));
        }
        let leaf = match leaf {
            Ok(leaf) => leaf,
            Err(reason) => return Some(reason),
        };
        self.newest_at = self.newest_at.max(entry.at);
        if entry.pruned {
            self.pruned += 1;
            self.newest_pruned = Some((expected, entry.at));
        }
        let completed = match self.frontier.push_completing(leaf) {
            Ok(completed) => completed,
            Err(e) => return Some(format!("entry {expected}: {e}")),
        };
        for (id, hash) in completed {
            let stored = nodes.get(&(id.level, id.index));
            if bad_node.is_none() && !stored.is_some_and(|stored| spells(stored, &hash)) {
                *bad_node = Some(problem(expected, format!(
                    "the stored subtree root at level {} index {} (completed by entry {expected}) is missing or does not match the log: proofs would be built from it",
                    id.level, id.index
                )));
            }
        }
        if !entry.is_checkpoint() {
            return None;
        }
        self.checkpoints += 1;
        let root = self.frontier.root();
        if !spells(&entry.root_hash, &root) {
            return Some(format!(
                "entry {expected}: the tree recomputed up to here does not match its signed tree head (an entry up to here was altered, inserted or reordered)"
            ));
        }
        let Some(signature) = parse_signature(&entry.signature) else {
            return Some(bad_signature(expected));
        };
        let signed = Signed {
            index: expected,
            checkpoint: Checkpoint {
                tree_size: self.frontier.size(),
                root,
            },
            signature,
            sampled: self.signatures == Signatures::Every
                || rand::Rng::gen_ratio(&mut rand::thread_rng(), 1, SAMPLE_ONE_IN),
        };
        // The latest checkpoint waits: if it turns out to be the last, it is checked
        // at the end whether sampled or not.
        if let Some(previous) = self.last.replace(signed) {
            if previous.sampled {
                to_sign.push(previous);
            }
        }
        None
    }
}

impl Walk {
    /// The checks that need the whole log: the last entry is a checkpoint with a good
    /// signature, nothing was pruned too early, no stored subtree root is extra, and
    /// the head row matches.
    fn finish(&mut self, tail: &Tail) -> Result<Option<AuditProblem>, StoreError> {
        let size = self.frontier.size();
        if let Some(newest) = size.checked_sub(1) {
            match self.last.take() {
                Some(last) if last.checkpoint.tree_size == size => {
                    self.signatures_checked += 1;
                    if let Some(found) = first_bad_signature(&self.key, &[last]) {
                        return Ok(Some(found));
                    }
                }
                _ => {
                    return Ok(Some(problem(
                        newest,
                        format!("entry {newest}, the newest, carries no signed tree head: LERS signs the last entry of every transaction, so entries were added without the signing key (or the log was cut after an unsigned entry)"),
                    )))
                }
            }
        }
        if let Some((index, at)) = self.newest_pruned {
            let floor = Duration::days(MIN_AUDIT_DAYS).as_millis();
            if self.newest_at.saturating_sub(at) < floor {
                return Ok(Some(problem(
                    index,
                    format!("entry {index} had its content removed although it is less than {MIN_AUDIT_DAYS} days older than the newest entry: LERS never prunes that early, so the content was wiped by hand"),
                )));
            }
        }
        let stored = tail.stored_nodes;
        let expected_nodes = size - u64::from(size.count_ones());
        if u64::try_from(stored).ok() != Some(expected_nodes) {
            return Ok(Some(problem(
                size,
                format!("audit_nodes holds {stored} subtree roots where the log completes {expected_nodes}: rows were added or removed beside the log"),
            )));
        }
        let head = parse_frontier(&tail.head)?;
        Ok((head.size() != size || head.root() != self.frontier.root()).then(|| problem(
            size,
            format!("the log holds {size} entries but its head records {}: entries at the end were deleted or the head was altered", head.size()),
        )))
    }

    fn report(&self, problem: Option<AuditProblem>) -> AuditVerification {
        AuditVerification {
            entries: problem
                .as_ref()
                .map_or(self.frontier.size(), |p| p.index.min(self.frontier.size())),
            root: hex::encode(self.frontier.root()),
            problem,
            pruned: self.pruned,
            checkpoints: self.checkpoints,
            signatures_checked: self.signatures_checked,
        }
    }
}

/// Leaf hashes of `entries` (positions `start..`), recomputed on every core.
fn leaves_in_parallel(entries: &[StoredEntry], start: u64) -> Vec<Result<Hash, String>> {
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = entries.len().div_ceil(workers).max(1);
    let hash_chunk = |(part, first): (&[StoredEntry], u64)| {
        let mut scratch = Vec::with_capacity(512);
        part.iter()
            .zip(first..)
            .map(|(entry, index)| entry.checked_leaf(index, &mut scratch))
            .collect::<Vec<_>>()
    };
    let parts: Vec<(&[StoredEntry], u64)> = entries
        .chunks(chunk)
        .zip((start..).step_by(chunk))
        .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| (part.0.len(), scope.spawn(move || hash_chunk(part))))
            .collect();
        // A worker that failed leaves its entries unverified, never skipped.
        handles
            .into_iter()
            .flat_map(|(len, handle)| {
                handle.join().unwrap_or_else(|_| {
                    vec![Err("the leaf hashes could not be recomputed (a verification thread failed)".to_owned()); len]
                })
            })
            .collect()
    })
}

/// The first (lowest) checkpoint in `signed` whose signature does not verify,
/// checked on every core.
fn first_bad_signature(key: &VerifyingKey, signed: &[Signed]) -> Option<AuditProblem> {
    if signed.is_empty() {
        return None;
    }
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = signed.len().div_ceil(workers).max(1);
    let bad = |part: &[Signed]| {
        part.iter()
            .find(|s| s.checkpoint.verify(key, &s.signature).is_err())
            .map(|s| s.index)
    };
    let first = std::thread::scope(|scope| {
        let handles: Vec<_> = signed
            .chunks(chunk)
            .map(|part| scope.spawn(move || bad(part)))
            .collect();
        handles
            .into_iter()
            .filter_map(|handle| handle.join().ok().flatten())
            .min()
    });
    first.map(|index| problem(index, bad_signature(index)))
}

/// Whether `text` is `hash` in lowercase hex, the one spelling the writer stores
/// (encoded on the stack: this runs for every stored node and checkpoint).
fn spells(text: &str, hash: &Hash) -> bool {
    let mut hex = [0u8; 64];
    hex::encode_to_slice(hash, &mut hex).is_ok() && text.as_bytes() == hex
}

fn parse_signature(text: &str) -> Option<Signature> {
    let mut bytes = [0u8; 64];
    hex::decode_to_slice(text, &mut bytes).ok()?;
    Some(Signature::from_bytes(&bytes))
}

fn bad_signature(index: u64) -> String {
    format!("entry {index}: the signature on its tree head is not valid for this log's public key")
}
