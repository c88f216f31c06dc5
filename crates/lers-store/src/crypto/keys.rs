//! Key material kept in the data directory: the Ed25519 key that signs audit
//! checkpoints and the master key that seals secrets at rest (TOTP secrets). Both are
//! created on first start with file mode 0600 and never leave this module in clear
//! except as the public half of the signing key.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use ed25519_dalek::{SigningKey, VerifyingKey};
use rand::RngCore;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or write key file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("key file {path} is malformed ({why}); restore it from backup — a new key would make existing data unreadable")]
    Malformed { path: PathBuf, why: String },
    #[error("sealed secret could not be opened: wrong key or altered data")]
    Unseal,
    #[error(
        "sealed with master-key version {0}, which is not in the key directory; restore its file"
    )]
    UnknownVersion(u32),
}

pub const AUDIT_KEY_FILE: &str = "audit-signing.key";
pub const AUDIT_PUBLIC_KEY_FILE: &str = "audit-signing.pub";
pub const MASTER_KEY_FILE: &str = "master.key";

/// The keys a running LERS needs.
#[derive(Clone)]
pub struct KeyRing {
    pub audit_signing: SigningKey,
    pub sealer: std::sync::Arc<SecretSealer>,
    /// The keyed hashes of target identifiers (deconfliction without the clear value).
    pub target_hasher: std::sync::Arc<super::fields::TargetHasher>,
}

impl KeyRing {
    /// Loads the keys from `dir`, creating any that do not exist yet.
    pub fn load_or_create(dir: &Path) -> Result<Self, KeyError> {
        fs::create_dir_all(dir).map_err(|source| KeyError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let audit_seed = load_or_create_secret(&dir.join(AUDIT_KEY_FILE))?;
        let audit_signing = SigningKey::from_bytes(&audit_seed);
        write_public_key(
            &dir.join(AUDIT_PUBLIC_KEY_FILE),
            &audit_signing.verifying_key(),
        )?;
        let masters = load_master_keys(dir)?;
        Ok(Self {
            audit_signing,
            sealer: std::sync::Arc::new(SecretSealer::new(masters)),
            target_hasher: std::sync::Arc::new(super::fields::TargetHasher::load_or_create(dir)?),
        })
    }
}

/// Reads the public audit key: from the key directory's `.pub` file.
pub fn read_public_key(path: &Path) -> Result<VerifyingKey, KeyError> {
    let text = fs::read_to_string(path).map_err(|source| KeyError::Io {
        path: path.to_owned(),
        source,
    })?;
    parse_public_key(text.trim()).map_err(|why| KeyError::Malformed {
        path: path.to_owned(),
        why,
    })
}

/// A public key as 64 hex characters.
pub fn parse_public_key(hex_text: &str) -> Result<VerifyingKey, String> {
    let bytes: [u8; 32] = hex::decode(hex_text)
        .map_err(|e| format!("not hex: {e}"))?
        .try_into()
        .map_err(|_| "an Ed25519 public key is 32 bytes".to_owned())?;
    VerifyingKey::from_bytes(&bytes).map_err(|e| format!("not an Ed25519 public key: {e}"))
}

fn write_public_key(path: &Path, key: &VerifyingKey) -> Result<(), KeyError> {
    fs::write(path, format!("{}\n", hex::encode(key.as_bytes()))).map_err(|source| KeyError::Io {
        path: path.to_owned(),
        source,
    })
}

/// A 32-byte secret stored as hex in a file only its owner can read.
pub(crate) fn load_or_create_secret(path: &Path) -> Result<[u8; 32], KeyError> {
    let io = |source| KeyError::Io {
        path: path.to_owned(),
        source,
    };
    match fs::read_to_string(path) {
        Ok(text) => hex::decode(text.trim())
            .ok()
            .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
            .ok_or_else(|| KeyError::Malformed {
                path: path.to_owned(),
                why: "expected 64 hex characters".to_owned(),
            }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut secret = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut secret);
            let mut options = fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut file = options.open(path).map_err(io)?;
            file.write_all(format!("{}\n", hex::encode(secret)).as_bytes())
                .map_err(io)?;
            file.sync_all().map_err(io)?;
            Ok(secret)
        }
        Err(e) => Err(io(e)),
    }
}

/// Seals small secrets (TOTP shared secrets) with AES-256-GCM under the master key.
/// The associated data binds a sealed value to its owner and purpose, so a sealed
/// secret copied onto another account's row does not open.
pub struct SecretSealer {
    /// Every master-key version on disk; the highest seals, all of them open.
    ciphers: BTreeMap<u32, Aes256Gcm>,
    current: u32,
}

/// Where master keys come from. Files in the key directory today; a KMS or Vault
/// transit engine would be another implementation.
pub trait KeyProvider: Send + Sync {
    /// The master-key version new secrets are sealed with.
    fn current_version(&self) -> u32;
    /// Seals `plaintext`, bound to `context`, under the current master key.
    fn seal(&self, plaintext: &[u8], context: &str) -> Result<String, KeyError>;
    /// Opens a sealed secret under whichever master-key version sealed it.
    fn open(&self, sealed: &str, context: &str) -> Result<Vec<u8>, KeyError>;
}

