//! Allow-list changes that take effect, inactive accounts, expiring tokens.

use super::*;
use crate::both_backends;

both_backends!(
    disabling_a_domain_stops_the_accounts_it_admitted,
    unused_requester_accounts_are_warned_then_disabled,
    api_tokens_expire_and_are_renewed_with_a_fresh_code,
);

async fn domain_id(app: &TestApp, pattern: &str) -> i64 {
    app.store
        .list_domains(&DomainQuery {
            search: Some(pattern.into()),
            limit: 10,
            offset: 0,
        })
        .await
        .expect("domains")
        .items
        .into_iter()
        .find(|d| d.pattern == pattern)
        .expect("domain")
        .id
}

async fn disabling_a_domain_stops_the_accounts_it_admitted(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("officer@pd.abilenetx.gov").await;
    let token = app.create_token(&person, &["read"]).await;
    let uk = TestApp::with_client(&app);
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let abilene = domain_id(&app, "abilenetx.gov").await;
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );

    let off = admin
        .submit(
            "/staff/domains",
            &format!("/staff/domains/{abilene}/enabled"),
            &[("enabled", "false")],
        )
        .await;
    assert_eq!(off.status(), StatusCode::SEE_OTHER);
    let event = &audited(&app, "domains.disabled").await[0];
    assert_eq!(event.details["accounts_affected"], 1);

    // The open session ends with the reason; then it is gone.
    let refused = app.get("/dashboard").await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(page_text(refused).await.contains("no longer admitted"));
    assert_redirect(&app.get("/dashboard").await, "/login");
    // The API token is refused with the reason.
    let api = app
        .api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(api.status(), StatusCode::FORBIDDEN);
    let body: serde_json::Value = api.json().await?;
    assert!(body["error"]
        .as_str()
        .unwrap_or_default()
        .contains("no longer admitted"));
    // Login says so to someone with the password and code, and nothing to a guesser.
    app.advance(Duration::seconds(30));
    let login = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert!(login.status().is_client_error());
    assert!(page_text(login).await.contains("no longer admitted"));
    let guess = uk.log_in(&person.email, &person.password, "123456").await;
    let text = page_text(guess).await;
    assert!(!text.contains("no longer admitted") && text.contains("not right"));

    // Enabled again: everything works again.
    let on = admin
        .submit(
            "/staff/domains",
            &format!("/staff/domains/{abilene}/enabled"),
            &[("enabled", "true")],
        )
        .await;
    assert_eq!(on.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        audited(&app, "domains.enabled").await[0].details["accounts_affected"],
        1
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    // Staff (admitted by no entry) were never affected.
    assert_eq!(admin.get("/staff").await.status(), StatusCode::OK);
    Ok(())
}

fn inactivity_mails(app: &TestApp, email: &str) -> usize {
    app.emails_to(email)
        .iter()
        .filter(|m| m.contains("disabled for inactivity"))
        .count()
}

async fn unused_requester_accounts_are_warned_then_disabled(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let idle = app.sign_up("idle@abilenetx.gov").await;
    app.log_out().await;
    let busy = app.sign_up("busy@abilenetx.gov").await;
    let token = app.create_token(&busy, &["read"]).await;
    app.log_out().await;
    let (admin, admin_p) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;

    app.advance(Duration::days(50));
    // The busy account uses its API token (that counts as use).
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    app.advance(Duration::days(25));
    app.state.run_due_jobs("test").await;
    assert_eq!(inactivity_mails(&app, &idle.email), 0, "not before 76 days");

    app.advance(Duration::days(1));
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    assert_eq!(
        inactivity_mails(&app, &idle.email),
        1,
        "warned once, 14 days ahead"
    );
    assert_eq!(inactivity_mails(&app, &busy.email), 0);
    assert_eq!(
        audited(&app, "account.inactivity_warning_sent").await.len(),
        1
    );

    app.advance(Duration::days(13));
    app.state.run_due_jobs("test").await;
    let still = app
        .store
        .account_by_email(&idle.email)
        .await?
        .ok_or("idle")?;
    assert_eq!(still.status.as_str(), "active");
    app.advance(Duration::days(1));
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    let disabled = app
        .store
        .account_by_email(&idle.email)
        .await?
        .ok_or("idle")?;
    assert_eq!(disabled.status.as_str(), "disabled");
    let events: Vec<_> = audited(&app, "account.disabled")
        .await
        .into_iter()
        .filter(|e| e.details["reason"] == "inactive")
        .collect();
    assert_eq!(events.len(), 1, "disabled once");
    assert_eq!(
        app.store
            .account_by_email(&busy.email)
            .await?
            .ok_or("busy")?
            .status
            .as_str(),
        "active"
    );
    assert_eq!(
        app.store
            .account_by_email(&admin_p.email)
            .await?
            .ok_or("admin")?
            .status
            .as_str(),
        "active"
    );

    // A clear message at login; an admin enables it again, with a fresh 90 days.
    let login = app
        .log_in(&idle.email, &idle.password, &app.code(&idle.secret))
        .await;
    assert!(page_text(login).await.contains("not used for 90 days"));
    assert_redirect(
        &admin
            .log_in(
                &admin_p.email,
                &admin_p.password,
                &app.code(&admin_p.secret),
            )
            .await,
        "/staff",
    );
    let id = account_id(&app, &idle.email).await;
    let enabled = admin
        .submit(
            "/staff/accounts",
            &format!("/staff/accounts/{id}/status"),
            &[("status", "active")],
        )
        .await;
    assert_eq!(enabled.status(), StatusCode::SEE_OTHER);
    app.state.run_due_jobs("test").await;
    assert_eq!(
        app.store
            .account_by_email(&idle.email)
            .await?
            .ok_or("idle")?
            .status
            .as_str(),
        "active"
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&idle.email, &idle.password, &app.code(&idle.secret))
            .await,
        "/dashboard",
    );
    Ok(())
}

