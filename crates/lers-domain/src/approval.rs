//! Who may decide on a request, and who may approve one: the four-eyes rule.
//!
//! In plain words:
//!
//! - Every decision except asking the requester for more information needs a
//!   **completed review** (the review checklist saved by someone).
//! - Only staff with the **approver role** approve (in whole or in part).
//! - **Four eyes:** an approver may not approve a request whose review they wrote;
//!   the review and the approval are two different people.
//! - A review counts while its **reviewer's account is not disabled**: disabling is
//!   what happens to an account found compromised (or gone), and the decision relies
//!   on the review, so the request is reviewed again first. A locked reviewer (wrong
//!   passwords, which anyone can cause) still counts.
//! - An **emergency** request is approved only when its call-backs allow it (see
//!   [`crate::emergency::callback`]: no failed call-back, no suspended requester, a
//!   confirmed call-back, and a second staff member's confirmation when the risk
//!   score asks for one).
//!
//! The store reads the facts inside the transaction that records the decision, calls
//! [`may_decide`] and writes only if it returns `Ok`. The second confirmation of a
//! call-back is four eyes too; its rule is [`crate::emergency::confirmation_allowed`].

use crate::account::{Account, Role};
use crate::emergency::{approval_verified, CallbackFacts, CallbackRefusal};
use crate::request::{DecisionKind, RequestKind};

/// Why a decision may not be recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApprovalRefusal {
    #[error("complete the review checklist before deciding")]
    NoReview,
    #[error("approving needs the approver role")]
    NotApprover,
    #[error("four eyes: the reviewer of a request cannot also approve it")]
    OwnReview,
    #[error("the review was written by someone whose account has since been disabled; review the request again before deciding")]
    ReviewerDisabled,
    #[error(transparent)]
    Callbacks(#[from] CallbackRefusal),
}

/// A decision about to be recorded, with what the store read beside it.
#[derive(Clone, Copy, Debug)]
pub struct Decision<'a> {
    pub kind: DecisionKind,
    pub request_kind: RequestKind,
    pub decider: &'a Account,
    /// Who completed the review, if anyone has.
    pub reviewer: Option<i64>,
    /// Whether the reviewer's account is disabled now.
    pub reviewer_disabled: bool,
}

impl Decision<'_> {
    /// The call-backs matter: the decision approves an emergency. Only then does the
    /// store need to read them for [`may_decide`].
    pub fn needs_callbacks(&self) -> bool {
        self.kind.approves() && self.request_kind == RequestKind::Emergency
    }
}

