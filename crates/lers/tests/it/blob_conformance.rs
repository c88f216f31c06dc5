//! The blob stores and the production vault over them: the local directory and a real
//! S3-compatible server (moto, started by scripts/test as `LERS_TEST_S3_ENDPOINT`)
//! pass the same tests — storage basics, every size around segment boundaries, byte
//! ranges, resuming after a restart, key rotation, and tampering of every kind ending
//! in an integrity error, never in wrong plaintext.

use std::sync::Arc;

use bytes::Bytes;
use futures::StreamExt;
use lers_domain::production::ByteRange;
use lers_store::blobs::{BlobStore, RegionalStores, S3BlobStore, S3Settings};
use lers_store::delivery::ProductionVault;
use lers_store::keys::{add_master_key_version, KeyProvider, KeyRing};
use lers_store::productions::{FileState, ProductionFileRecord};
use lers_store::segments::{HEADER_LEN, SEALED_SEGMENT_LEN, SEGMENT_LEN};
use lers_store::{Refusal, StoreError, UploadClaim};

use crate::harness::*;

/// The S3 test server, or `None` outside CI without one.
pub fn s3_endpoint() -> Option<String> {
    match std::env::var("LERS_TEST_S3_ENDPOINT") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "CI=true but LERS_TEST_S3_ENDPOINT is not set: the S3 tests must run (scripts/test starts moto)"
            );
            eprintln!(
                "skipping S3 test: set LERS_TEST_S3_ENDPOINT (scripts/test starts a moto server)"
            );
            None
        }
    }
}

/// An S3 bucket of its own on the test server as (endpoint, bucket), or `None`
/// outside CI without one.
pub async fn s3_bucket() -> Option<(String, String)> {
    let endpoint = s3_endpoint()?;
    let bucket = format!("lers-test-{}", rand::random::<u64>());
    // moto creates buckets on a plain PUT (path-style).
    let created = reqwest::Client::new()
        .put(format!("{endpoint}/{bucket}"))
        .send()
        .await
        .expect("create a bucket on the S3 test server");
    assert!(
        created.status().is_success(),
        "create bucket: {}",
        created.status()
    );
    Some((endpoint, bucket))
}

/// An S3 bucket of its own on the test server, or `None` outside CI without one.
pub async fn s3_blob_store() -> Option<Arc<dyn BlobStore>> {
    let (endpoint, bucket) = s3_bucket().await?;
    let store = S3BlobStore::new(&S3Settings {
        endpoint: Some(endpoint),
        bucket,
        region: "us-east-1".into(),
        access_key_id: "test".into(),
        secret_access_key: "test".into(),
        prefix: "productions".into(),
    })
    .expect("S3 blob store");
    Some(Arc::new(store))
}

