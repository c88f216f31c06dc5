//! Errors at the HTTP edge. Pages get an HTML error page (or a redirect to log in);
//! the JSON API gets `{"error": …}` with the same status codes.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use lers_store::StoreError;

use crate::pages::{render, ErrorPage};

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("page not found")]
    NotFound,
    #[error("you are not allowed to do that")]
    Forbidden,
    /// No valid session: send the person to log in.
    #[error("log in to continue")]
    LoginRequired,
    /// Signed in, but TOTP enrollment is not finished yet.
    #[error("set up two-step verification to continue")]
    EnrollmentRequired,
    #[error("the form expired or came from another site; reload the page and try again")]
    Csrf,
    /// The API call carried no valid token.
    #[error("missing, revoked or unknown API token: send 'Authorization: Bearer lers_pat_…' with a token created under API tokens")]
    InvalidToken,
    /// The API token was right but its time is over.
    #[error("this API token expired on {0}; renew it (or create a new one) under API tokens")]
    TokenExpired(String),
    /// The allow-list entry that admitted the account was disabled.
    #[error("your agency's domain is no longer admitted; contact the provider")]
    DomainNotAdmitted,
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Conflict(String),
    #[error(
        "something went wrong on our side; try again, and tell the provider if it keeps happening"
    )]
    Internal(String),
    /// A stored file failed its integrity check: nothing was delivered.
    #[error("{0}; the provider has been told")]
    Integrity(String),
    /// Availability ended (e.g. a production past its download window).
    #[error("{0}")]
    Gone(String),
    /// Too many attempts: 429 with `Retry-After`.
    #[error("{message}")]
    Throttled {
        message: String,
        retry_after_seconds: i64,
    },
}

impl WebError {
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(error.to_string())
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden | Self::Csrf | Self::DomainNotAdmitted => StatusCode::FORBIDDEN,
            Self::LoginRequired
            | Self::EnrollmentRequired
            | Self::InvalidToken
            | Self::TokenExpired(_) => StatusCode::UNAUTHORIZED,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Internal(_) | Self::Integrity(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Gone(_) => StatusCode::GONE,
            Self::Throttled { .. } => StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// The `Retry-After` header a throttled answer carries.
    pub fn retry_after(&self) -> Option<(axum::http::HeaderName, axum::http::HeaderValue)> {
        match self {
            Self::Throttled {
                retry_after_seconds,
                ..
            } => Some((
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from(*retry_after_seconds),
            )),
            _ => None,
        }
    }
}

impl From<StoreError> for WebError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Self::NotFound,
            e if e.is_refusal() => Self::Conflict(e.to_string()),
            e @ (StoreError::TokenUnknown
            | StoreError::TokenExpired
            | StoreError::TokenUsed
            | StoreError::TokenRevoked
            | StoreError::TotpReused) => Self::BadRequest(e.to_string()),
            StoreError::Integrity(message) => Self::Integrity(message),
            other => Self::internal(other),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            Self::LoginRequired => Redirect::to("/login").into_response(),
            Self::EnrollmentRequired => Redirect::to("/mfa/enroll").into_response(),
            other => {
                if let Self::Internal(detail) = &other {
                    tracing::error!(%detail, "request failed");
                }
                let status = other.status();
                let retry_after = other.retry_after();
                let mut response =
                    (status, render(&ErrorPage::new(status, other.to_string()))).into_response();
                if let Some((name, value)) = retry_after {
                    response.headers_mut().insert(name, value);
                }
                response
            }
        }
    }
}

/// The JSON API's error: same cases, JSON body, no redirects; field problems as 422.
#[derive(Debug)]
pub enum ApiError {
    Web(WebError),
    Fields(Vec<lers_domain::account::FieldError>),
}

impl From<WebError> for ApiError {
    fn from(error: WebError) -> Self {
        Self::Web(error)
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        Self::Web(error.into())
    }
}

impl From<crate::services::FormError> for ApiError {
    fn from(error: crate::services::FormError) -> Self {
        match error {
            crate::services::FormError::Fields(fields) => Self::Fields(fields),
            crate::services::FormError::Web(e) => Self::Web(e),
        }
    }
}

/// The JSON body of every API error.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody {
    pub error: String,
    /// Problems per field, for 422 answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<lers_domain::account::FieldError>,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            Self::Fields(fields) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ApiErrorBody {
                    error: "the request has problems; see fields".into(),
                    fields,
                },
            ),
            Self::Web(error) => {
                if let WebError::Internal(detail) = &error {
                    tracing::error!(%detail, "API request failed");
                }
                if let Some((name, value)) = error.retry_after() {
                    let body = ApiErrorBody {
                        error: error.to_string(),
                        fields: Vec::new(),
                    };
                    return (error.status(), [(name, value)], Json(body)).into_response();
                }
                (
                    error.status(),
                    ApiErrorBody {
                        error: error.to_string(),
                        fields: Vec::new(),
                    },
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
