//! PostgreSQL resolves names through each session's search path, which a role's or
//! database's setting, or a trigger running in LERS' session, could change: the
//! console and `verify` must still read the same table with the built-in operators,
//! and the log's guards must still refuse what they refuse.

use super::*;

/// PostgreSQL: someone who may set the database's search path puts a schema of
/// theirs first, whose `>=` on bigints hides far indexes, and adds a forged entry
/// there. The console would list it; `verify`, reading `idx >= $1` with that operator,
/// would not (attack review of 6 December 2026, helper-107). LERS' connections put
/// `pg_catalog` first, so `verify` reads the entry and names it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_of_a_search_path_schema_does_not_hide_entries_on_postgres() -> TestResult {
    let Some(app) = app_with_events(Backend::Postgres).await else {
        return Ok(());
    };
    let database = app.db.url.rsplit('/').next().unwrap_or_default().to_owned();
    let forged = r#"{"action":"login.succeeded","actor":"acct_forged","at":1,"details":{},"index":9000000000000000,"ip":null,"outcome":"success","subject":null,"v":1}"#;
    tamper(
        &app,
        Backend::Postgres,
        &[
            "CREATE SCHEMA evil".into(),
            "CREATE FUNCTION evil.ge(bigint, bigint) RETURNS boolean LANGUAGE sql IMMUTABLE AS \
             $$SELECT CASE WHEN $1 >= 9000000000000000 AND $2 < 9000000000000000 THEN false \
             ELSE pg_catalog.int8ge($1, $2) END$$"
                .into(),
            "CREATE OPERATOR evil.>= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = evil.ge)"
                .into(),
            // An unqualified `||` in the statement that pins the path would be this
            // one, which drops `pg_catalog, ` from it.
            "CREATE FUNCTION evil.cat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS \
             $$SELECT pg_catalog.textcat(pg_catalog.replace($1, 'pg_catalog, ', ''), $2)$$"
                .into(),
            "CREATE OPERATOR evil.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.cat)".into(),
            // A type named `text` before the built-in one: a statement of LERS'
            // naming the type unqualified would fail (or run code of theirs).
            "CREATE DOMAIN evil.text AS pg_catalog.text CHECK (pg_catalog.length(VALUE) < 0)"
                .into(),
            // A schema anyone may create in, before LERS' own: passed over.
            "CREATE SCHEMA shared".into(),
            "GRANT CREATE ON SCHEMA shared TO PUBLIC".into(),
            // A schema owned by a role LERS' belongs to (a superuser belongs to every
            // role): whoever administers that role could add LERS to it. Passed over.
            format!("CREATE ROLE {database}_other NOLOGIN"),
            format!("CREATE SCHEMA others AUTHORIZATION {database}_other"),
            // The database owner's own grant on `public`, a common set-up step: still
            // LERS' schema.
            "GRANT ALL ON SCHEMA public TO CURRENT_USER".into(),
            // `pg_temp` first: a temporary view would hide the table; `public` next:
            // tables stay LERS' own; `evil` before `pg_catalog`: its operators win.
            format!(
                "ALTER DATABASE {database} SET search_path = pg_temp, shared, others, public, evil, pg_catalog"
            ),
            format!(
                "INSERT INTO audit_log (idx, leaf, leaf_hash, root_hash, signature) \
                 VALUES (9000000000000000, {}, '{}', '', '')",
                literal(forged),
                "0".repeat(64)
            ),
        ],
    )
    .await;
    let reopened = lers_store::connect(
        &app.db.url,
        lers_store::keys::KeyRing::load_or_create(&app.key_dir())?,
    )
    .await?;
    let path: String = sqlx::query_scalar("SELECT current_setting('search_path')")
        .fetch_one(reopened.pool())
        .await?;
    assert_eq!(path, "pg_catalog, public, pg_temp");
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok
            && run
                .stdout
                .contains("the next stored entry is 9000000000000000"),
        "{}",
        run.stdout
    );
    // Roles belong to the cluster, not to the test's database.
    let mut conn = app.store.pool().acquire().await?;
    conn.execute("DROP SCHEMA others").await?;
    conn.execute(format!("DROP ROLE {database}_other").as_str())
        .await?;
    Ok(())
}

/// PostgreSQL: a trigger runs in the session of whoever writes, LERS' server included,
/// where it could change the search path or create a temporary view the console would
/// then read (attack review of 6 December 2026, helper-108). One LERS does not
/// define, or a guard's function replaced, is named.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trigger_lers_does_not_define_is_named_on_postgres() -> TestResult {
    let Some(app) = app_with_events(Backend::Postgres).await else {
        return Ok(());
    };
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "LERS' own triggers pass: {}", run.stdout);
    tamper(
        &app,
        Backend::Postgres,
        &[
            "CREATE FUNCTION public.sneaky() RETURNS trigger LANGUAGE plpgsql AS \
             $$BEGIN RETURN NULL; END$$"
                .into(),
            "CREATE TRIGGER sneaky AFTER INSERT ON requests \
             FOR EACH STATEMENT EXECUTE FUNCTION public.sneaky()"
                .into(),
        ],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok
            && run
                .stdout
                .contains("a trigger LERS does not define, sneaky on requests"),
        "{}",
        run.stdout
    );
    tamper(
        &app,
        Backend::Postgres,
        &[
            "DROP TRIGGER sneaky ON requests".into(),
            "CREATE OR REPLACE FUNCTION public.audit_nodes_refuse_change() RETURNS trigger \
             LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS \
             $$BEGIN RETURN NULL; END$$"
                .into(),
        ],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(
        !run.ok
            && run
                .stdout
                .contains("the function audit_nodes_refuse_change of LERS' trigger"),
        "{}",
        run.stdout
    );
    Ok(())
}

