//! The enforcing-authority (EA) hold (Art 10(2), 10(4) and 12 of Regulation (EU)
//! 2023/1543). When the issuing authority notified an EA, the data produced for an
//! EPOC is *held*: the requester cannot download it until the EA window ends (10 days,
//! or 96 hours in an emergency, from receipt) or the EA confirms it raises no ground
//! for refusal, and never when the EA refuses. In an emergency the data goes out
//! within 8 hours anyway; if the EA then refuses, the issuing authority must delete or
//! restrict what it already received.
//!
//! The store reads the facts ([`HoldFacts`]) inside the transaction of a delivery, a
//! download or an EA decision and calls these rules before writing.

use serde::{Deserialize, Serialize};

use super::{EuClocks, EuOrder};
use crate::account::{Account, AccountKind, Role};
use crate::clock::Timestamp;
use crate::request::RequestKind;
use crate::text::check_single_line;

/// The longest description of the data partial grounds cover.
const MAX_DATA: usize = 500;

/// Who records an enforcing authority's decision or a Form 3 answer.
pub const DECIDERS: [Role; 2] = [Role::Reviewer, Role::Approver];
/// Who records that an issuing authority lifted its restriction on informing the user.
pub const NOTICE_LIFTERS: [Role; 1] = [Role::Reviewer];

/// Whether `account` is staff holding one of `roles`.
pub fn holds_any(account: &Account, roles: &[Role]) -> bool {
    account.kind == AccountKind::Staff && roles.iter().any(|r| account.roles.contains(*r))
}

/// The grounds an EA may raise (Art 12(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusalGround {
    /// Immunities or privileges, or rules on the freedom of the press and of
    /// expression in other media (Art 12(1)(a)).
    ImmunitiesOrPrivileges,
    /// A manifest breach of a fundamental right (Art 12(1)(b)).
    FundamentalRights,
    /// Ne bis in idem (Art 12(1)(c)).
    NeBisInIdem,
    /// The conduct is not an offence in the enforcing state (Art 12(1)(d)).
    DualCriminality,
}

impl RefusalGround {
    pub const ALL: [RefusalGround; 4] = [
        Self::ImmunitiesOrPrivileges,
        Self::FundamentalRights,
        Self::NeBisInIdem,
        Self::DualCriminality,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ImmunitiesOrPrivileges => "immunities_or_privileges",
            Self::FundamentalRights => "fundamental_rights",
            Self::NeBisInIdem => "ne_bis_in_idem",
            Self::DualCriminality => "dual_criminality",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == text)
    }
}

/// What the EA decided (the EU profile's NoGroundsForRefusal, PartialGroundsForRefusal,
/// FullGroundsForRefusal).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum EaDecision {
    NoGrounds,
    /// Grounds against part of the data: `data` says which part may not be released.
    PartialGrounds {
        ground: RefusalGround,
        data: String,
    },
    FullRefusal {
        ground: RefusalGround,
    },
}

impl EaDecision {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::NoGrounds => "no_grounds",
            Self::PartialGrounds { .. } => "partial_grounds",
            Self::FullRefusal { .. } => "full_refusal",
        }
    }

    pub fn ground(&self) -> Option<RefusalGround> {
        match self {
            Self::NoGrounds => None,
            Self::PartialGrounds { ground, .. } | Self::FullRefusal { ground } => Some(*ground),
        }
    }

    /// Builds a decision from its stored or posted parts, or says which part is wrong.
    pub fn from_parts(
        decision: &str,
        ground: Option<&str>,
        data: &str,
    ) -> Result<Self, EaDecisionProblem> {
        let ground = || {
            ground
                .and_then(RefusalGround::parse)
                .ok_or(EaDecisionProblem::GroundMissing)
        };
        match decision {
            "no_grounds" => Ok(Self::NoGrounds),
            "partial_grounds" => {
                let ground = ground()?;
                let data = data.trim();
                if data.is_empty() {
                    return Err(EaDecisionProblem::DataMissing);
                }
                // The description reaches the timeline and the requester's page.
                if data.chars().count() > MAX_DATA || check_single_line(data).is_err() {
                    return Err(EaDecisionProblem::DataUnreadable);
                }
                Ok(Self::PartialGrounds {
                    ground,
                    data: data.to_owned(),
                })
            }
            "full_refusal" => Ok(Self::FullRefusal { ground: ground()? }),
            _ => Err(EaDecisionProblem::DecisionMissing),
        }
    }
}

