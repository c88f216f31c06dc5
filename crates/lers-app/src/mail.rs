//! Outgoing email: over SMTP when configured, otherwise written as `.eml` files to an
//! outbox directory (so a fresh install works with nothing else running, and tests read
//! what was "sent").

use std::path::PathBuf;

use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid email address {0:?}")]
    Address(String),
    #[error("could not build the message: {0}")]
    Build(String),
    #[error("could not send the message: {0}")]
    Send(String),
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
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Url(e.to_string()))?
            .build();
        Ok(Self::Smtp {
            transport,
            from: parse_mailbox(from)?,
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
            Self::Smtp { transport, .. } => transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| MailError::Send(e.to_string())),
        }
    }
}

fn parse_mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .parse()
        .map_err(|_| MailError::Address(address.to_owned()))
}
