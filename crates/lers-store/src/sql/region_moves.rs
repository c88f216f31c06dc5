//! Moving a case to another region: the move, its per-file progress (so a crash at
//! any step resumes), the switch of every row in one transaction, and the deletion of
//! the old copies afterwards.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{JobKind, RegionMoveJob};
use serde_json::json;
use sqlx::Row;

use super::production_rows::{file_from_row, FILE_COLUMNS};
use super::request_rows::{document_from_row, DocumentRecord, RequestSummary};
use crate::error::Refusal;
use crate::model::*;
use crate::sql::productions::ProductionFileRecord;
use crate::sql::{event, opt_ts, SqlStore};
use crate::Result;

#[derive(Clone, Debug)]
pub struct RegionMove {
    pub id: i64,
    pub request_row_id: i64,
    /// The request's public id (files are bound to it).
    pub request_id: String,
    pub from: String,
    pub to: String,
    /// `copying`, `switched` or `done`.
    pub state: String,
    pub switched_at: Option<Timestamp>,
}

/// A file of a moving case that has no verified copy in the new region yet.
#[derive(Clone, Debug)]
pub enum MovingFile {
    Document(DocumentRecord),
    Production(ProductionFileRecord),
}

/// A verified copy, and whether its old copy is still to be deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovedCopy {
    /// `document` or `production`.
    pub kind: String,
    pub file_id: String,
}

#[async_trait]
pub trait RegionMoveStore: Send + Sync {
    /// Starts moving `request` from `from` to `to` (refused while another move of it
    /// runs or a production file is being uploaded); enqueues its job; audited.
    async fn start_region_move(
        &self,
        request: &RequestSummary,
        (from, to): (&str, &str),
        ctx: &Ctx,
    ) -> Result<i64>;
    async fn region_move(&self, id: i64) -> Result<Option<RegionMove>>;
    /// The latest move of request row `request`, if any.
    async fn latest_region_move(&self, request: i64) -> Result<Option<RegionMove>>;
    /// The case's files without a verified copy in the new region.
    async fn files_to_copy(&self, region_move: &RegionMove) -> Result<Vec<MovingFile>>;
    /// Records a verified copy (again after a crash: the later copy wins).
    async fn record_copy(
        &self,
        region_move: &RegionMove,
        copy: &MovedCopy,
        (wrapped_key, key_version): (&str, i64),
        at: Timestamp,
    ) -> Result<()>;
    /// Points every row of the case at the new region and its copies, in one
    /// transaction, and schedules the deletion of the old copies at `delete_at`;
    /// `false` (nothing changed) while a file has no copy yet or an upload runs.
    async fn switch_region_move(
        &self,
        region_move: &RegionMove,
        delete_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Old copies not deleted yet.
    async fn old_copies(&self, region_move: &RegionMove) -> Result<Vec<MovedCopy>>;
    async fn old_copy_deleted(
        &self,
        region_move: &RegionMove,
        copy: &MovedCopy,
        at: Timestamp,
    ) -> Result<()>;
    /// The move is done; audited.
    async fn finish_region_move(&self, region_move: &RegionMove, ctx: &Ctx) -> Result<()>;
}

/// Production files of request row `request` still being uploaded.
async fn uploads_running(conn: &mut Conn<'_>, request: i64) -> Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM production_files WHERE state = 'uploading' \
         AND production_id IN (SELECT id FROM productions WHERE request_id = $1)",
    )
    .bind(request)
    .fetch_one(conn)
    .await?)
}

const UNCOPIED: &str =
    "NOT IN (SELECT file_id FROM region_move_files WHERE move_id = $2 AND kind = $3)";

impl SqlStore {
    /// The latest move matching `filter` (on `$1`).
    async fn find_move(&self, filter: &str, value: i64) -> Result<Option<RegionMove>> {
        let row = sqlx::query(&format!(
            "SELECT m.id, m.request_id, r.public_id, m.from_region, m.to_region, m.state, m.switched_at \
             FROM region_moves m JOIN requests r ON r.id = m.request_id WHERE {filter} ORDER BY m.id DESC LIMIT 1"
        ))
        .bind(value)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(RegionMove {
                id: row.try_get("id")?,
                request_row_id: row.try_get("request_id")?,
                request_id: row.try_get("public_id")?,
                from: row.try_get("from_region")?,
                to: row.try_get("to_region")?,
                state: row.try_get("state")?,
                switched_at: opt_ts(&row, "switched_at")?,
            })
        })
        .transpose()
    }
}

