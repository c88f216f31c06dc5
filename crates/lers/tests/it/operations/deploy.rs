//! The systemd unit in `deploy/`: `systemd-analyze verify` accepts it, and its
//! command line and environment start a LERS that becomes ready and stops cleanly on
//! SIGTERM (what `systemctl stop` sends). The Dockerfile cannot be built here (no
//! container daemon or base image); the README says so.

use std::process::Stdio;
use std::time::Duration as StdDuration;

use crate::harness::*;

const UNIT: &str = include_str!("../../../../../deploy/lers.service");

fn settings_of(unit: &str) -> (Vec<(String, String)>, Vec<String>) {
    let value = |line: &str, key: &str| line.strip_prefix(key).map(str::trim).map(str::to_owned);
    let environment = unit
        .lines()
        .filter_map(|line| value(line, "Environment="))
        .filter_map(|pair| {
            pair.split_once('=')
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
        })
        .collect();
    let command = unit
        .lines()
        .find_map(|line| value(line, "ExecStart="))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    (environment, command)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_systemd_unit_verifies_and_its_command_serves() -> TestResult {
    let dir = tempfile::tempdir()?;
    let lers = env!("CARGO_BIN_EXE_lers");
    let (environment, command) = settings_of(UNIT);
    assert_eq!(
        command.first().map(String::as_str),
        Some("/usr/local/bin/lers")
    );

    // systemd's own check, with the binary where this build put it.
    let unit_file = dir.path().join("lers.service");
    std::fs::write(&unit_file, UNIT.replace("/usr/local/bin/lers", lers))?;
    match tokio::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&unit_file)
        .output()
        .await
    {
        Ok(verified) => assert!(
            verified.status.success(),
            "systemd-analyze verify: {}",
            String::from_utf8_lossy(&verified.stderr)
        ),
        Err(e) => {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "CI=true but systemd-analyze cannot run: {e}"
            );
            eprintln!("skipping systemd-analyze verify: {e}");
        }
    }

    // The unit's command and environment, with the data directory in a temp dir.
    let data = dir.path().join("state");
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let mut server = tokio::process::Command::new(lers);
    server.args(&command[1..]);
    for (name, value) in &environment {
        server.env(name, value);
    }
    let mut child = server
        .env("LERS_DATA_DIR", &data)
        .env("LERS_LISTEN", format!("127.0.0.1:{port}"))
        .env("LERS_BUILTIN_DOMAINS", "false")
        .stdout(Stdio::null())
        .kill_on_drop(true)
        .spawn()?;
    let ready = async {
        loop {
            if let Ok(answer) = reqwest::get(format!("http://127.0.0.1:{port}/readyz")).await {
                if answer.status().is_success() {
                    return;
                }
            }
            tokio::time::sleep(StdDuration::from_millis(100)).await;
        }
    };
    tokio::time::timeout(StdDuration::from_secs(120), ready).await?;
    assert!(data.join("lers.db").exists(), "state in LERS_DATA_DIR");
    let pid = child.id().ok_or("pid")?;
    tokio::process::Command::new("kill")
        .arg(pid.to_string())
        .status()
        .await?;
    let stopped = tokio::time::timeout(StdDuration::from_secs(60), child.wait()).await??;
    assert!(stopped.success(), "SIGTERM stops it cleanly: {stopped}");
    Ok(())
}
