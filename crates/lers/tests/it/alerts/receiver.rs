//! A real webhook receiver process (`webhook_receiver.py`): checks LERS' signature,
//! PagerDuty's and Opsgenie's documented shapes, and logs every post it gets.

use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration as StdDuration;

use lers_domain::clock::Timestamp;
use serde_json::Value;

pub struct Receiver {
    _child: tokio::process::Child,
    pub port: u16,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

/// A free local port (the receiver binds it next).
pub fn free_port() -> u16 {
    free_ports::<1>()[0]
}

/// `N` different free local ports (each held until all are found).
pub fn free_ports<const N: usize>() -> [u16; N] {
    let held: Vec<std::net::TcpListener> = (0..N)
        .map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free local port"))
        .collect();
    std::array::from_fn(|n| held[n].local_addr().expect("its address").port())
}

impl Receiver {
    /// Starts the receiver on `port` with `secret` (also the Opsgenie key), its clock
    /// at `clock`, failing the first `fail_first` posts with 503.
    pub async fn start(port: u16, secret: &str, clock: Timestamp, fail_first: u32) -> Self {
        let dir = tempfile::tempdir().expect("a directory for the receiver's log");
        let log = dir.path().join("posts.jsonl");
        let child = tokio::process::Command::new("python3")
            .arg(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/it/webhook_receiver.py"
            ))
            .args(["--port", &port.to_string()])
            // `--secret=…` in one argument: a generated secret may start with '-',
            // which argparse would take for an option.
            .arg(format!("--secret={secret}"))
            .arg("--log")
            .arg(&log)
            .args(["--clock", &clock.unix_seconds().to_string()])
            .args(["--fail-first", &fail_first.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("python3 runs the webhook receiver");
        // Waiting for the process to listen (bounded), not for time to pass.
        for _ in 0..600 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Self {
                    _child: child,
                    port,
                    log,
                    _dir: dir,
                };
            }
            tokio::time::sleep(StdDuration::from_millis(50)).await;
        }
        panic!("the webhook receiver did not start listening on port {port}");
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Every post received, oldest first.
    pub fn posts(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).expect("a JSON log line"))
            .collect()
    }

    /// The posts to paths starting with `prefix`.
    pub fn posts_to(&self, prefix: &str) -> Vec<Value> {
        self.posts()
            .into_iter()
            .filter(|p| {
                p["path"]
                    .as_str()
                    .is_some_and(|path| path.starts_with(prefix))
            })
            .collect()
    }

    /// Moves the receiver's clock (its replay window) to LERS' test clock.
    pub async fn set_clock(&self, at: Timestamp) {
        reqwest::Client::new()
            .post(self.url("/_clock"))
            .body(at.unix_seconds().to_string())
            .send()
            .await
            .expect("set the receiver's clock");
    }
}
