//! The durable background job runner: jobs live in the database, are claimed with a
//! lease (`job_lease_secs`: a crashed worker's job becomes claimable again when its
//! lease runs out), are
//! retried with growing back-off, and their effects are idempotent, so a job cut off
//! mid-way runs to completion exactly once after a restart.

use std::time::Duration as StdDuration;

use lers_domain::audit::{AuditAction, AuditEvent, Outcome, ACTOR_SYSTEM};
use lers_domain::clock::{Duration, Timestamp};
use lers_domain::jobs::JobKind;
use lers_store::{Account, Ctx, Job, RequestSummary};
use serde_json::json;

use crate::app::App;
use crate::i18n::Tr;

impl App {
    /// Runs every job that is due now, the retention sweep and the inactivity sweep
    /// (`services::inactivity`); returns how many jobs
    /// ran (successfully or not) plus how many productions were shredded.
    pub async fn run_due_jobs(&self, worker: &str) -> usize {
        // Jobs act first (mail a notice, post to an HI-1 endpoint or a webhook) and
        // record it after: with a log that cannot record, each retry would act again,
        // unrecorded. Nothing runs until it can.
        if let Err(e) = self.store.check_audit_recording().await {
            tracing::error!(target: "lers::audit", error = %e, "background work paused: the audit log cannot record");
            return 0;
        }
        let mut ran = match self.shred_expired_productions(&system_ctx(self)).await {
            Ok(shredded) => usize::try_from(shredded).unwrap_or(usize::MAX),
            Err(e) => {
                tracing::error!(error = %e, "the retention sweep failed; it runs again next time");
                0
            }
        };
        // Inactive requester accounts: warned, then disabled (not counted as jobs run).
        if let Err(e) = self.sweep_inactive_accounts(&system_ctx(self)).await {
            tracing::error!(error = %e, "the inactivity sweep failed; it runs again next time");
        }
        // What HI-1 endpoints are to be told (status changes, Form 3, deliveries).
        if let Err(e) = self.sweep_hi1_outbound(&system_ctx(self)).await {
            tracing::error!(error = %e, "the HI-1 outbound sweep failed; it runs again next time");
        }
        // The recycle bin's purge and retention per record class (`services::retention`).
        if let Err(e) = self.sweep_retention(&system_ctx(self)).await {
            tracing::error!(error = %e, "the recycle bin and retention sweep failed; it runs again next time");
        }
        // "My data" exports past their expiry: keys dropped, files deleted.
        if let Err(e) = self.expire_data_exports(&system_ctx(self)).await {
            tracing::error!(error = %e, "the export expiry sweep failed; it runs again next time");
        }
        // Staff notifications due now (clocks, preservations, approvals) and digests.
        if let Err(e) = self.sweep_staff_notices(&system_ctx(self)).await {
            tracing::error!(error = %e, "the staff-notification sweep failed; it runs again next time");
        }
        // Keys destroyed since the last tick join the shred list (`services::shred_list`).
        if let Err(e) = self.record_shredded_keys().await {
            tracing::error!(error = %e, "the shred list could not be written; it is tried again next time");
        }
        let started = std::time::Instant::now();
        ran += self.run_claimed_jobs(worker).await;
        // One receipt mail per person for the API submissions since the last pass:
        // after the jobs, so a slow mail server never holds an emergency's page, and
        // within what is left of the pass's budget.
        let left = PASS_BUDGET.saturating_sub(started.elapsed());
        if let Err(e) = self.mail_api_receipts(left).await {
            tracing::error!(error = %e, "the receipt mails failed; they are tried again next time");
        }
        ran
    }

    /// Claims and runs due jobs until none is left or PASS_BUDGET of real time has
    /// passed (slow webhook receivers can keep the queue full, and the sweeps run at
    /// every tick); returns how many ran.
    async fn run_claimed_jobs(&self, worker: &str) -> usize {
        let mut ran = 0;
        let started = std::time::Instant::now();
        loop {
            if started.elapsed() > PASS_BUDGET {
                return ran;
            }
            let now = self.clock.now();
            let job = match self
                .store
                .claim_job(worker, now, self.config.job_lease)
                .await
            {
                Ok(Some(job)) => job,
                Ok(None) => return ran,
                Err(e) => {
                    tracing::error!(error = %e, "could not claim a job");
                    return ran;
                }
            };
            ran += 1;
            // The job's effects are claimed (e.g. a notice) until its lease ends, not a
            // moment later: whoever may take the job over may take them over too.
            let outcome = handle(self, &job, now.plus(self.config.job_lease)).await;
            let finished = match outcome {
                Ok(()) => self.store.complete_job(job.id, self.clock.now()).await,
                Err(error) => {
                    tracing::warn!(
                        job = job.id,
                        kind = job.kind,
                        error,
                        "job failed; will retry"
                    );
                    // Counted from the failure: a job that ran long (waiting on a
                    // lock, a slow server) is not due again at once.
                    let retry_at = self.clock.now().plus(backoff(job.attempts));
                    self.store.retry_job(job.id, &error, retry_at).await
                }
            };
            if let Err(e) = finished {
                tracing::error!(error = %e, job = job.id, "could not record a job's outcome");
                return ran;
            }
        }
    }
}

/// The longest one pass of the runner goes on claiming jobs (wall time, not the
/// injected clock: it bounds how long the sweeps wait, not when anything is due).
const PASS_BUDGET: StdDuration = StdDuration::from_secs(60);

/// 1, 4, 9, … minutes, at most a day.
fn backoff(attempts: i64) -> Duration {
    Duration::minutes(attempts.saturating_mul(attempts).clamp(1, 24 * 60))
}

