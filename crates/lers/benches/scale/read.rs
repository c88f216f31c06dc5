//! The read rows of issue 16: `lers audit verify` against the SHA-256 work it cannot
//! avoid, the queue page at 10k and 1M requests, the case page of a target named by
//! 30k other requests, the deconfliction lookup over 1M targets, and the transparency
//! report over 1M requests on SQLite and PostgreSQL.
//!
//! Sizes: `LERS_BENCH_READ_ROWS` (default 1,000,000 requests),
//! `LERS_BENCH_AUDIT_EVENTS` (default 1,000,000), `LERS_BENCH_NAMINGS` (30,000).

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::future::{BoxFuture, FutureExt};
use lers_domain::audit_tree::Frontier;
use lers_domain::transparency::{build, Period};
use lers_store::prelude::*;
use lers_store::TargetKey;

use crate::load::{closed_loop, MakeRequest};
use crate::read_data::{self, Bench};
use crate::report::Line;
use crate::support::Error;
use crate::synthetic_audit;

fn size(var: &str, default: u64) -> u64 {
    std::env::var(var)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `LERS_BENCH_READ_ROWS`: the requests of the rows "at a million".
fn read_rows() -> u64 {
    size("LERS_BENCH_READ_ROWS", 1_000_000)
}

fn count(n: u64) -> String {
    let digits = n.to_string().into_bytes();
    let groups: Vec<String> = digits
        .rchunks(3)
        .rev()
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect();
    groups.join(",")
}

pub fn audit_verify() -> BoxFuture<'static, Result<Vec<Line>, Error>> {
    async {
        let events = size("LERS_BENCH_AUDIT_EVENTS", 1_000_000);
        let bench = read_data::open(None).await?;
        let floor = write_log(&bench, events).await?;
        let read = read_floor(&bench).await?;
        // Both are per-entry costs on both cores: a verifier pays their sum.
        let with_reading = |hashing: f64| 1.0 / (1.0 / read + 1.0 / hashing);
        let key = bench.store.audit_public_key();
        let mut lines = vec![
            Line {
                what: "SHA-256 floor: every leaf and interior node, on both cores (what `verify` hashes by default)".into(),
                measured: format!(
                    "{}/s; with the root of every tree head recomputed too (`--every-root`): {}/s",
                    count(floor.leaves_and_nodes as u64),
                    count(floor.with_heads as u64)
                ),
                target: "≥ 2,000,000/s (below it, no verifier meets the row)".into(),
                ratio: Some(floor.leaves_and_nodes / 2_000_000.0),
                met: floor.leaves_and_nodes >= 2_000_000.0,
            },
            Line {
                what: "the same, with the rows read from SQLite as `verify` reads them".into(),
                measured: format!(
                    "{}/s; with every tree head: {}/s; reading alone (two readers stepping every row, every column touched, nothing hashed): {}/s",
                    count(with_reading(floor.leaves_and_nodes) as u64),
                    count(with_reading(floor.with_heads) as u64),
                    count(read as u64)
                ),
                target: "≥ 2,000,000/s (below it, no verifier reading this table meets the row)"
                    .into(),
                ratio: Some(with_reading(floor.leaves_and_nodes) / 2_000_000.0),
                met: with_reading(floor.leaves_and_nodes) >= 2_000_000.0,
            },
        ];
        for (what, checkpoints, floor) in [
            (
                "sampled checkpoints (the default)",
                lers_store::Checkpoints::Sample,
                floor.leaves_and_nodes,
            ),
            (
                "every root (`--every-root`)",
                lers_store::Checkpoints::EveryRoot,
                floor.with_heads,
            ),
            (
                "every signature (`--every-signature`)",
                lers_store::Checkpoints::Every,
                floor.with_heads,
            ),
        ] {
            let started = Instant::now();
            let report = bench.store.audit_verify_with(&key, checkpoints).await?;
            let rate = report.entries as f64 / started.elapsed().as_secs_f64();
            if let Some(problem) = report.problem {
                return Err(
                    format!("the generated log does not verify: {}", problem.reason).into(),
                );
            }
            lines.push(Line {
                what: format!(
                    "`lers audit verify`, {} events, {what}",
                    count(report.entries)
                ),
                measured: format!(
                    "{}/s ({} checkpoints, {} roots compared, {} signatures checked)",
                    count(rate as u64),
                    count(report.checkpoints),
                    count(report.roots_compared),
                    count(report.signatures_checked),
                ),
                target: format!(
                    "≥ 2,000,000/s; SHA-256 floor of this check {}/s",
                    count(floor as u64)
                ),
                ratio: Some(rate / 2_000_000.0),
                met: rate >= 2_000_000.0,
            });
        }
        Ok(lines)
    }
    .boxed()
}

