//! Pages and probes that need no account.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use lers_app::App;

use crate::pages::{render, Chrome, HomePage};
use crate::request::RequestInfo;

pub async fn home(State(state): State<App>, req: RequestInfo) -> impl IntoResponse {
    render(&HomePage {
        chrome: Chrome::new(&req, &state),
    })
}

/// Alive: the process answers.
pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready: the database answers too.
pub async fn readyz(State(state): State<App>) -> impl IntoResponse {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/app.css"),
    )
}

/// The console's resumable upload script (the only script LERS serves).
pub async fn upload_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/upload.js"),
    )
}

/// The audit log's public key (hex), for investigators to pin when they check a
/// manifest or an inclusion proof offline. Fetched over the provider's HTTPS origin,
/// it is a source independent of the file being checked, whose embedded key proves
/// nothing about who made it.
pub async fn audit_public_key(State(state): State<App>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "{}\n",
            hex::encode(state.store.audit_public_key().as_bytes())
        ),
    )
}
