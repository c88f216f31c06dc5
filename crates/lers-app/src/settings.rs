//! What a deployment configures: plain data with defaults. The binary fills it from
//! the TOML file, `LERS_*` variables and flags; tests fill it themselves.

use std::path::PathBuf;

use anyhow::Context;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Settings {
    pub listen: String,
    pub data_dir: PathBuf,
    pub database_url: Option<String>,
    pub key_dir: Option<PathBuf>,
    pub base_url: Option<String>,
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub service_name: String,
    pub max_upload_mib: u64,
    /// How often the background job runner looks for due jobs.
    pub job_interval_secs: u64,
    /// How long a claimed job (and a notice being delivered) stays reserved for the
    /// node that claimed it; a node that dies leaves it to the others after this.
    pub job_lease_secs: u64,
    /// The provider's account directory webhook; without it the built-in table is used.
    pub directory_url: Option<String>,
    /// Shared secret that signs webhook calls (HMAC-SHA256).
    pub directory_secret: Option<String>,
    /// Service-level clocks: first action on an emergency, in minutes.
    pub sla_emergency_minutes: i64,
    /// How soon an EPOC-PR (to be executed "without undue delay") is due. EPOC
    /// deadlines are the Regulation's own and not configurable.
    pub sla_eu_preservation_hours: i64,
    /// Every other request, in days.
    pub sla_default_days: i64,
    /// Width of the bands in which national-security figures are published.
    pub report_band_width: u64,
    /// Reverse proxies (comma-separated addresses) whose X-Forwarded-For is believed.
    pub trusted_proxies: String,
    /// Where sealed documents and production files go: `local` (DATA_DIR/documents,
    /// DATA_DIR/productions) or `s3`.
    pub blob_store: String,
    pub s3_endpoint: Option<String>,
    pub s3_bucket: String,
    pub s3_region: String,
    pub s3_access_key_id: String,
    pub s3_secret_access_key: String,
    pub s3_prefix: String,
    /// The deployment's region, bound into every production file's ciphertext.
    pub region: String,
    pub production_availability_days: i64,
    pub production_retention_days: i64,
    pub staff_access_alert_threshold: u64,
    pub staff_access_alert_window_minutes: i64,
    /// Load the built-in CISA .gov list into an empty allow-list at start.
    pub builtin_domains: bool,
    /// How many uploaded PDFs are checked at the same time (each in its own
    /// memory-limited process); further uploads wait their turn.
    pub pdf_checks_at_once: usize,
    /// Memory a PDF check may use, in MiB; a file that needs more is refused.
    pub pdf_check_memory_mib: u64,
    /// Emergencies scoring above this need a second staff member to confirm the call-back.
    pub emergency_risk_threshold: u32,
    /// How far back (days) other emergencies of the same account count in the score.
    pub emergency_risk_window_days: i64,
    /// The provider's legal entities a request can be served on, comma-separated
    /// (`LERS_INTAKE_LEGAL_ENTITIES`); intake staff choose one.
    pub intake_legal_entities: String,
    /// LERS' own HI-1 endpoint identity (TS 103 280 `EndpointID`): the
    /// `ReceiverIdentifier` authorities address and the `SenderIdentifier` of what
    /// LERS sends. Country code and unique identifier.
    pub hi1_country: String,
    pub hi1_identifier: String,
    /// Where the mutual-TLS HI-1 listener binds (`None`: no listener).
    pub hi1_listen: Option<String>,
    /// The HI-1 listener's server certificate chain and key (PEM).
    pub hi1_tls_cert: Option<PathBuf>,
    pub hi1_tls_key: Option<PathBuf>,
    /// Optional CA bundle (PEM) that client certificates must chain to, on top of the
    /// fingerprint pinned for each endpoint.
    pub hi1_client_ca: Option<PathBuf>,
    /// The largest HI-1 message accepted, in MiB (documents travel inside it).
    pub hi1_max_message_mib: u64,
    /// The client certificate and key (PEM) LERS presents when it posts notifications
    /// and deliveries to an endpoint's URL.
    pub hi1_outbound_cert: Option<PathBuf>,
    pub hi1_outbound_key: Option<PathBuf>,
    /// Extra CA bundle (PEM) trusted for endpoints' notification URLs, beside the
    /// system's roots.
    pub hi1_outbound_ca: Option<PathBuf>,
    /// The address endpoints use to reach the HI-1 listener (`https://…`), where they
    /// fetch the productions LERS announces; `None`: `base_url`.
    pub hi1_public_url: Option<String>,
    /// Days a deleted thing stays restorable in the recycle bin (at least 30).
    pub recycle_bin_days: i64,
    /// Days closed cases and their documents are kept after closing.
    pub retention_closed_case_days: i64,
    /// Days messages of closed cases are kept after closing.
    pub retention_message_days: i64,
    /// Days failed sign-ins and idle sessions are kept.
    pub retention_sign_in_days: i64,
    /// Days the audit log keeps its entries' content (at least 183; hashes stay).
    pub retention_audit_days: i64,
    /// Data regions and their blob stores (`us=local, eu=s3:bucket/prefix`; see
    /// `region_settings`); empty: one region named `region`, stored per `blob_store`.
    pub regions: String,
    /// Requests served at once by each budget (see `operations::LoadLimits`): the
    /// API, the requester portal, the staff console, the probes (`/healthz`,
    /// `/readyz`) and `/metrics`.
    pub concurrency_api: usize,
    pub concurrency_portal: usize,
    pub concurrency_staff: usize,
    pub concurrency_health: usize,
    pub concurrency_metrics: usize,
    /// Staff sign-in requests (`/staff/login`) one client address may have in the
    /// staff budget at once.
    pub staff_sign_in_per_address: usize,
    /// How long a request waits for a slot of its budget before it is answered 503.
    pub queue_deadline_ms: u64,
    /// The `Retry-After` (seconds) of a 503 for a full budget.
    pub retry_after_secs: u64,
    /// API rate limits: sustained requests per minute and burst, per token and per
    /// client address. Emergencies are exempt.
    pub api_token_per_minute: u32,
    pub api_token_burst: u32,
    pub api_address_per_minute: u32,
    pub api_address_burst: u32,
    /// Bearer token that `/metrics` requires.
    pub metrics_token: Option<String>,
    /// Whether `/metrics` also answers loopback connections that came through no
    /// proxy, without the token. Off by default: a local reverse proxy that adds no
    /// forwarding header would make every client a loopback one.
    pub metrics_loopback: bool,
    /// `text` (default) or `json`: one JSON object per log line.
    pub log_format: String,
    /// Minutes an on-call page waits for an acknowledgement before the next tier
    /// (1 to 1440).
    pub oncall_ack_minutes: i64,
    /// Webhook URLs must be `https://` (turn off only for tests).
    pub webhook_require_https: bool,
    /// Private or loopback networks staff webhooks (on-call pages) may nevertheless
    /// reach (comma-separated addresses or CIDR networks); empty: public addresses only.
    pub webhook_allowed_networks: String,
    /// The same for requesters' (agencies') webhooks, kept apart: a network opened for
    /// an internal paging relay must not become reachable by anyone who signs up.
    pub agency_webhook_allowed_networks: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8080".into(),
            data_dir: PathBuf::from("data"),
            database_url: None,
            key_dir: None,
            base_url: None,
            smtp_url: None,
            mail_from: "LERS <no-reply@lers.localhost>".into(),
            service_name: "LERS".into(),
            max_upload_mib: 50,
            job_interval_secs: 30,
            job_lease_secs: 300,
            directory_url: None,
            directory_secret: None,
            sla_emergency_minutes: 60,
            sla_eu_preservation_hours: 24,
            sla_default_days: 30,
            report_band_width: 250,
            trusted_proxies: String::new(),
            blob_store: "local".into(),
            s3_endpoint: None,
            s3_bucket: String::new(),
            s3_region: "us-east-1".into(),
            s3_access_key_id: String::new(),
            s3_secret_access_key: String::new(),
            s3_prefix: String::new(),
            region: "default".into(),
            production_availability_days: 30,
            production_retention_days: 30,
            staff_access_alert_threshold: 20,
            staff_access_alert_window_minutes: 60,
            builtin_domains: true,
            pdf_checks_at_once: 2,
            pdf_check_memory_mib: 256,
            emergency_risk_threshold: 50,
            emergency_risk_window_days: 7,
            intake_legal_entities: "The provider".into(),
            hi1_country: "XX".into(),
            hi1_identifier: "LERS".into(),
            hi1_listen: None,
            hi1_tls_cert: None,
            hi1_tls_key: None,
            hi1_client_ca: None,
            hi1_max_message_mib: 60,
            hi1_outbound_cert: None,
            hi1_outbound_key: None,
            hi1_outbound_ca: None,
            hi1_public_url: None,
            recycle_bin_days: 60,
            retention_closed_case_days: 5 * 365,
            retention_message_days: 5 * 365,
            retention_sign_in_days: 90,
            retention_audit_days: 365,
            regions: String::new(),
            concurrency_api: 16,
            concurrency_portal: 16,
            concurrency_staff: 8,
            concurrency_health: 4,
            concurrency_metrics: 2,
            staff_sign_in_per_address: 2,
            queue_deadline_ms: 50,
            retry_after_secs: 2,
            api_token_per_minute: 300,
            api_token_burst: 60,
            api_address_per_minute: 1200,
            api_address_burst: 240,
            metrics_token: None,
            metrics_loopback: false,
            log_format: "text".into(),
            oncall_ack_minutes: lers_domain::alerts::DEFAULT_ACK_MINUTES,
            webhook_require_https: true,
            webhook_allowed_networks: String::new(),
            agency_webhook_allowed_networks: String::new(),
        }
    }
}

