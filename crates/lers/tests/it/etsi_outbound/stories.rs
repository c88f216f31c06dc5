//! Status changes and Form 3 answers reach the authority once each; a failing endpoint
//! is retried with back-off; a disabled endpoint gets nothing.

use super::*;
use crate::both_backends;

both_backends!(
    each_status_change_reaches_the_authority_once_even_after_failures,
    a_form3_answer_reaches_the_authority_with_its_reason_codes,
    a_disabled_endpoint_gets_nothing,
    a_preservation_and_a_withdrawal_by_update_are_reported,
    a_redirect_is_not_followed,
);

async fn each_status_change_reaches_the_authority_once_even_after_failures(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let world = Hi1World::new(&app).await?;
    let (id, task) = world.etsi_epoc().await?;

    // Received: reported at the next tick, to the endpoint's URL, about its task.
    world.tick().await;
    let received = world.received();
    assert_eq!(statuses(&received), ["AwaitingApproval"]);
    assert!(received[0].body.contains(&format!(
        "<notification:AssociatedObject>{task}</notification:AssociatedObject>"
    )));

    // Under review; the endpoint fails twice, LERS retries after its back-off.
    world.team.review(&id, &all_fine()).await;
    world.authority.fail_next(2);
    world.tick().await;
    assert_eq!(world.authority.refused(), 1);
    // Not before the back-off (1 minute) has passed.
    world.tick().await;
    assert_eq!(world.authority.refused(), 1);
    app.advance(Duration::seconds(61));
    world.tick().await;
    assert_eq!(world.authority.refused(), 2);
    let row: i64 = sqlx::query_scalar("SELECT id FROM requests WHERE public_id = $1")
        .bind(&id)
        .fetch_one(app.store.pool())
        .await?;
    let failing = app.store.outbound_of_request(row).await?;
    let last = failing.last().ok_or("a message")?;
    assert_eq!(last.attempts, 2);
    assert!(last.delivered_at.is_none());
    assert!(
        last.last_error
            .as_deref()
            .is_some_and(|e| e.contains("HTTP 503")),
        "{last:?}"
    );
    // Staff see it failing on the request's console page, with the reason.
    let page = format!("/staff/requests/{id}");
    let console = world.team.reviewer.get(&page).await.text().await?;
    assert!(console.contains("Messages to the issuing authority"));
    assert!(console.contains("class=\"hi1-outbound-failing\""));
    assert!(console.contains("the endpoint answered HTTP 503"));
    app.advance(Duration::minutes(4));
    world.tick().await;
    assert_eq!(
        statuses(&world.received()),
        ["AwaitingApproval", "UnderReview"]
    );

    // Approved with an enforcing authority notified: held for it.
    world.approve(&id).await;
    world.tick().await;
    assert_eq!(
        statuses(&world.received()),
        [
            "AwaitingApproval",
            "UnderReview",
            "AwaitingEnforcingAuthority"
        ]
    );

    // Nothing is sent twice, however often the sweep runs.
    for _ in 0..3 {
        app.advance(Duration::minutes(30));
        world.tick().await;
    }
    let received = world.received();
    assert_eq!(received.len(), 3);
    let sent = app.store.outbound_of_request(row).await?;
    assert_eq!(sent.len(), 3);
    assert!(sent.iter().all(|m| m.delivered_at.is_some()));
    assert_eq!(sent[1].attempts, 3);
    world.team.reviewer_signs_in(&app).await;
    let console = world.team.reviewer.get(&page).await.text().await?;
    assert_eq!(
        console.matches("class=\"hi1-outbound-delivered\"").count(),
        3
    );
    assert!(!console.contains("hi1-outbound-failing"));
    // Each message its own transaction, audited when queued, failed and delivered.
    let mut transactions: Vec<&str> = sent.iter().map(|m| m.transaction_id.as_str()).collect();
    transactions.dedup();
    assert_eq!(transactions.len(), 3);
    for (action, count) in [
        ("hi1.outbound_queued", 3),
        ("hi1.outbound_failed", 2),
        ("hi1.outbound_delivered", 3),
    ] {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
            .bind(action)
            .fetch_one(app.store.pool())
            .await?;
        assert_eq!(n, count, "{action}");
    }
    Ok(())
}

