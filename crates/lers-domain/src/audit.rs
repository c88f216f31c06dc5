//! What an audit event says, and the exact bytes that go into the Merkle tree.
//!
//! Events name people by pseudonymous account ids (`acct_…`), never by name or email,
//! so erasing a person later does not require touching — and breaking — the log.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use ed25519_dalek::{Signature, VerifyingKey};

use crate::account::UnknownValue;
use crate::audit_tree::{self, Checkpoint, Hash};
use crate::clock::Timestamp;

macro_rules! audit_actions {
    ($($variant:ident => $text:literal),+ $(,)?) => {
        /// Everything the audit log records. The text form is what is stored and shown.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum AuditAction { $($variant),+ }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $(AuditAction::$variant => $text),+ }
            }
        }

        impl FromStr for AuditAction {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok(AuditAction::$variant),)+
                    other => Err(UnknownValue(other.to_owned())),
                }
            }
        }
    };
}

audit_actions! {
    SystemSetupLinkIssued => "system.setup_link_issued",
    AdminSetUp => "admin.set_up",
    RequesterSignedUp => "account.signed_up",
    SignUpRefused => "account.sign_up_refused",
    EmailVerified => "account.email_verified",
    PasswordSet => "account.password_set",
    MfaEnrolled => "mfa.enrolled",
    LoginSucceeded => "login.succeeded",
    LoginFailed => "login.failed",
    LoginThrottled => "login.throttled",
    LoggedOut => "session.logged_out",
    AccountLocked => "account.locked",
    AccountUnlocked => "account.unlocked",
    AccountDisabled => "account.disabled",
    AccountEnabled => "account.enabled",
    AccountAnonymised => "account.anonymised",
    FieldAccessProposed => "field_access.proposed",
    FieldAccessChanged => "field_access.changed",
    FieldAccessDenied => "field_access.denied",
    FieldAccessWithheld => "field_access.withheld",
    PasswordResetRequested => "account.password_reset_requested",
    PasswordReset => "account.password_reset",
    PasswordChanged => "account.password_changed",
    ProfileUpdated => "account.profile_updated",
    EmailChangeRequested => "account.email_change_requested",
    EmailChanged => "account.email_changed",
    VerificationResent => "account.verification_resent",
    MailThrottled => "account.mail_throttled",
    StaffCreated => "staff.created",
    RolesChanged => "staff.roles_changed",
    InvitationReissued => "staff.invitation_reissued",
    DomainsImported => "domains.imported",
    DomainAdded => "domains.added",
    DomainDisabled => "domains.disabled",
    DomainEnabled => "domains.enabled",
    AuditLogViewed => "audit.viewed",
    RequestDraftCreated => "request.draft_created",
    RequestDraftUpdated => "request.draft_updated",
    RequestSubmitted => "request.submitted",
    RequestWithdrawn => "request.withdrawn",
    MessagePosted => "request.message_posted",
    DocumentUploaded => "document.uploaded",
    DocumentRefused => "document.refused",
    DocumentDownloaded => "document.downloaded",
    ApiTokenCreated => "api_token.created",
    ApiTokenRevoked => "api_token.revoked",
    StepUpConfirmed => "mfa.step_up",
    RequestViewed => "request.viewed",
    RequestAssigned => "request.assigned",
    ReviewRecorded => "request.reviewed",
    DecisionRecorded => "request.decided",
    CallbackRecorded => "request.callback_recorded",
    AccountSuspended => "account.suspended",
    InternalNotePosted => "request.internal_note",
    HoldExpired => "preservation.expired",
    PreservationWarningSent => "preservation.warning_sent",
    NotificationPreferencesChanged => "notification.preferences_changed",
    StaffNotificationMailed => "notification.mailed",
    StaffDigestMailed => "notification.digest_mailed",
    NoticeDecided => "notice.decided",
    NoticeHeld => "notice.held",
    NoticeDelivery => "notice.delivery",
    ReportComputed => "transparency.computed",
    ReportPublished => "transparency.published",
    KeysRotated => "keys.rotated",
    AccessDenied => "access.denied",
    ProductionOpened => "production.opened",
    ProductionFileStarted => "production.file_started",
    ProductionFileStored => "production.file_stored",
    ProductionFileRemoved => "production.file_removed",
    ProductionDelivered => "production.delivered",
    ProductionDownloaded => "production.downloaded",
    ProductionManifestIssued => "production.manifest_issued",
    ProductionVerified => "production.verified",
    ProductionIntegrityFailed => "production.integrity_failed",
    ProductionShredded => "production.shredded",
    StaffAccessAlert => "alert.staff_access",
    AlertAcknowledged => "alert.acknowledged",
    RecoveryCodeUsed => "mfa.recovery_code_used",
    ApprovalProposed => "approval.proposed",
    ApprovalApproved => "approval.approved",
    ApprovalRejected => "approval.rejected",
    ApprovalDenied => "approval.denied",
    SecondFactorReset => "mfa.reset",
    InactivityWarningSent => "account.inactivity_warning_sent",
    ApiTokenRenewed => "api_token.renewed",
    SuspensionLifted => "account.suspension_lifted",
    CallbackConfirmed => "request.callback_confirmed",
    EmergencyScored => "request.risk_scored",
    AgenciesImported => "agency.imported",
    AgencySaved => "agency.saved",
    AgencyEnabled => "agency.enabled",
    AgencyDisabled => "agency.disabled",
    IntakeOpened => "intake.opened",
    ExternalRequesterInvited => "intake.requester_invited",
    ExternalRequesterLinked => "intake.requester_linked",
    PaperReplyRecorded => "intake.paper_reply",
    RequestsImported => "intake.imported",
    EuPreservationStarted => "eu.preservation_started",
    EuPreservationExtended => "eu.form6_recorded",
    EuProductionOrderAnnounced => "eu.form5_recorded",
    EuPreservationTakenOver => "eu.preservation_taken_over",
    EaDecisionRecorded => "eu.ea_decision_recorded",
    EuDeadlineChanged => "eu.deadline_changed",
    Form3Recorded => "eu.form3_recorded",
    Form3SentToEa => "eu.form3_sent_to_ea",
    EuNoticeRestrictionLifted => "eu.notice_restriction_lifted",
    InterfaceEndpointProposed => "hi1.endpoint_proposed",
    InterfaceEndpointApproved => "hi1.endpoint_approved",
    InterfaceEndpointDisabled => "hi1.endpoint_disabled",
    Hi1MessageAccepted => "hi1.message_accepted",
    Hi1MessageRefused => "hi1.message_refused",
    Hi1OutboundQueued => "hi1.outbound_queued",
    Hi1OutboundDelivered => "hi1.outbound_delivered",
    Hi1OutboundFailed => "hi1.outbound_failed",
    CaseDataSealed => "case_data.sealed",
    CaseKeysRotated => "case_data.keys_rotated",
    BinDeleted => "bin.deleted",
    BinRestored => "bin.restored",
    BinRestoreRefused => "bin.restore_refused",
    BinPurged => "bin.purged",
    LegalHoldPlaced => "retention.legal_hold_placed",
    LegalHoldLifted => "retention.legal_hold_lifted",
    LegalHoldRefused => "retention.legal_hold_refused",
    RetentionCasePurged => "retention.case_purged",
    RetentionPurged => "retention.purged",
    DataExportRequested => "data_export.requested",
    DataExportBuilt => "data_export.built",
    DataExportDownloaded => "data_export.downloaded",
    DataExportExpired => "data_export.expired",
    AccountErasureCleaned => "account.erasure_cleaned",
    RegionRequestPlaced => "region.request_placed",
    RegionAccessDenied => "region.access_denied",
    RegionStaffLimitsChanged => "region.staff_limits_changed",
    RegionMoveStarted => "region.move_started",
    RegionMoveSwitched => "region.move_switched",
    RegionMoveFinished => "region.move_finished",
    BackupShreddedAgain => "backup.shredded_again",
    OncallRotaSaved => "oncall.rota_saved",
    OncallRotaDeleted => "oncall.rota_deleted",
    OncallRotaRefused => "oncall.rota_refused",
    OncallPaged => "oncall.paged",
    OncallEscalated => "oncall.escalated",
    OncallAcknowledged => "oncall.acknowledged",
    OncallAckRefused => "oncall.ack_refused",
    WebhookRegistered => "webhook.registered",
    WebhookRemoved => "webhook.removed",
    WebhookRefused => "webhook.refused",
    WebhookDelivered => "webhook.delivered",
    WebhookFailed => "webhook.failed",
    PasskeyRegistered => "passkey.registered",
    PasskeyRenamed => "passkey.renamed",
    PasskeyRemoved => "passkey.removed",
    PasskeyRefused => "passkey.refused",
    PasskeyPolicyChanged => "passkey.policy_changed",
    PasskeyPolicyProposed => "passkey.policy_proposed",
    PasskeyPolicyRejected => "passkey.policy_rejected",
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Success,
    Failure,
    Denied,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Denied => "denied",
        }
    }
}

