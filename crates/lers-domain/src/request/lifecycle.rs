//! The one state machine every request follows (DESIGN §2). Every status change in
//! LERS goes through [`RequestStatus::apply`]; anything it refuses cannot happen.
//!
//! ```text
//! draft → submitted → in_review ⇄ needs_info
//!                     in_review → approved → produced → closed
//!                     in_review → rejected → closed
//!                     in_review → challenged → closed
//! any open state → withdrawn
//! preservation: submitted → preserved → extended → expired | released | fulfilled
//! ```

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequestStatus {
    Draft,
    Submitted,
    InReview,
    NeedsInfo,
    Approved,
    Produced,
    Rejected,
    Challenged,
    Closed,
    Withdrawn,
    Preserved,
    Extended,
    Expired,
    Released,
    Fulfilled,
}

/// Something that happens to a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestEvent {
    Submit,
    StartReview,
    AskForInformation,
    ProvideInformation,
    Approve,
    Reject,
    Challenge,
    Produce,
    Close,
    Withdraw,
    Preserve,
    Extend,
    Expire,
    Release,
    Fulfil,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a request that is {from} cannot be {event}")]
pub struct TransitionError {
    pub from: &'static str,
    pub event: &'static str,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 15] = [
        Self::Draft,
        Self::Submitted,
        Self::InReview,
        Self::NeedsInfo,
        Self::Approved,
        Self::Produced,
        Self::Rejected,
        Self::Challenged,
        Self::Closed,
        Self::Withdrawn,
        Self::Preserved,
        Self::Extended,
        Self::Expired,
        Self::Released,
        Self::Fulfilled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::InReview => "in_review",
            Self::NeedsInfo => "needs_info",
            Self::Approved => "approved",
            Self::Produced => "produced",
            Self::Rejected => "rejected",
            Self::Challenged => "challenged",
            Self::Closed => "closed",
            Self::Withdrawn => "withdrawn",
            Self::Preserved => "preserved",
            Self::Extended => "extended",
            Self::Expired => "expired",
            Self::Released => "released",
            Self::Fulfilled => "fulfilled",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Still being worked on (so it can be withdrawn, messaged about, …).
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Self::Submitted
                | Self::InReview
                | Self::NeedsInfo
                | Self::Approved
                | Self::Preserved
                | Self::Extended
        )
    }

    /// Whether messages may still be exchanged about a request in this status: not
    /// before it is submitted, and not once it is over (withdrawn, closed, or a
    /// preservation that ended). A rejected or challenged request can still be
    /// answered until it is closed.
    pub fn accepts_messages(self) -> bool {
        !matches!(
            self,
            Self::Draft
                | Self::Withdrawn
                | Self::Closed
                | Self::Expired
                | Self::Released
                | Self::Fulfilled
        )
    }

    /// The status after `event`, or why `event` cannot happen now.
    pub fn apply(self, event: RequestEvent) -> Result<RequestStatus, TransitionError> {
        use RequestEvent as E;
        use RequestStatus as S;
        let next = match (self, event) {
            (S::Draft, E::Submit) => S::Submitted,
            (S::Submitted, E::StartReview) | (S::NeedsInfo, E::ProvideInformation) => S::InReview,
            (S::InReview, E::AskForInformation) => S::NeedsInfo,
            (S::InReview, E::Approve) => S::Approved,
            (S::InReview, E::Reject) => S::Rejected,
            (S::InReview, E::Challenge) => S::Challenged,
            (S::Approved, E::Produce) => S::Produced,
            (S::Produced | S::Rejected | S::Challenged, E::Close) => S::Closed,
            (S::Submitted | S::InReview, E::Preserve) => S::Preserved,
            (S::Preserved, E::Extend) => S::Extended,
            (S::Preserved | S::Extended, E::Expire) => S::Expired,
            (S::Preserved | S::Extended, E::Release) => S::Released,
            (S::Preserved | S::Extended, E::Fulfil) => S::Fulfilled,
            (open, E::Withdraw) if open.is_open() => S::Withdrawn,
            (from, event) => {
                return Err(TransitionError {
                    from: from.as_str(),
                    event: event.as_str(),
                })
            }
        };
        Ok(next)
    }
}

