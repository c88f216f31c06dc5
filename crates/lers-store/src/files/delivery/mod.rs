//! Production files in motion: uploads are sealed segment by segment into a local
//! staging file as they stream in (resumable at any acknowledged segment boundary),
//! moved into the blob store when complete, and streamed back out decrypted — any
//! byte range, in constant memory, never emitting a segment that failed to
//! authenticate.
//!
//! A file's associated data is `lers-prod-v1|{file id}|{request id}|{region}`, so a
//! blob copied under another file, request or region does not open.

use bytes::{Bytes, BytesMut};
use futures::stream::{self, BoxStream, Stream, StreamExt};
use lers_domain::production::ByteRange;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::crypto::contexts;
use crate::crypto::keys::{KeyProvider, SecretSealer};
use crate::crypto::segments::{
    self, integrity_error, SealingWriter, SegmentCipher, SegmentOpener, HEADER_LEN,
    SEALED_SEGMENT_LEN, SEGMENT_LEN, TAG_LEN,
};
use crate::crypto::tokens::random_id;
use crate::files::blobs::{BlobStore, RegionalStores};
use crate::sql::productions::{NewProductionFile, ProductionFileRecord};
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

mod relocate;
mod sink;

use sink::StagingSink;

type Cursor = SealingWriter<StagingSink>;

/// One upload's sealing state between chunks, with when it was last used; `None`
/// until first used, after a restart, or once evicted (then rebuilt from the staging
/// file).
type CursorSlot = Arc<tokio::sync::Mutex<Option<(Cursor, Instant)>>>;

/// Uploads running at once; each holds a sealing thread and a writer thread.
const MAX_UPLOADS: usize = 16;
/// A chunk whose body sends nothing for this long ends (what arrived is kept).
const BODY_IDLE: Duration = Duration::from_secs(60);
/// Sealing state unused for this long is dropped (with its file handle).
const CURSOR_IDLE: Duration = Duration::from_secs(15 * 60);

/// Exclusive right to add to one file, held from before its record is read until
/// its progress is recorded.
pub struct UploadLock {
    slot: tokio::sync::OwnedMutexGuard<Option<(Cursor, Instant)>>,
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl UploadLock {
    /// Drops the file's sealing state (and its handle on the staging file): the file
    /// is complete, or about to be removed.
    pub fn clear(&mut self) {
        *self.slot = None;
    }
}

pub struct ProductionVault {
    staging: PathBuf,
    blobs: RegionalStores,
    sealer: Arc<SecretSealer>,
    cursors: Mutex<HashMap<String, CursorSlot>>,
    uploads: Arc<tokio::sync::Semaphore>,
}

fn associated_data(file_id: &str, request_id: &str, region: &str) -> Vec<u8> {
    format!("lers-prod-v1|{file_id}|{request_id}|{region}").into_bytes()
}

impl ProductionVault {
    /// Files are sealed into `staging` and stored in their region's store in `blobs`.
    pub fn new(staging: PathBuf, blobs: RegionalStores, sealer: Arc<SecretSealer>) -> Result<Self> {
        std::fs::create_dir_all(&staging).map_err(io("cannot create the staging directory"))?;
        Ok(Self {
            staging,
            blobs,
            sealer,
            cursors: Mutex::new(HashMap::new()),
            uploads: Arc::new(tokio::sync::Semaphore::new(MAX_UPLOADS)),
        })
    }

    /// The store that holds `file`'s blob: its region's.
    fn store_of(&self, file: &ProductionFileRecord) -> Result<&Arc<dyn BlobStore>> {
        self.blobs.get(Some(&file.region))
    }

