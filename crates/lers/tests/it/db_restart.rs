//! PostgreSQL restarted under load. The test starts a PostgreSQL server of its own
//! (initdb in a temporary directory, on a free port, as the `postgres` user), so the
//! shared server other tests use is never stopped, and a real `lers serve` on it.
//! Agency systems keep filing requests through the API while the server is stopped
//! (`pg_ctl stop -m fast`) and started again: every answer is 201 or 503 with
//! `Retry-After` (never a 500, never a dropped connection), readiness fails while the
//! database is down, submissions succeed again without restarting LERS, every
//! acknowledged request is there afterwards and the audit log verifies.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

use lers_domain::clock::{Clock, Duration, SystemClock};
use reqwest::{header, StatusCode};
use serde_json::Value;

use crate::harness::*;

const PG_BIN: &str = "/usr/lib/postgresql/15/bin";

/// A PostgreSQL cluster of the test's own, stopped (immediately) when dropped.
struct PrivatePostgres {
    dir: tempfile::TempDir,
    data: PathBuf,
    port: u16,
}

impl PrivatePostgres {
    /// Initialises and starts the cluster; `None` (skip) only outside CI when the
    /// PostgreSQL binaries are not installed.
    async fn start() -> TestResult<Option<Self>> {
        if !Path::new(PG_BIN).join("initdb").exists() {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                return Err(format!("CI=true but {PG_BIN}/initdb is missing").into());
            }
            eprintln!("skipping: the PostgreSQL binaries are not in {PG_BIN}");
            return Ok(None);
        }
        let dir = tempfile::tempdir()?;
        // initdb refuses root: the cluster belongs to the postgres user.
        run(
            "chown",
            &["postgres:postgres", &dir.path().display().to_string()],
        )
        .await?;
        let data = dir.path().join("data");
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let server = Self { dir, data, port };
        let initdb = format!("{PG_BIN}/initdb");
        let data = server.data.display().to_string();
        run(
            "runuser",
            &["-u", "postgres", "--", &initdb, "-D", &data, "-A", "trust"],
        )
        .await?;
        server.start_again().await?;
        Ok(Some(server))
    }

    fn admin_url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    async fn pg_ctl(&self, args: &[&str]) -> TestResult {
        let pg_ctl = format!("{PG_BIN}/pg_ctl");
        let data = self.data.display().to_string();
        let mut all = vec![
            "-u", "postgres", "--", &pg_ctl, "-D", &data, "-w", "-t", "60",
        ];
        all.extend_from_slice(args);
        run("runuser", &all).await
    }

    /// Starts the server (again), on its port and with its socket in its directory.
    async fn start_again(&self) -> TestResult {
        let log = self.dir.path().join("log").display().to_string();
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.dir.path().display()
        );
        self.pg_ctl(&["-l", &log, "-o", &options, "start"]).await
    }

    /// Stops the server the way an operator restarting it does: sessions are ended.
    async fn stop(&self) -> TestResult {
        self.pg_ctl(&["-m", "fast", "stop"]).await
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let _ = std::process::Command::new("runuser")
            .args(["-u", "postgres", "--", &format!("{PG_BIN}/pg_ctl"), "-D"])
            .arg(&self.data)
            .args(["-m", "immediate", "stop"])
            .output();
    }
}

