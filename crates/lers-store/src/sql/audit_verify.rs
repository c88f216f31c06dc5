//! `lers audit verify`: every leaf recomputed from the stored content, every stored
//! subtree root and the head row compared with the recomputed tree, the root of the
//! whole log compared with its last signed tree head and that signature checked, and
//! a random sample of the other tree heads (or every one) checked the same way — the
//! log read and checked side by side in pieces (`audit_verify_piece.rs`), joined here
//! in order.
//!
//! Checkpoints (the reader side of the contract with `append`): an entry whose
//! `root_hash` and `signature` are both empty is not a checkpoint; the last entry must
//! be one. See DESIGN.md "The audit log" for why a sample of the tree heads before the
//! last one is enough.

use ed25519_dalek::{Signature, VerifyingKey};
use lers_domain::audit_tree::{Checkpoint, Frontier, Hash};
use lers_domain::clock::Duration;
use lers_domain::retention::MIN_AUDIT_DAYS;
use sqlx::AnyPool;

use super::audit_entry::lower_hex;
use super::audit_log::parse_frontier;
pub use super::audit_verify_piece::AuditProblem;
use super::audit_verify_piece::{
    bad_node, missing, problem, Heads, NodeText, PieceCheck, PieceCheckpoint, SignatureText, PIECE,
    SAMPLE_ONE_IN,
};
use super::audit_verify_read::{Pieces, Tail};
use super::dialect::Backend;
use super::sqlite_file::SqliteFile;
use crate::error::StoreError;

/// Which checkpoints (signed tree heads) `verify` checks besides the last one, which
/// it always checks. Every leaf, every stored subtree root and the root of the whole
/// log are recomputed and compared whichever is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Checkpoints {
    /// A random sample: each head compared with the recomputed root, and its
    /// signature checked, with probability 1/`SAMPLE_ONE_IN`. A problem found is named
    /// by a second run with [`Checkpoints::Every`].
    #[default]
    Sample,
    /// Every head compared with the recomputed root; the same random sample of the
    /// signatures checked. Names the first entry an alteration reaches.
    EveryRoot,
    /// Every head compared and every signature checked.
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
    /// Entries carrying a signed tree head.
    pub checkpoints: u64,
    /// Tree heads compared with the root recomputed at their size.
    pub roots_compared: u64,
    /// Checkpoint signatures checked against the public key.
    pub signatures_checked: u64,
}

/// A checkpoint whose signature is to be checked.
struct Signed {
    index: u64,
    checkpoint: Checkpoint,
    signature: SignatureText,
}

/// The latest checkpoint seen, held back: if it turns out to be the last one it is
/// checked whether sampled or not.
struct Latest {
    index: u64,
    root_text: NodeText,
    signature: SignatureText,
    /// The recomputed root at its size, when its head was compared.
    root: Option<Hash>,
    /// Whether its signature is checked even if it is not the last.
    sampled: bool,
}

/// What the walk has established so far: the pieces joined in order.
struct Walk {
    key: VerifyingKey,
    checkpoints_checked: Checkpoints,
    /// The whole tree up to the end of the last piece joined.
    frontier: Frontier,
    pruned: u64,
    checkpoints: u64,
    roots_compared: u64,
    signatures_checked: u64,
    last: Option<Latest>,
    /// The newest pruned entry and its time: content younger than the shortest
    /// retention anyone may set was not pruned by LERS.
    newest_pruned: Option<(u64, i64)>,
}

/// Checks the log as `checkpoints` says; a SQLite store's `file` is read directly. A
/// problem that a sample finds is named as checking every checkpoint names it: the
/// first entry the alteration reaches.
pub(crate) async fn verify(
    source: (&AnyPool, Backend, Option<&SqliteFile>),
    key: &VerifyingKey,
    checkpoints: Checkpoints,
) -> Result<AuditVerification, StoreError> {
    let report = verify_once(source, key, checkpoints).await?;
    if checkpoints != Checkpoints::Sample || report.problem.is_none() {
        return Ok(report);
    }
    // Everything checked, so whatever the sample found is found again, and the
    // problem named is the first by the usual order. A second run that finds nothing
    // (the log was repaired meanwhile) or cannot finish (the database went away)
    // loses nothing: the first finding stands.
    match verify_once(source, key, Checkpoints::Every).await {
        Ok(precise) if precise.problem.is_some() => Ok(precise),
        _ => Ok(report),
    }
}

