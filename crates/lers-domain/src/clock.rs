//! Time as a parameter. Nothing in LERS reads the wall clock directly: the server gets
//! a [`Clock`] and tests pass a [`ManualClock`] they can move, so lock-outs, expiries
//! and retention are tested without sleeping.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use time::OffsetDateTime;

/// A point in time, UTC, with millisecond precision (what the database stores).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_unix_millis(millis: i64) -> Self {
        Self(millis)
    }

    pub const fn unix_millis(self) -> i64 {
        self.0
    }

    pub const fn unix_seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    pub fn plus(self, duration: Duration) -> Self {
        Self(self.0.saturating_add(duration.millis))
    }

    pub fn minus(self, duration: Duration) -> Self {
        Self(self.0.saturating_sub(duration.millis))
    }

    /// How long ago `earlier` was, as seen from `self` (negative if it lies ahead).
    pub fn since(self, earlier: Timestamp) -> Duration {
        Duration {
            millis: self.0.saturating_sub(earlier.0),
        }
    }

    /// RFC 3339 in UTC, e.g. `2026-11-27T14:24:00.000Z`.
    pub fn to_rfc3339(self) -> String {
        let nanos = i128::from(self.0) * 1_000_000;
        match OffsetDateTime::from_unix_timestamp_nanos(nanos) {
            Ok(t) => t
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_else(|_| self.0.to_string()),
            Err(_) => self.0.to_string(),
        }
    }
}

impl Timestamp {
    /// The calendar day (UTC) this instant falls on.
    pub fn date(self) -> time::Date {
        OffsetDateTime::from_unix_timestamp(self.unix_seconds())
            .map(|t| t.date())
            .unwrap_or(time::Date::MIN)
    }

    /// Midnight UTC at the start of `date`.
    pub fn start_of(date: time::Date) -> Self {
        Self(
            date.midnight()
                .assume_utc()
                .unix_timestamp()
                .saturating_mul(1000),
        )
    }

    /// Parses RFC 3339 (any offset; stored as UTC).
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let t = OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339).ok()?;
        i64::try_from(t.unix_timestamp_nanos() / 1_000_000)
            .ok()
            .map(Self)
    }
}

/// JSON shows times as RFC 3339 strings, which people and other systems read alike.
impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        Self::parse_rfc3339(&text).ok_or_else(|| {
            serde::de::Error::custom("expected an RFC 3339 time such as 2026-11-27T14:24:00Z")
        })
    }
}

/// In the OpenAPI document a time is an RFC 3339 string.
impl utoipa::PartialSchema for Timestamp {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::DateTime,
            )))
            .into()
    }
}

impl utoipa::ToSchema for Timestamp {}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

/// A span of time with millisecond precision; may be negative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Duration {
    millis: i64,
}

impl Duration {
    pub const fn millis(millis: i64) -> Self {
        Self { millis }
    }
    pub const fn seconds(seconds: i64) -> Self {
        Self::millis(seconds * 1000)
    }
    pub const fn minutes(minutes: i64) -> Self {
        Self::seconds(minutes * 60)
    }
    pub const fn hours(hours: i64) -> Self {
        Self::minutes(hours * 60)
    }
    pub const fn days(days: i64) -> Self {
        Self::hours(days * 24)
    }
    pub const fn as_millis(self) -> i64 {
        self.millis
    }
    pub const fn as_seconds(self) -> i64 {
        self.millis / 1000
    }
}

/// Where "now" comes from.
pub trait Clock: Send + Sync + fmt::Debug {
    fn now(&self) -> Timestamp;
}

/// The real clock, for production.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let nanos = OffsetDateTime::now_utc().unix_timestamp_nanos();
        Timestamp(i64::try_from(nanos / 1_000_000).unwrap_or(i64::MAX))
    }
}

/// A clock that only moves when told to. Clones share the same time.
#[derive(Debug, Clone)]
pub struct ManualClock {
    millis: Arc<AtomicI64>,
}

impl ManualClock {
    pub fn starting_at(at: Timestamp) -> Self {
        Self {
            millis: Arc::new(AtomicI64::new(at.0)),
        }
    }

    pub fn advance(&self, by: Duration) {
        self.millis.fetch_add(by.millis, Ordering::SeqCst);
    }

    pub fn set(&self, at: Timestamp) {
        self.millis.store(at.0, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.millis.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_told_and_clones_share_it() {
        let clock = ManualClock::starting_at(Timestamp::from_unix_millis(1_000));
        let other = clock.clone();
        clock.advance(Duration::minutes(15));
        assert_eq!(other.now(), Timestamp::from_unix_millis(1_000 + 900_000));
    }

    #[test]
    fn formats_rfc3339_utc() {
        let t = Timestamp::from_unix_millis(1_700_000_000_123);
        assert_eq!(t.to_rfc3339(), "2023-11-14T22:13:20.123Z");
        assert_eq!(
            Timestamp::parse_rfc3339("2023-11-14T23:13:20.123+01:00"),
            Some(t)
        );
    }
}
