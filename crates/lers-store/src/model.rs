//! The records the store hands out and takes in.

use lers_domain::account::{AccountKind, AccountStatus, RequesterProfile, Roles};
use lers_domain::clock::Timestamp;
use serde::Serialize;

/// Who is acting, when and from where: every audited write takes one.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub at: Timestamp,
    /// Pseudonymous id of the acting account, or `system` / `anonymous`.
    pub actor: String,
    pub ip: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Account {
    pub id: i64,
    pub pseudonym: String,
    pub kind: AccountKind,
    pub email: String,
    pub name: String,
    pub profile: RequesterProfile,
    pub matched_domain_rule: Option<String>,
    pub roles: Roles,
    pub status: AccountStatus,
    pub email_verified_at: Option<Timestamp>,
    #[serde(skip)]
    pub password_hash: Option<String>,
    pub totp_enrolled_at: Option<Timestamp>,
    pub totp_last_step: Option<i64>,
    pub created_at: Timestamp,
    pub last_login_at: Option<Timestamp>,
    pub locked_at: Option<Timestamp>,
}

impl Account {
    pub fn has_password(&self) -> bool {
        self.password_hash.is_some()
    }
    pub fn mfa_enrolled(&self) -> bool {
        self.totp_enrolled_at.is_some()
    }
}

/// A session to create: the web layer draws the token and passes its hash.
#[derive(Clone, Debug)]
pub struct NewSession {
    pub token_hash: String,
    pub csrf_token: String,
}

#[derive(Clone, Debug)]
pub struct SessionRecord {
    pub token_hash: String,
    pub account: Account,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    /// When the second factor was last confirmed in this session. `None` means the
    /// session exists only to finish TOTP enrollment.
    pub mfa_at: Option<Timestamp>,
    pub csrf_token: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    StaffInvite,
    FirstAdmin,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VerifyEmail => "verify_email",
            Self::StaffInvite => "staff_invite",
            Self::FirstAdmin => "first_admin",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        [Self::VerifyEmail, Self::StaffInvite, Self::FirstAdmin]
            .into_iter()
            .find(|p| p.as_str() == text)
    }
}

#[derive(Clone, Debug)]
pub struct OneTimeToken {
    pub purpose: TokenPurpose,
    pub account: Option<Account>,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
}

/// A new single-use link: hash of the token and when it stops working.
#[derive(Clone, Debug)]
pub struct NewToken {
    pub token_hash: String,
    pub expires_at: Timestamp,
}

#[derive(Clone, Debug)]
pub enum SignUpOutcome {
    Created(Account),
    /// The address already has an account; nothing was changed. The caller tells the
    /// mailbox owner (not the browser), so sign-up does not reveal who has an account.
    AlreadyRegistered {
        account: Account,
        /// The account was never verified, so a new verification link was stored.
        verification_reissued: bool,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct DomainEntry {
    pub id: i64,
    pub pattern: String,
    pub domain_type: String,
    pub organization: String,
    pub suborganization: String,
    pub city: String,
    pub state: String,
    pub source: String,
    pub enabled: bool,
    pub added_at: Timestamp,
}

#[derive(Clone, Debug, Default)]
pub struct NewDomainEntry {
    pub pattern: String,
    pub domain_type: String,
    pub organization: String,
    pub suborganization: String,
    pub city: String,
    pub state: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
}

#[derive(Clone, Debug, Default)]
pub struct DomainQuery {
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Default)]
pub struct AccountQuery {
    pub kind: Option<AccountKind>,
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<String>,
    pub subject: Option<String>,
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct AuditRecord {
    pub index: u64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub ip: Option<String>,
    pub outcome: String,
    pub details: serde_json::Value,
}

#[derive(Clone, Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoginFailureOutcome {
    /// This failure locked the account.
    pub locked_now: bool,
}
