//! The OpenAPI document and the server agree: schemathesis (PyPI) generates requests
//! from `/api/v1/openapi.json` with every check it has, against a real server with a
//! real token, and must find nothing (issue 16 §9).
//!
//! `scripts/test` installs schemathesis; the test looks for `st` on the PATH, or the
//! command in `LERS_SCHEMATHESIS`. Without it the test is skipped, except under
//! `CI=true`, where a missing tool fails it.

use std::process::Command;

use crate::harness::*;

/// Examples generated per operation and phase: enough to cross every documented status,
/// few enough to keep the pass short on two cores.
const MAX_EXAMPLES: &str = "25";

fn schemathesis() -> Option<String> {
    if let Ok(command) = std::env::var("LERS_SCHEMATHESIS") {
        return Some(command);
    }
    let found = Command::new("st").arg("--version").output();
    match found {
        Ok(output) if output.status.success() => Some("st".to_owned()),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("schemathesis is missing: run 'python3 -m pip install schemathesis' (scripts/test does)")
        }
        _ => None,
    }
}

#[tokio::test]
async fn the_openapi_document_and_the_server_agree() -> TestResult {
    let Some(st) = schemathesis() else {
        eprintln!("skipped: schemathesis not installed (python3 -m pip install schemathesis)");
        return Ok(());
    };
    // The rate limits would answer most of a fast run with 429 (documented, but then
    // little else would be checked): this run is one client doing thousands of calls.
    let Some(app) = TestApp::spawn_with_settings(Backend::Sqlite, &|settings| {
        settings.api_token_per_minute = 1_000_000;
        settings.api_token_burst = 1_000_000;
        settings.api_address_per_minute = 1_000_000;
        settings.api_address_burst = 1_000_000;
    })
    .await
    else {
        return Ok(());
    };
    let person = app.sign_up("system@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let report = tempfile::tempdir()?;
    let schema = app.url("/api/v1/openapi.json");
    let run = tokio::task::spawn_blocking(move || {
        Command::new(st)
            .arg("--config-file")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/it/api_conformance.toml"
            ))
            .args([
                "run",
                &schema,
                "--checks",
                "all",
                "--max-examples",
                MAX_EXAMPLES,
            ])
            .args([
                "--workers",
                "1",
                "--max-redirects",
                "0",
                "--request-timeout",
                "30",
            ])
            .args([
                "--suppress-health-check",
                "all",
                "--generation-deterministic",
            ])
            .arg("--header")
            .arg(format!("Authorization: Bearer {token}"))
            .env("NO_COLOR", "1")
            .current_dir(report.path())
            .output()
    })
    .await??;
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success(),
        "schemathesis found failures (exit {:?}):\n{stdout}\n{stderr}",
        run.status.code()
    );
    assert!(
        stdout.contains("passed") && !stdout.contains("0 passed"),
        "schemathesis ran no checks:\n{stdout}"
    );
    Ok(())
}
