//! Data regions: the region each request's files live in, and the data-sharing rules
//! (regions, assigned cases only) that limit staff members.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::region::StaffLimits;
use serde_json::json;
use sqlx::Row;

use super::request_rows::RequestSummary;
use crate::model::*;
use crate::sql::{event, SqlStore};
use crate::Result;

/// Where a submitted case is and who has it: what a data-sharing rule is checked on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseReach {
    /// `None`: a request from before regions, in the default region.
    pub region: Option<String>,
    pub assignee: Option<i64>,
}

#[async_trait]
pub trait RegionStore: Send + Sync {
    /// The region recorded for request `row_id` (`None`: not placed yet, or from before
    /// regions).
    async fn request_region(&self, row_id: i64) -> Result<Option<String>>;
    /// Places a request in `region` unless it already has one (audited when placed);
    /// returns the region it is in.
    async fn place_request(
        &self,
        request: &RequestSummary,
        region: &str,
        how: &str,
        ctx: &Ctx,
    ) -> Result<String>;
    /// The region and assignee of submitted request `public_id`.
    async fn case_reach(&self, public_id: &str) -> Result<Option<CaseReach>>;
    /// A staff member's data-sharing rule (none: no limit).
    async fn staff_limits(&self, account_id: i64) -> Result<StaffLimits>;
    /// Replaces a staff member's data-sharing rule; audited with before and after
    /// and whether it widened their access.
    async fn set_staff_limits(
        &self,
        account: &Account,
        limits: &StaffLimits,
        widened: bool,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl RegionStore for SqlStore {
    async fn request_region(&self, row_id: i64) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT region FROM requests WHERE id = $1")
                .bind(row_id)
                .fetch_optional(self.pool())
                .await?
                .flatten(),
        )
    }

    async fn place_request(
        &self,
        request: &RequestSummary,
        region: &str,
        how: &str,
        ctx: &Ctx,
    ) -> Result<String> {
        let mut tx = self.begin().await?;
        let placed =
            sqlx::query("UPDATE requests SET region = $1 WHERE id = $2 AND region IS NULL")
                .bind(region)
                .bind(request.row_id)
                .execute(tx.conn())
                .await?
                .rows_affected();
        let now: Option<String> = sqlx::query_scalar("SELECT region FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(tx.conn())
            .await?;
        if placed == 1 {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RegionRequestPlaced, Outcome::Success)
                    .subject(request.id.clone())
                    .details(json!({"region": region, "decided_by": how})),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(now.unwrap_or_else(|| region.to_owned()))
    }

    async fn case_reach(&self, public_id: &str) -> Result<Option<CaseReach>> {
        let row = sqlx::query(
            "SELECT region, assignee_id FROM requests WHERE public_id = $1 AND status <> 'draft'",
        )
        .bind(public_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(CaseReach {
                region: row.try_get("region")?,
                assignee: row.try_get("assignee_id")?,
            })
        })
        .transpose()
    }

    async fn staff_limits(&self, account_id: i64) -> Result<StaffLimits> {
        let row =
            sqlx::query("SELECT regions, assigned_only FROM staff_limits WHERE account_id = $1")
                .bind(account_id)
                .fetch_optional(self.pool())
                .await?;
        Ok(match row {
            Some(row) => StaffLimits::from_columns(
                &row.try_get::<String, _>("regions")?,
                row.try_get::<i64, _>("assigned_only")? != 0,
            ),
            None => StaffLimits::default(),
        })
    }

    async fn set_staff_limits(
        &self,
        account: &Account,
        limits: &StaffLimits,
        widened: bool,
        ctx: &Ctx,
    ) -> Result<()> {
        let before = self.staff_limits(account.id).await?;
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO staff_limits (account_id, regions, assigned_only, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (account_id) DO UPDATE SET regions = excluded.regions, \
             assigned_only = excluded.assigned_only, updated_at = excluded.updated_at",
        )
        .bind(account.id)
        .bind(limits.regions_column())
        .bind(i64::from(limits.assigned_only))
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RegionStaffLimitsChanged, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({
                    "before": {"regions": before.regions, "assigned_only": before.assigned_only},
                    "after": {"regions": limits.regions, "assigned_only": limits.assigned_only},
                    "widened": widened,
                })),
        )
        .await?;
        tx.commit().await
    }
}
