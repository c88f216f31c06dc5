//! EU orders (EPOC, EPOC-PR) on the pages: the certificate's fields of the request
//! form both ways (posted fields into an [`EuOrderDraft`], a draft into choices), the
//! clocks panel of the case pages, and the Form 5 / Form 6 buttons behind it.

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use lers_app::services::eu_orders::{parse_form, EuClockView, FORM_ROLES};
use lers_app::{App, AppError};
use lers_domain::eu::certificate::MEMBER_STATES;
use lers_domain::eu::{Authority, EuDataCategory, EuOrderDraft, UserInformation};
use lers_domain::request::RequestChannel;
use lers_store::RequestRecord;
use serde::Deserialize;

use super::request_form::Choice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/requests/{id}/eu-form", post(requester_form))
        .route("/staff/requests/{id}/eu-form", post(staff_form))
}

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

/// The clocks panel of a case page, with where its Form 5 / 6 buttons post (none if
/// the viewer may not record them).
pub struct EuPanel {
    pub clocks: EuClockView,
    pub action: Option<String>,
}

/// The panel on the requester's page; the owner of an order filed on the portal or
/// through the API may send Form 5 / 6 from it.
pub async fn requester_panel(
    state: &App,
    record: &RequestRecord,
    owner: bool,
) -> Result<Option<EuPanel>, WebError> {
    let summary = &record.summary;
    let online = matches!(
        summary.channel,
        RequestChannel::Portal | RequestChannel::Api
    );
    Ok(state.eu_clocks(summary).await?.map(|clocks| EuPanel {
        clocks,
        action: (owner && online).then(|| format!("/requests/{}/eu-form", summary.id)),
    }))
}

/// The panel on the console's case page; the response team records Form 5 / 6
/// received on paper or through the EU IT system from it.
pub async fn staff_panel(
    state: &App,
    who: &SignedIn,
    record: &RequestRecord,
) -> Result<Option<EuPanel>, WebError> {
    let account = &who.session.account;
    let may = FORM_ROLES.iter().any(|r| account.roles.contains(*r));
    let summary = &record.summary;
    Ok(state.eu_clocks(summary).await?.map(|clocks| EuPanel {
        clocks,
        action: may.then(|| format!("/staff/requests/{}/eu-form", summary.id)),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FormChoice {
    form: String,
}

fn form_of(choice: &FormChoice) -> Result<lers_store::EuForm, WebError> {
    parse_form(&choice.form)
        .ok_or_else(|| AppError::BadRequest("choose Form 5 or Form 6".into()).into())
}

fn recorded(tr: &lers_app::i18n::Tr, path: &str, form: &str) -> Response {
    super::with_notice(path, &tr.get(&format!("eu-{form}-recorded")))
}

/// The response team records a Form 5 or 6 received on paper or through the EU IT
/// system.
pub async fn staff_form(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(choice): CsrfForm<FormChoice>,
) -> Result<Response, WebError> {
    let form = form_of(&choice)?;
    state
        .record_eu_form_as_staff(&who.session.account, &id, form, &who.ctx(&state))
        .await?;
    Ok(recorded(
        &who.req.tr,
        &format!("/staff/requests/{id}"),
        &choice.form,
    ))
}

/// The issuing official sends a Form 5 or 6 on their own request's page.
pub async fn requester_form(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(choice): CsrfForm<FormChoice>,
) -> Result<Response, WebError> {
    if who.is_staff() {
        return Err(AppError::NotFound.into());
    }
    let form = form_of(&choice)?;
    state
        .record_eu_form_as_requester(&who.session.account, &id, form, &who.ctx(&state))
        .await?;
    Ok(recorded(
        &who.req.tr,
        &format!("/requests/{id}"),
        &choice.form,
    ))
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
