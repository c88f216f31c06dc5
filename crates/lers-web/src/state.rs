//! Shared state of the running application.

use std::sync::Arc;

use lers_domain::clock::Clock;
use lers_domain::lockout::LockoutPolicy;
use lers_domain::request::sla::SlaPolicy;
use lers_domain::session::SessionPolicy;
use lers_store::vault::DocumentVault;
use lers_store::Store;

use crate::config::WebConfig;
use crate::directory::{AccountDirectory, BuiltInDirectory};
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
    pub directory: Arc<dyn AccountDirectory>,
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
        clock: Arc<dyn Clock>,
        mailer: Mailer,
        config: WebConfig,
    ) -> Self {
        Self {
            directory: Arc::new(BuiltInDirectory::new(store.clone())),
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
