//! Two real `lers serve` nodes on one PostgreSQL database and one S3 bucket, as
//! behind a load balancer: a producer signed in once works on both (sessions live in
//! the database); an upload started on one node continues on the other; while one
//! node receives a chunk of a file the other refuses a chunk of the same file (the
//! database claim); and a node killed (SIGKILL) in the middle of a chunk loses
//! nothing acknowledged: the other node resumes from the recorded offset, joins the
//! parts and stores a file that decrypts to what was sent.

use std::path::Path;
use std::process::Stdio;

use futures::StreamExt;
use lers_domain::clock::{Clock, Duration, SystemClock};
use lers_domain::production::ByteRange;
use lers_store::blobs::{BlobStore, S3BlobStore, S3Settings};
use lers_store::productions::{FileState, ProductionStore};
use lers_store::segments::SEGMENT_LEN;
use reqwest::StatusCode;
use serde_json::Value;

use crate::harness::*;
use crate::productions::{approved_request, open_production, plaintext, production_id, sha256_hex};

pub(crate) struct Node {
    pub child: tokio::process::Child,
    pub base: String,
}

/// The environment that puts a node's production files in the S3 bucket `s3`.
fn s3_env(s3: &(String, String)) -> [(&str, &str); 5] {
    [
        ("LERS_BLOB_STORE", "s3"),
        ("LERS_S3_ENDPOINT", &s3.0),
        ("LERS_S3_BUCKET", &s3.1),
        ("LERS_S3_ACCESS_KEY_ID", "test"),
        ("LERS_S3_SECRET_ACCESS_KEY", "test"),
    ]
}

/// Starts `lers serve` on a free port with the app's database, keys and region, a
/// data directory `data` and the extra environment `env`; returns once it answers
/// `/healthz` (bounded).
pub(crate) async fn start_node(
    app: &TestApp,
    env: &[(&str, &str)],
    data: &Path,
) -> TestResult<Node> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let child = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
        .env("LERS_REGION", "test-region")
        .envs(env.iter().copied())
        .env("LERS_BUILTIN_DOMAINS", "false")
        .arg("--database-url")
        .arg(&app.db.url)
        .arg("--key-dir")
        .arg(app.key_dir())
        .arg("--data-dir")
        .arg(data)
        .arg("serve")
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let node = Node { child, base };
    for _ in 0..600 {
        if let Ok(answer) = reqwest::get(format!("{}/healthz", node.base)).await {
            if answer.status().is_success() {
                return Ok(node);
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err("a node did not come up within a minute".into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_nodes_share_sessions_and_uploads_and_survive_a_killed_node() -> TestResult {
    let Some(s3) = crate::blob_conformance::s3_bucket().await else {
        return Ok(());
    };
    let blobs: std::sync::Arc<dyn BlobStore> =
        std::sync::Arc::new(S3BlobStore::new(&S3Settings {
            endpoint: Some(s3.0.clone()),
            bucket: s3.1.clone(),
            region: "us-east-1".into(),
            access_key_id: "test".into(),
            secret_access_key: "test".into(),
            prefix: "productions".into(),
        })?);
    let Some(app) = TestApp::spawn_with_blobs(Backend::Postgres, blobs.clone()).await else {
        return Ok(());
    };
    // The nodes run on the real clock: the story happens now, not at the test epoch.
    app.advance(Duration::seconds(
        (SystemClock.now().unix_millis() - app.clock_now().unix_millis()) / 1000,
    ));
    let (id, _, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    let production = production_id(&producer.files_url)?;
    let data = plaintext(40 * 1024 * 1024 + 123);
    let upload = producer.start_file("mailbox.mbox", data.len()).await?;
    let dirs = (tempfile::tempdir()?, tempfile::tempdir()?);
    let mut a = start_node(&app, &s3_env(&s3), dirs.0.path()).await?;
    let b = start_node(&app, &s3_env(&s3), dirs.1.path()).await?;
    let client = &producer.browser.client;
    let put = |node: &Node, offset: usize, body: reqwest::Body| {
        client
            .put(format!("{}{upload}", node.base))
            .header("x-csrf-token", &producer.csrf)
            .header("upload-offset", offset.to_string())
            .body(body)
            .send()
    };

    // The session made on the app works on node A: two segments arrive there.
    let first = put(&a, 0, data[..2 * SEGMENT_LEN].to_vec().into()).await?;
    assert_eq!(first.status(), StatusCode::OK);
    assert_eq!(first.json::<Value>().await?["received"], 2 * SEGMENT_LEN);

    // A chunk to A that keeps streaming: once 24 MiB have gone out (more than the
    // sockets buffer), A holds the file and B refuses a chunk of it.
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<bytes::Bytes, std::io::Error>>(1);
    let stream = futures::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    let hanging = tokio::spawn(put(&a, 2 * SEGMENT_LEN, reqwest::Body::wrap_stream(stream)));
    let mut sent = 2 * SEGMENT_LEN;
    while sent < 2 * SEGMENT_LEN + 24 * 1024 * 1024 {
        let piece = data[sent..sent + 1024 * 1024].to_vec();
        sender.send(Ok(piece.into())).await?;
        sent += 1024 * 1024;
    }
    let busy = put(
        &b,
        2 * SEGMENT_LEN,
        data[2 * SEGMENT_LEN..3 * SEGMENT_LEN].to_vec().into(),
    )
    .await?;
    assert_eq!(busy.status(), StatusCode::CONFLICT);
    assert!(
        busy.text().await?.contains("still running"),
        "refused while A holds it"
    );

    // A dies in the middle of that chunk.
    a.child.start_kill()?;
    a.child.wait().await?;
    drop(sender);
    let _ = hanging.await;

    // B reports what was acknowledged and, once the database has let go of A's
    // claim, takes the rest.
    let status: Value = client
        .get(format!("{}{upload}", b.base))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(
        status["received"],
        2 * SEGMENT_LEN,
        "nothing unacknowledged counts"
    );
    let mut done = None;
    for _ in 0..300 {
        let answer = put(&b, 2 * SEGMENT_LEN, data[2 * SEGMENT_LEN..].to_vec().into()).await?;
        if answer.status() == StatusCode::OK {
            done = Some(answer.json::<Value>().await?);
            break;
        }
        assert_eq!(answer.status(), StatusCode::CONFLICT);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let done = done.ok_or("node B never took the upload over")?;
    assert_eq!(done["complete"], true);
    assert_eq!(done["sha256"], sha256_hex(&data));

    // Stored once, in S3, parts cleaned up; it decrypts to what was sent.
    let file_id = done["id"].as_str().ok_or("id")?.to_owned();
    assert!(
        blobs.list_parts(&file_id).await?.is_empty(),
        "no parts left"
    );
    let (_, record) = app
        .store
        .production_with_request(&production)
        .await?
        .ok_or("production")?;
    let file = record.file(&file_id).ok_or("file")?;
    assert_eq!(file.state, FileState::Stored);
    let mut plain = app
        .state
        .productions
        .open_range(
            &id,
            file,
            ByteRange {
                start: 0,
                end: file.size,
            },
        )
        .await?;
    let mut read = Vec::with_capacity(data.len());
    while let Some(chunk) = plain.next().await {
        read.extend_from_slice(&chunk?);
    }
    assert!(read == data, "the stored file is what was sent");
    drop(b);
    Ok(())
}
