//! How long each class of record is kept, the recycle bin's window, and the floors no
//! setting may go under. Pure: the store asks these rules for the cut-off times and
//! applies them inside its own transactions.

use std::fmt;
use std::str::FromStr;

use crate::account::UnknownValue;
use crate::clock::{Duration, Timestamp};

/// Deleted things stay restorable at least this long, whatever is configured.
pub const MIN_BIN_DAYS: i64 = 30;
/// The audit log keeps its content at least six months, whatever is configured.
pub const MIN_AUDIT_DAYS: i64 = 183;

/// The retention of every record class, in days, as configured and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// How long a deleted thing waits in the recycle bin (restorable).
    pub bin: Duration,
    /// Closed cases and their documents, counted from closing.
    pub closed_cases: Duration,
    /// Messages of closed cases, counted from closing.
    pub messages: Duration,
    /// Sign-in history: failed sign-ins and idle sessions.
    pub sign_in: Duration,
    /// The content of audit entries (their hashes and signed heads stay for ever).
    pub audit: Duration,
}

/// Days as configured, before the floors are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetentionDays {
    pub bin: i64,
    pub closed_cases: i64,
    pub messages: i64,
    pub sign_in: i64,
    pub audit: i64,
}

impl Default for RetentionDays {
    fn default() -> Self {
        Self {
            bin: 60,
            closed_cases: 5 * 365,
            messages: 5 * 365,
            sign_in: 90,
            audit: 365,
        }
    }
}

/// A configured retention below its floor: the message names the setting and the floor.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{setting} is {days} days, but it may not be less than {floor} days: {why}; set {setting} to {floor} or more")]
pub struct RetentionTooShort {
    pub setting: &'static str,
    pub days: i64,
    pub floor: i64,
    pub why: &'static str,
}

impl RetentionPolicy {
    /// Checks every configured value against its floor (refused at start, never
    /// silently raised).
    pub fn from_days(days: RetentionDays) -> Result<Self, RetentionTooShort> {
        let check = |setting, value: i64, floor, why| {
            if value < floor {
                Err(RetentionTooShort {
                    setting,
                    days: value,
                    floor,
                    why,
                })
            } else {
                Ok(Duration::days(value))
            }
        };
        Ok(Self {
            bin: check(
                "recycle_bin_days",
                days.bin,
                MIN_BIN_DAYS,
                "deleted things stay restorable at least 30 days",
            )?,
            closed_cases: check(
                "retention_closed_case_days",
                days.closed_cases,
                1,
                "a closed case is kept at least a day",
            )?,
            messages: check(
                "retention_message_days",
                days.messages,
                1,
                "messages are kept at least a day",
            )?,
            sign_in: check(
                "retention_sign_in_days",
                days.sign_in,
                1,
                "sign-in history is kept at least a day",
            )?,
            audit: check(
                "retention_audit_days",
                days.audit,
                MIN_AUDIT_DAYS,
                "audit logs are kept at least six months",
            )?,
        })
    }

    /// When something deleted at `deleted_at` leaves the bin for good.
    pub fn purge_after(&self, deleted_at: Timestamp) -> Timestamp {
        deleted_at.plus(self.bin)
    }

    /// Records of `class` whose clock started before this are past retention at `now`.
    pub fn cutoff(&self, class: RecordClass, now: Timestamp) -> Timestamp {
        now.minus(match class {
            RecordClass::ClosedCases => self.closed_cases,
            RecordClass::Messages => self.messages,
            RecordClass::SignIn => self.sign_in,
            RecordClass::Audit => self.audit,
        })
    }
}

/// The record classes a retention purge handles (productions have their own policy).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordClass {
    ClosedCases,
    Messages,
    SignIn,
    Audit,
}

impl RecordClass {
    pub const ALL: [RecordClass; 4] = [
        RecordClass::ClosedCases,
        RecordClass::Messages,
        RecordClass::SignIn,
        RecordClass::Audit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::ClosedCases => "closed_cases",
            Self::Messages => "messages",
            Self::SignIn => "sign_in",
            Self::Audit => "audit",
        }
    }
}

/// What the recycle bin holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinKind {
    /// A requester's request not yet submitted, with its documents.
    DraftRequest,
    /// A document removed from a request before anyone reviewed it.
    Document,
    /// A staff account (disabled while in the bin, anonymised when purged).
    StaffAccount,
    /// An entry of the government email domain allow-list.
    AllowListEntry,
    /// An entry of the built-in account directory.
    DirectoryEntry,
    /// An agency of the agency directory.
    Agency,
}

