//! The workload dashboard's counts (issue 18 §5), limited exactly as the queue is: to
//! the regions a viewer's data-sharing rule reaches, and to their own cases if they
//! see only those. The figures over 30/90 days are computed by
//! `lers_domain::workload` from the timings read here.

use async_trait::async_trait;
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::request::RequestKind;
use lers_domain::workload::CaseTiming;
use sqlx::Row;

use super::console_rows::OPEN_STATUSES;
use crate::sql::{opt_ts, ts, SqlStore};
use crate::{Result, StoreError};

/// What a viewer may count: as `QueueQuery` (`regions` as `,eu,us,`, empty for all;
/// `assignee` for someone who sees only their own cases).
#[derive(Clone, Debug, Default)]
pub struct WorkloadReach {
    pub regions: String,
    pub default_region: String,
    pub assignee: Option<i64>,
}

/// Open cases counted three ways, the day's clocks, emergencies nobody has acknowledged or acted on
/// yet, and the timings of the cases received in the last `TIMING_DAYS` days.
#[derive(Clone, Debug, Default)]
pub struct Workload {
    pub by_status: Vec<(String, i64)>,
    pub by_kind: Vec<(String, i64)>,
    pub by_region: Vec<(String, i64)>,
    pub due_today: i64,
    pub overdue: i64,
    pub emergencies_waiting: i64,
    pub timings: Vec<CaseTiming>,
}

/// How far back the timings go (the dashboard shows 30 and 90 days).
pub const TIMING_DAYS: i64 = 90;

/// The reach filter on `requests r`; binds $1 (regions), $2 (default region), $3
/// (assignee or −1).
const REACH: &str = "($1 = '' OR $1 LIKE '%,' || COALESCE(r.region, $2) || ',%') AND ($3 < 0 OR r.assignee_id = $3)";

/// When the response team first did something on `r`: a review saved, a decision, a
/// call-back, a message to the requester.
/// No on-call alert of the case has been acknowledged (an acknowledgement is the
/// responder saying "I have it", even before they act on the case).
const NOT_ACKNOWLEDGED: &str = "NOT EXISTS (SELECT 1 FROM oncall_alerts a \
     WHERE a.request_id = r.id AND a.acked_at IS NOT NULL)";
const FIRST_ACTION: &str = "(SELECT MIN(x.at) FROM (\
     SELECT v.reviewed_at AS at FROM reviews v WHERE v.request_id = r.id \
     UNION ALL SELECT d.decided_at FROM decisions d WHERE d.request_id = r.id \
     UNION ALL SELECT c.at FROM callbacks c WHERE c.request_id = r.id \
     UNION ALL SELECT m.created_at FROM messages m JOIN accounts a ON a.id = m.author_id \
         WHERE m.request_id = r.id AND m.internal = 0 AND a.kind = 'staff') x)";

#[async_trait]
pub trait WorkloadStore: Send + Sync {
    /// The dashboard at `now` for `reach`; "due today" runs to `day_end` (the end of
    /// the viewer's local day).
    async fn workload(
        &self,
        reach: &WorkloadReach,
        now: Timestamp,
        day_end: Timestamp,
    ) -> Result<Workload>;
}

impl SqlStore {
    async fn open_counts(&self, reach: &WorkloadReach, column: &str) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query(&format!(
            "SELECT {column} AS g, COUNT(*) AS n FROM requests r WHERE r.status IN {OPEN_STATUSES} AND {REACH} \
             GROUP BY g ORDER BY n DESC, g"
        ))
        .bind(&reach.regions)
        .bind(&reach.default_region)
        .bind(reach.assignee.unwrap_or(-1))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("g")?, row.try_get("n")?)))
            .collect()
    }

    async fn open_count(
        &self,
        reach: &WorkloadReach,
        condition: &str,
        a: i64,
        b: i64,
    ) -> Result<i64> {
        Ok(sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM requests r WHERE r.status IN {OPEN_STATUSES} AND {REACH} AND {condition}"
        ))
        .bind(&reach.regions)
        .bind(&reach.default_region)
        .bind(reach.assignee.unwrap_or(-1))
        .bind(a)
        .bind(b)
        .fetch_one(self.pool())
        .await?)
    }
}

#[async_trait]
impl WorkloadStore for SqlStore {
    async fn workload(
        &self,
        reach: &WorkloadReach,
        now: Timestamp,
        day_end: Timestamp,
    ) -> Result<Workload> {
        let (now_ms, end_ms) = (now.unix_millis(), day_end.unix_millis());
        let due_today = self
            .open_count(reach, "r.due_at >= $4 AND r.due_at < $5", now_ms, end_ms)
            .await?;
        let overdue = self
            .open_count(reach, "r.due_at < $4 AND $5 = $5", now_ms, end_ms)
            .await?;
        let emergencies_waiting = self
            .open_count(
                reach,
                &format!(
                    "r.emergency = 1 AND {FIRST_ACTION} IS NULL AND {NOT_ACKNOWLEDGED} AND $4 = $5"
                ),
                0,
                0,
            )
            .await?;
        let since = now.minus(Duration::days(TIMING_DAYS)).unix_millis();
        let rows = sqlx::query(&format!(
            "SELECT r.kind, COALESCE(r.received_at, r.submitted_at) AS received_at, r.due_at, {FIRST_ACTION} AS first_action_at, \
             (SELECT MIN(d.decided_at) FROM decisions d WHERE d.request_id = r.id \
                 AND d.kind IN ('approve', 'approve_partial', 'reject')) AS decided_at \
             FROM requests r WHERE r.status <> 'draft' AND {REACH} \
             AND COALESCE(r.received_at, r.submitted_at) >= $4 ORDER BY r.id"
        ))
        .bind(&reach.regions)
        .bind(&reach.default_region)
        .bind(reach.assignee.unwrap_or(-1))
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        let timings = rows
            .iter()
            .map(|row| {
                let kind: String = row.try_get("kind")?;
                Ok(CaseTiming {
                    kind: RequestKind::parse(&kind)
                        .ok_or_else(|| StoreError::Corrupt(format!("request kind {kind}")))?,
                    received_at: ts(row, "received_at")?,
                    first_action_at: opt_ts(row, "first_action_at")?,
                    due_at: opt_ts(row, "due_at")?,
                    decided_at: opt_ts(row, "decided_at")?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Workload {
            by_status: self.open_counts(reach, "r.status").await?,
            by_kind: self.open_counts(reach, "r.kind").await?,
            by_region: self.open_counts(reach, "COALESCE(r.region, $2)").await?,
            due_today,
            overdue,
            emergencies_waiting,
            timings,
        })
    }
}
