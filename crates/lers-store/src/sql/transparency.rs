//! Storage of transparency reports: the per-period tallies (computed in the database,
//! over indexed columns) and the draft → published workflow with immutable versions.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::transparency::{Period, Report, Tally};
use serde::Serialize;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::{event, opt_ts, ts};
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Account, Ctx};

#[derive(Clone, Debug, Serialize)]
pub struct StoredReport {
    pub id: i64,
    pub period: String,
    pub version: i64,
    pub published: bool,
    pub report: Report,
    pub changelog: String,
    pub computed_at: Timestamp,
    pub published_at: Option<Timestamp>,
}

#[async_trait]
pub trait TransparencyStore: Send + Sync {
    /// Counts the requests submitted in `period`, per country, kind and instrument.
    async fn tally(&self, period: Period) -> Result<Vec<Tally>>;
    async fn save_report_draft(
        &self,
        report: &Report,
        changelog: &str,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<i64>;
    /// Publishes a draft as the next version of its period; published versions are
    /// never changed.
    async fn publish_report(&self, id: i64, by: &Account, ctx: &Ctx) -> Result<StoredReport>;
    async fn report(&self, id: i64) -> Result<Option<StoredReport>>;
    /// Drafts and published versions, newest first (for staff).
    async fn reports(&self) -> Result<Vec<StoredReport>>;
    /// The latest published version of every period, oldest period first (public).
    async fn published_reports(&self) -> Result<Vec<StoredReport>>;
}

const COLUMNS: &str = "id, period, version, status, data, changelog, computed_at, published_at";

fn stored(row: &AnyRow) -> Result<StoredReport> {
    let data: String = row.try_get("data")?;
    let status: String = row.try_get("status")?;
    Ok(StoredReport {
        id: row.try_get("id")?,
        period: row.try_get("period")?,
        version: row.try_get("version")?,
        published: status == "published",
        report: serde_json::from_str(&data)
            .map_err(|e| StoreError::Corrupt(format!("report: {e}")))?,
        changelog: row.try_get("changelog")?,
        computed_at: ts(row, "computed_at")?,
        published_at: opt_ts(row, "published_at")?,
    })
}

fn count(row: &AnyRow, column: &str) -> Result<u64> {
    // SUM over no rows is NULL; counts are never negative.
    Ok(u64::try_from(row.try_get::<Option<i64>, _>(column)?.unwrap_or(0)).unwrap_or(0))
}

#[async_trait]
impl TransparencyStore for SqlStore {
    async fn tally(&self, period: Period) -> Result<Vec<Tally>> {
        // Grouped by status too, so each row costs four sums and a count; the statuses
        // and kinds are folded into the tallies below. CAST keeps the sums BIGINT on
        // PostgreSQL (it would make them NUMERIC).
        let rows = sqlx::query(
            "SELECT country, kind, instrument, status, COUNT(*) AS requests, \
             CAST(SUM(target_count) AS BIGINT) AS accounts, CAST(SUM(disclosed) AS BIGINT) AS disclosed, \
             CAST(SUM(content_disclosed) AS BIGINT) AS content_disclosed, CAST(SUM(delay_order) AS BIGINT) AS delay_orders \
             FROM requests WHERE submitted_at >= $1 AND submitted_at < $2 GROUP BY country, kind, instrument, status",
        )
        .bind(period.start().unix_millis())
        .bind(period.end().unix_millis())
        .fetch_all(self.pool())
        .await?;
        let mut tallies: Vec<Tally> = Vec::new();
        for row in &rows {
            let country: String = row.try_get("country")?;
            let kind: String = row.try_get("kind")?;
            let instrument: Option<String> = row.try_get("instrument")?;
            let status: String = row.try_get("status")?;
            let requests = count(row, "requests")?;
            let position = tallies
                .iter()
                .position(|t| t.country == country && t.kind == kind && t.instrument == instrument);
            let tally = match position {
                Some(i) => &mut tallies[i],
                None => {
                    tallies.push(Tally {
                        country,
                        kind: kind.clone(),
                        instrument,
                        ..Default::default()
                    });
                    let last = tallies.len() - 1;
                    &mut tallies[last]
                }
            };
            tally.requests += requests;
            tally.accounts += count(row, "accounts")?;
            tally.disclosed += count(row, "disclosed")?;
            tally.content_disclosed += count(row, "content_disclosed")?;
            tally.delay_orders += count(row, "delay_orders")?;
            match status.as_str() {
                "rejected" => tally.rejected += requests,
                "challenged" => tally.challenged += requests,
                "withdrawn" => tally.withdrawn += requests,
                _ => {}
            }
            match kind.as_str() {
                "emergency" => tally.emergency += requests,
                "preservation" | "preservation_extension" => tally.preservation += requests,
                "withhold_access" => tally.withhold_access += requests,
                _ => {}
            }
        }
        Ok(tallies)
    }

    async fn save_report_draft(
        &self,
        report: &Report,
        changelog: &str,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<i64> {
        let mut tx = self.begin().await?;
        let data = serde_json::to_string(report).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO transparency_reports (period, version, status, data, changelog, computed_by, computed_at) \
             VALUES ($1, 0, 'draft', $2, $3, $4, $5) RETURNING id",
        )
        .bind(&report.period)
        .bind(data)
        .bind(changelog)
        .bind(by.id)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ReportComputed, Outcome::Success)
                .subject(report.period.clone())
                .details(json!({"report": id, "rows": report.rows.len()})),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn publish_report(&self, id: i64, by: &Account, ctx: &Ctx) -> Result<StoredReport> {
        let mut tx = self.begin().await?;
        let period: Option<String> = sqlx::query_scalar(
            "SELECT period FROM transparency_reports WHERE id = $1 AND status = 'draft'",
        )
        .bind(id)
        .fetch_optional(tx.conn())
        .await?;
        let period = period.ok_or_else(|| StoreError::from(Refusal::OnlyDraftPublishable))?;
        let last: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM transparency_reports WHERE period = $1 AND status = 'published'")
            .bind(&period)
            .fetch_one(tx.conn())
            .await?;
        let version = last.unwrap_or(0) + 1;
        sqlx::query("UPDATE transparency_reports SET status = 'published', version = $1, published_by = $2, published_at = $3 WHERE id = $4 AND status = 'draft'")
            .bind(version)
            .bind(by.id)
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ReportPublished, Outcome::Success)
                .subject(period.clone())
                .details(json!({"report": id, "version": version})),
        )
        .await?;
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM transparency_reports WHERE id = $1"
        ))
        .bind(id)
        .fetch_one(tx.conn())
        .await?;
        tx.commit().await?;
        stored(&row)
    }

    async fn report(&self, id: i64) -> Result<Option<StoredReport>> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM transparency_reports WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(stored).transpose()
    }

    async fn reports(&self) -> Result<Vec<StoredReport>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM transparency_reports ORDER BY id DESC LIMIT 200"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(stored).collect()
    }

    async fn published_reports(&self) -> Result<Vec<StoredReport>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM transparency_reports t WHERE status = 'published' AND version = \
             (SELECT MAX(version) FROM transparency_reports u WHERE u.period = t.period AND u.status = 'published') ORDER BY period"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(stored).collect()
    }
}
