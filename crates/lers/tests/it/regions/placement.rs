//! Where a case's files go: the directory's home region of its targets decides at
//! submission, or intake staff choose; its documents and productions are then only
//! in that region's store.

use lers_app::FormError;
use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::Ctx;
use reqwest::StatusCode;

use super::*;
use crate::both_backends;
use crate::productions::{approved_request, open_production};

both_backends!(
    a_case_in_the_eu_keeps_its_files_out_of_the_us_store,
    intake_staff_choose_a_drafts_region,
);

async fn a_case_in_the_eu_keeps_its_files_out_of_the_us_store(backend: Backend) -> TestResult {
    let eu = EuStore::new().await;
    let Some(app) = regional_app(backend, &eu).await else {
        return Ok(());
    };
    eu_account_in_directory(&app).await;
    let (id, requester, _) = approved_request(&app).await?;
    assert_eq!(
        region_of(&app, &requester.email, &id).await.as_deref(),
        Some("eu")
    );
    let placed = audited(&app, "region.request_placed").await;
    assert!(
        placed
            .iter()
            .any(|e| e.subject.as_deref() == Some(id.as_str())
                && e.details["region"] == "eu"
                && e.details["decided_by"] == "directory"),
        "{placed:?}"
    );

    let producer = open_production(&app, &id).await?;
    let data: Vec<u8> = (0..(2 * lers_store::segments::SEGMENT_LEN + 999))
        .map(|i| (i * 13 % 251) as u8)
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

    assert!(
        eu.holds("documents", &document).await,
        "the document is in the eu store"
    );
    assert!(
        eu.holds("productions", &file_id).await,
        "the production file is in the eu store"
    );
    for area in ["documents", "productions"] {
        let us: Vec<_> = std::fs::read_dir(app.dir.path().join(area))?.collect();
        assert!(
            us.is_empty(),
            "nothing of the eu case in the us store's {area}: {us:?}"
        );
    }
    assert!(!us_holds(&app, "documents", &document));

    // Downloads read the eu copies.
    let downloaded = app
        .get(&format!("/requests/{id}/documents/{document}"))
        .await;
    assert_eq!(downloaded.status(), StatusCode::OK);
    assert_eq!(downloaded.bytes().await?.to_vec(), pdf());
    let owner = app
        .store
        .account_by_email(&requester.email)
        .await?
        .ok_or("owner")?;
    let production = crate::productions::production_id(&producer.files_url)?;
    assert_eq!(
        production_bytes(&app.state, &owner, (&id, &production, &file_id)).await,
        data
    );
    Ok(())
}

async fn intake_staff_choose_a_drafts_region(backend: Backend) -> TestResult {
    let eu = EuStore::new().await;
    let Some(app) = regional_app(backend, &eu).await else {
        return Ok(());
    };
    let requester = app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let (_, _) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    let ivy = app
        .store
        .account_by_email("ivy@provider.example")
        .await?
        .ok_or("ivy")?;
    let owner = app
        .store
        .account_by_email(&requester.email)
        .await?
        .ok_or("owner")?;
    let record = app.store.request_for(&owner, &id).await?.ok_or("draft")?;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: ivy.pseudonym.clone(),
        ip: None,
    };

    let refused = |result: Result<String, FormError>, says: &str| match result {
        Err(FormError::Fields(fields)) => assert!(
            fields.iter().any(|f| f.field == "region"
                && lers_app::i18n::Tr::default()
                    .problem(&f.problem)
                    .contains(says)),
            "{fields:?}"
        ),
        other => panic!("expected a refusal saying {says:?}, got {other:?}"),
    };
    refused(
        app.state
            .choose_request_region(&ivy, &record, "mars", &ctx)
            .await,
        "mars is not a configured region",
    );
    assert!(
        matches!(
            app.state
                .choose_request_region(&owner, &record, "eu", &ctx)
                .await,
            Err(FormError::App(lers_app::AppError::Forbidden))
        ),
        "only intake staff choose"
    );
    assert_eq!(
        app.state
            .choose_request_region(&ivy, &record, "EU", &ctx)
            .await
            .ok()
            .as_deref(),
        Some("eu")
    );
    refused(
        app.state
            .choose_request_region(&ivy, &record, "us", &ctx)
            .await,
        "already in region eu",
    );

    // Nothing in the directory would place it in the eu; the choice stays.
    let response = app
        .post_request_form(&id, &request_fields("user_data", None))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        region_of(&app, &requester.email, &id).await.as_deref(),
        Some("eu")
    );
    let placed = audited(&app, "region.request_placed").await;
    assert_eq!(placed.len(), 1, "placed once: {placed:?}");
    assert_eq!(placed[0].details["decided_by"], "intake");
    Ok(())
}
