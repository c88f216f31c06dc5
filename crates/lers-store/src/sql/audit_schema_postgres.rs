//! PostgreSQL's half of `audit_schema.rs`: what could make the console read something
//! `verify` does not — `audit_log` resolving to something other than a plain table,
//! row security or rules on it, and code of someone else's running in LERS' sessions
//! (triggers, foreign keys' actions), where it could change the session's search path
//! (attack reviews of 6 December 2026, helper-107, -108 and -109).

use super::audit_schema::not_as_defined;
use crate::error::StoreError;

/// What is wrong with PostgreSQL's `audit_log` as the connection resolves the name,
/// read in `verify`'s snapshot: it must be a table without row security or rules,
/// which could answer `verify` and the console differently. Its shown columns need no
/// check of their definition: `verify` compares each row's with its leaf data.
pub(super) async fn problem(
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
        None => trigger_problem(tx).await,
    }
}

const POSTGRES_LOG_MIGRATION: &str = include_str!("../../migrations/postgres/0039_audit_leaf.sql");
const POSTGRES_NODES_MIGRATION: &str =
    include_str!("../../migrations/postgres/0012_audit_nodes.sql");

/// A trigger LERS' PostgreSQL migrations create in its schema.
struct Guard {
    table: &'static str,
    trigger: &'static str,
    function: &'static str,
    /// The migration defining the function last.
    migration: &'static str,
    /// `pg_trigger.tgtype`: 1 row, 2 before, 8 delete, 16 update, 32 truncate.
    kind: i16,
}

const GUARDS: [Guard; 4] = [
    Guard {
        table: "audit_log",
        trigger: "audit_log_no_truncate",
        function: "audit_log_refuse_change",
        migration: POSTGRES_LOG_MIGRATION,
        kind: 2 | 32,
    },
    Guard {
        table: "audit_log",
        trigger: "audit_log_no_update",
        function: "audit_log_refuse_change",
        migration: POSTGRES_LOG_MIGRATION,
        kind: 1 | 2 | 8 | 16,
    },
    Guard {
        table: "audit_nodes",
        trigger: "audit_nodes_no_truncate",
        function: "audit_nodes_refuse_change",
        migration: POSTGRES_NODES_MIGRATION,
        kind: 2 | 32,
    },
    Guard {
        table: "audit_nodes",
        trigger: "audit_nodes_no_update",
        function: "audit_nodes_refuse_change",
        migration: POSTGRES_NODES_MIGRATION,
        kind: 1 | 2 | 8 | 16,
    },
];

/// The settings migration 0040 gives the guards' functions.
const GUARD_SETTINGS: &str = "search_path=pg_catalog, pg_temp";

/// The namespace of the schema `audit_log` resolves in, as a subquery.
const LERS_SCHEMA: &str =
    "(SELECT relnamespace FROM pg_catalog.pg_class WHERE oid = pg_catalog.to_regclass('audit_log'))";

/// A trigger as the catalog holds it.
#[derive(sqlx::FromRow)]
struct StoredTrigger {
    table: String,
    trigger: String,
    function: String,
    /// The function is in LERS' schema, in PL/pgSQL, not `SECURITY DEFINER`.
    plain_function: bool,
    body: String,
    settings: Option<String>,
    kind: i16,
    /// Enabled as created (`O`), on every column, unconditional, without arguments.
    as_created: bool,
}

