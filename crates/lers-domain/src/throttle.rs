//! Throttling of actions that send email to an address someone typed: sign-up,
//! "send the link again" and "forgot password". Without a limit anyone could use LERS
//! to flood an officer's mailbox, or spray sign-ups from one machine. Attempts are
//! counted per client address and per mailbox over a sliding window; when either is
//! full the action is refused until its oldest attempt leaves the window.

use crate::clock::{Duration, Timestamp};

/// At most `max` attempts within any `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    pub max: usize,
    pub window: Duration,
}

impl RateLimit {
    /// `None` if one more attempt at `now` fits, else how long until it would.
    pub fn wait(&self, earlier: &[Timestamp], now: Timestamp) -> Option<Duration> {
        let start = now.minus(self.window);
        let mut inside: Vec<Timestamp> = earlier
            .iter()
            .copied()
            .filter(|at| *at > start && *at <= now)
            .collect();
        if inside.len() < self.max {
            return None;
        }
        inside.sort();
        // The attempt that must leave the window for one more to fit.
        let blocking = inside[inside.len() - self.max];
        let free_at = blocking.plus(self.window);
        Some(free_at.since(now).max(Duration::seconds(1)))
    }
}

/// Limits of the email-sending public forms, shared by all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MailThrottlePolicy {
    /// Per client address (what a single machine or NAT may send).
    pub per_address: RateLimit,
    /// Per mailbox (what one officer's inbox may receive).
    pub per_mailbox: RateLimit,
}

impl Default for MailThrottlePolicy {
    fn default() -> Self {
        Self {
            per_address: RateLimit {
                max: 10,
                window: Duration::hours(1),
            },
            per_mailbox: RateLimit {
                max: 3,
                window: Duration::hours(1),
            },
        }
    }
}

/// Which limit refused an attempt, and when to try again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Throttled {
    pub scope: ThrottleScope,
    pub retry_after: Duration,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThrottleScope {
    Address,
    Mailbox,
}

impl ThrottleScope {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Address => "address",
            Self::Mailbox => "mailbox",
        }
    }
}

impl MailThrottlePolicy {
    /// The longest window: older attempts can be forgotten.
    pub fn horizon(&self) -> Duration {
        self.per_address.window.max(self.per_mailbox.window)
    }

    /// Whether one more attempt at `now` is allowed, given the earlier attempts from
    /// the same address and to the same mailbox (any order, any age). When both limits
    /// are full the longer wait is given.
    pub fn check(
        &self,
        from_address: &[Timestamp],
        to_mailbox: &[Timestamp],
        now: Timestamp,
    ) -> Result<(), Throttled> {
        let address = self.per_address.wait(from_address, now).map(|d| Throttled {
            scope: ThrottleScope::Address,
            retry_after: d,
        });
        let mailbox = self.per_mailbox.wait(to_mailbox, now).map(|d| Throttled {
            scope: ThrottleScope::Mailbox,
            retry_after: d,
        });
        match (address, mailbox) {
            (None, None) => Ok(()),
            (Some(t), None) | (None, Some(t)) => Err(t),
            (Some(a), Some(m)) => Err(if m.retry_after > a.retry_after { m } else { a }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::{Clock, ManualClock};

    fn start() -> Timestamp {
        Timestamp::from_unix_millis(1_800_000_000_000)
    }

    #[test]
    fn three_mails_per_mailbox_an_hour_then_a_wait_until_the_first_leaves() {
        let policy = MailThrottlePolicy::default();
        let clock = ManualClock::starting_at(start());
        let mut sent = Vec::new();
        for _ in 0..3 {
            assert_eq!(policy.check(&[], &sent, clock.now()), Ok(()));
            sent.push(clock.now());
            clock.advance(Duration::minutes(10));
        }
        // 20 minutes after the third: the first was 40 minutes ago.
        clock.advance(Duration::minutes(10));
        let refused = policy.check(&[], &sent, clock.now());
        assert_eq!(
            refused,
            Err(Throttled {
                scope: ThrottleScope::Mailbox,
                retry_after: Duration::minutes(20),
            })
        );
        clock.advance(Duration::minutes(19));
        assert!(policy.check(&[], &sent, clock.now()).is_err());
        clock.advance(Duration::minutes(1));
        assert_eq!(policy.check(&[], &sent, clock.now()), Ok(()));
    }

    #[test]
    fn ten_per_address_an_hour_across_mailboxes() {
        let policy = MailThrottlePolicy::default();
        let clock = ManualClock::starting_at(start());
        let mut from_here = Vec::new();
        for _ in 0..10 {
            assert_eq!(policy.check(&from_here, &[], clock.now()), Ok(()));
            from_here.push(clock.now());
            clock.advance(Duration::minutes(1));
        }
        let refused = policy.check(&from_here, &[], clock.now());
        assert_eq!(
            refused.map_err(|t| (t.scope, t.retry_after)),
            Err((ThrottleScope::Address, Duration::minutes(50)))
        );
        clock.advance(Duration::minutes(50));
        assert_eq!(policy.check(&from_here, &[], clock.now()), Ok(()));
    }

    #[test]
    fn the_longer_wait_wins_and_waits_are_never_zero() {
        let policy = MailThrottlePolicy {
            per_address: RateLimit {
                max: 1,
                window: Duration::minutes(5),
            },
            per_mailbox: RateLimit {
                max: 1,
                window: Duration::minutes(60),
            },
        };
        let now = start();
        let refused = policy.check(&[now], &[now], now);
        assert_eq!(
            refused.map(|_| ()).map_err(|t| t.scope),
            Err(ThrottleScope::Mailbox)
        );
        let limit = RateLimit {
            max: 1,
            window: Duration::minutes(1),
        };
        let almost = now.plus(Duration::minutes(1)).minus(Duration::millis(1));
        assert_eq!(limit.wait(&[now], almost), Some(Duration::seconds(1)));
    }
}
