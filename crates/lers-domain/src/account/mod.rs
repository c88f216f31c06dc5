//! Accounts: who someone is (requester or staff), what staff may do (roles), and the
//! profile a requester gives at sign-up.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::countries::country_name;
use crate::problem::Problem;
use crate::text::check_single_line;

mod record;
pub use record::Account;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountKind {
    Requester,
    Staff,
}

impl AccountKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requester => "requester",
            Self::Staff => "staff",
        }
    }
}

impl FromStr for AccountKind {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "requester" => Ok(Self::Requester),
            "staff" => Ok(Self::Staff),
            other => Err(UnknownValue(other.to_owned())),
        }
    }
}

/// Whether an account may log in at all. Enrollment progress (email verified, password
/// set, TOTP enrolled) is separate: it says which step an active account is at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    Active,
    /// Too many failed logons; only an admin unlocks it.
    Locked,
    /// Switched off by an admin (or found compromised); all sessions end.
    Disabled,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Locked => "locked",
            Self::Disabled => "disabled",
        }
    }
}

impl FromStr for AccountStatus {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "active" => Ok(Self::Active),
            "locked" => Ok(Self::Locked),
            "disabled" => Ok(Self::Disabled),
            other => Err(UnknownValue(other.to_owned())),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown value {0:?}")]
pub struct UnknownValue(pub String);

/// Staff roles (least privilege; one person may hold several).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Intake,
    Reviewer,
    Approver,
    Producer,
    Admin,
    Auditor,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Intake,
        Role::Reviewer,
        Role::Approver,
        Role::Producer,
        Role::Admin,
        Role::Auditor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Intake => "intake",
            Self::Reviewer => "reviewer",
            Self::Approver => "approver",
            Self::Producer => "producer",
            Self::Admin => "admin",
            Self::Auditor => "auditor",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == s)
            .ok_or_else(|| UnknownValue(s.to_owned()))
    }
}

/// A set of roles, stored as a comma-separated list (`admin,auditor`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roles(BTreeSet<Role>);

impl Roles {
    pub fn none() -> Self {
        Self::default()
    }

    pub fn contains(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }

    pub fn to_stored(&self) -> String {
        self.iter().map(Role::as_str).collect::<Vec<_>>().join(",")
    }

    pub fn parse_stored(text: &str) -> Result<Self, UnknownValue> {
        text.split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(Role::from_str)
            .collect()
    }
}

impl FromIterator<Role> for Roles {
    fn from_iter<I: IntoIterator<Item = Role>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

/// A problem with one form field, keyed by the field's name so pages can show the
/// message next to the field and keep what the person typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: &'static str, problem: Problem) -> Self {
        Self { field, problem }
    }
}

/// What a requester tells us about themselves at sign-up (DESIGN §2: name, agency,
/// badge/ID, phone with extension, street mailing address — not a PO box, country and
/// subdivision of the issuing authority).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequesterProfile {
    pub name: String,
    pub agency: String,
    pub badge_number: String,
    pub phone: String,
    pub mailing_address: String,
    /// ISO 3166-1 alpha-2, upper case.
    pub country: String,
    pub subdivision: String,
}

const MAX_SHORT_FIELD: usize = 200;
const MAX_ADDRESS: usize = 500;

