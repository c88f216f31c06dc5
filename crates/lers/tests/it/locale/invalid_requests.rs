//! A request that cannot be acted on (a dead link, a choice no page offers) is
//! answered 400 in the reader's language, never in the parser's English; the API
//! adds the problem's stable `code`.

use lers_domain::problem::Problem;
use serde_json::{json, Value};

use super::*;
use crate::both_backends;
use crate::productions::{approved_request, open_production};

both_backends!(
    dead_links_and_unknown_choices_are_said_in_the_readers_language,
    a_failed_sign_in_is_said_in_the_visitors_language,
    the_upload_script_is_answered_in_the_producers_language,
);

async fn dead_links_and_unknown_choices_are_said_in_the_readers_language(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let visitor = TestApp::with_client(&app);
    visitor.get("/language?lang=pl&back=%2F").await;

    // A reset link nobody issued.
    let dead = visitor.get("/password/reset?token=not-a-link").await;
    assert_eq!(dead.status(), StatusCode::BAD_REQUEST);
    let html = unescaped(&dead.text().await?);
    said_in_polish_only(&html, &[Problem::new("form-link-unknown")]);
    assert!(html.contains(&tr("pl").get("link-invalid-title")), "{html}");
    // A verification or invitation link nobody issued.
    let dead = visitor.get("/verify?token=not-a-link").await;
    assert_eq!(dead.status(), StatusCode::BAD_REQUEST);
    said_in_polish_only(&dead.text().await?, &[Problem::new("form-link-unknown")]);

    // A language LERS does not have, asked for by a Polish reader.
    let unknown = visitor.get("/language?lang=tlh&back=%2F").await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    said_in_polish_only(
        &unknown.text().await?,
        &[Problem::new("form-choose-language")
            .text("language", "tlh")
            .text("languages", "en, de, es, fr, pl, vi, zh-CN")],
    );
    Ok(())
}

async fn a_failed_sign_in_is_said_in_the_visitors_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("zaloguj@abilenetx.gov").await;
    let visitor = TestApp::with_client(&app);
    visitor.get("/language?lang=pl&back=%2Flogin").await;
    let refused = visitor
        .log_in(&person.email, "not the password at all", "000000")
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    said_in_polish_only(
        &refused.text().await?,
        &[Problem::new("form-login-invalid")],
    );
    Ok(())
}

/// The console's upload script shows the server's `error` text as it comes: a
/// Polish producer reads it in Polish, with the same code as the API gives.
async fn the_upload_script_is_answered_in_the_producers_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, _, _) = approved_request(&app).await?;
    let producer = open_production(&app, &id).await?;
    choose(&app, "pia@provider.example", "pl", "Europe/Warsaw").await;
    let upload_url = producer.start_file("export.csv", 8).await?;

    let taken = producer
        .declare(json!({"name": "export.csv", "size": 3}))
        .await;
    assert_eq!(taken.status(), StatusCode::CONFLICT);
    let body: Value = taken.json().await?;
    let problem = Problem::new("form-refusal-file-name-taken").text("name", "export.csv");
    assert_eq!(body["code"], "form-refusal-file-name-taken");
    assert_eq!(body["error"], tr("pl").problem(&problem), "{body}");

    let no_offset = producer
        .browser
        .client
        .put(app.url(&upload_url))
        .header("x-csrf-token", &producer.csrf)
        .body(b"a,b\n1,2\n".to_vec())
        .send()
        .await?;
    assert_eq!(no_offset.status(), StatusCode::BAD_REQUEST);
    let body: Value = no_offset.json().await?;
    assert_eq!(body["code"], "form-upload-offset-missing");
    assert_eq!(
        body["error"],
        tr("pl").problem(&Problem::new("form-upload-offset-missing")),
        "{body}"
    );
    Ok(())
}
