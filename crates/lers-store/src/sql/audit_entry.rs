//! An audit entry as stored: its columns, the event they spell, and its leaf hash
//! recomputed from them (read by `verify` and by inclusion proofs).

use lers_domain::audit::{AuditAction, AuditEvent, LeafColumns, Outcome};
use lers_domain::audit_tree::{self, Hash};
use lers_domain::clock::Timestamp;
use serde::de::IgnoredAny;

use crate::error::StoreError;

pub(super) const SELECT_COLUMNS: &str =
    "idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, signature, pruned_at";

/// The columns of [`SELECT_COLUMNS`], in order, as one row decodes.
pub(super) type Columns = (
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

/// An entry as stored, with its hashes (owned: what a query decodes).
pub(super) struct StoredEntry {
    index: i64,
    /// When it was written (kept when pruned).
    at: i64,
    actor: String,
    action: String,
    subject: Option<String>,
    ip: Option<String>,
    outcome: String,
    details: String,
    leaf_hash: String,
    /// The signed tree head after it, or both empty when the entry is not a checkpoint.
    root_hash: String,
    signature: String,
    /// Its content was removed when its retention ended (only the hashes stay).
    pub(super) pruned: bool,
}

impl From<Columns> for StoredEntry {
    fn from(c: Columns) -> Self {
        Self {
            index: c.0,
            at: c.1,
            actor: c.2,
            action: c.3,
            subject: c.4,
            ip: c.5,
            outcome: c.6,
            details: c.7,
            leaf_hash: c.8,
            root_hash: c.9,
            signature: c.10,
            pruned: c.11.is_some(),
        }
    }
}

impl StoredEntry {
    /// The entry's columns, borrowed.
    pub(super) fn columns(&self) -> EntryColumns<'_> {
        EntryColumns {
            index: self.index,
            at: self.at,
            actor: &self.actor,
            action: &self.action,
            subject: self.subject.as_deref(),
            ip: self.ip.as_deref(),
            outcome: &self.outcome,
            details: &self.details,
            leaf_hash: &self.leaf_hash,
            root_hash: &self.root_hash,
            signature: &self.signature,
            pruned: self.pruned,
        }
    }

    pub(super) fn event(&self) -> Result<AuditEvent, String> {
        self.columns().event()
    }
}

/// An entry's columns as stored, borrowed from wherever they were read (`verify`
/// reads a SQLite file's rows in place, without copying a column).
#[derive(Clone, Copy)]
pub(super) struct EntryColumns<'a> {
    pub(super) index: i64,
    pub(super) at: i64,
    pub(super) actor: &'a str,
    pub(super) action: &'a str,
    pub(super) subject: Option<&'a str>,
    pub(super) ip: Option<&'a str>,
    pub(super) outcome: &'a str,
    pub(super) details: &'a str,
    pub(super) leaf_hash: &'a str,
    pub(super) root_hash: &'a str,
    pub(super) signature: &'a str,
    pub(super) pruned: bool,
}

