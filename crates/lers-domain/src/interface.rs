//! Interface endpoints: the systems of issuing authorities (or their e-CODEX connector)
//! that send orders to LERS as ETSI TS 103 120 (HI-1) messages instead of a person
//! typing them into the portal.
//!
//! An admin registers an endpoint with the identity its messages carry (country code
//! and unique identifier, TS 103 280 `EndpointID`) and how it proves that identity:
//! - the SHA-256 fingerprint of its client TLS certificate, pinned (mutual TLS on the
//!   HI-1 listener), or
//! - an Ed25519 public key, when a proxy terminates TLS in front of LERS: each message
//!   then carries a signature over the endpoint, a timestamp and the body's SHA-256
//!   ([`SignedToken`]).
//!
//! A registration grants the power to file orders, so a second admin approves it
//! ([`may_approve`]) before the endpoint may speak.

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::account::FieldError;
use crate::clock::{Duration, Timestamp};
use crate::countries::country_name;
use crate::problem::Problem;
use crate::text::check_single_line;

/// The longest identifier or name kept.
const MAX_TEXT: usize = 200;
/// How far a signed token's timestamp may be from LERS' clock.
pub const TOKEN_FRESHNESS: Duration = Duration::minutes(5);
/// Domain separation of what a token signs, so the key signs nothing else by accident.
const TOKEN_CONTEXT: &str = "LERS-HI1-v2";

/// How an endpoint proves who it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EndpointAuth {
    /// Mutual TLS: the SHA-256 of its client certificate (DER), pinned.
    ClientCertificate { sha256: [u8; 32] },
    /// A signed token on each message (behind a TLS-terminating proxy).
    SignedToken { public_key: [u8; 32] },
}

impl EndpointAuth {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::ClientCertificate { .. } => "client_certificate",
            Self::SignedToken { .. } => "signed_token",
        }
    }

    /// The credential as stored and shown: hex of the fingerprint, or of the key.
    pub fn credential_hex(&self) -> String {
        match self {
            Self::ClientCertificate { sha256 } => hex::encode(sha256),
            Self::SignedToken { public_key } => hex::encode(public_key),
        }
    }

    /// Reads a stored `kind` and hex credential back.
    pub fn from_stored(kind: &str, credential_hex: &str) -> Option<Self> {
        let bytes: [u8; 32] = hex::decode(credential_hex).ok()?.try_into().ok()?;
        match kind {
            "client_certificate" => Some(Self::ClientCertificate { sha256: bytes }),
            "signed_token" => Some(Self::SignedToken { public_key: bytes }),
            _ => None,
        }
    }
}

/// The identity a message's `SenderIdentifier` must carry.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EndpointIdentity {
    /// ISO 3166-1 alpha-2, upper case (`EU` for EU-level bodies).
    pub country: String,
    pub identifier: String,
}

impl EndpointIdentity {
    /// Whether a message's sender (`CountryCode`, `UniqueIdentifier`) is this endpoint.
    /// Country codes compare without case; identifiers exactly.
    pub fn is_sender(&self, country: &str, identifier: &str) -> bool {
        self.country.eq_ignore_ascii_case(country) && self.identifier == identifier
    }
}

impl std::fmt::Display for EndpointIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.country, self.identifier)
    }
}

/// For whom an endpoint speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EndpointRole {
    /// An issuing authority's system: it files orders and changes its own.
    #[default]
    Issuing,
    /// The enforcing authority of the provider's member state (Regulation (EU)
    /// 2023/1543 Art 10(2), 10(4) and 12): it only notifies its decision on an order
    /// whose certificate says it was notified, and never files one.
    Enforcing,
}

impl EndpointRole {
    pub const ALL: [EndpointRole; 2] = [Self::Issuing, Self::Enforcing];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Issuing => "issuing",
            Self::Enforcing => "enforcing",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// A registration as typed by an admin.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EndpointInput {
    pub country: String,
    pub identifier: String,
    pub name: String,
    /// `client_certificate` or `signed_token`.
    pub auth_kind: String,
    /// The certificate's SHA-256 (hex, colons allowed), or the Ed25519 public key (hex or
    /// base64 of its 32 bytes).
    pub credential: String,
    /// Where notifications and deliveries go (https), empty for none.
    pub notify_url: String,
    /// Whom the provider's staff contact about this endpoint's orders; the orders'
    /// requester account uses it.
    pub contact_email: String,
    /// `issuing` or `enforcing`; empty means issuing.
    pub role: String,
}

/// A checked registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointRegistration {
    pub identity: EndpointIdentity,
    pub name: String,
    pub auth: EndpointAuth,
    pub notify_url: Option<String>,
    pub contact_email: String,
    pub role: EndpointRole,
}

