//! The government domain allow-list.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::allowlist::CISA_DOTGOV_SOURCE;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use serde::Serialize;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::{contains_pattern, event, placeholders, ts};
use crate::error::{Refusal, Result, StoreError};
use crate::model::{Ctx, Page};

#[derive(Clone, Debug, Serialize)]
pub struct DomainEntry {
    pub id: i64,
    pub pattern: String,
    pub domain_type: String,
    pub organization: String,
    pub suborganization: String,
    pub city: String,
    pub state: String,
    pub source: String,
    pub enabled: bool,
    pub added_at: Timestamp,
}

impl DomainEntry {
    /// Whether the entry came from CISA's list, whose names and types are English as
    /// published (a page marks them so, for screen readers and translators alike).
    pub fn from_cisa_list(&self) -> bool {
        self.source == CISA_DOTGOV_SOURCE
    }
}

#[derive(Clone, Debug, Default)]
pub struct NewDomainEntry {
    pub pattern: String,
    pub domain_type: String,
    pub organization: String,
    pub suborganization: String,
    pub city: String,
    pub state: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub added: u64,
    pub updated: u64,
}

#[derive(Clone, Debug, Default)]
pub struct DomainQuery {
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

const DOMAIN_COLUMNS: &str =
    "id, pattern, domain_type, organization, suborganization, city, state, source, enabled, added_at";

/// Rows per multi-row INSERT when importing the allow-list (stays under SQLite's
/// default limit of 32,766 bound parameters).
const IMPORT_BATCH: usize = 500;

impl SqlStore {
    async fn domain_by_id(&self, conn: &mut Conn<'_>, id: i64) -> Result<DomainEntry> {
        let row = sqlx::query(&format!(
            "SELECT {DOMAIN_COLUMNS} FROM gov_domains WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
        domain_from_row(&row)
    }
}

fn domain_from_row(row: &AnyRow) -> Result<DomainEntry> {
    Ok(DomainEntry {
        id: row.try_get("id")?,
        pattern: row.try_get("pattern")?,
        domain_type: row.try_get("domain_type")?,
        organization: row.try_get("organization")?,
        suborganization: row.try_get("suborganization")?,
        city: row.try_get("city")?,
        state: row.try_get("state")?,
        source: row.try_get("source")?,
        enabled: row.try_get::<i64, _>("enabled")? != 0,
        added_at: ts(row, "added_at")?,
    })
}

/// The government domain allow-list: which email domains may sign up.
#[async_trait]
pub trait AllowListStore: Send + Sync {
    // --- Government domain allow-list ----------------------------------------------
    /// Enabled entries whose pattern is one of `patterns`.
    async fn enabled_domain_rules(&self, patterns: &[String]) -> Result<Vec<DomainEntry>>;

    /// Adds or updates entries by pattern, in one transaction, with one audit event.
    async fn import_domains(
        &self,
        entries: &[NewDomainEntry],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport>;

    async fn add_domain(&self, entry: NewDomainEntry, ctx: &Ctx) -> Result<DomainEntry>;

    async fn set_domain_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<DomainEntry>;

    async fn list_domains(&self, query: &DomainQuery) -> Result<Page<DomainEntry>>;
}

#[async_trait]
impl AllowListStore for SqlStore {
    async fn enabled_domain_rules(&self, patterns: &[String]) -> Result<Vec<DomainEntry>> {
        if patterns.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {DOMAIN_COLUMNS} FROM gov_domains WHERE enabled = 1 AND pattern IN ({})",
            placeholders(1, patterns.len())
        );
        let mut query = sqlx::query(&sql);
        for pattern in patterns {
            query = query.bind(pattern);
        }
        query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(domain_from_row)
            .collect()
    }

    async fn import_domains(
        &self,
        entries: &[NewDomainEntry],
        source: &str,
        ctx: &Ctx,
    ) -> Result<ImportReport> {
        let mut tx = self.begin().await?;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains")
            .fetch_one(tx.conn())
            .await?;
        for batch in entries.chunks(IMPORT_BATCH) {
            let rows = self.dialect().value_rows(batch.len(), 9);
            // Re-importing refreshes the descriptive columns but leaves `enabled` as an
            // admin set it: a disabled domain stays disabled.
            let sql = format!(
                "INSERT INTO gov_domains (pattern, domain_type, organization, suborganization, city, state, source, enabled, added_at) \
                 VALUES {rows} ON CONFLICT (pattern) DO UPDATE SET domain_type = excluded.domain_type, \
                 organization = excluded.organization, suborganization = excluded.suborganization, \
                 city = excluded.city, state = excluded.state, source = excluded.source"
            );
            let mut query = sqlx::query(&sql);
            for entry in batch {
                query = query
                    .bind(&entry.pattern)
                    .bind(&entry.domain_type)
                    .bind(&entry.organization)
                    .bind(&entry.suborganization)
                    .bind(&entry.city)
                    .bind(&entry.state)
                    .bind(source)
                    .bind(1_i64)
                    .bind(ctx.at.unix_millis());
            }
            query.execute(tx.conn()).await?;
        }
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains")
            .fetch_one(tx.conn())
            .await?;
        let added = u64::try_from(after - before).unwrap_or(0);
        let report = ImportReport {
            added,
            updated: (entries.len() as u64).saturating_sub(added),
        };
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DomainsImported, Outcome::Success)
                .subject(source.to_owned())
                .details(json!({"rows": entries.len(), "added": report.added, "updated": report.updated})),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }

    async fn add_domain(&self, entry: NewDomainEntry, ctx: &Ctx) -> Result<DomainEntry> {
        let mut tx = self.begin().await?;
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gov_domains WHERE pattern = $1")
            .bind(&entry.pattern)
            .fetch_one(tx.conn())
            .await?;
        if exists > 0 {
            return Err(Refusal::DomainListed {
                pattern: entry.pattern,
            }
            .into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO gov_domains (pattern, domain_type, organization, suborganization, city, state, source, enabled, added_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'admin', 1, $7) RETURNING id",
        )
        .bind(&entry.pattern)
        .bind(&entry.domain_type)
        .bind(&entry.organization)
        .bind(&entry.suborganization)
        .bind(&entry.city)
        .bind(&entry.state)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DomainAdded, Outcome::Success).subject(entry.pattern.clone()),
        )
        .await?;
        let added = self.domain_by_id(&mut tx.conn(), id).await?;
        tx.commit().await?;
        Ok(added)
    }

