//! The two kinds of bearer secrets an account holds besides its password: single-use
//! links sent by email ([`TokenPurpose`]) and API tokens, limited by [`TokenScope`].

use serde::Serialize;

use crate::clock::Timestamp;

/// What a single-use link sent by email is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    StaffInvite,
    FirstAdmin,
    /// "Forgot password": sets a new password of an active, verified account.
    PasswordReset,
    /// Sent to the new address an admin entered; redeeming it changes the email.
    EmailChange,
}

impl TokenPurpose {
    pub const ALL: [TokenPurpose; 5] = [
        Self::VerifyEmail,
        Self::StaffInvite,
        Self::FirstAdmin,
        Self::PasswordReset,
        Self::EmailChange,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify_email",
            Self::StaffInvite => "staff_invite",
            Self::FirstAdmin => "first_admin",
            Self::PasswordReset => "password_reset",
            Self::EmailChange => "email_change",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }
    /// Links that verify an address and set the first password.
    pub fn enrolls(self) -> bool {
        matches!(self, Self::VerifyEmail | Self::StaffInvite)
    }
}

/// Why a single-use link cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    Used,
    /// Replaced by a newer link, killed by a change of its account, or an enrollment
    /// link of an account whose address is already verified.
    Revoked,
    Expired,
}

/// What the store knows about a single-use link.
#[derive(Clone, Copy, Debug)]
pub struct LinkFacts {
    pub purpose: TokenPurpose,
    /// The link's account has a verified address.
    pub account_verified: bool,
    pub used: bool,
    pub revoked: bool,
    pub expires_at: Timestamp,
}

/// Why the link cannot be used at `now`, if it cannot. An enrollment link of an
/// account whose address is already verified is dead whatever its state.
pub fn link_problem(link: &LinkFacts, now: Timestamp) -> Option<LinkProblem> {
    if link.used {
        Some(LinkProblem::Used)
    } else if link.revoked || (link.purpose.enrolls() && link.account_verified) {
        Some(LinkProblem::Revoked)
    } else if link.expires_at <= now {
        Some(LinkProblem::Expired)
    } else {
        None
    }
}

/// What an API token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TokenScope {
    Read,
    Submit,
}

impl TokenScope {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Read => "read",
            Self::Submit => "submit",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        [Self::Read, Self::Submit]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for purpose in TokenPurpose::ALL {
            assert_eq!(TokenPurpose::parse(purpose.as_str()), Some(purpose));
        }
        for scope in [TokenScope::Read, TokenScope::Submit] {
            assert_eq!(TokenScope::parse(scope.as_str()), Some(scope));
        }
        assert_eq!(TokenPurpose::parse("reset"), None);
        assert_eq!(TokenScope::parse("admin"), None);
    }

    #[test]
    fn only_invitations_and_verifications_enroll() {
        let enrolling: Vec<_> = TokenPurpose::ALL
            .into_iter()
            .filter(|p| p.enrolls())
            .collect();
        assert_eq!(
            enrolling,
            [TokenPurpose::VerifyEmail, TokenPurpose::StaffInvite]
        );
    }

    #[test]
    fn a_link_is_used_once_before_it_expires() {
        let at = Timestamp::from_unix_millis;
        let fresh = LinkFacts {
            purpose: TokenPurpose::PasswordReset,
            account_verified: true,
            used: false,
            revoked: false,
            expires_at: at(100),
        };
        assert_eq!(link_problem(&fresh, at(99)), None);
        assert_eq!(link_problem(&fresh, at(100)), Some(LinkProblem::Expired));
        let used = LinkFacts {
            used: true,
            revoked: true,
            ..fresh
        };
        assert_eq!(link_problem(&used, at(200)), Some(LinkProblem::Used));
        let revoked = LinkFacts {
            revoked: true,
            ..fresh
        };
        assert_eq!(link_problem(&revoked, at(200)), Some(LinkProblem::Revoked));
        // An enrollment link dies once the address is verified; others do not.
        let invite = LinkFacts {
            purpose: TokenPurpose::StaffInvite,
            ..fresh
        };
        assert_eq!(link_problem(&invite, at(0)), Some(LinkProblem::Revoked));
        let unverified = LinkFacts {
            account_verified: false,
            ..invite
        };
        assert_eq!(link_problem(&unverified, at(0)), None);
    }
}
