//! The certificate's fields of an EU order (EPOC, EPOC-PR) in the request form, both
//! ways: posted fields into an [`EuOrderDraft`], a draft into rows and choices for
//! `_eu_certificate_fields.html`.

use lers_domain::eu::certificate::MEMBER_STATES;
use lers_domain::eu::{Authority, EuDataCategory, EuOrderDraft, UserInformation};

use super::Choice;

fn authority_from(value: &dyn Fn(&str) -> String, prefix: &str) -> Authority {
    let field = |name: &str| value(&format!("{prefix}_{name}"));
    Authority {
        name: field("name"),
        member_state: field("member_state"),
        address: field("address"),
        contact_name: field("contact_name"),
        contact_phone: field("contact_phone"),
        contact_email: field("contact_email"),
        file_reference: field("file_reference"),
    }
}

/// Reads the certificate's fields (`eu_issuing_*`, `eu_validating_*`, `eu_cat_<category>`
/// boxes, `eu_user_information_term`/`_until`, …). Absent fields read as empty.
pub fn parse(pairs: &[(String, String)]) -> EuOrderDraft {
    let value = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let checked = |key: &str| pairs.iter().any(|(k, _)| k == key);
    let validating = authority_from(&value, "eu_validating");
    EuOrderDraft {
        issuing_authority: authority_from(&value, "eu_issuing"),
        validating_authority: (validating != Authority::default()).then_some(validating),
        emergency: checked("eu_emergency"),
        earlier_order: value("eu_earlier_order"),
        data_categories: EuDataCategory::ALL
            .into_iter()
            .filter(|c| checked(&format!("eu_cat_{}", c.as_str())))
            .collect(),
        offence: value("eu_offence"),
        user_information: match value("eu_user_information_term").as_str() {
            "delayed_until" => UserInformation::DelayedUntil {
                until: value("eu_user_information_until").trim().to_owned(),
            },
            "delayed_until_authority_lifts" => UserInformation::DelayedUntilAuthorityLifts,
            _ => UserInformation::NotRestricted,
        },
        enforcing_authority_notified: checked("eu_ea_notified"),
        enforcing_authority: value("eu_enforcing_authority"),
        enforcing_authority_email: value("eu_enforcing_authority_email"),
        delivery_instructions: value("eu_delivery_instructions"),
        information_for_enforcing_authority: value("eu_information_for_ea"),
        issued_on: value("eu_issued_on"),
    }
}

/// One authority's fieldset (section A, or the validating authority).
pub struct AuthorityView {
    /// Prefix of its fields' names (`eu_issuing`, `eu_validating`).
    pub prefix: &'static str,
    /// The field its problems are reported under.
    pub field: &'static str,
    /// The message id of its legend.
    pub legend: &'static str,
    pub authority: Authority,
    pub states: Vec<Choice>,
}

/// The certificate laid out for `_eu_certificate_fields.html`.
pub struct EuFormView {
    pub authorities: Vec<AuthorityView>,
    pub categories: Vec<Choice>,
    /// Section H: `not_restricted`, `delayed_until` or `delayed_until_authority_lifts`.
    pub user_information: Vec<Choice>,
    pub user_information_until: String,
}

fn authority_view(
    prefix: &'static str,
    field: &'static str,
    legend: &'static str,
    authority: Authority,
) -> AuthorityView {
    let states = MEMBER_STATES
        .iter()
        .map(|code| Choice {
            value: code,
            selected: authority.member_state.trim().eq_ignore_ascii_case(code),
        })
        .collect();
    AuthorityView {
        prefix,
        field,
        legend,
        authority,
        states,
    }
}

pub fn view(draft: &EuOrderDraft) -> EuFormView {
    let (term, until) = match &draft.user_information {
        UserInformation::NotRestricted => ("not_restricted", String::new()),
        UserInformation::DelayedUntil { until } => ("delayed_until", until.clone()),
        UserInformation::DelayedUntilAuthorityLifts => {
            ("delayed_until_authority_lifts", String::new())
        }
    };
    EuFormView {
        authorities: vec![
            authority_view(
                "eu_issuing",
                "eu_issuing_authority",
                "eu-section-a",
                draft.issuing_authority.clone(),
            ),
            authority_view(
                "eu_validating",
                "eu_validating_authority",
                "eu-section-validating",
                draft.validating_authority.clone().unwrap_or_default(),
            ),
        ],
        categories: EuDataCategory::ALL
            .into_iter()
            .map(|c| Choice {
                value: c.as_str(),
                selected: draft.data_categories.contains(&c),
            })
            .collect(),
        user_information: [
            "not_restricted",
            "delayed_until",
            "delayed_until_authority_lifts",
        ]
        .into_iter()
        .map(|value| Choice {
            value,
            selected: value == term,
        })
        .collect(),
        user_information_until: until,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn posted_certificate_fields_become_a_draft_and_back() {
        let draft = parse(&pairs(&[
            ("eu_issuing_name", "Staatsanwaltschaft Berlin"),
            ("eu_issuing_member_state", "de"),
            ("eu_emergency", "on"),
            ("eu_cat_traffic", "on"),
            ("eu_cat_content", "on"),
            ("eu_user_information_term", "delayed_until"),
            ("eu_user_information_until", " 2027-03-31 "),
            ("eu_ea_notified", "on"),
            ("eu_enforcing_authority", "Parquet de Paris"),
        ]));
        assert_eq!(draft.issuing_authority.name, "Staatsanwaltschaft Berlin");
        assert!(draft.emergency && draft.enforcing_authority_notified);
        assert_eq!(draft.validating_authority, None, "left empty");
        assert_eq!(
            draft.data_categories,
            [EuDataCategory::Traffic, EuDataCategory::Content]
        );
        assert_eq!(
            draft.user_information,
            UserInformation::DelayedUntil {
                until: "2027-03-31".into()
            }
        );
        let view = view(&draft);
        assert!(view.authorities[0]
            .states
            .iter()
            .any(|c| c.value == "DE" && c.selected));
        assert!(view
            .user_information
            .iter()
            .any(|c| c.value == "delayed_until" && c.selected));
        assert_eq!(
            view.categories.iter().filter(|c| c.selected).count(),
            2,
            "both boxes stay ticked"
        );
    }
}
