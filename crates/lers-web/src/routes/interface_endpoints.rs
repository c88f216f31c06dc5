//! The registry of HI-1 interface endpoints (admins): propose a registration, approve
//! another admin's proposal, disable an endpoint. Proposing and approving grant the
//! power to file orders, so each takes a fresh code.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use lers_app::{App, FormError};
use lers_domain::account::{FieldError, Role};
use lers_domain::clock::Timestamp;
use lers_domain::interface::EndpointInput;
use lers_store::EndpointRecord;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::{render, Chrome, Errors};

const PAGE: &str = "/staff/interface-endpoints";
const RESOURCE: &str = "interface endpoints";

pub fn routes() -> Router<App> {
    Router::new()
        .route(PAGE, get(page).post(propose))
        .route("/staff/interface-endpoints/{id}/approve", post(approve))
        .route("/staff/interface-endpoints/{id}/disable", post(disable))
}

#[derive(Template)]
#[template(path = "staff_interface_endpoints.html")]
pub struct EndpointsPage {
    pub chrome: Chrome,
    pub endpoints: Vec<EndpointRecord>,
    /// The signed-in admin (who cannot approve their own proposals).
    pub me: i64,
    pub form: EndpointForm,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EndpointForm {
    pub country: String,
    pub identifier: String,
    pub name: String,
    pub auth_kind: String,
    pub credential: String,
    pub notify_url: String,
    pub contact_email: String,
    /// `issuing` or `enforcing`.
    pub role: String,
    pub code: String,
}

impl EndpointForm {
    fn input(&self) -> EndpointInput {
        EndpointInput {
            country: self.country.clone(),
            identifier: self.identifier.clone(),
            name: self.name.clone(),
            auth_kind: self.auth_kind.clone(),
            credential: self.credential.clone(),
            notify_url: self.notify_url.clone(),
            contact_email: self.contact_email.clone(),
            role: self.role.clone(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// An approval: the code, and which proposal the page showed (its time).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApproveForm {
    code: String,
    proposed_at: i64,
}

async fn render_page(
    state: &App,
    who: &SignedIn,
    form: EndpointForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<EndpointsPage, WebError> {
    let endpoints = state
        .interface_endpoints(&who.session.account, &who.ctx(state))
        .await?;
    Ok(EndpointsPage {
        chrome: Chrome::new(&who.req, state),
        endpoints,
        me: who.session.account.id,
        form: EndpointForm {
            code: String::new(),
            ..form
        },
        errors: Errors::new(&who.req.tr, errors),
        notice,
    })
}

pub async fn page(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, RESOURCE).await?;
    let page = render_page(
        &state,
        &who,
        EndpointForm {
            auth_kind: "client_certificate".into(),
            role: "issuing".into(),
            ..EndpointForm::default()
        },
        Vec::new(),
        query.notice,
    )
    .await?;
    Ok(render(&page).into_response())
}

/// A wrong code, or problems with the fields, come back on the page with what was typed.
pub async fn propose(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<EndpointForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, RESOURCE).await?;
    let ctx = who.ctx(&state);
    let outcome = match state
        .confirm_step_up(&who.session, &form.code, "code", &ctx)
        .await
    {
        Ok(()) => {
            state
                .propose_interface_endpoint(&who.session.account, form.input(), &ctx)
                .await
        }
        Err(e) => Err(e),
    };
    let errors = match outcome {
        Ok(proposed) => {
            let notice = who.req.tr.with(
                "hi1-endpoint-proposed",
                &[("endpoint", proposed.identity.to_string())],
            );
            return Ok(with_notice(PAGE, &notice));
        }
        Err(FormError::Fields(errors)) => errors,
        Err(FormError::App(e)) => return Err(e.into()),
    };
    let page = render_page(&state, &who, form, errors, None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

pub async fn approve(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<ApproveForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, RESOURCE).await?;
    let ctx = who.ctx(&state);
    if let Some(refused) =
        super::approval_code_refused(&state, &who, &form.code, PAGE, "hi1-endpoint-code-refused")
            .await?
    {
        return Ok(refused);
    }
    let shown = Timestamp::from_unix_millis(form.proposed_at);
    let approved = state
        .approve_interface_endpoint(&who.session.account, id, shown, &ctx)
        .await?;
    let notice = who.req.tr.with(
        "hi1-endpoint-approved",
        &[("endpoint", approved.identity.to_string())],
    );
    Ok(with_notice(PAGE, &notice))
}

pub async fn disable(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, RESOURCE).await?;
    let disabled = state
        .disable_interface_endpoint(&who.session.account, id, &who.ctx(&state))
        .await?;
    let notice = who.req.tr.with(
        "hi1-endpoint-disabled",
        &[("endpoint", disabled.identity.to_string())],
    );
    Ok(with_notice(PAGE, &notice))
}
