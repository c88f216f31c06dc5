//! Data regions: a case's files live only in its region's store (the `eu` region on a
//! real S3 server when one is set), the region comes from the account directory or
//! intake staff, region-limited staff neither see nor open other regions' cases (each
//! refusal audited), and a case moves region under downloads and a crash.

use std::path::PathBuf;
use std::sync::Arc;

use lers_app::{App, Settings};
use lers_domain::account::Role;
use lers_domain::production::ByteRange;
use lers_store::blobs::{BlobStore, S3BlobStore, S3Settings};
use lers_store::{prelude::*, AuditQuery, AuditRecord, DirectoryEntry};
use reqwest::StatusCode;

use crate::harness::*;

mod access;
mod moves;
mod placement;

/// Where the `eu` region keeps its files: a directory of its own, or a bucket on the
/// S3 test server (`LERS_TEST_S3_ENDPOINT`).
pub(crate) struct EuStore {
    dir: tempfile::TempDir,
    s3: Option<(String, String)>,
}

impl EuStore {
    pub(crate) async fn new() -> Self {
        let dir = tempfile::tempdir().expect("eu dir");
        let s3 = match std::env::var("LERS_TEST_S3_ENDPOINT") {
            Ok(endpoint) if !endpoint.is_empty() => {
                let bucket = format!("lers-eu-{}", rand::random::<u64>());
                let created = reqwest::Client::new()
                    .put(format!("{endpoint}/{bucket}"))
                    .send()
                    .await
                    .expect("create a bucket on the S3 test server");
                assert!(created.status().is_success(), "create bucket");
                Some((endpoint, bucket))
            }
            _ => None,
        };
        Self { dir, s3 }
    }

    /// `us` (the default: the data directory, as before regions) and `eu`.
    pub(crate) fn configure(&self) -> impl Fn(&mut Settings) + '_ {
        move |settings: &mut Settings| {
            settings.region = "us".into();
            settings.regions = match &self.s3 {
                Some((endpoint, bucket)) => {
                    settings.s3_endpoint = Some(endpoint.clone());
                    settings.s3_access_key_id = "test".into();
                    settings.s3_secret_access_key = "test".into();
                    format!("us=local, eu=s3:{bucket}/lers-eu")
                }
                None => format!("us=local, eu=local:{}", self.dir.path().display()),
            };
        }
    }

    /// Whether the eu store holds `key` among its `area` (documents, productions).
    pub(crate) async fn holds(&self, area: &str, key: &str) -> bool {
        let store: Arc<dyn BlobStore> = match &self.s3 {
            Some((endpoint, bucket)) => Arc::new(
                S3BlobStore::new(&S3Settings {
                    endpoint: Some(endpoint.clone()),
                    bucket: bucket.clone(),
                    region: "us-east-1".into(),
                    access_key_id: "test".into(),
                    secret_access_key: "test".into(),
                    prefix: format!("lers-eu/{area}"),
                })
                .expect("s3"),
            ),
            None => Arc::new(
                lers_store::blobs::LocalBlobStore::new(self.dir.path().join(area)).expect("dir"),
            ),
        };
        store.size(key).await.expect("eu store").is_some()
    }
}

/// Whether the `us` store (the data directory) holds `key` among its `area`.
pub(crate) fn us_holds(app: &TestApp, area: &str, key: &str) -> bool {
    us_path(app, area, key).exists()
}

fn us_path(app: &TestApp, area: &str, key: &str) -> PathBuf {
    app.dir.path().join(area).join(key)
}

/// A regional app, or `None` when the PostgreSQL half cannot run here.
pub(crate) async fn regional_app(backend: Backend, eu: &EuStore) -> Option<TestApp> {
    TestApp::spawn_with_settings(backend, &eu.configure()).await
}

/// The phone number of the default request form belongs to an account in the EU.
pub(crate) async fn eu_account_in_directory(app: &TestApp) {
    app.store
        .import_directory(&[DirectoryEntry {
            account_id: "u-eu".into(),
            email: "holder@example.eu".into(),
            phone: "+15550100199".into(),
            home_region: "EU".into(),
            language: "en".into(),
            ..Default::default()
        }])
        .await
        .expect("directory");
}

/// Audit entries of `action`.
pub(crate) async fn audited(app: &TestApp, action: &str) -> Vec<AuditRecord> {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .expect("audit")
        .items
}

/// The region recorded for request `id` of `owner`.
pub(crate) async fn region_of(app: &TestApp, owner: &str, id: &str) -> Option<String> {
    let owner = app
        .store
        .account_by_email(owner)
        .await
        .expect("owner")
        .expect("owner");
    let record = app
        .store
        .request_for(&owner, id)
        .await
        .expect("request")
        .expect("request");
    app.store
        .request_region(record.summary.row_id)
        .await
        .expect("region")
}

/// The bytes of a production file as a download reads them now: its record as stored,
/// then its region's store.
pub(crate) async fn production_bytes(
    state: &App,
    owner: &lers_domain::account::Account,
    (id, production, file): (&str, &str, &str),
) -> Vec<u8> {
    let record = state
        .store
        .request_for(owner, id)
        .await
        .expect("request")
        .expect("request");
    let production = state
        .store
        .production(&record.summary, production)
        .await
        .expect("production")
        .expect("production");
    let file = production.file(file).expect("file").clone();
    let mut stream = state
        .productions
        .open_range(
            id,
            &file,
            ByteRange {
                start: 0,
                end: file.size,
            },
        )
        .await
        .expect("open");
    let mut out = Vec::new();
    while let Some(chunk) = futures::StreamExt::next(&mut stream).await {
        out.extend_from_slice(&chunk.expect("chunk"));
    }
    out
}

pub(crate) fn pdf() -> Vec<u8> {
    lers_app::sample_pdf("", "SEARCH WARRANT Cause No. 2026-4471")
}

/// Uploads the sample PDF to `id` as the signed-in requester; its document id.
pub(crate) async fn upload_document(app: &TestApp, owner: &str, id: &str) -> String {
    let response = app.upload(id, "warrant.pdf", pdf()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "upload");
    let owner = app
        .store
        .account_by_email(owner)
        .await
        .expect("owner")
        .expect("owner");
    let record = app
        .store
        .request_for(&owner, id)
        .await
        .expect("request")
        .expect("request");
    app.store
        .documents(&record.summary)
        .await
        .expect("documents")
        .pop()
        .expect("a document")
        .id
}

pub(crate) fn admin_role() -> [Role; 1] {
    [Role::Admin]
}
