//! Registering a webhook: a fresh code, the requester's own token, live and able to
//! read; addresses LERS must not post to are refused (and audited) even where the
//! operator opened them to staff webhooks; removal is audited.

use lers_store::Ctx;

use super::*;
use crate::alerts::receiver::free_port;
use crate::both_backends;

both_backends!(
    registration_needs_a_fresh_code_and_the_requesters_own_live_token,
    ssrf_addresses_are_refused_at_registration_whatever_staff_may_reach
);

async fn registration_needs_a_fresh_code_and_the_requesters_own_live_token(
    backend: Backend,
) -> TestResult {
    let Some(app) = agency_app(backend).await else {
        return Ok(());
    };
    let eve = app.sign_up("eve@abilenetx.gov").await;
    app.create_token(&eve, &["read"]).await;
    let eves_token = newest_token(&app, "eve@abilenetx.gov").await;
    app.log_out().await;

    let dana = app.sign_up("dana@abilenetx.gov").await;
    app.create_token(&dana, &["submit"]).await;
    let write_only = newest_token(&app, "dana@abilenetx.gov").await;
    app.create_token(&dana, &["read"]).await;
    let revoked = newest_token(&app, "dana@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email("dana@abilenetx.gov")
        .await?
        .ok_or("dana")?;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "test".into(),
        ip: None,
    };
    app.store.revoke_api_token(&account, &revoked, &ctx).await?;
    app.create_token(&dana, &["read"]).await;
    let reader = newest_token(&app, "dana@abilenetx.gov").await;
    let url = format!("http://127.0.0.1:{}/signed", free_port());

    // A wrong code is refused like a failed sign-in; nothing is stored.
    let wrong = app
        .submit(
            "/account/webhooks",
            "/account/webhooks",
            &[("token", &reader), ("url", &url), ("code", "000000")],
        )
        .await;
    refusal_of(wrong).await;
    // Another requester's token does not exist for Dana.
    let others = register(&app, &app, &dana, &eves_token, &url).await;
    assert_eq!(others.status(), StatusCode::NOT_FOUND);
    let no_read = refusal_of(register(&app, &app, &dana, &write_only, &url).await).await;
    assert!(no_read.contains("read scope"), "{no_read}");
    let dead = refusal_of(register(&app, &app, &dana, &revoked, &url).await).await;
    assert!(dead.contains("revoked or has expired"), "{dead}");
    assert!(app.store.agency_webhooks(account.id).await?.is_empty());

    // The requester's own live token that may read, with a fresh code.
    let secret = secret_of(&app, register(&app, &app, &dana, &reader, &url).await).await;
    assert!(!secret.is_empty());
    let hooks = app.store.agency_webhooks(account.id).await?;
    assert_eq!(hooks.len(), 1);
    assert_eq!(hooks[0].token, reader);
    assert_eq!(audited(&app, "webhook.registered").await, 1);

    // Removing it is audited; it is gone from the page and the store.
    let remove = format!("/account/webhooks/{}/remove", hooks[0].webhook.id);
    let removed = app.submit("/account/webhooks", &remove, &[]).await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert!(app.store.agency_webhooks(account.id).await?.is_empty());
    assert_eq!(audited(&app, "webhook.removed").await, 1);
    Ok(())
}

async fn ssrf_addresses_are_refused_at_registration_whatever_staff_may_reach(
    backend: Backend,
) -> TestResult {
    // Staff webhooks may reach loopback and link-local here; requesters' may not.
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.webhook_require_https = false;
        s.webhook_allowed_networks = "127.0.0.1, 169.254.0.0/16".into();
    })
    .await
    else {
        return Ok(());
    };
    let dana = app.sign_up("dana@abilenetx.gov").await;
    app.create_token(&dana, &["read"]).await;
    let token = newest_token(&app, "dana@abilenetx.gov").await;
    let port = free_port();
    for url in [
        format!("http://127.0.0.1:{port}/signed"),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        format!("http://[::1]:{port}/signed"),
        format!("http://localhost:{port}/signed"),
    ] {
        let page = refusal_of(register(&app, &app, &dana, &token, &url).await).await;
        assert!(
            page.contains("private, loopback or link-local"),
            "{url}: {page}"
        );
    }
    let account = app
        .store
        .account_by_email("dana@abilenetx.gov")
        .await?
        .ok_or("dana")?;
    assert!(app.store.agency_webhooks(account.id).await?.is_empty());
    assert_eq!(audited(&app, "webhook.refused").await, 4);
    Ok(())
}
