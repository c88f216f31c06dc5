//! How an account is read from its row: the columns, the mapping, the lookups
//! every concern uses inside its own transaction.

use crate::sql::Conn;
use lers_domain::account::{RequesterProfile, Roles};
use lers_domain::locale::AccountLocale;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::{opt_ts, ts};
use super::sealed_fields::open_contact;
use crate::crypto::keys::SecretSealer;
use crate::error::{Result, StoreError};
use crate::model::Account;

pub(crate) const ACCOUNT_COLUMNS: &str =
    "a.id, a.pseudonym, a.kind, a.email, a.name, a.agency, a.badge_number, a.phone, \
     a.mailing_address, a.country, a.subdivision, a.matched_domain_rule, a.roles, a.status, \
     a.email_verified_at, a.password_hash, a.totp_enrolled_at, a.totp_last_step, a.created_at, \
     a.last_login_at, a.locked_at, a.mfa_reenroll_required, a.disabled_reason, a.contact_sealed, \
     a.language, a.time_zone, \
     CAST(CASE WHEN a.matched_domain_rule IS NULL THEN 1 ELSE COALESCE((SELECT g.enabled FROM gov_domains g \
     WHERE g.pattern = a.matched_domain_rule), 0) END AS BIGINT) AS domain_admitted";

/// True in SQL when account `a` may use LERS: active, and admitted by its domain rule
/// (the rule that let it sign up is still enabled). What the API's sign-in checks, for
/// queries that act for an account without a session (webhook events).
pub(crate) const ACCOUNT_IN_GOOD_STANDING: &str =
    "a.status = 'active' AND (a.matched_domain_rule IS NULL OR EXISTS (SELECT 1 FROM gov_domains g \
     WHERE g.pattern = a.matched_domain_rule AND g.enabled <> 0))";

pub(crate) fn corrupt(
    what: &str,
) -> impl Fn(lers_domain::account::UnknownValue) -> StoreError + '_ {
    move |e| StoreError::Corrupt(format!("{what}: {e}"))
}

/// The account of `row`; its contact details opened with `sealer` where sealed.
pub(crate) fn account_from_row(row: &AnyRow, sealer: &SecretSealer) -> Result<Account> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let roles: String = row.try_get("roles")?;
    let name: String = row.try_get("name")?;
    let pseudonym: String = row.try_get("pseudonym")?;
    let sealed = row.try_get::<i64, _>("contact_sealed")? != 0;
    let contact = |column: &str| -> Result<String> {
        let stored: String = row.try_get(column)?;
        if sealed {
            open_contact(sealer, &pseudonym, column, stored)
        } else {
            Ok(stored)
        }
    };
    Ok(Account {
        id: row.try_get("id")?,
        pseudonym: pseudonym.clone(),
        kind: kind.parse().map_err(corrupt("account kind"))?,
        email: row.try_get("email")?,
        profile: RequesterProfile {
            name: name.clone(),
            agency: row.try_get("agency")?,
            badge_number: contact("badge_number")?,
            phone: contact("phone")?,
            mailing_address: contact("mailing_address")?,
            country: row.try_get("country")?,
            subdivision: row.try_get("subdivision")?,
        },
        name,
        matched_domain_rule: row.try_get("matched_domain_rule")?,
        roles: Roles::parse_stored(&roles).map_err(corrupt("roles"))?,
        status: status.parse().map_err(corrupt("account status"))?,
        email_verified_at: opt_ts(row, "email_verified_at")?,
        password_hash: row.try_get("password_hash")?,
        totp_enrolled_at: opt_ts(row, "totp_enrolled_at")?,
        totp_last_step: row.try_get("totp_last_step")?,
        created_at: ts(row, "created_at")?,
        last_login_at: opt_ts(row, "last_login_at")?,
        locked_at: opt_ts(row, "locked_at")?,
        mfa_reenroll_required: row.try_get::<i64, _>("mfa_reenroll_required")? != 0,
        domain_admitted: row.try_get::<i64, _>("domain_admitted")? != 0,
        disabled_reason: row.try_get("disabled_reason")?,
        locale: AccountLocale {
            language: row.try_get("language")?,
            time_zone: row.try_get("time_zone")?,
        },
    })
}

impl SqlStore {
    pub(crate) async fn account_where(
        &self,
        conn: &mut Conn<'_>,
        clause: &str,
        value: &str,
    ) -> Result<Option<Account>> {
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE {clause}"
        ))
        .bind(value)
        .fetch_optional(conn)
        .await?;
        row.as_ref()
            .map(|r| account_from_row(r, &self.keys().sealer))
            .transpose()
    }

    pub(crate) async fn account_by_id_in(&self, conn: &mut Conn<'_>, id: i64) -> Result<Account> {
        let row = sqlx::query(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1"
        ))
        .bind(id)
        .fetch_optional(conn)
        .await?;
        row.as_ref()
            .map(|r| account_from_row(r, &self.keys().sealer))
            .transpose()?
            .ok_or(StoreError::NotFound)
    }
}
