//! Logs in the checkpoint format (issue 16): entries whose `root_hash` and `signature`
//! are empty are not checkpoints, the last entry always is. The verifier still
//! recomputes every leaf, names altered, deleted and inserted entries and forged
//! checkpoints, and still accepts a log where every entry is signed.

use super::*;
use crate::both_backends;
use lers_domain::audit_tree::{Frontier, Hash};

both_backends!(
    a_log_with_unsigned_entries_verifies_and_proves,
    an_altered_entry_between_checkpoints_is_named,
    a_deleted_entry_between_checkpoints_is_named,
    a_re_hashed_entry_is_caught_at_the_next_checkpoint,
    a_forged_checkpoint_is_named,
    an_unsigned_entry_appended_at_the_end_is_refused,
);

/// Entries 1–10 after the seed; these lose their signed heads, as the writer leaves
/// every entry but the last of a transaction (5 and 10 stay checkpoints).
const UNSIGNED: &str = "idx IN (1, 2, 3, 4, 6, 7, 8, 9)";

async fn checkpointed(backend: Backend) -> Option<TestApp> {
    let app = app_with_events(backend).await?;
    tamper(
        &app,
        backend,
        &[format!(
            "UPDATE audit_log SET root_hash = '', signature = '' WHERE {UNSIGNED}"
        )],
    )
    .await;
    Some(app)
}

/// The stored leaf hashes of entries `0..size`.
async fn leaves(
    app: &TestApp,
    size: i64,
) -> Result<Vec<Hash>, Box<dyn std::error::Error + Send + Sync>> {
    let texts: Vec<String> =
        sqlx::query_scalar("SELECT leaf_hash FROM audit_log WHERE idx < $1 ORDER BY idx")
            .bind(size)
            .fetch_all(app.store.pool())
            .await?;
    texts
        .iter()
        .map(|t| Ok(<[u8; 32]>::try_from(hex::decode(t)?).map_err(|_| "leaf")?))
        .collect()
}

async fn a_log_with_unsigned_entries_verifies_and_proves(backend: Backend) -> TestResult {
    let Some(app) = checkpointed(backend).await else {
        return Ok(());
    };
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "{}", run.stdout);
    assert!(
        run.stdout.contains("audit log OK: 11 entries") && run.stdout.contains("events/s"),
        "{}",
        run.stdout
    );
    // Entry 0 (the seed), 5 and 10 are checkpoints; with every signature checked, 3.
    let run = lers(&app, &["audit", "verify", "--every-signature"]).await;
    assert!(
        run.ok
            && run
                .stdout
                .contains("3 checkpoints, 3 roots compared, 3 signatures checked"),
        "{}",
        run.stdout
    );
    // A proof of an unsigned entry leads to the last signed head.
    let run = lers(&app, &["audit", "prove", "7"]).await;
    assert!(run.ok, "{}", run.stdout);
    let proof: serde_json::Value = serde_json::from_str(&run.stdout)?;
    assert_eq!(proof["tree_size"], 11);
    let report = app
        .store
        .audit_verify(&app.store.audit_public_key())
        .await?;
    assert_eq!((report.entries, report.checkpoints), (11, 3));
    assert!(report.problem.is_none());
    Ok(())
}

