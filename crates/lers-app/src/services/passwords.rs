//! Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane — the
//! `argon2` crate's defaults). Hashing runs on the blocking pool so it never stalls
//! the async workers.

use std::sync::LazyLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use crate::error::AppError;

/// A hash of a random password nobody knows, verified against when an account does not
/// exist so that "no such account" takes as long as "wrong password".
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    let random = lers_store::tokens::generate();
    Argon2::default()
        .hash_password(random.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
});

pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(AppError::internal)
    })
    .await
    .map_err(AppError::internal)?
}

/// Checks `password` against `stored`, or against the decoy when there is no account.
pub async fn verify(stored: Option<String>, password: String) -> bool {
    let real = stored.is_some();
    let stored = stored.unwrap_or_else(|| DECOY_HASH.clone());
    let matched = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false);
    real && matched
}

/// Computes the decoy up front so the first unknown-account login is not faster.
pub fn warm_up() {
    LazyLock::force(&DECOY_HASH);
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn hashes_verify_and_the_decoy_never_does() -> Result<(), crate::error::AppError> {
        let hash = super::hash("correct horse battery".into()).await?;
        assert!(hash.starts_with("$argon2id$"));
        assert!(super::verify(Some(hash.clone()), "correct horse battery".into()).await);
        assert!(!super::verify(Some(hash), "wrong horse".into()).await);
        assert!(!super::verify(None, "anything".into()).await);
        Ok(())
    }
}
