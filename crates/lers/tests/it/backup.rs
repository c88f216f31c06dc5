//! `lers backup` and `lers restore` with the real binary: an online snapshot restored
//! into an empty database gives the same data and a log that verifies; a restore
//! never writes over a database in use; keys are never in the backup; and a key
//! shredded after the backup was taken stays shredded when that older backup is
//! restored (the shred list in the key directory).

use lers_domain::clock::Duration;
use lers_store::prelude::*;
use sqlx::Connection;

use crate::audit_cli::CliRun;
use crate::both_backends;
use crate::harness::*;
use crate::productions::delivery::delivered;

both_backends!(
    a_backup_restores_identically_and_shredded_keys_stay_shredded,
    a_person_erased_after_the_backup_is_erased_again_on_restore
);

/// Takes a backup of `app`'s database into a new folder (which lives as long as the
/// returned guard); returns the guard and the backup's path.
async fn backed_up(app: &TestApp) -> TestResult<(tempfile::TempDir, std::path::PathBuf)> {
    let outside = tempfile::tempdir()?;
    let backup = outside.path().join("backup");
    let taken = lers_on(
        app,
        &app.db.url,
        &["backup", backup.to_str().ok_or("path")?],
    )
    .await;
    assert!(taken.ok, "{}", taken.stdout);
    Ok((outside, backup))
}

/// `lers restore BACKUP` into the database at `url`.
async fn restore(app: &TestApp, url: &str, backup: &std::path::Path) -> TestResult<CliRun> {
    Ok(lers_on(app, url, &["restore", backup.to_str().ok_or("path")?]).await)
}

/// Runs `lers` against `url` with the app's keys, data directory and region.
async fn lers_on(app: &TestApp, url: &str, args: &[&str]) -> CliRun {
    crate::audit_cli::lers_against(app, url, &[("LERS_REGION", "test-region")], args).await
}

/// Every row of the database at `url`, as sorted dump lines (schema and row order
/// aside, two databases with the same data give the same lines).
fn rows_of(url: &str) -> TestResult<Vec<String>> {
    let output = match url.strip_prefix("sqlite://") {
        Some(path) => std::process::Command::new("sqlite3")
            .arg(path)
            .arg(".dump")
            .output()?,
        None => std::process::Command::new("pg_dump")
            .args(["--data-only", "--no-owner", "--dbname", url])
            .output()?,
    };
    assert!(output.status.success(), "dump {url}");
    let mut lines: Vec<String> = String::from_utf8(output.stdout)?
        .lines()
        .filter(|line| {
            line.starts_with("INSERT") || !(line.starts_with("--") || line.starts_with('\\'))
        })
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect();
    lines.sort();
    Ok(lines)
}

async fn wrapped_key_of(url: &str, file_id: &str) -> TestResult<Option<String>> {
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(url).await?;
    let key: Option<String> =
        sqlx::query_scalar("SELECT wrapped_key FROM production_files WHERE public_id = $1")
            .bind(file_id)
            .fetch_one(&mut conn)
            .await?;
    conn.close().await?;
    Ok(key)
}

async fn a_backup_restores_identically_and_shredded_keys_stay_shredded(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_, _, _, file_id, _) = delivered(&app).await?;
    let outside = tempfile::tempdir()?;
    let backup = outside.path().join("backup");
    let keys = outside.path().join("keys");
    let taken = lers_on(
        &app,
        &app.db.url,
        &[
            "backup",
            backup.to_str().ok_or("path")?,
            "--keys-to",
            keys.to_str().ok_or("path")?,
        ],
    )
    .await;
    assert!(taken.ok, "{}", taken.stdout);
    assert!(
        taken.stdout.contains("The keys are NOT in this backup"),
        "{}",
        taken.stdout
    );
    let blobs = std::fs::read_to_string(backup.join("blobs.json"))?;
    assert!(
        blobs.contains(&file_id),
        "the production file is listed: {blobs}"
    );
    for entry in std::fs::read_dir(&backup)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        assert!(!name.ends_with(".key"), "no key in the backup: {name}");
    }
    assert!(keys.join("master.key").exists(), "keys copied apart");
    let at_backup = rows_of(&app.db.url)?;
    assert!(at_backup.len() > 50, "the dump holds the data");

    // A restore never writes over a database that holds data.
    let over = restore(&app, &app.db.url, &backup).await?;
    assert!(
        !over.ok && over.stdout.contains("already holds tables"),
        "{}",
        over.stdout
    );

    // Round trip into an empty database: the same rows, and the log verifies.
    let first_dir = tempfile::tempdir()?;
    let first = TestDatabase::create(backend, first_dir.path())
        .await
        .ok_or("database")?;
    let restored = restore(&app, &first.url, &backup).await?;
    assert!(restored.ok, "{}", restored.stdout);
    assert_eq!(rows_of(&first.url)?, at_backup, "identical data");
    let verified = lers_on(&app, &first.url, &["audit", "verify"]).await;
    assert!(
        verified.ok && verified.stdout.contains("audit log OK"),
        "{}",
        verified.stdout
    );

    // Retention shreds the file after the backup; the shred list beside the keys
    // names it.
    app.advance(Duration::days(30));
    assert!(app.state.run_due_jobs("test").await >= 1);
    assert_eq!(wrapped_key_of(&app.db.url, &file_id).await?, None);
    let listed = std::fs::read_to_string(app.key_dir().join("shredded.list"))?;
    assert!(listed.contains(&format!("prf:{file_id}")), "{listed}");

    // The older backup, restored, holds the key again — until the restored database
    // is opened: the shred list destroys it before anything is served.
    let second_dir = tempfile::tempdir()?;
    let second = TestDatabase::create(backend, second_dir.path())
        .await
        .ok_or("database")?;
    let restored = restore(&app, &second.url, &backup).await?;
    assert!(restored.ok, "{}", restored.stdout);
    assert_eq!(
        wrapped_key_of(&second.url, &file_id).await?,
        None,
        "shredded again"
    );
    let verified = lers_on(&app, &second.url, &["audit", "verify"]).await;
    assert!(verified.ok, "{}", verified.stdout);
    let again = lers_on(&app, &second.url, &["audit", "head"]).await;
    assert!(again.ok);
    Ok(())
}

