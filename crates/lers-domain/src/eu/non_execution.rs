//! Form 3 (Annex III): the provider cannot comply with an EU order, and says why in
//! structured reasons, with a free-text explanation and, for a conflict of laws, the
//! law of the third country concerned (Art 10(5)–(8), Art 17).

use serde::{Deserialize, Serialize};

use crate::account::FieldError;
use crate::problem::Problem;
use crate::request::{RequestEvent, RequestKind, RequestStatus};
use crate::text::check_multi_line;

/// The structured reasons of a Form 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NonExecutionReason {
    Incomplete,
    ManifestErrors,
    InsufficientInformation,
    DataNotHeld,
    DeFactoImpossibility,
    InvalidIssuingAuthority,
    OffenceNotCovered,
    ServiceNotCovered,
    ImmunitiesOrPrivileges,
    ConflictOfLaw,
}

impl NonExecutionReason {
    pub const ALL: [NonExecutionReason; 10] = [
        Self::Incomplete,
        Self::ManifestErrors,
        Self::InsufficientInformation,
        Self::DataNotHeld,
        Self::DeFactoImpossibility,
        Self::InvalidIssuingAuthority,
        Self::OffenceNotCovered,
        Self::ServiceNotCovered,
        Self::ImmunitiesOrPrivileges,
        Self::ConflictOfLaw,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Incomplete => "incomplete",
            Self::ManifestErrors => "manifest_errors",
            Self::InsufficientInformation => "insufficient_information",
            Self::DataNotHeld => "data_not_held",
            Self::DeFactoImpossibility => "de_facto_impossibility",
            Self::InvalidIssuingAuthority => "invalid_issuing_authority",
            Self::OffenceNotCovered => "offence_not_covered",
            Self::ServiceNotCovered => "service_not_covered",
            Self::ImmunitiesOrPrivileges => "immunities_or_privileges",
            Self::ConflictOfLaw => "conflict_of_law",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// The longest explanation or foreign-law text kept.
pub const MAX_TEXT: usize = 4000;

/// A checked Form 3 answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonExecution {
    pub reasons: Vec<NonExecutionReason>,
    pub explanation: String,
    /// The third country's law that conflicts, named when a reason is a conflict of law.
    pub foreign_law: Option<String>,
}

impl NonExecution {
    /// Checks an answer as posted: at least one reason, an explanation, and the
    /// foreign law exactly when a conflict of law is claimed. Every problem is named
    /// against its field.
    pub fn check(
        reasons: &[NonExecutionReason],
        explanation: &str,
        foreign_law: &str,
    ) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut reasons = reasons.to_vec();
        reasons.sort();
        reasons.dedup();
        if reasons.is_empty() {
            errors.push(FieldError::new(
                "form3_reasons",
                Problem::new("form-form3-reasons-missing"),
            ));
        }
        let explanation = explanation.trim();
        if explanation.is_empty() {
            errors.push(FieldError::new(
                "form3_explanation",
                Problem::new("form-form3-explanation-missing"),
            ));
        } else if explanation.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                "form3_explanation",
                Problem::new("form-too-long")
                    .label("what", "form-what-explanation")
                    .number("max", MAX_TEXT),
            ));
        } else if let Err(refusal) = check_multi_line(explanation) {
            errors.push(FieldError::new(
                "form3_explanation",
                refusal.problem("form-what-explanation"),
            ));
        }
        let foreign_law = foreign_law.trim();
        let conflict = reasons.contains(&NonExecutionReason::ConflictOfLaw);
        if conflict && foreign_law.is_empty() {
            errors.push(FieldError::new(
                "form3_foreign_law",
                Problem::new("form-form3-foreign-law-missing"),
            ));
        } else if foreign_law.chars().count() > MAX_TEXT {
            errors.push(FieldError::new(
                "form3_foreign_law",
                Problem::new("form-too-long")
                    .label("what", "form-what-foreign-law")
                    .number("max", MAX_TEXT),
            ));
        } else if let Err(refusal) = check_multi_line(foreign_law) {
            errors.push(FieldError::new(
                "form3_foreign_law",
                refusal.problem("form-what-foreign-law"),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Self {
            reasons,
            explanation: explanation.to_owned(),
            foreign_law: (conflict && !foreign_law.is_empty()).then(|| foreign_law.to_owned()),
        })
    }
}

