//! Concurrent writers share durable commits: every writer that was answered is stored,
//! a writer that fails takes nothing of the others with it, the audit log ends in a
//! signed checkpoint and verifies, and concurrent submissions get gapless references.

use std::collections::BTreeSet;

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::{Clock, Duration};
use lers_store::{prelude::*, tokens, Ctx, TokenScope};
use serde_json::{json, Value};

use crate::both_backends;
use crate::harness::*;

both_backends!(
    a_failing_writer_loses_only_its_own_work,
    concurrent_api_submissions_are_all_stored_with_gapless_references,
);

const WRITERS: usize = 40;

async fn a_failing_writer_loses_only_its_own_work(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("system@abilenetx.gov").await;
    let owner = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("the requester exists")?;
    let ctx = Ctx {
        at: app.clock.now(),
        actor: owner.pseudonym.clone(),
        ip: None,
    };
    let duplicate = tokens::hash("lers_pat_the_same_token_every_time");
    let entries_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(app.store.pool())
        .await?;
    // Writers that succeed, interleaved with writers that fail inside their
    // transaction (the token is unique: all but one insert of it fail).
    let mut writers = Vec::new();
    for i in 0..WRITERS {
        let (store, owner, ctx, duplicate) = (
            app.store.clone(),
            owner.clone(),
            ctx.clone(),
            duplicate.clone(),
        );
        writers.push(tokio::spawn(async move {
            if i % 2 == 0 {
                let event = AuditEvent::new(
                    ctx.at,
                    ctx.actor.clone(),
                    AuditAction::AccessDenied,
                    Outcome::Denied,
                )
                .details(json!({"writer": i}));
                store.record_event(event).await.is_ok()
            } else {
                store
                    .create_api_token(
                        &owner,
                        &format!("token {i}"),
                        &[TokenScope::Read],
                        &duplicate,
                        ctx.at.plus(Duration::days(30)),
                        &ctx,
                    )
                    .await
                    .is_ok()
            }
        }));
    }
    let mut succeeded = 0;
    let mut tokens_created = 0;
    for (i, writer) in writers.into_iter().enumerate() {
        if writer.await? {
            succeeded += 1;
            tokens_created += i % 2;
        }
    }
    assert_eq!(tokens_created, 1, "the token was created exactly once");
    assert_eq!(succeeded, WRITERS / 2 + 1, "every other writer succeeded");
    let denied: Vec<String> = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'access.denied' ORDER BY idx",
    )
    .fetch_all(app.store.pool())
    .await?;
    let writers_seen: BTreeSet<u64> = denied
        .iter()
        .filter_map(|d| serde_json::from_str::<Value>(d).ok()?["writer"].as_u64())
        .collect();
    let expected: BTreeSet<u64> = (0..WRITERS as u64).step_by(2).collect();
    assert_eq!(writers_seen, expected, "every answered writer is stored");
    let entries_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(app.store.pool())
        .await?;
    // Each successful writer appended one entry (the token's creation audits once).
    assert_eq!(entries_after - entries_before, i64::try_from(succeeded)?);
    let stored_tokens: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM api_tokens WHERE token_hash = $1")
            .bind(&duplicate)
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(stored_tokens, 1);
    // The newest entry is a signed checkpoint, and the whole log verifies.
    let head = app.store.audit_head().await?.ok_or("a head")?;
    assert!(!head.signature.is_empty() && !head.root.is_empty());
    let report = app
        .store
        .audit_verify(&app.store.audit_public_key())
        .await?;
    assert_eq!(report.problem, None);
    assert_eq!(report.entries, u64::try_from(entries_after)?);
    Ok(())
}

async fn concurrent_api_submissions_are_all_stored_with_gapless_references(
    backend: Backend,
) -> TestResult {
    // Every writer admitted at once: this is about commits, not load shedding, which
    // under a busy machine answers some of them 503 after its short queue deadline.
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_api = WRITERS;
    })
    .await
    else {
        return Ok(());
    };
    let person = app.sign_up("system@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let mut clients = Vec::new();
    for n in 0..WRITERS {
        let request = app
            .api(reqwest::Method::POST, "/api/v1/requests", &token)
            .json(&api_preservation(&format!("Concurrent {n}"), n));
        clients.push(tokio::spawn(async move {
            let response = request.send().await.ok()?;
            (response.status() == reqwest::StatusCode::CREATED).then_some(())?;
            response.json::<Value>().await.ok()
        }));
    }
    let mut references = BTreeSet::new();
    for client in clients {
        let body = client.await?.ok_or("a submission was not acknowledged")?;
        assert_eq!(body["status"], "submitted");
        assert_eq!(body["timeline"].as_array().map(Vec::len), Some(2), "{body}");
        references.insert(body["reference"].as_str().unwrap_or_default().to_owned());
    }
    // Gapless and unique: LERS-YYYY-000001 … 000040.
    let numbers: Vec<u32> = references
        .iter()
        .filter_map(|r| r.rsplit('-').next()?.parse().ok())
        .collect();
    assert_eq!(numbers, (1..=WRITERS as u32).collect::<Vec<_>>());
    // Each filing wrote its three audit entries. A signed checkpoint ends every
    // commit: on PostgreSQL each filing's own transaction, on SQLite each shared
    // commit, which signs once for all its writers (so at most one per filing, and
    // fewer when filings shared one). Draft entries are never the last of a commit.
    let checkpoints: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'request.submitted' AND signature <> ''",
    )
    .fetch_one(app.store.pool())
    .await?;
    let newest: String =
        sqlx::query_scalar("SELECT signature FROM audit_log ORDER BY idx DESC LIMIT 1")
            .fetch_one(app.store.pool())
            .await?;
    let unsigned_drafts: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'request.draft_created' AND signature = ''",
    )
    .fetch_one(app.store.pool())
    .await?;
    let filings = i64::try_from(WRITERS)?;
    match backend {
        Backend::Postgres => assert_eq!(checkpoints, filings),
        Backend::Sqlite => assert!(
            (1..=filings).contains(&checkpoints),
            "{checkpoints} checkpoints for {filings} filings"
        ),
    }
    assert!(!newest.is_empty(), "the log ends in a signed checkpoint");
    assert_eq!(unsigned_drafts, filings);
    let report = app
        .store
        .audit_verify(&app.store.audit_public_key())
        .await?;
    assert_eq!(report.problem, None);
    Ok(())
}
