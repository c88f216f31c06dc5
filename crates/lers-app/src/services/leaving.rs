//! Erasure: a requester who leaves (their password and a fresh second factor), or
//! whom an admin removes (the admin's fresh second factor), is anonymised with
//! everything that still acts for them or names them outside the legal record
//! (`LeavingStore::erase_person`). Requests they filed stay, as legal records, naming
//! only the pseudonym. Staff accounts are not erased here: deleting one is the
//! recycle bin's, which anonymises it when it is purged.

use lers_domain::account::AccountKind;
use lers_domain::problem::Problem;
use lers_store::leaving::LeavingReport;
use lers_store::{Account, Ctx, SessionRecord, StoreError};
use serde::Deserialize;

use super::passwords;
use crate::app::App;
use crate::error::{AppError, FormError};

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct LeaveForm {
    pub password: String,
    pub code: String,
    /// The box "I understand" on the confirmation page.
    pub confirm: String,
}

/// The counts the confirmation page shows next to what is erased and what is kept.
#[derive(Clone, Debug, Default)]
pub struct ErasurePreview {
    pub requests_kept: usize,
    pub drafts_emptied: usize,
    pub messages_kept: usize,
    pub sessions_ended: usize,
    pub tokens_revoked: usize,
}

impl App {
    /// What erasing `account` would do, counted.
    pub async fn erasure_preview(&self, account: &Account) -> Result<ErasurePreview, AppError> {
        let requests = self.store.held_requests(account).await?;
        let own = requests.iter().filter(|r| r.relation == "owner");
        let drafts = own.clone().filter(|r| r.status == "draft").count();
        Ok(ErasurePreview {
            requests_kept: own.count() - drafts,
            drafts_emptied: drafts,
            messages_kept: self.store.held_messages(account).await?.len(),
            sessions_ended: self.store.held_sessions(account).await?.len(),
            tokens_revoked: self
                .store
                .api_tokens(account)
                .await?
                .iter()
                .filter(|t| t.revoked_at.is_none())
                .count(),
        })
    }

    /// A requester leaves: their current password, a fresh TOTP code and the ticked
    /// confirmation. A wrong password or code counts as a failed logon.
    pub async fn leave(
        &self,
        session: &SessionRecord,
        form: LeaveForm,
        ctx: &Ctx,
    ) -> Result<LeavingReport, FormError> {
        let account = &session.account;
        if account.kind != AccountKind::Requester {
            return Err(AppError::Forbidden.into());
        }
        if form.confirm != "yes" {
            return Err(FormError::field(
                "confirm",
                Problem::new("form-leave-confirm"),
            ));
        }
        if !passwords::verify(account.password_hash.clone(), form.password).await {
            self.store
                .record_login_failure(Some(account), "leave_bad_password", &self.lockout, ctx)
                .await?;
            return Err(FormError::field(
                "password",
                Problem::new("form-not-current-password"),
            ));
        }
        self.confirm_step_up(session, &form.code, "code", ctx)
            .await?;
        Ok(self.erase(account.id, ctx).await?)
    }

    /// An admin removes requester `target` after a fresh TOTP code of their own.
    pub async fn remove_requester(
        &self,
        admin: &SessionRecord,
        target: &Account,
        code: &str,
        ctx: &Ctx,
    ) -> Result<LeavingReport, FormError> {
        if target.kind != AccountKind::Requester {
            return Err(FormError::field(
                "code",
                Problem::new("form-leaving-staff-account"),
            ));
        }
        self.confirm_step_up(admin, code, "code", ctx).await?;
        Ok(self.erase(target.id, ctx).await?)
    }

    /// Erases `account_id` with all of a person's leaving, and deletes their
    /// exports' blobs.
    async fn erase(&self, account_id: i64, ctx: &Ctx) -> Result<LeavingReport, AppError> {
        let report = self
            .store
            .erase_person(account_id, ctx)
            .await
            .map_err(|e| match e {
                StoreError::Refused(lers_store::Refusal::AlreadyErased) => {
                    AppError::refusal(Problem::new("form-refusal-already-erased"))
                }
                other => other.into(),
            })?;
        self.remove_export_blobs(&report).await;
        // Named in the shred list at once: a backup restored a moment later must not
        // bring the person back (a failure is left to the next job-runner tick, which
        // appends whatever is missing).
        if let Err(e) = self.record_shredded_keys().await {
            tracing::warn!(error = %e, "an erasure could not be named in the shred list yet; the next job-runner tick does it");
        }
        Ok(report)
    }

    /// Deletes from the blob store the exports an erasure expired.
    pub(crate) async fn remove_export_blobs(&self, report: &LeavingReport) {
        for blob in &report.export_blobs {
            self.remove_export_blob(blob).await;
        }
    }
}
