//! Opening the store: the dialect from the URL, the pool, migrations, and the audit
//! log's subtree roots filled in.

use crate::sql::Conn;
use sqlx::AnyPool;

use super::audit_leaf_migration;
use super::audit_log;
use super::core::SqlStore;
use super::dialect::Backend;
use super::sqlite_file::SqliteFile;
use crate::crypto::keys::KeyRing;
use crate::error::{ConfigError, StoreError};

/// Opens the database named by `url`, applies pending migrations and returns the store.
pub async fn connect(url: &str, keys: KeyRing) -> Result<SqlStore, StoreError> {
    sqlx::any::install_default_drivers();
    let backend = Backend::from_url(url)?;
    let options = backend.connect_options(url)?;
    let sqlite_file = match backend {
        Backend::Sqlite => Some(SqliteFile::of_options(&options)?),
        Backend::Postgres => None,
    };
    let pool = backend.open_pool(&options).await?;
    let copied = audit_leaf_migration::finish(&pool, backend).await?;
    if copied > 0 {
        tracing::info!(target: "lers::audit", copied, "audit entries now stored as their leaf data (migration 0039)");
    }
    if let Some(file) = &sqlite_file {
        check_writer_file(file.clone()).await?;
    }
    fill_audit_nodes(&pool).await;
    let readers_wait_for_no_writer = match backend {
        Backend::Sqlite => in_wal_mode(&pool).await?,
        Backend::Postgres => false,
    };
    Ok(SqlStore::new(
        pool,
        backend,
        keys,
        sqlite_file,
        readers_wait_for_no_writer,
    ))
}

/// Whether SQLite kept the WAL journal LERS asks for. Some VFSs (`unix-dotfile`)
/// quietly keep the rollback journal, where a reader waits for the writer's lock:
/// point reads then stay on the pool, whose waits do not hold an async worker.
async fn in_wal_mode(pool: &AnyPool) -> Result<bool, StoreError> {
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(pool)
        .await?;
    if !mode.eq_ignore_ascii_case("wal") {
        tracing::warn!(journal_mode = mode, "SQLite is not in WAL mode: readers wait for writers, and point reads go through the pool");
    }
    Ok(mode.eq_ignore_ascii_case("wal"))
}

/// Fails the start, rather than the first write, when the file LERS' writer opens
/// itself is not the migrated one the pool opened (it would find no tables).
async fn check_writer_file(file: SqliteFile) -> Result<(), StoreError> {
    let checked = tokio::task::spawn_blocking(move || {
        file.open(rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)?
            .query_row("SELECT COUNT(*) FROM audit_head", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(drop)
    })
    .await;
    let detail = match checked {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(e)) => e.to_string(),
        Err(e) => e.to_string(),
    };
    Err(ConfigError::WriterFileDiffers(detail).into())
}

/// Fills in subtree roots an older log lacks. A failure (say, a tampered leaf) must not
/// keep the server or `lers audit verify` from opening the database: it is logged,
/// proofs then fail naming the missing node, and `verify` finds the cause.
async fn fill_audit_nodes(pool: &AnyPool) {
    let filled = async {
        let mut tx = pool.begin().await?;
        let filled = audit_log::fill_missing_nodes(&mut Conn::from(&mut tx)).await?;
        tx.commit().await?;
        Ok::<_, StoreError>(filled)
    };
    match filled.await {
        Ok(0) => {}
        Ok(entries) => tracing::info!(entries, "filled in the audit log's subtree roots"),
        Err(e) => {
            tracing::warn!(error = %e, "could not fill in the audit log's subtree roots; run `lers audit verify`")
        }
    }
}
