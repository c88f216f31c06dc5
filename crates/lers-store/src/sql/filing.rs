//! Filing a request in one go (the API's create with `submit: true`): the request is
//! inserted already submitted — its draft and the columns its submission freezes in
//! ONE row insert (`submitting.rs`) — placed in its region, and its submission
//! recorded, in ONE write transaction that goes on from the row and key it has just
//! written instead of reading them back. Under group commit that is one turn of the
//! writer and one signed audit checkpoint per submission. Its timeline and audit log
//! still show it created as a draft and then submitted, at the same moment.

use std::sync::LazyLock;

use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::request::{RequestChannel, RequestDraft, RequestKind, RequestStatus};
use serde_json::json;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row};

use super::request_rows::{
    json_text, FiledRequest, NewEvent, RequestRecord, RequestSummary, Submission, TimelineEntry,
    Written,
};
use super::sealed_fields::RequestCipher;
use super::submitting::{FROZEN_COLUMNS, FROZEN_COUNT};
use crate::crypto::fields::DataKey;
use crate::crypto::keys::KeyProvider;
use crate::crypto::tokens::random_id;
use crate::model::*;
use crate::sql::{event, placeholders, RequestStore, SqlStore, WriteTx};
use crate::Result;
use crate::StoreError;

/// A submitted request's row: the frozen columns first (`Frozen::bind`), then the rest.
static INSERT_FILED: LazyLock<String> = LazyLock::new(|| {
    format!(
        "INSERT INTO requests ({FROZEN_COLUMNS}, public_id, owner_id, kind, draft, created_at, \
         wrapped_key, key_version, region) VALUES ({}) RETURNING id",
        placeholders(1, FROZEN_COUNT + 8)
    )
});

/// A new request before its row is inserted: its key and sealed draft, and the draft
/// as its owner will see it (its row id is set once inserted).
struct NewRow {
    cipher: RequestCipher,
    wrapped_key: String,
    key_version: i64,
    sealed_draft: String,
    summary: RequestSummary,
}

impl NewRow {
    /// Binds the columns every new row has, in this order: `public_id, owner_id, kind,
    /// draft, created_at, wrapped_key, key_version, region`.
    fn bind<'q>(
        &'q self,
        query: Query<'q, Any, AnyArguments<'q>>,
        region: Option<&'q str>,
    ) -> Query<'q, Any, AnyArguments<'q>> {
        query
            .bind(&self.summary.id)
            .bind(self.summary.owner_id)
            .bind(self.summary.kind.as_str())
            .bind(&self.sealed_draft)
            .bind(self.summary.created_at.unix_millis())
            .bind(&self.wrapped_key)
            .bind(self.key_version)
            .bind(region)
    }

    /// The request as its owner sees it, once inserted as row `row_id`, and its key.
    fn inserted(self, row_id: i64) -> (RequestSummary, RequestCipher) {
        (
            RequestSummary {
                row_id,
                ..self.summary
            },
            self.cipher,
        )
    }
}

