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

/// What is wrong with PostgreSQL's `audit_log` as the connection resolves the name,
/// read in `verify`'s snapshot: it must be a table without row security or rules,
/// which could answer `verify` and the console differently. Its shown columns need no
/// check of their definition: `verify` compares each row's with its leaf data.
pub(super) async fn postgres_problem(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<Option<String>, StoreError> {
    let relation: Option<(String, bool, i64)> = sqlx::query_as(
        "SELECT c.relkind::text, c.relrowsecurity OR c.relforcerowsecurity, \
         (SELECT COUNT(*) FROM pg_rewrite r WHERE r.ev_class = c.oid) \
         FROM pg_class c WHERE c.oid = to_regclass('audit_log')",
    )
    .fetch_optional(&mut **tx)
    .await?;
    let problem = match relation {
        None => Some("no table answers to the name".to_owned()),
        Some((kind, _, _)) if kind != "r" => Some(format!(
            "the name resolves to an object of kind {kind:?}, not a table (a view or another object shadows it)"
        )),
        Some((_, true, _)) => Some("row-level security is enabled on it".to_owned()),
        Some((_, _, rules)) if rules > 0 => Some("it has rewrite rules".to_owned()),
        Some(_) => None,
    };
    match problem {
        Some(why) => Ok(Some(not_as_defined(&why))),
        None => postgres_trigger_problem(tx).await,
    }
}

const POSTGRES_LOG_MIGRATION: &str = include_str!("../../migrations/postgres/0039_audit_leaf.sql");
const POSTGRES_NODES_MIGRATION: &str =
    include_str!("../../migrations/postgres/0012_audit_nodes.sql");

/// The triggers LERS' PostgreSQL migrations create, all in its schema: (table,
/// trigger, function, the migration defining the function last).
const POSTGRES_TRIGGERS: [(&str, &str, &str, &str); 4] = [
    (
        "audit_log",
        "audit_log_no_truncate",
        "audit_log_refuse_change",
        POSTGRES_LOG_MIGRATION,
    ),
    (
        "audit_log",
        "audit_log_no_update",
        "audit_log_refuse_change",
        POSTGRES_LOG_MIGRATION,
    ),
    (
        "audit_nodes",
        "audit_nodes_no_truncate",
        "audit_nodes_refuse_change",
        POSTGRES_NODES_MIGRATION,
    ),
    (
        "audit_nodes",
        "audit_nodes_no_update",
        "audit_nodes_refuse_change",
        POSTGRES_NODES_MIGRATION,
    ),
];

/// The settings migration 0040 gives the guards' functions.
const GUARD_SETTINGS: &str = "search_path=pg_catalog, pg_temp";

/// A trigger runs its function in the session of whoever writes, LERS' server
/// included, where it could change the session's search path or create a temporary
/// object so that the console reads something `verify`'s own connections never see
/// (attack review of 6 December 2026, helper-108). So every trigger on a table of
/// LERS' schema must be one its migrations create, running the function as they
/// define it. A guard dropped or disabled is not named here: it runs no code, and
/// what it would have refused is found by the walk.
async fn postgres_trigger_problem(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<Option<String>, StoreError> {
    let triggers: Vec<(String, String, String, bool, String, Option<String>)> = sqlx::query_as(
        "SELECT c.relname::text, t.tgname::text, p.proname::text, \
         p.pronamespace = c.relnamespace, p.prosrc, pg_catalog.array_to_string(p.proconfig, ';') \
         FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid \
         JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid \
         WHERE NOT t.tgisinternal AND c.relnamespace = \
         (SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass('audit_log')) \
         ORDER BY 1, 2",
    )
    .fetch_all(&mut **tx)
    .await?;
    for (table, trigger, function, same_schema, body, settings) in triggers {
        let defined = POSTGRES_TRIGGERS.iter().find(|(t, name, f, _)| {
            *t == table && *name == trigger && *f == function && same_schema
        });
        let Some((_, _, _, migration)) = defined else {
            return Ok(Some(format!(
                "a trigger LERS does not define, {trigger} on {table} (function {function}), runs in LERS' sessions and could change what the console reads: it was added by hand"
            )));
        };
        if function_body(migration, &function) != Some(body.as_str())
            || settings.as_deref() != Some(GUARD_SETTINGS)
        {
            return Ok(Some(format!(
                "the function {function} of LERS' trigger {trigger} on {table} is not defined as LERS defines it, and runs in LERS' sessions: it was replaced by hand"
            )));
        }
    }
    Ok(None)
}

/// The body of trigger function `function` as `migration` defines it.
fn function_body<'a>(migration: &'a str, function: &str) -> Option<&'a str> {
    let head = format!("{function}() RETURNS trigger LANGUAGE plpgsql AS $$");
    let start = migration.find(&head)? + head.len();
    let length = migration.get(start..)?.find("$$;")?;
    migration.get(start..start + length)
}

fn not_as_defined(why: &str) -> String {
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

    #[test]
    fn every_guard_function_body_is_found_in_its_migration() {
        for (_, _, function, migration) in POSTGRES_TRIGGERS {
            let body = function_body(migration, function).unwrap_or_default();
            assert!(
                body.starts_with("\nBEGIN\n") && body.ends_with("END;\n"),
                "{function}: {body:?}"
            );
        }
    }
}
