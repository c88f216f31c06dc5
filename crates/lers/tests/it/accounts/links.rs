//! Verification and invitation links: one live link, and a verified account cannot be taken over.

use super::*;
use crate::both_backends;

both_backends!(
    an_old_verification_link_cannot_take_over_a_verified_account,
    the_redeemed_sign_up_decides_the_profile,
    sending_the_link_again_kills_the_old_one_and_answers_alike,
);

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
