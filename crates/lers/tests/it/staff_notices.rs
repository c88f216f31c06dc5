//! Staff notifications (issue 18 §3), mailed over real SMTP (an aiosmtpd process):
//! an assignment and a requester's reply notify the assignee; a clock at 75 % and at
//! breach notify them once each, whatever the retries and however many runners; the
//! console lists one's own notifications, counts the unread and marks them read; the
//! digest goes out once, at the person's hour in their time zone, in their language
//! (German here), content-free; preference changes are audited. The clock is moved,
//! never waited for.

use lers_domain::account::{Role, Roles};
use lers_domain::clock::Duration;
use lers_domain::locale::AccountLocale;
use lers_store::{prelude::*, Ctx};
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;
use crate::smtp::SmtpServer;

both_backends!(
    an_assignment_and_a_reply_notify_the_assignee_who_reads_them_in_the_console,
    a_clock_at_75_percent_and_at_breach_notifies_the_assignee_once_each,
    a_digest_goes_out_in_german_once_at_the_reviewers_hour_without_case_content,
    approvals_waiting_and_a_preservation_ending_notify_who_they_concern,
    a_form_6_arriving_on_an_eu_preservation_notifies_the_reviewers,
    an_enforcing_authoritys_window_and_an_eu_preservation_ending_notify_the_reviewers,
    an_assignee_must_reach_the_case_and_a_withdrawn_one_does_not_swallow_its_notices,
);

/// Mails the SMTP server received for `to`, decoded.
fn mails_to(smtp: &SmtpServer, to: &str) -> Vec<String> {
    smtp.messages()
        .iter()
        .filter(|m| m.contains(&format!("To: {to}")))
        .map(|m| decode_quoted_printable(m))
        .collect()
}

/// An app mailing over SMTP with a requester, a filed request and an intake officer
/// who assigns it to Rita (a reviewer). `None` when a half cannot run here.
struct Case {
    smtp: SmtpServer,
    app: TestApp,
    id: String,
    reference: String,
}

async fn case(backend: Backend, kind: &str) -> Option<Case> {
    let smtp = SmtpServer::start().await?;
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let app = TestApp::spawn_with_smtp(backend, Some(&url)).await?;
    app.sign_up_via_smtp(&smtp, "dana@abilenetx.gov").await;
    let (id, reference) = app.file_request(kind, None).await;
    Some(Case {
        smtp,
        app,
        id,
        reference,
    })
}

const RITA: &str = "rita@provider.example";

/// Ivy (intake) assigns the case to Rita; answers Rita's browser.
async fn assign_to_rita<'a>(app: &'a TestApp, id: &str) -> TestResult<Browser<'a>> {
    let (rita, _) = app.staff("Rita Review", RITA, &[Role::Reviewer]).await;
    let (ivy, _) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    let rita_id = app.store.account_by_email(RITA).await?.ok_or("rita")?.id;
    let page = format!("/staff/requests/{id}");
    let assigned = ivy
        .submit(
            &page,
            &format!("{page}/assign"),
            &[("assignee", &rita_id.to_string())],
        )
        .await;
    assert_eq!(assigned.status(), StatusCode::SEE_OTHER, "assigned");
    Ok(rita)
}

