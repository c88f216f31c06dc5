//! Group commit for SQLite, which runs one writer at a time: write transactions run
//! one after another on one connection inside a shared database transaction (the
//! first opens it, each later one is a savepoint in it), and a committer task ends the
//! shared transaction with ONE durable `COMMIT` once the writers queued so far have
//! finished, after writing their audit entries with one signature. A writer's `commit` returns only after that `COMMIT`, so "acknowledged
//! means durable" holds; a writer that fails or is abandoned rolls back to its
//! savepoint and takes nothing of the others with it, even when its future is dropped
//! half-way (the savepoint statements run where no caller can cut them off).
//!
//! Batches form by themselves: the writer slot is a fair (FIFO) mutex, and the
//! committer queues for it behind the writers already waiting, so under load one
//! fsync serves everyone who arrived during the previous one; alone, a writer pays the
//! same single commit as before.

use lers_domain::audit_tree::Frontier;
use rusqlite::OpenFlags;
use sqlx::Executor;
use std::sync::{Arc, Weak};
use tokio::sync::{oneshot, Mutex, Notify, OwnedMutexGuard};

use super::audit_append::{self, PendingAudit};
use super::audit_signer::AuditSigner;
use super::conn::Conn;
use super::dialect::SQLITE_PRAGMAS;
use super::inline_sqlite::{InlineSqlite, Wanted};
use super::sqlite_file::SqliteFile;
use crate::error::{StoreError, Unreachable};

/// The shared transaction and who waits for its commit.
#[derive(Default)]
pub(crate) struct Batch {
    /// The writer connection, run inline (`inline_sqlite.rs`): kept across batches,
    /// dropped after a failure.
    conn: Option<InlineSqlite>,
    /// Whether the shared transaction is open.
    open: bool,
    /// Writers in this batch so far (savepoint names).
    writers: u64,
    /// The audit entries of the writers that committed in this batch, written (and
    /// signed once) just before its `COMMIT`.
    audit: PendingAudit,
    /// Writers whose work is in the batch, waiting for its commit.
    waiters: Vec<oneshot::Sender<Result<(), Failure>>>,
    /// What the last writer left for the next holder of the slot to do.
    settle: Option<Settle>,
}

/// Why a batch failed, as each of its writers is told: the committer's classification
/// kept (a database that cannot be reached stays [`StoreError::Unavailable`], which
/// callers answer with "try again later"), the rest in words for the log.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Failure {
    Unavailable { what: Unreachable, detail: String },
    Other(String),
}

impl Failure {
    fn of(error: &StoreError) -> Self {
        match error {
            StoreError::Unavailable { what, detail } => Self::Unavailable {
                what: *what,
                detail: detail.clone(),
            },
            other => Self::Other(other.to_string()),
        }
    }

    /// The error a writer of the failed batch returns.
    fn into_error(self) -> StoreError {
        match self {
            Self::Unavailable { what, detail } => StoreError::Unavailable {
                what,
                detail: format!("the shared commit failed: {detail}"),
            },
            Self::Other(why) => failed(&format!("the shared commit failed: {why}")),
        }
    }
}

/// How the next holder of the slot ends the previous writer's savepoint. It is never
/// done by the writer itself: a writer's future can be dropped at any await (a client
/// gone), and a release or rollback cut off half-way would leave the batch unsure of
/// what it holds. The next holder is the committer task or a writer's `begin`, which
/// settles in a task of its own; neither can be interrupted by a caller.
#[derive(Clone, Copy)]
enum Settle {
    /// The writer committed: its work stays in the batch.
    Release(u64),
    /// The writer ended without committing: its work is undone.
    RollBack(u64),
    /// The batch's first writer ended without committing: the whole transaction
    /// holds only its work.
    Whole,
}

impl Batch {
    /// The audit tree after the batch's committed writers, if one appended.
    pub(crate) fn frontier(&self) -> Option<&Frontier> {
        self.audit.frontier()
    }

