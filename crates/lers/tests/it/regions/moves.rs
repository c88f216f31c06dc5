//! Moving a case from `us` to `eu` under downloads: the job is run step by step and
//! "crashes" after copying and before the switch (with a stray copy a crash left
//! unrecorded); a restarted runner resumes and switches; a download begun before the
//! switch still finishes from the old copy; the old copies go after the grace period.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use lers_app::services::region_moves::MoveStep;
use lers_domain::clock::Duration;
use lers_domain::production::ByteRange;
use lers_store::Ctx;
use reqwest::StatusCode;

use super::*;
use crate::audit_cli::lers;
use crate::both_backends;
use crate::productions::{approved_request, open_production, production_id};

both_backends!(a_case_moves_region_under_downloads_and_a_crash);

async fn a_case_moves_region_under_downloads_and_a_crash(backend: Backend) -> TestResult {
    let eu = EuStore::new().await;
    let Some(app) = regional_app(backend, &eu).await else {
        return Ok(());
    };
    let (id, requester, _) = approved_request(&app).await?;
    assert_eq!(
        region_of(&app, &requester.email, &id).await.as_deref(),
        Some("us")
    );
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let data: Vec<u8> = (0..(2 * lers_store::segments::SEGMENT_LEN + 999))
        .map(|i| (i * 17 % 251) as u8)
        .collect();
    let stored = producer.upload("mailbox.mbox", &data).await?;
    let file_id = stored["id"].as_str().ok_or("file id")?.to_owned();
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
    let document = upload_document(&app, &requester.email, &id).await;
    assert!(us_holds(&app, "documents", &document) && us_holds(&app, "productions", &file_id));
    let owner = app
        .store
        .account_by_email(&requester.email)
        .await?
        .ok_or("owner")?;
    let file = (id.as_str(), production.as_str(), file_id.as_str());
    let ctx = || Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let document_bytes = || async {
        app.state
            .download_document(&owner, &id, &document, &ctx())
            .await
            .expect("document download")
            .1
    };

    // Downloads run all through the move, each reading the file's record as it is.
    let stop = Arc::new(AtomicBool::new(false));
    let downloads = {
        let (state, owner, stop, data) =
            (app.state.clone(), owner.clone(), stop.clone(), data.clone());
        let (id, production, file_id) = (id.clone(), production.clone(), file_id.clone());
        tokio::spawn(async move {
            let mut count = 0u32;
            while !stop.load(Ordering::SeqCst) {
                let bytes = production_bytes(&state, &owner, (&id, &production, &file_id)).await;
                assert!(
                    bytes == data,
                    "a download during the move returned other bytes"
                );
                count += 1;
                tokio::task::yield_now().await;
            }
            count
        })
    };

    let (admin, admin_person) = app
        .staff("Ada Admin", "ada@provider.example", &admin_role())
        .await;
    app.advance(Duration::seconds(30));
    let code = app.code(&admin_person.secret);
    let refused = admin
        .submit(
            "/staff/regions",
            "/staff/regions/moves",
            &[("request", &id), ("region", "us"), ("code", &code)],
        )
        .await;
    let notice = admin.get(&location(&refused)).await.text().await?;
    assert!(notice.contains("already in region us"), "{notice}");
    let started = admin
        .submit(
            "/staff/regions",
            "/staff/regions/moves",
            &[("request", &id), ("region", "eu")],
        )
        .await;
    let notice = admin.get(&location(&started)).await.text().await?;
    assert!(notice.contains("The case is moving to eu"), "{notice}");
    let summary = app
        .store
        .request_for(&owner, &id)
        .await?
        .ok_or("request")?
        .summary;
    let region_move = app
        .store
        .latest_region_move(summary.row_id)
        .await?
        .ok_or("the move")?;

    // A crash after a copy was stored but before it was recorded leaves a stray copy.
    let documents = app.store.documents(&summary).await?;
    app.state
        .vault
        .copy_to_region(&documents[0], &id, "eu")
        .await?;

    // Step by step: both files copied and verified, then the "crash" before the switch.
    for _ in 0..2 {
        let step = app.state.region_move_step(region_move.id, &ctx()).await?;
        assert!(matches!(step, MoveStep::Copied(_)), "{step:?}");
        assert_eq!(
            document_bytes().await,
            pdf(),
            "during the copy: the old copy"
        );
        assert_eq!(production_bytes(&app.state, &owner, file).await, data);
    }
    assert_eq!(
        region_of(&app, &requester.email, &id).await.as_deref(),
        Some("us")
    );

    // A download that began before the switch...
    let old_record = app
        .store
        .production(&summary, &production)
        .await?
        .ok_or("production")?
        .file(&file_id)
        .ok_or("file")?
        .clone();
    let mut in_flight = app
        .state
        .productions
        .open_range(
            &id,
            &old_record,
            ByteRange {
                start: 0,
                end: old_record.size,
            },
        )
        .await?;

    // The restarted runner resumes: nothing left to copy, so it switches.
    assert_eq!(app.state.run_due_jobs("restarted").await, 1);
    assert_eq!(
        region_of(&app, &requester.email, &id).await.as_deref(),
        Some("eu")
    );
    assert!(
        us_holds(&app, "documents", &document),
        "old copies stay through the grace period"
    );
    assert!(us_holds(&app, "productions", &file_id));
    // ...still finishes from the old copy.
    let mut finished = Vec::new();
    while let Some(chunk) = futures::StreamExt::next(&mut in_flight).await {
        finished.extend_from_slice(&chunk?);
    }
    assert_eq!(finished, data);
    assert_eq!(
        document_bytes().await,
        pdf(),
        "after the switch: the eu copy"
    );
    assert_eq!(production_bytes(&app.state, &owner, file).await, data);

    // Nothing happens before the grace period ends; then the old copies go.
    app.advance(Duration::minutes(30));
    assert_eq!(app.state.run_due_jobs("runner").await, 0);
    assert!(us_holds(&app, "documents", &document));
    app.advance(Duration::minutes(31));
    assert_eq!(app.state.run_due_jobs("runner").await, 1);
    assert!(
        !us_holds(&app, "documents", &document),
        "old document copy deleted"
    );
    assert!(
        !us_holds(&app, "productions", &file_id),
        "old production copy deleted"
    );
    assert!(eu.holds("documents", &document).await && eu.holds("productions", &file_id).await);
    stop.store(true, Ordering::SeqCst);
    assert!(downloads.await? > 0, "downloads ran during the move");

    // After: everything opens from the eu store; the requester's download works.
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
    let downloaded = app
        .get(&format!("/requests/{id}/documents/{document}"))
        .await;
    assert_eq!(downloaded.status(), StatusCode::OK);
    assert_eq!(downloaded.bytes().await?.to_vec(), pdf());
    assert_eq!(production_bytes(&app.state, &owner, file).await, data);
    let done = app
        .store
        .latest_region_move(summary.row_id)
        .await?
        .ok_or("move")?;
    assert_eq!(done.state, "done");
    for action in [
        "region.move_started",
        "region.move_switched",
        "region.move_finished",
    ] {
        assert_eq!(audited(&app, action).await.len(), 1, "{action}");
    }
    let verified = lers(&app, &["audit", "verify"]).await;
    assert!(verified.ok, "{}", verified.stdout);
    Ok(())
}
