//! Storage of legal requests, their timeline, messages, documents, and requesters'
//! API tokens. Every read takes the viewer's account id and finds only requests the
//! viewer owns or was given access to, so an id from another agency is simply "not
//! found" — there is no separate permission check to forget.

use async_trait::async_trait;
use lers_domain::account::AccountKind;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::request::access;
use lers_domain::request::{
    reference, Author, RequestDraft, RequestEvent, RequestKind, RequestStatus, SubmittedRequest,
};
use rand::RngCore;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::model::*;
use crate::sql::{contains_pattern, event, opt_ts, ts, SqlStore, WriteTx};
use crate::{Result, StoreError};

#[async_trait]
pub trait RequestStore: Send + Sync {
    /// Starts a draft owned by `owner`.
    async fn create_request(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord>;
    /// Replaces the content of a draft (owner only; submitted requests are frozen).
    async fn update_draft(
        &self,
        owner: &Account,
        id: &str,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord>;
    /// Submits a checked draft: assigns its reference, records its targets and
    /// colleagues, and freezes it.
    async fn submit_request(
        &self,
        owner: &Account,
        id: &str,
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<RequestRecord>;
    async fn withdraw_request(
        &self,
        owner: &Account,
        id: &str,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<RequestRecord>;
    /// The request if `viewer` may see it.
    async fn request_for(&self, viewer: &Account, id: &str) -> Result<Option<RequestRecord>>;
    /// The viewer's own submitted request with this reference.
    async fn own_request_by_reference(
        &self,
        owner: &Account,
        reference: &str,
    ) -> Result<Option<RequestSummary>>;
    async fn list_requests(
        &self,
        viewer: &Account,
        query: &RequestQuery,
    ) -> Result<Page<RequestSummary>>;
    async fn timeline(&self, request: &RequestSummary) -> Result<Vec<TimelineEntry>>;
    /// People to alert about a request: its owner and colleagues.
    async fn request_watchers(&self, request: &RequestSummary) -> Result<Vec<Account>>;
    /// Requesters of the owner's agency (same email domain), by email, for sharing.
    async fn colleagues_by_email(&self, owner: &Account, emails: &[String])
        -> Result<Vec<Account>>;
    /// Every request (any agency) naming this normalised target.
    async fn requests_naming(
        &self,
        target_type: &str,
        normalized: &str,
    ) -> Result<Vec<RequestSummary>>;

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

    async fn create_api_token(
        &self,
        owner: &Account,
        name: &str,
        scopes: &[TokenScope],
        token_hash: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<ApiTokenRecord>;
    async fn api_tokens(&self, owner: &Account) -> Result<Vec<ApiTokenRecord>>;
    async fn revoke_api_token(&self, owner: &Account, id: &str, ctx: &Ctx) -> Result<()>;
    /// The account and scopes behind a live token, marking it used (at most once a
    /// minute); expired tokens are told apart from unknown ones and not marked.
    async fn api_token_account(&self, token_hash: &str, at: Timestamp) -> Result<TokenLookup>;
    /// Records a fresh TOTP confirmation in a session (step-up).
    async fn record_step_up(
        &self,
        account: &Account,
        session_hash: &str,
        totp_step: i64,
        ctx: &Ctx,
    ) -> Result<()>;
}

/// What submission records besides the request itself.
#[derive(Clone, Copy, Debug)]
pub struct Submission<'a> {
    pub request: &'a SubmittedRequest,
    pub colleague_ids: &'a [i64],
    /// Year of the reference.
    pub year: i32,
    /// When the provider must have acted (service-level clock).
    pub due_at: Timestamp,
}

pub(crate) const SUMMARY_COLUMNS: &str = "r.id, r.public_id, r.owner_id, r.kind, r.status, r.reference, r.title, r.country, r.deadline, \
     r.emergency, r.created_at, r.updated_at, r.submitted_at";
/// Requests the viewer (`$1`) owns or was given access to.
const VISIBLE_TO: &str =
    "(r.owner_id = $1 OR EXISTS (SELECT 1 FROM request_access ra WHERE ra.request_id = r.id AND ra.account_id = $1))";

/// A line for a request's timeline.
pub(crate) struct NewEvent<'a> {
    pub(crate) request_id: i64,
    pub(crate) actor_id: i64,
    pub(crate) kind: &'a str,
    pub(crate) status: Option<RequestStatus>,
    pub(crate) note: &'a str,
    pub(crate) at: Timestamp,
}

pub(crate) fn random_id(prefix: &str) -> String {
    let mut bytes = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{prefix}_{}", hex::encode(bytes))
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_owned())
}

pub(crate) fn summary_from_row(row: &AnyRow, viewer_id: i64) -> Result<RequestSummary> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let owner_id: i64 = row.try_get("owner_id")?;
    Ok(RequestSummary {
        row_id: row.try_get("id")?,
        id: row.try_get("public_id")?,
        owner_id,
        kind: RequestKind::parse(&kind).ok_or_else(|| corrupt("request kind"))?,
        status: RequestStatus::parse(&status).ok_or_else(|| corrupt("request status"))?,
        reference: row.try_get("reference")?,
        title: row.try_get("title")?,
        country: row.try_get("country")?,
        deadline: row.try_get("deadline")?,
        emergency: row.try_get::<i64, _>("emergency")? != 0,
        shared_with_me: owner_id != viewer_id,
        created_at: ts(row, "created_at")?,
        updated_at: ts(row, "updated_at")?,
        submitted_at: opt_ts(row, "submitted_at")?,
    })
}

fn json_text<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn document_from_row(row: &AnyRow) -> Result<DocumentRecord> {
    Ok(DocumentRecord {
        id: row.try_get("public_id")?,
        file_name: row.try_get("file_name")?,
        content_type: row.try_get("content_type")?,
        size: row.try_get("size")?,
        sha256: row.try_get("sha256")?,
        created_at: ts(row, "created_at")?,
        message_id: row.try_get("message_id")?,
        blob_key: row.try_get("blob_key")?,
        wrapped_key: row.try_get("wrapped_key")?,
        key_version: row.try_get("key_version")?,
    })
}

fn token_from_row(row: &AnyRow) -> Result<ApiTokenRecord> {
    let scopes: String = row.try_get("scopes")?;
    Ok(ApiTokenRecord {
        id: row.try_get("public_id")?,
        name: row.try_get("name")?,
        scopes: scopes.split(',').filter_map(TokenScope::parse).collect(),
        created_at: ts(row, "created_at")?,
        last_used_at: opt_ts(row, "last_used_at")?,
        revoked_at: opt_ts(row, "revoked_at")?,
        expires_at: ts(row, "expires_at")?,
    })
}

impl SqlStore {
    async fn summary_where(
        &self,
        conn: &mut AnyConnection,
        viewer_id: i64,
        id: &str,
    ) -> Result<Option<RequestSummary>> {
        let row = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r WHERE r.public_id = $2 AND {VISIBLE_TO}"
        ))
        .bind(viewer_id)
        .bind(id)
        .fetch_optional(conn)
        .await?;
        row.as_ref()
            .map(|r| summary_from_row(r, viewer_id))
            .transpose()
    }

    /// Reads the request back as its owner sees it, inside the change's transaction,
    /// then commits: the caller gets exactly what was committed.
    async fn commit_and_read(
        &self,
        mut tx: WriteTx<'_>,
        owner_id: i64,
        id: &str,
    ) -> Result<RequestRecord> {
        let record = self
            .record_in(tx.conn(), owner_id, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        tx.commit().await?;
        Ok(record)
    }

    pub(crate) async fn record_in(
        &self,
        conn: &mut AnyConnection,
        viewer_id: i64,
        id: &str,
    ) -> Result<Option<RequestRecord>> {
        let Some(summary) = self.summary_where(conn, viewer_id, id).await? else {
            return Ok(None);
        };
        let row = sqlx::query(
            "SELECT r.draft, r.submitted, r.withdrawal_reason, a.name, a.agency FROM requests r \
             JOIN accounts a ON a.id = r.owner_id WHERE r.id = $1",
        )
        .bind(summary.row_id)
        .fetch_one(&mut *conn)
        .await?;
        let draft: String = row.try_get("draft")?;
        let submitted: Option<String> = row.try_get("submitted")?;
        let colleagues: Vec<String> = sqlx::query_scalar(
            "SELECT a.email FROM request_access ra JOIN accounts a ON a.id = ra.account_id WHERE ra.request_id = $1 ORDER BY a.email",
        )
        .bind(summary.row_id)
        .fetch_all(&mut *conn)
        .await?;
        Ok(Some(RequestRecord {
            draft: serde_json::from_str(&draft)
                .map_err(|e| StoreError::Corrupt(format!("draft: {e}")))?,
            submitted: submitted
                .map(|s| serde_json::from_str(&s))
                .transpose()
                .map_err(|e| StoreError::Corrupt(format!("submitted request: {e}")))?,
            withdrawal_reason: row.try_get("withdrawal_reason")?,
            owner_name: row.try_get("name")?,
            owner_agency: row.try_get("agency")?,
            colleagues,
            summary,
        }))
    }

    async fn owned_for_change(
        &self,
        conn: &mut AnyConnection,
        owner: &Account,
        id: &str,
    ) -> Result<RequestSummary> {
        // Colleagues may read but not change; to everyone else it does not exist.
        let summary = self
            .summary_where(conn, owner.id, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        access::may_change(summary.owner_id, owner.id).map_err(refused)?;
        Ok(summary)
    }

    pub(crate) async fn add_event(
        &self,
        conn: &mut AnyConnection,
        entry: NewEvent<'_>,
    ) -> Result<()> {
        sqlx::query("INSERT INTO request_events (request_id, at, actor_id, kind, status, note) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(entry.request_id)
            .bind(entry.at.unix_millis())
            .bind(entry.actor_id)
            .bind(entry.kind)
            .bind(entry.status.map(RequestStatus::as_str))
            .bind(entry.note)
            .execute(conn)
            .await?;
        Ok(())
    }

    pub(crate) async fn change_status(
        &self,
        conn: &mut AnyConnection,
        summary: &RequestSummary,
        event_kind: RequestEvent,
        at: Timestamp,
    ) -> Result<RequestStatus> {
        let next = summary
            .status
            .apply(event_kind)
            .map_err(|e| StoreError::Conflict(e.to_string()))?;
        // The guard on the old status makes two racing changes impossible.
        let done = sqlx::query(
            "UPDATE requests SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
        )
        .bind(next.as_str())
        .bind(at.unix_millis())
        .bind(summary.row_id)
        .bind(summary.status.as_str())
        .execute(conn)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict(
                "the request changed meanwhile; reload and try again".into(),
            ));
        }
        Ok(next)
    }
}

