//! Emergencies under suspicion: the agency directory (admins), lifting a suspension
//! after a failed call-back (admins), and a second staff member's confirmation of a
//! call-back (case staff).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use lers_app::services::emergencies::{check_agency, AgencyInput};
use lers_app::App;
use lers_app::AppError;
use lers_domain::account::{FieldError, Role};
use lers_domain::problem::Problem;
use lers_store::emergencies::Agency;
use lers_store::StoreError;
use serde::Deserialize;

use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::{render, Chrome, Errors, Pager};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/staff/agencies", get(agencies).post(add_agency))
        .route("/staff/agencies/{id}", get(agency).post(edit_agency))
        .route("/staff/agencies/{id}/enabled", post(set_enabled))
        .route(
            "/staff/accounts/{id}/lift-suspension",
            post(lift_suspension),
        )
        .route(
            "/staff/requests/{id}/callbacks/{callback}/confirm",
            post(confirm_callback),
        )
}

#[derive(Template)]
#[template(path = "staff_agencies.html")]
pub struct AgenciesPage {
    pub chrome: Chrome,
    pub agencies: Vec<Agency>,
    pub search: String,
    pub pager: Pager,
    pub form: AgencyForm,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Template)]
#[template(path = "staff_agency.html")]
pub struct AgencyPage {
    pub chrome: Chrome,
    pub agency: Agency,
    pub form: AgencyForm,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AgencyForm {
    pub name: String,
    pub country: String,
    pub domains: String,
    pub switchboard: String,
    pub time_zone: String,
    pub source: String,
    pub verified_on: String,
}

impl AgencyForm {
    fn input(&self) -> AgencyInput {
        AgencyInput {
            name: self.name.clone(),
            country: self.country.clone(),
            domains: self.domains.clone(),
            switchboard: self.switchboard.clone(),
            time_zone: self.time_zone.clone(),
            source: self.source.clone(),
            verified_on: self.verified_on.clone(),
        }
    }

    fn of(agency: &Agency) -> Self {
        Self {
            name: agency.name.clone(),
            country: agency.country.clone(),
            domains: agency.domains.join(", "),
            switchboard: agency.switchboard.clone(),
            time_zone: agency.time_zone.clone(),
            source: agency.source.clone(),
            verified_on: agency.verified_on.clone(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    page: Option<i64>,
    notice: Option<String>,
}

async fn agencies_page(
    state: &App,
    who: &SignedIn,
    query: ListQuery,
    form: AgencyForm,
    errors: Errors,
) -> Result<AgenciesPage, WebError> {
    let page = query.page.unwrap_or(1);
    let found = state
        .store
        .agencies(&query.q, Pager::PAGE_SIZE, Pager::offset(page))
        .await?;
    let base = format!(
        "/staff/agencies?q={}",
        form_urlencoded::byte_serialize(query.q.as_bytes()).collect::<String>()
    );
    Ok(AgenciesPage {
        chrome: Chrome::new(&who.req, state),
        agencies: found.items,
        search: query.q,
        pager: Pager::new(page, found.total, &base),
        form,
        errors,
        notice: query.notice,
    })
}

pub async fn agencies(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "agencies").await?;
    let page = agencies_page(
        &state,
        &who,
        query,
        AgencyForm::default(),
        Errors::default(),
    )
    .await?;
    Ok(render(&page).into_response())
}

fn conflict_field(error: StoreError) -> Result<Vec<FieldError>, WebError> {
    match error.problem() {
        Some(problem) => Ok(vec![FieldError::new("domains", problem)]),
        None => Err(error.into()),
    }
}

pub async fn add_agency(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<AgencyForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "agencies").await?;
    let errors = match check_agency(&form.input()) {
        Ok(agency) => match state
            .store
            .save_agency(None, &agency, &who.ctx(&state))
            .await
        {
            Ok(saved) => {
                let notice = who.req.tr.with("agency-saved", &[("name", saved.name)]);
                return Ok(super::with_notice("/staff/agencies", &notice));
            }
            Err(e) => conflict_field(e)?,
        },
        Err(errors) => errors,
    };
    let page = agencies_page(
        &state,
        &who,
        ListQuery::default(),
        form,
        Errors::new(&who.req.tr, errors),
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

pub async fn agency(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "agencies").await?;
    let agency = state.store.agency(id).await?.ok_or(AppError::NotFound)?;
    Ok(render(&AgencyPage {
        chrome: Chrome::new(&who.req, &state),
        form: AgencyForm::of(&agency),
        agency,
        errors: Errors::default(),
        notice: query.notice,
    })
    .into_response())
}

pub async fn edit_agency(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AgencyForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "agencies").await?;
    let agency = state.store.agency(id).await?.ok_or(AppError::NotFound)?;
    let errors = match check_agency(&form.input()) {
        Ok(checked) => match state
            .store
            .save_agency(Some(id), &checked, &who.ctx(&state))
            .await
        {
            Ok(saved) => {
                let notice = who.req.tr.with("agency-saved", &[("name", saved.name)]);
                return Ok(super::with_notice(
                    &format!("/staff/agencies/{id}"),
                    &notice,
                ));
            }
            Err(e) => conflict_field(e)?,
        },
        Err(errors) => errors,
    };
    let page = AgencyPage {
        chrome: Chrome::new(&who.req, &state),
        agency,
        form,
        errors: Errors::new(&who.req.tr, errors),
        notice: None,
    };
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EnabledForm {
    enabled: String,
}

pub async fn set_enabled(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<EnabledForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "agencies").await?;
    let enabled = form.enabled == "1";
    let agency = state
        .store
        .set_agency_enabled(id, enabled, &who.ctx(&state))
        .await?;
    let key = if enabled {
        "agency-enabled"
    } else {
        "agency-disabled"
    };
    let notice = who.req.tr.with(key, &[("name", agency.name)]);
    Ok(super::with_notice("/staff/agencies", &notice))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LiftForm {
    note: String,
}

pub async fn lift_suspension(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<LiftForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "lift suspension")
        .await?;
    let note = form.note.trim();
    if note.is_empty() || note.chars().count() > 2_000 || note.chars().any(char::is_control) {
        return Err(AppError::invalid(Problem::new("suspension-note-needed")).into());
    }
    state
        .store
        .lift_suspension(id, &who.session.account, note, &who.ctx(&state))
        .await?;
    Ok(super::with_notice(
        &format!("/staff/accounts#account-{id}"),
        &who.req.tr.get("suspension-lifted"),
    ))
}

pub async fn confirm_callback(
    State(state): State<App>,
    who: SignedIn,
    Path((id, callback)): Path<(String, i64)>,
    CsrfForm(_): CsrfForm<super::Empty>,
) -> Result<Response, WebError> {
    let account = &who.session.account;
    if ![Role::Intake, Role::Reviewer, Role::Approver]
        .iter()
        .any(|r| account.roles.contains(*r))
    {
        who.require_role(&state, Role::Approver, "confirm call-back")
            .await?;
    }
    let record = super::console::load(&state, &who, &id).await?;
    state
        .store
        .confirm_callback(&record.summary, callback, account, &who.ctx(&state))
        .await?;
    Ok(super::with_notice(
        &format!("/staff/requests/{id}"),
        &who.req.tr.get("callback-second-recorded"),
    ))
}
