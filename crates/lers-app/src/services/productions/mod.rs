//! Productions end to end: a producer opens one for an approved request, uploads
//! files (streamed, sealed as they arrive, resumable), and delivers it; the requester
//! and colleagues download with a fresh second factor, in ranges, decrypted on the
//! fly ([`downloads`]); every access is audited; retention crypto-shreds what is left.

pub mod downloads;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use lers_domain::audit::{AuditAction, Outcome};
use lers_domain::problem::Problem;
use lers_domain::production::{clean_file_name, ByteRange};
use lers_domain::refusal::Explained;
use lers_store::delivery::UploadProgress;
use lers_store::productions::{FileState, ProductionFileRecord, ProductionRecord, UploadStep};
use lers_store::{Account, Ctx, RequestRecord, RequestSummary, StoreError};
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::app::App;
use crate::error::{AppError, FormError};

/// A producer's view of a production: it must be theirs and still open.
fn require_producer(producer: &Account, production: &ProductionRecord) -> Result<(), AppError> {
    if production.producer != producer.pseudonym {
        return Err(AppError::refusal(Problem::new(
            "form-conflict-not-your-production",
        )));
    }
    Ok(())
}

/// A production together with the request it answers.
pub struct Production {
    pub request: RequestSummary,
    pub record: ProductionRecord,
}

impl App {
    /// The production `production_id` of request `request_id`, for staff.
    pub async fn staff_production(
        &self,
        request_id: &str,
        production_id: &str,
    ) -> Result<Production, AppError> {
        match self.store.production_with_request(production_id).await? {
            Some((request, record)) if request.id == request_id => {
                Ok(Production { request, record })
            }
            _ => Err(AppError::NotFound),
        }
    }

    pub async fn open_production(
        &self,
        producer: &Account,
        record: &RequestRecord,
        ctx: &Ctx,
    ) -> Result<ProductionRecord, AppError> {
        Ok(self
            .store
            .open_production(producer, &record.summary, ctx)
            .await?)
    }

    /// Registers a file about to be uploaded: its key exists when this returns.
    pub async fn start_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file: NewFile<'_>,
        ctx: &Ctx,
    ) -> Result<ProductionFileRecord, FormError> {
        require_producer(producer, production)?;
        let name = clean_file_name(file.name).map_err(|e| FormError::field("name", e.problem()))?;
        if file.size > lers_store::segments::MAX_PLAIN_LEN {
            return Err(FormError::field(
                "size",
                Problem::new("form-production-file-too-large"),
            ));
        }
        let source_tag: String = file
            .source_tag
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        let region = self.stored_region(production.request_row_id).await?;
        let prepared = self
            .productions
            .prepare(name, file.size, source_tag, &region)
            .await?;
        match self
            .store
            .start_production_file(producer, production, &prepared, ctx)
            .await
        {
            Ok(file) => Ok(file),
            Err(e) => {
                let _ = self.productions.discard(&prepared.id).await;
                Err(e.into())
            }
        }
    }

    /// Takes one chunk of an upload, on any node; completes the file when its last byte
    /// is in. The file's lock (this node) and claim (every node) are held from before
    /// its record is read until its progress is stored, so two chunks of one file
    /// never interleave. The work runs as its own task: a
    /// client that disconnects cannot cut it off half-way (between writing and
    /// recording, or in the middle of storing the blob).
    pub async fn receive_production_file<S, E>(
        &self,
        producer: &Account,
        chunk: Chunk,
        body: S,
        ctx: &Ctx,
    ) -> Result<Uploaded, AppError>
    where
        S: Stream<Item = Result<Bytes, E>> + Send + Unpin + 'static,
        E: std::fmt::Display + Send + 'static,
    {
        let work = receive_chunk(self.clone(), producer.clone(), chunk, body, ctx.clone());
        tokio::spawn(work).await.map_err(AppError::internal)?
    }

    pub async fn remove_production_file(
        &self,
        producer: &Account,
        production: &ProductionRecord,
        file_id: &str,
        ctx: &Ctx,
    ) -> Result<(), AppError> {
        require_producer(producer, production)?;
        let file = file_of(production, file_id)?;
        // Not while a chunk of it is being received (or stored), here or on another node.
        let _lock = self.productions.lock(&file.id)?;
        let _claim = self.store.claim_upload(&file.id).await?;
        self.store
            .remove_production_file(producer, production, &file.id, ctx)
            .await?;
        self.productions.discard(&file.id).await?;
        self.store
            .blob_deleted(&file.id, ctx.at)
            .await
            .map_err(Into::into)
    }

    pub async fn deliver_production(
        &self,
        producer: &Account,
        record: &RequestRecord,
        production: &ProductionRecord,
        ctx: &Ctx,
    ) -> Result<ProductionRecord, AppError> {
        require_producer(producer, production)?;
        let delivered = self
            .store
            .deliver_production(
                producer,
                &record.summary,
                production,
                &self.production_policy,
                ctx,
            )
            .await?;
        super::console::notify_requester(self, record).await;
        Ok(delivered)
    }

    /// The producer checks that what is stored decrypts to what they uploaded, without
    /// taking the plaintext out. Audited, and counted as staff access to the file.
    pub async fn verify_production(
        &self,
        producer: &Account,
        target: &Production,
        file_id: &str,
        ctx: &Ctx,
    ) -> Result<bool, AppError> {
        let (request, production) = (&target.request, &target.record);
        require_producer(producer, production)?;
        let file = file_of(production, file_id)?;
        if file.state != FileState::Stored {
            return Err(AppError::refusal(Problem::new(
                "form-conflict-file-incomplete",
            )));
        }
        let whole = ByteRange {
            start: 0,
            end: file.size,
        };
        let mut digest = Sha256::new();
        let checked = async move {
            let mut plain = self
                .productions
                .open_range(&request.id, file, whole)
                .await?;
            while let Some(chunk) = plain.next().await {
                digest.update(&chunk?);
            }
            Ok::<_, StoreError>(hex::encode(digest.finalize()))
        }
        .await;
        let matches = matches!(&checked, Ok(sha) if Some(sha) == file.sha256.as_ref());
        self.store
            .record_production_access(
                AuditAction::ProductionVerified,
                if matches {
                    Outcome::Success
                } else {
                    Outcome::Failure
                },
                production,
                json!({"file": file.id, "matches": matches}),
                ctx,
            )
            .await?;
        self.note_staff_access(producer, ctx).await?;
        match checked {
            Err(StoreError::Integrity(_)) | Ok(_) => Ok(matches),
            Err(other) => Err(other.into()),
        }
    }

    /// Counts a staff member's access to a requester's file; unusual volumes raise an
    /// alert in the console.
    pub async fn note_staff_access(&self, staff: &Account, ctx: &Ctx) -> Result<(), AppError> {
        if let Some(alert) = self
            .store
            .check_staff_access(staff, &self.access_alerts, ctx)
            .await?
        {
            tracing::warn!(staff = %alert.staff_pseudonym, accesses = alert.accesses, "unusual staff access to requesters' files");
        }
        Ok(())
    }

    /// Crypto-shreds every production whose retention ended, then deletes the blobs of
    /// shredded or removed files (again on the next run if the blob store was down).
    pub async fn shred_expired_productions(&self, ctx: &Ctx) -> Result<u64, StoreError> {
        let due = self
            .store
            .productions_to_shred(ctx.at, &self.production_policy)
            .await?;
        for production in &due {
            self.store
                .shred_production(production, &self.production_policy, ctx)
                .await?;
        }
        for key in self.store.blobs_to_delete().await? {
            match self.productions.discard(&key).await {
                Ok(()) => self.store.blob_deleted(&key, ctx.at).await?,
                Err(e) => {
                    tracing::warn!(blob = %key, error = %e, "could not delete a shredded blob yet")
                }
            }
        }
        Ok(due.len() as u64)
    }
}

