//! The workload dashboard's figures over a period (issue 18 §5): time to first action
//! and the share decided on time, per kind of request, from each case's timing.
//!
//! - A case counts for a period when it was received within it.
//! - Its first action is the earliest of: a saved review, a decision, a call-back, a
//!   message from the response team to the requester.
//! - Time to first action is the median over the cases with one (minutes).
//! - A case's clock is *settled* once it was decided or its due time has passed;
//!   "decided on time" is the share of settled cases decided no later than due
//!   (basis points). Cases without a due time are left out of the share.

use crate::clock::{Duration, Timestamp};
use crate::request::RequestKind;

/// What the dashboard knows of one case.
#[derive(Clone, Copy, Debug)]
pub struct CaseTiming {
    pub kind: RequestKind,
    pub received_at: Timestamp,
    pub first_action_at: Option<Timestamp>,
    pub due_at: Option<Timestamp>,
    pub decided_at: Option<Timestamp>,
}

/// One kind's figures over a period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindPerformance {
    pub kind: RequestKind,
    pub received: u64,
    /// Median minutes from receipt to the first action; `None` when nothing was done.
    pub median_first_action_minutes: Option<i64>,
    pub settled: u64,
    pub decided_on_time: u64,
}

impl KindPerformance {
    /// Decided on time, in basis points of the settled cases.
    pub fn on_time_basis_points(&self) -> Option<u64> {
        (self.settled > 0).then(|| self.decided_on_time * 10_000 / self.settled)
    }
}

/// The figures per kind (in [`RequestKind`] order, kinds with no case left out) of
/// the cases received in the `period` before `now`.
pub fn performance(cases: &[CaseTiming], now: Timestamp, period: Duration) -> Vec<KindPerformance> {
    let since = now.minus(period);
    let mut out: Vec<KindPerformance> = Vec::new();
    for kind in RequestKind::ALL.iter().copied() {
        let of_kind: Vec<&CaseTiming> = cases
            .iter()
            .filter(|c| c.kind == kind && c.received_at >= since && c.received_at <= now)
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let mut waits: Vec<i64> = of_kind
            .iter()
            .filter_map(|c| {
                c.first_action_at
                    .map(|a| a.since(c.received_at).as_seconds().max(0) / 60)
            })
            .collect();
        waits.sort_unstable();
        let median = match waits.len() {
            0 => None,
            n if n % 2 == 1 => Some(waits[n / 2]),
            n => Some((waits[n / 2 - 1] + waits[n / 2]) / 2),
        };
        let settled: Vec<&&CaseTiming> = of_kind
            .iter()
            .filter(|c| {
                c.due_at
                    .is_some_and(|due| c.decided_at.is_some() || due < now)
            })
            .collect();
        let on_time = settled
            .iter()
            .filter(|c| matches!((c.decided_at, c.due_at), (Some(d), Some(due)) if d <= due))
            .count();
        out.push(KindPerformance {
            kind,
            received: of_kind.len() as u64,
            median_first_action_minutes: median,
            settled: settled.len() as u64,
            decided_on_time: on_time as u64,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(
        received_h: i64,
        action_h: Option<i64>,
        due_h: i64,
        decided_h: Option<i64>,
    ) -> CaseTiming {
        let t0 = Timestamp::from_unix_millis(0);
        CaseTiming {
            kind: RequestKind::UserData,
            received_at: t0.plus(Duration::hours(received_h)),
            first_action_at: action_h.map(|h| t0.plus(Duration::hours(h))),
            due_at: Some(t0.plus(Duration::hours(due_h))),
            decided_at: decided_h.map(|h| t0.plus(Duration::hours(h))),
        }
    }

    #[test]
    fn medians_and_shares() {
        let now = Timestamp::from_unix_millis(0).plus(Duration::hours(100));
        let cases = [
            case(10, Some(11), 50, Some(40)), // on time, 60 min
            case(20, Some(23), 30, Some(60)), // late, 180 min
            case(30, None, 40, None),         // overdue, not decided
            case(90, None, 200, None),        // still running: not settled
            case(-1000, Some(0), 0, Some(0)), // outside the period
        ];
        let figures = performance(&cases, now, Duration::days(30));
        assert_eq!(figures.len(), 1);
        let f = &figures[0];
        assert_eq!(f.received, 4);
        assert_eq!(f.median_first_action_minutes, Some(120));
        assert_eq!(f.settled, 3);
        assert_eq!(f.decided_on_time, 1);
        assert_eq!(f.on_time_basis_points(), Some(3333));
    }
}
