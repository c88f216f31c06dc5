//! The role × field-group matrix (admins): what each role sees and edits of a case, and
//! the admins' changes to it. A narrowing applies at once; a widening grants power, so
//! another admin must approve it. Both take a fresh code.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use lers_app::{App, AppError, FormError};
use lers_domain::account::{FieldError, Role};
use lers_domain::field_access::{FieldAccess, FieldGroup, FieldRuleChange};
use lers_domain::problem::Problem;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::{render, Chrome, Errors};

const PAGE: &str = "/staff/field-access";
const RESOURCE: &str = "field access";

pub fn routes() -> Router<App> {
    Router::new()
        .route(PAGE, get(page).post(change))
        .route("/staff/field-access/approve", post(approve))
}

/// One cell of the matrix as shown.
pub struct Cell {
    pub group: &'static str,
    pub access: &'static str,
    /// A widening waiting for a second admin: (access, proposer's name, proposer id).
    pub proposed: Option<(&'static str, String, i64)>,
}

pub struct RoleRow {
    pub role: &'static str,
    pub cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "staff_field_access.html")]
pub struct FieldAccessPage {
    pub chrome: Chrome,
    pub rows: Vec<RoleRow>,
    pub groups: Vec<&'static str>,
    pub roles: Vec<&'static str>,
    pub levels: Vec<&'static str>,
    pub me: i64,
    pub form: ChangeForm,
    pub errors: Errors,
    pub notice: Option<String>,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ChangeForm {
    pub role: String,
    pub group: String,
    pub access: String,
    pub code: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

async fn render_page(
    state: &App,
    who: &SignedIn,
    form: ChangeForm,
    errors: Vec<FieldError>,
    notice: Option<String>,
) -> Result<FieldAccessPage, WebError> {
    let view = state
        .field_matrix_view(&who.session.account, &who.ctx(state))
        .await?;
    let rows = Role::ALL
        .into_iter()
        .map(|role| RoleRow {
            role: role.as_str(),
            cells: FieldGroup::ALL
                .into_iter()
                .map(|group| Cell {
                    group: group.as_str(),
                    access: view.matrix.access_of_role(role, group).as_str(),
                    proposed: view
                        .changes
                        .iter()
                        .find(|rule| rule.role == role && rule.group == group)
                        .and_then(|rule| rule.proposed.as_ref())
                        .map(|p| (p.access.as_str(), p.by_name.clone(), p.by_id)),
                })
                .collect(),
        })
        .collect();
    Ok(FieldAccessPage {
        chrome: Chrome::new(&who.req, state),
        rows,
        groups: FieldGroup::ALL.iter().map(|g| g.as_str()).collect(),
        roles: Role::ALL.iter().map(|r| r.as_str()).collect(),
        levels: FieldAccess::ALL.iter().map(|a| a.as_str()).collect(),
        me: who.session.account.id,
        form: ChangeForm {
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
        ChangeForm::default(),
        Vec::new(),
        query.notice,
    )
    .await?;
    Ok(render(&page).into_response())
}

/// The form's role, group and access, or which of them is not one of the choices.
fn parsed(form: &ChangeForm) -> Result<(Role, FieldGroup, FieldAccess), FormError> {
    let role = form
        .role
        .parse::<Role>()
        .map_err(|_| FormError::field("role", Problem::new("form-field-role-unknown")))?;
    let group = form
        .group
        .parse::<FieldGroup>()
        .map_err(|_| FormError::field("group", Problem::new("form-field-group-unknown")))?;
    let access = form
        .access
        .parse::<FieldAccess>()
        .map_err(|_| FormError::field("access", Problem::new("form-field-level-unknown")))?;
    Ok((role, group, access))
}

/// A refusal of the rule (above a role's ceiling, no change, already proposed) is shown
/// next to the access chosen.
fn as_field(error: AppError) -> FormError {
    match error {
        AppError::Refused { problem, .. } => FormError::field("access", problem),
        other => FormError::App(other),
    }
}

pub async fn change(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, RESOURCE).await?;
    let ctx = who.ctx(&state);
    let outcome = match parsed(&form) {
        Ok((role, group, access)) => match state
            .confirm_step_up(&who.session, &form.code, "code", &ctx)
            .await
        {
            Ok(()) => state
                .change_field_rule(&who.session.account, role, group, access, &ctx)
                .await
                .map_err(as_field),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    let errors = match outcome {
        Ok(FieldRuleChange::AppliesNow) => {
            return Ok(with_notice(PAGE, &who.req.tr.get("field-access-changed")))
        }
        Ok(FieldRuleChange::NeedsSecondAdmin) => {
            return Ok(with_notice(PAGE, &who.req.tr.get("field-access-proposed")))
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
    CsrfForm(form): CsrfForm<ChangeForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, RESOURCE).await?;
    let ctx = who.ctx(&state);
    let (role, group, expected) = match parsed(&form) {
        Ok(parsed) => parsed,
        Err(FormError::Fields(_)) => return Err(AppError::NotFound.into()),
        Err(FormError::App(e)) => return Err(e.into()),
    };
    if let Some(refused) =
        super::approval_code_refused(&state, &who, &form.code, PAGE, "field-access-code-refused")
            .await?
    {
        return Ok(refused);
    }
    let notice = match state
        .approve_field_rule(&who.session.account, role, group, expected, &ctx)
        .await
    {
        Ok(_) => who.req.tr.get("field-access-approved"),
        Err(AppError::Refused { problem, .. }) => who.req.tr.problem(&problem),
        Err(e) => return Err(e.into()),
    };
    Ok(with_notice(PAGE, &notice))
}
