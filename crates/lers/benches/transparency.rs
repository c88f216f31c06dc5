//! Benchmark: computing a transparency report over 1,000,000 requests on SQLite.
//!
//! `cargo bench -p lers --bench transparency` (optionally `-- 2000000` for another
//! size). Generates the requests into a fresh SQLite database in a temporary
//! directory, then times `tally` + `build` for the period, several times.

use std::time::Instant;

use lers_domain::account::Roles;
use lers_domain::clock::Duration;
use lers_domain::transparency::{build, Period};
use lers_store::{prelude::*, Ctx, NewToken};
use sqlx::Executor;

const KINDS: [(&str, Option<&str>); 8] = [
    ("user_data", Some("subpoena")),
    ("user_data", Some("court_order")),
    ("user_data", Some("search_warrant")),
    ("user_data", Some("national_security")),
    ("user_data", Some("eu_production_order")),
    ("emergency", None),
    ("preservation", Some("preservation_letter")),
    ("withhold_access", Some("court_order")),
];
const COUNTRIES: [&str; 12] = [
    "US", "DE", "PL", "VN", "CN", "GB", "FR", "IN", "BR", "AU", "CA", "JP",
];
const STATUSES: [&str; 5] = [
    "submitted",
    "approved",
    "rejected",
    "challenged",
    "withdrawn",
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let dir = std::env::temp_dir().join(format!("lers-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let settings = lers_app::Settings {
        data_dir: dir.clone(),
        database_url: Some(format!("sqlite://{}", dir.join("bench.db").display())),
        ..lers_app::Settings::default()
    };
    let (_, store) = lers_app::App::builder(settings).build_with_sql().await?;
    let period = Period {
        year: 2026,
        half: 2,
    };
    let ctx = Ctx {
        at: period.start(),
        actor: "system".into(),
        ip: None,
    };
    let owner = store
        .create_staff(
            "bench@provider.example",
            "Bench",
            &Roles::none(),
            NewToken {
                token_hash: "bench".into(),
                expires_at: period.end(),
            },
            &ctx,
        )
        .await?;

    let started = Instant::now();
    let span = period.end().since(period.start()).as_millis();
    let mut conn = store.pool().acquire().await?;
    conn.execute("BEGIN").await?;
    for batch in (0..total).collect::<Vec<_>>().chunks(1000) {
        let values: Vec<String> = batch
            .iter()
            .map(|&i| {
                let (kind, instrument) = KINDS[i % KINDS.len()];
                let status = STATUSES[(i / 7) % STATUSES.len()];
                let at = period.start().plus(Duration::millis((i as i64 * 7919) % span)).unix_millis();
                format!(
                    "('b{i}', {owner}, '{kind}', '{status}', 'x', '{country}', {emergency}, '{{}}', {at}, {at}, {at}, {instrument}, {targets}, {delay}, {disclosed}, {content})",
                    owner = owner.id,
                    country = COUNTRIES[(i / 3) % COUNTRIES.len()],
                    emergency = i64::from(kind == "emergency"),
                    instrument = instrument.map_or("NULL".to_owned(), |s| format!("'{s}'")),
                    targets = 1 + i % 3,
                    delay = i64::from(i % 11 == 0),
                    disclosed = i64::from(status == "approved"),
                    content = i64::from(status == "approved" && i % 5 == 0),
                )
            })
            .collect();
        let sql = format!(
            "INSERT INTO requests (public_id, owner_id, kind, status, title, country, emergency, draft, created_at, updated_at, submitted_at, \
             instrument, target_count, delay_order, disclosed, content_disclosed) VALUES {}",
            values.join(",")
        );
        conn.execute(sql.as_str()).await?;
    }
    conn.execute("COMMIT").await?;
    conn.execute("ANALYZE").await?;
    drop(conn);
    println!(
        "generated {total} requests in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..5 {
        let started = Instant::now();
        let tallies = store.tally(period).await?;
        let report = build(period, &tallies, 250);
        times.push(started.elapsed().as_secs_f64());
        rows = report.rows.len();
        assert_eq!(
            report
                .rows
                .iter()
                .filter_map(|r| r.requests.exact())
                .sum::<u64>()
                + banded(&tallies),
            total as u64
        );
    }
    times.sort_by(f64::total_cmp);
    println!(
        "transparency report over {total} requests ({rows} rows): best {:.3} s, median {:.3} s, worst {:.3} s",
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

/// Requests counted in national-security rows (published as bands, not in totals).
fn banded(tallies: &[lers_domain::transparency::Tally]) -> u64 {
    tallies
        .iter()
        .filter(|t| t.instrument.as_deref() == Some("national_security"))
        .map(|t| t.requests)
        .sum()
}
