//! The requester portal end to end: every kind of request, documents, messages,
//! withdrawal, and who may see what.

use lers_domain::clock::Duration;
use lers_store::{prelude::*, RequestStore};
use reqwest::StatusCode;
use sha2::{Digest, Sha256};

use crate::both_backends;
use crate::harness::*;

both_backends!(
    every_kind_can_be_filed_and_followed,
    an_incomplete_request_keeps_what_was_typed,
    uploads_are_checked_by_content_and_stored_encrypted,
    messages_alert_without_content_and_withdrawal_stops_work,
    nothing_of_another_agency_is_reachable,
    the_same_target_is_found_across_agencies,
);

async fn every_kind_can_be_filed_and_followed(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("dana@abilenetx.gov").await;
    let mut references = Vec::new();
    for kind in ["user_data", "emergency", "preservation", "withhold_access"] {
        let (id, reference) = app.file_request(kind, None).await;
        let html = app.get(&format!("/requests/{id}")).await.text().await?;
        assert!(
            html.contains("id=\"request-status\">Submitted"),
            "{kind} is submitted"
        );
        assert!(
            html.contains("+15550100199") && html.contains("suspect@example.com"),
            "{kind}: normalised targets shown"
        );
        references.push(reference);
    }
    let (_, extension) = app
        .file_request("preservation_extension", Some(&references[2]))
        .await;
    references.push(extension);
    assert_eq!(
        references,
        [
            "LERS-2026-000001",
            "LERS-2026-000002",
            "LERS-2026-000003",
            "LERS-2026-000004",
            "LERS-2026-000005"
        ],
        "references count up without gaps"
    );
    let mails = app.emails_to(&person.email);
    assert!(
        mails
            .iter()
            .any(|m| m.contains("LERS-2026-000002 received")),
        "confirmation email"
    );

    // The dashboard and the list show them, the emergency marked; filters work.
    let list = app.get("/requests?kind=emergency").await.text().await?;
    assert!(list.contains("LERS-2026-000002") && !list.contains("LERS-2026-000001"));
    assert!(list.contains("class=\"emergency\""));
    let search = app.get("/requests?q=000004").await.text().await?;
    assert!(search.contains("LERS-2026-000004") && !search.contains("LERS-2026-000003"));
    let dashboard = app.get("/dashboard").await.text().await?;
    assert!(dashboard.contains("LERS-2026-000005"));

    // A submitted request is frozen.
    let id = app.start_request("user_data").await;
    app.post_request_form(&id, &request_fields("user_data", None))
        .await;
    assert_eq!(
        app.get(&format!("/requests/{id}/edit")).await.status(),
        StatusCode::CONFLICT
    );
    Ok(())
}

