//! "My data": what LERS holds about the signed-in person, shown on one page and
//! exported as a ZIP. The export is asked for after a fresh second factor, built by a
//! durable `data_export` job (`services::data_export`), sealed at rest until it
//! expires, and streamed back decrypted while the session's step-up is fresh. Asking,
//! building, downloading (and a download refused for want of a step-up) are audited.

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::problem::Problem;
use lers_domain::rights::{self, ExportProblem};
use lers_store::data_exports::DataExportRecord;
use lers_store::delivery::PlainStream;
use lers_store::my_data::{HeldMessage, HeldRequest, HeldSession};
use lers_store::{Account, ApiTokenRecord, AuditRecord, Ctx, Page, SessionRecord};
use serde_json::json;

use crate::app::App;
use crate::error::{AppError, FormError};

/// Everything the page shows.
pub struct MyData {
    pub account: Account,
    pub requests: Vec<HeldRequest>,
    pub messages: Vec<HeldMessage>,
    pub sessions: Vec<HeldSession>,
    /// The latest sign-in entries (first page).
    pub sign_ins: Page<AuditRecord>,
    pub tokens: Vec<ApiTokenRecord>,
    /// One page of the audit entries naming the person.
    pub audit: Page<AuditRecord>,
    pub audit_page: i64,
    pub audit_pages: i64,
    pub exports: Vec<DataExportRecord>,
}

/// An export being downloaded: its file name, length and decrypted bytes.
pub struct ExportDownload {
    pub name: String,
    pub size: u64,
    pub body: PlainStream,
}

/// Why a download did not start.
#[derive(Debug)]
pub enum ExportDownloadRefusal {
    /// The session's second factor is not fresh: confirm a code first.
    StepUp,
    App(AppError),
}

impl<E: Into<AppError>> From<E> for ExportDownloadRefusal {
    fn from(error: E) -> Self {
        Self::App(error.into())
    }
}

impl App {
    /// What is held about `account`, with page `audit_page` (1-based) of the audit
    /// entries naming them.
    pub async fn my_data(&self, account: &Account, audit_page: i64) -> Result<MyData, AppError> {
        let (limit, offset) = rights::audit_page(audit_page);
        let audit = self
            .store
            .audit_naming(&account.pseudonym, false, limit, offset)
            .await?;
        let audit_pages = (audit.total + limit - 1) / limit;
        Ok(MyData {
            requests: self.store.held_requests(account).await?,
            messages: self.store.held_messages(account).await?,
            sessions: self.store.held_sessions(account).await?,
            sign_ins: self
                .store
                .audit_naming(&account.pseudonym, true, limit, 0)
                .await?,
            tokens: self.store.api_tokens(account).await?,
            audit,
            audit_page: audit_page.max(1),
            audit_pages: audit_pages.max(1),
            exports: self.store.data_exports(account).await?,
            account: account.clone(),
        })
    }

    /// Asks for an export after a fresh TOTP code (a wrong one counts as a failed
    /// logon, like any step-up).
    pub async fn request_data_export(
        &self,
        session: &SessionRecord,
        code: &str,
        ctx: &Ctx,
    ) -> Result<DataExportRecord, FormError> {
        self.confirm_step_up(session, code, "code", ctx).await?;
        Ok(self
            .store
            .request_data_export(&session.account, ctx)
            .await?)
    }

    /// Opens export `public_id` of the session's person for download: only theirs,
    /// only once built and before it expires, only while the step-up is fresh.
    pub async fn download_data_export(
        &self,
        session: &SessionRecord,
        public_id: &str,
        ctx: &Ctx,
    ) -> Result<ExportDownload, ExportDownloadRefusal> {
        let account = &session.account;
        let export = self
            .store
            .own_data_export(account, public_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !self.sessions.step_up_fresh(session.mfa_at, ctx.at) {
            let denied = AuditEvent::new(
                ctx.at,
                &ctx.actor,
                AuditAction::DataExportDownloaded,
                Outcome::Denied,
            )
            .subject(account.pseudonym.clone())
            .details(json!({"export": export.public_id, "reason": "step_up_needed"}));
            self.store.record_event(denied).await?;
            return Err(ExportDownloadRefusal::StepUp);
        }
        match rights::download_problem(export.state, export.expires_at, ctx.at) {
            Some(ExportProblem::NotReady) => {
                return Err(AppError::refusal(Problem::new("form-conflict-export-building")).into())
            }
            Some(ExportProblem::Expired) => {
                return Err(AppError::Gone(
                    "this export has expired and its file is deleted; ask for a new one".into(),
                )
                .into())
            }
            None => {}
        }
        let (Some(sealed), Some(size)) = (export.sealed.as_ref(), export.size) else {
            return Err(AppError::internal("a ready export without its file").into());
        };
        let body = self
            .exports
            .open_stream(sealed, &account.pseudonym, size)
            .await?;
        self.store.note_data_export_download(&export, ctx).await?;
        Ok(ExportDownload {
            name: format!("lers-my-data-{}.zip", export.public_id),
            size,
            body,
        })
    }

    /// Expires exports past their time (at each job-runner tick): wrapped keys are
    /// dropped in the database first, then the blobs deleted.
    pub async fn expire_data_exports(&self, ctx: &Ctx) -> Result<usize, AppError> {
        let blobs = self.store.expire_data_exports(ctx).await?;
        for blob in &blobs {
            self.remove_export_blob(blob).await;
        }
        Ok(blobs.len())
    }

    /// Deletes an export blob whose key is already destroyed: a failure leaves only
    /// ciphertext nobody can open, so it is logged, not raised.
    pub(crate) async fn remove_export_blob(&self, blob: &str) {
        if let Err(e) = self.exports.remove(blob).await {
            tracing::warn!(blob, error = %e, "could not delete an export blob (its key is already destroyed)");
        }
    }
}
