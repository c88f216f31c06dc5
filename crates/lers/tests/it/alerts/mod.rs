//! On-call alerts and webhooks (issue 18 §1, §2), against real receiver processes
//! (`webhook_receiver.py`) with the clock moved, never slept: an emergency at 03:00
//! on a Sunday pages the person on call within one runner pass, escalates to the
//! second tier and then every approver; an acknowledgement stops it and tells
//! PagerDuty; payloads keep to PagerDuty's and Opsgenie's documented shapes; a bad
//! signature is refused by the receiver; deliveries are retried; SSRF is refused.

use lers_domain::account::Role;
use lers_domain::clock::{Duration, Timestamp};
use lers_store::webhooks::WebhookPurpose;
use lers_store::{prelude::*, AuditQuery};
use reqwest::{Response, StatusCode};

use crate::harness::*;

mod escalation;
mod limits;
mod reach;
pub(crate) mod receiver;
mod ssrf;

use receiver::{free_port, free_ports, Receiver};

/// Sunday 29 November 2026, 03:00 in Berlin.
fn sunday_3am() -> Timestamp {
    Timestamp::parse_rfc3339("2026-11-29T02:00:00Z").expect("time")
}

/// An app that may post to local receivers over plain HTTP (as a test must).
async fn app_for_receivers(backend: Backend) -> Option<TestApp> {
    TestApp::spawn_with_settings(backend, &|s| {
        s.webhook_require_https = false;
        s.webhook_allowed_networks = "127.0.0.1".into();
    })
    .await
}

/// How many audit entries of `action` there are (the first 100).
pub(crate) async fn audited(app: &TestApp, action: &str) -> usize {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("audit")
        .items
        .len()
}

async fn account_id(app: &TestApp, email: &str) -> i64 {
    app.store
        .account_by_email(email)
        .await
        .expect("lookup")
        .expect("account exists")
        .id
}

/// The notice a redirect after a form carries, as the page shows it.
async fn notice_after(browser: &Browser<'_>, response: Response) -> String {
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "a form answers with a redirect"
    );
    let html = browser
        .get(&location(&response))
        .await
        .text()
        .await
        .expect("page");
    let start = html.find("role=\"status\">").expect("a notice") + 14;
    let end = html[start..].find("</div>").expect("end of notice") + start;
    html[start..end].to_owned()
}

/// Adds a webhook on `/staff/oncall` and returns the page's notice.
async fn add_webhook(browser: &Browser<'_>, format: &str, url: &str, key: &str) -> String {
    let response = browser
        .submit(
            "/staff/oncall",
            "/staff/oncall/webhooks",
            &[("format", format), ("url", url), ("key", key)],
        )
        .await;
    notice_after(browser, response).await
}

/// Adds a signed webhook and returns the secret LERS made for it: shown once, in the
/// answer to the form (not a redirect, so never in a URL), which is not to be cached.
async fn add_signed_webhook(browser: &Browser<'_>, url: &str) -> String {
    let response = browser
        .submit(
            "/staff/oncall",
            "/staff/oncall/webhooks",
            &[("format", "signed"), ("url", url), ("key", "")],
        )
        .await;
    secret_shown_once(browser, response, "/staff/oncall").await
}

/// The signing secret in the answer to a webhook form: the page itself (never a
/// redirect, so never in a URL), not to be cached, and not shown again on `page`.
pub(crate) async fn secret_shown_once(web: &impl Web, response: Response, page: &str) -> String {
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the page itself, no redirect"
    );
    assert_eq!(
        response
            .headers()
            .get(reqwest::header::CACHE_CONTROL)
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let html = response.text().await.expect("page");
    let marker = "id=\"webhook-secret\" class=\"secret\">";
    let start = html.find(marker).expect("the secret is shown") + marker.len();
    let end = html[start..].find("</code>").expect("end of secret") + start;
    let secret = html[start..end].trim().to_owned();
    assert!(secret.len() >= 32, "{secret}");
    let again = web.get(page).await.text().await.expect("page");
    assert!(!again.contains(&secret), "shown once");
    secret
}

/// A requester files an emergency; returns (request id, reference).
async fn file_emergency(app: &TestApp, email: &str) -> (String, String) {
    app.sign_up(email).await;
    let filed = app.file_request("emergency", None).await;
    app.log_out().await;
    filed
}

/// The path of the alert link in the newest page mail to `to`.
fn alert_link(app: &TestApp, to: &str) -> String {
    let mails = app.emails_to(to);
    let mail = mails.last().unwrap_or_else(|| panic!("no mail to {to}"));
    let start = mail.find("/staff/alerts/").expect("an alert link");
    let rest = &mail[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/'))
        .unwrap_or(rest.len());
    rest[..end].to_owned()
}

async fn pass(app: &TestApp) {
    app.state.run_due_jobs("test-runner").await;
}
