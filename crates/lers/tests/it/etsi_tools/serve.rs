//! `lers serve` runs the HI-1 listener (mutual TLS, the real message route) beside the
//! main one when it is configured, and one signal stops both.

use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::ChildStdout;

use crate::both_backends;
use crate::harness::tls::TestPki;
use crate::harness::*;

both_backends!(lers_serve_runs_the_hi1_listener_beside_the_main_one);

/// Reads lines until one starts with `prefix`; returns the address after it.
async fn address_after(lines: &mut Lines<BufReader<ChildStdout>>, prefix: &str) -> String {
    let read = async {
        while let Some(line) = lines.next_line().await.expect("read stdout") {
            if let Some(rest) = line.strip_prefix(prefix) {
                return rest
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned();
            }
        }
        panic!("lers serve ended without printing {prefix:?}");
    };
    tokio::time::timeout(Duration::from_secs(120), read)
        .await
        .expect("lers serve started in time")
}

async fn lers_serve_runs_the_hi1_listener_beside_the_main_one(backend: Backend) -> TestResult {
    let dir = tempfile::tempdir()?;
    let Some(db) = TestDatabase::create(backend, dir.path()).await else {
        return Ok(());
    };
    let pki = TestPki::new(dir.path());
    let lers = || {
        let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"));
        command
            .arg("--data-dir")
            .arg(dir.path())
            .arg("--database-url")
            .arg(&db.url)
            .env("LERS_BUILTIN_DOMAINS", "false")
            .env_remove("LERS_HI1_TLS_CERT")
            .env_remove("LERS_HI1_TLS_KEY")
            .env_remove("LERS_HI1_CLIENT_CA");
        command
    };

    // A listener without its certificate is a configuration error, said plainly.
    let refused = lers()
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--hi1-listen",
            "127.0.0.1:0",
        ])
        .output()
        .await?;
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("--hi1-tls-cert"), "{stderr}");

    // Configured through the environment, as in a deployment.
    let mut child = lers()
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("LERS_HI1_LISTEN", "127.0.0.1:0")
        .env("LERS_HI1_TLS_CERT", &pki.server.cert_path)
        .env("LERS_HI1_TLS_KEY", &pki.server.key_path)
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let main = address_after(&mut lines, "LERS listening on http://").await;
    let hi1 = address_after(&mut lines, "HI-1 (ETSI TS 103 120) listening on https://").await;

    // The HI-1 listener serves the message route to callers with a client certificate
    // (this one is registered nowhere, so the route refuses it), and only to them.
    let sent = super::lers_etsi(
        &[
            "send",
            &super::example("get.xml").to_string_lossy(),
            "--to",
            &format!("https://{hi1}/etsi/v1"),
            "--cert",
            &pki.authority.cert_path.to_string_lossy(),
            "--key",
            &pki.authority.key_path.to_string_lossy(),
            "--ca",
            &pki.ca_path.to_string_lossy(),
        ],
        None,
    )
    .await;
    assert_eq!(sent.code, 1, "{}{}", sent.stdout, sent.stderr);
    assert!(
        sent.stdout.starts_with("HTTP 401 Unauthorized\n")
            && sent.stdout.contains("no registered interface endpoint"),
        "{}",
        sent.stdout
    );
    let without = pki
        .client_without_certificate()
        .post(format!("https://{hi1}/etsi/v1"))
        .send()
        .await;
    assert!(without.is_err(), "{without:?}");
    // The main listener runs as before.
    let page = reqwest::get(format!("http://{main}/login")).await?;
    assert_eq!(page.status(), reqwest::StatusCode::OK);

    // SIGTERM stops both listeners and the process.
    let pid = child.id().expect("running").to_string();
    let killed = tokio::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .await?;
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(60), child.wait())
        .await
        .expect("stopped in time")?;
    assert!(status.success(), "{status:?}");
    let mut rest = Vec::new();
    while let Some(line) = lines.next_line().await? {
        rest.push(line);
    }
    assert!(rest.iter().any(|l| l == "LERS stopped"), "{rest:?}");
    assert!(tokio::net::TcpStream::connect(&hi1).await.is_err());
    Ok(())
}
