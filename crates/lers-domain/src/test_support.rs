//! Accounts for the unit tests of rules that read one.

use crate::account::{Account, AccountKind, AccountStatus, RequesterProfile, Roles};
use crate::clock::Timestamp;

/// An active, verified account with no roles.
pub fn account(id: i64, kind: AccountKind, email: &str) -> Account {
    Account {
        id,
        pseudonym: format!("acct-{id}"),
        kind,
        email: email.to_owned(),
        name: format!("Person {id}"),
        profile: RequesterProfile::default(),
        matched_domain_rule: None,
        roles: Roles::none(),
        status: AccountStatus::Active,
        email_verified_at: Some(Timestamp::from_unix_millis(0)),
        password_hash: None,
        totp_enrolled_at: None,
        totp_last_step: None,
        created_at: Timestamp::from_unix_millis(0),
        last_login_at: None,
        locked_at: None,
        mfa_reenroll_required: false,
        domain_admitted: true,
        disabled_reason: None,
    }
}
