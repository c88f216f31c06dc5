//! Webhooks never reach private, loopback or link-local addresses unless an admin
//! allowed the network: refused when registered, and again at send time.

use lers_domain::alerts::formats::WebhookFormat;
use lers_store::webhooks::NewWebhook;
use lers_store::Ctx;

use super::*;
use crate::both_backends;

both_backends!(ssrf_attempts_are_refused_when_registered_and_when_sent);

async fn ssrf_attempts_are_refused_when_registered_and_when_sent(backend: Backend) -> TestResult {
    // Plain HTTP allowed (to test the address rule alone), no network allowed.
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.webhook_require_https = false;
    })
    .await
    else {
        return Ok(());
    };
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let port = free_port();
    for url in [
        format!("http://127.0.0.1:{port}/signed"),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        format!("http://[::ffff:127.0.0.1]:{port}/signed"),
        format!("http://[::1]:{port}/signed"),
        format!("http://localhost:{port}/signed"),
    ] {
        let notice = add_webhook(&rita, "signed", &url, "").await;
        assert!(
            notice.contains("private, loopback or link-local"),
            "{url}: {notice}"
        );
    }
    let rita_id = account_id(&app, "rita@provider.example").await;
    assert!(app
        .store
        .webhooks_of(rita_id, WebhookPurpose::Oncall)
        .await?
        .is_empty());
    assert_eq!(audited(&app, "webhook.refused").await, 5);

    // A webhook stored before the rule (or behind a name that now resolves to a
    // private address) is checked again when sent, and given up.
    let receiver = Receiver::start(port, "secret", app.clock_now(), 0).await;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let hook = app
        .store
        .add_webhook(
            &NewWebhook {
                account_id: rita_id,
                purpose: WebhookPurpose::Oncall,
                api_token_id: None,
                format: WebhookFormat::Signed,
                url: receiver.url("/signed"),
                secret: "secret".into(),
            },
            &ctx,
        )
        .await?;
    file_emergency(&app, "clerk@abilenetx.gov").await;
    pass(&app).await;
    let log = app.store.deliveries_of(hook, 10).await?;
    assert_eq!(log.len(), 1);
    assert!(
        log[0].given_up_at.is_some(),
        "refused at send time is not retried"
    );
    assert!(
        log[0]
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("127.0.0.1")),
        "{:?}",
        log[0].last_error
    );
    assert!(receiver.posts().is_empty(), "nothing reached the receiver");
    assert_eq!(
        app.emails_to("rita@provider.example").len(),
        1,
        "email still pages"
    );
    Ok(())
}
