//! Links, forgotten and changed passwords, profiles, email changes, throttled sign-up
//! and the text rule, as a browser meets them.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, AuditQuery, AuditRecord};
use reqwest::StatusCode;
use sqlx::Executor;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    an_old_verification_link_cannot_take_over_a_verified_account,
    the_redeemed_sign_up_decides_the_profile,
    sending_the_link_again_kills_the_old_one_and_answers_alike,
    forgot_password_resets_once_keeps_the_second_factor_and_ends_sessions,
    forgot_password_answers_alike_for_unknown_addresses,
    a_reset_link_dies_when_a_newer_one_is_sent_the_password_changes_or_an_hour_passes,
    changing_the_password_needs_the_current_one_and_a_fresh_code,
    people_correct_their_own_details_but_not_their_email,
    an_admin_moves_an_account_to_a_new_address_once_it_is_confirmed_there,
    mail_forms_are_throttled_per_address_and_per_mailbox,
    control_characters_never_reach_a_mail_or_a_header,
);

const NEW_PASSWORD: &str = "a brand new passphrase 2026";

async fn records(app: &TestApp, action: &str) -> Vec<AuditRecord> {
    app.store
        .audit_records(&AuditQuery {
            action: Some(action.into()),
            limit: 1000,
            ..Default::default()
        })
        .await
        .expect("audit records")
        .items
}

fn token_of(link: &str) -> String {
    link.split_once("token=")
        .map(|(_, t)| t.to_owned())
        .unwrap_or_default()
}

/// Posts a verification link's password form from `web` without loading the link's
/// page first (the page of a dead link has no form).
async fn post_password(web: &Browser<'_>, link: &str, password: &str) -> reqwest::Response {
    let token = token_of(link);
    web.submit(
        "/login",
        "/verify",
        &[
            ("token", token.as_str()),
            ("password", password),
            ("password_confirm", password),
        ],
    )
    .await
}

async fn an_old_verification_link_cannot_take_over_a_verified_account(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let officer = "dana.reyes@abilenetx.gov";
    assert_redirect(&app.submit_sign_up(officer).await, "/signup/sent");
    let first = app.verification_link(officer);
    // Signing up again re-issues the link and revokes the first one.
    assert_redirect(&app.submit_sign_up(officer).await, "/signup/sent");
    let second = app.verification_link(officer);
    assert_ne!(first, second);
    let dead = app.get(&first).await;
    assert_eq!(dead.status(), StatusCode::BAD_REQUEST);
    assert!(dead.text().await?.contains("no longer works"));

    // The officer verifies with the newest link and enrolls.
    let html = app.get(&second).await.text().await?;
    let token = hidden_value(&html, "token").ok_or("token")?;
    assert_redirect(
        &app.set_password(&second, &token, PASSWORD).await,
        "/mfa/enroll",
    );
    let secret = enroll(&app, &app, "/dashboard").await;

    // Someone holding the first mail tries to set a password with it: refused.
    let attacker = TestApp::with_client(&app);
    let attempt = post_password(&attacker, &first, "attacker chosen password 1").await;
    assert_eq!(attempt.status(), StatusCode::BAD_REQUEST);
    assert!(attempt.text().await?.contains("no longer works"));

    // Even a verification link nobody revoked (say, issued before this rule) is dead
    // once the address is verified: it never sets an active account's password.
    let account = app
        .store
        .account_by_email(officer)
        .await?
        .ok_or("account")?;
    let stray = lers_store::tokens::generate();
    let expires = app.clock_now().plus(Duration::hours(24)).unix_millis();
    app.store
        .pool()
        .execute(
            format!(
                "INSERT INTO one_time_tokens (token_hash, purpose, account_id, created_at, expires_at) \
                 VALUES ('{}', 'verify_email', {}, {}, {expires})",
                lers_store::tokens::hash(&stray),
                account.id,
                app.clock_now().unix_millis()
            )
            .as_str(),
        )
        .await?;
    let stray_link = format!("/verify?token={stray}");
    assert_eq!(
        attacker.get(&stray_link).await.status(),
        StatusCode::BAD_REQUEST
    );
    let attempt = post_password(&attacker, &stray_link, "attacker chosen password 2").await;
    assert_eq!(attempt.status(), StatusCode::BAD_REQUEST);

    // The officer's session survived and the password is still theirs.
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    let after = app
        .store
        .account_by_email(officer)
        .await?
        .ok_or("account")?;
    assert_eq!(after.password_hash, account.password_hash);
    app.advance(Duration::seconds(30));
    let other = TestApp::with_client(&app);
    let refused = other
        .log_in(officer, "attacker chosen password 1", &app.code(&secret))
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    app.advance(Duration::seconds(30));
    let login = other.log_in(officer, PASSWORD, &app.code(&secret)).await;
    assert_redirect(&login, "/dashboard");
    let verified = records(&app, "account.email_verified").await;
    assert_eq!(verified.len(), 1, "verified exactly once");
    Ok(())
}

