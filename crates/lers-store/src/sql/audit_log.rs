//! The append-only audit log on disk: each entry is a leaf of an RFC 6962 Merkle tree
//! and carries the signed tree head after it, so `verify` can name the first entry
//! that was altered, deleted, inserted or moved.

use ed25519_dalek::{Signature, VerifyingKey};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::audit_nodes::NodeId;
use lers_domain::audit_tree::{self, Checkpoint, Frontier, Hash};
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::retention::MIN_AUDIT_DAYS;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, AnyPool, Row};
use std::collections::HashMap;

use super::rows::value_rows;
use crate::error::StoreError;

pub(super) const SELECT_COLUMNS: &str =
    "idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, signature, pruned_at";
/// Rows read per round trip while verifying, so memory stays flat for any log size.
const VERIFY_BATCH: i64 = 5_000;

/// Stores completed subtree roots in one statement; `on_conflict` is empty when
/// appending (a duplicate would be a bug) and `ON CONFLICT DO NOTHING` when filling in.
pub(super) async fn insert_nodes(
    conn: &mut AnyConnection,
    nodes: &[(NodeId, Hash)],
    on_conflict: &str,
) -> Result<(), StoreError> {
    if nodes.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO audit_nodes (level, idx, hash) VALUES {} {on_conflict}",
        value_rows(nodes.len(), 3)
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
pub(crate) async fn fill_missing_nodes(conn: &mut AnyConnection) -> Result<u64, StoreError> {
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

pub(super) fn parse_leaf(index: i64, text: &str) -> Result<Hash, StoreError> {
    hex::decode(text)
        .ok()
        .and_then(|bytes| Hash::try_from(bytes).ok())
        .ok_or_else(|| {
            StoreError::Corrupt(format!("entry {index}: leaf hash is not 32 bytes of hex"))
        })
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

/// An entry as stored, with its hashes.
pub(super) struct StoredEntry {
    pub(super) index: i64,
    pub(super) event: Result<AuditEvent, String>,
    leaf_hash: String,
    root_hash: String,
    signature: String,
    /// Its content was removed when its retention ended (only the hashes stay).
    pub(super) pruned: bool,
    /// When it was written (kept when pruned).
    at: i64,
}

pub(super) fn stored_entry(row: &AnyRow) -> Result<StoredEntry, StoreError> {
    Ok(StoredEntry {
        index: row.try_get("idx")?,
        event: event_of(row)?,
        leaf_hash: row.try_get("leaf_hash")?,
        root_hash: row.try_get("root_hash")?,
        signature: row.try_get("signature")?,
        pruned: row.try_get::<Option<i64>, _>("pruned_at")?.is_some(),
        at: row.try_get("at")?,
    })
}

/// Rebuilds the event from its columns; a value that no longer parses is itself
/// evidence of tampering, reported by the caller against this entry.
fn event_of(row: &AnyRow) -> Result<Result<AuditEvent, String>, StoreError> {
    let action: String = row.try_get("action")?;
    let outcome: String = row.try_get("outcome")?;
    let details: String = row.try_get("details")?;
    let Ok(action) = action.parse::<AuditAction>() else {
        return Ok(Err(format!("unknown action {action:?}")));
    };
    let Ok(outcome) = outcome.parse::<Outcome>() else {
        return Ok(Err(format!("unknown outcome {outcome:?}")));
    };
    let Ok(details) = serde_json::from_str(&details) else {
        return Ok(Err("details are not valid JSON".into()));
    };
    Ok(Ok(AuditEvent {
        at: Timestamp::from_unix_millis(row.try_get("at")?),
        actor: row.try_get("actor")?,
        action,
        subject: row.try_get("subject")?,
        source_ip: row.try_get("ip")?,
        outcome,
        details,
    }))
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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditProblem {
    pub index: u64,
    pub reason: String,
}

/// Recomputes every leaf hash and every signed tree head from the stored rows.
pub(crate) async fn verify(
    pool: &AnyPool,
    key: &VerifyingKey,
) -> Result<AuditVerification, StoreError> {
    let mut frontier = Frontier::new();
    let mut after: i64 = -1;
    let mut pruned = 0;
    // An empty log has nothing to sign; otherwise its newest entry must be signed.
    let mut last_signed = true;
    // The newest entry, and the newest pruned one: content younger than the shortest
    // retention anyone may set was not pruned by LERS.
    let (mut newest_at, mut newest_pruned) = (i64::MIN, None::<(u64, i64)>);
    loop {
        let rows = sqlx::query(&format!(
            "SELECT {SELECT_COLUMNS} FROM audit_log WHERE idx > $1 ORDER BY idx LIMIT $2"
        ))
        .bind(after)
        .bind(VERIFY_BATCH)
        .fetch_all(pool)
        .await?;
        if rows.is_empty() {
            break;
        }
        let mut completed = Vec::new();
        for row in &rows {
            let entry = stored_entry(row)?;
            let expected = frontier.size();
            pruned += u64::from(entry.pruned);
            newest_at = newest_at.max(entry.at);
            if entry.pruned {
                newest_pruned = Some((expected, entry.at));
            }
            if let Some(reason) = check_entry(&entry, expected, &mut frontier, key, &mut completed)
            {
                return Ok(AuditVerification {
                    entries: expected,
                    root: hex::encode(frontier.root()),
                    problem: Some(AuditProblem {
                        index: expected,
                        reason,
                    }),
                    pruned,
                });
            }
            after = entry.index;
            last_signed = !entry.signature.is_empty();
        }
        if let Some(problem) = check_stored_nodes(pool, &completed).await? {
            return Ok(AuditVerification {
                entries: frontier.size(),
                root: hex::encode(frontier.root()),
                problem: Some(problem),
                pruned,
            });
        }
    }
    if let Some((index, at)) = newest_pruned {
        let floor = Duration::days(MIN_AUDIT_DAYS).as_millis();
        if newest_at.saturating_sub(at) < floor {
            return Ok(AuditVerification {
                entries: frontier.size(),
                root: hex::encode(frontier.root()),
                problem: Some(AuditProblem {
                    index,
                    reason: format!(
                        "entry {index} had its content removed although it is less than {MIN_AUDIT_DAYS} days older than the newest entry: LERS never prunes that early, so the content was wiped by hand"
                    ),
                }),
                pruned,
            });
        }
    }
    if !last_signed {
        return Ok(AuditVerification {
            entries: frontier.size(),
            root: hex::encode(frontier.root()),
            problem: Some(AuditProblem {
                index: frontier.size().saturating_sub(1),
                reason: "the newest entry is not a signed checkpoint: entries after the last signed head were added or its signature removed".into(),
            }),
            pruned,
        });
    }
    let size = frontier.size();
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_nodes")
        .fetch_one(pool)
        .await?;
    let expected_nodes = size - u64::from(size.count_ones());
    if u64::try_from(stored).ok() != Some(expected_nodes) {
        return Ok(AuditVerification {
            entries: size,
            root: hex::encode(frontier.root()),
            problem: Some(AuditProblem {
                index: size,
                reason: format!(
                    "audit_nodes holds {stored} subtree roots where the log completes {expected_nodes}: rows were added or removed beside the log"
                ),
            }),
            pruned,
        });
    }
    let head: String = sqlx::query_scalar("SELECT frontier FROM audit_head WHERE id = 1")
        .fetch_one(pool)
        .await?;
    let head = parse_frontier(&head)?;
    let problem = (head.size() != frontier.size() || head.root() != frontier.root()).then(|| AuditProblem {
        index: frontier.size(),
        reason: format!(
            "the log holds {} entries but its head records {}: entries at the end were deleted or the head was altered",
            frontier.size(),
            head.size()
        ),
    });
    Ok(AuditVerification {
        entries: frontier.size(),
        root: hex::encode(frontier.root()),
        problem,
        pruned,
    })
}

/// Checks one entry against the tree so far and pushes it; returns what is wrong.
/// Compares the subtree roots that a batch of verified entries completed with the
/// stored ones: proofs are built from those, so they must be the log's own.
async fn check_stored_nodes(
    pool: &AnyPool,
    completed: &[(NodeId, Hash)],
) -> Result<Option<AuditProblem>, StoreError> {
    if completed.is_empty() {
        return Ok(None);
    }
    // A batch completes a contiguous run of nodes on each level: one range per level.
    let mut ranges: Vec<(u32, u64, u64)> = Vec::new();
    for (id, _) in completed {
        match ranges.iter_mut().find(|(level, _, _)| *level == id.level) {
            Some((_, low, high)) => {
                *low = (*low).min(id.index);
                *high = (*high).max(id.index);
            }
            None => ranges.push((id.level, id.index, id.index)),
        }
    }
    let conditions: Vec<String> = (0..ranges.len())
        .map(|i| {
            format!(
                "(level = ${} AND idx BETWEEN ${} AND ${})",
                3 * i + 1,
                3 * i + 2,
                3 * i + 3
            )
        })
        .collect();
    let sql = format!(
        "SELECT level, idx, hash FROM audit_nodes WHERE {}",
        conditions.join(" OR ")
    );
    let mut query = sqlx::query_as::<_, (i64, i64, String)>(&sql);
    for (level, low, high) in &ranges {
        query = query
            .bind(i64::from(*level))
            .bind(to_i64(*low)?)
            .bind(to_i64(*high)?);
    }
    let stored: HashMap<(i64, i64), String> = query
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|(level, index, hash)| ((level, index), hash))
        .collect();
    for (id, hash) in completed {
        let key = (i64::from(id.level), to_i64(id.index)?);
        if stored.get(&key) != Some(&hex::encode(hash)) {
            // The entry that completed this node is its last leaf.
            let last_leaf = ((id.index + 1) << id.level) - 1;
            return Ok(Some(AuditProblem {
                index: last_leaf,
                reason: format!(
                    "the stored subtree root at level {} index {} (completed by entry {last_leaf}) is missing or does not match the log: proofs would be built from it",
                    id.level, id.index
                ),
            }));
        }
    }
    Ok(None)
}

fn check_entry(
    entry: &StoredEntry,
    expected: u64,
    frontier: &mut Frontier,
    key: &VerifyingKey,
    completed: &mut Vec<(NodeId, Hash)>,
) -> Option<String> {
    if u64::try_from(entry.index).ok() != Some(expected) {
        return Some(format!(
            "entry {expected} is missing (the next stored entry is {}): entries were deleted or inserted",
            entry.index
        ));
    }
    let leaf = if entry.pruned {
        // Its content was removed when its retention ended: the stored leaf hash stands
        // for it, vouched for by the signed heads recomputed from here on.
        match parse_leaf(entry.index, &entry.leaf_hash) {
            Ok(leaf) => leaf,
            Err(e) => return Some(e.to_string()),
        }
    } else {
        let event = match &entry.event {
            Ok(event) => event,
            Err(why) => return Some(format!("entry {expected} was altered: {why}")),
        };
        let leaf = audit_tree::leaf_hash(&event.leaf_bytes(expected));
        if hex::encode(leaf) != entry.leaf_hash {
            return Some(format!(
                "entry {expected} was altered or moved: its content does not match its leaf hash"
            ));
        }
        leaf
    };
    match frontier.push_completing(leaf) {
        Ok(nodes) => completed.extend(nodes),
        Err(e) => return Some(format!("entry {expected}: {e}")),
    }
    if entry.root_hash.is_empty() && entry.signature.is_empty() {
        // Not a checkpoint: the writer signs the last entry of each transaction, and
        // this entry's place in the tree is vouched for by the next signed head.
        return None;
    }
    let root = frontier.root();
    if hex::encode(root) != entry.root_hash {
        return Some(format!(
            "entry {expected}: the tree recomputed up to here does not match its signed tree head (an entry up to here was altered, inserted or reordered)"
        ));
    }
    let signature = hex::decode(&entry.signature)
        .ok()
        .and_then(|bytes| <[u8; 64]>::try_from(bytes).ok())
        .map(|bytes| Signature::from_bytes(&bytes));
    let checkpoint = Checkpoint {
        tree_size: frontier.size(),
        root,
    };
    match signature {
        Some(signature) if checkpoint.verify(key, &signature).is_ok() => None,
        _ => Some(format!(
            "entry {expected}: the signature on its tree head is not valid for this log's public key"
        )),
    }
}

/// The signed tree head after the last entry, for publishing outside the database
/// (e.g. to agencies); a later `verify` against it detects a truncated or rewritten log.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignedHead {
    pub tree_size: u64,
    pub root: String,
    pub signature: String,
}

pub(crate) async fn head(pool: &AnyPool) -> Result<Option<SignedHead>, StoreError> {
    let row =
        sqlx::query("SELECT idx, root_hash, signature FROM audit_log ORDER BY idx DESC LIMIT 1")
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
