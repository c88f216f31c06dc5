//! An audit entry as stored: its leaf data — the exact bytes its leaf hash is taken
//! of, from which the database derives the columns readers are shown (migration
//! 0039) — with its hashes, and the checks `verify` makes of one entry.

use lers_domain::audit::LeafColumns;
use lers_domain::audit_tree::{self, Hash};
use serde_json::Value;

use crate::error::StoreError;

/// The columns `verify` reads of an entry, in order.
pub(super) const LEAF_COLUMNS: &str = "idx, leaf, leaf_hash, root_hash, signature, pruned_at";

/// The shown columns, after [`LEAF_COLUMNS`], where the database's derivation of them
/// is not itself checked (PostgreSQL: `verify` compares them row by row).
pub(super) const SHOWN_COLUMNS: &str = "at, actor, action, subject, ip, outcome, details";

/// The leaf data a pruned entry keeps in SQL, from its own shown columns: exactly
/// what [`pruned_leaf`] writes (actions and outcomes need no escaping), and what the
/// table's update guard lets through (migration 0039).
pub(super) const PRUNED_LEAF_SQL: &str =
    "'{\"action\":\"' || action || '\",\"actor\":\"pruned\",\"at\":' || at \
     || ',\"details\":{},\"index\":' || idx || ',\"ip\":null,\"outcome\":\"' || outcome \
     || '\",\"subject\":null,\"v\":1}'";

/// The actor of a pruned entry.
const PRUNED_ACTOR: &str = "pruned";

/// An entry's row as read, borrowed from wherever it was read (`verify` reads a
/// SQLite file's rows in place, without copying a column).
#[derive(Clone, Copy)]
pub(super) struct EntryRow<'a> {
    pub(super) index: i64,
    pub(super) leaf: &'a [u8],
    pub(super) leaf_hash: &'a [u8],
    /// The signed tree head after it, or both empty when the entry is not a checkpoint.
    pub(super) root_hash: &'a [u8],
    pub(super) signature: &'a [u8],
    /// Its content was removed when its retention ended (only the hashes stay).
    pub(super) pruned: bool,
    /// The columns the database derived from the leaf data, when they are to be
    /// compared with it.
    pub(super) shown: Option<&'a Shown>,
}

/// The shown columns of [`SHOWN_COLUMNS`] as read.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub(super) struct Shown {
    pub(super) at: Option<i64>,
    pub(super) actor: Option<String>,
    pub(super) action: Option<String>,
    pub(super) subject: Option<String>,
    pub(super) ip: Option<String>,
    pub(super) outcome: Option<String>,
    pub(super) details: Option<String>,
}

/// What checking an entry established: its leaf hash, and for a pruned entry the
/// time it keeps (which no hash covers).
pub(super) struct CheckedLeaf {
    pub(super) hash: Hash,
    pub(super) pruned_at: Option<i64>,
}

impl EntryRow<'_> {
    /// The leaf hash of this entry at position `index`, its leaf data hashed and
    /// compared with the stored hash; what is wrong otherwise. The leaf data needs no
    /// other check: the hash, signed over, vouches for every byte, and the shown
    /// columns are derived from those bytes. The index the leaf names is not read
    /// either: a row moved with its leaf hash changes the tree, which the signed heads
    /// then do not fit. A pruned entry's content is gone: its
    /// stored leaf hash stands for it, vouched for by the signed heads recomputed from
    /// there on, and its leaf data must be exactly what pruning leaves.
    pub(super) fn checked_leaf(
        &self,
        index: u64,
        scratch: &mut Vec<u8>,
    ) -> Result<CheckedLeaf, String> {
        if let Some(shown) = self.shown {
            if derive_shown(self.leaf).as_ref() != Some(shown) {
                return Err(format!(
                    "entry {index}: the columns shown for it are not the ones its leaf data holds (the table's derived columns were replaced)"
                ));
            }
        }
        if self.pruned {
            return self.checked_pruned(index, scratch);
        }
        let hash = audit_tree::leaf_hash(self.leaf);
        if self.leaf_hash != lower_hex(&hash) {
            return Err(format!(
                "entry {index} was altered: its content does not match its leaf hash"
            ));
        }
        Ok(CheckedLeaf {
            hash,
            pruned_at: None,
        })
    }

    fn checked_pruned(&self, index: u64, scratch: &mut Vec<u8>) -> Result<CheckedLeaf, String> {
        let hash = parse_leaf(self.index, self.leaf_hash).map_err(|e| e.to_string())?;
        let kept = serde_json::from_slice::<Value>(self.leaf)
            .ok()
            .and_then(|leaf| {
                Some((
                    leaf.get("at")?.as_i64()?,
                    leaf.get("action")?.as_str()?.to_owned(),
                    leaf.get("outcome")?.as_str()?.to_owned(),
                ))
            });
        if let Some((at, action, outcome)) = kept {
            scratch.clear();
            pruned_leaf(at, &action, &outcome).write_leaf(index, scratch);
            if scratch == self.leaf {
                return Ok(CheckedLeaf {
                    hash,
                    pruned_at: Some(at),
                });
            }
        }
        Err(format!(
            "entry {index} was altered: it is marked pruned but still holds content \
             (a pruned entry keeps only its time, action, outcome and leaf hash)"
        ))
    }

    /// Whether the entry carries a signed tree head (a checkpoint); an entry with one
    /// of the two and not the other is reported by `verify`.
    pub(super) fn is_checkpoint(&self) -> bool {
        !(self.root_hash.is_empty() && self.signature.is_empty())
    }
}