async fn an_assignment_and_a_reply_notify_the_assignee_who_reads_them_in_the_console(
    backend: Backend,
) -> TestResult {
    let Some(Case {
        smtp,
        app,
        id,
        reference,
    }) = case(backend, "user_data").await
    else {
        return Ok(());
    };
    let rita = assign_to_rita(&app, &id).await?;
    app.state.run_due_jobs("test").await;
    let mails = mails_to(&smtp, RITA);
    assert_eq!(mails.len(), 1, "one mail for the assignment: {mails:?}");
    assert!(mails[0].contains("A case has been assigned to you") && mails[0].contains(&reference));
    assert!(
        mails[0].contains(&format!("/staff/requests/{id}")),
        "a link"
    );

    // The requester replies: Rita is told, without what was said.
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf_token(&html).ok_or("csrf")?)
        .text("body", "Secret detail: the suspect uses a second phone.");
    let replied = app
        .client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    assert_eq!(replied.status(), StatusCode::SEE_OTHER);
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    let mails = mails_to(&smtp, RITA);
    assert_eq!(mails.len(), 2, "one more for the reply, once: {mails:?}");
    let reply = mails
        .iter()
        .find(|m| m.contains("The requester has replied on your case"))
        .ok_or("reply mail")?;
    assert!(reply.contains(&reference) && !reply.contains("Secret detail"));
    assert!(!reply.contains("second phone"), "no case content");

    // The console: two unread, in the navigation and on the page; only Rita's own.
    let home = rita.get("/staff").await.text().await?;
    assert!(
        home.contains("Notifications (2 unread)"),
        "count in the navigation"
    );
    let page = rita.get("/staff/notifications").await.text().await?;
    assert_eq!(page.matches("/read\"").count(), 2, "two to mark read");
    let rita_id = app.store.account_by_email(RITA).await?.ok_or("rita")?.id;
    let mine = app.store.staff_notices(rita_id, 10).await?;
    let (ivy_browser, _) = app
        .staff("Ike Intake", "ike@provider.example", &[Role::Intake])
        .await;
    let someone_else = ivy_browser
        .submit(
            "/staff/notifications",
            &format!("/staff/notifications/{}/read", mine[0].id),
            &[],
        )
        .await;
    assert_eq!(someone_else.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        app.store.unread_notices(rita_id).await?,
        2,
        "another person cannot mark Rita's notifications read"
    );
    let ike_page = ivy_browser.get("/staff/notifications").await.text().await?;
    assert!(
        ike_page.contains("You have no notifications."),
        "only one's own"
    );
    rita.submit(
        "/staff/notifications",
        &format!("/staff/notifications/{}/read", mine[0].id),
        &[],
    )
    .await;
    assert_eq!(app.store.unread_notices(rita_id).await?, 1);
    assert!(rita
        .get("/staff")
        .await
        .text()
        .await?
        .contains("Notifications (1 unread)"));
    rita.submit("/staff/notifications", "/staff/notifications/read-all", &[])
        .await;
    assert_eq!(app.store.unread_notices(rita_id).await?, 0);
    let home = rita.get("/staff").await.text().await?;
    assert!(!home.contains("unread)"), "no count once all are read");
    Ok(())
}

async fn a_clock_at_75_percent_and_at_breach_notifies_the_assignee_once_each(
    backend: Backend,
) -> TestResult {
    let Some(Case {
        smtp,
        app,
        id,
        reference,
    }) = case(backend, "user_data").await
    else {
        return Ok(());
    };
    assign_to_rita(&app, &id).await?;
    app.state.run_due_jobs("test").await;
    let count = |text: &str| {
        mails_to(&smtp, RITA)
            .iter()
            .filter(|m| m.contains(text) && m.contains(&reference))
            .count()
    };
    const THREE_QUARTERS: &str = "Three quarters of the time to respond have passed";
    const BREACH: &str = "The time to respond has run out";
    // A user-data request is due in 30 days: three quarters is 22.5 days.
    app.advance(Duration::days(22));
    app.state.run_due_jobs("test").await;
    assert_eq!(count(THREE_QUARTERS), 0, "not yet at 22 days");
    app.advance(Duration::hours(13));
    // Two runners at once (two nodes), then a retry: one mail.
    tokio::join!(app.state.run_due_jobs("a"), app.state.run_due_jobs("b"));
    app.state.run_due_jobs("a").await;
    assert_eq!(count(THREE_QUARTERS), 1, "75 % once");
    assert_eq!(count(BREACH), 0);
    app.advance(Duration::days(8));
    tokio::join!(app.state.run_due_jobs("a"), app.state.run_due_jobs("b"));
    app.state.run_due_jobs("b").await;
    assert_eq!(count(BREACH), 1, "breach once");
    assert_eq!(count(THREE_QUARTERS), 1, "75 % still once");
    assert_eq!(mails_to(&smtp, RITA).len(), 3, "assignment, 75 %, breach");
    Ok(())
}

