//! The requester's side of a production: what was delivered, downloads that audit
//! themselves, and the manifest with its proof.

use futures::StreamExt;
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::production::{ByteRange, ManifestDocument};
use lers_store::delivery::PlainStream;
use lers_store::productions::{ProductionFileRecord, ProductionRecord};
use lers_store::{Account, Ctx, RequestSummary, SessionRecord, StoreError};
use serde_json::json;

use super::file_of;
use crate::app::App;
use crate::error::AppError;

impl App {
    /// Delivered productions of a request the requester can see.
    pub async fn delivered_productions(
        &self,
        request: &RequestSummary,
    ) -> Result<Vec<ProductionRecord>, AppError> {
        Ok(self
            .store
            .productions(request)
            .await?
            .into_iter()
            .filter(|p| p.delivered_at.is_some())
            .collect())
    }

    /// Opens a file of a delivered production for the requester (or a colleague with
    /// access). The stream audits itself when it ends, with the bytes actually sent.
    pub async fn download_production(
        &self,
        session: &SessionRecord,
        request_id: &str,
        production_id: &str,
        file_id: &str,
        range_header: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Download, DownloadRefusal> {
        let (request, production) =
            requester_production(self, &session.account, request_id, production_id).await?;
        let step_up_fresh = self.sessions.step_up_fresh(session.mfa_at, ctx.at);
        self.open_download(
            &request,
            &production,
            file_id,
            range_header,
            step_up_fresh,
            ctx,
        )
        .await
    }

    /// Opens a file of a delivered production for whoever may fetch it (the requester
    /// with a fresh second factor, or an HI-1 endpoint with its own credentials): the
    /// EA hold, availability and the range are checked, and the stream audits itself.
    pub(crate) async fn open_download(
        &self,
        request: &RequestSummary,
        production: &ProductionRecord,
        file_id: &str,
        range_header: Option<&str>,
        step_up_fresh: bool,
        ctx: &Ctx,
    ) -> Result<Download, DownloadRefusal> {
        // The EA hold of an EU order: held, or refused by the enforcing authority.
        self.store
            .check_download_release(request, production.delivered_at, ctx.at)
            .await?;
        let file = file_of(production, file_id)?.clone();
        if !production.is_available(ctx.at) {
            return Err(AppError::Gone(
            "this production is no longer available for download; ask the provider if you still need it"
                .into(),
        )
        .into());
        }
        if !step_up_fresh {
            return Err(DownloadRefusal::StepUp);
        }
        let range = ByteRange::parse(range_header, file.size)
            .map_err(|_| DownloadRefusal::Unsatisfiable(file.size))?;
        // The download is recorded when its stream ends: a log that cannot take that
        // entry (altered outside LERS) refuses it before a byte leaves.
        self.store.check_audit_recording().await?;
        let wanted = range.unwrap_or(ByteRange {
            start: 0,
            end: file.size,
        });
        let body = match self
            .productions
            .open_range(&request.id, &file, wanted)
            .await
        {
            Ok(body) => body,
            Err(StoreError::Integrity(message)) => {
                integrity_failed(self, production, &file, ctx).await;
                return Err(AppError::Integrity(message).into());
            }
            Err(other) => return Err(other.into()),
        };
        let body = audited(
            self.clone(),
            production.clone(),
            file.clone(),
            wanted,
            ctx.clone(),
            body,
        );
        Ok(Download { file, range, body })
    }

    /// The manifest of a delivered production, with a fresh proof that its delivery is
    /// in the signed audit log.
    pub async fn production_manifest(
        &self,
        account: &Account,
        request_id: &str,
        production_id: &str,
        ctx: &Ctx,
    ) -> Result<ManifestDocument, AppError> {
        let (request, production) =
            requester_production(self, account, request_id, production_id).await?;
        // What is held from the requester is not described to them either.
        self.store
            .check_download_release(&request, production.delivered_at, ctx.at)
            .await?;
        let (Some(manifest), Some(index)) =
            (production.manifest.clone(), production.delivery_audit_index)
        else {
            return Err(AppError::internal(
                "a delivered production without a manifest",
            ));
        };
        let proof = self.store.audit_proof(index).await?;
        self.store
            .record_production_access(
                AuditAction::ProductionManifestIssued,
                Outcome::Success,
                &production,
                json!({"tree_size": proof.tree_size}),
                ctx,
            )
            .await?;
        Ok(ManifestDocument::new(manifest, proof))
    }
}

async fn requester_production(
    state: &App,
    account: &Account,
    request_id: &str,
    production_id: &str,
) -> Result<(RequestSummary, ProductionRecord), AppError> {
    let record = state
        .store
        .request_for(account, request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let production = state
        .store
        .production(&record.summary, production_id)
        .await?
        .filter(|p| p.delivered_at.is_some())
        .ok_or(AppError::NotFound)?;
    Ok((record.summary, production))
}

/// A download about to be streamed.
pub struct Download {
    pub file: ProductionFileRecord,
    pub range: Option<ByteRange>,
    pub body: PlainStream,
}

/// Why a download cannot start.
pub enum DownloadRefusal {
    /// The second factor is not fresh: confirm a code first.
    StepUp,
    /// The Range lies outside the file (416), with the file size.
    Unsatisfiable(u64),
    App(AppError),
}

impl<E: Into<AppError>> From<E> for DownloadRefusal {
    fn from(error: E) -> Self {
        Self::App(error.into())
    }
}

async fn integrity_failed(
    state: &App,
    production: &ProductionRecord,
    file: &ProductionFileRecord,
    ctx: &Ctx,
) {
    tracing::error!(file = %file.id, "a production file failed its integrity check");
    let recorded = state
        .store
        .record_production_access(
            AuditAction::ProductionIntegrityFailed,
            Outcome::Failure,
            production,
            json!({"file": file.id}),
            ctx,
        )
        .await;
    if let Err(e) = recorded {
        tracing::error!(error = %e, "could not audit an integrity failure");
    }
}

/// Wraps a download stream so that, however it ends (complete, cut off by the client,
/// or stopped by a failed segment), one audit entry records who got how many bytes.
/// A complete download is audited before its last bytes are sent; one the client
/// abandons, or that fails, is audited as soon as it is dropped.
fn audited(
    state: App,
    production: ProductionRecord,
    file: ProductionFileRecord,
    range: ByteRange,
    ctx: Ctx,
    body: PlainStream,
) -> PlainStream {
    struct Tally {
        state: App,
        production: ProductionRecord,
        file: ProductionFileRecord,
        range: ByteRange,
        ctx: Ctx,
        sent: u64,
        failed: bool,
        recorded: bool,
    }
    impl Tally {
        /// The audit write, detached from `self` so it can run after a drop.
        fn record(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
            let complete = self.sent == self.range.len() && !self.failed;
            let details = json!({
                "file": self.file.id,
                "bytes": self.sent,
                "range_start": self.range.start,
                "range_end": self.range.end,
                "complete": complete,
                "integrity_failure": self.failed,
            });
            let (state, production, file, ctx, failed) = (
                self.state.clone(),
                self.production.clone(),
                self.file.clone(),
                self.ctx.clone(),
                self.failed,
            );
            async move {
                if failed {
                    integrity_failed(&state, &production, &file, &ctx).await;
                }
                let outcome = if complete {
                    Outcome::Success
                } else {
                    Outcome::Failure
                };
                if let Err(e) = state
                    .store
                    .record_production_access(
                        AuditAction::ProductionDownloaded,
                        outcome,
                        &production,
                        details,
                        &ctx,
                    )
                    .await
                {
                    tracing::error!(error = %e, "could not audit a download");
                }
            }
        }
    }
    impl Drop for Tally {
        fn drop(&mut self) {
            if self.recorded {
                return;
            }
            let Ok(runtime) = tokio::runtime::Handle::try_current() else {
                tracing::error!(file = %self.file.id, "download ended outside the runtime; not audited");
                return;
            };
            // Drop cannot wait; the entry is written right after.
            runtime.spawn(self.record());
            self.recorded = true;
        }
    }
    let tally = Tally {
        state,
        production,
        file,
        range,
        ctx,
        sent: 0,
        failed: false,
        recorded: false,
    };
    futures::stream::unfold((body, tally), |(mut body, mut tally)| async move {
        let item = body.next().await?;
        match &item {
            Ok(bytes) => tally.sent += bytes.len() as u64,
            Err(_) => tally.failed = true,
        }
        // The server stops polling once Content-Length bytes are out, so the entry
        // for a complete download is written before its last bytes are handed over.
        if tally.sent == tally.range.len() && !tally.failed && !tally.recorded {
            tally.record().await;
            tally.recorded = true;
        }
        Some((item, (body, tally)))
    })
    .boxed()
}
