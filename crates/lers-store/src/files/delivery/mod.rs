//! Production files in motion: uploads are sealed segment by segment as they stream
//! in, each chunk's whole segments stored as one *part* in the file's blob store
//! (resumable at any acknowledged segment boundary, on any node), joined into the
//! file's blob when complete, and streamed back out decrypted — any byte range, in
//! constant memory, never emitting a segment that failed to authenticate.
//!
//! A file's associated data is `lers-prod-v1|{file id}|{request id}|{region}`, so a
//! blob copied under another file, request or region does not open.

use bytes::{Bytes, BytesMut};
use futures::stream::{self, BoxStream, Stream, StreamExt};
use lers_domain::production::ByteRange;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fs::File;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::crypto::contexts;
use crate::crypto::keys::{KeyProvider, SecretSealer};
use crate::crypto::segments::{
    self, integrity_error, SealingWriter, SegmentCipher, SegmentOpener, HEADER_LEN,
    SEALED_SEGMENT_LEN, SEGMENT_LEN, TAG_LEN,
};
use crate::crypto::tokens::random_id;
use crate::files::blobs::{part_key, BlobStore, RegionalStores};
use crate::sql::productions::{NewProductionFile, ProductionFileRecord};
use crate::sql::upload_claims::UploadClaim;
use crate::{io_error as io, Refusal, Result, StoreError};

/// Body chunks queued between the network and the sealing thread.
const CHUNKS_IN_FLIGHT: usize = 8;

/// Decrypted bytes streamed out.
pub type PlainStream = BoxStream<'static, Result<Bytes>>;

/// Where an upload stands after a chunk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadProgress {
    /// Plaintext bytes durably stored: the offset to resume from.
    pub received: u64,
    /// Set once the whole file is in: SHA-256 of its plaintext.
    pub sha256: Option<String>,
}

mod parts;
mod relocate;
mod sink;

use sink::StagingSink;

/// One upload's turn: held by the chunk being received.
type UploadSlot = Arc<tokio::sync::Mutex<()>>;

/// Uploads running at once on this node; each holds a sealing thread and a writer
/// thread.
const MAX_UPLOADS: usize = 16;
/// A chunk whose body sends nothing for this long ends (what arrived is kept).
const BODY_IDLE: Duration = Duration::from_secs(60);

/// Exclusive right, on this node, to add to one file, held from before its record is
/// read until its progress is recorded. Other nodes are kept out by the database's
/// upload claim (`UploadClaimStore`).
pub struct UploadLock {
    _slot: tokio::sync::OwnedMutexGuard<()>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

pub struct ProductionVault {
    staging: PathBuf,
    blobs: RegionalStores,
    sealer: Arc<SecretSealer>,
    slots: Mutex<HashMap<String, UploadSlot>>,
    uploads: Arc<tokio::sync::Semaphore>,
}

fn associated_data(file_id: &str, request_id: &str, region: &str) -> Vec<u8> {
    format!("lers-prod-v1|{file_id}|{request_id}|{region}").into_bytes()
}

impl ProductionVault {
    /// Files are sealed in their region's store in `blobs`; `staging` is this node's
    /// scratch space for the chunk being sealed and a file being joined (nothing
    /// there outlives a request).
    pub fn new(staging: PathBuf, blobs: RegionalStores, sealer: Arc<SecretSealer>) -> Result<Self> {
        std::fs::create_dir_all(&staging).map_err(io("cannot create the staging directory"))?;
        Ok(Self {
            staging,
            blobs,
            sealer,
            slots: Mutex::new(HashMap::new()),
            uploads: Arc::new(tokio::sync::Semaphore::new(MAX_UPLOADS)),
        })
    }

    /// The store that holds `file`'s blob and parts: its region's.
    fn store_of(&self, file: &ProductionFileRecord) -> Result<&Arc<dyn BlobStore>> {
        self.blobs.get(Some(&file.region))
    }

    /// A scratch file of this node for `file_id` (`what`: `part`, `joining`, …).
    fn scratch_path(&self, file_id: &str, what: &str) -> Result<PathBuf> {
        crate::files::blobs::check_key(file_id)?;
        Ok(self.staging.join(format!("{file_id}.{what}")))
    }

