//! What the use cases and the web layer need to know about the deployment.

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct AppConfig {
    /// The address people use to reach LERS, e.g. `https://lers.example.com`; links in
    /// emails start with it, and `https` turns on Secure cookies and HSTS.
    pub base_url: String,
    pub data_dir: PathBuf,
    /// Sender address of outgoing email.
    pub mail_from: String,
    /// Name shown to users and in authenticator apps.
    pub service_name: String,
    /// Largest accepted upload (legal process PDFs, attachments).
    pub max_upload_bytes: u64,
    /// Width of the bands national-security figures are published in.
    pub report_band_width: u64,
    /// Reverse proxies whose `X-Forwarded-For` is believed; the client address is the
    /// right-most entry that is not one of them. Empty: the connection's address.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// The legal entities intake staff choose from (never empty).
    pub legal_entities: Vec<String>,
    /// LERS' own HI-1 identity (`ReceiverIdentifier` of what authorities send it):
    /// country code and unique identifier.
    pub hi1_country: String,
    pub hi1_identifier: String,
    /// The largest HI-1 message accepted, in bytes.
    pub hi1_max_message_bytes: u64,
    /// Load shedding, rate limits and the metrics endpoint's protection.
    pub operations: crate::operations::OperationsConfig,
    /// How long a claimed job stays reserved for its worker (`job_lease_secs`).
    pub job_lease: lers_domain::clock::Duration,
    /// How long an on-call page waits for an acknowledgement (`oncall_ack_minutes`).
    pub oncall_ack: lers_domain::clock::Duration,
    /// The shred list (`KEY_DIR/shredded.list`, `services::shred_list`).
    pub shred_list: crate::shred_list_file::ShredList,
}

impl AppConfig {
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// `base_url` + `path`, without a doubled slash.
    pub fn link(&self, path: &str) -> String {
        format!("{}{}", self.base_url.trim_end_matches('/'), path)
    }
}
