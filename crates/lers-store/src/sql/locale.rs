//! The language and time zone an account keeps in its profile: read for pages and
//! e-mails, written from the profile page, the language switcher and sign-up. A
//! change is a profile change, audited as one (only when something changed: choosing
//! the language already chosen writes nothing). At sign-up, before anyone proved the
//! address, the locale is part of the audited sign-up and written without an entry
//! of its own.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::locale::AccountLocale;
use serde_json::json;

use super::core::SqlStore;
use super::rows::event;
use crate::error::{Result, StoreError};
use crate::model::{Account, Ctx};

#[async_trait]
pub trait LocaleStore {
    /// What account `account_id` chose (`NotFound` if there is no such account).
    async fn account_locale(&self, account_id: i64) -> Result<AccountLocale>;

    /// Keeps `locale` for account `account_id` (values already checked by the
    /// caller) and returns the account as it now is.
    async fn set_account_locale(
        &self,
        account_id: i64,
        locale: &AccountLocale,
        ctx: &Ctx,
    ) -> Result<Account>;

    /// Keeps `locale` for an account that signed up and has not verified its address
    /// yet (the newest sign-up's choice counts, like its details); a verified account
    /// is left alone.
    async fn set_sign_up_locale(&self, account_id: i64, locale: &AccountLocale) -> Result<()>;
}

#[async_trait]
impl LocaleStore for SqlStore {
    async fn account_locale(&self, account_id: i64) -> Result<AccountLocale> {
        let row: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT language, time_zone FROM accounts WHERE id = $1")
                .bind(account_id)
                .fetch_optional(self.pool())
                .await?;
        let (language, time_zone) = row.ok_or(StoreError::NotFound)?;
        Ok(AccountLocale {
            language,
            time_zone,
        })
    }

    async fn set_account_locale(
        &self,
        account_id: i64,
        locale: &AccountLocale,
        ctx: &Ctx,
    ) -> Result<Account> {
        let mut tx = self.begin().await?;
        let current = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        let changed = locale.changed_fields(&current.locale);
        if changed.is_empty() {
            tx.commit().await?;
            return Ok(current);
        }
        write_locale(&mut tx.conn(), account_id, locale, "").await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProfileUpdated, Outcome::Success)
                .subject(current.pseudonym.clone())
                .details(json!({"fields": changed})),
        )
        .await?;
        let updated = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    async fn set_sign_up_locale(&self, account_id: i64, locale: &AccountLocale) -> Result<()> {
        let mut tx = self.begin().await?;
        write_locale(
            &mut tx.conn(),
            account_id,
            locale,
            " AND email_verified_at IS NULL",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Writes `locale` on account `account_id` where `condition` (SQL appended to the
/// `WHERE`) also holds.
async fn write_locale(
    conn: &mut Conn<'_>,
    account_id: i64,
    locale: &AccountLocale,
    condition: &str,
) -> Result<()> {
    sqlx::query(&format!(
        "UPDATE accounts SET language = $1, time_zone = $2 WHERE id = $3{condition}"
    ))
    .bind(locale.language.clone())
    .bind(locale.time_zone.clone())
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}
