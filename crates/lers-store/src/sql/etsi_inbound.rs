//! What authorities' systems sent over ETSI TS 103 120 (HI-1): each accepted message's
//! stored answer by (endpoint, TransactionIdentifier), for idempotent retries; the
//! objects an endpoint created (ObjectIdentifier → request, Generation, LastChanged),
//! for GET, LIST and UPDATE; and which requests arrived over HI-1 (`etsi_orders`).
//!
//! A CREATE claims its objects in the transaction that opens the request's draft, with a
//! *pending* answer (empty `response`) for its TransactionIdentifier: a crash after that
//! leaves a claim the retry resumes, never a second request.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::eu::clocks::{new_deadline, DeadlineFacts, NewDeadline};
use lers_domain::eu::timeline;
use lers_domain::request::{RequestDraft, RequestKind};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::core::SqlStore;
use super::request_rows::{NewEvent, RequestRecord, RequestSummary};
use super::rows::{event, opt_ts, ts};
use crate::error::{refused, Result, StoreError};
use crate::model::{Account, Ctx};

/// The stored answer to one message. An empty `response` is a CREATE whose effects
/// started but whose answer was not stored yet (see the module doc).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EtsiAnswer {
    pub message_sha256: String,
    pub content_type: String,
    pub response: String,
    /// When the message was first taken (its claim, for a pending answer).
    pub created_at: Timestamp,
}

impl EtsiAnswer {
    pub fn is_pending(&self) -> bool {
        self.response.is_empty()
    }
}

/// An object an endpoint created, with the request it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EtsiObject {
    pub object_id: String,
    /// `authorisation`, `ld_task`, `lp_task` or `document`.
    pub object_type: String,
    /// The request's public id.
    pub request_id: String,
    pub generation: i64,
    pub created_at: Timestamp,
    pub last_changed: Timestamp,
}

/// An object to record: its identifier, type and Generation as created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEtsiObject {
    pub object_id: String,
    pub object_type: &'static str,
    pub generation: i64,
}

/// A CREATE about to take effect: who sent which message, and its objects (the
/// authorisation first, then its tasks).
pub struct EtsiOpening<'a> {
    pub endpoint_id: i64,
    pub transaction_id: &'a str,
    pub message_sha256: &'a str,
    pub content_type: &'a str,
    pub objects: &'a [NewEtsiObject],
}

/// What opening an order did.
#[derive(Clone, Debug)]
pub enum Opened {
    /// A new draft, with its objects claimed and the message's answer pending.
    Draft(Box<RequestRecord>),
    /// Another endpoint's order has this AuthorisationObject identifier.
    AuthorisationTaken(String),
    /// One of the objects was created before (by another message): nothing was written.
    AlreadyCreated(EtsiObject),
}

