//! The call-back rules of emergency requests, in one place.
//!
//! An emergency request skips the usual legal process, so staff call the requesting
//! agency back on a number found independently before they approve one:
//!
//! - **Where a call-back is recorded** ([`callback_allowed`]): only on an emergency
//!   request that still awaits a decision. A *failed* call-back suspends the requester,
//!   so it is accepted only while the emergency is under review.
//! - **Before approval** ([`approval_verified`]): no call-back on the request failed;
//!   the requester is not suspended; at least one call-back was confirmed; and when the
//!   risk score asks for it (or there is no score), a second staff member — not the
//!   one who recorded it — confirmed that call-back.
//! - **Who confirms a call-back** ([`confirmation_allowed`]): only a confirmed
//!   call-back, by someone other than who recorded it, while the request awaits a
//!   decision.

use serde::Serialize;

use crate::request::{RequestKind, RequestStatus};

/// What a call-back found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallbackOutcome {
    Confirmed,
    Failed,
    NoAnswer,
}

impl CallbackOutcome {
    pub const ALL: [CallbackOutcome; 3] = [Self::Confirmed, Self::Failed, Self::NoAnswer];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Failed => "failed",
            Self::NoAnswer => "no_answer",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// Why a call-back cannot be recorded or confirmed, or why the call-backs of an
/// emergency do not allow approving it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CallbackRefusal {
    #[error("call-backs are recorded only on emergency requests")]
    NotEmergency,
    #[error("a failed call-back suspends the requester, so it is recorded only on an emergency request under review; start the review first (this request is {0})")]
    FailedOutsideReview(&'static str),
    #[error("this request is {0}: call-backs are recorded only while it awaits a decision")]
    Decided(&'static str),
    #[error(
        "a call-back on this request failed: it cannot be approved; reject it or challenge it"
    )]
    CallbackFailed,
    #[error("the requester is suspended after a failed call-back: an admin must lift the suspension before this emergency can be approved")]
    RequesterSuspended,
    #[error("an emergency request is approved only after a confirmed call-back to an independently sourced number")]
    NotConfirmed,
    #[error("this emergency scored above the risk threshold: a second staff member, not the one who recorded it, must confirm the call-back before approval")]
    SecondConfirmationMissing,
    #[error("the confirmed call-back on this request was recorded by a staff account that has been disabled since, so it no longer counts: call the agency again on an independently sourced number and record the call-back")]
    RecorderDisabled,
    #[error("the second confirmation of the call-back was given by a staff account that has been disabled since, so it no longer counts: another staff member, not the one who recorded the call-back, must confirm it")]
    SecondConfirmerDisabled,
    #[error("this call-back was recorded by a staff account that has been disabled since, so it no longer counts and cannot be confirmed: call the agency again and record a new call-back")]
    ConfirmingDisabledRecorder,
    #[error("only a confirmed call-back can be confirmed by a second staff member")]
    ConfirmingUnconfirmed,
    #[error("four eyes: the call-back must be confirmed by someone other than the staff member who recorded it")]
    ConfirmingOwn,
    #[error("this request is {0}: nothing is left to confirm")]
    NothingToConfirm(RequestStatus),
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
        (_, status) if awaits_decision(status) => Ok(()),
        (_, other) => Err(CallbackRefusal::Decided(other.as_str())),
    }
}

fn awaits_decision(status: RequestStatus) -> bool {
    matches!(
        status,
        RequestStatus::Submitted | RequestStatus::InReview | RequestStatus::NeedsInfo
    )
}

/// What the store read about the call-backs of one emergency request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallbackFacts {
    /// Some call-back on the request failed.
    pub failed: bool,
    /// The requester has a suspension in force.
    pub requester_suspended: bool,
    /// Some call-back on the request was confirmed.
    pub confirmed: bool,
    /// The risk assessment asks for a second confirmation, or there is none.
    pub second_confirmation_required: bool,
    /// Some confirmed call-back was confirmed by someone other than its recorder.
    pub confirmed_by_second: bool,
    /// Some call-back was confirmed by a recorder who has been disabled since (it
    /// does not count towards `confirmed`; known so that a refusal can say why).
    pub confirmed_by_disabled: bool,
    /// Some second confirmation was given by someone who has been disabled since
    /// (it does not count towards `confirmed_by_second`).
    pub second_by_disabled: bool,
}

/// Whether the call-backs of an emergency allow approving it. A failed call-back
/// outweighs any confirmed one, and a suspended requester's emergency waits until an
/// admin has looked at the suspension.
pub fn approval_verified(facts: &CallbackFacts) -> Result<(), CallbackRefusal> {
    if facts.failed {
        Err(CallbackRefusal::CallbackFailed)
    } else if facts.requester_suspended {
        Err(CallbackRefusal::RequesterSuspended)
    } else if !facts.confirmed {
        Err(if facts.confirmed_by_disabled {
            CallbackRefusal::RecorderDisabled
        } else {
            CallbackRefusal::NotConfirmed
        })
    } else if facts.second_confirmation_required && !facts.confirmed_by_second {
        Err(if facts.second_by_disabled {
            CallbackRefusal::SecondConfirmerDisabled
        } else {
            CallbackRefusal::SecondConfirmationMissing
        })
    } else {
        Ok(())
    }
}

/// Who recorded a call-back, as its confirmation needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recorder {
    pub id: i64,
    /// Their account has been disabled since the call-back: it no longer counts.
    pub disabled_since: bool,
}

