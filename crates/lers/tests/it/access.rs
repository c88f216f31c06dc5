//! Staff: the first admin from the one-time link, invitations, roles, and who may see
//! what.

use lers_domain::clock::Duration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(first_admin_invites_staff_and_roles_are_enforced);

/// Runs the one-time setup link flow and returns the admin (signed in on `app`).
async fn set_up_admin(app: &TestApp) -> Result<Person, Box<dyn std::error::Error + Send + Sync>> {
    use lers_store::prelude::*;
    assert!(!app.store.admin_exists().await?);
    let state_link = app
        .state
        .first_admin_link()
        .await?
        .ok_or("no setup link while no admin exists")?;
    let path = state_link.trim_start_matches(&app.base).to_owned();
    let html = app.get(&path).await.text().await?;
    let token = hidden_value(&html, "token").ok_or("token field")?;
    let response = app
        .submit(
            &path,
            "/setup",
            &[
                ("token", &token),
                ("name", "Ada Admin"),
                ("email", "ada@provider.example"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_redirect(&response, "/mfa/enroll");
    let html = app.get("/mfa/enroll").await.text().await?;
    let secret = secret_from_enroll_page(&html);
    let response = app
        .submit(
            "/mfa/enroll",
            "/mfa/enroll",
            &[("code", &app.code(&secret))],
        )
        .await;
    recovery_codes_shown(response, "/staff").await;
    // The link is spent.
    let again = app
        .submit(
            &path,
            "/setup",
            &[
                ("token", &token),
                ("name", "Eve"),
                ("email", "eve@x.example"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    Ok(Person {
        email: "ada@provider.example".into(),
        password: PASSWORD.into(),
        secret,
    })
}

async fn first_admin_invites_staff_and_roles_are_enforced(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let _admin = set_up_admin(&app).await?;
    assert_eq!(app.get("/staff/accounts").await.status(), StatusCode::OK);
    assert_eq!(
        app.get("/staff/domains?q=abilene").await.status(),
        StatusCode::OK
    );

    // Invite an auditor.
    let response = app
        .submit(
            "/staff/accounts",
            "/staff/accounts",
            &[
                ("name", "Aud Itor"),
                ("email", "audit@provider.example"),
                ("role_auditor", "on"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    // An invitation with no role is refused with a field error.
    let response = app
        .submit(
            "/staff/accounts",
            "/staff/accounts",
            &[("name", "No Role"), ("email", "norole@provider.example")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Admin adds and disables a domain.
    let response = app
        .submit(
            "/staff/domains",
            "/staff/domains",
            &[
                ("pattern", "*.polizei.de"),
                ("organization", "German police"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let bad = app
        .submit(
            "/staff/domains",
            "/staff/domains",
            &[("pattern", "*.de"), ("organization", "")],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The auditor accepts the invitation in another browser.
    let auditor = TestApp::with_client(&app);
    let link = app.verification_link("audit@provider.example");
    let html = auditor.get(&link).await.text().await?;
    let token = hidden_value(&html, "token").ok_or("token")?;
    let csrf = csrf_token(&html).ok_or("csrf")?;
    let response = auditor
        .client
        .post(app.url("/verify"))
        .form(&[
            ("token", token.as_str()),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await?;
    assert_redirect(&response, "/mfa/enroll");
    let html = auditor.get("/mfa/enroll").await.text().await?;
    let secret = secret_from_enroll_page(&html);
    let csrf = csrf_token(&html).ok_or("csrf")?;
    let response = auditor
        .client
        .post(app.url("/mfa/enroll"))
        .form(&[
            ("code", app.code(&secret).as_str()),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await?;
    recovery_codes_shown(response, "/staff").await;

    // The auditor reads and verifies the log, but may not manage accounts.
    let audit = auditor.get("/staff/audit?verify=1").await;
    assert_eq!(audit.status(), StatusCode::OK);
    let html = audit.text().await?;
    assert!(
        html.contains("verifies end to end"),
        "auditor's verify button reports success"
    );
    assert!(html.contains("staff.created"));
    assert_eq!(
        auditor.get("/staff/accounts").await.status(),
        StatusCode::FORBIDDEN
    );
    let filtered = auditor
        .get("/staff/audit?action=access.denied")
        .await
        .text()
        .await?;
    assert!(
        filtered.contains("access.denied"),
        "the refusal itself is audited"
    );

    // A requester reaches none of the console.
    app.log_out().await;
    app.advance(Duration::seconds(30));
    app.sign_up("officer@abilenetx.gov").await;
    for path in ["/staff/accounts", "/staff/domains", "/staff/audit"] {
        assert_eq!(
            app.get(path).await.status(),
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert_redirect(&app.get("/staff").await, "/dashboard");
    Ok(())
}
