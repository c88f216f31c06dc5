//! Operations at the HTTP edge: load shedding and fairness (budgets with a queue
//! deadline, API rate limits, emergencies never shed) and metrics. Each layer is its
//! own module; [`with_operations`] puts them around the routes in this order, the
//! outermost first:
//!
//! 1. `metrics::observe` — latency by route, upload bytes (sees shed answers too);
//! 2. `classify::classify` — budget and emergency, before anything else is done;
//! 3. `rate_limit::limit_api` — per-address and per-token limits on `/api/`;
//! 4. `budget::admit` — a slot of the request's budget, or 503 + `Retry-After`.
//!
//! Only then do the session lookup and the handler run.

mod addresses;
mod answers;
mod budget;
mod classify;
mod metrics;
mod rate_limit;

use std::sync::Arc;

use axum::middleware::from_fn_with_state;
use axum::routing::get;
use axum::Router;
use lers_app::App;

pub struct Inner {
    app: App,
    budgets: budget::Budgets,
    api_limits: rate_limit::ApiLimits,
    metrics: metrics::Metrics,
    /// The largest form or JSON body (what the create routes accept).
    max_form_bytes: usize,
}

/// What the operations layers share: one per router.
#[derive(Clone)]
pub(crate) struct Operations(Arc<Inner>);

impl std::ops::Deref for Operations {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl Operations {
    fn new(app: &App, max_form_bytes: usize) -> prometheus::Result<Self> {
        let limits = app.config.operations.limits;
        Ok(Self(Arc::new(Inner {
            budgets: budget::Budgets::new(limits),
            api_limits: rate_limit::ApiLimits::new(
                limits.per_token,
                limits.per_address,
                app.clock.clone(),
            ),
            metrics: metrics::Metrics::new()?,
            max_form_bytes,
            app: app.clone(),
        })))
    }
}

/// `routes` with `/metrics` added and the operations layers around everything.
pub fn with_operations(
    routes: Router<App>,
    app: &App,
    max_form_bytes: usize,
) -> prometheus::Result<Router<App>> {
    let ops = Operations::new(app, max_form_bytes)?;
    let metrics_route = Router::new()
        .route("/metrics", get(metrics::scrape))
        .with_state(ops.clone());
    Ok(routes
        .merge(metrics_route)
        .layer(from_fn_with_state(ops.clone(), budget::admit))
        .layer(from_fn_with_state(ops.clone(), rate_limit::limit_api))
        .layer(from_fn_with_state(ops.clone(), classify::classify))
        .layer(from_fn_with_state(ops, metrics::observe)))
}