/// Why a posted EA decision is incomplete (each names its form field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EaDecisionProblem {
    #[error("choose what the enforcing authority decided")]
    DecisionMissing,
    #[error("choose the Art 12 ground the enforcing authority raised")]
    GroundMissing,
    #[error("say which data the enforcing authority's grounds cover (it is not released)")]
    DataMissing,
    #[error("describe the data covered in one line of at most 500 characters, without control characters")]
    DataUnreadable,
}

impl EaDecisionProblem {
    pub fn field(self) -> &'static str {
        match self {
            Self::DecisionMissing => "ea_decision",
            Self::GroundMissing => "ea_ground",
            Self::DataMissing | Self::DataUnreadable => "ea_data",
        }
    }
}

/// What the store reads for the hold of one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HoldFacts {
    pub clocks: EuClocks,
    /// An EA was notified (section K of the certificate).
    pub ea_notified: bool,
    /// The EA's decision, if one was recorded: `Some(true)` for a full refusal,
    /// `Some(false)` for no or partial grounds.
    pub refused: Option<bool>,
    /// When the EA raised partial grounds: productions delivered before then may hold
    /// the data they cover and stay held.
    pub partial_grounds_at: Option<Timestamp>,
}

impl HoldFacts {
    /// The facts of an order of `kind` received at `received_at`. Only a production
    /// order is held (Art 8 and 10(2)): a preservation order produces nothing, so its
    /// enforcing authority holds nothing.
    pub fn of(
        order: &EuOrder,
        kind: RequestKind,
        received_at: Timestamp,
        refused: Option<bool>,
    ) -> Self {
        Self {
            clocks: EuClocks {
                received_at,
                emergency: order.emergency,
            },
            ea_notified: order.enforcing_authority_notified()
                && kind == RequestKind::EuProductionOrder,
            refused,
            partial_grounds_at: None,
        }
    }

    /// The EA raised partial grounds at `decided_at`.
    pub fn with_partial_grounds_at(self, decided_at: Option<Timestamp>) -> Self {
        Self {
            partial_grounds_at: decided_at,
            ..self
        }
    }
}

/// Where the data of an EU order stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Release {
    /// No EA was notified: nothing holds the data.
    NotHeld,
    /// Held until the EA window ends (or the EA confirms no grounds).
    Held { until: Timestamp },
    /// An emergency: the data may go out now, but the EA may still refuse until
    /// `until`, and then the issuing authority must delete or restrict it.
    EmergencyProvisional { until: Timestamp },
    /// The window ended, or the EA raised no (or only partial) grounds.
    Released,
    /// The EA refused: the data is never released.
    Refused,
}

impl Release {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotHeld => "not_held",
            Self::Held { .. } => "held",
            Self::EmergencyProvisional { .. } => "emergency_provisional",
            Self::Released => "released",
            Self::Refused => "refused",
        }
    }

    /// When the hold (or the window of an emergency) ends, if it still runs.
    pub fn until(self) -> Option<Timestamp> {
        match self {
            Self::Held { until } | Self::EmergencyProvisional { until } => Some(until),
            _ => None,
        }
    }
}

/// Why the EA hold stops an action.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EaRefusal {
    #[error("held for the enforcing authority until {0} (EA window); the files can be downloaded after that, or earlier if the enforcing authority confirms it raises no ground for refusal")]
    Held(Timestamp),
    #[error("refused by the enforcing authority: this data is never released")]
    RefusedByEa,
    #[error("this production was delivered before the enforcing authority raised partial grounds for refusal on {0}, so it may hold data they cover and is not released; the provider delivers a new production without that data")]
    CoveredByPartialGrounds(Timestamp),
    #[error("no enforcing authority was notified of this order, so there is no enforcing-authority decision to record")]
    NoEaNotified,
    #[error("the enforcing authority's decision on this order is already recorded")]
    AlreadyDecided,
    #[error("the enforcing authority's window ended at {0}; grounds for refusal can no longer be raised")]
    WindowClosed(Timestamp),
}

/// Where the data of the order stands at `now`.
pub fn release(facts: &HoldFacts, now: Timestamp) -> Release {
    if !facts.ea_notified {
        return Release::NotHeld;
    }
    match facts.refused {
        Some(true) => return Release::Refused,
        Some(false) => return Release::Released,
        None => {}
    }
    let until = facts.clocks.ea_window_end();
    if now >= until {
        Release::Released
    } else if facts.clocks.emergency {
        Release::EmergencyProvisional { until }
    } else {
        Release::Held { until }
    }
}