/// The leaf data pruning leaves of an entry: its time, action and outcome.
pub(super) fn pruned_leaf<'a>(at: i64, action: &'a str, outcome: &'a str) -> LeafColumns<'a> {
    LeafColumns {
        at,
        actor: PRUNED_ACTOR,
        action,
        subject: None,
        ip: None,
        outcome,
        details: "{}",
    }
}

/// The fields of leaf data the shown columns are derived from. A key given twice
/// fails: leaf data that LERS wrote has none.
#[derive(serde::Deserialize)]
struct LeafFields<'a> {
    at: Option<i64>,
    actor: Option<String>,
    action: Option<String>,
    subject: Option<String>,
    ip: Option<String>,
    outcome: Option<String>,
    /// Not an `Option`: a JSON `null` is text the database shows (`null`), not none.
    #[serde(borrow)]
    details: &'a serde_json::value::RawValue,
}

/// The shown columns as the database derives them from `leaf` (PostgreSQL reads the
/// escape of U+0000, which its text cannot hold, as U+FFFD; the details are the text
/// of the value as written); `None` when it is not such a JSON object.
fn derive_shown(leaf: &[u8]) -> Option<Shown> {
    let text = std::str::from_utf8(leaf)
        .ok()?
        .replace("\\u0000", "\\ufffd");
    let fields: LeafFields<'_> = serde_json::from_str(&text).ok()?;
    Some(Shown {
        at: fields.at,
        actor: fields.actor,
        action: fields.action,
        subject: fields.subject,
        ip: fields.ip,
        outcome: fields.outcome,
        details: Some(fields.details.get().to_owned()),
    })
}

/// `hash` in lowercase hex, on the stack (compared as the writer spells it: this
/// runs for every entry, node and checkpoint).
pub(super) fn lower_hex(hash: &Hash) -> [u8; 64] {
    let mut hex = [0u8; 64];
    // 32 bytes always fit 64 hex digits.
    let _ = hex::encode_to_slice(hash, &mut hex);
    hex
}

pub(super) fn parse_leaf(index: i64, text: impl AsRef<[u8]>) -> Result<Hash, StoreError> {
    let mut out = [0u8; 32];
    hex::decode_to_slice(text, &mut out).map_err(|_| {
        StoreError::Corrupt(format!("entry {index}: leaf hash is not 32 bytes of hex"))
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEAF: &[u8] = br#"{"action":"login.succeeded","actor":"acct_1","at":5,"details":{"n":3},"index":0,"ip":null,"outcome":"success","subject":null,"v":1}"#;

    fn shown(details: &str) -> Shown {
        Shown {
            at: Some(5),
            actor: Some("acct_1".into()),
            action: Some("login.succeeded".into()),
            subject: None,
            ip: None,
            outcome: Some("success".into()),
            details: Some(details.into()),
        }
    }

    #[test]
    fn shown_details_must_be_the_leafs_text_not_an_equal_value() {
        assert_eq!(derive_shown(LEAF), Some(shown(r#"{"n":3}"#)));
        // The same value spelt otherwise is not what the database derives.
        assert_ne!(derive_shown(LEAF), Some(shown(r#"{"n": 3}"#)));
        assert_ne!(derive_shown(LEAF), Some(shown(r#"{"n":0,"n":3}"#)));
        // Leaf data naming a field twice is not LERS' and derives nothing.
        let twice =
            br#"{"action":"a","actor":"x","actor":"y","at":5,"details":{},"outcome":"success"}"#;
        assert_eq!(derive_shown(twice), None);
    }
}
