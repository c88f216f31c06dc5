//! Emergency requests under suspicion (DESIGN §2, "Fraudulent emergency requests"):
//! which numbers a call-back may use, where call-backs may be recorded, and the risk
//! score that decides whether a second staff member must confirm the call-back.

pub mod phone;
pub mod risk;

use crate::request::{RequestKind, RequestStatus};

/// What a call-back found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallbackOutcome {
    Confirmed,
    Failed,
    NoAnswer,
}

/// Why a call-back cannot be recorded on a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CallbackRefusal {
    #[error("call-backs are recorded only on emergency requests")]
    NotEmergency,
    #[error("a failed call-back suspends the requester, so it is recorded only on an emergency request under review; start the review first (this request is {0})")]
    FailedOutsideReview(&'static str),
    #[error("this request is {0}: call-backs are recorded only while it awaits a decision")]
    Decided(&'static str),
}

/// Where a call-back may be recorded. A failed call-back suspends the requesting
/// account, so it is accepted only on an emergency under review — not on any request
/// of anyone, which would let whoever records call-backs disable any requester.
pub fn callback_allowed(
    kind: RequestKind,
    status: RequestStatus,
    outcome: CallbackOutcome,
) -> Result<(), CallbackRefusal> {
    if kind != RequestKind::Emergency {
        return Err(CallbackRefusal::NotEmergency);
    }
    match (outcome, status) {
        (CallbackOutcome::Failed, RequestStatus::InReview) => Ok(()),
        (CallbackOutcome::Failed, other) => {
            Err(CallbackRefusal::FailedOutsideReview(other.as_str()))
        }
        (_, RequestStatus::Submitted | RequestStatus::InReview | RequestStatus::NeedsInfo) => {
            Ok(())
        }
        (_, other) => Err(CallbackRefusal::Decided(other.as_str())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CallbackOutcome::*;

    #[test]
    fn a_failed_callback_only_on_an_emergency_under_review() {
        assert_eq!(
            callback_allowed(RequestKind::Emergency, RequestStatus::InReview, Failed),
            Ok(())
        );
        for status in RequestStatus::ALL {
            if status != RequestStatus::InReview {
                assert!(callback_allowed(RequestKind::Emergency, status, Failed).is_err());
            }
            for outcome in [Confirmed, Failed, NoAnswer] {
                assert_eq!(
                    callback_allowed(RequestKind::UserData, status, outcome),
                    Err(CallbackRefusal::NotEmergency)
                );
            }
        }
        assert!(
            callback_allowed(RequestKind::Emergency, RequestStatus::Submitted, Confirmed).is_ok()
        );
        assert!(
            callback_allowed(RequestKind::Emergency, RequestStatus::Approved, Confirmed).is_err()
        );
        assert!(
            callback_allowed(RequestKind::Emergency, RequestStatus::Withdrawn, NoAnswer).is_err()
        );
    }
}
