//! The requester portal.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use lers_app::App;
use lers_store::AuditQuery;

use crate::auth::SignedIn;
use crate::error::WebError;
use crate::pages::{render, Chrome, DashboardPage};

pub async fn dashboard(State(state): State<App>, who: SignedIn) -> Result<Response, WebError> {
    if who.is_staff() {
        return Ok(Redirect::to("/staff").into_response());
    }
    let account = who.session.account.clone();
    let recent = state
        .store
        .audit_records(&AuditQuery {
            subject: Some(account.pseudonym.clone()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    let requests = state
        .store
        .list_requests(
            &account,
            &lers_store::RequestQuery {
                limit: 10,
                ..Default::default()
            },
        )
        .await?;
    Ok(render(&DashboardPage {
        chrome: Chrome::new(&who.req, &state),
        clocks: state.request_clocks(&requests.items).await?,
        counts: state.request_status_counts(&account).await?,
        requests: requests.items,
        account,
        recent_activity: recent.items,
    })
    .into_response())
}