/// Whether `confirmer` may confirm a call-back that `recorder` recorded with `outcome`
/// on a request that is `status`.
pub fn confirmation_allowed(
    outcome: CallbackOutcome,
    recorder: Recorder,
    confirmer: i64,
    status: RequestStatus,
) -> Result<(), CallbackRefusal> {
    if outcome != CallbackOutcome::Confirmed {
        Err(CallbackRefusal::ConfirmingUnconfirmed)
    } else if recorder.disabled_since {
        Err(CallbackRefusal::ConfirmingDisabledRecorder)
    } else if recorder.id == confirmer {
        Err(CallbackRefusal::ConfirmingOwn)
    } else if !awaits_decision(status) {
        Err(CallbackRefusal::NothingToConfirm(status))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CallbackOutcome::*;

    #[test]
    fn outcomes_round_trip() {
        for outcome in CallbackOutcome::ALL {
            assert_eq!(CallbackOutcome::parse(outcome.as_str()), Some(outcome));
        }
        assert_eq!(CallbackOutcome::parse("busy"), None);
    }

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

    fn verified() -> CallbackFacts {
        CallbackFacts {
            confirmed: true,
            second_confirmation_required: true,
            confirmed_by_second: true,
            ..CallbackFacts::default()
        }
    }

    #[test]
    fn approval_needs_a_confirmed_callback_and_no_failed_one() {
        assert_eq!(approval_verified(&verified()), Ok(()));
        let failed = CallbackFacts {
            failed: true,
            ..verified()
        };
        assert_eq!(
            approval_verified(&failed),
            Err(CallbackRefusal::CallbackFailed)
        );
        let suspended = CallbackFacts {
            requester_suspended: true,
            ..verified()
        };
        assert_eq!(
            approval_verified(&suspended),
            Err(CallbackRefusal::RequesterSuspended)
        );
        assert_eq!(
            approval_verified(&CallbackFacts::default()),
            Err(CallbackRefusal::NotConfirmed)
        );
    }

    #[test]
    fn a_refusal_says_when_the_only_confirmations_no_longer_count() {
        let stale_recorder = CallbackFacts {
            confirmed_by_disabled: true,
            ..CallbackFacts::default()
        };
        assert_eq!(
            approval_verified(&stale_recorder),
            Err(CallbackRefusal::RecorderDisabled)
        );
        // A call-back that counts makes a stale one irrelevant.
        let recounted = CallbackFacts {
            confirmed_by_disabled: true,
            ..verified()
        };
        assert_eq!(approval_verified(&recounted), Ok(()));
        let stale_second = CallbackFacts {
            confirmed_by_second: false,
            second_by_disabled: true,
            ..verified()
        };
        assert_eq!(
            approval_verified(&stale_second),
            Err(CallbackRefusal::SecondConfirmerDisabled)
        );
    }

    #[test]
    fn a_high_risk_emergency_needs_a_second_confirmation() {
        let unseconded = CallbackFacts {
            confirmed_by_second: false,
            ..verified()
        };
        assert_eq!(
            approval_verified(&unseconded),
            Err(CallbackRefusal::SecondConfirmationMissing)
        );
        let low_risk = CallbackFacts {
            second_confirmation_required: false,
            ..unseconded
        };
        assert_eq!(approval_verified(&low_risk), Ok(()));
    }

    #[test]
    fn a_failed_callback_outweighs_everything() {
        let both = CallbackFacts {
            failed: true,
            requester_suspended: true,
            ..CallbackFacts::default()
        };
        assert_eq!(
            approval_verified(&both),
            Err(CallbackRefusal::CallbackFailed)
        );
    }

    #[test]
    fn a_callback_is_confirmed_by_someone_else_before_a_decision() {
        let open = RequestStatus::InReview;
        let one = Recorder {
            id: 1,
            disabled_since: false,
        };
        assert_eq!(confirmation_allowed(Confirmed, one, 2, open), Ok(()));
        assert_eq!(
            confirmation_allowed(NoAnswer, one, 2, open),
            Err(CallbackRefusal::ConfirmingUnconfirmed)
        );
        assert_eq!(
            confirmation_allowed(Failed, one, 1, open),
            Err(CallbackRefusal::ConfirmingUnconfirmed)
        );
        assert_eq!(
            confirmation_allowed(Confirmed, one, 1, open),
            Err(CallbackRefusal::ConfirmingOwn)
        );
        let disabled = Recorder {
            disabled_since: true,
            ..one
        };
        assert_eq!(
            confirmation_allowed(Confirmed, disabled, 2, open),
            Err(CallbackRefusal::ConfirmingDisabledRecorder)
        );
        let refused = CallbackRefusal::NothingToConfirm(RequestStatus::Approved);
        assert_eq!(
            confirmation_allowed(Confirmed, one, 2, RequestStatus::Approved),
            Err(refused)
        );
        assert_eq!(
            refused.to_string(),
            "this request is approved: nothing is left to confirm"
        );
    }

    #[test]
    fn unanswered_and_confirmed_callbacks_while_a_decision_is_awaited() {
        for status in [
            RequestStatus::Submitted,
            RequestStatus::InReview,
            RequestStatus::NeedsInfo,
        ] {
            for outcome in [Confirmed, NoAnswer] {
                assert_eq!(
                    callback_allowed(RequestKind::Emergency, status, outcome),
                    Ok(())
                );
            }
        }
        assert_eq!(
            callback_allowed(RequestKind::Emergency, RequestStatus::Approved, NoAnswer)
                .map_err(|r| r.to_string()),
            Err(
                "this request is approved: call-backs are recorded only while it awaits a decision"
                    .to_owned()
            )
        );
    }

    #[test]
    fn outcomes_serialized_as_stored() -> Result<(), serde_json::Error> {
        for outcome in CallbackOutcome::ALL {
            assert_eq!(serde_json::to_value(outcome)?, outcome.as_str());
        }
        Ok(())
    }
}