async fn a_form3_answer_reaches_the_authority_with_its_reason_codes(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let world = Hi1World::new(&app).await?;
    let (id, task) = world.etsi_epoc().await?;
    world.team.review(&id, &all_fine()).await;
    let answered = world
        .team
        .eu_form(
            &id,
            "form3",
            &[
                ("form3_reason_data_not_held", "on"),
                ("form3_reason_conflict_of_law", "on"),
                ("form3_explanation", "The account was deleted in 2024."),
                ("form3_foreign_law", "United States, 18 U.S.C. 2702(a)"),
            ],
        )
        .await;
    assert_eq!(answered.status(), StatusCode::SEE_OTHER);
    world.tick().await;
    world.tick().await;
    let received = world.received();
    // Received was never reported before the answer: the answer itself reports the
    // refusal, once, and no separate status change follows it.
    assert_eq!(received.len(), 1, "{received:?}");
    let form3 = &received[0].body;
    assert!(form3.contains("<common:Value>Form3NonExecution</common:Value>"));
    assert!(form3.contains("Form3Reasons: DataNotHeld ConflictOfLaw"));
    assert!(form3.contains("The account was deleted in 2024."));
    assert!(form3.contains("18 U.S.C. 2702(a)"));
    assert!(form3.contains(&format!(
        "<notification:AssociatedObject>{task}</notification:AssociatedObject>"
    )));
    assert!(form3.contains("<common:Value>Rejected</common:Value>"));
    Ok(())
}

async fn a_disabled_endpoint_gets_nothing(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let world = Hi1World::new(&app).await?;
    let (id, _) = world.etsi_epoc().await?;
    let ada = app
        .store
        .account_by_email("ada@provider.example")
        .await?
        .ok_or("ada")?;
    world
        .lers
        .disable_interface_endpoint(&ada, world.endpoint.id, &ctx(&app, &ada.pseudonym))
        .await?;
    world.tick().await;
    world.team.review(&id, &all_fine()).await;
    world.tick().await;
    app.advance(Duration::hours(2));
    world.tick().await;
    assert!(world.received().is_empty());
    assert_eq!(world.authority.refused(), 0);
    // The messages are kept, and say why they were not sent.
    let row: i64 = sqlx::query_scalar("SELECT id FROM requests WHERE public_id = $1")
        .bind(&id)
        .fetch_one(app.store.pool())
        .await?;
    let kept = app.store.outbound_of_request(row).await?;
    assert_eq!(kept.len(), 2);
    for message in &kept {
        assert!(message.delivered_at.is_none());
        assert_eq!(message.attempts, 0);
        assert_eq!(
            message.last_error.as_deref(),
            Some("not sent: the endpoint is not active")
        );
    }
    Ok(())
}

async fn a_preservation_and_a_withdrawal_by_update_are_reported(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let world = Hi1World::new(&app).await?;
    // An EPOC-PR is preserved from receipt.
    world
        .send(
            Hi1Text::example("epoc_pr_create.xml")
                .new_transaction()
                .sent_by("DE", "de-sta-berlin"),
        )
        .await?;
    world.tick().await;
    let received = world.received();
    assert_eq!(statuses(&received), ["Preserved"]);
    assert!(received[0]
        .body
        .contains("<notification:AssociatedObject>b2000000-0000-4000-8000-000000000001</notification:AssociatedObject>"));
    assert!(received[0]
        .body
        .contains("<common:Name>LPTaskStatus</common:Name>"));

    // An EPOC, then withdrawn by UPDATE: the withdrawal is reported, once.
    world.etsi_epoc().await?;
    world.tick().await;
    world
        .send(Hi1Text::example("update_withdraw.xml").new_transaction())
        .await?;
    for _ in 0..3 {
        app.advance(Duration::minutes(10));
        world.tick().await;
    }
    assert_eq!(
        statuses(&world.received()),
        ["Preserved", "AwaitingApproval", "Cancelled"]
    );
    Ok(())
}

async fn a_redirect_is_not_followed(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let world = Hi1World::new(&app).await?;
    world.etsi_epoc().await?;
    world.authority.redirect_next(1);
    world.tick().await;
    // Redirected, not followed: nothing arrived, the attempt failed.
    assert_eq!(world.authority.refused(), 1);
    assert!(world.received().is_empty());
    let failed: Vec<(i64, Option<String>)> =
        sqlx::query_as("SELECT attempts, last_error FROM etsi_outbound")
            .fetch_all(app.store.pool())
            .await?;
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].0, 1);
    assert!(failed[0]
        .1
        .as_deref()
        .is_some_and(|e| e.contains("HTTP 307")));
    // The retry after the back-off goes to the registered URL again, and is taken.
    app.advance(Duration::seconds(61));
    world.tick().await;
    assert_eq!(statuses(&world.received()), ["AwaitingApproval"]);
    Ok(())
}
