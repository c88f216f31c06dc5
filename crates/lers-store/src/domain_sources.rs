//! Whole sources of the allow-list at once (the built-in CISA list, a rules file):
//! how many entries each holds, and switching all of a source's entries off or on.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use crate::sql_store::{event, SqlStore};
use crate::{Ctx, Result};

/// How many entries a source holds, and how many of them admit sign-ups.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceCount {
    pub total: i64,
    pub enabled: i64,
}

#[async_trait]
pub trait DomainSourceStore {
    async fn domain_source_count(&self, source: &str) -> Result<SourceCount>;
    /// Enables or disables every entry of `source` in one audited transaction and
    /// returns how many entries changed.
    async fn set_domain_source_enabled(
        &self,
        source: &str,
        enabled: bool,
        ctx: &Ctx,
    ) -> Result<u64>;
}

#[async_trait]
impl DomainSourceStore for SqlStore {
    async fn domain_source_count(&self, source: &str) -> Result<SourceCount> {
        let (total, enabled): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COUNT(CASE WHEN enabled <> 0 THEN 1 END) FROM gov_domains WHERE source = $1",
        )
        .bind(source)
        .fetch_one(self.pool())
        .await?;
        Ok(SourceCount { total, enabled })
    }

    async fn set_domain_source_enabled(
        &self,
        source: &str,
        enabled: bool,
        ctx: &Ctx,
    ) -> Result<u64> {
        let mut tx = self.begin().await?;
        let changed =
            sqlx::query("UPDATE gov_domains SET enabled = $1 WHERE source = $2 AND enabled <> $1")
                .bind(i64::from(enabled))
                .bind(source)
                .execute(tx.conn())
                .await?
                .rows_affected();
        let action = if enabled {
            AuditAction::DomainEnabled
        } else {
            AuditAction::DomainDisabled
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(format!("source:{source}"))
                .details(json!({"entries": changed})),
        )
        .await?;
        tx.commit().await?;
        Ok(changed)
    }
}