impl FromStr for Outcome {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "success" => Ok(Self::Success),
            "failure" => Ok(Self::Failure),
            "denied" => Ok(Self::Denied),
            other => Err(UnknownValue(other.to_owned())),
        }
    }
}

/// Who did it: an account's pseudonymous id, the system itself, or nobody known.
pub const ACTOR_SYSTEM: &str = "system";
pub const ACTOR_ANONYMOUS: &str = "anonymous";

/// One audit record before it gets its place in the log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEvent {
    pub at: Timestamp,
    pub actor: String,
    pub action: AuditAction,
    /// What was acted on (a pseudonymous account id, a domain pattern, …).
    pub subject: Option<String>,
    pub source_ip: Option<String>,
    pub outcome: Outcome,
    /// Extra facts, never personal data.
    pub details: Value,
}

impl AuditEvent {
    pub fn new(
        at: Timestamp,
        actor: impl Into<String>,
        action: AuditAction,
        outcome: Outcome,
    ) -> Self {
        Self {
            at,
            actor: actor.into(),
            action,
            subject: None,
            source_ip: None,
            outcome,
            details: Value::Null,
        }
    }

    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    pub fn from_ip(mut self, ip: Option<String>) -> Self {
        self.source_ip = ip;
        self
    }

    pub fn details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }

    /// The leaf data of entry number `index`: JSON with keys in sorted order (serde_json
    /// maps are ordered), so the same event always hashes the same way. The index is
    /// part of the leaf, so moving a record to another place changes its hash.
    pub fn leaf_bytes(&self, index: u64) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        LeafColumns {
            at: self.at.unix_millis(),
            actor: &self.actor,
            action: self.action.as_str(),
            subject: self.subject.as_deref(),
            ip: self.source_ip.as_deref(),
            outcome: self.outcome.as_str(),
            details: &self.details.to_string(),
        }
        .write_leaf(index, &mut out);
        out
    }
}

