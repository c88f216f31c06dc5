//! Data regions for administrators: the configured regions, each staff member's
//! data-sharing rule (regions, assigned cases only), and moving a case to another
//! region. Intake staff place a draft they took in. The use cases check roles and
//! second factors; every change is audited there.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use lers_app::{App, AppError, FormError};
use lers_domain::account::{Account, AccountKind, Role};
use lers_domain::region::StaffLimits;
use lers_store::AccountQuery;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

const PAGE: &str = "/staff/regions";

#[derive(Template)]
#[template(path = "staff_regions.html")]
pub struct RegionsPage {
    pub chrome: Chrome,
    pub notice: Option<String>,
    /// Each region and where its files are (never credentials).
    pub regions: Vec<(String, String)>,
    pub default_region: String,
    pub staff: Vec<(Account, StaffLimits)>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

pub async fn page(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "regions").await?;
    let found = state
        .store
        .list_accounts(&AccountQuery {
            kind: Some(AccountKind::Staff),
            search: None,
            limit: 500,
            offset: 0,
        })
        .await?;
    let mut staff = Vec::with_capacity(found.items.len());
    for account in found.items {
        let limits = state.store.staff_limits(account.id).await?;
        staff.push((account, limits));
    }
    Ok(render(&RegionsPage {
        chrome: Chrome::new(&who.req, &state),
        notice: query.notice,
        regions: state.region_stores(),
        default_region: state.default_region().to_owned(),
        staff,
    })
    .into_response())
}

/// A refused form comes back as a notice naming what is wrong.
fn refused(to: &str, who: &SignedIn, error: FormError) -> Result<Response, WebError> {
    match error {
        FormError::Fields(fields) => {
            let reason = fields
                .first()
                .map(|f| who.req.tr.problem(&f.problem))
                .unwrap_or_default();
            Ok(with_notice(
                to,
                &who.req.tr.with("regions-refused", &[("reason", reason)]),
            ))
        }
        FormError::App(e) => Err(e.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LimitsForm {
    regions: String,
    assigned_only: Option<String>,
    code: String,
}

pub async fn set_limits(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<LimitsForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "staff_limits")
        .await?;
    let staff = state.store.account(id).await?.ok_or(AppError::NotFound)?;
    let set = state
        .set_staff_limits(
            &who.session,
            &staff,
            (&form.regions, form.assigned_only.is_some()),
            &form.code,
            &who.ctx(&state),
        )
        .await;
    match set {
        Ok(_) => Ok(with_notice(
            PAGE,
            &who.req
                .tr
                .with("regions-limits-saved", &[("name", staff.name)]),
        )),
        Err(e) => refused(PAGE, &who, e),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MoveForm {
    request: String,
    region: String,
    code: String,
}

pub async fn move_case(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<MoveForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "region_move").await?;
    let moved = state
        .move_case_region(
            &who.session,
            form.request.trim(),
            (&form.region, &form.code),
            &who.ctx(&state),
        )
        .await;
    match moved {
        Ok(_) => Ok(with_notice(
            PAGE,
            &who.req
                .tr
                .with("regions-move-started", &[("region", form.region)]),
        )),
        Err(e) => refused(PAGE, &who, e),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlaceForm {
    region: String,
}

/// Intake staff place a draft they took in (before its first file).
pub async fn place_intake(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<PlaceForm>,
) -> Result<Response, WebError> {
    let ctx = who.ctx(&state);
    let case = state.intake_case(&who.session.account, &id, &ctx).await?;
    let to = format!("/staff/intake/{id}");
    match state
        .choose_request_region(&who.session.account, &case.request, &form.region, &ctx)
        .await
    {
        Ok(region) => Ok(with_notice(
            &to,
            &who.req.tr.with("regions-placed", &[("region", region)]),
        )),
        Err(e) => refused(&to, &who, e),
    }
}
