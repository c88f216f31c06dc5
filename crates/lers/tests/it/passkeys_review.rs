//! Passkeys after the attack review (issue 17 §2): each test drives one finding's
//! attack and shows it fails. Helpers are shared with `passkeys.rs`.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::passkey::MAX_KEYS_PER_ACCOUNT;
use lers_store::{prelude::*, Account, KeyAddition, KeyRemoval, NewPasskey, PasskeyStore};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::both_backends;
use crate::harness::*;
use crate::passkeys::{account, ctx_of, give_key, post_json, set_policy, spawn};

both_backends!(
    a_session_waiting_for_its_first_key_does_not_become_complete_with_a_code,
    a_second_factor_reset_and_erasure_take_the_keys_away,
    a_recovery_code_and_a_new_authenticator_do_not_replace_a_key,
    one_address_cannot_fill_the_challenge_table,
    a_signed_in_person_cannot_fill_the_challenge_table_either,
    parallel_key_changes_keep_the_last_key_and_the_limit,
);

/// LERS with passkeys on and an allowance of three quick starts per address.
async fn spawn_with_three_starts(backend: Backend) -> Option<TestApp> {
    TestApp::spawn_with_settings(backend, &|s| {
        s.base_url = s
            .base_url
            .as_ref()
            .map(|u| u.replace("127.0.0.1", "localhost"));
        s.api_address_per_minute = 1;
        s.api_address_burst = 3;
    })
    .await
}

/// Sessions of `owner` with a second factor recorded (`mfa_at` set).
async fn complete_sessions(app: &TestApp, owner: &Account) -> i64 {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM sessions WHERE account_id = $1 AND mfa_at IS NOT NULL",
    )
    .bind(owner.id)
    .fetch_one(app.store.pool())
    .await
    .expect("count sessions");
    n
}

/// A covered person without a key signs in with password and code: the session
/// waits for the key (keys page only), and the first key's registration is open
/// for a moment.
async fn waiting_session<'a>(
    app: &'a TestApp,
    email: &str,
    password: &str,
    secret: &[u8],
) -> Browser<'a> {
    app.advance(Duration::seconds(30));
    let browser = TestApp::with_client(app);
    assert_redirect(
        &browser.log_in(email, password, &app.code(secret)).await,
        "/account/keys",
    );
    browser
}

