//! Row "surge at 640 connections" (issue 16, item 2): 640 closed-loop connections file
//! API submissions (create + submit in one call) against a real `lers serve` with its
//! default budgets, while one connection polls `/healthz` and one a staff member's
//! queue page. Judged: admitted submissions p99 < 200 ms, the excess answered at
//! once with 503 + `Retry-After`, no other error, no acknowledged submission lost,
//! health and staff pages served throughout.
//!
//! In the same run the same server is measured with shedding switched off (budgets
//! too large to fill): the ratio is the admitted throughput with shedding over that
//! without, so shedding is seen not to cost throughput. Every connection comes from
//! 127.0.0.1, so the per-address API limit is raised for both runs (a real surge
//! comes from many addresses; the rate limits are tested by the integration tests).
//! `LERS_BENCH_SURGE_SECS` sets each run's length (default 10).

use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use serde_json::json;

use crate::load::{closed_loop, LoadResult, MakeRequest, UNLIMITED_API_RATES};
use crate::report::Line;
use crate::support::{
    client_when_ready, free_port, lers, open_store, reviewer_and_token, Error, Server,
};

const CONNECTIONS: usize = 640;
const ADMITTED_P99_MS: f64 = 200.0;
const AT_ONCE_MS: f64 = 100.0;

pub fn row() -> BoxFuture<'static, Result<Vec<Line>, Error>> {
    Box::pin(run())
}

/// One run: the surge and the two probes beside it.
struct Surge {
    submissions: LoadResult,
    health: LoadResult,
    staff: LoadResult,
    /// Submissions stored by the run (rows in the database afterwards).
    stored: u64,
}

async fn submitted(dir: &Path) -> Result<u64, Error> {
    let store = open_store(dir).await?;
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM requests WHERE submitted_at IS NOT NULL")
        .fetch_one(store.pool())
        .await?;
    store.pool().close().await;
    Ok(u64::try_from(n).unwrap_or(0))
}

async fn measure(
    dir: &Path,
    session: &str,
    token: &str,
    settings: &[(&str, &str)],
) -> Result<Surge, Error> {
    let before = submitted(dir).await?;
    let port = free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let mut command = lers(dir);
    command
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env("LERS_BUILTIN_DOMAINS", "false")
        .env("LERS_JOB_INTERVAL_SECS", "3600")
        .envs(UNLIMITED_API_RATES)
        .env("LERS_LOG", "warn")
        .stdout(Stdio::null());
    for (name, value) in settings {
        command.env(name, value);
    }
    let server = Server(command.spawn()?);
    client_when_ready(&base).await?;
    let seconds = std::env::var("LERS_BENCH_SURGE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let duration = Duration::from_secs(seconds);
    let (url, bearer) = (format!("{base}/api/v1/requests"), token.to_owned());
    let submit: MakeRequest = Arc::new(move |client, connection, n| {
        client.post(&url).bearer_auth(&bearer).json(&json!({
            "kind": "preservation",
            "submit": true,
            "request": {
                "title": format!("Surge {connection}-{n}"), "country": "US", "subdivision": "TX",
                "issuing_authority": "APD", "instrument": "preservation_letter",
                "citation": "18 U.S.C. 2703(f)", "description": "Preserve the account.",
                "targets": [{"type": "email", "value": format!("suspect{connection}@example.com")}],
                "data_categories": ["subscriber_info"]
            }
        }))
    });
    let health_url = format!("{base}/healthz");
    let health: MakeRequest = Arc::new(move |client, _, _| client.get(&health_url));
    let (queue_url, cookie) = (
        format!("{base}/staff/queue"),
        format!("lers_session={session}"),
    );
    let staff: MakeRequest =
        Arc::new(move |client, _, _| client.get(&queue_url).header("cookie", &cookie));
    let (submissions, health, staff) = tokio::join!(
        closed_loop(CONNECTIONS, duration, submit),
        closed_loop(1, duration, health),
        closed_loop(1, duration, staff),
    );
    drop(server);
    Ok(Surge {
        submissions: submissions?,
        health: health?,
        staff: staff?,
        stored: submitted(dir).await? - before,
    })
}

fn probe_line(what: &str, seen: &LoadResult) -> Line {
    let failed = seen.statuses.values().sum::<u64>() - seen.count(200) + seen.transport_errors;
    Line {
        what: format!("surge at 640 connections: {what} meanwhile"),
        measured: format!(
            "{} answers, p50 {:.1} ms, p99 {:.1} ms, {failed} not 200",
            seen.count(200),
            seen.ok_p(50.0),
            seen.ok_p(99.0)
        ),
        target: format!("p99 < {ADMITTED_P99_MS} ms, all 200"),
        ratio: None,
        met: failed == 0 && seen.count(200) > 0 && seen.ok_p(99.0) < ADMITTED_P99_MS,
    }
}

async fn run() -> Result<Vec<Line>, Error> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-surge");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let ((session, _csrf), token) = reviewer_and_token(&dir).await?;
    let unshed = measure(
        &dir,
        &session,
        &token,
        &[
            ("LERS_CONCURRENCY_API", "100000"),
            ("LERS_QUEUE_DEADLINE_MS", "600000"),
        ],
    )
    .await?;
    let shed = measure(&dir, &session, &token, &[]).await?;

    let s = &shed.submissions;
    let admitted = s.count(201);
    let excess = s.count(503);
    let other = s.statuses.values().sum::<u64>() - admitted - excess + s.transport_errors;
    let lost = admitted.saturating_sub(shed.stored);
    let u = &unshed.submissions;
    let ratio = s.ok_per_second() / u.ok_per_second().max(1e-9);
    Ok(vec![
        Line {
            what: "surge at 640 connections: admitted submissions".into(),
            measured: format!(
                "{:.0}/s, p50 {:.1} ms, p99 {:.1} ms (shedding off: {:.0}/s, p99 {:.1} ms)",
                s.ok_per_second(),
                s.ok_p(50.0),
                s.ok_p(99.0),
                u.ok_per_second(),
                u.ok_p(99.0)
            ),
            target: format!("p99 < {ADMITTED_P99_MS} ms; throughput vs shedding off"),
            ratio: Some(ratio),
            met: admitted > 0 && s.ok_p(99.0) < ADMITTED_P99_MS,
        },
        Line {
            what: "surge at 640 connections: the excess".into(),
            measured: format!(
                "{excess} answered 503 ({} without Retry-After), p50 {:.1} ms, p99 {:.1} ms",
                s.retry_after_missing,
                s.other_p(50.0),
                s.other_p(99.0)
            ),
            target: format!("503 + Retry-After at once (p99 < {AT_ONCE_MS} ms)"),
            ratio: None,
            met: s.retry_after_missing == 0 && s.other_p(99.0) < AT_ONCE_MS,
        },
        Line {
            what: "surge at 640 connections: errors and loss".into(),
            measured: format!(
                "{other} other answers or transport errors; {admitted} acknowledged, {} stored, {lost} lost",
                shed.stored
            ),
            target: "0 other errors, 0 lost".into(),
            ratio: None,
            met: other == 0 && lost == 0,
        },
        probe_line("/healthz", &shed.health),
        probe_line("staff queue page", &shed.staff),
    ])
}
