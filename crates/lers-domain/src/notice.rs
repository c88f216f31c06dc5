//! Whether and when an affected user is told that their data was disclosed (DESIGN §2
//! "Notifying affected users"): notify, unless a valid delay-of-notice order is in
//! force (then notify when it ends), or the case involves child endangerment, a threat
//! to life, or a threat to the provider's services, rights or property. Every decision
//! has a recorded reason; an order with no end date is a ground to challenge.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::clock::Timestamp;
use crate::request::draft::parse_date;
use crate::request::OrderTerm;

/// The lawful exceptions to notifying.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exemption {
    ChildEndangerment,
    ThreatToLife,
    ThreatToProvider,
}

impl Exemption {
    pub const ALL: [Exemption; 3] = [
        Self::ChildEndangerment,
        Self::ThreatToLife,
        Self::ThreatToProvider,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ChildEndangerment => "child_endangerment",
            Self::ThreatToLife => "threat_to_life",
            Self::ThreatToProvider => "threat_to_provider",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == text)
    }
}

/// What the reviewer decides for one affected account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeChoice {
    NotifyNow,
    /// Wait for the delay-of-notice order to end, then notify automatically.
    DelayUntilOrderEnds,
    Exempt {
        exemption: Exemption,
        reason: String,
    },
    /// Nothing was produced for this account.
    NotApplicable,
}

/// The facts a notice decision depends on.
#[derive(Clone, Debug)]
pub struct NoticeFacts<'a> {
    /// Data of this account was (or is approved to be) disclosed.
    pub disclosed: bool,
    pub delay_order: &'a OrderTerm,
    pub now: Timestamp,
}

/// The outcome of a decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticePlan {
    /// Send at this time (now, or the first moment after the order ends).
    SendAt(Timestamp),
    /// Held by an order without an end date: nothing is scheduled, and the order
    /// should be challenged.
    AwaitingOrderWithoutEnd,
    /// Never sent, for the recorded reason.
    NotSent,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NoticeRefusal {
    #[error("nothing was disclosed for this account, so there is nobody to notify: choose \"not applicable\"")]
    NothingDisclosed,
    #[error("data was disclosed for this account: choose to notify, delay under an order, or an exemption")]
    DisclosedNotApplicable,
    #[error(
        "a delay-of-notice order is in force until {0}; the user cannot be notified before then"
    )]
    OrderInForce(String),
    #[error("a delay-of-notice order without an end date is in force; delay (and challenge the order) or record an exemption")]
    OrderWithoutEnd,
    #[error("there is no delay-of-notice order in force, so there is nothing to wait for")]
    NoOrder,
    #[error("write down the reason for the exemption")]
    ReasonMissing,
}

/// The day an order ending on `until` stops binding: the start of the next day, UTC.
fn order_end(until: Date) -> Option<Timestamp> {
    until.next_day().map(Timestamp::start_of)
}

