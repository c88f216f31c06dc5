//! An upload's parts in the blob store. Each acknowledged chunk's whole segments are
//! one part (`{file id}.parts/{first segment}`), so the state of an upload is in the
//! shared store and the database (`received`), never on the node that took a chunk.
//! Parts continue each other from segment 0; when the last segment is in they are
//! joined — every segment authenticated and hashed on the way — into the file's blob.

use bytes::BytesMut;
use futures::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::{associated_data, ProductionVault};
use crate::crypto::segments::{
    self, integrity_error, SegmentOpener, SEALED_SEGMENT_LEN, SEGMENT_LEN, TAG_LEN,
};
use crate::files::blobs::{part_key, BlobStore};
use crate::sql::productions::ProductionFileRecord;
use crate::sql::upload_claims::UploadClaim;
use crate::{io_error as io, Refusal, Result};

/// Segments of `file` recorded as received (whole segments, except once the last one
/// is in; a zero-byte file's one empty segment is never counted here: its digest
/// says it is in).
pub(super) fn acknowledged_segments(file: &ProductionFileRecord) -> u64 {
    match file.received == file.size && file.size > 0 {
        true => segments::segment_count(file.size),
        false => file.received / SEGMENT_LEN as u64,
    }
}

/// Segments a part starting at segment `first` of `sealed_len` bytes holds, if it is
/// well-formed: not empty, within the file, and ending on a segment boundary or at the
/// file's end.
fn part_segments(first: u64, sealed_len: u64, plain_len: u64) -> Option<u64> {
    let held = sealed_len.div_ceil(SEALED_SEGMENT_LEN as u64);
    let end = segments::sealed_offset(first + held).min(segments::sealed_len(plain_len));
    let fits = sealed_len > 0
        && first + held <= segments::segment_count(plain_len)
        && end == segments::sealed_offset(first) + sealed_len;
    fits.then_some(held)
}

/// The parts that continue each other from segment 0, as (first segment, size);
/// anything after a gap or a malformed part is not counted.
fn chain(parts: &[(u64, u64)], plain_len: u64) -> Vec<(u64, u64)> {
    let mut next = 0;
    let mut out = Vec::new();
    for &(first, len) in parts {
        match part_segments(first, len, plain_len) {
            Some(held) if first == next => {
                out.push((first, len));
                next = first + held;
            }
            _ => break,
        }
    }
    out
}

/// Segments of `file` its stored parts hold, from the start, given that those up to
/// its `received` offset are there: only the part that would continue them can exist
/// unrecorded (a part is published only where the recorded ones end, and recorded
/// before the next is published), so one look at that part's size says it — no
/// listing per chunk. A recorded part that went missing shows when the parts are
/// joined.
pub(super) async fn stored_segments(
    store: &dyn BlobStore,
    file: &ProductionFileRecord,
) -> Result<u64> {
    let acknowledged = acknowledged_segments(file);
    let next = match store.size(&part_key(&file.id, acknowledged)).await? {
        Some(len) => part_segments(acknowledged, len, file.size),
        None => None,
    };
    Ok(acknowledged + next.unwrap_or(0))
}

/// Deletes every part of `file_id` (nothing when there are none).
pub(super) async fn delete_parts(store: &dyn BlobStore, file_id: &str) -> Result<()> {
    for (first, _) in store.list_parts(file_id).await? {
        store.delete(&part_key(file_id, first)).await?;
    }
    Ok(())
}

impl ProductionVault {
    /// Joins the parts of a completely received file into its blob: header, then every
    /// segment, each opened (so a bad part fails here, not at download) and hashed.
    /// Returns the SHA-256 of the plaintext. Safe to repeat: the parts stay until
    /// [`ProductionVault::store_blob`]. The blob is stored only while `claim` holds.
    pub(super) async fn join_parts(
        &self,
        claim: &mut UploadClaim,
        request_id: &str,
        file: &ProductionFileRecord,
    ) -> Result<String> {
        let store = self.store_of(file)?.clone();
        let header = self.upload_cipher(file)?.header();
        let opener = SegmentOpener::new(
            self.upload_cipher(file)?,
            associated_data(&file.id, request_id, &file.region),
            file.size,
        );
        let count = segments::segment_count(file.size);
        let path = self.scratch_path(&file.id, "joining")?;
        let joined = async {
            let scratch = tokio::fs::File::create(&path)
                .await
                .map_err(io("cannot create the staging file"))?;
            let mut out = tokio::io::BufWriter::with_capacity(1 << 20, scratch);
            out.write_all(&header)
                .await
                .map_err(io("cannot write the staging file"))?;
            let mut digest = Sha256::new();
            let mut index = 0;
            let mut pending = BytesMut::with_capacity(SEALED_SEGMENT_LEN);
            let parts = chain(&store.list_parts(&file.id).await?, file.size);
            let held = parts.last().map_or(0, |&(first, len)| {
                first + len.div_ceil(SEALED_SEGMENT_LEN as u64)
            });
            if held < count {
                // A recorded part is gone from the store.
                return Err(Refusal::StagingGone.into());
            }
            for (first, len) in parts {
                let mut chunks = store.read(&part_key(&file.id, first), 0..len).await?;
                while let Some(chunk) = chunks.next().await {
                    pending.extend_from_slice(&chunk?);
                    while index < count {
                        let want = segments::segment_plain_len(index, file.size) + TAG_LEN;
                        if pending.len() < want {
                            break;
                        }
                        let mut segment = pending.split_to(want);
                        out.write_all(&segment)
                            .await
                            .map_err(io("cannot write the staging file"))?;
                        digest.update(&*opener.open(index, &mut segment)?);
                        index += 1;
                    }
                }
            }
            if index != count || !pending.is_empty() {
                return Err(integrity_error());
            }
            out.flush()
                .await
                .map_err(io("cannot write the staging file"))?;
            out.into_inner()
                .sync_all()
                .await
                .map_err(io("cannot write the staging file"))?;
            claim.confirm().await?;
            store.put_file(file.blob_key(), &path).await?;
            Ok(hex::encode(digest.finalize()))
        }
        .await;
        if joined.is_err() {
            let _ = tokio::fs::remove_file(&path).await;
        }
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_count_from_the_start_and_stop_at_a_gap() {
        let full = SEALED_SEGMENT_LEN as u64;
        let size = 3 * SEGMENT_LEN as u64 + 10;
        let last = 10 + TAG_LEN as u64;
        assert_eq!(
            chain(&[(0, 2 * full), (2, full), (3, last)], size),
            vec![(0, 2 * full), (2, full), (3, last)]
        );
        assert_eq!(chain(&[(0, full), (2, full)], size), vec![(0, full)]);
        assert_eq!(chain(&[(0, full + 5)], size), vec![]);
        assert_eq!(chain(&[(1, full)], size), vec![]);
        assert_eq!(chain(&[(0, TAG_LEN as u64)], 0), vec![(0, TAG_LEN as u64)]);
    }

    #[test]
    fn the_part_after_the_recorded_ones_is_checked_on_its_own() {
        let full = SEALED_SEGMENT_LEN as u64;
        let size = 3 * SEGMENT_LEN as u64 + 10;
        let last = 10 + TAG_LEN as u64;
        assert_eq!(part_segments(2, full + last, size), Some(2));
        assert_eq!(part_segments(1, full, size), Some(1));
        assert_eq!(part_segments(1, full + 5, size), None, "torn");
        assert_eq!(part_segments(3, full, size), None, "past the end");
        assert_eq!(part_segments(0, 0, size), None, "empty");
    }
}
