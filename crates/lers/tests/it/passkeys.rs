//! Passkeys and security keys (issue 17 §2) without an authenticator: the key policy
//! (password and code refused, the one-time enrolment right after a code sign-in),
//! challenges that are single use, short-lived and bound to their flow and session,
//! the counter guard, removal rules, and the audit entries (the step-up touch is in
//! `passkeys_step_up.rs`). The ceremonies with a real (virtual) authenticator are in
//! `e2e/passkeys.test.mjs`.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::passkey::MAX_KEYS_PER_ACCOUNT;
use lers_store::{prelude::*, Account, Ctx, KeyAddition, KeyUse, NewPasskey, PasskeyStore};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

use crate::both_backends;
use crate::harness::*;

both_backends!(
    password_and_code_are_refused_when_the_policy_requires_a_key,
    a_covered_person_without_a_key_may_register_one_right_after_signing_in,
    challenges_are_single_use_short_lived_and_bound_to_their_flow,
    removing_and_renaming_keys_need_a_fresh_factor_and_keep_the_last_required_key,
);

/// The operator (CLI and tests: `system`) requires keys of everyone.
pub(crate) async fn require_keys_of_everyone(app: &TestApp) -> TestResult {
    let operator = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    app.store
        .change_key_policy("everyone".parse().map_err(|_| "policy")?, &operator)
        .await?;
    Ok(())
}

/// The token hash of the one session of `account_id`.
pub(crate) async fn session_hash(app: &TestApp, account_id: i64) -> TestResult<String> {
    let (hash,): (String,) =
        sqlx::query_as("SELECT token_hash FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(app.store.pool())
            .await?;
    Ok(hash)
}

/// A touch of key `key_id` whose counter moves on from `previous_count` by one.
pub(crate) fn touch(key_id: i64, previous_count: i64) -> KeyUse {
    KeyUse {
        key_id,
        previous_count,
        passkey: "{}".into(),
        sign_count: previous_count + 1,
        backup_eligible: false,
        backup_state: false,
    }
}

/// A server whose base URL names a host (a relying party id cannot be an address).
pub(crate) async fn spawn(backend: Backend) -> Option<TestApp> {
    TestApp::spawn_with_settings(backend, &|s| {
        s.base_url = s
            .base_url
            .as_ref()
            .map(|u| u.replace("127.0.0.1", "localhost"));
    })
    .await
}

pub(crate) fn ctx_of(app: &TestApp, account: &Account) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: account.pseudonym.clone(),
        ip: None,
    }
}

pub(crate) async fn account(app: &TestApp, email: &str) -> Account {
    app.store
        .account_by_email(email)
        .await
        .expect("read account")
        .expect("account exists")
}

/// A key registered straight in the store (what a finished registration writes);
/// its credential is never read by the flows these tests drive.
pub(crate) async fn give_key(app: &TestApp, email: &str, name: &str) -> i64 {
    let owner = account(app, email).await;
    let key = NewPasskey {
        credential_id: format!("cred-{name}-{email}").replace(['@', ' ', '.'], "-"),
        user_handle: "6f1e4b1c-4a53-4d8e-9a53-9b7c1b2f0a11".into(),
        name: name.into(),
        passkey: "{}".into(),
        sign_count: 0,
        backup_eligible: false,
        backup_state: false,
    };
    match app
        .store
        .add_passkey(
            &owner,
            key,
            MAX_KEYS_PER_ACCOUNT,
            None,
            &ctx_of(app, &owner),
        )
        .await
        .expect("add key")
    {
        KeyAddition::Added(id) => id,
        refused => panic!("the key was not added: {refused:?}"),
    }
}

/// The page's form token, as the page's script sends it.
pub(crate) async fn token_of(client: &Client, app: &TestApp, page: &str) -> String {
    let html = client
        .get(app.url(page))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    csrf_token(&html).expect("a form token")
}

