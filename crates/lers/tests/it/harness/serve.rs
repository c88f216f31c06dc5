//! A real `lers serve` process for the tests that need one (kills, restarts, several
//! nodes, what a start prints): started on a free port (`--listen 127.0.0.1:0`, the
//! address read from its first line), returned once `/readyz` answers (bounded).

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::task::JoinHandle;

use super::TestApp;

/// How to start one `lers serve`.
pub struct ServeCommand {
    command: Command,
}

/// A running `lers serve`; killed when dropped.
pub struct Served {
    pub child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    printed: Arc<Mutex<String>>,
    reader: JoinHandle<()>,
}

impl ServeCommand {
    /// `lers serve` on `database_url` with the data directory `data` (keys in it
    /// unless [`Self::key_dir`] says otherwise), without the built-in domain list.
    pub fn new(database_url: &str, data: &Path) -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lers"));
        command
            .args(["--database-url", database_url, "--data-dir"])
            .arg(data)
            .env("LERS_BUILTIN_DOMAINS", "false")
            .env("LERS_LOG", "warn");
        Self { command }
    }

    /// On the test app's database and keys, with its data directory.
    pub fn on(app: &TestApp) -> Self {
        Self::new(&app.db.url, app.dir.path()).key_dir(app.key_dir())
    }

    /// Another node of the test app's deployment: its database, keys and region, with
    /// a data directory `data` of its own.
    pub fn node(app: &TestApp, data: &Path) -> Self {
        Self::new(&app.db.url, data)
            .key_dir(app.key_dir())
            .env("LERS_REGION", "test-region")
    }

    pub fn key_dir(mut self, dir: PathBuf) -> Self {
        self.command.arg("--key-dir").arg(dir);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.command.env(key, value);
        self
    }

    pub fn envs<'a>(mut self, vars: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        self.command.envs(vars);
        self
    }

    /// Starts it and waits (at most two minutes) until `/readyz` answers.
    pub async fn start(mut self) -> Result<Served, String> {
        let mut child = self
            .command
            .args(["serve", "--listen", "127.0.0.1:0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("cannot start lers serve: {e}"))?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let first = lines
            .next_line()
            .await
            .map_err(|e| e.to_string())?
            .ok_or("the server printed nothing")?;
        let base = first
            .strip_prefix("LERS listening on ")
            .and_then(|rest| rest.split_whitespace().next())
            .ok_or_else(|| format!("unexpected first line: {first}"))?
            .to_owned();
        // Keep reading what it prints, so a full pipe never blocks it.
        let printed = Arc::new(Mutex::new(format!("{first}\n")));
        let reader = tokio::spawn({
            let printed = printed.clone();
            async move {
                while let Ok(Some(line)) = lines.next_line().await {
                    let mut printed = printed.lock().unwrap_or_else(|e| e.into_inner());
                    printed.push_str(&line);
                    printed.push('\n');
                }
            }
        });
        let served = Served {
            child,
            base,
            printed,
            reader,
        };
        let ready = async {
            loop {
                if let Ok(answer) = reqwest::get(format!("{}/readyz", served.base)).await {
                    if answer.status().is_success() {
                        return;
                    }
                }
                tokio::time::sleep(StdDuration::from_millis(50)).await;
            }
        };
        let outcome = tokio::time::timeout(StdDuration::from_secs(120), ready).await;
        match outcome {
            Ok(()) => Ok(served),
            Err(_) => Err(format!(
                "the server did not become ready:\n{}",
                served.stop().await
            )),
        }
    }
}

impl Served {
    /// Kills it (SIGKILL) and waits until it is gone.
    pub async fn kill(&mut self) -> std::io::Result<()> {
        self.child.start_kill()?;
        self.child.wait().await.map(drop)
    }

    /// Kills it and returns everything it printed.
    pub async fn stop(mut self) -> String {
        let _ = self.kill().await;
        let _ = (&mut self.reader).await;
        let printed = self.printed.lock().unwrap_or_else(|e| e.into_inner());
        printed.clone()
    }
}
