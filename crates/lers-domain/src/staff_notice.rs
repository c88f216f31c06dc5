//! Staff notifications (issue 18 §3): what tells a member of the response team that
//! something concerns them, when each occurrence fires, how it reaches them (now or in
//! a daily digest) and what a mail may say (nothing of the case: a reference, the kind
//! of event, a link).
//!
//! Every [`Occurrence`] has a key (trigger, subject, time); the store keeps one notification per
//! (occurrence, person), so a sweep run twice, or on two nodes at once, notifies once.

use crate::clock::{Duration, Timestamp};

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trigger {
    /// A case was assigned to you.
    Assigned,
    /// The requester (or a colleague of theirs) wrote on your case.
    RequesterReplied,
    /// Three quarters of a case's clock (received → due) have passed.
    ClockThreeQuarters,
    /// A case's clock ran out.
    ClockBreached,
    /// A preservation hold ends within [`PRESERVATION_NOTICE`].
    PreservationEnding,
    /// An issuing authority's Form 6 (extension) or Form 5 (a production order is
    /// coming) arrived on an EU preservation.
    EuFormArrived,
    /// The window of a notified enforcing authority to raise grounds for refusal
    /// closes within [`EA_WINDOW_NOTICE`], and it has not decided.
    EaWindowEnding,
    /// A reviewed case waits for an approver (four eyes), or a role grant or
    /// second-factor reset waits for a second admin.
    ApprovalWaiting,
}

/// How long before a preservation ends its case's people are told.
pub const PRESERVATION_NOTICE: Duration = Duration::days(7);
/// How long before an enforcing authority's window closes its case's people are told:
/// a day, since the emergency window is only 96 hours.
pub const EA_WINDOW_NOTICE: Duration = Duration::hours(24);

impl Trigger {
    pub const ALL: [Self; 8] = [
        Self::Assigned,
        Self::RequesterReplied,
        Self::ClockThreeQuarters,
        Self::ClockBreached,
        Self::PreservationEnding,
        Self::EuFormArrived,
        Self::EaWindowEnding,
        Self::ApprovalWaiting,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assigned => "assigned",
            Self::RequesterReplied => "requester_replied",
            Self::ClockThreeQuarters => "clock_75",
            Self::ClockBreached => "clock_breached",
            Self::PreservationEnding => "preservation_ending",
            Self::EuFormArrived => "eu_form_arrived",
            Self::EaWindowEnding => "ea_window_ending",
            Self::ApprovalWaiting => "approval_waiting",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// Listed first and never held for a digest, whatever the preference: a clock
    /// that has run out.
    pub fn urgent(self) -> bool {
        self == Self::ClockBreached
    }
}

/// How a person receives a kind of notification by mail (the console shows every one
/// at once either way).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Delivery {
    #[default]
    Immediately,
    Digest,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Immediately => "immediately",
            Self::Digest => "digest",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Immediately, Self::Digest]
            .into_iter()
            .find(|d| d.as_str() == text)
    }

    /// How a notification of `trigger`, about an emergency case or not, is mailed to
    /// someone who chose `self` for it: urgent ones and emergencies go at once.
    pub fn for_notice(self, trigger: Trigger, emergency: bool) -> Self {
        match trigger.urgent() || emergency {
            true => Self::Immediately,
            false => self,
        }
    }
}

/// The local hour the daily digest goes out at, unless a person chooses another.
pub const DEFAULT_DIGEST_HOUR: u8 = 7;

/// Checks a digest hour chosen on a form.
pub fn digest_hour(text: &str) -> Option<u8> {
    text.trim().parse::<u8>().ok().filter(|h| *h < 24)
}

/// What an occurrence is about: a request, a message, a pending approval (row ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Request(i64),
    Message(i64),
    PendingApproval(i64),
}

impl Subject {
    /// The stored kind of subject.
    pub fn kind(self) -> &'static str {
        match self {
            Self::Request(_) => "request",
            Self::Message(_) => "message",
            Self::PendingApproval(_) => "approval",
        }
    }

    pub fn id(self) -> i64 {
        match self {
            Self::Request(id) | Self::Message(id) | Self::PendingApproval(id) => id,
        }
    }
}

/// One occurrence: `trigger`, what it is about and the fact that makes it a new one
/// (`at`: the due time, the end, the event's time). The store keeps one notification
/// per occurrence and person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub trigger: Trigger,
    pub subject: Subject,
    pub at: i64,
}

/// The EU clocks of one order that its people should hear of at `now`: the notified
/// enforcing authority's window (`ea_window_end`, while it has not decided) within
/// [`EA_WINDOW_NOTICE`] of closing, and the preservation's fixed end (`kept_until`)
/// within [`PRESERVATION_NOTICE`]. Each comes with the instant it is about, which
/// makes it one occurrence however often the sweep asks.
pub fn eu_clocks_ending(
    ea_window_end: Option<Timestamp>,
    kept_until: Option<Timestamp>,
    now: Timestamp,
) -> Vec<(Trigger, Timestamp)> {
    let soon = |end: Timestamp, notice: Duration| now < end && end.minus(notice) <= now;
    let mut ending = Vec::new();
    if let Some(end) = ea_window_end.filter(|end| soon(*end, EA_WINDOW_NOTICE)) {
        ending.push((Trigger::EaWindowEnding, end));
    }
    if let Some(end) = kept_until.filter(|end| soon(*end, PRESERVATION_NOTICE)) {
        ending.push((Trigger::PreservationEnding, end));
    }
    ending
}

/// When three quarters of the time from `start` to `due` have passed.
pub fn three_quarters(start: Timestamp, due: Timestamp) -> Timestamp {
    let span = due.unix_millis().saturating_sub(start.unix_millis()).max(0);
    Timestamp::from_unix_millis(start.unix_millis().saturating_add(span / 4 * 3))
}

