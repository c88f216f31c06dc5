//! Every refusal a person can meet has words in every language: the English message
//! says what the `Display` text (logs, API) says, and no other language falls back
//! to English or to the message id.

use lers_domain::account::Role;
use lers_domain::allowlist::RuleError;
use lers_domain::approval::ApprovalRefusal;
use lers_domain::emergency::phone::NumberOrigin;
use lers_domain::emergency::CallbackRefusal;
use lers_domain::eu::enforcing::EaDecisionProblem;
use lers_domain::eu::EuPreservationRefusal;
use lers_domain::field_access::{FieldAccess, FieldRuleRefusal};
use lers_domain::interface::EndpointRefusal;
use lers_domain::notice::{LiftRefusal, NoticeRefusal};
use lers_domain::powers::ApprovalRefusal as PowerRefusal;
use lers_domain::problem::Problem;
use lers_domain::production::{FileNameRefusal, ProductionRefusal};
use lers_domain::refusal::Explained;
use lers_domain::region::MoveRefusal;
use lers_domain::request::access::AccessRefusal;
use lers_domain::request::staff_work::StaffRefusal;
use lers_domain::retention::BinRefusal;
use lers_store::{Changed, Refusal, StoreError};

use crate::i18n::{Tr, LANGUAGES};

/// Refusals whose words carry no status, role or time (those read as labels and
/// in the reader's zone, so their English differs from the log's on purpose).
fn plain_refusals() -> Vec<(String, Problem)> {
    let mut all: Vec<(String, Problem)> = Vec::new();
    let mut add = |display: String, problem: Problem| all.push((display, problem));
    for r in [
        ApprovalRefusal::NoReview,
        ApprovalRefusal::NotApprover,
        ApprovalRefusal::OwnReview,
        ApprovalRefusal::ReviewerDisabled,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        CallbackRefusal::NotEmergency,
        CallbackRefusal::CallbackFailed,
        CallbackRefusal::RequesterSuspended,
        CallbackRefusal::NotConfirmed,
        CallbackRefusal::SecondConfirmationMissing,
        CallbackRefusal::RecorderDisabled,
        CallbackRefusal::SecondConfirmerDisabled,
        CallbackRefusal::ConfirmingDisabledRecorder,
        CallbackRefusal::ConfirmingUnconfirmed,
        CallbackRefusal::ConfirmingOwn,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        AccessRefusal::NotOwner,
        AccessRefusal::NotADraft,
        AccessRefusal::NotAColleague {
            email: "ana@abilenetx.gov".into(),
            domain: "abilenetx.gov".into(),
        },
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        ProductionRefusal::NotProducer,
        ProductionRefusal::NotOpen,
        ProductionRefusal::NoFiles,
        ProductionRefusal::StillUploading {
            name: "export.zip".into(),
            received: 10,
            size: 20,
        },
        ProductionRefusal::OwnAlert,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        StaffRefusal::AssigneeNotActiveStaff,
        StaffRefusal::NotAPreservation("LERS-2026-000001".into()),
        StaffRefusal::NoHoldInForce("LERS-2026-000001".into()),
        StaffRefusal::AlreadyExtended("LERS-2026-000001".into()),
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        EuPreservationRefusal::NotAPreservationOrder,
        EuPreservationRefusal::Ended,
        EuPreservationRefusal::AlreadyExtended,
        EuPreservationRefusal::AwaitingProductionOrder,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [LiftRefusal::NotRestricted, LiftRefusal::AlreadyLifted] {
        add(r.to_string(), r.problem());
    }
    for r in [
        NoticeRefusal::NothingDisclosed,
        NoticeRefusal::DisclosedNotApplicable,
        NoticeRefusal::OrderInForce("2027-05-31".into()),
        NoticeRefusal::OrderWithoutEnd,
        NoticeRefusal::AuthorityRestricts,
        NoticeRefusal::NoOrder,
        NoticeRefusal::ReasonMissing,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        PowerRefusal::OwnAccount,
        PowerRefusal::NotAdmin,
        PowerRefusal::OwnProposal,
        PowerRefusal::Decided,
        PowerRefusal::Expired,
        PowerRefusal::ProposerNotAdmin,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        EndpointRefusal::OwnProposal,
        EndpointRefusal::NotProposed,
        EndpointRefusal::AlreadyDisabled,
        EndpointRefusal::Duplicate,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        FieldRuleRefusal::AlreadyProposed,
        FieldRuleRefusal::SameAdmin,
        FieldRuleRefusal::OtherProposalWaiting,
        FieldRuleRefusal::ProposalChanged,
        FieldRuleRefusal::ProposalLapsed,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        BinRefusal::Purged,
        BinRefusal::AlreadyRestored,
        BinRefusal::WindowOver,
        BinRefusal::NotYours,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        MoveRefusal::NotConfigured("apac".into()),
        MoveRefusal::SameRegion("eu".into()),
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        EaDecisionProblem::DecisionMissing,
        EaDecisionProblem::GroundMissing,
        EaDecisionProblem::DataMissing,
        EaDecisionProblem::DataUnreadable,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        RuleError::Empty,
        RuleError::BareWildcard,
        RuleError::MisplacedWildcard,
        RuleError::SuffixTooBroad,
        RuleError::NonAscii,
        RuleError::Punycode,
        RuleError::TrailingDot,
        RuleError::EmptyLabel,
        RuleError::InvalidCharacter,
        RuleError::LabelHyphen,
        RuleError::LabelTooLong,
        RuleError::TooLong,
        RuleError::SingleLabel,
        RuleError::NumericTld,
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [FileNameRefusal::Missing, FileNameRefusal::TooLong] {
        add(r.to_string(), r.problem());
    }
    for r in [
        Changed::Request,
        Changed::Production,
        Changed::Upload,
        Changed::FileNotUploading,
        Changed::NoSuspension,
        Changed::RolesSinceProposal {
            target: "Rita Review".into(),
        },
    ] {
        add(r.to_string(), r.problem());
    }
    for r in [
        Refusal::EmailTaken {
            email: "ana@abilenetx.gov".into(),
        },
        Refusal::AccountNotActive,
        Refusal::AccountNotActiveForEmailChange,
        Refusal::OwnAccountStatus,
        Refusal::AlreadyErased,
        Refusal::InRecycleBin,
        Refusal::TotpAlreadyEnrolled,
        Refusal::RolesForStaffOnly,
        Refusal::LastAdmin,
        Refusal::GrantNeedsApproval,
        Refusal::GrantNotPrivileged,
        Refusal::ProposalWaiting {
            target: "Rita Review".into(),
        },
        Refusal::NoSecondFactor {
            target: "Rita Review".into(),
        },
        Refusal::DomainListed {
            pattern: "abilenetx.gov".into(),
        },
        Refusal::NoticeSent,
        Refusal::NoticeNotHoldable,
        Refusal::OnlyDraftPublishable,
        Refusal::FileDestroyed,
        Refusal::UploadsBusy { max: 4 },
        Refusal::UploadRunning,
        Refusal::UploadOffset {
            expected: 10,
            offset: 20,
        },
        Refusal::StagingGone,
        Refusal::MoreThanDeclared { declared: 30 },
        Refusal::SizeTooLarge,
        Refusal::AgencyDomainTaken {
            domain: "abilenetx.gov".into(),
        },
        Refusal::AgencyExists,
        Refusal::AuditEntryPruned { index: 7 },
        Refusal::RequesterControlledLine {
            line: "+1 213 555 0187".into(),
            origin: NumberOrigin::ThisRequest,
        },
        Refusal::RequesterControlledLine {
            line: "+1 213 555 0187".into(),
            origin: NumberOrigin::RequesterProfile,
        },
        Refusal::RequesterControlledLine {
            line: "+1 213 555 0187".into(),
            origin: NumberOrigin::ColleagueProfile {
                email: "ana@abilenetx.gov".into(),
            },
        },
        Refusal::RequesterControlledLine {
            line: "+1 213 555 0187".into(),
            origin: NumberOrigin::EarlierRequest {
                reference: "LERS-2026-000012".into(),
            },
        },
        Refusal::RequesterControlledLine {
            line: "+1 213 555 0187".into(),
            origin: NumberOrigin::WrittenByRequester,
        },
        Refusal::RestoreConflict {
            what: "abilenetx.gov".into(),
        },
        Refusal::LegalHoldInForce,
        Refusal::NoLegalHold,
        Refusal::CasePurged,
        Refusal::LegalHoldReasonMissing,
        Refusal::RegionMoveRunning,
        Refusal::RegionMoveUploading,
    ] {
        add(r.to_string(), r.problem());
    }
    all
}

/// `text` without its first letter's case and its final full stop: the log writes
/// "the request changed", a page "The request changed." (an address that opens a
/// sentence keeps its lower case on both).
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_lowercase().collect::<String>());
    let text = format!("{}{}", first.unwrap_or_default(), chars.as_str());
    text.strip_suffix('.').map(str::to_owned).unwrap_or(text)
}

