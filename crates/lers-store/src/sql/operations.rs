//! What operations needs from the database: the figures `/metrics` publishes (read at
//! scrape time, so every node reports the shared truth) and the one fact load
//! shedding needs before it admits a request (is it an emergency?).

use async_trait::async_trait;
use lers_domain::clock::Timestamp;
use sqlx::Row;

use super::console_rows::OPEN_STATUSES;
use super::rows::opt_ts;
use crate::sql::SqlStore;
use crate::Result;

/// The queue and the job runner at one moment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OperationsSnapshot {
    /// Open requests in the console queue, and how many of them are emergencies.
    pub open_requests: i64,
    pub open_emergencies: i64,
    /// Open requests whose service-level deadline has passed.
    pub sla_breaches: i64,
    /// Jobs due now (waiting or running), the due time of the oldest, and the jobs
    /// whose last attempt failed and that wait for a retry.
    pub jobs_due: i64,
    pub oldest_due_job: Option<Timestamp>,
    pub jobs_failing: i64,
    /// Messages waiting in the mail queue for the mail server.
    pub mail_queued: i64,
}

#[async_trait]
pub trait OperationsStore: Send + Sync {
    async fn operations_snapshot(&self, now: Timestamp) -> Result<OperationsSnapshot>;
    /// Whether the draft `public_id` is an emergency (an emergency request, or an
    /// order whose certificate says emergency); `false` when there is none or it is no
    /// longer a draft (only drafts are edited or submitted through the routes that ask).
    async fn request_is_emergency(&self, public_id: &str) -> Result<bool>;
}

#[async_trait]
impl OperationsStore for SqlStore {
    async fn operations_snapshot(&self, now: Timestamp) -> Result<OperationsSnapshot> {
        let at = now.unix_millis();
        let queue = sqlx::query(&format!(
            "SELECT COUNT(*) AS open, COUNT(CASE WHEN emergency = 1 THEN 1 END) AS emergencies, \
             COUNT(CASE WHEN due_at < $1 THEN 1 END) AS breaches FROM requests WHERE status IN {OPEN_STATUSES}"
        ))
        .bind(at)
        .fetch_one(self.pool())
        .await?;
        let jobs = sqlx::query(
            "SELECT COUNT(*) AS due, MIN(run_at) AS oldest FROM jobs WHERE done_at IS NULL AND run_at <= $1",
        )
        .bind(at)
        .fetch_one(self.pool())
        .await?;
        let failing: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM jobs WHERE done_at IS NULL AND last_error IS NOT NULL",
        )
        .fetch_one(self.pool())
        .await?;
        let mail_queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM mail_queue")
            .fetch_one(self.pool())
            .await?;
        Ok(OperationsSnapshot {
            open_requests: queue.try_get("open")?,
            open_emergencies: queue.try_get("emergencies")?,
            sla_breaches: queue.try_get("breaches")?,
            jobs_due: jobs.try_get("due")?,
            oldest_due_job: opt_ts(&jobs, "oldest")?,
            jobs_failing: failing,
            mail_queued,
        })
    }

    async fn request_is_emergency(&self, public_id: &str) -> Result<bool> {
        let row = sqlx::query(
            "SELECT kind, emergency FROM requests WHERE public_id = $1 AND status = 'draft'",
        )
        .bind(public_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(row) => {
                let kind: String = row.try_get("kind")?;
                let emergency: i64 = row.try_get("emergency")?;
                kind == "emergency" || emergency == 1
            }
            None => false,
        })
    }
}
