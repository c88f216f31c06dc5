//! Durable jobs: enqueued in the transaction that needs them, claimed with a lease.

use async_trait::async_trait;
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::jobs::JobKind;
use sqlx::Row;

use super::console_rows::{Job, NewJob};
use crate::sql::SqlStore;
use crate::{Result, StoreError};

/// Durable jobs.
#[async_trait]
pub trait JobStore: Send + Sync {
    async fn enqueue_job(&self, job: &NewJob) -> Result<()>;
    /// Takes the next due job for `lease`; an expired lease (a crashed worker) makes
    /// the job claimable again. A due `oncall_page` goes first (an emergency page must
    /// not wait behind webhook deliveries to slow receivers), `webhook_delivery` last
    /// (a requester's slow or silent receiver must not hold back holds, notices and
    /// exports), the oldest due first within each.
    async fn claim_job(&self, worker: &str, now: Timestamp, lease: Duration)
        -> Result<Option<Job>>;
    async fn complete_job(&self, id: i64, now: Timestamp) -> Result<()>;
    async fn retry_job(&self, id: i64, error: &str, run_at: Timestamp) -> Result<()>;
}

#[async_trait]
impl JobStore for SqlStore {
    async fn enqueue_job(&self, job: &NewJob) -> Result<()> {
        let mut tx = self.begin().await?;
        self.insert_job(&mut tx.conn(), &job.job, job.run_at, job.run_at)
            .await?;
        tx.commit().await
    }

    async fn claim_job(
        &self,
        worker: &str,
        now: Timestamp,
        lease: Duration,
    ) -> Result<Option<Job>> {
        let mut tx = self.begin().await?;
        let sql = format!(
            "UPDATE jobs SET lease_until = $1, locked_by = $2, attempts = attempts + 1 WHERE id = ( \
             SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= $3 AND (lease_until IS NULL OR lease_until < $3) \
             ORDER BY CASE kind WHEN 'oncall_page' THEN 0 WHEN 'webhook_delivery' THEN 2 ELSE 1 END, run_at, id LIMIT 1{}) \
             RETURNING id, kind, payload, attempts",
            self.dialect().skip_locked()
        );
        let row = sqlx::query(&sql)
            .bind(now.plus(lease).unix_millis())
            .bind(worker)
            .bind(now.unix_millis())
            .fetch_optional(tx.conn())
            .await?;
        tx.commit().await?;
        row.map(|row| {
            let kind: String = row.try_get("kind")?;
            let payload: String = row.try_get("payload")?;
            let payload = serde_json::from_str(&payload)
                .map_err(|e| StoreError::Corrupt(format!("job payload: {e}")))?;
            Ok(Job {
                id: row.try_get("id")?,
                job: JobKind::from_stored(&kind, payload).map_err(|e| e.to_string()),
                kind,
                attempts: row.try_get("attempts")?,
            })
        })
        .transpose()
    }

    async fn complete_job(&self, id: i64, now: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE jobs SET done_at = $1, lease_until = NULL WHERE id = $2")
            .bind(now.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn retry_job(&self, id: i64, error: &str, run_at: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE jobs SET run_at = $1, lease_until = NULL, last_error = $2 WHERE id = $3",
        )
        .bind(run_at.unix_millis())
        .bind(error)
        .bind(id)
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }
}
