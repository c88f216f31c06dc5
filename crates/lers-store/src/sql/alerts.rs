//! On-call rotas and the alerts of emergencies: raised once per request, each tier's
//! pages recorded on the case with their webhook posts and the next tier's job in one
//! transaction, acknowledged once.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::alerts::rota::Rota;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::JobKind;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::webhooks::NewDelivery;
use crate::error::{Result, StoreError};
use crate::model::Ctx;
use crate::sql::{event, opt_ts, ts, SqlStore};

/// What an alert may say about its request: no case content.
#[derive(Clone, Debug)]
pub struct AlertSubject {
    pub request_row: i64,
    pub public_id: String,
    pub reference: String,
    /// `emergency` or `emergency_epoc`.
    pub kind: &'static str,
    pub due_at: Option<Timestamp>,
    /// `None`: the default region.
    pub region: Option<String>,
}

/// One tier's page of one person.
#[derive(Clone, Debug)]
pub struct PageRecord {
    pub tier: i64,
    pub account_id: i64,
    pub paged_at: Timestamp,
}

/// An alert as recorded on its case.
#[derive(Clone, Debug)]
pub struct AlertRecord {
    pub id: i64,
    pub request_row: i64,
    pub request_id: String,
    pub reference: String,
    pub kind: String,
    pub raised_at: Timestamp,
    pub tier: i64,
    pub acked_at: Option<Timestamp>,
    pub acked_by: Option<i64>,
    pub pages: Vec<PageRecord>,
}

/// One tier's page to record.
#[derive(Clone, Debug)]
pub struct NewPage {
    pub alert: i64,
    pub tier: i64,
    pub recipients: Vec<i64>,
    pub deliveries: Vec<NewDelivery>,
    /// The next tier's job and when it runs (none after the last tier).
    pub escalation: Option<(JobKind, Timestamp)>,
}

/// What acknowledging did.
#[derive(Clone, Debug)]
pub enum Acknowledged {
    Now(AlertRecord),
    /// Someone acknowledged it before (who and when are on the record).
    Before(AlertRecord),
}

/// Rotas and alerts.
#[async_trait]
pub trait AlertStore: Send + Sync {
    async fn rotas(&self) -> Result<Vec<Rota>>;
    /// Adds `rota` (id 0) or replaces rota `rota.id`; audited.
    async fn save_rota(&self, rota: &Rota, ctx: &Ctx) -> Result<i64>;
    async fn delete_rota(&self, id: i64, ctx: &Ctx) -> Result<()>;
    /// The alert facts of an open emergency request (`None`: not an emergency, or no
    /// longer open: nobody is paged).
    async fn alert_subject(&self, request_row: i64) -> Result<Option<AlertSubject>>;
    /// The request's alert, raised now if it has none.
    async fn open_alert(&self, subject: &AlertSubject, ctx: &Ctx) -> Result<AlertRecord>;
    /// Records one tier's pages, webhook posts and the next tier's job; `false` (and
    /// nothing written) if the alert was acknowledged meanwhile.
    async fn record_page(&self, page: &NewPage, ctx: &Ctx) -> Result<bool>;
    async fn alert(&self, id: i64) -> Result<Option<AlertRecord>>;
    async fn alert_of_request(&self, request_row: i64) -> Result<Option<AlertRecord>>;
    /// Webhooks that were sent a page of `alert` (they are told of its acknowledgement).
    async fn paged_webhooks(&self, alert: i64) -> Result<Vec<i64>>;
    /// Acknowledges `alert` by `by`, storing `deliveries` if it was not acknowledged.
    async fn acknowledge_alert(
        &self,
        alert: i64,
        by: i64,
        deliveries: &[NewDelivery],
        ctx: &Ctx,
    ) -> Result<Acknowledged>;
}

fn rota_from_row(row: &AnyRow) -> Result<Rota> {
    let minute = |column: &str| -> Result<u16> {
        u16::try_from(row.try_get::<i64, _>(column)?)
            .map_err(|_| StoreError::Corrupt(format!("rota {column}")))
    };
    let regions: String = row.try_get("regions")?;
    Ok(Rota {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        time_zone: row.try_get("time_zone")?,
        days: u8::try_from(row.try_get::<i64, _>("days")?)
            .map_err(|_| StoreError::Corrupt("rota days".into()))?,
        start_minute: minute("start_minute")?,
        end_minute: minute("end_minute")?,
        regions: regions
            .split(',')
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
            .collect(),
        primary: row.try_get("primary_id")?,
        second: row.try_get("second_id")?,
    })
}

