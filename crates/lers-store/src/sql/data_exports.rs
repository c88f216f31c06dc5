//! "My data" exports: one row per export asked for, with the job that builds it
//! enqueued and the request audited in the same transaction. The sealed file's
//! wrapped key lives only in this row; expiring an export drops it first
//! (crypto-shredding), then the blob is deleted.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{DataExportJob, JobKind};
use lers_domain::rights::ExportState;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::rows::{event, opt_ts, ts};
use crate::crypto::tokens::random_id;
use crate::error::{Result, StoreError};
use crate::files::vault::SealedBlob;
use crate::model::{Account, Ctx};

#[derive(Clone, Debug)]
pub struct DataExportRecord {
    pub id: i64,
    pub public_id: String,
    pub account_id: i64,
    pub state: ExportState,
    pub requested_at: Timestamp,
    pub built_at: Option<Timestamp>,
    pub expires_at: Option<Timestamp>,
    pub size: Option<u64>,
    pub sealed: Option<SealedBlob>,
    pub downloads: i64,
}

/// A built export, ready to record.
#[derive(Clone, Debug)]
pub struct BuiltExport {
    pub sealed: SealedBlob,
    pub size: u64,
    pub files: usize,
    pub expires_at: Timestamp,
}

#[async_trait]
pub trait DataExportStore: Send + Sync {
    /// Asks for an export of `account` (audited `data_export.requested`, its job
    /// enqueued). One still being built is returned instead of a second one.
    async fn request_data_export(&self, account: &Account, ctx: &Ctx) -> Result<DataExportRecord>;
    async fn data_export(&self, id: i64) -> Result<Option<DataExportRecord>>;
    /// An export of `account` by its public id (another person's is `None`).
    async fn own_data_export(
        &self,
        account: &Account,
        public_id: &str,
    ) -> Result<Option<DataExportRecord>>;
    /// The latest exports of `account`, newest first.
    async fn data_exports(&self, account: &Account) -> Result<Vec<DataExportRecord>>;
    /// Records a built export (audited `data_export.built`); `false` when it was no
    /// longer being built (another run finished it): the caller removes its blob.
    async fn finish_data_export(&self, id: i64, built: &BuiltExport, ctx: &Ctx) -> Result<bool>;
    /// Counts and audits a download (`data_export.downloaded`).
    async fn note_data_export_download(&self, export: &DataExportRecord, ctx: &Ctx) -> Result<()>;
    /// Expires every ready export past its expiry (wrapped key dropped, audited
    /// `data_export.expired`); returns the blob keys to delete.
    async fn expire_data_exports(&self, ctx: &Ctx) -> Result<Vec<String>>;
}

const COLUMNS: &str = "id, public_id, account_id, state, requested_at, built_at, expires_at, \
                       size, blob_key, wrapped_key, key_version, downloads";

fn export_from_row(row: &AnyRow) -> Result<DataExportRecord> {
    let state: String = row.try_get("state")?;
    let blob_key: Option<String> = row.try_get("blob_key")?;
    let wrapped_key: Option<String> = row.try_get("wrapped_key")?;
    let key_version: Option<i64> = row.try_get("key_version")?;
    Ok(DataExportRecord {
        id: row.try_get("id")?,
        public_id: row.try_get("public_id")?,
        account_id: row.try_get("account_id")?,
        state: ExportState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("export state {state}")))?,
        requested_at: ts(row, "requested_at")?,
        built_at: opt_ts(row, "built_at")?,
        expires_at: opt_ts(row, "expires_at")?,
        size: row
            .try_get::<Option<i64>, _>("size")?
            .and_then(|s| u64::try_from(s).ok()),
        sealed: match (blob_key, wrapped_key, key_version) {
            (Some(blob_key), Some(wrapped_key), Some(key_version)) => Some(SealedBlob {
                blob_key,
                wrapped_key,
                key_version,
            }),
            _ => None,
        },
        downloads: row.try_get("downloads")?,
    })
}

impl SqlStore {
    /// Expires every export of `account_id` (or every ready export past `ctx.at`) in
    /// `tx` and audits each; returns their blob keys.
    pub(crate) async fn expire_exports_in(
        &self,
        tx: &mut super::core::WriteTx<'_>,
        account_id: Option<i64>,
        ctx: &Ctx,
    ) -> Result<Vec<String>> {
        let rows = sqlx::query(&format!(
            "SELECT e.id, e.public_id, e.blob_key, a.pseudonym FROM data_exports e \
             JOIN accounts a ON a.id = e.account_id WHERE {}",
            match account_id {
                // A person who leaves: whatever is built or being built goes.
                Some(_) => "e.state <> 'expired' AND e.account_id = $1",
                None => "e.state = 'ready' AND e.expires_at <= $1",
            }
        ))
        .bind(account_id.unwrap_or(ctx.at.unix_millis()))
        .fetch_all(tx.conn())
        .await?;
        let mut blobs = Vec::new();
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            expire_one(&mut tx.conn(), id).await?;
            let public_id: String = row.try_get("public_id")?;
            let pseudonym: String = row.try_get("pseudonym")?;
            self.audit(
                tx,
                event(ctx, AuditAction::DataExportExpired, Outcome::Success)
                    .subject(pseudonym)
                    .details(json!({"export": public_id})),
            )
            .await?;
            blobs.extend(row.try_get::<Option<String>, _>("blob_key")?);
        }
        Ok(blobs)
    }
}

