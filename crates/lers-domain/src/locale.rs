//! What a person reads LERS in: the language and time zone an account keeps in its
//! profile. The language is one of the tags LERS has translations for (the
//! application checks it against its Fluent folders); the time zone an IANA name from
//! the time zone database bundled with `jiff`.

use serde::Serialize;

/// An account's language and time zone; `None` where the person chose nothing (the
/// language then comes from the browser, the time zone is UTC).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct AccountLocale {
    /// A language tag LERS speaks (`en`, `de`, `es`, `fr`, `pl`, `vi`, `zh-CN`).
    pub language: Option<String>,
    /// An IANA time zone name, e.g. `Europe/Warsaw`.
    pub time_zone: Option<String>,
}

impl AccountLocale {
    /// The time zone to show times in: the chosen one, or UTC.
    pub fn zone(&self) -> &str {
        self.time_zone.as_deref().unwrap_or(UTC)
    }

    /// The names of the fields that differ from `other` (for the audit entry).
    pub fn changed_fields(&self, other: &Self) -> Vec<&'static str> {
        let mut changed = Vec::new();
        if self.language != other.language {
            changed.push("language");
        }
        if self.time_zone != other.time_zone {
            changed.push("time_zone");
        }
        changed
    }
}

pub const UTC: &str = "UTC";

/// The time zone named `input` (surrounding spaces ignored), as the database spells
/// it; `None` when the database has no such zone.
pub fn time_zone(input: &str) -> Option<String> {
    let name = input.trim();
    let zone = jiff::tz::TimeZone::get(name).ok()?;
    Some(zone.iana_name().unwrap_or(name).to_owned())
}

/// The time zones a profile offers, sorted: UTC and every `Area/Location` name. The
/// database's old single-word aliases ("Poland", "Japan", "GB") and `Etc/` offsets are
/// left out: they duplicate a location and read as English words in any language (a
/// profile that has one keeps it: [`time_zone`] still accepts it).
pub fn time_zones() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.to_string())
        .filter(|n| n == "UTC" || (n.contains('/') && !n.starts_with("Etc/")))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_is_checked_against_the_database() {
        assert_eq!(
            time_zone(" Europe/Warsaw ").as_deref(),
            Some("Europe/Warsaw")
        );
        assert_eq!(
            time_zone("Asia/Ho_Chi_Minh").as_deref(),
            Some("Asia/Ho_Chi_Minh")
        );
        assert_eq!(time_zone("UTC").as_deref(), Some("UTC"));
        assert_eq!(time_zone(""), None);
        assert_eq!(time_zone("Mars/Olympus_Mons"), None);
        assert_eq!(time_zone("CET+1"), None);
        let all = time_zones();
        assert!(all.iter().any(|z| z == "America/New_York"));
        assert!(all.iter().any(|z| z == "UTC"));
        assert!(all.len() > 300, "{}", all.len());
        for alias in ["Poland", "Japan", "GB", "Etc/GMT+5"] {
            assert!(!all.iter().any(|z| z == alias), "{alias} is offered");
            assert!(time_zone(alias).is_some(), "{alias} is still accepted");
        }
    }

    #[test]
    fn the_changed_fields_are_named_and_utc_is_the_default() {
        let none = AccountLocale::default();
        assert_eq!(none.zone(), "UTC");
        let chosen = AccountLocale {
            language: Some("pl".into()),
            time_zone: Some("Europe/Warsaw".into()),
        };
        assert_eq!(chosen.changed_fields(&none), ["language", "time_zone"]);
        assert!(chosen.changed_fields(&chosen).is_empty());
    }
}