/// How a Form 3 ends an order, or `None` when it cannot be answered now.
///
/// A production order is refused after its review, under the rules of any refusal
/// (`RequestEvent::Reject`, which the caller checks with `approval::may_decide`). A
/// preservation order is preserved at receipt without a review, so a Form 3 while it
/// preserves ends the preservation (`RequestEvent::Release`) and needs no review.
pub fn form3_ending(kind: RequestKind, status: RequestStatus) -> Option<RequestEvent> {
    match (kind, status) {
        (RequestKind::EuProductionOrder, RequestStatus::InReview) => Some(RequestEvent::Reject),
        (RequestKind::EuPreservationOrder, RequestStatus::Preserved | RequestStatus::Extended) => {
            Some(RequestEvent::Release)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NonExecutionReason::*;

    fn fields(result: Result<NonExecution, Vec<FieldError>>) -> Vec<&'static str> {
        result
            .err()
            .unwrap_or_default()
            .iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn an_answer_needs_a_reason_and_an_explanation() {
        assert_eq!(
            fields(NonExecution::check(&[], " ", "")),
            ["form3_reasons", "form3_explanation"]
        );
        let long = "x".repeat(MAX_TEXT + 1);
        assert_eq!(
            fields(NonExecution::check(&[DataNotHeld], &long, "")),
            ["form3_explanation"]
        );
    }

    #[test]
    fn a_conflict_of_laws_names_the_foreign_law() {
        assert_eq!(
            fields(NonExecution::check(
                &[ConflictOfLaw],
                "US law forbids it.",
                ""
            )),
            ["form3_foreign_law"]
        );
        let answer = NonExecution::check(
            &[ConflictOfLaw, DataNotHeld, ConflictOfLaw],
            " US law forbids disclosing content. ",
            "18 U.S.C. § 2702(a)",
        );
        assert_eq!(
            answer,
            Ok(NonExecution {
                reasons: vec![DataNotHeld, ConflictOfLaw],
                explanation: "US law forbids disclosing content.".into(),
                foreign_law: Some("18 U.S.C. § 2702(a)".into()),
            })
        );
    }

    #[test]
    fn a_foreign_law_without_a_conflict_is_not_kept() {
        let answer = NonExecution::check(&[DataNotHeld], "Deleted in 2024.", "irrelevant");
        assert_eq!(answer.map(|a| a.foreign_law), Ok(None));
    }

    #[test]
    fn reasons_round_trip() {
        for reason in NonExecutionReason::ALL {
            assert_eq!(NonExecutionReason::parse(reason.as_str()), Some(reason));
        }
        assert_eq!(NonExecutionReason::parse("bored"), None);
    }

    #[test]
    fn hostile_text_is_refused_by_field() {
        let errors = NonExecution::check(
            &[NonExecutionReason::ConflictOfLaw],
            "See the attachment\u{202e}fdp.exe",
            "US law\u{0}",
        )
        .err()
        .unwrap_or_default();
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["form3_explanation", "form3_foreign_law"]);
    }

    #[test]
    fn a_form3_refuses_a_reviewed_epoc_and_releases_a_preserving_epoc_pr() {
        use RequestKind::{EuPreservationOrder as Pr, EuProductionOrder as Epoc};
        assert_eq!(
            form3_ending(Epoc, RequestStatus::InReview),
            Some(RequestEvent::Reject)
        );
        assert_eq!(form3_ending(Epoc, RequestStatus::Submitted), None);
        assert_eq!(
            form3_ending(Pr, RequestStatus::Preserved),
            Some(RequestEvent::Release)
        );
        assert_eq!(
            form3_ending(Pr, RequestStatus::Extended),
            Some(RequestEvent::Release)
        );
        assert_eq!(form3_ending(Pr, RequestStatus::Fulfilled), None);
        assert_eq!(
            form3_ending(RequestKind::UserData, RequestStatus::InReview),
            None
        );
    }
}
