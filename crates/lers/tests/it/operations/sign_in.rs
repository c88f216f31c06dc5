//! Staff sign in through `/staff/login`, in the staff budget, while requesters fill
//! the portal's; one address may hold only a few staff sign-ins at once, all
//! addresses together half the staff budget, and a sign-in whose form never arrives
//! holds no staff slot; the stylesheet and script take no budget's slot.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};
use reqwest::StatusCode;

use super::{metric, Held};
use crate::both_backends;
use crate::harness::*;

both_backends!(
    staff_sign_in_while_requesters_surge_and_one_address_cannot_fill_it,
    slow_staff_sign_ins_leave_signed_in_staff_their_slots,
);

/// Sign-ins to `path` from each of `addresses` (forwarded by the trusted proxy the
/// harness is), held after the e-mail field: they take `budget`'s slots (the
/// portal's, or for `/staff/login` the staff sign-ins' places, `staff_sign_in`).
pub async fn hold_sign_ins(
    app: &TestApp,
    budget: &str,
    path: &str,
    addresses: &[&str],
) -> Vec<Held> {
    app.hold(
        budget,
        addresses.len(),
        |i| {
            reqwest::Client::new()
                .post(app.url(path))
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header("x-forwarded-for", addresses[i])
        },
        "email=someone%40abilenetx.gov",
        "&password=wrong&code=000000&csrf=none",
    )
    .await
}

async fn staff_sign_in_while_requesters_surge_and_one_address_cannot_fill_it(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_portal = 1;
        // Sign-ins get half: two.
        s.concurrency_staff = 4;
        s.staff_sign_in_per_address = 1;
        s.queue_deadline_ms = 20;
    })
    .await
    else {
        return Ok(());
    };
    let (_, rita) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;

    // Requesters fill the portal: its sign-in is shed.
    let portal = hold_sign_ins(&app, "portal", "/login", &["192.0.2.1"]).await;
    assert_eq!(
        app.new_anonymous()
            .get(app.url("/login"))
            .send()
            .await?
            .status(),
        StatusCode::SERVICE_UNAVAILABLE
    );

    // A staff member is sent from the console to the staff sign-in, and gets in.
    let browser = TestApp::with_client(&app);
    assert_redirect(&browser.get("/staff/queue").await, "/staff/login");
    let form = browser.get("/staff/login").await;
    assert_eq!(form.status(), StatusCode::OK);
    let form = form.text().await?;
    assert!(form.contains(r#"action="/staff/login""#), "{form}");
    let csrf = csrf_token(&form).ok_or("form token")?;
    app.advance(Duration::minutes(1));
    let code = app.code(&rita.secret);
    let signed_in = browser
        .client
        .post(app.url("/staff/login"))
        .form(&[
            ("email", rita.email.as_str()),
            ("password", rita.password.as_str()),
            ("code", code.as_str()),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await?;
    assert_redirect(&signed_in, "/staff");
    assert_eq!(browser.get("/staff/queue").await.status(), StatusCode::OK);

    // One address may hold one staff sign-in (the setting); two addresses fill the
    // sign-ins' half of the budget.
    let staff = hold_sign_ins(
        &app,
        "staff_sign_in",
        "/staff/login",
        &["192.0.2.7", "192.0.2.8"],
    )
    .await;
    let second = reqwest::Client::new()
        .get(app.url("/staff/login"))
        .header("x-forwarded-for", "192.0.2.7")
        .send()
        .await?;
    assert_eq!(second.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(second.headers().contains_key(RETRY_AFTER));
    assert!(second.text().await?.contains("from your address"));
    // A visitor who chose Polish is told so in Polish, on a Polish page.
    let third = reqwest::Client::new()
        .get(app.url("/staff/login"))
        .header("x-forwarded-for", "192.0.2.9")
        .header("cookie", "lers_lang=pl")
        .send()
        .await?;
    assert_eq!(third.status(), StatusCode::SERVICE_UNAVAILABLE, "full");
    let page = third.text().await?;
    let english = lers_app::i18n::Tr::default().get("operations-busy");
    let english_start: String = english.chars().take(20).collect();
    assert!(
        page.contains("<html lang=\"pl\">") && !page.contains(&english_start),
        "{page}"
    );

    // The stylesheet and script are served all the same: they take no slot.
    for asset in ["/static/app.css", "/static/upload.js", "/static/locale.js"] {
        let answer = browser.get(asset).await;
        assert_eq!(answer.status(), StatusCode::OK, "{asset}");
    }

    let scraped = app.scrape().await;
    let shed = |reason: &str| {
        metric(
            &scraped,
            &format!("lers_shed_requests_total{{budget=\"staff\",reason=\"{reason}\"}}"),
        )
    };
    assert_eq!(shed("address_busy"), Some(1.0));
    assert_eq!(shed("busy"), Some(1.0));
    for request in staff.into_iter().chain(portal) {
        // Admitted; the made-up form is refused by its handler, not shed.
        assert_eq!(request.finish().await.status(), StatusCode::FORBIDDEN);
    }
    // Freed: the address may sign in again.
    let again = reqwest::Client::new()
        .get(app.url("/staff/login"))
        .header("x-forwarded-for", "192.0.2.7")
        .send()
        .await?;
    assert_eq!(again.status(), StatusCode::OK);
    Ok(())
}

/// The attack review's staff lockout: addresses that start sign-ins and never finish
/// their forms held every staff slot, and signed-in staff were answered 503.
async fn slow_staff_sign_ins_leave_signed_in_staff_their_slots(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_staff = 8;
        s.staff_sign_in_per_address = 2;
        s.queue_deadline_ms = 20;
    })
    .await
    else {
        return Ok(());
    };
    let (browser, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;

    // Two addresses fill the sign-ins' half of the budget (four) with forms that
    // never finish; they hold no staff slot.
    let addresses = ["192.0.2.7", "192.0.2.7", "192.0.2.8", "192.0.2.8"];
    let held = hold_sign_ins(&app, "staff_sign_in", "/staff/login", &addresses).await;
    let scraped = app.scrape().await;
    assert_eq!(
        metric(&scraped, "lers_requests_in_flight{budget=\"staff\"}"),
        Some(0.0)
    );
    // Two more addresses find the sign-ins full: 503, before their bodies are read.
    for address in ["192.0.2.9", "192.0.2.10"] {
        let refused = reqwest::Client::new()
            .post(app.url("/staff/login"))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("x-forwarded-for", address)
            .body("email=someone%40abilenetx.gov")
            .send()
            .await?;
        assert_eq!(
            refused.status(),
            StatusCode::SERVICE_UNAVAILABLE,
            "{address}"
        );
    }
    // The signed-in staff member works on.
    for page in ["/staff/queue", "/staff"] {
        assert_eq!(browser.get(page).await.status(), StatusCode::OK, "{page}");
    }
    for request in held {
        assert_eq!(request.finish().await.status(), StatusCode::FORBIDDEN);
    }
    Ok(())
}
