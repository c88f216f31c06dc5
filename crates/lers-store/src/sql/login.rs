//! Logon: failures and lock-out, per-address throttling, success opening a session.

use async_trait::async_trait;
use lers_domain::account::AccountStatus;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::lockout::LockoutPolicy;
use serde_json::json;

use super::core::SqlStore;
use super::rows::event;
use super::sessions::NewSession;
use crate::error::{Result, StoreError};
use crate::model::{Account, Ctx};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoginFailureOutcome {
    /// This failure locked the account.
    pub locked_now: bool,
}

/// Logon attempts.
#[async_trait]
pub trait LoginStore: Send + Sync {
    async fn ip_failures_since(&self, ip: &str, since: Timestamp) -> Result<Vec<Timestamp>>;

    /// Records a failed logon (against the account if one was named) and locks the
    /// account when the policy says so, ending its sessions.
    async fn record_login_failure(
        &self,
        account: Option<&Account>,
        reason: &str,
        policy: &LockoutPolicy,
        ctx: &Ctx,
    ) -> Result<LoginFailureOutcome>;

    async fn record_login_throttled(&self, ctx: &Ctx) -> Result<()>;

    /// Counts a logon attempt from `ip` before its (slow) checks, so that parallel
    /// attempts from one address see each other; returns it for release afterwards.
    async fn reserve_login_attempt(&self, ip: &str, at: Timestamp) -> Result<i64>;

    async fn release_login_attempt(&self, reservation: i64) -> Result<()>;

    /// Opens a session after a good password (and TOTP code, whose step is recorded so
    /// the code cannot be used again: fails with [`StoreError::TotpReused`] if another
    /// logon used it first).
    /// `complete`: the session is fully signed in; otherwise it only reaches
    /// enrollment (TOTP, or the key a policy requires).
    async fn record_login_success(
        &self,
        account: &Account,
        totp_step: Option<i64>,
        complete: bool,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl LoginStore for SqlStore {
    async fn ip_failures_since(&self, ip: &str, since: Timestamp) -> Result<Vec<Timestamp>> {
        let times: Vec<i64> =
            sqlx::query_scalar("SELECT at FROM login_failures WHERE ip = $1 AND at > $2")
                .bind(ip)
                .bind(since.unix_millis())
                .fetch_all(self.pool())
                .await?;
        Ok(times.into_iter().map(Timestamp::from_unix_millis).collect())
    }

    async fn record_login_failure(
        &self,
        account: Option<&Account>,
        reason: &str,
        policy: &LockoutPolicy,
        ctx: &Ctx,
    ) -> Result<LoginFailureOutcome> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO login_failures (account_id, ip, at) VALUES ($1, $2, $3)")
            .bind(account.map(|a| a.id))
            .bind(ctx.ip.as_deref().unwrap_or("unknown"))
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        let mut failed = event(ctx, AuditAction::LoginFailed, Outcome::Failure)
            .details(json!({"reason": reason}));
        if let Some(account) = account {
            failed = failed.subject(account.pseudonym.clone());
        }
        self.audit(&mut tx, failed).await?;
        let mut locked_now = false;
        if let Some(account) = account.filter(|a| a.status == AccountStatus::Active) {
            let times: Vec<i64> = sqlx::query_scalar(
                "SELECT at FROM login_failures WHERE account_id = $1 AND at > $2",
            )
            .bind(account.id)
            .bind(policy.window_start(ctx.at).unix_millis())
            .fetch_all(tx.conn())
            .await?;
            let times: Vec<Timestamp> =
                times.into_iter().map(Timestamp::from_unix_millis).collect();
            if policy.should_lock(&times, ctx.at) {
                sqlx::query("UPDATE accounts SET status = 'locked', locked_at = $1 WHERE id = $2")
                    .bind(ctx.at.unix_millis())
                    .bind(account.id)
                    .execute(tx.conn())
                    .await?;
                let ended = self.end_all_sessions(&mut tx.conn(), account.id).await?;
                let system = Ctx {
                    actor: lers_domain::audit::ACTOR_SYSTEM.into(),
                    ..ctx.clone()
                };
                self.audit(
                    &mut tx,
                    event(&system, AuditAction::AccountLocked, Outcome::Success)
                        .subject(account.pseudonym.clone())
                        .details(json!({"reason": "too_many_failed_logons", "failures": times.len(), "sessions_ended": ended})),
                )
                .await?;
                locked_now = true;
            }
        }
        tx.commit().await?;
        Ok(LoginFailureOutcome { locked_now })
    }

    async fn record_login_throttled(&self, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::LoginThrottled, Outcome::Denied),
        )
        .await?;
        tx.commit().await
    }

    async fn reserve_login_attempt(&self, ip: &str, at: Timestamp) -> Result<i64> {
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO login_failures (account_id, ip, at) VALUES (NULL, $1, $2) RETURNING id",
        )
        .bind(ip)
        .bind(at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn release_login_attempt(&self, reservation: i64) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM login_failures WHERE id = $1")
            .bind(reservation)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn record_login_success(
        &self,
        account: &Account,
        totp_step: Option<i64>,
        complete: bool,
        session: NewSession,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        if let Some(step) = totp_step {
            // The guard makes a code single-use even when two logons race with it.
            let done = sqlx::query(
                "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
            )
            .bind(step)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
            if done.rows_affected() != 1 {
                return Err(StoreError::TotpReused);
            }
        }
        sqlx::query("UPDATE accounts SET last_login_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        let mfa_at = totp_step.filter(|_| complete).map(|_| ctx.at);
        self.insert_session(&mut tx.conn(), account.id, &session, mfa_at, ctx)
            .await?;
        let ctx = ctx.acting_as(account);
        let stage = match (totp_step.is_some(), complete) {
            (true, true) => "complete",
            (true, false) => "key_enrollment_pending",
            (false, _) => "mfa_enrollment_pending",
        };
        self.audit(
            &mut tx,
            event(&ctx, AuditAction::LoginSucceeded, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"stage": stage})),
        )
        .await?;
        tx.commit().await
    }
}
