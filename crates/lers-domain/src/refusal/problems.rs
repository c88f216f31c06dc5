//! What each refusal says to a person, as a [`Problem`]: a message id and its
//! arguments, put into the reader's language by the pages. The `Display` texts stay
//! the English of the log and the API; these ids are the same sentences, translated.

use super::Refusal;
use crate::allowlist::RuleError;
use crate::approval::ApprovalRefusal;
use crate::emergency::phone::PhoneError;
use crate::emergency::CallbackRefusal;
use crate::eu::clocks::DeadlineRefusal;
use crate::eu::enforcing::{EaDecisionProblem, EaRefusal};
use crate::eu::EuPreservationRefusal;
use crate::field_access::FieldRuleRefusal;
use crate::interface::EndpointRefusal;
use crate::notice::{LiftRefusal, NoticeRefusal};
use crate::powers::ApprovalRefusal as PowerRefusal;
use crate::problem::Problem;
use crate::production::{FileNameRefusal, ProductionRefusal};
use crate::region::MoveRefusal;
use crate::request::access::AccessRefusal;
use crate::request::staff_work::StaffRefusal;
use crate::request::TransitionError;
use crate::retention::BinRefusal;

/// A refusal in the reader's words.
pub trait Explained {
    fn problem(&self) -> Problem;
}

/// A request status said by its label.
fn status(problem: Problem, status: &str) -> Problem {
    problem.vocabulary("status", "status", status)
}

impl Explained for Refusal {
    fn problem(&self) -> Problem {
        match self {
            Self::Approval(r) => r.problem(),
            Self::Callback(r) => r.problem(),
            Self::Access(r) => r.problem(),
            Self::Production(r) => r.problem(),
            Self::Staff(r) => r.problem(),
            Self::EuPreservation(r) => r.problem(),
            Self::EnforcingAuthority(r) => r.problem(),
            Self::NoticeLift(r) => r.problem(),
            Self::InterfaceEndpoint(r) => r.problem(),
            Self::EuDeadline(r) => r.problem(),
            Self::FieldRule(r) => r.problem(),
        }
    }
}

impl Explained for ApprovalRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NoReview => Problem::new("form-refusal-decide-no-review"),
            Self::NotApprover => Problem::new("form-refusal-decide-not-approver"),
            Self::OwnReview => Problem::new("form-refusal-decide-own-review"),
            Self::ReviewerDisabled => Problem::new("form-refusal-decide-reviewer-disabled"),
            Self::Callbacks(r) => r.problem(),
        }
    }
}

impl Explained for CallbackRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NotEmergency => Problem::new("form-refusal-callback-not-emergency"),
            Self::FailedOutsideReview(now) => status(
                Problem::new("form-refusal-callback-failed-outside-review"),
                now,
            ),
            Self::Decided(now) => status(Problem::new("form-refusal-callback-decided"), now),
            Self::CallbackFailed => Problem::new("form-refusal-callback-failed"),
            Self::RequesterSuspended => Problem::new("form-refusal-callback-requester-suspended"),
            Self::NotConfirmed => Problem::new("form-refusal-callback-not-confirmed"),
            Self::SecondConfirmationMissing => {
                Problem::new("form-refusal-callback-second-confirmation-missing")
            }
            Self::RecorderDisabled => Problem::new("form-refusal-callback-recorder-disabled"),
            Self::SecondConfirmerDisabled => {
                Problem::new("form-refusal-callback-second-confirmer-disabled")
            }
            Self::ConfirmingDisabledRecorder => {
                Problem::new("form-refusal-callback-confirming-disabled-recorder")
            }
            Self::ConfirmingUnconfirmed => {
                Problem::new("form-refusal-callback-confirming-unconfirmed")
            }
            Self::ConfirmingOwn => Problem::new("form-refusal-callback-confirming-own"),
            Self::NothingToConfirm(now) => status(
                Problem::new("form-refusal-callback-nothing-to-confirm"),
                now.as_str(),
            ),
        }
    }
}

impl Explained for AccessRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NotOwner => Problem::new("form-refusal-access-not-owner"),
            Self::NotADraft => Problem::new("form-refusal-access-not-a-draft"),
            Self::ClosedToMessages(now) => status(
                Problem::new("form-refusal-access-closed-to-messages"),
                now.as_str(),
            ),
            Self::NotAColleague { email, domain } => {
                Problem::new("form-refusal-access-not-a-colleague")
                    .text("email", email.clone())
                    .text("domain", domain.clone())
            }
        }
    }
}