macro_rules! both_blob_stores {
    ($($story:ident),+ $(,)?) => {
        $(
            mod $story {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn local() -> $crate::harness::TestResult {
                    let dir = tempfile::tempdir()?;
                    let blobs = std::sync::Arc::new(
                        lers_store::blobs::LocalBlobStore::new(dir.path().join("blobs"))?,
                    );
                    super::$story(blobs, dir.path()).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn s3() -> $crate::harness::TestResult {
                    let Some(blobs) = super::s3_blob_store().await else {
                        return Ok(());
                    };
                    let dir = tempfile::tempdir()?;
                    super::$story(blobs, dir.path()).await
                }
            }
        )+
    };
}

both_blob_stores!(
    stores_reads_ranges_and_deletes_blobs,
    files_of_every_size_round_trip_in_any_range,
    an_upload_resumes_after_a_restart,
    rotation_keeps_files_readable,
    any_tampering_is_an_integrity_error,
);

const REQUEST: &str = "req_1";

fn plaintext(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

fn vault(blobs: Arc<dyn BlobStore>, dir: &std::path::Path) -> Result<ProductionVault, StoreError> {
    let keys = KeyRing::load_or_create(&dir.join("keys"))?;
    ProductionVault::new(
        dir.join("staging"),
        RegionalStores::single("eu-test".into(), blobs),
        keys.sealer,
    )
}

/// A record as the database would hold it after `prepare`.
fn record(prepared: &lers_store::productions::NewProductionFile) -> ProductionFileRecord {
    ProductionFileRecord {
        id: prepared.id.clone(),
        name: prepared.name.clone(),
        size: prepared.size,
        received: 0,
        sha256: None,
        state: FileState::Uploading,
        created_at: start_time(),
        stored_at: None,
        source_tag: prepared.source_tag.clone(),
        region: prepared.region.clone(),
        wrapped_key: Some(prepared.wrapped_key.clone()),
        key_version: prepared.key_version,
    }
}

fn body(
    chunks: Vec<Vec<u8>>,
) -> impl futures::Stream<Item = Result<Bytes, std::io::Error>> + Unpin {
    futures::stream::iter(chunks.into_iter().map(|c| Ok(Bytes::from(c))))
}

/// Uploads `data` in one go (in uneven chunks) and stores the blob.
async fn upload(vault: &ProductionVault, data: &[u8]) -> TestResult<ProductionFileRecord> {
    let prepared = vault
        .prepare(
            "export.bin".into(),
            data.len() as u64,
            String::new(),
            "eu-test",
        )
        .await?;
    let mut file = record(&prepared);
    let chunks: Vec<Vec<u8>> = data.chunks(50_000).map(<[u8]>::to_vec).collect();
    let mut lock = vault.lock(&file.id)?;
    let progress = vault
        .receive(
            &mut lock,
            &mut UploadClaim::one_node(),
            REQUEST,
            &file,
            0,
            body(chunks),
        )
        .await?;
    assert_eq!(progress.received, data.len() as u64);
    let sha256 = progress.sha256.ok_or("complete upload has a digest")?;
    assert_eq!(
        sha256,
        hex::encode(<sha2::Sha256 as sha2::Digest>::digest(data))
    );
    vault.store_blob(&file).await?;
    file.received = file.size;
    file.sha256 = Some(sha256);
    file.state = FileState::Stored;
    Ok(file)
}

async fn read(
    vault: &ProductionVault,
    file: &ProductionFileRecord,
    start: u64,
    end: u64,
) -> Result<Vec<u8>, StoreError> {
    let mut stream = vault
        .open_range(REQUEST, file, ByteRange { start, end })
        .await?;
    let mut out = Vec::new();
    while let Some(chunk) = stream.next().await {
        out.extend_from_slice(&chunk?);
    }
    Ok(out)
}

async fn stores_reads_ranges_and_deletes_blobs(
    blobs: Arc<dyn BlobStore>,
    dir: &std::path::Path,
) -> TestResult {
    let data = plaintext(3 * 1024 * 1024 + 17);
    let local = dir.join("blob-source");
    std::fs::write(&local, &data)?;
    blobs.put_file("prf_conformance", &local).await?;
    assert!(!local.exists(), "put_file consumes the local file");
    assert_eq!(
        blobs.size("prf_conformance").await?,
        Some(data.len() as u64)
    );
    assert_eq!(blobs.size("prf_missing").await?, None);
    let mut middle = Vec::new();
    let mut chunks = blobs.read("prf_conformance", 1000..2_000_000).await?;
    while let Some(chunk) = chunks.next().await {
        middle.extend_from_slice(&chunk?);
    }
    assert_eq!(middle, data[1000..2_000_000]);
    blobs.delete("prf_conformance").await?;
    blobs.delete("prf_conformance").await?;
    assert_eq!(blobs.size("prf_conformance").await?, None);
    for bad in ["../etc/passwd", "a/b", "", "UPPER"] {
        assert!(blobs.size(bad).await.is_err(), "key {bad:?} refused");
    }
    Ok(())
}

async fn files_of_every_size_round_trip_in_any_range(
    blobs: Arc<dyn BlobStore>,
    dir: &std::path::Path,
) -> TestResult {
    let vault = vault(blobs, dir)?;
    for size in [
        0,
        1,
        SEGMENT_LEN - 1,
        SEGMENT_LEN,
        SEGMENT_LEN + 1,
        3 * SEGMENT_LEN + 5,
    ] {
        let data = plaintext(size);
        let file = upload(&vault, &data).await?;
        assert_eq!(
            read(&vault, &file, 0, size as u64).await?,
            data,
            "size {size}"
        );
        if size > 2 {
            let ranges = [
                (1, size as u64 - 1),
                (size as u64 / 2, size as u64),
                (0, 1),
                (size as u64 - 1, size as u64),
            ];
            for (start, end) in ranges {
                assert_eq!(
                    read(&vault, &file, start, end).await?,
                    data[start as usize..end as usize],
                    "size {size}, range {start}..{end}"
                );
            }
        }
    }
    Ok(())
}

async fn an_upload_resumes_after_a_restart(
    blobs: Arc<dyn BlobStore>,
    dir: &std::path::Path,
) -> TestResult {
    let data = plaintext(5 * SEGMENT_LEN + 1234);
    let first = vault(blobs.clone(), dir)?;
    let prepared = first
        .prepare(
            "big.tar".into(),
            data.len() as u64,
            "modified:1".into(),
            "eu-test",
        )
        .await?;
    let mut file = record(&prepared);
    // 2.5 segments arrive: only the 2 whole ones are acknowledged.
    let sent = 2 * SEGMENT_LEN + SEGMENT_LEN / 2;
    let mut lock = first.lock(&file.id)?;
    assert!(
        matches!(
            first.lock(&file.id),
            Err(StoreError::Refused(Refusal::UploadRunning))
        ),
        "one chunk of a file at a time"
    );
    let progress = first
        .receive(
            &mut lock,
            &mut UploadClaim::one_node(),
            REQUEST,
            &file,
            0,
            body(vec![data[..sent].to_vec()]),
        )
        .await?;
    assert_eq!(progress.received, 2 * SEGMENT_LEN as u64);
    assert_eq!(progress.sha256, None);
    file.received = progress.received;
    // A wrong offset is refused with the right one.
    let wrong = first
        .receive(
            &mut lock,
            &mut UploadClaim::one_node(),
            REQUEST,
            &file,
            sent as u64,
            body(vec![vec![0; 10]]),
        )
        .await;
    assert!(
        matches!(wrong, Err(StoreError::Refused(Refusal::UploadOffset { expected, .. })) if expected == file.received)
    );
    // One more segment is sealed and on disk, but the database never heard of it
    // (a crash between the two).
    let progress = first
        .receive(
            &mut lock,
            &mut UploadClaim::one_node(),
            REQUEST,
            &file,
            file.received,
            body(vec![data[2 * SEGMENT_LEN..3 * SEGMENT_LEN].to_vec()]),
        )
        .await?;
    assert_eq!(progress.received, 3 * SEGMENT_LEN as u64);
    drop(lock);
    drop(first);

    // A restarted server knows only the staging file and the database's offset. It
    // keeps the sealed segment (sealing it again could reuse its nonce) and says so
    // instead of taking the chunk.
    let second = vault(blobs, dir)?;
    let mut lock = second.lock(&file.id)?;
    let resent = data[file.received as usize..].to_vec();
    let progress = second
        .receive(
            &mut lock,
            &mut UploadClaim::one_node(),
            REQUEST,
            &file,
            file.received,
            body(vec![resent]),
        )
        .await?;
    assert_eq!(
        progress.received,
        3 * SEGMENT_LEN as u64,
        "kept, not re-sealed"
    );
    file.received = progress.received;
    let rest = data[file.received as usize..].to_vec();
    let progress = second
        .receive(
            &mut lock,
            &mut UploadClaim::one_node(),
            REQUEST,
            &file,
            file.received,
            body(vec![rest]),
        )
        .await?;
    assert_eq!(progress.received, data.len() as u64);
    let sha256 = progress.sha256.ok_or("complete")?;
    assert_eq!(
        sha256,
        hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&data))
    );
    drop(lock);
    second.store_blob(&file).await?;
    // Storing again (a retry after a lost answer) is harmless.
    second.store_blob(&file).await?;
    file.received = file.size;
    assert_eq!(read(&second, &file, 0, file.size).await?, data);
    Ok(())
}

