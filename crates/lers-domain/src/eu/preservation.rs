//! How long the provider keeps the data an EU order names (Art 10(1), Art 11), from
//! stored facts only, so that the clock shown and the expiry jobs survive a restart:
//!
//! - an EPOC preserves from receipt until its request is over (produced and closed,
//!   withdrawn, refused, …);
//! - an EPOC-PR preserves from receipt for 60 days; the issuing authority may extend
//!   once by 30 days (Annex VI, "Form 6") or confirm that a production order is coming
//!   (Annex V, "Form 5"), after which the data is kept until that EPOC arrives and
//!   takes the preservation over (it names the EPOC-PR in its section D).

use serde::Serialize;

use super::clocks::{EuClocks, FORM6_EXTENSION};
use crate::clock::{Duration, Timestamp};
use crate::request::sla::PRESERVATION_WARNING;
use crate::request::RequestKind;

/// Why a preservation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PreservationEnd {
    /// The EPOC-PR's period ran out.
    Expired,
    /// The EPOC that followed an EPOC-PR took the preservation over.
    TakenOver,
    /// The request is over (closed, withdrawn, refused, …).
    RequestOver,
}

impl PreservationEnd {
    pub const ALL: [Self; 3] = [Self::Expired, Self::TakenOver, Self::RequestOver];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Expired => "expired",
            Self::TakenOver => "taken_over",
            Self::RequestOver => "request_over",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == text)
    }
}

/// How long one lease of the account directory's hold runs, and how soon it is renewed:
/// if LERS stopped renewing, the data would be let go at most 30 days later.
pub const DIRECTORY_LEASE: Duration = Duration::days(30);
pub const LEASE_RENEWAL: Duration = Duration::days(20);

/// Until when the data is kept, as the clock shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "until", rename_all = "snake_case")]
pub enum KeptUntil {
    /// A fixed end (an EPOC-PR's 60 days, or 90 after a Form 6).
    At { at: Timestamp },
    /// An EPOC: until its request is over.
    RequestOver,
    /// An EPOC-PR after a Form 5: until the announced EPOC arrives.
    SubsequentOrder,
    /// Not any more.
    Ended { at: Timestamp, how: PreservationEnd },
}

/// A typed "no" to a Form 5 or Form 6.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EuPreservationRefusal {
    #[error("Form 5 and Form 6 apply only to a European Preservation Order (EPOC-PR)")]
    NotAPreservationOrder,
    #[error("this preservation has already ended; it cannot be extended or kept any longer")]
    Ended,
    #[error("this preservation was already extended by a Form 6; the Regulation allows one extension only")]
    AlreadyExtended,
    #[error("a Form 5 already keeps this data until the production order arrives; a Form 6 adds nothing")]
    AwaitingProductionOrder,
}

/// The stored facts of one EU order's preservation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EuPreservation {
    pub kind: RequestKind,
    pub clocks: EuClocks,
    /// When a Form 6 (30 more days) was recorded.
    pub extended_at: Option<Timestamp>,
    /// When a Form 5 (a production order is coming) was recorded.
    pub awaiting_since: Option<Timestamp>,
    /// When and how it ended, if the store recorded an end.
    pub ended: Option<(Timestamp, PreservationEnd)>,
    /// When the request stopped being open (closed, withdrawn, fulfilled, …), if it
    /// did: an EU order's preservation never outlives its request.
    pub request_over_at: Option<Timestamp>,
}

impl EuPreservation {
    /// When the data may be let go, if there is a fixed end (what expiry jobs run at).
    pub fn expires_at(&self) -> Option<Timestamp> {
        if self.kind != RequestKind::EuPreservationOrder || self.awaiting_since.is_some() {
            return None;
        }
        let end = self.clocks.preservation_end();
        Some(match self.extended_at {
            Some(_) => end.plus(FORM6_EXTENSION),
            None => end,
        })
    }

    /// When the requester is warned that the preservation ends soon.
    pub fn warning_at(&self) -> Option<Timestamp> {
        self.expires_at().map(|end| end.minus(PRESERVATION_WARNING))
    }