async fn an_incomplete_request_keeps_what_was_typed(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("draft@abilenetx.gov").await;
    let id = app.start_request("emergency").await;
    let fields = vec![
        ("title", "Missing child".to_owned()),
        ("target_type_0", "phone".to_owned()),
        ("target_value_0", "555-0100".to_owned()),
        ("narrative", "short".to_owned()),
        ("action", "submit".to_owned()),
    ];
    let response = app.post_request_form(&id, &fields).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await?;
    for expected in [
        "value=\"Missing child\"",
        "value=\"555-0100\"",
        "f-attested-error",
        "f-supervisor_phone-error",
        "Identifier 1 (555-0100)",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    // The draft was saved despite the errors; nothing was submitted.
    let html = app
        .get(&format!("/requests/{id}/edit"))
        .await
        .text()
        .await?;
    assert!(html.contains("value=\"Missing child\""));
    let listed = app.get("/requests").await.text().await?;
    assert!(
        !listed.contains("LERS-2026-"),
        "no reference for an unsubmitted draft"
    );
    // "Add more rows" grows the identifier list without JavaScript.
    let more = app
        .post_request_form(
            &id,
            &[
                ("target_type_0", "phone".into()),
                ("action", "add_rows".into()),
            ],
        )
        .await;
    assert!(more.text().await?.contains("name=\"target_value_5\""));
    Ok(())
}

async fn uploads_are_checked_by_content_and_stored_encrypted(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("upload@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let pdf = lers_app::sample_pdf("", "SEARCH WARRANT Cause No. 2026-4471");
    let receipt = hex::encode(Sha256::digest(&pdf));
    let response = app.upload(&id, "warrant.pdf", pdf.clone()).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let html = app.get(&location(&response)).await.text().await?;
    assert!(html.contains(&receipt), "the SHA-256 receipt is shown");

    // At rest the file is ciphertext.
    let stored: Vec<_> = std::fs::read_dir(app.dir.path().join("documents"))?
        .filter_map(Result::ok)
        .collect();
    assert_eq!(stored.len(), 1);
    let at_rest = std::fs::read(stored[0].path())?;
    assert!(
        !at_rest.windows(13).any(|w| w == b"SEARCH WARRAN"),
        "plaintext must not be on disk"
    );

    // Downloading gives back the same bytes.
    let start = html
        .find(&format!("/requests/{id}/documents/doc_"))
        .ok_or("download link")?;
    let link: String = html[start..].chars().take_while(|c| *c != '"').collect();
    let download = app.get(&link).await;
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(
        download.headers().get("content-type").ok_or("type")?,
        "application/pdf"
    );
    assert_eq!(download.bytes().await?.to_vec(), pdf);

    let javascript =
        lers_app::sample_pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>", "x");
    let mut encrypted = String::from_utf8_lossy(&lers_app::sample_pdf("", "x")).into_owned();
    encrypted = encrypted.replace(
        "/Root 1 0 R",
        "/Root 1 0 R /Encrypt << /Filter /Standard /V 2 /R 3 >>",
    );
    let oversized = {
        let mut big = lers_app::sample_pdf("", "x");
        big.resize(usize::try_from(MAX_UPLOAD_BYTES)? + 1024, b' ');
        big
    };
    for (name, bytes, expected) in [
        (
            "program.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00 a Windows program renamed".to_vec(),
            "not a PDF",
        ),
        ("warrant.pdf", javascript, "JavaScript"),
        ("warrant.pdf", encrypted.into_bytes(), "encrypted"),
        ("huge.pdf", oversized, "larger than 1 MiB"),
    ] {
        let response = app.upload(&id, name, bytes).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{expected}"
        );
        let body = response.text().await?;
        assert!(
            body.contains(expected),
            "{expected}: {}",
            &body[body.find("field-error").unwrap_or(0)..]
                .chars()
                .take(300)
                .collect::<String>()
        );
    }
    let stored = std::fs::read_dir(app.dir.path().join("documents"))?.count();
    assert_eq!(stored, 1, "refused uploads leave nothing behind");
    let refused = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("document.refused".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    assert_eq!(refused.total, 3, "content refusals are audited");
    Ok(())
}

async fn messages_alert_without_content_and_withdrawal_stops_work(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // A colleague at the same agency, with an account.
    let colleague = app.sign_up("partner@abilenetx.gov").await;
    app.log_out().await;
    app.advance(Duration::seconds(30));
    let person = app.sign_up("lead@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("colleagues", colleague.email.clone()));
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );

    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let token = csrf_token(&html).ok_or("csrf")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("body", "Secret detail: the suspect uses a second phone.")
        .part(
            "attachment",
            reqwest::multipart::Part::bytes(lers_app::sample_pdf("", "addendum"))
                .file_name("addendum.pdf"),
        );
    let response = app
        .client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(html.contains("Secret detail") && html.contains("addendum.pdf"));

    let alerts = app.emails_to(&colleague.email);
    let alert = alerts
        .iter()
        .find(|m| m.contains("new message"))
        .ok_or("colleague alerted")?;
    assert!(
        !alert.contains("Secret detail") && alert.contains("Log in to read it"),
        "alerts carry no content"
    );
    assert!(
        !app.emails_to(&person.email)
            .iter()
            .any(|m| m.contains("new message")),
        "no alert to the author"
    );

    // Withdraw: needs a reason; then the request is closed to further work.
    let page = format!("/requests/{id}");
    let response = app
        .submit(
            &page,
            &format!("/requests/{id}/withdraw"),
            &[("reason", "")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = app
        .submit(
            &page,
            &format!("/requests/{id}/withdraw"),
            &[("reason", "Suspect arrested; data no longer needed.")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let html = app.get(&page).await.text().await?;
    assert!(html.contains("id=\"request-status\">Withdrawn") && html.contains("Suspect arrested"));
    let again = app
        .submit(
            &page,
            &format!("/requests/{id}/withdraw"),
            &[("reason", "again")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let upload = app
        .upload(&id, "late.pdf", lers_app::sample_pdf("", "late"))
        .await;
    assert_eq!(upload.status(), StatusCode::CONFLICT);
    Ok(())
}

async fn nothing_of_another_agency_is_reachable(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let colleague = app.sign_up("colleague@abilenetx.gov").await;
    app.log_out().await;
    app.advance(Duration::seconds(30));
    app.sign_up("owner@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("colleagues", colleague.email.clone()));
    app.post_request_form(&id, &fields).await;
    app.upload(&id, "warrant.pdf", lers_app::sample_pdf("", "w"))
        .await;
    let draft = app.start_request("emergency").await;
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let start = html
        .find(&format!("/requests/{id}/documents/doc_"))
        .ok_or("document link")?;
    let document: String = html[start..].chars().take_while(|c| *c != '"').collect();
    app.log_out().await;

    // Another agency's officer, signed in in another browser.
    app.advance(Duration::seconds(30));
    let stranger = app.sign_up("officer@met.police.uk").await;
    let _ = stranger;
    for path in [
        format!("/requests/{id}"),
        format!("/requests/{id}/edit"),
        document.clone(),
        format!("/requests/{draft}"),
        format!("/requests/{draft}/edit"),
    ] {
        assert_eq!(
            app.get(&path).await.status(),
            StatusCode::NOT_FOUND,
            "GET {path}"
        );
    }
    let page = "/requests";
    for (action, fields) in [
        (
            format!("/requests/{id}/withdraw"),
            vec![("reason", "mine now")],
        ),
        (
            format!("/requests/{id}/edit"),
            vec![("title", "taken"), ("action", "save")],
        ),
        (
            format!("/requests/{draft}/edit"),
            vec![("action", "submit")],
        ),
    ] {
        assert_eq!(
            app.submit(page, &action, &fields).await.status(),
            StatusCode::NOT_FOUND,
            "POST {action}"
        );
    }
    let html = app.get(page).await.text().await?;
    let token = csrf_token(&html).ok_or("csrf")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("body", "hello");
    let message = app
        .client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    assert_eq!(message.status(), StatusCode::NOT_FOUND, "message");
    assert_eq!(
        app.upload(&id, "x.pdf", lers_app::sample_pdf("", "x"))
            .await
            .status(),
        StatusCode::NOT_FOUND,
        "upload"
    );
    assert!(
        !app.get("/requests").await.text().await?.contains(&id),
        "not listed"
    );
    app.log_out().await;

    // The colleague it was shared with reads and downloads, but cannot withdraw or edit.
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(
            &colleague.email,
            &colleague.password,
            &app.code(&colleague.secret),
        )
        .await,
        "/dashboard",
    );
    assert_eq!(
        app.get(&format!("/requests/{id}")).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.get(&document).await.status(), StatusCode::OK);
    assert!(app
        .get("/requests")
        .await
        .text()
        .await?
        .contains("shared with you"));
    let withdraw = app
        .submit(
            &format!("/requests/{id}"),
            &format!("/requests/{id}/withdraw"),
            &[("reason", "no")],
        )
        .await;
    assert_eq!(withdraw.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&format!("/requests/{id}/edit")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&format!("/requests/{draft}")).await.status(),
        StatusCode::NOT_FOUND,
        "drafts are never shared"
    );
    let upload = app
        .upload(&id, "mine.pdf", lers_app::sample_pdf("", "x"))
        .await;
    assert_eq!(
        upload.status(),
        StatusCode::FORBIDDEN,
        "legal process is the owner's to add"
    );
    Ok(())
}

async fn the_same_target_is_found_across_agencies(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("texas@abilenetx.gov").await;
    let (_, first) = app.file_request("user_data", None).await;
    app.log_out().await;
    app.advance(Duration::seconds(30));
    app.sign_up("london@met.police.uk").await;
    let id = app.start_request("preservation").await;
    let mut fields = request_fields("preservation", None);
    for (key, value) in fields.iter_mut() {
        if *key == "target_value_0" {
            *value = "+1 555-010-0199".into();
        }
    }
    app.post_request_form(&id, &fields).await;
    let naming = app.store.requests_naming(&[phone("+15550100199")]).await?;
    let references: Vec<String> = naming
        .into_iter()
        .filter_map(|n| n.request.reference)
        .collect();
    assert_eq!(references, [first, "LERS-2026-000002".to_owned()]);
    assert!(app
        .store
        .requests_naming(&[phone("+15550100198")])
        .await?
        .is_empty());
    Ok(())
}

fn phone(normalized: &str) -> lers_store::TargetKey {
    lers_store::TargetKey {
        target_type: "phone".into(),
        normalized: normalized.into(),
    }
}
