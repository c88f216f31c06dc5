//! The EU e-Evidence profile (ETSI TS 104 144) of TS 103 120, mapped onto LERS' EU order
//! model: CREATE objects become an [`IncomingOrder`] (a `RequestDraft` of kind EPOC or
//! EPOC-PR, its documents, and the object identifiers to answer about), and UPDATE
//! objects become an [`OrderUpdate`]. The vocabularies are data in [`vocab`].

mod order;
mod status;
mod update;
pub mod vocab;

pub use order::{order_from_create, order_from_message, IncomingDocument, IncomingOrder};
pub use status::{reported_status, OrderFacts};
pub use update::{order_update, OrderUpdate};

use crate::model::{DictionaryEntry, ObjectId};

/// Why objects that parsed fine still do not make an EU order LERS can take. `field`
/// is the element path inside the named object.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    #[error("the message creates no AuthorisationObject")]
    NoAuthorisation,
    #[error("the message creates more than one AuthorisationObject ({second})")]
    SeveralAuthorisations { second: ObjectId },
    #[error("the authorisation {authorisation} has no LDTaskObject or LPTaskObject")]
    NoTask { authorisation: ObjectId },
    #[error("object {object} is not associated with the authorisation {authorisation}")]
    NotAssociated {
        object: ObjectId,
        authorisation: ObjectId,
    },
    #[error("object {object}: {field} is required")]
    Missing { object: ObjectId, field: String },
    #[error("object {object}: {field} has the unknown dictionary value {}/{}/{}", entry.owner, entry.name, entry.value)]
    UnknownDictionaryValue {
        object: ObjectId,
        field: String,
        entry: DictionaryEntry,
    },
    #[error("object {object}: {field}: LERS cannot take identifiers of type {owner}/{name}")]
    UnsupportedIdentifier {
        object: ObjectId,
        field: String,
        owner: String,
        name: String,
    },
    #[error("object {object}: {field} contradicts the order's type")]
    Inconsistent { object: ObjectId, field: String },
    #[error("object {object}: the UPDATE asks for nothing LERS acts on")]
    NotAnOrderUpdate { object: ObjectId },
    #[error("object {object}: the UPDATE asks for more than one change (a withdrawal, an enforcing authority's decision, a new deadline); send each in an UPDATE of its own")]
    SeveralChanges { object: ObjectId },
    #[error("object {object}: the enforcing authority's decision {problem}")]
    EaDecision {
        object: ObjectId,
        problem: EaDecisionGap,
    },
}

/// What an enforcing authority's decision by UPDATE lacks or contradicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EaDecisionGap {
    #[error("carries more than one AuthorisationFlag EPOCEADecision")]
    SeveralDecisions,
    #[error("carries more than one AuthorisationFlag EPOCEARefusalGround")]
    SeveralGrounds,
    #[error("names an Art 12(1) ground (EPOCEARefusalGround) but no EPOCEADecision")]
    GroundWithoutDecision,
    #[error("of no grounds for refusal cannot name a ground (EPOCEARefusalGround)")]
    GroundWithoutRefusal,
    #[error("needs an AuthorisationFlag EPOCEARefusalGround naming the Art 12(1) ground")]
    GroundMissing,
    #[error("of partial grounds needs AuthorisationApprovalDetails with ApprovalType EnforcingAuthority whose ApprovalDescription says which data the grounds cover")]
    DataMissing,
    #[error("names a decision LERS does not know")]
    DecisionUnknown,
    #[error("describes the data its partial grounds cover in more than one line or 500 characters, or with control characters")]
    DataUnreadable,
}
