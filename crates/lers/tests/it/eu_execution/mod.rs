//! Executing EU orders over HTTP, on both backends: the enforcing-authority hold on
//! release (held, released when the window ends, released early on "no grounds",
//! refused for good, an emergency refused after its data was sent), Form 3 answers
//! (PDF, message to the issuing authority, mail to the enforcing authority), user
//! notice that follows the issuing authority, and the EU counts of the transparency
//! report.

use lers_domain::clock::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::console::all_fine;
use crate::harness::*;
use crate::productions::{open_production, production_id, Producer};

mod form3;
mod hold;
mod notice;
mod transparency;

/// A filed EPOC (with `changes` to the certificate), reviewed and approved by the team.
async fn approved_epoc(
    app: &TestApp,
    team: &EuTeam<'_>,
    requester: &EuRequester,
    changes: Value,
) -> String {
    let (id, _) = app
        .file_eu_order(requester, "epoc", eu_certificate("DE", changes))
        .await;
    team.approve(app, &id, &all_fine()).await;
    id
}

/// A producer uploads one file into request `id`; returns the producer, the
/// production id and the requester's download path of the file.
async fn uploaded<'a>(app: &'a TestApp, id: &str) -> TestResult<(Producer<'a>, String, String)> {
    let producer = open_production(app, id).await?;
    let production = production_id(&producer.files_url)?;
    let file = producer
        .upload("traffic.csv", b"when,from,to\n2026-03-01,a,b\n")
        .await?;
    let file_id = file["id"].as_str().ok_or("file id")?;
    let download = format!("/requests/{id}/productions/{production}/files/{file_id}");
    Ok((producer, production, download))
}

/// The producer hands the production over.
async fn deliver(producer: &Producer<'_>, id: &str, production: &str) -> reqwest::Response {
    producer
        .post(&format!(
            "/staff/requests/{id}/productions/{production}/deliver"
        ))
        .await
}

/// The requester's page of request `id` (signed in on the app's own browser).
async fn requester_page(app: &TestApp, id: &str) -> TestResult<String> {
    Ok(app.get(&format!("/requests/{id}")).await.text().await?)
}
