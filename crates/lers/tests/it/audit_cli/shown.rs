//! What the console and exports show of an entry is the database's reading of its
//! hashed leaf data: a table rebuilt so that a shown column holds something else is
//! named by `verify`.

use super::*;
use crate::both_backends;

both_backends!(
    a_shown_column_made_plain_is_named,
    shown_columns_read_the_leaf_data
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
        // SQLite keeps the table's definition, which no longer derives the column.
        Backend::Sqlite => "not defined as LERS defines it",
        // PostgreSQL's shown columns are compared row by row.
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
