//! The Regulation's clocks, all counted from when the provider received the order
//! (not from when anyone typed it into LERS), so that a request entered later by
//! intake staff or imported from an older queue keeps its true legal deadline.

use crate::clock::{Duration, Timestamp};

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

    /// When an EPOC-PR's preservation ends, without Form 5 or Form 6.
    pub fn preservation_end(self) -> Timestamp {
        self.received_at.plus(PRESERVATION)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
