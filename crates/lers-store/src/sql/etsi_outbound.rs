//! What LERS sends back to the endpoints that sent it orders over HI-1: one
//! `etsi_outbound` row per message (status change, Form 3 answer, delivery), stored
//! with its whole body before it is sent and posted by an `etsi_outbound` job until
//! the endpoint takes it. `(endpoint, dedupe_key)` is unique, so a message about one
//! event is stored once whatever runs the sweep, and never sent twice.
//!
//! The sweep reads only the orders that may have something new to report: open
//! requests, orders never reported, orders waiting on a clock, and orders whose
//! request, EA decision, Form 3 or productions changed since the last report.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::eu::enforcing::HoldFacts;
use lers_domain::eu::non_execution::{NonExecution, NonExecutionReason};
use lers_domain::jobs::{EtsiOutboundJob, JobKind};
use lers_domain::request::{RequestKind, RequestStatus};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::console_rows::OPEN_STATUSES;
use super::core::SqlStore;
use super::rows::{event, opt_ts, placeholders, ts};
use crate::error::{Result, StoreError};
use crate::model::Ctx;

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("etsi outbound: {what}"))
}

/// One order that arrived over HI-1, with the facts its reported status follows from.
#[derive(Clone, Debug)]
pub struct EtsiOrderState {
    pub request_row_id: i64,
    pub request_id: String,
    pub reference: Option<String>,
    pub endpoint_id: i64,
    pub authorisation_id: String,
    /// The status last reported (the dictionary value), if any, and when it was
    /// reported or last confirmed.
    pub reported_status: Option<String>,
    pub reported_at: Option<Timestamp>,
    pub kind: RequestKind,
    pub status: RequestStatus,
    /// At least one production was delivered.
    pub produced: bool,
    /// Answered with a Form 3, or refused by the enforcing authority.
    pub refused: bool,
    /// The EA hold facts of an EU production order that is approved or later.
    pub hold: Option<HoldFacts>,
}

/// A Form 3 answer to an order that arrived over HI-1, not yet sent to its endpoint.
#[derive(Clone, Debug)]
pub struct EtsiForm3 {
    pub request_row_id: i64,
    pub request_id: String,
    pub reference: Option<String>,
    /// The status last reported (the dictionary value), if any.
    pub reported_status: Option<String>,
    pub endpoint_id: i64,
    pub authorisation_id: String,
    pub answer: NonExecution,
    pub answered_at: Timestamp,
}

/// A delivered production of an order that arrived over HI-1, not yet announced.
#[derive(Clone, Debug)]
pub struct EtsiDelivery {
    pub request_row_id: i64,
    pub endpoint_id: i64,
    pub authorisation_id: String,
    pub production_id: String,
    /// How many productions of the order were delivered before this one.
    pub sequence: u64,
}

/// A message to store and send.
#[derive(Clone, Debug)]
pub struct NewOutbound<'a> {
    pub endpoint_id: i64,
    pub request_row_id: i64,
    pub reference: Option<&'a str>,
    /// `notification` or `delivery`.
    pub kind: &'a str,
    pub dedupe_key: String,
    pub transaction_id: &'a str,
    pub body: &'a str,
    /// A status change: the reported status moves from `.0` to `.1` with the message.
    pub status_change: Option<(Option<&'a str>, &'a str)>,
}

/// A stored message and how its sending went.
#[derive(Clone, Debug, serde::Serialize)]
pub struct OutboundRecord {
    pub id: i64,
    pub endpoint_id: i64,
    pub request_row_id: Option<i64>,
    pub kind: String,
    pub dedupe_key: String,
    pub transaction_id: String,
    #[serde(skip)]
    pub body: String,
    pub created_at: Timestamp,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub delivered_at: Option<Timestamp>,
}

