//! The risk score of an emergency request: facts in, score and reasons out. The store
//! gathers the facts at submission and keeps the result, so the score a decision was
//! taken on stays the same afterwards.

use serde::{Deserialize, Serialize};

use crate::clock::{Duration, Timestamp};

/// What is known about an emergency request and its sender when it arrives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskFacts {
    pub submitted_at: Timestamp,
    pub account_created_at: Timestamp,
    /// Requests this account submitted before this one.
    pub prior_requests: u32,
    /// Of those, how many were approved (some data released or preserved).
    pub prior_approved: u32,
    /// The agency the requester named in their profile.
    pub agency_named: String,
    /// The organisation that owns the email domain, from the allow-list entry that
    /// admitted the address (`gov_domains.organization`); `None` for suffix rules.
    pub domain_organization: Option<String>,
    /// The agency's IANA time zone from the agency directory; `None`: unknown (UTC).
    pub time_zone: Option<String>,
    /// Other emergencies from this account within the window that share no target
    /// with this one.
    pub unrelated_emergencies: u32,
    /// Targets of this request that requests from other agencies already name.
    pub targets_named_elsewhere: u32,
    /// Submitted through the API with a token first used within the hour.
    pub first_token_use: bool,
}

impl Default for RiskFacts {
    fn default() -> Self {
        Self {
            submitted_at: Timestamp::from_unix_millis(0),
            account_created_at: Timestamp::from_unix_millis(0),
            prior_requests: 0,
            prior_approved: 0,
            agency_named: String::new(),
            domain_organization: None,
            time_zone: None,
            unrelated_emergencies: 0,
            targets_named_elsewhere: 0,
            first_token_use: false,
        }
    }
}

/// Scoring settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskPolicy {
    /// A score above this needs a second staff member to confirm the call-back.
    pub threshold: u32,
    /// How far back other emergencies of the same account count.
    pub window: Duration,
}

impl Default for RiskPolicy {
    fn default() -> Self {
        Self {
            threshold: 50,
            window: Duration::days(7),
        }
    }
}

/// One reason with the points it adds; `code` names the signal (pages translate it),
/// `detail` gives its particulars in English (the log and the API), `particulars` the
/// same as values, for pages to word in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskReason {
    pub code: String,
    pub points: u32,
    pub detail: String,
    /// Empty in assessments stored before it existed (pages then show `detail`).
    #[serde(default)]
    pub particulars: Particulars,
}

/// The values a reason's words need; which ones a reason carries depends on its code.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Particulars {
    /// Days (an account's age, the look-back window).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u64>,
    /// How many (earlier requests, other emergencies, targets named elsewhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// The agency the request names, and the organisation owning the email domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub named: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// When it was sent (Unix milliseconds), and the agency's zone it is read in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskAssessment {
    pub score: u32,
    pub reasons: Vec<RiskReason>,
    pub threshold: u32,
    /// The score is above the threshold: a second staff member, not the one who
    /// recorded the call-back, must confirm it before approval.
    pub second_confirmation: bool,
}

/// Words that say what kind of body an agency is rather than which one.
const GENERIC_WORDS: [&str; 34] = [
    "of",
    "the",
    "and",
    "for",
    "city",
    "county",
    "state",
    "town",
    "village",
    "township",
    "borough",
    "department",
    "dept",
    "police",
    "office",
    "government",
    "gov",
    "sheriff",
    "sheriffs",
    "public",
    "safety",
    "service",
    "services",
    "district",
    "agency",
    "bureau",
    "division",
    "unit",
    "us",
    "usa",
    "united",
    "states",
    "de",
    "la",
];

fn distinctive_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.len() > 1 && !GENERIC_WORDS.contains(&w.as_str()))
        .collect()
}

/// Whether the agency someone named could be the organisation that owns their email
/// domain: they share a distinctive word ("Abilene Police Department" and "City of
/// Abilene"). `None` when either says nothing distinctive.
pub fn agency_matches(named: &str, organization: &str) -> Option<bool> {
    let named = distinctive_words(named);
    let owner = distinctive_words(organization);
    if named.is_empty() || owner.is_empty() {
        return None;
    }
    Some(named.iter().any(|w| owner.contains(w)))
}

/// Whether `name` is an IANA time zone LERS knows.
pub fn is_time_zone(name: &str) -> bool {
    jiff::tz::TimeZone::get(name.trim()).is_ok()
}