impl SecretSealer {
    fn new(versions: BTreeMap<u32, [u8; 32]>) -> Self {
        let current = versions.keys().next_back().copied().unwrap_or(1);
        Self {
            ciphers: versions
                .into_iter()
                .map(|(version, key)| (version, Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key))))
                .collect(),
            current,
        }
    }

    /// The master-key version that sealed `sealed`: `k<N>:` prefixes, and the first
    /// format's `v1:` (version 1).
    pub fn version_of(sealed: &str) -> Option<u32> {
        if sealed.starts_with("v1:") {
            return Some(1);
        }
        let (prefix, _) = sealed.split_once(':')?;
        prefix.strip_prefix('k')?.parse().ok()
    }
}

impl KeyProvider for SecretSealer {
    fn current_version(&self) -> u32 {
        self.current
    }

    /// Returns `k<version>:` + base64(nonce ‖ ciphertext).
    fn seal(&self, plaintext: &[u8], context: &str) -> Result<String, KeyError> {
        let cipher = self.ciphers.get(&self.current).ok_or(KeyError::Unseal)?;
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let ciphertext = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| KeyError::Unseal)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&ciphertext);
        Ok(format!("k{}:{}", self.current, BASE64.encode(out)))
    }

    fn open(&self, sealed: &str, context: &str) -> Result<Vec<u8>, KeyError> {
        let version = Self::version_of(sealed).ok_or(KeyError::Unseal)?;
        let cipher = self
            .ciphers
            .get(&version)
            .ok_or(KeyError::UnknownVersion(version))?;
        let (_, body) = sealed.split_once(':').ok_or(KeyError::Unseal)?;
        let bytes = BASE64.decode(body).map_err(|_| KeyError::Unseal)?;
        if bytes.len() < 12 {
            return Err(KeyError::Unseal);
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        cipher
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ciphertext,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| KeyError::Unseal)
    }
}

/// The file of version `version` of the versioned key `base` (version 1 is
/// `{base}.key`, later ones `{base}-v{N}.key`).
fn versioned_key_file(dir: &Path, base: &str, version: u32) -> PathBuf {
    if version == 1 {
        dir.join(format!("{base}.key"))
    } else {
        dir.join(format!("{base}-v{version}.key"))
    }
}

/// Every version of the versioned key `base` in `dir`, creating version 1 if there is
/// none.
pub(crate) fn load_key_versions(
    dir: &Path,
    base: &str,
) -> Result<BTreeMap<u32, [u8; 32]>, KeyError> {
    let mut versions = BTreeMap::new();
    versions.insert(1, load_or_create_secret(&versioned_key_file(dir, base, 1))?);
    let mut version = 2;
    while versioned_key_file(dir, base, version).exists() {
        versions.insert(
            version,
            load_or_create_secret(&versioned_key_file(dir, base, version))?,
        );
        version += 1;
    }
    Ok(versions)
}

/// Creates the next version of the versioned key `base` in `dir` (mode 0600) and
/// returns its number. Existing versions stay: what they sealed or hashed must still
/// open or match until re-done under the new one.
pub(crate) fn add_key_version(dir: &Path, base: &str) -> Result<u32, KeyError> {
    let next = load_key_versions(dir, base)?
        .keys()
        .next_back()
        .copied()
        .unwrap_or(1)
        + 1;
    load_or_create_secret(&versioned_key_file(dir, base, next))?;
    Ok(next)
}

/// The versioned master key: `master.key`, `master-v2.key`, ...
const MASTER_KEY_BASE: &str = "master";

/// Every master-key version in `dir`, creating version 1 if there is none.
fn load_master_keys(dir: &Path) -> Result<BTreeMap<u32, [u8; 32]>, KeyError> {
    load_key_versions(dir, MASTER_KEY_BASE)
}

/// Creates the next master-key version in `dir` (mode 0600) and returns its number.
/// Existing versions stay: secrets sealed with them must still open until re-wrapped.
pub fn add_master_key_version(dir: &Path) -> Result<u32, KeyError> {
    add_key_version(dir, MASTER_KEY_BASE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_created_once_private_and_reloaded() -> Result<(), Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("lers-keys-{}", rand::random::<u64>()));
        let first = KeyRing::load_or_create(&dir)?;
        let second = KeyRing::load_or_create(&dir)?;
        assert_eq!(
            first.audit_signing.to_bytes(),
            second.audit_signing.to_bytes()
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.join(AUDIT_KEY_FILE))?.permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            let mode = fs::metadata(dir.join(MASTER_KEY_FILE))?
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let public = read_public_key(&dir.join(AUDIT_PUBLIC_KEY_FILE))?;
        assert_eq!(public, first.audit_signing.verifying_key());
        let sealed = first.sealer.seal(b"totp secret", "acct_1/totp")?;
        assert_eq!(second.sealer.open(&sealed, "acct_1/totp")?, b"totp secret");
        assert!(second.sealer.open(&sealed, "acct_2/totp").is_err());
        // A new master-key version seals from now on; secrets sealed before still open.
        assert_eq!(add_master_key_version(&dir)?, 2);
        let rotated = KeyRing::load_or_create(&dir)?;
        assert_eq!(rotated.sealer.current_version(), 2);
        assert_eq!(rotated.sealer.open(&sealed, "acct_1/totp")?, b"totp secret");
        let resealed = rotated.sealer.seal(b"totp secret", "acct_1/totp")?;
        assert!(resealed.starts_with("k2:"));
        assert!(matches!(
            first.sealer.open(&resealed, "acct_1/totp"),
            Err(KeyError::UnknownVersion(2))
        ));
        fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
