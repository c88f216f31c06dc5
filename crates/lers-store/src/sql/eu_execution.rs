//! Executing EU orders: the enforcing authority's decision and the hold it ends
//! ([`lers_domain::eu::enforcing`]), the Form 3 answer
//! ([`lers_domain::eu::non_execution`]), the issuing authority lifting its restriction
//! on user notice, and the EU counts of the transparency report. Every rule is read
//! and applied inside the transaction that writes.

use crate::sql::Conn;
use async_trait::async_trait;
use lers_domain::approval::{may_decide, Decision};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::Timestamp;
use lers_domain::eu::enforcing::{self, EaDecision, HoldFacts};
use lers_domain::eu::non_execution::form3_ending;
use lers_domain::eu::non_execution::{NonExecution, NonExecutionReason};
use lers_domain::eu::{timeline, EuOrder, UserInformation};
use lers_domain::jobs::{JobKind, NoticeJob};
use lers_domain::notice::may_lift;
use lers_domain::request::{DecisionKind, RequestEvent, RequestKind, RequestStatus};
use lers_domain::transparency::{EuTally, Period};
use serde::Deserialize;
use serde_json::json;
use sqlx::Row;

use super::core::SqlStore;
use super::request_rows::{NewEvent, RequestSummary};
use super::rows::{event, opt_ts, ts};
use crate::error::{refused, Result, StoreError};
use crate::model::{Account, Ctx};

/// The EA's recorded decision.
#[derive(Clone, Debug, serde::Serialize)]
pub struct EaDecisionRecord {
    pub decision: EaDecision,
    /// A production had already been delivered when the EA refused.
    pub already_sent: bool,
    pub decided_at: Timestamp,
}

/// The recorded Form 3 answer.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Form3Record {
    pub answer: NonExecution,
    pub answered_at: Timestamp,
    /// Where the answer went to the enforcing authority, and when.
    pub ea_email: Option<String>,
    pub ea_sent_at: Option<Timestamp>,
}

/// What is recorded about the execution of one EU order.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct EuExecution {
    pub ea_decision: Option<EaDecisionRecord>,
    pub form3: Option<Form3Record>,
    pub notice_lifted_at: Option<Timestamp>,
}

