//! Retention per record class: closed cases (with their documents and messages),
//! messages, sign-in history and the audit log's content are purged when their time
//! ends, unless a legal hold keeps the case. Every step is guarded by the same
//! condition that selected it, so a purge cut off half-way resumes without repeating
//! or losing anything.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use serde_json::json;

use super::audit_entry::PRUNED_LEAF_SQL;
use super::core::SqlStore;
use super::rows::{event, opt_ts, ts};
use crate::error::{Refusal, Result, StoreError};
use crate::model::Ctx;

/// A legal hold in force on a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegalHold {
    pub reason: String,
    /// Pseudonym of who placed it.
    pub placed_by: String,
    pub placed_at: Timestamp,
    pub lifted_at: Option<Timestamp>,
}

/// When a case counts as closed: its last move to `closed` or `withdrawn`.
const CLOSED_AT: &str =
    "COALESCE((SELECT MAX(e.at) FROM request_events e WHERE e.request_id = r.id \
     AND e.status IN ('closed', 'withdrawn')), r.updated_at)";
const NOT_HELD: &str =
    "NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.request_id = r.id AND h.lifted_at IS NULL)";

/// Retention purges and legal holds.
#[async_trait]
pub trait RetentionPurgeStore: Send + Sync {
    /// Places a legal hold on a submitted case (audited `retention.legal_hold_placed`).
    async fn place_legal_hold(&self, request: &str, reason: &str, ctx: &Ctx) -> Result<()>;
    /// Lifts the hold in force (audited `retention.legal_hold_lifted`).
    async fn lift_legal_hold(&self, request: &str, reason: &str, ctx: &Ctx) -> Result<()>;
    /// The hold in force on a case, if any.
    async fn legal_hold(&self, request: &str) -> Result<Option<LegalHold>>;
    /// Closed cases closed at or before `cutoff`, not held and not purged yet.
    async fn closed_cases_due(&self, cutoff: Timestamp) -> Result<Vec<i64>>;
    /// Removes a closed case's content: documents crypto-shredded (keys destroyed,
    /// blobs listed for deletion), messages, targets and sharing deleted, the row kept
    /// as a tombstone. Returns whether it was purged (false: held, or done already).
    async fn purge_closed_case(
        &self,
        request_id: i64,
        cutoff: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Deletes the messages of cases closed at or before `cutoff` (not held).
    async fn purge_messages(&self, cutoff: Timestamp, ctx: &Ctx) -> Result<u64>;
    /// Deletes failed sign-ins and sessions last seen at or before `cutoff`.
    async fn purge_sign_in_history(&self, cutoff: Timestamp, ctx: &Ctx) -> Result<u64>;
    /// Prunes the content of audit entries written before `cutoff` (never the
    /// hashes or signed heads); at most `batch` entries per call.
    async fn prune_audit(&self, cutoff: Timestamp, batch: i64, ctx: &Ctx) -> Result<u64>;
}

/// Takes the row lock of request `request_id` for the rest of the transaction, and
/// says whether its content is still there (not purged).
async fn lock_request(conn: &mut Conn<'_>, request_id: i64) -> Result<bool> {
    let locked = sqlx::query(
        "UPDATE requests SET updated_at = updated_at WHERE id = $1 AND purged_at IS NULL",
    )
    .bind(request_id)
    .execute(conn)
    .await?;
    Ok(locked.rows_affected() == 1)
}

impl SqlStore {
    async fn request_row_id(&self, conn: &mut Conn<'_>, request: &str) -> Result<i64> {
        sqlx::query_scalar("SELECT id FROM requests WHERE public_id = $1 AND status <> 'draft'")
            .bind(request)
            .fetch_optional(conn)
            .await?
            .ok_or(StoreError::NotFound)
    }