async fn a_digest_goes_out_in_german_once_at_the_reviewers_hour_without_case_content(
    backend: Backend,
) -> TestResult {
    let Some(Case {
        smtp,
        app,
        id,
        reference,
    }) = case(backend, "user_data").await
    else {
        return Ok(());
    };
    // Rita reads LERS in German, in Berlin, and takes assignments in her digest at
    // 09:00 her time.
    let (rita, _) = app.staff("Rita Review", RITA, &[Role::Reviewer]).await;
    let rita_id = app.store.account_by_email(RITA).await?.ok_or("rita")?.id;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let german = AccountLocale {
        language: Some("de".into()),
        time_zone: Some("Europe/Berlin".into()),
    };
    app.store.set_account_locale(rita_id, &german, &ctx).await?;
    let saved = rita
        .submit(
            "/staff/notifications/settings",
            "/staff/notifications/settings",
            &[
                ("delivery_assigned", "digest"),
                ("delivery_requester_replied", "immediately"),
                ("digest_hour", "9"),
            ],
        )
        .await;
    assert!(location(&saved).starts_with("/staff/notifications/settings?notice="));
    let refused = rita
        .submit(
            "/staff/notifications/settings",
            "/staff/notifications/settings",
            &[("digest_hour", "25")],
        )
        .await;
    assert!(refused
        .text()
        .await?
        .contains("Bitte wählen Sie eine Stunde von 0 bis 23."));
    assert_eq!(
        app.audited_mentioning("notification.preferences_changed", "\"digest_hour\":9")
            .await,
        1,
        "the change is audited once (the refused one changed nothing)"
    );
    let (ivy, _) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    let page = format!("/staff/requests/{id}");
    ivy.submit(
        &page,
        &format!("{page}/assign"),
        &[("assignee", &rita_id.to_string())],
    )
    .await;
    // The test day starts at 12:00 UTC (13:00 in Berlin): today's 09:00 has passed,
    // so the digest waits for tomorrow's.
    app.state.run_due_jobs("test").await;
    assert!(mails_to(&smtp, RITA).is_empty(), "nothing at once");
    app.advance(Duration::hours(19)); // 08:00 in Berlin the next day
    app.state.run_due_jobs("test").await;
    assert!(
        mails_to(&smtp, RITA).is_empty(),
        "not before 09:00 in Berlin"
    );
    app.advance(Duration::hours(1)); // 09:00 in Berlin, 08:00 UTC
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    let mails = mails_to(&smtp, RITA);
    assert_eq!(mails.len(), 1, "one digest: {mails:?}");
    let digest = &mails[0];
    assert!(
        digest.contains("Ihre Benachrichtigungen vom 2026-11-28"),
        "{digest}"
    );
    assert!(digest.contains("Guten Tag Rita Review"), "{digest}");
    assert!(digest.contains("Ihnen wurde ein Vorgang zugewiesen") && digest.contains(&reference));
    assert!(
        !digest.contains("A case has been assigned"),
        "not in English"
    );
    let record = app.request_of("dana@abilenetx.gov", &id).await?;
    let title = record.summary.title.clone();
    assert!(
        !title.is_empty() && !digest.contains(&title),
        "no case content"
    );
    app.advance(Duration::hours(1));
    app.state.run_due_jobs("test").await;
    assert_eq!(mails_to(&smtp, RITA).len(), 1, "and only once");
    Ok(())
}

