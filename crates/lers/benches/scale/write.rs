//! Durable writes: the naive ceiling (an axum server in this process doing one INSERT
//! and one durably committed transaction per request, on SQLite with LERS' own
//! pragmas) and durable API submissions (create + submit in one call) to a real
//! `lers serve` on SQLite, 64 connections, measured side by side in one run.
//!
//! `LERS_BENCH_SECONDS` sets how long each load runs (default 10).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use futures::future::BoxFuture;
use futures::FutureExt;
use lers_domain::clock::{Duration as Span, Timestamp};
use lers_store::{tokens, Ctx, TokenScope};
use sqlx::any::AnyPoolOptions;
use sqlx::{AnyPool, Executor};

use crate::load::{closed_loop, LoadResult, MakeRequest, UNLIMITED_API_RATES};
use crate::report::Line;
use crate::support::{self, Error, Server};

const CONNECTIONS: usize = 64;
const P99_TARGET_MS: f64 = 50.0;
const CEILING: &str = "naive ceiling";
const SUBMISSIONS: &str = "durable API submissions, 64 connections";

fn load_time() -> Duration {
    let seconds = std::env::var("LERS_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    Duration::from_secs(seconds)
}

/// Both rows: the ceiling first, then LERS against it.
pub fn durable_writes() -> BoxFuture<'static, Result<Vec<Line>, Error>> {
    async {
        let ceiling = naive_ceiling().await?;
        let lers = api_submissions().await?;
        let ceiling_rate = ceiling.ok_per_second();
        let rate = lers.ok_per_second();
        let errors = lers.transport_errors + (lers.statuses.values().sum::<u64>() - lers.ok());
        Ok(vec![
            Line {
                what: CEILING.into(),
                measured: figures(&ceiling),
                target: "the yardstick: axum + one INSERT + one durable commit per request (SQLite, synchronous=FULL, WAL)".into(),
                ratio: None,
                met: ceiling.ok() > 0,
            },
            Line {
                what: SUBMISSIONS.into(),
                measured: format!("{}, {errors} errors", figures(&lers)),
                target: format!("≥ ceiling ({ceiling_rate:.0}/s), p99 < {P99_TARGET_MS} ms"),
                ratio: Some(rate / ceiling_rate.max(1e-9)),
                met: rate >= ceiling_rate && lers.ok_p(99.0) < P99_TARGET_MS && errors == 0,
            },
        ])
    }
    .boxed()
}

fn figures(result: &LoadResult) -> String {
    format!(
        "{:.0}/s, p50 {:.1} ms, p99 {:.1} ms",
        result.ok_per_second(),
        result.ok_p(50.0),
        result.ok_p(99.0)
    )
}

/// SQLite opened the way LERS opens it (`lers-store/src/sql/dialect.rs`).
async fn sqlite_like_lers(path: &std::path::Path) -> Result<AnyPool, Error> {
    sqlx::any::install_default_drivers();
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                     PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                     PRAGMA secure_delete = ON;",
                )
                .await?;
                Ok(())
            })
        })
        .connect(&format!("sqlite://{}?mode=rwc", path.display()))
        .await?;
    pool.execute(
        "CREATE TABLE submissions (id INTEGER PRIMARY KEY, body TEXT NOT NULL, at BIGINT NOT NULL)",
    )
    .await?;
    Ok(pool)
}

/// One INSERT in its own durably committed transaction per request. SQLite runs one
/// writer at a time, so writers take turns on a mutex (as LERS' did before group
/// commit) rather than fail on a lock upgrade.
async fn naive_ceiling() -> Result<LoadResult, Error> {
    let dir = tempfile::tempdir()?;
    let pool = sqlite_like_lers(&dir.path().join("ceiling.db")).await?;
    let state = Arc::new((pool, tokio::sync::Mutex::new(())));
    let app = axum::Router::new()
        .route(
            "/submit",
            post(
                |State(state): State<Arc<(AnyPool, tokio::sync::Mutex<()>)>>, body: String| async move {
                    let (pool, writer) = &*state;
                    let _turn = writer.lock().await;
                    let stored = async {
                        let mut tx = pool.begin().await?;
                        sqlx::query("INSERT INTO submissions (body, at) VALUES ($1, $2)")
                            .bind(body)
                            .bind(0_i64)
                            .execute(&mut *tx)
                            .await?;
                        tx.commit().await
                    };
                    match stored.await {
                        Ok(()) => StatusCode::CREATED,
                        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
                    }
                },
            ),
        )
        .with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let make: MakeRequest = Arc::new(move |client, connection, n| {
        client
            .post(format!("{base}/submit"))
            .header("content-type", "application/json")
            .body(submission(connection, n).to_string())
    });
    let result = closed_loop(CONNECTIONS, load_time(), make).await;
    server.abort();
    result
}

fn submission(connection: usize, n: u64) -> serde_json::Value {
    serde_json::json!({
        "kind": "preservation",
        "submit": true,
        "request": {
            "title": format!("Bench {connection}-{n}"),
            "country": "US",
            "subdivision": "TX",
            "issuing_authority": "APD",
            "instrument": "preservation_letter",
            "citation": "18 U.S.C. 2703(f)",
            "description": "Preserve the account.",
            "targets": [{"type": "email", "value": format!("suspect{connection}x{n}@example.com")}],
            "data_categories": ["subscriber_info"]
        }
    })
}

/// Create + submit in one API call against a real `lers serve` on SQLite.
async fn api_submissions() -> Result<LoadResult, Error> {
    let dir = tempfile::tempdir()?;
    let token = {
        let store = support::open_store(dir.path()).await?;
        let now = Timestamp::from_unix_millis(i64::try_from(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)?
                .as_millis(),
        )?);
        let ctx = Ctx {
            at: now,
            actor: "bench".into(),
            ip: None,
        };
        let (owner, _) = support::requester(store.as_ref(), &ctx).await?;
        let token = format!("lers_pat_{}", tokens::generate());
        lers_store::ApiTokenStore::create_api_token(
            store.as_ref(),
            &owner,
            "bench",
            &[TokenScope::Read, TokenScope::Submit],
            &tokens::hash(&token),
            now.plus(Span::days(30)),
            &ctx,
        )
        .await?;
        token
    };
    let port = support::free_port()?;
    let base = format!("http://127.0.0.1:{port}");
    let server = Server(
        support::lers(dir.path())
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("LERS_BUILTIN_DOMAINS", "false")
            .env("LERS_JOB_INTERVAL_SECS", "3600")
            .envs(UNLIMITED_API_RATES)
            // Every connection admitted: this row measures durable writes; shedding
            // is the surge row's.
            .env("LERS_CONCURRENCY_API", CONNECTIONS.to_string())
            .env("LERS_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()?,
    );
    support::client_when_ready(&base).await?;
    let make: MakeRequest = Arc::new(move |client, connection, n| {
        client
            .post(format!("{base}/api/v1/requests"))
            .bearer_auth(&token)
            .json(&submission(connection, n))
    });
    let result = closed_loop(CONNECTIONS, load_time(), make).await;
    drop(server);
    result
}
