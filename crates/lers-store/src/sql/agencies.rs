//! The agency directory: agencies, their domains and switchboards.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use super::allow_list::ImportReport;
use super::emergency_rows::*;
use super::request_rows::RequestSummary;
use crate::error::Refusal;
use crate::model::*;
use crate::sql::{contains_pattern, event, SqlStore};
use crate::{Result, StoreError};

/// The agency directory.
#[async_trait]
pub trait AgencyStore: Send + Sync {
    async fn agencies(&self, search: &str, limit: i64, offset: i64) -> Result<Page<Agency>>;
    async fn agency(&self, id: i64) -> Result<Option<Agency>>;
    /// The enabled agency one of whose domains is `domain`.
    async fn agency_for_domain(&self, domain: &str) -> Result<Option<Agency>>;
    /// Adds or updates (by name and country) every entry in one transaction.
    async fn import_agencies(
        &self,
        entries: &[NewAgency],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport>;
    /// Adds (`id` None) or changes an agency.
    async fn save_agency(&self, id: Option<i64>, agency: &NewAgency, ctx: &Ctx) -> Result<Agency>;
    async fn set_agency_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<Agency>;
    /// The directory's agency for the requester of `request` (by email domain).
    async fn requester_agency(&self, request: &RequestSummary) -> Result<Option<Agency>>;
}

#[async_trait]
impl AgencyStore for SqlStore {
    async fn agencies(&self, search: &str, limit: i64, offset: i64) -> Result<Page<Agency>> {
        let pattern = contains_pattern(search.trim());
        let filter = "WHERE LOWER(name) LIKE $1 ESCAPE '\\' OR LOWER(domains) LIKE $1 ESCAPE '\\' OR LOWER(country) LIKE $1 ESCAPE '\\'";
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM agencies {filter}"))
            .bind(&pattern)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {AGENCY_COLUMNS} FROM agencies {filter} ORDER BY name, country, id LIMIT $2 OFFSET $3"
        ))
        .bind(&pattern)
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        Ok(Page {
            items: rows.iter().map(agency_from_row).collect::<Result<_>>()?,
            total,
        })
    }

    async fn agency(&self, id: i64) -> Result<Option<Agency>> {
        let mut conn = self.pool().acquire().await?;
        match self.agency_in(&mut Conn::from(&mut conn), id).await {
            Ok(agency) => Ok(Some(agency)),
            Err(StoreError::NotFound) => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn agency_for_domain(&self, domain: &str) -> Result<Option<Agency>> {
        let mut conn = self.pool().acquire().await?;
        self.agency_by_domain_in(&mut Conn::from(&mut conn), &domain.to_ascii_lowercase())
            .await
    }

    async fn import_agencies(
        &self,
        entries: &[NewAgency],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport> {
        let mut tx = self.begin().await?;
        let mut report = ImportReport::default();
        for entry in entries {
            let (_, added) = self
                .write_agency(&mut tx.conn(), None, entry, ctx.at)
                .await?;
            if added {
                report.added += 1;
            } else {
                report.updated += 1;
            }
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AgenciesImported, Outcome::Success)
                .subject(source.to_owned())
                .details(json!({"added": report.added, "updated": report.updated})),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn save_agency(&self, id: Option<i64>, agency: &NewAgency, ctx: &Ctx) -> Result<Agency> {
        let mut tx = self.begin().await?;
        if let Some(id) = id {
            self.agency_in(&mut tx.conn(), id).await?;
        } else {
            let taken: Option<i64> =
                sqlx::query_scalar("SELECT id FROM agencies WHERE name = $1 AND country = $2")
                    .bind(&agency.name)
                    .bind(&agency.country)
                    .fetch_optional(tx.conn())
                    .await?;
            if taken.is_some() {
                return Err(Refusal::AgencyExists.into());
            }
        }
        let (id, _) = self
            .write_agency(&mut tx.conn(), id, agency, ctx.at)
            .await?;
        let saved = self.agency_in(&mut tx.conn(), id).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::AgencySaved, Outcome::Success)
                .subject(format!("agency/{id}"))
                .details(json!({"name": saved.name, "switchboard": saved.switchboard, "domains": saved.domains, "source": saved.source})),
        )
        .await?;
        tx.commit().await?;
        Ok(saved)
    }

    async fn set_agency_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<Agency> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE agencies SET enabled = $1, updated_at = $2 WHERE id = $3")
            .bind(i64::from(enabled))
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        let agency = self.agency_in(&mut tx.conn(), id).await?;
        let action = if enabled {
            AuditAction::AgencyEnabled
        } else {
            AuditAction::AgencyDisabled
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(format!("agency/{id}"))
                .details(json!({"name": agency.name})),
        )
        .await?;
        tx.commit().await?;
        Ok(agency)
    }

    async fn requester_agency(&self, request: &RequestSummary) -> Result<Option<Agency>> {
        let mut conn = self.pool().acquire().await?;
        let owner = self
            .account_by_id_in(&mut Conn::from(&mut conn), request.owner_id)
            .await?;
        self.agency_by_domain_in(&mut Conn::from(&mut conn), &email_domain(&owner.email))
            .await
    }
}
