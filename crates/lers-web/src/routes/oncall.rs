//! On-call (issue 18 §1, §2): admins manage rotas, reviewers and approvers their own
//! alert webhooks (`/staff/oncall`); an alert's page (`/staff/alerts/{id}`, the link
//! in every page mail) and the console acknowledge it. The use cases check roles;
//! the store audits every change.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use lers_app::services::webhooks::WebhookForm;
use lers_app::{App, AppError, FormError};
use lers_domain::account::{Account, Role};
use lers_domain::alerts::rota::{Rota, RotaDraft, WEEKDAYS};
use lers_store::alerts::Acknowledged;
use lers_store::webhooks::Webhook;
use serde::Deserialize;

use super::with_notice;
use crate::alert_panel::{responder, AlertPanel};
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

const PAGE: &str = "/staff/oncall";

/// A rota as listed, with the names of its people.
pub struct RotaRow {
    pub rota: Rota,
    pub days: String,
    pub starts: String,
    pub ends: String,
    pub primary: String,
    pub second: String,
}

#[derive(Template)]
#[template(path = "staff_oncall.html")]
pub struct OncallPage {
    pub chrome: Chrome,
    pub notice: Option<String>,
    /// A new webhook's signing secret, shown once.
    pub secret: Option<String>,
    pub admin: bool,
    pub responder: bool,
    pub rotas: Vec<RotaRow>,
    /// Active reviewers and approvers (id, name).
    pub responders: Vec<(i64, String)>,
    pub weekdays: Vec<&'static str>,
    pub webhooks: Vec<Webhook>,
}

