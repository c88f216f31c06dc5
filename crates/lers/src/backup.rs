//! `lers backup DIR` and `lers restore DIR` (README "Backup and restore").
//!
//! A backup is a directory: the database (SQLite: `lers.db`, a `VACUUM INTO` copy
//! taken online; PostgreSQL: `database.pgdump`, `pg_dump --format=custom`, one
//! snapshot), `blobs.json` (every blob that database still needs, with its size in
//! the store when the backup was taken) and `backup.json` (format, time, backend, the
//! signed audit head). The keys are never in it: `--keys-to` copies the key
//! directory to a separate place, and the command says so loudly — a backup stored
//! with its keys opens every sealed file and second factor. Blobs are not copied:
//! they are written once and never changed, so the blob store's own protection
//! (bucket versioning, replication, a file-system snapshot) keeps them; `restore`
//! checks that every listed blob is there.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use lers_app::{App, Settings};
use lers_store::{Backend, BackupStore, NeededBlob};
use serde::{Deserialize, Serialize};

mod sqlite_install;

const FORMAT: &str = "lers-backup-v1";
const SQLITE_FILE: &str = "lers.db";
const PG_FILE: &str = "database.pgdump";
const MANIFEST: &str = "backup.json";
const BLOBS: &str = "blobs.json";

#[derive(Serialize, Deserialize)]
struct Manifest {
    format: String,
    backend: String,
    database_file: String,
    audit_entries: u64,
    audit_root: String,
}

#[derive(Serialize, Deserialize)]
struct BlobLine {
    #[serde(flatten)]
    blob: NeededBlob,
    size: Option<u64>,
}

const KEY_WARNING: &str = "The keys are NOT in this backup. Without the key directory \
(master*.key, target-hmac*.key, audit-signing.key, shredded.list) nothing sealed in it \
can be opened; with it, everything can. Keep a copy of the key directory somewhere \
else than the backups (--keys-to DIR makes one), and never store the two together.";

fn backend_of(settings: &Settings) -> anyhow::Result<Backend> {
    Ok(Backend::from_url(&settings.database_url())?)
}

