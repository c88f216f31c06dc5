//! Messages and documents on a request.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::account::AccountKind;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::request::{access, Author, RequestStatus};
use serde_json::json;
use sqlx::Row;

use super::request_rows::*;
use crate::error::refused;
use crate::model::*;
use crate::sql::{event, ts, SqlStore, WriteTx};
use crate::{Result, StoreError};

/// Messages and documents on a request.
#[async_trait]
pub trait MessageStore: Send + Sync {
    async fn post_message(
        &self,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<MessageRecord>;
    async fn messages(&self, request: &RequestSummary) -> Result<Vec<MessageRecord>>;
    /// Records a sealed document; `message_id` attaches it to a message.
    async fn add_document(
        &self,
        uploader: &Account,
        request: &RequestSummary,
        message_id: Option<i64>,
        document: &NewDocument,
        ctx: &Ctx,
    ) -> Result<DocumentRecord>;
    async fn documents(&self, request: &RequestSummary) -> Result<Vec<DocumentRecord>>;
}

#[async_trait]
impl MessageStore for SqlStore {
    async fn post_message(
        &self,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<MessageRecord> {
        let mut tx = self.begin().await?;
        // Read under the write transaction: a withdrawal or closing that won the race
        // is seen here.
        let status: String = sqlx::query_scalar("SELECT status FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(tx.conn())
            .await?;
        let status = RequestStatus::parse(&status)
            .ok_or_else(|| StoreError::Corrupt("request status".into()))?;
        access::may_message(status).map_err(refused)?;
        let id = self
            .insert_message(&mut tx, author, request, body, ctx)
            .await?;
        if author.kind == AccountKind::Requester {
            self.notify_assignee_of_reply(&mut tx.conn(), request, id, ctx.at)
                .await?;
        }
        tx.commit().await?;
        Ok(MessageRecord {
            id,
            author: Author::Person(author.name.clone()),
            from_staff: author.kind == AccountKind::Staff,
            body: body.to_owned(),
            created_at: ctx.at,
            attachments: Vec::new(),
        })
    }

    async fn messages(&self, request: &RequestSummary) -> Result<Vec<MessageRecord>> {
        let mut conn = self.pool().acquire().await?;
        let rows = sqlx::query(
            "SELECT m.id, m.request_id, m.body, m.created_at, a.name, a.kind FROM messages m JOIN accounts a ON a.id = m.author_id \
             WHERE m.request_id = $1 AND m.internal = 0 ORDER BY m.id",
        )
        .bind(request.row_id)
        .fetch_all(&mut *conn)
        .await?;
        let bodies = self
            .open_message_bodies(&mut Conn::from(&mut conn), &rows)
            .await?;
        drop(conn);
        let documents = self.documents(request).await?;
        rows.iter()
            .zip(bodies)
            .map(|(row, body)| {
                let id: i64 = row.try_get("id")?;
                let kind: String = row.try_get("kind")?;
                Ok(MessageRecord {
                    id,
                    author: if kind == "staff" {
                        Author::ResponseTeam
                    } else {
                        Author::Person(row.try_get("name")?)
                    },
                    from_staff: kind == "staff",
                    body,
                    created_at: ts(row, "created_at")?,
                    attachments: documents
                        .iter()
                        .filter(|d| d.message_id == Some(id))
                        .cloned()
                        .collect(),
                })
            })
            .collect()
    }

    async fn add_document(
        &self,
        uploader: &Account,
        request: &RequestSummary,
        message_id: Option<i64>,
        document: &NewDocument,
        ctx: &Ctx,
    ) -> Result<DocumentRecord> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO documents (public_id, request_id, message_id, uploaded_by, file_name, content_type, size, sha256, \
             blob_key, wrapped_key, key_version, created_at, region) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(&document.public_id)
        .bind(request.row_id)
        .bind(message_id)
        .bind(uploader.id)
        .bind(&document.file_name)
        .bind(&document.content_type)
        .bind(document.size)
        .bind(&document.sha256)
        .bind(&document.blob_key)
        .bind(&document.wrapped_key)
        .bind(document.key_version)
        .bind(ctx.at.unix_millis())
        .bind(&document.region)
        .execute(tx.conn())
        .await?;
        sqlx::query("UPDATE requests SET updated_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        self.add_event(
            &mut tx.conn(),
            NewEvent {
                request_id: request.row_id,
                actor_id: uploader.id,
                kind: "document",
                status: None,
                note: &document.file_name,
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DocumentUploaded, Outcome::Success)
                .subject(document.public_id.clone())
                .details(json!({"request": request.id, "bytes": document.size, "sha256": document.sha256})),
        )
        .await?;
        tx.commit().await?;
        Ok(DocumentRecord {
            id: document.public_id.clone(),
            file_name: document.file_name.clone(),
            content_type: document.content_type.clone(),
            size: document.size,
            sha256: document.sha256.clone(),
            created_at: ctx.at,
            message_id,
            blob_key: document.blob_key.clone(),
            wrapped_key: document.wrapped_key.clone(),
            key_version: document.key_version,
            region: Some(document.region.clone()),
        })
    }

    async fn documents(&self, request: &RequestSummary) -> Result<Vec<DocumentRecord>> {
        let rows = sqlx::query(
            "SELECT public_id, file_name, content_type, size, sha256, created_at, message_id, blob_key, wrapped_key, key_version, region \
             FROM documents WHERE request_id = $1 ORDER BY id",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(document_from_row).collect()
    }
}

impl SqlStore {
    /// Writes a message to the requester inside `tx`: the row, the timeline line and
    /// the audit entry. Whether the request still takes messages is the caller's rule.
    pub(super) async fn insert_message(
        &self,
        tx: &mut WriteTx<'_>,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<i64> {
        let id = self
            .insert_sealed_message(
                &mut tx.conn(),
                request.row_id,
                author.id,
                body,
                false,
                ctx.at.unix_millis(),
            )
            .await?;
        sqlx::query("UPDATE requests SET updated_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        self.add_event(
            &mut tx.conn(),
            NewEvent {
                request_id: request.row_id,
                actor_id: author.id,
                kind: "message",
                status: None,
                note: "",
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            tx,
            event(ctx, AuditAction::MessagePosted, Outcome::Success)
                .subject(request.id.clone())
                .details(json!({"message": id, "characters": body.chars().count()})),
        )
        .await?;
        Ok(id)
    }
}
