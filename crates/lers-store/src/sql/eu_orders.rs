//! EU orders' preservation (Regulation (EU) 2023/1543): started on receipt inside the
//! submission's transaction, changed by Form 5 and Form 6, ended by its expiry job or
//! by the EPOC that takes it over. The stored facts are read into
//! [`EuPreservation`], whose rules decide; nothing here keeps a timer.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::eu::{EuClocks, EuPreservation, PreservationEnd};
use lers_domain::jobs::{HoldJob, JobKind};
use lers_domain::request::{RequestEvent, RequestKind, RequestStatus, SubmittedRequest};
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::request_rows::{NewEvent, RequestSummary};
use crate::error::refused;
use crate::model::*;
use crate::sql::{event, opt_ts, placeholders, ts, SqlStore, WriteTx};
use crate::{Changed, Result, StoreError};

/// What the issuing authority sent about an EPOC-PR's preservation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EuForm {
    /// Annex VI: extend by 30 days (once).
    Extension,
    /// Annex V: a production order is coming; keep the data until it arrives.
    ProductionComing,
}

impl EuForm {
    /// The timeline event's kind.
    pub fn event_kind(self) -> &'static str {
        match self {
            Self::Extension => "eu_form6",
            Self::ProductionComing => "eu_form5",
        }
    }
}

/// An EU order's stored clock facts.
#[derive(Clone, Debug)]
pub struct EuOrderFacts {
    pub preservation: EuPreservation,
    /// Section K: an enforcing authority was notified.
    pub ea_notified: bool,
    /// The reference of the EPOC that took this EPOC-PR's preservation over.
    pub taken_over_by: Option<String>,
}

/// The stored facts of EU orders.
#[async_trait]
pub trait EuOrderStore: Send + Sync {
    /// The facts of one EU order (none for other kinds and for drafts).
    async fn eu_order_facts(&self, request: &RequestSummary) -> Result<Option<EuOrderFacts>>;
    /// The facts of several requests at once (the queue), by request row id.
    async fn eu_order_facts_of(&self, row_ids: &[i64]) -> Result<Vec<(i64, EuOrderFacts)>>;
    /// Records a Form 5 or Form 6 from `actor` (staff, or the issuing official), with
    /// a timeline event and an audit entry; reschedules the expiry jobs.
    async fn record_eu_form(
        &self,
        request: &RequestSummary,
        form: EuForm,
        actor: &Account,
        ctx: &Ctx,
    ) -> Result<EuPreservation>;
    /// Ends the preservation of request row `request_row_id` if it still expires at
    /// `expires_at` (no Form 5 or 6 moved it meanwhile).
    async fn expire_eu_preservation(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Holds the data of a preservation without a fixed end for one more lease (and
    /// schedules the next renewal), while it is in force; otherwise the lease lapses.
    async fn renew_eu_preservation_lease(&self, request_row_id: i64, now: Timestamp) -> Result<()>;
    /// The request and its requester, for the warning before a preservation ends,
    /// when it is still in force and still ends at `expires_at`.
    async fn eu_warning_target(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> Result<Option<(RequestSummary, Account)>>;
}

const FACTS: &str = "SELECT p.request_id, p.started_at, p.extended_at, p.awaiting_since, p.ended_at, p.end_reason, \
     p.ea_notified, r.kind, r.status, r.emergency, r.updated_at, t.reference AS taken_over_by \
     FROM eu_preservations p JOIN requests r ON r.id = p.request_id LEFT JOIN requests t ON t.id = p.taken_over_by";

fn facts_from_row(row: &AnyRow) -> Result<EuOrderFacts> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("EU preservation: {what}"));
    let kind =
        RequestKind::parse(&row.try_get::<String, _>("kind")?).ok_or_else(|| corrupt("kind"))?;
    let status = RequestStatus::parse(&row.try_get::<String, _>("status")?)
        .ok_or_else(|| corrupt("status"))?;
    let ended = match (
        opt_ts(row, "ended_at")?,
        row.try_get::<Option<String>, _>("end_reason")?,
    ) {
        (Some(at), Some(reason)) => Some((
            at,
            PreservationEnd::parse(&reason).ok_or_else(|| corrupt("end reason"))?,
        )),
        (None, _) => None,
        (Some(_), None) => return Err(corrupt("end without a reason")),
    };
    Ok(EuOrderFacts {
        preservation: EuPreservation {
            kind,
            clocks: EuClocks {
                received_at: ts(row, "started_at")?,
                emergency: row.try_get::<i64, _>("emergency")? != 0,
            },
            extended_at: opt_ts(row, "extended_at")?,
            awaiting_since: opt_ts(row, "awaiting_since")?,
            ended,
            // A status change sets updated_at: for a request that is over, its end.
            request_over_at: if status.is_open() {
                None
            } else {
                Some(ts(row, "updated_at")?)
            },
        },
        ea_notified: row.try_get::<i64, _>("ea_notified")? != 0,
        taken_over_by: row.try_get("taken_over_by")?,
    })
}

impl SqlStore {
    async fn facts_in(
        &self,
        conn: &mut Conn<'_>,
        request_row_id: i64,
    ) -> Result<Option<EuOrderFacts>> {
        sqlx::query(&format!("{FACTS} WHERE p.request_id = $1"))
            .bind(request_row_id)
            .fetch_optional(conn)
            .await?
            .map(|row| facts_from_row(&row))
            .transpose()
    }

