//! Benchmark: how much database work one page view or one API call costs (issue 12).
//!
//! `cargo bench -p lers --bench queries` (optionally `-- DIR`).
//!
//! A real `lers serve` process runs with SQL statement logging on
//! (`LERS_LOG=warn,sqlx::query=trace`); every statement it sends to the database is one
//! log event, so the events counted between a request and its response are the
//! statements that request cost. Measured:
//! 1. the staff console's page of a submitted request naming 5 targets;
//! 2. one API submission (create and submit in one call) naming 5 targets.
//!
//! The background job runner is slowed to once an hour so its polling does not count.
//! With `LERS_BENCH_SHOW_SQL=1` the statements of the last page view and the last
//! submission are printed (their sqlx summaries), to see where they go.

mod support;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use support::{client_when_ready, free_port, lers, memory_mib, reviewer_and_token, Error, Server};

const VIEWS: u64 = 20;
const TARGETS: usize = 5;

/// A request body naming [`TARGETS`] phone numbers, submitted at once.
fn submission() -> Value {
    let targets: Vec<Value> = (0..TARGETS)
        .map(|n| json!({"type": "phone", "value": format!("+1555010{:04}", 100 + n)}))
        .collect();
    json!({
        "kind": "user_data",
        "submit": true,
        "request": {
            "title": "Operation Walnut",
            "country": "US",
            "subdivision": "TX",
            "issuing_authority": "42nd District Court",
            "instrument": "search_warrant",
            "citation": "Cause No. 2026-4471",
            "description": "Subscriber details of the accounts used in the fraud.",
            "targets": targets,
            "data_categories": ["subscriber_info"],
            "date_from": "2026-01-01",
            "date_to": "2026-06-30",
            "nondisclosure": {"term": "indefinite"}
        }
    })
}

/// The statement events a server printed, kept in order.
type Statements = Arc<Mutex<Vec<String>>>;

/// Counts the statement events a server prints (a thread reads its output).
fn count_statements(server: &mut Server) -> Result<(Arc<AtomicU64>, Statements), Error> {
    let stdout = server.0.stdout.take().ok_or("server stdout")?;
    let count = Arc::new(AtomicU64::new(0));
    let seen: Statements = Arc::default();
    let (counter, kept) = (count.clone(), seen.clone());
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains("sqlx::query") {
                if let Ok(mut kept) = kept.lock() {
                    kept.push(summary_of(&line));
                }
                counter.fetch_add(1, Ordering::SeqCst);
            }
        }
    });
    Ok((count, seen))
}

/// The `summary="…"` field of a statement event (the statement's start).
fn summary_of(line: &str) -> String {
    line.split_once("summary=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or_else(|| line.to_owned(), |(summary, _)| summary.to_owned())
}

/// Prints the last `n` statements seen, when `LERS_BENCH_SHOW_SQL=1`.
fn show_last(title: &str, seen: &Statements, n: u64) {
    if std::env::var("LERS_BENCH_SHOW_SQL").as_deref() != Ok("1") {
        return;
    }
    if let Ok(seen) = seen.lock() {
        println!("{title}:");
        let from = seen.len().saturating_sub(usize::try_from(n).unwrap_or(0));
        for statement in &seen[from..] {
            println!("    {statement}");
        }
    }
}

/// Statements counted while `call` runs (after its output has been read).
async fn statements_of<F, Fut>(count: &AtomicU64, call: F) -> Result<u64, Error>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    settle(count).await;
    let before = count.load(Ordering::SeqCst);
    call().await?;
    settle(count).await;
    Ok(count.load(Ordering::SeqCst) - before)
}

/// Waits until the reader thread has caught up with the server's output.
async fn settle(count: &AtomicU64) {
    let mut last = count.load(Ordering::SeqCst);
    loop {
        tokio::time::sleep(Duration::from_millis(150)).await;
        let now = count.load(Ordering::SeqCst);
        if now == last {
            return;
        }
        last = now;
    }
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let dir = args.first().map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-queries"),
        PathBuf::from,
    );
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let ((session, _csrf), token) = reviewer_and_token(&dir).await?;

    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let mut server = Server(
        lers(&dir)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("LERS_BUILTIN_DOMAINS", "false")
            .env("LERS_JOB_INTERVAL_SECS", "3600")
            .env("LERS_LOG", "warn,sqlx::query=trace")
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?,
    );
    let (count, seen) = count_statements(&mut server)?;
    let http = client_when_ready(&base).await?;

    // API submissions: the first warms up; the rest are measured.
    let submit = || async {
        let response = http
            .post(format!("{base}/api/v1/requests"))
            .bearer_auth(&token)
            .json(&submission())
            .send()
            .await?;
        if response.status() != reqwest::StatusCode::CREATED {
            return Err(format!("API submission answered {}", response.status()).into());
        }
        let body: Value = response.json().await?;
        Ok::<String, Error>(body["id"].as_str().ok_or("no id")?.to_owned())
    };
    let id = submit().await?;
    let mut per_submission = Vec::new();
    for _ in 0..5 {
        per_submission.push(
            statements_of(&count, || async {
                submit().await?;
                Ok(())
            })
            .await?,
        );
    }

    show_last(
        "statements of the last submission",
        &seen,
        per_submission.last().copied().unwrap_or(0),
    );

    // The console page of the first request: every view costs the same.
    let view = || async {
        let response = http
            .get(format!("{base}/staff/requests/{id}"))
            .header("cookie", format!("lers_session={session}"))
            .send()
            .await?;
        if response.status() != reqwest::StatusCode::OK {
            return Err(format!("console page answered {}", response.status()).into());
        }
        response.bytes().await?;
        Ok::<(), Error>(())
    };
    view().await?;
    let mut per_view = Vec::new();
    for _ in 0..VIEWS {
        per_view.push(statements_of(&count, view).await?);
    }
    show_last(
        "statements of the last page view",
        &seen,
        per_view.last().copied().unwrap_or(0),
    );
    let (peak_mib, _) = memory_mib(server.0.id());
    drop(server);

    let range = |values: &[u64]| {
        let min = values.iter().min().copied().unwrap_or(0);
        let max = values.iter().max().copied().unwrap_or(0);
        let mut sorted = values.to_vec();
        sorted.sort_unstable();
        let median = sorted.get(sorted.len() / 2).copied().unwrap_or(0);
        if min == max {
            format!("{min}")
        } else {
            format!("median {median} (from {min} to {max})")
        }
    };
    println!("SQL statements (SQLite, counted from the server's statement log):");
    println!(
        "  console request page, {TARGETS} targets: {} per view ({VIEWS} views)",
        range(&per_view)
    );
    println!(
        "  API submission (create + submit, {TARGETS} targets): {} per call ({} calls)",
        range(&per_submission),
        per_submission.len()
    );
    println!("  server peak resident memory over the run: {peak_mib:.1} MiB");
    Ok(())
}
