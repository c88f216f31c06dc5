//! The ZIP export: asked with a fresh code, built by the job (also after a crash),
//! sealed at rest, streamed back, audited, expired.

use futures::StreamExt;
use lers_app::services::data_export::EXPORT_FILES;
use lers_domain::jobs::{DataExportJob, JobKind};

use super::*;
use crate::both_backends;

both_backends!(
    the_export_needs_a_step_up_is_built_by_the_job_sealed_and_audited,
    a_build_cut_off_by_a_crash_resumes_and_finishes_once,
    a_large_account_is_exported_and_streamed_in_segments,
);

async fn the_export_needs_a_step_up_is_built_by_the_job_sealed_and_audited(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "export.me@abilenetx.gov";
    let (person, me, _, reference) = requester_with_history(&app, email, "EXPORTED-MESSAGE").await;
    // No code, a wrong code: nothing is asked for, and the wrong code is a failed logon.
    for code in ["", "000000"] {
        let refused = app
            .submit("/account/data", "/account/data/export", &[("code", code)])
            .await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    assert!(records(&app, "data_export.requested").await.is_empty());
    assert!(!records(&app, "login.failed").await.is_empty());

    let id = export_now(&app, &person).await;
    let requested = records(&app, "data_export.requested").await;
    assert_eq!(requested.len(), 1);
    assert_eq!(requested[0].subject.as_deref(), Some(me.pseudonym.as_str()));
    let built = records(&app, "data_export.built").await;
    assert_eq!(built.len(), 1);
    assert_eq!(built[0].details["files"], EXPORT_FILES.len());

    // Sealed at rest: the stored blob is neither a ZIP nor readable.
    let export = app.store.own_data_export(&me, &id).await?.ok_or("export")?;
    let sealed = export.sealed.clone().ok_or("sealed")?;
    let blob = std::fs::read(app.dir.path().join("exports").join(&sealed.blob_key))?;
    assert!(!blob.starts_with(b"PK"), "not a plaintext ZIP");
    assert!(!String::from_utf8_lossy(&blob).contains(email));
    let staging = app.dir.path().join("staging").join("exports");
    assert_eq!(
        std::fs::read_dir(&staging)?.count(),
        0,
        "no plaintext left in staging"
    );

    // The download, streamed and complete.
    let response = app.get(&format!("/account/data/exports/{id}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"].to_str()?,
        "application/zip"
    );
    let bytes = response.bytes().await?;
    assert_eq!(Some(bytes.len() as u64), export.size);
    let files = unzip(&bytes);
    assert_eq!(
        files
            .keys()
            .cloned()
            .collect::<std::collections::BTreeSet<_>>(),
        EXPORT_FILES.iter().map(|f| f.to_string()).collect()
    );
    let profile: serde_json::Value = serde_json::from_str(&files["profile.json"])?;
    assert_eq!(profile["email"], email);
    assert_eq!(profile["pseudonym"], me.pseudonym);
    assert_eq!(profile["agency"], "Abilene Police Department");
    let requests: serde_json::Value = serde_json::from_str(&files["requests.json"])?;
    assert_eq!(requests[0]["reference"], reference.as_str());
    assert_eq!(requests[0]["relation"], "owner");
    assert!(
        requests[0]["content"]["title"].is_string(),
        "the request as filed"
    );
    assert!(files["requests.csv"].starts_with("id,reference,kind,status,title"));
    assert!(files["requests.csv"].contains(&reference));
    assert!(files["messages.csv"].contains("EXPORTED-MESSAGE"));
    let tokens: serde_json::Value = serde_json::from_str(&files["api_tokens.json"])?;
    assert_eq!(tokens[0]["name"], format!("token of {email}"));
    assert!(!files["api_tokens.json"].contains("token_hash"));
    let sessions: serde_json::Value = serde_json::from_str(&files["sessions.json"])?;
    assert!(!sessions.as_array().ok_or("sessions")?.is_empty());
    let audit: serde_json::Value = serde_json::from_str(&files["audit.json"])?;
    let audit = audit.as_array().ok_or("audit array")?;
    assert!(
        audit.iter().any(|r| r["action"] == "login.succeeded"),
        "{}",
        files["audit.csv"]
    );
    assert!(audit.iter().any(|r| r["action"] == "data_export.requested"));
    assert!(audit
        .iter()
        .all(|r| r["actor"] == me.pseudonym.as_str() || r["subject"] == me.pseudonym.as_str()));
    assert_eq!(files["audit.csv"].lines().count(), audit.len() + 1);
    assert_eq!(records(&app, "data_export.downloaded").await.len(), 1);

    // Past the step-up window the download waits for a fresh code (audited).
    app.advance(Duration::minutes(6));
    let held = app.get(&format!("/account/data/exports/{id}")).await;
    assert_eq!(held.status(), StatusCode::SEE_OTHER);
    assert!(location(&held).starts_with("/account/data"));
    let denied = records(&app, "data_export.downloaded").await;
    assert_eq!(denied.len(), 2);
    assert_eq!(denied[0].outcome, "denied");
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let unlocked = app
        .submit("/account/data", "/account/data/confirm", &[("code", &code)])
        .await;
    assert_eq!(unlocked.status(), StatusCode::SEE_OTHER);
    let again = app.get(&format!("/account/data/exports/{id}")).await;
    assert_eq!(again.status(), StatusCode::OK);
    // Nobody else's id works.
    assert_eq!(
        app.get("/account/data/exports/exp_000000000000000000000000")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Seven days later the export expires: key dropped, blob deleted, audited.
    app.advance(Duration::days(7));
    app.state.run_due_jobs("test").await;
    let expired = app.store.own_data_export(&me, &id).await?.ok_or("export")?;
    assert_eq!(expired.state, lers_domain::rights::ExportState::Expired);
    assert!(expired.sealed.is_none());
    assert!(!app
        .dir
        .path()
        .join("exports")
        .join(&sealed.blob_key)
        .exists());
    assert_eq!(records(&app, "data_export.expired").await.len(), 1);
    Ok(())
}

async fn a_build_cut_off_by_a_crash_resumes_and_finishes_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "crash.export@abilenetx.gov";
    let (_, me, _, _) = requester_with_history(&app, email, "hello").await;
    let export = app
        .store
        .request_data_export(&me, &ctx_of(&app, &me))
        .await?;
    // Asking again while it is built gives the same export.
    let same = app
        .store
        .request_data_export(&me, &ctx_of(&app, &me))
        .await?;
    assert_eq!(same.public_id, export.public_id);
    // A worker claims the job and dies mid-build, leaving a half-written ZIP behind.
    let claimed = app
        .store
        .claim_job("dead-worker", app.clock_now(), app.state.config.job_lease)
        .await?
        .ok_or("a job")?;
    assert_eq!(
        claimed.job.clone()?,
        JobKind::DataExport(DataExportJob { export: export.id })
    );
    let staging = app.dir.path().join("staging").join("exports");
    let torn = staging.join(format!("{}_deadbeef.zip", export.public_id));
    std::fs::write(&torn, b"PK\x03\x04 torn")?;
    // Nothing happens while the lease holds.
    assert_eq!(app.state.run_due_jobs("live").await, 0);
    // After the lease runs out another worker builds it from the start.
    app.advance(app.state.config.job_lease);
    app.advance(Duration::seconds(1));
    app.state.run_due_jobs("live").await;
    let built = app
        .store
        .own_data_export(&me, &export.public_id)
        .await?
        .ok_or("export")?;
    assert_eq!(built.state, lers_domain::rights::ExportState::Ready);
    assert!(!torn.exists(), "the torn staging file is gone");
    assert_eq!(records(&app, "data_export.built").await.len(), 1);
    // Running the job again changes nothing.
    app.store
        .enqueue_job(&lers_store::NewJob {
            job: JobKind::DataExport(DataExportJob { export: export.id }),
            run_at: app.clock_now(),
        })
        .await?;
    app.state.run_due_jobs("live").await;
    assert_eq!(records(&app, "data_export.built").await.len(), 1);
    Ok(())
}

async fn a_large_account_is_exported_and_streamed_in_segments(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "large.account@abilenetx.gov";
    let (person, me, _, _) = requester_with_history(&app, email, "hello").await;
    // Many audit entries naming the person, with details that do not compress away.
    let entries = 1500;
    for i in 0..entries {
        let noise: String = (0..8)
            .map(|j| lers_store::tokens::hash(&format!("{i}-{j}")))
            .collect();
        let event = lers_domain::audit::AuditEvent::new(
            app.clock_now(),
            "system",
            lers_domain::audit::AuditAction::LoginFailed,
            lers_domain::audit::Outcome::Failure,
        )
        .subject(me.pseudonym.clone())
        .details(serde_json::json!({"n": i, "noise": noise}));
        app.store.record_event(event).await?;
    }
    let id = export_now(&app, &person).await;
    let export = app.store.own_data_export(&me, &id).await?.ok_or("export")?;
    let size = export.size.ok_or("size")?;
    assert!(size > 3 * 64 * 1024, "several segments: {size}");
    let response = app.get(&format!("/account/data/exports/{id}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-length"].to_str()?,
        size.to_string()
    );
    let mut chunks = 0;
    let mut bytes = Vec::new();
    let mut body = response.bytes_stream();
    while let Some(chunk) = body.next().await {
        bytes.extend_from_slice(&chunk?);
        chunks += 1;
    }
    assert!(chunks > 1, "streamed, not one buffer");
    assert_eq!(bytes.len() as u64, size);
    let files = unzip(&bytes);
    let audit: serde_json::Value = serde_json::from_str(&files["audit.json"])?;
    assert!(audit.as_array().ok_or("array")?.len() > entries);
    Ok(())
}
