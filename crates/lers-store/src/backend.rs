//! The one place that knows which database is in use: connection set-up and
//! migrations per dialect. Everything else speaks the SQL both understand.

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, ConnectOptions, Executor};

use crate::keys::KeyRing;
use crate::{ConfigError, SqlStore, StoreError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Self::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Self::Postgres)
        } else {
            Err(ConfigError::UnsupportedDatabaseUrl(redact(url)).into())
        }
    }
}

impl Backend {
    /// Lets concurrent job workers pass over rows another worker has locked
    /// (PostgreSQL); SQLite has a single writer, so there is nothing to skip.
    pub(crate) fn skip_locked(self) -> &'static str {
        match self {
            Self::Sqlite => "",
            Self::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }
}

/// The URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}://{}:***@{}", &url[..scheme_end], user, &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

/// Opens the database named by `url`, applies pending migrations and returns the store.
pub async fn connect(url: &str, keys: KeyRing) -> Result<SqlStore, StoreError> {
    sqlx::any::install_default_drivers();
    let backend = Backend::from_url(url)?;
    let url = match backend {
        // Create the file on first start.
        Backend::Sqlite if !url.contains("mode=") => {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        }
        _ => url.to_owned(),
    };
    let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
    let pool_options = match backend {
        Backend::Sqlite => AnyPoolOptions::new()
            .max_connections(8)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    // WAL lets readers run beside the writer; synchronous=FULL makes
                    // every acknowledged commit survive power loss; the busy timeout
                    // makes a second process wait instead of failing.
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                         PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;",
                    )
                    .await?;
                    Ok(())
                })
            }),
        Backend::Postgres => AnyPoolOptions::new().max_connections(16),
    };
    let pool = pool_options
        .acquire_timeout(Duration::from_secs(15))
        .connect_with(options)
        .await?;
    migrate(&pool, backend).await?;
    fill_audit_nodes(&pool).await;
    Ok(SqlStore::new(pool, backend, keys))
}

/// Fills in subtree roots an older log lacks. A failure (say, a tampered leaf) must not
/// keep the server or `lers audit verify` from opening the database: it is logged,
/// proofs then fail naming the missing node, and `verify` finds the cause.
async fn fill_audit_nodes(pool: &AnyPool) {
    let filled = async {
        let mut tx = pool.begin().await?;
        let filled = crate::audit_log::fill_missing_nodes(&mut tx).await?;
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

async fn migrate(pool: &AnyPool, backend: Backend) -> Result<(), StoreError> {
    match backend {
        Backend::Sqlite => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
        Backend::Postgres => sqlx::migrate!("./migrations/postgres").run(pool).await?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_follows_the_url_scheme() {
        assert_eq!(
            Backend::from_url("sqlite://data/lers.db").ok(),
            Some(Backend::Sqlite)
        );
        assert_eq!(
            Backend::from_url("postgres://u:p@h/db").ok(),
            Some(Backend::Postgres)
        );
        assert!(Backend::from_url("mysql://u:p@h/db").is_err());
    }

    #[test]
    fn passwords_are_redacted_from_messages() {
        assert_eq!(
            redact("postgres://lers:secret@127.0.0.1/db"),
            "postgres://lers:***@127.0.0.1/db"
        );
        assert_eq!(redact("sqlite://data/lers.db"), "sqlite://data/lers.db");
    }
}
