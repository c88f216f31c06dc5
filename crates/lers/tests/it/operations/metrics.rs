//! `/metrics`: every series the operations team needs, with the values the system
//! really has, behind its bearer token.

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

both_backends!(metrics_publish_each_series_with_real_values);

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
    // With a token configured, even loopback needs it; a refusal is audited.
    let anonymous = reqwest::get(app.url("/metrics")).await?;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    assert!(anonymous.headers().contains_key(WWW_AUTHENTICATE));
    assert_eq!(audited(&app, "access.denied").await, 1);
    let wrong = reqwest::Client::new()
        .get(app.url("/metrics"))
        .bearer_auth("metrics-token-for-the-test")
        .send()
        .await?;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);

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
    // Two hours on, the emergency (one hour) is past its deadline.
    app.advance(Duration::hours(2));

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
    assert_eq!(
        value("lers_requests_in_flight{budget=\"health\"}"),
        1.0,
        "this scrape"
    );
    Ok(())
}