/// A SQLite URL is read as the store reads it: `%20` in the name is a space. Before,
/// `restore` copied the backup to the name as written (`restored%20copy.db`) while
/// the server opened `restored copy.db`, a new empty database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restore_goes_to_the_file_the_store_opens() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Sqlite).await else {
        return Ok(());
    };
    delivered(&app).await?;
    let (_outside, backup) = backed_up(&app).await?;
    let at_backup = rows_of(&app.db.url)?;

    let target = tempfile::tempdir()?;
    let url = format!("sqlite://{}/restored%20copy.db", target.path().display());
    let opened = target.path().join("restored copy.db");
    // Unfinished writes of a database no longer there: SQLite would apply them to
    // whatever file it next opens under that name.
    let left = target.path().join("restored copy.db-wal");
    std::fs::write(&left, b"left from a crash")?;
    let refused = restore(&app, &url, &backup).await?;
    assert!(
        !refused.ok
            && refused
                .stdout
                .contains("restored copy.db-wal lies beside the database file"),
        "{}",
        refused.stdout
    );
    assert!(!opened.exists(), "nothing restored beside the journal");
    std::fs::remove_file(&left)?;

    let restored = restore(&app, &url, &backup).await?;
    assert!(restored.ok, "{}", restored.stdout);
    let mut written = Vec::new();
    for entry in std::fs::read_dir(target.path())? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if !name.ends_with("-wal") && !name.ends_with("-shm") {
            written.push(name);
        }
    }
    assert_eq!(
        written,
        ["restored copy.db"],
        "the copy was renamed into place"
    );
    assert!(
        !target.path().join("restored%20copy.db").exists(),
        "nothing written under the escaped name"
    );
    assert_eq!(
        rows_of(&format!("sqlite://{}", opened.display()))?,
        at_backup,
        "the file the store opens holds the backup"
    );
    let verified = lers_on(&app, &url, &["audit", "verify"]).await;
    assert!(
        verified.ok && verified.stdout.contains("audit log OK"),
        "{}",
        verified.stdout
    );

    // A database file made ready beforehand and named through a link: the file the
    // link points to is replaced (the link stays), and keeps its mode.
    {
        use std::os::unix::fs::PermissionsExt;
        let real = target.path().join("real.db");
        std::fs::write(&real, b"")?;
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640))?;
        let link = target.path().join("link.db");
        std::os::unix::fs::symlink(&real, &link)?;
        let url = format!("sqlite://{}", link.display());
        let restored = restore(&app, &url, &backup).await?;
        assert!(restored.ok, "{}", restored.stdout);
        assert!(std::fs::symlink_metadata(&link)?.file_type().is_symlink());
        assert_eq!(
            std::fs::metadata(&real)?.permissions().mode() & 0o777,
            0o640
        );
        assert_eq!(
            rows_of(&format!("sqlite://{}", real.display()))?,
            at_backup,
            "the linked file holds the backup"
        );
    }

    // Another application's database is not replaced either.
    let foreign = target.path().join("foreign.db");
    sqlx::any::install_default_drivers();
    let mut conn =
        sqlx::AnyConnection::connect(&format!("sqlite://{}?mode=rwc", foreign.display())).await?;
    // A view alone is another application's too.
    sqlx::query("CREATE VIEW invoices AS SELECT 1 AS id")
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    let refused = restore(&app, &format!("sqlite://{}", foreign.display()), &backup).await?;
    assert!(
        !refused.ok && refused.stdout.contains("already holds tables"),
        "{}",
        refused.stdout
    );

    let uri_named = format!("sqlite:file:{}/other.db", target.path().display());
    let refused = restore(&app, &uri_named, &backup).await?;
    assert!(
        !refused.ok && refused.stdout.contains("give it as sqlite://PATH"),
        "{}",
        refused.stdout
    );
    Ok(())
}

