//! Faults under a running app: an S3 store that cannot be reached (a switchable TCP
//! proxy in front of the test's own bucket, so the shared moto server is never
//! stopped) and a full disk (a 1 MiB tmpfs mounted over the staging directory).
//! Uploads and downloads fail with an error and lose nothing acknowledged; the same
//! upload resumes once the fault is gone; retention's blob deletion, which failed
//! while the store was away, finishes on a later job-runner pass.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use lers_domain::clock::Duration;
use lers_store::blobs::{BlobStore, S3BlobStore, S3Settings};
use lers_store::segments::SEGMENT_LEN;
use reqwest::StatusCode;
use serde_json::Value;

use crate::both_backends;
use crate::harness::*;
use crate::productions::{approved_request, open_production, plaintext, production_id, sha256_hex};

both_backends!(
    an_unreachable_s3_store_fails_cleanly_and_work_finishes_later,
    a_full_disk_refuses_a_chunk_and_corrupts_nothing,
);

/// A TCP proxy to `target` that can be cut off: off, it closes every open connection
/// and every new one at once.
struct Switch {
    endpoint: String,
    on: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<tokio::task::AbortHandle>>>,
}

impl Switch {
    async fn to(target: String) -> TestResult<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let endpoint = format!("http://{}", listener.local_addr()?);
        let on = Arc::new(AtomicBool::new(true));
        let open: Arc<Mutex<Vec<tokio::task::AbortHandle>>> = Arc::default();
        let (flag, tasks) = (on.clone(), open.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !flag.load(Ordering::SeqCst) {
                    continue; // dropped: the connection closes
                }
                let target = target.clone();
                let task = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                if let Ok(mut tasks) = tasks.lock() {
                    tasks.push(task.abort_handle());
                }
            }
        });
        Ok(Self { endpoint, on, open })
    }

    fn set(&self, on: bool) {
        self.on.store(on, Ordering::SeqCst);
        if !on {
            if let Ok(mut tasks) = self.open.lock() {
                tasks.drain(..).for_each(|task| task.abort());
            }
        }
    }
}

async fn an_unreachable_s3_store_fails_cleanly_and_work_finishes_later(
    backend: Backend,
) -> TestResult {
    let Some((endpoint, bucket)) = crate::blob_conformance::s3_bucket().await else {
        return Ok(());
    };
    let switch = Switch::to(endpoint.trim_start_matches("http://").to_owned()).await?;
    let blobs: Arc<dyn BlobStore> = Arc::new(S3BlobStore::new(&S3Settings {
        endpoint: Some(switch.endpoint.clone()),
        bucket,
        region: "us-east-1".into(),
        access_key_id: "test".into(),
        secret_access_key: "test".into(),
        prefix: "productions".into(),
    })?);
    let Some(app) = TestApp::spawn_with_blobs(backend, blobs.clone()).await else {
        return Ok(());
    };
    let (id, requester, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let data = plaintext(3 * SEGMENT_LEN + 10);
    let url = producer.start_file("mailbox.mbox", data.len()).await?;
    let first = producer.put(&url, 0, data[..SEGMENT_LEN].to_vec()).await;
    assert_eq!(first.status(), StatusCode::OK);

    // The store goes away: the chunk fails with an error, nothing is acknowledged.
    switch.set(false);
    let failed = producer
        .put(&url, SEGMENT_LEN, data[SEGMENT_LEN..].to_vec())
        .await;
    assert_eq!(failed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(failed.headers().contains_key("retry-after"));
    let status: Value = producer.browser.get(&url).await.json().await?;
    assert_eq!(
        status["received"], SEGMENT_LEN,
        "nothing acknowledged was lost"
    );

    // It is back: the same upload resumes where it stood and completes.
    switch.set(true);
    let done: Value = producer
        .put(&url, SEGMENT_LEN, data[SEGMENT_LEN..].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(done["sha256"], sha256_hex(&data));
    let file_id = done["id"].as_str().ok_or("id")?.to_owned();
    let delivered = producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await;
    assert_eq!(delivered.status(), StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    app.log_in(
        &requester.email,
        &requester.password,
        &app.code(&requester.secret),
    )
    .await;
    let download = format!("/requests/{id}/productions/{production}/files/{file_id}");

    // A download while the store is away fails before sending anything.
    switch.set(false);
    let cut = app.get(&download).await;
    assert_eq!(cut.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(cut.headers().contains_key("retry-after"));
    switch.set(true);
    let whole = app.get(&download).await;
    assert_eq!(whole.status(), StatusCode::OK);
    assert!(
        whole.bytes().await? == data,
        "the download is whole once it is back"
    );

    // Retention destroys the key even while the store is away; deleting the blob
    // waits for a later pass.
    app.advance(Duration::days(30));
    switch.set(false);
    assert!(app.state.run_due_jobs("test").await >= 1);
    switch.set(true);
    assert!(
        blobs.size(&file_id).await?.is_some(),
        "not deleted while unreachable"
    );
    app.state.run_due_jobs("test").await;
    assert_eq!(blobs.size(&file_id).await?, None, "deleted on a later pass");
    Ok(())
}

/// Unmounts the tmpfs when the test ends, whatever happens.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

async fn a_full_disk_refuses_a_chunk_and_corrupts_nothing(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let staging = app.dir.path().join("staging");
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&staging)
        .status()?;
    assert!(
        mounted.success(),
        "this test mounts a tmpfs: run it as root (scripts/test does)"
    );
    let full = Mounted(staging);
    let (id, _, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    let data = plaintext(40 * SEGMENT_LEN + 7);
    let url = producer.start_file("mailbox.mbox", data.len()).await?;
    let first = producer
        .put(&url, 0, data[..8 * SEGMENT_LEN].to_vec())
        .await;
    assert_eq!(first.status(), StatusCode::OK);

    // More than the disk holds: a clear error, the upload stays where it was.
    let refused = producer
        .put(&url, 8 * SEGMENT_LEN, data[8 * SEGMENT_LEN..].to_vec())
        .await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    let said = refused.text().await?;
    assert!(said.contains("disk is full"), "a clear error: {said}");
    let status: Value = producer.browser.get(&url).await.json().await?;
    assert_eq!(
        status["received"],
        8 * SEGMENT_LEN,
        "nothing acknowledged was lost"
    );
    assert_eq!(
        std::fs::read_dir(&full.0)?.count(),
        0,
        "no half-written scratch file is left behind"
    );

    // Space again: the same upload completes and reads back whole.
    drop(full);
    let done: Value = producer
        .put(&url, 8 * SEGMENT_LEN, data[8 * SEGMENT_LEN..].to_vec())
        .await
        .json()
        .await?;
    assert_eq!(done["complete"], true);
    assert_eq!(done["sha256"], sha256_hex(&data));
    Ok(())
}
