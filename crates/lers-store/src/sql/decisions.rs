//! Reviews and decisions. The four-eyes, approver and call-back rules of
//! [`lers_domain::approval`] are checked here, inside the transaction that writes.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::approval::{may_decide, Decision};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::emergency::CallbackFacts;
use lers_domain::jobs::JobKind;
use lers_domain::request::review::{Checklist, DecisionReason, Outcome as Suggestion};
use lers_domain::request::staff_work::{may_review, ReviewStep};
use lers_domain::request::{RequestEvent, RequestKind, RequestStatus};
use serde_json::json;
use sqlx::Row;

use super::console_rows::*;
use super::request_rows::RequestSummary;
use crate::error::refused;
use crate::model::*;
use crate::sql::{event, ts, SqlStore};
use crate::{Result, StoreError};

/// The review checklist and decisions on requests.
#[async_trait]
pub trait DecisionStore: Send + Sync {
    async fn review(&self, request: &RequestSummary) -> Result<Option<ReviewRecord>>;
    /// Saves the reviewer's complete checklist; a submitted request enters review.
    async fn save_review(
        &self,
        request: &RequestSummary,
        reviewer: &Account,
        checklist: &Checklist,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn decisions(&self, request: &RequestSummary) -> Result<Vec<DecisionRecord>>;
    /// Records a decision and moves the request on. Approval needs a completed review
    /// by someone else, the approver role, and for emergencies a confirmed call-back.
    async fn record_decision(
        &self,
        request: &RequestSummary,
        decider: &Account,
        decision: &NewDecision,
        ctx: &Ctx,
    ) -> Result<RequestStatus>;
}

#[async_trait]
impl DecisionStore for SqlStore {
    async fn review(&self, request: &RequestSummary) -> Result<Option<ReviewRecord>> {
        let Some(row) = sqlx::query(
            "SELECT v.reviewer_id, v.checklist, v.reviewed_at, a.name FROM reviews v JOIN accounts a ON a.id = v.reviewer_id WHERE v.request_id = $1",
        )
        .bind(request.row_id)
        .fetch_optional(self.pool())
        .await?
        else {
            return Ok(None);
        };
        let checklist: String = row.try_get("checklist")?;
        let checklist: Checklist = serde_json::from_str(&checklist)
            .map_err(|e| StoreError::Corrupt(format!("review: {e}")))?;
        Ok(Some(ReviewRecord {
            reviewer_id: row.try_get("reviewer_id")?,
            reviewer: row.try_get("name")?,
            suggestion: checklist.suggestion(),
            checklist,
            reviewed_at: ts(&row, "reviewed_at")?,
        }))
    }

