//! What LERS holds about one person, read for "My data" and its export: the requests
//! they filed or were given access to, the messages on them they can see (and any
//! message they wrote), their open sessions and the audit entries that name them
//! (as actor or subject, by pseudonym). Only rows about them: never another person's
//! profile, token or session.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::clock::Timestamp;
use serde::Serialize;
use sqlx::Row;

use super::audit::audit_record_from_row;
use super::core::SqlStore;
use super::rows::{opt_ts, ts};
use super::sealed_fields::RequestCipher;
use crate::error::Result;
use crate::model::{Account, Page};
use crate::sql::AuditRecord;

/// A request the person filed (`owner`) or a colleague gave them access to.
#[derive(Clone, Debug, Serialize)]
pub struct HeldRequest {
    pub id: String,
    pub reference: Option<String>,
    pub kind: String,
    pub status: String,
    pub title: String,
    pub created_at: Timestamp,
    pub submitted_at: Option<Timestamp>,
    /// `owner` or `colleague`.
    pub relation: String,
    /// The request as filed (JSON), for the owner only.
    pub content: Option<serde_json::Value>,
}

/// A message the person can see on their requests, or one they wrote.
#[derive(Clone, Debug, Serialize)]
pub struct HeldMessage {
    pub request: String,
    pub reference: Option<String>,
    pub at: Timestamp,
    pub from_you: bool,
    pub body: String,
}

/// An open session (never its token).
#[derive(Clone, Debug, Serialize)]
pub struct HeldSession {
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
    pub second_factor_at: Option<Timestamp>,
    pub ip: Option<String>,
}

/// The audit actions that make up the sign-in history.
pub const SIGN_IN_ACTIONS: &[&str] = &[
    "login.succeeded",
    "login.failed",
    "login.throttled",
    "session.logged_out",
];

/// What is held about one person.
#[async_trait]
pub trait MyDataStore: Send + Sync {
    async fn held_requests(&self, account: &Account) -> Result<Vec<HeldRequest>>;
    async fn held_messages(&self, account: &Account) -> Result<Vec<HeldMessage>>;
    async fn held_sessions(&self, account: &Account) -> Result<Vec<HeldSession>>;
    /// Audit entries naming `pseudonym` as actor or subject, newest first; only the
    /// sign-in actions when `sign_ins`.
    async fn audit_naming(
        &self,
        pseudonym: &str,
        sign_ins: bool,
        limit: i64,
        offset: i64,
    ) -> Result<Page<AuditRecord>>;
}

#[async_trait]
impl MyDataStore for SqlStore {
    async fn held_requests(&self, account: &Account) -> Result<Vec<HeldRequest>> {
        let mut conn = self.pool().acquire().await?;
        let rows = sqlx::query(
            "SELECT id, public_id, reference, kind, status, title, created_at, submitted_at, owner_id, \
             submitted, draft, wrapped_key FROM requests \
             WHERE owner_id = $1 OR id IN (SELECT request_id FROM request_access WHERE account_id = $1) \
             ORDER BY id",
        )
        .bind(account.id)
        .fetch_all(&mut *conn)
        .await?;
        rows.iter()
            .map(|row| {
                let owner = row.try_get::<i64, _>("owner_id")? == account.id;
                // The content is sealed under the request's data key (case data at rest).
                let cipher = RequestCipher::new(
                    self.keys().sealer.as_ref(),
                    row.try_get("public_id")?,
                    row.try_get::<Option<String>, _>("wrapped_key")?.as_deref(),
                )?;
                let content = match row.try_get::<Option<String>, _>("submitted")? {
                    Some(sealed) => cipher.open_request("submitted", sealed)?,
                    None => cipher.open_request("draft", row.try_get("draft")?)?,
                };
                Ok(HeldRequest {
                    id: row.try_get("public_id")?,
                    reference: row.try_get("reference")?,
                    kind: row.try_get("kind")?,
                    status: row.try_get("status")?,
                    title: row.try_get("title")?,
                    created_at: ts(row, "created_at")?,
                    submitted_at: opt_ts(row, "submitted_at")?,
                    relation: if owner { "owner" } else { "colleague" }.into(),
                    content: owner.then(|| {
                        serde_json::from_str(&content).unwrap_or(serde_json::Value::String(content))
                    }),
                })
            })
            .collect()
    }

    async fn held_messages(&self, account: &Account) -> Result<Vec<HeldMessage>> {
        let mut conn = self.pool().acquire().await?;
        let rows = sqlx::query(
            "SELECT m.id, m.request_id, r.public_id, r.reference, m.created_at, m.author_id, m.body FROM messages m \
             JOIN requests r ON r.id = m.request_id \
             WHERE m.author_id = $1 OR (m.internal = 0 AND (r.owner_id = $1 OR r.id IN \
             (SELECT request_id FROM request_access WHERE account_id = $1))) \
             ORDER BY m.id",
        )
        .bind(account.id)
        .fetch_all(&mut *conn)
        .await?;
        let bodies = self
            .open_message_bodies(&mut Conn::from(&mut conn), &rows)
            .await?;
        rows.iter()
            .zip(bodies)
            .map(|(row, body)| {
                Ok(HeldMessage {
                    request: row.try_get("public_id")?,
                    reference: row.try_get("reference")?,
                    at: ts(row, "created_at")?,
                    from_you: row.try_get::<i64, _>("author_id")? == account.id,
                    body,
                })
            })
            .collect()
    }

    async fn held_sessions(&self, account: &Account) -> Result<Vec<HeldSession>> {
        let rows = sqlx::query(
            "SELECT created_at, last_seen_at, mfa_at, ip FROM sessions WHERE account_id = $1 \
             ORDER BY created_at DESC",
        )
        .bind(account.id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(HeldSession {
                    created_at: ts(row, "created_at")?,
                    last_seen_at: ts(row, "last_seen_at")?,
                    second_factor_at: opt_ts(row, "mfa_at")?,
                    ip: row.try_get("ip")?,
                })
            })
            .collect()
    }

    async fn audit_naming(
        &self,
        pseudonym: &str,
        sign_ins: bool,
        limit: i64,
        offset: i64,
    ) -> Result<Page<AuditRecord>> {
        let only = if sign_ins {
            format!(
                " AND action IN ({})",
                SIGN_IN_ACTIONS
                    .iter()
                    .map(|a| format!("'{a}'"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else {
            String::new()
        };
        let filter = format!("WHERE (actor = $1 OR subject = $1){only}");
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM audit_log {filter}"))
            .bind(pseudonym)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT idx, at, actor, action, subject, ip, outcome, details FROM audit_log {filter} \
             ORDER BY idx DESC LIMIT $2 OFFSET $3"
        ))
        .bind(pseudonym)
        .bind(limit)
        .bind(offset)
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
}
