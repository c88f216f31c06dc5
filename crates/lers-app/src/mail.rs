//! Outgoing email: over SMTP when configured, otherwise written as `.eml` files to an
//! outbox directory (so a fresh install works with nothing else running, and tests read
//! what was "sent").

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How long one message may take over SMTP, from connecting to the server's last
/// answer. Some mail is sent while a request waits for its answer, and lettre's async
/// transport bounds only the connect: a mail server that accepts a connection and then
/// stalls would hold each such request, and its share of the concurrency budget,
/// for good.
const SMTP_DEADLINE: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid email address {0:?}")]
    Address(String),
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("could not send the message: {0}")]
    Send(String),
    #[error("the mail server did not finish taking the message within {0:?}; it may still arrive")]
    Stalled(Duration),
    #[error(
        "invalid SMTP URL: {0} (use smtp://user:pass@host:587?tls=required or smtps://host:465)"
    )]
    Url(String),
}

pub enum Mailer {
    Outbox {
        dir: PathBuf,
        transport: AsyncFileTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
        deadline: Duration,
    },
}

impl Mailer {
    pub fn outbox(dir: PathBuf, from: &str) -> Result<Self, MailError> {
        std::fs::create_dir_all(&dir)
            .map_err(|e| MailError::Build(format!("cannot create {}: {e}", dir.display())))?;
        Ok(Self::Outbox {
            transport: AsyncFileTransport::new(&dir),
            dir,
            from: parse_mailbox(from)?,
        })
    }

    pub fn smtp(url: &str, from: &str) -> Result<Self, MailError> {
        Self::smtp_within(url, from, SMTP_DEADLINE)
    }

    /// The same, giving up on a message after `deadline`. Each message has a
    /// connection of its own (no pool), so a send given up half-way leaves nothing
    /// behind that a later message could reuse.
    pub fn smtp_within(url: &str, from: &str, deadline: Duration) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .build();
        Ok(Self::Smtp {
            transport,
            from: parse_mailbox(from)?,
            deadline,
        })
    }

    /// Where mail goes, for the start-up message.
    pub fn describe(&self) -> String {
        match self {
            Self::Outbox { dir, .. } => format!(
                "no SMTP server configured: email is written to {} as .eml files (set LERS_SMTP_URL to send it)",
                dir.display()
            ),
            Self::Smtp { .. } => "email is sent over SMTP".to_owned(),
        }
    }

    pub async fn send(&self, to: &str, subject: &str, body: String) -> Result<(), MailError> {
        let to = parse_mailbox(to)?;
        let from = match self {
            Self::Outbox { from, .. } | Self::Smtp { from, .. } => from.clone(),
        };
        let message = Message::builder()
            .from(from)
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Build(e.to_string()))?;
        match self {
            Self::Outbox { transport, .. } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
            Self::Smtp {
                transport,
                deadline,
                ..
            } => match tokio::time::timeout(*deadline, transport.send(message)).await {
                Ok(sent) => sent.map(|_| ()).map_err(|e| MailError::Send(e.to_string())),
                Err(_) => Err(MailError::Stalled(*deadline)),
            },
        }
    }
}

fn parse_mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .parse()
        .map_err(|_| MailError::Address(address.to_owned()))
}
