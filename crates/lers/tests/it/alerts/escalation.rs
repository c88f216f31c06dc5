//! Paging, escalation and acknowledgement.

use super::*;
use crate::both_backends;

both_backends!(
    an_emergency_at_three_on_sunday_pages_the_on_call_reviewer_then_tier_two_then_all_approvers,
    an_acknowledgement_stops_the_escalation_and_tells_pagerduty,
    deliveries_are_retried_and_a_bad_signature_is_refused_by_the_receiver,
);

async fn an_emergency_at_three_on_sunday_pages_the_on_call_reviewer_then_tier_two_then_all_approvers(
    backend: Backend,
) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    app.clock.set(sunday_3am());
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (sam, _) = app
        .staff("Sam Second", "sam@provider.example", &[Role::Reviewer])
        .await;
    app.staff("Alice Approve", "alice@provider.example", &[Role::Approver])
        .await;
    app.staff("Bob Approve", "bob@provider.example", &[Role::Approver])
        .await;
    let (rita_id, sam_id) = (
        account_id(&app, "rita@provider.example").await,
        account_id(&app, "sam@provider.example").await,
    );
    // The weekend night shift starts on Saturday at 22:00 Berlin time.
    let rota = admin
        .submit(
            "/staff/oncall",
            "/staff/oncall/rotas",
            &[
                ("name", "Weekend nights"),
                ("time_zone", "Europe/Berlin"),
                ("day_sat", "on"),
                ("starts", "22:00"),
                ("ends", "06:00"),
                ("regions", ""),
                ("primary", &rita_id.to_string()),
                ("second", &sam_id.to_string()),
            ],
        )
        .await;
    let saved = notice_after(&admin, rota).await;
    assert!(saved.contains("saved"), "{saved}");
    assert_eq!(app.store.rotas().await?.len(), 1);
    assert_eq!(audited(&app, "oncall.rota_saved").await, 1);

    // Rita pages through LERS' signed JSON and PagerDuty; Sam through Opsgenie.
    let port = free_port();
    let url = |path: &str| format!("http://127.0.0.1:{port}{path}");
    let secret = add_signed_webhook(&rita, &url("/signed/rita")).await;
    let added = add_webhook(
        &rita,
        "pagerduty",
        &url("/pagerduty/v2/enqueue"),
        "R0UT1NGKEY",
    )
    .await;
    assert!(added.contains("added"), "{added}");
    add_webhook(&sam, "opsgenie", &url("/opsgenie/v2/alerts"), &secret).await;
    let receiver = Receiver::start(port, &secret, app.clock_now(), 0).await;

    let (id, reference) = file_emergency(&app, "clerk@abilenetx.gov").await;
    // One runner pass: the page, its mail and both webhook posts.
    pass(&app).await;
    let mails = app.emails_to("rita@provider.example");
    let page_mail = mails.last().expect("Rita is paged");
    assert!(page_mail.contains(&reference), "{page_mail}");
    assert!(page_mail.contains("/staff/alerts/"), "{page_mail}");
    assert!(
        !page_mail.contains("Operation emergency"),
        "no case content: {page_mail}"
    );
    let signed = receiver.posts_to("/signed/");
    assert_eq!(signed.len(), 1, "{signed:?}");
    assert_eq!(signed[0]["status"], 200, "{signed:?}");
    assert_eq!(signed[0]["body"]["type"], "oncall.paged");
    assert_eq!(signed[0]["body"]["data"]["reference"], reference.as_str());
    assert_eq!(signed[0]["body"]["data"]["kind"], "emergency");
    let pagerduty = receiver.posts_to("/pagerduty/");
    assert_eq!(pagerduty.len(), 1, "{pagerduty:?}");
    let event = &pagerduty[0]["body"];
    assert_eq!(pagerduty[0]["status"], 202, "{pagerduty:?}");
    assert_eq!(event["routing_key"], "R0UT1NGKEY");
    assert_eq!(event["event_action"], "trigger");
    assert_eq!(event["payload"]["severity"], "critical");
    assert_eq!(event["payload"]["source"], "LERS");
    assert!(event["payload"]["summary"]
        .as_str()
        .is_some_and(|s| s.contains(&reference)));
    assert!(event["dedup_key"]
        .as_str()
        .is_some_and(|k| k.starts_with("lers-alert-")));
    for nobody in [
        "sam@provider.example",
        "alice@provider.example",
        "bob@provider.example",
    ] {
        assert!(
            app.emails_to(nobody).is_empty(),
            "{nobody} is not paged yet"
        );
    }
    assert_eq!(audited(&app, "oncall.paged").await, 1);
    // The alert is on the case.
    let case = rita
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(
        case.contains("id=\"oncall-alert\""),
        "the console shows the alert"
    );
    assert!(case.contains("Rita Review") && case.contains("id=\"oncall-waiting\""));

    // Nine minutes: still Rita's. Ten: Sam, through Opsgenie too.
    app.advance(Duration::minutes(9));
    pass(&app).await;
    assert!(app.emails_to("sam@provider.example").is_empty());
    app.advance(Duration::minutes(1));
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    assert_eq!(app.emails_to("sam@provider.example").len(), 1, "tier two");
    assert!(app.emails_to("alice@provider.example").is_empty());
    let opsgenie = receiver.posts_to("/opsgenie/");
    assert_eq!(opsgenie.len(), 1, "{opsgenie:?}");
    assert_eq!(opsgenie[0]["status"], 202, "{opsgenie:?}");
    assert_eq!(
        opsgenie[0]["headers"]["authorization"],
        format!("GenieKey {secret}")
    );
    assert_eq!(opsgenie[0]["body"]["priority"], "P1");
    assert_eq!(opsgenie[0]["body"]["alias"], event["dedup_key"]);
    assert_eq!(audited(&app, "oncall.escalated").await, 1);

    // Ten more: every approver. Then nothing further.
    app.advance(Duration::minutes(10));
    pass(&app).await;
    assert_eq!(app.emails_to("alice@provider.example").len(), 1);
    assert_eq!(app.emails_to("bob@provider.example").len(), 1);
    assert_eq!(app.emails_to("rita@provider.example").len(), 1);
    app.advance(Duration::minutes(30));
    pass(&app).await;
    assert_eq!(app.emails_to("alice@provider.example").len(), 1);
    assert_eq!(audited(&app, "oncall.escalated").await, 2);
    Ok(())
}

