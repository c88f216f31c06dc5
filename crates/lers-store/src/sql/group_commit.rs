//! Group commit for SQLite, which runs one writer at a time: write transactions run
//! one after another on one connection inside a shared database transaction (the
//! first opens it, each later one is a savepoint in it), and a committer task ends the
//! shared transaction with ONE durable `COMMIT` once the writers queued so far have
//! finished. A writer's `commit` returns only after that `COMMIT`, so "acknowledged
//! means durable" holds; a writer that fails or is abandoned rolls back to its
//! savepoint and takes nothing of the others with it.
//!
//! Batches form by themselves: the writer slot is a fair (FIFO) mutex, and the
//! committer queues for it behind the writers already waiting, so under load one
//! fsync serves everyone who arrived during the previous one; alone, a writer pays the
//! same single commit as before.

use lers_domain::audit_tree::Frontier;
use sqlx::{AnyConnection, AnyPool, Executor};
use std::sync::{Arc, Weak};
use tokio::sync::{oneshot, Mutex, MutexGuard, Notify};

use super::audit_append;
use crate::error::StoreError;

/// The shared transaction and who waits for its commit.
#[derive(Default)]
pub(crate) struct Batch {
    /// The writer connection (kept across batches; dropped after a failure).
    conn: Option<AnyConnection>,
    /// Whether the shared transaction is open.
    open: bool,
    /// Writers in this batch so far (savepoint names).
    writers: u64,
    /// The audit tree as this batch leaves it; `None` until a writer appends.
    frontier: Option<Frontier>,
    /// Writers whose work is in the batch, waiting for its commit.
    waiters: Vec<oneshot::Sender<Result<(), String>>>,
    /// A writer that ended without committing: what to roll back.
    abandoned: Option<Abandoned>,
}

#[derive(Clone, Copy)]
enum Abandoned {
    /// The batch's first writer: the whole transaction holds only its work.
    Whole,
    Savepoint(u64),
}

impl Batch {
    /// The audit tree after the batch's committed writers, if one appended.
    pub(crate) fn frontier(&self) -> Option<&Frontier> {
        self.frontier.as_ref()
    }

    pub(crate) fn conn(&mut self) -> Result<&mut AnyConnection, StoreError> {
        self.conn
            .as_mut()
            .ok_or_else(|| failed("the writer connection is gone"))
    }
}

pub(crate) struct GroupCommit {
    pool: AnyPool,
    batch: Mutex<Batch>,
    wake: Arc<Notify>,
}

/// One writer's place in the batch, from `begin` to `commit`.
pub(crate) struct Slot<'a> {
    batch: Option<MutexGuard<'a, Batch>>,
    savepoint: Option<u64>,
    wake: &'a Notify,
}

impl GroupCommit {
    /// Starts the committer task; it ends when the store is dropped.
    pub(crate) fn start(pool: AnyPool) -> Arc<Self> {
        let wake = Arc::new(Notify::new());
        let group = Arc::new(Self {
            pool,
            batch: Mutex::new(Batch::default()),
            wake: wake.clone(),
        });
        let weak: Weak<Self> = Arc::downgrade(&group);
        tokio::spawn(async move {
            loop {
                wake.notified().await;
                let Some(group) = weak.upgrade() else { break };
                let mut batch = group.batch.lock().await;
                group.finish(&mut batch).await;
            }
        });
        group
    }

