//! EU orders (EPOC, EPOC-PR) on the case pages: the clocks panel and the Form 5 /
//! Form 6 buttons behind it. (The certificate's form fields are `request_form::eu`.)

use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use axum::Router;
use lers_app::services::eu_orders::{parse_form, EuPanel, FORM_ROLES};
use lers_app::{App, AppError};
use lers_domain::problem::Problem;
use lers_domain::request::RequestChannel;
use lers_store::RequestRecord;
use serde::Deserialize;

use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/requests/{id}/eu-form", post(requester_form))
        .route("/staff/requests/{id}/eu-form", post(staff_form))
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
        .ok_or_else(|| AppError::invalid(Problem::new("form-choose-eu-form")).into())
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
