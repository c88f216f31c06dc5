//! The database file of a SQLite store, for the connections LERS opens itself beside
//! sqlx's pool: the group-commit writer (`inline_sqlite.rs`) and `audit verify`'s
//! readers (`audit_verify_read.rs`). They open it by a SQLite URI filename carrying
//! the URL's options (`vfs=`, `immutable=`, `mode=`, `cache=`: SQLite and sqlx read
//! them alike, but for `mode=rw`/`rwc`, which each connection's own flags say), so every
//! connection to the store honours what the operator set.
//!
//! An in-memory database is refused: a second connection cannot open it, and it
//! would lose every acknowledged write when LERS stops.

use std::str::FromStr;

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use rusqlite::OpenFlags;

use crate::error::{ConfigError, StoreError};

/// What ends or escapes a URI filename's path: kept literal in the file's name.
const PATH_RESERVED: &AsciiSet = &CONTROLS.add(b'%').add(b'?').add(b'#');

/// What separates or escapes a URI filename's options: kept literal in a name or value.
const OPTION_RESERVED: &AsciiSet = &PATH_RESERVED.add(b'&').add(b'=').add(b' ');

/// A SQLite store's file, as `file:PATH?OPTIONS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SqliteFile {
    uri: String,
}

impl SqliteFile {
    /// The file a `sqlite:` URL names, with the URL's options.
    pub(crate) fn of_url(url: &str) -> Result<Self, StoreError> {
        let query = url.split_once('?').map_or("", |(_, query)| query);
        // As sqlx reads them (it refuses names it does not know).
        let options: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
        // sqlx names `sqlite::memory:`'s database as if it were a file.
        let in_memory = url.contains(":memory:")
            || options
                .iter()
                .any(|(name, value)| name == "mode" && value == "memory");
        if in_memory {
            return Err(ConfigError::InMemoryDatabase.into());
        }
        let path = sqlx::sqlite::SqliteConnectOptions::from_str(url)?
            .get_filename()
            .to_owned();
        let text = path
            .to_str()
            .ok_or_else(|| ConfigError::DatabasePathNotUtf8(path.to_string_lossy().into()))?;
        // An absolute path gets an empty authority (`file:///…`), so a path starting
        // with `//` is never read as a host.
        let authority = if path.is_absolute() { "//" } else { "" };
        let mut uri = format!(
            "file:{authority}{}",
            utf8_percent_encode(text, PATH_RESERVED)
        );
        // Whether to write or create is each connection's own flags: a `mode` less
        // restrictive than them is an error in SQLite. Read-only narrows every one.
        let kept = options
            .iter()
            .filter(|(name, value)| name != "mode" || value == "ro");
        for (n, (name, value)) in kept.enumerate() {
            uri.push(if n == 0 { '?' } else { '&' });
            uri.push_str(&format!(
                "{}={}",
                utf8_percent_encode(name, OPTION_RESERVED),
                utf8_percent_encode(value, OPTION_RESERVED)
            ));
        }
        Ok(Self { uri })
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
            uri("sqlite://data/lers.db?immutable=true&vfs=my+vfs%26co"),
            "file:data/lers.db?immutable=true&vfs=my%20vfs%26co"
        );
    }

    #[test]
    fn an_in_memory_database_is_refused_with_what_to_use() {
        for url in ["sqlite::memory:", "sqlite://lers?mode=memory&cache=shared"] {
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