/// A producer hands a production over: allowed while held (the requester waits for
/// the release to download it), never after the EA refused.
pub fn may_deliver(facts: &HoldFacts, now: Timestamp) -> Result<(), EaRefusal> {
    match release(facts, now) {
        Release::Refused => Err(EaRefusal::RefusedByEa),
        _ => Ok(()),
    }
}

/// The requester downloads a production delivered at `delivered_at`: only once
/// released (or, in an emergency, provisionally), and after partial grounds only a
/// production delivered after the decision (made without the data they cover).
pub fn may_download(
    facts: &HoldFacts,
    now: Timestamp,
    delivered_at: Option<Timestamp>,
) -> Result<(), EaRefusal> {
    match release(facts, now) {
        Release::Held { until } => Err(EaRefusal::Held(until)),
        Release::Refused => Err(EaRefusal::RefusedByEa),
        _ => match facts.partial_grounds_at {
            Some(decided) if delivered_at.is_none_or(|at| at < decided) => {
                Err(EaRefusal::CoveredByPartialGrounds(decided))
            }
            _ => Ok(()),
        },
    }
}

/// Staff record the EA's decision: only when an EA was notified, once, and grounds for
/// refusal only within the EA window (a late "no grounds" changes nothing and is
/// still recorded).
pub fn may_record(
    facts: &HoldFacts,
    decision: &EaDecision,
    now: Timestamp,
) -> Result<(), EaRefusal> {
    if !facts.ea_notified {
        return Err(EaRefusal::NoEaNotified);
    }
    if facts.refused.is_some() {
        return Err(EaRefusal::AlreadyDecided);
    }
    let end = facts.clocks.ea_window_end();
    if decision.ground().is_some() && now >= end {
        return Err(EaRefusal::WindowClosed(end));
    }
    Ok(())
}