/// Events per second that SHA-256 alone allows a verifier of the stored log.
struct Floor {
    /// Every leaf and every interior node hashed, half the log on each core.
    leaves_and_nodes: f64,
    /// The same, and the root of every stored tree head recomputed.
    with_heads: f64,
}

/// Appends `events` entries the way the writer does (a checkpoint closing each
/// transaction of one to four entries); returns the SHA-256 floors of checking the log.
async fn write_log(bench: &Bench, events: u64) -> Result<Floor, Error> {
    synthetic_audit::append(
        bench.store.pool(),
        &bench.ring.audit_signing,
        bench.ctx.at,
        events,
    )
    .await?;
    sha256_floor(bench).await
}

/// SHA-256 alone over the stored log: the leaf data read back, then on each core half
/// the leaves hashed and pushed into a tree of its own (the interior nodes), with and
/// without the root of every stored tree head.
async fn sha256_floor(bench: &Bench) -> Result<Floor, Error> {
    let pool = bench.store.pool();
    let heads: Vec<i64> =
        sqlx::query_scalar("SELECT idx FROM audit_log WHERE root_hash <> '' ORDER BY idx")
            .fetch_all(pool)
            .await?;
    let leaves_data: Vec<Vec<u8>> =
        sqlx::query_scalar::<_, String>("SELECT leaf FROM audit_log ORDER BY idx")
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(String::into_bytes)
            .collect();
    let entries = leaves_data.len() as f64;
    let head_flags: Vec<bool> = {
        let mut flags = vec![false; leaves_data.len()];
        for head in heads {
            if let Some(flag) = usize::try_from(head).ok().and_then(|i| flags.get_mut(i)) {
                *flag = true;
            }
        }
        flags
    };
    Ok(Floor {
        leaves_and_nodes: entries / hash_on_two_cores(&leaves_data, &head_flags, false),
        with_heads: entries / hash_on_two_cores(&leaves_data, &head_flags, true),
    })
}

/// Seconds to hash the leaves and interior nodes of `leaves_data`, half on each core
/// (each half a tree of its own), and with `roots` the root after each flagged entry.
fn hash_on_two_cores(leaves_data: &[Vec<u8>], heads: &[bool], roots: bool) -> f64 {
    let half = leaves_data.len().div_ceil(2).max(1);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for (data, heads) in leaves_data.chunks(half).zip(heads.chunks(half)) {
            scope.spawn(move || {
                let mut frontier = Frontier::new();
                for (leaf, head) in data.iter().zip(heads) {
                    frontier.push(lers_domain::audit_tree::leaf_hash(leaf));
                    if roots && *head {
                        std::hint::black_box(frontier.root());
                    }
                }
                std::hint::black_box(frontier.root());
            });
        }
    });
    started.elapsed().as_secs_f64()
}

