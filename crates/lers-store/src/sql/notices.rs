//! Storage of notification decisions, scheduled notices and their deliveries.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{JobKind, NoticeJob};
use serde::Serialize;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::request_rows::{RequestSummary, SUMMARY_COLUMNS};
use super::rows::{event, opt_ts, ts};
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, Ctx};

/// Where a notice stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeState {
    /// Will be sent at `send_at`.
    Scheduled,
    /// Claimed by a worker that is sending it now.
    Sending,
    /// Held by a delay-of-notice order without an end date.
    AwaitingOrder,
    /// An EU order: held until the issuing authority lifts its restriction.
    AwaitingAuthority,
    /// Held by staff with a recorded exemption.
    Held,
    Sent,
    /// Not to be sent (exempt or not applicable), for the recorded reason.
    NotSent,
}

impl NoticeState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Sending => "sending",
            Self::AwaitingOrder => "awaiting_order",
            Self::AwaitingAuthority => "awaiting_authority",
            Self::Held => "held",
            Self::Sent => "sent",
            Self::NotSent => "not_sent",
        }
    }
    fn parse(text: &str) -> Option<Self> {
        [
            Self::Scheduled,
            Self::Sending,
            Self::AwaitingOrder,
            Self::AwaitingAuthority,
            Self::Held,
            Self::Sent,
            Self::NotSent,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

#[derive(Clone, Debug)]
pub struct NoticeDecision {
    pub target_type: String,
    pub target: String,
    /// `notify_now`, `delay`, `exempt` or `not_applicable`.
    pub decision: String,
    pub exemption: Option<String>,
    pub reason: String,
    pub state: NoticeState,
    pub send_at: Option<Timestamp>,
}

#[derive(Clone, Debug, Serialize)]
pub struct NoticeRecord {
    pub id: i64,
    pub request: RequestSummary,
    pub target_type: String,
    pub target: String,
    pub decision: String,
    pub exemption: Option<String>,
    pub reason: String,
    pub state: NoticeState,
    pub send_at: Option<Timestamp>,
    pub sent_at: Option<Timestamp>,
    pub decided_at: Timestamp,
    pub deliveries: Vec<Delivery>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Delivery {
    pub at: Timestamp,
    pub outcome: String,
    pub detail: String,
}

/// What [`NoticeStore::claim_notice`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeClaim {
    /// The caller sends it now, and records the attempt (or releases it).
    Claimed,
    /// Someone else's claim (or a failed attempt's that was not released) holds it
    /// until then: whoever is due to send it must try again after that.
    Busy { until: Timestamp },
    /// Held, moved to another time, or sent: there is nothing to send for this job.
    Gone,
}

#[async_trait]
pub trait NoticeStore: Send + Sync {
    /// Records (or replaces) the decision for one affected account and schedules its
    /// notice when there is one to send.
    async fn decide_notice(
        &self,
        request: &RequestSummary,
        decision: &NoticeDecision,
        decider: &Account,
        ctx: &Ctx,
    ) -> Result<i64>;
    async fn notices(&self, request: &RequestSummary) -> Result<Vec<NoticeRecord>>;
    /// Notices not yet sent that may still go out, soonest first.
    async fn upcoming_notices(&self, limit: i64) -> Result<Vec<NoticeRecord>>;
    async fn notice(&self, id: i64) -> Result<Option<NoticeRecord>>;
    /// Holds a scheduled notice for a recorded exemption.
    async fn hold_notice(&self, id: i64, exemption: &str, reason: &str, ctx: &Ctx) -> Result<()>;
    /// Claims a scheduled notice for sending at `send_at` (or one whose earlier claim
    /// ran out) until `until`.
    async fn claim_notice(
        &self,
        id: i64,
        send_at: Timestamp,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<NoticeClaim>;
    /// Puts a claimed notice back to scheduled without recording an attempt (the
    /// attempt failed before anything was sent or could be recorded).
    async fn release_notice(&self, id: i64) -> Result<()>;
    /// Records a delivery attempt of a claimed notice: sent, or back to scheduled.
    async fn record_delivery(
        &self,
        id: i64,
        outcome: &str,
        detail: &str,
        sent: bool,
        ctx: &Ctx,
    ) -> Result<()>;
}

const NOTICE_COLUMNS: &str =
    "n.id, n.target_type, n.target, n.decision, n.exemption, n.reason, n.state, n.send_at, n.sent_at, n.decided_at";

impl SqlStore {
    async fn notice_from_row(&self, row: &AnyRow) -> Result<NoticeRecord> {
        let id: i64 = row.try_get("id")?;
        let state: String = row.try_get("state")?;
        let deliveries = sqlx::query(
            "SELECT at, outcome, detail FROM notice_deliveries WHERE notice_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|d| {
            Ok(Delivery {
                at: ts(d, "at")?,
                outcome: d.try_get("outcome")?,
                detail: d.try_get("detail")?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(NoticeRecord {
            id,
            request: super::request_rows::summary_from_row(row, 0)?,
            target_type: row.try_get("target_type")?,
            target: row.try_get("target")?,
            decision: row.try_get("decision")?,
            exemption: row.try_get("exemption")?,
            reason: row.try_get("reason")?,
            state: NoticeState::parse(&state)
                .ok_or_else(|| StoreError::Corrupt(format!("notice state {state}")))?,
            send_at: opt_ts(row, "send_at")?,
            sent_at: opt_ts(row, "sent_at")?,
            decided_at: ts(row, "decided_at")?,
            deliveries,
        })
    }

    async fn notices_where(
        &self,
        clause: &str,
        bind: i64,
        limit: i64,
    ) -> Result<Vec<NoticeRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {NOTICE_COLUMNS}, {SUMMARY_COLUMNS} FROM notices n JOIN requests r ON r.id = n.request_id WHERE {clause} \
             ORDER BY COALESCE(n.send_at, 0), n.id LIMIT $2"
        ))
        .bind(bind)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let mut notices = Vec::with_capacity(rows.len());
        for row in &rows {
            notices.push(self.notice_from_row(row).await?);
        }
        Ok(notices)
    }
}

#[async_trait]
impl NoticeStore for SqlStore {
    async fn decide_notice(
        &self,
        request: &RequestSummary,
        decision: &NoticeDecision,
        decider: &Account,
        ctx: &Ctx,
    ) -> Result<i64> {
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO notices (request_id, target_type, target, decision, exemption, reason, state, send_at, decided_by, decided_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (request_id, target_type, target) DO UPDATE SET \
             decision = excluded.decision, exemption = excluded.exemption, reason = excluded.reason, state = excluded.state, \
             send_at = excluded.send_at, decided_by = excluded.decided_by, decided_at = excluded.decided_at RETURNING id",
        )
        .bind(request.row_id)
        .bind(&decision.target_type)
        .bind(&decision.target)
        .bind(&decision.decision)
        .bind(&decision.exemption)
        .bind(&decision.reason)
        .bind(decision.state.as_str())
        .bind(decision.send_at.map(Timestamp::unix_millis))
        .bind(decider.id)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        let sent: Option<i64> = sqlx::query_scalar("SELECT sent_at FROM notices WHERE id = $1")
            .bind(id)
            .fetch_one(tx.conn())
            .await?;
        if sent.is_some() {
            return Err(Refusal::NoticeSent.into());
        }
        if let (NoticeState::Scheduled, Some(send_at)) = (decision.state, decision.send_at) {
            // The send time is part of the key: a re-evaluation that moves it schedules
            // a new job, and the old one finds a different time and does nothing.
            let job = JobKind::UserNotice(NoticeJob {
                notice: id,
                send_at: send_at.unix_millis(),
            });
            self.insert_job(&mut tx.conn(), &job, send_at, ctx.at)
                .await?;
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::NoticeDecided, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({
                    "notice": id,
                    "decision": decision.decision,
                    "exemption": decision.exemption,
                    "state": decision.state.as_str(),
                    "send_at": decision.send_at.map(Timestamp::to_rfc3339),
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn notices(&self, request: &RequestSummary) -> Result<Vec<NoticeRecord>> {
        self.notices_where("n.request_id = $1", request.row_id, 1000)
            .await
    }

    async fn upcoming_notices(&self, limit: i64) -> Result<Vec<NoticeRecord>> {
        self.notices_where(
            "n.state IN ('scheduled', 'sending', 'awaiting_order', 'awaiting_authority', 'held') AND $1 = $1",
            0,
            limit,
        )
        .await
    }

    async fn notice(&self, id: i64) -> Result<Option<NoticeRecord>> {
        Ok(self
            .notices_where("n.id = $1", id, 1)
            .await?
            .into_iter()
            .next())
    }

    async fn hold_notice(&self, id: i64, exemption: &str, reason: &str, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE notices SET state = 'held', exemption = $1, reason = $2 WHERE id = $3 AND state IN ('scheduled', 'awaiting_order', 'awaiting_authority')")
            .bind(exemption)
            .bind(reason)
            .bind(id)
            .execute(tx.conn())
            .await?
            .rows_affected();
        if done != 1 {
            return Err(Refusal::NoticeNotHoldable.into());
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::NoticeHeld, Outcome::Success)
                .details(json!({"notice": id, "exemption": exemption})),
        )
        .await?;
        tx.commit().await
    }

    async fn claim_notice(
        &self,
        id: i64,
        send_at: Timestamp,
        now: Timestamp,
        until: Timestamp,
    ) -> Result<NoticeClaim> {
        let mut tx = self.begin().await?;
        let claimed = sqlx::query(
            "UPDATE notices SET state = 'sending', claimed_until = $1 WHERE id = $2 AND send_at = $3 \
             AND (state = 'scheduled' OR (state = 'sending' AND (claimed_until IS NULL OR claimed_until < $4)))",
        )
        .bind(until.unix_millis())
        .bind(id)
        .bind(send_at.unix_millis())
        .bind(now.unix_millis())
        .execute(tx.conn())
        .await?
        .rows_affected();
        let claim = if claimed == 1 {
            NoticeClaim::Claimed
        } else {
            let held: Option<Option<i64>> = sqlx::query_scalar(
                "SELECT claimed_until FROM notices WHERE id = $1 AND send_at = $2 AND state = 'sending'",
            )
            .bind(id)
            .bind(send_at.unix_millis())
            .fetch_optional(tx.conn())
            .await?;
            match held {
                Some(until) => NoticeClaim::Busy {
                    until: Timestamp::from_unix_millis(until.unwrap_or(i64::MAX)),
                },
                None => NoticeClaim::Gone,
            }
        };
        tx.commit().await?;
        Ok(claim)
    }

    async fn release_notice(&self, id: i64) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE notices SET state = 'scheduled', claimed_until = NULL WHERE id = $1 AND state = 'sending'")
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn record_delivery(
        &self,
        id: i64,
        outcome: &str,
        detail: &str,
        sent: bool,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO notice_deliveries (notice_id, at, outcome, detail) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(ctx.at.unix_millis())
            .bind(outcome)
            .bind(detail)
            .execute(tx.conn())
            .await?;
        // Only the claim holder finishes a notice: sent, or back to scheduled for a retry.
        let finish = if sent {
            "UPDATE notices SET state = 'sent', sent_at = $1, claimed_until = NULL WHERE id = $2 AND state = 'sending'"
        } else {
            "UPDATE notices SET state = 'scheduled', claimed_until = NULL WHERE id = $2 AND state = 'sending' AND $1 = $1"
        };
        sqlx::query(finish)
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(
                ctx,
                AuditAction::NoticeDelivery,
                if sent {
                    Outcome::Success
                } else {
                    Outcome::Failure
                },
            )
            .details(json!({"notice": id, "outcome": outcome})),
        )
        .await?;
        tx.commit().await
    }
}

#[cfg(test)]
mod tests {
    use super::NoticeState;

    #[test]
    fn every_state_reads_back() {
        for state in [
            NoticeState::Scheduled,
            NoticeState::Sending,
            NoticeState::AwaitingOrder,
            NoticeState::AwaitingAuthority,
            NoticeState::Held,
            NoticeState::Sent,
            NoticeState::NotSent,
        ] {
            assert_eq!(NoticeState::parse(state.as_str()), Some(state));
        }
    }
}
