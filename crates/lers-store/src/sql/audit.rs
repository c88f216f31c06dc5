//! The audit log seen from outside: records, verification, proofs, the signed head.

use async_trait::async_trait;
use ed25519_dalek::VerifyingKey;
use lers_domain::audit::{AuditEvent, InclusionProofDoc};
use lers_domain::clock::Timestamp;
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::audit_log;
use super::audit_log::SignedHead;
use super::audit_proof;
use super::audit_verify::{self, AuditVerification, Checkpoints};
use super::conn::Conn;
use super::core::SqlStore;
use super::rows::ts;
use crate::error::Result;
use crate::model::Page;

#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub outcome: Option<String>,
    pub subject: Option<String>,
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct AuditRecord {
    pub index: u64,
    pub at: Timestamp,
    pub actor: String,
    pub action: String,
    pub subject: Option<String>,
    pub ip: Option<String>,
    pub outcome: String,
    pub details: serde_json::Value,
}

/// The audit log.
#[async_trait]
pub trait AuditStore: Send + Sync {
    // --- Audit -----------------------------------------------------------------------
    /// Appends an event that has no other write attached (e.g. an access denied).
    async fn record_event(&self, event: AuditEvent) -> Result<()>;

    async fn audit_records(&self, query: &AuditQuery) -> Result<Page<AuditRecord>>;

    async fn audit_verify(&self, key: &VerifyingKey) -> Result<AuditVerification>;

    async fn audit_proof(&self, index: u64) -> Result<InclusionProofDoc>;

    /// The signed head after the last entry (to publish outside the database).
    async fn audit_head(&self) -> Result<Option<SignedHead>>;

    /// The root over the first `size` entries; `None` if the log is shorter.
    async fn audit_root_at(&self, size: u64) -> Result<Option<[u8; 32]>>;

    /// Fails as appending would if the log cannot take entries now (its head row is
    /// not the tree of its newest signature): for acts audited only once they end.
    async fn check_audit_recording(&self) -> Result<()>;

    /// `audit_verify` checking the checkpoints `checkpoints` says (`audit_verify`
    /// checks the last one and a random sample of the others).
    async fn audit_verify_with(
        &self,
        key: &VerifyingKey,
        checkpoints: Checkpoints,
    ) -> Result<AuditVerification>;
}

#[async_trait]
impl AuditStore for SqlStore {
    async fn record_event(&self, event: AuditEvent) -> Result<()> {
        let mut tx = self.begin().await?;
        self.audit(&mut tx, event).await?;
        tx.commit().await
    }

    async fn audit_records(&self, query: &AuditQuery) -> Result<Page<AuditRecord>> {
        // Unset filters become patterns that match everything, so one statement serves
        // every combination.
        let exact_or_any = |value: &Option<String>| {
            value
                .clone()
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| "%".into())
        };
        let from = query.from.map_or(i64::MIN, Timestamp::unix_millis);
        let until = query.until.map_or(i64::MAX, Timestamp::unix_millis);
        let filter = "WHERE actor LIKE $1 AND action LIKE $2 AND outcome LIKE $3 AND COALESCE(subject, '') LIKE $4 \
                      AND at >= $5 AND at <= $6";
        let binds = [
            exact_or_any(&query.actor),
            exact_or_any(&query.action),
            exact_or_any(&query.outcome),
            exact_or_any(&query.subject),
        ];
        let count_sql = format!("SELECT COUNT(*) FROM audit_log {filter}");
        let select_sql = format!(
            "SELECT idx, at, actor, action, subject, ip, outcome, details FROM audit_log {filter} ORDER BY idx DESC LIMIT $7 OFFSET $8"
        );
        let mut count = sqlx::query_scalar(&count_sql);
        let mut select = sqlx::query(&select_sql);
        for bind in &binds {
            count = count.bind(bind.clone());
            select = select.bind(bind.clone());
        }
        let total: i64 = count.bind(from).bind(until).fetch_one(self.pool()).await?;
        let rows = select
            .bind(from)
            .bind(until)
            .bind(query.limit)
            .bind(query.offset)
            .fetch_all(self.pool())
            .await?;
        Ok(Page {
            items: rows
                .iter()
                .map(audit_record_from_row)
                .collect::<Result<_>>()?,
            total,
        })
    }

    async fn audit_verify(&self, key: &VerifyingKey) -> Result<AuditVerification> {
        audit_verify::verify(self.audit_source(), key, Checkpoints::Sample).await
    }

    async fn audit_proof(&self, index: u64) -> Result<InclusionProofDoc> {
        audit_proof::prove(
            self.pool(),
            index,
            &self.keys().audit_signing.verifying_key(),
        )
        .await
    }

    async fn audit_head(&self) -> Result<Option<audit_log::SignedHead>> {
        audit_log::head(self.pool()).await
    }

    async fn audit_root_at(&self, size: u64) -> Result<Option<[u8; 32]>> {
        audit_log::root_at(self.pool(), size).await
    }

    async fn check_audit_recording(&self) -> Result<()> {
        let mut conn = self.pool().acquire().await?;
        self.signer()
            .check_recording(&mut Conn::from(&mut conn))
            .await
    }

    async fn audit_verify_with(
        &self,
        key: &VerifyingKey,
        checkpoints: Checkpoints,
    ) -> Result<AuditVerification> {
        audit_verify::verify(self.audit_source(), key, checkpoints).await
    }
}

pub(super) fn audit_record_from_row(row: &AnyRow) -> Result<AuditRecord> {
    let details: String = row.try_get("details")?;
    Ok(AuditRecord {
        index: u64::try_from(row.try_get::<i64, _>("idx")?).unwrap_or(0),
        at: ts(row, "at")?,
        actor: row.try_get("actor")?,
        action: row.try_get("action")?,
        subject: row.try_get("subject")?,
        ip: row.try_get("ip")?,
        outcome: row.try_get("outcome")?,
        details: serde_json::from_str(&details).unwrap_or(serde_json::Value::String(details)),
    })
}
