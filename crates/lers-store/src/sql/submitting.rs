//! Submitting a request inside a write transaction: numbering it and the columns that
//! freeze it ([`Frozen`]: UPDATEd into an existing draft here, or INSERTed with a new
//! one in `filing.rs`), then what follows in the same transaction — its targets,
//! colleagues and receipts, its event, an EU order's preservation, an emergency's
//! on-call page, and the audit entry.

use std::sync::LazyLock;

use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::jobs::{JobKind, OncallPageJob};
use lers_domain::request::receipt::Receipt;
use lers_domain::request::{
    reference, DataCategory, OrderTerm, RequestEvent, RequestKind, RequestStatus,
};
use serde_json::json;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::Any;

use super::request_rows::{json_text, NewEvent, RequestSummary, Submission, Written};
use super::sealed_fields::RequestCipher;
use crate::error::{Changed, Refusal, StoreError};
use crate::model::*;
use crate::sql::{event, placeholders, SqlStore, WriteTx};
use crate::Result;

/// The columns a submission freezes, in the order [`Frozen::bind`] binds them.
pub(super) const FROZEN_COLUMNS: &str = "reference, submitted, title, country, deadline, \
     submitted_at, updated_at, due_at, instrument, target_count, delay_order, asks_content, \
     received_at, channel, emergency, status";

/// How many values [`Frozen::bind`] binds: the statements number theirs after these.
pub(super) const FROZEN_COUNT: usize = 16;

/// The status moves in the same statement that freezes the request, guarded by the
/// old one like every status change (`change_status`).
static FREEZE_DRAFT: LazyLock<String> = LazyLock::new(|| {
    format!(
        "UPDATE requests SET ({FROZEN_COLUMNS}) = ({}) WHERE id = ${} AND status = ${}",
        placeholders(1, FROZEN_COUNT),
        FROZEN_COUNT + 1,
        FROZEN_COUNT + 2
    )
});

/// What freezes a submitted request: its number and sealed content, and the columns
/// read from them.
pub(super) struct Frozen<'a> {
    submission: &'a Submission<'a>,
    pub(super) reference: String,
    sealed: String,
    pub(super) status: RequestStatus,
    /// An emergency EPOC sorts with the emergencies (section B of its certificate).
    pub(super) emergency: bool,
    at: i64,
}

impl Frozen<'_> {
    /// Binds the frozen columns, [`FROZEN_COLUMNS`] in order, as `$1`–`$16`.
    pub(super) fn bind<'q>(
        &'q self,
        query: Query<'q, Any, AnyArguments<'q>>,
    ) -> Query<'q, Any, AnyArguments<'q>> {
        let request = self.submission.request;
        query
            .bind(&self.reference)
            .bind(&self.sealed)
            .bind(&request.title)
            .bind(&request.country)
            .bind(&request.deadline)
            .bind(self.at)
            .bind(self.at)
            .bind(self.submission.due_at.unix_millis())
            .bind(request.instrument.map(|i| i.as_str()))
            .bind(i64::try_from(request.targets.len()).unwrap_or(i64::MAX))
            .bind(i64::from(request.delay_of_notice != OrderTerm::None))
            .bind(i64::from(
                request.data_categories.contains(&DataCategory::Content),
            ))
            .bind(self.submission.received_at.unix_millis())
            .bind(self.submission.channel.as_str())
            .bind(i64::from(self.emergency))
            .bind(self.status.as_str())
    }
}

