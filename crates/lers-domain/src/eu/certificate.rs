//! What an EPOC (Annex I) or EPOC-PR (Annex II) certificate says, section by section,
//! as far as the provider acts on it. The account identifiers of section E are the
//! request's targets; the deadlines of section C are computed by [`super::clocks`].

use serde::{Deserialize, Serialize};

use crate::request::DataCategory;

/// The Regulation's data categories (Art 3(9)–(12), section F).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EuDataCategory {
    Subscriber,
    /// Data requested for the sole purpose of identifying the user.
    IdentificationOnly,
    Traffic,
    Content,
}

impl EuDataCategory {
    pub const ALL: [EuDataCategory; 4] = [
        Self::Subscriber,
        Self::IdentificationOnly,
        Self::Traffic,
        Self::Content,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Subscriber => "subscriber",
            Self::IdentificationOnly => "identification_only",
            Self::Traffic => "traffic",
            Self::Content => "content",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// The provider's own categories this one covers, so that review, productions and
    /// the transparency report treat an EU order like any other request.
    pub fn general(self) -> &'static [DataCategory] {
        match self {
            Self::Subscriber | Self::IdentificationOnly => &[DataCategory::SubscriberInfo],
            Self::Traffic => &[DataCategory::ConnectionLogs, DataCategory::MeetingMetadata],
            Self::Content => &[DataCategory::Content],
        }
    }
}

/// An issuing or validating authority (sections A, I and J).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Authority {
    pub name: String,
    /// ISO 3166-1 alpha-2 code of an EU member state.
    pub member_state: String,
    pub address: String,
    /// Who signed for the authority, and how to reach them.
    pub contact_name: String,
    pub contact_phone: String,
    pub contact_email: String,
    /// The authority's own file number.
    pub file_reference: String,
}

/// Whether the provider may inform the user (section H). Under Art 13 informing the
/// user is the issuing authority's task; the provider must not inform while the
/// authority asks it not to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "term", rename_all = "snake_case")]
pub enum UserInformation {
    /// No restriction: the provider follows its own notice policy.
    #[default]
    NotRestricted,
    /// Not before the end of this day (`YYYY-MM-DD`).
    DelayedUntil { until: String },
    /// Not until the issuing authority says so.
    DelayedUntilAuthorityLifts,
}

/// The certificate's fields as typed into a form or an API call; any may be empty in
/// a draft. Checked by [`crate::request::RequestDraft::validate`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct EuOrderDraft {
    pub issuing_authority: Authority,
    /// Required when the issuing authority is not a judge, court or investigating judge
    /// (Art 4): the validating authority.
    pub validating_authority: Option<Authority>,
    /// Section B: an emergency case (imminent threat to life, physical integrity or
    /// safety, or to critical infrastructure).
    pub emergency: bool,
    /// Section D: the reference or identifier of an earlier EPOC or EPOC-PR.
    pub earlier_order: String,
    pub data_categories: Vec<EuDataCategory>,
    /// Section G: the offence and the legal basis for issuing.
    pub offence: String,
    pub user_information: UserInformation,
    /// Section K: whether the enforcing authority was notified, and which.
    pub enforcing_authority_notified: bool,
    pub enforcing_authority: String,
    /// Where a Form 3 answer to the enforcing authority goes.
    pub enforcing_authority_email: String,
    /// Section L: where and how the data is to be sent.
    pub delivery_instructions: String,
    /// Section M: information for the enforcing authority.
    pub information_for_enforcing_authority: String,
    /// When the certificate was signed, `YYYY-MM-DD`.
    pub issued_on: String,
}

/// A checked certificate, stored with the submitted request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EuOrder {
    pub issuing_authority: Authority,
    pub validating_authority: Option<Authority>,
    pub emergency: bool,
    pub earlier_order: Option<String>,
    pub data_categories: Vec<EuDataCategory>,
    pub offence: String,
    pub user_information: UserInformation,
    /// The enforcing authority that was notified, if one was (section K).
    pub enforcing_authority: Option<String>,
    #[serde(default)]
    pub enforcing_authority_email: Option<String>,
    pub delivery_instructions: String,
    pub information_for_enforcing_authority: String,
    pub issued_on: String,
}

impl EuOrder {
    /// The issuing member state, by which the transparency report counts EU orders.
    pub fn issuing_member_state(&self) -> &str {
        &self.issuing_authority.member_state
    }

    /// The issuing authority, then the validating authority if there is one.
    pub fn authorities(&self) -> Vec<&Authority> {
        std::iter::once(&self.issuing_authority)
            .chain(self.validating_authority.as_ref())
            .collect()
    }

    pub fn enforcing_authority_notified(&self) -> bool {
        self.enforcing_authority.is_some()
    }

    /// The provider's own data categories the certificate asks for.
    pub fn general_categories(&self) -> Vec<DataCategory> {
        let mut categories: Vec<DataCategory> = self
            .data_categories
            .iter()
            .flat_map(|c| c.general().iter().copied())
            .collect();
        categories.sort();
        categories.dedup();
        categories
    }
}

/// The EU and EEA-EU member states bound by the Regulation (Denmark is not).
pub const MEMBER_STATES: [&str; 26] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
    "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

pub fn is_member_state(code: &str) -> bool {
    MEMBER_STATES.contains(&code)
}
