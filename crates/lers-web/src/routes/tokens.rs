//! Personal API tokens: created after a fresh TOTP code, shown once, stored hashed,
//! revocable.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::App;
use lers_app::AppError;
use lers_app::FormError;
use lers_domain::powers::{ApiTokenPolicy, LifetimeRefusal};
use lers_domain::problem::Problem;
use lers_store::{tokens, TokenScope};
use serde::Deserialize;

use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

/// Prefix that makes a leaked token recognisable to secret scanners.
pub const TOKEN_PREFIX: &str = "lers_pat_";

async fn page(
    state: &App,
    who: &SignedIn,
    new_token: Option<String>,
    name: String,
    errors: Errors,
) -> Result<TokensPage, WebError> {
    Ok(TokensPage {
        chrome: Chrome::new(&who.req, state),
        now: state.clock.now(),
        tokens: state.store.api_tokens(&who.session.account).await?,
        new_token,
        token_name: name,
        errors,
        notice: None,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeQuery {
    notice: Option<String>,
}

fn requester_only(who: &SignedIn) -> Result<(), WebError> {
    if who.is_staff() {
        Err(AppError::NotFound.into())
    } else {
        Ok(())
    }
}

pub async fn list(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, WebError> {
    requester_only(&who)?;
    let mut page = page(&state, &who, None, String::new(), Errors::default()).await?;
    page.notice = query.notice;
    Ok(render(&page).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewTokenForm {
    name: String,
    scope_read: Option<String>,
    scope_submit: Option<String>,
    /// Lifetime in days (default 90, at most 365).
    days: String,
    code: String,
}

/// The expiry for a lifetime typed into a form (empty: the default).
fn expiry_of(state: &App, days: &str) -> Result<lers_domain::clock::Timestamp, FormError> {
    let policy = ApiTokenPolicy::default();
    let days = match days.trim() {
        "" => None,
        text => Some(text.parse::<i64>().map_err(|_| {
            FormError::field(
                "days",
                LifetimeRefusal {
                    max: policy.max_days,
                }
                .problem(),
            )
        })?),
    };
    policy
        .expiry(days, state.clock.now())
        .map_err(|refusal| FormError::field("days", refusal.problem()))
}

pub async fn create(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<NewTokenForm>,
) -> Result<Response, WebError> {
    requester_only(&who)?;
    let ctx = who.ctx(&state);
    let name = form.name.trim().to_owned();
    let scopes: Vec<TokenScope> = [
        (TokenScope::Read, &form.scope_read),
        (TokenScope::Submit, &form.scope_submit),
    ]
    .into_iter()
    .filter(|(_, checked)| checked.is_some())
    .map(|(scope, _)| scope)
    .collect();
    let checked = async {
        if name.is_empty() || name.chars().count() > 100 {
            return Err(FormError::field(
                "name",
                Problem::new("form-token-name").number("max", 100),
            ));
        }
        if let Err(refusal) = lers_domain::text::check_single_line(&name) {
            return Err(FormError::field("name", refusal.problem("form-the-name")));
        }
        if scopes.is_empty() {
            return Err(FormError::field(
                "scopes",
                Problem::new("form-token-scopes"),
            ));
        }
        let expires_at = expiry_of(&state, &form.days)?;
        state
            .confirm_step_up(&who.session, &form.code, "code", &ctx)
            .await?;
        Ok(expires_at)
    }
    .await;
    match checked {
        Ok(expires_at) => {
            let token = format!("{TOKEN_PREFIX}{}", tokens::generate());
            state
                .store
                .create_api_token(
                    &who.session.account,
                    &name,
                    &scopes,
                    &tokens::hash(&token),
                    expires_at,
                    &ctx,
                )
                .await?;
            Ok(
                render(&page(&state, &who, Some(token), String::new(), Errors::default()).await?)
                    .into_response(),
            )
        }
        Err(FormError::Fields(errors)) => {
            let page = page(&state, &who, None, name, Errors::new(&who.req.tr, errors)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn revoke(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, WebError> {
    requester_only(&who)?;
    state
        .store
        .revoke_api_token(&who.session.account, &id, &who.ctx(&state))
        .await?;
    Ok(Redirect::to("/account/tokens").into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RenewForm {
    days: String,
    code: String,
}

/// Renewal, like creation, needs a fresh TOTP code; the new expiry counts from now.
pub async fn renew(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<RenewForm>,
) -> Result<Response, WebError> {
    requester_only(&who)?;
    let ctx = who.ctx(&state);
    let checked = async {
        let expires_at = expiry_of(&state, &form.days)?;
        state
            .confirm_step_up(&who.session, &form.code, "renew_code", &ctx)
            .await?;
        Ok(expires_at)
    }
    .await;
    match checked {
        Ok(expires_at) => {
            state
                .store
                .renew_api_token(&who.session.account, &id, expires_at, &ctx)
                .await?;
            Ok(super::with_notice(
                "/account/tokens",
                &who.req
                    .tr
                    .with("token-renewed", &[("until", expires_at.to_string())]),
            ))
        }
        Err(FormError::Fields(errors)) => {
            let page = page(
                &state,
                &who,
                None,
                String::new(),
                Errors::new(&who.req.tr, errors),
            )
            .await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}
