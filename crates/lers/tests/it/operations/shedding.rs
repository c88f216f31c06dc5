//! Load shedding: a full budget answers the excess 503 + Retry-After before doing any
//! of its work; emergencies go in anyway; staff, the probes and `/metrics` have budgets
//! of their own, so a requester surge does not lock out the response team and a flood
//! of scrapes does not shed a probe.

use lers_domain::account::Role;
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::sign_in::hold_sign_ins;
use super::{emergency_request, metric};
use crate::api::user_data_request;
use crate::both_backends;
use crate::harness::*;
use crate::retention::count;

both_backends!(
    the_excess_is_shed_before_any_work_and_emergencies_go_in,
    staff_and_health_are_served_while_requesters_surge,
    probes_are_served_while_scrapes_fill_the_metrics_budget,
);

const API_IN_FLIGHT: &str = "lers_requests_in_flight{budget=\"api\"}";

async fn the_excess_is_shed_before_any_work_and_emergencies_go_in(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_api = 2;
        s.queue_deadline_ms = 20;
    })
    .await
    else {
        return Ok(());
    };
    let person = app.sign_up("system@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let filed: Value = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&user_data_request())
        .send()
        .await?
        .json()
        .await?;
    let id = filed["id"].as_str().ok_or("request id")?.to_owned();
    let mut draft = emergency_request();
    draft["submit"] = json!(false);
    let draft: Value = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&draft)
        .send()
        .await?
        .json()
        .await?;
    let draft_id = draft["id"].as_str().ok_or("draft id")?.to_owned();

    // Two messages whose bodies are held back take both API slots.
    let messages = format!("/api/v1/requests/{id}/messages");
    let held = app
        .hold(
            "api",
            2,
            |_| {
                app.api(Method::POST, &messages, &token)
                    .header(CONTENT_TYPE, "application/json")
            },
            "{\"body\": \"Any update",
            " on this?\"}",
        )
        .await;

    // The excess is answered at once, and nothing of it is done.
    let requests_before = count(&app, "SELECT COUNT(*) FROM requests").await;
    let audit_before = count(&app, "SELECT COUNT(*) FROM audit_log").await;
    let shed = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&user_data_request())
        .send()
        .await?;
    assert_eq!(shed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        shed.headers().get(RETRY_AFTER).map(|v| v.as_bytes()),
        Some(&b"2"[..]),
        "the default Retry-After"
    );
    let error: Value = shed.json().await?;
    assert!(
        error["error"].as_str().is_some_and(|e| e.contains("busy")),
        "{error}"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM requests").await,
        requests_before,
        "no request row was written"
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM audit_log").await,
        audit_before,
        "nothing was audited: the request never reached its handler"
    );

    // Emergencies are never shed: filed in one call, or a stored draft submitted.
    let emergency = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&emergency_request())
        .send()
        .await?;
    assert_eq!(
        emergency.status(),
        StatusCode::CREATED,
        "{}",
        emergency.text().await?
    );
    let submitted = app
        .api(
            Method::POST,
            &format!("/api/v1/requests/{draft_id}/submit"),
            &token,
        )
        .send()
        .await?;
    assert_eq!(
        submitted.status(),
        StatusCode::OK,
        "{}",
        submitted.text().await?
    );
    let scraped = app.scrape().await;
    assert_eq!(
        metric(
            &scraped,
            "lers_shed_requests_total{budget=\"api\",reason=\"busy\"}"
        ),
        Some(1.0)
    );
    assert_eq!(metric(&scraped, API_IN_FLIGHT), Some(2.0), "still held");
    assert_eq!(metric(&scraped, "lers_queue_emergencies"), Some(2.0));

    // The admitted requests finish, nothing of them lost; the shed one is retried.
    for request in held {
        assert_eq!(request.finish().await.status(), StatusCode::CREATED);
    }
    let thread: Vec<Value> = app
        .api(Method::GET, &messages, &token)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(
        thread
            .iter()
            .filter(|m| m["body"] == "Any update on this?")
            .count(),
        2
    );
    let retried = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&user_data_request())
        .send()
        .await?;
    assert_eq!(retried.status(), StatusCode::CREATED);
    Ok(())
}