async fn a_session_waiting_for_its_first_key_does_not_become_complete_with_a_code(
    backend: Backend,
) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    set_policy(&admin, "all_staff", "").await;
    let (_, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let browser = waiting_session(&app, &rita.email, &rita.password, &rita.secret).await;
    let csrf = browser
        .get("/account/keys")
        .await
        .text()
        .await?
        .split_once("data-csrf=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(token, _)| token.to_owned())
        .ok_or("token")?;
    // The one-time window passes; a current code must not open the console.
    app.advance(Duration::minutes(6));
    let (status, refused) = post_json(
        &browser.client,
        &app,
        "/account/keys/register/start",
        &csrf,
        json!({"name": "Office laptop", "code": app.code(&rita.secret)}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");
    let owner = account(&app, &rita.email).await;
    assert_eq!(complete_sessions(&app, &owner).await, 0);
    assert_redirect(&browser.get("/staff").await, "/mfa/enroll");
    assert_eq!(app.audited_mentioning("mfa.step_up", "").await, 0);

    // The store refuses the step-up too, and the code's step stays unspent.
    let (hash,): (String,) =
        sqlx::query_as("SELECT token_hash FROM sessions WHERE account_id = $1")
            .bind(owner.id)
            .fetch_one(app.store.pool())
            .await?;
    let ctx = ctx_of(&app, &owner);
    let step = ctx.at.unix_millis() / 30_000;
    let refused =
        lers_store::SessionStore::record_step_up(&*app.store, &owner, &hash, step, &ctx).await;
    assert!(
        matches!(refused, Err(lers_store::StoreError::NotFound)),
        "{refused:?}"
    );
    assert_eq!(complete_sessions(&app, &owner).await, 0);
    assert_eq!(
        account(&app, &rita.email).await.totp_last_step,
        owner.totp_last_step
    );
    Ok(())
}

/// Keys `owner` has.
async fn keys_of(app: &TestApp, owner: &Account) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM passkeys WHERE account_id = $1")
        .bind(owner.id)
        .fetch_one(app.store.pool())
        .await
        .expect("count keys");
    n
}

async fn a_second_factor_reset_and_erasure_take_the_keys_away(backend: Backend) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let (_, ada) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (_, ben) = app
        .staff("Ben Admin", "ben@provider.example", &[Role::Admin])
        .await;
    let (_, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    give_key(&app, &rita.email, "Blue key").await;
    give_key(&app, &rita.email, "Phone").await;
    let target = account(&app, &rita.email).await;
    assert_eq!(keys_of(&app, &target).await, 2);

    // Someone who lost their phone and whose key was stolen: the reset takes both.
    let proposer = ctx_of(&app, &account(&app, &ada.email).await);
    let proposal = app
        .store
        .propose_second_factor_reset(target.id, &proposer)
        .await?;
    let approver = ctx_of(&app, &account(&app, &ben.email).await);
    app.store
        .decide_approval(&proposal.public_id, true, &approver)
        .await?;
    assert_eq!(keys_of(&app, &target).await, 0);
    assert_eq!(
        app.audited_mentioning("mfa.reset", "\"keys_removed\":2")
            .await,
        1
    );

    // Erasure leaves no key that could still sign in.
    give_key(&app, &rita.email, "New key").await;
    let report = app.store.anonymise_account(target.id, &approver).await?;
    assert_eq!(report.keys_removed, 1);
    assert_eq!(keys_of(&app, &target).await, 0);
    assert_eq!(
        app.audited_mentioning("account.anonymised", "\"keys_removed\":1")
            .await,
        1
    );
    Ok(())
}

async fn a_recovery_code_and_a_new_authenticator_do_not_replace_a_key(
    backend: Backend,
) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    set_policy(&admin, "approvers", "").await;
    let (_, abe) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    give_key(&app, &abe.email, "Blue key").await;
    let owner = account(&app, &abe.email).await;
    let code = lers_store::powers::new_recovery_codes().remove(0);
    let hash = lers_store::powers::recovery_code_hash(&owner, &code).ok_or("hash")?;
    sqlx::query(
        "INSERT INTO recovery_codes (account_id, code_hash, created_at) VALUES ($1, $2, $3)",
    )
    .bind(owner.id)
    .bind(&hash)
    .bind(app.clock_now().unix_millis())
    .execute(app.store.pool())
    .await?;

    // Password and recovery code open only re-enrolment; a new authenticator there
    // does not make the session complete: this person signs in with their key.
    app.advance(Duration::seconds(30));
    let thief = TestApp::with_client(&app);
    assert_redirect(
        &thief.log_in(&abe.email, &abe.password, &code).await,
        "/mfa/enroll",
    );
    let page = thief.get("/mfa/enroll").await.text().await?;
    let secret = secret_from_enroll_page(&page);
    let enrolled = thief
        .submit(
            "/mfa/enroll",
            "/mfa/enroll",
            &[("code", &app.code(&secret))],
        )
        .await;
    assert!(enrolled.status().is_success() || enrolled.status().is_redirection());
    assert_eq!(complete_sessions(&app, &owner).await, 0);
    assert_redirect(&thief.get("/staff").await, "/mfa/enroll");
    // Held twice: at the invitation's enrolment and now.
    assert_eq!(
        app.audited_mentioning("mfa.enrolled", "\"held_for_key\":true")
            .await,
        2
    );

    // A re-enrolment still pending is no way around the key either.
    sqlx::query("UPDATE accounts SET mfa_reenroll_required = 1 WHERE id = $1")
        .bind(owner.id)
        .execute(app.store.pool())
        .await?;
    app.advance(Duration::seconds(30));
    let other = TestApp::with_client(&app);
    let refused = other
        .log_in(&abe.email, &abe.password, &app.code(&secret))
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(complete_sessions(&app, &owner).await, 0);
    Ok(())
}

/// Anonymous "sign in with a passkey" starts each keep a challenge row: they spend the
/// address's allowance (429 with `Retry-After`, as JSON for the page's script), so one
/// address cannot fill the table, while another address still gets in.
async fn one_address_cannot_fill_the_challenge_table(backend: Backend) -> TestResult {
    let Some(app) = spawn_with_three_starts(backend).await else {
        return Ok(());
    };
    let stranger = TestApp::with_client(&app);
    let page = stranger.get("/login").await.text().await?;
    let csrf = csrf_token(&page).ok_or("a form token")?;
    // The harness trusts 127.0.0.1 as a proxy: X-Forwarded-For names the client.
    let start = |address: &'static str| {
        stranger
            .client
            .post(app.url("/login/key/start"))
            .header("x-csrf-token", &csrf)
            .header("x-forwarded-for", address)
            .json(&json!({}))
            .send()
    };
    for n in 0..3 {
        assert_eq!(
            start("192.0.2.9").await?.status(),
            StatusCode::OK,
            "start {n}"
        );
    }
    let refused = start("192.0.2.9").await?;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    let body: serde_json::Value = refused.json().await?;
    assert!(
        body["error"].as_str().is_some_and(|e| !e.is_empty()),
        "{body}"
    );
    assert_eq!(start("192.0.2.10").await?.status(), StatusCode::OK);
    let (kept,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM webauthn_challenges")
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(kept, 4, "the refused start kept nothing");
    Ok(())
}

/// Step-up and registration starts keep a challenge row too (attack review): a
/// signed-in session spends its address's allowance on them like an anonymous start,
/// and what was refused kept nothing.
async fn a_signed_in_person_cannot_fill_the_challenge_table_either(backend: Backend) -> TestResult {
    let Some(app) = spawn_with_three_starts(backend).await else {
        return Ok(());
    };
    let (staff, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let secret = rita.secret;
    let page = staff.get("/account/keys").await.text().await?;
    let csrf = csrf_token(&page).ok_or("a form token")?;
    let start = |path: &'static str, body: Value| {
        staff
            .client
            .post(app.url(path))
            .header("x-csrf-token", &csrf)
            .header("x-forwarded-for", "192.0.2.20")
            .json(&body)
            .send()
    };
    let register = |code: String| json!({ "name": "Spare key", "code": code });
    app.advance(Duration::seconds(30));
    let first = start("/account/keys/register/start", register(app.code(&secret))).await?;
    assert_eq!(first.status(), StatusCode::OK);
    // Step-ups need a key to touch.
    give_key(&app, "rita@provider.example", "Desk key").await;
    for n in 0..2 {
        let step_up = start("/account/step-up/key/start", json!({})).await?;
        assert_eq!(step_up.status(), StatusCode::OK, "step-up start {n}");
    }
    app.advance(Duration::seconds(30));
    for (path, body) in [
        ("/account/step-up/key/start", json!({})),
        ("/account/keys/register/start", register(app.code(&secret))),
    ] {
        let refused = start(path, body).await?;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS, "{path}");
        assert!(refused.headers().contains_key("retry-after"));
    }
    let (kept,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM webauthn_challenges")
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(kept, 3, "the refused starts kept nothing");
    Ok(())
}

/// A new credential for `owner`, as a finished registration hands it to the store.
fn credential(n: usize) -> NewPasskey {
    NewPasskey {
        credential_id: format!("parallel-credential-{n}"),
        user_handle: "6f1e4b1c-4a53-4d8e-9a53-9b7c1b2f0a11".into(),
        name: format!("Key {n}"),
        passkey: "{}".into(),
        sign_count: 0,
        backup_eligible: false,
        backup_state: false,
    }
}

/// Attack review: the key count and the change were not under one lock, so on
/// PostgreSQL two parallel removals could each see the other key and leave a covered
/// person with none, and two registrations could each see room for one more.
async fn parallel_key_changes_keep_the_last_key_and_the_limit(backend: Backend) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    app.staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let owner = account(&app, "rita@provider.example").await;
    let ctx = ctx_of(&app, &owner);
    let first = give_key(&app, "rita@provider.example", "Desk key").await;
    let second = give_key(&app, "rita@provider.example", "Phone").await;
    let (a, b) = tokio::join!(
        app.store.remove_passkey(&owner, first, true, &ctx),
        app.store.remove_passkey(&owner, second, true, &ctx),
    );
    let mut removals = [a?, b?];
    removals.sort_by_key(|o| format!("{o:?}"));
    assert!(
        matches!(
            &removals,
            [KeyRemoval::LastRequiredKey, KeyRemoval::Removed { name }] if name == "Desk key" || name == "Phone"
        ),
        "{removals:?}"
    );
    assert_eq!(
        app.store.passkeys(owner.id).await?.len(),
        1,
        "one key stays"
    );
    let held = app.store.passkeys(owner.id).await?.len();
    for n in held..MAX_KEYS_PER_ACCOUNT - 1 {
        let added = app
            .store
            .add_passkey(&owner, credential(n), MAX_KEYS_PER_ACCOUNT, None, &ctx)
            .await?;
        assert!(matches!(added, KeyAddition::Added(_)), "{added:?}");
    }
    let (a, b) = tokio::join!(
        app.store
            .add_passkey(&owner, credential(500), MAX_KEYS_PER_ACCOUNT, None, &ctx),
        app.store
            .add_passkey(&owner, credential(501), MAX_KEYS_PER_ACCOUNT, None, &ctx),
    );
    let added = [a?, b?];
    assert_eq!(
        added
            .iter()
            .filter(|a| matches!(a, KeyAddition::Added(_)))
            .count(),
        1,
        "{added:?}"
    );
    assert!(added.contains(&KeyAddition::TooMany), "{added:?}");
    assert_eq!(
        app.store.passkeys(owner.id).await?.len(),
        MAX_KEYS_PER_ACCOUNT
    );
    Ok(())
}