impl EntryColumns<'_> {
    /// Rebuilds the event from its columns; a value that no longer parses is itself
    /// evidence of tampering, reported by the caller against this entry.
    pub(super) fn event(&self) -> Result<AuditEvent, String> {
        let Ok(action) = self.action.parse::<AuditAction>() else {
            return Err(format!("unknown action {:?}", self.action));
        };
        let Ok(outcome) = self.outcome.parse::<Outcome>() else {
            return Err(format!("unknown outcome {:?}", self.outcome));
        };
        let Ok(details) = serde_json::from_str(self.details) else {
            return Err("details are not valid JSON".into());
        };
        Ok(AuditEvent {
            at: Timestamp::from_unix_millis(self.at),
            actor: self.actor.to_owned(),
            action,
            subject: self.subject.map(str::to_owned),
            source_ip: self.ip.map(str::to_owned),
            outcome,
            details,
        })
    }

    /// The stored leaf hash, parsed.
    pub(super) fn stored_leaf(&self) -> Result<Hash, StoreError> {
        parse_leaf(self.index, self.leaf_hash)
    }

    /// The leaf hash of this entry at position `index`, recomputed from its content
    /// and compared with the stored one; what is wrong otherwise. A pruned entry's
    /// content is gone: its stored leaf hash stands for it, vouched for by the signed
    /// heads recomputed from there on.
    ///
    /// The leaf data is written straight from the columns, the details as stored (the
    /// writer stores `Value::to_string()`, the very text the leaf holds). That is sound
    /// because the details must be one JSON value: JSON values are self-delimiting, so
    /// text that hashes to the stored leaf splits into columns in exactly one way, the
    /// original one. Text that misses is not what was written: it is parsed only to
    /// say how it was altered. Text that parses to the written value (a duplicate key,
    /// spaces, another key order) is refused too: a reader of the raw column could be
    /// shown a field the hashed value does not hold.
    pub(super) fn checked_leaf(&self, index: u64, scratch: &mut Vec<u8>) -> Result<Hash, String> {
        if !self.pruned && serde_json::from_str::<IgnoredAny>(self.details).is_ok() {
            scratch.clear();
            self.leaf_columns().write_leaf(index, scratch);
            let leaf = audit_tree::leaf_hash(scratch);
            // The stored hash as the writer spells it: compared without decoding it.
            if spells(self.leaf_hash, &leaf) {
                return Ok(leaf);
            }
        }
        let stored = self.stored_leaf().map_err(|e| e.to_string())?;
        if self.pruned {
            // Exactly what the retention purge leaves (`retention_purge.rs`): anything
            // else in a row marked pruned is content no hash vouches for.
            let as_pruned = self.actor == PRUNED_ACTOR
                && self.subject.is_none()
                && self.ip.is_none()
                && self.details == "{}";
            return if as_pruned {
                Ok(stored)
            } else {
                Err(format!(
                    "entry {index} was altered: it is marked pruned but still holds content \
                     (a pruned entry keeps only its time, action, outcome and leaf hash)"
                ))
            };
        }
        if serde_json::from_str::<IgnoredAny>(self.details).is_ok() {
            scratch.clear();
            self.leaf_columns().write_leaf(index, scratch);
            if audit_tree::leaf_hash(scratch) == stored {
                return Ok(stored);
            }
        }
        let event = self
            .event()
            .map_err(|why| format!("entry {index} was altered: {why}"))?;
        if audit_tree::leaf_hash(&event.leaf_bytes(index)) == stored {
            Err(format!(
                "entry {index} was altered: its details are not the text that was written \
                 (a duplicate key, or the same value spelt another way)"
            ))
        } else {
            Err(format!(
                "entry {index} was altered or moved: its content does not match its leaf hash"
            ))
        }
    }

    pub(super) fn leaf_columns(&self) -> LeafColumns<'_> {
        LeafColumns {
            at: self.at,
            actor: self.actor,
            action: self.action,
            subject: self.subject,
            ip: self.ip,
            outcome: self.outcome,
            details: self.details,
        }
    }

    /// Whether the entry carries a signed tree head (a checkpoint); an entry with one
    /// of the two and not the other is reported by `verify`.
    pub(super) fn is_checkpoint(&self) -> bool {
        !(self.root_hash.is_empty() && self.signature.is_empty())
    }
}

/// Whether `text` is `hash` in lowercase hex, the one spelling the writer stores
/// (encoded on the stack: this runs for every entry, node and checkpoint).
pub(super) fn spells(text: &str, hash: &Hash) -> bool {
    text.as_bytes() == lower_hex(hash)
}

/// `hash` in lowercase hex, on the stack.
pub(super) fn lower_hex(hash: &Hash) -> [u8; 64] {
    let mut hex = [0u8; 64];
    // 32 bytes always fit 64 hex digits.
    let _ = hex::encode_to_slice(hash, &mut hex);
    hex
}

/// The actor of a pruned entry (the purge writes it, `verify` requires it).
pub(super) const PRUNED_ACTOR: &str = "pruned";

pub(super) fn parse_leaf(index: i64, text: &str) -> Result<Hash, StoreError> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).map_err(|_| {
        StoreError::Corrupt(format!("entry {index}: leaf hash is not 32 bytes of hex"))
    })?;
    Ok(out)
}
