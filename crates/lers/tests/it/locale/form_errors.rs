//! Field errors in the reader's language (issue 17): a Polish officer who mistypes the
//! sign-up form or a request draft reads what is wrong in Polish, with no English
//! sentence left; the JSON API keeps English words and adds a stable `code`.

use lers_domain::account::Role;
use lers_domain::problem::Problem;
use reqwest::Method;
use serde_json::{json, Value};

use super::*;
use crate::both_backends;

both_backends!(
    sign_up_problems_are_said_in_the_visitors_language,
    draft_problems_are_said_in_the_profiles_language,
    the_api_gives_a_code_and_english_words,
    the_response_teams_problems_are_said_in_their_language,
    refusals_are_said_in_the_readers_language,
);

async fn sign_up_problems_are_said_in_the_visitors_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // A visitor who chose Polish on the sign-up page (kept in a cookie).
    let visitor = TestApp::with_client(&app);
    visitor.get("/language?lang=pl&back=%2Fsignup").await;
    let html = visitor.get("/signup").await.text().await?;
    assert!(html.contains("<html lang=\"pl\">"));
    let token = csrf_token(&html).unwrap_or_default();
    let mut fields = signup_fields("polski@abilenetx.gov");
    for (name, value) in &mut fields {
        match *name {
            "name" => value.clear(),
            "badge_number" => *value = "APD\t4471".into(),
            "phone" => *value = "555 0100".into(),
            "mailing_address" => *value = "PO Box 12, Abilene".into(),
            _ => {}
        }
    }
    fields.push(("csrf", token));
    let refused = visitor
        .client
        .post(app.url("/signup"))
        .form(&fields)
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    said_in_polish_only(
        &refused.text().await?,
        &[
            Problem::new("form-enter-full-name"),
            Problem::new("form-line-break").label("what", "form-your-badge"),
            Problem::new("form-phone-format"),
            Problem::new("form-po-box"),
        ],
    );
    Ok(())
}

async fn draft_problems_are_said_in_the_profiles_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("szkic@abilenetx.gov").await;
    choose(&app, &person.email, "pl", "Europe/Warsaw").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    for (name, value) in &mut fields {
        match *name {
            "title" => value.clear(),
            "target_value_0" => *value = "555-0100".into(),
            "date_from" => *value = "2026-13-45".into(),
            "description" => *value = "x".repeat(10_001),
            _ => {}
        }
    }
    let refused = app.post_request_form(&id, &fields).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    said_in_polish_only(
        &refused.text().await?,
        &[
            Problem::new("form-enter").label("what", "form-what-title"),
            Problem::new("form-too-long")
                .label("what", "form-what-description")
                .number("max", 10_000),
            Problem::new("form-target-invalid")
                .number("number", 1)
                .text("value", "555-0100")
                .label("reason", "form-target-phone"),
            Problem::new("form-not-a-date").label("what", "form-what-date-from"),
        ],
    );
    Ok(())
}

async fn the_api_gives_a_code_and_english_words(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("api-pl@abilenetx.gov").await;
    choose(&app, &person.email, "pl", "Europe/Warsaw").await;
    let writer = app.create_token(&person, &["read", "submit"]).await;
    let refused = app
        .api(Method::POST, "/api/v1/requests", &writer)
        .header("accept-language", "pl")
        .json(&json!({"kind": "emergency", "submit": true, "request": {"title": "x"}}))
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await?;
    let fields = body["fields"].as_array().ok_or("fields")?;
    let find = |field: &str| fields.iter().find(|f| f["field"] == field);
    let narrative = find("narrative").ok_or("narrative")?;
    assert_eq!(narrative["code"], "form-enter");
    assert_eq!(
        narrative["message"],
        tr("en").problem(&Problem::new("form-enter").label("what", "form-what-narrative"))
    );
    let attested = find("attested").ok_or("attested")?;
    assert_eq!(attested["code"], "form-attest");
    assert_eq!(attested["message"], "Confirm the emergency attestation.");
    assert!(
        fields.iter().all(|f| f["code"].is_string()),
        "every draft problem has a code: {fields:?}"
    );

    // The OpenAPI document describes the code.
    let document: Value = app.get("/api/v1/openapi.json").await.json().await?;
    let field_error = &document["components"]["schemas"]["ApiFieldError"];
    // Every problem has a code.
    assert_eq!(field_error["properties"]["code"]["type"], json!("string"));
    assert!(field_error["required"]
        .as_array()
        .is_some_and(|r| r.contains(&json!("code"))));
    assert!(
        document["components"]["schemas"]["ApiErrorBody"]["properties"]["fields"]["items"]["$ref"]
            .as_str()
            .is_some_and(|r| r.ends_with("/ApiFieldError")),
        "{document}"
    );
    Ok(())
}