impl EndpointInput {
    /// Trims and checks every field, returning every problem at once.
    pub fn validated(self) -> Result<EndpointRegistration, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut problem = |field: &'static str, problem: Problem| {
            errors.push(FieldError::new(field, problem));
        };
        let country = self.country.trim().to_ascii_uppercase();
        if country != "EU" && country_name(&country).is_none() {
            problem("country", Problem::new("form-endpoint-country-code"));
        }
        let identifier = self.identifier.trim().to_owned();
        if identifier.is_empty()
            || identifier.len() > MAX_TEXT
            || check_single_line(&identifier).is_err()
            || identifier.contains(char::is_whitespace)
        {
            problem(
                "identifier",
                Problem::new("form-endpoint-identifier").number("max", MAX_TEXT),
            );
        }
        let name = self.name.trim().to_owned();
        if name.is_empty() || name.chars().count() > MAX_TEXT || check_single_line(&name).is_err() {
            problem(
                "name",
                Problem::new("form-endpoint-name").number("max", MAX_TEXT),
            );
        }
        let credential = self.credential.trim();
        let auth = match self.auth_kind.trim() {
            "client_certificate" => match fingerprint(credential) {
                Some(sha256) => Some(EndpointAuth::ClientCertificate { sha256 }),
                None => {
                    problem("credential", Problem::new("form-endpoint-fingerprint"));
                    None
                }
            },
            "signed_token" => match public_key(credential) {
                Some(public_key) => Some(EndpointAuth::SignedToken { public_key }),
                None => {
                    problem("credential", Problem::new("form-endpoint-public-key"));
                    None
                }
            },
            _ => {
                problem("auth_kind", Problem::new("form-endpoint-auth-kind"));
                None
            }
        };
        let notify_url = self.notify_url.trim();
        let notify_url = if notify_url.is_empty() {
            None
        } else if !notify_url.starts_with("https://")
            || notify_url.len() > 2000
            || check_single_line(notify_url).is_err()
            || notify_url.contains(char::is_whitespace)
        {
            problem("notify_url", Problem::new("form-endpoint-notify-url"));
            None
        } else {
            Some(notify_url.to_owned())
        };
        let contact_email = self.contact_email.trim().to_ascii_lowercase();
        if crate::allowlist::EmailAddress::parse(&contact_email).is_err() {
            problem("contact_email", Problem::new("form-endpoint-contact-email"));
        }
        let role = match self.role.trim() {
            "" => Some(EndpointRole::Issuing),
            role => EndpointRole::parse(role),
        };
        if role.is_none() {
            problem("role", Problem::new("form-endpoint-role"));
        }
        match (auth, role) {
            (Some(auth), Some(role)) if errors.is_empty() => Ok(EndpointRegistration {
                identity: EndpointIdentity {
                    country,
                    identifier,
                },
                name,
                auth,
                notify_url,
                contact_email,
                role,
            }),
            _ => Err(errors),
        }
    }
}

fn fingerprint(text: &str) -> Option<[u8; 32]> {
    let digits: String = text.chars().filter(|c| *c != ':').collect();
    hex::decode(digits.to_ascii_lowercase())
        .ok()?
        .try_into()
        .ok()
}

fn public_key(text: &str) -> Option<[u8; 32]> {
    use base64::Engine;
    let bytes = hex::decode(text)
        .ok()
        .or_else(|| base64::engine::general_purpose::STANDARD.decode(text).ok())
        .or_else(|| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(text)
                .ok()
        })?;
    let key: [u8; 32] = bytes.try_into().ok()?;
    VerifyingKey::from_bytes(&key).ok()?;
    Some(key)
}

// --- Four eyes ------------------------------------------------------------------------

/// Where a registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndpointState {
    /// Proposed by one admin, waiting for a second.
    Proposed,
    Active,
    Disabled,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EndpointRefusal {
    #[error("you proposed this endpoint: a second admin must approve it")]
    OwnProposal,
    #[error("this endpoint is not waiting for approval")]
    NotProposed,
    #[error("this endpoint is disabled already")]
    AlreadyDisabled,
    #[error("an endpoint with this identity or credential is registered already")]
    Duplicate,
}

/// A second admin approves a proposed registration; never its proposer.
pub fn may_approve(
    state: EndpointState,
    proposer: i64,
    approver: i64,
) -> Result<(), EndpointRefusal> {
    if state != EndpointState::Proposed {
        return Err(EndpointRefusal::NotProposed);
    }
    if proposer == approver {
        return Err(EndpointRefusal::OwnProposal);
    }
    Ok(())
}

