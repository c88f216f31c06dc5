//! The database file of a SQLite store, for the connections LERS opens itself beside
//! sqlx's pool: the group-commit writer (`inline_sqlite.rs`) and `audit verify`'s
//! readers (`audit_verify_read.rs`). They open it by a SQLite URI filename carrying
//! the URL's options (`vfs=`, `immutable=`, `mode=ro`: SQLite and sqlx read them alike;
//! `mode=rw`/`rwc` are each connection's own flags, and a shared cache is left out), so
//! every connection to the store honours what the operator set.
//!
//! An in-memory database is refused: a second connection cannot open it, and it
//! would lose every acknowledged write when LERS stops.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use rusqlite::OpenFlags;
use sqlx::any::AnyConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;

use crate::error::{ConfigError, StoreError};

/// What ends or escapes a URI filename's path: kept literal in the file's name.
const PATH_RESERVED: &AsciiSet = &CONTROLS.add(b'%').add(b'?').add(b'#');

/// What separates or escapes a URI filename's options: kept literal in a name or value.
const OPTION_RESERVED: &AsciiSet = &PATH_RESERVED.add(b'&').add(b'=').add(b' ');

/// A SQLite store's file, as `file:PATH?OPTIONS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SqliteFile {
    uri: String,
    /// The file's path as sqlx decoded it; `None` when the URL names a SQLite URI
    /// (`sqlite:file:…`), which only SQLite itself reads.
    path: Option<PathBuf>,
}

impl SqliteFile {
    /// The file the pool's options name (`Backend::connect_options`), with their
    /// SQLite options: read from the URL as sqlx normalised it (spaces and line
    /// breaks trimmed, `.` and `..` resolved), so both open the same file.
    pub(crate) fn of_options(options: &AnyConnectOptions) -> Result<Self, StoreError> {
        let url = options.database_url.as_str();
        let path = SqliteConnectOptions::from_str(url)?
            .get_filename()
            .to_string_lossy()
            .into_owned();
        let query = options.database_url.query().unwrap_or("");
        // As sqlx reads them (it refuses names it does not know).
        let options: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        let option = |name: &str, value: &str| options.iter().any(|(n, v)| n == name && v == value);
        // sqlx names `sqlite::memory:`'s database as if it were a file; an empty name
        // is a private temporary database per connection.
        let in_memory = path.is_empty()
            || path.contains(":memory:")
            || path.starts_with("file:sqlx-in-memory-")
            || option("mode", "memory")
            || option("vfs", "memdb");
        if in_memory {
            return Err(ConfigError::InMemoryDatabase.into());
        }
        let file_path = (!path.starts_with("file:")).then(|| PathBuf::from(&path));
        let mut uri = if path.starts_with("file:") {
            // Already a URI filename, which sqlx hands to SQLite as it is.
            path
        } else {
            // An absolute path gets an empty authority (`file:///…`), so a path
            // starting with `//` is never read as a host.
            let authority = if path.starts_with('/') { "//" } else { "" };
            format!(
                "file:{authority}{}",
                utf8_percent_encode(&path, PATH_RESERVED)
            )
        };
        // Whether to write or create is each connection's own flags: a `mode` less
        // restrictive than them is an error in SQLite. Read-only narrows every one.
        // A shared cache is left out: `audit verify`'s readers would hold table locks
        // on it for the whole walk, and the writer's inserts would fail meanwhile.
        let kept = options
            .iter()
            .filter(|(name, value)| (name != "mode" || value == "ro") && name != "cache");
        for (name, value) in kept {
            uri.push(if uri.contains('?') { '&' } else { '?' });
            uri.push_str(&format!(
                "{}={}",
                utf8_percent_encode(name, OPTION_RESERVED),
                utf8_percent_encode(value, OPTION_RESERVED)
            ));
        }
        Ok(Self {
            uri,
            path: file_path,
        })
    }

    /// The file on disk, when the URL names it by its path.
    pub(crate) fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// [`Self::of_options`] of a URL as written.
    #[cfg(test)]
    pub(crate) fn of_url(url: &str) -> Result<Self, StoreError> {
        Self::of_options(&AnyConnectOptions::from_str(url)?)
    }