async fn rotation_keeps_files_readable(
    blobs: Arc<dyn BlobStore>,
    dir: &std::path::Path,
) -> TestResult {
    let before = vault(blobs.clone(), dir)?;
    let data = plaintext(2 * SEGMENT_LEN + 3);
    let mut file = upload(&before, &data).await?;
    assert_eq!(file.key_version, 1);
    add_master_key_version(&dir.join("keys"))?;
    let keys = KeyRing::load_or_create(&dir.join("keys"))?;
    let context = format!("{}/{}", lers_store::productions::FILE_KEY_CONTEXT, file.id);
    let old = file.wrapped_key.clone().ok_or("wrapped key")?;
    let rewrapped = keys
        .sealer
        .seal(&keys.sealer.open(&old, &context)?, &context)?;
    assert!(rewrapped.starts_with("k2:"));
    file.wrapped_key = Some(rewrapped);
    let after = ProductionVault::new(
        dir.join("staging"),
        RegionalStores::single("eu-test".into(), blobs),
        keys.sealer,
    )?;
    assert_eq!(
        read(&after, &file, 0, file.size).await?,
        data,
        "same blob, new wrapping"
    );
    Ok(())
}

/// Replaces the stored blob with `bytes` (through the store itself, so S3 too).
async fn replace_blob(
    blobs: &Arc<dyn BlobStore>,
    dir: &std::path::Path,
    key: &str,
    bytes: &[u8],
) -> TestResult {
    let local = dir.join("replacement");
    std::fs::write(&local, bytes)?;
    blobs.put_file(key, &local).await?;
    Ok(())
}

async fn stored_blob(blobs: &Arc<dyn BlobStore>, key: &str) -> TestResult<Vec<u8>> {
    let size = blobs.size(key).await?.ok_or("blob")?;
    let mut out = Vec::new();
    let mut chunks = blobs.read(key, 0..size).await?;
    while let Some(chunk) = chunks.next().await {
        out.extend_from_slice(&chunk?);
    }
    Ok(out)
}

