//! Emergency call-backs confirmed by a second staff member.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::emergency::{confirmation_allowed, CallbackOutcome, Recorder};
use lers_domain::request::RequestStatus;
use serde_json::json;
use sqlx::Row;

pub use super::emergency_rows::*;
use super::request_rows::RequestSummary;
use crate::error::refused;
use crate::model::*;
use crate::sql::{event, ts, SqlStore};
use crate::{Result, StoreError};

#[async_trait]
pub trait EmergencyStore: Send + Sync {
    /// A second staff member, not the one who recorded it, confirms a confirmed
    /// call-back.
    async fn confirm_callback(
        &self,
        request: &RequestSummary,
        callback_id: i64,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn callback_confirmations(
        &self,
        request: &RequestSummary,
    ) -> Result<Vec<CallbackConfirmation>>;
}

#[async_trait]
impl EmergencyStore for SqlStore {
    async fn confirm_callback(
        &self,
        request: &RequestSummary,
        callback_id: i64,
        staff: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let row = sqlx::query(&format!(
            "SELECT c.staff_id, c.result, r.status, {} AS recorder_disabled FROM callbacks c \
             JOIN requests r ON r.id = c.request_id JOIN accounts a ON a.id = c.staff_id \
             WHERE c.id = $1 AND c.request_id = $2",
            super::four_eyes::disabled_since("a", "c.at")
        ))
        .bind(callback_id)
        .bind(request.row_id)
        .fetch_optional(tx.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        let recorder = Recorder {
            id: row.try_get("staff_id")?,
            disabled_since: row.try_get::<i64, _>("recorder_disabled")? != 0,
        };
        let result: String = row.try_get("result")?;
        let status: String = row.try_get("status")?;
        let result = CallbackOutcome::parse(&result)
            .ok_or_else(|| StoreError::Corrupt("call-back result".into()))?;
        let status = RequestStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt("request status".into()))?;
        confirmation_allowed(result, recorder, staff.id, status).map_err(refused)?;
        sqlx::query(
            "INSERT INTO callback_confirmations (callback_id, staff_id, at) VALUES ($1, $2, $3) ON CONFLICT (callback_id, staff_id) DO NOTHING",
        )
        .bind(callback_id)
        .bind(staff.id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::CallbackConfirmed, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"callback": callback_id})),
        )
        .await?;
        tx.commit().await
    }

    async fn callback_confirmations(
        &self,
        request: &RequestSummary,
    ) -> Result<Vec<CallbackConfirmation>> {
        let rows = sqlx::query(&format!(
            "SELECT k.callback_id, a.name, k.at, {} AS giver_disabled FROM callback_confirmations k \
             JOIN callbacks c ON c.id = k.callback_id \
             JOIN accounts a ON a.id = k.staff_id WHERE c.request_id = $1 ORDER BY k.at",
            super::four_eyes::disabled_since("a", "k.at")
        ))
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CallbackConfirmation {
                    callback_id: row.try_get("callback_id")?,
                    staff: row.try_get("name")?,
                    at: ts(row, "at")?,
                    disabled_since: row.try_get::<i64, _>("giver_disabled")? != 0,
                })
            })
            .collect()
    }
}
