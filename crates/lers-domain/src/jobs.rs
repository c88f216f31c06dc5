//! Background jobs: what each kind of job is for and what it carries.
//!
//! A job is stored as a `kind` string and a JSON `payload`. [`JobKind`] is the typed
//! view of both: serde tags it with the kind (`#[serde(tag = "kind", content =
//! "payload")]`), so the stored strings and payloads stay exactly as they were, and
//! jobs stored before the type existed still parse.

use serde::{Deserialize, Serialize};

use crate::clock::Timestamp;
use crate::request::TargetType;

/// One piece of background work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum JobKind {
    /// Send (or cancel) a delayed user notice at its time.
    UserNotice(NoticeJob),
    /// Tell the requester that a preservation hold ends soon.
    PreservationWarning(HoldJob),
    /// End a preservation hold at its expiry.
    PreservationExpiry(HoldJob),
    /// Ask the account directory to hold a target's data.
    DirectoryHold(DirectoryJob),
    /// Ask the account directory to restrict a target's access.
    DirectoryRestrict(DirectoryJob),
    /// Tell the issuing official that an EU order's preservation ends soon.
    EuPreservationWarning(HoldJob),
    /// End an EU order's preservation at its expiry (unless a Form 5 or 6 moved it).
    EuPreservationExpiry(HoldJob),
    /// Renew the account directory's hold of an EU preservation without a fixed end
    /// (`expires_at` is when the current lease runs out).
    EuPreservationRenewal(HoldJob),
    /// Post a stored HI-1 message (`etsi_outbound` row) to its endpoint.
    EtsiOutbound(EtsiOutboundJob),
    /// Build the "My data" ZIP of `data_exports` row `export` (rebuilt from the start
    /// after a crash; a built export is not built again).
    DataExport(DataExportJob),
    /// Move a case's files to another region (`region_moves` row `region_move`); runs
    /// again after the switch, once the old copies may be deleted (`not_before`).
    RegionMove(RegionMoveJob),
    /// Mail staff notification row `notification` now (content-free; a mailed one is
    /// not mailed again).
    StaffNotice(StaffNoticeJob),
    /// Mail `account` their daily digest of local day `day` (`YYYY-MM-DD`), of what
    /// was made up to `until` (unix milliseconds): one per person and day.
    StaffDigest(StaffDigestJob),
    /// Page `tier` of the on-call alert of request row `request` (raised by the first
    /// tier; a later tier does nothing once the alert is acknowledged).
    OncallPage(OncallPageJob),
    /// Post the stored `webhook_deliveries` row `delivery` (retried with back-off).
    WebhookDelivery(WebhookDeliveryJob),
    /// Hand the `mail_queue` row `mail` to the mail server (retried with back-off;
    /// a delivered or given-up mail's row is gone, and the job then does nothing).
    MailDelivery(MailDeliveryJob),
}

/// The `staff_notifications` row to mail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffNoticeJob {
    pub notification: i64,
}

/// One person's digest of one local day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffDigestJob {
    pub account: i64,
    pub day: String,
    pub until: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OncallPageJob {
    pub request: i64,
    pub tier: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookDeliveryJob {
    pub delivery: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailDeliveryJob {
    pub mail: i64,
}

/// The `data_exports` row `export` to build.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataExportJob {
    pub export: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionMoveJob {
    pub region_move: i64,
    pub not_before: i64,
}

/// The `etsi_outbound` row `message` to post; a delivered message is not posted again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EtsiOutboundJob {
    pub message: i64,
}

/// A notice to deliver at `send_at` (unix milliseconds); a notice rescheduled since
/// has a different time, and the job does nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeJob {
    pub notice: i64,
    pub send_at: i64,
}

/// A preservation hold of request row `request` expiring at `expires_at` (unix
/// milliseconds); an extended hold expires later, and the job does nothing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoldJob {
    pub request: i64,
    pub expires_at: i64,
}

impl HoldJob {
    pub fn expires_at(&self) -> Timestamp {
        Timestamp::from_unix_millis(self.expires_at)
    }
}

/// One target of request row `request` for the account directory; `until` (unix
/// milliseconds) is when a hold ends, `None` for a restriction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryJob {
    pub request: i64,
    pub reference: String,
    pub target_type: TargetType,
    pub target: String,
    pub until: Option<i64>,
}

/// A stored job that does not read as a [`JobKind`].
#[derive(Debug, thiserror::Error)]
#[error("unreadable job of kind {kind}: {reason}")]
pub struct UnreadableJob {
    pub kind: String,
    pub reason: String,
}

