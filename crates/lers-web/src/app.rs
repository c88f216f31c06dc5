//! Assembling and running the application.

use std::future::Future;
use std::net::SocketAddr;

use axum::middleware;
use axum::Router;
use lers_app::App;
use tokio::net::TcpListener;
use tower_http::trace::TraceLayer;

use crate::auth::load_request;
use crate::operations::with_operations;
use crate::routes::{assets, routes, MAX_FORM_BYTES};
use crate::security::with_security_headers;

/// The application's routes behind the operations layers (metrics, load shedding,
/// rate limits), which run before the session is looked up.
pub fn router(state: App) -> std::io::Result<Router> {
    let https = state.config.is_https();
    let app = routes(state.config.max_upload_bytes)
        .layer(middleware::from_fn_with_state(state.clone(), load_request))
        .layer(TraceLayer::new_for_http())
        .merge(assets());
    let app = with_operations(app, &state, MAX_FORM_BYTES).map_err(std::io::Error::other)?;
    Ok(with_security_headers(app, https).with_state(state))
}

/// Serves until `shutdown` resolves, then finishes requests in flight.
pub async fn serve(
    state: App,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    lers_app::services::passwords::warm_up();
    axum::serve(
        listener,
        router(state)?.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
