//! Retention: productions crypto-shredded when their time ends, blobs deleted.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::production::ProductionPolicy;
use serde_json::json;

use super::production_rows::*;
use crate::model::Ctx;
use crate::sql::{event, SqlStore};
use crate::Result;

/// Retention.
#[async_trait]
pub trait RetentionStore: Send + Sync {
    /// Delivered productions whose retention ended at `now`, and productions left
    /// open for longer than the retention period.
    async fn productions_to_shred(
        &self,
        now: Timestamp,
        policy: &ProductionPolicy,
    ) -> Result<Vec<ProductionRecord>>;
    /// Destroys the wrapped data keys of a production's files (crypto-shredding) and
    /// audits it; the blobs are deleted afterwards via [`Self::blobs_to_delete`].
    async fn shred_production(
        &self,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<()>;
    /// Blobs whose files were shredded or removed but that are still in the store.
    async fn blobs_to_delete(&self) -> Result<Vec<String>>;
    async fn blob_deleted(&self, blob_key: &str, at: Timestamp) -> Result<()>;
}

#[async_trait]
impl RetentionStore for SqlStore {
    async fn productions_to_shred(
        &self,
        now: Timestamp,
        policy: &ProductionPolicy,
    ) -> Result<Vec<ProductionRecord>> {
        let mut conn = self.pool().acquire().await?;
        let mut due = self
            .production_rows(
                &mut Conn::from(&mut conn),
                "p.state = 'delivered' AND p.retain_until <= $1",
                now.unix_millis(),
            )
            .await?;
        // Never delivered (abandoned, or the request was withdrawn): kept no longer
        // after its last activity than a delivery would have been.
        due.extend(
            self.production_rows(
                &mut Conn::from(&mut conn),
                "p.state = 'open' AND p.touched_at <= $1",
                now.minus(policy.retention).unix_millis(),
            )
            .await?,
        );
        Ok(due)
    }

    async fn shred_production(
        &self,
        production: &ProductionRecord,
        policy: &ProductionPolicy,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        // Only if it is still due: delivered or worked on since it was listed, it stays.
        let done = sqlx::query(
            "UPDATE productions SET state = 'shredded', shredded_at = $1 WHERE id = $2 \
             AND ((state = 'delivered' AND retain_until <= $1) OR (state = 'open' AND touched_at <= $3))",
        )
        .bind(ctx.at.unix_millis())
        .bind(production.row_id)
        .bind(ctx.at.minus(policy.retention).unix_millis())
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Ok(());
        }
        // Without its wrapped key a sealed file is noise, wherever copies of it live.
        let keys = sqlx::query(
            "UPDATE production_files SET state = 'shredded', wrapped_key = NULL WHERE production_id = $1",
        )
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionShredded, Outcome::Success)
                .subject(production.id.clone())
                .details(json!({
                    "keys_destroyed": keys.rows_affected(),
                    "delivered": production.delivered_at.is_some(),
                    "retain_until": production.retain_until.map(Timestamp::to_rfc3339),
                })),
        )
        .await?;
        tx.commit().await
    }

    async fn blobs_to_delete(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT public_id FROM production_files WHERE state = 'shredded' AND blob_deleted_at IS NULL ORDER BY id",
        )
        .fetch_all(self.pool())
        .await?)
    }

    async fn blob_deleted(&self, blob_key: &str, at: Timestamp) -> Result<()> {
        sqlx::query("UPDATE production_files SET blob_deleted_at = $1 WHERE public_id = $2")
            .bind(at.unix_millis())
            .bind(blob_key)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
