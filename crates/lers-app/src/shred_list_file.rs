//! The shred list file (`KEY_DIR/shredded.list`, `services::shred_list` says what it is
//! for): reading it, appending to it, and not reading it again while it is unchanged.
//!
//! The file is only appended to (and, by `lers restore --keys-from`, rewritten with
//! more entries), so its size and modification time tell whether it changed: a tick
//! re-reads it only then. What this process appends is remembered without reading it
//! back, unless the size shows that another process sharing the key directory
//! appended at the same time (then the next read reads the whole file again).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use anyhow::Context;

/// The entries of the list at `path` (none when it does not exist yet).
pub fn read_shred_list(path: &Path) -> anyhow::Result<BTreeSet<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeSet::new()),
        Err(e) => Err(e).with_context(|| format!("cannot read the shred list {}", path.display())),
    }
}

/// The shred list file, and its entries as this process last read or wrote them.
#[derive(Clone)]
pub struct ShredList {
    path: PathBuf,
    known: Arc<Mutex<Option<Known>>>,
}

struct Known {
    stamp: Stamp,
    entries: Arc<BTreeSet<String>>,
}

/// What tells one state of the file from another (`None`: no file yet).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp(Option<(u64, u64, u64, Option<SystemTime>)>);

impl Stamp {
    fn of(path: &Path) -> anyhow::Result<Self> {
        use std::os::unix::fs::MetadataExt;
        match std::fs::metadata(path) {
            Ok(meta) => Ok(Self(Some((
                meta.dev(),
                meta.ino(),
                meta.len(),
                meta.modified().ok(),
            )))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self(None)),
            Err(e) => {
                Err(e).with_context(|| format!("cannot read the shred list {}", path.display()))
            }
        }
    }

    fn len(self) -> u64 {
        self.0.map_or(0, |(_, _, len, _)| len)
    }
}

impl std::fmt::Debug for ShredList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("ShredList").field(&self.path).finish()
    }
}

impl ShredList {
    pub fn new(path: PathBuf) -> Self {
        Self {
            path,
            known: Arc::default(),
        }
    }

    fn known(&self) -> std::sync::MutexGuard<'_, Option<Known>> {
        // What is remembered is only a cache: a panic elsewhere cannot make it wrong.
        self.known
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The entries now: remembered while the file is unchanged, read otherwise.
    pub fn entries(&self) -> anyhow::Result<Arc<BTreeSet<String>>> {
        let stamp = Stamp::of(&self.path)?;
        if let Some(known) = self.known().as_ref().filter(|k| k.stamp == stamp) {
            return Ok(known.entries.clone());
        }
        let entries = Arc::new(read_shred_list(&self.path)?);
        // Remembered under the size seen before reading: a line appended meanwhile
        // changes the size again, so it is read next time.
        *self.known() = Some(Known {
            stamp,
            entries: entries.clone(),
        });
        Ok(entries)
    }

    /// Appends `new` (entries not in `listed`, the entries as last read) and makes
    /// them durable; remembers the result when nobody else appended meanwhile.
    pub(crate) fn append(&self, listed: &BTreeSet<String>, new: &[String]) -> anyhow::Result<()> {
        let before = Stamp::of(&self.path)?;
        let mut text = new.join("\n");
        text.push('\n');
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .with_context(|| format!("cannot write the shred list {}", self.path.display()))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write the shred list {}", self.path.display()))?;
        let after = Stamp::of(&self.path)?;
        let mut known = self.known();
        let unchanged_before = known.as_ref().is_some_and(|k| k.stamp == before);
        *known = (unchanged_before && after.len() == before.len() + text.len() as u64).then(|| {
            let mut entries = listed.clone();
            entries.extend(new.iter().cloned());
            Known {
                stamp: after,
                entries: Arc::new(entries),
            }
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shred list in a directory of its own (removed at the end).
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> anyhow::Result<Self> {
            let dir =
                std::env::temp_dir().join(format!("lers-shred-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir)?;
            Ok(Self(dir))
        }

        fn list(&self) -> PathBuf {
            self.0.join("shredded.list")
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// Another process sharing the key directory appends a line.
    fn append_elsewhere(path: &Path, line: &str) -> anyhow::Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        file.write_all(format!("{line}\n").as_bytes())?;
        Ok(())
    }

    fn set(entries: &[&str]) -> BTreeSet<String> {
        entries.iter().map(|e| (*e).to_owned()).collect()
    }

    #[test]
    fn an_unchanged_list_is_not_read_again_and_a_change_elsewhere_is() -> anyhow::Result<()> {
        let scratch = Scratch::new("unchanged")?;
        let list = ShredList::new(scratch.list());
        assert!(list.entries()?.is_empty());
        append_elsewhere(&scratch.list(), "doc:a")?;
        let first = list.entries()?;
        assert_eq!(*first, set(&["doc:a"]));
        assert!(Arc::ptr_eq(&first, &list.entries()?), "read again");
        append_elsewhere(&scratch.list(), "prf:b")?;
        assert_eq!(*list.entries()?, set(&["doc:a", "prf:b"]));
        Ok(())
    }

    #[test]
    fn what_is_appended_here_is_remembered_unless_another_process_appended_too(
    ) -> anyhow::Result<()> {
        let scratch = Scratch::new("appended")?;
        let list = ShredList::new(scratch.list());
        let listed = list.entries()?;
        list.append(&listed, &["doc:a".to_owned()])?;
        let remembered = list.entries()?;
        assert_eq!(*remembered, set(&["doc:a"]));
        assert!(Arc::ptr_eq(&remembered, &list.entries()?), "read again");

        // Another process appends between this one's read and its append.
        let listed = list.entries()?;
        append_elsewhere(&scratch.list(), "exp:b")?;
        list.append(&listed, &["req:c".to_owned()])?;
        assert_eq!(*list.entries()?, set(&["doc:a", "exp:b", "req:c"]));
        Ok(())
    }
}
