//! Uploaded PDFs are checked in a child process with a memory and CPU limit, a few at a
//! time. A PDF parser builds the whole object graph in memory: a 50 MiB file of tiny
//! objects costs it about 1 GB, and any requester can upload one. In a child (`lers
//! check-pdf FILE`, see [`run_in_child`]) the kernel's limit ends such a check alone,
//! the server's own memory stays flat, and a parser bug cannot reach the server.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use super::pdf::{self, PdfRefusal};

/// A check that has not answered after this long is stopped and refused.
const CHECK_TIMEOUT: Duration = Duration::from_secs(60);
/// CPU seconds the child may use (a second line of defence behind the timeout).
const CHECK_CPU_SECONDS: u64 = 30;
/// How long an upload waits for a free check before it is refused as "busy", so a
/// flood of slow files cannot hold everyone else's uploads (and their temporary
/// files) indefinitely.
const QUEUE_WAIT: Duration = Duration::from_secs(60);

/// What the child prints: the page count, or why the file is refused.
#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accepted { pages: usize },
    Refused(PdfRefusal),
}

/// Runs checks in child processes of `program`, at most `at_once` together.
pub struct PdfChecker {
    program: PathBuf,
    memory_limit_mib: u64,
    permits: Semaphore,
    at_once: usize,
    queue_wait: Duration,
}

impl PdfChecker {
    /// `program` is the `lers` binary (it has the `check-pdf` command).
    pub fn new(program: PathBuf, memory_limit_mib: u64, at_once: usize) -> Self {
        let at_once = at_once.max(1);
        Self {
            program,
            memory_limit_mib: memory_limit_mib.max(16),
            permits: Semaphore::new(at_once),
            at_once,
            queue_wait: QUEUE_WAIT,
        }
    }

    /// The same with another limit on waiting for a free check.
    pub fn with_queue_wait(mut self, wait: Duration) -> Self {
        self.queue_wait = wait;
        self
    }

    /// The running binary as the checker, the way `lers serve` runs it.
    pub fn current_exe(memory_limit_mib: u64, at_once: usize) -> Self {
        let program = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("lers"));
        Self::new(program, memory_limit_mib, at_once)
    }

    /// How many checks are running now.
    pub fn running(&self) -> usize {
        self.at_once - self.permits.available_permits()
    }

    /// Checks the file at `path`; waits for a free slot first.
    pub async fn check(&self, path: &Path) -> Result<usize, PdfRefusal> {
        let _permit = match tokio::time::timeout(self.queue_wait, self.permits.acquire()).await {
            Ok(Ok(permit)) => permit,
            Ok(Err(_)) | Err(_) => return Err(PdfRefusal::Busy),
        };
        // The child gets no environment: nothing of the server's configuration
        // (database URL, storage credentials) is within a parser's reach.
        let child = tokio::process::Command::new(&self.program)
            .env_clear()
            // The allocator (mimalloc) then maps its arenas without access and makes
            // them writable as it uses them, which RLIMIT_DATA counts; by default it
            // maps them writable at its first allocation, before the limit is set.
            .env("MIMALLOC_ARENA_EAGER_COMMIT", "0")
            .arg("check-pdf")
            .arg("--memory-mib")
            .arg(self.memory_limit_mib.to_string())
            .arg(path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn();
        let child = match child {
            Ok(child) => child,
            Err(e) => {
                tracing::error!(program = %self.program.display(), error = %e, "cannot start the PDF checker");
                return Err(PdfRefusal::CheckerUnavailable);
            }
        };
        let output = match tokio::time::timeout(CHECK_TIMEOUT, child.wait_with_output()).await {
            Ok(Ok(output)) => output,
            // Timed out (the child is killed on drop) or could not be waited for.
            _ => return Err(PdfRefusal::TooComplex),
        };
        // A child stopped by its limits (killed, aborted on a failed allocation)
        // prints nothing useful: the file needs more than a check may use.
        if !output.status.success() {
            return Err(PdfRefusal::TooComplex);
        }
        match serde_json::from_slice::<Verdict>(&output.stdout) {
            Ok(Verdict::Accepted { pages }) => Ok(pages),
            Ok(Verdict::Refused(refusal)) => Err(refusal),
            Err(_) => Err(PdfRefusal::TooComplex),
        }
    }
}