/// Any admin disables an endpoint that is not disabled yet (one pair of eyes: taking
/// power away must be quick).
pub fn may_disable(state: EndpointState) -> Result<(), EndpointRefusal> {
    match state {
        EndpointState::Disabled => Err(EndpointRefusal::AlreadyDisabled),
        _ => Ok(()),
    }
}

// --- Who is calling -------------------------------------------------------------------

/// What a caller of the HI-1 endpoint presented.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hi1Credentials {
    /// The SHA-256 of the client certificate of the mutual-TLS connection.
    ClientCertificate { sha256: [u8; 32] },
    /// A signed token from the headers (behind a TLS-terminating proxy).
    SignedToken(SignedToken),
}

/// The three headers of a signed token: `LERS-HI1-Endpoint: CC:identifier`,
/// `LERS-HI1-Timestamp: <unix seconds>`, `LERS-HI1-Signature: <base64 Ed25519>` over
/// [`SignedToken::signed_text`].
pub const ENDPOINT_HEADER: &str = "lers-hi1-endpoint";
pub const TIMESTAMP_HEADER: &str = "lers-hi1-timestamp";
pub const SIGNATURE_HEADER: &str = "lers-hi1-signature";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedToken {
    pub endpoint: EndpointIdentity,
    pub timestamp: i64,
    pub signature: [u8; 64],
    /// The request it was presented with, `METHOD /path?query`: signed too, so a token
    /// seen in one request opens nothing else.
    pub target: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TokenProblem {
    #[error("the {0} header is missing or malformed")]
    Malformed(&'static str),
    #[error("the token's timestamp is more than 5 minutes from the server's clock; check the sender's clock")]
    Stale,
    #[error("the signature does not verify with the registered key")]
    BadSignature,
}

impl SignedToken {
    /// Reads the three header values (as they arrived; absent ones as `None`).
    pub fn from_headers(
        endpoint: Option<&str>,
        timestamp: Option<&str>,
        signature: Option<&str>,
        target: &str,
    ) -> Result<Self, TokenProblem> {
        use base64::Engine;
        let (country, identifier) = endpoint
            .and_then(|e| e.trim().split_once(':'))
            .filter(|(c, i)| c.len() == 2 && !i.is_empty())
            .ok_or(TokenProblem::Malformed(ENDPOINT_HEADER))?;
        let timestamp = timestamp
            .and_then(|t| t.trim().parse::<i64>().ok())
            .ok_or(TokenProblem::Malformed(TIMESTAMP_HEADER))?;
        let signature: [u8; 64] = signature
            .and_then(|s| {
                base64::engine::general_purpose::STANDARD
                    .decode(s.trim())
                    .ok()
            })
            .and_then(|b| b.try_into().ok())
            .ok_or(TokenProblem::Malformed(SIGNATURE_HEADER))?;
        Ok(Self {
            endpoint: EndpointIdentity {
                country: country.to_ascii_uppercase(),
                identifier: identifier.to_owned(),
            },
            timestamp,
            signature,
            target: target.to_owned(),
        })
    }

    /// What the sender signs: context, endpoint, timestamp, the request (`METHOD
    /// /path?query`) and the body's SHA-256.
    pub fn signed_text(
        endpoint: &EndpointIdentity,
        timestamp: i64,
        target: &str,
        body: &[u8],
    ) -> Vec<u8> {
        format!(
            "{TOKEN_CONTEXT}\n{endpoint}\n{timestamp}\n{target}\n{}",
            hex::encode(Sha256::digest(body))
        )
        .into_bytes()
    }

    /// Whether the token's timestamp is within [`TOKEN_FRESHNESS`] of `now` (checked
    /// before the body is read; any timestamp, however extreme, is just stale).
    pub fn check_fresh(&self, now: Timestamp) -> Result<(), TokenProblem> {
        let limit = TOKEN_FRESHNESS.as_seconds().unsigned_abs();
        if now.unix_seconds().abs_diff(self.timestamp) > limit {
            return Err(TokenProblem::Stale);
        }
        Ok(())
    }

    /// Checks the token against the endpoint's registered key, for this body, at `now`.
    pub fn verify(
        &self,
        public_key: &[u8; 32],
        body: &[u8],
        now: Timestamp,
    ) -> Result<(), TokenProblem> {
        self.check_fresh(now)?;
        let key = VerifyingKey::from_bytes(public_key).map_err(|_| TokenProblem::BadSignature)?;
        let text = Self::signed_text(&self.endpoint, self.timestamp, &self.target, body);
        key.verify(&text, &Signature::from_bytes(&self.signature))
            .map_err(|_| TokenProblem::BadSignature)
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests;
