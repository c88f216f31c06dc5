//! Targets — the identifiers a request names — and their normal form, so that the
//! same account named two ways (`+1 (555) 010-0199` and `+15550100199`) is found as
//! one by deconfliction.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetType {
    Email,
    Phone,
    AccountId,
    MeetingId,
    Username,
    IpAddress,
}

impl TargetType {
    pub const ALL: [TargetType; 6] = [
        TargetType::Email,
        TargetType::Phone,
        TargetType::AccountId,
        TargetType::MeetingId,
        TargetType::Username,
        TargetType::IpAddress,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Phone => "phone",
            Self::AccountId => "account_id",
            Self::MeetingId => "meeting_id",
            Self::Username => "username",
            Self::IpAddress => "ip_address",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// A target as given and as normalised.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Target {
    #[serde(rename = "type")]
    pub kind: TargetType,
    pub value: String,
    pub normalized: String,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TargetError {
    #[error("the identifier is empty")]
    Empty,
    #[error("the identifier is longer than 320 characters")]
    TooLong,
    #[error("the identifier contains a line break, control or invisible formatting character")]
    Control,
    #[error("an email address needs one @ with text on both sides, e.g. name@example.com")]
    Email,
    #[error("a phone number needs its country code and 7 to 15 digits, e.g. +1 555 010 0199")]
    Phone,
    #[error("not an IPv4 or IPv6 address (give one address, not a range)")]
    Ip,
    #[error("a meeting ID has only letters, digits, spaces and dashes")]
    MeetingId,
}

impl TargetError {
    /// The message saying what is wrong, in any language (`Display` is English).
    pub fn problem_id(&self) -> &'static str {
        match self {
            Self::Empty => "form-target-empty",
            Self::TooLong => "form-target-too-long",
            Self::Control => "form-target-control",
            Self::Email => "form-target-email",
            Self::Phone => "form-target-phone",
            Self::Ip => "form-target-ip",
            Self::MeetingId => "form-target-meeting-id",
        }
    }
}

const MAX_LEN: usize = 320;

/// The normal form of `raw` as an identifier of `kind`:
/// - email: trimmed and lower-cased (dots are kept: whether they matter is the
///   provider's rule, not a universal one);
/// - phone: E.164, `+` and digits only (`00` as international prefix becomes `+`);
/// - IP address: canonical text (RFC 5952 for IPv6; IPv4-mapped IPv6 becomes IPv4);
/// - meeting ID: spaces and dashes removed, lower-cased;
/// - username: trimmed, a leading `@` dropped, lower-cased;
/// - account ID: trimmed, otherwise exact (provider ids may be case-sensitive).
pub fn normalize_target(kind: TargetType, raw: &str) -> Result<String, TargetError> {
    let value = raw.trim();
    if value.is_empty() {
        return Err(TargetError::Empty);
    }
    if value.chars().count() > MAX_LEN {
        return Err(TargetError::TooLong);
    }
    if crate::text::check_single_line(value).is_err() {
        return Err(TargetError::Control);
    }
    match kind {
        TargetType::Email => {
            let lower = value.to_lowercase();
            match lower.split_once('@') {
                Some((local, domain))
                    if !local.is_empty()
                        && !domain.is_empty()
                        && !domain.contains('@')
                        && !lower.contains(char::is_whitespace) =>
                {
                    Ok(lower)
                }
                _ => Err(TargetError::Email),
            }
        }
        TargetType::Phone => normalize_phone(value),
        TargetType::IpAddress => {
            let bare = value.trim_start_matches('[').trim_end_matches(']');
            let ip: IpAddr = bare.parse().map_err(|_| TargetError::Ip)?;
            Ok(match ip {
                IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
                v4 => v4,
            }
            .to_string())
        }
        TargetType::MeetingId => {
            let squashed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .collect();
            if squashed.is_empty() || !squashed.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(TargetError::MeetingId);
            }
            Ok(squashed.to_ascii_lowercase())
        }
        TargetType::Username => {
            let name = value.strip_prefix('@').unwrap_or(value).trim();
            if name.is_empty() {
                return Err(TargetError::Empty);
            }
            Ok(name.to_lowercase())
        }
        TargetType::AccountId => Ok(value.to_owned()),
    }
}

fn normalize_phone(value: &str) -> Result<String, TargetError> {
    let allowed = |c: char| c.is_ascii_digit() || " .-()/+".contains(c);
    if !value.chars().all(allowed) {
        return Err(TargetError::Phone);
    }
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let international = if value.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else {
        return Err(TargetError::Phone);
    };
    if value.matches('+').count() > 1
        || !(7..=15).contains(&international.len())
        || international.starts_with('0')
    {
        return Err(TargetError::Phone);
    }
    Ok(format!("+{international}"))
}

