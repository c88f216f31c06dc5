//! Case data at rest (issue 15 §6): targets, narratives, messages, notes and contact
//! details are sealed in the database; deconfliction works on keyed hashes, also
//! after `lers keys rotate`; a sealed value moved to another row does not open; a
//! database from before sealing is sealed at start.

use std::sync::Arc;

use lers_app::{App, Settings};
use lers_domain::account::RequesterProfile;
use lers_domain::audit::ACTOR_SYSTEM;
use lers_store::keys::KeyError;
use lers_store::{prelude::*, Ctx, SqlStore, StoreError, TargetKey};
use sqlx::Row;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    case_data_never_reaches_the_database_in_clear,
    rotation_rekeys_and_deconfliction_still_finds_the_target,
    a_sealed_value_copied_to_another_row_does_not_open,
    clear_rows_of_an_older_database_are_sealed_at_start,
);

const PHONE: &str = "+1 (555) 010-0199";
const NORMALIZED_PHONE: &str = "+15550100199";
const NARRATIVE: &str = "A 12-year-old is missing";
const MESSAGE: &str = "Secret detail: the suspect uses a second handset";
const REQUESTER_PHONE: &str = "+1 325 555 0177";

fn ctx(app: &TestApp) -> Ctx {
    Ctx {
        at: app.clock_now(),
        actor: ACTOR_SYSTEM.into(),
        ip: None,
    }
}

fn phone_target() -> TargetKey {
    TargetKey {
        target_type: "phone".into(),
        normalized: NORMALIZED_PHONE.into(),
    }
}

