//! Files of a production: started, received in chunks, stored or removed.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use serde_json::json;

use super::production_rows::*;
use crate::error::{Changed, Refusal};
use crate::model::{Account, Ctx};
use crate::sql::{event, SqlStore};
use crate::{Result, StoreError};

/// Production files.
#[async_trait]
pub trait ProductionFileStore: Send + Sync {
    /// Registers a file the producer is about to upload into an open production.
    async fn start_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file: &NewProductionFile,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord>;
    /// Moves the resume point of an upload (after the bytes are durable), only from
    /// where it was; with the file's digest once every byte is in.
    async fn record_upload_progress(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        progress: UploadStep<'_>,
    ) -> Result<()>;
    /// Marks a fully received file stored (its blob is in the blob store).
    async fn complete_production_file(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        sha256: &str,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord>;
    /// Drops a file from an open production (its blob is the caller's to delete).
    async fn remove_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file_id: &str,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl ProductionFileStore for SqlStore {
    async fn start_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file: &NewProductionFile,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord> {
        Self::require_producer(producer, production)?;
        let mut tx = self.begin().await?;
        self.lock_open(&mut tx.conn(), production, ctx.at).await?;
        let taken: Option<String> = sqlx::query_scalar(
            "SELECT public_id FROM production_files WHERE production_id = $1 AND name = $2 AND state <> 'shredded'",
        )
        .bind(production.row_id)
        .bind(&file.name)
        .fetch_optional(tx.conn())
        .await?;
        if taken.is_some() {
            return Err(Refusal::FileNameTaken {
                name: file.name.clone(),
            }
            .into());
        }
        sqlx::query(
            "INSERT INTO production_files (public_id, production_id, name, size, received, region, wrapped_key, key_version, state, created_at, source_tag) \
             VALUES ($1, $2, $3, $4, 0, $5, $6, $7, 'uploading', $8, $9)",
        )
        .bind(&file.id)
        .bind(production.row_id)
        .bind(&file.name)
        .bind(to_i64(file.size)?)
        .bind(&file.region)
        .bind(&file.wrapped_key)
        .bind(file.key_version)
        .bind(ctx.at.unix_millis())
        .bind(&file.source_tag)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionFileStarted, Outcome::Success)
                .subject(file.id.clone())
                .details(json!({"production": production.id, "size": file.size})),
        )
        .await?;
        let record = sqlx::query(&format!(
            "SELECT {FILE_COLUMNS} FROM production_files WHERE public_id = $1"
        ))
        .bind(&file.id)
        .fetch_one(tx.conn())
        .await?;
        tx.commit().await?;
        file_from_row(&record)
    }

    async fn record_upload_progress(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        progress: UploadStep<'_>,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        self.lock_open(&mut tx.conn(), production, progress.at)
            .await?;
        let moved = sqlx::query(
            "UPDATE production_files SET received = $1, sha256 = $2 \
             WHERE public_id = $3 AND production_id = $4 AND state = 'uploading' AND received = $5",
        )
        .bind(to_i64(progress.to)?)
        .bind(progress.sha256)
        .bind(file_id)
        .bind(production.row_id)
        .bind(to_i64(progress.from)?)
        .execute(tx.conn())
        .await?;
        if moved.rows_affected() != 1 {
            return Err(StoreError::ChangedMeanwhile(Changed::Upload));
        }
        tx.commit().await
    }

    async fn complete_production_file(
        &self,
        production: &ProductionRecord,
        file_id: &str,
        sha256: &str,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord> {
        let mut tx = self.begin().await?;
        self.lock_open(&mut tx.conn(), production, ctx.at).await?;
        let done = sqlx::query(
            "UPDATE production_files SET state = 'stored', received = size, sha256 = $1, stored_at = $2 \
             WHERE public_id = $3 AND production_id = $4 AND state = 'uploading'",
        )
        .bind(sha256)
        .bind(ctx.at.unix_millis())
        .bind(file_id)
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::ChangedMeanwhile(Changed::FileNotUploading));
        }
        let record = file_from_row(
            &sqlx::query(&format!(
                "SELECT {FILE_COLUMNS} FROM production_files WHERE public_id = $1"
            ))
            .bind(file_id)
            .fetch_one(tx.conn())
            .await?,
        )?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionFileStored, Outcome::Success)
                .subject(file_id.to_owned())
                .details(json!({
                    "production": production.id,
                    "size": record.size,
                    "sha256": sha256,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(record)
    }

    async fn remove_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file_id: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        Self::require_producer(producer, production)?;
        let mut tx = self.begin().await?;
        self.lock_open(&mut tx.conn(), production, ctx.at).await?;
        // The row stays (as shredded, without its key) so the blob sweep finds it.
        let done = sqlx::query(
            "UPDATE production_files SET state = 'shredded', wrapped_key = NULL \
             WHERE public_id = $1 AND production_id = $2 AND state <> 'shredded'",
        )
        .bind(file_id)
        .bind(production.row_id)
        .execute(tx.conn())
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ProductionFileRemoved, Outcome::Success)
                .subject(file_id.to_owned())
                .details(json!({"production": production.id})),
        )
        .await?;
        tx.commit().await
    }
}
