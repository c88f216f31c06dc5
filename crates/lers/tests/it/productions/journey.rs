//! A production from the producer to the investigator, on local disk and on S3.

use super::*;
use crate::both_backends;

both_backends!(a_production_travels_from_producer_to_investigator,);

/// The same story with production files in a real S3-compatible server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_production_travels_through_an_s3_blob_store() -> TestResult {
    let Some(blobs) = crate::blob_conformance::s3_blob_store().await else {
        return Ok(());
    };
    let Some(app) = TestApp::spawn_with_blobs(Backend::Sqlite, blobs.clone()).await else {
        return Ok(());
    };
    production_story(&app, blobs).await
}

async fn a_production_travels_from_producer_to_investigator(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let blobs = Arc::new(LocalBlobStore::new(app.dir.path().join("productions"))?);
    production_story(&app, blobs).await
}

async fn production_story(app: &TestApp, blobs: Arc<dyn BlobStore>) -> TestResult {
    let (id, requester, colleague) = approved_request(app).await?;
    let producer = open_production(app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let export = plaintext(3 * SEGMENT_LEN + 4321);

    // A resumable upload: only whole segments are acknowledged; a wrong offset gets
    // the right one back.
    let url = producer
        .start_file("account-export.zip", export.len())
        .await?;
    let first: Value = producer
        .put(&url, 0, export[..100_000].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(first["received"], json!(SEGMENT_LEN));
    assert_eq!(first["complete"], json!(false));
    let wrong = producer
        .put(&url, 100_000, export[100_000..].to_vec())
        .await;
    assert_eq!(wrong.status(), StatusCode::CONFLICT);
    assert_eq!(wrong.json::<Value>().await?["received"], json!(SEGMENT_LEN));
    let status: Value = producer.browser.get(&url).await.json().await?;
    assert_eq!(status["received"], json!(SEGMENT_LEN));
    let done: Value = producer
        .put(&url, SEGMENT_LEN, export[SEGMENT_LEN..].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(done["complete"], json!(true));
    assert_eq!(done["sha256"], json!(sha256_hex(&export)));
    let export_id = done["id"].as_str().ok_or("file id")?.to_owned();
    // Nothing more goes into a finished file.
    let extra = producer.put(&url, export.len(), vec![1]).await;
    assert_eq!(extra.status(), StatusCode::CONFLICT);

    // An empty file, and a file uploaded by mistake and removed again.
    let empty = producer.upload("notes ü.txt", &[]).await?;
    assert_eq!(empty["sha256"], json!(sha256_hex(&[])));
    let mistake = producer.upload("wrong.bin", b"not this").await?;
    let mistake_id = mistake["id"].as_str().ok_or("id")?;
    let removed = producer
        .post(&format!("{}/{mistake_id}/remove", producer.files_url))
        .await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        blobs.size(mistake_id).await?,
        None,
        "removed file's blob deleted"
    );

    // Uploads need the CSRF header and the producer role.
    let forged = declare_file(
        &producer.browser.client,
        app.url(&producer.files_url),
        None,
        json!({"name": "x", "size": 1}),
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let bad_name = producer.declare(json!({"name": "../", "size": 1})).await;
    assert_eq!(bad_name.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The producer verifies the stored copy (audited), then delivers.
    let verified = producer
        .post(&format!("{}/{export_id}/verify", producer.files_url))
        .await;
    assert!(
        location(&verified).contains("decrypts+to+exactly"),
        "{}",
        location(&verified)
    );
    let file_download = format!("/requests/{id}/productions/{production}/files/{export_id}");
    let delivered = producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    assert_eq!(delivered.status(), StatusCode::SEE_OTHER);
    let delivered_again = producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    assert_eq!(delivered_again.status(), StatusCode::CONFLICT);
    // Staff cannot download what was produced for the requester.
    assert_eq!(
        producer.browser.get(&file_download).await.status(),
        StatusCode::NOT_FOUND
    );

    // The requester, signed in (a fresh second factor), downloads whole and in ranges.
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
    assert!(app
        .emails_to(&requester.email)
        .iter()
        .any(|m| m.contains("was updated")));
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(html.contains("account-export.zip") && !html.contains("wrong.bin"));
    assert!(html.contains("id=\"request-status\">Produced"));
    let whole = app.get(&file_download).await;
    assert_eq!(whole.status(), StatusCode::OK);
    let headers = whole.headers().clone();
    assert_eq!(headers["content-length"], export.len().to_string().as_str());
    assert_eq!(headers["x-content-sha256"], sha256_hex(&export).as_str());
    assert_eq!(headers["accept-ranges"], "bytes");
    assert_eq!(whole.bytes().await?.as_ref(), export.as_slice());
    let ranged = |range: &'static str| {
        app.client
            .get(app.url(&file_download))
            .header("range", range)
            .send()
    };
    let part = ranged("bytes=70000-70099").await?;
    assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        part.headers()["content-range"],
        format!("bytes 70000-70099/{}", export.len()).as_str()
    );
    assert_eq!(part.bytes().await?.as_ref(), &export[70_000..70_100]);
    let tail = ranged("bytes=-100").await?;
    assert_eq!(tail.bytes().await?.as_ref(), &export[export.len() - 100..]);
    let resumed = ranged("bytes=131072-").await?;
    assert_eq!(resumed.bytes().await?.as_ref(), &export[131_072..]);
    let outside = ranged("bytes=99999999-").await?;
    assert_eq!(outside.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(
        outside.headers()["content-range"],
        format!("bytes */{}", export.len()).as_str()
    );

    // Once the second factor is stale, a download needs a new code.
    app.advance(Duration::minutes(6));
    let stale = app.get(&file_download).await;
    assert!(location(&stale).starts_with(&format!("/requests/{id}?notice=Enter+a+code")));
    let page = format!("/requests/{id}");
    assert!(app
        .get(&page)
        .await
        .text()
        .await?
        .contains("Unlock downloads"));
    app.submit(
        &page,
        &format!("/requests/{id}/productions/confirm"),
        &[("code", "000000")],
    )
    .await;
    assert_ne!(app.get(&file_download).await.status(), StatusCode::OK);
    app.submit(
        &page,
        &format!("/requests/{id}/productions/confirm"),
        &[("code", &app.code(&requester.secret))],
    )
    .await;
    assert_eq!(app.get(&file_download).await.status(), StatusCode::OK);

    // The manifest checks out offline, and catches a changed file or manifest.
    let manifest_text = app
        .get(&format!("/requests/{id}/productions/{production}/manifest"))
        .await
        .text()
        .await?;
    let manifest: Value = serde_json::from_str(&manifest_text)?;
    assert_eq!(
        manifest["manifest"]["files"].as_array().map(Vec::len),
        Some(2)
    );
    let downloads = tempfile::tempdir()?;
    std::fs::write(downloads.path().join("account-export.zip"), &export)?;
    std::fs::write(downloads.path().join("notes ü.txt"), b"")?;
    let manifest_path = downloads.path().join("manifest.json");
    std::fs::write(&manifest_path, &manifest_text)?;
    let key = hex::encode(app.store.audit_public_key().as_bytes());
    let check = || verify_manifest(app, &manifest_path, &key, downloads.path());
    let good = check().await;
    assert!(
        good.ok
            && good.stdout.contains("manifest OK")
            && good.stdout.contains("OK  account-export.zip"),
        "{}",
        good.stdout
    );
    // Without the provider's key pinned, nothing reports success.
    let manifest_arg = manifest_path.display().to_string();
    let unpinned = lers(app, &["manifest", "verify", &manifest_arg]).await;
    assert!(
        !unpinned.ok
            && unpinned.stdout.contains("no trusted key")
            && !unpinned.stdout.contains("manifest OK"),
        "{}",
        unpinned.stdout
    );
    let integrity = lers(
        app,
        &["manifest", "verify", &manifest_arg, "--trust-embedded-key"],
    )
    .await;
    assert!(
        integrity.ok
            && integrity
                .stdout
                .contains("integrity only, origin unverified"),
        "{}",
        integrity.stdout
    );
    let mut changed = export.clone();
    changed[5] ^= 1;
    std::fs::write(downloads.path().join("account-export.zip"), &changed)?;
    let mismatch = check().await;
    assert!(
        !mismatch.ok && mismatch.stdout.contains("MISMATCH"),
        "{}",
        mismatch.stdout
    );
    std::fs::write(downloads.path().join("account-export.zip"), &export)?;
    let forged = manifest_text.replace(&format!("\"size\": {}", export.len()), "\"size\": 1");
    assert_ne!(forged, manifest_text);
    std::fs::write(&manifest_path, forged)?;
    let invalid = check().await;
    assert!(
        !invalid.ok && invalid.stdout.contains("manifest INVALID"),
        "{}",
        invalid.stdout
    );

    // Every download is audited: who, from where, how many bytes.
    let downloads_audited = app
        .store
        .audit_records(&AuditQuery {
            action: Some("production.downloaded".into()),
            limit: 100,
            ..Default::default()
        })
        .await?
        .items;
    assert!(downloads_audited.len() >= 5, "{downloads_audited:?}");
    assert!(downloads_audited
        .iter()
        .all(|r| r.ip.is_some() && r.details["bytes"].is_u64()));
    assert!(
        downloads_audited
            .iter()
            .any(|r| r.details["bytes"] == json!(export.len())
                && r.details["complete"] == json!(true))
    );
    assert!(
        downloads_audited
            .iter()
            .any(|r| r.details["bytes"] == json!(100)
                && r.details["range_start"] == json!(70_000)
                && r.details["complete"] == json!(true)),
        "a ranged download is audited with its own byte count"
    );
    for action in [
        "production.verified",
        "production.delivered",
        "production.manifest_issued",
    ] {
        let found = app
            .store
            .audit_records(&AuditQuery {
                action: Some(action.into()),
                limit: 10,
                ..Default::default()
            })
            .await?;
        assert!(found.total >= 1, "{action} audited");
    }

    // The colleague the request was shared with downloads too.
    app.log_out().await;
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(
            &colleague.email,
            &colleague.password,
            &app.code(&colleague.secret),
        )
        .await,
        "/dashboard",
    );
    assert_eq!(
        app.get(&file_download).await.bytes().await?.as_ref(),
        export.as_slice()
    );

    // Another requester gets 404 for the file and the manifest.
    app.log_out().await;
    app.sign_up("other@abilenetx.gov").await;
    assert_eq!(
        app.get(&file_download).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/requests/{id}/productions/{production}/manifest"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );

    // Key rotation re-wraps the file keys; a restarted server still opens the files.
    let rotated = lers(app, &["keys", "rotate"]).await;
    assert!(
        rotated.ok && rotated.stdout.contains("2 production file keys"),
        "{}",
        rotated.stdout
    );
    let keys = lers_store::keys::KeyRing::load_or_create(&app.key_dir())?;
    let restarted = lers_store::delivery::ProductionVault::new(
        app.dir.path().join("staging"),
        lers_store::blobs::RegionalStores::single("test-region".into(), blobs),
        keys.sealer.clone(),
    )?;
    let store = lers_store::connect(&app.db.url, keys).await?;
    let owner = store
        .account_by_email(&requester.email)
        .await?
        .ok_or("owner")?;
    let request = store.request_for(&owner, &id).await?.ok_or("request")?;
    let record = store
        .production(&request.summary, &production)
        .await?
        .ok_or("production")?;
    let file = record.file(&export_id).ok_or("file")?;
    assert!(file
        .wrapped_key
        .as_deref()
        .is_some_and(|k| k.starts_with("k2:")));
    let mut stream = restarted
        .open_range(
            &id,
            file,
            ByteRange {
                start: 0,
                end: file.size,
            },
        )
        .await?;
    let mut reopened = Vec::new();
    while let Some(chunk) = futures::StreamExt::next(&mut stream).await {
        reopened.extend_from_slice(&chunk?);
    }
    assert_eq!(reopened, export);
    assert!(producer.person.email.contains("pia"));
    Ok(())
}

async fn verify_manifest(
    app: &TestApp,
    manifest: &std::path::Path,
    key: &str,
    files: &std::path::Path,
) -> crate::audit_cli::CliRun {
    let manifest = manifest.to_string_lossy();
    let files = files.to_string_lossy();
    lers(
        app,
        &[
            "manifest",
            "verify",
            &manifest,
            "--public-key",
            key,
            "--files",
            &files,
        ],
    )
    .await
}