/// Entries per second that SQLite alone gives two readers of the log (one per core,
/// each half of it, the file mapped as `verify` maps it): every row stepped and every
/// column `verify` reads touched, nothing copied or hashed.
async fn read_floor(bench: &Bench) -> Result<f64, Error> {
    let pool = bench.store.pool();
    let file: String =
        sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
            .fetch_one(pool)
            .await?;
    let entries: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
        .fetch_one(pool)
        .await?;
    let half = (entries + 1) / 2;
    tokio::task::spawn_blocking(move || -> Result<f64, Error> {
        let started = Instant::now();
        let touched = std::thread::scope(|scope| {
            let parts: Vec<_> = [(0, half), (half, entries)]
                .into_iter()
                .map(|(from, to)| {
                    let file = &file;
                    scope.spawn(move || step_log_rows(file, from, to))
                })
                .collect();
            parts
                .into_iter()
                .map(|part| {
                    part.join()
                        .unwrap_or_else(|_| Err("a reader panicked".into()))
                })
                .sum::<Result<usize, Error>>()
        })?;
        std::hint::black_box(touched);
        Ok(entries as f64 / started.elapsed().as_secs_f64())
    })
    .await?
}

/// Steps the log's rows `from..to` of `file`; returns the bytes of their columns.
fn step_log_rows(file: &str, from: i64, to: i64) -> Result<usize, Error> {
    use rusqlite::types::ValueRef;
    let conn = rusqlite::Connection::open_with_flags(
        file,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.execute_batch("PRAGMA mmap_size = 4294967296")?;
    let mut rows = conn.prepare(
        "SELECT idx, leaf, leaf_hash, root_hash, signature, pruned_at FROM audit_log \
         WHERE idx >= ?1 AND idx < ?2 ORDER BY idx",
    )?;
    let mut rows = rows.query([from, to])?;
    let mut bytes = 0;
    while let Some(row) = rows.next()? {
        for column in 0..6 {
            bytes += match row.get_ref(column)? {
                ValueRef::Text(text) | ValueRef::Blob(text) => text.len(),
                _ => 8,
            };
        }
    }
    Ok(bytes)
}

/// Serves `bench`'s application on a free port in this process (so the generated
/// rows are served as they are: `lers serve` would first seal what looks clear).
async fn serve(bench: &Bench) -> Result<(String, tokio::sync::oneshot::Sender<()>), Error> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = bench.app.clone();
    tokio::spawn(async move {
        let _ = lers_web::serve(app, listener, async {
            let _ = stopped.await;
        })
        .await;
    });
    crate::support::client_when_ready(&base).await?;
    Ok((base, stop))
}

/// A page measured by 4 connections for 5 s: (p50 ms, p99 ms, bytes of one answer).
async fn page(base: &str, path: &str, bench: &Bench) -> Result<(f64, f64, usize, u64), Error> {
    let url = format!("{base}{path}");
    let cookie = format!("lers_session={}", bench.session.0);
    let client = crate::load::one_connection_client(Duration::from_secs(60))?;
    let first = client.get(&url).header("cookie", &cookie).send().await?;
    if !first.status().is_success() {
        return Err(format!("{path} answered {}", first.status()).into());
    }
    let bytes = first.bytes().await?.len();
    let make: MakeRequest =
        Arc::new(move |client, _, _| client.get(&url).header("cookie", &cookie));
    let result = closed_loop(4, Duration::from_secs(5), make).await?;
    if result.ok() == 0
        || result.transport_errors > 0
        || result.ok() != result.statuses.values().sum::<u64>()
    {
        return Err(format!(
            "{path}: {:?}, {} transport errors",
            result.statuses, result.transport_errors
        )
        .into());
    }
    Ok((result.ok_p(50.0), result.ok_p(99.0), bytes, result.ok()))
}

fn page_line(what: String, (p50, p99, bytes, n): (f64, f64, usize, u64), ceiling_ms: f64) -> Line {
    Line {
        what,
        measured: format!(
            "p50 {p50:.1} ms, p99 {p99:.1} ms, {} KiB of HTML ({} views, 4 connections)",
            bytes / 1024,
            count(n)
        ),
        target: format!("p99 < {ceiling_ms} ms"),
        ratio: Some(p99 / ceiling_ms),
        met: p99 < ceiling_ms,
    }
}

