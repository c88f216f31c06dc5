//! Productions: the data a provider hands over for an approved request. The rules here
//! are pure: how long a delivery stays downloadable and stored, which byte range a
//! download asks for, what the manifest says and how an investigator checks it
//! offline, what a sane file name is, and when staff access looks unusual.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::audit::{InclusionProofDoc, ProofError};
use crate::clock::{Duration, Timestamp};

mod rules;
mod states;
pub use rules::{
    may_acknowledge_alert, may_deliver, may_open, require_producer, FileProgress, ProductionRefusal,
};
pub use states::{FileState, ProductionState};

/// How long a delivered production can be downloaded, and how long it is kept before
/// it is crypto-shredded (never shorter than availability).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProductionPolicy {
    pub availability: Duration,
    pub retention: Duration,
}

impl Default for ProductionPolicy {
    fn default() -> Self {
        Self {
            availability: Duration::days(30),
            retention: Duration::days(30),
        }
    }
}

impl ProductionPolicy {
    /// A policy from day counts, refusing a retention shorter than availability
    /// (files must not vanish while they are still offered).
    pub fn from_days(availability_days: i64, retention_days: i64) -> Result<Self, String> {
        if availability_days < 1 {
            return Err("production_availability_days must be at least 1".into());
        }
        if retention_days < availability_days {
            return Err(format!(
                "production_retention_days ({retention_days}) must be at least production_availability_days ({availability_days}): files cannot be destroyed while they are still offered"
            ));
        }
        Ok(Self {
            availability: Duration::days(availability_days),
            retention: Duration::days(retention_days),
        })
    }

    pub fn available_until(&self, delivered_at: Timestamp) -> Timestamp {
        delivered_at.plus(self.availability)
    }

    pub fn retain_until(&self, delivered_at: Timestamp) -> Timestamp {
        delivered_at.plus(self.retention)
    }
}

/// A file name as the investigator will see it: the last path component, at most 255
/// bytes. A name with control or formatting characters (line breaks that would split
/// the `Content-Disposition` header, bidi overrides that make `exe.pdf` look like
/// `fdp.exe`) is refused, not silently changed.
pub fn clean_file_name(name: &str) -> Result<String, FileNameRefusal> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    crate::text::check_single_line(base).map_err(FileNameRefusal::Text)?;
    let cleaned = base.trim();
    if cleaned.is_empty() || cleaned == "." || cleaned == ".." {
        return Err(FileNameRefusal::Missing);
    }
    if cleaned.len() > 255 {
        return Err(FileNameRefusal::TooLong);
    }
    Ok(cleaned.to_owned())
}

/// Why a production file's name was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FileNameRefusal {
    #[error("the file name {0}")]
    Text(crate::text::TextRefusal),
    #[error("give the file a name (e.g. account-export.zip)")]
    Missing,
    #[error("file names can be at most 255 bytes long")]
    TooLong,
}

/// A `Range` that lies wholly outside the file (HTTP 416).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the requested range lies outside the file")]
pub struct Unsatisfiable;

/// The part of a file a download asks for (`Range: bytes=…`), as a half-open range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ByteRange {
    pub start: u64,
    pub end: u64,
}

impl ByteRange {
    pub fn len(&self) -> u64 {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Reads one `Range` header against a file of `size` bytes.
    /// `Ok(None)`: serve the whole file (no header, or one we do not support, such as
    /// several ranges — RFC 9110 lets a server ignore Range). `Err`: nothing of the
    /// file lies in the range (416).
    pub fn parse(header: Option<&str>, size: u64) -> Result<Option<Self>, Unsatisfiable> {
        let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
            return Ok(None);
        };
        if spec.contains(',') {
            return Ok(None);
        }
        let Some((first, last)) = spec.split_once('-') else {
            return Ok(None);
        };
        let (first, last) = (first.trim(), last.trim());
        let range = if first.is_empty() {
            // A suffix: the last N bytes.
            let Ok(suffix) = last.parse::<u64>() else {
                return Ok(None);
            };
            if suffix == 0 {
                return Err(Unsatisfiable);
            }
            Self {
                start: size.saturating_sub(suffix),
                end: size,
            }
        } else {
            let Ok(start) = first.parse::<u64>() else {
                return Ok(None);
            };
            let end = match last {
                "" => size,
                text => match text.parse::<u64>() {
                    Ok(last) if last >= start => last.saturating_add(1).min(size),
                    _ => return Ok(None),
                },
            };
            Self { start, end }
        };
        // Nothing of the file in the range (including any range of an empty file).
        if range.start >= size || range.is_empty() {
            return Err(Unsatisfiable);
        }
        Ok(Some(range))
    }
}

