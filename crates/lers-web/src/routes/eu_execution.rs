//! Executing EU orders on the console (the enforcing authority's decision, Form 3,
//! the issuing authority lifting its restriction on user notice), the Form 3 PDF, and
//! the panels ([`EuPanel`]) that show where an order stands, to staff and requester.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use lers_app::App;
use lers_domain::account::Role;
use lers_domain::eu::enforcing::{holds_any, DECIDERS, NOTICE_LIFTERS};
use lers_domain::eu::non_execution::form3_ending;
use lers_store::RequestRecord;

use super::console::{failed, load, require_any};
use super::Empty;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::eu_panel::EuPanel;

/// The console's EU panel, with what the viewer may do.
pub(super) async fn console_panel(
    state: &App,
    who: &SignedIn,
    record: &RequestRecord,
) -> Result<Option<EuPanel>, WebError> {
    let Some(status) = state.eu_status(record).await? else {
        return Ok(None);
    };
    let decider = holds_any(&who.session.account, &DECIDERS);
    let mut panel = EuPanel::new(status);
    panel.can_record_ea = decider && panel.release != "not_held" && panel.decision.is_none();
    panel.can_answer_form3 = decider
        && panel.form3.is_none()
        && form3_ending(record.summary.kind, record.summary.status).is_some();
    panel.can_lift = holds_any(&who.session.account, &NOTICE_LIFTERS)
        && panel.user_information != "not_restricted";
    Ok(Some(panel))
}

/// The requester's view of the same order.
pub(super) async fn requester_panel(
    state: &App,
    record: &RequestRecord,
) -> Result<Option<EuPanel>, WebError> {
    Ok(state.eu_status(record).await?.map(EuPanel::new))
}

fn back(id: &str, notice: &str) -> Response {
    super::with_notice(&format!("/staff/requests/{id}#eu-order"), notice)
}

pub async fn record_ea_decision(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    require_any(&state, &who, &DECIDERS, "ea_decision").await?;
    let record = load(&state, &who, &id).await?;
    match state
        .record_ea_decision(&who.session, &record, &pairs, &who.ctx(&state), &who.req.tr)
        .await
    {
        Ok(_) => Ok(back(&id, &who.req.tr.get("eu-ea-decision-recorded"))),
        Err(e) => failed(&state, &who, &id, e).await,
    }
}

pub async fn answer_form3(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    require_any(&state, &who, &DECIDERS, "form3").await?;
    let record = load(&state, &who, &id).await?;
    match state
        .answer_form3(&who.session, &record, &pairs, &who.ctx(&state), &who.req.tr)
        .await
    {
        Ok(()) => Ok(back(&id, &who.req.tr.get("eu-form3-recorded"))),
        Err(e) => failed(&state, &who, &id, e).await,
    }
}

pub async fn lift_notice_restriction(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Reviewer, "eu_notice_lift")
        .await?;
    let record = load(&state, &who, &id).await?;
    // Lifting the restriction decides the targets' notices.
    super::console::sees_targets(&state, &who, &record.summary.id).await?;
    let scheduled = state
        .lift_eu_notice_restriction(&who.session, &record, &who.ctx(&state))
        .await?;
    Ok(back(
        &id,
        &who.req
            .tr
            .with("eu-notice-lifted", &[("count", scheduled.to_string())]),
    ))
}

fn pdf(record: &RequestRecord, bytes: Vec<u8>) -> Response {
    let reference = record.summary.reference.clone().unwrap_or_default();
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{reference}-form3.pdf\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

/// The Form 3 answer as a PDF, for staff.
pub async fn staff_form3_pdf(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let record = load(&state, &who, &id).await?;
    let bytes = state.form3_pdf(&record, &who.req.tr).await?;
    Ok(pdf(&record, bytes))
}

/// The Form 3 answer as a PDF, for the issuing authority (the requester) and colleagues.
pub async fn requester_form3_pdf(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let record = state.visible_request(&who.session.account, &id).await?;
    let bytes = state.form3_pdf(&record, &who.req.tr).await?;
    Ok(pdf(&record, bytes))
}