#[async_trait]
pub trait EtsiOutboundStore: Send + Sync {
    /// The HI-1 orders that may have a status to report: open requests, orders never
    /// reported, orders last reported as one of `waiting` (a clock may move them), and
    /// orders not reported as one of `settled` that changed since their last report.
    async fn etsi_orders_to_report(
        &self,
        waiting: &[&str],
        settled: &[&str],
    ) -> Result<Vec<EtsiOrderState>>;
    /// The task object identifiers the endpoint created for the order.
    async fn etsi_order_tasks(&self, request_row_id: i64, endpoint_id: i64) -> Result<Vec<String>>;
    /// The order's reported status still holds at `at`: what changed since is not
    /// looked at again.
    async fn confirm_reported_status(
        &self,
        request_row_id: i64,
        status: &str,
        at: Timestamp,
    ) -> Result<()>;
    /// Form 3 answers to HI-1 orders without a stored message `form3:<request>`.
    async fn etsi_form3_to_send(&self) -> Result<Vec<EtsiForm3>>;
    /// Delivered productions of HI-1 orders without a stored `delivery:<production>`.
    async fn etsi_deliveries_to_send(&self) -> Result<Vec<EtsiDelivery>>;
    /// The endpoint an order arrived from (`None`: it did not arrive over HI-1).
    async fn etsi_order_endpoint(&self, request_row_id: i64) -> Result<Option<i64>>;
    /// Stores a message and enqueues its job, in one transaction with the status
    /// change it reports (refused as `Changed` if the reported status moved meanwhile)
    /// and its audit entry. `None` when a message with that key is already stored.
    async fn queue_outbound(&self, message: &NewOutbound<'_>, ctx: &Ctx) -> Result<Option<i64>>;
    async fn outbound_message(&self, id: i64) -> Result<Option<OutboundRecord>>;
    /// The endpoint took the message.
    async fn outbound_delivered(&self, id: i64, ctx: &Ctx) -> Result<()>;
    /// One attempt failed (`counted`) or the message was not sent at all (an inactive
    /// endpoint, no URL): `error` says why.
    async fn outbound_failed(&self, id: i64, error: &str, counted: bool, ctx: &Ctx) -> Result<()>;
    /// The messages sent about a request, oldest first.
    async fn outbound_of_request(&self, request_row_id: i64) -> Result<Vec<OutboundRecord>>;
}

const ORDER: &str =
    "o.request_id, o.endpoint_id, o.authorisation_id, o.reported_status, o.reported_at, \
    r.public_id, r.reference, r.kind, r.status";

fn kind_and_status(row: &AnyRow) -> Result<(RequestKind, RequestStatus)> {
    let kind = RequestKind::parse(&row.try_get::<String, _>("kind")?)
        .ok_or_else(|| corrupt("request kind"))?;
    let status = RequestStatus::parse(&row.try_get::<String, _>("status")?)
        .ok_or_else(|| corrupt("request status"))?;
    Ok((kind, status))
}

impl SqlStore {
    /// The EA hold facts, for an EU production order that is approved or later.
    async fn hold_if_relevant(
        &self,
        row_id: i64,
        kind: RequestKind,
        status: RequestStatus,
    ) -> Result<Option<HoldFacts>> {
        let relevant = kind == RequestKind::EuProductionOrder
            && matches!(
                status,
                RequestStatus::Approved | RequestStatus::Produced | RequestStatus::Closed
            );
        if !relevant {
            return Ok(None);
        }
        let mut conn = self.pool().acquire().await?;
        self.ea_hold_facts(&mut Conn::from(&mut conn), row_id).await
    }
}

#[async_trait]
impl EtsiOutboundStore for SqlStore {
    async fn etsi_orders_to_report(
        &self,
        waiting: &[&str],
        settled: &[&str],
    ) -> Result<Vec<EtsiOrderState>> {
        let since = |table: &str, column: &str| {
            format!("EXISTS (SELECT 1 FROM {table} x WHERE x.request_id = o.request_id AND x.{column} >= o.reported_at)")
        };
        let waiting_in = placeholders(1, waiting.len().max(1));
        let settled_in = placeholders(1 + waiting.len().max(1), settled.len().max(1));
        let sql = format!(
            "SELECT {ORDER}, \
             (SELECT COUNT(*) FROM productions p WHERE p.request_id = o.request_id AND p.delivered_at IS NOT NULL) AS produced, \
             (SELECT COUNT(*) FROM eu_form3_answers f WHERE f.request_id = o.request_id) \
             + (SELECT COUNT(*) FROM eu_ea_decisions d WHERE d.request_id = o.request_id AND d.decision = 'full_refusal') AS refused \
             FROM etsi_orders o JOIN requests r ON r.id = o.request_id \
             WHERE r.status IN {OPEN_STATUSES} OR o.reported_status IS NULL OR o.reported_at IS NULL \
             OR o.reported_status IN ({waiting_in}) \
             OR (o.reported_status NOT IN ({settled_in}) AND (r.updated_at >= o.reported_at OR {} OR {} OR {})) \
             ORDER BY o.request_id",
            since("eu_ea_decisions", "decided_at"),
            since("eu_form3_answers", "answered_at"),
            since("productions", "delivered_at"),
        );
        let mut query = sqlx::query(&sql);
        for list in [waiting, settled] {
            if list.is_empty() {
                query = query.bind("");
            }
            for value in list {
                query = query.bind(*value);
            }
        }
        let rows = query.fetch_all(self.pool()).await?;
        let mut orders = Vec::with_capacity(rows.len());
        for row in &rows {
            let (kind, status) = kind_and_status(row)?;
            let request_row_id: i64 = row.try_get("request_id")?;
            orders.push(EtsiOrderState {
                request_row_id,
                request_id: row.try_get("public_id")?,
                reference: row.try_get("reference")?,
                endpoint_id: row.try_get("endpoint_id")?,
                authorisation_id: row.try_get("authorisation_id")?,
                reported_status: row.try_get("reported_status")?,
                reported_at: opt_ts(row, "reported_at")?,
                kind,
                status,
                produced: row.try_get::<i64, _>("produced")? > 0,
                refused: row.try_get::<i64, _>("refused")? > 0,
                hold: self.hold_if_relevant(request_row_id, kind, status).await?,
            });
        }
        Ok(orders)
    }

