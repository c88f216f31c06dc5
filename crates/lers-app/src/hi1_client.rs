//! The HTTPS client that posts LERS' HI-1 messages (notifications, deliveries) to an
//! endpoint's notification URL: LERS' client certificate (mutual TLS), the web PKI
//! roots (Mozilla's, as shipped with rustls) plus an optional extra CA bundle, HTTPS
//! only, no redirects, a timeout, and at most [`MAX_ANSWER`] bytes of the answer read.

use std::time::Duration;

use anyhow::Context;
use reqwest::redirect::Policy;
use reqwest::{Certificate, Client, Identity};

use crate::settings::Settings;

/// How long one post may take, connection included.
pub const TIMEOUT: Duration = Duration::from_secs(30);
/// The most of an endpoint's answer that is read (the rest is dropped unread).
pub const MAX_ANSWER: usize = 64 * 1024;
/// The most of an endpoint's answer kept in an error message.
const ANSWER_IN_ERROR: usize = 300;

/// How LERS reaches endpoints.
pub struct Hi1Client {
    /// `None`: no client certificate is configured, so nothing can be sent.
    client: Option<Client>,
    /// Where endpoints fetch productions: the HI-1 listener's public address.
    pub fetch_base: String,
}

/// Why a post did not reach the endpoint or was not taken.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(
        "LERS has no HI-1 client certificate configured (hi1_outbound_cert and hi1_outbound_key)"
    )]
    NotConfigured,
    #[error("the notification URL must be an https:// address")]
    NotHttps,
    #[error("the endpoint could not be reached: {0}")]
    Transport(String),
    #[error("the endpoint answered HTTP {status}: {answer}")]
    Refused { status: u16, answer: String },
}

impl Hi1Client {
    /// Builds the client from the settings; a configured but unreadable certificate,
    /// key or CA bundle stops the start.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let read = |path: &std::path::Path, what: &str| {
            std::fs::read(path).with_context(|| format!("cannot read {what} {}", path.display()))
        };
        let client = match (&settings.hi1_outbound_cert, &settings.hi1_outbound_key) {
            (Some(cert), Some(key)) => {
                let mut pem = read(cert, "the HI-1 outbound certificate")?;
                pem.push(b'\n');
                pem.extend(read(key, "the HI-1 outbound key")?);
                let identity = Identity::from_pem(&pem)
                    .context("the HI-1 outbound certificate and key are not usable PEM")?;
                let mut builder = Client::builder()
                    .use_rustls_tls()
                    .identity(identity)
                    .https_only(true)
                    .redirect(Policy::none())
                    .timeout(TIMEOUT)
                    .connect_timeout(Duration::from_secs(10));
                if let Some(ca) = &settings.hi1_outbound_ca {
                    let bundle = read(ca, "the HI-1 outbound CA bundle")?;
                    for cert in Certificate::from_pem_bundle(&bundle)
                        .context("the HI-1 outbound CA bundle is not PEM")?
                    {
                        builder = builder.add_root_certificate(cert);
                    }
                }
                Some(builder.build().context("cannot build the HI-1 client")?)
            }
            (None, None) => None,
            _ => anyhow::bail!("set both hi1_outbound_cert and hi1_outbound_key, or neither"),
        };
        Ok(Self {
            client,
            fetch_base: settings
                .hi1_public_url
                .clone()
                .unwrap_or_else(|| settings.base_url())
                .trim_end_matches('/')
                .to_owned(),
        })
    }

    /// Posts `body` (an HI1Message) to `url`; any 2xx answer means the endpoint took it.
    pub async fn post(&self, url: &str, body: &str) -> Result<(), SendError> {
        let client = self.client.as_ref().ok_or(SendError::NotConfigured)?;
        if !url.starts_with("https://") {
            return Err(SendError::NotHttps);
        }
        let mut response = client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/xml")
            .body(body.to_owned())
            .send()
            .await
            .map_err(|e| SendError::Transport(error_chain(&e)))?;
        let status = response.status();
        let mut answer = Vec::new();
        while answer.len() < MAX_ANSWER {
            match response.chunk().await {
                Ok(Some(chunk)) => answer.extend_from_slice(&chunk),
                Ok(None) => break,
                Err(e) if status.is_success() => {
                    // The status was already given; a broken answer body changes nothing.
                    tracing::debug!(error = %e, "an endpoint's answer ended early");
                    break;
                }
                Err(e) => return Err(SendError::Transport(error_chain(&e))),
            }
        }
        if status.is_success() {
            return Ok(());
        }
        let text: String = String::from_utf8_lossy(&answer)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(ANSWER_IN_ERROR)
            .collect();
        Err(SendError::Refused {
            status: status.as_u16(),
            answer: text.trim().to_owned(),
        })
    }
}

/// The error and its causes in one line (reqwest's own text hides the TLS reason).
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn without_a_client_certificate_nothing_is_sent() {
        let client = Hi1Client::from_settings(&Settings::default());
        assert!(matches!(client.map(|c| c.client.is_none()), Ok(true)));
        if let Ok(client) = Hi1Client::from_settings(&Settings::default()) {
            let sent = client.post("https://authority.example/hi1", "<x/>").await;
            assert!(matches!(sent, Err(SendError::NotConfigured)), "{sent:?}");
        }
    }

    #[test]
    fn a_certificate_without_its_key_or_an_unreadable_file_stops_the_start() {
        let half = Settings {
            hi1_outbound_cert: Some("/nonexistent/lers.pem".into()),
            ..Settings::default()
        };
        let refused = Hi1Client::from_settings(&half).map(|_| ());
        assert!(refused.is_err_and(|e| e.to_string().contains("or neither")));
        let unreadable = Settings {
            hi1_outbound_cert: Some("/nonexistent/lers.pem".into()),
            hi1_outbound_key: Some("/nonexistent/lers.key".into()),
            ..Settings::default()
        };
        let refused = Hi1Client::from_settings(&unreadable).map(|_| ());
        assert!(refused.is_err_and(|e| e.to_string().contains("cannot read")));
    }

    #[test]
    fn productions_are_fetched_at_the_public_hi1_address_or_the_base_url() {
        let fetch_base = |settings: &Settings| {
            Hi1Client::from_settings(settings)
                .map(|c| c.fetch_base)
                .unwrap_or_default()
        };
        let base = Settings {
            base_url: Some("https://lers.example/".into()),
            ..Settings::default()
        };
        assert_eq!(fetch_base(&base), "https://lers.example");
        let public = Settings {
            hi1_public_url: Some("https://hi1.lers.example:8443/".into()),
            ..base
        };
        assert_eq!(fetch_base(&public), "https://hi1.lers.example:8443");
    }
}
