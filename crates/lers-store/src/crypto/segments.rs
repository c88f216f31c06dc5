//! The encrypted file format shared by request documents and productions
//! (docs/DESIGN.md, "Files at rest").
//!
//! A sealed file is `LERSDOC1` (8 bytes), a random 7-byte nonce prefix, then the
//! segments. Every segment but the last holds exactly 64 KiB of plaintext; each is
//! sealed with AES-256-GCM (a random key per file) as `ciphertext ‖ 16-byte tag`, under
//! the nonce `prefix ‖ segment number (u32, big-endian) ‖ last-segment flag (1 byte)` —
//! the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár), byte-compatible with
//! RustCrypto's `StreamBE32`. Because a segment's number and whether it is the last
//! are part of its nonce, any change, reordering, truncation or splice fails to
//! authenticate. An empty file is one empty last segment.
//!
//! Segments have fixed positions, so any plaintext range can be decrypted without
//! reading what comes before it (HTTP Range downloads).
//!
//! AES-GCM itself comes from `ring` (BoringSSL's assembly): several times faster than
//! a portable implementation, which matters for multi-GiB productions.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM};
use ring::rand::{SecureRandom, SystemRandom};
use sha2::{Digest, Sha256};

use crate::{Refusal, Result, StoreError};

pub const MAGIC: &[u8; 8] = b"LERSDOC1";
pub const NONCE_PREFIX_LEN: usize = 7;
pub const HEADER_LEN: usize = MAGIC.len() + NONCE_PREFIX_LEN;
/// Plaintext bytes in every segment but the last.
pub const SEGMENT_LEN: usize = 64 * 1024;
pub const TAG_LEN: usize = 16;
pub const SEALED_SEGMENT_LEN: usize = SEGMENT_LEN + TAG_LEN;
/// The largest plaintext the 32-bit segment counter can number (256 TiB).
pub const MAX_PLAIN_LEN: u64 = (u32::MAX as u64 + 1) * SEGMENT_LEN as u64;

/// The one error every failed authentication turns into: it never says which check
/// failed, and never comes with plaintext.
pub fn integrity_error() -> StoreError {
    StoreError::Integrity(
        "the stored file failed its integrity check (altered, truncated or reordered); it was not delivered"
            .into(),
    )
}

/// How many segments a plaintext of `len` bytes is sealed into.
pub fn segment_count(len: u64) -> u64 {
    len.div_ceil(SEGMENT_LEN as u64).max(1)
}

/// The size of the sealed file for a plaintext of `len` bytes.
pub fn sealed_len(len: u64) -> u64 {
    HEADER_LEN as u64 + len + segment_count(len) * TAG_LEN as u64
}

/// Where segment `index` starts in the sealed file.
pub fn sealed_offset(index: u64) -> u64 {
    HEADER_LEN as u64 + index * SEALED_SEGMENT_LEN as u64
}

/// Plaintext length of segment `index` of a file of `len` bytes.
pub fn segment_plain_len(index: u64, len: u64) -> usize {
    let start = index * SEGMENT_LEN as u64;
    // At most SEGMENT_LEN, so the conversion cannot truncate.
    len.saturating_sub(start).min(SEGMENT_LEN as u64) as usize
}

/// A fresh random 256-bit data key.
pub fn random_key() -> Result<[u8; 32]> {
    let mut key = [0u8; 32];
    SystemRandom::new()
        .fill(&mut key)
        .map_err(|_| StoreError::Corrupt("the system random generator failed".into()))?;
    Ok(key)
}

/// One file's key and nonce prefix: seals and opens its segments by number.
pub struct SegmentCipher {
    key: LessSafeKey,
    prefix: [u8; NONCE_PREFIX_LEN],
}

impl SegmentCipher {
    /// A cipher for a new file, with a random nonce prefix.
    pub fn new(key: &[u8; 32]) -> Result<Self> {
        let mut prefix = [0u8; NONCE_PREFIX_LEN];
        SystemRandom::new()
            .fill(&mut prefix)
            .map_err(|_| StoreError::Corrupt("the system random generator failed".into()))?;
        Self::with_prefix(key, prefix)
    }

