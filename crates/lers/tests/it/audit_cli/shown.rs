//! What the console and exports show of an entry is the database's reading of its
//! hashed leaf data: a table rebuilt so that a shown column holds something else is
//! named by `verify`.

use super::*;
use crate::both_backends;

both_backends!(
    a_shown_column_made_plain_is_named,
    shown_columns_read_the_leaf_data,
    a_view_in_the_logs_place_is_named,
    an_altered_index_or_row_security_is_named,
);

/// Someone with rights over the schema swaps the derived `actor` column for a plain
/// one and writes a name of their choosing into it; every leaf still hashes right.
async fn a_shown_column_made_plain_is_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(
        &app,
        backend,
        &[
            "DROP INDEX audit_log_actor".into(),
            "DROP INDEX audit_log_actor_at".into(),
            "ALTER TABLE audit_log DROP COLUMN actor".into(),
            "ALTER TABLE audit_log ADD COLUMN actor TEXT".into(),
            "UPDATE audit_log SET actor = json_text WHERE idx >= 0".replace(
                "json_text",
                match backend {
                    Backend::Sqlite => "leaf ->> '$.actor'",
                    Backend::Postgres => "leaf::json ->> 'actor'",
                },
            ),
            "UPDATE audit_log SET actor = 'acct_innocent' WHERE idx = 4".into(),
        ],
    )
    .await;
    let shown: String = sqlx::query_scalar("SELECT actor FROM audit_log WHERE idx = 4")
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(shown, "acct_innocent", "the forgery took");
    let run = lers(&app, &["audit", "verify"]).await;
    let named = match backend {
        // SQLite keeps each definition as written: the first to differ is named.
        Backend::Sqlite => "differs",
        // PostgreSQL's shown columns are compared with the leaf row by row.
        Backend::Postgres => {
            "entry 4: the columns shown for it are not the ones its leaf data holds"
        }
    };
    assert!(!run.ok && run.stdout.contains(named), "{}", run.stdout);
    Ok(())
}

/// The shown columns are the leaf data's fields, as the console reads them.
async fn shown_columns_read_the_leaf_data(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let records = app
        .store
        .audit_records(&lers_store::AuditQuery {
            actor: Some("acct_03".into()),
            limit: 10,
            ..Default::default()
        })
        .await?;
    let [record] = records.items.as_slice() else {
        return Err(format!("one entry by acct_03: {:?}", records.items.len()).into());
    };
    assert_eq!(record.ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(record.details, serde_json::json!({"n": 3}));
    let leaf: String = sqlx::query_scalar("SELECT leaf FROM audit_log WHERE idx = $1")
        .bind(i64::try_from(record.index)?)
        .fetch_one(app.store.pool())
        .await?;
    assert!(
        leaf.contains(r#""actor":"acct_03""#) && leaf.contains(r#""details":{"n":3}"#),
        "{leaf}"
    );
    Ok(())
}

/// The table renamed and a view put in its place, answering every query the
/// application makes (attack review of 6 December 2026: a view can show the console
/// one column and `verify` another).
async fn a_view_in_the_logs_place_is_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    tamper(
        &app,
        backend,
        &[
            "ALTER TABLE audit_log RENAME TO audit_store".into(),
            // In the schema the table was in (LERS' PostgreSQL connections would
            // create an unqualified object in `pg_catalog`, first on their path).
            match backend {
                Backend::Sqlite => "CREATE VIEW audit_log AS SELECT * FROM audit_store",
                Backend::Postgres => "CREATE VIEW public.audit_log AS SELECT * FROM audit_store",
            }
            .into(),
        ],
    )
    .await;
    let run = lers(&app, &["audit", "verify"]).await;
    let named = match backend {
        Backend::Sqlite => "differs",
        Backend::Postgres => "not a table",
    };
    assert!(
        !run.ok
            && run.stdout.contains("not defined as LERS defines it")
            && run.stdout.contains(named),
        "{}",
        run.stdout
    );
    Ok(())
}

/// An index rebuilt on another expression (SQLite: filters would find other rows),
/// or row-level security that could answer the console and `verify` differently
/// (PostgreSQL), is named.
async fn an_altered_index_or_row_security_is_named(backend: Backend) -> TestResult {
    let Some(app) = app_with_events(backend).await else {
        return Ok(());
    };
    let (alter, named) = match backend {
        Backend::Sqlite => (
            vec![
                "DROP INDEX audit_log_actor".to_owned(),
                "CREATE INDEX audit_log_actor ON audit_log (actor, idx)".to_owned(),
            ],
            "its index audit_log_actor differs",
        ),
        Backend::Postgres => (
            vec!["ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY".to_owned()],
            "row-level security",
        ),
    };
    tamper(&app, backend, &alter).await;
    let run = lers(&app, &["audit", "verify"]).await;
    assert!(!run.ok && run.stdout.contains(named), "{}", run.stdout);
    Ok(())
}