impl RequesterProfile {
    /// Trims every field and checks it, returning every problem at once.
    pub fn validated(self) -> Result<Self, Vec<FieldError>> {
        let profile = Self {
            name: self.name.trim().to_owned(),
            agency: self.agency.trim().to_owned(),
            badge_number: self.badge_number.trim().to_owned(),
            phone: self.phone.trim().to_owned(),
            mailing_address: self.mailing_address.trim().to_owned(),
            country: self.country.trim().to_ascii_uppercase(),
            subdivision: self.subdivision.trim().to_owned(),
        };
        let mut errors = Vec::new();
        // Each field has its own "enter" message (languages inflect the field's name
        // after "enter" differently) and a name, `what`, for the shared messages.
        let mut require = |field: &'static str, value: &str, enter, what, max: usize| {
            let problem = if value.is_empty() {
                Some(Problem::new(enter))
            } else if value.chars().count() > max {
                Some(
                    Problem::new("form-too-long")
                        .label("what", what)
                        .number("max", max),
                )
            } else {
                // Every profile field can reach an email (the name greets the person
                // in the provider's own verification mail) or a staff member's screen.
                check_single_line(value)
                    .err()
                    .map(|refusal| refusal.problem(what))
            };
            if let Some(problem) = problem {
                errors.push(FieldError::new(field, problem));
            }
        };
        require(
            "name",
            &profile.name,
            "form-enter-full-name",
            "form-your-full-name",
            MAX_SHORT_FIELD,
        );
        require(
            "agency",
            &profile.agency,
            "form-enter-agency",
            "form-your-agency",
            MAX_SHORT_FIELD,
        );
        require(
            "badge_number",
            &profile.badge_number,
            "form-enter-badge",
            "form-your-badge",
            64,
        );
        require(
            "phone",
            &profile.phone,
            "form-enter-phone",
            "form-your-phone",
            64,
        );
        require(
            "mailing_address",
            &profile.mailing_address,
            "form-enter-mailing-address",
            "form-your-mailing-address",
            MAX_ADDRESS,
        );
        require(
            "subdivision",
            &profile.subdivision,
            "form-enter-subdivision",
            "form-your-subdivision",
            100,
        );
        if !profile.phone.is_empty() && !is_plausible_phone(&profile.phone) {
            errors.push(FieldError::new("phone", Problem::new("form-phone-format")));
        }
        if is_po_box(&profile.mailing_address) {
            errors.push(FieldError::new(
                "mailing_address",
                Problem::new("form-po-box"),
            ));
        }
        if country_name(&profile.country).is_none() {
            errors.push(FieldError::new(
                "country",
                Problem::new("form-agency-country"),
            ));
        }
        if errors.is_empty() {
            Ok(profile)
        } else {
            Err(errors)
        }
    }
}

impl RequesterProfile {
    /// The names of the fields that differ between `self` and `other` (for the audit
    /// record of a profile change, which names fields but never their values).
    pub fn changed_fields(&self, other: &Self) -> Vec<&'static str> {
        [
            ("name", self.name != other.name),
            ("agency", self.agency != other.agency),
            ("badge_number", self.badge_number != other.badge_number),
            ("phone", self.phone != other.phone),
            (
                "mailing_address",
                self.mailing_address != other.mailing_address,
            ),
            ("country", self.country != other.country),
            ("subdivision", self.subdivision != other.subdivision),
        ]
        .into_iter()
        .filter_map(|(field, changed)| changed.then_some(field))
        .collect()
    }
}

/// A staff member's name: 1–200 characters on one line, trimmed.
pub fn validate_staff_name(name: &str) -> Result<String, FieldError> {
    let name = name.trim();
    let problem = if name.is_empty() || name.chars().count() > MAX_SHORT_FIELD {
        Some(Problem::new("form-staff-name").number("max", MAX_SHORT_FIELD))
    } else {
        check_single_line(name)
            .err()
            .map(|refusal| refusal.problem("form-the-name"))
    };
    match problem {
        None => Ok(name.to_owned()),
        Some(problem) => Err(FieldError::new("name", problem)),
    }
}

