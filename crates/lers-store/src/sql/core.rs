//! The store over SQL that SQLite and PostgreSQL both understand (numbered `$N`
//! parameters, `BIGINT` times in Unix milliseconds, `TEXT` everywhere else): its
//! connection pool, write transactions and the audit append every write makes.

use lers_domain::audit::AuditEvent;
use sqlx::{Any, AnyConnection, AnyPool, Transaction};
use std::sync::Arc;
use tokio::sync::{Mutex, MutexGuard};

use super::audit_log;
use super::dialect::Backend;
use crate::crypto::keys::KeyRing;
use crate::error::Result;

pub struct SqlStore {
    pool: AnyPool,
    backend: Backend,
    keys: KeyRing,
    /// SQLite allows one writer at a time and fails, rather than waits, when two
    /// deferred transactions both try to upgrade to writing. Queueing writers here
    /// avoids that; PostgreSQL needs no such help.
    write_queue: Option<Arc<Mutex<()>>>,
}

/// A write transaction, holding the writer slot where the backend needs one.
pub(crate) struct WriteTx<'a> {
    tx: Transaction<'static, Any>,
    _slot: Option<MutexGuard<'a, ()>>,
}

impl WriteTx<'_> {
    pub(crate) fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }

    pub(crate) async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }
}

impl SqlStore {
    pub(crate) fn new(pool: AnyPool, backend: Backend, keys: KeyRing) -> Self {
        let write_queue = backend.single_writer().then(|| Arc::new(Mutex::new(())));
        Self {
            pool,
            backend,
            keys,
            write_queue,
        }
    }

    /// The pool, for tests that tamper with rows directly.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub(crate) async fn begin(&self) -> Result<WriteTx<'_>> {
        let slot = match &self.write_queue {
            Some(queue) => Some(queue.lock().await),
            None => None,
        };
        let tx = self.pool().begin().await?;
        Ok(WriteTx { tx, _slot: slot })
    }

    pub(crate) async fn audit(&self, tx: &mut WriteTx<'_>, event: AuditEvent) -> Result<()> {
        self.audit_indexed(tx, event).await?;
        Ok(())
    }

    /// Appends `event` and returns its index in the log (for proofs about it).
    pub(crate) async fn audit_indexed(
        &self,
        tx: &mut WriteTx<'_>,
        event: AuditEvent,
    ) -> Result<u64> {
        audit_log::append(tx.conn(), &self.keys.audit_signing, &event).await
    }

    pub(crate) fn keys(&self) -> &KeyRing {
        &self.keys
    }

    /// Which SQL dialect is behind the pool.
    pub(crate) fn dialect(&self) -> Backend {
        self.backend
    }
}