    async fn etsi_order_tasks(&self, request_row_id: i64, endpoint_id: i64) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT object_id FROM etsi_objects WHERE request_id = $1 AND endpoint_id = $2 \
             AND object_type IN ('ld_task', 'lp_task') ORDER BY created_at, object_id",
        )
        .bind(request_row_id)
        .bind(endpoint_id)
        .fetch_all(self.pool())
        .await?)
    }

    async fn confirm_reported_status(
        &self,
        request_row_id: i64,
        status: &str,
        at: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE etsi_orders SET reported_at = $1 WHERE request_id = $2 AND reported_status = $3",
        )
        .bind(at.unix_millis())
        .bind(request_row_id)
        .bind(status)
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }

    async fn etsi_form3_to_send(&self) -> Result<Vec<EtsiForm3>> {
        let rows = sqlx::query(
            "SELECT o.request_id, o.endpoint_id, o.authorisation_id, o.reported_status, \
             r.public_id, r.reference, f.reasons, f.explanation, f.foreign_law, f.answered_at \
             FROM eu_form3_answers f JOIN etsi_orders o ON o.request_id = f.request_id \
             JOIN requests r ON r.id = f.request_id \
             WHERE NOT EXISTS (SELECT 1 FROM etsi_outbound m WHERE m.endpoint_id = o.endpoint_id \
             AND m.dedupe_key = 'form3:' || r.public_id) ORDER BY o.request_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let reasons: String = row.try_get("reasons")?;
                Ok(EtsiForm3 {
                    request_row_id: row.try_get("request_id")?,
                    request_id: row.try_get("public_id")?,
                    reference: row.try_get("reference")?,
                    reported_status: row.try_get("reported_status")?,
                    endpoint_id: row.try_get("endpoint_id")?,
                    authorisation_id: row.try_get("authorisation_id")?,
                    answer: NonExecution {
                        reasons: reasons
                            .split(',')
                            .map(|r| NonExecutionReason::parse(r).ok_or_else(|| corrupt(r)))
                            .collect::<Result<_>>()?,
                        explanation: row.try_get("explanation")?,
                        foreign_law: row.try_get("foreign_law")?,
                    },
                    answered_at: ts(row, "answered_at")?,
                })
            })
            .collect()
    }

    async fn etsi_deliveries_to_send(&self) -> Result<Vec<EtsiDelivery>> {
        let rows = sqlx::query(
            "SELECT o.request_id, o.endpoint_id, o.authorisation_id, p.public_id, \
             (SELECT COUNT(*) FROM productions e WHERE e.request_id = p.request_id \
              AND e.delivered_at IS NOT NULL AND e.id < p.id) AS sequence \
             FROM etsi_orders o JOIN productions p ON p.request_id = o.request_id \
             WHERE p.state = 'delivered' AND NOT EXISTS (SELECT 1 FROM etsi_outbound m \
             WHERE m.endpoint_id = o.endpoint_id AND m.dedupe_key = 'delivery:' || p.public_id) \
             ORDER BY p.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(EtsiDelivery {
                    request_row_id: row.try_get("request_id")?,
                    endpoint_id: row.try_get("endpoint_id")?,
                    authorisation_id: row.try_get("authorisation_id")?,
                    production_id: row.try_get("public_id")?,
                    sequence: u64::try_from(row.try_get::<i64, _>("sequence")?).unwrap_or(0),
                })
            })
            .collect()
    }

    async fn etsi_order_endpoint(&self, request_row_id: i64) -> Result<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT endpoint_id FROM etsi_orders WHERE request_id = $1")
                .bind(request_row_id)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    async fn queue_outbound(&self, message: &NewOutbound<'_>, ctx: &Ctx) -> Result<Option<i64>> {
        let mut tx = self.begin().await?;
        if let Some((from, to)) = message.status_change {
            let moved = sqlx::query(
                "UPDATE etsi_orders SET reported_status = $1, reported_at = $2 \
                 WHERE request_id = $3 AND COALESCE(reported_status, '') = $4",
            )
            .bind(to)
            .bind(ctx.at.unix_millis())
            .bind(message.request_row_id)
            .bind(from.unwrap_or(""))
            .execute(tx.conn())
            .await?;
            if moved.rows_affected() == 0 {
                return Err(StoreError::ChangedMeanwhile(crate::Changed::Request));
            }
        }
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO etsi_outbound (endpoint_id, request_id, kind, dedupe_key, transaction_id, body, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (endpoint_id, dedupe_key) DO NOTHING RETURNING id",
        )
        .bind(message.endpoint_id)
        .bind(message.request_row_id)
        .bind(message.kind)
        .bind(&message.dedupe_key)
        .bind(message.transaction_id)
        .bind(message.body)
        .bind(ctx.at.unix_millis())
        .fetch_optional(tx.conn())
        .await?;
        if let Some(id) = id {
            let job = JobKind::EtsiOutbound(EtsiOutboundJob { message: id });
            self.insert_job(&mut tx.conn(), &job, ctx.at, ctx.at)
                .await?;
            self.audit(
                &mut tx,
                event(ctx, AuditAction::Hi1OutboundQueued, Outcome::Success)
                    .subject(message.reference.unwrap_or_default().to_owned())
                    .details(json!({
                        "message": id,
                        "endpoint": format!("endpoint:{}", message.endpoint_id),
                        "kind": message.kind,
                        "about": message.dedupe_key,
                        "transaction": message.transaction_id,
                    })),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn outbound_message(&self, id: i64) -> Result<Option<OutboundRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM etsi_outbound WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    async fn outbound_delivered(&self, id: i64, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE etsi_outbound SET delivered_at = $1, attempts = attempts + 1, last_error = NULL \
             WHERE id = $2 AND delivered_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() > 0 {
            let record = outbound_in(&mut tx.conn(), id).await?;
            self.audit(
                &mut tx,
                event(ctx, AuditAction::Hi1OutboundDelivered, Outcome::Success)
                    .subject(format!("endpoint:{}", record.endpoint_id))
                    .details(json!({
                        "message": id,
                        "about": record.dedupe_key,
                        "transaction": record.transaction_id,
                        "attempts": record.attempts,
                    })),
            )
            .await?;
        }
        tx.commit().await
    }

    async fn outbound_failed(&self, id: i64, error: &str, counted: bool, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE etsi_outbound SET attempts = attempts + $1, last_error = $2 WHERE id = $3",
        )
        .bind(i64::from(counted))
        .bind(error)
        .bind(id)
        .execute(tx.conn())
        .await?;
        let record = outbound_in(&mut tx.conn(), id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::Hi1OutboundFailed, Outcome::Failure)
                .subject(format!("endpoint:{}", record.endpoint_id))
                .details(json!({
                    "message": id,
                    "about": record.dedupe_key,
                    "transaction": record.transaction_id,
                    "attempts": record.attempts,
                    "error": error,
                })),
        )
        .await?;
        tx.commit().await
    }

    async fn outbound_of_request(&self, request_row_id: i64) -> Result<Vec<OutboundRecord>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM etsi_outbound WHERE request_id = $1 ORDER BY id"
        ))
        .bind(request_row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }
}

const COLUMNS: &str = "id, endpoint_id, request_id, kind, dedupe_key, transaction_id, body, \
    created_at, attempts, last_error, delivered_at";

async fn outbound_in(conn: &mut Conn<'_>, id: i64) -> Result<OutboundRecord> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM etsi_outbound WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?;
    row.as_ref()
        .map(from_row)
        .transpose()?
        .ok_or(StoreError::NotFound)
}

fn from_row(row: &AnyRow) -> Result<OutboundRecord> {
    Ok(OutboundRecord {
        id: row.try_get("id")?,
        endpoint_id: row.try_get("endpoint_id")?,
        request_row_id: row.try_get("request_id")?,
        kind: row.try_get("kind")?,
        dedupe_key: row.try_get("dedupe_key")?,
        transaction_id: row.try_get("transaction_id")?,
        body: row.try_get("body")?,
        created_at: ts(row, "created_at")?,
        attempts: row.try_get("attempts")?,
        last_error: row.try_get("last_error")?,
        delivered_at: opt_ts(row, "delivered_at")?,
    })
}
