//! Case data at rest: the per-request data key that seals a request's text fields
//! (AES-256-GCM, wrapped by the master key the way a document's key is), the
//! associated data that binds each sealed value to its table, column and row, and the
//! keyed hashes (HMAC-SHA256) of target identifiers that deconfliction matches on
//! instead of the identifiers themselves.

use std::collections::BTreeMap;
use std::path::Path;

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use rand::RngCore;
use ring::hmac;

use super::contexts;
use super::keys::{add_key_version, load_key_versions, KeyError, KeyProvider};

/// The prefix of a text field sealed with a request's data key (format version 1).
pub const FIELD_PREFIX: &str = "f1:";

/// The versioned key of target hashes: `target-hmac.key`, `target-hmac-v2.key`, ...
pub const TARGET_HMAC_KEY_BASE: &str = "target-hmac";

/// Where a sealed value lives. Authenticated with the value, so a value copied to
/// another table, column or row fails to open instead of showing there.
#[derive(Clone, Copy, Debug)]
pub struct FieldPlace<'a> {
    pub table: &'a str,
    pub column: &'a str,
    /// The row's stable identity (a public id, or a public id and a row number).
    pub row: &'a str,
}

impl FieldPlace<'_> {
    fn associated_data(&self) -> String {
        format!(
            "lers-field\u{1f}{}\u{1f}{}\u{1f}{}",
            self.table, self.column, self.row
        )
    }
}

/// A request's own data key, unwrapped.
pub struct DataKey {
    cipher: Aes256Gcm,
}

impl DataKey {
    /// A new random 256-bit key for request `public_id`, and its wrapped form (sealed
    /// by the current master key under the context `request/{public_id}`).
    pub fn create(sealer: &dyn KeyProvider, public_id: &str) -> Result<(Self, String), KeyError> {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        let wrapped = sealer.seal(&key, &contexts::request_key(public_id))?;
        Ok((Self::from_bytes(&key), wrapped))
    }

    /// Opens the wrapped data key of request `public_id`.
    pub fn unwrap(
        sealer: &dyn KeyProvider,
        wrapped: &str,
        public_id: &str,
    ) -> Result<Self, KeyError> {
        let key = sealer.open(wrapped, &contexts::request_key(public_id))?;
        let key: [u8; 32] = key.try_into().map_err(|_| KeyError::Unseal)?;
        Ok(Self::from_bytes(&key))
    }

    fn from_bytes(key: &[u8; 32]) -> Self {
        Self {
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(key)),
        }
    }

    /// `f1:` + base64(nonce ‖ ciphertext ‖ tag), bound to `place`.
    pub fn seal(&self, plaintext: &str, place: &FieldPlace<'_>) -> Result<String, KeyError> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let aad = place.associated_data();
        let ciphertext = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| KeyError::Unseal)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        Ok(format!("{FIELD_PREFIX}{}", BASE64.encode(out)))
    }

    /// The plaintext of a value sealed at `place`; [`KeyError::Unseal`] if it was
    /// sealed elsewhere, with another key, or altered.
    pub fn open(&self, sealed: &str, place: &FieldPlace<'_>) -> Result<String, KeyError> {
        let body = sealed.strip_prefix(FIELD_PREFIX).ok_or(KeyError::Unseal)?;
        let bytes = BASE64.decode(body).map_err(|_| KeyError::Unseal)?;
        if bytes.len() < 12 {
            return Err(KeyError::Unseal);
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        let aad = place.associated_data();
        let plaintext = self
            .cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| KeyError::Unseal)?;
        String::from_utf8(plaintext).map_err(|_| KeyError::Unseal)
    }
}

/// Keyed hashes of normalised target identifiers, `h{version}:{hex}`. Every version on
/// disk stays usable for lookups, so deconfliction keeps finding rows hashed with an
/// older version while a rotation re-hashes them.
pub struct TargetHasher {
    keys: BTreeMap<u32, hmac::Key>,
    current: u32,
}

impl TargetHasher {
    /// Loads every version of the hash key from `dir`, creating version 1 (mode 0600)
    /// on first start.
    pub fn load_or_create(dir: &Path) -> Result<Self, KeyError> {
        Ok(Self::new(load_key_versions(dir, TARGET_HMAC_KEY_BASE)?))
    }

    fn new(versions: BTreeMap<u32, [u8; 32]>) -> Self {
        let current = versions.keys().next_back().copied().unwrap_or(1);
        Self {
            keys: versions
                .into_iter()
                .map(|(version, key)| (version, hmac::Key::new(hmac::HMAC_SHA256, &key)))
                .collect(),
            current,
        }
    }

    /// The version new hashes are made with.
    pub fn current_version(&self) -> u32 {
        self.current
    }

    /// The hash of a normalised identifier of `target_type` under the current key.
    pub fn hash(&self, target_type: &str, normalized: &str) -> Result<String, KeyError> {
        let key = self
            .keys
            .get(&self.current)
            .ok_or(KeyError::UnknownVersion(self.current))?;
        Ok(Self::hash_with(self.current, key, target_type, normalized))
    }

    /// Its hash under the oldest version on disk, which a rotation keeps: for values
    /// that must stay the same for good (the stand-in key ids of sign-in), not for
    /// lookups of stored rows.
    pub fn hash_pinned(&self, target_type: &str, normalized: &str) -> Result<String, KeyError> {
        let (version, key) = self
            .keys
            .iter()
            .next()
            .ok_or(KeyError::UnknownVersion(self.current))?;
        Ok(Self::hash_with(*version, key, target_type, normalized))
    }