async fn expire_one(conn: &mut Conn<'_>, id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE data_exports SET state = 'expired', wrapped_key = NULL, key_version = NULL \
         WHERE id = $1",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

#[async_trait]
impl DataExportStore for SqlStore {
    async fn request_data_export(&self, account: &Account, ctx: &Ctx) -> Result<DataExportRecord> {
        let mut tx = self.begin().await?;
        let building = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM data_exports WHERE account_id = $1 AND state = 'building'"
        ))
        .bind(account.id)
        .fetch_optional(tx.conn())
        .await?;
        if let Some(row) = building {
            return export_from_row(&row);
        }
        let public_id = random_id("exp");
        let row = sqlx::query(&format!(
            "INSERT INTO data_exports (public_id, account_id, state, requested_at) \
             VALUES ($1, $2, 'building', $3) RETURNING {COLUMNS}"
        ))
        .bind(&public_id)
        .bind(account.id)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        let export = export_from_row(&row)?;
        let job = JobKind::DataExport(DataExportJob { export: export.id });
        self.insert_job(&mut tx.conn(), &job, ctx.at, ctx.at)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DataExportRequested, Outcome::Success)
                .subject(account.pseudonym.clone())
                .details(json!({"export": public_id})),
        )
        .await?;
        tx.commit().await?;
        Ok(export)
    }

    async fn data_export(&self, id: i64) -> Result<Option<DataExportRecord>> {
        sqlx::query(&format!("SELECT {COLUMNS} FROM data_exports WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .as_ref()
            .map(export_from_row)
            .transpose()
    }

    async fn own_data_export(
        &self,
        account: &Account,
        public_id: &str,
    ) -> Result<Option<DataExportRecord>> {
        sqlx::query(&format!(
            "SELECT {COLUMNS} FROM data_exports WHERE public_id = $1 AND account_id = $2"
        ))
        .bind(public_id)
        .bind(account.id)
        .fetch_optional(self.pool())
        .await?
        .as_ref()
        .map(export_from_row)
        .transpose()
    }

    async fn data_exports(&self, account: &Account) -> Result<Vec<DataExportRecord>> {
        sqlx::query(&format!(
            "SELECT {COLUMNS} FROM data_exports WHERE account_id = $1 ORDER BY id DESC LIMIT 5"
        ))
        .bind(account.id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(export_from_row)
        .collect()
    }

    async fn finish_data_export(&self, id: i64, built: &BuiltExport, ctx: &Ctx) -> Result<bool> {
        let mut tx = self.begin().await?;
        let updated = sqlx::query(
            "UPDATE data_exports SET state = 'ready', built_at = $1, expires_at = $2, size = $3, \
             blob_key = $4, wrapped_key = $5, key_version = $6 WHERE id = $7 AND state = 'building'",
        )
        .bind(ctx.at.unix_millis())
        .bind(built.expires_at.unix_millis())
        .bind(i64::try_from(built.size).unwrap_or(i64::MAX))
        .bind(&built.sealed.blob_key)
        .bind(&built.sealed.wrapped_key)
        .bind(built.sealed.key_version)
        .bind(id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if updated == 0 {
            return Ok(false);
        }
        let row = sqlx::query(
            "SELECT e.public_id, a.pseudonym FROM data_exports e JOIN accounts a ON a.id = e.account_id WHERE e.id = $1",
        )
        .bind(id)
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DataExportBuilt, Outcome::Success)
                .subject(row.try_get::<String, _>("pseudonym")?)
                .details(json!({
                    "export": row.try_get::<String, _>("public_id")?,
                    "size": built.size,
                    "files": built.files,
                    "expires_at": built.expires_at.to_rfc3339(),
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn note_data_export_download(&self, export: &DataExportRecord, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE data_exports SET downloads = downloads + 1 WHERE id = $1")
            .bind(export.id)
            .execute(tx.conn())
            .await?;
        let account = self
            .account_by_id_in(&mut tx.conn(), export.account_id)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DataExportDownloaded, Outcome::Success)
                .subject(account.pseudonym)
                .details(json!({"export": export.public_id, "size": export.size})),
        )
        .await?;
        tx.commit().await
    }

    async fn expire_data_exports(&self, ctx: &Ctx) -> Result<Vec<String>> {
        let mut tx = self.begin().await?;
        let blobs = self.expire_exports_in(&mut tx, None, ctx).await?;
        tx.commit().await?;
        Ok(blobs)
    }
}
