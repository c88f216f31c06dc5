//! What the store's refusals say to a person, in the reader's language: the
//! domain's rules say it themselves ([`Explained`]); the store's own refusals and
//! lost races are worded here.

use lers_domain::problem::Problem;
use lers_domain::refusal::Explained;

use crate::error::{Changed, Refusal, StoreError};

impl StoreError {
    /// For a refusal, what the person reads next to the field; `None` for failures
    /// that are not theirs to act on.
    pub fn problem(&self) -> Option<Problem> {
        match self {
            Self::Refused(refusal) => Some(refusal.problem()),
            Self::ChangedMeanwhile(changed) => Some(changed.problem()),
            _ => None,
        }
    }
}

impl Explained for Changed {
    fn problem(&self) -> Problem {
        match self {
            Self::Request => Problem::new("form-refusal-changed-request"),
            Self::Production => Problem::new("form-refusal-changed-production"),
            Self::Upload => Problem::new("form-refusal-changed-upload"),
            Self::FileNotUploading => Problem::new("form-refusal-changed-file-not-uploading"),
            Self::NoSuspension => Problem::new("form-refusal-changed-no-suspension"),
            Self::RolesSinceProposal { target } => {
                Problem::new("form-refusal-changed-roles").text("target", target.clone())
            }
        }
    }
}

impl Explained for Refusal {
    fn problem(&self) -> Problem {
        let id = match self {
            Self::Rule(rule) => return rule.problem(),
            Self::Approval(refusal) => return refusal.problem(),
            Self::Transition(refusal) => return refusal.problem(),
            Self::Phone(refusal) => return refusal.problem(),
            Self::Bin(refusal) => return refusal.problem(),
            Self::RegionMove(refusal) => return refusal.problem(),
            Self::AccountExists { email } | Self::EmailTaken { email } => {
                return Problem::new("form-refusal-email-taken").text("email", email.clone())
            }
            Self::ProposalWaiting { target } => {
                return Problem::new("form-refusal-proposal-waiting").text("target", target.clone())
            }
            Self::NoSecondFactor { target } => {
                return Problem::new("form-refusal-no-second-factor").text("target", target.clone())
            }
            Self::DomainListed { pattern } => {
                return Problem::new("form-refusal-domain-listed").text("pattern", pattern.clone())
            }
            Self::UploadsBusy { max } => {
                return Problem::new("form-refusal-uploads-busy").number("max", *max)
            }
            Self::UploadOffset { expected, offset } => {
                return Problem::new("form-refusal-upload-offset")
                    .number("expected", *expected)
                    .number("offset", *offset)
            }
            Self::MoreThanDeclared { declared } => {
                return Problem::new("form-refusal-more-than-declared")
                    .number("declared", *declared)
            }
            Self::FileNameTaken { name } => {
                return Problem::new("form-refusal-file-name-taken").text("name", name.clone())
            }
            Self::RequesterControlledLine { line, origin } => {
                return Problem::new("form-refusal-requester-controlled-line")
                    .text("line", line.clone())
                    .text("origin", origin.clone())
            }
            Self::AgencyDomainTaken { domain } => {
                return Problem::new("form-refusal-agency-domain-taken")
                    .text("domain", domain.clone())
            }
            Self::AuditEntryPruned { index } => {
                return Problem::new("form-refusal-audit-entry-pruned").number("index", *index)
            }
            Self::RestoreConflict { what } => {
                return Problem::new("form-refusal-restore-conflict").text("what", what.clone())
            }
            Self::AccountNotActive => "form-refusal-account-not-active",
            Self::AccountNotActiveForEmailChange => "form-refusal-account-not-active-email",
            Self::OwnAccountStatus => "form-refusal-own-account-status",
            Self::AlreadyErased => "form-refusal-already-erased",
            Self::InRecycleBin => "form-refusal-in-recycle-bin",
            Self::TotpAlreadyEnrolled => "form-refusal-totp-enrolled",
            Self::RolesForStaffOnly => "form-refusal-roles-for-staff",
            Self::LastAdmin => "form-refusal-last-admin",
            Self::GrantNeedsApproval => "form-refusal-grant-needs-approval",
            Self::GrantNotPrivileged => "form-refusal-grant-not-privileged",
            Self::NoticeSent => "form-refusal-notice-sent",
            Self::NoticeNotHoldable => "form-refusal-notice-not-holdable",
            Self::OnlyDraftPublishable => "form-refusal-only-draft-publishable",
            Self::FileDestroyed => "form-refusal-file-destroyed",
            Self::UploadRunning => "form-refusal-upload-running",
            Self::StagingGone => "form-refusal-staging-gone",
            Self::SizeTooLarge => "form-refusal-size-too-large",
            Self::AgencyExists => "form-refusal-agency-exists",
            Self::LegalHoldInForce => "form-refusal-legal-hold-in-force",
            Self::NoLegalHold => "form-refusal-no-legal-hold",
            Self::CasePurged => "form-refusal-case-purged",
            Self::LegalHoldReasonMissing => "form-refusal-legal-hold-reason-missing",
            Self::RegionMoveRunning => "form-refusal-region-move-running",
            Self::RegionMoveUploading => "form-refusal-region-move-uploading",
        };
        Problem::new(id)
    }
}
