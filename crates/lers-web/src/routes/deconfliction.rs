//! Every other request naming one target of a case, paged (the case page shows the
//! newest few and links here).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::App;
use lers_domain::field_access::CASE_VIEWER_ROLES;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::WebError;
use crate::pages::{render, Chrome, Pager};

#[derive(Template)]
#[template(path = "console_naming.html")]
pub struct NamingView {
    pub chrome: Chrome,
    pub page: lers_app::services::deconfliction::NamingPage,
    pub pager: Pager,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NamingParams {
    page: Option<i64>,
}

pub async fn naming(
    State(state): State<App>,
    who: SignedIn,
    Path((id, target)): Path<(String, usize)>,
    Query(params): Query<NamingParams>,
) -> Result<Response, WebError> {
    super::console::require_any(&state, &who, &CASE_VIEWER_ROLES, "request").await?;
    let page = params.page.unwrap_or(1).max(1);
    let found = state
        .naming_page(
            &who.session.account,
            &id,
            target,
            Pager::PAGE_SIZE,
            Pager::offset(page),
            &who.ctx(&state),
        )
        .await?;
    let base = format!("/staff/requests/{id}/targets/{target}");
    let pager = Pager::new(page, found.total, &base);
    if let Some(last) = pager.beyond_end(page) {
        return Ok(Redirect::to(&format!("{base}?page={last}")).into_response());
    }
    Ok(render(&NamingView {
        chrome: Chrome::new(&who.req, &state),
        page: found,
        pager,
    })
    .into_response())
}