#[async_trait]
impl RequestStore for SqlStore {
    async fn create_request(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord> {
        let mut tx = self.begin().await?;
        let public_id = random_id("req");
        let row_id: i64 = sqlx::query_scalar(
            "INSERT INTO requests (public_id, owner_id, kind, status, title, country, emergency, draft, created_at, updated_at) \
             VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(&public_id)
        .bind(owner.id)
        .bind(kind.as_str())
        .bind(draft.title.trim())
        .bind(draft.country.trim().to_ascii_uppercase())
        .bind(i64::from(kind == RequestKind::Emergency))
        .bind(json_text(draft)?)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        self.add_event(
            tx.conn(),
            NewEvent {
                request_id: row_id,
                actor_id: owner.id,
                kind: "status",
                status: Some(RequestStatus::Draft),
                note: "",
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestDraftCreated, Outcome::Success)
                .subject(public_id.clone())
                .details(json!({"kind": kind.as_str()})),
        )
        .await?;
        self.commit_and_read(tx, owner.id, &public_id).await
    }

    async fn update_draft(
        &self,
        owner: &Account,
        id: &str,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord> {
        let mut tx = self.begin().await?;
        let summary = self.owned_for_change(tx.conn(), owner, id).await?;
        access::may_edit(summary.status).map_err(refused)?;
        sqlx::query("UPDATE requests SET draft = $1, title = $2, country = $3, updated_at = $4 WHERE id = $5")
            .bind(json_text(draft)?)
            .bind(draft.title.trim())
            .bind(draft.country.trim().to_ascii_uppercase())
            .bind(ctx.at.unix_millis())
            .bind(summary.row_id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestDraftUpdated, Outcome::Success).subject(id.to_owned()),
        )
        .await?;
        self.commit_and_read(tx, owner.id, id).await
    }

    async fn submit_request(
        &self,
        owner: &Account,
        id: &str,
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<RequestRecord> {
        let Submission {
            request,
            colleague_ids,
            year,
            due_at,
        } = *submission;
        let mut tx = self.begin().await?;
        let summary = self.owned_for_change(tx.conn(), owner, id).await?;
        let status = self
            .change_status(tx.conn(), &summary, RequestEvent::Submit, ctx.at)
            .await?;
        sqlx::query("INSERT INTO reference_counters (year, last) VALUES ($1, 0) ON CONFLICT (year) DO NOTHING")
            .bind(i64::from(year))
            .execute(tx.conn())
            .await?;
        let number: i64 = sqlx::query_scalar(
            "UPDATE reference_counters SET last = last + 1 WHERE year = $1 RETURNING last",
        )
        .bind(i64::from(year))
        .fetch_one(tx.conn())
        .await?;
        let reference = reference(year, number);
        sqlx::query(
            "UPDATE requests SET reference = $1, submitted = $2, title = $3, country = $4, deadline = $5, \
             submitted_at = $6, updated_at = $6, due_at = $8, instrument = $9, target_count = $10, delay_order = $11, asks_content = $12 WHERE id = $7",
        )
        .bind(&reference)
        .bind(json_text(request)?)
        .bind(&request.title)
        .bind(&request.country)
        .bind(&request.deadline)
        .bind(ctx.at.unix_millis())
        .bind(summary.row_id)
        .bind(due_at.unix_millis())
        .bind(request.instrument.map(|i| i.as_str()))
        .bind(i64::try_from(request.targets.len()).unwrap_or(i64::MAX))
        .bind(i64::from(request.delay_of_notice != lers_domain::request::OrderTerm::None))
        .bind(i64::from(request.data_categories.contains(&lers_domain::request::DataCategory::Content)))
        .execute(tx.conn())
        .await?;
        for target in &request.targets {
            sqlx::query("INSERT INTO request_targets (request_id, target_type, normalized, value) VALUES ($1, $2, $3, $4)")
                .bind(summary.row_id)
                .bind(target.kind.as_str())
                .bind(&target.normalized)
                .bind(&target.value)
                .execute(tx.conn())
                .await?;
        }
        for colleague in colleague_ids {
            sqlx::query("INSERT INTO request_access (request_id, account_id, granted_at) VALUES ($1, $2, $3)")
                .bind(summary.row_id)
                .bind(colleague)
                .bind(ctx.at.unix_millis())
                .execute(tx.conn())
                .await?;
        }
        self.add_event(
            tx.conn(),
            NewEvent {
                request_id: summary.row_id,
                actor_id: owner.id,
                kind: "status",
                status: Some(status),
                note: &reference,
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestSubmitted, Outcome::Success)
                .subject(reference.clone())
                .details(json!({
                    "request": id,
                    "kind": request.kind.as_str(),
                    "country": request.country,
                    "targets": request.targets.len(),
                    "colleagues": colleague_ids.len(),
                })),
        )
        .await?;
        self.commit_and_read(tx, owner.id, id).await
    }

    async fn withdraw_request(
        &self,
        owner: &Account,
        id: &str,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<RequestRecord> {
        let mut tx = self.begin().await?;
        let summary = self.owned_for_change(tx.conn(), owner, id).await?;
        let status = self
            .change_status(tx.conn(), &summary, RequestEvent::Withdraw, ctx.at)
            .await?;
        sqlx::query("UPDATE requests SET withdrawal_reason = $1 WHERE id = $2")
            .bind(reason)
            .bind(summary.row_id)
            .execute(tx.conn())
            .await?;
        self.add_event(
            tx.conn(),
            NewEvent {
                request_id: summary.row_id,
                actor_id: owner.id,
                kind: "status",
                status: Some(status),
                note: reason,
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestWithdrawn, Outcome::Success)
                .subject(summary.reference.clone().unwrap_or_else(|| id.to_owned()))
                .details(json!({"request": id, "from": summary.status.as_str()})),
        )
        .await?;
        self.commit_and_read(tx, owner.id, id).await
    }

    async fn request_for(&self, viewer: &Account, id: &str) -> Result<Option<RequestRecord>> {
        let mut conn = self.pool().acquire().await?;
        self.record_in(&mut conn, viewer.id, id).await
    }

    async fn own_request_by_reference(
        &self,
        owner: &Account,
        reference: &str,
    ) -> Result<Option<RequestSummary>> {
        let row = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r WHERE r.reference = $2 AND r.owner_id = $1"
        ))
        .bind(owner.id)
        .bind(reference)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref()
            .map(|r| summary_from_row(r, owner.id))
            .transpose()
    }

    async fn list_requests(
        &self,
        viewer: &Account,
        query: &RequestQuery,
    ) -> Result<Page<RequestSummary>> {
        let status = query.status.map_or("%", RequestStatus::as_str);
        let kind = query.kind.map_or("%", RequestKind::as_str);
        let search = contains_pattern(query.search.as_deref().unwrap_or("").trim());
        let filter = format!(
            "WHERE {VISIBLE_TO} AND r.status LIKE $2 AND r.kind LIKE $3 \
             AND (LOWER(COALESCE(r.reference, '')) LIKE $4 ESCAPE '\\' OR LOWER(r.title) LIKE $4 ESCAPE '\\')"
        );
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM requests r {filter}"))
            .bind(viewer.id)
            .bind(status)
            .bind(kind)
            .bind(&search)
            .fetch_one(self.pool())
            .await?;
        let rows = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r {filter} ORDER BY r.updated_at DESC, r.id DESC LIMIT $5 OFFSET $6"
        ))
        .bind(viewer.id)
        .bind(status)
        .bind(kind)
        .bind(&search)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(self.pool())
        .await?;
        Ok(Page {
            items: rows
                .iter()
                .map(|r| summary_from_row(r, viewer.id))
                .collect::<Result<_>>()?,
            total,
        })
    }

