//! Case data at rest: what runs at start (sealing what an older database holds in
//! clear) and after `lers keys rotate` (moving to the newest key versions).

use lers_domain::audit::ACTOR_SYSTEM;
use lers_domain::clock::Timestamp;
use lers_store::{CaseDataStore, CaseKeyReport, Ctx, SealingReport};

fn system_ctx(at: Timestamp) -> Ctx {
    Ctx {
        at,
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    }
}

/// Seals case data still held in clear. SQL migrations cannot encrypt, so this runs
/// at every start, before anything is served; it is restart-safe and does nothing
/// (writes no audit entry) once everything is sealed.
pub async fn seal_clear_case_data(
    store: &dyn CaseDataStore,
    at: Timestamp,
) -> anyhow::Result<SealingReport> {
    let report = store.seal_clear_case_data(&system_ctx(at)).await?;
    if report != SealingReport::default() {
        tracing::info!(
            requests = report.requests,
            messages = report.messages,
            targets = report.targets,
            accounts = report.accounts,
            "sealed case data stored in clear"
        );
    }
    Ok(report)
}

/// Moves request data keys, contact details and target hashes to the newest key
/// versions (after new versions were added to the key directory).
pub async fn rotate_case_keys(
    store: &dyn CaseDataStore,
    at: Timestamp,
) -> anyhow::Result<CaseKeyReport> {
    Ok(store.rotate_case_keys(&system_ctx(at)).await?)
}
