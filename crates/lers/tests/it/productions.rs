//! Productions over HTTP: a producer uploads (chunked, resumable) into an approved
//! request and delivers; the requester downloads with a fresh second factor, in
//! ranges, and checks the manifest offline; others get 404; every access is audited;
//! tampering never yields plaintext; availability ends and retention shreds; unusual
//! staff access raises an alert.

use std::sync::Arc;

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::production::ByteRange;
use lers_store::blobs::{BlobStore, LocalBlobStore};
use lers_store::productions::ProductionStore;
use lers_store::segments::{HEADER_LEN, SEALED_SEGMENT_LEN, SEGMENT_LEN};
use lers_store::{prelude::*, AuditQuery, RequestStore};
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::audit_cli::lers;
use crate::both_backends;
use crate::console::all_fine;
use crate::harness::*;

both_backends!(
    a_production_travels_from_producer_to_investigator,
    producers_and_requesters_stay_in_their_lanes,
    an_upload_recovers_what_a_crash_left_behind,
    tampered_files_are_never_delivered,
    availability_ends_and_retention_shreds,
    unusual_staff_access_raises_an_alert,
);

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

fn plaintext(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 253) as u8).collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// An approved request shared with a colleague: (request id, the requester, the
/// colleague), everyone signed out.
async fn approved_request(app: &TestApp) -> TestResult<(String, Person, Person)> {
    let colleague = app.sign_up("partner@abilenetx.gov").await;
    app.log_out().await;
    app.advance(Duration::seconds(30));
    let requester = app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("colleagues", colleague.email.clone()));
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    app.log_out().await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    let reviewed = reviewer
        .submit(&page, &format!("{page}/review"), &all_fine())
        .await;
    assert_eq!(reviewed.status(), StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    let decided = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
            ],
        )
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    Ok((id, requester, colleague))
}

/// A producer's browser with the production they opened: (browser, person, the
/// files URL, the console page's CSRF token).
struct Producer<'a> {
    browser: Browser<'a>,
    person: Person,
    files_url: String,
    csrf: String,
    page: String,
}

async fn open_production<'a>(app: &'a TestApp, id: &str) -> TestResult<Producer<'a>> {
    let (browser, person) = app
        .staff("Pia Produce", "pia@provider.example", &[Role::Producer])
        .await;
    Producer::open(browser, person, id).await
}

impl<'a> Producer<'a> {
    /// `browser` opens (or joins) the production of request `id`.
    async fn open(browser: Browser<'a>, person: Person, id: &str) -> TestResult<Producer<'a>> {
        let page = format!("/staff/requests/{id}");
        let opened = browser
            .submit(&page, &format!("{page}/productions"), &[])
            .await;
        assert_eq!(opened.status(), StatusCode::SEE_OTHER);
        let html = browser.get(&page).await.text().await?;
        let start = html.find("data-upload=\"").ok_or("upload form")? + "data-upload=\"".len();
        let files_url = html[start..]
            .split('"')
            .next()
            .ok_or("files url")?
            .to_owned();
        let csrf = csrf_token(&html).ok_or("csrf")?;
        Ok(Producer {
            browser,
            person,
            files_url,
            csrf,
            page,
        })
    }
}

/// Declares a new production file at `files_url` as `client`, with `csrf` in the
/// header when given.
async fn declare_file(
    client: &reqwest::Client,
    url: String,
    csrf: Option<&str>,
    file: Value,
) -> reqwest::Response {
    let mut request = client.post(url).json(&file);
    if let Some(token) = csrf {
        request = request.header("x-csrf-token", token);
    }
    request.send().await.expect("POST file")
}

impl Producer<'_> {
    /// Declares a file as this producer.
    async fn declare(&self, file: Value) -> reqwest::Response {
        declare_file(
            &self.browser.client,
            self.browser.app.url(&self.files_url),
            Some(&self.csrf),
            file,
        )
        .await
    }

    async fn start_file(&self, name: &str, size: usize) -> TestResult<String> {
        let created = self.declare(json!({"name": name, "size": size})).await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let body: Value = created.json().await?;
        Ok(body["upload_url"].as_str().ok_or("upload_url")?.to_owned())
    }

    async fn put(&self, upload_url: &str, offset: usize, bytes: Vec<u8>) -> reqwest::Response {
        self.browser
            .client
            .put(self.browser.app.url(upload_url))
            .header("x-csrf-token", &self.csrf)
            .header("upload-offset", offset.to_string())
            .body(bytes)
            .send()
            .await
            .expect("PUT chunk")
    }

    /// Uploads `data` in 1 MiB chunks; returns the completed file's status.
    async fn upload(&self, name: &str, data: &[u8]) -> TestResult<Value> {
        let url = self.start_file(name, data.len()).await?;
        let mut offset = 0;
        loop {
            let end = (offset + 1024 * 1024).min(data.len());
            let answer: Value = self
                .put(&url, offset, data[offset..end].to_vec())
                .await
                .json()
                .await?;
            offset = usize::try_from(answer["received"].as_u64().ok_or("received")?)?;
            if answer["complete"] == json!(true) {
                return Ok(answer);
            }
        }
    }

    async fn post(&self, action: &str) -> reqwest::Response {
        self.browser.submit(&self.page, action, &[]).await
    }
}

fn production_id(files_url: &str) -> TestResult<String> {
    Ok(files_url
        .split('/')
        .nth(5)
        .ok_or("production id in the files URL")?
        .to_owned())
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
        blobs,
        keys.sealer.clone(),
        "test-region".into(),
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
        .contains("only the producer who opened"));

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
        .contains("the request is withdrawn now; nothing can be delivered for it"));
    assert_eq!(app.get(&download).await.status(), StatusCode::NOT_FOUND);

    // Left open, the production is destroyed once the retention period has passed.
    let blob = app.dir.path().join("productions").join(&file_id);
    assert!(blob.exists());
    app.advance(Duration::days(31));
    assert!(lers_app::jobs::run_due(&app.state, "test").await >= 1);
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
    let sealed = app
        .state
        .productions
        .receive(
            &mut lock,
            &id,
            &file,
            file.received,
            futures::stream::iter([Ok::<_, std::io::Error>(bytes::Bytes::from(
                data[SEGMENT_LEN..2 * SEGMENT_LEN].to_vec(),
            ))]),
        )
        .await?;
    assert_eq!(sealed.received, 2 * SEGMENT_LEN as u64);
    drop(lock);
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
    let sealed = app
        .state
        .productions
        .receive(
            &mut lock,
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
    drop(lock);
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

/// A delivered production with one 3-segment file, the requester signed in:
/// (request id, download URL, plaintext, blob path).
async fn delivered(app: &TestApp) -> TestResult<(String, String, Vec<u8>, String, Person)> {
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

    assert!(lers_app::jobs::run_due(&app.state, "test").await >= 1);
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
    assert_eq!(
        lers_app::jobs::run_due(&app.state, "test").await,
        0,
        "once only"
    );
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
    let owner = app
        .store
        .account_by_email("dana@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let request = app.store.request_for(&owner, &id).await?.ok_or("request")?;
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
