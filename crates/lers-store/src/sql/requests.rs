//! Storage of legal requests, their timeline, messages, documents, and requesters'
//! API tokens. Every read takes the viewer's account id and finds only requests the
//! viewer owns or was given access to, so an id from another agency is simply "not
//! found" — there is no separate permission check to forget.

use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::request::access;
use lers_domain::request::{RequestDraft, RequestEvent, RequestKind, RequestStatus};
use serde_json::json;
use sqlx::Row;

pub use super::request_rows::*;
use crate::error::{refused, StoreError};
use crate::model::*;
use crate::sql::{contains_pattern, event, placeholders, ts, SqlStore, WriteTx};
use crate::Result;

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
    /// Creates a draft, places it in a region (`placement`: the region and how it was
    /// decided) and submits it, in one transaction: the API's create with `submit`.
    async fn file_request(
        &self,
        owner: &Account,
        draft: &RequestDraft,
        placement: (&str, &str),
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<FiledRequest>;
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
    /// How many requests `viewer` sees in each status (statuses with none left out),
    /// in the order of `RequestStatus::ALL`.
    async fn request_status_counts(&self, viewer: &Account) -> Result<Vec<(RequestStatus, i64)>>;
    async fn timeline(&self, request: &RequestSummary) -> Result<Vec<TimelineEntry>>;
    /// People to alert about a request: its owner and colleagues.
    async fn request_watchers(&self, request: &RequestSummary) -> Result<Vec<Account>>;
    /// Requesters of the owner's agency (same email domain), by email, for sharing.
    async fn colleagues_by_email(&self, owner: &Account, emails: &[String])
        -> Result<Vec<Account>>;
    /// Every request (any agency) naming one of these normalised targets, in one
    /// query whatever their number: each found request with the target it names.
    async fn requests_naming(&self, targets: &[TargetKey]) -> Result<Vec<Naming>>;
}

/// A normalised target: its type (`phone`, `email`, …) and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetKey {
    pub target_type: String,
    pub normalized: String,
}

