//! Uploads cost the server bounded memory: PDFs are checked in a memory-limited child
//! process, and nobody's file is read before they are known to be allowed to add it.

use std::time::Duration as StdDuration;

use futures::StreamExt;
use lers_store::prelude::*;
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    a_pdf_too_dense_to_check_is_refused_and_the_next_upload_works,
    uploads_nobody_may_make_are_answered_before_the_file_is_read,
);

async fn a_pdf_too_dense_to_check_is_refused_and_the_next_upload_works(
    backend: Backend,
) -> TestResult {
    // 64 MiB lets any ordinary PDF through; the dense file needs several times that.
    let Some(app) = TestApp::spawn_with_pdf_memory(backend, 64).await else {
        return Ok(());
    };
    app.sign_up("dense@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let dense = lers_app::dense_pdf(usize::try_from(MAX_UPLOAD_BYTES)? - 4096);
    let response = app.upload(&id, "dense.pdf", dense).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await?;
    assert!(
        body.contains("needs more memory or time to check than this server allows"),
        "{}",
        &body[body.find("field-error").unwrap_or(0)..]
            .chars()
            .take(300)
            .collect::<String>()
    );
    let refused = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("document.refused".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(refused.total, 1);
    assert_eq!(refused.items[0].details["reason"], "toocomplex");

    // The checker is a child process: the server and later checks are unaffected.
    let response = app
        .upload(&id, "warrant.pdf", lers_app::sample_pdf("", "warrant"))
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.state.pdf_checker.running(), 0);
    Ok(())
}

/// An upload whose file part never ends: a server that read the file before deciding
/// would never answer.
async fn stalled_upload(app: &TestApp, path: &str) -> Result<reqwest::Response, String> {
    let html = app
        .get("/requests")
        .await
        .text()
        .await
        .map_err(|e| e.to_string())?;
    let token = csrf_token(&html).unwrap_or_default();
    let first: Result<bytes::Bytes, std::io::Error> = Ok(bytes::Bytes::from_static(b"%PDF-1.7\n"));
    let endless = futures::stream::iter([first]).chain(futures::stream::pending());
    let part = reqwest::multipart::Part::stream(reqwest::Body::wrap_stream(endless))
        .file_name("endless.pdf")
        .mime_str("application/pdf")
        .map_err(|e| e.to_string())?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .part("file", part);
    let send = app.client.post(app.url(path)).multipart(form).send();
    match tokio::time::timeout(StdDuration::from_secs(20), send).await {
        Ok(Ok(response)) => Ok(response),
        Ok(Err(e)) => Err(format!("request failed: {e}")),
        Err(_) => Err(format!(
            "{path}: no answer while the file was still arriving"
        )),
    }
}

async fn uploads_nobody_may_make_are_answered_before_the_file_is_read(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("stall@abilenetx.gov").await;
    let response = stalled_upload(&app, "/requests/req_nobodys/documents").await?;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    let (id, _) = app.file_request("user_data", None).await;
    let page = format!("/requests/{id}");
    let withdraw = app
        .submit(
            &page,
            &format!("/requests/{id}/withdraw"),
            &[("reason", "Filed by mistake.")],
        )
        .await;
    assert_eq!(withdraw.status(), StatusCode::SEE_OTHER);
    let response = stalled_upload(&app, &format!("/requests/{id}/documents")).await?;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    Ok(())
}