async fn api_tokens_expire_and_are_renewed_with_a_fresh_code(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("tokens@abilenetx.gov").await;
    // More than a year is refused.
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let too_long = app
        .submit(
            "/account/tokens",
            "/account/tokens",
            &[
                ("name", "Long"),
                ("scope_read", "on"),
                ("days", "400"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(too_long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // 90 days by default.
    let token = app.create_token(&person, &["read"]).await;
    let created = &audited(&app, "api_token.created").await[0];
    let expires = created.details["expires_at"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        lers_domain::clock::Timestamp::parse_rfc3339(&expires),
        Some(app.clock_now().plus(Duration::days(90)))
    );
    let page = page_text(app.get("/account/tokens").await).await;
    assert!(page.contains(&app.clock_now().plus(Duration::days(90)).to_string()));
    assert!(page.contains("never"));

    // Last use is written at most once a minute.
    let first_use = app.clock_now();
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    app.advance(Duration::seconds(30));
    app.api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    let last_used = || async {
        sqlx::query_scalar::<_, i64>("SELECT last_used_at FROM api_tokens")
            .fetch_one(app.store.pool())
            .await
            .expect("last used")
    };
    assert_eq!(last_used().await, first_use.unix_millis());
    app.advance(Duration::seconds(31));
    app.api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(last_used().await, app.clock_now().unix_millis());
    let page = page_text(app.get("/account/tokens").await).await;
    assert!(
        page.contains(&app.clock_now().to_string()),
        "last use shown"
    );

    // Expired: a clear 401.
    app.advance(Duration::days(91));
    let expired = app
        .api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(expired.status(), StatusCode::UNAUTHORIZED);
    let body: serde_json::Value = expired.json().await?;
    assert!(body["error"]
        .as_str()
        .unwrap_or_default()
        .contains("expired"));

    // Renewal needs a fresh code and counts from now.
    assert_redirect(
        &app.log_in(&person.email, &person.password, &app.code(&person.secret))
            .await,
        "/dashboard",
    );
    let html = page_text(app.get("/account/tokens").await).await;
    assert!(html.contains("expired"));
    let start = html.find("/account/tokens/tok_").ok_or("renew form")? + "/account/tokens/".len();
    let id: String = html[start..].chars().take_while(|c| *c != '/').collect();
    let renew = format!("/account/tokens/{id}/renew");
    let wrong = app
        .submit(
            "/account/tokens",
            &renew,
            &[("days", "30"), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::UNAUTHORIZED
    );
    app.advance(Duration::seconds(30));
    let code = app.code(&person.secret);
    let renewed = app
        .submit(
            "/account/tokens",
            &renew,
            &[("days", "30"), ("code", &code)],
        )
        .await;
    assert_eq!(renewed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::OK
    );
    let event = &audited(&app, "api_token.renewed").await[0];
    assert_eq!(
        lers_domain::clock::Timestamp::parse_rfc3339(
            event.details["expires_at"].as_str().unwrap_or_default()
        ),
        Some(app.clock_now().plus(Duration::days(30)))
    );
    app.advance(Duration::days(30));
    assert_eq!(
        app.api(Method::GET, "/api/v1/requests", &token)
            .send()
            .await?
            .status(),
        StatusCode::UNAUTHORIZED
    );
    Ok(())
}