#[derive(Template)]
#[template(path = "staff_alert.html")]
pub struct AlertPage {
    pub chrome: Chrome,
    pub notice: Option<String>,
    pub oncall: Option<AlertPanel>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

async fn names(state: &App) -> Result<Vec<Account>, WebError> {
    Ok(state.store.active_staff().await?)
}

fn name_of(staff: &[Account], id: Option<i64>) -> String {
    id.and_then(|id| staff.iter().find(|a| a.id == id))
        .map(|a| a.name.clone())
        .unwrap_or_default()
}

pub async fn page(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    Ok(render(&oncall_page(&state, &who, query.notice, None).await?).into_response())
}

/// The on-call page; `secret` is a new webhook's signing secret, shown once in the
/// answer to the form that made it (never in a URL).
async fn oncall_page(
    state: &App,
    who: &SignedIn,
    notice: Option<String>,
    secret: Option<String>,
) -> Result<OncallPage, WebError> {
    let me = &who.session.account;
    let admin = me.roles.contains(Role::Admin);
    if !admin && !responder(me) {
        who.require_role(state, Role::Admin, "oncall").await?;
    }
    let staff = names(state).await?;
    let rotas = if admin {
        state
            .rotas(me)
            .await?
            .into_iter()
            .map(|rota| RotaRow {
                days: rota
                    .day_codes()
                    .iter()
                    .map(|d| who.req.tr.label("rota-day", d))
                    .collect::<Vec<_>>()
                    .join(", "),
                starts: Rota::clock_time(rota.start_minute),
                ends: Rota::clock_time(rota.end_minute),
                primary: name_of(&staff, Some(rota.primary)),
                second: name_of(&staff, rota.second),
                rota,
            })
            .collect()
    } else {
        Vec::new()
    };
    let webhooks = if responder(me) {
        state.oncall_webhooks(me).await?
    } else {
        Vec::new()
    };
    Ok(OncallPage {
        chrome: Chrome::new(&who.req, state),
        notice,
        secret,
        admin,
        responder: responder(me),
        rotas,
        responders: staff
            .iter()
            .filter(|a| responder(a))
            .map(|a| (a.id, a.name.clone()))
            .collect(),
        weekdays: WEEKDAYS.to_vec(),
        webhooks,
    })
}

/// A refused form comes back as a notice naming every problem.
fn refused(to: &str, who: &SignedIn, error: FormError) -> Result<Response, WebError> {
    match error {
        FormError::Fields(fields) => {
            let reasons = fields
                .iter()
                .map(|f| who.req.tr.problem(&f.problem))
                .collect::<Vec<_>>()
                .join(" ");
            Ok(with_notice(
                to,
                &who.req.tr.with("oncall-refused", &[("reason", reasons)]),
            ))
        }
        FormError::App(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RotaForm {
    name: String,
    time_zone: String,
    day_mon: Option<String>,
    day_tue: Option<String>,
    day_wed: Option<String>,
    day_thu: Option<String>,
    day_fri: Option<String>,
    day_sat: Option<String>,
    day_sun: Option<String>,
    starts: String,
    ends: String,
    regions: String,
    primary: String,
    second: String,
}

impl RotaForm {
    fn draft(&self) -> RotaDraft {
        let ticked = [
            &self.day_mon,
            &self.day_tue,
            &self.day_wed,
            &self.day_thu,
            &self.day_fri,
            &self.day_sat,
            &self.day_sun,
        ];
        RotaDraft {
            name: self.name.clone(),
            time_zone: self.time_zone.clone(),
            days: WEEKDAYS
                .iter()
                .zip(ticked)
                .filter(|(_, on)| on.is_some())
                .map(|(day, _)| (*day).to_owned())
                .collect(),
            starts: self.starts.clone(),
            ends: self.ends.clone(),
            regions: self.regions.clone(),
            primary: self.primary.trim().parse().ok(),
            second: self.second.trim().parse().ok(),
        }
    }
}

pub async fn add_rota(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<RotaForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "oncall_rota").await?;
    let saved = state
        .save_rota(&who.session.account, 0, &form.draft(), &who.ctx(&state))
        .await;
    match saved {
        Ok(_) => Ok(with_notice(PAGE, &who.req.tr.get("rota-saved"))),
        Err(e) => refused(PAGE, &who, e),
    }
}

pub async fn delete_rota(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_form): CsrfForm<NoticeQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "oncall_rota").await?;
    state
        .delete_rota(&who.session.account, id, &who.ctx(&state))
        .await?;
    Ok(with_notice(PAGE, &who.req.tr.get("rota-deleted")))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HookForm {
    format: String,
    url: String,
    key: String,
}

pub async fn add_webhook(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<HookForm>,
) -> Result<Response, WebError> {
    let added = state
        .add_oncall_webhook(
            &who.session.account,
            &WebhookForm {
                format: form.format,
                url: form.url,
                key: form.key,
            },
            &who.ctx(&state),
        )
        .await;
    match added {
        Ok(Some(secret)) => {
            let page = oncall_page(&state, &who, None, Some(secret)).await?;
            Ok(([(header::CACHE_CONTROL, "no-store")], render(&page)).into_response())
        }
        Ok(None) => Ok(with_notice(PAGE, &who.req.tr.get("webhook-added"))),
        Err(e) => refused(PAGE, &who, e),
    }
}

pub async fn delete_webhook(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_form): CsrfForm<NoticeQuery>,
) -> Result<Response, WebError> {
    state
        .remove_webhook(&who.session.account, id, &who.ctx(&state))
        .await?;
    Ok(with_notice(PAGE, &who.req.tr.get("webhook-removed")))
}

/// The page the mailed link opens (sign-in required; reviewers and approvers).
pub async fn alert_page(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    let alert = match state
        .alert_for(&who.session.account, id, &who.ctx(&state))
        .await
    {
        Err(AppError::Forbidden) => {
            who.require_role(&state, Role::Approver, "oncall_alert")
                .await?;
            return Err(AppError::Forbidden.into());
        }
        other => other?,
    };
    let panel = AlertPanel::build(&state, &who.session.account, alert, "alert").await?;
    Ok(render(&AlertPage {
        chrome: Chrome::new(&who.req, &state),
        notice: query.notice,
        oncall: Some(panel),
    })
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AckForm {
    /// Where to come back to: the alert's page or the case's console page.
    back: String,
}

/// Acknowledges an alert; acknowledging twice is harmless and says who was first.
pub async fn acknowledge(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AckForm>,
) -> Result<Response, WebError> {
    let done = state
        .acknowledge_alert(&who.session.account, id, &who.ctx(&state))
        .await?;
    let (record, message) = match done {
        Acknowledged::Now(record) => (record, "alert-acknowledged"),
        Acknowledged::Before(record) => (record, "alert-already-acknowledged"),
    };
    let back = if form.back == "case" {
        format!("/staff/requests/{}#oncall-alert", record.request_id)
    } else {
        lers_app::services::alerts::alert_path(id)
    };
    Ok(with_notice(
        &back,
        &who.req
            .tr
            .with(message, &[("reference", record.reference.clone())]),
    ))
}
