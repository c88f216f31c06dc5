//! Logging in: lock-out, single-use codes, uniform answers, per-address throttling.

use lers_domain::account::AccountStatus;
use lers_domain::clock::Duration;
use lers_store::{prelude::*, Ctx};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    parallel_guesses_cannot_slip_past_the_address_limit,
    behind_a_trusted_proxy_each_client_is_throttled_by_its_own_address,
    five_failures_lock_the_account_until_an_admin_unlocks_it,
    a_totp_code_works_once,
    unknown_and_known_accounts_get_the_same_answer,
    one_address_cannot_lock_out_many_accounts,
    disabling_an_account_ends_its_sessions,
);

fn admin_ctx(app: &TestApp) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    }
}

async fn five_failures_lock_the_account_until_an_admin_unlocks_it(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("lock@abilenetx.gov").await;
    app.log_out().await;
    for attempt in 1..=5 {
        app.advance(Duration::minutes(2));
        let response = app
            .log_in(&person.email, "wrong password here", "000000")
            .await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    assert_eq!(account.status, AccountStatus::Locked);

    // A locked account does not confirm a guessed password: without the second factor
    // the answer is the generic one.
    let guessed = app.log_in(&person.email, &person.password, "000000").await;
    assert_eq!(guessed.status(), StatusCode::UNAUTHORIZED);
    assert!(!guessed.text().await?.contains("locked"));

    // Even the right password and code are refused now, and waiting does not help.
    app.advance(Duration::hours(2));
    let response = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(response.text().await?.contains("locked"));

    app.store
        .set_account_status(account.id, AccountStatus::Active, &admin_ctx(&app))
        .await?;
    app.advance(Duration::seconds(30));
    let response = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_redirect(&response, "/dashboard");
    Ok(())
}

async fn failures_spread_out_do_not_lock(app: &TestApp, person: &Person) -> TestResult {
    for _ in 0..6 {
        app.advance(Duration::minutes(4));
        app.log_in(&person.email, "wrong password here", "000000")
            .await;
    }
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    assert_eq!(
        account.status,
        AccountStatus::Active,
        "4 failures per 15 minutes never lock"
    );
    Ok(())
}

async fn a_totp_code_works_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("once@abilenetx.gov").await;
    app.log_out().await;
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    assert_redirect(
        &app.log_in(&person.email, &person.password, &code).await,
        "/dashboard",
    );
    app.log_out().await;
    // Same code, same 30-second window, from another browser: refused.
    let other = TestApp::with_client(&app);
    let response = other.log_in(&person.email, &person.password, &code).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    // The next code works.
    app.advance(Duration::seconds(30));
    let response = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_redirect(&response, "/dashboard");
    failures_spread_out_do_not_lock(&app, &person).await
}

async fn unknown_and_known_accounts_get_the_same_answer(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("same@abilenetx.gov").await;
    app.log_out().await;
    let known = app
        .log_in(&person.email, "not the password", "123456")
        .await;
    let unknown = app
        .log_in("nobody@abilenetx.gov", "not the password", "123456")
        .await;
    assert_eq!(known.status(), unknown.status());
    let strip = |html: String| {
        html.lines()
            .filter(|l| !l.contains("name=\"csrf\"") && !l.contains("name=\"email\""))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(known.text().await?), strip(unknown.text().await?));
    Ok(())
}

