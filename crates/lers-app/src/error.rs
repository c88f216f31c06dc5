//! What a use case can answer instead of a result. The web layer maps each case to a
//! status code and an HTML or JSON body (`lers-web/src/error.rs`), in one place.

use lers_domain::account::FieldError;
use lers_domain::problem::Problem;
use lers_domain::refusal::Explained;
use lers_store::StoreError;

use crate::i18n::Tr;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    #[error("you are not allowed to do that")]
    Forbidden,
    /// What was sent cannot be acted on (a broken form, an unknown choice, a dead
    /// link): `problem` says what to do in any reader's language, `detail` in the
    /// English of the log and the API (with the parser's own words, if any).
    #[error("{detail}")]
    Invalid { problem: Problem, detail: String },
    /// A rule or a lost race said no: `problem` says why in any reader's language,
    /// `detail` in the English of the log and the API.
    #[error("{detail}")]
    Refused { problem: Problem, detail: String },
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
    /// Too many attempts: the caller should wait `retry_after_seconds`. The problem
    /// says so in any language (the API gives its id as the code); `detail` in English.
    #[error("{detail}")]
    Throttled {
        problem: Problem,
        detail: String,
        retry_after_seconds: i64,
    },
    /// The server cannot do it right now for want of a resource (a full disk, an
    /// unreachable database); nothing stored was lost, and the same request can be
    /// sent again after [`AppError::UNAVAILABLE_RETRY_AFTER_SECONDS`].
    #[error("{0}")]
    Unavailable(String),
    /// The audit log refuses entries (its head row is not the signed head of its
    /// newest entry, or is signed by another key): nothing audited can be done until
    /// an administrator has checked it, so asking again soon does not help.
    #[error("the audit log cannot record this action right now, so it was not done; the provider's administrators must check the log (`lers audit verify`) before anything more can be recorded")]
    AuditRefusing,
}

impl AppError {
    /// How long an [`AppError::Unavailable`] answer asks the caller to wait.
    pub const UNAVAILABLE_RETRY_AFTER_SECONDS: i64 = 5;
    /// How long an [`AppError::AuditRefusing`] answer asks the caller to wait: a
    /// person has to act first.
    pub const AUDIT_REFUSING_RETRY_AFTER_SECONDS: i64 = 300;

    pub fn internal(error: impl std::fmt::Display) -> Self {
        Self::Internal(error.to_string())
    }

    /// A use case's own "no": `problem` for every reader, its English for the API.
    pub fn refusal(problem: Problem) -> Self {
        Self::Refused {
            detail: Tr::default().problem(&problem),
            problem,
        }
    }

    /// What was sent cannot be acted on: `problem` for every reader, its English for
    /// the API.
    pub fn invalid(problem: Problem) -> Self {
        Self::Invalid {
            detail: Tr::default().problem(&problem),
            problem,
        }
    }

    /// As [`AppError::invalid`], with what the parser said added to the English
    /// detail (the reader sees only `problem`: the parser speaks English).
    pub fn invalid_because(problem: Problem, cause: impl std::fmt::Display) -> Self {
        Self::Invalid {
            detail: format!("{} ({cause})", Tr::default().problem(&problem)),
            problem,
        }
    }

    /// The problem any reader is told, for the answers that carry one.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Self::Refused { problem, .. }
            | Self::Invalid { problem, .. }
            | Self::Throttled { problem, .. } => Some(problem),
            _ => None,
        }
    }

    /// A rule's refusal, in the reader's words on a page and the log's in the API.
    pub fn refused(refusal: &(impl Explained + std::fmt::Display)) -> Self {
        Self::Refused {
            problem: refusal.problem(),
            detail: refusal.to_string(),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        if let Some(problem) = error.problem() {
            return Self::Refused {
                detail: error.to_string(),
                problem,
            };
        }
        if let Some(problem) = error.invalid_problem() {
            return Self::Invalid {
                detail: error.to_string(),
                problem,
            };
        }
        match error {
            StoreError::NotFound => Self::NotFound,
            StoreError::Integrity(message) => Self::Integrity(message),
            StoreError::Io { context, source }
                if source.kind() == std::io::ErrorKind::StorageFull =>
            {
                tracing::error!(%context, "the disk is full");
                Self::Unavailable(format!(
                    "{context}: the server's disk is full. Nothing already stored was lost; send this again once space has been freed"
                ))
            }
            StoreError::AuditHeadUnsigned | StoreError::AuditKeyMismatch => {
                tracing::error!(target: "lers::audit", error = %error, "the audit log refuses entries");
                Self::AuditRefusing
            }
            StoreError::Unavailable { what, detail } => {
                tracing::warn!(%what, %detail, "cannot reach the store");
                Self::Unavailable(format!(
                    "the {what} cannot be reached right now. Nothing already stored was lost, and what this request did was not acknowledged; send it again in a few seconds"
                ))
            }
            other => Self::internal(other),
        }
    }
}

/// A form that could not be accepted: problems per field (shown next to each field,
/// with everything typed kept), or an error for the whole request.
#[derive(Debug)]
pub enum FormError {
    Fields(Vec<FieldError>),
    App(AppError),
}

impl FormError {
    /// One field's problem: a keyed [`Problem`], or words already final (a string).
    pub fn field(field: &'static str, problem: impl Into<Problem>) -> Self {
        Self::Fields(vec![FieldError::new(field, problem.into())])
    }
}

/// A store error as the form shows it: a refusal (a rule said no, or someone changed
/// it first) next to `field`, in the reader's words; anything else as the whole
/// request's error.
pub fn refusal_at(field: &'static str) -> impl Fn(StoreError) -> FormError {
    move |error| match error.problem() {
        Some(problem) => FormError::field(field, problem),
        None => error.into(),
    }
}

impl From<AppError> for FormError {
    fn from(error: AppError) -> Self {
        Self::App(error)
    }
}

impl From<StoreError> for FormError {
    fn from(error: StoreError) -> Self {
        Self::App(error.into())
    }
}
