//! Who is calling the HI-1 endpoint, as the transport saw it: the client certificate of
//! a mutual-TLS connection (put on each request by the HI-1 listener as a
//! [`ClientCertificate`] extension), or else a signed token in the headers (a proxy
//! terminated TLS in front of LERS). The use case decides whether these credentials
//! belong to an active endpoint.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use lers_domain::interface::{
    Hi1Credentials, SignedToken, TokenProblem, ENDPOINT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER,
};

/// The SHA-256 of the peer's leaf certificate (DER) on a mutual-TLS connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientCertificate {
    pub sha256: [u8; 32],
}

/// What the caller presented: nothing, credentials, or a signed token that could not
/// be read (its problem is reported back to the caller).
pub struct Presented(pub Result<Option<Hi1Credentials>, TokenProblem>);

impl<S: Send + Sync> FromRequestParts<S> for Presented {
    type Rejection = Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        if let Some(cert) = parts.extensions.get::<ClientCertificate>() {
            return Ok(Self(Ok(Some(Hi1Credentials::ClientCertificate {
                sha256: cert.sha256,
            }))));
        }
        let target = format!(
            "{} {}",
            parts.method,
            parts.uri.path_and_query().map_or("/", |p| p.as_str())
        );
        Ok(Self(signed_token(&parts.headers, &target)))
    }
}

fn signed_token(headers: &HeaderMap, target: &str) -> Result<Option<Hi1Credentials>, TokenProblem> {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if [ENDPOINT_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER]
        .iter()
        .all(|name| !headers.contains_key(*name))
    {
        return Ok(None);
    }
    SignedToken::from_headers(
        value(ENDPOINT_HEADER),
        value(TIMESTAMP_HEADER),
        value(SIGNATURE_HEADER),
        target,
    )
    .map(|token| Some(Hi1Credentials::SignedToken(token)))
}
