//! Legal review: the checklist every reviewer answers before a decision (DESIGN §2,
//! "the challenge criteria"), what the answers suggest, and the decisions themselves.

use serde::{Deserialize, Serialize};

use crate::account::FieldError;
use crate::problem::Problem;

/// The questions of the review checklist, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// Overbroad or vague.
    Overbroad,
    /// No legal basis in the requesting jurisdiction.
    NoLegalBasis,
    /// Does not serve the bona fide detection or prevention of crime.
    NotBonaFide,
    /// Asks about persons outside the authority's jurisdiction.
    OutsideJurisdiction,
    /// Comes from an entity not authorised to make it.
    UnauthorisedRequester,
    /// Carries a non-disclosure order with no end date.
    IndefiniteNondisclosure,
    /// Improperly served or otherwise defective.
    Defective,
    /// Concerns data of an enterprise or public-sector customer (the controller), who
    /// should be asked instead.
    EnterpriseCustomer,
    /// Asks for content of end-to-end-encrypted meetings, which the provider cannot
    /// decrypt.
    EncryptedContent,
}

impl Criterion {
    pub const ALL: [Criterion; 9] = [
        Self::Overbroad,
        Self::NoLegalBasis,
        Self::NotBonaFide,
        Self::OutsideJurisdiction,
        Self::UnauthorisedRequester,
        Self::IndefiniteNondisclosure,
        Self::Defective,
        Self::EnterpriseCustomer,
        Self::EncryptedContent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Overbroad => "overbroad",
            Self::NoLegalBasis => "no_legal_basis",
            Self::NotBonaFide => "not_bona_fide",
            Self::OutsideJurisdiction => "outside_jurisdiction",
            Self::UnauthorisedRequester => "unauthorised_requester",
            Self::IndefiniteNondisclosure => "indefinite_nondisclosure",
            Self::Defective => "defective",
            Self::EnterpriseCustomer => "enterprise_customer",
            Self::EncryptedContent => "encrypted_content",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// What a problem with this criterion suggests. Problems that can be cured by a
    /// narrower or corrected request are challenged; ones that cannot are rejected.
    fn outcome_if_problem(self) -> Outcome {
        match self {
            Self::NoLegalBasis | Self::NotBonaFide | Self::UnauthorisedRequester => Outcome::Reject,
            _ => Outcome::Challenge,
        }
    }
}

/// The reviewer's answer to one criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Answer {
    pub criterion: Criterion,
    /// `true` when the reviewer found a problem.
    pub problem: bool,
    pub note: String,
}

/// What the answers point to. The decision is still a person's.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Proceed,
    Challenge,
    Reject,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proceed => "proceed",
            Self::Challenge => "challenge",
            Self::Reject => "reject",
        }
    }
}

/// A complete checklist: every criterion answered, each problem explained.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Checklist {
    pub answers: Vec<Answer>,
}

impl Checklist {
    /// Checks that every criterion has exactly one answer and every problem a note.
    pub fn complete(answers: Vec<Answer>) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        for criterion in Criterion::ALL {
            let given: Vec<&Answer> = answers
                .iter()
                .filter(|a| a.criterion == criterion)
                .collect();
            match given.as_slice() {
                [] => errors.push(FieldError::new(
                    criterion.as_str(),
                    Problem::new("form-review-unanswered"),
                )),
                [answer] if answer.problem && answer.note.trim().is_empty() => errors.push(
                    FieldError::new(criterion.as_str(), Problem::new("form-review-note-needed")),
                ),
                [_] => {}
                _ => errors.push(FieldError::new(
                    criterion.as_str(),
                    Problem::new("form-review-answered-twice"),
                )),
            }
        }
        if errors.is_empty() {
            let mut answers = answers;
            answers.sort_by_key(|a| Criterion::ALL.iter().position(|c| *c == a.criterion));
            Ok(Self { answers })
        } else {
            Err(errors)
        }
    }

    /// Reject if any problem is fatal, challenge if any is curable, else proceed.
    pub fn suggestion(&self) -> Outcome {
        self.answers
            .iter()
            .filter(|a| a.problem)
            .map(|a| a.criterion.outcome_if_problem())
            .max()
            .unwrap_or(Outcome::Proceed)
    }

    pub fn problems(&self) -> impl Iterator<Item = &Answer> {
        self.answers.iter().filter(|a| a.problem)
    }
}

/// Reasons for rejecting or challenging a request, shown to the requester.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionReason {
    Overbroad,
    NoLegalBasis,
    NotBonaFide,
    OutsideJurisdiction,
    UnauthorisedRequester,
    IndefiniteNondisclosure,
    Defective,
    RedirectToCustomer,
    NoDataHeld,
    EncryptedContent,
}

impl DecisionReason {
    pub const ALL: [DecisionReason; 10] = [
        Self::Overbroad,
        Self::NoLegalBasis,
        Self::NotBonaFide,
        Self::OutsideJurisdiction,
        Self::UnauthorisedRequester,
        Self::IndefiniteNondisclosure,
        Self::Defective,
        Self::RedirectToCustomer,
        Self::NoDataHeld,
        Self::EncryptedContent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Overbroad => "overbroad",
            Self::NoLegalBasis => "no_legal_basis",
            Self::NotBonaFide => "not_bona_fide",
            Self::OutsideJurisdiction => "outside_jurisdiction",
            Self::UnauthorisedRequester => "unauthorised_requester",
            Self::IndefiniteNondisclosure => "indefinite_nondisclosure",
            Self::Defective => "defective",
            Self::RedirectToCustomer => "redirect_to_customer",
            Self::NoDataHeld => "no_data_held",
            Self::EncryptedContent => "encrypted_content",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

/// For a partial approval: what may be produced, per target and data category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Scope {
    /// Normalised targets approved for production.
    pub targets: Vec<String>,
    /// Data categories approved for production.
    pub categories: Vec<crate::request::DataCategory>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_fine() -> Vec<Answer> {
        Criterion::ALL
            .iter()
            .map(|c| Answer {
                criterion: *c,
                problem: false,
                note: String::new(),
            })
            .collect()
    }

    #[test]
    fn an_unanswered_question_blocks_the_checklist() {
        let mut answers = all_fine();
        answers.pop();
        let errors = Checklist::complete(answers).err().unwrap_or_default();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            ["encrypted_content"]
        );
    }

    #[test]
    fn problems_need_notes_and_steer_the_suggestion() -> Result<(), Vec<FieldError>> {
        assert_eq!(
            Checklist::complete(all_fine())?.suggestion(),
            Outcome::Proceed
        );
        let mut answers = all_fine();
        answers[0].problem = true;
        assert!(
            Checklist::complete(answers.clone()).is_err(),
            "a problem needs a note"
        );
        answers[0].note = "Asks for two years of all logs.".into();
        assert_eq!(
            Checklist::complete(answers.clone())?.suggestion(),
            Outcome::Challenge
        );
        answers[1].problem = true;
        answers[1].note = "No statute authorises this in the requesting state.".into();
        assert_eq!(Checklist::complete(answers)?.suggestion(), Outcome::Reject);
        Ok(())
    }
}
