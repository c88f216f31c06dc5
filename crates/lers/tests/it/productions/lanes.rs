//! Who may act on a production, and uploads that survive a crash.

use super::*;
use crate::both_backends;

both_backends!(
    producers_and_requesters_stay_in_their_lanes,
    an_upload_recovers_what_a_crash_left_behind,
);

async fn producers_and_requesters_stay_in_their_lanes(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, requester, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let stored = producer.upload("export.csv", b"a,b\n1,2\n").await?;
    let file_id = stored["id"].as_str().ok_or("id")?.to_owned();
    let duplicate = producer
        .declare(json!({"name": "export.csv", "size": 3}))
        .await;
    assert_eq!(
        duplicate.status(),
        StatusCode::CONFLICT,
        "one name per production"
    );
    let huge = producer
        .declare(json!({"name": "huge.bin", "size": 1u64 << 60}))
        .await;
    assert_eq!(huge.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(huge.text().await?.contains("at most 256 TiB"));

    // Another producer sees the production but cannot change it.
    let (other_browser, other_person) = app
        .staff("Olga Other", "olga@provider.example", &[Role::Producer])
        .await;
    let other = Producer {
        files_url: producer.files_url.clone(),
        csrf: csrf_token(&other_browser.get(&producer.page).await.text().await?).ok_or("csrf")?,
        page: producer.page.clone(),
        browser: other_browser,
        person: other_person,
    };
    let foreign = other.declare(json!({"name": "mine.txt", "size": 1})).await;
    assert_eq!(foreign.status(), StatusCode::CONFLICT);
    let deliver = format!("/staff/requests/{id}/productions/{production}/deliver");
    for action in [
        format!("{}/{file_id}/remove", other.files_url),
        format!("{}/{file_id}/verify", other.files_url),
        deliver.clone(),
    ] {
        assert_eq!(
            other.post(&action).await.status(),
            StatusCode::CONFLICT,
            "{action}"
        );
    }
    let pending_url = producer.start_file("pending.bin", 10).await?;
    let foreign_chunk = other.put(&pending_url, 0, b"x".to_vec()).await;
    assert_eq!(foreign_chunk.status(), StatusCode::CONFLICT);
    assert!(foreign_chunk
        .text()
        .await?
        .contains("Only the producer who opened"));

    // The requester reaches no staff endpoint, and sees nothing before delivery.
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
    let page = format!("/requests/{id}");
    let html = app.get(&page).await.text().await?;
    let requester_csrf = csrf_token(&html).ok_or("csrf")?;
    let staff_call = declare_file(
        &app.client,
        app.url(&producer.files_url),
        Some(&requester_csrf),
        json!({"name": "x", "size": 1}),
    )
    .await;
    assert_eq!(staff_call.status(), StatusCode::FORBIDDEN);
    assert!(!html.contains("export.csv"));
    let download = format!("/requests/{id}/productions/{production}/files/{file_id}");
    assert_eq!(app.get(&download).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&format!("/requests/{id}/productions/{production}/manifest"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Withdrawn before delivery: nothing can be delivered for it any more.
    let withdrawn = app
        .submit(
            &page,
            &format!("/requests/{id}/withdraw"),
            &[("reason", "Case closed.")],
        )
        .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let removed = producer.post(&format!("{pending_url}/remove")).await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    let refused = producer.post(&deliver).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert!(refused
        .text()
        .await?
        .contains("Nothing can be delivered for this request: its status is now Withdrawn."));
    assert_eq!(app.get(&download).await.status(), StatusCode::NOT_FOUND);

    // Left open, the production is destroyed once the retention period has passed.
    let blob = app.dir.path().join("productions").join(&file_id);
    assert!(blob.exists());
    app.advance(Duration::days(31));
    assert!(app.state.run_due_jobs("test").await >= 1);
    assert!(!blob.exists(), "abandoned production's blob deleted");
    let shredded = app
        .store
        .audit_records(&AuditQuery {
            action: Some("production.shredded".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(
        shredded
            .items
            .first()
            .map(|r| r.details["delivered"].clone()),
        Some(json!(false))
    );
    assert!(producer.person.email.starts_with("pia") && other.person.email.starts_with("olga"));
    Ok(())
}

/// A production and one of its files, as the database has them now.
async fn file_record(
    app: &TestApp,
    production: &str,
    file_id: &str,
) -> TestResult<(
    lers_store::productions::ProductionRecord,
    lers_store::productions::ProductionFileRecord,
)> {
    let (_, production) = app
        .store
        .production_with_request(production)
        .await?
        .ok_or("production")?;
    let file = production.file(file_id).ok_or("file")?.clone();
    Ok((production, file))
}

/// What a crash can leave: a segment sealed on disk but never recorded, and a file
/// whose every byte and digest are recorded but whose blob was never stored. The
/// next chunk picks both up instead of sealing anything twice.
async fn an_upload_recovers_what_a_crash_left_behind(backend: Backend) -> TestResult {
    use lers_store::productions::UploadStep;
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, _, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let data = plaintext(3 * SEGMENT_LEN + 10);
    let url = producer.start_file("mail.mbox", data.len()).await?;
    let first: Value = producer
        .put(&url, 0, data[..SEGMENT_LEN].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(first["received"], json!(SEGMENT_LEN));
    let file_id = first["id"].as_str().ok_or("id")?.to_owned();
    // The next segment reaches the staging file, but the database never hears of it.
    let (_, file) = file_record(&app, &production, &file_id).await?;
    let mut lock = app.state.productions.lock(&file.id)?;
    let mut claim = lers_store::UploadClaimStore::claim_upload(&*app.store, &file.id).await?;
    let sealed = app
        .state
        .productions
        .receive(
            &mut lock,
            &mut claim,
            &id,
            &file,
            file.received,
            futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(
                data[SEGMENT_LEN..2 * SEGMENT_LEN].to_vec(),
            ))]),
        )
        .await?;
    assert_eq!(sealed.received, 2 * SEGMENT_LEN as u64);
    drop((lock, claim));
    let resumed: Value = producer
        .put(&url, SEGMENT_LEN, data[SEGMENT_LEN..].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(
        resumed["received"],
        json!(2 * SEGMENT_LEN),
        "kept and recorded, chunk not used"
    );
    let done: Value = producer
        .put(&url, 2 * SEGMENT_LEN, data[2 * SEGMENT_LEN..].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(done["complete"], json!(true));
    assert_eq!(done["sha256"], json!(sha256_hex(&data)));

    // A second file is fully sealed and recorded with its digest, but not stored.
    let small = plaintext(5000);
    let url = producer.start_file("notes.txt", small.len()).await?;
    let status: Value = producer.browser.get(&url).await.json().await?;
    let (production_record, file) =
        file_record(&app, &production, status["id"].as_str().ok_or("id")?).await?;
    let mut lock = app.state.productions.lock(&file.id)?;
    let mut claim = lers_store::UploadClaimStore::claim_upload(&*app.store, &file.id).await?;
    let sealed = app
        .state
        .productions
        .receive(
            &mut lock,
            &mut claim,
            &id,
            &file,
            0,
            futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(small.clone()))]),
        )
        .await?;
    let digest = sealed.sha256.ok_or("complete")?;
    app.store
        .record_upload_progress(
            &production_record,
            &file.id,
            UploadStep {
                from: 0,
                to: small.len() as u64,
                sha256: Some(&digest),
                at: app.clock_now(),
            },
        )
        .await?;
    drop((lock, claim));
    let status: Value = producer.browser.get(&url).await.json().await?;
    assert_eq!(status["complete"], json!(false));
    let finished: Value = producer
        .put(&url, small.len(), Vec::new())
        .await
        .json()
        .await?;
    assert_eq!(finished["complete"], json!(true));
    assert_eq!(finished["sha256"], json!(sha256_hex(&small)));
    let verified = producer
        .post(&format!("{}/{}/verify", producer.files_url, file.id))
        .await;
    assert!(location(&verified).contains("decrypts+to+exactly"));
    Ok(())
}