async fn verify_once(
    (pool, backend, file): (&AnyPool, Backend, Option<&SqliteFile>),
    key: &VerifyingKey,
    checkpoints: Checkpoints,
) -> Result<AuditVerification, StoreError> {
    let mut walk = Walk {
        key: *key,
        checkpoints_checked: checkpoints,
        frontier: Frontier::new(),
        pruned: 0,
        checkpoints: 0,
        roots_compared: 0,
        signatures_checked: 0,
        last: None,
        newest_pruned: None,
    };
    let heads = match checkpoints {
        Checkpoints::Sample => Heads::Sample,
        Checkpoints::EveryRoot | Checkpoints::Every => Heads::Every,
    };
    let (mut pieces, tail) = Pieces::start(pool, backend, file, heads).await?;
    if let Some(why) = &tail.schema_problem {
        return Ok(walk.report(Some(problem(0, why.clone()))));
    }
    if let Some(lowest) = tail.lowest.filter(|lowest| *lowest < 0) {
        // Pieces start at entry 0: a row below it is read by none of them.
        return Ok(walk.report(Some(missing(0, lowest))));
    }
    while let Some(piece) = pieces.next().await? {
        let end = piece.rows < PIECE as usize;
        // Joining hashes the tree heads and checks signatures: off the async threads.
        let (back, found) = tokio::task::spawn_blocking(move || {
            let found = walk.join(&piece);
            (walk, found)
        })
        .await
        .map_err(|e| StoreError::Io {
            context: "audit verification task".into(),
            source: std::io::Error::other(e.to_string()),
        })?;
        walk = back;
        if found.is_some() {
            return Ok(walk.report(found));
        }
        if end {
            break;
        }
    }
    let found = walk.finish(&tail)?;
    Ok(walk.report(found))
}

impl Walk {
    /// Joins the next piece: its tree heads compared with the whole tree's roots, its
    /// tree appended and the stored roots above it compared; the first problem, if any.
    fn join(&mut self, piece: &PieceCheck) -> Option<AuditProblem> {
        let mut to_sign = Vec::new();
        // A piece records checkpoints only up to its first problem, so a tree head
        // that does not fit comes first.
        let mut found = piece.checkpoints.iter().find_map(|checkpoint| {
            self.checkpoint(checkpoint, &mut to_sign)
                .map(|reason| problem(checkpoint.index, reason))
        });
        found = found.or_else(|| piece.problem.clone());
        if found.is_some() {
            to_sign.extend(self.last.take().and_then(Latest::into_signed));
        }
        self.checkpoints += piece.passed;
        self.pruned += piece.pruned;
        self.newest_pruned = piece.newest_pruned.or(self.newest_pruned);
        // A stored subtree root that does not match is named after the others, so an
        // altered entry is named by the signed head that no longer fits, as before.
        let mut bad = piece.bad_node.clone();
        match self.frontier.append(&piece.tree) {
            Ok(completed) => {
                // Exactly one stored row per node, and that row right.
                let wrong = completed.iter().find(|(id, hash)| {
                    let mut stored = piece
                        .above
                        .iter()
                        .filter(|(at, _)| *at == (id.level, id.index));
                    let first = stored.next();
                    first.is_none_or(|(_, text)| *text != lower_hex(hash))
                        || stored.next().is_some()
                });
                if let (None, Some((id, _))) = (&bad, wrong) {
                    bad = Some(bad_node(id.level, id.index));
                }
            }
            Err(e) => {
                found = found
                    .or_else(|| Some(problem(piece.start, format!("entry {}: {e}", piece.start))));
            }
        }
        // A bad signature before the first other problem is the first problem.
        self.signatures_checked += to_sign.len() as u64;
        first_bad_signature(&self.key, &to_sign).or(found).or(bad)
    }

