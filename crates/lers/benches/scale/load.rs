//! A closed-loop HTTP load generator: `connections` clients, each on its own
//! keep-alive connection, send requests back to back for a while and record each
//! answer's status and latency. It runs in the benchmark's process, on the same
//! machine as the server, for LERS and for its ceiling alike.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::report::percentile_ms;
use crate::support::Error;

/// Settings that lift the API's per-token and per-address rate limits: the load comes
/// from one token on one address, which the limits exist to stop.
pub const UNLIMITED_API_RATES: [(&str, &str); 4] = [
    ("LERS_API_ADDRESS_PER_MINUTE", "100000000"),
    ("LERS_API_ADDRESS_BURST", "100000000"),
    ("LERS_API_TOKEN_PER_MINUTE", "100000000"),
    ("LERS_API_TOKEN_BURST", "100000000"),
];

/// Builds request number `n` of connection `connection` on `client`.
pub type MakeRequest =
    Arc<dyn Fn(&reqwest::Client, usize, u64) -> reqwest::RequestBuilder + Send + Sync>;

/// What a run saw.
#[derive(Default)]
pub struct LoadResult {
    /// Answers by status code.
    pub statuses: BTreeMap<u16, u64>,
    /// Requests that got no HTTP answer (connection refused, reset, timed out).
    pub transport_errors: u64,
    /// 429 and 503 answers that did not say when to come back (`Retry-After`).
    pub retry_after_missing: u64,
    /// Latency of each answer with a 2xx status, in microseconds, sorted.
    pub ok_latencies_us: Vec<u32>,
    /// Latency of every other answer, in microseconds, sorted.
    pub other_latencies_us: Vec<u32>,
    pub elapsed: Duration,
}

impl LoadResult {
    pub fn ok(&self) -> u64 {
        self.statuses
            .iter()
            .filter(|(status, _)| (200..300).contains(*status))
            .map(|(_, n)| n)
            .sum()
    }

    pub fn count(&self, status: u16) -> u64 {
        self.statuses.get(&status).copied().unwrap_or(0)
    }

    /// 2xx answers per second.
    pub fn ok_per_second(&self) -> f64 {
        self.ok() as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    pub fn ok_p(&self, p: f64) -> f64 {
        percentile_ms(&self.ok_latencies_us, p)
    }

    pub fn other_p(&self, p: f64) -> f64 {
        percentile_ms(&self.other_latencies_us, p)
    }
}

/// An HTTP/1.1 client holding one keep-alive connection, never following redirects.
pub fn one_connection_client(timeout: Duration) -> Result<reqwest::Client, Error> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(1)
        .http1_only()
        .timeout(timeout)
        .build()?)
}

/// Runs `connections` closed loops for `duration`; a request still in flight at the
/// end is waited for and counted.
pub async fn closed_loop(
    connections: usize,
    duration: Duration,
    make: MakeRequest,
) -> Result<LoadResult, Error> {
    let start = Instant::now();
    let deadline = start + duration;
    let mut tasks = Vec::with_capacity(connections);
    for connection in 0..connections {
        let client = one_connection_client(Duration::from_secs(60))?;
        let make = make.clone();
        tasks.push(tokio::spawn(async move {
            let mut seen = LoadResult::default();
            let mut n = 0u64;
            while Instant::now() < deadline {
                let sent = Instant::now();
                let outcome = make(&client, connection, n).send().await;
                let micros = u32::try_from(sent.elapsed().as_micros()).unwrap_or(u32::MAX);
                n += 1;
                match outcome {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        if matches!(status, 429 | 503)
                            && !response
                                .headers()
                                .contains_key(reqwest::header::RETRY_AFTER)
                        {
                            seen.retry_after_missing += 1;
                        }
                        // Read the body so the connection can be reused.
                        let _ = response.bytes().await;
                        *seen.statuses.entry(status).or_default() += 1;
                        if (200..300).contains(&status) {
                            seen.ok_latencies_us.push(micros);
                        } else {
                            seen.other_latencies_us.push(micros);
                        }
                    }
                    Err(_) => seen.transport_errors += 1,
                }
            }
            seen
        }));
    }
    let mut total = LoadResult::default();
    for task in tasks {
        let seen = task.await?;
        for (status, n) in seen.statuses {
            *total.statuses.entry(status).or_default() += n;
        }
        total.transport_errors += seen.transport_errors;
        total.retry_after_missing += seen.retry_after_missing;
        total.ok_latencies_us.extend(seen.ok_latencies_us);
        total.other_latencies_us.extend(seen.other_latencies_us);
    }
    total.elapsed = start.elapsed();
    total.ok_latencies_us.sort_unstable();
    total.other_latencies_us.sort_unstable();
    Ok(total)
}
