//! Dates and clocks as a reader expects them: "31 Dec 2026, 14:39 CET" in their
//! language (ICU4X's CLDR patterns) and time zone (`jiff`'s bundled database), and an
//! SLA clock as words ("due in 3 h", "po terminie od 2 dni") whose plural forms come
//! from Fluent. UTC stays in the audit log, the API and every `datetime` attribute;
//! this is only what people read.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::DateTimeFormatter;
use icu_locale_core::Locale;
use jiff::tz::TimeZone;
use lers_domain::clock::Timestamp;

use super::LANGUAGES;

/// Something that names a moment: a [`Timestamp`], or the RFC 3339 text some views
/// carry (text that is not a moment, such as a bare date, is shown as written).
pub trait Moment {
    /// The instant, or the text to show as it is.
    fn instant(&self) -> Result<Timestamp, &str>;
}

impl Moment for Timestamp {
    fn instant(&self) -> Result<Timestamp, &str> {
        Ok(*self)
    }
}

impl Moment for String {
    fn instant(&self) -> Result<Timestamp, &str> {
        self.parse::<jiff::Timestamp>()
            .map(|t| Timestamp::from_unix_millis(t.as_millisecond()))
            .map_err(|_| self.as_str())
    }
}

impl<T: Moment + ?Sized> Moment for &T {
    fn instant(&self) -> Result<Timestamp, &str> {
        (**self).instant()
    }
}

/// One formatter per language LERS speaks, made once: CLDR's medium date with the
/// time to the minute.
static FORMATTERS: LazyLock<HashMap<&'static str, DateTimeFormatter<YMDT>>> = LazyLock::new(|| {
    per_language(|locale| {
        let fields = YMDT::medium().with_time_precision(TimePrecision::Minute);
        DateTimeFormatter::try_new(locale.into(), fields).ok()
    })
});

/// One date formatter per language, for calendar dates (a date range, an order's end,
/// a period's last day): CLDR's medium date.
static DAY_FORMATTERS: LazyLock<HashMap<&'static str, DateTimeFormatter<YMD>>> =
    LazyLock::new(|| {
        per_language(|locale| DateTimeFormatter::try_new(locale.into(), YMD::medium()).ok())
    });

/// One `T` per language LERS speaks, made by `make` from the language's CLDR locale
/// (languages whose data is missing are left out; their readers get the fallback).
pub(super) fn per_language<T>(make: impl Fn(Locale) -> Option<T>) -> HashMap<&'static str, T> {
    LANGUAGES
        .iter()
        .filter_map(|(tag, _)| {
            let locale = Locale::try_from_str(cldr_locale(tag)).ok()?;
            Some((*tag, make(locale)?))
        })
        .collect()
}

/// A calendar date written `YYYY-MM-DD` as the reader of `lang` reads it ("31 Dec
/// 2026"); `None` for text that is no such date.
pub(super) fn format_day(lang: &str, text: &str) -> Option<String> {
    let day: jiff::civil::Date = text.trim().parse().ok()?;
    let date = Date::try_new_iso(
        i32::from(day.year()),
        u8::try_from(day.month()).ok()?,
        u8::try_from(day.day()).ok()?,
    )
    .ok()?;
    DAY_FORMATTERS
        .get(lang)
        .map(|formatter| formatter.format(&date).to_string())
}

/// The CLDR locale whose patterns a language's pages use. English is read by
/// officials everywhere, so it takes the day-first, 24-hour British form rather
/// than the US one ("31 Dec 2026, 14:39", not "Dec 31, 2026, 2:39 PM").
pub(super) fn cldr_locale(tag: &str) -> &str {
    match tag {
        "en" => "en-GB",
        other => other,
    }
}

/// `at` as the reader of `lang` in `zone` reads it, with the zone's abbreviation
/// ("CET", or "UTC+07" where the zone has no letters).
pub(super) fn format_instant(lang: &str, zone: &TimeZone, at: Timestamp) -> String {
    let Ok(instant) = jiff::Timestamp::from_millisecond(at.unix_millis()) else {
        return at.to_rfc3339();
    };
    let local = instant.to_zoned(zone.clone());
    let civil = local.datetime();
    let formatted = civil_input(&civil).and_then(|input| {
        FORMATTERS
            .get(lang)
            .map(|formatter| formatter.format(&input).to_string())
    });
    let Some(text) = formatted else {
        return at.to_rfc3339();
    };
    format!("{text} {}", zone_label(zone, instant))
}

fn civil_input(civil: &jiff::civil::DateTime) -> Option<DateTime<icu_calendar::Iso>> {
    let date = Date::try_new_iso(
        i32::from(civil.year()),
        u8::try_from(civil.month()).ok()?,
        u8::try_from(civil.day()).ok()?,
    )
    .ok()?;
    let time = Time::try_new(
        u8::try_from(civil.hour()).ok()?,
        u8::try_from(civil.minute()).ok()?,
        0,
        0,
    )
    .ok()?;
    Some(DateTime { date, time })
}

