//! Recovery codes: ten one-time codes shown at enrollment; one spent opens a session
//! that can only re-enroll TOTP.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::powers;
use rand::RngCore;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::core::SqlStore;
use super::rows::event;
use super::sessions::NewSession;
use crate::error::{Refusal, Result};
use crate::model::{Account, Ctx};

/// Ten fresh recovery codes as shown to the person (`ABCDE-FGHIJ`).
pub fn new_recovery_codes() -> Vec<String> {
    (0..powers::RECOVERY_CODE_COUNT)
        .map(|_| powers::recovery_code_from_bits(rand::rngs::OsRng.next_u64()))
        .collect()
}

/// What is stored for a recovery code: SHA-256 over the account's pseudonym and the
/// normalised code (the per-account salt stops one precomputation serving all
/// accounts). `None` if `typed` cannot be a recovery code.
pub fn recovery_code_hash(account: &Account, typed: &str) -> Option<String> {
    let code = powers::normalize_recovery_code(typed)?;
    let digest = Sha256::digest(format!("lers-recovery-v1|{}|{code}", account.pseudonym));
    Some(hex::encode(digest))
}

/// Recovery codes: enrollment with codes, logon with one.
#[async_trait]
pub trait RecoveryStore: Send + Sync {
    /// Makes the pending TOTP secret the account's second factor (first enrollment,
    /// or re-enrollment after a recovery code), replaces all recovery codes with
    /// `code_hashes` and, if `complete`, marks the session verified; otherwise (a key
    /// policy covers the account) the session stays without `mfa_at` in the same
    /// transaction, so no request sees it complete. A re-enrollment ends the
    /// account's other sessions.
    async fn complete_enrollment_with_codes(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        code_hashes: &[String],
        complete: bool,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Spends one recovery code (guarded: two logons with one code cannot both win)
    /// and opens a session that can only re-enroll TOTP. `false`: no such unused code,
    /// nothing changed.
    async fn log_in_with_recovery_code(
        &self,
        account: &Account,
        code_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<bool>;
    async fn recovery_codes_left(&self, account: &Account) -> Result<i64>;
}

#[async_trait]
impl RecoveryStore for SqlStore {
    async fn complete_enrollment_with_codes(
        &self,
        account: &Account,
        step: i64,
        session_hash: &str,
        code_hashes: &[String],
        complete: bool,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE accounts SET totp_secret_sealed = totp_pending_sealed, totp_pending_sealed = NULL, \
             totp_enrolled_at = $1, totp_last_step = $2, mfa_reenroll_required = 0 \
             WHERE id = $3 AND totp_pending_sealed IS NOT NULL AND (totp_enrolled_at IS NULL OR mfa_reenroll_required = 1)",
        )
        .bind(ctx.at.unix_millis())
        .bind(step)
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(Refusal::TotpAlreadyEnrolled.into());
        }
        let replaced = sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?
            .rows_affected();
        for hash in code_hashes {
            sqlx::query("INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)")
                .bind(account.id)
                .bind(hash)
                .bind(ctx.at.unix_millis())
                .execute(tx.conn())
                .await?;
        }
        // After a recovery, whoever else holds a session of this account is out.
        let mut other_sessions = 0;
        if account.mfa_reenroll_required {
            other_sessions =
                sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
                    .bind(account.id)
                    .bind(session_hash)
                    .execute(tx.conn())
                    .await?
                    .rows_affected();
        }
        sqlx::query("UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3")
            .bind(complete.then_some(ctx.at.unix_millis()))
            .bind(session_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::MfaEnrolled, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({
                    "method": "totp",
                    "recovery_codes": code_hashes.len(),
                    "recovery_codes_replaced": replaced,
                    "reenrollment": account.mfa_reenroll_required,
                    "sessions_ended": other_sessions,
                    "held_for_key": !complete,
                })),
        )
        .await?;
        tx.commit().await
    }

    async fn log_in_with_recovery_code(
        &self,
        account: &Account,
        code_hash: &str,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let spent = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(account.id)
        .bind(code_hash)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if spent != 1 {
            return Ok(false);
        }
        sqlx::query(
            "UPDATE accounts SET mfa_reenroll_required = 1, totp_pending_sealed = NULL, last_login_at = $1 WHERE id = $2",
        )
        .bind(ctx.at.unix_millis())
        .bind(account.id)
        .execute(tx.conn())
        .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        // Like a fresh account: this session reaches only enrollment.
        self.insert_session(&mut tx.conn(), account.id, &session, None, ctx)
            .await?;
        let left: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account.id)
        .fetch_one(tx.conn())
        .await?;
        let ctx = ctx.acting_as(account);
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::RecoveryCodeUsed, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"codes_left": left, "reenrollment_required": true})),
        )
        .await?;
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::LoginSucceeded, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"stage": "recovery_code"})),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn recovery_codes_left(&self, account: &Account) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1 AND used_at IS NULL",
        )
        .bind(account.id)
        .fetch_one(self.pool())
        .await?)
    }
}
