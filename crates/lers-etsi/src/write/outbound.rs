//! What LERS tells an issuing authority about its order, on its own initiative: a
//! status change, a Form 3 non-execution answer with its reasons (both as a
//! `NotificationObject`), and a production ready to fetch (a `DeliveryObject` whose
//! data is a JSON fetch descriptor). Each function gives the whole `HI1Message`.
//!
//! Dictionary entries owned by `LERS` are LERS' own (TS 103 120 leaves notification
//! types and manifest formats to the profile, and the EU profile's values could not be
//! checked); the statuses are the ones of [`vocab::REPORTED_STATUSES`].

use lers_domain::eu::non_execution::NonExecutionReason;
use time::OffsetDateTime;

use super::objects::{AssociatedStatus, BinaryData, Delivery, Notification};
use super::{delivery_xml, notification_xml};
use crate::model::objects::ObjectCommon;
use crate::model::{DictionaryEntry, Header, ObjectId};
use crate::profile::vocab::{self, ReportedStatus};

/// The authority's objects that make up one order: its `AuthorisationObject` and its
/// tasks (an `LDTaskObject` or `LPTaskObject` each).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrderObjects {
    pub authorisation: ObjectId,
    pub tasks: Vec<ObjectId>,
}

/// The `NotificationType` of a status change.
pub const STATUS_CHANGE: (&str, &str, &str) = ("LERS", "NotificationType", "StatusChange");
/// The `NotificationType` of a Form 3 answer.
pub const NON_EXECUTION: (&str, &str, &str) = ("LERS", "NotificationType", "Form3NonExecution");
/// The `Manifest/Specification` of a delivery's fetch descriptor.
pub const FETCH_DESCRIPTOR: (&str, &str, &str) =
    ("LERS", "ManifestFormat", "lers-fetch-descriptor-v1");
/// The content type of the fetch descriptor in `Delivery/BinaryData`.
pub const FETCH_DESCRIPTOR_TYPE: &str = "application/json";

fn entry((owner, name, value): (&str, &str, &str)) -> DictionaryEntry {
    DictionaryEntry::new(owner, name, value)
}

/// The dictionary entry LERS writes for `status`.
pub fn status_entry(status: ReportedStatus) -> DictionaryEntry {
    // Every status has an entry (a unit test of the vocabulary checks it).
    vocab::entry_for(vocab::REPORTED_STATUSES, status)
        .unwrap_or_else(|| DictionaryEntry::new("LERS", "ReportedStatus", "Unknown"))
}

/// The Form 3 reason as the EU profile's providers spell it (`Incomplete`, …).
pub fn reason_code(reason: NonExecutionReason) -> &'static str {
    use NonExecutionReason as R;
    match reason {
        R::Incomplete => "Incomplete",
        R::ManifestErrors => "ManifestErrors",
        R::InsufficientInformation => "InsufficientInformation",
        R::DataNotHeld => "DataNotHeld",
        R::DeFactoImpossibility => "DeFactoImpossibility",
        R::InvalidIssuingAuthority => "InvalidIssuingAuthority",
        R::OffenceNotCovered => "OffenceNotCovered",
        R::ServiceNotCovered => "ServiceNotCovered",
        R::ImmunitiesOrPrivileges => "ImmunitiesOrPrivileges",
        R::ConflictOfLaw => "ConflictOfLaw",
    }
}

fn common(id: ObjectId, header: &Header, associated: Vec<ObjectId>) -> ObjectCommon {
    ObjectCommon {
        id,
        country_code: Some(header.sender.country_code.clone()),
        owner_identifier: Some(header.sender.unique_identifier.clone()),
        generation: Some(1),
        external_identifier: None,
        associated,
        last_changed: Some(header.timestamp),
    }
}

fn associated(order: &OrderObjects) -> Vec<ObjectId> {
    std::iter::once(order.authorisation.clone())
        .chain(order.tasks.iter().cloned())
        .collect()
}

/// A notification that the order's tasks now have `status`.
pub fn status_notification(
    header: &Header,
    notification: ObjectId,
    order: &OrderObjects,
    status: ReportedStatus,
    at: OffsetDateTime,
) -> String {
    let status = status_entry(status);
    let notification = Notification {
        common: common(notification, header, associated(order)),
        details: Some(format!("The status of the order is now {}.", status.value)),
        notification_type: Some(entry(STATUS_CHANGE)),
        new_notification: Some(true),
        timestamp: Some(at),
        statuses: order
            .tasks
            .iter()
            .map(|task| AssociatedStatus {
                object: task.clone(),
                status: status.clone(),
                details: None,
            })
            .collect(),
    };
    notification_xml(header, 0, &notification)
}

/// A Form 3 answer: the order cannot be executed, for `reasons` (written as their
/// codes in each task's status details), with the explanation and the foreign law.
pub fn non_execution_notification(
    header: &Header,
    notification: ObjectId,
    order: &OrderObjects,
    reasons: &[NonExecutionReason],
    explanation: &str,
    foreign_law: Option<&str>,
    at: OffsetDateTime,
) -> String {
    let codes: Vec<&str> = reasons.iter().map(|r| reason_code(*r)).collect();
    let mut details = format!(
        "Form 3 (non-execution). Reasons: {}. {explanation}",
        codes.join(", ")
    );
    if let Some(law) = foreign_law.filter(|l| !l.is_empty()) {
        details.push_str(&format!(" Third-country law concerned: {law}"));
    }
    let refused = status_entry(ReportedStatus::Refused);
    let notification = Notification {
        common: common(notification, header, associated(order)),
        details: Some(details),
        notification_type: Some(entry(NON_EXECUTION)),
        new_notification: Some(true),
        timestamp: Some(at),
        statuses: order
            .tasks
            .iter()
            .map(|task| AssociatedStatus {
                object: task.clone(),
                status: refused.clone(),
                details: Some(format!("Form3Reasons: {}", codes.join(" "))),
            })
            .collect(),
    };
    notification_xml(header, 0, &notification)
}

/// A production of `task` ready to fetch: `descriptor` (JSON) says where and how,
/// with the manifest's SHA-256 and the audit proof; its own SHA-256 is written with it.
pub fn fetch_delivery(
    header: &Header,
    delivery: ObjectId,
    task: &ObjectId,
    sequence: u64,
    descriptor: &[u8],
) -> String {
    let object = Delivery {
        common: common(delivery.clone(), header, vec![task.clone()]),
        ldid: None,
        delivery_id: Some(delivery),
        sequence_number: Some(sequence),
        last_sequence: None,
        manifest: Some(entry(FETCH_DESCRIPTOR)),
        data: Some(BinaryData {
            bytes: descriptor.to_vec(),
            content_type: Some(FETCH_DESCRIPTOR_TYPE.into()),
        }),
    };
    delivery_xml(header, 0, task, &object)
}
