//! Blobs in an S3-compatible object store (AWS S3, MinIO, Ceph, …) via `object_store`.
//! Uploads are multipart, streamed from the sealed local file in fixed-size parts, so
//! memory stays flat whatever the file size.

use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use futures::StreamExt;
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::{GetOptions, GetRange, ObjectStore, WriteMultipart};
use serde::{Deserialize, Serialize};
use tokio::io::AsyncReadExt;

use super::{blob_error, check_key, part_first, parts_folder, BlobStore, BlobStream};
use crate::{Result, StoreError, Unreachable};

/// S3 wants parts of at least 5 MiB; two in flight keep the pipe full.
const PART_SIZE: usize = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT: usize = 2;

/// Where the bucket is and how to reach it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct S3Settings {
    pub endpoint: Option<String>,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// A key prefix inside the bucket (e.g. `lers/productions`).
    pub prefix: String,
}

pub struct S3BlobStore {
    store: Arc<dyn ObjectStore>,
    bucket: String,
    prefix: String,
}

impl S3BlobStore {
    pub fn new(settings: &S3Settings) -> Result<Self> {
        if settings.bucket.is_empty() {
            return Err(StoreError::Corrupt(
                "the S3 blob store needs a bucket (s3_bucket)".into(),
            ));
        }
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region)
            .with_access_key_id(&settings.access_key_id)
            .with_secret_access_key(&settings.secret_access_key)
            // An unreachable store answers within seconds (the request fails cleanly
            // and is tried again later), not after object_store's default 3 minutes.
            .with_retry(object_store::RetryConfig {
                backoff: object_store::BackoffConfig::default(),
                max_retries: 3,
                retry_timeout: std::time::Duration::from_secs(15),
            });
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        let store = builder
            .build()
            .map_err(|e| StoreError::Corrupt(format!("S3 blob store settings: {e}")))?;
        Ok(Self {
            store: Arc::new(store),
            bucket: settings.bucket.clone(),
            prefix: settings.prefix.trim_matches('/').to_owned(),
        })
    }

    fn location(&self, key: &str) -> Result<ObjectPath> {
        check_key(key)?;
        Ok(self.path_of(key))
    }

    /// Where a checked key (or a checked folder of parts) is in the bucket.
    fn path_of(&self, name: &str) -> ObjectPath {
        match self.prefix.is_empty() {
            true => ObjectPath::from(name),
            false => ObjectPath::from(format!("{}/{name}", self.prefix)),
        }
    }
}

fn is_not_found(error: &object_store::Error) -> bool {
    matches!(error, object_store::Error::NotFound { .. })
}

/// An S3 failure: [`StoreError::Unavailable`] when the request got no answer (no
/// connection, a connection cut, a time-out, after the client's retries), any other
/// failure (an error answer) a blob store error.
fn s3_error(what: &str, key: &str, error: object_store::Error) -> StoreError {
    if is_transport_failure(&error) {
        StoreError::Unavailable {
            what: Unreachable::BlobStore,
            detail: format!("cannot {what} {key}: {error}"),
        }
    } else {
        blob_error(what, key, error)
    }
}

/// Whether an error, or one it was caused by, is a failure to reach the server.
fn is_transport_failure(error: &(dyn std::error::Error + 'static)) -> bool {
    use std::io::ErrorKind;
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(http) = error.downcast_ref::<reqwest::Error>() {
            if http.is_connect() || http.is_timeout() || http.is_request() {
                return true;
            }
        }
        if let Some(io) = error.downcast_ref::<std::io::Error>() {
            if matches!(
                io.kind(),
                ErrorKind::ConnectionRefused
                    | ErrorKind::ConnectionReset
                    | ErrorKind::ConnectionAborted
                    | ErrorKind::NotConnected
                    | ErrorKind::BrokenPipe
                    | ErrorKind::TimedOut
                    | ErrorKind::UnexpectedEof
            ) {
                return true;
            }
        }
        next = error.source();
    }
    false
}

#[async_trait::async_trait]
impl BlobStore for S3BlobStore {
    async fn put_file(&self, key: &str, file: &Path) -> Result<()> {
        let location = self.location(key)?;
        let mut source = tokio::fs::File::open(file)
            .await
            .map_err(|e| blob_error("read", key, e))?;
        let upload = self
            .store
            .put_multipart(&location)
            .await
            .map_err(|e| s3_error("store", key, e))?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
        let mut buffer = vec![0u8; PART_SIZE];
        loop {
            let n = match source.read(&mut buffer).await {
                Ok(n) => n,
                Err(e) => {
                    let _ = writer.abort().await;
                    return Err(blob_error("read", key, e));
                }
            };
            if n == 0 {
                break;
            }
            if let Err(e) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                let _ = writer.abort().await;
                return Err(s3_error("store", key, e));
            }
            writer.write(&buffer[..n]);
        }
        writer
            .finish()
            .await
            .map_err(|e| s3_error("store", key, e))?;
        tokio::fs::remove_file(file)
            .await
            .map_err(|e| blob_error("clean up after storing", key, e))
    }

    async fn size(&self, key: &str) -> Result<Option<u64>> {
        match self.store.head(&self.location(key)?).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(e) if is_not_found(&e) => Ok(None),
            Err(e) => Err(s3_error("read", key, e)),
        }
    }

    async fn read(&self, key: &str, range: Range<u64>) -> Result<BlobStream> {
        if range.is_empty() {
            return Ok(futures::stream::empty().boxed());
        }
        let options = GetOptions {
            range: Some(GetRange::Bounded(range)),
            ..Default::default()
        };
        let found = self
            .store
            .get_opts(&self.location(key)?, options)
            .await
            .map_err(|e| s3_error("read", key, e))?;
        let key = key.to_owned();
        Ok(found
            .into_stream()
            .map(move |chunk| chunk.map_err(|e| s3_error("read", &key, e)))
            .boxed())
    }

    async fn delete(&self, key: &str) -> Result<()> {
        match self.store.delete(&self.location(key)?).await {
            Ok(()) => Ok(()),
            Err(e) if is_not_found(&e) => Ok(()),
            Err(e) => Err(s3_error("delete", key, e)),
        }
    }

    async fn list_parts(&self, upload: &str) -> Result<Vec<(u64, u64)>> {
        let folder = self.path_of(&parts_folder(upload)?);
        let mut listing = self.store.list(Some(&folder));
        let mut parts = Vec::new();
        while let Some(meta) = listing.next().await {
            let meta = meta.map_err(|e| s3_error("list", upload, e))?;
            if let Some(first) = meta.location.filename().and_then(part_first) {
                parts.push((first, meta.size));
            }
        }
        parts.sort_unstable();
        Ok(parts)
    }

    fn describe(&self) -> String {
        format!("S3 bucket {} (prefix {:?})", self.bucket, self.prefix)
    }
}
