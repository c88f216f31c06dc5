//! Which node is receiving a chunk of a production file. Several `lers serve` nodes
//! share one PostgreSQL database, and a load balancer may send two chunks of one file
//! to two nodes: only one may seal at a time, or both would seal segments at the same
//! position (the same nonces) and store parts over each other. A claim is a
//! PostgreSQL session advisory lock on its own connection, taken without waiting: a
//! node that dies drops the connection, and the server releases the claim at once,
//! so another node continues the upload immediately. SQLite serves one node, whose
//! own per-file lock (`ProductionVault::lock`) is enough.

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use super::dialect::Backend;
use super::SqlStore;
use crate::{Refusal, Result};

/// Held while a chunk is received; dropping it (closing its connection) releases it.
pub struct UploadClaim {
    _connection: Option<AnyConnection>,
}

#[async_trait]
pub trait UploadClaimStore {
    /// Claims `file_id` for this node; refused (`UploadRunning`) while another node
    /// holds it.
    async fn claim_upload(&self, file_id: &str) -> Result<UploadClaim>;
}

/// The advisory-lock key of a file: 64 bits of SHA-256 over a labelled id.
fn lock_key(file_id: &str) -> i64 {
    let digest = Sha256::digest(format!("lers-upload-claim|{file_id}").as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(bytes)
}

#[async_trait]
impl UploadClaimStore for SqlStore {
    async fn claim_upload(&self, file_id: &str) -> Result<UploadClaim> {
        if self.dialect() != Backend::Postgres {
            return Ok(UploadClaim { _connection: None });
        }
        // Out of the pool: the claim lives and dies with this connection alone.
        let mut connection = self.pool().acquire().await?.detach();
        let (held,): (bool,) = sqlx::query_as("SELECT pg_try_advisory_lock($1)")
            .bind(lock_key(file_id))
            .fetch_one(&mut connection)
            .await?;
        if !held {
            return Err(Refusal::UploadRunning.into());
        }
        Ok(UploadClaim {
            _connection: Some(connection),
        })
    }
}
