//! Email over real SMTP: an aiosmtpd server process receives the verification mail.

use std::process::Stdio;
use std::time::Duration as StdDuration;

use reqwest::StatusCode;

use crate::harness::*;

/// An SMTP server process writing what it receives to a maildir; killed on drop.
pub struct SmtpServer {
    child: tokio::process::Child,
    pub port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    pub async fn start() -> Option<Self> {
        Self::start_with("aiosmtpd.handlers.Mailbox").await
    }

    /// With another handler class, e.g. `flaky_smtp.RefuseFirstToOwner` (from this
    /// folder).
    pub async fn start_with(handler: &str) -> Option<Self> {
        Self::start_on(handler, free_port()).await
    }

    /// On `port` (e.g. where an earlier server was, to end an outage).
    pub async fn start_on(handler: &str, port: u16) -> Option<Self> {
        let has_aiosmtpd = std::process::Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .status()
            .is_ok_and(|s| s.success());
        if !has_aiosmtpd {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "CI=true but python3 cannot import aiosmtpd (scripts/test installs it)"
            );
            eprintln!("skipping SMTP test: python3 -m pip install aiosmtpd");
            return None;
        }
        // Only a missing aiosmtpd outside CI skips; anything else failing is a failure.
        let maildir = tempfile::tempdir().expect("a maildir for the SMTP server");
        let child = tokio::process::Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                handler,
            ])
            .arg(maildir.path().join("mail"))
            .env(
                "PYTHONPATH",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it"),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("python3 -m aiosmtpd starts");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Some(Self {
                    child,
                    port,
                    maildir,
                });
            }
            tokio::time::sleep(StdDuration::from_millis(100)).await;
        }
        panic!("aiosmtpd did not start on port {port}");
    }

    /// Whether the handler left the marker file `name` in the mail directory.
    pub fn marked(&self, name: &str) -> bool {
        self.maildir.path().join("mail").join(name).exists()
    }

    /// Messages delivered so far (maildir `new/`).
    pub fn messages(&self) -> Vec<String> {
        std::fs::read_dir(self.maildir.path().join("mail").join("new"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A local port nothing listens on (until someone binds it).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free local port")
        .port()
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verification_mail_goes_out_over_smtp() -> TestResult {
    let Some(smtp) = SmtpServer::start().await else {
        return Ok(());
    };
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let Some(app) = TestApp::spawn_with_smtp(Backend::Sqlite, Some(&url)).await else {
        return Ok(());
    };
    assert_redirect(
        &app.submit_sign_up("smtp.check@abilenetx.gov").await,
        "/signup/sent",
    );
    assert!(
        app.emails_to("smtp.check@abilenetx.gov").is_empty(),
        "nothing in the outbox when SMTP is set"
    );
    let messages = smtp.messages();
    let mail = messages
        .iter()
        .find(|m| m.contains("smtp.check@abilenetx.gov"))
        .ok_or("the SMTP server received no verification mail")?;
    assert!(
        mail.contains("Subject: LERS: verify your email address"),
        "{mail}"
    );
    let body = decode_quoted_printable(mail);
    let start = body.find("/verify?token=").ok_or("link in mail")?;
    let link: String = body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert_eq!(
        app.get(&link).await.status(),
        StatusCode::OK,
        "the mailed link opens the password page"
    );
    Ok(())
}

/// A mail server that takes a message and then never answers holds the send only
/// until the mailer's deadline (lettre's async transport bounds only the connect), and
/// the next message goes out on a connection of its own.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_mail_server_is_given_up_on_at_the_deadline() -> TestResult {
    let Some(smtp) = SmtpServer::start_with("flaky_smtp.StallFirstToOwner").await else {
        return Ok(());
    };
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    // Long enough for a busy machine to finish the healthy conversation below.
    let deadline = StdDuration::from_secs(3);
    let mailer = lers_app::Mailer::smtp_within(&url, "LERS <lers@example.com>", deadline)?;
    // Bounded here too, so that a mailer without its deadline fails the test
    // rather than hangs it.
    let stalled = tokio::time::timeout(
        StdDuration::from_secs(20),
        mailer.send("owner@example.com", "First", "Held by the server.".into()),
    )
    .await
    .map_err(|_| "the send to a stalled server was never given up")?;
    assert!(
        matches!(stalled, Err(lers_app::MailError::Stalled(d)) if d == deadline),
        "{stalled:?}"
    );
    assert!(
        smtp.marked("stalled"),
        "the server took the message and stalled"
    );
    mailer
        .send("other@example.com", "Second", "Goes out.".into())
        .await?;
    let messages = smtp.messages();
    assert_eq!(messages.len(), 1, "only the second message was delivered");
    assert!(messages[0].contains("other@example.com"), "{}", messages[0]);
    Ok(())
}
