//! Whose key an offline check (`lers manifest verify`, `lers audit verify-proof`)
//! trusts. A manifest or proof carries a public key, but a forger can sign with a
//! fresh key of their own and embed that: only a key pinned from a source outside
//! the file shows who made it.

use std::path::Path;
use std::process::ExitCode;

use ed25519_dalek::VerifyingKey;
use lers_store::keys;

use crate::cli::TrustedKeyArgs;

/// The key an offline check was told to trust.
pub enum Trust {
    /// The provider's key, given with `--public-key`: origin and integrity.
    Pinned(VerifyingKey),
    /// `--trust-embedded-key`: integrity only.
    EmbeddedOnly,
}

impl Trust {
    /// The key to check signatures against (`None`: the file's own).
    pub fn pinned(&self) -> Option<&VerifyingKey> {
        match self {
            Self::Pinned(key) => Some(key),
            Self::EmbeddedOnly => None,
        }
    }

    /// How a passing check is qualified in its output.
    pub fn verdict_suffix(&self) -> &'static str {
        match self {
            Self::Pinned(_) => " (the pinned provider key)",
            Self::EmbeddedOnly => {
                " (the key inside the file)\nintegrity only, origin unverified: anyone can sign a file with a key of their own; pin the provider's key with --public-key to check who made it"
            }
        }
    }
}

/// Reads the trust arguments; with neither, explains how to pin the provider's key
/// and returns the exit code to stop with (2: a usage error, not a verdict).
pub fn from_args(args: &TrustedKeyArgs, command: &str) -> anyhow::Result<Result<Trust, ExitCode>> {
    match (&args.public_key, args.trust_embedded_key) {
        (Some(key), _) => Ok(Ok(Trust::Pinned(public_key_arg(key)?))),
        (None, true) => Ok(Ok(Trust::EmbeddedOnly)),
        (None, false) => {
            eprintln!(
                "not checked: no trusted key. The key inside the file proves only that the file agrees with itself; \
                 anyone can sign a forgery with a fresh key.\n\
                 Obtain the provider's audit public key from a source you trust — over HTTPS from the provider's \
                 LERS address at /.well-known/lers-audit-key, or from their legal team — and pin it:\n  \
                 lers {command} FILE --public-key <64 hex characters, or a file holding them>\n\
                 To check integrity only, pass --trust-embedded-key (the result then says \"integrity only, origin unverified\")."
            );
            Ok(Err(ExitCode::from(2)))
        }
    }
}

/// A public key given as 64 hex characters or as a file holding them.
pub fn public_key_arg(arg: &str) -> anyhow::Result<VerifyingKey> {
    let path = Path::new(arg);
    if path.exists() {
        return Ok(keys::read_public_key(path)?);
    }
    keys::parse_public_key(arg.trim()).map_err(|why| anyhow::anyhow!("--public-key: {why}"))
}
