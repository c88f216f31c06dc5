//! `/metrics`: every series the operations team needs, with the values the system
//! really has, behind its bearer token; loopback only when the setting says so;
//! refusals counted, and audited once per address per window.

use lers_domain::clock::Duration;
use lers_domain::jobs::{HoldJob, JobKind};
use lers_store::{prelude::*, NewJob};
use reqwest::header::{CONTENT_TYPE, WWW_AUTHENTICATE};
use reqwest::{Method, StatusCode};

use super::{emergency_request, metric};
use crate::api::user_data_request;
use crate::both_backends;
use crate::harness::*;
use crate::retention::audited;

both_backends!(
    metrics_publish_each_series_with_real_values,
    metrics_answer_no_one_without_a_token_unless_loopback_is_enabled,
    refused_scrapes_take_no_metrics_slot,
);

const TOKEN: &str = "metrics-token-for-the-tests";

async fn metrics_publish_each_series_with_real_values(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.metrics_token = Some(TOKEN.into());
        s.api_token_burst = 4;
    })
    .await
    else {
        return Ok(());
    };
    // With a token configured, even loopback needs it. A flood of refusals is
    // counted; each address's first in the window is audited.
    let anonymous = reqwest::get(app.url("/metrics")).await?;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert!(anonymous.headers().contains_key(WWW_AUTHENTICATE));
    assert_eq!(audited(&app, "access.denied").await, 1);
    for _ in 0..5 {
        let wrong = reqwest::Client::new()
            .get(app.url("/metrics"))
            .bearer_auth("metrics-token-for-the-test")
            .send()
            .await?;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    }
    let from_afar = || {
        reqwest::Client::new()
            .get(app.url("/metrics"))
            .header("x-forwarded-for", "2001:db8:7:7::1")
            .send()
    };
    for _ in 0..3 {
        assert_eq!(from_afar().await?.status(), StatusCode::UNAUTHORIZED);
    }
    assert_eq!(audited(&app, "access.denied").await, 2, "once per address");

    let person = app.sign_up("system@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    for body in [user_data_request(), emergency_request()] {
        let filed = app
            .api(Method::POST, "/api/v1/requests", &token)
            .json(&body)
            .send()
            .await?;
        assert_eq!(filed.status(), StatusCode::CREATED);
    }
    // An uploaded file (its bytes are counted as they arrive).
    let draft = app.start_request("user_data").await;
    let pdf = lers_app::sample_pdf("", "Warrant");
    let uploaded = app.upload(&draft, "warrant.pdf", pdf.clone()).await;
    assert!(uploaded.status().is_redirection(), "{}", uploaded.status());
    // A made-up token over its burst: shed by the rate limit.
    for _ in 0..4 {
        let unknown = app
            .api(Method::GET, "/api/v1/requests", "lers_pat_unknown")
            .send()
            .await?;
        assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    }
    let over = app
        .api(Method::GET, "/api/v1/requests", "lers_pat_unknown")
        .send()
        .await?;
    assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS);
    // A background job that failed once and waits for its retry, due 10 minutes ago.
    let now = app.clock_now();
    app.store
        .enqueue_job(&NewJob {
            job: JobKind::PreservationWarning(HoldJob {
                request: 0,
                expires_at: 0,
            }),
            run_at: now,
        })
        .await?;
    let job = app
        .store
        .claim_job("test", now, Duration::minutes(5))
        .await?
        .ok_or("the job")?;
    app.store
        .retry_job(job.id, "the directory did not answer", now)
        .await?;
    // Two hours on, the emergency (one hour) is past its deadline; the refusal
    // window is over, so the next refusal is audited again.
    app.advance(Duration::hours(2));
    assert_eq!(from_afar().await?.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(audited(&app, "access.denied").await, 3);

    let scraped = reqwest::Client::new()
        .get(app.url("/metrics"))
        .bearer_auth(TOKEN)
        .send()
        .await?;
    assert_eq!(scraped.status(), StatusCode::OK);
    assert!(scraped
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain")));
    let text = scraped.text().await?;
    let value =
        |series: &str| metric(&text, series).unwrap_or_else(|| panic!("{series} missing:\n{text}"));
    assert_eq!(
        value("lers_http_request_duration_seconds_count{method=\"POST\",route=\"/api/v1/requests\",status=\"201\"}"),
        2.0
    );
    assert!(
        value("lers_http_request_duration_seconds_sum{method=\"POST\",route=\"/api/v1/requests\",status=\"201\"}")
            > 0.0
    );
    assert_eq!(
        value("lers_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/requests\",status=\"401\"}"),
        4.0,
        "by route template and status"
    );
    assert_eq!(value("lers_queue_depth"), 2.0);
    assert_eq!(value("lers_queue_emergencies"), 1.0);
    assert_eq!(value("lers_sla_breaches"), 1.0);
    assert_eq!(value("lers_jobs_failing"), 1.0);
    assert!(value("lers_jobs_due") >= 1.0);
    assert!(value("lers_job_lag_seconds") >= 7200.0);
    assert!(
        value("lers_upload_bytes_total{route=\"/requests/{id}/documents\"}") >= pdf.len() as f64
    );
    assert_eq!(
        value("lers_shed_requests_total{budget=\"api\",reason=\"token_rate\"}"),
        1.0
    );
    assert_eq!(value("lers_admission_queue_depth{budget=\"api\"}"), 0.0);
    assert_eq!(value("lers_requests_in_flight{budget=\"staff\"}"), 0.0);
    assert_eq!(value("lers_metrics_refused_total"), 10.0);
    // The scrape takes a slot of its own budget, not the probes'.
    assert_eq!(
        value("lers_requests_in_flight{budget=\"metrics\"}"),
        1.0,
        "this scrape"
    );
    assert_eq!(value("lers_requests_in_flight{budget=\"health\"}"), 0.0);
    assert_eq!(value("lers_audit_log_refusing"), 0.0);

    // An audit log that refuses entries shows, and stops showing once mended.
    let refusing = || async {
        let scraped = reqwest::Client::new()
            .get(app.url("/metrics"))
            .bearer_auth(TOKEN)
            .send()
            .await?
            .text()
            .await?;
        Ok::<_, reqwest::Error>(metric(&scraped, "lers_audit_log_refusing"))
    };
    let head = app.break_audit_head().await;
    assert_eq!(refusing().await?, Some(1.0));
    // An API client can tell it from a passing outage.
    let refused = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&user_data_request())
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(retry_after(&refused), Some("300"));
    let body: serde_json::Value = refused.json().await?;
    assert_eq!(body["code"], "error-audit-refusing", "{body}");
    app.restore_audit_head(&head).await;
    assert_eq!(refusing().await?, Some(0.0));
    Ok(())
}

