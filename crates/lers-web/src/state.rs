//! Shared state of the running application.

use std::sync::Arc;

use lers_domain::clock::Clock;
use lers_domain::lockout::LockoutPolicy;
use lers_domain::request::sla::SlaPolicy;
use lers_domain::session::SessionPolicy;
use lers_store::vault::DocumentVault;
use lers_store::Store;

use crate::config::WebConfig;
use crate::mail::Mailer;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub vault: Arc<DocumentVault>,
    pub clock: Arc<dyn Clock>,
    pub mailer: Arc<Mailer>,
    pub config: Arc<WebConfig>,
    pub lockout: LockoutPolicy,
    pub sessions: SessionPolicy,
    pub sla: SlaPolicy,
}

impl AppState {
    pub fn new(
        store: Arc<dyn Store>,
        vault: Arc<DocumentVault>,
        clock: Arc<dyn Clock>,
        mailer: Mailer,
        config: WebConfig,
    ) -> Self {
        Self {
            store,
            vault,
            clock,
            mailer: Arc::new(mailer),
            config: Arc::new(config),
            lockout: LockoutPolicy::default(),
            sessions: SessionPolicy::default(),
            sla: SlaPolicy::default(),
        }
    }
}
