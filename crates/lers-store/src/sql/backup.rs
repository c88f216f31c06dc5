//! What `lers backup` and `lers restore` need from the database: a consistent copy
//! of a SQLite database taken online (`VACUUM INTO`: one read transaction, so one
//! snapshot, while writers go on; PostgreSQL backups use `pg_dump`, which also reads
//! one snapshot), the blobs the database refers to, and whether a database is empty
//! (a restore never writes over data).

use std::path::{Path, PathBuf};

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::dialect::{redact, Backend};
use super::sqlite_file::SqliteFile;
use super::SqlStore;
use crate::{ConfigError, Result, StoreError};

/// One blob the database needs: its area (`documents`, `productions`, `exports`),
/// region (`None`: the default region) and key.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NeededBlob {
    pub area: String,
    pub region: Option<String>,
    pub key: String,
}

#[async_trait]
pub trait BackupStore {
    /// Writes a consistent copy of this SQLite database to `target` (which must not
    /// exist), while the database stays in use.
    async fn snapshot_sqlite(&self, target: &Path) -> Result<()>;
    /// Every blob whose key the database still holds (shredded ones are not needed).
    async fn needed_blobs(&self) -> Result<Vec<NeededBlob>>;
}

#[async_trait]
impl BackupStore for SqlStore {
    async fn snapshot_sqlite(&self, target: &Path) -> Result<()> {
        if self.dialect() != Backend::Sqlite {
            return Err(StoreError::Corrupt(
                "VACUUM INTO is SQLite's; back up PostgreSQL with pg_dump".into(),
            ));
        }
        let target = target
            .to_str()
            .ok_or_else(|| StoreError::Corrupt("the backup path must be valid UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    async fn needed_blobs(&self) -> Result<Vec<NeededBlob>> {
        let mut out = Vec::new();
        for (area, query) in [
            (
                "documents",
                "SELECT blob_key, region FROM documents WHERE wrapped_key <> ''",
            ),
            (
                "productions",
                "SELECT public_id, region FROM production_files \
                 WHERE state = 'stored' AND wrapped_key IS NOT NULL",
            ),
            (
                "exports",
                "SELECT blob_key, NULL FROM data_exports WHERE state = 'ready' AND blob_key IS NOT NULL",
            ),
        ] {
            let rows: Vec<(String, Option<String>)> =
                sqlx::query_as(query).fetch_all(self.pool()).await?;
            out.extend(rows.into_iter().map(|(key, region)| NeededBlob {
                area: area.into(),
                region,
                key,
            }));
        }
        out.sort();
        Ok(out)
    }
}

/// The file of the SQLite database at `url`, as the store opens it: the URL as sqlx
/// normalises it, percent escapes decoded (`%3F` is a `?` in the name). A database
/// named by a SQLite URI (`sqlite:file:…`) has no plain path and is refused.
pub fn sqlite_database_path(url: &str) -> Result<PathBuf> {
    SqliteFile::of_options(&Backend::Sqlite.connect_options(url)?)?
        .path()
        .map(Path::to_path_buf)
        .ok_or_else(|| ConfigError::SqliteUriName(redact(url)).into())
}

/// Whether the database at `url` holds no tables or views at all (a restore target: neither
/// LERS data nor another application's, which a restore would replace); reads
/// without connecting through [`crate::connect`], which would create the schema.
pub async fn database_is_empty(url: &str) -> Result<bool> {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let query = match Backend::from_url(url)? {
        Backend::Sqlite => {
            if !sqlite_database_path(url)?.exists() {
                return Ok(true);
            }
            "SELECT COUNT(*) FROM sqlite_master \
             WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        }
        Backend::Postgres => {
            // Every schema (`pg_restore` writes the dump's schema-qualified names
            // whatever the search path), whatever the user may read (the catalogue,
            // not `information_schema`), leaving out what extensions bring.
            "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') \
             AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
             AND n.nspname NOT LIKE 'pg\\_%' \
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass \
             AND d.objid = c.oid AND d.deptype = 'e')"
        }
    };
    let mut conn = sqlx::AnyConnection::connect(url).await?;
    let count: i64 = sqlx::query_scalar(query).fetch_one(&mut conn).await?;
    conn.close().await?;
    Ok(count == 0)
}