/// An entry's columns as stored, `details` being its JSON text: what the leaf data is
/// written from, without building the event first (`lers audit verify` writes every
/// leaf of the log this way).
pub struct LeafColumns<'a> {
    pub at: i64,
    pub actor: &'a str,
    pub action: &'a str,
    pub subject: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub outcome: &'a str,
    /// JSON text, written as it is: callers pass `Value::to_string()` (compact, keys
    /// sorted), or stored text that they check is one JSON value.
    pub details: &'a str,
}

impl LeafColumns<'_> {
    /// Appends the leaf data of entry `index` to `out`: the keys in sorted order, the
    /// strings escaped as serde_json escapes them, no spaces — byte for byte what
    /// serialising the event as a JSON object gives.
    pub fn write_leaf(&self, index: u64, out: &mut Vec<u8>) {
        let string = |out: &mut Vec<u8>, text: &str| {
            // serde_json escapes '"', '\\' and control characters and nothing else:
            // text without them is its own JSON string, quoted (`verify` writes
            // every leaf of the log, and most text has nothing to escape).
            if text.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
                out.push(b'"');
                out.extend_from_slice(text.as_bytes());
                out.push(b'"');
            } else {
                // Writing into a Vec cannot fail.
                let _ = serde_json::to_writer(&mut *out, text);
            }
        };
        let mut digits = itoa::Buffer::new();
        let optional = |out: &mut Vec<u8>, text: Option<&str>| match text {
            Some(text) => string(out, text),
            None => out.extend_from_slice(b"null"),
        };
        out.extend_from_slice(b"{\"action\":");
        string(out, self.action);
        out.extend_from_slice(b",\"actor\":");
        string(out, self.actor);
        out.extend_from_slice(b",\"at\":");
        out.extend_from_slice(digits.format(self.at).as_bytes());
        out.extend_from_slice(b",\"details\":");
        out.extend_from_slice(self.details.as_bytes());
        out.extend_from_slice(b",\"index\":");
        out.extend_from_slice(digits.format(index).as_bytes());
        out.extend_from_slice(b",\"ip\":");
        optional(out, self.ip);
        out.extend_from_slice(b",\"outcome\":");
        string(out, self.outcome);
        out.extend_from_slice(b",\"subject\":");
        optional(out, self.subject);
        out.extend_from_slice(b",\"v\":1}");
    }
}

