//! Every user-facing string comes from Fluent files under `locales/<lang>/`, so adding
//! a language is adding a folder of `.ftl` files: negotiation picks it up. A
//! translator also carries its reader's time zone, so dates read as they expect.

mod collation;
mod countries;
mod dates;
mod risk;
mod sizes;
mod timeline;

pub use dates::Moment;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};
use jiff::tz::TimeZone;
use lers_domain::clock::Timestamp;
use lers_domain::locale::AccountLocale;
use lers_domain::problem::{Arg, Problem};
use unic_langid::langid;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

const FALLBACK: LanguageIdentifier = langid!("en");

/// The languages LERS speaks, each offered by its own name (a name in its own language
/// reads the same whatever the page's language, so it is not a Fluent message).
pub const LANGUAGES: [(&str, &str); 7] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pl", "Polski"),
    ("vi", "Tiếng Việt"),
    ("zh-CN", "简体中文"),
];

/// The translator for one reader: their language and time zone (UTC unless their
/// profile names one).
#[derive(Clone, Debug)]
pub struct Tr {
    lang: LanguageIdentifier,
    zone: TimeZone,
}

impl Default for Tr {
    fn default() -> Self {
        Self::in_language(FALLBACK)
    }
}

impl Tr {
    /// Picks the best available language from an `Accept-Language` header.
    pub fn negotiate(accept_language: Option<&str>) -> Self {
        let available: Vec<&LanguageIdentifier> = LOCALES.locales().collect();
        let wanted = accept_language.unwrap_or("").split(',').filter_map(|part| {
            let tag = part.split(';').next()?.trim();
            tag.parse::<LanguageIdentifier>().ok()
        });
        for want in wanted {
            if let Some(found) = available
                .iter()
                .find(|have| {
                    have.language == want.language
                        && (want.region.is_none() || have.region == want.region)
                })
                .or_else(|| available.iter().find(|have| have.language == want.language))
            {
                return Self::in_language((*found).clone());
            }
        }
        Self::default()
    }

    /// The language with exactly the tag `tag`, if LERS has it.
    pub fn exact(tag: &str) -> Option<Self> {
        let lang: LanguageIdentifier = tag.parse().ok()?;
        LOCALES
            .locales()
            .any(|have| *have == lang)
            .then(|| Self::in_language(lang))
    }

    fn in_language(lang: LanguageIdentifier) -> Self {
        Self {
            lang,
            zone: TimeZone::UTC,
        }
    }

    /// The language a person chose (the language cookie) if LERS has it, otherwise
    /// the best match for their browser's `Accept-Language`.
    pub fn for_request(chosen: Option<&str>, accept_language: Option<&str>) -> Self {
        chosen
            .and_then(Self::exact)
            .unwrap_or_else(|| Self::negotiate(accept_language))
    }

    /// The language of an account: the one chosen in its profile, else `otherwise`
    /// (the cookie and the browser, or the language of what caused a mail).
    /// Their times read in the profile's time zone.
    pub fn for_account(locale: &AccountLocale, otherwise: impl FnOnce() -> Self) -> Self {
        let tr = locale
            .language
            .as_deref()
            .and_then(Self::exact)
            .unwrap_or_else(otherwise);
        match locale.time_zone.as_deref().map(TimeZone::get) {
            Some(Ok(zone)) => Self { zone, ..tr },
            _ => tr,
        }
    }

    /// A calendar date written `YYYY-MM-DD` as this reader reads it ("31 Dec 2026",
    /// "31 gru 2026"); other text (a date as someone typed it) as written.
    pub fn day(&self, text: &str) -> String {
        dates::format_day(&self.lang.to_string(), text).unwrap_or_else(|| text.to_owned())
    }

    /// `at` as this reader reads it: "31 Dec 2026, 14:39 CET".
    pub fn when<M: Moment + ?Sized>(&self, at: &M) -> String {
        match at.instant() {
            Ok(at) => dates::format_instant(&self.lang.to_string(), &self.zone, at),
            Err(as_written) => as_written.to_owned(),
        }
    }