const ALERT_COLUMNS: &str = "a.id, a.request_id, r.public_id, r.reference, a.kind, a.raised_at, a.tier, a.acked_at, a.acked_by";

impl SqlStore {
    async fn alert_where(
        &self,
        conn: &mut Conn<'_>,
        filter: &str,
        value: i64,
    ) -> Result<Option<AlertRecord>> {
        let row = sqlx::query(&format!(
            "SELECT {ALERT_COLUMNS} FROM oncall_alerts a JOIN requests r ON r.id = a.request_id WHERE {filter}"
        ))
        .bind(value)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;
        let pages = sqlx::query(
            "SELECT tier, account_id, paged_at FROM oncall_pages WHERE alert_id = $1 ORDER BY tier, paged_at, account_id",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|p| {
            Ok(PageRecord {
                tier: p.try_get("tier")?,
                account_id: p.try_get("account_id")?,
                paged_at: ts(p, "paged_at")?,
            })
        })
        .collect::<Result<_>>()?;
        Ok(Some(AlertRecord {
            id,
            request_row: row.try_get("request_id")?,
            request_id: row.try_get("public_id")?,
            reference: row
                .try_get::<Option<String>, _>("reference")?
                .unwrap_or_default(),
            kind: row.try_get("kind")?,
            raised_at: ts(&row, "raised_at")?,
            tier: row.try_get("tier")?,
            acked_at: opt_ts(&row, "acked_at")?,
            acked_by: row.try_get("acked_by")?,
            pages,
        }))
    }
}

#[async_trait]
impl AlertStore for SqlStore {
    async fn rotas(&self) -> Result<Vec<Rota>> {
        sqlx::query("SELECT * FROM oncall_rotas ORDER BY id")
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(rota_from_row)
            .collect()
    }

