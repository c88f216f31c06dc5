//! "My data" exports at rest: the ZIP is written in the clear to a local staging file
//! (only while it is built), sealed like a document (its own random data key, wrapped
//! by the master key, in the segment format), moved into the blob store, and streamed
//! back out decrypted segment by segment. The associated data binds the ciphertext to
//! its blob key and to the pseudonym of the person it is about, so a blob moved under
//! another export or person does not open.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use futures::stream::StreamExt;
use lers_domain::production::ByteRange;

use crate::crypto::contexts;
use crate::crypto::keys::{KeyProvider, SecretSealer};
use crate::crypto::segments::{self, integrity_error, SegmentCipher, SegmentOpener, HEADER_LEN};
use crate::files::blobs::BlobStore;
use crate::files::delivery::{decrypting, PlainStream};
use crate::files::vault::{encrypt_file, SealedBlob};
use crate::{io_error as io, Result, StoreError};

pub struct ExportVault {
    staging: PathBuf,
    blobs: Arc<dyn BlobStore>,
    sealer: Arc<SecretSealer>,
}

fn associated_data(blob_key: &str, pseudonym: &str) -> Vec<u8> {
    format!("lers-export-v1|{blob_key}|{pseudonym}").into_bytes()
}

impl ExportVault {
    pub fn new(
        staging: PathBuf,
        blobs: Arc<dyn BlobStore>,
        sealer: Arc<SecretSealer>,
    ) -> Result<Self> {
        std::fs::create_dir_all(&staging).map_err(io("cannot create the staging directory"))?;
        Ok(Self {
            staging,
            blobs,
            sealer,
        })
    }

    /// The store exports are kept in.
    pub fn blobs(&self) -> &Arc<dyn BlobStore> {
        &self.blobs
    }

    /// Where the plaintext ZIP of `blob_key` is written while it is built.
    pub fn plain_path(&self, blob_key: &str) -> Result<PathBuf> {
        crate::files::blobs::check_key(blob_key)?;
        Ok(self.staging.join(format!("{blob_key}.zip")))
    }

    /// Encrypts the plaintext file `plain` as export `blob_key` about `pseudonym`; the
    /// blob is durable when this returns, and neither the plaintext nor the sealed
    /// staging file is left behind (on success or failure).
    pub async fn seal(&self, plain: &Path, blob_key: &str, pseudonym: &str) -> Result<SealedBlob> {
        crate::files::blobs::check_key(blob_key)?;
        let data_key = segments::random_key()?;
        let wrapped_key = self
            .sealer
            .seal(&data_key, &contexts::data_export_key(blob_key))?;
        let sealed = self.staging.join(format!("{blob_key}.sealing"));
        let (source, target) = (plain.to_owned(), sealed.clone());
        let aad = associated_data(blob_key, pseudonym);
        let written =
            tokio::task::spawn_blocking(move || encrypt_file(&source, &target, &data_key, &aad))
                .await
                .map_err(|e| StoreError::Corrupt(e.to_string()));
        let _ = tokio::fs::remove_file(plain).await;
        let stored = match written {
            Ok(Ok(())) => self.blobs.put_file(blob_key, &sealed).await,
            Ok(Err(e)) | Err(e) => Err(e),
        };
        let _ = tokio::fs::remove_file(&sealed).await;
        stored?;
        Ok(SealedBlob {
            blob_key: blob_key.to_owned(),
            wrapped_key,
            key_version: i64::from(self.sealer.current_version()),
        })
    }

    /// The whole plaintext (`size` bytes) of a sealed export, decrypted as it streams
    /// in constant memory. The blob's length and first segment are checked before
    /// this returns; a bad segment later ends the stream with an error.
    pub async fn open_stream(
        &self,
        sealed: &SealedBlob,
        pseudonym: &str,
        size: u64,
    ) -> Result<PlainStream> {
        let key: [u8; 32] = self
            .sealer
            .open(
                &sealed.wrapped_key,
                &contexts::data_export_key(&sealed.blob_key),
            )?
            .try_into()
            .map_err(|_| integrity_error())?;
        let sealed_size = segments::sealed_len(size);
        if self.blobs.size(&sealed.blob_key).await? != Some(sealed_size) {
            return Err(integrity_error());
        }
        let header = crate::files::blobs::read_to_vec(
            self.blobs.as_ref(),
            &sealed.blob_key,
            0..HEADER_LEN as u64,
        )
        .await?;
        let opener = SegmentOpener::new(
            SegmentCipher::from_header(&key, &header)?,
            associated_data(&sealed.blob_key, pseudonym),
            size,
        );
        let last = segments::segment_count(size).saturating_sub(1);
        let body = self
            .blobs
            .read(&sealed.blob_key, HEADER_LEN as u64..sealed_size)
            .await?;
        let mut plain = decrypting(
            body,
            opener,
            0,
            last,
            ByteRange {
                start: 0,
                end: size,
            },
        );
        let head = plain.next().await.transpose()?;
        Ok(futures::stream::iter(head.map(Ok)).chain(plain).boxed())
    }

    /// Removes whatever an earlier, cut-off build of export `public_id` left in
    /// staging (blob keys of an export start with its public id).
    pub async fn discard_staging(&self, public_id: &str) {
        let Ok(mut entries) = tokio::fs::read_dir(&self.staging).await else {
            return;
        };
        let prefix = format!("{public_id}_");
        while let Ok(Some(entry)) = entries.next_entry().await {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = tokio::fs::remove_file(entry.path()).await;
            }
        }
    }

    /// Deletes an export's blob and any staging file of it (deleting what is not there
    /// is not an error).
    pub async fn remove(&self, blob_key: &str) -> Result<()> {
        if let Ok(plain) = self.plain_path(blob_key) {
            let _ = tokio::fs::remove_file(plain).await;
        }
        self.blobs.delete(blob_key).await
    }
}
