//! Storage of the response team's work: the queue, assignment, the review checklist,
//! decisions (the four-eyes and call-back rules of [`lers_domain::approval`] and
//! [`lers_domain::emergency::callback`] are checked here, inside the transaction that
//! writes, so no route can skip them), call-backs, preservation holds, internal notes,
//! and durable jobs.

use async_trait::async_trait;
use lers_domain::approval::{may_decide, Decision};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::emergency::phone::{parse_phone, supplied_by};
use lers_domain::emergency::{callback_allowed, CallbackFacts};
use lers_domain::jobs::{DirectoryJob, HoldJob, JobKind};
use lers_domain::request::review::{Checklist, DecisionReason, Outcome as Suggestion};
use lers_domain::request::sla::{preservation_period, PRESERVATION_WARNING};
use lers_domain::request::staff_work::{
    may_assign, may_extend, may_review, ReviewStep, StaffRefusal,
};
use lers_domain::request::{Author, RequestEvent, RequestKind, RequestStatus};
use serde_json::json;
use sqlx::{AnyConnection, Row};

use crate::model::*;
use crate::requests::{summary_from_row, NewEvent, SUMMARY_COLUMNS};
use crate::sql::{event, opt_ts, ts, SqlStore};
use crate::{Result, StoreError};

#[async_trait]
pub trait ConsoleStore: Send + Sync {
    async fn queue(&self, query: &QueueQuery, now: Timestamp) -> Result<Page<QueueItem>>;
    /// Any submitted request, for staff; the view itself is audited.
    async fn staff_request(&self, id: &str, ctx: &Ctx) -> Result<Option<RequestRecord>>;
    async fn due_at(&self, request: &RequestSummary) -> Result<Option<Timestamp>>;
    async fn assign(
        &self,
        request: &RequestSummary,
        assignee: Option<&Account>,
        ctx: &Ctx,
    ) -> Result<()>;
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
    async fn callbacks(&self, request: &RequestSummary) -> Result<Vec<CallbackRecord>>;
    /// Records a call-back; a failed one disables the requesting account (ending its
    /// sessions) because its mailbox must be assumed compromised.
    async fn record_callback(
        &self,
        request: &RequestSummary,
        staff: &Account,
        callback: &NewCallback,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn hold(&self, request: &RequestSummary) -> Result<Option<HoldRecord>>;
    async fn post_internal_note(
        &self,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<()>;
    async fn internal_notes(&self, request: &RequestSummary) -> Result<Vec<MessageRecord>>;
    /// The requester answered a request for information: back into review.
    async fn information_provided(
        &self,
        request: &RequestSummary,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<()>;

    async fn enqueue_job(&self, job: &NewJob) -> Result<()>;
    /// Takes the next due job for `lease`; an expired lease (a crashed worker) makes
    /// the job claimable again.
    async fn claim_job(&self, worker: &str, now: Timestamp, lease: Duration)
        -> Result<Option<Job>>;
    async fn complete_job(&self, id: i64, now: Timestamp) -> Result<()>;
    async fn retry_job(&self, id: i64, error: &str, run_at: Timestamp) -> Result<()>;
    /// Ends the hold of `request_row_id` if it still expires at `expires_at` (not
    /// extended meanwhile); the request and any extension become expired.
    async fn expire_hold(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool>;
    /// The requester of a request and its hold, for the expiry warning.
    async fn hold_warning_target(
        &self,
        request_row_id: i64,
    ) -> Result<Option<(RequestSummary, Account, HoldRecord)>>;
}

const OPEN_STATUSES: &str =
    "('submitted', 'in_review', 'needs_info', 'approved', 'preserved', 'extended')";

impl SqlStore {
    /// Queues one account-directory action per target of `request`; the job runner
    /// carries them out (and retries them) outside this transaction.
    async fn queue_directory_actions(
        &self,
        conn: &mut AnyConnection,
        summary: &RequestSummary,
        action: fn(DirectoryJob) -> JobKind,
        until: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<()> {
        let record = self
            .record_in(conn, summary.owner_id, &summary.id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let reference = summary.reference.clone().unwrap_or_default();
        for target in record.submitted.iter().flat_map(|s| s.targets.iter()) {
            let job = action(DirectoryJob {
                request: summary.row_id,
                reference: reference.clone(),
                target_type: target.kind,
                target: target.normalized.clone(),
                until: until.map(Timestamp::unix_millis),
            });
            self.insert_job(conn, &job, now, now).await?;
        }
        Ok(())
    }

    /// Stores `job` to run at `run_at`, unless a job with its dedupe key exists.
    pub(crate) async fn insert_job(
        &self,
        conn: &mut AnyConnection,
        job: &JobKind,
        run_at: Timestamp,
        created_at: Timestamp,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO jobs (kind, payload, dedupe_key, run_at, created_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (dedupe_key) DO NOTHING",
        )
        .bind(job.kind())
        .bind(job.payload().to_string())
        .bind(job.dedupe_key())
        .bind(run_at.unix_millis())
        .bind(created_at.unix_millis())
        .execute(conn)
        .await?;
        Ok(())
    }

    /// When an approved user-data request names the preservation it follows, that hold
    /// has done its job: the preservation is fulfilled and its hold ends (so its expiry
    /// job finds nothing to do).
    async fn fold_in_preservation(
        &self,
        conn: &mut AnyConnection,
        summary: &RequestSummary,
        decider: &Account,
        at: Timestamp,
    ) -> Result<()> {
        let record = self
            .record_in(conn, summary.owner_id, &summary.id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let Some(reference) = record.submitted.and_then(|s| s.preservation_reference) else {
            return Ok(());
        };
        let original: Option<i64> =
            sqlx::query_scalar("SELECT id FROM requests WHERE reference = $1 AND owner_id = $2")
                .bind(&reference)
                .bind(summary.owner_id)
                .fetch_optional(&mut *conn)
                .await?;
        let Some(original) = original else {
            return Ok(());
        };
        let preserved = self.summary_by_row(conn, original).await?;
        if !matches!(
            preserved.status,
            RequestStatus::Preserved | RequestStatus::Extended
        ) {
            return Ok(());
        }
        self.move_request(
            conn,
            &preserved,
            RequestEvent::Fulfil,
            decider.id,
            summary.reference.as_deref().unwrap_or(""),
            at,
        )
        .await?;
        sqlx::query("UPDATE holds SET ended_at = $1 WHERE request_id = $2 AND ended_at IS NULL")
            .bind(at.unix_millis())
            .bind(original)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    async fn summary_by_row(
        &self,
        conn: &mut AnyConnection,
        row_id: i64,
    ) -> Result<RequestSummary> {
        let row = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM requests r WHERE r.id = $1"
        ))
        .bind(row_id)
        .fetch_one(conn)
        .await?;
        summary_from_row(&row, 0)
    }

    async fn move_request(
        &self,
        conn: &mut AnyConnection,
        summary: &RequestSummary,
        step: RequestEvent,
        actor_id: i64,
        note: &str,
        at: Timestamp,
    ) -> Result<RequestStatus> {
        let next = self.change_status(conn, summary, step, at).await?;
        self.add_event(
            conn,
            NewEvent {
                request_id: summary.row_id,
                actor_id,
                kind: "status",
                status: Some(next),
                note,
                at,
            },
        )
        .await?;
        Ok(next)
    }

    async fn schedule_hold_jobs(
        &self,
        conn: &mut AnyConnection,
        request_row_id: i64,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> Result<()> {
        let hold = HoldJob {
            request: request_row_id,
            expires_at: expires_at.unix_millis(),
        };
        let jobs = [
            (
                JobKind::PreservationWarning(hold.clone()),
                expires_at.minus(PRESERVATION_WARNING),
            ),
            (JobKind::PreservationExpiry(hold), expires_at),
        ];
        for (job, run_at) in jobs {
            self.insert_job(conn, &job, run_at.max(now), now).await?;
        }
        Ok(())
    }

    /// Approving a preservation starts its hold; approving an extension lengthens the
    /// hold of the request it extends (once).
    async fn start_or_extend_hold(
        &self,
        conn: &mut AnyConnection,
        summary: &RequestSummary,
        decider: &Account,
        at: Timestamp,
    ) -> Result<RequestStatus> {
        let record = self
            .record_in(conn, summary.owner_id, &summary.id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let submitted = record
            .submitted
            .ok_or_else(|| StoreError::Corrupt("submitted request without content".into()))?;
        let next = self
            .move_request(conn, summary, RequestEvent::Preserve, decider.id, "", at)
            .await?;
        if summary.kind == RequestKind::Preservation {
            let expires_at = at.plus(preservation_period(submitted.instrument, false));
            sqlx::query(
                "INSERT INTO holds (request_id, expires_at, created_at) VALUES ($1, $2, $3)",
            )
            .bind(summary.row_id)
            .bind(expires_at.unix_millis())
            .bind(at.unix_millis())
            .execute(&mut *conn)
            .await?;
            self.schedule_hold_jobs(conn, summary.row_id, expires_at, at)
                .await?;
            self.queue_directory_actions(
                conn,
                summary,
                JobKind::DirectoryHold,
                Some(expires_at),
                at,
            )
            .await?;
            return Ok(next);
        }
        let reference = submitted.extends_reference.unwrap_or_default();
        let original: i64 =
            sqlx::query_scalar("SELECT id FROM requests WHERE reference = $1 AND owner_id = $2")
                .bind(&reference)
                .bind(summary.owner_id)
                .fetch_optional(&mut *conn)
                .await?
                .ok_or_else(|| refused(StaffRefusal::NotAPreservation(reference.clone())))?;
        let hold = sqlx::query(
            "SELECT expires_at, extended FROM holds WHERE request_id = $1 AND ended_at IS NULL",
        )
        .bind(original)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| refused(StaffRefusal::NoHoldInForce(reference.clone())))?;
        may_extend(&reference, hold.try_get::<i64, _>("extended")? != 0).map_err(refused)?;
        let original_summary = self.summary_by_row(conn, original).await?;
        let original_record = self
            .record_in(conn, original_summary.owner_id, &original_summary.id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let instrument = original_record.submitted.and_then(|s| s.instrument);
        let expires_at = ts(&hold, "expires_at")?.plus(preservation_period(instrument, true));
        sqlx::query("UPDATE holds SET expires_at = $1, extended = 1 WHERE request_id = $2")
            .bind(expires_at.unix_millis())
            .bind(original)
            .execute(&mut *conn)
            .await?;
        self.move_request(
            conn,
            &original_summary,
            RequestEvent::Extend,
            decider.id,
            summary.reference.as_deref().unwrap_or(""),
            at,
        )
        .await?;
        self.schedule_hold_jobs(conn, original, expires_at, at)
            .await?;
        self.queue_directory_actions(
            conn,
            &original_summary,
            JobKind::DirectoryHold,
            Some(expires_at),
            at,
        )
        .await?;
        Ok(next)
    }
}

fn reasons_text(reasons: &[DecisionReason]) -> String {
    reasons
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

#[async_trait]
impl ConsoleStore for SqlStore {
    async fn queue(&self, query: &QueueQuery, now: Timestamp) -> Result<Page<QueueItem>> {
        let kind = query.kind.map_or("%", RequestKind::as_str);
        let status = query.status.map_or("%", RequestStatus::as_str);
        let country = query
            .country
            .clone()
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| "%".into());
        let assignee = query.assignee.unwrap_or(-1);
        let overdue_before = if query.overdue_only {
            now.unix_millis()
        } else {
            i64::MAX
        };
        let filter = format!(
            "WHERE r.status IN {OPEN_STATUSES} AND r.kind LIKE $1 AND r.status LIKE $2 AND r.country LIKE $3 \
             AND ($4 < 0 OR r.assignee_id = $4) AND COALESCE(r.due_at, 0) < $5"
        );
        let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM requests r {filter}"))
            .bind(kind)
            .bind(status)
            .bind(&country)
            .bind(assignee)
            .bind(overdue_before)
            .fetch_one(self.pool())
            .await?;
        // Emergencies first, then the nearest deadline.
        let rows = sqlx::query(&format!(
            "SELECT {SUMMARY_COLUMNS}, r.due_at, s.name AS assignee_name, o.agency AS owner_agency, \
             (SELECT COUNT(*) FROM suspensions x WHERE x.account_id = r.owner_id AND x.lifted_at IS NULL) AS owner_suspended FROM requests r \
             LEFT JOIN accounts s ON s.id = r.assignee_id JOIN accounts o ON o.id = r.owner_id {filter} \
             ORDER BY r.emergency DESC, r.due_at ASC, r.id ASC LIMIT $6 OFFSET $7"
        ))
        .bind(kind)
        .bind(status)
        .bind(&country)
        .bind(assignee)
        .bind(overdue_before)
        .bind(query.limit)
        .bind(query.offset)
        .fetch_all(self.pool())
        .await?;
        let items = rows
            .iter()
            .map(|row| {
                let due_at = opt_ts(row, "due_at")?;
                Ok(QueueItem {
                    summary: summary_from_row(row, 0)?,
                    overdue: due_at.is_some_and(|due| due < now),
                    due_at,
                    assignee: row.try_get("assignee_name")?,
                    agency: row.try_get("owner_agency")?,
                    owner_suspended: row.try_get::<i64, _>("owner_suspended")? != 0,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Page { items, total })
    }

    async fn staff_request(&self, id: &str, ctx: &Ctx) -> Result<Option<RequestRecord>> {
        let owner: Option<i64> = sqlx::query_scalar(
            "SELECT owner_id FROM requests WHERE public_id = $1 AND status <> 'draft'",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(owner) = owner else { return Ok(None) };
        let mut tx = self.begin().await?;
        let record = self.record_in(tx.conn(), owner, id).await?;
        if let Some(record) = &record {
            self.audit(
                &mut tx,
                event(ctx, AuditAction::RequestViewed, Outcome::Success)
                    .subject(record.summary.reference.clone().unwrap_or_default())
                    .details(json!({"request": id})),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(record)
    }

    async fn due_at(&self, request: &RequestSummary) -> Result<Option<Timestamp>> {
        let due: Option<i64> = sqlx::query_scalar("SELECT due_at FROM requests WHERE id = $1")
            .bind(request.row_id)
            .fetch_one(self.pool())
            .await?;
        Ok(due.map(Timestamp::from_unix_millis))
    }

    async fn assign(
        &self,
        request: &RequestSummary,
        assignee: Option<&Account>,
        ctx: &Ctx,
    ) -> Result<()> {
        may_assign(assignee).map_err(refused)?;
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE requests SET assignee_id = $1 WHERE id = $2")
            .bind(assignee.map(|a| a.id))
            .bind(request.row_id)
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::RequestAssigned, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"assignee": assignee.map(|a| a.pseudonym.clone())})),
        )
        .await?;
        tx.commit().await
    }

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
        let current = self.summary_by_row(tx.conn(), request.row_id).await?;
        if may_review(current.status).map_err(refused)? == ReviewStep::StartReview {
            self.move_request(
                tx.conn(),
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
        let current = self.summary_by_row(tx.conn(), request.row_id).await?;
        let reviewer: Option<i64> =
            sqlx::query_scalar("SELECT reviewer_id FROM reviews WHERE request_id = $1")
                .bind(request.row_id)
                .fetch_optional(tx.conn())
                .await?;
        let facts = Decision {
            kind: decision.kind,
            request_kind: current.kind,
            decider,
            reviewer,
        };
        // An approved emergency: its call-backs are read here, under the decision.
        let callbacks: Option<CallbackFacts> = if facts.needs_callbacks() {
            Some(self.callback_facts(tx.conn(), request.row_id).await?)
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
                self.start_or_extend_hold(tx.conn(), &current, decider, ctx.at)
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
                    .move_request(tx.conn(), &current, step, decider.id, "", ctx.at)
                    .await?;
                if next == RequestStatus::Approved && current.kind == RequestKind::UserData {
                    self.fold_in_preservation(tx.conn(), &current, decider, ctx.at)
                        .await?;
                }
                if next == RequestStatus::Approved && current.kind == RequestKind::WithholdAccess {
                    self.queue_directory_actions(
                        tx.conn(),
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

    async fn callbacks(&self, request: &RequestSummary) -> Result<Vec<CallbackRecord>> {
        let rows = sqlx::query(
            "SELECT c.id, c.staff_id, c.line, c.phone, c.number_source, c.answered_by, c.result, c.note, c.at, a.name FROM callbacks c \
             JOIN accounts a ON a.id = c.staff_id WHERE c.request_id = $1 ORDER BY c.id",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CallbackRecord {
                    id: row.try_get("id")?,
                    staff_id: row.try_get("staff_id")?,
                    line: row.try_get("line")?,
                    staff: row.try_get("name")?,
                    phone: row.try_get("phone")?,
                    number_source: row.try_get("number_source")?,
                    answered_by: row.try_get("answered_by")?,
                    result: row.try_get("result")?,
                    note: row.try_get("note")?,
                    at: ts(row, "at")?,
                })
            })
            .collect()
    }

    async fn record_callback(
        &self,
        request: &RequestSummary,
        staff: &Account,
        callback: &NewCallback,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(tx.conn(), request.row_id).await?;
        callback_allowed(current.kind, current.status, callback.result).map_err(refused)?;
        // A forger controls every number in the request, in their profile and in
        // whatever they or their agency sent before; a call-back to one of them
        // verifies nothing.
        let context = self.callback_context(tx.conn(), &current).await?;
        let line = parse_phone(&callback.phone, &context.country)
            .map_err(|e| StoreError::Conflict(e.to_string()))?;
        if let Some(source) =
            supplied_by(&line, &context.sources, &context.trusted, &context.country)
        {
            return Err(StoreError::Conflict(format!(
                "{line} reaches a line the requester supplied or could control (found in {}); call a number found independently, such as the agency directory's switchboard",
                source.origin
            )));
        }
        let callback_id: i64 = sqlx::query_scalar(
            "INSERT INTO callbacks (request_id, staff_id, phone, number_source, answered_by, result, note, at, line) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(request.row_id)
        .bind(staff.id)
        .bind(&callback.phone)
        .bind(&callback.number_source)
        .bind(&callback.answered_by)
        .bind(callback.result.as_str())
        .bind(&callback.note)
        .bind(ctx.at.unix_millis())
        .bind(line.to_string())
        .fetch_one(tx.conn())
        .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::CallbackRecorded, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default())
                .details(json!({"result": callback.result.as_str(), "number_source": callback.number_source, "line": line.to_string(), "callback": callback_id})),
        )
        .await?;
        if callback.result == CallbackResult::Failed {
            self.suspend_after_callback(&mut tx, &current, callback_id, staff, ctx)
                .await?;
        }
        tx.commit().await
    }

    async fn hold(&self, request: &RequestSummary) -> Result<Option<HoldRecord>> {
        let row =
            sqlx::query("SELECT expires_at, extended, ended_at FROM holds WHERE request_id = $1")
                .bind(request.row_id)
                .fetch_optional(self.pool())
                .await?;
        row.map(|row| {
            Ok(HoldRecord {
                expires_at: ts(&row, "expires_at")?,
                extended: row.try_get::<i64, _>("extended")? != 0,
                ended_at: opt_ts(&row, "ended_at")?,
            })
        })
        .transpose()
    }

    async fn post_internal_note(
        &self,
        author: &Account,
        request: &RequestSummary,
        body: &str,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("INSERT INTO messages (request_id, author_id, body, internal, created_at) VALUES ($1, $2, $3, 1, $4)")
            .bind(request.row_id)
            .bind(author.id)
            .bind(body)
            .bind(ctx.at.unix_millis())
            .execute(tx.conn())
            .await?;
        self.audit(
            &mut tx,
            event(ctx, AuditAction::InternalNotePosted, Outcome::Success)
                .subject(request.reference.clone().unwrap_or_default()),
        )
        .await?;
        tx.commit().await
    }

    async fn internal_notes(&self, request: &RequestSummary) -> Result<Vec<MessageRecord>> {
        let rows = sqlx::query(
            "SELECT m.id, m.body, m.created_at, a.name FROM messages m JOIN accounts a ON a.id = m.author_id \
             WHERE m.request_id = $1 AND m.internal = 1 ORDER BY m.id",
        )
        .bind(request.row_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(MessageRecord {
                    id: row.try_get("id")?,
                    author: Author::Person(row.try_get("name")?),
                    from_staff: true,
                    body: row.try_get("body")?,
                    created_at: ts(row, "created_at")?,
                    attachments: Vec::new(),
                })
            })
            .collect()
    }

    async fn information_provided(
        &self,
        request: &RequestSummary,
        by: &Account,
        ctx: &Ctx,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let current = self.summary_by_row(tx.conn(), request.row_id).await?;
        if current.status == RequestStatus::NeedsInfo {
            self.move_request(
                tx.conn(),
                &current,
                RequestEvent::ProvideInformation,
                by.id,
                "",
                ctx.at,
            )
            .await?;
        }
        tx.commit().await
    }

    async fn enqueue_job(&self, job: &NewJob) -> Result<()> {
        let mut tx = self.begin().await?;
        self.insert_job(tx.conn(), &job.job, job.run_at, job.run_at)
            .await?;
        tx.commit().await
    }

    async fn claim_job(
        &self,
        worker: &str,
        now: Timestamp,
        lease: Duration,
    ) -> Result<Option<Job>> {
        let mut tx = self.begin().await?;
        let sql = format!(
            "UPDATE jobs SET lease_until = $1, locked_by = $2, attempts = attempts + 1 WHERE id = ( \
             SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= $3 AND (lease_until IS NULL OR lease_until < $3) \
             ORDER BY run_at, id LIMIT 1{}) RETURNING id, kind, payload, attempts",
            self.dialect().skip_locked()
        );
        let row = sqlx::query(&sql)
            .bind(now.plus(lease).unix_millis())
            .bind(worker)
            .bind(now.unix_millis())
            .fetch_optional(tx.conn())
            .await?;
        tx.commit().await?;
        row.map(|row| {
            let kind: String = row.try_get("kind")?;
            let payload: String = row.try_get("payload")?;
            let payload = serde_json::from_str(&payload)
                .map_err(|e| StoreError::Corrupt(format!("job payload: {e}")))?;
            Ok(Job {
                id: row.try_get("id")?,
                job: JobKind::from_stored(&kind, payload).map_err(|e| e.to_string()),
                kind,
                attempts: row.try_get("attempts")?,
            })
        })
        .transpose()
    }

    async fn complete_job(&self, id: i64, now: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE jobs SET done_at = $1, lease_until = NULL WHERE id = $2")
            .bind(now.unix_millis())
            .bind(id)
            .execute(tx.conn())
            .await?;
        tx.commit().await
    }

    async fn retry_job(&self, id: i64, error: &str, run_at: Timestamp) -> Result<()> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE jobs SET run_at = $1, lease_until = NULL, last_error = $2 WHERE id = $3",
        )
        .bind(run_at.unix_millis())
        .bind(error)
        .bind(id)
        .execute(tx.conn())
        .await?;
        tx.commit().await
    }

    async fn expire_hold(
        &self,
        request_row_id: i64,
        expires_at: Timestamp,
        ctx: &Ctx,
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        let ended = sqlx::query("UPDATE holds SET ended_at = $1 WHERE request_id = $2 AND expires_at = $3 AND ended_at IS NULL")
            .bind(ctx.at.unix_millis())
            .bind(request_row_id)
            .bind(expires_at.unix_millis())
            .execute(tx.conn())
            .await?
            .rows_affected();
        if ended != 1 {
            // Extended meanwhile, or already expired by an earlier run: nothing to do.
            tx.commit().await?;
            return Ok(false);
        }
        let summary = self.summary_by_row(tx.conn(), request_row_id).await?;
        self.move_request(
            tx.conn(),
            &summary,
            RequestEvent::Expire,
            summary.owner_id,
            "",
            ctx.at,
        )
        .await?;
        if let Some(reference) = &summary.reference {
            // Extensions of this hold end with it.
            let extensions: Vec<i64> = sqlx::query_scalar(
                "SELECT id FROM requests WHERE kind = 'preservation_extension' AND status = 'preserved' AND owner_id = $1 AND submitted LIKE $2",
            )
            .bind(summary.owner_id)
            .bind(format!("%\"extends_reference\":\"{reference}\"%"))
            .fetch_all(tx.conn())
            .await?;
            for extension in extensions {
                let extension = self.summary_by_row(tx.conn(), extension).await?;
                self.move_request(
                    tx.conn(),
                    &extension,
                    RequestEvent::Expire,
                    summary.owner_id,
                    "",
                    ctx.at,
                )
                .await?;
            }
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

    async fn hold_warning_target(
        &self,
        request_row_id: i64,
    ) -> Result<Option<(RequestSummary, Account, HoldRecord)>> {
        let summary = {
            let mut conn = self.pool().acquire().await?;
            self.summary_by_row(&mut conn, request_row_id).await?
        };
        let Some(hold) = self.hold(&summary).await? else {
            return Ok(None);
        };
        if hold.ended_at.is_some() {
            return Ok(None);
        }
        let owner = crate::sql::AccountLookup::account(self, summary.owner_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        Ok(Some((summary, owner, hold)))
    }
}
