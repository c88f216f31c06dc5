//! Suspensions of requesters after a failed call-back, and lifting them.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use super::emergency_rows::*;
use crate::error::Changed;
use crate::model::*;
use crate::sql::{event, SqlStore};
use crate::{Result, StoreError};

/// Suspensions.
#[async_trait]
pub trait SuspensionStore: Send + Sync {
    /// Suspensions, those in force first, newest first.
    async fn suspensions(&self, limit: i64) -> Result<Vec<SuspensionRecord>>;
    /// The suspension in force for an account, if any.
    async fn suspension_of(&self, account_id: i64) -> Result<Option<SuspensionRecord>>;
    /// Lifts the suspension in force: the account is active again.
    async fn lift_suspension(
        &self,
        account_id: i64,
        admin: &Account,
        note: &str,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl SuspensionStore for SqlStore {
    async fn suspensions(&self, limit: i64) -> Result<Vec<SuspensionRecord>> {
        let rows = sqlx::query(&format!(
            "{SUSPENSION_SELECT} ORDER BY CASE WHEN s.lifted_at IS NULL THEN 0 ELSE 1 END, s.suspended_at DESC, s.id DESC LIMIT $1"
        ))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(suspension_from_row).collect()
    }

    async fn suspension_of(&self, account_id: i64) -> Result<Option<SuspensionRecord>> {
        let row = sqlx::query(&format!(
            "{SUSPENSION_SELECT} WHERE s.account_id = $1 AND s.lifted_at IS NULL"
        ))
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(suspension_from_row).transpose()
    }

    async fn lift_suspension(
        &self,
        account_id: i64,
        admin: &Account,
        note: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let lifted = sqlx::query(
            "UPDATE suspensions SET lifted_by = $1, lifted_at = $2, lift_note = $3 WHERE account_id = $4 AND lifted_at IS NULL",
        )
        .bind(admin.id)
        .bind(ctx.at.unix_millis())
        .bind(note)
        .bind(account_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if lifted == 0 {
            return Err(StoreError::ChangedMeanwhile(Changed::NoSuspension));
        }
        let account = self.account_by_id_in(&mut tx.conn(), account_id).await?;
        sqlx::query("UPDATE accounts SET status = 'active', locked_at = NULL WHERE id = $1 AND status = 'disabled' AND (disabled_reason IS NULL OR disabled_reason <> 'erased')")
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        sqlx::query("DELETE FROM login_failures WHERE account_id = $1")
            .bind(account_id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::SuspensionLifted, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"note": note})),
        )
        .await?;
        tx.commit().await
    }
}
