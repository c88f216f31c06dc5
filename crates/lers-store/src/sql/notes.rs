//! Internal notes of the response team, and information provided by requesters.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::request::{Author, RequestEvent, RequestStatus};
use sqlx::Row;

use super::request_rows::{MessageRecord, RequestSummary};
use crate::model::*;
use crate::sql::{event, ts, SqlStore};
use crate::Result;

/// Internal notes.
#[async_trait]
pub trait NoteStore: Send + Sync {
    async fn post_internal_note(
        &self,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn internal_notes(&self, request: &RequestSummary) -> Result<Vec<MessageRecord>>;
    /// The requester answered a request for information: back into review.
    async fn information_provided(
        &self,
        request: &RequestSummary,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<()>;
}

#[async_trait]
impl NoteStore for SqlStore {
    async fn post_internal_note(
        &self,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        self.insert_sealed_message(
            &mut tx.conn(),
            request.row_id,
            author.id,
            body,
            true,
            ctx.at.unix_millis(),
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::InternalNotePosted, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default()),
        )
        .await?;
        tx.commit().await
    }

    async fn internal_notes(&self, request: &RequestSummary) -> Result<Vec<MessageRecord>> {
        let mut conn = self.pool().acquire().await?;
        let rows = sqlx::query(
            "SELECT m.id, m.request_id, m.body, m.created_at, a.name FROM messages m JOIN accounts a ON a.id = m.author_id \
             WHERE m.request_id = $1 AND m.internal = 1 ORDER BY m.id",
        )
        .bind(request.row_id)
        .fetch_all(&mut *conn)
        .await?;
        let bodies = self
            .open_message_bodies(&mut Conn::from(&mut conn), &rows)
            .await?;
        rows.iter()
            .zip(bodies)
            .map(|(row, body)| {
                Ok(MessageRecord {
                    id: row.try_get("id")?,
                    author: Author::Person(row.try_get("name")?),
                    from_staff: true,
                    body,
                    created_at: ts(row, "created_at")?,
                    attachments: Vec::new(),
                })
            })
            .collect()
    }

    async fn information_provided(
        &self,
        request: &RequestSummary,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        if current.status == RequestStatus::NeedsInfo {
            self.move_request(
                &mut tx.conn(),
                &current,
                RequestEvent::ProvideInformation,
                by.id,
                "",
                ctx.at,
            )
            .await?;
        }
        tx.commit().await
    }
}
