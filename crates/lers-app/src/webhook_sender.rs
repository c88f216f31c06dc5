//! Posting to webhooks people set up, safely (SSRF): the URL must be `https` (unless
//! `webhook_require_https` is off, for tests), every address its host resolves to
//! at send time must be public or in `webhook_allowed_networks`, and the connection
//! goes to exactly the address checked (the resolver's answer is pinned, so a second
//! lookup cannot rebind it). No redirects, no proxy, a timeout, and little of the
//! answer read. LERS' own format is signed like the directory webhook: hex
//! HMAC-SHA256 of `timestamp.body` in `X-LERS-Signature: sha256=…`, the Unix
//! timestamp in `X-LERS-Timestamp`. Used by on-call pages and agency webhooks alike;
//! each purpose has its own allowed networks (`webhook_allowed_networks` for staff,
//! `agency_webhook_allowed_networks` for requesters), so opening an internal network
//! to staff webhooks never opens it to requesters.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use lers_domain::alerts::address::{may_connect, Network};
use lers_domain::alerts::formats::{route_pagerduty, WebhookFormat};
use lers_domain::clock::Timestamp;
use lers_store::webhooks::{Webhook, WebhookPurpose};
use reqwest::redirect::Policy;
use reqwest::Url;

use crate::settings::Settings;

/// How long one post may take, connection included.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The most of an answer kept in the delivery log.
const ANSWER_KEPT: usize = 200;
/// At most this much of an error answer is read; the rest is dropped unread.
const ANSWER_READ: usize = 1024;
/// A name lookup that takes longer is taken as a failure to resolve (retried).
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(3);

/// Why a URL may not be used (each has a Fluent message: [`UrlRefusal::message_id`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlRefusal {
    #[error("the address is not a valid URL")]
    Unparsable,
    #[error("the address must start with https://")]
    NotHttps,
    #[error("the address may not carry a user name or password")]
    Credentials,
    #[error("the host name could not be resolved")]
    Unresolvable,
    #[error("the host resolves to {0}, a private, loopback or link-local address")]
    Forbidden(IpAddr),
}

impl UrlRefusal {
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Unparsable => "webhook-url-unparsable",
            Self::NotHttps => "webhook-url-not-https",
            Self::Credentials => "webhook-url-credentials",
            Self::Unresolvable => "webhook-url-unresolvable",
            Self::Forbidden(_) => "webhook-url-forbidden",
        }
    }
}

/// Why a post was not taken.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error("refused before sending: {0}")]
    Refused(#[from] UrlRefusal),
    #[error("could not be reached: {0}")]
    Transport(String),
    #[error("answered HTTP {status}: {answer}")]
    Status { status: u16, answer: String },
}

impl SendError {
    /// What a requester is shown of a failed post to their own receiver: the kind of
    /// failure only, as a code their page words in their language (`refused`,
    /// `unreachable`, `http_status`). The full text (the address a name resolved to,
    /// the transport's error chain, the answer's first characters) would let them
    /// probe the provider's network through their delivery log; it goes to the
    /// server log.
    pub fn category(&self) -> &'static str {
        match self {
            Self::Refused(_) => "refused",
            Self::Transport(_) => "unreachable",
            Self::Status { .. } => "http_status",
        }
    }

    /// The HTTP status, when the receiver answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Status { status, .. } => Some(*status),
            _ => None,
        }
    }
}

/// Posts to webhooks.
pub struct WebhookSender {
    require_https: bool,
    /// Networks staff webhooks may reach besides public addresses.
    staff_allowed: Vec<Network>,
    /// Networks requesters' webhooks may reach besides public addresses.
    agency_allowed: Vec<Network>,
}

/// The networks of one setting; one that does not parse stops the start, naming it.
fn networks(setting: &str, text: &str) -> anyhow::Result<Vec<Network>> {
    text.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|n| {
            Network::parse(n).ok_or_else(|| {
                anyhow::anyhow!("{setting}: {n:?} is not an address or network (e.g. 10.1.0.0/16)")
            })
        })
        .collect()
}