impl JobKind {
    /// The stored `kind` string.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::UserNotice(_) => "user_notice",
            Self::PreservationWarning(_) => "preservation_warning",
            Self::PreservationExpiry(_) => "preservation_expiry",
            Self::DirectoryHold(_) => "directory_hold",
            Self::DirectoryRestrict(_) => "directory_restrict",
            Self::EuPreservationWarning(_) => "eu_preservation_warning",
            Self::EuPreservationExpiry(_) => "eu_preservation_expiry",
            Self::EuPreservationRenewal(_) => "eu_preservation_renewal",
            Self::EtsiOutbound(_) => "etsi_outbound",
            Self::DataExport(_) => "data_export",
            Self::RegionMove(_) => "region_move",
            Self::StaffNotice(_) => "staff_notice",
            Self::StaffDigest(_) => "staff_digest",
            Self::OncallPage(_) => "oncall_page",
            Self::WebhookDelivery(_) => "webhook_delivery",
            Self::MailDelivery(_) => "mail_delivery",
        }
    }

    /// The stored payload.
    pub fn payload(&self) -> serde_json::Value {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(mut tagged)) => {
                tagged.remove("payload").unwrap_or_default()
            }
            // Every variant is a struct of plain fields: serde always gives an object.
            _ => serde_json::Value::Null,
        }
    }

    /// Reads a stored job back.
    pub fn from_stored(kind: &str, payload: serde_json::Value) -> Result<Self, UnreadableJob> {
        serde_json::from_value(serde_json::json!({"kind": kind, "payload": payload})).map_err(|e| {
            UnreadableJob {
                kind: kind.to_owned(),
                reason: e.to_string(),
            }
        })
    }

    /// Enqueueing a job with the same key twice keeps one: the same notice at the same
    /// time, the same hold expiry, the same directory action on the same target.
    pub fn dedupe_key(&self) -> String {
        let kind = self.kind();
        match self {
            Self::UserNotice(n) => format!("{kind}:{}:{}", n.notice, n.send_at),
            Self::PreservationWarning(h)
            | Self::PreservationExpiry(h)
            | Self::EuPreservationWarning(h)
            | Self::EuPreservationExpiry(h)
            | Self::EuPreservationRenewal(h) => {
                format!("{kind}:{}:{}", h.request, h.expires_at)
            }
            Self::DirectoryHold(d) | Self::DirectoryRestrict(d) => format!(
                "{kind}:{}:{}:{}:{}",
                d.request,
                d.target_type.as_str(),
                d.target,
                d.until.unwrap_or(0)
            ),
            Self::EtsiOutbound(m) => format!("{kind}:{}", m.message),
            Self::DataExport(e) => format!("{kind}:{}", e.export),
            Self::RegionMove(m) => format!("{kind}:{}:{}", m.region_move, m.not_before),
            Self::StaffNotice(n) => format!("{kind}:{}", n.notification),
            Self::StaffDigest(d) => format!("{kind}:{}:{}", d.account, d.day),
            Self::OncallPage(p) => format!("{kind}:{}:{}", p.request, p.tier),
            Self::WebhookDelivery(d) => format!("{kind}:{}", d.delivery),
            Self::MailDelivery(m) => format!("{kind}:{}", m.mail),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn directory(until: Option<i64>) -> DirectoryJob {
        DirectoryJob {
            request: 7,
            reference: "LERS-2026-000007".into(),
            target_type: TargetType::Email,
            target: "x@example.com".into(),
            until,
        }
    }

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn stored_jobs_read_back_unchanged() -> TestResult {
        // Payloads exactly as the store wrote them before the type existed.
        let stored = [
            ("user_notice", json!({"notice": 3, "send_at": 1_000})),
            (
                "preservation_warning",
                json!({"request": 7, "expires_at": 2_000}),
            ),
            (
                "preservation_expiry",
                json!({"request": 7, "expires_at": 2_000}),
            ),
            (
                "directory_hold",
                json!({"request": 7, "reference": "LERS-2026-000007", "target_type": "email", "target": "x@example.com", "until": 2_000}),
            ),
            (
                "directory_restrict",
                json!({"request": 7, "reference": "LERS-2026-000007", "target_type": "email", "target": "x@example.com", "until": null}),
            ),
        ];
        for (kind, payload) in stored {
            let job = JobKind::from_stored(kind, payload.clone())?;
            assert_eq!(job.kind(), kind);
            assert_eq!(job.payload(), payload);
        }
        Ok(())
    }

    #[test]
    fn the_typed_value_matches_the_stored_one() -> TestResult {
        let job = JobKind::DirectoryRestrict(directory(None));
        assert_eq!(
            JobKind::from_stored("directory_restrict", job.payload())?,
            job
        );
        let hold = JobKind::PreservationExpiry(HoldJob {
            request: 7,
            expires_at: 2_000,
        });
        assert_eq!(
            JobKind::from_stored("preservation_expiry", hold.payload())?,
            hold
        );
        Ok(())
    }

    #[test]
    fn unknown_kinds_and_bad_payloads_are_refused() {
        let unknown = JobKind::from_stored("reindex", json!({})).map_err(|e| e.kind);
        assert_eq!(unknown, Err("reindex".to_owned()));
        assert!(JobKind::from_stored("user_notice", json!({"notice": "x"})).is_err());
        assert!(JobKind::from_stored("directory_hold", json!({"request": 7})).is_err());
    }

    #[test]
    fn dedupe_keys_as_before() {
        let notice = JobKind::UserNotice(NoticeJob {
            notice: 3,
            send_at: 1_000,
        });
        assert_eq!(notice.dedupe_key(), "user_notice:3:1000");
        let warning = JobKind::PreservationWarning(HoldJob {
            request: 7,
            expires_at: 2_000,
        });
        assert_eq!(warning.dedupe_key(), "preservation_warning:7:2000");
        assert_eq!(
            JobKind::DirectoryHold(directory(Some(2_000))).dedupe_key(),
            "directory_hold:7:email:x@example.com:2000"
        );
        assert_eq!(
            JobKind::DirectoryRestrict(directory(None)).dedupe_key(),
            "directory_restrict:7:email:x@example.com:0"
        );
    }

    #[test]
    fn an_hi1_message_job_names_its_stored_message() -> TestResult {
        let job = JobKind::EtsiOutbound(EtsiOutboundJob { message: 12 });
        assert_eq!(job.kind(), "etsi_outbound");
        assert_eq!(job.payload(), json!({"message": 12}));
        assert_eq!(JobKind::from_stored("etsi_outbound", job.payload())?, job);
        assert_eq!(job.dedupe_key(), "etsi_outbound:12");
        Ok(())
    }
}
