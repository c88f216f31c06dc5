//! An email refusal as a form problem, said in the officer's language (issue 17):
//! the `Display` text stays English for logs and the command line.

use super::EmailRefusal;
use crate::problem::Problem;

impl EmailRefusal {
    pub fn problem(self) -> Problem {
        Problem::new(match self {
            Self::Empty => "form-email-empty",
            Self::MissingAt => "form-email-missing-at",
            Self::TooManyAt => "form-email-too-many-at",
            Self::Quoted => "form-email-quoted",
            Self::Comment => "form-email-comment",
            Self::Whitespace => "form-email-whitespace",
            Self::NonAscii => "form-email-non-ascii",
            Self::Punycode => "form-email-punycode",
            Self::TrailingDot => "form-email-trailing-dot",
            Self::DomainLiteral => "form-email-domain-literal",
            Self::DomainEmpty => "form-email-domain-empty",
            Self::DomainEmptyLabel => "form-email-domain-empty-label",
            Self::DomainCharacter => "form-email-domain-character",
            Self::DomainLabelHyphen => "form-email-domain-label-hyphen",
            Self::DomainLabelTooLong => "form-email-domain-label-too-long",
            Self::DomainTooLong => "form-email-domain-too-long",
            Self::SingleLabelDomain => "form-email-single-label",
            Self::NumericTld => "form-email-numeric-tld",
            Self::LocalPartEmpty => "form-email-local-empty",
            Self::LocalPartTooLong => "form-email-local-too-long",
            Self::LocalPartDots => "form-email-local-dots",
            Self::LocalPartCharacter => "form-email-local-character",
            Self::TooLong => "form-email-too-long",
        })
    }
}
