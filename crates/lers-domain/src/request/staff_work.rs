//! What the response team may do with a request, besides deciding (for that, see
//! [`crate::approval`]): whom a request is assigned to, when a review is saved, and
//! when a preservation hold may be extended.

use crate::account::{Account, AccountKind, AccountStatus, Role};
use crate::request::RequestStatus;

/// The roles that work on requests. Admins and auditors do not (least privilege):
/// they neither see case files in the console nor take assignments.
pub const CASE_ROLES: [Role; 4] = [Role::Intake, Role::Reviewer, Role::Approver, Role::Producer];

/// Whether `account` works on requests: staff holding one of [`CASE_ROLES`].
pub fn works_on_cases(account: &Account) -> bool {
    account.kind == AccountKind::Staff && CASE_ROLES.iter().any(|r| account.roles.contains(*r))
}

/// Why the response team may not do what they asked.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StaffRefusal {
    #[error("requests can be assigned only to active staff")]
    AssigneeNotActiveStaff,
    #[error("a request that is {0} is not under review")]
    NotUnderReview(RequestStatus),
    #[error("{0} is not a preservation of this requester")]
    NotAPreservation(String),
    #[error("{0} has no hold in force to extend")]
    NoHoldInForce(String),
    #[error("{0} was already extended once; a further extension is not possible")]
    AlreadyExtended(String),
}

/// A request is assigned to an active staff account, or to nobody.
pub fn may_assign(assignee: Option<&Account>) -> Result<(), StaffRefusal> {
    match assignee {
        Some(a) if a.kind != AccountKind::Staff || a.status != AccountStatus::Active => {
            Err(StaffRefusal::AssigneeNotActiveStaff)
        }
        _ => Ok(()),
    }
}

/// What saving a review does to a request that is `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReviewStep {
    /// The first review of a submitted request starts the review.
    StartReview,
    /// Under review already: the checklist is saved again.
    Continue,
}

/// A review is saved on a submitted request (which starts the review) or on one
/// under review.
pub fn may_review(status: RequestStatus) -> Result<ReviewStep, StaffRefusal> {
    match status {
        RequestStatus::Submitted => Ok(ReviewStep::StartReview),
        RequestStatus::InReview => Ok(ReviewStep::Continue),
        other => Err(StaffRefusal::NotUnderReview(other)),
    }
}

/// A preservation hold is extended once. (The store refuses with
/// [`StaffRefusal::NotAPreservation`] or [`StaffRefusal::NoHoldInForce`] when it finds
/// no preservation `reference` of this requester, or no hold in force on it.)
pub fn may_extend(reference: &str, already_extended: bool) -> Result<(), StaffRefusal> {
    if already_extended {
        Err(StaffRefusal::AlreadyExtended(reference.to_owned()))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::account;

    #[test]
    fn only_active_staff_are_assigned() {
        let staff = account(1, AccountKind::Staff, "s@provider.example");
        assert_eq!(may_assign(Some(&staff)), Ok(()));
        assert_eq!(may_assign(None), Ok(()));
        let requester = account(2, AccountKind::Requester, "r@police.example");
        assert_eq!(
            may_assign(Some(&requester)),
            Err(StaffRefusal::AssigneeNotActiveStaff)
        );
        let locked = Account {
            status: AccountStatus::Locked,
            ..staff
        };
        assert_eq!(
            may_assign(Some(&locked)),
            Err(StaffRefusal::AssigneeNotActiveStaff)
        );
    }

    #[test]
    fn reviews_start_on_submission_and_continue_in_review() {
        assert_eq!(
            may_review(RequestStatus::Submitted),
            Ok(ReviewStep::StartReview)
        );
        assert_eq!(
            may_review(RequestStatus::InReview),
            Ok(ReviewStep::Continue)
        );
        assert_eq!(
            may_review(RequestStatus::Approved).map_err(|r| r.to_string()),
            Err("a request that is approved is not under review".to_owned())
        );
    }

    #[test]
    fn a_hold_is_extended_once() {
        let r = "LERS-2026-000001";
        assert_eq!(may_extend(r, false), Ok(()));
        assert_eq!(
            may_extend(r, true).map_err(|e| e.to_string()),
            Err(format!(
                "{r} was already extended once; a further extension is not possible"
            ))
        );
        assert_eq!(
            StaffRefusal::NotAPreservation(r.into()).to_string(),
            format!("{r} is not a preservation of this requester")
        );
        assert_eq!(
            StaffRefusal::NoHoldInForce(r.into()).to_string(),
            format!("{r} has no hold in force to extend")
        );
    }
}
