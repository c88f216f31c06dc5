//! Benchmark: every row of issue 16's scale table, with its ceiling, in one run.
//!
//! `cargo bench -p lers --bench scale` runs every row; `-- NAME...` runs the rows whose
//! names contain one of the NAMEs. Each row measures LERS and, in the same run on the
//! same machine, the ceiling or floor it is judged against, and prints the ratio:
//! these machines are noisy, so only a ratio measured side by side means anything.
//!
//! Rows live in their own modules and are listed in [`ROWS`].

#[path = "../support/mod.rs"]
#[allow(dead_code)] // shared with the other benchmarks; each uses part of it
mod support;

#[path = "../support/synthetic_audit.rs"]
mod synthetic_audit;

mod load;
mod read;
mod read_data;
mod report;
mod surge;
mod write;

use futures::future::BoxFuture;
use report::Line;
use support::Error;

/// A row of the table: its name (for the command-line filter) and what measures it.
type Row = (
    &'static str,
    fn() -> BoxFuture<'static, Result<Vec<Line>, Error>>,
);

/// Every row, in the order of the table.
const ROWS: &[Row] = &[
    (
        "naive ceiling, durable API submissions",
        write::durable_writes,
    ),
    ("surge at 640 connections", surge::row),
    ("read: audit verify", read::audit_verify),
    (
        "read: queue 10k, busy target page",
        read::queue_and_busy_target,
    ),
    (
        "read: queue, lookup, transparency at 1M",
        read::at_a_million,
    ),
    (
        "read: transparency on PostgreSQL",
        read::transparency_postgres,
    ),
];

#[tokio::main]
async fn main() -> Result<(), Error> {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let selected = ROWS.iter().filter(|(name, _)| {
        filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()))
    });
    let mut lines = Vec::new();
    for (name, run) in selected {
        eprintln!("== {name}");
        match run().await {
            Ok(mut row) => lines.append(&mut row),
            Err(e) => lines.push(Line::failed(name, &e.to_string())),
        }
    }
    report::print(&lines);
    Ok(())
}