/// One delivered file as the manifest lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    pub name: String,
    pub size: u64,
    /// SHA-256 of the plaintext, lower-case hex.
    pub sha256: String,
}

/// What was delivered, by whom (pseudonymously) and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub production_id: String,
    pub request_reference: String,
    pub produced_at: Timestamp,
    /// The producer's pseudonymous account id: enough for the provider to answer for
    /// the production, without naming staff to the requester.
    pub producer: String,
    pub files: Vec<ManifestFile>,
}

impl Manifest {
    /// SHA-256 of the manifest's canonical JSON (fields in declaration order); the
    /// delivery's audit entry records it, which ties the manifest into the log.
    pub fn digest(&self) -> String {
        // Serialising plain strings and numbers cannot fail.
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        hex::encode(Sha256::digest(bytes))
    }
}

pub const MANIFEST_FORMAT: &str = "lers-production-manifest/v1";

/// The downloadable manifest: the manifest, its digest, and a proof that the
/// provider's signed audit log holds the delivery entry naming that digest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestDocument {
    pub format: String,
    pub manifest: Manifest,
    pub manifest_sha256: String,
    pub audit_proof: InclusionProofDoc,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ManifestError {
    #[error("not a LERS production manifest (format {0:?})")]
    Format(String),
    #[error("the manifest was changed: its digest is {actual}, but it claims {claimed}")]
    Digest { claimed: String, actual: String },
    #[error("the audit proof is not valid: {0}")]
    Proof(#[from] ProofError),
    #[error("the audit entry in the proof is not the delivery of this manifest: {0}")]
    WrongEntry(String),
}

/// The audit `details` a delivery entry carries; [`ManifestDocument::verify`] checks
/// the entry against them.
pub fn delivery_details(manifest: &Manifest) -> Value {
    serde_json::json!({
        "manifest_sha256": manifest.digest(),
        "request": manifest.request_reference,
        "files": manifest.files.len(),
        "bytes": manifest.files.iter().map(|f| f.size).sum::<u64>(),
    })
}

impl ManifestDocument {
    pub fn new(manifest: Manifest, audit_proof: InclusionProofDoc) -> Self {
        Self {
            format: MANIFEST_FORMAT.into(),
            manifest_sha256: manifest.digest(),
            manifest,
            audit_proof,
        }
    }

    /// Checks, offline: the manifest is unchanged, the proof leads to a tree head
    /// signed by the provider's key (`trusted_key`, or the embedded one), and the
    /// proven entry is this production's delivery naming this manifest's digest.
    pub fn verify(
        &self,
        trusted_key: Option<&ed25519_dalek::VerifyingKey>,
    ) -> Result<(), ManifestError> {
        if self.format != MANIFEST_FORMAT {
            return Err(ManifestError::Format(self.format.clone()));
        }
        let actual = self.manifest.digest();
        if actual != self.manifest_sha256 {
            return Err(ManifestError::Digest {
                claimed: self.manifest_sha256.clone(),
                actual,
            });
        }
        self.audit_proof.verify(trusted_key)?;
        let entry: Value = serde_json::from_str(&self.audit_proof.leaf)
            .map_err(|e| ManifestError::WrongEntry(e.to_string()))?;
        let expect = |field: &str, value: &str| {
            if entry.pointer(field).and_then(Value::as_str) == Some(value) {
                Ok(())
            } else {
                Err(ManifestError::WrongEntry(format!(
                    "{field} is {}, expected {value:?}",
                    entry.pointer(field).unwrap_or(&Value::Null)
                )))
            }
        };
        expect(
            "/action",
            crate::audit::AuditAction::ProductionDelivered.as_str(),
        )?;
        expect("/subject", &self.manifest.production_id)?;
        expect("/actor", &self.manifest.producer)?;
        expect("/details/manifest_sha256", &actual)?;
        Ok(())
    }
}

/// When staff access to requesters' files (documents and productions) looks
/// unusual: more than `threshold` accesses by one person within `window`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessAlertPolicy {
    pub window: Duration,
    pub threshold: u64,
}

