//! How fast a request must be answered (service-level clocks), and how long a
//! preservation hold lasts.

use super::draft::SubmittedRequest;
use super::vocabulary::{LegalInstrument, RequestKind};
use crate::clock::{Duration, Timestamp};
use crate::eu::EuClocks;

/// First-action and answer times, configurable per kind. EU orders run on the
/// Regulation's own clocks ([`crate::eu::clocks`]); what is configurable for them is
/// only how soon an EPOC-PR, which must be executed "without undue delay", is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlaPolicy {
    pub emergency: Duration,
    pub eu_preservation_order: Duration,
    pub default: Duration,
}

impl Default for SlaPolicy {
    fn default() -> Self {
        Self {
            emergency: Duration::hours(1),
            eu_preservation_order: Duration::days(1),
            default: Duration::days(30),
        }
    }
}

impl SlaPolicy {
    /// When the provider must have acted on a request received at `received_at`. An
    /// EU order's emergency flag comes from its certificate (section B).
    pub fn due(&self, request: &SubmittedRequest, received_at: Timestamp) -> Timestamp {
        match (request.kind, &request.eu_order) {
            (RequestKind::Emergency, _) => received_at.plus(self.emergency),
            (RequestKind::EuProductionOrder, Some(order)) => EuClocks {
                received_at,
                emergency: order.emergency,
            }
            .production_due(),
            (RequestKind::EuPreservationOrder, _) => received_at.plus(self.eu_preservation_order),
            _ => received_at.plus(self.default),
        }
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

    fn request(kind: RequestKind, eu_emergency: Option<bool>) -> SubmittedRequest {
        let mut draft = crate::test_support::complete_draft();
        draft.eu_order = crate::test_support::eu_certificate();
        draft.eu_order.emergency = eu_emergency.unwrap_or(false);
        if kind == RequestKind::Emergency {
            draft.emergency = crate::test_support::emergency_details();
            draft.instrument = None;
        }
        draft
            .validate(kind, crate::test_support::today())
            .unwrap_or_else(|e| panic!("{kind} draft: {e:?}"))
    }

    #[test]
    fn defaults_follow_the_regulation_and_the_policy() {
        let sla = SlaPolicy::default();
        let at = Timestamp::from_unix_millis(1_790_000_000_000);
        assert_eq!(
            sla.due(&request(RequestKind::Emergency, None), at),
            at.plus(Duration::hours(1))
        );
        assert_eq!(
            sla.due(&request(RequestKind::EuProductionOrder, Some(false)), at),
            at.plus(Duration::days(10))
        );
        assert_eq!(
            sla.due(&request(RequestKind::EuProductionOrder, Some(true)), at),
            at.plus(Duration::hours(8))
        );
        assert_eq!(
            sla.due(&request(RequestKind::EuPreservationOrder, None), at),
            at.plus(Duration::days(1))
        );
        assert_eq!(
            sla.due(&request(RequestKind::UserData, None), at),
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