impl BinKind {
    pub const ALL: [BinKind; 6] = [
        BinKind::DraftRequest,
        BinKind::Document,
        BinKind::StaffAccount,
        BinKind::AllowListEntry,
        BinKind::DirectoryEntry,
        BinKind::Agency,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::DraftRequest => "draft_request",
            Self::Document => "document",
            Self::StaffAccount => "staff_account",
            Self::AllowListEntry => "allow_list_entry",
            Self::DirectoryEntry => "directory_entry",
            Self::Agency => "agency",
        }
    }

    /// Admin objects are restored by admins; the rest by the person who owned them.
    pub fn is_admin_object(self) -> bool {
        matches!(
            self,
            Self::StaffAccount | Self::AllowListEntry | Self::DirectoryEntry | Self::Agency
        )
    }
}

impl fmt::Display for BinKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for BinKind {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

/// Why a bin entry cannot be restored (the store checks the facts, this says no).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BinRefusal {
    #[error("this item was purged for good when its 60-day window ended; it cannot be restored")]
    Purged,
    #[error("this item was already restored")]
    AlreadyRestored,
    #[error("this item left the recycle bin's window and is being purged; it cannot be restored")]
    WindowOver,
    #[error("only the person who deleted it, or an admin for admin objects, can restore it")]
    NotYours,
}

/// A bin entry's facts, for [`may_restore`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BinFacts {
    pub kind: BinKind,
    pub owner: Option<i64>,
    pub purge_after: Timestamp,
    pub restored: bool,
    pub purged: bool,
}

/// Whether `actor` (an admin or not) may restore the entry at `now`.
pub fn may_restore(
    facts: &BinFacts,
    actor: i64,
    actor_is_admin: bool,
    now: Timestamp,
) -> Result<(), BinRefusal> {
    if facts.purged {
        return Err(BinRefusal::Purged);
    }
    if facts.restored {
        return Err(BinRefusal::AlreadyRestored);
    }
    if now >= facts.purge_after {
        return Err(BinRefusal::WindowOver);
    }
    let allowed = if facts.kind.is_admin_object() {
        actor_is_admin
    } else {
        facts.owner == Some(actor)
    };
    if allowed {
        Ok(())
    } else {
        Err(BinRefusal::NotYours)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floors_are_enforced_with_a_message_naming_the_setting() {
        let low_bin = RetentionDays {
            bin: 29,
            ..RetentionDays::default()
        };
        let err = RetentionPolicy::from_days(low_bin)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("recycle_bin_days") && e.contains("30")));
        let low_audit = RetentionDays {
            audit: 30,
            ..RetentionDays::default()
        };
        let err = RetentionPolicy::from_days(low_audit)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("retention_audit_days") && e.contains("183")));
        assert!(RetentionPolicy::from_days(RetentionDays::default()).is_ok());
    }

    #[test]
    fn defaults_are_sixty_days_five_years_and_one_year() {
        let policy = RetentionPolicy::from_days(RetentionDays::default()).ok();
        assert_eq!(policy.map(|p| p.bin), Some(Duration::days(60)));
        assert_eq!(policy.map(|p| p.closed_cases), Some(Duration::days(1825)));
        assert_eq!(policy.map(|p| p.audit), Some(Duration::days(365)));
    }

    #[test]
    fn restore_is_for_the_owner_or_an_admin_within_the_window() {
        let now = Timestamp::from_unix_millis(1_000_000);
        let mut facts = BinFacts {
            kind: BinKind::Document,
            owner: Some(7),
            purge_after: now.plus(Duration::days(1)),
            restored: false,
            purged: false,
        };
        assert_eq!(may_restore(&facts, 7, false, now), Ok(()));
        assert_eq!(may_restore(&facts, 8, true, now), Err(BinRefusal::NotYours));
        facts.kind = BinKind::Agency;
        assert_eq!(may_restore(&facts, 8, true, now), Ok(()));
        assert_eq!(
            may_restore(&facts, 7, false, now),
            Err(BinRefusal::NotYours)
        );
        assert_eq!(
            may_restore(&facts, 8, true, now.plus(Duration::days(2))),
            Err(BinRefusal::WindowOver)
        );
        facts.restored = true;
        assert_eq!(
            may_restore(&facts, 8, true, now),
            Err(BinRefusal::AlreadyRestored)
        );
        facts.purged = true;
        assert_eq!(may_restore(&facts, 8, true, now), Err(BinRefusal::Purged));
    }

    #[test]
    fn kinds_round_trip_and_cutoffs_count_back_from_now() -> Result<(), UnknownValue> {
        for kind in BinKind::ALL {
            assert_eq!(kind.as_str().parse::<BinKind>()?, kind);
        }
        let policy = RetentionPolicy::from_days(RetentionDays::default())
            .map_err(|e| UnknownValue(e.to_string()))?;
        let now = Timestamp::from_unix_millis(10_000_000_000_000);
        assert_eq!(
            policy.cutoff(RecordClass::Audit, now),
            now.minus(Duration::days(365))
        );
        assert_eq!(policy.purge_after(now), now.plus(Duration::days(60)));
        Ok(())
    }
}
