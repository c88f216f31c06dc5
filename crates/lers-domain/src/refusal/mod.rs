//! Every typed "no" a rule of the domain gives, in one enum: what the store returns
//! when a rule refuses an action, and what pages show (the `Display` text of each
//! refusal is the message people see).

mod problems;

pub use problems::Explained;

use crate::approval::ApprovalRefusal;
use crate::emergency::CallbackRefusal;
use crate::eu::clocks::DeadlineRefusal;
use crate::eu::enforcing::EaRefusal;
use crate::eu::EuPreservationRefusal;
use crate::field_access::FieldRuleRefusal;
use crate::interface::EndpointRefusal;
use crate::notice::LiftRefusal;
use crate::production::ProductionRefusal;
use crate::request::access::AccessRefusal;
use crate::request::staff_work::StaffRefusal;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Who may decide or approve (four eyes, the approver role, a completed review).
    #[error(transparent)]
    Approval(#[from] ApprovalRefusal),
    /// Where call-backs are recorded and confirmed.
    #[error(transparent)]
    Callback(#[from] CallbackRefusal),
    /// Who may change a request and when; the colleague rule.
    #[error(transparent)]
    Access(#[from] AccessRefusal),
    /// Who may open, change and deliver a production; who acknowledges an alert.
    #[error(transparent)]
    Production(#[from] ProductionRefusal),
    /// Assignment, reviews and hold extensions by the response team.
    #[error(transparent)]
    Staff(#[from] StaffRefusal),
    /// Form 5 and Form 6 on an EU order's preservation.
    #[error(transparent)]
    EuPreservation(#[from] EuPreservationRefusal),
    /// The enforcing-authority hold of an EU order.
    #[error(transparent)]
    EnforcingAuthority(#[from] EaRefusal),
    /// Recording that an EU issuing authority lifted its restriction on user notice.
    #[error(transparent)]
    NoticeLift(#[from] LiftRefusal),
    /// Registering, approving and disabling HI-1 interface endpoints.
    #[error(transparent)]
    InterfaceEndpoint(#[from] EndpointRefusal),
    /// An issuing authority's new disclosure deadline for an EU order.
    #[error(transparent)]
    EuDeadline(#[from] DeadlineRefusal),
    /// Changes to who sees and edits which parts of a case.
    #[error(transparent)]
    FieldRule(#[from] FieldRuleRefusal),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_reads_as_the_rule_put_it() {
        let refusals: [Refusal; 5] = [
            ApprovalRefusal::OwnReview.into(),
            CallbackRefusal::NotEmergency.into(),
            AccessRefusal::NotOwner.into(),
            ProductionRefusal::NoFiles.into(),
            StaffRefusal::AssigneeNotActiveStaff.into(),
        ];
        let texts: Vec<String> = refusals.iter().map(ToString::to_string).collect();
        assert_eq!(
            texts,
            [
                "four eyes: the reviewer of a request cannot also approve it",
                "call-backs are recorded only on emergency requests",
                "only the requester who filed this request can change it",
                "add at least one file before delivering",
                "requests can be assigned only to active staff",
            ]
        );
    }

    #[test]
    fn a_call_back_refusal_under_a_decision_reads_the_same() {
        let nested: Refusal = ApprovalRefusal::Callbacks(CallbackRefusal::NotConfirmed).into();
        assert_eq!(
            nested.to_string(),
            CallbackRefusal::NotConfirmed.to_string()
        );
    }
}
