//! On-call rotas: a shift on some weekdays, between two local times in an IANA time
//! zone, for some data regions (or all), with the person on call and an optional
//! second tier. Several rotas make a week; [`on_call`] finds the one covering a
//! moment.

use crate::clock::Timestamp;
use crate::region::{self, StaffLimits};

/// The three-letter weekday codes forms and the API use, Monday first.
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MINUTES_PER_DAY: u16 = 24 * 60;

/// A rota as an admin entered it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RotaDraft {
    pub name: String,
    pub time_zone: String,
    /// Weekday codes (`mon,tue`) on which a shift starts.
    pub days: Vec<String>,
    /// Local start and end of the shift, `HH:MM`; an end before the start runs past
    /// midnight, the same time for both is a whole day.
    pub starts: String,
    pub ends: String,
    /// Data regions (comma-separated); empty: every region.
    pub regions: String,
    pub primary: Option<i64>,
    pub second: Option<i64>,
}

/// A checked rota.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rota {
    pub id: i64,
    pub name: String,
    pub time_zone: String,
    /// Bit 0 Monday … bit 6 Sunday.
    pub days: u8,
    pub start_minute: u16,
    pub end_minute: u16,
    /// Empty: every region.
    pub regions: Vec<String>,
    pub primary: i64,
    pub second: Option<i64>,
}

impl Rota {
    /// Whether someone under `limits` may be on call for this rota: they must reach
    /// every case it pages for, so every one of its regions (all regions when it names
    /// none), and not only cases assigned to them (an emergency is paged before anyone
    /// is assigned).
    pub fn reachable_by(&self, limits: &StaffLimits) -> bool {
        let regions = limits.regions.is_empty()
            || (!self.regions.is_empty()
                && self.regions.iter().all(|r| limits.regions.contains(r)));
        regions && !limits.assigned_only
    }
}

/// What is wrong with a rota, by form field; each has a Fluent message
/// ([`RotaProblem::message_id`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RotaProblem {
    NameMissing,
    UnknownTimeZone,
    NoDays,
    UnknownDay,
    BadTime,
    BadRegion,
    NoPrimary,
    SecondIsPrimary,
}

impl RotaProblem {
    /// The form field the problem belongs to.
    pub fn field(self) -> &'static str {
        match self {
            Self::NameMissing => "name",
            Self::UnknownTimeZone => "time_zone",
            Self::NoDays | Self::UnknownDay => "days",
            Self::BadTime => "starts",
            Self::BadRegion => "regions",
            Self::NoPrimary => "primary",
            Self::SecondIsPrimary => "second",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Self::NameMissing => "rota-problem-name",
            Self::UnknownTimeZone => "rota-problem-time-zone",
            Self::NoDays => "rota-problem-no-days",
            Self::UnknownDay => "rota-problem-day",
            Self::BadTime => "rota-problem-time",
            Self::BadRegion => "rota-problem-region",
            Self::NoPrimary => "rota-problem-primary",
            Self::SecondIsPrimary => "rota-problem-second",
        }
    }
}

impl RotaDraft {
    /// The rota this draft describes (id 0 until stored), or every problem found.
    pub fn check(&self) -> Result<Rota, Vec<RotaProblem>> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            problems.push(RotaProblem::NameMissing);
        }
        let zone = self.time_zone.trim();
        if jiff::tz::TimeZone::get(zone).is_err() {
            problems.push(RotaProblem::UnknownTimeZone);
        }
        let mut days = 0u8;
        for day in self.days.iter().map(|d| d.trim().to_ascii_lowercase()) {
            match WEEKDAYS.iter().position(|w| *w == day) {
                Some(n) => days |= 1 << n,
                None => problems.push(RotaProblem::UnknownDay),
            }
        }
        if days == 0 && !problems.contains(&RotaProblem::UnknownDay) {
            problems.push(RotaProblem::NoDays);
        }
        let (start, end) = (minute_of(&self.starts), minute_of(&self.ends));
        if start.is_none() || end.is_none() {
            problems.push(RotaProblem::BadTime);
        }
        let regions: Result<Vec<String>, String> = self
            .regions
            .split([',', ' '])
            .filter(|p| !p.trim().is_empty())
            .map(region::normalise)
            .collect();
        let regions = regions.unwrap_or_else(|_| {
            problems.push(RotaProblem::BadRegion);
            Vec::new()
        });
        if self.primary.is_none() {
            problems.push(RotaProblem::NoPrimary);
        }
        if self.second.is_some() && self.second == self.primary {
            problems.push(RotaProblem::SecondIsPrimary);
        }
        match (problems.is_empty(), start, end, self.primary) {
            (true, Some(start_minute), Some(end_minute), Some(primary)) => Ok(Rota {
                id: 0,
                name: name.to_owned(),
                time_zone: zone.to_owned(),
                days,
                start_minute,
                end_minute,
                regions,
                primary,
                second: self.second,
            }),
            _ => Err(problems),
        }
    }
}

