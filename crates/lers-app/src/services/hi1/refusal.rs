//! LERS' own refusals of a readable HI-1 message (6xxx), beside `lers_etsi`'s codes.

use lers_etsi::write::ErrorInformation;

/// Why a message that was read is refused, beyond what the parser and the profile
/// mapping say. LERS' own codes (6xxx), beside `lers_etsi`'s 1xxx–5xxx.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Refusal {
    #[error("the SenderIdentifier {country}:{identifier} is not the endpoint that presented these credentials")]
    SenderMismatch { country: String, identifier: String },
    #[error("the ReceiverIdentifier {country}:{identifier} is not this service ({ours})")]
    WrongReceiver {
        country: String,
        identifier: String,
        ours: String,
    },
    #[error("the TransactionIdentifier {0} was already used for a different message (the SHA-256 of the body differs); a retry must resend the same bytes, a new message needs a new TransactionIdentifier")]
    TransactionReused(String),
    #[error("object {0} was not found for this sender")]
    NotFound(String),
    #[error("object {0} was already created by an earlier message")]
    AlreadyCreated(String),
    #[error("object {object}: Generation {sent} is stale or missing; the current Generation is {current}, so an UPDATE must carry {next}")]
    StaleGeneration {
        object: String,
        sent: String,
        current: i64,
        next: i64,
    },
    #[error("object {object}: {reason}")]
    NotNow { object: String, reason: String },
    #[error("document {object}: {reason}")]
    Document { object: String, reason: String },
    #[error("the order has no DocumentObject: the signed certificate (a PDF) must come with it")]
    NoDocument,
    #[error("the order is incomplete or invalid: {0}")]
    Invalid(String),
    #[error("the content type {0:?} is not accepted: send application/xml, text/xml or application/json")]
    ContentType(String),
    #[error("a GET of a {0} object is not supported; GET the AuthorisationObject or its tasks")]
    NotReported(String),
    #[error("this endpoint speaks for an enforcing authority: it may only send the enforcing authority's decision (an UPDATE of the AuthorisationObject), not {0}")]
    EnforcingOnly(&'static str),
    #[error("this endpoint speaks for an issuing authority: an enforcing authority's decision comes only from the enforcing authority's own registered endpoint")]
    IssuingOnly,
    #[error("a message either creates one order or makes one UPDATE (with any GETs and LISTs): send each change in a message of its own, so that its answer says exactly what happened")]
    OneChangePerMessage,
    #[error("the message is still being processed (received {0}); retry it later with the same TransactionIdentifier")]
    InProgress(String),
    #[error("the provider has suspended the account that holds this endpoint's orders; contact the provider")]
    OwnerInactive,
}

impl Refusal {
    fn code(&self) -> u64 {
        match self {
            Self::SenderMismatch { .. } => 6001,
            Self::WrongReceiver { .. } => 6002,
            Self::TransactionReused(_) => 6003,
            Self::NotFound(_) => 6004,
            Self::AlreadyCreated(_) => 6005,
            Self::StaleGeneration { .. } => 6006,
            Self::NotNow { .. } => 6007,
            Self::Document { .. } => 6008,
            Self::NoDocument => 6009,
            Self::Invalid(_) => 6010,
            Self::ContentType(_) => 6011,
            Self::NotReported(_) => 6012,
            Self::EnforcingOnly(_) => 6013,
            Self::IssuingOnly => 6014,
            Self::OneChangePerMessage => 6015,
            Self::InProgress(_) => 6016,
            Self::OwnerInactive => 6017,
        }
    }

    pub(crate) fn information(&self) -> ErrorInformation {
        ErrorInformation {
            code: self.code(),
            description: self.to_string(),
        }
    }
}