    /// Warning and expiry jobs at the preservation's current end, if it has one. Jobs
    /// for an earlier end find it moved and do nothing.
    async fn schedule_eu_jobs(
        &self,
        conn: &mut Conn<'_>,
        request_row_id: i64,
        preservation: &EuPreservation,
        now: Timestamp,
    ) -> Result<()> {
        let (Some(expires_at), Some(warn_at)) =
            (preservation.expires_at(), preservation.warning_at())
        else {
            return self
                .lease_directory_hold(conn, request_row_id, preservation, now)
                .await;
        };
        let hold = HoldJob {
            request: request_row_id,
            expires_at: expires_at.unix_millis(),
        };
        self.insert_job(
            conn,
            &JobKind::EuPreservationWarning(hold.clone()),
            warn_at.max(now),
            now,
        )
        .await?;
        self.insert_job(
            conn,
            &JobKind::EuPreservationExpiry(hold),
            expires_at.max(now),
            now,
        )
        .await?;
        // The account directory keeps the targets' data until the same end.
        let summary = self.summary_by_row(conn, request_row_id).await?;
        self.queue_directory_actions(
            conn,
            &summary,
            JobKind::DirectoryHold,
            Some(expires_at),
            now,
        )
        .await
    }

    /// A preservation without a fixed end: the account directory holds the targets'
    /// data for one lease, and a renewal job holds it again before the lease runs out,
    /// for as long as the preservation is in force.
    async fn lease_directory_hold(
        &self,
        conn: &mut Conn<'_>,
        request_row_id: i64,
        preservation: &EuPreservation,
        now: Timestamp,
    ) -> Result<()> {
        let Some((until, renew_at)) = preservation.directory_lease(now) else {
            return Ok(());
        };
        let summary = self.summary_by_row(conn, request_row_id).await?;
        self.queue_directory_actions(conn, &summary, JobKind::DirectoryHold, Some(until), now)
            .await?;
        let renewal = HoldJob {
            request: request_row_id,
            expires_at: until.unix_millis(),
        };
        self.insert_job(
            conn,
            &JobKind::EuPreservationRenewal(renewal),
            renew_at,
            now,
        )
        .await
    }