    fn data_key(&self, file: &ProductionFileRecord) -> Result<[u8; 32]> {
        let wrapped = file
            .wrapped_key
            .as_deref()
            .ok_or_else(|| StoreError::from(Refusal::FileDestroyed))?;
        self.sealer
            .open(wrapped, &contexts::production_file_key(&file.id))?
            .try_into()
            .map_err(|_| integrity_error())
    }

    /// The cipher of an upload: its nonce prefix comes from the file's id, so any node
    /// continues it.
    fn upload_cipher(&self, file: &ProductionFileRecord) -> Result<SegmentCipher> {
        SegmentCipher::with_derived_prefix(&self.data_key(file)?, &file.id)
    }

    /// The regions and their stores.
    pub fn regions(&self) -> &RegionalStores {
        &self.blobs
    }

    /// Takes the exclusive right (on this node) to add to `file_id`; refused while
    /// another chunk of the same file is being received, or when too many uploads run
    /// at once.
    pub fn lock(&self, file_id: &str) -> Result<UploadLock> {
        let permit = self
            .uploads
            .clone()
            .try_acquire_owned()
            .map_err(|_| StoreError::from(Refusal::UploadsBusy { max: MAX_UPLOADS }))?;
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            // Slots nobody holds or waits for are dropped on the way.
            slots.retain(|id, slot| id == file_id || Arc::strong_count(slot) > 1);
            slots.entry(file_id.to_owned()).or_default().clone()
        };
        let slot = slot
            .try_lock_owned()
            .map_err(|_| StoreError::from(Refusal::UploadRunning))?;
        Ok(UploadLock {
            _slot: slot,
            _permit: permit,
        })
    }

    /// Makes a new file's data key, for `region`'s store; the caller records the
    /// returned file (and calls [`Self::discard`] if that fails). Nothing is stored
    /// until the first chunk.
    pub async fn prepare(
        &self,
        name: String,
        size: u64,
        source_tag: String,
        region: &str,
    ) -> Result<NewProductionFile> {
        self.blobs.get(Some(region))?;
        let id = random_id("prf");
        let key = segments::random_key()?;
        let wrapped_key = self
            .sealer
            .seal(&key, &contexts::production_file_key(&id))?;
        Ok(NewProductionFile {
            id,
            name,
            size,
            source_tag,
            region: region.to_owned(),
            wrapped_key,
            key_version: i64::from(self.sealer.current_version()),
        })
    }

    /// Takes the bytes of `file` from `offset` on, as they stream in. Whole segments
    /// are sealed and stored as one part; a trailing partial segment is not
    /// acknowledged (the returned `received` says where to resume). If the store
    /// already holds parts beyond `file.received` (stored before a crash, never
    /// recorded), they are kept, the body is not used, and `received` says so. With
    /// the last segment the parts are joined into the file's blob and its SHA-256
    /// returned. Nothing is published unless `claim` (this node's right to the file
    /// among all nodes) still holds right before.
    pub async fn receive<S, E>(
        &self,
        _lock: &mut UploadLock,
        claim: &mut UploadClaim,
        request_id: &str,
        file: &ProductionFileRecord,
        offset: u64,
        body: S,
    ) -> Result<UploadProgress>
    where
        S: Stream<Item = std::result::Result<Bytes, E>> + Send + Unpin,
        E: std::fmt::Display,
    {
        if offset != file.received {
            return Err(Refusal::UploadOffset {
                expected: file.received,
                offset,
            }
            .into());
        }
        let store = self.store_of(file)?.clone();
        let stored = parts::stored_segments(store.as_ref(), file).await?;
        let acknowledged = parts::acknowledged_segments(file);
        let done = match stored > acknowledged {
            // Kept: sealing those segments again with other bytes would reuse nonces.
            true => stored,
            false => {
                let cipher = self.upload_cipher(file)?;
                let aad = associated_data(&file.id, request_id, &file.region);
                self.seal_part(store.as_ref(), claim, file, (cipher, aad), stored, body)
                    .await?
            }
        };
        let received = (done * SEGMENT_LEN as u64).min(file.size);
        let sha256 = match done == segments::segment_count(file.size) {
            true => Some(self.join_parts(claim, request_id, file).await?),
            false => None,
        };
        Ok(UploadProgress { received, sha256 })
    }

