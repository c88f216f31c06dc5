//! API rate limits per token and per client address: 429 with Retry-After before any
//! work, emergencies exempt from their token's limit (not their address's), replenished as
//! the application's clock moves.

use lers_domain::clock::Duration;
use reqwest::header::RETRY_AFTER;
use reqwest::{Method, StatusCode};
use serde_json::Value;

use super::{emergency_request, metric};
use crate::both_backends;
use crate::harness::*;

both_backends!(api_calls_are_limited_per_token_and_per_address);

async fn api_calls_are_limited_per_token_and_per_address(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn_with_settings(backend, &|s| {
        s.api_token_per_minute = 1;
        s.api_token_burst = 3;
        s.api_address_per_minute = 1;
        s.api_address_burst = 5;
    })
    .await
    else {
        return Ok(());
    };
    let person = app.sign_up("system@abilenetx.gov").await;
    // Tokens first: making one moves the clock, which refills the buckets.
    let first = app.create_token(&person, &["read", "submit"]).await;
    let second = app.create_token(&person, &["read", "submit"]).await;
    let third = app.create_token(&person, &["read", "submit"]).await;
    // The harness trusts 127.0.0.1 as a proxy: X-Forwarded-For names the client.
    // A Polish client: the API still answers in English, with a code to translate.
    let call = |token: &str, address: &str| {
        app.api(Method::GET, "/api/v1/requests", token)
            .header("x-forwarded-for", address)
            .header("accept-language", "pl")
            .send()
    };

    for n in 0..3 {
        assert_eq!(
            call(&first, "192.0.2.1").await?.status(),
            StatusCode::OK,
            "call {n} within the token's burst"
        );
    }
    let limited = call(&first, "192.0.2.1").await?;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = limited
        .headers()
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .ok_or("Retry-After")?;
    assert!((1..=61).contains(&wait), "one request a minute: {wait}");
    let body: Value = limited.json().await?;
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.contains("API token sent too many")),
        "{body}"
    );
    assert_eq!(body["code"], "operations-token-rate", "{body}");
    // Another token from the same address has its own allowance...
    assert_eq!(call(&second, "192.0.2.1").await?.status(), StatusCode::OK);
    // ...until the address has spent its own (5): then every token from it waits.
    let by_address = call(&third, "192.0.2.1").await?;
    assert_eq!(by_address.status(), StatusCode::TOO_MANY_REQUESTS);
    let body: Value = by_address.json().await?;
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.contains("from your address")),
        "{body}"
    );
    assert_eq!(body["code"], "operations-address-rate", "{body}");
    assert_eq!(call(&third, "192.0.2.2").await?.status(), StatusCode::OK);

    // An emergency goes in over its token's limit (from an address with allowance
    // left)...
    let emergency = app
        .api(Method::POST, "/api/v1/requests", &first)
        .header("x-forwarded-for", "192.0.2.3")
        .json(&emergency_request())
        .send()
        .await?;
    assert_eq!(
        emergency.status(),
        StatusCode::CREATED,
        "{}",
        emergency.text().await?
    );
    // ...but not over its address's: the claim is read before anyone is
    // authenticated, so it must not open an unlimited door.
    let flooded = app
        .api(Method::POST, "/api/v1/requests", &first)
        .header("x-forwarded-for", "192.0.2.1")
        .json(&emergency_request())
        .send()
        .await?;
    assert_eq!(flooded.status(), StatusCode::TOO_MANY_REQUESTS);

    let scraped = app.scrape().await;
    for (reason, n) in [("token_rate", 1.0), ("address_rate", 2.0)] {
        assert_eq!(
            metric(
                &scraped,
                &format!("lers_shed_requests_total{{budget=\"api\",reason=\"{reason}\"}}")
            ),
            Some(n),
            "{reason}"
        );
    }
    // Time refills the buckets (the application's clock; nothing sleeps).
    app.advance(Duration::minutes(10));
    assert_eq!(call(&first, "192.0.2.1").await?.status(), StatusCode::OK);

    // An IPv6 address counts by its /64 (one subscriber rotates through it freely);
    // an IPv4-mapped one as the IPv4 address it carries.
    let anonymous = |address: String| {
        reqwest::Client::new()
            .get(app.url("/api/v1/requests"))
            .header("x-forwarded-for", address)
            .send()
    };
    for n in 1..=5 {
        let status = anonymous(format!("2001:db8:0:1::{n}")).await?.status();
        assert_eq!(status, StatusCode::UNAUTHORIZED, "call {n}");
    }
    let rotated = anonymous("2001:db8:0:1:ffff::6".into()).await?;
    assert_eq!(rotated.status(), StatusCode::TOO_MANY_REQUESTS);
    let next_net = anonymous("2001:db8:0:2::1".into()).await?;
    assert_eq!(next_net.status(), StatusCode::UNAUTHORIZED);
    for n in 0..5 {
        let status = anonymous("198.51.100.1".into()).await?.status();
        assert_eq!(status, StatusCode::UNAUTHORIZED, "call {n}");
    }
    let mapped = anonymous("::ffff:198.51.100.1".into()).await?;
    assert_eq!(mapped.status(), StatusCode::TOO_MANY_REQUESTS);
    Ok(())
}