impl SqlStore {
    /// Creates, places and submits `owner`'s request in one transaction; returns it as
    /// its owner sees it once that transaction is durably committed, from what was
    /// written rather than read back (only the colleagues' emails are read, when it
    /// has any; an EU order, which moves on in the same transaction, is read back).
    pub(super) async fn file_in(
        &self,
        owner: &Account,
        draft: &RequestDraft,
        (region, how): (&str, &str),
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<FiledRequest> {
        let mut tx = self.begin().await?;
        let row = self.new_row(owner, submission.request.kind, draft, ctx)?;
        let frozen = self
            .freeze(&mut tx, &row.summary, &row.cipher, submission, ctx)
            .await?;
        let inserted = row
            .bind(frozen.bind(sqlx::query(&INSERT_FILED)), Some(region))
            .fetch_one(tx.conn())
            .await?;
        let (summary, cipher) = row.inserted(inserted.try_get("id")?);
        let created = self.record_draft(&mut tx, owner, &summary, ctx).await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RegionRequestPlaced, Outcome::Success)
                .subject(summary.id.clone())
                .details(json!({"region": region, "decided_by": how})),
        )
        .await?;
        let submitted = self
            .after_freezing(&mut tx, owner, &summary, &cipher, frozen, ctx)
            .await?;
        tx.commit().await?;
        if submission.request.eu_order.is_some() {
            // An EU order moves on inside the same transaction (an EPOC-PR is preserved
            // at once, an EPOC may take an earlier order's preservation over): its
            // answer is read back rather than foreseen here.
            let record = self
                .request_for(owner, &submitted.summary.id)
                .await?
                .ok_or(StoreError::NotFound)?;
            let timeline = self.timeline(&record.summary).await?;
            return Ok(FiledRequest { record, timeline });
        }
        let colleagues = if submission.colleague_ids.is_empty() {
            Vec::new()
        } else {
            self.colleague_emails(
                &mut self.point_read().await?.conn(),
                submitted.summary.row_id,
            )
            .await?
        };
        Ok(FiledRequest {
            record: RequestRecord {
                summary: submitted.summary,
                draft: draft.clone(),
                submitted: Some(submission.request.clone()),
                withdrawal_reason: None,
                owner_name: owner.name.clone(),
                owner_agency: owner.profile.agency.clone(),
                colleagues,
            },
            timeline: vec![created, submitted.entry],
        })
    }

    /// Starts a draft owned by `owner` inside `tx`, in `region` if it is already
    /// decided; returns it as its owner sees it and its key, so the transaction can go
    /// on without reading them back.
    pub(super) async fn new_draft(
        &self,
        tx: &mut WriteTx<'_>,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        region: Option<&str>,
        ctx: &Ctx,
    ) -> Result<(Written, RequestCipher)> {
        let row = self.new_row(owner, kind, draft, ctx)?;
        let insert = row.bind(
            sqlx::query(
                "INSERT INTO requests (public_id, owner_id, kind, draft, created_at, wrapped_key, key_version, region, \
                 status, title, country, emergency, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9, $10, $11, $5) \
                 RETURNING id",
            ),
            region,
        );
        let inserted = insert
            .bind(&row.summary.title)
            .bind(&row.summary.country)
            .bind(i64::from(row.summary.emergency))
            .fetch_one(tx.conn())
            .await?;
        let (summary, cipher) = row.inserted(inserted.try_get("id")?);
        let entry = self.record_draft(tx, owner, &summary, ctx).await?;
        Ok((Written { summary, entry }, cipher))
    }

    /// A new request's id, data key and sealed draft, and the draft as its owner sees
    /// it.
    fn new_row(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<NewRow> {
        let public_id = random_id("req");
        let (key, wrapped_key) = DataKey::create(self.keys().sealer.as_ref(), &public_id)?;
        let cipher = RequestCipher::with_key(public_id.clone(), key);
        let sealed_draft = cipher.seal_request("draft", &json_text(draft)?)?;
        Ok(NewRow {
            cipher,
            wrapped_key,
            key_version: i64::from(self.keys().sealer.current_version()),
            sealed_draft,
            summary: RequestSummary {
                id: public_id,
                reference: None,
                kind,
                status: RequestStatus::Draft,
                title: draft.title.trim().to_owned(),
                country: draft.country.trim().to_ascii_uppercase(),
                deadline: None,
                emergency: kind == RequestKind::Emergency,
                shared_with_me: false,
                created_at: ctx.at,
                updated_at: ctx.at,
                submitted_at: None,
                received_at: None,
                channel: RequestChannel::Portal,
                row_id: 0,
                owner_id: owner.id,
            },
        })
    }

    /// Records the creation of the draft `summary` (inserted in `tx`): its event and
    /// audit entry; returns the event as its owner sees it.
    async fn record_draft(
        &self,
        tx: &mut WriteTx<'_>,
        owner: &Account,
        summary: &RequestSummary,
        ctx: &Ctx,
    ) -> Result<TimelineEntry> {
        let created = NewEvent {
            request_id: summary.row_id,
            actor_id: owner.id,
            kind: "status",
            status: Some(RequestStatus::Draft),
            note: "",
            at: ctx.at,
        };
        let entry = created.as_seen(owner);
        self.add_event(&mut tx.conn(), created).await?;
        self.audit(
            tx,
            event(ctx, AuditAction::RequestDraftCreated, Outcome::Success)
                .subject(summary.id.clone())
                .details(json!({"kind": summary.kind.as_str()})),
        )
        .await?;
        Ok(entry)
    }
}