    /// Until when the data is kept, as of `now`.
    pub fn kept_until(&self, now: Timestamp) -> KeptUntil {
        if let Some((at, how)) = self.ended {
            return KeptUntil::Ended { at, how };
        }
        if let Some(at) = self.request_over_at {
            return KeptUntil::Ended {
                at,
                how: PreservationEnd::RequestOver,
            };
        }
        match (self.kind, self.expires_at()) {
            (_, Some(at)) if at <= now => KeptUntil::Ended {
                at,
                how: PreservationEnd::Expired,
            },
            (_, Some(at)) => KeptUntil::At { at },
            (RequestKind::EuPreservationOrder, None) => KeptUntil::SubsequentOrder,
            _ => KeptUntil::RequestOver,
        }
    }

    /// The account directory's hold has an end; a preservation without one (an EPOC
    /// until its request is over, an EPOC-PR after a Form 5) is held by a lease of
    /// [`DIRECTORY_LEASE`] renewed every [`LEASE_RENEWAL`] while it is in force: the
    /// lease until, and when to renew it. `None` when a fixed end is held instead, or
    /// nothing is kept any more.
    pub fn directory_lease(&self, now: Timestamp) -> Option<(Timestamp, Timestamp)> {
        (self.expires_at().is_none() && self.in_force(now))
            .then(|| (now.plus(DIRECTORY_LEASE), now.plus(LEASE_RENEWAL)))
    }

    pub fn in_force(&self, now: Timestamp) -> bool {
        !matches!(self.kept_until(now), KeptUntil::Ended { .. })
    }

    fn may_change(&self, now: Timestamp) -> Result<(), EuPreservationRefusal> {
        if self.kind != RequestKind::EuPreservationOrder {
            return Err(EuPreservationRefusal::NotAPreservationOrder);
        }
        if !self.in_force(now) {
            return Err(EuPreservationRefusal::Ended);
        }
        Ok(())
    }

    /// A Form 6 recorded at `now`: the new end, or why not.
    pub fn extend(&self, now: Timestamp) -> Result<Timestamp, EuPreservationRefusal> {
        self.may_change(now)?;
        if self.extended_at.is_some() {
            return Err(EuPreservationRefusal::AlreadyExtended);
        }
        if self.awaiting_since.is_some() {
            return Err(EuPreservationRefusal::AwaitingProductionOrder);
        }
        Ok(self.clocks.preservation_end().plus(FORM6_EXTENSION))
    }