    /// A cipher whose nonce prefix is derived from `label` (a production file's id),
    /// so every node that continues an upload seals with the same header without
    /// storing one. Nonces stay unique: each file has its own random key.
    pub fn with_derived_prefix(key: &[u8; 32], label: &str) -> Result<Self> {
        let digest = Sha256::digest(format!("lers-nonce-prefix-v1|{label}").as_bytes());
        let mut prefix = [0u8; NONCE_PREFIX_LEN];
        prefix.copy_from_slice(&digest[..NONCE_PREFIX_LEN]);
        Self::with_prefix(key, prefix)
    }

    /// The cipher of an existing file, from its header.
    pub fn from_header(key: &[u8; 32], header: &[u8]) -> Result<Self> {
        if header.len() != HEADER_LEN || &header[..MAGIC.len()] != MAGIC {
            return Err(integrity_error());
        }
        let mut prefix = [0u8; NONCE_PREFIX_LEN];
        prefix.copy_from_slice(&header[MAGIC.len()..]);
        Self::with_prefix(key, prefix)
    }

    fn with_prefix(key: &[u8; 32], prefix: [u8; NONCE_PREFIX_LEN]) -> Result<Self> {
        let key = UnboundKey::new(&AES_256_GCM, key).map_err(|_| integrity_error())?;
        Ok(Self {
            key: LessSafeKey::new(key),
            prefix,
        })
    }

    /// The file header this cipher's segments follow.
    pub fn header(&self) -> [u8; HEADER_LEN] {
        let mut header = [0u8; HEADER_LEN];
        header[..MAGIC.len()].copy_from_slice(MAGIC);
        header[MAGIC.len()..].copy_from_slice(&self.prefix);
        header
    }

    fn nonce(&self, index: u64, last: bool) -> Result<Nonce> {
        let index = u32::try_from(index).map_err(|_| {
            StoreError::Corrupt("file too large for the segment counter (256 TiB)".into())
        })?;
        let mut nonce = [0u8; 12];
        nonce[..NONCE_PREFIX_LEN].copy_from_slice(&self.prefix);
        nonce[NONCE_PREFIX_LEN..11].copy_from_slice(&index.to_be_bytes());
        nonce[11] = u8::from(last);
        Ok(Nonce::assume_unique_for_key(nonce))
    }

    /// Seals the plaintext in `segment` in place and appends its tag.
    pub fn seal(&self, index: u64, last: bool, aad: &[u8], segment: &mut Vec<u8>) -> Result<()> {
        let tag = self
            .key
            .seal_in_place_separate_tag(self.nonce(index, last)?, Aad::from(aad), segment)
            .map_err(|_| integrity_error())?;
        segment.extend_from_slice(tag.as_ref());
        Ok(())
    }

    /// Opens sealed segment `index` in place; the plaintext is the returned slice.
    pub fn open<'a>(
        &self,
        index: u64,
        last: bool,
        aad: &[u8],
        sealed: &'a mut [u8],
    ) -> Result<&'a mut [u8]> {
        self.key
            .open_in_place(self.nonce(index, last)?, Aad::from(aad), sealed)
            .map_err(|_| integrity_error())
    }
}

/// The plaintext length of a sealed file of `sealed` bytes, if that is a possible size.
pub fn plain_len_of_sealed(sealed: u64) -> Option<u64> {
    let body = sealed.checked_sub(HEADER_LEN as u64)?;
    let count = body.div_ceil(SEALED_SEGMENT_LEN as u64).max(1);
    let plain = body.checked_sub(count * TAG_LEN as u64)?;
    (sealed_len(plain) == sealed).then_some(plain)
}

/// Seals a plaintext of known total length as it arrives, writing whole sealed
/// segments to `out`; the last segment is sealed as last once its final byte arrives.
/// It also keeps the SHA-256 of the plaintext sealed so far.
pub struct SealingWriter<W> {
    cipher: SegmentCipher,
    aad: Vec<u8>,
    total: u64,
    next_index: u64,
    buffer: Vec<u8>,
    digest: Sha256,
    out: W,
}