impl Explained for ProductionRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NotApproved(now) => status(
                Problem::new("form-refusal-production-not-approved"),
                now.as_str(),
            ),
            Self::NotProducer => Problem::new("form-refusal-production-not-producer"),
            Self::NotOpen => Problem::new("form-refusal-production-not-open"),
            Self::NotDeliverable(now) => status(
                Problem::new("form-refusal-production-not-deliverable"),
                now.as_str(),
            ),
            Self::NoFiles => Problem::new("form-refusal-production-no-files"),
            Self::StillUploading {
                name,
                received,
                size,
            } => Problem::new("form-refusal-production-still-uploading")
                .text("name", name.clone())
                .number("received", *received)
                .number("size", *size),
            Self::OwnAlert => Problem::new("form-refusal-production-own-alert"),
        }
    }
}

impl Explained for StaffRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::AssigneeNotActiveStaff => Problem::new("form-refusal-staff-assignee-inactive"),
            Self::NotUnderReview(now) => status(
                Problem::new("form-refusal-staff-not-under-review"),
                now.as_str(),
            ),
            Self::NotAPreservation(reference) => {
                Problem::new("form-refusal-staff-not-a-preservation")
                    .text("reference", reference.clone())
            }
            Self::NoHoldInForce(reference) => {
                Problem::new("form-refusal-staff-no-hold").text("reference", reference.clone())
            }
            Self::AlreadyExtended(reference) => Problem::new("form-refusal-staff-already-extended")
                .text("reference", reference.clone()),
        }
    }
}

impl Explained for EuPreservationRefusal {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::NotAPreservationOrder => "form-refusal-eu-not-a-preservation-order",
            Self::Ended => "form-refusal-eu-preservation-ended",
            Self::AlreadyExtended => "form-refusal-eu-preservation-extended",
            Self::AwaitingProductionOrder => "form-refusal-eu-awaiting-production-order",
        })
    }
}

impl Explained for EaRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::Held(until) => Problem::new("form-refusal-ea-held").moment("until", until),
            Self::RefusedByEa => Problem::new("form-refusal-ea-refused"),
            Self::CoveredByPartialGrounds(at) => {
                Problem::new("form-refusal-ea-partial-grounds").moment("at", at)
            }
            Self::NoEaNotified => Problem::new("form-refusal-ea-none-notified"),
            Self::AlreadyDecided => Problem::new("form-refusal-ea-already-decided"),
            Self::WindowClosed(at) => {
                Problem::new("form-refusal-ea-window-closed").moment("at", at)
            }
        }
    }
}

impl Explained for LiftRefusal {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::NotRestricted => "form-refusal-lift-not-restricted",
            Self::AlreadyLifted => "form-refusal-lift-already-lifted",
        })
    }
}

impl Explained for NoticeRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NothingDisclosed => Problem::new("form-refusal-notice-nothing-disclosed"),
            Self::DisclosedNotApplicable => Problem::new("form-refusal-notice-disclosed"),
            Self::OrderInForce(until) => {
                Problem::new("form-refusal-notice-order-in-force").text("until", until.clone())
            }
            Self::OrderWithoutEnd => Problem::new("form-refusal-notice-order-without-end"),
            Self::AuthorityRestricts => Problem::new("form-refusal-notice-authority-restricts"),
            Self::NoOrder => Problem::new("form-refusal-notice-no-order"),
            Self::ReasonMissing => Problem::new("form-refusal-notice-reason-missing"),
        }
    }
}

impl Explained for EndpointRefusal {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::OwnProposal => "form-refusal-endpoint-own-proposal",
            Self::NotProposed => "form-refusal-endpoint-not-proposed",
            Self::AlreadyDisabled => "form-refusal-endpoint-disabled",
            Self::Duplicate => "form-refusal-endpoint-duplicate",
        })
    }
}

impl Explained for DeadlineRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NotAProductionOrder => Problem::new("form-refusal-deadline-not-production"),
            Self::Over(now) => status(Problem::new("form-refusal-deadline-over"), now),
            Self::InThePast(at) => Problem::new("form-refusal-deadline-past").moment("at", at),
            Self::ReasonMissing(current) => {
                Problem::new("form-refusal-deadline-reason-missing").moment("current", current)
            }
            Self::ReasonUnreadable => Problem::new("form-refusal-deadline-reason-unreadable")
                .number("max", crate::eu::clocks::MAX_REASON),
        }
    }
}

