//! Recovery codes: spent once, and using one forces a new authenticator.

use super::*;
use crate::both_backends;

both_backends!(
    a_recovery_code_works_once_and_forces_a_new_authenticator,
    two_logins_with_one_recovery_code_have_one_winner,
);

/// Signs up and enrolls, returning the person and the recovery codes shown.
async fn sign_up_with_codes(app: &TestApp, email: &str) -> (Person, Vec<String>) {
    let (link, token) = app.open_verification(email).await;
    assert_redirect(
        &app.set_password(&link, &token, PASSWORD).await,
        "/mfa/enroll",
    );
    let (secret, codes) = enroll_with_codes(app, app, "/dashboard").await;
    (
        Person {
            email: email.into(),
            password: PASSWORD.into(),
            secret,
        },
        codes,
    )
}

async fn a_recovery_code_works_once_and_forces_a_new_authenticator(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (person, codes) = sign_up_with_codes(&app, "lost.phone@abilenetx.gov").await;
    let id = account_id(&app, &person.email).await;
    // Stored hashed only: ten rows, none holding a code.
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1",
            id
        )
        .await,
        10
    );
    for code in &codes {
        let plain = code.replace('-', "");
        let found: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE code_hash = $1 OR code_hash = $2",
        )
        .bind(code)
        .bind(&plain)
        .fetch_one(app.store.pool())
        .await?;
        assert_eq!(found, 0, "recovery codes are not stored in the clear");
        assert_eq!(plain.len(), 10);
    }
    app.log_out().await;

    // The code goes where the TOTP code goes (typed loosely) and reaches enrollment only.
    let typed = codes[0].to_lowercase().replace('-', " ");
    let response = app.log_in(&person.email, &person.password, &typed).await;
    assert_redirect(&response, "/mfa/enroll");
    assert_redirect(&app.get("/dashboard").await, "/mfa/enroll");
    assert_redirect(&app.get("/account/tokens").await, "/mfa/enroll");
    let used = audited(&app, "mfa.recovery_code_used").await;
    assert_eq!(used.len(), 1);
    assert_eq!(used[0].details["codes_left"], 9);
    for code in &codes {
        let all = serde_json::to_string(&audited(&app, "login.succeeded").await)?;
        assert!(!all.contains(code.as_str()) && !all.contains(&code.replace('-', "")));
    }

    // The same code again, elsewhere: refused like a wrong code, and counted.
    let other = TestApp::with_client(&app);
    let again = other
        .log_in(&person.email, &person.password, &codes[0])
        .await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
    assert!(audited(&app, "login.failed")
        .await
        .iter()
        .any(|e| e.details["reason"] == "recovery_code_invalid"));
    // The old authenticator still proves the person, but leads to enrollment too.
    app.advance(Duration::seconds(30));
    let old = other
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_redirect(&old, "/mfa/enroll");
    assert_redirect(&other.get("/dashboard").await, "/mfa/enroll");

    // Re-enrollment shows new codes; every old code and the old secret are gone,
    // and the other half-signed-in session ends.
    let (secret, fresh) = enroll_with_codes(&app, &app, "/dashboard").await;
    assert_ne!(secret, person.secret);
    assert!(fresh.iter().all(|c| !codes.contains(c)));
    assert_eq!(app.get("/dashboard").await.status(), StatusCode::OK);
    assert_redirect(&other.get("/dashboard").await, "/login");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM recovery_codes WHERE account_id = $1",
            id
        )
        .await,
        10
    );
    app.log_out().await;
    let stale = app.log_in(&person.email, &person.password, &codes[1]).await;
    assert_eq!(stale.status(), StatusCode::UNAUTHORIZED);
    app.advance(Duration::seconds(30));
    let old_app = app
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_eq!(old_app.status(), StatusCode::UNAUTHORIZED);
    let ok = app
        .log_in(&person.email, &person.password, &app.code(&secret))
        .await;
    assert_redirect(&ok, "/dashboard");
    // And a new code works as a recovery code.
    app.log_out().await;
    assert_redirect(
        &app.log_in(&person.email, &person.password, &fresh[3]).await,
        "/mfa/enroll",
    );
    let enrolled = audited(&app, "mfa.enrolled").await;
    assert_eq!(enrolled[0].details["recovery_codes"], 10);
    Ok(())
}

async fn two_logins_with_one_recovery_code_have_one_winner(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (person, codes) = sign_up_with_codes(&app, "race@abilenetx.gov").await;
    app.log_out().await;
    let a = TestApp::with_client(&app);
    let b = TestApp::with_client(&app);
    let (ra, rb) = tokio::join!(
        a.log_in(&person.email, &person.password, &codes[2]),
        b.log_in(&person.email, &person.password, &codes[2]),
    );
    let statuses = [ra.status(), rb.status()];
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::SEE_OTHER)
            .count(),
        1,
        "exactly one login wins: {statuses:?}"
    );
    assert!(statuses.contains(&StatusCode::UNAUTHORIZED));
    assert_eq!(audited(&app, "mfa.recovery_code_used").await.len(), 1);
    Ok(())
}
