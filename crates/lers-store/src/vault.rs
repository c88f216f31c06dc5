//! Files at rest: every document is encrypted with its own random 256-bit key
//! (AES-256-GCM in the STREAM construction, 64 KiB segments), and that key is stored
//! only wrapped by the master key. The associated data binds the ciphertext to its
//! document and request, so a blob moved under another record does not decrypt.
//!
//! On-disk format of a blob: `LERSDOC1` (8 bytes), the 7-byte STREAM nonce prefix,
//! then the segments, each `ciphertext ‖ 16-byte tag`; every segment but the last
//! holds exactly 64 KiB of plaintext, and the last is sealed with the "last" flag, so
//! truncation, reordering and splicing are all detected.

use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use aes_gcm::aead::stream::{DecryptorBE32, EncryptorBE32};
use aes_gcm::aead::{KeyInit, OsRng, Payload};
use aes_gcm::Aes256Gcm;
use rand::RngCore;

use crate::keys::{KeyProvider, SecretSealer};
use crate::{Result, StoreError};

const MAGIC: &[u8; 8] = b"LERSDOC1";
const NONCE_PREFIX: usize = 7;
const SEGMENT: usize = 64 * 1024;
const TAG: usize = 16;

/// A sealed blob: where it is and the wrapped key that opens it.
#[derive(Clone, Debug)]
pub struct SealedBlob {
    pub blob_key: String,
    pub wrapped_key: String,
    pub key_version: i64,
}

pub struct DocumentVault {
    dir: PathBuf,
    sealer: Arc<SecretSealer>,
}

fn io(context: &str) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |e| StoreError::Corrupt(format!("{context}: {e}"))
}

fn integrity() -> StoreError {
    StoreError::Corrupt("the stored file failed its integrity check (altered, truncated or reordered); it was not delivered".into())
}

impl DocumentVault {
    pub fn new(dir: PathBuf, sealer: Arc<SecretSealer>) -> Result<Self> {
        fs::create_dir_all(&dir).map_err(io("cannot create the document store"))?;
        Ok(Self { dir, sealer })
    }

    fn path(&self, blob_key: &str) -> Result<PathBuf> {
        // Keys are ours (`doc_<hex>`), but never let one name a path outside the vault.
        if blob_key.is_empty()
            || !blob_key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(StoreError::Corrupt(format!(
                "invalid blob key {blob_key:?}"
            )));
        }
        Ok(self.dir.join(blob_key))
    }

    /// Encrypts the plaintext file `src` as document `document_id` of request
    /// `request_id`; the blob is on disk (fsynced) when this returns.
    pub async fn seal_file(
        &self,
        src: &Path,
        document_id: &str,
        request_id: &str,
    ) -> Result<SealedBlob> {
        let mut data_key = [0u8; 32];
        OsRng.fill_bytes(&mut data_key);
        let wrapped_key = self.sealer.seal(&data_key, &wrap_context(document_id))?;
        let dst = self.path(document_id)?;
        let src = src.to_owned();
        let aad = associated_data(document_id, request_id);
        let written =
            tokio::task::spawn_blocking(move || encrypt_file(&src, &dst, &data_key, &aad))
                .await
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if written.is_err() {
            // Nothing half-written stays behind.
            let _ = fs::remove_file(self.path(document_id)?.with_extension("partial"));
        }
        written?;
        Ok(SealedBlob {
            blob_key: document_id.to_owned(),
            wrapped_key,
            key_version: i64::from(self.sealer.current_version()),
        })
    }

    /// Decrypts a whole document (documents are size-limited); any tampering is an
    /// error, never wrong plaintext.
    pub async fn open(
        &self,
        blob_key: &str,
        wrapped_key: &str,
        document_id: &str,
        request_id: &str,
    ) -> Result<Vec<u8>> {
        let data_key = self.sealer.open(wrapped_key, &wrap_context(document_id))?;
        let key: [u8; 32] = data_key.try_into().map_err(|_| integrity())?;
        let path = self.path(blob_key)?;
        let aad = associated_data(document_id, request_id);
        tokio::task::spawn_blocking(move || decrypt_file(&path, &key, &aad))
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?
    }

    /// Removes a blob (e.g. when recording it failed).
    pub fn remove(&self, blob_key: &str) {
        if let Ok(path) = self.path(blob_key) {
            let _ = fs::remove_file(path);
        }
    }
}