/// After a full refusal: data already delivered (an emergency produced within the
/// 8 hours) must be deleted or restricted by the issuing authority, who is told so.
/// Outside an emergency a delivered production was still held, so nothing was sent.
pub fn authority_must_delete(facts: &HoldFacts, decision: &EaDecision, delivered: bool) -> bool {
    matches!(decision, EaDecision::FullRefusal { .. }) && delivered && facts.clocks.emergency
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Duration;

    fn received() -> Timestamp {
        Timestamp::from_unix_millis(1_790_000_000_000)
    }

    fn facts(emergency: bool, ea_notified: bool, refused: Option<bool>) -> HoldFacts {
        HoldFacts {
            clocks: EuClocks {
                received_at: received(),
                emergency,
            },
            ea_notified,
            refused,
            partial_grounds_at: None,
        }
    }

    #[test]
    fn after_partial_grounds_only_productions_delivered_later_are_released() {
        let decided = received().plus(Duration::days(3));
        let partial = HoldFacts {
            refused: Some(false),
            ..facts(false, true, None)
        }
        .with_partial_grounds_at(Some(decided));
        let later = received().plus(Duration::days(4));
        assert_eq!(release(&partial, later), Release::Released);
        assert_eq!(
            may_download(&partial, later, Some(received().plus(Duration::days(2)))),
            Err(EaRefusal::CoveredByPartialGrounds(decided))
        );
        assert_eq!(
            may_download(&partial, later, Some(decided.plus(Duration::hours(1)))),
            Ok(())
        );
    }

    #[test]
    fn without_an_ea_nothing_is_held() {
        let f = facts(false, false, None);
        assert_eq!(release(&f, received()), Release::NotHeld);
        assert_eq!(may_download(&f, received(), None), Ok(()));
        assert_eq!(
            may_record(&f, &EaDecision::NoGrounds, received()),
            Err(EaRefusal::NoEaNotified)
        );
    }

    #[test]
    fn held_for_ten_days_then_released_without_a_job() {
        let f = facts(false, true, None);
        let end = received().plus(Duration::days(10));
        let just_before = end.minus(Duration::seconds(1));
        assert_eq!(release(&f, just_before), Release::Held { until: end });
        assert_eq!(may_deliver(&f, just_before), Ok(()));
        assert_eq!(
            may_download(&f, just_before, None),
            Err(EaRefusal::Held(end))
        );
        assert!(EaRefusal::Held(end)
            .to_string()
            .starts_with("held for the enforcing authority until"));
        assert_eq!(release(&f, end), Release::Released);
        assert_eq!(may_download(&f, end, None), Ok(()));
    }

    #[test]
    fn no_grounds_releases_early_and_a_refusal_never_releases() {
        let early = received().plus(Duration::hours(1));
        assert_eq!(
            release(&facts(false, true, Some(false)), early),
            Release::Released
        );
        let refused = facts(false, true, Some(true));
        let later = received().plus(Duration::days(400));
        assert_eq!(release(&refused, later), Release::Refused);
        assert_eq!(may_deliver(&refused, later), Err(EaRefusal::RefusedByEa));
        assert_eq!(
            may_download(&refused, later, None),
            Err(EaRefusal::RefusedByEa)
        );
    }

    #[test]
    fn an_emergency_is_produced_at_once_and_may_be_refused_for_96_hours() {
        let f = facts(true, true, None);
        let at = received().plus(Duration::hours(7));
        let end = received().plus(Duration::hours(96));
        assert_eq!(
            release(&f, at),
            Release::EmergencyProvisional { until: end }
        );
        assert_eq!(may_download(&f, at, None), Ok(()));
        let refusal = EaDecision::FullRefusal {
            ground: RefusalGround::FundamentalRights,
        };
        assert_eq!(may_record(&f, &refusal, at), Ok(()));
        assert_eq!(
            may_record(&f, &refusal, end),
            Err(EaRefusal::WindowClosed(end))
        );
        assert_eq!(may_record(&f, &EaDecision::NoGrounds, end), Ok(()));
        assert!(authority_must_delete(&f, &refusal, true));
        assert!(!authority_must_delete(&f, &refusal, false));
        assert!(!authority_must_delete(&f, &EaDecision::NoGrounds, true));
        // Outside an emergency a delivered production was still held: nothing was sent.
        assert!(!authority_must_delete(
            &facts(false, true, None),
            &refusal,
            true
        ));
    }

    #[test]
    fn only_a_production_order_is_held() -> Result<(), Vec<crate::account::FieldError>> {
        let mut draft = crate::test_support::complete_draft();
        draft.instrument = None;
        draft.data_categories = Vec::new();
        draft.eu_order = crate::test_support::eu_certificate();
        let order = draft
            .validate(RequestKind::EuProductionOrder, crate::test_support::today())?
            .eu_order
            .ok_or_else(Vec::new)?;
        let held = HoldFacts::of(&order, RequestKind::EuProductionOrder, received(), None);
        assert_eq!(held, facts(false, true, None));
        let preserved = HoldFacts::of(&order, RequestKind::EuPreservationOrder, received(), None);
        assert_eq!(release(&preserved, received()), Release::NotHeld);
        Ok(())
    }

    #[test]
    fn one_decision_per_order() {
        for refused in [true, false] {
            assert_eq!(
                may_record(
                    &facts(false, true, Some(refused)),
                    &EaDecision::NoGrounds,
                    received()
                ),
                Err(EaRefusal::AlreadyDecided)
            );
        }
    }

    #[test]
    fn decisions_are_built_from_their_parts() {
        assert_eq!(
            EaDecision::from_parts("no_grounds", None, ""),
            Ok(EaDecision::NoGrounds)
        );
        assert_eq!(
            EaDecision::from_parts("full_refusal", Some("ne_bis_in_idem"), ""),
            Ok(EaDecision::FullRefusal {
                ground: RefusalGround::NeBisInIdem
            })
        );
        assert_eq!(
            EaDecision::from_parts("full_refusal", Some("whim"), ""),
            Err(EaDecisionProblem::GroundMissing)
        );
        let partial = EaDecision::from_parts("partial_grounds", Some("dual_criminality"), " ");
        assert_eq!(partial, Err(EaDecisionProblem::DataMissing));
        let hostile = EaDecision::from_parts(
            "partial_grounds",
            Some("dual_criminality"),
            "messages\u{202e}txt.exe",
        );
        assert_eq!(hostile, Err(EaDecisionProblem::DataUnreadable));
        assert_eq!(EaDecisionProblem::DataMissing.field(), "ea_data");
        assert_eq!(
            EaDecision::from_parts("maybe", None, ""),
            Err(EaDecisionProblem::DecisionMissing)
        );
        for ground in RefusalGround::ALL {
            assert_eq!(RefusalGround::parse(ground.as_str()), Some(ground));
        }
    }
}