#[async_trait]
pub trait EuExecutionStore: Send + Sync {
    async fn eu_execution(&self, request: &RequestSummary) -> Result<EuExecution>;
    /// The hold facts of an EU order (`None` for other requests).
    async fn hold_facts(&self, request: &RequestSummary) -> Result<Option<HoldFacts>>;
    /// Refuses (with the rule's reason) while the EA hold keeps the requester from
    /// downloading the request's productions.
    async fn check_download_release(
        &self,
        request: &RequestSummary,
        delivered_at: Option<Timestamp>,
        at: Timestamp,
    ) -> Result<()>;
    /// Records the EA's decision; answers whether data had already been delivered (an
    /// emergency) so the issuing authority must delete or restrict it.
    async fn record_ea_decision(
        &self,
        request: &RequestSummary,
        decision: &EaDecision,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// Records a Form 3 answer, ends the order through the lifecycle (a production
    /// order is refused after a completed review, as any refusal; a preservation order
    /// stops preserving), and posts `message` to the issuing authority, all in one
    /// transaction so the answer never stands without its message.
    async fn record_form3(
        &self,
        request: &RequestSummary,
        answer: &NonExecution,
        message: &str,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<RequestStatus>;
    /// Records that the Form 3 answer of the request with public id `request` was
    /// mailed to the enforcing authority at `email` (when a queued mail is delivered,
    /// only the id is known).
    async fn form3_sent_to_ea(&self, request: &str, email: &str, ctx: &Ctx) -> Result<()>;
    /// Records that the issuing authority lifted its restriction on informing the user,
    /// and schedules the notices that waited for it; returns how many.
    async fn lift_notice_restriction(
        &self,
        request: &RequestSummary,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<u64>;
    /// Counts the EU orders submitted in `period` per issuing member state and type.
    async fn eu_tally(&self, period: Period) -> Result<Vec<EuTally>>;
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("eu execution: {what}"))
}

impl SqlStore {
    /// The certificate, kind and received-at time of an EU order (`None` for other
    /// requests).
    async fn eu_order(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<Option<(EuOrder, RequestKind, Timestamp)>> {
        #[derive(Deserialize)]
        struct Submitted {
            #[serde(default)]
            eu_order: Option<EuOrder>,
        }
        let row = sqlx::query("SELECT kind, received_at, submitted_at FROM requests WHERE id = $1")
            .bind(row_id)
            .fetch_one(&mut *conn)
            .await?;
        let Some(submitted) = self.submitted_json(&mut *conn, row_id).await? else {
            return Ok(None);
        };
        let submitted: Submitted =
            serde_json::from_str(&submitted).map_err(|e| corrupt(&e.to_string()))?;
        let Some(order) = submitted.eu_order else {
            return Ok(None);
        };
        let received_at = opt_ts(&row, "received_at")?
            .or(opt_ts(&row, "submitted_at")?)
            .ok_or_else(|| corrupt("an EU order without a received-at time"))?;
        let kind: String = row.try_get("kind")?;
        let kind = RequestKind::parse(&kind).ok_or_else(|| corrupt("request kind"))?;
        Ok(Some((order, kind, received_at)))
    }

    /// What the EA hold depends on, read inside the caller's transaction.
    pub(super) async fn ea_hold_facts(
        &self,
        conn: &mut Conn<'_>,
        row_id: i64,
    ) -> Result<Option<HoldFacts>> {
        let Some((order, kind, received_at)) = self.eu_order(conn, row_id).await? else {
            return Ok(None);
        };
        let decision: Option<(String, i64)> = sqlx::query_as(
            "SELECT decision, decided_at FROM eu_ea_decisions WHERE request_id = $1",
        )
        .bind(row_id)
        .fetch_optional(&mut *conn)
        .await?;
        let partial_grounds_at = decision
            .as_ref()
            .filter(|(d, _)| d == "partial_grounds")
            .map(|(_, at)| Timestamp::from_unix_millis(*at));
        Ok(Some(
            HoldFacts::of(
                &order,
                kind,
                received_at,
                decision.map(|(d, _)| d == "full_refusal"),
            )
            .with_partial_grounds_at(partial_grounds_at),
        ))
    }

    async fn notice_lifted(&self, conn: &mut Conn<'_>, row_id: i64) -> Result<bool> {
        let lifted: Option<i64> =
            sqlx::query_scalar("SELECT lifted_at FROM eu_notice_lifts WHERE request_id = $1")
                .bind(row_id)
                .fetch_optional(conn)
                .await?;
        Ok(lifted.is_some())
    }
}

#[async_trait]
impl EuExecutionStore for SqlStore {
    async fn eu_execution(&self, request: &RequestSummary) -> Result<EuExecution> {
        let mut conn = self.pool().acquire().await?;
        let decision = sqlx::query(
            "SELECT decision, ground, data, already_sent, decided_at FROM eu_ea_decisions WHERE request_id = $1",
        )
        .bind(request.row_id)
        .fetch_optional(&mut *conn)
        .await?;
        let ea_decision = match decision {
            Some(row) => {
                let kind: String = row.try_get("decision")?;
                let ground: Option<String> = row.try_get("ground")?;
                let data: String = row.try_get("data")?;
                Some(EaDecisionRecord {
                    decision: EaDecision::from_parts(&kind, ground.as_deref(), &data)
                        .map_err(|e| corrupt(&e.to_string()))?,
                    already_sent: row.try_get::<i64, _>("already_sent")? != 0,
                    decided_at: ts(&row, "decided_at")?,
                })
            }
            None => None,
        };
        let answer = sqlx::query(
            "SELECT reasons, explanation, foreign_law, answered_at, ea_email, ea_sent_at FROM eu_form3_answers WHERE request_id = $1",
        )
        .bind(request.row_id)
        .fetch_optional(&mut *conn)
        .await?;
        let form3 = match answer {
            Some(row) => {
                let reasons: String = row.try_get("reasons")?;
                Some(Form3Record {
                    answer: NonExecution {
                        reasons: reasons
                            .split(',')
                            .map(|r| NonExecutionReason::parse(r).ok_or_else(|| corrupt(r)))
                            .collect::<Result<_>>()?,
                        explanation: row.try_get("explanation")?,
                        foreign_law: row.try_get("foreign_law")?,
                    },
                    answered_at: ts(&row, "answered_at")?,
                    ea_email: row.try_get("ea_email")?,
                    ea_sent_at: opt_ts(&row, "ea_sent_at")?,
                })
            }
            None => None,
        };
        let lifted: Option<i64> =
            sqlx::query_scalar("SELECT lifted_at FROM eu_notice_lifts WHERE request_id = $1")
                .bind(request.row_id)
                .fetch_optional(&mut *conn)
                .await?;
        Ok(EuExecution {
            ea_decision,
            form3,
            notice_lifted_at: lifted.map(Timestamp::from_unix_millis),
        })
    }

    async fn hold_facts(&self, request: &RequestSummary) -> Result<Option<HoldFacts>> {
        let mut conn = self.pool().acquire().await?;
        self.ea_hold_facts(&mut Conn::from(&mut conn), request.row_id)
            .await
    }

    async fn check_download_release(
        &self,
        request: &RequestSummary,
        delivered_at: Option<Timestamp>,
        at: Timestamp,
    ) -> Result<()> {
        match self.hold_facts(request).await? {
            Some(facts) => enforcing::may_download(&facts, at, delivered_at).map_err(refused),
            None => Ok(()),
        }
    }

    async fn record_ea_decision(
        &self,
        request: &RequestSummary,
        decision: &EaDecision,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        let facts = self
            .ea_hold_facts(&mut tx.conn(), request.row_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        enforcing::may_record(&facts, decision, ctx.at).map_err(refused)?;
        let delivered: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM productions WHERE request_id = $1 AND delivered_at IS NOT NULL",
        )
        .bind(request.row_id)
        .fetch_one(tx.conn())
        .await?;
        let already_sent = enforcing::authority_must_delete(&facts, decision, delivered > 0);
        let data = match decision {
            EaDecision::PartialGrounds { data, .. } => data.as_str(),
            _ => "",
        };
        let ground = decision.ground().map(|g| g.as_str());
        sqlx::query(
            "INSERT INTO eu_ea_decisions (request_id, decision, ground, data, already_sent, decided_by, decided_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(request.row_id)
        .bind(decision.as_str())
        .bind(ground)
        .bind(data)
        .bind(i64::from(already_sent))
        .bind(by.id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        // The timeline says what happened to the release (each reader's page in its
        // own words).
        let note = serde_json::to_string(&timeline::EaDecisionNote {
            decision: decision.as_str().to_owned(),
            ground: ground.map(str::to_owned),
            already_sent,
        })
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.add_event(
            &mut tx.conn(),
            NewEvent {
                request_id: request.row_id,
                actor_id: by.id,
                kind: timeline::EA_DECISION,
                status: Some(current.status),
                note: &note,
                at: ctx.at,
            },
        )
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::EaDecisionRecorded, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({
                    "decision": decision.as_str(),
                    "ground": ground,
                    "already_sent": already_sent,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok(already_sent)
    }

    async fn record_form3(
        &self,
        request: &RequestSummary,
        answer: &NonExecution,
        message: &str,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<RequestStatus> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(&mut tx.conn(), request.row_id).await?;
        if !current.kind.is_eu_order() {
            return Err(StoreError::NotFound);
        }
        let review = super::decisions::review_of(&mut tx.conn(), request.row_id).await?;
        let ending = form3_ending(current.kind, current.status).unwrap_or(RequestEvent::Reject);
        if ending == RequestEvent::Reject {
            // A Form 3 refuses a production order: the rules of a refusal apply (and a
            // status that cannot be refused is refused by the move below).
            may_decide(
                &Decision {
                    kind: DecisionKind::Reject,
                    request_kind: current.kind,
                    decider: by,
                    reviewer: review.reviewer,
                    reviewer_disabled: review.disabled,
                },
                None,
            )
            .map_err(refused)?;
        }
        let next = self
            .move_request(
                &mut tx.conn(),
                &current,
                ending,
                by.id,
                "Form 3: cannot comply",
                ctx.at,
            )
            .await?;
        let reasons: Vec<&str> = answer.reasons.iter().map(|r| r.as_str()).collect();
        let ea_email = self
            .eu_order(&mut tx.conn(), request.row_id)
            .await?
            .and_then(|(order, _, _)| order.enforcing_authority_email);
        sqlx::query(
            "INSERT INTO eu_form3_answers (request_id, reasons, explanation, foreign_law, answered_by, answered_at, ea_email) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(request.row_id)
        .bind(reasons.join(","))
        .bind(&answer.explanation)
        .bind(&answer.foreign_law)
        .bind(by.id)
        .bind(ctx.at.unix_millis())
        .bind(ea_email)
        .execute(tx.conn())
        .await?;
        self.insert_message(&mut tx, by, &current, message, ctx)
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::Form3Recorded, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(
                    json!({"reasons": reasons, "status": next.as_str(), "reviewer": review.reviewer}),
                ),
        )
        .await?;
        tx.commit().await?;
        Ok(next)
    }

    async fn form3_sent_to_ea(&self, request: &str, email: &str, ctx: &Ctx) -> Result<()> {
        let mut tx = self.begin().await?;
        let reference: Option<String> = sqlx::query_scalar(
            "UPDATE eu_form3_answers SET ea_email = $1, ea_sent_at = $2 \
             WHERE request_id = (SELECT id FROM requests WHERE public_id = $3) \
             RETURNING (SELECT reference FROM requests WHERE public_id = $3)",
        )
        .bind(email)
        .bind(ctx.at.unix_millis())
        .bind(request)
        .fetch_optional(tx.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::Form3SentToEa, Outcome::Success)
                .subject(reference.unwrap_or_default()),
        )
        .await?;
        tx.commit().await
    }

    async fn lift_notice_restriction(
        &self,
        request: &RequestSummary,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<u64> {
        let mut tx = self.begin().await?;
        let (order, _, _) = self
            .eu_order(&mut tx.conn(), request.row_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let lifted = self.notice_lifted(&mut tx.conn(), request.row_id).await?;
        may_lift(&order.user_information, lifted).map_err(refused)?;
        sqlx::query(
            "INSERT INTO eu_notice_lifts (request_id, lifted_by, lifted_at) VALUES ($1, $2, $3)",
        )
        .bind(request.row_id)
        .bind(by.id)
        .bind(ctx.at.unix_millis())
        .execute(tx.conn())
        .await?;
        // Notices that waited for the authority go out now.
        let waiting: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM notices WHERE request_id = $1 AND state = 'awaiting_authority'",
        )
        .bind(request.row_id)
        .fetch_all(tx.conn())
        .await?;
        for id in &waiting {
            sqlx::query("UPDATE notices SET state = 'scheduled', send_at = $1 WHERE id = $2")
                .bind(ctx.at.unix_millis())
                .bind(id)
                .execute(tx.conn())
                .await?;
            let job = JobKind::UserNotice(NoticeJob {
                notice: *id,
                send_at: ctx.at.unix_millis(),
            });
            self.insert_job(&mut tx.conn(), &job, ctx.at, ctx.at)
                .await?;
        }
        let restriction = match order.user_information {
            UserInformation::NotRestricted => "not_restricted",
            UserInformation::DelayedUntil { .. } => "delayed_until",
            UserInformation::DelayedUntilAuthorityLifts => "until_authority_lifts",
        };
        self.audit(
            &mut tx,
            event(
                ctx,
                AuditAction::EuNoticeRestrictionLifted,
                Outcome::Success,
            )
            .subject(request.reference.clone().unwrap_or_default())
            .details(json!({"restriction": restriction, "scheduled": waiting.len()})),
        )
        .await?;
        tx.commit().await?;
        Ok(u64::try_from(waiting.len()).unwrap_or(0))
    }

    async fn eu_tally(&self, period: Period) -> Result<Vec<EuTally>> {
        let rows = sqlx::query(
            "SELECT r.country, r.kind, r.emergency, COUNT(*) AS orders, \
             CAST(SUM(CASE WHEN d.decision = 'full_refusal' THEN 1 ELSE 0 END) AS BIGINT) AS ea_refusals, \
             CAST(SUM(CASE WHEN f.request_id IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS form3_answers \
             FROM requests r LEFT JOIN eu_ea_decisions d ON d.request_id = r.id \
             LEFT JOIN eu_form3_answers f ON f.request_id = r.id \
             WHERE r.kind IN ($1, $2) AND r.submitted_at >= $3 AND r.submitted_at < $4 \
             GROUP BY r.country, r.kind, r.emergency",
        )
        .bind(RequestKind::EuProductionOrder.as_str())
        .bind(RequestKind::EuPreservationOrder.as_str())
        .bind(period.start().unix_millis())
        .bind(period.end().unix_millis())
        .fetch_all(self.pool())
        .await?;
        let count = |row: &sqlx::any::AnyRow, column: &str| -> Result<u64> {
            Ok(u64::try_from(row.try_get::<Option<i64>, _>(column)?.unwrap_or(0)).unwrap_or(0))
        };
        let mut tallies = Vec::new();
        for row in &rows {
            let kind: String = row.try_get("kind")?;
            let emergency = row.try_get::<i64, _>("emergency")? != 0;
            let order_type = match (kind.as_str(), emergency) {
                ("epoc", true) => "emergency_epoc",
                ("epoc", false) => "epoc",
                _ => "epoc_pr",
            };
            tallies.push(EuTally {
                member_state: row.try_get("country")?,
                order_type: order_type.to_owned(),
                orders: count(row, "orders")?,
                ea_refusals: count(row, "ea_refusals")?,
                form3_answers: count(row, "form3_answers")?,
            });
        }
        Ok(tallies)
    }
}