/// Whether two phone numbers, however written (with or without country code or
/// international prefix), reach the same line: their last ten digits (the national
/// number in most numbering plans) agree. Used to refuse a call-back to a number the
/// request itself supplied.
pub fn same_phone_number(a: &str, b: &str) -> bool {
    // Digits of the number itself, not of an extension ("ext. 12", "x12", "#12").
    let digits = |s: &str| {
        s.split(|c: char| c.is_ascii_alphabetic() || c == '#')
            .next()
            .unwrap_or("")
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let (a, b) = (digits(a), digits(b));
    if a.len() < 7 || b.len() < 7 {
        return false;
    }
    let tail = |s: &str| s.chars().rev().take(10).collect::<String>();
    let (a, b) = (tail(&a), tail(&b));
    let n = a.len().min(b.len());
    a.chars().take(n).eq(b.chars().take(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_same_line_written_differently_is_the_same_number() {
        assert!(same_phone_number("+1 202 555 0100", "202-555-0100"));
        assert!(same_phone_number("001 (202) 555-0100", "+12025550100"));
        assert!(same_phone_number("+48 22 123 45 67", "22 123 45 67"));
        assert!(!same_phone_number("+1 202 555 0100", "+1 202 555 0101"));
        assert!(!same_phone_number("911", "911"), "too short to be a line");
        assert!(
            same_phone_number("+1 325 555 0100 ext. 12", "325 555 0100"),
            "extensions do not count"
        );
    }

    #[test]
    fn the_design_example_is_one_number() {
        assert_eq!(
            normalize_target(TargetType::Phone, "+1 (555) 010-0199"),
            Ok("+15550100199".into())
        );
        assert_eq!(
            normalize_target(TargetType::Phone, "+15550100199"),
            Ok("+15550100199".into())
        );
        assert_eq!(
            normalize_target(TargetType::Phone, "0048 22 123 45 67"),
            Ok("+48221234567".into())
        );
        assert_eq!(
            normalize_target(TargetType::Phone, "555-0100"),
            Err(TargetError::Phone)
        );
        assert_eq!(
            normalize_target(TargetType::Phone, "+1 555 CALL"),
            Err(TargetError::Phone)
        );
    }

    #[test]
    fn addresses_take_their_canonical_form() {
        let ip = |s| normalize_target(TargetType::IpAddress, s);
        assert_eq!(
            ip("2001:0DB8:0000:0000:0000:0000:0000:0001"),
            Ok("2001:db8::1".into())
        );
        assert_eq!(ip("[2001:db8::1]"), Ok("2001:db8::1".into()));
        assert_eq!(ip("::ffff:192.0.2.7"), Ok("192.0.2.7".into()));
        assert_eq!(ip(" 192.0.2.7 "), Ok("192.0.2.7".into()));
        assert_eq!(ip("192.0.2.0/24"), Err(TargetError::Ip));
        assert_eq!(ip("192.0.2.256"), Err(TargetError::Ip));
    }

    #[test]
    fn other_identifiers() {
        assert_eq!(
            normalize_target(TargetType::Email, " John.Doe@Example.COM "),
            Ok("john.doe@example.com".into())
        );
        assert_eq!(
            normalize_target(TargetType::Email, "nobody"),
            Err(TargetError::Email)
        );
        assert_eq!(
            normalize_target(TargetType::MeetingId, "812 3456-7890"),
            Ok("81234567890".into())
        );
        assert_eq!(
            normalize_target(TargetType::Username, "@DanaR"),
            Ok("danar".into())
        );
        assert_eq!(
            normalize_target(TargetType::AccountId, "  AbC-123 "),
            Ok("AbC-123".into())
        );
        assert_eq!(
            normalize_target(TargetType::AccountId, "a\u{0}b"),
            Err(TargetError::Control)
        );
        assert_eq!(
            normalize_target(TargetType::AccountId, "   "),
            Err(TargetError::Empty)
        );
    }

    fn any_kind() -> impl Strategy<Value = TargetType> {
        prop::sample::select(TargetType::ALL.to_vec())
    }

    proptest! {
        /// Normalising twice changes nothing: stored forms are fixed points.
        #[test]
        fn normalisation_is_idempotent(kind in any_kind(), raw in "\\PC{0,40}") {
            if let Ok(once) = normalize_target(kind, &raw) {
                prop_assert_eq!(normalize_target(kind, &once), Ok(once.clone()));
            }
        }

        /// However a phone number is punctuated, it is one number.
        #[test]
        fn phone_punctuation_does_not_matter(digits in "[1-9][0-9]{6,14}", seps in prop::collection::vec(prop::sample::select(vec!["", " ", "-", ".", " (", ") "]), 15)) {
            let mut spaced = String::from("+");
            for (i, d) in digits.chars().enumerate() {
                spaced.push(d);
                spaced.push_str(seps.get(i).copied().unwrap_or(""));
            }
            prop_assert_eq!(normalize_target(TargetType::Phone, &spaced), Ok(format!("+{digits}")));
        }

        /// Email case and surrounding blanks never split one address in two.
        #[test]
        fn email_case_does_not_matter(local in "[a-zA-Z0-9._]{1,20}", domain in "[a-zA-Z]{1,10}\\.[a-zA-Z]{2,4}") {
            let upper = format!("  {}@{} ", local.to_uppercase(), domain.to_uppercase());
            let lower = format!("{}@{}", local.to_lowercase(), domain.to_lowercase());
            prop_assert_eq!(normalize_target(TargetType::Email, &upper), Ok(lower.clone()));
        }

        /// Every textual form of an IP address normalises to what the standard library
        /// prints for it.
        #[test]
        fn ipv6_forms_agree(segments in prop::array::uniform8(any::<u16>())) {
            let ip = std::net::Ipv6Addr::from(segments);
            let long = segments.iter().map(|s| format!("{s:04X}")).collect::<Vec<_>>().join(":");
            let expected = ip.to_ipv4_mapped().map_or(ip.to_string(), |v4| v4.to_string());
            prop_assert_eq!(normalize_target(TargetType::IpAddress, &long), Ok(expected));
        }
    }
}