/// A Polish response team: the checklist saved unanswered, a call-back recorded
/// without its facts, a decision without a choice, an intake record without its kind
/// and channel and a directory entry without its facts are refused in Polish.
async fn the_response_teams_problems_are_said_in_their_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("pilne@abilenetx.gov").await;
    let (id, _) = app.file_request("emergency", None).await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, _) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    for email in ["rita@provider.example", "abe@provider.example"] {
        choose(&app, email, "pl", "Europe/Warsaw").await;
    }
    let page = format!("/staff/requests/{id}");
    let refused = reviewer.submit(&page, &format!("{page}/review"), &[]).await;
    said_in_polish_only(
        &refused.text().await?,
        &[Problem::new("form-review-unanswered")],
    );
    let refused = reviewer
        .submit(
            &page,
            &format!("{page}/callback"),
            &[("callback_phone", "")],
        )
        .await;
    said_in_polish_only(
        &refused.text().await?,
        &[
            Problem::new("form-callback-phone-missing"),
            Problem::new("form-callback-source-missing"),
            Problem::new("form-callback-result-missing"),
        ],
    );
    let refused = approver.submit(&page, &format!("{page}/decide"), &[]).await;
    said_in_polish_only(
        &refused.text().await?,
        &[Problem::new("form-decision-missing")],
    );
    // A request that came by fax, entered with a receipt time ahead of now.
    let (intake, _) = app
        .staff("Ivo Intake", "ivo@provider.example", &[Role::Intake])
        .await;
    choose(&app, "ivo@provider.example", "pl", "Europe/Warsaw").await;
    let refused = intake
        .submit(
            "/staff/intake",
            "/staff/intake",
            &[("received", "2999-01-01 00:00")],
        )
        .await;
    said_in_polish_only(
        &refused.text().await?,
        &[
            Problem::new("form-intake-kind-missing"),
            Problem::new("form-intake-channel-missing"),
            Problem::new("form-intake-time-future").label("what", "form-what-time-received"),
        ],
    );
    // An agency entered in the call-back directory without a name, country or number.
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    choose(&app, "ada@provider.example", "pl", "Europe/Warsaw").await;
    let refused = admin
        .submit(
            "/staff/agencies",
            "/staff/agencies",
            &[("country", "XX"), ("switchboard", "call us")],
        )
        .await;
    said_in_polish_only(
        &refused.text().await?,
        &[
            Problem::new("form-agency-name-missing"),
            Problem::new("form-agency-country-invalid"),
            Problem::new("form-agency-switchboard-invalid"),
        ],
    );
    Ok(())
}

/// A rule's "no" (from the store, after the form was complete) reaches the reader in
/// their language too: a colleague who has no account, a decision before any review,
/// an allow-list pattern that would admit everyone.
async fn refusals_are_said_in_the_readers_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("wspolpraca@abilenetx.gov").await;
    choose(&app, &person.email, "pl", "Europe/Warsaw").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("colleagues", "nikt@abilenetx.gov".into()));
    let refused = app.post_request_form(&id, &fields).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    said_in_polish_only(
        &refused.text().await?,
        &[Problem::new("form-refusal-access-not-a-colleague")
            .text("email", "nikt@abilenetx.gov")
            .text("domain", "abilenetx.gov")],
    );

    let (id, _) = app.file_request("user_data", None).await;
    let (approver, _) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    choose(&app, "abe@provider.example", "pl", "Europe/Warsaw").await;
    let page = format!("/staff/requests/{id}");
    let refused = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "reject"), ("reason_overbroad", "on")],
        )
        .await;
    said_in_polish_only(
        &refused.text().await?,
        &[Problem::new("form-refusal-decide-no-review")],
    );

    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    choose(&app, "ada@provider.example", "pl", "Europe/Warsaw").await;
    let refused = admin
        .submit("/staff/domains", "/staff/domains", &[("pattern", "*")])
        .await;
    said_in_polish_only(
        &refused.text().await?,
        &[Problem::new("form-domain-rule-bare-wildcard")],
    );
    Ok(())
}
