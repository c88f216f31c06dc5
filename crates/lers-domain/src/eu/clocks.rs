//! The Regulation's clocks, all counted from when the provider received the order
//! (not from when anyone typed it into LERS), so that a request entered later by
//! intake staff or imported from an older queue keeps its true legal deadline.

use crate::clock::{Duration, Timestamp};
use crate::request::{RequestKind, RequestStatus};
use crate::text::check_single_line;

/// Art 10(3): produce at the latest within 10 days of receipt.
pub const PRODUCTION: Duration = Duration::days(10);
/// Art 10(4): in an emergency, without undue delay and at the latest within 8 hours.
pub const EMERGENCY_PRODUCTION: Duration = Duration::hours(8);
/// Art 10(2) and 12: an enforcing authority that was notified may raise grounds for
/// refusal within 10 days, or 96 hours in an emergency.
pub const EA_WINDOW: Duration = Duration::days(10);
pub const EMERGENCY_EA_WINDOW: Duration = Duration::hours(96);
/// Art 11(1): an EPOC-PR preserves for 60 days ...
pub const PRESERVATION: Duration = Duration::days(60);
/// ... which the issuing authority may extend once by 30 days (Form 6) ...
pub const FORM6_EXTENSION: Duration = Duration::days(30);
// ... or lengthen until a subsequent production request arrives (Form 5), which has
// no fixed end and is therefore not a duration.

/// The clocks of one order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EuClocks {
    pub received_at: Timestamp,
    pub emergency: bool,
}

impl EuClocks {
    /// When the data of an EPOC must have been produced.
    pub fn production_due(self) -> Timestamp {
        self.received_at.plus(if self.emergency {
            EMERGENCY_PRODUCTION
        } else {
            PRODUCTION
        })
    }

    /// When an enforcing authority's window to raise grounds for refusal closes.
    pub fn ea_window_end(self) -> Timestamp {
        self.received_at.plus(if self.emergency {
            EMERGENCY_EA_WINDOW
        } else {
            EA_WINDOW
        })
    }

    /// The enforcing authority's window for an order of `kind`: Art 8 notifies an
    /// enforcing authority with a window to refuse only of an EPOC, so an EPOC-PR
    /// (even with section K filled) has none. The console's clock panel and the
    /// staff-notice sweep both ask here, so they cannot disagree.
    pub fn ea_window(self, kind: RequestKind, ea_notified: bool) -> Option<Timestamp> {
        (kind == RequestKind::EuProductionOrder && ea_notified).then(|| self.ea_window_end())
    }

    /// When an EPOC-PR's preservation ends, without Form 5 or Form 6.
    pub fn preservation_end(self) -> Timestamp {
        self.received_at.plus(PRESERVATION)
    }
}

/// The longest reason for early disclosure kept.
pub(crate) const MAX_REASON: usize = 1000;

/// What a new deadline from the issuing authority is checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeadlineFacts {
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub clocks: EuClocks,
    /// The deadline in force (the request's due date), if one was set.
    pub due: Option<Timestamp>,
}

impl DeadlineFacts {
    /// The deadline in force: the one set last, or the Regulation's.
    pub fn current(self) -> Timestamp {
        self.due.unwrap_or_else(|| self.clocks.production_due())
    }
}

/// A new deadline the issuing authority set, as it is recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDeadline {
    pub due: Timestamp,
    pub previous: Timestamp,
    /// Earlier than the deadline in force: the issuing authority asks for early
    /// disclosure, with `reason` (Art 10(2)).
    pub earlier: bool,
    pub reason: Option<String>,
    /// Later than the Regulation's own deadline (10 days / 8 hours from receipt): the
    /// issuing authority grants more time; the Regulation's deadline stays shown.
    pub beyond_regulation: bool,
}

/// Why a new deadline is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineRefusal {
    #[error("only a production order (EPOC) has a disclosure deadline; a preservation order (EPOC-PR) has none")]
    NotAProductionOrder,
    #[error("the order is over ({0}); its deadline can no longer change")]
    Over(&'static str),
    #[error("the new deadline {} is not in the future", .0.to_rfc3339())]
    InThePast(Timestamp),
    #[error("a deadline earlier than the one in force ({}) needs the issuing authority's reasons for early disclosure (Art 10(2))", .0.to_rfc3339())]
    ReasonMissing(Timestamp),
    #[error("the reasons for early disclosure must be one line of at most {MAX_REASON} characters, without control characters")]
    ReasonUnreadable,
}