#[async_trait]
impl RegionMoveStore for SqlStore {
    async fn start_region_move(
        &self,
        request: &RequestSummary,
        (from, to): (&str, &str),
        ctx: &Ctx,
    ) -> Result<i64> {
        let mut tx = self.begin().await?;
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM region_moves WHERE request_id = $1 AND state <> 'done'",
        )
        .bind(request.row_id)
        .fetch_one(tx.conn())
        .await?;
        if open > 0 {
            return Err(Refusal::RegionMoveRunning.into());
        }
        if uploads_running(&mut tx.conn(), request.row_id).await? > 0 {
            return Err(Refusal::RegionMoveUploading.into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO region_moves (request_id, from_region, to_region, state, requested_by, created_at) \
             VALUES ($1, $2, $3, 'copying', $4, $5) RETURNING id",
        )
        .bind(request.row_id)
        .bind(from)
        .bind(to)
        .bind(&ctx.actor)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        let job = JobKind::RegionMove(RegionMoveJob {
            region_move: id,
            not_before: ctx.at.unix_millis(),
        });
        self.insert_job(&mut tx.conn(), &job, ctx.at, ctx.at)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RegionMoveStarted, Outcome::Success)
                .subject(request.id.clone())
                .details(json!({"request": request.id, "from": from, "to": to, "move": id})),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn region_move(&self, id: i64) -> Result<Option<RegionMove>> {
        self.find_move("m.id = $1", id).await
    }

    async fn latest_region_move(&self, request: i64) -> Result<Option<RegionMove>> {
        self.find_move("m.request_id = $1", request).await
    }

    async fn files_to_copy(&self, region_move: &RegionMove) -> Result<Vec<MovingFile>> {
        let documents = sqlx::query(&format!(
            "SELECT public_id, file_name, content_type, size, sha256, created_at, message_id, blob_key, wrapped_key, key_version, region \
             FROM documents WHERE request_id = $1 AND public_id {UNCOPIED} ORDER BY id"
        ))
        .bind(region_move.request_row_id)
        .bind(region_move.id)
        .bind("document")
        .fetch_all(self.pool())
        .await?;
        let files = sqlx::query(&format!(
            "SELECT {FILE_COLUMNS} FROM production_files WHERE state = 'stored' \
             AND production_id IN (SELECT id FROM productions WHERE request_id = $1) AND public_id {UNCOPIED} ORDER BY id"
        ))
        .bind(region_move.request_row_id)
        .bind(region_move.id)
        .bind("production")
        .fetch_all(self.pool())
        .await?;
        let mut moving = documents
            .iter()
            .map(|row| document_from_row(row).map(MovingFile::Document))
            .collect::<Result<Vec<_>>>()?;
        for row in &files {
            moving.push(MovingFile::Production(file_from_row(row)?));
        }
        Ok(moving)
    }

