//! Forgotten and changed passwords.

use super::*;
use crate::both_backends;

both_backends!(
    forgot_password_resets_once_keeps_the_second_factor_and_ends_sessions,
    forgot_password_answers_alike_for_unknown_addresses,
    a_reset_link_dies_when_a_newer_one_is_sent_the_password_changes_or_an_hour_passes,
    changing_the_password_needs_the_current_one_and_a_fresh_code,
);

async fn forgot_password_resets_once_keeps_the_second_factor_and_ends_sessions(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("forgetful@abilenetx.gov").await;
    app.advance(Duration::seconds(30));
    let laptop = TestApp::with_client(&app);
    assert_redirect(
        &laptop
            .log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );

    let stranger = TestApp::with_client(&app);
    let asked = stranger
        .submit(
            "/password/forgot",
            "/password/forgot",
            &[("email", &person.email)],
        )
        .await;
    assert_redirect(&asked, "/password/forgot/sent");
    let link = app.link_in_mail(&person.email, "/password/reset");
    let mail = app.emails_to(&person.email);
    assert!(mail.last().ok_or("mail")?.contains("within one hour"));
    let page = stranger.get(&link).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await?;
    assert!(html.contains(&person.email));
    let token = hidden_value(&html, "token").ok_or("token")?;

    // Too short a password is refused and the link stays usable.
    let short = stranger
        .submit(
            &link,
            "/password/reset",
            &[
                ("token", &token),
                ("password", "eleven char"),
                ("password_confirm", "eleven char"),
            ],
        )
        .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.text().await?.contains("at least 12"));
    let done = stranger
        .submit(
            &link,
            "/password/reset",
            &[
                ("token", &token),
                ("password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
            ],
        )
        .await;
    assert_redirect(&done, "/password/reset/done");
    // No session came with it, and every session of the account ended.
    assert_redirect(&stranger.get("/dashboard").await, "/login");
    assert_redirect(&app.get("/dashboard").await, "/login");
    assert_redirect(&laptop.get("/dashboard").await, "/login");
    // The link works once.
    let again = stranger.get(&link).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert!(again.text().await?.contains("already used"));

    // The old password is dead; the new one still needs the second factor.
    app.advance(Duration::seconds(30));
    let old = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
    let no_code = app.log_in(&person.email, NEW_PASSWORD, "").await;
    assert_eq!(no_code.status(), StatusCode::UNAUTHORIZED);
    app.advance(Duration::seconds(30));
    let login = app
        .log_in(&person.email, NEW_PASSWORD, &app.code(&person.secret))
        .await;
    assert_redirect(&login, "/dashboard");

    let reset = records(&app, "account.password_reset").await;
    assert_eq!(reset.len(), 1);
    assert_eq!(reset[0].details["sessions_ended"], 2);
    assert_eq!(
        records(&app, "account.password_reset_requested")
            .await
            .len(),
        1
    );
    Ok(())
}

async fn forgot_password_answers_alike_for_unknown_addresses(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("known@abilenetx.gov").await;
    app.log_out().await;
    assert_redirect(
        &app.submit_sign_up("unverified@abilenetx.gov").await,
        "/signup/sent",
    );
    let mut answers = Vec::new();
    for email in [
        person.email.as_str(),
        "nobody@abilenetx.gov",
        "unverified@abilenetx.gov",
        "someone@gmail.com",
    ] {
        let response = app
            .submit_from(
                "198.51.100.20",
                "/password/forgot",
                "/password/forgot",
                &[("email", email)],
            )
            .await;
        let status = response.status();
        let to = location(&response);
        let page = app.get(&to).await.text().await?;
        answers.push((email, status, to, page));
    }
    for (email, status, to, page) in &answers[1..] {
        assert_eq!(*status, answers[0].1, "{email}");
        assert_eq!(*to, answers[0].2, "{email}");
        assert_eq!(*page, answers[0].3, "{email}");
    }
    assert_eq!(answers[0].1, StatusCode::SEE_OTHER);
    assert!(answers[0]
        .3
        .contains("If the address belongs to an active account"));
    // Only the real, verified account got a link.
    assert!(app.emails_to("nobody@abilenetx.gov").is_empty());
    assert!(app
        .emails_to("unverified@abilenetx.gov")
        .iter()
        .all(|m| !m.contains("/password/reset")));
    app.link_in_mail(&person.email, "/password/reset");
    let requested = records(&app, "account.password_reset_requested").await;
    let mut reasons: Vec<String> = requested
        .iter()
        .map(|r| {
            format!(
                "{}:{}",
                r.outcome,
                r.details["reason"].as_str().unwrap_or("")
            )
        })
        .collect();
    reasons.sort();
    assert_eq!(
        reasons,
        [
            "denied:account_not_verified",
            "denied:no_account",
            "denied:no_account",
            "success:"
        ]
    );
    Ok(())
}