impl Default for AccessAlertPolicy {
    fn default() -> Self {
        Self {
            window: Duration::hours(1),
            threshold: 20,
        }
    }
}

impl AccessAlertPolicy {
    /// Whether `accesses` within the window (this one included) call for an alert.
    pub fn is_unusual(&self, accesses: u64) -> bool {
        accesses > self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_follow_rfc_9110() {
        let parse = |h: &str| ByteRange::parse(Some(h), 1000);
        let range = |start, end| Ok(Some(ByteRange { start, end }));
        assert_eq!(parse("bytes=0-99"), range(0, 100));
        assert_eq!(parse("bytes=900-"), range(900, 1000));
        assert_eq!(parse("bytes=-100"), range(900, 1000));
        assert_eq!(parse("bytes=-5000"), range(0, 1000));
        assert_eq!(parse("bytes=990-5000"), range(990, 1000));
        assert_eq!(parse("bytes=1000-"), Err(Unsatisfiable));
        assert_eq!(parse("bytes=-0"), Err(Unsatisfiable));
        assert_eq!(
            parse("bytes=0-1,5-6"),
            Ok(None),
            "several ranges: whole file"
        );
        assert_eq!(parse("bytes=5-1"), Ok(None), "invalid: ignored");
        assert_eq!(parse("items=0-1"), Ok(None));
        assert_eq!(parse("bytes=x-1"), Ok(None));
        assert_eq!(ByteRange::parse(None, 10), Ok(None));
        assert_eq!(ByteRange::parse(Some("bytes=0-"), 0), Err(Unsatisfiable));
        assert_eq!(ByteRange::parse(Some("bytes=-5"), 0), Err(Unsatisfiable));
    }

    #[test]
    fn file_names_lose_paths_and_control_characters() {
        assert_eq!(clean_file_name("../../etc/passwd").as_deref(), Ok("passwd"));
        assert_eq!(
            clean_file_name("C:\\x\\export.zip").as_deref(),
            Ok("export.zip")
        );
        assert!(clean_file_name("a\u{0}b\nc.txt").is_err());
        assert!(clean_file_name("report\u{202E}fdp.exe").is_err());
        assert!(clean_file_name("dir/").is_err());
        assert!(clean_file_name("..").is_err());
        assert!(clean_file_name(&"x".repeat(256)).is_err());
    }

    #[test]
    fn retention_cannot_be_shorter_than_availability() -> Result<(), String> {
        assert!(ProductionPolicy::from_days(30, 29).is_err());
        assert!(ProductionPolicy::from_days(0, 30).is_err());
        let policy = ProductionPolicy::from_days(30, 90)?;
        let at = Timestamp::from_unix_millis(0);
        assert_eq!(policy.available_until(at), at.plus(Duration::days(30)));
        assert_eq!(policy.retain_until(at), at.plus(Duration::days(90)));
        Ok(())
    }

    fn manifest() -> Manifest {
        Manifest {
            production_id: "prd_1".into(),
            request_reference: "LERS-2026-000001".into(),
            produced_at: Timestamp::from_unix_millis(1_700_000_000_000),
            producer: "acct_p".into(),
            files: vec![ManifestFile {
                name: "export.zip".into(),
                size: 3,
                sha256: hex::encode(Sha256::digest(b"abc")),
            }],
        }
    }

    #[test]
    fn the_digest_changes_with_any_field() {
        let base = manifest();
        let mut renamed = base.clone();
        renamed.files[0].name = "other.zip".into();
        let mut resized = base.clone();
        resized.files[0].size = 4;
        assert_ne!(base.digest(), renamed.digest());
        assert_ne!(base.digest(), resized.digest());
        assert_eq!(base.digest(), manifest().digest());
    }

    #[test]
    fn access_is_unusual_above_the_threshold() {
        let policy = AccessAlertPolicy::default();
        assert!(!policy.is_unusual(20));
        assert!(policy.is_unusual(21));
    }
}