/// A bench store (`database_url`: PostgreSQL; `None`: SQLite) holding `rows`
/// generated requests: the setup every row below starts from.
async fn with_requests(database_url: Option<String>, rows: u64) -> Result<Bench, Error> {
    let bench = read_data::open(database_url).await?;
    let started = Instant::now();
    read_data::requests(&bench, 0, rows).await?;
    eprintln!(
        "generated {} requests in {:.1} s",
        count(rows),
        started.elapsed().as_secs_f64()
    );
    Ok(bench)
}

/// The queue page over `bench`'s `rows` requests, served at `base`.
async fn queue_line(base: &str, bench: &Bench, rows: u64) -> Result<Line, Error> {
    Ok(page_line(
        format!("console queue page, {} requests", count(rows)),
        page(base, "/staff/queue", bench).await?,
        30.0,
    ))
}

/// The queue at 10k requests, and the case page of a target that `LERS_BENCH_NAMINGS`
/// other requests name.
pub fn queue_and_busy_target() -> BoxFuture<'static, Result<Vec<Line>, Error>> {
    async {
        let namings = size("LERS_BENCH_NAMINGS", 30_000);
        let rows = 10_000.max(namings);
        let bench = with_requests(None, rows).await?;
        let (base, stop) = serve(&bench).await?;
        let mut lines = vec![queue_line(&base, &bench, rows).await?];
        let case = busy_case(&bench, namings).await?;
        let measured = page(&base, &format!("/staff/requests/{case}"), &bench).await?;
        lines.push(page_line(
            format!(
                "console request page, target named by {} others",
                count(namings)
            ),
            measured,
            50.0,
        ));
        let _ = stop.send(());
        Ok(lines)
    }
    .boxed()
}

/// A request submitted through the store naming a phone number that `namings`
/// generated requests name too; its public id.
async fn busy_case(bench: &Bench, namings: u64) -> Result<String, Error> {
    let phone = "+15550100199";
    read_data::name_target(bench, phone, 0, namings).await?;
    let owner = bench.store.account(bench.owner).await?.ok_or("owner")?;
    let draft = lers_domain::request::RequestDraft {
        title: "Operation Walnut".into(),
        country: "US".into(),
        subdivision: "TX".into(),
        issuing_authority: "42nd District Court, Taylor County".into(),
        instrument: Some(lers_domain::request::LegalInstrument::SearchWarrant),
        citation: "Cause No. 2026-4471".into(),
        description: "Subscriber details of the account used to extort the victim.".into(),
        targets: vec![lers_domain::request::TargetInput {
            kind: "phone".into(),
            value: phone.into(),
        }],
        data_categories: vec![lers_domain::request::DataCategory::SubscriberInfo],
        date_from: "2026-01-01".into(),
        date_to: "2026-06-30".into(),
        nondisclosure: lers_domain::request::OrderTerm::Until {
            until: "2027-06-30".into(),
        },
        ..Default::default()
    };
    let kind = lers_domain::request::RequestKind::UserData;
    let record = bench
        .store
        .create_request(&owner, kind, &draft, &bench.ctx)
        .await?;
    let submitted = draft
        .validate(kind, bench.ctx.at.date())
        .map_err(|e| format!("{e:?}"))?;
    let submission = lers_store::Submission {
        request: &submitted,
        colleague_ids: &[],
        year: 2026,
        due_at: bench.ctx.at,
        received_at: bench.ctx.at,
        channel: lers_domain::request::RequestChannel::Api,
    };
    bench
        .store
        .submit_request(&owner, &record.summary.id, &submission, &bench.ctx)
        .await?;
    Ok(record.summary.id)
}

/// At `LERS_BENCH_READ_ROWS` requests on SQLite: the queue page, the deconfliction
/// lookup (one target among a million, under the real key) and the transparency report.
pub fn at_a_million() -> BoxFuture<'static, Result<Vec<Line>, Error>> {
    async {
        let rows = read_rows();
        let bench = with_requests(None, rows).await?;
        let (base, stop) = serve(&bench).await?;
        let mut lines = vec![queue_line(&base, &bench, rows).await?];
        let _ = stop.send(());
        lines.push(lookup(&bench, rows).await?);
        lines.push(transparency(&bench, rows, "SQLite").await?);
        Ok(lines)
    }
    .boxed()
}