async fn approvals_waiting_and_a_preservation_ending_notify_who_they_concern(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("keep@abilenetx.gov").await;
    let (id, reference) = app.file_request("preservation", None).await;
    let (rita, _) = app.staff("Rita Review", RITA, &[Role::Reviewer]).await;
    let abe_email = "abe@provider.example";
    let (abe, abe_person) = app.staff("Abe Approve", abe_email, &[Role::Approver]).await;
    let told = |to: &str, text: &str| {
        app.emails_to(to)
            .iter()
            .filter(|m| m.contains(text))
            .count()
    };
    const WAITING: &str = "An approval is waiting for you";
    const ENDING: &str = "A preservation ends within seven days";

    // Rita's review waits for an approver: Abe is told, Rita (the reviewer) is not.
    let page = format!("/staff/requests/{id}");
    rita.submit(
        &page,
        &format!("{page}/review"),
        &crate::console::all_fine(),
    )
    .await;
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    assert_eq!(told(abe_email, WAITING), 1);
    assert_eq!(told(RITA, WAITING), 0, "never the reviewer");
    assert!(app.emails_to(abe_email)[0].contains(&reference));
    app.advance(Duration::seconds(30));
    abe.submit(
        &page,
        &format!("{page}/decide"),
        &[
            ("decision", "approve"),
            ("code", &app.code(&abe_person.secret)),
        ],
    )
    .await;

    // A role grant waits for a second admin: the other admin is told, not the proposer
    // nor the person concerned.
    let (_, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (_, _) = app
        .staff("Bo Admin", "bo@provider.example", &[Role::Admin])
        .await;
    let ada = app
        .store
        .account_by_email("ada@provider.example")
        .await?
        .ok_or("ada")?;
    let rita_id = app.store.account_by_email(RITA).await?.ok_or("rita")?.id;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: ada.pseudonym.clone(),
        ip: None,
    };
    let roles: Roles = [Role::Reviewer, Role::Admin].into_iter().collect();
    app.store.propose_roles(rita_id, &roles, &ctx).await?;
    app.state.run_due_jobs("test").await;
    assert_eq!(told("bo@provider.example", WAITING), 1, "the second admin");
    assert_eq!(told("ada@provider.example", WAITING), 0, "not the proposer");
    assert_eq!(told(RITA, WAITING), 0, "not the person concerned");

    // The 90-day hold ends within seven days after 83: the case's reviewers (it is
    // unassigned) hear of it once.
    app.advance(Duration::days(82));
    app.state.run_due_jobs("test").await;
    assert_eq!(told(RITA, ENDING), 0, "not yet");
    app.advance(Duration::hours(25));
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    assert_eq!(told(RITA, ENDING), 1, "once");
    assert_eq!(
        told(abe_email, ENDING),
        0,
        "approvers are not the case's workers"
    );
    Ok(())
}

async fn a_form_6_arriving_on_an_eu_preservation_notifies_the_reviewers(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("preserve@abilenetx.gov").await;
    let id = app.start_request("epoc_pr").await;
    let filed = app
        .post_request_form(&id, &crate::eu_orders::eu_fields("epoc_pr", false))
        .await;
    assert_eq!(filed.status(), StatusCode::SEE_OTHER, "EPOC-PR filed");
    app.staff("Rita Review", RITA, &[Role::Reviewer]).await;
    app.state.run_due_jobs("test").await;
    const ARRIVED: &str = "A Form 6 (extension) or Form 5";
    let told = || {
        app.emails_to(RITA)
            .iter()
            .filter(|m| m.contains(ARRIVED))
            .count()
    };
    assert_eq!(told(), 0, "nothing before a form arrives");
    // The issuing official sends a Form 6 on the request page: the (unassigned)
    // case's reviewer is told once.
    let page = format!("/requests/{id}");
    let form6 = app
        .submit(&page, &format!("{page}/eu-form"), &[("form", "form6")])
        .await;
    assert_eq!(form6.status(), StatusCode::SEE_OTHER);
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    assert_eq!(told(), 1);
    Ok(())
}

