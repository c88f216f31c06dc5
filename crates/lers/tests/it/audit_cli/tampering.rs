//! Every kind of tampering with stored rows is named.

use super::*;
use crate::both_backends;

both_backends!(
    a_saved_head_exposes_a_rewritten_tail,
    an_altered_row_is_named,
    details_with_a_duplicate_key_are_named,
    a_re_hashed_row_is_caught_by_the_signed_heads,
    a_rebuilt_tree_is_never_signed_over,
    a_server_with_another_audit_key_records_nothing,
    a_deleted_row_is_named,
    swapped_rows_are_named,
    a_truncated_tail_is_noticed,
    a_deleted_head_row_is_named,
    the_database_refuses_plain_updates,
);

/// The head row is created with the log and only updated: a log without it was
/// tampered with, and `verify` says so rather than reading it as an empty head.
async fn a_deleted_head_row_is_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(&app, backend, &["DELETE FROM audit_head".into()]).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stdout.contains("head row (audit_head) is gone"),
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
        &[replace_in_leaf(
            4,
            r#""outcome":"success""#,
            r#""outcome":"failure""#,
        )],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(run.stdout.contains("BROKEN at entry 4"), "{}", run.stdout);
    Ok(())
}

/// Leaf data that parses to the stored value but is not what was written (a
/// duplicate key: a reader of the raw text may see the first `n`, a JSON parser the
/// last) is altered leaf data like any other.
async fn details_with_a_duplicate_key_are_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(
        &app,
        backend,
        &[replace_in_leaf(4, r#""details":{"#, r#""details":{"n":0,"#)],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stdout.contains("BROKEN at entry 4")
            && run.stdout.contains("does not match its leaf hash"),
        "{}",
        run.stdout
    );
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
    tamper(&app, backend, &[forged_entry(5, &forged).0]).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok);
    assert!(
        run.stdout.contains("BROKEN at entry 5") && run.stdout.contains("signed tree head"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// A forger who re-hashes an entry and rebuilds every stored subtree root and the head
/// row leaves only the signed heads after it to tell. The server must not sign the
/// forged tree with the real key at its next append (attack review, 5 December 2026):
/// it refuses to record anything, and `verify` names the entry.
async fn a_rebuilt_tree_is_never_signed_over(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let pool = app.store.pool();
    let stored: Vec<(i64, String)> =
        sqlx::query_as("SELECT idx, leaf_hash FROM audit_log ORDER BY idx")
            .fetch_all(pool)
            .await?;
    let forged = AuditEvent::new(
        app.clock_now(),
        "acct_innocent",
        AuditAction::LoginSucceeded,
        Outcome::Success,
    );
    let (forge, forged_leaf) = forged_entry(5, &forged);
    let mut tree = lers_domain::audit_tree::Frontier::new();
    let mut statements = vec![forge, "DELETE FROM audit_nodes".to_owned()];
    for (index, leaf) in &stored {
        let leaf = if *index == 5 {
            forged_leaf
        } else {
            <[u8; 32]>::try_from(hex::decode(leaf)?).map_err(|_| "a stored leaf hash")?
        };
        for (id, hash) in tree.push_completing(leaf)? {
            statements.push(format!(
                "INSERT INTO audit_nodes (level, idx, hash) VALUES ({}, {}, '{}')",
                id.level,
                id.index,
                hex::encode(hash)
            ));
        }
    }
    statements.push(format!(
        "UPDATE audit_head SET frontier = '{}'",
        tree.to_text()
    ));
    tamper(&app, backend, &statements).await;

    assert_next_append_refused(&app).await;
    let entries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(pool)
        .await?;
    assert_eq!(usize::try_from(entries)?, stored.len(), "nothing appended");
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("signed tree head"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// A server started with another key directory (a wrong `--key-dir`, a restore
/// without its keys) must not sign on top of a log it did not sign, and says that
/// the key, not necessarily the log, is what does not fit.
async fn a_server_with_another_audit_key_records_nothing(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let other_dir = tempfile::tempdir()?;
    let other_keys = lers_store::keys::KeyRing::load_or_create(other_dir.path())?;
    let other = lers_store::connect(&app.db.url, other_keys).await?;
    let event = |actor: &str| {
        AuditEvent::new(
            app.clock_now(),
            actor,
            AuditAction::LoginSucceeded,
            Outcome::Success,
        )
    };
    let refused = other.record_event(event("acct_other")).await;
    assert!(
        matches!(refused, Err(lers_store::StoreError::AuditKeyMismatch)),
        "{refused:?}"
    );
    // The log's own server goes on recording.
    app.store.record_event(event("acct_own")).await?;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        run.ok && run.stdout.contains("12 entries"),
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
    let refused = conn.execute(replace_in_leaf(1, "acct", "x").as_str()).await;
    assert!(refused.is_err_and(|e| e.to_string().contains("append-only")));
    // The shown columns are the database's reading of the leaf data.
    let refused = conn
        .execute("UPDATE audit_log SET actor = 'x' WHERE idx = 1")
        .await;
    assert!(
        refused.is_err_and(|e| {
            let message = e.to_string();
            message.contains("generated column") || message.contains("only be updated to DEFAULT")
        }),
        "the shown columns are read-only"
    );
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