    /// A Form 5 recorded at `now`. Recording it again changes nothing and is allowed
    /// (the same confirmation may come on paper and through the portal).
    pub fn await_production_order(&self, now: Timestamp) -> Result<(), EuPreservationRefusal> {
        self.may_change(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECEIVED: Timestamp = Timestamp::from_unix_millis(1_790_000_000_000);

    fn order(kind: RequestKind) -> EuPreservation {
        EuPreservation {
            kind,
            clocks: EuClocks {
                received_at: RECEIVED,
                emergency: false,
            },
            extended_at: None,
            awaiting_since: None,
            ended: None,
            request_over_at: None,
        }
    }

    fn day(n: i64) -> Timestamp {
        RECEIVED.plus(Duration::days(n))
    }

    #[test]
    fn preservations_without_an_end_are_held_by_a_renewed_lease() {
        let mut epoc = order(RequestKind::EuProductionOrder);
        assert_eq!(
            epoc.directory_lease(day(5)),
            Some((day(35), day(25))),
            "held 30 days, renewed after 20"
        );
        epoc.request_over_at = Some(day(6));
        assert_eq!(
            epoc.directory_lease(day(25)),
            None,
            "over: the lease lapses"
        );
        let mut pr = order(RequestKind::EuPreservationOrder);
        assert_eq!(
            pr.directory_lease(day(5)),
            None,
            "a fixed end is held instead"
        );
        pr.awaiting_since = Some(day(50));
        assert_eq!(pr.directory_lease(day(50)), Some((day(80), day(70))));
    }

    #[test]
    fn an_epoc_preserves_from_receipt_until_its_request_is_over() {
        let mut epoc = order(RequestKind::EuProductionOrder);
        assert_eq!(epoc.expires_at(), None);
        assert_eq!(epoc.kept_until(day(400)), KeptUntil::RequestOver);
        assert!(epoc.in_force(RECEIVED));
        epoc.request_over_at = Some(day(20));
        assert!(!epoc.in_force(day(21)));
        assert_eq!(
            epoc.kept_until(day(21)),
            KeptUntil::Ended {
                at: day(20),
                how: PreservationEnd::RequestOver
            }
        );
        assert_eq!(
            epoc.extend(day(1)),
            Err(EuPreservationRefusal::NotAPreservationOrder)
        );
    }

    #[test]
    fn an_epoc_pr_preserves_sixty_days_and_warns_before() {
        let pr = order(RequestKind::EuPreservationOrder);
        assert_eq!(pr.expires_at(), Some(day(60)));
        assert_eq!(pr.warning_at(), Some(day(46)));
        assert_eq!(pr.kept_until(day(59)), KeptUntil::At { at: day(60) });
        assert_eq!(
            pr.kept_until(day(60)),
            KeptUntil::Ended {
                at: day(60),
                how: PreservationEnd::Expired
            }
        );
    }

    #[test]
    fn form_6_extends_by_thirty_days_once() {
        let mut pr = order(RequestKind::EuPreservationOrder);
        assert_eq!(pr.extend(day(50)), Ok(day(90)));
        pr.extended_at = Some(day(50));
        assert_eq!(pr.expires_at(), Some(day(90)));
        assert_eq!(
            pr.extend(day(51)),
            Err(EuPreservationRefusal::AlreadyExtended)
        );
    }

    #[test]
    fn form_6_after_the_end_or_on_an_epoc_is_refused() {
        let pr = order(RequestKind::EuPreservationOrder);
        assert_eq!(pr.extend(day(61)), Err(EuPreservationRefusal::Ended));
        let mut taken = pr;
        taken.ended = Some((day(10), PreservationEnd::TakenOver));
        assert_eq!(taken.extend(day(11)), Err(EuPreservationRefusal::Ended));
        assert_eq!(
            taken.await_production_order(day(11)),
            Err(EuPreservationRefusal::Ended)
        );
        let mut withdrawn = pr;
        withdrawn.request_over_at = Some(day(1));
        assert_eq!(withdrawn.extend(day(1)), Err(EuPreservationRefusal::Ended));
        assert_eq!(
            order(RequestKind::EuProductionOrder).await_production_order(day(1)),
            Err(EuPreservationRefusal::NotAPreservationOrder)
        );
    }

    #[test]
    fn form_5_keeps_the_data_until_the_production_order_arrives() {
        let mut pr = order(RequestKind::EuPreservationOrder);
        assert_eq!(pr.await_production_order(day(30)), Ok(()));
        pr.awaiting_since = Some(day(30));
        assert_eq!(pr.expires_at(), None);
        assert_eq!(pr.warning_at(), None);
        assert_eq!(pr.kept_until(day(200)), KeptUntil::SubsequentOrder);
        assert_eq!(
            pr.extend(day(31)),
            Err(EuPreservationRefusal::AwaitingProductionOrder)
        );
        assert_eq!(pr.await_production_order(day(200)), Ok(()), "idempotent");
        pr.ended = Some((day(201), PreservationEnd::TakenOver));
        assert_eq!(
            pr.kept_until(day(202)),
            KeptUntil::Ended {
                at: day(201),
                how: PreservationEnd::TakenOver
            }
        );
    }

    #[test]
    fn form_5_after_form_6_lifts_the_extended_end() {
        let mut pr = order(RequestKind::EuPreservationOrder);
        pr.extended_at = Some(day(50));
        assert_eq!(pr.await_production_order(day(80)), Ok(()));
        pr.awaiting_since = Some(day(80));
        assert_eq!(pr.kept_until(day(120)), KeptUntil::SubsequentOrder);
    }

    #[test]
    fn ends_read_back() {
        for end in PreservationEnd::ALL {
            assert_eq!(PreservationEnd::parse(end.as_str()), Some(end));
        }
    }
}
