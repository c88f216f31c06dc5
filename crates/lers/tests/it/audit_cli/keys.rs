//! Keys: rotation, pinned audit keys, old logs, and a key holder who rewrites history.

use super::*;
use crate::both_backends;

both_backends!(
    a_proof_forged_with_a_fresh_key_passes_only_without_a_pinned_key,
    a_log_from_before_stored_subtrees_is_filled_in_at_start,
    a_key_holder_who_rewrites_history_is_caught,
);

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
        lers_store::blobs::RegionalStores::single(
            "test-region".into(),
            std::sync::Arc::new(lers_store::blobs::LocalBlobStore::new(
                app.dir.path().join("documents"),
            )?),
        ),
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
        .open(
            &document.blob_key,
            &document.wrapped_key,
            (&document.id, &id),
            document.region.as_deref(),
        )
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
            "UPDATE audit_log SET leaf = {}, leaf_hash = '{}', root_hash = '{}', signature = '{}' WHERE idx = {index}",
            literal(&String::from_utf8_lossy(&event.leaf_bytes(u64::try_from(index)?))),
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
