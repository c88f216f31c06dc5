//! A restored SQLite database put in place: the file the store would open (links
//! followed), nothing of another database's journals beside it, and the copy written
//! beside its place and renamed into it, so that a crash never leaves part of it.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

use super::create_private_dir;

/// The file `restore` writes for the SQLite database at `url`, once nothing lies
/// beside it that SQLite would apply to it.
pub(super) fn target(url: &str) -> anyhow::Result<PathBuf> {
    let target = real_path(lers_store::sqlite_database_path(url)?)?;
    refuse_left_journals(&target)?;
    Ok(target)
}

/// Puts a copy of `source` in place at `target` (from [`target`]).
pub(super) fn install(source: &Path, target: &Path) -> anyhow::Result<()> {
    install_copy(source, target)
        .with_context(|| format!("cannot copy the database to {}", target.display()))?;
    // In place now: a folder that cannot be synced (some network file systems) is
    // worth a warning, not a failed restore that cannot be run again.
    if let Err(e) = sync_folder(target) {
        eprintln!(
            "WARNING: the database is restored at {}, but its folder could not be synced ({e}); \
             a power loss now could undo the restore",
            target.display()
        );
    }
    Ok(())
}

/// SQLite keeps a database's unfinished writes beside its file (`-wal`, `-journal`) and
/// applies them when the file is next opened, whatever file is there by then: a
/// restore next to them would have another database's pages written into the backup.
fn refuse_left_journals(target: &Path) -> anyhow::Result<()> {
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        let beside = PathBuf::from(name);
        if beside.exists() {
            bail!(
                "{} lies beside the database file: a LERS process may still use it, or it is \
                 left from a crash. Stop every LERS process using {}; if the database file \
                 is gone, delete its -wal, -shm and -journal files; then restore again",
                beside.display(),
                target.display()
            );
        }
    }
    Ok(())
}

/// The file a database path names: a link is followed (SQLite opens, and names its
/// journals after, the file it points to; a restore must replace that file, not the
/// link).
fn real_path(path: PathBuf) -> anyhow::Result<PathBuf> {
    match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(&path).with_context(|| {
                format!(
                    "{} is a link to nothing; name the database file itself",
                    path.display()
                )
            })
        }
        _ => Ok(path),
    }
}

fn folder_of(file: &Path) -> &Path {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Copies `source` to `target` so that a crash leaves there either what was there
/// before or the whole backup, never part of it: a file beside the target, made
/// durable and renamed over it. A target made ready beforehand (an empty file) keeps
/// its owner and group, so a server running as another user still opens it, and its
/// mode without any access for others (the database holds every case).
fn install_copy(source: &Path, target: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let folder = folder_of(target);
    create_private_dir(folder)?;
    let mut copy = tempfile::NamedTempFile::new_in(folder)?;
    std::io::copy(&mut std::fs::File::open(source)?, copy.as_file_mut())?;
    // `target` is resolved already: a link here now was put there meanwhile.
    if let Ok(before) = std::fs::symlink_metadata(target) {
        if !before.file_type().is_file() {
            bail!(
                "{} is not a plain file; name the database file itself",
                target.display()
            );
        }
        let file = copy.as_file();
        let now = file.metadata()?;
        // On the open file, never by name: the folder may be writable by others.
        if (now.uid(), now.gid()) != (before.uid(), before.gid()) {
            std::os::unix::fs::fchown(file, Some(before.uid()), Some(before.gid())).with_context(
                || {
                    format!(
                        "cannot give the restored file the owner and group of {} (uid {}, \
                         gid {}); run the restore as root, or as that user while a member of \
                         that group",
                        target.display(),
                        before.uid(),
                        before.gid()
                    )
                },
            )?;
        }
        let mode = before.mode() & 0o770;
        if before.mode() & 0o007 != 0 {
            eprintln!(
                "WARNING: {} gave others access (mode {:o}); the restored file does not \
                 (mode {mode:o}): a server reaching it as another user must be its owner \
                 or in its group",
                target.display(),
                before.mode() & 0o777
            );
        }
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    copy.as_file().sync_all()?;
    copy.persist(target)?;
    Ok(())
}

/// Makes a rename in `file`'s folder durable.
fn sync_folder(file: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder_of(file))?.sync_all()
}
