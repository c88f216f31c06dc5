//! Migration 0039 stores each audit entry as its leaf data. A log written in the old
//! layout (columns only) comes through it verifying as before, with the same root,
//! the same columns shown, pruned entries still pruned, and the writer appending on
//! top; an entry altered before the migration is still named after it.

use std::path::Path;

use lers_domain::audit_tree::{Checkpoint, Frontier};
use lers_store::keys::KeyRing;
use lers_store::Checkpoints;

use super::*;
use crate::both_backends;

both_backends!(an_old_log_verifies_after_the_leaf_migration);

/// The last migration before the leaf data was stored.
const BEFORE_LEAF: &str = "0038";

/// Entries of the old log: (days before now, actor, subject, details); the first is
/// pruned (old enough to be), one holds text that JSON escapes.
fn old_entries() -> Vec<(i64, &'static str, Option<&'static str>, serde_json::Value)> {
    vec![
        (
            400,
            "acct_old",
            Some("LERS-2025-000001"),
            serde_json::json!({"n": 0}),
        ),
        (1, "acct_01", None, serde_json::json!({"n": 1})),
        (
            1,
            "acct_02",
            Some("Zoë's \"case\"\n"),
            serde_json::json!({"note": "it's \"quoted\" é \u{1f} \\ end", "list": [1, 2.5, null]}),
        ),
        (
            0,
            "acct_03",
            Some("LERS-2026-000003"),
            serde_json::json!({}),
        ),
    ]
}

async fn an_old_log_verifies_after_the_leaf_migration(backend: Backend) -> TestResult {
    let Some((dir, db, root)) = old_log(backend, None).await? else {
        return Ok(());
    };
    let before = shown(&db.url).await?;
    let store =
        lers_store::connect(&db.url, KeyRing::load_or_create(&dir.path().join("keys"))?).await?;
    let key = store.audit_public_key();
    let report = store.audit_verify_with(&key, Checkpoints::Every).await?;
    assert_eq!(report.problem, None, "{report:?}");
    assert_eq!((report.entries, report.pruned), (4, 1));
    assert_eq!(report.root, root, "the same tree");
    assert_eq!(shown(&db.url).await?, before, "the same columns shown");
    let old_table = sqlx::query_scalar::<_, i64>(match backend {
        Backend::Sqlite => {
            "SELECT COUNT(*) FROM sqlite_master WHERE name = 'audit_log_before_leaf'"
        }
        Backend::Postgres => {
            "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'audit_log_before_leaf'"
        }
    })
    .fetch_one(store.pool())
    .await?;
    assert_eq!(old_table, 0, "the old table is dropped");
    // The writer appends on top, signed over the migrated log.
    store
        .record_event(AuditEvent::new(
            start_time().plus(Duration::days(1)),
            "acct_after",
            AuditAction::LoginSucceeded,
            Outcome::Success,
        ))
        .await?;
    let report = store.audit_verify_with(&key, Checkpoints::Every).await?;
    assert_eq!((report.problem, report.entries), (None, 5));
    drop(store);

    // An entry altered in the old layout is copied as it stands, and named.
    let Some((dir, db, _)) = old_log(
        backend,
        Some("UPDATE audit_log SET actor = 'acct_innocent' WHERE idx = 2"),
    )
    .await?
    else {
        return Ok(());
    };
    let store =
        lers_store::connect(&db.url, KeyRing::load_or_create(&dir.path().join("keys"))?).await?;
    let report = store
        .audit_verify_with(&key_of(&dir)?, Checkpoints::Every)
        .await?;
    let problem = report.problem.ok_or("the altered entry is named")?;
    assert_eq!(problem.index, 2, "{}", problem.reason);
    assert!(problem.reason.contains("was altered"), "{}", problem.reason);
    Ok(())
}

fn key_of(
    dir: &tempfile::TempDir,
) -> Result<ed25519_dalek::VerifyingKey, Box<dyn std::error::Error + Send + Sync>> {
    Ok(KeyRing::load_or_create(&dir.path().join("keys"))?
        .audit_signing
        .verifying_key())
}

/// A database migrated up to [`BEFORE_LEAF`] holding [`old_entries`], each signed
/// as the old writer signed it, then `tamper` run with the guard off; the tree's root.
async fn old_log(
    backend: Backend,
    tamper: Option<&str>,
) -> Result<
    Option<(tempfile::TempDir, TestDatabase, String)>,
    Box<dyn std::error::Error + Send + Sync>,
