//! The HI-1 transport and the `lers etsi` tools: the mutual-TLS listener with
//! certificates made by the test, `lers etsi validate` on the example messages and on
//! broken ones, and `lers etsi send` over real mutual TLS.

mod authenticated;
mod listener;
mod send;
mod serve;
mod validate;

use std::path::{Path, PathBuf};

/// What one run of the `lers` binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `lers etsi ARGS…` with `LERS_TS103120_SCHEMAS` set to `schemas` (or unset).
pub async fn lers_etsi(args: &[&str], schemas: Option<&Path>) -> Run {
    lers_etsi_with(args, schemas, &[]).await
}

/// The same with further environment variables.
pub async fn lers_etsi_with(args: &[&str], schemas: Option<&Path>, env: &[(&str, &str)]) -> Run {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_lers"));
    command.arg("etsi").args(args).envs(env.iter().copied());
    match schemas {
        Some(dir) => command.env("LERS_TS103120_SCHEMAS", dir),
        None => command.env_remove("LERS_TS103120_SCHEMAS"),
    };
    let output = command.output().await.expect("run lers etsi");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// An example message of `crates/lers-etsi/tests/messages/`.
pub fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../lers-etsi/tests/messages")
        .join(name)
}

pub fn example_text(name: &str) -> String {
    std::fs::read_to_string(example(name)).expect("example message")
}