#[test]
fn english_refusals_say_what_the_log_says() {
    let english = Tr::default();
    let refusals = plain_refusals();
    assert!(refusals.len() > 100, "{} refusals sampled", refusals.len());
    for (display, problem) in refusals {
        // Quotes around a file name are the log's; the page shows the name bare.
        let expected = sentence(&display).replace("\"export.zip\"", "export.zip");
        let said = english.problem(&problem);
        assert!(said.ends_with('.'), "{said}");
        assert_eq!(sentence(&said), expected, "{}", problem.id());
    }
}

#[test]
fn every_language_has_words_for_every_refusal() {
    let mut with_labels: Vec<Problem> = plain_refusals().into_iter().map(|(_, p)| p).collect();
    let Some(at) = lers_domain::clock::Timestamp::parse_rfc3339("2026-12-31T13:39:10Z") else {
        panic!("a valid instant");
    };
    with_labels.extend([
        CallbackRefusal::NothingToConfirm(lers_domain::request::RequestStatus::Approved).problem(),
        ProductionRefusal::NotApproved(lers_domain::request::RequestStatus::InReview).problem(),
        AccessRefusal::ClosedToMessages(lers_domain::request::RequestStatus::Closed).problem(),
        lers_domain::eu::enforcing::EaRefusal::Held(at).problem(),
        FieldRuleRefusal::AboveCeiling {
            role: Role::Auditor,
            ceiling: FieldAccess::Hidden,
        }
        .problem(),
    ]);
    // The use cases' own refusals (`AppError::refusal`).
    with_labels.extend(
        [
            "form-conflict-not-your-production",
            "form-conflict-file-incomplete",
            "form-conflict-file-takes-no-data",
            "form-conflict-already-registered",
            "form-conflict-requester-has-account",
            "form-conflict-register-first",
            "form-conflict-intake-draft",
            "form-conflict-already-submitted",
            "form-conflict-submit-first",
            "form-conflict-closed-to-documents",
            "form-conflict-region-draft-only",
            "form-conflict-region-out-of-reach",
            "form-conflict-export-building",
            "form-conflict-submitted-no-edit",
        ]
        .map(Problem::new),
    );
    let english = Tr::default();
    for (tag, _) in LANGUAGES {
        let Some(tr) = Tr::exact(tag) else {
            panic!("{tag} is a language LERS speaks");
        };
        for problem in &with_labels {
            let said = tr.problem(problem);
            assert_ne!(said, problem.id(), "{tag}: no message {}", problem.id());
            assert!(!said.contains("in_review"), "{tag}: raw status in {said}");
            if tag != "en" {
                assert_ne!(
                    said,
                    english.problem(problem),
                    "{tag}: {} is English",
                    problem.id()
                );
            }
        }
    }
    // Labels arrive translated: the Polish sentence names the status in Polish.
    let Some(polish) = Tr::exact("pl") else {
        panic!("Polish");
    };
    let closed = AccessRefusal::ClosedToMessages(lers_domain::request::RequestStatus::Closed);
    assert!(polish
        .problem(&closed.problem())
        .contains(&polish.label("status", "closed")));
}