async fn an_acknowledgement_stops_the_escalation_and_tells_pagerduty(
    backend: Backend,
) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    app.clock.set(sunday_3am());
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (alice, _) = app
        .staff("Alice Approve", "alice@provider.example", &[Role::Approver])
        .await;
    let (intake, _) = app
        .staff("Ines Intake", "ines@provider.example", &[Role::Intake])
        .await;
    let port = free_port();
    add_webhook(
        &rita,
        "pagerduty",
        &format!("http://127.0.0.1:{port}/pagerduty/v2/enqueue"),
        "R0UT1NGKEY",
    )
    .await;
    let receiver = Receiver::start(port, "unused", app.clock_now(), 0).await;
    let (_, reference) = file_emergency(&app, "clerk@abilenetx.gov").await;
    pass(&app).await;
    // No rota: every reviewer and approver, by email; intake is not paged.
    assert_eq!(app.emails_to("rita@provider.example").len(), 1);
    assert_eq!(app.emails_to("alice@provider.example").len(), 1);
    assert!(app.emails_to("ines@provider.example").is_empty());

    // The mailed link needs a sign-in.
    let link = alert_link(&app, "rita@provider.example");
    let anonymous = app.new_anonymous().get(app.url(&link)).send().await?;
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
    assert!(
        location(&anonymous).starts_with("/staff/login"),
        "{}",
        location(&anonymous)
    );
    // Intake may not acknowledge (refused and audited).
    let refused = intake
        .submit("/staff", &format!("{link}/ack"), &[("back", "alert")])
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(audited(&app, "oncall.ack_refused").await, 1);

    app.advance(Duration::minutes(4));
    let waiting = "id=\"workload-emergencies-waiting\">";
    let home = rita.get("/staff").await.text().await?;
    assert!(
        home.contains(&format!("{waiting}1<")),
        "waiting before the ack"
    );
    let page = rita.get(&link).await.text().await?;
    assert!(page.contains(&reference) && page.contains(&format!("{link}/ack")));
    let acked = rita
        .submit(&link, &format!("{link}/ack"), &[("back", "alert")])
        .await;
    let notice = notice_after(&rita, acked).await;
    assert!(notice.contains(&reference), "{notice}");
    // Acknowledging again is harmless and says so.
    let again = alice
        .submit(&link, &format!("{link}/ack"), &[("back", "case")])
        .await;
    let notice = notice_after(&alice, again).await;
    assert!(notice.contains("already"), "{notice}");
    assert_eq!(audited(&app, "oncall.acknowledged").await, 2);
    // The console home no longer counts it as waiting, though nobody acted on it yet.
    let home = rita.get("/staff").await.text().await?;
    assert!(
        home.contains(&format!("{waiting}0<")),
        "not waiting once acknowledged"
    );

    // PagerDuty hears of the acknowledgement, under the same dedup key.
    receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    let events = receiver.posts_to("/pagerduty/");
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[1]["body"]["event_action"], "acknowledge");
    assert_eq!(events[1]["status"], 202, "{events:?}");
    assert_eq!(
        events[1]["body"]["dedup_key"],
        events[0]["body"]["dedup_key"]
    );
    // And nobody else is paged, however long it waits.
    app.advance(Duration::minutes(60));
    pass(&app).await;
    assert_eq!(app.emails_to("alice@provider.example").len(), 1);
    assert_eq!(audited(&app, "oncall.escalated").await, 0);
    Ok(())
}

