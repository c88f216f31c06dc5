//! The store over SQL that SQLite and PostgreSQL both understand (numbered `$N`
//! parameters, `BIGINT` times in Unix milliseconds, `TEXT` everywhere else): its
//! connection pool, write transactions and the audit append every write makes.

use lers_domain::audit::AuditEvent;
use sqlx::{Any, AnyPool, Transaction};
use std::sync::Arc;

use super::audit_append::{self, PendingAudit};
use super::audit_signer::AuditSigner;
use super::conn::{Conn, PointConn};
use super::dialect::Backend;
use super::group_commit::{GroupCommit, Slot};
use super::point_reads::InlineReaders;
use super::sqlite_file::SqliteFile;
use crate::crypto::keys::KeyRing;
use crate::error::Result;

pub struct SqlStore {
    pool: AnyPool,
    backend: Backend,
    keys: KeyRing,
    /// Signs the audit log's checkpoints (from `keys`).
    signer: Arc<AuditSigner>,
    /// SQLite allows one writer at a time and fails, rather than waits, when two
    /// deferred transactions both try to upgrade to writing: its writers queue for one
    /// connection and share durable commits (`group_commit.rs`). PostgreSQL writers
    /// run side by side, each in its own transaction.
    group: Option<Arc<GroupCommit>>,
    /// Upload claims' own connections (`upload_claims.rs`), counted.
    claim_connections: Arc<tokio::sync::Semaphore>,
    /// A SQLite store's file, which its writer and `audit verify` open themselves.
    sqlite_file: Option<SqliteFile>,
    /// A SQLite store's readers for point reads (`point_reads.rs`).
    readers: Option<InlineReaders>,
}

/// A write transaction: a place in SQLite's group commit, or a PostgreSQL
/// transaction of its own. The audit entries it appends are written when it commits,
/// the last one signed (`audit_append.rs`).
pub(crate) struct WriteTx<'a> {
    inner: Inner,
    audit: PendingAudit,
    signer: &'a AuditSigner,
}

enum Inner {
    Grouped(Slot),
    Own(Transaction<'static, Any>),
}

impl WriteTx<'_> {
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match &mut self.inner {
            // A slot holds its batch until it commits (which consumes it).
            Inner::Grouped(slot) => match slot.batch().and_then(|batch| batch.conn()) {
                Ok(conn) => conn,
                Err(e) => unreachable!("an open write transaction has its connection: {e}"),
            },
            Inner::Own(tx) => Conn::Any(tx),
        }
    }

    /// Appends `event` to the audit log (written at commit); returns its index.
    async fn append(&mut self, event: AuditEvent) -> Result<u64> {
        let start = if !self.audit.needs_head() {
            None
        } else {
            match &mut self.inner {
                Inner::Grouped(slot) => {
                    let batch = slot.batch()?;
                    match batch.frontier() {
                        Some(frontier) => Some(frontier.clone()),
                        None => {
                            Some(audit_append::lock_head(&mut batch.conn()?, self.signer).await?)
                        }
                    }
                }
                Inner::Own(tx) => {
                    Some(audit_append::lock_head(&mut Conn::Any(tx), self.signer).await?)
                }
            }
        };
        self.audit.push(start, event)
    }

    /// Writes the audit entries, then commits: durably, before this returns. In a
    /// group commit the batch writes them, with the other writers' entries.
    pub(crate) async fn commit(self) -> Result<()> {
        match self.inner {
            Inner::Grouped(slot) => slot.commit(self.audit).await,
            Inner::Own(mut tx) => {
                let mut conn = Conn::Any(&mut tx);
                let written = self.audit.write(&mut conn, self.signer).await?;
                if let Some(frontier) = &written {
                    audit_append::write_head(&mut conn, frontier).await?;
                }
                tx.commit().await?;
                if let Some(frontier) = &written {
                    self.signer.remember(frontier);
                }
                Ok(())
            }
        }
    }
}

impl SqlStore {
    /// `sqlite_file`: the file of a SQLite store (`None`: PostgreSQL); `wal`: whether
    /// its readers never wait for its writer (point reads then run inline).
    pub(crate) fn new(
        pool: AnyPool,
        backend: Backend,
        keys: KeyRing,
        sqlite_file: Option<SqliteFile>,
        wal: bool,
    ) -> Self {
        let signer = Arc::new(AuditSigner::new(keys.audit_signing.clone()));
        let group = sqlite_file
            .clone()
            .map(|file| GroupCommit::start(file, signer.clone()));
        let readers = sqlite_file.clone().filter(|_| wal).map(InlineReaders::new);
        Self {
            pool,
            backend,
            keys,
            signer,
            group,
            claim_connections: Arc::new(tokio::sync::Semaphore::new(
                super::upload_claims::CLAIM_CONNECTIONS,
            )),
            sqlite_file,
            readers,
        }
    }

    /// What `audit verify` reads: the pool (of `backend`), and a SQLite store's file.
    pub(crate) fn audit_source(&self) -> (&AnyPool, Backend, Option<&SqliteFile>) {
        (&self.pool, self.backend, self.sqlite_file.as_ref())
    }

    pub(crate) fn claim_connections(&self) -> Arc<tokio::sync::Semaphore> {
        self.claim_connections.clone()
    }

    /// The pool, for tests that tamper with rows directly.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// A connection for point reads (`point_reads.rs`): only for reads of a handful
    /// of rows by an index, which never wait.
    pub(crate) async fn point_read(&self) -> Result<PointConn<'_>> {
        Ok(match &self.readers {
            Some(readers) => PointConn::Inline(readers),
            None => PointConn::Pooled(self.pool.acquire().await?),
        })
    }

    pub(crate) async fn begin(&self) -> Result<WriteTx<'_>> {
        let inner = match &self.group {
            Some(group) => Inner::Grouped(group.begin().await?),
            None => Inner::Own(self.pool().begin().await?),
        };
        Ok(WriteTx {
            inner,
            audit: PendingAudit::default(),
            signer: &self.signer,
        })
    }

    pub(crate) async fn audit(&self, tx: &mut WriteTx<'_>, event: AuditEvent) -> Result<()> {
        tx.append(event).await?;
        Ok(())
    }

    /// Appends `event` and returns its index in the log (for proofs about it).
    pub(crate) async fn audit_indexed(
        &self,
        tx: &mut WriteTx<'_>,
        event: AuditEvent,
    ) -> Result<u64> {
        tx.append(event).await
    }

    pub(crate) fn signer(&self) -> &AuditSigner {
        &self.signer
    }

    pub(crate) fn keys(&self) -> &KeyRing {
        &self.keys
    }

    /// Which SQL dialect is behind the pool.
    pub(crate) fn dialect(&self) -> Backend {
        self.backend
    }
}
