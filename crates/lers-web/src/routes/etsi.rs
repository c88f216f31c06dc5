//! The HI-1 endpoint (ETSI TS 103 120): `POST /etsi/v1`, a machine endpoint (no
//! session, no CSRF). Served by the mutual-TLS listener ([`hi1_router`]) and, for the
//! signed-token path behind a TLS-terminating proxy, on the main router. The body is
//! read up to the configured HI-1 message limit; the use case does the rest.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::header::{CONTENT_TYPE, RETRY_AFTER};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use lers_app::App;
use lers_domain::audit::ACTOR_ANONYMOUS;
use lers_store::Ctx;
use tokio::sync::Semaphore;
use tower_http::trace::TraceLayer;

use crate::hi1_auth::Presented;
use crate::request::RequestInfo;
use crate::security::with_security_headers;

pub const PATH: &str = "/etsi/v1";

/// The HI-1 routes alone (messages, and fetching announced productions), for the
/// mutual-TLS listener.
pub fn hi1_router(state: App) -> Router {
    let https = state.config.is_https();
    let app = routes()
        .merge(super::hi1_fetch::routes())
        .layer(TraceLayer::new_for_http());
    with_security_headers(app, https).with_state(state)
}

/// How many messages are read at once on one listener; more wait for a 503 and retry.
const READS_AT_ONCE: usize = 16;
/// The longest a message may take to arrive once its headers are in: a slow body holds
/// a read slot and its memory no longer than this (60 MiB at 1 MiB/s fits).
const BODY_DEADLINE: Duration = Duration::from_secs(90);

/// The HI-1 route, to merge into a router. Each router gets its own read slots.
pub fn routes() -> Router<App> {
    let reads = Arc::new(Semaphore::new(READS_AT_ONCE));
    Router::new().route(
        PATH,
        post(move |state: State<App>, request: Request| receive(state, request, reads.clone())),
    )
}

async fn receive(State(state): State<App>, request: Request, reads: Arc<Semaphore>) -> Response {
    let (mut parts, body) = request.into_parts();
    let Ok(Presented(presented)) = Presented::from_request_parts(&mut parts, &state).await;
    let ip = parts
        .extensions
        .get::<RequestInfo>()
        .and_then(|info| info.ip.clone())
        .or_else(|| {
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip().to_string())
        });
    let ctx = Ctx {
        at: state.clock.now(),
        actor: ACTOR_ANONYMOUS.to_owned(),
        ip,
    };
    let content_type = parts
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    // Strangers are turned away before a byte of their body is read.
    if let Some(refused) = state.admit_hi1_caller(&presented, &ctx).await {
        return answer_response(refused);
    }
    let Ok(_read_slot) = reads.try_acquire() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(RETRY_AFTER, "5")],
            "too many HI-1 messages are being read; retry in a few seconds\n",
        )
            .into_response();
    };
    let limit = usize::try_from(state.config.hi1_max_message_bytes).unwrap_or(usize::MAX);
    let answer = match tokio::time::timeout(BODY_DEADLINE, axum::body::to_bytes(body, limit)).await
    {
        Ok(Ok(bytes)) => {
            state
                .receive_hi1(presented, content_type, &bytes, &ctx)
                .await
        }
        Ok(Err(_)) | Err(_) => state.refuse_unread_hi1(&ctx).await,
    };
    answer_response(answer)
}

fn answer_response(answer: lers_app::services::hi1::Hi1Answer) -> Response {
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(CONTENT_TYPE, answer.content_type)], answer.body).into_response()
}
