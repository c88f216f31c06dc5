//! The EU e-Evidence profile's dictionary vocabularies (TS 104 144 on TS 103 120), kept
//! here as data and nowhere else.
//!
//! **Unverified.** These Owner/Name/Value triples are the ones seen in ETSI's public
//! EPOC-to-HI-1 converter and public descriptions of the profile; they were NOT checked
//! against the published TS 104 144. Where that converter spells a name two ways, both
//! are listed. Correct a table here and nothing else needs to change: every lookup
//! goes through [`find`], and an entry that is in no table is refused by name.

use lers_domain::eu::enforcing::RefusalGround;
use lers_domain::eu::EuDataCategory;
use lers_domain::request::TargetType;

use crate::model::DictionaryEntry;

/// One accepted dictionary value and what it means to LERS.
pub struct Entry<T: 'static> {
    pub owner: &'static str,
    pub name: &'static str,
    pub value: &'static str,
    pub meaning: T,
}

const fn e<T>(
    owner: &'static str,
    name: &'static str,
    value: &'static str,
    meaning: T,
) -> Entry<T> {
    Entry {
        owner,
        name,
        value,
        meaning,
    }
}

/// The meaning of `entry` in `table`, if the table has it.
pub fn find<T: Copy>(table: &'static [Entry<T>], entry: &DictionaryEntry) -> Option<T> {
    table
        .iter()
        .find(|t| t.owner == entry.owner && t.name == entry.name && t.value == entry.value)
        .map(|t| t.meaning)
}

/// The entry LERS writes for a meaning (the first in the table that has it).
pub fn entry_for<T: Copy + PartialEq>(
    table: &'static [Entry<T>],
    meaning: T,
) -> Option<DictionaryEntry> {
    table
        .iter()
        .find(|t| t.meaning == meaning)
        .map(|t| DictionaryEntry::new(t.owner, t.name, t.value))
}

/// Which order: `AuthorisationLegalType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegalType {
    Production,
    Preservation,
}

pub static LEGAL_TYPES: &[Entry<LegalType>] = &[
    e("ETSI", "EPOCLegalType", "EPOC", LegalType::Production),
    e("ETSI", "EPOCLegalType", "EPOCPR", LegalType::Preservation),
];

/// The deadline asked for: `AuthorisationPriority`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Priority {
    TenDays,
    TenDaysSubjectToEa,
    /// The emergency case: 8 hours (Art 10(4)).
    EightHours,
}

pub static PRIORITIES: &[Entry<Priority>] = &[
    e("ETSI", "EPOCPriority", "TenDaysASAP", Priority::TenDays),
    e(
        "ETSI",
        "EPOCPriority",
        "TenDaysSubjectToEA",
        Priority::TenDaysSubjectToEa,
    ),
    e("ETSI", "EPOCPriority", "EightHours", Priority::EightHours),
];

/// `AuthorisationFlag`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthorisationFlag {
    /// Section H: the user must not be informed until the authority says so.
    DelayInformingUser,
    /// Section K: the enforcing authority was notified.
    EnforcingAuthorityNotified,
    /// Section B: an emergency case.
    Emergency,
}

pub static AUTHORISATION_FLAGS: &[Entry<AuthorisationFlag>] = &[
    e(
        "ETSI",
        "EPOCAuthorisationFlag",
        "DelayInformingUser",
        AuthorisationFlag::DelayInformingUser,
    ),
    e(
        "ETSI",
        "EPOCAuthorisationFlag",
        "EnforcingAuthorityNotified",
        AuthorisationFlag::EnforcingAuthorityNotified,
    ),
    e(
        "ETSI",
        "AuthorisationFlag",
        "IsEmergency",
        AuthorisationFlag::Emergency,
    ),
];

/// `AuthorisationDesiredStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthorisationDesired {
    Submitted,
    /// The issuing authority withdraws the order.
    Cancelled,
}

pub static AUTHORISATION_DESIRED: &[Entry<AuthorisationDesired>] = &[
    e(
        "ETSI",
        "AuthorisationDesiredStatus",
        "SubmittedToCSP",
        AuthorisationDesired::Submitted,
    ),
    // Spelled so by ETSI's converter.
    e(
        "ETSI",
        "AuthorisationDesiredSatus",
        "SubmittedToCSP",
        AuthorisationDesired::Submitted,
    ),
    e(
        "ETSI",
        "AuthorisationDesiredStatus",
        "Cancelled",
        AuthorisationDesired::Cancelled,
    ),
];