/// The child's side (`lers check-pdf`): limit this process, check the file, print the
/// verdict as JSON. Runs before any thread or runtime is started, so the limits cover
/// everything the parser allocates.
pub fn run_in_child(path: &Path, memory_limit_mib: u64) -> std::io::Result<Verdict> {
    let bytes = memory_limit_mib.saturating_mul(1024 * 1024);
    // RLIMIT_DATA covers the heap and anonymous mappings (Linux 4.7+), i.e. every
    // allocation; a parser that needs more gets an allocation failure and aborts.
    rlimit::setrlimit(rlimit::Resource::DATA, bytes, bytes)?;
    rlimit::setrlimit(rlimit::Resource::CPU, CHECK_CPU_SECONDS, CHECK_CPU_SECONDS)?;
    // The check writes nothing, and a crash leaves no core dump of the legal process.
    rlimit::setrlimit(rlimit::Resource::FSIZE, 0, 0)?;
    rlimit::setrlimit(rlimit::Resource::CORE, 0, 0)?;
    let content = std::fs::read(path)?;
    Ok(match pdf::check(&content) {
        Ok(pages) => Verdict::Accepted { pages },
        Err(refusal) => Verdict::Refused(refusal),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_round_trip_as_json() -> Result<(), serde_json::Error> {
        for verdict in [
            Verdict::Accepted { pages: 3 },
            Verdict::Refused(PdfRefusal::ActiveContent),
            Verdict::Refused(PdfRefusal::Unreadable("bad xref".into())),
        ] {
            let text = serde_json::to_string(&verdict)?;
            assert_eq!(serde_json::from_str::<Verdict>(&text)?, verdict);
        }
        Ok(())
    }

    /// A stand-in checker that records each start and waits for a release file, so
    /// the test can see how many checks run at once.
    fn fake_checker(dir: &Path) -> std::io::Result<PathBuf> {
        use std::os::unix::fs::PermissionsExt;
        let script = dir.join("fake-check");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\necho started >> {dir}/starts\nwhile [ ! -e {dir}/release ]; do sleep 0.02; done\necho '{{\"accepted\":{{\"pages\":1}}}}'\n",
                dir = dir.display()
            ),
        )?;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))?;
        Ok(script)
    }

    fn starts(dir: &Path) -> usize {
        std::fs::read_to_string(dir.join("starts"))
            .map(|text| text.lines().count())
            .unwrap_or(0)
    }

    #[tokio::test]
    async fn no_more_than_the_limit_run_at_once() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let checker = std::sync::Arc::new(PdfChecker::new(fake_checker(dir.path())?, 64, 1));
        let file = dir.path().join("upload.pdf");
        std::fs::write(&file, b"%PDF-1.7")?;
        let first = tokio::spawn({
            let (checker, file) = (checker.clone(), file.clone());
            async move { checker.check(&file).await }
        });
        let second = tokio::spawn({
            let (checker, file) = (checker.clone(), file.clone());
            async move { checker.check(&file).await }
        });
        // Bounded wait for the first child to start.
        for _ in 0..250 {
            if starts(dir.path()) > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // Give a wrongly admitted second child ample time to show itself.
        tokio::time::sleep(Duration::from_millis(400)).await;
        assert_eq!(
            starts(dir.path()),
            1,
            "the second check waits for the first"
        );
        assert_eq!(checker.running(), 1);
        std::fs::write(dir.path().join("release"), b"")?;
        assert_eq!(first.await?, Ok(1));
        assert_eq!(second.await?, Ok(1));
        assert_eq!(starts(dir.path()), 2);
        assert_eq!(checker.running(), 0);
        Ok(())
    }

    #[tokio::test]
    async fn an_upload_that_waits_too_long_for_a_check_is_refused_as_busy(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let checker = std::sync::Arc::new(
            PdfChecker::new(fake_checker(dir.path())?, 64, 1)
                .with_queue_wait(Duration::from_millis(300)),
        );
        let file = dir.path().join("upload.pdf");
        std::fs::write(&file, b"%PDF-1.7")?;
        let first = tokio::spawn({
            let (checker, file) = (checker.clone(), file.clone());
            async move { checker.check(&file).await }
        });
        for _ in 0..250 {
            if starts(dir.path()) > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert_eq!(checker.check(&file).await, Err(PdfRefusal::Busy));
        std::fs::write(dir.path().join("release"), b"")?;
        assert_eq!(first.await?, Ok(1));
        Ok(())
    }

    #[tokio::test]
    async fn a_checker_that_dies_or_babbles_refuses_the_file(
    ) -> Result<(), Box<dyn std::error::Error>> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir()?;
        let file = dir.path().join("upload.pdf");
        std::fs::write(&file, b"%PDF-1.7")?;
        for (name, body) in [("dies", "kill -9 $$"), ("babbles", "echo not-json")] {
            let script = dir.path().join(name);
            std::fs::write(&script, format!("#!/bin/sh\n{body}\n"))?;
            std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755))?;
            let checker = PdfChecker::new(script, 64, 1);
            assert_eq!(
                checker.check(&file).await,
                Err(PdfRefusal::TooComplex),
                "{name}"
            );
        }
        let missing = PdfChecker::new(dir.path().join("no-such-program"), 64, 1);
        assert_eq!(
            missing.check(&file).await,
            Err(PdfRefusal::CheckerUnavailable)
        );
        Ok(())
    }
}