    /// Checks a piece's checkpoint: its form, and when the piece recomputed its root,
    /// that root against the stored one.
    fn checkpoint(&mut self, at: &PieceCheckpoint, to_sign: &mut Vec<Signed>) -> Option<String> {
        let index = at.index;
        self.checkpoints += 1;
        let Some(root_text) = at.root_text else {
            return Some(head_mismatch(index));
        };
        let Some(signature) = at.signature else {
            return Some(bad_signature(index));
        };
        // The pieces before hold the larger subtrees, the piece the smaller ones.
        let root = at
            .piece_root
            .map(|piece_root| self.frontier.root_above(&piece_root));
        if let Some(root) = root {
            self.roots_compared += 1;
            if root_text != lower_hex(&root) {
                return Some(head_mismatch(index));
            }
        }
        let sampled = match self.checkpoints_checked {
            Checkpoints::Sample => root.is_some(),
            Checkpoints::EveryRoot => {
                rand::Rng::gen_ratio(&mut rand::thread_rng(), 1, SAMPLE_ONE_IN)
            }
            Checkpoints::Every => true,
        };
        let latest = Latest {
            index,
            root_text,
            signature,
            root,
            sampled,
        };
        to_sign.extend(self.last.replace(latest).and_then(Latest::into_signed));
        None
    }
}

impl Latest {
    /// The checkpoint to check the signature of when this one is not the last.
    fn into_signed(self) -> Option<Signed> {
        let root = self.root.filter(|_| self.sampled)?;
        Some(Signed {
            index: self.index,
            checkpoint: Checkpoint {
                tree_size: self.index + 1,
                root,
            },
            signature: self.signature,
        })
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
                Some(last) if last.index == newest => {
                    let root = self.frontier.root();
                    if last.root.is_none() {
                        self.roots_compared += 1;
                        if last.root_text != lower_hex(&root) {
                            return Ok(Some(problem(newest, head_mismatch(newest))));
                        }
                    }
                    self.signatures_checked += 1;
                    let last = Signed {
                        index: newest,
                        checkpoint: Checkpoint {
                            tree_size: size,
                            root,
                        },
                        signature: last.signature,
                    };
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
            // The newest time of an entry whose content is intact, from its leaf data,
            // which the walk hashed (a pruned row's time is not hashed, and a forger
            // could move it forwards). The row is found by the shown time's index:
            // an index that lies can only name an older entry, which makes the
            // check stricter.
            let newest = tail
                .newest_intact
                .as_deref()
                .and_then(leaf_time)
                .unwrap_or(i64::MIN);
            if newest.saturating_sub(at) < floor {
                return Ok(Some(problem(
                    index,
                    format!("entry {index} had its content removed although it is less than {MIN_AUDIT_DAYS} days older than the newest entry whose content is intact: LERS never prunes that early, so the content was wiped by hand"),
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
        // The row is created with the log and only ever updated.
        let Some(head) = &tail.head else {
            return Ok(Some(problem(
                size,
                "the log's head row (audit_head) is gone: LERS never deletes it, so it was deleted by hand".into(),
            )));
        };
        let head = parse_frontier(head)?;
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
            roots_compared: self.roots_compared,
            signatures_checked: self.signatures_checked,
        }
    }
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
            .find(|s| {
                let mut bytes = [0u8; 64];
                hex::decode_to_slice(s.signature, &mut bytes).is_err()
                    || s.checkpoint
                        .verify(key, &Signature::from_bytes(&bytes))
                        .is_err()
            })
            .map(|s| s.index)
    };
    let first = std::thread::scope(|scope| {
        let handles: Vec<_> = signed
            .chunks(chunk)
            .map(|part| scope.spawn(move || bad(part)))
            .collect();
        handles
            .into_iter()
            .zip(signed.chunks(chunk))
            // A checker that panicked proves nothing: its part counts as bad.
            .filter_map(|(handle, part)| {
                handle
                    .join()
                    .unwrap_or_else(|_| part.first().map(|s| s.index))
            })
            .min()
    });
    first.map(|index| problem(index, bad_signature(index)))
}

/// The time leaf data names.
fn leaf_time(leaf: &str) -> Option<i64> {
    serde_json::from_str::<serde_json::Value>(leaf)
        .ok()?
        .get("at")?
        .as_i64()
}

fn head_mismatch(index: u64) -> String {
    format!(
        "entry {index}: the tree recomputed up to here does not match its signed tree head (an entry up to here was altered, inserted or reordered)"
    )
}

fn bad_signature(index: u64) -> String {
    format!("entry {index}: the signature on its tree head is not valid for this log's public key")
}
