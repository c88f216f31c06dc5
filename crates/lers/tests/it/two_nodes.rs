//! Two real `lers serve` nodes on one PostgreSQL database and one S3 bucket, as
//! behind a load balancer: a producer signed in once works on both (sessions live in
//! the database); an upload started on one node continues on the other; while one
//! node receives a chunk of a file the other refuses a chunk of the same file (the
//! database claim); and a node killed (SIGKILL) in the middle of a chunk loses
//! nothing acknowledged: the other node resumes from the recorded offset, joins the
//! parts and stores a file that decrypts to what was sent.

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
    let mut a = ServeCommand::node(&app, dirs.0.path())
        .envs(s3_env(&s3))
        .start()
        .await?;
    let b = ServeCommand::node(&app, dirs.1.path())
        .envs(s3_env(&s3))
        .start()
        .await?;
    let client = &producer.browser.client;
    let put = |node: &Served, offset: usize, body: reqwest::Body| {
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
    a.kill().await?;
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

/// Form keys of the further targets of the request in the jobs test.
const HOLDERS: [(&str, &str); 8] = [
    ("target_type_10", "target_value_10"),
    ("target_type_11", "target_value_11"),
    ("target_type_12", "target_value_12"),
    ("target_type_13", "target_value_13"),
    ("target_type_14", "target_value_14"),
    ("target_type_15", "target_value_15"),
    ("target_type_16", "target_value_16"),
    ("target_type_17", "target_value_17"),
];

/// A job as the database has it: (id, kind, attempts, done, claimed by).
type JobRow = (i64, String, i64, Option<i64>, Option<String>);

async fn jobs(app: &TestApp) -> TestResult<Vec<JobRow>> {
    Ok(sqlx::query_as::<_, JobRow>(
        "SELECT id, kind, attempts, done_at, locked_by FROM jobs ORDER BY id",
    )
    .fetch_all(app.store.pool())
    .await?)
}

/// Waits (at most two minutes) until `ready` holds; `what` names it in the failure.
async fn until<F, Fut>(what: &str, mut ready: F) -> TestResult
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = TestResult<bool>>,
{
    for _ in 0..1200 {
        if ready().await? {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("waited two minutes for {what}").into())
}

/// Messages the SMTP server stored for `to`.
fn mails_to(smtp: &crate::smtp::SmtpServer, to: &str) -> usize {
    smtp.messages().iter().filter(|m| m.contains(to)).count()
}

/// A node of the app's deployment that sends mail through `smtp`, looks for jobs every
/// second and holds a claimed job for three seconds.
fn mailing_node(app: &TestApp, smtp: &str) -> ServeCommand {
    ServeCommand::node(app, app.dir.path())
        .env("LERS_SMTP_URL", smtp)
        .env("LERS_JOB_INTERVAL_SECS", "1")
        .env("LERS_JOB_LEASE_SECS", "3")
}

/// Two nodes run their job runners on one PostgreSQL database. Node A is killed
/// (SIGKILL) in the middle of a job — sending a user notice to an SMTP server that
/// took the message and never answers — and node B, once A's lease has run out, does
/// the job: the mail goes out once, the job is done, nothing is recorded of A's cut-off
/// attempt. Then several notices fall due while two nodes poll at once: each job runs
/// once and each mail goes out once. The audit log verifies afterwards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_killed_mid_job_leaves_it_to_the_other_and_no_job_runs_twice() -> TestResult {
    use crate::notices::{accounts, decided_request_of, notice};
    use lers_store::{prelude::*, DirectoryEntry, DirectoryStore, NoticeStore, RequestStore};

    let Some(smtp) = crate::smtp::SmtpServer::start_with("flaky_smtp.StallFirstToOwner").await
    else {
        return Ok(());
    };
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return Ok(());
    };
    // The nodes run on the real clock: the story happened ten minutes ago, so what it
    // schedules "now" is due for them at once.
    app.clock
        .set(lers_domain::clock::Timestamp::from_unix_millis(
            SystemClock.now().unix_millis() - 10 * 60 * 1000,
        ));
    let smtp_url = format!("smtp://127.0.0.1:{}", smtp.port);
    // The request names the owner's phone and eight more, each its own account.
    let mut fields = request_fields("user_data", None);
    fields.extend(HOLDERS.iter().enumerate().flat_map(|(n, keys)| {
        [
            (keys.0, "phone".to_owned()),
            (keys.1, format!("+1555010030{n}")),
        ]
    }));
    let (id, reviewer, _) = decided_request_of(&app, fields, "approve").await;
    let notify_now = [("notice_choice", "notify_now")];
    assert_eq!(
        notice(&reviewer, &id, "phone", "+15550100199", &notify_now).await,
        StatusCode::SEE_OTHER
    );

    // A takes the notice's job and is stuck in the SMTP conversation; B starts; A dies.
    let mut a = mailing_node(&app, &smtp_url).start().await?;
    until("node A to be in the middle of sending", || async {
        Ok(smtp.marked("stalled"))
    })
    .await?;
    let b = mailing_node(&app, &smtp_url).start().await?;
    a.kill().await?;
    let owner = app
        .store
        .account_by_email("dana@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let request = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    until("node B to finish the notice", || async {
        let all = jobs(&app).await?;
        Ok(all.iter().all(|job| job.3.is_some()))
    })
    .await?;
    assert_eq!(mails_to(&smtp, "owner@example.com"), 1, "delivered once");
    let sent = app.store.notices(&request.summary).await?.remove(0);
    assert_eq!(sent.state.as_str(), "sent");
    assert_eq!(
        sent.deliveries
            .iter()
            .map(|d| d.outcome.as_str())
            .collect::<Vec<_>>(),
        ["sent"],
        "A's cut-off attempt left no record"
    );
    let after_kill = jobs(&app).await?;
    let notice_job = after_kill
        .iter()
        .find(|job| job.1 == "user_notice")
        .ok_or("the notice's job")?;
    assert_eq!(notice_job.2, 2, "claimed by A, then by B: {after_kill:?}");
    let b_worker = format!("-{}", b.child.id().ok_or("node B's pid")?);
    assert!(
        notice_job
            .4
            .as_deref()
            .is_some_and(|w| w.ends_with(&b_worker)),
        "B finished it: {notice_job:?}"
    );
    assert!(
        after_kill
            .iter()
            .all(|job| job.2 == 1 || job.0 == notice_job.0),
        "no other job ran twice: {after_kill:?}"
    );
    drop(b.stop().await);

    // Eight more notices fall due while no node runs; then two nodes start at once.
    let others: Vec<DirectoryEntry> = (0..HOLDERS.len())
        .map(|n| DirectoryEntry {
            account_id: format!("u-{n}"),
            email: format!("holder{n}@example.com"),
            phone: format!("+1555010030{n}"),
            home_region: "US".into(),
            language: "en".into(),
            ..Default::default()
        })
        .collect();
    app.store
        .import_directory(&[accounts(), others.clone()].concat())
        .await?;
    for other in &others {
        assert_eq!(
            notice(&reviewer, &id, "phone", &other.phone, &notify_now).await,
            StatusCode::SEE_OTHER
        );
    }
    let (c, d) = tokio::join!(
        mailing_node(&app, &smtp_url).start(),
        mailing_node(&app, &smtp_url).start()
    );
    let (c, d) = (c?, d?);
    until("both nodes to run every job", || async {
        Ok(jobs(&app).await?.iter().all(|job| job.3.is_some()))
    })
    .await?;
    for other in &others {
        assert_eq!(
            mails_to(&smtp, &other.email),
            1,
            "one mail to {}",
            other.email
        );
    }
    assert_eq!(
        smtp.messages().len(),
        1 + others.len(),
        "nothing else was sent"
    );
    let all = jobs(&app).await?;
    assert!(
        all.iter()
            .all(|job| job.3.is_some() && (job.2 == 1 || job.0 == notice_job.0)),
        "every job done, each run once: {all:?}"
    );
    for sent in app.store.notices(&request.summary).await? {
        assert_eq!(sent.state.as_str(), "sent", "{sent:?}");
        assert_eq!(sent.deliveries.len(), 1, "{sent:?}");
    }
    drop((c.stop().await, d.stop().await));
    let verified = crate::audit_cli::lers(&app, &["audit", "verify"]).await;
    assert!(verified.ok, "{}", verified.stdout);
    Ok(())
}

