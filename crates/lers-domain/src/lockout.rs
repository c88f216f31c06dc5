//! Account lock-out and per-IP throttling of failed logons.
//!
//! Five failures in fifteen minutes lock an account until an admin unlocks it
//! (CJIS 5.6.2.1.1). Alone, that rule is a weapon: anyone could lock every officer out
//! by guessing wrong five times per account. So failures are also counted per source
//! address, and an address past its own budget is refused *before* its attempts count
//! against any account — it can lock out at most a handful of accounts per window.

use crate::clock::{Duration, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Failed logons within `window` that lock the account.
    pub max_failures: usize,
    pub window: Duration,
    /// Failed logons from one IP address within `window` after which that address is
    /// refused until its oldest failure leaves the window.
    pub max_failures_per_ip: usize,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self {
            max_failures: 5,
            window: Duration::minutes(15),
            max_failures_per_ip: 20,
        }
    }
}

impl LockoutPolicy {
    /// The earliest failure time that still counts at `now`.
    pub fn window_start(&self, now: Timestamp) -> Timestamp {
        now.minus(self.window)
    }

    /// Whether an account with these failures (any order, any age) must now be locked.
    pub fn should_lock(&self, failures: &[Timestamp], now: Timestamp) -> bool {
        self.count_in_window(failures, now) >= self.max_failures
    }

    /// Whether a source address with these failures is throttled at `now`.
    pub fn ip_throttled(&self, failures: &[Timestamp], now: Timestamp) -> bool {
        self.count_in_window(failures, now) >= self.max_failures_per_ip
    }

    fn count_in_window(&self, failures: &[Timestamp], now: Timestamp) -> usize {
        let start = self.window_start(now);
        failures
            .iter()
            .filter(|at| **at > start && **at <= now)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> Timestamp {
        Timestamp::from_unix_millis(0).plus(Duration::minutes(minutes))
    }

    #[test]
    fn five_failures_within_fifteen_minutes_lock() {
        let policy = LockoutPolicy::default();
        let failures = [at(0), at(3), at(6), at(9), at(14)];
        assert!(!policy.should_lock(&failures[..4], at(14)));
        assert!(policy.should_lock(&failures, at(14)));
    }

    #[test]
    fn failures_that_left_the_window_do_not_count() {
        let policy = LockoutPolicy::default();
        let failures = [at(0), at(3), at(6), at(9), at(16)];
        // At minute 16 the failure at minute 0 is more than 15 minutes old.
        assert!(!policy.should_lock(&failures, at(16)));
        // Exactly fifteen minutes old no longer counts either.
        let failures = [at(1), at(3), at(6), at(9), at(16)];
        assert!(!policy.should_lock(&failures, at(16)));
        let failures = [at(2), at(3), at(6), at(9), at(16)];
        assert!(policy.should_lock(&failures, at(16)));
    }

    #[test]
    fn ip_budget_is_separate_and_larger() {
        let policy = LockoutPolicy::default();
        let failures: Vec<_> = (0..20).map(|_| at(5)).collect();
        assert!(!policy.ip_throttled(&failures[..19], at(5)));
        assert!(policy.ip_throttled(&failures, at(5)));
        assert!(!policy.ip_throttled(&failures, at(21)));
    }
}