async fn the_redeemed_sign_up_decides_the_profile(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let officer = "dana.reyes@abilenetx.gov";
    // The attacker signs up first with the officer's address and their own details.
    let attacker = TestApp::with_client(&app);
    let mut fields = signup_fields(officer);
    for (key, value) in fields.iter_mut() {
        match *key {
            "name" => *value = "Mallory Impostor".into(),
            "agency" => *value = "Fake Agency of Nowhere".into(),
            "phone" => *value = "+1 900 555 0100".into(),
            _ => {}
        }
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_redirect(
        &attacker.submit("/signup", "/signup", &fields).await,
        "/signup/sent",
    );
    let attackers_link = app.verification_link(officer);
    // Nothing of it reaches the account before a link is redeemed.
    let pending = app
        .store
        .account_by_email(officer)
        .await?
        .ok_or("account")?;
    assert_eq!(pending.name, "");
    assert_eq!(pending.profile.agency, "");
    assert_eq!(pending.profile.phone, "");

    // The officer signs up with their own details and redeems their own link.
    app.sign_up(officer).await;
    let html = app.get("/dashboard").await.text().await?;
    assert!(html.contains("Dana Reyes"), "the officer's name");
    assert!(html.contains("Abilene Police Department"));
    assert!(html.contains("+1 325 555 0100 ext. 12"));
    assert!(!html.contains("Mallory") && !html.contains("Fake Agency"));
    let account = app
        .store
        .account_by_email(officer)
        .await?
        .ok_or("account")?;
    assert_eq!(account.profile.agency, "Abilene Police Department");
    assert_eq!(account.name, "Dana Reyes");

    // The attacker's link is dead.
    let dead = attacker.get(&attackers_link).await;
    assert_eq!(dead.status(), StatusCode::BAD_REQUEST);
    let attempt = post_password(&attacker, &attackers_link, "attacker chosen password 1").await;
    assert_eq!(attempt.status(), StatusCode::BAD_REQUEST);
    Ok(())
}

async fn sending_the_link_again_kills_the_old_one_and_answers_alike(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let email = "resend@abilenetx.gov";
    assert_redirect(&app.submit_sign_up(email).await, "/signup/sent");
    let first = app.verification_link(email);
    let sent = app.get("/signup/sent").await.text().await?;
    assert!(
        sent.contains("/signup/resend"),
        "the way to ask again is shown"
    );

    let again = app
        .submit("/signup/resend", "/signup/resend", &[("email", email)])
        .await;
    assert_redirect(&again, "/signup/sent");
    let second = app.verification_link(email);
    assert_ne!(first, second);
    assert!(app
        .emails_to(email)
        .last()
        .ok_or("mail")?
        .contains("Hello Dana Reyes"));
    assert_eq!(app.get(&first).await.status(), StatusCode::BAD_REQUEST);

    // An unknown address gets the same answer and no mail.
    let unknown = app
        .submit(
            "/signup/resend",
            "/signup/resend",
            &[("email", "nobody@abilenetx.gov")],
        )
        .await;
    assert_redirect(&unknown, "/signup/sent");
    assert!(app.emails_to("nobody@abilenetx.gov").is_empty());

    // The new link carries the sign-up's details to the account.
    let html = app.get(&second).await.text().await?;
    let token = hidden_value(&html, "token").ok_or("token")?;
    assert_redirect(
        &app.set_password(&second, &token, PASSWORD).await,
        "/mfa/enroll",
    );
    enroll(&app, &app, "/dashboard").await;
    assert!(app
        .get("/dashboard")
        .await
        .text()
        .await?
        .contains("Abilene Police Department"));

    // A verified account gets the same answer, and no new link.
    let mails = app.emails_to(email).len();
    let verified = app
        .submit("/signup/resend", "/signup/resend", &[("email", email)])
        .await;
    assert_redirect(&verified, "/signup/sent");
    assert_eq!(app.emails_to(email).len(), mails);
    let resent = records(&app, "account.verification_resent").await;
    assert_eq!(resent.len(), 3);
    assert_eq!(
        resent.iter().filter(|r| r.outcome == "success").count(),
        1,
        "{resent:?}"
    );
    Ok(())
}

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

async fn people_correct_their_own_details_but_not_their_email(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("profile@abilenetx.gov").await;
    let page = app.get("/account/profile").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await?;
    assert!(html.contains(&person.email));
    assert!(html.contains("value=\"Abilene Police Department\""));

    let mut fields = signup_fields("attacker@abilenetx.gov");
    for (key, value) in fields.iter_mut() {
        match *key {
            "agency" => *value = "Taylor County Sheriff's Office".into(),
            "phone" => *value = "+1 325 555 0177".into(),
            _ => {}
        }
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = app
        .submit("/account/profile", "/account/profile", &fields)
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = app.get("/dashboard").await.text().await?;
    assert!(html.contains("Taylor County Sheriff"));
    assert!(html.contains("+1 325 555 0177"));
    assert!(
        html.contains(&person.email),
        "the email address did not change"
    );
    assert!(app
        .store
        .account_by_email("attacker@abilenetx.gov")
        .await?
        .is_none());
    let updated = records(&app, "account.profile_updated").await;
    assert_eq!(updated.len(), 1);
    assert_eq!(
        updated[0].details["fields"],
        serde_json::json!(["agency", "phone"])
    );
    assert!(
        !updated[0].details.to_string().contains("555 0177"),
        "no values"
    );

    // The sign-up rules apply: a PO box, a line break in the name.
    let bad = app
        .submit(
            "/account/profile",
            "/account/profile",
            &[
                ("name", "Dana\r\nReyes"),
                ("agency", "Abilene Police Department"),
                ("badge_number", "APD-4471"),
                ("phone", "+1 325 555 0100"),
                ("mailing_address", "PO Box 12, Abilene"),
                ("country", "US"),
                ("subdivision", "TX"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await?;
    assert!(html.contains("f-name-error") && html.contains("line break"));
    assert!(html.contains("f-mailing_address-error"));

    // Staff edit their name.
    let (staff, _) = app
        .staff("Rita Reviewer", "rita@provider.example", &[Role::Reviewer])
        .await;
    let saved = staff
        .submit(
            "/account/profile",
            "/account/profile",
            &[("name", "Rita M. Reviewer")],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = staff.get("/staff").await.text().await?;
    assert!(html.contains("Rita M. Reviewer"));
    assert_eq!(records(&app, "account.profile_updated").await.len(), 2);
    Ok(())
}

async fn an_admin_moves_an_account_to_a_new_address_once_it_is_confirmed_there(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("old.address@abilenetx.gov").await;
    let id = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?
        .id;
    let page = format!("/staff/accounts/{id}/email");
    // Not for requesters.
    assert_eq!(app.get(&page).await.status(), StatusCode::FORBIDDEN);
    app.sign_up("taken@abilenetx.gov").await;

    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    assert_eq!(admin.get(&page).await.status(), StatusCode::OK);
    for (bad, expected) in [
        ("dana@gmail.com", "allow-list"),
        ("taken@abilenetx.gov", "already belongs"),
        ("not an address", "f-email-error"),
    ] {
        let response = admin.submit(&page, &page, &[("email", bad)]).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(response.text().await?.contains(expected), "{bad}");
    }
    let new = "new.address@abilenetx.gov";
    let asked = admin.submit(&page, &page, &[("email", new)]).await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    let link = app.link_in_mail(new, "/account/email/confirm");
    assert!(
        app.emails_to(&person.email)
            .iter()
            .all(|m| !m.contains("/account/email/confirm")),
        "the link goes to the new address only"
    );
    // Nothing changed yet.
    assert!(app.store.account_by_email(&person.email).await?.is_some());
    assert!(app.store.account_by_email(new).await?.is_none());

    let visitor = TestApp::with_client(&app);
    let confirm = visitor.get(&link).await;
    assert_eq!(confirm.status(), StatusCode::OK);
    assert!(confirm.text().await?.contains(new));
    let done = visitor
        .submit(
            &link,
            "/account/email/confirm",
            &[("token", token_of(&link).as_str())],
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(done.text().await?.contains(new));
    assert!(app.store.account_by_email(&person.email).await?.is_none());
    let moved = app.store.account_by_email(new).await?.ok_or("moved")?;
    assert_eq!(moved.id, id);
    // Once.
    assert_eq!(visitor.get(&link).await.status(), StatusCode::BAD_REQUEST);
    // The old address is told.
    let told = app.emails_to(&person.email);
    assert!(
        told.last()
            .is_some_and(|m| m.contains("was changed to") && m.contains(new)),
        "the old address hears of the change"
    );

    app.log_out().await;
    app.advance(Duration::seconds(30));
    assert_eq!(
        app.log_in(&person.email, PASSWORD, &app.code(&person.secret))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(new, PASSWORD, &app.code(&person.secret)).await,
        "/dashboard",
    );
    assert_eq!(
        records(&app, "account.email_change_requested").await.len(),
        1
    );
    let changed = records(&app, "account.email_changed").await;
    assert_eq!(changed.len(), 1);
    assert_eq!(
        changed[0].subject.as_deref(),
        Some(moved.pseudonym.as_str())
    );
    Ok(())
}

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
    // The JSON API answers the same way.
    let api = app
        .client
        .post(app.url("/api/v1/signup"))
        .header("x-forwarded-for", ip)
        .json(
            &serde_json::json!({"email": "officer11@abilenetx.gov", "name": "A B",
            "agency": "APD", "badge_number": "1", "phone": "+1 325 555 0100",
            "mailing_address": "555 Walnut St", "country": "US", "subdivision": "TX"}),
        )
        .send()
        .await?;
    assert_eq!(api.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(api.headers().contains_key("retry-after"));
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
