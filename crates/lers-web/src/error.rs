//! Errors at the HTTP edge. Pages get an HTML error page (or a redirect to log in);
//! the JSON API gets `{"error": …}` with the same status codes.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use lers_store::StoreError;
use serde_json::json;

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
    #[error("{0}")]
    BadRequest(String),
    #[error("{0}")]
    Conflict(String),
    #[error(
        "something went wrong on our side; try again, and tell the provider if it keeps happening"
    )]
    Internal(String),
}

impl WebError {
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(error.to_string())
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden | Self::Csrf => StatusCode::FORBIDDEN,
            Self::LoginRequired | Self::EnrollmentRequired => StatusCode::UNAUTHORIZED,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<StoreError> for WebError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => Self::NotFound,
            StoreError::Conflict(message) => Self::Conflict(message),
            e @ (StoreError::TokenUnknown
            | StoreError::TokenExpired
            | StoreError::TokenUsed
            | StoreError::TotpReused) => Self::BadRequest(e.to_string()),
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
                (status, render(&ErrorPage::new(status, other.to_string()))).into_response()
            }
        }
    }
}

/// The JSON API's error: same cases, JSON body, no redirects.
#[derive(Debug)]
pub struct ApiError(pub WebError);

impl<E: Into<WebError>> From<E> for ApiError {
    fn from(error: E) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let WebError::Internal(detail) = &self.0 {
            tracing::error!(%detail, "API request failed");
        }
        let status = self.0.status();
        (status, Json(json!({"error": self.0.to_string()}))).into_response()
    }
}
