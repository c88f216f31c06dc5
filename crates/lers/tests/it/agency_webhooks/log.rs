//! Delivery: a 503 is retried with the runner's back-off, a bad signature is refused
//! by the receiver; the log shows only one's own deliveries (a colleague a request is
//! shared with hears nothing of it); revoking the token ends the events, also those
//! already queued.

use lers_app::AppError;
use reqwest::Method;

use super::*;
use crate::alerts::receiver::free_ports;
use crate::both_backends;

both_backends!(
    a_503_is_retried_and_a_bad_signature_refused_by_the_receiver,
    the_log_is_ones_own_and_a_revoked_token_ends_the_events
);

async fn account(app: &TestApp, email: &str) -> lers_store::Account {
    app.store
        .account_by_email(email)
        .await
        .expect("lookup")
        .expect("account exists")
}

async fn a_503_is_retried_and_a_bad_signature_refused_by_the_receiver(
    backend: Backend,
) -> TestResult {
    let Some(app) = agency_app(backend).await else {
        return Ok(());
    };
    let dana = app.sign_up("dana@abilenetx.gov").await;
    let bearer = app.create_token(&dana, &["read"]).await;
    let token = newest_token(&app, "dana@abilenetx.gov").await;
    let [flaky_port, strict_port] = free_ports::<2>();
    let flaky_url = format!("http://127.0.0.1:{flaky_port}/signed");
    let secret = secret_of(&app, register(&app, &app, &dana, &token, &flaky_url).await).await;
    let strict_url = format!("http://127.0.0.1:{strict_port}/signed");
    secret_of(&app, register(&app, &app, &dana, &token, &strict_url).await).await;
    // The first receiver fails once; the second checks against another secret.
    let flaky = Receiver::start(flaky_port, &secret, app.clock_now(), 1).await;
    let strict = Receiver::start(strict_port, "not-the-secret", app.clock_now(), 0).await;
    app.file_request("user_data", None).await;
    pass(&app).await;
    assert_eq!(flaky.posts()[0]["status"], 503);
    assert_eq!(strict.posts()[0]["status"], 401);
    assert_eq!(strict.posts()[0]["verdict"], "bad signature");
    // One event, the same id to both webhooks.
    assert_eq!(
        flaky.posts()[0]["body"]["id"],
        strict.posts()[0]["body"]["id"]
    );
    let dana_id = account(&app, "dana@abilenetx.gov").await.id;
    let log = app.store.agency_deliveries(dana_id, None, 10).await?;
    assert_eq!(log.len(), 2);
    assert!(log
        .iter()
        .all(|l| l.delivery.attempts == 1 && l.delivery.delivered_at.is_none()));

    // The runner's back-off: one minute after the first attempt.
    app.advance(Duration::minutes(1));
    flaky.set_clock(app.clock_now()).await;
    strict.set_clock(app.clock_now()).await;
    pass(&app).await;
    assert_eq!(flaky.posts().len(), 2);
    assert_eq!(flaky.posts()[1]["status"], 200);
    assert_eq!(strict.posts()[1]["verdict"], "bad signature");
    let log = app.store.agency_deliveries(dana_id, None, 10).await?;
    let delivered = log.iter().find(|l| l.url == flaky_url).ok_or("flaky")?;
    assert_eq!(
        (delivered.delivery.attempts, delivered.delivery.last_status),
        (2, Some(200))
    );
    assert!(delivered.delivery.delivered_at.is_some());

    // The requester's page shows both, with the receiver's answers; so does the API.
    let html = app.get("/account/webhooks").await.text().await?;
    assert!(html.contains("request.status_changed"), "{html}");
    assert!(html.contains("HTTP 401"), "{html}");
    // The kind of failure is stored as a code and worded for the reader.
    let refused = log.iter().find(|l| l.url != flaky_url).ok_or("strict")?;
    assert_eq!(refused.delivery.last_error.as_deref(), Some("http_status"));
    assert!(
        html.contains("HTTP 401 the receiver answered with an error status")
            && !html.contains("http_status"),
        "{html}"
    );
    assert!(html.contains("delivered"), "{html}");
    let listed: Value = app
        .api(Method::GET, "/api/v1/webhooks/deliveries", &bearer)
        .send()
        .await?
        .json()
        .await?;
    let items = listed["items"].as_array().ok_or("items")?;
    assert_eq!(items.len(), 2);
    let states: Vec<&str> = items.iter().filter_map(|i| i["state"].as_str()).collect();
    assert!(
        states.contains(&"delivered") && states.contains(&"pending"),
        "{states:?}"
    );
    assert!(items.iter().all(|i| i["token"] == token.as_str()));
    Ok(())
}