/// A person erased after the backup was taken is back, name, address and all, in
/// that backup; the shred list names them (by pseudonym), and the restored database
/// erases them again before anything is served.
async fn a_person_erased_after_the_backup_is_erased_again_on_restore(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("leaving.later@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    let (_outside, backup) = backed_up(&app).await?;

    let admin = lers_store::Ctx {
        at: app.clock_now(),
        actor: "acct_admin".into(),
        ip: None,
    };
    app.store.erase_person(account.id, &admin).await?;
    app.state.run_due_jobs("test").await;
    let listed = std::fs::read_to_string(app.key_dir().join("shredded.list"))?;
    let entry = format!("acct:{}", account.pseudonym);
    assert!(listed.contains(&entry), "{listed}");

    let target_dir = tempfile::tempdir()?;
    let target = TestDatabase::create(backend, target_dir.path())
        .await
        .ok_or("database")?;
    if backend == Backend::Postgres {
        // What an extension brings (here two views in `public`) is not data: the
        // database still counts as empty.
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&target.url).await?;
        sqlx::query("CREATE EXTENSION pg_stat_statements")
            .execute(&mut conn)
            .await?;
        conn.close().await?;
    }
    let restored = restore(&app, &target.url, &backup).await?;
    assert!(restored.ok, "{}", restored.stdout);
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&target.url).await?;
    let (email, name, reason): (String, String, Option<String>) =
        sqlx::query_as("SELECT email, name, disabled_reason FROM accounts WHERE pseudonym = $1")
            .bind(&account.pseudonym)
            .fetch_one(&mut conn)
            .await?;
    assert_eq!(
        (email.as_str(), name.as_str(), reason.as_deref()),
        (
            lers_store::erasure::erased_email(&account.pseudonym).as_str(),
            lers_store::erasure::erased_name(&account.pseudonym).as_str(),
            Some(lers_store::erasure::ERASED)
        ),
        "erased again"
    );
    let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE account_id = $1")
        .bind(account.id)
        .fetch_one(&mut conn)
        .await?;
    assert_eq!(sessions, 0, "no session of theirs lives on");
    conn.close().await?;
    let verified = lers_on(&app, &target.url, &["audit", "verify"]).await;
    assert!(verified.ok, "{}", verified.stdout);
    Ok(())
}

/// Two processes starting on one restored database (two nodes, or a node and a
/// command) both find a listed person unerased. Their erasures are ordered by the
/// person's row: one erases them, the other finds them erased and starts, rather than
/// failing its start or erasing them a second time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_starts_erase_a_listed_person_once() -> TestResult {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else {
        return Ok(());
    };
    let person = app.sign_up("back.from.a.backup@abilenetx.gov").await;
    let account = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?;
    // Listed as erased, as after a restore of a backup taken before their erasure.
    std::fs::write(
        app.key_dir().join("shredded.list"),
        format!("acct:{}\n", account.pseudonym),
    )?;
    // Something holds their row while both starts read the list and erase.
    let mut holder = app.store.pool().begin().await?;
    sqlx::query("UPDATE accounts SET status = status WHERE id = $1")
        .bind(account.id)
        .execute(&mut *holder)
        .await?;
    let ctx = lers_store::Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    let starts: Vec<_> = (0..2)
        .map(|_| {
            let (state, ctx) = (app.state.clone(), ctx.clone());
            tokio::spawn(async move {
                state
                    .enforce_shred_list(&ctx)
                    .await
                    .map_err(|e| format!("{e:#}"))
            })
        })
        .collect();
    crate::mail_queue::wait_for_row_locks(&app, 2).await?;
    holder.commit().await?;
    let mut erased = 0;
    for start in starts {
        erased += start.await??;
    }
    assert_eq!(erased, 1, "erased by one start, found erased by the other");
    let erasures: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'account.anonymised' AND subject = $1",
    )
    .bind(&account.pseudonym)
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(erasures, 1, "one erasure in the log");
    let reason: Option<String> =
        sqlx::query_scalar("SELECT disabled_reason FROM accounts WHERE id = $1")
            .bind(account.id)
            .fetch_one(app.store.pool())
            .await?;
    assert_eq!(reason.as_deref(), Some(lers_store::erasure::ERASED));
    Ok(())
}
