//! The JSON API with personal tokens, and its OpenAPI document.

use lers_domain::clock::{Clock, Duration};
use lers_store::prelude::*;
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::both_backends;
use crate::harness::*;

both_backends!(an_agency_system_files_and_follows_requests_with_a_token);
both_backends!(the_answer_to_a_filing_is_what_reading_it_shows);
both_backends!(api_submissions_are_told_in_one_receipt_mail_per_pass);

impl TestApp {
    /// Creates an API token on the tokens page (with a fresh TOTP code); returns it.
    pub async fn create_token(&self, person: &Person, scopes: &[&str]) -> String {
        self.advance(Duration::seconds(30));
        let code = self.code(&person.secret);
        let mut fields = vec![("name", "Case system"), ("code", code.as_str())];
        for scope in scopes {
            fields.push((
                if *scope == "read" {
                    "scope_read"
                } else {
                    "scope_submit"
                },
                "on",
            ));
        }
        let response = self
            .submit("/account/tokens", "/account/tokens", &fields)
            .await;
        assert_eq!(response.status(), StatusCode::OK);
        let html = response.text().await.expect("tokens page");
        let start = html
            .find("id=\"new-token\" class=\"secret\">")
            .expect("token shown")
            + 30;
        html[start..].chars().take_while(|c| *c != '<').collect()
    }

    pub fn api(&self, method: reqwest::Method, path: &str, token: &str) -> reqwest::RequestBuilder {
        self.new_browser()
            .request(method, self.url(path))
            .bearer_auth(token)
    }

    /// A requester with a `read` and `submit` token, signed in, and a colleague at the
    /// same agency (`colleague@abilenetx.gov`).
    async fn requester_with_a_colleague(&self) -> (Person, String) {
        self.sign_up("colleague@abilenetx.gov").await;
        self.log_out().await;
        let person = self.sign_up("system@abilenetx.gov").await;
        let token = self.create_token(&person, &["read", "submit"]).await;
        (person, token)
    }

    fn new_browser(&self) -> reqwest::Client {
        reqwest::Client::new()
    }
}

pub(crate) fn user_data_request() -> Value {
    json!({
        "kind": "user_data",
        "submit": true,
        "request": {
            "title": "Operation Walnut",
            "country": "US",
            "subdivision": "TX",
            "issuing_authority": "42nd District Court",
            "instrument": "search_warrant",
            "citation": "Cause No. 2026-4471",
            "description": "Subscriber details of the account used in the fraud.",
            "targets": [{"type": "phone", "value": "+1 (555) 010-0199"}],
            "data_categories": ["subscriber_info"],
            "date_from": "2026-01-01",
            "date_to": "2026-06-30",
            "nondisclosure": {"term": "indefinite"}
        }
    })
}

