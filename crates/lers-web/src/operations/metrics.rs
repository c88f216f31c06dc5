//! Prometheus metrics (the `prometheus` crate, text format at `GET /metrics`):
//! request latency by route, admission waiting and in flight per budget, shed
//! requests, upload bytes, and — read from the database at each scrape, so every
//! node reports the shared truth — the queue depth, SLA breaches, job lag, failing
//! jobs and the mail waiting for the mail server.
//!
//! `/metrics` answers the bearer token `metrics_token`, and a loopback connection
//! that came through no proxy only when `metrics_loopback` says so; with neither, no
//! one. Refusals are counted (`lers_metrics_refused_total`); the first from an address
//! in each ten-minute window is audited and logged, so a flood of refused scrapes
//! leaves a trail without a durable write per request.

use std::time::Instant;

use axum::body::Body;
use axum::extract::{MatchedPath, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use axum::http::{Extensions, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::StreamExt;
use lers_domain::audit::{AuditAction, AuditEvent, Outcome, ACTOR_ANONYMOUS};
use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts, Registry,
    TextEncoder,
};
use subtle::ConstantTimeEq;

use super::addresses::{self, OncePerWindow};
use super::answers::Refusal;
use super::classify::Budget;
use super::Operations;

/// Routes whose request bodies are uploaded files (their bytes are counted).
const UPLOAD_ROUTES: [&str; 4] = [
    "/requests/{id}/documents",
    "/api/v1/requests/{id}/documents",
    "/staff/intake/{id}/scan",
    "/staff/requests/{id}/productions/{production}/files/{file}",
];

/// A refused scrape is audited once per address per this window.
const REFUSAL_WINDOW_MILLIS: i64 = 10 * 60 * 1000;
/// How many addresses a window remembers (past that, refusals are only counted).
const REFUSAL_ADDRESSES: usize = 1024;

const LATENCY_BUCKETS: [f64; 12] = [
    0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 10.0,
];

pub struct Metrics {
    registry: Registry,
    latency: HistogramVec,
    in_flight: IntGaugeVec,
    waiting: IntGaugeVec,
    shed: IntCounterVec,
    upload_bytes: IntCounterVec,
    refused: prometheus::IntCounter,
    refusals_noted: OncePerWindow,
    queue_depth: IntGauge,
    queue_emergencies: IntGauge,
    sla_breaches: IntGauge,
    jobs_due: IntGauge,
    job_lag: IntGauge,
    jobs_failing: IntGauge,
    mail_queued: IntGauge,
    audit_log_refusing: IntGauge,
}

/// Lowers a gauge again when dropped.
pub struct Held(IntGauge);

impl Drop for Held {
    fn drop(&mut self) {
        self.0.dec();
    }
}

fn held(gauge: IntGauge) -> Held {
    gauge.inc();
    Held(gauge)
}

impl Metrics {
    pub fn new() -> prometheus::Result<Self> {
        let registry = Registry::new_custom(Some("lers".into()), None)?;
        let gauge = |name: &str, help: &str| -> prometheus::Result<IntGauge> {
            let gauge = IntGauge::new(name, help)?;
            registry.register(Box::new(gauge.clone()))?;
            Ok(gauge)
        };
        let metrics = Self {
            latency: HistogramVec::new(
                HistogramOpts::new(
                    "http_request_duration_seconds",
                    "Time to answer a request (until the response starts), by route template, method and status.",
                )
                .buckets(LATENCY_BUCKETS.to_vec()),
                &["route", "method", "status"],
            )?,
            in_flight: IntGaugeVec::new(
                Opts::new("requests_in_flight", "Requests being served, by budget (emergency: outside every budget; staff_sign_in: staff sign-ins, counted from before their form is read)."),
                &["budget"],
            )?,
            waiting: IntGaugeVec::new(
                Opts::new("admission_queue_depth", "Requests waiting for a slot of their budget."),
                &["budget"],
            )?,
            shed: IntCounterVec::new(
                Opts::new("shed_requests_total", "Requests answered without being served: busy (503) or over a rate limit (429)."),
                &["budget", "reason"],
            )?,
            upload_bytes: IntCounterVec::new(
                Opts::new("upload_bytes_total", "Bytes of uploaded files received, by route; rate() gives the throughput."),
                &["route"],
            )?,
            refused: prometheus::IntCounter::new(
                "metrics_refused_total",
                "Scrapes of /metrics refused (no or a wrong token); the first from an address in each ten-minute window is audited.",
            )?,
            refusals_noted: OncePerWindow::new(REFUSAL_WINDOW_MILLIS, REFUSAL_ADDRESSES),
            queue_depth: gauge("queue_depth", "Open requests in the console queue.")?,
            queue_emergencies: gauge("queue_emergencies", "Open emergencies in the console queue.")?,
            sla_breaches: gauge("sla_breaches", "Open requests past their service-level deadline.")?,
            jobs_due: gauge("jobs_due", "Background jobs due now (waiting or running).")?,
            job_lag: gauge("job_lag_seconds", "How long the oldest due background job has been due.")?,
            jobs_failing: gauge("jobs_failing", "Background jobs whose last attempt failed, waiting for a retry.")?,
            mail_queued: gauge("mail_queued", "Messages waiting in the mail queue for the mail server.")?,
            audit_log_refusing: gauge("audit_log_refusing", "1 while the audit log refuses entries (every audited action is refused until an administrator has run `lers audit verify`), else 0.")?,
            registry,
        };
        for collector in [
            Box::new(metrics.latency.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(metrics.in_flight.clone()),
            Box::new(metrics.waiting.clone()),
            Box::new(metrics.shed.clone()),
            Box::new(metrics.upload_bytes.clone()),
            Box::new(metrics.refused.clone()),
        ] {
            metrics.registry.register(collector)?;
        }
        for budget in Budget::ALL {
            metrics.waiting.with_label_values(&[budget.name()]).set(0);
            metrics.in_flight.with_label_values(&[budget.name()]).set(0);
        }
        for label in ["emergency", "staff_sign_in"] {
            metrics.in_flight.with_label_values(&[label]).set(0);
        }
        Ok(metrics)
    }

    pub fn shed(&self, budget: Budget, refusal: Refusal) {
        self.shed
            .with_label_values(&[budget.name(), refusal.name()])
            .inc();
    }

    pub fn waiting(&self, budget: Budget) -> Held {
        held(self.waiting.with_label_values(&[budget.name()]))
    }

    pub fn in_flight(&self, budget: &str) -> Held {
        held(self.in_flight.with_label_values(&[budget]))
    }

    fn upload_counter(&self, route: &str) -> prometheus::IntCounter {
        self.upload_bytes.with_label_values(&[route])
    }
}

/// Times every request by its route template (never the raw path: ids would make a
/// series each) and counts the bytes of uploaded files as the handler reads them.
pub async fn observe(State(ops): State<Operations>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let method = method_label(request.method());
    let request = if UPLOAD_ROUTES.contains(&route.as_str()) {
        let counter = ops.metrics.upload_counter(&route);
        request.map(|body| {
            Body::from_stream(body.into_data_stream().inspect(move |chunk| {
                if let Ok(bytes) = chunk {
                    counter.inc_by(bytes.len() as u64);
                }
            }))
        })
    } else {
        request
    };
    let response = next.run(request).await;
    ops.metrics
        .latency
        .with_label_values(&[route.as_str(), method, response.status().as_str()])
        .observe(started.elapsed().as_secs_f64());
    response
}

/// The method as a label from a fixed set: any token is a valid HTTP method, and each
/// new label value would be a new series kept forever.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Headers a proxy adds: a loopback connection carrying any of them came through one
/// (a local reverse proxy), and is not trusted as a local scraper.
const FORWARDING_HEADERS: [&str; 3] = ["x-forwarded-for", "forwarded", "x-real-ip"];

/// Whether `headers` from `peer` (canonical) may read the metrics.
fn allowed(ops: &Operations, peer: Option<std::net::IpAddr>, headers: &HeaderMap) -> bool {
    let config = &ops.app.config.operations;
    let by_token = config.metrics_token.as_ref().is_some_and(|token| {
        headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .is_some_and(|given| bool::from(given.trim().as_bytes().ct_eq(token.as_bytes())))
    });
    let by_loopback = config.metrics_loopback
        && peer.is_some_and(|ip| ip.is_loopback())
        && !FORWARDING_HEADERS
            .iter()
            .any(|name| headers.contains_key(*name));
    by_token || by_loopback
}

/// `Ok` if the request with these `extensions` and `headers` may read the metrics,
/// else the refusal (counted, and audited once per address per window). Checked by
/// the budget layer before a metrics slot is taken, and again by the handler.
pub async fn authorise(
    ops: &Operations,
    extensions: &Extensions,
    headers: &HeaderMap,
) -> Result<(), Response> {
    let peer = crate::auth::peer_address(extensions);
    if allowed(ops, peer, headers) {
        Ok(())
    } else {
        Err(refuse(ops, peer, headers).await)
    }
}

pub async fn scrape(State(ops): State<Operations>, request: Request) -> Response {
    if let Err(refusal) = authorise(&ops, request.extensions(), request.headers()).await {
        return refusal;
    }
    let metrics = &ops.metrics;
    let (snapshot, refusing) =
        futures::join!(ops.app.operations_snapshot(), ops.app.audit_log_refusing());
    match snapshot
        .map_err(|e| e.to_string())
        .and_then(|s| Ok((s, refusing?)))
    {
        Ok((snapshot, refusing)) => {
            metrics.queue_depth.set(snapshot.open_requests);
            metrics.queue_emergencies.set(snapshot.open_emergencies);
            metrics.sla_breaches.set(snapshot.sla_breaches);
            metrics.jobs_due.set(snapshot.jobs_due);
            let now = ops.app.clock.now();
            metrics
                .job_lag
                .set(snapshot.oldest_due_job.map_or(0, |due| {
                    (now.unix_millis() - due.unix_millis()).max(0) / 1000
                }));
            metrics.jobs_failing.set(snapshot.jobs_failing);
            metrics.mail_queued.set(snapshot.mail_queued);
            metrics
                .audit_log_refusing
                .set(i64::from(refusing.is_some()));
        }
        // Figures that could be stale are not published: the scrape fails, which is
        // itself the signal.
        Err(e) => {
            tracing::warn!(error = %e, "metrics: cannot read the queue, job and audit figures");
            return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response();
        }
    }
    let mut text = Vec::new();
    if let Err(e) = TextEncoder::new().encode(&metrics.registry.gather(), &mut text) {
        return crate::error::WebError::internal(e).into_response();
    }
    ([(CONTENT_TYPE, prometheus::TEXT_FORMAT)], text).into_response()
}

async fn refuse(ops: &Operations, peer: Option<std::net::IpAddr>, headers: &HeaderMap) -> Response {
    ops.metrics.refused.inc();
    let ip = crate::auth::client_address(peer, headers, &ops.app.config.trusted_proxies);
    let now = ops.app.clock.now();
    if ops
        .metrics
        .refusals_noted
        .first(&addresses::key(ip), now.unix_millis())
    {
        tracing::warn!(
            address = ip.map(|ip| ip.to_string()).unwrap_or_default(),
            "refused a /metrics scrape; further refusals from this address in the next ten minutes are only counted (lers_metrics_refused_total)"
        );
        let denied = AuditEvent::new(
            now,
            ACTOR_ANONYMOUS.to_owned(),
            AuditAction::AccessDenied,
            Outcome::Denied,
        )
        .from_ip(ip.map(|ip| ip.to_string()))
        .details(serde_json::json!({
            "resource": "metrics",
            "audited_once_per_seconds": REFUSAL_WINDOW_MILLIS / 1000,
        }));
        if let Err(e) = ops.app.store.record_event(denied).await {
            tracing::error!(error = %e, "cannot audit a refused metrics request");
        }
    }
    let config = &ops.app.config.operations;
    if config.metrics_token.is_some() {
        (
            StatusCode::UNAUTHORIZED,
            [(WWW_AUTHENTICATE, "Bearer")],
            "send the metrics token: Authorization: Bearer <metrics_token>\n",
        )
            .into_response()
    } else if config.metrics_loopback {
        (
            StatusCode::FORBIDDEN,
            "metrics are served to loopback connections that came through no proxy; set metrics_token to scrape from elsewhere\n",
        )
            .into_response()
    } else {
        (
            StatusCode::FORBIDDEN,
            "metrics are served to no one: set metrics_token (or metrics_loopback = true for a scraper on this machine that comes through no proxy)\n",
        )
            .into_response()
    }
}
