//! Per-token and per-address rate limits on the API (GCRA, the `governor` crate),
//! timed by the application's clock so tests move time instead of waiting. A request
//! over either limit is answered 429 with `Retry-After` before any work is done for
//! it; emergencies are exempt. Limits are kept in memory per node. Addresses are keyed
//! as `addresses::key` says (an IPv6 address by its /64).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header::AUTHORIZATION;
use axum::middleware::Next;
use axum::response::Response;
use governor::clock::Clock as GovernorClock;
use governor::nanos::Nanos;
use governor::{Quota, RateLimiter};
use lers_app::operations::RateLimit;
use lers_domain::clock::Clock;

use super::addresses;
use super::answers::{refused, Refusal};
use super::classify::{Budget, Class};
use super::Operations;

/// The application's clock in governor's terms (nanoseconds since the epoch).
#[derive(Clone)]
pub struct AppClock(pub Arc<dyn Clock>);

impl GovernorClock for AppClock {
    type Instant = Nanos;

    fn now(&self) -> Nanos {
        let millis = u64::try_from(self.0.now().unix_millis()).unwrap_or(0);
        Nanos::from(millis.saturating_mul(1_000_000))
    }
}

type Keyed = RateLimiter<
    String,
    governor::state::keyed::DashMapStateStore<String>,
    AppClock,
    governor::middleware::NoOpMiddleware<Nanos>,
>;

/// Drop the state of keys that are back to a full burst every this many checks, so
/// random tokens cannot grow the map without bound.
const SWEEP_EVERY: u64 = 4096;

pub struct ApiLimits {
    per_token: Keyed,
    per_address: Keyed,
    checks: AtomicU64,
    clock: AppClock,
}

fn quota(limit: RateLimit) -> Quota {
    Quota::per_minute(limit.per_minute).allow_burst(limit.burst)
}

impl ApiLimits {
    pub fn new(token: RateLimit, address: RateLimit, clock: Arc<dyn Clock>) -> Self {
        let clock = AppClock(clock);
        Self {
            per_token: RateLimiter::dashmap_with_clock(quota(token), clock.clone()),
            per_address: RateLimiter::dashmap_with_clock(quota(address), clock.clone()),
            checks: AtomicU64::new(0),
            clock,
        }
    }

    /// `None` when the request may go on; otherwise what refuses it and for how many
    /// seconds. The address is checked first, so a flood of made-up tokens from one
    /// address is stopped there.
    fn check(&self, token: Option<&str>, address: &str) -> Option<(Refusal, u64)> {
        if self.checks.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.per_token.retain_recent();
            self.per_address.retain_recent();
        }
        let now = self.clock.now();
        let wait = |outcome: governor::NotUntil<Nanos>| {
            outcome.wait_time_from(now).as_secs().saturating_add(1)
        };
        if let Err(outcome) = self.per_address.check_key(&address.to_owned()) {
            return Some((Refusal::AddressRate, wait(outcome)));
        }
        if let Some(token) = token {
            // Only the token's hash is kept in memory.
            if let Err(outcome) = self.per_token.check_key(&lers_store::tokens::hash(token)) {
                return Some((Refusal::TokenRate, wait(outcome)));
            }
        }
        None
    }
}

/// Requests that make the server keep state (a passkey challenge row each), from
/// people signed in or not: they spend the same per-address allowance as the API, so
/// one address cannot fill the table.
const KEEPS_A_CHALLENGE: [&str; 4] = [
    "/login/key/start",
    "/login/key/second-factor",
    "/account/step-up/key/start",
    "/account/keys/register/start",
];

pub async fn limit_api(
    State(ops): State<Operations>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(mut class) = request.extensions().get::<Class>().cloned() else {
        return next.run(request).await;
    };
    if class.budget != Budget::Api && !KEEPS_A_CHALLENGE.contains(&request.uri().path()) {
        return next.run(request).await;
    }
    let address = addresses::of_request(&request, &ops);
    let token = request
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if let Some((refusal, seconds)) = ops.api_limits.check(token, &address) {
        // An emergency may exceed its token's allowance (an agency's system that spent
        // it on routine calls must still get one through), never its address's: the
        // claim is read before anyone is authenticated, so it cannot open a door that
        // an anonymous client could use without limit.
        if refusal == Refusal::AddressRate || !class.is_emergency(&ops.app).await {
            ops.metrics.shed(class.budget, refusal);
            return refused(&request, refusal, seconds);
        }
        request.extensions_mut().insert(class);
    }
    next.run(request).await
}