    /// Its hash under every version on disk (what a stored row may carry).
    pub fn hashes(&self, target_type: &str, normalized: &str) -> Vec<String> {
        self.keys
            .iter()
            .map(|(version, key)| Self::hash_with(*version, key, target_type, normalized))
            .collect()
    }

    fn hash_with(version: u32, key: &hmac::Key, target_type: &str, normalized: &str) -> String {
        let message = format!("{target_type}\u{1f}{normalized}");
        let tag = hmac::sign(key, message.as_bytes());
        format!("h{version}:{}", hex::encode(tag.as_ref()))
    }

    /// The version a stored hash was made with (`None` for anything else, such as a
    /// clear identifier of a database not sealed yet).
    pub fn version_of(stored: &str) -> Option<u32> {
        let (prefix, digest) = stored.split_once(':')?;
        let version = prefix.strip_prefix('h')?.parse().ok()?;
        (digest.len() == 64 && digest.bytes().all(|b| b.is_ascii_hexdigit())).then_some(version)
    }
}

/// Creates the next version of the target-hash key in `dir` and returns its number.
pub fn add_target_hmac_version(dir: &Path) -> Result<u32, KeyError> {
    add_key_version(dir, TARGET_HMAC_KEY_BASE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::KeyRing;

    const PLACE: FieldPlace<'static> = FieldPlace {
        table: "messages",
        column: "body",
        row: "req_1/7",
    };

    fn temp_dir() -> Result<std::path::PathBuf, KeyError> {
        let dir = std::env::temp_dir().join(format!("lers-fields-{}", rand::random::<u64>()));
        std::fs::create_dir_all(&dir).map_err(|source| KeyError::Io {
            path: dir.clone(),
            source,
        })?;
        Ok(dir)
    }

    #[test]
    fn a_sealed_field_opens_only_at_its_place_under_its_key() -> Result<(), KeyError> {
        let dir = temp_dir()?;
        let ring = KeyRing::load_or_create(&dir)?;
        let (key, wrapped) = DataKey::create(ring.sealer.as_ref(), "req_1")?;
        let sealed = key.seal("call +15550100", &PLACE)?;
        assert!(sealed.starts_with(FIELD_PREFIX));
        assert!(!sealed.contains("15550100"));
        let reopened = DataKey::unwrap(ring.sealer.as_ref(), &wrapped, "req_1")?;
        assert_eq!(reopened.open(&sealed, &PLACE)?, "call +15550100");
        for other in [
            FieldPlace {
                row: "req_1/8",
                ..PLACE
            },
            FieldPlace {
                column: "note",
                ..PLACE
            },
            FieldPlace {
                table: "requests",
                ..PLACE
            },
        ] {
            assert!(matches!(key.open(&sealed, &other), Err(KeyError::Unseal)));
        }
        // Another request's key, or a wrapped key moved to another request, fails.
        let (other_key, _) = DataKey::create(ring.sealer.as_ref(), "req_2")?;
        assert!(matches!(
            other_key.open(&sealed, &PLACE),
            Err(KeyError::Unseal)
        ));
        assert!(DataKey::unwrap(ring.sealer.as_ref(), &wrapped, "req_2").is_err());
        let mut altered = sealed.clone();
        altered.pop();
        altered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert!(key.open(&altered, &PLACE).is_err());
        assert!(key.open("call +15550100", &PLACE).is_err());
        std::fs::remove_dir_all(&dir).map_err(|source| KeyError::Io { path: dir, source })
    }

    #[test]
    fn target_hashes_are_keyed_versioned_and_private() -> Result<(), KeyError> {
        let dir = temp_dir()?;
        let first = TargetHasher::load_or_create(&dir)?;
        let hash = first.hash("phone", "+15550100")?;
        assert!(hash.starts_with("h1:") && !hash.contains("15550100"));
        assert_eq!(TargetHasher::version_of(&hash), Some(1));
        assert_eq!(TargetHasher::version_of("+15550100"), None);
        // Stable across restarts, different per type and per key.
        assert_eq!(
            TargetHasher::load_or_create(&dir)?.hash("phone", "+15550100")?,
            hash
        );
        assert_ne!(first.hash("email", "+15550100")?, hash);
        let other_dir = temp_dir()?;
        let elsewhere = TargetHasher::load_or_create(&other_dir)?;
        assert_ne!(elsewhere.hash("phone", "+15550100")?, hash);
        std::fs::remove_dir_all(&other_dir).map_err(|source| KeyError::Io {
            path: other_dir,
            source,
        })?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file = dir.join("target-hmac.key");
            let mode = std::fs::metadata(&file)
                .map_err(|source| KeyError::Io { path: file, source })?
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // A new version hashes from now on; the old hash still matches a lookup.
        assert_eq!(add_target_hmac_version(&dir)?, 2);
        let rotated = TargetHasher::load_or_create(&dir)?;
        let new_hash = rotated.hash("phone", "+15550100")?;
        assert!(new_hash.starts_with("h2:"));
        assert_eq!(
            rotated.hashes("phone", "+15550100"),
            vec![hash.clone(), new_hash]
        );
        // A pinned hash stays the oldest version's through a rotation.
        assert_eq!(rotated.hash_pinned("phone", "+15550100")?, hash);
        std::fs::remove_dir_all(&dir).map_err(|source| KeyError::Io { path: dir, source })
    }
}
