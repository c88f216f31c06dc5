//! Outgoing email: over SMTP when configured, otherwise written as `.eml` files to an
//! outbox directory (so a fresh install works with nothing else running, and tests read
//! what was "sent").

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::response::Code;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How long one message may take over SMTP, from connecting to the server's last
/// answer. Some mail is sent while a request waits for its answer, and lettre's async
/// transport bounds only the connect: a mail server that accepts a connection and then
/// stalls would hold each such request, and its share of the concurrency budget,
/// for good.
const SMTP_DEADLINE: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The address is not kept: this error is logged, and stored with retried jobs.
    #[error("the recipient's email address is not a valid address")]
    Address,
    #[error("could not build the message: {0}")]
    Build(String),
    /// The server answered with a permanent refusal (5xx): sending again cannot help.
    /// Only the reply's code is kept: its text often names the recipient, and this
    /// error is logged and stored with a retried job, unsealed.
    #[error("the mail server refused the message ({0})")]
    Refused(ReplyCode),
    /// The server answered with a temporary refusal (4xx): it is up, try again later.
    #[error("the mail server deferred the message ({0})")]
    Deferred(ReplyCode),
    /// Nothing could be handed over: no connection, TLS or I/O failed, or the outbox
    /// folder could not be written.
    #[error("could not reach the mail server: {0}")]
    Unreachable(String),
    #[error("the mail server did not finish taking the message within {0:?}; it may still arrive")]
    Stalled(Duration),
    /// Not tried: the mail server failed moments ago (`crate::mail_queue`).
    #[error("not tried: the mail server failed moments ago")]
    ServerDown,
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
        self.deliver(self.compose(to, subject, body)?).await
    }

    /// The message, or why it can never be sent (a bad address).
    pub fn compose(&self, to: &str, subject: &str, body: String) -> Result<Message, MailError> {
        let to = parse_mailbox(to)?;
        let from = match self {
            Self::Outbox { from, .. } | Self::Smtp { from, .. } => from.clone(),
        };
        Message::builder()
            .from(from)
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|e| MailError::Build(e.to_string()))
    }

    /// Hands a composed message to the outbox folder or the mail server.
    pub async fn deliver(&self, message: Message) -> Result<(), MailError> {
        match self {
            Self::Outbox { transport, .. } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Unreachable(e.to_string())),
            Self::Smtp {
                transport,
                deadline,
                ..
            } => match tokio::time::timeout(*deadline, transport.send(message)).await {
                Ok(sent) => sent.map(|_| ()).map_err(|e| smtp_failure(&e)),
                Err(_) => Err(MailError::Stalled(*deadline)),
            },
        }
    }
}

impl MailError {
    /// Whether the mail server itself is in trouble (not one message refused), so
    /// that other messages should not wait on it for a while.
    pub fn server_in_trouble(&self) -> bool {
        matches!(self, Self::Unreachable(_) | Self::Stalled(_))
    }

    /// Whether the message surely did not reach the mail server: it answered with a
    /// temporary refusal, or was not tried. A connection lost or stalled mid-message
    /// may have delivered it.
    pub fn surely_not_handed_over(&self) -> bool {
        matches!(self, Self::Deferred(_) | Self::ServerDown)
    }

    /// Whether the same message may go through later.
    pub fn worth_retrying(&self) -> bool {
        matches!(
            self,
            Self::Deferred(_) | Self::Unreachable(_) | Self::Stalled(_) | Self::ServerDown
        )
    }
}

/// The code of a mail server's reply, without its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReplyCode(Option<Code>);

impl std::fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(code) => write!(f, "reply code {code}"),
            None => f.write_str("no reply code"),
        }
    }
}

/// Tells a refusal the server answered from a server that could not be talked to.
fn smtp_failure(e: &lettre::transport::smtp::Error) -> MailError {
    if e.is_permanent() {
        MailError::Refused(ReplyCode(e.status()))
    } else if e.is_transient() {
        MailError::Deferred(ReplyCode(e.status()))
    } else if e.is_response() {
        // lettre quotes the server's unreadable reply, which may name the recipient.
        MailError::Unreachable("the mail server's reply could not be read".into())
    } else {
        MailError::Unreachable(e.to_string())
    }
}

fn parse_mailbox(address: &str) -> Result<Mailbox, MailError> {
    address.parse().map_err(|_| MailError::Address)
}
