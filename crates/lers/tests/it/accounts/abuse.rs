//! Throttled mail forms, and control characters kept out of mail and headers.

use super::*;
use crate::both_backends;

both_backends!(
    mail_forms_are_throttled_per_address_and_per_mailbox,
    control_characters_never_reach_a_mail_or_a_header,
);

async fn mail_forms_are_throttled_per_address_and_per_mailbox(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let sign_up_from = |ip: &'static str, email: String| {
        let app = &app;
        async move {
            let fields = signup_fields(&email);
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.submit_from(ip, "/signup", "/signup", &fields).await
        }
    };
    // Per mailbox: three mails an hour, from anywhere.
    let target = "target@abilenetx.gov".to_owned();
    for ip in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        assert_redirect(&sign_up_from(ip, target.clone()).await, "/signup/sent");
    }
    app.advance(Duration::minutes(20));
    let refused = sign_up_from("198.51.100.4", target.clone()).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = refused
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or("Retry-After")?;
    assert_eq!(retry, 40 * 60, "until the first attempt is an hour old");
    assert!(refused.text().await?.contains("Try again in 40 minutes"));
    assert_eq!(app.emails_to(&target).len(), 3);
    let resend = app
        .submit_from(
            "198.51.100.5",
            "/signup/resend",
            "/signup/resend",
            &[("email", &target)],
        )
        .await;
    assert_eq!(resend.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(resend.headers().contains_key("retry-after"));
    app.advance(Duration::minutes(40));
    assert_redirect(
        &sign_up_from("198.51.100.4", target.clone()).await,
        "/signup/sent",
    );

    // Per address: ten an hour, whatever the mailboxes.
    let ip = "203.0.113.9";
    for i in 0..10 {
        assert_redirect(
            &sign_up_from(ip, format!("officer{i}@abilenetx.gov")).await,
            "/signup/sent",
        );
    }
    let eleventh = sign_up_from(ip, "officer10@abilenetx.gov".into()).await;
    assert_eq!(eleventh.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(app.emails_to("officer10@abilenetx.gov").is_empty());
    // The limit is shared by every form that mails a typed address, and a known and
    // an unknown address are refused alike.
    for (action, email) in [
        ("/signup/resend", "officer1@abilenetx.gov"),
        ("/password/forgot", "officer1@abilenetx.gov"),
        ("/password/forgot", "nobody@abilenetx.gov"),
    ] {
        let response = app
            .submit_from(ip, action, action, &[("email", email)])
            .await;
        assert_eq!(
            response.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "{action} {email}"
        );
    }
    // The JSON API answers the same way: in English with a code, as all its errors,
    // even to a Polish client.
    let api = app
        .client
        .post(app.url("/api/v1/signup"))
        .header("x-forwarded-for", ip)
        .header("accept-language", "pl")
        .json(
            &serde_json::json!({"email": "officer11@abilenetx.gov", "name": "A B",
            "agency": "APD", "badge_number": "1", "phone": "+1 325 555 0100",
            "mailing_address": "555 Walnut St", "country": "US", "subdivision": "TX"}),
        )
        .send()
        .await?;
    assert_eq!(api.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(api.headers().contains_key("retry-after"));
    let body: serde_json::Value = api.json().await?;
    assert_eq!(body["code"], "throttled-text", "{body}");
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("Too many attempts")),
        "{body}"
    );
    // Another address is not affected.
    assert_redirect(
        &sign_up_from("203.0.113.10", "officer12@abilenetx.gov".into()).await,
        "/signup/sent",
    );
    app.advance(Duration::hours(1));
    assert_redirect(
        &sign_up_from(ip, "officer10@abilenetx.gov".into()).await,
        "/signup/sent",
    );
    let throttled = records(&app, "account.mail_throttled").await;
    assert_eq!(throttled.len(), 7, "{throttled:?}");
    assert!(throttled
        .iter()
        .any(|r| r.details["limit"] == "mailbox" && r.details["action"] == "sign_up"));
    assert!(throttled
        .iter()
        .any(|r| r.details["limit"] == "address" && r.details["action"] == "password_reset"));
    Ok(())
}

async fn control_characters_never_reach_a_mail_or_a_header(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "inject@abilenetx.gov";
    for (field, value, expected) in [
        (
            "name",
            "Dana Reyes\r\n\r\nURGENT: your account is suspended, call +1 900 555 0100",
            "line break",
        ),
        ("agency", "Abilene PD\u{202E}gpj.exe", "text-direction"),
        ("badge_number", "APD\t4471", "line break"),
        ("mailing_address", "555 Walnut St\nAbilene", "line break"),
        ("phone", "+1 325 555 0100\u{200B}", "invisible"),
    ] {
        let mut fields = signup_fields(email);
        for (key, v) in fields.iter_mut() {
            if *key == field {
                *v = value.into();
            }
        }
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let response = app.submit("/signup", "/signup", &fields).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let html = response.text().await?;
        assert!(html.contains(&format!("id=\"f-{field}-error\"")), "{field}");
        assert!(html.contains(expected), "{field}: {expected}");
    }
    assert!(app.emails_to(email).is_empty(), "no mail went out");

    // Staff names, in the invitation mail.
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let invite = admin
        .submit(
            "/staff/accounts",
            "/staff/accounts",
            &[
                ("name", "Rita\r\nBcc: everyone@example.com"),
                ("email", "rita@provider.example"),
                ("role_reviewer", "on"),
            ],
        )
        .await;
    assert_eq!(invite.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(app.emails_to("rita@provider.example").is_empty());

    // Request fields that reach mail stay on one line; a description may have lines
    // but no direction overrides.
    app.sign_up("requester@abilenetx.gov").await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    for (key, value) in fields.iter_mut() {
        if *key == "title" {
            *value = "Operation\r\nWalnut".into();
        }
    }
    let response = app.post_request_form(&id, &fields).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await?.contains("f-title-error"));
    let mut fields = request_fields("user_data", None);
    for (key, value) in fields.iter_mut() {
        if *key == "description" {
            *value = "Line one.\nLine two \u{2067}reversed\u{2069}.".into();
        }
    }
    let response = app.post_request_form(&id, &fields).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await?.contains("f-description-error"));
    // File names, which go into Content-Disposition.
    let pdf = lers_app::sample_pdf("", "SEARCH WARRANT");
    let upload = app.upload(&id, "warrant\u{202E}fdp.exe", pdf).await;
    assert_eq!(upload.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(upload.text().await?.contains("file name"));
    let mut fields = request_fields("user_data", None);
    for (key, value) in fields.iter_mut() {
        if *key == "description" {
            *value = "Line one.\nLine two.".into();
        }
    }
    let response = app.post_request_form(&id, &fields).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "newlines are fine there"
    );

    Ok(())
}
