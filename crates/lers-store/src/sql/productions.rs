//! Storage of productions (what a provider delivers for an approved request), their
//! files' metadata and wrapped keys, the staff-access alerts, and the records that
//! retention crypto-shreds. The file bytes themselves live in a [`crate::blobs`]
//! store; this module never sees plaintext.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::alerts::agency::AgencyEvent;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::production::{
    delivery_details, may_deliver, FileProgress, Manifest, ManifestFile, ProductionPolicy,
};
use lers_domain::request::{RequestEvent, RequestStatus};
use sqlx::any::AnyRow;

pub use super::production_rows::*;
use super::request_rows::{summary_from_row, NewEvent, RequestSummary, SUMMARY_COLUMNS};
use crate::error::{refused, Changed};
use crate::model::{Account, Ctx};
use crate::sql::{event, SqlStore};
use crate::{Result, StoreError};

#[async_trait]
pub trait ProductionStore: Send + Sync {
    /// The production being assembled for `request`, opened by `producer` if there is
    /// none yet. Only approved (or already produced) requests get productions.
    async fn open_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        ctx: &Ctx,
    ) -> Result<ProductionRecord>;
    async fn productions(&self, request: &RequestSummary) -> Result<Vec<ProductionRecord>>;
    /// A production and its request, for staff (who see every submitted request).
    async fn production_with_request(
        &self,
        production_id: &str,
    ) -> Result<Option<(RequestSummary, ProductionRecord)>>;
    async fn production(
        &self,
        request: &RequestSummary,
        production_id: &str,
    ) -> Result<Option<ProductionRecord>>;
    /// Hands the production over: fixes its manifest, starts the availability and
    /// retention clocks, moves the request to `produced`, and records the delivery in
    /// the audit log (the manifest's anchor).
    async fn deliver_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<ProductionRecord>;
}

#[async_trait]
impl ProductionStore for SqlStore {
    async fn open_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        ctx: &Ctx,
    ) -> Result<ProductionRecord> {
        match self.open_production_once(producer, request, ctx).await {
            // Another producer opened one at the same moment: join it.
            Err(StoreError::Database(e))
                if e.as_database_error()
                    .is_some_and(|d| d.is_unique_violation()) =>
            {
                self.open_production_once(producer, request, ctx).await
            }
            other => other,
        }
    }

    async fn productions(&self, request: &RequestSummary) -> Result<Vec<ProductionRecord>> {
        let mut conn = self.pool().acquire().await?;
        self.production_rows(
            &mut Conn::from(&mut conn),
            "p.request_id = $1",
            request.row_id,
        )
        .await
    }

    async fn production_with_request(
        &self,
        production_id: &str,
    ) -> Result<Option<(RequestSummary, ProductionRecord)>> {
        let mut conn = self.pool().acquire().await?;
        let request: Option<AnyRow> = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r JOIN productions p ON p.request_id = r.id WHERE p.public_id = $1"
        ))
        .bind(production_id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(request) = request else {
            return Ok(None);
        };
        let summary = summary_from_row(&request, 0)?;
        let production = self
            .production_rows(
                &mut Conn::from(&mut conn),
                "p.request_id = $1",
                summary.row_id,
            )
            .await?
            .into_iter()
            .find(|p| p.id == production_id)
            .ok_or(StoreError::NotFound)?;
        Ok(Some((summary, production)))
    }

    async fn production(
        &self,
        request: &RequestSummary,
        production_id: &str,
    ) -> Result<Option<ProductionRecord>> {
        Ok(self
            .productions(request)
            .await?
            .into_iter()
            .find(|p| p.id == production_id))
    }

    async fn deliver_production(
        &self,
        producer: &Account,
        request: &RequestSummary,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<ProductionRecord> {
        Self::require_producer(producer, production)?;
        let mut tx = self.begin().await?;
        self.lock_open(&mut tx.conn(), production, ctx.at).await?;
        // The request may have been withdrawn or closed since the page was loaded;
        // locking its row keeps it from changing until the delivery commits.
        sqlx::query(
            "UPDATE requests SET status = status WHERE id = $1 AND status IN ('approved', 'produced')",
        )
        .bind(request.row_id)
        .execute(tx.conn())
        .await?;
        let status: String = sqlx::query_scalar("SELECT status FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(tx.conn())
            .await?;
        let status = RequestStatus::parse(&status).ok_or_else(|| corrupt("request status"))?;
        // The files as they are now, under the lock (not as the page saw them).
        let files = self
            .production_by_row(&mut tx.conn(), production.row_id)
            .await?
            .files;
        let live: Vec<&ProductionFileRecord> = files.iter().filter(|f| f.is_live()).collect();
        may_deliver(
            status,
            live.iter().map(|f| FileProgress {
                name: &f.name,
                state: f.state,
                received: f.received,
                size: f.size,
            }),
        )
        .map_err(refused)?;
        // An EU order the enforcing authority refused is never delivered.
        if let Some(facts) = self.ea_hold_facts(&mut tx.conn(), request.row_id).await? {
            lers_domain::eu::enforcing::may_deliver(&facts, ctx.at).map_err(refused)?;
        }
        let manifest = Manifest {
            production_id: production.id.clone(),
            request_reference: request.reference.clone().unwrap_or_default(),
            produced_at: ctx.at,
            producer: producer.pseudonym.clone(),
            files: live
                .iter()
                .map(|f| ManifestFile {
                    name: f.name.clone(),
                    size: f.size,
                    sha256: f.sha256.clone().unwrap_or_default(),
                })
                .collect(),
        };
        if status == RequestStatus::Approved {
            let current = RequestSummary {
                status,
                ..request.clone()
            };
            let next = self
                .change_status(&mut tx.conn(), &current, RequestEvent::Produce, ctx.at)
                .await?;
            self.add_event(
                &mut tx.conn(),
                NewEvent {
                    request_id: request.row_id,
                    actor_id: producer.id,
                    kind: "status",
                    status: Some(next),
                    note: "",
                    at: ctx.at,
                },
            )
            .await?;
        }
        let index = self
            .audit_indexed(
                &mut tx,
                event(ctx, AuditAction::ProductionDelivered, Outcome::Success)
                    .subject(production.id.clone())
                    .details(delivery_details(&manifest)),
            )
            .await?;
        let manifest_json =
            serde_json::to_string(&manifest).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let done = sqlx::query(
            "UPDATE productions SET state = 'delivered', delivered_at = $1, available_until = $2, retain_until = $3, \
             manifest = $4, delivery_audit_index = $5 WHERE id = $6 AND state = 'open'",
        )
        .bind(ctx.at.unix_millis())
        .bind(policy.available_until(ctx.at).unix_millis())
        .bind(policy.retain_until(ctx.at).unix_millis())
        .bind(manifest_json)
        .bind(i64::try_from(index).map_err(|_| corrupt("audit index"))?)
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::ChangedMeanwhile(Changed::Production));
        }
        // The requester's system hears of it with the delivery, not after it.
        self.queue_agency_event(
            &mut tx.conn(),
            request.row_id,
            ctx.at,
            |_| Some(AgencyEvent::ProductionReady),
            None,
        )
        .await?;
        let delivered = self
            .production_by_row(&mut tx.conn(), production.row_id)
            .await?;
        tx.commit().await?;
        Ok(delivered)
    }
}
