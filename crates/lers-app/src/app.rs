//! The running application: everything a use case needs, built once by
//! `App::builder` and shared by the web layer, the job runner and the
//! command line.

use std::sync::Arc;

use lers_domain::clock::Clock;
use lers_domain::emergency::risk::RiskPolicy;
use lers_domain::lockout::LockoutPolicy;
use lers_domain::production::{AccessAlertPolicy, ProductionPolicy};
use lers_domain::request::sla::SlaPolicy;
use lers_domain::session::SessionPolicy;
use lers_domain::throttle::MailThrottlePolicy;
use lers_store::delivery::ProductionVault;
use lers_store::vault::DocumentVault;
use lers_store::Store;

use crate::config::AppConfig;
use crate::directory::AccountDirectory;
use crate::hi1_client::Hi1Client;
use crate::mail::Mailer;
use crate::mail_outage::MailOutage;
use crate::services::pdf_sandbox::PdfChecker;

#[derive(Clone)]
pub struct App {
    pub store: Arc<dyn Store>,
    pub vault: Arc<DocumentVault>,
    pub productions: Arc<ProductionVault>,
    pub clock: Arc<dyn Clock>,
    pub mailer: Arc<Mailer>,
    /// Whether the mail server was found in trouble moments ago (`crate::mail_queue`).
    pub mail_outage: Arc<MailOutage>,
    pub config: Arc<AppConfig>,
    pub lockout: LockoutPolicy,
    pub sessions: SessionPolicy,
    pub sla: SlaPolicy,
    pub directory: Arc<dyn AccountDirectory>,
    pub production_policy: ProductionPolicy,
    pub access_alerts: AccessAlertPolicy,
    /// Checks uploaded PDFs in memory-limited child processes.
    pub pdf_checker: Arc<PdfChecker>,
    /// Limits of sign-up, "send the link again" and "forgot password".
    pub mail_throttle: MailThrottlePolicy,
    /// Scoring of emergency requests and the threshold for a second confirmation.
    pub risk: RiskPolicy,
    /// Posts LERS' HI-1 messages to endpoints.
    pub hi1: Arc<Hi1Client>,
    /// Posts to the webhooks people set up (SSRF-checked, signed).
    pub webhooks: Arc<crate::webhook_sender::WebhookSender>,
    /// The recycle bin's window and the retention of each record class.
    pub retention: lers_domain::retention::RetentionPolicy,
    /// Sealed "My data" exports.
    pub exports: Arc<lers_store::exports::ExportVault>,
}

impl App {
    /// Uses another account directory than the configured one (tests swap in a webhook).
    pub fn with_directory(mut self, directory: Arc<dyn AccountDirectory>) -> Self {
        self.directory = directory;
        self
    }
}
