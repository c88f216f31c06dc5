//! Why a message was refused: a typed error naming what is wrong and where (the element
//! path, e.g. `HI1Message/Header/TransactionIdentifier`).

/// A refused message. The variant says what is wrong; `path` says where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the message is {size} bytes, more than the limit of {limit}")]
    TooLarge { size: usize, limit: usize },
    #[error("the message declares a DOCTYPE; DTDs and entity declarations are refused")]
    Doctype,
    #[error("{path}: unknown entity reference &{name};")]
    UnknownEntity { path: String, name: String },
    #[error("{path}: elements nest deeper than {limit}")]
    TooDeep { path: String, limit: usize },
    #[error("the message has more than {limit} elements")]
    TooManyElements { limit: usize },
    #[error("{path}: text longer than {limit} bytes")]
    TextTooLong { path: String, limit: usize },
    #[error("not well-formed at byte {position}: {reason}")]
    Malformed { position: u64, reason: String },
    #[error("{path}: element in namespace {namespace:?}, not one of TS 103 120's")]
    WrongNamespace { path: String, namespace: String },
    #[error("{path}: namespace prefix {prefix:?} is not declared")]
    UnboundPrefix { path: String, prefix: String },
    #[error("{path}: required element missing")]
    Missing { path: String },
    #[error("{path}: element not allowed here")]
    Unexpected { path: String },
    #[error("{path}: element may occur only once")]
    Repeated { path: String },
    #[error("{path}: bad value ({why})")]
    BadValue { path: String, why: BadValue },
    #[error("{path}: the object type {type_name} is not supported")]
    UnsupportedObjectType { path: String, type_name: String },
    #[error("{path}: the {action} action is not supported")]
    UnsupportedAction { path: String, action: String },
    #[error("{path}: the document's declared {algorithm} checksum does not match its contents")]
    ChecksumMismatch { path: String, algorithm: String },
}

/// What is wrong with a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadValue {
    #[error("not a lower-case UUID such as 0c7b0e4a-9b1f-4c55-9a6b-1f1f2d3e4a5b")]
    Uuid,
    #[error("not a date-time with a zone, such as 2026-11-27T10:00:00Z")]
    DateTime,
    #[error("not a two-letter upper-case country code")]
    CountryCode,
    #[error("not a version such as V1.15.1")]
    EtsiVersion,
    #[error("not a non-negative integer")]
    Integer,
    #[error("not true or false")]
    Boolean,
    #[error("not valid base64")]
    Base64,
    #[error("checksum is not hexadecimal of the right length")]
    Checksum,
    #[error("checksum type is not SHA-256")]
    ChecksumType,
    #[error("longer than the schema allows")]
    TooLong,
    #[error("empty")]
    Empty,
    #[error("mixes text and child elements")]
    NotText,
    #[error("has the wrong JSON type")]
    JsonType,
}