fn zone(tz: &str) -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::get(tz.trim()).unwrap_or(jiff::tz::TimeZone::UTC)
}

fn zoned(now: Timestamp, tz: &str) -> Option<jiff::Zoned> {
    jiff::Timestamp::from_millisecond(now.unix_millis())
        .ok()
        .map(|ts| ts.to_zoned(zone(tz)))
}

/// The latest digest time at or before `now`: `hour` o'clock local time in `tz` (UTC
/// when unknown), today or else yesterday, with its local day (`YYYY-MM-DD`). That
/// day's digest holds what was made up to that time; one digest per person and day.
pub fn last_digest(now: Timestamp, tz: &str, hour: u8) -> Option<(String, Timestamp)> {
    let local = zoned(now, tz)?;
    let hour = i8::try_from(hour.min(23)).ok()?;
    let at = |date: jiff::civil::Date| date.at(hour, 0, 0, 0).to_zoned(zone(tz)).ok();
    let today = at(local.date())?;
    let chosen = match today.timestamp() <= local.timestamp() {
        true => today,
        false => at(local.date().yesterday().ok()?)?,
    };
    Some((
        chosen.date().to_string(),
        Timestamp::from_unix_millis(chosen.timestamp().as_millisecond()),
    ))
}

/// The start and end of the local day (in `tz`) that contains `now`.
pub fn local_day(now: Timestamp, tz: &str) -> (Timestamp, Timestamp) {
    let fallback = (now, now.plus(Duration::days(1)));
    let Some(local) = zoned(now, tz) else {
        return fallback;
    };
    let start = local.start_of_day().ok();
    let end = local.date().tomorrow().ok().and_then(|d| {
        d.to_zoned(zone(tz))
            .ok()
            .and_then(|z| z.start_of_day().ok())
    });
    match (start, end) {
        (Some(start), Some(end)) => (
            Timestamp::from_unix_millis(start.timestamp().as_millisecond()),
            Timestamp::from_unix_millis(end.timestamp().as_millisecond()),
        ),
        _ => fallback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap_or(Timestamp::from_unix_millis(0))
    }

    #[test]
    fn triggers_read_back() {
        for t in Trigger::ALL {
            assert_eq!(Trigger::parse(t.as_str()), Some(t));
        }
        assert_eq!(Trigger::parse("x"), None);
        assert_eq!(Delivery::parse("digest"), Some(Delivery::Digest));
    }

    #[test]
    fn three_quarters_of_the_clock() {
        let start = at("2026-11-27T12:00:00Z");
        assert_eq!(
            three_quarters(start, start.plus(Duration::hours(8))),
            start.plus(Duration::hours(6))
        );
        assert_eq!(
            three_quarters(start, start.minus(Duration::hours(1))),
            start
        );
    }

    #[test]
    fn breaches_and_emergencies_are_never_held_for_the_digest() {
        let digest = Delivery::Digest;
        assert_eq!(
            digest.for_notice(Trigger::ClockBreached, false),
            Delivery::Immediately
        );
        assert_eq!(
            digest.for_notice(Trigger::Assigned, true),
            Delivery::Immediately
        );
        assert_eq!(
            digest.for_notice(Trigger::Assigned, false),
            Delivery::Digest
        );
    }

    #[test]
    fn the_digest_time_is_local() {
        // 06:30 UTC is 07:30 in Berlin (winter): Berlin's 07:00 digest is today's,
        // UTC's is still yesterday's.
        let now = at("2026-12-02T06:30:00Z");
        assert_eq!(
            last_digest(now, "Europe/Berlin", 7),
            Some(("2026-12-02".to_owned(), at("2026-12-02T06:00:00Z")))
        );
        assert_eq!(
            last_digest(now, "UTC", 7),
            Some(("2026-12-01".to_owned(), at("2026-12-01T07:00:00Z")))
        );
        assert_eq!(
            last_digest(now, "no/such zone", 6),
            Some(("2026-12-02".to_owned(), at("2026-12-02T06:00:00Z")))
        );
        assert_eq!(digest_hour("23"), Some(23));
        assert_eq!(digest_hour("24"), None);
    }

    #[test]
    fn a_local_day_has_its_bounds() {
        let (start, end) = local_day(at("2026-12-02T23:30:00Z"), "Europe/Berlin");
        assert_eq!(start, at("2026-12-02T23:00:00Z"));
        assert_eq!(end, at("2026-12-03T23:00:00Z"));
        let (start, end) = local_day(at("2026-12-02T23:30:00Z"), "UTC");
        assert_eq!(start, at("2026-12-02T00:00:00Z"));
        assert_eq!(end, at("2026-12-03T00:00:00Z"));
    }

    #[test]
    fn eu_clocks_are_told_once_they_are_near_and_not_after() {
        let end = Timestamp::from_unix_millis(1_000_000_000_000);
        let at = |hours: i64| end.minus(Duration::hours(hours));
        assert!(eu_clocks_ending(Some(end), None, at(25)).is_empty());
        assert_eq!(
            eu_clocks_ending(Some(end), None, at(24)),
            [(Trigger::EaWindowEnding, end)]
        );
        assert!(eu_clocks_ending(Some(end), None, end).is_empty(), "closed");
        assert_eq!(
            eu_clocks_ending(None, Some(end), at(7 * 24)),
            [(Trigger::PreservationEnding, end)]
        );
        assert!(eu_clocks_ending(None, Some(end), at(7 * 24 + 1)).is_empty());
        assert_eq!(eu_clocks_ending(Some(end), Some(end), at(1)).len(), 2);
    }
}