/// Local hour (0–23) and whether it is a weekend, at `at` in zone `zone` (UTC when
/// unknown).
pub fn local_time(at: Timestamp, zone: Option<&str>) -> (i8, bool, String) {
    let tz = zone
        .and_then(|z| jiff::tz::TimeZone::get(z).ok())
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let name = zone
        .filter(|z| jiff::tz::TimeZone::get(z).is_ok())
        .unwrap_or("UTC")
        .to_owned();
    match jiff::Timestamp::from_millisecond(at.unix_millis()) {
        Ok(ts) => {
            let local = ts.to_zoned(tz);
            let weekend = matches!(
                local.weekday(),
                jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
            );
            (
                local.hour(),
                weekend,
                format!("{} {name}", local.strftime("%a %H:%M")),
            )
        }
        Err(_) => (12, false, name),
    }
}

/// Scores an emergency request. Each signal is independent; the score is their sum.
pub fn assess(facts: &RiskFacts, policy: &RiskPolicy) -> RiskAssessment {
    let mut reasons = Vec::new();
    let mut add = |code: &str, points: u32, detail: String, particulars: Particulars| {
        reasons.push(RiskReason {
            code: code.to_owned(),
            points,
            detail,
            particulars,
        });
    };
    let none = Particulars::default;
    let age = facts.submitted_at.since(facts.account_created_at);
    let days = u64::try_from(age.as_seconds() / 86_400).unwrap_or(0);
    if age < Duration::days(1) {
        add(
            "new_account",
            25,
            "account created less than a day before".into(),
            none(),
        );
    } else if age < Duration::days(30) {
        add(
            "young_account",
            15,
            format!("account {days} days old"),
            Particulars {
                days: Some(days),
                ..none()
            },
        );
    }
    if facts.prior_requests == 0 {
        add(
            "no_history",
            15,
            "first request from this account".into(),
            none(),
        );
    } else if facts.prior_approved == 0 {
        add(
            "nothing_approved",
            5,
            format!("{} earlier requests, none approved", facts.prior_requests),
            Particulars {
                count: Some(u64::from(facts.prior_requests)),
                ..none()
            },
        );
    }
    if let Some(organization) = &facts.domain_organization {
        if agency_matches(&facts.agency_named, organization) == Some(false) {
            add(
                "agency_mismatch",
                25,
                format!(
                    "names \"{}\", but the email domain belongs to \"{organization}\"",
                    facts.agency_named
                ),
                Particulars {
                    named: Some(facts.agency_named.clone()),
                    organization: Some(organization.clone()),
                    ..none()
                },
            );
        }
    }
    let (hour, weekend, local) = local_time(facts.submitted_at, facts.time_zone.as_deref());
    let sent = || Particulars {
        sent_at: Some(facts.submitted_at.unix_millis()),
        zone: facts.time_zone.clone(),
        ..none()
    };
    if !(6..22).contains(&hour) {
        add(
            "odd_hours",
            15,
            format!("sent at {local}, at night for the agency"),
            sent(),
        );
    } else if weekend {
        add(
            "weekend",
            5,
            format!("sent at {local}, a weekend for the agency"),
            sent(),
        );
    }
    if facts.unrelated_emergencies > 0 {
        let window = u64::try_from(policy.window.as_seconds() / 86_400).unwrap_or(0);
        add(
            "many_emergencies",
            (facts.unrelated_emergencies * 10).min(30),
            format!(
                "{} other emergencies for unrelated targets from this account within {window} days",
                facts.unrelated_emergencies,
            ),
            Particulars {
                count: Some(u64::from(facts.unrelated_emergencies)),
                days: Some(window),
                ..none()
            },
        );
    }
    if facts.targets_named_elsewhere > 0 {
        add(
            "targets_elsewhere",
            (facts.targets_named_elsewhere * 10).min(20),
            format!(
                "{} of its targets already named by other agencies",
                facts.targets_named_elsewhere
            ),
            Particulars {
                count: Some(u64::from(facts.targets_named_elsewhere)),
                ..none()
            },
        );
    }
    if facts.first_token_use {
        add(
            "first_token_use",
            20,
            "sent through the API with a token used for the first time".into(),
            none(),
        );
    }
    let score = reasons.iter().map(|r| r.points).sum();
    RiskAssessment {
        score,
        reasons,
        threshold: policy.threshold,
        second_confirmation: score > policy.threshold,
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    /// A known, long-standing account sending from its agency's office at noon.
    fn quiet() -> RiskFacts {
        let at = Timestamp::parse_rfc3339("2026-11-27T18:00:00Z").expect("time");
        RiskFacts {
            submitted_at: at,
            account_created_at: at.minus(Duration::days(400)),
            prior_requests: 12,
            prior_approved: 9,
            agency_named: "Abilene Police Department".into(),
            domain_organization: Some("City of Abilene".into()),
            time_zone: Some("America/Chicago".into()),
            ..Default::default()
        }
    }

    fn codes(facts: &RiskFacts) -> Vec<String> {
        assess(facts, &RiskPolicy::default())
            .reasons
            .into_iter()
            .map(|r| r.code)
            .collect()
    }

    #[test]
    fn a_known_sender_at_noon_scores_nothing() {
        let result = assess(&quiet(), &RiskPolicy::default());
        assert_eq!(result.score, 0, "{:?}", result.reasons);
        assert!(!result.second_confirmation);
    }

    #[test]
    fn account_age() {
        let mut facts = quiet();
        facts.account_created_at = facts.submitted_at.minus(Duration::hours(2));
        assert_eq!(codes(&facts), ["new_account"]);
        facts.account_created_at = facts.submitted_at.minus(Duration::days(10));
        assert_eq!(codes(&facts), ["young_account"]);
    }

    #[test]
    fn history() {
        let mut facts = quiet();
        facts.prior_requests = 0;
        facts.prior_approved = 0;
        assert_eq!(codes(&facts), ["no_history"]);
        facts.prior_requests = 3;
        assert_eq!(codes(&facts), ["nothing_approved"]);
    }

    #[test]
    fn agency_named_against_the_domain_owner() {
        let mut facts = quiet();
        facts.agency_named = "Federal Bureau of Investigation".into();
        assert_eq!(codes(&facts), ["agency_mismatch"]);
        facts.domain_organization = None;
        assert!(codes(&facts).is_empty(), "unknown owner: no signal");
        assert_eq!(agency_matches("Police Department", "City of Abilene"), None);
    }

    #[test]
    fn odd_hours_in_the_agency_time_zone() {
        let mut facts = quiet();
        // 18:00 UTC is noon in Chicago, but 03:00 the next day in Tokyo.
        facts.time_zone = Some("Asia/Tokyo".into());
        assert_eq!(codes(&facts), ["odd_hours"]);
        // Unknown zone: UTC, where 18:00 is fine.
        facts.time_zone = None;
        assert!(codes(&facts).is_empty());
        facts.submitted_at = Timestamp::parse_rfc3339("2026-11-28T02:30:00Z").expect("time");
        facts.account_created_at = facts.submitted_at.minus(Duration::days(400));
        assert_eq!(codes(&facts), ["odd_hours"]);
        facts.submitted_at = Timestamp::parse_rfc3339("2026-11-28T12:00:00Z").expect("time");
        assert_eq!(codes(&facts), ["weekend"]);
    }

    #[test]
    fn many_unrelated_emergencies_and_shared_targets() {
        let mut facts = quiet();
        facts.unrelated_emergencies = 5;
        let result = assess(&facts, &RiskPolicy::default());
        assert_eq!(result.reasons[0].code, "many_emergencies");
        assert_eq!(result.score, 30, "capped");
        let mut facts = quiet();
        facts.targets_named_elsewhere = 1;
        assert_eq!(assess(&facts, &RiskPolicy::default()).score, 10);
    }

    #[test]
    fn first_use_of_an_api_token() {
        let mut facts = quiet();
        facts.first_token_use = true;
        assert_eq!(codes(&facts), ["first_token_use"]);
    }

    #[test]
    fn above_the_threshold_a_second_confirmation_is_needed() {
        let mut facts = quiet();
        facts.account_created_at = facts.submitted_at;
        facts.prior_requests = 0;
        facts.first_token_use = true;
        let policy = RiskPolicy {
            threshold: 50,
            ..Default::default()
        };
        let result = assess(&facts, &policy);
        assert_eq!(result.score, 60);
        assert!(result.second_confirmation);
        let lenient = RiskPolicy {
            threshold: 60,
            ..Default::default()
        };
        assert!(
            !assess(&facts, &lenient).second_confirmation,
            "above, not at"
        );
    }

    #[test]
    fn time_zones_are_checked() {
        assert!(is_time_zone("America/Chicago"));
        assert!(!is_time_zone("Mars/Olympus"));
    }
}
