//! The two kinds of bearer secrets an account holds besides its password: single-use
//! links sent by email ([`TokenPurpose`]) and API tokens, limited by [`TokenScope`].

use serde::Serialize;

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
}
