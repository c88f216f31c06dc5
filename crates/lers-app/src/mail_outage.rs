//! Whether the mail server was found in trouble moments ago (unreachable, or stalled
//! until the deadline), and so is not waited on for a while (`crate::mail_queue`).
//! Kept per node, in memory, on the injected clock.

use std::sync::Mutex;

use lers_domain::clock::{Duration, Timestamp};

/// How long after the mail server was found in trouble nothing waits on it.
pub const OUTAGE_PAUSE: Duration = Duration::minutes(1);

/// When the mail server was last found in trouble, and so until when it is not tried.
#[derive(Default)]
pub struct MailOutage {
    until: Mutex<Option<Timestamp>>,
}

impl MailOutage {
    pub(crate) fn is_on(&self, now: Timestamp) -> bool {
        self.until().is_some_and(|until| now < until)
    }

    fn until(&self) -> Option<Timestamp> {
        // A panic while the lock was held cannot leave a half-written timestamp.
        *self.until.lock().unwrap_or_else(|held| held.into_inner())
    }

    pub(crate) fn set(&self, until: Option<Timestamp>) {
        *self.until.lock().unwrap_or_else(|held| held.into_inner()) = until;
    }
}