/// An enforcing authority's decision (Art 10(2) and (4), Art 12), carried as an
/// `AuthorisationFlag` of the AuthorisationObject UPDATE that the EA's system sends.
/// The meaning is the decision's name in `lers_domain::eu::enforcing::EaDecision`.
/// **Unverified** like the rest: LERS' reading of the profile, not checked against the
/// published TS 104 144; both spellings of a full refusal are taken.
pub static EA_DECISIONS: &[Entry<&str>] = &[
    e(
        "ETSI",
        "EPOCEADecision",
        "NoGroundsForRefusal",
        "no_grounds",
    ),
    e(
        "ETSI",
        "EPOCEADecision",
        "PartialGroundsForRefusal",
        "partial_grounds",
    ),
    e(
        "ETSI",
        "EPOCEADecision",
        "GroundsForRefusal",
        "full_refusal",
    ),
    e(
        "ETSI",
        "EPOCEADecision",
        "FullGroundsForRefusal",
        "full_refusal",
    ),
];

/// The Art 12(1) ground an EA raises, as another `AuthorisationFlag` of the same
/// UPDATE. **Unverified.**
pub static EA_GROUNDS: &[Entry<RefusalGround>] = &[
    e(
        "ETSI",
        "EPOCEARefusalGround",
        "ImmunitiesOrPrivileges",
        RefusalGround::ImmunitiesOrPrivileges,
    ),
    e(
        "ETSI",
        "EPOCEARefusalGround",
        "FundamentalRights",
        RefusalGround::FundamentalRights,
    ),
    e(
        "ETSI",
        "EPOCEARefusalGround",
        "NeBisInIdem",
        RefusalGround::NeBisInIdem,
    ),
    e(
        "ETSI",
        "EPOCEARefusalGround",
        "DualCriminality",
        RefusalGround::DualCriminality,
    ),
];

/// The `ApprovalType` of the `AuthorisationApprovalDetails` an EA's decision carries;
/// its `ApprovalDescription` says which data partial grounds cover.
pub const EA_APPROVAL_TYPE: &str = "EnforcingAuthority";
/// The `ApprovalType` whose `ApprovalDescription` gives an issuing authority's reasons
/// (for early disclosure, on a new deadline).
pub const ISSUING_APPROVAL_TYPE: &str = "IssuingAuthority";

/// A task's `DesiredStatus` (the converter uses `LDTaskDesiredStatus` for LP tasks too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskDesired {
    AwaitingDisclosure,
    AwaitingPreservation,
    /// Form 5: a production order for preserved data follows; keep preserving.
    SubsequentProductionRequest,
    Cancelled,
}

pub static TASK_DESIRED: &[Entry<TaskDesired>] = &[
    e(
        "ETSI",
        "LDTaskDesiredStatus",
        "AwaitingDisclosure",
        TaskDesired::AwaitingDisclosure,
    ),
    e(
        "ETSI",
        "LDTaskDesiredStatus",
        "AwaitingPreservation",
        TaskDesired::AwaitingPreservation,
    ),
    e(
        "ETSI",
        "LDTaskDesiredStatus",
        "SubsequentProductionRequest",
        TaskDesired::SubsequentProductionRequest,
    ),
    e(
        "ETSI",
        "LDTaskDesiredStatus",
        "Cancelled",
        TaskDesired::Cancelled,
    ),
];

/// `RequestDetails/Type`: the Regulation's data categories asked for.
pub static REQUEST_TYPES: &[Entry<&[EuDataCategory]>] = &[
    e(
        "ETSI",
        "RequestType",
        "SubscriberData",
        &[EuDataCategory::Subscriber],
    ),
    e(
        "ETSI",
        "RequestType",
        "UserIdentifyingData",
        &[EuDataCategory::IdentificationOnly],
    ),
    e(
        "ETSI",
        "RequestType",
        "TrafficData",
        &[EuDataCategory::Traffic],
    ),
    e(
        "ETSI",
        "RequestType",
        "StoredContentData",
        &[EuDataCategory::Content],
    ),
    // Combinations, as ETSI's converter writes them (name carries the combination).
    e(
        "ETSI",
        "SubscriberDataAndUserIdentifyingData",
        "SubscriberData",
        &[
            EuDataCategory::Subscriber,
            EuDataCategory::IdentificationOnly,
        ],
    ),
    e(
        "ETSI",
        "TrafficDataAndStoredContentData",
        "SubscriberData",
        &[EuDataCategory::Traffic, EuDataCategory::Content],
    ),
];

/// How an identifier's `FormatType` (owner, name) becomes a LERS target type; `prefix`
/// is put before the value (TS 103 280 `InternationalE164` has no `+`).
pub struct IdentifierFormat {
    pub owner: &'static str,
    pub name: &'static str,
    pub target: TargetType,
    pub prefix: &'static str,
}

/// TS 103 280 type names. Account identifiers and user names need the profile's own
/// identifier vocabulary, which could not be checked: add them here once known.
pub static IDENTIFIER_FORMATS: &[IdentifierFormat] = &[
    IdentifierFormat {
        owner: "ETSI",
        name: "EmailAddress",
        target: TargetType::Email,
        prefix: "",
    },
    IdentifierFormat {
        owner: "ETSI",
        name: "InternationalizedEmailAddress",
        target: TargetType::Email,
        prefix: "",
    },
    IdentifierFormat {
        owner: "ETSI",
        name: "InternationalE164",
        target: TargetType::Phone,
        prefix: "+",
    },
    IdentifierFormat {
        owner: "ETSI",
        name: "IPv4Address",
        target: TargetType::IpAddress,
        prefix: "",
    },
    IdentifierFormat {
        owner: "ETSI",
        name: "IPv6Address",
        target: TargetType::IpAddress,
        prefix: "",
    },
];