impl Settings {
    /// The configured legal entities, trimmed; "The provider" when none is set.
    pub fn legal_entities(&self) -> Vec<String> {
        let entities: Vec<String> = self
            .intake_legal_entities
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(str::to_owned)
            .collect();
        if entities.is_empty() {
            vec!["The provider".to_owned()]
        } else {
            entities
        }
    }

    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("lers.db").display()))
    }

    /// The database URL with its password hidden, for messages (`lers_store::redact`).
    pub fn redacted_database_url(&self) -> String {
        lers_store::redact(&self.database_url())
    }

    pub fn sla(&self) -> lers_domain::request::sla::SlaPolicy {
        use lers_domain::clock::Duration;
        lers_domain::request::sla::SlaPolicy {
            emergency: Duration::minutes(self.sla_emergency_minutes.max(1)),
            eu_preservation_order: Duration::hours(self.sla_eu_preservation_hours.max(1)),
            default: Duration::days(self.sla_default_days.max(1)),
        }
    }

    /// The job lease; a value that is no lease (0) or would leave a dead node's job
    /// waiting for more than a day stops the start with a message naming the setting.
    pub fn job_lease(&self) -> anyhow::Result<lers_domain::clock::Duration> {
        const DAY_SECS: u64 = 24 * 60 * 60;
        match i64::try_from(self.job_lease_secs) {
            Ok(secs) if (1..=DAY_SECS as i64).contains(&secs) => {
                Ok(lers_domain::clock::Duration::seconds(secs))
            }
            _ => anyhow::bail!(
                "job_lease_secs (LERS_JOB_LEASE_SECS) must be between 1 and {DAY_SECS} seconds \
                 (a day), not {}",
                self.job_lease_secs
            ),
        }
    }

    pub fn trusted_proxies(&self) -> anyhow::Result<Vec<std::net::IpAddr>> {
        self.trusted_proxies
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse()
                    .with_context(|| format!("trusted_proxies: {s:?} is not an IP address"))
            })
            .collect()
    }

    pub fn production_policy(&self) -> anyhow::Result<lers_domain::production::ProductionPolicy> {
        lers_domain::production::ProductionPolicy::from_days(
            self.production_availability_days,
            self.production_retention_days,
        )
        .map_err(anyhow::Error::msg)
    }

    /// The recycle bin's window and the retention of each record class; a value below
    /// its floor stops the start with a message naming the setting.
    pub fn retention_policy(&self) -> anyhow::Result<lers_domain::retention::RetentionPolicy> {
        lers_domain::retention::RetentionPolicy::from_days(lers_domain::retention::RetentionDays {
            bin: self.recycle_bin_days,
            closed_cases: self.retention_closed_case_days,
            messages: self.retention_message_days,
            sign_in: self.retention_sign_in_days,
            audit: self.retention_audit_days,
        })
        .map_err(anyhow::Error::new)
    }

    /// The on-call acknowledgement window; outside 1–1440 minutes stops the start.
    pub fn oncall_ack(&self) -> anyhow::Result<lers_domain::clock::Duration> {
        lers_domain::alerts::ack_window(self.oncall_ack_minutes).with_context(|| {
            format!(
                "oncall_ack_minutes (LERS_ONCALL_ACK_MINUTES) must be between 1 and 1440, not {}",
                self.oncall_ack_minutes
            )
        })
    }

    pub fn emergency_risk(&self) -> lers_domain::emergency::risk::RiskPolicy {
        lers_domain::emergency::risk::RiskPolicy {
            threshold: self.emergency_risk_threshold,
            window: lers_domain::clock::Duration::days(self.emergency_risk_window_days.max(1)),
        }
    }

    pub fn access_alerts(&self) -> lers_domain::production::AccessAlertPolicy {
        lers_domain::production::AccessAlertPolicy {
            window: lers_domain::clock::Duration::minutes(
                self.staff_access_alert_window_minutes.max(1),
            ),
            threshold: self.staff_access_alert_threshold.max(1),
        }
    }

    /// The configured blob store for one kind of file (`documents` or `productions`):
    /// `DATA_DIR/<area>`, or `<s3_prefix>/<area>` in the bucket.
    pub fn blob_store(
        &self,
        area: &str,
    ) -> anyhow::Result<std::sync::Arc<dyn lers_store::blobs::BlobStore>> {
        use lers_store::blobs::{LocalBlobStore, S3BlobStore, S3Settings};
        let prefix = [self.s3_prefix.trim_matches('/'), area]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("/");
        Ok(match self.blob_store.as_str() {
            "local" => std::sync::Arc::new(LocalBlobStore::new(self.data_dir.join(area))?),
            "s3" => std::sync::Arc::new(S3BlobStore::new(&S3Settings {
                endpoint: self.s3_endpoint.clone(),
                bucket: self.s3_bucket.clone(),
                region: self.s3_region.clone(),
                access_key_id: self.s3_access_key_id.clone(),
                secret_access_key: self.s3_secret_access_key.clone(),
                prefix,
            })?),
            other => anyhow::bail!(
                "blob_store must be \"local\" or \"s3\", not {other:?} (LERS_BLOB_STORE)"
            ),
        })
    }

    pub fn key_dir(&self) -> PathBuf {
        self.key_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("keys"))
    }

    pub fn base_url(&self) -> String {
        self.base_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
            .trim_end_matches('/')
            .to_owned()
    }
}