    /// Art 10(1) and 11(1): an EU order preserves from receipt, without waiting for a
    /// reviewer. Called inside the submission's transaction once `request` is stored;
    /// an EPOC-PR is preserved at once, and an EPOC naming one of the same requester's
    /// EPOC-PRs (section D) takes that preservation over.
    pub(super) async fn start_eu_preservation(
        &self,
        tx: &mut WriteTx<'_>,
        request_row_id: i64,
        request: &SubmittedRequest,
        received_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<()> {
        let Some(order) = request.eu_order.as_ref() else {
            return Ok(());
        };
        sqlx::query("INSERT INTO eu_preservations (request_id, started_at, ea_notified) VALUES ($1, $2, $3)")
            .bind(request_row_id)
            .bind(received_at.unix_millis())
            .bind(i64::from(order.enforcing_authority_notified()))
            .execute(tx.conn())
            .await?;
        let summary = self.summary_by_row(&mut tx.conn(), request_row_id).await?;
        let reference = summary.reference.clone().unwrap_or_default();
        if request.kind == RequestKind::EuPreservationOrder {
            self.move_request(
                &mut tx.conn(),
                &summary,
                RequestEvent::Preserve,
                summary.owner_id,
                "",
                ctx.at,
            )
            .await?;
        }
        // The directory holds the data from receipt: until a fixed end, or by lease.
        let facts = self
            .facts_in(&mut tx.conn(), request_row_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        self.schedule_eu_jobs(&mut tx.conn(), request_row_id, &facts.preservation, ctx.at)
            .await?;
        self.audit(
            tx,
            event(ctx, AuditAction::EuPreservationStarted, Outcome::Success)
                .subject(reference.clone())
                .details(json!({"received_at": received_at.to_rfc3339()})),
        )
        .await?;
        match order.earlier_order.as_deref() {
            Some(earlier) if request.kind == RequestKind::EuProductionOrder => {
                self.take_over(tx, &summary, earlier, ctx).await
            }
            _ => Ok(()),
        }
    }

    /// The EPOC `summary` names `earlier`: if that is an EPOC-PR of the same requester
    /// still preserving, its preservation becomes the EPOC's and it is fulfilled.
    async fn take_over(
        &self,
        tx: &mut WriteTx<'_>,
        summary: &RequestSummary,
        earlier: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM requests WHERE reference = $1 AND owner_id = $2 AND kind = 'epoc_pr'",
        )
        .bind(earlier)
        .bind(summary.owner_id)
        .fetch_optional(tx.conn())
        .await?;
        let Some(found) = found else {
            return Ok(());
        };
        let Some(facts) = self.facts_in(&mut tx.conn(), found).await? else {
            return Ok(());
        };
        if !facts.preservation.in_force(ctx.at) {
            return Ok(());
        }
        sqlx::query(
            "UPDATE eu_preservations SET ended_at = $1, end_reason = $2, taken_over_by = $3 WHERE request_id = $4 AND ended_at IS NULL",
        )
        .bind(ctx.at.unix_millis())
        .bind(PreservationEnd::TakenOver.as_str())
        .bind(summary.row_id)
        .bind(found)
        .execute(tx.conn())
        .await?;
        let preserved = self.summary_by_row(&mut tx.conn(), found).await?;
        let reference = summary.reference.clone().unwrap_or_default();
        self.move_request(
            &mut tx.conn(),
            &preserved,
            RequestEvent::Fulfil,
            summary.owner_id,
            &reference,
            ctx.at,
        )
        .await?;
        self.audit(
            tx,
            event(ctx, AuditAction::EuPreservationTakenOver, Outcome::Success)
                .subject(earlier.to_owned())
                .details(json!({"by": reference})),
        )
        .await
    }
}

#[async_trait]
impl EuOrderStore for SqlStore {
    async fn eu_order_facts(&self, request: &RequestSummary) -> Result<Option<EuOrderFacts>> {
        let mut conn = self.pool().acquire().await?;
        self.facts_in(&mut Conn::from(&mut conn), request.row_id)
            .await
    }

    async fn eu_order_facts_of(&self, row_ids: &[i64]) -> Result<Vec<(i64, EuOrderFacts)>> {
        if row_ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "{FACTS} WHERE p.request_id IN ({})",
            placeholders(1, row_ids.len())
        );
        let mut query = sqlx::query(&sql);
        for id in row_ids {
            query = query.bind(*id);
        }
        query
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(|row| Ok((row.try_get::<i64, _>("request_id")?, facts_from_row(row)?)))
            .collect()
    }

