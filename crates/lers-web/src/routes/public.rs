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

/// Any path no route knows: the error page, not an empty 404 (a browser would show
/// its own page, with no way back and no landmarks).
pub async fn not_found() -> crate::error::WebError {
    lers_app::AppError::NotFound.into()
}

/// Alive: the process answers.
pub async fn healthz() -> &'static str {
    "ok"
}

/// Ready: the database and every blob store answer, and the audit log takes
/// entries. The answer names the parts that do not (details go to the log, not to
/// whoever asks).
pub async fn readyz(State(state): State<App>) -> impl IntoResponse {
    let unready = state.unready_parts().await;
    if unready.is_empty() {
        return (StatusCode::OK, "ready".to_owned());
    }
    let mut parts = Vec::new();
    for problem in &unready {
        tracing::warn!(part = problem.part, detail = %problem.detail, "readiness check failed");
        if !parts.contains(&problem.part) {
            parts.push(problem.part);
        }
    }
    let parts: Vec<String> = parts.iter().map(|p| format!("{p} unavailable")).collect();
    (StatusCode::SERVICE_UNAVAILABLE, parts.join(", "))
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

/// The console's resumable upload script.
pub async fn upload_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/upload.js"),
    )
}

/// Fills in the browser's time zone on sign-up and the profile (`static/locale.js`).
pub async fn locale_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/locale.js"),
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
