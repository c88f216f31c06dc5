//! What the store's refusals say to a person, in the reader's language: the
//! domain's rules say it themselves ([`Explained`]); the store's own refusals and
//! lost races are worded here.

use lers_domain::emergency::phone::NumberOrigin;
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

    /// For a link or code that cannot be used, what the person is told to do
    /// instead; `None` for every other error.
    pub fn invalid_problem(&self) -> Option<Problem> {
        Some(Problem::new(match self {
            Self::TokenUnknown => "form-link-unknown",
            Self::TokenExpired => "form-link-expired",
            Self::TokenUsed => "form-link-used",
            Self::TokenRevoked => "form-link-revoked",
            Self::TotpReused => "form-code-reused",
            _ => return None,
        }))
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
        match self {
            Self::Rule(rule) => rule.problem(),
            Self::Approval(refusal) => refusal.problem(),
            Self::Transition(refusal) => refusal.problem(),
            Self::Phone(refusal) => refusal.problem(),
            Self::Bin(refusal) => refusal.problem(),
            Self::RegionMove(refusal) => refusal.problem(),
            Self::AccountExists { email } | Self::EmailTaken { email } => {
                Problem::new("form-refusal-email-taken").text("email", email.clone())
            }
            Self::ProposalWaiting { target } => {
                Problem::new("form-refusal-proposal-waiting").text("target", target.clone())
            }
            Self::NoSecondFactor { target } => {
                Problem::new("form-refusal-no-second-factor").text("target", target.clone())
            }
            Self::DomainListed { pattern } => {
                Problem::new("form-refusal-domain-listed").text("pattern", pattern.clone())
            }
            Self::UploadsBusy { max } => {
                Problem::new("form-refusal-uploads-busy").number("max", *max)
            }
            Self::UploadOffset { expected, offset } => Problem::new("form-refusal-upload-offset")
                .number("expected", *expected)
                .number("offset", *offset),
            Self::MoreThanDeclared { declared } => {
                Problem::new("form-refusal-more-than-declared").number("declared", *declared)
            }
            Self::FileNameTaken { name } => {
                Problem::new("form-refusal-file-name-taken").text("name", name.clone())
            }
            Self::RequesterControlledLine { line, origin } => {
                let (colleague, reference) = match origin {
                    NumberOrigin::ColleagueProfile { email } => (email.as_str(), ""),
                    NumberOrigin::EarlierRequest { reference } => ("", reference.as_str()),
                    _ => ("", ""),
                };
                Problem::new("form-refusal-requester-controlled-line")
                    .text("line", line.clone())
                    .text("origin", origin.key())
                    .text("colleague", colleague)
                    .text("reference", reference)
            }
            Self::AgencyDomainTaken { domain } => {
                Problem::new("form-refusal-agency-domain-taken").text("domain", domain.clone())
            }
            Self::AuditEntryPruned { index } => {
                Problem::new("form-refusal-audit-entry-pruned").number("index", *index)
            }
            Self::RestoreConflict { what } => {
                Problem::new("form-refusal-restore-conflict").text("what", what.clone())
            }
            Self::AccountNotActive => Problem::new("form-refusal-account-not-active"),
            Self::AccountNotActiveForEmailChange => {
                Problem::new("form-refusal-account-not-active-email")
            }
            Self::OwnAccountStatus => Problem::new("form-refusal-own-account-status"),
            Self::AlreadyErased => Problem::new("form-refusal-already-erased"),
            Self::InRecycleBin => Problem::new("form-refusal-in-recycle-bin"),
            Self::TotpAlreadyEnrolled => Problem::new("form-refusal-totp-enrolled"),
            Self::RolesForStaffOnly => Problem::new("form-refusal-roles-for-staff"),
            Self::LastAdmin => Problem::new("form-refusal-last-admin"),
            Self::GrantNeedsApproval => Problem::new("form-refusal-grant-needs-approval"),
            Self::GrantNotPrivileged => Problem::new("form-refusal-grant-not-privileged"),
            Self::NoticeSent => Problem::new("form-refusal-notice-sent"),
            Self::NoticeNotHoldable => Problem::new("form-refusal-notice-not-holdable"),
            Self::OnlyDraftPublishable => Problem::new("form-refusal-only-draft-publishable"),
            Self::FileDestroyed => Problem::new("form-refusal-file-destroyed"),
            Self::UploadRunning => Problem::new("form-refusal-upload-running"),
            Self::StagingGone => Problem::new("form-refusal-staging-gone"),
            Self::SizeTooLarge => Problem::new("form-refusal-size-too-large"),
            Self::AgencyExists => Problem::new("form-refusal-agency-exists"),
            Self::LegalHoldInForce => Problem::new("form-refusal-legal-hold-in-force"),
            Self::NoLegalHold => Problem::new("form-refusal-no-legal-hold"),
            Self::CasePurged => Problem::new("form-refusal-case-purged"),
            Self::LegalHoldReasonMissing => Problem::new("form-refusal-legal-hold-reason-missing"),
            Self::RegionMoveRunning => Problem::new("form-refusal-region-move-running"),
            Self::RegionMoveUploading => Problem::new("form-refusal-region-move-uploading"),
        }
    }
}
