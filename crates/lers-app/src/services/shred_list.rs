//! The shred list (`KEY_DIR/shredded.list`): every destroyed key, named outside the
//! database so that restoring an older database backup cannot bring it back
//! (`lers_store::sql::shred_list` says what an entry is). Each job-runner tick
//! appends what the database destroyed since; every start destroys again whatever
//! the list names and the database still holds a key for. The list lives beside the
//! keys because it is backed up and restored with them, never with the database.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use lers_store::Ctx;

use crate::app::App;

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

impl App {
    /// Appends to the shred list every key the database destroyed that it does not
    /// name yet (made durable before returning). Returns how many were added.
    pub async fn record_shredded_keys(&self) -> anyhow::Result<usize> {
        let path = &self.config.shred_list;
        let listed = read_shred_list(path)?;
        let new: Vec<String> = self
            .store
            .shredded_entries()
            .await?
            .into_iter()
            .filter(|entry| !listed.contains(entry))
            .collect();
        if new.is_empty() {
            return Ok(0);
        }
        let mut text = new.join("\n");
        text.push('\n');
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("cannot write the shred list {}", path.display()))?;
        file.write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
            .with_context(|| format!("cannot write the shred list {}", path.display()))?;
        Ok(new.len())
    }

    /// Destroys again every key the shred list names that the database still holds
    /// (after a restore of an older backup); run at every start before serving.
    pub async fn enforce_shred_list(&self, ctx: &Ctx) -> anyhow::Result<u64> {
        let listed: Vec<String> = read_shred_list(&self.config.shred_list)?
            .into_iter()
            .collect();
        if listed.is_empty() {
            return Ok(0);
        }
        let again = self.store.shred_again(&listed, ctx).await?;
        if again > 0 {
            tracing::warn!(
                again,
                "keys named in the shred list were back in the database (an older backup was restored?); destroyed them again"
            );
        }
        Ok(again)
    }
}