    async fn timeline(&self, request: &RequestSummary) -> Result<Vec<TimelineEntry>> {
        let rows = sqlx::query(
            "SELECT e.at, e.kind, e.status, e.note, a.name, a.kind AS actor_kind FROM request_events e \
             LEFT JOIN accounts a ON a.id = e.actor_id WHERE e.request_id = $1 ORDER BY e.id",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                let actor_kind: Option<String> = row.try_get("actor_kind")?;
                let name: Option<String> = row.try_get("name")?;
                Ok(TimelineEntry {
                    at: ts(row, "at")?,
                    kind: row.try_get("kind")?,
                    status: row.try_get("status")?,
                    note: row.try_get("note")?,
                    actor: match actor_kind.as_deref() {
                        Some("staff") => Author::ResponseTeam,
                        _ => Author::Person(name.unwrap_or_default()),
                    },
                })
            })
            .collect()
    }

    async fn request_watchers(&self, request: &RequestSummary) -> Result<Vec<Account>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT owner_id FROM requests WHERE id = $1 UNION SELECT account_id FROM request_access WHERE request_id = $1",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        let mut watchers = Vec::new();
        for id in ids {
            if let Some(account) = crate::sql::AccountLookup::account(self, id).await? {
                watchers.push(account);
            }
        }
        Ok(watchers)
    }

    async fn colleagues_by_email(
        &self,
        owner: &Account,
        emails: &[String],
    ) -> Result<Vec<Account>> {
        let mut found = Vec::new();
        for email in emails {
            let account = crate::sql::AccountLookup::account_by_email(self, email).await?;
            access::colleague_allowed(owner, email, account.as_ref()).map_err(refused)?;
            found.extend(account);
        }
        Ok(found)
    }

    async fn requests_naming(
        &self,
        target_type: &str,
        normalized: &str,
    ) -> Result<Vec<RequestSummary>> {
        let rows = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r JOIN request_targets t ON t.request_id = r.id \
             WHERE t.target_type = $1 AND t.normalized = $2 ORDER BY r.submitted_at"
        ))
        .bind(target_type)
        .bind(normalized)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| summary_from_row(r, 0)).collect()
    }

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
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO messages (request_id, author_id, body, internal, created_at) VALUES ($1, $2, $3, 0, $4) RETURNING id",
        )
        .bind(request.row_id)
        .bind(author.id)
        .bind(body)
        .bind(ctx.at.unix_millis())
        .fetch_one(tx.conn())
        .await?;
        sqlx::query("UPDATE requests SET updated_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        self.add_event(
            tx.conn(),
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
            &mut tx,
            event(ctx, AuditAction::MessagePosted, Outcome::Success)
                .subject(request.id.clone())
                .details(json!({"message": id, "characters": body.chars().count()})),
        )
        .await?;
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
        let rows = sqlx::query(
            "SELECT m.id, m.body, m.created_at, a.name, a.kind FROM messages m JOIN accounts a ON a.id = m.author_id \
             WHERE m.request_id = $1 AND m.internal = 0 ORDER BY m.id",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        let documents = self.documents(request).await?;
        rows.iter()
            .map(|row| {
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
                    body: row.try_get("body")?,
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
             blob_key, wrapped_key, key_version, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
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
        .execute(tx.conn())
        .await?;
        sqlx::query("UPDATE requests SET updated_at = $1 WHERE id = $2")
            .bind(ctx.at.unix_millis())
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        self.add_event(
            tx.conn(),
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
        })
    }

    async fn documents(&self, request: &RequestSummary) -> Result<Vec<DocumentRecord>> {
        let rows = sqlx::query(
            "SELECT public_id, file_name, content_type, size, sha256, created_at, message_id, blob_key, wrapped_key, key_version \
             FROM documents WHERE request_id = $1 ORDER BY id",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(document_from_row).collect()
    }

    async fn create_api_token(
        &self,
        owner: &Account,
        name: &str,
        scopes: &[TokenScope],
        token_hash: &str,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<ApiTokenRecord> {
        let mut tx = self.begin().await?;
        let public_id = random_id("tok");
        let scopes_text = scopes
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",");
        sqlx::query(
            "INSERT INTO api_tokens (public_id, account_id, name, token_hash, scopes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&public_id)
        .bind(owner.id)
        .bind(name)
        .bind(token_hash)
        .bind(&scopes_text)
        .bind(ctx.at.unix_millis())
        .bind(expires_at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ApiTokenCreated, Outcome::Success)
                .subject(public_id.clone())
                .details(json!({"scopes": scopes_text, "expires_at": expires_at.to_rfc3339()})),
        )
        .await?;
        tx.commit().await?;
        Ok(ApiTokenRecord {
            id: public_id,
            name: name.to_owned(),
            scopes: scopes.to_vec(),
            created_at: ctx.at,
            last_used_at: None,
            revoked_at: None,
            expires_at,
        })
    }

    async fn api_tokens(&self, owner: &Account) -> Result<Vec<ApiTokenRecord>> {
        let rows = sqlx::query(
            "SELECT public_id, name, scopes, created_at, last_used_at, revoked_at, expires_at FROM api_tokens WHERE account_id = $1 ORDER BY id DESC",
        )
        .bind(owner.id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(token_from_row).collect()
    }

    async fn revoke_api_token(&self, owner: &Account, id: &str, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE public_id = $2 AND account_id = $3 AND revoked_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(id)
            .bind(owner.id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::NotFound);
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ApiTokenRevoked, Outcome::Success).subject(id.to_owned()),
        )
        .await?;
        tx.commit().await
    }

    async fn api_token_account(&self, token_hash: &str, at: Timestamp) -> Result<TokenLookup> {
        let Some(row) = sqlx::query("SELECT account_id, scopes, last_used_at, expires_at FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash)
            .fetch_optional(self.pool())
            .await?
        else {
            return Ok(TokenLookup::Unknown);
        };
        let expires_at = ts(&row, "expires_at")?;
        if lers_domain::powers::ApiTokenPolicy::expired(expires_at, at) {
            return Ok(TokenLookup::Expired(expires_at));
        }
        let account_id: i64 = row.try_get("account_id")?;
        let scopes: String = row.try_get("scopes")?;
        let last_used = opt_ts(&row, "last_used_at")?;
        // A minute's precision is enough and saves a write per API call; the guard
        // keeps two calls in the same minute from both writing.
        if last_used.is_none_or(|last| at.since(last).as_seconds() >= 60) {
            let mut tx = self.begin().await?;
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2 AND (last_used_at IS NULL OR last_used_at <= $3)")
                .bind(at.unix_millis())
                .bind(token_hash)
                .bind(at.unix_millis() - 60_000)
                .execute(tx.conn())
                .await?;
            tx.commit().await?;
        }
        let account = crate::sql::AccountLookup::account(self, account_id).await?;
        Ok(match account {
            Some(a) => TokenLookup::Valid(
                Box::new(a),
                scopes.split(',').filter_map(TokenScope::parse).collect(),
            ),
            None => TokenLookup::Unknown,
        })
    }

    async fn record_step_up(
        &self,
        account: &Account,
        session_hash: &str,
        totp_step: i64,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)")
            .bind(totp_step)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::TotpReused);
        }
        sqlx::query("UPDATE sessions SET mfa_at = $1 WHERE token_hash = $2 AND account_id = $3")
            .bind(ctx.at.unix_millis())
            .bind(session_hash)
            .bind(account.id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::StepUpConfirmed, Outcome::Success)
                .subject(account.pseudonym.clone()),
        )
        .await?;
        tx.commit().await
    }
}