/// A self-contained, offline-checkable proof that one entry is in the log: the entry's
/// exact leaf data, its RFC 6962 audit path, and the signed tree head it leads to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InclusionProofDoc {
    pub format: String,
    pub index: u64,
    /// The canonical leaf data (JSON text) exactly as hashed.
    pub leaf: String,
    pub tree_size: u64,
    pub audit_path: Vec<String>,
    pub root: String,
    pub signature: String,
    pub public_key: String,
}

pub const PROOF_FORMAT: &str = "lers-audit-inclusion-proof/v1";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ProofError {
    #[error("not a LERS inclusion proof (format {0:?})")]
    Format(String),
    #[error("field {0} is not valid hex of the right length")]
    Encoding(&'static str),
    #[error("the entry's leaf data names index {found:?}, but the proof is for index {expected}")]
    IndexMismatch { expected: u64, found: Option<u64> },
    #[error("the audit path does not lead from this entry to the signed root: {0}")]
    Path(String),
    #[error("the tree head is not signed by the expected key")]
    Signature,
    #[error("the proof is signed by {found}, not by the trusted key {trusted}")]
    UntrustedKey { found: String, trusted: String },
}

impl InclusionProofDoc {
    pub fn new(
        index: u64,
        event: &AuditEvent,
        path: &[Hash],
        tree_size: u64,
        root_hex: &str,
        signature_hex: &str,
        public_key: &VerifyingKey,
    ) -> Self {
        let leaf = String::from_utf8_lossy(&event.leaf_bytes(index)).into_owned();
        Self::of_leaf(
            index,
            leaf,
            path,
            tree_size,
            root_hex,
            signature_hex,
            public_key,
        )
    }

    /// A proof of the entry whose leaf data, as stored, is `leaf`.
    pub fn of_leaf(
        index: u64,
        leaf: String,
        path: &[Hash],
        tree_size: u64,
        root_hex: &str,
        signature_hex: &str,
        public_key: &VerifyingKey,
    ) -> Self {
        Self {
            format: PROOF_FORMAT.to_owned(),
            index,
            leaf,
            tree_size,
            audit_path: path.iter().map(hex::encode).collect(),
            root: root_hex.to_owned(),
            signature: signature_hex.to_owned(),
            public_key: hex::encode(public_key.as_bytes()),
        }
    }

    /// Checks the proof on its own. With `trusted_key`, the signing key must be that
    /// one (the key published by the provider); without, the embedded key is used,
    /// which proves consistency but not origin.
    pub fn verify(&self, trusted_key: Option<&VerifyingKey>) -> Result<(), ProofError> {
        if self.format != PROOF_FORMAT {
            return Err(ProofError::Format(self.format.clone()));
        }
        let embedded = decode_array::<32>(&self.public_key, "public_key").and_then(|b| {
            VerifyingKey::from_bytes(&b).map_err(|_| ProofError::Encoding("public_key"))
        })?;
        if let Some(trusted) = trusted_key {
            if trusted != &embedded {
                return Err(ProofError::UntrustedKey {
                    found: self.public_key.clone(),
                    trusted: hex::encode(trusted.as_bytes()),
                });
            }
        }
        let leaf_index = serde_json::from_str::<Value>(&self.leaf)
            .ok()
            .and_then(|v| v.get("index").and_then(Value::as_u64));
        if leaf_index != Some(self.index) {
            return Err(ProofError::IndexMismatch {
                expected: self.index,
                found: leaf_index,
            });
        }
        let path = self
            .audit_path
            .iter()
            .map(|h| decode_array::<32>(h, "audit_path"))
            .collect::<Result<Vec<_>, _>>()?;
        let root = decode_array::<32>(&self.root, "root")?;
        let leaf = audit_tree::leaf_hash(self.leaf.as_bytes());
        audit_tree::verify_inclusion(&leaf, self.index, self.tree_size, &path, &root)
            .map_err(|e| ProofError::Path(e.to_string()))?;
        let signature = Signature::from_bytes(&decode_array::<64>(&self.signature, "signature")?);
        Checkpoint {
            tree_size: self.tree_size,
            root,
        }
        .verify(&embedded, &signature)
        .map_err(|_| ProofError::Signature)
    }
}

fn decode_array<const N: usize>(text: &str, field: &'static str) -> Result<[u8; N], ProofError> {
    hex::decode(text)
        .ok()
        .and_then(|bytes| <[u8; N]>::try_from(bytes).ok())
        .ok_or(ProofError::Encoding(field))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn leaf_bytes_are_canonical_and_bind_the_position() {
        let event = AuditEvent::new(
            Timestamp::from_unix_millis(5),
            "acct_1",
            AuditAction::LoginFailed,
            Outcome::Failure,
        )
        .from_ip(Some("127.0.0.1".into()))
        .details(json!({"reason": "wrong_password", "attempt": 2}));
        let text = String::from_utf8(event.leaf_bytes(7)).unwrap_or_default();
        assert_eq!(
            text,
            r#"{"action":"login.failed","actor":"acct_1","at":5,"details":{"attempt":2,"reason":"wrong_password"},"index":7,"ip":"127.0.0.1","outcome":"failure","subject":null,"v":1}"#
        );
        assert_ne!(event.leaf_bytes(7), event.leaf_bytes(8));
    }

    /// The leaf writer gives exactly what serialising the event as a JSON object gave
    /// before it (logs written then must still verify), whatever the text holds.
    #[test]
    fn written_leaves_match_the_serialised_object() {
        let awkward = [
            "plain",
            "quote \" backslash \\ slash /",
            "line\nbreak\ttab\u{0}nul\u{1f}unit",
            "ümlaut 漢字 \u{202e}bidi \u{1F600}",
            "",
        ];
        for (i, text) in awkward.iter().enumerate() {
            let mut event = AuditEvent::new(
                Timestamp::from_unix_millis(-3 + i as i64),
                *text,
                AuditAction::LoginFailed,
                Outcome::Failure,
            )
            .details(json!({"z": text, "a": [1.5, null, {"y": true, "b": text}], "n": -7}));
            if i % 2 == 0 {
                event = event.subject(*text).from_ip(Some((*text).to_owned()));
            }
            let old = json!({
                "v": 1,
                "index": u64::MAX - i as u64,
                "at": event.at.unix_millis(),
                "actor": event.actor,
                "action": event.action.as_str(),
                "subject": event.subject,
                "ip": event.source_ip,
                "outcome": event.outcome.as_str(),
                "details": event.details,
            });
            assert_eq!(
                String::from_utf8(event.leaf_bytes(u64::MAX - i as u64)).ok(),
                serde_json::to_string(&old).ok()
            );
        }
    }

    #[test]
    fn inclusion_proofs_verify_offline_and_catch_tampering() -> Result<(), ProofError> {
        let key = ed25519_dalek::SigningKey::from_bytes(&[9; 32]);
        let events: Vec<AuditEvent> = (0..11)
            .map(|i| {
                AuditEvent::new(
                    Timestamp::from_unix_millis(i),
                    format!("acct_{i}"),
                    AuditAction::LoginSucceeded,
                    Outcome::Success,
                )
            })
            .collect();
        let leaves: Vec<Hash> = events
            .iter()
            .zip(0u64..)
            .map(|(e, i)| audit_tree::leaf_hash(&e.leaf_bytes(i)))
            .collect();
        let checkpoint = Checkpoint {
            tree_size: 11,
            root: audit_tree::root_of(&leaves),
        };
        let signature = hex::encode(checkpoint.sign(&key).to_bytes());
        let proof_for = |index: u64| -> Result<InclusionProofDoc, ProofError> {
            let event = events
                .get(index as usize)
                .ok_or(ProofError::Encoding("index"))?;
            let path = audit_tree::inclusion_proof(&leaves, index)
                .map_err(|e| ProofError::Path(e.to_string()))?;
            Ok(InclusionProofDoc::new(
                index,
                event,
                &path,
                11,
                &hex::encode(checkpoint.root),
                &signature,
                &key.verifying_key(),
            ))
        };
        for index in 0..11 {
            proof_for(index)?.verify(Some(&key.verifying_key()))?;
        }
        let mut altered = proof_for(4)?;
        altered.leaf = altered.leaf.replace("acct_4", "acct_5");
        assert!(matches!(altered.verify(None), Err(ProofError::Path(_))));
        let mut moved = proof_for(4)?;
        moved.index = 5;
        assert!(matches!(
            moved.verify(None),
            Err(ProofError::IndexMismatch { .. })
        ));
        let other = ed25519_dalek::SigningKey::from_bytes(&[8; 32]);
        assert!(matches!(
            proof_for(4)?.verify(Some(&other.verifying_key())),
            Err(ProofError::UntrustedKey { .. })
        ));
        let mut resigned = proof_for(4)?;
        resigned.public_key = hex::encode(other.verifying_key().as_bytes());
        assert_eq!(resigned.verify(None), Err(ProofError::Signature));
        Ok(())
    }

    #[test]
    fn action_names_round_trip() {
        for action in AuditAction::ALL {
            assert_eq!(action.as_str().parse::<AuditAction>().ok(), Some(*action));
        }
    }
}