    fn staging_path(&self, file_id: &str) -> Result<PathBuf> {
        crate::files::blobs::check_key(file_id)?;
        Ok(self.staging.join(format!("{file_id}.sealing")))
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

    /// The slot of `file_id`; drops idle sealing state of other uploads on the way.
    fn slot(&self, file_id: &str) -> CursorSlot {
        let mut cursors = self.cursors.lock().unwrap_or_else(|e| e.into_inner());
        cursors.retain(|id, slot| id == file_id || !Self::idle(slot));
        cursors.entry(file_id.to_owned()).or_default().clone()
    }

    /// Nobody holds or is about to lock the slot (only the map has it), and its
    /// sealing state, if any, has not been used for a while.
    fn idle(slot: &CursorSlot) -> bool {
        Arc::strong_count(slot) == 1
            && slot.try_lock().is_ok_and(|held| {
                held.as_ref()
                    .is_none_or(|(_, used)| used.elapsed() >= CURSOR_IDLE)
            })
    }

    /// Drops the sealing state of a file that is finished or gone, unless an upload
    /// holds it right now (that upload then finds the file's record changed).
    fn forget(&self, file_id: &str) {
        let mut cursors = self.cursors.lock().unwrap_or_else(|e| e.into_inner());
        if cursors
            .get(file_id)
            .is_some_and(|slot| Arc::strong_count(slot) == 1 && slot.try_lock().is_ok())
        {
            cursors.remove(file_id);
        }
    }

    /// The regions and their stores.
    pub fn regions(&self) -> &RegionalStores {
        &self.blobs
    }

    /// Takes the exclusive right to add to `file_id`; refused while another chunk of
    /// the same file is being received, or when too many uploads run at once.
    pub fn lock(&self, file_id: &str) -> Result<UploadLock> {
        let permit = self
            .uploads
            .clone()
            .try_acquire_owned()
            .map_err(|_| StoreError::from(Refusal::UploadsBusy { max: MAX_UPLOADS }))?;
        let slot = self
            .slot(file_id)
            .try_lock_owned()
            .map_err(|_| StoreError::from(Refusal::UploadRunning))?;
        Ok(UploadLock {
            slot,
            _permit: permit,
        })
    }

    /// Makes a new file's data key and staging file, for `region`'s store; the caller
    /// records the returned file (and calls [`Self::discard`] if that fails).
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
        let header = SegmentCipher::new(&key)?.header();
        let path = self.staging_path(&id)?;
        let dir = self.staging.clone();
        tokio::task::spawn_blocking(move || -> Result<()> {
            let mut file = File::create(&path).map_err(io("cannot create the staging file"))?;
            file.write_all(&header)
                .map_err(io("cannot write the staging file"))?;
            file.sync_all()
                .map_err(io("cannot write the staging file"))?;
            // The new name must survive a crash too, or the upload cannot resume.
            File::open(&dir)
                .and_then(|d| d.sync_all())
                .map_err(io("cannot write the staging directory"))
        })
        .await
        .map_err(|e| StoreError::Corrupt(e.to_string()))??;
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
    /// are sealed and made durable; a trailing partial segment is not acknowledged
    /// (the returned `received` says where to resume). If the staging file already
    /// holds more than `file.received` (sealed before a crash, never recorded), that
    /// is kept, the body is not used, and `received` says so.
    pub async fn receive<S, E>(
        &self,
        lock: &mut UploadLock,
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
        let cursor = match lock.slot.take() {
            Some((cursor, _)) if cursor.sealed_len() == file.received => cursor,
            _ => self.rebuild_cursor(request_id, file).await?,
        };
        if cursor.sealed_len() != offset || cursor.is_complete() {
            let progress = UploadProgress {
                received: cursor.sealed_len(),
                sha256: cursor.is_complete().then(|| cursor.sha256_hex()),
            };
            *lock.slot = Some((cursor, Instant::now()));
            return Ok(progress);
        }
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<Bytes>(CHUNKS_IN_FLIGHT);
        // Sealing and hashing run on a blocking thread (writing on another) while the
        // next chunks arrive.
        let worker = tokio::task::spawn_blocking(move || -> (Cursor, Result<()>) {
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
            (cursor, outcome)
        });
        let mut body = body;
        let mut network = Ok(());
        loop {
            match tokio::time::timeout(BODY_IDLE, body.next()).await {
                Ok(Some(Ok(bytes))) => {
                    if sender.send(bytes).await.is_err() {
                        break; // The worker stopped on an error; it reports it.
                    }
                }
                Ok(None) => break,
                // A dropped or stalled connection: keep what arrived, the client resumes.
                Ok(Some(Err(e))) => {
                    network = Err(e.to_string());
                    break;
                }
                Err(_) => {
                    network = Err(format!("no data for {} s", BODY_IDLE.as_secs()));
                    break;
                }
            }
        }
        drop(sender);
        let (cursor, written) = worker
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let progress = UploadProgress {
            received: cursor.sealed_len(),
            sha256: cursor.is_complete().then(|| cursor.sha256_hex()),
        };
        *lock.slot = Some((cursor, Instant::now()));
        written?;
        if let Err(e) = network {
            tracing::info!(file = %file.id, received = progress.received, error = %e, "upload interrupted; it can resume");
        }
        Ok(progress)
    }

    /// Moves a completely received file from staging into the blob store (safe to
    /// repeat: a blob already stored is left as it is).
    pub async fn store_blob(&self, file: &ProductionFileRecord) -> Result<()> {
        let path = self.staging_path(&file.id)?;
        if tokio::fs::metadata(&path).await.is_err()
            && self.store_of(file)?.size(file.blob_key()).await?.is_some()
        {
            return Ok(());
        }
        self.store_of(file)?.put_file(file.blob_key(), &path).await
    }

    /// Reopens an upload from its staging file after a restart or a failed chunk:
    /// cuts it back to the acknowledged length and re-hashes (and so re-checks) what
    /// it holds.
    async fn rebuild_cursor(
        &self,
        request_id: &str,
        file: &ProductionFileRecord,
    ) -> Result<Cursor> {
        let key = self.data_key(file)?;
        let aad = associated_data(&file.id, request_id, &file.region);
        let path = self.staging_path(&file.id)?;
        let (size, received) = (file.size, file.received);
        tokio::task::spawn_blocking(move || -> Result<Cursor> {
            let mut staged = OpenOptions::new()
                .read(true)
                .write(true)
                .open(&path)
                .map_err(|_| StoreError::from(Refusal::StagingGone))?;
            let mut header = [0u8; HEADER_LEN];
            staged
                .read_exact(&mut header)
                .map_err(|_| integrity_error())?;
            let cipher = SegmentCipher::from_header(&key, &header)?;
            let opener = SegmentOpener::new(
                SegmentCipher::from_header(&key, &header)?,
                aad.clone(),
                size,
            );
            // Received bytes are whole segments, except once the last one is in.
            let acknowledged = match received == size && size > 0 {
                true => segments::segment_count(size),
                false => received / SEGMENT_LEN as u64,
            };
            // Every acknowledged segment must open. Segments sealed after those (before
            // a crash, never recorded) are kept while they open: sealing them again
            // with other bytes would reuse their nonces.
            let mut digest = Sha256::new();
            let mut buffer = vec![0u8; SEALED_SEGMENT_LEN];
            let mut done_segments = 0;
            while done_segments < segments::segment_count(size) {
                let len = segments::segment_plain_len(done_segments, size) + TAG_LEN;
                let opened = staged
                    .read_exact(&mut buffer[..len])
                    .map_err(|_| integrity_error())
                    .and_then(|()| opener.open(done_segments, &mut buffer[..len]));
                match opened {
                    Ok(plain) => digest.update(&*plain),
                    Err(e) if done_segments < acknowledged => return Err(e),
                    Err(_) => break,
                }
                done_segments += 1;
            }
            // Drop a torn write after the last whole segment, and make what is kept
            // durable: it is about to be recorded as received.
            staged
                .set_len(segments::sealed_offset(done_segments).min(segments::sealed_len(size)))
                .and_then(|()| staged.sync_data())
                .map_err(io("cannot repair the staging file"))?;
            staged
                .seek(SeekFrom::End(0))
                .map_err(io("cannot repair the staging file"))?;
            Ok(SealingWriter::resume(
                cipher,
                aad,
                size,
                done_segments,
                digest,
                StagingSink::new(staged),
            ))
        })
        .await
        .map_err(|e| StoreError::Corrupt(e.to_string()))?
    }

    /// Deletes whatever exists of a file: staging data and blob (in every region's
    /// store, as the caller may know only the file's id).
    pub async fn discard(&self, file_id: &str) -> Result<()> {
        self.forget(file_id);
        let path = self.staging_path(file_id)?;
        match tokio::fs::remove_file(&path).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io("cannot delete the staging file")(e)),
        }
        for (_, blobs) in self.blobs.all() {
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
