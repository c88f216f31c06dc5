//! Four-eyes administration (issue 11): proposing a second-factor reset, and a
//! second admin approving or rejecting proposals. Each step needs a fresh TOTP code.
//! Role grants are proposed from the roles form (`staff::set_roles`).

use axum::extract::{Path, State};
use axum::response::Response;
use lers_app::App;
use lers_app::{AppError, FormError};
use lers_domain::account::Role;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// Confirms the acting admin's fresh code; a wrong one comes back as a notice on the
/// accounts page (and counts as a failed logon).
pub(crate) async fn fresh_code(
    state: &App,
    who: &SignedIn,
    code: &str,
) -> Result<Option<Response>, WebError> {
    let ctx = who.ctx(state);
    match state
        .confirm_step_up(&who.session, code, "code", &ctx)
        .await
    {
        Ok(()) => Ok(None),
        Err(FormError::Fields(fields)) => {
            let message = fields
                .first()
                .map(|f| who.req.tr.problem(&f.problem))
                .unwrap_or_default();
            Ok(Some(with_notice(
                "/staff/accounts",
                &who.req
                    .tr
                    .with("powers-code-refused", &[("reason", message)]),
            )))
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

pub async fn propose_reset(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "second factor reset")
        .await?;
    if who.session.account.id == id {
        let refusal = lers_domain::powers::ApprovalRefusal::OwnAccount;
        return Err(AppError::refused(&refusal).into());
    }
    if let Some(refused) = fresh_code(&state, &who, &form.code).await? {
        return Ok(refused);
    }
    let proposal = state
        .store
        .propose_second_factor_reset(id, &who.ctx(&state))
        .await?;
    Ok(with_notice(
        "/staff/accounts",
        &who.req
            .tr
            .with("reset-proposed", &[("name", proposal.target_name)]),
    ))
}

async fn decide(
    state: App,
    who: SignedIn,
    id: String,
    code: String,
    approve: bool,
) -> Result<Response, WebError> {
    who.require_role(&state, Role::Admin, "approvals").await?;
    if let Some(refused) = fresh_code(&state, &who, &code).await? {
        return Ok(refused);
    }
    let decided = state
        .store
        .decide_approval(&id, approve, &who.ctx(&state))
        .await?;
    let message = if approve {
        "approval-approved"
    } else {
        "approval-rejected"
    };
    Ok(with_notice(
        "/staff/accounts",
        &who.req.tr.with(message, &[("name", decided.target_name)]),
    ))
}

pub async fn approve(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    decide(state, who, id, form.code, true).await
}

pub async fn reject(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> Result<Response, WebError> {
    decide(state, who, id, form.code, false).await
}