async fn an_agency_system_files_and_follows_requests_with_a_token(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("system@abilenetx.gov").await;

    // Creating a token needs a current code; a wrong or reused one is refused.
    let response = app
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[("name", "x"), ("scope_read", "on"), ("code", "000000")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let reader = app.create_token(&person, &["read"]).await;
    let writer = app.create_token(&person, &["read", "submit"]).await;
    assert!(reader.starts_with("lers_pat_") && writer.starts_with("lers_pat_"));
    assert!(
        !app.get("/account/tokens")
            .await
            .text()
            .await?
            .contains(&writer),
        "shown once only"
    );

    use reqwest::Method;
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", "lers_pat_forged")
            .send()
            .await?
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let no_scope = app
        .api(Method::POST, "/api/v1/requests", &reader)
        .json(&user_data_request())
        .send()
        .await?;
    assert_eq!(
        no_scope.status(),
        StatusCode::FORBIDDEN,
        "a read token cannot submit"
    );

    // File a request in one call.
    let created = app
        .api(Method::POST, "/api/v1/requests", &writer)
        .json(&user_data_request())
        .send()
        .await?;
    assert_eq!(created.status(), StatusCode::CREATED);
    let created: Value = created.json().await?;
    let id = created["id"].as_str().ok_or("id")?.to_owned();
    assert_eq!(created["reference"], "LERS-2026-000001");
    assert_eq!(created["status"], "submitted");
    assert_eq!(
        created["submitted"]["targets"][0]["normalized"],
        "+15550100199"
    );

    // An incomplete one stays a draft, with the problems per field.
    let incomplete = app
        .api(Method::POST, "/api/v1/requests", &writer)
        .json(&json!({"kind": "emergency", "submit": true, "request": {"title": "x"}}))
        .send()
        .await?;
    assert_eq!(incomplete.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problems: Value = incomplete.json().await?;
    let fields: Vec<&str> = problems["fields"]
        .as_array()
        .ok_or("fields")?
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"narrative") && fields.contains(&"targets"),
        "{fields:?}"
    );

    // Upload, download, message, poll.
    let pdf = lers_app::sample_pdf("", "warrant");
    let part = reqwest::multipart::Part::bytes(pdf.clone()).file_name("warrant.pdf");
    let uploaded = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/documents"),
            &writer,
        )
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await?;
    assert_eq!(uploaded.status(), StatusCode::CREATED);
    let document: Value = uploaded.json().await?;
    assert_eq!(document["sha256"], hex::encode(Sha256::digest(&pdf)));
    let document_id = document["id"].as_str().ok_or("document id")?;
    let bytes = app
        .api(
            Method::GET,
            &format!("/api/v1/requests/{id}/documents/{document_id}"),
            &reader,
        )
        .send()
        .await?
        .bytes()
        .await?;
    assert_eq!(bytes.to_vec(), pdf);
    let not_pdf = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/documents"),
            &writer,
        )
        .multipart(reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(b"MZ\x90\x00".to_vec()).file_name("a.pdf"),
        ))
        .send()
        .await?;
    assert_eq!(not_pdf.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A multipart body without the `file` field: 400, with what to send and its code.
    let no_file = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/documents"),
            &writer,
        )
        .multipart(reqwest::multipart::Form::new().text("note", "the warrant"))
        .send()
        .await?;
    assert_eq!(no_file.status(), StatusCode::BAD_REQUEST);
    let refused: Value = no_file.json().await?;
    assert_eq!(refused["code"], "form-upload-file-field-missing");
    assert_eq!(
        refused["error"],
        "Send the PDF in the multipart field named “file”."
    );
    let message = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/messages"),
            &writer,
        )
        .json(&json!({"body": "Any update?"}))
        .send()
        .await?;
    assert_eq!(message.status(), StatusCode::CREATED);
    let polled: Value = app
        .api(Method::GET, &format!("/api/v1/requests/{id}"), &reader)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(polled["messages"][0]["body"], "Any update?");
    assert!(polled["timeline"].as_array().is_some_and(|t| t.len() >= 3));
    let listed: Value = app
        .api(Method::GET, "/api/v1/requests?status=submitted", &reader)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(listed["total"], 1);

    // Withdraw; then the token is revoked and stops working at once.
    let withdrawn = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/withdraw"),
            &writer,
        )
        .json(&json!({"reason": "Case closed"}))
        .send()
        .await?;
    assert_eq!(withdrawn.status(), StatusCode::OK);
    assert_eq!(withdrawn.json::<Value>().await?["status"], "withdrawn");
    // A closed request takes no more documents: 409 with its code, as documented.
    let late = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/documents"),
            &writer,
        )
        .multipart(reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(pdf.clone()).file_name("late.pdf"),
        ))
        .send()
        .await?;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert_eq!(
        late.json::<Value>().await?["code"],
        "form-conflict-closed-to-documents"
    );
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await?;
    assert!(
        doc["paths"]["/api/v1/requests/{id}/documents"]["post"]["responses"]["409"].is_object(),
        "the upload's 409 is documented"
    );
    let tokens_page = app.get("/account/tokens").await.text().await?;
    let start = tokens_page
        .find("/account/tokens/tok_")
        .ok_or("revoke form")?;
    let revoke: String = tokens_page[start..]
        .chars()
        .take_while(|c| *c != '"')
        .collect();
    assert_eq!(
        app.submit("/account/tokens", &revoke, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    // The newest token (the writer) is listed first and was the one revoked.
    let revoked = app
        .api(Method::GET, "/api/v1/requests", &writer)
        .send()
        .await?
        .status();
    assert_eq!(
        revoked,
        StatusCode::UNAUTHORIZED,
        "the revoked token is refused at once"
    );
    let other = app
        .api(Method::GET, "/api/v1/requests", &reader)
        .send()
        .await?
        .status();
    assert_eq!(other, StatusCode::OK, "other tokens keep working");

    // Another agency's token sees nothing of this.
    app.log_out().await;
    app.advance(Duration::seconds(30));
    let stranger = app.sign_up("officer@met.police.uk").await;
    let theirs = app.create_token(&stranger, &["read", "submit"]).await;
    for (method, path) in [
        (Method::GET, format!("/api/v1/requests/{id}")),
        (Method::GET, format!("/api/v1/requests/{id}/messages")),
        (
            Method::GET,
            format!("/api/v1/requests/{id}/documents/{document_id}"),
        ),
        (Method::POST, format!("/api/v1/requests/{id}/submit")),
    ] {
        let status = app
            .api(method.clone(), &path, &theirs)
            .send()
            .await?
            .status();
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
    }
    let put = app
        .api(Method::PUT, &format!("/api/v1/requests/{id}"), &theirs)
        .json(&json!({"title": "mine"}))
        .send()
        .await?;
    assert_eq!(put.status(), StatusCode::NOT_FOUND);
    let withdraw = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/withdraw"),
            &theirs,
        )
        .json(&json!({"reason": "x"}))
        .send()
        .await?;
    assert_eq!(withdraw.status(), StatusCode::NOT_FOUND);
    let message = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{id}/messages"),
            &theirs,
        )
        .json(&json!({"body": "x"}))
        .send()
        .await?;
    assert_eq!(message.status(), StatusCode::NOT_FOUND);
    let listed: Value = app
        .api(Method::GET, "/api/v1/requests", &theirs)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(listed["total"], 0);
    Ok(())
}

