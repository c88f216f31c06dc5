//! Filing a request in one go (the API's create with `submit: true`): the draft is
//! inserted, placed in its region and submitted in ONE write transaction, going on
//! from the row and key it has just written instead of reading them back. Under group
//! commit that is one turn of the writer and one signed audit checkpoint per
//! submission, where create, place and submit took three of each.

use crate::sql::Conn;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::request::{RequestChannel, RequestDraft, RequestKind, RequestStatus};
use serde_json::json;

use super::request_rows::{
    json_text, FiledRequest, NewEvent, RequestRecord, RequestSummary, Submission, Written,
};
use super::sealed_fields::RequestCipher;
use crate::crypto::fields::DataKey;
use crate::crypto::keys::KeyProvider;
use crate::crypto::tokens::random_id;
use crate::model::*;
use crate::sql::{event, RequestStore, SqlStore, WriteTx};
use crate::Result;
use crate::StoreError;

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
        let (created, cipher) = self
            .new_draft(
                &mut tx,
                owner,
                submission.request.kind,
                draft,
                Some(region),
                ctx,
            )
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RegionRequestPlaced, Outcome::Success)
                .subject(created.summary.id.clone())
                .details(json!({"region": region, "decided_by": how})),
        )
        .await?;
        let submitted = self
            .submit_known(&mut tx, owner, &created.summary, &cipher, submission, ctx)
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
            let mut conn = self.pool().acquire().await?;
            self.colleague_emails(&mut Conn::from(&mut conn), submitted.summary.row_id)
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
            timeline: vec![created.entry, submitted.entry],
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
        let public_id = random_id("req");
        let (key, wrapped) = DataKey::create(self.keys().sealer.as_ref(), &public_id)?;
        let cipher = RequestCipher::with_key(public_id.clone(), key);
        let title = draft.title.trim().to_owned();
        let country = draft.country.trim().to_ascii_uppercase();
        let row_id: i64 = sqlx::query_scalar(
            "INSERT INTO requests (public_id, owner_id, kind, status, title, country, emergency, draft, created_at, updated_at, \
             wrapped_key, key_version, region) VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $8, $9, $10, $11) RETURNING id",
        )
        .bind(&public_id)
        .bind(owner.id)
        .bind(kind.as_str())
        .bind(&title)
        .bind(&country)
        .bind(i64::from(kind == RequestKind::Emergency))
        .bind(cipher.seal_request("draft", &json_text(draft)?)?)
        .bind(ctx.at.unix_millis())
        .bind(wrapped)
        .bind(i64::from(self.keys().sealer.current_version()))
        .bind(region)
        .fetch_one(tx.conn())
        .await?;
        let created = NewEvent {
            request_id: row_id,
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
                .subject(public_id.clone())
                .details(json!({"kind": kind.as_str()})),
        )
        .await?;
        let summary = RequestSummary {
            id: public_id,
            reference: None,
            kind,
            status: RequestStatus::Draft,
            title,
            country,
            deadline: None,
            emergency: kind == RequestKind::Emergency,
            shared_with_me: false,
            created_at: ctx.at,
            updated_at: ctx.at,
            submitted_at: None,
            received_at: None,
            channel: RequestChannel::Portal,
            row_id,
            owner_id: owner.id,
        };
        Ok((Written { summary, entry }, cipher))
    }
}
