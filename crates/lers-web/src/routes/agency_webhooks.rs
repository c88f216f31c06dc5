//! A requester's webhooks (issue 18 §4, `/account/webhooks`): add one to a live API
//! token with a fresh second factor (the signing secret is the answer's body, never a
//! URL, and not cached), remove one, read the delivery log. The use cases check
//! ownership and the token; the store audits.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use lers_app::services::agency_webhooks::{AgencyHookForm, DeliveryLine};
use lers_app::{App, FormError};
use lers_domain::alerts::agency::token_fit;
use lers_store::agency_webhooks::AgencyWebhook;
use serde::Deserialize;

use super::with_notice;
use crate::auth::{CsrfForm, SignedIn};
use crate::error::WebError;
use crate::pages::*;

const PAGE: &str = "/account/webhooks";

/// A token a webhook may be added to: (public id, name).
pub struct TokenChoice {
    pub id: String,
    pub name: String,
}

#[derive(Template)]
#[template(path = "account_webhooks.html")]
pub struct AgencyWebhooksPage {
    pub chrome: Chrome,
    pub notice: Option<String>,
    /// A new webhook's signing secret, shown once.
    pub secret: Option<String>,
    pub tokens: Vec<TokenChoice>,
    pub webhooks: Vec<AgencyWebhook>,
    pub log: Vec<DeliveryLine>,
    pub errors: Errors,
    pub url: String,
    /// The token whose deliveries alone are listed.
    pub token: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PageQuery {
    notice: Option<String>,
    /// Lists the deliveries of this one token (its public id) only.
    token: Option<String>,
}

/// What the page shows besides the lists.
#[derive(Default)]
struct Shown {
    notice: Option<String>,
    secret: Option<String>,
    errors: Errors,
    url: String,
    token: Option<String>,
}

async fn page(state: &App, who: &SignedIn, shown: Shown) -> Result<AgencyWebhooksPage, WebError> {
    let me = &who.session.account;
    let now = state.clock.now();
    let webhooks = state.agency_webhooks(me).await?;
    // Only tokens that can carry one are offered (the use case checks again).
    let tokens = state
        .store
        .api_tokens(me)
        .await?
        .into_iter()
        .filter(|t| token_fit(t.revoked_at.is_some(), t.expires_at, &t.scopes, now).is_ok())
        .map(|t| TokenChoice {
            id: t.id,
            name: t.name,
        })
        .collect();
    Ok(AgencyWebhooksPage {
        chrome: Chrome::new(&who.req, state),
        log: state
            .agency_delivery_log(me, shown.token.as_deref())
            .await?,
        notice: shown.notice,
        secret: shown.secret,
        tokens,
        webhooks,
        errors: shown.errors,
        url: shown.url,
        token: shown.token,
    })
}

pub async fn list(
    State(state): State<App>,
    who: SignedIn,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    let shown = Shown {
        notice: query.notice,
        token: query.token,
        ..Shown::default()
    };
    Ok(render(&page(&state, &who, shown).await?).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HookForm {
    token: String,
    url: String,
    code: String,
}

pub async fn add(
    State(state): State<App>,
    who: SignedIn,
    CsrfForm(form): CsrfForm<HookForm>,
) -> Result<Response, WebError> {
    let added = state
        .add_agency_webhook(
            &who.session,
            &AgencyHookForm {
                token: form.token,
                url: form.url.clone(),
                code: form.code,
            },
            &who.ctx(&state),
        )
        .await;
    match added {
        Ok(secret) => {
            let shown = Shown {
                secret: Some(secret),
                ..Shown::default()
            };
            let page = page(&state, &who, shown).await?;
            Ok(([(header::CACHE_CONTROL, "no-store")], render(&page)).into_response())
        }
        Err(FormError::Fields(errors)) => {
            let shown = Shown {
                errors: Errors::new(&who.req.tr, errors),
                url: form.url,
                ..Shown::default()
            };
            let page = page(&state, &who, shown).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
        }
        Err(FormError::App(e)) => Err(e.into()),
    }
}

pub async fn remove(
    State(state): State<App>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(_form): CsrfForm<PageQuery>,
) -> Result<Response, WebError> {
    if who.is_staff() {
        return Err(lers_app::AppError::NotFound.into());
    }
    // Only the requester's own webhooks are found (the store matches the account).
    state
        .remove_webhook(&who.session.account, id, &who.ctx(&state))
        .await?;
    Ok(with_notice(PAGE, &who.req.tr.get("agency-webhook-removed")))
}
