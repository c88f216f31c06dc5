//! Orders received over HI-1 (ETSI TS 103 120), on both backends: created by message
//! and handled in the console like any EU order, followed by GET and LIST, changed by
//! UPDATE, retried safely, and every kind of bad message refused with an
//! ErrorInformation, audited, with nothing stored.

use lers_domain::clock::Duration;
use reqwest::StatusCode;

use crate::harness::*;

mod create;
mod ea_and_deadline;
mod query;
mod refusals;
mod update;

/// The EPOC example (DE:de-sta-berlin): authorisation, two LD tasks, a certificate.
const EPOC_AUTH: &str = "a1000000-0000-4000-8000-000000000001";
const EPOC_TASK: &str = "b1000000-0000-4000-8000-000000000001";
/// The EPOC-PR example (FR:fr-parquet-paris): authorisation, one LP task, a document.
const PR_AUTH: &str = "a2000000-0000-4000-8000-000000000001";
const PR_TASK: &str = "b2000000-0000-4000-8000-000000000001";

/// The public id of the request an object belongs to.
async fn request_of(app: &TestApp, authority: &Authority, object: &str) -> Option<String> {
    sqlx::query_as::<_, (String,)>(
        "SELECT r.public_id FROM etsi_objects o JOIN requests r ON r.id = o.request_id WHERE o.endpoint_id = $1 AND o.object_id = $2",
    )
    .bind(authority.endpoint_id)
    .bind(object)
    .fetch_optional(app.store.pool())
    .await
    .expect("read etsi_objects")
    .map(|(id,)| id)
}

/// The status, channel and kind of request `id`.
async fn request_row(app: &TestApp, id: &str) -> (String, String, String) {
    sqlx::query_as("SELECT status, channel, kind FROM requests WHERE public_id = $1")
        .bind(id)
        .fetch_one(app.store.pool())
        .await
        .expect("read the request")
}

/// A GET of `object`, sent as `authority`.
fn get_message(authority: &Authority, object: &str) -> Hi1Text {
    Hi1Text::example("get.xml")
        .new_transaction()
        .replace(EPOC_AUTH, object)
        .sent_by(&authority.identity.country, &authority.identity.identifier)
}

/// The reported status value in a GET answer.
fn reported_status(reply: &Hi1Reply) -> Option<String> {
    let start = reply.body.find("Status>")?;
    let rest = &reply.body[start..];
    let value = rest.find("<common:Value>")? + "<common:Value>".len();
    let end = rest[value..].find('<')? + value;
    Some(rest[value..end].to_owned())
}

/// Nothing of a refused message was kept.
async fn nothing_stored(app: &TestApp) {
    for table in [
        "requests",
        "etsi_transactions",
        "etsi_objects",
        "etsi_orders",
        "documents",
    ] {
        assert_eq!(app.rows(table).await, 0, "{table} is empty");
    }
}

/// Every answer is well-formed HI-1 in XML.
fn assert_hi1_xml(reply: &Hi1Reply) {
    assert_eq!(reply.content_type, "application/xml", "{}", reply.body);
    assert!(reply.body.contains("<HI1Message"), "{}", reply.body);
    assert!(reply.body.contains("<ResponsePayload>"), "{}", reply.body);
}

fn advance_a_little(app: &TestApp) {
    app.advance(Duration::seconds(30));
}

fn ok(reply: &Hi1Reply) {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_hi1_xml(reply);
    assert!(reply.error_code().is_none(), "{}", reply.body);
}
