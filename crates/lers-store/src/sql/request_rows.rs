//! Reading and changing requests inside a transaction, shared by every concern that
//! touches a request: the summary columns and row mapping, events, status changes.

use crate::sql::Conn;
use lers_domain::alerts::agency::AgencyEvent;
use lers_domain::clock::Timestamp;
use lers_domain::request::{
    access, Author, RequestChannel, RequestDraft, RequestEvent, RequestKind, RequestStatus,
    SubmittedRequest,
};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;

use crate::error::{refused, Changed, Refusal};
use crate::model::*;
use crate::sql::{opt_ts, ts, SqlStore, WriteTx};
use crate::{Result, StoreError};

/// One line of a request listing.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RequestSummary {
    pub id: String,
    pub reference: Option<String>,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub title: String,
    pub country: String,
    pub deadline: Option<String>,
    pub emergency: bool,
    /// The viewer sees this request because a colleague shared it.
    pub shared_with_me: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub submitted_at: Option<Timestamp>,
    /// When the provider received it (legal clocks run from here): the submission
    /// for portal and API requests, the recorded time for every other channel.
    pub received_at: Option<Timestamp>,
    pub channel: RequestChannel,
    #[serde(skip)]
    pub row_id: i64,
    #[serde(skip)]
    pub owner_id: i64,
}

/// A whole request as its owner or a colleague sees it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct RequestRecord {
    #[serde(flatten)]
    pub summary: RequestSummary,
    /// The content as last edited (drafts) or as submitted.
    pub draft: RequestDraft,
    pub submitted: Option<SubmittedRequest>,
    pub withdrawal_reason: Option<String>,
    pub owner_name: String,
    pub owner_agency: String,
    /// Emails of colleagues with access.
    pub colleagues: Vec<String>,
}

impl RequestRecord {
    pub fn is_owner(&self, account_id: i64) -> bool {
        self.summary.owner_id == account_id
    }
}

