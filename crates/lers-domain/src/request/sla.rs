//! How fast a request must be answered (service-level clocks), and how long a
//! preservation hold lasts.

use super::vocabulary::{LegalInstrument, RequestKind};
use crate::clock::{Duration, Timestamp};

/// First-action and answer times, configurable per kind and instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlaPolicy {
    pub emergency: Duration,
    pub eu_production_order: Duration,
    pub eu_production_order_urgent: Duration,
    pub default: Duration,
}

impl Default for SlaPolicy {
    fn default() -> Self {
        Self {
            emergency: Duration::hours(1),
            eu_production_order: Duration::days(10),
            eu_production_order_urgent: Duration::hours(8),
            default: Duration::days(30),
        }
    }
}

impl SlaPolicy {
    /// When the provider must have acted on a request submitted at `submitted_at`.
    /// An EU Production Order is urgent when the authority asked for an answer within
    /// a day of submission.
    pub fn due(
        &self,
        kind: RequestKind,
        instrument: Option<LegalInstrument>,
        submitted_at: Timestamp,
        requested_by: Option<Timestamp>,
    ) -> Timestamp {
        let span = match (kind, instrument) {
            (RequestKind::Emergency, _) => self.emergency,
            (_, Some(LegalInstrument::EuProductionOrder)) => {
                let urgent =
                    requested_by.is_some_and(|by| by.since(submitted_at) <= Duration::days(1));
                if urgent {
                    self.eu_production_order_urgent
                } else {
                    self.eu_production_order
                }
            }
            _ => self.default,
        };
        submitted_at.plus(span)
    }
}

/// Preservation periods: 90 days and one extension of 90 (US 18 U.S.C. § 2703(f)), or
/// 60 days and one extension of 30 for an EU European Preservation Order.
pub fn preservation_period(instrument: Option<LegalInstrument>, extension: bool) -> Duration {
    match (instrument, extension) {
        (Some(LegalInstrument::EuPreservationOrder), false) => Duration::days(60),
        (Some(LegalInstrument::EuPreservationOrder), true) => Duration::days(30),
        _ => Duration::days(90),
    }
}

/// How long before a hold expires the requester is warned.
pub const PRESERVATION_WARNING: Duration = Duration::days(14);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_issue() {
        let sla = SlaPolicy::default();
        let at = Timestamp::from_unix_millis(0);
        assert_eq!(
            sla.due(RequestKind::Emergency, None, at, None),
            at.plus(Duration::hours(1))
        );
        let epo = Some(LegalInstrument::EuProductionOrder);
        assert_eq!(
            sla.due(RequestKind::UserData, epo, at, None),
            at.plus(Duration::days(10))
        );
        assert_eq!(
            sla.due(
                RequestKind::UserData,
                epo,
                at,
                Some(at.plus(Duration::hours(12)))
            ),
            at.plus(Duration::hours(8))
        );
        assert_eq!(
            sla.due(
                RequestKind::UserData,
                Some(LegalInstrument::Subpoena),
                at,
                None
            ),
            at.plus(Duration::days(30))
        );
    }

    #[test]
    fn preservation_periods() {
        assert_eq!(
            preservation_period(Some(LegalInstrument::PreservationLetter), false),
            Duration::days(90)
        );
        assert_eq!(
            preservation_period(Some(LegalInstrument::PreservationLetter), true),
            Duration::days(90)
        );
        assert_eq!(
            preservation_period(Some(LegalInstrument::EuPreservationOrder), false),
            Duration::days(60)
        );
        assert_eq!(
            preservation_period(Some(LegalInstrument::EuPreservationOrder), true),
            Duration::days(30)
        );
    }
}