> {
    let dir = tempfile::tempdir()?;
    let Some(db) = TestDatabase::create(backend, dir.path()).await else {
        return Ok(None);
    };
    let dialect = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../lers-store/migrations")
        .join(dialect);
    let old = dir.path().join("old-migrations");
    std::fs::create_dir_all(&old)?;
    for file in std::fs::read_dir(&source)? {
        let file = file?;
        let name = file.file_name().to_string_lossy().into_owned();
        if name.as_str() <= BEFORE_LEAF || name.starts_with(BEFORE_LEAF) {
            std::fs::copy(file.path(), old.join(&name))?;
        }
    }
    sqlx::any::install_default_drivers();
    let url = match backend {
        Backend::Sqlite => format!("{}?mode=rwc", db.url),
        Backend::Postgres => db.url.clone(),
    };
    let pool = sqlx::AnyPool::connect(&url).await?;
    sqlx::migrate::Migrator::new(old.as_path())
        .await?
        .run(&pool)
        .await?;

    let signing = KeyRing::load_or_create(&dir.path().join("keys"))?.audit_signing;
    let now = start_time();
    let mut tree = Frontier::new();
    for (index, (days, actor, subject, details)) in (0u64..).zip(old_entries()) {
        let mut event = AuditEvent::new(
            now.minus(Duration::days(days)),
            actor,
            AuditAction::RequestViewed,
            Outcome::Success,
        )
        .from_ip(Some("192.0.2.7".into()))
        .details(details);
        if let Some(subject) = subject {
            event = event.subject(subject.to_owned());
        }
        let leaf = lers_domain::audit_tree::leaf_hash(&event.leaf_bytes(index));
        tree.push(leaf);
        let checkpoint = Checkpoint {
            tree_size: tree.size(),
            root: tree.root(),
        };
        let pruned = index == 0;
        sqlx::query(
            "INSERT INTO audit_log (idx, at, actor, action, subject, ip, outcome, details, leaf_hash, root_hash, signature, pruned_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(i64::try_from(index)?)
        .bind(event.at.unix_millis())
        .bind(if pruned { "pruned".to_owned() } else { event.actor.clone() })
        .bind(event.action.as_str())
        .bind(if pruned { None } else { event.subject.clone() })
        .bind(if pruned { None } else { event.source_ip.clone() })
        .bind(event.outcome.as_str())
        .bind(if pruned { "{}".to_owned() } else { event.details.to_string() })
        .bind(hex::encode(leaf))
        .bind(hex::encode(checkpoint.root))
        .bind(hex::encode(checkpoint.sign(&signing).to_bytes()))
        .bind(pruned.then_some(now.unix_millis()))
        .execute(&pool)
        .await?;
    }
    sqlx::query("UPDATE audit_head SET frontier = $1 WHERE id = 1")
        .bind(tree.to_text())
        .execute(&pool)
        .await?;
    if let Some(sql) = tamper {
        let unguard = match backend {
            Backend::Sqlite => "DROP TRIGGER audit_log_no_update",
            Backend::Postgres => "ALTER TABLE audit_log DISABLE TRIGGER USER",
        };
        sqlx::query(unguard).execute(&pool).await?;
        sqlx::query(sql).execute(&pool).await?;
    }
    pool.close().await;
    Ok(Some((dir, db, hex::encode(tree.root()))))
}

/// Every entry's shown columns, the details as a JSON value.
async fn shown(url: &str) -> Result<Vec<ShownRow>, Box<dyn std::error::Error + Send + Sync>> {
    let pool = sqlx::AnyPool::connect(url).await?;
    let rows: Vec<StoredRow> = sqlx::query_as(
        "SELECT idx, at, actor, action, subject, ip, outcome, details FROM audit_log ORDER BY idx",
    )
    .fetch_all(&pool)
    .await?;
    pool.close().await;
    rows.into_iter()
        .map(|(idx, at, actor, action, subject, ip, outcome, details)| {
            Ok((
                idx,
                at,
                actor,
                action,
                subject,
                ip,
                outcome,
                serde_json::from_str(&details)?,
            ))
        })
        .collect()
}

type ShownRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    serde_json::Value,
);