async fn metrics_answer_no_one_without_a_token_unless_loopback_is_enabled(
    backend: Backend,
) -> TestResult {
    // The default: no token, no loopback trust (a local reverse proxy that adds no
    // forwarding header would otherwise open the metrics to everyone).
    let Some(closed) = TestApp::spawn_with_settings(backend, &|s| s.metrics_token = None).await
    else {
        return Ok(());
    };
    let refused = reqwest::get(closed.url("/metrics")).await?;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(refused.text().await?.contains("set metrics_token"));
    assert_eq!(audited(&closed, "access.denied").await, 1);
    drop(closed);

    let Some(local) = TestApp::spawn_with_settings(backend, &|s| {
        s.metrics_token = None;
        s.metrics_loopback = true;
    })
    .await
    else {
        return Ok(());
    };
    let scraped = reqwest::get(local.url("/metrics")).await?;
    assert_eq!(scraped.status(), StatusCode::OK);
    assert!(scraped.text().await?.contains("lers_queue_depth"));
    // A forwarded scrape is not a loopback one, whichever header the proxy adds.
    for (header, value) in [
        ("x-forwarded-for", "203.0.113.9"),
        ("forwarded", "for=203.0.113.9"),
        ("x-real-ip", "203.0.113.9"),
    ] {
        let forwarded = reqwest::Client::new()
            .get(local.url("/metrics"))
            .header(header, value)
            .send()
            .await?;
        assert_eq!(forwarded.status(), StatusCode::FORBIDDEN, "{header}");
    }
    // Audited once per address: the forwarded one, and the proxy's own (the harness
    // is a trusted proxy; `Forwarded` and `X-Real-IP` name no address it reads).
    assert_eq!(audited(&local, "access.denied").await, 2);
    Ok(())
}

async fn refused_scrapes_take_no_metrics_slot(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_metrics = 1;
        s.queue_deadline_ms = 20;
    })
    .await
    else {
        return Ok(());
    };
    // A first refusal is audited now; further ones in the window write nothing, so
    // they need no database connection below.
    let refused = reqwest::get(app.url("/metrics")).await?;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    // Every database connection is taken, so a scrape waits inside its slot.
    let pool = app.store.pool();
    let mut connections = Vec::new();
    for _ in 0..pool.options().get_max_connections() {
        connections.push(pool.acquire().await?);
    }
    let scrape = || {
        let request = reqwest::Client::new()
            .get(app.url("/metrics"))
            .bearer_auth(TEST_METRICS_TOKEN)
            .send();
        tokio::spawn(request)
    };
    let mut scrapes = vec![scrape(), scrape()];
    // One of the two holds the only metrics slot; the other is shed.
    let (first, _, rest) = futures::future::select_all(scrapes.drain(..)).await;
    assert_eq!(first??.status(), StatusCode::SERVICE_UNAVAILABLE);
    // A scrape without the token is refused as such, not shed: it never waited for
    // the slot.
    for _ in 0..3 {
        let refused = reqwest::get(app.url("/metrics")).await?;
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    }
    drop(connections);
    for holder in rest {
        assert_eq!(holder.await??.status(), StatusCode::OK);
    }
    let scraped = app.scrape().await;
    assert_eq!(
        metric(
            &scraped,
            "lers_shed_requests_total{budget=\"metrics\",reason=\"busy\"}"
        ),
        Some(1.0)
    );
    assert_eq!(metric(&scraped, "lers_metrics_refused_total"), Some(4.0));
    Ok(())
}
