//! What `verify` checks of the schema around `audit_log`. Its shown columns are
//! derived by the database from the hashed leaf data (migration 0039), so what the
//! console and the exports show is what was hashed only while the table is defined
//! so: a view or a table of another name shadowing it, a derived column swapped for a
//! plain one, row security or a rule that answers some queries and not others would
//! show readers something the walk never reads. SQLite is compared with a reference
//! built from the migration's own text by the same SQLite, so nothing depends on how
//! a version spells a definition; PostgreSQL's catalog is read for what could answer
//! queries differently, its shown columns being compared row by row anyway.
//!
//! What this cannot see: index *contents*. A SQLite index whose entries were built
//! from another expression and whose definition was then edited back (`PRAGMA
//! writable_schema`) makes filters find the wrong rows; only `PRAGMA integrity_check`
//! reads every index against its table (see DESIGN.md, "The audit log").

use rusqlite::Connection;

use crate::error::StoreError;

const SQLITE_MIGRATION: &str = include_str!("../../migrations/sqlite/0039_audit_leaf.sql");

/// Where the migration's definitions start: after the old table is set aside.
const DEFINITIONS_AFTER: &str = "ALTER TABLE audit_log RENAME TO audit_log_before_leaf;";

/// Every object SQLite keeps under the log's name or on its table that a read goes
/// through, case folded as SQLite folds names: (type, name, table, SQL text as
/// written). Triggers are left out: they act on writes only (the update guard is a
/// convenience; `verify` is what catches a change made without it).
const SQLITE_OBJECTS: &str = "SELECT type, name, tbl_name, sql FROM sqlite_master \
     WHERE (name = 'audit_log' COLLATE NOCASE OR tbl_name = 'audit_log' COLLATE NOCASE) \
     AND type <> 'trigger' ORDER BY type, name";

pub(super) type SqliteObject = (String, String, String, Option<String>);

/// The objects of a SQLite connection's `audit_log`.
pub(super) fn sqlite_objects(conn: &Connection) -> rusqlite::Result<Vec<SqliteObject>> {
    let mut statement = conn.prepare(SQLITE_OBJECTS)?;
    let rows = statement.query_map([], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })?;
    rows.collect()
}

/// What is wrong with a SQLite file's `audit_log` objects, compared byte for byte
/// with those migration 0039 creates in an empty database.
pub(super) fn sqlite_problem(found: &[SqliteObject]) -> Result<Option<String>, StoreError> {
    let reference = Connection::open_in_memory()
        .and_then(|conn| {
            conn.execute_batch(definitions(SQLITE_MIGRATION))?;
            sqlite_objects(&conn)
        })
        .map_err(|e| StoreError::Corrupt(format!("the reference audit_log schema: {e}")))?;
    if found == reference.as_slice() {
        return Ok(None);
    }
    let differs = reference
        .iter()
        .zip(found)
        .find(|(expected, stored)| expected != stored)
        .map(|(expected, _)| expected)
        .or_else(|| reference.get(found.len()))
        .map_or_else(
            || "an object was added to it".to_owned(),
            |(kind, name, _, _)| format!("its {kind} {name} differs"),
        );
    Ok(Some(not_as_defined(&differs)))
}

pub(super) fn not_as_defined(why: &str) -> String {
    format!(
        "the audit_log table is not defined as LERS defines it ({why}), so what readers are shown may not be the entries' hashed content: it was rebuilt or altered by hand"
    )
}

/// The statements of a migration 0039 that define the log.
fn definitions(migration: &str) -> &str {
    migration
        .split_once(DEFINITIONS_AFTER)
        .map_or("", |(_, definitions)| definitions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_is_the_migrations_table_and_its_indexes() {
        let reference = Connection::open_in_memory()
            .and_then(|conn| {
                conn.execute_batch(definitions(SQLITE_MIGRATION))?;
                sqlite_objects(&conn)
            })
            .unwrap_or_default();
        let names: Vec<&str> = reference
            .iter()
            .map(|(_, name, _, _)| name.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "audit_log_action",
                "audit_log_actor",
                "audit_log_actor_at",
                "audit_log_at",
                "audit_log_subject",
                "audit_log"
            ]
        );
    }
}