async fn one_address_cannot_lock_out_many_accounts(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let victim = app.sign_up("victim@abilenetx.gov").await;
    app.log_out().await;
    // An attacker at one address guesses at many accounts.
    for i in 0..20 {
        let response = app
            .log_in(&format!("guess{i}@abilenetx.gov"), "password", "000000")
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    for _ in 0..5 {
        let response = app
            .log_in(&victim.email, "wrong password here", "000000")
            .await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    }
    let account = app
        .store
        .account_by_email(&victim.email)
        .await?
        .ok_or("account")?;
    assert_eq!(
        account.status,
        AccountStatus::Active,
        "throttled attempts do not count against the account"
    );
    // After the window the address may try again.
    app.advance(Duration::minutes(16));
    let response = app
        .log_in(&victim.email, &victim.password, &app.code(&victim.secret))
        .await;
    assert_redirect(&response, "/dashboard");
    Ok(())
}

async fn disabling_an_account_ends_its_sessions(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("disabled@abilenetx.gov").await;
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    app.store
        .set_account_status(account.id, AccountStatus::Disabled, &admin_ctx(&app))
        .await?;
    assert_redirect(&app.get("/dashboard").await, "/login");
    app.advance(Duration::seconds(30));
    let response = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert!(response.text().await?.contains("disabled"));
    Ok(())
}

async fn behind_a_trusted_proxy_each_client_is_throttled_by_its_own_address(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("proxied@abilenetx.gov").await;
    app.log_out().await;
    // The test server trusts 127.0.0.1 as its reverse proxy.
    let attempt = |client: &'static str, email: String, password: &'static str, code: String| {
        let app = &app;
        async move {
            let html = app.get("/login").await.text().await.expect("login page");
            let token = csrf_token(&html).unwrap_or_default();
            app.client
                .post(app.url("/login"))
                .header("x-forwarded-for", format!("198.51.100.200, {client}"))
                .form(&[
                    ("email", email.as_str()),
                    ("password", password),
                    ("code", code.as_str()),
                    ("csrf", token.as_str()),
                ])
                .send()
                .await
                .expect("POST /login")
                .status()
        }
    };
    for i in 0..20 {
        let status = attempt(
            "203.0.113.7",
            format!("guess{i}@abilenetx.gov"),
            "password",
            "000000".into(),
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let blocked = attempt(
        "203.0.113.7",
        person.email.clone(),
        "password",
        "000000".into(),
    )
    .await;
    assert_eq!(
        blocked,
        StatusCode::TOO_MANY_REQUESTS,
        "the guessing client is throttled"
    );
    app.advance(Duration::seconds(30));
    let other = attempt(
        "203.0.113.8",
        person.email.clone(),
        PASSWORD,
        app.code(&person.secret),
    )
    .await;
    assert_eq!(
        other,
        StatusCode::SEE_OTHER,
        "another client behind the same proxy is not"
    );
    let failures = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("login.failed".into()),
            limit: 1,
            ..Default::default()
        })
        .await?;
    assert_eq!(
        failures.items.first().and_then(|r| r.ip.clone()).as_deref(),
        Some("203.0.113.7"),
        "the audit names the client, not the proxy"
    );
    Ok(())
}

async fn parallel_guesses_cannot_slip_past_the_address_limit(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let html = app.get("/login").await.text().await?;
    let token = csrf_token(&html).ok_or("csrf")?;
    // Forty guesses at once from one address: at most twenty are checked.
    let attempts = (0..40).map(|i| {
        let request = app
            .client
            .post(app.url("/login"))
            .header("x-forwarded-for", "203.0.113.50")
            .form(&[
                ("email", format!("guess{i}@abilenetx.gov")),
                ("password", "password".into()),
                ("code", "000000".into()),
                ("csrf", token.clone()),
            ]);
        async move { request.send().await.map(|r| r.status()) }
    });
    let statuses = futures::future::join_all(attempts).await;
    let answered = statuses
        .iter()
        .filter(|s| matches!(s, Ok(StatusCode::UNAUTHORIZED)))
        .count();
    let throttled = statuses
        .iter()
        .filter(|s| matches!(s, Ok(StatusCode::TOO_MANY_REQUESTS)))
        .count();
    // Load shedding may answer some at once with 503 (the portal's budget is smaller
    // than forty password checks at a time): those were not checked either.
    let shed = statuses
        .iter()
        .filter(|s| matches!(s, Ok(StatusCode::SERVICE_UNAVAILABLE)))
        .count();
    assert_eq!(answered + throttled + shed, 40, "{statuses:?}");
    assert!(
        answered <= 20,
        "{answered} guesses were checked; the limit is 20"
    );
    Ok(())
}
