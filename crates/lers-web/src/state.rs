//! Shared state of the running application.

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

use crate::config::WebConfig;
use crate::directory::{AccountDirectory, BuiltInDirectory};
use crate::mail::Mailer;
use crate::services::pdf_sandbox::PdfChecker;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub vault: Arc<DocumentVault>,
    pub productions: Arc<ProductionVault>,
    pub clock: Arc<dyn Clock>,
    pub mailer: Arc<Mailer>,
    pub config: Arc<WebConfig>,
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
}

impl AppState {
    /// Uses another account directory than the built-in one (e.g. the webhook).
    pub fn with_directory(mut self, directory: Arc<dyn AccountDirectory>) -> Self {
        self.directory = directory;
        self
    }

    pub fn new(
        store: Arc<dyn Store>,
        vault: Arc<DocumentVault>,
        productions: Arc<ProductionVault>,
        clock: Arc<dyn Clock>,
        mailer: Mailer,
        config: WebConfig,
    ) -> Self {
        Self {
            directory: Arc::new(BuiltInDirectory::new(store.clone())),
            store,
            vault,
            productions,
            clock,
            mailer: Arc::new(mailer),
            config: Arc::new(config),
            lockout: LockoutPolicy::default(),
            sessions: SessionPolicy::default(),
            sla: SlaPolicy::default(),
            production_policy: ProductionPolicy::default(),
            access_alerts: AccessAlertPolicy::default(),
            pdf_checker: Arc::new(PdfChecker::current_exe(256, 2)),
            mail_throttle: MailThrottlePolicy::default(),
            risk: RiskPolicy::default(),
        }
    }
}