async fn a_reset_link_dies_when_a_newer_one_is_sent_the_password_changes_or_an_hour_passes(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("links@abilenetx.gov").await;
    let ask = || async {
        let response = TestApp::with_client(&app)
            .submit(
                "/password/forgot",
                "/password/forgot",
                &[("email", person.email.as_str())],
            )
            .await;
        assert_redirect(&response, "/password/forgot/sent");
        app.link_in_mail(&person.email, "/password/reset")
    };
    let first = ask().await;
    let second = ask().await;
    assert_ne!(first, second);
    let dead = app.get(&first).await;
    assert_eq!(dead.status(), StatusCode::BAD_REQUEST);
    assert!(dead.text().await?.contains("no longer works"));
    assert_eq!(app.get(&second).await.status(), StatusCode::OK);

    // A password change (signed in) kills the outstanding reset link.
    app.advance(Duration::seconds(30));
    let changed = app
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("password", NEW_PASSWORD),
                ("password_confirm", NEW_PASSWORD),
                ("code", &app.code(&person.secret)),
            ],
        )
        .await;
    assert_eq!(changed.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.get(&second).await.status(), StatusCode::BAD_REQUEST);
    // Even its form cannot be posted any more.
    let attempt = TestApp::with_client(&app)
        .submit(
            "/login",
            "/password/reset",
            &[
                ("token", token_of(&second).as_str()),
                ("password", "someone else's passphrase"),
                ("password_confirm", "someone else's passphrase"),
            ],
        )
        .await;
    assert_eq!(attempt.status(), StatusCode::BAD_REQUEST);

    // A link is good for one hour. (The sign-up and two requests used this
    // mailbox's three mails of the hour: wait for the hour to pass first.)
    app.advance(Duration::hours(1));
    let third = ask().await;
    app.advance(Duration::minutes(59));
    assert_eq!(app.get(&third).await.status(), StatusCode::OK);
    app.advance(Duration::minutes(1));
    let late = app.get(&third).await;
    assert_eq!(late.status(), StatusCode::BAD_REQUEST);
    assert!(late.text().await?.contains("expired"));
    Ok(())
}

async fn changing_the_password_needs_the_current_one_and_a_fresh_code(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("change@abilenetx.gov").await;
    app.advance(Duration::seconds(30));
    let phone = TestApp::with_client(&app);
    assert_redirect(
        &phone
            .log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    app.advance(Duration::seconds(30));
    let change = |current: &'static str, code: String| {
        let app = &app;
        async move {
            app.submit(
                "/account/password",
                "/account/password",
                &[
                    ("current_password", current),
                    ("password", NEW_PASSWORD),
                    ("password_confirm", NEW_PASSWORD),
                    ("code", &code),
                ],
            )
            .await
        }
    };
    let wrong_password = change("not my password at all", app.code(&person.secret)).await;
    assert_eq!(wrong_password.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong_password
        .text()
        .await?
        .contains("f-current_password-error"));
    let wrong_code = change(PASSWORD, "000000".into()).await;
    assert_eq!(wrong_code.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong_code.text().await?.contains("f-code-error"));
    let failures: Vec<String> = records(&app, "login.failed")
        .await
        .iter()
        .map(|r| r.details["reason"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(failures.contains(&"change_password_bad_password".to_owned()));
    assert!(failures
        .iter()
        .any(|r| r.starts_with("change_password_totp")));

    let code = app.code(&person.secret);
    let done = change(PASSWORD, code.clone()).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert!(location(&done).starts_with("/account/profile?notice="));
    // This session goes on; the other one ended.
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    assert_redirect(&phone.get("/dashboard").await, "/login");
    // The code was recorded: it cannot be replayed, not even here.
    let replay = app
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current_password", NEW_PASSWORD),
                ("password", "yet another passphrase 77"),
                ("password_confirm", "yet another passphrase 77"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(replay.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let other = TestApp::with_client(&app);
    assert_eq!(
        other
            .log_in(&person.email, NEW_PASSWORD, &code)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &other
            .log_in(&person.email, NEW_PASSWORD, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    let changed = records(&app, "account.password_changed").await;
    assert_eq!(changed.len(), 1);
    assert_eq!(changed[0].details["sessions_ended"], 1);
    Ok(())
}
