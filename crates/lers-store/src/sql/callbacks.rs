//! Call-backs to the requesting agency (emergencies), recorded by staff; a failed
//! one suspends the requester.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::emergency::callback_allowed;
use lers_domain::emergency::phone::{parse_phone, supplied_by};
use serde_json::json;
use sqlx::Row;

use super::console_rows::{CallbackRecord, NewCallback};
use super::request_rows::RequestSummary;
use crate::error::{refused, Refusal};
use crate::model::*;
use crate::sql::{event, ts, SqlStore};
use crate::Result;

/// Call-backs.
#[async_trait]
pub trait CallbackStore: Send + Sync {
    async fn callbacks(&self, request: &RequestSummary) -> Result<Vec<CallbackRecord>>;
    /// Records a call-back; a failed one disables the requesting account (ending its
    /// sessions) because its mailbox must be assumed compromised.
    async fn record_callback(
        &self,
        request: &RequestSummary,
        staff: &Account,
        callback: &NewCallback,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl CallbackStore for SqlStore {
    async fn callbacks(&self, request: &RequestSummary) -> Result<Vec<CallbackRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT c.id, c.staff_id, c.line, c.phone, c.number_source, c.answered_by, c.result, c.note, c.at, a.name, \
             {} AS recorder_disabled FROM callbacks c \
             JOIN accounts a ON a.id = c.staff_id WHERE c.request_id = $1 ORDER BY c.id",
            super::four_eyes::disabled_since("a", "c.at")
        ))
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CallbackRecord {
                    id: row.try_get("id")?,
                    staff_id: row.try_get("staff_id")?,
                    line: row.try_get("line")?,
                    staff: row.try_get("name")?,
                    phone: row.try_get("phone")?,
                    number_source: row.try_get("number_source")?,
                    answered_by: row.try_get("answered_by")?,
                    result: row.try_get("result")?,
                    note: row.try_get("note")?,
                    at: ts(row, "at")?,
                    recorder_disabled_since: row.try_get::<i64, _>("recorder_disabled")? != 0,
                })
            })
            .collect()
    }

    async fn record_callback(
        &self,
        request: &RequestSummary,
        staff: &Account,
        callback: &NewCallback,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        callback_allowed(current.kind, current.status, callback.result).map_err(refused)?;
        // A forger controls every number in the request, in their profile and in
        // whatever they or their agency sent before; a call-back to one of them
        // verifies nothing.
        let context = self.callback_context(&mut tx.conn(), &current).await?;
        let line = parse_phone(&callback.phone, &context.country).map_err(Refusal::from)?;
        if let Some(source) =
            supplied_by(&line, &context.sources, &context.trusted, &context.country)
        {
            return Err(Refusal::RequesterControlledLine {
                line: line.to_string(),
                origin: source.origin.clone(),
            }
            .into());
        }
        let callback_id: i64 = sqlx::query_scalar(
            "INSERT INTO callbacks (request_id, staff_id, phone, number_source, answered_by, result, note, at, line) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(request.row_id)
        .bind(staff.id)
        .bind(&callback.phone)
        .bind(&callback.number_source)
        .bind(&callback.answered_by)
        .bind(callback.result.as_str())
        .bind(&callback.note)
        .bind(ctx.at.unix_millis())
        .bind(line.to_string())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::CallbackRecorded, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"result": callback.result.as_str(), "number_source": callback.number_source, "line": line.to_string(), "callback": callback_id})),
        )
        .await?;
        if callback.result == CallbackResult::Failed {
            self.suspend_after_callback(&mut tx, &current, callback_id, staff, ctx)
                .await?;
        }
        tx.commit().await
    }
}