    /// Takes the writer slot: opens the shared transaction or a savepoint in it.
    pub(crate) async fn begin(&self) -> Result<Slot<'_>, StoreError> {
        let mut batch = self.batch.lock().await;
        self.recover(&mut batch).await;
        if batch.conn.is_none() {
            batch.conn = Some(self.pool.acquire().await?.detach());
        }
        let savepoint = if batch.open {
            let n = batch.writers;
            if let Err(e) = batch.conn()?.execute(&*format!("SAVEPOINT w{n}")).await {
                self.fail(&mut batch, &e.to_string()).await;
                return Err(e.into());
            }
            Some(n)
        } else {
            if let Err(e) = batch.conn()?.execute("BEGIN IMMEDIATE").await {
                batch.conn = None;
                return Err(e.into());
            }
            batch.open = true;
            batch.writers = 0;
            None
        };
        batch.writers += 1;
        Ok(Slot {
            batch: Some(batch),
            savepoint,
            wake: &self.wake,
        })
    }

    /// Rolls back what an abandoned writer left; a batch that cannot be rolled back
    /// to its savepoint fails as a whole (its waiters are told, none acknowledged).
    async fn recover(&self, batch: &mut Batch) {
        match batch.abandoned.take() {
            None => {}
            Some(Abandoned::Whole) => self.fail(batch, "rolled back").await,
            Some(Abandoned::Savepoint(n)) => {
                let rolled_back = match batch.conn() {
                    Ok(conn) => {
                        let back = conn.execute(&*format!("ROLLBACK TO SAVEPOINT w{n}")).await;
                        match back {
                            Ok(_) => conn
                                .execute(&*format!("RELEASE SAVEPOINT w{n}"))
                                .await
                                .map(|_| ()),
                            Err(e) => Err(e),
                        }
                    }
                    Err(_) => Ok(()),
                };
                if let Err(e) = rolled_back {
                    self.fail(batch, &e.to_string()).await;
                }
            }
        }
    }

    /// Ends the batch: one durable commit for every writer waiting on it.
    async fn finish(&self, batch: &mut Batch) {
        self.recover(batch).await;
        if !batch.open {
            return;
        }
        if batch.waiters.is_empty() {
            self.fail(batch, "nothing to commit").await;
            return;
        }
        let committed = async {
            let frontier = batch.frontier.take();
            let conn = batch.conn()?;
            if let Some(frontier) = &frontier {
                audit_append::write_head(conn, frontier).await?;
            }
            conn.execute("COMMIT").await?;
            Ok::<_, StoreError>(())
        }
        .await;
        match committed {
            Ok(()) => {
                batch.open = false;
                batch.frontier = None;
                for waiter in batch.waiters.drain(..) {
                    let _ = waiter.send(Ok(()));
                }
            }
            Err(e) => self.fail(batch, &e.to_string()).await,
        }
    }

    /// Rolls the whole batch back and tells its waiters that nothing was stored.
    async fn fail(&self, batch: &mut Batch, why: &str) {
        if batch.open {
            let rolled_back = match batch.conn.as_mut() {
                Some(conn) => conn.execute("ROLLBACK").await.is_ok(),
                None => true,
            };
            if !rolled_back {
                batch.conn = None;
            }
        }
        batch.open = false;
        batch.frontier = None;
        for waiter in batch.waiters.drain(..) {
            let _ = waiter.send(Err(why.to_owned()));
        }
    }
}

impl Drop for GroupCommit {
    fn drop(&mut self) {
        // Lets the committer task see that the store is gone and end.
        self.wake.notify_one();
    }
}

impl Slot<'_> {
    pub(crate) fn batch(&mut self) -> Result<&mut Batch, StoreError> {
        self.batch
            .as_deref_mut()
            .ok_or_else(|| failed("the write transaction has ended"))
    }

    /// Keeps this writer's work in the batch (`frontier`: the audit tree after its
    /// entries, if it appended any) and waits for the batch's durable commit.
    pub(crate) async fn commit(mut self, frontier: Option<Frontier>) -> Result<(), StoreError> {
        let (sender, receiver) = oneshot::channel();
        {
            let savepoint = self.savepoint;
            let batch = self.batch()?;
            if let Some(n) = savepoint {
                batch
                    .conn()?
                    .execute(&*format!("RELEASE SAVEPOINT w{n}"))
                    .await?;
            }
            if frontier.is_some() {
                batch.frontier = frontier;
            }
            batch.waiters.push(sender);
        }
        // The work is the batch's now: leaving the slot must not roll it back.
        self.batch = None;
        self.wake.notify_one();
        match receiver.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(why)) => Err(failed(&format!("the shared commit failed: {why}"))),
            Err(_) => Err(failed("the shared commit was abandoned")),
        }
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if let Some(batch) = self.batch.as_deref_mut() {
            batch.abandoned = Some(match self.savepoint {
                Some(n) => Abandoned::Savepoint(n),
                None => Abandoned::Whole,
            });
            self.wake.notify_one();
        }
    }
}

fn failed(why: &str) -> StoreError {
    StoreError::Database(sqlx::Error::Protocol(why.to_owned()))
}
