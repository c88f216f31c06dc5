//! `lers requests import`: a legacy queue loads all at once or not at all.

use crate::audit_cli::lers;

use super::*;

crate::both_backends!(a_legacy_queue_imports_whole_or_not_at_all);

fn example_file() -> String {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/legacy-queue.csv"
    )
    .to_owned()
}

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.store.pool())
        .await
        .expect("count")
}

async fn a_legacy_queue_imports_whole_or_not_at_all(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let good = std::fs::read_to_string(example_file())?;
    let accounts_before = count(&app, "accounts").await;

    // One bad line (the third request's channel) refuses the whole file.
    let bad_path = app.dir.path().join("bad.csv");
    std::fs::write(
        &bad_path,
        good.replace(",mlat,user_data,", ",pigeon,user_data,"),
    )?;
    let run = lers(
        &app,
        &["requests", "import", bad_path.to_str().ok_or("path")?],
    )
    .await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stdout.contains("line 4, column channel"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("nothing was imported"),
        "{}",
        run.stdout
    );
    assert_eq!(count(&app, "requests").await, 0);
    assert_eq!(
        count(&app, "accounts").await,
        accounts_before,
        "no requester was made"
    );

    // A dry run checks everything and stores nothing.
    let file = example_file();
    let dry = lers(&app, &["requests", "import", &file, "--dry-run"]).await;
    assert!(dry.ok, "{}", dry.stdout);
    assert!(
        dry.stdout.contains("3 requests in") && dry.stdout.contains("(dry run)"),
        "{}",
        dry.stdout
    );
    assert_eq!(count(&app, "requests").await, 0);
    assert_eq!(count(&app, "request_intake").await, 0);

    let run = lers(&app, &["requests", "import", &file]).await;
    assert!(run.ok, "{}", run.stdout);
    assert!(run.stdout.contains("imported 3 requests"), "{}", run.stdout);
    let rows: Vec<(String, String, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT i.source_id, r.channel, r.received_at, r.due_at, r.reference FROM requests r \
         JOIN request_intake i ON i.request_id = r.id ORDER BY i.source_id",
    )
    .fetch_all(app.store.pool())
    .await?;
    let expected = [
        ("trust-form-0412", "post", "2026-11-02 09:40"),
        ("trust-form-0415", "email", "2026-11-05 16:05"),
        ("trust-form-0419", "mlat", "2026-11-09 11:20"),
    ];
    assert_eq!(rows.len(), 3);
    for ((source, channel, received_at, due_at, reference), (want_source, want_channel, at)) in
        rows.iter().zip(expected)
    {
        assert_eq!(
            (source.as_str(), channel.as_str()),
            (want_source, want_channel)
        );
        assert_eq!(
            *received_at,
            received(at).unix_millis(),
            "{source}: receipt kept"
        );
        assert!(*due_at > *received_at, "{source}: a clock from receipt");
        assert!(reference.as_deref().is_some_and(|r| r.starts_with("LERS-")));
    }
    let (_, _, received_at, due_at, _) = &rows[0];
    assert_eq!(
        *due_at - *received_at,
        DEFAULT_SLA.as_millis(),
        "user data: thirty days from receipt"
    );
    let statuses: Vec<String> = sqlx::query_scalar("SELECT status FROM requests")
        .fetch_all(app.store.pool())
        .await?;
    assert!(statuses.iter().all(|s| s == "submitted"), "{statuses:?}");
    // The requesters had no accounts: each is an external requester now.
    assert_eq!(count(&app, "external_requesters").await, 3);
    assert_eq!(audit_count(&app, "intake.imported").await, 1);

    // The same file again is refused, naming the line; nothing changes.
    let again = lers(&app, &["requests", "import", &file]).await;
    assert!(!again.ok);
    assert!(
        again
            .stdout
            .contains("line 2: source_id trust-form-0412 was already imported"),
        "{}",
        again.stdout
    );
    assert_eq!(count(&app, "requests").await, 3);

    // JSON works the same way, with rows counted from 1.
    let json_path = app.dir.path().join("queue.json");
    let row = serde_json::json!({
        "source_id": "trust-form-0420", "received_at": "2026-11-10T08:00:00Z", "channel": "court_service",
        "kind": "withhold_access", "requester_name": "Lt. Jo Diaz", "requester_email": "ana.ruiz@abilenetx.gov",
        "requester_agency": "Abilene Police Department", "requester_country": "US",
        "title": "Block the account", "description": "Court order to restrict the account.",
        "country": "US", "subdivision": "TX", "issuing_authority": "42nd District Court",
        "legal_process": "court_order", "citation": "2026-CV-118", "targets": "account_id:5512"
    });
    let mut undated = row.clone();
    undated["source_id"] = "trust-form-0421".into();
    undated["received_at"] = "someday".into();
    std::fs::write(&json_path, serde_json::json!([row, undated]).to_string())?;
    let json = lers(
        &app,
        &["requests", "import", json_path.to_str().ok_or("path")?],
    )
    .await;
    assert!(!json.ok);
    assert!(
        json.stdout.contains("line 2, column received_at"),
        "{}",
        json.stdout
    );
    assert_eq!(count(&app, "requests").await, 3);
    std::fs::write(&json_path, serde_json::json!([row]).to_string())?;
    let json = lers(
        &app,
        &["requests", "import", json_path.to_str().ok_or("path")?],
    )
    .await;
    assert!(json.ok, "{}", json.stdout);
    let channel: String = sqlx::query_scalar(
        "SELECT r.channel FROM requests r JOIN request_intake i ON i.request_id = r.id WHERE i.source_id = 'trust-form-0420'",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(channel, "court_service");
    Ok(())
}