fn wrap_context(document_id: &str) -> String {
    format!("document/{document_id}")
}

fn associated_data(document_id: &str, request_id: &str) -> Vec<u8> {
    format!("lers-doc-v1|{document_id}|{request_id}").into_bytes()
}

/// Reads up to `buf.len()` bytes, fewer only at end of file.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn encrypt_file(src: &Path, dst: &Path, key: &[u8; 32], aad: &[u8]) -> Result<()> {
    let cipher = Aes256Gcm::new(key.into());
    let mut prefix = [0u8; NONCE_PREFIX];
    OsRng.fill_bytes(&mut prefix);
    let mut encryptor = EncryptorBE32::from_aead(cipher, (&prefix).into());
    let mut input = BufReader::new(File::open(src).map_err(io("cannot read the upload"))?);
    let tmp = dst.with_extension("partial");
    let file = File::create(&tmp).map_err(io("cannot write the document store"))?;
    let mut output = BufWriter::new(file);
    output.write_all(MAGIC).map_err(io("write"))?;
    output.write_all(&prefix).map_err(io("write"))?;
    // Read one segment ahead so the last one can be sealed as last.
    let mut current = vec![0u8; SEGMENT];
    let mut next = vec![0u8; SEGMENT];
    let mut current_len = read_full(&mut input, &mut current).map_err(io("read"))?;
    loop {
        let next_len = if current_len == SEGMENT {
            read_full(&mut input, &mut next).map_err(io("read"))?
        } else {
            0
        };
        let payload = Payload {
            msg: &current[..current_len],
            aad,
        };
        if next_len == 0 {
            let sealed = encryptor.encrypt_last(payload).map_err(|_| integrity())?;
            output.write_all(&sealed).map_err(io("write"))?;
            break;
        }
        let sealed = encryptor.encrypt_next(payload).map_err(|_| integrity())?;
        output.write_all(&sealed).map_err(io("write"))?;
        std::mem::swap(&mut current, &mut next);
        current_len = next_len;
    }
    let file = output
        .into_inner()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    file.sync_all().map_err(io("fsync"))?;
    fs::rename(&tmp, dst).map_err(io("rename"))?;
    Ok(())
}

