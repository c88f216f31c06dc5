//! Dates, clocks, mails and error pages in the reader's language and time zone
//! (issue 17 §1): "27 lis 2026, 14:00 CET · termin za 1 godz." for a Polish
//! investigator in Warsaw, "quá hạn 2 ngày" for a Vietnamese reviewer in Hanoi, while
//! the machine-readable UTC stays in each `<time datetime>`.

use lers_domain::account::Role;

use super::*;
use crate::both_backends;

both_backends!(
    dates_and_clocks_read_in_the_readers_language_and_zone,
    mails_go_out_in_the_recipients_language,
    error_pages_speak_the_readers_language,
);

async fn dates_and_clocks_read_in_the_readers_language_and_zone(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let det = app.sign_up("daty@abilenetx.gov").await;
    choose(&app, &det.email, "pl", "Europe/Warsaw").await;
    // Filed at 12:00 UTC on 27 November: the emergency is due at 13:00 UTC (14:00 in
    // Warsaw), the request for user data 30 days later.
    app.file_request("emergency", None).await;
    let (user_data, _) = app.file_request("user_data", None).await;
    // Calendar dates (the range asked for) read in Polish too.
    let page = app
        .get(&format!("/requests/{user_data}"))
        .await
        .text()
        .await?;
    let range = format!("{} – ", tr("pl").day("2026-01-01"));
    assert!(
        page.contains(&range) && !page.contains("2026-01-01 – "),
        "{range}: {page}"
    );

    let dashboard = app.get("/dashboard").await.text().await?;
    assert!(
        dashboard.contains(
            "<time datetime=\"2026-11-27T13:00:00Z\">27 lis 2026, 14:00 CET</time> \
             <span class=\"clock-left\">termin za 1 godz.</span>"
        ),
        "{dashboard}"
    );
    assert!(dashboard.contains("<span class=\"clock-left\">termin za 30 dni</span>"));
    assert!(
        !dashboard.contains(">2026-11-"),
        "no raw timestamp is shown as text"
    );

    // Two days after the 30-day clock ran out, both read as overdue, in Polish plurals.
    app.advance(Duration::days(32));
    app.log_in(&det.email, &det.password, &app.code(&det.secret))
        .await;
    let dashboard = app.get("/dashboard").await.text().await?;
    assert!(dashboard.contains("<strong class=\"overdue-flag\">po terminie od 2 dni</strong>"));
    assert!(dashboard.contains("<strong class=\"overdue-flag\">po terminie od 31 dni</strong>"));

    // A reviewer in Hanoi reads the same clocks in Vietnamese, in UTC+07.
    let (staff, vo) = app
        .staff("Vo Thi Lan", "lan@provider.example", &[Role::Reviewer])
        .await;
    choose(&app, &vo.email, "vi", "Asia/Ho_Chi_Minh").await;
    let queue = staff.get("/staff/queue").await.text().await?;
    assert!(queue.contains("<html lang=\"vi\">"));
    assert!(queue.contains("<strong class=\"overdue-flag\">quá hạn 2 ngày</strong>"));
    assert!(
        queue.contains(">19:00 27 thg 12, 2026 UTC+07</time>"),
        "{queue}"
    );
    Ok(())
}

async fn mails_go_out_in_the_recipients_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_staff, lan) = app
        .staff("Vo Thi Lan", "lan@provider.example", &[Role::Reviewer])
        .await;
    choose(&app, &lan.email, "vi", "Asia/Ho_Chi_Minh").await;
    let det = app.sign_up("poczta@abilenetx.gov").await;
    choose(&app, &det.email, "pl", "Europe/Warsaw").await;

    // The Polish investigator files from an English page: the confirmation follows
    // the profile, not the page.
    let (_, reference) = app.file_request("emergency", None).await;
    let confirmation = app.emails_to(&det.email).pop().expect("a confirmation");
    let service = app.state.config.service_name.clone();
    let link = app.state.config.link("/requests/");
    let polish = tr("pl").with(
        "mail-request-received-body",
        &[
            ("name", "\u{0}".into()),
            ("reference", reference.clone()),
            ("link", link),
            ("service", service),
        ],
    );
    let first_words = polish.split('\u{0}').next().unwrap_or_default();
    assert!(
        !first_words.is_empty() && confirmation.contains(first_words),
        "{confirmation}"
    );

    // The page to the Vietnamese reviewer: her language, the deadline in her zone.
    app.state.run_due_jobs("test-runner").await;
    let page = app.emails_to(&lan.email).pop().expect("a page");
    let due = "20:00 27 thg 11, 2026 UTC+07";
    assert!(
        page.contains(&reference) && page.contains(due),
        "page mail in Vietnamese: {page}"
    );
    assert!(!page.contains("2026-11-27T13:00"), "{page}");
    Ok(())
}

async fn error_pages_speak_the_readers_language(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let visitor = app.new_anonymous();
    let polish = visitor
        .get(app.url("/no-such-page"))
        .header("accept-language", "pl")
        .send()
        .await?;
    assert_eq!(polish.status(), StatusCode::NOT_FOUND);
    let html = unescaped(&polish.text().await?);
    assert!(html.contains("<html lang=\"pl\">"));
    assert!(html.contains(&tr("pl").get("error-not-found")), "{html}");
    assert!(html.contains(&tr("pl").get("error-title")));
    assert!(!html.contains("page not found"));
    // The language switcher is there, pointing at the other languages.
    assert!(html.contains("hreflang=\"de\""), "{html}");

    let english = visitor.get(app.url("/no-such-page")).send().await?;
    assert!(english.text().await?.contains("page not found"));

    // A signed-in Polish reader gets their own navigation on the error page.
    let det = app.sign_up("bledy@abilenetx.gov").await;
    choose(&app, &det.email, "pl", "Europe/Warsaw").await;
    let missing = app.get("/requests/no-such-request").await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let html = unescaped(&missing.text().await?);
    assert!(html.contains(&tr("pl").get("nav-requests")) && html.contains("href=\"/requests\""));
    assert!(html.contains(&tr("pl").get("error-not-found")));
    Ok(())
}
