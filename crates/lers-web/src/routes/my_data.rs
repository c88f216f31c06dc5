//! "My data" (what is held about the signed-in person, its ZIP export) and erasure
//! (a requester leaving; an admin removing a requester). The rules are in
//! `services::my_data`, `services::data_export` and `services::leaving`.

use askama::Template;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use lers_app::services::leaving::{ErasurePreview, LeaveForm};
use lers_app::services::my_data::{ExportDownloadRefusal, MyData};
use lers_app::{App, AppError, FormError};
use lers_domain::account::{AccountKind, Role};
use lers_domain::rights::{self, ExportState};
use lers_store::data_exports::DataExportRecord;
use lers_store::Account;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::{render, Chrome, Errors, NoticePage, Pager};

#[derive(Template)]
#[template(path = "my_data.html")]
pub struct MyDataPage {
    pub chrome: Chrome,
    pub d: MyData,
    pub pager: Pager,
    pub requester: bool,
    pub step_up_fresh: bool,
    pub now: lers_domain::clock::Timestamp,
    pub errors: Errors,
    pub notice: Option<String>,
}

impl MyDataPage {
    fn downloadable(&self, export: &DataExportRecord) -> bool {
        rights::download_problem(export.state, export.expires_at, self.now).is_none()
    }

    fn state_label(&self, export: &DataExportRecord) -> &'static str {
        match (export.state, self.downloadable(export)) {
            (ExportState::Building, _) => "mydata-state-building",
            (ExportState::Ready, true) => "mydata-state-ready",
            _ => "mydata-state-expired",
        }
    }
}

#[derive(Template)]
#[template(path = "account_leave.html")]
pub struct LeavePage {
    pub chrome: Chrome,
    pub email: String,
    pub preview: ErasurePreview,
    pub errors: Errors,
}