/// The issuing authority moves the disclosure deadline of an open EPOC to `asked`: not
/// into the past, and earlier than the deadline in force only with reasons. A later
/// deadline than the Regulation's is accepted (the authority may grant more time, for
/// instance after it was asked for missing information); [`NewDeadline`] says so.
pub fn new_deadline(
    facts: DeadlineFacts,
    asked: Timestamp,
    reason: Option<&str>,
    now: Timestamp,
) -> Result<NewDeadline, DeadlineRefusal> {
    if facts.kind != RequestKind::EuProductionOrder {
        return Err(DeadlineRefusal::NotAProductionOrder);
    }
    if !facts.status.is_open() {
        return Err(DeadlineRefusal::Over(facts.status.as_str()));
    }
    if asked <= now {
        return Err(DeadlineRefusal::InThePast(asked));
    }
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if let Some(reason) = reason {
        if reason.chars().count() > MAX_REASON || check_single_line(reason).is_err() {
            return Err(DeadlineRefusal::ReasonUnreadable);
        }
    }
    let previous = facts.current();
    let earlier = asked < previous;
    if earlier && reason.is_none() {
        return Err(DeadlineRefusal::ReasonMissing(previous));
    }
    Ok(NewDeadline {
        due: asked,
        previous,
        earlier,
        reason: reason.map(str::to_owned),
        beyond_regulation: asked > facts.clocks.production_due(),
    })
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn facts(kind: RequestKind, status: RequestStatus) -> DeadlineFacts {
        DeadlineFacts {
            kind,
            status,
            clocks: EuClocks {
                received_at: Timestamp::from_unix_millis(1_790_000_000_000),
                emergency: false,
            },
            due: None,
        }
    }

    #[test]
    fn an_earlier_deadline_needs_reasons() {
        let f = facts(RequestKind::EuProductionOrder, RequestStatus::InReview);
        let now = f.clocks.received_at.plus(Duration::hours(1));
        let sooner = f.clocks.received_at.plus(Duration::days(3));
        assert_eq!(
            new_deadline(f, sooner, Some("  "), now),
            Err(DeadlineRefusal::ReasonMissing(f.clocks.production_due()))
        );
        let moved = new_deadline(f, sooner, Some("Imminent risk to a witness."), now)
            .expect("with reasons");
        assert!(moved.earlier && !moved.beyond_regulation);
        assert_eq!(moved.previous, f.clocks.production_due());
        assert_eq!(
            new_deadline(f, sooner, Some("two\nlines"), now),
            Err(DeadlineRefusal::ReasonUnreadable)
        );
    }

    #[test]
    fn more_time_needs_no_reasons_and_is_beyond_the_regulation() {
        let f = facts(RequestKind::EuProductionOrder, RequestStatus::NeedsInfo);
        let later = f.clocks.production_due().plus(Duration::days(5));
        let moved = new_deadline(f, later, None, f.clocks.received_at).expect("more time");
        assert!(!moved.earlier && moved.beyond_regulation);
        // Once moved, the deadline in force is the new one.
        let moved_back = DeadlineFacts {
            due: Some(later),
            ..f
        };
        assert!(new_deadline(
            moved_back,
            f.clocks.production_due(),
            None,
            f.clocks.received_at
        )
        .is_err());
    }

    #[test]
    fn past_closed_and_preservation_orders_are_refused() {
        let f = facts(RequestKind::EuProductionOrder, RequestStatus::Submitted);
        let now = f.clocks.received_at.plus(Duration::days(1));
        assert_eq!(
            new_deadline(f, now, Some("x"), now),
            Err(DeadlineRefusal::InThePast(now))
        );
        let over = facts(RequestKind::EuProductionOrder, RequestStatus::Withdrawn);
        assert!(matches!(
            new_deadline(over, now.plus(Duration::days(1)), None, now),
            Err(DeadlineRefusal::Over(_))
        ));
        let pr = facts(RequestKind::EuPreservationOrder, RequestStatus::Preserved);
        assert_eq!(
            new_deadline(pr, now.plus(Duration::days(1)), None, now),
            Err(DeadlineRefusal::NotAProductionOrder)
        );
    }

    #[test]
    fn only_a_notified_epoc_has_an_enforcing_authoritys_window() {
        let clocks = EuClocks {
            received_at: Timestamp::from_unix_millis(1_790_000_000_000),
            emergency: false,
        };
        let epoc = RequestKind::EuProductionOrder;
        assert_eq!(clocks.ea_window(epoc, true), Some(clocks.ea_window_end()));
        assert_eq!(clocks.ea_window(epoc, false), None);
        assert_eq!(
            clocks.ea_window(RequestKind::EuPreservationOrder, true),
            None
        );
    }

    #[test]
    fn clocks_run_from_receipt() {
        let received_at = Timestamp::from_unix_millis(1_790_000_000_000);
        let normal = EuClocks {
            received_at,
            emergency: false,
        };
        let urgent = EuClocks {
            received_at,
            emergency: true,
        };
        assert_eq!(
            normal.production_due(),
            received_at.plus(Duration::days(10))
        );
        assert_eq!(
            urgent.production_due(),
            received_at.plus(Duration::hours(8))
        );
        assert_eq!(normal.ea_window_end(), received_at.plus(Duration::days(10)));
        assert_eq!(
            urgent.ea_window_end(),
            received_at.plus(Duration::hours(96))
        );
        assert_eq!(
            normal.preservation_end().plus(FORM6_EXTENSION),
            received_at.plus(Duration::days(90))
        );
    }
}