/// Decides what happens to one affected account's notice, or why the choice is not
/// lawful.
pub fn plan(choice: &NoticeChoice, facts: &NoticeFacts<'_>) -> Result<NoticePlan, NoticeRefusal> {
    let order_until = match facts.delay_order {
        OrderTerm::Until { until } => parse_date(until)
            .and_then(order_end)
            .filter(|end| *end > facts.now),
        _ => None,
    };
    let indefinite = matches!(facts.delay_order, OrderTerm::Indefinite);
    match (choice, facts.disclosed) {
        (NoticeChoice::NotApplicable, false) => Ok(NoticePlan::NotSent),
        (NoticeChoice::NotApplicable, true) => Err(NoticeRefusal::DisclosedNotApplicable),
        (_, false) => Err(NoticeRefusal::NothingDisclosed),
        (NoticeChoice::Exempt { reason, .. }, true) => {
            if reason.trim().is_empty() {
                Err(NoticeRefusal::ReasonMissing)
            } else {
                Ok(NoticePlan::NotSent)
            }
        }
        (NoticeChoice::NotifyNow, true) => match (order_until, indefinite) {
            (Some(end), _) => Err(NoticeRefusal::OrderInForce(
                end.date().previous_day().unwrap_or(end.date()).to_string(),
            )),
            (None, true) => Err(NoticeRefusal::OrderWithoutEnd),
            (None, false) => Ok(NoticePlan::SendAt(facts.now)),
        },
        (NoticeChoice::DelayUntilOrderEnds, true) => match (order_until, indefinite) {
            (Some(end), _) => Ok(NoticePlan::SendAt(end)),
            (None, true) => Ok(NoticePlan::AwaitingOrderWithoutEnd),
            (None, false) => Err(NoticeRefusal::NoOrder),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Duration;

    fn now() -> Timestamp {
        Timestamp::parse_rfc3339("2026-11-27T12:00:00Z").unwrap_or(Timestamp::from_unix_millis(0))
    }

    /// Every combination of order state × disclosure × choice, with its one lawful
    /// answer.
    #[test]
    fn the_decision_table() {
        let none = OrderTerm::None;
        let future = OrderTerm::Until {
            until: "2027-01-31".into(),
        };
        let past = OrderTerm::Until {
            until: "2026-01-31".into(),
        };
        let indefinite = OrderTerm::Indefinite;
        let end = Timestamp::parse_rfc3339("2027-02-01T00:00:00Z").unwrap_or(now());
        let exempt = |reason: &str| NoticeChoice::Exempt {
            exemption: Exemption::ChildEndangerment,
            reason: reason.into(),
        };
        use NoticeChoice::*;
        use NoticePlan::*;
        use NoticeRefusal::*;
        let table: Vec<(
            &OrderTerm,
            bool,
            NoticeChoice,
            Result<NoticePlan, NoticeRefusal>,
        )> = vec![
            // No order: notify now; nothing to delay for.
            (&none, true, NotifyNow, Ok(SendAt(now()))),
            (&none, true, DelayUntilOrderEnds, Err(NoOrder)),
            (
                &none,
                true,
                exempt("Victim is a child; the suspect is a parent."),
                Ok(NotSent),
            ),
            (&none, true, exempt("  "), Err(ReasonMissing)),
            (&none, true, NotApplicable, Err(DisclosedNotApplicable)),
            (&none, false, NotApplicable, Ok(NotSent)),
            (&none, false, NotifyNow, Err(NothingDisclosed)),
            // An order in force: wait for its end; no early notice.
            (
                &future,
                true,
                NotifyNow,
                Err(OrderInForce("2027-01-31".into())),
            ),
            (&future, true, DelayUntilOrderEnds, Ok(SendAt(end))),
            (&future, true, exempt("Threat to life."), Ok(NotSent)),
            (&future, false, DelayUntilOrderEnds, Err(NothingDisclosed)),
            // An order that already ended binds nobody.
            (&past, true, NotifyNow, Ok(SendAt(now()))),
            (&past, true, DelayUntilOrderEnds, Err(NoOrder)),
            // An order without an end: no notice, nothing scheduled, challenge it.
            (&indefinite, true, NotifyNow, Err(OrderWithoutEnd)),
            (
                &indefinite,
                true,
                DelayUntilOrderEnds,
                Ok(AwaitingOrderWithoutEnd),
            ),
            (
                &indefinite,
                true,
                exempt("Ongoing threat to the service."),
                Ok(NotSent),
            ),
            (&indefinite, false, NotApplicable, Ok(NotSent)),
        ];
        for (order, disclosed, choice, expected) in table {
            let facts = NoticeFacts {
                disclosed,
                delay_order: order,
                now: now(),
            };
            assert_eq!(
                plan(&choice, &facts),
                expected,
                "{order:?} disclosed={disclosed} {choice:?}"
            );
        }
    }

    #[test]
    fn an_order_ending_today_still_binds_today() {
        let today = OrderTerm::Until {
            until: "2026-11-27".into(),
        };
        let facts = NoticeFacts {
            disclosed: true,
            delay_order: &today,
            now: now(),
        };
        assert!(plan(&NoticeChoice::NotifyNow, &facts).is_err());
        let tomorrow = now().plus(Duration::hours(12));
        assert_eq!(
            plan(&NoticeChoice::DelayUntilOrderEnds, &facts),
            Ok(NoticePlan::SendAt(tomorrow))
        );
    }
}