/// A request that names a target.
#[derive(Clone, Debug)]
pub struct Naming {
    pub target: TargetKey,
    pub request: RequestSummary,
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
        let public_id = self.insert_draft(&mut tx, owner, kind, draft, ctx).await?;
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
        let summary = self.owned_for_change(&mut tx.conn(), owner, id).await?;
        access::may_edit(summary.status).map_err(refused)?;
        let cipher = self.request_cipher(&mut tx.conn(), summary.row_id).await?;
        sqlx::query("UPDATE requests SET draft = $1, title = $2, country = $3, updated_at = $4 WHERE id = $5")
            .bind(cipher.seal_request("draft", &json_text(draft)?)?)
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
        let mut tx = self.begin().await?;
        self.submit_in(&mut tx, owner, id, submission, ctx).await?;
        self.commit_and_read(tx, owner.id, id).await
    }

    async fn file_request(
        &self,
        owner: &Account,
        draft: &RequestDraft,
        placement: (&str, &str),
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<FiledRequest> {
        self.file_in(owner, draft, placement, submission, ctx).await
    }

    async fn withdraw_request(
        &self,
        owner: &Account,
        id: &str,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<RequestRecord> {
        let mut tx = self.begin().await?;
        let summary = self.owned_for_change(&mut tx.conn(), owner, id).await?;
        let status = self
            .change_status(&mut tx.conn(), &summary, RequestEvent::Withdraw, ctx.at)
            .await?;
        let cipher = self.request_cipher(&mut tx.conn(), summary.row_id).await?;
        sqlx::query("UPDATE requests SET withdrawal_reason = $1 WHERE id = $2")
            .bind(cipher.seal_request("withdrawal_reason", reason)?)
            .bind(summary.row_id)
            .execute(tx.conn())
            .await?;
        self.add_event(
            &mut tx.conn(),
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
        self.record_in(&mut self.point_read().await?.conn(), viewer.id, id)
            .await
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
        .fetch_optional(self.point_read().await?.conn())
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

    async fn request_status_counts(&self, viewer: &Account) -> Result<Vec<(RequestStatus, i64)>> {
        let rows = sqlx::query(&format!(
            "SELECT r.status, COUNT(*) AS n FROM requests r WHERE {VISIBLE_TO} GROUP BY r.status"
        ))
        .bind(viewer.id)
        .fetch_all(self.pool())
        .await?;
        let mut counts = Vec::with_capacity(rows.len());
        for row in &rows {
            let status: String = row.try_get("status")?;
            let status = RequestStatus::parse(&status)
                .ok_or_else(|| StoreError::Corrupt(format!("request status {status}")))?;
            counts.push((status, row.try_get::<i64, _>("n")?));
        }
        counts.sort_by_key(|(status, _)| RequestStatus::ALL.iter().position(|s| s == status));
        Ok(counts)
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
                Ok(TimelineEntry {
                    at: ts(row, "at")?,
                    kind: row.try_get("kind")?,
                    status: row.try_get("status")?,
                    note: row.try_get("note")?,
                    actor: author(actor_kind.as_deref(), row.try_get("name")?),
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

    async fn requests_naming(&self, targets: &[TargetKey]) -> Result<Vec<Naming>> {
        if targets.is_empty() {
            return Ok(Vec::new());
        }
        // Rows hold keyed hashes of the normalised values, under whichever key
        // version made them (a rotation may be half done): every version's hash is
        // looked up. Hashes are matched with IN and types checked here: one
        // statement, and the (type, value) index still narrows it.
        let hasher = &self.keys().target_hasher;
        let wanted: Vec<(String, &TargetKey)> = targets
            .iter()
            .flat_map(|t| {
                hasher
                    .hashes(&t.target_type, &t.normalized)
                    .into_iter()
                    .map(move |hash| (hash, t))
            })
            .collect();
        let sql = format!(
            "SELECT t.target_type, t.normalized, {SUMMARY_COLUMNS} FROM requests r \
             JOIN request_targets t ON t.request_id = r.id \
             WHERE t.normalized IN ({}) ORDER BY r.submitted_at, r.id",
            placeholders(1, wanted.len())
        );
        let mut query = sqlx::query(&sql);
        for (hash, _) in &wanted {
            query = query.bind(hash);
        }
        let mut found = Vec::new();
        for row in query.fetch_all(self.pool()).await? {
            let target_type: String = row.try_get("target_type")?;
            let hash: String = row.try_get("normalized")?;
            let named = wanted
                .iter()
                .find(|(h, t)| *h == hash && t.target_type == target_type);
            if let Some((_, target)) = named {
                found.push(Naming {
                    target: (*target).clone(),
                    request: summary_from_row(&row, 0)?,
                });
            }
        }
        Ok(found)
    }
}

impl SqlStore {
    /// Starts a draft owned by `owner` inside `tx`; returns its public id.
    pub(super) async fn insert_draft(
        &self,
        tx: &mut WriteTx<'_>,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<String> {
        Ok(self
            .new_draft(tx, owner, kind, draft, None, ctx)
            .await?
            .0
            .summary
            .id)
    }

    /// Submits `owner`'s draft `id` inside `tx`: assigns its reference, records its
    /// targets and colleagues, and freezes it.
    pub(super) async fn submit_in(
        &self,
        tx: &mut WriteTx<'_>,
        owner: &Account,
        id: &str,
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<String> {
        let summary = self.owned_for_change(&mut tx.conn(), owner, id).await?;
        let cipher = self.request_cipher(&mut tx.conn(), summary.row_id).await?;
        Ok(self
            .submit_known(tx, owner, &summary, &cipher, submission, ctx)
            .await?
            .summary
            .reference
            .unwrap_or_default())
    }
}
