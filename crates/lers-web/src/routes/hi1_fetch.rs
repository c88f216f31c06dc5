//! Where an HI-1 endpoint fetches the productions LERS announced to it in a
//! `DeliveryObject`: `GET /etsi/v1/productions/{production}/files/{file}`, with the
//! endpoint's own HI-1 credentials (client certificate on the mutual-TLS listener, or
//! signed-token headers behind a TLS-terminating proxy), resumable with `Range`.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Extension, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use lers_app::services::interface_endpoints::Hi1AuthError;
use lers_app::services::productions::downloads::DownloadRefusal;
use lers_app::App;
use lers_store::Ctx;

use super::productions::{download_response, unsatisfiable};
use crate::error::WebError;
use crate::hi1_auth::Presented;
use crate::request::RequestInfo;

pub fn routes() -> Router<App> {
    Router::new().route(
        "/etsi/v1/productions/{production}/files/{file}",
        get(production_file),
    )
}

async fn production_file(
    State(state): State<App>,
    info: Option<Extension<RequestInfo>>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    Presented(presented): Presented,
    Path((production, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    // The main listener's middleware knows the client address (behind trusted
    // proxies); the HI-1 listener gives the connection's.
    let ip = match (info, peer) {
        (Some(Extension(info)), _) => info.ip,
        (None, Some(Extension(ConnectInfo(addr)))) => Some(addr.ip().to_string()),
        (None, None) => None,
    };
    let mut ctx = Ctx {
        at: state.clock.now(),
        actor: lers_domain::audit::ACTOR_ANONYMOUS.to_owned(),
        ip,
    };
    let credentials = match presented {
        Ok(credentials) => credentials,
        Err(problem) => return Ok(not_let_in(&problem.to_string())),
    };
    let endpoint = match state
        .authenticate_hi1(credentials.as_ref(), b"", &ctx)
        .await
    {
        Ok(endpoint) => endpoint,
        Err(Hi1AuthError::App(e)) => return Err(e.into()),
        Err(other) => return Ok(not_let_in(&other.to_string())),
    };
    ctx.actor = format!("endpoint:{}", endpoint.id);
    let range = headers.get(header::RANGE).and_then(|v| v.to_str().ok());
    match state
        .hi1_download_production(&endpoint, &production, &file, range, &ctx)
        .await
    {
        Ok(download) => Ok(download_response(download)),
        Err(DownloadRefusal::Unsatisfiable(size)) => Ok(unsatisfiable(size)),
        // The endpoint's credentials stand for the second factor: never asked for.
        Err(DownloadRefusal::StepUp) => Err(WebError::internal("step-up asked of an endpoint")),
        Err(DownloadRefusal::App(e)) => Err(e.into()),
    }
}

fn not_let_in(reason: &str) -> Response {
    (StatusCode::UNAUTHORIZED, reason.to_owned()).into_response()
}
