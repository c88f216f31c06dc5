//! `lers requests import FILE`: reading a previous intake's queue export (CSV with a
//! header row, or a JSON array of objects with the same names; see README "Legacy
//! intake") and handing it to the import use case, which checks every row and stores
//! all of them in one transaction, or none.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use lers_app::App;
use lers_domain::audit::ACTOR_SYSTEM;
use lers_domain::clock::{Clock, SystemClock};
use lers_store::Ctx;

use crate::cli::{Cli, RequestFormat};
use crate::settings;
use lers::legacy_requests::parse;

fn format_of(file: &Path, format: RequestFormat) -> anyhow::Result<RequestFormat> {
    if format != RequestFormat::Auto {
        return Ok(format);
    }
    match file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("csv") => Ok(RequestFormat::Csv),
        Some("json") => Ok(RequestFormat::Json),
        _ => bail!(
            "cannot tell the format of {} from its name; add --format csv or --format json",
            file.display()
        ),
    }
}

pub async fn run(
    cli: &Cli,
    file: &Path,
    format: RequestFormat,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let format = format_of(file, format)?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let rows = parse(&text, format).with_context(|| format!("{} was refused", file.display()))?;
    let app = App::build(settings::load(cli, None)?).await?;
    let ctx = Ctx {
        at: SystemClock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    };
    let report = app
        .import_legacy(&rows, dry_run, &ctx)
        .await
        .with_context(|| format!("{} was refused", file.display()))?;
    for (index, row) in report.rows.iter().enumerate() {
        let reference = report
            .references
            .get(index)
            .map_or("(dry run)", String::as_str);
        println!(
            "line {}: {} {} {} received {} -> {reference}",
            row.line,
            row.source_id,
            row.kind.as_str(),
            row.channel.as_str(),
            row.received_at
        );
    }
    if dry_run {
        println!(
            "{} requests in {} are valid; nothing was imported (--dry-run)",
            report.rows.len(),
            file.display()
        );
    } else {
        println!(
            "imported {} requests from {}",
            report.references.len(),
            file.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_extension() {
        assert_eq!(
            format_of(Path::new("q.CSV"), RequestFormat::Auto).ok(),
            Some(RequestFormat::Csv)
        );
        assert_eq!(
            format_of(Path::new("q.json"), RequestFormat::Auto).ok(),
            Some(RequestFormat::Json)
        );
        assert!(format_of(Path::new("q.txt"), RequestFormat::Auto).is_err());
        assert_eq!(
            format_of(Path::new("q.txt"), RequestFormat::Json).ok(),
            Some(RequestFormat::Json)
        );
    }
}