#[async_trait]
pub trait EtsiInboundStore: Send + Sync {
    /// The answer stored for this endpoint's TransactionIdentifier.
    async fn etsi_answer(
        &self,
        endpoint_id: i64,
        transaction_id: &str,
    ) -> Result<Option<EtsiAnswer>>;
    /// One object the endpoint created.
    async fn etsi_object(&self, endpoint_id: i64, object_id: &str) -> Result<Option<EtsiObject>>;
    /// The endpoint's objects of `object_type` (any if `None`) changed at or after
    /// `changed_since`, oldest first.
    async fn etsi_objects(
        &self,
        endpoint_id: i64,
        object_type: Option<&str>,
        changed_since: Option<Timestamp>,
    ) -> Result<Vec<EtsiObject>>;
    /// The objects of one request, in the order they were recorded.
    async fn etsi_objects_of(&self, endpoint_id: i64, request_id: &str) -> Result<Vec<EtsiObject>>;
    /// In one transaction: the draft of `owner`, the pending answer, the order and its
    /// objects — unless one of the objects exists already for this endpoint.
    async fn open_etsi_order(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        opening: &EtsiOpening<'_>,
        ctx: &Ctx,
    ) -> Result<Opened>;
    /// Records more objects (documents once stored) of the endpoint's request.
    async fn add_etsi_objects(
        &self,
        endpoint_id: i64,
        request_id: &str,
        objects: &[NewEtsiObject],
        ctx: &Ctx,
    ) -> Result<()>;
    /// The AuthorisationObjects with this identifier, whoever created them, with the
    /// endpoint that did (an enforcing authority names the order it was notified of).
    async fn etsi_authorisations_named(&self, object_id: &str) -> Result<Vec<(i64, EtsiObject)>>;
    /// Moves the object's Generation from `from` to `to` if it is still `from`; false
    /// when another message moved it first (so two UPDATEs of one Generation cannot
    /// both take effect).
    async fn move_etsi_generation(
        &self,
        endpoint_id: i64,
        object_id: &str,
        from: i64,
        to: i64,
    ) -> Result<bool>;
    /// In one transaction, checked by `lers_domain::eu::clocks::new_deadline` against
    /// what is stored: the issuing authority's new disclosure deadline becomes the
    /// request's due date, on its timeline (by `by`) and in the audit log.
    async fn set_eu_deadline(
        &self,
        request: &RequestSummary,
        asked: Timestamp,
        reason: Option<&str>,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<NewDeadline>;
    /// In one transaction: stores the answer (completing a pending one), sets the
    /// Generation of each `(object, generation)` updated, and appends `audit`.
    async fn finish_etsi_message(
        &self,
        endpoint_id: i64,
        transaction_id: &str,
        answer: &EtsiAnswer,
        updated: &[(String, i64)],
        audit: AuditEvent,
        ctx: &Ctx,
    ) -> Result<()>;
}

/// An object changes when its sender updates it, and when its request changes (the
/// status GET reports).
const LAST_CHANGED: &str =
    "CASE WHEN r.updated_at > o.last_changed THEN r.updated_at ELSE o.last_changed END";

fn object_columns() -> String {
    format!("o.object_id, o.object_type, r.public_id, o.generation, o.created_at, {LAST_CHANGED} AS last_changed")
}

fn object_row(row: &AnyRow) -> Result<EtsiObject> {
    Ok(EtsiObject {
        object_id: row.try_get("object_id")?,
        object_type: row.try_get("object_type")?,
        request_id: row.try_get("public_id")?,
        generation: row.try_get("generation")?,
        created_at: ts(row, "created_at")?,
        last_changed: ts(row, "last_changed")?,
    })
}

async fn request_row_id(conn: &mut Conn<'_>, public_id: &str) -> Result<i64> {
    sqlx::query_scalar("SELECT id FROM requests WHERE public_id = $1")
        .bind(public_id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

async fn insert_objects(
    conn: &mut Conn<'_>,
    endpoint_id: i64,
    request_row: i64,
    objects: &[NewEtsiObject],
    at: Timestamp,
) -> Result<()> {
    for o in objects {
        sqlx::query(
            "INSERT INTO etsi_objects (endpoint_id, object_id, object_type, request_id, generation, created_at, last_changed) VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(endpoint_id)
        .bind(&o.object_id)
        .bind(o.object_type)
        .bind(request_row)
        .bind(o.generation)
        .bind(at.unix_millis())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

#[async_trait]
impl EtsiInboundStore for SqlStore {
    async fn etsi_answer(
        &self,
        endpoint_id: i64,
        transaction_id: &str,
    ) -> Result<Option<EtsiAnswer>> {
        let row = sqlx::query(
            "SELECT message_sha256, content_type, response, created_at FROM etsi_transactions WHERE endpoint_id = $1 AND transaction_id = $2",
        )
        .bind(endpoint_id)
        .bind(transaction_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(EtsiAnswer {
                message_sha256: row.try_get("message_sha256")?,
                content_type: row.try_get("content_type")?,
                response: row.try_get("response")?,
                created_at: ts(&row, "created_at")?,
            })
        })
        .transpose()
    }

    async fn etsi_object(&self, endpoint_id: i64, object_id: &str) -> Result<Option<EtsiObject>> {
        let columns = object_columns();
        let row = sqlx::query(&format!(
            "SELECT {columns} FROM etsi_objects o JOIN requests r ON r.id = o.request_id WHERE o.endpoint_id = $1 AND o.object_id = $2"
        ))
        .bind(endpoint_id)
        .bind(object_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(object_row).transpose()
    }

    async fn etsi_objects(
        &self,
        endpoint_id: i64,
        object_type: Option<&str>,
        changed_since: Option<Timestamp>,
    ) -> Result<Vec<EtsiObject>> {
        let columns = object_columns();
        let rows = sqlx::query(&format!(
            "SELECT {columns} FROM etsi_objects o JOIN requests r ON r.id = o.request_id \
             WHERE o.endpoint_id = $1 AND ($2 = '' OR o.object_type = $2) AND {LAST_CHANGED} >= $3 \
             ORDER BY o.created_at, o.object_id"
        ))
        .bind(endpoint_id)
        .bind(object_type.unwrap_or(""))
        .bind(changed_since.map_or(i64::MIN, |t| t.unix_millis()))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(object_row).collect()
    }

    async fn etsi_objects_of(&self, endpoint_id: i64, request_id: &str) -> Result<Vec<EtsiObject>> {
        let columns = object_columns();
        let rows = sqlx::query(&format!(
            "SELECT {columns} FROM etsi_objects o JOIN requests r ON r.id = o.request_id \
             WHERE o.endpoint_id = $1 AND r.public_id = $2 ORDER BY o.created_at, o.object_id"
        ))
        .bind(endpoint_id)
        .bind(request_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(object_row).collect()
    }

    async fn open_etsi_order(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        opening: &EtsiOpening<'_>,
        ctx: &Ctx,
    ) -> Result<Opened> {
        let mut tx = self.begin().await?;
        for o in opening.objects {
            let columns = object_columns();
            let row = sqlx::query(&format!(
                "SELECT {columns} FROM etsi_objects o JOIN requests r ON r.id = o.request_id WHERE o.endpoint_id = $1 AND o.object_id = $2"
            ))
            .bind(opening.endpoint_id)
            .bind(&o.object_id)
            .fetch_optional(tx.conn())
            .await?;
            if let Some(row) = row {
                return Ok(Opened::AlreadyCreated(object_row(&row)?));
            }
        }
        let authorisation = opening
            .objects
            .first()
            .ok_or_else(|| StoreError::Corrupt("an order without objects".into()))?;
        let taken: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM etsi_orders WHERE authorisation_id = $1")
                .bind(&authorisation.object_id)
                .fetch_one(tx.conn())
                .await?;
        if taken > 0 {
            return Ok(Opened::AuthorisationTaken(authorisation.object_id.clone()));
        }
        let public_id = self.insert_draft(&mut tx, owner, kind, draft, ctx).await?;
        let row_id = request_row_id(&mut tx.conn(), &public_id).await?;
        sqlx::query(
            "INSERT INTO etsi_transactions (endpoint_id, transaction_id, message_sha256, content_type, response, created_at) VALUES ($1, $2, $3, $4, '', $5)",
        )
        .bind(opening.endpoint_id)
        .bind(opening.transaction_id)
        .bind(opening.message_sha256)
        .bind(opening.content_type)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        sqlx::query(
            "INSERT INTO etsi_orders (request_id, endpoint_id, authorisation_id) VALUES ($1, $2, $3)",
        )
        .bind(row_id)
        .bind(opening.endpoint_id)
        .bind(&authorisation.object_id)
        .execute(tx.conn())
        .await?;
        insert_objects(
            &mut tx.conn(),
            opening.endpoint_id,
            row_id,
            opening.objects,
            ctx.at,
        )
        .await?;
        let record = self.commit_and_read(tx, owner.id, &public_id).await?;
        Ok(Opened::Draft(Box::new(record)))
    }

    async fn add_etsi_objects(
        &self,
        endpoint_id: i64,
        request_id: &str,
        objects: &[NewEtsiObject],
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let row_id = request_row_id(&mut tx.conn(), request_id).await?;
        insert_objects(&mut tx.conn(), endpoint_id, row_id, objects, ctx.at).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn finish_etsi_message(
        &self,
        endpoint_id: i64,
        transaction_id: &str,
        answer: &EtsiAnswer,
        updated: &[(String, i64)],
        audit: AuditEvent,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let completed = sqlx::query(
            "UPDATE etsi_transactions SET response = $1, content_type = $2 WHERE endpoint_id = $3 AND transaction_id = $4 AND response = '' AND message_sha256 = $5",
        )
        .bind(&answer.response)
        .bind(&answer.content_type)
        .bind(endpoint_id)
        .bind(transaction_id)
        .bind(&answer.message_sha256)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if completed == 0 {
            sqlx::query(
                "INSERT INTO etsi_transactions (endpoint_id, transaction_id, message_sha256, content_type, response, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(endpoint_id)
            .bind(transaction_id)
            .bind(&answer.message_sha256)
            .bind(&answer.content_type)
            .bind(&answer.response)
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        }
        for (object_id, generation) in updated {
            sqlx::query(
                "UPDATE etsi_objects SET generation = $1, last_changed = $2 WHERE endpoint_id = $3 AND object_id = $4",
            )
            .bind(*generation)
            .bind(ctx.at.unix_millis())
            .bind(endpoint_id)
            .bind(object_id)
            .execute(tx.conn())
            .await?;
        }
        self.audit(&mut tx, audit).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn move_etsi_generation(
        &self,
        endpoint_id: i64,
        object_id: &str,
        from: i64,
        to: i64,
    ) -> Result<bool> {
        let moved = sqlx::query(
            "UPDATE etsi_objects SET generation = $1 WHERE endpoint_id = $2 AND object_id = $3 AND generation = $4",
        )
        .bind(to)
        .bind(endpoint_id)
        .bind(object_id)
        .bind(from)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(moved == 1)
    }

    async fn etsi_authorisations_named(&self, object_id: &str) -> Result<Vec<(i64, EtsiObject)>> {
        let columns = object_columns();
        let rows = sqlx::query(&format!(
            "SELECT o.endpoint_id, {columns} FROM etsi_objects o JOIN requests r ON r.id = o.request_id WHERE o.object_id = $1 AND o.object_type = 'authorisation' ORDER BY o.endpoint_id"
        ))
        .bind(object_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("endpoint_id")?, object_row(row)?)))
            .collect()
    }

    async fn set_eu_deadline(
        &self,
        request: &RequestSummary,
        asked: Timestamp,
        reason: Option<&str>,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<NewDeadline> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        let clocks = self
            .ea_hold_facts(&mut tx.conn(), request.row_id)
            .await?
            .ok_or(StoreError::NotFound)?
            .clocks;
        let row = sqlx::query("SELECT due_at FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(tx.conn())
            .await?;
        let facts = DeadlineFacts {
            kind: current.kind,
            status: current.status,
            clocks,
            due: opt_ts(&row, "due_at")?,
        };
        let moved = new_deadline(facts, asked, reason, ctx.at).map_err(refused)?;
        sqlx::query("UPDATE requests SET due_at = $1, updated_at = $2 WHERE id = $3")
            .bind(moved.due.unix_millis())
            .bind(ctx.at.unix_millis())
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        let note = serde_json::to_string(&timeline::DeadlineMovedNote {
            due: moved.due.unix_millis(),
            previous: moved.previous.unix_millis(),
            earlier: moved.earlier,
            reason: moved.reason.clone(),
            beyond_regulation: moved
                .beyond_regulation
                .then(|| clocks.production_due().unix_millis()),
        })
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.add_event(
            &mut tx.conn(),
            NewEvent {
                request_id: request.row_id,
                actor_id: by.id,
                kind: timeline::DEADLINE_MOVED,
                status: Some(current.status),
                note: &note,
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::EuDeadlineChanged, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({
                    "due": moved.due.to_rfc3339(),
                    "previous": moved.previous.to_rfc3339(),
                    "earlier": moved.earlier,
                    "reason": moved.reason,
                    "beyond_regulation": moved.beyond_regulation,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(moved)
    }
}