impl SqlStore {
    /// Numbers the submission of the draft `summary` (one statement creates or
    /// advances the year's counter) and seals what it freezes.
    pub(super) async fn freeze<'a>(
        &self,
        tx: &mut WriteTx<'_>,
        summary: &RequestSummary,
        cipher: &RequestCipher,
        submission: &'a Submission<'a>,
        ctx: &Ctx,
    ) -> Result<Frozen<'a>> {
        let status = summary
            .status
            .apply(RequestEvent::Submit)
            .map_err(Refusal::from)?;
        let number: i64 = sqlx::query_scalar(
            "INSERT INTO reference_counters (year, last) VALUES ($1, 1) \
             ON CONFLICT (year) DO UPDATE SET last = reference_counters.last + 1 RETURNING last",
        )
        .bind(i64::from(submission.year))
        .fetch_one(tx.conn())
        .await?;
        let request = submission.request;
        Ok(Frozen {
            submission,
            reference: reference(submission.year, number),
            sealed: cipher.seal_request("submitted", &json_text(request)?)?,
            status,
            emergency: request.kind == RequestKind::Emergency
                || request.eu_order.as_ref().is_some_and(|o| o.emergency),
            at: ctx.at.unix_millis(),
        })
    }

    /// [`Self::submit_in`] for a draft whose row and key the caller holds (it has just
    /// read them in `tx`); returns it as its owner now sees it.
    pub(super) async fn submit_known(
        &self,
        tx: &mut WriteTx<'_>,
        owner: &Account,
        summary: &RequestSummary,
        cipher: &RequestCipher,
        submission: &Submission<'_>,
        ctx: &Ctx,
    ) -> Result<Written> {
        let frozen = self.freeze(tx, summary, cipher, submission, ctx).await?;
        let updated = frozen
            .bind(sqlx::query(&FREEZE_DRAFT))
            .bind(summary.row_id)
            .bind(summary.status.as_str())
            .execute(tx.conn())
            .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::ChangedMeanwhile(Changed::Request));
        }
        self.after_freezing(tx, owner, summary, cipher, frozen, ctx)
            .await
    }

    /// What follows the frozen row in the submitting transaction: its targets, its
    /// colleagues' access and their receipts, its event, an EU order's preservation,
    /// an emergency's page and the audit entry; returns the request as its owner now
    /// sees it.
    pub(super) async fn after_freezing(
        &self,
        tx: &mut WriteTx<'_>,
        owner: &Account,
        summary: &RequestSummary,
        cipher: &RequestCipher,
        frozen: Frozen<'_>,
        ctx: &Ctx,
    ) -> Result<Written> {
        let Submission {
            request,
            colleague_ids,
            received_at,
            channel,
            ..
        } = *frozen.submission;
        // All targets in one statement, all colleagues in another.
        if !request.targets.is_empty() {
            let rows = self.dialect().value_rows(request.targets.len(), 4);
            let sql = format!("INSERT INTO request_targets (request_id, target_type, normalized, value) VALUES {rows}");
            let mut insert = sqlx::query(&sql);
            for target in &request.targets {
                let (hash, value) = self.target_row(
                    cipher,
                    target.kind.as_str(),
                    &target.value,
                    &target.normalized,
                )?;
                insert = insert
                    .bind(summary.row_id)
                    .bind(target.kind.as_str())
                    .bind(hash)
                    .bind(value);
            }
            insert.execute(tx.conn()).await?;
        }
        if !colleague_ids.is_empty() {
            let rows = self.dialect().value_rows(colleague_ids.len(), 3);
            let sql = format!(
                "INSERT INTO request_access (request_id, account_id, granted_at) VALUES {rows}"
            );
            let mut insert = sqlx::query(&sql);
            for colleague in colleague_ids {
                insert = insert
                    .bind(summary.row_id)
                    .bind(colleague)
                    .bind(ctx.at.unix_millis());
            }
            insert.execute(tx.conn()).await?;
        }
        if channel.receipt(frozen.emergency) == Receipt::Gathered {
            let mut people: Vec<i64> = std::iter::once(owner.id)
                .chain(colleague_ids.iter().copied())
                .collect();
            people.sort_unstable();
            people.dedup();
            self.gather_receipts(&mut tx.conn(), summary.row_id, &people)
                .await?;
        }
        let submitted = NewEvent {
            request_id: summary.row_id,
            actor_id: owner.id,
            kind: "status",
            status: Some(frozen.status),
            note: &frozen.reference,
            at: ctx.at,
        };
        let entry = submitted.as_seen(owner);
        self.add_event(&mut tx.conn(), submitted).await?;
        // An EU order preserves from receipt (Art 10(1), 11(1)).
        self.start_eu_preservation(tx, summary.row_id, request, received_at, ctx)
            .await?;
        // An emergency (or emergency EPOC) pages the person on call in the runner's
        // next pass (`services::alerts`).
        if frozen.emergency {
            let page = JobKind::OncallPage(OncallPageJob {
                request: summary.row_id,
                tier: 1,
            });
            self.insert_job(&mut tx.conn(), &page, ctx.at, ctx.at)
                .await?;
        }
        self.audit(
            tx,
            event(ctx, AuditAction::RequestSubmitted, Outcome::Success)
                .subject(frozen.reference.clone())
                .details(json!({
                    "request": summary.id,
                    "kind": request.kind.as_str(),
                    "country": request.country,
                    "targets": request.targets.len(),
                    "colleagues": colleague_ids.len(),
                })),
        )
        .await?;
        Ok(Written {
            summary: RequestSummary {
                reference: Some(frozen.reference),
                status: frozen.status,
                title: request.title.clone(),
                country: request.country.clone(),
                deadline: request.deadline.clone(),
                emergency: frozen.emergency,
                updated_at: ctx.at,
                submitted_at: Some(ctx.at),
                received_at: Some(received_at),
                channel,
                ..summary.clone()
            },
            entry,
        })
    }
}