impl RequestEvent {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Submit => "submitted",
            Self::StartReview => "taken into review",
            Self::AskForInformation => "sent back for information",
            Self::ProvideInformation => "given more information",
            Self::Approve => "approved",
            Self::Reject => "rejected",
            Self::Challenge => "challenged",
            Self::Produce => "produced",
            Self::Close => "closed",
            Self::Withdraw => "withdrawn",
            Self::Preserve => "preserved",
            Self::Extend => "extended",
            Self::Expire => "expired",
            Self::Release => "released",
            Self::Fulfil => "fulfilled",
        }
    }
}

impl std::fmt::Display for RequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn requests_that_are_over_take_no_messages() {
        for status in [
            RequestStatus::Draft,
            RequestStatus::Withdrawn,
            RequestStatus::Closed,
            RequestStatus::Expired,
            RequestStatus::Released,
            RequestStatus::Fulfilled,
        ] {
            assert!(!status.accepts_messages(), "{status}");
        }
        for status in RequestStatus::ALL {
            if status.is_open() {
                assert!(status.accepts_messages(), "{status}");
            }
        }
        assert!(
            RequestStatus::Challenged.accepts_messages(),
            "a challenge can be answered"
        );
    }

    const EVENTS: [RequestEvent; 15] = [
        RequestEvent::Submit,
        RequestEvent::StartReview,
        RequestEvent::AskForInformation,
        RequestEvent::ProvideInformation,
        RequestEvent::Approve,
        RequestEvent::Reject,
        RequestEvent::Challenge,
        RequestEvent::Produce,
        RequestEvent::Close,
        RequestEvent::Withdraw,
        RequestEvent::Preserve,
        RequestEvent::Extend,
        RequestEvent::Expire,
        RequestEvent::Release,
        RequestEvent::Fulfil,
    ];

    #[test]
    fn the_main_paths_of_the_design() -> Result<(), TransitionError> {
        use RequestEvent::*;
        let walk = |events: &[RequestEvent]| {
            events
                .iter()
                .try_fold(RequestStatus::Draft, |status, event| status.apply(*event))
        };
        assert_eq!(
            walk(&[
                Submit,
                StartReview,
                AskForInformation,
                ProvideInformation,
                Approve,
                Produce,
                Close
            ])?,
            RequestStatus::Closed
        );
        assert_eq!(
            walk(&[Submit, StartReview, Challenge, Close])?,
            RequestStatus::Closed
        );
        assert_eq!(
            walk(&[Submit, Preserve, Extend, Expire])?,
            RequestStatus::Expired
        );
        assert_eq!(walk(&[Submit, Withdraw])?, RequestStatus::Withdrawn);
        Ok(())
    }

    #[test]
    fn closed_and_withdrawn_requests_stay_that_way() {
        for end in [
            RequestStatus::Closed,
            RequestStatus::Withdrawn,
            RequestStatus::Expired,
            RequestStatus::Released,
            RequestStatus::Fulfilled,
        ] {
            for event in EVENTS {
                assert!(end.apply(event).is_err(), "{end} then {event:?}");
            }
        }
        assert!(
            RequestStatus::Draft.apply(RequestEvent::Withdraw).is_err(),
            "a draft is deleted, not withdrawn"
        );
        assert!(
            RequestStatus::Submitted
                .apply(RequestEvent::Approve)
                .is_err(),
            "no approval without review"
        );
    }

    proptest! {
        /// From a draft, any sequence of events only ever passes through statuses the
        /// diagram allows, and a refused event leaves the status unchanged.
        #[test]
        fn random_walks_stay_on_the_diagram(events in prop::collection::vec(prop::sample::select(EVENTS.to_vec()), 0..30)) {
            let mut status = RequestStatus::Draft;
            for event in events {
                match status.apply(event) {
                    Ok(next) => {
                        prop_assert_ne!(next, RequestStatus::Draft, "nothing returns to draft");
                        if event == RequestEvent::Withdraw { prop_assert!(status.is_open()); }
                        status = next;
                    }
                    Err(e) => prop_assert_eq!(e.from, status.as_str()),
                }
            }
        }
    }
}
