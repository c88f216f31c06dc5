//! Productions over HTTP: a producer uploads (chunked, resumable) into an approved
//! request and delivers; the requester downloads with a fresh second factor, in
//! ranges, and checks the manifest offline; others get 404; every access is audited;
//! tampering never yields plaintext; availability ends and retention shreds; unusual
//! staff access raises an alert.

use std::sync::Arc;

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::production::ByteRange;
use lers_store::blobs::{BlobStore, LocalBlobStore};
use lers_store::productions::ProductionStore;
use lers_store::segments::{HEADER_LEN, SEALED_SEGMENT_LEN, SEGMENT_LEN};
use lers_store::{prelude::*, AuditQuery, RequestStore};
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::audit_cli::lers;
use crate::console::all_fine;
use crate::harness::*;

pub(crate) mod delivery;
mod journey;
mod lanes;

pub(crate) fn plaintext(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 253) as u8).collect()
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// An approved request shared with a colleague: (request id, the requester, the
/// colleague), everyone signed out.
pub(crate) async fn approved_request(app: &TestApp) -> TestResult<(String, Person, Person)> {
    let colleague = app.sign_up("partner@abilenetx.gov").await;
    app.log_out().await;
    app.advance(Duration::seconds(30));
    let requester = app.sign_up("dana@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("colleagues", colleague.email.clone()));
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    app.log_out().await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");
    let reviewed = reviewer
        .submit(&page, &format!("{page}/review"), &all_fine())
        .await;
    assert_eq!(reviewed.status(), StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    let decided = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
            ],
        )
        .await;
    assert_eq!(decided.status(), StatusCode::SEE_OTHER);
    Ok((id, requester, colleague))
}

/// A producer's browser with the production they opened: (browser, person, the
/// files URL, the console page's CSRF token).
pub(crate) struct Producer<'a> {
    pub(crate) browser: Browser<'a>,
    pub(crate) person: Person,
    pub(crate) files_url: String,
    pub(crate) csrf: String,
    page: String,
}

pub(crate) async fn open_production<'a>(app: &'a TestApp, id: &str) -> TestResult<Producer<'a>> {
    let (browser, person) = app
        .staff("Pia Produce", "pia@provider.example", &[Role::Producer])
        .await;
    Producer::open(browser, person, id).await
}

impl<'a> Producer<'a> {
    /// `browser` opens (or joins) the production of request `id`.
    async fn open(browser: Browser<'a>, person: Person, id: &str) -> TestResult<Producer<'a>> {
        let page = format!("/staff/requests/{id}");
        let opened = browser
            .submit(&page, &format!("{page}/productions"), &[])
            .await;
        assert_eq!(opened.status(), StatusCode::SEE_OTHER);
        let html = browser.get(&page).await.text().await?;
        let start = html.find("data-upload=\"").ok_or("upload form")? + "data-upload=\"".len();
        let files_url = html[start..]
            .split('"')
            .next()
            .ok_or("files url")?
            .to_owned();
        let csrf = csrf_token(&html).ok_or("csrf")?;
        Ok(Producer {
            browser,
            person,
            files_url,
            csrf,
            page,
        })
    }
}

/// Declares a new production file at `files_url` as `client`, with `csrf` in the
/// header when given.
async fn declare_file(
    client: &reqwest::Client,
    url: String,
    csrf: Option<&str>,
    file: Value,
) -> reqwest::Response {
    let mut request = client.post(url).json(&file);
    if let Some(token) = csrf {
        request = request.header("x-csrf-token", token);
    }
    request.send().await.expect("POST file")
}

impl Producer<'_> {
    /// Declares a file as this producer.
    pub(crate) async fn declare(&self, file: Value) -> reqwest::Response {
        declare_file(
            &self.browser.client,
            self.browser.app.url(&self.files_url),
            Some(&self.csrf),
            file,
        )
        .await
    }

    pub(crate) async fn start_file(&self, name: &str, size: usize) -> TestResult<String> {
        let created = self.declare(json!({"name": name, "size": size})).await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let body: Value = created.json().await?;
        Ok(body["upload_url"].as_str().ok_or("upload_url")?.to_owned())
    }

    pub(crate) async fn put(
        &self,
        upload_url: &str,
        offset: usize,
        bytes: Vec<u8>,
    ) -> reqwest::Response {
        self.browser
            .client
            .put(self.browser.app.url(upload_url))
            .header("x-csrf-token", &self.csrf)
            .header("upload-offset", offset.to_string())
            .body(bytes)
            .send()
            .await
            .expect("PUT chunk")
    }

    /// Uploads `data` in 1 MiB chunks; returns the completed file's status.
    pub(crate) async fn upload(&self, name: &str, data: &[u8]) -> TestResult<Value> {
        let url = self.start_file(name, data.len()).await?;
        let mut offset = 0;
        loop {
            let end = (offset + 1024 * 1024).min(data.len());
            let answer: Value = self
                .put(&url, offset, data[offset..end].to_vec())
                .await
                .json()
                .await?;
            offset = usize::try_from(answer["received"].as_u64().ok_or("received")?)?;
            if answer["complete"] == json!(true) {
                return Ok(answer);
            }
        }
    }

    pub(crate) async fn post(&self, action: &str) -> reqwest::Response {
        self.browser.submit(&self.page, action, &[]).await
    }
}

pub(crate) fn production_id(files_url: &str) -> TestResult<String> {
    Ok(files_url
        .split('/')
        .nth(5)
        .ok_or("production id in the files URL")?
        .to_owned())
}
