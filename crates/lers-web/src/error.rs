//! Errors at the HTTP edge, and the one place where the application's errors become
//! status codes. Pages get an HTML error page (or a redirect to log in); the JSON API
//! gets `{"error": …}` with the same status codes.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use lers_app::i18n::Tr;
use lers_app::{AppError, FormError};
use lers_domain::problem::Problem;
use lers_store::StoreError;

use crate::pages::{render, ErrorPage};

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// What a use case refused or failed with.
    #[error(transparent)]
    App(#[from] AppError),
    /// No valid session: send the person to log in.
    #[error("log in to continue")]
    LoginRequired,
    /// The same on a staff console page: sent to the staff sign-in, which is in the
    /// staff load budget.
    #[error("log in to continue")]
    StaffLoginRequired,
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
}

impl WebError {
    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::App(AppError::internal(error))
    }

    /// No valid session on a request for `path`.
    pub fn login_required(path: &str) -> Self {
        if crate::paths::is_staff(path) {
            Self::StaffLoginRequired
        } else {
            Self::LoginRequired
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            Self::App(error) => match error {
                AppError::NotFound => StatusCode::NOT_FOUND,
                AppError::Forbidden => StatusCode::FORBIDDEN,
                AppError::Invalid { .. } => StatusCode::BAD_REQUEST,
                AppError::Refused { .. } => StatusCode::CONFLICT,
                AppError::Internal(_) | AppError::Integrity(_) => StatusCode::INTERNAL_SERVER_ERROR,
                AppError::Gone(_) => StatusCode::GONE,
                AppError::Throttled { .. } => StatusCode::TOO_MANY_REQUESTS,
                AppError::Unavailable(_) | AppError::AuditRefusing => {
                    StatusCode::SERVICE_UNAVAILABLE
                }
            },
            Self::Csrf | Self::DomainNotAdmitted => StatusCode::FORBIDDEN,
            Self::LoginRequired
            | Self::StaffLoginRequired
            | Self::EnrollmentRequired
            | Self::InvalidToken
            | Self::TokenExpired(_) => StatusCode::UNAUTHORIZED,
        }
    }

    /// The `Retry-After` header a throttled or unavailable answer carries.
    pub fn retry_after(&self) -> Option<(axum::http::HeaderName, axum::http::HeaderValue)> {
        let seconds = match self {
            Self::App(AppError::Throttled {
                retry_after_seconds,
                ..
            }) => *retry_after_seconds,
            Self::App(AppError::Unavailable(_)) => AppError::UNAVAILABLE_RETRY_AFTER_SECONDS,
            Self::App(AppError::AuditRefusing) => AppError::AUDIT_REFUSING_RETRY_AFTER_SECONDS,
            _ => return None,
        };
        Some((
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from(seconds),
        ))
    }

    /// The Fluent message that explains this error on a page in any language; `None`
    /// where the error's own words are already in the reader's language.
    fn explanation_id(&self) -> Option<&'static str> {
        Some(match self {
            Self::App(error) => match error {
                AppError::NotFound => "error-not-found",
                AppError::Forbidden => "error-forbidden",
                AppError::Invalid { .. } => "error-bad-request",
                AppError::Refused { .. } => "error-conflict",
                AppError::Internal(_) => "error-internal",
                AppError::Integrity(_) => "error-integrity",
                AppError::Gone(_) => "error-gone",
                AppError::Throttled { .. } => return None,
                AppError::Unavailable(_) => "error-unavailable",
                AppError::AuditRefusing => "error-audit-refusing",
            },
            Self::Csrf => "error-csrf",
            Self::DomainNotAdmitted => "error-domain-not-admitted",
            Self::LoginRequired
            | Self::StaffLoginRequired
            | Self::EnrollmentRequired
            | Self::InvalidToken
            | Self::TokenExpired(_) => "error-sign-in",
        })
    }

    /// The detail of an internal failure, for the log.
    fn internal_detail(&self) -> Option<&str> {
        match self {
            Self::App(AppError::Internal(detail)) => Some(detail),
            _ => None,
        }
    }
}

impl From<StoreError> for WebError {
    fn from(error: StoreError) -> Self {
        Self::App(error.into())
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            Self::LoginRequired => Redirect::to("/login").into_response(),
            Self::StaffLoginRequired => Redirect::to(crate::paths::STAFF_SIGN_IN).into_response(),
            Self::EnrollmentRequired => Redirect::to("/mfa/enroll").into_response(),
            other => {
                if let Some(detail) = other.internal_detail() {
                    tracing::error!(%detail, "request failed");
                }
                let status = other.status();
                let retry_after = other.retry_after();
                let explained = ExplainedError {
                    status,
                    explanation_id: other.explanation_id(),
                    detail: other.to_string(),
                    problem: match &other {
                        Self::App(error) => error.problem().cloned(),
                        _ => None,
                    },
                };
                let mut response = (
                    status,
                    render(&ErrorPage::new(status, explained.detail.clone())),
                )
                    .into_response();
                if let Some((name, value)) = retry_after {
                    response.headers_mut().insert(name, value);
                }
                // The page above is the reader-less fallback; `error_pages` redraws it
                // in the reader's language with their navigation.
                response.extensions_mut().insert(explained);
                response
            }
        }
    }
}