#[test]
fn a_store_refusal_becomes_the_rule_s_words() {
    let error = StoreError::Refused(Refusal::Rule(ApprovalRefusal::OwnReview.into()));
    assert_eq!(
        error.problem().map(|p| p.id()),
        Some("form-refusal-decide-own-review")
    );
    assert!(StoreError::NotFound.problem().is_none());
}

/// A refused call-back line names where it was found in every language: each origin
/// picks its own words (a selector whose key no variant matches would fall back to
/// "this request" silently).
#[test]
fn each_origin_of_a_controlled_line_has_its_own_words() {
    let origins = [
        NumberOrigin::ThisRequest,
        NumberOrigin::RequesterProfile,
        NumberOrigin::ColleagueProfile {
            email: "ana@abilenetx.gov".into(),
        },
        NumberOrigin::EarlierRequest {
            reference: "LERS-2026-000012".into(),
        },
        NumberOrigin::WrittenByRequester,
    ];
    for (tag, _) in LANGUAGES {
        let Some(tr) = Tr::exact(tag) else {
            panic!("{tag} is a language LERS speaks");
        };
        let said: std::collections::BTreeSet<String> = origins
            .iter()
            .map(|origin| {
                let refusal = Refusal::RequesterControlledLine {
                    line: "+1 213 555 0187".into(),
                    origin: origin.clone(),
                };
                tr.problem(&refusal.problem())
            })
            .collect();
        assert_eq!(said.len(), origins.len(), "{tag}: {said:?}");
        assert!(
            said.iter().any(|s| s.contains("ana@abilenetx.gov"))
                && said.iter().any(|s| s.contains("LERS-2026-000012")),
            "{tag}: {said:?}"
        );
    }
}

/// The sign-in page's answers: English says what the log says, every other language
/// its own words.
#[test]
fn sign_in_refusals_have_words_in_every_language() {
    use crate::services::login::LoginError;
    let refusals = [
        LoginError::Invalid,
        LoginError::Locked,
        LoginError::Disabled,
        LoginError::DisabledInactive,
        LoginError::DomainNotAdmitted,
        LoginError::Throttled,
    ];
    let english = Tr::default();
    for refusal in &refusals {
        let Some(problem) = refusal.problem() else {
            panic!("{refusal:?} has words");
        };
        assert_eq!(english.problem(&problem), refusal.to_string());
        for (tag, _) in LANGUAGES {
            let Some(tr) = Tr::exact(tag) else {
                panic!("{tag} is a language LERS speaks");
            };
            let said = tr.problem(&problem);
            assert_ne!(said, problem.id(), "{tag}: no message {}", problem.id());
            if tag != "en" {
                assert_ne!(said, english.problem(&problem), "{tag}: {said} is English");
            }
        }
    }
}
