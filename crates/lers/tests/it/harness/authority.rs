//! The authority's side of HI-1 in tests: an HTTPS server with mutual TLS (a server
//! certificate from the test CA, a client certificate required) that records every
//! message LERS posts to it, with the fingerprint of the certificate LERS presented,
//! and that can be told to fail the next N posts (HTTP 503) or redirect them (307).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Extension, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use lers_web::ClientCertificate;

use super::tls::{Hi1Server, TestPki};

/// One post LERS made.
#[derive(Clone, Debug)]
pub struct Received {
    pub body: String,
    pub content_type: Option<String>,
    /// SHA-256 of the client certificate LERS presented.
    pub client_sha256: [u8; 32],
}

#[derive(Default)]
struct Inbox {
    received: Mutex<Vec<Received>>,
    /// Posts refused so far.
    refused: AtomicUsize,
    /// How many of the next posts to refuse.
    fail_next: AtomicUsize,
    /// How many of the next posts to redirect (307) to where messages are taken.
    redirect_next: AtomicUsize,
}

fn take_one(counter: &AtomicUsize) -> bool {
    counter
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
        .is_ok()
}

/// A running authority endpoint.
pub struct Authority {
    /// Where LERS posts (the endpoint's notification URL).
    pub notify_url: String,
    inbox: Arc<Inbox>,
    _server: Hi1Server,
}

async fn take(
    State(inbox): State<Arc<Inbox>>,
    Extension(cert): Extension<ClientCertificate>,
    headers: HeaderMap,
    body: String,
) -> Response {
    if take_one(&inbox.fail_next) {
        inbox.refused.fetch_add(1, Ordering::SeqCst);
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    if take_one(&inbox.redirect_next) {
        inbox.refused.fetch_add(1, Ordering::SeqCst);
        return (
            StatusCode::TEMPORARY_REDIRECT,
            [(header::LOCATION, "/hi1/notifications")],
        )
            .into_response();
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    inbox.received.lock().expect("inbox").push(Received {
        body,
        content_type,
        client_sha256: cert.sha256,
    });
    StatusCode::OK.into_response()
}

impl Authority {
    /// Starts the endpoint; it accepts client certificates of the test CA only.
    pub async fn start(pki: &TestPki) -> Self {
        let inbox = Arc::new(Inbox::default());
        let router = Router::new()
            .route("/hi1/notifications", post(take))
            .with_state(inbox.clone());
        let server = Hi1Server::start(router, pki.server_config(true)).await;
        Self {
            notify_url: server.url("/hi1/notifications"),
            inbox,
            _server: server,
        }
    }

    /// The next `n` posts are answered 503.
    pub fn fail_next(&self, n: usize) {
        self.inbox.fail_next.store(n, Ordering::SeqCst);
    }

    /// The next `n` posts are redirected (307) to the URL that takes messages.
    pub fn redirect_next(&self, n: usize) {
        self.inbox.redirect_next.store(n, Ordering::SeqCst);
    }

    /// Every message taken so far, oldest first.
    pub fn received(&self) -> Vec<Received> {
        self.inbox.received.lock().expect("inbox").clone()
    }

    /// How many posts were refused.
    pub fn refused(&self) -> usize {
        self.inbox.refused.load(Ordering::SeqCst)
    }
}
