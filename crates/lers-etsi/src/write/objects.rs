//! The HI1Objects LERS writes: the status of what it holds (for GET), notifications and
//! deliveries. Elements are written in the order the XSDs give.

use base64::Engine;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::{ErrorInformation, Out};
use crate::model::objects::ObjectCommon;
use crate::model::{DictionaryEntry, ObjectId};
use crate::ns::Ns;

/// An object as LERS reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutObject {
    Authorisation {
        common: ObjectCommon,
        reference: Option<String>,
        status: Option<DictionaryEntry>,
    },
    LdTask {
        common: ObjectCommon,
        /// TS 103 280 `LDID`: `CC-...-...`.
        reference: Option<String>,
        status: Option<DictionaryEntry>,
        status_reason: Option<ErrorInformation>,
    },
    LpTask {
        common: ObjectCommon,
        status: Option<DictionaryEntry>,
        status_reason: Option<ErrorInformation>,
        preservation_expiration: Option<OffsetDateTime>,
    },
    Notification(Notification),
    Delivery(Delivery),
}

/// A `NotificationObject`: a status change of the objects it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notification {
    pub common: ObjectCommon,
    pub details: Option<String>,
    pub notification_type: Option<DictionaryEntry>,
    pub new_notification: Option<bool>,
    pub timestamp: Option<OffsetDateTime>,
    pub statuses: Vec<AssociatedStatus>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssociatedStatus {
    pub object: ObjectId,
    pub status: DictionaryEntry,
    pub details: Option<String>,
}

/// A `DeliveryObject`: what was produced for a task, or how to fetch it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    pub common: ObjectCommon,
    /// The task's `LDID`.
    pub ldid: Option<String>,
    pub delivery_id: Option<ObjectId>,
    pub sequence_number: Option<u64>,
    pub last_sequence: Option<bool>,
    /// `Manifest/Specification`: which manifest format the data follows.
    pub manifest: Option<DictionaryEntry>,
    pub data: Option<BinaryData>,
}

/// Embedded bytes; their SHA-256 is written with them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinaryData {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
}

fn common(out: &mut Out, c: &ObjectCommon) {
    let core = Ns::Core;
    out.leaf(core, "ObjectIdentifier", c.id.as_str());
    out.opt_leaf(core, "CountryCode", c.country_code.as_deref());
    out.opt_leaf(core, "OwnerIdentifier", c.owner_identifier.as_deref());
    if let Some(g) = c.generation {
        out.leaf(core, "Generation", &g.to_string());
    }
    out.opt_leaf(core, "ExternalIdentifier", c.external_identifier.as_deref());
    if !c.associated.is_empty() {
        out.open(core, "AssociatedObjects");
        for a in &c.associated {
            out.leaf(core, "AssociatedObject", a.as_str());
        }
        out.close(core, "AssociatedObjects");
    }
    out.opt_time(core, "LastChanged", c.last_changed);
}

fn opt_dictionary(out: &mut Out, ns: Ns, name: &str, entry: Option<&DictionaryEntry>) {
    if let Some(entry) = entry {
        out.dictionary(ns, name, entry);
    }
}

/// Writes `object` as the element `name` (core namespace) with its `xsi:type`.
pub(super) fn write(out: &mut Out, name: &str, object: &OutObject) {
    let core = Ns::Core;
    match object {
        OutObject::Authorisation {
            common: c,
            reference,
            status,
        } => {
            let a = Ns::Authorisation;
            out.open_typed(core, name, a, "AuthorisationObject");
            common(out, c);
            out.opt_leaf(a, "AuthorisationReference", reference.as_deref());
            opt_dictionary(out, a, "AuthorisationStatus", status.as_ref());
        }
        OutObject::LdTask {
            common: c,
            reference,
            status,
            status_reason,
        } => {
            let t = Ns::Task;
            out.open_typed(core, name, t, "LDTaskObject");
            common(out, c);
            out.opt_leaf(t, "Reference", reference.as_deref());
            opt_dictionary(out, t, "Status", status.as_ref());
            if let Some(reason) = status_reason {
                error_information_in(out, t, "StatusReason", reason);
            }
        }
        OutObject::LpTask {
            common: c,
            status,
            status_reason,
            preservation_expiration,
        } => {
            let t = Ns::Task;
            out.open_typed(core, name, t, "LPTaskObject");
            common(out, c);
            opt_dictionary(out, t, "Status", status.as_ref());
            if let Some(reason) = status_reason {
                error_information_in(out, t, "StatusReason", reason);
            }
            out.opt_time(t, "PreservationExpiration", *preservation_expiration);
        }
        OutObject::Notification(n) => {
            let ns = Ns::Notification;
            out.open_typed(core, name, ns, "NotificationObject");
            common(out, &n.common);
            out.opt_leaf(ns, "NotificationDetails", n.details.as_deref());
            opt_dictionary(out, ns, "NotificationType", n.notification_type.as_ref());
            if let Some(new) = n.new_notification {
                out.leaf(ns, "NewNotification", if new { "true" } else { "false" });
            }
            out.opt_time(ns, "NotificationTimestamp", n.timestamp);
            if !n.statuses.is_empty() {
                out.open(ns, "StatusOfAssociatedObjects");
                for s in &n.statuses {
                    out.open(ns, "AssociatedObjectStatus");
                    out.leaf(ns, "AssociatedObject", s.object.as_str());
                    out.dictionary(ns, "Status", &s.status);
                    out.opt_leaf(ns, "Details", s.details.as_deref());
                    out.close(ns, "AssociatedObjectStatus");
                }
                out.close(ns, "StatusOfAssociatedObjects");
            }
        }
        OutObject::Delivery(d) => {
            let ns = Ns::Delivery;
            out.open_typed(core, name, ns, "DeliveryObject");
            common(out, &d.common);
            if let Some(ldid) = &d.ldid {
                out.open(ns, "Reference");
                out.leaf(ns, "LDID", ldid);
                out.close(ns, "Reference");
            }
            out.opt_leaf(
                ns,
                "DeliveryID",
                d.delivery_id.as_ref().map(ObjectId::as_str),
            );
            if let Some(n) = d.sequence_number {
                out.leaf(ns, "SequenceNumber", &n.to_string());
            }
            if let Some(last) = d.last_sequence {
                out.leaf(ns, "LastSequence", if last { "true" } else { "false" });
            }
            if let Some(spec) = &d.manifest {
                out.open(ns, "Manifest");
                out.dictionary(ns, "Specification", spec);
                out.close(ns, "Manifest");
            }
            if let Some(data) = &d.data {
                out.open(ns, "Delivery");
                out.open(ns, "BinaryData");
                out.leaf(
                    ns,
                    "Data",
                    &base64::engine::general_purpose::STANDARD.encode(&data.bytes),
                );
                out.opt_leaf(ns, "ContentType", data.content_type.as_deref());
                out.leaf(ns, "Checksum", &hex::encode(Sha256::digest(&data.bytes)));
                out.leaf(ns, "ChecksumType", "SHA-256");
                out.close(ns, "BinaryData");
                out.close(ns, "Delivery");
            }
        }
    }
    out.close(core, name);
}

/// `ActionUnsuccesfulInformation` under an element of another namespace (its children
/// stay in the core namespace).
fn error_information_in(out: &mut Out, ns: Ns, name: &str, error: &ErrorInformation) {
    out.open(ns, name);
    out.leaf(Ns::Core, "ErrorCode", &error.code.to_string());
    out.leaf(Ns::Core, "ErrorDescription", &error.description);
    out.close(ns, name);
}