async fn an_enforcing_authoritys_window_and_an_eu_preservation_ending_notify_the_reviewers(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // Both orders name a notified enforcing authority (section K).
    let requester = app.eu_requester("eu.desk@abilenetx.gov").await;
    let certificate = eu_certificate("DE", serde_json::json!({}));
    app.file_eu_order(&requester, "epoc", certificate.clone())
        .await;
    app.file_eu_order(&requester, "epoc_pr", certificate).await;
    app.staff("Rita Review", RITA, &[Role::Reviewer]).await;
    let told = |what: &str| {
        app.emails_to(RITA)
            .iter()
            .filter(|m| m.contains(what))
            .count()
    };
    const WINDOW: &str = "window to raise grounds for refusal closes within a day";
    const PRESERVED: &str = "A preservation ends within seven days";
    app.state.run_due_jobs("test").await;
    assert_eq!((told(WINDOW), told(PRESERVED)), (0, 0), "nothing yet");

    // Nine days on, the EPOC's 10-day window closes within a day: told once, however
    // often the runner passes.
    app.advance(Duration::minutes(9 * 24 * 60 + 1));
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    assert_eq!(told(WINDOW), 1);
    // Once closed, nothing more.
    app.advance(Duration::days(2));
    app.state.run_due_jobs("test").await;
    assert_eq!(told(WINDOW), 1);

    // The EPOC-PR's 60 days end within seven: told once.
    assert_eq!(told(PRESERVED), 0);
    app.advance(Duration::days(43));
    app.state.run_due_jobs("test").await;
    app.state.run_due_jobs("test").await;
    assert_eq!(told(PRESERVED), 1);
    Ok(())
}

async fn an_assignee_must_reach_the_case_and_a_withdrawn_one_does_not_swallow_its_notices(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("clerk@abilenetx.gov").await;
    let (id, reference) = app.file_request("user_data", None).await;
    let (ivy, _) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    app.staff("Rita Review", RITA, &[Role::Reviewer]).await;
    app.staff("Rex Review", "rex@provider.example", &[Role::Reviewer])
        .await;
    app.staff("Rob Review", "rob@provider.example", &[Role::Reviewer])
        .await;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let account = |email: &'static str| {
        let app = &app;
        async move { app.store.account_by_email(email).await.ok().flatten() }
    };
    let rex = account("rex@provider.example").await.ok_or("rex")?;
    let rita = account(RITA).await.ok_or("rita")?;
    let limits = lers_domain::region::StaffLimits {
        regions: vec!["elsewhere".into()],
        assigned_only: false,
    };
    app.store
        .set_staff_limits(&rex, &limits, false, &ctx)
        .await?;
    let page = format!("/staff/requests/{id}");
    let assign = |person: i64| {
        let (ivy, page) = (&ivy, &page);
        async move {
            ivy.submit(
                page,
                &format!("{page}/assign"),
                &[("assignee", &person.to_string())],
            )
            .await
            .status()
        }
    };
    // Rex's rule reaches another region only: he could not open the case, so he may
    // not be its assignee (and hear of it through every notice).
    assert_eq!(assign(rex.id).await, StatusCode::CONFLICT);
    assert_eq!(assign(rita.id).await, StatusCode::SEE_OTHER);

    // Rita leaves. At three quarters of the clock her notice goes to the reviewers
    // who reach the case (Rob), not to her disabled account, and not to Rex.
    app.store
        .set_account_status(rita.id, lers_domain::account::AccountStatus::Disabled, &ctx)
        .await?;
    app.advance(Duration::hours(22 * 24 + 13));
    app.state.run_due_jobs("test").await;
    const THREE_QUARTERS: &str = "Three quarters of the time to respond have passed";
    let told = |email: &str| {
        app.emails_to(email)
            .iter()
            .filter(|m| m.contains(THREE_QUARTERS) && m.contains(&reference))
            .count()
    };
    assert_eq!(told("rob@provider.example"), 1);
    assert_eq!(told(RITA), 0);
    assert_eq!(told("rex@provider.example"), 0);
    Ok(())
}