    pub(crate) fn conn(&mut self) -> Result<Conn<'_>, StoreError> {
        self.conn
            .as_mut()
            .map(Conn::Inline)
            .ok_or_else(|| failed("the writer connection is gone"))
    }

    /// Runs a statement that may wait (for SQLite's write lock, or for the disk) on a
    /// blocking thread, so no async worker waits.
    async fn run_waiting(&mut self, sql: &'static str) -> Result<(), StoreError> {
        let mut conn = self
            .conn
            .take()
            .ok_or_else(|| failed("the writer connection is gone"))?;
        let (conn, ran) = tokio::task::spawn_blocking(move || {
            let ran = conn.run(sql, None, Wanted::Everything);
            (conn, ran)
        })
        .await
        .map_err(writer_thread_lost)?;
        self.conn = Some(conn);
        ran.map(drop).map_err(StoreError::from)
    }

    /// What ends the previous writer's savepoint before `next` (`None`: nothing to
    /// run). A batch whose first writer gave up is rolled back here, as a whole.
    async fn settling(&mut self, next: Option<String>) -> Option<String> {
        let settle = match self.settle.take() {
            None => None,
            Some(Settle::Whole) => {
                self.fail(Failure::Other("rolled back".into())).await;
                None
            }
            Some(Settle::Release(n)) => Some(format!("RELEASE SAVEPOINT w{n}")),
            Some(Settle::RollBack(n)) => Some(format!(
                "ROLLBACK TO SAVEPOINT w{n}; RELEASE SAVEPOINT w{n}"
            )),
        };
        match (settle, next.filter(|_| self.open)) {
            (Some(settle), Some(next)) => Some(format!("{settle}; {next}")),
            (settle, next) => settle.or(next),
        }
    }

    /// Runs the savepoint statements of one hand-over in ONE round trip to the
    /// writer connection (each is a hop to SQLite's worker thread, and the writer's
    /// turn is the serial part of every write); returns whether the batch is still
    /// open. If one fails, the shared transaction is in doubt and the batch fails as a
    /// whole (its waiters are told, none acknowledged).
    async fn hand_over(&mut self, statements: Option<String>) -> bool {
        let Some(statements) = statements else {
            return self.open;
        };
        let ran = match self.conn() {
            Ok(conn) => conn.execute(&*statements).await.map_err(StoreError::from),
            Err(e) => Err(e),
        };
        if let Err(e) = ran {
            self.fail(Failure::of(&e)).await;
        }
        self.open
    }

    /// Settles the previous writer's savepoint, then opens the shared transaction or a
    /// savepoint in it; returns the savepoint (`None`: this writer opened the
    /// transaction). A hand-over that fails ends the batch before this writer did
    /// anything in it, so the writer opens the next one.
    async fn open_writer(&mut self, file: &SqliteFile) -> Result<Option<u64>, StoreError> {
        let n = self.writers;
        let statements = self.settling(Some(format!("SAVEPOINT w{n}"))).await;
        let joined = self.hand_over(statements).await;
        if self.conn.is_none() {
            let file = file.clone();
            let opened = tokio::task::spawn_blocking(move || {
                InlineSqlite::open(&file, OpenFlags::SQLITE_OPEN_READ_WRITE, SQLITE_PRAGMAS)
            })
            .await
            .map_err(writer_thread_lost)??;
            self.conn = Some(opened);
        }
        let savepoint = if joined {
            Some(n)
        } else {
            if let Err(e) = self.run_waiting("BEGIN IMMEDIATE").await {
                self.conn = None;
                return Err(e);
            }
            self.open = true;
            self.writers = 0;
            None
        };
        self.writers += 1;
        Ok(savepoint)
    }

    /// Ends the batch: its writers' audit entries, signed once, and one durable
    /// commit for every writer waiting on it.
    async fn finish(&mut self, signer: &AuditSigner) {
        // The last writer's `RELEASE` (or rollback) also proves the shared transaction
        // is still alive before the audit entries are written: were it rolled back
        // underneath, they would otherwise land outside it, in autocommit.
        let statements = self.settling(None).await;
        if !self.hand_over(statements).await {
            return;
        }
        if self.waiters.is_empty() {
            self.fail(Failure::Other("nothing to commit".into())).await;
            return;
        }
        let committed = async {
            let audit = std::mem::take(&mut self.audit);
            let mut conn = self.conn()?;
            let written = audit.write(&mut conn, signer).await?;
            if let Some(frontier) = &written {
                audit_append::write_head(&mut conn, frontier).await?;
            }
            self.run_waiting("COMMIT").await?;
            Ok::<_, StoreError>(written)
        }
        .await;
        match committed {
            Ok(written) => {
                if let Some(frontier) = &written {
                    signer.remember(frontier);
                }
                self.open = false;
                for waiter in self.waiters.drain(..) {
                    let _ = waiter.send(Ok(()));
                }
            }
            Err(e) => self.fail(Failure::of(&e)).await,
        }
    }

    /// Rolls the whole batch back and tells its waiters that nothing was stored.
    async fn fail(&mut self, why: Failure) {
        if self.open {
            let rolled_back = match self.conn() {
                Ok(conn) => conn.execute("ROLLBACK").await.is_ok(),
                Err(_) => true,
            };
            if !rolled_back {
                self.conn = None;
            }
        }
        self.open = false;
        self.audit = PendingAudit::default();
        for waiter in self.waiters.drain(..) {
            let _ = waiter.send(Err(why.clone()));
        }
    }
}