pub fn identifier_format(owner: &str, name: &str) -> Option<&'static IdentifierFormat> {
    IDENTIFIER_FORMATS
        .iter()
        .find(|f| f.owner == owner && f.name == name)
}

/// An object type, as LIST asks for it and answers with (`ObjectType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    Authorisation,
    LdTask,
    LpTask,
    Document,
    Notification,
    Delivery,
}

pub static OBJECT_KINDS: &[Entry<ObjectKind>] = &[
    e(
        "ETSI",
        "HI1ObjectType",
        "Authorisation",
        ObjectKind::Authorisation,
    ),
    e("ETSI", "HI1ObjectType", "LDTask", ObjectKind::LdTask),
    e("ETSI", "HI1ObjectType", "LPTask", ObjectKind::LpTask),
    e("ETSI", "HI1ObjectType", "Document", ObjectKind::Document),
    e(
        "ETSI",
        "HI1ObjectType",
        "Notification",
        ObjectKind::Notification,
    ),
    e("ETSI", "HI1ObjectType", "Delivery", ObjectKind::Delivery),
];

/// A status LERS reports back (task `Status`, notification `AssociatedObjectStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportedStatus {
    Received,
    UnderReview,
    Preserved,
    AwaitingEnforcingAuthority,
    Disclosed,
    Refused,
    Withdrawn,
    /// Over without disclosure, refusal or withdrawal: an EPOC-PR's preservation ran
    /// out, was released, or was taken over by the production order that followed.
    Ended,
}

pub static REPORTED_STATUSES: &[Entry<ReportedStatus>] = &[
    e(
        "ETSI",
        "LDTaskStatus",
        "AwaitingApproval",
        ReportedStatus::Received,
    ),
    e(
        "ETSI",
        "LDTaskStatus",
        "UnderReview",
        ReportedStatus::UnderReview,
    ),
    e(
        "ETSI",
        "LPTaskStatus",
        "Preserved",
        ReportedStatus::Preserved,
    ),
    e(
        "ETSI",
        "LDTaskStatus",
        "AwaitingEnforcingAuthority",
        ReportedStatus::AwaitingEnforcingAuthority,
    ),
    e(
        "ETSI",
        "LDTaskStatus",
        "Disclosed",
        ReportedStatus::Disclosed,
    ),
    e("ETSI", "LDTaskStatus", "Rejected", ReportedStatus::Refused),
    e(
        "ETSI",
        "LDTaskStatus",
        "Cancelled",
        ReportedStatus::Withdrawn,
    ),
    e("ETSI", "LPTaskStatus", "Expired", ReportedStatus::Ended),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// One triple, one meaning: a table may list two spellings for a meaning, never
    /// one spelling for two.
    fn unambiguous<T: Copy + PartialEq + std::fmt::Debug>(table: &'static [Entry<T>]) {
        for (i, a) in table.iter().enumerate() {
            for b in &table[i + 1..] {
                assert!(
                    (a.owner, a.name, a.value) != (b.owner, b.name, b.value),
                    "{}/{}/{} is listed twice",
                    a.owner,
                    a.name,
                    a.value
                );
            }
            let entry = DictionaryEntry::new(a.owner, a.name, a.value);
            assert_eq!(find(table, &entry), Some(a.meaning));
        }
    }

    #[test]
    fn every_table_names_each_triple_once() {
        unambiguous(LEGAL_TYPES);
        unambiguous(PRIORITIES);
        unambiguous(AUTHORISATION_FLAGS);
        unambiguous(AUTHORISATION_DESIRED);
        unambiguous(TASK_DESIRED);
        unambiguous(REQUEST_TYPES);
        unambiguous(OBJECT_KINDS);
        unambiguous(REPORTED_STATUSES);
        unambiguous(EA_DECISIONS);
        unambiguous(EA_GROUNDS);
        for (i, a) in IDENTIFIER_FORMATS.iter().enumerate() {
            assert!(IDENTIFIER_FORMATS[i + 1..]
                .iter()
                .all(|b| (a.owner, a.name) != (b.owner, b.name)));
        }
    }

    #[test]
    fn every_reported_status_has_an_entry_to_write() {
        use ReportedStatus::*;
        for s in [
            Received,
            UnderReview,
            Preserved,
            AwaitingEnforcingAuthority,
            Disclosed,
            Refused,
            Withdrawn,
            Ended,
        ] {
            assert!(entry_for(REPORTED_STATUSES, s).is_some(), "{s:?}");
        }
    }
}
