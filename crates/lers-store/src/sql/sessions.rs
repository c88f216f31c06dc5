//! Sessions: opened at logon, touched while used, ended at logout or expiry.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use sqlx::Row;

use super::core::SqlStore;
use super::lookup::AccountLookup;
use super::rows::{event, opt_ts, ts};
use crate::error::{Result, StoreError};
use crate::model::{Account, Ctx};

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

impl SqlStore {
    pub(crate) async fn insert_session(
        &self,
        conn: &mut Conn<'_>,
        account_id: i64,
        session: &NewSession,
        mfa_at: Option<Timestamp>,
        ctx: &Ctx,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, mfa_at, csrf_token, ip) VALUES ($1, $2, $3, $3, $4, $5, $6)",
        )
        .bind(&session.token_hash)
        .bind(account_id)
        .bind(ctx.at.unix_millis())
        .bind(mfa_at.map(Timestamp::unix_millis))
        .bind(&session.csrf_token)
        .bind(&ctx.ip)
        .execute(conn)
        .await?;
        Ok(())
    }

    pub(crate) async fn end_all_sessions(
        &self,
        conn: &mut Conn<'_>,
        account_id: i64,
    ) -> Result<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(conn)
            .await?;
        Ok(done.rows_affected())
    }
}

/// Sessions.
#[async_trait]
pub trait SessionStore: Send + Sync {
    // --- Sessions --------------------------------------------------------------------
    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>>;

    async fn touch_session(&self, token_hash: &str, at: Timestamp) -> Result<()>;

    /// Ends a session; `ctx` given means the person logged out (audited), `None` means
    /// it expired.
    async fn end_session(&self, token_hash: &str, logout: Option<&Ctx>) -> Result<()>;
    /// Records a fresh TOTP confirmation in a complete session (step-up);
    /// [`StoreError::NotFound`] for a session without `mfa_at` (one waiting for its
    /// first key), and the code's step stays unspent.
    async fn record_step_up(
        &self,
        account: &Account,
        session_hash: &str,
        totp_step: i64,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl SessionStore for SqlStore {
    async fn session(&self, token_hash: &str) -> Result<Option<SessionRecord>> {
        let Some(row) = sqlx::query("SELECT account_id, created_at, last_seen_at, mfa_at, csrf_token FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(self.point_read().await?.conn())
            .await?
        else {
            return Ok(None);
        };
        let Some(account) = self.account(row.try_get("account_id")?).await? else {
            return Ok(None);
        };
        Ok(Some(SessionRecord {
            token_hash: token_hash.to_owned(),
            account,
            created_at: ts(&row, "created_at")?,
            last_seen_at: ts(&row, "last_seen_at")?,
            mfa_at: opt_ts(&row, "mfa_at")?,
            csrf_token: row.try_get("csrf_token")?,
        }))
    }

    async fn touch_session(&self, token_hash: &str, at: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2 AND last_seen_at < $1",
        )
        .bind(at.unix_millis())
        .bind(token_hash)
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }

    async fn end_session(&self, token_hash: &str, logout: Option<&Ctx>) -> Result<()> {
        let mut tx = self.begin().await?;
        let account_id: Option<i64> =
            sqlx::query_scalar("SELECT account_id FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .fetch_optional(tx.conn())
                .await?;
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(tx.conn())
            .await?;
        if let (Some(ctx), Some(_)) = (logout, account_id) {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::LoggedOut, Outcome::Success).subject(ctx.actor.clone()),
            )
            .await?;
        }
        tx.commit().await
    }

    async fn record_step_up(
        &self,
        account: &Account,
        session_hash: &str,
        totp_step: i64,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)")
            .bind(totp_step)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::TotpReused);
        }
        // Only a complete session steps up: one waiting for its first key (no
        // `mfa_at`) must not become complete with a code.
        let stepped = sqlx::query("UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3 AND mfa_at IS NOT NULL")
            .bind(ctx.at.unix_millis())
            .bind(session_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        if stepped.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::StepUpConfirmed, Outcome::Success)
                .subject(account.pseudonym.clone()),
        )
        .await?;
        tx.commit().await
    }
}
