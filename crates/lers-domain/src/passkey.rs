//! Passkeys and security keys (WebAuthn, issue 17 §2): who must use one, what a key
//! may be called, and how long a challenge lives. The protocol itself is
//! `webauthn-rs` in the application layer; these are the rules around it.

use std::fmt;
use std::str::FromStr;

use crate::account::{AccountKind, Role, Roles, UnknownValue};
use crate::clock::{Duration, Timestamp};

/// Who has to sign in with a phishing-resistant key (an admin setting).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum KeyPolicy {
    /// Keys are optional for everyone (the default).
    #[default]
    Nobody,
    /// Staff holding the approver role.
    Approvers,
    /// Every staff account.
    AllStaff,
    /// Every account, requesters included.
    Everyone,
}

impl KeyPolicy {
    pub const ALL: [KeyPolicy; 4] = [
        KeyPolicy::Nobody,
        KeyPolicy::Approvers,
        KeyPolicy::AllStaff,
        KeyPolicy::Everyone,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Nobody => "nobody",
            Self::Approvers => "approvers",
            Self::AllStaff => "all_staff",
            Self::Everyone => "everyone",
        }
    }

    /// Whether changing from `current` to this policy takes the key requirement away
    /// from someone it covered. Each policy covers everyone the one before it covers
    /// (`ALL` is in that order), so it is a relaxation exactly when it comes earlier.
    pub fn relaxes(self, current: KeyPolicy) -> bool {
        self.rank() < current.rank()
    }

    fn rank(self) -> usize {
        Self::ALL
            .iter()
            .position(|p| *p == self)
            .unwrap_or_default()
    }

    /// Whether an account of `kind` holding `roles` must sign in with a key.
    pub fn covers(self, kind: AccountKind, roles: &Roles) -> bool {
        match self {
            Self::Nobody => false,
            Self::Approvers => kind == AccountKind::Staff && roles.contains(Role::Approver),
            Self::AllStaff => kind == AccountKind::Staff,
            Self::Everyone => true,
        }
    }
}

impl fmt::Display for KeyPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for KeyPolicy {
    type Err = UnknownValue;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| UnknownValue(text.to_owned()))
    }
}

/// What a server-side challenge was issued for; a challenge answers only its own flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChallengePurpose {
    Register,
    SignIn,
    StepUp,
    /// A key answering after the password, in place of the TOTP code.
    SecondFactor,
}

impl ChallengePurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::SignIn => "sign_in",
            Self::StepUp => "step_up",
            Self::SecondFactor => "second_factor",
        }
    }
}

/// How a key opened a session (the audit log records it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeySignInFactor {
    /// A passkey alone: the key and its PIN or biometric are both factors.
    Passkey,
    /// The password, then a key touch in place of the code.
    PasswordAndKey,
}

impl KeySignInFactor {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Passkey => "passkey",
            Self::PasswordAndKey => "password_and_key",
        }
    }
}

/// How long a challenge can be answered: long enough to find a key and type a PIN.
pub const CHALLENGE_LIFETIME: Duration = Duration::minutes(5);

/// When a challenge issued at `issued` stops working.
pub fn challenge_expires(issued: Timestamp) -> Timestamp {
    issued.plus(CHALLENGE_LIFETIME)
}

/// The most keys one account may hold (a bound on what a sign-in loads).
pub const MAX_KEYS_PER_ACCOUNT: usize = 20;

/// Why a key name is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyNameError {
    Empty,
    TooLong,
    ControlCharacters,
}

/// A key's name as its owner typed it: 1–60 characters, one line, no control or
/// formatting characters (names are shown in lists and audit details).
pub fn key_name(text: &str) -> Result<String, KeyNameError> {
    let name = text.trim();
    if name.is_empty() {
        return Err(KeyNameError::Empty);
    }
    if name.chars().count() > 60 {
        return Err(KeyNameError::TooLong);
    }
    if crate::text::check_single_line(name).is_err() {
        return Err(KeyNameError::ControlCharacters);
    }
    Ok(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_cover_the_people_they_name() {
        let approver: Roles = [Role::Approver].into_iter().collect();
        let reviewer: Roles = [Role::Reviewer].into_iter().collect();
        let none = Roles::none();
        assert!(!KeyPolicy::Nobody.covers(AccountKind::Staff, &approver));
        assert!(KeyPolicy::Approvers.covers(AccountKind::Staff, &approver));
        assert!(!KeyPolicy::Approvers.covers(AccountKind::Staff, &reviewer));
        assert!(KeyPolicy::AllStaff.covers(AccountKind::Staff, &reviewer));
        assert!(!KeyPolicy::AllStaff.covers(AccountKind::Requester, &none));
        assert!(KeyPolicy::Everyone.covers(AccountKind::Requester, &none));
        for policy in KeyPolicy::ALL {
            assert_eq!(policy.as_str().parse::<KeyPolicy>(), Ok(policy));
        }
        assert!("some".parse::<KeyPolicy>().is_err());
    }

    #[test]
    fn a_relaxation_is_a_change_that_uncovers_someone() {
        let people = [
            (AccountKind::Requester, Roles::none()),
            (AccountKind::Staff, Roles::none()),
            (AccountKind::Staff, [Role::Reviewer].into_iter().collect()),
            (AccountKind::Staff, [Role::Approver].into_iter().collect()),
        ];
        for current in KeyPolicy::ALL {
            for to in KeyPolicy::ALL {
                let uncovers = people
                    .iter()
                    .any(|(kind, roles)| current.covers(*kind, roles) && !to.covers(*kind, roles));
                assert_eq!(to.relaxes(current), uncovers, "{current} -> {to}");
            }
        }
    }

    #[test]
    fn key_names_are_one_short_line() {
        assert_eq!(key_name("  Blue key "), Ok("Blue key".into()));
        assert_eq!(key_name(" "), Err(KeyNameError::Empty));
        assert_eq!(key_name(&"x".repeat(61)), Err(KeyNameError::TooLong));
        assert_eq!(key_name("a\u{202e}b"), Err(KeyNameError::ControlCharacters));
    }
}
