//! Whether and when an affected user is told that their data was disclosed (DESIGN §2
//! "Notifying affected users"): notify, unless a valid delay-of-notice order is in
//! force (then notify when it ends), or the case involves child endangerment, a threat
//! to life, or a threat to the provider's services, rights or property. Every decision
//! has a recorded reason; an order with no end date is a ground to challenge.
//!
//! For an EU order (Art 13 of Regulation (EU) 2023/1543) the issuing authority decides:
//! its certificate's section H takes the place of a delay-of-notice order. A delay
//! "until the authority lifts it" schedules nothing and waits for the authority; unlike
//! an indefinite US order it is not a ground to challenge.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::clock::Timestamp;
use crate::eu::UserInformation;
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
    /// For an EU order: what the issuing authority said about informing the user
    /// (after it lifted a restriction, `NotRestricted`). It replaces `delay_order`.
    pub eu_user_information: Option<&'a UserInformation>,
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
    /// An EU order whose issuing authority asked the provider not to inform the user
    /// until it says so: nothing is scheduled until staff record that it lifted this.
    AwaitingIssuingAuthority,
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
    #[error("the issuing authority of this EU order asked that the user not be informed until it says so; delay until it lifts the restriction, or record an exemption")]
    AuthorityRestricts,
    #[error("there is no delay-of-notice order in force, so there is nothing to wait for")]
    NoOrder,
    #[error("write down the reason for the exemption")]
    ReasonMissing,
}

/// The day an order ending on `until` stops binding: the start of the next day, UTC.
fn order_end(until: Date) -> Option<Timestamp> {
    until.next_day().map(Timestamp::start_of)
}

/// What binds the provider's notice: nothing, an order until a moment, an order
/// without end (US), or the issuing authority of an EU order until it lifts it.
enum Restriction {
    None,
    Until(Timestamp),
    WithoutEnd,
    IssuingAuthority,
}

fn restriction(facts: &NoticeFacts<'_>) -> Restriction {
    let until = |date: &str| {
        parse_date(date)
            .and_then(order_end)
            .filter(|end| *end > facts.now)
            .map_or(Restriction::None, Restriction::Until)
    };
    match (facts.eu_user_information, facts.delay_order) {
        (Some(UserInformation::NotRestricted), _) => Restriction::None,
        (Some(UserInformation::DelayedUntil { until: date }), _) => until(date),
        (Some(UserInformation::DelayedUntilAuthorityLifts), _) => Restriction::IssuingAuthority,
        (None, OrderTerm::Until { until: date }) => until(date),
        (None, OrderTerm::Indefinite) => Restriction::WithoutEnd,
        (None, _) => Restriction::None,
    }
}

/// Decides what happens to one affected account's notice, or why the choice is not
/// lawful.
pub fn plan(choice: &NoticeChoice, facts: &NoticeFacts<'_>) -> Result<NoticePlan, NoticeRefusal> {
    let restriction = restriction(facts);
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
        (NoticeChoice::NotifyNow, true) => match restriction {
            Restriction::Until(end) => Err(NoticeRefusal::OrderInForce(
                end.date().previous_day().unwrap_or(end.date()).to_string(),
            )),
            Restriction::WithoutEnd => Err(NoticeRefusal::OrderWithoutEnd),
            Restriction::IssuingAuthority => Err(NoticeRefusal::AuthorityRestricts),
            Restriction::None => Ok(NoticePlan::SendAt(facts.now)),
        },
        (NoticeChoice::DelayUntilOrderEnds, true) => match restriction {
            Restriction::Until(end) => Ok(NoticePlan::SendAt(end)),
            Restriction::WithoutEnd => Ok(NoticePlan::AwaitingOrderWithoutEnd),
            Restriction::IssuingAuthority => Ok(NoticePlan::AwaitingIssuingAuthority),
            Restriction::None => Err(NoticeRefusal::NoOrder),
        },
    }
}

/// The issuing authority's restriction once staff recorded that it lifted it.
pub fn lifted(information: &UserInformation, lifted: bool) -> UserInformation {
    if lifted {
        UserInformation::NotRestricted
    } else {
        information.clone()
    }
}

