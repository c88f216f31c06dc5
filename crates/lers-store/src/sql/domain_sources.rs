//! Whole sources of the allow-list at once (the built-in CISA list, a rules file):
//! how many entries each holds, and switching all of a source's entries off or on.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use super::core::SqlStore;
use super::rows::event;
use crate::error::Result;
use crate::model::Ctx;

/// How many entries a source holds, how many of them admit sign-ups, and how many
/// are off because the whole source was switched off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceCount {
    pub total: i64,
    pub enabled: i64,
    pub disabled_with_source: i64,
}

#[async_trait]
pub trait DomainSourceStore {
    async fn domain_source_count(&self, source: &str) -> Result<SourceCount>;
    /// Switches a source off (every enabled entry, remembered as switched off with
    /// it) or on again (exactly those entries: one an admin disabled on its own stays
    /// off), in one audited transaction; returns how many entries changed.
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
        let (total, enabled, disabled_with_source): (i64, i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), COUNT(CASE WHEN enabled <> 0 THEN 1 END), \
             COUNT(CASE WHEN disabled_with_source <> 0 THEN 1 END) FROM gov_domains WHERE source = $1",
        )
        .bind(source)
        .fetch_one(self.pool())
        .await?;
        Ok(SourceCount {
            total,
            enabled,
            disabled_with_source,
        })
    }

    async fn set_domain_source_enabled(
        &self,
        source: &str,
        enabled: bool,
        ctx: &Ctx,
    ) -> Result<u64> {
        let mut tx = self.begin().await?;
        let statement = if enabled {
            "UPDATE gov_domains SET enabled = 1, disabled_with_source = 0 \
             WHERE source = $1 AND disabled_with_source <> 0"
        } else {
            "UPDATE gov_domains SET enabled = 0, disabled_with_source = 1 \
             WHERE source = $1 AND enabled <> 0"
        };
        let changed = sqlx::query(statement)
            .bind(source)
            .execute(tx.conn())
            .await?
            .rows_affected();
        // The accounts the source's entries admitted: their logins, sessions and API
        // tokens stop (or work again) with it.
        let affected: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM accounts JOIN gov_domains ON accounts.matched_domain_rule = gov_domains.pattern \
             WHERE gov_domains.source = $1",
        )
        .bind(source)
        .fetch_one(tx.conn())
        .await?;
        let action = if enabled {
            AuditAction::DomainEnabled
        } else {
            AuditAction::DomainDisabled
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(format!("source:{source}"))
                .details(json!({"entries": changed, "accounts_affected": affected})),
        )
        .await?;
        tx.commit().await?;
        Ok(changed)
    }
}