pub(crate) async fn post_json(
    client: &Client,
    app: &TestApp,
    path: &str,
    csrf: &str,
    body: Value,
) -> (StatusCode, Value) {
    let response = client
        .post(app.url(path))
        .header("x-csrf-token", csrf)
        .json(&body)
        .send()
        .await
        .expect("POST");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// An assertion that parses but names no registered key.
fn stray_assertion() -> Value {
    json!({
        "id": "c3RyYXk", "rawId": "c3RyYXk", "type": "public-key",
        "response": {"authenticatorData": "AAAA", "clientDataJSON": "e30", "signature": "AAAA", "userHandle": null},
    })
}

pub(crate) async fn set_policy(admin: &Browser<'_>, policy: &str, code: &str) -> String {
    let response = admin
        .submit(
            "/staff/security",
            "/staff/security",
            &[("policy", policy), ("code", code)],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    location(&response)
}

async fn password_and_code_are_refused_when_the_policy_requires_a_key(
    backend: Backend,
) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let (admin, admin_person) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (approver, abe) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let (_, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;

    // Only admins change the rule, and only with a fresh factor.
    let refused = approver
        .submit(
            "/staff",
            "/staff/security",
            &[("policy", "approvers"), ("code", "")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    app.advance(Duration::minutes(6));
    let stale = set_policy(&admin, "approvers", "").await;
    assert!(stale.contains("notice="), "{stale}");
    assert_eq!(app.store.key_policy().await?.as_str(), "nobody");
    set_policy(&admin, "approvers", &app.code(&admin_person.secret)).await;
    assert_eq!(app.store.key_policy().await?.as_str(), "approvers");
    assert_eq!(
        app.audited_mentioning("passkey.policy_changed", "\"to\":\"approvers\"")
            .await,
        1
    );

    // The approver has a key: password and code no longer open a session.
    give_key(&app, &abe.email, "Blue key").await;
    app.advance(Duration::seconds(30));
    let browser = TestApp::with_client(&app);
    let response = browser
        .log_in(&abe.email, &abe.password, &app.code(&abe.secret))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let page = response.text().await?;
    assert!(
        page.contains("must sign in with a passkey or security key"),
        "{page}"
    );
    assert_eq!(
        app.audited_mentioning("passkey.refused", "password_sign_in_key_required")
            .await,
        1
    );
    assert_eq!(
        browser.get("/staff").await.status(),
        StatusCode::SEE_OTHER,
        "no session opened"
    );

    // A reviewer is not covered and signs in as before.
    let reviewer = TestApp::with_client(&app);
    assert_redirect(
        &reviewer
            .log_in(&rita.email, &rita.password, &app.code(&rita.secret))
            .await,
        "/staff",
    );
    Ok(())
}

async fn a_covered_person_without_a_key_may_register_one_right_after_signing_in(
    backend: Backend,
) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    // Enrolment a moment ago is the admin's fresh factor.
    set_policy(&admin, "all_staff", "").await;
    assert_eq!(app.store.key_policy().await?.as_str(), "all_staff");
    let (first_browser, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    // Enrolling TOTP from the invitation did not open the console either.
    assert_redirect(&first_browser.get("/staff").await, "/mfa/enroll");
    assert_redirect(&first_browser.get("/mfa/enroll").await, "/account/keys");
    app.advance(Duration::seconds(30));
    let browser = TestApp::with_client(&app);
    assert_redirect(
        &browser
            .log_in(&rita.email, &rita.password, &app.code(&rita.secret))
            .await,
        "/account/keys",
    );
    assert_eq!(
        app.audited_mentioning("login.succeeded", "key_enrollment_pending")
            .await,
        1
    );
    // Nothing but the keys page: the console sends them back there.
    assert_redirect(&browser.get("/staff").await, "/mfa/enroll");
    assert_redirect(&browser.get("/mfa/enroll").await, "/account/keys");
    let page = browser.get("/account/keys").await.text().await?;
    assert!(page.contains("Register one now"), "{page}");
    // The registration form hands its token to the page's script.
    let csrf = page
        .split_once("data-csrf=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(token, _)| token.to_owned())
        .ok_or("token")?;
    let (status, started) = post_json(
        &browser.client,
        &app,
        "/account/keys/register/start",
        &csrf,
        json!({"name": "Office laptop"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let options = &started["options"]["publicKey"];
    assert_eq!(options["rp"]["id"], "localhost");
    assert_eq!(
        options["authenticatorSelection"]["userVerification"],
        "required"
    );
    assert_eq!(
        options["authenticatorSelection"]["residentKey"],
        "preferred"
    );
    assert!(options["challenge"].as_str().is_some_and(|c| c.len() >= 43));
    assert_eq!(app.rows("webauthn_challenges").await, 1);

    // The moment passes: the page and the registration close.
    app.advance(Duration::minutes(6));
    assert_redirect(&browser.get("/account/keys").await, "/login");
    let (status, refused) = post_json(
        &browser.client,
        &app,
        "/account/keys/register/start",
        &csrf,
        json!({"name": "Office laptop"}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(refused["error"]
        .as_str()
        .is_some_and(|e| e.contains("fresh second factor")));
    Ok(())
}

async fn challenges_are_single_use_short_lived_and_bound_to_their_flow(
    backend: Backend,
) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let stranger = TestApp::with_client(&app);
    let anonymous = &stranger.client;
    let csrf = token_of(anonymous, &app, "/login").await;
    let (status, started) = post_json(anonymous, &app, "/login/key/start", &csrf, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{started}");
    assert_eq!(
        started["options"]["publicKey"]["userVerification"],
        "required"
    );
    let flow = started["flow"].as_str().ok_or("flow")?.to_owned();
    let answer = json!({"flow": flow, "credential": stray_assertion()});
    let (status, first) =
        post_json(anonymous, &app, "/login/key/finish", &csrf, answer.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(
        first["error"]
            .as_str()
            .is_some_and(|e| e.contains("not registered")),
        "{first}"
    );
    // The same challenge again: spent.
    let (status, replay) = post_json(anonymous, &app, "/login/key/finish", &csrf, answer).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        replay["error"]
            .as_str()
            .is_some_and(|e| e.contains("already used")),
        "{replay}"
    );
    // A challenge answered too late.
    let (_, late) = post_json(anonymous, &app, "/login/key/start", &csrf, json!({})).await;
    app.advance(Duration::minutes(5));
    let answer = json!({"flow": late["flow"], "credential": stray_assertion()});
    let (status, _) = post_json(anonymous, &app, "/login/key/finish", &csrf, answer).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        app.audited_mentioning("login.failed", "passkey_challenge_spent_or_expired")
            .await,
        2
    );
    assert_eq!(
        app.audited_mentioning("login.failed", "passkey_unknown_key")
            .await,
        1
    );

    // A step-up challenge answers only in the session that asked for it, and only a step-up.
    let person = app.sign_up("det@abilenetx.gov").await;
    give_key(&app, &person.email, "Blue key").await;
    let csrf = token_of(&app.client, &app, "/account/keys").await;
    let (status, step_up) = post_json(
        &app.client,
        &app,
        "/account/step-up/key/start",
        &csrf,
        json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{step_up}");
    let allowed = &step_up["options"]["publicKey"]["allowCredentials"];
    assert_eq!(
        allowed.as_array().map(Vec::len),
        Some(1),
        "only this account's keys may answer"
    );
    let other = TestApp::with_client(&app);
    other
        .log_in(&person.email, &person.password, &{
            app.advance(Duration::seconds(30));
            app.code(&person.secret)
        })
        .await;
    let other_csrf = token_of(&other.client, &app, "/account/keys").await;
    let answer = json!({"flow": step_up["flow"], "credential": stray_assertion()});
    let (status, _) = post_json(
        &other.client,
        &app,
        "/account/step-up/key/finish",
        &other_csrf,
        answer,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "another session cannot answer"
    );
    let (_, sign_in) = post_json(
        anonymous,
        &app,
        "/login/key/start",
        &token_of(anonymous, &app, "/login").await,
        json!({}),
    )
    .await;
    let answer = json!({"flow": sign_in["flow"], "credential": stray_assertion()});
    let (status, _) = post_json(
        &app.client,
        &app,
        "/account/step-up/key/finish",
        &csrf,
        answer,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a sign-in challenge is no step-up challenge"
    );
    assert_eq!(
        app.audited_mentioning("passkey.refused", "challenge_spent_or_expired")
            .await,
        2
    );
    Ok(())
}

async fn removing_and_renaming_keys_need_a_fresh_factor_and_keep_the_last_required_key(
    backend: Backend,
) -> TestResult {
    let Some(app) = spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("det@abilenetx.gov").await;
    let first = give_key(&app, &person.email, "Blue key").await;
    let second = give_key(&app, &person.email, "Office laptop").await;
    let remove = |id: i64| format!("/account/keys/{id}/remove");
    // Minutes after signing in, a code is needed.
    app.advance(Duration::minutes(6));
    let refused = app
        .submit("/account/keys", &remove(second), &[("code", "")])
        .await;
    assert!(location(&refused).contains("notice="));
    assert_eq!(
        app.store
            .passkeys(account(&app, &person.email).await.id)
            .await?
            .len(),
        2
    );
    let renamed = app
        .submit(
            "/account/keys",
            &format!("/account/keys/{first}/rename"),
            &[
                ("name", "Red\u{202e}key"),
                ("code", &app.code(&person.secret)),
            ],
        )
        .await;
    assert!(location(&renamed).contains("notice="));
    app.advance(Duration::seconds(30));
    app.submit(
        "/account/keys",
        &format!("/account/keys/{first}/rename"),
        &[("name", "Red key"), ("code", &app.code(&person.secret))],
    )
    .await;
    assert_eq!(
        app.audited_mentioning("passkey.renamed", "\"to\":\"Red key\"")
            .await,
        1
    );
    // A rename is mailed too: an intruder's key renamed after the owner's would pass
    // unseen in the list.
    let renaming = app
        .emails_to(&person.email)
        .into_iter()
        .filter(|mail| mail.contains("renamed"))
        .collect::<Vec<_>>();
    assert_eq!(renaming.len(), 1, "{renaming:?}");
    assert!(
        renaming[0].contains("“Blue key” on your") && renaming[0].contains("renamed “Red key”"),
        "{}",
        renaming[0]
    );
    app.advance(Duration::seconds(30));
    app.submit(
        "/account/keys",
        &remove(second),
        &[("code", &app.code(&person.secret))],
    )
    .await;
    let owner = account(&app, &person.email).await;
    let keys = app.store.passkeys(owner.id).await?;
    assert_eq!(
        keys.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(),
        ["Red key"]
    );
    assert_eq!(
        app.audited_mentioning("passkey.removed", "Office laptop")
            .await,
        1
    );
    // The owner hears of it by mail (someone else with their session might have done it).
    let told = app.emails_to(&person.email);
    let removal = told.last().ok_or("a mail about the removal")?;
    assert!(
        removal.contains("“Office laptop” was removed") && removal.contains("/account/keys"),
        "{removal}"
    );
    let mails_before_refusal = told.len();

    // Everyone must use a key: the last one stays, refused and audited.
    // (Set by the operator: the admin's page is tested in `key_policy_four_eyes`.)
    require_keys_of_everyone(&app).await?;
    // The policy covers this requester now; a key sign-in would be needed for new
    // sessions, but this one stays usable until it ends — and its fresh factor is a
    // key touch: a code could have been phished.
    app.advance(Duration::seconds(30));
    let with_code = app
        .submit(
            "/account/keys",
            &remove(first),
            &[("code", &app.code(&person.secret))],
        )
        .await;
    let page = app
        .get(&location(&with_code).replace(&app.base, ""))
        .await
        .text()
        .await?;
    assert!(page.contains("fresh second factor"), "{page}");
    let hash = session_hash(&app, owner.id).await?;
    let counted = app.store.passkeys(owner.id).await?[0].sign_count;
    assert!(
        app.store
            .record_key_step_up(&owner, &hash, &touch(first, counted), &ctx_of(&app, &owner))
            .await?
    );
    let last = app
        .submit("/account/keys", &remove(first), &[("code", "")])
        .await;
    let notice = location(&last);
    assert!(notice.contains("notice="), "{notice}");
    let page = app.get(&notice.replace(&app.base, "")).await.text().await?;
    assert!(page.contains("This is your last key"), "{page}");
    assert_eq!(app.store.passkeys(owner.id).await?.len(), 1);
    assert_eq!(
        app.audited_mentioning("passkey.removed", "last_required_key")
            .await,
        1
    );
    assert_eq!(
        app.emails_to(&person.email).len(),
        mails_before_refusal,
        "a refused removal tells nobody anything changed"
    );
    Ok(())
}