    async fn set_domain_enabled(&self, id: i64, enabled: bool, ctx: &Ctx) -> Result<DomainEntry> {
        let mut tx = self.begin().await?;
        let entry = self.domain_by_id(&mut tx.conn(), id).await?;
        // A decision about this entry alone: switching its source on again must not
        // undo it.
        sqlx::query("UPDATE gov_domains SET enabled = $1, disabled_with_source = 0 WHERE id = $2")
            .bind(i64::from(enabled))
            .bind(id)
            .execute(tx.conn())
            .await?;
        let action = if enabled {
            AuditAction::DomainEnabled
        } else {
            AuditAction::DomainDisabled
        };
        // The accounts this entry admitted: their logins, sessions and API tokens
        // stop (or work again) with it.
        let affected: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE matched_domain_rule = $1")
                .bind(&entry.pattern)
                .fetch_one(tx.conn())
                .await?;
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(entry.pattern.clone())
                .details(json!({"accounts_affected": affected})),
        )
        .await?;
        let updated = self.domain_by_id(&mut tx.conn(), id).await?;
        tx.commit().await?;
        Ok(updated)
    }

    async fn list_domains(&self, query: &DomainQuery) -> Result<Page<DomainEntry>> {
        let search = contains_pattern(query.search.as_deref().unwrap_or(""));
        let filter =
            "WHERE LOWER(pattern) LIKE $1 ESCAPE '\\' OR LOWER(organization) LIKE $1 ESCAPE '\\' \
                      OR LOWER(city) LIKE $1 ESCAPE '\\'";
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM gov_domains {filter}"))
            .bind(&search)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {DOMAIN_COLUMNS} FROM gov_domains {filter} ORDER BY pattern LIMIT $2 OFFSET $3"
        ))
        .bind(&search)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(self.pool())
        .await?;
        Ok(Page {
            items: rows.iter().map(domain_from_row).collect::<Result<_>>()?,
            total,
        })
    }
}
