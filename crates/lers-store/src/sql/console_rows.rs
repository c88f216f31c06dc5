//! Shared by the console's concerns: moving a request, preservation holds and the
//! jobs they schedule, inside the caller's transaction.

use crate::sql::Conn;
use lers_domain::clock::Timestamp;
use lers_domain::jobs::{DirectoryJob, HoldJob, JobKind};
use lers_domain::request::review::DecisionReason;
use lers_domain::request::sla::{preservation_period, PRESERVATION_WARNING};
use lers_domain::request::staff_work::{may_extend, StaffRefusal};
use lers_domain::request::{RequestEvent, RequestKind, RequestStatus};
use serde::Serialize;
use sqlx::Row;

use super::request_rows::{summary_from_row, NewEvent, RequestSummary, SUMMARY_COLUMNS};
use crate::error::refused;
use crate::model::*;
use crate::sql::{ts, SqlStore};
use crate::{Result, StoreError};

/// Filters of the staff queue.
#[derive(Clone, Debug, Default)]
pub struct QueueQuery {
    pub kind: Option<RequestKind>,
    pub status: Option<RequestStatus>,
    pub country: Option<String>,
    pub assignee: Option<i64>,
    pub overdue_only: bool,
    pub limit: i64,
    pub offset: i64,
    /// The viewer's regions as stored (`,eu,us,`; empty: every region) and the region
    /// of requests from before regions.
    pub regions: String,
    pub default_region: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct QueueItem {
    pub summary: RequestSummary,
    pub due_at: Option<Timestamp>,
    pub overdue: bool,
    pub assignee: Option<String>,
    pub agency: String,
    /// The requester is suspended after a failed call-back: treat as possibly forged.
    pub owner_suspended: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReviewRecord {
    pub reviewer_id: i64,
    pub reviewer: String,
    pub checklist: lers_domain::request::review::Checklist,
    pub suggestion: lers_domain::request::review::Outcome,
    pub reviewed_at: Timestamp,
}

#[derive(Clone, Debug)]
pub struct NewDecision {
    pub kind: DecisionKind,
    pub reasons: Vec<lers_domain::request::review::DecisionReason>,
    pub note_to_requester: String,
    pub scope: Option<lers_domain::request::review::Scope>,
}

/// A decision as the requester may see it (no staff names).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct DecisionRecord {
    pub kind: DecisionKind,
    pub reasons: Vec<lers_domain::request::review::DecisionReason>,
    pub note_to_requester: String,
    pub scope: Option<lers_domain::request::review::Scope>,
    pub decided_at: Timestamp,
    #[serde(skip)]
    pub decided_by: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct NewCallback {
    pub phone: String,
    /// Where the number came from: never the request itself.
    pub number_source: String,
    pub answered_by: String,
    pub result: CallbackResult,
    pub note: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CallbackRecord {
    pub id: i64,
    pub staff_id: i64,
    /// The number as normalised (E.164, extension after ` ext. `).
    pub line: String,
    pub staff: String,
    pub phone: String,
    pub number_source: String,
    pub answered_by: String,
    pub result: String,
    pub note: String,
    pub at: Timestamp,
    /// The account that recorded it has been disabled since: a confirmation by it
    /// no longer counts (a failed one still does).
    pub recorder_disabled_since: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct HoldRecord {
    pub expires_at: Timestamp,
    pub extended: bool,
    pub ended_at: Option<Timestamp>,
}

/// A job to enqueue; the job itself says its kind, payload and dedupe key.
#[derive(Clone, Debug)]
pub struct NewJob {
    pub job: JobKind,
    pub run_at: Timestamp,
}

/// A claimed job. `kind` is the stored kind string (for logs); `job` is the typed job,
/// or why the stored row does not read as one (the runner retries it like a failure).
#[derive(Clone, Debug)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub job: std::result::Result<JobKind, String>,
    pub attempts: i64,
}

pub(super) const OPEN_STATUSES: &str =
    "('submitted', 'in_review', 'needs_info', 'approved', 'preserved', 'extended')";

impl SqlStore {
    /// Queues one account-directory action per target of `request`; the job runner
    /// carries them out (and retries them) outside this transaction.
    pub(super) async fn queue_directory_actions(
        &self,
        conn: &mut Conn<'_>,
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
    pub(super) async fn insert_job(
        &self,
        conn: &mut Conn<'_>,
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
    pub(super) async fn fold_in_preservation(
        &self,
        conn: &mut Conn<'_>,
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

    pub(super) async fn summary_by_row(
        &self,
        conn: &mut Conn<'_>,
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

    pub(super) async fn move_request(
        &self,
        conn: &mut Conn<'_>,
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

    pub(super) async fn schedule_hold_jobs(
        &self,
        conn: &mut Conn<'_>,
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
    pub(super) async fn start_or_extend_hold(
        &self,
        conn: &mut Conn<'_>,
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

pub(super) fn reasons_text(reasons: &[DecisionReason]) -> String {
    reasons
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(",")
}