    async fn record_copy(
        &self,
        region_move: &RegionMove,
        copy: &MovedCopy,
        (wrapped_key, key_version): (&str, i64),
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO region_move_files (move_id, kind, file_id, wrapped_key, key_version, copied_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (move_id, kind, file_id) DO UPDATE SET \
             wrapped_key = excluded.wrapped_key, key_version = excluded.key_version, copied_at = excluded.copied_at",
        )
        .bind(region_move.id)
        .bind(&copy.kind)
        .bind(&copy.file_id)
        .bind(wrapped_key)
        .bind(key_version)
        .bind(at.unix_millis())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn switch_region_move(
        &self,
        region_move: &RegionMove,
        delete_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let state: String = sqlx::query_scalar("SELECT state FROM region_moves WHERE id = $1")
            .bind(region_move.id)
            .fetch_one(tx.conn())
            .await?;
        if state != "copying" {
            return Ok(true); // Switched before a crash.
        }
        let (request, id) = (region_move.request_row_id, region_move.id);
        let uncopied_documents: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM documents WHERE request_id = $1 AND public_id {UNCOPIED}"
        ))
        .bind(request)
        .bind(id)
        .bind("document")
        .fetch_one(tx.conn())
        .await?;
        let uncopied_files: i64 = sqlx::query_scalar(&format!(
            "SELECT COUNT(*) FROM production_files WHERE state = 'stored' \
             AND production_id IN (SELECT id FROM productions WHERE request_id = $1) AND public_id {UNCOPIED}"
        ))
        .bind(request)
        .bind(id)
        .bind("production")
        .fetch_one(tx.conn())
        .await?;
        if uncopied_documents + uncopied_files > 0
            || uploads_running(&mut tx.conn(), request).await? > 0
        {
            return Ok(false);
        }
        for (table, kind, owned) in [
            ("documents", "document", "request_id = $3"),
            (
                "production_files",
                "production",
                "production_id IN (SELECT id FROM productions WHERE request_id = $3)",
            ),
        ] {
            let copy = |column: &str| {
                format!("(SELECT f.{column} FROM region_move_files f WHERE f.move_id = $2 AND f.kind = '{kind}' AND f.file_id = {table}.public_id)")
            };
            sqlx::query(&format!(
                "UPDATE {table} SET region = $1, wrapped_key = {}, key_version = {} WHERE {owned} \
                 AND public_id IN (SELECT file_id FROM region_move_files WHERE move_id = $2 AND kind = '{kind}')",
                copy("wrapped_key"),
                copy("key_version"),
            ))
            .bind(&region_move.to)
            .bind(id)
            .bind(request)
            .execute(tx.conn())
            .await?;
        }
        sqlx::query("UPDATE requests SET region = $1 WHERE id = $2")
            .bind(&region_move.to)
            .bind(request)
            .execute(tx.conn())
            .await?;
        // The copies' keys now live in their rows only: a later crypto-shred of a file
        // must not leave a second wrapped key behind here.
        sqlx::query("UPDATE region_move_files SET wrapped_key = '' WHERE move_id = $1")
            .bind(id)
            .execute(tx.conn())
            .await?;
        sqlx::query("UPDATE region_moves SET state = 'switched', switched_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        let job = JobKind::RegionMove(RegionMoveJob {
            region_move: id,
            not_before: delete_at.unix_millis(),
        });
        self.insert_job(&mut tx.conn(), &job, delete_at, ctx.at)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RegionMoveSwitched, Outcome::Success)
                .subject(region_move.request_id.clone())
                .details(json!({"request": region_move.request_id, "from": region_move.from, "to": region_move.to, "move": id})),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn old_copies(&self, region_move: &RegionMove) -> Result<Vec<MovedCopy>> {
        let rows = sqlx::query(
            "SELECT kind, file_id FROM region_move_files WHERE move_id = $1 AND old_deleted_at IS NULL ORDER BY kind, file_id",
        )
        .bind(region_move.id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(MovedCopy {
                    kind: row.try_get("kind")?,
                    file_id: row.try_get("file_id")?,
                })
            })
            .collect()
    }

    async fn old_copy_deleted(
        &self,
        region_move: &RegionMove,
        copy: &MovedCopy,
        at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE region_move_files SET old_deleted_at = $1 WHERE move_id = $2 AND kind = $3 AND file_id = $4",
        )
        .bind(at.unix_millis())
        .bind(region_move.id)
        .bind(&copy.kind)
        .bind(&copy.file_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn finish_region_move(&self, region_move: &RegionMove, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let finished = sqlx::query(
            "UPDATE region_moves SET state = 'done', done_at = $1 WHERE id = $2 AND state = 'switched'",
        )
        .bind(ctx.at.unix_millis())
        .bind(region_move.id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if finished == 1 {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RegionMoveFinished, Outcome::Success)
                    .subject(region_move.request_id.clone())
                    .details(json!({"request": region_move.request_id, "to": region_move.to, "move": region_move.id})),
            )
            .await?;
        }
        tx.commit().await
    }
}
