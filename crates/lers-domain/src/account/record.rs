//! An account as the rest of LERS sees it: who it is, what it may do and how far its
//! sign-in has got. The store loads and saves it; the rules here only read it.

use serde::Serialize;

use super::{AccountKind, AccountStatus, RequesterProfile, Roles};
use crate::clock::Timestamp;
use crate::locale::AccountLocale;

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
    /// A recovery code was used: only TOTP re-enrollment is reachable until done.
    pub mfa_reenroll_required: bool,
    /// The allow-list entry that admitted this account is still enabled (always true
    /// for accounts no entry admitted, i.e. staff). Looked up with the account.
    pub domain_admitted: bool,
    /// Why the system disabled the account (`inactive`); `None` if an admin did.
    pub disabled_reason: Option<String>,
    /// The language and time zone chosen in the profile.
    pub locale: AccountLocale,
}

impl Account {
    /// Whether the API serves this account's tokens: an active requester whose email
    /// domain is still admitted.
    pub fn api_served(&self) -> bool {
        self.status == AccountStatus::Active
            && self.kind == AccountKind::Requester
            && self.domain_admitted
    }

    pub fn has_password(&self) -> bool {
        self.password_hash.is_some()
    }
    pub fn mfa_enrolled(&self) -> bool {
        self.totp_enrolled_at.is_some()
    }
    /// Enrolled and not in the middle of a recovery: the second factor is usable.
    pub fn mfa_complete(&self) -> bool {
        self.mfa_enrolled() && !self.mfa_reenroll_required
    }
    /// The part of the email address after the `@` (empty if there is none).
    pub fn email_domain(&self) -> &str {
        self.email.rsplit_once('@').map_or("", |(_, d)| d)
    }
}