/// What an error page says, kept on the response so that it can be drawn again for
/// its reader (the error itself is made where no request is at hand).
#[derive(Clone, Debug)]
pub struct ExplainedError {
    pub status: StatusCode,
    /// A Fluent message saying what went wrong and what to do, in any language
    /// (`None`: `detail` is in the reader's language already).
    pub explanation_id: Option<&'static str>,
    /// The use case's own words, in English: shown to English readers.
    pub detail: String,
    /// Why a rule refused, for any reader: said instead of the general explanation.
    pub problem: Option<Problem>,
}

/// The JSON API's error: same cases, JSON body, no redirects; field problems as 422.
#[derive(Debug)]
pub enum ApiError {
    Web(WebError),
    Fields(Vec<lers_domain::account::FieldError>),
    /// The HTTP layer refused the body or query before any service saw it.
    Rejected(StatusCode, String),
}

impl From<WebError> for ApiError {
    fn from(error: WebError) -> Self {
        Self::Web(error)
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> Self {
        Self::Web(error.into())
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        Self::Web(error.into())
    }
}

impl From<FormError> for ApiError {
    fn from(error: FormError) -> Self {
        match error {
            FormError::Fields(fields) => Self::Fields(fields),
            FormError::App(e) => Self::Web(e.into()),
        }
    }
}

/// The JSON body of every API error.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiErrorBody {
    pub error: String,
    /// For a refusal (409), and a 400 for a request the server read but cannot act
    /// on: a stable code naming it (a Fluent message id such as
    /// `form-refusal-access-closed-to-messages` or `form-upload-file-field-missing`),
    /// for clients that say it in their own words. A body or query that could not be
    /// parsed at all has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// Problems per field, for 422 answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<ApiFieldError>,
}

/// One field's problem in an API answer.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiFieldError {
    /// The field's name in the request body.
    pub field: &'static str,
    /// What is wrong, in English.
    pub message: String,
    /// A stable code naming the problem (a Fluent message id such as
    /// `form-enter-full-name`) for clients that say it in their own words.
    pub code: &'static str,
}

impl ApiFieldError {
    /// The API speaks English (`tr` is English there); the code lets a client
    /// translate.
    fn from_field(error: lers_domain::account::FieldError, tr: &Tr) -> Self {
        Self {
            field: error.field,
            message: tr.problem(&error.problem),
            code: error.problem.id(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.said_in(&Tr::default())
    }
}

/// An [`ApiError`] for the console's own scripts (the resumable production upload),
/// which show the `error` text to the staff member as it comes: said in their
/// language, with the same statuses and codes as the API.
pub struct ConsoleJsonError {
    pub error: ApiError,
    pub tr: Tr,
}

impl IntoResponse for ConsoleJsonError {
    fn into_response(self) -> Response {
        self.error.said_in(&self.tr)
    }
}

impl ApiError {
    /// The JSON answer, its words in `tr`'s language: a problem as it reads there,
    /// any other error by its explanation (English keeps the error's own words).
    fn said_in(self, tr: &Tr) -> Response {
        let english = tr.lang() == "en";
        let (status, body) = match self {
            Self::Rejected(status, error) => (
                status,
                ApiErrorBody {
                    error,
                    code: None,
                    fields: Vec::new(),
                },
            ),
            Self::Fields(fields) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ApiErrorBody {
                    error: if english {
                        "the request has problems; see fields".into()
                    } else {
                        tr.get("error-title")
                    },
                    code: None,
                    fields: fields
                        .into_iter()
                        .map(|field| ApiFieldError::from_field(field, tr))
                        .collect(),
                },
            ),
            Self::Web(error) => {
                if let Some(detail) = error.internal_detail() {
                    tracing::error!(%detail, "API request failed");
                }
                let problem = match &error {
                    WebError::App(error) => error.problem(),
                    _ => None,
                };
                let code = problem.map(Problem::id).or(match &error {
                    // Not a passing outage: clients may tell it apart and say so.
                    WebError::App(AppError::AuditRefusing) => Some("error-audit-refusing"),
                    _ => None,
                });
                let said = match (problem, error.explanation_id()) {
                    _ if english => error.to_string(),
                    (Some(problem), _) => tr.problem(problem),
                    (None, Some(id)) => tr.get(id),
                    (None, None) => error.to_string(),
                };
                if let Some((name, value)) = error.retry_after() {
                    let body = ApiErrorBody {
                        error: said,
                        code,
                        fields: Vec::new(),
                    };
                    return (error.status(), [(name, value)], Json(body)).into_response();
                }
                (
                    error.status(),
                    ApiErrorBody {
                        error: said,
                        code,
                        fields: Vec::new(),
                    },
                )
            }
        };
        (status, Json(body)).into_response()
    }
}