#[tokio::test]
async fn the_openapi_document_covers_every_operation() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await?;
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().ok_or("paths")?;
    for (path, method) in [
        ("/api/v1/signup", "post"),
        ("/api/v1/requests", "get"),
        ("/api/v1/requests", "post"),
        ("/api/v1/requests/{id}", "get"),
        ("/api/v1/requests/{id}", "put"),
        ("/api/v1/requests/{id}/submit", "post"),
        ("/api/v1/requests/{id}/withdraw", "post"),
        ("/api/v1/requests/{id}/messages", "get"),
        ("/api/v1/requests/{id}/messages", "post"),
        ("/api/v1/requests/{id}/documents", "post"),
        ("/api/v1/requests/{id}/documents/{document}", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing"
        );
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    assert!(doc["components"]["schemas"]["RequestDraft"].is_object());
    Ok(())
}

/// The answer to a filing is built from what the filing wrote, not read back
/// (`sql/filing.rs`): it must be exactly what reading the request shows, for a request
/// shared with a colleague and for an emergency (which is scored and pages on call).
async fn the_answer_to_a_filing_is_what_reading_it_shows(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_, token) = app.requester_with_a_colleague().await;
    let mut shared = user_data_request();
    shared["request"]["colleagues"] = json!(["colleague@abilenetx.gov"]);
    shared["request"]["title"] = json!("  Operation Walnut  ");
    for body in [shared, crate::operations::emergency_request()] {
        let created = app
            .api(reqwest::Method::POST, "/api/v1/requests", &token)
            .json(&body)
            .send()
            .await?;
        assert_eq!(created.status(), StatusCode::CREATED);
        let created: Value = created.json().await?;
        let id = created["id"].as_str().ok_or("id")?;
        let read: Value = app
            .api(
                reqwest::Method::GET,
                &format!("/api/v1/requests/{id}"),
                &token,
            )
            .send()
            .await?
            .json()
            .await?;
        assert_eq!(created, read);
        assert_eq!(created["status"], "submitted");
        assert_eq!(created["timeline"].as_array().map(Vec::len), Some(2));
    }
    Ok(())
}

