//! Session lifetime rules: 15 minutes idle, 12 hours absolute (CJIS 5.5.5, ASVS 3.3),
//! and a fresh second factor before sensitive actions.

use crate::clock::{Duration, Timestamp};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionPolicy {
    pub idle_timeout: Duration,
    pub absolute_timeout: Duration,
    /// How recent a TOTP confirmation must be for a sensitive action (step-up).
    pub step_up_window: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::minutes(15),
            absolute_timeout: Duration::hours(12),
            step_up_window: Duration::minutes(5),
        }
    }
}

/// The times that decide whether a session is still good.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionTimes {
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionState {
    Active,
    IdleExpired,
    AbsoluteExpired,
}

impl SessionPolicy {
    pub fn state(&self, times: SessionTimes, now: Timestamp) -> SessionState {
        if now.since(times.created_at) >= self.absolute_timeout {
            SessionState::AbsoluteExpired
        } else if now.since(times.last_seen_at) >= self.idle_timeout {
            SessionState::IdleExpired
        } else {
            SessionState::Active
        }
    }

    /// Whether a second factor confirmed at `mfa_at` is fresh enough for a sensitive
    /// action at `now`.
    pub fn step_up_fresh(&self, mfa_at: Option<Timestamp>, now: Timestamp) -> bool {
        mfa_at.is_some_and(|at| now.since(at) < self.step_up_window && at <= now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> Timestamp {
        Timestamp::from_unix_millis(1_000_000).plus(Duration::minutes(minutes))
    }

    #[test]
    fn idle_for_fifteen_minutes_expires() {
        let policy = SessionPolicy::default();
        let times = SessionTimes {
            created_at: at(0),
            last_seen_at: at(10),
        };
        assert_eq!(policy.state(times, at(24)), SessionState::Active);
        assert_eq!(policy.state(times, at(25)), SessionState::IdleExpired);
    }

    #[test]
    fn twelve_hours_is_the_limit_even_when_busy() {
        let policy = SessionPolicy::default();
        let times = SessionTimes {
            created_at: at(0),
            last_seen_at: at(12 * 60 - 1),
        };
        assert_eq!(policy.state(times, at(12 * 60 - 1)), SessionState::Active);
        assert_eq!(
            policy.state(times, at(12 * 60)),
            SessionState::AbsoluteExpired
        );
    }

    #[test]
    fn step_up_is_fresh_for_five_minutes() {
        let policy = SessionPolicy::default();
        assert!(policy.step_up_fresh(Some(at(0)), at(4)));
        assert!(!policy.step_up_fresh(Some(at(0)), at(5)));
        assert!(!policy.step_up_fresh(None, at(0)));
    }
}