async fn deliveries_are_retried_and_a_bad_signature_is_refused_by_the_receiver(
    backend: Backend,
) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    app.clock.set(sunday_3am());
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (alice, _) = app
        .staff("Alice Approve", "alice@provider.example", &[Role::Approver])
        .await;
    let [flaky_port, strict_port] = free_ports::<2>();
    let secret = add_signed_webhook(&rita, &format!("http://127.0.0.1:{flaky_port}/signed")).await;
    add_signed_webhook(&alice, &format!("http://127.0.0.1:{strict_port}/signed")).await;
    // The first receiver fails once; the second knows another secret.
    let flaky = Receiver::start(flaky_port, &secret, app.clock_now(), 1).await;
    let strict = Receiver::start(strict_port, "not-the-secret", app.clock_now(), 0).await;
    file_emergency(&app, "clerk@abilenetx.gov").await;
    pass(&app).await;
    assert_eq!(flaky.posts()[0]["status"], 503);
    assert_eq!(strict.posts()[0]["status"], 401);
    assert_eq!(strict.posts()[0]["verdict"], "bad signature");
    let rita_hook = app
        .store
        .webhooks_of(
            account_id(&app, "rita@provider.example").await,
            WebhookPurpose::Oncall,
        )
        .await?;
    let log = app.store.deliveries_of(rita_hook[0].id, 10).await?;
    assert_eq!((log[0].attempts, log[0].last_status), (1, Some(503)));
    assert!(log[0].delivered_at.is_none());

    // The runner's back-off: one minute after the first attempt.
    app.advance(Duration::minutes(1));
    flaky.set_clock(app.clock_now()).await;
    strict.set_clock(app.clock_now()).await;
    pass(&app).await;
    let posts = flaky.posts();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[1]["status"], 200, "{posts:?}");
    let log = app.store.deliveries_of(rita_hook[0].id, 10).await?;
    assert_eq!((log[0].attempts, log[0].last_status), (2, Some(200)));
    assert!(log[0].delivered_at.is_some());
    assert_eq!(strict.posts()[1]["verdict"], "bad signature");
    assert_eq!(audited(&app, "webhook.delivered").await, 1);
    assert!(audited(&app, "webhook.failed").await >= 3);
    Ok(())
}
