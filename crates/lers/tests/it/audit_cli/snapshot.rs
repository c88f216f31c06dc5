//! `verify` reads one snapshot: entries appended while it walks the log are neither
//! half seen nor counted against the head, so a busy server's log verifies (the walk,
//! the stored subtree roots and the head row agree).

use lers_domain::audit::{AuditAction, AuditEvent, Outcome};
use lers_store::prelude::*;

use crate::both_backends;
use crate::harness::*;

both_backends!(a_log_verifies_while_it_grows);

async fn a_log_verifies_while_it_grows(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let store = app.store.clone();
    let at = app.clock_now();
    // The writer goes on until verify has run a few times meanwhile: on a busy
    // machine 400 entries can be written before a second verify starts.
    let verified = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let runs = verified.clone();
    let writer = tokio::spawn(async move {
        let mut i = 0;
        while i < 400 || runs.load(std::sync::atomic::Ordering::SeqCst) < 3 {
            i += 1;
            let event = AuditEvent::new(
                at,
                format!("acct_{i:03}"),
                AuditAction::LoginSucceeded,
                Outcome::Success,
            )
            .details(serde_json::json!({"n": i}));
            store.record_event(event).await?;
        }
        Ok::<_, lers_store::StoreError>(())
    });
    let key = app.store.audit_public_key();
    let mut seen = Vec::new();
    while !writer.is_finished() {
        let report = app.store.audit_verify(&key).await?;
        assert_eq!(report.problem, None, "after {seen:?} entries");
        seen.push(report.entries);
        verified.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
    writer.await??;
    let last = app.store.audit_verify(&key).await?;
    assert_eq!(last.problem, None);
    assert!(last.entries >= 401, "{}", last.entries);
    assert!(seen.len() > 1, "verify ran while the log grew: {seen:?}");
    assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
    Ok(())
}
