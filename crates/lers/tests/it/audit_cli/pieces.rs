//! `verify` reads and checks a long log in pieces of 8,192 entries side by side and
//! joins them in order (issue 16 §3). A log of three pieces, written as the writer
//! lays it out, verifies with every tree head compared and with a sample of them;
//! each alteration — inside a piece, on a piece's edge, in the subtree roots above the pieces, a row below the
//! first — is named at the right entry, and the log verifies again once it is undone.

use super::*;
use crate::both_backends;

#[path = "../../../benches/support/synthetic_audit.rs"]
mod synthetic_audit;

both_backends!(a_log_of_many_pieces_verifies_and_names_each_alteration,);

/// Two full pieces and part of a third: the subtree root at level 14 spans the first
/// two and is completed by the last entry of the second.
const ENTRIES: u64 = 2 * 8_192 + 100;

async fn a_log_of_many_pieces_verifies_and_names_each_alteration(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let pool = app.store.pool();
    let head: String = sqlx::query_scalar("SELECT frontier FROM audit_head WHERE id = 1")
        .fetch_one(pool)
        .await?;
    let written = lers_domain::audit_tree::Frontier::from_text(&head)?.size();
    let keys = lers_store::keys::KeyRing::load_or_create(&app.key_dir())?;
    let size = synthetic_audit::append(
        pool,
        &keys.audit_signing,
        app.clock_now(),
        ENTRIES - written,
    )
    .await?;
    assert_eq!(size, ENTRIES);

    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        run.ok
            && run
                .stdout
                .contains(&format!("audit log OK: {ENTRIES} entries")),
        "{}",
        run.stdout
    );
    let every = app
        .store
        .audit_verify_with(
            &app.store.audit_public_key(),
            lers_store::Checkpoints::Every,
        )
        .await?;
    let signed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE signature <> ''")
        .fetch_one(pool)
        .await?;
    assert_eq!(every.problem, None);
    assert_eq!(every.entries, ENTRIES);
    assert_eq!(every.checkpoints, u64::try_from(signed)?);
    assert_eq!(every.signatures_checked, every.checkpoints);
    let head = app.store.audit_head().await?.ok_or("a signed head")?;
    assert_eq!(every.root, head.root, "the joined tree is the written one");
    // By default a sample of the heads (and the last) is checked, each root and
    // signature together.
    let sampled = app
        .store
        .audit_verify(&app.store.audit_public_key())
        .await?;
    assert_eq!(sampled.problem, None);
    assert_eq!(sampled.checkpoints, every.checkpoints);
    assert!(
        // The last and, with ~7,000 checkpoints at 1 in 512, some others: none of
        // them with probability about one in a million.
        (2..every.checkpoints / 8).contains(&sampled.roots_compared),
        "{} of {} roots compared",
        sampled.roots_compared,
        every.checkpoints
    );
    assert_eq!(sampled.signatures_checked, sampled.roots_compared);

    tamper(&app, backend, &[]).await;
    let node = |level: u32, index: u64| {
        format!("SELECT hash FROM audit_nodes WHERE level = {level} AND idx = {index}")
    };
    let above: String = sqlx::query_scalar(&node(14, 0)).fetch_one(pool).await?;
    let inside: String = sqlx::query_scalar(&node(3, 1100)).fetch_one(pool).await?;
    let actor: String = sqlx::query_scalar("SELECT actor FROM audit_log WHERE idx = 9001")
        .fetch_one(pool)
        .await?;
    // A checkpoint of the third piece, not the last, given the head of the one before.
    let heads: Vec<(i64, String)> = sqlx::query_as(
        "SELECT idx, root_hash FROM audit_log WHERE idx >= 16384 AND signature <> '' ORDER BY idx LIMIT 2",
    )
    .fetch_all(pool)
    .await?;
    let [(earlier, earlier_root), (forged, forged_root)] = heads.as_slice() else {
        return Err("two checkpoints in the third piece".into());
    };
    let zeros = "0".repeat(64);
    let forged_at = format!("BROKEN at entry {forged}");
    let cases = [
        (
            format!("UPDATE audit_nodes SET hash = '{zeros}' WHERE level = 14 AND idx = 0"),
            format!("UPDATE audit_nodes SET hash = '{above}' WHERE level = 14 AND idx = 0"),
            vec!["BROKEN at entry 16383", "level 14 index 0"],
        ),
        (
            format!("UPDATE audit_nodes SET hash = '{zeros}' WHERE level = 3 AND idx = 1100"),
            format!("UPDATE audit_nodes SET hash = '{inside}' WHERE level = 3 AND idx = 1100"),
            vec!["BROKEN at entry 8807", "level 3 index 1100"],
        ),
        (
            replace_in_leaf(
                9001,
                &format!(r#""actor":"{actor}""#),
                r#""actor":"acct_innocent""#,
            ),
            replace_in_leaf(
                9001,
                r#""actor":"acct_innocent""#,
                &format!(r#""actor":"{actor}""#),
            ),
            vec!["BROKEN at entry 9001", "was altered"],
        ),
        // A head with the wrong root but every entry intact: only a check of that
        // head sees it, so every root is compared.
        (
            format!("UPDATE audit_log SET root_hash = '{earlier_root}' WHERE idx = {forged}"),
            format!("UPDATE audit_log SET root_hash = '{forged_root}' WHERE idx = {forged}"),
            vec![forged_at.as_str(), "signed tree head", "--every-root"],
        ),
        (
            "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature) \
             SELECT -1, leaf, leaf_hash, '', '' FROM audit_log WHERE idx = 5"
                .to_owned(),
            "DELETE FROM audit_log WHERE idx = -1".to_owned(),
            vec!["BROKEN at entry 0", "the next stored entry is -1"],
        ),
    ];
    assert!(earlier < forged);
    for (alter, undo, mut named) in cases {
        let mut args = vec!["audit", "verify"];
        if named.last() == Some(&"--every-root") {
            args.extend(named.pop());
        }
        execute(&app, &alter).await;
        let run = lers(&app, &args).await;
        assert!(
            !run.ok && named.iter().all(|part| run.stdout.contains(part)),
            "{alter}: {}",
            run.stdout
        );
        execute(&app, &undo).await;
        let run = lers(&app, &["audit", "verify"]).await;
        assert!(run.ok, "after undoing {alter}: {}", run.stdout);
    }

    // A second copy of the first piece's last entry, once the key that forbids it is
    // dropped (SQLite's index is the rowid itself): each piece alone reads a whole
    // log, so only the row after the first piece shows it.
    if backend == Backend::Postgres {
        execute(&app, "ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey").await;
        execute(
            &app,
            "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature, pruned_at) \
             SELECT idx, leaf, leaf_hash, root_hash, signature, pruned_at FROM audit_log WHERE idx = 8191",
        )
        .await;
        let run = lers(&app, &["audit", "verify"]).await;
        assert!(
            !run.ok
                && run.stdout.contains("BROKEN at entry 8191")
                && run.stdout.contains("stored twice"),
            "{}",
            run.stdout
        );
    }

    // The last entry of the first piece deleted: the second piece starts on a gap.
    execute(&app, "DELETE FROM audit_log WHERE idx = 8191").await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok
            && run.stdout.contains("BROKEN at entry 8191")
            && run.stdout.contains("the next stored entry is 8192"),
        "{}",
        run.stdout
    );
    Ok(())
}

async fn execute(app: &TestApp, statement: &str) {
    unguarded(app, &[statement.to_owned()]).await;
}
