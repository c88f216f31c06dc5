//! The response team's queue: finding, viewing and assigning requests.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::request::staff_work::may_assign;
use lers_domain::request::{RequestKind, RequestStatus};
use lers_domain::staff_notice::Trigger;
use serde_json::json;
use sqlx::Row;

use super::console_rows::*;
use super::request_rows::{summary_from_row, RequestRecord, RequestSummary, SUMMARY_COLUMNS};
use crate::error::refused;
use crate::model::*;
use crate::sql::{event, opt_ts, SqlStore};
use crate::Result;

/// The queue counts its lines up to this many; past it, "more than" this many.
pub const QUEUE_COUNT_CAP: i64 = 10_000;

#[async_trait]
pub trait ConsoleStore: Send + Sync {
    /// A page of the open requests, emergencies first, then by deadline (the order of
    /// the `requests_queue` index); `total` is at most [`QUEUE_COUNT_CAP`] + 1.
    async fn queue(&self, query: &QueueQuery, now: Timestamp) -> Result<Page<QueueItem>>;
    /// Any submitted request, for staff; the view itself is audited.
    async fn staff_request(&self, id: &str, ctx: &Ctx) -> Result<Option<RequestRecord>>;
    async fn due_at(&self, request: &RequestSummary) -> Result<Option<Timestamp>>;
    async fn assign(
        &self,
        request: &RequestSummary,
        assignee: Option<&Account>,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl ConsoleStore for SqlStore {
    async fn queue(&self, query: &QueueQuery, now: Timestamp) -> Result<Page<QueueItem>> {
        let kind = query.kind.map_or("%", RequestKind::as_str);
        let status = query.status.map_or("%", RequestStatus::as_str);
        let country = query
            .country
            .clone()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "%".into());
        let assignee = query.assignee.unwrap_or(-1);
        let overdue_before = if query.overdue_only {
            now.unix_millis()
        } else {
            i64::MAX
        };
        // What the queue index (emergency, due_at, …) can seek on, implied by the
        // filter: a request of the emergency kind is always flagged an emergency, and
        // only a request with a deadline is overdue (as each item shows it). Without
        // them, counting the rare emergencies or overdue requests among a million open
        // ones read the whole index on every view of the queue.
        let mut seek = String::new();
        if query.kind == Some(RequestKind::Emergency) {
            seek.push_str(" AND r.emergency = 1");
        }
        if query.overdue_only {
            seek.push_str(" AND r.emergency IN (0, 1) AND r.due_at < $5");
        }
        let filter = format!(
            "WHERE r.status IN {OPEN_STATUSES} AND r.kind LIKE $1 AND r.status LIKE $2 AND r.country LIKE $3 \
             AND ($4 < 0 OR r.assignee_id = $4) AND COALESCE(r.due_at, 0) < $5 \
             AND ($6 = '' OR $6 LIKE '%,' || COALESCE(r.region, $7) || ',%'){seek}"
        );
        // Counted up to one past the cap: beyond it the page says "more than", and a
        // million open requests are never counted on every view. The queue index
        // covers the filter, so the count reads the index alone.
        let queue_index = self.dialect().queue_index();
        let total: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM requests r{queue_index} {filter} LIMIT $8) AS capped"
        ))
        .bind(kind)
        .bind(status)
        .bind(&country)
        .bind(assignee)
        .bind(overdue_before)
        .bind(&query.regions)
        .bind(&query.default_region)
        .bind(QUEUE_COUNT_CAP + 1)
        .fetch_one(self.pool())
        .await?;
        // Emergencies first, then the nearest deadline: the order of the index.
        let rows = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS}, r.due_at, s.name AS assignee_name, o.agency AS owner_agency, \
             (SELECT COUNT(*) FROM suspensions x WHERE x.account_id = r.owner_id AND x.lifted_at IS NULL) AS owner_suspended FROM requests r{queue_index} \
             LEFT JOIN accounts s ON s.id = r.assignee_id JOIN accounts o ON o.id = r.owner_id {filter} \
             ORDER BY r.emergency DESC, r.due_at ASC, r.id ASC LIMIT $8 OFFSET $9"
        ))
        .bind(kind)
        .bind(status)
        .bind(&country)
        .bind(assignee)
        .bind(overdue_before)
        .bind(&query.regions)
        .bind(&query.default_region)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(self.pool())
        .await?;
        let items = rows
            .iter()
            .map(|row| {
                let due_at = opt_ts(row, "due_at")?;
                Ok(QueueItem {
                    summary: summary_from_row(row, 0)?,
                    overdue: due_at.is_some_and(|due| due < now),
                    due_at,
                    assignee: row.try_get("assignee_name")?,
                    agency: row.try_get("owner_agency")?,
                    owner_suspended: row.try_get::<i64, _>("owner_suspended")? != 0,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Page { items, total })
    }

    async fn staff_request(&self, id: &str, ctx: &Ctx) -> Result<Option<RequestRecord>> {
        let owner: Option<i64> = sqlx::query_scalar(
            "SELECT owner_id FROM requests WHERE public_id = $1 AND status <> 'draft'",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(owner) = owner else { return Ok(None) };
        let mut tx = self.begin().await?;
        let record = self.record_in(&mut tx.conn(), owner, id).await?;
        if let Some(record) = &record {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RequestViewed, Outcome::Success)
                    .subject(record.summary.reference.clone().unwrap_or_default())
                    .details(json!({"request": id})),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(record)
    }

    async fn due_at(&self, request: &RequestSummary) -> Result<Option<Timestamp>> {
        let due: Option<i64> = sqlx::query_scalar("SELECT due_at FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(self.pool())
            .await?;
        Ok(due.map(Timestamp::from_unix_millis))
    }

    async fn assign(
        &self,
        request: &RequestSummary,
        assignee: Option<&Account>,
        ctx: &Ctx,
    ) -> Result<()> {
        may_assign(assignee).map_err(refused)?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE requests SET assignee_id = $1 WHERE id = $2")
            .bind(assignee.map(|a| a.id))
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        // Whoever is given the case hears of it (not someone taking it themselves).
        if let Some(assignee) = assignee.filter(|a| a.pseudonym != ctx.actor) {
            self.notify_case_event(
                &mut tx.conn(),
                request,
                Trigger::Assigned,
                assignee.id,
                ctx.at,
            )
            .await?;
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestAssigned, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"assignee": assignee.map(|a| a.pseudonym.clone())})),
        )
        .await?;
        tx.commit().await
    }
}