fn file_of<'a>(
    production: &'a ProductionRecord,
    file_id: &str,
) -> Result<&'a ProductionFileRecord, AppError> {
    production.file(file_id).ok_or(AppError::NotFound)
}

/// A file a producer is about to upload, as declared.
pub struct NewFile<'a> {
    pub name: &'a str,
    pub size: u64,
    /// Identifies the source file to the uploader (the page sends its modification
    /// time), so that resuming never splices two different files.
    pub source_tag: &'a str,
}

/// What became of a chunk.
pub enum Uploaded {
    /// The file as it stands now (stored once its last byte is in).
    Progress(ProductionFileRecord),
    /// The chunk does not start where the upload stands; resume from here.
    WrongOffset(u64),
}

/// Where one chunk goes.
pub struct Chunk {
    pub request_id: String,
    pub production_id: String,
    pub file_id: String,
    pub offset: u64,
}

async fn receive_chunk<S, E>(
    state: App,
    producer: Account,
    chunk: Chunk,
    body: S,
    ctx: Ctx,
) -> Result<Uploaded, AppError>
where
    S: Stream<Item = Result<Bytes, E>> + Send + Unpin,
    E: std::fmt::Display + Send,
{
    let (state, producer, ctx) = (&state, &producer, &ctx);
    // Only the production's producer may hold a file's lock and claim, even briefly.
    let target = state
        .staff_production(&chunk.request_id, &chunk.production_id)
        .await?;
    require_producer(producer, &target.record)?;
    file_of(&target.record, &chunk.file_id)?;
    let mut lock = state.productions.lock(&chunk.file_id)?;
    let mut claim = state.store.claim_upload(&chunk.file_id).await?;
    // Read again under the claim: where the upload stands now.
    let target = state
        .staff_production(&chunk.request_id, &chunk.production_id)
        .await?;
    let (request, production) = (&target.request, &target.record);
    let file = file_of(production, &chunk.file_id)?;
    if file.state != FileState::Uploading || !production.is_open() {
        return Err(AppError::refusal(Problem::new(
            "form-conflict-file-takes-no-data",
        )));
    }
    if chunk.offset != file.received {
        return Ok(Uploaded::WrongOffset(file.received));
    }
    // A file whose every byte is recorded only needs storing (a retry after a failure
    // between recording and storing).
    let progress = match &file.sha256 {
        Some(sha256) => UploadProgress {
            received: file.received,
            sha256: Some(sha256.clone()),
        },
        None => {
            state
                .productions
                .receive(&mut lock, &mut claim, &request.id, file, chunk.offset, body)
                .await?
        }
    };
    if (progress.received, progress.sha256.as_deref()) != (file.received, file.sha256.as_deref()) {
        state
            .store
            .record_upload_progress(
                production,
                &file.id,
                UploadStep {
                    from: file.received,
                    to: progress.received,
                    sha256: progress.sha256.as_deref(),
                    at: ctx.at,
                },
            )
            .await?;
    }
    let Some(sha256) = progress.sha256 else {
        let mut now = file.clone();
        now.received = progress.received;
        return Ok(Uploaded::Progress(now));
    };
    state.productions.store_blob(file).await?;
    let stored = state
        .store
        .complete_production_file(production, &file.id, &sha256, ctx)
        .await?;
    drop(lock);
    Ok(Uploaded::Progress(stored))
}