impl<W: std::io::Write> SealingWriter<W> {
    /// A writer for a new file (its header is already in `out`).
    pub fn new(cipher: SegmentCipher, aad: Vec<u8>, total: u64, out: W) -> Self {
        Self::resume(cipher, aad, total, 0, Sha256::new(), out)
    }

    /// Continues a file whose first `start_index` segments are already in `out`,
    /// `digest` being the hash of their plaintext.
    pub fn resume(
        cipher: SegmentCipher,
        aad: Vec<u8>,
        total: u64,
        start_index: u64,
        digest: Sha256,
        out: W,
    ) -> Self {
        Self {
            cipher,
            aad,
            total,
            next_index: start_index,
            buffer: Vec::with_capacity(SEALED_SEGMENT_LEN),
            digest,
            out,
        }
    }

    /// SHA-256 (hex) of all plaintext sealed so far: the file's digest once complete.
    pub fn sha256_hex(&self) -> String {
        hex::encode(self.digest.clone().finalize())
    }

    /// Forgets plaintext that did not fill a segment: it was never acknowledged and
    /// the client sends it again from [`Self::sealed_len`].
    pub fn discard_pending(&mut self) {
        self.buffer.clear();
    }

    pub fn get_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Plaintext bytes sealed and written so far (a multiple of the segment size until
    /// the end).
    pub fn sealed_len(&self) -> u64 {
        (self.next_index * SEGMENT_LEN as u64).min(self.total)
    }

    pub fn is_complete(&self) -> bool {
        self.next_index >= segment_count(self.total)
    }

    /// Takes more plaintext; more than the declared total is refused.
    pub fn write(&mut self, mut data: &[u8]) -> Result<()> {
        loop {
            if self.is_complete() {
                return match data.is_empty() {
                    true => Ok(()),
                    false => Err(Refusal::MoreThanDeclared {
                        declared: self.total,
                    }
                    .into()),
                };
            }
            let wanted = segment_plain_len(self.next_index, self.total);
            let take = (wanted - self.buffer.len()).min(data.len());
            self.buffer.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buffer.len() < wanted {
                return Ok(());
            }
            let last = self.next_index + 1 == segment_count(self.total);
            self.digest.update(&self.buffer);
            self.cipher
                .seal(self.next_index, last, &self.aad, &mut self.buffer)?;
            self.out
                .write_all(&self.buffer)
                .map_err(|e| StoreError::Corrupt(format!("cannot write sealed data: {e}")))?;
            self.buffer.clear();
            self.next_index += 1;
        }
    }

    /// The output (plaintext that did not fill a segment is dropped).
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// Opens the segments of one sealed file of known plaintext length, in any order.
pub struct SegmentOpener {
    cipher: SegmentCipher,
    aad: Vec<u8>,
    plain_len: u64,
}

impl SegmentOpener {
    pub fn new(cipher: SegmentCipher, aad: Vec<u8>, plain_len: u64) -> Self {
        Self {
            cipher,
            aad,
            plain_len,
        }
    }

    pub fn plain_len(&self) -> u64 {
        self.plain_len
    }

    /// Opens sealed segment `index` in place; a wrong length is an integrity error too.
    pub fn open<'a>(&self, index: u64, sealed: &'a mut [u8]) -> Result<&'a mut [u8]> {
        let count = segment_count(self.plain_len);
        if index >= count || sealed.len() != segment_plain_len(index, self.plain_len) + TAG_LEN {
            return Err(integrity_error());
        }
        self.cipher
            .open(index, index + 1 == count, &self.aad, sealed)
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;
    use aes_gcm::aead::stream::{DecryptorBE32, EncryptorBE32};
    use aes_gcm::aead::{KeyInit, Payload};
    use aes_gcm::Aes256Gcm;

    #[test]
    fn segments_are_byte_compatible_with_rustcrypto_stream_be32() {
        // Documents sealed before the switch to `ring` must stay readable.
        let key = [7u8; 32];
        let cipher = SegmentCipher::new(&key).expect("cipher");
        let prefix: [u8; NONCE_PREFIX_LEN] =
            cipher.header()[MAGIC.len()..].try_into().expect("prefix");
        let aad = b"lers-doc-v1|d|r";
        let mut ours_first = vec![1u8; SEGMENT_LEN];
        cipher.seal(0, false, aad, &mut ours_first).expect("seal");
        let mut ours_last = b"tail".to_vec();
        cipher.seal(1, true, aad, &mut ours_last).expect("seal");

        let mut theirs = EncryptorBE32::from_aead(Aes256Gcm::new((&key).into()), (&prefix).into());
        let first = theirs
            .encrypt_next(Payload {
                msg: &[1u8; SEGMENT_LEN],
                aad,
            })
            .expect("encrypt");
        let last = theirs
            .encrypt_last(Payload { msg: b"tail", aad })
            .expect("encrypt");
        assert_eq!(ours_first, first);
        assert_eq!(ours_last, last);

        let mut decryptor =
            DecryptorBE32::from_aead(Aes256Gcm::new((&key).into()), (&prefix).into());
        let opened = decryptor
            .decrypt_next(Payload {
                msg: &ours_first,
                aad,
            })
            .expect("decrypt");
        assert_eq!(opened, vec![1u8; SEGMENT_LEN]);
    }

    #[test]
    fn a_whole_sealed_file_opens_with_rustcrypto_stream_be32() {
        // The writer's output, header and all, is a standard STREAM ciphertext.
        let key = [5u8; 32];
        let plain: Vec<u8> = (0..2 * SEGMENT_LEN + 77).map(|i| (i % 249) as u8).collect();
        let cipher = SegmentCipher::new(&key).expect("cipher");
        let header = cipher.header();
        let aad = b"lers-prod-v1|f|r|x".to_vec();
        let mut writer = SealingWriter::new(cipher, aad.clone(), plain.len() as u64, Vec::new());
        for chunk in plain.chunks(10_000) {
            writer.write(chunk).expect("write");
        }
        assert!(writer.is_complete());
        let sealed = writer.into_inner();
        let prefix: [u8; NONCE_PREFIX_LEN] = header[MAGIC.len()..].try_into().expect("prefix");
        let mut decryptor =
            DecryptorBE32::from_aead(Aes256Gcm::new((&key).into()), (&prefix).into());
        let segments: Vec<&[u8]> = sealed.chunks(SEALED_SEGMENT_LEN).collect();
        let mut opened = Vec::new();
        for (i, segment) in segments.iter().enumerate() {
            let payload = Payload {
                msg: segment,
                aad: &aad,
            };
            if i + 1 == segments.len() {
                opened.extend(decryptor.decrypt_last(payload).expect("last"));
                break;
            }
            opened.extend(decryptor.decrypt_next(payload).expect("segment"));
        }
        assert_eq!(opened, plain);
    }

    #[test]
    fn a_segment_opens_only_at_its_own_position_and_flag() {
        let cipher = SegmentCipher::new(&[3u8; 32]).expect("cipher");
        let mut sealed = b"segment".to_vec();
        cipher.seal(4, false, b"ad", &mut sealed).expect("seal");
        for (index, last, aad) in [
            (5, false, &b"ad"[..]),
            (4, true, b"ad"),
            (4, false, b"other"),
        ] {
            let mut copy = sealed.clone();
            assert!(cipher.open(index, last, aad, &mut copy).is_err());
        }
        let mut copy = sealed.clone();
        assert_eq!(
            cipher.open(4, false, b"ad", &mut copy).expect("open"),
            b"segment"
        );
    }

    #[test]
    fn sizes_follow_the_segment_layout() {
        assert_eq!(segment_count(0), 1);
        assert_eq!(segment_count(SEGMENT_LEN as u64), 1);
        assert_eq!(segment_count(SEGMENT_LEN as u64 + 1), 2);
        assert_eq!(sealed_len(0), (HEADER_LEN + TAG_LEN) as u64);
        assert_eq!(
            sealed_len(2 * SEGMENT_LEN as u64 + 5),
            (HEADER_LEN + 2 * SEALED_SEGMENT_LEN + 5 + TAG_LEN) as u64
        );
        assert_eq!(segment_plain_len(2, 2 * SEGMENT_LEN as u64 + 5), 5);
        assert_eq!(segment_plain_len(0, 10), 10);
    }
}
