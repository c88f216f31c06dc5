//! The requester's work on requests: drafting, submitting, withdrawing, messages and
//! documents. Authorisation is by construction: every lookup goes through
//! `request_for(viewer, id)`, which finds nothing that is not the viewer's or shared
//! with them, and changes are refused to anyone but the owner.

use lers_store::OutgoingMail;
use std::path::PathBuf;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_domain::problem::Problem;
use lers_domain::request::{RequestChannel, RequestDraft, RequestKind, RequestStatus};
use lers_store::Submission;
use lers_store::{tokens, Account, Ctx, DocumentRecord, MessageRecord, NewDocument, RequestRecord};
use serde_json::json;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::emergencies::Channel;
use crate::app::App;
use crate::error::{AppError, FormError};
use crate::i18n::Tr;

const MAX_MESSAGE_CHARS: usize = 10_000;
const MAX_REASON_CHARS: usize = 2_000;

impl App {
    /// The request if `viewer` may see it; otherwise "not found", whoever asks.
    pub async fn visible_request(
        &self,
        viewer: &Account,
        id: &str,
    ) -> Result<RequestRecord, AppError> {
        self.store
            .request_for(viewer, id)
            .await?
            .ok_or(AppError::NotFound)
    }

    pub async fn create_request(
        &self,
        owner: &Account,
        kind: RequestKind,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord, AppError> {
        Ok(self.store.create_request(owner, kind, draft, ctx).await?)
    }

    pub async fn save_draft(
        &self,
        owner: &Account,
        id: &str,
        draft: &RequestDraft,
        ctx: &Ctx,
    ) -> Result<RequestRecord, AppError> {
        self.refuse_intake_draft(id).await?;
        Ok(self.store.update_draft(owner, id, draft, ctx).await?)
    }

    /// A draft opened by intake staff is completed and registered by them, with the
    /// recorded time of receipt and channel: its requester may see it but not change
    /// or submit it (which would restart its legal clocks from now).
    async fn refuse_intake_draft(&self, id: &str) -> Result<(), AppError> {
        match self.store.intake_record(id).await? {
            Some(_) => Err(AppError::refusal(Problem::new(
                "form-conflict-intake-draft",
            ))),
            None => Ok(()),
        }
    }

    /// Checks the draft completely and submits it; problems come back per field. An
    /// emergency is scored for risk as it arrives through `channel`.
    pub async fn submit_request(
        &self,
        owner: &Account,
        id: &str,
        channel: Channel,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<RequestRecord, FormError> {
        let record = self.visible_request(owner, id).await?;
        self.submit_loaded_request(owner, record, channel, ctx, tr)
            .await
    }

    /// [`Self::submit_request`] for a request the caller has just read or created for
    /// `owner` (no second read). The store still checks, in the submitting
    /// transaction, that `owner` owns it and that it is a draft.
    pub async fn submit_loaded_request(
        &self,
        owner: &Account,
        record: RequestRecord,
        channel: Channel,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<RequestRecord, FormError> {
        self.refuse_intake_draft(&record.summary.id).await?;
        let arrived = match channel {
            Channel::Api { .. } => RequestChannel::Api,
            Channel::Portal | Channel::Unknown => RequestChannel::Portal,
        };
        self.submit_arrived(owner, record, (arrived, ctx.at), channel, ctx, tr)
            .await
    }

    /// [`Self::submit_loaded_request`] for a request that reached the provider through
    /// `arrival` (its channel and time of receipt, where its clocks start): the one
    /// submission path for the portal, the API and intake staff.
    pub(crate) async fn submit_arrived(
        &self,
        owner: &Account,
        record: RequestRecord,
        arrival: (RequestChannel, lers_domain::clock::Timestamp),
        channel: Channel,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<RequestRecord, FormError> {
        let (arrived, received_at) = arrival;
        let id = record.summary.id.as_str();
        if !record.is_owner(owner.id) {
            return Err(AppError::Forbidden.into());
        }
        if record.summary.status != RequestStatus::Draft {
            return Err(AppError::refusal(Problem::new("form-conflict-already-submitted")).into());
        }
        let (request, colleagues) = self
            .checked_submission(owner, record.summary.kind, &record.draft, received_at, ctx)
            .await?;
        let colleague_ids: Vec<i64> = colleagues.iter().map(|c| c.id).collect();
        // Placed before it is submitted: its files' region is fixed from here on.
        self.files_region(&record, ctx).await?;
        let submitted = self
            .store
            .submit_request(
                owner,
                id,
                &Submission {
                    request: &request,
                    colleague_ids: &colleague_ids,
                    year: ctx.at.date().year(),
                    due_at: self.sla.due(&request, received_at),
                    received_at,
                    channel: arrived,
                },
                ctx,
            )
            .await?;
        self.announce_submission(owner, &colleagues, &submitted, channel, ctx, tr)
            .await;
        Ok(submitted)
    }

    pub async fn withdraw_request(
        &self,
        owner: &Account,
        id: &str,
        reason: &str,
        ctx: &Ctx,
    ) -> Result<RequestRecord, FormError> {
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > MAX_REASON_CHARS {
            return Err(FormError::field(
                "reason",
                Problem::new("form-withdraw-reason").number("max", MAX_REASON_CHARS),
            ));
        }
        lers_domain::text::check_multi_line(reason)
            .map_err(|refusal| FormError::field("reason", refusal.problem("form-the-reason")))?;
        let record = self.visible_request(owner, id).await?;
        if !record.is_owner(owner.id) {
            return Err(AppError::Forbidden.into());
        }
        Ok(self.store.withdraw_request(owner, id, reason, ctx).await?)
    }

    /// Posts a message and alerts everyone else on the request, by email without content.
    /// A reply to a request for information sends the request back into review.
    pub async fn post_message(
        &self,
        author: &Account,
        id: &str,
        body: &str,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<MessageRecord, FormError> {
        let body = checked_message(body)?;
        let record = self.visible_request(author, id).await?;
        if record.summary.status == RequestStatus::Draft {
            return Err(AppError::refusal(Problem::new("form-conflict-submit-first")).into());
        }
        let message = deliver(self, author, &record, body, ctx, tr).await?;
        self.store
            .information_provided(&record.summary, author, ctx)
            .await?;
        Ok(message)
    }

    /// A reply from the response team, seen by the requester and colleagues.
    /// Tells the people following `record` that something new is there (content-free),
    /// once a message from `author` is stored.
    pub(crate) async fn alert_watchers(
        &self,
        author: &Account,
        record: &RequestRecord,
        tr: &Tr,
    ) -> Result<(), AppError> {
        alert_watchers(self, author, record, tr).await
    }

    pub async fn post_staff_reply(
        &self,
        staff: &Account,
        record: &RequestRecord,
        body: &str,
        ctx: &Ctx,
        tr: &Tr,
    ) -> Result<MessageRecord, AppError> {
        deliver(self, staff, record, body, ctx, tr).await
    }

    /// Streams one uploaded file (`chunks`, named `file_name` by the sender) to disk,
    /// hashing as it goes and stopping at `limit` bytes; nothing is held whole in memory.
    pub async fn receive_upload<E: std::fmt::Display>(
        &self,
        file_name: Option<&str>,
        chunks: impl Stream<Item = Result<Bytes, E>>,
    ) -> Result<TempUpload, FormError> {
        let limit = self.config.max_upload_bytes;
        let file_name = clean_file_name(file_name.unwrap_or("document.pdf"))
            .map_err(|problem| FormError::field("file", problem))?;
        let dir = self.config.data_dir.join("tmp");
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(AppError::internal)?;
        let mut upload = TempUpload {
            path: dir.join(format!("upload-{}", tokens::generate())),
            file_name,
            size: 0,
            sha256: String::new(),
        };
        let mut file = tokio::fs::File::create(&upload.path)
            .await
            .map_err(AppError::internal)?;
        let mut hasher = Sha256::new();
        let mut size: u64 = 0;
        let mut chunks = std::pin::pin!(chunks);
        while let Some(chunk) = chunks.next().await.transpose().map_err(|e| {
            // The cause is the HTTP library's English: logged, not shown.
            tracing::info!(error = %e, "upload interrupted");
            FormError::field("file", Problem::new("form-upload-interrupted"))
        })? {
            size += chunk.len() as u64;
            if size > limit {
                return Err(FormError::field(
                    "file",
                    Problem::new("form-file-too-large").number(
                        "mib",
                        usize::try_from(limit / (1024 * 1024)).unwrap_or(usize::MAX),
                    ),
                ));
            }
            hasher.update(&chunk);
            file.write_all(&chunk).await.map_err(AppError::internal)?;
        }
        file.flush().await.map_err(AppError::internal)?;
        if size == 0 {
            return Err(FormError::field("file", Problem::new("form-file-missing")));
        }
        upload.size = size;
        upload.sha256 = hex::encode(hasher.finalize());
        Ok(upload)
    }

    /// Refuses (and audits) an upload that is not an acceptable PDF.
    pub async fn check_pdf(
        &self,
        upload: TempUpload,
        id: &str,
        ctx: &Ctx,
    ) -> Result<CheckedPdf, FormError> {
        if let Err(refusal) = self.pdf_checker.check(&upload.path).await {
            let refused = AuditEvent::new(ctx.at, ctx.actor.clone(), AuditAction::DocumentRefused, Outcome::Denied)
            .from_ip(ctx.ip.clone())
            .subject(id.to_owned())
            .details(json!({"reason": format!("{refusal:?}").split('(').next().unwrap_or("").to_lowercase(), "bytes": upload.size, "sha256": upload.sha256}));
            self.store.record_event(refused).await?;
            return Err(FormError::field("file", refusal.problem()));
        }
        Ok(CheckedPdf(upload))
    }

    /// Decides whether `uploader` may add a document to request `id`, before any byte
    /// of the file is read: nobody else's upload is received, stored or parsed.
    pub async fn may_add_document(
        &self,
        uploader: &Account,
        id: &str,
        role: DocumentRole,
    ) -> Result<RequestRecord, AppError> {
        let record = self.visible_request(uploader, id).await?;
        // Colleagues may read, message and download; legal process is the owner's to add.
        if role == DocumentRole::LegalProcess && !record.is_owner(uploader.id) {
            return Err(AppError::Forbidden);
        }
        if !(record.summary.status == RequestStatus::Draft || record.summary.status.is_open()) {
            return Err(AppError::refusal(Problem::new(
                "form-conflict-closed-to-documents",
            )));
        }
        Ok(record)
    }

    /// Seals a checked PDF into the vault and records it; `record` comes from
    /// [`App::may_add_document`] (the store checks status again when it records the document).
    pub async fn store_document(
        &self,
        uploader: &Account,
        record: &RequestRecord,
        message_id: Option<i64>,
        CheckedPdf(upload): CheckedPdf,
        ctx: &Ctx,
    ) -> Result<DocumentRecord, FormError> {
        let id = record.summary.id.as_str();
        let document_id = lers_store::new_document_id();
        let region = self.files_region(record, ctx).await?;
        let sealed = self
            .vault
            .seal_file(&upload.path, &document_id, id, &region)
            .await?;
        let document = NewDocument {
            public_id: document_id,
            file_name: upload.file_name.clone(),
            content_type: "application/pdf".into(),
            size: i64::try_from(upload.size).unwrap_or(i64::MAX),
            sha256: upload.sha256.clone(),
            blob_key: sealed.blob_key,
            wrapped_key: sealed.wrapped_key,
            key_version: sealed.key_version,
            region,
        };
        match self
            .store
            .add_document(uploader, &record.summary, message_id, &document, ctx)
            .await
        {
            Ok(stored) => Ok(stored),
            Err(e) => {
                self.vault
                    .remove(&document.blob_key, &document.region)
                    .await;
                Err(e.into())
            }
        }
    }

    /// Decrypts a document for someone who may see its request; audited.
    pub async fn download_document(
        &self,
        viewer: &Account,
        id: &str,
        document_id: &str,
        ctx: &Ctx,
    ) -> Result<(DocumentRecord, Vec<u8>), AppError> {
        let record = self.visible_request(viewer, id).await?;
        self.open_document(&record, document_id, ctx).await
    }

    /// Decrypts one document of `record` and records who opened it.
    pub async fn open_document(
        &self,
        record: &RequestRecord,
        document_id: &str,
        ctx: &Ctx,
    ) -> Result<(DocumentRecord, Vec<u8>), AppError> {
        let documents = self.store.documents(&record.summary).await?;
        let document = documents
            .into_iter()
            .find(|d| d.id == document_id)
            .ok_or(AppError::NotFound)?;
        let bytes = self
            .vault
            .open(
                &document.blob_key,
                &document.wrapped_key,
                (&document.id, &record.summary.id),
                document.region.as_deref(),
            )
            .await?;
        let event = AuditEvent::new(
            ctx.at,
            ctx.actor.clone(),
            AuditAction::DocumentDownloaded,
            Outcome::Success,
        )
        .from_ip(ctx.ip.clone())
        .subject(document.id.clone())
        .details(json!({"request": record.summary.id, "bytes": bytes.len()}));
        self.store.record_event(event).await?;
        Ok((document, bytes))
    }
}

fn checked_message(body: &str) -> Result<&str, FormError> {
    let body = body.trim();
    if body.is_empty() || body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(FormError::field(
            "body",
            Problem::new("form-message-length").number("max", MAX_MESSAGE_CHARS),
        ));
    }
    lers_domain::text::check_multi_line(body)
        .map_err(|refusal| FormError::field("body", refusal.problem("form-the-message")))?;
    Ok(body)
}

async fn deliver(
    state: &App,
    author: &Account,
    record: &RequestRecord,
    body: &str,
    ctx: &Ctx,
    tr: &Tr,
) -> Result<MessageRecord, AppError> {
    let message = state
        .store
        .post_message(author, &record.summary, body, ctx)
        .await?;
    alert_watchers(state, author, record, tr).await?;
    Ok(message)
}

/// "There is something new, log in to read it" — never the content itself.
async fn alert_watchers(
    state: &App,
    author: &Account,
    record: &RequestRecord,
    tr: &Tr,
) -> Result<(), AppError> {
    let reference = record.summary.reference.clone().unwrap_or_default();
    let service = state.config.service_name.clone();
    let link = state
        .config
        .link(&format!("/requests/{}", record.summary.id));
    for watcher in state.store.request_watchers(&record.summary).await? {
        if watcher.id == author.id {
            continue;
        }
        let tr = Tr::for_account(&watcher.locale, || tr.clone());
        let subject = tr.with(
            "mail-new-message-subject",
            &[
                ("reference", reference.clone()),
                ("service", service.clone()),
            ],
        );
        let body = tr.with(
            "mail-new-message-body",
            &[
                ("name", watcher.name.clone()),
                ("reference", reference.clone()),
                ("link", link.clone()),
                ("service", service.clone()),
            ],
        );
        if let Err(e) = state
            .send_or_queue(OutgoingMail::to_account(&watcher, &subject, body))
            .await
        {
            tracing::warn!(error = %e, reference, "could not send a message alert");
        }
    }
    Ok(())
}

/// An upload received into a private temporary file, deleted when dropped.
pub struct TempUpload {
    pub path: PathBuf,
    pub file_name: String,
    pub size: u64,
    pub sha256: String,
}

impl Drop for TempUpload {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// A file name safe to show and to put in a download header: one that would break
/// the header or hide its real extension (control or formatting characters, see
/// `lers_domain::text`) is refused; quotes and wildcard characters are dropped.
pub(crate) fn clean_file_name(name: &str) -> Result<String, Problem> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    lers_domain::text::check_single_line(base)
        .map_err(|refusal| refusal.problem("form-the-file-name"))?;
    let cleaned: String = base
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>' | '|' | ':' | '*' | '?'))
        .take(200)
        .collect();
    Ok(if cleaned.trim().is_empty() {
        "document.pdf".into()
    } else {
        cleaned.trim().to_owned()
    })
}

/// An upload that passed the PDF check: the only kind [`App::store_document`] takes, so a
/// file is checked exactly once on every path.
pub struct CheckedPdf(TempUpload);

/// What a document is added as: legal process (the owner's to add) or a message's
/// attachment (colleagues may add those too).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentRole {
    LegalProcess,
    Attachment,
}