    /// Seals the body from segment `first` on into a scratch file and stores the whole
    /// segments as one part, if `claim` still holds; returns the segments now stored.
    async fn seal_part<S, E>(
        &self,
        store: &dyn BlobStore,
        claim: &mut UploadClaim,
        file: &ProductionFileRecord,
        (cipher, aad): (SegmentCipher, Vec<u8>),
        first: u64,
        body: S,
    ) -> Result<u64>
    where
        S: Stream<Item = std::result::Result<Bytes, E>> + Send + Unpin,
        E: std::fmt::Display,
    {
        let path = self.scratch_path(&file.id, "part")?;
        let scratch = File::create(&path).map_err(io("cannot create the staging file"))?;
        let cursor = SealingWriter::resume(
            cipher,
            aad,
            file.size,
            first,
            Sha256::new(),
            StagingSink::new(scratch),
        );
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<Bytes>(CHUNKS_IN_FLIGHT);
        // Sealing runs on a blocking thread (writing on another) while the next chunks
        // arrive.
        let worker = tokio::task::spawn_blocking(move || -> (u64, Result<()>) {
            let mut cursor = cursor;
            let outcome = sink::pipelined(&mut cursor, |cursor| {
                // An empty write seals the one empty segment of a zero-byte file.
                cursor.write(&[])?;
                while let Some(chunk) = receiver.blocking_recv() {
                    cursor.write(&chunk)?;
                }
                Ok(())
            });
            cursor.discard_pending();
            (cursor.sealed_len(), outcome)
        });
        let network = forward_body(body, sender).await;
        let (sealed, written) = worker
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let done = match sealed == file.size {
            true => segments::segment_count(file.size),
            false => sealed / SEGMENT_LEN as u64,
        };
        let stored = match (written, done > first) {
            (Ok(()), true) => match claim.confirm().await {
                Ok(()) => store.put_file(&part_key(&file.id, first), &path).await,
                Err(lost) => Err(lost),
            },
            (Ok(()), false) => Ok(()),
            (Err(e), _) => Err(e),
        };
        let _ = std::fs::remove_file(&path);
        stored?;
        if let Err(e) = network {
            tracing::info!(file = %file.id, received = sealed, error = %e, "upload interrupted; it can resume");
        }
        Ok(done)
    }

    /// Makes sure a completely received file's blob is stored and its parts are gone
    /// (safe to repeat: a blob already stored is left as it is).
    pub async fn store_blob(&self, file: &ProductionFileRecord) -> Result<()> {
        let store = self.store_of(file)?;
        if store.size(file.blob_key()).await? != Some(segments::sealed_len(file.size)) {
            return Err(Refusal::StagingGone.into());
        }
        parts::delete_parts(store.as_ref(), &file.id).await
    }

    /// Deletes whatever exists of a file: its parts and blob (in every region's
    /// store, as the caller may know only the file's id).
    pub async fn discard(&self, file_id: &str) -> Result<()> {
        for (_, blobs) in self.blobs.all() {
            parts::delete_parts(blobs.as_ref(), file_id).await?;
            blobs.delete(file_id).await?;
        }
        Ok(())
    }

