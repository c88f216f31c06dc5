//! Tampered files, the end of availability, retention and unusual access.

use super::*;
use crate::both_backends;

both_backends!(
    tampered_files_are_never_delivered,
    availability_ends_and_retention_shreds,
    unusual_staff_access_raises_an_alert,
    a_download_waits_for_an_audit_log_that_records,
);

/// A download is recorded when its stream ends, so it starts only while the audit
/// log can take entries: with the head row altered outside LERS, nothing is sent.
async fn a_download_waits_for_an_audit_log_that_records(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_, download, data, _, _) = delivered(&app).await?;
    let head = app.break_audit_head().await;
    let refused = app.get(&download).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    // A person must act first: not "again in 5 seconds".
    assert_eq!(retry_after(&refused), Some("300"));
    assert!(refused.text().await?.contains("audit log"));
    // The node says so to its load balancer and monitoring.
    let readiness = reqwest::get(app.url("/readyz")).await?;
    assert_eq!(readiness.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(readiness.text().await?, "audit log unavailable");

    // A head row that is not a tree at all refuses alike.
    sqlx::query("UPDATE audit_head SET frontier = 'not a tree' WHERE id = 1")
        .execute(app.store.pool())
        .await?;
    let readiness = reqwest::get(app.url("/readyz")).await?;
    assert_eq!(readiness.text().await?, "audit log unavailable");
    let refused = app.get(&download).await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);

    app.restore_audit_head(&head).await;
    let readiness = reqwest::get(app.url("/readyz")).await?;
    assert_eq!(readiness.status(), StatusCode::OK);
    let served = app.get(&download).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.bytes().await?.to_vec(), data);
    Ok(())
}

