//! Session limits, CSRF and security headers.

use lers_domain::clock::Duration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    idle_sessions_expire_after_fifteen_minutes,
    sessions_end_after_twelve_hours_however_busy,
    forms_without_the_csrf_token_are_refused,
);

async fn idle_sessions_expire_after_fifteen_minutes(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("idle@abilenetx.gov").await;
    app.advance(Duration::minutes(14));
    assert_eq!(
        app.get("/dashboard").await.status(),
        StatusCode::OK,
        "14 minutes idle is fine"
    );
    app.advance(Duration::minutes(15));
    let response = app.get("/dashboard").await;
    assert_redirect(&response, "/login");
    // The expired session is gone for good, not just refused once.
    assert_redirect(&app.get("/dashboard").await, "/login");
    Ok(())
}

async fn sessions_end_after_twelve_hours_however_busy(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("busy@abilenetx.gov").await;
    for _ in 0..71 {
        app.advance(Duration::minutes(10));
        assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    }
    app.advance(Duration::minutes(10));
    assert_redirect(&app.get("/dashboard").await, "/login");
    Ok(())
}

async fn forms_without_the_csrf_token_are_refused(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("csrf@abilenetx.gov").await;
    // Logout without the token: refused, session still alive.
    let response = app
        .client
        .post(app.url("/logout"))
        .form(&[("csrf", "forged")])
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    // Sign-up from another site: refused even with a token.
    let html = app.get("/signup").await.text().await?;
    let token = csrf_token(&html).ok_or("token")?;
    let response = app
        .client
        .post(app.url("/signup"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("csrf", token.as_str()), ("email", person.email.as_str())])
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    Ok(())
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    for path in ["/", "/signup", "/login", "/nope", "/healthz"] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers
            .get("content-security-policy")
            .ok_or("csp")?
            .to_str()?;
        assert!(
            csp.contains("frame-ancestors 'none'")
                && csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(
            headers.get("x-content-type-options").ok_or("nosniff")?,
            "nosniff"
        );
        assert_eq!(
            headers.get("referrer-policy").ok_or("referrer")?,
            "no-referrer"
        );
        assert_eq!(headers.get("x-frame-options").ok_or("xfo")?, "DENY");
    }
    let response = app.get("/login").await;
    let cookies: Vec<&str> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    assert!(
        cookies
            .iter()
            .all(|c| c.contains("HttpOnly") && c.contains("SameSite=Strict")),
        "{cookies:?}"
    );
    assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);
    Ok(())
}

#[tokio::test]
async fn session_cookies_hold_at_least_128_random_bits() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    let (link, token) = app.open_verification("bits@abilenetx.gov").await;
    let response = app.set_password(&link, &token, PASSWORD).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("lers_session="))
        .ok_or("session cookie")?;
    let value = cookie
        .trim_start_matches("lers_session=")
        .split(';')
        .next()
        .unwrap_or("");
    assert!(value.len() * 6 >= 128, "{value}");
    Ok(())
}