impl Explained for FieldRuleRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::AboveCeiling { role, ceiling } => Problem::new("form-refusal-field-ceiling")
                .vocabulary("role", "field-role", role.as_str())
                .vocabulary("ceiling", "field-level", ceiling.as_str()),
            Self::AlreadyProposed => Problem::new("form-refusal-field-already-proposed"),
            Self::SameAdmin => Problem::new("form-refusal-field-same-admin"),
            Self::OtherProposalWaiting => Problem::new("form-refusal-field-other-waiting"),
            Self::ProposalChanged => Problem::new("form-refusal-field-proposal-changed"),
            Self::ProposalLapsed => Problem::new("form-refusal-field-proposal-lapsed"),
            Self::Unchanged {
                role,
                group,
                access,
            } => Problem::new("form-refusal-field-unchanged")
                .vocabulary("role", "field-role", role.as_str())
                .vocabulary("group", "field-group", group.as_str())
                .vocabulary("access", "field-level", access.as_str()),
        }
    }
}

impl Explained for TransitionError {
    fn problem(&self) -> Problem {
        status(Problem::new("form-refusal-transition"), self.from)
    }
}

impl Explained for PhoneError {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::Empty => "form-callback-phone-missing",
            Self::TooLong => "form-agency-switchboard-too-long",
            Self::NotANumber => "form-agency-switchboard-invalid",
        })
    }
}

impl Explained for BinRefusal {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::Purged => "form-refusal-bin-purged",
            Self::AlreadyRestored => "form-refusal-bin-already-restored",
            Self::WindowOver => "form-refusal-bin-window-over",
            Self::NotYours => "form-refusal-bin-not-yours",
        })
    }
}

impl Explained for MoveRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::NotConfigured(region) => {
                Problem::new("form-refusal-region-unknown").text("region", region.clone())
            }
            Self::SameRegion(region) => {
                Problem::new("form-refusal-region-same").text("region", region.clone())
            }
        }
    }
}

impl Explained for PowerRefusal {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::OwnAccount => "form-refusal-power-own-account",
            Self::NotAdmin => "form-refusal-power-not-admin",
            Self::OwnProposal => "form-refusal-power-own-proposal",
            Self::Decided => "form-refusal-power-decided",
            Self::Expired => "form-refusal-power-expired",
            Self::ProposerNotAdmin => "form-refusal-power-proposer-not-admin",
        })
    }
}

impl Explained for EaDecisionProblem {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::DecisionMissing => "form-ea-decision-missing",
            Self::GroundMissing => "form-ea-ground-missing",
            Self::DataMissing => "form-ea-data-missing",
            Self::DataUnreadable => "form-ea-data-unreadable",
        })
    }
}

impl Explained for FileNameRefusal {
    fn problem(&self) -> Problem {
        match self {
            Self::Text(refusal) => refusal.problem("form-the-file-name"),
            Self::Missing => Problem::new("form-file-name-missing"),
            Self::TooLong => Problem::new("form-file-name-too-long"),
        }
    }
}

impl Explained for RuleError {
    fn problem(&self) -> Problem {
        Problem::new(match self {
            Self::Empty => "form-domain-rule-empty",
            Self::BareWildcard => "form-domain-rule-bare-wildcard",
            Self::MisplacedWildcard => "form-domain-rule-misplaced-wildcard",
            Self::SuffixTooBroad => "form-domain-rule-suffix-too-broad",
            Self::NonAscii => "form-domain-rule-non-ascii",
            Self::Punycode => "form-domain-rule-punycode",
            Self::TrailingDot => "form-domain-rule-trailing-dot",
            Self::EmptyLabel => "form-domain-rule-empty-label",
            Self::InvalidCharacter => "form-domain-rule-invalid-character",
            Self::LabelHyphen => "form-domain-rule-label-hyphen",
            Self::LabelTooLong => "form-domain-rule-label-too-long",
            Self::TooLong => "form-domain-rule-too-long",
            Self::SingleLabel => "form-domain-rule-single-label",
            Self::NumericTld => "form-domain-rule-numeric-tld",
        })
    }
}
