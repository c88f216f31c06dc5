//! Inactivity of requester accounts: a warning, then disabling, each audited once.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::AccountStatus;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::powers::{self, InactivityPolicy, InactivityStep};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::{event, opt_ts, ts};
use crate::error::Result;
use crate::model::{Account, Ctx};

/// A requester account that may be due for an inactivity step.
#[derive(Clone, Debug)]
pub struct InactiveAccount {
    pub account: Account,
    pub last_activity: Timestamp,
    pub warned_at: Option<Timestamp>,
}

/// Inactivity of requester accounts: warned, then disabled.
#[async_trait]
pub trait InactivityStore: Send + Sync {
    /// Active, verified requester accounts with no activity since `before`.
    async fn inactivity_candidates(&self, before: Timestamp) -> Result<Vec<InactiveAccount>>;
    /// Records that the inactivity warning went out (once per period); `false` if an
    /// earlier run recorded it already.
    async fn record_inactivity_warning(
        &self,
        account_id: i64,
        disable_on: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Disables an account for inactivity if, re-checked under the write, the policy
    /// still says so; ends its sessions. `false`: nothing to do.
    async fn disable_if_inactive(
        &self,
        account_id: i64,
        policy: &InactivityPolicy,
        ctx: &Ctx,
    ) -> Result<bool>;
}

impl SqlStore {
    /// The latest of creation, login, re-enabling and API-token use.
    const LAST_ACTIVITY: &'static str =
        "SELECT a.id, a.inactivity_warned_at, a.created_at, a.last_login_at, a.enabled_at, \
         (SELECT MAX(t.last_used_at) FROM api_tokens t WHERE t.account_id = a.id) AS token_used_at \
         FROM accounts a";

    fn last_activity(row: &AnyRow) -> Result<Timestamp> {
        let mut latest = ts(row, "created_at")?;
        for column in ["last_login_at", "enabled_at", "token_used_at"] {
            if let Some(at) = opt_ts(row, column)? {
                latest = latest.max(at);
            }
        }
        Ok(latest)
    }
}

#[async_trait]
impl InactivityStore for SqlStore {
    async fn inactivity_candidates(&self, before: Timestamp) -> Result<Vec<InactiveAccount>> {
        let rows = sqlx::query(&format!(
            "{} WHERE a.kind = 'requester' AND a.status = 'active' AND a.email_verified_at IS NOT NULL \
             AND a.created_at < $1 AND COALESCE(a.last_login_at, 0) < $1 AND COALESCE(a.enabled_at, 0) < $1 ORDER BY a.id",
            Self::LAST_ACTIVITY
        ))
        .bind(before.unix_millis())
        .fetch_all(self.pool())
        .await?;
        let mut found = Vec::new();
        let mut conn = self.pool().acquire().await?;
        for row in &rows {
            let last_activity = Self::last_activity(row)?;
            if last_activity >= before {
                continue;
            }
            let account = self
                .account_by_id_in(&mut Conn::from(&mut conn), row.try_get("id")?)
                .await?;
            found.push(InactiveAccount {
                account,
                last_activity,
                warned_at: opt_ts(row, "inactivity_warned_at")?,
            });
        }
        Ok(found)
    }

    async fn record_inactivity_warning(
        &self,
        account_id: i64,
        disable_on: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!("{} WHERE a.id = $1", Self::LAST_ACTIVITY))
            .bind(account_id)
            .fetch_one(tx.conn())
            .await?;
        let last_activity = Self::last_activity(&row)?;
        // Once per period: a warning from before the last activity does not count.
        let done = sqlx::query(
            "UPDATE accounts SET inactivity_warned_at = $1 WHERE id = $2 AND (inactivity_warned_at IS NULL OR inactivity_warned_at < $3)",
        )
        .bind(ctx.at.unix_millis())
        .bind(account_id)
        .bind(last_activity.unix_millis())
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        let pseudonym: String = row_pseudonym(&mut tx.conn(), account_id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::InactivityWarningSent, Outcome::Success)
                .subject(pseudonym)
                .details(json!({
                    "last_activity": last_activity.to_rfc3339(),
                    "disable_on": disable_on.to_rfc3339(),
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn disable_if_inactive(
        &self,
        account_id: i64,
        policy: &InactivityPolicy,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!(
            "{} WHERE a.id = $1 AND a.status = 'active' AND a.kind = 'requester'",
            Self::LAST_ACTIVITY
        ))
        .bind(account_id)
        .fetch_optional(tx.conn())
        .await?;
        let Some(row) = row else {
            return Ok(false);
        };
        let last_activity = Self::last_activity(&row)?;
        let warned_at = opt_ts(&row, "inactivity_warned_at")?;
        if policy.step(last_activity, warned_at, ctx.at) != InactivityStep::Disable {
            return Ok(false);
        }
        let done = sqlx::query(
            "UPDATE accounts SET status = 'disabled', disabled_reason = $1, disabled_at = $3 WHERE id = $2 AND status = 'active'",
        )
        .bind(powers::DISABLED_INACTIVE)
        .bind(account_id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        let sessions = self.end_all_sessions(&mut tx.conn(), account_id).await?;
        let pseudonym = row_pseudonym(&mut tx.conn(), account_id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AccountDisabled, Outcome::Success)
                .subject(pseudonym)
                .details(json!({
                    "from": "active",
                    "to": "disabled",
                    "reason": powers::DISABLED_INACTIVE,
                    "last_activity": last_activity.to_rfc3339(),
                    "sessions_ended": sessions,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

async fn row_pseudonym(conn: &mut Conn<'_>, account_id: i64) -> Result<String> {
    Ok(
        sqlx::query_scalar("SELECT pseudonym FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(conn)
            .await?,
    )
}

/// After an admin sets an account's status: the system's reason no longer applies,
/// and making it active starts a fresh inactivity period.
pub(crate) async fn after_status_change(
    conn: &mut Conn<'_>,
    account_id: i64,
    status: AccountStatus,
    at: Timestamp,
) -> Result<()> {
    let query = if status == AccountStatus::Active {
        sqlx::query("UPDATE accounts SET disabled_reason = NULL, enabled_at = $1 WHERE id = $2")
            .bind(at.unix_millis())
            .bind(account_id)
    } else {
        sqlx::query("UPDATE accounts SET disabled_reason = NULL WHERE id = $1").bind(account_id)
    };
    query.execute(conn).await?;
    Ok(())
}
