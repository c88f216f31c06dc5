//! Operating limits from the settings: how many requests each budget serves at once,
//! how long the excess may wait, the API's rate limits, how many staff sign-ins one
//! address may have in flight, and who may read `/metrics`.
//! Plain checked data; the web layer enforces it.

use std::num::NonZeroU32;
use std::time::Duration;

use anyhow::Context;

use crate::settings::Settings;

/// A sustained rate per minute and the burst allowed on top of it.
#[derive(Clone, Copy, Debug)]
pub struct RateLimit {
    pub per_minute: NonZeroU32,
    pub burst: NonZeroU32,
}

/// Concurrency budgets. A request waits at most `queue_deadline` for a slot of its
/// budget; the excess is answered 503 with `Retry-After: retry_after_secs` before any
/// work is done for it. Emergencies take no slot and are never shed.
#[derive(Clone, Copy, Debug)]
pub struct LoadLimits {
    pub api: usize,
    pub portal: usize,
    pub staff: usize,
    /// `/healthz` and `/readyz`.
    pub health: usize,
    /// `/metrics`, apart from the probes so a flood of scrapes cannot shed them.
    pub metrics: usize,
    /// Staff sign-in requests one client address may have in the staff budget at
    /// once, so one source cannot fill it.
    pub staff_sign_in_per_address: usize,
    pub queue_deadline: Duration,
    pub retry_after_secs: u64,
    pub per_token: RateLimit,
    pub per_address: RateLimit,
}

#[derive(Clone, Debug)]
pub struct OperationsConfig {
    pub limits: LoadLimits,
    /// The bearer token `/metrics` answers.
    pub metrics_token: Option<String>,
    /// Whether `/metrics` also answers loopback connections that came through no
    /// proxy without the token (off unless set: with neither, `/metrics` answers no
    /// one).
    pub metrics_loopback: bool,
}

fn at_least_one(value: usize, name: &str) -> anyhow::Result<usize> {
    anyhow::ensure!(
        value >= 1,
        "{name} must be at least 1 (LERS_{})",
        name.to_uppercase()
    );
    Ok(value)
}

fn rate(per_minute: u32, burst: u32, names: [&str; 2]) -> anyhow::Result<RateLimit> {
    let positive = |value: u32, name: &str| {
        NonZeroU32::new(value)
            .with_context(|| format!("{name} must be at least 1 (LERS_{})", name.to_uppercase()))
    };
    Ok(RateLimit {
        per_minute: positive(per_minute, names[0])?,
        burst: positive(burst, names[1])?,
    })
}

impl OperationsConfig {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<Self> {
        let metrics_token = settings
            .metrics_token
            .clone()
            .filter(|token| !token.is_empty());
        if let Some(token) = &metrics_token {
            anyhow::ensure!(
                token.len() >= 16,
                "metrics_token must be at least 16 characters (LERS_METRICS_TOKEN)"
            );
        }
        Ok(Self {
            limits: LoadLimits {
                api: at_least_one(settings.concurrency_api, "concurrency_api")?,
                portal: at_least_one(settings.concurrency_portal, "concurrency_portal")?,
                staff: at_least_one(settings.concurrency_staff, "concurrency_staff")?,
                health: at_least_one(settings.concurrency_health, "concurrency_health")?,
                metrics: at_least_one(settings.concurrency_metrics, "concurrency_metrics")?,
                staff_sign_in_per_address: at_least_one(
                    settings.staff_sign_in_per_address,
                    "staff_sign_in_per_address",
                )?,
                queue_deadline: Duration::from_millis(settings.queue_deadline_ms),
                retry_after_secs: settings.retry_after_secs.max(1),
                per_token: rate(
                    settings.api_token_per_minute,
                    settings.api_token_burst,
                    ["api_token_per_minute", "api_token_burst"],
                )?,
                per_address: rate(
                    settings.api_address_per_minute,
                    settings.api_address_burst,
                    ["api_address_per_minute", "api_address_burst"],
                )?,
            },
            metrics_token,
            metrics_loopback: settings.metrics_loopback,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_zero_budgets_are_refused_by_name() {
        let limits = OperationsConfig::from_settings(&Settings::default())
            .map(|c| c.limits)
            .map_err(|e| e.to_string());
        assert!(limits.is_ok_and(|l| l.api == 16
            && l.health == 4
            && l.metrics == 2
            && l.staff_sign_in_per_address == 2));
        let zero = Settings {
            concurrency_staff: 0,
            ..Settings::default()
        };
        let error = OperationsConfig::from_settings(&zero)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("LERS_CONCURRENCY_STAFF"), "{error}");
        let short = Settings {
            metrics_token: Some("short".into()),
            ..Settings::default()
        };
        assert!(OperationsConfig::from_settings(&short).is_err());
    }
}