/// Polls for due jobs every `every` until the process ends.
pub fn spawn_runner(state: App, worker: String, every: StdDuration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            state.run_due_jobs(&worker).await;
        }
    })
}

pub(crate) fn system_ctx(state: &App) -> Ctx {
    Ctx {
        at: state.clock.now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    }
}

async fn handle(state: &App, job: &Job, lease_until: Timestamp) -> Result<(), String> {
    match job.job.as_ref().map_err(Clone::clone)? {
        JobKind::UserNotice(notice) => {
            state
                .deliver_notice(
                    notice.notice,
                    notice.send_at,
                    lease_until,
                    &system_ctx(state),
                )
                .await
        }
        // Account-directory actions: a hold until a time, or a restriction.
        JobKind::DirectoryHold(action) => {
            let until = Timestamp::from_unix_millis(action.until.ok_or("hold without an end")?);
            state
                .directory
                .place_hold(action.target_type, &action.target, &action.reference, until)
                .await
                .map_err(|e| e.to_string())
        }
        JobKind::DirectoryRestrict(action) => state
            .directory
            .restrict(action.target_type, &action.target, &action.reference)
            .await
            .map_err(|e| e.to_string()),
        JobKind::PreservationExpiry(hold) => {
            state
                .store
                .expire_hold(hold.request, hold.expires_at(), &system_ctx(state))
                .await
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        JobKind::PreservationWarning(hold) => {
            warn_before_expiry(state, hold.request, hold.expires_at()).await
        }
        // An EU order's preservation: the same warning and expiry, on its own facts.
        JobKind::EuPreservationExpiry(hold) => {
            state
                .store
                .expire_eu_preservation(hold.request, hold.expires_at(), &system_ctx(state))
                .await
                .map_err(|e| e.to_string())?;
            Ok(())
        }
        JobKind::EuPreservationRenewal(lease) => state
            .store
            .renew_eu_preservation_lease(lease.request, state.clock.now())
            .await
            .map_err(|e| e.to_string()),
        JobKind::EtsiOutbound(message) => {
            state
                .send_hi1_outbound(message.message, &system_ctx(state))
                .await
        }
        JobKind::EuPreservationWarning(hold) => {
            let target = state
                .store
                .eu_warning_target(hold.request, hold.expires_at(), state.clock.now())
                .await
                .map_err(|e| e.to_string())?;
            match target {
                Some((summary, owner)) => {
                    send_hold_warning(state, &summary, &owner, hold.expires_at()).await
                }
                None => Ok(()),
            }
        }
        JobKind::DataExport(export) => state
            .build_data_export(export.export, &system_ctx(state))
            .await
            .map_err(|e| e.to_string()),
        JobKind::RegionMove(region_move) => {
            state.run_region_move(region_move, &system_ctx(state)).await
        }
        JobKind::StaffNotice(notice) => state
            .mail_staff_notice(notice.notification, &system_ctx(state))
            .await
            .map_err(|e| e.to_string()),
        JobKind::StaffDigest(digest) => state
            .mail_staff_digest(
                digest.account,
                &digest.day,
                Timestamp::from_unix_millis(digest.until),
                &system_ctx(state),
            )
            .await
            .map_err(|e| e.to_string()),
        JobKind::OncallPage(page) => state.page_on_call(page, &system_ctx(state)).await,
        JobKind::WebhookDelivery(delivery) => {
            state
                .deliver_webhook(delivery.delivery, &system_ctx(state))
                .await
        }
        JobKind::MailDelivery(mail) => state.deliver_queued_mail(mail.mail).await,
    }
}

/// Tells the requester that a hold ends soon, unless it was extended or has ended.
async fn warn_before_expiry(
    state: &App,
    request: i64,
    expires_at: Timestamp,
) -> Result<(), String> {
    let Some((summary, owner, hold)) = state
        .store
        .hold_warning_target(request)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(());
    };
    if hold.expires_at != expires_at {
        return Ok(());
    }
    send_hold_warning(state, &summary, &owner, expires_at).await
}

/// Mails the requester of `summary` that its preservation ends at `expires_at`
/// (reference and link only), and audits it.
async fn send_hold_warning(
    state: &App,
    summary: &RequestSummary,
    owner: &Account,
    expires_at: Timestamp,
) -> Result<(), String> {
    // The requester's own system hears of it too (agency webhooks); queued first, so
    // a failed mail, retried, neither loses nor repeats it.
    state
        .store
        .queue_preservation_ending(summary.row_id, expires_at, state.clock.now())
        .await
        .map_err(|e| e.to_string())?;
    let tr = Tr::for_account(&owner.locale, Tr::default);
    let reference = summary.reference.clone().unwrap_or_default();
    let service = state.config.service_name.clone();
    let subject = tr.with(
        "mail-hold-warning-subject",
        &[
            ("reference", reference.clone()),
            ("service", service.clone()),
        ],
    );
    let body = tr.with(
        "mail-hold-warning-body",
        &[
            ("name", owner.name.clone()),
            ("reference", reference.clone()),
            ("date", tr.when(&expires_at)),
            (
                "link",
                state.config.link(&format!("/requests/{}", summary.id)),
            ),
        ],
    );
    state
        .send_unless_down(&owner.email, &subject, body)
        .await
        .map_err(|e| e.to_string())?;
    let sent = AuditEvent::new(
        state.clock.now(),
        ACTOR_SYSTEM,
        AuditAction::PreservationWarningSent,
        Outcome::Success,
    )
    .subject(reference)
    .details(json!({"expires_at": expires_at.to_rfc3339()}));
    state
        .store
        .record_event(sent)
        .await
        .map_err(|e| e.to_string())
}
