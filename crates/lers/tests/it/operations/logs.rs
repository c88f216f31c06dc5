//! `log_format = "json"`: every line `lers serve` writes to standard output is one
//! JSON object, start-up messages included.

use std::process::Stdio;
use std::time::Duration as StdDuration;

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader};

use crate::both_backends;
use crate::harness::*;

both_backends!(json_log_lines_parse);

async fn json_log_lines_parse(backend: Backend) -> TestResult {
    let dir = tempfile::tempdir()?;
    let Some(db) = TestDatabase::create(backend, dir.path()).await else {
        return Ok(());
    };
    // A wrong format stops the start, naming the setting.
    let wrong = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
        .args(["--database-url", &db.url, "--data-dir"])
        .arg(dir.path())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("LERS_LOG_FORMAT", "yaml")
        .output()
        .await?;
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("LERS_LOG_FORMAT"));

    // On PostgreSQL the password goes in a query parameter, as libpq also takes it:
    // the start-up line must not show it.
    let (url, password) = match (backend, db.url.split_once("://")) {
        (Backend::Postgres, Some((scheme, rest))) => match rest.split_once('@') {
            Some((userinfo, host)) => match userinfo.split_once(':') {
                Some((user, password)) => (
                    format!("{scheme}://{user}@{host}?password={password}"),
                    Some(password.to_owned()),
                ),
                None => (db.url.clone(), None),
            },
            None => (db.url.clone(), None),
        },
        _ => (db.url.clone(), None),
    };
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"))
        .args(["--database-url", &url, "--data-dir"])
        .arg(dir.path())
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("LERS_LOG_FORMAT", "json")
        .env("LERS_BUILTIN_DOMAINS", "false")
        .env("LERS_LOG", "info,tower_http=debug")
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut lines = BufReader::new(stdout).lines();
    let first = tokio::time::timeout(StdDuration::from_secs(120), lines.next_line())
        .await??
        .ok_or("the server printed nothing")?;
    let first: Value = serde_json::from_str(&first)?;
    let message = first["message"].as_str().ok_or("a message field")?;
    let address = message
        .strip_prefix("LERS listening on ")
        .and_then(|rest| rest.split_whitespace().next())
        .ok_or_else(|| format!("unexpected first event: {first}"))?
        .to_owned();
    let ready = reqwest::get(format!("{address}/readyz")).await?;
    assert!(ready.status().is_success());
    // SIGTERM: the server finishes and says so (as a log event too).
    let pid = child.id().ok_or("pid")?;
    tokio::process::Command::new("kill")
        .arg(pid.to_string())
        .status()
        .await?;
    let mut events = vec![first];
    while let Some(line) =
        tokio::time::timeout(StdDuration::from_secs(60), lines.next_line()).await??
    {
        let event: Value =
            serde_json::from_str(&line).map_err(|e| format!("not JSON ({e}): {line}"))?;
        events.push(event);
    }
    child.wait().await?;
    for event in &events {
        assert!(event["timestamp"].is_string(), "{event}");
        assert!(event["level"].is_string(), "{event}");
    }
    let said = |text: &str| {
        events
            .iter()
            .any(|e| e["message"].as_str().is_some_and(|m| m.contains(text)))
    };
    assert!(said("database: "), "start-up messages are events");
    if let Some(password) = password {
        assert!(said("?password=***"), "the password parameter is hidden");
        assert!(
            !said(&format!("password={password}")),
            "the password parameter is never printed"
        );
    }
    assert!(said("LERS stopped"));
    assert!(
        events.iter().any(|e| e["target"]
            .as_str()
            .is_some_and(|t| t.starts_with("tower_http"))),
        "request traces are JSON too"
    );
    Ok(())
}
