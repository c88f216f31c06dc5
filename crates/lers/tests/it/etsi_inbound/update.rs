//! UPDATE: an EPOC-PR extended by a Form 6, an order withdrawn, a stale Generation
//! refused.

use super::*;

crate::both_backends!(
    an_epoc_pr_is_extended_by_update,
    an_order_is_withdrawn_by_update,
);

/// When the EU preservation of request `id` expires (by its jobs' facts).
async fn extended_at(app: &TestApp, id: &str) -> Option<i64> {
    let (at,): (Option<i64>,) = sqlx::query_as(
        "SELECT e.extended_at FROM eu_preservations e JOIN requests r ON r.id = e.request_id WHERE r.public_id = $1",
    )
    .bind(id)
    .fetch_one(app.store.pool())
    .await
    .expect("read the preservation");
    at
}

async fn an_epoc_pr_is_extended_by_update(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let authority = app.tls_authority(&tls, "FR", "fr-parquet-paris").await;
    ok(&authority
        .send(&app, &Hi1Text::example("epoc_pr_create.xml"))
        .await);
    let id = request_of(&app, &authority, PR_AUTH)
        .await
        .expect("recorded");
    let (_, channel, kind) = request_row(&app, &id).await;
    assert_eq!(
        (channel.as_str(), kind.as_str()),
        ("eu_decentralised_it", "epoc_pr")
    );

    // Preserved from receipt, for 60 days.
    let get = authority
        .send(&app, &get_message(&authority, PR_TASK))
        .await;
    ok(&get);
    assert_eq!(
        reported_status(&get).as_deref(),
        Some("Preserved"),
        "{}",
        get.body
    );
    assert!(
        get.body
            .contains("<task:PreservationExpiration>2027-01-26T12:00:00Z"),
        "{}",
        get.body
    );

    // Form 6, with the next Generation: 30 more days.
    app.advance(Duration::days(50));
    let form6 = Hi1Text::example("update_form6.xml").new_transaction();
    let reply = authority.send(&app, &form6).await;
    ok(&reply);
    assert!(reply.body.contains("<UPDATEResponse>"), "{}", reply.body);
    assert!(reply.body.contains(PR_TASK), "{}", reply.body);
    assert_eq!(
        extended_at(&app, &id).await,
        Some(app.clock_now().unix_millis())
    );
    let get = authority
        .send(&app, &get_message(&authority, PR_TASK))
        .await;
    assert!(
        get.body
            .contains("<task:PreservationExpiration>2027-02-25T12:00:00Z"),
        "{}",
        get.body
    );
    assert!(
        get.body.contains("<Generation>2</Generation>"),
        "{}",
        get.body
    );
    assert_eq!(
        app.audited_mentioning("hi1.message_accepted", &form6.transaction())
            .await,
        1
    );

    // The same Generation again is stale (and a second extension is not allowed).
    let stale = authority.send(&app, &form6.clone().new_transaction()).await;
    assert_eq!(stale.error_code(), Some(6006), "{}", stale.body);
    assert!(stale.body.contains("must carry 3"), "{}", stale.body);
    let second = authority
        .send(
            &app,
            &form6
                .new_transaction()
                .replace("<Generation>2</Generation>", "<Generation>3</Generation>"),
        )
        .await;
    assert_eq!(second.error_code(), Some(6007), "{}", second.body);
    assert!(
        second.body.contains("one extension only"),
        "{}",
        second.body
    );
    Ok(())
}

async fn an_order_is_withdrawn_by_update(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let authority = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    ok(&authority
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await);
    let id = request_of(&app, &authority, EPOC_AUTH)
        .await
        .expect("recorded");
    advance_a_little(&app);
    let withdraw = Hi1Text::example("update_withdraw.xml").new_transaction();
    let reply = authority.send(&app, &withdraw).await;
    ok(&reply);
    assert!(reply.body.contains("<UPDATEResponse>"), "{}", reply.body);
    let (status, _, _) = request_row(&app, &id).await;
    assert_eq!(status, "withdrawn");
    let get = authority
        .send(&app, &get_message(&authority, EPOC_TASK))
        .await;
    assert_eq!(
        reported_status(&get).as_deref(),
        Some("Cancelled"),
        "{}",
        get.body
    );

    // Withdrawing again is refused: the order is over.
    let again = authority
        .send(
            &app,
            &withdraw
                .new_transaction()
                .replace("<Generation>2</Generation>", "<Generation>3</Generation>"),
        )
        .await;
    assert_eq!(again.error_code(), Some(6007), "{}", again.body);
    assert!(again.body.contains("already over"), "{}", again.body);
    Ok(())
}