/// `lers backup DIR [--keys-to KEYS]`.
pub async fn backup(
    settings: Settings,
    dir: &Path,
    keys_to: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    if dir.exists() && std::fs::read_dir(dir)?.next().is_some() {
        bail!(
            "{} is not empty; back up into a new directory",
            dir.display()
        );
    }
    if let Some(keys) = keys_to {
        if absolute(keys)?.starts_with(absolute(dir)?) {
            bail!("--keys-to must not be inside the backup directory: keep keys and backups apart");
        }
    }
    create_private_dir(dir)?;
    let backend = backend_of(&settings)?;
    let (app, sql) = App::builder(settings.clone()).build_with_sql().await?;
    let database_file = match backend {
        Backend::Sqlite => {
            sql.snapshot_sqlite(&dir.join(SQLITE_FILE)).await?;
            SQLITE_FILE
        }
        Backend::Postgres => {
            run(pg_command("pg_dump", &settings.database_url())?.args([
                "--format=custom",
                "--no-owner",
                "--file",
                path_str(&dir.join(PG_FILE))?,
            ]))?;
            PG_FILE
        }
    };
    // Keys destroyed up to now are named outside the database before it is kept.
    app.record_shredded_keys().await?;
    let lines = blob_lines(&settings, sql.needed_blobs().await?).await?;
    let missing = lines.iter().filter(|line| line.size.is_none()).count();
    write_json(&dir.join(BLOBS), &lines)?;
    let head = app.store.audit_head().await?;
    write_json(
        &dir.join(MANIFEST),
        &Manifest {
            format: FORMAT.into(),
            backend: format!("{backend:?}").to_lowercase(),
            database_file: database_file.into(),
            audit_entries: head.as_ref().map_or(0, |h| h.tree_size),
            audit_root: head.map(|h| h.root).unwrap_or_default(),
        },
    )?;
    if let Some(keys) = keys_to {
        copy_keys(&settings.key_dir(), keys)?;
        println!(
            "keys copied to {} (keep them apart from the backups)",
            keys.display()
        );
    }
    println!(
        "backup written to {}: database ({database_file}), {} blobs listed",
        dir.display(),
        lines.len()
    );
    eprintln!("WARNING: {KEY_WARNING}");
    if missing > 0 {
        eprintln!("WARNING: {missing} blobs the database needs are missing from the blob store (listed in {BLOBS} with no size)");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// `lers restore DIR [--keys-from KEYS]`: into an empty database only.
pub async fn restore(
    settings: Settings,
    dir: &Path,
    keys_from: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let manifest: Manifest = read_json(&dir.join(MANIFEST))?;
    if manifest.format != FORMAT {
        bail!("{} is not a LERS backup ({FORMAT})", dir.display());
    }
    let backend = backend_of(&settings)?;
    if format!("{backend:?}").to_lowercase() != manifest.backend {
        bail!(
            "this backup is of a {} database; restore it into one (database_url)",
            manifest.backend
        );
    }
    let url = settings.database_url();
    if !lers_store::database_is_empty(&url).await? {
        bail!(
            "the database {} already holds tables (LERS data, or another application's); restore into a new, empty database",
            settings.redacted_database_url()
        );
    }
    let sqlite_target = match backend {
        Backend::Sqlite => Some(sqlite_install::target(&url)?),
        Backend::Postgres => None,
    };
    if let Some(keys) = keys_from {
        copy_keys(keys, &settings.key_dir())?;
    }
    let source = dir.join(&manifest.database_file);
    match &sqlite_target {
        Some(target) => sqlite_install::install(&source, target)?,
        None => run(pg_command("pg_restore", &url)?.args([
            "--no-owner",
            "--exit-on-error",
            path_str(&source)?,
        ]))?,
    }
    // Starting the app re-applies the shred list of the key directory; what the
    // database then still needs must be in the blob store.
    let (app, sql) = App::builder(settings.clone()).build_with_sql().await?;
    let missing = blob_lines(&settings, sql.needed_blobs().await?)
        .await?
        .into_iter()
        .filter(|line| line.size.is_none())
        .count();
    let head = app.store.audit_head().await?;
    let entries = head.as_ref().map_or(0, |h| h.tree_size);
    println!(
        "restored {} ({} audit entries at backup time, {entries} now); run `lers audit verify` to check the log",
        dir.display(),
        manifest.audit_entries
    );
    if missing > 0 {
        eprintln!("WARNING: {missing} blobs listed in the backup are not in the blob store; restore them from the store's own backup");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Each needed blob with its size in the configured store now (`None`: missing).
async fn blob_lines(settings: &Settings, needed: Vec<NeededBlob>) -> anyhow::Result<Vec<BlobLine>> {
    let documents = settings.regional_stores("documents")?;
    let productions = settings.regional_stores("productions")?;
    let exports = settings.blob_store("exports")?;
    let mut out = Vec::with_capacity(needed.len());
    for blob in needed {
        let store = match blob.area.as_str() {
            "documents" => documents.get(blob.region.as_deref())?,
            "productions" => productions.get(blob.region.as_deref())?,
            _ => &exports,
        };
        let size = store.size(&blob.key).await?;
        out.push(BlobLine { blob, size });
    }
    Ok(out)
}

/// Copies the key files of `from` into `to` (created 0700); a key file already
/// there must be identical, and shred lists are merged (never shortened).
fn copy_keys(from: &Path, to: &Path) -> anyhow::Result<()> {
    create_private_dir(to)?;
    for entry in std::fs::read_dir(from)
        .with_context(|| format!("cannot read the key directory {}", from.display()))?
    {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name();
        let bytes = std::fs::read(entry.path())?;
        let target = to.join(&name);
        if name == "shredded.list" {
            let mut merged = lers_app::services::shred_list::read_shred_list(&target)?;
            merged.extend(lers_app::services::shred_list::read_shred_list(
                &entry.path(),
            )?);
            let text: String = merged.into_iter().map(|line| line + "\n").collect();
            write_private(&target, text.as_bytes())?;
        } else if target.exists() {
            if std::fs::read(&target)? != bytes {
                bail!(
                    "{} already holds a different {}; refusing to replace a key",
                    to.display(),
                    name.to_string_lossy()
                );
            }
        } else {
            write_private(&target, &bytes)?;
        }
    }
    Ok(())
}

fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}

fn create_private_dir(dir: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("cannot create {}", dir.display()))
}

fn absolute(path: &Path) -> anyhow::Result<PathBuf> {
    Ok(std::env::current_dir()?.join(path))
}

fn path_str(path: &Path) -> anyhow::Result<&str> {
    path.to_str().context("paths must be valid UTF-8")
}

/// `program` (`pg_dump`, `pg_restore`) pointed at the PostgreSQL database at `url`.
/// The URL goes on its command line without the password, which anyone can read there
/// (`ps`); the password goes in the child's environment as `PGPASSWORD`, which only
/// its owner (and root) can read. A URL without a password leaves the environment as
/// it is (`PGPASSWORD`, `PGPASSFILE` or `~/.pgpass` of the operator apply).
fn pg_command(program: &str, url: &str) -> anyhow::Result<std::process::Command> {
    use percent_encoding::percent_decode_str;
    let decode = |text: &str| -> anyhow::Result<String> {
        Ok(percent_decode_str(text)
            .decode_utf8()
            .context("the database password is not valid UTF-8")?
            .into_owned())
    };
    let mut url = url::Url::parse(url).context("the database URL is not a valid URL")?;
    let mut password = url.password().map(decode).transpose()?;
    // libpq also takes the password as a query parameter; the others are kept as
    // written (re-encoding them could change what libpq reads).
    if let Some(query) = url.query().map(str::to_owned) {
        let mut kept = Vec::new();
        for pair in query.split('&') {
            match pair.split_once('=') {
                Some(("password", value)) => password = Some(decode(value)?),
                _ => kept.push(pair),
            }
        }
        url.set_query((!kept.is_empty()).then(|| kept.join("&")).as_deref());
    }
    // A Unix-socket URL (`postgres:///lers?host=/run/postgresql`) has no host, and
    // then no password in its user info to strip (`set_password` refuses it).
    if url.password().is_some() {
        url.set_password(None)
            .map_err(|()| anyhow::anyhow!("the database URL has no host to connect to"))?;
    }
    let mut command = std::process::Command::new(program);
    command.arg("--dbname").arg(url.as_str());
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    Ok(command)
}

fn run(command: &mut std::process::Command) -> anyhow::Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command
        .output()
        .with_context(|| format!("cannot run {program}: install the PostgreSQL client tools (same major version as the server)"))?;
    if !output.status.success() {
        bail!(
            "{program} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> anyhow::Result<()> {
    write_private(path, serde_json::to_string_pretty(value)?.as_bytes())
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> anyhow::Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is damaged", path.display()))
}

#[cfg(test)]
mod tests {
    use super::pg_command;

    fn line_and_password(url: &str) -> anyhow::Result<(String, Option<String>)> {
        let command = pg_command("pg_dump", url)?;
        let line = command
            .get_args()
            .map(|arg| arg.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        let password = command
            .get_envs()
            .find(|(name, _)| *name == "PGPASSWORD")
            .and_then(|(_, value)| value)
            .map(|value| value.to_string_lossy().into_owned());
        Ok((line, password))
    }

    #[test]
    fn the_password_goes_in_the_environment_never_on_the_command_line() -> anyhow::Result<()> {
        let (line, password) =
            line_and_password("postgres://lers:s%40cr%3At@db.example:5433/lers?sslmode=require")?;
        assert_eq!(
            line,
            "--dbname postgres://lers@db.example:5433/lers?sslmode=require"
        );
        assert_eq!(password.as_deref(), Some("s@cr:t"));

        let (line, password) = line_and_password(
            "postgres://lers@db.example/lers?options=-c%20search_path%3Dx&password=p%26w",
        )?;
        assert_eq!(
            line,
            "--dbname postgres://lers@db.example/lers?options=-c%20search_path%3Dx"
        );
        assert_eq!(password.as_deref(), Some("p&w"));
        assert!(!line.contains("p%26w") && !line.contains("p&w"));
        Ok(())
    }

    #[test]
    fn a_url_without_a_password_leaves_the_environment_alone() -> anyhow::Result<()> {
        let (line, password) = line_and_password("postgres://lers@127.0.0.1/lers")?;
        assert_eq!(line, "--dbname postgres://lers@127.0.0.1/lers");
        assert_eq!(password, None);
        Ok(())
    }

    #[test]
    fn a_unix_socket_url_keeps_its_host_parameter() -> anyhow::Result<()> {
        let (line, password) =
            line_and_password("postgres:///lers?host=/var/run/postgresql&password=pw")?;
        assert_eq!(line, "--dbname postgres:///lers?host=/var/run/postgresql");
        assert_eq!(password.as_deref(), Some("pw"));
        let (line, password) = line_and_password("postgres:///lers?host=/var/run/postgresql")?;
        assert_eq!(line, "--dbname postgres:///lers?host=/var/run/postgresql");
        assert_eq!(password, None);
        Ok(())
    }
}