    /// A deadline seen at `now` in words: "due in 3 h", "overdue by 2 days".
    pub fn clock(&self, due: &Timestamp, now: &Timestamp) -> String {
        let words = dates::clock_words(*due, *now);
        self.with_count(words.message, words.count)
    }

    /// The message `id` with a `$count` that selects its plural form.
    /// The message `id` whose plural follows `count`, shown as `shown` (the count as
    /// the reader's language writes it) in the `$shown` placeable.
    fn with_number(&self, id: &str, count: u64, shown: String) -> String {
        let args = HashMap::from([
            (Cow::Borrowed("count"), FluentValue::from(count as f64)),
            (Cow::Borrowed("shown"), FluentValue::from(shown)),
        ]);
        LOCALES
            .try_lookup_with_args(&self.lang, id, &args)
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn with_count(&self, id: &str, count: i64) -> String {
        let args = HashMap::from([(Cow::Borrowed("count"), FluentValue::from(count))]);
        LOCALES
            .try_lookup_with_args(&self.lang, id, &args)
            .unwrap_or_else(|| id.to_owned())
    }

    pub fn lang(&self) -> String {
        self.lang.to_string()
    }

    /// The message `id`; a missing message shows its id, which tests catch.
    pub fn get(&self, id: &str) -> String {
        LOCALES
            .try_lookup(&self.lang, id)
            .unwrap_or_else(|| id.to_owned())
    }

    /// The label of a vocabulary value: message `<group>-<value>`, e.g. `kind-emergency`.
    pub fn label(&self, group: &str, value: &str) -> String {
        self.get(&format!("{group}-{value}"))
    }

    /// [`label`](Self::label) for a stored value that may predate its vocabulary
    /// (text written before it was a code): the value as stored when no message
    /// names it.
    pub fn label_or_stored(&self, group: &str, value: &str) -> String {
        LOCALES
            .try_lookup(&self.lang, &format!("{group}-{value}"))
            .unwrap_or_else(|| value.to_owned())
    }

    /// An allow-list entry's type of organisation in words (`domain-type-<type>`,
    /// the stored text in lower case with dashes: "City - Election" is
    /// `domain-type-city-election`); `None` for a type no message names (an admin's
    /// own, or one CISA adds later), which the page shows as stored.
    pub fn domain_type(&self, stored: &str) -> Option<String> {
        let slug = stored
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
            .join("-");
        if slug.is_empty() {
            return None;
        }
        LOCALES.try_lookup(&self.lang, &format!("domain-type-{slug}"))
    }

    /// A staff member's roles in words (`field-role-<role>`), listed the way the
    /// language lists ("Reviewer, Approver"; "审核员、批准人"); "—" for none.
    pub fn roles(&self, roles: &lers_domain::account::Roles) -> String {
        let separator = if self.lang.language.as_str() == "zh" {
            "、"
        } else {
            ", "
        };
        let named: Vec<String> = roles
            .iter()
            .map(|role| self.label("field-role", role.as_str()))
            .collect();
        if named.is_empty() {
            "—".to_owned()
        } else {
            named.join(separator)
        }
    }

    /// An audit action in words: message `activity-<action>` (dots and underscores as
    /// dashes), or the action's code where no label is written (an action newer than
    /// this build's messages, read from an older or newer log).
    pub fn audit_action(&self, action: &str) -> String {
        let key = format!("activity-{}", action.replace(['.', '_'], "-"));
        LOCALES
            .try_lookup(&self.lang, &key)
            .unwrap_or_else(|| action.to_owned())
    }

    /// What a person reads for one of their account's audit events: the action and
    /// its outcome in words.
    pub fn account_event(&self, action: &str, outcome: &str) -> String {
        format!(
            "{} ({})",
            self.audit_action(action),
            self.label("activity-outcome", outcome)
        )
    }

    /// A form field's problem in this reader's words; a `Label` argument is itself a
    /// message (a field's name), so no English word reaches the sentence.
    pub fn problem(&self, problem: &Problem) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = problem
            .args()
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Label(label) => FluentValue::from(self.get(label)),
                    Arg::Vocabulary { group, value } => FluentValue::from(self.label(group, value)),
                    Arg::Moment(at) => FluentValue::from(self.when(at)),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.lang, problem.id(), &args)
            .unwrap_or_else(|| problem.id().to_owned())
    }

    /// The message `id` with each of `slots` left as a literal `{slot}`, for a script
    /// on the page to fill in: the script then speaks the reader's language without
    /// knowing any.
    pub fn slotted(&self, id: &str, slots: &[&'static str]) -> String {
        let args: Vec<(&'static str, String)> =
            slots.iter().map(|s| (*s, format!("{{{s}}}"))).collect();
        self.with(id, &args)
    }

    pub fn with(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        LOCALES
            .try_lookup_with_args(&self.lang, id, &args)
            .unwrap_or_else(|| id.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_and_finds_messages() {
        let tr = Tr::negotiate(Some("xx-YY, zz;q=0.5"));
        assert_eq!(tr.lang(), "en");
        assert_ne!(tr.get("app-name"), "app-name");
        assert_eq!(tr.get("no-such-message"), "no-such-message");
    }

    #[test]
    fn notices_exist_in_the_first_users_languages_and_the_rest_falls_back() {
        for (lang, word) in [
            ("de", "Guten Tag"),
            ("pl", "Dzień dobry"),
            ("vi", "Xin chào"),
            ("zh-CN", "您好"),
            ("en", "Hello"),
        ] {
            let tr = Tr::negotiate(Some(lang));
            assert_eq!(tr.lang(), lang);
            let args = [
                "service",
                "account",
                "authority",
                "country",
                "process",
                "date",
                "categories",
            ]
            .map(|k| (k, format!("<{k}>")));
            let body = tr.with("mail-notice-body", &args);
            assert!(body.contains(word), "{lang}: {body}");
            assert_ne!(
                tr.get("nav-sign-in"),
                "nav-sign-in",
                "{lang} falls back to English for the pages"
            );
        }
    }

    #[test]
    fn the_switcher_offers_exactly_the_languages_there_are() {
        let offered: Vec<String> = LANGUAGES
            .iter()
            .filter_map(|(tag, _)| Tr::exact(tag).map(|tr| tr.lang()))
            .collect();
        let mut have: Vec<String> = LOCALES.locales().map(ToString::to_string).collect();
        have.sort();
        let mut sorted = offered.clone();
        sorted.sort();
        assert_eq!(sorted, have);
        assert_eq!(offered.len(), LANGUAGES.len());
    }

    #[test]
    fn a_chosen_language_wins_over_the_browser_and_a_bad_choice_is_ignored() {
        assert_eq!(Tr::for_request(Some("pl"), Some("de")).lang(), "pl");
        assert_eq!(Tr::for_request(Some("xx"), Some("de")).lang(), "de");
        assert_eq!(Tr::for_request(Some("zh"), Some("fr")).lang(), "fr");
        assert_eq!(Tr::for_request(None, None).lang(), "en");
        assert!(Tr::exact("de-DE").is_none());
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let tr = Tr::default();
        let text = tr.with(
            "mail-verify-body",
            &[
                ("name", "Dana".into()),
                ("link", "https://x/verify?token=abc".into()),
                ("service", "LERS".into()),
            ],
        );
        assert!(text.contains("Dana"));
        assert!(text.contains("https://x/verify?token=abc"));
        assert!(!text.contains('\u{2068}'));
    }

    #[test]
    fn clocks_read_in_each_language_with_its_plural_forms() {
        let now = Timestamp::from_unix_millis(1_798_724_350_145);
        let hours = |h: i64| now.plus(lers_domain::clock::Duration::minutes(h * 60));
        for (lang, due_in_3_h, overdue_by_2_days, overdue_by_1_day) in [
            ("en", "due in 3 h", "overdue by 2 days", "overdue by 1 day"),
            (
                "pl",
                "termin za 3 godz.",
                "po terminie od 2 dni",
                "po terminie od 1 dnia",
            ),
            (
                "de",
                "fällig in 3 Std.",
                "seit 2 Tagen überfällig",
                "seit 1 Tag überfällig",
            ),
            ("zh-CN", "3 小时后到期", "已逾期 2 天", "已逾期 1 天"),
        ] {
            let tr = Tr::negotiate(Some(lang));
            assert_eq!(tr.clock(&hours(3), &now), due_in_3_h);
            assert_eq!(tr.clock(&hours(-49), &now), overdue_by_2_days);
            assert_eq!(tr.with_count("clock-overdue-days", 1), overdue_by_1_day);
        }
    }

    #[test]
    fn an_account_reads_times_in_its_own_zone_and_a_visitor_in_utc() {
        let at = Timestamp::from_unix_millis(1_798_724_350_145);
        let warsaw = AccountLocale {
            language: Some("pl".into()),
            time_zone: Some("Europe/Warsaw".into()),
        };
        let tr = Tr::for_account(&warsaw, Tr::default);
        assert!(tr.when(&at).ends_with("14:39 CET"), "{}", tr.when(&at));
        assert!(Tr::default().when(&at).ends_with("13:39 UTC"));
    }

    #[test]
    fn account_events_read_in_words_and_unknown_ones_keep_their_code() {
        let tr = Tr::negotiate(Some("pl"));
        assert_eq!(
            tr.account_event("mfa.enrolled", "success"),
            "Skonfigurowano weryfikację dwuetapową (powodzenie)"
        );
        assert_eq!(
            tr.account_event("api_token.created", "denied"),
            "Utworzono token API (odmowa)"
        );
        assert_eq!(
            tr.account_event("no_such.action", "success"),
            "no_such.action (powodzenie)"
        );
    }

    /// Every type of organisation the shipped CISA list uses reads in every language;
    /// a type nobody wrote words for is left to the page to show as stored.
    #[test]
    fn the_shipped_list_s_organisation_types_have_words_in_every_language() {
        const SHIPPED: &str = include_str!("../../../lers/data/dotgov/current-full.csv");
        let types: std::collections::BTreeSet<&str> = SHIPPED
            .lines()
            .skip(1)
            .filter_map(|line| line.split(',').nth(1))
            .collect();
        assert!(types.len() > 10, "{types:?}");
        for (tag, _) in LANGUAGES {
            let tr = Tr::negotiate(Some(tag));
            for kind in types.iter().chain(&["Suffix rule", "Domain"]) {
                assert!(
                    tr.domain_type(kind).is_some(),
                    "{tag} has no words for {kind}"
                );
            }
            assert_eq!(tr.domain_type("Regional consortium"), None);
            assert_eq!(tr.domain_type(""), None);
        }
        let polish = Tr::negotiate(Some("pl"));
        assert_eq!(
            polish.domain_type("County - Election").as_deref(),
            Some("Hrabstwo – wybory")
        );
    }

    #[test]
    fn every_audit_action_and_outcome_has_words_in_every_language() {
        use lers_domain::audit::{AuditAction, Outcome};
        for (tag, _) in LANGUAGES {
            let tr = Tr::negotiate(Some(tag));
            let english = Tr::negotiate(Some("en"));
            for action in AuditAction::ALL {
                let code = action.as_str();
                let said = tr.audit_action(code);
                assert_ne!(said, code, "{tag} has no words for {code}");
                if tag != "en" {
                    assert_ne!(said, english.audit_action(code), "{tag}: {code} is English");
                }
            }
            for outcome in [Outcome::Success, Outcome::Failure, Outcome::Denied] {
                let key = format!("activity-outcome-{}", outcome.as_str());
                assert_ne!(tr.get(&key), key, "{tag} has no words for {key}");
            }
        }
    }
}