async fn the_log_is_ones_own_and_a_revoked_token_ends_the_events(backend: Backend) -> TestResult {
    let Some(app) = agency_app(backend).await else {
        return Ok(());
    };
    let [eve_port, dana_port] = free_ports::<2>();
    // Eve has her own webhook and her own request.
    let Listening {
        person: eve,
        bearer: eve_bearer,
        token: eves_token,
        url: eve_url,
        receiver: eve_receiver,
        ..
    } = listening(&app, "eve@abilenetx.gov", eve_port).await;
    let (eves_request, _) = app.file_request("user_data", None).await;
    app.log_out().await;

    // Dana files a request shared with Eve: only Dana, its owner, hears of it.
    let Listening {
        token,
        url: dana_url,
        receiver: dana_receiver,
        ..
    } = listening(&app, "dana@abilenetx.gov", dana_port).await;
    let id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    fields.push(("colleagues", eve.email.clone()));
    assert_eq!(
        app.post_request_form(&id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    eve_receiver.set_clock(app.clock_now()).await;
    dana_receiver.set_clock(app.clock_now()).await;
    pass(&app).await;
    let to_eve = accepted(&eve_receiver);
    assert_eq!(to_eve.len(), 1);
    assert_eq!(to_eve[0]["data"]["request"], eves_request.as_str());
    let to_dana = accepted(&dana_receiver);
    assert_eq!(to_dana.len(), 1);
    assert_eq!(to_dana[0]["data"]["request"], id.as_str());

    // Each log holds its owner's deliveries only, in the store and on the page.
    let dana_account = account(&app, "dana@abilenetx.gov").await;
    let eve_account = account(&app, "eve@abilenetx.gov").await;
    let danas = app
        .store
        .agency_deliveries(dana_account.id, None, 50)
        .await?;
    assert_eq!(danas.len(), 1);
    assert!(danas.iter().all(|l| l.token == token && l.url == dana_url));
    assert_eq!(
        app.store
            .agency_deliveries(eve_account.id, None, 50)
            .await?
            .len(),
        1
    );
    let html = app.get("/account/webhooks").await.text().await?;
    assert!(
        html.contains(&dana_url) && !html.contains(&eve_url),
        "{html}"
    );
    let eves: Value = app
        .api(Method::GET, "/api/v1/webhooks/deliveries", &eve_bearer)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(eves["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(eves["items"][0]["url"], eve_url.as_str());
    // The page lists one token's deliveries on asking; naming Eve's token finds
    // nothing to show, neither on the page nor through the use case.
    let filtered = app
        .get(&format!("/account/webhooks?token={token}"))
        .await
        .text()
        .await?;
    assert!(
        filtered.contains("id=\"log-filter\"") && filtered.contains("id=\"delivery-"),
        "{filtered}"
    );
    let foreign = app
        .get(&format!("/account/webhooks?token={eves_token}"))
        .await;
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
    assert!(matches!(
        app.state
            .agency_delivery_log(&dana_account, Some(&eves_token))
            .await,
        Err(AppError::NotFound)
    ));

    // An event queued, then the token revoked before it is sent: given up, not sent.
    let withdrawn = app
        .submit(
            &format!("/requests/{id}"),
            &format!("/requests/{id}/withdraw"),
            &[("reason", "Filed twice by mistake.")],
        )
        .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    let revoked = app
        .submit(
            "/account/tokens",
            &format!("/account/tokens/{token}/revoke"),
            &[],
        )
        .await;
    assert_eq!(revoked.status(), StatusCode::SEE_OTHER);
    assert!(app.store.agency_webhooks(dana_account.id).await?.is_empty());
    pass(&app).await;
    assert_eq!(dana_receiver.posts().len(), 1, "nothing more was sent");
    let danas = app
        .store
        .agency_deliveries(dana_account.id, None, 50)
        .await?;
    assert_eq!(danas.len(), 2);
    assert!(danas[0].delivery.given_up_at.is_some());
    assert_eq!(danas[0].delivery.attempts, 1);
    // Later changes queue nothing for the revoked token.
    app.file_request("user_data", None).await;
    pass(&app).await;
    assert_eq!(
        app.store
            .agency_deliveries(dana_account.id, None, 50)
            .await?
            .len(),
        2
    );
    assert_eq!(dana_receiver.posts().len(), 1);
    Ok(())
}