/// Every byte the database keeps: for SQLite the file and its write-ahead log after
/// a checkpoint; for PostgreSQL every text column of every table, read with SQL.
async fn database_bytes(app: &TestApp, backend: Backend) -> TestResult<Vec<u8>> {
    let pool = app.store.pool();
    match backend {
        Backend::Sqlite => {
            sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(pool)
                .await?;
            let file = app.dir.path().join("lers.db");
            let mut bytes = std::fs::read(&file)?;
            let wal = app.dir.path().join("lers.db-wal");
            assert!(wal.exists(), "the write-ahead log is read too");
            bytes.extend(std::fs::read(wal)?);
            Ok(bytes)
        }
        Backend::Postgres => {
            let columns = sqlx::query(
                "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
                 WHERE table_schema = (SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = 'audit_log'::regclass) AND data_type IN ('text', 'character varying')",
            )
            .fetch_all(pool)
            .await?;
            assert!(columns.len() > 50, "every text column is read");
            let mut bytes = Vec::new();
            for column in &columns {
                let (table, name): (String, String) = (column.try_get("t")?, column.try_get("c")?);
                let values: Vec<Option<String>> =
                    sqlx::query_scalar(&format!("SELECT \"{name}\" FROM \"{table}\""))
                        .fetch_all(pool)
                        .await?;
                for value in values.into_iter().flatten() {
                    bytes.extend(value.into_bytes());
                    bytes.push(b'\n');
                }
            }
            Ok(bytes)
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle.as_bytes())
}

/// A requester with a phone on their profile files an emergency request naming
/// [`PHONE`] and writes a message on it; returns the request id.
async fn file_case(app: &TestApp) -> TestResult<String> {
    app.sign_up("texas@abilenetx.gov").await;
    let owner = app
        .store
        .account_by_email("texas@abilenetx.gov")
        .await?
        .ok_or("requester")?;
    let profile = RequesterProfile {
        phone: REQUESTER_PHONE.into(),
        mailing_address: "400 Pine St, Abilene".into(),
        badge_number: "B-7781".into(),
        ..owner.profile.clone()
    };
    app.store
        .update_profile(&owner, &profile, &ctx(app))
        .await?;
    let (id, _) = app.file_request("emergency", None).await;
    let summary = app
        .store
        .request_for(&owner, &id)
        .await?
        .ok_or("request")?
        .summary;
    app.store
        .post_message(&owner, &summary, MESSAGE, &ctx(app))
        .await?;
    Ok(id)
}

async fn case_data_never_reaches_the_database_in_clear(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let id = file_case(&app).await?;
    let bytes = database_bytes(&app, backend).await?;
    for secret in [
        NORMALIZED_PHONE,
        "010-0199",
        NARRATIVE,
        MESSAGE,
        REQUESTER_PHONE,
        "400 Pine St",
        "B-7781",
    ] {
        assert!(
            !contains(&bytes, secret),
            "{secret:?} is in the database in clear"
        );
    }
    // What is not secret is still there: the request's id and its kind.
    assert!(contains(&bytes, &id) && contains(&bytes, "emergency"));
    // Callers still see plaintext.
    let owner = app
        .store
        .account_by_email("texas@abilenetx.gov")
        .await?
        .ok_or("requester")?;
    assert_eq!(owner.profile.phone, REQUESTER_PHONE);
    let record = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let submitted = record.submitted.ok_or("submitted")?;
    assert!(submitted
        .targets
        .iter()
        .any(|t| t.normalized == NORMALIZED_PHONE));
    let messages = app.store.messages(&record.summary).await?;
    assert!(messages.iter().any(|m| m.body == MESSAGE));
    Ok(())
}

/// The application reopened over the same data directory and database, as a
/// restart (or `lers keys rotate`) does.
async fn reopen(app: &TestApp) -> TestResult<Arc<SqlStore>> {
    let settings = Settings {
        data_dir: app.dir.path().to_owned(),
        database_url: Some(app.db.url.clone()),
        ..Settings::default()
    };
    let (_, store) = App::builder(settings)
        .clock(Arc::new(app.clock.clone()))
        .build_with_sql()
        .await?;
    Ok(store)
}

async fn rotation_rekeys_and_deconfliction_still_finds_the_target(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let first = file_case(&app).await?;
    app.log_out().await;
    app.sign_up("london@met.police.uk").await;
    let (second, _) = app.file_request("preservation", None).await;
    let named = |found: Vec<lers_store::Naming>| -> Vec<String> {
        found.into_iter().map(|n| n.request.id).collect()
    };
    assert_eq!(
        named(app.store.requests_naming(&[phone_target()]).await?),
        [first.clone(), second.clone()]
    );
    let hashes: Vec<String> =
        sqlx::query_scalar("SELECT normalized FROM request_targets ORDER BY normalized")
            .fetch_all(app.store.pool())
            .await?;
    assert!(hashes.iter().all(|h| h.starts_with("h1:")), "{hashes:?}");

    // `lers keys rotate`: new versions of both keys, then everything moved to them.
    let run = crate::audit_cli::lers(&app, &["keys", "rotate"]).await;
    assert!(
        run.ok
            && run
                .stdout
                .contains("target hash key version 2 created; re-wrapped 2 request data keys")
            && run.stdout.contains("re-hashed 4 targets"),
        "{}",
        run.stdout
    );
    let rotated = reopen(&app).await?;
    let rehashed: Vec<String> = sqlx::query_scalar("SELECT normalized FROM request_targets")
        .fetch_all(rotated.pool())
        .await?;
    assert!(rehashed
        .iter()
        .all(|h| h.starts_with("h2:") && !hashes.contains(h)));
    let wrapped: Vec<String> = sqlx::query_scalar("SELECT wrapped_key FROM requests")
        .fetch_all(rotated.pool())
        .await?;
    assert!(wrapped.iter().all(|w| w.starts_with("k2:")));
    assert_eq!(
        named(rotated.requests_naming(&[phone_target()]).await?),
        [first.clone(), second]
    );
    // Run again: nothing left to do.
    let again =
        lers_app::services::case_data::rotate_case_keys(rotated.as_ref(), app.clock_now()).await?;
    assert_eq!(
        (again.request_keys, again.targets, again.contacts),
        (0, 0, 0)
    );
    // Data still opens under the new keys.
    let owner = rotated
        .account_by_email("texas@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    assert_eq!(owner.profile.phone, REQUESTER_PHONE);
    let record = rotated
        .request_for(&owner, &first)
        .await?
        .ok_or("request")?;
    assert!(rotated
        .messages(&record.summary)
        .await?
        .iter()
        .any(|m| m.body == MESSAGE));
    let audit = rotated.audit_verify(&rotated.audit_public_key()).await?;
    assert_eq!(audit.problem, None);
    Ok(())
}

async fn a_sealed_value_copied_to_another_row_does_not_open(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let id = file_case(&app).await?;
    let owner = app
        .store
        .account_by_email("texas@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let record = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let summary = record.summary;
    app.store
        .post_message(&owner, &summary, "second message", &ctx(&app))
        .await?;
    // The first message's ciphertext copied onto the second message's row.
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM messages WHERE request_id = $1 ORDER BY id")
            .bind(summary.row_id)
            .fetch_all(app.store.pool())
            .await?;
    let first_body: String = sqlx::query_scalar("SELECT body FROM messages WHERE id = $1")
        .bind(ids[0])
        .fetch_one(app.store.pool())
        .await?;
    sqlx::query("UPDATE messages SET body = $1 WHERE id = $2")
        .bind(&first_body)
        .bind(ids[1])
        .execute(app.store.pool())
        .await?;
    let copied = app.store.messages(&summary).await;
    assert!(
        matches!(copied, Err(StoreError::Key(KeyError::Unseal))),
        "{copied:?}"
    );
    // The submitted content copied into the draft column of the same row.
    sqlx::query("UPDATE requests SET draft = submitted WHERE id = $1")
        .bind(summary.row_id)
        .execute(app.store.pool())
        .await?;
    let moved = app.store.request_for(&owner, &id).await;
    assert!(
        matches!(moved, Err(StoreError::Key(KeyError::Unseal))),
        "{moved:?}"
    );
    Ok(())
}

async fn clear_rows_of_an_older_database_are_sealed_at_start(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let id = file_case(&app).await?;
    let owner = app
        .store
        .account_by_email("texas@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    let record = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let row_id = record.summary.row_id;
    // Turn the case back into what an older LERS stored: everything in clear.
    let pool = app.store.pool();
    let draft = serde_json::to_string(&record.draft)?;
    let submitted = serde_json::to_string(&record.submitted.ok_or("submitted")?)?;
    sqlx::query("UPDATE requests SET draft = $1, submitted = $2, wrapped_key = NULL, key_version = NULL WHERE id = $3")
        .bind(&draft)
        .bind(&submitted)
        .bind(row_id)
        .execute(pool)
        .await?;
    sqlx::query("UPDATE messages SET body = $1 WHERE request_id = $2")
        .bind(MESSAGE)
        .bind(row_id)
        .execute(pool)
        .await?;
    sqlx::query("DELETE FROM request_targets WHERE request_id = $1")
        .bind(row_id)
        .execute(pool)
        .await?;
    sqlx::query("INSERT INTO request_targets (request_id, target_type, normalized, value) VALUES ($1, 'phone', $2, $3)")
        .bind(row_id)
        .bind(NORMALIZED_PHONE)
        .bind(PHONE)
        .execute(pool)
        .await?;
    sqlx::query("UPDATE accounts SET phone = $1, contact_sealed = 0 WHERE id = $2")
        .bind(REQUESTER_PHONE)
        .bind(owner.id)
        .execute(pool)
        .await?;
    let before = database_bytes(&app, backend).await?;
    assert!(contains(&before, NORMALIZED_PHONE) && contains(&before, REQUESTER_PHONE));

    // The restart seals it, audited, and a second restart finds nothing to do.
    let restarted = reopen(&app).await?;
    let report = restarted.seal_clear_case_data(&ctx(&app)).await?;
    assert_eq!(
        report,
        lers_store::SealingReport::default(),
        "already sealed at start"
    );
    let sealed: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'case_data.sealed'")
            .fetch_one(restarted.pool())
            .await?;
    assert_eq!(sealed, 1);
    let after = database_bytes(&app, backend).await?;
    for secret in [NORMALIZED_PHONE, MESSAGE, REQUESTER_PHONE, NARRATIVE] {
        assert!(!contains(&after, secret), "{secret:?} is still in clear");
    }
    let owner = restarted
        .account_by_email("texas@abilenetx.gov")
        .await?
        .ok_or("owner")?;
    assert_eq!(owner.profile.phone, REQUESTER_PHONE);
    let record = restarted.request_for(&owner, &id).await?.ok_or("request")?;
    assert!(restarted
        .messages(&record.summary)
        .await?
        .iter()
        .all(|m| m.body == MESSAGE));
    let found = restarted.requests_naming(&[phone_target()]).await?;
    assert_eq!(found.len(), 1);
    Ok(())
}