#[derive(Template)]
#[template(path = "account_erase.html")]
pub struct ErasePage {
    pub chrome: Chrome,
    pub account: Account,
    pub preview: ErasurePreview,
    pub errors: Errors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageQuery {
    page: i64,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

async fn page(
    state: &App,
    who: &SignedIn,
    audit_page: i64,
    errors: Errors,
    notice: Option<String>,
) -> Result<Response, WebError> {
    let d = state.my_data(&who.session.account, audit_page).await?;
    let now = state.clock.now();
    let failed = errors.any();
    let mut response = render(&MyDataPage {
        chrome: Chrome::new(&who.req, state),
        pager: Pager::new(d.audit_page, d.audit.total, "/account/data"),
        requester: who.session.account.kind == AccountKind::Requester,
        step_up_fresh: state.sessions.step_up_fresh(who.session.mfa_at, now),
        now,
        d,
        notice,
        errors,
    })
    .into_response();
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn show(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    page(&state, &who, query.page, Errors::default(), query.notice).await
}

pub async fn export(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    let ctx = who.ctx(&state);
    match state
        .request_data_export(&who.session, &form.code, &ctx)
        .await
    {
        Ok(_) => Ok(with_notice(
            "/account/data#export",
            &who.req.tr.get("mydata-export-asked"),
        )),
        Err(FormError::Fields(fields)) => {
            page(&state, &who, 1, Errors::new(&who.req.tr, fields), None).await
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

/// A fresh code unlocks downloads for the step-up window.
pub async fn confirm(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    let ctx = who.ctx(&state);
    match state
        .confirm_step_up(&who.session, &form.code, "code", &ctx)
        .await
    {
        Ok(()) => Ok(with_notice(
            "/account/data#export",
            &who.req.tr.get("mydata-unlocked"),
        )),
        Err(FormError::Fields(fields)) => {
            page(&state, &who, 1, Errors::new(&who.req.tr, fields), None).await
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

pub async fn download(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let ctx = who.ctx(&state);
    let download = match state.download_data_export(&who.session, &id, &ctx).await {
        Ok(download) => download,
        Err(ExportDownloadRefusal::StepUp) => {
            return Ok(with_notice(
                "/account/data#export",
                &who.req.tr.get("mydata-confirm-first"),
            ))
        }
        Err(ExportDownloadRefusal::App(e)) => return Err(e.into()),
    };
    let mut response = Response::new(Body::from_stream(download.body));
    let headers = response.headers_mut();
    let values = [
        (header::CONTENT_TYPE, "application/zip".to_owned()),
        (
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", download.name),
        ),
        (header::CONTENT_LENGTH, download.size.to_string()),
        (header::CACHE_CONTROL, "no-store".to_owned()),
    ];
    for (name, value) in values {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
    Ok(response)
}

// --- Leaving ----------------------------------------------------------------------

fn requester_only(who: &SignedIn) -> Result<(), WebError> {
    if who.session.account.kind == AccountKind::Requester {
        Ok(())
    } else {
        Err(AppError::NotFound.into())
    }
}

async fn leave_render(state: &App, who: &SignedIn, errors: Errors) -> Result<Response, WebError> {
    let failed = errors.any();
    let mut response = render(&LeavePage {
        chrome: Chrome::new(&who.req, state),
        email: who.session.account.email.clone(),
        preview: state.erasure_preview(&who.session.account).await?,
        errors,
    })
    .into_response();
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn leave_page(State(state): State<App>, who: SignedIn) -> Result<Response, WebError> {
    requester_only(&who)?;
    leave_render(&state, &who, Errors::default()).await
}

pub async fn leave_submit(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<LeaveForm>,
) -> Result<Response, WebError> {
    requester_only(&who)?;
    let ctx = who.ctx(&state);
    match state.leave(&who.session, form, &ctx).await {
        // The session is gone: the page is shown as to a visitor.
        Ok(_) => Ok(render(&NoticePage {
            chrome: Chrome::new(
                &crate::request::RequestInfo {
                    session: None,
                    ..who.req.clone()
                },
                &state,
            ),
            title: who.req.tr.get("leave-done-title"),
            message: who.req.tr.get("leave-done-text"),
            link: Some(("/".into(), who.req.tr.get("leave-done-home"))),
        })
        .into_response()),
        Err(FormError::Fields(fields)) => {
            leave_render(&state, &who, Errors::new(&who.req.tr, fields)).await
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

// --- An admin removes a requester ---------------------------------------------------

async fn erase_target(state: &App, who: &SignedIn, id: i64) -> Result<Account, WebError> {
    who.require_role(state, Role::Admin, "account erasure")
        .await?;
    let account = state.store.account(id).await?.ok_or(AppError::NotFound)?;
    if account.kind != AccountKind::Requester {
        // Staff accounts go to the recycle bin and are anonymised when purged.
        return Err(AppError::NotFound.into());
    }
    Ok(account)
}

async fn erase_render(
    state: &App,
    who: &SignedIn,
    account: Account,
    errors: Errors,
) -> Result<Response, WebError> {
    let failed = errors.any();
    let mut response = render(&ErasePage {
        chrome: Chrome::new(&who.req, state),
        preview: state.erasure_preview(&account).await?,
        account,
        errors,
    })
    .into_response();
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn erase_page(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let account = erase_target(&state, &who, id).await?;
    erase_render(&state, &who, account, Errors::default()).await
}

pub async fn erase_submit(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    let account = erase_target(&state, &who, id).await?;
    let ctx = who.ctx(&state);
    match state
        .remove_requester(&who.session, &account, &form.code, &ctx)
        .await
    {
        Ok(report) => Ok(with_notice(
            "/staff/accounts",
            &who.req
                .tr
                .with("erase-done", &[("pseudonym", report.erasure.pseudonym)]),
        )),
        Err(FormError::Fields(fields)) => {
            erase_render(&state, &who, account, Errors::new(&who.req.tr, fields)).await
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

/// The URLs of this module (merged into the application's router).
pub fn routes() -> axum::Router<App> {
    use axum::routing::{get, post};
    axum::Router::new()
        .route("/account/data", get(show))
        .route("/account/data/export", post(export))
        .route("/account/data/confirm", post(confirm))
        .route("/account/data/exports/{id}", get(download))
        .route("/account/leave", get(leave_page).post(leave_submit))
        .route(
            "/staff/accounts/{id}/erase",
            get(erase_page).post(erase_submit),
        )
}
