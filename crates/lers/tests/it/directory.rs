//! The account directory: the built-in table, and the HMAC-signed webhook against a
//! real HTTP receiver.

use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use axum::routing::post;
use lers_app::directory::{sign, AccountDirectory, WebhookDirectory};
use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::request::TargetType;
use lers_store::{DirectoryEntry, DirectoryStore};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::harness::*;

both_backends!(an_approved_withhold_request_restricts_the_account);

const ALL_FINE: [(&str, &str); 9] = [
    ("overbroad", "fine"),
    ("no_legal_basis", "fine"),
    ("not_bona_fide", "fine"),
    ("outside_jurisdiction", "fine"),
    ("unauthorised_requester", "fine"),
    ("indefinite_nondisclosure", "fine"),
    ("defective", "fine"),
    ("enterprise_customer", "fine"),
    ("encrypted_content", "fine"),
];

async fn approve(app: &TestApp, id: &str) {
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    let html = reviewer
        .get(&page)
        .await
        .text()
        .await
        .expect("console page");
    assert!(
        html.contains("u-1001") && html.contains("region US"),
        "the directory panel names the account"
    );
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &ALL_FINE)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.advance(Duration::seconds(30));
    let approved = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
            ],
        )
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
}

fn account() -> DirectoryEntry {
    DirectoryEntry {
        account_id: "u-1001".into(),
        email: "suspect@example.com".into(),
        phone: "+15550100199".into(),
        home_region: "US".into(),
        ..Default::default()
    }
}

async fn an_approved_withhold_request_restricts_the_account(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.store.import_directory(&[account()]).await?;
    app.sign_up("dana@abilenetx.gov").await;
    let (id, reference) = app.file_request("withhold_access", None).await;
    approve(&app, &id).await;
    // The restriction is a durable job: done when the runner gets to it.
    assert!(app
        .store
        .directory_lookup(TargetType::Phone, "+15550100199")
        .await?
        .is_some_and(|e| e.restricted_by.is_none()));
    app.state.run_due_jobs("test").await;
    let entry = app
        .store
        .directory_lookup(TargetType::Phone, "+15550100199")
        .await?
        .ok_or("entry")?;
    assert_eq!(entry.restricted_by, Some(reference));
    Ok(())
}

/// What the receiver saw: operation, target, reference, signature valid.
type Seen = Arc<Mutex<Vec<(Value, bool)>>>;

/// A provider's directory service: checks the signature and answers lookups.
async fn receiver(secret: &'static [u8], seen: Seen) -> String {
    let app = axum::Router::new().route(
        "/directory",
        post(move |headers: HeaderMap, body: Bytes| {
            let seen = seen.clone();
            async move {
                let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
                let body = String::from_utf8_lossy(&body).into_owned();
                let valid = header("x-lers-signature") == format!("sha256={}", sign(secret, &header("x-lers-timestamp"), &body));
                let value: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
                seen.lock().map(|mut s| s.push((value.clone(), valid))).ok();
                if !valid {
                    return (AxumStatus::UNAUTHORIZED, axum::Json(json!({"error": "bad signature"})));
                }
                let answer = match value["operation"].as_str() {
                    Some("lookup") => json!({"account": {"account_id": "ext-77", "email": "owner@example.com", "home_region": "EU", "enterprise": true, "restricted": false, "held": false}}),
                    _ => json!({"ok": true}),
                };
                (AxumStatus::OK, axum::Json(answer))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind receiver");
    let url = format!("http://{}/directory", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_webhook_directory_sends_signed_calls_to_the_provider() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let seen: Seen = Arc::default();
    let url = receiver(b"0123456789abcdef-shared", seen.clone()).await;
    let webhook = WebhookDirectory::new(
        url.clone(),
        b"0123456789abcdef-shared".to_vec(),
        Arc::new(app.clock.clone()),
    )?;
    let found = webhook
        .lookup(TargetType::Email, "owner@example.com")
        .await?
        .ok_or("account")?;
    assert!(found.enterprise && found.home_region == "EU");

    // A preservation approved in the console places holds through the webhook.
    app.store.import_directory(&[account()]).await?;
    app.sign_up("dana@abilenetx.gov").await;
    let (id, reference) = app.file_request("preservation", None).await;
    approve(&app, &id).await;
    let state = app.state.clone().with_directory(Arc::new(webhook));
    state.run_due_jobs("test").await;
    let calls = seen.lock().map(|s| s.clone()).unwrap_or_default();
    let holds: Vec<&Value> = calls
        .iter()
        .filter(|(v, _)| v["operation"] == "place_hold")
        .map(|(v, _)| v)
        .collect();
    assert_eq!(holds.len(), 2, "one hold per target: {calls:?}");
    assert!(
        calls.iter().all(|(_, valid)| *valid),
        "every call carries a valid signature"
    );
    assert!(holds.iter().all(|h| h["reference"] == reference.as_str()));
    assert!(holds.iter().any(|h| h["target"]["value"] == "+15550100199"));

    // A directory that refuses (wrong secret) leaves the job to be retried later.
    let wrong = WebhookDirectory::new(
        url,
        b"not-the-shared-secret".to_vec(),
        Arc::new(app.clock.clone()),
    )?;
    assert!(wrong
        .lookup(TargetType::Email, "owner@example.com")
        .await
        .is_err());
    Ok(())
}