/// A phone number with a country code: `+`, then 7–15 digits (E.164) with optional
/// spaces, dots, dashes and brackets, optionally followed by an extension (`ext. 12`,
/// `x12`).
pub(crate) fn is_plausible_phone(phone: &str) -> bool {
    let lower = phone.to_ascii_lowercase();
    let (number, extension) = match lower.find(|c: char| c.is_ascii_alphabetic() || c == '#') {
        Some(at) => lower.split_at(at),
        None => (lower.as_str(), ""),
    };
    let extension_ok = extension.is_empty() || {
        let digits = extension
            .trim_start_matches("extension")
            .trim_start_matches("ext")
            .trim_start_matches('x')
            .trim_start_matches('#')
            .trim_start_matches('.')
            .trim();
        !digits.is_empty() && digits.len() <= 8 && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let number = number.trim();
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    number.starts_with('+')
        && number
            .bytes()
            .skip(1)
            .all(|b| b.is_ascii_digit() || b" .-()".contains(&b))
        && (7..=15).contains(&digits)
        && extension_ok
}

/// Post-office boxes cannot be served with legal process, so they are refused
/// ("PO Box 12", "P.O. Box", "p o box", "Post Office Box", "POB 12", "pobox 3").
fn is_po_box(address: &str) -> bool {
    let lower = address.to_lowercase();
    let mut words: Vec<String> = Vec::new();
    for token in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        // Rejoin spelled-out initials: "p o" and "p.o." both become "po".
        match words.last_mut() {
            Some(last)
                if token.len() == 1
                    && last.len() == 1
                    && token.chars().all(char::is_alphabetic) =>
            {
                last.push_str(token)
            }
            _ => words.push(token.to_owned()),
        }
    }
    words.iter().any(|w| w == "pobox")
        || words.windows(2).any(|w| w[0] == "po" && w[1] == "box")
        || words
            .windows(3)
            .any(|w| w[0] == "post" && w[1] == "office" && w[2] == "box")
        || words
            .windows(2)
            .any(|w| w[0] == "pob" && w[1].chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> RequesterProfile {
        RequesterProfile {
            name: " Dana Reyes ".into(),
            agency: "Abilene Police Department".into(),
            badge_number: "APD-4471".into(),
            phone: "+1 (325) 555-0100 ext. 12".into(),
            mailing_address: "555 Walnut St, Abilene, TX 79601".into(),
            country: "us".into(),
            subdivision: "TX".into(),
        }
    }

    #[test]
    fn a_complete_profile_is_trimmed_and_accepted() {
        let ok = profile().validated();
        let ok = ok.as_ref().map(|p| (p.name.as_str(), p.country.as_str()));
        assert_eq!(ok, Ok(("Dana Reyes", "US")));
    }

    #[test]
    fn every_problem_is_reported_against_its_field() {
        let bad = RequesterProfile {
            phone: "555-0100".into(),
            mailing_address: "P.O. Box 42, Abilene".into(),
            country: "XX".into(),
            ..Default::default()
        };
        let errors = bad.validated().err().unwrap_or_default();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        for field in [
            "name",
            "agency",
            "badge_number",
            "subdivision",
            "phone",
            "mailing_address",
            "country",
        ] {
            assert!(fields.contains(&field), "{field} missing from {fields:?}");
        }
    }

    #[test]
    fn profile_fields_refuse_line_breaks_and_bidi_overrides() {
        let bad = RequesterProfile {
            name: "Dana Reyes\r\n\r\nURGENT: call +1 900 555 0100".into(),
            agency: "Abilene PD\u{202E}gpj.exe".into(),
            badge_number: "APD\t4471".into(),
            mailing_address: "555 Walnut St\nAbilene".into(),
            ..profile()
        };
        let errors = bad.validated().err().unwrap_or_default();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["name", "agency", "badge_number", "mailing_address"]
        );
        assert_eq!(errors[0].problem.id(), "form-line-break");
        assert_eq!(errors[1].problem.id(), "form-invisible");
    }

    #[test]
    fn changed_fields_name_fields_not_values() {
        let before = profile();
        let after = RequesterProfile {
            phone: "+1 325 555 0199".into(),
            subdivision: "OK".into(),
            ..profile()
        };
        assert_eq!(before.changed_fields(&after), ["phone", "subdivision"]);
        assert!(before.changed_fields(&before).is_empty());
    }

    #[test]
    fn staff_names_are_one_trimmed_line() {
        assert_eq!(
            validate_staff_name("  Rita Reviewer ").map_err(|e| e.problem),
            Ok("Rita Reviewer".to_owned())
        );
        for bad in ["", "Rita\nReviewer", "Rita\u{2066}Reviewer"] {
            assert!(validate_staff_name(bad).is_err(), "{bad:?}");
        }
        assert!(validate_staff_name(&"x".repeat(201)).is_err());
    }

    #[test]
    fn po_boxes_are_refused_in_their_usual_spellings() {
        for address in [
            "PO Box 1",
            "P.O. Box 1",
            "p o box 1",
            "Post Office Box 9",
            "POB 77",
            "pobox 3",
        ] {
            assert!(is_po_box(address), "{address}");
        }
        for address in ["1 Box Elder Rd", "12 Pocono Blvd", "555 Walnut St"] {
            assert!(!is_po_box(address), "{address}");
        }
    }

    #[test]
    fn phones_need_a_country_code_and_may_have_an_extension() {
        for ok in [
            "+15550100199",
            "+1 (555) 010-0199",
            "+48 22 123 45 67",
            "+1 555 010 0199 x12",
            "+1 555 010 0199 ext. 9",
        ] {
            assert!(is_plausible_phone(ok), "{ok}");
        }
        for bad in [
            "5550100199",
            "+1",
            "+1 555 CALL NOW",
            "+1 555 010 0199 ext.",
            "+1 555 010 0199 xx",
        ] {
            assert!(!is_plausible_phone(bad), "{bad}");
        }
    }

    #[test]
    fn roles_round_trip_through_storage() -> Result<(), UnknownValue> {
        let roles: Roles = [Role::Auditor, Role::Admin].into_iter().collect();
        assert_eq!(roles.to_stored(), "admin,auditor");
        assert_eq!(Roles::parse_stored("admin,auditor")?, roles);
        assert!(Roles::parse_stored("admin,root").is_err());
        assert!(Roles::parse_stored("")?.is_empty());
        Ok(())
    }
}
