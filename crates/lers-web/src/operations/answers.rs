//! The answers load shedding gives instead of serving: 503 for a full budget, 429 for
//! a rate limit, both with `Retry-After`, as JSON on the API and as a page elsewhere,
//! in the caller's language. Nothing in them needs the database.

use axum::extract::Request;
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use lers_app::i18n::Tr;

use crate::error::ApiErrorBody;
use crate::pages::{render, ErrorPage};

/// Why a request was not served.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its budget had no free slot within the queue deadline.
    Busy,
    /// Its API token made too many requests.
    TokenRate,
    /// Its client address made too many API requests.
    AddressRate,
    /// Its client address already has as many staff sign-ins in flight as one
    /// address may.
    AddressBusy,
}

impl Refusal {
    pub fn name(self) -> &'static str {
        match self {
            Self::Busy => "busy",
            Self::TokenRate => "token_rate",
            Self::AddressRate => "address_rate",
            Self::AddressBusy => "address_busy",
        }
    }

    fn status(self) -> StatusCode {
        match self {
            Self::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Self::TokenRate | Self::AddressRate | Self::AddressBusy => {
                StatusCode::TOO_MANY_REQUESTS
            }
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Self::Busy => "operations-busy",
            Self::TokenRate => "operations-token-rate",
            Self::AddressRate => "operations-address-rate",
            Self::AddressBusy => "operations-address-busy",
        }
    }
}

pub fn refused(request: &Request, refusal: Refusal, retry_after_secs: u64) -> Response {
    let to_api = request.uri().path().starts_with("/api/");
    // The API speaks English, with a code to say it otherwise, as its other errors
    // do; pages and their own JSON calls (the passkey ceremonies) speak the reader's
    // language.
    // A page in the visitor's language (the cookie's, else the browser's): this is
    // answered before any session is read, so a profile's choice is not known.
    let tr = if to_api {
        Tr::default()
    } else {
        crate::auth::browser_language(request.headers())
    };
    let message = tr.with(
        refusal.message_id(),
        &[("seconds", retry_after_secs.to_string())],
    );
    let status = refusal.status();
    let sent_json = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let mut response = if to_api || sent_json {
        (
            status,
            Json(ApiErrorBody {
                error: message,
                code: Some(refusal.message_id()),
                fields: Vec::new(),
            }),
        )
            .into_response()
    } else {
        (status, render(&ErrorPage::in_language(status, message, tr))).into_response()
    };
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(retry_after_secs));
    response
}