async fn an_altered_entry_between_checkpoints_is_named(backend: Backend) -> TestResult {
    let Some(app) = checkpointed(backend).await else {
        return Ok(());
    };
    unguarded(
        &app,
        &[replace_in_leaf(
            3,
            r#""details":{"n":"#,
            r#""details":{"m":"#,
        )],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("BROKEN at entry 3") && run.stdout.contains("altered"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn a_deleted_entry_between_checkpoints_is_named(backend: Backend) -> TestResult {
    let Some(app) = checkpointed(backend).await else {
        return Ok(());
    };
    unguarded(&app, &["DELETE FROM audit_log WHERE idx = 7".into()]).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("BROKEN at entry 7") && run.stdout.contains("missing"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn a_re_hashed_entry_is_caught_at_the_next_checkpoint(backend: Backend) -> TestResult {
    let Some(app) = checkpointed(backend).await else {
        return Ok(());
    };
    // The forger rewrites entry 3 and its leaf hash; entry 3 has no tree head of its
    // own, so the next checkpoint (5) cannot follow without the key.
    let forged = AuditEvent::new(
        app.clock_now(),
        "acct_innocent",
        AuditAction::LoginSucceeded,
        Outcome::Success,
    );
    unguarded(&app, &[forged_entry(3, &forged).0]).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok
            && run.stdout.contains("BROKEN at entry 5")
            && run.stdout.contains("signed tree head"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn a_forged_checkpoint_is_named(backend: Backend) -> TestResult {
    let Some(app) = checkpointed(backend).await else {
        return Ok(());
    };
    // A made-up head on entry 7: the root of 6 entries does not fit 8.
    let mut frontier = Frontier::new();
    for leaf in leaves(&app, 6).await? {
        frontier.push(leaf);
    }
    let wrong = hex::encode(frontier.root());
    let signature: String = sqlx::query_scalar("SELECT signature FROM audit_log WHERE idx = 5")
        .fetch_one(app.store.pool())
        .await?;
    unguarded(
        &app,
        &[format!(
            "UPDATE audit_log SET root_hash = '{wrong}', signature = '{signature}' WHERE idx = 7"
        )],
    )
    .await;
    // Every entry is intact, so only a check of that head sees it.
    let run = lers(&app, &["audit", "verify", "--every-root"]).await;
    assert!(
        !run.ok
            && run.stdout.contains("BROKEN at entry 7")
            && run.stdout.contains("signed tree head"),
        "{}",
        run.stdout
    );

    // The right root on entry 8 with a signature that is not over it: every
    // signature checked names it.
    let mut frontier = Frontier::new();
    for leaf in leaves(&app, 9).await? {
        frontier.push(leaf);
    }
    unguarded(
        &app,
        &[
            "UPDATE audit_log SET root_hash = '', signature = '' WHERE idx = 7".into(),
            format!(
                "UPDATE audit_log SET root_hash = '{}', signature = '{signature}' WHERE idx = 8",
                hex::encode(frontier.root())
            ),
        ],
    )
    .await;
    let run = lers(&app, &["audit", "verify", "--every-signature"]).await;
    assert!(
        !run.ok && run.stdout.contains("BROKEN at entry 8") && run.stdout.contains("signature"),
        "{}",
        run.stdout
    );
    // Half a checkpoint (a root without a signature) is refused too.
    unguarded(
        &app,
        &["UPDATE audit_log SET signature = '' WHERE idx = 8".into()],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("BROKEN at entry 8"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn an_unsigned_entry_appended_at_the_end_is_refused(backend: Backend) -> TestResult {
    let Some(app) = checkpointed(backend).await else {
        return Ok(());
    };
    // Someone without the key appends entry 11 with a correct leaf hash, the subtree
    // roots it completes and a matching head row: only the missing signature shows.
    let event = AuditEvent::new(
        app.clock_now(),
        "acct_ghost",
        AuditAction::LoginSucceeded,
        Outcome::Success,
    );
    let leaf = lers_domain::audit_tree::leaf_hash(&event.leaf_bytes(11));
    let mut frontier = Frontier::new();
    for old in leaves(&app, 11).await? {
        frontier.push(old);
    }
    let completed = frontier.push_completing(leaf)?;
    let mut statements = vec![format!(
        "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature) VALUES (11, {}, '{}', '', '')",
        literal(&String::from_utf8_lossy(&event.leaf_bytes(11))),
        hex::encode(leaf)
    )];
    for (id, hash) in completed {
        statements.push(format!(
            "INSERT INTO audit_nodes (level, idx, hash) VALUES ({}, {}, '{}')",
            id.level,
            id.index,
            hex::encode(hash)
        ));
    }
    statements.push(format!(
        "UPDATE audit_head SET frontier = '{}'",
        frontier.to_text()
    ));
    unguarded(&app, &statements).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok
            && run.stdout.contains("BROKEN at entry 11")
            && run.stdout.contains("no signed tree head"),
        "{}",
        run.stdout
    );
    // Nor does the server sign over it at its next append, which would hide it.
    assert_next_append_refused(&app).await;
    Ok(())
}
