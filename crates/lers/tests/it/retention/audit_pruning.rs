//! Audit entries past retention lose their content but keep their hashes: `lers audit
//! verify` still recomputes every other leaf and the signed heads and counts the
//! pruned ones, `lers audit prove` names a pruned entry as pruned, and the table's
//! guard still refuses every change except exactly that pruning.

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Duration;
use lers_store::prelude::*;
use sqlx::Executor;

use super::*;
use crate::audit_cli::lers;
use crate::both_backends;
use crate::harness::audit_rows::*;

both_backends!(
    the_audit_log_is_pruned_after_a_year_and_still_verifies,
    the_guard_refuses_every_change_but_the_pruning_one,
    content_written_into_a_pruned_entry_is_found,
);

/// Ten events (entries 1..=10 after the seeding import), then a year and a day.
async fn pruned_log(backend: Backend) -> Option<TestApp> {
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
    app.advance(Duration::days(200));
    tick(&app).await;
    // Six months on, nothing is pruned yet (the default keeps a year).
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE pruned_at IS NOT NULL"
        )
        .await,
        0
    );
    app.advance(Duration::days(166));
    tick(&app).await;
    Some(app)
}

async fn the_audit_log_is_pruned_after_a_year_and_still_verifies(backend: Backend) -> TestResult {
    let Some(app) = pruned_log(backend).await else {
        return Ok(());
    };
    // The 11 old entries lost actor, subject, address and details; the sweep's own
    // entry (index 11) says how many.
    let row: (String, Option<String>, Option<String>, String, String) =
        sqlx::query_as("SELECT actor, subject, ip, details, action FROM audit_log WHERE idx = 4")
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(
        row,
        (
            "pruned".into(),
            None,
            None,
            "{}".into(),
            "login.succeeded".into()
        )
    );
    let details: String = sqlx::query_scalar(
        "SELECT details FROM audit_log WHERE action = 'retention.purged' AND subject = 'audit'",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert!(details.contains("\"entries_pruned\":11"), "{details}");

    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "{}", run.stdout);
    assert!(
        run.stdout.contains("audit log OK: 12 entries (11 pruned"),
        "{}",
        run.stdout
    );

    // A pruned entry cannot be proved (its content is gone); a kept one still can.
    let run = lers(&app, &["audit", "prove", "4"]).await;
    assert!(!run.ok);
    assert!(run.stdout.contains("entry 4 was pruned"), "{}", run.stdout);
    let run = lers(&app, &["audit", "prove", "11"]).await;
    assert!(run.ok, "{}", run.stdout);

    // Tampering with what is left is still found: a kept entry, and a pruned one's hash.
    tamper(
        &app,
        backend,
        &replace_in_leaf(11, r#""details":{"#, r#""details":{"entries_pruned":1,"#),
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("entry 11 was altered"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// Switches the guard off as someone with raw database access could, then runs `sql`.
async fn tamper(app: &TestApp, backend: Backend, sql: &str) {
    let unguard = match backend {
        Backend::Sqlite => "DROP TRIGGER IF EXISTS audit_log_no_update",
        Backend::Postgres => "ALTER TABLE audit_log DISABLE TRIGGER USER",
    };
    let mut conn = app.store.pool().acquire().await.expect("connection");
    conn.execute(unguard).await.expect("drop guard");
    conn.execute(sql).await.expect("tamper");
    if backend == Backend::Postgres {
        // On again, as a forger covering their tracks would leave it.
        conn.execute("ALTER TABLE audit_log ENABLE TRIGGER USER")
            .await
            .expect("guard back on");
    }
}

/// Entry `index` pruned, with `from` replaced by `to` in what pruning leaves.
fn pruned_as(index: i64, from: &str, to: &str) -> String {
    format!(
        "UPDATE audit_log SET leaf = replace({PRUNED_LEAF}, {}, {}), pruned_at = 1 WHERE idx = {index}",
        literal(from),
        literal(to)
    )
}

async fn the_guard_refuses_every_change_but_the_pruning_one(backend: Backend) -> TestResult {
    let Some(app) = pruned_log(backend).await else {
        return Ok(());
    };
    let prune = |extra: &str, idx: i64| {
        format!("UPDATE audit_log SET leaf = {PRUNED_LEAF}, pruned_at = 1{extra} WHERE idx = {idx}")
    };
    let refused = [
        replace_in_leaf(11, r#""actor":""#, r#""actor":"acct_someone"#),
        replace_in_leaf(11, r#""details":{"#, r#""details":{"n":1,"#),
        prune(", leaf_hash = 'ab'", 11),
        prune(", root_hash = 'ab'", 11),
        pruned_as(11, r#""action":""#, r#""action":"account.login_failed"#),
        pruned_as(11, r#""at":"#, r#""at":0,"at0":"#),
        pruned_as(11, r#""details":{}"#, r#""details":{"kept":1}"#),
        "UPDATE audit_log SET pruned_at = NULL WHERE idx = 4".to_owned(),
        prune("", 4),
        "DELETE FROM audit_log WHERE idx = 4".to_owned(),
    ];
    for sql in &refused {
        let result = sqlx::query(sql).execute(app.store.pool()).await;
        let message = result.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains("append-only"),
            "{sql} must be refused: {message}"
        );
    }
    // Exactly the pruning update passes the guard, once; but entry 11 was written
    // today, and LERS never prunes content younger than 183 days: `verify` names the
    // wiped entry (someone with the application's own database rights did it).
    sqlx::query(&prune("", 11))
        .execute(app.store.pool())
        .await?;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("entry 11 had its content removed"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// With the guard off, an entry marked pruned could carry any content, as no hash
/// covers it; `verify` accepts only the exact form the purge leaves.
async fn content_written_into_a_pruned_entry_is_found(backend: Backend) -> TestResult {
    let Some(app) = pruned_log(backend).await else {
        return Ok(());
    };
    let forged = [
        replace_in_leaf(4, r#""actor":"pruned""#, r#""actor":"acct_someone""#),
        replace_in_leaf(4, r#""subject":null"#, r#""subject":"req_1""#),
        replace_in_leaf(4, r#""ip":null"#, r#""ip":"192.0.2.9""#),
        replace_in_leaf(4, r#""details":{}"#, r#""details":{"n":4}"#),
    ];
    let restore = format!("UPDATE audit_log SET leaf = {PRUNED_LEAF} WHERE idx = 4");
    for sql in &forged {
        tamper(&app, backend, sql).await;
        let run = lers(&app, &["audit", "verify"]).await;
        assert!(
            !run.ok
                && run
                    .stdout
                    .contains("entry 4 was altered: it is marked pruned"),
            "{sql}: {}",
            run.stdout
        );
        tamper(&app, backend, &restore).await;
    }
    // Put back exactly as pruned, the log verifies again.
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "{}", run.stdout);

    // The newest entry (the sweep's own) wiped as if pruned, and a pruned row's time,
    // which no hash covers, moved a year on so that it looks old enough: only times
    // the hashes vouch for date the pruning.
    tamper(
        &app,
        backend,
        &format!("UPDATE audit_log SET leaf = {PRUNED_LEAF}, pruned_at = 1 WHERE idx = 11"),
    )
    .await;
    let later = Duration::days(600).as_millis();
    tamper(
        &app,
        backend,
        &format!(
            "UPDATE audit_log SET leaf = replace(leaf, '\"at\":' || at || ',', '\"at\":' || (at + {later}) || ',') WHERE idx = 4"
        ),
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok && run.stdout.contains("entry 11 had its content removed"),
        "{}",
        run.stdout
    );
    Ok(())
}