    /// The plaintext of `range` of a stored file, decrypted as it streams. The blob's
    /// size and the first segment are checked before this returns, so truncation and
    /// most tampering fail before anything is sent; a bad segment further on ends the
    /// stream with an error instead of its bytes.
    pub async fn open_range(
        &self,
        request_id: &str,
        file: &ProductionFileRecord,
        range: ByteRange,
    ) -> Result<PlainStream> {
        let key = self.data_key(file)?;
        let blobs = self.store_of(file)?;
        let blob = file.blob_key().to_owned();
        let sealed_size = segments::sealed_len(file.size);
        if blobs.size(&blob).await? != Some(sealed_size) {
            return Err(integrity_error());
        }
        let header = read_exact_range(blobs.as_ref(), &blob, 0, HEADER_LEN).await?;
        let opener = SegmentOpener::new(
            SegmentCipher::from_header(&key, &header)?,
            associated_data(&file.id, request_id, &file.region),
            file.size,
        );
        if range.is_empty() {
            // Nothing to send, but the file must still authenticate (an empty file is
            // one empty segment).
            let len = segments::segment_plain_len(0, file.size) + TAG_LEN;
            let mut first = read_exact_range(blobs.as_ref(), &blob, HEADER_LEN as u64, len).await?;
            opener.open(0, &mut first)?;
            return Ok(stream::empty().boxed());
        }
        let first = range.start / SEGMENT_LEN as u64;
        let last = (range.end - 1) / SEGMENT_LEN as u64;
        let sealed = blobs
            .read(
                &blob,
                segments::sealed_offset(first)..segments::sealed_offset(last + 1).min(sealed_size),
            )
            .await?;
        let mut plain = decrypting(sealed, opener, first, last, range);
        // Authenticate the first segment before the caller commits to a response.
        let head = plain.next().await.transpose()?;
        Ok(stream::iter(head.map(Ok)).chain(plain).boxed())
    }
}

/// Passes the body's chunks to the sealing thread; a dropped or stalled connection
/// ends the chunk (what arrived is kept, the client resumes) and says why.
async fn forward_body<S, E>(
    mut body: S,
    sender: tokio::sync::mpsc::Sender<Bytes>,
) -> std::result::Result<(), String>
where
    S: Stream<Item = std::result::Result<Bytes, E>> + Send + Unpin,
    E: std::fmt::Display,
{
    loop {
        match tokio::time::timeout(BODY_IDLE, body.next()).await {
            Ok(Some(Ok(bytes))) => {
                if sender.send(bytes).await.is_err() {
                    return Ok(()); // The worker stopped on an error; it reports it.
                }
            }
            Ok(None) => return Ok(()),
            Ok(Some(Err(e))) => return Err(e.to_string()),
            Err(_) => return Err(format!("no data for {} s", BODY_IDLE.as_secs())),
        }
    }
}

async fn read_exact_range(
    blobs: &dyn BlobStore,
    key: &str,
    start: u64,
    len: usize,
) -> Result<Vec<u8>> {
    let out = crate::files::blobs::read_to_vec(blobs, key, start..start + len as u64).await?;
    if out.len() != len {
        return Err(integrity_error());
    }
    Ok(out)
}

struct Decrypting {
    sealed: BoxStream<'static, Result<Bytes>>,
    pending: BytesMut,
    opener: SegmentOpener,
    index: u64,
    last: u64,
    range: ByteRange,
    failed: bool,
}

/// Segments `first..=last` of `sealed`, opened one by one and cut to `range`.
pub(crate) fn decrypting(
    sealed: BoxStream<'static, Result<Bytes>>,
    opener: SegmentOpener,
    first: u64,
    last: u64,
    range: ByteRange,
) -> PlainStream {
    let state = Decrypting {
        sealed,
        pending: BytesMut::with_capacity(SEALED_SEGMENT_LEN),
        opener,
        index: first,
        last,
        range,
        failed: false,
    };
    stream::unfold(state, |mut state| async move {
        if state.failed || state.index > state.last {
            return None;
        }
        let item = next_segment(&mut state).await;
        state.failed = item.is_err();
        Some((item, state))
    })
    .boxed()
}

async fn next_segment(state: &mut Decrypting) -> Result<Bytes> {
    let index = state.index;
    let want = segments::segment_plain_len(index, state.opener.plain_len()) + TAG_LEN;
    while state.pending.len() < want {
        match state.sealed.next().await {
            Some(chunk) => state.pending.extend_from_slice(&chunk?),
            None => return Err(integrity_error()),
        }
    }
    let mut segment = state.pending.split_to(want);
    let plain_len = state.opener.open(index, &mut segment)?.len();
    let segment_start = index * SEGMENT_LEN as u64;
    // Both bounds lie inside this segment, so they fit in usize.
    let from = state.range.start.saturating_sub(segment_start) as usize;
    let to = (state.range.end - segment_start).min(plain_len as u64) as usize;
    // The plaintext is decrypted in place: hand out that very buffer, cut to range.
    segment.truncate(to);
    let _ = segment.split_to(from);
    state.index += 1;
    Ok(segment.freeze())
}
