//! What the attack review found, each closed: strangers are turned away before their
//! body is read, a message makes at most one change, an AuthorisationObject identifier
//! names one order across all endpoints, and a CREATE starts at Generation 1.

use futures::StreamExt;
use lers_store::StaffStore;

use super::*;

crate::both_backends!(
    strangers_are_turned_away_before_their_body_is_read,
    a_message_makes_at_most_one_change,
    an_authorisation_identifier_names_one_order_across_endpoints,
    a_create_starts_at_generation_one,
    a_suspended_owner_account_stops_the_endpoint,
);

/// A body that sends its first bytes and then nothing, for ever.
fn stalled_body() -> reqwest::Body {
    let first = futures::stream::once(async {
        Ok::<_, std::io::Error>(bytes::Bytes::from_static(
            b"<?xml version=\"1.0\"?><HI1Message",
        ))
    });
    reqwest::Body::wrap_stream(first.chain(futures::stream::pending()))
}

async fn strangers_are_turned_away_before_their_body_is_read(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    // A certificate nobody registered, on the mutual-TLS listener.
    let stranger = tls.pki.client_with(&tls.pki.stranger);
    let reply = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        stranger
            .post(tls.server.url("/etsi/v1"))
            .header("content-type", "application/xml")
            .body(stalled_body())
            .send(),
    )
    .await
    .expect("answered without waiting for the body")?;
    assert_eq!(reply.status(), StatusCode::UNAUTHORIZED);
    // A token naming no registered endpoint, on the main listener.
    let reply = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        app.client
            .post(app.url("/etsi/v1"))
            .header("content-type", "application/xml")
            .header("lers-hi1-endpoint", "DE:nobody")
            .header(
                "lers-hi1-timestamp",
                app.clock_now().unix_seconds().to_string(),
            )
            .header("lers-hi1-signature", "A".repeat(86) + "==")
            .body(stalled_body())
            .send(),
    )
    .await
    .expect("answered without waiting for the body")?;
    assert_eq!(reply.status(), StatusCode::UNAUTHORIZED);
    // A registered endpoint's stale token is refused before the body as well.
    let authority = app.register_authority("DE", "de-sta-berlin").await;
    let stale = app.clock_now().unix_seconds() - 3_600;
    let reply = tokio::time::timeout(
        std::time::Duration::from_secs(20),
        app.client
            .post(app.url("/etsi/v1"))
            .header("content-type", "application/xml")
            .header("lers-hi1-endpoint", authority.identity.to_string())
            .header("lers-hi1-timestamp", stale.to_string())
            .header("lers-hi1-signature", "A".repeat(86) + "==")
            .body(stalled_body())
            .send(),
    )
    .await
    .expect("answered without waiting for the body")?;
    assert_eq!(reply.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "authentication")
            .await,
        3
    );
    nothing_stored(&app).await;
    Ok(())
}

/// The ActionRequest of an UPDATE example, with another ActionIdentifier.
fn update_action(example: &str, action: u64) -> String {
    let text = Hi1Text::example(example).0;
    let start = text.find("<ActionRequest>").expect("an ActionRequest");
    let end = text.find("</ActionRequest>").expect("its end") + "</ActionRequest>".len();
    text[start..end].replace(
        "<ActionIdentifier>0</ActionIdentifier>",
        &format!("<ActionIdentifier>{action}</ActionIdentifier>"),
    )
}

async fn a_message_makes_at_most_one_change(backend: Backend) -> TestResult {
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

    // Two withdrawals in one message: refused whole, the order untouched.
    let twice = Hi1Text::example("update_withdraw.xml").new_transaction();
    let second = update_action("update_withdraw.xml", 1);
    let twice = Hi1Text(twice.0.replacen(
        "</ActionRequests>",
        &format!("{second}</ActionRequests>"),
        1,
    ));
    let reply = authority.send(&app, &twice).await;
    assert_eq!(reply.error_code(), Some(6015), "{}", reply.body);
    assert_eq!(request_row(&app, &id).await.0, "submitted");

    // A new order and a withdrawal of the old one in one message: refused whole.
    let mixed = Hi1Text::example("epoc_create.xml")
        .new_transaction()
        .replace(EPOC_AUTH, "a1000000-0000-4000-8000-0000000000f1")
        .replace(EPOC_TASK, "b1000000-0000-4000-8000-0000000000f1")
        .replace(
            "b1000000-0000-4000-8000-000000000002",
            "b1000000-0000-4000-8000-0000000000f2",
        )
        .replace(
            "c1000000-0000-4000-8000-000000000001",
            "c1000000-0000-4000-8000-0000000000f1",
        );
    let withdraw = update_action("update_withdraw.xml", 9);
    let mixed = Hi1Text(mixed.0.replacen(
        "</ActionRequests>",
        &format!("{withdraw}</ActionRequests>"),
        1,
    ));
    let reply = authority.send(&app, &mixed).await;
    assert_eq!(reply.error_code(), Some(6015), "{}", reply.body);
    assert_eq!(app.rows("requests").await, 1, "no second order");
    assert_eq!(request_row(&app, &id).await.0, "submitted");
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "6015").await,
        2
    );
    Ok(())
}

async fn an_authorisation_identifier_names_one_order_across_endpoints(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let berlin = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let paris = app.register_authority("FR", "fr-parquet-paris").await;
    ok(&berlin
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await);
    // Another endpoint creating an order with the same AuthorisationObject identifier
    // (an enforcing authority names the order by it alone) is refused.
    let copy = Hi1Text::example("epoc_create.xml")
        .new_transaction()
        .sent_by("FR", "fr-parquet-paris");
    let reply = paris.send(&app, &copy).await;
    assert_eq!(reply.error_code(), Some(6005), "{}", reply.body);
    assert_eq!(app.rows("requests").await, 1, "one order");
    assert_eq!(app.rows("etsi_orders").await, 1);
    Ok(())
}

async fn a_create_starts_at_generation_one(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let authority = app.register_authority("DE", "de-sta-berlin").await;
    // Generation sits after OwnerIdentifier in the schema's sequence.
    let far = Hi1Text::example("epoc_create.xml").replace(
        "<OwnerIdentifier>de-sta-berlin</OwnerIdentifier>\n              <auth:",
        "<OwnerIdentifier>de-sta-berlin</OwnerIdentifier>\n              <Generation>9223372036854775807</Generation>\n              <auth:",
    );
    assert!(far
        .0
        .contains("<Generation>9223372036854775807</Generation>"));
    let reply = authority.send(&app, &far).await;
    assert_eq!(reply.error_code(), Some(6010), "{}", reply.body);
    assert!(
        reply.body.contains("Generation 1 or none"),
        "{}",
        reply.body
    );
    nothing_stored(&app).await;
    Ok(())
}

async fn a_suspended_owner_account_stops_the_endpoint(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let authority = app.register_authority("DE", "de-sta-berlin").await;
    let owner: i64 =
        sqlx::query_scalar("SELECT owner_account_id FROM interface_endpoints WHERE id = $1")
            .bind(authority.endpoint_id)
            .fetch_one(app.store.pool())
            .await?;
    app.store
        .set_account_status(
            owner,
            lers_domain::account::AccountStatus::Disabled,
            &app.hi1_admin_ctx(),
        )
        .await?;
    let reply = authority
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await;
    assert_eq!(reply.error_code(), Some(6017), "{}", reply.body);
    nothing_stored(&app).await;
    Ok(())
}
