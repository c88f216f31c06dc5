//! An EPOC-PR through its 60 days, Form 6 (30 days more, once) and Form 5 (kept until
//! the production order arrives and takes the preservation over).

use lers_domain::account::Role;
use lers_domain::clock::Duration;

use super::*;
use crate::both_backends;

both_backends!(
    an_epoc_pr_runs_sixty_days_and_is_extended_once_by_form_6,
    form_5_keeps_an_epoc_pr_until_the_epoc_takes_it_over,
);

fn warnings(app: &TestApp, email: &str) -> usize {
    app.emails_to(email)
        .iter()
        .filter(|m| m.contains("ends soon"))
        .count()
}

async fn an_epoc_pr_runs_sixty_days_and_is_extended_once_by_form_6(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("preserve@abilenetx.gov").await;
    let (id, _) = app.file_eu(&eu_fields("epoc_pr", false), "epoc_pr").await;
    let received = app.clock_now();
    assert_eq!(
        app.status_of(&id).await,
        "preserved",
        "preserved at receipt"
    );
    let page = format!("/requests/{id}");
    let html = app.get(&page).await.text().await?;
    let clocks = panel(&html);
    assert!(
        clocks.contains(&at(received.plus(Duration::days(60)))),
        "{clocks}"
    );
    assert!(clocks.contains("value=\"form6\"") && clocks.contains("value=\"form5\""));
    assert_eq!(app.audited("eu.preservation_started").await, 1);

    // 14 days before the end the official is warned, as for any hold.
    app.advance(Duration::days(46));
    app.state.run_due_jobs("test").await;
    assert_eq!(warnings(&app, &person.email), 1, "warning sent");
    assert_eq!(app.status_of(&id).await, "preserved");

    // The issuing official sends a Form 6 on the request page.
    app.log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    let form6 = app
        .submit(&page, &format!("{page}/eu-form"), &[("form", "form6")])
        .await;
    assert_eq!(form6.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.status_of(&id).await, "extended");
    let html = app.get(&page).await.text().await?;
    let clocks = panel(&html);
    assert!(
        clocks.contains(&at(received.plus(Duration::days(90)))),
        "{clocks}"
    );
    assert!(
        !clocks.contains("value=\"form6\""),
        "no second Form 6 offered"
    );
    assert!(html.contains("Form 6 recorded"), "on the timeline");
    assert_eq!(app.audited("eu.form6_recorded").await, 1);
    let again = app
        .submit(&page, &format!("{page}/eu-form"), &[("form", "form6")])
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert!(again.text().await?.contains("one extension only"));

    // The original end passes: nothing expires.
    app.advance(Duration::days(15));
    app.state.run_due_jobs("test").await;
    assert_eq!(app.status_of(&id).await, "extended");
    assert_eq!(app.audited("preservation.expired").await, 0);
    // A second warning before the new end, then the expiry, on their own.
    app.advance(Duration::days(15));
    app.state.run_due_jobs("test").await;
    assert_eq!(warnings(&app, &person.email), 2);
    app.advance(Duration::days(14));
    app.state.run_due_jobs("test").await;
    assert_eq!(app.status_of(&id).await, "expired");
    assert_eq!(app.audited("preservation.expired").await, 1);

    // Nothing can be kept any longer once it ended.
    let (staff, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let case = format!("/staff/requests/{id}");
    let html = staff.get(&case).await.text().await?;
    assert!(
        panel(&html).contains("Ended (period over)"),
        "{}",
        panel(&html)
    );
    let late = staff
        .submit(&case, &format!("{case}/eu-form"), &[("form", "form5")])
        .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert!(late.text().await?.contains("already ended"));
    Ok(())
}

async fn form_5_keeps_an_epoc_pr_until_the_epoc_takes_it_over(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("follow-eu@abilenetx.gov").await;
    let (id, reference) = app.file_eu(&eu_fields("epoc_pr", false), "epoc_pr").await;

    // The Form 5 arrives on paper: the response team records it on the case.
    let (intake, _) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    let (producer, _) = app
        .staff("Pat Produce", "pat@provider.example", &[Role::Producer])
        .await;
    let case = format!("/staff/requests/{id}");
    let refused = producer
        .submit(&case, &format!("{case}/eu-form"), &[("form", "form5")])
        .await;
    assert_eq!(
        refused.status(),
        StatusCode::FORBIDDEN,
        "producers do not record forms"
    );
    let form5 = intake
        .submit(&case, &format!("{case}/eu-form"), &[("form", "form5")])
        .await;
    assert_eq!(form5.status(), StatusCode::SEE_OTHER);
    let html = intake.get(&case).await.text().await?;
    assert!(panel(&html).contains("Kept until the announced production order arrives"));
    assert!(html.contains("Form 5 recorded"), "on the timeline");
    assert_eq!(app.audited("eu.form5_recorded").await, 1);
    let form6 = intake
        .submit(&case, &format!("{case}/eu-form"), &[("form", "form6")])
        .await;
    assert_eq!(
        form6.status(),
        StatusCode::CONFLICT,
        "Form 6 adds nothing after Form 5"
    );

    // Past the 60 days (and the warning time) nothing ends and nobody is warned.
    app.advance(Duration::days(70));
    app.state.run_due_jobs("test").await;
    assert_eq!(app.status_of(&id).await, "preserved");
    assert_eq!(warnings(&app, &person.email), 0);
    // The account directory keeps holding the data: its lease was renewed.
    assert!(
        directory_held_until(&app).await? >= app.clock_now().plus(Duration::days(29)),
        "the directory's hold outlives the 60 days after a Form 5"
    );

    // The production order arrives naming the EPOC-PR (section D): it takes over.
    app.log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    let mut fields = eu_fields("epoc", false);
    fields.push(("eu_earlier_order", reference.clone()));
    let (epoc, epoc_reference) = app.file_eu(&fields, "epoc").await;
    assert_eq!(app.status_of(&id).await, "fulfilled");
    assert_eq!(app.audited("eu.preservation_taken_over").await, 1);
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let clocks = panel(&html);
    assert!(
        clocks.contains("Taken over by the production order") && clocks.contains(&epoc_reference),
        "{clocks}"
    );
    let record = app
        .store
        .staff_request(&epoc, &app.system_ctx())
        .await?
        .ok_or("epoc")?;
    let facts = app
        .store
        .eu_order_facts(&record.summary)
        .await?
        .ok_or("facts")?;
    assert!(
        facts.preservation.in_force(app.clock_now()),
        "the EPOC preserves now"
    );
    let renewals: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE kind = 'eu_preservation_renewal' AND done_at IS NULL \
         AND payload LIKE $1",
    )
    .bind(format!("%\"request\":{}%", record.summary.row_id))
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(
        renewals, 1,
        "the EPOC's open-ended preservation is leased and renewed"
    );

    // Form 5 and 6 are for EPOC-PRs only.
    let epoc_case = format!("/staff/requests/{epoc}");
    app.advance(Duration::minutes(1));
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let wrong = reviewer
        .submit(
            &epoc_case,
            &format!("{epoc_case}/eu-form"),
            &[("form", "form6")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::CONFLICT);
    assert!(wrong
        .text()
        .await?
        .contains("only to a European Preservation Order"));
    Ok(())
}

/// The latest end of any hold the account directory was asked to place.
async fn directory_held_until(app: &TestApp) -> TestResult<Timestamp> {
    let payloads: Vec<String> =
        sqlx::query_scalar("SELECT payload FROM jobs WHERE kind = 'directory_hold'")
            .fetch_all(app.store.pool())
            .await?;
    let latest = payloads
        .iter()
        .filter_map(|p| serde_json::from_str::<Value>(p).ok())
        .filter_map(|p| p["until"].as_i64())
        .max()
        .ok_or("no directory hold")?;
    Ok(Timestamp::from_unix_millis(latest))
}
