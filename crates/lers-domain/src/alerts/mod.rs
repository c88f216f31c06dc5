//! Alerts that reach people (issue 18 §1, §2, §4): who is on call ([`rota`]), how far
//! an emergency's alert has gone and who each step pages ([`Tier`], [`recipients`]),
//! which addresses LERS may post a webhook to ([`address`]), what each open
//! webhook format carries ([`formats`]) and what an agency's system is told
//! ([`agency`]). Pure: the time and the people are arguments.

pub mod address;
pub mod agency;
pub mod formats;
pub mod rota;

use crate::account::{Account, AccountStatus, Role};
use crate::clock::Duration;

/// How long a page waits for an acknowledgement before the next tier, unless
/// configured (`oncall_ack_minutes`).
pub const DEFAULT_ACK_MINUTES: i64 = 10;
/// How often a webhook delivery is tried before it is given up (1, 4, 9 … minutes
/// apart: about two and a half hours in all).
pub const MAX_DELIVERY_ATTEMPTS: i64 = 10;
/// How many webhooks one account may have for one purpose: each page waits on every
/// one of them, so a person cannot slow emergency paging down with many slow ones.
pub const MAX_WEBHOOKS_PER_ACCOUNT: usize = 5;

/// How far an alert has gone: the person on call, their second tier, then every
/// approver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    OnCall,
    Second,
    AllApprovers,
}

impl Tier {
    pub fn number(self) -> i64 {
        match self {
            Self::OnCall => 1,
            Self::Second => 2,
            Self::AllApprovers => 3,
        }
    }

    pub fn from_number(number: i64) -> Option<Self> {
        match number {
            1 => Some(Self::OnCall),
            2 => Some(Self::Second),
            3 => Some(Self::AllApprovers),
            _ => None,
        }
    }

    /// The tier an unacknowledged page escalates to; `None` after every approver.
    pub fn next(self) -> Option<Self> {
        match self {
            Self::OnCall => Some(Self::Second),
            Self::Second => Some(Self::AllApprovers),
            Self::AllApprovers => None,
        }
    }
}

/// The acknowledgement window (`oncall_ack_minutes`): at least a minute, at most a day.
pub fn ack_window(minutes: i64) -> Option<Duration> {
    (1..=24 * 60)
        .contains(&minutes)
        .then(|| Duration::minutes(minutes))
}

/// Who `tier` pages, by account id, among the active `staff`: the rota's person on
/// call (or, with no rota covering the time, every reviewer and approver), the rota's
/// second tier (nobody if it names none: the caller goes on to the next tier), then
/// every approver. Someone no longer active or no longer on the response team is
/// skipped.
pub fn recipients(tier: Tier, rota: Option<&rota::Rota>, staff: &[Account]) -> Vec<i64> {
    let responder = |a: &&Account| {
        a.status == AccountStatus::Active
            && (a.roles.contains(Role::Reviewer) || a.roles.contains(Role::Approver))
    };
    let named = |id: Option<i64>| -> Vec<i64> {
        staff
            .iter()
            .filter(responder)
            .filter(|a| Some(a.id) == id)
            .map(|a| a.id)
            .collect()
    };
    match (tier, rota) {
        (Tier::OnCall, Some(rota)) => match named(Some(rota.primary)) {
            found if found.is_empty() => everyone(staff, responder),
            found => found,
        },
        (Tier::OnCall, None) => everyone(staff, responder),
        (Tier::Second, Some(rota)) => named(rota.second),
        (Tier::Second, None) => Vec::new(),
        (Tier::AllApprovers, _) => staff
            .iter()
            .filter(responder)
            .filter(|a| a.roles.contains(Role::Approver))
            .map(|a| a.id)
            .collect(),
    }
}

fn everyone(staff: &[Account], responder: impl Fn(&&Account) -> bool) -> Vec<i64> {
    staff.iter().filter(responder).map(|a| a.id).collect()
}
