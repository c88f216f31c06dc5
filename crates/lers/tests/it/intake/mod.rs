//! One intake: requests from every channel registered by intake staff, external
//! requesters who later sign up, paper replies, and the legacy import.

use lers_domain::account::Role;
use lers_domain::clock::{Duration, Timestamp};
use reqwest::{Response, StatusCode};

use crate::harness::*;

mod channels;
mod eu_order;
mod external;
mod import;

/// The intake form's fields for a user-data request received through `channel`.
fn intake_fields(channel: &str, received: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "user_data".into()),
        ("channel", channel.into()),
        ("received", received.into()),
        ("served", received.into()),
        ("legal_entity", "The provider".into()),
        ("requester_name", "Det. Ana Ruiz".into()),
        ("requester_agency", "Abilene Police Department".into()),
        ("requester_email", email.into()),
        ("requester_phone", "+1 325 555 0100".into()),
        ("requester_country", "US".into()),
    ]
}

fn as_refs<'a>(fields: &'a [(&'a str, String)]) -> Vec<(&'a str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// Intake staff, signed in in a browser of their own.
async fn intake_staff(app: &TestApp) -> Browser<'_> {
    app.staff("Ida Intake", "ida@provider.example", &[Role::Intake])
        .await
        .0
}

/// Takes in a request: returns the new draft's id.
async fn take_in(staff: &Browser<'_>, channel: &str, received: &str, email: &str) -> String {
    take_in_with(staff, &intake_fields(channel, received, email)).await
}

/// Takes in a request described by the intake form's `fields`: returns the draft's id.
async fn take_in_with(staff: &Browser<'_>, fields: &[(&'static str, String)]) -> String {
    let response = staff
        .submit("/staff/intake", "/staff/intake", &as_refs(fields))
        .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "take in a request"
    );
    location(&response)
        .trim_start_matches("/staff/intake/")
        .trim_end_matches("/edit")
        .to_owned()
}

/// Uploads the scanned legal process of intake draft `id`.
async fn upload_scan(staff: &Browser<'_>, id: &str, bytes: Vec<u8>) -> Response {
    let html = staff
        .get(&format!("/staff/intake/{id}"))
        .await
        .text()
        .await
        .expect("intake page");
    let token = csrf_token(&html).unwrap_or_default();
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name("warrant-scan.pdf")
        .mime_str("application/pdf")
        .expect("mime");
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .part("file", part);
    staff
        .client
        .post(staff.app.url(&format!("/staff/intake/{id}/scan")))
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

/// Completes intake draft `id` with the portal's request form and registers it;
/// returns its reference.
async fn complete_and_register(staff: &Browser<'_>, id: &str) -> String {
    let page = format!("/staff/intake/{id}/edit");
    let form = staff.get(&page).await.text().await.expect("edit page");
    assert!(
        form.contains(&format!(
            "<a href=\"/staff/intake/{id}\" id=\"form-back\">Back to the intake record</a>"
        )),
        "the edit page links back to its record: {form}"
    );
    let fields = request_fields("user_data", None);
    let response = staff.submit(&page, &page, &as_refs(&fields)).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "register: {}",
        response.text().await.unwrap_or_default()
    );
    let html = staff
        .get(&format!("/staff/intake/{id}"))
        .await
        .text()
        .await
        .expect("intake page");
    reference_in(&html)
}

fn reference_in(html: &str) -> String {
    let marker = "id=\"intake-reference\">";
    let start = html.find(marker).expect("reference on the intake page") + marker.len();
    html[start..start + 16].to_owned()
}

/// A received time and the instant it stands for.
fn received(text: &str) -> Timestamp {
    lers_domain::request::intake::parse_time(text).expect("a valid time")
}

/// The stored channel, time of receipt and due time of request `id`.
async fn arrival_of(app: &TestApp, id: &str) -> (String, i64, i64) {
    sqlx::query_as("SELECT channel, received_at, due_at FROM requests WHERE public_id = $1")
        .bind(id)
        .fetch_one(app.store.pool())
        .await
        .expect("request row")
}

async fn audit_count(app: &TestApp, action: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(app.store.pool())
        .await
        .expect("audit count")
}

/// The default service level: thirty days from receipt.
const DEFAULT_SLA: Duration = Duration::days(30);