fn zone_label(zone: &TimeZone, instant: jiff::Timestamp) -> String {
    let info = zone.to_offset_info(instant);
    let abbreviation = info.abbreviation();
    if abbreviation.starts_with(['+', '-']) {
        format!("UTC{abbreviation}")
    } else {
        abbreviation.to_owned()
    }
}

/// How an SLA clock reads: which message, and the count its plural form takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ClockWords {
    pub message: &'static str,
    pub count: i64,
}

/// The words for a deadline `due` seen at `now`: minutes under an hour, hours under
/// two days, days beyond. A clock is overdue from the deadline's own millisecond.
pub(super) fn clock_words(due: Timestamp, now: Timestamp) -> ClockWords {
    const MINUTE: i64 = 60_000;
    const HOUR: i64 = 60 * MINUTE;
    const DAY: i64 = 24 * HOUR;
    let left = due.unix_millis().saturating_sub(now.unix_millis());
    let overdue = left <= 0;
    let span = left.saturating_abs();
    let (unit, count) = if span < HOUR {
        ("minutes", (span / MINUTE).max(1))
    } else if span < 2 * DAY {
        ("hours", span / HOUR)
    } else {
        ("days", span / DAY)
    };
    let message = match (overdue, unit) {
        (false, "minutes") => "clock-due-minutes",
        (false, "hours") => "clock-due-hours",
        (false, _) => "clock-due-days",
        (true, "minutes") => "clock-overdue-minutes",
        (true, "hours") => "clock-overdue-hours",
        (true, _) => "clock-overdue-days",
    };
    ClockWords { message, count }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEW_YEARS_EVE: i64 = 1_798_724_350_145; // 2026-12-31T13:39:10.145Z

    fn zone(name: &str) -> TimeZone {
        // A zone missing from the database shows as UTC, and the assertions say so.
        TimeZone::get(name).unwrap_or(TimeZone::UTC)
    }

    #[test]
    fn a_calendar_date_reads_in_the_language_of_its_reader() {
        assert_eq!(
            format_day("en", "2026-12-31").as_deref(),
            Some("31 Dec 2026")
        );
        assert_eq!(
            format_day("de", "2026-06-30").as_deref(),
            Some("30.06.2026")
        );
        let polish = format_day("pl", "2026-12-31").unwrap_or_default();
        assert!(polish.starts_with("31 gru 2026"), "{polish}");
        let chinese = format_day("zh-CN", "2026-12-31").unwrap_or_default();
        assert!(chinese.contains("2026年12月31日"), "{chinese}");
        assert_eq!(format_day("en", "last Tuesday"), None);
        assert_eq!(format_day("en", "2026-02-30"), None);
    }

    #[test]
    fn an_instant_reads_in_the_language_and_zone_of_its_reader() {
        let at = Timestamp::from_unix_millis(NEW_YEARS_EVE);
        let berlin = zone("Europe/Berlin");
        assert_eq!(format_instant("en", &berlin, at), "31 Dec 2026, 14:39 CET");
        let warsaw = format_instant("pl", &zone("Europe/Warsaw"), at);
        assert!(
            warsaw.starts_with("31 gru 2026") && warsaw.ends_with("14:39 CET"),
            "{warsaw}"
        );
        let hanoi = format_instant("vi", &zone("Asia/Ho_Chi_Minh"), at);
        assert!(
            hanoi.contains("20:39") && hanoi.ends_with("UTC+07"),
            "{hanoi}"
        );
        let shanghai = format_instant("zh-CN", &zone("Asia/Shanghai"), at);
        assert!(
            shanghai.contains("2026年12月31日") && shanghai.contains("21:39"),
            "{shanghai}"
        );
        assert_eq!(
            format_instant("de", &TimeZone::UTC, at),
            "31.12.2026, 13:39 UTC"
        );
    }

    #[test]
    fn summer_time_changes_the_abbreviation() {
        let july = Timestamp::from_unix_millis(1_783_000_000_000); // 2026-07-02
        let text = format_instant("en", &zone("Europe/Paris"), july);
        assert!(text.ends_with("CEST"), "{text}");
    }

    #[test]
    fn a_clock_picks_minutes_hours_or_days_and_turns_overdue_at_the_deadline() {
        let now = Timestamp::from_unix_millis(NEW_YEARS_EVE);
        let minutes = |m: i64| Timestamp::from_unix_millis(NEW_YEARS_EVE + m * 60_000);
        let words = |due| clock_words(due, now);
        assert_eq!(
            words(minutes(25)),
            ClockWords {
                message: "clock-due-minutes",
                count: 25
            }
        );
        assert_eq!(
            words(minutes(180)),
            ClockWords {
                message: "clock-due-hours",
                count: 3
            }
        );
        assert_eq!(
            words(minutes(47 * 60)),
            ClockWords {
                message: "clock-due-hours",
                count: 47
            }
        );
        assert_eq!(
            words(minutes(72 * 60)),
            ClockWords {
                message: "clock-due-days",
                count: 3
            }
        );
        assert_eq!(
            words(now),
            ClockWords {
                message: "clock-overdue-minutes",
                count: 1
            }
        );
        assert_eq!(
            words(minutes(-2 * 24 * 60 - 5)),
            ClockWords {
                message: "clock-overdue-days",
                count: 2
            }
        );
    }
}
