//! TOTP secrets: pending while enrolling, sealed under the master key.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::totp::TotpSecret;
use serde_json::json;

use super::core::SqlStore;
use super::rows::event;
use crate::crypto::contexts;
use crate::crypto::keys::KeyProvider;
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, Ctx};

impl SqlStore {
    async fn sealed_totp(&self, account: &Account, column: &str) -> Result<Option<TotpSecret>> {
        let sealed: Option<String> =
            sqlx::query_scalar(&format!("SELECT {column} FROM accounts WHERE id = $1"))
                .bind(account.id)
                .fetch_optional(self.pool())
                .await?
                .flatten();
        sealed
            .map(|sealed| {
                let bytes = self
                    .keys()
                    .sealer
                    .open(&sealed, &contexts::totp_secret(&account.pseudonym))?;
                TotpSecret::from_bytes(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .transpose()
    }
}

/// Second factor (TOTP) secrets.
#[async_trait]
pub trait TotpStore: Send + Sync {
    // --- TOTP ----------------------------------------------------------------------
    async fn pending_totp(&self, account: &Account) -> Result<Option<TotpSecret>>;

    async fn set_pending_totp(&self, account: &Account, secret: &TotpSecret) -> Result<()>;

    async fn totp_secret(&self, account: &Account) -> Result<Option<TotpSecret>>;

    /// Makes the pending secret the account's second factor and marks the session as
    /// MFA-verified.
    async fn complete_totp_enrollment(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl TotpStore for SqlStore {
    async fn pending_totp(&self, account: &Account) -> Result<Option<TotpSecret>> {
        self.sealed_totp(account, "totp_pending_sealed").await
    }

    async fn set_pending_totp(&self, account: &Account, secret: &TotpSecret) -> Result<()> {
        let sealed = self.keys().sealer.seal(
            secret.as_bytes(),
            &contexts::totp_secret(&account.pseudonym),
        )?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE accounts SET totp_pending_sealed = $1 WHERE id = $2 AND (totp_enrolled_at IS NULL OR mfa_reenroll_required = 1)")
            .bind(sealed)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn totp_secret(&self, account: &Account) -> Result<Option<TotpSecret>> {
        self.sealed_totp(account, "totp_secret_sealed").await
    }

    async fn complete_totp_enrollment(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE accounts SET totp_secret_sealed = totp_pending_sealed, totp_pending_sealed = NULL, \
             totp_enrolled_at = $1, totp_last_step = $2 WHERE id = $3 AND totp_enrolled_at IS NULL AND totp_pending_sealed IS NOT NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(step)
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(Refusal::TotpAlreadyEnrolled.into());
        }
        sqlx::query("UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3")
            .bind(ctx.at.unix_millis())
            .bind(session_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::MfaEnrolled, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"method": "totp"})),
        )
        .await?;
        tx.commit().await
    }
}
