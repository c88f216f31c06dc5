//! Operations (issue 16 items 2 and 8): load shedding and fairness, rate limits,
//! metrics, readiness and JSON logs. Budgets are held by requests whose bodies the
//! test keeps back (a gate; `TestApp::hold`), never by racing the clock.

mod deploy;
mod logs;
mod metrics;
mod rate_limits;
mod readiness;
mod shedding;
mod sign_in;

use std::time::Duration as StdDuration;

use bytes::Bytes;
use serde_json::{json, Value};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::harness::*;

/// The value of one series (`name{labels}` exactly as the text format writes it).
pub fn metric(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| {
            let (name, value) = line.rsplit_once(' ')?;
            (name == series).then(|| value.parse().ok()).flatten()
        })
}

impl TestApp {
    /// The metrics, as a scraper with the test server's token sees them.
    pub async fn scrape(&self) -> String {
        let response = reqwest::Client::new()
            .get(self.url("/metrics"))
            .bearer_auth(TEST_METRICS_TOKEN)
            .send()
            .await
            .expect("GET /metrics");
        assert_eq!(response.status(), reqwest::StatusCode::OK, "metrics answer");
        response.text().await.expect("metrics text")
    }

    /// Waits (bounded) until `series` reads `value`: how a test knows that requests it
    /// holds have taken their slots.
    pub async fn until_metric(&self, series: &str, value: f64) {
        for _ in 0..400 {
            if metric(&self.scrape().await, series) == Some(value) {
                return;
            }
            tokio::time::sleep(StdDuration::from_millis(25)).await;
        }
        panic!("{series} never reached {value}:\n{}", self.scrape().await);
    }

    /// Takes `n` slots of `budget` (its metrics label) with requests whose bodies are
    /// held back after `first` (the `i`th built by `request(i)`), and waits until the
    /// server shows them in flight. `finish` sends the `rest` of a body.
    pub async fn hold(
        &self,
        budget: &str,
        n: usize,
        request: impl Fn(usize) -> reqwest::RequestBuilder,
        first: &'static str,
        rest: &'static str,
    ) -> Vec<Held> {
        let held = (0..n)
            .map(|i| Held::send(request(i), first, rest))
            .collect();
        let in_flight = format!("lers_requests_in_flight{{budget=\"{budget}\"}}");
        self.until_metric(&in_flight, n as f64).await;
        held
    }
}

/// A request in flight whose body is held back after its first bytes: the server
/// admitted it and is waiting for the rest.
pub struct Held {
    release: oneshot::Sender<()>,
    response: JoinHandle<reqwest::Result<reqwest::Response>>,
}

impl Held {
    fn send(request: reqwest::RequestBuilder, first: &'static str, rest: &'static str) -> Self {
        let (release, released) = oneshot::channel::<()>();
        let body = futures::stream::iter([Ok::<_, std::io::Error>(Bytes::from_static(
            first.as_bytes(),
        ))])
        .chain(futures::stream::once(async move {
            let _ = released.await;
            Ok(Bytes::from_static(rest.as_bytes()))
        }));
        let response = tokio::spawn(request.body(reqwest::Body::wrap_stream(body)).send());
        Self { release, response }
    }

    /// Sends the rest of the body and returns the answer.
    pub async fn finish(self) -> reqwest::Response {
        let _ = self.release.send(());
        self.response
            .await
            .expect("held request task")
            .expect("held request answered")
    }
}

use futures::StreamExt;

/// A complete emergency request, filed and submitted in one API call.
pub fn emergency_request() -> Value {
    json!({
        "kind": "emergency",
        "submit": true,
        "request": {
            "title": "Operation Birch", "country": "US", "subdivision": "TX",
            "description": "Subscriber details and recent IP addresses of the account.",
            "targets": [{"type": "email", "value": "abductor@example.com"}],
            "data_categories": ["subscriber_info"],
            "date_from": "2026-11-01",
            "emergency": {"narrative": "A child was taken from a school bus an hour ago; the account holder is the abductor.", "attested": true,
                          "supervisor_name": "Sgt. Lee Park", "supervisor_phone": "+1 325 555 0111"}
        }
    })
}