/// A request just filed, as its owner sees it: the answer to the filing, known once
/// its transaction commits (a new request has no documents or messages yet).
#[derive(Clone, Debug)]
pub struct FiledRequest {
    pub record: RequestRecord,
    pub timeline: Vec<TimelineEntry>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct TimelineEntry {
    pub at: Timestamp,
    /// `status`, `message`, `document`, `paper_reply`, `eu_form5`, `eu_form6`,
    /// `eu_ea_decision` or `eu_deadline_moved`.
    pub kind: String,
    pub status: Option<String>,
    /// Text for the kinds that carry some (a file name, a status's note); for
    /// `eu_ea_decision` and `eu_deadline_moved` the facts as a JSON object
    /// (`{"decision", "ground", "already_sent"}`;
    /// `{"due", "previous", "earlier", "reason", "beyond_regulation"}`, instants in
    /// Unix milliseconds), for clients to word themselves.
    pub note: String,
    /// Who did it, as the requester may see it: their own name, a colleague's, or
    /// the response team for staff.
    #[schema(value_type = String)]
    pub actor: Author,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct MessageRecord {
    pub id: i64,
    /// The response team for staff (to requesters); a person's name otherwise.
    #[schema(value_type = String)]
    pub author: Author,
    pub from_staff: bool,
    pub body: String,
    pub created_at: Timestamp,
    pub attachments: Vec<DocumentRecord>,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DocumentRecord {
    pub id: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub created_at: Timestamp,
    pub message_id: Option<i64>,
    #[serde(skip)]
    pub blob_key: String,
    #[serde(skip)]
    pub wrapped_key: String,
    #[serde(skip)]
    pub key_version: i64,
    /// The region whose store holds the blob, bound into its encryption (`None`: a
    /// document from before regions, in the default region).
    #[serde(skip)]
    pub region: Option<String>,
}

/// A document sealed into the vault, to be recorded.
#[derive(Clone, Debug)]
pub struct NewDocument {
    pub public_id: String,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub blob_key: String,
    pub wrapped_key: String,
    pub key_version: i64,
    pub region: String,
}

#[derive(Clone, Debug, Default)]
pub struct RequestQuery {
    pub status: Option<RequestStatus>,
    pub kind: Option<RequestKind>,
    /// Part of a reference or title.
    pub search: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ApiTokenRecord {
    pub id: String,
    pub name: String,
    pub scopes: Vec<TokenScope>,
    pub created_at: Timestamp,
    pub last_used_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    pub expires_at: Timestamp,
}

impl ApiTokenRecord {
    pub fn expired(&self, now: Timestamp) -> bool {
        lers_domain::powers::ApiTokenPolicy::expired(self.expires_at, now)
    }
}

/// What an API token in an `Authorization` header turned out to be.
#[derive(Clone, Debug)]
pub enum TokenLookup {
    /// Unknown or revoked.
    Unknown,
    Expired(Timestamp),
    Valid {
        account: Box<Account>,
        scopes: Vec<TokenScope>,
        /// When the token was first used (this call, for a new token).
        first_used: Timestamp,
    },
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
    pub received_at: Timestamp,
    pub channel: RequestChannel,
}

pub(super) const SUMMARY_COLUMNS: &str = "r.id, r.public_id, r.owner_id, r.kind, r.status, r.reference, r.title, r.country, r.deadline, \
     r.emergency, r.created_at, r.updated_at, r.submitted_at, r.received_at, r.channel";

/// Requests the viewer (`$1`) owns or was given access to.
pub(super) const VISIBLE_TO: &str =
    "(r.owner_id = $1 OR EXISTS (SELECT 1 FROM request_access ra WHERE ra.request_id = r.id AND ra.account_id = $1))";

/// A line for a request's timeline.
pub(super) struct NewEvent<'a> {
    pub(crate) request_id: i64,
    pub(crate) actor_id: i64,
    pub(crate) kind: &'a str,
    pub(crate) status: Option<RequestStatus>,
    pub(crate) note: &'a str,
    pub(crate) at: Timestamp,
}

/// A request as a write left it (as its owner sees it), and the timeline entry the
/// write added: what the caller would otherwise read back.
pub(super) struct Written {
    pub(super) summary: RequestSummary,
    pub(super) entry: TimelineEntry,
}

impl NewEvent<'_> {
    /// This entry as the timeline shows it, made by `actor`.
    pub(super) fn as_seen(&self, actor: &Account) -> TimelineEntry {
        TimelineEntry {
            at: self.at,
            kind: self.kind.to_owned(),
            status: self.status.map(|s| s.as_str().to_owned()),
            note: self.note.to_owned(),
            actor: author(Some(actor.kind.as_str()), Some(actor.name.clone())),
        }
    }
}

/// Who made a timeline entry, as requesters may see it: staff are the response team.
pub(super) fn author(actor_kind: Option<&str>, name: Option<String>) -> Author {
    match actor_kind {
        Some("staff") => Author::ResponseTeam,
        _ => Author::Person(name.unwrap_or_default()),
    }
}

pub(super) fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_owned())
}

pub(super) fn summary_from_row(row: &AnyRow, viewer_id: i64) -> Result<RequestSummary> {
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
        received_at: opt_ts(row, "received_at")?,
        channel: RequestChannel::parse(&row.try_get::<String, _>("channel")?)
            .ok_or_else(|| corrupt("request channel"))?,
    })
}

pub(super) fn json_text<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(super) fn document_from_row(row: &AnyRow) -> Result<DocumentRecord> {
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
        region: row.try_get("region")?,
    })
}