async fn any_tampering_is_an_integrity_error(
    blobs: Arc<dyn BlobStore>,
    dir: &std::path::Path,
) -> TestResult {
    let vault = vault(blobs.clone(), dir)?;
    let data = plaintext(3 * SEGMENT_LEN + 100);
    let file = upload(&vault, &data).await?;
    let original = stored_blob(&blobs, &file.id).await?;
    let segment =
        |i: usize| HEADER_LEN + i * SEALED_SEGMENT_LEN..HEADER_LEN + (i + 1) * SEALED_SEGMENT_LEN;

    let mut flipped_first = original.clone();
    flipped_first[HEADER_LEN + 5] ^= 1;
    let mut flipped_tag = original.clone();
    flipped_tag[segment(0).end - 1] ^= 0x80;
    let mut flipped_header = original.clone();
    flipped_header[9] ^= 1;
    let truncated_at_segment = original[..segment(2).end].to_vec();
    let truncated_mid = original[..original.len() - 7].to_vec();
    let mut reordered = original[..HEADER_LEN].to_vec();
    reordered.extend_from_slice(&original[segment(1)]);
    reordered.extend_from_slice(&original[segment(0)]);
    reordered.extend_from_slice(&original[segment(1).end..]);
    let mut extended = original.clone();
    extended.extend_from_slice(&original[segment(0)]);
    for (what, bytes) in [
        ("a flipped byte in the first segment", flipped_first),
        ("a flipped tag bit", flipped_tag),
        ("a changed nonce prefix", flipped_header),
        ("truncation at a segment boundary", truncated_at_segment),
        ("truncation inside the last segment", truncated_mid),
        ("two segments swapped", reordered),
        ("an appended segment", extended),
    ] {
        replace_blob(&blobs, dir, &file.id, &bytes).await?;
        let opened = vault
            .open_range(
                REQUEST,
                &file,
                ByteRange {
                    start: 0,
                    end: file.size,
                },
            )
            .await;
        assert!(
            matches!(opened, Err(StoreError::Integrity(ref m)) if m.contains("integrity check")),
            "{what}: refused before any byte is sent"
        );
    }

    // Truncated at a segment boundary *and* recorded as that short: the sizes agree,
    // but the new last segment was not sealed as last.
    let mut short = file.clone();
    short.size = 2 * SEGMENT_LEN as u64;
    replace_blob(&blobs, dir, &file.id, &original[..segment(1).end]).await?;
    let opened = vault
        .open_range(
            REQUEST,
            &short,
            ByteRange {
                start: 0,
                end: short.size,
            },
        )
        .await;
    let mut tail = Vec::new();
    let outcome = match opened {
        Err(e) => Err(e),
        Ok(mut stream) => loop {
            match stream.next().await {
                Some(Ok(bytes)) => tail.extend_from_slice(&bytes),
                Some(Err(e)) => break Err(e),
                None => break Ok(()),
            }
        },
    };
    assert!(
        matches!(outcome, Err(StoreError::Integrity(_))),
        "truncation caught by the last-segment flag"
    );
    assert!(data.starts_with(&tail) && tail.len() < short.size as usize);

    // Damage further in: the stream delivers the good segments, then stops with an
    // integrity error instead of the bad segment.
    let mut late = original.clone();
    late[segment(2).start + 10] ^= 1;
    replace_blob(&blobs, dir, &file.id, &late).await?;
    let mut stream = vault
        .open_range(
            REQUEST,
            &file,
            ByteRange {
                start: 0,
                end: file.size,
            },
        )
        .await?;
    let mut delivered = Vec::new();
    let mut failure = None;
    while let Some(chunk) = stream.next().await {
        match chunk {
            Ok(bytes) => delivered.extend_from_slice(&bytes),
            Err(e) => failure = Some(e),
        }
    }
    assert!(matches!(failure, Some(StoreError::Integrity(_))));
    assert_eq!(
        delivered,
        data[..2 * SEGMENT_LEN],
        "only authenticated plaintext"
    );
    // Ranges that avoid the damaged segment still work; ranges into it do not.
    assert_eq!(read(&vault, &file, 0, 100).await?, data[..100]);
    assert!(read(&vault, &file, 2 * SEGMENT_LEN as u64, file.size)
        .await
        .is_err());

    // The same blob under another request (associated data) does not open.
    replace_blob(&blobs, dir, &file.id, &original).await?;
    let elsewhere = vault
        .open_range(
            "req_other",
            &file,
            ByteRange {
                start: 0,
                end: file.size,
            },
        )
        .await;
    assert!(matches!(elsewhere, Err(StoreError::Integrity(_))));
    assert_eq!(
        read(&vault, &file, 0, file.size).await?,
        data,
        "intact again"
    );
    Ok(())
}
