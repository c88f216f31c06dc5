//! Paging cannot be slowed down by webhooks: at most five per person, an endless
//! error answer is read only a little, and a due page goes before due deliveries.

use lers_domain::alerts::MAX_WEBHOOKS_PER_ACCOUNT;
use lers_domain::jobs::{JobKind, OncallPageJob, WebhookDeliveryJob};
use lers_store::NewJob;

use super::*;
use crate::both_backends;

both_backends!(
    a_sixth_webhook_is_refused_with_a_clear_message,
    an_endless_error_answer_is_read_only_up_to_a_kibibyte,
    a_due_page_is_claimed_before_due_webhook_deliveries,
);

async fn a_sixth_webhook_is_refused_with_a_clear_message(backend: Backend) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let port = free_port();
    for n in 0..MAX_WEBHOOKS_PER_ACCOUNT {
        let added = add_webhook(
            &rita,
            "pagerduty",
            &format!("http://127.0.0.1:{port}/pagerduty/{n}"),
            "R0UT1NGKEY",
        )
        .await;
        assert!(added.contains("added"), "{added}");
    }
    let refused = add_webhook(
        &rita,
        "pagerduty",
        &format!("http://127.0.0.1:{port}/pagerduty/extra"),
        "R0UT1NGKEY",
    )
    .await;
    assert!(
        refused.contains(&format!("already have {MAX_WEBHOOKS_PER_ACCOUNT} webhooks")),
        "{refused}"
    );
    let rita_id = account_id(&app, "rita@provider.example").await;
    assert_eq!(
        app.store
            .webhooks_of(rita_id, WebhookPurpose::Oncall)
            .await?
            .len(),
        MAX_WEBHOOKS_PER_ACCOUNT
    );
    Ok(())
}

async fn an_endless_error_answer_is_read_only_up_to_a_kibibyte(backend: Backend) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    app.clock.set(sunday_3am());
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let port = free_port();
    let added = add_webhook(
        &rita,
        "pagerduty",
        &format!("http://127.0.0.1:{port}/endless"),
        "R0UT1NGKEY",
    )
    .await;
    assert!(added.contains("added"), "{added}");
    let _receiver = Receiver::start(port, "unused", app.clock_now(), 0).await;
    file_emergency(&app, "clerk@abilenetx.gov").await;
    pass(&app).await;
    let rita_id = account_id(&app, "rita@provider.example").await;
    let hook = app
        .store
        .webhooks_of(rita_id, WebhookPurpose::Oncall)
        .await?;
    let log = app.store.deliveries_of(hook[0].id, 10).await?;
    assert_eq!(log[0].last_status, Some(500));
    // Without a bound the read never ends (the post times out, nothing kept).
    let error = log[0].last_error.clone().unwrap_or_default();
    assert!(error.contains("endless-answer"), "{error:?}");
    Ok(())
}

async fn a_due_page_is_claimed_before_due_webhook_deliveries(backend: Backend) -> TestResult {
    let Some(app) = app_for_receivers(backend).await else {
        return Ok(());
    };
    let now = app.clock_now();
    for delivery in 1..=3 {
        app.store
            .enqueue_job(&NewJob {
                job: JobKind::WebhookDelivery(WebhookDeliveryJob { delivery }),
                run_at: now.minus(Duration::minutes(10)),
            })
            .await?;
    }
    app.store
        .enqueue_job(&NewJob {
            job: JobKind::OncallPage(OncallPageJob {
                request: 1,
                tier: 1,
            }),
            run_at: now,
        })
        .await?;
    let first = app
        .store
        .claim_job("test", now, Duration::minutes(5))
        .await?
        .ok_or("a due job")?;
    assert_eq!(first.kind, "oncall_page");
    Ok(())
}