/// Whether `decision` may be recorded. `callbacks` are the facts about the request's
/// call-backs, read when [`Decision::needs_callbacks`]; if they are needed and not
/// given, no call-back counts as confirmed.
pub fn may_decide(
    decision: &Decision<'_>,
    callbacks: Option<&CallbackFacts>,
) -> Result<(), ApprovalRefusal> {
    if decision.kind != DecisionKind::AskForInformation {
        if decision.reviewer.is_none() {
            return Err(ApprovalRefusal::NoReview);
        }
        if decision.reviewer_disabled {
            return Err(ApprovalRefusal::ReviewerDisabled);
        }
    }
    if !decision.kind.approves() {
        return Ok(());
    }
    if !decision.decider.roles.contains(Role::Approver) {
        return Err(ApprovalRefusal::NotApprover);
    }
    if decision.reviewer == Some(decision.decider.id) {
        return Err(ApprovalRefusal::OwnReview);
    }
    if decision.needs_callbacks() {
        approval_verified(&callbacks.copied().unwrap_or_default())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{AccountKind, Roles};
    use crate::test_support::account;

    fn staff(id: i64, roles: &[Role]) -> Account {
        Account {
            roles: roles.iter().copied().collect::<Roles>(),
            ..account(id, AccountKind::Staff, "staff@provider.example")
        }
    }

    fn decision(kind: DecisionKind, decider: &Account, reviewer: Option<i64>) -> Decision<'_> {
        Decision {
            kind,
            request_kind: RequestKind::UserData,
            decider,
            reviewer,
            reviewer_disabled: false,
        }
    }

    #[test]
    fn a_review_by_a_since_disabled_account_no_longer_counts() {
        let approver = staff(1, &[Role::Approver]);
        for kind in DecisionKind::ALL {
            let stale = Decision {
                reviewer_disabled: true,
                ..decision(kind, &approver, Some(2))
            };
            let expected = if kind == DecisionKind::AskForInformation {
                Ok(())
            } else {
                Err(ApprovalRefusal::ReviewerDisabled)
            };
            assert_eq!(may_decide(&stale, None), expected, "{kind:?}");
        }
    }

    #[test]
    fn every_decision_but_asking_for_information_needs_a_review() {
        let approver = staff(1, &[Role::Approver]);
        for kind in DecisionKind::ALL {
            let expected = if kind == DecisionKind::AskForInformation {
                Ok(())
            } else {
                Err(ApprovalRefusal::NoReview)
            };
            assert_eq!(may_decide(&decision(kind, &approver, None), None), expected);
        }
        assert_eq!(
            ApprovalRefusal::NoReview.to_string(),
            "complete the review checklist before deciding"
        );
    }

    #[test]
    fn only_approvers_approve() {
        let reviewer_only = staff(1, &[Role::Reviewer]);
        for kind in [DecisionKind::Approve, DecisionKind::ApprovePartial] {
            assert_eq!(
                may_decide(&decision(kind, &reviewer_only, Some(2)), None),
                Err(ApprovalRefusal::NotApprover)
            );
        }
        // Rejecting or challenging needs no approver role.
        for kind in [DecisionKind::Reject, DecisionKind::Challenge] {
            assert_eq!(
                may_decide(&decision(kind, &reviewer_only, Some(2)), None),
                Ok(())
            );
        }
        assert_eq!(
            ApprovalRefusal::NotApprover.to_string(),
            "approving needs the approver role"
        );
    }

    #[test]
    fn an_approver_may_not_approve_their_own_review() {
        let approver = staff(1, &[Role::Approver, Role::Reviewer]);
        assert_eq!(
            may_decide(&decision(DecisionKind::Approve, &approver, Some(1)), None),
            Err(ApprovalRefusal::OwnReview)
        );
        assert_eq!(
            may_decide(&decision(DecisionKind::Approve, &approver, Some(2)), None),
            Ok(())
        );
        // Their own review does not stop them rejecting.
        assert_eq!(
            may_decide(&decision(DecisionKind::Reject, &approver, Some(1)), None),
            Ok(())
        );
        assert_eq!(
            ApprovalRefusal::OwnReview.to_string(),
            "four eyes: the reviewer of a request cannot also approve it"
        );
    }

    #[test]
    fn an_emergency_is_approved_only_when_its_callbacks_allow() {
        let approver = staff(1, &[Role::Approver]);
        let emergency = Decision {
            request_kind: RequestKind::Emergency,
            ..decision(DecisionKind::Approve, &approver, Some(2))
        };
        assert!(emergency.needs_callbacks());
        assert_eq!(
            may_decide(&emergency, None),
            Err(ApprovalRefusal::Callbacks(CallbackRefusal::NotConfirmed))
        );
        let verified = CallbackFacts {
            confirmed: true,
            ..CallbackFacts::default()
        };
        assert_eq!(may_decide(&emergency, Some(&verified)), Ok(()));
        let failed = CallbackFacts {
            failed: true,
            ..verified
        };
        let refused = may_decide(&emergency, Some(&failed)).map_err(|r| r.to_string());
        assert_eq!(
            refused,
            Err("a call-back on this request failed: it cannot be approved; reject it or challenge it".into())
        );
        // Rejecting an emergency does not look at its call-backs.
        let reject = Decision {
            kind: DecisionKind::Reject,
            ..emergency
        };
        assert!(!reject.needs_callbacks());
        assert_eq!(may_decide(&reject, Some(&failed)), Ok(()));
    }
}