async fn staff_and_health_are_served_while_requesters_surge(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_api = 1;
        s.concurrency_portal = 1;
        s.queue_deadline_ms = 20;
    })
    .await
    else {
        return Ok(());
    };
    let (staff, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let person = app.sign_up("officer@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let form = app.get("/requests/new").await.text().await?;
    let csrf = csrf_token(&form).ok_or("form token")?;

    // Requesters fill the API and the portal budgets.
    let api = app
        .hold(
            "api",
            1,
            |_| {
                app.api(Method::POST, "/api/v1/requests/req_none/messages", &token)
                    .header(CONTENT_TYPE, "application/json")
            },
            "{\"body\": ",
            "\"hello\"}",
        )
        .await;
    let portal = hold_sign_ins(&app, "portal", "/login", &["192.0.2.1"]).await;

    let api_shed = app
        .api(Method::GET, "/api/v1/requests", &token)
        .send()
        .await?;
    assert_eq!(api_shed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(api_shed.headers().contains_key(RETRY_AFTER));
    let page_shed = app.get("/dashboard").await;
    assert_eq!(page_shed.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(page_shed.headers().contains_key(RETRY_AFTER));
    assert!(page_shed.text().await?.contains("Try again in 2 seconds"));

    // The response team and the probes are served all the same.
    let queue = staff.get("/staff/queue").await;
    assert_eq!(queue.status(), StatusCode::OK);
    for probe in ["/healthz", "/readyz"] {
        let answer = reqwest::get(app.url(probe)).await?;
        assert_eq!(answer.status(), StatusCode::OK, "{probe}");
    }
    // An emergency filed on the portal goes in too.
    let emergency = app
        .client
        .post(app.url("/requests"))
        .form(&[("kind", "emergency"), ("csrf", csrf.as_str())])
        .send()
        .await?;
    assert_eq!(emergency.status(), StatusCode::SEE_OTHER);
    assert!(location(&emergency).ends_with("/edit"));

    let scraped = app.scrape().await;
    for budget in ["api", "portal"] {
        assert_eq!(
            metric(
                &scraped,
                &format!("lers_shed_requests_total{{budget=\"{budget}\",reason=\"busy\"}}")
            ),
            Some(1.0),
            "{budget}"
        );
    }
    assert_eq!(
        metric(
            &scraped,
            "lers_shed_requests_total{budget=\"staff\",reason=\"busy\"}"
        ),
        None,
        "no staff request was shed"
    );
    // The held requests were admitted and are answered once their bodies arrive.
    for request in api {
        assert_eq!(request.finish().await.status(), StatusCode::NOT_FOUND);
    }
    for request in portal {
        assert_ne!(
            request.finish().await.status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
    }
    Ok(())
}

async fn probes_are_served_while_scrapes_fill_the_metrics_budget(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.concurrency_health = 1;
        s.concurrency_metrics = 1;
        s.queue_deadline_ms = 20;
    })
    .await
    else {
        return Ok(());
    };
    // Every database connection is taken, so a scrape (which counts the queue and the
    // jobs) waits inside its slot until they are given back.
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
    // One of the two holds the only metrics slot; the other is shed — and answers
    // first, since the holder waits for a connection.
    let (first, _, rest) = futures::future::select_all(scrapes.drain(..)).await;
    assert_eq!(first??.status(), StatusCode::SERVICE_UNAVAILABLE);

    // The probe has a budget of its own (one slot) and is served all the same.
    let alive = reqwest::get(app.url("/healthz")).await?;
    assert_eq!(alive.status(), StatusCode::OK);

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
    assert_eq!(
        metric(
            &scraped,
            "lers_shed_requests_total{budget=\"health\",reason=\"busy\"}"
        ),
        None
    );
    Ok(())
}
