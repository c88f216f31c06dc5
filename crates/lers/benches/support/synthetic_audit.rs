//! A synthetic audit log written straight into the tables, laid out as the writer
//! lays it out (`lers-store/src/sql/audit_append.rs`): entries in multi-row inserts,
//! the subtree roots they complete, a signed tree head closing each transaction of
//! one to four entries, the head row. Hundreds of thousands of entries take seconds
//! where writing them one audited act at a time would take hours; the scale benchmark
//! and the tests of `verify` over logs of many pieces (`tests/it/audit_cli`) use it.

use ed25519_dalek::SigningKey;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::audit_tree::{self, Checkpoint, Frontier};
use lers_domain::clock::{Duration, Timestamp};
use serde_json::json;
use sqlx::AnyPool;

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Whether entry `index` of a log of `end` entries closes a transaction (carries a
/// signed tree head): about three in seven, and always the last.
pub fn is_checkpoint(index: u64, end: u64) -> bool {
    (index * 31 % 7) < 3 || index + 1 == end
}

/// Appends `events` entries after the log's current head, a millisecond apart from
/// `first_at`, in one transaction; returns the new size.
pub async fn append(
    pool: &AnyPool,
    signing: &SigningKey,
    first_at: Timestamp,
    events: u64,
) -> Result<u64, Error> {
    let head: String = sqlx::query_scalar("SELECT frontier FROM audit_head WHERE id = 1")
        .fetch_one(pool)
        .await?;
    let mut frontier = Frontier::from_text(&head)?;
    let start = frontier.size();
    let end = start + events;
    let mut conn = pool.acquire().await?;
    sqlx::Executor::execute(&mut *conn, "BEGIN").await?;
    let mut index = start;
    while index < end {
        let chunk: Vec<(u64, AuditEvent)> = (index..(index + 500).min(end))
            .map(|i| (i, event(first_at, i)))
            .collect();
        let bytes: Vec<Vec<u8>> = chunk.iter().map(|(i, e)| e.leaf_bytes(*i)).collect();
        let leaves = leaf_hashes(&bytes);
        let mut rows = Vec::new();
        let mut nodes = Vec::new();
        for (((i, _), leaf), data) in chunk.iter().zip(&leaves).zip(&bytes) {
            nodes.extend(frontier.push_completing(*leaf)?);
            let head = is_checkpoint(*i, end).then(|| {
                let checkpoint = Checkpoint {
                    tree_size: frontier.size(),
                    root: frontier.root(),
                };
                (
                    hex::encode(checkpoint.root),
                    hex::encode(checkpoint.sign(signing).to_bytes()),
                )
            });
            let (root, signature) = head.unwrap_or_default();
            let data = String::from_utf8_lossy(data).replace('\'', "''");
            rows.push(format!(
                "({i}, '{data}', '{}', '{root}', '{signature}')",
                hex::encode(leaf),
            ));
        }
        let sql = format!(
            "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature) VALUES {}",
            rows.join(",")
        );
        sqlx::Executor::execute(&mut *conn, sql.as_str()).await?;
        if !nodes.is_empty() {
            let values: Vec<String> = nodes
                .iter()
                .map(|(id, hash)| format!("({}, {}, '{}')", id.level, id.index, hex::encode(hash)))
                .collect();
            let sql = format!(
                "INSERT INTO audit_nodes (level, idx, hash) VALUES {}",
                values.join(",")
            );
            sqlx::Executor::execute(&mut *conn, sql.as_str()).await?;
        }
        index += chunk.len() as u64;
    }
    sqlx::query("UPDATE audit_head SET frontier = $1 WHERE id = 1")
        .bind(frontier.to_text())
        .execute(&mut *conn)
        .await?;
    sqlx::Executor::execute(&mut *conn, "COMMIT").await?;
    Ok(end)
}

/// Entry `i`: a case viewed by one of 100,003 accounts from one of 250 addresses.
fn event(first_at: Timestamp, i: u64) -> AuditEvent {
    let step = i64::try_from(i).unwrap_or(i64::MAX);
    AuditEvent::new(
        first_at.plus(Duration::millis(step)),
        format!("acct_{:012x}", i * 7919 % 100_003),
        AuditAction::RequestViewed,
        Outcome::Success,
    )
    .subject(format!("LERS-2026-{:06}", i % 999_983))
    .from_ip(Some(format!("192.0.2.{}", i % 250)))
    .details(json!({"request": format!("req_{:016x}", i * 2_654_435_761 % 1_000_000_007)}))
}

/// The leaf hashes of entries' leaf data, on two threads.
pub fn leaf_hashes(bytes: &[Vec<u8>]) -> Vec<audit_tree::Hash> {
    std::thread::scope(|scope| {
        let half = bytes.len().div_ceil(2).max(1);
        let parts: Vec<_> = bytes
            .chunks(half)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|b| audit_tree::leaf_hash(b))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_default())
            .collect()
    })
}
