//! UPDATE → [`OrderUpdate`]: what an issuing authority changes on an order it sent.

use time::{Date, UtcOffset};

use super::vocab::{self, AuthorisationDesired, TaskDesired};
use super::MappingError;
use crate::model::objects::Hi1Object;
use crate::model::{DictionaryEntry, ObjectId};

/// A change to an order already received, named by the object it updates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderUpdate {
    /// The issuing authority withdraws the order (or one task of it).
    Withdraw { object: ObjectId },
    /// Form 6: keep the preserved data until `until` (Art 11(1): 30 more days).
    ExtendPreservation { task: ObjectId, until: Date },
    /// Form 5: a production order for the preserved data follows; keep it meanwhile.
    SubsequentProduction { task: ObjectId },
}

/// What an UPDATE of `object` asks for. Its Generation and ownership are the caller's
/// to check against what it holds.
pub fn order_update(object: &Hi1Object) -> Result<OrderUpdate, MappingError> {
    let id = object.common().id.clone();
    let unknown = |field: &str, entry: &DictionaryEntry| MappingError::UnknownDictionaryValue {
        object: id.clone(),
        field: field.to_owned(),
        entry: entry.clone(),
    };
    let task_desired = |entry: Option<&DictionaryEntry>| match entry {
        Some(e) => vocab::find(vocab::TASK_DESIRED, e)
            .map(Some)
            .ok_or_else(|| unknown("DesiredStatus", e)),
        None => Ok(None),
    };
    let update = match object {
        Hi1Object::Authorisation(a) => match &a.desired_status {
            Some(e) => match vocab::find(vocab::AUTHORISATION_DESIRED, e) {
                Some(AuthorisationDesired::Cancelled) => {
                    Some(OrderUpdate::Withdraw { object: id.clone() })
                }
                Some(AuthorisationDesired::Submitted) => None,
                None => return Err(unknown("AuthorisationDesiredStatus", e)),
            },
            None => None,
        },
        Hi1Object::LdTask(t) => match task_desired(t.desired_status.as_ref())? {
            Some(TaskDesired::Cancelled) => Some(OrderUpdate::Withdraw { object: id.clone() }),
            Some(TaskDesired::SubsequentProductionRequest) => {
                Some(OrderUpdate::SubsequentProduction { task: id.clone() })
            }
            _ => None,
        },
        Hi1Object::LpTask(t) => match task_desired(t.desired_status.as_ref())? {
            Some(TaskDesired::Cancelled) => Some(OrderUpdate::Withdraw { object: id.clone() }),
            Some(TaskDesired::SubsequentProductionRequest) => {
                Some(OrderUpdate::SubsequentProduction { task: id.clone() })
            }
            _ => t
                .desired_expiration
                .map(|until| OrderUpdate::ExtendPreservation {
                    task: id.clone(),
                    until: until.to_offset(UtcOffset::UTC).date(),
                }),
        },
        Hi1Object::Document(_) => None,
    };
    update.ok_or(MappingError::NotAnOrderUpdate { object: id })
}