pub(super) fn token_from_row(row: &AnyRow) -> Result<ApiTokenRecord> {
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
    pub(super) async fn summary_where(
        &self,
        conn: &mut Conn<'_>,
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
    pub(super) async fn commit_and_read(
        &self,
        mut tx: WriteTx<'_>,
        owner_id: i64,
        id: &str,
    ) -> Result<RequestRecord> {
        let record = self
            .record_in(&mut tx.conn(), owner_id, id)
            .await?
            .ok_or(StoreError::NotFound)?;
        tx.commit().await?;
        Ok(record)
    }

    pub(super) async fn record_in(
        &self,
        conn: &mut Conn<'_>,
        viewer_id: i64,
        id: &str,
    ) -> Result<Option<RequestRecord>> {
        let Some(summary) = self.summary_where(conn, viewer_id, id).await? else {
            return Ok(None);
        };
        let row = sqlx::query(
            "SELECT r.draft, r.submitted, r.withdrawal_reason, r.wrapped_key, a.name, a.agency FROM requests r \
             JOIN accounts a ON a.id = r.owner_id WHERE r.id = $1",
        )
        .bind(summary.row_id)
        .fetch_one(&mut *conn)
        .await?;
        let wrapped: Option<String> = row.try_get("wrapped_key")?;
        let cipher = super::sealed_fields::RequestCipher::new(
            self.keys().sealer.as_ref(),
            summary.id.clone(),
            wrapped.as_deref(),
        )?;
        let draft = cipher.open_request("draft", row.try_get("draft")?)?;
        let submitted: Option<String> = row
            .try_get::<Option<String>, _>("submitted")?
            .map(|s| cipher.open_request("submitted", s))
            .transpose()?;
        let withdrawal_reason: Option<String> = row
            .try_get::<Option<String>, _>("withdrawal_reason")?
            .map(|s| cipher.open_request("withdrawal_reason", s))
            .transpose()?;
        let colleagues = self.colleague_emails(conn, summary.row_id).await?;
        Ok(Some(RequestRecord {
            draft: serde_json::from_str(&draft)
                .map_err(|e| StoreError::Corrupt(format!("draft: {e}")))?,
            submitted: submitted
                .map(|s| serde_json::from_str(&s))
                .transpose()
                .map_err(|e| StoreError::Corrupt(format!("submitted request: {e}")))?,
            withdrawal_reason,
            owner_name: row.try_get("name")?,
            owner_agency: row.try_get("agency")?,
            colleagues,
            summary,
        }))
    }

    /// The emails of the colleagues a request is shared with, in order.
    pub(super) async fn colleague_emails(
        &self,
        conn: &mut Conn<'_>,
        request_row: i64,
    ) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT a.email FROM request_access ra JOIN accounts a ON a.id = ra.account_id WHERE ra.request_id = $1 ORDER BY a.email",
        )
        .bind(request_row)
        .fetch_all(&mut *conn)
        .await?)
    }

    pub(super) async fn owned_for_change(
        &self,
        conn: &mut Conn<'_>,
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

    pub(super) async fn add_event(&self, conn: &mut Conn<'_>, entry: NewEvent<'_>) -> Result<()> {
        sqlx::query("INSERT INTO request_events (request_id, at, actor_id, kind, status, note) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(entry.request_id)
            .bind(entry.at.unix_millis())
            .bind(entry.actor_id)
            .bind(entry.kind)
            .bind(entry.status.map(RequestStatus::as_str))
            .bind(entry.note)
            .execute(&mut *conn)
            .await?;
        // Every timeline entry passes here, so this is the one place the owner's
        // system hears of a status change or a message, in the same transaction.
        let (kind, status, actor) = (entry.kind, entry.status, entry.actor_id);
        // An entry that no owner hears of, whoever made it (a draft's), needs no
        // lookup of webhooks.
        let heard = |by_owner| AgencyEvent::of_timeline(kind, status, by_owner).is_some();
        if !heard(true) && !heard(false) {
            return Ok(());
        }
        self.queue_agency_event(
            conn,
            entry.request_id,
            entry.at,
            |owner| AgencyEvent::of_timeline(kind, status, owner == actor),
            None,
        )
        .await
    }

    pub(super) async fn change_status(
        &self,
        conn: &mut Conn<'_>,
        summary: &RequestSummary,
        event_kind: RequestEvent,
        at: Timestamp,
    ) -> Result<RequestStatus> {
        let next = summary.status.apply(event_kind).map_err(Refusal::from)?;
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
            return Err(StoreError::ChangedMeanwhile(Changed::Request));
        }
        Ok(next)
    }
}