pub(crate) struct GroupCommit {
    /// The database file, which the writer opens for itself.
    file: SqliteFile,
    batch: Arc<Mutex<Batch>>,
    wake: Arc<Notify>,
}

/// One writer's place in the batch, from `begin` to `commit`.
pub(crate) struct Slot {
    batch: Option<OwnedMutexGuard<Batch>>,
    savepoint: Option<u64>,
    wake: Arc<Notify>,
}

impl GroupCommit {
    /// Starts the committer task, which signs each batch's audit checkpoint with
    /// `signer`; it ends when the store is dropped.
    pub(crate) fn start(file: SqliteFile, signer: Arc<AuditSigner>) -> Arc<Self> {
        let wake = Arc::new(Notify::new());
        let group = Arc::new(Self {
            file,
            batch: Arc::new(Mutex::new(Batch::default())),
            wake: wake.clone(),
        });
        let weak: Weak<Self> = Arc::downgrade(&group);
        tokio::spawn(async move {
            loop {
                wake.notified().await;
                let Some(group) = weak.upgrade() else { break };
                let mut batch = group.batch.clone().lock_owned().await;
                drop(group);
                batch.finish(&signer).await;
            }
        });
        group
    }

    /// Takes the writer slot: opens the shared transaction or a savepoint in it.
    /// The statements run in a task of their own, so a caller dropped while they run
    /// cannot cut them off; the slot it would have had is then dropped like any
    /// abandoned one (its savepoint rolled back by the next holder).
    pub(crate) async fn begin(&self) -> Result<Slot, StoreError> {
        let mut batch = self.batch.clone().lock_owned().await;
        let (sender, receiver) = oneshot::channel();
        let file = self.file.clone();
        let wake = self.wake.clone();
        tokio::spawn(async move {
            let opened = batch.open_writer(&file).await.map(|savepoint| Slot {
                batch: Some(batch),
                savepoint,
                wake,
            });
            // A caller that is gone drops the slot here (or drops it unreceived).
            let _ = sender.send(opened);
        });
        receiver
            .await
            .map_err(|_| failed("the writer slot was not opened"))?
    }
}

impl Drop for GroupCommit {
    fn drop(&mut self) {
        // Lets the committer task see that the store is gone and end.
        self.wake.notify_one();
    }
}

impl Slot {
    pub(crate) fn batch(&mut self) -> Result<&mut Batch, StoreError> {
        self.batch
            .as_deref_mut()
            .ok_or_else(|| failed("the write transaction has ended"))
    }

    /// Keeps this writer's work in the batch (`audit`: the entries it appended, which
    /// the batch writes) and waits for the batch's durable commit. Nothing
    /// before the wait awaits: the work is handed over whole (its savepoint is released
    /// by the next holder of the slot), so a writer dropped from here on loses at most
    /// its answer, never the batch.
    pub(crate) async fn commit(mut self, audit: PendingAudit) -> Result<(), StoreError> {
        let (sender, receiver) = oneshot::channel();
        let mut batch = self
            .batch
            .take()
            .ok_or_else(|| failed("the write transaction has ended"))?;
        batch.settle = self.savepoint.map(Settle::Release);
        batch.audit.absorb(audit);
        batch.waiters.push(sender);
        drop(batch);
        self.wake.notify_one();
        match receiver.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(why)) => Err(why.into_error()),
            Err(_) => Err(failed("the shared commit was abandoned")),
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Some(batch) = self.batch.as_deref_mut() {
            batch.settle = Some(match self.savepoint {
                Some(n) => Settle::RollBack(n),
                None => Settle::Whole,
            });
            self.wake.notify_one();
        }
    }
}

