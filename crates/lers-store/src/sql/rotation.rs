//! Master-key rotation: re-wrapping data keys and TOTP secrets under the newest key.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;
use sqlx::Row;

use super::core::{SqlStore, WriteTx};
use super::rows::event;
use crate::crypto::contexts;
use crate::crypto::keys::KeyProvider;
use crate::error::Result;
use crate::model::Ctx;

/// What a master-key rotation re-wrapped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RewrapReport {
    pub version: u32,
    pub documents: u64,
    pub production_files: u64,
    pub totp_secrets: u64,
}

impl SqlStore {
    /// Re-wraps the per-file data keys in `table` (sealed under the context
    /// `{context}/{public_id}`) with the current master key; the files themselves are
    /// untouched. Returns how many keys changed.
    pub(super) async fn rewrap_file_keys(
        &self,
        tx: &mut WriteTx<'_>,
        table: &str,
        context: &str,
    ) -> Result<u64> {
        let sealer = &self.keys().sealer;
        let current = sealer.current_version();
        let rows = sqlx::query(&format!(
            "SELECT id, public_id, wrapped_key FROM {table} WHERE wrapped_key IS NOT NULL AND wrapped_key <> ''"
        ))
        .fetch_all(tx.conn())
        .await?;
        let mut changed = 0;
        for row in &rows {
            let wrapped: String = row.try_get("wrapped_key")?;
            if crate::crypto::keys::SecretSealer::version_of(&wrapped) == Some(current) {
                continue;
            }
            let public_id: String = row.try_get("public_id")?;
            let context = contexts::data_key(context, &public_id);
            let rewrapped = sealer.seal(&sealer.open(&wrapped, &context)?, &context)?;
            // Only if unchanged meanwhile: a key destroyed (crypto-shredded) since the
            // read must stay destroyed.
            let done = sqlx::query(&format!(
                "UPDATE {table} SET wrapped_key = $1, key_version = $2 WHERE id = $3 AND wrapped_key = $4"
            ))
            .bind(rewrapped)
            .bind(i64::from(current))
            .bind(row.try_get::<i64, _>("id")?)
            .bind(&wrapped)
            .execute(tx.conn())
            .await?;
            changed += done.rows_affected();
        }
        Ok(changed)
    }
}

/// Master-key rotation.
#[async_trait]
pub trait RotationStore: Send + Sync {
    /// After a new master-key version: re-wraps every document data key and every
    /// sealed TOTP secret under it, in one transaction. Files are not re-encrypted.
    async fn rewrap_secrets(&self, ctx: &Ctx) -> Result<RewrapReport>;
}

#[async_trait]
impl RotationStore for SqlStore {
    async fn rewrap_secrets(&self, ctx: &Ctx) -> Result<RewrapReport> {
        let sealer = &self.keys().sealer;
        let current = sealer.current_version();
        let mut tx = self.begin().await?;
        let mut report = RewrapReport {
            version: current,
            ..Default::default()
        };
        report.documents = self
            .rewrap_file_keys(&mut tx, "documents", contexts::DOCUMENT_KEY_CONTEXT)
            .await?;
        report.production_files = self
            .rewrap_file_keys(&mut tx, "production_files", contexts::FILE_KEY_CONTEXT)
            .await?;
        let accounts = sqlx::query(
            "SELECT id, pseudonym, totp_secret_sealed, totp_pending_sealed FROM accounts",
        )
        .fetch_all(tx.conn())
        .await?;
        for row in &accounts {
            let context = contexts::totp_secret(&row.try_get::<String, _>("pseudonym")?);
            for column in ["totp_secret_sealed", "totp_pending_sealed"] {
                let Some(sealed) = row.try_get::<Option<String>, _>(column)? else {
                    continue;
                };
                if crate::crypto::keys::SecretSealer::version_of(&sealed) == Some(current) {
                    continue;
                }
                let rewrapped = sealer.seal(&sealer.open(&sealed, &context)?, &context)?;
                sqlx::query(&format!("UPDATE accounts SET {column} = $1 WHERE id = $2"))
                    .bind(rewrapped)
                    .bind(row.try_get::<i64, _>("id")?)
                    .execute(tx.conn())
                    .await?;
                report.totp_secrets += 1;
            }
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::KeysRotated, Outcome::Success).details(json!({
                "version": current,
                "documents": report.documents,
                "production_files": report.production_files,
                "totp_secrets": report.totp_secrets,
            })),
        )
        .await?;
        tx.commit().await?;
        Ok(report)
    }
}
