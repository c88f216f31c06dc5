//! UPDATE → [`OrderUpdate`]: what an issuing authority changes on an order it sent, or
//! what the enforcing authority decided about it.

use lers_domain::eu::enforcing::{EaDecision, EaDecisionProblem};
use time::{Date, OffsetDateTime, UtcOffset};

use super::vocab::{self, AuthorisationDesired, TaskDesired};
use super::{EaDecisionGap, MappingError};
use crate::model::objects::{Authorisation, Hi1Object};
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
    /// The issuing authority sets a new disclosure deadline (`AuthorisationTimespan/
    /// EndTime`), earlier ones with its reasons (the `ApprovalDescription` of its
    /// `IssuingAuthority` approval details).
    NewDeadline {
        authorisation: ObjectId,
        due: OffsetDateTime,
        reason: Option<String>,
    },
    /// The enforcing authority's decision (Art 10 and 12), sent by the EA's system:
    /// `AuthorisationFlag`s of [`vocab::EA_DECISIONS`] and [`vocab::EA_GROUNDS`], and
    /// for partial grounds the data they cover in the `ApprovalDescription` of its
    /// `EnforcingAuthority` approval details.
    EaDecision {
        authorisation: ObjectId,
        decision: EaDecision,
    },
}

impl OrderUpdate {
    /// Whether only an enforcing authority's endpoint sends this.
    pub fn is_ea_decision(&self) -> bool {
        matches!(self, Self::EaDecision { .. })
    }
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
        Hi1Object::Authorisation(a) => return authorisation_update(a),
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

/// An AuthorisationObject UPDATE asks for one of: a withdrawal
/// (`AuthorisationDesiredStatus` Cancelled), a new deadline (`AuthorisationTimespan/
/// EndTime`), an EA decision (EA `AuthorisationFlag`s). Other flags are refused by name.
fn authorisation_update(a: &Authorisation) -> Result<OrderUpdate, MappingError> {
    let id = &a.common.id;
    let mut changes = Vec::new();
    if let Some(e) = &a.desired_status {
        match vocab::find(vocab::AUTHORISATION_DESIRED, e) {
            Some(AuthorisationDesired::Cancelled) => {
                changes.push(OrderUpdate::Withdraw { object: id.clone() })
            }
            Some(AuthorisationDesired::Submitted) => {}
            None => {
                return Err(MappingError::UnknownDictionaryValue {
                    object: id.clone(),
                    field: "AuthorisationDesiredStatus".into(),
                    entry: e.clone(),
                })
            }
        }
    }
    if let Some(due) = a.timespan.1 {
        changes.push(OrderUpdate::NewDeadline {
            authorisation: id.clone(),
            due,
            reason: description(a, vocab::ISSUING_APPROVAL_TYPE),
        });
    }
    if let Some(decision) = ea_decision(a)? {
        changes.push(OrderUpdate::EaDecision {
            authorisation: id.clone(),
            decision,
        });
    }
    match changes.len() {
        0 => Err(MappingError::NotAnOrderUpdate { object: id.clone() }),
        1 => Ok(changes.remove(0)),
        _ => Err(MappingError::SeveralChanges { object: id.clone() }),
    }
}

/// The `ApprovalDescription` of the approval details of `approval_type`, if any.
fn description(a: &Authorisation, approval_type: &str) -> Option<String> {
    a.approvals
        .iter()
        .find(|d| d.approval_type.as_deref() == Some(approval_type))
        .and_then(|d| d.description.clone())
}

/// The EA's decision the flags carry (`None` if they carry none).
fn ea_decision(a: &Authorisation) -> Result<Option<EaDecision>, MappingError> {
    let id = &a.common.id;
    let gap = |problem| MappingError::EaDecision {
        object: id.clone(),
        problem,
    };
    let mut decisions = Vec::new();
    let mut grounds = Vec::new();
    for flag in &a.flags {
        if let Some(d) = vocab::find(vocab::EA_DECISIONS, flag) {
            decisions.push(d);
        } else if let Some(g) = vocab::find(vocab::EA_GROUNDS, flag) {
            grounds.push(g);
        } else {
            // The order's own flags (section H, K, B) belong to its CREATE.
            return Err(MappingError::UnknownDictionaryValue {
                object: id.clone(),
                field: "AuthorisationFlag (of an UPDATE)".into(),
                entry: flag.clone(),
            });
        }
    }
    let ground = match grounds.as_slice() {
        [] => None,
        [g] => Some(*g),
        _ => return Err(gap(EaDecisionGap::SeveralGrounds)),
    };
    let decision = match decisions.as_slice() {
        [] if ground.is_some() => return Err(gap(EaDecisionGap::GroundWithoutDecision)),
        [] => return Ok(None),
        [d] => *d,
        _ => return Err(gap(EaDecisionGap::SeveralDecisions)),
    };
    if decision == "no_grounds" && ground.is_some() {
        return Err(gap(EaDecisionGap::GroundWithoutRefusal));
    }
    let data = description(a, vocab::EA_APPROVAL_TYPE).unwrap_or_default();
    EaDecision::from_parts(decision, ground.map(|g| g.as_str()), &data)
        .map(Some)
        .map_err(|problem| {
            gap(match problem {
                EaDecisionProblem::GroundMissing => EaDecisionGap::GroundMissing,
                EaDecisionProblem::DataMissing => EaDecisionGap::DataMissing,
                EaDecisionProblem::DataUnreadable => EaDecisionGap::DataUnreadable,
                // Only if `vocab::EA_DECISIONS` named a decision the domain lacks.
                EaDecisionProblem::DecisionMissing => EaDecisionGap::DecisionUnknown,
            })
        })
}