/// `HH:MM` (24-hour) as minutes after midnight.
fn minute_of(text: &str) -> Option<u16> {
    let (hours, minutes) = text.trim().split_once(':')?;
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours < 24 && minutes < 60 && text.trim().len() == 5).then_some(hours * 60 + minutes)
}

impl Rota {
    /// Whether the shift runs at `at` for a case in `region`.
    pub fn covers(&self, at: Timestamp, region: &str) -> bool {
        if !self.regions.is_empty() && !self.regions.iter().any(|r| r == region) {
            return false;
        }
        let Ok(zone) = jiff::tz::TimeZone::get(&self.time_zone) else {
            return false;
        };
        let Ok(instant) = jiff::Timestamp::from_millisecond(at.unix_millis()) else {
            return false;
        };
        let local = instant.to_zoned(zone);
        let day = local.weekday().to_monday_zero_offset();
        let yesterday = (day + 6) % 7;
        let minute =
            u16::try_from(i32::from(local.hour()) * 60 + i32::from(local.minute())).unwrap_or(0);
        let starts_on = |d: i8| self.days & (1 << d) != 0;
        match self.start_minute.cmp(&self.end_minute) {
            std::cmp::Ordering::Equal => starts_on(day),
            std::cmp::Ordering::Less => {
                starts_on(day) && (self.start_minute..self.end_minute).contains(&minute)
            }
            std::cmp::Ordering::Greater => {
                (starts_on(day) && minute >= self.start_minute)
                    || (starts_on(yesterday) && minute < self.end_minute)
            }
        }
    }

    /// The weekday codes of the shift, for forms and lists.
    pub fn day_codes(&self) -> Vec<&'static str> {
        (0..7)
            .filter(|n| self.days & (1 << n) != 0)
            .map(|n| WEEKDAYS[n])
            .collect()
    }

    /// `HH:MM` of a minute after midnight.
    pub fn clock_time(minute: u16) -> String {
        format!("{:02}:{:02}", minute / 60, minute % MINUTES_PER_DAY % 60)
    }
}