impl WebhookSender {
    /// From `webhook_require_https`, `webhook_allowed_networks` and
    /// `agency_webhook_allowed_networks`.
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        Ok(Self {
            require_https: settings.webhook_require_https,
            staff_allowed: networks(
                "webhook_allowed_networks",
                &settings.webhook_allowed_networks,
            )?,
            agency_allowed: networks(
                "agency_webhook_allowed_networks",
                &settings.agency_webhook_allowed_networks,
            )?,
        })
    }

    /// Checks `url` for a webhook of `purpose` as it would be checked at send time:
    /// form, scheme, and every address its host resolves to now. Returns the address
    /// to connect to.
    pub async fn check(
        &self,
        url: &str,
        purpose: WebhookPurpose,
    ) -> Result<(Url, SocketAddr), UrlRefusal> {
        let allowed = match purpose {
            WebhookPurpose::Oncall => &self.staff_allowed,
            WebhookPurpose::Agency => &self.agency_allowed,
        };
        let url = Url::parse(url.trim()).map_err(|_| UrlRefusal::Unparsable)?;
        match url.scheme() {
            "https" => {}
            "http" if !self.require_https => {}
            _ => return Err(UrlRefusal::NotHttps),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(UrlRefusal::Credentials);
        }
        let host = url.host_str().ok_or(UrlRefusal::Unparsable)?;
        let port = url.port_or_known_default().ok_or(UrlRefusal::Unparsable)?;
        let literal = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>();
        let addresses: Vec<SocketAddr> = match literal {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => tokio::time::timeout(LOOKUP_TIMEOUT, tokio::net::lookup_host((host, port)))
                .await
                .map_err(|_| UrlRefusal::Unresolvable)?
                .map_err(|_| UrlRefusal::Unresolvable)?
                .collect(),
        };
        // Every address must pass: a name with one private answer is refused whole.
        if let Some(bad) = addresses.iter().find(|a| !may_connect(a.ip(), allowed)) {
            return Err(UrlRefusal::Forbidden(bad.ip()));
        }
        let first = *addresses.first().ok_or(UrlRefusal::Unresolvable)?;
        Ok((url, first))
    }

    /// Posts `body` to `webhook` (its URL + `path`), speaking its format; any 2xx is
    /// taken. Returns the status.
    pub async fn post(
        &self,
        webhook: &Webhook,
        path: &str,
        body: &str,
        event_type: &str,
        now: Timestamp,
    ) -> Result<u16, SendError> {
        let started = std::time::Instant::now();
        let target = format!("{}{path}", webhook.url);
        let (url, address) = self.check(&target, webhook.purpose).await?;
        // The name lookup counts against the one budget of a post.
        let left = TIMEOUT
            .saturating_sub(started.elapsed())
            .max(Duration::from_secs(1));
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .redirect(Policy::none())
            .no_proxy()
            .timeout(left)
            .connect_timeout(Duration::from_secs(5).min(left))
            .https_only(self.require_https);
        if let Some(host) = url.host_str() {
            // Pins the name to the address just checked (for a literal, unused).
            builder = builder.resolve(host, address);
        }
        let client = builder
            .build()
            .map_err(|e| SendError::Transport(crate::hi1_client::error_chain(&e)))?;
        // PagerDuty's routing key is a secret: stored sealed, added only now.
        let body = match webhook.format {
            WebhookFormat::PagerDuty => route_pagerduty(body, &webhook.secret)
                .ok_or_else(|| SendError::Transport("the stored event is not JSON".into()))?,
            _ => body.to_owned(),
        };
        let mut request = client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::USER_AGENT, "LERS-webhook/1");
        match webhook.format {
            WebhookFormat::Signed => {
                let timestamp = now.unix_seconds().to_string();
                let signature =
                    crate::directory::sign(webhook.secret.as_bytes(), &timestamp, &body);
                request = request
                    .header("x-lers-event", event_type)
                    .header("x-lers-timestamp", timestamp)
                    .header("x-lers-signature", format!("sha256={signature}"));
            }
            // The routing key travels in the body.
            WebhookFormat::PagerDuty => {}
            WebhookFormat::Opsgenie => {
                request = request.header(
                    reqwest::header::AUTHORIZATION,
                    format!("GenieKey {}", webhook.secret),
                );
            }
        }
        let response = request
            .body(body)
            .send()
            .await
            .map_err(|e| SendError::Transport(crate::hi1_client::error_chain(&e)))?;
        let status = response.status();
        if status.is_success() {
            return Ok(status.as_u16());
        }
        let answer = bounded_answer(response).await;
        Err(SendError::Status {
            status: status.as_u16(),
            answer: answer
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .take(ANSWER_KEPT)
                .collect::<String>()
                .trim()
                .to_owned(),
        })
    }
}

/// The start of an error answer: chunks up to [`ANSWER_READ`] bytes, then the
/// connection is dropped, so an endless answer cannot hold a delivery.
async fn bounded_answer(mut response: reqwest::Response) -> String {
    let mut read = Vec::new();
    while read.len() < ANSWER_READ {
        match response.chunk().await {
            Ok(Some(chunk)) => read.extend_from_slice(&chunk),
            Ok(None) | Err(_) => break,
        }
    }
    read.truncate(ANSWER_READ);
    String::from_utf8_lossy(&read).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sender(require_https: bool, allowed: &str) -> anyhow::Result<WebhookSender> {
        WebhookSender::from_settings(&Settings {
            webhook_require_https: require_https,
            webhook_allowed_networks: allowed.into(),
            ..Settings::default()
        })
    }

    const STAFF: WebhookPurpose = WebhookPurpose::Oncall;

    #[tokio::test]
    async fn loopback_metadata_and_plain_http_are_refused_unless_allowed() -> anyhow::Result<()> {
        let strict = sender(true, "")?;
        assert_eq!(
            strict.check("http://example.com/hook", STAFF).await.err(),
            Some(UrlRefusal::NotHttps)
        );
        for url in [
            "https://127.0.0.1/hook",
            "https://169.254.169.254/latest/meta-data/",
            "https://[::1]/hook",
            "https://[::ffff:127.0.0.1]/hook",
            "https://[fd00::1]/hook",
            "https://localhost/hook",
        ] {
            assert!(
                matches!(
                    strict.check(url, STAFF).await,
                    Err(UrlRefusal::Forbidden(_))
                ),
                "{url}"
            );
        }
        assert_eq!(
            strict
                .check("https://user:pw@example.com/", STAFF)
                .await
                .err(),
            Some(UrlRefusal::Credentials)
        );
        let tests = sender(false, "127.0.0.1")?;
        assert!(tests.check("http://127.0.0.1:9/hook", STAFF).await.is_ok());
        assert!(tests.check("http://169.254.169.254/", STAFF).await.is_err());
        // A network opened to staff webhooks stays closed to requesters'.
        assert!(matches!(
            tests
                .check("http://127.0.0.1:9/hook", WebhookPurpose::Agency)
                .await,
            Err(UrlRefusal::Forbidden(_))
        ));
        assert!(WebhookSender::from_settings(&Settings {
            webhook_allowed_networks: "everything".into(),
            ..Settings::default()
        })
        .is_err());
        Ok(())
    }
}
