//! Where sealed production files live: behind [`BlobStore`], a local directory by
//! default or any S3-compatible object store. Blobs are already encrypted when they
//! get here, so a store only ever sees ciphertext.

mod local;
mod regional;
mod s3;

use std::ops::Range;
use std::path::Path;

use bytes::Bytes;
use futures::stream::BoxStream;

pub use local::LocalBlobStore;
pub use regional::RegionalStores;
pub use s3::{S3BlobStore, S3Settings};

use crate::{Result, StoreError};

/// A blob's bytes, streamed in chunks of the store's choosing.
pub type BlobStream = BoxStream<'static, Result<Bytes>>;

#[async_trait::async_trait]
pub trait BlobStore: Send + Sync {
    /// Moves a complete, fsynced local file into the store as `key`; the local file
    /// is gone when this returns, and the blob is durable.
    async fn put_file(&self, key: &str, file: &Path) -> Result<()>;

    /// The stored size of `key`, or `None` when there is no such blob.
    async fn size(&self, key: &str) -> Result<Option<u64>>;

    /// The bytes of `key` in `range` (which must lie inside the blob).
    async fn read(&self, key: &str, range: Range<u64>) -> Result<BlobStream>;

    /// Deletes `key`; deleting a blob that is not there is not an error.
    async fn delete(&self, key: &str) -> Result<()>;

    /// The parts stored so far of an upload in progress ([`part_key`]) as (first
    /// segment, size), by first segment.
    async fn list_parts(&self, upload: &str) -> Result<Vec<(u64, u64)>>;

    /// Where blobs go, for logs and the admin page (never credentials).
    fn describe(&self) -> String;

    /// Whether the store answers (readiness): by default the size of a key that is
    /// never written is asked for, which needs the store but changes nothing.
    async fn reachable(&self) -> Result<()> {
        self.size("readiness_probe").await.map(|_| ())
    }
}

/// The bytes of `key` in `range`, collected (for small reads: headers, documents).
pub async fn read_to_vec(store: &dyn BlobStore, key: &str, range: Range<u64>) -> Result<Vec<u8>> {
    let mut chunks = store.read(key, range.clone()).await?;
    let mut out = Vec::with_capacity(usize::try_from(range.end - range.start).unwrap_or(0));
    while let Some(chunk) = futures::StreamExt::next(&mut chunks).await {
        out.extend_from_slice(&chunk?);
    }
    Ok(out)
}

/// The key of the part of upload `upload` whose first sealed segment is `first`:
/// `{upload}.parts/{first, 10 digits}`, so one upload's parts share a folder.
pub fn part_key(upload: &str, first: u64) -> String {
    format!("{upload}{PARTS}{first:010}")
}

const PARTS: &str = ".parts/";

/// The folder of `upload`'s parts (checked like a key).
fn parts_folder(upload: &str) -> Result<String> {
    check_key(upload)?;
    Ok(format!("{upload}{}", PARTS.trim_end_matches('/')))
}

/// The first segment named by a part's file name, if it is one.
fn part_first(name: &str) -> Option<u64> {
    (name.len() == 10 && name.bytes().all(|b| b.is_ascii_digit()))
        .then(|| name.parse().ok())
        .flatten()
}

/// Keys are ours (`prf_<hex>`, or a part of one: [`part_key`]), but a key must never
/// name a path or prefix outside the store.
pub fn check_key(key: &str) -> Result<()> {
    if let Some((upload, first)) = key.split_once(PARTS) {
        if part_first(first).is_some() {
            return check_key(upload);
        }
    }
    if key.is_empty()
        || key.len() > 100
        || !key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(StoreError::Corrupt(format!("invalid blob key {key:?}")));
    }
    Ok(())
}

fn blob_error(what: &str, key: &str, error: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("blob store: cannot {what} {key}: {error}"))
}
