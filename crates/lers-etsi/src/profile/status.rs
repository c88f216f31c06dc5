//! The one status LERS reports to an issuing authority for its order (a task's
//! `Status` in GET/LIST answers, `AssociatedObjectStatus` in notifications), from the
//! request's status and the EU facts the store knows. Pure, so that answers and
//! notifications can never disagree.

use lers_domain::request::{RequestKind, RequestStatus};

use super::vocab::ReportedStatus;

/// What is known of one order when its status is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrderFacts {
    pub kind: RequestKind,
    pub status: RequestStatus,
    /// The order's data is preserved now (an EPOC-PR in force, or an EPOC's
    /// preservation from receipt).
    pub preservation_in_force: bool,
    /// At least one production was delivered for it.
    pub produced: bool,
    /// Its data is held for the enforcing authority now (`Release::Held`).
    pub held_for_ea: bool,
    /// It was refused at some point: rejected or challenged after review, answered
    /// with a Form 3 (non-execution), or refused by the enforcing authority.
    pub refused: bool,
}

/// The status to report. Withdrawal and refusal win over everything else; a
/// production held for the enforcing authority is not yet disclosed; an EPOC-PR is
/// preserved from receipt, without waiting for a review.
pub fn reported_status(facts: &OrderFacts) -> ReportedStatus {
    use RequestStatus as S;
    if facts.status == S::Withdrawn {
        return ReportedStatus::Withdrawn;
    }
    if facts.refused || matches!(facts.status, S::Rejected | S::Challenged) {
        return ReportedStatus::Refused;
    }
    if matches!(facts.status, S::Expired | S::Released | S::Fulfilled) {
        return ReportedStatus::Ended;
    }
    let approved_or_later = matches!(facts.status, S::Approved | S::Produced | S::Closed);
    if facts.held_for_ea && approved_or_later {
        return ReportedStatus::AwaitingEnforcingAuthority;
    }
    if facts.produced || facts.status == S::Produced {
        return ReportedStatus::Disclosed;
    }
    if facts.status == S::Closed {
        return ReportedStatus::Ended;
    }
    let preserving = matches!(facts.status, S::Preserved | S::Extended);
    if facts.kind == RequestKind::EuPreservationOrder || preserving {
        if facts.preservation_in_force {
            return ReportedStatus::Preserved;
        }
        if preserving {
            // Its period ran out; the expiry job has not recorded it yet.
            return ReportedStatus::Ended;
        }
    }
    match facts.status {
        S::Draft | S::Submitted => ReportedStatus::Received,
        _ => ReportedStatus::UnderReview,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RequestKind::{EuPreservationOrder as Pr, EuProductionOrder as Epoc};
    use RequestStatus as S;

    fn facts(kind: RequestKind, status: RequestStatus) -> OrderFacts {
        OrderFacts {
            kind,
            status,
            preservation_in_force: true,
            produced: false,
            held_for_ea: false,
            refused: false,
        }
    }

    #[test]
    fn an_epoc_is_received_then_under_review_then_disclosed() {
        assert_eq!(
            reported_status(&facts(Epoc, S::Submitted)),
            ReportedStatus::Received
        );
        assert_eq!(
            reported_status(&facts(Epoc, S::InReview)),
            ReportedStatus::UnderReview
        );
        assert_eq!(
            reported_status(&facts(Epoc, S::NeedsInfo)),
            ReportedStatus::UnderReview
        );
        assert_eq!(
            reported_status(&facts(Epoc, S::Approved)),
            ReportedStatus::UnderReview
        );
        let produced = OrderFacts {
            produced: true,
            ..facts(Epoc, S::Produced)
        };
        assert_eq!(reported_status(&produced), ReportedStatus::Disclosed);
        let closed = OrderFacts {
            status: S::Closed,
            ..produced
        };
        assert_eq!(reported_status(&closed), ReportedStatus::Disclosed);
    }

    #[test]
    fn a_held_production_awaits_the_enforcing_authority() {
        let held = OrderFacts {
            held_for_ea: true,
            produced: true,
            ..facts(Epoc, S::Produced)
        };
        assert_eq!(
            reported_status(&held),
            ReportedStatus::AwaitingEnforcingAuthority
        );
        // Before the provider approved, the review is what the authority waits for.
        let reviewing = OrderFacts {
            held_for_ea: true,
            ..facts(Epoc, S::InReview)
        };
        assert_eq!(reported_status(&reviewing), ReportedStatus::UnderReview);
    }

    #[test]
    fn refusal_and_withdrawal_win() {
        assert_eq!(
            reported_status(&facts(Epoc, S::Rejected)),
            ReportedStatus::Refused
        );
        assert_eq!(
            reported_status(&facts(Epoc, S::Challenged)),
            ReportedStatus::Refused
        );
        let closed_after_refusal = OrderFacts {
            refused: true,
            ..facts(Epoc, S::Closed)
        };
        assert_eq!(
            reported_status(&closed_after_refusal),
            ReportedStatus::Refused
        );
        let ea_refused = OrderFacts {
            refused: true,
            produced: true,
            ..facts(Epoc, S::Produced)
        };
        assert_eq!(reported_status(&ea_refused), ReportedStatus::Refused);
        assert_eq!(
            reported_status(&facts(Pr, S::Withdrawn)),
            ReportedStatus::Withdrawn
        );
    }

    #[test]
    fn an_epoc_pr_is_preserved_from_receipt_until_it_ends() {
        assert_eq!(
            reported_status(&facts(Pr, S::Submitted)),
            ReportedStatus::Preserved
        );
        assert_eq!(
            reported_status(&facts(Pr, S::Preserved)),
            ReportedStatus::Preserved
        );
        assert_eq!(
            reported_status(&facts(Pr, S::Extended)),
            ReportedStatus::Preserved
        );
        for ended in [S::Expired, S::Released, S::Fulfilled] {
            assert_eq!(reported_status(&facts(Pr, ended)), ReportedStatus::Ended);
        }
        let form3 = OrderFacts {
            refused: true,
            ..facts(Pr, S::Released)
        };
        assert_eq!(reported_status(&form3), ReportedStatus::Refused);
        let lapsed = OrderFacts {
            preservation_in_force: false,
            ..facts(Pr, S::Preserved)
        };
        assert_eq!(reported_status(&lapsed), ReportedStatus::Ended);
    }
}