    async fn save_review(
        &self,
        request: &RequestSummary,
        reviewer: &Account,
        checklist: &Checklist,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        if may_review(current.status).map_err(refused)? == ReviewStep::StartReview {
            self.move_request(
                &mut tx.conn(),
                &current,
                RequestEvent::StartReview,
                reviewer.id,
                "",
                ctx.at,
            )
            .await?;
        }
        let suggestion: Suggestion = checklist.suggestion();
        let text =
            serde_json::to_string(checklist).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO reviews (request_id, reviewer_id, checklist, suggestion, reviewed_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (request_id) DO UPDATE SET reviewer_id = excluded.reviewer_id, checklist = excluded.checklist, \
             suggestion = excluded.suggestion, reviewed_at = excluded.reviewed_at",
        )
        .bind(request.row_id)
        .bind(reviewer.id)
        .bind(text)
        .bind(suggestion.as_str())
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::ReviewRecorded, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"suggestion": suggestion.as_str(), "problems": checklist.problems().map(|a| a.criterion.as_str()).collect::<Vec<_>>()})),
        )
        .await?;
        tx.commit().await
    }

    async fn decisions(&self, request: &RequestSummary) -> Result<Vec<DecisionRecord>> {
        let rows = sqlx::query("SELECT kind, reasons, note_to_requester, scope, decided_at, decided_by FROM decisions WHERE request_id = $1 ORDER BY id")
            .bind(request.row_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|row| {
                let kind: String = row.try_get("kind")?;
                let reasons: String = row.try_get("reasons")?;
                let scope: Option<String> = row.try_get("scope")?;
                Ok(DecisionRecord {
                    kind: DecisionKind::parse(&kind)
                        .ok_or_else(|| StoreError::Corrupt("decision kind".into()))?,
                    reasons: reasons
                        .split(',')
                        .filter_map(DecisionReason::parse)
                        .collect(),
                    note_to_requester: row.try_get("note_to_requester")?,
                    scope: scope
                        .map(|s| serde_json::from_str(&s))
                        .transpose()
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                    decided_at: ts(row, "decided_at")?,
                    decided_by: row.try_get("decided_by")?,
                })
            })
            .collect()
    }

    async fn record_decision(
        &self,
        request: &RequestSummary,
        decider: &Account,
        decision: &NewDecision,
        ctx: &Ctx,
    ) -> Result<RequestStatus> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        let review = review_of(&mut tx.conn(), request.row_id).await?;
        let reviewer = review.reviewer;
        let facts = Decision {
            kind: decision.kind,
            request_kind: current.kind,
            decider,
            reviewer,
            reviewer_disabled: review.disabled,
        };
        // An approved emergency: its call-backs are read here, under the decision.
        let callbacks: Option<CallbackFacts> = if facts.needs_callbacks() {
            Some(self.callback_facts(&mut tx.conn(), request.row_id).await?)
        } else {
            None
        };
        may_decide(&facts, callbacks.as_ref()).map_err(refused)?;
        let preservation = matches!(
            current.kind,
            RequestKind::Preservation | RequestKind::PreservationExtension
        );
        let next = match decision.kind {
            DecisionKind::Approve | DecisionKind::ApprovePartial if preservation => {
                self.start_or_extend_hold(&mut tx.conn(), &current, decider, ctx.at)
                    .await?
            }
            kind => {
                let step = match kind {
                    DecisionKind::Approve | DecisionKind::ApprovePartial => RequestEvent::Approve,
                    DecisionKind::Reject => RequestEvent::Reject,
                    DecisionKind::Challenge => RequestEvent::Challenge,
                    DecisionKind::AskForInformation => RequestEvent::AskForInformation,
                };
                let next = self
                    .move_request(&mut tx.conn(), &current, step, decider.id, "", ctx.at)
                    .await?;
                if next == RequestStatus::Approved && current.kind == RequestKind::UserData {
                    self.fold_in_preservation(&mut tx.conn(), &current, decider, ctx.at)
                        .await?;
                }
                if next == RequestStatus::Approved && current.kind == RequestKind::WithholdAccess {
                    self.queue_directory_actions(
                        &mut tx.conn(),
                        &current,
                        JobKind::DirectoryRestrict,
                        None,
                        ctx.at,
                    )
                    .await?;
                }
                next
            }
        };
        if decision.kind.approves() && !preservation {
            // What transparency reports count as "some data produced".
            let content = match &decision.scope {
                Some(scope) => scope
                    .categories
                    .contains(&lers_domain::request::DataCategory::Content),
                None => {
                    sqlx::query_scalar::<_, i64>("SELECT asks_content FROM requests WHERE id = $1")
                        .bind(request.row_id)
                        .fetch_one(tx.conn())
                        .await?
                        != 0
                }
            };
            sqlx::query("UPDATE requests SET disclosed = 1, content_disclosed = $1 WHERE id = $2")
                .bind(i64::from(content))
                .bind(request.row_id)
                .execute(tx.conn())
                .await?;
        }
        let scope = decision
            .scope
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO decisions (request_id, kind, decided_by, reasons, note_to_requester, scope, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(request.row_id)
        .bind(decision.kind.as_str())
        .bind(decider.id)
        .bind(reasons_text(&decision.reasons))
        .bind(&decision.note_to_requester)
        .bind(scope)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::DecisionRecorded, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({
                    "decision": decision.kind.as_str(),
                    "reasons": reasons_text(&decision.reasons),
                    "status": next.as_str(),
                    "reviewer": reviewer,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(next)
    }
}

/// Who completed the review of request `row_id`, and whether their account has been
/// disabled since (the facts `approval::may_decide` needs about the review).
pub(crate) struct ReviewFacts {
    pub(crate) reviewer: Option<i64>,
    pub(crate) disabled: bool,
}

pub(crate) async fn review_of(conn: &mut Conn<'_>, row_id: i64) -> Result<ReviewFacts> {
    let stands = super::four_eyes::vouches("a", "r.reviewed_at");
    let review: Option<(i64, i64)> = sqlx::query_as(&format!(
        "SELECT r.reviewer_id, CASE WHEN {stands} THEN 1 ELSE 0 END FROM reviews r \
         JOIN accounts a ON a.id = r.reviewer_id WHERE r.request_id = $1"
    ))
    .bind(row_id)
    .fetch_optional(conn)
    .await?;
    Ok(ReviewFacts {
        reviewer: review.map(|(id, _)| id),
        disabled: review.is_some_and(|(_, stands)| stands == 0),
    })
}
