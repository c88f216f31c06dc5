//! Logs of `lers serve`: human-readable lines (default) or, with `log_format = "json"`,
//! one JSON object per line for a log shipper. In JSON mode the start-up messages
//! are log events too, so every line on standard output parses.

use std::sync::OnceLock;

use anyhow::bail;

static JSON: OnceLock<bool> = OnceLock::new();

/// Starts logging in `format` (`text` or `json`), filtered by `LERS_LOG`.
pub fn init(format: &str) -> anyhow::Result<()> {
    let json = match format {
        "text" | "" => false,
        "json" => true,
        other => bail!("log_format must be \"text\" or \"json\", not {other:?} (LERS_LOG_FORMAT)"),
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("LERS_LOG")
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .init();
    } else {
        builder.init();
    }
    let _ = JSON.set(json);
    Ok(())
}

/// A message for whoever runs the server: printed as it is, or logged at `info`
/// in JSON mode.
pub fn say(text: &str) {
    if JSON.get().copied().unwrap_or(false) {
        tracing::info!(target: "lers", "{text}");
    } else {
        println!("{text}");
    }
}