/// Staff may record that the issuing authority lifted its restriction only while one
/// is in force and was not lifted already.
pub fn may_lift(information: &UserInformation, already_lifted: bool) -> Result<(), LiftRefusal> {
    match (information, already_lifted) {
        (_, true) => Err(LiftRefusal::AlreadyLifted),
        (UserInformation::NotRestricted, false) => Err(LiftRefusal::NotRestricted),
        _ => Ok(()),
    }
}

#[derive(Clone, Copy, Debug, thiserror::Error, PartialEq, Eq)]
pub enum LiftRefusal {
    #[error(
        "the issuing authority did not restrict informing the user, so there is nothing to lift"
    )]
    NotRestricted,
    #[error("the issuing authority's restriction was already lifted")]
    AlreadyLifted,
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
                eu_user_information: None,
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
            eu_user_information: None,
            now: now(),
        };
        assert!(plan(&NoticeChoice::NotifyNow, &facts).is_err());
        let tomorrow = now().plus(Duration::hours(12));
        assert_eq!(
            plan(&NoticeChoice::DelayUntilOrderEnds, &facts),
            Ok(NoticePlan::SendAt(tomorrow))
        );
    }

    /// EU orders follow the issuing authority (Art 13): its section H replaces any
    /// delay-of-notice order, and waiting for it to lift a restriction is no ground to
    /// challenge.
    #[test]
    fn the_eu_decision_table() {
        let none = OrderTerm::None;
        let indefinite = OrderTerm::Indefinite;
        let free = UserInformation::NotRestricted;
        let until = UserInformation::DelayedUntil {
            until: "2027-01-31".into(),
        };
        let ended = UserInformation::DelayedUntil {
            until: "2026-01-31".into(),
        };
        let authority = UserInformation::DelayedUntilAuthorityLifts;
        let end = Timestamp::parse_rfc3339("2027-02-01T00:00:00Z").unwrap_or(now());
        use NoticeChoice::*;
        use NoticePlan::*;
        use NoticeRefusal::*;
        let table: Vec<(
            &OrderTerm,
            &UserInformation,
            NoticeChoice,
            Result<NoticePlan, NoticeRefusal>,
        )> = vec![
            (&none, &free, NotifyNow, Ok(SendAt(now()))),
            (&none, &free, DelayUntilOrderEnds, Err(NoOrder)),
            // The certificate wins over a stray delay order in the general fields.
            (&indefinite, &free, NotifyNow, Ok(SendAt(now()))),
            (
                &none,
                &until,
                NotifyNow,
                Err(OrderInForce("2027-01-31".into())),
            ),
            (&none, &until, DelayUntilOrderEnds, Ok(SendAt(end))),
            (&none, &ended, NotifyNow, Ok(SendAt(now()))),
            (&none, &authority, NotifyNow, Err(AuthorityRestricts)),
            (
                &none,
                &authority,
                DelayUntilOrderEnds,
                Ok(AwaitingIssuingAuthority),
            ),
            (
                &none,
                &authority,
                Exempt {
                    exemption: Exemption::ThreatToLife,
                    reason: "Threat to life.".into(),
                },
                Ok(NotSent),
            ),
        ];
        for (order, information, choice, expected) in table {
            let facts = NoticeFacts {
                disclosed: true,
                delay_order: order,
                eu_user_information: Some(information),
                now: now(),
            };
            assert_eq!(
                plan(&choice, &facts),
                expected,
                "{information:?} {choice:?}"
            );
        }
    }

    #[test]
    fn the_issuing_authority_lifts_its_restriction_once() {
        let authority = UserInformation::DelayedUntilAuthorityLifts;
        assert_eq!(may_lift(&authority, false), Ok(()));
        assert_eq!(may_lift(&authority, true), Err(LiftRefusal::AlreadyLifted));
        assert_eq!(
            may_lift(&UserInformation::NotRestricted, false),
            Err(LiftRefusal::NotRestricted)
        );
        let after = lifted(&authority, true);
        let facts = NoticeFacts {
            disclosed: true,
            delay_order: &OrderTerm::None,
            eu_user_information: Some(&after),
            now: now(),
        };
        assert_eq!(
            plan(&NoticeChoice::NotifyNow, &facts),
            Ok(NoticePlan::SendAt(now()))
        );
        assert_eq!(lifted(&authority, false), authority);
    }
}