async fn run(program: &str, args: &[&str]) -> TestResult {
    let output = tokio::process::Command::new(program)
        .args(args)
        .output()
        .await?;
    if !output.status.success() {
        return Err(format!(
            "{program} {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )
        .into());
    }
    Ok(())
}

/// Where the restart stands, as the load generators see it.
const UP: u8 = 0;
const DOWN: u8 = 1;
const RESTARTED: u8 = 2;

#[derive(Default)]
struct Tally {
    /// The ids of every request answered 201.
    acknowledged: Vec<String>,
    /// 503 answers (each carried a Retry-After).
    unavailable: usize,
    /// 201 answers to submissions sent after the restart.
    since_restart: usize,
}

/// Waits (bounded) until `ready` holds for the tally.
async fn until(tally: &Mutex<Tally>, what: &str, ready: impl Fn(&Tally) -> bool) -> TestResult {
    for _ in 0..1800 {
        if ready(&*tally.lock().map_err(|_| "tally poisoned")?) {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("gave up waiting for {what}").into())
}

/// One agency system filing requests until told to stop (at most 1,000).
async fn submitter(
    url: String,
    token: String,
    phase: Arc<AtomicU8>,
    done: Arc<AtomicBool>,
    tally: Arc<Mutex<Tally>>,
) -> TestResult {
    let client = reqwest::Client::new();
    for _ in 0..1000 {
        if done.load(Ordering::SeqCst) {
            return Ok(());
        }
        let sent_in = phase.load(Ordering::SeqCst);
        let answer = client
            .post(&url)
            .bearer_auth(&token)
            .json(&crate::api::user_data_request())
            .send()
            .await
            .map_err(|e| format!("a submission lost its connection: {e}"))?;
        match answer.status() {
            StatusCode::CREATED => {
                let body: Value = answer.json().await?;
                let id = body["id"].as_str().ok_or("201 without an id")?.to_owned();
                let mut tally = tally.lock().map_err(|_| "tally poisoned")?;
                tally.acknowledged.push(id);
                if sent_in == RESTARTED {
                    tally.since_restart += 1;
                }
            }
            StatusCode::SERVICE_UNAVAILABLE => {
                let retry_after = answer
                    .headers()
                    .get(header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok());
                if retry_after.is_none() {
                    return Err("a 503 without a Retry-After in seconds".into());
                }
                let body: Value = answer.json().await?;
                if !body["error"]
                    .as_str()
                    .is_some_and(|e| e.contains("cannot be reached"))
                {
                    return Err(format!("a 503 that does not say why: {body}").into());
                }
                tally.lock().map_err(|_| "tally poisoned")?.unavailable += 1;
            }
            other => {
                let body = answer.text().await.unwrap_or_default();
                return Err(format!("a submission answered {other}: {body}").into());
            }
        }
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_restarted_under_load_answers_503_then_recovers_losing_nothing() -> TestResult {
    let Some(postgres) = PrivatePostgres::start().await? else {
        return Ok(());
    };
    let app = TestApp::spawn_on(TestDatabase::on_postgres(&postgres.admin_url()).await).await;
    // The node runs on the real clock: the story happens now, not at the test epoch.
    app.advance(Duration::seconds(
        (SystemClock.now().unix_millis() - app.clock_now().unix_millis()) / 1000,
    ));
    let person = app.sign_up("system@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let data = tempfile::tempdir()?;
    let node = ServeCommand::node(&app, data.path()).start().await?;
    let http = reqwest::Client::new();
    let ready = |http: &reqwest::Client| http.get(format!("{}/readyz", node.base)).send();

    let phase = Arc::new(AtomicU8::new(UP));
    let done = Arc::new(AtomicBool::new(false));
    let tally = Arc::new(Mutex::new(Tally::default()));
    let submitters: Vec<_> = (0..6)
        .map(|_| {
            tokio::spawn(submitter(
                format!("{}/api/v1/requests", node.base),
                token.clone(),
                phase.clone(),
                done.clone(),
                tally.clone(),
            ))
        })
        .collect();

    // Under load, the database goes away.
    until(&tally, "submissions before the stop", |t| {
        t.acknowledged.len() >= 12
    })
    .await?;
    postgres.stop().await?;
    phase.store(DOWN, Ordering::SeqCst);
    let while_down = tally.lock().map_err(|_| "tally poisoned")?.unavailable;
    until(&tally, "503 answers while the database is down", |t| {
        t.unavailable >= while_down + 6
    })
    .await?;
    assert_eq!(
        ready(&http).await?.status(),
        StatusCode::SERVICE_UNAVAILABLE,
        "not ready while the database is down"
    );

    // It comes back: LERS recovers by itself, without a restart.
    postgres.start_again().await?;
    phase.store(RESTARTED, Ordering::SeqCst);
    until(&tally, "submissions after the restart", |t| {
        t.since_restart >= 6
    })
    .await?;
    done.store(true, Ordering::SeqCst);
    for submitter in submitters {
        submitter.await??;
    }
    assert_eq!(ready(&http).await?.status(), StatusCode::OK);

    // Every acknowledged request is there, and the audit log verifies.
    let acknowledged =
        std::mem::take(&mut tally.lock().map_err(|_| "tally poisoned")?.acknowledged);
    assert!(acknowledged.len() >= 18);
    // Read from the database itself: the node's per-token API limit (429) would
    // otherwise decide how many could be checked.
    for id in &acknowledged {
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE public_id = $1")
            .bind(id)
            .fetch_one(app.store.pool())
            .await?;
        assert_eq!(stored, 1, "acknowledged request {id} lost");
    }
    let verified = crate::audit_cli::lers(&app, &["audit", "verify"]).await;
    assert!(
        verified.ok && verified.stdout.contains("audit log OK"),
        "{}",
        verified.stdout
    );
    Ok(())
}
