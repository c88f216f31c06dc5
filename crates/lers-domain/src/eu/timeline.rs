//! What a request's timeline keeps of the EU events that say more than a status: the
//! enforcing authority's decision and a disclosure deadline the issuing authority
//! moved. The note holds these facts as JSON, never words, so that every reader's
//! page says them in the reader's language and time zone.

use serde::{Deserialize, Serialize};

/// The timeline kind whose note is an [`EaDecisionNote`].
pub const EA_DECISION: &str = "eu_ea_decision";
/// The timeline kind whose note is a [`DeadlineMovedNote`].
pub const DEADLINE_MOVED: &str = "eu_deadline_moved";

/// The enforcing authority's decision on an EU order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EaDecisionNote {
    /// `EaDecision::as_str`: `no_grounds`, `partial_grounds` or `full_refusal`.
    pub decision: String,
    /// The Art 12 ground raised (`RefusalGround::as_str`), if any.
    pub ground: Option<String>,
    /// Refused after data had been sent: the issuing authority must delete it.
    pub already_sent: bool,
}

/// A disclosure deadline moved by the issuing authority (instants in Unix
/// milliseconds).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineMovedNote {
    pub due: i64,
    pub previous: i64,
    /// Moved earlier (Art 10(2) emergency reasons, given in `reason`).
    pub earlier: bool,
    pub reason: Option<String>,
    /// The Regulation's own deadline, when the new one lies beyond it.
    pub beyond_regulation: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_round_trip_through_their_json() {
        let decision = EaDecisionNote {
            decision: "full_refusal".into(),
            ground: Some("dual_criminality".into()),
            already_sent: true,
        };
        let text = serde_json::to_string(&decision).unwrap_or_default();
        assert_eq!(
            serde_json::from_str::<EaDecisionNote>(&text).ok(),
            Some(decision)
        );
        let moved = DeadlineMovedNote {
            due: 1,
            previous: 2,
            earlier: true,
            reason: Some("leaving the Union".into()),
            beyond_regulation: None,
        };
        let text = serde_json::to_string(&moved).unwrap_or_default();
        assert_eq!(
            serde_json::from_str::<DeadlineMovedNote>(&text).ok(),
            Some(moved)
        );
    }
}
