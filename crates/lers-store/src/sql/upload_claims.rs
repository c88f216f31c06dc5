//! Which node is receiving a chunk of a production file. Several `lers serve` nodes
//! share one PostgreSQL database, and a load balancer may send two chunks of one file
//! to two nodes: only one may seal at a time, or both would seal segments at the same
//! position (the same nonces) and store parts over each other. A claim is a
//! PostgreSQL session advisory lock on its own connection, taken without waiting: a
//! node that dies drops the connection, and the server releases the claim at once,
//! so another node continues the upload immediately. Because a restart of the
//! database drops the claim just as silently, the holder confirms it
//! ([`UploadClaim::confirm`]) right before it publishes anything. Claim connections
//! are opened beside the pool (an upload never waits for, or starves, the pool) but
//! counted: at most [`CLAIM_CONNECTIONS`] per node. SQLite serves one node, whose own
//! per-file lock (`ProductionVault::lock`) is enough.

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use tokio::sync::OwnedSemaphorePermit;

use super::dialect::Backend;
use super::SqlStore;
use crate::{Refusal, Result};

/// Claims (each one connection to PostgreSQL besides the pool's) a node holds at
/// once; as many as the uploads a node receives at once (`ProductionVault::lock`).
pub const CLAIM_CONNECTIONS: usize = 16;

/// Held while a chunk is received; dropping it (closing its connection) releases it.
pub struct UploadClaim {
    held: Option<Held>,
}

struct Held {
    connection: AnyConnection,
    key: i64,
    _permit: OwnedSemaphorePermit,
}

#[async_trait]
pub trait UploadClaimStore {
    /// Claims `file_id` for this node; refused (`UploadRunning`) while another node
    /// holds it, and (`UploadsBusy`) while this node holds [`CLAIM_CONNECTIONS`].
    async fn claim_upload(&self, file_id: &str) -> Result<UploadClaim>;
}

/// The advisory-lock key of a file: 64 bits of SHA-256 over a labelled id.
fn lock_key(file_id: &str) -> i64 {
    let digest = Sha256::digest(format!("lers-upload-claim|{file_id}").as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(bytes)
}

impl UploadClaim {
    /// The claim of a deployment of one node (SQLite): nothing beside the node's own
    /// per-file lock; it always holds.
    pub fn one_node() -> Self {
        Self { held: None }
    }

    /// Checks that the claim still holds: its connection's session is alive and holds
    /// the lock. A database restart (or a terminated session) fails here — as the
    /// database being unreachable, or `UploadRunning` when the session is alive
    /// without the lock — so nothing is published after the claim was lost.
    pub async fn confirm(&mut self) -> Result<()> {
        let Some(held) = &mut self.held else {
            return Ok(());
        };
        // A bigint advisory lock is listed with its high half as `classid` and its
        // low half as `objid`, `objsubid` 1.
        let (holds,): (bool,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' \
             AND pid = pg_backend_pid() AND granted AND objsubid = 1 \
             AND classid::bigint = $1 AND objid::bigint = $2)",
        )
        .bind((held.key >> 32) & 0xffff_ffff)
        .bind(held.key & 0xffff_ffff)
        .fetch_one(&mut held.connection)
        .await?;
        match holds {
            true => Ok(()),
            false => Err(Refusal::UploadRunning.into()),
        }
    }
}

#[async_trait]
impl UploadClaimStore for SqlStore {
    async fn claim_upload(&self, file_id: &str) -> Result<UploadClaim> {
        if self.dialect() != Backend::Postgres {
            return Ok(UploadClaim::one_node());
        }
        let permit = self.claim_connections().try_acquire_owned().map_err(|_| {
            crate::StoreError::from(Refusal::UploadsBusy {
                max: CLAIM_CONNECTIONS,
            })
        })?;
        // Out of the pool: the claim lives and dies with this connection alone.
        let mut connection = self.pool().acquire().await?.detach();
        let key = lock_key(file_id);
        let (held,): (bool,) = sqlx::query_as("SELECT pg_try_advisory_lock($1)")
            .bind(key)
            .fetch_one(&mut connection)
            .await?;
        if !held {
            return Err(Refusal::UploadRunning.into());
        }
        Ok(UploadClaim {
            held: Some(Held {
                connection,
                key,
                _permit: permit,
            }),
        })
    }
}
