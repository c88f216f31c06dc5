//! Key material kept in the data directory: the Ed25519 key that signs audit
//! checkpoints and the master key that seals secrets at rest (TOTP secrets). Both are
//! created on first start with file mode 0600 and never leave this module in clear
//! except as the public half of the signing key.

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
}

pub const AUDIT_KEY_FILE: &str = "audit-signing.key";
pub const AUDIT_PUBLIC_KEY_FILE: &str = "audit-signing.pub";
pub const MASTER_KEY_FILE: &str = "master.key";

/// The keys a running LERS needs.
#[derive(Clone)]
pub struct KeyRing {
    pub audit_signing: SigningKey,
    pub sealer: std::sync::Arc<SecretSealer>,
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
        let master = load_or_create_secret(&dir.join(MASTER_KEY_FILE))?;
        Ok(Self {
            audit_signing,
            sealer: std::sync::Arc::new(SecretSealer::new(master)),
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
fn load_or_create_secret(path: &Path) -> Result<[u8; 32], KeyError> {
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
    cipher: Aes256Gcm,
}

impl SecretSealer {
    fn new(master: [u8; 32]) -> Self {
        Self {
            cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&master)),
        }
    }

    /// Returns `v1:` + base64(nonce ‖ ciphertext).
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Result<String, KeyError> {
        let nonce = Aes256Gcm::generate_nonce(&mut OsRng);
        let ciphertext = self
            .cipher
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
        Ok(format!("v1:{}", BASE64.encode(out)))
    }

    pub fn open(&self, sealed: &str, context: &str) -> Result<Vec<u8>, KeyError> {
        let body = sealed.strip_prefix("v1:").ok_or(KeyError::Unseal)?;
        let bytes = BASE64.decode(body).map_err(|_| KeyError::Unseal)?;
        if bytes.len() < 12 {
            return Err(KeyError::Unseal);
        }
        let (nonce, ciphertext) = bytes.split_at(12);
        self.cipher
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
        fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
