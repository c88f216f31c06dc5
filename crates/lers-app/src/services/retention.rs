//! The recycle bin and retention as use cases: who may delete, restore and hold what
//! (every denial audited), and the purges the job runner starts at each tick.

use lers_domain::account::{Account, AccountKind, Role};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::retention::RecordClass;
use lers_store::{BinEntry, BinItem, Ctx, Refusal, StoreError};
use serde_json::json;

use crate::app::App;
use crate::error::AppError;

/// Audit entries pruned per transaction, so a large backlog never holds the log's
/// lock for long; the sweep loops until none are left.
const PRUNE_BATCH: i64 = 1_000;

/// What one retention sweep removed, per record class (also in the audit log).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RetentionReport {
    pub bin_purged: u64,
    pub cases_purged: u64,
    pub messages_purged: u64,
    pub sign_in_purged: u64,
    pub audit_pruned: u64,
    pub blobs_deleted: u64,
}

fn is_admin(account: &Account) -> bool {
    account.kind == AccountKind::Staff && account.roles.contains(Role::Admin)
}

impl App {
    /// Records a refusal of a bin or hold action (the action attempted and why).
    async fn deny(&self, action: AuditAction, subject: String, why: &str, ctx: &Ctx) {
        let event = AuditEvent::new(ctx.at, ctx.actor.clone(), action, Outcome::Denied)
            .from_ip(ctx.ip.clone())
            .subject(subject)
            .details(json!({ "reason": why }));
        if let Err(e) = self.store.record_event(event).await {
            tracing::error!(error = %e, "could not audit a refusal");
        }
    }

    /// Deletes `item` into the recycle bin: admin objects by admins, a document by the
    /// account that uploaded it (before review).
    pub async fn delete_to_bin(
        &self,
        actor: &Account,
        item: BinItem<'_>,
        ctx: &Ctx,
    ) -> Result<BinEntry, AppError> {
        let allowed = match item {
            BinItem::Document { by, .. } | BinItem::DraftRequest { by, .. } => by == actor.id,
            _ => is_admin(actor),
        };
        if !allowed {
            self.deny(
                AuditAction::BinDeleted,
                format!("{item:?}"),
                "not_allowed",
                ctx,
            )
            .await;
            return Err(AppError::Forbidden);
        }
        let purge_after = self.retention.purge_after(ctx.at);
        Ok(self.store.move_to_bin(item, purge_after, ctx).await?)
    }

    /// The bin as `actor` sees it: their own things, and the admin objects for admins.
    pub async fn recycle_bin(&self, actor: &Account) -> Result<Vec<BinEntry>, AppError> {
        let mut entries = self.store.bin_entries(Some(actor.id)).await?;
        if is_admin(actor) {
            entries.extend(self.store.bin_entries(None).await?);
        }
        Ok(entries)
    }

    /// Restores a bin entry; a refusal (not theirs, window over, conflict) is audited.
    pub async fn restore_from_bin(
        &self,
        actor: &Account,
        id: i64,
        ctx: &Ctx,
    ) -> Result<BinEntry, AppError> {
        match self
            .store
            .restore_from_bin(id, actor.id, is_admin(actor), ctx)
            .await
        {
            Ok(entry) => Ok(entry),
            Err(e @ StoreError::Refused(_)) => {
                let why = match &e {
                    StoreError::Refused(Refusal::RestoreConflict { .. }) => "conflict",
                    StoreError::Refused(Refusal::Bin(refusal)) => bin_reason(refusal),
                    _ => "refused",
                };
                self.deny(
                    AuditAction::BinRestoreRefused,
                    format!("bin:{id}"),
                    why,
                    ctx,
                )
                .await;
                Err(e.into())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Places a legal hold on a case (approvers and admins; a reason is required).
    pub async fn place_legal_hold(
        &self,
        actor: &Account,
        request: &str,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        self.may_hold(actor, request, ctx).await?;
        Ok(self.store.place_legal_hold(request, reason, ctx).await?)
    }

    /// Lifts the legal hold in force on a case (same people; a reason is required).
    pub async fn lift_legal_hold(
        &self,
        actor: &Account,
        request: &str,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        self.may_hold(actor, request, ctx).await?;
        Ok(self.store.lift_legal_hold(request, reason, ctx).await?)
    }

    async fn may_hold(&self, actor: &Account, request: &str, ctx: &Ctx) -> Result<(), AppError> {
        let allowed = actor.kind == AccountKind::Staff
            && (actor.roles.contains(Role::Approver) || actor.roles.contains(Role::Admin));
        if !allowed {
            self.deny(
                AuditAction::LegalHoldRefused,
                request.to_owned(),
                "role",
                ctx,
            )
            .await;
            return Err(AppError::Forbidden);
        }
        // Within the staff member's regions and data-sharing rules (refusal audited).
        self.staff_case(actor, request, ctx).await?;
        Ok(())
    }

    /// One retention sweep (run at each job-runner tick): the bin's due entries, then
    /// each record class, then the ciphertexts whose keys were destroyed. Each step is
    /// its own guarded transaction, so a crash only leaves steps to be done next time.
    pub async fn sweep_retention(&self, ctx: &Ctx) -> Result<RetentionReport, StoreError> {
        let mut report = RetentionReport::default();
        for entry in self.store.bin_due(ctx.at).await? {
            report.bin_purged += u64::from(self.store.purge_bin_entry(entry.id, ctx).await?);
        }
        let policy = &self.retention;
        let cases = policy.cutoff(RecordClass::ClosedCases, ctx.at);
        for case in self.store.closed_cases_due(cases).await? {
            report.cases_purged += u64::from(self.store.purge_closed_case(case, cases, ctx).await?);
        }
        report.messages_purged = self
            .store
            .purge_messages(policy.cutoff(RecordClass::Messages, ctx.at), ctx)
            .await?;
        report.sign_in_purged = self
            .store
            .purge_sign_in_history(policy.cutoff(RecordClass::SignIn, ctx.at), ctx)
            .await?;
        let audit = policy.cutoff(RecordClass::Audit, ctx.at);
        loop {
            let pruned = self.store.prune_audit(audit, PRUNE_BATCH, ctx).await?;
            report.audit_pruned += pruned;
            if pruned < u64::try_from(PRUNE_BATCH).unwrap_or(0) {
                break;
            }
        }
        for key in self.store.shredded_blobs().await? {
            match self.vault.discard(&key).await {
                Ok(()) => {
                    self.store.shredded_blob_deleted(&key, ctx.at).await?;
                    report.blobs_deleted += 1;
                }
                Err(e) => {
                    tracing::warn!(blob = %key, error = %e, "could not delete a shredded document yet")
                }
            }
        }
        Ok(report)
    }
}

fn bin_reason(refusal: &lers_domain::retention::BinRefusal) -> &'static str {
    use lers_domain::retention::BinRefusal as R;
    match refusal {
        R::Purged => "purged",
        R::AlreadyRestored => "already_restored",
        R::WindowOver => "window_over",
        R::NotYours => "not_yours",
    }
}