    async fn save_rota(&self, rota: &Rota, ctx: &Ctx) -> Result<i64> {
        let mut tx = self.begin().await?;
        let regions = rota.regions.join(",");
        let id = if rota.id == 0 {
            sqlx::query_scalar(
                "INSERT INTO oncall_rotas (name, time_zone, days, start_minute, end_minute, regions, primary_id, second_id, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
            )
            .bind(&rota.name)
            .bind(&rota.time_zone)
            .bind(i64::from(rota.days))
            .bind(i64::from(rota.start_minute))
            .bind(i64::from(rota.end_minute))
            .bind(&regions)
            .bind(rota.primary)
            .bind(rota.second)
            .bind(ctx.at.unix_millis())
            .fetch_one(tx.conn())
            .await?
        } else {
            let done = sqlx::query(
                "UPDATE oncall_rotas SET name = $1, time_zone = $2, days = $3, start_minute = $4, end_minute = $5, \
                 regions = $6, primary_id = $7, second_id = $8, updated_at = $9 WHERE id = $10",
            )
            .bind(&rota.name)
            .bind(&rota.time_zone)
            .bind(i64::from(rota.days))
            .bind(i64::from(rota.start_minute))
            .bind(i64::from(rota.end_minute))
            .bind(&regions)
            .bind(rota.primary)
            .bind(rota.second)
            .bind(ctx.at.unix_millis())
            .bind(rota.id)
            .execute(tx.conn())
            .await?;
            if done.rows_affected() != 1 {
                return Err(StoreError::NotFound);
            }
            rota.id
        };
        self.audit(
            &mut tx,
            event(ctx, AuditAction::OncallRotaSaved, Outcome::Success).details(json!({
                "rota": id,
                "name": rota.name,
                "time_zone": rota.time_zone,
                "days": rota.day_codes(),
                "starts": Rota::clock_time(rota.start_minute),
                "ends": Rota::clock_time(rota.end_minute),
                "regions": rota.regions,
                "primary": rota.primary,
                "second": rota.second,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn delete_rota(&self, id: i64, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("DELETE FROM oncall_rotas WHERE id = $1")
            .bind(id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::OncallRotaDeleted, Outcome::Success)
                .details(json!({"rota": id})),
        )
        .await?;
        tx.commit().await
    }

    async fn alert_subject(&self, request_row: i64) -> Result<Option<AlertSubject>> {
        let row = sqlx::query(
            "SELECT id, public_id, reference, kind, status, emergency, due_at, region FROM requests WHERE id = $1",
        )
        .bind(request_row)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let status: String = row.try_get("status")?;
        let open = lers_domain::request::RequestStatus::parse(&status).is_some_and(|s| s.is_open());
        if row.try_get::<i64, _>("emergency")? == 0 || !open {
            return Ok(None);
        }
        let kind: String = row.try_get("kind")?;
        Ok(Some(AlertSubject {
            request_row,
            public_id: row.try_get("public_id")?,
            reference: row
                .try_get::<Option<String>, _>("reference")?
                .unwrap_or_default(),
            kind: if kind == "emergency" {
                "emergency"
            } else {
                "emergency_epoc"
            },
            due_at: opt_ts(&row, "due_at")?,
            region: row.try_get("region")?,
        }))
    }

    async fn open_alert(&self, subject: &AlertSubject, ctx: &Ctx) -> Result<AlertRecord> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO oncall_alerts (request_id, kind, raised_at, tier) VALUES ($1, $2, $3, 0) \
             ON CONFLICT (request_id) DO NOTHING",
        )
        .bind(subject.request_row)
        .bind(subject.kind)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        let alert = self
            .alert_where(&mut tx.conn(), "a.request_id = $1", subject.request_row)
            .await?
            .ok_or(StoreError::NotFound)?;
        tx.commit().await?;
        Ok(alert)
    }

    async fn record_page(&self, page: &NewPage, ctx: &Ctx) -> Result<bool> {
        let mut tx = self.begin().await?;
        // Taking the tier first serialises two runners paging the same alert.
        let open = sqlx::query(
            "UPDATE oncall_alerts SET tier = CASE WHEN tier < $1 THEN $1 ELSE tier END \
             WHERE id = $2 AND acked_at IS NULL",
        )
        .bind(page.tier)
        .bind(page.alert)
        .execute(tx.conn())
        .await?;
        if open.rows_affected() != 1 {
            return Ok(false);
        }
        for account in &page.recipients {
            sqlx::query(
                "INSERT INTO oncall_pages (alert_id, tier, account_id, paged_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (alert_id, tier, account_id) DO NOTHING",
            )
            .bind(page.alert)
            .bind(page.tier)
            .bind(*account)
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        }
        self.insert_deliveries(&mut tx.conn(), &page.deliveries, ctx.at)
            .await?;
        if let Some((job, run_at)) = &page.escalation {
            self.insert_job(&mut tx.conn(), job, *run_at, ctx.at)
                .await?;
        }
        let action = if page.tier == 1 {
            AuditAction::OncallPaged
        } else {
            AuditAction::OncallEscalated
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success).details(json!({
                "alert": page.alert,
                "tier": page.tier,
                "paged": page.recipients,
                "webhook_posts": page.deliveries.len(),
                "next_tier_at": page.escalation.as_ref().map(|(_, at)| at.to_rfc3339()),
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn alert(&self, id: i64) -> Result<Option<AlertRecord>> {
        let mut conn = self.pool().acquire().await?;
        self.alert_where(&mut Conn::from(&mut conn), "a.id = $1", id)
            .await
    }

    async fn alert_of_request(&self, request_row: i64) -> Result<Option<AlertRecord>> {
        let mut conn = self.pool().acquire().await?;
        self.alert_where(&mut Conn::from(&mut conn), "a.request_id = $1", request_row)
            .await
    }

    async fn paged_webhooks(&self, alert: i64) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT webhook_id FROM webhook_deliveries WHERE alert_id = $1 AND event_type = 'oncall.paged' ORDER BY webhook_id",
        )
        .bind(alert)
        .fetch_all(self.pool())
        .await?)
    }

    async fn acknowledge_alert(
        &self,
        alert: i64,
        by: i64,
        deliveries: &[NewDelivery],
        ctx: &Ctx,
    ) -> Result<Acknowledged> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE oncall_alerts SET acked_at = $1, acked_by = $2 WHERE id = $3 AND acked_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(by)
        .bind(alert)
        .execute(tx.conn())
        .await?;
        let now = done.rows_affected() == 1;
        if now {
            self.insert_deliveries(&mut tx.conn(), deliveries, ctx.at)
                .await?;
        }
        let record = self
            .alert_where(&mut tx.conn(), "a.id = $1", alert)
            .await?
            .ok_or(StoreError::NotFound)?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::OncallAcknowledged, Outcome::Success)
                .subject(record.reference.clone())
                .details(json!({
                    "alert": alert,
                    "tier": record.tier,
                    "already": !now,
                    "acknowledged_by": record.acked_by,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(if now {
            Acknowledged::Now(record)
        } else {
            Acknowledged::Before(record)
        })
    }
}
