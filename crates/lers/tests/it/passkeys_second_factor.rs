//! A security key after the password, in place of the code (issue 17 §2), without an
//! authenticator: the keys offered for an address do not tell whether its account
//! exists or has keys, and a key's answer never confirms a password on its own — any
//! failure is the one sign-in message, counted towards the lock. The ceremony with a
//! real (virtual) key that keeps no passkey is in `e2e/passkeys.test.mjs`.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use lers_domain::account::AccountStatus;
use lers_domain::clock::Duration;
use lers_store::PasskeyStore;
use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::harness::*;
use crate::passkeys::{account, give_key, post_json, spawn, token_of};

both_backends!(
    the_keys_offered_do_not_tell_whether_an_account_exists,
    a_key_answer_never_confirms_the_password_alone,
);

const SECOND_FACTOR: &str = "/login/key/second-factor";

/// The credential ids and the user-verification demand offered for `email`.
async fn offered(app: &TestApp, email: &str) -> TestResult<(Vec<String>, String, String)> {
    let csrf = token_of(&app.client, app, "/login").await;
    let (status, answer) = post_json(
        &app.client,
        app,
        SECOND_FACTOR,
        &csrf,
        json!({"email": email}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let options = &answer["options"]["publicKey"];
    let ids = options["allowCredentials"]
        .as_array()
        .ok_or("allowCredentials")?
        .iter()
        .map(|c| c["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    let flow = answer["flow"].as_str().ok_or("flow")?.to_owned();
    let verification = options["userVerification"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    Ok((ids, verification, flow))
}

async fn the_keys_offered_do_not_tell_whether_an_account_exists(backend: Backend) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let with_key = app.sign_up("keyed@abilenetx.gov").await;
    app.log_out().await;
    let without_key = app.sign_up("keyless@abilenetx.gov").await;
    app.log_out().await;
    give_key(&app, &with_key.email, "USB key").await;
    let key = app
        .store
        .passkeys(account(&app, &with_key.email).await.id)
        .await?
        .remove(0);

    // The account with a key is offered exactly its key, with a PIN or biometric.
    let (ids, verification, _) = offered(&app, &with_key.email).await?;
    assert_eq!(ids, vec![key.credential_id.clone()]);
    assert_eq!(verification, "required");

    // An unknown address and an account without a key look alike: one or two ids, the
    // same on every ask (a made-up list that changed would give itself away), and
    // each address its own.
    for email in ["nobody@abilenetx.gov", without_key.email.as_str()] {
        let (first, verification, _) = offered(&app, email).await?;
        let (again, _, _) = offered(&app, email).await?;
        assert!((1..=2).contains(&first.len()), "{email}: {first:?}");
        assert_eq!(first, again, "{email}: the stand-in changed between asks");
        assert_ne!(first, ids, "{email}");
        assert_eq!(verification, "required");
    }
    let (unknown, _, _) = offered(&app, "nobody@abilenetx.gov").await?;
    let (keyless, _, _) = offered(&app, &without_key.email).await?;
    assert_ne!(unknown, keyless, "two addresses, one stand-in");
    // Case and spaces do not make a second stand-in for one address.
    let (shouted, _, _) = offered(&app, " NOBODY@abilenetx.gov ").await?;
    assert_eq!(shouted, unknown);
    // Lengths authenticators commonly give.
    for id in unknown.iter().chain(&keyless) {
        let bytes = URL_SAFE_NO_PAD.decode(id)?;
        assert!([16, 32, 48, 64].contains(&bytes.len()), "{id}");
    }
    // A character that only lower-cases to ASCII (the Kelvin sign for "k") is no
    // address: its stand-ins are its own, so comparing its answer with the real
    // address's does not tell whether that account has a key (attack review).
    for email in ["keyed@abilenetx.gov", "kate@abilenetx.gov"] {
        let (plain, _, _) = offered(&app, email).await?;
        let (kelvin, _, _) = offered(&app, &email.replacen('k', "\u{212A}", 1)).await?;
        assert_ne!(plain, kelvin, "{email}");
        assert!((1..=2).contains(&kelvin.len()), "{email}: {kelvin:?}");
    }

    // The page's form token is required, as for every other key ceremony.
    let (status, _) = post_json(
        &app.client,
        &app,
        SECOND_FACTOR,
        "forged",
        json!({"email": "x@abilenetx.gov"}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    Ok(())
}

/// An assertion that parses but was signed by no registered key.
fn stray_assertion() -> String {
    json!({
        "id": "c3RyYXk", "rawId": "c3RyYXk", "type": "public-key",
        "response": {"authenticatorData": "AAAA", "clientDataJSON": "e30", "signature": "AAAA", "userHandle": null},
    })
    .to_string()
}

/// One sign-in attempt with a key answer, two minutes after the last (the address
/// throttle is not what is tested); it must get the one sign-in refusal.
async fn refused_key_sign_in(
    app: &TestApp,
    (email, password): (&str, &str),
    flow: &str,
    assertion: &str,
) -> TestResult {
    app.advance(Duration::minutes(2));
    let response = app
        .submit(
            "/login",
            "/login",
            &[
                ("email", email),
                ("password", password),
                ("code", ""),
                ("key_flow", flow),
                ("key_assertion", assertion),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let page = response.text().await?;
    assert!(
        page.contains("The email address, password or code is not right."),
        "{page}"
    );
    Ok(())
}

async fn a_key_answer_never_confirms_the_password_alone(backend: Backend) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("officer@abilenetx.gov").await;
    app.log_out().await;
    let other = app.sign_up("colleague@abilenetx.gov").await;
    app.log_out().await;
    give_key(&app, &person.email, "USB key").await;
    give_key(&app, &other.email, "Blue key").await;
    let officer = account(&app, &person.email).await;
    let sessions = app.rows("sessions").await;
    let right = (person.email.as_str(), person.password.as_str());
    let stray = stray_assertion();

    // A wrong password with a key answer: the one message, counted.
    let (_, _, flow) = offered(&app, &person.email).await?;
    refused_key_sign_in(&app, (&person.email, "not the password"), &flow, &stray).await?;

    // The right password with an answer no key of the account signed: the same
    // message — the password is not confirmed — and counted, with its reason.
    let (_, _, flow) = offered(&app, &person.email).await?;
    refused_key_sign_in(&app, right, &flow, &stray).await?;
    let audited = |reason: &'static str| app.audited_mentioning("login.failed", reason);
    assert_eq!(audited("password_key_unknown_key").await, 1);

    // A challenge issued for another account's keys does not serve this one.
    let (_, _, colleague_flow) = offered(&app, &other.email).await?;
    refused_key_sign_in(&app, right, &colleague_flow, &stray).await?;
    assert_eq!(audited("password_key_assertion_rejected").await, 1);

    // A spent or made-up flow, and an answer that is not JSON: refused the same way.
    refused_key_sign_in(&app, right, &flow, &stray).await?;
    assert_eq!(audited("password_key_challenge_spent_or_expired").await, 1);
    refused_key_sign_in(&app, right, "made-up", "{not json").await?;

    // Every attempt counted towards the lock (five lock the account), and no session.
    let failures: Vec<(Option<i64>,)> =
        sqlx::query_as("SELECT account_id FROM login_failures WHERE account_id = $1")
            .bind(officer.id)
            .fetch_all(app.store.pool())
            .await?;
    assert_eq!(failures.len(), 5);
    assert_eq!(
        account(&app, &person.email).await.status,
        AccountStatus::Locked
    );
    assert_eq!(app.rows("sessions").await, sessions);
    Ok(())
}