crate::both_backends!(a_job_lease_of_nothing_or_over_a_day_stops_the_start);

async fn a_job_lease_of_nothing_or_over_a_day_stops_the_start(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let app = &app;
    let start_with_lease = |lease: &'static str| async move {
        crate::audit_cli::lers_with_env(
            app,
            &[("LERS_JOB_LEASE_SECS", lease)],
            &["audit", "verify"],
        )
        .await
    };
    for lease in ["0", "86401"] {
        let run = start_with_lease(lease).await;
        assert!(!run.ok, "a lease of {lease} s must stop the start");
        assert!(
            run.stdout
                .contains("job_lease_secs (LERS_JOB_LEASE_SECS) must be between 1 and 86400"),
            "{}",
            run.stdout
        );
    }
    let day = start_with_lease("86400").await;
    assert!(day.ok, "a day is allowed: {}", day.stdout);
    Ok(())
}

/// The node's upload claims in the test's own database, as PostgreSQL lists them.
const CLAIMS: &str = "FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 \
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

/// A database restart ends the session that holds a node's upload claim without the
/// node hearing of it. The node confirms its claim right before publishing the
/// chunk's part, so the chunk fails (503, nothing acknowledged), nothing is stored or
/// recorded, and the upload resumes. Meanwhile another producer's chunk of the file is
/// refused as not theirs, not as "still running": the producer is checked before the
/// claim is taken.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upload_claim_lost_mid_chunk_publishes_nothing() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return Ok(());
    };
    let (id, _, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    let data = plaintext(3 * SEGMENT_LEN + 10);
    let upload = producer.start_file("mailbox.mbox", data.len()).await?;
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<bytes::Bytes, std::io::Error>>(1);
    let stream = futures::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|item| (item, receiver))
    });
    let chunk = tokio::spawn(
        producer
            .browser
            .client
            .put(app.url(&upload))
            .header("x-csrf-token", &producer.csrf)
            .header("upload-offset", "0")
            .body(reqwest::Body::wrap_stream(stream))
            .send(),
    );
    sender.send(Ok(data[..SEGMENT_LEN].to_vec().into())).await?;
    let pool = app.store.pool();
    until("the chunk's claim", || async {
        let held: Vec<(i32,)> = sqlx::query_as(&format!("SELECT pid {CLAIMS}"))
            .fetch_all(pool)
            .await?;
        Ok(!held.is_empty())
    })
    .await?;

    // Another producer is told the file is not theirs, whoever holds it.
    let (other, _) = app
        .staff(
            "Olga Other",
            "olga@provider.example",
            &[lers_domain::account::Role::Producer],
        )
        .await;
    let page = other
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    let intruder = other
        .client
        .put(app.url(&upload))
        .header("x-csrf-token", csrf_token(&page).ok_or("csrf")?)
        .header("upload-offset", "0")
        .body(data[..SEGMENT_LEN].to_vec())
        .send()
        .await?;
    assert_eq!(intruder.status(), StatusCode::CONFLICT);
    let said = intruder.text().await?;
    assert!(said.contains("Only the producer who opened"), "{said}");

    // The database "restarts" for the claim: its session is ended.
    sqlx::query(&format!("SELECT pg_terminate_backend(pid) {CLAIMS}"))
        .execute(pool)
        .await?;
    sender
        .send(Ok(data[SEGMENT_LEN..2 * SEGMENT_LEN].to_vec().into()))
        .await?;
    drop(sender);
    let answer = chunk.await??;
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    let status: Value = producer.browser.get(&upload).await.json().await?;
    assert_eq!(status["received"], 0, "nothing acknowledged");
    let file_id = status["id"].as_str().ok_or("id")?.to_owned();
    let parts = app
        .state
        .productions
        .regions()
        .get(None)?
        .list_parts(&file_id)
        .await?;
    assert!(parts.is_empty(), "nothing published: {parts:?}");

    // The upload resumes from where it stood.
    let done: Value = producer.put(&upload, 0, data.clone()).await.json().await?;
    assert_eq!(done["complete"], true);
    assert_eq!(done["sha256"], sha256_hex(&data));
    Ok(())
}