    async fn record_eu_form(
        &self,
        request: &RequestSummary,
        form: EuForm,
        actor: &Account,
        ctx: &Ctx,
    ) -> Result<EuPreservation> {
        let mut tx = self.begin().await?;
        let facts = self
            .facts_in(&mut tx.conn(), request.row_id)
            .await?
            .ok_or_else(|| {
                refused(lers_domain::eu::EuPreservationRefusal::NotAPreservationOrder)
            })?;
        let mut preservation = facts.preservation;
        let changed = match form {
            EuForm::Extension => {
                preservation.extend(ctx.at).map_err(refused)?;
                preservation.extended_at = Some(ctx.at);
                sqlx::query("UPDATE eu_preservations SET extended_at = $1 WHERE request_id = $2 AND extended_at IS NULL AND awaiting_since IS NULL AND ended_at IS NULL")
            }
            EuForm::ProductionComing => {
                preservation.await_production_order(ctx.at).map_err(refused)?;
                preservation.awaiting_since = preservation.awaiting_since.or(Some(ctx.at));
                sqlx::query("UPDATE eu_preservations SET awaiting_since = COALESCE(awaiting_since, $1) WHERE request_id = $2 AND ended_at IS NULL")
            }
        }
        .bind(ctx.at.unix_millis())
        .bind(request.row_id)
        .execute(tx.conn())
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(StoreError::ChangedMeanwhile(Changed::Request));
        }
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        if form == EuForm::Extension {
            self.move_request(
                &mut tx.conn(),
                &current,
                RequestEvent::Extend,
                actor.id,
                "",
                ctx.at,
            )
            .await?;
        }
        self.add_event(
            &mut tx.conn(),
            NewEvent {
                request_id: request.row_id,
                actor_id: actor.id,
                kind: form.event_kind(),
                status: None,
                note: "",
                at: ctx.at,
            },
        )
        .await?;
        self.schedule_eu_jobs(&mut tx.conn(), request.row_id, &preservation, ctx.at)
            .await?;
        let action = match form {
            EuForm::Extension => AuditAction::EuPreservationExtended,
            EuForm::ProductionComing => AuditAction::EuProductionOrderAnnounced,
        };
        self.audit(
            &mut tx,
            event(ctx, action, Outcome::Success)
                .subject(current.reference.clone().unwrap_or_default())
                .details(json!({
                    "expires_at": preservation.expires_at().map(Timestamp::to_rfc3339),
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(preservation)
    }

    async fn renew_eu_preservation_lease(&self, request_row_id: i64, now: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        if let Some(facts) = self.facts_in(&mut tx.conn(), request_row_id).await? {
            self.lease_directory_hold(&mut tx.conn(), request_row_id, &facts.preservation, now)
                .await?;
        }
        tx.commit().await
    }

    async fn expire_eu_preservation(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let Some(facts) = self.facts_in(&mut tx.conn(), request_row_id).await? else {
            tx.commit().await?;
            return Ok(false);
        };
        let p = facts.preservation;
        let due = p.expires_at() == Some(expires_at) && expires_at <= ctx.at;
        if !due || p.ended.is_some() || p.request_over_at.is_some() {
            // Moved by a Form 5 or 6, taken over, or already expired: nothing to do.
            tx.commit().await?;
            return Ok(false);
        }
        sqlx::query("UPDATE eu_preservations SET ended_at = $1, end_reason = $2 WHERE request_id = $3 AND ended_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(PreservationEnd::Expired.as_str())
            .bind(request_row_id)
            .execute(tx.conn())
            .await?;
        let summary = self.summary_by_row(&mut tx.conn(), request_row_id).await?;
        if matches!(
            summary.status,
            RequestStatus::Preserved | RequestStatus::Extended
        ) {
            self.move_request(
                &mut tx.conn(),
                &summary,
                RequestEvent::Expire,
                summary.owner_id,
                "",
                ctx.at,
            )
            .await?;
        }
        self.audit(
            &mut tx,
            event(ctx, AuditAction::HoldExpired, Outcome::Success)
                .subject(summary.reference.clone().unwrap_or_default()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn eu_warning_target(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> Result<Option<(RequestSummary, Account)>> {
        let mut conn = self.pool().acquire().await?;
        let Some(facts) = self
            .facts_in(&mut Conn::from(&mut conn), request_row_id)
            .await?
        else {
            return Ok(None);
        };
        let p = facts.preservation;
        if p.expires_at() != Some(expires_at) || !p.in_force(now) {
            return Ok(None);
        }
        let summary = self
            .summary_by_row(&mut Conn::from(&mut conn), request_row_id)
            .await?;
        drop(conn);
        let owner = crate::sql::AccountLookup::account(self, summary.owner_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Some((summary, owner)))
    }
}
