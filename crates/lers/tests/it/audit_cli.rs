//! `lers audit verify | prove | verify-proof` against a real database, before and
//! after someone with raw database access rewrites history.

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Duration;
use lers_store::prelude::*;
use sqlx::Executor;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    a_saved_head_exposes_a_rewritten_tail,
    a_fresh_log_verifies_and_proves_entries_offline,
    an_altered_row_is_named,
    a_re_hashed_row_is_caught_by_the_signed_heads,
    a_deleted_row_is_named,
    swapped_rows_are_named,
    a_truncated_tail_is_noticed,
    the_database_refuses_plain_updates,
    a_proof_forged_with_a_fresh_key_passes_only_without_a_pinned_key,
    a_log_from_before_stored_subtrees_is_filled_in_at_start,
    a_key_holder_who_rewrites_history_is_caught,
);

pub struct CliRun {
    pub ok: bool,
    pub stdout: String,
}

/// Runs the `lers` binary against the test's database and keys.
pub async fn lers(app: &TestApp, args: &[&str]) -> CliRun {
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
        .arg("--database-url")
        .arg(&app.db.url)
        .arg("--key-dir")
        .arg(app.key_dir())
        .arg("--data-dir")
        .arg(app.dir.path())
        .args(args)
        .output()
        .await
        .expect("run lers");
    CliRun {
        ok: output.status.success(),
        stdout: format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}

/// Ten more events after the seeding import (entries 1..=10).
async fn app_with_events(backend: Backend) -> Option<TestApp> {
    let app = TestApp::spawn(backend).await?;
    for i in 0..10 {
        app.advance(Duration::seconds(1));
        let event = AuditEvent::new(
            app.clock_now(),
            format!("acct_{i:02}"),
            AuditAction::LoginSucceeded,
            Outcome::Success,
        )
        .from_ip(Some("192.0.2.7".into()))
        .details(serde_json::json!({"n": i}));
        app.store.record_event(event).await.expect("record event");
    }
    Some(app)
}

async fn tamper(app: &TestApp, backend: Backend, statements: &[String]) {
    let unguard = match backend {
        Backend::Sqlite => {
            "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; \
             DROP TRIGGER audit_nodes_no_update; DROP TRIGGER audit_nodes_no_delete;"
        }
        Backend::Postgres => {
            "ALTER TABLE audit_log DISABLE TRIGGER USER; ALTER TABLE audit_nodes DISABLE TRIGGER USER;"
        }
    };
    let mut conn = app.store.pool().acquire().await.expect("connection");
    conn.execute(unguard).await.expect("drop guard");
    for statement in statements {
        conn.execute(statement.as_str()).await.expect("tamper");
    }
}

async fn a_fresh_log_verifies_and_proves_entries_offline(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "{}", run.stdout);
    assert!(
        run.stdout.contains("audit log OK: 11 entries"),
        "{}",
        run.stdout
    );

    let proof = app.dir.path().join("proof-4.json");
    let run = lers(
        &app,
        &[
            "audit",
            "prove",
            "4",
            "--output",
            &proof.display().to_string(),
        ],
    )
    .await;
    assert!(run.ok, "{}", run.stdout);
    let pinned = app
        .key_dir()
        .join("audit-signing.pub")
        .display()
        .to_string();
    let run = lers(
        &app,
        &[
            "audit",
            "verify-proof",
            &proof.display().to_string(),
            "--public-key",
            &pinned,
        ],
    )
    .await;
    assert!(run.ok, "{}", run.stdout);
    assert!(run.stdout.contains("proof OK: entry 4"), "{}", run.stdout);

    // The same proof with its entry edited no longer verifies, even on its own key.
    let text = std::fs::read_to_string(&proof)?;
    let forged = app.dir.path().join("forged.json");
    std::fs::write(&forged, text.replace("acct_03", "acct_99"))?;
    let run = lers(
        &app,
        &[
            "audit",
            "verify-proof",
            &forged.display().to_string(),
            "--trust-embedded-key",
        ],
    )
    .await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(run.stdout.contains("proof INVALID"), "{}", run.stdout);

    let run = lers(&app, &["audit", "prove", "99"]).await;
    assert!(
        !run.ok && run.stdout.contains("no entry 99"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn an_altered_row_is_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(
        &app,
        backend,
        &["UPDATE audit_log SET outcome = 'failure' WHERE idx = 4".into()],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(run.stdout.contains("BROKEN at entry 4"), "{}", run.stdout);
    Ok(())
}

async fn a_re_hashed_row_is_caught_by_the_signed_heads(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    // A careful forger rewrites the actor and recomputes the leaf hash; without the
    // signing key the tree heads cannot follow.
    let records = app
        .store
        .audit_records(&lers_store::AuditQuery {
            limit: 100,
            ..Default::default()
        })
        .await?;
    let record = records
        .items
        .iter()
        .find(|r| r.index == 5)
        .ok_or("entry 5")?;
    let forged = AuditEvent::new(
        record.at,
        "acct_innocent",
        AuditAction::LoginSucceeded,
        Outcome::Success,
    )
    .from_ip(record.ip.clone())
    .details(record.details.clone());
    let leaf = hex::encode(lers_domain::audit_tree::leaf_hash(&forged.leaf_bytes(5)));
    tamper(
        &app,
        backend,
        &[format!(
            "UPDATE audit_log SET actor = 'acct_innocent', leaf_hash = '{leaf}' WHERE idx = 5"
        )],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(
        run.stdout.contains("BROKEN at entry 5") && run.stdout.contains("signed tree head"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn a_deleted_row_is_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(
        &app,
        backend,
        &["DELETE FROM audit_log WHERE idx = 6".into()],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(
        run.stdout.contains("BROKEN at entry 6") && run.stdout.contains("missing"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn swapped_rows_are_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    // Move every column of rows 2 and 3 into each other's place.
    let swap = [
        "UPDATE audit_log SET idx = -1 WHERE idx = 2",
        "UPDATE audit_log SET idx = 2 WHERE idx = 3",
        "UPDATE audit_log SET idx = 3 WHERE idx = -1",
    ];
    tamper(&app, backend, &swap.map(String::from)).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(run.stdout.contains("BROKEN at entry 2"), "{}", run.stdout);
    Ok(())
}

async fn a_truncated_tail_is_noticed(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(
        &app,
        backend,
        &["DELETE FROM audit_log WHERE idx = 10".into()],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(
        run.stdout.contains("BROKEN at entry 10") && run.stdout.contains("deleted"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn the_database_refuses_plain_updates(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let mut conn = app.store.pool().acquire().await?;
    let refused = conn
        .execute("UPDATE audit_log SET actor = 'x' WHERE idx = 1")
        .await;
    assert!(refused.is_err_and(|e| e.to_string().contains("append-only")));
    let refused = conn.execute("DELETE FROM audit_log WHERE idx = 1").await;
    assert!(refused.is_err_and(|e| e.to_string().contains("append-only")));
    Ok(())
}

/// Deleting the newest entries and rewriting the head row from the remaining leaves
/// passes the database-only check; a head saved outside the database catches it.
async fn a_saved_head_exposes_a_rewritten_tail(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let run = lers(&app, &["audit", "head"]).await;
    assert!(run.ok, "{}", run.stdout);
    let saved = app.dir.path().join("head.json");
    std::fs::write(&saved, &run.stdout)?;
    let run = lers(
        &app,
        &[
            "audit",
            "verify",
            "--since-head",
            &saved.display().to_string(),
        ],
    )
    .await;
    assert!(
        run.ok && run.stdout.contains("still contains the saved head"),
        "{}",
        run.stdout
    );

    // The careful forger: drop the last two entries and rebuild the head row.
    let leaves: Vec<String> =
        sqlx::query_scalar("SELECT leaf_hash FROM audit_log WHERE idx < 9 ORDER BY idx")
            .fetch_all(app.store.pool())
            .await?;
    let mut frontier = lers_domain::audit_tree::Frontier::new();
    for leaf in &leaves {
        frontier.push(<[u8; 32]>::try_from(hex::decode(leaf)?).map_err(|_| "leaf")?);
    }
    tamper(
        &app,
        backend,
        &[
            "DELETE FROM audit_log WHERE idx >= 9".into(),
            // …and the subtree roots that the dropped entries completed.
            "DELETE FROM audit_nodes WHERE ((idx + 1) << CAST(level AS INTEGER)) > 9".into(),
            format!("UPDATE audit_head SET frontier = '{}'", frontier.to_text()),
        ],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "the database alone cannot tell: {}", run.stdout);
    let run = lers(
        &app,
        &[
            "audit",
            "verify",
            "--since-head",
            &saved.display().to_string(),
        ],
    )
    .await;
    assert!(
        !run.ok && run.stdout.contains("entries were deleted"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// `lers keys rotate` re-wraps document keys and TOTP secrets under a new master key;
/// a server started afterwards still opens old documents and checks old second factors.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_rotation_keeps_documents_and_second_factors_working() -> TestResult {
    use lers_store::keys::KeyRing;
    use lers_store::RequestStore;
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let person = app.sign_up("rotate@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let pdf = lers_app::sample_pdf("", "before rotation");
    assert_eq!(
        app.upload(&id, "warrant.pdf", pdf.clone()).await.status(),
        reqwest::StatusCode::SEE_OTHER
    );

    let run = lers(&app, &["keys", "rotate"]).await;
    assert!(
        run.ok
            && run.stdout.contains("version 2")
            && run
                .stdout
                .contains("re-wrapped 1 document keys, 0 production file keys and 1 TOTP secrets"),
        "{}",
        run.stdout
    );

    // What a restarted server sees: the key directory with both versions.
    let keys = KeyRing::load_or_create(&app.key_dir())?;
    let vault = lers_store::vault::DocumentVault::new(
        app.dir.path().join("staging"),
        std::sync::Arc::new(lers_store::blobs::LocalBlobStore::new(
            app.dir.path().join("documents"),
        )?),
        keys.sealer.clone(),
    )?;
    let store = lers_store::connect(&app.db.url, keys).await?;
    let owner = store
        .account_by_email(&person.email)
        .await?
        .ok_or("owner")?;
    let request = store.request_for(&owner, &id).await?.ok_or("request")?;
    let document = store.documents(&request.summary).await?.remove(0);
    assert!(document.wrapped_key.starts_with("k2:") && document.key_version == 2);
    let opened = vault
        .open(&document.blob_key, &document.wrapped_key, &document.id, &id)
        .await?;
    assert_eq!(
        opened, pdf,
        "the file itself was not re-encrypted and still opens"
    );
    let secret = store.totp_secret(&owner).await?.ok_or("totp secret")?;
    assert_eq!(secret.as_bytes(), person.secret.as_slice());
    Ok(())
}

/// A forger who signs a made-up entry with a key of their own produces a proof that
/// is consistent with itself. Without a pinned key nothing may report success; with
/// `--trust-embedded-key` it passes as "integrity only"; with the provider's key,
/// published at `/.well-known/lers-audit-key`, it fails.
async fn a_proof_forged_with_a_fresh_key_passes_only_without_a_pinned_key(
    backend: Backend,
) -> TestResult {
    use lers_domain::audit::InclusionProofDoc;
    use lers_domain::audit_tree::{leaf_hash, Checkpoint};
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let event = AuditEvent::new(
        app.clock_now(),
        "acct_forger".to_owned(),
        AuditAction::LoginSucceeded,
        Outcome::Success,
    );
    let forger = ed25519_dalek::SigningKey::generate(&mut rand::rngs::OsRng);
    let root = leaf_hash(&event.leaf_bytes(0));
    let signature = Checkpoint { tree_size: 1, root }.sign(&forger);
    let proof = InclusionProofDoc::new(
        0,
        &event,
        &[],
        1,
        &hex::encode(root),
        &hex::encode(signature.to_bytes()),
        &forger.verifying_key(),
    );
    let forged = app.dir.path().join("forged-fresh-key.json");
    std::fs::write(&forged, serde_json::to_string(&proof)?)?;
    let forged = forged.display().to_string();

    let unpinned = lers(&app, &["audit", "verify-proof", &forged]).await;
    assert!(!unpinned.ok, "{}", unpinned.stdout);
    assert!(
        unpinned.stdout.contains("not checked: no trusted key")
            && unpinned.stdout.contains("/.well-known/lers-audit-key")
            && !unpinned.stdout.contains("proof OK"),
        "{}",
        unpinned.stdout
    );

    let integrity = lers(
        &app,
        &["audit", "verify-proof", &forged, "--trust-embedded-key"],
    )
    .await;
    assert!(integrity.ok, "{}", integrity.stdout);
    assert!(
        integrity
            .stdout
            .contains("integrity only, origin unverified"),
        "{}",
        integrity.stdout
    );

    let published = app.get("/.well-known/lers-audit-key").await.text().await?;
    assert_eq!(
        published.trim(),
        hex::encode(app.store.audit_public_key().as_bytes())
    );
    let pinned = lers(
        &app,
        &[
            "audit",
            "verify-proof",
            &forged,
            "--public-key",
            published.trim(),
        ],
    )
    .await;
    assert!(!pinned.ok, "{}", pinned.stdout);
    assert!(
        pinned.stdout.contains("proof INVALID") && pinned.stdout.contains("not by the trusted key"),
        "{}",
        pinned.stdout
    );
    Ok(())
}

/// Logs written before subtree roots were stored (or whose nodes were lost) get them
/// back when the store opens, and proofs work again; a missing node is named, never
/// papered over with a wrong proof.
async fn a_log_from_before_stored_subtrees_is_filled_in_at_start(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let stored = |app: &TestApp| {
        let pool = app.store.pool().clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_nodes")
                .fetch_one(&pool)
                .await
        }
    };
    // 11 entries: one interior node per entry but for the 3 peaks of 11 = 8+2+1.
    assert_eq!(stored(&app).await?, 8);
    tamper(&app, backend, &["DELETE FROM audit_nodes".into()]).await;
    let missing = app.store.audit_proof(4).await;
    assert!(
        matches!(&missing, Err(lers_store::StoreError::Corrupt(why)) if why.contains("is missing")),
        "{missing:?}"
    );
    // The CLI opens the store, which fills the nodes in before proving.
    let proof = app.dir.path().join("proof-refilled.json");
    let run = lers(
        &app,
        &[
            "audit",
            "prove",
            "4",
            "--output",
            &proof.display().to_string(),
        ],
    )
    .await;
    assert!(run.ok, "{}", run.stdout);
    assert_eq!(stored(&app).await?, 8);
    let key = hex::encode(app.store.audit_public_key().as_bytes());
    let run = lers(
        &app,
        &[
            "audit",
            "verify-proof",
            &proof.display().to_string(),
            "--public-key",
            &key,
        ],
    )
    .await;
    assert!(
        run.ok && run.stdout.contains("proof OK: entry 4"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// An audit row as read back: idx, at, actor, action, subject, ip, outcome, details.
type StoredRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
);

/// An insider with the signing key rewrites entry 3 and re-signs every later head,
/// leaving the proof cache (`audit_nodes`) as it was. The saved head must expose the
/// rewrite (its root is recomputed from the leaves, never taken from the cache), and
/// `verify` names the cache row that no longer matches the log.
async fn a_key_holder_who_rewrites_history_is_caught(backend: Backend) -> TestResult {
    use lers_domain::audit_tree::{leaf_hash, Checkpoint, Frontier};
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let run = lers(&app, &["audit", "head"]).await;
    assert!(run.ok, "{}", run.stdout);
    let saved = app.dir.path().join("head-before-rewrite.json");
    std::fs::write(&saved, &run.stdout)?;

    let keys = lers_store::keys::KeyRing::load_or_create(&app.key_dir())?;
    let rows: Vec<StoredRow> = sqlx::query_as(
        "SELECT idx, at, actor, action, subject, ip, outcome, details FROM audit_log ORDER BY idx",
    )
    .fetch_all(app.store.pool())
    .await?;
    let mut frontier = Frontier::new();
    let mut statements = Vec::new();
    for (index, at, actor, action, subject, ip, outcome, details) in rows {
        let actor = if index == 3 {
            "acct_innocent".to_owned()
        } else {
            actor
        };
        let mut event = AuditEvent::new(
            lers_domain::clock::Timestamp::from_unix_millis(at),
            actor.clone(),
            action.parse()?,
            outcome.parse()?,
        )
        .from_ip(ip)
        .details(serde_json::from_str(&details)?);
        if let Some(subject) = subject {
            event = event.subject(subject);
        }
        let leaf = leaf_hash(&event.leaf_bytes(u64::try_from(index)?));
        frontier.push(leaf);
        let checkpoint = Checkpoint {
            tree_size: frontier.size(),
            root: frontier.root(),
        };
        let signature = checkpoint.sign(&keys.audit_signing);
        statements.push(format!(
            "UPDATE audit_log SET actor = '{actor}', leaf_hash = '{}', root_hash = '{}', signature = '{}' WHERE idx = {index}",
            hex::encode(leaf),
            hex::encode(checkpoint.root),
            hex::encode(signature.to_bytes())
        ));
    }
    statements.push(format!(
        "UPDATE audit_head SET frontier = '{}'",
        frontier.to_text()
    ));
    tamper(&app, backend, &statements).await;

    let run = lers(
        &app,
        &[
            "audit",
            "verify",
            "--since-head",
            &saved.display().to_string(),
        ],
    )
    .await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        !run.stdout.contains("still contains the saved head"),
        "{}",
        run.stdout
    );
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("stored subtree root"),
        "{}",
        run.stdout
    );
    // No proof is built through the stale cache either (entry 0's path passes the
    // node that covered the old entry 3).
    assert!(app.store.audit_proof(0).await.is_err());
    Ok(())
}