    /// Opens a connection with `flags` and the URL's options; a `mode=` option may
    /// only narrow what `flags` allow.
    pub(crate) fn open(&self, flags: OpenFlags) -> rusqlite::Result<rusqlite::Connection> {
        rusqlite::Connection::open_with_flags(
            &self.uri,
            flags | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(url: &str) -> String {
        match SqliteFile::of_url(url) {
            Ok(file) => file.uri,
            Err(e) => panic!("{url}: {e}"),
        }
    }

    #[test]
    fn the_uri_carries_the_path_and_every_option() {
        assert_eq!(uri("sqlite://data/lers.db"), "file:data/lers.db");
        assert_eq!(
            uri("sqlite:///var/lib/lers/lers.db?mode=rwc&vfs=unix-dotfile"),
            "file:///var/lib/lers/lers.db?vfs=unix-dotfile"
        );
        assert_eq!(
            uri("sqlite://data/lers.db?mode=ro"),
            "file:data/lers.db?mode=ro"
        );
        assert_eq!(
            uri("sqlite://data/lers.db?immutable=true&vfs=my+vfs%26co&cache=shared"),
            "file:data/lers.db?immutable=true&vfs=my%20vfs%26co"
        );
        assert_eq!(uri("sqlite:file:lers.db?vfs=unix"), "file:lers.db?vfs=unix");
    }

    /// The writer's file is the pool's, however the URL is written: a trailing line
    /// break (a secret made with `echo`), `..` in the path.
    #[tokio::test]
    async fn the_pool_and_the_writer_open_one_file() -> Result<(), Box<dyn std::error::Error>> {
        sqlx::any::install_default_drivers();
        let dir = tempfile::tempdir()?;
        std::fs::create_dir(dir.path().join("data"))?;
        rusqlite::Connection::open(dir.path().join("lers.db"))?;
        let url = format!("sqlite://{}/data/../lers.db\n", dir.path().display());
        let options = AnyConnectOptions::from_str(&url)?;
        let pool = sqlx::AnyPool::connect_with(options.clone()).await?;
        sqlx::query("CREATE TABLE t (n INTEGER)")
            .execute(&pool)
            .await?;
        pool.close().await;
        let writer = SqliteFile::of_options(&options)?.open(OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        let tables: i64 = writer.query_row(
            "SELECT COUNT(*) FROM sqlite_schema WHERE name = 't'",
            [],
            |row| row.get(0),
        )?;
        assert_eq!(tables, 1, "{url:?}");
        Ok(())
    }

    #[test]
    fn an_in_memory_database_is_refused_with_what_to_use() {
        for url in [
            "sqlite::memory:",
            "sqlite://lers?mode=memory&cache=shared",
            "sqlite://",
            "sqlite:%3Amemory%3A",
            "sqlite://lers.db?vfs=memdb",
        ] {
            let refused = SqliteFile::of_url(url).map(|file| file.uri);
            assert!(
                matches!(
                    refused,
                    Err(StoreError::Config(ConfigError::InMemoryDatabase))
                ),
                "{url}: {refused:?}"
            );
        }
        let message = ConfigError::InMemoryDatabase.to_string();
        assert!(message.contains("sqlite://PATH"), "{message}");
    }

    /// A name with the characters that would end the URI's path opens that very
    /// file, and the options reach SQLite: `mode=ro` keeps even a read-write open
    /// from writing.
    #[test]
    fn the_file_opens_under_its_own_name_with_its_options() -> Result<(), Box<dyn std::error::Error>>
    {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("odd %41 ?name# .db");
        let text = path.to_str().ok_or("a temporary path that is not UTF-8")?;
        // As a URL names it: `%`, `?` and `#` escaped.
        let url = format!("sqlite://{}", utf8_percent_encode(text, PATH_RESERVED));
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE;
        let file = SqliteFile::of_url(&format!("{url}?mode=rwc"))?;
        file.open(flags)?
            .execute_batch("CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1);")?;
        assert!(path.exists(), "the file is created under its own name");

        let read_only = SqliteFile::of_url(&format!("{url}?mode=ro"))?.open(flags)?;
        let count: i64 = read_only.query_row("SELECT COUNT(*) FROM t", [], |row| row.get(0))?;
        assert_eq!(count, 1);
        let refused = read_only.execute("INSERT INTO t VALUES (2)", []);
        assert!(
            matches!(&refused, Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly)),
            "{refused:?}"
        );
        Ok(())
    }
}