/// 200 lookups of targets named by 1–3 requests each, among `rows` target rows.
async fn lookup(bench: &Bench, rows: u64) -> Result<Line, Error> {
    for n in 0..200u64 {
        read_data::name_target(
            bench,
            &format!("+1555020{n:04}"),
            n * (rows / 200),
            1 + n % 3,
        )
        .await?;
    }
    let mut times = Vec::new();
    for n in 0..200u64 {
        let key = TargetKey {
            target_type: "phone".into(),
            normalized: format!("+1555020{n:04}"),
        };
        let started = Instant::now();
        let found = bench.store.named_by(-1, &[key], 10, 0).await?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        if found.first().map(|p| p.total) != Some(i64::try_from(1 + n % 3)?) {
            return Err("the lookup did not find what was named".into());
        }
    }
    times.sort_by(f64::total_cmp);
    let p99 = times[times.len() * 99 / 100 - 1];
    Ok(Line {
        what: format!("deconfliction lookup over {} targets", count(rows)),
        measured: format!(
            "p50 {:.2} ms, p99 {p99:.2} ms (200 targets, count + first page)",
            times[times.len() / 2]
        ),
        target: "< 5 ms".into(),
        ratio: Some(p99 / 5.0),
        met: p99 < 5.0,
    })
}

/// The transparency report of the period holding the generated requests, as the
/// admin's "compute" does it (the tallies, the EU tallies, the report).
async fn transparency(bench: &Bench, rows: u64, backend: &str) -> Result<Line, Error> {
    let period = Period::containing(bench.ctx.at);
    let mut times = Vec::new();
    let mut counted = 0;
    for _ in 0..3 {
        let started = Instant::now();
        let tallies = bench.store.tally(period).await?;
        let eu = bench.store.eu_tally(period).await?;
        let report = build(period, &tallies, 250);
        times.push(started.elapsed().as_secs_f64());
        counted = tallies.iter().map(|t| t.requests).sum::<u64>();
        std::hint::black_box((report, eu));
    }
    times.sort_by(f64::total_cmp);
    let best = times[0];
    Ok(Line {
        what: format!("transparency report, {} requests, {backend}", count(rows)),
        measured: format!(
            "{best:.3} s best of 3 (median {:.3} s; {} requests in the period)",
            times[1],
            count(counted)
        ),
        target: "< 1 s".into(),
        ratio: Some(best),
        met: best < 1.0,
    })
}

/// The same report on PostgreSQL (`LERS_BENCH_POSTGRES_URL`, else
/// `LERS_TEST_POSTGRES_URL`), in a database of its own, dropped afterwards.
pub fn transparency_postgres() -> BoxFuture<'static, Result<Vec<Line>, Error>> {
    async {
        let rows = read_rows();
        let admin = std::env::var("LERS_BENCH_POSTGRES_URL")
            .or_else(|_| std::env::var("LERS_TEST_POSTGRES_URL"))
            .map_err(|_| "set LERS_BENCH_POSTGRES_URL (or LERS_TEST_POSTGRES_URL)")?;
        let name = format!("lers_bench_read_{}", std::process::id());
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&admin).await?;
        sqlx::Executor::execute(&pool, format!("CREATE DATABASE {name}").as_str()).await?;
        let url = match admin.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => return Err("LERS_BENCH_POSTGRES_URL has no database part".into()),
        };
        let measured = async {
            let bench = with_requests(Some(url), rows).await?;
            let line = transparency(&bench, rows, "PostgreSQL").await?;
            bench.store.pool().close().await;
            Ok::<_, Error>(line)
        }
        .await;
        sqlx::Executor::execute(
            &pool,
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
        )
        .await?;
        Ok(vec![measured?])
    }
    .boxed()
}