    /// Shreds the documents chosen by `filter` (over `documents d`, `$1` bound to
    /// `id`): their rows (with the wrapped keys) go, their blobs are listed.
    async fn shred_documents(
        &self,
        conn: &mut Conn<'_>,
        filter: &str,
        id: i64,
        at: Timestamp,
    ) -> Result<u64> {
        sqlx::query(&format!(
            "INSERT INTO shredded_blobs (blob_key, shredded_at) SELECT d.blob_key, $2 FROM documents d \
             WHERE {filter} ON CONFLICT DO NOTHING"
        ))
        .bind(id)
        .bind(at.unix_millis())
        .execute(&mut *conn)
        .await?;
        let done = sqlx::query(&format!(
            "DELETE FROM documents WHERE id IN (SELECT d.id FROM documents d WHERE {filter})"
        ))
        .bind(id)
        .execute(&mut *conn)
        .await?;
        Ok(done.rows_affected())
    }
}

#[async_trait]
impl RetentionPurgeStore for SqlStore {
    async fn place_legal_hold(&self, request: &str, reason: &str, ctx: &Ctx) -> Result<()> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Refusal::LegalHoldReasonMissing.into());
        }
        let mut tx = self.begin().await?;
        let id = self.request_row_id(&mut tx.conn(), request).await?;
        // Locks the row against a purge running now; a purged case has nothing to hold.
        if !lock_request(&mut tx.conn(), id).await? {
            return Err(Refusal::CasePurged.into());
        }
        let inserted = sqlx::query(
            "INSERT INTO legal_holds (request_id, reason, placed_by, placed_at) \
             SELECT $1, $2, a.id, $3 FROM accounts a WHERE a.pseudonym = $4 \
             AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.request_id = $1 AND h.lifted_at IS NULL)",
        )
        .bind(id)
        .bind(reason)
        .bind(ctx.at.unix_millis())
        .bind(&ctx.actor)
        .execute(tx.conn())
        .await?;
        if inserted.rows_affected() != 1 {
            return Err(Refusal::LegalHoldInForce.into());
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::LegalHoldPlaced, Outcome::Success)
                .subject(request.to_owned())
                .details(json!({"reason": reason})),
        )
        .await?;
        tx.commit().await
    }

    async fn lift_legal_hold(&self, request: &str, reason: &str, ctx: &Ctx) -> Result<()> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(Refusal::LegalHoldReasonMissing.into());
        }
        let mut tx = self.begin().await?;
        let id = self.request_row_id(&mut tx.conn(), request).await?;
        let lifted = sqlx::query(
            "UPDATE legal_holds SET lifted_at = $1, lift_reason = $2, \
             lifted_by = (SELECT id FROM accounts WHERE pseudonym = $3) \
             WHERE request_id = $4 AND lifted_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(reason)
        .bind(&ctx.actor)
        .bind(id)
        .execute(tx.conn())
        .await?;
        if lifted.rows_affected() != 1 {
            return Err(Refusal::NoLegalHold.into());
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::LegalHoldLifted, Outcome::Success)
                .subject(request.to_owned())
                .details(json!({"reason": reason})),
        )
        .await?;
        tx.commit().await
    }

    async fn legal_hold(&self, request: &str) -> Result<Option<LegalHold>> {
        let row = sqlx::query(
            "SELECT h.reason, a.pseudonym, h.placed_at, h.lifted_at FROM legal_holds h \
             JOIN requests r ON r.id = h.request_id JOIN accounts a ON a.id = h.placed_by \
             WHERE r.public_id = $1 AND h.lifted_at IS NULL",
        )
        .bind(request)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            use sqlx::Row;
            Ok(LegalHold {
                reason: row.try_get("reason")?,
                placed_by: row.try_get("pseudonym")?,
                placed_at: ts(&row, "placed_at")?,
                lifted_at: opt_ts(&row, "lifted_at")?,
            })
        })
        .transpose()
    }

    async fn closed_cases_due(&self, cutoff: Timestamp) -> Result<Vec<i64>> {
        Ok(sqlx::query_scalar(&format!(
            "SELECT r.id FROM requests r WHERE r.status IN ('closed', 'withdrawn') \
             AND r.purged_at IS NULL AND {CLOSED_AT} <= $1 AND {NOT_HELD} ORDER BY r.id"
        ))
        .bind(cutoff.unix_millis())
        .fetch_all(self.pool())
        .await?)
    }

    async fn purge_closed_case(
        &self,
        request_id: i64,
        cutoff: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        // The request row is locked first: a hold being placed locks it too, so on
        // PostgreSQL the check below sees any hold committed before it (SQLite
        // serialises writers anyway).
        lock_request(&mut tx.conn(), request_id).await?;
        // Still due (a hold placed since it was listed keeps it).
        let public_id: Option<String> = sqlx::query_scalar(&format!(
            "SELECT r.public_id FROM requests r WHERE r.id = $1 AND r.status IN ('closed', 'withdrawn') \
             AND r.purged_at IS NULL AND {CLOSED_AT} <= $2 AND {NOT_HELD}"
        ))
        .bind(request_id)
        .bind(cutoff.unix_millis())
        .fetch_optional(tx.conn())
        .await?;
        let Some(public_id) = public_id else {
            return Ok(false);
        };
        let documents = self
            .shred_documents(&mut tx.conn(), "d.request_id = $1", request_id, ctx.at)
            .await?;
        let mut removed = json!({"documents_shredded": documents});
        for table in ["messages", "request_targets", "request_access"] {
            let done = sqlx::query(&format!("DELETE FROM {table} WHERE request_id = $1"))
                .bind(request_id)
                .execute(tx.conn())
                .await?;
            removed[table] = json!(done.rows_affected());
        }
        sqlx::query("UPDATE request_events SET note = '' WHERE request_id = $1")
            .bind(request_id)
            .execute(tx.conn())
            .await?;
        sqlx::query(
            "UPDATE requests SET draft = '{}', submitted = NULL, title = '', withdrawal_reason = NULL, wrapped_key = NULL, key_version = NULL, \
             purged_at = $1, messages_purged_at = COALESCE(messages_purged_at, $1) WHERE id = $2",
        )
        .bind(ctx.at.unix_millis())
        .bind(request_id)
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RetentionCasePurged, Outcome::Success)
                .subject(public_id)
                .details(removed),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn purge_messages(&self, cutoff: Timestamp, ctx: &Ctx) -> Result<u64> {
        let mut tx = self.begin().await?;
        let due = format!(
            "SELECT r.id FROM requests r WHERE r.status IN ('closed', 'withdrawn') \
             AND r.messages_purged_at IS NULL AND {CLOSED_AT} <= $1 AND {NOT_HELD}"
        );
        let cases: Vec<i64> = sqlx::query_scalar(&due)
            .bind(cutoff.unix_millis())
            .fetch_all(tx.conn())
            .await?;
        let mut messages = 0;
        let mut documents = 0;
        for case in &cases {
            // Files attached to a message go with it.
            documents += self
                .shred_documents(
                    &mut tx.conn(),
                    "d.request_id = $1 AND d.message_id IS NOT NULL",
                    *case,
                    ctx.at,
                )
                .await?;
            messages += sqlx::query("DELETE FROM messages WHERE request_id = $1")
                .bind(case)
                .execute(tx.conn())
                .await?
                .rows_affected();
            sqlx::query("UPDATE requests SET messages_purged_at = $1 WHERE id = $2")
                .bind(ctx.at.unix_millis())
                .bind(case)
                .execute(tx.conn())
                .await?;
        }
        if !cases.is_empty() {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RetentionPurged, Outcome::Success)
                    .subject("messages".to_owned())
                    .details(json!({"class": "messages", "cases": cases.len(), "messages": messages, "documents_shredded": documents, "cutoff": cutoff.to_rfc3339()})),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(messages)
    }

    async fn purge_sign_in_history(&self, cutoff: Timestamp, ctx: &Ctx) -> Result<u64> {
        let mut tx = self.begin().await?;
        let failures = sqlx::query("DELETE FROM login_failures WHERE at <= $1")
            .bind(cutoff.unix_millis())
            .execute(tx.conn())
            .await?
            .rows_affected();
        let sessions = sqlx::query("DELETE FROM sessions WHERE last_seen_at <= $1")
            .bind(cutoff.unix_millis())
            .execute(tx.conn())
            .await?
            .rows_affected();
        if failures + sessions > 0 {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RetentionPurged, Outcome::Success)
                    .subject("sign_in".to_owned())
                    .details(json!({"class": "sign_in", "login_failures": failures, "sessions": sessions, "cutoff": cutoff.to_rfc3339()})),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(failures + sessions)
    }

    async fn prune_audit(&self, cutoff: Timestamp, batch: i64, ctx: &Ctx) -> Result<u64> {
        let mut tx = self.begin().await?;
        // Exactly the update the table's guard lets through: content out, hashes kept.
        let pruned = sqlx::query(&format!(
            "UPDATE audit_log SET leaf = {PRUNED_LEAF_SQL}, pruned_at = $1 \
             WHERE idx IN (SELECT idx FROM audit_log WHERE at < $2 AND pruned_at IS NULL ORDER BY idx LIMIT $3)",
        ))
        .bind(ctx.at.unix_millis())
        .bind(cutoff.unix_millis())
        .bind(batch)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if pruned > 0 {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RetentionPurged, Outcome::Success)
                    .subject("audit".to_owned())
                    .details(json!({"class": "audit", "entries_pruned": pruned, "cutoff": cutoff.to_rfc3339()})),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(pruned)
    }
}