/// API submissions are acknowledged in the answer; their owner and colleagues hear of
/// them in ONE receipt mail per job pass, naming each (`services::receipts`), however
/// many arrived. An emergency is mailed at once.
async fn api_submissions_are_told_in_one_receipt_mail_per_pass(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (person, token) = app.requester_with_a_colleague().await;
    let file = |body: Value| {
        let request = app.api(reqwest::Method::POST, "/api/v1/requests", &token);
        async move {
            let created = request.json(&body).send().await?;
            assert_eq!(created.status(), StatusCode::CREATED);
            let created: Value = created.json().await?;
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(
                created["reference"].as_str().ok_or("reference")?.to_owned(),
            )
        }
    };
    let receipts = |to: &str| {
        app.emails_to(to)
            .into_iter()
            .filter(|m| m.contains("received through the API"))
            .collect::<Vec<_>>()
    };
    let mut shared = user_data_request();
    shared["request"]["colleagues"] = json!(["colleague@abilenetx.gov"]);
    let mut filed = vec![file(shared).await?];
    for _ in 0..2 {
        filed.push(file(user_data_request()).await?);
    }
    let urgent = file(crate::operations::emergency_request()).await?;
    let at_once: Vec<String> = app
        .emails_to(&person.email)
        .into_iter()
        .filter(|m| m.contains(" received") && !m.contains("through the API"))
        .collect();
    assert_eq!(
        at_once.len(),
        1,
        "only the emergency is mailed at once: {at_once:?}"
    );
    assert!(at_once[0].contains(&urgent));
    assert!(receipts(&person.email).is_empty() && receipts("colleague@abilenetx.gov").is_empty());

    app.state.run_due_jobs("test-runner").await;
    let owner = receipts(&person.email);
    assert_eq!(owner.len(), 1, "one mail for the three: {owner:?}");
    for reference in &filed {
        assert!(owner[0].contains(reference.as_str()), "{reference} named");
    }
    assert!(
        !owner[0].contains(&urgent),
        "the emergency was told already"
    );
    let colleague = receipts("colleague@abilenetx.gov");
    assert_eq!(colleague.len(), 1);
    assert!(colleague[0].contains(&filed[0]) && !colleague[0].contains(&filed[1]));
    assert!(owner[0].contains("with your tokens") && owner[0].contains("revoke your API tokens"));
    assert!(
        colleague[0].contains("shared with you") && !colleague[0].contains("revoke"),
        "a colleague is not told to revoke tokens for requests others filed"
    );

    // Told once: the next pass sends nothing until more arrive.
    app.state.run_due_jobs("test-runner").await;
    assert_eq!(receipts(&person.email).len(), 1);
    let later = file(user_data_request()).await?;
    app.state.run_due_jobs("test-runner").await;
    let owner = receipts(&person.email);
    assert_eq!(owner.len(), 2);
    assert!(owner[1].contains(&later) && !owner[1].contains(&filed[0]));

    // A runner mails and deletes exactly what it claimed: a receipt committed while it
    // holds its claim (on PostgreSQL row ids are not in commit order) waits for the
    // next mail, and another runner (another node) takes nothing meanwhile.
    let owner_id = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("the requester exists")?
        .id;
    let claimed_first = file(user_data_request()).await?;
    let now = app.clock.now();
    let until = now.plus(Duration::minutes(10));
    let claim = app
        .store
        .claim_receipts(owner_id, now, until, 20)
        .await?
        .ok_or("a receipt to claim")?;
    assert_eq!(claim.own.0, 1);
    assert!(app
        .store
        .claim_receipts(owner_id, now, until, 20)
        .await?
        .is_none());
    let committed_meanwhile = file(user_data_request()).await?;
    app.store.receipts_mailed(&claim.claim).await?;
    app.state.run_due_jobs("test-runner").await;
    let owner = receipts(&person.email);
    assert_eq!(owner.len(), 3);
    assert!(owner[2].contains(&committed_meanwhile) && !owner[2].contains(&claimed_first));
    Ok(())
}