fn failed(why: &str) -> StoreError {
    StoreError::Database(sqlx::Error::Protocol(why.to_owned()))
}

/// The blocking thread running the writer's statement panicked or was cancelled (the
/// runtime shutting down): the writer connection went with it, so the database cannot
/// be written until a new one is opened, as when a pooled connection breaks.
fn writer_thread_lost(e: tokio::task::JoinError) -> StoreError {
    StoreError::Unavailable {
        what: Unreachable::Database,
        detail: format!("the writer thread failed: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::AnyPool;

    async fn insert(slot: &mut Slot, name: &str) -> Result<(), StoreError> {
        let statement = format!("INSERT INTO t (name) VALUES ('{name}')");
        slot.batch()?.conn()?.execute(&*statement).await?;
        Ok(())
    }

    /// A batch whose commit fails because the database cannot be reached tells each
    /// of its writers so, as the committer saw it (not as an unclassified error):
    /// callers answer them "try again later" (503) rather than with a failure.
    #[tokio::test]
    async fn the_writers_of_a_failed_batch_see_why_it_failed() {
        let mut batch = Batch::default();
        let (unavailable, told_unavailable) = oneshot::channel();
        batch.waiters.push(unavailable);
        let committer: StoreError = sqlx::Error::PoolTimedOut.into();
        batch.fail(Failure::of(&committer)).await;
        let (other, told_other) = oneshot::channel();
        batch.waiters.push(other);
        batch.fail(Failure::Other("rolled back".into())).await;

        let told = |answer: Result<Result<(), Failure>, _>| match answer {
            Ok(Err(failure)) => failure.into_error(),
            _ => panic!("the waiter is told the batch failed"),
        };
        assert!(matches!(
            told(told_unavailable.await),
            StoreError::Unavailable {
                what: Unreachable::Database,
                ..
            }
        ));
        assert!(matches!(told(told_other.await), StoreError::Database(_)));
    }

    /// The dangerous moment: a writer's future dropped once its commit has started.
    /// Before, the writer released its savepoint itself: dropped while the release
    /// ran, it left the savepoint marked abandoned but released, and the rollback of
    /// it failed the whole batch (how often depended on the SQLite worker thread's
    /// timing, hence the rounds). Now nothing can be cut off there.
    #[tokio::test]
    async fn a_writer_dropped_during_its_commit_leaves_its_batch_to_commit(
    ) -> Result<(), StoreError> {
        const ROUNDS: usize = 40;
        sqlx::any::install_default_drivers();
        let path = std::env::temp_dir().join(format!("lers-group-{}.db", rand::random::<u64>()));
        let pool = AnyPool::connect(&format!("sqlite://{}?mode=rwc", path.display())).await?;
        pool.execute("CREATE TABLE t (name TEXT NOT NULL)").await?;
        let file = SqliteFile::of_url(&format!("sqlite://{}", path.display()))?;
        let group = GroupCommit::start(
            file,
            Arc::new(AuditSigner::new(ed25519_dalek::SigningKey::from_bytes(
                &[7; 32],
            ))),
        );

        for round in 0..ROUNDS {
            let mut first = group.begin().await?;
            insert(&mut first, &format!("first {round}")).await?;
            let first_commit = first.commit(PendingAudit::default());
            tokio::pin!(first_commit);
            assert!(futures::poll!(&mut first_commit).is_pending());

            let mut dropped = group.begin().await?;
            assert_eq!(
                dropped.savepoint,
                Some(1),
                "the second writer joins the batch"
            );
            insert(&mut dropped, &format!("dropped {round}")).await?;
            {
                let dropped_commit = dropped.commit(PendingAudit::default());
                tokio::pin!(dropped_commit);
                assert!(futures::poll!(&mut dropped_commit).is_pending());
            }
            first_commit.await?;
        }
        let mut later = group.begin().await?;
        insert(&mut later, "later").await?;
        later.commit(PendingAudit::default()).await?;

        let names: Vec<String> = sqlx::query_scalar("SELECT name FROM t")
            .fetch_all(&pool)
            .await?;
        // A dropped writer had handed its work over: it is stored, unacknowledged.
        assert_eq!(names.len(), 2 * ROUNDS + 1);
        assert!(names.iter().any(|name| name == "dropped 0"), "{names:?}");
        drop(group);
        pool.close().await;
        let _ = std::fs::remove_file(&path);
        Ok(())
    }
}
