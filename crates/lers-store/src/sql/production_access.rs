//! Downloads of productions: audited, checked against the access policy, alerts.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::production::{may_acknowledge_alert, AccessAlertPolicy};
use serde_json::{json, Value};
use sqlx::Row;

use super::production_rows::*;
use crate::crypto::tokens::random_id;
use crate::error::refused;
use crate::model::{Account, Ctx};
use crate::sql::{event, ts, SqlStore};
use crate::{Result, StoreError};

/// Access to productions.
#[async_trait]
pub trait ProductionAccessStore: Send + Sync {
    /// Audits an access to a production (download, manifest, verification, failed
    /// integrity check).
    async fn record_production_access(
        &self,
        action: AuditAction,
        outcome: Outcome,
        production: &ProductionRecord,
        details: Value,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Counts a staff member's access to a requester's file within the policy's
    /// window and raises an alert when it is unusual (one open alert per person).
    async fn check_staff_access(
        &self,
        staff: &Account,
        policy: &AccessAlertPolicy,
        ctx: &Ctx,
    ) -> Result<Option<StaffAlert>>;
    async fn open_staff_alerts(&self) -> Result<Vec<StaffAlert>>;
    async fn acknowledge_staff_alert(&self, id: &str, by: &Account, ctx: &Ctx) -> Result<()>;
}

#[async_trait]
impl ProductionAccessStore for SqlStore {
    async fn record_production_access(
        &self,
        action: AuditAction,
        outcome: Outcome,
        production: &ProductionRecord,
        details: Value,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        self.audit(
            &mut tx,
            event(ctx, action, outcome)
                .subject(production.id.clone())
                .details(details),
        )
        .await?;
        tx.commit().await
    }

    async fn check_staff_access(
        &self,
        staff: &Account,
        policy: &AccessAlertPolicy,
        ctx: &Ctx,
    ) -> Result<Option<StaffAlert>> {
        let window_start = ctx.at.minus(policy.window);
        let actions: Vec<String> = FILE_ACCESS_ACTIONS
            .iter()
            .map(|a| format!("'{}'", a.as_str()))
            .collect();
        let mut tx = self.begin().await?;
        let accesses: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE actor = $1 AND at >= $2 AND action IN ({})",
            actions.join(", ")
        ))
        .bind(&staff.pseudonym)
        .bind(window_start.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        let accesses = u64::try_from(accesses).unwrap_or(0);
        if !policy.is_unusual(accesses) {
            return Ok(None);
        }
        let already: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM staff_alerts WHERE account_id = $1 AND acknowledged_at IS NULL",
        )
        .bind(staff.id)
        .fetch_optional(tx.conn())
        .await?;
        if already.is_some() {
            return Ok(None);
        }
        let alert = StaffAlert {
            id: random_id("alr"),
            staff_pseudonym: staff.pseudonym.clone(),
            staff_name: staff.name.clone(),
            accesses,
            window_start,
            raised_at: ctx.at,
        };
        sqlx::query(
            "INSERT INTO staff_alerts (public_id, account_id, accesses, window_start, raised_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&alert.id)
        .bind(staff.id)
        .bind(to_i64(accesses)?)
        .bind(window_start.unix_millis())
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::StaffAccessAlert, Outcome::Success)
                .subject(staff.pseudonym.clone())
                .details(json!({
                    "alert": alert.id,
                    "accesses": accesses,
                    "window_minutes": policy.window.as_seconds() / 60,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(alert))
    }

    async fn open_staff_alerts(&self) -> Result<Vec<StaffAlert>> {
        sqlx::query(
            "SELECT s.public_id, s.accesses, s.window_start, s.raised_at, a.pseudonym, a.name \
             FROM staff_alerts s JOIN accounts a ON a.id = s.account_id \
             WHERE s.acknowledged_at IS NULL ORDER BY s.raised_at DESC",
        )
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|row| {
            Ok(StaffAlert {
                id: row.try_get("public_id")?,
                staff_pseudonym: row.try_get("pseudonym")?,
                staff_name: row.try_get("name")?,
                accesses: u64_of(row, "accesses")?,
                window_start: ts(row, "window_start")?,
                raised_at: ts(row, "raised_at")?,
            })
        })
        .collect()
    }

    async fn acknowledge_staff_alert(&self, id: &str, by: &Account, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let about: Option<i64> = sqlx::query_scalar(
            "SELECT account_id FROM staff_alerts WHERE public_id = $1 AND acknowledged_at IS NULL",
        )
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
        let about = about.ok_or(StoreError::NotFound)?;
        may_acknowledge_alert(about, by.id).map_err(refused)?;
        let done = sqlx::query(
            "UPDATE staff_alerts SET acknowledged_at = $1, acknowledged_by = $2 WHERE public_id = $3 AND acknowledged_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(by.id)
        .bind(id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AlertAcknowledged, Outcome::Success).subject(id.to_owned()),
        )
        .await?;
        tx.commit().await
    }
}