/// PostgreSQL: a guard narrowed to one column or switched off lets a pruned entry's
/// time, action or outcome be changed, which no hash covers; a foreign key onto
/// LERS' tables from outside its schema runs its actions in LERS' sessions, and
/// `TRIGGER` granted on one lets another role run code there (attack reviews of 6
/// December 2026, helper-109 and -110). Each is named.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guard_left_off_or_a_foreign_key_from_outside_is_named_on_postgres() -> TestResult {
    let Some(app) = app_with_events(Backend::Postgres).await else {
        return Ok(());
    };
    let mut conn = app.store.pool().acquire().await?;
    let cases: [(&[&str], &str); 5] = [
        (
            &[
                "DROP TRIGGER audit_log_no_update ON public.audit_log",
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OF signature ON public.audit_log \
                 FOR EACH ROW EXECUTE FUNCTION public.audit_log_refuse_change()",
            ],
            "the append-only guard audit_log_no_update on audit_log was narrowed or disabled",
        ),
        (
            &[
                "DROP TRIGGER audit_log_no_update ON public.audit_log",
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON public.audit_log \
                 FOR EACH ROW EXECUTE FUNCTION public.audit_log_refuse_change()",
                "ALTER TABLE public.audit_nodes DISABLE TRIGGER audit_nodes_no_truncate",
            ],
            "the append-only guard audit_nodes_no_truncate on audit_nodes was narrowed or disabled",
        ),
        (
            &[
                "ALTER TABLE public.audit_nodes ENABLE TRIGGER audit_nodes_no_truncate",
                "CREATE SCHEMA outside",
                "CREATE TABLE outside.shadow (token TEXT REFERENCES public.sessions (token_hash) ON DELETE CASCADE)",
            ],
            "the foreign key shadow_token_fkey of outside.shadow, outside LERS' schema, references LERS' tables",
        ),
        // A role that could run code in LERS' sessions and clean up after itself.
        (
            &[
                "DROP SCHEMA outside CASCADE",
                "GRANT TRIGGER ON public.sessions TO PUBLIC",
            ],
            "TRIGGER on LERS' table sessions is granted to PUBLIC",
        ),
        // A column's grant is kept apart from the table's, and is enough for a
        // foreign key.
        (
            &[
                "REVOKE TRIGGER ON public.sessions FROM PUBLIC",
                "GRANT REFERENCES (token_hash) ON public.sessions TO PUBLIC",
            ],
            "REFERENCES on LERS' table sessions (column token_hash) is granted to PUBLIC",
        ),
    ];
    for (statements, named) in cases {
        for statement in statements {
            conn.execute(*statement).await?;
        }
        let run = lers(&app, &["audit", "verify"]).await;
        assert!(
            !run.ok && run.stdout.contains(named),
            "{named}: {}",
            run.stdout
        );
    }
    conn.execute("REVOKE REFERENCES (token_hash) ON public.sessions FROM PUBLIC")
        .await?;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(run.ok, "all as LERS defines it again: {}", run.stdout);
    Ok(())
}

/// PostgreSQL: a writer whose own search path puts a schema of theirs first, with a
/// `||` on (text, bigint) that pg_catalog lacks, would have the update guard build the
/// pruned form with it and accept a pruned entry whose time is forged. The guards run
/// with the built-in path (migration 0040; attack review of 6 December 2026,
/// helper-108).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guard_resolves_names_with_the_built_in_path_on_postgres() -> TestResult {
    let Some(app) = app_with_events(Backend::Postgres).await else {
        return Ok(());
    };
    let mut conn = app.store.pool().acquire().await?;
    for statement in [
        "CREATE SCHEMA evil",
        "CREATE FUNCTION evil.cat(pg_catalog.text, bigint) RETURNS pg_catalog.text \
         LANGUAGE sql IMMUTABLE AS $$SELECT pg_catalog.textcat($1, '777')$$",
        "CREATE OPERATOR evil.|| (LEFTARG = pg_catalog.text, RIGHTARG = bigint, FUNCTION = evil.cat)",
        "SET search_path = evil, public, pg_catalog",
    ] {
        conn.execute(statement).await?;
    }
    let forged = sqlx::query(
        "UPDATE audit_log SET pruned_at = 1, leaf = '{\"action\":\"' || action \
         || '\",\"actor\":\"pruned\",\"at\":777,\"details\":{},\"index\":777,\"ip\":null,\"outcome\":\"' \
         || outcome || '\",\"subject\":null,\"v\":1}' WHERE idx = 0",
    )
    .execute(&mut *conn)
    .await;
    let refused = forged.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(refused.contains("append-only"), "{refused:?}");
    Ok(())
}
