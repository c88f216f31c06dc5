//! Request documents at rest: every document is encrypted with its own random 256-bit
//! key in the segment format of [`crate::crypto::segments`], and that key is stored only
//! wrapped by the master key. The associated data binds the ciphertext to its
//! document, request and region (`lers-doc-v2|doc|req|region`; documents sealed
//! before regions carry `lers-doc-v1|doc|req` and live in the default region), so a
//! blob moved under another record or into another region does not decrypt. Sealed
//! documents live in their region's [`BlobStore`] (the same kinds of store as
//! productions).

use std::fs::File;
use std::io::{BufReader, BufWriter, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::crypto::contexts;
use crate::crypto::keys::{KeyProvider, SecretSealer};
use crate::crypto::segments::{
    self, integrity_error, SealingWriter, SegmentCipher, SegmentOpener, HEADER_LEN, TAG_LEN,
};
use crate::files::blobs::RegionalStores;
use crate::{io_error as io, Result, StoreError};

/// A sealed blob: where it is and the wrapped key that opens it.
#[derive(Clone, Debug)]
pub struct SealedBlob {
    pub blob_key: String,
    pub wrapped_key: String,
    pub key_version: i64,
}

pub struct DocumentVault {
    staging: PathBuf,
    blobs: RegionalStores,
    sealer: Arc<SecretSealer>,
}

impl DocumentVault {
    /// Documents are sealed into `staging` (a local directory) and then moved into
    /// their region's store in `blobs`.
    pub fn new(staging: PathBuf, blobs: RegionalStores, sealer: Arc<SecretSealer>) -> Result<Self> {
        std::fs::create_dir_all(&staging).map_err(io("cannot create the staging directory"))?;
        Ok(Self {
            staging,
            blobs,
            sealer,
        })
    }

    /// The regions and their stores.
    pub fn regions(&self) -> &RegionalStores {
        &self.blobs
    }

    /// Encrypts the plaintext file `src` as document `document_id` of request
    /// `request_id` into `region`'s store; the blob is durable there when this returns.
    pub async fn seal_file(
        &self,
        src: &Path,
        document_id: &str,
        request_id: &str,
        region: &str,
    ) -> Result<SealedBlob> {
        crate::files::blobs::check_key(document_id)?;
        let blobs = self.blobs.get(Some(region))?;
        let data_key = segments::random_key()?;
        let wrapped_key = self
            .sealer
            .seal(&data_key, &contexts::document_key(document_id))?;
        let sealed = self.staging.join(format!("{document_id}.sealing"));
        let (source, target) = (src.to_owned(), sealed.clone());
        let aad = associated_data(document_id, request_id, Some(region));
        let written =
            tokio::task::spawn_blocking(move || encrypt_file(&source, &target, &data_key, &aad))
                .await
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let stored = match written {
            Ok(()) => blobs.put_file(document_id, &sealed).await,
            Err(e) => Err(e),
        };
        if stored.is_err() {
            // Nothing half-written stays behind.
            let _ = tokio::fs::remove_file(&sealed).await;
        }
        stored?;
        Ok(SealedBlob {
            blob_key: document_id.to_owned(),
            wrapped_key,
            key_version: i64::from(self.sealer.current_version()),
        })
    }

    /// Decrypts a whole document (documents are size-limited) from `region`'s store
    /// (`None`: a document from before regions); any tampering is an error, never
    /// wrong plaintext.
    pub async fn open(
        &self,
        blob_key: &str,
        wrapped_key: &str,
        (document_id, request_id): (&str, &str),
        region: Option<&str>,
    ) -> Result<Vec<u8>> {
        let blobs = self.blobs.get(region)?;
        let data_key = self
            .sealer
            .open(wrapped_key, &contexts::document_key(document_id))?;
        let key: [u8; 32] = data_key.try_into().map_err(|_| integrity_error())?;
        let size = blobs.size(blob_key).await?.ok_or_else(integrity_error)?;
        let mut sealed =
            crate::files::blobs::read_to_vec(blobs.as_ref(), blob_key, 0..size).await?;
        let aad = associated_data(document_id, request_id, region);
        tokio::task::spawn_blocking(move || decrypt(&mut sealed, &key, &aad))
            .await
            .map_err(|e| StoreError::Corrupt(e.to_string()))?
    }

    /// Deletes the ciphertext of a document whose key was destroyed, from every
    /// region's store (a move may have left a copy behind); an error leaves it
    /// listed, to be tried again at the next sweep.
    pub async fn discard(&self, blob_key: &str) -> Result<()> {
        for (_, store) in self.blobs.all() {
            store.delete(blob_key).await?;
        }
        Ok(())
    }

    /// Copies `document` of request `request_id` into region `to`: decrypts it, checks
    /// its SHA-256 against the recorded one, seals it under a new key with `to` in its
    /// associated data, stores it in `to`'s store and checks the copy opens to the same
    /// bytes. The old copy is untouched (its row still points to it).
    pub async fn copy_to_region(
        &self,
        document: &crate::sql::DocumentRecord,
        request_id: &str,
        to: &str,
    ) -> Result<SealedBlob> {
        let ids = (document.id.as_str(), request_id);
        let from = document.region.as_deref();
        if self.blobs.shares_store(from, to)? {
            return Err(StoreError::Corrupt(format!(
                "regions {} and {to} share one blob store; give each region its own",
                from.unwrap_or(self.blobs.default_region())
            )));
        }
        let plain = self
            .open(&document.blob_key, &document.wrapped_key, ids, from)
            .await?;
        check_sha256(&plain, &document.sha256)?;
        let data_key = segments::random_key()?;
        let wrapped_key = self
            .sealer
            .seal(&data_key, &contexts::document_key(&document.id))?;
        let sealed = self.staging.join(format!("{}.moving", document.id));
        let (target, aad) = (sealed.clone(), associated_data(ids.0, ids.1, Some(to)));
        let total = plain.len() as u64;
        tokio::task::spawn_blocking(move || {
            encrypt(std::io::Cursor::new(plain), total, &target, &data_key, &aad)
        })
        .await
        .map_err(|e| StoreError::Corrupt(e.to_string()))??;
        self.blobs
            .get(Some(to))?
            .put_file(&document.blob_key, &sealed)
            .await?;
        let copy = self
            .open(&document.blob_key, &wrapped_key, ids, Some(to))
            .await?;
        check_sha256(&copy, &document.sha256)?;
        Ok(SealedBlob {
            blob_key: document.blob_key.clone(),
            wrapped_key,
            key_version: i64::from(self.sealer.current_version()),
        })
    }

    /// Deletes a blob from `region`'s store (`None`: the default region's), e.g. the
    /// old copy after a move.
    pub async fn delete(&self, blob_key: &str, region: Option<&str>) -> Result<()> {
        self.blobs.get(region)?.delete(blob_key).await
    }

    /// Removes a blob from `region`'s store when recording it failed (a failure is
    /// only logged: the caller is already reporting one).
    pub async fn remove(&self, blob_key: &str, region: &str) {
        if let Err(e) = self.delete(blob_key, Some(region)).await {
            tracing::warn!(blob = blob_key, error = %e, "could not remove a document blob");
        }
    }
}

fn associated_data(document_id: &str, request_id: &str, region: Option<&str>) -> Vec<u8> {
    match region {
        Some(region) => format!("lers-doc-v2|{document_id}|{request_id}|{region}"),
        None => format!("lers-doc-v1|{document_id}|{request_id}"),
    }
    .into_bytes()
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

/// The plaintext hashes to `sha256` (hex), or it is an integrity error.
fn check_sha256(plain: &[u8], sha256: &str) -> Result<()> {
    use sha2::Digest;
    match hex::encode(sha2::Sha256::digest(plain)) == sha256 {
        true => Ok(()),
        false => Err(integrity_error()),
    }
}

pub(crate) fn encrypt_file(src: &Path, dst: &Path, key: &[u8; 32], aad: &[u8]) -> Result<()> {
    let input = File::open(src).map_err(io("cannot read the upload"))?;
    let total = input
        .metadata()
        .map_err(io("cannot read the upload"))?
        .len();
    encrypt(input, total, dst, key, aad)
}

/// Seals the `total` bytes of `input` into the new file `dst`.
fn encrypt(input: impl Read, total: u64, dst: &Path, key: &[u8; 32], aad: &[u8]) -> Result<()> {
    let cipher = SegmentCipher::new(key)?;
    let file = File::create(dst).map_err(io("cannot write the staging file"))?;
    let mut output = BufWriter::new(file);
    std::io::Write::write_all(&mut output, &cipher.header()).map_err(io("write"))?;
    let mut writer = SealingWriter::new(cipher, aad.to_vec(), total, output);
    let mut input = BufReader::new(input);
    let mut chunk = vec![0u8; segments::SEGMENT_LEN];
    loop {
        let n = read_full(&mut input, &mut chunk).map_err(io("read"))?;
        writer.write(&chunk[..n])?;
        if n < chunk.len() {
            break;
        }
    }
    if !writer.is_complete() {
        return Err(StoreError::Corrupt(
            "the upload changed while it was being stored".into(),
        ));
    }
    let file = writer
        .into_inner()
        .into_inner()
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    file.sync_all().map_err(io("fsync"))
}

/// Opens a whole sealed file held in memory: the plaintext, or an integrity error for
/// anything that is not exactly what was sealed under `key` and `aad` (public for the
/// fuzz target in `fuzz/`).
pub fn decrypt(sealed: &mut [u8], key: &[u8; 32], aad: &[u8]) -> Result<Vec<u8>> {
    let plain_len =
        segments::plain_len_of_sealed(sealed.len() as u64).ok_or_else(integrity_error)?;
    let (header, body) = sealed.split_at_mut(HEADER_LEN);
    let opener = SegmentOpener::new(
        SegmentCipher::from_header(key, header)?,
        aad.to_vec(),
        plain_len,
    );
    let mut plaintext = Vec::with_capacity(usize::try_from(plain_len).unwrap_or(0));
    let mut rest = body;
    for index in 0..segments::segment_count(plain_len) {
        let len = segments::segment_plain_len(index, plain_len) + TAG_LEN;
        let (segment, after) = rest.split_at_mut(len);
        plaintext.extend_from_slice(opener.open(index, segment)?);
        rest = after;
    }
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::KeyRing;
    use crate::crypto::segments::SEGMENT_LEN;

    async fn vault() -> Result<(DocumentVault, tempfile_dir::Dir)> {
        let dir = tempfile_dir::Dir::new();
        let keys = KeyRing::load_or_create(&dir.0.join("keys"))?;
        let local: Arc<dyn crate::files::blobs::BlobStore> = Arc::new(
            crate::files::blobs::LocalBlobStore::new(dir.0.join("blobs"))?,
        );
        // Two regions over one directory: only the associated data tells them apart.
        let blobs = RegionalStores::single("r".into(), local.clone()).with("s", local);
        Ok((
            DocumentVault::new(dir.0.join("staging"), blobs, keys.sealer.clone())?,
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
        for size in [
            0,
            1,
            SEGMENT_LEN - 1,
            SEGMENT_LEN,
            SEGMENT_LEN + 1,
            3 * SEGMENT_LEN,
        ] {
            let plain: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            let src = dir.0.join("plain");
            std::fs::write(&src, &plain).map_err(io("test"))?;
            let id = format!("doc_{size}");
            let sealed = vault.seal_file(&src, &id, "req_1", "r").await?;
            let stored = std::fs::read(dir.0.join("blobs").join(&id)).map_err(io("test"))?;
            assert!(
                size < 32
                    || !stored
                        .windows(32)
                        .any(|w| plain.windows(32).next() == Some(w)),
                "ciphertext, not plaintext"
            );
            assert_eq!(
                vault
                    .open(
                        &sealed.blob_key,
                        &sealed.wrapped_key,
                        (&id, "req_1"),
                        Some("r")
                    )
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
        let plain: Vec<u8> = (0..(2 * SEGMENT_LEN + 100))
            .map(|i| (i % 7) as u8)
            .collect();
        let src = dir.0.join("plain");
        std::fs::write(&src, &plain).map_err(io("test"))?;
        let sealed = vault.seal_file(&src, "doc_t", "req_1", "r").await?;
        let path = dir.0.join("blobs").join("doc_t");
        let original = std::fs::read(&path).map_err(io("test"))?;
        let segment = segments::SEALED_SEGMENT_LEN;
        let header = HEADER_LEN;
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
            std::fs::write(&path, &bytes).map_err(io("test"))?;
            let opened = vault
                .open(
                    &sealed.blob_key,
                    &sealed.wrapped_key,
                    ("doc_t", "req_1"),
                    Some("r"),
                )
                .await;
            assert!(
                matches!(opened, Err(StoreError::Integrity(ref m)) if m.contains("integrity")),
                "{what}"
            );
        }
        std::fs::write(&path, &original).map_err(io("test"))?;
        assert!(
            vault
                .open(
                    &sealed.blob_key,
                    &sealed.wrapped_key,
                    ("doc_t", "req_2"),
                    Some("r")
                )
                .await
                .is_err(),
            "bound to its request"
        );
        assert!(
            vault
                .open(
                    &sealed.blob_key,
                    &sealed.wrapped_key,
                    ("doc_t", "req_1"),
                    Some("s")
                )
                .await
                .is_err(),
            "bound to its region"
        );
        assert!(vault
            .open(
                &sealed.blob_key,
                &sealed.wrapped_key,
                ("doc_t", "req_1"),
                Some("r")
            )
            .await
            .is_ok());
        Ok(())
    }
}