/// A trigger runs its function in the session of whoever writes, LERS' server
/// included, where it could change the session's search path or create a temporary
/// object so that the console reads something `verify`'s own connections never see.
/// So every trigger on a table of LERS' schema must be one its migrations create,
/// defined as they define it, running the function as they define it; and the guards
/// must be there and enabled — a pruned entry's time, action and outcome are covered
/// by no hash, so only the guard keeps them as they were.
async fn trigger_problem(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<Option<String>, StoreError> {
    let triggers: Vec<StoredTrigger> = sqlx::query_as(&format!(
        "SELECT c.relname::text AS \"table\", t.tgname::text AS \"trigger\", p.proname::text AS function, \
         p.pronamespace = c.relnamespace AND NOT p.prosecdef \
           AND p.prolang = (SELECT oid FROM pg_catalog.pg_language WHERE lanname = 'plpgsql') AS plain_function, \
         p.prosrc AS body, pg_catalog.array_to_string(p.proconfig, ';') AS settings, t.tgtype AS kind, \
         t.tgenabled = 'O' AND t.tgqual IS NULL AND t.tgnargs = 0 AND t.tgattr::text = '' AS as_created \
         FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid \
         JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid \
         WHERE NOT t.tgisinternal AND c.relnamespace = {LERS_SCHEMA} ORDER BY 1, 2"
    ))
    .fetch_all(&mut **tx)
    .await?;
    for stored in &triggers {
        let StoredTrigger {
            table,
            trigger,
            function,
            ..
        } = stored;
        let Some(guard) = GUARDS
            .iter()
            .find(|g| g.table == table && g.trigger == trigger && g.function == function)
        else {
            return Ok(Some(format!(
                "a trigger LERS does not define, {trigger} on {table} (function {function}), runs in LERS' sessions and could change what the console reads: it was added by hand"
            )));
        };
        if !stored.plain_function
            || function_body(guard.migration, function) != Some(stored.body.as_str())
            || stored.settings.as_deref() != Some(GUARD_SETTINGS)
        {
            return Ok(Some(format!(
                "the function {function} of LERS' trigger {trigger} on {table} is not defined as LERS defines it, and runs in LERS' sessions: it was replaced by hand"
            )));
        }
        if stored.kind != guard.kind || !stored.as_created {
            return Ok(Some(guard_off(guard, "narrowed or disabled")));
        }
    }
    if let Some(missing) = GUARDS.iter().find(|guard| {
        !triggers
            .iter()
            .any(|t| t.table == guard.table && t.trigger == guard.trigger)
    }) {
        return Ok(Some(guard_off(missing, "dropped")));
    }
    if let Some(problem) = foreign_key_problem(tx).await? {
        return Ok(Some(problem));
    }
    grant_problem(tx).await
}

/// `TRIGGER` or `REFERENCES` on one of LERS' tables, granted to a role other than the
/// table's owner, lets that role run code in LERS' sessions — and remove it before
/// `verify` runs (attack review of 6 December 2026, helper-110). LERS grants them to
/// no one.
async fn grant_problem(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<Option<String>, StoreError> {
    // Column grants (`GRANT REFERENCES (id) ON …`) are kept apart from the table's
    // and are enough for a foreign key.
    let found: Option<(String, String, String)> = sqlx::query_as(&format!(
        "SELECT what, privilege_type, \
         CASE WHEN grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(grantee)::text END \
         FROM (SELECT c.relname::text AS what, granted.privilege_type, granted.grantee, c.relowner \
               FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) AS granted \
               WHERE c.relnamespace = {LERS_SCHEMA} \
               UNION ALL \
               SELECT c.relname::text || ' (column ' || a.attname::text || ')', granted.privilege_type, \
                      granted.grantee, c.relowner \
               FROM pg_catalog.pg_class c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid, \
                    pg_catalog.aclexplode(a.attacl) AS granted \
               WHERE c.relnamespace = {LERS_SCHEMA} AND a.attnum > 0 AND NOT a.attisdropped) AS grants \
         WHERE grantee <> relowner AND privilege_type IN ('TRIGGER', 'REFERENCES') \
         ORDER BY 1, 2, 3 LIMIT 1"
    ))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(found.map(|(table, privilege, role)| {
        format!(
            "{privilege} on LERS' table {table} is granted to {role}, which can then run code in LERS' sessions and remove it before a check: it was granted by hand; revoke it"
        )
    }))
}

fn guard_off(guard: &Guard, how: &str) -> String {
    format!(
        "the append-only guard {} on {} was {how} by hand: what it refuses (a pruned entry's time, action or outcome changed) may have been done, and no hash covers it",
        guard.trigger, guard.table
    )
}

/// A foreign key of a table outside LERS' schema onto one of LERS' runs its actions
/// (and the triggers, rules and defaults they set off on that table) in LERS'
/// sessions when LERS deletes or updates the row it points at. LERS grants
/// `REFERENCES` to no one; one found was granted by hand.
async fn foreign_key_problem(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<Option<String>, StoreError> {
    let found: Option<(String, String, String)> = sqlx::query_as(&format!(
        "SELECT n.nspname::text, r.relname::text, k.conname::text \
         FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class r ON r.oid = k.conrelid \
         JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace \
         JOIN pg_catalog.pg_class referenced ON referenced.oid = k.confrelid \
         WHERE k.contype = 'f' AND referenced.relnamespace = {LERS_SCHEMA} \
         AND r.relnamespace <> {LERS_SCHEMA} ORDER BY 1, 2, 3 LIMIT 1"
    ))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(found.map(|(schema, table, key)| {
        format!(
            "the foreign key {key} of {schema}.{table}, outside LERS' schema, references LERS' tables: its actions run in LERS' sessions and could change what the console reads; it was added by hand"
        )
    }))
}

/// The body of trigger function `function` as `migration` defines it.
fn function_body<'a>(migration: &'a str, function: &str) -> Option<&'a str> {
    let head = format!("{function}() RETURNS trigger LANGUAGE plpgsql AS $$");
    let start = migration.find(&head)? + head.len();
    let length = migration.get(start..)?.find("$$;")?;
    migration.get(start..start + length)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_guard_function_body_is_found_in_its_migration() {
        for guard in GUARDS {
            let function = guard.function;
            let body = function_body(guard.migration, function).unwrap_or_default();
            assert!(
                body.starts_with("\nBEGIN\n") && body.ends_with("END;\n"),
                "{function}: {body:?}"
            );
        }
    }
}
