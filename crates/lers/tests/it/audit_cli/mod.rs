//! `lers audit verify | prove | verify-proof` against a real database, before and
//! after someone with raw database access rewrites history.

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Duration;
use lers_store::prelude::*;
use sqlx::Executor;

use crate::both_backends;
use crate::harness::audit_rows::*;
use crate::harness::*;

mod checkpoints;
mod keys;
mod leaf_migration;
mod pieces;
mod search_path;
mod shown;
mod snapshot;
mod tampering;

both_backends!(a_fresh_log_verifies_and_proves_entries_offline,);

pub struct CliRun {
    pub ok: bool,
    pub stdout: String,
}

/// Runs the `lers` binary against the test's database and keys.
pub async fn lers(app: &TestApp, args: &[&str]) -> CliRun {
    lers_with_env(app, &[], args).await
}

/// [`lers`] with extra environment variables (settings).
pub async fn lers_with_env(app: &TestApp, env: &[(&str, &str)], args: &[&str]) -> CliRun {
    lers_against(app, &app.db.url, env, args).await
}

/// [`lers`] against the database at `url` (the app's keys and data directory).
pub async fn lers_against(app: &TestApp, url: &str, env: &[(&str, &str)], args: &[&str]) -> CliRun {
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
        .envs(env.iter().copied())
        .arg("--database-url")
        .arg(url)
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

/// The server's next append is refused: it signs nothing on top of the log as it is.
async fn assert_next_append_refused(app: &TestApp) {
    let next = AuditEvent::new(
        app.clock_now(),
        "acct_next",
        AuditAction::LoginSucceeded,
        Outcome::Success,
    );
    let refused = app.store.record_event(next).await;
    assert!(
        matches!(refused, Err(lers_store::StoreError::AuditHeadUnsigned)),
        "{refused:?}"
    );
}

async fn tamper(app: &TestApp, backend: Backend, statements: &[String]) {
    if backend == Backend::Sqlite {
        let mut conn = app.store.pool().acquire().await.expect("connection");
        conn.execute(
            "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; \
             DROP TRIGGER IF EXISTS audit_nodes_no_update; DROP TRIGGER IF EXISTS audit_nodes_no_delete;",
        )
        .await
        .expect("drop guard");
    }
    unguarded(app, statements).await;
}

/// Runs `statements` with the log's guards off, as someone with raw database access
/// could: on PostgreSQL switched off, then back on, as a forger covering their tracks
/// would leave them (`verify` names a guard left off); on SQLite, once [`tamper`]
/// has dropped them, they stay dropped (`verify` does not read SQLite's triggers).
async fn unguarded(app: &TestApp, statements: &[String]) {
    let postgres = app.db.url.starts_with("postgres");
    let mut conn = app.store.pool().acquire().await.expect("connection");
    if postgres {
        conn.execute(
            "ALTER TABLE audit_log DISABLE TRIGGER USER; ALTER TABLE audit_nodes DISABLE TRIGGER USER;",
        )
        .await
        .expect("guards off");
    }
    for statement in statements {
        conn.execute(statement.as_str()).await.expect("tamper");
    }
    if postgres {
        // Where the statements replaced the table itself there is no guard to switch
        // back on, and nothing to cover.
        let _ = conn
            .execute(
                "ALTER TABLE audit_log ENABLE TRIGGER USER; ALTER TABLE audit_nodes ENABLE TRIGGER USER;",
            )
            .await;
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
