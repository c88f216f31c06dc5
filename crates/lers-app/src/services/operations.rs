//! Operations: whether this node can serve (readiness), the figures `/metrics`
//! publishes, and whether a stored request is an emergency (load shedding never
//! sheds one).

use std::sync::Arc;
use std::time::Duration;

use lers_store::blobs::BlobStore;
use lers_store::OperationsSnapshot;

use crate::{App, AppError};

/// How long one readiness check may take before it counts as unreachable (a
/// firewalled store never answers at all).
const CHECK_TIMEOUT: Duration = Duration::from_secs(5);

async fn within<T>(
    check: impl std::future::Future<Output = lers_store::Result<T>>,
) -> Result<(), String> {
    match tokio::time::timeout(CHECK_TIMEOUT, check).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {} s", CHECK_TIMEOUT.as_secs())),
    }
}

/// A part this node needs that does not answer.
#[derive(Debug)]
pub struct Unready {
    /// `database`, `audit log` or `blob store`.
    pub part: &'static str,
    /// What went wrong, for the log.
    pub detail: String,
}

impl App {
    /// Every blob store this node uses (documents and productions of every region,
    /// exports), each once.
    fn blob_stores(&self) -> Vec<Arc<dyn BlobStore>> {
        let mut stores: Vec<Arc<dyn BlobStore>> = Vec::new();
        let all = self
            .vault
            .regions()
            .all()
            .chain(self.productions.regions().all())
            .map(|(_, store)| store)
            .chain(std::iter::once(self.exports.blobs()));
        for store in all {
            if !stores.iter().any(|s| s.describe() == store.describe()) {
                stores.push(store.clone());
            }
        }
        stores
    }

    /// What keeps this node from serving: the database and every blob store must
    /// answer, and the audit log must take entries. Empty when ready; otherwise one entry per unreachable part (the detail
    /// never holds a credential: blob stores describe themselves without them).
    pub async fn unready_parts(&self) -> Vec<Unready> {
        let stores = self.blob_stores();
        let (database, refusing, blobs) = futures::join!(
            within(self.store.ping()),
            self.audit_log_refusing(),
            futures::future::join_all(stores.iter().map(|s| within(s.reachable())))
        );
        let mut problems = Vec::new();
        if let Err(detail) = database {
            problems.push(Unready {
                part: "database",
                detail,
            });
        }
        if let Ok(Some(detail)) = refusing {
            problems.push(Unready {
                part: "audit log",
                detail,
            });
        }
        for (store, outcome) in stores.iter().zip(blobs) {
            if let Err(e) = outcome {
                problems.push(Unready {
                    part: "blob store",
                    detail: format!("{}: {e}", store.describe()),
                });
            }
        }
        problems
    }

    /// Why the audit log refuses entries (`Ok(Some)`), or `Ok(None)` when it takes
    /// them: every audited action is refused ([`AppError::AuditRefusing`]) until an
    /// administrator has checked it. `Err` when it cannot be told (the database does
    /// not answer, which readiness names apart).
    pub async fn audit_log_refusing(&self) -> Result<Option<String>, String> {
        match tokio::time::timeout(CHECK_TIMEOUT, self.store.check_audit_recording()).await {
            Ok(Ok(())) => Ok(None),
            Ok(Err(
                e @ (lers_store::StoreError::AuditHeadUnsigned
                | lers_store::StoreError::AuditKeyMismatch),
            )) => Ok(Some(e.to_string())),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err(format!("no answer within {} s", CHECK_TIMEOUT.as_secs())),
        }
    }

    /// The queue and the job runner now, for `/metrics`.
    pub async fn operations_snapshot(&self) -> Result<OperationsSnapshot, AppError> {
        Ok(self.store.operations_snapshot(self.clock.now()).await?)
    }

    /// Whether the stored request `id` is an emergency; a database that cannot say
    /// counts as "no" (the request then meets the same failure when it is served).
    pub async fn stored_request_is_emergency(&self, id: &str) -> bool {
        self.store
            .request_is_emergency(id)
            .await
            .unwrap_or_else(|e| {
                tracing::warn!(error = %e, "cannot tell whether a request is an emergency");
                false
            })
    }
}
