//! Preservation holds: in force, extended once, expired by a job.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::request::RequestEvent;
use sqlx::Row;

use super::console_rows::HoldRecord;
use super::request_rows::RequestSummary;
use crate::model::*;
use crate::sql::{event, opt_ts, ts, SqlStore};
use crate::{Result, StoreError};

/// Preservation holds.
#[async_trait]
pub trait HoldStore: Send + Sync {
    async fn hold(&self, request: &RequestSummary) -> Result<Option<HoldRecord>>;
    /// Ends the hold of `request_row_id` if it still expires at `expires_at` (not
    /// extended meanwhile); the request and any extension become expired.
    async fn expire_hold(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// The requester of a request and its hold, for the expiry warning.
    async fn hold_warning_target(
        &self,
        request_row_id: i64,
    ) -> Result<Option<(RequestSummary, Account, HoldRecord)>>;
}

#[async_trait]
impl HoldStore for SqlStore {
    async fn hold(&self, request: &RequestSummary) -> Result<Option<HoldRecord>> {
        let row =
            sqlx::query("SELECT expires_at, extended, ended_at FROM holds WHERE request_id = $1")
                .bind(request.row_id)
                .fetch_optional(self.pool())
                .await?;
        row.map(|row| {
            Ok(HoldRecord {
                expires_at: ts(&row, "expires_at")?,
                extended: row.try_get::<i64, _>("extended")? != 0,
                ended_at: opt_ts(&row, "ended_at")?,
            })
        })
        .transpose()
    }

    async fn expire_hold(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let ended = sqlx::query("UPDATE holds SET ended_at = $1 WHERE request_id = $2 AND expires_at = $3 AND ended_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(request_row_id)
            .bind(expires_at.unix_millis())
            .execute(tx.conn())
            .await?
            .rows_affected();
        if ended != 1 {
            // Extended meanwhile, or already expired by an earlier run: nothing to do.
            tx.commit().await?;
            return Ok(false);
        }
        let summary = self.summary_by_row(&mut tx.conn(), request_row_id).await?;
        self.move_request(
            &mut tx.conn(),
            &summary,
            RequestEvent::Expire,
            summary.owner_id,
            "",
            ctx.at,
        )
        .await?;
        if let Some(reference) = &summary.reference {
            // Extensions of this hold end with it (their content is sealed: each is
            // opened to see which hold it extends).
            let candidates: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM requests WHERE kind = 'preservation_extension' AND status = 'preserved' AND owner_id = $1",
            )
            .bind(summary.owner_id)
            .fetch_all(tx.conn())
            .await?;
            for extension in candidates {
                if self
                    .extends_reference(&mut tx.conn(), extension)
                    .await?
                    .as_deref()
                    != Some(reference.as_str())
                {
                    continue;
                }
                let extension = self.summary_by_row(&mut tx.conn(), extension).await?;
                self.move_request(
                    &mut tx.conn(),
                    &extension,
                    RequestEvent::Expire,
                    summary.owner_id,
                    "",
                    ctx.at,
                )
                .await?;
            }
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::HoldExpired, Outcome::Success)
                .subject(summary.reference.clone().unwrap_or_default()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn hold_warning_target(
        &self,
        request_row_id: i64,
    ) -> Result<Option<(RequestSummary, Account, HoldRecord)>> {
        let summary = {
            let mut conn = self.pool().acquire().await?;
            self.summary_by_row(&mut Conn::from(&mut conn), request_row_id)
                .await?
        };
        let Some(hold) = self.hold(&summary).await? else {
            return Ok(None);
        };
        if hold.ended_at.is_some() {
            return Ok(None);
        }
        let owner = crate::sql::AccountLookup::account(self, summary.owner_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Some((summary, owner, hold)))
    }
}