/// A delivered production with one 3-segment file, the requester signed in:
/// (request id, download URL, plaintext, blob path).
pub(crate) async fn delivered(
    app: &TestApp,
) -> TestResult<(String, String, Vec<u8>, String, Person)> {
    let (id, requester, _) = approved_request(app).await?;
    let producer = open_production(app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let data = plaintext(2 * SEGMENT_LEN + 999);
    let stored = producer.upload("mailbox.mbox", &data).await?;
    let file_id = stored["id"].as_str().ok_or("id")?.to_owned();
    let delivered = producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    assert_eq!(delivered.status(), StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(
            &requester.email,
            &requester.password,
            &app.code(&requester.secret),
        )
        .await,
        "/dashboard",
    );
    Ok((
        id.clone(),
        format!("/requests/{id}/productions/{production}/files/{file_id}"),
        data,
        file_id,
        requester,
    ))
}

async fn tampered_files_are_never_delivered(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_, download, data, file_id, _) = delivered(&app).await?;
    let blob = app.dir.path().join("productions").join(&file_id);
    let original = std::fs::read(&blob)?;
    let segment =
        |i: usize| HEADER_LEN + i * SEALED_SEGMENT_LEN..HEADER_LEN + (i + 1) * SEALED_SEGMENT_LEN;

    let mut flipped = original.clone();
    flipped[HEADER_LEN + 3] ^= 1;
    let truncated = original[..segment(1).end].to_vec();
    let mut reordered = original[..HEADER_LEN].to_vec();
    reordered.extend_from_slice(&original[segment(1)]);
    reordered.extend_from_slice(&original[segment(0)]);
    reordered.extend_from_slice(&original[segment(1).end..]);
    for (what, bytes) in [
        ("a changed byte", flipped),
        ("truncation", truncated),
        ("reordering", reordered),
    ] {
        std::fs::write(&blob, &bytes)?;
        let response = app.get(&download).await;
        assert_eq!(
            response.status(),
            StatusCode::INTERNAL_SERVER_ERROR,
            "{what}"
        );
        assert!(
            response
                .text()
                .await?
                .contains("failed its integrity check"),
            "{what}"
        );
    }

    // Damage in a later segment: the good segments arrive, then the transfer breaks
    // off short of its Content-Length — never a wrong byte.
    let mut late = original.clone();
    late[segment(2).start + 1] ^= 1;
    std::fs::write(&blob, &late)?;
    // (When the failure comes before the headers are flushed, the connection closes
    // without a response at all — also a failed download, which is all that matters.)
    let late_download = app.client.get(app.url(&download)).send().await;
    if let Ok(response) = late_download {
        assert_eq!(response.status(), StatusCode::OK);
        let mut received = Vec::new();
        let mut body = response.bytes_stream();
        let mut broke = false;
        while let Some(chunk) = futures::StreamExt::next(&mut body).await {
            match chunk {
                Ok(bytes) => received.extend_from_slice(&bytes),
                Err(_) => broke = true,
            }
        }
        assert!(broke, "the client sees the transfer fail");
        assert!(received.len() < data.len() && data.starts_with(&received));
    }

    std::fs::write(&blob, &original)?;
    assert_eq!(
        app.get(&download).await.bytes().await?.as_ref(),
        data.as_slice()
    );
    let failures = app
        .store
        .audit_records(&AuditQuery {
            action: Some("production.integrity_failed".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert!(failures.total >= 4, "every integrity failure is audited");
    Ok(())
}

async fn availability_ends_and_retention_shreds(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, download, _, file_id, requester) = delivered(&app).await?;
    let blob = app.dir.path().join("productions").join(&file_id);
    assert!(blob.exists());
    app.advance(Duration::days(30));
    // Signed in again (a fresh second factor), but the window is over.
    assert_redirect(
        &app.log_in(
            &requester.email,
            &requester.password,
            &app.code(&requester.secret),
        )
        .await,
        "/dashboard",
    );
    assert_eq!(app.get(&download).await.status(), StatusCode::GONE);
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(html.contains("no longer available for download"));

    assert!(app.state.run_due_jobs("test").await >= 1);
    assert!(!blob.exists(), "blob deleted");
    let owner = app
        .store
        .account_by_email(&requester.email)
        .await?
        .ok_or("owner")?;
    let request = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let production = app.store.productions(&request.summary).await?.remove(0);
    assert_eq!(production.state_name(), "shredded");
    assert!(
        production.files.iter().all(|f| f.wrapped_key.is_none()),
        "keys destroyed"
    );
    let shredded = app
        .store
        .audit_records(&AuditQuery {
            action: Some("production.shredded".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(shredded.total, 1);
    assert_eq!(app.state.run_due_jobs("test").await, 0, "once only");
    assert!(matches!(
        app.get(&download).await.status(),
        StatusCode::GONE | StatusCode::NOT_FOUND
    ));
    Ok(())
}

async fn unusual_staff_access_raises_an_alert(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let pdf = lers_app::sample_pdf("", "warrant");
    assert_eq!(
        app.upload(&id, "warrant.pdf", pdf).await.status(),
        StatusCode::SEE_OTHER
    );
    let submitted = app
        .post_request_form(&id, &request_fields("user_data", None))
        .await;
    assert_eq!(submitted.status(), StatusCode::SEE_OTHER);
    app.log_out().await;
    let (reviewer, _) = app
        .staff("Nosy Parker", "nosy@provider.example", &[Role::Reviewer])
        .await;
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let request = app.request_of("dana@abilenetx.gov", &id).await?;
    let document = app.store.documents(&request.summary).await?.remove(0);
    let path = format!("/staff/requests/{id}/documents/{}", document.id);
    let threshold = app.state.access_alerts.threshold;
    for _ in 0..threshold {
        assert_eq!(reviewer.get(&path).await.status(), StatusCode::OK);
    }
    assert!(!admin
        .get("/staff")
        .await
        .text()
        .await?
        .contains("Nosy Parker"));
    assert_eq!(reviewer.get(&path).await.status(), StatusCode::OK);
    let home = admin.get("/staff").await.text().await?;
    assert!(home.contains("Nosy Parker") && home.contains(&format!("{} times", threshold + 1)));
    let alerts = app.store.open_staff_alerts().await?;
    assert_eq!(alerts.len(), 1);
    let acknowledged = admin
        .submit(
            "/staff",
            &format!("/staff/alerts/{}/acknowledge", alerts[0].id),
            &[],
        )
        .await;
    assert_eq!(acknowledged.status(), StatusCode::SEE_OTHER);
    assert!(app.store.open_staff_alerts().await?.is_empty());
    // A reviewer cannot acknowledge alerts.
    assert!(!reviewer
        .get("/staff")
        .await
        .text()
        .await?
        .contains("Acknowledge"));
    Ok(())
}
