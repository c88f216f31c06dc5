//! Copying a stored production file into another region (moving a case): streamed
//! out of the old copy decrypted, re-sealed under a new key with the new region in
//! its associated data, and checked twice: the plaintext must hash to the recorded
//! SHA-256 while it is read, and the new copy must open and hash the same.

use std::fs::File;
use std::io::{BufWriter, Write};

use futures::StreamExt;
use lers_domain::production::ByteRange;
use sha2::{Digest, Sha256};

use super::{associated_data, ProductionVault};
use crate::crypto::contexts;
use crate::crypto::keys::KeyProvider;
use crate::crypto::segments::{self, integrity_error, SealingWriter, SegmentCipher};
use crate::sql::productions::ProductionFileRecord;
use crate::{io_error as io, Result, StoreError};

/// Chunks queued between the reading stream and the sealing thread.
const CHUNKS_IN_FLIGHT: usize = 8;

impl ProductionVault {
    /// Copies stored `file` of request `request_id` into region `to`; returns the new
    /// copy's wrapped key and key version (for its row once the case switches). The
    /// old copy is untouched.
    pub async fn copy_to_region(
        &self,
        request_id: &str,
        file: &ProductionFileRecord,
        to: &str,
    ) -> Result<(String, i64)> {
        let expected = file.sha256.clone().ok_or_else(integrity_error)?;
        if self.blobs.shares_store(Some(&file.region), to)? {
            return Err(StoreError::Corrupt(format!(
                "regions {} and {to} share one blob store; give each region its own",
                file.region
            )));
        }
        let key = segments::random_key()?;
        let wrapped_key = self
            .sealer
            .seal(&key, &contexts::production_file_key(&file.id))?;
        let cipher = SegmentCipher::new(&key)?;
        let header = cipher.header();
        let path = self.scratch_path(&file.id, "moving")?;
        let target = path.clone();
        let aad = associated_data(&file.id, request_id, to);
        let size = file.size;
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<bytes::Bytes>(CHUNKS_IN_FLIGHT);
        let sealing = tokio::task::spawn_blocking(move || -> Result<String> {
            let mut out = BufWriter::new(
                File::create(&target).map_err(io("cannot create the staging file"))?,
            );
            out.write_all(&header)
                .map_err(io("cannot write the staging file"))?;
            let mut writer = SealingWriter::new(cipher, aad, size, out);
            writer.write(&[])?;
            while let Some(chunk) = receiver.blocking_recv() {
                writer.write(&chunk)?;
            }
            if !writer.is_complete() {
                return Err(integrity_error());
            }
            let digest = writer.sha256_hex();
            let file = writer
                .into_inner()
                .into_inner()
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            file.sync_all().map_err(io("fsync"))?;
            Ok(digest)
        });
        let mut plain = self
            .open_range(
                request_id,
                file,
                ByteRange {
                    start: 0,
                    end: size,
                },
            )
            .await?;
        let mut read = Ok(());
        while let Some(chunk) = plain.next().await {
            match chunk {
                Ok(chunk) => {
                    if sender.send(chunk).await.is_err() {
                        break; // The sealing thread stopped; it says why.
                    }
                }
                Err(e) => {
                    read = Err(e);
                    break;
                }
            }
        }
        drop(sender);
        let sealed = sealing
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let stored = match (read, sealed) {
            (Ok(()), Ok(digest)) if digest == expected => {
                self.blobs
                    .get(Some(to))?
                    .put_file(file.blob_key(), &path)
                    .await
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
            _ => Err(integrity_error()),
        };
        if stored.is_err() {
            let _ = tokio::fs::remove_file(&path).await;
        }
        stored?;
        let copy = ProductionFileRecord {
            region: to.to_owned(),
            wrapped_key: Some(wrapped_key.clone()),
            ..file.clone()
        };
        let mut reread = self
            .open_range(
                request_id,
                &copy,
                ByteRange {
                    start: 0,
                    end: size,
                },
            )
            .await?;
        let mut digest = Sha256::new();
        while let Some(chunk) = reread.next().await {
            digest.update(&chunk?);
        }
        if hex::encode(digest.finalize()) != expected {
            return Err(integrity_error());
        }
        Ok((wrapped_key, i64::from(self.sealer.current_version())))
    }

    /// Deletes the copy of `file_id` in `region`'s store (the old copy after a move).
    pub async fn delete_in_region(&self, file_id: &str, region: &str) -> Result<()> {
        self.blobs.get(Some(region))?.delete(file_id).await
    }
}