/// The rota on call at `at` for a case in `region`: one naming the region wins over
/// one for every region; among equals, the first (lowest id).
pub fn on_call<'a>(rotas: &'a [Rota], at: Timestamp, region: &str) -> Option<&'a Rota> {
    let covering = || rotas.iter().filter(|r| r.covers(at, region));
    covering()
        .find(|r| !r.regions.is_empty())
        .or_else(|| covering().next())
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_people_reaching_every_region_of_a_rota_may_be_on_call() {
        let rota = |regions: &[&str]| Rota {
            id: 0,
            name: "r".into(),
            time_zone: "UTC".into(),
            days: 1,
            start_minute: 0,
            end_minute: 0,
            regions: regions.iter().map(|r| (*r).to_owned()).collect(),
            primary: 1,
            second: None,
        };
        let limits = |regions: &[&str], assigned_only| StaffLimits {
            regions: regions.iter().map(|r| (*r).to_owned()).collect(),
            assigned_only,
        };
        assert!(rota(&[]).reachable_by(&limits(&[], false)));
        assert!(rota(&["eu"]).reachable_by(&limits(&[], false)));
        assert!(rota(&["eu"]).reachable_by(&limits(&["eu", "us"], false)));
        assert!(!rota(&[]).reachable_by(&limits(&["eu"], false)));
        assert!(!rota(&["eu", "us"]).reachable_by(&limits(&["eu"], false)));
        assert!(!rota(&["eu"]).reachable_by(&limits(&["eu"], true)));
    }

    use super::*;

    fn draft(days: &[&str], starts: &str, ends: &str) -> RotaDraft {
        RotaDraft {
            name: "Weekend nights".into(),
            time_zone: "Europe/Berlin".into(),
            days: days.iter().map(|d| (*d).to_owned()).collect(),
            starts: starts.into(),
            ends: ends.into(),
            regions: String::new(),
            primary: Some(7),
            second: Some(8),
        }
    }

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap_or(Timestamp::from_unix_millis(0))
    }

    fn checked(draft: &RotaDraft) -> Result<Rota, String> {
        draft.check().map_err(|p| format!("{p:?}"))
    }

    #[test]
    fn a_night_shift_runs_past_midnight_in_its_own_time_zone() -> TestResult {
        let rota = checked(&draft(&["sat"], "22:00", "06:00"))?;
        // Sunday 03:00 in Berlin (winter: UTC+1) is Sunday 02:00 UTC.
        assert!(rota.covers(at("2026-11-29T02:00:00Z"), "eu"));
        // Sunday 07:00 Berlin: the shift is over.
        assert!(!rota.covers(at("2026-11-29T06:00:00Z"), "eu"));
        // Saturday 21:59 Berlin: not yet.
        assert!(!rota.covers(at("2026-11-28T20:59:00Z"), "eu"));
        // Monday 03:00 Berlin: no shift started on Sunday.
        assert!(!rota.covers(at("2026-11-30T02:00:00Z"), "eu"));
        Ok(())
    }

    #[test]
    fn the_same_start_and_end_is_the_whole_day_and_regions_narrow_it() -> TestResult {
        let mut whole = draft(&["sun"], "00:00", "00:00");
        whole.regions = "eu".into();
        let rota = checked(&whole)?;
        assert!(rota.covers(at("2026-11-29T12:00:00Z"), "eu"));
        assert!(!rota.covers(at("2026-11-29T12:00:00Z"), "us"));
        let all = Rota {
            id: 2,
            ..checked(&RotaDraft {
                regions: String::new(),
                ..whole.clone()
            })?
        };
        let regional = Rota { id: 3, ..rota };
        let rotas = [all.clone(), regional.clone()];
        assert_eq!(
            on_call(&rotas, at("2026-11-29T12:00:00Z"), "eu"),
            Some(&regional)
        );
        assert_eq!(
            on_call(&rotas, at("2026-11-29T12:00:00Z"), "us"),
            Some(&all)
        );
        assert_eq!(on_call(&rotas, at("2026-11-30T12:00:00Z"), "us"), None);
        Ok(())
    }

    #[test]
    fn a_bad_rota_names_each_problem() {
        let bad = RotaDraft {
            name: " ".into(),
            time_zone: "Mars/Olympus".into(),
            days: vec!["someday".into()],
            starts: "25:00".into(),
            ends: "6".into(),
            regions: "no such region!".into(),
            primary: Some(3),
            second: Some(3),
        };
        assert_eq!(
            bad.check(),
            Err(vec![
                RotaProblem::NameMissing,
                RotaProblem::UnknownTimeZone,
                RotaProblem::UnknownDay,
                RotaProblem::BadTime,
                RotaProblem::BadRegion,
                RotaProblem::SecondIsPrimary,
            ])
        );
        let none = RotaDraft {
            primary: None,
            second: None,
            days: Vec::new(),
            ..draft(&[], "08:00", "18:00")
        };
        assert_eq!(
            none.check(),
            Err(vec![RotaProblem::NoDays, RotaProblem::NoPrimary])
        );
    }
}