fn decrypt_file(path: &Path, key: &[u8; 32], aad: &[u8]) -> Result<Vec<u8>> {
    let mut input = BufReader::new(File::open(path).map_err(|_| integrity())?);
    let mut header = [0u8; 8 + NONCE_PREFIX];
    if read_full(&mut input, &mut header).map_err(io("read"))? != header.len()
        || &header[..8] != MAGIC
    {
        return Err(integrity());
    }
    let prefix: [u8; NONCE_PREFIX] = header[8..].try_into().map_err(|_| integrity())?;
    let mut decryptor = DecryptorBE32::from_aead(Aes256Gcm::new(key.into()), (&prefix).into());
    let mut plaintext = Vec::new();
    let mut current = vec![0u8; SEGMENT + TAG];
    let mut next = vec![0u8; SEGMENT + TAG];
    let mut current_len = read_full(&mut input, &mut current).map_err(io("read"))?;
    loop {
        let next_len = if current_len == SEGMENT + TAG {
            read_full(&mut input, &mut next).map_err(io("read"))?
        } else {
            0
        };
        let payload = Payload {
            msg: &current[..current_len],
            aad,
        };
        if next_len == 0 {
            let segment = decryptor.decrypt_last(payload).map_err(|_| integrity())?;
            plaintext.extend_from_slice(&segment);
            return Ok(plaintext);
        }
        let segment = decryptor.decrypt_next(payload).map_err(|_| integrity())?;
        plaintext.extend_from_slice(&segment);
        std::mem::swap(&mut current, &mut next);
        current_len = next_len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::KeyRing;

    async fn vault() -> Result<(DocumentVault, tempfile_dir::Dir)> {
        let dir = tempfile_dir::Dir::new();
        let keys = KeyRing::load_or_create(&dir.0.join("keys"))?;
        Ok((
            DocumentVault::new(dir.0.join("blobs"), keys.sealer.clone())?,
            dir,
        ))
    }

    /// A throwaway directory without another dependency.
    mod tempfile_dir {
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Self {
                let path =
                    std::env::temp_dir().join(format!("lers-vault-{}", rand::random::<u64>()));
                let _ = std::fs::create_dir_all(&path);
                Self(path)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[tokio::test]
    async fn round_trips_every_size_around_segment_boundaries() -> Result<()> {
        let (vault, dir) = vault().await?;
        for size in [0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3 * SEGMENT] {
            let plain: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let src = dir.0.join("plain");
            fs::write(&src, &plain).map_err(io("test"))?;
            let id = format!("doc_{size}");
            let sealed = vault.seal_file(&src, &id, "req_1").await?;
            let stored = fs::read(dir.0.join("blobs").join(&id)).map_err(io("test"))?;
            assert!(
                size < 32
                    || !stored
                        .windows(32)
                        .any(|w| plain.windows(32).next() == Some(w)),
                "ciphertext, not plaintext"
            );
            assert_eq!(
                vault
                    .open(&sealed.blob_key, &sealed.wrapped_key, &id, "req_1")
                    .await?,
                plain,
                "size {size}"
            );
        }
        Ok(())
    }

    #[tokio::test]
    async fn any_tampering_is_an_integrity_error() -> Result<()> {
        let (vault, dir) = vault().await?;
        let plain: Vec<u8> = (0..(2 * SEGMENT + 100)).map(|i| (i % 7) as u8).collect();
        let src = dir.0.join("plain");
        fs::write(&src, &plain).map_err(io("test"))?;
        let sealed = vault.seal_file(&src, "doc_t", "req_1").await?;
        let path = dir.0.join("blobs").join("doc_t");
        let original = fs::read(&path).map_err(io("test"))?;
        let segment = SEGMENT + TAG;
        let header = 8 + NONCE_PREFIX;
        let mut flipped = original.clone();
        flipped[header + 10] ^= 1;
        let truncated = original[..header + segment].to_vec();
        let mut reordered = original[..header].to_vec();
        reordered.extend_from_slice(&original[header + segment..header + 2 * segment]);
        reordered.extend_from_slice(&original[header..header + segment]);
        reordered.extend_from_slice(&original[header + 2 * segment..]);
        for (what, bytes) in [
            ("flipped", flipped),
            ("truncated", truncated),
            ("reordered", reordered),
        ] {
            fs::write(&path, &bytes).map_err(io("test"))?;
            let opened = vault
                .open(&sealed.blob_key, &sealed.wrapped_key, "doc_t", "req_1")
                .await;
            assert!(
                matches!(opened, Err(StoreError::Corrupt(ref m)) if m.contains("integrity")),
                "{what}"
            );
        }
        fs::write(&path, &original).map_err(io("test"))?;
        assert!(
            vault
                .open(&sealed.blob_key, &sealed.wrapped_key, "doc_t", "req_2")
                .await
                .is_err(),
            "bound to its request"
        );
        assert!(vault
            .open(&sealed.blob_key, &sealed.wrapped_key, "doc_t", "req_1")
            .await
            .is_ok());
        Ok(())
    }
}
