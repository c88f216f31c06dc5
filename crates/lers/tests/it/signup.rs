//! Requester sign-up through to a signed-in dashboard, and the refusals on the way.

use lers_store::prelude::*;
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    full_sign_up_then_login_and_logout,
    refused_domain_keeps_the_form_and_sends_nothing,
    verification_link_works_once_and_expires,
    weak_passwords_are_refused,
    signing_up_twice_reveals_nothing,
    json_api_sign_up,
);

async fn full_sign_up_then_login_and_logout(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("dana.reyes@pd.abilenetx.gov").await;

    let dashboard = app.get("/dashboard").await;
    assert_eq!(dashboard.status(), StatusCode::OK);
    let html = dashboard.text().await?;
    assert!(
        html.contains("Abilene Police Department"),
        "dashboard shows the profile"
    );
    assert!(
        html.contains("Two-step verification set up (succeeded)"),
        "dashboard shows recent account activity, in words"
    );

    let out = app.log_out().await;
    assert_redirect(&out, "/login");
    assert_redirect(&app.get("/dashboard").await, "/login");

    app.advance(lers_domain::clock::Duration::seconds(30));
    let code = app.code(&person.secret);
    let login = app.log_in(&person.email, &person.password, &code).await;
    assert_redirect(&login, "/dashboard");
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);

    let actions: Vec<String> = app
        .store
        .audit_records(&lers_store::AuditQuery {
            limit: 100,
            ..Default::default()
        })
        .await?
        .items
        .into_iter()
        .map(|r| r.action)
        .collect();
    for expected in [
        "account.signed_up",
        "account.email_verified",
        "account.password_set",
        "mfa.enrolled",
        "session.logged_out",
        "login.succeeded",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} missing from {actions:?}"
        );
    }
    Ok(())
}

async fn refused_domain_keeps_the_form_and_sends_nothing(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    for email in [
        "x@gmail.com",
        "x@abilenetx.gov.evil.com",
        "x@abilenetxgov.com",
        "x@abilenetx.gov.",
        "x@evilabilenetx.gov",
        "x@аbilenetx.gov",
        "\"x\"@abilenetx.gov",
        "x(comment)@abilenetx.gov",
        "x@police.uk",
    ] {
        let response = app.submit_sign_up(email).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{email}"
        );
        let html = response.text().await?;
        assert!(
            html.contains("class=\"field-error\" id=\"f-email-error\""),
            "{email}: error next to the email field"
        );
        assert!(
            html.contains("value=\"Abilene Police Department\""),
            "{email}: typed values kept"
        );
        assert!(app.emails_to(email).is_empty(), "{email}: no email sent");
    }
    assert_redirect(
        &app.submit_sign_up("officer@met.police.uk").await,
        "/signup/sent",
    );
    Ok(())
}

async fn verification_link_works_once_and_expires(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("first@abilenetx.gov").await;
    // The same link again: refused.
    let link = app.verification_link(&person.email);
    let again = app.get(&link).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert!(again.text().await?.contains("already used"));

    // A link older than 24 hours: refused.
    app.submit_sign_up("late@abilenetx.gov").await;
    let link = app.verification_link("late@abilenetx.gov");
    app.advance(lers_domain::clock::Duration::hours(24));
    let late = app.get(&link).await;
    assert_eq!(late.status(), StatusCode::BAD_REQUEST);
    assert!(late.text().await?.contains("expired"));
    Ok(())
}

async fn weak_passwords_are_refused(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (link, token) = app.open_verification("weak@abilenetx.gov").await;
    for (password, expect) in [
        ("short", "at least 12"),
        ("elevenchars", "at least 12"),
        ("qwerty123456", "common"),
        ("LeaveMeAlone", "common"),
    ] {
        let response = app.set_password(&link, &token, password).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{password}"
        );
        let body = response.text().await?.to_lowercase();
        assert!(body.contains(expect), "{password}: expected {expect:?}");
    }
    // The link still works after refusals: nothing was consumed.
    let long = "a".repeat(40) + " sixty-four characters are fine here!!";
    let response = app.set_password(&link, &token, &long).await;
    assert_redirect(&response, "/mfa/enroll");
    Ok(())
}

async fn signing_up_twice_reveals_nothing(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("twice@abilenetx.gov").await;
    app.log_out().await;
    let response = app.submit_sign_up(&person.email).await;
    assert_redirect(&response, "/signup/sent");
    let mails = app.emails_to(&person.email);
    let last = mails.last().ok_or("no mail")?;
    assert!(
        last.contains("already has one"),
        "the mailbox owner is told, not the browser"
    );
    assert!(!last.contains("/verify?token="));
    Ok(())
}

async fn json_api_sign_up(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let body: serde_json::Value = serde_json::json!({
        "name": "Piotr Nowak", "agency": "Komenda Stołeczna Policji", "badge_number": "KSP-1",
        "phone": "+48 22 123 45 67", "mailing_address": "ul. Nowolipie 2, 00-150 Warszawa",
        "country": "PL", "subdivision": "Mazowieckie", "email": "p.nowak@abilenetx.gov"
    });
    let response = app
        .client
        .post(app.url("/api/v1/signup"))
        .json(&body)
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    assert!(!app.emails_to("p.nowak@abilenetx.gov").is_empty());

    let bad = serde_json::json!({"email": "p@gmail.com", "country": "XX"});
    let response = app
        .client
        .post(app.url("/api/v1/signup"))
        .json(&bad)
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let json: serde_json::Value = response.json().await?;
    let fields: Vec<&str> = json["fields"]
        .as_array()
        .ok_or("fields")?
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    for field in ["name", "agency", "country", "email"] {
        assert!(fields.contains(&field), "{field} missing from {fields:?}");
    }
    Ok(())
}
