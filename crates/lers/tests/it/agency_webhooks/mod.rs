//! Agency webhooks (issue 18 §4), against the real receiver process
//! (`webhook_receiver.py`, which checks the signature and replay window) with the
//! clock moved, never slept: registration needs a fresh code and the requester's own
//! live token that may read; SSRF addresses are refused even where staff webhooks may
//! reach them; status changes, staff messages and productions reach the owner's
//! system signed and content-free; a 503 is retried, a bad signature refused by the
//! receiver; the log shows one's own deliveries only; a revoked token ends events.

use lers_domain::clock::Duration;
use lers_store::prelude::*;
use reqwest::{Response, StatusCode};
use serde_json::Value;

use crate::alerts::receiver::Receiver;
use crate::harness::*;

mod events;
mod log;
mod registration;

/// An app whose requesters' webhooks may reach local receivers over plain HTTP (as a
/// test must); staff webhooks may not, so nothing here leans on their setting.
async fn agency_app(backend: Backend) -> Option<TestApp> {
    TestApp::spawn_with_settings(backend, &|s| {
        s.webhook_require_https = false;
        s.agency_webhook_allowed_networks = "127.0.0.1".into();
    })
    .await
}

pub(crate) use crate::alerts::{audited, secret_shown_once};

/// The public id of `email`'s newest API token.
async fn newest_token(app: &TestApp, email: &str) -> String {
    let account = app
        .store
        .account_by_email(email)
        .await
        .expect("lookup")
        .expect("account exists");
    app.store
        .api_tokens(&account)
        .await
        .expect("tokens")
        .first()
        .expect("a token")
        .id
        .clone()
}

/// Posts the webhook form in `web` (signed in as `person`) with a fresh code.
async fn register(
    app: &TestApp,
    web: &impl Web,
    person: &Person,
    token: &str,
    url: &str,
) -> Response {
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    web.submit(
        "/account/webhooks",
        "/account/webhooks",
        &[("token", token), ("url", url), ("code", &code)],
    )
    .await
}

/// The signing secret in the answer to a registration, shown once.
async fn secret_of(web: &impl Web, response: Response) -> String {
    secret_shown_once(web, response, "/account/webhooks").await
}

/// A requester whose system listens: signed up, with a `read` token and a webhook
/// posting to its receiver.
struct Listening {
    person: Person,
    /// The token's bearer, for API calls.
    bearer: String,
    /// The token's public id, as the pages name it.
    token: String,
    url: String,
    receiver: Receiver,
}

/// `email` signs up with a `read` token and a webhook posting to a receiver on `port`.
async fn listening(app: &TestApp, email: &str, port: u16) -> Listening {
    let person = app.sign_up(email).await;
    let bearer = app.create_token(&person, &["read"]).await;
    let token = newest_token(app, email).await;
    let url = format!("http://127.0.0.1:{port}/signed");
    let secret = secret_of(app, register(app, app, &person, &token, &url).await).await;
    let receiver = Receiver::start(port, &secret, app.clock_now(), 0).await;
    Listening {
        person,
        bearer,
        token,
        url,
        receiver,
    }
}

/// The field errors of a refused registration (422, the form again).
async fn refusal_of(response: Response) -> String {
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    response.text().await.expect("page")
}

async fn pass(app: &TestApp) {
    app.state.run_due_jobs("test-runner").await;
}

/// The events the receiver accepted (a valid signature, in the window).
fn accepted(receiver: &Receiver) -> Vec<Value> {
    receiver
        .posts()
        .into_iter()
        .filter(|p| p["status"] == 200)
        .map(|p| p["body"].clone())
        .collect()
}
